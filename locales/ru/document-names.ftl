# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = загранпаспорт
docname-personalausweis = удостоверение личности (ID-карта)
docname-aufenthaltstitel = вид на жительство
docname-aufenthaltsgestattung = разрешение на пребывание на время процедуры убежища
docname-duldung = временная приостановка депортации
docname-meldebescheinigung = справка о регистрации по месту жительства
docname-wohnungsgeberbestaetigung = подтверждение арендодателя
docname-mietvertrag = договор аренды
docname-geburtsurkunde = свидетельство о рождении
docname-heiratsurkunde = свидетельство о браке
docname-lohnabrechnung = расчётный лист по зарплате
docname-kontoauszuege = выписки из банковского счёта
docname-bescheid = официальное решение
docname-krankenversicherungskarte = карта медицинского страхования
docname-arbeitsvertrag = трудовой договор
docname-passfoto = фото на паспорт
docname-zeugnis = аттестат или свидетельство
docname-mutterpass = обменная карта беременной
