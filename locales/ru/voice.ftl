# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Это голосовое сообщение слишком большое. Пожалуйста, пришлите покороче (не больше { $max } МБ) или напишите текст.
voice-offer-person = Я не понимаю голосовые сообщения. Ваше сообщение может прослушать сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю его туда.
field-voice-hint = Вы также можете отправить голосовое сообщение.
voice-answer-taken = Спасибо. Ваше голосовое сообщение уйдёт в ведомство вместе с заявкой.
value-voice = Голосовое сообщение ({ $duration })
value-voice-unknown = Голосовое сообщение
