# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = Randevûya we
slip-date = Dîrok
slip-time = Saet
slip-place = Cih
slip-bring = Ji kerema xwe van bi xwe re bînin
slip-reference = Hejmara daxwazê
slip-show-at-counter = Ji kerema xwe vê kaxezê li gîşeyê nîşan bidin.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = Randevû: { $institution }
calendar-reminder = Sibê randevûya we heye: { $institution }
# Posters (`kompass poster`).
poster-greeting = Hûn bi xêr hatin!
poster-line = Kompass bersiva pirsên we yên li ser daîre û kaxezan dide. Bi zimanê we.
poster-scan = Kodê bi kameraya telefona xwe bixwînin.
poster-telegram = Di Telegramê de veke
poster-element = Di Elementê de veke
