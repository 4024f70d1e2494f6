# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = pasaport
docname-personalausweis = nasname
docname-aufenthaltstitel = destûra rûniştinê
docname-aufenthaltsgestattung = destûra mayînê di dema prosedûra penaberiyê de
docname-duldung = rawestandina demkî ya dersînorkirinê
docname-meldebescheinigung = belgeya qeydkirina navnîşanê
docname-wohnungsgeberbestaetigung = pejirandina xwediyê xaniyê
docname-mietvertrag = peymana kirê
docname-geburtsurkunde = belgeya jidayikbûnê
docname-heiratsurkunde = belgeya zewacê
docname-lohnabrechnung = belgeya mûçeyê
docname-kontoauszuege = belgeyên hesabê bankê
docname-bescheid = biryara fermî
docname-krankenversicherungskarte = karta sîgorteya tenduristiyê
docname-arbeitsvertrag = peymana kar
docname-passfoto = wêneya pasaportê
docname-zeugnis = bawername (dibistan an kar)
docname-mutterpass = pirtûka ducaniyê
