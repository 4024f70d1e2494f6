# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Diese Sprachnachricht ist zu groß. Bitte senden Sie eine kürzere (höchstens { $max } MB) oder schreiben Sie einen Text.
# A voice message at a menu, where the flow sends questions to a person.
voice-offer-person = Sprachnachrichten kann ich nicht verstehen. Eine Person kann sie anhören: { $institution }. Wählen Sie „{ $button }“. Dann sende ich Ihre Sprachnachricht dorthin.
# At the question for one's own words (the request): a voice message is the answer, and
# the office gets the audio. `$duration`: minutes and seconds, "0:32".
field-voice-hint = Sie können auch eine Sprachnachricht senden.
voice-answer-taken = Danke. Ihre Sprachnachricht geht mit der Anfrage an das Amt.
value-voice = Sprachnachricht ({ $duration })
value-voice-unknown = Sprachnachricht
