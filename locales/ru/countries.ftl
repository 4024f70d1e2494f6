# The nationality question's options; the office reads the German names.
country-sy = Сирия
country-af = Афганистан
country-ua = Украина
country-tr = Турция
country-iq = Ирак
country-ir = Иран
country-ru = Россия
country-er = Эритрея
country-stateless = Без гражданства
button-other-country = Другая страна
field-nationality-other = Какая страна? Пожалуйста, напишите её.
