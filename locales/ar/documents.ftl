# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = موعدك
slip-date = التاريخ
slip-time = الوقت
slip-place = المكان
slip-bring = يُرجى إحضار
slip-reference = رقم الطلب
slip-show-at-counter = يُرجى إظهار هذه الورقة عند الشباك.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = موعد: { $institution }
calendar-reminder = لديك غدًا موعد: { $institution }
# Posters (`kompass poster`).
poster-greeting = أهلًا وسهلًا!
poster-line = يجيب Kompass عن أسئلتك حول الدوائر الرسمية والأوراق. بلغتك.
poster-scan = امسح الرمز بكاميرا هاتفك.
poster-telegram = افتح في Telegram
poster-element = افتح في Element
