# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = You wrote: { $name }
    The office needs the name in Latin letters (A, B, C …), as in your passport or ID. Please write it like that.
name-latin-suggestion = Is this right: { $suggestion }? Then choose it below.
button-name-no-latin = I have no document in Latin letters
    .typed = can't write, cannot write, can not write, don't know how, do not know how, no latin letters, not in english
error-name-not-latin = Please use Latin letters (A, B, C …). Or choose an option below.
answer-word-check = You wrote: { $word }
    Is that really the answer? Then choose it below. If not, please write the answer:
name-in-both = “{ $shared }” is in both names. Which is right?
address-number-check = You wrote: { $address }
    The house number is missing. Please write it too, for example: 5
    Is there no house number? Then choose your address below.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = You wrote: { $address }
    The street and house number are missing. Please write them too, for example: Am Bach 3
    There is no street? Then choose your address below.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = You wrote “{ $number }”. Is that the house number?
address-latin-question = You wrote: { $address }
    Letters from the office come to this address. Please write it in Latin letters (A, B, C …), as on your letterbox or in your rental contract.
button-address-keep = I cannot write it in Latin letters
    .typed = can't write, cannot write, can not write, don't know how, do not know how, no latin letters, not in english
value-name-original = { $latin } (original script: { $original })
value-name-suggested = { $latin } (spelled by Kompass, please check with the passport; original script: { $original })
value-name-no-latin = { $original } (original script; no document with the name in Latin letters)
email-untranslated = { $label } ({ $language }, not translated)
email-untranslated-unknown = { $label } (not translated)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Note on the phone number
email-phone-foreign = { $number } (if from abroad, perhaps: { $foreign })
email-note-gist = Words recognised in it (not a translation): { $words }
email-names-latin = Names in it, in Latin letters, roughly: { $names }
email-attached = { $value } (attached: { $file })
email-photos-other-paper = { $photos }, probably of another paper (without the document asked for)
email-untranslated-latin = { $text } (in Latin letters, roughly: { $latin })
