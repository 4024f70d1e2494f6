# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = Randevunuz
slip-date = Tarih
slip-time = Saat
slip-place = Yer
slip-bring = Lütfen yanınızda getirin
slip-reference = Başvuru numarası
slip-show-at-counter = Lütfen bu kâğıdı gişede gösterin.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = Randevu: { $institution }
calendar-reminder = Yarın randevunuz var: { $institution }
# Posters (`kompass poster`).
poster-greeting = Hoş geldiniz!
poster-line = Kompass, daireler ve belgeler hakkındaki sorularınızı yanıtlar. Kendi dilinizde.
poster-scan = Kodu telefonunuzun kamerasıyla tarayın.
poster-telegram = Telegram'da aç
poster-element = Element'te aç
