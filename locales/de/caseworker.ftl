# Was Kompass den Sachbearbeitenden im Matrix-Raum schreibt: Anfang eines Vorgangs-Threads,
# Bestätigungen, Hilfe und Fehlermeldungen zu Befehlen. Nur auf Deutsch: Die Räume der
# Stellen sind deutschsprachig. Texte dürfen angepasst werden; die ids und die
# { $variablen } bleiben. `kompass check` prüft beides.

## Anfang eines Vorgangs-Threads
caseworker-root-contact = Gesprächswunsch über Kompass: { $reference }
caseworker-root-request-erased = Antrag über Kompass (Daten bereits gelöscht): { $reference }
caseworker-root-institution = An: { $institution }
caseworker-root-language = Sprache der Person: { $language } ({ $code })
caseworker-root-footer = Antworten Sie in diesem Thread: Ihre Antwort erreicht die Person in ihrem Messenger. Befehle: !termin, !vorlage, !vorlagen, !erledigt, !löschen, !hilfe
caseworker-forwarded-text = Nachricht der Person:
# $note: Sprache und „nicht übersetzt“, z. B. „Arabisch, nicht übersetzt“
caseworker-forwarded-text-untranslated = Nachricht der Person ({ $note }):
# Under a message whose words the person sent to this office before, days ago. $date: the first day, 03.12.2026
caseworker-forwarded-sent-before = Dieselbe Nachricht hat die Person schon am { $date } geschickt. Sie wartet vielleicht auf eine Antwort.
# Eine Sprachnachricht der Person, als Audio darunter. $language: z. B. „Arabisch“
caseworker-forwarded-voice = Sprachnachricht der Person auf { $language } (nicht übersetzt):

## Sprachmittlung: der Raum der Sprachmittlerinnen und Sprachmittler
# Dort stehen nie Name, Aktenzeichen, Fotos oder Dateien: nur die Fallnummer (SM-…) und
# die Worte der Person oder der Stelle.
# $language: die Sprache auf Deutsch, z. B. „Arabisch“
mediators-root =
    Sprachmittlung { $number } · { $language }
    Eine Person schreibt einer Behörde auf { $language }. Bitte übersetzen Sie in diesem Thread: Antworten Sie auf eine Nachricht mit der Übersetzung (oder schreiben Sie „!übersetzung Text“). Nachrichten der Person übersetzen Sie ins Deutsche, Nachrichten der Behörde in die Sprache der Person. Die Person und die Behörde bekommen Ihre Übersetzung.
mediators-from-newcomer = Die Person schreibt ({ $number }), bitte ins Deutsche übersetzen:
mediators-from-office = Die Behörde antwortet ({ $number }). Bitte für die Person übersetzen ({ $language }):
mediators-case-closed = Die Behörde hat den Fall { $number } abgeschlossen. Hier ist nichts mehr zu übersetzen.
mediators-help =
    So übersetzen Sie:
    Antworten Sie im Thread eines Falls (SM-…) mit Ihrer Übersetzung. Ohne Antwort auf eine bestimmte Nachricht gilt die Übersetzung der letzten Nachricht im Thread.
    !übersetzung Text – dasselbe als Befehl.
    !hilfe – zeigt diese Hilfe.
    Die Übersetzung einer Nachricht der Person geht an die Behörde, die Übersetzung einer Nachricht der Behörde an die Person.
mediators-done-office = Danke! Die Übersetzung ist an die Behörde weitergegeben.
mediators-done-newcomer = Danke! Die Übersetzung ist an die Person gesendet.
mediators-unknown-thread = Dieser Thread gehört zu keinem Fall (mehr): Die Person hat ihre Daten vielleicht gelöscht. Die Übersetzung wurde nicht weitergegeben.
mediators-nothing = In diesem Thread gibt es noch nichts zu übersetzen.
mediators-closed = Der Fall ist abgeschlossen. Die Übersetzung wurde nicht an die Person gesendet.
mediators-note-edit = Ihre Bearbeitung wurde nicht weitergegeben: Die erste Fassung ist schon angekommen. Bitte schreiben Sie die Korrektur als neue Nachricht im Thread.
mediators-note-top-level = Bitte antworten Sie im Thread eines Falls (SM-…). Nachrichten außerhalb der Threads gibt Kompass nicht weiter.
mediators-note-power-level = Nur Mitglieder mit mindestens Berechtigungsstufe { $power } können Übersetzungen weitergeben. Diese Nachricht wurde nicht weitergegeben.
mediators-only-text = Nur Text wird weitergegeben: Bilder und Dateien nicht.

## Sprachmittlung: Hinweise im Vorgangs-Thread der Stelle
mediators-reply-held = Ihre Antwort geht zuerst an die Sprachmittlung ({ $language }). Die Person bekommt sie übersetzt, zusammen mit Ihrem deutschen Text. Kommt in { $hours } Stunden keine Übersetzung, bekommt die Person Ihren deutschen Text.
mediators-reply-sent-and-queued = Ihre Antwort ist an die Person gesendet und geht auch an die Sprachmittlung ({ $language }); die Übersetzung folgt.
mediators-reply-released = In der Wartezeit kam keine Übersetzung ({ $language }): Die Person hat Ihre Antwort auf Deutsch bekommen. Eine spätere Übersetzung wird nachgereicht.
# $excerpt: der Anfang der übersetzten Nachricht der Person
mediators-translation-for-office = Übersetzung (Sprachmittlung) zu „{ $excerpt }“:
mediators-translation-sent = Übersetzung Ihrer Antwort (Sprachmittlung, { $language }), an die Person gesendet:

## Hilfe
caseworker-help =
    Befehle in einem Vorgangs-Thread:
    !termin TT.MM.JJJJ HH:MM [Ort] – sendet der Person den Termin mit der Liste der Unterlagen; am Vortag kommt eine Erinnerung. Ohne Ort gilt die Adresse der Stelle. Auch: !termin morgen 10 Uhr, !termin Dienstag um 9:30 im Rathaus.
    !vorlage NAME name=Wert … – sendet der Person eine geprüfte Vorlage in ihrer Sprache. Werte mit Leerzeichen in Anführungszeichen: ort="Rathaus, Zimmer 3".
    !vorlagen – zeigt alle Vorlagen mit ihren Werten.
    !erledigt – schließt den Vorgang und sagt der Person Bescheid.
    !löschen – löscht auf Wunsch der Person alle ihre Daten in Kompass (fragt zuerst nach).
    !hilfe – zeigt diese Hilfe.
    Jede andere Nachricht im Thread geht an die Person, in ihrem Messenger.

## Fehler bei Befehlen
caseworker-unknown-command = Unbekannter Befehl „!{ $command }“.
caseworker-appointment-example = Beispiel: !termin 24.12.2026 10:30 Rathaus, Zimmer 12
caseworker-appointment-missing = Bitte Datum und Uhrzeit angeben.
caseworker-date-invalid = Das Datum „{ $date }“ verstehe ich nicht.
caseworker-date-past = Der { $date } liegt in der Vergangenheit.
caseworker-time-invalid = Die Uhrzeit „{ $time }“ verstehe ich nicht.

## Vorlagen (!vorlage, !vorlagen)
caseworker-templates-header = Vorlagen (!vorlage NAME name=Wert …). Die Person bekommt den Text in ihrer Sprache; hier steht der deutsche Text.
caseworker-template-values = Werte: { $variables }
caseworker-template-no-values = ohne Werte
caseworker-template-example = Beispiel: { $example }
caseworker-template-missing-name = Welche Vorlage? Bitte den Namen angeben, z. B. !vorlage { $name }
caseworker-template-unknown = Die Vorlage „{ $name }“ gibt es nicht.
caseworker-template-did-you-mean = Meinten Sie „{ $name }“?
caseworker-template-missing-value = Für die Vorlage „{ $name }“ fehlt der Wert „{ $variable }“.
caseworker-template-unknown-value = Die Vorlage „{ $name }“ kennt keinen Wert „{ $variable }“. Sie kennt: { $variables }
caseworker-template-no-values-allowed = Die Vorlage „{ $name }“ braucht keine Werte. Bitte nur: !vorlage { $name }
caseworker-template-value-twice = Der Wert „{ $variable }“ steht zweimal da.
caseworker-template-empty-value = Der Wert „{ $variable }“ ist leer.
caseworker-template-no-name = Vor „=“ fehlt der Name des Werts: „{ $text }“.
caseworker-template-unclosed-quote = Ein Anführungszeichen ist nicht geschlossen: { $text }
caseworker-template-not-a-value = „{ $text }“ ist kein Wert. Bitte so schreiben: name=Wert
caseworker-template-sent = ✅ Vorlage „{ $name }“ an die Person gesendet, auf { $language }. Deutscher Text:

## Bestätigungen und Hinweise
caseworker-closed-done = ✅ Vorgang geschlossen. Die Person wurde informiert.
caseworker-appointment-sent = ✅ Termin an die Person gesendet: { $appointment }. Erinnerung am { $date } um { $time }.
caseworker-appointment-sent-no-reminder = ✅ Termin an die Person gesendet: { $appointment }. Keine Erinnerung: der Termin ist zu bald.
caseworker-case-closed = Dieser Vorgang ist geschlossen. Die Nachricht wurde nicht weitergeleitet.
caseworker-person-erased = Die Person hat ihre Daten gelöscht. Die Nachricht wurde nicht weitergeleitet.
# !löschen: ohne „ja“ die Frage, mit „ja“ die Bestätigung. Die Person wird nicht benachrichtigt:
# Was sie erreichen würde, ist mit gelöscht.
caseworker-erase-confirm = Damit löschen Sie alle Daten der Person zu { $reference } in Kompass: das Gespräch, Entwürfe, Anfragen und Fotos. Das kann niemand rückgängig machen. Tun Sie es nur auf Wunsch der Person. Zum Löschen schreiben Sie: !löschen ja
caseworker-erase-done = 🗑 Gelöscht: Kompass hat alle Daten der Person zu { $reference } gelöscht. Die Person bekommt darüber keine Nachricht: Sagen Sie es ihr bitte selbst. Dieser Thread bleibt. Entfernen Sie Nachrichten mit ihren Daten hier, wenn Ihre Akte sie nicht braucht. Schreibt die Person Kompass wieder, beginnt sie neu.
caseworker-erase-already = Die Daten der Person zu { $reference } sind schon gelöscht.
caseworker-erase-failed = Das Löschen hat nicht geklappt. Bitte versuchen Sie es noch einmal oder sagen Sie der Betreuung von Kompass Bescheid.
caseworker-only-text = Nur Text wird an die Person weitergeleitet; Bilder und Dateien nicht.
caseworker-note-undecryptable = Eine Nachricht konnte ich nicht entschlüsseln; sie wurde nicht weitergeleitet. Bitte senden Sie sie noch einmal.
caseworker-note-power-level = Nicht weitergeleitet: An die Person schreiben können nur Mitglieder mit mindestens Stufe { $level } in diesem Raum. Die Stufe ändert die Administration des Raums (Raumeinstellungen → Rollen & Berechtigungen).
caseworker-note-edit = Ihre Bearbeitung wurde nicht weitergeleitet: Die Person hat die erste Fassung bekommen. Bitte schreiben Sie die Korrektur als neue Nachricht in den Thread.
caseworker-note-top-level = Nicht weitergeleitet: Diese Nachricht steht nicht in einem Thread. An die Person geht nur, was Sie im Thread des Vorgangs schreiben („Im Thread antworten“).
caseworker-note-reply-outside-thread = Nicht weitergeleitet: Diese Antwort steht außerhalb eines Threads. Bitte antworten Sie im Thread des Vorgangs („Im Thread antworten“).
caseworker-note-unknown-thread = Nicht weitergeleitet: Zu diesem Thread gibt es keinen Vorgang. An die Person geht nur, was in einem Thread steht, der mit einem Aktenzeichen beginnt.

## Emails in a request's thread: an office without a caseworker room answers the request's
## email, and the person's answers come back as emails in the same thread.
email-thread-subject = Nachricht zu Anfrage { $reference }
email-addendum-subject = Nachtrag zu Anfrage { $reference }
email-thread-intro = Die Person schreibt zu Anfrage { $reference } (über Kompass).
# The request an addendum belongs to. $date: when it was sent („05.12.2026“); $title: the
# form's title. $person: the names as the request gives them („Haddad, Sami“); $date: the
# birth date („01.02.1990“).
email-thread-request = Anfrage vom { $date }: { $title }
# "laut Anfrage": a message below may correct them (a field test of stop 77 read the old
# birth date here above the new one and took it for the correction's).
email-thread-person = Person laut Anfrage: { $person }
email-thread-person-born = Person laut Anfrage: { $person }, geboren am { $date }
# After the subject of a message whose words say to cancel („stornieren“, „iptal“, „الغي“).
email-thread-maybe-cancelled = (vielleicht Absage)
# Words in a message after the request that look urgent (`urgent` in words.txt): in the subject, before a "(vielleicht Absage)", and above the messages with the words.
email-thread-maybe-urgent = (vielleicht eilig)
email-thread-urgent = Vielleicht eilig. In der Nachricht erkannt: { $words }
email-thread-photo = Die Person hat ein Foto geschickt (im Anhang).
email-thread-document = Die Person hat ein Dokument geschickt (im Anhang).
email-thread-footer = Antworten Sie einfach auf diese E-Mail. Ihre Antwort erreicht die Person in ihrem Messenger. Anhänge (PDF, Fotos) gehen mit.
email-thread-footer-one-way = Ein Nachtrag zur Anfrage. Antworten auf diese E-Mail erreichen die Person nicht. Bitte antworten Sie so, wie es in der Anfrage steht (Telefon, E-Mail oder Brief), und nennen Sie die Nummer der Anfrage.
# The same, where the messages hold a phone number (perhaps a new one, in place of the request's).
email-thread-footer-one-way-new-number = Ein Nachtrag zur Anfrage. Antworten auf diese E-Mail erreichen die Person nicht. Ist die Telefonnummer oben neu, rufen Sie bitte diese an. Sonst antworten Sie so, wie es in der Anfrage steht (Telefon, E-Mail oder Brief), und nennen Sie die Nummer der Anfrage.
# The same where the request asks to be answered by email: a reply goes to the person's address (Reply-To).
email-thread-footer-one-way-email = Ein Nachtrag zur Anfrage. Eine Antwort auf diese E-Mail geht an die E-Mail-Adresse der Person, wie bei der Anfrage.
email-thread-phone = Telefonnummer in dieser Nachricht: { $number } (Ist sie neu? Dann rufen Sie bitte diese Nummer an.)
# An email address in the person's message other than the request's: replies to the addendum go there.
email-thread-email = E-Mail-Adresse in dieser Nachricht: { $address } (Ist sie neu? Dann schreiben Sie bitte an diese Adresse.)
# A postal address in the person's message (perhaps they moved): where a letter goes.
email-thread-postal = Postanschrift in dieser Nachricht: { $address } (Ist sie neu? Dann schicken Sie Briefe bitte an diese Anschrift.)
email-thread-footer-one-way-new-postal = Ein Nachtrag zur Anfrage. Antworten auf diese E-Mail erreichen die Person nicht. Bitte antworten Sie so, wie es in der Anfrage steht (Telefon, E-Mail oder Brief), und nennen Sie die Nummer der Anfrage. Einen Brief schicken Sie bitte an die Anschrift oben, wenn sie neu ist.
email-thread-footer-one-way-new-email = Ein Nachtrag zur Anfrage. Eine Antwort auf diese E-Mail geht an die E-Mail-Adresse oben. Sonst antworten Sie so, wie es in der Anfrage steht, und nennen Sie die Nummer der Anfrage.
# The same after the person gave a phone number in an earlier addendum (perhaps their new one).
email-thread-footer-one-way-later-number = Ein Nachtrag zur Anfrage. Antworten auf diese E-Mail erreichen die Person nicht. In einem früheren Nachtrag nannte die Person die Telefonnummer { $number }: Ist es ihre neue, rufen Sie bitte diese an. Sonst antworten Sie so, wie es in der Anfrage steht, und nennen Sie die Nummer der Anfrage.
# A birth date in the person's message, beside the request's ("dogum tarihim yanlis yazdim 15.11.1990 dogru").
email-thread-birth-date = Geburtsdatum in dieser Nachricht: { $date } (in der Anfrage: { $before }). Ist es eine Korrektur? Dann ändern Sie es bitte.
# Above the footer of a later addendum answered by email: the number an earlier addendum gave.
email-thread-later-phone = Telefonnummer aus einem früheren Nachtrag: { $number } (Ist sie neu? Dann rufen Sie bitte diese Nummer an.)
# The same after the person gave a new email address in an earlier addendum: replies go there.
email-thread-footer-one-way-later-email = Ein Nachtrag zur Anfrage. Eine Antwort auf diese E-Mail geht an die neue E-Mail-Adresse der Person aus einem früheren Nachtrag: { $address }
## A question to an office without a caseworker room (no request before it): its emails
## until the office answers. $language: the language in German, e.g. „Arabisch“
email-question-subject = Frage über Kompass: { $reference }
email-question-intro = Eine Person schreibt Ihnen über Kompass ({ $reference }). Sprache der Person: { $language } ({ $code }).
