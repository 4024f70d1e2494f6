# Şablonên bersivên karmendan (`!vorlage NAME name=value …`), wergera
# locales/de/caseworker-templates.ftl. Nasname û { $variable } neguherînin.

unterlagen-erhalten = Belgeyên we gihîştin me. Spas! Em ê wan kontrol bikin û ji we re binivîsin.
termin = Li cem me randevûya we heye: roja { $datum } saet { $uhrzeit }. Cih: { $ort }. Ji kerema xwe di wextê xwe de werin.
mitbringen = Ji kerema xwe van tiştan bi xwe re bînin randevûyê: { $unterlagen }.
foto-unscharf = Em wêneyê vê belgeyê baş nikarin bixwînin: { $dokument }. Ji kerema xwe wêneyekî nû bişînin. Şîret: ronahiya baş, tevahiya rûpelê di wêneyê de, telefonê nelivînin.
anrufen = Ji kerema xwe telefonî me bikin: { $telefon }.
mehr-zeit = Ji bo daxwaza we em hewceyî demeke zêdetir in. Heta { $datum } hûn ê bersivekê bistînin.
abgeschlossen = Karê me li ser daxwaza we qediya. Heke pirsên we yên din hebin, ji me re binivîsin.
sprechzeiten = Ji kerema xwe di saetên kar de werin nivîsgeha me: { $zeiten }. Ne hewce ye ku hûn randevû bigirin.
dolmetscher = Di randevûya we de wergêrek dê alîkariya we bike. Ne hewce ye ku hûn kesekî bi xwe re bînin.
termin-verschoben = Randevûya we hat guhertin. Randevûya nû: roja { $datum } saet { $uhrzeit }.
nachreichen = Ji kerema xwe heta { $datum } vê belgeyê ji me re bişînin: { $dokument }. Hûn dikarin li vir di sohbetê de wêneyekî bişînin.
nicht-erreicht = Me xwest em telefonî we bikin, lê em negihîştin we. Ji kerema xwe li vir binivîsin ka em kengî dikarin telefonî we bikin.
termin-bestaetigen = Hûn dikarin werin randevûyê? Ji kerema xwe bi “erê” an “na” bersiv bidin.
in-bearbeitung = Daxwaza we gihîşt me û em li ser dixebitin. Ji kerema xwe hinekî sebir bikin. Em ê ji we re binivîsin.
