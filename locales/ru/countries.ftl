# The nationality question's options; the office reads the German names.
# `.typed`: see locales/de/countries.ftl; the stems ("сири") read "из Сирии" in a sentence.
country-sy = Сирия
    .typed = сириец, сирийка, сири
country-af = Афганистан
    .typed = афганец, афганка
country-ua = Украина
    .typed = украинец, украинка, украин
country-tr = Турция
    .typed = турок, турчанка, турци
country-iq = Ирак
    .typed = иракец, иракчанка
country-ir = Иран
    .typed = иранец, иранка
country-ru = Россия
    .typed = русский, русская, россиянин, россиянка, РФ, Российская Федерация, росси
country-er = Эритрея
    .typed = эритреец, эритрейка, эритре
country-stateless = Без гражданства
    .typed = апатрид, лицо без гражданства
button-other-country = Другая страна
    .typed = другая, другое, другой, другую, иная, другая страна, нет в списке
field-nationality-other = Какая страна? Пожалуйста, напишите её.
