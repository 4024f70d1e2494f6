# The nationality question's options; the office reads the German names.
country-sy = سوریه
country-af = افغانستان
country-ua = اوکراین
country-tr = ترکیه
country-iq = عراق
country-ir = ایران
country-ru = روسیه
country-er = اریتره
country-stateless = بدون تابعیت
button-other-country = کشور دیگر
field-nationality-other = کدام کشور؟ لطفاً آن را بنویسید.
