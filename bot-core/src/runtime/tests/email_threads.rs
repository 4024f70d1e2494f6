//! Offices that answer by email, at the runtime: relayed once, only from the office's
//! domain, files kept with the notice across a restart, the newcomer's answer composed as a
//! reply in the thread, an appointment line with its reminder (on an injected clock), and
//! bounces.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, NaiveTime, Utc};
use mail_parser::{MessageParser, MimeHeaders};

use crate::Incoming;
use crate::content::Content;
use crate::engine::{OutgoingFile, Output, UserId};
use crate::mail::{self, MailError, Transport};
use crate::runtime::{OfficeMail, OfficeMailOutcome, Runtime, Settings, Update};
use crate::store::Store;

fn runtime(dir: &Path) -> Runtime {
    runtime_answering_at(dir, Some("antwort@kalletal.example.org".parse().unwrap()))
}

/// With `reply_mailbox` for the offices' answers, or none (their answers are not read).
fn runtime_answering_at(dir: &Path, reply_mailbox: Option<lettre::Address>) -> Runtime {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let content = Arc::new(Content::load(&root.join("flows"), &root.join("locales")).unwrap());
    let settings = Settings {
        mail_from: "Kompass <kompass@kalletal.example.org>".parse().unwrap(),
        limits: crate::attachment::Limits::default(),
        give_up_after: chrono::Duration::hours(1),
        max_email_bytes: 20 << 20,
        retention: chrono::Duration::days(30),
        rooms_available: false,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox,
    };
    Runtime::new(content, Store::open(&dir.join("db")).unwrap(), settings)
}

fn person() -> UserId {
    UserId::new("telegram", "7731")
}

fn say(rt: &Runtime, n: &mut usize, incoming: Incoming) -> Vec<Output> {
    *n += 1;
    rt.handle(Update {
        user: person(),
        id: Some(format!("m{n}")),
        language_hint: None,
        incoming,
    })
    .unwrap()
}

/// A counselling request (to the Integrationsbüro), with a phone number.
fn submit(rt: &Runtime, n: &mut usize) -> String {
    submit_answered_at(rt, n, None)
}

/// [`submit`], with `email` as the person's email address where given.
fn submit_answered_at(rt: &Runtime, n: &mut usize, email: Option<&str>) -> String {
    say(rt, n, Incoming::Text("/start en_counselling-form".into()));
    for text in ["Haddad", "Sami", "1.2.1990", "Syrian", "Weg 1"] {
        say(rt, n, Incoming::Text(text.into()));
    }
    say(rt, n, Incoming::Button("f:5:0".into()));
    say(rt, n, Incoming::Text("+49 151 23456789".into()));
    match email {
        Some(email) => say(rt, n, Incoming::Text(email.into())),
        None => say(rt, n, Incoming::Button("f:7:skip".into())),
    };
    say(rt, n, Incoming::Text("Help with a letter".into()));
    for data in ["f:9:skip", "f:10:n", "f:11:0", "rv:send"] {
        say(rt, n, Incoming::Button(data.into()));
    }
    rt.store().session(&person()).unwrap().unwrap().requests[0]
        .reference
        .clone()
}

/// A runtime whose offices have no room and whose answers are not read here, with the
/// counselling request sent and its email delivered: the runtime, the update count, the
/// request's number and the mailbox.
fn sent_one_way(dir: &Path) -> (Runtime, usize, String, Mailbox) {
    let rt = runtime_answering_at(dir, None);
    let mut n = 0;
    let reference = submit(&rt, &mut n);
    let outbox = Mailbox::default();
    for notice in rt.deliver_due(&outbox, Utc::now()).unwrap().0 {
        rt.notice_sent(&notice.id).unwrap();
    }
    (rt, n, reference, outbox)
}

/// Keeps every email as the mail server would receive it.
#[derive(Default)]
struct Mailbox(Mutex<Vec<Vec<u8>>>);

/// An email as the office reads it: subject, text and Reply-To.
struct Read {
    subject: String,
    body: String,
    reply_to: Option<String>,
}

impl Mailbox {
    /// The newest email, read by a mail parser of its own (not Kompass's code).
    fn newest(&self) -> Read {
        let sent = self.0.lock().unwrap().last().unwrap().clone();
        let parsed = MessageParser::default().parse(&sent).unwrap();
        Read {
            subject: parsed.subject().unwrap_or_default().to_string(),
            body: parsed.body_text(0).unwrap().to_string(),
            reply_to: parsed
                .reply_to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(str::to_string),
        }
    }
}

impl Transport for Mailbox {
    fn send(&self, mail: &mail::Composed) -> Result<(), MailError> {
        self.0.lock().unwrap().push(mail.message.formatted());
        Ok(())
    }
}

fn office_mail(event: &str, from: &str, text: &str) -> OfficeMail {
    OfficeMail {
        event: event.to_string(),
        message_id: Some(format!("<{event}@mail.kalletal.example.org>")),
        references: Vec::new(),
        from: from.to_string(),
        reply_to: None,
        subject: "AW: Counselling".to_string(),
        text: text.to_string(),
        files: Vec::new(),
        appointment: None,
    }
}

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 30)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

#[test]
fn an_office_email_is_relayed_once_and_the_answer_goes_back_in_its_thread() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut n = 0;
    let reference = submit(&rt, &mut n);
    let outbox = Mailbox::default();
    for notice in rt.deliver_due(&outbox, Utc::now()).unwrap().0 {
        rt.notice_sent(&notice.id).unwrap();
    }
    let request = outbox.0.lock().unwrap()[0].clone();
    let request = MessageParser::default().parse(&request).unwrap();
    assert_eq!(
        request
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("antwort@kalletal.example.org"),
        "the office answers into Kompass's mailbox"
    );

    // Not from the office's domain, or about no case: nothing reaches the newcomer.
    let stranger = office_mail("x1", "someone@elsewhere.example", "Hello");
    assert_eq!(
        rt.office_mail(&reference, stranger, now()).unwrap(),
        OfficeMailOutcome::ForeignSender
    );
    let unknown = office_mail("x2", "m.mueller@kalletal.example.org", "Hello");
    assert_eq!(
        rt.office_mail("KAL-2026-999999", unknown, now()).unwrap(),
        OfficeMailOutcome::UnknownCase
    );
    assert!(rt.pending_notices().unwrap().is_empty());

    // The office's answer with a file: relayed once, the file kept with the notice.
    let pdf = OutgoingFile {
        name: "Bescheid.pdf".into(),
        mime: "application/pdf".into(),
        bytes: b"%PDF-1.4 a letter".to_vec(),
    };
    let mut answer = office_mail(
        "a1",
        "M.Mueller@Kalletal.Example.org",
        "Please bring your passport.",
    );
    answer.files = vec![pdf.clone()];
    let OfficeMailOutcome::Relayed(notices) =
        rt.office_mail(&reference, answer.clone(), now()).unwrap()
    else {
        panic!("relayed")
    };
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0]
            .message
            .text
            .contains("Please bring your passport.")
    );
    assert_eq!(notices[0].files, std::slice::from_ref(&pdf));
    assert_eq!(
        rt.office_mail(&reference, answer, now()).unwrap(),
        OfficeMailOutcome::AlreadyDone
    );

    // Until the messenger accepted it, the notice and its file survive a restart.
    drop(rt);
    let rt = runtime(dir.path());
    let pending = rt.pending_notices().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].files, [pdf]);
    rt.notice_sent(&pending[0].id).unwrap();

    // The newcomer answers: no room post, an email in the thread instead.
    let outputs = say(
        &rt,
        &mut n,
        Incoming::Text("Thank you, I will come.".into()),
    );
    assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    assert!(rt.room_posts().unwrap().is_empty(), "nothing for a room");
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 0, "sent once");
    let sent = outbox.0.lock().unwrap()[1].clone();
    let reply = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        reply.in_reply_to().as_text(),
        Some("a1@mail.kalletal.example.org")
    );
    let references = format!("{:?}", reply.references());
    assert!(
        references.contains(&format!("{reference}@kalletal.example.org")),
        "{references}"
    );
    assert_eq!(
        reply.to().and_then(|a| a.first()).and_then(|a| a.address()),
        Some("M.Mueller@Kalletal.Example.org")
    );
    assert_eq!(reply.subject(), Some("AW: Counselling"));
    let text = reply.body_text(0).unwrap();
    assert!(text.contains("Thank you, I will come."), "{text}");
    assert!(text.contains(&reference), "{text}");

    // A voice message goes to the office as an attachment with the German note, in the
    // thread.
    say(
        &rt,
        &mut n,
        Incoming::Voice {
            bytes: b"OggS a voice message".to_vec(),
            mime: "audio/ogg".into(),
            duration_seconds: Some(3),
        },
    );
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[2].clone();
    let voice = MessageParser::default().parse(&sent).unwrap();
    let text = voice.body_text(0).unwrap();
    assert!(
        text.contains("Sprachnachricht der Person auf Englisch"),
        "{text}"
    );
    let attachment = voice.attachment(0).expect("the voice message is attached");
    assert_eq!(attachment.contents(), b"OggS a voice message");
    assert_eq!(
        mail_parser::MimeHeaders::attachment_name(attachment),
        Some("sprachnachricht.ogg")
    );
    assert_eq!(
        voice.in_reply_to().as_text(),
        Some("a1@mail.kalletal.example.org")
    );
}

/// After the request went out, and before the office answered: "My requests" offers to
/// write about it, and the message goes to the office as a reply to the request's email.
#[test]
fn a_newcomer_writes_about_a_sent_request_before_the_office_answers() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut n = 0;
    let reference = submit(&rt, &mut n);
    let outbox = Mailbox::default();
    let notices = rt.deliver_due(&outbox, Utc::now()).unwrap().0;
    // "Sent" says where to write if something changes.
    assert!(
        notices[0]
            .message
            .text
            .contains("Has something changed? Write “My requests”."),
        "{}",
        notices[0].message.text
    );
    for notice in notices {
        rt.notice_sent(&notice.id).unwrap();
    }
    let outputs = say(&rt, &mut n, Incoming::Text("My requests".into()));
    let listed = outputs.iter().rev().find_map(Output::message).unwrap();
    let data = format!("wa:{reference}");
    assert!(
        listed.buttons.iter().any(|b| b.data() == data),
        "{listed:?}"
    );
    say(&rt, &mut n, Incoming::Button(data));
    say(
        &rt,
        &mut n,
        Incoming::Text("I cannot come on Tuesday, my child is ill.".into()),
    );
    assert!(rt.room_posts().unwrap().is_empty(), "nothing for a room");
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[1].clone();
    let message = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        message.in_reply_to().as_text(),
        Some(format!("{reference}@kalletal.example.org").as_str()),
        "a reply to the request's email"
    );
    assert_eq!(
        message
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("integration@kalletal.example.org")
    );
    assert_eq!(
        message.subject(),
        Some(format!("Nachricht zu Anfrage {reference}: Beratungsanfrage").as_str())
    );
    let text = message.body_text(0).unwrap();
    assert!(
        text.contains("I cannot come on Tuesday, my child is ill."),
        "{text}"
    );
}

/// A question to an office without a room that answers by email: the offer is made, taking
/// it sends the question as the first email of a new thread (no request before it), the
/// office's answer is relayed, and the next message is a reply in the office's thread.
#[test]
fn a_question_reaches_an_office_without_a_room_by_email() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut n = 0;
    say(&rt, &mut n, Incoming::Text("/start ar".into()));
    let outputs = say(
        &rt,
        &mut n,
        Incoming::Text("هل أستطيع أن أحضر كلبي إلى <b>البلدية</b>؟".into()),
    );
    let offer = outputs.iter().rev().find_map(Output::message).unwrap();
    let button = offer
        .buttons
        .iter()
        .find(|b| b.data() == "go:counselling:4")
        .expect("the offer to write to a person");
    say(&rt, &mut n, Incoming::Button(button.data().to_string()));
    let session = rt.store().session(&person()).unwrap().unwrap();
    let reference = session.open_cases["integrationsbuero"].clone();
    assert!(rt.room_posts().unwrap().is_empty(), "no room, no root post");

    let outbox = Mailbox::default();
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 0, "sent once");
    let sent = outbox.0.lock().unwrap()[0].clone();
    let question = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        question
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("integration@kalletal.example.org")
    );
    assert_eq!(
        question
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("antwort@kalletal.example.org")
    );
    assert_eq!(
        question.subject(),
        Some(format!("Frage über Kompass: {reference}").as_str())
    );
    let text = question.body_text(0).unwrap();
    assert!(
        text.contains(&format!(
            "Eine Person schreibt Ihnen über Kompass ({reference})"
        )) && text.contains("Arabisch (ar)")
            && text.contains("هل أستطيع أن أحضر كلبي إلى <b>البلدية</b>؟"),
        "{text}"
    );
    let our_id = question.message_id().unwrap().to_string();
    assert_eq!(
        mail::reference_in_message_id(&our_id, "kalletal.example.org").as_deref(),
        Some(reference.as_str()),
        "an answer to it finds the case"
    );

    // The office answers: relayed in the newcomer's chat; their next message is a reply.
    let mut answer = office_mail("q1", "m.mueller@kalletal.example.org", "Samstags ist zu.");
    answer.subject = format!("AW: Frage über Kompass: {reference}");
    answer.references = vec![format!("<{our_id}>")];
    let OfficeMailOutcome::Relayed(notices) = rt.office_mail(&reference, answer, now()).unwrap()
    else {
        panic!("relayed")
    };
    assert!(notices[0].message.text.contains("Samstags ist zu."));
    for notice in notices {
        rt.notice_sent(&notice.id).unwrap();
    }
    say(&rt, &mut n, Incoming::Text("شكرا".into()));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[1].clone();
    let reply = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        reply.in_reply_to().as_text(),
        Some("q1@mail.kalletal.example.org")
    );
    assert_eq!(
        reply.subject(),
        Some(format!("AW: Frage über Kompass: {reference}").as_str())
    );
    assert!(reply.body_text(0).unwrap().contains("شكرا"));
}

#[test]
fn an_appointment_line_schedules_the_reminder_and_a_bounce_tells_the_newcomer() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime(dir.path());
    let mut n = 0;
    let reference = submit(&rt, &mut n);
    rt.deliver_due(&Mailbox::default(), Utc::now()).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let time = NaiveTime::from_hms_opt(10, 30, 0).unwrap();
    let mut answer = office_mail("t1", "m.mueller@kalletal.example.org", "See you then.");
    answer.appointment = Some((date, time, Some("Rathaus, Zimmer 3".into())));
    let OfficeMailOutcome::Relayed(notices) = rt.office_mail(&reference, answer, now()).unwrap()
    else {
        panic!("relayed")
    };
    assert_eq!(notices.len(), 2, "the answer, then the appointment");
    assert!(
        notices[1].message.text.contains("10.12.2026"),
        "{}",
        notices[1].message.text
    );
    assert!(notices[1].message.text.contains("Rathaus, Zimmer 3"));
    // With its calendar file and visit slip, in the newcomer's language and German.
    let names: Vec<&str> = notices[1].files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            format!("termin-{reference}.ics"),
            format!("termin-{reference}.pdf")
        ]
    );
    let ics = String::from_utf8(notices[1].files[0].bytes.clone()).unwrap();
    assert!(
        ics.contains("DTSTART;TZID=Europe/Berlin:20261210T103000"),
        "{ics}"
    );
    assert!(notices[1].files[1].bytes.starts_with(b"%PDF-"));

    // The reminder goes out at 10:00 on the day before, once (an injected clock).
    let due = date.pred_opt().unwrap().and_hms_opt(10, 0, 0).unwrap();
    assert!(
        rt.due_reminders(due - chrono::Duration::minutes(1))
            .unwrap()
            .is_empty()
    );
    let reminders = rt.due_reminders(due).unwrap();
    assert_eq!(reminders.len(), 1);
    assert!(reminders[0].message.text.contains("10.12.2026"));
    assert!(reminders[0].message.text.contains("Rathaus, Zimmer 3"));
    assert!(
        rt.due_reminders(due + chrono::Duration::hours(1))
            .unwrap()
            .is_empty()
    );

    // A bounce of the request email: the newcomer is told, once.
    let notice = rt
        .request_bounced(&reference, Utc::now())
        .unwrap()
        .expect("told");
    assert_eq!(notice.user, person());
    assert!(notice.message.text.contains(&reference));
    assert_eq!(rt.request_bounced(&reference, Utc::now()).unwrap(), None);
    assert_eq!(
        rt.store().request(&reference).unwrap().unwrap().status,
        crate::engine::DeliveryStatus::Failed
    );
}

/// A Bürgerbüro without a room (none configured), helped by language mediators for English,
/// and a request to it whose free text has gone to the mediators (the thread's root and the
/// text).
fn mediated_email_office(dir: &Path) -> (Runtime, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let flows = super::mediation::flows_with_mediators(dir, &["buergerbuero"]);
    let file = flows.join("kalletal.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let room = "matrix_room = \"#kompass-buergerbuero:kalletal.example.org\"\n";
    assert!(text.contains(room));
    std::fs::write(&file, text.replace(room, "")).unwrap();
    let content = Arc::new(Content::load(&flows, &root.join("locales")).unwrap());
    let settings = Settings {
        rooms_available: false,
        ..runtime(dir).settings().clone()
    };
    let rt = Runtime::new(content, Store::open(&dir.join("db2")).unwrap(), settings);
    rt.enable_mediation(crate::runtime::MediationSettings {
        languages: ["en".to_string()].into(),
        wait: chrono::Duration::hours(4),
    });
    let mut n = 0;
    say(&rt, &mut n, Incoming::Text("/start en".into()));
    say(&rt, &mut n, Incoming::Button("go:main:0".into()));
    say(&rt, &mut n, Incoming::Button("go:register:0".into()));
    for text in [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Syrian",
        "Weg 1",
        "1.11.2026",
        "2",
        "+49 151 23456789",
    ] {
        say(&rt, &mut n, Incoming::Text(text.into()));
    }
    say(&rt, &mut n, Incoming::Button("f:8:skip".into()));
    say(
        &rt,
        &mut n,
        Incoming::Text("My landlord wants a paper from you".into()),
    );
    say(&rt, &mut n, Incoming::File(super::photo()));
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        say(&rt, &mut n, Incoming::Button(data.into()));
    }
    let reference = rt.store().session(&person()).unwrap().unwrap().requests[0]
        .reference
        .clone();
    let posted = super::mediation::post_all(&rt);
    assert_eq!(posted.len(), 2, "the thread's root and the newcomer's text");
    (rt, reference)
}

/// An office without a room that answers by email, helped by language mediators: the
/// mediator's translation of the newcomer's text reaches the office in its email thread.
#[test]
fn a_mediators_translation_reaches_an_email_office_in_its_thread() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, reference) = mediated_email_office(dir.path());
    let outcome = rt
        .mediator_translation(
            "$t1",
            "!sm:x",
            "$root",
            None,
            "Mein Vermieter möchte ein Papier von Ihnen.",
        )
        .unwrap();
    assert_eq!(outcome, crate::runtime::TranslationOutcome::ToOffice);
    assert!(
        rt.room_posts().unwrap().is_empty(),
        "no room for this office"
    );
    let outbox = Mailbox::default();
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[0].clone();
    let email = MessageParser::default().parse(&sent).unwrap();
    let text = email.body_text(0).unwrap();
    assert!(text.contains("Übersetzung (Sprachmittlung)"), "{text}");
    assert!(
        text.contains("Mein Vermieter möchte ein Papier von Ihnen."),
        "{text}"
    );
    assert_eq!(
        email.in_reply_to().as_text(),
        Some(format!("{reference}@kalletal.example.org").as_str())
    );
}

/// With mediators, an office's email answer waits for its translation like a room reply:
/// the newcomer is told at once (with the office's PDF), the mediators get the text without
/// the name in its salutation and without the reference, the translation then reaches the
/// newcomer, and their answer reaches the office in reply to its email.
#[test]
fn an_email_answer_waits_for_the_mediators_translation() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, reference) = mediated_email_office(dir.path());
    let mut mail = office_mail(
        "<antwort-1@kalletal.example.org>",
        "sachbearbeitung@kalletal.example.org",
        &format!(
            "Sehr geehrter Herr Haddad,\n\nzu {reference}: bitte bringen Sie den Mietvertrag mit."
        ),
    );
    mail.files = vec![OutgoingFile {
        name: "merkblatt.pdf".into(),
        mime: "application/pdf".into(),
        bytes: b"%PDF-1.4 merkblatt".to_vec(),
    }];
    let OfficeMailOutcome::Relayed(notices) =
        rt.office_mail(&reference, mail.clone(), now()).unwrap()
    else {
        panic!("relayed")
    };
    let [pending] = notices.as_slice() else {
        panic!("{notices:?}")
    };
    let text = crate::i18n::strip_bidi_marks(&pending.message.text);
    assert!(
        text.contains("A language mediator is translating"),
        "{text}"
    );
    assert!(!text.contains("Mietvertrag"), "the German waits: {text}");
    assert_eq!(pending.files.len(), 1, "the office's file comes at once");
    assert_eq!(
        rt.office_mail(&reference, mail, now()).unwrap(),
        OfficeMailOutcome::AlreadyDone
    );

    let posted = super::mediation::post_all(&rt);
    let [(post, _)] = posted.as_slice() else {
        panic!("{posted:?}")
    };
    let mediation = rt.mediation(&reference).unwrap().unwrap();
    let for_mediators = rt.mediator_text(&mediation, &post.what);
    assert!(
        for_mediators.contains("bitte bringen Sie den Mietvertrag mit"),
        "{for_mediators}"
    );
    assert!(!for_mediators.contains("Haddad"), "{for_mediators}");
    assert!(!for_mediators.contains(&reference), "{for_mediators}");

    let outcome = rt
        .mediator_translation(
            "$t2",
            "!sm:x",
            "$root",
            None,
            "Please bring your rental contract.",
        )
        .unwrap();
    let crate::runtime::TranslationOutcome::ToNewcomer(translated) = outcome else {
        panic!("{outcome:?}")
    };
    let text = crate::i18n::strip_bidi_marks(&translated.message.text);
    assert!(
        text.contains("Please bring your rental contract."),
        "{text}"
    );
    assert!(
        text.contains("Mietvertrag"),
        "with the original below: {text}"
    );
    // The newcomer's answer goes to the office, in reply to its email.
    let mut n = 100;
    say(&rt, &mut n, Incoming::Text("I will bring it".into()));
    let outbox = Mailbox::default();
    rt.deliver_thread_mails(&outbox).unwrap();
    let sent = outbox.0.lock().unwrap().clone();
    let answers: Vec<_> = sent
        .iter()
        .map(|raw| MessageParser::default().parse(raw).unwrap())
        .filter(|email| {
            email
                .body_text(0)
                .is_some_and(|t| t.contains("I will bring it"))
        })
        .collect();
    let [answer] = answers.as_slice() else {
        panic!("one answer email, got {}", answers.len())
    };
    let told: Vec<String> = sent
        .iter()
        .filter_map(|raw| {
            MessageParser::default()
                .parse(raw)?
                .body_text(0)
                .map(|t| t.into_owned())
        })
        .filter(|text| text.contains("zuerst an die Sprachmittlung"))
        .collect();
    assert_eq!(
        told.len(),
        1,
        "the office is told its answer waits: {sent:?}"
    );
    assert_eq!(
        answer.in_reply_to().as_text(),
        Some("antwort-1@kalletal.example.org")
    );

    assert!(
        rt.release_due_translations(Utc::now() + chrono::Duration::hours(5))
            .unwrap()
            .is_empty(),
        "translated: nothing left for the clock"
    );
}

/// A new postal address written days after sending ("we now live at Bahnhofstr 9,
/// Langenholzhausen") is said to the office, and the footer sends a letter there: field
/// test CX of stop 82 read "Vermieter, 9" and "answer as the request says", by letter to
/// the old address.
#[test]
fn a_new_postal_address_in_an_addendum_is_where_a_letter_goes() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, mut n, reference, outbox) = sent_one_way(dir.path());
    say(&rt, &mut n, Incoming::Text("/menu".into()));
    let said =
        "any news? also the landlord cancelled, we now live at Bahnhofstr 9, Langenholzhausen";
    say(&rt, &mut n, Incoming::Text(said.into()));
    say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let Read { body, .. } = outbox.newest();
    assert!(body.contains(said), "{body}");
    assert!(
        body.contains("Postanschrift in dieser Nachricht: Bahnhofstr 9, Langenholzhausen"),
        "{body}"
    );
    assert!(
        body.contains("Einen Brief schicken Sie bitte an die Anschrift oben, wenn sie neu ist."),
        "{body}"
    );
    // A message without one goes back to the request's way.
    say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    say(
        &rt,
        &mut n,
        Incoming::Text("my son is sick this week".into()),
    );
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let Read { body, .. } = outbox.newest();
    assert!(!body.contains("Postanschrift"), "{body}");
    assert!(
        body.contains("Bitte antworten Sie so, wie es in der Anfrage steht"),
        "{body}"
    );
}

/// An office without a room and without a mailbox for its answers still gets what a
/// newcomer adds to a request: a correction typed days later reaches it as an email in the
/// request's thread, one way (no Reply-To, and the footer says how to answer instead). A
/// field test of stop 61 found the new phone number kept nowhere.
#[test]
fn what_is_added_reaches_an_office_whose_answers_are_not_read_here() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, mut n, reference, outbox) = sent_one_way(dir.path());
    assert_eq!(outbox.0.lock().unwrap().len(), 1, "the request");
    assert!(
        rt.case(&reference).unwrap().is_some(),
        "a case for its thread"
    );

    say(&rt, &mut n, Incoming::Text("/menu".into()));
    let said = "رقم هاتفي كان خطأ. الرقم الصحيح 0176 7654321";
    let outputs = say(&rt, &mut n, Incoming::Text(said.into()));
    assert!(
        outputs
            .iter()
            .filter_map(Output::message)
            .flat_map(|message| &message.buttons)
            .any(|button| button.data() == format!("wa:{reference}")),
        "{outputs:?}"
    );
    let outputs = say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    assert!(rt.room_posts().unwrap().is_empty(), "nothing for a room");
    assert_eq!(rt.thread_mails_waiting().unwrap(), 1);
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 0, "sent once");
    let sent = outbox.0.lock().unwrap()[1].clone();
    let addendum = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        addendum.in_reply_to().as_text(),
        Some(format!("{reference}@kalletal.example.org").as_str())
    );
    // The form's title beside the number, and who sent it with their birth date, so that
    // the office finds the request among many (a field test of stop 61).
    assert_eq!(
        addendum.subject(),
        Some(format!("Nachtrag zu Anfrage {reference}: Beratungsanfrage").as_str())
    );
    assert!(addendum.reply_to().is_none(), "nobody reads the answers");
    assert_eq!(
        addendum
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("integration@kalletal.example.org")
    );
    let body = addendum.body_text(0).unwrap();
    assert!(body.contains(said), "{body}");
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%d.%m.%Y");
    assert!(
        body.contains(&format!("Anfrage vom {today}: Beratungsanfrage"))
            && body.contains("Person laut Anfrage: Haddad, Sami, geboren am 01.02.1990"),
        "{body}"
    );
    assert!(
        body.contains("Darin erkannt (Wort für Wort, keine Übersetzung): Telefonnummer, falsch"),
        "{body}"
    );
    assert!(
        body.contains("Antworten auf diese E-Mail erreichen die Person nicht"),
        "{body}"
    );
    assert!(
        body.contains("Telefonnummer in dieser Nachricht: 0176 7654321"),
        "{body}"
    );
    // Not sent back to the number of the request, which was wrong (field test CE of
    // stop 77).
    assert!(
        body.contains("Ist die Telefonnummer oben neu, rufen Sie bitte diese an."),
        "{body}"
    );
    // A relative named in a script the office cannot read gets a Latin spelling (field
    // test CE of stop 77: "اسمها فاطمة" reached it in Arabic letters only).
    let said = "نسيت قول انو مرتي كمان بدها موعد لتمديد الاقامة اسمها فاطمة";
    let outputs = say(&rt, &mut n, Incoming::Text(said.into()));
    assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[2].clone();
    let body = MessageParser::default()
        .parse(&sent)
        .unwrap()
        .body_text(0)
        .unwrap()
        .to_string();
    assert!(
        body.contains("Darin genannte Namen, in lateinischen Buchstaben etwa: Fatima (فاطمة)"),
        "{body}"
    );
    // The number of the addendum before, not the request's, which was wrong (field test
    // CO of stop 79: the next addendum sent the office back to it).
    assert!(
        body.contains(
            "In einem früheren Nachtrag nannte die Person die Telefonnummer 0176 7654321: Ist \
             es ihre neue, rufen Sie bitte diese an."
        ),
        "{body}"
    );
    // A new email address: said above, and replies go there (field test CL of stop 78: the
    // reply went to the request's, and nothing said a new one came).
    let said = "ايميلي الجديد sami.new@example.net";
    let outputs = say(&rt, &mut n, Incoming::Text(said.into()));
    assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap()[3].clone();
    let parsed = MessageParser::default().parse(&sent).unwrap();
    let body = parsed.body_text(0).unwrap().to_string();
    assert!(
        body.contains("E-Mail-Adresse in dieser Nachricht: sami.new@example.net"),
        "{body}"
    );
    assert!(
        body.contains("Eine Antwort auf diese E-Mail geht an die E-Mail-Adresse oben"),
        "{body}"
    );
    assert_eq!(
        parsed
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("sami.new@example.net")
    );
    // And every later addendum too, not only the one naming it (note 75 of stop 78: the
    // next went back to the request's way of answering).
    let said = "وكمان بدي اسأل عن دورة اللغة";
    let outputs = say(&rt, &mut n, Incoming::Text(said.into()));
    assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    assert_eq!(outbox.0.lock().unwrap().len(), 5);
    let Read { body, reply_to, .. } = outbox.newest();
    assert!(
        !body.contains("E-Mail-Adresse in dieser Nachricht"),
        "{body}"
    );
    assert!(
        body.contains(
            "geht an die neue E-Mail-Adresse der Person aus einem früheren Nachtrag: \
             sami.new@example.net"
        ),
        "{body}"
    );
    assert_eq!(reply_to.as_deref(), Some("sami.new@example.net"));
    // A birth date put right: beside the request's (field test CR of stop 79 read
    // "Geburtsdatum, falsch, 15.11.1990" under "geboren am 05.11.1990").
    let said = "تاريخ ميلادي غلط، الصحيح 02.01.1990";
    say(&rt, &mut n, Incoming::Text(said.into()));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let body = outbox.newest().body;
    assert!(
        body.contains("Geburtsdatum in dieser Nachricht: 02.01.1990 (in der Anfrage: 01.02.1990)."),
        "{body}"
    );
    // Erased with the person: the case forgets it.
    assert!(rt.erase_at_office_request(&reference).unwrap());
    let case = rt.store().case(&reference).unwrap().unwrap();
    assert!(case.user.is_erased());
    assert_eq!(case.answer_email, None);
    assert_eq!(case.answer_phone, None);
}

/// Where the request asks to be answered by email, what is added to it one way is answered
/// there too: its Reply-To is the person's address, as the request's was (a field test of
/// stop 67 found none on the addendum).
#[test]
fn an_addendum_is_answered_at_the_address_the_request_gave() {
    let dir = tempfile::tempdir().unwrap();
    let rt = runtime_answering_at(dir.path(), None);
    let mut n = 0;
    let reference = submit_answered_at(&rt, &mut n, Some("sami.haddad@example.org"));
    let outbox = Mailbox::default();
    for notice in rt.deliver_due(&outbox, Utc::now()).unwrap().0 {
        rt.notice_sent(&notice.id).unwrap();
    }
    say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    say(
        &rt,
        &mut n,
        Incoming::Text("My new phone is 0176 7654321".into()),
    );
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let sent = outbox.0.lock().unwrap().clone();
    let parsed: Vec<_> = sent
        .iter()
        .map(|raw| MessageParser::default().parse(raw).unwrap())
        .collect();
    let reply_to = |message: &mail_parser::Message| {
        message
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .map(str::to_string)
    };
    assert_eq!(
        reply_to(&parsed[0]).as_deref(),
        Some("sami.haddad@example.org")
    );
    assert_eq!(
        reply_to(&parsed[1]).as_deref(),
        Some("sami.haddad@example.org")
    );
    let body = parsed[1].body_text(0).unwrap();
    assert!(
        body.contains("Eine Antwort auf diese E-Mail geht an die E-Mail-Adresse der Person"),
        "{body}"
    );
    assert!(!body.contains("erreichen die Person nicht"), "{body}");
    // The next addendum, answered by email too, still names the new number for a
    // caseworker who calls (field test CQ of stop 79 read only the email's way).
    say(
        &rt,
        &mut n,
        Incoming::Text("Wann kann ich kommen? Ich warte noch".into()),
    );
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let Read { body, reply_to, .. } = outbox.newest();
    assert!(
        body.contains("Telefonnummer aus einem früheren Nachtrag: 0176 7654321"),
        "{body}"
    );
    assert!(
        body.contains("Eine Antwort auf diese E-Mail geht an die E-Mail-Adresse der Person"),
        "{body}"
    );
    assert_eq!(reply_to.as_deref(), Some("sami.haddad@example.org"));
}

/// What a person writes and sends in a row about a sent request goes to the office as one
/// email, the photo beside the words about it; the email worker waits until they have
/// written nothing for the quiet time, and never longer than ten minutes. A field test of
/// stop 62 sent four emails in one second, and "هذا جواز زوجي" (this is my husband's
/// passport) apart from its photo.
#[test]
fn messages_in_a_row_reach_the_office_as_one_email() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, mut n, reference, outbox) = sent_one_way(dir.path());
    say(&rt, &mut n, Incoming::Text("/menu".into()));
    let first = "رقم هاتفي الجديد 0176 7654321";
    say(&rt, &mut n, Incoming::Text(first.into()));
    say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    say(&rt, &mut n, Incoming::File(super::photo()));
    let second = "هذا جواز زوجي";
    say(&rt, &mut n, Incoming::Text(second.into()));
    assert_eq!(rt.thread_mails_waiting().unwrap(), 3);

    let gathering = |after: chrono::Duration| crate::runtime::Gathering {
        now: Utc::now() + after,
        quiet: chrono::Duration::seconds(60),
    };
    // Written just now: they wait for more.
    assert_eq!(
        rt.deliver_thread_mails_gathered(&outbox, Some(gathering(chrono::Duration::zero())))
            .unwrap(),
        0
    );
    assert_eq!(outbox.0.lock().unwrap().len(), 1, "the request only");
    // A minute without more: one email.
    assert_eq!(
        rt.deliver_thread_mails_gathered(&outbox, Some(gathering(chrono::Duration::seconds(61))))
            .unwrap(),
        1
    );
    assert_eq!(rt.thread_mails_waiting().unwrap(), 0);
    let sent = outbox.0.lock().unwrap()[1].clone();
    let email = MessageParser::default().parse(&sent).unwrap();
    let body = email.body_text(0).unwrap();
    let (at_first, at_photo, at_second) = (
        body.find(first).unwrap_or_else(|| panic!("{body}")),
        body.find("Die Person hat ein Foto geschickt (im Anhang).")
            .unwrap_or_else(|| panic!("{body}")),
        body.find(second).unwrap_or_else(|| panic!("{body}")),
    );
    assert!(
        at_first < at_photo && at_photo < at_second,
        "in order: {body}"
    );
    assert_eq!(
        body.matches("Die Person schreibt zu Anfrage").count(),
        1,
        "{body}"
    );
    let attachments: Vec<_> = email
        .attachments()
        .filter_map(|part| part.attachment_name())
        .collect();
    assert_eq!(attachments, ["foto.jpg"]);

    // Someone who keeps writing: their messages go after ten minutes, though the last
    // is younger than the quiet time.
    let busy = || crate::runtime::Gathering {
        now: Utc::now() + chrono::Duration::minutes(crate::runtime::LONGEST_GATHERING_MINUTES),
        quiet: chrono::Duration::hours(1),
    };
    // Words of cancelling mark the subject.
    say(&rt, &mut n, Incoming::Text("الغي الطلب ما بدي موعد".into()));
    assert_eq!(
        rt.deliver_thread_mails_gathered(&outbox, Some(busy()))
            .unwrap(),
        1
    );
    let sent = outbox.0.lock().unwrap()[2].clone();
    let email = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        email.subject(),
        Some(
            format!("Nachtrag zu Anfrage {reference}: Beratungsanfrage (vielleicht Absage)")
                .as_str()
        )
    );
    assert!(!email.body_text(0).unwrap().contains("vielleicht Absage"));

    // Urgent words come first, in the subject and above the messages, also beside a
    // cancellation (field test BC of stop 70: an eviction read "vielleicht Absage" only).
    say(
        &rt,
        &mut n,
        Incoming::Text("صاحب البيت طردونا من البيت".into()),
    );
    say(&rt, &mut n, Incoming::Text("الغي الطلب".into()));
    assert_eq!(
        rt.deliver_thread_mails_gathered(&outbox, Some(busy()))
            .unwrap(),
        1
    );
    let sent = outbox.0.lock().unwrap()[3].clone();
    let email = MessageParser::default().parse(&sent).unwrap();
    assert_eq!(
        email.subject(),
        Some(
            format!(
                "Nachtrag zu Anfrage {reference}: Beratungsanfrage (vielleicht eilig) (vielleicht Absage)"
            )
            .as_str()
        )
    );
    let body = email.body_text(0).unwrap();
    let urgent = body
        .find("Vielleicht eilig. In der Nachricht erkannt: Räumung")
        .unwrap_or_else(|| panic!("{body}"));
    assert!(urgent < body.find("صاحب البيت").unwrap(), "{body}");

    // A day within two weeks is urgent too, as in a request's own email (field test CO of
    // stop 79: "I must answer before 15 December", a week before, was not marked); one
    // two months ahead is not.
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive();
    for (days, urgent) in [(8, true), (60, false)] {
        let day = (today + chrono::Days::new(days))
            .format("%d.%m.")
            .to_string();
        say(
            &rt,
            &mut n,
            Incoming::Text(format!("وصلني مكتوب لازم رد قبل {day}")),
        );
        assert_eq!(
            rt.deliver_thread_mails_gathered(&outbox, Some(busy()))
                .unwrap(),
            1
        );
        let Read { subject, body, .. } = outbox.newest();
        assert_eq!(subject.contains("(vielleicht eilig)"), urgent, "{subject}");
        assert_eq!(
            body.contains(&format!(
                "Vielleicht eilig. In der Nachricht erkannt: {day}"
            )),
            urgent,
            "{body}"
        );
    }
}

/// Arabic typed in Latin letters in the English chat reached the office without its
/// language (a field test of stop 79): an addendum names it, as the request's email does.
#[test]
fn an_addendum_in_latin_letters_is_labelled_with_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let (rt, mut n, reference, outbox) = sent_one_way(dir.path());
    say(&rt, &mut n, Incoming::Text("/menu".into()));
    let said = "ana bdi maw3ed jdid 3shan el iqama";
    say(&rt, &mut n, Incoming::Text(said.into()));
    say(&rt, &mut n, Incoming::Button(format!("wa:{reference}")));
    assert_eq!(rt.deliver_thread_mails(&outbox).unwrap(), 1);
    let body = outbox.newest().body;
    assert!(body.contains(said), "{body}");
    assert!(body.contains("(Arabisch, nicht übersetzt)"), "{body}");
}
