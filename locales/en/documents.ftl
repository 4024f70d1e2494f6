# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
# The date, time, place, office and documents are filled in by Kompass.
slip-title = Your appointment
slip-date = Date
slip-time = Time
slip-place = Place
slip-bring = Please bring
slip-reference = Reference number
slip-show-at-counter = Please show this paper at the counter.
# The calendar entry (.ics file) for an appointment: its title and the reminder the day before.
calendar-summary = Appointment: { $institution }
calendar-reminder = Tomorrow you have an appointment: { $institution }
# Posters (`kompass poster`): one page per language, with a QR code per messenger.
poster-greeting = Welcome!
poster-line = Kompass answers your questions about offices and papers. In your language.
poster-scan = Scan the code with your phone camera.
poster-telegram = Open in Telegram
poster-element = Open in Element
