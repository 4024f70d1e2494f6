//! The terminal chat's own edges: several people on one data folder, bytes that are not
//! text, control characters, and paths to things that are not files.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{
    LiveChat, chat_command, emails, finish, german_counselling_lines, photo, photo_line,
    sent_marker, t, ta,
};

/// `kompass chat --user NAME` on `data`.
fn chat_as(data: &Path, user: &str) -> std::process::Command {
    let mut command = chat_command(data);
    command.args(["--user", user]);
    command
}

/// Runs a chat with raw `input` bytes (not necessarily text) and waits at most `limit` for
/// it to end; returns stdout as bytes (control characters kept, to be checked).
fn run_raw(command: &mut std::process::Command, input: &[u8], limit: Duration) -> Vec<u8> {
    let mut child = command.spawn().expect("kompass starts");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input).unwrap();
    drop(stdin);
    let deadline = Instant::now() + limit;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!(
                "the chat hung (killed after {limit:?}); stdout:\n{}",
                String::from_utf8_lossy(&output.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "kompass failed: {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// The longest piece of `message` around the placeholder value `value`: what stays the
/// same whatever the value is.
fn fixed_part(message: &str, value: &str) -> String {
    message
        .split(value)
        .map(str::trim)
        .max_by_key(|part| part.chars().count())
        .unwrap_or_default()
        .to_string()
}

/// Text as the tests compare it (bidi marks removed).
fn text(stdout: &[u8]) -> String {
    kompass_core::i18n::strip_bidi_marks(&String::from_utf8_lossy(stdout))
}

/// Two people share a data folder: the delivery notice of Anna's request is not shown to
/// Bob, who happens to be chatting when it goes out, but to Anna when she chats again.
#[test]
fn a_delivery_notice_is_shown_only_to_its_own_user() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Delivery fails while a file stands where the mail folder belongs: the email stays
    // queued.
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("mail"), b"not a folder").unwrap();
    let mut anna = LiveChat::start(&mut chat_as(&data, "anna"));
    for line in german_counselling_lines() {
        anna.send(&line);
    }
    anna.wait_for("KAL-", 1);
    let reference: String = anna.output()[anna.output().find("KAL-").unwrap()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    drop(anna); // killed with its email queued
    assert!(emails(&data).is_empty());

    std::fs::remove_file(data.join("mail")).unwrap();
    let bob = finish(crate::support::spawn_typing(
        &mut chat_as(&data, "bob"),
        &[],
    ));
    assert_eq!(emails(&data).len(), 1, "Bob's run delivered Anna's email");
    assert!(
        !bob.contains(&reference) && !bob.contains(&sent_marker("de")),
        "Bob was shown Anna's notice:\n{bob}"
    );

    let anna = finish(crate::support::spawn_typing(
        &mut chat_as(&data, "anna"),
        &[],
    ));
    assert!(
        anna.contains(&reference) && anna.contains(&sent_marker("de")),
        "Anna was not told her request went out:\n{anna}"
    );
    // Told once: a third run shows it no more.
    let again = finish(crate::support::spawn_typing(
        &mut chat_as(&data, "anna"),
        &[],
    ));
    assert!(!again.contains(&sent_marker("de")), "{again}");
}

/// A line that is not UTF-8 gets a translated note; the chat goes on and ends normally.
#[test]
fn a_line_that_is_not_utf8_gets_a_note_and_the_chat_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // "8" chooses Ukrainian (ar, de, en, fa, ku, ru, tr, uk).
    let stdout = run_raw(
        &mut chat_command(&data),
        b"8\n\xff\xfe caf\xe9\n/help\n",
        Duration::from_secs(60),
    );
    let transcript = text(&stdout);
    let note = t("uk", "terminal-not-utf8");
    let at = transcript
        .find(&note)
        .unwrap_or_else(|| panic!("no note {note:?}:\n{transcript}"));
    assert!(
        transcript[at..].contains(&t("uk", "help-text")),
        "the chat went on after the note:\n{transcript}"
    );
}

/// Escape sequences in a `/photo` path and in text the bot echoes (a name in the summary)
/// never reach the terminal; the note about the missing file is translated.
#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let hostile = "\x1b[2J\x1b]0;owned\x07\u{9b}31m";
    // The same without digits for the name, which may have none.
    let hostile_name = "\x1b[J\x1b]X;owned\x07\u{9b}m";
    let mut input = String::new();
    for line in [
        "8".to_string(), // Українська
        format!("/photo /nonexistent/{hostile}x.jpg"),
        "1".into(),
        "1".into(),
        format!("Шевченко{hostile_name}"),
        // The Latin question echoes the name: without the escape sequences.
        "Shevchenko".into(),
        "Тарас".into(),
        "1".into(),
        "9.3.1994".into(),
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
    ] {
        input.push_str(&line);
        input.push('\n');
    }
    let stdout = run_raw(
        &mut chat_command(&data),
        input.as_bytes(),
        Duration::from_secs(60),
    );
    let transcript = text(&stdout);
    // The summary (which echoes the name) was shown.
    assert!(
        transcript.contains("Шевченко") && transcript.contains(&t("uk", "summary-title")),
        "{transcript}"
    );
    let controls: Vec<char> = transcript
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(
        controls.is_empty(),
        "control characters reached the terminal: {controls:?}\n{transcript}"
    );
    let missing = fixed_part(
        &ta(
            "uk",
            "terminal-file-missing",
            &[("path", "/nonexistent/".into())],
        ),
        "/nonexistent/",
    );
    assert!(
        transcript.contains(&missing) && transcript.contains("/nonexistent/"),
        "translated note {missing:?} expected:\n{transcript}"
    );
}

/// `/photo` with a FIFO (no writer: opening it would wait forever) or a device does not
/// hang the chat: each gets a translated note and the chat goes on.
#[test]
fn a_fifo_or_a_device_given_to_photo_does_not_hang_the_chat() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let fifo = dir.path().join("fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let input = format!(
        "8\n1\n1\nШевченко\nShevchenko\nТарас\n1\n9.3.1994\nУкраїна\nHauptstraße 1, Kalletal\n1.10.2026\n1\n{skip}\n{skip}\n{skip}\n/photo {}\n/photo /dev/zero\n/help\n",
        fifo.display(),
        skip = t("uk", "button-skip"),
    );
    let stdout = run_raw(
        &mut chat_command(&data),
        input.as_bytes(),
        Duration::from_secs(60),
    );
    let transcript = text(&stdout);
    let note = ta(
        "uk",
        "terminal-file-not-regular",
        &[("path", "/dev/zero".into())],
    );
    assert!(transcript.contains(&note), "{note:?}:\n{transcript}");
    assert_eq!(
        transcript.matches(&fixed_part(&note, "/dev/zero")).count(),
        2,
        "both the FIFO and the device got the note:\n{transcript}"
    );
    assert!(
        transcript[transcript.find(&note).unwrap()..].contains(&t("uk", "help-text")),
        "{transcript}"
    );
}
