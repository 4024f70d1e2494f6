# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = Ваш приём
slip-date = Дата
slip-time = Время
slip-place = Место
slip-bring = Пожалуйста, возьмите с собой
slip-reference = Номер заявки
slip-show-at-counter = Пожалуйста, покажите этот лист в окошке.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = Приём: { $institution }
calendar-reminder = Завтра у Вас приём: { $institution }
# Posters (`kompass poster`).
poster-greeting = Добро пожаловать!
poster-line = Kompass отвечает на Ваши вопросы об учреждениях и документах. На Вашем языке.
poster-scan = Отсканируйте код камерой телефона.
poster-telegram = Открыть в Telegram
poster-element = Открыть в Element
