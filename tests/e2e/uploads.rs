//! Hostile uploads through the terminal chat (issue 12): the binary refuses damaged
//! pictures and PDFs with scripts with translated answers, and what it accepts reaches the
//! office's `.eml` without any of the hidden payloads.

#[path = "../../bot-core/tests/hostile/mod.rs"]
pub mod hostile;

use mail_parser::{MessageParser, MimeHeaders};

use crate::support::{assert_in_order, emails, option_number, photo_line, run_chat, t};

/// English, job centre (photos and PDFs allowed): a lying JPEG, a truncated one and a PDF
/// with JavaScript are refused with their translated reasons; a JPEG with a JFXX thumbnail,
/// AVI1, APP14, a comment and a trailer, and a PDF with author and XMP are accepted, and the
/// seed they carry is nowhere in the email (raw or base64).
#[test]
fn hostile_uploads_are_refused_or_cleaned_on_the_way_to_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path();
    let seeded = hostile::seeded_jpeg(1024, 768);
    let pdf = hostile::pdf_with_metadata();
    assert!(hostile::contains_seed(&seeded) && hostile::contains_seed(&pdf));
    let lines = vec![
        "English".into(),
        option_number("main", "jobcenter"),
        option_number("jobcenter", "jobcenter-form"),
        "Smith".into(),
        "John".into(),
        "01/02/1988".into(),
        "Nigerian".into(),
        "Am Markt 2, Kalletal".into(),
        "123A456789".into(),
        "1".into(),
        "05261 123456".into(),
        t("en", "button-skip"),
        "I got a letter and do not understand it.".into(),
        photo_line(files, "strip.jpg", &hostile::lying_jpeg()),
        photo_line(files, "cut.jpg", &hostile::truncated_jpeg()),
        photo_line(files, "form.pdf", &hostile::javascript_pdf()),
        photo_line(files, "passport.jpg", &seeded),
        photo_line(files, "letter.pdf", &pdf),
        t("en", "button-done"),
        t("en", "button-no"),
        "3".into(),
        "Send request".into(),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    assert_in_order(
        &transcript,
        &[
            t("en", "upload-photo-damaged"),
            t("en", "upload-photo-damaged"),
            t("en", "upload-pdf-javascript"),
        ],
    );
    let mails = emails(&data);
    assert_eq!(mails.len(), 1, "{transcript}");
    let raw = &mails[0].1;
    assert!(!hostile::contains_seed(raw), "the seed reached the email");
    let message = MessageParser::default().parse(raw).unwrap();
    let attachments: Vec<(String, Vec<u8>)> = message
        .attachments()
        .map(|part| {
            (
                part.attachment_name().unwrap_or_default().to_string(),
                part.contents().to_vec(),
            )
        })
        .collect();
    let names: Vec<&str> = attachments.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "01-jobcenter-unterlagen.jpg",
            "02-jobcenter-unterlagen.pdf",
            "request.json"
        ],
        "only the accepted files"
    );
    for (name, bytes) in &attachments {
        assert!(!hostile::contains_seed(bytes), "{name}");
    }
    // The photo is the very picture sent (its scan kept byte for byte), the PDF still reads.
    let before = image::load_from_memory(&hostile::jpeg(1024, 768))
        .unwrap()
        .into_rgb8();
    let after = image::load_from_memory(&attachments[0].1)
        .unwrap()
        .into_rgb8();
    assert_eq!(before, after);
    let document = lopdf::Document::load_mem(&attachments[1].1).unwrap();
    assert_eq!(document.get_pages().len(), 1);
}

/// A shaken photo through the terminal chat (`/photo`): the newcomer is asked to take it
/// again with the hold-still tip; a new photo replaces it; a second shaken photo is sent
/// anyway (the button's label typed) and reaches the office's `.eml` with the sharp one,
/// while the first shaken photo, replaced, does not.
#[test]
fn a_shaken_photo_is_asked_again_and_can_be_sent_anyway() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path();
    let sharp = kompass_core::docphotos::readable_photo();
    let shaken = kompass_core::docphotos::shaken_photo();
    let mut shaken_again = shaken.clone();
    // The same picture with a different comment: a second, distinguishable upload.
    shaken_again.splice(2..2, [0xFF, 0xFE, 0, 6, b'2', b'n', b'd', b'!']);
    let lines = vec![
        "English".into(),
        option_number("main", "jobcenter"),
        option_number("jobcenter", "jobcenter-form"),
        "Smith".into(),
        "John".into(),
        "01/02/1988".into(),
        "Nigerian".into(),
        "Am Markt 2, Kalletal".into(),
        "123A456789".into(),
        "1".into(),
        "05261 123456".into(),
        t("en", "button-skip"),
        "I got a letter and do not understand it.".into(),
        photo_line(files, "first.jpg", &shaken),
        photo_line(files, "again.jpg", &sharp),
        photo_line(files, "second.jpg", &shaken_again),
        t("en", "button-photo-keep"),
        t("en", "button-done"),
        t("en", "button-no"),
        "3".into(),
        "Send request".into(),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    let asked = [
        t("en", "photo-check-blurred"),
        t("en", "photo-tip-still"),
        t("en", "photo-check-question"),
        t("en", "button-photo-keep"),
    ];
    let at = assert_in_order(&transcript, &asked);
    assert_in_order(&transcript[at..], &asked);
    assert!(
        !transcript.contains(&t("en", "photo-tip-light")),
        "one tip only"
    );
    let mails = emails(&data);
    assert_eq!(mails.len(), 1, "{transcript}");
    let message = MessageParser::default().parse(&mails[0].1).unwrap();
    let photos: Vec<Vec<u8>> = message
        .attachments()
        .filter(|part| {
            part.attachment_name()
                .is_some_and(|name| name.ends_with(".jpg"))
        })
        .map(|part| part.contents().to_vec())
        .collect();
    assert_eq!(photos.len(), 2, "the sharp photo and the one sent anyway");
    let pixels = |bytes: &[u8]| image::load_from_memory(bytes).unwrap().into_rgb8();
    assert_eq!(pixels(&photos[0]), pixels(&sharp));
    assert_eq!(pixels(&photos[1]), pixels(&shaken));
}
