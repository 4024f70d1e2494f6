# Namen von Unterlagen, wie Sachbearbeitende sie in Vorlagen tippen (`!vorlage mitbringen
# unterlagen="Reisepass, Mietvertrag"`): ein Wert, der genau so heißt (oder wie eine der
# `.typed`-Schreibweisen), erreicht die Person in ihrer Sprache, mit dem deutschen Wort in
# Klammern. Andere Wörter gehen so an die Person, wie sie getippt wurden.
# Die IDs beginnen mit `docname-`; jede Sprache übersetzt die deutschen.

docname-reisepass = Reisepass
    .typed = Pass
docname-personalausweis = Personalausweis
    .typed = Ausweis, ID-Karte
docname-aufenthaltstitel = Aufenthaltstitel
    .typed = Aufenthaltserlaubnis, Aufenthaltskarte, eAT
docname-aufenthaltsgestattung = Aufenthaltsgestattung
    .typed = Gestattung
docname-duldung = Duldung
docname-meldebescheinigung = Meldebescheinigung
    .typed = Anmeldebestätigung, Meldebestätigung
docname-wohnungsgeberbestaetigung = Wohnungsgeberbestätigung
    .typed = Wohnungsgeberbescheinigung, Vermieterbescheinigung
docname-mietvertrag = Mietvertrag
docname-geburtsurkunde = Geburtsurkunde
    .typed = Geburtsurkunden
docname-heiratsurkunde = Heiratsurkunde
    .typed = Eheurkunde
docname-lohnabrechnung = Lohnabrechnung
    .typed = Lohnabrechnungen, Gehaltsabrechnung, Gehaltsabrechnungen, Verdienstbescheinigung
docname-kontoauszuege = Kontoauszüge
    .typed = Kontoauszug
docname-bescheid = Bescheid
    .typed = Bescheide
docname-krankenversicherungskarte = Krankenversicherungskarte
    .typed = Gesundheitskarte, Versichertenkarte, Krankenkassenkarte
docname-arbeitsvertrag = Arbeitsvertrag
docname-passfoto = Passfoto
    .typed = biometrisches Foto, Passbild, biometrisches Passfoto
docname-zeugnis = Zeugnis
    .typed = Zeugnisse, Schulzeugnis
docname-mutterpass = Mutterpass
