//! Language mediators in the runtime: what reaches the mediators' queue (the newcomer's
//! free text and nothing personal), translations both ways, a reply held for its
//! translation and released after the wait (clock injected), and a restart in between.

use std::path::Path;
use std::sync::Arc;

use chrono::Utc;

use super::{contact_at_menu, open_contact, update};
use crate::Incoming;
use crate::attachment::Limits;
use crate::content::Content;
use crate::engine::UserId;
use crate::runtime::{
    CaseOutcome, CaseworkerAction, MediationSettings, Runtime, Settings, TranslationOutcome,
};
use crate::store::{MediatorPost, MediatorWhat, PassedTo, PostWhat, Store, ThreadRef};

/// The shipped flows with `mediators = true` for the given institutions, in `dir/flows`.
pub(super) fn flows_with_mediators(dir: &Path, institutions: &[&str]) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let flows = dir.join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    let mut text = std::fs::read_to_string(root.join("flows/kalletal.toml")).unwrap();
    for institution in institutions {
        let line = format!("id = \"{institution}\"\n");
        assert!(text.contains(&line), "{institution}");
        text = text.replace(&line, &format!("{line}mediators = true\n"));
    }
    std::fs::write(flows.join("kalletal.toml"), text).unwrap();
    flows
}

/// A runtime whose integration office and Bürgerbüro use the mediators, with a mediators'
/// room for English (the test newcomer's language) and Arabic; replies wait `wait_hours`.
pub(super) fn mediated_runtime(dir: &Path, wait_hours: i64) -> Runtime {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let flows = flows_with_mediators(dir, &["integrationsbuero", "buergerbuero"]);
    let content = Arc::new(Content::load(&flows, &root.join("locales")).unwrap());
    let settings = Settings {
        mail_from: "Kompass <k@example.org>".parse().unwrap(),
        limits: Limits::default(),
        give_up_after: chrono::Duration::hours(1),
        max_email_bytes: 20 << 20,
        retention: chrono::Duration::days(30),
        rooms_available: true,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    let rt = Runtime::new(content, Store::open(&dir.join("db")).unwrap(), settings);
    rt.enable_mediation(MediationSettings {
        languages: ["en".to_string(), "ar".to_string()].into(),
        wait: chrono::Duration::hours(wait_hours),
    });
    rt
}

/// Posts every queued mediators' post as if the room took it, the root as thread `$root`
/// in `!sm:x`; returns the posts with the event ids they got (`$sm<n>`).
pub(super) fn post_all(rt: &Runtime) -> Vec<(MediatorPost, String)> {
    let mut posted = Vec::new();
    for (n, post) in rt.mediator_posts().unwrap().into_iter().enumerate() {
        let event = if post.what == MediatorWhat::Root {
            "$root".to_string()
        } else {
            format!("$sm{n}")
        };
        let thread = (post.what == MediatorWhat::Root).then(|| ThreadRef {
            room: "!sm:x".into(),
            root: event.clone(),
        });
        rt.mediator_post_done(&post, &event, thread.as_ref())
            .unwrap();
        posted.push((post, event));
    }
    assert!(rt.mediator_posts().unwrap().is_empty());
    posted
}

fn notes(rt: &Runtime) -> Vec<String> {
    rt.room_posts()
        .unwrap()
        .into_iter()
        .filter_map(|post| match post.what {
            PostWhat::Note { text } => Some(text),
            _ => None,
        })
        .collect()
}

/// A contact's first message reaches the mediators' queue under a random case number with
/// nothing else about the case; a mediator's translation goes into the case's thread, once.
#[test]
fn a_newcomers_message_reaches_the_mediators_and_its_translation_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let reference = open_contact(&rt);
    let posts = rt.mediator_posts().unwrap();
    assert_eq!(posts.len(), 2, "{posts:?}");
    assert_eq!(posts[0].what, MediatorWhat::Root);
    assert_eq!(
        posts[1].what,
        MediatorWhat::Newcomer {
            text: "Hello, I need help".into()
        }
    );
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    let digits = mediation.number.strip_prefix("SM-").unwrap();
    assert!(
        digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()),
        "{}",
        mediation.number
    );
    // What the mediators read: the case number, the language, the text; never the reference.
    let root = rt.mediator_text(&mediation, &posts[0].what);
    assert!(
        root.contains(&mediation.number) && root.contains("Englisch"),
        "{root}"
    );
    let message = rt.mediator_text(&mediation, &posts[1].what);
    assert!(message.ends_with("\nHello, I need help"), "{message}");
    for text in [&root, &message] {
        // The random case number may hold any digits; the rest must not name the person.
        let text = &text.replace(&mediation.number, "SM-x");
        assert!(
            !text.contains(&reference) && !text.contains("KAL-"),
            "{text}"
        );
        assert!(!text.contains("telegram") && !text.contains("42"), "{text}");
        assert!(!text.contains("Integration"), "no institution: {text}");
    }
    // Another message, then the room has both.
    rt.handle(update(
        "c4",
        Incoming::Text("My flat has no heating".into()),
    ))
    .unwrap();
    let posted = post_all(&rt);
    assert_eq!(posted.len(), 3);
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    assert_eq!(mediation.items.len(), 2);

    // A plain reply translates the latest message; a reply to the first translates that.
    let before = notes(&rt).len();
    assert_eq!(
        rt.mediator_translation(
            "$t1",
            "!sm:x",
            "$root",
            None,
            "Meine Wohnung hat keine Heizung"
        )
        .unwrap(),
        TranslationOutcome::ToOffice
    );
    assert_eq!(
        rt.mediator_translation(
            "$t2",
            "!sm:x",
            "$root",
            Some(&posted[1].1),
            "Hallo, ich brauche Hilfe"
        )
        .unwrap(),
        TranslationOutcome::ToOffice
    );
    let notes = notes(&rt);
    assert_eq!(notes.len(), before + 2);
    assert_eq!(
        notes[before],
        "Übersetzung (Sprachmittlung) zu „My flat has no heating“:\nMeine Wohnung hat keine Heizung"
    );
    assert_eq!(
        notes[before + 1],
        "Übersetzung (Sprachmittlung) zu „Hello, I need help“:\nHallo, ich brauche Hilfe"
    );
    // Each translation's thanks is queued with it, as a post of the mediators' queue (so a
    // crash before it is sent loses neither); a redelivered event queues none.
    let thanks = |about: &str| MediatorWhat::Thanks {
        about: about.into(),
        passed_to: PassedTo::Office,
    };
    let queued = || -> Vec<MediatorWhat> {
        rt.mediator_posts()
            .unwrap()
            .into_iter()
            .map(|post| post.what)
            .collect()
    };
    assert_eq!(queued(), [thanks("$t1"), thanks("$t2")]);
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    assert_eq!(
        rt.mediator_text(&mediation, &thanks("$t1")),
        "Danke! Die Übersetzung ist an die Behörde weitergegeben."
    );
    // A redelivered event does nothing; a thread that is no case says so.
    assert_eq!(
        rt.mediator_translation("$t1", "!sm:x", "$root", None, "x")
            .unwrap(),
        TranslationOutcome::AlreadyDone
    );
    assert_eq!(queued().len(), 2);
    assert_eq!(
        rt.mediator_translation("$t3", "!sm:x", "$other", None, "x")
            .unwrap(),
        TranslationOutcome::UnknownThread
    );
}

/// A caseworker's reply is held: the newcomer hears at once (in English) that a translation
/// is coming, the mediators get the German text, and the translation reaches the newcomer
/// with the German original below it.
#[test]
fn a_reply_reaches_the_newcomer_translated() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let (reference, now) = contact_at_menu(&rt);
    post_all(&rt);
    let outcome = rt
        .caseworker_action(
            "$e1",
            &reference,
            CaseworkerAction::Message("Bitte kommen Sie am Montag.".into()),
            now,
        )
        .unwrap();
    let CaseOutcome::Done { notice, .. } = outcome else {
        panic!("{outcome:?}")
    };
    let locales = rt.engine().content().locales.clone();
    let pending = crate::i18n::strip_bidi_marks(&notice.message.text);
    assert!(
        pending.contains("A language mediator is translating"),
        "{pending}"
    );
    assert!(!pending.contains("Montag"), "the German waits: {pending}");
    assert!(
        notes(&rt)
            .iter()
            .any(|n| n.contains("zuerst an die Sprachmittlung")),
        "the caseworkers are told"
    );
    let posts = rt.mediator_posts().unwrap();
    let [post] = posts.as_slice() else {
        panic!("{posts:?}")
    };
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    let text = rt.mediator_text(&mediation, &post.what);
    assert!(text.contains("Bitte für die Person übersetzen"), "{text}");
    assert!(text.ends_with("\nBitte kommen Sie am Montag."), "{text}");
    assert_eq!(
        rt.caseworker_action(
            "$e1",
            &reference,
            CaseworkerAction::Message("Bitte kommen Sie am Montag.".into()),
            now
        )
        .unwrap(),
        CaseOutcome::AlreadyDone
    );
    post_all(&rt);

    let outcome = rt
        .mediator_translation("$t1", "!sm:x", "$root", None, "Please come on Monday.")
        .unwrap();
    let TranslationOutcome::ToNewcomer(notice) = outcome else {
        panic!("{outcome:?}")
    };
    let text = crate::i18n::strip_bidi_marks(&notice.message.text);
    assert!(
        text.contains(&locales.text("en", "mediation-translated", &[])),
        "{text}"
    );
    assert!(text.contains("Please come on Monday."), "{text}");
    assert!(
        text.contains(&format!(
            "{}\nBitte kommen Sie am Montag.",
            locales.text("en", "mediation-original", &[])
        )),
        "{text}"
    );
    assert!(text.contains("Message from"), "framed like a reply: {text}");
    assert!(
        notes(&rt)
            .iter()
            .any(|n| n.ends_with("an die Person gesendet:\nPlease come on Monday.")),
        "{:?}",
        notes(&rt)
    );
    let posts = rt.mediator_posts().unwrap();
    let [thanks] = posts.as_slice() else {
        panic!("{posts:?}")
    };
    assert_eq!(
        thanks.what,
        MediatorWhat::Thanks {
            about: "$t1".into(),
            passed_to: PassedTo::Newcomer
        }
    );
    assert_eq!(
        rt.mediator_text(&mediation, &thanks.what),
        "Danke! Die Übersetzung ist an die Person gesendet."
    );
    // The newcomer is talking to the office again: their answer goes to the thread.
    let outputs = rt
        .handle(update("c9", Incoming::Text("Thank you".into())))
        .unwrap();
    assert!(
        outputs
            .iter()
            .any(|o| matches!(o, crate::Output::Forward { .. }))
    );
    // Translated: nothing left for the clock.
    assert!(
        rt.release_due_translations(Utc::now() + chrono::Duration::hours(5))
            .unwrap()
            .is_empty()
    );
}

/// No translation within the wait: the German original goes out then (clock injected),
/// once, also after a restart; a translation that comes later still follows, without the
/// German a second time.
#[test]
fn without_a_translation_the_german_goes_out_after_the_wait() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let (reference, now) = contact_at_menu(&rt);
    post_all(&rt);
    rt.caseworker_action(
        "$e1",
        &reference,
        CaseworkerAction::Message("Der Termin ist am Montag.".into()),
        now,
    )
    .unwrap();
    let asked = Utc::now();
    assert!(
        rt.release_due_translations(asked + chrono::Duration::hours(3))
            .unwrap()
            .is_empty(),
        "still waiting"
    );
    // A restart loses nothing: the held reply and the mediators' posts are stored.
    drop(rt);
    let rt = mediated_runtime(dir.path(), 4);
    assert_eq!(rt.mediator_posts().unwrap().len(), 1);
    post_all(&rt);
    let released = rt
        .release_due_translations(asked + chrono::Duration::hours(4) + chrono::Duration::minutes(1))
        .unwrap();
    let [notice] = released.as_slice() else {
        panic!("{released:?}")
    };
    assert_eq!(notice.user, UserId::new("telegram", "42"));
    assert!(notice.message.text.contains("Der Termin ist am Montag."));
    assert!(
        rt.release_due_translations(asked + chrono::Duration::hours(6))
            .unwrap()
            .is_empty(),
        "once"
    );
    assert!(
        notes(&rt)
            .iter()
            .any(|n| n.contains("auf Deutsch bekommen"))
    );
    let TranslationOutcome::ToNewcomer(late) = rt
        .mediator_translation(
            "$t1",
            "!sm:x",
            "$root",
            None,
            "The appointment is on Monday.",
        )
        .unwrap()
    else {
        panic!()
    };
    assert!(late.message.text.contains("The appointment is on Monday."));
    assert!(
        !late.message.text.contains("Der Termin ist am Montag."),
        "the German came before: {}",
        late.message.text
    );
}

/// With a wait of zero the German goes out at once, and to the mediators too.
#[test]
fn with_no_wait_the_german_goes_out_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 0);
    let (reference, now) = contact_at_menu(&rt);
    post_all(&rt);
    let CaseOutcome::Done { notice, .. } = rt
        .caseworker_action(
            "$e1",
            &reference,
            CaseworkerAction::Message("Kommen Sie morgen.".into()),
            now,
        )
        .unwrap()
    else {
        panic!()
    };
    assert!(notice.message.text.contains("Kommen Sie morgen."));
    assert_eq!(rt.mediator_posts().unwrap().len(), 1);
    assert!(
        rt.release_due_translations(Utc::now() + chrono::Duration::hours(1))
            .unwrap()
            .is_empty()
    );
}

/// The English register form sent with `concern` as the request's own words, and `asked`
/// typed at the phone question before it (a question the form keeps for the office).
fn send_request(rt: &Runtime, asked: Option<&str>, concern: Incoming) {
    let mut n = 0;
    let mut send = |incoming| {
        n += 1;
        rt.handle(update(&format!("u{n}"), incoming)).unwrap()
    };
    send(Incoming::Text("/start en".into()));
    send(Incoming::Button("go:main:0".into()));
    send(Incoming::Button("go:register:0".into()));
    let answers = [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Syrian",
        "Weg 1",
        "1.11.2026",
        "2",
    ];
    for text in answers.into_iter().chain(asked) {
        send(Incoming::Text(text.into()));
    }
    send(Incoming::Button("f:7:skip".into()));
    send(Incoming::Button("f:8:skip".into()));
    send(concern);
    send(Incoming::File(super::photo()));
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        send(Incoming::Button(data.into()));
    }
}

/// A request's answers reach the mediators only where the form marks them (the concern):
/// never the name, the birth date, the address or the photo; a German newcomer's case and
/// an institution without the switch go nowhere.
#[test]
fn of_a_request_only_the_marked_free_text_reaches_the_mediators() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let concern = "My landlord wants a paper from you";
    send_request(&rt, None, Incoming::Text(concern.into()));
    let reference = super::first_reference(&rt);
    let posts = rt.mediator_posts().unwrap();
    assert_eq!(
        posts.iter().map(|p| p.what.clone()).collect::<Vec<_>>(),
        [
            MediatorWhat::Root,
            MediatorWhat::Newcomer {
                text: concern.into()
            }
        ]
    );
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    for post in &posts {
        let text = rt.mediator_text(&mediation, &post.what);
        for personal in ["Haddad", "Sami", "1990", "Syrian", "Weg 1", &reference] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }
    }
}

/// A voice message as the request's own words stays with the office: a voice tells who it
/// is. The mediators get what was written with it (a question typed earlier in the form).
#[test]
fn of_a_voice_message_only_the_written_words_reach_the_mediators() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let voice = Incoming::Voice {
        bytes: b"OggS voice".to_vec(),
        mime: "audio/ogg".into(),
        duration_seconds: Some(9),
    };
    send_request(&rt, Some("Do I have to come in person?"), voice);
    let posts = rt.mediator_posts().unwrap();
    assert_eq!(
        posts.iter().map(|p| p.what.clone()).collect::<Vec<_>>(),
        [
            MediatorWhat::Root,
            MediatorWhat::Newcomer {
                text: "Do I have to come in person?".into()
            }
        ]
    );
}

/// Switched off in a reload (the institution's `mediators` removed): the newcomer's next
/// message and the caseworker's reply no longer go to the mediators, and the reply is not
/// held.
#[test]
fn switched_off_nothing_more_goes_to_the_mediators() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let (reference, now) = contact_at_menu(&rt);
    post_all(&rt);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    rt.replace_content(Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).unwrap(),
    ));
    let CaseOutcome::Done { notice, .. } = rt
        .caseworker_action(
            "$e1",
            &reference,
            CaseworkerAction::Message("Kommen Sie morgen.".into()),
            now,
        )
        .unwrap()
    else {
        panic!()
    };
    assert!(notice.message.text.contains("Kommen Sie morgen."));
    rt.handle(update("c9", Incoming::Text("Thank you".into())))
        .unwrap();
    assert!(rt.mediator_posts().unwrap().is_empty());
}

/// `!erledigt`: the mediators' thread is told the case is closed, and a translation of the
/// office's last reply no longer reaches the newcomer.
#[test]
fn a_closed_case_is_announced_to_the_mediators() {
    let dir = tempfile::tempdir().unwrap();
    let rt = mediated_runtime(dir.path(), 4);
    let (reference, now) = contact_at_menu(&rt);
    post_all(&rt);
    rt.caseworker_action(
        "$e1",
        &reference,
        CaseworkerAction::Message("Alles erledigt.".into()),
        now,
    )
    .unwrap();
    post_all(&rt);
    rt.caseworker_action("$e2", &reference, CaseworkerAction::Close, now)
        .unwrap();
    let posts = rt.mediator_posts().unwrap();
    let [closed] = posts.as_slice() else {
        panic!("{posts:?}")
    };
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    let text = rt.mediator_text(&mediation, &closed.what);
    assert!(
        text.contains(&mediation.number) && text.contains("abgeschlossen"),
        "{text}"
    );
    post_all(&rt);
    assert_eq!(
        rt.mediator_translation("$t1", "!sm:x", "$root", None, "All done.")
            .unwrap(),
        TranslationOutcome::Closed
    );
}
