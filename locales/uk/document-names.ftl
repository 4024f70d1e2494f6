# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = закордонний паспорт
docname-personalausweis = ID-картка
docname-aufenthaltstitel = дозвіл на проживання
docname-aufenthaltsgestattung = дозвіл на перебування на час процедури притулку
docname-duldung = тимчасове призупинення депортації
docname-meldebescheinigung = довідка про реєстрацію
docname-wohnungsgeberbestaetigung = підтвердження орендодавця
docname-mietvertrag = договір оренди
docname-geburtsurkunde = свідоцтво про народження
docname-heiratsurkunde = свідоцтво про шлюб
docname-lohnabrechnung = розрахунковий лист із зарплати
docname-kontoauszuege = банківські виписки
docname-bescheid = офіційне рішення
docname-krankenversicherungskarte = картка медичного страхування
docname-arbeitsvertrag = трудовий договір
docname-passfoto = фото на паспорт
docname-zeugnis = атестат або свідоцтво
docname-mutterpass = обмінна карта вагітної
