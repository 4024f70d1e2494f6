//! Offices that answer by email, end to end: a Telegram newcomer's request goes to the
//! office over a real SMTP server (aiosmtpd); a message about it from "Мої запити", before
//! any answer, goes to the office as a reply to the request; the office's answer is
//! delivered into Kompass's own mailbox on a real IMAP server (Dovecot, written with
//! Python's imaplib) and reaches the newcomer in Ukrainian framing with its PDF; the
//! newcomer's answer reaches the office as an email in the same thread, and so does a voice
//! message (an over-20 MB one is refused in Ukrainian). Automatic replies, mail from
//! outside the office's domain and mail that answers nothing are not relayed; nothing is
//! relayed twice after a restart; a bounce of the request email tells the newcomer. A
//! question at a menu reaches an office without Matrix the same way.

use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders};
use serde_json::Value;

use crate::imap_support::Dovecot;
use crate::support::{SinkOptions, SmtpSink, sent_marker, t, ta};
use crate::telegram_support::{Bot, BotApi, buttons, telegram_config, text_of};
use crate::uploads::hostile;

const CHAT: i64 = 7301;

/// Sends `text` and waits for the bot's answer.
fn say(api: &BotApi, text: &str) {
    let before = api.bot_messages(CHAT).len();
    api.text(CHAT, text, "uk");
    api.wait_count(CHAT, before + 1);
}

/// Presses the first button of the bot's latest message whose data `matches`.
fn press_where(api: &BotApi, matches: impl Fn(&str) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let last = api
            .bot_messages(CHAT)
            .last()
            .cloned()
            .unwrap_or(Value::Null);
        if let Some((_, data)) = buttons(&last).into_iter().find(|(_, data)| matches(data)) {
            let before = api.bot_messages(CHAT).len();
            api.press(CHAT, &data);
            api.wait_count(CHAT, before + 1);
            return;
        }
        assert!(Instant::now() < deadline, "no matching button in {last}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn wait_for_emails(sink: &SmtpSink, count: usize) -> Vec<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let received = sink.received();
        if received.len() >= count {
            return received.into_iter().map(|(raw, _)| raw).collect();
        }
        assert!(
            Instant::now() < deadline,
            "{count} emails expected, {} arrived",
            received.len()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// An office's answer to `request_id`, with a quoted request, a signature and two PDFs
/// (one clean, one with JavaScript that must not reach the newcomer).
fn office_answer(
    request_id: &str,
    from: &str,
    message_id: &str,
    extra_headers: &str,
    appointment: &str,
) -> Vec<u8> {
    use base64::Engine as _;
    let b64 = |bytes: &[u8]| {
        let text = base64::engine::general_purpose::STANDARD.encode(bytes);
        text.as_bytes()
            .chunks(76)
            .map(|line| String::from_utf8_lossy(line).into_owned())
            .collect::<Vec<_>>()
            .join("\r\n")
    };
    format!(
        "From: M. Mueller <{from}>\r\n\
To: kompass@kalletal.example.org\r\n\
Subject: AW: Beratung\r\n\
Message-ID: {message_id}\r\n\
In-Reply-To: {request_id}\r\n\
References: {request_id}\r\n\
Date: Thu, 03 Dec 2026 10:15:00 +0100\r\n\
{extra_headers}MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"outer\"\r\n\
\r\n\
--outer\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: 8bit\r\n\
\r\n\
Guten Tag,\r\n\
\r\n\
bitte bringen Sie Ihren Pass mit. Den Bescheid finden Sie im Anhang.\r\n\
{appointment}\r\n\
Mit freundlichen Grüßen\r\n\
M. Mueller\r\n\
\r\n\
Integrationsbüro Kalletal, Öffnungszeiten Mo-Fr 8-12 Uhr\r\n\
\r\n\
Am 03.12.2026 um 09:00 schrieb Kompass:\r\n\
> Familienname: Shevchenko\r\n\
--outer\r\n\
Content-Type: application/pdf; name=\"Bescheid.pdf\"\r\n\
Content-Disposition: attachment; filename=\"Bescheid.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
{clean}\r\n\
--outer\r\n\
Content-Type: application/pdf; name=\"Formular.pdf\"\r\n\
Content-Disposition: attachment; filename=\"Formular.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
{script}\r\n\
--outer--\r\n",
        clean = b64(&hostile::pdf_plain()),
        script = b64(&hostile::javascript_pdf()),
    )
    .into_bytes()
}

fn documents(api: &BotApi) -> Vec<Value> {
    api.bot_messages(CHAT)
        .into_iter()
        .filter(|m| m.get("document").is_some())
        .collect()
}

/// A Telegram-only deployment whose offices answer by email: the loopback Bot API, a real
/// SMTP server for what Kompass sends, a real IMAP mailbox for what offices answer.
struct Office {
    dir: tempfile::TempDir,
    imap: Dovecot,
    sink: SmtpSink,
    api: BotApi,
    config: std::path::PathBuf,
    bot: Bot,
}

impl Office {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let imap = Dovecot::start(dir.path());
        let sink = SmtpSink::start(dir.path(), SinkOptions::default());
        let api = BotApi::start();
        let extra = format!(
            "\n[mail]\nfrom = \"Kompass Kalletal <kompass@kalletal.example.org>\"\ngather_seconds = 3\n\n[mail.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n\n{}",
            sink.port,
            imap.config()
        );
        let config = telegram_config(dir.path(), &api, &extra);
        let bot = Bot::start_with(&config, &imap.env());
        Self {
            dir,
            imap,
            sink,
            api,
            config,
            bot,
        }
    }
}

#[test]
fn an_office_answers_by_email_and_the_conversation_continues_in_the_thread() {
    let Office {
        dir,
        imap,
        sink,
        api,
        config,
        bot,
    } = Office::start();

    // A counselling request in Ukrainian, from a deep link.
    api.text(CHAT, "/start uk_counselling-form", "uk");
    api.wait_count(CHAT, 1);
    for answer in [
        "Shevchenko",
        "Olena",
        "12.08.1985",
        "українка",
        "вул. Шкільна 5, Kalletal",
        // Asked again in Latin letters.
        "Schulstraße 5, Kalletal",
        "1",
        "+49 151 23456789",
    ] {
        say(&api, answer);
    }
    press_where(&api, |data| data.ends_with(":skip")); // no email address
    say(&api, "Мені потрібна допомога з документами.");
    press_where(&api, |data| data.ends_with(":skip")); // no photos
    press_where(&api, |data| data.ends_with(":n")); // no interpreter
    press_where(&api, |data| data.starts_with("f:")); // the first appointment choice
    press_where(&api, |data| data == "rv:send");

    // The request reaches the office with Kompass's mailbox as Reply-To.
    let emails = wait_for_emails(&sink, 1);
    let request = MessageParser::default().parse(&emails[0]).unwrap();
    let request_id = format!("<{}>", request.message_id().unwrap());
    let reference = request_id
        .trim_matches(['<', '>'])
        .split('@')
        .next()
        .unwrap()
        .to_string();
    assert!(reference.starts_with("KAL-"), "{request_id}");
    assert_eq!(
        request
            .reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("kompass@kalletal.example.org")
    );
    let body = request.body_text(0).unwrap();
    assert!(body.contains(&t("de", "email-answer-relay")), "{body}");

    let sent = sent_marker("uk");
    api.wait_until(CHAT, Duration::from_secs(30), |messages| {
        messages.iter().any(|m| text_of(m).contains(&sent))
    });

    // Before the office answers, the newcomer writes about the request: "Мої запити"
    // lists it with a button (pressed: the menu is edited into the conversation), and the
    // message reaches the office as a reply to the request's email.
    say(&api, &t("uk", "cmd-status"));
    api.press(CHAT, &format!("wa:{reference}"));
    let start = ta(
        "uk",
        "person-start-request",
        &[
            ("reference", reference.as_str().into()),
            ("institution", "".into()),
        ],
    );
    api.wait_for_text(CHAT, start.split(&reference).next().unwrap().trim());
    // Two messages in a row: one email, once the person has written nothing for
    // `gather_seconds` (3 here).
    say(&api, "Я не зможу прийти у вівторок.");
    say(&api, "Може в четвер?");
    let emails = wait_for_emails(&sink, 2);
    let about = MessageParser::default().parse(&emails[1]).unwrap();
    assert_eq!(
        about.in_reply_to().as_text(),
        Some(request_id.trim_matches(['<', '>']))
    );
    assert_eq!(
        about.subject(),
        Some(format!("Nachricht zu Anfrage {reference}: Beratungsanfrage").as_str())
    );
    assert!(
        about
            .body_text(0)
            .unwrap()
            .contains("Я не зможу прийти у вівторок."),
        "{:?}",
        about.body_text(0)
    );
    assert!(
        about.body_text(0).unwrap().contains("Може в четвер?"),
        "{:?}",
        about.body_text(0)
    );

    // The office answers from its own domain: the newcomer gets it in Ukrainian framing,
    // without the quoted request and the signature block, with the clean PDF only.
    let before = api.bot_messages(CHAT).len();
    imap.deliver(&office_answer(
        &request_id,
        "m.mueller@kalletal.example.org",
        "<answer-1@mail.kalletal.example.org>",
        "",
        "",
    ));
    let intro = ta("uk", "person-intro", &[("institution", "".into())]);
    let intro_start = intro.split('«').next().unwrap().to_string();
    api.wait_until(CHAT, Duration::from_secs(30), |messages| {
        messages
            .iter()
            .any(|m| text_of(m).contains("bitte bringen Sie Ihren Pass mit"))
    });
    api.wait_until(CHAT, Duration::from_secs(30), |_| {
        !documents(&api).is_empty()
    });
    let relayed: Vec<String> = api.bot_messages(CHAT)[before..]
        .iter()
        .map(text_of)
        .filter(|text| !text.is_empty())
        .collect();
    assert_eq!(relayed.len(), 1, "{relayed:#?}");
    let relayed = &relayed[0];
    assert!(relayed.contains(intro_start.trim()), "{relayed}");
    assert!(
        relayed.contains("Integrationsbüro") || relayed.contains("Kalletal"),
        "{relayed}"
    );
    assert!(relayed.contains("M. Mueller"), "{relayed}");
    for gone in ["Öffnungszeiten", "schrieb Kompass", "Familienname"] {
        assert!(!relayed.contains(gone), "{gone:?} in {relayed}");
    }
    let docs = documents(&api);
    assert_eq!(docs.len(), 1, "only the clean PDF: {docs:#?}");
    assert_eq!(docs[0]["document"]["file_name"], "Bescheid.pdf");

    // The newcomer answers: the office gets it in the same thread, to whoever wrote.
    say(&api, "Дякую, я прийду.");
    let emails = wait_for_emails(&sink, 3);
    let answer = MessageParser::default().parse(&emails[2]).unwrap();
    assert_eq!(
        answer.in_reply_to().as_text(),
        Some("answer-1@mail.kalletal.example.org")
    );
    let references: Vec<String> = answer
        .references()
        .as_text_list()
        .map(|list| list.iter().map(|r| r.to_string()).collect())
        .or_else(|| answer.references().as_text().map(|r| vec![r.to_string()]))
        .unwrap_or_default();
    assert!(
        references.contains(&request_id.trim_matches(['<', '>']).to_string()),
        "{references:?}"
    );
    assert_eq!(
        answer
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("m.mueller@kalletal.example.org")
    );
    assert_eq!(answer.subject(), Some("AW: Beratung"));
    let text = answer.body_text(0).unwrap();
    assert!(text.contains("Дякую, я прийду."), "{text}");
    assert!(text.contains("Ukrainisch, nicht übersetzt"), "{text}");
    assert!(text.contains(&reference), "{text}");

    // A voice message in the thread reaches the office as an attachment, unchanged, with a
    // German note, in reply to the office's email.
    let voice: Vec<u8> = b"OggS\0\x02"
        .iter()
        .copied()
        .chain((0..30_000u32).map(|i| (i * 13 % 251) as u8))
        .collect();
    api.voice(CHAT, &voice, 5);
    let emails = wait_for_emails(&sink, 4);
    let spoken = MessageParser::default().parse(&emails[3]).unwrap();
    assert_eq!(
        spoken.in_reply_to().as_text(),
        Some("answer-1@mail.kalletal.example.org")
    );
    let note = spoken.body_text(0).unwrap();
    assert!(note.contains("Sprachnachricht"), "{note}");
    assert!(note.contains("Ukrainisch"), "{note}");
    let attached = spoken
        .attachments()
        .find(|part| part.attachment_name() == Some("sprachnachricht.ogg"))
        .expect("the voice message as an attachment");
    assert_eq!(attached.contents(), voice.as_slice());
    // Over 20 MB a bot cannot fetch it from Telegram: the newcomer is told, in Ukrainian,
    // and no email goes out.
    let before = api.bot_messages(CHAT).len();
    api.post(
        "/_test/voice",
        serde_json::json!({"chat_id": CHAT, "size": 25 * 1024 * 1024, "duration": 900}),
    );
    api.wait_count(CHAT, before + 1);
    let refusal = text_of(&api.bot_messages(CHAT)[before]);
    let too_large = ta("uk", "voice-too-large", &[("max", 20i64.into())]);
    let first_sentence = too_large
        .split(['.', '('])
        .next()
        .unwrap()
        .trim()
        .to_string();
    assert!(refusal.contains(&first_sentence), "{refusal}");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        sink.received().len(),
        4,
        "nothing sent for the refused voice message"
    );

    // Not relayed: an automatic reply, a stranger who knows the reference, mail that
    // answers nothing.
    let count = api.bot_messages(CHAT).len();
    imap.deliver(&office_answer(
        &request_id,
        "m.mueller@kalletal.example.org",
        "<vacation@mail.kalletal.example.org>",
        "Auto-Submitted: auto-replied\r\n",
        "",
    ));
    imap.deliver(&office_answer(
        &request_id,
        "someone@elsewhere.example",
        "<stranger@elsewhere.example>",
        "",
        "",
    ));
    imap.deliver(
        b"From: news@kalletal.example.org\r\nTo: kompass@kalletal.example.org\r\nSubject: Newsletter\r\nMessage-ID: <news@kalletal.example.org>\r\n\r\nHallo\r\n",
    );
    // A last, real answer with an appointment line shows the three before it were read and
    // passed over; the appointment reaches the newcomer as its own message.
    let day = chrono::Local::now().date_naive() + chrono::Duration::days(30);
    let date = day.format("%d.%m.%Y").to_string();
    imap.deliver(&office_answer(
        &request_id,
        "m.mueller@kalletal.example.org",
        "<answer-2@mail.kalletal.example.org>",
        "",
        &format!("Termin: {date} 10:30, Rathaus Zimmer 3"),
    ));
    api.wait_until(CHAT, Duration::from_secs(30), |_| {
        documents(&api).len() >= 2
    });
    api.wait_until(CHAT, Duration::from_secs(30), |messages| {
        messages[count..]
            .iter()
            .filter(|m| text_of(m).contains(&date))
            .count()
            >= 2
    });
    std::thread::sleep(Duration::from_secs(1));
    let after: Vec<String> = api.bot_messages(CHAT)[count..]
        .iter()
        .map(text_of)
        .filter(|text| !text.is_empty())
        .collect();
    assert_eq!(
        after.len(),
        2,
        "only the real answer and its appointment: {after:#?}"
    );
    assert!(after[1].contains("Rathaus Zimmer 3"), "{after:#?}");
    // With the appointment: a calendar file and the bilingual visit slip.
    api.wait_until(CHAT, Duration::from_secs(30), |_| {
        documents(&api).len() >= 4
    });
    appointment_files_are_right(&api, dir.path(), &reference, day);
    assert!(
        !after[1].contains("Termin:"),
        "the appointment in Ukrainian: {after:#?}"
    );
    let log = bot.log();
    assert!(
        log.contains("an automatic reply in the office mailbox"),
        "{log}"
    );
    assert!(log.contains("outside the office's mail domain"), "{log}");
    assert!(log.contains("answers no request"), "{log}");
    assert!(!log.contains("m.mueller"), "no addresses in the log");

    // A restart reads nothing twice.
    assert_eq!(bot.stop().code(), Some(0));
    let count = api.bot_messages(CHAT).len();
    let bot = Bot::start_with(&config, &imap.env());
    let deadline = Instant::now() + Duration::from_secs(30);
    while !bot.log().contains("reading the office mailbox") {
        assert!(Instant::now() < deadline, "{}", bot.log());
        std::thread::sleep(Duration::from_millis(100));
    }

    // A bounce of the request email tells the newcomer to contact the office.
    let bounce = format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.kalletal.example.org>\r\n\
To: kompass@kalletal.example.org\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
Message-ID: <bounce-1@mx.kalletal.example.org>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\
\r\n\
--r\r\n\
Content-Type: text/plain\r\n\
\r\n\
The mail system could not deliver your message.\r\n\
--r\r\n\
Content-Type: message/delivery-status\r\n\
\r\n\
Reporting-MTA: dns; mx.kalletal.example.org\r\n\
\r\n\
Final-Recipient: rfc822; integration@kalletal.example.org\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
--r\r\n\
Content-Type: text/rfc822-headers\r\n\
\r\n\
From: kompass@kalletal.example.org\r\n\
Message-ID: {request_id}\r\n\
--r--\r\n"
    );
    imap.deliver(bounce.as_bytes());
    let failed = ta(
        "uk",
        "request-failed",
        &[
            ("reference", reference.as_str().into()),
            ("institution", "".into()),
        ],
    );
    let failed_start = failed
        .lines()
        .next()
        .unwrap()
        .split(&reference)
        .next()
        .unwrap()
        .to_string();
    api.wait_until(CHAT, Duration::from_secs(30), |messages| {
        messages[count..]
            .iter()
            .any(|m| text_of(m).contains(failed_start.trim()))
    });
    let new: Vec<String> = api.bot_messages(CHAT)[count..]
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(
        new.len(),
        1,
        "only the failure notice after the restart: {new:#?}"
    );

    // The newcomer erases their data: the mailbox forgets every message about the request
    // (the answers with the PDF, the automatic reply, the stranger's, the bounce that
    // carries the request), as a plain IMAP client sees; the newsletter stays.
    let about_request = [
        "<answer-1@mail.kalletal.example.org>",
        "<answer-2@mail.kalletal.example.org>",
        "<vacation@mail.kalletal.example.org>",
        "<stranger@elsewhere.example>",
        "<bounce-1@mx.kalletal.example.org>",
    ];
    let listed = imap.message_ids();
    for id in about_request {
        assert!(listed.iter().any(|listed| listed == id), "{id}: {listed:?}");
    }
    say(&api, "/delete");
    press_where(&api, |data| data == "del:yes");
    let deadline = Instant::now() + Duration::from_secs(30);
    let listed = loop {
        let listed = imap.message_ids();
        if !listed.iter().any(|id| about_request.contains(&id.as_str())) {
            break listed;
        }
        assert!(
            Instant::now() < deadline,
            "still in the mailbox: {listed:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(listed, ["<news@kalletal.example.org>"]);
    assert!(
        bot.log()
            .contains("mail about erased requests deleted from the office mailbox")
    );
    assert_eq!(bot.stop().code(), Some(0));
}

/// A question needs no request: in a deployment without Matrix whose office answers by email,
/// a question and a photo of a letter sent at a menu are offered to a person; taking the
/// offer sends both as the first email of a new thread (over real SMTP), the office's
/// answer read from the real IMAP mailbox reaches the newcomer, and their next message
/// goes back in the office's thread.
#[test]
fn a_question_at_a_menu_reaches_an_office_without_matrix_by_email() {
    let Office {
        dir: _dir,
        imap,
        sink,
        api,
        bot,
        ..
    } = Office::start();

    api.text(CHAT, "/start uk", "uk");
    api.wait_count(CHAT, 1);
    // The letter's two pages as an album: the first gets the offer with the menu, the
    // second a short note that joins it (not the menu again).
    let before = api.bot_messages(CHAT).len();
    api.photo(CHAT, &crate::support::photo(), Some("letter-pages"));
    api.wait_count(CHAT, before + 1);
    api.photo(CHAT, &crate::support::photo(), Some("letter-pages"));
    api.wait_count(CHAT, before + 2);
    let joined = api.bot_messages(CHAT).last().cloned().unwrap();
    let label = t("uk", "counselling-opt-person");
    assert_eq!(
        text_of(&joined),
        ta(
            "uk",
            "attachment-offer-more",
            &[("count", 2usize.into()), ("button", label.as_str().into())]
        ),
    );
    assert!(buttons(&joined).is_empty(), "{joined}");
    say(
        &api,
        "Що означає цей лист? Я отримала його <b>вчора</b> & не розумію.",
    );
    let offer = api.bot_messages(CHAT).last().cloned().unwrap();
    assert!(
        !text_of(&offer).contains("integration@kalletal.example.org"),
        "a button, not the address: {offer}"
    );
    assert!(
        buttons(&offer)
            .iter()
            .any(|(_, data)| data == "go:counselling:4"),
        "{offer}"
    );
    // The pressed message is edited into the answer.
    api.press(CHAT, "go:counselling:4");
    let sent = ta("uk", "person-question-sent", &[("institution", "".into())]);
    api.wait_for_text(CHAT, sent.split('«').next().unwrap().trim());

    // One email in a new thread: the question and the two pages (before stop 63, three
    // emails: what a person sends in a row goes together).
    let emails = wait_for_emails(&sink, 1);
    let question = MessageParser::default().parse(&emails[0]).unwrap();
    let subject = question.subject().unwrap().to_string();
    let reference = subject
        .strip_prefix("Frage über Kompass: ")
        .unwrap_or_else(|| panic!("{subject}"))
        .to_string();
    assert!(reference.starts_with("KAL-"), "{subject}");
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
        Some("kompass@kalletal.example.org")
    );
    let body = question.body_text(0).unwrap();
    assert!(body.contains("Ukrainisch (uk)"), "{body}");
    assert!(
        body.contains("Що означає цей лист? Я отримала його <b>вчора</b> & не розумію."),
        "the words as typed: {body}"
    );
    let pages: Vec<_> = question
        .attachments()
        .filter_map(|part| part.attachment_name())
        .collect();
    assert_eq!(pages, ["foto-1.jpg", "foto-2.jpg"], "the letter's pages");
    let question_id = format!("<{}>", question.message_id().unwrap());

    // The office answers the question's email: the newcomer reads it in Telegram.
    imap.deliver(&office_answer(
        &question_id,
        "m.mueller@kalletal.example.org",
        "<answer-q@mail.kalletal.example.org>",
        "",
        "",
    ));
    api.wait_until(CHAT, Duration::from_secs(30), |messages| {
        messages
            .iter()
            .any(|m| text_of(m).contains("bitte bringen Sie Ihren Pass mit"))
    });
    say(&api, "Дякую!");
    let emails = wait_for_emails(&sink, 2);
    assert_eq!(sink.received().len(), 2, "no email apart for a page");
    let answer = MessageParser::default().parse(&emails[1]).unwrap();
    assert_eq!(
        answer.in_reply_to().as_text(),
        Some("answer-q@mail.kalletal.example.org")
    );
    assert_eq!(answer.subject(), Some("AW: Beratung"));
    assert!(answer.body_text(0).unwrap().contains("Дякую!"));
    assert!(!bot.log().contains("m.mueller"), "no addresses in the log");
    assert_eq!(bot.stop().code(), Some(0));
}

/// The appointment's `.ics` read by a real parser (Python's icalendar), and the visit slip
/// rendered by poppler: its text has the Ukrainian and German words, the date and the
/// place, and its QR code decodes to the reference number.
fn appointment_files_are_right(
    api: &BotApi,
    dir: &std::path::Path,
    reference: &str,
    day: chrono::NaiveDate,
) {
    use base64::Engine as _;
    let file = |name: String| -> Vec<u8> {
        let document = documents(api)
            .into_iter()
            .find(|m| m["document"]["file_name"] == name.as_str())
            .unwrap_or_else(|| panic!("{name} was not sent: {:#?}", documents(api)));
        base64::engine::general_purpose::STANDARD
            .decode(document["document"]["bytes_b64"].as_str().unwrap())
            .unwrap()
    };
    let ics = dir.join("termin.ics");
    std::fs::write(&ics, file(format!("termin-{reference}.ics"))).unwrap();
    let script = "import icalendar, json, sys\n\
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
event = next(c for c in cal.walk('VEVENT'))\n\
start = event.decoded('DTSTART')\n\
alarm = next(c for c in event.walk('VALARM'))\n\
print(json.dumps({'start': start.strftime('%Y-%m-%d %H:%M'), 'zone': str(start.tzinfo),\n\
  'location': str(event.get('LOCATION')), 'trigger': str(alarm.decoded('TRIGGER')),\n\
  'zones': [str(z.get('TZID')) for z in cal.walk('VTIMEZONE')]}))\n";
    let output = std::process::Command::new(crate::support::test_python())
        .arg("-c")
        .arg(script)
        .arg(&ics)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(read["start"], format!("{} 10:30", day.format("%Y-%m-%d")));
    assert!(read["zone"].as_str().unwrap().contains("Berlin"), "{read}");
    assert_eq!(read["zones"], serde_json::json!(["Europe/Berlin"]));
    assert_eq!(read["location"], "Rathaus Zimmer 3");
    assert_eq!(read["trigger"], "-1 day, 0:00:00");

    let slip = dir.join("termin.pdf");
    std::fs::write(&slip, file(format!("termin-{reference}.pdf"))).unwrap();
    let text = String::from_utf8(crate::poster::tool(
        "pdftotext",
        &[slip.to_str().unwrap(), "-"],
    ))
    .unwrap();
    for expected in [
        reference.to_string(),
        day.format("%d.%m.%Y").to_string(),
        "Rathaus Zimmer 3".to_string(),
        t("uk", "slip-date"),
        t("de", "slip-date"),
    ] {
        assert!(text.contains(&expected), "{expected:?} missing in:\n{text}");
    }
    let codes = crate::poster::codes_per_page(&slip);
    assert_eq!(codes, [vec![reference.to_string()]]);
}

/// A mailbox Kompass cannot log in to shows in `/healthz` (503, `channel imap
/// disconnected`), beside a connected Telegram: the offices' answers would wait unseen.
#[test]
fn a_mailbox_that_refuses_the_login_shows_in_healthz() {
    let dir = tempfile::tempdir().unwrap();
    let imap = Dovecot::start(dir.path());
    let api = BotApi::start();
    let admin = crate::support::free_port();
    let extra = format!(
        "\n[admin]\nlisten = \"127.0.0.1:{admin}\"\n\n[mail]\nfrom = \"Kompass Kalletal <kompass@kalletal.example.org>\"\n\n{}",
        imap.config()
    );
    let config = telegram_config(dir.path(), &api, &extra);
    let bot = Bot::start_with(
        &config,
        &[
            ("KOMPASS_TEST_IMAP_USER", imap.user.as_str()),
            ("KOMPASS_TEST_IMAP_PASSWORD", "not-the-password"),
        ],
    );
    let start = Instant::now();
    let body = loop {
        let (status, body) = crate::support::healthz(admin);
        if body.contains("channel telegram connected") && body.contains("channel imap disconnected")
        {
            assert_eq!(status, 503, "{body}");
            break body;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "{status} {body}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(!body.contains("channel imap connected"), "{body}");
    bot.kill();
}
