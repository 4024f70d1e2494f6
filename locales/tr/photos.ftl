# Dairenin okumakta zorlanabileceği fotoğraflar (photo/quality.rs).
photo-check-small = Fotoğraf çok küçük. Kurum bu fotoğrafı okuyamayabilir.
photo-check-dark = Fotoğraf çok karanlık. Kurum bu fotoğrafı okuyamayabilir.
photo-check-bright = Fotoğraf çok parlak. Yazı zor okunuyor.
photo-check-blurred = Fotoğraf bulanık. Kurum bu fotoğrafı okuyamayabilir.
photo-check-several = Kurum { $count } fotoğrafı okumakta zorlanabilir.
photo-tip-page = İpucu: Telefonu yaklaştırın. Sayfa bütün fotoğrafı doldurmalı.
photo-tip-light = İpucu: Aydınlık bir yere gidin, örneğin bir pencerenin yanına.
photo-tip-glare = İpucu: Flaş kullanmayın. Fotoğrafı doğrudan güneşte çekmeyin.
photo-tip-still = İpucu: Kâğıdı bir masaya koyun. Telefonu iki elinizle sabit tutun.
photo-check-question = Lütfen yeni bir fotoğraf çekin ve gönderin.
button-photo-retake = Yeni fotoğraf çek
button-photo-keep = Yine de gönder
button-photo-remove = Son fotoğrafı sil
    .typed = fotoğrafı sil, fotoyu sil, yanlış fotoğraf, yanlış foto, fotoğrafı kaldır, resmi sil, fotoğraf yanlış, yanlış fotoğraf gönderdim
photo-removed = Son fotoğrafı sildim. Kuruma gitmeyecek.
