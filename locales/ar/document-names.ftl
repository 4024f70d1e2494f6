# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = جواز السفر
docname-personalausweis = بطاقة الهوية
docname-aufenthaltstitel = تصريح الإقامة
docname-aufenthaltsgestattung = إذن الإقامة أثناء إجراءات اللجوء
docname-duldung = وقف الترحيل المؤقت
docname-meldebescheinigung = شهادة تسجيل السكن
docname-wohnungsgeberbestaetigung = تأكيد المؤجر
docname-mietvertrag = عقد الإيجار
docname-geburtsurkunde = شهادة الميلاد
docname-heiratsurkunde = عقد الزواج
docname-lohnabrechnung = قسيمة الراتب
docname-kontoauszuege = كشوف الحساب البنكي
docname-bescheid = القرار الرسمي
docname-krankenversicherungskarte = بطاقة التأمين الصحي
docname-arbeitsvertrag = عقد العمل
docname-passfoto = صورة شخصية للجواز
docname-zeugnis = الشهادة (مدرسية أو عمل)
docname-mutterpass = سجل الحمل (Mutterpass)
