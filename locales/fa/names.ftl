# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = شما نوشتید: { $name }
    اداره نام را با حروف لاتین (A, B, C …) لازم دارد، مثل پاسپورت یا کارت شناسایی شما. لطفاً آن را همین‌طور بنویسید.
name-latin-suggestion = آیا این درست است: { $suggestion }؟ اگر بله، آن را از پایین انتخاب کنید.
button-name-no-latin = سندی با حروف لاتین ندارم
    .typed = نمی‌توانم, نمیتوانم, نمیتونم, نمی تونم, بلد نیستم, نمی‌دانم, نمیدانم, نمیدونم, فقط تذکره, تذکره دارم, پاسپورت ندارم, faqat tazkira, tazkira daram, pasport nadaram, passport nadaram
error-name-not-latin = لطفاً از حروف لاتین (A, B, C …) استفاده کنید. یا یکی از گزینه‌های پایین را انتخاب کنید.
answer-word-check = شما نوشتید: { $word }
    آیا جواب واقعاً همین است؟ اگر بله، آن را از پایین انتخاب کنید. اگر نه، لطفاً جواب را بنویسید:
name-in-both = «{ $shared }» در هر دو نام هست. کدام درست است؟
address-number-check = شما نوشتید: { $address }
    شمارهٔ خانه را ننوشته‌اید. لطفاً آن را هم بنویسید، مثلاً: 5
    خانه شماره ندارد؟ آدرس خود را از پایین انتخاب کنید.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = شما نوشتید: { $address }
    نام خیابان و شماره خانه نیست. لطفاً آن‌ها را هم بنویسید، مثلاً: Am Bach 3
    خیابانی نیست؟ پس آدرس خود را در پایین انتخاب کنید.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = شما „{ $number }“ نوشتید. آیا این شماره خانه است؟
address-latin-question = شما نوشتید: { $address }
    نامه‌های اداره به این آدرس می‌آیند. لطفاً آن را با حروف لاتین (A, B, C …) بنویسید، همان‌طور که روی صندوق پست یا در قرارداد اجاره است.
button-address-keep = نمی‌توانم آن را با حروف لاتین بنویسم
    .typed = نمی‌توانم, نمیتوانم, نمیتونم, نمی تونم, بلد نیستم, نمی‌دانم, نمیدانم, نمیدونم
value-name-original = { $latin } (به خط اصلی: { $original })
value-name-suggested = { $latin } (Kompass این را نوشته است، لطفاً با پاسپورت مقایسه کنید؛ به خط اصلی: { $original })
value-name-no-latin = { $original } (به خط اصلی؛ سندی با نام به حروف لاتین وجود ندارد)
email-untranslated = { $label } ({ $language }، ترجمه نشده)
email-untranslated-unknown = { $label } (ترجمه نشده)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = توضیح درباره شماره تلفن
email-phone-foreign = { $number } (اگر از خارج است، شاید: { $foreign })
email-note-gist = واژه‌های شناخته‌شده (ترجمه نیست): { $words }
email-names-latin = نام‌هایی که در آن آمده، با حروف لاتین، تقریباً: { $names }
email-attached = { $value } (پیوست: { $file })
email-photos-other-paper = { $photos }، احتمالاً از یک برگه‌ی دیگر (بدون مدرک خواسته‌شده)
email-untranslated-latin = { $text } (با حروف لاتین، تقریباً: { $latin })
