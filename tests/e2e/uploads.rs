//! Hostile uploads through the terminal chat (issue 12): the binary refuses damaged
//! pictures and PDFs with scripts with translated answers, and what it accepts reaches the
//! office's `.eml` without any of the hidden payloads.

#[path = "../../bot-core/tests/hostile/mod.rs"]
pub mod hostile;

use mail_parser::{MessageParser, MimeHeaders};

use crate::support::{assert_in_order, content, emails, photo_line, run_chat, t};

/// The menu number of the option of `node` that leads to `target`.
fn option_number(node: &str, target: &str) -> String {
    let node = content().flow.node(node).unwrap();
    let options = node.kind.options();
    (options.iter().position(|o| o.goto == target).unwrap() + 1).to_string()
}

/// English, job centre (photos and PDFs allowed): a lying JPEG, a truncated one and a PDF
/// with JavaScript are refused with their translated reasons; a JPEG with a JFXX thumbnail,
/// AVI1, APP14, a comment and a trailer, and a PDF with author and XMP are accepted, and the
/// seed they carry is nowhere in the email (raw or base64).
#[test]
fn hostile_uploads_are_refused_or_cleaned_on_the_way_to_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path();
    let seeded = hostile::seeded_jpeg(640, 480);
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
    let before = image::load_from_memory(&hostile::jpeg(640, 480))
        .unwrap()
        .into_rgb8();
    let after = image::load_from_memory(&attachments[0].1)
        .unwrap()
        .into_rgb8();
    assert_eq!(before, after);
    let document = lopdf::Document::load_mem(&attachments[1].1).unwrap();
    assert_eq!(document.get_pages().len(), 1);
}
