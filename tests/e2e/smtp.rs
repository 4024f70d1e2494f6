//! Delivery to a real SMTP server on 127.0.0.1 (aiosmtpd, tests/peers/smtp_sink.py): what
//! arrives is parsed; outages, kills, TLS modes and authentication are exercised for real.

use std::time::Duration;

use mail_parser::{MessageParser, MimeHeaders};

use crate::support::{
    SinkOptions, SmtpSink, config_with_smtp, configured_chat, finish, free_port,
    german_counselling_lines, photo_line, photo_png, plain_smtp_config, png_of, repo,
    run_configured, sent_marker, spawn_typing, t, ta, test_certs,
};

/// A request with several photos arrives with every field and attachment, and no EXIF/GPS.
#[test]
fn request_with_photos_arrives_over_smtp() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path(), SinkOptions::default());
    let config = plain_smtp_config(dir.path(), &sink);
    let exif = std::fs::read(repo().join("tests/fixtures/exif-gps-orientation6.jpg")).unwrap();
    let lines: Vec<String> = vec![
        "3".into(),
        "1".into(),
        "1".into(),
        "Haddad".into(),
        "Sami".into(),
        "3.12.1990".into(),
        "Syrian".into(),
        "Weg 1, Kalletal".into(),
        "1.11.2026".into(),
        "4".into(),
        "05264 123456".into(),
        "Skip".into(),
        "We moved in last week.".into(),
        photo_line(dir.path(), "a.jpg", &exif),
        // 320×160 is too small to read: asked again, and sent anyway.
        "Send it anyway".into(),
        photo_line(dir.path(), "png-named.jpg", &photo_png()), // a PNG named .jpg: the bytes decide
        // Another page: the same photo twice would be counted once.
        photo_line(
            dir.path(),
            "c.png",
            &png_of(&kompass_core::docphotos::another_readable_photo()),
        ),
        "Done".into(),
        "No".into(),
        "2".into(),
        "Send request".into(),
    ];
    let transcript = run_configured(&config, &lines);
    assert!(transcript.contains(&sent_marker("en")), "{transcript}");
    let received = sink.received();
    assert_eq!(received.len(), 1);
    let (raw, envelope) = &received[0];
    assert_eq!(envelope["rcpt_tos"][0], "buergerbuero@kalletal.example.org");
    assert_eq!(envelope["mail_from"], "kompass@kalletal.example.org");
    assert_eq!(envelope["tls"], false, "plain on loopback, as configured");
    let message = MessageParser::default().parse(raw).unwrap();
    let body = message.body_text(0).unwrap();
    for expected in [
        "Familienname: Haddad",
        "Vorname(n): Sami",
        "Geburtsdatum: 03.12.1990",
        "We moved in last week.",
        "Sprache im Chat: Englisch (en)",
    ] {
        assert!(body.contains(expected), "{expected:?} missing in:\n{body}");
    }
    let names: Vec<String> = message
        .attachments()
        .map(|p| p.attachment_name().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "01-reisepass.jpg",
            "02-reisepass.jpg",
            "03-reisepass.jpg",
            "request.json"
        ]
    );
    for part in message.attachments().take(3) {
        let bytes = part.contents();
        assert!(bytes.starts_with(&[0xFF, 0xD8]));
        assert!(!bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"));
    }
}

/// The SMTP server is down when the request is confirmed and starts later: the email is
/// delivered exactly once and the newcomer is told.
#[test]
fn server_down_at_confirm_then_up_delivers_once() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let config = config_with_smtp(
        dir.path(),
        &format!("host = \"127.0.0.1\"\nport = {port}\nsecurity = \"plain\"\ntimeout_seconds = 5"),
    );
    let child = spawn_typing(&mut configured_chat(&config), &german_counselling_lines());
    std::thread::sleep(Duration::from_secs(3));
    let sink = SmtpSink::start(
        dir.path(),
        SinkOptions {
            port: Some(port),
            ..SinkOptions::default()
        },
    );
    let output = child.wait_with_output().unwrap();
    let transcript = kompass_core::i18n::strip_bidi_marks(&String::from_utf8_lossy(&output.stdout));
    assert!(
        transcript.contains(&sent_marker("de")),
        "{transcript}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(sink.received().len(), 1);
    run_configured(&config, &[]);
    assert_eq!(sink.received().len(), 1, "a restart sends nothing again");
}

/// SIGKILL between confirm and delivery (server down): delivered once after the restart.
#[test]
fn kill_between_confirm_and_delivery() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let config = config_with_smtp(
        dir.path(),
        &format!("host = \"127.0.0.1\"\nport = {port}\nsecurity = \"plain\"\ntimeout_seconds = 5"),
    );
    let mut child = spawn_typing(&mut configured_chat(&config), &german_counselling_lines());
    std::thread::sleep(Duration::from_secs(2));
    child.kill().unwrap();
    child.wait().unwrap();
    let sink = SmtpSink::start(
        dir.path(),
        SinkOptions {
            port: Some(port),
            ..SinkOptions::default()
        },
    );
    let transcript = run_configured(&config, &[]);
    assert!(transcript.contains(&sent_marker("de")), "{transcript}");
    assert_eq!(sink.received().len(), 1);
}

/// Delivers the German request over TLS (`starttls` or `tls`) with a login whose
/// credentials come from the environment, and checks the server saw TLS and the login.
fn authenticated_delivery(mode: &str) {
    let dir = tempfile::tempdir().unwrap();
    let certs = test_certs(dir.path());
    let sink = SmtpSink::start(
        dir.path(),
        SinkOptions {
            mode,
            certs: Some(&certs),
            auth: Some("kompass:s3cret pass"),
            ..SinkOptions::default()
        },
    );
    let config = config_with_smtp(
        dir.path(),
        &format!(
            "host = \"127.0.0.1\"\nport = {}\nsecurity = \"{mode}\"\nusername_env = \"TEST_SMTP_USER\"\npassword_env = \"TEST_SMTP_PASSWORD\"\nca_file = {:?}",
            sink.port, certs.ca
        ),
    );
    let child = spawn_typing(
        configured_chat(&config)
            .env("TEST_SMTP_USER", "kompass")
            .env("TEST_SMTP_PASSWORD", "s3cret pass"),
        &german_counselling_lines(),
    );
    let transcript = finish(child);
    assert!(transcript.contains(&sent_marker("de")), "{transcript}");
    let received = sink.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].1["tls"], true);
    assert_eq!(received[0].1["authenticated"], true);
}

/// Required STARTTLS with authentication.
#[test]
fn starttls_with_authentication() {
    authenticated_delivery("starttls");
}

/// Implicit TLS with authentication.
#[test]
fn implicit_tls_with_authentication() {
    authenticated_delivery("tls");
}

/// A wrong password is the administrator's to fix: nothing is sent, the request stays queued
/// (it is not reported to the newcomer as failed), and the log says what is wrong.
#[test]
fn wrong_password_keeps_the_request_queued() {
    let dir = tempfile::tempdir().unwrap();
    let certs = test_certs(dir.path());
    let sink = SmtpSink::start(
        dir.path(),
        SinkOptions {
            mode: "starttls",
            certs: Some(&certs),
            auth: Some("kompass:right"),
            ..SinkOptions::default()
        },
    );
    let config = config_with_smtp(
        dir.path(),
        &format!(
            "host = \"127.0.0.1\"\nport = {}\nsecurity = \"starttls\"\nusername_env = \"TEST_SMTP_USER\"\npassword_env = \"TEST_SMTP_PASSWORD\"\nca_file = {:?}",
            sink.port, certs.ca
        ),
    );
    let mut child = spawn_typing(
        configured_chat(&config)
            .env("TEST_SMTP_USER", "kompass")
            .env("TEST_SMTP_PASSWORD", "wrong"),
        &[german_counselling_lines(), vec!["/status".to_string()]].concat(),
    );
    std::thread::sleep(Duration::from_secs(4));
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let transcript = kompass_core::i18n::strip_bidi_marks(&String::from_utf8_lossy(&output.stdout));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(sink.received().is_empty());
    assert!(
        transcript.contains(&t("de", "status-queued")),
        "{transcript}"
    );
    assert!(
        !transcript.contains(
            &t("de", "request-failed")
                .split('{')
                .next()
                .unwrap()
                .trim()
                .to_string()
        ),
        "{transcript}"
    );
    assert!(log.contains("check the SMTP settings"), "{log}");
}

/// Plain SMTP to another machine is refused when the config is loaded.
#[test]
fn plain_smtp_to_a_remote_host_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_with_smtp(
        dir.path(),
        "host = \"mail.example.org\"\nsecurity = \"plain\"",
    );
    let output = configured_chat(&config)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("config.toml:")
            && error.contains("`mail.smtp.security` = \"plain\"")
            && error.contains("starttls"),
        "{error}"
    );
}

/// A final refusal (554) ends delivery of that email at once: the newcomer is told, with
/// the office's email, and the next request to the same office is not held back.
#[test]
fn refused_email_is_reported_and_does_not_block_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(
        dir.path(),
        SinkOptions {
            refuse_containing: Some("Refusedname"),
            ..SinkOptions::default()
        },
    );
    let config = plain_smtp_config(dir.path(), &sink);
    let first: Vec<String> = german_counselling_lines()
        .into_iter()
        .map(|line| {
            if line == "Weber" {
                "Refusedname".into()
            } else {
                line
            }
        })
        .collect();
    // The second request: the same form again, from the main menu.
    let second: Vec<String> = german_counselling_lines().into_iter().skip(1).collect();
    let transcript = run_configured(&config, &[first, second].concat());
    let received = sink.received();
    assert_eq!(received.len(), 1, "{transcript}");
    let email = String::from_utf8_lossy(&received[0].0).to_string();
    assert!(email.contains("Weber") && !email.contains("Refusedname"));
    let failed = t("de", "request-failed");
    let failed = failed.split('{').next().unwrap().trim();
    assert!(transcript.contains(failed), "{transcript}");
    assert!(
        transcript.contains("📧 integration@kalletal.example.org"),
        "{transcript}"
    );
    assert!(transcript.contains(&sent_marker("de")), "{transcript}");
}

/// A Ukrainian request whose own words say a deadline and "urgently" (a field test of stop
/// 60: the office could not read them): read by a client Kompass does not share, the email
/// says "perhaps urgent" in its subject and head, and what the message says in German
/// words under it.
#[test]
fn an_urgent_message_is_marked_for_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path(), SinkOptions::default());
    let config = plain_smtp_config(dir.path(), &sink);
    let lines = ukrainian_counselling_lines(
        "Я отримала лист від Джобцентру. Строк до 11.12. Допоможіть терміново.",
    );
    let transcript = run_configured(&config, &lines);
    assert!(transcript.contains(&sent_marker("uk")), "{transcript}");
    assert!(
        transcript.contains(&t("uk", "request-urgent")),
        "{transcript}"
    );
    let received = sink.received();
    assert_eq!(received.len(), 1);
    let message = MessageParser::default().parse(&received[0].0).unwrap();
    let subject = message.subject().unwrap_or_default();
    assert!(subject.contains("(vielleicht eilig)"), "{subject}");
    assert!(subject.starts_with("Anfrage KAL-"), "{subject}");
    let body = message.body_text(0).unwrap();
    for expected in [
        "Vielleicht eilig. Im Text der Person erkannt: Frist, 11.12., dringend",
        "Darin erkannt (Wort für Wort, keine Übersetzung): Brief, Jobcenter, Frist, 11.12., dringend",
    ] {
        assert!(body.contains(expected), "{expected:?} missing in:\n{body}");
    }
}

/// A Ukrainian counselling request, typed, with `message` as its concern, sent.
fn ukrainian_counselling_lines(message: &str) -> Vec<String> {
    [
        "/start uk_counselling-form",
        "Kovalenko",
        "Olena",
        "14.03.1987",
        "1",
        "Weg 1, Kalletal",
        "5",
        "0151 2345678",
        "1",
        message,
        "1",
        "2",
        "1",
        "1",
    ]
    .map(String::from)
    .to_vec()
}

/// What is added days after a request goes to its office by email, in the request's
/// thread, over the real SMTP server, read by a client Kompass does not share: "my phone
/// number was wrong" reached nobody before (a field test of stop 61), the office having no
/// room and its answers not read here. The person is told that the answer comes by phone
/// or letter; the office that answers to this email reaches nobody.
#[test]
fn a_correction_after_sending_reaches_the_office_by_email() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path(), SinkOptions::default());
    let config = plain_smtp_config(dir.path(), &sink);
    let lines = ukrainian_counselling_lines("Допоможіть з листом");
    let transcript = run_configured(&config, &lines);
    assert!(transcript.contains(&sent_marker("uk")), "{transcript}");
    assert_eq!(sink.received().len(), 1);
    // Later, in another run: the correction, and the request's button under the list.
    let correction = "мій номер телефону неправильний, правильний 0176 7654321";
    let lines: Vec<String> = ["/menu", correction, "13"].map(String::from).to_vec();
    let transcript = run_configured(&config, &lines);
    assert!(
        transcript.contains(&ta(
            "uk",
            "status-question-hint-addendum",
            &[("way", "phone".into())]
        )),
        "{transcript}"
    );
    let received = sink.received();
    assert_eq!(received.len(), 2, "{transcript}");
    let request = MessageParser::default().parse(&received[0].0).unwrap();
    let addendum = MessageParser::default().parse(&received[1].0).unwrap();
    let reference = request
        .message_id()
        .and_then(|id| id.split('@').next())
        .unwrap()
        .to_string();
    assert!(reference.starts_with("KAL-"), "{reference}");
    assert_eq!(
        addendum.in_reply_to().as_text(),
        request.message_id(),
        "in the request's thread"
    );
    assert_eq!(
        addendum.subject(),
        Some(format!("Nachtrag zu Anfrage {reference}: Beratungsanfrage").as_str())
    );
    assert!(addendum.reply_to().is_none());
    assert_eq!(
        addendum
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        request
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
    );
    let body = addendum.body_text(0).unwrap();
    for expected in [
        correction,
        "Darin erkannt (Wort für Wort, keine Übersetzung): Telefonnummer, falsch",
        "Antworten auf diese E-Mail erreichen die Person nicht",
    ] {
        assert!(body.contains(expected), "{expected:?} missing in:\n{body}");
    }
}
