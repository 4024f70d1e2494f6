# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = Sie haben geschrieben: { $name }
    Das Amt braucht den Namen in lateinischen Buchstaben (A, B, C …), wie in Ihrem Pass oder Ausweis. Bitte schreiben Sie ihn so.
name-latin-suggestion = Ist es so richtig: { $suggestion }? Dann wählen Sie es unten.
button-name-no-latin = Ich habe kein Dokument in lateinischen Buchstaben
    .typed = kann nicht, nicht schreiben, weiß nicht wie, keine lateinischen Buchstaben
error-name-not-latin = Bitte benutzen Sie lateinische Buchstaben (A, B, C …). Oder wählen Sie unten eine Möglichkeit.
# A word of yes or no ("ok", "nein") typed at a name or address question: is it the answer?
# The field's question follows on the next line.
answer-word-check = Sie haben geschrieben: { $word }
    Ist das wirklich die Antwort? Dann wählen Sie es unten. Sonst schreiben Sie bitte die Antwort:
# A name typed at one question that holds the next one's words ("Ahmet Yılmaz", then "Ahmet"): the
# two names are shown above it, two buttons below, each saying what the longer name would be.
name-in-both = „{ $shared }“ steht in beiden Namen. Was ist richtig?
# An address without a digit: the house number is asked once; the ✓ button keeps it as
# written, a number alone is added to it. The field's question follows.
address-number-check = Sie haben geschrieben: { $address }
    Die Hausnummer fehlt. Bitte schreiben Sie sie auch, zum Beispiel: 5
    Es gibt keine Hausnummer? Dann wählen Sie Ihre Adresse unten.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = Sie haben geschrieben: { $address }
    Straße und Hausnummer fehlen. Bitte schreiben Sie sie auch, zum Beispiel: Am Bach 3
    Es gibt keine Straße? Dann wählen Sie Ihre Adresse unten.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = Sie haben „{ $number }“ geschrieben. Ist das die Hausnummer?
# An address typed in another script: asked once in Latin letters (field kind `address`).
address-latin-question = Sie haben geschrieben: { $address }
    Briefe vom Amt kommen an diese Adresse. Bitte schreiben Sie sie in lateinischen Buchstaben (A, B, C …), so wie auf Ihrem Briefkasten oder im Mietvertrag.
button-address-keep = Ich kann sie nicht in lateinischen Buchstaben schreiben
    .typed = kann nicht, nicht schreiben, weiß nicht wie, keine lateinischen Buchstaben
value-name-original = { $latin } (in Originalschrift: { $original })
value-name-suggested = { $latin } (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: { $original })
value-name-no-latin = { $original } (in Originalschrift; die Person hat kein Dokument mit dem Namen in lateinischen Buchstaben)
email-untranslated = { $label } ({ $language }, nicht übersetzt)
email-untranslated-unknown = { $label } (nicht übersetzt)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Hinweis zur Telefonnummer
# A phone number typed without a country code that reads as a mobile number of the country of the chat's language ("067 123 45 67" in Ukrainian): that reading beside it.
email-phone-foreign = { $number } (wenn aus dem Ausland, vielleicht: { $foreign })
email-note-gist = Darin erkannt (Wort für Wort, keine Übersetzung): { $words }
# Names the person's words introduce ("اسمها فاطمة") in a script the office cannot read, each with a spelling made by Kompass.
email-names-latin = Darin genannte Namen, in lateinischen Buchstaben etwa: { $names }
# A voice message in the office's email: its value and the attachment to play.
email-attached = { $value } (im Anhang: { $file })
email-photos-other-paper = { $photos }, wohl von einem anderen Papier (ohne das verlangte Dokument)
# A short answer in another script (a country, a town) with a Latin spelling made by Kompass.
email-untranslated-latin = { $text } (in lateinischen Buchstaben etwa: { $latin })
