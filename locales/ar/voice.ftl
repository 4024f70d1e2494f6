# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = رسالة الصوت هذه كبيرة جداً. يُرجى إرسال رسالة أقصر (حتى { $max } ميغابايت) أو كتابة نص.
