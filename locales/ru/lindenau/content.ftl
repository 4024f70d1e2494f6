# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = Бюро обслуживания граждан (Bürgerbüro) города Линденау
inst-lindenau-integration = Бюро интеграции города Линденау
main-text =
    Добро пожаловать в Kompass Lindenau!
    Я помогаю вам с первыми шагами в Линденау.
    Я также могу отправить ваш запрос в нужное ведомство.
    .again = Что Вам нужно?
register-text =
    Вы переехали в Линденау? Тогда вы должны зарегистрировать свой адрес.
    На это есть 2 недели после переезда.
    Где: Бюро обслуживания граждан в ратуше Линденау, Marktplatz 1.
    Возьмите с собой: паспорт и подтверждение от арендодателя (Wohnungsgeberbestätigung).
field-new-address = Какой Ваш новый адрес в Линденау? Пожалуйста, напишите латинскими буквами (A, B, C …) улицу и номер дома.
label-new-address = Новый адрес в Линденау
