# Several municipalities in one Kompass (docs/flows.md, "Several municipalities").
town-question = 🏘 Where do you live? Please choose your town.
button-change-town = 🏘 Change town
cmd-town = Change town
