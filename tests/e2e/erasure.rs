//! Erasure on disk, as an administrator would check it: a delivered request and a half-filled
//! form full of seeded personal data, `/delete`, then every file under the data folder is
//! searched for each seed (raw, UTF-16, base64). The `.eml` files stand in for the office's
//! mailbox and are left out: the office received the request.

use std::path::Path;
use std::process::Command;

use crate::seed_scan::files_containing;
use crate::support::{chat_command, finish, repo, spawn_typing, t};

const FAMILY: &str = "Quobbelstrand";
const GIVEN: &str = "Fyrvenlotte";
const NATIONALITY: &str = "Zentaurisch";
const ADDRESS: &str = "Pflaumenkernweg 41";
const PHONE: &str = "77441183";
const CONCERN: &str = "Blaubeerkuchenrezept gesucht";
const USER: &str = "Ukhtomskiy";
const DRAFT_FAMILY: &str = "Wolkenschieber";
const DRAFT_GIVEN: &str = "Tarnkappella";

const SEEDS: [&str; 9] = [
    FAMILY,
    GIVEN,
    NATIONALITY,
    ADDRESS,
    PHONE,
    CONCERN,
    USER,
    DRAFT_FAMILY,
    DRAFT_GIVEN,
];

/// The terminal chat of [`USER`] on `data`.
fn chat(data: &Path) -> Command {
    let mut command = chat_command(data);
    command.args(["--user", USER]);
    command
}

/// A counselling request in German with the seeds, delivered (KAL-2026-000001), then a
/// second form half filled; `then` typed after it in the same chat.
fn request_and_draft(data: &Path, then: &[&str]) -> String {
    let request: Vec<String> = [
        "2",
        "9",
        "4",
        FAMILY,
        GIVEN,
        "23.4.1977",
        NATIONALITY,
        ADDRESS,
        "1",
        &format!("05261 {PHONE}"),
        "Überspringen",
        CONCERN,
        "Überspringen",
        "Nein",
        "1",
        "Anfrage senden",
    ]
    .map(String::from)
    .to_vec();
    finish(spawn_typing(&mut chat(data), &request));
    let mail = data.join("mail");
    let in_mail = files_containing(&mail, &SEEDS, &[]).join("\n");
    for seed in [FAMILY, GIVEN, ADDRESS, CONCERN] {
        assert!(in_mail.contains(seed), "{seed} is in the email: {in_mail}");
    }
    let mut rest: Vec<String> = ["/menu", "9", "4", DRAFT_FAMILY, DRAFT_GIVEN]
        .map(String::from)
        .to_vec();
    rest.extend(then.iter().map(|line| (*line).to_string()));
    finish(spawn_typing(&mut chat(data), &rest))
}

/// No seed in any file of the data folder but the office's emails, and the same person
/// starts afresh.
fn nothing_left(data: &Path, after: &str) {
    let hits = files_containing(data, &SEEDS, &[&data.join("mail")]);
    assert_eq!(
        hits,
        Vec::<String>::new(),
        "personal data left after {after}"
    );
    let again = finish(spawn_typing(&mut chat(data), &["/status".to_string()]));
    assert!(!again.contains("KAL-"), "{again}");
}

#[test]
fn delete_in_the_terminal_chat_leaves_no_personal_data_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let yes = t("de", "button-delete-yes");
    let stdout = request_and_draft(&data, &["/delete", &yes]);
    assert!(stdout.contains(&t("de", "delete-done")), "{stdout}");
    nothing_left(&data, "/delete");
}

/// A person who cannot write to the bot any more asks the office to erase their data; the
/// administrator, with the bot stopped (sled is the running bot's), erases by the
/// request's reference number: everything of the person, the half-filled form too.
#[test]
fn kompass_erase_by_reference_leaves_no_personal_data_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    request_and_draft(&data, &[]);
    let erase = |reference: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kompass"));
        command
            .args(["erase", reference, "--data"])
            .arg(&data)
            .arg("--flows")
            .arg(repo().join("flows"))
            .arg("--locales")
            .arg(repo().join("locales"))
            .env("RUST_LOG", "warn");
        command.output().unwrap()
    };
    let output = erase("KAL-2026-000001");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.starts_with("erased:"), "{stdout}");
    nothing_left(&data, "kompass erase");
    // Again: erased before, and nothing to do; an unknown number is an error.
    let output = erase("KAL-2026-000001");
    assert!(output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("erased before"),
        "{output:?}"
    );
    let output = erase("KAL-2026-000042");
    assert!(!output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("no request or case"),
        "{output:?}"
    );
}
