# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.

## Language
language-name = Русский
choose-language = Пожалуйста, выберите Ваш язык.
language-detected-confirm = Вы написали по-русски. Продолжим по-русски?
language-set = Хорошо. Я буду писать по-русски.

## Buttons
button-back = Назад
button-main-menu = Главное меню
    .typed = меню, в начало
button-yes = Да
    .typed = ага, хорошо, ок, ладно, конечно, da, horosho, khorosho, верно, правильно, всё верно, все верно, всё правильно, все правильно
button-no = Нет
    .typed = не, net, nyet
button-skip = Пропустить
    .typed = далее, дальше, нету, ничего, нет спасибо, не знаю, незнаю, не имею, у меня нет, нет у меня, не имеется, netu, u menya net, ne znayu, neznayu, dalshe, nichego
button-done = Готово
    .typed = далее, дальше, всё, все, vse, vsyo, vsio, gotovo
button-cancel = Отменить
    .typed = отмена, отменить, отмени, стоп, хватит, не хочу, я не хочу
button-send = Отправить заявку
    .typed = отправ, шли, посылай, посылайте
button-change = Что-то изменить
    .asked = измен, исправ, поменя, неправил, ошибк, неверн, но
button-other-language = Другой язык
button-continue-request = Продолжить заявку
button-back-to-summary = Назад к проверке
button-delete-yes = Да, удалить всё
button-delete-no = Нет, сохранить данные
button-interpreter-other = Другой язык

## Commands (the command menu of the messenger)
cmd-start = Начать заново
    .typed = начать сначала, начать заново, сначала, заново, с начала
cmd-menu = Главное меню
cmd-back = Назад
    .typed = вернуться, вернись, обратно
cmd-language = Сменить язык
    .typed = язык, сменить язык
    .asked = сменить язык, поменять язык, другой язык, другом языке
cmd-cancel = Отменить заявку
    .asked = отмен, отозвать
cmd-help = Помощь
    .asked = помог, помощ
cmd-status = Мои заявки
    .typed = моя заявка, статус
    .asked = заявк, запрос, ответ, zayavk, otvet
    .when = когда, прийти, приходить, приду
cmd-delete = Удалить мои данные
    .asked = удал данн, стер данн, удал все, удалит все
private-chat-only = Я пишу только в личных чатах. Пожалуйста, напишите мне напрямую: нажмите на моё имя, а потом на «Сообщение».

## Help and general answers
help-text =
    Я помогаю Вам сделать первые шаги здесь.
    Выберите один из вариантов: нажмите на него или напишите его номер.
    Вы можете использовать эти команды:
    /menu – главное меню
    /back – назад
    /language – сменить язык
    /status – мои заявки
    /cancel – отменить заявку
    /delete – удалить мои данные
not-understood = Извините, я Вас не понял. Пожалуйста, выберите один из вариантов: нажмите на него или напишите его номер.
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = На этот вопрос у меня нет ответа. Вам может помочь сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю Ваш вопрос туда.
not-understood-question-email = На этот вопрос у меня нет ответа. Вам может помочь сотрудник учреждения «{ $institution }». Пожалуйста, напишите письмо на адрес { $email }.
not-understood-question-form = На этот вопрос у меня нет ответа. Вам может помочь сотрудник учреждения «{ $institution }». Выберите ниже «{ $button }»: я отправлю Ваш вопрос вместе с заявкой. Или напишите письмо на { $email }.
not-understood-question-page = Возможно, ответ уже есть на этой странице. Если нет: Вам может помочь сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю Ваш вопрос туда.
    .asked = сколько стоит, стоимость, цена, платно, бесплатно, платить, что взять, что принести, взять с собой, какие документы, какие бумаги, как долго, сколько времени, деньги нужны, нужно платить, надо платить, платить деньги, куда идти, куда мне идти, куда обращаться
not-understood-question-page-email = Возможно, ответ уже есть на этой странице. Если нет: Вам может помочь сотрудник учреждения «{ $institution }». Пожалуйста, напишите письмо на адрес { $email }.
not-understood-question-page-form = Возможно, ответ уже есть на этой странице. Если нет: Вам может помочь сотрудник учреждения «{ $institution }». Выберите ниже «{ $button }»: я отправлю Ваш вопрос вместе с заявкой. Или напишите письмо на { $email }.
form-question-goes = Ваш вопрос отправится в ведомство вместе с этой заявкой.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Пожалуйста!
    .typed = спасибо, спасибо большое, большое спасибо, огромное спасибо, спасибо вам, спс, благодарю, благодарю вас, спасибо за помощь, спасибо вам большое, большое спасибо за помощь, spasibo
reply-greeting = Здравствуйте!
    .typed = здравствуйте, здравствуй, привет, добрый день, доброе утро, добрый вечер, салам
reply-goodbye = До свидания! Пишите мне в любое время.
    .typed = до свидания, пока, всего доброго, всего хорошего, до встречи, спокойной ночи, бай
reply-stop = Хорошо. Я пишу Вам, только когда Вы пишете мне или когда Вам отвечает ведомство. Удалить все Ваши данные: /delete
    .typed = стоп, хватит, остановись, прекрати, stop
reply-ok = Хорошо. Выберите один из вариантов, когда будете готовы.
unsupported-message = Я могу читать только текст и фото. Пожалуйста, напишите текст или выберите один из вариантов.
text-too-long = Ваше сообщение слишком длинное. Пожалуйста, напишите не больше { $max } знаков.
attachment-not-expected = Спасибо. Сейчас мне не нужен файл.
attachment-letter-help = Спасибо. Я не умею читать письма. Здесь Вы найдёте помощь с письмом. Вы также можете отправить заявку с фото письма.
attachment-letter-kept = Спасибо. Я не умею читать письма. Здесь Вы найдёте помощь с письмом. Вы также можете отправить заявку: «{ $button }». Ваше фото уже в ней.
attachment-for-sent-request = Фото для Вашей заявки { $reference }? Тогда отправьте его по электронной почте в { $institution }: { $email }. Напишите номер { $reference }.
attachment-for-request = Спасибо. Я добавлю файл к Вашей заявке: { $title }. Продолжим там.
attachment-offer-person = Спасибо. Здесь мне не нужен файл. Но его может посмотреть сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю Ваш файл туда.
attachment-offer-more = Спасибо. Теперь у меня файлов: { $count }. Это все? Тогда выберите выше «{ $button }».
attachment-offer-kept = Ваш файл всё ещё у меня. Его может посмотреть сотрудник учреждения «{ $institution }». Для этого выберите «{ $button }».
offer-files-full = Я могу отправить не больше { $max } файлов за один раз. Этот файл я не сохранил. Выберите «{ $button }», и я отправлю остальные файлы в { $institution }. Потом пришлите этот файл ещё раз.
cancel-nothing = Сейчас нечего отменять.
cancel-sent = Ваша заявка { $reference } уже в учреждении «{ $institution }». Здесь я не могу её отозвать.
back-nothing = Это начало. Назад идти некуда.
group-chat-only-private = Я пишу только в личных чатах. Пожалуйста, напишите мне лично.

## Forms
form-progress = Вопрос { $number } из { $total }
form-answer-now = Ваш ответ сейчас: { $answer }
form-answer-earlier = В прошлой заявке Вы написали: { $answer }. Если это ещё верно, выберите ✓ ниже.
    .typed = то же, то же самое, так же, как раньше, как в прошлый раз, без изменений, тот же, та же
form-resume = У Вас есть заявка, которая ещё не готова: { $title }. Сейчас мы продолжим.
form-sent-before = { $date } Вы уже отправили заявку в { $institution }: { $reference }. Это по тому же вопросу? Тогда не нужно отправлять её ещё раз.
form-sent-before-write = Напишите «{ $command }»: там Вы можете написать об этом в учреждение.
form-cancelled = Ваша заявка отменена. Ничего не отправлено.
form-draft-kept = Ваши ответы сохранены. Вы можете продолжить заявку позже.
error-text-empty = Пожалуйста, напишите что-нибудь.
error-text-too-long = Это слишком длинно. Пожалуйста, напишите не больше { $max } знаков.
error-date-invalid = Я не могу прочитать эту дату. Пожалуйста, напишите день, месяц и год цифрами, как в примере ниже.
error-date-impossible = Такой даты нет. Пожалуйста, проверьте день и месяц.
error-date-future = Эта дата в будущем. Пожалуйста, проверьте её.
error-date-past = Эта дата в прошлом. Пожалуйста, напишите более позднюю дату.
error-date-too-old = Эта дата была слишком давно. Пожалуйста, проверьте год.
error-date-year-only = Вы не знаете день и месяц? Тогда напишите дату как в Ваших документах, например: { $date }
    .typed = не знаю, не помню, неизвестно, ne znayu, ne znaju, ne znaiu, ne pomnyu, ne pomnu
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] Вы не знаете день?
       *[year] Вы не знаете день и месяц?
    } В немецких документах это пишут так: { $date }. Если это верно, выберите эту дату ниже.
error-date-persian-year = { $year } — это год персидского календаря. По нашему календарю это чаще всего { $gregorian }. Вы не знаете день и месяц? Тогда выберите ниже 00.00.{ $gregorian }.
error-date-solar-hijri = Это дата по иранскому календарю (солнечная хиджра). По немецкому календарю это { $date }. Если это верно, выберите эту дату ниже.
error-date-too-far = До этой даты больше года. Пожалуйста, проверьте год.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = Какой год Вы имеете в виду? Это { $date }? Тогда выберите эту дату ниже. Если нет, напишите, пожалуйста, дату с годом.
error-date-year-short = Пожалуйста, напишите год четырьмя цифрами. Вы имеете в виду { $date }? Тогда выберите эту дату ниже.
error-date-month-first = В Германии сначала пишут день, потом месяц. Вы имеете в виду { $date }? Тогда выберите эту дату ниже.
error-date-ago = Учреждению нужна точная дата. Это было { $date }? Тогда выберите её ниже. Если нет, напишите, пожалуйста, дату.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Ведомству нужен точный день. Пожалуйста, напишите дату с днём, например: { $example }
error-date-still-offered = Здесь нужна дата. { $date } — это верно? Тогда выберите её ниже. Если нет, напишите, пожалуйста, дату.
answer-noted-ahead = Хорошо, это ответ на один из следующих вопросов: { $answer }. Я его записал. А сейчас, пожалуйста, ответьте на этот вопрос:
answers-noted-ahead = Хорошо, это ответы на следующие вопросы: { $answers }. Я их записал. А сейчас, пожалуйста, ответьте на этот вопрос:
photo-kept-ahead-check = Спасибо. Это фото для одного из следующих вопросов: { $label }. Возможно, его трудно прочитать. Я спрошу Вас о нём там. А сейчас, пожалуйста, ответьте на этот вопрос:
form-question-kept = Это вопрос. Здесь я не могу на него ответить. Я отправлю его вместе с заявкой в { $institution }: там на него ответят. А сейчас, пожалуйста, ответьте на этот вопрос:
form-question-added = Это вопрос. Здесь я не могу на него ответить. Я добавил его в Вашу заявку в { $institution }: там на него ответят.
form-question-page = Возможно, это поможет («{ $page }»):
form-question-kept-too = Я также отправлю Ваш вопрос вместе с заявкой в { $institution }. А теперь, пожалуйста, ответьте на этот вопрос:
form-question-not-answer = Это вопрос. Здесь мне нужен Ваш ответ. Пожалуйста, ответьте на этот вопрос:
form-message-kept = Я отправлю Ваше сообщение вместе с заявкой в { $institution }. А сейчас, пожалуйста, ответьте на этот вопрос:
form-for-someone-else = Я отправлю ваше сообщение вместе с заявкой: { $institution }. Заявка для другого человека? Тогда, пожалуйста, отвечайте на вопросы о нём:
form-question-again = Ничего страшного. Вот вопрос ещё раз. Другой язык? Напишите: /language
    .typed = что, что?, простите, повторите, не понял, не поняла, не понимаю, я не понимаю, я не понял, я не поняла, что это значит, что вы имеете в виду, не понял вопрос, не поняла вопрос, не понимаю вопрос
office-no-document = Человек говорит, что у него нет запрошенного документа. Он написал: { $words }
    .typed = нет паспорта, паспорта нет, без паспорта, нет документов, документов нет, нет удостоверения, потерял паспорт, потеряла паспорт, никаких документов, нет писем, нету писем, нет бумаг, нету бумаг, нету документов
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = Человек говорит, что у него нет фамилии. Он написал: { $words }
    .typed = нет фамилии, у меня нет фамилии, без фамилии, фамилии нет
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = Человек говорит, что у него нет постоянного адреса. Он написал: { $words }
    .typed = нет адреса, без адреса, у меня нет адреса, нет жилья, живу у друга, живу у знакомых, без жилья
photos-without-papers = Хорошо. Тогда я отправлю Вашу заявку без этого фото. Я сообщу ведомству, что у Вас нет документов. Ведомство скажет Вам, что делать.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = У меня нет этого документа
    .typed = нет с собой, не со мной, документы дома, документы остались дома, документы в квартире
form-question-goes-along =
    { $count ->
        [one] Ваше сообщение я тоже отправлю
       *[other] Ваши сообщения я тоже отправлю
    }: «{ $question }»
error-phone = Это не номер телефона. Пожалуйста, напишите его так: +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words = Пожалуйста, напишите весь номер телефона цифрами (0–9), например: 0151 23456789
error-email = Это не адрес электронной почты. Пожалуйста, напишите его так: name@example.com
email-typo-check = Вы имели в виду { $email }? Тогда выберите этот адрес ниже. Если нет, напишите, пожалуйста, адрес электронной почты ещё раз.
error-number = Пожалуйста, напишите число.
error-number-in-all = Пожалуйста, напишите одно число для всех вместе, считая Вас. Например: 3
error-number-range = Пожалуйста, напишите число от { $min } до { $max }.
error-code = Это не похоже на номер из учреждения. В таком номере есть цифры, например: 32.1-4711/24. У Вас нет такого номера? Тогда выберите «Пропустить».
code-write-it = Хорошо. Пожалуйста, напишите номер. Он стоит вверху на письмах ведомства.
error-choose-option = Пожалуйста, выберите один из вариантов.
error-photo-expected = Пожалуйста, пришлите фото.
photo-needed-later = Учреждению нужно это фото. У Вас его сейчас нет? Ваши ответы сохранятся. Фото можно прислать позже: для этого выберите в меню «{ $button }».
    .typed = позже, потом, завтра, вечером
error-photo-not-pdf = Это файл PDF. Пожалуйста, пришлите фото документа.
error-file-unknown = Я не могу открыть этот файл. Пожалуйста, пришлите фото (JPEG, PNG или WebP).
error-file-too-large = Этот файл слишком большой. Пожалуйста, пришлите файл меньше { $max } МБ.
error-image-too-large = Эта картинка слишком большая. Пожалуйста, пришлите обычное фото с Вашей камеры.
photo-received =
    { $count ->
        [one] Я получил { $count } фотографию.
        [few] Я получил { $count } фотографии.
        [many] Я получил { $count } фотографий.
       *[other] Я получил { $count } фотографии.
    }
photo-send-more =
    { $missing ->
        [one] Пожалуйста, пришлите ещё { $missing } фотографию.
        [few] Пожалуйста, пришлите ещё { $missing } фотографии.
        [many] Пожалуйста, пришлите ещё { $missing } фотографий.
       *[other] Пожалуйста, пришлите ещё { $missing } фотографии.
    }
photo-more-or-done = Вы можете прислать ещё одно фото или выбрать «Готово».
photo-limit-reached = Фотографий достаточно. Спасибо.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = Вы уже отправили это фото. Я сохраню его только один раз.
interpreter-question = Вам нужен переводчик на приёме?
    .yes = не говорю по немецк, не знаю немецк, плохо говорю, немецкий плохо, плохо знаю немецк, немного говорю
    .no = не нужен, не нужно, не надо, говорю по немецк, знаю немецк, немецкий хорошо
    .unsure = не понимаю, не понял, не поняла, непонятно, не знаю
    .own = друг переведёт, друг переведет, подруга переведёт, подруга переведет, приду с другом, приду с подругой, возьму друга, сын переведёт, сын переведет, дочь переведёт, дочь переведет, муж переведёт, муж переведет, кто-то переведёт, друг переводит, подруга переводит, сын переводит, дочь переводит, муж переводит, жена переводит, друг переведе, подруга переведе, сын переведе, дочь переведе, муж переведе, жена переведе
interpreter-language-question = На каком языке должен говорить переводчик?
interpreter-language-type = Пожалуйста, напишите название языка.

## Summary and correction
summary-title = Пожалуйста, проверьте Вашу заявку:
summary-institution = Кому: { $institution }
summary-question = Всё правильно?
summary-which-field = Что Вы хотите изменить?
value-skipped = (нет ответа)
value-yes = Да
value-no = Нет
value-photos =
    { $count ->
        [one] { $count } фотография
        [few] { $count } фотографии
        [many] { $count } фотографий
       *[other] { $count } фотографии
    }
value-photos-none = нет (нет документов)
value-interpreter-no = Переводчик не нужен
appointment-mornings = Утром
    .typed = утром, утра, утро, с утра, до обеда, utrom, s utra, do obeda
appointment-afternoons = Днём
    .typed = днём, днем, после обеда, в обед, dnem, posle obeda
appointment-any = В любое время
    .typed = в любое время, любое время, всё равно, все равно, без разницы, когда угодно, когда вам удобно, когда скажете, в любой день
appointment-after-hours = Вечером учреждения закрыты. Пожалуйста, выберите ниже время, которое Вам больше подходит.
appointment-office-closed = В это время ведомство не работает.
appointment-days-open-then = В это время учреждение открыто только в эти дни: { $days }.
appointment-hour-after = после { $time }
appointment-hour-at = в { $time }
appointment-hour-until = до { $time }
list-separator = { ", " }
topics-several = Ваше сообщение подходит к нескольким темам: { $topics }. Какую Вы имеете в виду? Выберите её кнопку внизу или напишите название.
office-hours = Открыто: { $hours }
office-open-now = Сейчас открыто, до { $until }.
office-opens-today = Сейчас закрыто. Снова открыто: сегодня с { $from }.
office-opens-tomorrow = Сейчас закрыто. Снова открыто: завтра с { $from }.
office-opens-on = Сейчас закрыто. Снова открыто: { $day } с { $from }.
office-email = Эл. почта: { $email }
office-in-form =
    Вот ведомство, когда оно открыто и где оно:
    { $office }
    А сейчас, пожалуйста, ответьте на этот вопрос:
    .asked = открыт, открыто, часы работы, часы приёма, часы приема, время работы
appointment-day-from-office = Спасибо. День приёма Вам назначит ведомство. Это может быть и позже.
    .typed = как можно скорее, как можно быстрее, побыстрее, поскорее, срочно, сейчас, сразу

## After sending
request-submitted = Спасибо! Номер Вашей заявки: { $reference }. Сейчас я отправлю её в { $institution }.
request-sent = Ваша заявка { $reference } отправлена в { $institution }.
request-next =
    { $way ->
        [chat] Ответ придёт сюда, в этот чат.
        [email] Учреждение ответит Вам по электронной почте.
        [phone] Учреждение Вам позвонит.
        [message] Учреждение напишет Вам сообщение на Ваш номер телефона.
       *[unknown] Учреждение свяжется с Вами.
    } Это может занять несколько дней.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = Ваше сообщение звучит срочно. Я сообщил об этом ведомству. Вы в опасности? Тогда звоните 110 или 112.
request-failed = Я не смог отправить Вашу заявку { $reference } в { $institution }. Пожалуйста, свяжитесь с этим учреждением сами.
request-sent-write-hint = Что-то изменилось? Напишите «{ $command }». Там можно отправить сообщение по Вашей заявке.
documents-to-bring = Пожалуйста, возьмите с собой на приём эти документы:
documents-none = Вам не нужно брать с собой документы.
documents-without-papers = Вы сказали мне, что у Вас есть не все эти документы. Возьмите то, что у Вас есть. В ведомстве Вам скажут, что ещё можно сделать.

## My requests (/status)
status-none = У Вас пока нет заявок.
status-draft = Ещё не отправлено: { $title }. Чтобы закончить, выберите «{ $button }» в главном меню (/menu).
status-header = Ваши заявки:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = ждёт отправки
status-sent = отправлена
status-failed = не удалось отправить
status-closed = закрыта
status-write-hint = Хотите написать в учреждение по заявке? Выберите заявку ниже.
status-tell-office =
    Что-то неправильно или что-то изменилось? Скажите об этом в ведомстве. Назовите номер { $reference }.
    { $office }
status-question-hint = Ваш вопрос об одной из этих заявок? Выберите её ниже: я отправлю Ваш вопрос в ведомство. Ответ придёт сюда.
button-write-about = Сообщение по { $reference }

## Talking to a person
person-intro = Сообщение от учреждения «{ $institution }»:
person-reply-hint = Вы можете ответить здесь. Пожалуйста, напишите Ваше сообщение.
person-start = Пожалуйста, напишите здесь Ваш вопрос. Сотрудник учреждения «{ $institution }» ответит Вам в этом чате. Это может занять несколько дней.
person-forwarded = Отправлено в { $institution }. Ответ придёт сюда.
person-question-sent = Я отправил Ваш вопрос в { $institution }. Ответ придёт сюда. Если хотите, напишите ещё что-нибудь.
person-start-request = Напишите здесь сообщение по заявке { $reference }. Я отправлю его в { $institution }. Ответ придёт сюда.
person-files-sent = Я отправил это в { $institution }. Ответ придёт сюда. Если хотите, напишите ещё что-нибудь или задайте вопрос.
person-closed = Разговор с учреждением «{ $institution }» закончен. Если Вам нужна ещё помощь, выберите пункт в меню.
person-unavailable = Извините, сейчас никто не может ответить в чате. Пожалуйста, напишите письмо на адрес { $email }.
person-unavailable-form = Извините, сейчас никто не может ответить в чате. Вы можете отправить заявку: выберите ниже «{ $button }». Или напишите письмо на адрес { $email }.
person-not-forwarded = Я не могу отправить этот файл. Пожалуйста, пришлите фото или напишите текст.
appointment-confirmed =
    У Вас приём в учреждении «{ $institution }».
    Дата: { $date }
    Время: { $time }
    Место: { $place }
appointment-reminder =
    Напоминание: завтра у Вас приём в учреждении «{ $institution }».
    Дата: { $date }
    Время: { $time }
    Место: { $place }
appointment-reminder-note = Я напомню Вам за день до приёма.
button-write-to-person = Ответить

## Delete my data (/delete)
delete-confirm = Вы хотите удалить всё, что я сохранил о Вас? Заявки, которые ещё не отправлены, тоже будут удалены.
delete-done = Готово. Я удалил все Ваши данные.
delete-sent-stay = Заявки, которые Вы уже отправили, остаются в ведомстве: { $references }. Ведомство тоже должно их удалить? Тогда напишите в ведомство и назовите номер.
delete-kept = Хорошо. Ничего не удалено.

## Email to the institution (written in the institution's language)
email-subject = Заявка { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = Заявка { $reference } (возможно, срочно): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = Возможно, срочно. Распознано в тексте человека: { $words }
email-intro = Через Kompass пришла новая заявка.
email-reference = Номер заявки
email-submitted-at = Дата получения
email-channel = Канал
email-person-language = Язык заявителя
email-earlier = Прежние заявки этого человека в Ваше учреждение через Kompass: { $requests }
email-interpreter = Переводчик
email-interpreter-no = не нужен, по словам человека
email-attachments = Вложения
email-footer = Это письмо автоматически составил Kompass.
email-part = Часть { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = Вы хотите отменить заявку «{ $title }»? Ваши ответы и фото будут удалены.
button-cancel-yes = Да, отменить
button-cancel-no = Нет, продолжить
cancel-kept = Хорошо. Ваши ответы сохранены.
unknown-command = Я не знаю эту команду.
error-name-letter = Пожалуйста, напишите имя буквами.
error-name-digit = В имени не бывает цифр. Пожалуйста, напишите только имя, как в паспорте.
error-name-label = «{ $label }» — это пункт меню. Это не имя. Пожалуйста, напишите Ваше имя, как в паспорте.
error-answer-letter = Пожалуйста, напишите буквами.
error-address-street = В адресе должно быть название улицы. Пожалуйста, напишите улицу, номер дома и деревню.
error-address-unknown = Ваш адрес есть в договоре аренды (Mietvertrag) или на письме, которое пришло в Вашу квартиру. Можно также спросить арендодателя или социального работника. Я сохраню Ваши ответы: Вы можете продолжить позже.
error-text-word = «{ $word }» не говорит ведомству, о чём речь. Пожалуйста, напишите это несколькими словами.
content-changed = Эта часть изменилась. Пожалуйста, продолжайте здесь.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Ответ: пожалуйста, ответьте в комнате Matrix вашего ведомства, в ветке с этим номером заявки. Ответ придёт человеку в его мессенджер.
email-answer-email = Ответ: ответ на это письмо придёт на адрес электронной почты человека.
email-answer-relay = Ответ: просто ответьте на это письмо. Ответ получит человек в своём мессенджере, с вложениями (PDF, фото).
email-answer-phone = Ответ: пожалуйста, позвоните человеку по указанному номеру телефона.
email-answer-message = Ответ: человек просит написать сообщение вместо звонка. Пожалуйста, напишите ему на указанный номер телефона.
email-answer-none = Ответ: человек не указал контактные данные и не может получить ответ через Kompass.
email-answer-language = Человек говорит на языке: { $language }. Пожалуйста, пишите или говорите на простом немецком, короткими предложениями.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = Человек говорит на языке: { $language }. Пожалуйста, пишите или говорите по-английски или на простом немецком, короткими предложениями.
contact-needed = Чтобы учреждение могло Вам ответить, укажите, пожалуйста, номер телефона или адрес электронной почты.
contact-needed-visit = У Вас нет ни телефона, ни электронной почты? Тогда, пожалуйста, приходите в учреждение сами: { $address }
document-received =
    { $count ->
        [one] Я получил { $count } документ (PDF).
        [few] Я получил { $count } документа (PDF).
       *[other] Я получил { $count } документов (PDF).
    }
value-documents =
    { $count ->
        [one] { $count } документ (PDF)
        [few] { $count } документа (PDF)
       *[other] { $count } документов (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = Я пишу только в чатах с одним человеком: Ваши вопросы и документы — личные. Я выхожу из этой комнаты. Пожалуйста, напишите мне в личный чат.
matrix-undecryptable = Я не смог прочитать Ваше последнее сообщение. Пожалуйста, отправьте его ещё раз.

## Терминальный чат (kompass chat): его собственные сообщения
terminal-photo-hint = (Терминал: /photo ПУТЬ отправляет файл.)
terminal-not-utf8 = Я не могу прочитать эту строку. Пожалуйста, напишите её ещё раз.
terminal-file-missing = Файла { $path } нет.
terminal-file-not-regular = Это не обычный файл: { $path }. Пожалуйста, укажите путь к фото.
terminal-file-unreadable = Я не могу открыть этот файл: { $path }.
terminal-emails-queued = Письма, которые ещё ждут: { $count }. Я отправлю их при следующем запуске.

## Edits (Telegram and Matrix)
edit-not-applied = Вы изменили сообщение. Изменения я не читаю. Пожалуйста, отправьте правильный ответ ещё раз новым сообщением.
