# Mehrere Gemeinden in einem Kompass (docs/flows.md, "Mehrere Gemeinden").
town-question = 🏘 Wo wohnen Sie? Bitte wählen Sie Ihren Ort.
button-change-town = 🏘 Ort wechseln
cmd-town = Ort wechseln
