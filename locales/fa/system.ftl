# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Persian (Farsi, readable for Dari speakers): machine-assisted draft, not yet reviewed by a
# native speaker (docs/translations.md). Words shared by Iranian Persian and Dari are preferred.

## Language
language-name = فارسی
choose-language = لطفاً زبان خود را انتخاب کنید.
language-detected-confirm = شما به { $language } نوشتید. به { $language } ادامه بدهیم؟
language-set = خوب. من به زبان فارسی می‌نویسم.
language-dari-noted = فارسی به دری نزدیک است. به اداره می‌گویم که زبان شما دری است.

## Buttons
button-back = برگشت
button-main-menu = منوی اصلی
    .typed = منو
button-yes = بله
    .typed = آره, باشه, بلی, بله درسته, bale, baleh, areh, درسته, درست است, همه درسته, همه درست است, صحیح, صحیح است, ها, بلی صاحب, balee, bali, bale dorost e, baleh dorost e, bale doroste, baleh doroste, dorost e, doroste, dorost
button-no = نه
    .typed = نخیر, na, nakheir, nakhair
button-skip = رد شدن
    .typed = بعدی, ندارم, هیچ, هیچی, نه ممنون, نمی‌دانم, نمیدانم, نمیدونم, نمی‌دونم, نه ندارم, nadaram, nadarom, nadarum, hich, hichi, nemidanam, nemidonam, رد, چیز دیگه ای نیست, چیز دیگری نیست, دیگه هیچی
button-done = تمام
    .typed = بعدی, تموم, تمام شد, بس, tamum, tamoom, tamam shod, بسه, کافیه, کافی است, basse, kafie, tamom, tamoom shod, tamum shod
button-cancel = لغو
    .typed = لغو کن, لغوش کن, کنسل, نمیخوام, نمی‌خواهم, نمیخواهم, بس کن, ولش کن
button-send = فرستادن درخواست
    .typed = بفرست, فرستاد, ارسال, بفرستید, بفرستش, ارسال کن, ارسال کنید, تایید, تأیید, befrest, befrestid, ersal, ersal kon
button-change = تغییر دادن
    .asked = تغییر, عوض, اشتباه, غلط, اصلاح, درست نیست, اما, ولی
button-other-language = زبان دیگر
button-continue-request = ادامه درخواست من
    .asked = کجا بودم, کجا بودیم, کجا موندم, کجا ماندم, تا کجا رفتیم
button-back-to-summary = برگشت به خلاصه
button-delete-yes = بله، همه چیز را پاک کن
button-delete-no = نه، اطلاعاتم بماند
button-interpreter-other = زبان دیگر

## Commands (the command menu of the messenger)
cmd-start = شروع دوباره
    .typed = از اول, از نو, دوباره شروع, شروع از اول, az aval, az avval
cmd-menu = منوی اصلی
cmd-back = برگشت
    .typed = برگرد, بازگشت, برگردم, عقب, bargasht, bargard, bargardim, bargard aghab, aghab
cmd-language = تغییر زبان
    .typed = زبان, تغییر زبان
    .asked = زبان را عوض, زبان عوض, تغییر زبان, زبان دیگر
cmd-cancel = لغو درخواست من
    .asked = لغو, کنسل, laghv, cancel, دیگر لازم نیست, دیگه لازم ندارم
cmd-help = کمک
    .asked = کمک
cmd-status = درخواست‌های من
    .typed = درخواست من
    .asked = درخواست, جواب, پاسخ, darkhast, javab, دریافت کرد, به دستشان رسید, به دستتان رسید
    .when = چه وقت, چه زمانی, بیایم, بیام
    .sent = فرستاده, فرستادی, فرستادید, ارسال شد, رسید, دستشان, جواب, پاسخ, ferestade, ferestadi, ferestadid, ersal shod, rasid, resid, residesh, rasidesh, rasid ya na, rasid ya ne
cmd-delete = پاک کردن اطلاعات من
    .asked = اطلاعات پاک, اطلاعات حذف, اطلاعاتم پاک, اطلاعاتم حذف, معلومات مرا پاک, معلوماتم را پاک, معلومات من پاک, معلوماتم پاک, معلومات مرا حذف, معلوماتم را حذف
private-chat-only = من فقط در چت خصوصی صحبت می‌کنم. لطفاً مستقیم به من پیام بدهید: روی نام من بزنید و بعد روی «پیام».

## Help and general answers
help-text =
    من در قدم‌های اول اینجا به شما کمک می‌کنم.
    یکی از گزینه‌ها را انتخاب کنید: روی آن بزنید یا شماره‌اش را بنویسید.
    از این دستورها می‌توانید استفاده کنید:
    /menu – منوی اصلی
    /back – برگشت
    /language – تغییر زبان
    /status – درخواست‌های من
    /cancel – لغو درخواست من
    /delete – پاک کردن اطلاعات من
not-understood = ببخشید، نفهمیدم. لطفاً یکی از گزینه‌ها را انتخاب کنید: روی آن بزنید یا شماره‌اش را بنویسید.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = نوبت: برای چه کاری؟ لطفاً موضوع را از پایین انتخاب کنید. آنجا می‌توانید نوبت بخواهید.
    .typed = نوبت, نوبت میخوام, نوبت می‌خواهم, وقت ملاقات, nobat, nobat mikham
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = من اینجا جواب این سؤال را ندارم. یک نفر از { $institution } می‌تواند به شما کمک کند. «{ $button }» را انتخاب کنید. بعد سؤال شما را به آنجا می‌فرستم.
not-understood-question-email = من اینجا جواب این سؤال را ندارم. یک نفر از { $institution } می‌تواند به شما کمک کند. لطفاً به { $email } ایمیل بنویسید.
not-understood-question-form = من اینجا جواب این سؤال را ندارم. یک نفر از { $institution } می‌تواند به شما کمک کند. پایین «{ $button }» را انتخاب کنید: سؤال شما را همراه درخواست می‌فرستم. یا به { $email } ایمیل بنویسید.
not-understood-question-page = شاید جواب همین‌جا در این صفحه باشد. اگر نیست: یک نفر از { $institution } می‌تواند به شما کمک کند. «{ $button }» را انتخاب کنید. بعد سؤال شما را به آنجا می‌فرستم.
    .asked = چقدر, هزینه, قیمت, پول بدم, رایگان, چه چیزی بیاورم, چی بیارم, همراه بیاورم, چه مدارکی, کدام مدارک, چه مدارکی لازم, چقدر طول, پول لازمه, پول بدیم, پول میخواد, کجا باید برم, کجا برم, کجا بروم, madarek chi, che madareki, کجاست, آدرسش کجاست, آدرس کجاست, آدرسش چیه, kojast, adresesh kojast
page-address-below = آدرس و ساعت‌های کاری پایین است.
    .asked = کجاست, آدرسش کجاست, آدرس کجاست, آدرسش چیه, kojast, adresesh kojast, چطور برم
new-here = بیشتر مردم با ثبت آدرس (Anmeldung) شروع می‌کنند، تا ۲ هفته بعد از اسباب‌کشی. پایین یک موضوع را انتخاب کنید.
    .asked = تازه رسیدم, تازه اومدم, تازه آمدم, تازه رسیدیم, تازه اومدیم, تازه آمدیم, تازه وارد, taaza amadim, taza amadim, taze amadam, taaza inja amadim, taza inja amadim, tazeh omadam, taze omadam, tazeh oomadam, tazeh amadam, tazeh residam, taze residam, tazeh omadim, taze omadim, tazeh amadim
not-understood-question-page-email = شاید جواب همین‌جا در این صفحه باشد. اگر نیست: یک نفر از { $institution } می‌تواند به شما کمک کند. لطفاً به { $email } ایمیل بنویسید.
not-understood-question-page-form = شاید جواب همین‌جا در این صفحه باشد. اگر نیست: یک نفر از { $institution } می‌تواند به شما کمک کند. پایین «{ $button }» را انتخاب کنید: سؤال شما را همراه درخواست می‌فرستم. یا به { $email } ایمیل بنویسید.
form-question-goes = سؤال شما همراه این درخواست به اداره می‌رود.
form-first-message-goes = پیام اول شما همراه این درخواست به اداره می‌رود.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = خواهش می‌کنم!
    .typed = مرسی, ممنون, ممنونم, خیلی ممنون, متشکرم, تشکر, تشکر زیاد, سپاس, سپاسگزارم, دست شما درد نکنه, دستت درد نکنه, مچکرم, ممنون از کمکتون, ممنون از کمک شما, خیلی ممنونم, مرسی از کمکتون, mersi, merci, mamnoon, mamnun, mamnunam, motashakeram, sepas, مننه, ډېره مننه, ډیره مننه
    .calling = برادر, برادرم, خواهر, خواهرم, داداش, آبجی, عزیزم, جان, رفیق, دوست من, برادر جان, خواهر جان, ورور, وروره
reply-greeting = سلام!
    .typed = سلام, سلام علیکم, درود, صبح بخیر, روز بخیر, وقت بخیر, عصر بخیر, salam, salaam, salam alaikum, سلام خوبی, سلام خوبین, چطوری, حالت چطوره, خوبی, حال شما چطوره
reply-goodbye = خدا نگهدار! هر وقت خواستید دوباره برای من بنویسید.
    .typed = خداحافظ, خدا حافظ, خدانگهدار, خدا نگهدار, بای, فعلا, شب بخیر, روز خوش
reply-stop = باشه. من فقط وقتی به شما پیام می‌دهم که شما بنویسید یا اداره‌ای جواب بدهد. برای پاک کردن همه‌ی اطلاعات‌تان: /delete
    .typed = توقف, استاپ, ایست, stop
reply-ok = خوب. هر وقت آماده بودید، یکی از گزینه‌ها را انتخاب کنید.
unsupported-message = من فقط متن و عکس را می‌توانم بخوانم. لطفاً یک متن بنویسید یا یکی از گزینه‌ها را انتخاب کنید.
text-too-long = پیام شما خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
attachment-not-expected = تشکر. الان به فایل نیازی ندارم.
attachment-letter-help = ممنون. من نمی‌توانم نامه‌ها را بخوانم. اینجا برای یک نامه کمک پیدا می‌کنید. می‌توانید یک درخواست هم بفرستید، با عکس نامه.
attachment-letter-kept = ممنون. من نمی‌توانم نامه‌ها را بخوانم. اینجا برای یک نامه کمک پیدا می‌کنید. می‌توانید یک درخواست هم بفرستید: «{ $button }». عکس شما در آن هست.
attachment-kept-for-request = ممنون. عکس شما را دارم. می‌تواند همراه یک درخواست به اداره برود: «{ $button }» را انتخاب کنید. عکس شما در آن هست.
attachment-for-sent-request = آیا این عکس برای درخواست { $reference } است؟ پس آن را با ایمیل به { $institution } بفرستید: { $email }. شماره‌ی { $reference } را هم بنویسید.
attachment-for-request = ممنون. فایل را به درخواست شما اضافه می‌کنم: { $title }. آنجا ادامه می‌دهیم.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = نامه شما یک مهلت دارد: { $date }. تا آن روز صبر نکنید. می‌توانید عکس نامه را برای من بفرستید. بعد یک نفر از مشاوره می‌تواند به شما کمک کند.
    .no-date = نامه شما یک مهلت دارد. صبر نکنید. می‌توانید عکس نامه را برای من بفرستید. بعد یک نفر از مشاوره می‌تواند به شما کمک کند.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = مدرک اقامت شما در { $date } تمام می‌شود. این زود است. همین حالا درخواست بدهید، صبر نکنید. می‌توانید اینجا به اداره بنویسید یا به آنجا بروید.
attachment-offer-person = تشکر. اینجا به فایل نیازی ندارم. یک نفر می‌تواند آن را ببیند: { $institution }. «{ $button }» را انتخاب کنید. بعد فایل شما را به آنجا می‌فرستم.
attachment-offer-more = تشکر. حالا { $count } فایل دارم. همه را فرستادید؟ اگر بله، «{ $button }» را در بالا انتخاب کنید.
attachment-offer-kept = فایل شما هنوز پیش من است. یک نفر می‌تواند آن را ببیند: { $institution }. برای این کار «{ $button }» را انتخاب کنید.
offer-files-full = من هر بار حداکثر { $max } فایل می‌توانم بفرستم. این فایل را نگه نداشتم. «{ $button }» را انتخاب کنید تا فایل‌های دیگر را به { $institution } بفرستم. بعد از آن این فایل را دوباره بفرستید.
cancel-nothing = چیزی برای لغو کردن نیست.
cancel-sent = درخواست شما { $reference } الان پیش { $institution } است. من اینجا نمی‌توانم آن را پس بگیرم. دیگر به آن نیاز ندارید؟ لطفاً به اداره بگویید. پایین می‌بینید چطور.
back-nothing = اینجا اول کار است. مرحلهٔ قبلی وجود ندارد.
group-chat-only-private = من فقط در چت خصوصی صحبت می‌کنم. لطفاً مستقیم به من پیام بدهید.

## Forms
form-progress = سؤال { $number } از { $total }
form-about-the-person = لطفاً برای کسی که برایش می‌نویسید جواب دهید.
form-asked-again-for-someone = باشه. درخواست برای شخص دیگری است. پیام شما را به { $institution } می‌فرستم. حالا دوباره درباره آن شخص می‌پرسم.
form-answer-now = جواب فعلی شما: { $answer }
form-answer-earlier = در درخواست قبلی‌تان نوشتید: { $answer }. اگر هنوز درست است، ✓ را در پایین انتخاب کنید.
    .typed = همان, همون, همان قبلی, مثل قبل, مثل دفعه قبل, تغییری نکرده
form-resume = شما یک درخواست نیمه‌تمام دارید: { $title }. حالا ادامه می‌دهیم.
form-sent-before = شما در تاریخ { $date } یک درخواست به { $institution } فرستاده‌اید: { $reference }. آیا درخواست جدید هم درباره همان موضوع است؟ اگر بله، لازم نیست دوباره بفرستید.
form-sent-before-new = درخواست برای شخص دیگری یا درباره موضوعی تازه؟ پس همین‌جا ادامه دهید.
form-sent-before-write = «{ $command }» را بنویسید: آنجا می‌توانید درباره آن به اداره بنویسید.
form-cancelled = درخواست شما لغو شد. چیزی فرستاده نشد.
form-draft-kept = جواب‌های شما ذخیره شد. بعداً می‌توانید درخواست خود را ادامه بدهید.
error-text-empty = لطفاً چیزی بنویسید.
error-text-too-long = این خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
error-date-invalid = این تاریخ را نمی‌توانم بخوانم. لطفاً روز، ماه و سال را با عدد بنویسید، مثل نمونهٔ پایین.
error-date-impossible = این تاریخ وجود ندارد. لطفاً روز و ماه را بررسی کنید.
error-date-future = این تاریخ در آینده است. لطفاً آن را بررسی کنید.
error-date-past = این تاریخ گذشته است. لطفاً یک تاریخ بعدتر بنویسید.
error-date-too-old = این تاریخ خیلی قدیمی است. لطفاً سال را بررسی کنید.
error-date-year-only = روز و ماه را نمی‌دانید؟ پس تاریخ را مثل مدارک خود بنویسید، مثلاً: { $date }
    .typed = نمی‌دانم, نمیدانم, نمیدونم, نمی دونم, خبر ندارم, معلوم نیست, nemidunam, nemidonam, nemidoonam, nmidunam, nemidanam, nemidanom
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] روز را نمی‌دانید؟
       *[year] روز و ماه را نمی‌دانید؟
    } مدارک آلمانی تاریخ را این‌طور می‌نویسند: { $date }. اگر درست است، آن را در پایین انتخاب کنید.
error-date-persian-year = { $year } سال تقویم شمسی است. در تقویم میلادی بیشتر { $gregorian } است. روز و ماه را نمی‌دانید؟ پس 00.00.{ $gregorian } را در پایین انتخاب کنید.
error-date-solar-hijri = این تاریخ به تقویم هجری شمسی است. به تقویم میلادی (آلمانی) می‌شود { $date }. اگر درست است، آن را در پایین انتخاب کنید.
error-date-too-far = این تاریخ بیشتر از یک سال بعد از امروز است. لطفاً سال را بررسی کنید.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = منظورتان کدام سال است؟ آیا { $date } است؟ اگر بله، آن را از پایین انتخاب کنید. اگر نه، تاریخ را با سال بنویسید.
error-date-year-short = لطفاً سال را با ۴ رقم بنویسید. آیا منظورتان { $date } است؟ اگر بله، آن را از پایین انتخاب کنید.
error-date-month-first = در آلمان اول روز و بعد ماه نوشته می‌شود. آیا منظورتان { $date } است؟ اگر بله، آن را از پایین انتخاب کنید.
error-date-ago = اداره روز دقیق را لازم دارد. آیا { $date } بود؟ اگر بله، آن را از پایین انتخاب کنید. اگر نه، لطفاً تاریخ را بنویسید.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = اداره روز دقیق را لازم دارد. لطفاً تاریخ را با روز بنویسید، مثلاً: { $example }
error-date-still-offered = هنوز تاریخ را برای این سؤال لازم دارم. آیا { $date } درست است؟ اگر بله، آن را از پایین انتخاب کنید. اگر نه، لطفاً تاریخ را بنویسید.
answer-noted-ahead = خوب، این جواب یک سؤال بعدی است: { $answer }. آن را یادداشت کردم. حالا لطفاً به این سؤال جواب دهید:
answer-corrected = باشه، آن را تغییر دادم: { $answer }.
answer-noted-too = این را هم یادداشت کردم: { $answer }.
answers-noted-ahead = خوب، این‌ها جواب سؤال‌های بعدی هستند: { $answers }. آن‌ها را یادداشت کردم. حالا لطفاً به این سؤال جواب دهید:
photo-kept-ahead-check = ممنون. این عکس برای یک سؤال بعدی است: { $label }. شاید خواندن آن سخت باشد. آنجا درباره آن از شما می‌پرسم. حالا لطفاً به این سؤال جواب دهید:
photo-for-question-before = ممنون. این عکس برای سؤال قبلی است: { $label }. آن را آنجا اضافه کردم.
photo-moved-here = این عکس را قبلاً فرستادید، برای: { $label }. حالا برای این سؤال است.
form-not-sent-yet-questions = این درخواست هنوز فرستاده نشده است. لطفاً به سؤال‌ها جواب دهید. در آخر آن را می‌فرستم.
form-question-kept = این یک سؤال است. من اینجا نمی‌توانم جواب بدهم. آن را همراه درخواست شما به { $institution } می‌فرستم. آنجا می‌توانند جواب بدهند. حالا لطفاً به این سؤال جواب دهید:
form-question-added = این یک سؤال است. من اینجا نمی‌توانم جواب بدهم. آن را به درخواست شما به { $institution } اضافه کردم. آنجا می‌توانند جواب بدهند.
form-not-sent-yet = این درخواست هنوز فرستاده نشده. وقتی «{ $button }» را انتخاب کنید، آن را می‌فرستم.
form-question-page = شاید این کمک کند („{ $page }“):
form-question-kept-too = سؤال شما را هم همراه درخواست‌تان به { $institution } می‌فرستم. حالا لطفاً به این سؤال جواب دهید:
form-question-not-answer = این یک سؤال است. اینجا جواب شما لازم است. لطفاً به این سؤال جواب دهید:
form-message-kept = پیام شما را همراه درخواست شما به { $institution } می‌فرستم. حالا لطفاً به این سؤال جواب دهید:
form-message-kept-too = حرف‌های شما را هم همراه درخواست به { $institution } می‌فرستم.
form-choice-first-of-several = شما بیش از یکی نوشتید. اینجا نوشتم: { $option }.
form-for-someone-else = پیام شما را همراه درخواستتان به { $institution } می‌فرستم. آیا درخواست برای شخص دیگری است؟ پس لطفاً به سؤال‌ها برای آن شخص جواب دهید:
first-message-for-someone = خوب. شما برای شخص دیگری می‌نویسید. انتخاب کنید که او چه نیاز دارد. بعد به سؤال‌ها دربارهٔ آن شخص جواب دهید. پیام شما را با درخواست می‌فرستم.
first-message-not-read = نتوانستم پیام اول شما را بخوانم: زبان شما را هنوز نمی‌دانم. لطفاً یک موضوع را در پایین انتخاب کنید، یا سؤال خود را دوباره اینجا بنویسید.
form-child-later = پیام شما را با درخواستتان به { $institution } می‌فرستم. اول درباره خود شما می‌پرسم. بعد درباره فرزندتان. حالا لطفاً به این سؤال جواب بدهید:
form-one-person-here = اینجا لطفاً فقط یک فرزند. همه اسم‌ها را برای { $institution } می‌فرستم. لطفاً اسم فرزند اول را بنویسید:
form-question-again = مشکلی نیست. این دوباره همان سؤال است. زبان دیگری می‌خواهید؟ بنویسید: /language
    .typed = چی, چه, ببخشید, نفهمیدم, متوجه نشدم, نمی‌فهمم, یعنی چی, منظورت چیه, منظورتان چیست, سوال را نفهمیدم, سوالو نفهمیدم, سوال رو نفهمیدم, سؤال را نفهمیدم, نمی‌دانم چه بنویسم, نمیدونم چی بنویسم
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = اداره این را برای درخواست شما لازم دارد. فقط اداره آن را می‌گیرد. هر وقت بخواهید می‌توانید داده‌هایتان را پاک کنید: /delete
    .asked = چرا, برای چی, برای چه, chera, baraye chi
form-slip-back = مشکلی نیست. این سؤال قبلی است: می‌توانید جواب خود را تغییر دهید.
office-no-document = این شخص می‌گوید مدرک خواسته‌شده را ندارد. پاسخ او: { $words }
    .typed = پاسپورت ندارم, گذرنامه ندارم, مدرک ندارم, هیچ مدرکی ندارم, کارت شناسایی ندارم, بدون پاسپورت, پاسپورتم گم شده, pasport nadaram, paspoort nadaram, passport nadaram, madrak nadaram, hich madraki nadaram, فقط تذکره دارم, فقط تذکره, تذکره دارم, پاسپورتم دزدیده شد, پاسپورت ندارم فقط
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = این شخص می‌گوید نام خانوادگی ندارد. نوشت: { $words }
    .typed = تخلص ندارم, فامیل ندارم, فامیلی ندارم, نام خانوادگی ندارم, تخلص نداریم, بدون تخلص, تخلص ندارد, فقط یک اسم, فقط یک نام, فقط یک اسم دارم, فقط اسم دارم, فقط نام دارم, تنها یک نام
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = این شخص می‌گوید نام کوچک ندارد و فقط یک نام دارد. نوشت: { $words }
    .typed = نام کوچک ندارم, اسم کوچک ندارم, فقط یک اسم, فقط یک نام, فقط یک اسم دارم, تنها یک نام
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = اداره این نام را لازم دارد. فقط یک نام دارید؟ پس بنویسید: فقط یک اسم
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = این شخص می‌گوید آدرس ثابتی ندارد. نوشت: { $words }
    .typed = آدرس ندارم, ادرس ندارم, بدون آدرس, خانه ندارم, جای ثابت ندارم, پیش دوستم هستم
office-writer-details = ابتدا به‌عنوان مشخصات خود نویسنده داده شد: { $words }
office-also-chosen = { $label }: به گفته شخص همچنین { $options }
photos-without-papers = باشه. درخواست شما را بدون این عکس می‌فرستم. به اداره می‌گویم که شما این مدرک را ندارید. اداره به شما می‌گوید چه کار کنید.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = این مدرک را ندارم
    .typed = ندارم, نداریم, ندارمش, اینو ندارم, ندارم اینو, nadaram, nadarim
form-question-goes-along =
    { $count ->
        [one] پیام قبلی شما را هم می‌فرستم
       *[other] پیام‌های قبلی شما را هم می‌فرستم
    }: «{ $question }»
error-phone =
    این شماره تلفن نیست. لطفاً آن را این‌طور بنویسید:
    +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words =
    لطفاً کل شماره تلفن را با عدد (0–9) بنویسید، مثلاً:
    0151 23456789
error-email = این آدرس ایمیل نیست. لطفاً آن را این‌طور بنویسید: name@example.com
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = آدرس ایمیل فاصله ندارد. من فقط بخش بعد از فاصله را خواندم.
email-typo-check = آیا منظورتان این است: { $email }؟ اگر بله، آن را از پایین انتخاب کنید. اگر نه، لطفاً آدرس ایمیل خود را دوباره بنویسید.
error-number = لطفاً یک عدد بنویسید.
error-number-in-all = لطفاً یک عدد برای همه با هم بنویسید، خودتان هم حساب هستید. مثلاً: 3
count-added-up = روی هم: { $count } نفر. این را یادداشت کردم.
date-past-deadline = این { $days } روز پیش بود. مهلت { $deadline } روز است. نگران نباشید: لطفاً این درخواست را امروز بفرستید. اداره به شما می‌گوید بعد چه می‌شود.
error-number-range = لطفاً یک عدد از { $min } تا { $max } بنویسید.
error-code = این شمارهٔ اداره نیست. شمارهٔ اداره رقم دارد، مثلاً: 32.1-4711/24. شماره ندارید؟ «رد شدن» را انتخاب کنید.
code-write-it = خوب. لطفاً شماره را بنویسید. این شماره بالای نامه‌های اداره نوشته شده است.
error-choose-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-one-option = لطفاً فقط یکی را انتخاب کنید. بعد از آن می‌توانید دیگری را انتخاب کنید.
error-one-option-form = لطفاً فقط یکی را انتخاب کنید.
error-photo-expected = لطفاً یک عکس بفرستید.
photo-needed-later = اداره به این عکس نیاز دارد. الان آن را ندارید؟ جواب‌های شما ذخیره می‌مانند. عکس را بعداً بفرستید: آن وقت در منو «{ $button }» را انتخاب کنید.
    .typed = بعدا, بعداً, فردا, امشب, بعد میفرستم, همراهم نیست, پیشم نیست, مدارکم در خانه است, مدارکم خونه است, خونه است
error-photo-not-pdf = این یک فایل PDF است. لطفاً از سند عکس بگیرید و بفرستید. فقط فایل PDF دارید؟ آن را در گوشی باز کنید، از صفحه عکس (اسکرین‌شات) بگیرید و بفرستید.
error-file-unknown = این فایل را نمی‌توانم باز کنم. لطفاً یک عکس بفرستید (JPEG، PNG یا WebP).
error-file-too-large = این فایل خیلی بزرگ است. لطفاً فایلی کوچک‌تر از { $max } مگابایت بفرستید.
error-image-too-large = این عکس خیلی بزرگ است. لطفاً یک عکس معمولی از کمره (دوربین) گوشی بفرستید.
# Persian counts with a singular noun ("2 عکس"), so `one` and `other` read alike. CLDR puts 0
# into `one` for Persian (i = 0 or n = 1): `one` keeps the number, never a word like "یک".
photo-received =
    { $count ->
        [one] { $count } عکس دریافت کردم.
       *[other] { $count } عکس دریافت کردم.
    }
photo-send-more =
    { $missing ->
        [one] لطفاً { $missing } عکس دیگر بفرستید.
       *[other] لطفاً { $missing } عکس دیگر بفرستید.
    }
photo-more-or-done = می‌توانید یک عکس دیگر بفرستید یا «تمام» را انتخاب کنید.
photo-limit-reached = عکس‌ها کافی است. تشکر.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = این عکس را قبلاً فرستاده‌اید. آن را فقط یک بار نگه می‌دارم.
interpreter-question = آیا در وقت ملاقات به مترجم نیاز دارید؟
    .yes = آلمانی بلد نیستم, آلمانی نمی‌دانم, آلمانی نمیدانم, آلمانی نمیدونم, آلمانی ضعیف, آلمانی کم, آلمانی بلد نیست, آلمانی نمی‌داند, آلمانی نمیداند, آلمانی نمیدونه, مترجم لازم دارد, مترجم میخواد, مترجم می‌خواهد, با مترجم, گاهی, بعضی وقتا, فقط برای وقت ملاقات, فقط برای قرار
    .no = مترجم نمی‌خواهم, مترجم نمیخواهم, نیازی نیست, لازم نیست, احتیاج ندارم, آلمانی بلدم, آلمانی می‌دانم, آلمانی میدانم, آلمانی بلد است, آلمانی بلده, آلمانی می‌داند, آلمانی میداند, نیاز ندارد, لازم ندارد
    .unsure = نفهمیدم, نمی‌فهمم, نمیفهمم, متوجه نشدم, نمی‌دانم, نمیدانم, نمیدونم
    .own = دوستم ترجمه میکنه, دوستم ترجمه می‌کند, دوستم را میارم, دوستمو میارم, پسرم ترجمه میکنه, دخترم ترجمه میکنه, شوهرم ترجمه میکنه, کسی ترجمه میکنه, یکی ترجمه میکنه, دوستم ترجمه, پسرم ترجمه, دخترم ترجمه, شوهرم ترجمه, همسرم ترجمه, خانمم ترجمه, پسرم ترجمه می کند, دخترم ترجمه می کند, شوهرم ترجمه می کند, پسرم ترجمه میکند, دخترم ترجمه میکند, شوهرم ترجمه میکند, خودم ترجمه میکنم, خودم ترجمه می کنم
    .need = لازم دارد, نیاز دارد, احتیاج دارد, میخواد, می‌خواهد, لازم داره, نیاز داره
interpreter-language-question = مترجم به چه زبانی صحبت کند؟
interpreter-language-type = لطفاً نام زبان را بنویسید.
interpreter-question-for-someone = آیا این شخص در وقت ملاقات به مترجم نیاز دارد؟

## Summary and correction
summary-title = لطفاً درخواست خود را بررسی کنید:
summary-institution = به: { $institution }
summary-question = آیا همه چیز درست است؟
summary-which-field = چه چیزی را می‌خواهید تغییر بدهید؟
value-skipped = (بدون جواب)
value-yes = بله
value-no = نه
value-photos =
    { $count ->
        [one] { $count } عکس
       *[other] { $count } عکس
    }
value-photos-none = هیچ (بدون مدرک)
value-interpreter-no = به مترجم نیاز نیست
appointment-mornings = صبح‌ها
    .typed = صبح, قبل از ظهر, قبلازظهر, sobh, sobha
appointment-afternoons = بعد از ظهرها
    .typed = بعد از ظهر, بعدازظهر, ظهر, عصر
appointment-any = هر وقت
    .typed = هر وقت, هر زمان, فرقی نمیکند, فرقی نمیکنه, فرق نمیکنه, هر وقت شما بخواهید, هر وقت خواستید, هر وقت که بخواهید, هر روز
appointment-none = هیچ وقتی مناسب نیست
    .typed = هیچکدام, هیچ کدام, هیچ‌کدام, هیچکدوم, هیچ کدوم, هیچ وقتی, هیچ ساعتی, hich vaghti, hich vaght, hichkodam, hich kodam, hich saati
appointment-none-when = چه زمانی می‌توانید بیایید؟ با کلمات خودتان بنویسید. مثلاً: دوشنبه‌ها نه، یا فقط بعد از ساعت ۱۰. اداره برای شما وقتی پیدا می‌کند.
appointment-after-hours = اداره‌ها شب‌ها بسته هستند. لطفاً از پایین وقتی را انتخاب کنید که برای شما بهتر است.
appointment-office-closed = اداره در این زمان باز نیست.
appointment-days-open-then = اداره در این ساعت فقط در این روزها باز است: { $days }.
appointment-hour-after = از ساعت { $time } به بعد
appointment-hour-at = ساعت { $time }
appointment-hour-until = تا ساعت { $time }
list-separator = { "، " }
topics-several = پیام شما به چند موضوع می‌خورد: { $topics }. منظور شما کدام است؟ دکمهٔ آن را در پایین انتخاب کنید یا نامش را بنویسید.
office-hours = باز: { $hours }
office-open-now = الان باز است، تا { $until }.
office-opens-today = الان بسته است. دوباره باز می‌شود: امروز از { $from }.
office-opens-tomorrow = الان بسته است. دوباره باز می‌شود: فردا از { $from }.
office-opens-on = الان بسته است. دوباره باز می‌شود: { $day } از { $from }.
office-email = ایمیل: { $email }
office-phone = تلفن: { $phone }
office-in-form =
    این اداره است، چه وقت باز است و کجاست:
    { $office }
    حالا لطفاً به این سؤال جواب دهید:
    .asked = باز است, باز هست, بازه, ساعت کاری, ساعات کاری, ساعت اداری
appointment-day-from-office = ممنون. روز وقت ملاقات را اداره به شما می‌گوید. ممکن است دیرتر هم باشد.
    .typed = هر چه زودتر, هرچه زودتر, در اسرع وقت, فوری, فورا, الان, زود

## After sending
request-submitted = تشکر! شماره درخواست شما { $reference } است. حالا آن را به { $institution } می‌فرستم.
request-sent = درخواست شما (شمارهٔ { $reference }) به { $institution } فرستاده شد.
request-next =
    { $way ->
        [chat] جواب همین‌جا در این چت می‌آید.
        [email] اداره با ایمیل به شما جواب می‌دهد.
        [phone] اداره به شما زنگ می‌زند.
        [message] اداره به شماره تلفن شما پیام می‌نویسد.
        [letter] اداره برای شما نامه می‌فرستد.
       *[unknown] اداره با شما تماس می‌گیرد.
    } این ممکن است چند روز طول بکشد.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = پیام شما فوری به نظر می‌رسد. این را به اداره گفتم.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = در خطر هستید؟ پس با 110 یا 112 تماس بگیرید.
request-urgent-letter = نامه چند روز طول می‌کشد. نمی‌توانید صبر کنید؟ پس لطفاً خودتان به اداره بروید.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = کسی خیلی مریض است؟ شب‌ها و آخر هفته: با 116117 تماس بگیرید. خطر جانی: 112.
request-failed = نتوانستم درخواست شما (شمارهٔ { $reference }) را به { $institution } بفرستم. لطفاً مستقیم با اداره تماس بگیرید.
request-sent-write-hint = چیزی تغییر کرده است؟ «{ $command }» را بنویسید. آنجا می‌توانید درباره درخواست خود پیام بفرستید.
documents-to-bring = لطفاً این مدارک را روز ملاقات با خود بیاورید:
documents-none = لازم نیست مدرکی بیاورید.
documents-without-papers = بعضی از این مدارک را ندارید؟ هر چه دارید بیاورید. اداره به شما می‌گوید چه کار دیگری می‌توانید بکنید.

## My requests (/status)
status-none = شما هنوز درخواستی ندارید.
status-reference-unknown = درخواست { $reference } اینجا پیش من نیست. شاید اطلاعات خود را پاک کرده‌اید. اداره هنوز درخواست را دارد. به اداره زنگ بزنید یا بنویسید و این شماره را بگویید.
status-reference-not-yours = درخواست { $reference } را نمی‌شناسم. لطفاً شماره را بررسی کنید. درخواست‌های شما پایین است.
status-draft = هنوز فرستاده نشده: { $title }. برای تمام کردن آن، در منوی اصلی (/menu) «{ $button }» را انتخاب کنید.
status-header = درخواست‌های شما:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = در انتظار فرستادن
status-sent = فرستاده شد
status-failed = فرستاده نشد
status-closed = بسته شد
status-cancel-asked = فرستاده شد. در { $date } خواستید آن را لغو کنید.
status-long-wait =
    شما آن را { $days } روز پیش فرستادید. هنوز جواب نیامده؟ لطفاً به اداره زنگ بزنید یا به آنجا بروید:
    { $office }
status-call-office =
    می‌توانید به اداره زنگ بزنید یا به آنجا بروید:
    { $office }
    .asked = شماره تلفن اداره, شماره اداره, شماره تلفنشان, شماره تماس اداره, میتونم زنگ بزنم, می‌توانم زنگ بزنم, چطور زنگ بزنم, شماره شون چیه, شماره‌شان چیست, شماره تلفن دارند, شماره تلفن دفتر, شماره دفتر, شماره تلفن اداره را میخواهم, شماره تلفن شهرداری
status-write-hint = می‌خواهید درباره یک درخواست به اداره بنویسید؟ درخواست را در پایین انتخاب کنید.
status-tell-office =
    چیزی اشتباه است یا چیزی تغییر کرده است؟ به اداره بگویید. شماره { $reference } را بگویید.
    { $office }
status-question-hint = آیا سؤال شما درباره یکی از این درخواست‌ها است؟ آن را در پایین انتخاب کنید: سؤال شما را به اداره می‌فرستم. جواب همین‌جا می‌آید.
status-write-hint-addendum = می‌خواهید چیزی به یک درخواست اضافه یا آن را اصلاح کنید؟ درخواست را در پایین انتخاب کنید. پیام شما را با ایمیل به اداره می‌فرستم.
status-photo-hint = عکس شما پیش من است. آیا برای یکی از این درخواست‌هاست؟ آن را پایین انتخاب کنید. بعد آن را برای اداره می‌فرستم.
page-words-for-request = آیا پیام شما درباره درخواستی است که فرستادید؟ آن را در پایین انتخاب کنید. پیام شما را به اداره می‌فرستم.
status-question-hint-addendum =
    آیا درباره یکی از این درخواست‌ها است؟ آن را در پایین انتخاب کنید. پیام شما را با ایمیل به اداره می‌فرستم. اداره اینجا در چت جواب نمی‌دهد: { $way ->
        [phone] به شما زنگ می‌زند.
        [email] با ایمیل جواب می‌دهد.
        [message] به گوشی شما پیام می‌فرستد.
        [letter] برای شما نامه پستی می‌فرستد.
       *[other] به شما زنگ می‌زند یا برایتان می‌نویسد.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ به همه درخواست‌هایم
person-sent-to-all =
    پیام شما را به این اداره‌ها فرستادم:
    { $offices }

## Talking to a person
person-intro = پیام از { $institution }:
person-reply-hint = می‌توانید اینجا جواب بدهید. پیام خود را بنویسید.
person-start = سؤال خود را اینجا بنویسید. یک نفر از { $institution } در همین چت جواب می‌دهد. این ممکن است چند روز طول بکشد.
person-forwarded = به { $institution } فرستاده شد. جواب اینجا می‌آید.
person-question-sent = سؤال شما را به { $institution } فرستادم. جواب اینجا می‌آید. می‌توانید اینجا بیشتر بنویسید.
person-start-request = پیام خود را درباره درخواست { $reference } اینجا بنویسید. آن را به { $institution } می‌فرستم. جواب اینجا می‌آید.
person-addendum-start =
    هر چیزی را که می‌خواهید به درخواست { $reference } اضافه کنید اینجا بنویسید، یا یک عکس بفرستید. آن را با ایمیل به { $institution } می‌فرستم. اداره اینجا در چت جواب نمی‌دهد: { $way ->
        [phone] به شما زنگ می‌زند.
        [email] با ایمیل جواب می‌دهد.
        [message] به گوشی شما پیام می‌فرستد.
        [letter] برای شما نامه پستی می‌فرستد.
       *[other] به شما زنگ می‌زند یا برایتان می‌نویسد.
    }
person-addendum-sent =
    آن را با ایمیل به { $institution } فرستادم. اداره اینجا در چت جواب نمی‌دهد: { $way ->
        [phone] به شما زنگ می‌زند.
        [email] با ایمیل جواب می‌دهد.
        [message] به گوشی شما پیام می‌فرستد.
        [letter] برای شما نامه پستی می‌فرستد.
       *[other] به شما زنگ می‌زند یا برایتان می‌نویسد.
    } می‌توانید اینجا بیشتر بنویسید یا عکس بفرستید.
person-already-sent = این پیام را قبلاً به { $institution } فرستادم. می‌توانید اینجا چیز تازه‌ای بنویسید.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = این عکس را قبلاً به { $institution } فرستادم. می‌توانید اینجا عکس دیگری بفرستید یا چیز تازه‌ای بنویسید.
person-sent-again = این پیام را قبلاً در { $date } فرستادید. دوباره آن را می‌فرستم. اداره می‌بیند که شما منتظر جواب هستید.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = این عکس در درخواست شما { $reference } هست. قبلاً آن را فرستادم. می‌توانید اینجا عکس دیگری بفرستید یا چیز تازه‌ای بنویسید.
person-sent-words = نوشتید: «{ $words }»
talk-stopped = باشه. دیگر چیزی نمی‌فرستم.
talk-stopped-case = باشه. دیگر چیزی درباره { $reference } نمی‌فرستم. درخواست پیش { $institution } می‌ماند.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = این را خودم جواب دادم. آن را برای اداره نفرستادم. می‌خواهید اداره آن را بخواند؟ آن را دوباره بنویسید.
talk-danger-held = پیام شما را برای { $institution } نفرستادم. می‌خواهید { $institution } آن را بخواند؟ پس آن را دوباره بنویسید.
talk-office =
    این اداره است، و زمان باز بودن و آدرس آن:
    { $office }
talk-new-topic-held = این یک موضوع تازه است: { $topic }. آن را برای { $institution } نفرستادم. { $topic } را در منوی اصلی پیدا می‌کنید. پیام شما برای { $institution } است؟ پس آن را دوباره بنویسید.
    .want = میخوام, می‌خواهم, میخواهم, می خواهم, لازم دارم, نیاز دارم, ضرورت دارم, میخواهیم, می‌خواهیم, mikham, mikhaam
request-for-relative = درخواست برای یک نفر دیگر؟ پس لطفاً یک درخواست جدید شروع کنید، اینجا:
person-files-sent = این را به { $institution } فرستادم. جواب اینجا می‌آید. می‌توانید اینجا بیشتر بنویسید یا سؤال خود را بپرسید.
person-closed = { $institution } این گفتگو را بست. اگر کمک بیشتری لازم دارید، از منو انتخاب کنید.
person-unavailable = ببخشید، الان کسی نمی‌تواند در چت جواب بدهد. لطفاً به { $email } ایمیل بنویسید.
person-unavailable-form = ببخشید، الان کسی نمی‌تواند در چت جواب بدهد. می‌توانید درخواست بفرستید: پایین «{ $button }» را انتخاب کنید. یا به { $email } ایمیل بنویسید.
person-not-forwarded = این فایل را نمی‌توانم بفرستم. لطفاً یک عکس بفرستید یا متن بنویسید.
appointment-confirmed =
    شما در { $institution } وقت ملاقات دارید.
    تاریخ: { $date }
    ساعت: { $time }
    مکان: { $place }
appointment-reminder =
    یادآوری: فردا در { $institution } وقت ملاقات دارید.
    تاریخ: { $date }
    ساعت: { $time }
    مکان: { $place }
appointment-reminder-note = یک روز قبل به شما یادآوری می‌کنم.
button-write-to-person = جواب دادن

## Delete my data (/delete)
delete-confirm = آیا می‌خواهید همه چیزهایی را که درباره شما ذخیره کرده‌ام پاک کنم؟ درخواست‌هایی که هنوز فرستاده نشده‌اند هم پاک می‌شوند.
delete-done = تمام شد. همه اطلاعات شما را پاک کردم.
delete-sent-stay = درخواست‌هایی که قبلاً فرستاده‌اید نزد اداره می‌مانند: { $references }. برای پاک شدن آن‌ها در اداره، به اداره بنویسید و شماره را بگویید.
delete-kept = خوب. چیزی پاک نشد.

## Email to the institution (written in the institution's language)
email-subject = درخواست { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = درخواست { $reference } (شاید فوری): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = شاید فوری. واژه‌های شناخته‌شده در متن این شخص: { $words }
email-intro = یک درخواست جدید از طریق Kompass رسید.
email-reference = شماره درخواست
email-submitted-at = زمان دریافت
email-channel = کانال
email-person-language = زبان گفتگو
email-person-language-named = زبانی که شخص زبان خودش می‌نامد: { $language }
email-earlier = درخواست‌های قبلی از همین گفتگو به اداره شما از طریق Kompass (از این شخص یا برای یکی از خویشاوندان): { $requests }
email-for-relative = در گفتگو از یکی از اعضای خانواده نام برده شد: درخواست احتمالاً برای اوست و کس دیگری آن را نوشته است. تلفن و ایمیل شاید مال نویسنده باشد.
email-relative-named = در سخنان شخص نام برده شده: { $who }.
email-by-helper = در گفتگو از کسی نام برده شد که کمک می‌کند و از خانواده نیست (مثلاً همسایه، داوطلب یا مددکار اجتماعی): درخواست احتمالاً برای شخص دیگری است و کمک‌کننده آن را نوشته است. تلفن و ایمیل شاید مال کمک‌کننده باشد.
email-person-asked-as-theirs = سؤال‌های مربوط به شخص (مثل نام و تاریخ تولد) صریحاً درباره همین شخص بود.
email-person-asked-before = در گفتگو فقط بعد از یک سؤال درباره شخص (مثل نام یا تاریخ تولد) گفته شد که درخواست برای کیست: این پاسخ شاید مال نویسنده باشد. لطفاً بررسی کنید.
email-said-with = شخص اضافه می‌کند
email-said-with-date = به تقویم هجری شمسی نوشته شده و کومپاس آن را تبدیل کرده است
email-date-past-deadline = { $date } ({ $days } روز پیش؛ مهلت { $deadline } روز)
email-interpreter = مترجم
email-interpreter-no = به گفته‌ی این شخص لازم نیست
email-interpreter-no-writer = به گفته‌ی کسی که برای این شخص می‌نویسد لازم نیست
email-attachments = پیوست‌ها
email-footer = این ایمیل را Kompass به طور خودکار نوشته است.
email-part = بخش { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = آیا می‌خواهید درخواست «{ $title }» را لغو کنید؟ جواب‌ها و عکس‌های شما پاک می‌شوند.
button-cancel-yes = بله، لغو کن
button-cancel-no = نه، ادامه بده
cancel-kept = خوب. جواب‌های شما ذخیره می‌ماند.
unknown-command = این دستور را نمی‌شناسم.
error-name-letter = لطفاً نام را با حروف بنویسید.
error-name-digit = نام نباید عدد داشته باشد. لطفاً فقط نام را بنویسید، همان‌طور که در پاسپورت شما آمده است.
error-name-arabizi = نام عدد ندارد. آیا در پاسپورت شما این‌طور نوشته شده: { $name }؟ پس لطفاً آن را همین‌طور بنویسید.
error-name-label = «{ $label }» در منو است. این اسم نیست. لطفاً اسم خود را مثل پاسپورت‌تان بنویسید.
error-answer-letter = لطفاً با حروف بنویسید.
error-address-street = آدرس باید اسم خیابان را داشته باشد. لطفاً خیابان، شماره خانه و روستا را بنویسید.
error-address-unknown = آدرس شما در قرارداد اجاره (Mietvertrag) یا روی نامه‌ای که به خانه‌تان آمده نوشته شده است. می‌توانید از صاحبخانه یا مددکار اجتماعی هم بپرسید. پاسخ‌های شما را نگه می‌دارم: می‌توانید بعداً ادامه دهید.
error-text-word = «{ $word }» به اداره نمی‌گوید موضوع چیست. لطفاً آن را در چند کلمه بنویسید.
content-changed = این بخش تغییر کرده است. لطفاً از اینجا ادامه بدهید.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = جواب: لطفاً در اتاق Matrix اداره خود، در گفتگوی مربوط به این شماره درخواست جواب بدهید. جواب در پیام‌رسان به شخص می‌رسد.
email-answer-email = جواب: جواب به این ایمیل به آدرس ایمیل شخص می‌رود.
email-answer-relay = جواب: فقط به این ایمیل جواب دهید. جواب با پیوست‌ها (PDF، عکس) در پیام‌رسان شخص به او می‌رسد.
email-answer-phone = جواب: لطفاً با شماره تلفنی که شخص داده است تماس بگیرید.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = جواب: لطفاً با شماره تلفن داده‌شده تماس بگیرید. شاید شماره کسی باشد که می‌نویسد.
email-answer-message = جواب: شخص پیام نوشتاری می‌خواهد (پیامک یا پیام‌رسان، همان‌طور که نوشته است). لطفاً به شماره تلفنی که داده است پیام بنویسید.
email-answer-letter = جواب: شخص نه شماره تلفن داده و نه ایمیل. لطفاً به نشانی داده‌شده برایش نامه بفرستید.
email-answer-letter-urgent = جواب با نامه، اما شاید موضوع فوری باشد: شاید نامه دیر برسد. از شخص خواسته شد اگر نمی‌تواند صبر کند، خودش به اداره بیاید.
email-phone-someone-else = توضیح کنار شماره تلفن از شخص دیگری نام می‌برد: شاید شماره مال خود این شخص نباشد.
email-answer-none = جواب: شخص هیچ راه تماسی نداده است و نمی‌تواند از طریق Kompass جواب بگیرد.
email-answer-language = این شخص { $language } صحبت می‌کند. لطفاً به آلمانی ساده و با جمله‌های کوتاه بنویسید یا صحبت کنید.
email-answer-language-interpreter = این شخص { $language } صحبت می‌کند و برای گفتگو به مترجم نیاز دارد. به‌صورت نوشتاری لطفاً به آلمانی ساده و با جمله‌های کوتاه بنویسید.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = این شخص { $language } صحبت می‌کند. لطفاً به انگلیسی یا آلمانی ساده و با جمله‌های کوتاه بنویسید یا صحبت کنید.
email-answer-language-helper = در گفتگو شخص دیگری به جای این شخص می‌نویسد، به زبان { $chat }. خود این شخص { $language } صحبت می‌کند: لطفاً با مترجم.
email-answer-language-writer = در گفتگو شخص دیگری به جای این شخص می‌نویسد، به زبان { $chat }. گفته نشده که خود این شخص به چه زبانی صحبت می‌کند.
contact-needed = اداره باید بتواند به شما جواب بدهد. لطفاً یک شماره تلفن یا یک آدرس ایمیل بدهید.
contact-needed-visit = تلفن و ایمیل ندارید؟ پس لطفاً خودتان به اداره بروید: { $address }
contact-needed-letter = تلفن و ایمیل ندارید؟ پس اداره برای شما به این آدرس نامه می‌فرستد: { $home }
contact-by-letter = شما شماره تلفن و ایمیل ندادید. پس اداره برای شما به این آدرس نامه می‌فرستد: { $home }
document-received =
    { $count ->
        [one] { $count } سند (PDF) دریافت کردم.
       *[other] { $count } سند (PDF) دریافت کردم.
    }
value-documents =
    { $count ->
        [one] { $count } سند (PDF)
       *[other] { $count } سند (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = من فقط در چت با یک نفر صحبت می‌کنم، چون سؤال‌ها و مدارک شما خصوصی هستند. از این اتاق بیرون می‌روم. لطفاً در یک چت خصوصی به من بنویسید.
matrix-undecryptable = نتوانستم پیام آخر شما را بخوانم. لطفاً آن را دوباره بفرستید.

## Terminal chat (kompass chat): its own notes
terminal-photo-hint = (ترمینال: /photo PATH یک فایل می‌فرستد.)
terminal-not-utf8 = این خط را نمی‌توانم بخوانم. لطفاً دوباره بنویسید.
terminal-file-missing = فایل { $path } وجود ندارد.
terminal-file-not-regular = این یک فایل معمولی نیست: { $path }. لطفاً مسیر یک عکس را بدهید.
terminal-file-unreadable = این فایل را نمی‌توانم باز کنم: { $path }.
terminal-emails-queued = ایمیل‌هایی که هنوز منتظرند: { $count }. در شروع بعدی فرستاده می‌شوند.

## Edits (Telegram and Matrix)
edit-not-applied = شما یک پیام را تغییر دادید. من تغییرها را نمی‌توانم بخوانم. لطفاً جواب درست را دوباره در یک پیام جدید بفرستید.
