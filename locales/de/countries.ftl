# The nationality question's options (field `nationality`, kind `choice`): the office
# reads the German names, so these are the ones in its emails.
# `.typed`: what people write for an option (comma-separated); typed at the question, in
# any language, it chooses the option as the label does, also inside a sentence ("Ich
# komme aus Syrien"), where a word of four letters or more is a stem ("сири" for "из Сирии").
country-sy = Syrien
    .typed = syrisch, Syrer, Syrerin
country-af = Afghanistan
    .typed = afghanisch, Afghane, Afghanin
country-ua = Ukraine
    .typed = ukrainisch, Ukrainer, Ukrainerin
country-tr = Türkei
    .typed = türkisch, Türke, Türkin, Türkiye
country-iq = Irak
    .typed = irakisch, Iraker, Irakerin
country-ir = Iran
    .typed = iranisch, Iraner, Iranerin
country-ru = Russland
    .typed = russisch, Russe, Russin, Russische Föderation
country-er = Eritrea
    .typed = eritreisch, Eritreer, Eritreerin
country-stateless = staatenlos
    .typed = staatenlos, keine Staatsangehörigkeit
button-other-country = Anderes Land
    .typed = anderes, andere, ein anderes, anderes land, ein anderes land, keins davon
field-nationality-other = Welches Land? Bitte schreiben Sie es.
