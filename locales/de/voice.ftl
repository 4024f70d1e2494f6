# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Diese Sprachnachricht ist zu groß. Bitte senden Sie eine kürzere (höchstens { $max } MB) oder schreiben Sie einen Text.
# A voice message at a menu, where the flow sends questions to a person.
voice-offer-person = Sprachnachrichten kann ich nicht verstehen. Eine Person kann sie anhören: { $institution }. Wählen Sie „{ $button }“. Dann sende ich Ihre Sprachnachricht dorthin.
