# Refused uploads: damaged photos, PDFs with hidden content, files too big for an email.
# Keep the ids and the { $variables }. Short sentences, plain words.
# Persian (readable for Dari speakers): machine-assisted draft, not yet reviewed by a native
# speaker (docs/translations.md).
upload-photo-damaged = این عکس خراب است یا خوانده نمی‌شود. لطفاً دوباره عکس بگیرید.
upload-not-received = نتوانستم فایل شما را دریافت کنم. لطفاً دوباره بفرستید.
upload-pdf-encrypted = این فایل PDF رمز دارد. نمی‌توانم آن را به اداره بفرستم. لطفاً یک PDF بدون رمز یا عکس صفحه‌ها را بفرستید.
upload-pdf-javascript = در این فایل PDF یک برنامه (JavaScript) هست. نمی‌توانم آن را به اداره بفرستم. لطفاً عکس صفحه‌ها را بفرستید.
upload-pdf-launch = این فایل PDF می‌خواهد یک برنامه را باز کند. نمی‌توانم آن را به اداره بفرستم. لطفاً عکس صفحه‌ها را بفرستید.
upload-pdf-embedded-file = در این فایل PDF فایل‌های دیگری هست. نمی‌توانم آن را به اداره بفرستم. لطفاً عکس صفحه‌ها را بفرستید.
upload-pdf-unreadable = این فایل PDF را نمی‌توانم باز کنم. شاید خراب باشد. لطفاً عکس صفحه‌ها را بفرستید.
upload-too-large-for-email = این فایل برای یک ایمیل به اداره خیلی بزرگ است. لطفاً فایلی کوچک‌تر از { $max } مگابایت یا عکس صفحه‌ها را بفرستید.
