//! A kill at any moment loses nothing: the form continues where it was after a restart.

use std::time::Duration;

use kompass_core::i18n::Arg;
use mail_parser::MessageParser;

use crate::support::{
    LiveChat, chat_command, emails, german_counselling_lines, photo, photo_line, run_chat,
    sent_marker, spawn_typing, t, ta,
};

/// SIGKILL in the middle of a form; the restarted chat shows the open question first and
/// the request completes with the answers given before the kill.
#[test]
fn kill_mid_form_and_continue() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut chat = LiveChat::start(&mut chat_command(&data));
    // "8": Українська (ar, de, en, fa, ku, ru, tr, uk).
    for line in [
        "8",
        "1",
        "1",
        "Шевченко",
        "Shevchenko",
        "Тарас",
        "1",
        "9.3.1994",
    ] {
        chat.send(line);
    }
    let fourth = ta(
        "uk",
        "form-progress",
        &[("number", Arg::from(4usize)), ("total", Arg::from(13usize))],
    );
    chat.wait_for(&fourth, 1);
    chat.child.kill().unwrap(); // SIGKILL: no chance to clean up
    chat.child.wait().unwrap();

    let rest: Vec<String> = vec![
        "Україна".into(),
        "Hauptstraße 1, Kalletal".into(),
        "1.10.2026".into(),
        "1".into(),
        "0151 2345678".into(),
        t("uk", "button-skip"),
        t("uk", "button-skip"),
        photo_line(dir.path(), "p.jpg", &photo()),
        t("uk", "button-done"),
        t("uk", "button-no"),
        "1".into(),
        t("uk", "button-send"),
    ];
    let transcript = run_chat(&data, &rest);
    assert!(
        transcript.starts_with(&fourth),
        "the restarted chat continues with question 4:\n{transcript}"
    );
    let mails = emails(&data);
    assert_eq!(mails.len(), 1);
    let body = MessageParser::default()
        .parse(&mails[0].1)
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(
        body.contains("Familienname: Shevchenko (in Originalschrift: Шевченко)"),
        "{body}"
    );
    assert!(
        body.contains("Vorname(n): Taras (von Kompass umschrieben"),
        "{body}"
    );
    assert!(body.contains("Geburtsdatum: 09.03.1994"), "{body}");
}

/// A request confirmed but not yet delivered when the process ends is sent on the next start,
/// exactly once.
#[test]
fn queued_email_survives_a_restart_and_is_sent_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Make the mail folder unwritable (a file in its place) so delivery fails and stays queued.
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("mail"), b"not a folder").unwrap();
    let lines = german_counselling_lines();
    let mut child = spawn_typing(&mut chat_command(&data), &lines);
    // The chat waits for the outbox; end it once the request is confirmed and queued.
    std::thread::sleep(Duration::from_secs(3));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(emails(&data).is_empty());

    std::fs::remove_file(data.join("mail")).unwrap();
    let transcript = run_chat(&data, &[]);
    assert!(transcript.contains(&sent_marker("de")), "{transcript}");
    assert_eq!(emails(&data).len(), 1);
    run_chat(&data, &[]);
    assert_eq!(
        emails(&data).len(),
        1,
        "no second email after another restart"
    );
}
