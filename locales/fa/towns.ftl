# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 کجا زندگی می‌کنید؟ لطفاً شهر خود را انتخاب کنید.
button-change-town = 🏘 تغییر شهر
cmd-town = تغییر شهر
