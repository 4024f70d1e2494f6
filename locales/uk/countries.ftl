# The nationality question's options; the office reads the German names.
country-sy = Сирія
country-af = Афганістан
country-ua = Україна
country-tr = Туреччина
country-iq = Ірак
country-ir = Іран
country-ru = Росія
country-er = Еритрея
country-stateless = Без громадянства
button-other-country = Інша країна
field-nationality-other = Яка країна? Будь ласка, напишіть її.
