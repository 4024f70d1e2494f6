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
cmd-menu = Главное меню
cmd-back = Назад
    .typed = вернуться, вернись, обратно
cmd-language = Сменить язык
    .typed = язык, сменить язык
cmd-cancel = Отменить заявку
cmd-help = Помощь
cmd-status = Мои заявки
    .typed = моя заявка, статус
    .asked = заявк, запрос, ответ
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
not-understood-question-page = Возможно, ответ уже есть на этой странице. Если нет: Вам может помочь сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю Ваш вопрос туда.
not-understood-question-page-email = Возможно, ответ уже есть на этой странице. Если нет: Вам может помочь сотрудник учреждения «{ $institution }». Пожалуйста, напишите письмо на адрес { $email }.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Пожалуйста!
    .typed = спасибо, спасибо большое, большое спасибо, огромное спасибо, спасибо вам, спс, благодарю, благодарю вас, спасибо за помощь, спасибо вам большое, большое спасибо за помощь
reply-greeting = Здравствуйте!
    .typed = здравствуйте, здравствуй, привет, добрый день, доброе утро, добрый вечер, салам
reply-goodbye = До свидания! Пишите мне в любое время.
    .typed = до свидания, пока, всего доброго, всего хорошего, до встречи, спокойной ночи, бай
reply-ok = Хорошо. Выберите один из вариантов, когда будете готовы.
unsupported-message = Я могу читать только текст и фото. Пожалуйста, напишите текст или выберите один из вариантов.
text-too-long = Ваше сообщение слишком длинное. Пожалуйста, напишите не больше { $max } знаков.
attachment-not-expected = Спасибо. Сейчас мне не нужен файл.
attachment-for-request = Спасибо. Я добавлю файл к Вашей заявке: { $title }. Продолжим там.
attachment-offer-person = Спасибо. Здесь мне не нужен файл. Но его может посмотреть сотрудник учреждения «{ $institution }». Выберите «{ $button }», и я отправлю Ваш файл туда.
attachment-offer-more = Спасибо. Теперь у меня файлов: { $count }. Это все? Тогда выберите выше «{ $button }».
attachment-offer-kept = Ваш файл всё ещё у меня. Его может посмотреть сотрудник учреждения «{ $institution }». Для этого выберите «{ $button }».
offer-files-full = Я могу отправить не больше { $max } файлов за один раз. Этот файл я не сохранил. Выберите «{ $button }», и я отправлю остальные файлы в { $institution }. Потом пришлите этот файл ещё раз.
cancel-nothing = Сейчас нечего отменять.
back-nothing = Это начало. Назад идти некуда.
group-chat-only-private = Я пишу только в личных чатах. Пожалуйста, напишите мне лично.

## Forms
form-progress = Вопрос { $number } из { $total }
form-answer-now = Ваш ответ сейчас: { $answer }
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
error-date-year-only = Вы не знаете день и месяц? Тогда напишите дату как в Ваших документах, например: 00.00.1990
    .typed = не знаю, не помню, неизвестно
error-date-solar-hijri = Это дата по иранскому календарю (солнечная хиджра). По немецкому календарю это { $date }. Если это верно, выберите эту дату ниже.
error-date-too-far = До этой даты больше года. Пожалуйста, проверьте год.
error-date-year-short = Пожалуйста, напишите год четырьмя цифрами. Вы имеете в виду { $date }? Тогда выберите эту дату ниже.
error-date-month-first = В Германии сначала пишут день, потом месяц. Вы имеете в виду { $date }? Тогда выберите эту дату ниже.
error-date-ago = Учреждению нужна точная дата. Это было { $date }? Тогда выберите её ниже. Если нет, напишите, пожалуйста, дату.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Ведомству нужен точный день. Пожалуйста, напишите дату с днём, например: { $example }
error-date-still-offered = Здесь нужна дата. { $date } — это верно? Тогда выберите её ниже. Если нет, напишите, пожалуйста, дату.
answer-noted-ahead = Хорошо, это ответ на один из следующих вопросов: { $answer }. Я его записал. А сейчас, пожалуйста, ответьте на этот вопрос:
photo-kept-ahead-check = Спасибо. Это фото для одного из следующих вопросов: { $label }. Возможно, его трудно прочитать. Я спрошу Вас о нём там. А сейчас, пожалуйста, ответьте на этот вопрос:
form-question-kept = Это вопрос. Здесь я не могу на него ответить. Я отправлю его вместе с заявкой в { $institution }: там на него ответят. А сейчас, пожалуйста, ответьте на этот вопрос:
form-question-added = Это вопрос. Здесь я не могу на него ответить. Я добавил его в Вашу заявку в { $institution }: там на него ответят.
form-question-not-answer = Это вопрос. Здесь мне нужен Ваш ответ. Пожалуйста, ответьте на этот вопрос:
form-message-kept = Я отправлю Ваше сообщение вместе с заявкой в { $institution }. А сейчас, пожалуйста, ответьте на этот вопрос:
form-question-again = Ничего страшного. Вот вопрос ещё раз. Другой язык? Напишите: /language
    .typed = что, что?, простите, повторите, не понял, не поняла, не понимаю, я не понимаю, я не понял, я не поняла, что это значит, что вы имеете в виду
office-no-document = Человек говорит, что у него нет паспорта или удостоверения личности. Он написал: { $words }
    .typed = нет паспорта, паспорта нет, без паспорта, нет документов, документов нет, нет удостоверения, потерял паспорт, потеряла паспорт, никаких документов
photos-without-papers = Хорошо. Тогда я отправлю Вашу заявку без этого фото. Я сообщу ведомству, что у Вас нет документов. Ведомство скажет Вам, что делать.
form-question-goes-along =
    { $count ->
        [one] Ваше сообщение я тоже отправлю
       *[other] Ваши сообщения я тоже отправлю
    }: «{ $question }»
error-phone = Это не номер телефона. Пожалуйста, напишите его так: +49 151 23456789
error-email = Это не адрес электронной почты. Пожалуйста, напишите его так: name@example.com
email-typo-check = Вы имели в виду { $email }? Тогда выберите этот адрес ниже. Если нет, напишите, пожалуйста, адрес электронной почты ещё раз.
error-number = Пожалуйста, напишите число.
error-number-in-all = Пожалуйста, напишите одно число для всех вместе, считая Вас. Например: 3
error-number-range = Пожалуйста, напишите число от { $min } до { $max }.
error-code = Это не похоже на номер из учреждения. В таком номере есть цифры, например: 32.1-4711/24. У Вас нет такого номера? Тогда выберите «Пропустить».
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
value-photos-none = Нет: нет документов
value-interpreter-no = Переводчик не нужен
appointment-mornings = Утром (8–12 часов)
    .typed = утром, утра, утро, с утра, до обеда
appointment-afternoons = Днём (12–16 часов)
    .typed = днём, днем, после обеда, в обед
appointment-any = В любое время
    .typed = в любое время, любое время, всё равно, все равно, без разницы, когда угодно, когда вам удобно, когда скажете, в любой день
list-separator = { ", " }
office-hours = Открыто: { $hours }
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
       *[unknown] Учреждение свяжется с Вами.
    } Это может занять несколько дней.
request-failed = Я не смог отправить Вашу заявку { $reference } в { $institution }. Пожалуйста, свяжитесь с этим учреждением сами.
request-sent-write-hint = Что-то изменилось? Напишите «{ $command }». Там можно отправить сообщение по Вашей заявке.
documents-to-bring = Пожалуйста, возьмите с собой на приём эти документы:
documents-none = Вам не нужно брать с собой документы.

## My requests (/status)
status-none = У Вас пока нет заявок.
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
delete-kept = Хорошо. Ничего не удалено.

## Email to the institution (written in the institution's language)
email-subject = Заявка { $reference }: { $title }
email-intro = Через Kompass пришла новая заявка.
email-reference = Номер заявки
email-submitted-at = Дата получения
email-channel = Канал
email-person-language = Язык заявителя
email-interpreter = Переводчик
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
error-answer-letter = Пожалуйста, напишите буквами.
error-address-street = В адресе должно быть название улицы. Пожалуйста, напишите улицу, номер дома и деревню.
error-text-word = «{ $word }» не говорит ведомству, о чём речь. Пожалуйста, напишите это несколькими словами.
content-changed = Эта часть изменилась. Пожалуйста, продолжайте здесь.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Ответ: пожалуйста, ответьте в комнате Matrix вашего ведомства, в ветке с этим номером заявки. Ответ придёт человеку в его мессенджер.
email-answer-email = Ответ: ответ на это письмо придёт на адрес электронной почты человека.
email-answer-relay = Ответ: просто ответьте на это письмо. Ответ получит человек в своём мессенджере, с вложениями (PDF, фото).
email-answer-phone = Ответ: пожалуйста, позвоните человеку по указанному номеру телефона.
email-answer-none = Ответ: человек не указал контактные данные и не может получить ответ через Kompass.
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
