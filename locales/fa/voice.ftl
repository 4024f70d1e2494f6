# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = این پیام صوتی خیلی بزرگ است. لطفاً یک پیام کوتاه‌تر (حداکثر { $max } مگابایت) بفرستید یا یک متن بنویسید.
voice-offer-person = من پیام صوتی را نمی‌فهمم. یک نفر از { $institution } می‌تواند به آن گوش بدهد. «{ $button }» را انتخاب کنید. بعد پیام صوتی شما را به آنجا می‌فرستم.
field-voice-hint = می‌توانید یک پیام صوتی هم بفرستید.
voice-answer-taken = ممنون. پیام صوتی شما با درخواست به اداره می‌رود.
value-voice = پیام صوتی ({ $duration })
value-voice-unknown = پیام صوتی
