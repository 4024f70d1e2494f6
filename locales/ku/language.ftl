## The first message was in a language there are no texts in.
language-not-available = Bibore, ez hê nikarim bi zimanê we binivîsim. Ji kerema xwe yek ji van zimanan hilbijêrin.
