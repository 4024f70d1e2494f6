# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Це голосове повідомлення завелике. Будь ласка, надішліть коротше (не більше { $max } МБ) або напишіть текст.
voice-offer-person = Я не розумію голосових повідомлень. Це повідомлення може прослухати людина: { $institution }. Виберіть «{ $button }». Тоді я надішлю туди Ваше голосове повідомлення.
