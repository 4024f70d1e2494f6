# Kompass Kalletal: die Texte zu flows/kalletal.toml.
# Die ids nicht ändern. Kurze Sätze, einfache Wörter (etwa Niveau A2), eine Frage pro Nachricht.
# Formulartitel, Feldnamen und Auswahlantworten stehen auch in den E-Mails an die Ämter.
# Anschriften und Kontaktdaten sind Beispieldaten: vor dem Start prüfen.

## Institutionen (was Neuzugewanderte lesen)
inst-buergerbuero = Bürgerbüro der Gemeinde Kalletal
inst-auslaenderbehoerde = Ausländerbehörde des Kreises Lippe
inst-sozialamt = Sozialamt der Gemeinde Kalletal
inst-jobcenter = Jobcenter Lippe
inst-integrationsbuero = Integrationsbüro der Gemeinde Kalletal

## Unterlagen zum Termin
doc-passport = Reisepass oder Personalausweis (von jeder Person)
doc-landlord-confirmation = Wohnungsgeberbestätigung (vom Vermieter)
    .what = Die Wohnungsgeberbestätigung ist ein Papier von Ihrem Vermieter. Darin steht, dass Sie in die Wohnung eingezogen sind. Ihr Vermieter muss sie Ihnen geben. Sie brauchen sie für die Anmeldung.
doc-rental-contract = Mietvertrag
    .what = Der Mietvertrag ist der Vertrag mit Ihrem Vermieter. Darin steht, wie viel Miete Sie zahlen und seit wann Sie in der Wohnung wohnen.
doc-family-certificates = Geburtsurkunden und Heiratsurkunde, wenn vorhanden
doc-residence-permit = Aufenthaltstitel oder anderes Aufenthaltspapier (zum Beispiel Aufenthaltsgestattung oder Duldung)
doc-biometric-photo = Ein biometrisches Passfoto
doc-registration-certificate = Meldebescheinigung
    .what = Die Meldebescheinigung ist ein Papier vom Bürgerbüro. Darin steht, wo Sie wohnen. Sie bekommen sie bei der Anmeldung.
doc-income-proof = Nachweise über Einkommen, zum Beispiel Lohnabrechnungen
doc-job-offer = Arbeitsangebot oder Arbeitsvertrag, wenn vorhanden
doc-bank-statements = Kontoauszüge der letzten 3 Monate
doc-office-letters = Briefe von Ämtern zu Ihrem Anliegen
doc-certificates = Zeugnisse von Schule, Ausbildung und Arbeit
doc-child-birth-certificate = Geburtsurkunde des Kindes
doc-child-vaccination = Impfpass des Kindes (für die Kita: Nachweis über die Masern-Impfung)
doc-child-school-reports = Alte Zeugnisse des Kindes, wenn vorhanden

## Hauptmenü
main-text =
    Willkommen beim Kompass Kalletal!
    Ich helfe Ihnen bei den ersten Schritten in Kalletal.
    Ich kann Ihre Anfrage auch an das richtige Amt senden.
    Was brauchen Sie?
    .again = Was brauchen Sie?
main-opt-register = Wohnsitz anmelden
    .typed = anmeld, ummeld, Wohnsitz, Meldebescheinigung, Wohnungsgeberbestätigung, Bürgerbüro, Buergerbuero, Meldeamt, Einwohnermeldeamt, Adressänderung, neue Adresse, umgezogen, nach Kalletal gezogen, mich melden, hergezogen, Anmeldung, Ummeldung, melde ich mich, melde mich, melde ich meine, melde meine Adresse
main-opt-immigration = Aufenthalt und Arbeitserlaubnis
    .typed = Aufenthalt, Ausländerbehörde, Auslaenderbehoerde, Ausländeramt, Visum, Visa, Duldung, Einbürgerung, Familiennachzug, Wohnsitzauflage
    .alone = Flüchtling, Flüchtlinge, Geflüchtete, Geflüchteter, geflüchtet
main-opt-benefits = Sozialleistungen
    .typed = Sozialleistung, Sozialamt, Sozialhilfe, Sozialgeld, Geld vom Amt, finanzielle Hilfe, kein Geld, brauche Geld, brauchen Geld, Geld brauchen, Lebensunterhalt, Hilfe zum Leben, Geld ist alle, kein Geld mehr
main-opt-jobcenter = Jobcenter und Arbeit
    .typed = Jobcenter, Arbeit, Job, Jobs, arbeitslos, Agentur für Arbeit, Arbeit verloren, Job verloren, Arbeitsplatz verloren
main-opt-german = Deutschkurse
    .typed = Deutschkurs, Sprachkurs, Deutsch lern, Deutschunterricht, Kurs, Abendkurs, Abendkurse, Wochenendkurs
main-opt-school = Schule und Kita
    .typed = Kinderbetreuung
main-opt-health = Gesundheit
    .typed = krank, Schmerz, schwanger, impf, Klinik
main-opt-housing = Wohnen
    .typed = Miete, Vermieter, Unterkunft, Gemeinschaftsunterkunft
# `.alone`: Wörter, die dieses Thema nur nennen, wo ein Satz kein anderes nennt: "Ich verstehe den Brief nicht" öffnet die Beratung, "ein Brief vom Jobcenter" das Jobcenter. `.unless`: Wörter, mit denen sie es nicht nennen ("einen Brief nach Hause schicken").
main-opt-counselling = Beratung
    .typed = Beratung, beraten, Berater, Sozialarbeiter, Sozialberatung, Flüchtlingsberatung, Caritas, Diakonie, AWO
    .alone = Brief, Briefe, Brif, Bescheid, Formular, ausfüllen, Antrag, Amtsdeutsch, Post vom Amt, Post bekommen, Behördenpost, Schreiben vom, Rechnung, Mahnung, Zahlungserinnerung, Bußgeld, abgelehnt, Ablehnung
    .unless = schick, senden, versend, abschick, Briefmarke, Briefkasten, Führerschein, Fahrerlaubnis, Drucker
main-opt-emergency = Notfall
    .typed = Notfall, Notruf, Notarzt, Polizei, Feuerwehr, Krankenwagen, Rettungswagen, Unfall, Gewalt, bedroh, Suizid, Selbstmord, umbringen, Bereitschaftsdienst, schlägt mich, schlägt meine, schlägt mein, schlägt seine, geschlagen, verprügel, Prügel, brennt, Brand, atmet nicht, bewusstlos, ohnmächtig, blutet stark, will nicht mehr leben, Herzinfarkt, Schlaganfall, vergiftet, sehr krank, sos, töten, bringt mich um, mit einem Messer, mit Messer, Waffe, eingebrochen, Einbruch, Einbrecher, verfolgt mich, Vergewaltigung, vergewaltigt, entführt, Angst vor meinem Mann, Angst vor ihm, schlägt ihre, schlägt sie, Rauch überall, voller Rauch, riecht nach Gas, Gasgeruch, Gas riecht, Gasleck, Vergiftung, Putzmittel getrunken, Putzmittel geschluckt, verschluckt, Dieb in, Feuer im Haus, Feuer in der Wohnung, Feuer in der Küche, Feuer bei uns, hat ein Messer, Rauch kommt, Rauch in der Küche, Rauch in der Wohnung, es raucht, Qualm, Frauenhaus, Frauenhäuser, Frauenschutzhaus, Schutzwohnung, Krampfanfall, Krampfanfälle, krampft, Fieberkrampf, Anfall, kann kaum atmen, atmet schwer, Atemnot, bekommt keine Luft, Arm gebrochen, Bein gebrochen, Fuß gebrochen, Hand gebrochen, Knochen gebrochen, Knochenbruch, gebrochener Arm, gebrochenes Bein
    .calm = Polizei, Feuerwehr, Krankenwagen, Rettungswagen, Notarzt
    .cry = Notruf, Notfall
    .exact = Feuer, Feuer Hilfe, Hilfe Feuer, Feuer Feuer, Rauch, Rauch Hilfe
    .unless = Feuerwehrmann, Feuerwehrfrau, Feuerwerk, Feuerzeug, Lagerfeuer, bei der Feuerwehr
    .lasting = Gewalt, bedroh, schlägt mich, geschlagen, verprügel, Prügel, vergewaltig, bringt mich um, umbringen, Angst vor meinem Mann, Angst vor ihm, verfolgt mich
opt-office-where = Adresse und Öffnungszeiten
    .typed = Öffnungszeiten, Öffnungszeit, Sprechzeiten, Sprechzeit, Adressen der Ämter, offen, geöffnet, aufmachen, macht auf, hat das Rathaus, Rathaus auf, Rathaus offen, Rathaus geöffnet, wo ist das Rathaus, wo finde ich das Rathaus, wo Rathaus
    .beside = hat auf, auf hat, aufhat, haben auf
offices-text =
    Hier finden Sie die Ämter: wo sie sind und wann sie offen sind.
    Viele Ämter sprechen nur mit Termin mit Ihnen. Einen Termin fragen Sie hier im Chat an: Wählen Sie dafür im Menü das Amt.
office-where-text =
    Hier ist das Amt: wo es ist und wann es offen ist.
    Viele Ämter sprechen nur mit Termin mit Ihnen. Fragen Sie hier zuerst nach einem Termin.

## Wohnsitz anmelden
register-text =
    Sind Sie nach Kalletal gezogen? Dann müssen Sie Ihre Wohnung anmelden.
    Sie haben dafür 2 Wochen Zeit nach dem Einzug.
    Wo: Bürgerbüro im Rathaus in Kalletal-Hohenhausen.
    Bringen Sie mit: Reisepass oder Personalausweis und die Wohnungsgeberbestätigung. Die bekommen Sie von Ihrem Vermieter.
    Ihr Vermieter gibt sie Ihnen nicht? Sagen Sie es dem Bürgerbüro. Der Vermieter muss sie geben.
    Die Anmeldung ist kostenlos. Sie bekommen eine Meldebescheinigung. Heben Sie sie gut auf: Viele Ämter fragen danach.
    Sie sind schon angemeldet und brauchen nur eine neue Meldebescheinigung? Gehen Sie mit Ihrem Pass zum Bürgerbüro. Eine neue Anmeldung brauchen Sie nicht.
    Bitte fragen Sie nach einem Termin. Ich kann Ihre Anfrage an das Bürgerbüro senden.
register-opt-form = Termin anfragen
    .typed = Termin, einen Termin, Termin machen, Termin bitte, Anfrage
register-form-title = Anmeldung des Wohnsitzes
register-form-intro =
    Ich stelle Ihnen einige Fragen für das Bürgerbüro.
    Bitte halten Sie Ihren Reisepass bereit.
    Am Ende können Sie alles prüfen. Dann sende ich es.

## Ausländerbehörde
immigration-text =
    Die Ausländerbehörde für Kalletal ist beim Kreis Lippe in Detmold.
    Sie gibt Aufenthaltstitel und Arbeitserlaubnisse.
    Was möchten Sie wissen?
immigration-opt-permit = Aufenthaltstitel
    .typed = Aufenthaltstitel, Aufenthaltserlaubnis, Aufenthaltskarte, Niederlassungserlaubnis, Blaue Karte, Aufenthalt verlänger, Titel verlänger, Visum verlänger
immigration-opt-fiktion = Fiktionsbescheinigung
    .typed = Fiktion, illegal, Verlängerung beantragt
immigration-opt-work = Arbeitserlaubnis
    .typed = Arbeitserlaubnis, Arbeitsgenehmigung, Beschäftigungserlaubnis, Erwerbstätigkeit, arbeiten darf, arbeiten dürfen, darf ich arbeiten, Duldung arbeiten, Gestattung arbeiten
immigration-opt-lost = Pass oder Karte verloren
    .typed = verloren, verlier, gestohlen, geklaut, Verlustanzeige, Diebstahl, Aufenthaltskarte geklaut, Pass geklaut, Karte geklaut, Pass gestohlen, Aufenthaltstitel verloren, Aufenthaltserlaubnis verloren, Aufenthaltskarte verloren, Aufenthaltstitel gestohlen, Aufenthaltserlaubnis gestohlen
immigration-opt-form = Anfrage an die Ausländerbehörde
immigration-opt-asylum = Asyl abgelehnt
    .typed = asylbescheid, asylantrag abgelehnt, asyl abgelehnt, ablehnung asyl, asylablehnung, asylanwalt, klage asyl, asylklage
immigration-asylum-text =
    Haben Sie einen Brief vom BAMF (Bundesamt für Migration und Flüchtlinge) zu Ihrem Asyl bekommen?
    Wurde Ihr Asylantrag abgelehnt? Sie können dagegen klagen (Klage beim Verwaltungsgericht).
    Die Frist ist kurz: oft nur 1 Woche oder 2 Wochen, nachdem der Brief kam. Im Brief steht, wie lange.
    Warten Sie nicht. Gehen Sie heute zu einer Flüchtlingsberatung oder zu einem Fachanwalt für Migrationsrecht.
    Nehmen Sie den Brief und den Umschlag mit. Die Beratungsstelle ist kostenlos. Ein Anwalt kostet Geld: Fragen Sie die Beratungsstelle nach Hilfe bei den Kosten.
    Das Integrationsbüro sagt Ihnen, wohin Sie gehen können. Adresse und Öffnungszeiten stehen unten.
immigration-permit-text =
    Ihr Aufenthaltstitel hat ein Enddatum. Schauen Sie auf Ihre Karte.
    Beantragen Sie einen neuen früh: 6 bis 8 Wochen vor dem Enddatum.
    Weniger als 6 Wochen übrig? Beantragen Sie ihn jetzt. Warten Sie nicht.
    Ist das Datum schon vorbei? Melden Sie sich sofort bei der Ausländerbehörde, per Telefon oder E-Mail. Warten Sie nicht.
    Bringen Sie mit: Reisepass, Aufenthaltstitel, ein biometrisches Foto und Ihre Meldebescheinigung. Manchmal auch Nachweise über Einkommen.
    Die neue Karte kostet eine Gebühr. Das Amt sagt Ihnen, wie viel.
    Ist Ihre Karte verloren oder gestohlen? Sagen Sie es sofort der Polizei und der Ausländerbehörde.
immigration-fiktion-text =
    Haben Sie einen neuen Aufenthaltstitel rechtzeitig beantragt, aber das Amt hat noch nicht entschieden?
    Dann bekommen Sie eine Fiktionsbescheinigung. Dieses Papier zeigt: Sie dürfen in Deutschland bleiben.
    Auf dem Papier steht auch, ob Sie arbeiten dürfen.
    Bewahren Sie es bei Ihrem Pass auf. Zeigen Sie es Ihrem Arbeitgeber und anderen Ämtern.
    Auch dieses Papier hat ein Enddatum. Fragen Sie rechtzeitig wieder beim Amt.
immigration-work-text =
    Möchten Sie arbeiten? Schauen Sie auf Ihr Aufenthaltspapier. Dort steht, ob Sie arbeiten dürfen.
    „Erwerbstätigkeit erlaubt“ heißt: Sie dürfen arbeiten.
    Haben Sie eine Aufenthaltsgestattung oder eine Duldung? Dann brauchen Sie für jede Stelle eine Erlaubnis (Beschäftigungserlaubnis).
    Beantragen Sie sie, bevor Sie anfangen. Bringen Sie mit: Pass, Aufenthaltspapier und das Arbeitsangebot vom Arbeitgeber.
    Arbeiten Sie nicht ohne Erlaubnis. Das kann Probleme für Ihren Aufenthalt machen.
immigration-lost-text =
    Haben Sie Ihren Pass oder Ihren Aufenthaltstitel verloren? Oder wurde er gestohlen?
    Gehen Sie zuerst zur Polizei. Dort bekommen Sie eine Bescheinigung über den Verlust.
    Eine neue Karte (Aufenthaltstitel) bekommen Sie bei der Ausländerbehörde. Bringen Sie die Bescheinigung der Polizei und ein biometrisches Foto mit. Die Karte kostet eine Gebühr.
    Einen neuen Pass bekommen Sie bei der Botschaft Ihres Landes.
    Sind Sie als Flüchtling anerkannt? Dann gehen Sie nicht zur Botschaft. Fragen Sie zuerst die Ausländerbehörde.
immigration-form-title = Aufenthalt und Arbeitserlaubnis
immigration-form-intro =
    Ich stelle Ihnen einige Fragen für die Ausländerbehörde.
    Bitte halten Sie Ihren Pass und Ihr Aufenthaltspapier bereit.
    Am Ende können Sie alles prüfen. Dann sende ich es.

## Sozialleistungen
benefits-text =
    Das Sozialamt der Gemeinde Kalletal ist im Rathaus in Hohenhausen.
    Es hilft Menschen, die nicht genug Geld zum Leben haben.
    Was möchten Sie wissen?
benefits-opt-asylblg = Asylsuchende (AsylbLG)
    .typed = AsylbLG, Asylbewerberleistung, Asylbewerber, asylsuchend
benefits-opt-wohngeld = Wohngeld (Hilfe für die Miete)
    .typed = Wohngeld, Mietzuschuss, Lastenzuschuss, Miete zahlen, Miete bezahlen, Hilfe bei der Miete, Hilfe für die Miete, Geld für die Miete, Zuschuss Miete
benefits-opt-kindergeld = Kindergeld
    .typed = Kindergeld, Familienkasse, Kinderzuschlag, Geld für Kinder
benefits-opt-form = Anfrage an das Sozialamt
benefits-asylblg-text =
    Sind Sie asylsuchend oder haben Sie eine Duldung? Dann bekommen Sie Geld vom Sozialamt der Gemeinde Kalletal.
    Das Gesetz heißt Asylbewerberleistungsgesetz (AsylbLG).
    Das Geld ist für Essen, Kleidung und den Alltag. Das Sozialamt bezahlt auch Wohnung und Heizung.
    Bringen Sie mit: Ihr Aufenthaltspapier (zum Beispiel Ankunftsnachweis oder Aufenthaltsgestattung) und Ihren Pass, wenn Sie einen haben.
    Sagen Sie dem Sozialamt sofort, wenn sich etwas ändert: eine Arbeit, eine neue Adresse, ein Baby.
    Bitte fragen Sie nach einem Termin.
benefits-wohngeld-text =
    Wohngeld ist Geld für die Miete. Es ist für Menschen mit wenig Einkommen, zum Beispiel aus Arbeit oder Rente.
    Mit Bürgergeld oder AsylbLG gibt es kein Wohngeld. Dort ist die Miete schon bezahlt.
    Fragen Sie im Rathaus in Hohenhausen. Dort bekommen Sie den Antrag und Hilfe.
    Bringen Sie mit: Mietvertrag, Nachweise über das Einkommen von allen in der Wohnung, Pass und Aufenthaltstitel.
    Wohngeld gibt es ab dem Monat, in dem Sie den Antrag stellen. Stellen Sie den Antrag also früh.
benefits-kindergeld-text =
    Kindergeld ist Geld für Ihre Kinder. Meistens bis das Kind 18 Jahre alt ist, manchmal länger.
    Den Antrag stellen Sie bei der Familienkasse, nicht im Rathaus. Das geht online oder mit der Post.
    Sie brauchen die Steuer-Identifikationsnummer (Steuer-ID) von Ihnen und von Ihrem Kind. Sie kommt einige Wochen nach der Anmeldung mit der Post.
    Nicht jeder Aufenthaltstitel gibt ein Recht auf Kindergeld.
    Fragen? Rufen Sie die Familienkasse an: 0800 4 5555 30 (kostenlos).
benefits-kindergeld-opt-help = Hilfe beim Antrag
benefits-form-title = Sozialleistungen
benefits-form-intro =
    Ich stelle Ihnen einige Fragen für das Sozialamt.
    Bitte halten Sie Ihr Aufenthaltspapier bereit.
    Am Ende können Sie alles prüfen. Dann sende ich es.

## Jobcenter
jobcenter-text =
    Das Jobcenter Lippe hilft Menschen, die arbeiten können, aber nicht genug Geld haben.
    Es zahlt Bürgergeld und hilft bei der Suche nach Arbeit oder Ausbildung.
    Haben Sie als Geflüchtete oder Geflüchteter einen Aufenthaltstitel bekommen? Dann ist meistens das Jobcenter für Sie zuständig, nicht das Sozialamt.
    Sie haben Ihre Arbeit verloren? Melden Sie sich sofort bei der Agentur für Arbeit arbeitsuchend, spätestens nach 3 Tagen. Bekommen Sie Bürgergeld? Sagen Sie es auch dem Jobcenter.
    Was möchten Sie wissen?
jobcenter-opt-buergergeld = Bürgergeld
    .typed = Bürgergeld, Buergergeld, Hartz, Weiterbewilligung, Regelsatz, Regelbedarf, BAföG, Bafoeg, Studienfinanzierung, Geld vom Jobcenter
    .alone = Student, Studentin, Studium, studiere, Universität, Uni, Hochschule, studieren
jobcenter-opt-jobsearch = Arbeit finden
    .typed = Arbeit such, suche Arbeit, Arbeitssuche, Arbeitsuche, Jobsuche, Job such, suche Job, suche einen Job, Stellenangebot, Bewerbung, Lebenslauf, Ausbildung, Praktikum, Minijob, Anerkennung
jobcenter-opt-form = Anfrage an das Jobcenter
jobcenter-buergergeld-text =
    Bürgergeld ist Geld zum Leben, für die Miete und die Heizung.
    Es ist für Menschen ab 15 Jahren, die arbeiten können, und für ihre Familien.
    Stellen Sie den Antrag früh: Bürgergeld gibt es erst ab dem Monat, in dem Sie den Antrag stellen.
    Den Antrag stellen Sie online auf jobcenter.digital oder im Jobcenter.
    Bringen Sie mit: Pass, Aufenthaltstitel, Meldebescheinigung, Mietvertrag, Kontoauszüge der letzten 3 Monate, Nachweise über Einkommen.
    Das Geld ist nicht gekommen? Rufen Sie das Jobcenter an oder schreiben Sie ihm, mit Ihrer Kundennummer. Sie haben kein Geld mehr für Essen? Fragen Sie nach einem Vorschuss.
    Öffnen Sie jeden Brief vom Jobcenter sofort. Halten Sie die Fristen im Brief ein.
    Sie studieren an einer Hochschule? Dann gibt es meistens kein Bürgergeld, sondern BAföG (www.bafög.de). Fragen Sie das Jobcenter, ob es für Sie eine Ausnahme gibt.
jobcenter-jobsearch-text =
    Das Jobcenter hilft Ihnen, Arbeit, eine Ausbildung oder einen Kurs zu finden.
    Sie bekommen eine feste Ansprechperson. Erzählen Sie, was Sie gelernt und gearbeitet haben.
    Bringen Sie Ihre Zeugnisse von Schule, Ausbildung und Arbeit mit, auch in Ihrer Sprache. Fragen Sie, ob sie in Deutschland anerkannt werden können (Anerkennung).
    Stellenangebote finden Sie auf jobsuche.arbeitsagentur.de.
    Prüfen Sie vor dem Start, ob Ihr Aufenthaltspapier Arbeit erlaubt.
jobcenter-jobsearch-opt-permit = Darf ich arbeiten?
jobcenter-form-title = Bürgergeld und Arbeit
jobcenter-form-intro =
    Ich stelle Ihnen einige Fragen für das Jobcenter.
    Bitte halten Sie Ihr Aufenthaltspapier und Briefe vom Jobcenter bereit.
    Am Ende können Sie alles prüfen. Dann sende ich es.

## Deutschkurse
german-text =
    Deutsch hilft Ihnen im Alltag, bei der Arbeit und in der Schule.
    Es gibt kostenlose oder günstige Kurse für Erwachsene.
    Was möchten Sie wissen?
german-opt-integration = Integrationskurs
    .typed = Integrationskurs, Integrations Kurs, Integration Kurs, Orientierungskurs, Alphakurs, Alphabetisierungskurs, Berechtigungsschein, DTZ, A1, A2, B1, Integrationskurs anmeld
german-opt-other = Andere Kurse
    .typed = Volkshochschule, VHS, Sprachcafé, Berufssprachkurs, Onlinekurs, online lern, Sprachtreff, B2, C1, C2, Deutsch üben
opt-ask-integration-office = Integrationsbüro fragen
    .typed = Amt fragen, Büro fragen, frag das Amt, fragen Sie das Amt, Integrationsbüro fragen, fragen Sie das Büro, das Büro fragen, frag das Büro
german-integration-text =
    Der Integrationskurs ist der wichtigste Deutschkurs. Er kommt vom BAMF (Bundesamt für Migration und Flüchtlinge).
    Er hat einen Sprachkurs und einen kurzen Kurs über das Leben in Deutschland. Am Ende gibt es Prüfungen.
    Sie brauchen eine Erlaubnis (Berechtigungsschein). Die bekommen Sie von der Ausländerbehörde oder vom Jobcenter. Sie können auch beim BAMF fragen.
    Mit Bürgergeld oder AsylbLG ist der Kurs meistens kostenlos. Andere bezahlen einen kleinen Teil.
    Einen Kurs in Ihrer Nähe finden Sie auf bamf-navi.bamf.de. Manchmal gibt es Geld für die Busfahrt. Fragen Sie die Kursschule. Sie haben ein kleines Kind? Manche Integrationskurse betreuen kleine Kinder, während Sie lernen (Kinderbeaufsichtigung). Es gibt auch Kurse für Eltern und für Frauen. Fragen Sie die Kursschule.
german-other-text =
    Warten Sie auf einen Integrationskurs? Oder dürfen Sie keinen besuchen? Es gibt auch andere Kurse.
    Die Volkshochschule (VHS) hat Deutschkurse. Fragen Sie das Integrationsbüro, welche VHS in der Nähe von Kalletal ist.
    An vielen Orten treffen sich Ehrenamtliche mit Neuzugewanderten, um Deutsch zu sprechen.
    Kostenlos online lernen: vhs-lernportal.de, learngerman.dw.com oder die App „Einstieg Deutsch“.

## Schule und Kita
school-text =
    Die Schule ist in Deutschland kostenlos. Die Kita kostet wenig oder nichts.
    Was möchten Sie wissen?
school-opt-school = Schule
    .typed = Schule, Schüler, Schulpflicht, Schulanmeldung, Schulplatz, Grundschule, Gesamtschule, Realschule, Gymnasium, Einschulung, Bildung und Teilhabe, Schule anmelden, Schule an, zur Schule anmelden
school-opt-kita = Kita
    .typed = Kita, Kindergarten, Kindertagesstätte, Krippe, Tagesmutter, Tagesvater, Tagespflege
school-school-text =
    In Deutschland müssen alle Kinder zur Schule gehen (Schulpflicht). Die Schule beginnt mit etwa 6 Jahren.
    Das gilt auch für Kinder, die neu in Deutschland sind.
    Melden Sie Ihr Kind bald nach der Ankunft bei einer Schule an. Bringen Sie mit: Pass, Meldebescheinigung und alte Zeugnisse, wenn Sie welche haben.
    Das Kommunale Integrationszentrum Lippe in Detmold hilft, die richtige Schule für neue Kinder zu finden.
    Die Schule ist kostenlos. Für Schulsachen, Ausflüge und Mittagessen gibt es Hilfe: Fragen Sie nach „Bildung und Teilhabe“.
school-kita-text =
    Die Kita ist für Kinder ab 1 Jahr bis zur Schule. Ab 1 Jahr hat jedes Kind ein Recht auf einen Platz.
    Melden Sie Ihr Kind früh an. Oft gibt es eine Warteliste.
    Fragen Sie bei einer Kita in Ihrem Ort oder beim Jugendamt des Kreises Lippe.
    Es gibt auch Tagesmütter und Tagesväter.
    Die Kosten hängen von Ihrem Einkommen ab. In NRW sind die letzten 2 Jahre vor der Schule kostenlos.
    In der Kita lernt Ihr Kind Deutsch.

## Gesundheit
health-text =
    Nachts und am Wochenende: Rufen Sie 116117 an für den ärztlichen Bereitschaftsdienst.
    Lebensgefahr: Rufen Sie 112 an.
    In Deutschland muss jeder Mensch krankenversichert sein.
    Was möchten Sie wissen?
health-opt-insurance = Krankenversicherung
    .typed = Krankenversicher, Krankenkasse, versichert, Gesundheitskarte, Versichertenkarte, Familienversicherung, AOK, Barmer
health-opt-card = Behandlung mit AsylbLG
    .typed = Behandlungsschein, Krankenschein, Behandlungsschein Sozialamt Arzt, Schein Sozialamt, Sozialamt Arzt
health-opt-doctor = Arzt finden
    .typed = Arzt, Hausarzt, Kinderarzt, Frauenarzt, Zahnarzt, Augenarzt, Facharzt, Doktor, Apotheke, Medikament, Fieber, Zahnschmerzen, Zahnweh, Zahn tut weh
health-opt-pregnancy = Schwangerschaft und Geburt
    .typed = schwanger, Schwangerschaft, Hebamme, Geburt, Entbindung, Mutterpass
health-insurance-text =
    Die Krankenversicherung ist in Deutschland Pflicht.
    Mit Arbeit: Ihr Arbeitgeber meldet Sie an. Sie wählen eine Krankenkasse, zum Beispiel AOK, TK oder Barmer.
    Mit Bürgergeld: Das Jobcenter bezahlt. Sie wählen auch eine Krankenkasse.
    Die Krankenkasse schickt Ihnen eine Gesundheitskarte. Bringen Sie sie zu jedem Arztbesuch mit.
    Kinder und Ehepartner ohne Einkommen sind oft kostenlos mitversichert (Familienversicherung).
    Gesundheitskarte verloren? Rufen Sie Ihre Krankenkasse an. Sie schickt eine neue Karte und bis dahin eine Bescheinigung für die Praxis.
health-card-text =
    Bekommen Sie Geld vom Sozialamt (AsylbLG)? Dann bezahlt das Sozialamt, wenn Sie krank sind oder Schmerzen haben.
    Vor dem Arztbesuch brauchen Sie vielleicht einen Behandlungsschein vom Sozialamt. Manche bekommen stattdessen eine Gesundheitskarte.
    Fragen Sie das Sozialamt, was für Sie gilt.
    Im Notfall gehen Sie sofort zum Arzt oder ins Krankenhaus, oder Sie rufen 112 an.
    Untersuchungen in der Schwangerschaft und Impfungen werden auch bezahlt.
health-doctor-text =
    Nachts und am Wochenende: Rufen Sie 116117 an für den ärztlichen Bereitschaftsdienst.
    Zahnschmerzen nachts oder am Wochenende: Rufen Sie 01805 986700 an (zahnärztlicher Notdienst).
    Lebensgefahr: Rufen Sie 112 an.
    Gehen Sie zuerst zu einer Hausärztin oder einem Hausarzt. Dort bekommen Sie, wenn nötig, eine Überweisung zum Facharzt.
    Kinder gehen zur Kinderärztin oder zum Kinderarzt.
    Bei Zahnschmerzen gehen Sie direkt zur Zahnärztin oder zum Zahnarzt.
    Mit einer Gesundheitskarte können Sie auch direkt zur Frauenärztin oder zum Frauenarzt gehen.
    Rufen Sie in der Praxis an und fragen Sie nach einem Termin. Bringen Sie Ihre Gesundheitskarte oder den Behandlungsschein mit.
    Sie finden keinen Arzt? Rufen Sie 116117 an. Dort hilft man Ihnen, einen Termin zu finden.
    Medikamente bekommen Sie in der Apotheke. Eine Apotheke hat immer Notdienst, auch nachts. Welche es ist, steht an der Tür jeder Apotheke. Oder rufen Sie 0800 00 22833 an.
    Eine Ärztin oder einen Arzt, die Ihre Sprache sprechen, finden Sie auf www.116117.de (Arztsuche, Filter „Fremdsprache“). Sie können auch jemanden zum Übersetzen mitbringen.
    Für Medikamente zahlen Sie meist 5 bis 10 Euro dazu (Zuzahlung). Kinder unter 18 Jahren zahlen nichts.
health-pregnancy-text =
    Sind Sie oder Ihre Partnerin schwanger? Gehen Sie früh zu einer Frauenärztin oder einem Frauenarzt. Dort bekommen Sie den Mutterpass und regelmäßige Untersuchungen.
    Eine Hebamme hilft Ihnen vor und nach der Geburt, auch zu Hause. Suchen Sie früh eine Hebamme.
    Die Krankenkasse bezahlt das. Mit AsylbLG brauchen Sie einen Behandlungsschein vom Sozialamt.
    Beratung für Schwangere ist kostenlos, zum Beispiel bei pro familia, Caritas oder Diakonie. Dort gibt es auch Hilfe mit Geld für das Baby.
    Starke Schmerzen, Blutungen oder die Geburt beginnt? Rufen Sie 112 an.

## Wohnen
housing-text =
    Hier finden Sie Hilfe zum Wohnen in Kalletal.
    Was möchten Sie wissen?
housing-opt-search = Wohnung finden
    .typed = Wohnung, Mietwohnung, Haus miet
housing-opt-contract = Mietvertrag
    .typed = Mietvertrag, Untermietvertrag, Kaution, Kaltmiete, Warmmiete, Nebenkosten
housing-opt-wbs = Wohnberechtigungsschein (WBS)
    .typed = Wohnberechtigungsschein, WBS, Sozialwohnung
housing-opt-utilities = Müll, Strom und mehr
    .typed = Müll, Muell, Abfall, Altpapier, Papiertonne, Tonne, gelbe Sack, Strom, Zähler, Rundfunkbeitrag, GEZ, Nachtruhe, Abfallkalender
housing-opt-repairs = Etwas ist kaputt
    .typed = Heizung, keine Heizung, Heizkörper, Warmwasser, kein warmes Wasser, Wasserschaden, undicht, tropft, Hausmeister, kalt in der Wohnung, Heizung Wohnung, Vermieter repariert, Vermieter reparier, in der Wohnung kein, Wohnung kein warmes, Warmwasser Wohnung
housing-opt-arrears = Probleme mit der Miete
    .typed = Miete nicht bezahlt, Miete nicht gezahlt, Miete nicht zahlen, Miete nicht bezahlen, Miete nicht mehr zahlen, Mietschulden, Mietrückstand, Mietrueckstand, Miete im Rückstand, Miete offen, Schulden beim Vermieter, Wohnung gekündigt, Vermieter kündigt, Vermieter hat gekündigt, Kündigung der Wohnung, fristlose Kündigung, Räumung, Räumungsklage, Zwangsräumung, wirft uns raus, wirft mich raus, rauswerfen, rausschmeißen, Monate nicht bezahlt, Monat nicht bezahlt, Monate keine Miete, keine Miete bezahlt, Vermieter hat mir gekündigt, Vermieter hat uns gekündigt, Vermieter will uns raus, Vermieter will mich raus, Mieterhöhung, Miete erhöht, Miete erhöhen, Eigenbedarf, muss raus, muss ausziehen, müssen ausziehen, müssen raus, Kündigung vom Vermieter, Wohnung Kündigung, Vermieter Kündigung, Brief Kündigung, Kündigung bekommen Wohnung
housing-opt-homeless = Kein Schlafplatz
    .typed = bin obdachlos, sind obdachlos, ist obdachlos, obdachlos geworden, wohnungslos, keine Unterkunft, kein Dach über dem Kopf, Notunterkunft, Obdachlosenunterkunft, nirgends schlafen, keinen Schlafplatz, kein Schlafplatz, nirgendwo schlafen, Wohnung abgebrannt, Wohnung ist abgebrannt, Haus abgebrannt, Haus ist abgebrannt, Wohnung verloren, Wohnung gebrannt, draußen schlafen, heute nacht schlafen, wo schlafen, wo kann ich schlafen, wo soll ich schlafen, Schlafplatz, auf der Straße schlafen, schlafe auf der Straße, schlafen auf der Straße, schläft auf der Straße, lebe auf der Straße, leben auf der Straße, wohne auf der Straße, keine Wohnung mehr, nachts wo schlafen, nacht wo schlafen, gestern auf der Straße, Tagen auf der Straße, Nacht auf der Straße, Nächte auf der Straße, Wochen auf der Straße, jetzt auf der Straße, bin auf der Straße, sind auf der Straße, stehe auf der Straße, stehen auf der Straße
housing-search-text =
    Suchen Sie Wohnungen in der Zeitung, im Internet (zum Beispiel Kleinanzeigen oder ImmoScout24) und fragen Sie Bekannte.
    Bekommen Sie Bürgergeld oder AsylbLG? Fragen Sie das Jobcenter oder das Sozialamt, bevor Sie unterschreiben. Dort wird geprüft, ob die Miete nicht zu hoch ist.
    Bezahlen Sie nie Geld, bevor Sie die Wohnung gesehen und einen Vertrag haben.
    Für eine Sozialwohnung brauchen Sie einen Wohnberechtigungsschein (WBS).
    Das Jobcenter oder das Sozialamt sagt, Ihre Wohnung ist zu teuer? Meistens haben Sie 6 Monate Zeit. Schreiben Sie dorthin, warum Sie nicht umziehen können (zum Beispiel Kinder, Krankheit). Heben Sie alles zu Ihrer Wohnungssuche auf.
housing-contract-text =
    Lesen Sie den Mietvertrag, bevor Sie unterschreiben. Bitten Sie jemanden um Hilfe.
    Kaltmiete ist die Miete ohne Heizung und andere Kosten. Warmmiete ist die Miete mit Heizung und anderen Kosten (Nebenkosten).
    Die Kaution ist höchstens 3 Kaltmieten.
    Nach dem Einzug gibt Ihnen Ihr Vermieter die Wohnungsgeberbestätigung.
    Damit melden Sie Ihre Wohnung innerhalb von 2 Wochen an.
housing-wbs-text =
    Der Wohnberechtigungsschein (WBS) ist ein Papier für Sozialwohnungen. Dort ist die Miete niedriger.
    Sie bekommen ihn, wenn Ihr Einkommen niedrig ist.
    Fragen Sie im Rathaus in Hohenhausen, wo Sie den Antrag stellen.
    Bringen Sie mit: Pass, Aufenthaltstitel und Nachweise über das Einkommen von allen in der Wohnung.
    Es gibt nicht viele Sozialwohnungen. Suchen Sie auch weiter nach anderen Wohnungen.
housing-utilities-text =
    Müll: Bitte trennen Sie den Müll. Gelbe Tonne oder gelber Sack: Verpackungen. Blaue Tonne: Papier. Graue Tonne: Restmüll. Glas kommt in Glascontainer.
    Im Abfallkalender steht, wann die Tonnen geleert werden. Fragen Sie Ihren Vermieter oder das Rathaus.
    Strom: Melden Sie sich beim Einzug bei einem Stromanbieter an. Schreiben Sie am ersten Tag die Zählernummer und den Zählerstand auf.
    Jede Wohnung zahlt den Rundfunkbeitrag. Mit Bürgergeld oder AsylbLG können Sie eine Befreiung beantragen.
    Nachtruhe: von 22 bis 6 Uhr.
housing-repairs-text =
    Ist in Ihrer Wohnung etwas kaputt? Zum Beispiel die Heizung, das warme Wasser oder ein Fenster?
    Sagen Sie es sofort Ihrem Vermieter oder dem Hausmeister. Schreiben Sie es dann auch dem Vermieter, mit Datum. Machen Sie Fotos.
    Der Vermieter muss es reparieren. Zahlen Sie nicht einfach weniger Miete. Lassen Sie sich zuerst beraten.
    Keine Heizung im Winter und kleine Kinder in der Wohnung? Sagen Sie, dass es dringend ist.
    Ihr Vermieter hilft nicht? Das Integrationsbüro kann Ihnen helfen. Sie wohnen in einer Unterkunft? Sagen Sie es den Mitarbeitenden dort.
housing-arrears-text =
    Probleme mit der Miete oder eine Kündigung? Warten Sie nicht. Handeln Sie schnell.
    Sprechen Sie mit Ihrem Vermieter. Fragen Sie, ob Sie in Raten zahlen können. Schreiben Sie auf, was Sie vereinbaren.
    Bekommen Sie Bürgergeld oder AsylbLG? Sagen Sie es sofort dem Jobcenter oder dem Sozialamt. Manchmal zahlen sie die Schulden, meistens als Darlehen.
    Ihr Einkommen ist niedrig? Vielleicht bekommen Sie Wohngeld.
    Sie haben eine Kündigung oder einen Brief vom Gericht (Räumungsklage) bekommen? Holen Sie sofort Beratung: beim Mieterverein oder bei einer Anwältin oder einem Anwalt. Antworten Sie dem Gericht in der Frist.
    Bezahlt das Jobcenter oder das Sozialamt die Schulden bald, gilt die Kündigung oft nicht mehr.
    Wenig Geld für die Beratung? Beim Amtsgericht bekommen Sie einen Schein für kostenlose Beratung (Beratungshilfe).
    Ihr Vermieter will mehr Miete oder sagt, er braucht die Wohnung selbst? Fragen Sie zuerst den Mieterverein. Unterschreiben Sie nichts sofort. Sie bekommen Bürgergeld oder AsylbLG? Bringen Sie den Brief über die neue Miete gleich zum Jobcenter oder Sozialamt.
    Die Schuldnerberatung hilft kostenlos. Das Integrationsbüro hilft Ihnen, eine zu finden.
housing-homeless-text =
    Haben Sie keinen Schlafplatz? Die Gemeinde muss Ihnen helfen. Sie bekommen einen Platz zum Schlafen.
    Gehen Sie zum Bürgerbüro im Rathaus, wenn es geöffnet ist. Sagen Sie: „Ich habe keine Unterkunft.“
    Ist das Rathaus geschlossen (abends, nachts, am Wochenende)? Rufen Sie die Polizei an: 110. Sie hilft Ihnen, einen Platz für die Nacht zu finden.
    Ist Ihre Wohnung abgebrannt oder kaputt? Sagen Sie es Ihrem Vermieter. Bekommen Sie Bürgergeld oder AsylbLG? Sagen Sie es auch dem Jobcenter oder dem Sozialamt.

## Beratung
counselling-text =
    Brauchen Sie Hilfe bei Briefen, Anträgen oder anderen Fragen? Es gibt kostenlose Beratung für Sie.
    Was möchten Sie wissen?
counselling-opt-office = Integrationsbüro
    .typed = Integrationsbüro, Integrationsbeauftragt, Dolmetscher
counselling-opt-mbe = Beratung für Erwachsene
    .typed = MBE, Migrationsberatung, Migrationsberater, Zuwanderer
counselling-opt-jmd = Beratung für junge Menschen
    .typed = JMD, Jugendmigrationsdienst, junge Leute, jungen Leuten, Jugendliche
counselling-opt-form = Beratung anfragen
    .typed = ausfüllen, Hilfe beim Antrag, Hilfe bei einem Antrag, Hilfe mit dem Antrag, Hilfe mit Formular, Termin, ausfuellen, Formular
counselling-opt-person = Einer Person schreiben
    .typed = mit einem Menschen sprechen, mit einer Person sprechen, mit jemandem sprechen, mit einem Mitarbeiter sprechen, echter Mensch, Sachbearbeiter sprechen
counselling-office-text =
    Die Gemeinde Kalletal hat ein Integrationsbüro im Rathaus in Hohenhausen.
    Es hilft Neuzugewanderten bei den ersten Schritten, bei Briefen und Anträgen. Es kennt die richtigen Ansprechpersonen.
    Die Beratung ist kostenlos. Wenn Sie eine Dolmetscherin oder einen Dolmetscher brauchen, sagen Sie es uns.
    Bitte fragen Sie nach einem Termin. Ich kann Ihre Anfrage senden.
counselling-mbe-text =
    Die Migrationsberatung für erwachsene Zuwanderer (MBE) ist für Menschen ab 27 Jahren.
    Sie hilft bei Deutschkursen, Arbeit, Wohnen, Briefen und Anträgen.
    Wohlfahrtsverbände bieten sie an, zum Beispiel Caritas, Diakonie, AWO oder DRK.
    Die Beratung ist kostenlos und vertraulich.
    Fragen Sie das Integrationsbüro nach der nächsten Adresse.
counselling-jmd-text =
    Der Jugendmigrationsdienst (JMD) ist für junge Menschen von 12 bis 27 Jahren.
    Er hilft bei Schule, Ausbildung, Arbeit und persönlichen Fragen.
    Die Beratung ist kostenlos und vertraulich.
    Fragen Sie das Integrationsbüro nach der nächsten Adresse.
counselling-person-text =
    Hier können Sie dem Integrationsbüro schreiben.
    Eine Person antwortet Ihnen in diesem Chat, auf Deutsch oder mit einem Übersetzungsprogramm.
    Bitte senden Sie keine Angaben zu Ihrer Gesundheit.
counselling-form-title = Beratungsanfrage
counselling-form-intro =
    Ich stelle Ihnen einige Fragen für das Integrationsbüro der Gemeinde Kalletal.
    Am Ende können Sie alles prüfen. Dann sende ich es.
school-form-title = Anfrage zu Kita oder Schule
school-form-intro =
    Ich stelle Ihnen einige Fragen für das Integrationsbüro der Gemeinde Kalletal.
    Zuerst frage ich nach Ihnen. Dann frage ich nach Ihrem Kind.
    Am Ende können Sie alles prüfen. Dann sende ich es.
school-field-place = Worum geht es?
label-school-place = Es geht um
school-opt-place-kita = Einen Platz in der Kita
school-opt-place-school = Die Schule
school-opt-place-both = Kita und Schule (mehrere Kinder)
    .typed = beides, beide, Kita und Schule
school-opt-place-other = Eine andere Frage
school-field-child-name = Wie heißt Ihr Kind? Bitte schreiben Sie Vornamen und Familiennamen, in lateinischen Buchstaben (A, B, C …). Mehrere Kinder? Schreiben Sie hier ein Kind. Die anderen schreiben Sie am Ende.
    .help = Schreiben Sie den Namen wie im Pass oder in der Geburtsurkunde des Kindes.
label-child-name = Name des Kindes
    .typed = Kind, Kindes, Sohn, Tochter
school-field-child-birth-date = Wann ist Ihr Kind geboren? Bitte schreiben Sie das Datum so: 31.12.2020
label-child-birth-date = Geburtsdatum des Kindes
    .typed = Geburtsdatum vom Kind, Geburtsdatum Kind, Geburtstag vom Kind, Geburtstag Kind, Geburtsdatum des Kindes, Geburtsdatum von meinem Sohn, Geburtsdatum von meiner Tochter, Geburtstag von meinem Sohn, Geburtstag von meiner Tochter, sein Geburtsdatum, ihr Geburtsdatum, sein Geburtstag, ihr Geburtstag, Geburtsdatum meines Sohnes, Geburtsdatum meiner Tochter
school-field-concern = Möchten Sie noch etwas sagen? Zum Beispiel die Namen von weiteren Kindern, oder seit wann Ihr Kind hier ist. Sie dürfen in Ihrer Sprache schreiben. Sonst wählen Sie „Überspringen“.
school-field-photos = Haben Sie ein Papier Ihres Kindes, zum Beispiel die Geburtsurkunde oder ein altes Zeugnis? Bitte machen Sie ein Foto und senden Sie es. Wenn nicht, wählen Sie „Überspringen“.

## Notfall
emergency-text =
    Notfall? Rufen Sie kostenlos an, von jedem Telefon, Tag und Nacht:
    112 – Feuerwehr und Rettungsdienst
    110 – Polizei
    116117 – ärztlicher Bereitschaftsdienst nachts und am Wochenende, wenn es nicht lebensgefährlich ist
    01805 986700 – zahnärztlicher Notdienst nachts und am Wochenende (dieser Anruf kostet Geld)
    116 016 – Hilfetelefon Gewalt gegen Frauen, in vielen Sprachen
    0800 111 0 111 oder 0800 111 0 222 – Telefonseelsorge: Jemand hört Ihnen zu, wenn es Ihnen schlecht geht
    Sagen Sie, wo Sie sind und was passiert ist.
    Kein Notfall? Polizei Lippe: 05231 609-0. Die nächste Polizeiwache, Tag und Nacht offen, ist in Lemgo.

## Fragen und Feldnamen der Formulare (Feldnamen stehen auch in der E-Mail an das Amt)
# `.typed` eines Feldnamens: Wörter, mit denen Menschen die Antwort in einem Satz nennen
# („Die Adresse ist falsch“ an der Übersicht: die Adresse wird neu gefragt). Wortanfänge zählen.
# Ein Wort unter zwei Feldnamen (Name) zeigt die Liste der Antworten.
field-family-name = Wie ist Ihr Familienname? Bitte schreiben Sie ihn wie in Ihrem Pass oder Ausweis, in lateinischen Buchstaben (A, B, C …).
    .help = Der Familienname ist der Nachname. Im Pass steht er bei „Name“ oder „Surname“. Den Vornamen frage ich danach.
    .no-document = Kein Pass? Ich sage es dem Amt. Bitte schreiben Sie Ihren Namen wie in einem anderen Papier, zum Beispiel im Ankunftsnachweis oder in der Duldung. Sie haben kein Papier? Dann schreiben Sie Ihren Namen so, wie Sie ihn schreiben.
    .none = Gut. Ich sage dem Amt, dass Sie keinen Familiennamen haben.
label-family-name = Familienname
    .typed = Nachname, Familienname, Name, Namen
field-given-names = Wie ist Ihr Vorname? Bitte schreiben Sie alle Vornamen wie in Ihrem Pass oder Ausweis, in lateinischen Buchstaben (A, B, C …).
    .help = Der Vorname ist Ihr eigener Name, zum Beispiel Sami oder Olena. Im Pass steht er bei „Vornamen“ oder „Given names“. Haben Sie mehrere, schreiben Sie alle.
    .no-document = Kein Pass? Ich sage es dem Amt. Bitte schreiben Sie Ihren Namen wie in einem anderen Papier, zum Beispiel im Ankunftsnachweis oder in der Duldung. Sie haben kein Papier? Dann schreiben Sie Ihren Namen so, wie Sie ihn schreiben.
    .none = Gut. Ich sage dem Amt, dass Sie nur einen Namen haben.
label-given-names = Vorname(n)
    .typed = Vorname, Vornamen, Name, Namen
field-birth-date = Wann sind Sie geboren? Bitte schreiben Sie das Datum so: 31.12.1990
label-birth-date = Geburtsdatum
    .typed = Geburtstag, Geburtsdatum, geboren, Geburt
# `.no-answer`: words that are no answer to this question, in any language (a people, a
# region without passports): typed at it, the `.help` is shown and the question again;
# "Kurde" was the nationality the office read. Stems count, as for `.typed`.
field-nationality = Welche Staatsangehörigkeit haben Sie?
    .help = Die Staatsangehörigkeit ist das Land, dessen Bürgerin oder Bürger Sie sind. Das gilt auch ohne Pass. Kein Land? Dann wählen Sie „{ country-stateless }“.
    .no-answer = Kurde, Kurdin, Kurden, kurdisch, Kurdistan, Jeside, Jesidin, jesidisch, Ezide, Hazara, Paschtune, Paschtunin, Belutsche, Assyrer, Assyrerin
label-nationality = Staatsangehörigkeit
    .typed = Nationalität, Staatsangehörigkeit, Staatsbürgerschaft
field-address = Wie ist Ihre Adresse in Kalletal? Bitte schreiben Sie Straße, Hausnummer und Ort in lateinischen Buchstaben (A, B, C …).
    .none = Gut. Ich sage dem Amt, dass Sie keine feste Adresse haben.
label-address = Anschrift in Kalletal
    .typed = Adresse, Anschrift, Straße, Strasse, Hausnummer, Wohnort
    .intro = meine Adresse ist, meine Adresse, meine Anschrift ist, meine Anschrift, ich wohne in der, ich wohne in, ich wohne, wir wohnen in der, wir wohnen in, wohne in der, wohne in, wohne, wohnhaft in, wohnhaft
field-new-address = Wie ist Ihre neue Adresse in Kalletal? Bitte schreiben Sie Straße, Hausnummer und Ort in lateinischen Buchstaben (A, B, C …).
label-new-address = Neue Anschrift in Kalletal
    .typed = Adresse, Anschrift, Straße, Strasse, Hausnummer, Wohnort
    .intro = meine Adresse ist, meine Adresse, meine Anschrift ist, meine Anschrift, ich wohne in der, ich wohne in, ich wohne, wir wohnen in der, wir wohnen in, wohne in der, wohne in, wohne, wohnhaft in, wohnhaft
field-move-in-date = An welchem Tag sind Sie eingezogen? Bitte schreiben Sie das Datum so: 31.12.2025
    .help = Das Einzugsdatum ist der Tag, an dem Sie in die Wohnung gezogen sind. Es steht auch auf der Bestätigung von Ihrem Vermieter (Wohnungsgeberbestätigung).
label-move-in-date = Einzugsdatum
    .typed = Einzug, eingezogen, Einzugsdatum
field-persons = Wie viele Personen ziehen in die Wohnung ein? Bitte zählen Sie sich selbst mit.
label-persons = Anzahl der einziehenden Personen
    .typed = Personen, Anzahl, wie viele
field-phone = Wie ist Ihre Telefonnummer?
label-phone = Telefon
    .typed = Telefonnummer, Handynummer, Handy, Telefon, Nummer, Tel
field-email = Wie ist Ihre E-Mail-Adresse?
label-email = E-Mail
    .typed = E-Mail-Adresse, Mailadresse, E-Mail, Email, Mail
field-register-notes = Soll das Bürgerbüro noch etwas wissen? Zum Beispiel die Namen der Familienmitglieder, die mit Ihnen einziehen.
label-notes = Hinweise
    .typed = Hinweis, Anmerkung, Notiz
field-concern = Bitte beschreiben Sie Ihr Anliegen mit eigenen Worten. Sie dürfen in Ihrer Sprache schreiben.
label-concern = Anliegen
    .typed = Anliegen, Nachricht, Beschreibung, Text
field-file-number = Haben Sie ein Aktenzeichen von der Ausländerbehörde? Es steht auf ihren Briefen. Wenn nicht, wählen Sie „Überspringen“.
    .help = Das Aktenzeichen ist die Nummer Ihrer Akte bei der Ausländerbehörde. Es steht oben auf ihren Briefen, bei „Aktenzeichen“ oder „Az.“. Sie haben keinen Brief? Dann wählen Sie „{ button-skip }“.
label-file-number = Aktenzeichen
    .typed = Aktenzeichen
    .intro = mein Aktenzeichen ist, mein Aktenzeichen, meine Nummer ist, das Aktenzeichen ist
field-customer-number = Haben Sie eine Kundennummer oder BG-Nummer vom Jobcenter? Sie steht auf seinen Briefen. Wenn nicht, wählen Sie „Überspringen“.
    .help = Die Kundennummer und die BG-Nummer stehen oben auf den Briefen vom Jobcenter. BG heißt Bedarfsgemeinschaft: das sind Sie und Ihre Familie. Sie haben keinen Brief? Dann wählen Sie „{ button-skip }“.
label-customer-number = Kundennummer / BG-Nummer
    .typed = Kundennummer, BG-Nummer, BG
    .intro = meine Kundennummer ist, meine Kundennummer, meine BG-Nummer ist, meine BG-Nummer, meine Nummer ist
label-topic = Art des Anliegens
    .typed = Thema
field-immigration-topic = Worum geht es bei Ihrer Anfrage?
opt-immigration-extend = Verlängerung des Aufenthaltstitels
    .typed = verlänger, Verlängerung, abgelaufen, läuft ab
opt-immigration-work = Arbeitserlaubnis
    .typed = arbeiten, Arbeit, Job, Beschäftigung
opt-immigration-fiktion = Fiktionsbescheinigung
    .typed = Fiktion
opt-immigration-lost = Dokument verloren oder gestohlen
    .typed = verloren, gestohlen, geklaut, verlier
opt-other = Sonstiges
    .typed = etwas anderes
field-shared-accommodation = Wohnen Sie in einer Gemeinschaftsunterkunft?
    .yes = Gemeinschaftsunterkunft, Flüchtlingsunterkunft, Asylunterkunft, Unterkunft, Heim, Flüchtlingsheim, Asylheim, Sammelunterkunft, Container, Camp, Lager, Wohnheim
    .no = eigene Wohnung, eigenen Wohnung, Mietwohnung, Wohnung, eigenes Haus, bei Verwandten, bei Freunden
label-shared-accommodation = Wohnt in einer Gemeinschaftsunterkunft
    .typed = Gemeinschaftsunterkunft, Unterkunft, Heim
field-benefits-topic = Worum geht es bei Ihrer Anfrage?
opt-benefits-asylblg = Leistungen nach dem AsylbLG
    .typed = Asyl, Leistungen, Geld
opt-benefits-wohngeld = Wohngeld
    .typed = Miete, Mietzuschuss
opt-benefits-treatment = Behandlungsschein
    .typed = Arzt, Ärztin, Behandlung, Krankenschein, krank
field-jobcenter-topic = Worum geht es bei Ihrer Anfrage?
opt-jobcenter-apply = Erstantrag Bürgergeld
    .typed = Erstantrag, zum ersten Mal, neu beantragen, erster Antrag, beantragen, Antrag stellen
opt-jobcenter-continue = Weiterbewilligung Bürgergeld
    .typed = Weiterbewilligung, Folgeantrag, verlänger
opt-jobcenter-jobsearch = Arbeit oder Ausbildung
    .typed = Arbeit, Job, Ausbildung, Arbeitssuche, Stelle
opt-jobcenter-letter = Schreiben des Jobcenters
    .typed = Brief, Schreiben, Post
opt-jobcenter-payment = Geld ist nicht gekommen
    .typed = Geld nicht gekommen, kein Geld bekommen, nicht überwiesen, nicht ueberwiesen, Zahlung, nicht bezahlt, Geld fehlt
field-counselling-topic = Wobei brauchen Sie Hilfe?
opt-counselling-german = Deutschkurs
    .typed = Deutsch, Sprachkurs, Kurs, Integrationskurs
opt-counselling-school = Schule oder Kita
    .typed = Schule, Kita, Kindergarten, Kind, Kinder
opt-counselling-housing = Wohnen
    .typed = Wohnung, wohnen, Miete, Haus, Zimmer
opt-counselling-work = Arbeit
    .typed = Arbeit, Job, arbeiten, Ausbildung
opt-counselling-papers = Briefe und Anträge
    .typed = Brief, Antrag, Formular, Post, Papiere
opt-counselling-kindergeld = Kindergeld
    .typed = Kindergeld
field-photos-passport-family = Bitte machen Sie ein Foto von Ihrem Pass (die Seite mit Ihrem Foto) und senden Sie es. Sie können bis zu 8 Fotos senden, zum Beispiel auch die Pässe Ihrer Familie.
    .no-document = Kein Pass? Ich sage es dem Amt. Bitte senden Sie ein Foto von einem anderen Papier mit Ihrem Namen, zum Beispiel Ausweis, Ankunftsnachweis, Aufenthaltsgestattung oder Duldung.
label-photos-passport = Fotos: Reisepass
    .typed = Foto, Bild, Reisepass, Passfoto
field-photos-permit = Bitte machen Sie Fotos von Ihrem Aufenthaltstitel (vorne und hinten) und von Ihrem Pass. Senden Sie bis zu 4 Fotos. Haben Sie sie verloren? Dann fotografieren Sie die Bescheinigung der Polizei.
    .no-document = Sie haben eines dieser Papiere nicht? Ich sage es dem Amt. Bitte senden Sie Fotos von den Papieren mit Ihrem Namen, die Sie haben, zum Beispiel Ankunftsnachweis oder Fiktionsbescheinigung.
    .missing = Aufenthaltstitel verloren, Aufenthaltstitel ist weg, keinen Aufenthaltstitel, Karte verloren, Aufenthaltskarte verloren, eAT verloren
label-photos-permit = Fotos: Aufenthaltstitel und Pass
    .typed = Foto, Bild, Aufenthaltstitel, Reisepass
field-photos-id-papers = Bitte machen Sie ein Foto von Ihrem Aufenthaltspapier (zum Beispiel Aufenthaltsgestattung oder Duldung) und senden Sie es. Sie können bis zu 4 Fotos senden.
    .no-document = Sie haben eines dieser Papiere nicht? Ich sage es dem Amt. Bitte senden Sie Fotos von den Papieren mit Ihrem Namen, die Sie haben, zum Beispiel Ankunftsnachweis oder Fiktionsbescheinigung.
label-photos-id-papers = Fotos: Aufenthaltspapier
    .typed = Foto, Bild, Aufenthaltsgestattung, Duldung
field-photos-jobcenter = Bitte senden Sie Fotos von den Unterlagen zu Ihrem Anliegen, zum Beispiel einen Brief vom Jobcenter oder Ihren Aufenthaltstitel. PDF-Dateien gehen auch. Bis zu 10.
    .no-document = Sie haben keine Papiere dazu? Ich sage es dem Amt. Bitte senden Sie ein Foto von einem Papier mit Ihrem Namen, zum Beispiel Ausweis, Ankunftsnachweis oder Duldung.
label-photos-jobcenter = Unterlagen
    .typed = Foto, Bild, Unterlagen, Dokument, Brief
field-photos-optional = Haben Sie einen Brief oder ein Dokument zu Ihrer Frage? Bitte machen Sie ein Foto und senden Sie es. Wenn nicht, wählen Sie „Überspringen“.
label-photos-documents = Unterlagen
    .typed = Foto, Bild, Unterlagen, Dokument, Brief
field-interpreter = Brauchen Sie beim Termin eine Dolmetscherin oder einen Dolmetscher?
label-interpreter = Dolmetschbedarf
    .typed = Dolmetscher, Dolmetscherin, Übersetzer, Sprachmittler
field-appointment = Wann können Sie zu einem Termin kommen?
label-appointment = Terminwunsch
    .typed = Termin, Uhrzeit, vormittags, nachmittags

# Alltag (Stop 70): Bankkonto, SIM-Karte, Bus und Bahn, Führerschein.
main-opt-everyday = Alltag
    .typed = alltag, im alltag
everyday-text =
    Hier finden Sie Hilfe für den Alltag: Bankkonto, Handy, Bus und Bahn, Auto fahren, Schulferien, Schimmel, Baby, Lärm, Ehrenamt, Glaube, Sport, Internet, Einkaufen.
    Was möchten Sie wissen?
everyday-opt-bank = Bankkonto
    .typed = bankkonto, konto eröffnen, basiskonto, girokonto, bankkarte, ein konto, karte verloren, bankkarte verloren, geldbörse verloren, portemonnaie verloren, geldbörse gestohlen
everyday-bank-text =
    Jeder Mensch darf bei einer Bank ein Basiskonto eröffnen. Das ist Gesetz.
    Sie brauchen ein Ausweispapier: einen Pass oder Ihre Aufenthaltsgestattung, Duldung oder Aufenthaltserlaubnis.
    Bringen Sie auch Ihre Meldebescheinigung mit, wenn Sie eine haben.
    Die Bank sagt nein? Fragen Sie nach dem Grund, schriftlich. Das Integrationsbüro hilft Ihnen.
    Karte oder Geldbörse verloren? Lassen Sie die Bankkarte sofort sperren: Telefon 116 116 (kostenlos, Tag und Nacht).
everyday-opt-phone = Handy und SIM-Karte
    .typed = sim karte, simkarte, sim, handyvertrag, handy vertrag, prepaid, prepaidkarte, telefonvertrag
everyday-phone-text =
    Für eine SIM-Karte brauchen Sie ein Ausweispapier, zum Beispiel einen Pass oder eine Aufenthaltserlaubnis. Der Laden prüft es.
    Eine Prepaid-Karte hat keinen Vertrag: Sie zahlen vorher und können jederzeit aufhören.
    Ein Vertrag läuft oft 24 Monate. Lesen Sie ihn gut, bevor Sie unterschreiben.
    Vorsicht bei Anrufen und Nachrichten, die Geld oder Ihre Bankdaten wollen.
everyday-opt-transport = Bus, Bahn und Ticket
    .typed = ticket, fahrkarte, deutschlandticket, busticket, monatskarte, fahrplan, Bus nach, Bus zum, Bus zur, welcher Bus, Bushaltestelle, Fahrplan, Busfahrplan, Zugticket
everyday-transport-text =
    Mit dem Deutschlandticket fahren Sie mit allen Bussen und Nahverkehrszügen in Deutschland. Es kostet 63 Euro im Monat (2026).
    Sie kaufen es online oder in einer App, als Abo. Sie können es jeden Monat kündigen.
    Sie bekommen Bürgergeld, AsylbLG oder Sozialhilfe? Dann fragen Sie das Jobcenter oder das Sozialamt nach einem günstigeren Ticket (Deutschlandticket Sozial).
    Fahrpläne gibt es an der Haltestelle und in der App DB Navigator.
    Für eine einzelne Fahrt kaufen Sie ein Einzelticket beim Busfahrer oder in der App. Halten Sie Kleingeld bereit.
everyday-opt-driving = Führerschein
    .typed = führerschein, fuehrerschein, fahrerlaubnis, auto fahren
everyday-driving-text =
    Ein Führerschein aus einem Land außerhalb der EU gilt in Deutschland 6 Monate, nachdem Sie hier wohnen.
    Danach brauchen Sie einen deutschen Führerschein. Oft müssen Sie die Prüfungen noch einmal machen, manchmal nur einen Teil.
    Fragen Sie früh bei der Führerscheinstelle des Kreises Lippe. Bringen Sie Ihren Führerschein und eine Übersetzung mit.
    Ein Führerschein aus einem EU-Land bleibt gültig.
everyday-opt-holidays = Schulferien
    .typed = ferien, schulferien, sommerferien, herbstferien, osterferien, weihnachtsferien, ferientermine, wann sind ferien
everyday-holidays-text =
    In den Ferien ist keine Schule. In NRW gibt es Ferien im Herbst, zu Weihnachten, zu Ostern und im Sommer (6 Wochen).
    Die genauen Tage sagt Ihnen die Schule. Sie stehen auch im Internet: Suchen Sie „Ferien NRW“.
    An allen Schultagen muss Ihr Kind in die Schule gehen. Fahren Sie nicht vor den Ferien in Urlaub: Das kann ein Bußgeld kosten.
    Auch die Kita hat Tage, an denen sie zu ist. Die Kita sagt Ihnen diese Tage.
everyday-opt-mould = Schimmel in der Wohnung
    .typed = schimmel, schimmel in der wohnung, feuchte wand, nasse wand, feuchtigkeit, schwarze flecken
everyday-mould-text =
    Schimmel in der Wohnung kann krank machen. Handeln Sie früh.
    Öffnen Sie die Fenster 3- bis 4-mal am Tag weit, für 5 bis 10 Minuten. Heizen Sie alle Zimmer ein wenig.
    Sagen Sie es Ihrem Vermieter schriftlich, mit Datum und Fotos. Behalten Sie eine Kopie.
    Der Vermieter tut nichts? Das Integrationsbüro hilft Ihnen. Auch der Mieterverein berät (er kostet einen Beitrag).
everyday-opt-baby = Baby: Hilfe und Kurse
    .typed = babykurs, babygruppe, eltern kind kurs, eltern kind gruppe, krabbelgruppe, pekip, frühe hilfen, mit baby, hilfe mit baby, hilfe mit dem baby, baby bekommen, neugeboren, kurs für mütter, kurse für mütter, geburtsurkunde, geburt anmelden, standesamt
    .alone = baby, babys, säugling
everyday-baby-text =
    Mit einem Baby oder kleinen Kind bekommen Sie Hilfe und treffen andere Eltern.
    Eine Hebamme besucht Sie nach der Geburt zu Hause. Die Krankenkasse bezahlt das. Suchen Sie früh, schon in der Schwangerschaft.
    Eltern-Kind-Gruppen und Kurse gibt es im Familienzentrum und in der Familienbildungsstätte. Viele sind kostenlos oder billig. Deutsch lernen mit Baby: Manche Integrationskurse betreuen kleine Kinder.
    Das Jugendamt des Kreises Lippe hat „Frühe Hilfen“: kostenlose Hilfe für Familien mit Baby. Das Integrationsbüro sagt Ihnen, wo.
    Nach der Geburt: Das Krankenhaus oder Sie melden das Baby in der ersten Woche beim Standesamt an. Sie bekommen die Geburtsurkunde. Sie brauchen sie zum Beispiel für das Kindergeld. Sagen Sie es auch Ihrer Krankenkasse und der Ausländerbehörde.
everyday-opt-noise = Lärm von Nachbarn
    .typed = lärm, laute nachbarn, nachbarn laut, nachbar laut, ruhezeit, ruhezeiten, nachtruhe, zu laut, so laut, sehr laut, nachts laut, immer laut, lärmen, lärmt, krach
everyday-noise-text =
    In Deutschland gelten Ruhezeiten: nachts von 22 bis 6 Uhr, am Sonntag und an Feiertagen den ganzen Tag. Die Hausordnung sagt mehr.
    Ihre Nachbarn sind oft zu laut? Sprechen Sie zuerst ruhig mit ihnen.
    Es hilft nicht? Schreiben Sie auf, wann es laut war (Tag, Uhrzeit, was). Sagen Sie es dem Vermieter schriftlich.
    Nachts sehr laut, oder Sie haben Angst? Rufen Sie die Polizei. Bei Gefahr: 110.
    Auch Sie selbst: Seien Sie in den Ruhezeiten leise.
everyday-opt-volunteer = Ehrenamt: selbst helfen
    .typed = ehrenamt machen, ehrenamtlich arbeiten, freiwillig helfen, freiwilligenarbeit
    .alone = ehrenamt, ehrenamtlich
everyday-volunteer-text =
    Sie möchten selbst helfen? Das heißt Ehrenamt. Sie arbeiten freiwillig und ohne Lohn, zum Beispiel im Sportverein, bei der Tafel, in der Kirche oder Moschee, bei der Freiwilligen Feuerwehr.
    So lernen Sie Menschen kennen und üben Deutsch.
    Ehrenamt ohne Geld ist erlaubt, auch mit Aufenthaltsgestattung oder Duldung.
    Sie bekommen Geld dafür? Dann fragen Sie vorher die Ausländerbehörde. Sagen Sie es auch dem Jobcenter oder Sozialamt.
    Das Integrationsbüro kennt Vereine und Gruppen in Kalletal.
everyday-opt-religion = Moschee, Kirche, Glaube
    .typed = Moschee, Moscheen, Mosche, beten, Gebet, Freitagsgebet, Imam, Gottesdienst, Pfarrer, Pastor
    .alone = Kirche, Kirchen
everyday-religion-text =
    In Deutschland dürfen Sie Ihren Glauben frei leben. Das steht im Grundgesetz.
    Kirchen gibt es in vielen Orten. Moscheen und andere Gemeinden gibt es oft in den größeren Städten in der Nähe.
    Das Integrationsbüro sagt Ihnen, wo.
everyday-opt-sports = Sportverein
    .typed = Sportverein, Fußballverein, Fussballverein, Fußball spielen, Fussball spielen, Schwimmkurs, schwimmen lernen, Sport für Kinder, Turnverein, Sportgruppe
    .alone = Verein, Sport
everyday-sports-text =
    Im Sportverein machen Kinder und Erwachsene zusammen Sport, zum Beispiel Fußball, Turnen oder Schwimmen. So finden Sie Freunde und lernen Deutsch.
    Ein Verein kostet meistens einen kleinen Beitrag im Monat.
    Bekommen Sie Bürgergeld, AsylbLG, Wohngeld oder Kinderzuschlag? Dann zahlt „Bildung und Teilhabe“ für Kinder unter 18 Jahren bis zu 15 Euro im Monat für den Verein. Fragen Sie das Jobcenter oder das Sozialamt.
    Das Integrationsbüro kennt die Vereine in Kalletal.
everyday-opt-internet = Internet und WLAN
    .typed = WLAN, WiFi, Wi-Fi, kostenloses WLAN, freies WLAN, Hotspot, Internet zu Hause, Internetvertrag, Router
    .alone = Internet
everyday-internet-text =
    Kostenloses WLAN gibt es oft in Bibliotheken, Cafés, Zügen und Bahnhöfen. Fragen Sie dort nach dem Passwort.
    In Unterkünften für Geflüchtete gibt es oft WLAN. Fragen Sie die Leitung.
    Internet für zu Hause: Sie schließen einen Vertrag ab, oft für 24 Monate. Lesen Sie ihn genau. Oft reicht auch ein günstiger Handytarif mit viel Datenvolumen.
    Im offenen WLAN: Schreiben Sie keine Passwörter und keine Bankdaten.
everyday-opt-shopping = Günstig einkaufen
    .typed = Supermarkt, billig einkaufen, günstig einkaufen, Lebensmittel, Discounter, Lidl, Netto, Penny, halal, Halalfleisch, Tafel, Kleiderkammer, Sozialkaufhaus, gebrauchte Möbel, Flohmarkt, Secondhand, Möbel, billige Möbel, Kleidung, Kleider, Winterjacke, Winterkleidung
everyday-shopping-text =
    Am günstigsten sind oft Discounter wie Aldi, Lidl, Netto und Penny.
    Halal-Fleisch gibt es oft in türkischen oder arabischen Läden in den Städten in der Nähe.
    Wenig Geld? Bei der Tafel bekommen Sie Lebensmittel für wenig Geld. Sie brauchen einen Nachweis, zum Beispiel den Bescheid vom Jobcenter oder Sozialamt.
    Kleidung und Möbel gibt es günstig in Kleiderkammern, Sozialkaufhäusern und auf Flohmärkten.
    Am Sonntag sind die Läden geschlossen.
    Das Integrationsbüro sagt Ihnen, wo es das in Kalletal gibt.
everyday-opt-services = Post, Bücherei und Friseur
    .typed = Postamt, Postfiliale, zur Post, Paket, Päckchen, Paket schicken, Briefmarke, Briefmarken, DHL, Bücherei, Bibliothek, Bücher ausleihen, Friseur, Frisör, Haare schneiden, Barbier
everyday-services-text =
    Bei der Post schicken Sie Briefe und Pakete, auch in andere Länder. Fragen Sie am Schalter, ob sie in Ihr Land schicken. Bringen Sie die ganze Adresse mit.
    Viele Supermärkte und Kioske haben eine Poststelle oder verkaufen Briefmarken.
    In der Bücherei leihen Sie Bücher kostenlos oder für wenig Geld. Es gibt Bücher zum Deutschlernen und Bücher für Kinder.
    Beim Friseur machen Sie oft zuerst einen Termin. Die Preise stehen an der Tür oder im Fenster.
    Das Integrationsbüro sagt Ihnen, wo es das in Kalletal gibt.
