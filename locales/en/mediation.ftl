# Language mediators: an answer from the office is translated for the person.
mediation-pending = { $institution } has answered you. A language mediator is translating the answer into your language. You will get it here soon.
mediation-translated = Translated by a language mediator:
mediation-original = The text in German:
