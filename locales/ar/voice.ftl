# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = هذه الرسالة الصوتية كبيرة جدًا. يُرجى إرسال رسالة أقصر (حتى { $max } ميغابايت) أو كتابة نص.
voice-offer-person = لا أستطيع فهم الرسائل الصوتية. يمكن لشخص من { $institution } أن يستمع إلى رسالتك. اختر «{ $button }»، وعندها سأرسل رسالتك الصوتية إلى هناك.
field-voice-hint = يمكنك أيضًا إرسال رسالة صوتية.
voice-answer-taken = شكرًا. رسالتك الصوتية تذهب مع الطلب إلى الدائرة.
value-voice = رسالة صوتية ({ $duration })
value-voice-unknown = رسالة صوتية
