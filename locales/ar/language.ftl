## The first message was in a language there are no texts in.
language-not-available = عذراً، لا أستطيع الكتابة بلغتك بعد. من فضلك اختر إحدى هذه اللغات.
