# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.

## Language
language-name = Deutsch
choose-language = Bitte wählen Sie Ihre Sprache.
language-detected-confirm = Sie haben auf { $language } geschrieben. Sollen wir auf { $language } weitermachen?
language-set = Gut. Ich schreibe jetzt auf Deutsch.
language-dari-noted = Persisch (Farsi) ist nah an Dari. Ich sage dem Amt, dass Sie Dari sprechen.

## Buttons
button-back = Zurück
button-main-menu = Hauptmenü
    .typed = Menü, Hauptmenue, Startseite
button-yes = Ja
    .typed = ok, okay, genau, jawohl, jo, stimmt, richtig, passt, korrekt, alles richtig, alles korrekt, alles gut, stimmt so, passt so
button-no = Nein
    .typed = nee, nö
# `.typed`: what people also write for a button, in any conversation (pooled over all
# languages). "Weiter" skips a question or ends the photos, whichever is shown.
button-skip = Überspringen
    .typed = weiter, nichts, nein danke, kein, keine, keinen, auch nicht, hat er nicht, hat sie nicht, nix, weiß nicht, weiss nicht, keine Ahnung, hab ich nicht, habe ich nicht, hab keine, habe keine, hab keinen, habe keinen, nichts weiter, sonst nichts, das wars, das war's
button-done = Fertig
    .typed = weiter
button-cancel = Abbrechen
    .typed = abbrechen, Abbruch, stopp, stop, aufhören, beenden, ich will nicht mehr
# `.typed` of button-send: also said at the list of answers to change, back to the summary.
# `.asked` of button-change: words of a sentence at the summary that ask to change an
# answer ("da ist ein Fehler"): the list of answers. Stems count.
button-send = Anfrage senden
    .typed = senden, absenden, abschicken, schick
button-change = Etwas ändern
    .asked = änder, falsch, korrigier, berichtig, Fehler, stimmt nicht, aber
button-other-language = Andere Sprache
button-continue-request = Anfrage fortsetzen
    .asked = wo war ich, wo waren wir, wo bin ich stehen geblieben, wo sind wir stehen geblieben
button-back-to-summary = Zurück zur Übersicht
button-delete-yes = Ja, alles löschen
button-delete-no = Nein, Daten behalten
button-interpreter-other = Andere Sprache

## Commands (the command menu of the messenger)
cmd-start = Neu beginnen
    .typed = neu anfangen, von vorne, von vorn, nochmal von vorne, neu starten, neustart
cmd-menu = Hauptmenü
cmd-back = Zurück
    .typed = zurückgehen, zurueck
cmd-language = Sprache ändern
    .typed = Sprache, Sprache wechseln
    .asked = Sprache ändern, Sprache wechseln, andere Sprache
cmd-cancel = Anfrage abbrechen
    .asked = stornier, zurückzieh, zurücknehmen, abbrechen, absag, brauche keinen Termin mehr, nicht mehr nötig, Termin nicht mehr, brauche den Termin nicht, brauch kein termin, brauche kein termin, kein termin mehr, keinen termin mehr
# `.asked`: words that ask for help in a short message at a menu ("Hilfe bitte", "ich brauche Hilfe"), where no topic is named: the help, as "Hilfe" alone. Stems count.
cmd-help = Hilfe
    .asked = hilfe, helfen, helft, hilf mir, hilf uns
# `.asked`: words that ask about one's own requests in a sentence at a menu ("Wo ist meine
# Anfrage?"): answered with them once the person has sent one. Stems count.
cmd-status = Meine Anfragen
    .typed = Status, meine Anfrage, Anfragen
    .asked = anfrag, antrag, antwort, rückmeld, erhalten, angekommen
    .when = wann, kommen, komme, wie lange warten, wie lange muss ich warten, wie lange dauert es
    .sent = geschickt, abgeschickt, gesendet, abgesendet, schon weg, schon raus, angekommen, bekommen, erhalten, antworten, antwortet
# `.asked`: a sentence at a menu that asks to delete one's data ("Bitte löschen Sie meine
# Daten"): the question whether to delete everything, as /delete. Stems count.
cmd-delete = Meine Daten löschen
    .asked = Daten lösch, Daten entfern, alles lösch, Konto lösch, lösch Sie meine Daten, lösch Sie bitte meine Daten
private-chat-only = Ich schreibe nur in privaten Chats. Bitte schreiben Sie mir direkt: Tippen Sie auf meinen Namen und dann auf „Nachricht“.

## Help and general answers
help-text =
    Ich helfe Ihnen bei den ersten Schritten hier.
    Wählen Sie eine der Möglichkeiten: Tippen Sie darauf oder schreiben Sie ihre Nummer.
    Diese Befehle gibt es:
    /menu – Hauptmenü
    /back – zurück
    /language – Sprache ändern
    /status – meine Anfragen
    /cancel – Anfrage abbrechen
    /delete – meine Daten löschen
not-understood = Das habe ich nicht verstanden. Bitte wählen Sie eine der Möglichkeiten: Tippen Sie darauf oder schreiben Sie ihre Nummer.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = Ein Termin: wofür? Bitte wählen Sie unten das Thema. Dort können Sie einen Termin anfragen.
    .typed = Termin, Termine, einen Termin, Termin bitte, ich brauche einen Termin, Termin machen
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = Darauf habe ich hier keine Antwort. Eine Person kann Ihnen helfen: { $institution }. Wählen Sie „{ $button }“. Dann sende ich Ihre Frage dorthin.
# The same where nobody can answer in the chat (no Matrix room): the office's email.
not-understood-question-email = Darauf habe ich hier keine Antwort. Eine Person kann Ihnen helfen: { $institution }. Bitte schreiben Sie eine E-Mail an { $email }.
not-understood-question-form = Darauf habe ich hier keine Antwort. Eine Person kann Ihnen helfen: { $institution }. Wählen Sie unten „{ $button }“: Dann schicke ich Ihre Frage mit der Anfrage. Oder schreiben Sie eine E-Mail an { $email }.
not-understood-question-page = Vielleicht steht die Antwort schon hier auf der Seite. Wenn nicht: Eine Person kann Ihnen helfen: { $institution }. Wählen Sie „{ $button }“. Dann sende ich Ihre Frage dorthin.
    .asked = wie viel, wieviel, kostet, kosten, Gebühr, Gebühren, Preis, bezahlen, kostenlos, was mitbringen, was muss ich mitbringen, was soll ich mitbringen, was brauche ich, was mitnehmen, was muss ich mitnehmen, welche Dokumente, welche Unterlagen, welche Papiere, wie lange, kostet Geld, Geld kosten, Geld bezahlen, wo muss ich hin, wohin muss ich, wohin soll ich, wo ist das, wo ist es, wo genau, welche adresse, wie ist die adresse, wo finde ich das
page-address-below = Die Adresse und die Öffnungszeiten stehen unten.
    .asked = wo ist das, wo ist es, wo genau, welche adresse, wie ist die adresse, wo finde ich das, wie komme ich dahin, wie komme ich hin
new-here = Die meisten beginnen mit der Anmeldung ihrer Adresse, innerhalb von 2 Wochen nach dem Einzug. Wählen Sie unten ein Thema.
    .asked = neu hier, bin neu, sind neu, gerade angekommen, neu angekommen, neu zugezogen, neu in Deutschland, erst angekommen
not-understood-question-page-email = Vielleicht steht die Antwort schon hier auf der Seite. Wenn nicht: Eine Person kann Ihnen helfen: { $institution }. Bitte schreiben Sie eine E-Mail an { $email }.
not-understood-question-page-form = Vielleicht steht die Antwort schon hier auf der Seite. Wenn nicht: Eine Person kann Ihnen helfen: { $institution }. Wählen Sie unten „{ $button }“: Dann schicke ich Ihre Frage mit der Anfrage. Oder schreiben Sie eine E-Mail an { $email }.
form-question-goes = Ihre Frage geht mit dieser Anfrage an das Amt.
form-first-message-goes = Ihre erste Nachricht geht mit dieser Anfrage an das Amt.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Gern geschehen!
    .typed = danke, danke schön, dankeschön, danke sehr, vielen dank, vielen lieben dank, herzlichen dank, besten dank, danke dir, danke ihnen, merci, danke für ihre hilfe, danke für die hilfe, vielen dank für ihre hilfe, vielen dank für die hilfe, tausend dank
    .calling = bruder, mein bruder, schwester, meine schwester, mein freund, meine freundin, lieber freund, liebe freundin, habibi
reply-greeting = Hallo!
    .typed = hallo, hallo zusammen, hi, hey, guten tag, guten morgen, guten abend, moin, servus, grüß gott, grüß dich, wie geht es, wie gehts, wie geht's, wie geht es ihnen, wie geht es dir
reply-goodbye = Auf Wiedersehen! Schreiben Sie mir jederzeit wieder.
    .typed = tschüss, tschüs, ciao, bye, auf wiedersehen, bis bald, bis dann, schönen tag noch, gute nacht
# "Stopp" alone: nothing is sent unasked; how to delete everything.
reply-stop = Gut. Ich schreibe Ihnen nur, wenn Sie mir schreiben oder ein Amt Ihnen antwortet. Alle Ihre Daten löschen: /delete
    .typed = stopp, stop, aufhören, aufhoeren, halt, schluss, keine nachrichten mehr
# A yes or "ok" alone at a menu, where it answers nothing: said back kindly, with the menu.
reply-ok = Gut. Wählen Sie eine der Möglichkeiten, wenn Sie so weit sind.
unsupported-message = Ich kann nur Text und Fotos lesen. Bitte schreiben Sie einen Text oder wählen Sie eine der Möglichkeiten.
text-too-long = Ihre Nachricht ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
attachment-not-expected = Danke. Ich brauche jetzt keine Datei.
# A photo or PDF at the main menu where nobody can be written to in the chat (most often a
# letter): the menu where questions go follows.
attachment-letter-help = Danke. Briefe kann ich nicht lesen. Hier finden Sie Hilfe zu einem Brief. Sie können auch eine Anfrage senden, mit einem Foto des Briefs.
attachment-letter-kept = Danke. Briefe kann ich nicht lesen. Hier finden Sie Hilfe zu einem Brief. Sie können auch eine Anfrage senden: „{ $button }“. Ihr Foto ist schon dabei.
attachment-kept-for-request = Danke. Ich habe Ihr Foto. Es kann mit einer Anfrage an das Amt gehen: Wählen Sie „{ $button }“. Ihr Foto ist dann schon dabei.
attachment-for-sent-request = Ist das Foto für Ihre Anfrage { $reference }? Dann schicken Sie es per E-Mail an { $institution }: { $email }. Schreiben Sie die Nummer { $reference } dazu.
# A photo at a menu while the request left open waits at its photo question.
attachment-for-request = Danke. Ich lege die Datei zu Ihrer Anfrage: { $title }. Wir machen dort weiter.
# A photo or PDF sent at a menu, where the flow sends questions to a person.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = Ihr Brief hat eine Frist: { $date }. Warten Sie nicht bis dahin. Sie können mir ein Foto von dem Brief schicken. Dann kann Ihnen eine Person von der Beratung helfen.
    .no-date = Ihr Brief hat eine Frist. Warten Sie nicht. Sie können mir ein Foto von dem Brief schicken. Dann kann Ihnen eine Person von der Beratung helfen.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = Ihr Aufenthaltspapier endet am { $date }. Das ist bald. Stellen Sie jetzt den Antrag, warten Sie nicht. Sie können dem Amt hier schreiben oder hingehen.
attachment-offer-person = Danke. Hier brauche ich keine Datei. Eine Person kann sie sich ansehen: { $institution }. Wählen Sie „{ $button }“. Dann sende ich Ihre Datei dorthin.
attachment-offer-more = Danke. Ich habe jetzt { $count } Dateien. Sind das alle? Dann wählen Sie oben „{ $button }“.
attachment-offer-kept = Ihre Datei habe ich noch. Eine Person kann sie sich ansehen: { $institution }. Dafür wählen Sie „{ $button }“.
offer-files-full = Ich kann höchstens { $max } Dateien auf einmal senden. Diese Datei habe ich nicht behalten. Wählen Sie „{ $button }“: Dann sende ich die anderen an diese Stelle: { $institution }. Schicken Sie diese Datei danach noch einmal.
cancel-nothing = Es gibt nichts zum Abbrechen.
cancel-sent = Ihre Anfrage { $reference } ist schon bei { $institution }. Hier kann ich sie nicht zurückholen. Sie brauchen sie nicht mehr? Dann sagen Sie es bitte dem Amt. Unten steht, wie.
back-nothing = Das ist der Anfang. Es gibt keinen Schritt zurück.
group-chat-only-private = Ich schreibe nur in privaten Chats. Bitte schreiben Sie mir direkt.

## Forms
form-progress = Frage { $number } von { $total }
form-about-the-person = Bitte antworten Sie für die Person, für die Sie schreiben.
form-asked-again-for-someone = In Ordnung. Die Anfrage ist für eine andere Person. Ich schicke Ihre Nachricht an { $institution }. Jetzt frage ich noch einmal nach dieser Person.
form-answer-now = Ihre bisherige Antwort: { $answer }
form-answer-earlier = In Ihrer letzten Anfrage stand: { $answer }. Wenn das noch stimmt, wählen Sie unten ✓.
    .typed = gleich, dasselbe, das gleiche, dieselbe, derselbe, wie vorher, wie letztes Mal, wie beim letzten Mal, unverändert
form-resume = Sie haben eine Anfrage, die noch nicht fertig ist: { $title }. Wir machen jetzt weiter.
# Starting a request to an office that got one from this person in the last 30 days.
form-sent-before = Sie haben am { $date } schon eine Anfrage gesendet ({ $institution }): { $reference }. Geht es um dieselbe Sache? Dann müssen Sie sie nicht noch einmal senden.
form-sent-before-new = Eine Anfrage für eine andere Person oder zu etwas Neuem? Dann machen Sie hier weiter.
form-sent-before-write = Schreiben Sie „{ $command }“: Dort können Sie dem Amt dazu schreiben.
form-cancelled = Ihre Anfrage wurde abgebrochen. Es wurde nichts gesendet.
form-draft-kept = Ihre Antworten sind gespeichert. Sie können die Anfrage später fortsetzen.
error-text-empty = Bitte schreiben Sie etwas.
error-text-too-long = Das ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
error-date-invalid = Ich kann das Datum nicht lesen. Bitte schreiben Sie Tag, Monat und Jahr in Zahlen, wie im Beispiel unten.
error-date-impossible = Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.
error-date-future = Dieses Datum liegt in der Zukunft. Bitte prüfen Sie es.
error-date-past = Dieses Datum liegt in der Vergangenheit. Bitte schreiben Sie ein späteres Datum.
error-date-too-old = Dieses Datum ist zu lange her. Bitte prüfen Sie das Jahr.
# A year alone at a birth date. German papers write an unknown day and month as 00.00.
error-date-year-only = Kennen Sie Tag und Monat nicht? Dann schreiben Sie das Datum wie in Ihren Papieren, zum Beispiel: { $date }
    .typed = weiß nicht, weiss nicht, keine Ahnung, nicht sicher, unbekannt
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] Kennen Sie den Tag nicht?
       *[year] Kennen Sie Tag und Monat nicht?
    } Deutsche Papiere schreiben dann { $date }. Wenn das stimmt, wählen Sie es unten.
error-date-persian-year = { $year } ist ein Jahr des persischen Kalenders, bei uns meist { $gregorian }. Kennen Sie Tag und Monat nicht? Dann wählen Sie unten 00.00.{ $gregorian }.
error-date-solar-hijri = Das ist ein Datum des persischen Kalenders (Hidschri Schamsi). Im deutschen Kalender ist es der { $date }. Wenn das stimmt, wählen Sie es unten.
error-date-too-far = Dieses Datum ist mehr als ein Jahr entfernt. Bitte prüfen Sie das Jahr.
# A date with a year of two digits ("15.03.90"). $date: the date meant, as 15.03.1990.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = Welches Jahr meinen Sie? Ist es der { $date }? Dann wählen Sie es unten. Sonst schreiben Sie das Datum bitte mit dem Jahr.
error-date-year-short = Bitte schreiben Sie das Jahr mit 4 Ziffern. Meinen Sie den { $date }? Dann wählen Sie es unten.
# The month before the day ("3/15/1990", as phones set to English write it): the date read
# day first does not exist, read month first it does; shown for the person to confirm.
error-date-month-first = In Deutschland schreibt man zuerst den Tag, dann den Monat. Meinen Sie den { $date }? Dann wählen Sie es unten.
# A time ago ("a week ago", "3 days ago"). $date: the day counted back from today.
error-date-ago = Das Amt braucht den genauen Tag. War es der { $date }? Dann wählen Sie es unten. Sonst schreiben Sie bitte das Datum.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Das Amt braucht den genauen Tag. Bitte schreiben Sie das Datum mit dem Tag, zum Beispiel: { $example }
# Something that is no date typed while a date is offered below the question. $date: the offered date.
error-date-still-offered = Diese Frage wartet noch auf das Datum. Ist der { $date } richtig? Dann wählen Sie es unten. Sonst schreiben Sie bitte das Datum.
# An option of a later question typed at this one ("Erstantrag" at the family name). $answer: the option's label. The question follows.
answer-noted-ahead = Gut, das ist die Antwort auf eine spätere Frage: { $answer }. Ich habe es notiert. Jetzt bitte diese Frage:
answer-corrected = Gut, ich habe es geändert: { $answer }.
answer-noted-too = Ich habe auch notiert: { $answer }.
# Parts of one message that answer several later questions ("…, 03.03.1985 geboren,
# Türkei"): `$answers` as the summary names them, joined by list-separator.
answers-noted-ahead = Gut, das sind Antworten auf spätere Fragen: { $answers }. Ich habe sie notiert. Jetzt bitte diese Frage:
photo-kept-ahead-check = Danke. Dieses Foto ist für eine spätere Frage: { $label }. Es ist vielleicht schlecht zu lesen. Ich frage Sie dort danach. Jetzt bitte diese Frage:
photo-for-question-before = Danke. Das Foto ist für die Frage davor: { $label }. Ich habe es dort dazugenommen.
photo-moved-here = Dieses Foto haben Sie schon geschickt, bei: { $label }. Jetzt gehört es zu dieser Frage.
form-not-sent-yet-questions = Diese Anfrage ist noch nicht gesendet. Bitte beantworten Sie die Fragen. Am Ende sende ich sie.
form-question-kept = Das ist eine Frage. Hier kann ich sie nicht beantworten. Ich schicke sie mit Ihrer Anfrage an diese Stelle: { $institution }. Dort kann man sie beantworten. Jetzt bitte diese Frage:
form-question-added = Das ist eine Frage. Hier kann ich sie nicht beantworten. Ich habe sie zu Ihrer Anfrage geschrieben. Sie geht an diese Stelle: { $institution }. Dort kann man sie beantworten.
form-not-sent-yet = Diese Anfrage ist noch nicht gesendet. Ich sende sie, wenn Sie „{ $button }“ wählen.
form-question-page = Vielleicht hilft Ihnen das („{ $page }“):
form-question-kept-too = Ich schicke Ihre Frage trotzdem mit Ihrer Anfrage an diese Stelle: { $institution }. Jetzt bitte diese Frage:
form-question-not-answer = Das ist eine Frage. Hier brauche ich Ihre Antwort. Bitte beantworten Sie diese Frage:
# A sentence typed at a list that takes one's own answer (the nationality), which names no
# option: no answer there, sent with the request; the question follows.
form-message-kept = Ich schicke Ihre Nachricht mit Ihrer Anfrage an diese Stelle: { $institution }. Jetzt bitte diese Frage:
form-message-kept-too = Ihre Worte schicke ich auch mit der Anfrage an diese Stelle: { $institution }.
form-choice-first-of-several = Sie haben mehr als eins genannt. Ich habe hier eingetragen: { $option }.
form-for-someone-else = Ich schicke Ihre Nachricht mit Ihrer Anfrage an diese Stelle: { $institution }. Ist die Anfrage für eine andere Person? Dann beantworten Sie die Fragen bitte für diese Person:
first-message-for-someone = Gut. Sie schreiben für eine andere Person. Wählen Sie, was sie braucht. Dann beantworten Sie die Fragen zu dieser Person. Ihre Nachricht schicke ich mit der Anfrage mit.
first-message-not-read = Ihre erste Nachricht konnte ich nicht lesen: Ihre Sprache kenne ich noch nicht. Bitte wählen Sie unten ein Thema, oder schreiben Sie Ihre Frage hier noch einmal.
form-child-later = Ich schicke Ihre Nachricht mit Ihrer Anfrage an diese Stelle: { $institution }. Zuerst frage ich nach Ihnen. Nach Ihrem Kind frage ich danach. Jetzt bitte diese Frage:
form-one-person-here = Hier bitte nur ein Kind. Ich schicke alle Namen an { $institution }. Bitte schreiben Sie den Namen des ersten Kindes:
form-question-again = Kein Problem. Hier ist die Frage noch einmal. Eine andere Sprache? Schreiben Sie: /language
    .typed = wie bitte, was, hä, bitte was, verstehe nicht, ich verstehe nicht, ich verstehe das nicht, nicht verstanden, hab ich nicht verstanden, was heißt das, was bedeutet das, was meinen sie, nochmal bitte, ich verstehe die frage nicht, frage nicht verstanden, ich nicht verstehen, nicht verstehen, verstehe nix, versteh nicht, verstehe nichts
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = Das Amt braucht das für Ihre Anfrage. Nur das Amt bekommt es. Sie können Ihre Daten jederzeit löschen: /delete
    .asked = warum, wieso, weshalb, wozu, wofür, für was
form-slip-back = Kein Problem. Hier ist die Frage davor: Sie können Ihre Antwort ändern.
office-no-document = Die Person gibt an, das verlangte Dokument nicht zu haben. Ihre Angabe: { $words }
    .typed = kein Pass, keinen Pass, kein Reisepass, keinen Reisepass, kein Ausweis, keinen Ausweis, keine Papiere, keine Dokumente, ohne Pass, ohne Papiere, Pass verloren, Pass ist weg
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = Die Person hat nach eigenen Worten keinen Familiennamen. Sie schrieb: { $words }
    .typed = kein Familienname, keinen Familiennamen, keinen Nachnamen, kein Nachname, habe keinen Nachnamen, nur einen Namen, nur ein Name, nur einen Vornamen, nur Vorname
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = Die Person hat nach eigenen Worten keinen Vornamen, nur einen Namen. Sie schrieb: { $words }
    .typed = kein Vorname, keinen Vornamen, nur einen Namen, nur ein Name, habe keinen Vornamen
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = Das Amt braucht diesen Namen. Sie haben nur einen Namen? Dann schreiben Sie: nur ein Name
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = Die Person hat nach eigenen Worten keine feste Adresse. Sie schrieb: { $words }
    .typed = keine Adresse, keine feste Adresse, ohne Adresse, keinen Wohnsitz, ohne Wohnung, habe keine Wohnung, wohne bei Freunden, wohne bei einem Freund
office-writer-details = Zuerst als eigene Angaben der schreibenden Person gegeben: { $words }
office-also-chosen = { $label }: laut der Person auch { $options }
photos-without-papers = Gut. Dann sende ich Ihre Anfrage ohne dieses Foto. Ich sage dem Amt, dass Sie dieses Papier nicht haben. Das Amt sagt Ihnen, was Sie tun können.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = Ich habe dieses Papier nicht
    .typed = habe es nicht, hab es nicht, habe ich nicht, hab ich nicht, habe das nicht, hab das nicht, habe keins, hab keins, hab ihn nicht, habe ihn nicht, ich hab ihn nicht, ich habe ihn nicht, hab sie nicht, habe sie nicht
form-question-goes-along =
    { $count ->
        [one] Ihre Nachricht von vorhin schicke ich auch mit
       *[other] Ihre Nachrichten von vorhin schicke ich auch mit
    }: „{ $question }“
error-phone = Das ist keine Telefonnummer. Bitte schreiben Sie sie so: +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words = Bitte schreiben Sie die ganze Telefonnummer mit Ziffern (0–9), zum Beispiel: 0151 23456789
error-email = Das ist keine E-Mail-Adresse. Bitte schreiben Sie sie so: name@example.com
# An email address with a slip in a big provider's name or ending ("sami@gmail", "sami@gmail.con"):
# the address meant, with a ✓ button. The email question follows on the next line.
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = Eine E-Mail-Adresse hat keine Leerzeichen. Ich habe nur den Teil nach dem Leerzeichen gelesen.
email-typo-check = Meinen Sie: { $email }? Dann wählen Sie es unten. Sonst schreiben Sie Ihre E-Mail-Adresse bitte noch einmal.
error-number = Bitte schreiben Sie eine Zahl.
# A count said as its parts ("ich und 2 Kinder") at a number question.
error-number-in-all = Bitte schreiben Sie eine Zahl für alle zusammen, mit Ihnen. Zum Beispiel: 3
count-added-up = Zusammen: { $count } Personen. Das habe ich notiert.
date-past-deadline = Das war vor { $days } Tagen. Die Frist ist { $deadline } Tage. Keine Sorge: Bitte senden Sie die Anfrage heute. Das Amt sagt Ihnen, wie es weitergeht.
error-number-range = Bitte schreiben Sie eine Zahl von { $min } bis { $max }.
# At a file or customer number (field kind `code`) without a digit.
error-code = Das ist keine Nummer vom Amt. Eine Nummer vom Amt hat Ziffern, zum Beispiel: 32.1-4711/24. Sie haben keine? Dann wählen Sie „Überspringen“.
code-write-it = Gut. Bitte schreiben Sie die Nummer. Sie steht oben auf den Briefen des Amts.
error-choose-option = Bitte wählen Sie eine der Möglichkeiten.
error-one-option = Bitte wählen Sie nur eine Möglichkeit. Die andere können Sie danach wählen.
error-one-option-form = Bitte wählen Sie nur eine Möglichkeit.
error-photo-expected = Bitte senden Sie ein Foto.
# A no at a photo question that needs one ("Ich habe keinen Pass dabei"). $button: button-continue-request.
# `.typed`: words that say the photo comes later ("später", "morgen"), typed at a photo question.
photo-needed-later = Das Amt braucht dieses Foto. Haben Sie es gerade nicht? Ihre Antworten bleiben gespeichert. Senden Sie das Foto später: Wählen Sie dann im Menü „{ $button }“.
    .typed = später, nachher, morgen, heute abend, bald, nicht dabei, habe keine Papiere dabei, Papiere sind in der Wohnung, ist zu Hause, liegt zu Hause, reiche ich nach, nachreichen, schicke ich nach, hab ich grad nicht dabei, habe ich gerade nicht
error-photo-not-pdf = Das ist eine PDF-Datei. Bitte senden Sie ein Foto von dem Dokument. Sie haben nur die PDF-Datei? Öffnen Sie sie auf dem Handy, machen Sie ein Bildschirmfoto (Screenshot) und senden Sie es.
error-file-unknown = Ich kann diese Datei nicht öffnen. Bitte senden Sie ein Foto (JPEG, PNG oder WebP).
error-file-too-large = Diese Datei ist zu groß. Bitte senden Sie eine Datei kleiner als { $max } MB.
error-image-too-large = Dieses Bild ist zu groß. Bitte senden Sie ein normales Foto von Ihrer Kamera.
photo-received =
    { $count ->
        [one] Ich habe 1 Foto bekommen.
       *[other] Ich habe { $count } Fotos bekommen.
    }
photo-send-more =
    { $missing ->
        [one] Bitte senden Sie noch 1 Foto.
       *[other] Bitte senden Sie noch { $missing } Fotos.
    }
photo-more-or-done = Sie können noch ein Foto senden oder „Fertig“ wählen.
photo-limit-reached = Das sind genug Fotos. Danke.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = Dieses Foto haben Sie schon geschickt. Ich nehme es nur einmal.
# `.asked`: what says in a sentence that an interpreter is needed ("Ich spreche kein Deutsch"):
# a yes, and the language is asked next. Stems count.
interpreter-question = Brauchen Sie beim Termin eine Dolmetscherin oder einen Dolmetscher?
    .yes = kein Deutsch, wenig Deutsch, nicht gut Deutsch, nicht so gut Deutsch, schlecht Deutsch, Deutsch nicht gut, Deutsch schlecht, spricht kein Deutsch, kann kein Deutsch, versteht kein Deutsch, spricht nicht gut Deutsch, braucht einen Dolmetscher, braucht eine Dolmetscherin, mit Dolmetscher, mit Dolmetscherin, mit Übersetzer, besser mit Dolmetscher, manchmal, nur für den Termin
    .no = kein Dolmetscher, keine Dolmetscher, keinen Dolmetscher, brauche keinen, brauche keine, nicht nötig, nicht notwendig, spreche Deutsch, Deutsch gut, kann Deutsch, Deutsch ist okay, Deutsch ist ok, Deutsch ist gut, Deutsch geht, Deutsch reicht, verstehe Deutsch, braucht keinen, braucht keine, spricht Deutsch, versteht Deutsch
    .unsure = verstehe nicht, versteh nicht, verstehe das nicht, nicht verstanden, weiß nicht, weiss nicht, keine Ahnung, verstehe die Frage nicht, verstehe ich nicht
    .own = Freund übersetzt, Freundin übersetzt, übersetzt mein, übersetzt meine, bringe einen Freund, bringe eine Freundin, bringe jemanden mit, kommt mit zum Übersetzen, Sohn übersetzt, Tochter übersetzt, Ehrenamtliche übersetzt, jemand übersetzt, Freund übersetzen, Freundin übersetzen
    .need = braucht, brauchen, benötigt, benötigen, nötig
interpreter-language-question = Welche Sprache soll die Dolmetscherin oder der Dolmetscher sprechen?
interpreter-language-type = Bitte schreiben Sie den Namen der Sprache.
interpreter-question-for-someone = Braucht die Person beim Termin eine Dolmetscherin oder einen Dolmetscher?

## Summary and correction
summary-title = Bitte prüfen Sie Ihre Anfrage:
summary-institution = An: { $institution }
summary-question = Ist alles richtig?
summary-which-field = Was möchten Sie ändern?
value-skipped = (keine Angabe)
value-yes = Ja
value-no = Nein
value-photos =
    { $count ->
        [one] 1 Foto
       *[other] { $count } Fotos
    }
value-photos-none = keine: Die Person hat dieses Papier nach eigener Angabe nicht
value-interpreter-no = Keine Sprachmittlung nötig
appointment-mornings = Vormittags
    .typed = vormittag, morgens, früh, am morgen, vor mittag
appointment-afternoons = Nachmittags
    .typed = nachmittag, mittags, am nachmittag
appointment-any = Jederzeit möglich
    .typed = jederzeit, egal, immer, ist egal, wann ihr wollt, wann Sie wollen, wann es passt, wann es Ihnen passt, wie es passt, ganz egal
appointment-none = Keine dieser Zeiten passt
    .typed = keine passt, keiner passt, keine zeit passt, keine davon, nichts passt, passt alles nicht, keine dieser zeiten
appointment-none-when = Wann können Sie kommen? Schreiben Sie es mit Ihren Worten. Zum Beispiel: nicht montags, oder erst ab 10 Uhr. Das Amt sucht dann einen Termin für Sie.
appointment-after-hours = Am Abend sind die Ämter geschlossen. Bitte wählen Sie unten die Zeit, die für Sie am besten passt.
appointment-office-closed = Zu dieser Zeit ist das Amt nicht geöffnet.
appointment-days-open-then = Zu dieser Uhrzeit ist das Amt nur an diesen Tagen geöffnet: { $days }.
appointment-hour-after = ab { $time } Uhr
appointment-hour-at = um { $time } Uhr
appointment-hour-until = bis { $time } Uhr
list-separator = { ", " }
# A message at a menu that names several topics ("I need money, I have no job"): their
# names, joined by list-separator.
topics-several = Ihre Nachricht passt zu mehreren Themen: { $topics }. Welches meinen Sie? Wählen Sie es unten oder schreiben Sie den Namen.
office-hours = Geöffnet: { $hours }
# Whether an office is open now, by the municipality's clocks, under its hours.
office-open-now = Jetzt geöffnet, bis { $until }.
office-opens-today = Jetzt geschlossen. Wieder geöffnet: heute ab { $from }.
office-opens-tomorrow = Jetzt geschlossen. Wieder geöffnet: morgen ab { $from }.
office-opens-on = Jetzt geschlossen. Wieder geöffnet: { $day } ab { $from }.
office-email = E-Mail: { $email }
office-phone = Telefon: { $phone }
office-in-form =
    Hier ist das Amt, wann es offen ist und wo:
    { $office }
    Jetzt bitte diese Frage:
    .asked = geöffnet, Öffnungszeit, Sprechzeit, aufgemacht, macht auf, machen auf
appointment-day-from-office = Danke. Den Tag des Termins gibt Ihnen das Amt. Es kann auch später sein.
    .typed = so schnell wie möglich, so bald wie möglich, möglichst bald, möglichst schnell, sofort, dringend, asap

## After sending
request-submitted = Danke! Ihre Anfrage hat die Nummer { $reference }. Ich sende sie jetzt an diese Stelle: { $institution }.
request-sent = Ihre Anfrage { $reference } wurde gesendet an: { $institution }.
# After "thank you" and in /status: how the office will answer. `$way`: chat (this chat:
# the office's room or its email answers read by Kompass), email, phone, unknown.
request-next =
    { $way ->
        [chat] Die Antwort kommt hier in den Chat.
        [email] Das Amt antwortet Ihnen per E-Mail.
        [phone] Das Amt ruft Sie an.
        [message] Das Amt schreibt Ihnen eine Nachricht an Ihre Telefonnummer.
        [letter] Das Amt schreibt Ihnen einen Brief.
       *[unknown] Das Amt meldet sich bei Ihnen.
    } Das kann einige Tage dauern.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = Ihre Nachricht klingt dringend. Das habe ich dem Amt gesagt.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = Sind Sie in Gefahr? Dann rufen Sie 110 oder 112 an.
request-urgent-letter = Ein Brief braucht einige Tage. Können Sie nicht warten? Dann gehen Sie bitte selbst zum Amt.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = Ist jemand sehr krank? Nachts und am Wochenende: Rufen Sie 116117 an. Bei Lebensgefahr: 112.
request-failed = Ich konnte Ihre Anfrage { $reference } nicht senden (an: { $institution }). Bitte wenden Sie sich direkt an das Amt.
request-sent-write-hint = Hat sich etwas geändert? Schreiben Sie „{ $command }“. Dort können Sie eine Nachricht zu Ihrer Anfrage senden.
documents-to-bring = Bitte bringen Sie diese Dokumente zum Termin mit:
documents-none = Sie müssen keine Dokumente mitbringen.
documents-without-papers = Einige dieser Papiere fehlen? Bringen Sie mit, was Sie haben. Das Amt sagt Ihnen, was Sie noch tun können.

## My requests (/status)
status-none = Sie haben noch keine Anfragen.
status-reference-unknown = Die Anfrage { $reference } habe ich hier nicht. Vielleicht haben Sie Ihre Daten gelöscht. Das Amt hat die Anfrage noch. Rufen Sie das Amt an oder schreiben Sie ihm. Nennen Sie diese Nummer.
status-reference-not-yours = Die Anfrage { $reference } kenne ich nicht. Bitte prüfen Sie die Nummer. Ihre Anfragen stehen unten.
status-draft = Noch nicht gesendet: { $title }. Zum Fertigstellen wählen Sie im Hauptmenü (/menu) „{ $button }“.
status-header = Ihre Anfragen:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = wartet auf Versand
status-sent = gesendet
status-failed = konnte nicht gesendet werden
status-closed = abgeschlossen
status-cancel-asked = gesendet. Am { $date } haben Sie um Absage gebeten.
status-long-wait =
    Sie haben sie vor { $days } Tagen geschickt. Noch keine Antwort? Bitte rufen Sie das Amt an oder gehen Sie hin:
    { $office }
status-call-office =
    Sie können das Amt anrufen oder hingehen:
    { $office }
    .asked = Telefonnummer vom Amt, Telefonnummer des Amtes, Nummer vom Amt, Telefonnummer vom Büro, Telefonnummer der Behörde, kann ich anrufen, kann ich dort anrufen, kann ich die anrufen, wie kann ich anrufen, gibt es eine Telefonnummer, wie ist die Telefonnummer, Nummer zum Anrufen, deren Telefonnummer, Telefon vom Amt, Telefon der Behörde, welche Telefonnummer hat, welche Nummer hat das Amt, Telefonnummer vom Jobcenter
status-write-hint = Möchten Sie dem Amt zu einer Anfrage etwas schreiben? Wählen Sie die Anfrage unten.
# In /status, where the newest open request's office cannot be written to in this chat:
# how to put something right. `$office`: its name, address and opening hours, on lines.
status-tell-office =
    Ist etwas falsch oder hat sich etwas geändert? Sagen Sie es dem Amt. Nennen Sie die Nummer { $reference }.
    { $office }
status-question-hint = Geht Ihre Frage um eine dieser Anfragen? Wählen Sie sie unten: Dann schicke ich Ihre Frage an das Amt. Die Antwort kommt hier.
status-write-hint-addendum = Möchten Sie etwas zu einer Anfrage ergänzen oder korrigieren? Wählen Sie die Anfrage unten. Ich schicke Ihre Nachricht per E-Mail an das Amt.
status-photo-hint = Ich habe Ihr Foto. Gehört es zu einer dieser Anfragen? Wählen Sie sie unten. Dann schicke ich es an das Amt.
page-words-for-request = Geht es um eine Anfrage, die Sie geschickt haben? Dann wählen Sie sie unten. Ich schicke Ihre Nachricht an das Amt.
status-question-hint-addendum =
    Geht es um eine dieser Anfragen? Wählen Sie sie unten. Ich schicke Ihre Nachricht per E-Mail an das Amt. Das Amt antwortet nicht hier im Chat: { $way ->
        [phone] Es ruft Sie an.
        [email] Es antwortet per E-Mail.
        [message] Es schreibt eine Nachricht an Ihr Handy.
        [letter] Es schickt Ihnen einen Brief.
       *[other] Es ruft Sie an oder schreibt Ihnen.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ An alle meine Anfragen
person-sent-to-all =
    Ihre Nachricht habe ich an diese Ämter geschickt:
    { $offices }

## Talking to a person
person-intro = Nachricht – { $institution }:
person-reply-hint = Sie können hier antworten. Schreiben Sie Ihre Nachricht.
person-start = Schreiben Sie hier Ihre Frage. Eine Person von dieser Stelle antwortet Ihnen in diesem Chat: { $institution }. Das kann einige Tage dauern.
person-forwarded = Gesendet an: { $institution }. Die Antwort kommt hier in den Chat.
# After a question typed at a menu was offered and the offer taken: the question was sent.
person-question-sent = Ich habe Ihre Frage gesendet an: { $institution }. Die Antwort kommt hier in den Chat. Sie können hier noch mehr schreiben.
person-start-request = Schreiben Sie hier Ihre Nachricht zur Anfrage { $reference }. Ich sende sie an diese Stelle: { $institution }. Die Antwort kommt hier in den Chat.
person-addendum-start =
    Schreiben Sie hier, was Sie zur Anfrage { $reference } ergänzen möchten, oder schicken Sie ein Foto. Ich sende es per E-Mail an diese Stelle: { $institution }. Das Amt antwortet nicht hier im Chat: { $way ->
        [phone] Es ruft Sie an.
        [email] Es antwortet per E-Mail.
        [message] Es schreibt eine Nachricht an Ihr Handy.
        [letter] Es schickt Ihnen einen Brief.
       *[other] Es ruft Sie an oder schreibt Ihnen.
    }
person-addendum-sent =
    Ich habe es per E-Mail gesendet an: { $institution }. Das Amt antwortet nicht hier im Chat: { $way ->
        [phone] Es ruft Sie an.
        [email] Es antwortet per E-Mail.
        [message] Es schreibt eine Nachricht an Ihr Handy.
        [letter] Es schickt Ihnen einen Brief.
       *[other] Es ruft Sie an oder schreibt Ihnen.
    } Sie können hier mehr schreiben oder ein Foto schicken.
person-already-sent = Diese Nachricht habe ich schon an { $institution } gesendet. Sie können hier etwas Neues schreiben.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = Dieses Foto habe ich schon an { $institution } gesendet. Sie können hier ein anderes Foto schicken oder etwas Neues schreiben.
person-sent-again = Diese Nachricht haben Sie schon am { $date } geschickt. Ich schicke sie noch einmal. Das Amt sieht, dass Sie auf eine Antwort warten.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = Dieses Foto ist schon in Ihrer Anfrage { $reference }. Ich habe es schon gesendet. Sie können hier ein anderes Foto schicken oder etwas Neues schreiben.
person-sent-words = Sie schrieben: „{ $words }“
talk-stopped = Gut. Ich sende nichts mehr.
talk-stopped-case = Gut. Ich sende nichts mehr zu { $reference }. Die Anfrage bleibt bei { $institution }.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = Das habe ich selbst beantwortet. Ich habe es nicht an das Amt geschickt. Soll das Amt es doch lesen? Dann schreiben Sie es noch einmal.
talk-danger-held = Ich habe Ihre Nachricht nicht an { $institution } geschickt. Soll { $institution } sie lesen? Dann schreiben Sie sie noch einmal.
talk-office =
    Hier ist das Amt, wann es geöffnet ist und wo:
    { $office }
talk-new-topic-held = Das klingt nach etwas Neuem: { $topic }. Ich habe es nicht an { $institution } geschickt. Sie finden { $topic } im Hauptmenü. Ist Ihre Nachricht für { $institution }? Dann schreiben Sie sie noch einmal.
    .want = ich brauche, brauche, wir brauchen, brauchen, ich möchte, möchte, ich will, will, ich suche, suche
request-for-relative = Eine Anfrage für eine andere Person? Dann beginnen Sie bitte eine neue Anfrage, hier:
# The same, for photos or PDFs without a question.
person-files-sent = Ich habe das gesendet an: { $institution }. Die Antwort kommt hier in den Chat. Sie können hier noch mehr schreiben oder Ihre Frage stellen.
person-closed = Das Gespräch ist beendet ({ $institution }). Brauchen Sie mehr Hilfe? Dann wählen Sie bitte im Menü.
person-unavailable = Leider kann gerade niemand im Chat antworten. Bitte schreiben Sie eine E-Mail an { $email }.
person-unavailable-form = Leider kann gerade niemand im Chat antworten. Sie können eine Anfrage senden: Wählen Sie unten „{ $button }“. Oder schreiben Sie eine E-Mail an { $email }.
person-not-forwarded = Diese Datei kann ich nicht senden. Bitte senden Sie ein Foto oder schreiben Sie einen Text.
appointment-confirmed =
    Sie haben einen Termin: { $institution }.
    Datum: { $date }
    Uhrzeit: { $time }
    Ort: { $place }
appointment-reminder =
    Erinnerung: Morgen haben Sie einen Termin: { $institution }.
    Datum: { $date }
    Uhrzeit: { $time }
    Ort: { $place }
appointment-reminder-note = Ich erinnere Sie einen Tag vorher.
button-write-to-person = Antworten

## Delete my data (/delete)
delete-confirm = Möchten Sie alles löschen, was ich über Sie gespeichert habe? Anfragen, die noch nicht gesendet sind, werden auch gelöscht.
delete-done = Erledigt. Ich habe alle Ihre Daten gelöscht.
delete-sent-stay = Anfragen, die Sie schon gesendet haben, bleiben beim Amt: { $references }. Damit das Amt sie auch löscht, schreiben Sie bitte an das Amt und nennen Sie die Nummer.
delete-kept = Gut. Es wurde nichts gelöscht.

## Email to the institution (written in the institution's language)
email-subject = Anfrage { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = Anfrage { $reference } (vielleicht eilig): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = Vielleicht eilig. Im Text der Person erkannt: { $words }
email-intro = Über Kompass ist eine neue Anfrage eingegangen.
email-reference = Referenznummer
email-submitted-at = Eingegangen am
email-channel = Kanal
email-person-language = Sprache im Chat
email-person-language-named = Die Person nennt als ihre Sprache: { $language }
email-earlier = Frühere Anfragen aus demselben Chat an Ihr Amt über Kompass (von dieser Person oder für Angehörige): { $requests }
email-for-relative = Im Chat wurde ein Familienmitglied genannt: Die Anfrage ist wohl für diese Person, geschrieben hat jemand anderes. Telefon und E-Mail sind dann vielleicht die der schreibenden Person.
email-relative-named = In den Worten der Person genannt: { $who }.
email-by-helper = Im Chat wurde eine helfende Person genannt, die nicht zur Familie gehört (zum Beispiel Nachbarschaft, Ehrenamt oder Sozialarbeit): Die Anfrage ist wohl für eine andere Person, geschrieben hat die helfende Person. Telefon und E-Mail sind dann vielleicht ihre.
email-person-asked-as-theirs = Die Fragen zur Person (etwa Name und Geburtsdatum) waren ausdrücklich Fragen zu dieser Person.
email-person-asked-before = Dass die Anfrage für jemand anderen ist, wurde erst nach einer Frage zur Person (etwa Name oder Geburtsdatum) gesagt: Diese Angabe kann die der schreibenden Person sein. Bitte prüfen.
email-said-with = Dazu schreibt die Person
email-said-with-date = Im persischen Kalender (Hidschri Schamsi) angegeben, von Kompass umgerechnet
email-date-past-deadline = { $date } (vor { $days } Tagen; Frist { $deadline } Tage)
email-interpreter = Sprachmittlung
email-interpreter-no = nach Angabe der Person nicht nötig
email-interpreter-no-writer = nach Angabe der Person, die für sie schreibt, nicht nötig
email-attachments = Anhänge
email-footer = Diese E-Mail wurde automatisch von Kompass erstellt.
email-part = Teil { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = Möchten Sie die Anfrage „{ $title }“ abbrechen? Ihre Antworten und Fotos werden dann gelöscht.
button-cancel-yes = Ja, abbrechen
button-cancel-no = Nein, weitermachen
cancel-kept = Gut. Ihre Antworten bleiben gespeichert.
unknown-command = Diesen Befehl kenne ich nicht.
error-name-letter = Bitte schreiben Sie den Namen mit Buchstaben.
# A name with a digit (a date typed at the name question).
error-name-digit = Ein Name kann keine Zahlen enthalten. Bitte schreiben Sie nur den Namen, wie in Ihrem Pass.
error-name-arabizi = Ein Name hat keine Zahlen. Steht er so im Pass: { $name }? Dann schreiben Sie ihn bitte so.
error-name-label = „{ $label }“ steht im Menü. Das ist kein Name. Bitte schreiben Sie Ihren Namen, wie in Ihrem Pass.
error-answer-letter = Bitte schreiben Sie es mit Buchstaben.
error-address-street = Zu einer Adresse gehört der Name der Straße. Bitte schreiben Sie Straße, Hausnummer und Ort.
error-address-unknown = Ihre Adresse steht in Ihrem Mietvertrag oder auf einem Brief, der an Ihre Wohnung kam. Sie können auch Ihren Vermieter oder Ihre Sozialarbeiterin fragen. Ich behalte Ihre Antworten: Sie können später weitermachen.
# A word alone ("ok", "fertig", "danke") typed where the office needs the person's own
# words (their request): it is quoted, and the question follows.
error-text-word = „{ $word }“ sagt dem Amt nicht, worum es geht. Bitte schreiben Sie es in ein paar Worten.
content-changed = Dieser Teil hat sich geändert. Bitte machen Sie hier weiter.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Antwort: Bitte antworten Sie im Matrix-Raum Ihres Amts, im Thread mit dieser Referenznummer. Die Antwort erreicht die Person in ihrem Messenger.
email-answer-email = Antwort: Eine Antwort auf diese E-Mail geht an die angegebene E-Mail-Adresse.
email-answer-relay = Antwort: Antworten Sie einfach auf diese E-Mail. Die Antwort erreicht die Person in ihrem Messenger, mit Anhängen (PDF, Fotos).
email-answer-phone = Antwort: Bitte rufen Sie die Person unter der angegebenen Telefonnummer an.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = Antwort: Bitte rufen Sie unter der angegebenen Telefonnummer an. Vielleicht ist es die Nummer der schreibenden Person.
email-answer-message = Antwort: Die Person bittet um eine schriftliche Nachricht (SMS oder Messenger, wie angegeben). Bitte schreiben Sie ihr an die angegebene Telefonnummer.
email-answer-letter = Antwort: Die Person hat kein Telefon und keine E-Mail angegeben. Bitte schreiben Sie ihr einen Brief an die angegebene Anschrift.
# Under it, where the request sounds urgent ("vielleicht eilig"): the person was told to go there.
email-answer-letter-urgent = Antwort per Brief, aber die Sache ist vielleicht eilig: Ein Brief kommt vielleicht zu spät. Die Person wurde gebeten, selbst zum Amt zu kommen, wenn sie nicht warten kann.
email-phone-someone-else = Der Hinweis zur Telefonnummer nennt eine andere Person: Die Nummer gehört vielleicht nicht der Person selbst.
email-answer-none = Antwort: Die Person hat keine Kontaktdaten angegeben und kann über Kompass keine Antwort erhalten.
email-answer-language = Die Person spricht { $language }. Bitte schreiben oder sprechen Sie einfaches Deutsch, in kurzen Sätzen.
email-answer-language-interpreter = Die Person spricht { $language } und braucht für Gespräche eine Sprachmittlung. Schriftlich bitte einfaches Deutsch, in kurzen Sätzen.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = Die Person spricht { $language }. Bitte schreiben oder sprechen Sie Englisch oder einfaches Deutsch, in kurzen Sätzen.
email-answer-language-helper = Im Chat schreibt jemand für die Person, auf { $chat }. Die Person selbst spricht { $language }: bitte mit Sprachmittlung.
email-answer-language-writer = Im Chat schreibt jemand für die Person, auf { $chat }. Welche Sprache die Person selbst spricht, wurde nicht gesagt.
contact-needed = Das Amt muss Ihnen antworten können. Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.
contact-needed-visit = Sie haben kein Telefon und keine E-Mail? Dann gehen Sie bitte selbst zum Amt: { $address }
contact-needed-letter = Sie haben kein Telefon und keine E-Mail? Dann schreibt Ihnen das Amt einen Brief an diese Adresse: { $home }
contact-by-letter = Sie haben kein Telefon und keine E-Mail angegeben. Darum schreibt Ihnen das Amt einen Brief an diese Adresse: { $home }
document-received =
    { $count ->
        [one] Ich habe 1 Dokument (PDF) bekommen.
       *[other] Ich habe { $count } Dokumente (PDF) bekommen.
    }
value-documents =
    { $count ->
        [one] 1 Dokument (PDF)
       *[other] { $count } Dokumente (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = Ich schreibe nur in Chats mit einer Person, denn Ihre Fragen und Dokumente sind privat. Ich verlasse diesen Raum. Bitte schreiben Sie mir in einem direkten Chat.
matrix-undecryptable = Ihre letzte Nachricht konnte ich nicht lesen. Bitte senden Sie sie noch einmal.

## Terminal-Chat (kompass chat): seine eigenen Hinweise
terminal-photo-hint = (Terminal: /photo PFAD schickt eine Datei.)
terminal-not-utf8 = Ich kann diese Zeile nicht lesen. Bitte schreiben Sie sie noch einmal.
terminal-file-missing = Die Datei { $path } gibt es nicht.
terminal-file-not-regular = Das ist keine normale Datei: { $path }. Bitte geben Sie den Pfad zu einem Foto an.
terminal-file-unreadable = Ich kann diese Datei nicht öffnen: { $path }.
terminal-emails-queued = E-Mails, die noch warten: { $count }. Ich schicke sie beim nächsten Start.

## Edits (Telegram and Matrix)
edit-not-applied = Sie haben eine Nachricht geändert. Änderungen kann ich nicht lesen. Bitte schicken Sie die richtige Antwort noch einmal als neue Nachricht.
