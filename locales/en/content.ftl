# Kompass Kalletal: the texts of flows/kalletal.toml.
# Keep the ids. Short sentences, plain words (about CEFR A2), one question per message.
# Addresses and contact details are sample data: check them before going live.

## Institutions (what newcomers read)
inst-buergerbuero = Bürgerbüro (citizens' office) of Kalletal
inst-auslaenderbehoerde = Immigration office (Ausländerbehörde) of Kreis Lippe
inst-sozialamt = Sozialamt (social welfare office) of Kalletal
inst-jobcenter = Jobcenter Lippe
inst-integrationsbuero = Integration office of Kalletal

## Documents to bring
doc-passport = Passport or ID card (of every person)
doc-landlord-confirmation = Landlord confirmation (Wohnungsgeberbestätigung)
    .what = The Wohnungsgeberbestätigung is a paper from your landlord. It says that you moved into the flat. Your landlord must give it to you. You need it to register your address.
doc-rental-contract = Rental contract (Mietvertrag)
    .what = The Mietvertrag is the contract with your landlord. It says how much rent you pay and from when you live in the flat.
doc-family-certificates = Birth certificates and marriage certificate, if you have them
doc-residence-permit = Residence permit or other residence paper (for example Aufenthaltsgestattung or Duldung)
doc-biometric-photo = One biometric passport photo
doc-registration-certificate = Registration certificate (Meldebescheinigung)
    .what = The Meldebescheinigung is a paper from the Bürgerbüro. It shows where you live. You get it when you register your address.
doc-income-proof = Proof of income, for example pay slips
doc-job-offer = Job offer or work contract, if you have one
doc-bank-statements = Bank statements of the last 3 months
doc-office-letters = Letters from offices about your request
doc-certificates = Certificates from school, training and work
doc-child-birth-certificate = The child's birth certificate
doc-child-vaccination = The child's vaccination record (for day care: proof of the measles vaccination)
doc-child-school-reports = The child's old school reports, if you have them

## Main menu
main-text =
    Welcome to Kompass Kalletal!
    I help you with your first steps in Kalletal.
    I can also send your request to the right office.
    What do you need?
    .again = What do you need?
main-opt-register = Register your address
    .typed = register, registration, new address, change of address, change my address, address change, landlord confirmation, moved house, i moved, have moved, town hall, moved into, just moved
main-opt-immigration = Residence and work permit
    .typed = residence, immigration, foreigners office, visa, citizenship, naturalisation, naturalization, reunification, family reunion, bring my wife, bring my husband, bring my family, bring my children, bring my kids
    .alone = refugee, refugees
main-opt-benefits = Social benefits
    .typed = benefit, welfare, social assistance, social office, money from the state, financial help, financial support, no money, need money, needs money, need some money
main-opt-jobcenter = Jobcenter and work
    .typed = job center, job centre, jobcentre, work, job, jobs, unemploy, employment agency, lost my job, lost his job, lost her job, jobless, fired, got fired
main-opt-german = German courses
    .typed = german course, german class, german lesson, learn german, language course, language class, language school, course, courses, evening class, evening course
main-opt-school = School and day care
    .typed = childcare, child care
main-opt-health = Health
    .typed = health, sick, ill, illness, hospital, pain, pregnan, vaccin, medical
main-opt-housing = Housing
    .typed = housing, rent, landlord, accommodation, tenant
# `.alone`: words that name this topic only where a sentence names no other: "I got a letter" opens counselling, "a letter from the Jobcenter" the Jobcenter. `.unless`: words with which they do not ("send a letter home").
main-opt-counselling = Counselling
    .typed = counsel, advice, advis, social worker
    .alone = letter, leter, official mail, paperwork, form, forms, application, fill in, fill out, official document, official paper, paper from, document in german, bill, invoice, rejected, rejection, refused
    .unless = send, post a, stamp, write a letter, letter to my, mailbox, driving licence, driving license, drivers license, driver's license, printer
# `.lasting`: words of violence that name an emergency even told of the past ("last week my husband hit me": the help line for women, 116 016, is for her now).
main-opt-emergency = Emergency
    .typed = emergency, ambulance, police, fire brigade, fire department, accident, violen, suicid, kill myself, threat, beats me, hits me, hitting me, beating, beaten, abuse, abusive, a fire, on fire, burning, not waking, unconscious, fainted, not breathing, can't breathe, cannot breathe, bleeding, want to die, heart attack, stroke, poisoned, overdose, very sick, very ill, sos, kill me, to kill, kills me, murder, with a knife, weapon, a gun, has a gun, with a gun, gunshot, shooting, broke into, breaking in, break in, burglar, following me, stalking, rape, raped, kidnap, afraid of my husband, scared of my husband, afraid of him, hits his wife, beats his wife, hits her, beats her, smoke everywhere, full of smoke, smell gas, smells like gas, smell of gas, gas leak, poison, swallowed, drank bleach, drank cleaning, cleaning liquid, bleach, has a knife, thief in, intruder, house fire, kitchen fire, fire in my house, fire in the house, fire in the kitchen, fire in my flat, fire in my apartment, there is smoke, smoke in the kitchen, smoke in the house, smoke in my flat, smoke in the flat, smoke in my apartment, smoke coming, broke in, hit me, husband hit, slapped me, punched me, kicked me, choked me, strangled, fire started, fire is back, fire broke out, fire again, caught fire, started to burn, started burning, women's shelter, womens shelter, women shelter, shelter for women, safe house, frauenhaus, 🆘, seizure, seizures, convulsion, convulsions, having a fit, hard to breathe, difficulty breathing, trouble breathing, breathing badly, arm broken, leg broken, broke arm, broke leg, broken arm, broken leg, broken bone, broke bone, broken wrist, broken ankle, fracture
    .calm = police, fire brigade, fire department, ambulance
    .cry = emergency, help me
    .exact = fire, fire help, help fire, fire fire, fire please help, smoke, smoke help, help smoke
    .unless = firefighter, fire fighter, fireman, firemen, fireworks, firewood, fireplace, at the fire brigade, for the fire brigade, in the fire brigade
    .lasting = violen, beats me, hits me, hit me, husband hit, beating, beaten, abuse, abusive, rape, raped, threat, afraid of my husband, scared of my husband, slapped me, punched me, kicked me, choked me, strangled, kill me, stalking, following me
# `.beside`: words that name this option only beside the name of the menu it is under: "When is the Jobcenter open?" opens the Jobcenter's address and hours.
opt-office-where = Address and opening hours
    .typed = opening hours, opening times, office hours, open hours, addresses of the offices, opening, is open, are open, open on, what time, when is the town hall, where is the town hall, town hall open, when is the city hall, where is the city hall, city hall open, where is the office, where are the offices, where is your office, where rathaus, rathaus open, rathaus address
    .beside = open, opens
offices-text =
    Here you find the offices: where they are and when they are open.
    Many offices see you only with an appointment. You can ask for one here in the chat: choose the office in the menu.
office-where-text =
    Here is the office: where it is and when it is open.
    Many offices see you only with an appointment. Please ask for an appointment here first.

## Registering your address
register-text =
    Did you move to Kalletal? Then you must register your address.
    You have 2 weeks after you move in.
    Where: Bürgerbüro in the Rathaus (town hall) in Kalletal-Hohenhausen.
    Bring: your passport or ID card and the landlord confirmation (Wohnungsgeberbestätigung). Your landlord gives it to you.
    Your landlord does not give it to you? Tell the Bürgerbüro. The landlord must give it.
    Registration is free. You get a registration certificate (Meldebescheinigung). Keep it safe: many offices ask for it.
    Already registered, and you only need a new Meldebescheinigung? Go to the Bürgerbüro with your passport. You do not register again.
    Please ask for an appointment. I can send your request to the Bürgerbüro.
register-opt-form = Request an appointment
    .typed = appointment, an appointment, make an appointment, book an appointment, request
register-form-title = Registering your address
register-form-intro =
    I will ask you some questions for the Bürgerbüro.
    Please have your passport ready.
    At the end you can check everything. Then I send it.

## Immigration office
immigration-text =
    The immigration office (Ausländerbehörde) for Kalletal is at the Kreis Lippe in Detmold.
    It gives residence permits and work permits.
    What do you want to know?
immigration-opt-permit = Residence permit
    .typed = residence permit, residence card, residence title, permanent residence, settlement permit, blue card, permit renewal, permit extension
immigration-opt-fiktion = Fiktionsbescheinigung
    .typed = fiction, illegal, applied for extension
immigration-opt-work = Permission to work
    .typed = work permit, working permit, employment permit, work authorisation, work authorization, allowed to work, start working, can i work, asylum work
immigration-opt-lost = Passport or card lost
    .typed = lost, lose, stolen, theft, stole, lost residence permit, lost my residence permit, lost residence card, lost my residence card, stolen residence permit, residence permit stolen
immigration-opt-form = Write to the immigration office
immigration-opt-asylum = Asylum rejected
    .typed = asylum rejected, asylum rejection, rejected asylum, asylum refused, asylum was rejected, asylum case, asylum lawyer, appeal asylum, court asylum, negative asylum decision
immigration-asylum-text =
    Did you get a letter from the BAMF (Federal Office for Migration and Refugees) about your asylum?
    Was your asylum rejected? You can go to court against it (Klage).
    The deadline is short: often only 1 week or 2 weeks after the letter came. The letter says how long.
    Do not wait. Today, go to a refugee counselling service or to a lawyer for migration law (Fachanwalt für Migrationsrecht).
    Take the letter and its envelope with you. The counselling service is free. A lawyer costs money: ask the counselling service about help with the costs.
    The integration office tells you where to go. Its address and opening hours are below.
immigration-permit-text =
    Your residence permit (Aufenthaltstitel) has an end date. Look at your card.
    Apply for a new one early: 6 to 8 weeks before the end date.
    Less than 6 weeks left? Apply now. Do not wait.
    Has the end date passed already? Contact the immigration office at once, by phone or email. Do not wait.
    Bring: passport, residence permit, one biometric photo and your registration certificate. Sometimes also proof of income.
    The new card costs a fee. The office tells you how much.
    Is your card lost or stolen? Tell the police and the immigration office at once.
immigration-fiktion-text =
    Did you apply for a new residence permit in time, but the office has not decided yet?
    Then you get a Fiktionsbescheinigung. This paper shows that you may stay in Germany.
    The paper also says if you may work.
    Keep it with your passport. Show it to your employer and to other offices.
    It has an end date too. Ask the office again in time.
immigration-work-text =
    Do you want to work? Look at your residence paper. It says if you may work.
    “Erwerbstätigkeit erlaubt” means: you may work.
    Do you have an Aufenthaltsgestattung or a Duldung? Then you need a permission for each job (Beschäftigungserlaubnis).
    Apply before you start. Bring your passport, your residence paper and the job offer from the employer.
    Do not work without permission. This can cause problems with your stay.
immigration-lost-text =
    Did you lose your passport or your residence permit? Or was it stolen?
    First go to the police. There you get a paper that says it is lost.
    You get a new card (residence permit) from the immigration office. Bring the paper from the police and a biometric photo. The card costs a fee.
    You get a new passport from the embassy of your country.
    Are you recognised as a refugee? Then do not go to the embassy. Ask the immigration office first.
immigration-form-title = Residence and work permit
immigration-form-intro =
    I will ask you some questions for the immigration office.
    Please have your passport and your residence paper ready.
    At the end you can check everything. Then I send it.

## Social benefits
benefits-text =
    The Sozialamt (social welfare office) of Kalletal is in the Rathaus in Hohenhausen.
    It helps people who do not have enough money to live.
    What do you want to know?
benefits-opt-asylblg = Asylum seekers (AsylbLG)
    .typed = asylum seeker, asylum benefit
benefits-opt-wohngeld = Wohngeld (help with rent)
    .typed = housing benefit, housing allowance, rent allowance, rent subsidy, rent support, help with rent, help with the rent, paying rent, pay rent, pay the rent, rent help, money for rent, money for the rent, money for my rent
benefits-opt-kindergeld = Kindergeld (money for children)
    .typed = child benefit, child allowance, child money, kid money
benefits-opt-form = Write to the Sozialamt
benefits-asylblg-text =
    Are you an asylum seeker, or do you have a Duldung? Then you get money from the Sozialamt of Kalletal.
    The law is called Asylbewerberleistungsgesetz (AsylbLG).
    The money is for food, clothes and daily needs. The Sozialamt also pays for housing and heating.
    Bring: your residence paper (for example Ankunftsnachweis or Aufenthaltsgestattung) and your passport, if you have one.
    Tell the Sozialamt at once when something changes: a job, a new address, a baby.
    Please ask for an appointment.
benefits-wohngeld-text =
    Wohngeld is money for your rent. It is for people with a small income, for example from work or a pension.
    You do not get Wohngeld with Bürgergeld or AsylbLG. These already pay for your housing.
    Ask at the Rathaus in Hohenhausen. They give you the form and help you.
    Bring: rental contract, proof of income of everyone in your home, passport and residence permit.
    Wohngeld starts in the month when you apply. So apply early.
benefits-kindergeld-text =
    Kindergeld is money for your children. Usually until the child is 18, sometimes longer.
    You apply at the Familienkasse, not at the Rathaus. You can apply online or by letter.
    You need the tax number (Steuer-ID) of you and of your child. It comes by letter some weeks after you register your address.
    Not every residence permit gives Kindergeld.
    Questions? Call the Familienkasse: 0800 4 5555 30 (free call).
benefits-kindergeld-opt-help = Get help with the application
benefits-form-title = Social benefits
benefits-form-intro =
    I will ask you some questions for the Sozialamt.
    Please have your residence paper ready.
    At the end you can check everything. Then I send it.

## Job centre
jobcenter-text =
    The Jobcenter Lippe helps people who can work but do not have enough money.
    It pays Bürgergeld and helps you find work or training.
    Did you get a residence permit as a refugee? Then the Jobcenter is usually responsible for you, not the Sozialamt.
    Did you lose your job? Register as looking for work at the Agentur für Arbeit at once, within 3 days at the latest. Do you get Bürgergeld? Tell the Jobcenter too.
    What do you want to know?
jobcenter-opt-buergergeld = Bürgergeld
    .typed = citizens income, citizens allowance, citizens benefit, citizens money, citizen money, bafög, bafoeg, student grant, student loan, university student, study at university, studying at university, jobcenter money
    .alone = student, students, studying, university, college
jobcenter-opt-jobsearch = Finding work
    .typed = find work, find a job, looking for work, looking for a job, job search, job hunting, vacanc, apprenticeship, internship, vocational training, looking for job, searching for job, searching for work
jobcenter-opt-form = Write to the Jobcenter
jobcenter-buergergeld-text =
    Bürgergeld is money for living, rent and heating.
    It is for people from 15 years who can work, and for their families.
    Apply early: Bürgergeld starts only in the month when you apply.
    You can apply online at jobcenter.digital or at the Jobcenter.
    Bring: passport, residence permit, registration certificate, rental contract, bank statements of the last 3 months, proof of income.
    The money did not come? Call or write to the Jobcenter, with your customer number (Kundennummer). No money left for food? Ask for an advance (Vorschuss).
    Open every letter from the Jobcenter at once. Keep to the dates in the letter.
    Do you study at a university? Then you mostly get BAföG (www.bafög.de), not Bürgergeld. Ask the Jobcenter if there is an exception for you.
jobcenter-jobsearch-text =
    The Jobcenter helps you find work, training or a course.
    You get a contact person. Tell them what you learned and what work you did.
    Bring your certificates from school, training and work, also in your language. Ask if they can be recognised in Germany (Anerkennung).
    You find job offers at jobsuche.arbeitsagentur.de.
    Before you start a job, check that your residence paper allows work.
jobcenter-jobsearch-opt-permit = Am I allowed to work?
jobcenter-form-title = Bürgergeld and work
jobcenter-form-intro =
    I will ask you some questions for the Jobcenter.
    Please have your residence paper and letters from the Jobcenter ready.
    At the end you can check everything. Then I send it.

## German courses
german-text =
    German helps you in daily life, at work and at school.
    There are free or cheap courses for adults.
    What do you want to know?
german-opt-integration = Integration course
    .typed = integration course, integration class, orientation course, literacy course, integration kurs, integrations kurs
german-opt-other = Other courses
    .typed = language cafe, online course, learn online, speaking club, practise german, practice german, german app
opt-ask-integration-office = Ask the integration office
    .typed = ask the office, ask the integration office, ask office, ask them
german-integration-text =
    The integration course (Integrationskurs) is the main German course. It comes from the BAMF (Federal Office for Migration and Refugees).
    It has a language course and a short course about life in Germany. At the end there are tests.
    You need a permission (Berechtigungsschein). You get it from the immigration office or the Jobcenter. You can also ask the BAMF.
    With Bürgergeld or AsylbLG the course is usually free. Others pay a small part.
    Find a course near you: bamf-navi.bamf.de. Sometimes you get money for the bus ticket. Ask the course school. Do you have a small child? Some integration courses look after small children while you learn (Kinderbeaufsichtigung). There are also courses for parents and for women. Ask the course school.
german-other-text =
    Are you waiting for an integration course? Or are you not allowed to take one? There are other courses too.
    The Volkshochschule (VHS) has German courses. Ask the integration office which VHS is near Kalletal.
    In many places, volunteers meet with newcomers to speak German.
    Learn online for free: vhs-lernportal.de, learngerman.dw.com or the app “Einstieg Deutsch”.

## School and day care
school-text =
    School is free in Germany. Day care (Kita) costs little or nothing.
    What do you want to know?
school-opt-school = School
    .typed = school, pupil, register my child, register my son, register my daughter, register my kids, register my children, enroll, enrol, school registration
school-opt-kita = Day care (Kita)
    .typed = daycare, day care, nursery, childminder, child minder, preschool, creche
school-school-text =
    In Germany all children must go to school (Schulpflicht). School starts at about 6 years.
    This is also true for children who are new in Germany.
    Register your child at a school soon after you arrive. Bring: passport, registration certificate and old school reports, if you have them.
    The Kommunales Integrationszentrum Lippe in Detmold helps to find the right school for new children.
    School is free. For school things, trips and lunch there is help: ask about “Bildung und Teilhabe”.
school-kita-text =
    A Kita is day care for children from 1 year until school. From 1 year every child has a right to a place.
    Register early. Often there is a waiting list.
    Ask a Kita in your village, or the Jugendamt (youth office) of Kreis Lippe.
    Another option is a child minder (Tagesmutter or Tagesvater).
    The cost depends on your income. In NRW, the last 2 years before school are free.
    In the Kita your child learns German.

## Health
health-text =
    At night and at the weekend: call 116117 for the doctor on call.
    Danger to life: call 112.
    In Germany everyone must have health insurance.
    What do you want to know?
health-opt-insurance = Health insurance
    .typed = health insurance, medical insurance, health card, insurance card, insurance company, insured, insurance doctor, pick an insurance, choose insurance
health-opt-card = Treatment with AsylbLG
    .typed = treatment paper, treatment voucher, treatment certificate, medical voucher, social office dentist, social office doctor, paper dentist, paper doctor
health-opt-doctor = Finding a doctor
    .typed = doctor, physician, paediatrician, pediatrician, dentist, gynaecologist, gynecologist, pharmacy, medicine, medication, gp, fever, temperature, toothache, tooth ache, tooth pain, tooth hurts
health-opt-pregnancy = Pregnancy and birth
    .typed = pregnan, midwife, birth, give birth, maternity, having a baby, expecting a baby, women's doctor, womens doctor, doctor for women
health-insurance-text =
    Health insurance (Krankenversicherung) is a must in Germany.
    With a job: your employer registers you. You choose a health insurance company (Krankenkasse), for example AOK, TK or Barmer.
    With Bürgergeld: the Jobcenter pays. You choose a Krankenkasse too.
    The Krankenkasse sends you a health card (Gesundheitskarte). Take it to every doctor visit.
    Children and partners without income are often insured with you for free (Familienversicherung).
    Lost your health card? Call your health insurance (Krankenkasse). They send a new card, and until then a paper for the doctor.
health-card-text =
    Do you get money from the Sozialamt (AsylbLG)? Then the Sozialamt pays when you are ill or in pain.
    Before you see a doctor, you may need a treatment paper (Behandlungsschein) from the Sozialamt. Some people get a health card instead.
    Ask the Sozialamt what is right for you.
    In an emergency go to a doctor or hospital at once, or call 112.
    Check-ups in pregnancy and vaccinations are paid too.
health-doctor-text =
    At night and at the weekend: call 116117 for the doctor on call.
    Toothache at night or at the weekend: call 01805 986700 (dentist on call).
    Danger to life: call 112.
    First go to a family doctor (Hausarzt). The family doctor sends you to a specialist if needed.
    Children go to a children's doctor (Kinderarzt).
    For toothache go straight to a dentist (Zahnarzt).
    With a health card you can also go straight to a women's doctor (Frauenarzt).
    Call the practice and ask for an appointment. Bring your health card or Behandlungsschein.
    You cannot find a doctor? Call 116117. They help you find an appointment.
    Medicine you get at the pharmacy (Apotheke). One pharmacy is always open at night. Which one is written on the door of every pharmacy. Or call 0800 00 22833.
    A doctor who speaks your language: search at www.116117.de (Arztsuche, filter "Fremdsprache"). You can also bring someone who translates.
    For medicine you usually pay 5 to 10 euros (Zuzahlung). Children under 18 pay nothing.
health-pregnancy-text =
    Are you or your partner pregnant? Go early to a women's doctor (Frauenärztin or Frauenarzt). There you get the Mutterpass (maternity record) and regular check-ups.
    A midwife (Hebamme) helps you before and after the birth, also at home. Look for a midwife early.
    Your health insurance pays for this. With AsylbLG you need a Behandlungsschein from the Sozialamt.
    Advice for pregnant women is free, for example at pro familia, Caritas or Diakonie. There is also help with money for the baby.
    Strong pain, bleeding, or the birth starts? Call 112.

## Housing
housing-text =
    Here you find help about living in Kalletal.
    What do you want to know?
housing-opt-search = Finding a flat
    .typed = flat, apartment, find housing, looking for housing, looking for a house
housing-opt-contract = Rental contract
    .typed = rental contract, tenancy, lease, deposit, cold rent, warm rent, additional costs, service charges, rent contract, rental agreement, tenancy agreement
housing-opt-wbs = Wohnberechtigungsschein (WBS)
    .typed = social housing, council flat, subsidised housing, subsidized housing
housing-opt-utilities = Waste, electricity and more
    .typed = waste, rubbish, garbage, trash, recycling, waste bin, rubbish bin, trash bin, recycling bin, yellow bin, blue bin, bin day, bins, electric, broadcasting fee, licence fee, license fee, quiet hours
housing-opt-repairs = Something is broken
    .typed = heating, no heating, radiator, heater, hot water, no hot water, leak, leaking, water damage, caretaker, cold in the flat, cold in the apartment, heating flat, heating apartment, landlord repair, landlord fix, landlord does not fix, in the flat no, in my flat no
housing-opt-arrears = Problems with the rent
    .typed = rent not paid, not paid the rent, didn't pay rent, didnt pay rent, did not pay the rent, couldn't pay rent, could not pay rent, can't pay rent, cant pay rent, cannot pay rent, can't pay the rent, cant pay the rent, cannot pay the rent, couldn't pay the rent, could not pay the rent, didn't pay the rent, didnt pay the rent, no money for the rent, months rent not paid, rent arrears, rent debt, owe rent, owe the landlord, behind on rent, behind with rent, rent is late, late rent, eviction, evict, evicted, kick me out, kick us out, kicks us out, throw us out, throw me out, notice from landlord, notice from my landlord, landlord gave notice, rent increase, raised the rent, rent went up, rent is going up, wants the flat for his, needs the flat for his
housing-opt-homeless = No place to sleep
    .typed = homeless, nowhere to sleep, no place to sleep, nowhere to live, no place to live, emergency accommodation, emergency shelter, lost our flat, lost my flat, flat burned, flat burnt, house burned, house burnt, apartment burned, home burned, sleep outside, sleeping outside, no roof, sleeping on the street, sleep on the street, sleeping in the street, sleep in the street, living on the street, live on the street, nowhere to stay, no place to stay, sleeping at the station
housing-search-text =
    Look for flats in the newspaper, on the internet (for example Kleinanzeigen or ImmoScout24) and ask people you know.
    Do you get Bürgergeld or AsylbLG? Ask the Jobcenter or the Sozialamt before you sign. They check if the rent is not too high.
    Never pay money before you have seen the flat and have a contract.
    For social housing you need a Wohnberechtigungsschein (WBS).
    The Jobcenter or the Sozialamt says your flat is too expensive? Mostly you have 6 months. Write to them why you cannot move (for example children, illness). Keep everything about your flat search.
housing-contract-text =
    Read the rental contract (Mietvertrag) before you sign. Ask someone to help you.
    Kaltmiete is the rent without heating and other costs. Warmmiete is the rent with heating and other costs (Nebenkosten).
    The deposit (Kaution) is at most 3 months of Kaltmiete.
    After you move in, your landlord gives you the landlord confirmation (Wohnungsgeberbestätigung).
    With it, register your address within 2 weeks.
housing-wbs-text =
    The Wohnberechtigungsschein (WBS) is a paper for social housing. The rent there is lower.
    You can get it if your income is small.
    Ask at the Rathaus in Hohenhausen where to apply.
    Bring: passport, residence permit and proof of income of everyone in your home.
    There are not many social housing flats. Keep looking for other flats too.
housing-utilities-text =
    Waste: please sort it. Yellow bin or bag: packaging. Blue bin: paper. Grey bin: other waste. Glass goes into glass containers.
    The waste calendar (Abfallkalender) says when the bins are emptied. Ask your landlord or the Rathaus.
    Electricity: register with an electricity company when you move in. Write down the meter number and the meter reading on the first day.
    Every home pays a broadcasting fee (Rundfunkbeitrag). With Bürgergeld or AsylbLG you can apply to be free from it.
    Quiet time at night: from 22 to 6 o'clock.
housing-repairs-text =
    Is something broken in your flat? For example the heating, the hot water or a window?
    Tell your landlord or the caretaker (Hausmeister) at once. Then write it to your landlord too, with the date. Take photos.
    The landlord must repair it. Do not simply pay less rent. Ask for advice first.
    No heating in winter, and small children at home? Say that it is urgent.
    Your landlord does not help? The integration office can help you. Do you live in a shelter (Unterkunft)? Tell the staff there.
housing-arrears-text =
    Problems with the rent, or a notice to leave? Do not wait. Act quickly.
    Talk to your landlord. Ask if you can pay in parts. Write down what you agree.
    Do you get Bürgergeld or AsylbLG? Tell the Jobcenter or the Sozialamt at once. Sometimes they pay the debt, mostly as a loan.
    Your income is low? Perhaps you can get Wohngeld (help with rent).
    You got a notice to leave the flat (Kündigung) or a letter from a court (Räumungsklage)? Get advice at once: at a tenants' association (Mieterverein) or from a lawyer. Answer the court within the deadline.
    If the Jobcenter or the Sozialamt pays the debt soon, the notice often no longer counts.
    Little money for advice? The local court (Amtsgericht) gives you a paper for free advice (Beratungshilfe).
    Your landlord wants more rent, or says he needs the flat himself? Ask a tenants' association (Mieterverein) first. Do not sign anything at once. Do you get Bürgergeld or AsylbLG? Take the letter about the new rent to the Jobcenter or the Sozialamt at once.
    Debt advice (Schuldnerberatung) is free. The integration office helps you find it.
housing-homeless-text =
    Do you have no place to sleep? The municipality must help you. You will get a place to sleep.
    Go to the Bürgerbüro in the Rathaus when it is open. Say: “Ich habe keine Unterkunft.” (I have no place to stay.)
    Is the Rathaus closed (evening, night, weekend)? Call the police: 110. They help you find a place for the night.
    Did your flat burn, or is it damaged? Tell your landlord. Do you get Bürgergeld or AsylbLG? Tell the Jobcenter or the Sozialamt too.

## Counselling
counselling-text =
    Do you need help with letters, applications or other questions? There is free advice for you.
    What do you want to know?
counselling-opt-office = Integration office
    .typed = integration office, interpret
counselling-opt-mbe = Counselling for adults
    .typed = migration advice, migration counsel
counselling-opt-jmd = Counselling for young people
    .typed = youth migration, youth counsel, youth advice, young people
counselling-opt-form = Request counselling
    .typed = fill in, fill out, filling in, help with a form, help with an application, appointment, fill form, help with form, application paper
counselling-opt-person = Write to a person
    .typed = talk to a person, speak to a person, talk to a human, speak to a human, real person, talk to someone, speak with someone, talk to somebody
counselling-office-text =
    The municipality of Kalletal has an integration office in the Rathaus in Hohenhausen.
    It helps newcomers with first steps, letters and applications. It knows the right contacts.
    The advice is free. If you need an interpreter, please tell us.
    Please ask for an appointment. I can send your request.
counselling-mbe-text =
    The migration counselling for adults (Migrationsberatung für erwachsene Zuwanderer, MBE) is for people from 27 years.
    It helps with German courses, work, housing, letters and applications.
    Charities offer it, for example Caritas, Diakonie, AWO or DRK.
    It is free and confidential.
    Ask the integration office for the nearest address.
counselling-jmd-text =
    The youth migration service (Jugendmigrationsdienst, JMD) is for young people from 12 to 27 years.
    It helps with school, training, work and personal questions.
    It is free and confidential.
    Ask the integration office for the nearest address.
counselling-person-text =
    You can write to the integration office here.
    A person answers in this chat, in German or with a translation tool.
    Please do not send health details.
counselling-form-title = Counselling request
counselling-form-intro =
    I will ask you some questions for the integration office of Kalletal.
    At the end you can check everything. Then I send it.
school-form-title = Question about day care or school
school-form-intro =
    I will ask you some questions for the integration office of Kalletal.
    First I ask about you. Then I ask about your child.
    At the end you can check everything. Then I send it.
school-field-place = What is it about?
label-school-place = It is about
school-opt-place-kita = A place in day care (Kita)
school-opt-place-school = School
school-opt-place-both = Day care and school (more than one child)
    .typed = both, day care and school, kita and school
school-opt-place-other = Another question
school-field-child-name = What is your child's name? Please write the given name and the family name, in Latin letters (A, B, C …). More than one child? Write one child here. You can write the others at the end.
    .help = Write the name as in the child's passport or birth certificate.
label-child-name = Child's name
    .typed = child, son, daughter
school-field-child-birth-date = When was your child born? Please write the date like this: 31.12.2020
label-child-birth-date = Child's date of birth
    .typed = child's birthday, childs birthday, child's date of birth, birth date of my child, birthday of my child, my son's birthday, my daughter's birthday, birthday of my son, birthday of my daughter, his birthday, her birthday, sons birthday, son's birthday, daughters birthday, daughter's birthday, his date of birth, her date of birth
school-field-concern = Do you want to say anything else? For example the names of more children, or since when your child is here. You may write in your language. If not, choose “Skip”.
school-field-photos = Do you have a paper of your child, for example the birth certificate or an old school report? Please take a photo and send it. If not, choose “Skip”.

## Emergencies
emergency-text =
    Emergency? Call for free, from every phone, day and night:
    112 – fire brigade and ambulance
    110 – police
    116117 – doctor on call at night and at the weekend, when it is not life-threatening
    01805 986700 – dentist on call at night and at the weekend (this call costs money)
    116 016 – help for women who experience violence, in many languages
    0800 111 0 111 or 0800 111 0 222 – Telefonseelsorge: someone listens to you when you are in a crisis
    Say where you are and what happened.
    Not an emergency? Police of Kreis Lippe: 05231 609-0. The nearest police station, open day and night, is in Lemgo.

## Form questions and labels
field-family-name = What is your family name? Please write it as in your passport or ID, in Latin letters (A, B, C …).
    .help = Your family name is your last name. In the passport it is under “Surname” or “Name”. I ask for your first name after it.
    .no-document = No passport? I will tell the office. Please write your name as in another paper, for example your Ankunftsnachweis or Duldung. You have no paper? Then write your name as you write it.
    .none = OK. I will tell the office that you have no family name.
label-family-name = Family name
    .typed = surname, last name, family name, name, famly name, familyname, lastname, surename
field-given-names = What is your given name? Please write all given names as in your passport or ID, in Latin letters (A, B, C …).
    .help = Your given name is your own first name, for example Sami or Olena. In the passport it is under “Given names”. If you have several, write all of them.
    .no-document = No passport? I will tell the office. Please write your name as in another paper, for example your Ankunftsnachweis or Duldung. You have no paper? Then write your name as you write it.
    .none = OK. I will tell the office that you have only one name.
label-given-names = Given name(s)
    .typed = first name, given name, name, frist name, fist name, firstname
field-birth-date = When were you born? Please write the date like this: 31.12.1990
label-birth-date = Date of birth
    .typed = birthday, date of birth, born, birth
field-nationality = What is your nationality?
    .help = Your nationality is the country you are a citizen of. This is true without a passport too. No country? Then choose “{ country-stateless }”.
    .no-answer = Kurd, Kurdish, Kurdistan, Yazidi, Yezidi, Ezidi, Hazara, Pashtun, Baloch, Assyrian
label-nationality = Nationality
    .typed = nationality, citizenship
field-address = What is your address in Kalletal? Please write street, house number and village in Latin letters (A, B, C …).
    .none = OK. I will tell the office that you have no fixed address.
label-address = Address in Kalletal
    .typed = address, street, house number
    .intro = my address is, my address, my new address is, i live at, i live in, we live at, we live in
field-new-address = What is your new address in Kalletal? Please write street, house number and village in Latin letters (A, B, C …).
label-new-address = New address in Kalletal
    .typed = address, street, house number
    .intro = my address is, my address, my new address is, i live at, i live in, we live at, we live in
field-move-in-date = On which day did you move in? Please write the date like this: 31.12.2025
    .help = The moving-in date is the day you moved into the flat. It is also on the confirmation from your landlord (Wohnungsgeberbestätigung).
label-move-in-date = Moving-in date
    .typed = moving in, move in, moved in, moving date, move date, date of moving, moving day, date of the move
field-persons = How many people move into the flat? Please count yourself too.
label-persons = Number of persons moving in
    .typed = persons, people, how many
field-phone = What is your phone number?
label-phone = Phone
    .typed = phone number, telephone, mobile, phone, number, tel
field-email = What is your email address?
label-email = Email
    .typed = email address, e-mail, email, mail
field-register-notes = Is there anything else the Bürgerbüro should know? For example the names of family members who move in with you.
label-notes = Notes
    .typed = note
field-concern = Please describe your request in your own words. You may write in your language.
label-concern = Request
    .typed = request, message, description, text
field-file-number = Do you have a file number (Aktenzeichen) from the immigration office? It is on their letters. If not, choose “Skip”.
    .help = The file number (Aktenzeichen) is the number of your file at the immigration office. It is at the top of their letters, next to “Aktenzeichen” or “Az.”. You have no letter? Then choose “{ button-skip }”.
label-file-number = File number
    .typed = file number, reference
    .intro = my file number is, my file number, my number is, the number is, my reference is
field-customer-number = Do you have a customer number or BG number from the Jobcenter? It is on their letters. If not, choose “Skip”.
    .help = The customer number and the BG number are at the top of the Jobcenter’s letters. BG means Bedarfsgemeinschaft: you and your family. You have no letter? Then choose “{ button-skip }”.
label-customer-number = Customer number / BG number
    .typed = customer number, BG number
    .intro = my customer number is, my customer number, my BG number is, my BG number, my number is
label-topic = Topic
    .typed = topic, subject
field-immigration-topic = What is your request about?
opt-immigration-extend = Extend my residence permit
    .typed = extend, extension, renew, renewal, expire
opt-immigration-work = Permission to work
    .typed = work, job, employment
opt-immigration-fiktion = Fiktionsbescheinigung
    .typed = fiction certificate
opt-immigration-lost = Document lost or stolen
    .typed = lost, stolen, lose
opt-other = Something else
    .typed = something different
field-shared-accommodation = Do you live in a shared accommodation (Gemeinschaftsunterkunft)?
    .yes = camp, shelter, hostel, refugee home, container, dormitory, accommodation centre, accommodation center
    .no = own flat, own apartment, flat, apartment, house, with relatives, with friends
label-shared-accommodation = Lives in shared accommodation
    .typed = shared accommodation, accommodation, hostel, camp
field-benefits-topic = What is your request about?
opt-benefits-asylblg = Money to live (AsylbLG)
    .typed = asylum, money, benefits
opt-benefits-wohngeld = Wohngeld (help with rent)
    .typed = rent, housing benefit
opt-benefits-treatment = Behandlungsschein (for the doctor)
    .typed = doctor, treatment, sick
field-jobcenter-topic = What is your request about?
opt-jobcenter-apply = Apply for Bürgergeld
    .typed = apply, first time, new application, first application
opt-jobcenter-continue = Continue Bürgergeld
    .typed = continue, extension, extend, renew
opt-jobcenter-jobsearch = Work or training
    .typed = job, work, training, apprenticeship
opt-jobcenter-letter = A letter from the Jobcenter
    .typed = letter, mail
opt-jobcenter-payment = Money did not come
    .typed = money did not come, money didnt come, not paid, payment, no money came, money missing, money not paid, didnt come, did not come, hasnt come, has not come, not come
field-counselling-topic = What do you need help with?
opt-counselling-german = German course
    .typed = german, language, course
opt-counselling-school = School or Kita
    .typed = school, kindergarten, nursery, daycare, child
opt-counselling-housing = Housing
    .typed = flat, apartment, housing, rent, house, room
opt-counselling-work = Work
    .typed = work, job
opt-counselling-papers = Letters and applications
    .typed = letter, form, application, papers
opt-counselling-kindergeld = Kindergeld (child benefit)
    .typed = kindergeld, child benefit
field-photos-passport-family = Please take a photo of your passport (the page with your photo) and send it. You can send up to 8 photos, for example also the passports of your family.
    .no-document = No passport? I will tell the office. Please send a photo of another paper with your name, for example your ID card, Ankunftsnachweis, Aufenthaltsgestattung or Duldung.
label-photos-passport = Photos: passport
    .typed = photo, picture, passport
field-photos-permit = Please take photos of your residence permit (front and back) and of your passport. Send up to 4 photos. Did you lose them? Then take a photo of the paper from the police.
    .no-document = You do not have one of these papers? I will tell the office. Please send photos of the papers with your name that you have, for example your Ankunftsnachweis or Fiktionsbescheinigung.
    .missing = lost my residence card, residence card is lost, residence card lost, no residence card, lost my residence permit, residence permit lost, no residence permit
label-photos-permit = Photos: residence permit and passport
    .typed = photo, picture, residence permit, passport
field-photos-id-papers = Please take a photo of your residence paper (for example Aufenthaltsgestattung or Duldung) and send it. You can send up to 4 photos.
    .no-document = You do not have one of these papers? I will tell the office. Please send photos of the papers with your name that you have, for example your Ankunftsnachweis or Fiktionsbescheinigung.
label-photos-id-papers = Photos: residence paper
    .typed = photo, picture, residence paper
field-photos-jobcenter = Please send photos of the papers about your request, for example a letter from the Jobcenter or your residence permit. PDF files are fine too. Up to 10.
    .no-document = You have no papers about it? I will tell the office. Please send a photo of a paper with your name, for example your ID card, Ankunftsnachweis or Duldung.
label-photos-jobcenter = Documents
    .typed = photo, picture, document, letter
field-photos-optional = Do you have a letter or document about your question? Please take a photo and send it. If not, choose “Skip”.
label-photos-documents = Documents
    .typed = photo, picture, document, letter
field-interpreter = Do you need an interpreter at the appointment?
label-interpreter = Interpreter
    .typed = interpreter, translator
field-appointment = When can you come to an appointment?
label-appointment = Preferred appointment time
    .typed = appointment, time, morning, afternoon

# Everyday life (stop 70): a bank account, a SIM card, buses and trains, a driving licence.
main-opt-everyday = Everyday life
    .typed = everyday life, daily life
everyday-text =
    Here you find help for everyday life: bank account, phone, buses and trains, driving, school holidays, mould, a baby, noise, volunteering, faith, sport, internet, shopping.
    What do you want to know?
everyday-opt-bank = Bank account
    .typed = bank account, open an account, basic account, basiskonto, girokonto, bank card, konto, lost my card, lost my bank card, lost my wallet, card stolen, wallet stolen
everyday-bank-text =
    Everyone may open a basic account (Basiskonto) at a bank. This is the law.
    You need an identity paper: a passport, or your Aufenthaltsgestattung, Duldung or residence permit.
    Bring your registration certificate (Meldebescheinigung) too, if you have one.
    A bank says no? Ask for the reason in writing. The integration office helps you.
    Lost your card or wallet? Have the bank card blocked at once: phone 116 116 (free, day and night).
everyday-opt-phone = Phone and SIM card
    .typed = sim card, simcard, sim, phone contract, mobile contract, prepaid card, phone card, handyvertrag
everyday-phone-text =
    For a SIM card you need an identity paper, for example a passport or residence permit. The shop checks it.
    A prepaid card (Prepaid) has no contract: you pay first, and you can stop at any time.
    A contract often runs for 24 months. Read it well before you sign.
    Be careful with calls and messages that ask for money or your bank details.
everyday-opt-transport = Bus, train and ticket
    .typed = ticket, deutschlandticket, bus ticket, train ticket, monthly ticket, public transport, timetable, bus to, bus times, bus stop, bus from, which bus, train to, regional train
everyday-transport-text =
    With the Deutschlandticket you can travel on all buses and local trains in Germany. It costs 63 euros a month (2026).
    You buy it online or in an app, as a subscription. You can stop it every month.
    Do you get Bürgergeld, AsylbLG or Sozialhilfe? Then ask the Jobcenter or the Sozialamt about a cheaper ticket (Deutschlandticket Sozial).
    Timetables are at the bus stop and in the app DB Navigator.
    For one trip, buy a single ticket (Einzelticket) from the bus driver or in the app. Have small money ready.
everyday-opt-driving = Driving licence
    .typed = driving licence, driving license, drivers license, driver licence, führerschein, fuhrerschein, drive a car
everyday-driving-text =
    A driving licence from a country outside the EU is valid in Germany for 6 months after you come to live here.
    After that you need a German driving licence. Often you must pass the tests again, sometimes only some of them.
    Ask early at the driving licence office (Führerscheinstelle) of Kreis Lippe. Bring your licence and a translation.
    A driving licence from an EU country stays valid.
everyday-opt-holidays = School holidays
    .typed = school holidays, holidays, summer holidays, vacation, school vacation, when are the holidays, ferien
everyday-holidays-text =
    In the holidays (Ferien) there is no school. NRW has holidays in autumn, at Christmas, at Easter and in summer (6 weeks).
    The school tells you the exact days. They are on the internet too: search for “Ferien NRW”.
    Your child must go to school on every school day. Do not travel before the holidays begin: this can cost a fine.
    The Kita is closed on some days too. The Kita tells you these days.
everyday-opt-mould = Mould in the flat
    .typed = mould, mold, damp wall, wet wall, black spots, schimmel
everyday-mould-text =
    Mould (Schimmel) in the flat can make you ill. Act early.
    Open the windows wide 3 to 4 times a day, for 5 to 10 minutes. Heat every room a little.
    Tell your landlord in writing, with the date and photos. Keep a copy.
    The landlord does nothing? The integration office helps you. The tenants' association (Mieterverein) gives advice too (it costs a fee).
everyday-opt-baby = Baby: help and courses
    .typed = baby course, baby group, parent and child group, mother and baby group, playgroup, with a baby, help with a baby, help with the baby, had a baby, newborn, new baby, course for mothers, courses for mothers, birth certificate, register the birth, register my baby, standesamt
    .alone = baby, babies, infant
everyday-baby-text =
    With a baby or a small child you can get help and meet other parents.
    A midwife (Hebamme) visits you at home after the birth. Health insurance pays. Look for one early, when you are pregnant.
    Parent-and-child groups and courses are at the family centre (Familienzentrum) and the family education centre (Familienbildungsstätte). Many are free or cheap. Learning German with a baby: some integration courses look after small children.
    The youth office (Jugendamt) of Kreis Lippe has “Frühe Hilfen”: free help for families with a baby. The integration office tells you where.
    After the birth: the hospital or you register the baby at the registry office (Standesamt) in the first week. You get the birth certificate (Geburtsurkunde). You need it for Kindergeld, for example. Also tell your health insurance and the immigration office (Ausländerbehörde).
everyday-opt-noise = Noise from neighbours
    .typed = noise from neighbours, noise from neighbors, neighbours noise, neighbors noise, loud music, noisy neighbours, noisy neighbors, loud neighbours, loud neighbors, neighbours are loud, neighbors are loud, too loud, quiet hours, ruhezeit
everyday-noise-text =
    In Germany there are quiet hours (Ruhezeiten): at night from 10 pm to 6 am, and all day on Sundays and holidays. The house rules (Hausordnung) say more.
    Your neighbours are often too loud? First talk to them calmly.
    This does not help? Write down when it was loud (day, time, what). Tell your landlord in writing.
    Very loud at night, or you are afraid? Call the police. In danger: 110.
    You too: be quiet in the quiet hours.
everyday-opt-volunteer = Volunteering: help others
    .typed = volunteering, volunteer work, become a volunteer, i want to volunteer, want to volunteer, how can i volunteer
    .alone = ehrenamt
everyday-volunteer-text =
    You want to help others yourself? This is called Ehrenamt. You work freely and without pay, for example in a sports club, at the food bank (Tafel), in a church or mosque, or at the volunteer fire brigade (Freiwillige Feuerwehr).
    You meet people and practise German.
    Volunteering without money is allowed, also with Aufenthaltsgestattung or Duldung.
    You get money for it? Then ask the immigration office (Ausländerbehörde) first. Tell the Jobcenter or the Sozialamt too.
    The integration office knows clubs and groups in Kalletal.
everyday-opt-religion = Mosque, church, faith
    .typed = mosque, mosques, masjid, pray, prayer, friday prayer, prayer room, imam, church service, priest, pastor
    .alone = church, churches
everyday-religion-text =
    In Germany you may live your faith freely. The Basic Law (Grundgesetz) says so.
    There are churches in many villages. Mosques and other communities are often in the larger towns nearby.
    The integration office can tell you where.
everyday-opt-sports = Sports club
    .typed = sports club, sport club, football club, soccer club, play football, play soccer, swimming lessons, swimming course, learn to swim, sport for children, sports for kids, sports group
    .alone = club, sport, sports
everyday-sports-text =
    In a sports club (Sportverein) children and adults do sport together, for example football, gymnastics or swimming. You make friends and learn German.
    A club usually costs a small fee each month.
    Do you get Bürgergeld, AsylbLG, Wohngeld or Kinderzuschlag? Then "Bildung und Teilhabe" pays up to 15 euros a month for a club for children under 18. Ask the Jobcenter or the Sozialamt.
    The integration office knows the clubs in Kalletal.
everyday-opt-internet = Internet and Wi-Fi
    .typed = wifi, wi-fi, wlan, free wifi, free wi-fi, free internet, hotspot, internet at home, internet contract, router
    .alone = internet
everyday-internet-text =
    Free Wi-Fi (WLAN) is often in libraries, cafés, trains and stations. Ask there for the password.
    Homes for refugees often have Wi-Fi. Ask the staff.
    Internet at home: you sign a contract, often for 24 months. Read it carefully. A cheap phone plan with a lot of data is often enough.
    On open Wi-Fi: do not type passwords or bank details.
everyday-opt-shopping = Cheap shopping
    .typed = supermarket, cheap shop, cheap food, cheap shopping, shop cheap, groceries, discount store, lidl, netto, penny, halal, halal meat, food bank, tafel, second hand, secondhand, used furniture, cheap clothes, flea market, furniture, cheap furniture, clothes, clothing, winter jacket, winter clothes
everyday-shopping-text =
    Discount stores like Aldi, Lidl, Netto and Penny are often the cheapest.
    Halal meat is often sold in Turkish or Arabic shops in the towns nearby.
    Little money? At the food bank (Tafel) you get food for little money. You need proof, for example the letter from the Jobcenter or the Sozialamt.
    Clothes and furniture are cheap at clothing stores for people in need (Kleiderkammer), social department stores (Sozialkaufhaus) and flea markets.
    On Sundays the shops are closed.
    The integration office can tell you where to find these in Kalletal.
everyday-opt-services = Post, library and hairdresser
    .typed = post office, send a parcel, send a package, parcel, parcels, package abroad, stamp, stamps, dhl, deutsche post, library, borrow books, books in german, hairdresser, barber, barbershop, haircut, cut my hair, friseur, bücherei, bibliothek
everyday-services-text =
    At the post office (Post) you send letters and parcels, also to other countries. Ask at the counter if they send to your country. Bring the full address.
    Many supermarkets and kiosks have a post counter or sell stamps (Briefmarken).
    At the library (Bücherei) you borrow books for free or for little money. There are books to learn German and books for children.
    At the hairdresser (Friseur) you often make an appointment first. The prices are written at the door or in the window.
    The integration office can tell you where to find these in Kalletal.
