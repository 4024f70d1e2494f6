# Photos that may be hard to read for the office (photo/quality.rs): asked again with one
# tip, or sent anyway. Keep the ids and the { $variables }. Short sentences, plain words.
photo-check-small = The photo is very small. The office may not be able to read it.
photo-check-dark = The photo is too dark. The office may not be able to read it.
photo-check-bright = The photo is too bright. The writing is hard to see.
photo-check-blurred = The photo is blurred. The office may not be able to read it.
photo-check-several = { $count } photos may be hard to read for the office.
photo-tip-page = Tip: Hold the phone closer. The page should fill the whole photo.
photo-tip-light = Tip: Go to a bright place, for example near a window.
photo-tip-glare = Tip: Do not use the flash. Do not take the photo in direct sun.
photo-tip-still = Tip: Put the paper on a table. Hold the phone still with both hands.
photo-check-question = Please take a new photo and send it.
button-photo-retake = Take a new photo
button-photo-keep = Send it anyway
button-photo-remove = Delete the last photo
    .typed = delete photo, delete the photo, wrong photo, remove photo, remove the photo, delete picture, wrong picture, photo is wrong, delete it, not the right photo
photo-removed = I deleted the last photo. It does not go to the office.
