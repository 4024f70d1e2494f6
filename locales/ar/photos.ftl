# صور قد يصعب على المكتب قراءتها (photo/quality.rs).
photo-check-small = الصورة صغيرة جداً. ربما لا يستطيع المكتب قراءتها.
photo-check-dark = الصورة مظلمة جداً. ربما لا يستطيع المكتب قراءتها.
photo-check-bright = في الصورة ضوء كثير جدًا. من الصعب رؤية الكتابة.
photo-check-blurred = الصورة غير واضحة. ربما لا يستطيع المكتب قراءتها.
photo-check-several = عدد الصور التي قد يصعب على المكتب قراءتها: { $count }.
photo-tip-page = نصيحة: قرّب الهاتف من الورقة. يجب ألّا يظهر في الصورة إلا الصفحة.
photo-tip-light = نصيحة: اذهب إلى مكان فيه ضوء، مثلاً بجانب نافذة.
photo-tip-glare = نصيحة: لا تستخدم الفلاش. لا تلتقط الصورة تحت الشمس مباشرة.
photo-tip-still = نصيحة: ضع الورقة على طاولة. أمسك الهاتف بيديك الاثنتين بدون حركة.
photo-check-question = يُرجى التقاط صورة جديدة وإرسالها.
button-photo-retake = التقاط صورة جديدة
button-photo-keep = إرسالها على أي حال
button-photo-remove = حذف آخر صورة
    .typed = احذف الصورة, حذف الصورة, الصورة غلط, صورة غلط, الصورة خطأ, امسح الصورة, شيل الصورة, مو هي الصورة, الصورة مو صح, مش هاي الصورة, i7thef el sora, sora ghalat, el sura ghalat, ghalat, mish el sura, mish hay el sura, msh el sura, ghalat el sura, el sora ghalat
photo-removed = حذفتُ آخر صورة. لن تُرسل إلى المكتب.
