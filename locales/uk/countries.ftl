# The nationality question's options; the office reads the German names.
# `.typed`: see locales/de/countries.ftl; the stems ("сирі") read "з Сирії" in a sentence.
country-sy = Сирія
    .typed = сирієць, сирійка, сирі
country-af = Афганістан
    .typed = афганець, афганка
country-ua = Україна
    .typed = українець, українка, україн
country-tr = Туреччина
    .typed = турок, туркеня, туреччин
country-iq = Ірак
    .typed = іракець, іракчанка
country-ir = Іран
    .typed = іранець, іранка
country-ru = Росія
    .typed = росіянин, росіянка, РФ, росі
country-er = Еритрея
    .typed = еритреєць, еритрейка, еритре
country-stateless = Без громадянства
    .typed = апатрид, особа без громадянства
button-other-country = Інша країна
    .typed = інша, інше, інший, іншу, інша країна, немає в списку
field-nationality-other = Яка країна? Будь ласка, напишіть її.
