# Wêneyên ku nivîsgeh belkî nikare bixwîne (photo/quality.rs).
photo-check-small = Wêne pir biçûk e. Belkî nivîsgeh nikaribe wî bixwîne.
photo-check-dark = Wêne pir tarî ye. Belkî nivîsgeh nikaribe wî bixwîne.
photo-check-bright = Wêne pir ronî ye. Nivîs baş xuya nake.
photo-check-blurred = Wêne ne zelal e. Belkî nivîsgeh nikaribe wî bixwîne.
photo-check-several = Belkî nivîsgeh nikaribe { $count } wêneyan baş bixwîne.
photo-tip-page = Şîret: Telefonê nêzîktir bigirin. Divê rûpel tevahiya wêneyê tijî bike.
photo-tip-light = Şîret: Herin cihekî ronî, bo nimûne li ber pencereyê.
photo-tip-glare = Şîret: Flaşê bi kar neynin. Wêneyê di bin tava rasterast de nekişînin.
photo-tip-still = Şîret: Kaxezê deynin ser maseyê. Telefonê bi her du destan bêlivîn bigirin.
photo-check-question = Ji kerema xwe wêneyekî nû bikişînin û bişînin.
button-photo-retake = Wêneyekî nû bikişîne
button-photo-keep = Dîsa jî bişîne
button-photo-remove = Wêneyê dawî jê bibe
    .typed = wêneyê jê bibe, wêne jê bibe, wêneyê şaş, wêne şaş e, foto jê bibe, wêneyê paqij bike, ne ev wêne ye
photo-removed = Min wêneyê dawî jê bir. Ew naçe daîreyê.
