# Dil aracıları: kurumun cevabı kişi için çevrilir.
mediation-pending = { $institution } kurumu size cevap verdi. Bir tercüman cevabı sizin dilinize çeviriyor. Çeviriyi yakında burada alacaksınız.
mediation-translated = Tercümanın çevirisi:
mediation-original = Almanca metin:
