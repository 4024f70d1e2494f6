# The visit slip (PDF) for an appointment: its labels, printed beside the German ones.
slip-title = وقت ملاقات شما
slip-date = تاریخ
slip-time = ساعت
slip-place = جا
slip-bring = لطفاً این‌ها را با خود بیاورید
slip-reference = شماره درخواست
slip-show-at-counter = لطفاً این برگه را در باجه نشان دهید.
# The calendar entry (.ics file): its title and the reminder the day before.
calendar-summary = وقت ملاقات: { $institution }
calendar-reminder = فردا وقت ملاقات دارید: { $institution }
# Posters (`kompass poster`).
poster-greeting = خوش آمدید!
poster-line = Kompass به سؤال‌های شما دربارهٔ اداره‌ها و مدارک جواب می‌دهد. به زبان خودتان.
poster-scan = کد را با کمره (دوربین) تلفن خود اسکن کنید.
poster-telegram = باز کردن در Telegram
poster-element = باز کردن در Element
