# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.

## Language
language-name = العربية
choose-language = يُرجى اختيار لغتك.
language-detected-confirm = لقد كتبت باللغة { $language }. هل نكمل باللغة { $language }؟
language-set = حسنًا. سأكتب لك باللغة العربية.
language-dari-noted = الفارسية قريبة من الدارية (Dari). سأخبر المكتب أنك تتكلم الدارية.

## Buttons
button-back = رجوع
button-main-menu = القائمة الرئيسية
    .typed = القائمة, قائمة
button-yes = نعم
    .typed = أيوه, ايوه, تمام, حسنا, اكيد, naam, aywa, aiwa, akid, akeed, صح, صحيح, مظبوط, مضبوط, كله صح, كلو صح, كله صحيح, ايوا, إيوا, اي, إي, ايه, إيه, اي والله, إي والله, اي نعم, اه, آه, na3am, naaam, n3am, eh akid, aywa akid, eh, sah, sa7, nam, na3m, eh nam, ah, aah, ahh
button-no = لا
    .typed = la, laa, la2, ماكو, ماكو شي
button-skip = تخطي
    .typed = التالي, لا يوجد, ما عندي, لا شيء, لا شي, ما في, ما بعرف, مابعرف, لا أعرف, لا اعرف, ما بعرفه, ما عندي رقم, ليس عندي, ليس لدي, ma 3indi, ma3indi, ma 3ndi, ma3ndi, ma 3ndi email, ma 3ndi emil, ma 3ndi imel, ma 3indi email, ma 3andi email, ma 3andi, ma3andi, ma andi, maandi, mafi, ma fi, ma ba3ref, mab3ref, ma b3rf, ما اعرف, ما أعرف, ماعرف, ما ادري, ما أدري, مدري, ma a3ruf, ma a3rf, ma a3ref, ma a3rif, ma adri, madri, mdri, ما عندي شي زيادة, ما في شي زيادة, ما عندي شي تاني, ما في شي تاني, لا شي تاني, لا شيء آخر, ما عندي شي اضيفه, لا يوجد شيء آخر
button-done = تم
    .typed = التالي, خلاص, خلص, خلصت, انتهيت, khalas, 5alas, khlas, 5las
button-cancel = إلغاء
    .typed = الغاء, إلغاء, الغي, ألغي, الغيه, وقف, توقف, ما بدي, ما بدي هلق, لا أريد, ما اريد, بطلت
button-send = إرسال الطلب
    .typed = أرسل, ارسل, إرسال, ارسال, ابعت, ابعته, ابعتها, ابعتو, بعت, ابعث, ابعثه, ارسله, ارسلها, أرسله, دز, دزه
button-change = أريد تعديل شيء
    .asked = غير, تغيير, تعديل, عدل, خطأ, غلط, صحح, تصحيح, لكن, ولكن
button-other-language = لغة أخرى
button-continue-request = متابعة طلبي
    .asked = وين وصلت, وين وقفت, وين وقفنا, أين توقفت, أين توقفنا, وين كنا
button-back-to-summary = رجوع إلى الملخص
button-delete-yes = نعم، احذف كل شيء
    .typed = اي احذف, ايوا احذف, نعم احذف, احذف, احذفها, امسح, امسحها, اي امسح, ايوا امسح, نعم امسح, امسح كلشي, امسح كل شي, احذف كلشي, احذف كل شي, ايوا امسح كلشي, نعم احذف كل شي
button-delete-no = لا، احتفظ ببياناتي
button-interpreter-other = لغة أخرى

## Commands (the command menu of the messenger)
cmd-start = البدء من جديد
    .typed = ابدأ من جديد, ابدا من جديد, من جديد, من البداية, من الاول, من الأول
cmd-menu = القائمة الرئيسية
cmd-back = الرجوع
    .typed = ارجع, رجع, رجعني, ارجعني, للخلف, rje3, erja3, irja3, raje3, rjoo3
cmd-language = تغيير اللغة
    .typed = اللغة, تغيير اللغة
    .asked = غير اللغة, غيري اللغة, تغيير اللغة, بدل اللغة, لغة ثانية, لغة تانية, لغة أخرى
cmd-cancel = إلغاء طلبي
    .asked = إلغاء, الغاء, الغي, ألغي, بلغي, cancel, ما عاد بدي, لم أعد بحاجة, لم اعد بحاجة, ما عاد بحاجة, لا أحتاج الموعد, لا احتاج الموعد
cmd-help = مساعدة
    .asked = ساعد, مساعد, الحقوني, النجدة
cmd-status = طلباتي
    .typed = طلبي
    .asked = طلب, رد, جواب, يرد, talab, jawab, وصلهم, وصلكم, وصلتكم, استلمتو, استلموا, استلمتوا
    .when = متى, امتى, إمتى, اجي, آجي, أجي
    .sent = انبعت, انرسل, ارسلت, وصل, وصلهم, استلم, يردوا, يرد, بيردوا, wasal, wesel, wsl, ارسال, الارسال, الإرسال, انبعتت, byrodo, byrodu, yrodo, yroddo, byruddu, rad, radd, jawab
cmd-delete = حذف بياناتي
    .asked = احذف بيانات, حذف بيانات, امسح بيانات, احذف معلومات, حذف معلومات, امسح معلومات
private-chat-only = أنا أكتب فقط في المحادثات الخاصة. يُرجى الكتابة لي مباشرة: اضغط على اسمي ثم على «رسالة».

## Help and general answers
help-text =
    أنا أساعدك في خطواتك الأولى هنا.
    يمكنك اختيار أحد الخيارات: اضغط عليه أو اكتب رقمه.
    يمكنك استخدام هذه الأوامر:
    /menu – القائمة الرئيسية
    /back – الرجوع
    /language – تغيير اللغة
    /status – طلباتي
    /cancel – إلغاء طلبي
    /delete – حذف بياناتي
not-understood = عذرًا، لم أفهم. يُرجى اختيار أحد الخيارات: اضغط عليه أو اكتب رقمه.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = موعد: لأي شيء؟ اختر الموضوع في الأسفل من فضلك. هناك يمكنك طلب موعد.
    .typed = موعد, بدي موعد, اريد موعد, أريد موعد, موعد من فضلك, maw3ed, maw3id, mow3ed, bdi maw3ed
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = ليس عندي جواب عن هذا السؤال هنا. يمكن لشخص من { $institution } أن يساعدك. اختر «{ $button }»، وعندها سأرسل سؤالك إلى هناك.
not-understood-question-email = ليس عندي جواب عن هذا السؤال هنا. يمكن لشخص من { $institution } أن يساعدك. يُرجى إرسال بريد إلكتروني إلى { $email }.
not-understood-question-form = ليس عندي جواب عن هذا السؤال هنا. يمكن لشخص من { $institution } أن يساعدك. اختر «{ $button }» في الأسفل: سأرسل سؤالك مع الطلب. أو أرسل بريدًا إلكترونيًا إلى { $email }.
not-understood-question-page = ربما الجواب موجود في هذه الصفحة. وإذا لم يكن موجودًا: يمكن لشخص من { $institution } أن يساعدك. اختر «{ $button }»، وعندها سأرسل سؤالك إلى هناك.
    .asked = كم سعر, كم تكلف, تكلفة, كم الرسوم, رسوم, مجاني, ادفع, شو لازم جيب, ماذا أحضر, ماذا يجب أن أحضر, أي أوراق, شو الأوراق, ما هي الأوراق, كم من الوقت, قديش بكلف, قديش, ادفع مصاري, لازم مصاري, ادفع فلوس, بدها مصاري, وين لازم روح, لوين بروح, وين روح, إلى أين أذهب, وين هاد, وين هو, وين هي, اين هو, أين هو, أين هي, وين المكان, شو العنوان, ما العنوان, وين العنوان
page-address-below = العنوان ومواعيد العمل في الأسفل.
    .asked = وين هاد, وين هو, وين هي, اين هو, أين هو, أين هي, وين المكان, شو العنوان, ما العنوان, وين العنوان, كيف بوصل, كيف أصل
new-here = يبدأ معظم الناس بتسجيل عنوان السكن (Anmeldung)، خلال أسبوعين من الانتقال إلى السكن. اختر موضوعًا في الأسفل.
    .asked = وصلت جديد, وصلنا جديد, جديد هون, جديد هنا, جديدة هون, جديدة هنا, لسا واصل, لسا واصلة, لسا واصلين, وصلت حديثا, وصلنا حديثا, ana jdeed, ana jdid, ana jdide, ana jdida, lessa wasel, lissa wasel
not-understood-question-page-email = ربما الجواب موجود في هذه الصفحة. وإذا لم يكن موجودًا: يمكن لشخص من { $institution } أن يساعدك. يُرجى إرسال بريد إلكتروني إلى { $email }.
not-understood-question-page-form = ربما الجواب موجود في هذه الصفحة. وإذا لم يكن موجودًا: يمكن لشخص من { $institution } أن يساعدك. اختر «{ $button }» في الأسفل: سأرسل سؤالك مع الطلب. أو أرسل بريدًا إلكترونيًا إلى { $email }.
form-question-goes = سؤالك يذهب إلى المكتب مع هذا الطلب.
form-first-message-goes = رسالتك الأولى تذهب إلى المكتب مع هذا الطلب.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = عفوًا!
    .typed = شكرا, شكرا جزيلا, شكرا كتير, شكرا كثيرا, شكرا لك, شكرا لكم, مشكور, مشكورين, يسلمو, تسلم, تسلمي, ميرسي, يعطيك العافية, الله يعطيك العافية, جزاك الله خيرا, شكرا على المساعدة, شكرا لمساعدتك, شكرا على مساعدتك, shukran, shokran, merci, mersi
    .calling = اخي, أخي, يا اخي, يا أخي, خيي, يا خيي, اخوي, يا اخوي, اختي, أختي, يا اختي, يا أختي, حبيبي, يا حبيبي, حبيبتي, يا حبيبتي, يا غالي, يا غالية, عمو, يا عمو, يا ريت
reply-greeting = مرحبًا!
    .typed = مرحبا, مرحبتين, اهلا, أهلا وسهلا, هلا, السلام عليكم, سلام عليكم, سلام, صباح الخير, مساء الخير, salam, salaam, salam alaikum, assalamu alaikum, as salamu alaykum, marhaba, كيفك, كيف حالك, شلونك, كيف الحال
reply-goodbye = مع السلامة! اكتب لي مرة أخرى في أي وقت.
    .typed = مع السلامة, باي, الى اللقاء, إلى اللقاء, تصبح على خير, يلا باي
reply-stop = حسنًا. أكتب لك فقط عندما تكتب لي أو عندما يرد عليك مكتب. لحذف كل بياناتك: /delete
    .typed = توقف, وقف, ستوب, كفى, stop
reply-ok = حسناً. اختر أحد الخيارات عندما تكون جاهزاً.
unsupported-message = أستطيع قراءة النصوص والصور فقط. يُرجى كتابة نص أو اختيار أحد الخيارات.
text-too-long = رسالتك طويلة جدًا. يُرجى ألّا يزيد عدد الحروف على { $max }.
attachment-not-expected = شكرًا لك. لا أحتاج إلى ملف الآن.
attachment-letter-help = شكرًا. لا أستطيع قراءة الرسائل. هنا تجد مساعدة بخصوص رسالة. يمكنك أيضًا إرسال طلب مع صورة الرسالة.
attachment-letter-kept = شكرًا. لا أستطيع قراءة الرسائل. هنا تجد مساعدة بخصوص رسالة. يمكنك أيضًا إرسال طلب: «{ $button }». صورتك موجودة فيه.
attachment-kept-for-request = شكرًا. وصلتني صورتك. يمكن أن ترسلها إلى المكتب مع طلب: اختر „{ $button }“. صورتك موجودة فيه.
attachment-for-sent-request = هل الصورة لطلبك { $reference }؟ إذن أرسلها بالبريد الإلكتروني إلى { $institution }: { $email }. اكتب معها الرقم { $reference }.
attachment-for-request = شكرًا. سأضيف الملف إلى طلبك: { $title }. نكمل هناك.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = رسالتك فيها موعد نهائي: { $date }. لا تنتظر حتى ذلك اليوم. يمكنك أن ترسل لي صورة الرسالة. عندها يمكن لشخص من الاستشارة أن يساعدك.
    .no-date = رسالتك فيها موعد نهائي. لا تنتظر. يمكنك أن ترسل لي صورة الرسالة. عندها يمكن لشخص من الاستشارة أن يساعدك.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = ورقة إقامتك تنتهي في { $date }. هذا قريب. قدّم الطلب الآن، لا تنتظر. يمكنك أن تكتب للمكتب هنا أو تذهب إليه.
attachment-offer-person = شكرًا لك. لا أحتاج إلى ملف هنا. يمكن لشخص من { $institution } أن ينظر في ملفك. اختر «{ $button }»، وعندها سأرسل ملفك إلى هناك.
attachment-offer-more = شكرًا لك. عدد الملفات الآن: { $count }. هل هذا كل شيء؟ إن كان كذلك، فاختر «{ $button }» في الأعلى.
attachment-offer-kept = ما زال ملفك عندي. يمكن لشخص من { $institution } أن ينظر فيه. لإرساله، اختر «{ $button }».
offer-files-full = أستطيع أن أرسل { $max } ملفات فقط في المرة الواحدة. لم أحتفظ بهذا الملف. اختر «{ $button }» لإرسال الملفات الأخرى إلى { $institution }. أرسل هذا الملف بعد ذلك.
cancel-nothing = لا يوجد شيء لإلغائه.
cancel-sent = طلبك { $reference } وصل إلى { $institution }. لا أستطيع سحبه من هنا. لا تحتاجه بعد الآن؟ أخبر المكتب بذلك. في الأسفل ترى كيف.
back-nothing = هذه هي البداية. لا توجد خطوة إلى الوراء.
group-chat-only-private = أتحدث فقط في المحادثات الخاصة. يُرجى مراسلتي مباشرة.

## Forms
form-progress = السؤال { $number } من { $total }
form-about-the-person = من فضلك أجب عن الشخص الذي تكتب له.
form-asked-again-for-someone = حسنًا. الطلب لشخص آخر. سأرسل رسالتك إلى { $institution }. الآن أسأل مرة أخرى عن هذا الشخص.
form-answer-now = جوابك حتى الآن: { $answer }
form-answer-earlier = في طلبك الأخير كتبت: { $answer }. إذا كان ما زال صحيحًا، فاختر ✓ في الأسفل.
    .typed = نفسه, نفسها, نفس الشي, نفس الشيء, متل قبل, مثل قبل, مثل المرة الماضية, نفس شي
form-resume = لديك طلب لم يكتمل بعد: { $title }. سنكمله الآن.
form-sent-before = لقد أرسلت بتاريخ { $date } طلبًا إلى { $institution }: { $reference }. هل طلبك الجديد عن الموضوع نفسه؟ إن كان كذلك، فلا داعي لإرساله مرة أخرى.
form-sent-before-new = طلب لشخص آخر أو عن موضوع جديد؟ إذن تابع هنا.
form-sent-before-write = اكتب «{ $command }»: هناك يمكنك أن تكتب للمكتب عنه.
form-cancelled = تم إلغاء طلبك. لم يُرسَل أي شيء.
form-draft-kept = تم حفظ إجاباتك. يمكنك متابعة طلبك لاحقًا.
error-text-empty = يُرجى كتابة شيء.
error-text-too-long = هذا طويل جدًا. يُرجى ألّا يزيد عدد الحروف على { $max }.
error-date-invalid = لا أستطيع قراءة هذا التاريخ. يُرجى كتابة اليوم والشهر والسنة بالأرقام، مثل المثال في الأسفل.
error-date-impossible = هذا التاريخ غير موجود. يُرجى التحقق من اليوم والشهر.
error-date-future = هذا التاريخ في المستقبل. يُرجى التحقق منه.
error-date-past = هذا التاريخ في الماضي. يُرجى كتابة تاريخ لاحق.
error-date-too-old = هذا التاريخ قديم جدًا. يُرجى التحقق من السنة.
error-date-year-only = لا تعرف اليوم والشهر؟ اكتب التاريخ كما هو في أوراقك، مثلًا: { $date }
    .typed = ما بعرف, ما اعرف, ما أعرف, لا أعرف, لا اعرف, مش عارف, ما ادري, ما أدري, مو متأكد, ma ba3ref, ma b3rf, mabaref, ma baaref, la a3ref, mish 3aref, msh 3aref
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] لا تعرف اليوم؟
       *[year] لا تعرف اليوم والشهر؟
    } الأوراق الألمانية تكتب التاريخ عندها هكذا: { $date }. إذا كان صحيحًا، اختره في الأسفل.
error-date-persian-year = { $year } سنة في التقويم الفارسي. في تقويمنا هي غالبًا { $gregorian }. لا تعرف اليوم والشهر؟ اختر 00.00.{ $gregorian } في الأسفل.
error-date-solar-hijri = هذا تاريخ بالتقويم الهجري الشمسي. بالتقويم الميلادي هو { $date }. إذا كان صحيحًا، اختره في الأسفل.
error-date-too-far = هذا التاريخ بعد أكثر من سنة من اليوم. يُرجى التحقق من السنة.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = أي سنة تقصد؟ هل هو { $date }؟ إن كان كذلك، فاختره في الأسفل. وإلا فاكتب التاريخ مع السنة.
error-date-year-short = يُرجى كتابة السنة بأربعة أرقام. هل تقصد { $date }؟ إن كان كذلك، فاختره في الأسفل.
error-date-month-first = في ألمانيا يُكتب اليوم أولًا ثم الشهر. هل تقصد { $date }؟ إن كان كذلك، فاختره في الأسفل.
error-date-ago = يحتاج المكتب إلى اليوم بالضبط. هل كان { $date }؟ إن كان كذلك، فاختره في الأسفل. وإلا فاكتب التاريخ من فضلك.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = المكتب يحتاج اليوم بالضبط. من فضلك اكتب التاريخ مع اليوم، مثلاً: { $example }
error-date-still-offered = ما زلت أحتاج إلى التاريخ هنا. هل { $date } صحيح؟ إن كان كذلك، فاختره في الأسفل. وإلا فاكتب التاريخ من فضلك.
answer-noted-ahead = حسنًا، هذا جواب سؤال لاحق: { $answer }. لقد سجّلته. والآن أجب عن هذا السؤال من فضلك:
answer-corrected = حسنًا، غيّرتُه: { $answer }.
answer-noted-too = سجّلتُ أيضًا: { $answer }.
answers-noted-ahead = حسنًا، هذه أجوبة أسئلة لاحقة: { $answers }. لقد سجّلتها. والآن أجب عن هذا السؤال من فضلك:
photo-kept-ahead-check = شكرًا. هذه الصورة لسؤال لاحق: { $label }. ربما تكون صعبة القراءة. سأسألك عنها هناك. والآن أجب عن هذا السؤال من فضلك:
photo-for-question-before = شكرًا. هذه الصورة للسؤال السابق: { $label }. أضفتها هناك.
photo-moved-here = أرسلت هذه الصورة من قبل، عند: { $label }. الآن هي لهذا السؤال.
form-not-sent-yet-questions = هذا الطلب لم يُرسل بعد. يُرجى الإجابة عن الأسئلة. في النهاية أرسله.
form-question-kept = هذا سؤال. لا أستطيع الإجابة عنه هنا. سأرسله مع طلبك إلى { $institution }، وهناك يمكنهم الإجابة عنه. والآن أجب عن هذا السؤال من فضلك:
form-question-added = هذا سؤال. لا أستطيع الإجابة عنه هنا. أضفته إلى طلبك إلى { $institution }، وهناك يمكنهم الإجابة عنه.
form-not-sent-yet = لم يُرسل هذا الطلب بعد. أرسله عندما تختار «{ $button }».
form-question-page = ربما يساعدك هذا („{ $page }“):
form-question-kept-too = سأرسل سؤالك أيضًا مع طلبك إلى { $institution }. الآن يُرجى الإجابة عن هذا السؤال:
form-question-not-answer = هذا سؤال. هنا أحتاج إلى جوابك. أجب عن هذا السؤال من فضلك:
form-message-kept = سأرسل رسالتك مع طلبك إلى { $institution }. والآن أجب عن هذا السؤال من فضلك:
form-message-kept-too = سأرسل كلامك أيضًا مع طلبك إلى { $institution }.
form-choice-first-of-several = ذكرتَ أكثر من واحد. كتبتُ هنا: { $option }.
form-for-someone-else = سأرسل رسالتك مع طلبك إلى { $institution }. هل الطلب لشخص آخر؟ إذن أجب عن الأسئلة لهذا الشخص من فضلك:
first-message-for-someone = حسنًا. أنت تكتب لشخص آخر. اختر ما يحتاجه. ثم أجب عن الأسئلة عن هذا الشخص. سأرسل رسالتك مع الطلب.
first-message-not-read = لم أستطع قراءة رسالتك الأولى: لا أعرف لغتك بعد. اختر موضوعًا في الأسفل، أو اكتب سؤالك هنا مرة أخرى.
form-child-later = سأرسل رسالتك مع طلبك إلى { $institution }. أولاً أسأل عنك. بعد ذلك أسأل عن طفلك. الآن أجب عن هذا السؤال من فضلك:
form-one-person-here = هنا طفل واحد فقط من فضلك. سأرسل كل الأسماء إلى { $institution }. يُرجى كتابة اسم الطفل الأول:
form-question-again = لا مشكلة. هذا هو السؤال مرة أخرى. تريد لغة أخرى؟ اكتب: /language
    .typed = ماذا, شو, عفوا, ما فهمت, لم أفهم, ما فهمتك, مش فاهم, ما فهمت شي, شو يعني, ماذا يعني, ماذا تقصد, ما افتهمت, ما فتهمت, شنو يعني, شنو المقصود, ما فهمت السؤال, ما فهمت سؤال, لم أفهم السؤال, ما بعرف شو اكتب, ما افهم, مافهمت, ma fhamit, ma fhemt, ma fhimt, ma fhamt, ma fahamt, mafhamit, mish fahem, mesh fahem, mish fahma, mesh fahma, shu ya3ni, shou ya3ni, shinu ya3ni, shno ya3ni
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = المكتب يحتاج هذا لطلبك. المكتب وحده يحصل عليه. يمكنك حذف بياناتك في أي وقت: /delete
    .asked = ليش, لماذا, ليه, لشو, لأي سبب, lesh, leish, lish, laysh
form-slip-back = لا مشكلة. هذا هو السؤال السابق: يمكنك تغيير جوابك.
office-no-document = يقول الشخص إنه ليس لديه الوثيقة المطلوبة. جوابه: { $words }
    .typed = ما عندي جواز, ما عندي جواز سفر, ما عندي باسبور, ما عندي هوية, ما عندي اوراق, ليس لدي جواز, ليس لدي جواز سفر, لا أملك جواز, ما معي جواز, ما معي جواز سفر, بدون جواز, ضاع جوازي, جوازي ضايع, معيش جواز, ما عندي اي اوراق, ما عندي ولا ورقة, ما عندي اي ورقة, ما عندي أوراق, ma 3andi jawaz, ma 3ndi jawaz, ma3i jawaz, انسرق جوازي, جوازي انسرق, سرقوا جوازي, jawaz safari da3, jawazi da3, jawaz da3, da3 jawazi, ma 3ndi jawaz, ma 3andi jawaz, ma 3ndi basbor, jawaz safar da3
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = يقول الشخص إنه ليس له اسم عائلة. كتب: { $words }
    .typed = ما عندي كنية, ما عندي اسم عائلة, ليس لي اسم عائلة, لا يوجد اسم عائلة, ما عندي لقب, بدون كنية, ليس لدي اسم عائلة, ليس لدي كنية, ما لي اسم عائلة, عندي اسم واحد, لدي اسم واحد, اسم واحد فقط
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = يقول الشخص إنه ليس له اسم أول، بل اسم واحد فقط. كتب: { $words }
    .typed = ما عندي اسم اول, ليس لدي اسم اول, ليس لي اسم اول, اسم واحد فقط, عندي اسم واحد, لدي اسم واحد
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = المكتب يحتاج هذا الاسم. لديك اسم واحد فقط؟ إذن اكتب: اسم واحد فقط
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = يقول الشخص إنه ليس له عنوان ثابت. كتب: { $words }
    .typed = ليس عندي عنوان, ما عندي عنوان, بدون عنوان, ما عندي سكن, ما عندي بيت, ساكن عند صديقي, ساكن عند صاحبي
office-writer-details = أُعطيت أولًا كبيانات من كتب: { $words }
office-also-chosen = { $label }: حسب الشخص أيضًا { $options }
photos-without-papers = حسنًا. سأرسل طلبك بدون هذه الصورة. سأخبر الدائرة أنه ليس لديك هذه الورقة. الدائرة ستقول لك ماذا يمكنك أن تفعل.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = ليس عندي هذه الورقة
    .typed = ما عندي ياها, ما عندي هي, ما عندي ياه, ما عندي, ماعندي, ليس عندي, ليست عندي, ma 3ndi, ma3ndi, ma 3andi
form-question-goes-along =
    { $count ->
        [one] سأرسل أيضًا رسالتك السابقة
       *[other] سأرسل أيضًا رسائلك السابقة
    }: «{ $question }»
error-phone =
    هذا ليس رقم هاتف. يُرجى كتابته هكذا:
    +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words =
    يُرجى كتابة رقم الهاتف كله بالأرقام (0–9)، مثلًا:
    0151 23456789
error-email = هذا ليس عنوان بريد إلكتروني. يُرجى كتابته هكذا: name@example.com
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = عنوان البريد الإلكتروني ليس فيه مسافات. قرأت فقط الجزء الذي بعد المسافة.
email-typo-check = هل تقصد: { $email }؟ إن كان كذلك، فاختره في الأسفل. وإلا فاكتب بريدك الإلكتروني مرة أخرى من فضلك.
error-number = يُرجى كتابة رقم.
error-number-in-all = يُرجى كتابة رقم واحد لكل الأشخاص معًا، وأنت منهم. مثلًا: 3
count-added-up = العدد معًا: { $count }. سجّلت ذلك.
date-past-deadline =
    كان ذلك قبل { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }. المهلة { $deadline } يومًا. لا تقلق: أرسل هذا الطلب اليوم من فضلك. المكتب سيقول لك ماذا يحدث بعد ذلك.
error-number-range = يُرجى كتابة رقم من { $min } إلى { $max }.
error-code = هذا ليس رقمًا من المكتب. رقم المكتب فيه أرقام، مثلًا: 32.1-4711/24. ليس عندك رقم؟ اختر «تخطي».
code-write-it = جيد. يُرجى كتابة الرقم. هو مكتوب في أعلى رسائل المكتب.
error-choose-option = يُرجى اختيار أحد الخيارات.
error-one-option = من فضلك اختر واحداً فقط. يمكنك اختيار الآخر بعد ذلك.
error-one-option-form = من فضلك اختر واحداً فقط.
error-photo-expected = يُرجى إرسال صورة.
photo-needed-later = المكتب يحتاج هذه الصورة. ليست معك الآن؟ إجاباتك تبقى محفوظة. أرسل الصورة لاحقًا: اختر عندها «{ $button }» في القائمة.
    .typed = بعدين, لاحقا, بكرة, بكره, غدا, بعد شوي, مو معي, ليس معي, ليست معي, مش معي, الأوراق في البيت, الاوراق بالبيت, ليس معي الأوراق
error-photo-not-pdf = هذا ملف PDF. يُرجى إرسال صورة للوثيقة. عندك ملف PDF فقط؟ افتحه على هاتفك، وخذ لقطة شاشة، وأرسلها.
error-file-unknown = لا أستطيع فتح هذا الملف. يُرجى إرسال صورة (JPEG أو PNG أو WebP).
error-file-too-large = هذا الملف كبير جدًا. يُرجى إرسال ملف أصغر من { $max } ميغابايت.
error-image-too-large = هذه الصورة كبيرة جدًا. يُرجى إرسال صورة عادية من كاميرا الهاتف.
photo-received =
    { $count ->
        [zero] لم تصلني أي صورة.
        [one] وصلتني صورة واحدة.
        [two] وصلتني صورتان.
        [few] وصلتني { $count } صور.
        [many] وصلتني { $count } صورة.
       *[other] وصلتني { $count } صورة.
    }
photo-send-more =
    { $missing ->
        [one] يُرجى إرسال صورة واحدة أخرى.
        [two] يُرجى إرسال صورتين أخريين.
        [few] يُرجى إرسال { $missing } صور أخرى.
        [many] يُرجى إرسال { $missing } صورة أخرى.
       *[other] يُرجى إرسال { $missing } صورة أخرى.
    }
photo-more-or-done = يمكنك إرسال صورة أخرى أو اختيار «تم».
photo-limit-reached = هذا عدد كافٍ من الصور. شكرًا لك.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = لقد أرسلت هذه الصورة من قبل. أحتفظ بها مرة واحدة فقط.
interpreter-question = هل أنت بحاجة إلى مترجم في الموعد؟
    .yes = ما بحكي ألماني, ما بحكي الماني, لا أتكلم الألمانية, لا اتكلم الالمانية, ما بعرف ألماني, ما بعرف الماني, ألماني ضعيف, الماني ضعيف, لغتي ضعيفة, ما اعرف الماني, ما اعرف ألماني, ما أعرف الألمانية, ما اعرف اللغة, ما احكي الماني, ما بتحكي ألماني, ما بتحكي الماني, ما بيحكي ألماني, ما بيحكي الماني, ما بتعرف ألماني, ما بتعرف الماني, ما بيعرف ألماني, ما بيعرف الماني, لا تتكلم الألمانية, لا تتكلم الالمانية, لا يتكلم الألمانية, لا يتكلم الالمانية, مع مترجم, بمترجم, احيانا, أحيانا, بس للموعد, فقط للموعد
    .no = ما بدي مترجم, ما بحتاج, لا أحتاج, لا احتاج, مش ضروري, ما في داعي, لا داعي, بحكي ألماني, بحكي الماني, أتكلم الألمانية, اتكلم الالمانية, بتحكي ألماني, بتحكي الماني, بيحكي ألماني, بيحكي الماني, تتكلم الألمانية, يتكلم الألمانية, ما بتحتاج, ما بيحتاج
    .unsure = ما فهمت, ما فهمت شي, مو فاهم, مش فاهم, مو فاهمة, مش فاهمة, ما بعرف, لا أعرف, لا اعرف, ما اعرف, لم أفهم, لم افهم, ما فهمت السؤال
    .own = صاحبي يترجم, صاحبي بيترجم, صديقي يترجم, صديقتي تترجم, جيب صاحبي, اجيب صاحبي, أجيب صديقي, ابني يترجم, بنتي تترجم, ابني بيترجم, بنتي بتترجم, زوجي يترجم, حدا يترجم, شخص يترجم, سيترجم لي, ستترجم لي, سيترجم, ستترجم, رح يترجم, رح يترجملي, رح تترجم, رح تترجملي, يترجملي, تترجملي, بيترجملي, بتترجملي, انا بترجم, انا بترجملها, انا بترجمله, بترجملها, بترجمله, انا اترجم, انا اترجم لها, انا اترجم له
    .need = تحتاج, يحتاج, بتحتاج, بيحتاج, لازم, بدها, بدو, محتاجة, محتاج, تحتاجين, نحتاج
interpreter-language-question = ما اللغة التي يجب أن يتكلمها المترجم؟
interpreter-language-type = يُرجى كتابة اسم اللغة.
interpreter-question-for-someone = هل يحتاج هذا الشخص إلى مترجم في الموعد؟

## Summary and correction
summary-title = يُرجى مراجعة طلبك:
summary-institution = إلى: { $institution }
summary-question = هل كل شيء صحيح؟
summary-which-field = ماذا نغيّر؟
value-skipped = (لا توجد إجابة)
value-yes = نعم
value-no = لا
value-photos =
    { $count ->
        [zero] لا توجد صور
        [one] صورة واحدة
        [two] صورتان
        [few] { $count } صور
        [many] { $count } صورة
       *[other] { $count } صورة
    }
value-photos-none = لا يوجد (لا توجد أوراق)
value-interpreter-no = لا حاجة إلى مترجم
appointment-mornings = صباحًا
    .typed = صباح, صبح, قبل الظهر, قبل الضهر, الصبح, الصبحية, sob7, sobh, el sob7, bel sob7, sabah, sabahan
appointment-afternoons = بعد الظهر
    .typed = بعد الظهر, الظهر, العصر, عصر, بعد الضهر, الضهر, بعد ضهر, ba3d el dohr, ba3d el zohr, el 3asr, 3asr, ba3d al zuhr
appointment-any = في أي وقت
    .typed = اي وقت, أي وقت, مش مهم, ما في مشكلة, كل الاوقات, وقت ما بدكم, متى ما بدكم, وقت ما تريدون, متى ما تريدون, وقت ما يناسبكم, اي يوم, ay wa2t, ayy wa2t, ay wa2et, ay waqt, ai wa2t, kil wa2t, kel wa2t, mish mohem, mesh mohem, ay yom
appointment-none = لا يناسبني أي وقت
    .typed = ولا واحد, ولا وقت, ولا واحد يناسبني, ولا وقت يناسبني, ما في وقت يناسبني, لا شيء يناسبني, ولا شي بيناسبني, ولا واحدة, ما في وقت مناسب, ما في وقت, ما في ولا وقت, ma fi wa2t, mafi wa2t, wala wa2t
appointment-none-when = متى يمكنك الحضور؟ اكتب ذلك بكلماتك. مثلًا: ليس يوم الاثنين، أو بعد الساعة 10 فقط. المكتب يبحث لك عن موعد.
appointment-after-hours = المكاتب مغلقة في المساء. يُرجى اختيار الوقت الأنسب لك من الأسفل.
appointment-office-closed = الدائرة ليست مفتوحة في هذا الوقت.
appointment-days-open-then = في هذا الوقت يكون المكتب مفتوحًا في هذه الأيام فقط: { $days }.
appointment-hour-after = بعد الساعة { $time }
appointment-hour-at = الساعة { $time }
appointment-hour-until = قبل الساعة { $time }
list-separator = { "، " }
topics-several = رسالتك تناسب أكثر من موضوع: { $topics }. أيّ موضوع تقصد؟ اختر زرّه في الأسفل أو اكتب اسمه.
office-hours = مفتوح: { $hours }
office-open-now = مفتوح الآن، حتى { $until }.
office-opens-today = مغلق الآن. يفتح مرة أخرى: اليوم من { $from }.
office-opens-tomorrow = مغلق الآن. يفتح مرة أخرى: غدًا من { $from }.
office-opens-on = مغلق الآن. يفتح مرة أخرى: { $day } من { $from }.
office-email = البريد الإلكتروني: { $email }
office-phone = الهاتف: { $phone }
office-in-form =
    هذه الدائرة، متى تكون مفتوحة وأين هي:
    { $office }
    والآن أجب عن هذا السؤال من فضلك:
    .asked = مفتوح, مفتوحة, دوام, الدوام, ساعات العمل, fat7in, fate7, fat7a, fathin, maftou7, maftoo7, dawam, el dawam
appointment-day-from-office = شكرًا. الدائرة تعطيك يوم الموعد. يمكن أن يكون لاحقًا أيضًا.
    .typed = بأسرع وقت, في أسرع وقت, بأقرب وقت, في أقرب وقت, ضروري, مستعجل, حالا, هلق, الآن

## After sending
request-submitted = شكرًا لك! رقم طلبك هو { $reference }. سأرسله الآن إلى { $institution }.
request-sent = تم إرسال طلبك رقم { $reference } إلى { $institution }.
request-next =
    { $way ->
        [chat] سيصلك الرد هنا في هذه المحادثة.
        [email] سيرد عليك المكتب بالبريد الإلكتروني.
        [phone] سيتصل بك المكتب.
        [message] سيكتب لك المكتب رسالة على رقم هاتفك.
        [letter] سيرسل لك المكتب رسالة بالبريد.
       *[unknown] سيتواصل معك المكتب.
    } قد يستغرق ذلك بضعة أيام.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = رسالتك تبدو عاجلة. أخبرت المكتب بذلك.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = هل أنت في خطر؟ اتصل إذن بالرقم 110 أو 112.
request-urgent-letter = الرسالة بالبريد تحتاج بضعة أيام. لا تستطيع الانتظار؟ اذهب إذن إلى المكتب بنفسك.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = هل أحد مريض جداً؟ في الليل وفي عطلة نهاية الأسبوع: اتصل بالرقم 116117. إذا كانت الحياة في خطر: 112.
request-failed = لم أستطع إرسال طلبك رقم { $reference } إلى { $institution }. يُرجى التواصل مع المكتب مباشرة.
request-sent-write-hint = هل تغيّر شيء؟ اكتب «{ $command }». هناك يمكنك أن ترسل رسالة عن طلبك.
documents-to-bring = يُرجى إحضار هذه الوثائق معك إلى الموعد:
documents-none = ليس عليك إحضار أي وثائق.
documents-without-papers = بعض هذه الأوراق ليست معك؟ أحضر ما لديك. سيخبرك المكتب بما يمكنك فعله أيضًا.

## My requests (/status)
status-none = ليس لديك أي طلبات بعد.
status-reference-unknown = لا يوجد عندي هنا الطلب { $reference }. ربما حذفت بياناتك. المكتب ما زال عنده الطلب. اتصل بالمكتب أو اكتب له، واذكر هذا الرقم.
status-reference-not-yours = لا أعرف الطلب { $reference }. من فضلك تأكد من الرقم. طلباتك في الأسفل.
status-draft = لم يُرسَل بعد: { $title }. لإكماله اختر «{ $button }» في القائمة الرئيسية (/menu).
status-header = طلباتك:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = في انتظار الإرسال
status-sent = تم الإرسال
status-failed = لم يتم الإرسال
status-closed = مُغلق
status-cancel-asked = تم الإرسال. في { $date } طلبت إلغاءه.
status-long-wait =
    أرسلته قبل { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }. لا يوجد رد حتى الآن؟ يُرجى الاتصال بالمكتب أو الذهاب إليه:
    { $office }
status-call-office =
    يمكنك الاتصال بالمكتب أو الذهاب إليه:
    { $office }
    .asked = رقم هاتف المكتب, رقم المكتب, رقم تلفون المكتب, رقم تليفون المكتب, هل يوجد رقم هاتف, في رقم تلفون, في رقم هاتف, شو رقمهم, ما رقمهم, بقدر اتصل فيهم, أريد أن أتصل بهم, اريد ان اتصل بهم, كيف اتصل بهم, كيف أتصل بالمكتب, رقم للاتصال, رقم هاتفهم, رقم تلفون البلدية, رقم هاتف البلدية, رقم البلدية, شو رقم تلفونهم, شو رقم التلفون
status-write-hint = هل تريد أن تكتب للمكتب عن طلب؟ اختر الطلب في الأسفل.
status-tell-office =
    هل هناك خطأ، أو تغيّر شيء؟ أخبر الدائرة بذلك. اذكر الرقم { $reference }.
    { $office }
status-question-hint = هل سؤالك عن أحد هذه الطلبات؟ اختره في الأسفل: سأرسل سؤالك إلى المكتب. ويصلك الجواب هنا.
status-write-hint-addendum = هل تريد أن تضيف شيئًا إلى طلب أو تصحّحه؟ اختر الطلب في الأسفل. سأرسل رسالتك إلى المكتب بالبريد الإلكتروني.
status-photo-hint = عندي صورتك. هل هي لأحد هذه الطلبات؟ اختره في الأسفل. سأرسلها إلى المكتب.
page-words-for-request = هل رسالتك عن طلب أرسلته؟ اختره في الأسفل. سأرسل رسالتك إلى المكتب.
status-question-hint-addendum =
    هل الأمر عن أحد هذه الطلبات؟ اختره في الأسفل. سأرسل رسالتك إلى المكتب بالبريد الإلكتروني. المكتب لا يجيب هنا في المحادثة: { $way ->
        [phone] سيتصل بك.
        [email] سيجيب بالبريد الإلكتروني.
        [message] سيرسل رسالة إلى هاتفك.
        [letter] سيرسل لك رسالة ورقية بالبريد.
       *[other] سيتصل بك أو يكتب لك.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ إلى كل طلباتي
person-sent-to-all =
    أرسلت رسالتك إلى هذه المكاتب:
    { $offices }

## Talking to a person
person-intro = رسالة من { $institution }:
person-reply-hint = يمكنك الرد هنا. يُرجى كتابة رسالتك.
person-start = يُرجى كتابة سؤالك هنا. سيرد عليك شخص من { $institution } في هذه المحادثة. قد يستغرق ذلك بضعة أيام.
person-forwarded = تم الإرسال إلى { $institution }. سيصلك الرد هنا.
person-question-sent = أرسلت سؤالك إلى { $institution }. سيصلك الرد هنا. يمكنك أن تكتب المزيد هنا.
person-start-request = اكتب هنا رسالتك عن الطلب { $reference }. سأرسلها إلى { $institution }. سيصلك الرد هنا.
person-addendum-start =
    اكتب هنا ما تريد أن تضيفه إلى الطلب { $reference }، أو أرسل صورة. سأرسله إلى { $institution } بالبريد الإلكتروني. المكتب لا يجيب هنا في المحادثة: { $way ->
        [phone] سيتصل بك.
        [email] سيجيب بالبريد الإلكتروني.
        [message] سيرسل رسالة إلى هاتفك.
        [letter] سيرسل لك رسالة ورقية بالبريد.
       *[other] سيتصل بك أو يكتب لك.
    }
person-addendum-sent =
    أرسلته إلى { $institution } بالبريد الإلكتروني. المكتب لا يجيب هنا في المحادثة: { $way ->
        [phone] سيتصل بك.
        [email] سيجيب بالبريد الإلكتروني.
        [message] سيرسل رسالة إلى هاتفك.
        [letter] سيرسل لك رسالة ورقية بالبريد.
       *[other] سيتصل بك أو يكتب لك.
    } يمكنك أن تكتب المزيد هنا أو ترسل صورة.
person-already-sent = أرسلت هذه الرسالة من قبل إلى { $institution }. يمكنك أن تكتب شيئًا جديدًا هنا.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = أرسلت هذه الصورة من قبل إلى { $institution }. يمكنك أن ترسل صورة أخرى أو تكتب شيئًا جديدًا هنا.
person-sent-again = أرسلت هذه الرسالة من قبل في { $date }. سأرسلها مرة أخرى. سيرى المكتب أنك تنتظر ردًا.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = هذه الصورة موجودة في طلبك { $reference }. أرسلتها من قبل. يمكنك أن ترسل صورة أخرى أو تكتب شيئًا جديدًا هنا.
person-sent-words = كتبتَ: «{ $words }»
talk-stopped = حسنًا. لن أرسل شيئًا آخر.
talk-stopped-case = حسنًا. لن أرسل شيئًا آخر عن { $reference }. الطلب يبقى عند { $institution }.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = أجبتُ على هذا بنفسي. لم أرسله إلى المكتب. هل تريد أن يقرأه المكتب؟ اكتبه مرة أخرى.
talk-danger-held = لم أرسل رسالتك إلى { $institution }. هل تريد أن يقرأها { $institution }؟ إذن اكتبها مرة أخرى.
talk-office =
    هذا هو المكتب، ومتى يفتح وأين هو:
    { $office }
talk-new-topic-held = يبدو أن هذا موضوع جديد: { $topic }. لم أرسله إلى { $institution }. تجد { $topic } في القائمة الرئيسية. هل رسالتك لـ { $institution }؟ إذن اكتبها مرة أخرى.
    .want = بدي, بدنا, أريد, اريد, نريد, محتاج, محتاجة, احتاج, أحتاج, نحتاج, عايز, عايزة, ابغى, bdi, baddi, bade, ari, ariid, m7taj
request-for-relative = طلب لشخص آخر؟ إذن ابدأ طلبًا جديدًا من فضلك، هنا:
person-files-sent = أرسلت هذا إلى { $institution }. سيصلك الرد هنا. يمكنك أن تكتب المزيد هنا أو تسأل سؤالك.
person-closed = انتهت هذه المحادثة مع { $institution }. إذا كنت بحاجة إلى مساعدة أخرى، يُرجى الاختيار من القائمة.
person-unavailable = عذرًا، لا يستطيع أحد الرد في المحادثة الآن. يُرجى إرسال بريد إلكتروني إلى { $email }.
person-unavailable-form = عذرًا، لا يستطيع أحد الرد في المحادثة الآن. يمكنك إرسال طلب: اختر «{ $button }» في الأسفل. أو أرسل بريدًا إلكترونيًا إلى { $email }.
person-not-forwarded = لا أستطيع إرسال هذا الملف. يُرجى إرسال صورة أو كتابة نص.
appointment-confirmed =
    لديك موعد لدى { $institution }.
    التاريخ: { $date }
    الوقت: { $time }
    المكان: { $place }
appointment-reminder =
    تذكير: لديك غدًا موعد لدى { $institution }.
    التاريخ: { $date }
    الوقت: { $time }
    المكان: { $place }
appointment-reminder-note = سأذكّرك قبل الموعد بيوم واحد.
button-write-to-person = الرد

## Delete my data (/delete)
delete-confirm = هل أحذف كل ما حفظته عنك؟ الطلبات التي لم تُرسَل بعد ستُحذف أيضًا.
delete-done = تم. حذفت كل بياناتك.
delete-sent-stay = الطلبات التي أرسلتها من قبل تبقى عند الدائرة: { $references }. لحذفها هناك أيضًا، اكتب إلى الدائرة واذكر الرقم.
delete-kept = حسنًا. لم يُحذف أي شيء.

## Email to the institution (written in the institution's language)
email-subject = طلب { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = طلب { $reference } (ربما عاجل): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = ربما عاجل. كلمات تم التعرف عليها في نص الشخص: { $words }
email-intro = وصل طلب جديد عن طريق Kompass.
email-reference = الرقم المرجعي
email-submitted-at = تاريخ الاستلام
email-channel = القناة
email-person-language = لغة المحادثة
email-person-language-named = لغة الشخص كما يسميها: { $language }
email-earlier = طلبات سابقة من نفس المحادثة إلى مكتبكم عبر Kompass (من هذا الشخص أو لأحد أقاربه): { $requests }
email-for-relative = ذُكر في المحادثة أحد أفراد العائلة: الطلب على الأغلب لهذا الشخص، وكتبه شخص آخر. قد يكون الهاتف والبريد الإلكتروني عندها لمن كتبه.
email-relative-named = ذُكر في كلمات الشخص: { $who }.
email-by-helper = ذُكر في المحادثة شخص يساعد وليس من العائلة (مثلاً جار أو متطوع أو أخصائي اجتماعي): الطلب على الأغلب لشخص آخر، وكتبه هذا المساعد. قد يكون الهاتف والبريد الإلكتروني عندها للمساعد.
email-person-asked-as-theirs = كانت الأسئلة عن الشخص (مثل الاسم وتاريخ الميلاد) صراحةً عن هذا الشخص.
email-person-asked-before = قيل في المحادثة لمن الطلب فقط بعد سؤال عن الشخص (مثل الاسم أو تاريخ الميلاد): قد يكون هذا الجواب لمن كتب. يرجى التحقق.
email-said-with = ويضيف الشخص
email-said-with-date = مكتوب بالتقويم الهجري الشمسي، وحوّله كومباس
email-date-past-deadline = { $date } (قبل { $days } يومًا؛ المهلة { $deadline } يومًا)
email-interpreter = مترجم
email-interpreter-no = غير مطلوب، حسب قول الشخص
email-interpreter-no-writer = غير مطلوب، حسب قول من يكتب عن الشخص
email-attachments = المرفقات
email-footer = كتب Kompass هذه الرسالة تلقائيًا.
email-part = الجزء { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = هل تريد إلغاء الطلب «{ $title }»؟ ستُحذف إجاباتك وصورك.
button-cancel-yes = نعم، ألغِ الطلب
button-cancel-no = لا، أريد المتابعة
cancel-kept = حسنًا. إجاباتك محفوظة.
unknown-command = لا أعرف هذا الأمر.
error-name-letter = يُرجى كتابة الاسم بالحروف.
error-name-digit = لا يمكن أن يحتوي الاسم على أرقام. يُرجى كتابة الاسم فقط، كما في جواز سفرك.
error-name-arabizi = الاسم لا يحتوي على أرقام. هل هو مكتوب هكذا في جواز سفرك: { $name }؟ إذن اكتبه هكذا من فضلك.
error-name-label = «{ $label }» موجود في القائمة. هذا ليس اسمًا. يُرجى كتابة اسمك كما هو في جواز سفرك.
error-answer-letter = يُرجى الكتابة بالحروف.
error-address-street = العنوان يحتاج إلى اسم الشارع. يُرجى كتابة الشارع ورقم البيت والقرية.
error-address-unknown = عنوانك مكتوب في عقد الإيجار (Mietvertrag) أو على رسالة وصلت إلى بيتك. يمكنك أيضًا أن تسأل صاحب البيت أو المرشد الاجتماعي. أحتفظ بإجاباتك: يمكنك أن تكمل لاحقًا.
error-text-word = «{ $word }» لا تقول للدائرة ما هو الموضوع. يُرجى كتابته ببضع كلمات.
content-changed = تغيّر هذا الجزء. يُرجى المتابعة من هنا.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = الرد: يُرجى الرد في غرفة Matrix الخاصة بمكتبكم، في المحادثة التي تحمل هذا الرقم المرجعي. يصل الرد إلى الشخص في تطبيق المراسلة.
email-answer-email = الرد: الرد على هذه الرسالة يصل إلى البريد الإلكتروني للشخص.
email-answer-relay = الرد: ردّوا على هذه الرسالة فقط. يصل الرد إلى الشخص في تطبيق المراسلة الخاص به، مع المرفقات (PDF، صور).
email-answer-phone = الرد: يُرجى الاتصال بالشخص على رقم الهاتف المكتوب.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = الرد: يُرجى الاتصال على رقم الهاتف المكتوب. ربما هو رقم الشخص الذي يكتب.
email-answer-message = الرد: يطلب الشخص رسالة مكتوبة (رسالة قصيرة أو تطبيق مراسلة، كما كتب). يُرجى الكتابة إليه على رقم الهاتف المكتوب.
email-answer-letter = الرد: لم يذكر الشخص رقم هاتف ولا بريداً إلكترونياً. يُرجى إرسال رسالة بريدية إليه على العنوان المذكور.
email-answer-letter-urgent = الرد بالبريد، لكن الأمر قد يكون عاجلاً: قد تصل الرسالة متأخرة. طُلب من الشخص أن يأتي إلى المكتب إن لم يستطع الانتظار.
email-phone-someone-else = الملاحظة عند رقم الهاتف تذكر شخصًا آخر: ربما ليس الرقم رقم الشخص نفسه.
email-answer-none = الرد: لم يكتب الشخص أي بيانات للتواصل، ولا يمكنه تلقي رد عبر Kompass.
email-answer-language = يتكلم الشخص { $language }. يُرجى الكتابة أو الكلام بألمانية بسيطة وبجمل قصيرة.
email-answer-language-interpreter = يتكلم الشخص { $language } ويحتاج إلى مترجم في المحادثات. كتابيًا يُرجى الكتابة بألمانية بسيطة وبجمل قصيرة.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = يتكلم الشخص { $language }. يُرجى الكتابة أو الكلام بالإنجليزية أو بألمانية بسيطة وبجمل قصيرة.
email-answer-language-helper = في المحادثة يكتب شخص آخر عن هذا الشخص، باللغة { $chat }. الشخص نفسه يتكلم { $language }: يُرجى الاستعانة بمترجم.
email-answer-language-writer = في المحادثة يكتب شخص آخر عن هذا الشخص، باللغة { $chat }. لم يُذكر ما هي لغة الشخص نفسه.
contact-needed = يجب أن يستطيع المكتب الرد عليك. يُرجى كتابة رقم هاتف أو بريد إلكتروني.
contact-needed-visit = ليس لديك هاتف ولا بريد إلكتروني؟ اذهب إذن بنفسك إلى المكتب: { $address }
contact-needed-letter = ليس لديك هاتف ولا بريد إلكتروني؟ إذن سيرسل لك المكتب رسالة بالبريد إلى هذا العنوان: { $home }
contact-by-letter = لم تكتب رقم هاتف ولا بريدًا إلكترونيًا. لذلك سيرسل لك المكتب رسالة بالبريد إلى هذا العنوان: { $home }
document-received =
    { $count ->
        [one] استلمت مستندًا واحدًا (PDF).
        [two] استلمت مستندين (PDF).
        [few] استلمت { $count } مستندات (PDF).
       *[other] استلمت { $count } مستندًا (PDF).
    }
value-documents =
    { $count ->
        [one] مستند واحد (PDF)
        [two] مستندان (PDF)
        [few] { $count } مستندات (PDF)
       *[other] { $count } مستندًا (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = أنا أكتب فقط في محادثة مع شخص واحد، لأن أسئلتك ووثائقك خاصة. سأغادر هذه الغرفة. من فضلك اكتب لي في محادثة خاصة.
matrix-undecryptable = لم أستطع قراءة رسالتك الأخيرة. من فضلك أرسلها مرة أخرى.

## محادثة الطرفية (kompass chat): ملاحظاتها الخاصة
terminal-photo-hint = (الطرفية: /photo PATH يرسل ملفًا.)
terminal-not-utf8 = لا أستطيع قراءة هذا السطر. يُرجى كتابته مرة أخرى.
terminal-file-missing = لا يوجد ملف { $path }.
terminal-file-not-regular = هذا ليس ملفًا عاديًا: { $path }. يُرجى كتابة مسار صورة.
terminal-file-unreadable = لا أستطيع فتح هذا الملف: { $path }.
terminal-emails-queued = رسائل بريد إلكتروني ما زالت تنتظر: { $count }. سأرسلها عند التشغيل القادم.

## Edits (Telegram and Matrix)
edit-not-applied = لقد عدّلت رسالة. لا أستطيع قراءة التعديلات. يُرجى إرسال الإجابة الصحيحة مرة أخرى في رسالة جديدة.
