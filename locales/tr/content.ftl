# Kompass Kalletal: the texts of flows/kalletal.toml.
# Keep the ids. Short sentences, plain words (about CEFR A2), one question per message.
# Addresses and contact details are sample data: check them before going live.
# Turkish: machine-assisted draft, not yet reviewed by a native speaker (docs/translations.md).

## Institutions (what newcomers read)
inst-buergerbuero = Kalletal Vatandaş Bürosu (Bürgerbüro)
inst-auslaenderbehoerde = Kreis Lippe Yabancılar Dairesi (Ausländerbehörde)
inst-sozialamt = Kalletal Sosyal Yardım Dairesi (Sozialamt)
inst-jobcenter = Jobcenter Lippe
inst-integrationsbuero = Kalletal Uyum Bürosu (Integrationsbüro)

## Documents to bring
doc-passport = Pasaport veya kimlik kartı (her kişi için)
doc-landlord-confirmation = Ev sahibi onayı (Wohnungsgeberbestätigung)
    .what = Ev sahibi onayı (Wohnungsgeberbestätigung) ev sahibinizden bir belgedir. Eve taşındığınızı gösterir. Ev sahibiniz bunu size vermek zorundadır. Adres kaydı için buna ihtiyacınız var.
doc-rental-contract = Kira sözleşmesi (Mietvertrag)
    .what = Kira sözleşmesi (Mietvertrag) ev sahibinizle yaptığınız sözleşmedir. Ne kadar kira ödediğinizi ve ne zamandan beri evde oturduğunuzu gösterir.
doc-family-certificates = Doğum belgeleri ve evlilik belgesi, varsa
doc-residence-permit = Oturum izni (Aufenthaltstitel) veya başka bir oturum belgesi (örneğin Aufenthaltsgestattung veya Duldung)
doc-biometric-photo = Bir adet biyometrik vesikalık fotoğraf
doc-registration-certificate = Adres kayıt belgesi (Meldebescheinigung)
    .what = Adres kayıt belgesi (Meldebescheinigung) Vatandaş Bürosundan (Bürgerbüro) bir belgedir. Nerede oturduğunuzu gösterir. Adresinizi kaydettirince alırsınız.
doc-income-proof = Gelir belgesi, örneğin maaş bordroları
doc-job-offer = İş teklifi veya iş sözleşmesi, varsa
doc-bank-statements = Son 3 ayın banka hesap dökümleri
doc-office-letters = Başvurunuzla ilgili resmî dairelerden gelen mektuplar
doc-certificates = Okul, meslek eğitimi ve iş belgeleri
doc-child-birth-certificate = Çocuğun doğum belgesi
doc-child-vaccination = Çocuğun aşı kartı (kreş için: kızamık aşısı belgesi)
doc-child-school-reports = Çocuğun eski karneleri, varsa

## Main menu
main-text =
    Kompass Kalletal'e hoş geldiniz!
    Kalletal'deki ilk adımlarınızda size yardım ediyorum.
    Başvurunuzu doğru daireye de gönderebilirim.
    Neye ihtiyacınız var?
    .again = Neye ihtiyacınız var?
main-opt-register = Adresinizi kaydettirin
    .typed = adres kayd, adres değişikl, ikamet kayd, ikametgah, ev sahibi onay, taşınd, buraya kayıt, kayıt olmam, kayıt yaptır, nerede kayıt, kayıt olcam, kayıt olacağım, kayit olcam, kayıt olmak, nereye kayıt, kaydettir, ailemi kaydet, aile kaydı, aile kaydi
main-opt-immigration = Oturum ve çalışma izni
    .typed = oturum, yabancılar dair, vize, vatandaşlık, aile birleşim, ailemi getir, eşimi getir, çocuklarımı getir
    .alone = mülteci, mülteciyim
main-opt-benefits = Sosyal yardımlar
    .typed = sosyal yardım, sosyal destek, maddi yardım, para yardımı, paraya ihtiyac, para lazım, para lazim, paraya ihtiyacım, param yok, para gerek, param bitti, param kalmadı, param kalmadi, para yok, paramız yok, yemek yok, yiyecek yok, yiyecek alamıyorum, yemek alamıyorum
main-opt-jobcenter = Jobcenter ve iş
    .typed = çalışmak, işsiz, işçi, iş lazım, iş merkezi, is merkezi, kovuldum, işten çıkarıldım, işten atıldım, işimi kaybettim, isimi kaybettim, jobcentra, jobcentera, jobcentere, jobsenter
main-opt-german = Almanca kursları
    .typed = almanca kurs, almanca öğren, almanca ders, dil kurs, dil okul, kurs
main-opt-school = Okul ve kreş
    .typed = çocuk bakım
main-opt-health = Sağlık
    .typed = sağlık, hasta, tedavi, hamile, ağrı
main-opt-housing = Konut
    .typed = konut, kira, barınma, toplu konaklama, ev sahib, ev lazım, ev lazim, ev arıyorum, ev ariyorum, eve ihtiyac
main-opt-counselling = Danışmanlık
    .typed = danış, biriyle konuş, biriyle görüş
    .alone = mektup, mektub, resmi yazı, form, dilekçe, evrak, kağıt geldi, fatura, ödeme hatırlatma, ceza, reddedildi, red cevabı
    .unless = göndermek, göndereyim, gönderebilir, yollamak, postala, ehliyet, yazıcı
main-opt-emergency = Acil durum
    .typed = acil durum, acil servis, ambulans, polis, itfaiye, yangın, kazası, kaza geçir, şiddet, intihar, tehdit, dövüyor, dövdü, dövüy, dayak, nefes almıyor, nefes alamıyor, bayıldı, bilinci kapalı, kanama, ölmek istiyorum, kalp krizi, zehirlen, çok hasta, sos, öldürmek, öldürecek, öldürüyor, beni öldür, bıçakla, silah, tabanca, takip ediyor, eve girdi, tecavüz, kaçırdı, evime girdi, evimize girdi, zorla girdi, hırsız girdi, kocamdan korkuyorum, karısını dövüyor, duman, gaz kokusu, gaz kaçağı, zehir, çamaşır suyu içti, hırsız, bıçağı var, bıçak var, kanıyor, kan kaybediyor, kan akıyor, yangın çıktı, alev aldı, bana vurdu, kanı durmuyor, kan durmuyor, kadın sığınma evi, sığınma evi, kadın sığınağı, sığınak, havale geçir, nöbet geçir, kasılma, uyanmıyor, nefes alamıyor, zor nefes alıyor, nefes darlığı, kolum kırıldı, bacağım kırıldı, ayağım kırıldı, elim kırıldı, kolu kırıldı, bacağı kırıldı, ayağı kırıldı, kemik kırıldı, kırık var
    .calm = polis, ambulans, itfaiye
    .cry = imdat, yardım edin
    .exact = yangın yangın
    .unless = itfaiyeci, itfaiyede
    .lasting = şiddet, tehdit, dövüyor, dövdü, dayak, tecavüz, kocamdan korkuyorum, bana vurdu, beni öldür, takip ediyor
opt-office-where = Adres ve açılış saatleri
    .typed = açılış saatleri, çalışma saatleri, mesai saatleri, dairelerin adresleri, ne zaman açık, kaçta açık, saat kaçta, açılıyor, belediye nerede, belediye binası nerede, belediye ne zaman açık, belediyenin adresi, belediye açık mı, belediye yarın açık, belediye bugün açık, yarın açık mı, bugün açık mı, açık mı, cumartesi açık, pazar açık, hafta sonu açık, rathaus nerede, rathaus ne zaman açık
    .beside = açık
offices-text =
    Burada daireleri bulursunuz: nerede olduklarını ve ne zaman açık olduklarını.
    Birçok daire sizinle sadece randevuyla görüşür. Burada sohbette randevu isteyebilirsiniz: menüde daireyi seçin.
office-where-text =
    Burada daire var: nerede olduğu ve ne zaman açık olduğu.
    Birçok daire sizinle sadece randevuyla görüşür. Lütfen önce burada randevu isteyin.

## Registering your address
register-text =
    Kalletal'e mi taşındınız? O zaman adresinizi kaydettirmeniz gerekir.
    Taşındıktan sonra 2 haftanız var.
    Nerede: Kalletal-Hohenhausen'deki belediye binasında (Rathaus), Vatandaş Bürosunda (Bürgerbüro).
    Getirin: pasaportunuz veya kimlik kartınız ve ev sahibi onayı (Wohnungsgeberbestätigung). Bunu size ev sahibiniz verir.
    Ev sahibi bu belgeyi size vermiyor mu? Bürgerbüro'ya söyleyin. Ev sahibi bu belgeyi vermek zorundadır.
    Kayıt ücretsizdir. Bir adres kayıt belgesi (Meldebescheinigung) alırsınız. İyi saklayın: birçok daire bu belgeyi ister.
    Zaten kayıtlı mısınız ve sadece yeni bir Meldebescheinigung mu lazım? Pasaportunuzla Bürgerbüro'ya gidin. Yeniden kayıt olmanız gerekmez.
    Lütfen randevu isteyin. Başvurunuzu Vatandaş Bürosuna gönderebilirim.
register-opt-form = Randevu iste
    .typed = randevu, randevu almak, randevu istiyorum
register-form-title = Adres kaydı
register-form-intro =
    Vatandaş Bürosu (Bürgerbüro) için size birkaç soru soracağım.
    Lütfen pasaportunuzu hazır tutun.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.

## Immigration office
immigration-text =
    Kalletal için Yabancılar Dairesi (Ausländerbehörde) Detmold'da, Kreis Lippe'dedir.
    Oturum izinlerini ve çalışma izinlerini bu daire verir.
    Ne öğrenmek istiyorsunuz?
immigration-opt-permit = Oturum izni
    .typed = oturum izni, oturum izin, oturma izni, oturma iznim, oturma izin, ikamet izni, ikamet izin, ikamet, ikamet kart, kartım bitiyor, kartim bitiyor, kartim bitiyo, oturum kart, oturum uzat, süresiz oturum, kalıcı oturum, mavi kart, süresi doldu, oturum bitti, oturumum bitti, oturumum bitiyor, oturumumun süresi
immigration-opt-fiktion = Fiktionsbescheinigung
    .typed = geçici belge, fiksiyon
immigration-opt-work = Çalışma izni
    .typed = çalışma izni, çalışma izin, çalışabil, duldung iş, işe girebil
immigration-opt-lost = Pasaport veya kart kayıp
    .typed = kaybettim, kaybol, kayboldu, kayıp, çalındı, çaldılar, hırsız, oturum kartımı kaybettim, oturum kartı kayboldu, oturum iznimi kaybettim, oturum kartım çalındı
immigration-opt-form = Yabancılar Dairesine yazın
    .typed = Yabancılar Dairesine yazmak, Yabancılar Dairesine yazayım, Yabancılar Dairesine mesaj, Yabancılar Dairesine yaz, Yabancilar Dairesine yaz, Ausländerbehörde'ye yaz, Auslanderbehordeye yaz
immigration-opt-asylum = İltica reddi
    .typed = iltica reddi, iltica reddedildi, iltica başvurum reddedildi, sığınma başvurusu reddedildi, iltica avukatı, iltica davası, iltica mahkemesi
immigration-asylum-text =
    BAMF'tan (Federal Göç ve Mülteciler Dairesi) ilticanızla ilgili bir mektup mu aldınız?
    İltica başvurunuz reddedildi mi? Buna karşı mahkemeye dava açabilirsiniz (Klage).
    Süre kısadır: çoğu zaman mektup geldikten sonra sadece 1 veya 2 hafta. Mektupta ne kadar olduğu yazar.
    Beklemeyin. Bugün bir mülteci danışmanlığına veya bir göç hukuku avukatına (Fachanwalt für Migrationsrecht) gidin.
    Mektubu ve zarfını yanınıza alın. Danışmanlık ücretsizdir. Avukat paralıdır: masraflar için yardımı danışmanlığa sorun.
    Uyum Bürosu size nereye gideceğinizi söyler. Adresi ve açılış saatleri aşağıda.
immigration-permit-text =
    Oturum izninizin (Aufenthaltstitel) bir bitiş tarihi var. Kartınıza bakın.
    Yenisi için erken başvurun: bitiş tarihinden 6–8 hafta önce.
    6 haftadan az mı kaldı? Hemen şimdi başvurun. Beklemeyin.
    Süre doldu mu? Hemen Yabancılar Dairesi ile iletişime geçin, telefonla veya e-postayla. Beklemeyin.
    Getirin: pasaport, oturum izni, bir biyometrik fotoğraf ve adres kayıt belgeniz. Bazen gelir belgesi de gerekir.
    Yeni kart ücretlidir. Ne kadar olduğunu daire size söyler.
    Kartınız kayboldu mu veya çalındı mı? Hemen polise ve Yabancılar Dairesine bildirin.
immigration-fiktion-text =
    Yeni oturum izni için zamanında başvurdunuz, ama daire henüz karar vermedi mi?
    O zaman bir Fiktionsbescheinigung alırsınız. Bu belge Almanya'da kalabileceğinizi gösterir.
    Çalışıp çalışamayacağınız da bu belgede yazar.
    Pasaportunuzla birlikte saklayın. İşvereninize ve diğer dairelere gösterin.
    Bunun da bir bitiş tarihi var. Zamanında daireye tekrar sorun.
immigration-work-text =
    Çalışmak mı istiyorsunuz? Oturum belgenize bakın. Çalışıp çalışamayacağınız orada yazar.
    “Erwerbstätigkeit erlaubt” şu demektir: çalışabilirsiniz.
    Aufenthaltsgestattung veya Duldung belgeniz var mı? O zaman her iş için bir izin (Beschäftigungserlaubnis) gerekir.
    İşe başlamadan önce başvurun. Pasaportunuzu, oturum belgenizi ve işverenin iş teklifini getirin.
    İzinsiz çalışmayın. Bu, oturumunuz için sorun çıkarabilir.
immigration-lost-text =
    Pasaportunuzu veya oturum izninizi mi kaybettiniz? Ya da çalındı mı?
    Önce polise gidin. Orada kaybı gösteren bir belge alırsınız.
    Yeni kartı (oturum izni) Yabancılar Dairesinden alırsınız. Polisin belgesini ve biyometrik bir fotoğraf getirin. Kart ücretlidir.
    Yeni pasaportu ülkenizin büyükelçiliğinden alırsınız.
    Mülteci olarak tanındınız mı? O zaman büyükelçiliğe gitmeyin. Önce Yabancılar Dairesine sorun.
immigration-form-title = Oturum ve çalışma izni
immigration-form-intro =
    Yabancılar Dairesi (Ausländerbehörde) için size birkaç soru soracağım.
    Lütfen pasaportunuzu ve oturum belgenizi hazır tutun.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.

## Social benefits
benefits-text =
    Kalletal Sosyal Yardım Dairesi (Sozialamt) Hohenhausen'deki belediye binasındadır (Rathaus).
    Yaşamak için yeterli parası olmayan insanlara yardım eder.
    Ne öğrenmek istiyorsunuz?
benefits-opt-asylblg = Sığınmacılar (AsylbLG)
    .typed = sığınmacı, iltica eden, mülteci yardım
benefits-opt-wohngeld = Wohngeld (kira yardımı)
    .typed = kira yardım, konut yardım, kira destek, kira desteğ, kirayı ödeye, kira öde
benefits-opt-kindergeld = Kindergeld (çocuk parası)
    .typed = çocuk paras, çocuk yardım
benefits-opt-form = Sosyal Yardım Dairesine yazın
    .typed = Sosyal Yardım Dairesine yazmak, Sosyal Yardım Dairesine yazayım, Sosyal Yardıma yazmak, Sozialamt'a yazmak, Sozialamta yazmak, Sosyal Yardım Dairesine mesaj, Sosyal Yardım Dairesine yaz, Sozialamt'a yaz, Sozialamta yaz
benefits-asylblg-text =
    Sığınmacı mısınız ya da Duldung belgeniz var mı? O zaman Kalletal Sosyal Yardım Dairesinden (Sozialamt) para alırsınız.
    Bu yasanın adı Asylbewerberleistungsgesetz (AsylbLG).
    Bu para yemek, giyim ve günlük ihtiyaçlar içindir. Sosyal Yardım Dairesi konut ve ısınma masraflarını da öder.
    Getirin: oturum belgeniz (örneğin Ankunftsnachweis veya Aufenthaltsgestattung) ve varsa pasaportunuz.
    Bir şey değişince Sosyal Yardım Dairesine hemen bildirin: bir iş, yeni bir adres, bir bebek.
    Lütfen randevu isteyin.
benefits-wohngeld-text =
    Wohngeld kiranız için paradır. Geliri az olan insanlar içindir, örneğin işten veya emekli maaşından.
    Bürgergeld veya AsylbLG alıyorsanız Wohngeld almazsınız. Bunlar konut masraflarınızı zaten öder.
    Hohenhausen'deki belediye binasına (Rathaus) sorun. Size formu verirler ve yardım ederler.
    Getirin: kira sözleşmesi, evinizdeki herkesin gelir belgesi, pasaport ve oturum izni.
    Wohngeld başvurduğunuz aydan itibaren başlar. Bu yüzden erken başvurun.
benefits-kindergeld-text =
    Kindergeld çocuklarınız için paradır. Genellikle çocuk 18 yaşına kadar, bazen daha uzun.
    Başvuru belediyeye değil, Familienkasse'ye yapılır. İnternetten veya mektupla başvurabilirsiniz.
    Sizin ve çocuğunuzun vergi numarası (Steuer-ID) gerekir. Adresinizi kaydettirdikten birkaç hafta sonra mektupla gelir.
    Her oturum izni Kindergeld hakkı vermez.
    Sorunuz mu var? Familienkasse'yi arayın: 0800 4 5555 30 (ücretsiz arama).
benefits-kindergeld-opt-help = Başvuru için yardım alın
benefits-form-title = Sosyal yardımlar
benefits-form-intro =
    Sosyal Yardım Dairesi (Sozialamt) için size birkaç soru soracağım.
    Lütfen oturum belgenizi hazır tutun.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.

## Job centre
jobcenter-text =
    Jobcenter Lippe, çalışabilen ama yeterli parası olmayan insanlara yardım eder.
    Bürgergeld (geçim yardımı) öder ve iş veya meslek eğitimi bulmanıza yardım eder.
    Mülteci olarak oturum izni mi aldınız? O zaman genellikle Sosyal Yardım Dairesi değil, Jobcenter sizden sorumludur.
    İşinizi mi kaybettiniz? Hemen, en geç 3 gün içinde İş Ajansı'na (Agentur für Arbeit) iş arayan olarak kaydolun. Bürgergeld alıyor musunuz? Jobcenter'a da söyleyin.
    Ne öğrenmek istiyorsunuz?
jobcenter-opt-buergergeld = Bürgergeld
    .typed = vatandaş paras, vatandaş gelir, bafög, jobcenter para
    .alone = öğrenci, üniversite, üniversitede, ogrenci, universite
jobcenter-opt-jobsearch = İş bulmak
    .typed = iş bulmak, iş arıyor, iş arama, iş ilan, iş başvuru, meslek eğitim, staj, özgeçmiş
jobcenter-opt-form = Jobcenter'a yazın
    .typed = Jobcenter'a yazmak, Jobcentera yazmak, Jobcenter'a yazayım, Jobcenter'a mesaj, Jobcentera yaz, Jobcentere yaz, Jobcenter'e yaz, Jobcentra yaz, Jobcenter yaz, Jobcentere yazmak, Jobcentere mesaj, Jobcentere yazin, Jobcentera yazin, Jobcentra yazin, Jobcenter'e yazın, Jobcentere yazın
jobcenter-buergergeld-text =
    Bürgergeld geçim, kira ve ısınma için paradır.
    15 yaşından itibaren çalışabilen insanlar ve aileleri içindir.
    Erken başvurun: Bürgergeld ancak başvurduğunuz aydan itibaren başlar.
    İnternetten jobcenter.digital adresinden veya Jobcenter'da başvurabilirsiniz.
    Getirin: pasaport, oturum izni, adres kayıt belgesi, kira sözleşmesi, son 3 ayın banka hesap dökümleri, gelir belgesi.
    Para gelmedi mi? Jobcenter'ı arayın veya yazın, müşteri numaranızla (Kundennummer). Yemek için paranız kalmadı mı? Avans (Vorschuss) isteyin.
    Jobcenter'dan gelen her mektubu hemen açın. Mektuptaki tarihlere uyun.
    Üniversitede mi okuyorsunuz? O zaman çoğunlukla Bürgergeld değil, BAföG (www.bafög.de) alırsınız. Sizin için bir istisna olup olmadığını Jobcenter'a sorun.
jobcenter-jobsearch-text =
    Jobcenter iş, meslek eğitimi veya kurs bulmanıza yardım eder.
    Size bir danışman verilir. Ona ne öğrendiğinizi ve hangi işleri yaptığınızı anlatın.
    Okul, meslek eğitimi ve iş belgelerinizi getirin, kendi dilinizde olanları da. Almanya'da tanınıp tanınamayacaklarını sorun (Anerkennung).
    İş ilanlarını jobsuche.arbeitsagentur.de adresinde bulursunuz.
    Bir işe başlamadan önce oturum belgenizin çalışmaya izin verdiğini kontrol edin.
jobcenter-jobsearch-opt-permit = Çalışabilir miyim?
jobcenter-form-title = Bürgergeld ve iş
jobcenter-form-intro =
    Jobcenter için size birkaç soru soracağım.
    Lütfen oturum belgenizi ve Jobcenter'dan gelen mektupları hazır tutun.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.

## German courses
german-text =
    Almanca günlük hayatta, işte ve okulda size yardım eder.
    Yetişkinler için ücretsiz veya ucuz kurslar var.
    Ne öğrenmek istiyorsunuz?
german-opt-integration = Uyum kursu
    .typed = uyum kurs, entegrasyon kurs, oryantasyon kurs
german-opt-other = Diğer kurslar
    .typed = online kurs, dil kafe, konuşma kulüb, halk eğitim
opt-ask-integration-office = Uyum Bürosuna sorun
    .typed = büroya sor, büroya sorun, ofise sor, ofise sorun
german-integration-text =
    Uyum kursu (Integrationskurs) en önemli Almanca kursudur. BAMF'tan (Federal Göç ve Mülteciler Dairesi) gelir.
    İçinde bir dil kursu ve Almanya'daki hayat hakkında kısa bir kurs var. Sonunda sınavlar var.
    Bir katılım belgesi (Berechtigungsschein) gerekir. Bunu Yabancılar Dairesinden veya Jobcenter'dan alırsınız. BAMF'a da sorabilirsiniz.
    Bürgergeld veya AsylbLG alıyorsanız kurs genellikle ücretsizdir. Diğerleri küçük bir kısmını öder.
    Size yakın bir kurs bulun: bamf-navi.bamf.de. Bazen otobüs bileti için para alırsınız. Kurs okuluna sorun. Küçük çocuğunuz mu var? Bazı uyum kursları, siz öğrenirken küçük çocuklara bakar (Kinderbeaufsichtigung). Ebeveynler ve kadınlar için de kurslar var. Kurs okuluna sorun.
german-other-text =
    Bir uyum kursu mu bekliyorsunuz? Ya da uyum kursuna katılamıyor musunuz? Başka kurslar da var.
    Halk eğitim merkezinde (Volkshochschule, VHS) Almanca kursları var. Kalletal'e hangi VHS'nin yakın olduğunu Uyum Bürosuna sorun.
    Birçok yerde gönüllüler, Almanca konuşmak için yeni gelenlerle buluşur.
    İnternetten ücretsiz öğrenin: vhs-lernportal.de, learngerman.dw.com veya “Einstieg Deutsch” uygulaması.

## School and day care
school-text =
    Almanya'da okul ücretsizdir. Kreş (Kita) az para tutar veya ücretsizdir.
    Ne öğrenmek istiyorsunuz?
school-opt-school = Okul
    .typed = okul, ilkokul, ortaokul, lise, okula kayıt, okula kaydet, okula yazdır
school-opt-kita = Kreş (Kita)
    .typed = kreş, anaokul, çocuk yuva
school-school-text =
    Almanya'da bütün çocuklar okula gitmek zorundadır (Schulpflicht). Okul yaklaşık 6 yaşında başlar.
    Bu, Almanya'ya yeni gelen çocuklar için de geçerlidir.
    Geldikten kısa süre sonra çocuğunuzu bir okula kaydettirin. Getirin: pasaport, adres kayıt belgesi ve varsa eski karneler.
    Detmold'daki Kommunales Integrationszentrum Lippe, yeni gelen çocuklar için doğru okulu bulmaya yardım eder.
    Okul ücretsizdir. Okul eşyaları, geziler ve öğle yemeği için yardım var: “Bildung und Teilhabe” hakkında sorun.
school-kita-text =
    Kita, 1 yaşından okula kadar çocuklar için kreştir. 1 yaşından itibaren her çocuğun bir yer hakkı vardır.
    Erken kaydettirin. Çoğu zaman bekleme listesi vardır.
    Köyünüzdeki bir Kita'ya veya Kreis Lippe Gençlik Dairesine (Jugendamt) sorun.
    Başka bir seçenek de çocuk bakıcısıdır (Tagesmutter veya Tagesvater).
    Ücret gelirinize bağlıdır. NRW'de okuldan önceki son 2 yıl ücretsizdir.
    Çocuğunuz Kita'da Almanca öğrenir.

## Health
health-text =
    Gece ve hafta sonu: nöbetçi doktor için 116117'yi arayın.
    Hayati tehlike: 112'yi arayın.
    Almanya'da herkesin sağlık sigortası olması zorunludur.
    Ne öğrenmek istiyorsunuz?
health-opt-insurance = Sağlık sigortası
    .typed = sağlık sigorta, hastalık sigorta, sağlık kart, sigorta kart, sigorta şirket
health-opt-card = AsylbLG ile tedavi
    .typed = tedavi belge, doktor kağıdı
health-opt-doctor = Doktor bulmak
    .typed = doktor, hekim, dişçi, eczane, ilaç, ateş, ateşi, diş ağrısı, dişim ağrıyor, dişim, zekam, nezle, grip, öksürük, öksürüyorum, boğaz ağrısı
health-opt-pregnancy = Hamilelik ve doğum
    .typed = hamile, hamilelik, gebe, gebelik, ebe, doğum, kadın doktoru, jinekolog
health-insurance-text =
    Almanya'da sağlık sigortası (Krankenversicherung) zorunludur.
    İşiniz varsa: işvereniniz sizi kaydettirir. Bir sağlık sigortası şirketi (Krankenkasse) seçersiniz, örneğin AOK, TK veya Barmer.
    Bürgergeld alıyorsanız: sigortayı Jobcenter öder. Siz de bir Krankenkasse seçersiniz.
    Krankenkasse size bir sağlık kartı (Gesundheitskarte) gönderir. Her doktor ziyaretine götürün.
    Geliri olmayan çocuklar ve eşler çoğu zaman sizinle birlikte ücretsiz sigortalıdır (Familienversicherung).
    Sağlık kartınızı mı kaybettiniz? Krankenkasse'nizi arayın. Yeni bir kart gönderirler, o zamana kadar da doktor için bir belge.
health-card-text =
    Sosyal Yardım Dairesinden (Sozialamt) para mı alıyorsunuz (AsylbLG)? O zaman hasta olduğunuzda veya ağrınız olduğunda Sosyal Yardım Dairesi öder.
    Doktora gitmeden önce Sosyal Yardım Dairesinden bir tedavi belgesi (Behandlungsschein) almanız gerekebilir. Bazı insanlar bunun yerine bir sağlık kartı alır.
    Sizin için hangisinin doğru olduğunu Sosyal Yardım Dairesine sorun.
    Acil durumda hemen bir doktora veya hastaneye gidin ya da 112'yi arayın.
    Hamilelik kontrolleri ve aşılar da ödenir.
health-doctor-text =
    Gece ve hafta sonu: nöbetçi doktor için 116117'yi arayın.
    Gece veya hafta sonu diş ağrısı: 01805 986700'ü arayın (nöbetçi diş hekimi).
    Hayati tehlike: 112'yi arayın.
    Önce bir aile doktoruna (Hausarzt) gidin. Gerekirse aile doktoru sizi bir uzmana gönderir.
    Çocuklar çocuk doktoruna (Kinderarzt) gider.
    Diş ağrısında doğrudan diş hekimine (Zahnarzt) gidin.
    Sağlık kartınız varsa doğrudan kadın doktoruna (Frauenarzt) da gidebilirsiniz.
    Muayenehaneyi arayın ve randevu isteyin. Sağlık kartınızı veya Behandlungsschein belgenizi getirin.
    Doktor bulamıyor musunuz? 116117'yi arayın. Randevu bulmanıza yardım ederler.
    İlaçları eczaneden (Apotheke) alırsınız. Gece her zaman açık bir nöbetçi eczane vardır. Hangisi olduğu her eczanenin kapısında yazar. Ya da 0800 00 22833 numarasını arayın.
    Sizin dilinizi konuşan bir doktor: www.116117.de adresinde arayın (Arztsuche, "Fremdsprache" filtresi). Çeviri yapacak birini de yanınızda getirebilirsiniz.
    İlaçlar için genellikle 5 ile 10 euro arasında ödersiniz (Zuzahlung). 18 yaşından küçük çocuklar ödemez.
health-pregnancy-text =
    Siz ya da eşiniz hamile misiniz? Erkenden bir kadın doktoruna (Frauenärztin veya Frauenarzt) gidin. Orada Mutterpass (anne kartı) ve düzenli kontroller alırsınız.
    Ebe (Hebamme) doğumdan önce ve sonra size yardım eder, evde de. Erkenden bir ebe arayın.
    Sağlık sigortası bunu öder. AsylbLG ile Sozialamt'tan bir Behandlungsschein gerekir.
    Hamileler için danışmanlık ücretsizdir, örneğin pro familia, Caritas veya Diakonie'de. Orada bebek için para yardımı da var.
    Şiddetli ağrı, kanama veya doğum başladı mı? 112'yi arayın.

## Housing
housing-text =
    Burada Kalletal'de oturmakla ilgili yardım bulursunuz.
    Ne öğrenmek istiyorsunuz?
housing-opt-search = Ev bulmak
    .typed = ev arıyor, ev arama, ev bulmak, ev kirala, kiralık, daire arıyor, konut arıyor, konut bulmak, ev bulma
housing-opt-contract = Kira sözleşmesi
    .typed = kira sözleşme, depozito, yan gider, soğuk kira, sıcak kira
housing-opt-wbs = Wohnberechtigungsschein (WBS)
    .typed = sosyal konut
housing-opt-utilities = Çöp, elektrik ve diğerleri
    .typed = çöp, çöpü, çöpler, atık, elektri, sayaç, yayın ücret
housing-opt-repairs = Bir şey bozuk
    .typed = kalorifer, petek, ısıtma, kombi, ısınmıyor, sıcak su, su sızıntı, su sızıyor, su sızdırıyor, su kaçağı, damlıyor, kapıcı, ev soğuk, evde soğuk, evimiz soğuk, ev sahibi tamir etmiyor, ev sahibi yaptırmıyor, ev sahibi ilgilenmiyor, tamir yapmıyor, tamir etmiyor
housing-opt-arrears = Kira sorunları
    .typed = kirayı ödeyemedim, kirayı ödeyemiyorum, kirayı ödeyemedik, kirayı ödeyemiyoruz, kira ödeyemedim, kira odeyemedim, kira ödeyemiyorum, kira odeyemiyorum, kira ödeyemedik, kira ödeyemiyoruz, kirayı ödemedim, kirayı ödemedik, kira ödemedim, kira ödenmedi, kira borc, kiraya borçlu, ev sahibine borç, ev sahibine borcum, kira gecik, kirayı geciktirdim, tahliye, evden çıkarıyor, evden çıkardı, evden çıkaracak, evden çıkarmak, bizi evden çıkar, evden atıyor, evden atacak, evden attı, evden atmak, bizi evden atıyor, kapı dışarı, kira sözleşmesi fesh, kira sözleşmesi fesih, ev sahibi kündigung, kündigung ev sahibi, kira artışı, kira artisi, kirayı artırdı, kirayi artirdi, kira zammı, kira zammi
housing-opt-homeless = Kalacak yer yok
    .typed = evsiz, kalacak yer yok, kalacak yerim yok, kalacak yerimiz yok, uyuyacak yer yok, uyuyacak yerimiz yok, ev yandı, evimiz yandı, ev yandi, evimiz yandi, daire yandı, dairemiz yandı, sokakta kalıyoruz, sokakta yatıyoruz, acil barınma, yatacak yer, yatacak yerimiz yok, yatacak yerim yok, evsizim, sokakta uyuyorum, sokakta uyuyoruz, sokakta yatıyorum, sokakta kalıyorum
housing-search-text =
    Evleri gazetede, internette (örneğin Kleinanzeigen veya ImmoScout24) arayın ve tanıdıklarınıza sorun.
    Bürgergeld veya AsylbLG mi alıyorsunuz? İmzalamadan önce Jobcenter'a veya Sosyal Yardım Dairesine sorun. Kiranın çok yüksek olmadığını kontrol ederler.
    Evi görmeden ve sözleşmeniz olmadan asla para ödemeyin.
    Sosyal konut için bir Wohnberechtigungsschein (WBS) gerekir.
    Jobcenter ya da Sozialamt evinizin çok pahalı olduğunu mu söylüyor? Çoğu zaman 6 ayınız var. Onlara neden taşınamadığınızı yazın (örneğin çocuklar, hastalık). Ev aramanızla ilgili her şeyi saklayın.
housing-contract-text =
    Kira sözleşmesini (Mietvertrag) imzalamadan önce okuyun. Birinden yardım isteyin.
    Kaltmiete, ısınma ve diğer masraflar olmadan kiradır. Warmmiete, ısınma ve diğer masraflarla (Nebenkosten) birlikte kiradır.
    Depozito (Kaution) en fazla 3 aylık Kaltmiete kadardır.
    Taşındıktan sonra ev sahibiniz size ev sahibi onayını (Wohnungsgeberbestätigung) verir.
    Bununla 2 hafta içinde adresinizi kaydettirin.
housing-wbs-text =
    Wohnberechtigungsschein (WBS), sosyal konut için bir belgedir. Oradaki kira daha düşüktür.
    Geliriniz azsa bu belgeyi alabilirsiniz.
    Nereye başvuracağınızı Hohenhausen'deki belediye binasına (Rathaus) sorun.
    Getirin: pasaport, oturum izni ve evinizdeki herkesin gelir belgesi.
    Sosyal konut azdır. Başka evler aramaya da devam edin.
housing-utilities-text =
    Çöp: lütfen ayırın. Sarı çöp kutusu veya torba: ambalaj. Mavi çöp kutusu: kâğıt. Gri çöp kutusu: diğer çöpler. Cam, cam konteynerlerine gider.
    Çöp takvimi (Abfallkalender), çöp kutularının ne zaman boşaltıldığını gösterir. Ev sahibinize veya belediyeye (Rathaus) sorun.
    Elektrik: taşınınca bir elektrik şirketine kaydolun. İlk gün sayaç numarasını ve sayaçtaki rakamı yazın.
    Her ev bir yayın ücreti (Rundfunkbeitrag) öder. Bürgergeld veya AsylbLG alıyorsanız muafiyet için başvurabilirsiniz.
    Gece sessizlik saatleri: 22'den 6'ya kadar.
housing-repairs-text =
    Evinizde bozuk bir şey mi var? Örneğin ısıtma (kalorifer), sıcak su ya da bir pencere?
    Bunu hemen ev sahibinize ya da kapıcıya (Hausmeister) söyleyin. Sonra ev sahibinize yazılı olarak da bildirin, tarihiyle birlikte. Fotoğraf çekin.
    Ev sahibi bunu tamir ettirmek zorundadır. Kirayı kendiliğinizden az ödemeyin. Önce danışmanlık alın.
    Kışın ısıtma yok ve evde küçük çocuklar mı var? Bunun acil olduğunu söyleyin.
    Ev sahibiniz yardım etmiyor mu? Uyum Bürosu (Integrationsbüro) size yardım edebilir. Toplu bir konaklama yerinde (Unterkunft) mi yaşıyorsunuz? Oradaki çalışanlara söyleyin.
housing-arrears-text =
    Kirayla ilgili bir sorun ya da fesih mi var? Beklemeyin. Hızlı hareket edin.
    Ev sahibinizle konuşun. Taksitle ödeyip ödeyemeyeceğinizi sorun. Ne konuda anlaştığınızı yazın.
    Bürgergeld veya AsylbLG alıyor musunuz? Hemen Jobcenter'a veya Sosyal Yardım Dairesine (Sozialamt) söyleyin. Bazen borcu onlar öder, çoğu zaman kredi olarak.
    Geliriniz az mı? Belki Wohngeld (kira yardımı) alabilirsiniz.
    Kira sözleşmesinin feshi (Kündigung) ya da mahkemeden bir mektup (Räumungsklage) mı aldınız? Hemen danışmanlık alın: kiracılar derneğinde (Mieterverein) ya da bir avukattan. Mahkemeye süresi içinde cevap verin.
    Jobcenter ya da Sozialamt borcu kısa sürede öderse, fesih çoğu zaman geçersiz olur.
    Danışmanlık için az paranız mı var? Yerel mahkeme (Amtsgericht) ücretsiz danışmanlık için bir belge verir (Beratungshilfe).
    Ev sahibi daha fazla kira mı istiyor ya da evi kendisi için mi istiyor? Önce kiracılar derneğine (Mieterverein) sorun. Hemen bir şey imzalamayın. Bürgergeld veya AsylbLG alıyor musunuz? Yeni kira mektubunu hemen Jobcenter'a veya Sosyal Yardım Dairesine (Sozialamt) götürün.
    Borç danışmanlığı (Schuldnerberatung) ücretsizdir. Uyum Bürosu (Integrationsbüro) onu bulmanıza yardım eder.
housing-homeless-text =
    Uyuyacak yeriniz yok mu? Belediye size yardım etmek zorunda. Uyumak için bir yer alırsınız.
    Açık olduğunda belediyedeki (Rathaus) Vatandaş Bürosu'na (Bürgerbüro) gidin. Şunu söyleyin: „Ich habe keine Unterkunft.“ (Kalacak yerim yok.)
    Belediye kapalı mı (akşam, gece, hafta sonu)? Polisi arayın: 110. Polis gece için bir yer bulmanıza yardım eder.
    Eviniz yandı mı veya hasar gördü mü? Ev sahibinize söyleyin. Bürgergeld veya AsylbLG alıyor musunuz? Jobcenter'a veya Sosyal Daireye (Sozialamt) de söyleyin.

## Counselling
counselling-text =
    Mektuplar, başvurular veya başka sorular için yardıma mı ihtiyacınız var? Sizin için ücretsiz danışmanlık var.
    Ne öğrenmek istiyorsunuz?
counselling-opt-office = Uyum Bürosu
    .typed = uyum büro, tercüman
counselling-opt-mbe = Yetişkinler için danışmanlık
    .typed = göç danışma, göçmen danışma
counselling-opt-jmd = Gençler için danışmanlık
    .typed = gençlik, gençler
counselling-opt-form = Danışmanlık isteyin
    .typed = doldurmak, doldurma, doldur, form için yardım, randevu
counselling-opt-person = Bir kişiye yazın
    .typed = bir insanla konuşmak, bir insanla konuşmak istiyorum, biriyle konuşmak, görevliyle konuşmak, yetkiliyle görüşmek
counselling-office-text =
    Kalletal belediyesinin Hohenhausen'deki belediye binasında (Rathaus) bir Uyum Bürosu var.
    Yeni gelenlere ilk adımlarda, mektuplarda ve başvurularda yardım eder. Doğru iletişim adreslerini bilir.
    Danışmanlık ücretsizdir. Tercümana ihtiyacınız varsa lütfen bize söyleyin.
    Lütfen randevu isteyin. Başvurunuzu gönderebilirim.
counselling-mbe-text =
    Yetişkinler için göç danışmanlığı (Migrationsberatung für erwachsene Zuwanderer, MBE) 27 yaşından itibaren insanlar içindir.
    Almanca kursları, iş, konut, mektuplar ve başvurularda yardım eder.
    Bunu yardım kuruluşları sunar, örneğin Caritas, Diakonie, AWO veya DRK.
    Ücretsizdir ve gizlidir.
    En yakın adresi Uyum Bürosuna sorun.
counselling-jmd-text =
    Gençlik göç servisi (Jugendmigrationsdienst, JMD) 12 ile 27 yaş arasındaki gençler içindir.
    Okul, meslek eğitimi, iş ve kişisel sorularda yardım eder.
    Ücretsizdir ve gizlidir.
    En yakın adresi Uyum Bürosuna sorun.
counselling-person-text =
    Buradan Uyum Bürosuna yazabilirsiniz.
    Bu sohbette bir kişi Almanca veya bir çeviri programıyla cevap verir.
    Lütfen sağlık bilgilerinizi göndermeyin.
counselling-form-title = Danışmanlık isteği
counselling-form-intro =
    Kalletal Uyum Bürosu (Integrationsbüro) için size birkaç soru soracağım.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.
school-form-title = Kreş veya okul hakkında soru
school-form-intro =
    Kalletal Uyum Bürosu (Integrationsbüro) için size birkaç soru soracağım.
    Önce sizi soracağım. Sonra çocuğunuzu.
    Sonunda her şeyi kontrol edebilirsiniz. Sonra gönderirim.
school-field-place = Konu ne?
label-school-place = Konu
school-opt-place-kita = Kreşte bir yer (Kita)
school-opt-place-school = Okul
school-opt-place-both = Kreş ve okul (birden fazla çocuk)
    .typed = ikisi de, ikisi, her ikisi, kreş ve okul
school-opt-place-other = Başka bir soru
school-field-child-name = Çocuğunuzun adı ne? Lütfen adını ve soyadını Latin harfleriyle (A, B, C …) yazın. Birden fazla çocuğunuz mu var? Buraya bir çocuk yazın. Diğerlerini sonunda yazarsınız.
    .help = Adı çocuğun pasaportundaki veya doğum belgesindeki gibi yazın.
label-child-name = Çocuğun adı
    .typed = çocuğ, çocuk, oğlum, kızım
school-field-child-birth-date = Çocuğunuz ne zaman doğdu? Lütfen tarihi şöyle yazın: 31.12.2020
label-child-birth-date = Çocuğun doğum tarihi
    .typed = çocuğun doğum tarihi, cocugun dogum tarihi, çocuğun doğum günü, oğlumun doğum tarihi, kızımın doğum tarihi, oğlumun doğum günü, kızımın doğum günü, oglumun dogum tarihi, kizimin dogum tarihi
school-field-concern = Başka bir şey söylemek ister misiniz? Örneğin diğer çocuklarınızın adları veya çocuğunuzun ne zamandan beri burada olduğu. Kendi dilinizde yazabilirsiniz. Yoksa “Atla”yı seçin.
school-field-photos = Çocuğunuzun bir belgesi var mı, örneğin doğum belgesi veya eski bir karne? Lütfen fotoğrafını çekip gönderin. Yoksa “Atla”yı seçin.

## Emergencies
emergency-text =
    Acil durum mu? Her telefondan, gece gündüz ücretsiz arayın:
    112 – itfaiye ve ambulans
    110 – polis
    116117 – gece ve hafta sonu nöbetçi doktor, hayati tehlike yoksa
    01805 986700 – gece ve hafta sonu nöbetçi diş hekimi (bu arama ücretli)
    116 016 – şiddet gören kadınlar için yardım, birçok dilde
    0800 111 0 111 veya 0800 111 0 222 – Telefonseelsorge: kriz anında sizi dinleyen biri
    Nerede olduğunuzu ve ne olduğunu söyleyin.
    Acil değil mi? Lippe Polisi (Polizei Lippe): 05231 609-0. Gece gündüz açık en yakın karakol Lemgo'dadır.

## Form questions and labels
field-family-name = Soyadınız nedir? Lütfen pasaportunuzdaki veya kimliğinizdeki gibi, Latin harfleriyle (A, B, C …) yazın.
    .help = Soyadı, aile adınızdır. Pasaportta „Surname“ veya „Name“ satırındadır. Adınızı bundan sonra soracağım.
    .no-document = Pasaportunuz yok mu? Bunu kuruma söyleyeceğim. Lütfen adınızı başka bir belgedeki gibi yazın, örneğin Ankunftsnachweis veya Duldung. Hiç belgeniz yok mu? O zaman adınızı kendiniz nasıl yazıyorsanız öyle yazın.
    .none = Tamam. Daireye soyadınız olmadığını söyleyeceğim.
label-family-name = Soyadı
    .typed = soyadı, soyadım, soyad, soy ad, isim, adım
field-given-names = Adınız nedir? Lütfen bütün adlarınızı pasaportunuzdaki veya kimliğinizdeki gibi, Latin harfleriyle (A, B, C …) yazın.
    .help = Adınız kendi isminizdir, örneğin Sami. Pasaportta „Given names“ satırındadır. Birden fazla adınız varsa hepsini yazın.
    .no-document = Pasaportunuz yok mu? Bunu kuruma söyleyeceğim. Lütfen adınızı başka bir belgedeki gibi yazın, örneğin Ankunftsnachweis veya Duldung. Hiç belgeniz yok mu? O zaman adınızı kendiniz nasıl yazıyorsanız öyle yazın.
    .none = Tamam. Daireye sadece bir adınız olduğunu söyleyeceğim.
label-given-names = Ad(lar)
    .typed = adım, ad, isim, ilk ad
field-birth-date = Ne zaman doğdunuz? Lütfen tarihi şöyle yazın: 31.12.1990
label-birth-date = Doğum tarihi
    .typed = doğum tarihi, doğum günü, doğum
field-nationality = Vatandaşlığınız nedir?
    .help = Vatandaşlık, vatandaşı olduğunuz ülkedir. Pasaportunuz olmasa da. Hiçbir ülke yok mu? O zaman „{ country-stateless }“ seçin.
    .no-answer = Kürt, Kürdüm, Kürdistan, Kürtçe, Ezidi, Yezidi, Süryani
label-nationality = Vatandaşlık
    .typed = vatandaşlık, uyruk, milliyet
field-address = Kalletal'deki adresiniz nedir? Lütfen sokak, ev numarası ve köyü Latin harfleriyle (A, B, C …) yazın.
    .none = Tamam. Daireye sabit bir adresiniz olmadığını söyleyeceğim.
label-address = Kalletal'deki adres
    .typed = adres, sokak, cadde, ev numarası
    .intro = adresim, yeni adresim, benim adresim, adresimiz
field-new-address = Kalletal'deki yeni adresiniz nedir? Lütfen sokak, ev numarası ve köyü Latin harfleriyle (A, B, C …) yazın.
label-new-address = Kalletal'deki yeni adres
    .typed = adres, sokak, cadde, ev numarası
    .intro = adresim, yeni adresim, benim adresim, adresimiz
field-move-in-date = Hangi gün taşındınız? Lütfen tarihi şöyle yazın: 31.12.2025
    .help = Taşınma tarihi, eve taşındığınız gündür. Ev sahibinizin onayında (Wohnungsgeberbestätigung) da yazar.
label-move-in-date = Taşınma tarihi
    .typed = taşınma tarihi, taşınma, taşındım
field-persons = Eve kaç kişi taşınıyor? Lütfen kendinizi de sayın.
label-persons = Taşınan kişi sayısı
    .typed = kişi sayısı, kişi, kaç kişi
field-phone = Telefon numaranız nedir?
label-phone = Telefon
    .typed = telefon numarası, telefon, numara, cep, tel
field-email = E-posta adresiniz nedir?
label-email = E-posta
    .typed = e-posta, eposta, e-mail, email, mail
field-register-notes = Vatandaş Bürosunun bilmesi gereken başka bir şey var mı? Örneğin sizinle taşınan aile üyelerinin adları.
label-notes = Notlar
    .typed = not
field-concern = Lütfen isteğinizi kendi sözlerinizle anlatın. Kendi dilinizde yazabilirsiniz.
label-concern = İstek
    .typed = istek, isteğ, mesaj, açıklama, metin
field-file-number = Yabancılar Dairesinden bir dosya numaranız (Aktenzeichen) var mı? Dairenin mektuplarında yazar. Yoksa “Atla”yı seçin.
    .help = Dosya numarası (Aktenzeichen), Yabancılar Dairesindeki dosyanızın numarasıdır. Mektuplarının üst kısmında, „Aktenzeichen“ veya „Az.“ yanında yazar. Mektubunuz yok mu? O zaman „{ button-skip }“ seçin.
label-file-number = Dosya numarası
    .typed = dosya numarası, dosya
    .intro = dosya numaram, benim dosya numaram, numaram
field-customer-number = Jobcenter'dan bir müşteri numaranız veya BG numaranız var mı? Jobcenter'ın mektuplarında yazar. Yoksa “Atla”yı seçin.
    .help = Müşteri numarası ve BG numarası Jobcenter mektuplarının üst kısmında yazar. BG, Bedarfsgemeinschaft demektir: siz ve aileniz. Mektubunuz yok mu? O zaman „{ button-skip }“ seçin.
label-customer-number = Müşteri numarası / BG numarası
    .typed = müşteri numarası, BG numarası
    .intro = müşteri numaram, numaram
label-topic = Konu
    .typed = konu
field-immigration-topic = İsteğiniz ne hakkında?
opt-immigration-extend = Oturum iznimi uzatmak
    .typed = uzat, uzatma, yenile, bitiyor, bitti
opt-immigration-work = Çalışma izni
    .typed = iş, çalış
opt-immigration-fiktion = Fiktionsbescheinigung
    .typed = fiksiyon
opt-immigration-lost = Belge kayboldu veya çalındı
    .typed = kaybet, kayıp, çalındı
opt-other = Başka bir şey
    .typed = baska bir sey, başka şey, diğer
field-shared-accommodation = Toplu bir konaklama yerinde (Gemeinschaftsunterkunft) mi yaşıyorsunuz?
    .yes = kamp, yurt, heim, konteyner, mülteci evi
    .no = kendi evim, evimiz, ev, daire, akraba, arkadaş
label-shared-accommodation = Toplu konaklama yerinde yaşıyor
    .typed = toplu konaklama, kamp, yurt
field-benefits-topic = İsteğiniz ne hakkında?
opt-benefits-asylblg = Geçim parası (AsylbLG)
    .typed = sığınma, para
opt-benefits-wohngeld = Wohngeld (kira yardımı)
    .typed = kira
opt-benefits-treatment = Behandlungsschein (doktor için)
    .typed = doktor, tedavi, hasta
field-jobcenter-topic = İsteğiniz ne hakkında?
opt-jobcenter-apply = Bürgergeld için başvurmak
    .typed = ilk kez, ilk defa, yeni başvuru, ilk başvuru, başvuru, başvurmak istiyorum, başvuruda bulun
opt-jobcenter-continue = Bürgergeld'i devam ettirmek
    .typed = devam, uzat
opt-jobcenter-jobsearch = İş veya meslek eğitimi
    .typed = iş, meslek, eğitim
opt-jobcenter-letter = Jobcenter'dan bir mektup
    .typed = mektup
opt-jobcenter-payment = Para gelmedi
    .typed = para gelmedi, para yatmadı, para yatmadi, param gelmedi, ödeme gelmedi, odeme gelmedi
field-counselling-topic = Ne için yardıma ihtiyacınız var?
opt-counselling-german = Almanca kursu
    .typed = almanca, dil, kurs
opt-counselling-school = Okul veya Kita
    .typed = okul, kreş, anaokul, çocuk
opt-counselling-housing = Konut
    .typed = ev, daire, kira, konut
opt-counselling-work = İş
    .typed = iş, çalış
opt-counselling-papers = Mektuplar ve başvurular
    .typed = mektup, form, başvuru, evrak
opt-counselling-kindergeld = Çocuk parası (Kindergeld)
    .typed = kindergeld, çocuk parası, cocuk parasi
field-photos-passport-family = Lütfen pasaportunuzun fotoğrafını (fotoğrafınızın olduğu sayfa) çekip gönderin. En fazla 8 fotoğraf gönderebilirsiniz, örneğin ailenizin pasaportlarını da.
    .no-document = Pasaportunuz yok mu? Bunu kuruma söyleyeceğim. Lütfen adınızın yazdığı başka bir belgenin fotoğrafını gönderin, örneğin kimlik kartı, Ankunftsnachweis, Aufenthaltsgestattung veya Duldung.
label-photos-passport = Fotoğraflar: pasaport
    .typed = fotoğraf, resim, pasaport
field-photos-permit = Lütfen oturum izninizin (ön ve arka yüzü) ve pasaportunuzun fotoğraflarını çekin. En fazla 4 fotoğraf gönderin. Onları kaybettiniz mi? O zaman polisin belgesinin fotoğrafını çekin.
    .no-document = Bu belgelerden biri sizde yok mu? Bunu kuruma söyleyeceğim. Lütfen adınızın yazdığı, sizde olan belgelerin fotoğraflarını gönderin, örneğin Ankunftsnachweis veya Fiktionsbescheinigung.
    .missing = oturum kartımı kaybettim, oturum kartım kayboldu, oturum kartım yok, oturum iznim yok, kartımı kaybettim
label-photos-permit = Fotoğraflar: oturum izni ve pasaport
    .typed = fotoğraf, resim, oturum izni, pasaport
field-photos-id-papers = Lütfen oturum belgenizin (örneğin Aufenthaltsgestattung veya Duldung) fotoğrafını çekip gönderin. En fazla 4 fotoğraf gönderebilirsiniz.
    .no-document = Bu belgelerden biri sizde yok mu? Bunu kuruma söyleyeceğim. Lütfen adınızın yazdığı, sizde olan belgelerin fotoğraflarını gönderin, örneğin Ankunftsnachweis veya Fiktionsbescheinigung.
label-photos-id-papers = Fotoğraflar: oturum belgesi
    .typed = fotoğraf, resim, oturum belgesi
field-photos-jobcenter = Lütfen isteğinizle ilgili belgelerin fotoğraflarını gönderin, örneğin Jobcenter'dan bir mektup veya oturum izniniz. PDF dosyaları da olur. En fazla 10.
    .no-document = Bununla ilgili belgeniz yok mu? Daireye söyleyeceğim. Lütfen adınızın yazılı olduğu bir belgenin fotoğrafını gönderin, örneğin kimlik kartınız, Ankunftsnachweis veya Duldung.
label-photos-jobcenter = Belgeler
    .typed = fotoğraf, resim, belge, mektup
field-photos-optional = Sorunuzla ilgili bir mektup veya belgeniz var mı? Lütfen fotoğrafını çekip gönderin. Yoksa “Atla”yı seçin.
label-photos-documents = Belgeler
    .typed = fotoğraf, resim, belge, mektup
field-interpreter = Randevuda tercümana ihtiyacınız var mı?
label-interpreter = Tercüman
    .typed = tercüman, çevirmen
field-appointment = Randevuya ne zaman gelebilirsiniz?
label-appointment = Tercih edilen randevu zamanı
    .typed = randevu, saat, zaman, sabah, öğleden sonra

# Everyday life (stop 70): a bank account, a SIM card, buses and trains, a driving licence.
main-opt-everyday = Günlük hayat
    .typed = günlük hayat, günlük yaşam, gunluk hayat, gunluk yasam, gündelik hayat, gundelik hayat, gündelik işler, alltag
everyday-text =
    Burada günlük hayat için yardım bulursunuz: banka hesabı, telefon, otobüs ve tren, araba kullanmak, okul tatilleri, küf, bebek, gürültü, gönüllülük, inanç, spor, internet, alışveriş.
    Ne öğrenmek istiyorsunuz?
everyday-opt-bank = Banka hesabı
    .typed = banka hesab, banka hesap, hesap açmak, hesap açtır, hesap acmak, hesap actir, temel hesap, banka kart, basiskonto, girokonto, konto, kartımı kaybettim, kartimi kaybettim, cüzdanımı kaybettim, cuzdanimi kaybettim, cüzdanım çalındı
everyday-bank-text =
    Herkes bir bankada temel hesap (Basiskonto) açabilir. Bu yasal bir haktır.
    Bir kimlik belgesine ihtiyacınız var: pasaport veya Aufenthaltsgestattung, Duldung ya da oturum izniniz.
    Adres kayıt belgeniz (Meldebescheinigung) varsa onu da getirin.
    Banka hayır mı diyor? Nedenini yazılı olarak isteyin. Uyum Bürosu (Integrationsbüro) size yardım eder.
    Kartınızı ya da cüzdanınızı mı kaybettiniz? Banka kartını hemen kapattırın: telefon 116 116 (ücretsiz, gece gündüz).
everyday-opt-phone = Telefon ve SIM kart
    .typed = sim kart, simkart, sim karte, hat almak, hat açtır, telefon hattı, telefon hatti, faturalı hat, faturasız hat, faturali hat, faturasiz hat, kontörlü, prepaid, handyvertrag
everyday-phone-text =
    SIM kart için bir kimlik belgesine ihtiyacınız var, örneğin pasaport veya oturum izni. Dükkân bunu kontrol eder.
    Ön ödemeli kartın (Prepaid) sözleşmesi yoktur: Önce ödersiniz ve istediğiniz zaman bırakabilirsiniz.
    Sözleşme çoğu zaman 24 ay sürer. İmzalamadan önce iyice okuyun.
    Para veya banka bilgilerinizi isteyen aramalara ve mesajlara dikkat edin.
everyday-opt-transport = Otobüs, tren ve bilet
    .typed = bilet, deutschlandticket, deutschland ticket, aylık bilet, aylik bilet, abonman, toplu taşıma, toplu tasima, sefer saatleri, otobüs saatleri, otobüs saatleri, hangi otobüs, otobüs ne zaman, tren saatleri
everyday-transport-text =
    Deutschlandticket ile Almanya'daki bütün otobüslere ve bölgesel trenlere binebilirsiniz. Ayda 63 euro tutar (2026).
    Onu internetten veya bir uygulamadan abonelik olarak alırsınız. Her ay iptal edebilirsiniz.
    Bürgergeld, AsylbLG veya Sozialhilfe mi alıyorsunuz? O zaman Jobcenter'a veya Sosyal Yardım Dairesine (Sozialamt) daha ucuz bir bileti (Deutschlandticket Sozial) sorun.
    Sefer saatleri durakta ve DB Navigator uygulamasında bulunur.
    Tek bir yolculuk için otobüs şoföründen veya uygulamadan tek seferlik bilet (Einzelticket) alın. Bozuk para hazır bulundurun.
everyday-opt-driving = Ehliyet
    .typed = sürücü belge, surucu belge, araba kullan, araç kullan, arac kullan, araba sür, sürücü kurs, surucu kurs, führerschein, fuhrerschein, fuehrerschein, ehliyet değiş, ehliyetimi değiş, ehliyet çevir, ehliyetimi çevir, ehliyet için, ehliyet al
everyday-driving-text =
    AB dışındaki bir ülkeden alınan ehliyet, burada yaşamaya başladıktan sonra Almanya'da 6 ay geçerlidir.
    Ondan sonra Alman ehliyeti gerekir. Sınavlara çoğu zaman yeniden girmeniz gerekir, bazen sadece bir kısmına.
    Kreis Lippe Ehliyet Dairesine (Führerscheinstelle) erkenden sorun. Ehliyetinizi ve bir tercümesini getirin.
    AB ülkesinden alınan ehliyet geçerli kalır.
everyday-opt-holidays = Okul tatilleri
    .typed = okul tatil, okullar tatil, yaz tatil, ara tatil, sömestr, somestr, tatil ne zaman, tatiller ne zaman, tatil takvim, ferien
everyday-holidays-text =
    Tatilde (Ferien) okul yoktur. NRW'de sonbaharda, Noel'de, Paskalya'da ve yazın (6 hafta) tatil vardır.
    Tam tarihleri size okul söyler. Tarihler internette de var: “Ferien NRW” diye arayın.
    Çocuğunuz her okul gününde okula gitmek zorundadır. Tatil başlamadan önce seyahate çıkmayın: Bunun için para cezası ödeyebilirsiniz.
    Kreş (Kita) de bazı günler kapalıdır. Kreş bu günleri size söyler.
everyday-opt-mould = Evde küf
    .typed = küf, küflen, duvarda küf, nemli duvar, ıslak duvar, islak duvar, rutubet, siyah leke, kuf, kuflen
everyday-mould-text =
    Evdeki küf (Schimmel) sizi hasta edebilir. Erkenden harekete geçin.
    Pencereleri günde 3-4 kez, 5-10 dakika boyunca tamamen açın. Bütün odaları biraz ısıtın.
    Ev sahibinize yazılı olarak, tarih ve fotoğraflarla bildirin. Bir kopyasını saklayın.
    Ev sahibi bir şey yapmıyor mu? Uyum Bürosu (Integrationsbüro) size yardım eder. Kiracılar Derneği (Mieterverein) de danışmanlık verir (bunun için aidat ödersiniz).
everyday-opt-baby = Bebek: yardım ve kurslar
    .typed = bebek kursu, bebek grubu, anne bebek grubu, anne çocuk grubu, erken yardım, bebekli aile, yeni doğan bebek, yenidoğan bebek, bebeğim oldu, bebegim oldu, doğum yaptım, dogum yaptim, doğum belge, doğum kayd, doğum kayıt, bebeği kaydet, nüfus daire
    .alone = bebek, bebeğim, bebegim
everyday-baby-text =
    Bebeğiniz veya küçük çocuğunuz varsa yardım alabilir ve başka anne babalarla tanışabilirsiniz.
    Ebe (Hebamme) doğumdan sonra sizi evde ziyaret eder. Sağlık sigortası bunu öder. Erkenden, daha hamileyken bir ebe arayın.
    Anne-baba ve çocuk grupları ve kurslar Aile Merkezinde (Familienzentrum) ve Aile Eğitim Merkezinde (Familienbildungsstätte) vardır. Birçoğu ücretsiz veya ucuzdur. Bebekle Almanca öğrenmek: Bazı uyum kursları küçük çocuklara bakar.
    Kreis Lippe Gençlik Dairesinin (Jugendamt) “Frühe Hilfen” (Erken Yardım) hizmeti vardır: bebekli ailelere ücretsiz yardım. Nerede olduğunu Uyum Bürosu (Integrationsbüro) size söyler.
    Doğumdan sonra: Bebek ilk hafta içinde Nüfus Dairesine (Standesamt) kaydedilir. Bunu hastane yapar ya da siz kendiniz yaparsınız. Doğum belgesini (Geburtsurkunde) alırsınız. Bu belge örneğin Kindergeld için gereklidir. Sağlık sigortanıza ve Yabancılar Dairesine (Ausländerbehörde) de haber verin.
everyday-opt-noise = Komşulardan gelen gürültü
    .typed = komşu gürültü, komsu gurultu, komşular gürültü, komsular gurultu, gürültücü komşu, gurultucu komsu, yüksek ses, yuksek ses, çok ses yapıyor, cok ses yapiyor, sessizlik saat, dinlenme saat, lärm, ruhezeit
everyday-noise-text =
    Almanya'da sessizlik saatleri (Ruhezeiten) vardır: gece saat 22'den 6'ya kadar, pazar günleri ve resmî tatillerde bütün gün. Ayrıntılar bina kurallarında (Hausordnung) yazar.
    Komşularınız sık sık çok mu gürültü yapıyor? Önce onlarla sakin bir şekilde konuşun.
    Bu işe yaramıyor mu? Ne zaman gürültü olduğunu yazın (gün, saat, ne oldu). Ev sahibinize yazılı olarak bildirin.
    Gece çok mu gürültü var veya korkuyor musunuz? Polisi arayın. Tehlike varsa: 110.
    Siz de: Sessizlik saatlerinde sessiz olun.
everyday-opt-volunteer = Gönüllülük: başkalarına yardım
    .typed = gönüllülük, gonulluluk, gönüllü olmak, gonullu olmak, gönüllü olabilir, gonullu olabilir, gönüllü çalış, gonullu calis, gönüllü iş
    .alone = ehrenamt
everyday-volunteer-text =
    Siz de başkalarına yardım etmek mi istiyorsunuz? Buna gönüllülük (Ehrenamt) denir. Gönüllü olarak ve ücret almadan çalışırsınız, örneğin bir spor kulübünde, gıda bankasında (Tafel), kilisede veya camide, gönüllü itfaiyede (Freiwillige Feuerwehr).
    Böylece insanlarla tanışır ve Almanca pratik yaparsınız.
    Para almadan gönüllü çalışmak, Aufenthaltsgestattung veya Duldung ile de serbesttir.
    Bunun için para mı alıyorsunuz? O zaman önce Yabancılar Dairesine (Ausländerbehörde) sorun. Jobcenter'a veya Sosyal Yardım Dairesine (Sozialamt) de haber verin.
    Uyum Bürosu (Integrationsbüro) Kalletal'deki dernekleri ve grupları tanır.
everyday-opt-religion = Cami, kilise, inanç
    .typed = cami, camii, camiler, mescit, mescid, namaz, namaz kılmak, namaz kilmak, nerede namaz, cuma namazı, namaz odası, imam, kilise ayini, papaz, rahip, pastör
    .alone = kilise, kiliseler
everyday-religion-text =
    Almanya'da inancınızı özgürce yaşayabilirsiniz. Bu, Anayasa'da (Grundgesetz) yazar.
    Birçok köyde kilise vardır. Camiler ve diğer cemaatler çoğu zaman yakındaki büyük şehirlerdedir.
    Uyum Bürosu (Integrationsbüro) size nerede olduklarını söyleyebilir.
everyday-opt-sports = Spor kulübü
    .typed = spor kulüb, spor kulüp, spor kulubu, futbol kulüb, futbol kulüp, futbol kulubu, futbol takımı, futbol oyna, futbol oynu, yüzme kurs, yuzme kurs, yüzme öğren, yuzme ogren, çocuklar için spor, cocuklar icin spor, çocuk sporu, spor grubu, sportverein
    .alone = kulüp, kulübü, spor
everyday-sports-text =
    Spor kulübünde (Sportverein) çocuklar ve yetişkinler birlikte spor yapar, örneğin futbol, jimnastik veya yüzme. Böylece arkadaş bulur ve Almanca öğrenirsiniz.
    Kulübün genellikle küçük bir aylık aidatı vardır.
    Bürgergeld, AsylbLG, Wohngeld veya Kinderzuschlag mı alıyorsunuz? O zaman “Bildung und Teilhabe”, 18 yaşından küçük çocuklar için kulübe ayda 15 euroya kadar öder. Jobcenter'a veya Sosyal Yardım Dairesine (Sozialamt) sorun.
    Uyum Bürosu (Integrationsbüro) Kalletal'deki kulüpleri tanır.
everyday-opt-internet = İnternet ve Wi-Fi
    .typed = wifi, wi-fi, wlan, vayfay, ücretsiz wifi, ucretsiz wifi, bedava wifi, ücretsiz internet, ucretsiz internet, bedava internet, evde internet, ev interneti, internet sözleşme, internet bağlat, kablosuz internet, modem, router, hotspot
    .alone = internet
everyday-internet-text =
    Ücretsiz Wi-Fi (WLAN) çoğu zaman kütüphanelerde, kafelerde, trenlerde ve istasyonlarda vardır. Şifreyi orada sorun.
    Mültecilerin kaldığı yerlerde çoğu zaman Wi-Fi vardır. Görevlilere sorun.
    Evde internet: Bir sözleşme imzalarsınız, çoğu zaman 24 aylık. Dikkatle okuyun. Çoğu zaman bol internetli ucuz bir cep telefonu tarifesi de yeterlidir.
    Açık Wi-Fi'da şifre ve banka bilgilerinizi yazmayın.
everyday-opt-shopping = Ucuz alışveriş
    .typed = süpermarket, supermarket, market, ucuz market, ucuz alışveriş, ucuz alisveris, ucuz yiyecek, ucuz gıda, indirim market, lidl, netto, penny, helal et, helal gıda, helal market, helal kasap, gıda bankası, tafel, ikinci el, ucuz kıyafet, ucuz kiyafet, ucuz giysi, kullanılmış mobilya, bit pazarı, bitpazarı, kleiderkammer, sozialkaufhaus, mobilya, eşya, kıyafet, giysi, mont, kışlık
everyday-shopping-text =
    Aldi, Lidl, Netto ve Penny gibi indirim marketleri çoğu zaman en ucuzudur.
    Helal et çoğu zaman yakındaki şehirlerde Türk veya Arap dükkânlarında satılır.
    Az paranız mı var? Gıda bankasında (Tafel) az paraya yiyecek alırsınız. Bir belge gerekir, örneğin Jobcenter'dan veya Sosyal Yardım Dairesinden (Sozialamt) gelen yazı.
    Giysi ve mobilya, ihtiyacı olanlar için giysi yerlerinde (Kleiderkammer), sosyal mağazalarda (Sozialkaufhaus) ve bit pazarlarında ucuzdur.
    Pazar günleri dükkânlar kapalıdır.
    Uyum Bürosu (Integrationsbüro) bunların Kalletal'de nerede olduğunu size söyleyebilir.
everyday-opt-services = Postane, kütüphane ve kuaför
    .typed = postane, ptt, deutsche post, dhl, kargo, paket gönder, paket yolla, koli gönder, koli yolla, posta pulu, posta pulları, pul almak, kütüphane, kutuphane, kitap ödünç, kitap odunc, berber, kuaför, kuafor, saç kestir, sac kestir, saçımı kestir, sacimi kestir, saç kesim, saç tıraşı
everyday-services-text =
    Postanede (Post) mektup ve paket gönderirsiniz, başka ülkelere de. Gişede ülkenize gönderip göndermediklerini sorun. Tam adresi yanınıza alın.
    Birçok süpermarkette ve büfede bir posta noktası vardır ya da posta pulu (Briefmarken) satılır.
    Kütüphanede (Bücherei) ücretsiz veya az paraya kitap ödünç alırsınız. Almanca öğrenmek için kitaplar ve çocuk kitapları vardır.
    Kuaförde (Friseur) çoğu zaman önce randevu alırsınız. Fiyatlar kapıda veya vitrinde yazar.
    Uyum Bürosu (Integrationsbüro) bunların Kalletal'de nerede olduğunu size söyleyebilir.
