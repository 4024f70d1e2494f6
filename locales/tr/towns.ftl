# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 Nerede oturuyorsunuz? Lütfen şehrinizi seçin.
button-change-town = 🏘 Şehri değiştir
cmd-town = Şehri değiştir
