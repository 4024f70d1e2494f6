//! A complete request in each of the five languages, from `/start` to an `.eml` on disk,
//! parsed back: headers, every field in the body, attachments and `request.json`.

use std::path::Path;

use mail_parser::{MessageParser, MimeHeaders};

use crate::support::{
    assert_in_order, content, emails, option_number, photo, photo_line, photo_png, run_chat, t, ta,
};

/// What a finished conversation produced.
struct Delivered {
    transcript: String,
    reference: String,
    body: String,
    attachments: Vec<(String, Vec<u8>)>,
    request_json: serde_json::Value,
    /// The `Reply-To` address, if any.
    reply_to: Option<String>,
}

/// Runs `lines`, expects exactly one email for `form`, checks its headers and returns it.
fn run_to_email(data: &Path, lang: &str, form: &str, lines: &[String]) -> Delivered {
    let transcript = run_chat(data, lines);
    let mails = emails(data);
    assert_eq!(
        mails.len(),
        1,
        "one email expected; transcript:\n{transcript}"
    );
    let (path, bytes) = &mails[0];
    let message = MessageParser::default()
        .parse(bytes)
        .expect("a parseable email");

    let flow = &content().flow;
    let form_def = flow.form(form).unwrap();
    let institution = flow.institution(&form_def.institution).unwrap();
    let subject = message.subject().unwrap().to_string();
    // "Anfrage KAL-2026-000001: …", or "… (vielleicht eilig): …" where the person's words
    // look urgent ("Мой вид на жительство заканчивается в декабре": läuft ab).
    let reference = subject
        .trim_start_matches("Anfrage ")
        .split([':', ' '])
        .next()
        .unwrap()
        .to_string();
    assert!(
        reference.starts_with("KAL-20") && reference.len() == "KAL-2026-000001".len(),
        "reference in subject: {subject}"
    );
    let urgent = if subject.contains(" (vielleicht eilig)") {
        " (vielleicht eilig)"
    } else {
        ""
    };
    assert_eq!(
        subject,
        format!("Anfrage {reference}{urgent}: {}", t("de", &form_def.title))
    );
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        format!("{reference}.eml")
    );
    assert_eq!(
        message.to().unwrap().first().unwrap().address().unwrap(),
        institution.email
    );
    assert_eq!(
        message.from().unwrap().first().unwrap().address().unwrap(),
        "kompass@kalletal.example.org"
    );
    assert_eq!(
        message.message_id().unwrap(),
        format!("{reference}@kalletal.example.org")
    );

    let body = message.body_text(0).unwrap().to_string();
    for field in &form_def.fields {
        // The interpreter is named once, at the top, as "Sprachmittlung".
        if field.kind.name() == "interpreter" {
            assert!(
                body.contains(&format!("{}: ", t("de", "email-interpreter"))),
                "{body}"
            );
            continue;
        }
        // A free text in another language carries its label with "(…, nicht übersetzt)".
        let label = t("de", &field.label);
        assert!(
            body.contains(&format!("{label}:")) || body.contains(&format!("{label} (")),
            "field label {} missing in body:\n{body}",
            field.id
        );
    }
    assert!(body.contains("Sprache im Chat: "), "{body}");
    // The office's clock, not UTC: in the body and in the Date header.
    assert!(!body.contains("UTC"), "{body}");
    let date = String::from_utf8_lossy(
        message
            .header_raw("Date")
            .expect("a Date header")
            .trim()
            .as_bytes(),
    )
    .to_string();
    let berlin = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%z")
        .to_string();
    assert!(date.ends_with(&berlin), "Date: {date}, Berlin is {berlin}");
    // No label said twice ("Dolmetschbedarf: Sprachmittlung: …").
    assert!(!body.contains("Dolmetschbedarf: Sprachmittlung"), "{body}");
    let reply_to = message
        .reply_to()
        .and_then(|r| r.first())
        .and_then(|a| a.address())
        .map(str::to_string);
    let attachments: Vec<(String, Vec<u8>)> = message
        .attachments()
        .map(|part| {
            (
                part.attachment_name().unwrap_or_default().to_string(),
                part.contents().to_vec(),
            )
        })
        .collect();
    let json_part = attachments
        .iter()
        .find(|(name, _)| name == "request.json")
        .expect("request.json attached");
    let request_json: serde_json::Value = serde_json::from_slice(&json_part.1).unwrap();
    assert_eq!(request_json["reference"], reference.as_str());
    assert_eq!(request_json["language"], lang);
    assert_eq!(
        request_json["institution"]["email"],
        institution.email.as_str()
    );
    assert_eq!(
        request_json["fields"].as_array().unwrap().len(),
        form_def.fields.len()
    );

    // The newcomer was told: submitted, documents to bring, then sent (after delivery).
    let institution_label = t(lang, &institution.label);
    assert_in_order(
        &transcript,
        &[
            ta(
                lang,
                "request-submitted",
                &[
                    ("reference", reference.as_str().into()),
                    ("institution", institution_label.as_str().into()),
                ],
            ),
            t(lang, "documents-to-bring"),
            t(lang, &institution.documents[0]),
            ta(
                lang,
                "request-sent",
                &[
                    ("reference", reference.as_str().into()),
                    ("institution", institution_label.as_str().into()),
                ],
            ),
        ],
    );
    assert_eq!(
        transcript.matches(&t(lang, "documents-to-bring")).count(),
        1,
        "the documents are listed once: {transcript}"
    );
    Delivered {
        transcript,
        reference,
        body,
        attachments,
        request_json,
        reply_to,
    }
}

fn field_value<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("field {id} in request.json"))
}

/// Arabic, right to left, with emoji, Arabic-Indic digits and two photos.
#[test]
fn arabic_registration_with_two_photos() {
    let dir = tempfile::tempdir().unwrap();
    let exif =
        std::fs::read(crate::support::repo().join("tests/fixtures/exif-gps-orientation6.jpg"))
            .unwrap();
    assert!(
        exif.windows(3).any(|w| w == b"GPS"),
        "the fixture carries GPS data"
    );
    let lines = vec![
        "1".into(), // العربية
        option_number("main", "register"),
        option_number("register", "register-form"),
        "حداد".into(),
        // Asked once for the Latin spelling: typed as in the passport.
        "Haddad".into(),
        "محمد 🌙 أحمد".into(),
        // … or Kompass's suggestion, by its number.
        "1".into(),
        "٣/١٢/١٩٩٠".into(),
        "سورية".into(),
        "Rintelner Straße 3, 32689 Kalletal".into(),
        "1.11.2026".into(),
        "٣".into(),
        "+49 151 23456789".into(),
        t("ar", "button-skip"),
        "أحتاج موعدًا لتسجيل عنواني الجديد.".into(),
        photo_line(dir.path(), "a.jpg", &exif),
        // 320×160 is too small to read: asked again; "send it anyway", typed in Arabic.
        t("ar", "button-photo-keep"),
        photo_line(dir.path(), "b.png", &photo_png()),
        t("ar", "button-done"),
        t("ar", "button-yes"),
        "1".into(), // the newcomer's own language is offered first
        "1".into(),
        t("ar", "button-send"),
    ];
    let data = dir.path().join("data");
    let delivered = run_to_email(&data, "ar", "register-form", &lines);
    assert!(
        delivered
            .body
            .contains("Familienname: Haddad (in Originalschrift: حداد)"),
        "{}",
        delivered.body
    );
    assert!(
        delivered.body.contains(
            "Vorname(n): Mohammad Ahmad (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: محمد 🌙 أحمد)"
        ),
        "{}",
        delivered.body
    );
    assert!(
        delivered
            .body
            .contains("Hinweise (Arabisch, nicht übersetzt): أحتاج موعدًا لتسجيل عنواني الجديد."),
        "{}",
        delivered.body
    );
    // German-script answers the office reads as they are: no label.
    assert!(
        delivered
            .body
            .contains("Anschrift in Kalletal: Rintelner Straße 3, 32689 Kalletal"),
        "{}",
        delivered.body
    );
    assert_eq!(
        field_value(&delivered.request_json, "family_name")["value"]["original"],
        "حداد"
    );
    assert!(
        delivered.body.contains("Geburtsdatum: 03.12.1990"),
        "{}",
        delivered.body
    );
    assert!(
        delivered.body.contains("Sprachmittlung: Arabisch"),
        "{}",
        delivered.body
    );
    assert!(delivered.body.contains("Sprache im Chat: Arabisch (ar)"));
    let photos: Vec<_> = delivered
        .attachments
        .iter()
        .filter(|(name, _)| name.ends_with(".jpg"))
        .collect();
    assert_eq!(
        photos.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["01-reisepass.jpg", "02-reisepass.jpg"]
    );
    for (name, bytes) in &photos {
        assert!(bytes.starts_with(&[0xFF, 0xD8]), "{name} is a JPEG");
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"),
            "{name} carries no metadata"
        );
    }
    // 320×160 with orientation 6 arrives upright: 160×320.
    let first = image::load_from_memory(&photos[0].1).unwrap();
    assert_eq!((first.width(), first.height()), (160, 320));
    let second = image::load_from_memory(&photos[1].1).unwrap();
    assert_eq!((second.width(), second.height()), (720, 960));
    assert_eq!(
        field_value(&delivered.request_json, "birth_date")["value"],
        "1990-12-03"
    );
    assert_eq!(field_value(&delivered.request_json, "persons")["value"], 3);
    assert_eq!(
        field_value(&delivered.request_json, "email")["value"],
        serde_json::Value::Null
    );
    assert_eq!(
        delivered.request_json["interpreter"]["language"]["code"],
        "ar"
    );
    assert!(delivered.transcript.contains(&t("ar", "summary-title")));
}

/// Russian, immigration office: a choice, a skipped optional field, one photo.
#[test]
fn russian_immigration_request() {
    let dir = tempfile::tempdir().unwrap();
    let lines = vec![
        "6".into(), // Русский (ar, de, en, fa, ku, ru, tr, uk)
        option_number("main", "immigration"),
        option_number("immigration", "immigration-form"),
        "Петренко".into(),
        "1".into(), // Petrenko, as the Russian passport writes it
        "Ольга".into(),
        t("ru", "button-name-no-latin"),
        "1985-04-17".into(),
        "Россия".into(),
        "Lemgoer Straße 5, Kalletal".into(),
        t("ru", "button-skip"),
        "1".into(),
        "0151 9876543".into(),
        "olga@example.com".into(),
        "Мой вид на жительство заканчивается в декабре.".into(),
        photo_line(dir.path(), "permit.jpg", &photo()),
        t("ru", "button-done"),
        t("ru", "button-no"),
        "2".into(),
        "1".into(), // send
    ];
    let delivered = run_to_email(&dir.path().join("data"), "ru", "immigration-form", &lines);
    // A permit that ends soon, in the person's words: possibly urgent for the office.
    assert!(
        delivered
            .body
            .contains("Vielleicht eilig. Im Text der Person erkannt: läuft ab"),
        "{}",
        delivered.body
    );
    assert!(
        delivered.body.contains(
            "Familienname: Petrenko (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: Петренко)"
        ),
        "{}",
        delivered.body
    );
    assert!(
        delivered.body.contains(
            "Vorname(n): Ольга (in Originalschrift; die Person hat kein Dokument mit dem Namen in lateinischen Buchstaben)"
        ),
        "{}",
        delivered.body
    );
    assert!(
        delivered.body.contains(
            "Anliegen (Russisch, nicht übersetzt): Мой вид на жительство заканчивается в декабре."
        ),
        "{}",
        delivered.body
    );
    assert!(delivered.body.contains("olga@example.com"));
    assert!(
        delivered
            .attachments
            .iter()
            .any(|(name, _)| name == "01-aufenthaltstitel.jpg")
    );
    assert_eq!(
        field_value(&delivered.request_json, "file_number")["value"],
        serde_json::Value::Null
    );
    assert_eq!(delivered.request_json["interpreter"]["needed"], false);
}

/// Ukrainian, social welfare office: yes/no by label, correcting one field at the summary.
#[test]
fn ukrainian_benefits_request_with_a_correction() {
    let dir = tempfile::tempdir().unwrap();
    let form = content().flow.form("benefits-form").unwrap();
    let nationality = form
        .fields
        .iter()
        .position(|f| f.id == "nationality")
        .unwrap();
    let lines = vec![
        "8".into(), // Українська (ar, de, en, fa, ku, ru, tr, uk)
        option_number("main", "benefits"),
        option_number("benefits", "benefits-form"),
        "Коваленко".into(),
        "Kovalenko".into(),
        "Андрій".into(),
        "Andrii".into(),
        "17.04.1979".into(),
        "Росія".into(), // wrong: corrected below
        "Dorfstraße 1, Kalletal".into(),
        t("uk", "button-yes"),
        "2".into(),
        "+49 5264 123456".into(), // a phone: without a caseworker room the office calls back
        t("uk", "button-skip"),
        "Мені потрібна допомога.".into(),
        t("uk", "button-skip"), // no letter
        photo_line(dir.path(), "doc.jpg", &photo()),
        t("uk", "button-done"),
        t("uk", "button-yes"),
        "1".into(), // Українська first
        "3".into(),
        t("uk", "button-change"),
        (nationality + 1).to_string(),
        "Україна".into(),
        t("uk", "button-send"),
    ];
    let delivered = run_to_email(&dir.path().join("data"), "uk", "benefits-form", &lines);
    // "Україна" typed at the nationality question is the list's Ukraine: the office
    // reads it in German.
    assert!(
        delivered.body.contains("Staatsangehörigkeit: Ukraine\n")
            || delivered.body.contains("Staatsangehörigkeit: Ukraine\r\n"),
        "{}",
        delivered.body
    );
    assert_eq!(
        field_value(&delivered.request_json, "nationality")["value"],
        "UA"
    );
    // Names typed from the passport: both spellings, no "umschrieben".
    assert!(
        delivered
            .body
            .contains("Familienname: Kovalenko (in Originalschrift: Коваленко)"),
        "{}",
        delivered.body
    );
    assert!(
        delivered
            .body
            .contains("Vorname(n): Andrii (in Originalschrift: Андрій)"),
        "{}",
        delivered.body
    );
    assert!(!delivered.body.contains("Росія"));
    assert_eq!(
        field_value(&delivered.request_json, "shared_accommodation")["value"],
        true
    );
    assert_eq!(
        delivered.request_json["interpreter"]["language"]["code"],
        "uk"
    );
    assert!(delivered.body.contains("Sprachmittlung: Ukrainisch"));
    // Once, at the top: not again as the form's answer.
    assert!(!delivered.body.contains("Dolmetschbedarf"));
    // Only a phone number: the office is asked to call, and there is no Reply-To.
    assert!(delivered.body.contains(&t("de", "email-answer-phone")));
    assert_eq!(delivered.reply_to, None);
}

/// English, job centre: a PDF is accepted where the flow allows PDFs.
#[test]
fn english_jobcenter_request_with_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = crate::uploads::hostile::pdf_plain();
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
        t("en", "button-skip"),
        "john.smith@example.org".into(), // an email: the office answers there (Reply-To)
        "I got a letter and do not understand it.".into(),
        photo_line(dir.path(), "letter.pdf", &pdf),
        t("en", "button-done"),
        t("en", "button-no"),
        "3".into(),
        "Send request".into(),
    ];
    let delivered = run_to_email(&dir.path().join("data"), "en", "jobcenter-form", &lines);
    let (_, attached) = delivered
        .attachments
        .iter()
        .find(|(name, _)| name == "01-jobcenter-unterlagen.pdf")
        .expect("the PDF is attached");
    // Rewritten without metadata, the same document.
    assert_eq!(attached, &kompass_core::pdf::clean(&pdf).unwrap());
    assert!(delivered.body.contains("Geburtsdatum: 01.02.1988"));
    // A PDF is a document, not a photo, for the office and for the newcomer.
    assert!(
        delivered.body.contains(": 1 Dokument (PDF)"),
        "{}",
        delivered.body
    );
    assert!(!delivered.body.contains("1 Foto"), "{}", delivered.body);
    assert!(
        delivered
            .transcript
            .contains(&ta("en", "document-received", &[("count", 1usize.into())])),
        "{}",
        delivered.transcript
    );
    // The office answers by email: Reply-To is the newcomer's address, and the email says so.
    assert_eq!(
        delivered.reply_to.as_deref(),
        Some("john.smith@example.org")
    );
    assert!(delivered.body.contains(&t("de", "email-answer-email")));
    assert!(delivered.reference.starts_with("KAL-"));
}

/// German, integration office: optional photos skipped.
#[test]
fn german_counselling_request_without_photos() {
    let dir = tempfile::tempdir().unwrap();
    let lines = vec![
        "2".into(), // Deutsch
        option_number("main", "counselling"),
        option_number("counselling", "counselling-form"),
        "Müller".into(),
        "Anna".into(),
        "29.02.1992".into(),
        "deutsch".into(),
        "Hauptstraße 10, Kalletal".into(),
        "1".into(),
        t("de", "button-skip"),
        "anna@example.com".into(),
        "Ich suche einen Deutschkurs am Abend.".into(),
        t("de", "button-skip"),
        t("de", "button-no"),
        // The Integrationsbüro is open in the mornings only: no afternoons offered, "any
        // time" is the second option.
        "2".into(),
        t("de", "button-send"),
    ];
    let delivered = run_to_email(&dir.path().join("data"), "de", "counselling-form", &lines);
    assert!(
        delivered
            .body
            .contains("Ich suche einen Deutschkurs am Abend.")
    );
    assert_eq!(delivered.attachments.len(), 1, "only request.json");
    assert!(delivered.body.contains("Geburtsdatum: 29.02.1992"));
    assert!(
        delivered.body.contains("Sprache im Chat: Deutsch (de)"),
        "{}",
        delivered.body
    );
    assert!(delivered.body.contains("Terminwunsch: Jederzeit möglich"));
    assert_eq!(delivered.reply_to.as_deref(), Some("anna@example.com"));
}
