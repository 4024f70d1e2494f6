# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = دفتر خدمات شهروندی (Bürgerbüro) لیندناو
inst-lindenau-integration = دفتر ادغام لیندناو
main-text =
    به کمپاس لیندناو خوش آمدید!
    من در اولین قدم‌ها در لیندناو به شما کمک می‌کنم.
    من می‌توانم درخواست شما را هم به اداره درست بفرستم.
    .again = به چه چیزی نیاز دارید؟
register-text =
    به لیندناو آمده‌اید؟ پس باید آدرس خود را ثبت کنید.
    بعد از آمدن به خانه ۲ هفته وقت دارید.
    کجا: دفتر خدمات شهروندی در ساختمان شهرداری لیندناو، Marktplatz 1.
    با خود بیاورید: پاسپورت و تأییدیه صاحب‌خانه (Wohnungsgeberbestätigung).
field-new-address = آدرس جدید شما در لیندناو چیست؟ لطفاً خیابان و شماره خانه را با حروف لاتین (A, B, C …) بنویسید.
label-new-address = آدرس جدید در لیندناو
