# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Kurdish (Kurmanji, Latin script, Hawar alphabet): machine-assisted draft, not yet reviewed
# by a native speaker (docs/translations.md).

## Language
language-name = Kurdî (Kurmancî)
choose-language = Ji kerema xwe zimanê xwe hilbijêrin.
language-detected-confirm = We bi { $language } nivîsî. Em bi { $language } berdewam bikin?
language-set = Baş e. Ez ê bi Kurdî (Kurmancî) binivîsim.
language-dari-noted = Farisî nêzîkî Derî (Dari) ye. Ez ê ji daîreyê re bêjim ku hûn bi Derî diaxivin.

## Buttons
button-back = Paşve
button-main-menu = Menuya sereke
    .typed = menu, menû
button-yes = Erê
    .typed = belê, temam, rast e, rast, hemû rast e
button-no = Na
    .typed = nexêr
button-skip = Derbas bibe
    .typed = derbas bike, derbas be, derbas, derbaz bibe, pêşve, tune, tuneye, nîne, tiştek tune, na spas, nizanim, ez nizanim, min tune, li ba min tune, tiştekî din tune, tiştekî din nîne, tiştek din tune
button-done = Temam
    .typed = pêşve, xelas, qediya
button-cancel = Betal bike
    .typed = betal, betal bike, naxwazim, ez naxwazim, raweste, bes e
button-send = Daxwazê bişîne
    .typed = bişîne, bişînin, şandin, bişîn
button-change = Tiştekî biguherîne
    .asked = biguher, guhert, şaş, çewt, xelet, sererast, lê, belê
button-other-language = Zimanekî din
button-continue-request = Daxwaza min bidomîne
    .asked = ez li ku mam, em li ku man, ez li ku bûm, li ku mam
button-back-to-summary = Vegere kurteyê
button-delete-yes = Erê, her tiştî jê bibe
button-delete-no = Na, daneyên min bila bimînin
button-interpreter-other = Zimanekî din

## Commands (the command menu of the messenger)
cmd-start = Ji nû ve dest pê bike
    .typed = ji nû ve, ji serî ve, ji nû ve dest pê bikin
cmd-menu = Menuya sereke
cmd-back = Vegere
    .typed = paşve, pasve, vegerin, vegerîn
cmd-language = Zimên biguherîne
    .typed = ziman
    .asked = zimên biguher, ziman biguher, zimanê din, zimanekî din
cmd-cancel = Daxwaza min betal bike
    .asked = betal, êdî ne lazim
cmd-help = Alîkarî
    .asked = alîkarî, alikari, arîkarî, alîkariya
cmd-status = Daxwazên min
    .typed = daxwaza min
    .asked = daxwaz, bersiv, gihîşt, gihist, wergirt
    .when = kengê, werim, bêm
    .sent = şandin, hat şandin, hate şandin, şandî, şandiye, gihîşt, gihişt, bersiv
cmd-delete = Daneyên min jê bibe
    .asked = daneyên min jê, dane jêbirin, daneyên xwe jê bibim, daneyên min jê bibin, hemû daneyên min, daneyên xwe jê bibe
private-chat-only = Ez tenê di sohbetên taybet de diaxivim. Ji kerema xwe rasterast ji min re binivîsin: li ser navê min bitikînin û paşê li ser “Peyam”.

## Help and general answers
help-text =
    Ez li vir di gavên we yên pêşîn de alîkariya we dikim.
    Yek ji vebijarkan hilbijêrin: li ser wê bitikînin an jî hejmara wê binivîsin.
    Hûn dikarin van fermanan bi kar bînin:
    /menu – menuya sereke
    /back – vegere
    /language – zimên biguherîne
    /status – daxwazên min
    /cancel – daxwaza min betal bike
    /delete – daneyên min jê bibe
not-understood = Bibore, min fêm nekir. Ji kerema xwe yek ji vebijarkan hilbijêrin: li ser wê bitikînin an jî hejmara wê binivîsin.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = Randevû: ji bo çi? Ji kerema xwe li jêr mijarê hilbijêrin. Li wir hûn dikarin randevûyê bixwazin.
    .typed = randevû, randevu, randevû dixwazim, randevu dixwazim
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = Li vir bersiva min ji bo vê tune. Kesek dikare alîkariya we bike: { $institution }. „{ $button }“ hilbijêrin. Paşê ez pirsa we dişînim wir.
not-understood-question-email = Li vir bersiva min ji bo vê tune. Kesek dikare alîkariya we bike: { $institution }. Ji kerema xwe e-nameyekê ji { $email } re binivîsin.
not-understood-question-form = Li vir bersiva min ji bo vê tune. Kesek dikare alîkariya we bike: { $institution }. Li jêr “{ $button }” hilbijêrin: ez ê pirsa we bi daxwazê re bişînim. An jî e-nameyekê ji { $email } re binivîsin.
not-understood-question-page = Dibe ku bersiv jixwe li vê rûpelê ye. Heke ne: Kesek dikare alîkariya we bike: { $institution }. „{ $button }“ hilbijêrin. Paşê ez pirsa we dişînim wir.
    .asked = çiqas, biha, bihayê, pere bidim, belaş, çi bînim, bi xwe re bînim, kîjan belge, çi belge, çiqas dem, pere lazim e, pere didin, ez biçim ku, divê ez biçim ku, li ku ye, ew li ku ye, navnîşan çi ye, navnîşana wê çi ye
page-address-below = Navnîşan û demjimêrên vekirinê li jêr in.
    .asked = li ku ye, ew li ku ye, navnîşan çi ye, navnîşana wê çi ye, ez çawa biçim
new-here = Piraniya mirovan bi qeyda navnîşanê (Anmeldung) dest pê dikin, di nav 2 hefteyan de piştî ku bar dikin. Li jêr mijarekê hilbijêrin.
    .asked = nû hatim, nû hatin, ez nû hatime, em nû hatine, ez nû me
not-understood-question-page-email = Dibe ku bersiv jixwe li vê rûpelê ye. Heke ne: Kesek dikare alîkariya we bike: { $institution }. Ji kerema xwe e-nameyekê ji { $email } re binivîsin.
not-understood-question-page-form = Dibe ku bersiv jixwe li vê rûpelê ye. Heke ne: Kesek dikare alîkariya we bike: { $institution }. Li jêr “{ $button }” hilbijêrin: ez ê pirsa we bi daxwazê re bişînim. An jî e-nameyekê ji { $email } re binivîsin.
form-question-goes = Pirsa we bi vê daxwazê re diçe ofîsê.
form-first-message-goes = Peyama we ya yekem bi vê daxwazê re diçe ofîsê.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Ser çavan!
    .typed = spas, gelek spas, zor spas, pir spas, spas dikim, sipas, sipas dikim, ez spas dikim, mamnun, spas ji bo alîkariyê, gelek spas ji bo alîkariyê
    .calling = bira, birako, birayê min, xwişk, xwîşk, xwişka min, hevalo, heval, delal, birayê delal
reply-greeting = Silav!
    .typed = silav, silav li we, rojbaş, roj baş, êvarbaş, êvar baş, merheba, selam, tu çawa yî, çawa yî, tu baş î
reply-goodbye = Bi xatirê we! Kengî hûn bixwazin, dîsa ji min re binivîsin.
    .typed = bi xatirê te, bi xatirê we, xatirê te, xatirê we, bay, şev baş, şevbaş
reply-stop = Baş e. Ez tenê dema ku hûn ji min re binivîsin an ofîsek bersiva we bide, ji we re dinivîsim. Hemû daneyên xwe jê bibin: /delete
    .typed = raweste, rawestin, bes e, stop
reply-ok = Baş e. Gava hûn amade bin, yek ji vebijarkan hilbijêrin.
unsupported-message = Ez tenê dikarim nivîs û wêneyan bixwînim. Ji kerema xwe nivîsekê binivîsin an jî yek ji vebijarkan hilbijêrin.
text-too-long = Peyama we pir dirêj e. Ji kerema xwe herî zêde { $max } tîpan binivîsin.
attachment-not-expected = Spas. Niha pel ne hewce ye.
attachment-letter-help = Spas. Ez nikarim nameyan bixwînim. Li vir hûn ji bo nameyekê alîkarî dibînin. Hûn dikarin daxwazekê jî bişînin, bi wêneyê nameyê re.
attachment-letter-kept = Spas. Ez nikarim nameyan bixwînim. Li vir hûn ji bo nameyekê alîkarî dibînin. Hûn dikarin daxwazekê jî bişînin: „{ $button }“. Wêneyê we jixwe tê de ye.
attachment-kept-for-request = Spas. Wêneyê we li cem min e. Ew dikare bi daxwazekê re biçe dezgehê: „{ $button }“ hilbijêrin. Wêneyê we jixwe tê de ye.
attachment-for-sent-request = Ma wêne ji bo daxwaza we { $reference } e? Wê demê wê bi e-nameyê ji { $institution } re bişînin: { $email }. Hejmara { $reference } jî binivîsin.
attachment-for-request = Spas. Ez pelê li daxwaza we zêde dikim: { $title }. Em li wir berdewam dikin.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = Nameya we demeke dawî heye: { $date }. Heta wê rojê nesekinin. Hûn dikarin wêneyê nameyê ji min re bişînin. Wê demê kesek ji şêwirmendiyê dikare alîkariya we bike.
    .no-date = Nameya we demeke dawî heye. Nesekinin. Hûn dikarin wêneyê nameyê ji min re bişînin. Wê demê kesek ji şêwirmendiyê dikare alîkariya we bike.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = Kaxeza rûniştina we di { $date } de diqede. Ev nêzîk e. Niha serlêdanê bikin, nesekinin. Hûn dikarin li vir ji dezgehê re binivîsin an biçin wir.
attachment-offer-person = Spas. Li vir pel ne hewce ye. Kesek ji { $institution } dikare lê binêre. „{ $button }“ hilbijêrin. Paşê ez pelê we dişînim wir.
attachment-offer-more = Spas. Niha { $count } pel li cem min in. Hemû ev in? Heke erê, li jor „{ $button }“ hilbijêrin.
attachment-offer-kept = Pelê we hê li cem min e. Kesek dikare lê binêre: { $institution }. Ji bo vê „{ $button }“ hilbijêrin.
offer-files-full = Ez dikarim herî zêde { $max } pelan bi carekê bişînim. Min ev pel tomar nekir. “{ $button }” hilbijêrin: wê demê ez pelên din ji { $institution } re dişînim. Piştre vî pelî dîsa bişînin.
cancel-nothing = Tiştek tune ye ku were betalkirin.
cancel-sent = Daxwaza we { $reference } niha li { $institution } e. Ez li vir nikarim wê paşde bistînim. Êdî ne lazim e? Ji kerema xwe ji ofîsê re bêjin. Li jêr hûn dibînin çawa.
back-nothing = Ev destpêk e. Gaveke paşve tune ye.
group-chat-only-private = Ez tenê di sohbetên taybet de diaxivim. Ji kerema xwe rasterast ji min re binivîsin.

## Forms
form-progress = Pirs { $number } ji { $total }
form-about-the-person = Ji kerema xwe ji bo kesê ku tu ji bo wî dinivîsî bersiv bide.
form-asked-again-for-someone = Baş e. Daxwaz ji bo kesekî din e. Ez peyama te dişînim { $institution }. Niha ez dîsa li ser wî kesî dipirsim.
form-answer-now = Bersiva we heta niha: { $answer }
form-answer-earlier = Di daxwaza xwe ya dawî de we nivîsî: { $answer }. Heke hê rast be, ✓ li jêr hilbijêrin.
    .typed = heman, wekî berê, eynî, wek berê
form-resume = Daxwazeke we heye ku hê neqediyaye: { $title }. Em niha berdewam dikin.
form-sent-before = We di { $date } de daxwazek ji { $institution } re şandiye: { $reference }. Ma ew heman mijar e? Wê demê ne hewce ye ku hûn wê dîsa bişînin.
form-sent-before-new = Daxwazek ji bo kesekî din, an li ser tiştekî nû? Wê demê li vir berdewam bikin.
form-sent-before-write = “{ $command }” binivîsin: li wir hûn dikarin derbarê wê de ji nivîsgehê re binivîsin.
form-cancelled = Daxwaza we hat betalkirin. Tiştek nehat şandin.
form-draft-kept = Bersivên we hatin tomarkirin. Hûn dikarin paşê daxwaza xwe bidomînin.
error-text-empty = Ji kerema xwe tiştekî binivîsin.
error-text-too-long = Ev pir dirêj e. Ji kerema xwe herî zêde { $max } tîpan binivîsin.
error-date-invalid = Ez nikarim vê dîrokê bixwînim. Ji kerema xwe roj, meh û salê bi hejmaran binivîsin, wek mînaka li jêr.
error-date-impossible = Ev dîrok tune ye. Ji kerema xwe roj û mehê kontrol bikin.
error-date-future = Ev dîrok di pêşerojê de ye. Ji kerema xwe kontrol bikin.
error-date-past = Ev dîrok di paşerojê de ye. Ji kerema xwe dîrokeke paştir binivîsin.
error-date-too-old = Ev dîrok pir kevn e. Ji kerema xwe salê kontrol bikin.
error-date-year-only = Hûn roj û mehê nizanin? Wê demê dîrokê wek di kaxezên xwe de binivîsin, wek: { $date }
    .typed = nizanim, nizanim roj, ne diyar e, nizane, nayê zanîn, nizanin
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] Hûn rojê nizanin?
       *[year] Hûn roj û mehê nizanin?
    } Kaxezên almanî wê hingê wiha dinivîsin: { $date }. Heke rast be, li jêr wê hilbijêrin.
error-date-persian-year = { $year } saleke salnameya farisî ye. Di salnameya me de bi piranî { $gregorian } e. Hûn roj û mehê nizanin? Wê demê li jêr 00.00.{ $gregorian } hilbijêrin.
error-date-solar-hijri = Ev dîrokeke salnameya îranî (Hicrî Şemsî) ye. Di salnameya almanî de { $date } e. Heke rast be, li jêr wê hilbijêrin.
error-date-too-far = Ev dîrok ji salekê zêdetir li pêş e. Ji kerema xwe salê kontrol bikin.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = Hûn kîjan salê dixwazin bibêjin? Ma ew { $date } e? Heke erê, li jêr wê hilbijêrin. Heke na, ji kerema xwe dîrokê bi salê re binivîsin.
error-date-year-short = Ji kerema xwe salê bi 4 reqeman binivîsin. Mebesta we { $date } e? Heke erê, li jêr wê hilbijêrin.
error-date-month-first = Li Almanyayê pêşî roj tê nivîsîn, paşê meh. Mebesta we { $date } e? Heke erê, li jêr wê hilbijêrin.
error-date-ago = Nivîsgeh roja tam hewce dike. Ma { $date } bû? Heke erê, li jêr wê hilbijêrin. Heke na, ji kerema xwe dîrokê binivîsin.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Nivîsgeh roja rast hewce dike. Ji kerema xwe dîrokê bi rojê re binivîsin, mînak: { $example }
error-date-still-offered = Ji bo vê pirsê hê dîrok lazim e. Ma { $date } rast e? Heke erê, li jêr wê hilbijêrin. Heke na, ji kerema xwe dîrokê binivîsin.
answer-noted-ahead = Baş e, ev bersiva pirseke paşê ye: { $answer }. Min ew nivîsî. Niha ji kerema xwe bersiva vê pirsê bidin:
answer-corrected = Baş e, min guhert: { $answer }.
answer-noted-too = Min ev jî nivîsî: { $answer }.
answers-noted-ahead = Baş e, ev bersivên pirsên paşê ne: { $answers }. Min ew nivîsîn. Niha ji kerema xwe bersiva vê pirsê bidin:
photo-kept-ahead-check = Spas. Ev wêne ji bo pirseke paşê ye: { $label }. Dibe ku xwendina wê zehmet be. Ez ê li wir li ser wê ji we bipirsim. Niha ji kerema xwe bersiva vê pirsê bidin:
photo-for-question-before = Spas. Ev wêne ji bo pirsa berê ye: { $label }. Min ew li wir zêde kir.
photo-moved-here = We ev wêne berê şandibû, li: { $label }. Niha ew ji bo vê pirsê ye.
form-not-sent-yet-questions = Ev daxwaz hê nehatiye şandin. Ji kerema xwe bersiva pirsan bidin. Di dawiyê de ez wê dişînim.
form-question-kept = Ev pirsek e. Ez li vir nikarim bersiv bidim. Ez ê wê bi daxwaza we re ji { $institution } re bişînim: ew dikarin bersiv bidin. Niha ji kerema xwe bersiva vê pirsê bidin:
form-question-added = Ev pirsek e. Ez li vir nikarim bersiv bidim. Min ew li daxwaza we ya ji { $institution } re zêde kir: ew dikarin bersiv bidin.
form-not-sent-yet = Ev daxwaz hîn nehatiye şandin. Gava hûn “{ $button }” hilbijêrin, ez wê dişînim.
form-question-page = Dibe ku ev alîkarî bike („{ $page }“):
form-question-kept-too = Ez ê pirsa we jî bi daxwaza we re bişînim { $institution }. Niha ji kerema xwe bersiva vê pirsê bidin:
form-question-not-answer = Ev pirsek e. Li vir bersiva we lazim e. Ji kerema xwe bersiva vê pirsê bidin:
form-message-kept = Ez ê peyama we bi daxwaza we re ji { $institution } re bişînim. Niha ji kerema xwe bersiva vê pirsê bidin:
form-message-kept-too = Ez gotinên we jî bi daxwazê re ji { $institution } re dişînim.
form-choice-first-of-several = We ji yekê zêdetir nivîsand. Min li vir nivîsand: { $option }.
form-for-someone-else = Ez ê peyama we bi daxwaza we re bişînim { $institution }. Daxwaz ji bo kesekî din e? Wê demê ji kerema xwe bersiva pirsan ji bo wî kesî bidin:
first-message-for-someone = Baş e. Hûn ji bo kesekî din dinivîsin. Hilbijêrin ka ew çi hewce dike. Paşê bersiva pirsên li ser wî kesî bidin. Ez peyama we bi daxwazê re dişînim.
first-message-not-read = Min nikarîbû peyama we ya yekem bixwînim: ez hîn zimanê we nizanim. Ji kerema xwe li jêr mijarekê hilbijêrin, an pirsa xwe li vir dîsa binivîsin.
form-child-later = Ez ê peyama we bi daxwaza we re ji { $institution } re bişînim. Pêşî ez li ser we dipirsim. Paşê li ser zarokê we. Niha ji kerema xwe bersiva vê pirsê bidin:
form-one-person-here = Li vir ji kerema xwe tenê zarokek. Ez hemû navan ji { $institution } re dişînim. Ji kerema xwe navê zaroka yekem binivîsin:
form-question-again = Ne pirsgirêk e. Ev dîsa heman pirs e. Zimanekî din? Binivîsin: /language
    .typed = çi, çi?, min fêm nekir, fêm nakim, ez fêm nakim, yanî çi, wateya wê çi ye, fam nakim, ez fam nakim, min fam nekir, ez tênagihim, min pirs fêm nekir, min pirsê fêm nekir, ez pirsê fêm nakim, min pirs fam nekir
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = Ofîs vê ji bo daxwaza we hewce dike. Tenê ofîs wê distîne. Hûn dikarin her dem daneyên xwe jê bibin: /delete
    .asked = çima, ji bo çi, cima, bo çi
form-slip-back = Ne pirsgirêk e. Ev pirsa berê ye: hûn dikarin bersiva xwe biguherînin.
office-no-document = Kes dibêje ku belgeya xwestî ya wî/wê tune. Bersiva wî/wê: { $words }
    .typed = pasaporta min tune, pasaport tune, pasaporta min nîne, nasnameya min tune, belgeya min tune, kaxezên min tune, bê pasaport, pasaporta min winda bû, belgeyên min tune
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = Kes dibêje ku paşnavê wî/wê tune. Wî/wê nivîsî: { $words }
    .typed = paşnavê min tune, paşnav tune, paşnavê min nîne, bê paşnav, tenê navekî min heye, tenê yek nav, tenê navê min heye
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = Kes dibêje ku navê wî/wê yê pêşîn tune, tenê navek heye. Wî/wê nivîsî: { $words }
    .typed = navê min ê pêşîn tune, tenê navekî min heye, tenê yek nav, tenê navê min heye
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = Dezgeh vî navî hewce dike. Tenê navekî we heye? Wê demê binivîsin: tenê yek nav
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = Kes dibêje ku navnîşaneke wî/wê ya domdar tune. Wî/wê nivîsî: { $words }
    .typed = navnîşana min tune, adresa min tune, bê navnîşan, mala min tune, li cem hevalê xwe me
office-writer-details = Pêşî wek agahiyên nivîskar bi xwe hatin dayîn: { $words }
office-also-chosen = { $label }: li gorî kesê, herwiha { $options }
photos-without-papers = Baş e. Ez ê daxwaza we bê vê wêneyê bişînim. Ez ê ji dezgehê re bibêjim ku ev belge li cem we tune ye. Dezgeh dê ji we re bibêje hûn çi dikarin bikin.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = Ev belge li cem min tune
    .typed = kaxeza min tune, belgeyek min tune, tu belgeyek min tune, min tune
form-question-goes-along =
    { $count ->
        [one] Ez ê peyama we ya berê jî bişînim
       *[other] Ez ê peyamên we yên berê jî bişînim
    }: “{ $question }”
error-phone = Ev ne hejmareke telefonê ye. Ji kerema xwe wisa binivîsin: +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words = Ji kerema xwe hemû hejmara telefonê bi reqeman (0–9) binivîsin, wek: 0151 23456789
error-email = Ev ne navnîşaneke e-nameyê ye. Ji kerema xwe wisa binivîsin: name@example.com
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = Di navnîşana e-nameyê de valahî tune. Min tenê beşa piştî valahiyê xwend.
email-typo-check = Mebesta we ev e: { $email }? Heke erê, li jêr wê hilbijêrin. Heke na, ji kerema xwe navnîşana e-nameya xwe dîsa binivîsin.
error-number = Ji kerema xwe hejmarekê binivîsin.
error-number-in-all = Ji kerema xwe ji bo hemûyan bi hev re hejmarekê binivîsin, bi we re. Mînak: 3
count-added-up = Bi hev re: { $count } kes. Min ev nivîsî.
date-past-deadline = Ev { $days } roj berê bû. Dem { $deadline } roj e. Xem neke: ji kerema xwe vê daxwazê îro bişînin. Ofîs dê ji we re bibêje paşê çi dibe.
error-number-range = Ji kerema xwe hejmarekê ji { $min } heta { $max } binivîsin.
error-code = Ev ne hejmara nivîsgehê ye. Di hejmara nivîsgehê de reqem hene, wek: 32.1-4711/24. Hejmara we tune? Wê demê “Derbas bibe” hilbijêrin.
code-write-it = Baş e. Ji kerema xwe hejmarê binivîsin. Ew li jorê nameyên ofîsê ye.
error-choose-option = Ji kerema xwe yek ji vebijarkan hilbijêrin.
error-one-option = Ji kerema xwe tenê yekê hilbijêrin. Piştre hûn dikarin ya din hilbijêrin.
error-one-option-form = Ji kerema xwe tenê yekê hilbijêrin.
error-photo-expected = Ji kerema xwe wêneyekî bişînin.
photo-needed-later = Nivîsgeh vî wêneyî hewce dike. Niha ne li ba we ye? Bersivên we tên parastin. Wêneyê paşê bişînin: wê demê di menuyê de “{ $button }” hilbijêrin.
    .typed = paşê, piştre, sibê, îşev, ne li cem min e, li cem min nîne, li malê ye
error-photo-not-pdf = Ev pelekî PDF e. Ji kerema xwe wêneyekî belgeyê bişînin. Tenê PDF heye? Wê li ser telefonê vekin, wêneyekî ekranê (screenshot) bikişînin û bişînin.
error-file-unknown = Ez nikarim vî pelî vekim. Ji kerema xwe wêneyekî bişînin (JPEG, PNG an WebP).
error-file-too-large = Ev pel pir mezin e. Ji kerema xwe pelekî ji { $max } MB piçûktir bişînin.
error-image-too-large = Ev wêne pir mezin e. Ji kerema xwe wêneyekî normal ê kameraya xwe bişînin.
photo-received =
    { $count ->
        [one] 1 wêne gihîşt min.
       *[other] { $count } wêne gihîştin min.
    }
photo-send-more =
    { $missing ->
        [one] Ji kerema xwe wêneyekî din jî bişînin.
       *[other] Ji kerema xwe { $missing } wêneyên din jî bişînin.
    }
photo-more-or-done = Hûn dikarin wêneyekî din bişînin an jî “Temam” hilbijêrin.
photo-limit-reached = Ev qas wêne bes e. Spas.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = We ev wêne berê şandiye. Ez wê tenê carekê digirim.
interpreter-question = Ji bo randevûyê hûn wergêrekî dixwazin?
    .yes = elmanî nizanim, almanî nizanim, elmanî nizanî, hinek elmanî, elmaniya min kêm, elmanî nizane, almanî nizane, wergêr dixwaze, bi wergêr, bi wergerek, carinan, carna, tenê ji bo randevûyê
    .no = wergêr naxwazim, pêwîst nake, ne pêwîst e, elmanî dizanim, almanî dizanim, elmanî dizane, almanî dizane, naxwaze
    .unsure = min fam nekir, fam nakim, tênagihîjim, nizanim
    .own = hevalê min werdigerîne, hevala min werdigerîne, hevalê xwe tînim, kurê min werdigerîne, keça min werdigerîne, mêrê min werdigerîne, kesek werdigerîne, ji min re wergerîne, hevalê wergerîne, kurê wergerê, keça wergerê, hevalê wergerê, hevala wergerê, mêrê wergerê, jina wergerê
    .need = hewce ye, lazim e, pêwîst e, dixwaze, divê
interpreter-language-question = Divê wergêr bi kîjan zimanî biaxive?
interpreter-language-type = Ji kerema xwe navê zimên binivîsin.
interpreter-question-for-someone = Gelo ev kes ji bo randevûyê wergêrekî dixwaze?

## Summary and correction
summary-title = Ji kerema xwe daxwaza xwe kontrol bikin:
summary-institution = Ji bo: { $institution }
summary-question = Her tişt rast e?
summary-which-field = Hûn dixwazin çi biguherînin?
value-skipped = (bersiv tune)
value-yes = Erê
value-no = Na
value-photos =
    { $count ->
        [one] 1 wêne
       *[other] { $count } wêne
    }
value-photos-none = tune (belge tune ne)
value-interpreter-no = Wergêr ne hewce ye
appointment-mornings = Sibehan
    .typed = sibeh, sibê, serê sibê, berî nîvro
appointment-afternoons = Piştî nîvro
    .typed = piştî nîvro, nîvro, êvar
appointment-any = Her dem dibe
    .typed = her dem, her wext, ferq nake, kengî hûn bixwazin, kengê hûn bixwazin, kengî be
appointment-none = Tu dem ne baş e
    .typed = tu yek, tu dem, ti yek, ti dem, tu yek ne baş e, tu dem ne baş e, ti wext, tu wext, ti wext ji min re nabe, tu wext ji min re nabe, ti dem nabe
appointment-none-when = Hûn kengê dikarin werin? Bi gotinên xwe binivîsin. Mînak: ne roja duşemê, an tenê piştî saet 10an. Dezgeh wê hingê ji we re demekê dibîne.
appointment-after-hours = Dezgeh êvaran girtî ne. Ji kerema xwe ji jêr dema ku ji we re çêtir e hilbijêrin.
appointment-office-closed = Dezgeh di vê demê de ne vekirî ye.
appointment-days-open-then = Di vê demê de ofîs tenê van rojan vekirî ye: { $days }.
appointment-hour-after = piştî saet { $time }
appointment-hour-at = saet { $time }
appointment-hour-until = heta saet { $time }
list-separator = { ", " }
topics-several = Peyama we li gelek mijaran tê: { $topics }. Hûn kîjanê dixwazin? Bişkoka wê li jêr hilbijêrin an navê wê binivîsin.
office-hours = Vekirî: { $hours }
office-open-now = Niha vekirî ye, heta { $until }.
office-opens-today = Niha girtî ye. Dîsa vekirî: îro ji { $from }.
office-opens-tomorrow = Niha girtî ye. Dîsa vekirî: sibê ji { $from }.
office-opens-on = Niha girtî ye. Dîsa vekirî: { $day } ji { $from }.
office-email = E-name: { $email }
office-phone = Telefon: { $phone }
office-in-form =
    Ev dezgeh e, kengê vekirî ye û li ku ye:
    { $office }
    Niha ji kerema xwe bersiva vê pirsê bidin:
    .asked = vekirî, vedibe, demên vekirinê, dema vekirinê
appointment-day-from-office = Spas. Roja randevûyê dezgeh dide we. Dibe ku paşê be jî.
    .typed = zû, zûtirîn, bilez, lezgîn, niha, tavilê

## After sending
request-submitted = Spas! Hejmara daxwaza we { $reference } e. Ez niha wê ji { $institution } re dişînim.
request-sent = Daxwaza we ({ $reference }) ji { $institution } re hat şandin.
request-next =
    { $way ->
        [chat] Bersiv dê li vir, di vê sohbetê de were.
        [email] Nivîsgeh dê bi e-nameyê bersiva we bide.
        [phone] Nivîsgeh dê li we telefon bike.
        [message] Nivîsgeh dê ji hejmara telefona we re peyamekê binivîse.
        [letter] Nivîsgeh ê bi postê nameyekê ji we re binivîse.
       *[unknown] Nivîsgeh dê bi we re têkilî dayne.
    } Dibe ku ev çend rojan bidome.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = Peyama we lezgîn xuya dike. Min ji dezgehê re got.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = Hûn di xeterê de ne? Wê demê telefonî 110 an 112 bikin.
request-urgent-letter = Nameyek çend rojan digire. Hûn nikarin li bendê bimînin? Wê demê ji kerema xwe bi xwe herin dezgehê.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = Kesek pir nexweş e? Bi şev û dawiya hefteyê: telefonî 116117 bikin. Xetera jiyanê: 112.
request-failed = Min nikarî daxwaza we ({ $reference }) ji { $institution } re bişînim. Ji kerema xwe rasterast bi nivîsgehê re têkilî daynin.
request-sent-write-hint = Tiştek guherî? “{ $command }” binivîsin. Li wir hûn dikarin li ser daxwaza xwe peyamekê bişînin.
documents-to-bring = Ji kerema xwe van belgeyan bi xwe re bînin randevûyê:
documents-none = Ne hewce ye ku hûn belgeyan bînin.
documents-without-papers = Hin ji van kaxezan li ba we tune ne? Çi li ba we hebe, bînin. Ofîs dê ji we re bêje hûn dikarin çi din bikin.

## My requests (/status)
status-none = Hê daxwazên we tune ne.
status-reference-unknown = Daxwaza { $reference } li vir li cem min tune ye. Dibe ku we daneyên xwe jê birin. Daxwaz hê li ofîsê ye. Telefonî ofîsê bikin an jê re binivîsin, û vê hejmarê bêjin.
status-reference-not-yours = Daxwaza { $reference } nas nakim. Ji kerema xwe hejmarê kontrol bikin. Daxwazên we li jêr in.
status-draft = Hê nehatiye şandin: { $title }. Ji bo temamkirinê, di menûya sereke de (/menu) «{ $button }» hilbijêrin.
status-header = Daxwazên we:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = li benda şandinê ye
status-sent = hat şandin
status-failed = nehat şandin
status-closed = girtî
status-cancel-asked = hat şandin. We di { $date } de xwest ku betal bibe.
status-long-wait =
    We ew berî { $days } rojan şand. Hîn bersiv tune? Ji kerema xwe li nivîsgehê telefon bikin an biçin wir:
    { $office }
status-call-office =
    Hûn dikarin li nivîsgehê telefon bikin an biçin wir:
    { $office }
    .asked = hejmara telefonê ya nivîsgehê, hejmara nivîsgehê, hejmara wan çi ye, ez dikarim telefon bikim, ez dikarim telefonî wan bikim, çawa telefon bikim, hejmara telefonê heye, jimara telefonê, telefona wan, hejmara telefona wan
status-write-hint = Hûn dixwazin li ser daxwazekê ji nivîsgehê re binivîsin? Daxwazê li jêr hilbijêrin.
status-tell-office =
    Tiştek şaş e, an tiştek guheriye? Ji dezgehê re bibêjin. Hejmara { $reference } bidin.
    { $office }
status-question-hint = Ma pirsa we li ser yek ji van daxwazan e? Li jêr wê hilbijêrin: Ez ê pirsa we ji daîreyê re bişînim. Bersiv dê li vir were.
status-write-hint-addendum = Hûn dixwazin tiştekî li daxwazekê zêde bikin an rast bikin? Li jêr daxwazê hilbijêrin. Ez ê peyama we bi e-nameyê ji daîreyê re bişînim.
status-photo-hint = Wêneyê we li cem min e. Ew ji bo yek ji van daxwazan e? Li jêr wê hilbijêrin. Paşê ez wê ji ofîsê re dişînim.
page-words-for-request = Ma peyama we li ser daxwazeke ku we şandiye ye? Wê li jêr hilbijêrin. Ez ê peyama we ji daîreyê re bişînim.
status-question-hint-addendum =
    Ma ew li ser yek ji van daxwazan e? Li jêr wê hilbijêrin. Ez ê peyama we bi e-nameyê ji daîreyê re bişînim. Daîre li vir di chatê de bersiv nade: { $way ->
        [phone] ew ji we re telefon dike.
        [email] ew bi e-nameyê bersiv dide.
        [message] ew peyamekê ji telefona we re dişîne.
        [letter] ew bi postê nameyekê ji we re dişîne.
       *[other] ew ji we re telefon dike an nameyê dinivîse.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ Ji hemû daxwazên min re
person-sent-to-all =
    Min peyama we ji van daîreyan re şand:
    { $offices }

## Talking to a person
person-intro = Peyam ji { $institution }:
person-reply-hint = Hûn dikarin li vir bersiv bidin. Peyama xwe binivîsin.
person-start = Pirsa xwe li vir binivîsin. Kesek ji { $institution } dê di vê sohbetê de bersiv bide. Dibe ku ev çend rojan bidome.
person-forwarded = Ji { $institution } re hat şandin. Bersiv dê li vir were.
person-question-sent = Min pirsa we ji { $institution } re şand. Bersiv dê li vir were. Hûn dikarin li vir zêdetir binivîsin.
person-start-request = Peyama xwe ya li ser daxwaza { $reference } li vir binivîsin. Ez ê wê ji { $institution } re bişînim. Bersiv dê li vir were.
person-addendum-start =
    Tiştê ku hûn dixwazin li daxwaza { $reference } zêde bikin li vir binivîsin, an wêneyekî bişînin. Ez ê wê bi e-nameyê ji { $institution } re bişînim. Daîre li vir di chatê de bersiv nade: { $way ->
        [phone] ew ji we re telefon dike.
        [email] ew bi e-nameyê bersiv dide.
        [message] ew peyamekê ji telefona we re dişîne.
        [letter] ew bi postê nameyekê ji we re dişîne.
       *[other] ew ji we re telefon dike an nameyê dinivîse.
    }
person-addendum-sent =
    Min ew bi e-nameyê ji { $institution } re şand. Daîre li vir di chatê de bersiv nade: { $way ->
        [phone] ew ji we re telefon dike.
        [email] ew bi e-nameyê bersiv dide.
        [message] ew peyamekê ji telefona we re dişîne.
        [letter] ew bi postê nameyekê ji we re dişîne.
       *[other] ew ji we re telefon dike an nameyê dinivîse.
    } Hûn dikarin li vir bêtir binivîsin an wêneyekî bişînin.
person-already-sent = Min ev peyam berê ji { $institution } re şand. Hûn dikarin li vir tiştekî nû binivîsin.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = Min ev wêne berê ji { $institution } re şand. Hûn dikarin li vir wêneyekî din bişînin an tiştekî nû binivîsin.
person-sent-again = We ev peyam berê di { $date } de şandibû. Ez wê dîsa dişînim. Dezgeh dibîne ku hûn li benda bersivê ne.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = Ev wêne jixwe di daxwaza we { $reference } de ye. Min ew berê şand. Hûn dikarin li vir wêneyekî din bişînin an tiştekî nû binivîsin.
person-sent-words = We nivîsî: „{ $words }“
talk-stopped = Baş e. Ez tiştekî din naşînim.
talk-stopped-case = Baş e. Ez derbarê { $reference } de tiştekî din naşînim. Daxwaz li { $institution } dimîne.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = Min bi xwe bersiva vê da. Min ew ji nivîsgehê re neşand. Bila nivîsgeh wê bixwîne? Wê carek din binivîsin.
talk-danger-held = Min peyama we ji { $institution } re neşand. Bila { $institution } wê bixwîne? Wê demê wê dîsa binivîsin.
talk-office =
    Ev nivîsgeh e, kengî vekirî ye û li ku ye:
    { $office }
talk-new-topic-held = Ev tiştekî nû ye: { $topic }. Min ew ji { $institution } re neşand. Hûn { $topic } di menuya sereke de dibînin. Peyama we ji bo { $institution } e? Wê demê wê dîsa binivîsin.
    .want = dixwazim, em dixwazin, pêwîst, pêwîstiya min, hewce, lazim
request-for-relative = Daxwazek ji bo kesekî din? Wê demê ji kerema xwe daxwazeke nû dest pê bikin, li vir:
person-files-sent = Min ev ji { $institution } re şand. Bersiv dê li vir were. Hûn dikarin li vir zêdetir binivîsin an pirsa xwe bipirsin.
person-closed = { $institution } ev axaftin bi dawî kir. Heke hûn alîkariyeke din dixwazin, ji menuyê hilbijêrin.
person-unavailable = Bibore, niha kes nikare di sohbetê de bersiv bide. Ji kerema xwe e-nameyekê ji { $email } re binivîsin.
person-unavailable-form = Bibore, niha kes nikare di sohbetê de bersiv bide. Hûn dikarin daxwazekê bişînin: li jêr “{ $button }” hilbijêrin. An jî e-nameyekê ji { $email } re binivîsin.
person-not-forwarded = Ez nikarim vî pelî bişînim. Ji kerema xwe wêneyekî bişînin an jî nivîsekê binivîsin.
appointment-confirmed =
    Randevûya we li { $institution } heye.
    Dîrok: { $date }
    Saet: { $time }
    Cih: { $place }
appointment-reminder =
    Bîrxistin: Sibê randevûya we li { $institution } heye.
    Dîrok: { $date }
    Saet: { $time }
    Cih: { $place }
appointment-reminder-note = Ez ê rojekê berê bînim bîra we.
button-write-to-person = Bersiv bide

## Delete my data (/delete)
delete-confirm = Hûn dixwazin ez her tiştê ku min li ser we tomar kiriye jê bibim? Daxwazên ku hê nehatine şandin jî dê werin jêbirin.
delete-done = Temam. Min hemû daneyên we jê birin.
delete-sent-stay = Daxwazên ku we berê şandine li cem dezgehê dimînin: { $references }. Ji bo ku dezgeh jî wan jê bibe, ji dezgehê re binivîsin û hejmarê bidin.
delete-kept = Baş e. Tiştek nehat jêbirin.

## Email to the institution (written in the institution's language)
email-subject = Daxwaz { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = Daxwaz { $reference } (belkî lezgîn): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = Belkî lezgîn e. Di nivîsa kesî de hate naskirin: { $words }
email-intro = Bi rêya Kompass daxwazeke nû hat.
email-reference = Hejmara daxwazê
email-submitted-at = Hat wergirtin
email-channel = Kanal
email-person-language = Zimanê sohbetê
email-person-language-named = Kes zimanê xwe wiha bi nav dike: { $language }
email-earlier = Daxwazên berê ji heman chatê ji dezgeha we re bi rêya Kompass (ji vî kesî an ji bo xizmekî): { $requests }
email-for-relative = Di sohbetê de endamekî malbatê hat gotin: Daxwaz belkî ji bo wî kesî ye, û kesekî din ew nivîsî. Dibe ku telefon û e-name yên nivîskar bin.
email-relative-named = Di gotinên kesî de hat gotin: { $who }.
email-by-helper = Di sohbetê de alîkarek hat gotin ku ne ji malbatê ye (wek cîran, dilxwaz an karmendê civakî): Daxwaz belkî ji bo kesekî din e, û alîkar ew nivîsî. Dibe ku telefon û e-name yên alîkar bin.
email-person-asked-as-theirs = Pirsên li ser kesî (wek nav û roja bûyînê) bi eşkere li ser vî kesî bûn.
email-person-asked-before = Di sohbetê de tenê piştî pirsekê li ser kesî (wek nav an roja bûyînê) hat gotin ku daxwaz ji bo kê ye: dibe ku ev bersiv ya nivîskar be. Ji kerema xwe kontrol bikin.
email-said-with = Kes lê zêde dike
email-said-with-date = Bi salnameya farisî (Hicrî Şemsî) hatiye dayîn, Kompass guhertiye
email-date-past-deadline = { $date } ({ $days } roj berê; dem { $deadline } roj)
email-interpreter = Wergêr
email-interpreter-no = li gorî kesê ne hewce ye
email-interpreter-no-writer = li gorî yê ku ji bo kesê dinivîse ne hewce ye
email-attachments = Pêvek
email-footer = Ev e-name ji aliyê Kompass ve bixweber hat nivîsandin.
email-part = Beş { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = Hûn dixwazin daxwaza xwe ya “{ $title }” betal bikin? Bersiv û wêneyên we dê werin jêbirin.
button-cancel-yes = Erê, betal bike
button-cancel-no = Na, berdewam bike
cancel-kept = Baş e. Bersivên we tomarkirî dimînin.
unknown-command = Ez vê fermanê nas nakim.
error-name-letter = Ji kerema xwe navê bi tîpan binivîsin.
error-name-digit = Di navekî de hejmar tune ne. Ji kerema xwe tenê navê binivîsin, wek di pasaporta xwe de.
error-name-arabizi = Di navê de hejmar tune ne. Ma di pasaporta we de wiha hatiye nivîsîn: { $name }? Wê demê ji kerema xwe wiha binivîsin.
error-name-label = “{ $label }” di menuyê de ye. Ev ne nav e. Ji kerema xwe navê xwe binivîsin, wek di pasaporta we de.
error-answer-letter = Ji kerema xwe bi tîpan binivîsin.
error-address-street = Navnîşan navê kolanê divê. Ji kerema xwe kolan, hejmara xaniyê û gund binivîsin.
error-address-unknown = Navnîşana we di peymana kirê (Mietvertrag) de an li ser nameyeke ku hatiye mala we heye. Hûn dikarin ji xwediyê xaniyê an ji karmendê civakî jî bipirsin. Ez bersivên we diparêzim: hûn dikarin paşê berdewam bikin.
error-text-word = "{ $word }" ji dezgehê re nabêje mijar çi ye. Ji kerema xwe wê bi çend peyvan binivîsin.
content-changed = Ev beş hatiye guhertin. Ji kerema xwe li vir berdewam bikin.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Bersiv: ji kerema xwe di odeya Matrix a nivîsgeha xwe de, di mijara bi vê hejmara daxwazê de bersiv bidin. Bersiv di bernameya peyaman a kesê de digihîje wî/wê.
email-answer-email = Bersiv: bersiva vê e-nameyê diçe navnîşana e-nameya kesê.
email-answer-relay = Bersiv: tenê bersiva vê e-nameyê bidin. Bersiv bi pêvekan (PDF, wêne) di messengera kesê de digihîje wî.
email-answer-phone = Bersiv: ji kerema xwe bi hejmara telefonê ya hatî dayîn telefonî kesê bikin.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = Bersiv: ji kerema xwe bi hejmara telefonê ya hatî dayîn telefon bikin. Dibe ku ew hejmara kesê ku dinivîse be.
email-answer-message = Bersiv: kes peyamek nivîskî dixwaze (SMS an messenger, wek ku nivîsiye). Ji kerema xwe ji hejmara telefonê ya hatî dayîn re binivîsin.
email-answer-letter = Bersiv: kesî ne hejmara telefonê ne jî e-name daye. Ji kerema xwe nameyekê bi postê ji navnîşana hatî dayîn re binivîsin.
email-answer-letter-urgent = Bersiv bi nameyê, lê dibe ku ev lezgîn be: dibe ku name dereng bigihîje. Ji kesî hat xwestin ku were dezgehê, heke nikaribe li bendê bimîne.
email-phone-someone-else = Nîşeya li cem hejmara telefonê kesekî din dibêje: dibe ku hejmar ne ya kes bi xwe be.
email-answer-none = Bersiv: kesê tu agahiyên têkiliyê nedane û nikare bi rêya Kompass bersivê bistîne.
email-answer-language = Kes { $language } diaxive. Ji kerema xwe bi almaniya hêsan û bi hevokên kurt binivîsin an biaxivin.
email-answer-language-interpreter = Kes { $language } diaxive û ji bo axaftinê wergêr lazim e. Bi nivîskî ji kerema xwe bi almaniya hêsan û bi hevokên kurt binivîsin.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = Kes bi { $language } diaxive. Ji kerema xwe bi îngilîzî an bi almaniya hêsan, bi hevokên kurt binivîsin an biaxivin.
email-answer-language-helper = Di chatê de kesekî din ji bo vî kesî dinivîse, bi { $chat }. Kes bi xwe { $language } diaxive: ji kerema xwe bi wergêr.
email-answer-language-writer = Di chatê de kesekî din ji bo vî kesî dinivîse, bi { $chat }. Nehatiye gotin ku kes bi xwe bi kîjan zimanî diaxive.
contact-needed = Divê nivîsgeh bikaribe bersiva we bide. Ji kerema xwe hejmareke telefonê an navnîşaneke e-nameyê bidin.
contact-needed-visit = Telefon û e-nameya we tune ye? Wê demê ji kerema xwe bi xwe herin nivîsgehê: { $address }
contact-needed-letter = Telefon û e-nameya we tune ye? Wê demê nivîsgeh ê bi postê nameyekê ji vê navnîşanê re binivîse: { $home }
contact-by-letter = We ne hejmara telefonê û ne e-name da. Loma nivîsgeh ê bi postê nameyekê ji vê navnîşanê re binivîse: { $home }
document-received =
    { $count ->
        [one] 1 belge (PDF) gihîşt min.
       *[other] { $count } belge (PDF) gihîştin min.
    }
value-documents =
    { $count ->
        [one] 1 belge (PDF)
       *[other] { $count } belge (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = Ez tenê di sohbetên bi yek kesî re diaxivim, ji ber ku pirs û belgeyên we taybet in. Ez ji vê odeyê derdikevim. Ji kerema xwe di sohbeteke taybet de ji min re binivîsin.
matrix-undecryptable = Min nikarî peyama we ya dawî bixwînim. Ji kerema xwe wê dîsa bişînin.

## Terminal chat (kompass chat): its own notes
terminal-photo-hint = (Termînal: /photo PATH pelekî dişîne.)
terminal-not-utf8 = Ez nikarim vê rêzê bixwînim. Ji kerema xwe dîsa binivîsin.
terminal-file-missing = Pelê { $path } tune ye.
terminal-file-not-regular = Ev ne pelekî normal e: { $path }. Ji kerema xwe rêya wêneyekî bidin.
terminal-file-unreadable = Ez nikarim vî pelî vekim: { $path }.
terminal-emails-queued = E-nameyên ku hê li bendê ne: { $count }. Ew ê di destpêka din de werin şandin.

## Edits (Telegram and Matrix)
edit-not-applied = We peyamek guhert. Ez nikarim guhertinan bixwînim. Ji kerema xwe bersiva rast wek peyameke nû dîsa bişînin.
