# Pelên ku nayên qebûlkirin: wêneyên xirabûyî, PDF bi naveroka veşartî, pelên pir mezin.
# Id û { $variables } neguherînin. Hevokên kurt, peyvên hêsan.
upload-photo-damaged = Wêne xirab e an nayê xwendin. Ji kerema xwe wêneyê dîsa bikşînin.
upload-pdf-encrypted = Ev pelê PDF şîfreyek heye. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe PDF-yek bê şîfre an wêneyên rûpelan bişînin.
upload-pdf-javascript = Di vî pelê PDF de bernameyek (JavaScript) heye. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-launch = Ev pelê PDF dixwaze bernameyekê bide destpêkirin. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-embedded-file = Di vî pelê PDF de pelên din hene. Ez nikarim wî ji nivîsgehê re bişînim. Ji kerema xwe wêneyên rûpelan bişînin.
upload-pdf-unreadable = Ez nikarim vî pelê PDF vekim. Dibe ku xirab be. Ji kerema xwe wêneyên rûpelan bişînin.
upload-too-large-for-email = Ev pel ji bo e-nameyekê ji nivîsgehê re pir mezin e. Ji kerema xwe pelekî ji { $max } MB piçûktir an wêneyên rûpelan bişînin.
