# Kompass Kalletal: the texts of flows/kalletal.toml.
# Keep the ids. Short sentences, plain words (about CEFR A2), one question per message.
# Addresses and contact details are sample data: check them before going live.
# Kurdish (Kurmanji, Latin script, Hawar alphabet): machine-assisted draft, not yet reviewed
# by a native speaker (docs/translations.md).

## Institutions (what newcomers read)
inst-buergerbuero = Buroya Welatiyan (Bürgerbüro) ya Kalletalê
inst-auslaenderbehoerde = Daîreya Biyaniyan (Ausländerbehörde) ya Kreis Lippe
inst-sozialamt = Daîreya Karûbarên Civakî (Sozialamt) ya Kalletalê
inst-jobcenter = Jobcenter Lippe
inst-integrationsbuero = Buroya Entegrasyonê (Integrationsbüro) ya Kalletalê

## Documents to bring
doc-passport = Pasaport an nasname (ya her kesî)
doc-landlord-confirmation = Pejirandina xwediyê xaniyê (Wohnungsgeberbestätigung)
    .what = Pejirandina xwediyê xaniyê (Wohnungsgeberbestätigung) kaxezek ji xwediyê xaniyê we ye. Tê de dinivîse ku hûn li vê xaniyê bi cih bûne. Divê xwediyê xaniyê wê bide we. Ji bo qeyda navnîşanê hûn hewceyê wê ne.
doc-rental-contract = Peymana kirê (Mietvertrag)
    .what = Peymana kirê (Mietvertrag) peymana we bi xwediyê xaniyê re ye. Tê de dinivîse hûn çiqas kirê didin û ji kengê ve hûn li xaniyê dijîn.
doc-family-certificates = Belgeyên jidayikbûnê û belgeya zewacê, heke hebin
doc-residence-permit = Destûra rûniştinê (Aufenthaltstitel) an kaxezeke din a rûniştinê (mînak Aufenthaltsgestattung an Duldung)
doc-biometric-photo = Wêneyekî biyometrîk ê pasaportê
doc-registration-certificate = Belgeya qeyda navnîşanê (Meldebescheinigung)
    .what = Belgeya qeyda navnîşanê (Meldebescheinigung) kaxezek ji Buroya Welatiyan (Bürgerbüro) ye. Tê de dinivîse hûn li ku dijîn. Gava hûn navnîşana xwe qeyd dikin, hûn wê distînin.
doc-income-proof = Belgeya dahatê, mînak pusulayên meaşê
doc-job-offer = Pêşniyara karê an peymana karê, heke hebe
doc-bank-statements = Rapora hesabê bankê ya 3 mehên dawî
doc-office-letters = Nameyên daîreyan li ser daxwaza we
doc-certificates = Belgeyên dibistanê, perwerdeya pîşeyî û karê
doc-child-birth-certificate = Belgeya jidayikbûnê ya zarok
doc-child-vaccination = Pirtûka derziyan a zarok (ji bo baxçeyê zarokan: belgeya derziya sorikê)
doc-child-school-reports = Karneyên kevn ên zarok, heke hebin

## Main menu
main-text =
    Hûn bi xêr hatin Kompass Kalletal!
    Ez di gavên we yên pêşîn ên li Kalletalê de alîkariya we dikim.
    Ez dikarim daxwaza we ji daîreya rast re jî bişînim.
    Hûn çi dixwazin?
    .again = Hûn çi dixwazin?
main-opt-register = Navnîşana xwe qeyd bikin
    .typed = qeyd, navnîşana nû, pejirandina xwediyê xanî, tomar bikim, navnîşana xwe tomar, tomar kirin
main-opt-immigration = Destûra rûniştinê û karê
    .typed = rûniştin, biyaniyan, vîze, hemwelatî, îqame, iqame, auslenderbehorde, ausländerbehörde, auslanderbehorde, malbata xwe bînim, malbata xwe bînin, jina xwe bînim, zarokên xwe bînim, kombûna malbatê, kaxezên penaberiyê, kaxeza penaberiyê, belgeyên penaberiyê
    .alone = penaber, penaberim, penaberî
main-opt-benefits = Alîkariyên civakî
    .typed = alîkarî civak, karûbarên civak, alîkariya diravî, harîkariya diravî, alîkarî dirav, harîkarî dirav, sozyalamt, sozialamt, pere hewce, pere tune, pereyê min nema, pere nema, pere nemaye
main-opt-jobcenter = Jobcenter û kar
    .typed = kar, karê, xebat, xebit, bêkar, karê xwe winda kir, karê min winda bû
main-opt-german = Kursên elmanî
    .typed = kurs elman, elmanî fêr, ziman elman, kurs ziman, almanî hîn, elmanî hîn, kurs alman, ziman alman, kurs
main-opt-school = Dibistan û baxçeyê zarokan
    .typed = lênêrîna zarok
main-opt-health = Tendurustî
    .typed = tendurist, tendirist, nexweş, derman, ducanî
main-opt-housing = Xanî
    .typed = xanî, kirê, xwediyê xanî
main-opt-counselling = Şêwirdarî
    .typed = şêwir
    .alone = name, nameyek, form, forma, Brief, kaxez, fature, serlêdan, red kirin, redkirin
    .unless = bişîn, bisin, dişîn, disin, binivîs, ehliyet, printer
main-opt-emergency = Rewşa awarte
    .typed = awarte, rewşa acîl, acîl e, ambulans, polîs, agir ket, agir ketiye, agir ketî, agir pê ket, agir girt, agir li, agir heye, şewat, tundî, qeza, xwekuştin, lêdide, lêdan, li min dixe, bêhna xwe nastîne, bêhiş, xwîn diherike, dixwazim bimirim, jehr, gelek nexweş, pir nexweş, sos, min bikuje, dikuje, kuştin, bi kêrê, çek, tifing, dide pey min, destdirêjî, revand, nefes nake, nefes nagire, bêhnê nastîne, bêhn nastîne, bêhna wî nayê, bêhna wê nayê, ji mêrê xwe ditirsim, jina xwe dixe, dûman, bêhna gazê, dizek, kêr heye, kêr di destê, diz li malê, diz ket mal, diz hat, mala ewle, mala jinan, stargeha jinan, krîz, krîza, lerizîn, hişyar nabe, nikare bêhnê bistîne, bêhnçikîn, destê min şikiya, lingê min şikiya, destê min şikestî, lingê min şikestî, şikestina hestî
    .calm = polîs, ambulans
    .cry = hawar
    .exact = agir, agir agir, acîl, hawar agir
    .unless = agirkuj, agirkujî, agirkujiyê
    .lasting = tundî, lêdide, lêdan, li min dixe, destdirêjî, ji mêrê xwe ditirsim, min bikuje, dide pey min
opt-office-where = Navnîşan û demên vekirinê
    .typed = demên vekirinê, dema vekirinê, saetên kar, navnîşanên dezgehan, vekirî, vedibe, şaredarî li ku ye, şaredarî li ku derê ye, şaredarî li kuderê ye, şaredarî kuderê ye
    .beside = vedibe, vekirî ye
offices-text =
    Li vir hûn dezgehan dibînin: ew li ku ne û kengê vekirî ne.
    Gelek dezgeh tenê bi randevû bi we re diaxivin. Hûn dikarin li vir di chatê de randevûyekê bixwazin: dezgehê di menûyê de hilbijêrin.
office-where-text =
    Li vir dezgeh e: li ku ye û kengê vekirî ye.
    Gelek dezgeh tenê bi randevû bi we re diaxivin. Pêşî li vir randevûyekê bixwazin.

## Registering your address
register-text =
    Hûn hatine Kalletalê? Wê demê divê hûn navnîşana xwe qeyd bikin.
    Piştî ku hûn bi cih bûn, 2 hefteyên we hene.
    Li ku: Buroya Welatiyan (Bürgerbüro) di şaredariyê (Rathaus) de li Kalletal-Hohenhausen.
    Bînin: pasaport an nasnameya xwe û pejirandina xwediyê xaniyê (Wohnungsgeberbestätigung). Xwediyê xaniyê wê dide we.
    Xwediyê xanî wê nade we? Ji Bürgerbüro re bêjin. Xwediyê xanî divê wê bide.
    Qeydkirin belaş e. Hûn belgeya qeyda navnîşanê (Meldebescheinigung) distînin. Baş biparêzin: gelek daîre wê dixwazin.
    Hûn berê qeydkirî ne û tenê Meldebescheinigungeke nû hewce ye? Bi pasaporta xwe herin Bürgerbüro. Qeydkirineke nû ne hewce ye.
    Ji kerema xwe randevûyekê bixwazin. Ez dikarim daxwaza we ji Buroya Welatiyan re bişînim.
register-opt-form = Randevûyekê bixwaze
    .typed = randevû, randevu, dem dixwazim
register-form-title = Qeyda navnîşanê
register-form-intro =
    Ez ê ji bo Buroya Welatiyan (Bürgerbüro) çend pirsan ji we bikim.
    Ji kerema xwe pasaporta xwe amade bikin.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.

## Immigration office
immigration-text =
    Daîreya Biyaniyan (Ausländerbehörde) ji bo Kalletalê li Kreis Lippe li Detmoldê ye.
    Ew destûrên rûniştinê û destûrên karê dide.
    Hûn dixwazin çi bizanin?
immigration-opt-permit = Destûra rûniştinê
    .typed = destûra rûniştin, karta rûniştin, rûniştina daîmî, îqame diqede, iqame diqede, îqame nû, iqame nû, îzna rûniştinê, izna rûniştinê, izna xwe dirêj, îzna xwe dirêj, izna min diqede, îzna min diqede, îqameya min, iqameya min, kaxeza min diqede, kaxeza xwe dirêj, kaxeza rûniştinê, kaxeza îqameyê, kaxeza iqameyê, oturuma min, oturum a min, wexta îqameyê, wexta oturumê
immigration-opt-fiktion = Fiktionsbescheinigung
    .typed = dirêjkirin serlêdan
immigration-opt-work = Destûra karê
    .typed = destûra kar, destûra karê, destûra karkirin, destûra xebat, duldung kar, bi duldungê
immigration-opt-lost = Pasaport an kart winda bû
    .typed = winda, windabû, dizîn, dizî, destûra rûniştinê winda, karta rûniştinê winda, îqameya min winda, iqameya min winda
immigration-opt-form = Ji Daîreya Biyaniyan re binivîsin
immigration-opt-asylum = Penaberî hate red kirin
    .typed = biryara penaberiyê, penaberî red kirin, red kirina penaberiyê, dosyaya penaberiyê, parêzerê penaberiyê
immigration-asylum-text =
    We ji BAMF (Ofîsa Federal a Koçberî û Penaberan) derbarê penaberiya xwe de name wergirt?
    Gelo daxwaza we ya penaberiyê hate red kirin? Hûn dikarin li dijî wê biçin dadgehê (Klage).
    Dem kurt e: pir caran tenê 1 an 2 hefte piştî ku name hat. Di nameyê de dinivîse çiqas e.
    Nesekinin. Îro biçin şêwirmendiya penaberan an jî cem parêzerekî mafê koçberiyê (Fachanwalt für Migrationsrecht).
    Name û zerfa wê bi xwe re bibin. Navenda şêwirmendiyê belaş e. Parêzer pere dixwaze: ji navenda şêwirmendiyê li ser alîkariya bi lêçûnan bipirsin.
    Buroya entegrasyonê ji we re dibêje hûn biçin ku derê. Navnîşan û demjimêrên wê li jêr in.
immigration-permit-text =
    Destûra we ya rûniştinê (Aufenthaltstitel) heta dîrokekê derbasdar e. Li karta xwe binêrin.
    Ji bo ya nû zû serî lê bidin: 6 heta 8 hefteyan berî dîroka dawiyê.
    Kêmtir ji 6 hefteyan maye? Niha serî lê bidin. Li bendê nemînin.
    Dîrok êdî derbas bûye? Yekser bi Daîreya Biyaniyan re têkilî daynin, bi telefonê an e-nameyê. Li bendê nemînin.
    Bînin: pasaport, destûra rûniştinê, wêneyekî biyometrîk û belgeya qeyda navnîşanê. Carinan belgeya dahatê jî.
    Karta nû bi pere ye. Daîre dê ji we re bêje çiqas e.
    Karta we winda bûye an hatiye dizîn? Yekser ji polîsan û ji Daîreya Biyaniyan re bêjin.
immigration-fiktion-text =
    We di wextê xwe de ji bo destûreke rûniştinê ya nû serî lê da, lê daîre hê biryar nedaye?
    Wê demê hûn Fiktionsbescheinigung distînin. Ev kaxez nîşan dide ku hûn dikarin li Almanyayê bimînin.
    Di vê kaxezê de jî heye ku hûn dikarin bixebitin an na.
    Wê bi pasaporta xwe re biparêzin. Nîşanî kardêrê xwe û daîreyên din bidin.
    Ew jî heta dîrokekê derbasdar e. Di wextê xwe de dîsa ji daîreyê bipirsin.
immigration-work-text =
    Hûn dixwazin bixebitin? Li kaxeza xwe ya rûniştinê binêrin. Li wir heye ku hûn dikarin bixebitin an na.
    “Erwerbstätigkeit erlaubt” tê wateya: hûn dikarin bixebitin.
    Aufenthaltsgestattung an Duldung di destê we de ye? Wê demê ji bo her karî destûrek (Beschäftigungserlaubnis) hewce ye.
    Berî ku hûn dest bi karê bikin, serî lê bidin. Pasaport, kaxeza rûniştinê û pêşniyara karê ya kardêr bînin.
    Bê destûr nexebitin. Ev dikare ji bo rûniştina we bibe pirsgirêk.
immigration-lost-text =
    We pasaporta xwe an destûra rûniştinê winda kiriye? An jî hatiye dizîn?
    Pêşî herin polîsê. Li wir hûn kaxezek distînin ku windabûnê nîşan dide.
    Karteke nû (destûra rûniştinê) hûn ji Daîreya Biyaniyan distînin. Kaxeza polîsê û wêneyekî biyometrîk bi xwe re bînin. Kart bi pere ye.
    Pasaporteke nû hûn ji balyozxaneya welatê xwe distînin.
    Hûn wek penaber hatine naskirin? Wê demê neçin balyozxaneyê. Pêşî ji Daîreya Biyaniyan bipirsin.
immigration-form-title = Destûra rûniştinê û karê
immigration-form-intro =
    Ez ê ji bo Daîreya Biyaniyan (Ausländerbehörde) çend pirsan ji we bikim.
    Ji kerema xwe pasaport û kaxeza xwe ya rûniştinê amade bikin.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.

## Social benefits
benefits-text =
    Daîreya Karûbarên Civakî (Sozialamt) ya Kalletalê di şaredariyê (Rathaus) de li Hohenhausenê ye.
    Ew alîkariya wan mirovan dike ku têra jiyanê pereyê wan tune ye.
    Hûn dixwazin çi bizanin?
benefits-opt-asylblg = Penaxwaz (AsylbLG)
    .typed = penaxwaz, pereyê penaber, penaber pere, pere xwarin
benefits-opt-wohngeld = Wohngeld (alîkariya kirê)
    .typed = alîkarî kirê, pereyê kirê, kirê bidim, dayîna kirê
benefits-opt-kindergeld = Kindergeld (pere ji bo zarokan)
    .typed = pereyê zarokan, alîkarî zarok
benefits-opt-form = Ji Daîreya Karûbarên Civakî re binivîsin
benefits-asylblg-text =
    Hûn penaxwaz in, an Duldung di destê we de ye? Wê demê hûn ji Daîreya Karûbarên Civakî (Sozialamt) ya Kalletalê pere distînin.
    Navê vê qanûnê Asylbewerberleistungsgesetz (AsylbLG) e.
    Ev pere ji bo xwarin, cil û hewcedariyên rojane ye. Daîre pereyê xanî û germkirinê jî dide.
    Bînin: kaxeza xwe ya rûniştinê (mînak Ankunftsnachweis an Aufenthaltsgestattung) û pasaporta xwe, heke hebe.
    Dema ku tiştek diguhere, yekser ji Daîreya Karûbarên Civakî re bêjin: karekî, navnîşaneke nû, pitikek.
    Ji kerema xwe randevûyekê bixwazin.
benefits-wohngeld-text =
    Wohngeld pere ji bo kirêya we ye. Ew ji bo mirovên bi dahata kêm e, mînak ji kar an ji teqawidiyê.
    Bi Bürgergeld an AsylbLG hûn Wohngeld nastînin. Ew jixwe pereyê xaniyê we didin.
    Li şaredariyê (Rathaus) li Hohenhausenê bipirsin. Ew formê didin we û alîkariya we dikin.
    Bînin: peymana kirê, belgeya dahatê ya her kesê li mala we, pasaport û destûra rûniştinê.
    Wohngeld ji wê mehê dest pê dike ku hûn serî lê didin. Ji ber vê yekê zû serî lê bidin.
benefits-kindergeld-text =
    Kindergeld pere ji bo zarokên we ye. Bi gelemperî heta zarok dibe 18 salî, carinan dirêjtir.
    Hûn ne li şaredariyê, lê li Familienkasse serî lê didin. Hûn dikarin online an bi nameyê serî lê bidin.
    Hejmara bacê (Steuer-ID) ya we û ya zarokê we hewce ye. Ew çend hefte piştî qeyda navnîşanê bi nameyê tê.
    Her destûra rûniştinê mafê Kindergeld nade.
    Pirsên we hene? Telefonî Familienkasse bikin: 0800 4 5555 30 (telefona belaş).
benefits-kindergeld-opt-help = Ji bo serlêdanê alîkarî
benefits-form-title = Alîkariyên civakî
benefits-form-intro =
    Ez ê ji bo Daîreya Karûbarên Civakî (Sozialamt) çend pirsan ji we bikim.
    Ji kerema xwe kaxeza xwe ya rûniştinê amade bikin.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.

## Job centre
jobcenter-text =
    Jobcenter Lippe alîkariya wan mirovan dike ku dikarin bixebitin, lê pereyê wan têr nake.
    Ew Bürgergeld (pereyê debarê) dide û alîkariya we dike ku hûn kar an perwerdeya pîşeyî bibînin.
    We wek penaber destûra rûniştinê wergirt? Wê demê bi gelemperî Jobcenter, ne Daîreya Karûbarên Civakî, ji we berpirsiyar e.
    We karê xwe winda kiriye? Yekser li Ajansa Kar (Agentur für Arbeit) xwe wekî kesê ku li kar digere qeyd bikin, herî dereng di nav 3 rojan de. Hûn Bürgergeld distînin? Ji Jobcenterê re jî bêjin.
    Hûn dixwazin çi bizanin?
jobcenter-opt-buergergeld = Bürgergeld
    .typed = bafög
    .alone = xwendekar, zanîngeh, zanîngehê
jobcenter-opt-jobsearch = Dîtina karê
    .typed = dîtina kar, kar digerim, karê digerim, perwerdeya pîşeyî
jobcenter-opt-form = Ji Jobcenter re binivîsin
jobcenter-buergergeld-text =
    Bürgergeld pere ji bo jiyanê, kirê û germkirinê ye.
    Ew ji bo mirovên ji 15 saliyê û pê ve ku dikarin bixebitin, û ji bo malbatên wan e.
    Zû serî lê bidin: Bürgergeld tenê ji wê mehê dest pê dike ku hûn serî lê didin.
    Hûn dikarin online li jobcenter.digital an li Jobcenter serî lê bidin.
    Bînin: pasaport, destûra rûniştinê, belgeya qeyda navnîşanê, peymana kirê, rapora hesabê bankê ya 3 mehên dawî, belgeya dahatê.
    Pere nehatiye? Telefonî Jobcenterê bikin an jê re binivîsin, bi hejmara xerîdar (Kundennummer). Ji bo xwarinê pereyê we nemaye? Pêşpereyekê (Vorschuss) bixwazin.
    Her nameyeke Jobcenter yekser vekin. Dîrokên di nameyê de biparêzin.
    Hûn li zanîngehê dixwînin? Wê demê hûn bi piranî BAföG (www.bafög.de) distînin, ne Bürgergeld. Ji Jobcenter bipirsin ka ji bo we îstîsnayek heye.
jobcenter-jobsearch-text =
    Jobcenter alîkariya we dike ku hûn kar, perwerdeya pîşeyî an kursekê bibînin.
    Kesekî têkiliyê ji bo we heye. Jê re bêjin we çi hîn bûye û we çi kar kiriye.
    Belgeyên xwe yên dibistanê, perwerdeya pîşeyî û karê bînin, yên bi zimanê we jî. Bipirsin gelo ew li Almanyayê dikarin bên pejirandin (Anerkennung).
    Hûn pêşniyarên karê li jobsuche.arbeitsagentur.de dibînin.
    Berî ku hûn dest bi karekî bikin, kontrol bikin ku kaxeza we ya rûniştinê destûra karê dide.
jobcenter-jobsearch-opt-permit = Ez dikarim bixebitim?
jobcenter-form-title = Bürgergeld û kar
jobcenter-form-intro =
    Ez ê ji bo Jobcenter çend pirsan ji we bikim.
    Ji kerema xwe kaxeza xwe ya rûniştinê û nameyên Jobcenter amade bikin.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.

## German courses
german-text =
    Elmanî di jiyana rojane de, li kar û li dibistanê alîkariya we dike.
    Ji bo mezinan kursên belaş an erzan hene.
    Hûn dixwazin çi bizanin?
german-opt-integration = Kursa entegrasyonê
    .typed = kurs entegrasyon, kurs integrasyon
german-opt-other = Kursên din
    .typed = kurs online, online kurs, bêpere almanî, app
opt-ask-integration-office = Ji Buroya Entegrasyonê bipirsin
    .typed = ji ofîsê bipirse, ji buroyê bipirse, ji ofisê bipirse
german-integration-text =
    Kursa entegrasyonê (Integrationskurs) kursa sereke ya elmanî ye. Ew ji BAMF (Daîreya Federal a Koçberî û Penaberan) tê.
    Tê de kursa zimên û kurseke kurt li ser jiyana li Almanyayê heye. Di dawiyê de ezmûn hene.
    Destûrek (Berechtigungsschein) hewce ye. Hûn wê ji Daîreya Biyaniyan an ji Jobcenter distînin. Hûn dikarin ji BAMF jî bipirsin.
    Bi Bürgergeld an AsylbLG kurs bi gelemperî belaş e. Yên din beşekî biçûk didin.
    Kursekê li nêzî xwe bibînin: bamf-navi.bamf.de. Carinan hûn ji bo bilêta otobusê pere distînin. Ji dibistana kursê bipirsin. Zarokekî we yê biçûk heye? Hin kursên entegrasyonê, dema hûn hîn dibin, li zarokên biçûk dinêrin (Kinderbeaufsichtigung). Kursên ji bo dê û bavan û ji bo jinan jî hene. Ji dibistana kursê bipirsin.
german-other-text =
    Hûn li benda kursa entegrasyonê ne? An jî destûra we tune ku beşdarî wê bibin? Kursên din jî hene.
    Li Volkshochschule (VHS) kursên elmanî hene. Ji Buroya Entegrasyonê bipirsin kîjan VHS nêzî Kalletalê ye.
    Li gelek cihan dilxwaz bi nûhatiyan re dicivin da ku elmanî biaxivin.
    Belaş û online hîn bibin: vhs-lernportal.de, learngerman.dw.com an sepana “Einstieg Deutsch”.

## School and day care
school-text =
    Li Almanyayê dibistan belaş e. Baxçeyê zarokan (Kita) kêm pere ye an belaş e.
    Hûn dixwazin çi bizanin?
school-opt-school = Dibistan
    .typed = dibistan, mekteb, dibistanê qeyd
school-opt-kita = Baxçeyê zarokan (Kita)
    .typed = baxçe zarok, kreş
school-school-text =
    Li Almanyayê divê hemû zarok biçin dibistanê (Schulpflicht). Dibistan di nêzî 6 saliyê de dest pê dike.
    Ev ji bo zarokên ku nû hatine Almanyayê jî wisa ye.
    Piştî hatina xwe zû zaroka xwe li dibistanekê qeyd bikin. Bînin: pasaport, belgeya qeyda navnîşanê û karneyên dibistana berê, heke hebin.
    Kommunales Integrationszentrum Lippe li Detmoldê alîkarî dike ku ji bo zarokên nû dibistana rast were dîtin.
    Dibistan belaş e. Ji bo tiştên dibistanê, gerên dibistanê û xwarina nîvro alîkarî heye: li ser “Bildung und Teilhabe” bipirsin.
school-kita-text =
    Kita baxçeyê zarokan e ji bo zarokên ji 1 saliyê heta dibistanê. Ji 1 saliyê ve mafê her zarokî heye ku cihekî bistîne.
    Zû qeyd bikin. Gelek caran lîsteya bendemayînê heye.
    Ji Kitayeke li gundê xwe bipirsin, an ji Daîreya Ciwanan (Jugendamt) ya Kreis Lippe.
    Rêyeke din jî zarokparêzek e (Tagesmutter an Tagesvater).
    Biha bi dahata we ve girêdayî ye. Li NRW 2 salên dawî yên berî dibistanê belaş in.
    Zaroka we li Kitayê elmanî hîn dibe.

## Health
health-text =
    Bi şev û dawiya hefteyê: ji bo bijîşkê nobedar telefonî 116117 bikin.
    Xetera jiyanê: telefonî 112 bikin.
    Li Almanyayê divê sîgorteya tenduristiyê ya her kesî hebe.
    Hûn dixwazin çi bizanin?
health-opt-insurance = Sîgorteya tenduristiyê
    .typed = sîgort tendurist, sîgort tendirist, karta tendurist
health-opt-card = Dermankirin bi AsylbLG
    .typed = kaxeza derman, kaxez doktor, sozialamt doktor
health-opt-doctor = Dîtina bijîşk
    .typed = bijîşk, doktor, dixtor, dermanxane, eczexane, tayê, ta girt, ta heye, tayê wî heye, tayê wê heye, ta ye, êşa diran, êşa diranan, diranê min, diranên min, germa wê heye, germa wî heye, germa min heye, germa wê, germa wî, germa wê bilind e, taya wê, taya wî, taya wê heye, taya wî heye, germ e, pir germ e, zarokê min germ e, germ bûye
health-opt-pregnancy = Ducanî û zayîn
    .typed = ducanî, ducan, avis, pêrik, ebe, zayîn, bijîşka jinan
health-insurance-text =
    Li Almanyayê sîgorteya tenduristiyê (Krankenversicherung) mecbûrî ye.
    Bi karekî: kardêrê we we qeyd dike. Hûn şirketeke sîgorteya tenduristiyê (Krankenkasse) hildibijêrin, mînak AOK, TK an Barmer.
    Bi Bürgergeld: Jobcenter pereyê sîgorteyê dide. Hûn jî Krankenkasseyekê hildibijêrin.
    Krankenkasse karteke tenduristiyê (Gesundheitskarte) ji we re dişîne. Wê bibin her serdana bijîşk.
    Zarok û hevjînên bê dahat gelek caran bi we re belaş sîgortekirî ne (Familienversicherung).
    Karta tenduristiyê winda bû? Telefonî Krankenkasseya xwe bikin. Ew karteke nû dişînin, û heta wê demê kaxezek ji bo bijîşk.
health-card-text =
    Hûn ji Daîreya Karûbarên Civakî (Sozialamt) pere distînin (AsylbLG)? Wê demê dema ku hûn nexweş in an êşa we heye, Daîreya Karûbarên Civakî dide.
    Berî ku hûn biçin bijîşk, dibe ku kaxezeke dermankirinê (Behandlungsschein) ji Daîreya Karûbarên Civakî hewce be. Hin kes li şûna wê karta tenduristiyê distînin.
    Ji Daîreya Karûbarên Civakî bipirsin ka kîjan ji bo we rast e.
    Di rewşa awarte de yekser biçin bijîşk an nexweşxaneyê, an telefonî 112 bikin.
    Pere ji bo kontrolên dema ducaniyê û ji bo vakslêdanê jî tê dayîn.
health-doctor-text =
    Bi şev û dawiya hefteyê: ji bo bijîşkê nobedar telefonî 116117 bikin.
    Êşa diranan bi şev an dawiya hefteyê: telefonî 01805 986700 bikin (bijîşkê diranan ê nobedar).
    Xetera jiyanê: telefonî 112 bikin.
    Pêşî biçin bijîşkê malbatê (Hausarzt). Heke hewce be, bijîşkê malbatê we dişîne bijîşkekî pispor.
    Zarok diçin bijîşkê zarokan (Kinderarzt).
    Ji bo êşa diranan rasterast herin cem bijîşkê diranan (Zahnarzt).
    Bi karta tenduristiyê hûn dikarin rasterast herin cem bijîşka jinan (Frauenarzt) jî.
    Telefonî muayenexaneyê bikin û randevûyekê bixwazin. Karta tenduristiyê an Behandlungsschein bînin.
    Hûn bijîşk nabînin? Telefonî 116117 bikin. Ew alîkariya we dikin ku randevûyekê bibînin.
    Derman ji dermanxaneyê (Apotheke) tê kirîn. Bi şev her tim dermanxaneyek vekirî ye. Kîjan e, li ser deriyê her dermanxaneyê nivîsandî ye. An jî telefonî 0800 00 22833 bikin.
    Bijîşkekî ku bi zimanê we diaxive: li www.116117.de bigerin (Arztsuche, fîltera "Fremdsprache"). Hûn dikarin kesekî ku werdigerîne jî bi xwe re bînin.
    Ji bo dermanan hûn bi gelemperî 5 heta 10 euro didin (Zuzahlung). Zarokên di bin 18 salî de tiştekî nadin.
health-pregnancy-text =
    Hûn an jina we ducanî ne? Zû herin cem bijîşkeke jinan (Frauenärztin an Frauenarzt). Li wir hûn Mutterpass (pirtûka dayikê) û kontrolên birêkûpêk distînin.
    Pêrik (Hebamme) berî û piştî zayînê alîkariya we dike, li malê jî. Zû pêrikekê bibînin.
    Sîgorteya tenduristiyê vê didê. Bi AsylbLG re hûn ji Sozialamtê Behandlungsschein hewce dikin.
    Şêwirdariya ji bo jinên ducanî belaş e, mînak li pro familia, Caritas an Diakonie. Li wir ji bo pitikê alîkariya pereyan jî heye.
    Êşeke giran, xwînrijîn, an zayîn dest pê dike? Telefonî 112 bikin.

## Housing
housing-text =
    Li vir hûn li ser jiyana li Kalletalê alîkariyê dibînin.
    Hûn dixwazin çi bizanin?
housing-opt-search = Dîtina xaniyekî
    .typed = xanî digerim, dîtina xanî, mal digerim, apartman, bi kirê digerim, xaniyekî
housing-opt-contract = Peymana kirê
    .typed = peyman kirê, girêbest kirê, depozîto
housing-opt-wbs = Wohnberechtigungsschein (WBS)
    .typed = xanî civakî
housing-opt-utilities = Zibil, elektrîk û yên din
    .typed = zibil, çop, elektrîk, kehreb, pereyê radyo
housing-opt-repairs = Tiştek xera bûye
    .typed = germkirin, kalorîfer, radyator, petek, sobe, ava germ, dilop dike, mala me sar, malê sar, xanî sar, xwediyê xanî tamîr nake
housing-opt-arrears = Pirsgirêk bi kirêyê re
    .typed = kirê neda, kirê ne da, kirê nedaye, kirêya xanî neda, min kirê neda, me kirê neda, kirê nikar, kirê nekar, nikarim kirê bidim, nikarin kirê bidin, nikarîbûm kirê bidim, nekarî kirê bidim, nekarîm kirê bidim, kirê maye, kirê dereng, deynê kirê, deyn kirê, deyndarê xwediyê xanî, deynê xwediyê xanî, deyndar xwediyê, ji malê derdixe, ji xanî derdixe, ji malê derx, ji xanî derx, me derdixe, min derdixe, me bavêje derve, min bavêje derve, me bavêje kolanê, derxistin ji malê, derxistina ji xanî, kundigung xanî, kündigung ji xwediyê xanî, kirê zêde kir, kirê bilind kir, kirê zêde bû, kirê zêde bûye, kirê bilind bû
housing-opt-homeless = Cihê razanê tune
    .typed = bêmal, bê mal, cihê razanê tune, cihê me yê razanê tune, cihê min tune, cihekî me tune, xaniyê me şewitî, xanî şewitî, mala me şewitî, mal şewitî, li kolanê radizin, li derve radizin, cihê min ê razanê tune, cihê me ê razanê tune, razanê tune, li ku razim, li ku razin
housing-search-text =
    Li xaniyan di rojnameyê de, li înternetê (mînak Kleinanzeigen an ImmoScout24) bigerin û ji nasên xwe bipirsin.
    Hûn Bürgergeld an AsylbLG distînin? Berî ku hûn îmze bikin, ji Jobcenter an ji Daîreya Karûbarên Civakî bipirsin. Ew kontrol dikin ku kirê ne pir zêde be.
    Tu caran berî ku we xanî dîtibe û peymana we hebe, pere nedin.
    Ji bo xaniyên civakî Wohnberechtigungsschein (WBS) hewce ye.
    Jobcenter an Sozialamt dibêje xaniyê we pir biha ye? Bi piranî 6 mehên we hene. Ji wan re binivîsin çima hûn nikarin bar bikin (mînak zarok, nexweşî). Her tiştê li ser lêgerîna xaniyê xwe biparêzin.
housing-contract-text =
    Berî ku hûn îmze bikin, peymana kirê (Mietvertrag) bixwînin. Ji kesekî alîkariyê bixwazin.
    Kaltmiete kirê ye bê germkirin û lêçûnên din. Warmmiete kirê ye bi germkirin û lêçûnên din (Nebenkosten).
    Depozîto (Kaution) herî zêde 3 mehên Kaltmiete ye.
    Piştî ku hûn bi cih bûn, xwediyê xaniyê pejirandina xwediyê xaniyê (Wohnungsgeberbestätigung) dide we.
    Bi wê, di nav 2 hefteyan de navnîşana xwe qeyd bikin.
housing-wbs-text =
    Wohnberechtigungsschein (WBS) kaxezek e ji bo xaniyên civakî. Kirê li wir kêmtir e.
    Heke dahata we kêm be, hûn dikarin wê bistînin.
    Li şaredariyê (Rathaus) li Hohenhausenê bipirsin ku hûn li ku serî lê bidin.
    Bînin: pasaport, destûra rûniştinê û belgeya dahatê ya her kesê li mala we.
    Xaniyên civakî ne pir in. Li xaniyên din jî bigerin.
housing-utilities-text =
    Zibil: ji kerema xwe wê ji hev veqetînin. Bîdona zer an kîsikê zer: pakêt. Bîdona şîn: kaxez. Bîdona gewr: zibilên din. Cam diçe konteynerên camê.
    Salnameya zibil (Abfallkalender) dibêje bîdon kengî têne valakirin. Ji xwediyê xaniyê an ji şaredariyê (Rathaus) bipirsin.
    Elektrîk: dema ku hûn bi cih dibin, li şirketeke elektrîkê qeyd bibin. Roja pêşîn hejmara saeta elektrîkê û hejmara li ser wê binivîsin.
    Her mal pereyê radyo û televizyonê (Rundfunkbeitrag) dide. Bi Bürgergeld an AsylbLG hûn dikarin serî lê bidin ku jê azad bibin.
    Dema bêdengiyê bi şev: ji saet 22 heta 6.
housing-repairs-text =
    Li mala we tiştek xera bûye? Mînak germkirin, ava germ an pencereyek?
    Yekser ji xwediyê xaniyê an berpirsê avahiyê (Hausmeister) re bêjin. Paşê ji xwediyê xaniyê re jî binivîsin, bi dîrokê. Wêneyan bikişînin.
    Divê xwediyê xaniyê tamîr bike. Bi serê xwe kirê kêmtir nedin. Pêşî şêwirê bistînin.
    Di zivistanê de germkirin tune ye û zarokên piçûk li malê hene? Bêjin ku ev lezgîn e.
    Xwediyê xaniyê alîkariyê nake? Buroya Entegrasyonê (Integrationsbüro) dikare alîkariya we bike. Hûn di cihê rûniştina hevpar (Unterkunft) de dijîn? Ji karmendên li wir re bêjin.
housing-arrears-text =
    Pirsgirêka we bi kirê an betalkirina peymanê re heye? Li bendê nemînin. Zû tevbigerin.
    Bi xwediyê xaniyê re biaxivin. Bipirsin ka hûn dikarin parçe bi parçe bidin. Tiştê ku hûn li ser li hev dikin binivîsin.
    Hûn Bürgergeld an AsylbLG distînin? Zû ji Jobcenter an ji Daîreya Karûbarên Civakî (Sozialamt) re bêjin. Carinan ew deynê didin, bi piranî wek qerz.
    Dahata we kêm e? Belkî hûn dikarin Wohngeld (alîkariya kirê) bistînin.
    We nameya betalkirina peymanê (Kündigung) an nameyek ji dadgehê (Räumungsklage) wergirt? Yekser şêwirê bistînin: li komeleya kirêdaran (Mieterverein) an ji parêzerekî. Di nava demê de bersiva dadgehê bidin.
    Heke Jobcenter an Sozialamt deyn zû bide, betalkirin pir caran êdî derbas nabe.
    Ji bo şêwirê pereyê we kêm e? Dadgeha herêmî (Amtsgericht) belgeyek ji bo şêwira belaş dide (Beratungshilfe).
    Xwediyê xanî bêtir kirê dixwaze, an dibêje xanî ji bo xwe lazim e? Pêşî ji komeleya kirêdaran (Mieterverein) bipirsin. Tiştekî yekser îmze nekin. Hûn Bürgergeld an AsylbLG distînin? Nameya kirêya nû zû bibin Jobcenter an Daîreya Karûbarên Civakî (Sozialamt).
    Şêwirdariya deynan (Schuldnerberatung) belaş e. Buroya Entegrasyonê (Integrationsbüro) alîkariya we dike ku hûn wê bibînin.
housing-homeless-text =
    Cihê we yê razanê tune ye? Şaredarî divê alîkariya we bike. Hûn ê cihekî razanê bistînin.
    Gava ku vekirî be, herin Buroya Welatiyan (Bürgerbüro) li şaredariyê (Rathaus). Bêjin: „Ich habe keine Unterkunft.“ (Cihê min ê mayînê tune ye.)
    Şaredarî girtî ye (êvar, şev, dawiya hefteyê)? Telefonî polîsê bikin: 110. Polîs alîkariya we dike ku ji bo şevê cihekî bibînin.
    Mala we şewitî an xera bû? Ji xwediyê malê re bêjin. Hûn Bürgergeld an AsylbLG distînin? Ji Jobcenter an Sozialamt re jî bêjin.

## Counselling
counselling-text =
    Ji bo name, serlêdan an pirsên din alîkarî hewce ye? Ji bo we şêwirdariya belaş heye.
    Hûn dixwazin çi bizanin?
counselling-opt-office = Buroya Entegrasyonê
    .typed = buroya entegrasyon, wergêr, ofîsa entegrasyon, nivîsgeha entegrasyon
counselling-opt-mbe = Şêwirdarî ji bo mezinan
    .typed = şêwirdariya koçber, şêwirmendiya koçber
counselling-opt-jmd = Şêwirdarî ji bo ciwanan
    .typed = ciwanan, ciwan
counselling-opt-form = Şêwirdariyê bixwazin
    .typed = tije bikim, dagirtin, alîkarî bi formê, randevû
counselling-opt-person = Ji kesekî re binivîsin
    .typed = bi kesekî re biaxivim, bi mirovekî re biaxivim, bi karmendekî re biaxivim
counselling-office-text =
    Şaredariya Kalletalê li Hohenhausenê, di avahiya şaredariyê (Rathaus) de, Buroyeke Entegrasyonê heye.
    Ew di gavên pêşîn, name û serlêdanan de alîkariya nûhatiyan dike. Ew cihên têkiliyê yên rast nas dike.
    Şêwirdarî belaş e. Heke hûn wergêrekî dixwazin, ji kerema xwe ji me re bêjin.
    Ji kerema xwe randevûyekê bixwazin. Ez dikarim daxwaza we bişînim.
counselling-mbe-text =
    Şêwirdariya koçberiyê ji bo mezinan (Migrationsberatung für erwachsene Zuwanderer, MBE) ji bo mirovên ji 27 saliyê û pê ve ye.
    Ew di kursên elmanî, kar, xanî, name û serlêdanan de alîkarî dike.
    Rêxistinên xêrxwaz wê pêşkêş dikin, mînak Caritas, Diakonie, AWO an DRK.
    Ew belaş û nepenî ye.
    Navnîşana herî nêz ji Buroya Entegrasyonê bipirsin.
counselling-jmd-text =
    Xizmeta koçberiyê ya ciwanan (Jugendmigrationsdienst, JMD) ji bo ciwanên ji 12 heta 27 salî ye.
    Ew di dibistan, perwerdeya pîşeyî, kar û pirsên kesane de alîkarî dike.
    Ew belaş û nepenî ye.
    Navnîşana herî nêz ji Buroya Entegrasyonê bipirsin.
counselling-person-text =
    Hûn dikarin li vir ji Buroya Entegrasyonê re binivîsin.
    Kesek di vê sohbetê de bersiv dide, bi elmanî an bi amûreke wergerê.
    Ji kerema xwe agahiyên li ser tenduristiya xwe neşînin.
counselling-form-title = Daxwaza şêwirdariyê
counselling-form-intro =
    Ez ê ji bo Buroya Entegrasyonê (Integrationsbüro) ya Kalletalê çend pirsan ji we bikim.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.
school-form-title = Pirs li ser baxçeyê zarokan an dibistanê
school-form-intro =
    Ez ê ji bo Buroya Entegrasyonê (Integrationsbüro) ya Kalletalê çend pirsan ji we bikim.
    Pêşî ez li ser we dipirsim. Paşê li ser zarokê we.
    Di dawiyê de hûn dikarin her tiştî kontrol bikin. Paşê ez wê dişînim.
school-field-place = Mijar çi ye?
label-school-place = Mijar
school-opt-place-kita = Cihek li baxçeyê zarokan (Kita)
school-opt-place-school = Dibistan
school-opt-place-both = Baxçeyê zarokan û dibistan (çend zarok)
    .typed = herdu, her du, herduyan
school-opt-place-other = Pirseke din
school-field-child-name = Navê zarokê we çi ye? Ji kerema xwe nav û paşnavê bi tîpên latînî (A, B, C …) binivîsin. Ji yekî zêdetir zarokên we hene? Li vir yekî binivîsin. Yên din di dawiyê de binivîsin.
    .help = Navê wekî di pasaport an belgeya jidayikbûnê ya zarok de binivîsin.
label-child-name = Navê zarok
    .typed = zarok, kurê min, keça min
school-field-child-birth-date = Zarokê we kengî ji dayik bûye? Ji kerema xwe dîrokê wisa binivîsin: 31.12.2020
label-child-birth-date = Dîroka jidayikbûna zarok
    .typed = roja zayînê ya zarok, zayîna zarok, roja bûyîna zarok, roja bûyîna kurê min, roja bûyîna keça min
school-field-concern = Hûn dixwazin tiştekî din bibêjin? Mînak navên zarokên din, an ji kengî ve zarokê we li vir e. Hûn dikarin bi zimanê xwe binivîsin. Heke na, “Derbas bibe” hilbijêrin.
school-field-photos = Kaxezek a zarokê we heye, mînak belgeya jidayikbûnê an karneyeke kevn? Ji kerema xwe wêneyê wê bikişînin û bişînin. Heke tune be, “Derbas bibe” hilbijêrin.

## Emergencies
emergency-text =
    Rewşa awarte? Belaş telefon bikin, ji her telefonê, bi şev û roj:
    112 – agirkuşî û ambulans
    110 – polîs
    116117 – bijîşkê nobedar bi şev û dawiya hefteyê, dema ku xetera jiyanê tune be
    01805 986700 – bijîşkê diranan ê nobedar bi şev û dawiya hefteyê (ev telefon ne belaş e)
    116 016 – alîkarî ji bo jinên ku rastî şîdetê tên, bi gelek zimanan
    0800 111 0 111 an 0800 111 0 222 – Telefonseelsorge: dema ku hûn di krîzê de ne, kesek guh dide we
    Bêjin hûn li ku ne û çi qewimî.
    Ne rewşa awarte ye? Polîsê Lippe (Polizei Lippe): 05231 609-0. Qereqola polîsan a herî nêzîk, ku şev û roj vekirî ye, li Lemgo ye.

## Form questions and labels
field-family-name = Paşnavê we çi ye? Ji kerema xwe wê wek di pasaport an nasnameya xwe de, bi tîpên latînî (A, B, C …) binivîsin.
    .help = Paşnav navê malbatê ye. Di pasaportê de li ber „Surname“ an „Name“ ye. Navê we yê yekem ez paşê dipirsim.
    .no-document = Pasaporta we tune? Ez ê ji daîreyê re bibêjim. Ji kerema xwe navê xwe wek di kaxezeke din de binivîsin, mînak Ankunftsnachweis an Duldung. Kaxezeke we tune? Wê demê navê xwe wek ku hûn dinivîsin binivîsin.
    .none = Baş e. Ez ê ji dezgehê re bibêjim ku paşnavê we tune.
label-family-name = Paşnav
    .typed = paşnav, paşnavê, nav, navê
field-given-names = Navê we çi ye? Ji kerema xwe hemû navên xwe wek di pasaport an nasnameya xwe de, bi tîpên latînî (A, B, C …) binivîsin.
    .help = Navê yekem navê we bi xwe ye, mînak Samî. Di pasaportê de li ber „Given names“ ye. Heke çend navên we hebin, hemûyan binivîsin.
    .no-document = Pasaporta we tune? Ez ê ji daîreyê re bibêjim. Ji kerema xwe navê xwe wek di kaxezeke din de binivîsin, mînak Ankunftsnachweis an Duldung. Kaxezeke we tune? Wê demê navê xwe wek ku hûn dinivîsin binivîsin.
    .none = Baş e. Ez ê ji dezgehê re bibêjim ku tenê navekî we heye.
label-given-names = Nav
    .typed = navê min, nav, navê
field-birth-date = Hûn kengî ji dayik bûne? Ji kerema xwe dîrokê wisa binivîsin: 31.12.1990
label-birth-date = Dîroka jidayikbûnê
    .typed = dîroka jidayikbûnê, jidayikbûn, rojbûn
field-nationality = Hemwelatiya we çi ye?
    .help = Hemwelatîbûn ew welat e ku hûn hemwelatiyê wî ne, bê pasaport jî. Tu welat tune? Wê demê „{ country-stateless }“ hilbijêrin.
    .no-answer = Kurd, kurdî, Kurdistan, Kurdistanê, Êzîdî, Êzdî, ezidi
label-nationality = Hemwelatî
    .typed = hemwelatî, welatî, netewe
field-address = Navnîşana we li Kalletalê çi ye? Ji kerema xwe kolan, hejmara xaniyê û gund bi tîpên latînî (A, B, C …) binivîsin.
    .none = Baş e. Ez ê ji dezgehê re bibêjim ku navnîşaneke we ya domdar tune.
label-address = Navnîşan li Kalletalê
    .typed = navnîşan, adres, kolan, hejmara malê, hejmara xanî
    .intro = navnîşana min, navnîşana min ev e, adresa min
field-new-address = Navnîşana we ya nû li Kalletalê çi ye? Ji kerema xwe kolan, hejmara xaniyê û gund bi tîpên latînî (A, B, C …) binivîsin.
label-new-address = Navnîşana nû li Kalletalê
    .typed = navnîşan, adres, kolan, hejmara malê, hejmara xanî
    .intro = navnîşana min, navnîşana min ev e, adresa min
field-move-in-date = Hûn kîjan rojê bi cih bûn? Ji kerema xwe dîrokê wisa binivîsin: 31.12.2025
    .help = Dîroka bicihbûnê ew roj e ku hûn çûn xaniyê nû. Ew li ser pejirandina xwediyê xanî (Wohnungsgeberbestätigung) jî heye.
label-move-in-date = Dîroka bicihbûnê
    .typed = bicihbûn, koçkirin
field-persons = Çend kes di xaniyê de bi cih dibin? Ji kerema xwe xwe jî bijmêrin.
label-persons = Hejmara kesên ku bi cih dibin
    .typed = hejmara kesan, kes, çend kes
field-phone = Hejmara telefona we çi ye?
label-phone = Telefon
    .typed = hejmara telefonê, telefon, mobîl, hejmar, tel
field-email = Navnîşana e-nameya we çi ye?
label-email = E-name
    .typed = e-name, email, îmêl
field-register-notes = Tiştekî din heye ku divê Buroya Welatiyan bizane? Mînak navên endamên malbatê yên ku bi we re bi cih dibin.
label-notes = Not
    .typed = not, nîşe
field-concern = Ji kerema xwe daxwaza xwe bi gotinên xwe binivîsin. Hûn dikarin bi zimanê xwe binivîsin.
label-concern = Daxwaz
    .typed = daxwaz, peyam, nivîs
field-file-number = Hejmara we ya dosyayê (Aktenzeichen) ji Daîreya Biyaniyan heye? Ew li ser nameyên wan e. Heke tune be, “Derbas bibe” hilbijêrin.
    .help = Hejmara dosyayê (Aktenzeichen) hejmara dosyaya we li Daîreya Biyaniyan e. Ew li jorê nameyên wan e, li cem „Aktenzeichen“ an „Az.“. Nameya we tune? Wê demê „{ button-skip }“ hilbijêrin.
label-file-number = Hejmara dosyayê
    .typed = hejmara dosyayê, dosya
    .intro = hejmara dosyeya min, hejmara min
field-customer-number = Hejmara we ya xerîdar an hejmara BG ji Jobcenter heye? Ew li ser nameyên wan e. Heke tune be, “Derbas bibe” hilbijêrin.
    .help = Hejmara xerîdar û hejmara BG li jorê nameyên Jobcenter in. BG tê wateya Bedarfsgemeinschaft: hûn û malbata we. Nameya we tune? Wê demê „{ button-skip }“ hilbijêrin.
label-customer-number = Hejmara xerîdar / hejmara BG
    .typed = hejmara xerîdar, hejmara BG
    .intro = hejmara min
label-topic = Mijar
    .typed = mijar
field-immigration-topic = Daxwaza we li ser çi ye?
opt-immigration-extend = Dirêjkirina destûra rûniştinê
    .typed = dirêj kirin, nû kirin, diqede
opt-immigration-work = Destûra karê
    .typed = kar, xebat
opt-immigration-fiktion = Fiktionsbescheinigung
    .typed = fîksiyon
opt-immigration-lost = Belge winda bûye an hatiye dizîn
    .typed = winda, dizî
opt-other = Tiştekî din
    .typed = tiştekî dî, tiştek din
field-shared-accommodation = Hûn di cihê rûniştina hevpar (Gemeinschaftsunterkunft) de dijîn?
    .yes = kamp, heim, konteyner, xaniyê hevpar
    .no = mala min, xanî, apartman, cem malbatê, cem hevalan
label-shared-accommodation = Di cihê rûniştina hevpar de dijî
    .typed = rûniştina hevpar, kamp, heim
field-benefits-topic = Daxwaza we li ser çi ye?
opt-benefits-asylblg = Pere ji bo jiyanê (AsylbLG)
    .typed = penaberî, pere
opt-benefits-wohngeld = Wohngeld (alîkariya kirê)
    .typed = kirê
opt-benefits-treatment = Behandlungsschein (ji bo bijîşk)
    .typed = doktor, bijîşk, derman, nexweş
field-jobcenter-topic = Daxwaza we li ser çi ye?
opt-jobcenter-apply = Serlêdana Bürgergeld
    .typed = cara yekem, serlêdana nû, serlêdana yekem, serlêdan bikim, serlêdan kirin
opt-jobcenter-continue = Domandina Bürgergeld
    .typed = domandin, dirêj kirin
opt-jobcenter-jobsearch = Kar an perwerdeya pîşeyî
    .typed = kar, perwerde
opt-jobcenter-letter = Nameyek ji Jobcenter
    .typed = name
opt-jobcenter-payment = Pere nehatiye
    .typed = pere nehatiye, pere nehat, pereyê min nehat, pere nehatin
field-counselling-topic = Hûn ji bo çi alîkarî dixwazin?
opt-counselling-german = Kursa elmanî
    .typed = elmanî, almanî, ziman, kurs
opt-counselling-school = Dibistan an Kita
    .typed = dibistan, baxçeya zarokan, zarok
opt-counselling-housing = Xanî
    .typed = xanî, mal, kirê
opt-counselling-work = Kar
    .typed = kar, xebat
opt-counselling-papers = Name û serlêdan
    .typed = name, form, serlêdan
opt-counselling-kindergeld = Pereyê zarokan (Kindergeld)
    .typed = kindergeld, pereyê zarokan
field-photos-passport-family = Ji kerema xwe wêneyê pasaporta xwe (rûpela bi wêneyê we) bikişînin û bişînin. Hûn dikarin heta 8 wêneyan bişînin, mînak pasaportên malbata xwe jî.
    .no-document = Pasaporta we tune? Ez ê ji daîreyê re bibêjim. Ji kerema xwe wêneyê kaxezeke din a bi navê we bişînin, mînak nasname, Ankunftsnachweis, Aufenthaltsgestattung an Duldung.
label-photos-passport = Wêne: pasaport
    .typed = wêne, pasaport
field-photos-permit = Ji kerema xwe wêneyên destûra xwe ya rûniştinê (pêş û paş) û yên pasaporta xwe bikişînin. Heta 4 wêneyan bişînin. We ew winda kirine? Wê demê wêneyê kaxeza polîsê bikişînin.
    .no-document = Yek ji van kaxezan li cem we tune? Ez ê ji daîreyê re bibêjim. Ji kerema xwe wêneyên kaxezên bi navê we yên ku hene bişînin, mînak Ankunftsnachweis an Fiktionsbescheinigung.
    .missing = karta min winda bû, kartê min winda bû, îqameya min winda bû, îqameya min tune
label-photos-permit = Wêne: destûra rûniştinê û pasaport
    .typed = wêne, destûra rûniştinê, pasaport
field-photos-id-papers = Ji kerema xwe wêneyê kaxeza xwe ya rûniştinê (mînak Aufenthaltsgestattung an Duldung) bikişînin û bişînin. Hûn dikarin heta 4 wêneyan bişînin.
    .no-document = Yek ji van kaxezan li cem we tune? Ez ê ji daîreyê re bibêjim. Ji kerema xwe wêneyên kaxezên bi navê we yên ku hene bişînin, mînak Ankunftsnachweis an Fiktionsbescheinigung.
label-photos-id-papers = Wêne: kaxeza rûniştinê
    .typed = wêne, kaxeza rûniştinê
field-photos-jobcenter = Ji kerema xwe wêneyên kaxezên li ser daxwaza xwe bişînin, mînak nameyek ji Jobcenter an destûra xwe ya rûniştinê. Pelên PDF jî dibin. Heta 10 heban.
    .no-document = Kaxezên we li ser vê tune ne? Ez ê ji dezgehê re bibêjim. Ji kerema xwe wêneyê kaxezekê bi navê xwe bişînin, mînak nasnameya xwe, Ankunftsnachweis an Duldung.
label-photos-jobcenter = Belge
    .typed = wêne, belge, name
field-photos-optional = Nameyek an belgeyek li ser pirsa we heye? Ji kerema xwe wêneyê wê bikişînin û bişînin. Heke tune be, “Derbas bibe” hilbijêrin.
label-photos-documents = Belge
    .typed = wêne, belge, name
field-interpreter = Ji bo randevûyê hûn wergêrekî dixwazin?
label-interpreter = Wergêr
    .typed = wergêr, werger
field-appointment = Hûn kengî dikarin werin randevûyê?
label-appointment = Dema randevûyê ya ku hûn dixwazin
    .typed = randevû, dem, sibeh, piştî nîvro

# Everyday life (stop 70): a bank account, a SIM card, buses and trains, a driving licence.
main-opt-everyday = Jiyana rojane
    .typed = jiyana rojane, jiyana rojanê, jiyana rojê, karên rojane, karen rojane, alltag
everyday-text =
    Li vir hûn ji bo jiyana rojane alîkariyê dibînin: hesabê bankê, telefon, otobus û trên, ajotina erebeyê, betlaneyên dibistanê, kufik, pitik, dengê zêde, karê dilxwazî, bawerî, werziş, înternet, kirîn.
    Hûn dixwazin çi bizanin?
everyday-opt-bank = Hesabê bankê
    .typed = hesabê bank, hesabe bank, hesabekî bank, hesabeki bank, hesab veki, karta bank, kerta bank, basiskonto, girokonto, konto, banka hesab, kart winda kir, karta bankê winda, cizdan winda kir, cizdan dizîn
everyday-bank-text =
    Her kes dikare li bankekê hesabekî bingehîn (Basiskonto) veke. Ev qanûn e.
    Belgeyeke nasnameyê hewce ye: pasaport, an Aufenthaltsgestattung, Duldung an destûra rûniştinê ya we.
    Heke belgeya we ya qeyda navnîşanê (Meldebescheinigung) hebe, wê jî bînin.
    Bank dibêje na? Sedemê bi nivîskî bixwazin. Buroya Entegrasyonê (Integrationsbüro) alîkariya we dike.
    We kart an cizdan winda kir? Karta bankê yekser bidin girtin: telefon 116 116 (belaş, şev û roj).
everyday-opt-phone = Telefon û karta SIM
    .typed = karta sim, kerta sim, sîm kart, sim kart, simkart, sîmkart, peymana telefon, girêbesta telefon, xeta telefon, prepaid, handyvertrag, sim karte
everyday-phone-text =
    Ji bo karta SIM belgeyeke nasnameyê hewce ye, mînak pasaport an destûra rûniştinê. Dikan wê kontrol dike.
    Karta pêşwext (Prepaid) bê peyman e: hûn pêşî pere didin û hûn dikarin kengî bixwazin dev jê berdin.
    Peyman pir caran 24 mehan dom dike. Berî ku hûn îmze bikin, wê baş bixwînin.
    Li hember telefon û peyamên ku pere an agahiyên bankê yên we dixwazin hişyar bin.
everyday-opt-transport = Otobus, trên û bilêt
    .typed = bilêt, bilet, deutschlandticket, deutschland ticket, bilêta mehane, bileta mehane, demên otobus, demen otobus, otobus ji bo, otobûs ji bo, otobus kengî, kîjan otobus, otobus diçe
everyday-transport-text =
    Bi Deutschlandticket hûn dikarin li seranserê Almanyayê bi hemû otobus û trênên herêmî biçin. Ew mehê 63 euro ye (2026).
    Hûn wê li ser înternetê an di sepanekê (app) de dikirin, wek abonetî. Hûn dikarin her meh wê betal bikin.
    Hûn Bürgergeld, AsylbLG an Sozialhilfe distînin? Wê demê ji Jobcenter an ji Daîreya Karûbarên Civakî (Sozialamt) li ser bilêteke erzantir (Deutschlandticket Sozial) bipirsin.
    Demên otobusan li rawestgehê û di sepana DB Navigator de hene.
    Ji bo rêwîtiyekê, bilêteke yekcarî (Einzelticket) ji ajokarê otobusê an di sepanê de bikirin. Pereyê hûr amade bikin.
everyday-opt-driving = Belgeya ajotinê
    .typed = ehliyeta ajotin, ehlîyeta ajotin, ehliyetê, ehliyeta, belgeya ajotin, lîsansa ajotin, lisansa ajotin, ajotina erebe, erebe ajotin, tirimbêl ajotin, ajotina tirimbêl, führerschein, fuhrerschein, fuehrerschein
everyday-driving-text =
    Ehliyeteke ji welatekî derveyî Yekîtiya Ewropayê (EU) li Almanyayê 6 mehan derbasdar e, ji dema ku hûn li vir dijîn.
    Piştî wê ehliyeteke almanî hewce ye. Pir caran divê hûn dîsa îmtîhanan bidin, carinan tenê beşek ji wan.
    Zû ji Daîreya Ehliyetê (Führerscheinstelle) ya Kreis Lippe bipirsin. Ehliyeta xwe û wergera wê bînin.
    Ehliyeteke ji welatekî Yekîtiya Ewropayê derbasdar dimîne.
everyday-opt-holidays = Betlaneyên dibistanê
    .typed = betlane, betlaneya dibistanê, betlaneya dibistane, betlaneya havînê, betlaneya havine, tetîla dibistanê, tetila dibistane, kengî betlane, kengi betlane, ferien
everyday-holidays-text =
    Di betlaneyê (Ferien) de dibistan tune ye. Li NRW betlane hene: di payîzê de, li Noelê (Kirîsmis), li Paskalyayê û di havînê de (6 hefte).
    Dibistan rojên tam ji we re dibêje. Ew li ser înternetê jî hene: li “Ferien NRW” bigerin.
    Divê zaroka we her roja dibistanê biçe dibistanê. Berî destpêka betlaneyê neçin seferê: dibe ku hûn ji ber vê cezayekê bidin.
    Baxçeyê zarokan (Kita) jî hin rojan girtî ye. Kita van rojan ji we re dibêje.
everyday-opt-mould = Kufik li malê
    .typed = kufik, kefik, kufik girtiye, dîwarê şil, diware sil, dîwar şil bûye, şilahî, deqên reş, deqen res, schimmel
everyday-mould-text =
    Kufik (Schimmel) li malê dikare we nexweş bike. Zû tiştekî bikin.
    Rojê 3 heta 4 caran pencereyan bi temamî vekin, ji bo 5 heta 10 deqîqeyan. Hemû odeyan hinekî germ bikin.
    Bi nivîskî ji xwediyê xaniyê re bibêjin, bi dîrok û wêneyan. Kopiyekê ji xwe re bihêlin.
    Xwediyê xaniyê tiştekî nake? Buroya Entegrasyonê (Integrationsbüro) alîkariya we dike. Komeleya Kirêdaran (Mieterverein) jî şêwirdariyê dide (ew bi pere ye).
everyday-opt-baby = Pitik: alîkarî û kurs
    .typed = kursa dê û zarok, koma dê û zarokan, koma dayik û zarokan, pêrik piştî zayînê, perik pisti zayine, alîkariya zû, kursa pitikan, nû çêbûye, nu cebuye, kursên ji bo dayikan, alîkarî ji bo pitikê, belgeya jidayikbûn, belgeya zayîn, qeyda pitik, pitikê qeyd, daîreya nifûs
    .alone = pitik, pitika, pitikê
everyday-baby-text =
    Bi pitikekê an zarokekî biçûk hûn dikarin alîkariyê bistînin û dê û bavên din nas bikin.
    Pêrik (Hebamme) piştî zayînê tê mala we. Sîgorteya tenduristiyê pereyê wê dide. Zû li pêrikekê bigerin, hê di ducaniyê de.
    Komên dê û bav û zarokan û kurs li Navenda Malbatê (Familienzentrum) û li Navenda Perwerdeya Malbatê (Familienbildungsstätte) hene. Gelek ji wan belaş an erzan in. Bi pitikê re elmanî hînbûn: hin kursên entegrasyonê li zarokên biçûk dinêrin.
    Li Daîreya Ciwanan (Jugendamt) ya Kreis Lippe “Frühe Hilfen” (alîkariya zû) heye: alîkariya belaş ji bo malbatên ku pitikên wan hene. Buroya Entegrasyonê (Integrationsbüro) ji we re dibêje li ku ye.
    Piştî zayînê: di hefteya yekem de nexweşxane an hûn bi xwe pitikê li Daîreya Nifûsê (Standesamt) qeyd dikin. Hûn belgeya jidayikbûnê (Geburtsurkunde) distînin. Mînak ji bo Kindergeld ew hewce ye. Ji sîgorteya xwe ya tenduristiyê û ji Daîreya Biyaniyan (Ausländerbehörde) re jî bêjin.
everyday-opt-noise = Dengê zêde yê cîranan
    .typed = deng dikin, gelek deng, dengê cîranan, denge ciranan, dengê bilind, denge bilind, dengê zêde, denge zede, zêde deng, pir bi deng, cîranên bi deng, ciranen bi deng, qerebalix, demên bêdengiyê, lärm, ruhezeit
everyday-noise-text =
    Li Almanyayê demên bêdengiyê (Ruhezeiten) hene: bi şev ji saet 22 heta 6, û roja Yekşemê û rojên betlaneyê yên fermî tevahiya rojê. Rêzikên xaniyê (Hausordnung) bêtir dibêjin.
    Cîranên we pir caran zêde deng dikin? Pêşî bi aramî bi wan re biaxivin.
    Ev alîkarî nake? Binivîsin kengî deng zêde bû (roj, saet, çi). Bi nivîskî ji xwediyê xaniyê re bibêjin.
    Bi şev pir deng heye, an hûn ditirsin? Telefonî polîsê bikin. Di xeterê de: 110.
    Hûn jî: di demên bêdengiyê de bêdeng bin.
everyday-opt-volunteer = Karê dilxwazî: alîkariya kesên din
    .typed = bi dilxwazî, bi dilxwazi, karê dilxwazî, kare dilxwazi, xebata dilxwazî, xebata dilxwazi, dilxwaz bibim, dixwazim dilxwaz bibim, çawa dibim dilxwaz, cawa dibim dilxwaz
    .alone = ehrenamt
everyday-volunteer-text =
    Hûn dixwazin bi xwe alîkariya kesên din bikin? Navê vê yekê karê dilxwazî (Ehrenamt) ye. Hûn bi dilxwazî û bê mûçe dixebitin, mînak li klûbeke werzişê, li bankeya xwarinê (Tafel), li dêrê an mizgeftê, an li agirkujiya dilxwaz (Freiwillige Feuerwehr).
    Bi vî awayî hûn mirovan nas dikin û elmaniya xwe baştir dikin.
    Hûn dikarin bê pere karê dilxwazî bikin, bi Aufenthaltsgestattung an Duldung jî.
    Hûn ji bo wê pere distînin? Wê demê berê ji Daîreya Biyaniyan (Ausländerbehörde) bipirsin. Ji Jobcenter an ji Daîreya Karûbarên Civakî (Sozialamt) re jî bêjin.
    Buroya Entegrasyonê (Integrationsbüro) komele û komên li Kalletalê nas dike.
everyday-opt-religion = Mizgeft, bawerî
    .typed = mizgeft, mizgeftan, camî, nimêj, nivêj, li ku nimêj bikim, nimêja înê, cihê nimêjê, odeya nimêjê, mela, îmam, ayîna dêrê, qeşe, keşîş, pastor
    .alone = kilîse, dêra
everyday-religion-text =
    Li Almanyayê hûn dikarin baweriya xwe bi azadî bijîn. Qanûna Bingehîn (Grundgesetz) vê dibêje.
    Li gelek gundan dêr hene. Mizgeft û civakên din ên olî pir caran li bajarên mezintir ên nêzîk in.
    Buroya Entegrasyonê (Integrationsbüro) dikare ji we re bêje li ku ne.
everyday-opt-sports = Klûba werzişê
    .typed = klûba werzişê, kluba werzis, klûba futbolê, kluba futbol, tîma futbolê, futbol bilîze, futbol bilîzin, fûtbol bilîze, topê bilîze, kursa avjeniyê, kursa avjenî, avjenî fêr bibe, avjeniyê hîn bibe, werziş ji bo zarokan, werzişa zarokan, koma werzişê, sportverein
    .alone = klûb, werziş, spor
everyday-sports-text =
    Di klûbeke werzişê (Sportverein) de zarok û mezin bi hev re werziş dikin, mînak futbol, jimnastîk an avjenî. Bi vî awayî hûn hevalan dibînin û almanî hîn dibin.
    Klûbek bi gelemperî her meh pereyekî kêm dixwaze.
    Hûn Bürgergeld, AsylbLG, Wohngeld an Kinderzuschlag distînin? Wê demê “Bildung und Teilhabe” ji bo zarokên di bin 18 saliyê de her meh heta 15 euro ji bo klûbê dide. Ji Jobcenter an ji Daîreya Karûbarên Civakî (Sozialamt) bipirsin.
    Buroya Entegrasyonê (Integrationsbüro) klûbên li Kalletalê nas dike.
everyday-opt-internet = Înternet û WiFi
    .typed = wifi, wi-fi, wayfay, wlan, wifi belaş, wifiya belaş, înterneta belaş, înternet belaş, înternet li malê, înterneta malê, peymana înternetê, girêbesta înternetê, router, modem, hotspot
    .alone = înternet
everyday-internet-text =
    WiFi-ya belaş (WLAN) pir caran li pirtûkxaneyan, kafeyan, trênan û îstasyonan heye. Li wir şîfreyê bipirsin.
    Li cihên rûniştinê yên penaberan pir caran WiFi heye. Ji karmendan bipirsin.
    Înternet ji bo malê: hûn peymanekê îmze dikin, pir caran ji bo 24 mehan. Wê baş bixwînin. Pir caran tarîfeyeke telefonê ya erzan bi gelek înternetê jî bes e.
    Li ser WiFi-ya vekirî: şîfre û agahiyên bankê nenivîsin.
everyday-opt-shopping = Kirîna erzan
    .typed = supermarket, sûpermarket, market, marketa erzan, kirîna erzan, erzan bikirim, erzan bikirin, xwarina erzan, dikana erzan, dikanên erzan, lidl, netto, penny, goşt helal, goştê helal, xwarina helal, bankeya xwarinê, tafel, cilên erzan, kincên erzan, destê duyem, mobîlya destê duyem, mobîlyayên kevn, bazara kevnan, kleiderkammer, sozialkaufhaus, mobîlya, kincan, cil û berg, cil, qapût
everyday-shopping-text =
    Dikanên erzan ên wek Aldi, Lidl, Netto û Penny pir caran herî erzan in.
    Goştê helal pir caran li dikanên tirkî an erebî li bajarên nêzîk tê firotin.
    Pereyê we kêm e? Li bankeya xwarinê (Tafel) hûn bi pereyekî kêm xwarinê distînin. Belgeyek hewce ye, mînak nameya Jobcenter an ya Daîreya Karûbarên Civakî (Sozialamt).
    Cil û mobîlya li cihên cilan ên ji bo kesên hewcedar (Kleiderkammer), li dikanên civakî (Sozialkaufhaus) û li bazarên tiştên kevn erzan in.
    Roja Yekşemê dikan girtî ne.
    Buroya Entegrasyonê (Integrationsbüro) dikare ji we re bêje ev li Kalletalê li ku ne.
everyday-opt-services = Postexane, pirtûkxane û berber
    .typed = postexane, postxane, ptt, deutsche post, dhl, pakêt bişînim, pakêtê bişînim, pakêt şandin, paket bişînim, koli bişînim, pûla postê, pûlên postê, pirtûkxane, pirtûk deyn, pirtûkan bi deyn, berber, sertraş, sertiraş, kuafor, porê xwe kur, porê min kur, por birîn
everyday-services-text =
    Li postexaneyê (Post) hûn name û pakêtan dişînin, ji welatên din re jî. Li gîşeyê bipirsin ka ew dişînin welatê we an na. Navnîşana temam bi xwe re bînin.
    Di gelek supermarket û kioskan de cihekî postê heye, an ew pûlên postê (Briefmarken) difroşin.
    Li pirtûkxaneyê (Bücherei) hûn pirtûkan belaş an bi pereyekî kêm bi deyn digirin. Pirtûkên ji bo hînbûna elmanî û pirtûkên ji bo zarokan hene.
    Li cem berber (Friseur) hûn pir caran pêşî randevûyekê digirin. Biha li ser derî an li pencereyê nivîsandî ne.
    Buroya Entegrasyonê (Integrationsbüro) dikare ji we re bêje ev li Kalletalê li ku ne.
