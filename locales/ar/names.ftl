# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = كتبتَ: { $name }
    يحتاج المكتب إلى الاسم بالحروف اللاتينية (A, B, C …)، كما هو في جواز سفرك أو بطاقتك الشخصية. يُرجى كتابته هكذا.
name-latin-suggestion = هل هذا صحيح: { $suggestion }؟ إن كان كذلك، فاختره في الأسفل.
button-name-no-latin = ليس لدي وثيقة بالحروف اللاتينية
    .typed = ما بعرف, ما بقدر, ما اعرف, ما أعرف, لا أعرف, لا اعرف, لا أستطيع, لا استطيع, ما بعرفش, ما اقدر, مااعرف
error-name-not-latin = يُرجى استخدام الحروف اللاتينية (A, B, C …). أو اختر أحد الخيارات في الأسفل.
answer-word-check = كتبتَ: { $word }
    هل هذا هو الجواب حقًا؟ إن كان كذلك، فاختره في الأسفل. وإلا فاكتب الجواب من فضلك:
name-in-both = «{ $shared }» موجود في الاسمين. ما الصحيح؟
address-number-check = كتبتَ: { $address }
    رقم البيت ناقص. من فضلك اكتبه أيضًا، مثلًا: 5
    لا يوجد رقم للبيت؟ اختر عنوانك في الأسفل.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = كتبتَ: { $address }
    اسم الشارع ورقم البيت ناقصان. يُرجى كتابتهما أيضاً، مثلاً: Am Bach 3
    لا يوجد شارع؟ اختر عنوانك في الأسفل.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = كتبتَ „{ $number }“. هل هذا رقم البيت؟
address-latin-question = كتبتَ: { $address }
    تصل رسائل المكتب إلى هذا العنوان. يُرجى كتابته بالحروف اللاتينية (A, B, C …)، كما هو على صندوق البريد أو في عقد الإيجار.
button-address-keep = لا أستطيع كتابته بالحروف اللاتينية
    .typed = ما بعرف, ما بقدر, ما اعرف, ما أعرف, لا أعرف, لا اعرف, لا أستطيع, لا استطيع, ما بعرفش, ما اقدر, مااعرف
value-name-original = { $latin } (بالكتابة الأصلية: { $original })
value-name-suggested = { $latin } (كتبه Kompass، يُرجى التحقق منه مع جواز السفر؛ بالكتابة الأصلية: { $original })
value-name-no-latin = { $original } (بالكتابة الأصلية؛ لا توجد وثيقة بالاسم بالحروف اللاتينية)
email-untranslated = { $label } ({ $language }، غير مترجم)
email-untranslated-unknown = { $label } (غير مترجم)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = ملاحظة عن رقم الهاتف
email-phone-foreign = { $number } (إذا كان من الخارج، ربما: { $foreign })
email-note-gist = كلمات تم التعرف عليها (ليست ترجمة): { $words }
email-names-latin = أسماء مذكورة فيه، بالحروف اللاتينية تقريبًا: { $names }
email-attached = { $value } (مرفق: { $file })
email-photos-other-paper = { $photos }، على الأغلب لورقة أخرى (بدون الوثيقة المطلوبة)
email-untranslated-latin = { $text } (بالحروف اللاتينية تقريبًا: { $latin })
