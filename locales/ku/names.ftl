# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = We nivîsî: { $name }
    Nivîsgeh navê we bi tîpên latînî (A, B, C …) hewce dike, wek di pasaporta we an jî nasnameya we de. Ji kerema xwe navê xwe bi tîpên latînî binivîsin.
name-latin-suggestion = Ev rast e: { $suggestion }? Heke erê, li jêr wê hilbijêrin.
button-name-no-latin = Belgeyeke min bi tîpên latînî tune
    .typed = nikarim, nizanim, nikarim binivîsim
error-name-not-latin = Ji kerema xwe tîpên latînî (A, B, C …) bi kar bînin. An jî li jêr vebijarkekê hilbijêrin.
answer-word-check = We nivîsî: { $word }
    Bersiv bi rastî ev e? Heke erê, li jêr wê hilbijêrin. Heke na, ji kerema xwe bersivê binivîsin:
name-in-both = “{ $shared }” di her du navan de ye. Kîjan rast e?
address-number-check = We nivîsî: { $address }
    Hejmara xaniyê kêm e. Ji kerema xwe wê jî binivîsin, mînak: 5
    Hejmara xaniyê tuneye? Wê demê navnîşana xwe li jêr hilbijêrin.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = We nivîsand: { $address }
    Kolan û hejmara xaniyê kêm in. Ji kerema xwe wan jî binivîsin, mînak: Am Bach 3
    Kolan tune? Wê demê navnîşana xwe li jêr hilbijêrin.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = We „{ $number }“ nivîsand. Ev hejmara xaniyê ye?
address-latin-question = We nivîsî: { $address }
    Nameyên nivîsgehê tên vê navnîşanê. Ji kerema xwe wê bi tîpên latînî (A, B, C …) binivîsin, wek li ser qutiya nameyan an di peymana kirê de.
button-address-keep = Ez nikarim wê bi tîpên latînî binivîsim
    .typed = nikarim, nizanim, nikarim binivîsim
value-name-original = { $latin } (bi nivîsa eslî: { $original })
value-name-suggested = { $latin } (ji aliyê Kompass ve hat nivîsandin, ji kerema xwe bi pasaportê re kontrol bikin; bi nivîsa eslî: { $original })
value-name-no-latin = { $original } (bi nivîsa eslî; belgeyeke bi navê bi tîpên latînî tune)
email-untranslated = { $label } ({ $language }, nehatiye wergerandin)
email-untranslated-unknown = { $label } (nehatiye wergerandin)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Nîşe li ser hejmara telefonê
email-phone-foreign = { $number } (heke ji derve be, dibe: { $foreign })
email-note-gist = Peyvên naskirî (ne werger e): { $words }
email-names-latin = Navên tê de, bi tîpên latînî, nêzîkî: { $names }
email-attached = { $value } (pêvek: { $file })
email-photos-other-paper = { $photos }, dibe ku ya kaxezeke din e (bê belgeya xwestî)
email-untranslated-latin = { $text } (bi tîpên latînî, nêzîkî: { $latin })
