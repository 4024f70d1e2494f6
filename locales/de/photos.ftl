# Fotos, die das Amt vielleicht nicht lesen kann (photo/quality.rs): noch einmal gefragt,
# mit einem Tipp, oder trotzdem gesendet. Kurze Sätze, einfache Wörter.
photo-check-small = Das Foto ist sehr klein. Das Amt kann es vielleicht nicht lesen.
photo-check-dark = Das Foto ist zu dunkel. Das Amt kann es vielleicht nicht lesen.
photo-check-bright = Das Foto ist zu hell. Die Schrift ist schwer zu sehen.
photo-check-blurred = Das Foto ist unscharf. Das Amt kann es vielleicht nicht lesen.
photo-check-several = { $count } Fotos kann das Amt vielleicht schwer lesen.
photo-tip-page = Tipp: Halten Sie das Handy näher. Die Seite soll das ganze Foto füllen.
photo-tip-light = Tipp: Gehen Sie an einen hellen Ort, zum Beispiel an ein Fenster.
photo-tip-glare = Tipp: Benutzen Sie keinen Blitz. Machen Sie das Foto nicht in der Sonne.
photo-tip-still = Tipp: Legen Sie das Papier auf einen Tisch. Halten Sie das Handy mit beiden Händen ruhig.
photo-check-question = Bitte machen Sie ein neues Foto und senden Sie es.
button-photo-retake = Neues Foto machen
button-photo-keep = Trotzdem senden
button-photo-remove = Letztes Foto löschen
    .typed = Foto löschen, falsches Foto, Foto entfernen, das falsche Foto, Bild löschen, falsches Bild, Foto ist falsch, lösch es, nicht das richtige Foto
photo-removed = Ich habe das letzte Foto gelöscht. Es geht nicht an das Amt.
