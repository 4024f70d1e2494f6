//! Erasure on disk, as an administrator would check it: a delivered request and a half-filled
//! form full of seeded personal data, `/delete`, then every file under the data folder is
//! searched for each seed (raw, UTF-16, base64). The `.eml` files stand in for the office's
//! mailbox and are left out: the office received the request.

use crate::seed_scan::files_containing;
use crate::support::{chat_command, finish, spawn_typing, t};

const FAMILY: &str = "Quobbelstrand";
const GIVEN: &str = "Fyrvenlotte";
const NATIONALITY: &str = "Zentaurisch";
const ADDRESS: &str = "Pflaumenkernweg 41";
const PHONE: &str = "774411";
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

#[test]
fn delete_in_the_terminal_chat_leaves_no_personal_data_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let chat = || {
        let mut command = chat_command(&data);
        command.args(["--user", USER]);
        command
    };
    // A counselling request in German, delivered.
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
    finish(spawn_typing(&mut chat(), &request));
    let mail = data.join("mail");
    let in_mail = files_containing(&mail, &SEEDS, &[]).join("\n");
    for seed in [FAMILY, GIVEN, ADDRESS, CONCERN] {
        assert!(in_mail.contains(seed), "{seed} is in the email: {in_mail}");
    }
    // A second form, half filled, then `/delete`.
    let rest: Vec<String> = [
        "/menu",
        "9",
        "4",
        DRAFT_FAMILY,
        DRAFT_GIVEN,
        "/delete",
        &t("de", "button-delete-yes"),
    ]
    .map(String::from)
    .to_vec();
    let stdout = finish(spawn_typing(&mut chat(), &rest));
    assert!(stdout.contains(&t("de", "delete-done")), "{stdout}");
    let hits = files_containing(&data, &SEEDS, &[&mail]);
    assert_eq!(
        hits,
        Vec::<String>::new(),
        "personal data left after /delete"
    );
    // The data folder still works: the same name starts afresh.
    let again = finish(spawn_typing(&mut chat(), &["/status".to_string()]));
    assert!(!again.contains("KAL-"), "{again}");
}
