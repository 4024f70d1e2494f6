# Several municipalities in one Kompass. AI draft, not reviewed (docs/translations.md).
town-question = 🏘 Hûn li ku dijîn? Ji kerema xwe bajarê xwe hilbijêrin.
button-change-town = 🏘 Bajêr biguherîne
cmd-town = Bajêr biguherîne
