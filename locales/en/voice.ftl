# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = This voice message is too big. Please send a shorter one (at most { $max } MB) or write a text.
voice-offer-person = I cannot understand voice messages. A person can listen to it: { $institution }. Choose “{ $button }”. Then I will send your voice message there.
field-voice-hint = You can also send a voice message.
voice-answer-taken = Thank you. Your voice message goes to the office with the request.
value-voice = Voice message ({ $duration })
value-voice-unknown = Voice message
