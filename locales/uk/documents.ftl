# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = Ваш прийом
slip-date = Дата
slip-time = Час
slip-place = Місце
slip-bring = Будь ласка, візьміть із собою
slip-reference = Номер запиту
slip-show-at-counter = Будь ласка, покажіть цей аркуш у віконці.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = Прийом: { $institution }
calendar-reminder = Завтра у Вас прийом: { $institution }
# Posters (`kompass poster`).
poster-greeting = Ласкаво просимо!
poster-line = Kompass відповідає на Ваші запитання про установи й документи. Вашою мовою.
poster-scan = Відскануйте код камерою телефона.
poster-telegram = Відкрити в Telegram
poster-element = Відкрити в Element
