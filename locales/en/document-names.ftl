# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = passport
docname-personalausweis = ID card
docname-aufenthaltstitel = residence permit
docname-aufenthaltsgestattung = permission to stay during the asylum procedure
docname-duldung = temporary suspension of deportation
docname-meldebescheinigung = certificate of registration
docname-wohnungsgeberbestaetigung = landlord's confirmation
docname-mietvertrag = rental contract
docname-geburtsurkunde = birth certificate
docname-heiratsurkunde = marriage certificate
docname-lohnabrechnung = payslip
docname-kontoauszuege = bank statements
docname-bescheid = official decision letter
docname-krankenversicherungskarte = health insurance card
docname-arbeitsvertrag = employment contract
docname-passfoto = passport photo
docname-zeugnis = certificate (school or work)
docname-mutterpass = maternity record
