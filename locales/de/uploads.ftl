# Abgelehnte Dateien: beschädigte Fotos, PDFs mit verstecktem Inhalt, zu große Dateien.
# Die ids und { $variables } bleiben. Kurze Sätze, einfache Wörter.
upload-photo-damaged = Das Foto ist beschädigt oder kann nicht gelesen werden. Bitte machen Sie das Foto noch einmal.
upload-not-received = Ich konnte Ihre Datei nicht empfangen. Bitte schicken Sie sie noch einmal.
upload-pdf-encrypted = Diese PDF-Datei hat ein Passwort. Ich kann sie nicht an das Amt senden. Bitte senden Sie eine PDF ohne Passwort oder Fotos der Seiten.
upload-pdf-javascript = In dieser PDF-Datei ist ein Programm (JavaScript). Ich kann sie nicht an das Amt senden. Bitte senden Sie Fotos der Seiten.
upload-pdf-launch = Diese PDF-Datei will ein Programm starten. Ich kann sie nicht an das Amt senden. Bitte senden Sie Fotos der Seiten.
upload-pdf-embedded-file = In dieser PDF-Datei sind andere Dateien. Ich kann sie nicht an das Amt senden. Bitte senden Sie Fotos der Seiten.
upload-pdf-unreadable = Ich kann diese PDF-Datei nicht öffnen. Vielleicht ist sie beschädigt. Bitte senden Sie Fotos der Seiten.
upload-too-large-for-email = Diese Datei ist zu groß für eine E-Mail an das Amt. Bitte senden Sie eine Datei kleiner als { $max } MB oder Fotos der Seiten.
