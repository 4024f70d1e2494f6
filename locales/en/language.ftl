## The first message was in a language there are no texts in (the note comes in English and German).
language-not-available = Sorry, I cannot write in your language yet. Please choose one of these languages.
