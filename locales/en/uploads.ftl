# Refused uploads: damaged photos, PDFs with hidden content, files too big for an email.
# Keep the ids and the { $variables }. Short sentences, plain words.
upload-photo-damaged = The photo is damaged or cannot be read. Please take it again.
upload-not-received = I could not receive your file. Please send it again.
upload-pdf-encrypted = This PDF file has a password. I cannot send it to the office. Please send a PDF without a password or photos of the pages.
upload-pdf-javascript = This PDF file contains a program (JavaScript). I cannot send it to the office. Please send photos of the pages.
upload-pdf-launch = This PDF file wants to start a program. I cannot send it to the office. Please send photos of the pages.
upload-pdf-embedded-file = This PDF file has other files inside. I cannot send it to the office. Please send photos of the pages.
upload-pdf-unreadable = I cannot open this PDF file. Maybe it is damaged. Please send photos of the pages.
upload-too-large-for-email = This file is too big for an email to the office. Please send a file smaller than { $max } MB or photos of the pages.
