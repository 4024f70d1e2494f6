# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = مكتب خدمة المواطنين (Bürgerbüro) في ليندناو
inst-lindenau-integration = مكتب الاندماج في ليندناو
main-text =
    أهلاً بك في كومباس ليندناو!
    أساعدك في خطواتك الأولى في ليندناو.
    ويمكنني أيضاً إرسال طلبك إلى المكتب المناسب.
    .again = بماذا أساعدك؟
register-text =
    هل انتقلت إلى ليندناو؟ عندها يجب أن تسجل عنوان السكن.
    لديك أسبوعان بعد الانتقال إلى السكن.
    أين: مكتب خدمة المواطنين في دار البلدية في ليندناو، Marktplatz 1.
    أحضر معك: جواز السفر وتأكيد المؤجر (Wohnungsgeberbestätigung).
field-new-address = ما عنوانك الجديد في ليندناو؟ يُرجى كتابة الشارع ورقم البيت بالحروف اللاتينية (A, B, C …).
label-new-address = العنوان الجديد في ليندناو
