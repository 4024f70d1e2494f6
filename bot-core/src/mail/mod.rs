//! The email a request becomes: one message to the institution, in its language, listing
//! every field, with the photos attached (`01-reisepass.jpg` …) and a machine-readable
//! `request.json`; and the transports that deliver it.
//!
//! Nothing a newcomer typed goes into a header: the subject is the form's title and the
//! reference number, so user text cannot inject headers. The Message-ID is derived from the
//! reference number, so a resend after a crash can be recognised as the same message.
//!
//! Transports (`.eml` folder, SMTP) are in `transport`.

mod thread;
mod transport;

pub use thread::{
    RequestAbout, ThreadEmail, reference_in_message_id, references_in_subject, thread_email,
};
pub use transport::{EmlDirectory, Security, Smtp, SmtpSettings, Transport, is_loopback};

use std::path::PathBuf;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use serde_json::json;

use crate::content::{Content, FieldKind, OtherAnswer};
use crate::date_words::weekday_key;
use crate::engine::address_spelling::{address_spelling, latin_spelling};
use crate::engine::script::{Script, main_script};
use crate::engine::untranslated_language_read;
use crate::engine::{
    Answer, AnswerWay, Engine, InterpreterLanguage, LatinSpelling, interpreter_language_name,
    values,
};
use crate::gist::{self, Said};
use crate::i18n::strip_bidi_marks;
use crate::request::Request;
use crate::words::WordLists;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error(
        "request {reference} names institution `{institution}`, which the content no longer has"
    )]
    UnknownInstitution {
        reference: String,
        institution: String,
    },
    #[error("request {reference}: the address `{address}` is not usable: {source}")]
    Address {
        reference: String,
        address: String,
        source: lettre::address::AddressError,
    },
    #[error("request {reference}: attachment {id} is missing from storage")]
    MissingAttachment { reference: String, id: String },
    #[error("request {reference}: building the email failed: {source}")]
    Build {
        reference: String,
        source: lettre::error::Error,
    },
    #[error("writing {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("SMTP settings: {0}")]
    SmtpSettings(String),
    #[error("SMTP delivery of {reference} failed ({kind}): {message}")]
    Smtp {
        reference: String,
        kind: &'static str,
        permanent: bool,
        message: String,
    },
}

/// An email ready to hand to a transport.
#[derive(Debug)]
pub struct Composed {
    pub reference: String,
    /// `(n, of)` when the request is split into several emails.
    pub part: Option<(usize, usize)>,
    pub message: lettre::Message,
    /// A new address the person gave in an addendum to be answered at (thread emails
    /// only): the case keeps it for later addenda once this email is sent.
    pub new_answer_email: Option<lettre::Address>,
    /// A phone number the person gave in an addendum (thread emails only), kept likewise.
    pub new_answer_phone: Option<String>,
}

impl Composed {
    /// A stable name for this email: `KAL-2026-000123` or `KAL-2026-000123-teil-2`.
    pub fn name(&self) -> String {
        match self.part {
            None => self.reference.clone(),
            Some((n, _)) => format!("{}-teil-{n}", self.reference),
        }
    }
}

/// Base64 grows attachments by a third; headers and the body add a little.
fn encoded_size(bytes: usize) -> u64 {
    // Base64 in lines of 76 characters and CRLF (57 bytes a line), plus the part's headers.
    (bytes as u64).div_ceil(BASE64_LINE_BYTES) * 78 + 2048
}

const BASE64_LINE_BYTES: u64 = 57;

/// Room left in every email for the text, `request.json` and headers when one file is
/// alone in a part: far more than the longest request text.
const TEXT_RESERVE: u64 = 256 * 1024;

/// The largest file that fits into one email of at most `max_email_bytes` beside the
/// request's text once base64-encoded. Uploads above it are refused, so no email exceeds
/// `max_email_mb`.
pub fn largest_attachment(max_email_bytes: u64) -> u64 {
    max_email_bytes.saturating_sub(TEXT_RESERVE + 2048) / 78 * BASE64_LINE_BYTES
}

/// What an email says beyond the request itself: the municipality's clock and whether the
/// office can answer in a caseworker room.
#[derive(Debug, Clone)]
pub struct MailContext {
    /// Times in the email (received at, the `Date` header) are in this zone, not UTC.
    pub time_zone: chrono_tz::Tz,
    /// Caseworker rooms are connected: an institution with a room answers there.
    pub rooms_available: bool,
    /// Kompass's own mailbox (read over IMAP): the Reply-To of every request email, so an
    /// office's answer reaches the newcomer in their messenger.
    pub reply_mailbox: Option<lettre::Address>,
}

/// A request as the office reads it, in the institution's email language: the lines of the
/// email's text, its attachments' names and the machine-readable `request.json`. The email
/// and the caseworker room's thread root are both made from it.
#[derive(Debug, Clone)]
pub struct RequestText {
    pub subject: String,
    pub lines: Vec<String>,
    /// How many of `lines` are the request itself (before the list of attachments).
    pub summary_lines: usize,
    /// Attachments in order: file name, MIME type, upload id.
    pub files: Vec<(String, String, String)>,
    pub json: serde_json::Value,
    /// The newcomer's email address when the office answers by email (no caseworker room):
    /// the email's `Reply-To`. A parsed address, never free text.
    pub reply_to: Option<lettre::Address>,
}

/// "Darin erkannt (Wort für Wort, keine Übersetzung): …" in `lang`: what an untranslated
/// text of the person's says, word by word (`said`, [`gist::said_in`]); `None` where it
/// says nothing.
pub(crate) fn gist_line(
    locales: &crate::i18n::Locales,
    said: &[Said],
    lang: &str,
) -> Option<String> {
    if said.is_empty() {
        return None;
    }
    let words: Vec<String> = said
        .iter()
        .map(|item| item.shown(lang, locales.date_words()))
        .collect();
    Some(strip_bidi_marks(&locales.text(
        lang,
        "email-note-gist",
        &[("words", words.join(", ").into())],
    )))
}

/// "Darin genannte Namen, in lateinischen Buchstaben etwa: Fatima (فاطمة)" in `lang`: the
/// names `text` (written in `code`) introduces ("اسمها فاطمة", her name is Fatima;
/// [`crate::words::WordLists::names_introduced`]) or writes after a word for a family member
/// ("ولمرتي فاطمة"; [`crate::words::WordLists::names_after_relatives`]) in a script other than
/// Latin, each with a spelling made by Kompass; `None` where there is none. A relative's name in a note or a
/// message after the request reached the office in a script it cannot read, not even to
/// say it on the phone (field test CE of stop 77).
/// Names right before a date ("Коваленко Ірина 12.04.1987", "Коваленко Ірина,
/// 12.04.1987"): a person's, with their birth date, however far the word for the relative
/// stands (field test CX of stop 82 read "Ehefrau, 12.04.1987" in an addendum asking to
/// register the wife, her name in Cyrillic letters only). Two or three names; one where it
/// surely is a name: in Arabic letters one Kompass knows the spelling of, also before a
/// year alone ("الاولاد: يوسف 12.10.2015، مريم 3.3.2018، آدم 2022"), and in Cyrillic one
/// inside a sentence ("діти Марія 12.03.2015 і Богдан 05.06.2018"), not its first word
/// (field test CY of stop 82: only the mother's name was spelled of four).
fn names_before_dates(text: &str, looks_like_a_name: &dyn Fn(&str) -> bool) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut names = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let date = word.trim_end_matches(['.', ',', ';', '،', '؛']);
        let year = crate::engine::values::normalize_digits(date);
        let a_year = year.len() == 4
            && year.chars().all(|c| c.is_ascii_digit())
            && (1900..=2100).contains(&year.parse::<u32>().unwrap_or(0));
        if !a_year && !crate::engine::values::looks_like_a_date(date) {
            continue;
        }
        let mut name: Vec<&str> = Vec::new();
        for (back, before) in words[..at].iter().rev().enumerate() {
            // A comma after the last name only: before it, punctuation ends the name.
            let bare = if back == 0 {
                before.trim_end_matches([',', '،'])
            } else {
                before
            };
            if name.len() == 3 || !looks_like_a_name(bare) {
                break;
            }
            name.push(bare);
        }
        let surely = match name.as_slice() {
            [one] => match main_script(one) {
                Some(Script::Arabic) => true,
                Some(Script::Cyrillic) if !a_year => words[..at]
                    .iter()
                    .rev()
                    .nth(1)
                    .is_some_and(|before| !before.ends_with(['.', '!', '?'])),
                _ => false,
            },
            [] => false,
            _ => !a_year,
        };
        if surely {
            name.reverse();
            names.push(name.join(" "));
        }
    }
    names
}

pub(crate) fn names_line(
    locales: &crate::i18n::Locales,
    text: &str,
    code: &str,
    lang: &str,
) -> Option<String> {
    let spellings = locales.name_spellings();
    let dates = locales.date_words();
    // After a word for a family member only what surely is a name: a capitalised word in
    // Cyrillic letters, a name Kompass knows the spelling of in Arabic letters.
    let looks_like_a_name = |word: &str| match main_script(word) {
        Some(Script::Cyrillic) => word.chars().next().is_some_and(char::is_uppercase),
        Some(Script::Arabic) => spellings
            .spelling(&crate::words::fold(word), code)
            .is_some(),
        _ => false,
    };
    let words = locales.words();
    let mut names: Vec<String> = Vec::new();
    for name in words
        .names_introduced(text)
        .into_iter()
        .chain(words.names_after_relatives(text, &|word| dates.is_member(word), &looks_like_a_name))
        .chain(names_before_dates(text, &looks_like_a_name))
    {
        if crate::engine::script::is_latin(&name) {
            continue;
        }
        let Some(latin) = crate::engine::script::latin_suggestion(&name, code, spellings) else {
            continue;
        };
        let shown = format!("{latin} ({name})");
        if !names.contains(&shown) {
            names.push(shown);
        }
    }
    (!names.is_empty()).then(|| {
        strip_bidi_marks(&locales.text(
            lang,
            "email-names-latin",
            &[("names", names.join(", ").into())],
        ))
    })
}

/// Builds [`RequestText`] for `request`.
pub fn request_text(
    request: &Request,
    content: &Content,
    engine: &Engine,
    context: MailContext,
) -> Result<RequestText, MailError> {
    let reference = request.reference.clone();
    let institution = content
        .flow
        .institution(&request.institution)
        .ok_or_else(|| MailError::UnknownInstitution {
            reference: reference.clone(),
            institution: request.institution.clone(),
        })?;
    let form = content.flow.form(&request.form);
    let lang = institution.email_language.as_str();
    let t = |id: &str| strip_bidi_marks(&content.locales.text(lang, id, &[]));
    let title = form.map_or_else(|| request.form.clone(), |f| t(&f.title));
    let mut subject = strip_bidi_marks(&content.locales.text(
        lang,
        "email-subject",
        &[
            ("reference", reference.as_str().into()),
            ("title", title.as_str().into()),
        ],
    ));
    // "Deutsch (de)", "Arabisch (ar)": the name in the office's language where the table of
    // interpreter languages has it, else the locale's own name.
    let person_language = match crate::engine::interpreter_language(&request.language) {
        Some(_) => {
            interpreter_language_name(&InterpreterLanguage::Code(request.language.clone()), lang)
        }
        None if request.language == lang => t("language-name"),
        None => strip_bidi_marks(&content.locales.language_name(&request.language)),
    };
    let mut body = vec![
        t("email-intro"),
        String::new(),
        format!("{}: {reference}", t("email-reference")),
        format!(
            "{}: {}",
            t("email-submitted-at"),
            request
                .submitted_at
                .with_timezone(&context.time_zone)
                .format("%d.%m.%Y %H:%M")
        ),
        format!(
            "{}: {}",
            t("email-channel"),
            channel_name(&request.user.channel)
        ),
        format!(
            "{}: {person_language} ({})",
            t("email-person-language"),
            request.language
        ),
    ];
    // "دری لطفا، فارسی نه" (Dari please, not Farsi): the chat is Persian, the person's
    // language Dari (field test BT of stop 74 read only Persian).
    let named_language = request
        .spoken
        .as_deref()
        .and_then(crate::engine::interpreter_language)
        .map(|(_, german)| german.to_string());
    if let Some(named) = &named_language {
        body.push(strip_bidi_marks(&content.locales.text(
            lang,
            "email-person-language-named",
            &[("language", named.clone().into())],
        )));
    }
    // The same person's requests to this office sent lately and still open: perhaps the
    // same matter (a field test's second request did not say there was a first).
    if !request.earlier.is_empty() {
        let earlier: Vec<String> = request
            .earlier
            .iter()
            .map(|sent| format!("{} ({})", sent.reference, sent.submitted.format("%d.%m.%Y")))
            .collect();
        body.push(strip_bidi_marks(&content.locales.text(
            lang,
            "email-earlier",
            &[("requests", earlier.join(", ").into())],
        )));
    }
    // A helper (a neighbour, a volunteer, a social worker) is no family member: the office
    // read "the chat named a family member" for a volunteer's request (field test BF of
    // stop 70).
    if request.by_helper {
        body.push(t("email-by-helper"));
    } else if request.for_relative {
        body.push(t("email-for-relative"));
        // Which one, as the person's words name them: "a family member" alone left the
        // caseworker to guess whom to ask for on the phone (field test CC of stop 76).
        let named = family_named(request, content, engine);
        if !named.is_empty() {
            body.push(strip_bidi_marks(&content.locales.text(
                lang,
                "email-relative-named",
                &[("who", named.join(", ").into())],
            )));
        }
    }
    // Whose name the request holds: asked as the person's, or perhaps the writer's own
    // (field test CA of stop 75: Samira wrote for her mother Amal).
    match request.person_asked_as_theirs {
        Some(true) => body.push(t("email-person-asked-as-theirs")),
        Some(false) => body.push(t("email-person-asked-before")),
        None => {}
    }
    body.push(String::new());
    body.push(title.clone());
    let mut fields_json = Vec::new();
    let mut files: Vec<(String, String, String)> = Vec::new();
    let words = content.locales.words();
    // A word that calls the person written to ("merhaba kardesim", "شكرا اخي") is no
    // brother named: the gist leaves it out, as the engine does when it asks who is meant.
    let said_in = |text: &str, code: &str| {
        gist::said_in(
            &engine.without_vocatives(text),
            code,
            words,
            content.locales.date_words(),
        )
    };
    // Whether `text` says something in `code`'s `gist` words that the office's language
    // and English do not ("Polizei", "deadline" are in its list too): it is in `code`.
    let gist_of_own_language = |text: &str, code: &str, office: &str| {
        code != office && {
            let elsewhere: Vec<Said> = [office, "en"]
                .into_iter()
                .flat_map(|other| said_in(text, other))
                .collect();
            said_in(text, code)
                .iter()
                .any(|said| !said.is_a_day() && !elsewhere.contains(said))
        }
    };
    // What the person's own words say that looks urgent ("Frist", "Gewalt"), with the days
    // they name: said at the top, and in the subject.
    let mut urgent: Vec<Said> = Vec::new();
    let sent_on = request
        .submitted_at
        .with_timezone(&context.time_zone)
        .date_naive();
    for (field_id, answer) in &request.answers {
        let field = form.and_then(|f| f.fields.iter().find(|field| field.id == *field_id));
        let label = field.map_or_else(|| field_id.clone(), |f| t(&f.label));
        // Kompass's own lines for the office among the person's words ("Die Person gibt
        // an, das verlangte Dokument nicht zu haben …") stand under them, in the office's
        // language, not labelled as the person's untranslated words (field tests CA of
        // stop 75 and CC of stop 76).
        let (persons_words, office_lines) = match (field, answer) {
            (Some(field), Answer::Text(text))
                if text.split('\n').any(|line| engine.is_office_line(line))
                    && text.split('\n').any(|line| !engine.is_office_line(line)) =>
            {
                let (office, person): (Vec<&str>, Vec<&str>) = text
                    .split('\n')
                    .partition(|line| engine.is_office_line(line));
                let office: Vec<String> = office
                    .into_iter()
                    .map(|line| {
                        strip_bidi_marks(&engine.display_answer(
                            field,
                            &Answer::Text(line.to_string()),
                            lang,
                        ))
                    })
                    .collect();
                (Some(Answer::Text(person.join("\n"))), office)
            }
            _ => (None, Vec::new()),
        };
        let answer = persons_words.as_ref().unwrap_or(answer);
        let display = match (field, answer) {
            // The office's name of a language with the person's words, whichever the
            // office's language (the person's summary shows their words alone).
            (Some(_), Answer::Interpreter(Some(language))) => {
                strip_bidi_marks(&interpreter_language_name(language, lang))
            }
            _ => field.map_or_else(
                || format!("{answer:?}"),
                |f| strip_bidi_marks(&engine.display_answer(f, answer, lang)),
            ),
        };
        // A move-in date beyond the deadline to register: how long ago, beside the date,
        // counted to the day the request was sent (the office had to count it).
        let display = match (field.map(|f| &f.kind), answer) {
            (
                Some(FieldKind::Date {
                    deadline_days: Some(deadline),
                    ..
                }),
                Answer::Date(date),
            ) if let days = (request
                .submitted_at
                .with_timezone(&context.time_zone)
                .date_naive()
                - *date)
                .num_days()
                && days > i64::from(*deadline) =>
            {
                strip_bidi_marks(&content.locales.text(
                    lang,
                    "email-date-past-deadline",
                    &[
                        ("date", display.as_str().into()),
                        ("days", days.into()),
                        ("deadline", i64::from(*deadline).into()),
                    ],
                ))
            }
            _ => display,
        };
        // Photos sent after "I have no passport": of another paper, which the label
        // ("Fotos: Reisepass") and the file's name would otherwise call the passport.
        let other_paper = matches!(answer, Answer::Photos(photos) if !photos.is_empty())
            && request.without_papers.contains(field_id);
        let display = if other_paper {
            strip_bidi_marks(&content.locales.text(
                lang,
                "email-photos-other-paper",
                &[("photos", display.as_str().into())],
            ))
        } else {
            display
        };
        // Free text the person typed: text fields, addresses, and a choice's own answer
        // ("another country").
        let typed = match field.map(|f| &f.kind) {
            Some(FieldKind::Text { .. } | FieldKind::Code { .. } | FieldKind::Address { .. }) => {
                !matches!(answer, Answer::Voice { .. })
            }
            Some(FieldKind::Choice { other: Some(_), .. }) => matches!(answer, Answer::Text(_)),
            _ => false,
        };
        // It goes to the office as the person wrote it: the label says so, and in which
        // language, unless it is German.
        let untranslated = match answer {
            // "kartim 20.12.2026 bitiyor" (my card runs out on 20.12.2026) was unlabelled,
            // and its deadline unread (a field test of stop 68): too short to tell its
            // language, but its `gist` words are the person's language's only.
            // An address in Latin letters is names and numbers, in no language: "Am
            // Sportplatz 2, 32689 Kalletal-Varenholz" read "(Türkisch, nicht übersetzt)"
            // in a Turkish chat (field test BQ of stop 73).
            Answer::Text(text)
                if matches!(field.map(|f| &f.kind), Some(FieldKind::Address { .. }))
                    && main_script(text) == Some(Script::Latin) =>
            {
                None
            }
            Answer::Text(text) if typed => {
                untranslated_language_read(text, &request.language, &content.locales).or_else(
                    || {
                        (own_common_words(text, &request.language, lang, words)
                            || gist_of_own_language(text, &request.language, lang))
                        .then(|| Some(request.language.clone()))
                    },
                )
            }
            // "Telefon: 05261 123456 (kızımın numarası, akşam 6'dan sonra arayın)": whose
            // number and when to call, in a language the caseworker had to guess (a
            // caseworker's reading of the emails).
            // "shomare shoharam Ali" (my husband Ali's number, Persian in Latin letters) was
            // unlabelled (a caseworker's reading of stop 59): where the person's language
            // has words of it (`gist`), it is in that language.
            Answer::PhoneWithNote { note, .. } => {
                untranslated_language_read(note, &request.language, &content.locales).or_else(
                    || {
                        gist_of_own_language(note, &request.language, lang)
                            .then(|| Some(request.language.clone()))
                    },
                )
            }
            _ => None,
        };
        // Messages kept in several languages (English, then Arabic after a switch) are
        // labelled with each: "Anliegen (Englisch, nicht übersetzt)" over Arabic lines was
        // wrong (a field test of stop 63).
        let line_languages: Vec<String> = match (answer, &untranslated) {
            (Answer::Text(text), Some(_)) if text.lines().count() > 1 => {
                let mut codes: Vec<String> = Vec::new();
                for line in text.lines() {
                    if let Some(Some(code)) =
                        untranslated_language_read(line, &request.language, &content.locales)
                        && !codes.contains(&code)
                    {
                        codes.push(code);
                    }
                }
                // The whole's language too, where lines too short to tell are in it.
                if let Some(Some(whole)) = &untranslated
                    && !codes.is_empty()
                    && !codes.contains(whole)
                {
                    codes.insert(0, whole.clone());
                }
                codes
            }
            _ => Vec::new(),
        };
        let labelled = |label: &str| match &untranslated {
            None => label.to_string(),
            Some(Some(_)) if line_languages.len() > 1 => {
                let names: Vec<String> = line_languages
                    .iter()
                    .map(|code| {
                        let name = interpreter_language_name(
                            &InterpreterLanguage::Code(code.clone()),
                            lang,
                        );
                        without_aside(&name).to_string()
                    })
                    .collect();
                strip_bidi_marks(&content.locales.text(
                    lang,
                    "email-untranslated",
                    &[
                        ("label", label.into()),
                        ("language", names.join(", ").into()),
                    ],
                ))
            }
            Some(Some(code)) => {
                let name =
                    interpreter_language_name(&InterpreterLanguage::Code(code.clone()), lang);
                strip_bidi_marks(&content.locales.text(
                    lang,
                    "email-untranslated",
                    &[
                        ("label", label.into()),
                        ("language", without_aside(&name).into()),
                    ],
                ))
            }
            Some(None) => strip_bidi_marks(&content.locales.text(
                lang,
                "email-untranslated-unknown",
                &[("label", label.into())],
            )),
        };
        let shown_label = labelled(&label);
        // A short answer in a script the office cannot read (a country, a town) also gets
        // a Latin spelling, so that a caseworker can at least say it; so does an address
        // the person could not write in Latin letters. Only in fields for a short datum: a
        // message ("لا شيء", "nothing") is not made readable by a spelling.
        let latin_spelling = match (field.map(|f| &f.kind), &untranslated, answer) {
            // A name from someone without a document in Latin letters went out in its own
            // script only, though Kompass had offered a spelling (Persian and Arabic field
            // tests: the caseworker cannot even say it on the phone): that spelling, as a
            // reading aid.
            (
                _,
                _,
                Answer::Name {
                    original,
                    latin: LatinSpelling::NoDocument,
                },
            ) => crate::engine::script::latin_suggestion(
                original,
                &request.language,
                content.locales.name_spellings(),
            ),
            (Some(FieldKind::Address { .. }), Some(_), Answer::Text(text)) => address_spelling(
                text,
                &request.language,
                &content.flow.places,
                content.locales.words(),
                content.locales.name_spellings(),
            ),
            (
                Some(
                    FieldKind::Text { max_length }
                    | FieldKind::Choice {
                        other: Some(OtherAnswer { max_length, .. }),
                        ..
                    },
                ),
                Some(_),
                Answer::Text(text),
            ) if *max_length <= SHORT_DATUM_LENGTH
                && text.split_whitespace().count() <= SPELLED_OUT_WORDS =>
            {
                latin_spelling(text, &request.language, content.locales.name_spellings())
            }
            _ => None,
        };
        let display = match &latin_spelling {
            Some(latin) => strip_bidi_marks(&content.locales.text(
                lang,
                "email-untranslated-latin",
                &[
                    ("text", display.as_str().into()),
                    ("latin", latin.as_str().into()),
                ],
            )),
            None => display,
        };
        let mut file_names = Vec::new();
        // "Anliegen: Sprachnachricht (0:32) (im Anhang: 01-sprachnachricht.ogg)": which
        // file to play.
        let display = match answer {
            Answer::Voice { audio, .. } => {
                let name = format!(
                    "{:02}-sprachnachricht.{}",
                    files.len() + 1,
                    audio_extension(&audio.mime)
                );
                let shown = strip_bidi_marks(&content.locales.text(
                    lang,
                    "email-attached",
                    &[
                        ("value", display.as_str().into()),
                        ("file", name.as_str().into()),
                    ],
                ));
                file_names.push(name.clone());
                files.push((name, audio.mime.clone(), audio.id.clone()));
                shown
            }
            _ => display,
        };
        // "067 123 45 67" in a Ukrainian chat: dialled in Germany, it reaches a German area
        // code, not the person (field test CH of stop 77). Kompass's reading of it as the
        // country's mobile number, beside it, as a guess.
        let display = match answer {
            Answer::Phone(number) | Answer::PhoneWithNote { number, .. } => {
                match values::foreign_mobile(number, &request.language) {
                    Some(foreign) => strip_bidi_marks(&content.locales.text(
                        lang,
                        "email-phone-foreign",
                        &[
                            ("number", display.as_str().into()),
                            ("foreign", foreign.into()),
                        ],
                    )),
                    None => display,
                }
            }
            _ => display,
        };
        // Every number of a phone's note on the phone's line: "(واتساب) و 0151 2345678
        // (زوجي)" hid the second number in Arabic words, "veya 0151 2345678" behind a
        // Turkish "or" (a field test). The note stays where it says more than one word.
        let more_numbers = match answer {
            Answer::PhoneWithNote { number, note } => {
                let (more, words) = values::numbers_in_note(note);
                (!more.is_empty()).then(|| {
                    let numbers = std::iter::once(number.clone())
                        .chain(more)
                        .collect::<Vec<_>>();
                    (numbers, words > 1)
                })
            }
            _ => None,
        };
        // What an untranslated phone's note or message says, word by word: "رقم الجار" was
        // the neighbour's number, and the office would have called a stranger (a
        // caseworker's reading of stop 59); "Термін до 11.12., терміново" was a deadline
        // the office could not read (a field test of stop 60).
        let own_words = match (answer, field.map(|f| &f.kind)) {
            (Answer::PhoneWithNote { note, .. }, _) => Some(note),
            (Answer::Text(text), Some(FieldKind::Text { .. } | FieldKind::Choice { .. }))
                if typed =>
            {
                Some(text)
            }
            _ => None,
        };
        let said = own_words.map(|text| {
            let code = match &untranslated {
                Some(code) => code.as_deref().unwrap_or(&request.language),
                None => lang,
            };
            // With the countries it names: a nationality corrected in a kept sentence.
            gist::said_with_countries(
                &engine.without_vocatives(text),
                code,
                words,
                content.locales.date_words(),
            )
        });
        // A day within two weeks to come is urgent too: "надо прийти 10.12." (I must come
        // on 10.12., four days later) had no mark, and the person was told an answer may
        // take a few days (field test G of stop 68).
        if let (Some(said), true) = (&said, typed)
            && said.iter().any(|item| item.sounds_urgent(words, sent_on))
        {
            for item in said {
                if (item.is_urgent(words) || item.is_a_day()) && !urgent.contains(item) {
                    urgent.push(item.clone());
                }
            }
        }
        let gist: Vec<String> = match (&said, &untranslated, own_words) {
            (Some(said), Some(code), Some(text)) => gist_line(&content.locales, said, lang)
                .into_iter()
                .chain(names_line(
                    &content.locales,
                    text,
                    code.as_deref().unwrap_or(&request.language),
                    lang,
                ))
                .collect(),
            _ => Vec::new(),
        };
        match (answer, &untranslated, &more_numbers) {
            (Answer::PhoneWithNote { note, .. }, _, Some((numbers, note_kept))) => {
                body.push(format!("{label}: {}", numbers.join(", ")));
                if *note_kept {
                    body.push(format!(
                        "{}: {}",
                        labelled(&t("email-phone-note")),
                        indent_continuation(note)
                    ));
                    body.extend(gist.iter().map(|line| format!("    {line}")));
                }
            }
            // A phone's note in another language on a line of its own, labelled so: on the
            // phone's line, "Telefon (Arabisch, nicht übersetzt): 0176 …" read as if the
            // number were (a field test).
            (Answer::PhoneWithNote { number, note }, Some(_), None) => {
                body.push(format!("{label}: {number}"));
                body.push(format!(
                    "{}: {}",
                    labelled(&t("email-phone-note")),
                    indent_continuation(note)
                ));
                body.extend(gist.iter().map(|line| format!("    {line}")));
            }
            // The interpreter's language is at the top of the email already
            // (`email-interpreter`): a second line said it again under another name.
            (Answer::Interpreter(_), _, _) => {}
            _ => {
                body.push(format!("{shown_label}: {}", indent_continuation(&display)));
                body.extend(gist.iter().map(|line| format!("    {line}")));
            }
        }
        body.extend(office_lines);
        // When the person can come, in their words, under "Keine dieser Zeiten passt": labelled
        // with their language where it is not the office's, and read word by word.
        for said in request
            .said_with
            .iter()
            .filter(|said| said.field == *field_id)
        {
            // "tene dusem" (only Monday, Kurmanji without its accents) is too short to
            // tell: its `gist` words are the person's language's only (field test G of
            // stop 68 found it unlabelled, and unread).
            let language =
                untranslated_language_read(&said.words, &request.language, &content.locales)
                    .or_else(|| {
                        gist_of_own_language(&said.words, &request.language, lang)
                            .then(|| Some(request.language.clone()))
                    });
            let code = match &language {
                Some(Some(code)) => code.clone(),
                _ => request.language.clone(),
            };
            // Under a date, the only words are a Persian-calendar date it was converted from.
            let label = t(
                if matches!(field.map(|field| &field.kind), Some(FieldKind::Date { .. })) {
                    "email-said-with-date"
                } else {
                    "email-said-with"
                },
            );
            let label = match &language {
                Some(Some(code)) => strip_bidi_marks(
                    &content.locales.text(
                        lang,
                        "email-untranslated",
                        &[
                            ("label", label.as_str().into()),
                            (
                                "language",
                                without_aside(&interpreter_language_name(
                                    &InterpreterLanguage::Code(code.clone()),
                                    lang,
                                ))
                                .into(),
                            ),
                        ],
                    ),
                ),
                _ => label,
            };
            // A Persian-calendar date in Western digits too: "۱۳۴۰/۵/۱۲" alone was a date
            // the caseworker could not read (field test CB of stop 76).
            let shown = match field.map(|field| &field.kind) {
                Some(FieldKind::Date { .. }) => {
                    let western = crate::words::normalize_digits(&said.words);
                    if western == said.words {
                        said.words.clone()
                    } else {
                        format!("{western} ({})", said.words)
                    }
                }
                _ => said.words.clone(),
            };
            body.push(format!("{label}: {}", indent_continuation(&shown)));
            if language.is_some() {
                let said = gist::said_with_countries(
                    &engine.without_vocatives(&said.words),
                    &code,
                    words,
                    content.locales.date_words(),
                );
                body.extend(
                    gist_line(&content.locales, &said, lang).map(|gist| format!("    {gist}")),
                );
            }
        }
        if let Answer::Photos(photos) = answer {
            let base = match field.map(|f| &f.kind) {
                Some(FieldKind::Photos { file_name, .. }) => file_name.clone(),
                _ => field_id.clone(),
            };
            // `01-statt-reisepass.jpg`: German as the other files' names are.
            let base = if other_paper {
                format!("statt-{base}")
            } else {
                base
            };
            for photo in photos {
                let extension = match photo.mime.as_str() {
                    "image/png" => "png",
                    "image/webp" => "webp",
                    "application/pdf" => "pdf",
                    _ => "jpg",
                };
                let name = format!("{:02}-{base}.{extension}", files.len() + 1);
                file_names.push(name.clone());
                files.push((name, photo.mime.clone(), photo.id.clone()));
            }
        }
        let mut field_json = json!({
            "id": field_id,
            "label": label,
            "kind": field.map_or("unknown", |f| f.kind.name()),
            "value": answer_json(answer),
            "text": display,
            "files": file_names,
        });
        let said_with: Vec<&str> = request
            .said_with
            .iter()
            .filter(|said| said.field == *field_id)
            .map(|said| said.words.as_str())
            .collect();
        if let (false, Some(object)) = (said_with.is_empty(), field_json.as_object_mut()) {
            object.insert("said".into(), json!(said_with));
        }
        if let (Answer::PhoneWithNote { note, .. }, Some(object)) =
            (answer, field_json.as_object_mut())
        {
            object.insert("note".into(), json!(note));
            if let Some((numbers, _)) = &more_numbers {
                object.insert("numbers".into(), json!(numbers));
            }
        }
        if let (true, Some(object)) = (other_paper, field_json.as_object_mut()) {
            object.insert("other_paper".into(), json!(true));
        }
        if let (true, Some(object)) = (typed, field_json.as_object_mut()) {
            object.insert("translated".into(), json!(untranslated.is_none()));
            object.insert("text_language".into(), json!(untranslated.flatten()));
            object.insert("latin_spelling".into(), json!(latin_spelling));
        }
        fields_json.push(field_json);
    }
    let interpreter = request.answers.iter().find_map(|(_, answer)| match answer {
        Answer::Interpreter(language) => Some(language.clone()),
        _ => None,
    });
    if let Some(interpreter) = &interpreter {
        let text = match interpreter {
            // "Sprachmittlung: Keine Sprachmittlung nötig" read as "German is fine" (a
            // caseworker's reading of stop 59): it is what the person answered.
            None if request.for_relative => t("email-interpreter-no-writer"),
            None => t("email-interpreter-no"),
            Some(language) => interpreter_language_name(language, lang),
        };
        body.insert(6, format!("{}: {text}", t("email-interpreter")));
    }
    // "Термін до 11.12. … терміново" in a Ukrainian message was a deadline the office could
    // not see (a field test of stop 60): the words that look urgent, at the end of the
    // request's head and in the subject, for a full inbox.
    let urgent_words: Vec<String> = urgent
        .iter()
        .map(|item| item.shown(lang, content.locales.date_words()))
        .collect();
    if !urgent.is_empty() {
        let head_end = body
            .iter()
            .skip(2)
            .position(String::is_empty)
            .map_or(body.len(), |at| at + 2);
        body.insert(
            head_end,
            strip_bidi_marks(&content.locales.text(
                lang,
                "email-urgent",
                &[("words", urgent_words.join(", ").into())],
            )),
        );
        subject = strip_bidi_marks(&content.locales.text(
            lang,
            "email-subject-urgent",
            &[
                ("reference", reference.as_str().into()),
                ("title", title.as_str().into()),
            ],
        ));
    }
    let summary_lines = body.len();
    body.push(String::new());
    body.push(format!("{}:", t("email-attachments")));
    for (name, _, _) in &files {
        body.push(format!("- {name}"));
    }
    body.push("- request.json".to_string());
    body.push(String::new());
    // How the office can answer: the rule the newcomer was told by after sending
    // (`AnswerWay::of`), applied again now, as rooms and the reply mailbox are now.
    let (mut email, mut phone, mut phone_note) = (None, None, None);
    for (_, answer) in &request.answers {
        if let Answer::Email(address) = answer {
            email = email.or(Some(address.as_str()));
        }
        if let Answer::PhoneWithNote { note, .. } = answer {
            phone_note = phone_note.or(Some(note.as_str()));
        }
        phone = phone.or(answer.phone_number());
    }
    let has_room = context.rooms_available && institution.matrix_room.is_some();
    let relayed = context.reply_mailbox.is_some();
    let mut way = AnswerWay::of(
        has_room || relayed,
        request.answers.iter().map(|(_, a)| a),
        content.locales.words(),
    );
    if let Some(form) = form {
        way = way.or_letter(form, |id| request.answer(id));
    }
    let reply_to = context
        .reply_mailbox
        .clone()
        .or_else(|| address_to_answer(way, email));
    body.push(t(match way {
        AnswerWay::Chat if has_room => "email-answer-room",
        AnswerWay::Chat => "email-answer-relay",
        AnswerWay::Email if reply_to.is_some() => "email-answer-email",
        // An address lettre cannot read is no Reply-To: then the phone, if one was given.
        // Written for someone else: "call the person" stood two lines under "the phone may
        // be the writer's" (field test BY of stop 75).
        AnswerWay::Email | AnswerWay::Phone
            if phone.is_some() && (request.for_relative || request.by_helper) =>
        {
            "email-answer-phone-writer"
        }
        AnswerWay::Email | AnswerWay::Phone if phone.is_some() => "email-answer-phone",
        // "nur WhatsApp, keine Anrufe": a call would be refused (a field test).
        AnswerWay::Message => "email-answer-message",
        AnswerWay::Letter => "email-answer-letter",
        AnswerWay::Email | AnswerWay::Phone | AnswerWay::Unknown => "email-answer-none",
    }));
    // A letter may come after the deadline: the person was told to come (the same words
    // as the engine's `request-urgent-letter`, said where the request sounds urgent).
    if way == AnswerWay::Letter && !urgent.is_empty() {
        body.push(t("email-answer-letter-urgent"));
    }
    // "це мій номер, я донька Софія" (my number, I am the daughter), "رقم السوسيال" (the
    // social worker's number): "call the person" stood under a number that was someone
    // else's (a field test of stop 62). Where its note names someone, the office is told.
    if matches!(way, AnswerWay::Phone | AnswerWay::Message)
        && phone_note.is_some_and(|note| names_someone_else(note, &request.language, content))
    {
        body.push(t("email-phone-someone-else"));
    }
    // In which language the person can be answered: a caseworker's reading of stop 59
    // found no word of it beside the Reply-To. The interpreter's language where one is
    // asked for: a Dari speaker writes in the Persian chat, and "Die Person spricht
    // Persisch" stood under "Sprachmittlung: Dari" (a field test of stop 62).
    let interpreter_named = match &interpreter {
        Some(Some(language @ InterpreterLanguage::Code(code))) if *code != request.language => {
            Some(interpreter_language_name(language, lang))
        }
        Some(Some(language @ InterpreterLanguage::Named(_))) => {
            Some(interpreter_language_name(language, lang))
        }
        _ => None,
    };
    let spoken = interpreter_named
        .clone()
        .or_else(|| named_language.clone())
        .unwrap_or_else(|| person_language.clone());
    // So where the chat is in the office's language but an interpreter in another is
    // asked for: a Turkish speaker who went on in German and asked for Turkish got no
    // word of it (a field test of stop 63).
    // Not where the person's words ask for it for a relative: "ich nicht, aber meine Mutter
    // ja, Türkisch" in a German chat read "Die Person spricht Türkisch" (a field test of
    // stop 64); the daughter writes German.
    let for_a_relative = match &interpreter {
        Some(Some(language @ InterpreterLanguage::Code(code))) => {
            let names: Vec<String> = [lang, request.language.as_str(), "en"]
                .into_iter()
                .map(|code| {
                    crate::words::fold(without_aside(&interpreter_language_name(language, code)))
                })
                .collect();
            request.answers.iter().any(|(_, answer)| {
                matches!(answer, Answer::Text(text) if text.lines().any(|line| {
                    let folded = crate::words::fold(line);
                    content.locales.names_someone_of_the_family(line)
                        && (names.iter().any(|name| folded.contains(name.as_str()))
                            || content.locales.words().names_language(code, line))
                }))
            })
        }
        _ => false,
    };
    let spoken = if for_a_relative {
        person_language.clone()
    } else {
        spoken
    };
    let interpreter_in_another = !for_a_relative
        && (matches!(
            &interpreter,
            Some(Some(InterpreterLanguage::Code(code))) if code != lang
        ) || matches!(&interpreter, Some(Some(InterpreterLanguage::Named(_)))));
    // Written for someone else ("ich schreibe für meine Mutter"), with an interpreter in
    // another language than the chat's: who speaks what (field test BF of stop 70 read
    // "Die Person spricht Arabisch. Bitte … Englisch" for a son writing English for his
    // mother, "Sprachmittlung: Dari" above "Die Person spricht Persisch").
    // No interpreter language at all (one in the chat's language is the person's).
    let no_language_named = !matches!(&interpreter, Some(Some(_)));
    if request.for_relative
        && let Some(interpreted) = interpreter_named
        && way != AnswerWay::Unknown
    {
        body.push(strip_bidi_marks(&content.locales.text(
            lang,
            "email-answer-language-helper",
            &[
                ("chat", without_aside(&person_language).into()),
                ("language", without_aside(&interpreted).into()),
            ],
        )));
    } else if (request.for_relative || request.by_helper)
        && no_language_named
        && way != AnswerWay::Unknown
    {
        // Written for someone else with no language named for them: the chat's is the
        // writer's ("Die Person spricht Englisch" was read for a neighbour writing English
        // for a man who speaks none: field test BV of stop 74).
        body.push(strip_bidi_marks(&content.locales.text(
            lang,
            "email-answer-language-writer",
            &[("chat", without_aside(&person_language).into())],
        )));
    } else if (request.language != lang || interpreter_in_another) && way != AnswerWay::Unknown {
        body.push(strip_bidi_marks(&content.locales.text(
            lang,
            // Plain German to talk to someone who asked for an interpreter contradicted
            // the interpreter line (a daughter writing Russian for her mother, field test
            // BR of stop 73).
            // Not where the interpreter is for a relative the message names, unless the
            // request is that relative's: "Die Person spricht Ukrainisch. Bitte … einfaches
            // Deutsch" stood under "Sprachmittlung: Ukrainisch" in a daughter's request for
            // her mother (field test CC of stop 76).
            if matches!(&interpreter, Some(Some(_))) && (!for_a_relative || request.for_relative) {
                "email-answer-language-interpreter"
            // A caseworker's English is often better than the plain German an English
            // speaker was asked for (the urgency test of stop 60).
            } else if request.language == "en" {
                "email-answer-language-english"
            } else {
                "email-answer-language"
            },
            &[("language", without_aside(&spoken).into())],
        )));
    }
    body.push(t("email-footer"));

    let json = json!({
        "reference": reference,
        "institution": { "id": institution.id, "name": institution.name, "email": institution.email },
        "form": { "id": request.form, "title": title },
        "submitted_at": request.submitted_at.to_rfc3339(),
        "channel": request.user.channel,
        "language": request.language,
        "for_relative": request.for_relative,
        "by_helper": request.by_helper,
        "person_asked_as_theirs": request.person_asked_as_theirs,
        "earlier": request.earlier.iter().map(|sent| json!({
            "reference": sent.reference,
            "submitted": sent.submitted.to_string(),
        })).collect::<Vec<_>>(),
        "interpreter": interpreter.map(|language| json!({
            "needed": language.is_some(),
            "language": language.as_ref().map(|l| match l {
                InterpreterLanguage::Code(code) => json!({ "code": code, "name": interpreter_language_name(l, lang) }),
                InterpreterLanguage::Named(name) => json!({ "name": name }),
            }),
        })),
        "urgent": urgent_words,
        "fields": fields_json,
    });
    Ok(RequestText {
        subject,
        summary_lines,
        lines: body,
        files,
        json,
        reply_to,
    })
}

/// Whether Latin `text` of three words or more is in the person's language `code` by its
/// common words (`words` in `words.txt`): two or more, and more than of the office's
/// language `office`. Turkish without its letters ("esim ve oglum da geliyor") and Kurmanji
/// ("name hat ez fam nakim pere nehat") reached the office unlabelled, read as German (a
/// field test of stop 60); whatlang knows no Kurmanji and is rarely sure of a short text.
fn own_common_words(text: &str, code: &str, office: &str, words: &WordLists) -> bool {
    if code == office || !crate::engine::script::is_latin(text) {
        return false;
    }
    let tokens = crate::words::tokens(text);
    let hits = |code: &str| {
        words.get(code).map_or(0, |list| {
            tokens
                .iter()
                .filter(|token| list.words.contains(*token))
                .count()
        })
    };
    let own = hits(code);
    tokens.len() >= 3 && own >= 2 && own > hits(office)
}

/// Builds the email(s) for `request`: one, or numbered parts ("Teil 1/2") that each carry
/// the full text when the attachments exceed `max_bytes`. `attachment` returns the stored
/// bytes of an upload.
pub fn compose(
    request: &Request,
    content: &Content,
    engine: &Engine,
    from: &Mailbox,
    max_bytes: u64,
    attachment: &dyn Fn(&str) -> Option<Vec<u8>>,
    context: MailContext,
) -> Result<Vec<Composed>, MailError> {
    let RequestText {
        subject,
        lines: body,
        files: file_ids,
        json: request_json,
        reply_to,
        ..
    } = request_text(request, content, engine, context.clone())?;
    let reference = request.reference.clone();
    let institution = content
        .flow
        .institution(&request.institution)
        .ok_or_else(|| MailError::UnknownInstitution {
            reference: reference.clone(),
            institution: request.institution.clone(),
        })?;
    let lang = institution.email_language.as_str();
    let to_address = institution
        .email
        .parse()
        .map_err(|source| MailError::Address {
            reference: reference.clone(),
            address: institution.email.clone(),
            source,
        })?;
    let to = Mailbox::new(Some(institution.name.clone()), to_address);
    let domain = from.email.domain().to_string();
    let mut files: Vec<(String, String, Vec<u8>)> = Vec::with_capacity(file_ids.len());
    for (name, mime, id) in file_ids {
        let bytes = attachment(&id).ok_or_else(|| MailError::MissingAttachment {
            reference: reference.clone(),
            id: id.clone(),
        })?;
        files.push((name, mime, bytes));
    }

    let json_bytes = serde_json::to_vec_pretty(&request_json).unwrap_or_default();
    let base_size =
        encoded_size(json_bytes.len()) + encoded_size(body.iter().map(String::len).sum());
    let mut groups: Vec<Vec<(String, String, Vec<u8>)>> = vec![Vec::new()];
    let mut group_size = base_size;
    for file in files {
        let size = encoded_size(file.2.len());
        if group_size + size > max_bytes && !groups.last().is_some_and(Vec::is_empty) {
            groups.push(Vec::new());
            group_size = base_size;
        }
        group_size += size;
        groups.last_mut().expect("never empty").push(file);
    }
    let count = groups.len();
    let mut emails = Vec::with_capacity(count);
    for (index, group) in groups.into_iter().enumerate() {
        let part = (count > 1).then_some((index + 1, count));
        let (subject, text, id) = match part {
            None => (
                subject.clone(),
                body.join("\n"),
                format!("<{reference}@{domain}>"),
            ),
            Some((n, of)) => {
                let label = strip_bidi_marks(&content.locales.text(
                    lang,
                    "email-part",
                    &[("part", n.into()), ("parts", of.into())],
                ));
                (
                    format!("{subject} ({label})"),
                    format!("{label}\n\n{}", body.join("\n")),
                    format!("<{reference}.{n}@{domain}>"),
                )
            }
        };
        let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(text));
        for (name, mime, bytes) in group {
            parts = parts.singlepart(Attachment::new(name).body(bytes, content_type(&mime)));
        }
        parts = parts.singlepart(Attachment::new("request.json".to_string()).body(
            json_bytes.clone(),
            ContentType::parse("application/json").expect("valid constant"),
        ));
        let mut builder = lettre::Message::builder()
            .from(from.clone())
            .to(to.clone())
            .subject(subject)
            .message_id(Some(id));
        if let Some(address) = &reply_to {
            builder = builder.reply_to(Mailbox::new(None, address.clone()));
        }
        let mut message = builder
            .multipart(parts)
            .map_err(|source| MailError::Build {
                reference: reference.clone(),
                source,
            })?;
        // lettre writes `Date` in UTC; the office reads its own time.
        message.headers_mut().insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("Date"),
            chrono::Utc::now()
                .with_timezone(&context.time_zone)
                .to_rfc2822(),
        ));
        emails.push(Composed {
            reference: reference.clone(),
            part,
            message,
            new_answer_email: None,
            new_answer_phone: None,
        });
    }
    Ok(emails)
}

fn channel_name(channel: &str) -> &str {
    match channel {
        "telegram" => "Telegram",
        "matrix" => "Matrix",
        "terminal" => "Terminal (Demo)",
        other => other,
    }
}

/// Answers up to this many words get a Latin spelling when written in another script …
const SPELLED_OUT_WORDS: usize = 4;
/// … in text fields this long at most (a nationality, an address; messages allow 2,000).
const SHORT_DATUM_LENGTH: usize = 200;

/// Multi-line answers stay readable under their label.
fn indent_continuation(text: &str) -> String {
    text.replace('\n', "\n    ")
}

/// The file name ending of a voice message of type `mime`, as messengers send them (Telegram
/// and WhatsApp: Ogg Opus; iPhones: MPEG-4 audio).
fn audio_extension(mime: &str) -> &'static str {
    match mime.split(';').next().unwrap_or_default().trim() {
        "audio/mpeg" | "audio/mp3" => "mp3",
        "audio/mp4" | "audio/m4a" | "audio/x-m4a" => "m4a",
        "audio/aac" => "aac",
        "audio/wav" | "audio/x-wav" => "wav",
        "audio/webm" => "webm",
        _ => "ogg",
    }
}

/// A file's MIME type as an attachment's, `application/octet-stream` where it is none.
fn content_type(mime: &str) -> ContentType {
    ContentType::parse(mime)
        .unwrap_or(ContentType::parse("application/octet-stream").expect("valid constant"))
}

fn answer_json(answer: &Answer) -> serde_json::Value {
    match answer {
        Answer::Text(text) | Answer::Phone(text) | Answer::Email(text) | Answer::Choice(text) => {
            json!(text)
        }
        // The number alone, as for a phone without a note: the note is the field's `note`.
        Answer::PhoneWithNote { number, .. } => json!(number),
        Answer::Date(date) => json!(date.format("%Y-%m-%d").to_string()),
        // ISO 8601 with the precision known: "1990", "1990-03".
        Answer::PartialDate { year, month } => match month {
            Some(month) => json!(format!("{year:04}-{month:02}")),
            None => json!(format!("{year:04}")),
        },
        Answer::Number(number) => json!(number),
        // The option's value, the days in English ("monday" … "sunday") and the hour
        // named ("15:00", with its `relation`: "at", "from" for "after 3", "until"), if any.
        Answer::Appointment {
            time,
            weekdays,
            hour,
        } => {
            let mut value = json!({
                "time": time,
                "weekdays": weekdays
                    .iter()
                    .filter_map(|day| weekday_key(*day))
                    .collect::<Vec<_>>(),
            });
            if let Some(hour) = hour {
                value["hour"] = json!(hour.clock());
                value["relation"] = json!(hour.relation);
            }
            value
        }
        Answer::YesNo(yes) => json!(yes),
        Answer::Interpreter(language) => json!(language.is_some()),
        Answer::Photos(photos) => json!(photos.len()),
        // The audio is among the field's `files`; what was written with it, if anything.
        Answer::Voice {
            duration_seconds,
            text,
            ..
        } => json!({
            "voice": true,
            "duration_seconds": duration_seconds,
            "text": (!text.is_empty()).then_some(text),
        }),
        Answer::Name { original, latin } => json!({
            "latin": latin.text(),
            "original": original,
            // Who wrote the Latin spelling: the person, or Kompass (to be checked).
            "latin_from": match latin {
                LatinSpelling::Typed(_) => Some("person"),
                LatinSpelling::Suggested(_) => Some("kompass"),
                LatinSpelling::NoDocument => None,
            },
        }),
        Answer::Skipped => serde_json::Value::Null,
    }
}

/// Whether a phone number's note, written in `language`, names someone other than the
/// person: a family member (`relatives`) or a person the `gist` meanings name.
/// The family members the person's own words in `request` name, as the `gist` writes
/// them ("Mutter", "Vater"), in the order first named, each once.
fn family_named(request: &Request, content: &Content, engine: &Engine) -> Vec<String> {
    let mut named: Vec<String> = Vec::new();
    for (_, answer) in &request.answers {
        let Answer::Text(text) = answer else {
            continue;
        };
        for said in crate::gist::said_in(
            &engine.without_vocatives(text),
            &request.language,
            content.locales.words(),
            content.locales.date_words(),
        ) {
            if let crate::gist::Said::Meaning(meaning) = said
                && FAMILY.contains(&meaning.as_str())
                && !named.contains(&meaning)
            {
                named.push(meaning);
            }
        }
    }
    named
}

/// The `gist` meanings of family members: those a request's words name
/// ([`family_named`]), and whose number a phone's note may say it is
/// ([`names_someone_else`]).
const FAMILY: [&str; 9] = [
    "Mutter",
    "Vater",
    "Ehemann",
    "Ehefrau",
    "Ehepartner",
    "Sohn",
    "Tochter",
    "Bruder",
    "Schwester",
];

fn names_someone_else(note: &str, language: &str, content: &Content) -> bool {
    /// Beside [`FAMILY`]: others whose number a note may say it is.
    const OTHERS: [&str; 4] = [
        "Enkel oder Enkelin",
        "Freund oder Freundin",
        "Nachbar",
        "Sozialarbeit",
    ];
    let words = content.locales.words();
    // "my son is 3", "Keça min 3 salî ye", "дочке 3 года": a child's age, said after the
    // number, is not whose number it is (field tests of stop 64 read the warning).
    let tokens = crate::words::tokens_and_numbers(note);
    let says_an_age = tokens
        .iter()
        .any(|token| token.chars().all(|c| c.is_ascii_digit()))
        && (tokens
            .iter()
            .any(|token| content.locales.date_words().is_years_word(token))
            || tokens.windows(3).any(|three| {
                matches!(three, [_, is, age] if (is == "is" || is == "ist")
                    && age.len() <= 2 && age.chars().all(|c| c.is_ascii_digit()))
            }));
    if says_an_age {
        return false;
    }
    words.names_a_relative(note)
        || crate::gist::said_in(note, language, words, content.locales.date_words())
            .iter()
            .any(|said| {
                matches!(said, crate::gist::Said::Meaning(m)
                if FAMILY.contains(&m.as_str()) || OTHERS.contains(&m.as_str()))
            })
}

/// A language's name without what its brackets add: "Persisch (Farsi)" is the interpreter
/// list's name; in a sentence or a label the first words are enough.
fn without_aside(name: &str) -> &str {
    // Nor the person's words after the German name ("Ukrainisch oder Russisch – так,
    // українська або російська" stood in "Die Person spricht …": stop 78).
    let name = name.split(" – ").next().unwrap_or(name);
    // Sorani is told from Kurmanji, the "Kurdisch" of the labels, by its aside alone.
    if name.contains("(Sorani)") {
        return name;
    }
    name.split(" (").next().unwrap_or(name)
}

/// The person's email address to answer at: `email` (the request's) where `way` is by
/// email and it reads as an address. The request's Reply-To, and that of what is added to
/// it one way.
fn address_to_answer(way: AnswerWay, email: Option<&str>) -> Option<lettre::Address> {
    match way {
        AnswerWay::Email => email.and_then(|email| email.parse::<lettre::Address>().ok()),
        AnswerWay::Chat
        | AnswerWay::Phone
        | AnswerWay::Message
        | AnswerWay::Letter
        | AnswerWay::Unknown => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use chrono::TimeZone;

    use super::*;
    use crate::engine::UserId;

    fn engine() -> Engine {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let content = Content::load(&root.join("flows"), &root.join("locales"))
            .unwrap_or_else(|d| panic!("{d}"));
        Engine::new(Arc::new(content))
    }

    /// A request whose one answer is the free text `text`, written in `language`.
    fn request_saying(language: &str, text: &str) -> Request {
        request(language, vec![("concern", Answer::Text(text.into()))])
    }

    fn request(language: &str, answers: Vec<(&str, Answer)>) -> Request {
        Request {
            reference: "KAL-2026-000042".into(),
            institution: "auslaenderbehoerde".into(),
            form: "immigration-form".into(),
            user: UserId::new("telegram", "1"),
            language: language.into(),
            submitted_at: chrono::Utc
                .with_ymd_and_hms(2026, 11, 22, 10, 0, 0)
                .unwrap(),
            answers: answers
                .into_iter()
                .map(|(id, answer)| (id.to_string(), answer))
                .collect(),
            earlier: Vec::new(),
            without_papers: Vec::new(),
            said_with: Vec::new(),
            for_relative: false,
            by_helper: false,
            person_asked_as_theirs: None,
            spoken: None,
        }
    }

    /// An addendum's head names whom the request is from: the parent at a Kita question,
    /// not the child the form also asks about (`another_person`).
    #[test]
    fn the_request_is_about_the_writer_not_the_child() {
        let engine = engine();
        let mut request = request(
            "en",
            vec![
                ("family_name", Answer::Text("Haddad".into())),
                ("given_names", Answer::Text("Sami".into())),
                ("child_name", Answer::Text("Lina Haddad".into())),
                (
                    "child_birth_date",
                    Answer::Date(chrono::NaiveDate::from_ymd_opt(2022, 5, 3).unwrap()),
                ),
            ],
        );
        request.institution = "integrationsbuero".into();
        request.form = "school-form".into();
        let about = RequestAbout::of(&request, engine.content(), chrono_tz::Europe::Berlin);
        assert_eq!(about.person, "Haddad, Sami");
        assert_eq!(about.born, None);
        // A name without a document in Latin letters: Kompass's spelling with the original,
        // as on the request (field test CG of stop 77 read "Person: الجبوري, Haider").
        let mut arabic = request.clone();
        arabic.answers[0].1 = Answer::Name {
            original: "الجبوري".into(),
            latin: LatinSpelling::NoDocument,
        };
        let about = RequestAbout::of(&arabic, engine.content(), chrono_tz::Europe::Berlin);
        assert!(
            about.person.ends_with(" (الجبوري), Sami"),
            "{}",
            about.person
        );
        assert!(about.person.starts_with("Al"), "{}", about.person);
        // No family name ("—"): the given name alone (a run by hand of stop 79 read "—,
        // Mohammad").
        let mut one_name = request.clone();
        one_name.answers[0].1 = Answer::Text("—".into());
        let about = RequestAbout::of(&one_name, engine.content(), chrono_tz::Europe::Berlin);
        assert_eq!(about.person, "Sami");
        // The request itself names the child, under its own labels.
        let text = text_of(&request);
        for line in [
            "Familienname: Haddad",
            "Name des Kindes: Lina Haddad",
            "Geburtsdatum des Kindes: 03.05.2022",
        ] {
            assert!(text.lines.contains(&line.to_string()), "{:#?}", text.lines);
        }
    }

    fn context() -> MailContext {
        MailContext {
            reply_mailbox: None,
            time_zone: chrono_tz::Europe::Berlin,
            rooms_available: true,
        }
    }

    /// The attachments' file names.
    fn file_names(text: &RequestText) -> Vec<&str> {
        text.files
            .iter()
            .map(|(name, _, _)| name.as_str())
            .collect()
    }

    fn text_of(request: &Request) -> RequestText {
        let engine = engine();
        request_text(request, engine.content(), &engine, context()).unwrap()
    }

    /// A neighbour writing English for a man who speaks none, no interpreter language named:
    /// the chat's language is the writer's, not the person's (field test BV of stop 74 read
    /// "Die Person spricht Englisch. Bitte … Englisch").
    #[test]
    fn the_language_of_a_helper_is_not_the_persons() {
        let mut written = request(
            "en",
            vec![
                (
                    "concern",
                    Answer::Text("he needs help with a letter".into()),
                ),
                ("phone", Answer::Phone("0176 1234567".into())),
            ],
        );
        written.by_helper = true;
        let text = text_of(&written);
        assert!(
            text.lines.iter().any(|l| l
                == "Im Chat schreibt jemand für die Person, auf Englisch. Welche Sprache die Person selbst spricht, wurde nicht gesagt."),
            "{:#?}",
            text.lines
        );
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht")),
            "{:#?}",
            text.lines
        );
        // Written by the person: as before.
        written.by_helper = false;
        let text = text_of(&written);
        assert!(
            text.lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht Englisch.")),
            "{:#?}",
            text.lines
        );
    }

    /// Dari named in a Persian chat (field test BT of stop 74: "دری لطفا، فارسی نه", and the
    /// office read Persian only): said under the chat's language, and as the language the
    /// person speaks.
    #[test]
    fn dari_named_in_a_persian_chat_reaches_the_office() {
        let answers = || {
            vec![
                ("concern", Answer::Text("اقامتم تمام میشه".into())),
                ("phone", Answer::Phone("0176 1234567".into())),
            ]
        };
        let mut dari = request("fa", answers());
        dari.spoken = Some("prs".into());
        let text = text_of(&dari);
        for line in [
            "Sprache im Chat: Persisch (Farsi) (fa)",
            "Die Person nennt als ihre Sprache: Dari",
        ] {
            assert!(
                text.lines.contains(&line.to_string()),
                "{line}\n{:#?}",
                text.lines
            );
        }
        assert!(
            text.lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht Dari.")),
            "{:#?}",
            text.lines
        );
        let persian = text_of(&request("fa", answers()));
        assert!(
            !persian
                .lines
                .iter()
                .any(|l| l.contains("Dari.") || l.contains(": Dari")),
            "{:#?}",
            persian.lines
        );
    }

    /// A move-in date past the two weeks to register in says how long ago it was, counted
    /// to the day the request was sent (22.11.2026); one within them is the date alone.
    #[test]
    fn a_late_move_in_date_says_how_long_ago() {
        let engine = engine();
        let label = strip_bidi_marks(&engine.content().locales.text(
            "de",
            "label-move-in-date",
            &[],
        ));
        for (date, shown) in [
            ((2026, 8, 15), "15.08.2026 (vor 99 Tagen; Frist 14 Tage)"),
            ((2026, 11, 10), "10.11.2026"),
        ] {
            let mut moved = request(
                "ar",
                vec![(
                    "move_in_date",
                    Answer::Date(chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap()),
                )],
            );
            moved.form = "register-form".into();
            moved.institution = "buergerbuero".into();
            let text = text_of(&moved);
            let line = format!("{label}: {shown}");
            assert!(text.lines.contains(&line), "{line}\n{:#?}", text.lines);
        }
    }

    /// When the person can come, said after "No time fits", stands under the appointment's
    /// line, labelled with its language and read word by word.
    /// A birth date taken as converted from the Persian calendar: the date the person
    /// typed stands under it, named as such (field tests BO and BP of stop 72 read it as
    /// words the person added), in Western digits too (field test CB of stop 76 could not
    /// read "۱۳۴۰/۵/۱۲").
    #[test]
    fn a_persian_calendar_date_stands_under_the_date_converted() {
        let date = chrono::NaiveDate::from_ymd_opt(1991, 4, 4).unwrap();
        let mut converted = request("fa", vec![("birth_date", Answer::Date(date))]);
        converted.form = "register-form".into();
        converted.institution = "buergerbuero".into();
        converted.said_with = vec![crate::request::SaidWith {
            field: "birth_date".into(),
            words: "۱۵ حمل ۱۳۷۰".into(),
        }];
        let text = text_of(&converted);
        let at = text
            .lines
            .iter()
            .position(|line| line == "Geburtsdatum: 04.04.1991")
            .unwrap_or_else(|| panic!("{:#?}", text.lines));
        assert_eq!(
            text.lines.get(at + 1).map(String::as_str),
            Some(
                "Im persischen Kalender (Hidschri Schamsi) angegeben, von Kompass umgerechnet (Persisch, nicht übersetzt): 15 حمل 1370 (۱۵ حمل ۱۳۷۰)"
            ),
            "{:#?}",
            text.lines
        );
    }

    #[test]
    fn words_said_with_the_appointment_stand_under_it() {
        let mut none = request("tr", vec![("appointment", Answer::Choice("none".into()))]);
        none.form = "register-form".into();
        none.institution = "buergerbuero".into();
        none.said_with = vec![crate::request::SaidWith {
            field: "appointment".into(),
            words: "sadece cuma öğleden sonra".into(),
        }];
        let text = text_of(&none);
        let at = text
            .lines
            .iter()
            .position(|line| line == "Terminwunsch: Keine dieser Zeiten passt")
            .unwrap_or_else(|| panic!("{:#?}", text.lines));
        assert_eq!(
            text.lines.get(at + 1).map(String::as_str),
            Some("Dazu schreibt die Person (Türkisch, nicht übersetzt): sadece cuma öğleden sonra"),
            "{:#?}",
            text.lines
        );
        assert!(
            text.lines
                .get(at + 2)
                .is_some_and(|line| line.contains("Freitag") && line.contains("nachmittags")),
            "{:#?}",
            text.lines
        );
        assert_eq!(
            text.json["fields"][0]["said"],
            json!(["sadece cuma öğleden sonra"])
        );
        // Two Kurmanji words without their accents, too few to tell by: labelled and read
        // by the person's language's words (field test G of stop 68).
        let mut short = request("ku", vec![("appointment", Answer::Choice("none".into()))]);
        short.form = "register-form".into();
        short.institution = "buergerbuero".into();
        short.said_with = vec![crate::request::SaidWith {
            field: "appointment".into(),
            words: "tene dusem".into(),
        }];
        let text = text_of(&short);
        assert!(
            text.lines.iter().any(
                |line| line.starts_with("Dazu schreibt die Person (Kurdisch")
                    && line.ends_with("tene dusem")
            ),
            "{:#?}",
            text.lines
        );
        assert!(
            text.lines.iter().any(|line| line.contains("Montag")),
            "{:#?}",
            text.lines
        );
    }

    /// The days someone can come reach the office in German, and request.json in English.
    #[test]
    fn appointment_days_are_named_in_german() {
        let mut days = request(
            "ar",
            vec![(
                "appointment",
                Answer::Appointment {
                    time: "mornings".into(),
                    weekdays: vec![1, 3],
                    hour: None,
                },
            )],
        );
        days.form = "register-form".into();
        days.institution = "buergerbuero".into();
        let text = text_of(&days);
        let engine = engine();
        let label = strip_bidi_marks(&engine.content().locales.text(
            "de",
            "label-appointment",
            &[],
        ));
        let mornings = strip_bidi_marks(&engine.content().locales.text(
            "de",
            "appointment-mornings",
            &[],
        ));
        let line = format!("{label}: Montag, Mittwoch – {mornings}");
        assert!(text.lines.contains(&line), "{line}\n{:#?}", text.lines);
        assert_eq!(
            text.json["fields"][0]["value"],
            json!({ "time": "mornings", "weekdays": ["monday", "wednesday"] })
        );
    }

    /// Which language the person can be answered in, under the way to answer (a
    /// caseworker's reading of stop 59 found no word of it); not for a German speaker, nor
    /// where the person cannot be answered. "No interpreter" is what the person said.
    #[test]
    fn the_language_to_answer_in_is_said() {
        let line = "Die Person spricht Arabisch. Bitte schreiben oder sprechen Sie einfaches Deutsch, in kurzen Sätzen.";
        let phone = || vec![("phone", Answer::Phone("0176 9876543".into()))];
        let text = text_of(&request("ar", phone()));
        assert!(text.lines.contains(&line.to_string()), "{:#?}", text.lines);
        // English: English or plain German (the urgency test of stop 60).
        let text = text_of(&request("en", phone()));
        assert!(
            text.lines.contains(
                &"Die Person spricht Englisch. Bitte schreiben oder sprechen Sie Englisch oder einfaches Deutsch, in kurzen Sätzen."
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        let text = text_of(&request("de", phone()));
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht"))
        );
        let text = text_of(&request("ar", Vec::new()));
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht"))
        );
        let text = text_of(&request(
            "ar",
            vec![("interpreter", Answer::Interpreter(None))],
        ));
        assert!(
            text.lines
                .contains(&"Sprachmittlung: nach Angabe der Person nicht nötig".to_string()),
            "{:#?}",
            text.lines
        );
        // A number said to be someone else's: the office is told (a field test of stop 62
        // read "call the person" under the daughter's number).
        let someone_else = "Der Hinweis zur Telefonnummer nennt eine andere Person: Die Nummer gehört vielleicht nicht der Person selbst.";
        for (language, note, told) in [
            ("uk", "це мій номер, я донька Софія", true),
            ("ar", "رقم السوسيال في السكن", true),
            ("ru", "звоните после 18 часов", false),
            // A child's age after the number is no one else's number (field tests of stop
            // 64 read the warning under "my son is 3").
            ("en", "my son is 3", false),
            ("ku", "Keça min 3 salî ye", false),
            ("ru", "дочке 3 года", false),
            ("en", "number of my son, he answers", true),
        ] {
            let text = text_of(&request(
                language,
                vec![(
                    "phone",
                    Answer::PhoneWithNote {
                        number: "0176 5554443".into(),
                        note: note.into(),
                    },
                )],
            ));
            assert_eq!(
                text.lines.contains(&someone_else.to_string()),
                told,
                "{note}: {:#?}",
                text.lines
            );
        }
        // A Dari speaker in the Persian chat, with a Dari interpreter: Dari (a field test of
        // stop 62 read "spricht Persisch" under "Sprachmittlung: Dari").
        let mut answers = phone();
        answers.push((
            "interpreter",
            Answer::Interpreter(Some(InterpreterLanguage::Code("prs".into()))),
        ));
        let text = text_of(&request("fa", answers));
        assert!(
            text.lines.iter().any(|l| l.starts_with(
                "Die Person spricht Dari und braucht für Gespräche eine Sprachmittlung."
            )),
            "{:#?}",
            text.lines
        );
        // Written for someone else (`for_relative`): who writes in which language, and
        // what the person speaks (field test BF of stop 70: a son writing English for his
        // Arabic-speaking mother read "Die Person spricht Arabisch. Bitte … Englisch").
        let mut answers = phone();
        answers.push((
            "interpreter",
            Answer::Interpreter(Some(InterpreterLanguage::Code("ar".into()))),
        ));
        let mut for_someone = request("en", answers);
        for_someone.for_relative = true;
        let text = text_of(&for_someone);
        assert!(
            text.lines.iter().any(|l| l.starts_with(
                "Im Chat schreibt jemand für die Person, auf Englisch. Die Person selbst spricht Arabisch"
            )),
            "{:#?}",
            text.lines
        );
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht")),
            "{:#?}",
            text.lines
        );
        // "No interpreter" said by whoever wrote for the person, not by the person (field
        // test BP of stop 72).
        let mut answers = phone();
        answers.push(("interpreter", Answer::Interpreter(None)));
        let own = text_of(&request("de", answers.clone()));
        let mut for_someone = request("de", answers);
        for_someone.for_relative = true;
        for (text, said) in [
            (own, "Sprachmittlung: nach Angabe der Person nicht nötig"),
            (
                text_of(&for_someone),
                "Sprachmittlung: nach Angabe der Person, die für sie schreibt, nicht nötig",
            ),
        ] {
            assert!(text.lines.iter().any(|l| l == said), "{:#?}", text.lines);
        }
        // A daughter writing Russian for her mother, with a Russian interpreter: no plain
        // German to talk (field test BR of stop 73).
        let mut answers = phone();
        answers.push((
            "interpreter",
            Answer::Interpreter(Some(InterpreterLanguage::Code("ru".into()))),
        ));
        let mut for_mother = request("ru", answers);
        for_mother.for_relative = true;
        let text = text_of(&for_mother);
        assert!(
            text.lines.iter().any(|l| l
                == "Die Person spricht Russisch und braucht für Gespräche eine Sprachmittlung. Schriftlich bitte einfaches Deutsch, in kurzen Sätzen."),
            "{:#?}",
            text.lines
        );
        let text = text_of(&request("ru", phone()));
        assert!(
            text.lines.iter().any(|l| l
                == "Die Person spricht Russisch. Bitte schreiben oder sprechen Sie einfaches Deutsch, in kurzen Sätzen."),
            "{:#?}",
            text.lines
        );
        // A Turkish speaker who went on in German and asked for a Turkish interpreter (a
        // field test of stop 63 read no word of it).
        let mut answers = phone();
        answers.push((
            "interpreter",
            Answer::Interpreter(Some(InterpreterLanguage::Code("tr".into()))),
        ));
        let text = text_of(&request("de", answers.clone()));
        assert!(
            text.lines.iter().any(|l| l.starts_with(
                "Die Person spricht Türkisch und braucht für Gespräche eine Sprachmittlung."
            )),
            "{:#?}",
            text.lines
        );
        // Asked for a relative: the person writes German (a field test of stop 64 read
        // "Die Person spricht Türkisch" under a daughter's request for her mother).
        answers.push((
            "concern",
            Answer::Text("ich nicht, aber meine Mutter ja, Türkisch".into()),
        ));
        let text = text_of(&request("de", answers));
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht")),
            "{:#?}",
            text.lines
        );
        assert!(
            text.lines
                .iter()
                .any(|l| l.starts_with("Sprachmittlung: Türkisch")),
            "{:#?}",
            text.lines
        );
        // A Ukrainian chat asking Russian for a husband: the person writes Ukrainian; and
        // a Kurdish one for a wife named with a word of whose (a field test of stop 64).
        for (language, code, words, spoken) in [
            ("uk", "ru", "так, для чоловіка, російська", "Ukrainisch"),
            ("tr", "ku", "evet eşim için, o kürtçe konuşuyor", "Türkisch"),
            ("en", "ar", "yes for my wife, arabic", "Englisch"),
        ] {
            let mut answers = phone();
            answers.push((
                "interpreter",
                Answer::Interpreter(Some(InterpreterLanguage::Code(code.into()))),
            ));
            answers.push(("concern", Answer::Text(words.into())));
            let text = text_of(&request(language, answers));
            assert!(
                text.lines
                    .iter()
                    .any(|l| l.starts_with(&format!("Die Person spricht {spoken}"))),
                "{words}: {:#?}",
                text.lines
            );
        }
        // Two languages wanted: both, without the person's words after them (stop 78).
        let mut answers = phone();
        answers.push((
            "interpreter",
            Answer::Interpreter(Some(InterpreterLanguage::Named(
                "Ukrainisch oder Russisch – так, українська або російська".into(),
            ))),
        ));
        let text = text_of(&request("uk", answers));
        assert!(
            text.lines
                .iter()
                .any(|l| l.starts_with("Die Person spricht Ukrainisch oder Russisch und braucht")),
            "{:#?}",
            text.lines
        );
    }

    /// A phone number with what was written after it: the line shows both, request.json
    /// the number as its value (as without a note) and the note beside it; the office is
    /// asked to call the number.
    #[test]
    fn a_phone_note_goes_with_the_number() {
        // The registration's email of a person writing `language` whose phone answer is
        // 0176 9876543 with `note`.
        let with_note = |language: &str, note: &str| {
            let mut noted = request(
                language,
                vec![(
                    "phone",
                    Answer::PhoneWithNote {
                        number: "0176 9876543".into(),
                        note: note.into(),
                    },
                )],
            );
            noted.form = "register-form".into();
            noted.institution = "buergerbuero".into();
            request_text(
                &noted,
                engine().content(),
                &engine(),
                MailContext {
                    rooms_available: false,
                    ..context()
                },
            )
            .unwrap()
        };
        let text = with_note("tr", "ama sadece akşamları");
        let label = strip_bidi_marks(&engine().content().locales.text("de", "label-phone", &[]));
        // The note's language named, as for free text (a caseworker had to guess it), on a
        // line of its own: on the number's, it read as if the number were untranslated.
        // Under it, the words recognised in it, in German (a caseworker's reading of stop 59
        // would have called the neighbour).
        for line in [
            format!("{label}: 0176 9876543"),
            "Hinweis zur Telefonnummer (Türkisch, nicht übersetzt): ama sadece akşamları".into(),
            "    Darin erkannt (Wort für Wort, keine Übersetzung): nur, abends".into(),
        ] {
            assert!(text.lines.contains(&line), "{line}\n{:#?}", text.lines);
        }
        for (language, note, gist) in [
            ("ar", "رقم الجار", "Nachbar"),
            ("ar", "هذا رقم السوسيال بالكامب", "Sozialarbeit, Unterkunft"),
            ("fa", "shomare shoharam Ali", "Ehemann"),
            (
                "ru",
                "это номер соседа, звонить вечером",
                "Nachbar, anrufen, abends",
            ),
            ("uk", "номер чоловіка", "Ehemann"),
        ] {
            let text = with_note(language, note);
            let line = format!("    Darin erkannt (Wort für Wort, keine Übersetzung): {gist}");
            assert!(text.lines.contains(&line), "{note}: {:#?}", text.lines);
        }
        // A word or two with letters only Kurmanji has are Kurmanji (it was unlabelled).
        let kurdish = with_note("ku", "piştî 17:00");
        let line = "Hinweis zur Telefonnummer (Kurdisch, nicht übersetzt): piştî 17:00";
        assert!(
            kurdish.lines.contains(&line.to_string()),
            "{:#?}",
            kurdish.lines
        );
        // An English "is" is no Turkish "iş" (work); a German note needs none.
        for (language, note) in [
            ("en", "this is the best number"),
            ("de", "Nummer meines Nachbarn"),
        ] {
            let text = with_note(language, note);
            assert!(
                !text.lines.iter().any(|line| line.contains("Darin erkannt")),
                "{note}: {:#?}",
                text.lines
            );
        }
        assert_eq!(text.json["fields"][0]["value"], json!("0176 9876543"));
        assert_eq!(
            text.json["fields"][0]["note"],
            json!("ama sadece akşamları")
        );
        let call = strip_bidi_marks(&engine().content().locales.text(
            "de",
            "email-answer-phone",
            &[],
        ));
        assert!(text.lines.contains(&call), "{:#?}", text.lines);

        // Every number of the note on the phone's line: the second one was hidden in
        // Arabic words, or behind a Turkish "or" (a field test of stop 56). The note stays
        // where it says more than that "or".
        for (language, note, lines, absent) in [
            (
                "ar",
                "(واتساب) و ٠١٥١ ٢٣٤٥٦٧٨ (زوجي)",
                vec![
                    format!("{label}: 0176 9876543, 0151 2345678"),
                    "Hinweis zur Telefonnummer (Arabisch, nicht übersetzt): (واتساب) و ٠١٥١ ٢٣٤٥٦٧٨ (زوجي)"
                        .to_string(),
                ],
                None,
            ),
            (
                "tr",
                "veya 0151 2345678",
                vec![format!("{label}: 0176 9876543, 0151 2345678")],
                Some("veya"),
            ),
        ] {
            let text = with_note(language, note);
            for line in lines {
                assert!(text.lines.contains(&line), "{line}\n{:#?}", text.lines);
            }
            if let Some(word) = absent {
                assert!(
                    !text.lines.iter().any(|line| line.contains(word)),
                    "{:#?}",
                    text.lines
                );
            }
            assert_eq!(
                text.json["fields"][0]["numbers"],
                json!(["0176 9876543", "0151 2345678"])
            );
        }
    }

    /// The email's "Antwort:" line and its Reply-To follow the way the newcomer was told
    /// (`AnswerWay::of`): the room, the reply mailbox, the email given, the phone given, none.
    #[test]
    fn the_answer_line_follows_the_way_the_newcomer_was_told() {
        let engine = engine();
        let email = || ("email", Answer::Email("sami@example.org".into()));
        let phone = || ("phone", Answer::Phone("+49 170 1234567".into()));
        let phone_with = |note: &str| {
            (
                "phone",
                Answer::PhoneWithNote {
                    number: "+49 170 1234567".into(),
                    note: note.into(),
                },
            )
        };
        let mailbox: lettre::Address = "antworten@kalletal.example.org".parse().unwrap();
        let no_rooms = MailContext {
            rooms_available: false,
            ..context()
        };
        let relayed = MailContext {
            reply_mailbox: Some(mailbox.clone()),
            ..no_rooms.clone()
        };
        let rooms_and_relay = MailContext {
            reply_mailbox: Some(mailbox.clone()),
            ..context()
        };
        let cases = [
            // The Integrationsbüro has a room: it answers there, whatever was given.
            (
                "integrationsbuero",
                vec![email(), phone()],
                context(),
                "email-answer-room",
                None,
            ),
            (
                "integrationsbuero",
                vec![email()],
                rooms_and_relay,
                "email-answer-room",
                Some(&mailbox),
            ),
            (
                "auslaenderbehoerde",
                vec![email()],
                relayed,
                "email-answer-relay",
                Some(&mailbox),
            ),
            (
                "auslaenderbehoerde",
                vec![phone(), email()],
                no_rooms.clone(),
                "email-answer-email",
                Some(&"sami@example.org".parse().unwrap()),
            ),
            (
                "auslaenderbehoerde",
                vec![phone()],
                no_rooms.clone(),
                "email-answer-phone",
                None,
            ),
            // An address the mail library cannot read is no Reply-To: the phone instead.
            (
                "auslaenderbehoerde",
                vec![("email", Answer::Email("sami@@example".into())), phone()],
                no_rooms.clone(),
                "email-answer-phone",
                None,
            ),
            // "only WhatsApp, no calls" in any language: the office is asked to write.
            (
                "auslaenderbehoerde",
                vec![phone_with("nur WhatsApp, keine Anrufe")],
                no_rooms.clone(),
                "email-answer-message",
                None,
            ),
            (
                "auslaenderbehoerde",
                vec![phone_with("واتساب فقط")],
                no_rooms.clone(),
                "email-answer-message",
                None,
            ),
            (
                "auslaenderbehoerde",
                vec![phone_with("лучше смс")],
                no_rooms.clone(),
                "email-answer-message",
                None,
            ),
            // A note that says nothing of messages leaves the call.
            (
                "auslaenderbehoerde",
                vec![phone_with("ab 14 Uhr")],
                no_rooms.clone(),
                "email-answer-phone",
                None,
            ),
            // Neither phone nor email, but an address: a letter (field test AW of stop 69).
            (
                "auslaenderbehoerde",
                vec![("address", Answer::Text("GU Kalletal, Zimmer 14".into()))],
                no_rooms.clone(),
                "email-answer-letter",
                None,
            ),
            // Urgent too: a letter may come too late; the person was told to come (a field
            // test of stop 79: five days left).
            (
                "auslaenderbehoerde",
                vec![
                    ("address", Answer::Text("GU Kalletal, Zimmer 14".into())),
                    ("concern", Answer::Text("Frist bis 25.11., dringend".into())),
                ],
                no_rooms.clone(),
                "email-answer-letter-urgent",
                None,
            ),
            (
                "auslaenderbehoerde",
                vec![("address", Answer::Text("—".into()))],
                no_rooms.clone(),
                "email-answer-none",
                None,
            ),
            (
                "auslaenderbehoerde",
                vec![],
                no_rooms,
                "email-answer-none",
                None,
            ),
        ];
        for (institution, answers, context, line, reply_to) in cases {
            let mut request = request("de", answers);
            request.institution = institution.into();
            let text = request_text(&request, engine.content(), &engine, context).unwrap();
            let expected = strip_bidi_marks(&engine.content().locales.text("de", line, &[]));
            assert!(
                text.lines.contains(&expected),
                "{institution} {line} {:?}: {:#?}",
                text.reply_to,
                text.lines
            );
            assert_eq!(text.reply_to.as_ref(), reply_to, "{institution} {line}");
        }
    }

    /// Arabic, Persian and Russian typed in Latin letters in the English or German chat
    /// reached the office unlabelled (a field test of stop 79): labelled where the word
    /// lists are sure; German and a text too short to tell stay unlabelled.
    #[test]
    fn a_language_typed_in_latin_letters_is_named() {
        for (lang, text, label) in [
            (
                "en",
                "ana bdi maw3ed 3shan el iqama",
                "Anliegen (Arabisch, nicht übersetzt)",
            ),
            (
                "en",
                "man 3 bache daram va komak mikham",
                "Anliegen (Persisch, nicht übersetzt)",
            ),
            (
                "de",
                "mne nuzhna pomosh s dokumentami",
                "Anliegen (Russisch, nicht übersetzt)",
            ),
            // Turkish to whatlang (field test CS of stop 80).
            (
                "de",
                "ana ma fhamt shu lazem a3mel, bidi mosa3ade law samaht",
                "Anliegen (Arabisch, nicht übersetzt)",
            ),
            (
                "de",
                "ana ma fhamt el maktub min el jobcenter",
                "Anliegen (Arabisch, nicht übersetzt)",
            ),
            (
                "de",
                "salam, man passport jadid gereftam, nemidunam che konam",
                "Anliegen (Persisch, nicht übersetzt)",
            ),
            // Turkish stays Turkish.
            (
                "de",
                "randevu almak istiyorum, yardım edin lütfen",
                "Anliegen (Türkisch, nicht übersetzt)",
            ),
            ("de", "ich brauche einen Termin beim Amt", "Anliegen"),
            ("en", "bdi maw3ed", "Anliegen"),
            // Kurmanji without its letters was German to whatlang (field test CU of stop 81).
            (
                "ku",
                "zaroka min nexwes e, ez nikarim sibe werim",
                "Anliegen (Kurdisch, nicht übersetzt)",
            ),
            ("ku", "ich brauche einen Termin beim Amt", "Anliegen"),
        ] {
            let text_of = text_of(&request(lang, vec![("concern", Answer::Text(text.into()))]));
            let line = format!("{label}: {text}");
            assert!(
                text_of.lines.contains(&line),
                "{line}\n{:#?}",
                text_of.lines
            );
        }
    }

    /// A birth date with the day and month unknown reaches the office as its papers write
    /// it, and request.json with the precision known.
    #[test]
    fn a_partial_birth_date_as_papers_write_it() {
        let partial = request(
            "fa",
            vec![(
                "birth_date",
                Answer::PartialDate {
                    year: 1990,
                    month: None,
                },
            )],
        );
        let text = text_of(&partial);
        assert!(
            text.lines.contains(&"Geburtsdatum: 00.00.1990".to_string()),
            "{:#?}",
            text.lines
        );
        assert_eq!(text.json["fields"][0]["value"], "1990");
        let by_month = request(
            "fa",
            vec![(
                "birth_date",
                Answer::PartialDate {
                    year: 1990,
                    month: Some(3),
                },
            )],
        );
        assert_eq!(text_of(&by_month).json["fields"][0]["value"], "1990-03");
    }

    /// A second request to an office names the person's earlier ones to it (a field test's
    /// second request did not say there was a first), in the text and in request.json;
    /// without one, no such line.
    #[test]
    fn earlier_requests_to_the_office_are_named() {
        let mut second = request("uk", Vec::new());
        second.earlier = vec![crate::request::EarlierRequest {
            reference: "KAL-2026-000001".into(),
            submitted: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        }];
        let text = text_of(&second);
        assert!(
            text.lines.contains(
                &"Frühere Anfragen aus demselben Chat an Ihr Amt über Kompass (von dieser Person oder für Angehörige): KAL-2026-000001 (05.12.2026)"
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        assert_eq!(text.json["earlier"][0]["reference"], "KAL-2026-000001");
        assert_eq!(text.json["earlier"][0]["submitted"], "2026-12-05");
        let first = text_of(&request("uk", Vec::new()));
        assert!(!first.lines.iter().any(|line| line.starts_with("Frühere")));
    }

    /// Photos sent after "I have no passport" are of another paper: the line and the
    /// file's name say so, not "Aufenthaltstitel" alone (a field test's Duldung went out as
    /// `01-reisepass.jpg`). The interpreter is named once, at the top (it was said twice,
    /// as "Sprachmittlung" and "Dolmetschbedarf").
    #[test]
    fn photos_of_another_paper_and_the_interpreter_once() {
        let photo = |id: &str| crate::engine::AttachmentRef {
            id: id.into(),
            mime: "image/jpeg".into(),
            fingerprint: None,
        };
        let answers = vec![
            (
                "permit_photos",
                Answer::Photos(vec![photo("u1"), photo("u2")]),
            ),
            (
                "interpreter",
                Answer::Interpreter(Some(InterpreterLanguage::Code("ar".into()))),
            ),
        ];
        let mut without = request("ar", answers.clone());
        without.without_papers = vec!["permit_photos".into()];
        let text = text_of(&without);
        let names = file_names(&text);
        assert_eq!(
            names,
            [
                "01-statt-aufenthaltstitel.jpg",
                "02-statt-aufenthaltstitel.jpg"
            ]
        );
        let line = text
            .lines
            .iter()
            .find(|line| line.starts_with("Fotos: Aufenthaltstitel und Pass: "))
            .expect("the photos' line");
        assert!(
            line.contains("2 Fotos, wohl von einem anderen Papier"),
            "{line}"
        );
        assert_eq!(
            text.lines
                .iter()
                .filter(|line| line.contains("Arabisch") && !line.starts_with("Sprache"))
                .collect::<Vec<_>>(),
            ["Sprachmittlung: Arabisch"]
        );
        assert_eq!(text.json["interpreter"]["language"]["code"], "ar");
        assert_eq!(text.json["fields"][0]["other_paper"], true);
        // With the paper asked for, its name.
        let text = text_of(&request("ar", answers));
        let names = file_names(&text);
        assert_eq!(
            names,
            ["01-aufenthaltstitel.jpg", "02-aufenthaltstitel.jpg"]
        );
        assert!(
            !text
                .lines
                .iter()
                .any(|line| line.contains("anderen Papier"))
        );
    }

    /// Both spellings of a name reach the office, and it can tell who wrote the Latin one;
    /// without a Latin spelling, the original with a note.
    #[test]
    fn names_show_both_spellings() {
        let request = request(
            "ar",
            vec![
                (
                    "family_name",
                    Answer::Name {
                        original: "حداد".into(),
                        latin: LatinSpelling::Typed("Haddad".into()),
                    },
                ),
                (
                    "given_names",
                    Answer::Name {
                        original: "يوسف".into(),
                        latin: LatinSpelling::Suggested("Yusf".into()),
                    },
                ),
            ],
        );
        let text = text_of(&request);
        assert!(
            text.lines
                .contains(&"Familienname: Haddad (in Originalschrift: حداد)".to_string()),
            "{:#?}",
            text.lines
        );
        assert!(text.lines.contains(
            &"Vorname(n): Yusf (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: يوسف)"
                .to_string()
        ));
        let fields = text.json["fields"].as_array().unwrap();
        assert_eq!(fields[0]["value"]["latin"], "Haddad");
        assert_eq!(fields[0]["value"]["original"], "حداد");
        assert_eq!(fields[0]["value"]["latin_from"], "person");
        assert_eq!(fields[1]["value"]["latin_from"], "kompass");

        let request = super::tests::request(
            "ar",
            vec![(
                "family_name",
                Answer::Name {
                    original: "حداد".into(),
                    latin: LatinSpelling::NoDocument,
                },
            )],
        );
        let text = text_of(&request);
        // With Kompass's spelling as a reading aid (field tests: the caseworker could not
        // even say the name).
        assert!(text.lines.contains(
            &"Familienname: حداد (in Originalschrift; die Person hat kein Dokument mit dem Namen in lateinischen Buchstaben) (in lateinischen Buchstaben etwa: Haddad)"
                .to_string()
        ), "{:#?}", text.lines);
        assert_eq!(
            text.json["fields"][0]["value"]["latin"],
            serde_json::Value::Null
        );
    }

    /// A daughter's request for her mother, who needs a Ukrainian interpreter: the person
    /// is the mother, who needs one, not someone to speak plain German to (field test CC
    /// of stop 76 read both under each other).
    #[test]
    fn a_relatives_request_with_an_interpreter_says_the_person_needs_one() {
        let mut for_mother = request(
            "uk",
            vec![
                ("email", Answer::Email("iryna@example.org".into())),
                (
                    "concern",
                    Answer::Text(
                        "реєстрація для мами, вона потребує перекладача українською".into(),
                    ),
                ),
                (
                    "interpreter",
                    Answer::Interpreter(Some(InterpreterLanguage::Code("uk".into()))),
                ),
            ],
        );
        for_mother.for_relative = true;
        let text = text_of(&for_mother);
        let german = |id: &str| {
            strip_bidi_marks(&engine().content().locales.text(
                "de",
                id,
                &[("language", "Ukrainisch".into())],
            ))
        };
        assert!(
            text.lines
                .contains(&german("email-answer-language-interpreter")),
            "{:#?}",
            text.lines
        );
        assert!(
            !text.lines.contains(&german("email-answer-language")),
            "{:#?}",
            text.lines
        );
    }

    /// Sorani in the Arabic chat is labelled Sorani, not Arabic (field test CC of stop 76:
    /// an office would have booked an Arabic translator).
    #[test]
    fn sorani_words_are_labelled_sorani() {
        let request = request(
            "ar",
            vec![(
                "concern",
                Answer::Text("سڵاو کچەکەم نەخۆشە پێویستم بە دکتۆرە".into()),
            )],
        );
        let text = text_of(&request);
        assert!(
            text.lines.contains(
                &"Anliegen (Kurdisch (Sorani), nicht übersetzt): سڵاو کچەکەم نەخۆشە پێویستم بە دکتۆرە"
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        // Arabic stays Arabic.
        let arabic = text_of(&request_saying("ar", "بنتي مريضة وبدي دكتور"));
        assert!(
            arabic
                .lines
                .iter()
                .any(|line| line.contains("(Arabisch, nicht übersetzt)")),
            "{:#?}",
            arabic.lines
        );
    }

    /// Kompass's own line that the person has no document, kept among their words, stands
    /// under them in German, not inside "Anliegen (Arabisch, nicht übersetzt)" (field tests
    /// CA of stop 75 and CC of stop 76).
    #[test]
    fn the_office_line_stands_apart_from_the_persons_words() {
        let no_document = strip_bidi_marks(&engine().content().locales.text(
            "de",
            "office-no-document",
            &[("words", "Ich habe dieses Papier nicht".into())],
        ));
        let request = request(
            "ar",
            vec![(
                "concern",
                Answer::Text(format!(
                    "السلام عليكم ابوي ما وصله فلوس جوب سنتر هذا الشهر\n{no_document}"
                )),
            )],
        );
        let text = text_of(&request);
        let at = text
            .lines
            .iter()
            .position(|line| {
                line == "Anliegen (Arabisch, nicht übersetzt): السلام عليكم ابوي ما وصله فلوس جوب سنتر هذا الشهر"
            })
            .unwrap_or_else(|| panic!("{:#?}", text.lines));
        let after = &text.lines[at + 1..];
        // A line of its own, below the person's words and what they say word by word.
        assert!(
            after[0].starts_with("    Darin erkannt") && after[1] == no_document,
            "{:#?}",
            text.lines
        );
    }

    /// A name the person's words introduce in a script the office cannot read gets a Latin
    /// spelling under them (field test CE of stop 77: "اسمها فاطمة", her name is Fatima,
    /// reached the office in Arabic letters only); a Latin one does not.
    #[test]
    fn names_in_the_persons_words_get_a_latin_spelling() {
        let arabic = request(
            "ar",
            vec![(
                "concern",
                Answer::Text("مرتي كمان بدها موعد، اسمها فاطمة وعمرها 30".into()),
            )],
        );
        let text = text_of(&arabic);
        let names = text
            .lines
            .iter()
            .find(|line| line.contains("Darin genannte Namen"))
            .unwrap_or_else(|| panic!("{:#?}", text.lines));
        assert_eq!(
            names.trim(),
            "Darin genannte Namen, in lateinischen Buchstaben etwa: Fatima (فاطمة)"
        );
        // Right after a word for a family member, only what surely is a name (field test
        // CG of stop 77): "ولمرتي فاطمة" (and for my wife Fatima), "донька Марія
        // Коваленко"; not "زوجتي مريضة" (my wife is ill).
        for (lang, said, shown) in [
            ("ar", "الموعد لي ولمرتي فاطمة", Some("Fatima (فاطمة)")),
            (
                "uk",
                "донька Марія Коваленко теж прийде",
                Some("(Марія Коваленко)"),
            ),
            ("ru", "Жена Смирнова Ирина тоже", Some("(Смирнова Ирина)")),
            ("ar", "زوجتي مريضة كتير", None),
            ("uk", "донька теж прийде", None),
            // A list after the word, and a name in the instrumental case (field test CJ of
            // stop 78: only "Fatima" was spelled of four; "Sofiieiu (Софією)").
            (
                "ar",
                "انا ومرتي فاطمة ومعي 3 اطفال: احمد ومريم ويوسف",
                Some("(مريم)"),
            ),
            (
                "ar",
                "انا ومرتي فاطمة ومعي 3 اطفال: احمد ومريم ويوسف",
                Some("(يوسف)"),
            ),
            ("uk", "я приїду з донькою Софією", Some("(Софія)")),
            ("ru", "приду с женой Ольгой", Some("(Ольга)")),
            // Names right before a date, the word for the wife far before them (field test
            // CX of stop 82 read "Ehefrau, 12.04.1987").
            (
                "uk",
                "моя дружина приїхала, треба її теж зареєструвати. Коваленко Ірина 12.04.1987",
                Some("Kovalenko Iryna (Коваленко Ірина)"),
            ),
            ("ru", "Смирнова Ирина, 03.02.1990", Some("(Смирнова Ирина)")),
            // One capitalised word before a date is no name: the sentence's first word.
            ("uk", "Народилася 12.04.1987", None),
            // One name before a date where it surely is one (field test CY of stop 82: the
            // children's names reached the office in their script only).
            (
                "ar",
                "زوجتي رنا 5.5.1990، الاولاد: يوسف 12.10.2015، مريم 3.3.2018، آدم 2022",
                Some("(يوسف)"),
            ),
            (
                "ar",
                "زوجتي رنا 5.5.1990، الاولاد: يوسف 12.10.2015، مريم 3.3.2018، آدم 2022",
                Some("(آدم)"),
            ),
            (
                "uk",
                "дружина Оксана, діти Марія 12.03.2015 і Богдан 05.06.2018",
                Some("(Богдан)"),
            ),
            ("uk", "у нас діти: Марія 12.03.2015", Some("(Марія)")),
        ] {
            let text = text_of(&request(lang, vec![("concern", Answer::Text(said.into()))]));
            let names = text
                .lines
                .iter()
                .find(|line| line.contains("Darin genannte Namen"));
            match shown {
                Some(shown) => assert!(
                    names.is_some_and(|line| line.contains(shown)),
                    "{said}: {:#?}",
                    text.lines
                ),
                None => assert!(names.is_none(), "{said}: {:#?}", text.lines),
            }
        }
        let english = request(
            "en",
            vec![(
                "concern",
                Answer::Text("my wife, her name is Fatima".into()),
            )],
        );
        let text = text_of(&english);
        assert!(
            !text.lines.iter().any(|line| line.contains("Namen")),
            "{:#?}",
            text.lines
        );
    }

    /// A Ukrainian mobile number typed without its code reaches the office with Kompass's
    /// reading of it beside it (field test CH of stop 77: "067 123 45 67" was dialled as a
    /// German number); a German mobile number does not.
    #[test]
    fn a_foreign_mobile_number_is_read_with_its_code() {
        let text = text_of(&request(
            "uk",
            vec![("phone", Answer::Phone("067 123 45 67".into()))],
        ));
        assert!(
            text.lines.contains(
                &"Telefon: 067 123 45 67 (wenn aus dem Ausland, vielleicht: +380 67 123 4567)"
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        let text = text_of(&request(
            "uk",
            vec![("phone", Answer::Phone("0151 2345678".into()))],
        ));
        assert!(
            text.lines.contains(&"Telefon: 0151 2345678".to_string()),
            "{:#?}",
            text.lines
        );
    }

    /// Free text is labelled with its language and "nicht übersetzt"; German text and short
    /// Latin answers are not.
    #[test]
    fn free_text_is_labelled_untranslated() {
        let request = request(
            "ar",
            vec![
                ("family_name", Answer::Text("Haddad".into())),
                ("nationality", Answer::Text("Syrien".into())),
                (
                    "concern",
                    Answer::Text("أحتاج إلى موعد لتسجيل عنواني الجديد في البلدية".into()),
                ),
            ],
        );
        let text = text_of(&request);
        assert!(
            text.lines.contains(
                &"Anliegen (Arabisch, nicht übersetzt): أحتاج إلى موعد لتسجيل عنواني الجديد في البلدية"
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        assert!(
            text.lines
                .contains(&"Staatsangehörigkeit: Syrien".to_string())
        );
        assert!(text.lines.contains(&"Familienname: Haddad".to_string()));
        let fields = text.json["fields"].as_array().unwrap();
        assert_eq!(fields[2]["translated"], false);
        assert_eq!(fields[2]["text_language"], "ar");
        assert_eq!(fields[1]["translated"], true);

        // Messages in two languages, each named (a field test of stop 63 read "Englisch"
        // over Arabic lines).
        let two_languages = super::tests::request(
            "en",
            vec![(
                "concern",
                Answer::Text(
                    "My residence permit ends soon and I need an appointment please\nإقامتي تنتهي في 20.01.2027 وأحتاج موعد".into(),
                ),
            )],
        );
        let text = text_of(&two_languages);
        assert!(
            text.lines
                .iter()
                .any(|line| line.starts_with("Anliegen (Englisch, Arabisch, nicht übersetzt): ")),
            "{:#?}",
            text.lines
        );

        // German, from whoever: not labelled.
        let request = request_saying("fa", "Ich brauche bitte einen Termin für die Anmeldung.");
        let text = text_of(&request);
        assert!(
            text.lines.contains(
                &"Anliegen: Ich brauche bitte einen Termin für die Anmeldung.".to_string()
            ),
            "{:#?}",
            text.lines
        );
        // Persian from a Persian speaker: "Persisch", the first word of the interpreter
        // list's "Persisch (Farsi)".
        let request = request_saying("fa", "من برای ثبت آدرس جدیدم به یک وقت ملاقات نیاز دارم");
        let text = text_of(&request);
        assert!(
            text.lines
                .iter()
                .any(|l| l.starts_with("Anliegen (Persisch, nicht übersetzt): من برای")),
            "{:#?}",
            text.lines
        );

        // Begun for a relative: the office is told someone else wrote it (field test D of
        // stop 68: nothing said who wrote for whom).
        let german = |id: &str| strip_bidi_marks(&engine().content().locales.text("de", id, &[]));
        let mut for_relative =
            super::tests::request("en", vec![("family_name", Answer::Text("Yilmaz".into()))]);
        for_relative.for_relative = true;
        let text = text_of(&for_relative);
        let line = german("email-for-relative");
        assert!(text.lines.contains(&line), "{:#?}", text.lines);
        assert_eq!(text.json["for_relative"], true);
        let text = text_of(&super::tests::request("en", vec![]));
        assert!(!text.lines.contains(&line));
        // Written by a helper who is no family member: said so, and no family member.
        for_relative.by_helper = true;
        let text = text_of(&for_relative);
        let helper_line = german("email-by-helper");
        assert!(text.lines.contains(&helper_line), "{:#?}", text.lines);
        assert!(!text.lines.contains(&line), "{:#?}", text.lines);
        assert_eq!(text.json["by_helper"], true);
        // Which family member, as the person's words name them (field test CC of stop 76).
        let mut for_mother = super::tests::request(
            "en",
            vec![(
                "concern",
                Answer::Text("I write for my mother, she only speaks Arabic".into()),
            )],
        );
        for_mother.for_relative = true;
        let text = text_of(&for_mother);
        assert!(
            text.lines
                .contains(&"In den Worten der Person genannt: Mutter.".to_string()),
            "{:#?}",
            text.lines
        );
        for_mother.for_relative = false;
        let text = text_of(&for_mother);
        assert!(
            !text
                .lines
                .iter()
                .any(|line| line.starts_with("In den Worten")),
            "{:#?}",
            text.lines
        );
        // Whose name it holds: asked as the person's, or perhaps the writer's own (field
        // test CA of stop 75); neither line where the request does not say.
        let asked_as_theirs = german("email-person-asked-as-theirs");
        let asked_before = german("email-person-asked-before");
        assert!(!text.lines.contains(&asked_as_theirs) && !text.lines.contains(&asked_before));
        for (asked, line, other) in [
            (true, &asked_as_theirs, &asked_before),
            (false, &asked_before, &asked_as_theirs),
        ] {
            for_relative.person_asked_as_theirs = Some(asked);
            let text = text_of(&for_relative);
            assert!(text.lines.contains(line), "{:#?}", text.lines);
            assert!(!text.lines.contains(other), "{:#?}", text.lines);
            assert_eq!(text.json["person_asked_as_theirs"], asked);
        }
        // With a phone number: no "call the person" under "the phone may be the writer's"
        // (field test BY of stop 75).
        for (by_helper, for_relative_too) in [(false, true), (true, true), (false, false)] {
            let mut with_phone =
                super::tests::request("en", vec![("phone", Answer::Phone("01512345678".into()))]);
            with_phone.for_relative = for_relative_too;
            with_phone.by_helper = by_helper;
            let text = text_of(&with_phone);
            let written_for = for_relative_too || by_helper;
            assert_eq!(
                text.lines.contains(&german("email-answer-phone-writer")),
                written_for,
                "{:#?}",
                text.lines
            );
            assert_eq!(
                text.lines.contains(&german("email-answer-phone")),
                !written_for,
                "{:#?}",
                text.lines
            );
        }
        // A day within two weeks after sending is urgent (field test G of stop 68: "надо
        // прийти 10.12." four days later had no mark). The test requests are sent on
        // 22.11.2026.
        let soon = request_saying(
            "ru",
            "В письме написано что мне надо прийти 25.11. в 9 часов",
        );
        let text = text_of(&soon);
        assert_eq!(text.json["urgent"], json!(["25.11."]), "{:#?}", text.lines);
        // Within two weeks: "до 01.12" nine days later (field test BQ of stop 73 was
        // unmarked).
        let nine_days = request_saying(
            "uk",
            "Лист від Familienkasse, треба щось до 01.12 відповісти",
        );
        assert_eq!(text_of(&nine_days).json["urgent"], json!(["01.12."]));
        // A letter from a court (field test BR of stop 73: "Amtsgericht Lemgo", a
        // Räumungsklage, was unmarked).
        let court = request_saying("ar", "وصلني مكتوب من Amtsgericht Lemgo عن البيت");
        assert_eq!(text_of(&court).json["urgent"], json!(["Gericht"]));
        // Rent owed in Turkish, after a word that calls the person written to (field test
        // BS of stop 73: "Bruder" and "Miete" were read, and it was not urgent).
        let rent = request_saying(
            "tr",
            "merhaba kardesim, 2 aydir kira odeyemedim ev sahibi kizgin",
        );
        let text = text_of(&rent);
        assert_eq!(
            text.json["urgent"],
            json!(["Mietschulden"]),
            "{:#?}",
            text.lines
        );
        let gist = text.lines.iter().find(|l| l.contains("Darin erkannt"));
        assert!(
            gist.is_some_and(|l| l.contains("Mietschulden") && !l.contains("Geschwister")),
            "{:#?}",
            text.lines
        );
        // A brother named is still shown ("kardeş" is a brother or a sister).
        let brother = request_saying("tr", "kardeşim hasta, doktor lazım");
        assert!(
            text_of(&brother)
                .lines
                .iter()
                .any(|l| l.contains("Darin erkannt") && l.contains("Geschwister")),
            "{:#?}",
            text_of(&brother).lines
        );
        let later = request_saying(
            "ru",
            "В письме написано что мне надо прийти 15.01. в 9 часов",
        );
        assert_eq!(text_of(&later).json["urgent"], json!([]));
        // Two Turkish words and a date, too few to tell the language by: its `gist` words
        // are Turkish only, so it is Turkish, and its deadline is read (a field test of
        // stop 68 found it unlabelled).
        let request = request_saying("tr", "kartim 20.12.2026 bitiyor");
        let text = text_of(&request);
        assert!(
            text.lines.contains(
                &"Anliegen (Türkisch, nicht übersetzt): kartim 20.12.2026 bitiyor".to_string()
            ),
            "{:#?}",
            text.lines
        );
        assert!(
            text.lines
                .iter()
                .any(|l| l.contains("Darin erkannt") && l.contains("läuft ab")),
            "{:#?}",
            text.lines
        );
    }

    /// A field test of stop 60: "Строк до 11.12. … терміново" in a Ukrainian message was a
    /// deadline the office could not see. The words recognised go under the message; the
    /// urgent ones, with the days named, at the end of the head and in the subject. German
    /// text is read by the office: no words under it, but urgent words still at the top.
    #[test]
    fn what_an_untranslated_message_says_and_whether_it_is_urgent() {
        let request = request(
            "uk",
            vec![
                ("family_name", Answer::Text("Kovalenko".into())),
                (
                    "concern",
                    Answer::Text(
                        "Я отримала лист від Джобцентру. Строк до 11.12. Допоможіть терміново, у мене двоє дітей."
                            .into(),
                    ),
                ),
            ],
        );
        let text = text_of(&request);
        assert_eq!(
            text.subject,
            "Anfrage KAL-2026-000042 (vielleicht eilig): Aufenthalt und Arbeitserlaubnis"
        );
        let head_end = text
            .lines
            .iter()
            .skip(2)
            .position(String::is_empty)
            .unwrap()
            + 2;
        assert_eq!(
            text.lines[head_end - 1],
            "Vielleicht eilig. Im Text der Person erkannt: Frist, 11.12., dringend"
        );
        let concern = text
            .lines
            .iter()
            .position(|line| line.starts_with("Anliegen (Ukrainisch, nicht übersetzt): "))
            .unwrap();
        assert_eq!(
            text.lines[concern + 1],
            "    Darin erkannt (Wort für Wort, keine Übersetzung): Brief, Jobcenter, Frist, 11.12., dringend, Kinder"
        );
        assert_eq!(text.json["urgent"], json!(["Frist", "11.12.", "dringend"]));

        // "The landlord gave me a paper, I must leave the house by the end of next month"
        // was not marked (field test BX of stop 75).
        let request = request_saying(
            "ar",
            "صاحب البيت عطاني ورقة لازم اطلع من البيت لآخر الشهر الجاي وعندي ٣ ولاد",
        );
        let text = text_of(&request);
        assert!(
            text.subject.contains("(vielleicht eilig)"),
            "{}",
            text.subject
        );
        assert_eq!(text.json["urgent"], json!(["Räumung", "Frist"]));

        // "oğlum tercüme yapar" (my son translates) under "Sprachmittlung: nicht nötig": the
        // office reads who translates (field test BZ of stop 75).
        let text = text_of(&request_saying("tr", "oğlum tercüme yapar"));
        assert!(
            text.lines
                .iter()
                .any(|line| line.contains("Darin erkannt") && line.contains("übersetzt")),
            "{:#?}",
            text.lines
        );

        // "пишу за маму" (I write for mum): the mother in the accusative was no word of it
        // (a Ukrainian run of stop 75 read "nicht, Deutsch" only).
        for (lang, said) in [("uk", "пишу за маму"), ("ru", "пишу за маму")] {
            let text = text_of(&request_saying(lang, said));
            assert!(
                text.lines
                    .iter()
                    .any(|line| line.contains("Darin erkannt") && line.contains("Mutter")),
                "{said}: {:#?}",
                text.lines
            );
        }

        // "وصلته رسالة من الجوب سنتر" (a letter came from the Jobcenter): "رسالة" is a letter
        // too, and the office read "asks for a written message" (field test CA of stop 75).
        let mut letter = request_saying("ar", "وصلته رسالة من الجوب سنتر.");
        letter
            .answers
            .push(("phone".into(), Answer::Phone("0176 55443319".into())));
        let text = text_of(&letter);
        let german = |id: &str| strip_bidi_marks(&engine().content().locales.text("de", id, &[]));
        assert!(
            !text.lines.contains(&german("email-answer-message"))
                && text.lines.contains(&german("email-answer-phone")),
            "{:#?}",
            text.lines
        );

        // Nothing urgent: the usual subject, no line at the top.
        let request = request_saying("uk", "Мені потрібна консультація щодо дозволу на роботу");
        let text = text_of(&request);
        assert_eq!(
            text.subject,
            "Anfrage KAL-2026-000042: Aufenthalt und Arbeitserlaubnis"
        );
        assert!(
            !text
                .lines
                .iter()
                .any(|line| line.starts_with("Vielleicht eilig"))
        );

        // German: the office reads it; what is urgent is said at the top all the same.
        let request = super::tests::request(
            "de",
            vec![(
                "concern",
                Answer::Text(
                    "Mein Aufenthaltstitel ist abgelaufen, bitte dringend, Termin am Montag".into(),
                ),
            )],
        );
        let text = text_of(&request);
        assert!(
            text.subject.contains("(vielleicht eilig)"),
            "{}",
            text.subject
        );
        assert!(
            text.lines.contains(
                &"Vielleicht eilig. Im Text der Person erkannt: abgelaufen, dringend, Montag"
                    .to_string()
            ),
            "{:#?}",
            text.lines
        );
        assert!(!text.lines.iter().any(|line| line.contains("Darin erkannt")));
    }

    /// A field test of stop 60: Turkish without its own letters and Kurmanji reached the
    /// office unlabelled, read as German. Their common words label them; German from the
    /// same person does not get a label.
    #[test]
    fn latin_text_is_labelled_by_its_common_words() {
        for (language, concern, label) in [
            (
                "tr",
                "esim ve oglum da geliyor, ben de gelecegim",
                "Anliegen (Türkisch, nicht übersetzt): ",
            ),
            (
                "ku",
                "name hat ez fam nakim pere nehat",
                "Anliegen (Kurdisch",
            ),
            (
                "tr",
                "Ich brauche bitte einen Termin für die Anmeldung",
                "Anliegen: Ich brauche",
            ),
        ] {
            let request = request(language, vec![("concern", Answer::Text(concern.into()))]);
            let text = text_of(&request);
            assert!(
                text.lines.iter().any(|line| line.starts_with(label)),
                "{concern}: {:#?}",
                text.lines
            );
        }
    }

    /// A short answer in a script the office cannot read gets a Latin spelling beside it;
    /// a message does not (even a one-word one), and neither does Latin text.
    /// A country chosen from the list reaches the office in German, with its code in
    /// `request.json`; one typed in another script is labelled and spelled as free text.
    #[test]
    fn nationality_from_the_list_is_german_and_typed_ones_are_labelled() {
        let chosen = request("ar", vec![("nationality", Answer::Choice("SY".into()))]);
        let text = text_of(&chosen);
        assert!(
            text.lines
                .contains(&"Staatsangehörigkeit: Syrien".to_string()),
            "{:#?}",
            text.lines
        );
        let field = &text.json["fields"][0];
        assert_eq!(field["kind"], "choice");
        assert_eq!(field["value"], "SY");
        assert_eq!(field["text"], "Syrien");
        assert!(field.get("latin_spelling").is_none(), "{field}");
        let typed = request("ar", vec![("nationality", Answer::Text("فلسطين".into()))]);
        let text = text_of(&typed);
        let field = &text.json["fields"][0];
        assert_eq!(field["translated"], false, "{field}");
        assert_eq!(field["latin_spelling"], "Flstin", "{field}");
    }

    #[test]
    fn short_answers_in_other_scripts_are_spelled_in_latin_letters() {
        for (language, nationality, expected) in [
            (
                "uk",
                "Україна",
                "Staatsangehörigkeit (Ukrainisch, nicht übersetzt): Україна (in lateinischen Buchstaben etwa: Ukraina)",
            ),
            (
                "fa",
                "افغانستان",
                "Staatsangehörigkeit (Persisch, nicht übersetzt): افغانستان (in lateinischen Buchstaben etwa: Afghanstan)",
            ),
            (
                "ar",
                "سوريا",
                "Staatsangehörigkeit (Arabisch, nicht übersetzt): سوريا (in lateinischen Buchstaben etwa: Suria)",
            ),
            ("tr", "Türkiye", "Staatsangehörigkeit: Türkiye"),
        ] {
            let request = request(
                language,
                vec![("nationality", Answer::Text(nationality.into()))],
            );
            let text = text_of(&request);
            assert!(
                text.lines.contains(&expected.to_string()),
                "{:#?}",
                text.lines
            );
            // request.json carries the spelling on its own, for the office's software.
            let spelling = expected
                .split_once("etwa: ")
                .map(|(_, rest)| rest.trim_end_matches(')'));
            assert_eq!(
                text.json["fields"][0]["latin_spelling"].as_str(),
                spelling,
                "{}",
                text.json["fields"][0]
            );
        }
        // An address keeps its house number and commas, in ASCII digits; one the person
        // kept as written is spelled however many words it has.
        for (language, address, spelling) in [
            ("uk", "Каллеталь, Головна 5", "Kalletal, Holovna 5"),
            // A village of the municipality is written as it writes it; a German street
            // word makes the street's German name (a Ukrainian field test: "Vul.
            // Shulshtrase 12, Kaletal").
            (
                "ar",
                "شارع المحطة ٣، هوهنهاوزن",
                "Shar Almhta 3, Hohenhausen",
            ),
            (
                "uk",
                "вул. Шульштрасе 12, Калетал",
                "Schulstraße 12, Kalletal",
            ),
            (
                "uk",
                "вулиця Головна 5, квартира 3, Каллеталь",
                "Vulytsia Holovna 5, Kvartyra 3, Kalletal",
            ),
        ] {
            let request = request(language, vec![("address", Answer::Text(address.into()))]);
            let text = text_of(&request);
            assert_eq!(
                text.json["fields"][0]["latin_spelling"].as_str(),
                Some(spelling),
                "{}",
                text.json["fields"][0]
            );
            assert!(
                text.lines.iter().any(|l| l.ends_with(&format!(
                    "{address} (in lateinischen Buchstaben etwa: {spelling})"
                ))),
                "{:#?}",
                text.lines
            );
        }
        // An address in Latin letters is in no language (field test BQ of stop 73: "(Türkisch,
        // nicht übersetzt)" in a Turkish chat).
        for language in ["tr", "ar", "de", "en"] {
            let address = "Am Sportplatz 2, 32689 Kalletal-Varenholz";
            let request = request(language, vec![("address", Answer::Text(address.into()))]);
            let text = text_of(&request);
            assert!(
                text.lines.iter().any(|l| l.ends_with(&format!(": {address}"))
                    && !l.contains("nicht übersetzt")),
                "{language}: {:#?}",
                text.lines
            );
        }
        for message in ["Мій дозвіл на проживання закінчується в грудні", "Нічого"]
        {
            let request = request("uk", vec![("concern", Answer::Text(message.into()))]);
            let text = text_of(&request);
            assert!(
                text.lines.contains(&format!(
                    "Anliegen (Ukrainisch, nicht übersetzt): {message}"
                )),
                "{:#?}",
                text.lines
            );
        }
    }
}
