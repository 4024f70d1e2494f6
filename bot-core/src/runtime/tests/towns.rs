//! Two municipalities in one runtime (Kalletal and the sample Lindenau): requests mailed by
//! each town's content and sender, caseworker rooms and replies that never cross towns,
//! metrics labelled by municipality, and a person who switched town.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::Utc;

use crate::Incoming;
use crate::content::Content;
use crate::engine::{Engine, Output, UserId};
use crate::mail::{self, MailError, Transport};
use crate::runtime::{CaseOutcome, CaseworkerAction, Runtime, Settings, Update};
use crate::store::Store;
use crate::towns::{Town, Towns};

fn towns() -> Towns {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let kalletal = Content::load(&root.join("flows"), &root.join("locales")).unwrap();
    let lindenau = Content::load_town(
        &root.join("flows/lindenau"),
        &root.join("locales"),
        Some("lindenau"),
    )
    .unwrap();
    Towns::named(vec![
        Town {
            id: "kalletal".into(),
            name: "Kalletal".into(),
            engine: Engine::new(Arc::new(kalletal)),
        },
        Town {
            id: "lindenau".into(),
            name: "Lindenau".into(),
            engine: Engine::new(Arc::new(lindenau)),
        },
    ])
    .unwrap()
}

/// The deployment's settings: with caseworker rooms, or with the mailbox `reply_mailbox`
/// for offices' answers instead.
fn settings(reply_mailbox: Option<&str>) -> Settings {
    Settings {
        mail_from: "Kompass <kompass@kreis.example.org>".parse().unwrap(),
        limits: crate::attachment::Limits::default(),
        give_up_after: chrono::Duration::hours(1),
        max_email_bytes: 20 << 20,
        retention: chrono::Duration::days(30),
        rooms_available: reply_mailbox.is_none(),
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: reply_mailbox.map(|address| address.parse().unwrap()),
    }
}

fn runtime(dir: &Path) -> Runtime {
    runtime_with(dir, settings(None))
}

fn runtime_with(dir: &Path, settings: Settings) -> Runtime {
    let rt = Runtime::with_towns(towns(), Store::open(&dir.join("db")).unwrap(), settings);
    rt.set_sender(
        "lindenau",
        "Kompass Lindenau <kompass@lindenau.example.org>"
            .parse()
            .unwrap(),
    );
    rt
}

struct Person {
    user: UserId,
    n: usize,
}

impl Person {
    fn new(id: &str) -> Self {
        Self {
            user: UserId::new("telegram", id),
            n: 0,
        }
    }

    fn send(&mut self, rt: &Runtime, incoming: Incoming) -> Vec<Output> {
        self.n += 1;
        rt.handle(Update {
            user: self.user.clone(),
            id: Some(format!("{}-{}", self.user.id, self.n)),
            language_hint: None,
            incoming,
        })
        .unwrap()
    }

    fn text(&mut self, rt: &Runtime, text: &str) -> Vec<Output> {
        self.send(rt, Incoming::Text(text.into()))
    }

    /// Opens "write to a person" of the town's integration office with a first message.
    fn contact(&mut self, rt: &Runtime, link: &str) -> String {
        self.text(rt, link);
        self.text(rt, "Hello, I need help")
            .iter()
            .find_map(|o| match o {
                Output::OpenCase(opening) => Some(opening.reference.clone()),
                _ => None,
            })
            .expect("a case")
    }
}

/// Every email as (reference, From, To); their Reply-To headers beside.
#[derive(Default)]
struct Outbox(Mutex<Vec<(String, String, String)>>, Mutex<Vec<String>>);

impl Transport for Outbox {
    fn send(&self, mail: &mail::Composed) -> Result<(), MailError> {
        let headers = mail.message.headers();
        let get = |name: &str| headers.get_raw(name).unwrap_or_default().to_string();
        self.0
            .lock()
            .unwrap()
            .push((mail.reference.clone(), get("From"), get("To")));
        self.1.lock().unwrap().push(get("Reply-To"));
        Ok(())
    }
}

/// A request in each town (Lindenau's first), both emails delivered.
fn requests_from_both_towns(rt: &Runtime) -> (Person, Person, Outbox, Vec<crate::runtime::Notice>) {
    let mut lin = Person::new("1");
    lindenau_request(rt, &mut lin);
    let mut kal = Person::new("2");
    kalletal_request(rt, &mut kal);
    let outbox = Outbox::default();
    let (notices, report) = rt.deliver_due(&outbox, Utc::now()).unwrap();
    assert_eq!(report.sent, 2, "{report:?}");
    (lin, kal, outbox, notices)
}

/// A registration at Lindenau's Bürgerbüro, sent.
fn lindenau_request(rt: &Runtime, lin: &mut Person) {
    lin.text(rt, "/start lindenau_en_register-form");
    for answer in [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Marktplatz 2",
        "1.11.2026",
        "+49 160 1234567",
    ] {
        lin.text(rt, answer);
    }
    let outputs = lin.send(rt, Incoming::Button("rv:send".into()));
    assert!(
        outputs.iter().any(|o| matches!(o, Output::Submit(_))),
        "{outputs:?}"
    );
}

/// A counselling request at Kalletal's integration office, sent.
fn kalletal_request(rt: &Runtime, kal: &mut Person) {
    kal.text(rt, "/start kalletal_en_counselling-form");
    for answer in ["Kovalenko", "Iryna", "3.4.1988", "Ukrainian", "Weg 1"] {
        kal.text(rt, answer);
    }
    kal.send(rt, Incoming::Button("f:5:0".into()));
    // A phone number: without a caseworker room, the office needs a way to call back.
    kal.text(rt, "+49 151 23456789");
    kal.send(rt, Incoming::Button("f:7:skip".into()));
    let outputs = kal.text(rt, "I need advice");
    assert!(
        !outputs.iter().any(|o| matches!(o, Output::Submit(_))),
        "not yet"
    );
    // Walk Kalletal's counselling form to its end, whatever its remaining questions.
    for _ in 0..10 {
        let outputs = kal.send(rt, Incoming::Button("rv:send".into()));
        if outputs.iter().any(|o| matches!(o, Output::Submit(_))) {
            return;
        }
        let prompt = rt.current_prompt(&kal.user).unwrap();
        let data = prompt
            .message()
            .and_then(|m| {
                m.buttons
                    .iter()
                    .find(|b| b.data().ends_with(":skip") || b.data().ends_with(":n"))
                    .or(m.buttons.first())
            })
            .map(|b| b.data().to_string())
            .unwrap();
        kal.send(rt, Incoming::Button(data));
    }
    panic!("Kalletal's counselling form did not end");
}

#[test]
fn requests_leave_with_their_towns_office_sender_and_label() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let (lin, _, outbox, notices) = requests_from_both_towns(&rt);
    let sent = outbox.0.lock().unwrap().clone();
    let lin_mail = sent.iter().find(|m| m.0.starts_with("LIN-")).unwrap();
    let kal_mail = sent.iter().find(|m| m.0.starts_with("KAL-")).unwrap();
    assert!(
        lin_mail.1.contains("kompass@lindenau.example.org"),
        "{lin_mail:?}"
    );
    assert!(lin_mail.2.contains("buergerbuero@lindenau.example.org"));
    // Kalletal has no sender of its own here: the deployment's.
    assert!(
        kal_mail.1.contains("kompass@kreis.example.org"),
        "{kal_mail:?}"
    );
    assert!(kal_mail.2.contains("kalletal.example.org"), "{kal_mail:?}");
    // Each notice to its own person.
    for notice in &notices {
        let own = if notice.user == lin.user {
            &lin_mail.0
        } else {
            &kal_mail.0
        };
        assert!(notice.message.text.contains(own.as_str()), "{notice:?}");
    }

    let metrics = rt.metrics_text().unwrap();
    for line in [
        "kompass_requests_submitted_total{municipality=\"lindenau\",institution=\"lindenau-buergerbuero\"} 1",
        "kompass_emails_delivered_total{municipality=\"lindenau\"} 1",
        "kompass_emails_delivered_total{municipality=\"kalletal\"} 1",
    ] {
        assert!(metrics.lines().any(|l| l == line), "{line} in\n{metrics}");
    }
}

#[test]
fn rooms_and_replies_stay_in_their_town() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut lin = Person::new("11");
    let mut kal = Person::new("12");
    let lin_case = lin.contact(&rt, "/start lindenau_en_counselling-person");
    let kal_case = kal.contact(&rt, "/start kalletal_en_counselling-person");
    assert!(lin_case.starts_with("LIN-") && kal_case.starts_with("KAL-"));

    // What goes to the rooms names each town's own office (the adapter's room for it).
    let posts = rt.room_posts().unwrap();
    assert_eq!(posts.len(), 4, "{posts:?}");
    for post in &posts {
        let expected = if post.reference == lin_case {
            "lindenau-integration"
        } else {
            "integrationsbuero"
        };
        assert_eq!(post.institution, expected, "{post:?}");
    }
    let root = rt.case_root(&rt.case(&lin_case).unwrap().unwrap()).unwrap();
    assert!(
        root.lines.iter().any(|l| l.contains("Lindenau")),
        "{root:?}"
    );
    assert!(
        !root.lines.iter().any(|l| l.contains("Kalletal")),
        "{root:?}"
    );

    // A reply in Lindenau's thread reaches Lindenau's newcomer only.
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let outcome = rt
        .caseworker_action(
            "$l1",
            &lin_case,
            CaseworkerAction::Message("Kommen Sie morgen.".into()),
            now,
        )
        .unwrap();
    let CaseOutcome::Done { notice, .. } = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(notice.user, lin.user);
    let lindenau_office = rt
        .engine_for("lindenau-integration")
        .content()
        .locales
        .text("en", "inst-lindenau-integration", &[]);
    assert!(
        crate::i18n::strip_bidi_marks(&notice.message.text)
            .contains(&crate::i18n::strip_bidi_marks(&lindenau_office)),
        "{}",
        notice.message.text
    );
    let pending = rt.pending_notices().unwrap();
    assert!(pending.iter().all(|n| n.user != kal.user), "{pending:?}");
    // Lindenau's newcomer answers into Lindenau's case; Kalletal's into Kalletal's.
    let outputs = lin.text(&rt, "Danke");
    assert!(
        outputs
            .iter()
            .any(|o| matches!(o, Output::Forward { case, .. } if *case == lin_case))
    );
    let outputs = kal.text(&rt, "Hallo?");
    assert!(
        outputs
            .iter()
            .any(|o| matches!(o, Output::Forward { case, .. } if *case == kal_case))
    );
}

#[test]
fn a_person_who_switched_town_gets_the_old_towns_reply_without_being_pulled_back() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut person = Person::new("21");
    let lin_case = person.contact(&rt, "/start lindenau_en_counselling-person");
    // Half a Lindenau form, then Kalletal.
    person.text(&rt, "/start register-form");
    person.text(&rt, "Haddad");
    person.text(&rt, "/town");
    person.send(&rt, Incoming::Button("town:kalletal".into()));
    let session = rt.store().session(&person.user).unwrap().unwrap();
    assert_eq!(session.municipality.as_deref(), Some("kalletal"));
    assert!(session.drafts.is_empty(), "no half-filled form in Kalletal");
    // Text now goes to Kalletal's menus, not to Lindenau's office.
    let outputs = person.text(&rt, "1");
    assert!(!outputs.iter().any(|o| matches!(o, Output::Forward { .. })));

    // Lindenau's caseworker still reaches them…
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let outcome = rt
        .caseworker_action(
            "$s1",
            &lin_case,
            CaseworkerAction::Message("Ihre Unterlagen sind da.".into()),
            now,
        )
        .unwrap();
    let CaseOutcome::Done { notice, .. } = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(notice.user, person.user);
    assert!(notice.message.text.contains("Ihre Unterlagen sind da."));
    // …without pulling the conversation back into Lindenau's case.
    let session = rt.store().session(&person.user).unwrap().unwrap();
    assert_eq!(session.municipality.as_deref(), Some("kalletal"));
    assert!(
        !matches!(session.state, crate::engine::State::Talking { .. }),
        "{:?}",
        session.state
    );
    let outputs = person.text(&rt, "/menu");
    assert!(!outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    // Closing it in Lindenau closes it in the session too.
    rt.caseworker_action("$s2", &lin_case, CaseworkerAction::Close, now)
        .unwrap();
    let session = rt.store().session(&person.user).unwrap().unwrap();
    assert!(session.open_cases.is_empty(), "{:?}", session.open_cases);
}

/// `/delete` in the town a person switched to erases what they left in the other town
/// too: the store sees the whole session, whatever the engine of the moment is shown.
#[test]
fn delete_after_switching_town_erases_the_other_towns_request() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut person = Person::new("31");
    person.text(&rt, "/start lindenau_en_register-form");
    for answer in ["Haddad", "Sami", "1.2.1990", "Marktplatz 2", "1.11.2026"] {
        person.text(&rt, answer);
    }
    person.send(&rt, Incoming::Button("f:5:skip".into()));
    let outputs = person.send(&rt, Incoming::Button("rv:send".into()));
    let reference = outputs
        .iter()
        .find_map(|o| match o {
            Output::Submit(request) => Some(request.reference.clone()),
            _ => None,
        })
        .expect("submitted");
    assert!(
        rt.store()
            .request(&reference)
            .unwrap()
            .unwrap()
            .request
            .is_some()
    );

    person.text(&rt, "/start kalletal_en");
    let status = person.text(&rt, "/status");
    assert!(
        !status
            .iter()
            .any(|o| o.message().is_some_and(|m| m.text.contains(&reference))),
        "Kalletal does not list Lindenau's request"
    );
    person.text(&rt, "/delete");
    person.send(&rt, Incoming::Button("del:yes".into()));
    assert!(rt.store().session(&person.user).unwrap().is_none());
    let stored = rt.store().request(&reference).unwrap();
    assert!(
        stored.is_none_or(|stored| stored.request.is_none()),
        "the undelivered Lindenau request is erased"
    );
    assert_eq!(rt.store().outbox_len(), 0);
}

/// Office answers by email are matched by Message-IDs of every town's sender domain.
#[test]
fn every_towns_sender_domain_names_message_ids() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    assert_eq!(
        rt.message_id_domains(),
        ["kreis.example.org", "lindenau.example.org"]
    );
}

#[test]
fn offices_answer_into_their_towns_own_mailbox() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime_with(dir.path(), settings(Some("antworten@kreis.example.org")));
    rt.set_reply_mailbox(
        "lindenau",
        "antworten@lindenau.example.org".parse().unwrap(),
    );
    let (mut lin, _, outbox, _) = requests_from_both_towns(&rt);
    let sent = outbox.0.lock().unwrap().clone();
    let reply_to = outbox.1.lock().unwrap().clone();
    let of = |prefix: &str| {
        let index = sent.iter().position(|m| m.0.starts_with(prefix)).unwrap();
        (sent[index].0.clone(), reply_to[index].clone())
    };
    let (lin_ref, lin_reply_to) = of("LIN-");
    let (_, kal_reply_to) = of("KAL-");
    assert!(
        lin_reply_to.contains("antworten@lindenau.example.org"),
        "{lin_reply_to}"
    );
    // Kalletal has no mailbox of its own: the deployment's.
    assert!(
        kal_reply_to.contains("antworten@kreis.example.org"),
        "{kal_reply_to}"
    );

    // Lindenau's office answers; the newcomer's answer goes back into the thread with
    // Lindenau's mailbox as Reply-To.
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let answer = crate::runtime::OfficeMail {
        event: "email:<a1@lindenau.example.org>".into(),
        message_id: Some("<a1@lindenau.example.org>".into()),
        references: Vec::new(),
        from: "buergerbuero@lindenau.example.org".into(),
        reply_to: None,
        subject: "AW: Anmeldung".into(),
        text: "Bitte bringen Sie Ihren Pass mit.".into(),
        files: Vec::new(),
        appointment: None,
    };
    assert!(matches!(
        rt.office_mail(&lin_ref, answer, now).unwrap(),
        crate::runtime::OfficeMailOutcome::Relayed(_)
    ));
    lin.text(&rt, "Danke, ich komme.");
    let thread = Outbox::default();
    assert_eq!(rt.deliver_thread_mails(&thread).unwrap(), 1);
    let thread_reply_to = thread.1.lock().unwrap().clone();
    assert!(
        thread_reply_to[0].contains("antworten@lindenau.example.org"),
        "{thread_reply_to:?}"
    );
}
