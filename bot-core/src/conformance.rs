//! The storage conformance suite: every guarantee the README makes about stored data, as
//! functions any [`Backend`] must pass. kompass-core runs it on sled
//! (the `sled` module below), kompass-postgres on a throw-away PostgreSQL cluster; a
//! new backend runs it with [`store_conformance_tests!`] and a [`Fixture`].
//!
//! The conversations go through the [`Runtime`] with the shipped flows, as newcomers'
//! updates do; the checks read the [`Store`] and, for erasure, every file the backend wrote.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::Utc;

// The runtime's own erasure tests load the same file (in test builds both exist).
#[allow(clippy::duplicate_mod)]
#[path = "../../tests/e2e/seed_scan.rs"]
mod seed_scan;

use crate::attachment::Limits;
use crate::content::Content;
use crate::engine::{DeliveryStatus, UserId};
use crate::mail::{self, EmlDirectory, MailError, Transport};
use crate::runtime::{Incoming, Runtime, Settings, Update};
use crate::store::backend::{Backend, Table, TxTree};
use crate::store::{OutboxEntry, Store};

/// A backend under test.
pub trait Fixture {
    /// Opens a store whose files (keys, uploads) are in `dir`, on the backend's data (the
    /// same data every time: a second call after the first store was dropped is a restart).
    fn open(&self, dir: &Path) -> Store;
    /// The folders holding everything the backend wrote, after making it reach its files
    /// (PostgreSQL: a `CHECKPOINT`), with no store open. `dir` is the one `open` got.
    fn written(&self, dir: &Path) -> Vec<PathBuf>;
}

/// Runs one conformance function per test for a fixture expression (evaluated anew for
/// each test, so each gets its own data).
#[macro_export]
macro_rules! store_conformance_tests {
    ($fixture:expr) => {
        #[test]
        fn a_confirmed_request_survives_reopening() {
            $crate::conformance::a_confirmed_request_survives_reopening(&$fixture);
        }
        #[test]
        fn a_step_is_written_once_with_its_mark() {
            $crate::conformance::a_step_is_written_once_with_its_mark(&$fixture);
        }
        #[test]
        fn emails_per_office_leave_in_order_and_sent_parts_stay_sent() {
            $crate::conformance::emails_per_office_leave_in_order_and_sent_parts_stay_sent(
                &$fixture,
            );
        }
        #[test]
        fn conflicting_transactions_are_retried_not_lost() {
            $crate::conformance::conflicting_transactions_are_retried_not_lost(&$fixture);
        }
        #[test]
        fn scans_are_ordered_and_bounded() {
            $crate::conformance::scans_are_ordered_and_bounded(&$fixture);
        }
        #[test]
        fn two_claimers_never_get_the_same_email() {
            $crate::conformance::two_claimers_never_get_the_same_email(&$fixture);
        }
        #[test]
        fn a_claim_expires_and_a_takeover_voids_it() {
            $crate::conformance::a_claim_expires_and_a_takeover_voids_it(&$fixture);
        }
        #[test]
        fn retention_finds_what_is_due_by_its_index() {
            $crate::conformance::retention_finds_what_is_due_by_its_index(&$fixture);
        }
        #[test]
        fn erasure_leaves_no_personal_data() {
            $crate::conformance::erasure_leaves_no_personal_data(&$fixture);
        }
    };
}

/// Personal data in the erasure conversation, unlike anything else in the store.
const FAMILY: &str = "Qzwxrbnoffa";
const GIVEN: &str = "Jvkmplahrest";
const NATIONALITY: &str = "Xyloporian";
const ADDRESS: &str = "Vrongasse 87";
const CONCERN: &str = "Wqzconcernseed";
const BIRTH: &str = "17.03.1983";
/// A question typed at a menu that no page answers.
const QUESTION: &str = "When does the Wqzquestionseed office open on Saturday?";

fn runtime(store: Store) -> Runtime {
    runtime_with_rooms(store, false)
}

/// [`runtime`] where Matrix rooms are connected: a question or a photo typed at a menu is
/// offered to a person (the integration office's room) and kept until the next step.
fn runtime_with_rooms(store: Store, rooms_available: bool) -> Runtime {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let content = Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).expect("the shipped flows load"),
    );
    let settings = Settings {
        mail_from: "Kompass <k@example.org>".parse().expect("an address"),
        limits: Limits::default(),
        give_up_after: chrono::Duration::hours(1),
        max_email_bytes: 20 << 20,
        retention: chrono::Duration::days(30),
        rooms_available,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    Runtime::new(content, store, settings)
}

fn user(id: &str) -> UserId {
    UserId::new("telegram", id)
}

fn say(rt: &Runtime, who: &UserId, id: &str, incoming: Incoming) {
    rt.handle(Update {
        user: who.clone(),
        id: Some(id.to_string()),
        language_hint: None,
        incoming,
    })
    .expect("a step is handled");
}

/// The counselling form filled and sent (no photo needed); returns the reference.
fn submit(rt: &Runtime, store: &Store, who: &UserId, family: &str) -> String {
    let mut n = 0;
    let mut send = |incoming| {
        n += 1;
        say(rt, who, &format!("{}-{n}", who.key()), incoming);
    };
    send(Incoming::Text("/start en_counselling-form".into()));
    for text in [family, GIVEN, "17.3.1983", NATIONALITY, ADDRESS] {
        send(Incoming::Text(text.into()));
    }
    send(Incoming::Button("f:5:0".into()));
    // A way to answer: without a caseworker room, the office needs a phone or an email.
    send(Incoming::Text("0157 3344556".into()));
    send(Incoming::Button("f:7:skip".into()));
    send(Incoming::Text(format!("Help with a letter, {CONCERN}")));
    for data in ["f:9:skip", "f:10:n", "f:11:0", "rv:send"] {
        send(Incoming::Button(data.into()));
    }
    let session = store
        .session(who)
        .expect("readable")
        .expect("a session after the form");
    session
        .requests
        .last()
        .expect("the request was sent")
        .reference
        .clone()
}

/// A transport that keeps the names of the emails it was given, in order.
#[derive(Debug, Default)]
struct Recorder {
    sent: Mutex<Vec<String>>,
}

impl Transport for Recorder {
    fn send(&self, mail: &mail::Composed) -> Result<(), MailError> {
        self.sent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(mail.name());
        Ok(())
    }
}

/// A request the newcomer confirmed is in the store after a restart, queued, and is sent
/// from there; the delivery is recorded durably too.
pub fn a_confirmed_request_survives_reopening(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let who = user("5101");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let reference = submit(&rt, &store, &who, FAMILY);
    drop(rt);
    drop(store);

    let store = fixture.open(dir.path());
    let stored = store
        .request(&reference)
        .unwrap()
        .expect("the request is stored");
    assert_eq!(stored.status, DeliveryStatus::Queued);
    assert!(stored.request.is_some(), "with its answers");
    let queued: Vec<String> = store
        .outbox()
        .unwrap()
        .into_iter()
        .map(|e| e.reference)
        .collect();
    assert_eq!(queued, vec![reference.clone()]);
    let rt = runtime(store.clone());
    let mail = dir.path().join("mail");
    let (_, report) = rt
        .deliver_due(&EmlDirectory::new(mail.clone()), Utc::now())
        .unwrap();
    assert_eq!(report.sent, 1);
    let eml = std::fs::read_to_string(mail.join(format!("{reference}.eml"))).expect("the email");
    assert!(eml.contains(FAMILY), "the email carries the answers");
    drop(rt);
    drop(store);

    let store = fixture.open(dir.path());
    assert!(
        store.outbox().unwrap().is_empty(),
        "the delivery was recorded"
    );
    assert_eq!(
        store.request(&reference).unwrap().unwrap().status,
        DeliveryStatus::Sent
    );
    let session = store.session(&who).unwrap().unwrap();
    assert_eq!(session.requests[0].status, DeliveryStatus::Sent);
}

/// A step and its handled-update mark are one write: an update delivered again (after a
/// restart too) is not applied again, and the step that sent a request does not send it
/// twice.
pub fn a_step_is_written_once_with_its_mark(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let who = user("5102");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let reference = submit(&rt, &store, &who, FAMILY);
    let last = format!("{}-13", who.key());
    assert!(
        store.is_handled(&who, &last).unwrap(),
        "the sending step is marked"
    );
    let before = format!("{:?}", store.session(&who).unwrap());
    // Redelivered, even with other content (a messenger never changes an update; a bug
    // that ignored the mark would show here), the update changes nothing.
    say(&rt, &who, &last, Incoming::Button("go:main:0".into()));
    assert_eq!(format!("{:?}", store.session(&who).unwrap()), before);
    drop(rt);
    drop(store);

    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    say(&rt, &who, &last, Incoming::Button("rv:send".into()));
    assert_eq!(format!("{:?}", store.session(&who).unwrap()), before);
    assert_eq!(store.outbox().unwrap().len(), 1, "sent once");
    assert_eq!(store.session(&who).unwrap().unwrap().requests.len(), 1);
    assert!(store.request(&reference).unwrap().is_some());
    // A new update is a new step.
    say(
        &rt,
        &who,
        "fresh",
        Incoming::Text("/start en_counselling-form".into()),
    );
    assert_ne!(format!("{:?}", store.session(&who).unwrap()), before);
}

/// Emails to one office leave in the order their requests were confirmed; how many parts of
/// a split request the server accepted survives a restart (so they are not sent again).
pub fn emails_per_office_leave_in_order_and_sent_parts_stay_sent(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let references: Vec<String> = ["5201", "5202", "5203"]
        .iter()
        .map(|id| submit(&rt, &store, &user(id), FAMILY))
        .collect();
    let queued = store.outbox().unwrap();
    assert_eq!(
        queued
            .iter()
            .map(|e| e.reference.clone())
            .collect::<Vec<_>>(),
        references,
        "the outbox reads oldest first"
    );
    // One part of the first request accepted, then a restart.
    let first = OutboxEntry {
        parts_sent: 1,
        ..queued[0].clone()
    };
    store.record_parts_sent(&first).unwrap();
    drop(rt);
    drop(store);

    let store = fixture.open(dir.path());
    let queued = store.outbox().unwrap();
    assert_eq!(queued[0].reference, references[0]);
    assert_eq!(queued[0].parts_sent, 1, "an accepted part stays accepted");
    // Undo the pretend part so the delivery below sends the (single-part) request whole.
    store
        .record_parts_sent(&OutboxEntry {
            parts_sent: 0,
            ..queued[0].clone()
        })
        .unwrap();
    let rt = runtime(store.clone());
    let transport = Recorder::default();
    let (_, report) = rt.deliver_due(&transport, Utc::now()).unwrap();
    assert_eq!(report.sent, 3);
    assert_eq!(*transport.sent.lock().unwrap(), references);
    assert!(store.outbox().unwrap().is_empty());
}

/// Two senders claiming the same queued emails at the same moment, from two threads, never
/// both get one: each email is claimed by exactly one, and a claim held by one is refused
/// to the other until it runs out.
pub fn two_claimers_never_get_the_same_email(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let references: Vec<String> = (0..6)
        .map(|i| submit(&rt, &store, &user(&format!("530{i}")), FAMILY))
        .collect();
    let now = Utc::now();
    let hold = chrono::Duration::minutes(10);
    let won: Vec<Vec<String>> = std::thread::scope(|scope| {
        let claimers: Vec<_> = [1_u64, 2]
            .into_iter()
            .map(|owner| {
                let (store, references) = (&store, &references);
                scope.spawn(move || {
                    references
                        .iter()
                        .filter(|reference| {
                            store
                                .claim_email(reference, owner, now, hold)
                                .expect("a claim is answered")
                                .is_some()
                        })
                        .cloned()
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        claimers
            .into_iter()
            .map(|c| c.join().expect("a claimer"))
            .collect()
    });
    for reference in &references {
        let winners = won.iter().filter(|w| w.contains(reference)).count();
        assert_eq!(winners, 1, "{reference} was claimed by {winners} senders");
    }
    // Later, before the claims run out: each stays with its sender, who may claim it again.
    let later = now + chrono::Duration::minutes(5);
    for (owner, other) in [(1_u64, 2_u64), (2, 1)] {
        for reference in &won[owner as usize - 1] {
            assert!(
                store
                    .claim_email(reference, other, later, hold)
                    .unwrap()
                    .is_none(),
                "{reference}: another sender took a live claim"
            );
            let again = store.claim_email(reference, owner, later, hold).unwrap();
            assert_eq!(again.and_then(|e| e.claim).map(|c| c.owner), Some(owner));
        }
    }
}

/// A claim whose sender died runs out and another sender gets the email; an instance that
/// takes over voids the claims of every other sender at once, and from then on those
/// senders can claim nothing (they were superseded), while the new one delivers.
pub fn a_claim_expires_and_a_takeover_voids_it(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let first = submit(&rt, &store, &user("5401"), FAMILY);
    let second = submit(&rt, &store, &user("5402"), FAMILY);
    let now = Utc::now();
    let hold = chrono::Duration::minutes(1);
    let minutes = chrono::Duration::minutes;
    // Senders' numbers far from those `take_over` hands out.
    let (one, two) = (u64::MAX - 1, u64::MAX - 2);
    // Sender 1 claims the first email and dies.
    assert!(store.claim_email(&first, one, now, hold).unwrap().is_some());
    assert!(
        store
            .claim_email(&first, two, now + chrono::Duration::seconds(30), hold)
            .unwrap()
            .is_none()
    );
    let taken = store
        .claim_email(&first, two, now + minutes(2), hold)
        .unwrap();
    assert_eq!(
        taken.and_then(|e| e.claim).map(|c| c.owner),
        Some(two),
        "the dead sender's claim ran out"
    );
    // Sender 2 also claims the second one, then a new instance takes over.
    assert!(
        store
            .claim_email(&second, two, now + minutes(2), hold)
            .unwrap()
            .is_some()
    );
    drop(rt);
    let rt = runtime(store.clone());
    let active = rt.take_over(None).unwrap();
    assert!(active != one && active != two && active != 0);
    assert!(
        store
            .claim_email(&second, active, now + minutes(2), hold)
            .unwrap()
            .is_some(),
        "a takeover does not wait for the old sender's claims"
    );
    assert!(
        matches!(
            store.claim_email(&first, two, now + minutes(2), hold),
            Err(crate::store::StoreError::Superseded { .. })
        ),
        "a superseded sender claims nothing"
    );
    // The new instance delivers both, the one claimed by the old sender too.
    let transport = Recorder::default();
    let (_, report) = rt.deliver_due(&transport, Utc::now()).unwrap();
    assert_eq!(report.sent, 2);
    assert_eq!(*transport.sent.lock().unwrap(), vec![first, second]);
    assert!(store.outbox().unwrap().is_empty());
}

/// Transactions that read and write the same entries from many threads at once are run
/// again on a conflict, never lost: counters end at the number of increments, and
/// reference numbers never repeat.
pub fn conflicting_transactions_are_retried_not_lost(fixture: &dyn Fixture) {
    const THREADS: usize = 8;
    const EACH: usize = 25;
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let backend = store.backend();
    let tables = [Table::Meta, Table::Threads];
    let read = |bytes: Option<Vec<u8>>| {
        bytes
            .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
            .map_or(0, u64::from_be_bytes)
    };
    let sequences = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    let mut sequences = Vec::new();
                    for _ in 0..EACH {
                        store
                            .transaction(&tables, |tx| {
                                let a = TxTree::new(tx, Table::Meta);
                                let b = TxTree::new(tx, Table::Threads);
                                let x = read(a.get(b"conformance:a")?);
                                let y = read(b.get(b"conformance:b")?);
                                a.insert(b"conformance:a", (x + 1).to_be_bytes())?;
                                b.insert(b"conformance:b", (y + 1).to_be_bytes())?;
                                Ok(())
                            })
                            .unwrap();
                        sequences.push(store.next_sequence().unwrap());
                    }
                    sequences
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a worker"))
            .collect::<Vec<u64>>()
    });
    let total = (THREADS * EACH) as u64;
    assert_eq!(
        read(backend.get(Table::Meta, b"conformance:a").unwrap()),
        total
    );
    assert_eq!(
        read(backend.get(Table::Threads, b"conformance:b").unwrap()),
        total
    );
    let distinct: std::collections::BTreeSet<u64> = sequences.iter().copied().collect();
    assert_eq!(distinct.len(), sequences.len(), "no reference number twice");
    // Ids for uploads and posts: distinct and increasing per caller.
    let ids: Vec<u64> = (0..50).map(|_| backend.generate_id().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    // A body that gives up leaves nothing behind.
    let aborted = store.transaction(&tables, |tx| {
        TxTree::new(tx, Table::Meta).insert(b"conformance:aborted", b"x")?;
        Err::<(), _>(
            crate::store::StoreError::Backend(crate::store::BackendError::new("given up")).into(),
        )
    });
    assert!(aborted.is_err());
    assert_eq!(
        backend.get(Table::Meta, b"conformance:aborted").unwrap(),
        None
    );
}

/// Scans return keys in bytewise order within their bounds, across many entries (a
/// backend that pages must not skip or repeat at page edges).
pub fn scans_are_ordered_and_bounded(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let backend = store.backend();
    let table = Table::CaseEvents;
    let mut expected = Vec::new();
    for i in (0..700u32).rev() {
        let key = format!("scan:{i:04}").into_bytes();
        backend.insert(table, &key, &i.to_be_bytes()).unwrap();
        expected.push(key);
    }
    expected.sort();
    // Neighbours that a prefix must not catch; 0xff bytes test the bound arithmetic.
    for key in [&b"scan"[..], b"scan;", b"scam:9", b"scan\xff", b"\xff\xff"] {
        backend.insert(table, key, b"n").unwrap();
    }
    let keys = |entries: crate::store::backend::Entries<'_>| -> Vec<Vec<u8>> {
        entries.map(|e| e.unwrap().0).collect()
    };
    assert_eq!(keys(backend.scan_prefix(table, b"scan:")), expected);
    assert_eq!(
        keys(backend.scan_prefix(table, b"\xff")),
        vec![b"\xff\xff".to_vec()]
    );
    let from = b"scan:0100".as_slice();
    let to = b"scan:0200".as_slice();
    let inner = keys(backend.range(
        table,
        std::ops::Bound::Excluded(from),
        std::ops::Bound::Included(to),
    ));
    assert_eq!(inner.len(), 100);
    assert_eq!(inner.first().map(Vec::as_slice), Some(&b"scan:0101"[..]));
    assert_eq!(inner.last().map(Vec::as_slice), Some(to));
    assert_eq!(backend.len(table).unwrap(), 705);
    assert!(backend.insert_new(table, b"new", b"1").unwrap());
    assert!(!backend.insert_new(table, b"new", b"2").unwrap());
    assert_eq!(backend.get(table, b"new").unwrap(), Some(b"1".to_vec()));
    backend.remove(table, b"new").unwrap();
    assert_eq!(backend.get(table, b"new").unwrap(), None);
}

/// After `/delete`, no file the backend wrote holds the person's data (raw, UTF-16 or
/// base64), and the sealed values it stored before cannot be opened any more: old copies
/// a backend keeps (sled's log, PostgreSQL's dead tuples and WAL) are noise.
/// The retention sweep finds forms and delivered requests past their period through the
/// index of due days (meta keys in day order: the backend must scan them in that order),
/// leaves what is not yet due, and the language gauge follows the sessions.
pub fn retention_finds_what_is_due_by_its_index(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let reference = submit(&rt, &store, &user("31"), FAMILY);
    rt.deliver_due(&EmlDirectory::new(dir.path().join("mail")), Utc::now())
        .unwrap();
    let drafter = user("32");
    say(
        &rt,
        &drafter,
        "d1",
        Incoming::Text("/start en_counselling-form".into()),
    );
    say(&rt, &drafter, "d2", Incoming::Text(FAMILY.into()));
    say(&rt, &user("33"), "l1", Incoming::Text("/start ar".into()));
    // A question the menus do not answer, kept while it is offered to a person who never
    // comes back to take the offer.
    let asker = user("34");
    let with_rooms = runtime_with_rooms(store.clone(), true);
    say(
        &with_rooms,
        &asker,
        "q1",
        Incoming::Text("/start en".into()),
    );
    // A photo of a letter first, then the question about it: both wait in the offer.
    let photo = crate::docphotos::readable_photo();
    say(&with_rooms, &asker, "q2", Incoming::File(photo));
    say(&with_rooms, &asker, "q3", Incoming::Text(QUESTION.into()));
    let uploads = || store.backend().scan_prefix(Table::Attachments, b"").count();
    assert_eq!(uploads(), 1, "the offered photo is kept");
    assert!(store.session(&asker).unwrap().unwrap().offered.is_some());
    let gauge = store.sessions_by_language().unwrap();
    assert_eq!(gauge.get("en"), Some(&3), "{gauge:?}");
    assert_eq!(gauge.get("ar"), Some(&1), "{gauge:?}");
    // Not yet due: nothing erased.
    let soon = Utc::now() + chrono::Duration::days(29);
    assert_eq!(rt.sweep_retention(soon).unwrap(), 0);
    assert!(
        store
            .request(&reference)
            .unwrap()
            .unwrap()
            .request
            .is_some()
    );
    let sealed_sessions: Vec<Vec<u8>> = store
        .backend()
        .range(
            Table::Sessions,
            std::ops::Bound::Unbounded,
            std::ops::Bound::Unbounded,
        )
        .map(|entry| entry.unwrap().1)
        .collect();
    assert_eq!(sealed_sessions.len(), 4);
    // Due: the request's data, the stale form, the question and the answers kept for the
    // submitter's next request go; the index entries of past days too.
    let later = Utc::now() + chrono::Duration::days(31);
    assert_eq!(rt.sweep_retention(later).unwrap(), 4);
    assert_eq!(store.request(&reference).unwrap().unwrap().request, None);
    assert!(store.session(&drafter).unwrap().unwrap().drafts.is_empty());
    assert_eq!(store.session(&asker).unwrap().unwrap().offered, None);
    assert_eq!(uploads(), 0, "the offered photo went with the offer");
    let left = store.backend().scan_prefix(Table::Meta, b"due/").count();
    assert_eq!(left, 0, "handled entries of past days are dropped");
    assert_eq!(rt.sweep_retention(later).unwrap(), 0);
    // Erased means unrecoverable, not only gone from the session: the sealed sessions of the
    // requester, the drafter and the asker no longer open (their keys were replaced); only
    // that of the person who chose a language and nothing else does.
    let still_open: Vec<&Vec<u8>> = sealed_sessions
        .iter()
        .filter(|value| store.can_open(value))
        .collect();
    assert_eq!(
        still_open.len(),
        1,
        "of {} sealed sessions",
        sealed_sessions.len()
    );
}

pub fn erasure_leaves_no_personal_data(fixture: &dyn Fixture) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let who = user("90417263");
    let store = fixture.open(dir.path());
    let rt = runtime(store.clone());
    let reference = submit(&rt, &store, &who, FAMILY);
    let mail = dir.path().join("mail");
    rt.deliver_due(&EmlDirectory::new(mail.clone()), Utc::now())
        .unwrap();
    let seeds = [
        FAMILY,
        GIVEN,
        NATIONALITY,
        ADDRESS,
        CONCERN,
        BIRTH,
        "90417263",
    ];
    // The scan finds the seeds where they are (the office's email).
    let in_mail = seed_scan::files_containing(&mail, &seeds[..6], &[]).join("\n");
    for seed in &seeds[..6] {
        assert!(in_mail.contains(seed), "{seed} not in the email: {in_mail}");
    }
    // Every sealed value stored for the person and the request, as the backend has it.
    let backend = store.backend();
    let mut sealed = Vec::new();
    for table in [Table::Sessions, Table::Requests, Table::Cases] {
        for entry in backend.range(
            table,
            std::ops::Bound::Unbounded,
            std::ops::Bound::Unbounded,
        ) {
            let (_, value) = entry.unwrap();
            if store.can_open(&value) {
                sealed.push(value);
            }
        }
    }
    assert!(!sealed.is_empty(), "the session and the request are sealed");
    say(&rt, &who, "del-1", Incoming::Text("/delete".into()));
    say(&rt, &who, "del-2", Incoming::Button("del:yes".into()));
    assert_eq!(store.request(&reference).unwrap().unwrap().request, None);
    assert_eq!(store.session(&who).unwrap(), None);
    drop(rt);
    drop(store);

    let mut hits = Vec::new();
    for folder in fixture.written(dir.path()) {
        assert!(folder.exists(), "{} exists", folder.display());
        hits.extend(seed_scan::files_containing(&folder, &seeds, &[&mail]));
    }
    assert_eq!(hits, Vec::<String>::new());
    // The scan reads the backend's files: the reference number, which stays in plain for
    // the office's statistics, is found there.
    let plain: Vec<String> = fixture
        .written(dir.path())
        .iter()
        .flat_map(|folder| seed_scan::files_containing(folder, &[reference.as_str()], &[]))
        .collect();
    assert!(!plain.is_empty(), "the reference is in the backend's files");
    let store = fixture.open(dir.path());
    for value in &sealed {
        assert!(!store.can_open(value), "an old sealed value still opens");
    }
    assert_eq!(
        store.session(&who).unwrap(),
        None,
        "the person starts afresh"
    );
}

/// The sled fixture: the database in `<dir>/db`, as `kompass run` keeps it.
#[derive(Debug, Default)]
pub struct SledFixture;

impl Fixture for SledFixture {
    fn open(&self, dir: &Path) -> Store {
        Store::open(&dir.join("db")).expect("sled opens")
    }

    fn written(&self, dir: &Path) -> Vec<PathBuf> {
        vec![dir.join("db")]
    }
}

/// The backend of a store, for the suite's lower-level checks.
pub fn backend_of(store: &Store) -> Arc<dyn Backend> {
    store.backend().clone()
}

#[cfg(test)]
mod sled {
    crate::store_conformance_tests!(super::SledFixture);
}
