# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Це голосове повідомлення завелике. Будь ласка, надішліть коротше (не більше { $max } МБ) або напишіть текст.
voice-offer-person = Я не розумію голосових повідомлень. Ваше повідомлення може прослухати працівник установи «{ $institution }». Виберіть «{ $button }», і я надішлю його туди.
field-voice-hint = Ви також можете надіслати голосове повідомлення.
voice-answer-taken = Дякую. Ваше голосове повідомлення піде до установи разом із заявкою.
value-voice = Голосове повідомлення ({ $duration })
value-voice-unknown = Голосове повідомлення
