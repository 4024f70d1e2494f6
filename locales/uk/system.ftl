# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.

## Language
language-name = Українська
choose-language = Будь ласка, оберіть Вашу мову.
language-detected-confirm = Ви написали українською. Продовжимо українською?
language-set = Добре. Я буду писати українською.

## Buttons
button-back = Назад
button-main-menu = Головне меню
    .typed = меню, на початок
button-yes = Так
    .typed = ага, добре, гаразд, ок, звичайно, tak, dobre, правильно, вірно, все правильно, все вірно, усе правильно
button-no = Ні
    .typed = не, ni
button-skip = Пропустити
    .typed = далі, немає, нічого, ні дякую, не знаю, незнаю, не маю, нема, немає у мене, у мене немає, nemaye, nemae, ne mayu, u mene nemaye, ne znayu, dali, nichoho
button-done = Готово
    .typed = далі, все, усе, vse, hotovo, gotovo
button-cancel = Скасувати
button-send = Надіслати запит
    .typed = надісл, надішл, відправ, шли, надсилай, надсилайте
button-change = Щось змінити
    .asked = змін, виправ, поміня, неправил, помилк, невірн, але
button-other-language = Інша мова
button-continue-request = Продовжити мій запит
button-back-to-summary = Назад до огляду
button-delete-yes = Так, видалити все
button-delete-no = Ні, залишити мої дані
button-interpreter-other = Інша мова

## Commands (the command menu of the messenger)
cmd-start = Почати знову
cmd-menu = Головне меню
cmd-back = Назад
    .typed = повернутися, повернутись, повернися
cmd-language = Змінити мову
    .typed = мова, змінити мову
cmd-cancel = Скасувати мій запит
cmd-help = Допомога
cmd-status = Мої запити
    .typed = мій запит, статус, мої заявки, моя заявка, мої заяви
    .asked = запит, заявк, відповід
cmd-delete = Видалити мої дані
    .asked = видал дані, видал даних, стер дані, видал все
private-chat-only = Я пишу тільки в особистих чатах. Будь ласка, напишіть мені напряму: натисніть на моє ім’я, а потім на «Повідомлення».

## Help and general answers
help-text =
    Я допомагаю Вам зробити перші кроки тут.
    Оберіть один із варіантів: натисніть на нього або напишіть його номер.
    Ви можете використовувати ці команди:
    /menu – головне меню
    /back – назад
    /language – змінити мову
    /status – мої запити
    /cancel – скасувати мій запит
    /delete – видалити мої дані
not-understood = Вибачте, я не розумію. Будь ласка, оберіть один із варіантів: натисніть на нього або напишіть його номер.
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = На це запитання я не маю відповіді. Вам може допомогти працівник установи «{ $institution }». Виберіть «{ $button }», і я надішлю туди Ваше запитання.
not-understood-question-email = На це запитання я не маю відповіді. Вам може допомогти працівник установи «{ $institution }». Будь ласка, напишіть електронний лист на адресу { $email }.
not-understood-question-page = Можливо, відповідь уже є на цій сторінці. Якщо ні: Вам може допомогти працівник установи «{ $institution }». Виберіть «{ $button }», і я надішлю туди Ваше запитання.
not-understood-question-page-email = Можливо, відповідь уже є на цій сторінці. Якщо ні: Вам може допомогти працівник установи «{ $institution }». Будь ласка, напишіть електронний лист на адресу { $email }.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Будь ласка!
    .typed = дякую, дуже дякую, щиро дякую, дякую вам, дякую велике, спасибі, дяки, дякс, дякую за допомогу, дуже дякую за допомогу, красно дякую
reply-greeting = Вітаю!
    .typed = привіт, вітаю, добрий день, доброго дня, добрий ранок, доброго ранку, добрий вечір, доброго вечора
reply-goodbye = До побачення! Пишіть мені будь-коли.
    .typed = до побачення, бувай, бувайте, па, на все добре, до зустрічі, гарного дня, на добраніч
reply-ok = Добре. Виберіть один із варіантів, коли будете готові.
unsupported-message = Я можу читати тільки текст і фото. Будь ласка, напишіть текст або оберіть один із варіантів.
text-too-long = Ваше повідомлення задовге. Будь ласка, напишіть коротше. Максимум символів: { $max }.
attachment-not-expected = Дякую. Зараз мені не потрібен файл.
attachment-for-request = Дякую. Я додам файл до Вашого запиту «{ $title }». Продовжимо його.
attachment-offer-person = Дякую. Тут мені не потрібен файл. Але його може переглянути працівник установи «{ $institution }». Виберіть «{ $button }», і я надішлю туди Ваш файл.
attachment-offer-more = Дякую. Тепер у мене файлів: { $count }. Це всі? Тоді виберіть вище «{ $button }».
attachment-offer-kept = Ваш файл досі в мене. Його може переглянути працівник установи «{ $institution }». Для цього виберіть «{ $button }».
offer-files-full = Я можу надіслати не більше { $max } файлів за один раз. Цей файл я не зберіг. Виберіть «{ $button }»: тоді я надішлю інші до установи «{ $institution }». Потім надішліть цей файл ще раз.
cancel-nothing = Зараз нічого скасовувати.
back-nothing = Це початок. Назад повернутися не можна.
group-chat-only-private = Я спілкуюся тільки в приватних чатах. Будь ласка, напишіть мені напряму.

## Forms
form-progress = Питання { $number } з { $total }
form-answer-now = Ваша відповідь зараз: { $answer }
form-resume = У Вас є незавершений запит: { $title }. Зараз ми продовжимо.
form-sent-before = { $date } Ви вже надіслали запит до установи «{ $institution }»: { $reference }. Це щодо того самого питання? Тоді не потрібно надсилати його ще раз.
form-sent-before-write = Напишіть «{ $command }»: там Ви можете написати про це установі.
form-cancelled = Ваш запит скасовано. Нічого не надіслано.
form-draft-kept = Ваші відповіді збережено. Ви можете продовжити запит пізніше.
error-text-empty = Будь ласка, напишіть щось.
error-text-too-long = Текст задовгий. Будь ласка, напишіть коротше. Максимум символів: { $max }.
error-date-invalid = Я не можу прочитати цю дату. Будь ласка, напишіть день, місяць і рік цифрами, як у прикладі нижче.
error-date-impossible = Такої дати немає. Будь ласка, перевірте день і місяць.
error-date-future = Ця дата ще не настала. Будь ласка, перевірте її.
error-date-past = Ця дата вже минула. Будь ласка, напишіть пізнішу дату.
error-date-too-old = Ця дата дуже давня. Будь ласка, перевірте рік.
error-date-year-only = Ви не знаєте день і місяць? Тоді напишіть дату як у Ваших документах, наприклад: 00.00.1990
    .typed = не знаю, не пам'ятаю, невідомо
error-date-solar-hijri = Це дата за іранським календарем (сонячна хіджра). За німецьким календарем це { $date }. Якщо це правильно, оберіть цю дату нижче.
error-date-too-far = До цієї дати більше ніж рік. Будь ласка, перевірте рік.
error-date-year-short = Будь ласка, напишіть рік чотирма цифрами. Ви маєте на увазі { $date }? Тоді оберіть цю дату нижче.
error-date-month-first = У Німеччині спочатку пишуть день, потім місяць. Ви маєте на увазі { $date }? Тоді оберіть цю дату нижче.
error-date-ago = Установі потрібна точна дата. Це було { $date }? Тоді оберіть її нижче. Якщо ні, напишіть, будь ласка, дату.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Відомству потрібен точний день. Будь ласка, напишіть дату з днем, наприклад: { $example }
error-date-still-offered = Тут потрібна дата. { $date } — це правильно? Тоді оберіть її нижче. Якщо ні, напишіть, будь ласка, дату.
answer-noted-ahead = Добре, це відповідь на одне з наступних питань: { $answer }. Я її записав. А зараз, будь ласка, дайте відповідь на це питання:
photo-kept-ahead-check = Дякую. Це фото для одного з наступних питань: { $label }. Можливо, його важко прочитати. Я запитаю Вас про нього там. А зараз, будь ласка, дайте відповідь на це питання:
form-question-kept = Це питання. Тут я не можу на нього відповісти. Я надішлю його разом із запитом до установи «{ $institution }»: там на нього дадуть відповідь. А зараз, будь ласка, дайте відповідь на це питання:
form-question-added = Це питання. Тут я не можу на нього відповісти. Я додав його до Вашого запиту до установи «{ $institution }»: там на нього дадуть відповідь.
form-question-not-answer = Це питання. Тут мені потрібна Ваша відповідь. Будь ласка, дайте відповідь на це питання:
form-message-kept = Я надішлю Ваше повідомлення разом із запитом до установи «{ $institution }». А зараз, будь ласка, дайте відповідь на це питання:
form-question-again = Нічого страшного. Ось питання ще раз. Інша мова? Напишіть: /language
    .typed = що, що?, перепрошую, повторіть, не зрозумів, не зрозуміла, не розумію, я не розумію, що це означає, що ви маєте на увазі
office-no-document = Людина каже, що не має паспорта чи посвідчення особи. Вона написала: { $words }
    .typed = немає паспорта, немає паспорту, паспорта немає, не маю паспорта, не маю паспорту, без паспорта, без паспорту, немає документів, загубив паспорт, загубила паспорт
form-question-goes-along =
    { $count ->
        [one] Ваше повідомлення я теж надішлю
       *[other] Ваші повідомлення я теж надішлю
    }: «{ $question }»
error-phone = Це не номер телефону. Будь ласка, напишіть його так: +49 151 23456789
error-email = Це не адреса електронної пошти. Будь ласка, напишіть її так: name@example.com
email-typo-check = Ви мали на увазі { $email }? Тоді оберіть цю адресу нижче. Якщо ні, напишіть, будь ласка, адресу електронної пошти ще раз.
error-number = Будь ласка, напишіть число.
error-number-in-all = Будь ласка, напишіть одне число для всіх разом, враховуючи Вас. Наприклад: 3
error-number-range = Будь ласка, напишіть число від { $min } до { $max }.
error-code = Це не схоже на номер від установи. У такому номері є цифри, наприклад: 32.1-4711/24. У Вас немає такого номера? Тоді виберіть «Пропустити».
error-choose-option = Будь ласка, оберіть один із варіантів.
error-photo-expected = Будь ласка, надішліть фото.
photo-needed-later = Установі потрібне це фото. У Вас його зараз немає? Ваші відповіді збережуться. Фото можна надіслати пізніше: для цього виберіть у меню «{ $button }».
    .typed = пізніше, потім, завтра, увечері
error-photo-not-pdf = Це файл PDF. Будь ласка, надішліть фото документа.
error-file-unknown = Я не можу відкрити цей файл. Будь ласка, надішліть фото (JPEG, PNG або WebP).
error-file-too-large = Цей файл завеликий. Будь ласка, надішліть файл, менший за { $max } МБ.
error-image-too-large = Це зображення завелике. Будь ласка, надішліть звичайне фото з камери.
photo-received =
    { $count ->
        [one] Отримано { $count } фото.
        [few] Отримано { $count } фото.
        [many] Отримано { $count } фото.
       *[other] Отримано { $count } фото.
    }
photo-send-more =
    { $missing ->
        [one] Будь ласка, надішліть ще { $missing } фото.
        [few] Будь ласка, надішліть ще { $missing } фото.
        [many] Будь ласка, надішліть ще { $missing } фото.
       *[other] Будь ласка, надішліть ще { $missing } фото.
    }
photo-more-or-done = Ви можете надіслати ще одне фото або обрати «Готово».
photo-limit-reached = Фото вже достатньо. Дякую.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = Ви вже надіслали це фото. Я збережу його лише один раз.
interpreter-question = Чи потрібен Вам перекладач на прийомі?
    .yes = не розмовляю німецьк, не говорю німецьк, не знаю німецьк, погано говорю, погано знаю німецьк, трохи говорю
    .no = не потрібен, не потрібно, не треба, говорю німецьк, розмовляю німецьк, знаю німецьк
interpreter-language-question = Якою мовою має говорити перекладач?
interpreter-language-type = Будь ласка, напишіть назву мови.

## Summary and correction
summary-title = Будь ласка, перевірте Ваш запит:
summary-institution = Кому: { $institution }
summary-question = Усе правильно?
summary-which-field = Що Ви хочете змінити?
value-skipped = (немає відповіді)
value-yes = Так
value-no = Ні
value-photos =
    { $count ->
        [one] { $count } фото
        [few] { $count } фото
        [many] { $count } фото
       *[other] { $count } фото
    }
value-interpreter-no = Перекладач не потрібен
appointment-mornings = Зранку (8–12 год.)
    .typed = зранку, вранці, ранок, зранка, з ранку, до обіду
appointment-afternoons = Після обіду (12–16 год.)
    .typed = після обіду, вдень, по обіді
appointment-any = Будь-коли
    .typed = будь-коли, будь коли, все одно, без різниці, коли завгодно, коли вам зручно, коли скажете, в будь-який день
office-hours = Відкрито: { $hours }

## After sending
request-submitted = Дякую! Номер Вашого запиту: { $reference }. Зараз я надсилаю його до установи «{ $institution }».
request-sent = Ваш запит { $reference } надіслано до установи «{ $institution }».
request-next =
    { $way ->
        [chat] Відповідь прийде сюди, в цей чат.
        [email] Установа відповість Вам електронною поштою.
        [phone] Установа Вам зателефонує.
       *[unknown] Установа зв’яжеться з Вами.
    } Це може тривати кілька днів.
request-failed = Не вдалося надіслати Ваш запит { $reference } до установи «{ $institution }». Будь ласка, зверніться до установи напряму.
request-sent-write-hint = Щось змінилося? Напишіть «{ $command }». Там можна надіслати повідомлення щодо Вашого запиту.
documents-to-bring = Будь ласка, візьміть ці документи на прийом:
documents-none = Вам не потрібно брати документи.

## My requests (/status)
status-none = У Вас ще немає запитів.
status-header = Ваші запити:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = чекає на надсилання
status-sent = надіслано
status-failed = не вдалося надіслати
status-closed = закрито
status-write-hint = Хочете написати установі щодо запиту? Виберіть запит нижче.
status-question-hint = Ваше питання щодо одного з цих запитів? Оберіть його нижче: я надішлю Ваше питання до установи. Відповідь прийде сюди.
button-write-about = Повідомлення щодо { $reference }

## Talking to a person
person-intro = Повідомлення від установи «{ $institution }»:
person-reply-hint = Ви можете відповісти тут. Будь ласка, напишіть Ваше повідомлення.
person-start = Будь ласка, напишіть тут Ваше запитання. Працівник установи «{ $institution }» відповість Вам у цьому чаті. Це може тривати кілька днів.
person-forwarded = Надіслано до установи «{ $institution }». Відповідь прийде сюди.
person-question-sent = Ваше запитання надіслано до установи «{ $institution }». Відповідь прийде сюди. Тут можна написати ще.
person-start-request = Напишіть тут Ваше повідомлення щодо запиту { $reference }. Я надішлю його до установи «{ $institution }». Відповідь прийде сюди.
person-files-sent = Надіслано до установи «{ $institution }». Відповідь прийде сюди. Тут можна написати ще або поставити запитання.
person-closed = Розмову з установою «{ $institution }» завершено. Якщо Вам потрібна ще допомога, оберіть пункт у меню.
person-unavailable = Вибачте, зараз ніхто не може відповісти в чаті. Будь ласка, напишіть електронний лист на адресу { $email }.
person-not-forwarded = Я не можу надіслати цей файл. Будь ласка, надішліть фото або напишіть текст.
appointment-confirmed =
    У Вас прийом в установі «{ $institution }».
    Дата: { $date }
    Час: { $time }
    Місце: { $place }
appointment-reminder =
    Нагадування: завтра у Вас прийом в установі «{ $institution }».
    Дата: { $date }
    Час: { $time }
    Місце: { $place }
appointment-reminder-note = Я нагадаю Вам за день до прийому.
button-write-to-person = Відповісти

## Delete my data (/delete)
delete-confirm = Ви хочете видалити все, що я зберігаю про Вас? Запити, які ще не надіслано, теж будуть видалені.
delete-done = Готово. Усі Ваші дані видалено.
delete-kept = Добре. Нічого не видалено.

## Email to the institution (written in the institution's language)
email-subject = Запит { $reference }: { $title }
email-intro = Через Kompass надійшов новий запит.
email-reference = Номер запиту
email-submitted-at = Отримано
email-channel = Канал
email-person-language = Мова особи
email-interpreter = Перекладач
email-attachments = Вкладення
email-footer = Цей лист створено автоматично системою Kompass.
email-part = Частина { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = Ви хочете скасувати запит «{ $title }»? Ваші відповіді та фото буде видалено.
button-cancel-yes = Так, скасувати
button-cancel-no = Ні, продовжити
cancel-kept = Добре. Ваші відповіді збережено.
unknown-command = Я не знаю цієї команди.
error-name-letter = Будь ласка, напишіть ім’я літерами.
error-name-digit = В імені не буває цифр. Будь ласка, напишіть тільки ім’я, як у паспорті.
error-answer-letter = Будь ласка, напишіть літерами.
error-address-street = В адресі має бути назва вулиці. Будь ласка, напишіть вулицю, номер будинку і село.
content-changed = Ця частина змінилася. Будь ласка, продовжуйте тут.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Відповідь: будь ласка, дайте відповідь у кімнаті Matrix вашої установи, у гілці з цим номером запиту. Відповідь надійде людині в її месенджер.
email-answer-email = Відповідь: відповідь на цей лист надійде на адресу електронної пошти людини.
email-answer-relay = Відповідь: просто дайте відповідь на цей лист. Відповідь отримає людина у своєму месенджері, з вкладеннями (PDF, фото).
email-answer-phone = Відповідь: будь ласка, зателефонуйте людині за вказаним номером телефону.
email-answer-none = Відповідь: людина не вказала контактних даних і не може отримати відповідь через Kompass.
contact-needed = Щоб установа могла Вам відповісти, вкажіть, будь ласка, номер телефону або адресу електронної пошти.
contact-needed-visit = У Вас немає ні телефону, ні електронної пошти? Тоді, будь ласка, прийдіть до установи особисто: { $address }
document-received =
    { $count ->
        [one] Я отримав { $count } документ (PDF).
        [few] Я отримав { $count } документи (PDF).
       *[other] Я отримав { $count } документів (PDF).
    }
value-documents =
    { $count ->
        [one] { $count } документ (PDF)
        [few] { $count } документи (PDF)
       *[other] { $count } документів (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = Я пишу тільки в чатах з однією людиною: Ваші питання і документи — особисті. Я виходжу з цієї кімнати. Будь ласка, напишіть мені в особистий чат.
matrix-undecryptable = Я не зміг прочитати Ваше останнє повідомлення. Будь ласка, надішліть його ще раз.

## Термінальний чат (kompass chat): його власні повідомлення
terminal-photo-hint = (Термінал: /photo ШЛЯХ надсилає файл.)
terminal-not-utf8 = Я не можу прочитати цей рядок. Будь ласка, напишіть його ще раз.
terminal-file-missing = Файлу { $path } немає.
terminal-file-not-regular = Це не звичайний файл: { $path }. Будь ласка, вкажіть шлях до фото.
terminal-file-unreadable = Я не можу відкрити цей файл: { $path }.
terminal-emails-queued = Листи, які ще чекають: { $count }. Я надішлю їх під час наступного запуску.

## Edits (Telegram and Matrix)
edit-not-applied = Ви змінили повідомлення. Зміни я не читаю. Будь ласка, надішліть правильну відповідь ще раз новим повідомленням.
