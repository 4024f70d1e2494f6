# Vorlagen für Antworten der Sachbearbeitenden: `!vorlage NAME name=Wert …` im Thread eines
# Vorgangs schickt der Person den Text in ihrer Sprache. Die deutsche Datei ist die Vorlage
# für alle Sprachen: Sie legt die Namen und die { $werte } fest. Der Kommentar
# „Beispiel: …“ direkt über einer Vorlage erscheint in der Liste (!vorlagen) und in
# Fehlermeldungen; `kompass check` prüft, dass er passt.
# Werte namens `datum` (oder `datum-…`) prüft Kompass als Datum, das nicht vorbei ist,
# `uhrzeit` (oder `uhrzeit-…`) als Uhrzeit, wie bei !termin; alle anderen Werte gehen so an
# die Person, wie sie getippt wurden.
# Kurze Sätze, einfache Wörter (etwa Niveau A2).

# Beispiel: !vorlage unterlagen-erhalten
unterlagen-erhalten = Wir haben Ihre Unterlagen bekommen. Vielen Dank! Wir prüfen sie und melden uns bei Ihnen.

# Beispiel: !vorlage termin datum=24.12.2026 uhrzeit=10:30 ort="Rathaus, Zimmer 3"
termin = Sie haben einen Termin bei uns: am { $datum } um { $uhrzeit }. Ort: { $ort }. Bitte kommen Sie pünktlich.

# Beispiel: !vorlage mitbringen unterlagen="Reisepass, Mietvertrag"
mitbringen = Bitte bringen Sie zum Termin mit: { $unterlagen }.

# Beispiel: !vorlage foto-unscharf dokument=Reisepass
foto-unscharf = Wir können das Foto von diesem Dokument nicht gut lesen: { $dokument }. Bitte schicken Sie ein neues Foto. Tipp: gutes Licht, das ganze Blatt im Bild, nicht verwackeln.

# Beispiel: !vorlage anrufen telefon="05264 123 45"
anrufen = Bitte rufen Sie uns an: { $telefon }.

# Beispiel: !vorlage mehr-zeit datum=15.01.2027
mehr-zeit = Wir brauchen mehr Zeit für Ihr Anliegen. Sie bekommen bis zum { $datum } eine Antwort.

# Beispiel: !vorlage abgeschlossen
abgeschlossen = Ihr Anliegen ist fertig bearbeitet. Wenn Sie noch Fragen haben, schreiben Sie uns.

# Beispiel: !vorlage sprechzeiten zeiten="Montag bis Freitag, 8 bis 12 Uhr"
sprechzeiten = Bitte kommen Sie zu unseren Öffnungszeiten in unser Büro: { $zeiten }. Sie brauchen keinen Termin.

# Beispiel: !vorlage dolmetscher
dolmetscher = Bei Ihrem Termin hilft eine Dolmetscherin oder ein Dolmetscher. Sie müssen niemanden mitbringen.

# Beispiel: !vorlage termin-verschoben datum=07.01.2027 uhrzeit=9:00
termin-verschoben = Ihr Termin ist verschoben. Der neue Termin ist am { $datum } um { $uhrzeit }.

# Beispiel: !vorlage nachreichen dokument=Mietvertrag datum=10.01.2027
nachreichen = Bitte schicken Sie uns bis zum { $datum } dieses Dokument: { $dokument }. Sie können hier im Chat ein Foto schicken.

# Beispiel: !vorlage nicht-erreicht
nicht-erreicht = Wir haben versucht, Sie anzurufen. Wir haben Sie nicht erreicht. Bitte schreiben Sie uns hier, wann wir Sie anrufen können.

# Beispiel: !vorlage termin-bestaetigen
termin-bestaetigen = Können Sie zu dem Termin kommen? Bitte antworten Sie mit Ja oder Nein.

# Beispiel: !vorlage in-bearbeitung
in-bearbeitung = Wir haben Ihre Anfrage bekommen und bearbeiten sie. Bitte haben Sie etwas Geduld. Wir melden uns bei Ihnen.
