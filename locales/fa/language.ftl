## The first message was in a language there are no texts in.
language-not-available = متأسفم، هنوز نمی‌توانم به زبان شما بنویسم. لطفاً یکی از این زبان‌ها را انتخاب کنید.
