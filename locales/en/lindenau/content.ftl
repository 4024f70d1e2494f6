# Lindenau (a fictional sample town): only the texts that differ from the shared ones.
inst-lindenau-buergerbuero = Bürgerbüro (citizens' office) of Lindenau
inst-lindenau-integration = Integration office of Lindenau
main-text =
    Welcome to Kompass Lindenau!
    I help you with your first steps in Lindenau.
    I can also send your request to the right office.
    .again = What do you need?
register-text =
    Did you move to Lindenau? Then you must register your address.
    You have 2 weeks after you move in.
    Where: Bürgerbüro in the Rathaus (town hall) of Lindenau, Marktplatz 1.
    Bring: your passport and the landlord confirmation (Wohnungsgeberbestätigung).
field-new-address = What is your new address in Lindenau? Please write street and house number in Latin letters (A, B, C …).
label-new-address = New address in Lindenau
