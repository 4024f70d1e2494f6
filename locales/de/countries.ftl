# The nationality question's options (field `nationality`, kind `choice`): the office
# reads the German names, so these are the ones in its emails.
country-sy = Syrien
country-af = Afghanistan
country-ua = Ukraine
country-tr = Türkei
country-iq = Irak
country-ir = Iran
country-ru = Russland
country-er = Eritrea
country-stateless = staatenlos
button-other-country = Anderes Land
field-nationality-other = Welches Land? Bitte schreiben Sie es.
