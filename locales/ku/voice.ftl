# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = Ev peyama dengî pir mezin e. Ji kerema xwe peyameke kurttir (herî zêde { $max } MB) bişînin an nivîsekê binivîsin.
voice-offer-person = Ez peyamên dengî fêm nakim. Kesek dikare guh bide wê: { $institution }. „{ $button }“ hilbijêrin. Paşê ez peyama we ya dengî dişînim wir.
field-voice-hint = Hûn dikarin peyameke dengî jî bişînin.
voice-answer-taken = Spas. Peyama we ya dengî bi daxwazê re diçe dezgehê.
value-voice = Peyama dengî ({ $duration })
value-voice-unknown = Peyama dengî
