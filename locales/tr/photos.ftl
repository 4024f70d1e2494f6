# Dairenin okumakta zorlanabileceği fotoğraflar (photo/quality.rs).
photo-check-small = Fotoğraf çok küçük. Daire onu belki okuyamaz.
photo-check-dark = Fotoğraf çok karanlık. Daire onu belki okuyamaz.
photo-check-bright = Fotoğraf çok aydınlık. Yazı zor görünüyor.
photo-check-blurred = Fotoğraf bulanık. Daire onu belki okuyamaz.
photo-check-several = Daire { $count } fotoğrafı belki zor okur.
photo-tip-page = İpucu: Telefonu yaklaştırın. Sayfa bütün fotoğrafı doldurmalı.
photo-tip-light = İpucu: Aydınlık bir yere gidin, örneğin bir pencerenin yanına.
photo-tip-glare = İpucu: Flaş kullanmayın. Fotoğrafı doğrudan güneşte çekmeyin.
photo-tip-still = İpucu: Kâğıdı bir masaya koyun. Telefonu iki elinizle sabit tutun.
photo-check-question = Lütfen yeni bir fotoğraf çekin ve gönderin.
button-photo-retake = Yeni fotoğraf çek
button-photo-keep = Yine de gönder
