# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = Lindenau Vatandaş Bürosu (Bürgerbüro)
inst-lindenau-integration = Lindenau Uyum Bürosu
main-text =
    Kompass Lindenau'ya hoş geldiniz!
    Lindenau'daki ilk adımlarınızda size yardım ederim.
    Talebinizi doğru daireye de gönderebilirim.
    .again = Neye ihtiyacınız var?
register-text =
    Lindenau'ya mı taşındınız? O zaman adresinizi kaydettirmelisiniz.
    Taşındıktan sonra 2 haftanız var.
    Nerede: Lindenau belediye binasındaki Vatandaş Bürosu, Marktplatz 1.
    Yanınızda getirin: pasaportunuz ve ev sahibi onayı (Wohnungsgeberbestätigung).
field-new-address = Lindenau'daki yeni adresiniz nedir? Lütfen sokak ve ev numarasını Latin harfleriyle (A, B, C …) yazın.
label-new-address = Lindenau'daki yeni adres
