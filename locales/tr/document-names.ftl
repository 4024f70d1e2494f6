# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = pasaport
docname-personalausweis = kimlik kartı
docname-aufenthaltstitel = oturma izni
docname-aufenthaltsgestattung = sığınma süreci boyunca kalış izni
docname-duldung = geçici sınır dışı etme ertelemesi
docname-meldebescheinigung = ikamet kayıt belgesi
docname-wohnungsgeberbestaetigung = ev sahibi onayı
docname-mietvertrag = kira sözleşmesi
docname-geburtsurkunde = doğum belgesi
docname-heiratsurkunde = evlilik cüzdanı
docname-lohnabrechnung = maaş bordrosu
docname-kontoauszuege = banka hesap dökümleri
docname-bescheid = resmi karar yazısı
docname-krankenversicherungskarte = sağlık sigortası kartı
docname-arbeitsvertrag = iş sözleşmesi
docname-passfoto = vesikalık fotoğraf
docname-zeugnis = karne veya belge
docname-mutterpass = gebelik takip kitapçığı
