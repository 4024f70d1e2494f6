//! Emails in a request's thread: what a newcomer writes to an office without a caseworker
//! room goes out as a reply to the office's latest email (German frame, the person's text
//! verbatim, their photo attached), and the Message-IDs that let an office's answer be
//! matched to its request.
//!
//! Message-IDs are derived from the reference number (`<KAL-2026-000123@domain>`, parts
//! `<KAL-2026-000123.2@domain>`, thread emails `<KAL-2026-000123.m<post>@domain>`), so the
//! reference of any email Kompass sent can be read back from an answer's `In-Reply-To` or
//! `References` without storing anything.

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::{Composed, MailError};
use crate::content::{Content, DateRange, FieldKind};
use crate::engine::script::untranslated_note_de_of;
use crate::engine::{Answer, Forwarded};
use crate::i18n::{CASEWORKER_LANGUAGE, Locales, strip_bidi_marks};
use crate::request::Request;
use crate::store::{Case, CaseKind, RoomPost};

/// The reference number in a Message-ID Kompass made, if `id` is one (its domain is
/// `domain`, compared without case).
pub fn reference_in_message_id(id: &str, domain: &str) -> Option<String> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let (local, host) = id.rsplit_once('@')?;
    if !host.eq_ignore_ascii_case(domain) {
        return None;
    }
    // `KAL-2026-000123`, `KAL-2026-000123.2` (a part), `KAL-2026-000123.m<post>` (a thread
    // email): the reference is everything before the first dot.
    let reference = local.split('.').next()?;
    looks_like_reference(reference).then(|| reference.to_string())
}

/// A reference number as written in a subject (`… KAL-2026-000123 …`): letters, a dash,
/// digits and dashes. The first such word that names an existing case wins; the caller
/// checks that.
pub fn references_in_subject(subject: &str) -> Vec<String> {
    subject
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|word| looks_like_reference(word))
        .map(str::to_string)
        .collect()
}

fn looks_like_reference(word: &str) -> bool {
    let mut parts = word.split('-');
    let prefix = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    !prefix.is_empty()
        && prefix.len() <= 12
        && prefix.chars().all(|c| c.is_ascii_alphanumeric())
        && prefix.chars().any(|c| c.is_ascii_alphabetic())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
}

/// A header value from an office's email, safe to write back: no line breaks, no control
/// characters, at most 200 characters.
fn header_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect::<String>()
        .trim()
        .to_string()
}

/// What the email of a newcomer's messages (or of a note for the office) needs.
#[derive(Debug)]
pub struct ThreadEmail<'a> {
    /// What the person wrote or sent, in order, each with a forwarded file's bytes: the
    /// messages written close together, or one note. Never empty.
    pub posts: Vec<(&'a RoomPost, Option<Vec<u8>>)>,
    pub case: &'a Case,
    /// The institution's address, for a thread the office has not answered yet.
    pub institution_name: &'a str,
    pub institution_email: &'a str,
    pub from: &'a Mailbox,
    /// Kompass's mailbox for the office's answers; `None`: they are not read, and the
    /// email says how to answer instead.
    pub reply_mailbox: Option<&'a lettre::Address>,
    pub time_zone: chrono_tz::Tz,
    /// The request the message is about, where it is still stored.
    pub about: Option<RequestAbout>,
}

/// What lets a caseworker find the request an addendum belongs to without looking the
/// number up (a field test of stop 61: "Nachtrag zu Anfrage KAL-…" alone, among many).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestAbout {
    /// The form's title in the office's language ("Beratungsanfrage").
    pub title: String,
    /// When it was sent, as the office's clock read it ("05.12.2026").
    pub submitted: String,
    /// The person's names as the request gives them ("Haddad, Sami"); empty where the
    /// form asks none.
    pub person: String,
    /// Their birth date where the request has one beside the names ("01.02.1990").
    pub born: Option<String>,
    /// Their email address where the request asks to be answered by email: what is added
    /// to it by email is answered there too (a field test of stop 67 found no Reply-To on
    /// an addendum, beside one on the request).
    pub answer_email: Option<lettre::Address>,
    /// `answer_email` is one the person gave in an earlier addendum, not the request's.
    pub answer_email_given_later: bool,
    /// A phone number the person gave in an earlier addendum.
    pub phone_given_later: Option<String>,
}

impl RequestAbout {
    /// What `request` shows an office that reads an addendum, in the office's language.
    pub fn of(request: &Request, content: &Content, time_zone: chrono_tz::Tz) -> RequestAbout {
        let lang = content
            .flow
            .institution(&request.institution)
            .map_or(CASEWORKER_LANGUAGE, |institution| {
                institution.email_language.as_str()
            });
        let form = content.flow.form(&request.form);
        let title = form.map_or_else(
            || request.form.clone(),
            |form| strip_bidi_marks(&content.locales.text(lang, &form.title, &[])),
        );
        let mut person: Vec<String> = Vec::new();
        let mut born = None;
        // The writer's details only: a child's name at a Kita question is not whom the
        // request is from.
        let fields = form.map(|form| form.fields.as_slice()).unwrap_or_default();
        for field in fields.iter().filter(|field| !field.another_person) {
            match (&field.kind, request.answer(&field.id)) {
                // Not "—", a name the person has none of ("—, Mohammad" read as a name).
                (FieldKind::Name { .. }, Some(Answer::Text(name))) if name != "—" => {
                    person.push(name.clone());
                }
                // A name the person has in no Latin letters: the spelling Kompass made, as
                // the request shows it, with the original ("Person: الجبوري, Haider" left
                // the office unable to say it: field test CG of stop 77).
                (FieldKind::Name { .. }, Some(Answer::Name { original, latin })) => {
                    person.push(match latin.text() {
                        Some(latin) => latin.to_string(),
                        None => crate::engine::script::latin_suggestion(
                            original,
                            &request.language,
                            content.locales.name_spellings(),
                        )
                        .map_or_else(
                            || original.clone(),
                            |spelled| format!("{spelled} ({original})"),
                        ),
                    });
                }
                (
                    FieldKind::Date {
                        range: DateRange::Past,
                        ..
                    },
                    Some(Answer::Date(date)),
                ) => {
                    born = born.or(Some(date.format("%d.%m.%Y").to_string()));
                }
                // As German papers write a birth date not known to the day: "00.03.1990".
                (
                    FieldKind::Date {
                        range: DateRange::Past,
                        ..
                    },
                    Some(Answer::PartialDate { year, month }),
                ) => {
                    born = born.or(Some(format!("00.{:02}.{year:04}", month.unwrap_or(0))));
                }
                _ => {}
            }
        }
        RequestAbout {
            title,
            submitted: request
                .submitted_at
                .with_timezone(&time_zone)
                .format("%d.%m.%Y")
                .to_string(),
            born: born.filter(|_| !person.is_empty()),
            person: person.join(", "),
            answer_email: super::address_to_answer(
                crate::engine::AnswerWay::of(
                    false,
                    request.answers.iter().map(|(_, answer)| answer),
                    content.locales.words(),
                ),
                request.answers.iter().find_map(|(_, answer)| match answer {
                    Answer::Email(address) => Some(address.as_str()),
                    _ => None,
                }),
            ),
            answer_email_given_later: false,
            phone_given_later: None,
        }
    }

    /// The same, answered at what the person gave in an earlier addendum
    /// ([`crate::store::Case::answer_email`], [`crate::store::Case::answer_phone`]).
    pub fn answered_at(self, case: &Case) -> RequestAbout {
        let phone_given_later = case.answer_phone.clone();
        match case
            .answer_email
            .as_deref()
            .and_then(|address| address.parse::<lettre::Address>().ok())
        {
            Some(address) => RequestAbout {
                answer_email: Some(address),
                answer_email_given_later: true,
                phone_given_later,
                ..self
            },
            None => RequestAbout {
                phone_given_later,
                ..self
            },
        }
    }
}

/// The email for a newcomer's message in a case that talks by email.
pub fn thread_email(locales: &Locales, email: &ThreadEmail<'_>) -> Result<Composed, MailError> {
    let case = email.case;
    let reference = case.reference.as_str();
    let t = |id: &str| locales.caseworker_text(id, &[("reference", reference.into())]);
    let t_number =
        |number: &str| locales.caseworker_text("email-thread-phone", &[("number", number.into())]);
    let thread = case.email.as_ref();
    let to_text = thread.map_or(email.institution_email, |t| t.reply_to.as_str());
    let to_address: lettre::Address = to_text.parse().map_err(|source| MailError::Address {
        reference: reference.to_string(),
        address: to_text.to_string(),
        source,
    })?;
    let to = match thread {
        Some(_) => Mailbox::new(None, to_address),
        None => Mailbox::new(Some(email.institution_name.to_string()), to_address),
    };
    // "Nachtrag zu Anfrage KAL-2026-000123: Beratungsanfrage": the form's title is the
    // content's, never the person's words.
    let titled = |id: &str| match &email.about {
        Some(about) => format!("{}: {}", t(id), header_text(&about.title)),
        None => t(id),
    };
    let subject = match thread.map(|t| header_text(&t.subject)) {
        Some(subject) if !subject.is_empty() => {
            let lower = subject.to_lowercase();
            if lower.starts_with("re:") || lower.starts_with("aw:") {
                subject
            } else {
                format!("Re: {subject}")
            }
        }
        // A question the office has not answered yet: no request's thread to be in.
        _ if case.kind == CaseKind::Contact => t("email-question-subject"),
        // One way: what the person adds to the request, which nobody answers here.
        _ if email.reply_mailbox.is_none() => titled("email-addendum-subject"),
        _ => titled("email-thread-subject"),
    };
    let domain = email.from.email.domain().to_string();
    let first = email
        .posts
        .first()
        .map(|(post, _)| post.id.as_str())
        .unwrap_or_default();
    let message_id = format!("<{reference}.m{first}@{domain}>");
    let is_note = email
        .posts
        .iter()
        .any(|(post, _)| matches!(post.what, crate::store::PostWhat::Note { .. }));
    let request_id = format!("<{reference}@{domain}>");

    let intro = match case.kind {
        // A question has no request the office could look up: who writes, in which language.
        CaseKind::Contact => locales.caseworker_text(
            "email-question-intro",
            &[
                ("reference", reference.into()),
                (
                    "language",
                    crate::engine::script::german_name(&case.language).into(),
                ),
                ("code", case.language.as_str().into()),
            ],
        ),
        CaseKind::Request => t("email-thread-intro"),
    };
    // A note for the office (a language mediator's translation): as it is.
    let mut lines = if is_note { Vec::new() } else { vec![intro] };
    if let Some(about) = &email.about
        && !is_note
    {
        lines.push(locales.caseworker_text(
            "email-thread-request",
            &[
                ("date", about.submitted.as_str().into()),
                ("title", about.title.as_str().into()),
            ],
        ));
        match (&about.born, about.person.is_empty()) {
            (_, true) => {}
            (Some(born), false) => lines.push(locales.caseworker_text(
                "email-thread-person-born",
                &[
                    ("person", about.person.as_str().into()),
                    ("date", born.as_str().into()),
                ],
            )),
            (None, false) => lines.push(locales.caseworker_text(
                "email-thread-person",
                &[("person", about.person.as_str().into())],
            )),
        }
    }
    if !lines.is_empty() {
        lines.push(String::new());
    }
    let mut attachments = Vec::new();
    let mut cancels = false;
    // A phone number in the messages: the footer does not send the office to the one the
    // request gave, which may be the wrong one.
    // The first dialable number of the messages: the case keeps it for later addenda.
    let mut tells_a_number: Option<String> = None;
    // An email address in the messages other than the request's: replies go there.
    let mut new_address: Option<lettre::Address> = None;
    // A postal address in the messages: a letter may have to go there.
    let mut tells_a_postal_address = false;
    // "xwediyê xanî dibêje sibê ji malê derkevin" (the landlord says leave tomorrow) went
    // as "Nachtrag … (vielleicht Absage)" with the cancellation typed after it (field test
    // BC of stop 70): urgent words of the messages, as in a request's own email.
    let mut urgent: Vec<String> = Vec::new();
    // Files are numbered where several go in one email ("foto-1.jpg", "foto-2.jpg").
    let files = email
        .posts
        .iter()
        .filter(|(post, _)| {
            matches!(
                post.what,
                crate::store::PostWhat::Forwarded(Forwarded::File { .. } | Forwarded::Audio { .. })
            )
        })
        .count();
    let file_name = |stem: &str, extension: &str, attached: usize| match files {
        0 | 1 => format!("{stem}.{extension}"),
        _ => format!("{stem}-{}.{extension}", attached + 1),
    };
    for (at, (post, file)) in email.posts.iter().enumerate() {
        if at > 0 {
            lines.push(String::new());
        }
        match &post.what {
            crate::store::PostWhat::Forwarded(Forwarded::Text { text, sent_before }) => {
                // The office sees what it holds: "(Arabisch, nicht übersetzt)".
                let written_in =
                    crate::engine::untranslated_language_read(text, &case.language, locales);
                let label = match untranslated_note_de_of(written_in.clone()) {
                    Some(note) => locales.caseworker_text(
                        "caseworker-forwarded-text-untranslated",
                        &[("note", note.as_str().into())],
                    ),
                    None => locales.caseworker_text("caseworker-forwarded-text", &[]),
                };
                lines.push(label);
                lines.push(text.clone());
                if let Some(day) = sent_before {
                    lines.push(locales.caseworker_text(
                        "caseworker-forwarded-sent-before",
                        &[("date", day.format("%d.%m.%Y").to_string().into())],
                    ));
                }
                // "Please cancel my request", "الغي الطلب": the subject says it may be a
                // cancellation, so that the office finds it among the addenda (a field test
                // of stop 63: every cancellation read "Nachtrag zu Anfrage …"). Perhaps:
                // "no longer needed, but the Kita still" cancels only part. Read in the
                // language it is written in, as the gist line below, and in German and
                // English, as "My requests" does (`Engine::note_cancellation`).
                let code = written_in
                    .clone()
                    .flatten()
                    .unwrap_or_else(|| case.language.clone());
                let said =
                    crate::gist::said_in_any(text, &code, locales.words(), locales.date_words());
                cancels = cancels
                    || said.contains(&crate::gist::Said::Meaning(crate::gist::CANCELS.into()));
                // A day within two weeks to come, as in a request's own email: "لازم رد
                // قبل 15 ديسمبر" (I must answer before 15 December) a week before reached
                // the office unmarked (field test CO of stop 79).
                let today = chrono::Utc::now()
                    .with_timezone(&email.time_zone)
                    .date_naive();
                let soon = said
                    .iter()
                    .any(|item| item.sounds_urgent(locales.words(), today));
                for item in said
                    .iter()
                    .filter(|item| soon && (item.is_urgent(locales.words()) || item.is_a_day()))
                {
                    let shown = item.shown(CASEWORKER_LANGUAGE, locales.date_words());
                    if !urgent.contains(&shown) {
                        urgent.push(shown);
                    }
                }
                // "dogum tarihim yanlis yazdim 15.11.1990 dogru" (I wrote my birth date
                // wrong, 15.11.1990 is right) read "Geburtsdatum, falsch, 15.11.1990" under
                // "geboren am 05.11.1990" (field test CR of stop 79): the new date beside the
                // request's, as the office changes it.
                if let Some(before) = email.about.as_ref().and_then(|about| about.born.as_ref())
                    && said.contains(&crate::gist::Said::Meaning("Geburtsdatum".into()))
                    && let Some(new) = said.iter().find_map(|item| match item {
                        crate::gist::Said::Date { year: Some(_), .. } => {
                            Some(item.shown(CASEWORKER_LANGUAGE, locales.date_words()))
                        }
                        _ => None,
                    })
                    && new != *before
                {
                    lines.push(locales.caseworker_text(
                        "email-thread-birth-date",
                        &[("date", new.into()), ("before", before.as_str().into())],
                    ));
                }
                // "رقم هاتفي خطأ، الرقم الصحيح هو 0157 98765432": the number, where the
                // office calls, found without reading the language (a field test of stop 61).
                if let Ok(number) = crate::engine::values::first_phone(text)
                    && crate::engine::values::dialable(&number)
                {
                    lines.push(t_number(&number));
                    tells_a_number.get_or_insert(number);
                }
                // "My email changed, please use grace.o@example.net": the new address, to
                // write to, not the request's (field test CL of stop 78 read neither line
                // nor footer saying so, and the reply went to the old one).
                // Not "olena shevchenko@ukr.net", whose first word may be part of it.
                if let Ok(typed) = crate::engine::values::email_standing_alone(text)
                    && let Ok(address) = typed.parse::<lettre::Address>()
                    && email
                        .about
                        .as_ref()
                        .and_then(|about| about.answer_email.as_ref())
                        .is_none_or(|known| !known.to_string().eq_ignore_ascii_case(&typed))
                {
                    lines.push(locales.caseworker_text(
                        "email-thread-email",
                        &[("address", typed.as_str().into())],
                    ));
                    new_address = Some(address);
                }
                // "we now live at Bahnhofstr 9, Langenholzhausen": where a letter must go.
                // The office read "Vermieter, 9" and was sent to answer "as the request
                // says", by letter to the old address (field test CX of stop 82).
                if let Some(address) = crate::engine::values::postal_address_in(text) {
                    lines.push(locales.caseworker_text(
                        "email-thread-postal",
                        &[("address", address.as_str().into())],
                    ));
                    tells_a_postal_address = true;
                }
                // As under the request's own words: what it names, in German ("Telefon,
                // 0176 …", "Frist, 11.12."), where it is not German.
                if let Some(written_in) = written_in {
                    let code = written_in.as_deref().unwrap_or(&case.language);
                    // With the countries it names ("انا عراقية مو سورية": "Irak, nicht,
                    // Syrien", where "nicht" alone was read before: stop 63).
                    let said = crate::gist::said_with_countries(
                        text,
                        code,
                        locales.words(),
                        locales.date_words(),
                    );
                    lines.extend(super::gist_line(locales, &said, CASEWORKER_LANGUAGE));
                    // A relative's name in a script the office cannot read, spelled.
                    lines.extend(super::names_line(locales, text, code, CASEWORKER_LANGUAGE));
                }
            }
            crate::store::PostWhat::Forwarded(Forwarded::File { mime, .. }) => {
                let (line, name) = if mime == "application/pdf" {
                    (
                        "email-thread-document",
                        file_name("dokument", "pdf", attachments.len()),
                    )
                } else {
                    (
                        "email-thread-photo",
                        file_name("foto", "jpg", attachments.len()),
                    )
                };
                lines.push(t(line));
                if let Some(bytes) = file {
                    attachments
                        .push(Attachment::new(name).body(bytes.clone(), super::content_type(mime)));
                }
            }
            crate::store::PostWhat::Forwarded(Forwarded::Audio { mime, .. }) => {
                // German names as in the thread's root ("Arabisch").
                let language = crate::engine::script::german_name(&case.language);
                lines.push(locales.caseworker_text(
                    "caseworker-forwarded-voice",
                    &[("language", language.into())],
                ));
                let extension = match mime.as_str() {
                    "audio/ogg" | "audio/opus" => "ogg",
                    "audio/mpeg" => "mp3",
                    "audio/mp4" | "audio/m4a" | "audio/x-m4a" => "m4a",
                    _ => "audio",
                };
                if let Some(bytes) = file {
                    attachments.push(
                        Attachment::new(file_name("sprachnachricht", extension, attachments.len()))
                            .body(bytes.clone(), super::content_type(mime)),
                    );
                }
            }
            crate::store::PostWhat::Note { text } => lines.push(text.clone()),
            crate::store::PostWhat::Root => {}
        }
    }
    if !urgent.is_empty() {
        // Above the messages, after the request's head.
        let at = lines
            .iter()
            .position(String::is_empty)
            .map_or(0, |at| at + 1);
        lines.insert(
            at,
            locales.caseworker_text(
                "email-thread-urgent",
                &[("words", urgent.join(", ").into())],
            ),
        );
        lines.insert(at + 1, String::new());
    }
    lines.push(String::new());
    // One way, the person's own address where the request asks for an email answer.
    let answer_email = email
        .about
        .as_ref()
        .and_then(|about| about.answer_email.as_ref())
        .filter(|_| email.reply_mailbox.is_none() && case.kind == CaseKind::Request);
    // "my phone number is wrong, the right is 0176 …" ended with "Bitte antworten Sie so,
    // wie es in der Anfrage steht (Telefon, …)", the wrong number (field test CE of stop 77).
    let new_address =
        new_address.filter(|_| email.reply_mailbox.is_none() && case.kind == CaseKind::Request);
    let given_later = email
        .about
        .as_ref()
        .is_some_and(|about| about.answer_email_given_later);
    let phone_given_later = email
        .about
        .as_ref()
        .and_then(|about| about.phone_given_later.as_deref())
        .filter(|_| case.kind == CaseKind::Request);
    // Answered by email, the number is said above the footer: a caseworker who calls reads
    // it (field test CQ of stop 79 read only "an die E-Mail-Adresse der Person").
    if tells_a_number.is_none()
        && let Some(number) = phone_given_later
        && (email.reply_mailbox.is_some() || answer_email.is_some() || new_address.is_some())
    {
        lines.push(
            locales.caseworker_text("email-thread-later-phone", &[("number", number.into())]),
        );
    }
    lines.push(match (email.reply_mailbox, answer_email) {
        (None, Some(address)) if new_address.is_none() && given_later => locales.caseworker_text(
            "email-thread-footer-one-way-later-email",
            &[("address", address.to_string().into())],
        ),
        (None, None)
            if tells_a_number.is_none()
                && new_address.is_none()
                && let Some(number) = phone_given_later =>
        {
            locales.caseworker_text(
                "email-thread-footer-one-way-later-number",
                &[("number", number.into())],
            )
        }
        _ => t(match (email.reply_mailbox, answer_email) {
            (Some(_), _) => "email-thread-footer",
            (None, _) if new_address.is_some() => "email-thread-footer-one-way-new-email",
            (None, Some(_)) => "email-thread-footer-one-way-email",
            (None, None) if tells_a_number.is_some() => "email-thread-footer-one-way-new-number",
            (None, None) if tells_a_postal_address => "email-thread-footer-one-way-new-postal",
            (None, None) => "email-thread-footer-one-way",
        }),
    });

    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(lines.join("\n")));
    for attachment in attachments {
        parts = parts.singlepart(attachment);
    }
    let subject = if urgent.is_empty() {
        subject
    } else {
        format!("{subject} {}", t("email-thread-maybe-urgent"))
    };
    let subject = if cancels && case.kind == CaseKind::Request {
        format!("{subject} {}", t("email-thread-maybe-cancelled"))
    } else {
        subject
    };
    let mut builder = lettre::Message::builder()
        .from(email.from.clone())
        .to(to)
        .subject(subject)
        .message_id(Some(message_id));
    if let Some(mailbox) = email
        .reply_mailbox
        .or(new_address.as_ref())
        .or(answer_email)
    {
        builder = builder.reply_to(Mailbox::new(None, mailbox.clone()));
    }
    let mut references = vec![request_id.clone()];
    if let Some(thread) = thread {
        for id in &thread.references {
            let id = header_text(id);
            if !id.is_empty() && !references.contains(&id) && references.len() < 20 {
                references.push(id);
            }
        }
        let office = header_text(&thread.office_message_id);
        if !office.is_empty() {
            builder = builder.in_reply_to(office.clone());
            if !references.contains(&office) {
                references.push(office);
            }
        }
    } else {
        builder = builder.in_reply_to(request_id);
    }
    builder = builder.references(references.join(" "));
    let mut message = builder
        .multipart(parts)
        .map_err(|source| MailError::Build {
            reference: reference.to_string(),
            source,
        })?;
    // lettre writes `Date` in UTC; the office reads its own time.
    message.headers_mut().insert_raw(HeaderValue::new(
        HeaderName::new_from_ascii_str("Date"),
        chrono::Utc::now()
            .with_timezone(&email.time_zone)
            .to_rfc2822(),
    ));
    Ok(Composed {
        reference: format!("{reference}-nachricht-{first}"),
        part: None,
        message,
        new_answer_email: new_address,
        new_answer_phone: tells_a_number
            .filter(|_| email.reply_mailbox.is_none() && case.kind == CaseKind::Request),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_back_from_our_message_ids_only() {
        let domain = "kalletal.example";
        for id in [
            "<KAL-2026-000123@kalletal.example>",
            "<KAL-2026-000123.2@KALLETAL.example>",
            " <KAL-2026-000123.m00000000000000a1@kalletal.example> ",
        ] {
            assert_eq!(
                reference_in_message_id(id, domain).as_deref(),
                Some("KAL-2026-000123"),
                "{id}"
            );
        }
        for id in [
            "<KAL-2026-000123@elsewhere.example>",
            "<CAFx7=abc@mail.gmail.com>",
            "<@kalletal.example>",
            "<not a reference@kalletal.example>",
        ] {
            assert_eq!(reference_in_message_id(id, domain), None, "{id}");
        }
    }

    #[test]
    fn references_are_found_in_subjects() {
        assert_eq!(
            references_in_subject("AW: Anmeldung (KAL-2026-000123) – Rückfrage"),
            ["KAL-2026-000123"]
        );
        assert!(references_in_subject("Re: Ihre Anfrage vom 3.12.").is_empty());
        assert!(references_in_subject("Re: E-Mail").is_empty());
    }

    /// The same words sent again days later (a field test of stop 79 read them as new):
    /// the office reads the day they were first sent, under them.
    #[test]
    fn a_message_sent_before_says_when() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let content = Content::load(&root.join("flows"), &root.join("locales"))
            .unwrap_or_else(|d| panic!("{d}"));
        let case = Case {
            reference: "KAL-2026-000001".into(),
            institution: "buergerbuero".into(),
            user: crate::engine::UserId::new("telegram", "1"),
            language: "ar".into(),
            kind: CaseKind::Request,
            opened_at: chrono::Utc::now(),
            closed_at: None,
            thread: None,
            email: None,
            answer_email: None,
            answer_phone: None,
        };
        let from: Mailbox = "Kompass <kompass@kalletal.example.org>".parse().unwrap();
        for (sent_before, said) in [
            (chrono::NaiveDate::from_ymd_opt(2026, 12, 3), true),
            (None, false),
        ] {
            let post = RoomPost {
                id: "p1".into(),
                reference: case.reference.clone(),
                institution: case.institution.clone(),
                what: crate::store::PostWhat::Forwarded(Forwarded::Text {
                    text: "رقم الهاتف غلط، الصحيح 0176 87654321".into(),
                    sent_before,
                }),
                by_email: true,
                queued_at: None,
            };
            let email = ThreadEmail {
                posts: vec![(&post, None)],
                case: &case,
                institution_name: "Bürgerbüro",
                institution_email: "buergerbuero@kalletal.example.org",
                from: &from,
                reply_mailbox: None,
                time_zone: chrono_tz::Europe::Berlin,
                about: None,
            };
            let composed = thread_email(&content.locales, &email).unwrap();
            let text = String::from_utf8(composed.message.formatted()).unwrap();
            let line = "Dieselbe Nachricht hat die Person schon am 03.12.2026 geschickt.";
            assert_eq!(text.contains(line), said, "{text}");
        }
    }

    #[test]
    fn header_text_from_an_office_cannot_add_headers() {
        assert_eq!(
            header_text("Anmeldung\r\nBcc: all@example.org"),
            "Anmeldung  Bcc: all@example.org"
        );
    }
}
