# The nationality question's options; the office reads the German names.
country-sy = سوريا
country-af = أفغانستان
country-ua = أوكرانيا
country-tr = تركيا
country-iq = العراق
country-ir = إيران
country-ru = روسيا
country-er = إريتريا
country-stateless = بدون جنسية
button-other-country = بلد آخر
field-nationality-other = أي بلد؟ يُرجى كتابته.
