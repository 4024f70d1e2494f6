# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = Бюро громадян (Bürgerbüro) міста Лінденау
inst-lindenau-integration = Бюро з інтеграції міста Лінденау
main-text =
    Ласкаво просимо до Kompass Lindenau!
    Я допомагаю вам із першими кроками в Лінденау.
    Я також можу надіслати ваш запит у потрібне відомство.
    .again = Що Вам потрібно?
register-text =
    Ви переїхали до Лінденау? Тоді ви повинні зареєструвати свою адресу.
    На це є 2 тижні після переїзду.
    Де: Бюро громадян у ратуші Лінденау, Marktplatz 1.
    Візьміть із собою: паспорт і підтвердження від орендодавця (Wohnungsgeberbestätigung).
field-new-address = Яка Ваша нова адреса в Лінденау? Будь ласка, напишіть латинськими літерами (A, B, C …) вулицю і номер будинку.
label-new-address = Нова адреса в Лінденау
