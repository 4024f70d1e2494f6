# Lindenau (a fictional sample town). AI draft, not reviewed (docs/translations.md).
inst-lindenau-buergerbuero = Buroya Welatiyan (Bürgerbüro) ya Lindenauyê
inst-lindenau-integration = Buroya Entegrasyonê ya Lindenauyê
main-text =
    Hûn bi xêr hatin Kompass Lindenau!
    Ez di gavên we yên pêşîn de li Lindenauyê alîkariya we dikim.
    Ez dikarim daxwaza we jî ji daîreya rast re bişînim.
    .again = Hûn çi dixwazin?
register-text =
    Hûn hatin Lindenauyê? Wê demê divê hûn navnîşana xwe qeyd bikin.
    Piştî ku hûn bar dikin, 2 hefteyên we hene.
    Li ku: Buroya Welatiyan li şaredariya Lindenauyê, Marktplatz 1.
    Bi xwe re bînin: pasaport û pejirandina xwediyê xaniyê (Wohnungsgeberbestätigung).
field-new-address = Navnîşana we ya nû li Lindenauyê çi ye? Ji kerema xwe kolan û hejmara xaniyê bi tîpên latînî (A, B, C …) binivîsin.
label-new-address = Navnîşana nû li Lindenauyê
