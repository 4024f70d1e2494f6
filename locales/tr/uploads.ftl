# Kabul edilmeyen dosyalar: bozuk fotoğraflar, gizli içerikli PDF'ler, çok büyük dosyalar.
# id'leri ve { $variables } değişkenlerini değiştirmeyin. Kısa cümleler, kolay kelimeler.
upload-photo-damaged = Fotoğraf bozuk veya okunamıyor. Lütfen fotoğrafı tekrar çekin.
upload-pdf-encrypted = Bu PDF dosyasının şifresi var. Dosyayı kuruma gönderemiyorum. Lütfen şifresiz bir PDF veya sayfaların fotoğraflarını gönderin.
upload-pdf-javascript = Bu PDF dosyasında bir program (JavaScript) var. Dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-launch = Bu PDF dosyası bir program başlatmak istiyor. Dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-embedded-file = Bu PDF dosyasının içinde başka dosyalar var. Dosyayı kuruma gönderemiyorum. Lütfen sayfaların fotoğraflarını gönderin.
upload-pdf-unreadable = Bu PDF dosyasını açamıyorum. Belki dosya bozuk. Lütfen sayfaların fotoğraflarını gönderin.
upload-too-large-for-email = Bu dosya kuruma gidecek bir e-posta için çok büyük. Lütfen { $max } MB'tan küçük bir dosya veya sayfaların fotoğraflarını gönderin.
