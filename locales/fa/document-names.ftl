# Names of documents caseworkers type in reply templates; see de/document-names.ftl.

docname-reisepass = پاسپورت
docname-personalausweis = کارت شناسایی
docname-aufenthaltstitel = اجازه اقامت
docname-aufenthaltsgestattung = اجازه اقامت در دوره پناهندگی
docname-duldung = تعلیق موقت اخراج
docname-meldebescheinigung = گواهی ثبت آدرس
docname-wohnungsgeberbestaetigung = تأییدیه صاحب‌خانه
docname-mietvertrag = قرارداد اجاره
docname-geburtsurkunde = سند تولد
docname-heiratsurkunde = سند ازدواج
docname-lohnabrechnung = فیش حقوقی
docname-kontoauszuege = صورت‌حساب بانکی
docname-bescheid = نامه تصمیم اداره
docname-krankenversicherungskarte = کارت بیمه درمانی
docname-arbeitsvertrag = قرارداد کار
docname-passfoto = عکس پاسپورتی
docname-zeugnis = مدرک (مدرسه یا کار)
docname-mutterpass = دفترچه بارداری
