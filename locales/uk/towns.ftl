# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 Де ви живете? Будь ласка, виберіть своє місто.
button-change-town = 🏘 Змінити місто
cmd-town = Змінити місто
