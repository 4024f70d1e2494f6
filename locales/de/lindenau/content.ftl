# Lindenau (fiktive Beispielgemeinde): nur die Texte, die anders sind als die gemeinsamen.
inst-lindenau-buergerbuero = Bürgerbüro der Stadt Lindenau
inst-lindenau-integration = Integrationsstelle der Stadt Lindenau
main-text =
    Willkommen beim Kompass Lindenau!
    Ich helfe Ihnen bei den ersten Schritten in Lindenau.
    Ich kann Ihre Anfrage auch an das richtige Amt senden.
    .again = Was brauchen Sie?
register-text =
    Sind Sie nach Lindenau gezogen? Dann müssen Sie Ihre Wohnung anmelden.
    Sie haben dafür 2 Wochen Zeit nach dem Einzug.
    Wo: Bürgerbüro im Rathaus Lindenau, Marktplatz 1.
    Bringen Sie mit: Reisepass und die Wohnungsgeberbestätigung.
field-new-address = Wie ist Ihre neue Adresse in Lindenau? Bitte schreiben Sie Straße und Hausnummer in lateinischen Buchstaben (A, B, C …).
label-new-address = Neue Anschrift in Lindenau
