## The first message was in a language there are no texts in.
language-not-available = Üzgünüm, henüz sizin dilinizde yazamıyorum. Lütfen bu dillerden birini seçin.
