# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Bu sesli mesaj çok büyük. Lütfen daha kısa bir sesli mesaj (en fazla { $max } MB) gönderin veya mesajınızı yazın.
voice-offer-person = Sesli mesajları anlayamıyorum. Ama { $institution } kurumundan bir görevli mesajınızı dinleyebilir. “{ $button }” seçeneğini seçin. O zaman sesli mesajınızı oraya gönderirim.
field-voice-hint = Sesli mesaj da gönderebilirsiniz.
voice-answer-taken = Teşekkürler. Sesli mesajınız başvuruyla birlikte daireye gider.
value-voice = Sesli mesaj ({ $duration })
value-voice-unknown = Sesli mesaj
