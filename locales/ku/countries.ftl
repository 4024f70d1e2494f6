# The nationality question's options; the office reads the German names.
country-sy = Sûriye
country-af = Efxanistan
country-ua = Ûkrayna
country-tr = Tirkiye
country-iq = Iraq
country-ir = Îran
country-ru = Rûsya
country-er = Erîtrea
country-stateless = Bêwelat (bê hemwelatîbûn)
button-other-country = Welatekî din
field-nationality-other = Kîjan welat? Ji kerema xwe wê binivîsin.
