# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = Şunu yazdınız: { $name }
    Kurum, ismin Latin harfleriyle (A, B, C …) yazılmasını istiyor: pasaportta veya kimlik kartında olduğu gibi. Lütfen ismi böyle yazın.
name-latin-suggestion = Bu doğru mu: { $suggestion }? O zaman aşağıdan seçin.
button-name-no-latin = Latin harfleriyle belgem yok
    .typed = yazamıyorum, yazamam, bilmiyorum, bilmem, yazamiyorum
error-name-not-latin = Lütfen Latin harfleri (A, B, C …) kullanın. Ya da aşağıdan bir seçenek seçin.
answer-word-check = Şunu yazdınız: { $word }
    Cevap gerçekten bu mu? O zaman aşağıdan seçin. Değilse lütfen cevabı yazın:
name-in-both = “{ $shared }” iki isimde de var. Hangisi doğru?
address-number-check = Şunu yazdınız: { $address }
    Kapı numarası eksik. Lütfen onu da yazın, örneğin: 5
    Kapı numarası yok mu? O zaman adresinizi aşağıdan seçin.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = Şunu yazdınız: { $address }
    Sokak ve bina numarası eksik. Lütfen onları da yazın, örneğin: Am Bach 3
    Sokak yok mu? O zaman aşağıdan adresinizi seçin.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = “{ $number }” yazdınız. Bu bina numarası mı?
address-latin-question = Şunu yazdınız: { $address }
    Kurum mektuplarını bu adrese gönderecek. Lütfen adresi Latin harfleriyle (A, B, C …) yazın: posta kutunuzda veya kira sözleşmenizde yazdığı gibi.
button-address-keep = Latin harfleriyle yazamıyorum
    .typed = yazamıyorum, yazamam, bilmiyorum, bilmem, yazamiyorum
value-name-original = { $latin } (orijinal yazılışı: { $original })
value-name-suggested = { $latin } (Kompass tarafından yazıldı, lütfen pasaportla karşılaştırın; orijinal yazılışı: { $original })
value-name-no-latin = { $original } (orijinal yazılışı; adın Latin harfleriyle yazıldığı bir belge yok)
email-untranslated = { $label } ({ $language }, çevrilmedi)
email-untranslated-unknown = { $label } (çevrilmedi)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Telefon numarası hakkında not
email-phone-foreign = { $number } (yurt dışından ise, belki: { $foreign })
email-note-gist = Tanınan kelimeler (çeviri değil): { $words }
email-names-latin = İçindeki isimler, Latin harfleriyle yaklaşık: { $names }
email-attached = { $value } (ekte: { $file })
email-photos-other-paper = { $photos }, büyük ihtimalle başka bir belgenin (istenen belge olmadan)
email-untranslated-latin = { $text } (Latin harfleriyle yaklaşık: { $latin })
