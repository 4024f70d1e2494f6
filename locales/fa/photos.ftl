# عکس‌هایی که شاید اداره نتواند بخواند (photo/quality.rs).
photo-check-small = این عکس خیلی کوچک است. شاید اداره نتواند آن را بخواند.
photo-check-dark = این عکس خیلی تاریک است. شاید اداره نتواند آن را بخواند.
photo-check-bright = این عکس خیلی روشن است. نوشته‌ها سخت دیده می‌شوند.
photo-check-blurred = این عکس تار است. شاید اداره نتواند آن را بخواند.
photo-check-several = شاید اداره نتواند { $count } عکس را خوب بخواند.
photo-tip-page = نکته: گوشی را نزدیک‌تر بگیرید. صفحه باید همه عکس را پر کند.
photo-tip-light = نکته: به یک جای روشن بروید، مثلاً کنار پنجره.
photo-tip-glare = نکته: از فلاش استفاده نکنید. زیر نور مستقیم آفتاب عکس نگیرید.
photo-tip-still = نکته: کاغذ را روی میز بگذارید. گوشی را با دو دست ثابت نگه دارید.
photo-check-question = لطفاً یک عکس جدید بگیرید و آن را بفرستید.
button-photo-retake = گرفتن عکس جدید
button-photo-keep = با این حال بفرست
button-photo-remove = پاک کردن آخرین عکس
    .typed = عکس را پاک کن, پاک کردن عکس, حذف عکس, عکس اشتباه, عکس غلط, عکسو پاک کن, aks eshtebah, عکس اشتباه فرستادم, این عکس نیست, pak kon, pakesh kon, aks eshtebah, akse eshtebah, aksa eshtebah
photo-removed = آخرین عکس را پاک کردم. به اداره فرستاده نمی‌شود.
