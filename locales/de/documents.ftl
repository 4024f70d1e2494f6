# Der Terminzettel (PDF): seine Beschriftungen, neben denen in der Sprache der Person.
# Datum, Uhrzeit, Ort, Amt und Unterlagen setzt Kompass ein.
slip-title = Ihr Termin
slip-date = Datum
slip-time = Uhrzeit
slip-place = Ort
slip-bring = Bitte mitbringen
slip-reference = Vorgangsnummer
slip-show-at-counter = Bitte zeigen Sie dieses Blatt am Schalter.
# Der Kalendereintrag (.ics-Datei): sein Titel und die Erinnerung am Tag vorher.
calendar-summary = Termin: { $institution }
calendar-reminder = Morgen haben Sie einen Termin: { $institution }
# Plakate (`kompass poster`): eine Seite pro Sprache, ein QR-Code pro Messenger.
poster-greeting = Willkommen!
poster-line = Kompass beantwortet Ihre Fragen zu Ämtern und Papieren. In Ihrer Sprache.
poster-scan = Scannen Sie den Code mit der Kamera Ihres Handys.
poster-telegram = In Telegram öffnen
poster-element = In Element öffnen
