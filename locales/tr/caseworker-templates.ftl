# Yetkililerin yanıt şablonları (`!vorlage NAME name=value …`),
# locales/de/caseworker-templates.ftl dosyasından çeviri. Kimlikleri ve { $variable } değerlerini değiştirmeyin.

unterlagen-erhalten = Belgelerinizi aldık. Teşekkür ederiz! Belgeleri kontrol edip size yazacağız.
termin = Bizde randevunuz var: { $datum } tarihinde, saat { $uhrzeit }. Yer: { $ort }. Lütfen zamanında gelin.
mitbringen = Lütfen randevuya bunları getirin: { $unterlagen }.
foto-unscharf = Bu belgenin fotoğrafını iyi okuyamıyoruz: { $dokument }. Lütfen yeni bir fotoğraf gönderin. İpucu: iyi ışık, sayfanın tamamı görünsün, telefonu sabit tutun.
anrufen = Lütfen bizi arayın: { $telefon }.
mehr-zeit = Başvurunuz için daha fazla zamana ihtiyacımız var. { $datum } tarihine kadar cevap alacaksınız.
abgeschlossen = Başvurunuzla ilgili işlem tamamlandı. Başka sorunuz varsa bize yazın.
sprechzeiten = Lütfen çalışma saatlerimizde ofisimize gelin: { $zeiten }. Randevu almanız gerekmiyor.
dolmetscher = Randevunuzda bir tercüman size yardım edecek. Yanınızda kimseyi getirmeniz gerekmiyor.
termin-verschoben = Randevunuz değişti. Yeni randevunuz: { $datum } tarihinde, saat { $uhrzeit }.
nachreichen = Lütfen bu belgeyi { $datum } tarihine kadar bize gönderin: { $dokument }. Burada sohbette bir fotoğraf gönderebilirsiniz.
nicht-erreicht = Sizi aramaya çalıştık ama ulaşamadık. Lütfen sizi ne zaman arayabileceğimizi buraya yazın.
termin-bestaetigen = Randevuya gelebilir misiniz? Lütfen evet ya da hayır diye cevap verin.
in-bearbeitung = Başvurunuzu aldık ve üzerinde çalışıyoruz. Lütfen biraz sabırlı olun. Size yazacağız.
