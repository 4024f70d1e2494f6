//! Erasure that holds on disk: after `/delete` or the retention period, no byte of a
//! person's data can be found in any file under the data folder — raw, as UTF-16 or in
//! base64 — although sled's log still holds every value it ever wrote. The runtime uses
//! language mediators, so the concern also sits in a mediation and its posts.

use std::path::Path;

#[path = "../../../../tests/e2e/seed_scan.rs"]
mod seed_scan;

use super::mediation::{mediated_runtime, post_all};
use super::{Recorder, update};
use crate::Incoming;
use crate::engine::UserId;
use crate::mail::EmlDirectory;
use crate::runtime::{CaseOutcome, CaseworkerAction, Runtime, RuntimeError, Update};

/// Seeds in every kind of answer the register form takes: names (Latin and Arabic), the
/// birth date as typed, nationality, address, and the user id.
const FAMILY: &str = "Qzwxrbnoffa";
const GIVEN: &str = "Jvkmplahrest";
const ARABIC: &str = "ظفغقثخذ";
const NATIONALITY: &str = "Xyloporian";
const ADDRESS: &str = "Vrongasse 87";
const USER: &str = "telegram:90417263";
/// The concern, which the mediators see too.
const CONCERN: &str = "Wqzmediatorseed";

fn seeds() -> Vec<&'static str> {
    vec![
        FAMILY,
        GIVEN,
        ARABIC,
        NATIONALITY,
        ADDRESS,
        USER,
        "90417263",
        CONCERN,
    ]
}

fn scan(dir: &Path) -> Vec<String> {
    seed_scan::files_containing(dir, &seeds(), &[])
}

fn person() -> UserId {
    UserId::new("telegram", "90417263")
}

fn say(rt: &Runtime, n: &mut usize, incoming: Incoming) {
    *n += 1;
    rt.handle(Update {
        user: person(),
        ..update(&format!("p{n}"), incoming)
    })
    .unwrap();
}

/// A request through the register form with the seeds, sent; then a second form left half
/// filled with them.
fn request_and_draft(rt: &Runtime) -> String {
    let mut n = 0;
    say(rt, &mut n, Incoming::Text("/start en".into()));
    say(rt, &mut n, Incoming::Button("go:main:0".into()));
    say(rt, &mut n, Incoming::Button("go:register:0".into()));
    let family = format!("{FAMILY} {ARABIC}");
    for text in [
        &family,
        // The Latin spelling the Arabic part makes Kompass ask for.
        FAMILY,
        GIVEN,
        "17.3.1983",
        NATIONALITY,
        ADDRESS,
        "1.11.2026",
        "2",
    ] {
        say(rt, &mut n, Incoming::Text(text.into()));
    }
    for _ in 0..2 {
        let answered = rt.store().session(&person()).unwrap().unwrap().drafts["register-form"]
            .answers
            .len();
        say(rt, &mut n, Incoming::Button(format!("f:{answered}:skip")));
    }
    say(
        rt,
        &mut n,
        Incoming::Text(format!("I need help, {CONCERN}")),
    );
    say(rt, &mut n, Incoming::File(super::photo()));
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        say(rt, &mut n, Incoming::Button(data.into()));
    }
    let session = rt.store().session(&person()).unwrap().unwrap();
    assert_eq!(session.requests.len(), 1, "the request was sent");
    // The concern went to the mediators' queue, and (posted) into the mediation.
    let queued = rt.mediator_posts().unwrap();
    assert!(
        queued
            .iter()
            .any(|post| format!("{:?}", post.what).contains(CONCERN)),
        "{queued:?}"
    );
    post_all(rt);
    let reference = &session.requests[0].reference;
    let mediation = rt.mediation(reference).unwrap().unwrap();
    assert!(format!("{:?}", mediation.items).contains(CONCERN));
    // A second form, half filled.
    say(rt, &mut n, Incoming::Text("/start en_register-form".into()));
    say(rt, &mut n, Incoming::Text(FAMILY.into()));
    say(rt, &mut n, Incoming::Text(GIVEN.into()));
    assert!(
        !rt.store()
            .session(&person())
            .unwrap()
            .unwrap()
            .drafts
            .is_empty(),
        "a draft is open"
    );
    session.requests[0].reference.clone()
}

#[test]
fn delete_leaves_no_personal_data_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let reference = request_and_draft(&rt);
    // The email (the office's copy, outside the store) shows the scan finds the seeds in
    // the encodings a mail uses.
    let mail = dir.path().join("mail");
    rt.deliver_due(&EmlDirectory::new(mail.clone()), chrono::Utc::now())
        .unwrap();
    let in_mail = scan(&mail).join("\n");
    for seed in [FAMILY, GIVEN, ARABIC, NATIONALITY, ADDRESS, CONCERN] {
        assert!(
            in_mail.contains(seed),
            "{seed} not found in the email: {in_mail}"
        );
    }
    let mut n = 100;
    say(&rt, &mut n, Incoming::Text("/delete".into()));
    say(&rt, &mut n, Incoming::Button("del:yes".into()));
    // The request's record stays for the office's statistics, without personal data.
    let stored = rt.store().request(&reference).unwrap().unwrap();
    assert_eq!(stored.request, None);
    assert_eq!(rt.mediation(&reference).unwrap(), None);
    drop(rt);
    assert_eq!(scan(&dir.path().join("db")), Vec::<String>::new());
    // A restart reads the store, and the person starts afresh.
    let rt = mediated_runtime(dir.path(), 4);
    assert_eq!(rt.store().session(&person()).unwrap(), None);
    // A caseworker's later reply in the case's thread reaches nobody, and says so; a
    // thread of no known case is an error that names it.
    let now = chrono::Utc::now().naive_utc();
    let reply = || CaseworkerAction::Message("Bitte kommen Sie am Montag.".into());
    let outcome = rt
        .caseworker_action("$late", &reference, reply(), now)
        .unwrap();
    assert!(matches!(outcome, CaseOutcome::Erased), "{outcome:?}");
    let unknown = rt.caseworker_action("$stray", "KAL-1999-000001", reply(), now);
    assert!(
        matches!(&unknown, Err(RuntimeError::UnknownCase { reference }) if reference == "KAL-1999-000001"),
        "{unknown:?}"
    );
}

/// A person who can no longer write to the bot (a lost phone, a blocked bot) asks the
/// office to erase their data: a caseworker's `!löschen ja` in the case's thread does what
/// their own `/delete` does, once.
#[test]
fn an_office_erases_at_the_persons_request_leaving_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let reference = request_and_draft(&rt);
    rt.deliver_due(
        &EmlDirectory::new(dir.path().join("mail")),
        chrono::Utc::now(),
    )
    .unwrap();
    let erasures = rt.erasures();
    assert!(rt.erase_at_office_request(&reference).unwrap());
    assert!(erasures.has_changed().unwrap(), "the mailboxes are told");
    assert!(
        !rt.erase_at_office_request(&reference).unwrap(),
        "done once"
    );
    let stored = rt.store().request(&reference).unwrap().unwrap();
    assert_eq!(stored.request, None);
    assert_eq!(rt.mediation(&reference).unwrap(), None);
    assert_eq!(rt.store().session(&person()).unwrap(), None);
    let now = chrono::Utc::now().naive_utc();
    let outcome = rt
        .caseworker_action(
            "$after",
            &reference,
            CaseworkerAction::Message("Bitte kommen Sie am Montag.".into()),
            now,
        )
        .unwrap();
    assert!(matches!(outcome, CaseOutcome::Erased), "{outcome:?}");
    let unknown = rt.erase_at_office_request("KAL-1999-000001");
    assert!(
        matches!(&unknown, Err(RuntimeError::UnknownCase { reference }) if reference == "KAL-1999-000001"),
        "{unknown:?}"
    );
    drop(rt);
    assert_eq!(scan(&dir.path().join("db")), Vec::<String>::new());
}

#[test]
fn retention_leaves_no_personal_data_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let reference = request_and_draft(&rt);
    rt.deliver_due(&Recorder::default(), chrono::Utc::now())
        .unwrap();
    // The clock is injected: a month later the request, the stale draft and the answers
    // kept for the next request are erased.
    let later = chrono::Utc::now() + chrono::Duration::days(31);
    assert_eq!(rt.sweep_retention(later).unwrap(), 3);
    assert_eq!(
        rt.store().request(&reference).unwrap().unwrap().request,
        None
    );
    assert_eq!(rt.mediation(&reference).unwrap(), None);
    // The person stays (their language, their request list), their data does not.
    let session = rt.store().session(&person()).unwrap().unwrap();
    assert_eq!(session.requests.len(), 1);
    assert!(session.drafts.is_empty());
    drop(rt);
    let hits = scan(dir.path());
    // The user id is still needed (the person is still talking to the bot), sealed with the
    // person's live key: it must not be readable either.
    assert_eq!(hits, Vec::<String>::new());
}
