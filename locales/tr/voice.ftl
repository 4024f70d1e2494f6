# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Bu sesli mesaj çok büyük. Lütfen daha kısa bir mesaj (en fazla { $max } MB) gönderin veya bir yazı yazın.
voice-offer-person = Sesli mesajları anlayamıyorum. Bir kişi onu dinleyebilir: { $institution }. «{ $button }» seçeneğini seçin. O zaman sesli mesajınızı oraya gönderirim.
