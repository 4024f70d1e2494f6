# Refused uploads: damaged photos, PDFs with hidden content, files too big for an email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Turkish: machine-assisted draft, not yet reviewed by a native speaker (docs/translations.md).
upload-photo-damaged = Fotoğraf bozuk veya okunamıyor. Lütfen fotoğrafı yeniden çekin.
upload-pdf-encrypted = Bu PDF dosyasının şifresi var. Onu daireye gönderemem. Lütfen şifresiz bir PDF veya sayfaların fotoğraflarını gönderin.
upload-pdf-javascript = Bu PDF dosyasında bir program (JavaScript) var. Onu daireye gönderemem. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-launch = Bu PDF dosyası bir program başlatmak istiyor. Onu daireye gönderemem. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-embedded-file = Bu PDF dosyasının içinde başka dosyalar var. Onu daireye gönderemem. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-unreadable = Bu PDF dosyasını açamıyorum. Belki bozuktur. Lütfen sayfaların fotoğraflarını gönderin.
upload-too-large-for-email = Bu dosya daireye gidecek bir e-posta için çok büyük. Lütfen { $max } MB'tan küçük bir dosya veya sayfaların fotoğraflarını gönderin.
