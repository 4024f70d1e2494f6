# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Turkish: machine-assisted draft, not yet reviewed by a native speaker (docs/translations.md).

## Language
language-name = Türkçe
choose-language = Lütfen dilinizi seçin.
language-detected-confirm = { $language } yazdınız. { $language } devam edelim mi?
language-set = Tamam. Size Türkçe yazacağım.
language-dari-noted = Farsça Dari diline yakındır. Kuruma Dari konuştuğunuzu söyleyeceğim.

## Buttons
button-back = Geri
button-main-menu = Ana menü
    .typed = menü, menu, başa dön
button-yes = Evet
    .typed = tamam, olur, tabii, doğru, hepsi doğru, evet doğru, doğru bilgiler
button-no = Hayır
    .typed = yok
button-skip = Atla
    .typed = devam, ileri, sonraki, yok, hiçbir şey, yok teşekkürler, hayır teşekkürler, bilmiyorum, bilmiyom, bende yok, yok bende, elimde yok, başka bir şey yok, baska bir sey yok, başka yok, baska yok, geç, gec, geçiyorum, geç bunu
button-done = Bitti
    .typed = devam, ileri, sonraki, tamam
button-cancel = İptal
    .typed = iptal, iptal et, vazgeç, vazgeçtim, istemiyorum, dur, durdur
button-send = Başvuruyu gönder
    .typed = gönder, yolla, gönderin, yollayın, yolla gitsin
button-change = Düzelt
    .asked = değiştir, yanlış, düzelt, hata, ama, fakat
button-other-language = Başka dil
button-continue-request = Başvuruma devam et
    .asked = nerede kaldım, nerede kalmıştım, nerede kaldık
button-back-to-summary = Özete geri dön
button-delete-yes = Evet, her şeyi sil
button-delete-no = Hayır, bilgilerim kalsın
button-interpreter-other = Başka dil

## Commands (the command menu of the messenger)
cmd-start = Yeniden başla
    .typed = baştan başla, baştan, yeniden başlat, en baştan
cmd-menu = Ana menü
cmd-back = Geri git
    .typed = geri dön, geri don, önceki
cmd-language = Dili değiştir
    .typed = dil, dil değiştir
    .asked = dili değiştir, dil değiştir, başka dil, başka bir dil
cmd-cancel = Başvurumu iptal et
    .asked = iptal, vazgeçtim, vazgectim, artık gerek yok
cmd-help = Yardım
    .asked = yardım, yardim
cmd-status = Başvurularım
    .typed = başvurum, durum
    .asked = başvuru, cevap, yanıt, dönüş, aldılar, aldınız, ulaştı
    .when = ne zaman, geleyim, gelmem, gelmeliyim
    .sent = gönderildi, gonderildi, gitti mi, ulaştı, aldılar, cevap, dönüş, yanıt
cmd-delete = Bilgilerimi sil
    .asked = bilgi sil, bilgi silm, bilgi silin, veri sil, veri silm, hepsini sil, hesabımı sil
private-chat-only = Sadece özel sohbetlerde konuşuyorum. Lütfen bana doğrudan yazın: adıma dokunun, sonra “Mesaj”a dokunun.

## Help and general answers
help-text =
    Buradaki ilk adımlarınızda size yardım ediyorum.
    Seçeneklerden birini seçin: üzerine dokunun veya numarasını yazın.
    Bu komutları kullanabilirsiniz:
    /menu – ana menü
    /back – geri git
    /language – dili değiştir
    /status – başvurularım
    /cancel – başvurumu iptal et
    /delete – bilgilerimi sil
not-understood = Üzgünüm, anlamadım. Lütfen seçeneklerden birini seçin: üzerine dokunun veya numarasını yazın.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = Randevu: ne için? Lütfen aşağıdan konuyu seçin. Orada randevu isteyebilirsiniz.
    .typed = randevu, randevu lazım, randevu lazim, randevu istiyorum, randevu almak istiyorum
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = Bu soruya burada cevap veremiyorum. { $institution } kurumundan bir görevli size yardım edebilir. “{ $button }” seçeneğini seçin. O zaman sorunuzu oraya gönderirim.
not-understood-question-email = Bu soruya burada cevap veremiyorum. { $institution } kurumundan bir görevli size yardım edebilir. Lütfen { $email } adresine e-posta yazın.
not-understood-question-form = Bu soruya burada cevap veremiyorum. { $institution } kurumundan bir görevli size yardım edebilir. Aşağıda “{ $button }” seçeneğini seçin: sorunuzu başvuruyla birlikte gönderirim. Ya da { $email } adresine e-posta yazın.
not-understood-question-page = Cevap belki zaten bu sayfada yazıyor. Yazmıyorsa: { $institution } kurumundan bir görevli size yardım edebilir. “{ $button }” seçeneğini seçin. O zaman sorunuzu oraya gönderirim.
    .asked = ne kadar, ücret, ücretli, ücretsiz, fiyat, para ödemem, ne getirmeliyim, ne getireyim, yanımda getirmem, hangi belgeler, hangi evraklar, ne kadar sürer, para lazım mı, para gerekiyor mu, nereye gitmeliyim, nereye gideyim, nereye gideceğim, nerede, neresi, adres ne, adresi ne, nerde, adresi nedir
page-address-below = Adres ve açılış saatleri aşağıda.
    .asked = nerede, neresi, adres ne, adresi ne, nerde, adresi nedir, nasıl giderim, oraya nasıl giderim
new-here = Çoğu kişi adres kaydıyla (Anmeldung) başlar: taşındıktan sonra 2 hafta içinde. Aşağıdan bir konu seçin.
    .asked = yeni geldim, yeni geldik, buraya yeni geldim, buraya yeni geldik, almanyaya yeni geldim
not-understood-question-page-email = Cevap belki zaten bu sayfada yazıyor. Yazmıyorsa: { $institution } kurumundan bir görevli size yardım edebilir. Lütfen { $email } adresine e-posta yazın.
not-understood-question-page-form = Cevap belki zaten bu sayfada yazıyor. Yazmıyorsa: { $institution } kurumundan bir görevli size yardım edebilir. Aşağıda “{ $button }” seçeneğini seçin: sorunuzu başvuruyla birlikte gönderirim. Ya da { $email } adresine e-posta yazın.
form-question-goes = Sorunuz bu başvuruyla birlikte kuruma gider.
form-first-message-goes = İlk mesajınız bu başvuruyla birlikte kuruma gider.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
reply-thanks = Rica ederim!
    .typed = teşekkürler, teşekkür ederim, çok teşekkürler, çok teşekkür ederim, sağol, sağ ol, sağolun, sağ olun, eyvallah, tşk, tşkler, eline sağlık, yardımınız için teşekkürler, yardımınız için teşekkür ederim, çok sağ olun, mersi, merci, tesekkurler, tesekkur ederim, sagol
    .calling = kardeşim, kardesim, kardeş, abi, abim, abla, ablam, kanka, hocam, canım, canim, dostum
reply-greeting = Merhaba!
    .typed = merhaba, merhabalar, selam, selamlar, selamün aleyküm, günaydın, iyi günler, iyi akşamlar, mrb, slm, nasılsın, nasılsınız, naber, nasilsin
reply-goodbye = Hoşça kalın! Bana istediğiniz zaman yeniden yazın.
    .typed = hoşça kal, hoşça kalın, görüşürüz, güle güle, bay bay, iyi geceler, kendine iyi bak, allaha ısmarladık
reply-stop = Tamam. Size sadece siz bana yazdığınızda veya bir kurum size cevap verdiğinde yazarım. Tüm verilerinizi silmek için: /delete
    .typed = dur, durdur, yeter, stop
reply-ok = Tamam. Hazır olduğunuzda seçeneklerden birini seçin.
unsupported-message = Sadece yazı ve fotoğraf okuyabilirim. Lütfen yazılı bir mesaj gönderin veya seçeneklerden birini seçin.
text-too-long = Mesajınız çok uzun. Lütfen en fazla { $max } karakter yazın.
attachment-not-expected = Teşekkürler. Şu anda dosyaya ihtiyacım yok.
attachment-letter-help = Teşekkürler. Mektupları okuyamıyorum. Burada bir mektupla ilgili yardım bulursunuz. Mektubun fotoğrafıyla bir başvuru da gönderebilirsiniz.
attachment-letter-kept = Teşekkürler. Mektupları okuyamıyorum. Burada bir mektupla ilgili yardım bulursunuz. Bir başvuru da gönderebilirsiniz: “{ $button }”. Fotoğrafınız zaten içinde.
attachment-kept-for-request = Teşekkürler. Fotoğrafınız bende. Bir başvuruyla kuruma gidebilir: “{ $button }” seçin. Fotoğrafınız zaten içinde.
attachment-for-sent-request = Fotoğraf { $reference } numaralı başvurunuz için mi? O zaman e-posta ile { $institution } kurumuna gönderin: { $email }. { $reference } numarasını da yazın.
attachment-for-request = Teşekkürler. Dosyayı başvurunuza ekliyorum: { $title }. Orada devam edelim.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = Mektubunuzda bir son tarih var: { $date }. O güne kadar beklemeyin. Bana mektubun fotoğrafını gönderebilirsiniz. O zaman danışmanlıktan biri size yardım edebilir.
    .no-date = Mektubunuzda bir son tarih var. Beklemeyin. Bana mektubun fotoğrafını gönderebilirsiniz. O zaman danışmanlıktan biri size yardım edebilir.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = Oturum belgeniz { $date } tarihinde bitiyor. Bu yakında. Başvurunuzu şimdi yapın, beklemeyin. Kuruma buradan yazabilir veya oraya gidebilirsiniz.
attachment-offer-person = Teşekkürler. Burada dosyaya ihtiyacım yok. Ama { $institution } kurumundan bir görevli dosyanıza bakabilir. “{ $button }” seçeneğini seçin. O zaman dosyanızı oraya gönderirim.
attachment-offer-more = Teşekkürler. Şimdi elimde { $count } dosya var. Hepsi bu mu? O zaman yukarıda “{ $button }” seçeneğini seçin.
attachment-offer-kept = Dosyanız hâlâ bende. { $institution } kurumundan bir görevli dosyanıza bakabilir. Bunun için “{ $button }” seçeneğini seçin.
offer-files-full = Bir seferde en fazla { $max } dosya gönderebilirim. Bu dosyayı saklamadım. “{ $button }” seçeneğini seçin: diğer dosyaları { $institution } kurumuna gönderirim. Bu dosyayı daha sonra tekrar gönderin.
cancel-nothing = İptal edilecek bir şey yok.
cancel-sent = { $reference } numaralı başvurunuz zaten { $institution } kurumunda. Burada geri alamam. Artık ihtiyacınız yok mu? O zaman lütfen kuruma söyleyin. Nasıl olduğunu aşağıda görürsünüz.
back-nothing = Burası başlangıç. Geri gidilecek adım yok.
group-chat-only-private = Sadece özel sohbetlerde konuşuyorum. Lütfen bana doğrudan yazın.

## Forms
form-progress = Soru { $number } / { $total }
form-about-the-person = Lütfen yazdığınız kişi için cevap verin.
form-asked-again-for-someone = Tamam. Talep başka bir kişi için. Mesajınızı { $institution } kurumuna gönderiyorum. Şimdi o kişi hakkında tekrar soruyorum.
form-answer-now = Şimdiki cevabınız: { $answer }
form-answer-earlier = Son başvurunuzda şunu yazdınız: { $answer }. Hâlâ doğruysa aşağıda ✓ seçin.
    .typed = aynı, aynısı, önceki gibi, geçen seferki gibi, değişmedi
form-resume = Bitmemiş bir başvurunuz var: { $title }. Şimdi devam ediyoruz.
form-sent-before = { $date } tarihinde { $institution } kurumuna zaten bir başvuru gönderdiniz: { $reference }. Aynı konu mu? O zaman tekrar göndermenize gerek yok.
form-sent-before-new = Başka biri için mi, yoksa yeni bir konu mu? O zaman burada devam edin.
form-sent-before-write = “{ $command }” yazın: Orada kuruma bu konuda yazabilirsiniz.
form-cancelled = Başvurunuz iptal edildi. Hiçbir şey gönderilmedi.
form-draft-kept = Cevaplarınız kaydedildi. Başvurunuza daha sonra devam edebilirsiniz.
error-text-empty = Lütfen bir şey yazın.
error-text-too-long = Bu çok uzun. Lütfen en fazla { $max } karakter yazın.
error-date-invalid = Bu tarihi okuyamıyorum. Lütfen günü, ayı ve yılı rakamla yazın, aşağıdaki örnekteki gibi.
error-date-impossible = Böyle bir tarih yok. Lütfen günü ve ayı kontrol edin.
error-date-future = Bu tarih gelecekte. Lütfen kontrol edin.
error-date-past = Bu tarih geçmişte. Lütfen daha sonraki bir tarih yazın.
error-date-too-old = Bu tarih çok eski. Lütfen yılı kontrol edin.
error-date-year-only = Günü ve ayı bilmiyor musunuz? O zaman tarihi belgelerinizdeki gibi yazın, örneğin: { $date }
    .typed = bilmiyorum, bilmem, hatırlamıyorum, bilinmiyor
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] Günü bilmiyor musunuz?
       *[year] Günü ve ayı bilmiyor musunuz?
    } Alman belgelerinde bu şöyle yazılır: { $date }. Doğruysa aşağıdan seçin.
error-date-persian-year = { $year } Fars takviminde bir yıl. Bizim takvimde çoğunlukla { $gregorian }. Günü ve ayı bilmiyor musunuz? O zaman aşağıdan 00.00.{ $gregorian } seçin.
error-date-solar-hijri = Bu, İran takvimine (Hicri Şemsi) göre bir tarih. Miladi takvimde { $date }. Doğruysa aşağıdan seçin.
error-date-too-far = Bu tarih bir yıldan daha ileride. Lütfen yılı kontrol edin.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = Hangi yılı kastediyorsunuz? { $date } mi? O zaman aşağıdan seçin. Değilse lütfen tarihi yılıyla birlikte yazın.
error-date-year-short = Lütfen yılı 4 haneli yazın. { $date } mi demek istiyorsunuz? O zaman aşağıdan seçin.
error-date-month-first = Almanya'da önce gün, sonra ay yazılır. { $date } mi demek istiyorsunuz? O zaman aşağıdan seçin.
error-date-ago = Kurumun tam tarihe ihtiyacı var. { $date } miydi? O zaman aşağıdan seçin. Değilse lütfen tarihi yazın.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = Kurumun tam güne ihtiyacı var. Lütfen tarihi günüyle yazın, örneğin: { $example }
error-date-still-offered = Bu soru için bir tarih gerekiyor. { $date } doğru mu? O zaman aşağıdan seçin. Değilse lütfen tarihi yazın.
answer-noted-ahead = Tamam, bu sonraki bir sorunun cevabı: { $answer }. Not ettim. Şimdi lütfen bu soruyu cevaplayın:
answer-corrected = Tamam, değiştirdim: { $answer }.
answer-noted-too = Bunu da not ettim: { $answer }.
answers-noted-ahead = Tamam, bunlar sonraki soruların cevapları: { $answers }. Not ettim. Şimdi lütfen bu soruyu cevaplayın:
photo-kept-ahead-check = Teşekkürler. Bu fotoğraf sonraki bir soru için: { $label }. Okunması zor olabilir. Size orada soracağım. Şimdi lütfen bu soruyu cevaplayın:
photo-for-question-before = Teşekkürler. Bu fotoğraf önceki soru için: { $label }. Oraya ekledim.
photo-moved-here = Bu fotoğrafı daha önce gönderdiniz, şurada: { $label }. Şimdi bu soruya ait.
form-not-sent-yet-questions = Bu başvuru henüz gönderilmedi. Lütfen soruları cevaplayın. Sonunda onu göndereceğim.
form-question-kept = Bu bir soru. Burada cevaplayamam. Soruyu başvurunuzla birlikte { $institution } kurumuna göndereceğim: orada cevaplayabilirler. Şimdi lütfen bu soruyu cevaplayın:
form-question-added = Bu bir soru. Burada cevaplayamam. Soruyu { $institution } kurumuna başvurunuza ekledim: orada cevaplayabilirler.
form-not-sent-yet = Bu başvuru henüz gönderilmedi. “{ $button }” seçtiğinizde gönderirim.
form-question-page = Belki bu yardımcı olur („{ $page }“):
form-question-kept-too = Sorunuzu başvurunuzla birlikte { $institution } kurumuna da göndereceğim. Şimdi lütfen bu soruyu cevaplayın:
form-question-not-answer = Bu bir soru. Burada cevabınız gerekiyor. Lütfen bu soruyu cevaplayın:
form-message-kept = Mesajınızı başvurunuzla birlikte { $institution } kurumuna göndereceğim. Şimdi lütfen bu soruyu cevaplayın:
form-message-kept-too = Yazdıklarınızı da başvurunuzla birlikte { $institution } kurumuna göndereceğim.
form-choice-first-of-several = Birden fazla yazdınız. Buraya şunu yazdım: { $option }.
form-for-someone-else = Mesajınızı başvurunuzla birlikte { $institution } kurumuna göndereceğim. Başvuru başka biri için mi? O zaman lütfen soruları o kişi için cevaplayın:
first-message-for-someone = Tamam. Başka biri için yazıyorsunuz. Onun neye ihtiyacı olduğunu seçin. Sonra o kişiyle ilgili soruları cevaplayın. Mesajınızı başvuruyla birlikte gönderirim.
first-message-not-read = İlk mesajınızı okuyamadım: dilinizi henüz bilmiyorum. Lütfen aşağıdan bir konu seçin veya sorunuzu burada tekrar yazın.
form-child-later = Mesajınızı başvurunuzla birlikte { $institution } kurumuna göndereceğim. Önce sizi soruyorum. Çocuğunuzu sonra soracağım. Şimdi lütfen bu soruyu cevaplayın:
form-one-person-here = Burada lütfen sadece bir çocuk. Bütün isimleri { $institution } kurumuna gönderirim. Lütfen ilk çocuğun adını yazın:
form-question-again = Sorun değil. Soru yine burada. Başka bir dil mi? Yazın: /language
    .typed = ne, efendim, pardon, anlamadım, anlamıyorum, ben anlamadım, ne demek, bu ne demek, ne demek istiyorsunuz, soruyu anlamadım, soruyu anlamıyorum, soru anlamadım, ne yazacağımı bilmiyorum
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = Daire bunu başvurunuz için istiyor. Bunu sadece daire alır. Verilerinizi istediğiniz zaman silebilirsiniz: /delete
    .asked = neden, niye, niçin, nicin, ne için, ne icin
form-slip-back = Sorun değil. Bir önceki soru burada: cevabınızı değiştirebilirsiniz.
office-no-document = Kişi istenen belgeye sahip olmadığını söylüyor. Cevabı: { $words }
    .typed = pasaportum yok, pasaport yok, pasaportum yoktur, kimliğim yok, kimlik yok, belgem yok, evrakım yok, pasaportsuz, pasaportumu kaybettim
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = Kişi soyadı olmadığını söylüyor. Şunu yazdı: { $words }
    .typed = soyadım yok, soyadı yok, soy adım yok, soyadsız, tek adım var, sadece bir adım var, sadece adım var, sadece ismim var, tek ismim var
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = Kişi adı olmadığını, sadece tek bir adı olduğunu söylüyor. Şunu yazdı: { $words }
    .typed = adım yok, ilk adım yok, tek adım var, sadece bir adım var, sadece adım var, tek ismim var
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = Dairenin bu ada ihtiyacı var. Sadece bir adınız mı var? O zaman şunu yazın: sadece bir adım var
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = Kişi sabit bir adresi olmadığını söylüyor. Şunu yazdı: { $words }
    .typed = adresim yok, adres yok, evim yok, arkadaşımda kalıyorum, sabit adresim yok
office-writer-details = Önce yazan kişinin kendi bilgileri olarak verildi: { $words }
office-also-chosen = { $label }: kişinin söylediğine göre ayrıca { $options }
photos-without-papers = Tamam. O zaman başvurunuzu bu fotoğraf olmadan gönderirim. Daireye bu belgenin sizde olmadığını söylerim. Daire size ne yapabileceğinizi söyler.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = Bu belge bende yok
    .typed = bende yok, yok bende, elimde yok, ondan bende yok, bu bende yok
form-question-goes-along =
    { $count ->
        [one] Önceki mesajınızı da göndereceğim
       *[other] Önceki mesajlarınızı da göndereceğim
    }: “{ $question }”
error-phone = Bu bir telefon numarası değil. Lütfen şöyle yazın: +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words = Lütfen telefon numarasının tamamını rakamla (0–9) yazın, örneğin: 0151 23456789
error-email = Bu bir e-posta adresi değil. Lütfen şöyle yazın: name@example.com
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = E-posta adresinde boşluk olmaz. Sadece boşluktan sonraki kısmı okudum.
email-typo-check = Şunu mu demek istiyorsunuz: { $email }? O zaman aşağıdan seçin. Değilse lütfen e-posta adresinizi tekrar yazın.
error-number = Lütfen bir sayı yazın.
error-number-in-all = Lütfen herkes için tek bir sayı yazın, siz de dahil. Örneğin: 3
count-added-up = Toplam: { $count } kişi. Not ettim.
date-past-deadline = Bu { $days } gün önceydi. Süre { $deadline } gün. Endişelenmeyin: lütfen bu başvuruyu bugün gönderin. Daire size bundan sonra ne olacağını söyler.
error-number-range = Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-code = Bu, kurumun verdiği bir numaraya benzemiyor. Bu tür numaralarda rakam vardır, örneğin: 32.1-4711/24. Numaranız yok mu? O zaman “Atla”yı seçin.
code-write-it = İyi. Lütfen numarayı yazın. Numara kurumun mektuplarının üst kısmında yazar.
error-choose-option = Lütfen seçeneklerden birini seçin.
error-one-option = Lütfen sadece birini seçin. Diğerini sonra seçebilirsiniz.
error-one-option-form = Lütfen sadece birini seçin.
error-photo-expected = Lütfen bir fotoğraf gönderin.
photo-needed-later = Kurumun bu fotoğrafa ihtiyacı var. Şu an yanınızda değil mi? Cevaplarınız kayıtlı kalır. Fotoğrafı daha sonra da gönderebilirsiniz: bunun için menüde “{ $button }” seçeneğini seçin.
    .typed = sonra, yarın, akşam, birazdan, yanımda değil, bende değil, belgeler evde, evde kaldı, pasaportum evde, pasaport evde, evde, kimliğim evde, kimligim evde
error-photo-not-pdf = Bu bir PDF dosyası. Lütfen belgenin fotoğrafını gönderin. Sadece PDF mi var? Telefonda açın, ekran görüntüsü alın ve gönderin.
error-file-unknown = Bu dosyayı açamıyorum. Lütfen bir fotoğraf gönderin (JPEG, PNG veya WebP).
error-file-too-large = Bu dosya çok büyük. Lütfen { $max } MB'tan küçük bir dosya gönderin.
error-image-too-large = Bu resim çok büyük. Lütfen kameranızla çekilmiş normal bir fotoğraf gönderin.
photo-received =
    { $count ->
        [one] 1 fotoğraf aldım.
       *[other] { $count } fotoğraf aldım.
    }
photo-send-more =
    { $missing ->
        [one] Lütfen 1 fotoğraf daha gönderin.
       *[other] Lütfen { $missing } fotoğraf daha gönderin.
    }
photo-more-or-done = Bir fotoğraf daha gönderebilir veya “Bitti”yi seçebilirsiniz.
photo-limit-reached = Bu kadar fotoğraf yeterli. Teşekkürler.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = Bu fotoğrafı daha önce gönderdiniz. Onu sadece bir kez alıyorum.
interpreter-question = Randevuda tercümana ihtiyacınız var mı?
    .yes = almanca bilmiyorum, almancam yok, almancam zayıf, az almanca, almanca konuşamıyorum, almancam iyi değil, almanca bilmiyor, almancası yok, almancası zayıf, almanca konuşamıyor, almancası iyi değil, tercümana ihtiyacı var, tercümanla, tercüman ile, bazen, sadece randevu için
    .no = gerek yok, ihtiyacım yok, istemiyorum, tercüman istemem, almanca biliyorum, almancam iyi, tercüman lazım değil, tercümana gerek yok, tercüman gerekmez, almanca biliyor, almancası iyi, ihtiyacı yok
    .unsure = anlamadım, anlamıyorum, bilmiyorum, emin değilim, soruyu anlamadım
    .own = arkadaşım tercüme eder, arkadaşım çevirir, arkadaşımı getiririm, arkadaşım gelir, oğlum tercüme eder, kızım tercüme eder, eşim tercüme eder, biri tercüme eder, oğlum çevirir, kızım çevirir, arkadaşım tercüme, arkadaşım çevir, kızım tercüme, oğlum tercüme, eşim tercüme, kızım çevir, oğlum çevir, eşim çevir, oğlum tercüme yapar, kızım tercüme yapar, eşim tercüme yapar, tercüme yapar, ben tercüme ederim, ben çeviririm
    .need = lazım, lazim, gerek, gerekli, ihtiyacı var, istiyor
interpreter-language-question = Tercüman hangi dili konuşmalı?
interpreter-language-type = Lütfen dilin adını yazın.
interpreter-question-for-someone = Bu kişinin randevuda tercümana ihtiyacı var mı?

## Summary and correction
summary-title = Lütfen başvurunuzu kontrol edin:
summary-institution = Kime: { $institution }
summary-question = Her şey doğru mu?
summary-which-field = Neyi değiştirmek istiyorsunuz?
value-skipped = (cevap yok)
value-yes = Evet
value-no = Hayır
value-photos =
    { $count ->
        [one] 1 fotoğraf
       *[other] { $count } fotoğraf
    }
value-photos-none = yok (belge yok)
value-interpreter-no = Tercüman gerekmiyor
appointment-mornings = Sabahları
    .typed = sabah, öğleden önce
appointment-afternoons = Öğleden sonra
    .typed = öğleden sonra, öğlen, öğle
appointment-any = Her zaman olur
    .typed = her zaman, farketmez, fark etmez, ne zaman olursa, ne zaman isterseniz, size uygun olduğunda, her gün olur
appointment-none = Hiçbiri uymuyor
    .typed = hiçbiri, hicbiri, hiçbiri uymuyor, hiçbir saat, hiçbir zaman uymuyor, hicbir saat
appointment-none-when = Ne zaman gelebilirsiniz? Kendi sözlerinizle yazın. Örneğin: pazartesi günleri olmaz veya sadece saat 10'dan sonra. Kurum size bir zaman arar.
appointment-after-hours = Daireler akşamları kapalıdır. Lütfen aşağıdan size en uygun zamanı seçin.
appointment-office-closed = Daire bu saatte açık değil.
appointment-days-open-then = Daire bu saatte sadece şu günlerde açık: { $days }.
appointment-hour-after = saat { $time } sonrası
appointment-hour-at = saat { $time }
appointment-hour-until = saat { $time } öncesi
list-separator = { ", " }
topics-several = Mesajınız birkaç konuya uyuyor: { $topics }. Hangisini kastediyorsunuz? Aşağıdaki düğmelerden birini seçin veya konunun adını yazın.
office-hours = Açık: { $hours }
office-open-now = Şu an açık, { $until } saatine kadar.
office-opens-today = Şu an kapalı. Tekrar açık: bugün { $from } itibarıyla.
office-opens-tomorrow = Şu an kapalı. Tekrar açık: yarın { $from } itibarıyla.
office-opens-on = Şu an kapalı. Tekrar açık: { $day } { $from } itibarıyla.
office-email = E-posta: { $email }
office-phone = Telefon: { $phone }
office-in-form =
    İşte daire, ne zaman açık ve nerede:
    { $office }
    Şimdi lütfen bu soruyu cevaplayın:
    .asked = açık mı, ne zaman açık, saat kaçta açık, açılıyor, açılış saat, çalışma saatleri, mesai saatleri
appointment-day-from-office = Teşekkürler. Randevu gününü daire size verir. Daha sonra da olabilir.
    .typed = en kısa zamanda, en kısa sürede, bir an önce, hemen, acil, şimdi, çabuk

## After sending
request-submitted = Teşekkürler! Başvurunuzun numarası: { $reference }. Şimdi { $institution } kurumuna gönderiyorum.
request-sent = { $reference } numaralı başvurunuz { $institution } kurumuna gönderildi.
request-next =
    { $way ->
        [chat] Cevap buraya, bu sohbete gelecek.
        [email] Kurum size e-posta ile cevap verecek.
        [phone] Kurum sizi arayacak.
        [message] Kurum telefon numaranıza mesaj yazacak.
        [letter] Kurum size mektup gönderecek.
       *[unknown] Kurum sizinle iletişime geçecek.
    } Bu birkaç gün sürebilir.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = Mesajınız acil görünüyor. Bunu daireye söyledim.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = Tehlikede misiniz? O zaman 110 veya 112'yi arayın.
request-urgent-letter = Mektup birkaç gün sürer. Bekleyemez misiniz? O zaman lütfen kendiniz daireye gidin.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = Biri çok mu hasta? Gece ve hafta sonu: 116117'yi arayın. Hayati tehlike: 112.
request-failed = { $reference } numaralı başvurunuzu { $institution } kurumuna gönderemedim. Lütfen kurumla doğrudan iletişime geçin.
request-sent-write-hint = Bir şey değişti mi? “{ $command }” yazın. Orada başvurunuz hakkında mesaj gönderebilirsiniz.
documents-to-bring = Lütfen bu belgeleri randevuya getirin:
documents-none = Belge getirmenize gerek yok.
documents-without-papers = Bu belgelerden bazıları sizde yok mu? Elinizde olanları getirin. Kurum size başka ne yapabileceğinizi söyleyecek.

## My requests (/status)
status-none = Henüz başvurunuz yok.
status-reference-unknown = { $reference } numaralı başvuru burada bende yok. Belki verilerinizi sildiniz. Başvuru hâlâ kurumda. Kurumu arayın veya yazın ve bu numarayı söyleyin.
status-reference-not-yours = { $reference } numaralı başvuruyu bilmiyorum. Lütfen numarayı kontrol edin. Başvurularınız aşağıda.
status-draft = Henüz gönderilmedi: { $title }. Tamamlamak için ana menüde (/menu) “{ $button }” seçin.
status-header = Başvurularınız:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = gönderilmeyi bekliyor
status-sent = gönderildi
status-failed = gönderilemedi
status-closed = kapatıldı
status-cancel-asked = gönderildi. { $date } tarihinde iptal edilmesini istediniz.
status-long-wait =
    Bunu { $days } gün önce gönderdiniz. Hâlâ cevap yok mu? Lütfen kurumu arayın veya oraya gidin:
    { $office }
status-call-office =
    Kurumu arayabilir veya oraya gidebilirsiniz:
    { $office }
    .asked = telefon numarası ne, telefon numarası nedir, kurumun numarası, dairenin numarası, büronun numarası, telefonla arayabilir miyim, arayabilir miyim, nasıl arayabilirim, telefon numarası var mı, telefon numaraları, telefonu ne, numarası ne, telefon numarası kaç
status-write-hint = Bir başvuru hakkında kuruma yazmak ister misiniz? Aşağıdan başvuruyu seçin.
status-tell-office =
    Yanlış bir şey mi var, ya da bir şey mi değişti? Daireye söyleyin. { $reference } numarasını verin.
    { $office }
status-question-hint = Sorunuz bu başvurulardan biriyle mi ilgili? Aşağıdan seçin: Sorunuzu kuruma göndereceğim. Cevap buraya gelecek.
status-write-hint-addendum = Bir başvuruya bir şey eklemek veya düzeltmek mi istiyorsunuz? Aşağıdan başvuruyu seçin. Mesajınızı kuruma e-posta ile göndereceğim.
status-photo-hint = Fotoğrafınız bende. Bu başvurulardan biri için mi? Aşağıdan seçin. Sonra onu kuruma gönderirim.
page-words-for-request = Mesajınız gönderdiğiniz bir başvuruyla mı ilgili? O zaman aşağıdan seçin. Mesajınızı kuruma göndereceğim.
status-question-hint-addendum =
    Bu başvurulardan biriyle mi ilgili? Aşağıdan seçin. Mesajınızı kuruma e-posta ile göndereceğim. Kurum bu sohbette cevap vermez: { $way ->
        [phone] sizi arar.
        [email] size e-posta ile cevap verir.
        [message] telefonunuza mesaj yazar.
        [letter] size posta ile mektup gönderir.
       *[other] sizi arar veya size yazar.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ Tüm başvurularıma
person-sent-to-all =
    Mesajınızı bu kurumlara gönderdim:
    { $offices }

## Talking to a person
person-intro = { $institution } kurumundan mesaj:
person-reply-hint = Buradan cevap verebilirsiniz. Mesajınızı yazın.
person-start = Sorunuzu buraya yazın. { $institution } kurumundan bir kişi bu sohbette cevap verecek. Bu birkaç gün sürebilir.
person-forwarded = { $institution } kurumuna gönderildi. Cevap buraya gelecek.
person-question-sent = Sorunuzu { $institution } kurumuna gönderdim. Cevap buraya gelecek. Eklemek istediğiniz bir şey varsa buraya yazabilirsiniz.
person-start-request = { $reference } numaralı başvuru hakkındaki mesajınızı buraya yazın. Mesajı { $institution } kurumuna göndereceğim. Cevap buraya gelecek.
person-addendum-start =
    { $reference } numaralı başvuruya eklemek istediğinizi buraya yazın veya bir fotoğraf gönderin. Bunu { $institution } kurumuna e-posta ile göndereceğim. Kurum bu sohbette cevap vermez: { $way ->
        [phone] sizi arar.
        [email] size e-posta ile cevap verir.
        [message] telefonunuza mesaj yazar.
        [letter] size posta ile mektup gönderir.
       *[other] sizi arar veya size yazar.
    }
person-addendum-sent =
    Bunu { $institution } kurumuna e-posta ile gönderdim. Kurum bu sohbette cevap vermez: { $way ->
        [phone] sizi arar.
        [email] size e-posta ile cevap verir.
        [message] telefonunuza mesaj yazar.
        [letter] size posta ile mektup gönderir.
       *[other] sizi arar veya size yazar.
    } Buraya daha fazla yazabilir veya fotoğraf gönderebilirsiniz.
person-already-sent = Bu mesajı { $institution } kurumuna zaten gönderdim. Buraya yeni bir şey yazabilirsiniz.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = Bu fotoğrafı { $institution } kurumuna zaten gönderdim. Buraya başka bir fotoğraf gönderebilir veya yeni bir şey yazabilirsiniz.
person-sent-again = Bu mesajı { $date } tarihinde zaten gönderdiniz. Tekrar gönderiyorum. Kurum, cevap beklediğinizi görecek.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = Bu fotoğraf { $reference } numaralı başvurunuzda zaten var. Onu daha önce gönderdim. Buraya başka bir fotoğraf gönderebilir veya yeni bir şey yazabilirsiniz.
person-sent-words = Yazdığınız: “{ $words }”
talk-stopped = Tamam. Başka bir şey göndermiyorum.
talk-stopped-case = Tamam. { $reference } hakkında başka bir şey göndermiyorum. Başvuru { $institution } kurumunda kalıyor.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = Bunu kendim cevapladım. Kuruma göndermedim. Kurum bunu okusun mu? O zaman tekrar yazın.
talk-danger-held = Mesajınızı { $institution } kurumuna göndermedim. { $institution } okusun mu? O zaman tekrar yazın.
talk-office =
    İşte kurum, ne zaman açık ve nerede:
    { $office }
talk-new-topic-held = Bu yeni bir konu gibi: { $topic }. Bunu { $institution } kurumuna göndermedim. { $topic } ana menüde. Mesajınız { $institution } için mi? O zaman tekrar yazın.
    .want = lazım, lazim, istiyorum, istiyoruz, ihtiyacım, ihtiyacim, ihtiyacımız, gerek, arıyorum
request-for-relative = Başka biri için başvuru mu? O zaman lütfen yeni bir başvuru başlatın, burada:
person-files-sent = Bunu { $institution } kurumuna gönderdim. Cevap buraya gelecek. Eklemek istediğiniz bir şey veya bir sorunuz varsa buraya yazabilirsiniz.
person-closed = { $institution } bu konuşmayı kapattı. Başka yardıma ihtiyacınız varsa menüden seçin.
person-unavailable = Üzgünüm, şu anda sohbette kimse cevap veremiyor. Lütfen { $email } adresine e-posta yazın.
person-unavailable-form = Üzgünüm, şu anda sohbette kimse cevap veremiyor. Bir başvuru gönderebilirsiniz: aşağıda “{ $button }” seçeneğini seçin. Ya da { $email } adresine e-posta yazın.
person-not-forwarded = Bu dosyayı gönderemiyorum. Lütfen bir fotoğraf veya yazılı bir mesaj gönderin.
appointment-confirmed =
    { $institution } kurumunda randevunuz var.
    Tarih: { $date }
    Saat: { $time }
    Yer: { $place }
appointment-reminder =
    Hatırlatma: Yarın { $institution } kurumunda randevunuz var.
    Tarih: { $date }
    Saat: { $time }
    Yer: { $place }
appointment-reminder-note = Size bir gün önce hatırlatacağım.
button-write-to-person = Cevap ver

## Delete my data (/delete)
delete-confirm = Sizin hakkınızda kaydettiğim her şeyi silmek istiyor musunuz? Henüz gönderilmemiş başvurular da silinir.
delete-done = Tamam. Bütün bilgilerinizi sildim.
delete-sent-stay = Daha önce gönderdiğiniz başvurular dairede kalır: { $references }. Orada da silinmeleri için daireye yazın ve numarayı verin.
delete-kept = Tamam. Hiçbir şey silinmedi.

## Email to the institution (written in the institution's language)
email-subject = Başvuru { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = Başvuru { $reference } (acil olabilir): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = Acil olabilir. Kişinin metninde tanınan: { $words }
email-intro = Kompass üzerinden yeni bir başvuru geldi.
email-reference = Başvuru numarası
email-submitted-at = Geliş zamanı
email-channel = Kanal
email-person-language = Sohbetin dili
email-person-language-named = Kişinin kendi dili olarak söylediği: { $language }
email-earlier = Aynı sohbetten Kompass üzerinden dairenize önceki başvurular (bu kişiden veya bir yakını için): { $requests }
email-for-relative = Sohbette bir aile üyesinden söz edildi: Başvuru muhtemelen o kişi için, başka biri yazdı. Telefon ve e-posta o zaman yazan kişiye ait olabilir.
email-relative-named = Kişinin sözlerinde geçen: { $who }.
email-by-helper = Sohbette aileden olmayan bir yardımcıdan söz edildi (örneğin komşu, gönüllü veya sosyal hizmet uzmanı): Başvuru muhtemelen başka biri için, yardımcı yazdı. Telefon ve e-posta o zaman yardımcıya ait olabilir.
email-person-asked-as-theirs = Kişiyle ilgili sorular (örneğin ad ve doğum tarihi) açıkça bu kişi hakkındaydı.
email-person-asked-before = Talebin kimin için olduğu sohbette ancak kişiyle ilgili bir sorudan (örneğin ad veya doğum tarihi) sonra söylendi: bu cevap yazan kişiye ait olabilir. Lütfen kontrol edin.
email-said-with = Kişi ekliyor
email-said-with-date = Fars takvimine (Hicri Şemsi) göre verildi, Kompass çevirdi
email-date-past-deadline = { $date } ({ $days } gün önce; süre { $deadline } gün)
email-interpreter = Tercüman
email-interpreter-no = kişiye göre gerek yok
email-interpreter-no-writer = kişi adına yazana göre gerek yok
email-attachments = Ekler
email-footer = Bu e-posta Kompass tarafından otomatik olarak yazıldı.
email-part = Bölüm { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = “{ $title }” başvurunuzu iptal etmek istiyor musunuz? Cevaplarınız ve fotoğraflarınız silinir.
button-cancel-yes = Evet, iptal et
button-cancel-no = Hayır, devam et
cancel-kept = Tamam. Cevaplarınız kayıtlı kalıyor.
unknown-command = Bu komutu bilmiyorum.
error-name-letter = Lütfen adı harflerle yazın.
error-name-digit = Bir isimde rakam olmaz. Lütfen sadece adı yazın, pasaportunuzdaki gibi.
error-name-arabizi = İsimde rakam olmaz. Pasaportunuzda böyle mi yazıyor: { $name }? O zaman lütfen böyle yazın.
error-name-label = “{ $label }” menüde yazıyor. Bu bir isim değil. Lütfen adınızı pasaportunuzdaki gibi yazın.
error-answer-letter = Lütfen harflerle yazın.
error-address-street = Adreste sokağın adı olmalı. Lütfen sokağı, ev numarasını ve köyü yazın.
error-address-unknown = Adresiniz kira sözleşmenizde (Mietvertrag) veya evinize gelen bir mektupta yazar. Ev sahibinize veya sosyal görevlinize de sorabilirsiniz. Cevaplarınızı saklıyorum: daha sonra devam edebilirsiniz.
error-text-word = "{ $word }" daireye konunun ne olduğunu söylemiyor. Lütfen birkaç kelimeyle yazın.
content-changed = Bu bölüm değişti. Lütfen buradan devam edin.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Cevap: lütfen kurumunuzun Matrix odasında, bu başvuru numarasının olduğu konuşmada cevap verin. Cevap, kişiye kendi mesajlaşma uygulamasında ulaşır.
email-answer-email = Cevap: bu e-postaya verilen cevap kişinin e-posta adresine gider.
email-answer-relay = Cevap: bu e-postayı cevaplamanız yeterli. Cevap kişiye mesajlaşma uygulamasında, eklerle (PDF, fotoğraf) ulaşır.
email-answer-phone = Cevap: lütfen kişiyi verdiği telefon numarasından arayın.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = Cevap: lütfen verilen telefon numarasını arayın. Belki yazan kişinin numarasıdır.
email-answer-message = Cevap: kişi yazılı mesaj istiyor (yazdığı gibi SMS veya mesajlaşma uygulaması). Lütfen verdiği telefon numarasına yazın.
email-answer-letter = Cevap: kişi telefon numarası veya e-posta adresi vermedi. Lütfen verilen adrese mektup yazın.
email-answer-letter-urgent = Cevap mektupla, ama konu acil olabilir: mektup geç kalabilir. Kişiden, bekleyemiyorsa daireye gelmesi istendi.
email-phone-someone-else = Telefon numarasının yanındaki not başka birini anıyor: numara kişinin kendisine ait olmayabilir.
email-answer-none = Cevap: kişi iletişim bilgisi vermedi. Kompass üzerinden cevap alamaz.
email-answer-language = Kişi { $language } konuşuyor. Lütfen basit Almanca ile, kısa cümlelerle yazın veya konuşun.
email-answer-language-interpreter = Kişi { $language } konuşuyor ve konuşmak için tercümana ihtiyacı var. Yazılı olarak lütfen basit Almanca ile, kısa cümlelerle yazın.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = Kişi { $language } konuşuyor. Lütfen İngilizce veya basit Almanca ile, kısa cümlelerle yazın ya da konuşun.
email-answer-language-helper = Sohbette bu kişi için başka biri yazıyor, { $chat } dilinde. Kişinin kendisi { $language } konuşuyor: lütfen tercümanla.
email-answer-language-writer = Sohbette bu kişi için başka biri yazıyor, { $chat } dilinde. Kişinin kendisinin hangi dili konuştuğu söylenmedi.
contact-needed = Kurumun size cevap verebilmesi gerekiyor. Lütfen bir telefon numarası veya e-posta adresi verin.
contact-needed-visit = Telefonunuz da e-postanız da yok mu? O zaman lütfen kendiniz kuruma gidin: { $address }
contact-needed-letter = Telefonunuz da e-postanız da yok mu? O zaman kurum size bu adrese mektup gönderir: { $home }
contact-by-letter = Telefon numarası ve e-posta vermediniz. Bu yüzden kurum size bu adrese mektup gönderir: { $home }
document-received =
    { $count ->
        [one] 1 belge aldım (PDF).
       *[other] { $count } belge aldım (PDF).
    }
value-documents =
    { $count ->
        [one] 1 belge (PDF)
       *[other] { $count } belge (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = Sadece tek bir kişiyle olan sohbetlerde konuşuyorum, çünkü sorularınız ve belgeleriniz özeldir. Bu odadan çıkıyorum. Lütfen bana özel bir sohbette yazın.
matrix-undecryptable = Son mesajınızı okuyamadım. Lütfen tekrar gönderin.

## Terminal chat (kompass chat): its own notes
terminal-photo-hint = (Terminal: /photo PATH bir dosya gönderir.)
terminal-not-utf8 = Bu satırı okuyamıyorum. Lütfen tekrar yazın.
terminal-file-missing = { $path } diye bir dosya yok.
terminal-file-not-regular = Bu normal bir dosya değil: { $path }. Lütfen bir fotoğrafın yolunu verin.
terminal-file-unreadable = Bu dosyayı açamıyorum: { $path }.
terminal-emails-queued = Hâlâ bekleyen e-postalar: { $count }. Bir sonraki başlatmada gönderilecekler.

## Edits (Telegram and Matrix)
edit-not-applied = Bir mesajı değiştirdiniz. Değiştirilen mesajları okuyamıyorum. Lütfen doğru cevabı yeni bir mesaj olarak tekrar gönderin.
