# The nationality question's options; the office reads the German names.
country-sy = Suriye
country-af = Afganistan
country-ua = Ukrayna
country-tr = Türkiye
country-iq = Irak
country-ir = İran
country-ru = Rusya
country-er = Eritre
country-stateless = Vatansız (vatandaşlığım yok)
button-other-country = Başka bir ülke
field-nationality-other = Hangi ülke? Lütfen yazın.
