# The nationality question's options; the office reads the German names.
country-sy = Syria
country-af = Afghanistan
country-ua = Ukraine
country-tr = Türkiye
country-iq = Iraq
country-ir = Iran
country-ru = Russia
country-er = Eritrea
country-stateless = Stateless (no nationality)
button-other-country = Another country
field-nationality-other = Which country? Please write it.
