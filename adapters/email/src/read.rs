//! What a message in Kompass's mailbox is: an office's answer to a request (with the
//! reference it answers), an automatic reply (RFC 3834 `Auto-Submitted`, vacation notices),
//! a bounce of a request email, or something else. Parsing only; no I/O.

use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders, PartType};

use crate::quotes;

/// A file an office attached, before it is checked like an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeFile {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// A message read from the mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// An answer to something Kompass sent (or naming a reference in its subject).
    Answer(Answer),
    /// An automatic reply: never relayed.
    AutoReply,
    /// A delivery failure report; `references` are the candidates for the reference number
    /// of the email that bounced.
    Bounce { message_ids: Vec<String> },
    /// Not a parseable email.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub message_id: Option<String>,
    /// `In-Reply-To` first, then `References` (newest first): where to look for the
    /// reference number.
    pub replied_to: Vec<String>,
    /// `References` in their order, for the thread.
    pub references: Vec<String>,
    pub from: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    /// The new text, without quoted history and signature; HTML turned into text.
    pub text: String,
    pub files: Vec<OfficeFile>,
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Text(text) => vec![format!("<{}>", text.trim_matches(['<', '>']))],
        HeaderValue::TextList(list) => list
            .iter()
            .map(|text| format!("<{}>", text.trim_matches(['<', '>'])))
            .collect(),
        _ => Vec::new(),
    }
}

fn first_address(address: Option<&Address<'_>>) -> Option<String> {
    address?
        .first()?
        .address()
        .map(|address| address.trim().to_string())
        .filter(|address| address.contains('@'))
}

/// RFC 3834 and the common vacation-notice markers.
fn is_auto_reply(message: &mail_parser::Message<'_>) -> bool {
    let header = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().to_ascii_lowercase())
    };
    if let Some(value) = header("Auto-Submitted")
        && value != "no"
    {
        return true;
    }
    if header("X-Autoreply").is_some()
        || header("X-Autorespond").is_some()
        || header("X-Auto-Response-Suppress").is_some_and(|v| v.contains("all"))
    {
        return true;
    }
    if let Some(precedence) = header("Precedence")
        && matches!(precedence.as_str(), "bulk" | "junk" | "list" | "auto_reply")
    {
        return true;
    }
    let subject = message.subject().unwrap_or_default().to_lowercase();
    [
        "automatische antwort",
        "automatic reply",
        "abwesenheitsnotiz",
        "abwesenheit:",
        "out of office",
        "auto:",
        "autoreply",
    ]
    .iter()
    .any(|marker| subject.starts_with(marker) || subject.contains(&format!(": {marker}")))
}

/// A delivery status report (RFC 3464), or a classic bounce from the mailer daemon.
fn is_bounce(message: &mail_parser::Message<'_>) -> bool {
    if let Some(content_type) = message.content_type()
        && content_type.ctype().eq_ignore_ascii_case("multipart")
        && content_type
            .subtype()
            .is_some_and(|s| s.eq_ignore_ascii_case("report"))
        && content_type
            .attribute("report-type")
            .is_some_and(|t| t.eq_ignore_ascii_case("delivery-status"))
    {
        return true;
    }
    let from = first_address(message.from())
        .unwrap_or_default()
        .to_lowercase();
    from.starts_with("mailer-daemon@") || from.starts_with("postmaster@")
}

/// The Message-IDs a bounce names: of the returned message (its headers part) and in the
/// bounce's own threading headers.
fn bounced_ids(message: &mail_parser::Message<'_>) -> Vec<String> {
    let mut found = Vec::new();
    for part in message.parts.iter() {
        match &part.body {
            PartType::Message(inner) => {
                found.extend(inner.message_id().map(|id| format!("<{id}>")));
            }
            PartType::Text(text) | PartType::Html(text) => {
                // text/rfc822-headers, or a classic bounce quoting the headers in its text.
                for line in text.lines() {
                    let lower = line.to_ascii_lowercase();
                    if let Some(rest) = lower.strip_prefix("message-id:") {
                        let start = line.len() - rest.len();
                        found.push(line[start..].trim().to_string());
                    }
                }
            }
            PartType::Binary(bytes) | PartType::InlineBinary(bytes) => {
                if let Some(inner) = MessageParser::default().parse_headers(bytes.as_ref()) {
                    found.extend(inner.message_id().map(|id| format!("<{id}>")));
                }
            }
            PartType::Multipart(_) => {}
        }
    }
    found.extend(ids(message.in_reply_to()));
    found.extend(ids(message.references()));
    found
}

/// Every Message-ID a message names as one it answers or returns: `In-Reply-To`,
/// `References` and, in a bounce, the returned message's. Where to find the request a
/// message in the mailbox is about, whatever kind it is (an answer, an automatic reply, a
/// bounce carrying the whole request email).
pub fn named_ids(raw: &[u8]) -> Vec<String> {
    let Some(message) = MessageParser::default().parse(raw) else {
        return Vec::new();
    };
    let mut found = if is_bounce(&message) {
        bounced_ids(&message)
    } else {
        Vec::new()
    };
    found.extend(ids(message.in_reply_to()));
    found.extend(ids(message.references()));
    found
}

/// Files worth passing on: PDFs and pictures. Others (Word files …) are left out; the
/// office is not told, but the newcomer sees only what they can open on a phone.
fn files(message: &mail_parser::Message<'_>) -> Vec<OfficeFile> {
    let mut files = Vec::new();
    for part in message.attachments() {
        let Some(content_type) = part.content_type() else {
            continue;
        };
        let mime = match content_type.subtype() {
            Some(subtype) => format!("{}/{}", content_type.ctype(), subtype),
            None => content_type.ctype().to_string(),
        }
        .to_ascii_lowercase();
        let bytes = part.contents();
        let is_pdf = mime == "application/pdf" || bytes.starts_with(b"%PDF-");
        let is_picture = matches!(mime.as_str(), "image/jpeg" | "image/png" | "image/webp");
        if !is_pdf && !is_picture {
            continue;
        }
        files.push(OfficeFile {
            name: part
                .attachment_name()
                .unwrap_or(if is_pdf { "dokument.pdf" } else { "bild.jpg" })
                .to_string(),
            mime: if is_pdf {
                "application/pdf".to_string()
            } else {
                mime
            },
            bytes: bytes.to_vec(),
        });
    }
    files
}

/// The answer's own text: the plain part if there is one, else the HTML part as text.
fn body_text(message: &mail_parser::Message<'_>) -> String {
    let plain = message
        .text_bodies()
        .find(|part| matches!(part.body, PartType::Text(_)))
        .and_then(|part| part.text_contents().map(str::to_string));
    let text = match plain {
        Some(text) => text,
        None => match message
            .html_bodies()
            .find_map(|part| part.text_contents().map(str::to_string))
        {
            Some(html) => html_text(&html),
            None => String::new(),
        },
    };
    quotes::new_text(&text)
}

/// The text of an HTML answer as the office wrote it: no Markdown marks around bold words
/// (a messenger shows them as they are), lines as long as the office wrote them (the phone
/// wraps them), a link's address right after its text (a footnote at the end would be cut
/// with the quoted history below it), and Outlook's paragraphs of no spacing as lines.
fn html_text(html: &str) -> String {
    // Outlook (Word) writes every line as a paragraph without spacing: lines, not
    // paragraphs, or a signature's name and office would be apart.
    let html = if html.contains("MsoNormal") {
        html.replace("<p class=MsoNormal", "<div class=MsoNormal")
            .replace("<p class=\"MsoNormal\"", "<div class=\"MsoNormal\"")
            .replace("</p>", "</div>")
    } else {
        html.to_string()
    };
    let text = html2text::config::plain_no_decorate()
        .link_footnotes(true)
        .string_from_read(html.as_bytes(), 10_000)
        .unwrap_or_default();
    inline_links(&text)
}

/// `[hier][1]` … `[1]: https://…` as html2text writes links, made `hier (https://…)`.
fn inline_links(text: &str) -> String {
    let mut body: Vec<&str> = text.lines().collect();
    let mut targets: Vec<(String, String)> = Vec::new();
    while let Some(last) = body.last() {
        let line = last.trim();
        if line.is_empty() {
            body.pop();
            continue;
        }
        let Some((number, target)) = line
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("]: "))
            .filter(|(number, _)| number.chars().all(|c| c.is_ascii_digit()))
        else {
            break;
        };
        targets.push((number.to_string(), target.trim().to_string()));
        body.pop();
    }
    let mut out = body.join("\n");
    for (number, target) in targets {
        let marker = format!("][{number}]");
        while let Some(end) = out.find(&marker) {
            let Some(start) = out[..end].rfind('[') else {
                break;
            };
            let label = out[start + 1..end].to_string();
            let linked = if label == target || target.ends_with(&label) {
                target.clone()
            } else {
                format!("{label} ({target})")
            };
            out.replace_range(start..end + marker.len(), &linked);
        }
    }
    out
}

/// An appointment in an office's answer: a line `Termin: 24.12.2026 10:30, Rathaus Zimmer 3`
/// (date and time as caseworkers type them for `!termin`; the place is optional), also as
/// caseworkers write it in a letter: `Termin: Dienstag, 24.12.2026 um 10:30 Uhr, Rathaus`
/// (up to two words without digits before the date, "um" before the time). A date before
/// `today` or one that cannot be read is no appointment: the line reaches the newcomer as
/// text only.
pub fn appointment_line(
    text: &str,
    today: chrono::NaiveDate,
) -> Option<(chrono::NaiveDate, chrono::NaiveTime, Option<String>)> {
    use kompass_core::templates::{german_month, parse_date, parse_time};
    let line = text.lines().find_map(|line| {
        let line = line.trim();
        let (word, rest) = line.split_once(':')?;
        word.trim().eq_ignore_ascii_case("termin").then_some(rest)
    })?;
    let mut words = line
        .split_whitespace()
        .map(|word| word.trim_end_matches([',', ';']))
        .peekable();
    // "Dienstag,", "am": a weekday or a word before the date, never digits.
    for _ in 0..2 {
        words.next_if(|word| !word.chars().any(|c| c.is_ascii_digit()));
    }
    let first = words.next()?;
    let date = match parse_date(first, today) {
        Some(date) => date,
        // "24. Dezember 2026" (the year may be left out, as with "24.12.").
        None => {
            let month = german_month(words.next()?)?;
            let year =
                words.next_if(|word| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()));
            let day = first.trim_end_matches('.');
            let written = match year {
                Some(year) => format!("{day}.{month}.{year}"),
                None => format!("{day}.{month}."),
            };
            parse_date(&written, today)?
        }
    };
    if date < today {
        return None;
    }
    words.next_if(|word| word.eq_ignore_ascii_case("um"));
    let time = parse_time(words.next()?)?;
    words.next_if(|word| word.eq_ignore_ascii_case("uhr"));
    let place: Vec<&str> = words.collect();
    let place = place.join(" ");
    let place = place.trim_matches([',', ';', ' ']).to_string();
    Some((date, time, (!place.is_empty()).then_some(place)))
}

/// Reads one raw message.
pub fn read(raw: &[u8]) -> Read {
    let Some(message) = MessageParser::default().parse(raw) else {
        return Read::Unreadable;
    };
    if is_bounce(&message) {
        return Read::Bounce {
            message_ids: bounced_ids(&message),
        };
    }
    if is_auto_reply(&message) {
        return Read::AutoReply;
    }
    let mut replied_to = ids(message.in_reply_to());
    let references = ids(message.references());
    replied_to.extend(references.iter().rev().cloned());
    Read::Answer(Answer {
        message_id: message.message_id().map(|id| format!("<{id}>")),
        replied_to,
        references,
        from: first_address(message.from()),
        reply_to: first_address(message.reply_to()),
        subject: message.subject().unwrap_or_default().to_string(),
        text: body_text(&message),
        files: files(&message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPLY: &str = "From: M. Mueller <m.mueller@kalletal.example>\r\n\
To: kompass@kalletal.example\r\n\
Subject: AW: Anmeldung einer Wohnung - KAL-2026-000007\r\n\
Message-ID: <abc123@kalletal.example>\r\n\
In-Reply-To: <KAL-2026-000007@kalletal.example>\r\n\
References: <KAL-2026-000007@kalletal.example>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/alternative; boundary=\"b\"\r\n\
\r\n\
--b\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<p>Guten Tag,</p><p>bitte bringen Sie <b>Ihren Pass</b> mit.</p><blockquote>Alte Nachricht</blockquote>\r\n\
--b--\r\n";

    #[test]
    fn an_html_only_answer_becomes_text_with_its_threading() {
        let Read::Answer(answer) = read(REPLY.as_bytes()) else {
            panic!("an answer");
        };
        assert_eq!(answer.from.as_deref(), Some("m.mueller@kalletal.example"));
        assert_eq!(
            answer.message_id.as_deref(),
            Some("<abc123@kalletal.example>")
        );
        assert_eq!(
            answer.replied_to.first().map(String::as_str),
            Some("<KAL-2026-000007@kalletal.example>")
        );
        assert!(answer.text.contains("Ihren Pass"), "{}", answer.text);
        assert!(!answer.text.contains("<b>"), "{}", answer.text);
    }

    /// Hand test with an Outlook-style HTML answer: "bitte füllen Sie den **Hauptantrag**
    /// aus" reached a Telegram newcomer with the asterisks a Markdown reader would hide,
    /// and long lines came with breaks at 80 characters. Emphasis is dropped, lines are the
    /// office's own, a link keeps its address.
    #[test]
    fn an_outlook_answer_reads_as_the_office_wrote_it() {
        let html = "<html><body><div class=WordSection1><p class=MsoNormal>Sehr geehrte Frau Yılmaz,<o:p></o:p></p>\
<p class=MsoNormal><o:p>&nbsp;</o:p></p>\
<p class=MsoNormal>bitte füllen Sie den <b>Hauptantrag</b> aus und bringen Sie ihn am Dienstag, 15.12.2026 um 9:00 Uhr mit, zusammen mit allen Kontoauszügen der letzten drei Monate und <i>Ihrem</i> Mietvertrag.<o:p></o:p></p>\
<p class=MsoNormal>Das Formular finden Sie <a href=\"https://jobcenter.example.org/hauptantrag.pdf\">hier</a>.<o:p></o:p></p>\
<p class=MsoNormal><o:p>&nbsp;</o:p></p>\
<p class=MsoNormal>Mit freundlichen Grüßen<o:p></o:p></p>\
<p class=MsoNormal>i.A. K. Becker<o:p></o:p></p>\
<p class=MsoNormal>Jobcenter Lippe &#8211; Team 4<o:p></o:p></p>\
<p class=MsoNormal>Telefon: 05231 1234-414<o:p></o:p></p>\
<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Von:</b> Kompass &lt;kompass@kalletal.example&gt;<br><b>Gesendet:</b> Donnerstag, 3. Dezember 2026 20:30<br><b>An:</b> Jobcenter<br><b>Betreff:</b> Anfrage</p></div>\
<p>Familienname: Yilmaz</p></div></body></html>";
        let mail = REPLY.replace(
            "<p>Guten Tag,</p><p>bitte bringen Sie <b>Ihren Pass</b> mit.</p><blockquote>Alte Nachricht</blockquote>",
            html,
        );
        let Read::Answer(answer) = read(mail.as_bytes()) else {
            panic!("an answer");
        };
        let text = answer.text;
        assert!(!text.contains('*'), "{text}");
        assert!(
            text.contains("bitte füllen Sie den Hauptantrag aus und bringen Sie ihn am Dienstag, 15.12.2026 um 9:00 Uhr mit, zusammen mit allen Kontoauszügen der letzten drei Monate und Ihrem Mietvertrag."),
            "{text}"
        );
        assert!(
            text.contains("https://jobcenter.example.org/hauptantrag.pdf"),
            "{text}"
        );
        assert!(
            text.contains("i.A. K. Becker\nJobcenter Lippe – Team 4\nTelefon: 05231 1234-414"),
            "{text}"
        );
        assert!(!text.contains("Familienname"), "{text}");
    }

    #[test]
    fn an_appointment_line_is_read_like_termin() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let text = "Guten Tag,\nTermin: 24.12.2026 10:30, Rathaus Zimmer 3\nBitte pünktlich.";
        let (date, time, place) = appointment_line(text, today).unwrap();
        assert_eq!(date.to_string(), "2026-12-24");
        assert_eq!(time.to_string(), "10:30:00");
        assert_eq!(place.as_deref(), Some("Rathaus Zimmer 3"));
        let (_, time, place) = appointment_line("termin: 3.12. 9 Uhr", today).unwrap();
        assert_eq!((time.to_string().as_str(), place), ("09:00:00", None));
        assert_eq!(
            appointment_line("Termin: 24.11.2026 10:30", today),
            None,
            "past"
        );
        // As caseworkers write it in a letter.
        for line in [
            "Termin: Dienstag, 24.12.2026 um 10:30 Uhr, Rathaus Zimmer 3",
            "Termin: am 24.12.2026 um 10:30 Uhr, Rathaus Zimmer 3",
            "Termin: Do. 24.12. 10.30 Rathaus Zimmer 3",
            "Termin: Donnerstag, 24. Dezember 2026, um 10:30 Uhr, Rathaus Zimmer 3",
            "Termin: am 24. Dez. um 10.30 Uhr Rathaus Zimmer 3",
        ] {
            let (date, time, place) = appointment_line(line, today).unwrap();
            assert_eq!(
                (date.to_string(), time.to_string(), place.as_deref()),
                (
                    "2026-12-24".into(),
                    "10:30:00".into(),
                    Some("Rathaus Zimmer 3")
                ),
                "{line}"
            );
        }
        assert_eq!(appointment_line("Termin: bald", today), None);
        assert_eq!(
            appointment_line("Termin: nach Absprache mit Ihnen", today),
            None
        );
        assert_eq!(
            appointment_line("Termin: 24. November 2026 10:30", today),
            None,
            "past"
        );
        assert_eq!(
            appointment_line("Termin: 24. Ma 10:30", today),
            None,
            "Mai or März"
        );
        assert_eq!(appointment_line("Ihr Termin ist am Montag.", today), None);
    }

    #[test]
    fn auto_replies_are_recognised() {
        let vacation = REPLY.replace(
            "MIME-Version: 1.0\r\n",
            "MIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\n",
        );
        assert_eq!(read(vacation.as_bytes()), Read::AutoReply);
        let outlook = REPLY.replace(
            "Subject: AW: Anmeldung",
            "Subject: Automatische Antwort: Anmeldung",
        );
        assert_eq!(read(outlook.as_bytes()), Read::AutoReply);
        let explicit_no = REPLY.replace(
            "MIME-Version: 1.0\r\n",
            "MIME-Version: 1.0\r\nAuto-Submitted: no\r\n",
        );
        assert!(matches!(read(explicit_no.as_bytes()), Read::Answer(_)));
    }

    #[test]
    fn a_delivery_report_names_the_bounced_message() {
        let bounce = "From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\n\
To: kompass@kalletal.example\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
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
Reporting-MTA: dns; mx.example\r\n\
\r\n\
Final-Recipient: rfc822; buergerbuero@kalletal.example\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
--r\r\n\
Content-Type: text/rfc822-headers\r\n\
\r\n\
From: kompass@kalletal.example\r\n\
Message-ID: <KAL-2026-000009@kalletal.example>\r\n\
Subject: Anmeldung\r\n\
--r--\r\n";
        let Read::Bounce { message_ids } = read(bounce.as_bytes()) else {
            panic!("a bounce: {:?}", read(bounce.as_bytes()));
        };
        assert!(
            message_ids.contains(&"<KAL-2026-000009@kalletal.example>".to_string()),
            "{message_ids:?}"
        );
    }
}
