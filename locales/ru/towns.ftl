# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 Где вы живёте? Пожалуйста, выберите свой город.
button-change-town = 🏘 Сменить город
cmd-town = Сменить город
