## The first message was in a language there are no texts in.
language-not-available = Извините, на Вашем языке я пока не пишу. Пожалуйста, выберите один из этих языков.
