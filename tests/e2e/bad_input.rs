//! Every wrong input from DEVELOPERS.md that the terminal can send gets a short translated
//! answer and the same question again; nothing typed is lost or interpreted.

use kompass_core::i18n::Arg;
use mail_parser::MessageParser;

use crate::support::{
    assert_in_order, emails, main_menu_again, photo, photo_line, png, run_chat, sent_marker, t, ta,
};

fn question(number: usize) -> String {
    ta(
        "en",
        "form-progress",
        &[("number", Arg::from(number)), ("total", Arg::from(13usize))],
    )
}

/// One English registration through every kind of mistake, ending in a correct email.
#[test]
fn wrong_inputs_get_an_answer_and_the_same_question() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path();
    let mut bomb = png(1, 1);
    bomb[16..24].copy_from_slice(&[0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20]); // header claims 20000×20000
    let mut huge = png(1, 1);
    huge.resize(30 * 1024 * 1024, 0);
    let long = "x".repeat(5000);
    let lines: Vec<String> = vec![
        "3".into(),
        "what is this?".into(),
        long.clone(),
        "1".into(),
        "1".into(),
        long.clone(),
        "O'Brien <b>bold</b> { $name } *stars* _under_".into(),
        "Ali 😀 علي".into(),
        // Asked for the Latin spelling: Arabic again is refused, then the passport's.
        "علي".into(),
        "Ali".into(),
        "yesterday".into(),
        "31.02.1990".into(),
        "1.1.2090".into(),
        "1.1.1800".into(),
        "5.6.1991".into(),
        "Syrian".into(),
        "Dorfstr. 1".into(),
        "32.1.2026".into(),
        "1.1.2026".into(),
        "zero".into(),
        "0".into(),
        "2".into(),
        "call me".into(),
        "05261 123456".into(),
        "not-an-email".into(),
        "skip".into(),
        long.clone(),
        "Please register us.".into(),
        "here it is".into(),
        photo_line(files, "contract.pdf", b"%PDF-1.4\n%%EOF\n"),
        photo_line(files, "notes.jpg", b"this is a text file, not a photo"),
        photo_line(files, "huge.png", &huge),
        photo_line(files, "bomb.png", &bomb),
        photo_line(files, "passport.jpg", &photo()),
        "Done".into(),
        "maybe".into(),
        "Yes".into(),
        "Other language".into(),
        "Kurmanji (Badini)".into(),
        "soon".into(),
        "1".into(),
        "hmm".into(),
        "Send request".into(),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    // Shown again after the first time: its welcome was said.
    let main_menu = main_menu_again("en");
    assert_in_order(
        &transcript,
        &[
            // "what is this?": a question the menus do not answer; the terminal has no
            // Matrix room to send it to, so the office's form and email address.
            ta(
                "en",
                "not-understood-question-form",
                &[
                    ("institution", Arg::from(t("en", "inst-integrationsbuero"))),
                    ("button", Arg::from(t("en", "counselling-opt-form"))),
                    ("email", Arg::from("integration@kalletal.example.org")),
                ],
            ),
            main_menu.clone(),
            t("en", "not-understood"),
            main_menu.clone(),
            ta("en", "error-text-too-long", &[("max", Arg::from(100usize))]),
            question(1),
            question(2),
            t("en", "error-name-not-latin"),
            question(3),
            t("en", "error-date-invalid"),
            question(3),
            t("en", "error-date-impossible"),
            question(3),
            t("en", "error-date-future"),
            question(3),
            t("en", "error-date-too-old"),
            question(3),
            question(4),
            question(5),
            question(6),
            t("en", "error-date-impossible"),
            question(6),
            question(7),
            t("en", "error-number"),
            question(7),
            ta(
                "en",
                "error-number-range",
                &[("min", Arg::from(1i64)), ("max", Arg::from(20i64))],
            ),
            question(7),
            question(8),
            t("en", "error-phone"),
            question(8),
            question(9),
            t("en", "error-email"),
            question(9),
            question(10),
            ta(
                "en",
                "error-text-too-long",
                &[("max", Arg::from(2000usize))],
            ),
            question(10),
            question(11),
            t("en", "error-photo-expected"),
            question(11),
            t("en", "error-photo-not-pdf"),
            question(11),
            t("en", "error-file-unknown"),
            question(11),
            ta("en", "error-file-too-large", &[("max", Arg::from(20i64))]),
            question(11),
            t("en", "error-image-too-large"),
            question(11),
            ta("en", "photo-received", &[("count", Arg::from(1usize))]),
            question(12),
            t("en", "error-choose-option"),
            question(12),
            t("en", "interpreter-language-question"),
            t("en", "interpreter-language-type"),
            question(13),
            t("en", "error-choose-option"),
            question(13),
            t("en", "summary-title"),
            t("en", "not-understood"),
            t("en", "summary-title"),
            sent_marker("en"),
        ],
    );
    let mails = emails(&data);
    assert_eq!(mails.len(), 1);
    let message = MessageParser::default().parse(&mails[0].1).unwrap();
    let body = message.body_text(0).unwrap();
    // User text is data: kept verbatim, nothing interpreted or escaped away.
    assert!(
        body.contains("O'Brien <b>bold</b> { $name } *stars* _under_"),
        "{body}"
    );
    assert!(
        body.contains("Vorname(n): Ali (in Originalschrift: Ali 😀 علي)"),
        "{body}"
    );
    assert!(body.contains("Kurmanji (Badini)"));
    assert!(
        !message.subject().unwrap().contains("O'Brien"),
        "user text stays out of headers"
    );
    let attachments: Vec<_> = message
        .attachments()
        .map(|p| {
            mail_parser::MimeHeaders::attachment_name(p)
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        attachments,
        ["01-reisepass.jpg", "request.json"],
        "refused files are not attached"
    );
}

/// What the terminal shows can be typed: "1" at a name question, whose buttons show no
/// numbers, is no name (and no Back, stop 68), a label
/// ending in ")" is typed in full, "Cancel" asks before anything is lost, and `/unknown`
/// is not an answer. Each was misunderstood in the field test.
#[test]
fn typing_what_the_screen_shows() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = [
        "3", // English
        "3", // Social benefits
        "Asylum seekers (AsylbLG)",
        "/back",
        "/menu",
        "1", // Registering
        "1", // Request an appointment
        "1", // at the family-name question: no name, and no button ("– Back")
        "/unknown",
        "Haddad",
        "Cancel",
        "2", // No, continue
        "/status",
    ]
    .map(String::from)
    .to_vec();
    let out = run_chat(dir.path(), &lines);
    assert_in_order(
        &out,
        &[
            t("en", "benefits-asylblg-text")
                .lines()
                .next()
                .unwrap()
                .to_string(),
            t("en", "benefits-text").lines().next().unwrap().to_string(),
            t("en", "error-name-letter"),
            t("en", "unknown-command"),
            t("en", "button-cancel-yes"),
            t("en", "cancel-kept"),
        ],
    );
    assert!(!out.contains(&t("en", "form-cancelled")), "{out}");
    assert!(!out.contains(&t("en", "not-understood")), "{out}");
}
