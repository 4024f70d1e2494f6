# Voice messages to a caseworker (forwarded as audio into the case's thread).
# Keep the ids and the { $variables }. Short sentences, plain words.
voice-too-large = این پیام صوتی خیلی بزرگ است. لطفاً یک پیام کوتاه‌تر (حداکثر { $max } مگابایت) بفرستید یا یک متن بنویسید.
