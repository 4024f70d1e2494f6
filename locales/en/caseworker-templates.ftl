# Caseworkers' reply templates (`!vorlage NAME name=value …`), translated from
# locales/de/caseworker-templates.ftl. Keep the ids and every { $variable } of the German
# template; the values are what the caseworker typed (often German words).

unterlagen-erhalten = We got your documents. Thank you! We will check them and contact you.
termin = You have an appointment with us: on { $datum } at { $uhrzeit }. Place: { $ort }. Please come on time.
mitbringen = Please bring these to the appointment: { $unterlagen }.
foto-unscharf = We cannot read the photo of this document well: { $dokument }. Please send a new photo. Tip: good light, the whole page in the picture, hold the phone still.
anrufen = Please call us: { $telefon }.
mehr-zeit = We need more time for your request. You will get an answer by { $datum }.
abgeschlossen = We have finished your request. If you have more questions, write to us.
sprechzeiten = Please come to our office during our opening hours: { $zeiten }. You do not need an appointment.
dolmetscher = An interpreter will help you at your appointment. You do not need to bring anyone.
termin-verschoben = Your appointment has moved. The new appointment is on { $datum } at { $uhrzeit }.
nachreichen = Please send us this document by { $datum }: { $dokument }. You can send a photo here in the chat.
nicht-erreicht = We tried to call you. We could not reach you. Please write to us here when we can call you.
termin-bestaetigen = Can you come to the appointment? Please answer yes or no.
in-bearbeitung = We got your request and we are working on it. Please be patient. We will contact you.
