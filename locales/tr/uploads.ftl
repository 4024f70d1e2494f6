# Refused uploads: damaged photos, PDFs with hidden content, files too big for an email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Turkish: machine-assisted draft, not yet reviewed by a native speaker (docs/translations.md).
upload-photo-damaged = Fotoğraf bozuk veya okunamıyor. Lütfen fotoğrafı yeniden çekin.
upload-not-received = Dosyanızı alamadım. Lütfen tekrar gönderin.
upload-pdf-encrypted = Bu PDF dosyası şifreli. Bu dosyayı kuruma gönderemiyorum. Lütfen şifresiz bir PDF veya sayfaların fotoğraflarını gönderin.
upload-pdf-javascript = Bu PDF dosyasında bir program (JavaScript) var. Bu dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-launch = Bu PDF dosyası bir program çalıştırmaya çalışıyor. Bu dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-embedded-file = Bu PDF dosyasının içinde başka dosyalar var. Bu dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-unreadable = Bu PDF dosyasını açamıyorum. Belki bozuktur. Lütfen sayfaların fotoğraflarını gönderin.
upload-too-large-for-email = Bu dosya, kuruma e-postayla gönderilemeyecek kadar büyük. Lütfen { $max } MB'tan küçük bir dosya veya sayfaların fotoğraflarını gönderin.
