## The first message was in a language there are no texts in.
language-not-available = Bibore, ez hê bi zimanê te nikarim binivîsim. Ji kerema xwe yek ji van zimanan hilbijêre.
