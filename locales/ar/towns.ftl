# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 أين تسكن؟ من فضلك اختر مدينتك.
button-change-town = 🏘 تغيير المدينة
cmd-town = تغيير المدينة
