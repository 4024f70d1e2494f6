# Refused uploads: damaged photos, PDFs with hidden content, files too big for an email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Kurdish (Kurmanji, Latin script): machine-assisted draft, not yet reviewed by a native
# speaker (docs/translations.md).
upload-photo-damaged = Wêne xirab e an nayê xwendin. Ji kerema xwe wêneyê dîsa bikişînin.
upload-not-received = Min nikarî pelê we bistînim. Ji kerema xwe wî dîsa bişînin.
upload-pdf-encrypted = Şîfreya vî pelê PDF heye. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe PDFeke bê şîfre an wêneyên rûpelan bişînin.
upload-pdf-javascript = Di vî pelê PDF de bernameyek (JavaScript) heye. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-launch = Ev pelê PDF dixwaze bernameyekê bide destpêkirin. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-embedded-file = Di vî pelê PDF de pelên din hene. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-unreadable = Ez nikarim vî pelê PDF vekim. Dibe ku xirab be. Ji kerema xwe wêneyên rûpelan bişînin.
upload-too-large-for-email = Ev pel ji bo e-nameyekê ji nivîsgehê re pir mezin e. Ji kerema xwe pelekî ji { $max } MB piçûktir an wêneyên rûpelan bişînin.
