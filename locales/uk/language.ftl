## The first message was in a language there are no texts in.
language-not-available = Вибачте, Вашою мовою я поки не пишу. Будь ласка, виберіть одну з цих мов.
