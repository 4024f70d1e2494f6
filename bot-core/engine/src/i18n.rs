//! Translations: one Fluent bundle per language, looked up with the fallback chain
//! newcomer's language → English → German.
//!
//! Bundles are fluent's *concurrent* kind so a loaded set can be shared across tokio tasks.
//! User text only ever enters as an argument value, never as a pattern, so nothing a
//! newcomer types is interpreted as Fluent syntax.
//!
//! Bidi isolation marks (U+2068 … U+2069) go around an inserted value only where its
//! direction differs from the message's (Latin words in an Arabic or Persian message, Arabic
//! words in an English one), so it cannot scramble the text around it; and never around a
//! value people copy (a reference number, an email address, an address, a path), where a
//! copied invisible mark breaks a search or an email. Fluent's own isolation, which wraps
//! every value in every language, is off.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::action::MAX_LANGUAGE_BYTES;
use crate::date_words::DateWords;
use crate::diagnostic::line_of;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::name_spellings::NameSpellings;
use crate::words::{WordLists, load_locale_words};

/// Languages tried after the newcomer's own, in order.
pub const FALLBACK: [&str; 2] = ["en", "de"];

/// The bidi isolation marks put around a value whose direction differs from its message's.
pub const BIDI_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// Arguments whose values people copy: never wrapped in invisible marks. Each starts with
/// a Latin letter (a reference `KAL-2026-000123`, an email address, a street, a path), so
/// it keeps its order in a right-to-left message without them.
pub const COPIED_ARGUMENTS: [&str; 5] = ["reference", "email", "address", "place", "path"];

/// The engine's own messages and the variables it passes to each. `kompass check` requires
/// every one of them in every language and refuses variables not listed here.
pub const SYSTEM_MESSAGES: &[(&str, &[&str])] = &[
    ("language-name", &[]),
    ("private-chat-only", &[]),
    ("choose-language", &[]),
    ("language-detected-confirm", &["language"]),
    ("language-set", &[]),
    ("language-dari-noted", &[]),
    ("language-not-available", &[]),
    ("button-back", &[]),
    ("button-main-menu", &[]),
    ("button-yes", &[]),
    ("button-no", &[]),
    ("button-skip", &[]),
    ("button-done", &[]),
    ("button-cancel", &[]),
    ("button-send", &[]),
    ("button-change", &[]),
    ("button-other-language", &[]),
    ("button-continue-request", &[]),
    ("button-back-to-summary", &[]),
    ("button-delete-yes", &[]),
    ("button-delete-no", &[]),
    ("button-interpreter-other", &[]),
    ("cmd-start", &[]),
    ("cmd-menu", &[]),
    ("cmd-back", &[]),
    ("cmd-language", &[]),
    ("cmd-cancel", &[]),
    ("cmd-help", &[]),
    ("cmd-status", &[]),
    ("cmd-delete", &[]),
    ("cmd-town", &[]),
    ("town-question", &[]),
    ("button-change-town", &[]),
    ("help-text", &[]),
    ("not-understood", &[]),
    ("appointment-which", &[]),
    ("not-understood-question", &["institution", "button"]),
    ("not-understood-question-email", &["institution", "email"]),
    (
        "not-understood-question-form",
        &["institution", "button", "email"],
    ),
    (
        "not-understood-question-page-form",
        &["institution", "button", "email"],
    ),
    ("form-question-goes", &[]),
    ("form-first-message-goes", &[]),
    ("page-address-below", &[]),
    ("new-here", &[]),
    ("not-understood-question-page", &["institution", "button"]),
    (
        "not-understood-question-page-email",
        &["institution", "email"],
    ),
    ("reply-thanks", &[]),
    ("reply-ok", &[]),
    ("offer-files-full", &["max", "institution", "button"]),
    ("reply-greeting", &[]),
    ("reply-goodbye", &[]),
    ("reply-stop", &[]),
    ("unsupported-message", &[]),
    ("text-too-long", &["max"]),
    ("attachment-not-expected", &[]),
    ("attachment-letter-help", &[]),
    ("attachment-letter-kept", &["button"]),
    ("attachment-kept-for-request", &["button"]),
    (
        "attachment-for-sent-request",
        &["reference", "institution", "email"],
    ),
    ("appointment-after-hours", &[]),
    ("appointment-office-closed", &[]),
    ("appointment-days-open-then", &["days"]),
    ("attachment-for-request", &["title"]),
    ("cancel-nothing", &[]),
    ("cancel-sent", &["reference", "institution"]),
    ("back-nothing", &[]),
    ("group-chat-only-private", &[]),
    ("form-progress", &["number", "total"]),
    ("form-about-the-person", &[]),
    ("form-asked-again-for-someone", &["institution"]),
    ("form-answer-now", &["answer"]),
    ("form-answer-earlier", &["answer"]),
    ("form-resume", &["title"]),
    ("form-sent-before", &["reference", "date", "institution"]),
    ("form-sent-before-new", &[]),
    ("form-sent-before-write", &["command"]),
    ("form-cancelled", &[]),
    ("form-draft-kept", &[]),
    ("error-text-empty", &[]),
    ("error-text-too-long", &["max"]),
    ("error-date-invalid", &[]),
    ("error-date-impossible", &[]),
    ("error-date-future", &[]),
    ("error-date-past", &[]),
    ("error-date-too-old", &[]),
    ("error-date-year-only", &["date"]),
    ("error-date-year-missing", &["date"]),
    ("error-date-unknown-day", &["date", "known"]),
    ("error-date-persian-year", &["year", "gregorian"]),
    ("error-date-solar-hijri", &["date"]),
    ("error-date-year-short", &["date"]),
    ("error-date-month-first", &["date"]),
    ("error-date-ago", &["date"]),
    ("error-date-day-missing", &["example"]),
    ("error-date-still-offered", &["date"]),
    ("answer-noted-ahead", &["answer"]),
    ("answer-corrected", &["answer"]),
    ("answer-noted-too", &["answer"]),
    ("answers-noted-ahead", &["answers"]),
    ("photo-kept-ahead-check", &["label"]),
    ("photo-for-question-before", &["label"]),
    ("photo-moved-here", &["label"]),
    ("form-not-sent-yet-questions", &[]),
    ("form-question-kept", &["institution"]),
    ("form-question-added", &["institution"]),
    ("form-not-sent-yet", &["button"]),
    ("form-question-page", &["page"]),
    ("form-question-kept-too", &["institution"]),
    ("form-question-not-answer", &[]),
    ("form-message-kept", &["institution"]),
    ("form-message-kept-too", &["institution"]),
    ("form-for-someone-else", &["institution"]),
    ("first-message-for-someone", &[]),
    ("first-message-not-read", &[]),
    ("form-child-later", &["institution"]),
    ("form-one-person-here", &["institution"]),
    ("form-question-again", &[]),
    ("form-why-asked", &[]),
    ("form-slip-back", &[]),
    ("office-no-document", &["words"]),
    ("office-no-family-name", &["words"]),
    ("office-no-given-name", &["words"]),
    ("error-name-needed", &[]),
    ("office-no-address", &["words"]),
    ("office-writer-details", &["words"]),
    ("office-hours", &["hours"]),
    ("office-open-now", &["until"]),
    ("office-opens-today", &["from"]),
    ("office-opens-tomorrow", &["from"]),
    ("office-opens-on", &["day", "from"]),
    ("list-separator", &[]),
    ("topics-several", &["topics"]),
    ("office-in-form", &["office"]),
    ("photos-without-papers", &[]),
    ("button-no-paper", &[]),
    ("value-photos-none", &[]),
    ("appointment-day-from-office", &[]),
    ("form-question-goes-along", &["count", "question"]),
    ("error-number-in-all", &[]),
    ("date-past-deadline", &["days", "deadline"]),
    ("count-added-up", &["count"]),
    ("error-date-too-far", &[]),
    ("error-phone", &[]),
    ("error-phone-in-words", &[]),
    ("error-email", &[]),
    ("error-number", &[]),
    ("error-code", &[]),
    ("code-write-it", &[]),
    ("error-number-range", &["min", "max"]),
    ("error-choose-option", &[]),
    ("error-one-option", &[]),
    ("error-one-option-form", &[]),
    ("error-photo-expected", &[]),
    ("error-photo-not-pdf", &[]),
    ("error-file-unknown", &[]),
    ("error-file-too-large", &["max"]),
    ("error-image-too-large", &[]),
    ("photo-received", &["count"]),
    ("photo-send-more", &["missing"]),
    ("photo-more-or-done", &[]),
    ("photo-needed-later", &["button"]),
    ("photo-limit-reached", &[]),
    ("photo-sent-before", &[]),
    ("interpreter-question", &[]),
    ("interpreter-language-question", &[]),
    ("interpreter-language-type", &[]),
    ("interpreter-question-for-someone", &[]),
    ("summary-title", &[]),
    ("summary-institution", &["institution"]),
    ("summary-question", &[]),
    ("summary-which-field", &[]),
    ("value-skipped", &[]),
    ("value-yes", &[]),
    ("value-no", &[]),
    ("value-photos", &["count"]),
    ("value-interpreter-no", &[]),
    ("appointment-mornings", &[]),
    ("appointment-afternoons", &[]),
    ("appointment-any", &[]),
    ("appointment-none", &[]),
    ("appointment-none-when", &[]),
    ("appointment-hour-after", &["time"]),
    ("appointment-hour-at", &["time"]),
    ("appointment-hour-until", &["time"]),
    ("request-submitted", &["reference", "institution"]),
    ("request-sent", &["reference", "institution"]),
    ("request-next", &["way"]),
    ("request-urgent", &[]),
    ("request-urgent-danger", &[]),
    ("request-urgent-letter", &[]),
    ("request-ill", &[]),
    ("request-failed", &["reference", "institution"]),
    ("request-sent-write-hint", &["command"]),
    ("documents-to-bring", &[]),
    ("documents-none", &[]),
    ("documents-without-papers", &[]),
    ("status-none", &[]),
    ("status-reference-unknown", &["reference"]),
    ("status-reference-not-yours", &["reference"]),
    ("status-draft", &["title", "button"]),
    ("status-header", &[]),
    (
        "status-line",
        &["reference", "institution", "date", "state"],
    ),
    ("status-queued", &[]),
    ("status-sent", &[]),
    ("status-failed", &[]),
    ("status-closed", &[]),
    ("status-cancel-asked", &["date"]),
    ("status-long-wait", &["days", "office"]),
    ("status-write-hint", &[]),
    ("status-call-office", &["office"]),
    ("status-tell-office", &["reference", "office"]),
    ("office-phone", &["phone"]),
    ("office-email", &["email"]),
    ("status-question-hint", &[]),
    ("status-write-hint-addendum", &[]),
    ("status-photo-hint", &[]),
    ("status-question-hint-addendum", &["way"]),
    ("person-intro", &["institution"]),
    ("person-reply-hint", &[]),
    ("person-start", &["institution"]),
    ("person-forwarded", &["institution"]),
    ("person-question-sent", &["institution"]),
    ("person-start-request", &["reference", "institution"]),
    (
        "person-addendum-start",
        &["reference", "institution", "way"],
    ),
    ("person-already-sent", &["institution"]),
    ("person-file-already-sent", &["institution"]),
    ("person-sent-again", &["date"]),
    ("person-file-in-request", &["reference"]),
    ("person-addendum-sent", &["institution", "way"]),
    ("form-choice-first-of-several", &["option"]),
    ("page-words-for-request", &[]),
    ("office-also-chosen", &["label", "options"]),
    ("person-sent-words", &["words"]),
    ("talk-stopped", &[]),
    ("talk-stopped-case", &["reference", "institution"]),
    ("talk-status-held", &[]),
    ("talk-danger-held", &["institution"]),
    ("talk-office", &["office"]),
    ("talk-new-topic-held", &["topic", "institution"]),
    ("request-for-relative", &[]),
    ("button-write-about", &["reference", "title"]),
    ("button-write-about-all", &[]),
    ("person-sent-to-all", &["offices"]),
    ("person-files-sent", &["institution"]),
    ("letter-deadline", &["date"]),
    ("paper-ends-soon", &["date"]),
    ("attachment-offer-person", &["institution", "button"]),
    ("attachment-offer-more", &["count", "button"]),
    ("attachment-offer-kept", &["institution", "button"]),
    ("person-closed", &["institution"]),
    ("person-unavailable", &["email"]),
    ("person-unavailable-form", &["button", "email"]),
    ("person-not-forwarded", &[]),
    (
        "appointment-confirmed",
        &["institution", "date", "time", "place"],
    ),
    (
        "appointment-reminder",
        &["institution", "date", "time", "place"],
    ),
    ("appointment-reminder-note", &[]),
    ("button-write-to-person", &[]),
    ("delete-confirm", &[]),
    ("delete-done", &[]),
    ("delete-sent-stay", &["references"]),
    ("delete-kept", &[]),
    ("email-subject", &["reference", "title"]),
    ("email-subject-urgent", &["reference", "title"]),
    ("email-urgent", &["words"]),
    ("email-intro", &[]),
    ("email-reference", &[]),
    ("email-submitted-at", &[]),
    ("email-channel", &[]),
    ("email-person-language", &[]),
    ("email-person-language-named", &["language"]),
    ("email-earlier", &["requests"]),
    ("email-for-relative", &[]),
    ("email-by-helper", &[]),
    ("email-person-asked-as-theirs", &[]),
    ("email-relative-named", &["who"]),
    ("email-person-asked-before", &[]),
    ("email-said-with", &[]),
    ("email-said-with-date", &[]),
    ("email-date-past-deadline", &["date", "days", "deadline"]),
    ("email-interpreter", &[]),
    ("email-interpreter-no", &[]),
    ("email-interpreter-no-writer", &[]),
    ("email-attachments", &[]),
    ("email-footer", &[]),
    ("email-part", &["part", "parts"]),
    ("cancel-confirm", &["title"]),
    ("button-cancel-yes", &[]),
    ("button-cancel-no", &[]),
    ("cancel-kept", &[]),
    ("unknown-command", &[]),
    ("error-name-letter", &[]),
    ("error-name-digit", &[]),
    ("error-name-arabizi", &["name"]),
    ("error-name-label", &["label"]),
    ("error-answer-letter", &[]),
    ("error-address-street", &[]),
    ("error-address-unknown", &[]),
    ("error-text-word", &["word"]),
    ("content-changed", &[]),
    ("email-answer-room", &[]),
    ("email-answer-email", &[]),
    ("email-answer-relay", &[]),
    ("email-answer-phone", &[]),
    ("email-answer-phone-writer", &[]),
    ("email-answer-message", &[]),
    ("email-answer-letter", &[]),
    ("email-answer-letter-urgent", &[]),
    ("email-phone-someone-else", &[]),
    ("email-answer-none", &[]),
    ("email-answer-language", &["language"]),
    ("email-answer-language-interpreter", &["language"]),
    ("email-answer-language-english", &["language"]),
    ("email-answer-language-helper", &["chat", "language"]),
    ("email-answer-language-writer", &["chat"]),
    ("contact-needed", &[]),
    ("contact-needed-visit", &["address"]),
    ("contact-needed-letter", &["home"]),
    ("contact-by-letter", &["home"]),
    ("document-received", &["count"]),
    ("value-documents", &["count"]),
    // The Matrix adapter: a group room it leaves, messages it cannot decrypt.
    ("matrix-group-room", &[]),
    ("matrix-undecryptable", &[]),
    // The terminal chat's own notes.
    ("terminal-photo-hint", &[]),
    ("terminal-not-utf8", &[]),
    ("terminal-file-missing", &["path"]),
    ("terminal-file-not-regular", &["path"]),
    ("terminal-file-unreadable", &["path"]),
    ("terminal-emails-queued", &["count"]),
    // Edits on Telegram and Matrix.
    ("edit-not-applied", &[]),
    // Photos that may be hard to read (photos.ftl): asked again with one tip.
    ("photo-check-small", &[]),
    ("photo-check-dark", &[]),
    ("photo-check-bright", &[]),
    ("photo-check-blurred", &[]),
    ("photo-check-several", &["count"]),
    ("photo-tip-page", &[]),
    ("photo-tip-light", &[]),
    ("photo-tip-glare", &[]),
    ("photo-tip-still", &[]),
    ("photo-check-question", &[]),
    ("button-photo-retake", &[]),
    ("button-photo-keep", &[]),
    ("button-photo-remove", &[]),
    ("photo-removed", &[]),
    // A voice message to a caseworker over the size limit (voice.ftl).
    ("voice-too-large", &["max"]),
    ("voice-offer-person", &["institution", "button"]),
    ("field-voice-hint", &[]),
    ("voice-answer-taken", &[]),
    ("value-voice", &["duration"]),
    ("value-voice-unknown", &[]),
    // Language mediators (mediation.ftl): a caseworker's reply on its way, translated.
    ("mediation-pending", &["institution"]),
    ("mediation-translated", &[]),
    ("mediation-original", &[]),
    // Refused uploads (uploads.ftl): listed so every language must have them.
    ("upload-photo-damaged", &[]),
    ("upload-not-received", &[]),
    ("upload-pdf-encrypted", &[]),
    ("upload-pdf-javascript", &[]),
    ("upload-pdf-launch", &[]),
    ("upload-pdf-embedded-file", &[]),
    ("upload-pdf-unreadable", &[]),
    ("upload-too-large-for-email", &["max"]),
    // Names in Latin letters, free text the office gets untranslated (names.ftl).
    ("name-latin-question", &["name"]),
    ("name-latin-suggestion", &["suggestion"]),
    ("button-name-no-latin", &[]),
    ("error-name-not-latin", &[]),
    ("answer-word-check", &["word"]),
    ("name-in-both", &["shared"]),
    ("email-typo-check", &["email"]),
    ("email-space-note", &[]),
    ("address-number-check", &["address"]),
    ("address-number-sure", &["number"]),
    ("address-street-check", &["address"]),
    ("address-latin-question", &["address"]),
    ("button-address-keep", &[]),
    ("value-name-original", &["latin", "original"]),
    ("value-name-suggested", &["latin", "original"]),
    ("value-name-no-latin", &["original"]),
    ("email-untranslated", &["label", "language"]),
    ("email-untranslated-unknown", &["label"]),
    ("email-phone-note", &[]),
    ("email-phone-foreign", &["number", "foreign"]),
    ("email-note-gist", &["words"]),
    ("email-names-latin", &["names"]),
    ("email-attached", &["value", "file"]),
    ("email-photos-other-paper", &["photos"]),
    ("email-untranslated-latin", &["text", "latin"]),
    // The visit slip, the calendar entry and the posters (documents.ftl; read by
    // `appointment_documents` and `posters`).
    ("slip-title", &[]),
    ("slip-date", &[]),
    ("slip-time", &[]),
    ("slip-place", &[]),
    ("slip-bring", &[]),
    ("slip-reference", &[]),
    ("slip-show-at-counter", &[]),
    ("calendar-summary", &["institution"]),
    ("calendar-reminder", &["institution"]),
    ("poster-greeting", &[]),
    ("poster-line", &[]),
    ("poster-scan", &[]),
    ("poster-telegram", &[]),
    ("poster-element", &[]),
];

/// The file that holds caseworkers' reply templates in each language folder
/// (`templates.rs`, a layer above, reads, checks and renders them).
pub const TEMPLATES_FILE: &str = "caseworker-templates.ftl";

/// Message ids of the names of documents caseworkers type in reply templates
/// (`document-names.ftl`; `templates.rs` reads them): no flow uses them, and they take no
/// variables.
pub const DOCUMENT_NAME_PREFIX: &str = "docname-";

/// Whether a language is written right to left.
pub fn is_rtl(code: &str) -> bool {
    matches!(code, "ar" | "fa" | "prs" | "ps" | "ur" | "he" | "ckb")
}

/// The language of caseworker rooms: the bot's own texts there (`caseworker.ftl`) and the
/// reference text of the reply templates (`caseworker-templates.ftl`) are German.
pub const CASEWORKER_LANGUAGE: &str = "de";

/// The bot's own texts in caseworker rooms (`locales/de/caseworker.ftl`) and the variables
/// the code passes to each. `kompass check` requires every one of them in
/// [`CASEWORKER_LANGUAGE`] and refuses other variables; other languages need none of them.
pub const CASEWORKER_MESSAGES: &[(&str, &[&str])] = &[
    ("caseworker-root-contact", &["reference"]),
    ("email-thread-subject", &["reference"]),
    ("email-thread-intro", &["reference"]),
    ("email-thread-request", &["date", "title"]),
    ("email-thread-person", &["person"]),
    ("email-thread-person-born", &["person", "date"]),
    ("email-thread-maybe-cancelled", &[]),
    ("email-thread-maybe-urgent", &[]),
    ("email-thread-urgent", &["words"]),
    ("email-question-subject", &["reference"]),
    ("email-question-intro", &["reference", "language", "code"]),
    ("email-thread-photo", &[]),
    ("email-thread-document", &[]),
    ("email-thread-footer", &[]),
    ("email-thread-footer-one-way", &[]),
    ("email-thread-footer-one-way-new-number", &[]),
    ("email-thread-footer-one-way-new-postal", &[]),
    ("email-thread-postal", &["address"]),
    ("email-thread-footer-one-way-email", &[]),
    ("email-addendum-subject", &["reference"]),
    ("email-thread-phone", &["number"]),
    ("email-thread-email", &["address"]),
    ("email-thread-footer-one-way-new-email", &[]),
    ("email-thread-footer-one-way-later-email", &["address"]),
    ("email-thread-footer-one-way-later-number", &["number"]),
    ("email-thread-later-phone", &["number"]),
    ("email-thread-birth-date", &["date", "before"]),
    ("caseworker-root-request-erased", &["reference"]),
    ("caseworker-root-institution", &["institution"]),
    ("caseworker-root-language", &["language", "code"]),
    ("caseworker-root-footer", &[]),
    ("caseworker-forwarded-text", &[]),
    ("caseworker-forwarded-text-untranslated", &["note"]),
    ("caseworker-forwarded-sent-before", &["date"]),
    ("caseworker-forwarded-voice", &["language"]),
    // Language mediators: their room (no name, no reference), and notes in the case thread.
    ("mediators-root", &["number", "language"]),
    ("mediators-from-newcomer", &["number"]),
    ("mediators-from-office", &["number", "language"]),
    ("mediators-case-closed", &["number"]),
    ("mediators-help", &[]),
    ("mediators-done-office", &[]),
    ("mediators-done-newcomer", &[]),
    ("mediators-unknown-thread", &[]),
    ("mediators-nothing", &[]),
    ("mediators-closed", &[]),
    ("mediators-note-top-level", &[]),
    ("mediators-note-edit", &[]),
    ("mediators-note-power-level", &["power"]),
    ("mediators-only-text", &[]),
    ("mediators-reply-held", &["language", "hours"]),
    ("mediators-reply-sent-and-queued", &["language"]),
    ("mediators-reply-released", &["language"]),
    ("mediators-translation-for-office", &["language", "excerpt"]),
    ("mediators-translation-sent", &["language"]),
    ("caseworker-help", &[]),
    ("caseworker-unknown-command", &["command"]),
    ("caseworker-appointment-example", &[]),
    ("caseworker-appointment-missing", &[]),
    ("caseworker-date-invalid", &["date"]),
    ("caseworker-date-past", &["date"]),
    ("caseworker-time-invalid", &["time"]),
    ("caseworker-templates-header", &[]),
    ("caseworker-template-values", &["variables"]),
    ("caseworker-template-no-values", &[]),
    ("caseworker-template-example", &["example"]),
    ("caseworker-template-missing-name", &["name"]),
    ("caseworker-template-unknown", &["name"]),
    ("caseworker-template-did-you-mean", &["name"]),
    ("caseworker-template-missing-value", &["name", "variable"]),
    (
        "caseworker-template-unknown-value",
        &["name", "variable", "variables"],
    ),
    ("caseworker-template-no-values-allowed", &["name"]),
    ("caseworker-template-value-twice", &["variable"]),
    ("caseworker-template-empty-value", &["variable"]),
    ("caseworker-template-no-name", &["text"]),
    ("caseworker-template-unclosed-quote", &["text"]),
    ("caseworker-template-not-a-value", &["text"]),
    ("caseworker-template-sent", &["name", "language"]),
    ("caseworker-closed-done", &[]),
    (
        "caseworker-appointment-sent",
        &["appointment", "date", "time"],
    ),
    ("caseworker-appointment-sent-no-reminder", &["appointment"]),
    ("caseworker-case-closed", &[]),
    ("caseworker-person-erased", &[]),
    ("caseworker-erase-confirm", &["reference"]),
    ("caseworker-erase-done", &["reference"]),
    ("caseworker-erase-already", &["reference"]),
    ("caseworker-erase-failed", &[]),
    ("caseworker-only-text", &[]),
    ("caseworker-note-undecryptable", &[]),
    ("caseworker-note-power-level", &["level"]),
    ("caseworker-note-edit", &[]),
    ("caseworker-note-top-level", &[]),
    ("caseworker-note-reply-outside-thread", &[]),
    ("caseworker-note-unknown-thread", &[]),
];

/// The variables the code passes to caseworker message `id`, or `None` if it is none.
pub fn caseworker_message_variables(id: &str) -> Option<&'static [&'static str]> {
    CASEWORKER_MESSAGES
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, vars)| *vars)
}

/// The variables the engine passes to system message `id`, or `None` for content messages
/// (which get none).
pub fn system_message_variables(id: &str) -> Option<&'static [&'static str]> {
    SYSTEM_MESSAGES
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, vars)| *vars)
}

/// One argument value for a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
    /// The key of a variant the message selects (`{ $way -> [phone] … }`), never shown:
    /// passed as it is. Isolation marks around it would match no variant, and a
    /// right-to-left message would always show its default (an Arabic "the office will
    /// contact you" for "will call you").
    Key(&'static str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Self::Number(number)
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Self::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

/// One language: its bundle plus what the checks need to know about its files.
struct Locale {
    bundle: FluentBundle<FluentResource>,
    /// Message id → (file, line, variables used).
    messages: BTreeMap<String, MessageInfo>,
    /// Ids of messages that are written but could not be parsed (a syntax error was already
    /// reported for them): the checks must not call them missing as well.
    unparsed: BTreeSet<String>,
}

/// Where a message is written and which variables it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    /// Shared by the messages of one file: 3,700 copies of the path were 0.3 MB of the
    /// idle bot's memory (docs/benchmarks.md).
    pub file: Arc<Path>,
    pub line: usize,
    /// In order of first use.
    pub variables: Vec<String>,
    /// The `#` comment right above the message, without the `#`s.
    pub comment: Option<String>,
}

impl MessageInfo {
    /// Whether the message is written in the file named `name` (e.g. `caseworker.ftl`).
    pub fn is_in_file(&self, name: &str) -> bool {
        self.file.file_name().is_some_and(|file| file == name)
    }
}

/// Every language found in `locales/`.
#[derive(Clone)]
pub struct Locales {
    locales: Arc<BTreeMap<String, Locale>>,
    dir: PathBuf,
    /// The words that tell languages apart, of every language with a `words.txt` and of
    /// those in `other-languages.txt` ([`crate::words`]).
    words: Arc<WordLists>,
    /// The words of dates of every language with a `dates.txt` ([`crate::date_words`]).
    date_words: Arc<DateWords>,
    /// The name spellings of every language with a `name-spellings.txt`
    /// ([`crate::name_spellings`]).
    name_spellings: Arc<NameSpellings>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locales")
            .field("dir", &self.dir)
            .field("languages", &self.languages().collect::<Vec<_>>())
            .finish()
    }
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl` for every language folder. Any Fluent syntax error is an
    /// error naming file and line: a half-parsed file would silently show message ids, so
    /// content with errors is never used ([`crate::Content::load`] refuses it). The messages
    /// that did parse are still loaded, so one run of the checks reports every other problem
    /// too. `None` only when the folder cannot be read.
    pub fn load_dir(dir: &Path, diagnostics: &mut Diagnostics) -> Option<Self> {
        Self::load_dir_with_overlay(dir, None, diagnostics)
    }

    /// [`Locales::load_dir`], and then, for a municipality of a deployment with several,
    /// the `.ftl` files in `<lang>/<overlay>/` of each language: their messages replace
    /// the shared ones of the same id, or add to them (docs/flows.md, "Several
    /// municipalities").
    pub fn load_dir_with_overlay(
        dir: &Path,
        overlay: Option<&str>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                diagnostics.push(Diagnostic::error(dir, None, format!("cannot read the locales folder: {err}"), "point `content.locales` in config.toml at the folder with one sub-folder per language"));
                return None;
            }
        };
        let mut folders: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        folders.sort();
        let mut locales = BTreeMap::new();
        let mut words = WordLists::load_other_languages(dir, diagnostics);
        let mut date_words = DateWords::default();
        let mut name_spellings = NameSpellings::default();
        for folder in folders {
            let code = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            // A code travels in button data (`lang:<code>`, at most `MAX_LANGUAGE_BYTES`), and
            // `menu` is the language menu's button there.
            let fits_buttons = code.len() <= MAX_LANGUAGE_BYTES && code != "menu";
            let langid: LanguageIdentifier = match code.parse() {
                Ok(langid) if fits_buttons => langid,
                _ => {
                    diagnostics.push(Diagnostic::error(
                        &folder,
                        None,
                        format!("`{code}` is not a language code"),
                        "name the folder after the language, e.g. `fa` or `ti`",
                    ));
                    continue;
                }
            };
            let overlay = overlay.map(|name| folder.join(name));
            if let Some(locale) = load_locale(&folder, overlay.as_deref(), langid, diagnostics) {
                match load_locale_words(&folder, diagnostics) {
                    Some(list) => words.add(&code, list),
                    None => diagnostics.push(Diagnostic::warning(
                        &folder.join(crate::words::WORDS_FILE),
                        None,
                        format!("`{code}` has no word list: first messages in it are recognised by their letters only"),
                        "add `words.txt` with the language's names and common words (see docs/flows.md)",
                    )),
                }
                name_spellings.load_locale(&code, &folder, diagnostics);
                if !date_words.load_locale(&folder, diagnostics) {
                    diagnostics.push(Diagnostic::warning(
                        &folder.join(crate::date_words::DATES_FILE),
                        None,
                        format!("`{code}` has no date words: dates written with its month names (\"15 March 1990\") or as \"today\" are not read"),
                        "add `dates.txt` with the names of the twelve months and the words for today, yesterday and tomorrow (see docs/flows.md)",
                    ));
                }
                locales.insert(code, locale);
            }
        }
        for required in FALLBACK {
            // A folder that is there but has errors was reported with those errors.
            if !locales.contains_key(required) && !dir.join(required).is_dir() {
                diagnostics.push(Diagnostic::error(&dir.join(required), None, format!("the fallback language `{required}` is missing"), format!("add the folder `{required}/` with every message: it is used when a translation is missing")));
            }
        }
        let mut loaded = Self {
            locales: Arc::new(locales),
            dir: dir.to_path_buf(),
            words: Arc::new(WordLists::default()),
            date_words: Arc::new(date_words),
            name_spellings: Arc::new(name_spellings),
        };
        loaded.add_countries(&mut words);
        loaded.words = Arc::new(words);
        Some(loaded)
    }

    /// The countries of `countries.ftl` (`country-…`, not being stateless) as the office's
    /// word-for-word line names them: each language's name and `.typed` spellings, and
    /// the English and German names, mean the German name.
    fn add_countries(&self, words: &mut WordLists) {
        let Some(german) = self.locales.get(CASEWORKER_LANGUAGE) else {
            return;
        };
        let countries: Vec<&String> = german
            .messages
            .iter()
            .filter(|(id, info)| {
                id.starts_with("country-")
                    && id.as_str() != "country-stateless"
                    && info.file.ends_with("countries.ftl")
            })
            .map(|(id, _)| id)
            .collect();
        let name = |lang: &str, id: &str| strip_bidi_marks(&self.text(lang, id, &[]));
        for id in &countries {
            // The German and English names, read once for every language.
            let german = name(CASEWORKER_LANGUAGE, id);
            let english = name("en", id);
            for code in self.locales.keys() {
                let own = name(code, id);
                let typed = self.attribute(code, id, "typed").unwrap_or_default();
                for spelling in [own.as_str(), english.as_str(), german.as_str()]
                    .into_iter()
                    .chain(typed.split(','))
                {
                    words.add_country(code, spelling.trim(), &german);
                }
            }
        }
    }

    /// Language codes, sorted.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.locales.contains_key(code)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The word lists for guessing a newcomer's language.
    pub fn words(&self) -> &WordLists {
        &self.words
    }

    /// The listed Latin spellings of names in Arabic script, of every language.
    pub fn name_spellings(&self) -> &NameSpellings {
        &self.name_spellings
    }

    /// The words of dates (month names, "today") of every language, pooled.
    pub fn date_words(&self) -> &DateWords {
        &self.date_words
    }

    /// Whether `text` names a relative (`relatives` in `words.txt`: "мамі", "annem") or
    /// someone of the family after a word of whose (`members` after `mine` in `dates.txt`:
    /// "meine Frau", "my wife").
    pub fn names_someone_of_the_family(&self, text: &str) -> bool {
        self.words.names_a_relative(text)
            || self.date_words.names_a_member(&crate::words::tokens(text))
    }

    /// Whether `text` says the writer writes for another person: it names one
    /// ([`WordLists::names_another_person`]) and does not list the writer among the people
    /// ("ez u jina min u du zarok", me, my wife and two children; "ich und meine Frau": a
    /// family's own request, which field test BM of stop 71 saw sent as written by someone
    /// else).
    pub fn writes_for_another(&self, text: &str) -> bool {
        self.words.names_another_person(text) && !self.lists_the_writer(text)
    }

    /// Whether `text` lists the writer with an "and" (`and` in `dates.txt`) among its first
    /// words: "ich und meine Frau", "ez û jina min", "انا ومرتي", "من و همسرم", "salam, bdi
    /// sajjel 3nwan ana w zawjti" (field test CY of stop 82: the writer fifth, and the
    /// office read the request was written for the wife). Persian "من" only first: after
    /// a word it is "my" ("مادر من و پدرم", my mother and my father).
    pub fn lists_the_writer(&self, text: &str) -> bool {
        // Greeting and verb before the list ("salam, bdi sajjel 3nwan ana w …").
        const WRITER_LISTED_WITHIN: usize = 6;
        const I: [&str; 9] = ["ich", "i", "me", "ez", "ben", "я", "انا", "ana", "من"];
        let tokens = crate::words::tokens(text);
        tokens
            .iter()
            .enumerate()
            .take(WRITER_LISTED_WITHIN)
            .any(|(at, token)| {
                I.iter().any(|i| crate::words::fold(i) == *token)
                    && (at == 0 || token != "من")
                    && tokens.get(at + 1).is_some_and(|next| {
                        self.date_words.is_and(next)
                        // Arabic's "and" is written onto the next word ("ومرتي").
                        || (next.starts_with('و') && next.chars().count() > 2)
                    })
            })
    }

    /// What the checks need: every message of `lang` with file, line and variables.
    pub fn messages(&self, lang: &str) -> Option<&BTreeMap<String, MessageInfo>> {
        self.locales.get(lang).map(|l| &l.messages)
    }

    /// Whether `lang` has a message `id` that failed to parse (its syntax error is reported).
    pub fn is_unparsed(&self, lang: &str, id: &str) -> bool {
        self.locales
            .get(lang)
            .is_some_and(|l| l.unparsed.contains(id))
    }

    /// Whether `lang` itself (no fallback) has message `id`.
    pub fn has_message(&self, lang: &str, id: &str) -> bool {
        self.locales
            .get(lang)
            .is_some_and(|l| l.bundle.has_message(id))
    }

    /// The text of message `id` in `lang`, falling back to English, then German. A message
    /// missing everywhere shows its id (the checks make that impossible for loaded content).
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        for candidate in std::iter::once(lang).chain(FALLBACK) {
            let Some(locale) = self.locales.get(candidate) else {
                continue;
            };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            // The language the text comes out in decides which values need isolating.
            let right_to_left = is_rtl(candidate);
            let fluent_args = (!args.is_empty()).then(|| {
                let mut fluent_args = FluentArgs::with_capacity(args.len());
                for (name, value) in args {
                    let value = match value {
                        Arg::Text(text) if needs_isolation(right_to_left, name, text) => {
                            FluentValue::from(format!("\u{2068}{text}\u{2069}"))
                        }
                        Arg::Text(text) => FluentValue::from(text.as_ref()),
                        Arg::Number(number) => FluentValue::from(*number),
                        Arg::Key(key) => FluentValue::from(*key),
                    };
                    fluent_args.set(*name, value);
                }
                fluent_args
            });
            let mut errors = Vec::new();
            let text = locale
                .bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(lang = candidate, message = id, errors = ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(lang, message = id, "message missing in every language");
        id.to_string()
    }

    /// Attribute `attribute` of message `id` in `lang` alone (no fallback), e.g. the
    /// `.typed` spellings of a choice option: `None` where the language has none.
    pub fn attribute(&self, lang: &str, id: &str, attribute: &str) -> Option<String> {
        let locale = self.locales.get(lang)?;
        let pattern = locale
            .bundle
            .get_message(id)?
            .get_attribute(attribute)?
            .value();
        let mut errors = Vec::new();
        let text = locale.bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A text for caseworker rooms ([`CASEWORKER_MESSAGES`]), in German. Without bidi
    /// isolation marks: the text is left to right, and reference numbers in it are copied.
    pub fn caseworker_text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        strip_bidi_marks(&self.text(CASEWORKER_LANGUAGE, id, args))
    }

    /// The language's own name ("العربية"), for menus.
    pub fn language_name(&self, code: &str) -> String {
        if self.has_message(code, "language-name") {
            self.text(code, "language-name", &[])
        } else {
            code.to_string()
        }
    }
}

/// The `.ftl` files of a folder, sorted; `None` (reported) when it cannot be read.
fn ftl_files(folder: &Path, diagnostics: &mut Diagnostics) -> Option<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = match fs::read_dir(folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "ftl"))
            .collect(),
        Err(err) => {
            diagnostics.push(Diagnostic::error(
                folder,
                None,
                format!("cannot read the folder: {err}"),
                "check its permissions",
            ));
            return None;
        }
    };
    files.sort();
    Some(files)
}

/// A language's messages: the files of `folder`, then those of `overlay` (a municipality's
/// own texts; a language without the folder uses the shared ones), whose messages replace
/// the shared ones of the same id.
fn load_locale(
    folder: &Path,
    overlay: Option<&Path>,
    langid: LanguageIdentifier,
    diagnostics: &mut Diagnostics,
) -> Option<Locale> {
    let shared = ftl_files(folder, diagnostics)?;
    let own = match overlay.filter(|dir| dir.is_dir()) {
        Some(dir) => ftl_files(dir, diagnostics).unwrap_or_default(),
        None => Vec::new(),
    };
    let first_own = shared.len();
    let files: Vec<PathBuf> = shared.into_iter().chain(own).collect();
    // Ids the overlay defined so far: a second definition there is an error, while
    // replacing a shared message is what an overlay is for.
    let mut overridden: BTreeSet<String> = BTreeSet::new();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation is ours, only where a value's direction differs (`needs_isolation`).
    bundle.set_use_isolating(false);
    let mut messages = BTreeMap::new();
    let mut unparsed = BTreeSet::new();
    let mut terms: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
    for (number, file) in files.into_iter().enumerate() {
        let in_overlay = number >= first_own;
        let shared_path: Arc<Path> = Arc::from(file.as_path());
        let source = match fs::read_to_string(&file) {
            Ok(source) => source,
            Err(err) => {
                diagnostics.push(Diagnostic::error(
                    &file,
                    None,
                    format!("cannot read file: {err}"),
                    "save it as UTF-8 text",
                ));
                continue;
            }
        };
        // The runtime parser drops comments; the templates' examples are in theirs.
        let comments = if file.file_name().is_some_and(|name| name == TEMPLATES_FILE) {
            message_comments(&source)
        } else {
            BTreeMap::new()
        };
        // On syntax errors the parser keeps every entry it could read and the rest as junk:
        // the good messages take part in the checks, the junk is reported once, here.
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    diagnostics.push(Diagnostic::error(
                        &file,
                        Some(line_of(resource.source(), error.slice.as_ref().map_or(error.pos.start, |entry| entry.start))),
                        format!("Fluent syntax error: {}", error.kind),
                        "write `message-id = text`; continue a long text on lines indented by spaces; keep `{ $name }` placeholders closed",
                    ));
                }
                resource
            }
        };
        // How often each id was defined so far in this file: the n-th definition is the
        // n-th line that starts with it, so a duplicate is reported at its own line.
        let mut in_file: BTreeMap<String, usize> = BTreeMap::new();
        let mut nth_line = |id: &str, source: &str| {
            let nth = in_file.entry(id.to_string()).or_default();
            *nth += 1;
            find_definition_line(source, id, *nth)
        };
        for entry in resource.entries() {
            if let ast::Entry::Junk { content } = entry {
                unparsed.extend(junk_message_ids(content));
            }
            if let ast::Entry::Term(term) = entry {
                let id = format!("-{}", term.id.name);
                let line = nth_line(&id, resource.source());
                let replaces_shared = in_overlay && !overridden.contains(&id);
                if in_overlay {
                    overridden.insert(id.clone());
                }
                if let Some((first_file, first_line)) = terms.get(&id).filter(|_| !replaces_shared)
                {
                    let first_file: &PathBuf = first_file;
                    diagnostics.push(Diagnostic::error(
                        &file,
                        Some(line),
                        format!(
                            "term `{id}` is defined twice (first in {}:{first_line})",
                            first_file.display()
                        ),
                        "keep one definition",
                    ));
                    continue;
                }
                terms.insert(id, (file.clone(), line));
            }
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                let line = nth_line(&id, resource.source());
                let replaces_shared = in_overlay && !overridden.contains(&id);
                if in_overlay {
                    overridden.insert(id.clone());
                }
                if let Some(previous) = messages.get(&id).filter(|_| !replaces_shared) {
                    let previous: &MessageInfo = previous;
                    diagnostics.push(Diagnostic::error(
                        &file,
                        Some(line),
                        format!(
                            "message `{id}` is defined twice (first in {}:{})",
                            previous.file.display(),
                            previous.line
                        ),
                        "keep one definition",
                    ));
                    continue;
                }
                let mut variables = Vec::new();
                if let Some(value) = &message.value {
                    collect_pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    collect_pattern_variables(&attribute.value, &mut variables);
                }
                let comment = comments.get(&id).cloned();
                messages.insert(
                    id,
                    MessageInfo {
                        file: shared_path.clone(),
                        line,
                        variables,
                        comment,
                    },
                );
            }
        }
        if in_overlay {
            // Replaces shared messages and terms of the same id; duplicates inside the
            // overlay were reported above.
            bundle.add_resource_overriding(resource);
        } else if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                // A second definition of a message or term was reported above, at its line;
                // the bundle keeps the first.
                if !matches!(error, fluent_bundle::FluentError::Overriding { .. }) {
                    diagnostics.push(Diagnostic::error(
                        &file,
                        None,
                        format!("cannot add messages: {error}"),
                        "remove the duplicate definition",
                    ));
                }
            }
        }
    }
    Some(Locale {
        bundle,
        messages,
        unparsed,
    })
}

/// Message id → the text of the comment right above it.
fn message_comments(source: &str) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some((
                message.id.name.to_string(),
                message.comment.as_ref()?.content.join("\n"),
            )),
            _ => None,
        })
        .collect()
}

/// The ids of the messages a piece of junk was meant to define: lines that start like
/// `message-id =`.
fn junk_message_ids(junk: &str) -> impl Iterator<Item = String> + '_ {
    junk.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let mut chars = id.chars();
        (chars.next()?.is_ascii_alphabetic()
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then(|| id.to_string())
    })
}

/// The line of the `nth` (1-based) definition of `id` (`-id` for a term) in `source`.
fn find_definition_line(source: &str, id: &str, nth: usize) -> usize {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(nth.saturating_sub(1))
        .map_or(1, |(index, _)| index + 1)
}

fn collect_pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_variables(expression, variables);
        }
    }
}

fn collect_expression_variables(expression: &ast::Expression<&str>, variables: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline_variables(inline, variables),
        ast::Expression::Select { selector, variants } => {
            collect_inline_variables(selector, variables);
            for variant in variants {
                collect_pattern_variables(&variant.value, variables);
            }
        }
    }
}

fn collect_inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id }
            if !variables.iter().any(|known| known == id.name) =>
        {
            variables.push(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_variables(expression, variables)
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline_variables(argument, variables);
            }
            for named in &arguments.named {
                collect_inline_variables(&named.value, variables);
            }
        }
        _ => {}
    }
}

/// Whether a value inserted into a message needs isolation marks around it: when it has
/// letters of the other direction than the message, and people do not copy it.
fn needs_isolation(message_right_to_left: bool, name: &str, value: &str) -> bool {
    if COPIED_ARGUMENTS.contains(&name) {
        return false;
    }
    // A number in groups ("+49 30 23125 101", "0176 1234567") in a right-to-left message
    // shows its groups in reverse order unless isolated: a reader dials them so.
    let grouped_number = message_right_to_left
        && value.chars().any(|c| c.is_ascii_digit())
        && value.trim().contains([' ', '+', '-', '/'])
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
    grouped_number
        || value.chars().any(|c| {
            if message_right_to_left {
                c.is_alphabetic() && !is_right_to_left_letter(c)
            } else {
                is_right_to_left_letter(c)
            }
        })
}

/// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
fn is_right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// Removes bidi isolation marks: for bytes that are counted (button data) or compared.
pub fn strip_bidi_marks(text: &str) -> String {
    text.chars().filter(|c| !BIDI_MARKS.contains(c)).collect()
}

/// The locales shipped in the repository, loaded without an error: for tests.
#[cfg(test)]
pub(crate) fn shipped_locales() -> Locales {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut diagnostics = Diagnostics::default();
    let locales = Locales::load_dir(&dir, &mut diagnostics).unwrap();
    assert!(!diagnostics.has_errors(), "{diagnostics}");
    locales
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(files: &[(&str, &str)]) -> (Option<Locales>, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        let mut diagnostics = Diagnostics::default();
        let locales = Locales::load_dir(dir.path(), &mut diagnostics);
        (locales, diagnostics)
    }

    /// Missing messages fall back to English, then German.
    #[test]
    fn fallback_chain() {
        let (l, d) = locales(&[
            ("de/a.ftl", "a = A-de\nb = B-de\nc = C-de\n"),
            ("en/a.ftl", "a = A-en\nb = B-en\n"),
            ("ar/a.ftl", "a = A-ar\n"),
        ]);
        let l = l.unwrap_or_else(|| panic!("{d}"));
        assert_eq!(l.text("ar", "a", &[]), "A-ar");
        assert_eq!(l.text("ar", "b", &[]), "B-en");
        assert_eq!(l.text("ar", "c", &[]), "C-de");
        assert_eq!(l.text("xx", "a", &[]), "A-en");
    }

    /// A folder whose name cannot travel in a language button (`lang:<code>`, 64 bytes in
    /// all) is refused with the others' problems, not sent as a button Telegram refuses.
    #[test]
    fn language_codes_fit_buttons() {
        let long = "de-DE-1901-1996"; // a valid BCP 47 tag, but 15 bytes
        assert!(long.parse::<LanguageIdentifier>().is_ok());
        let (_, d) = locales(&[
            ("de/a.ftl", "a = A\n"),
            (&format!("{long}/a.ftl"), "a = A\n"),
            ("menu/a.ftl", "a = A\n"),
        ]);
        let refused: Vec<String> = d.iter().map(|d| d.problem.clone()).collect();
        assert!(
            refused.contains(&format!("`{long}` is not a language code")),
            "{refused:?}"
        );
        assert!(
            refused.contains(&"`menu` is not a language code".to_string()),
            "{refused:?}"
        );
    }

    /// User text passed as an argument is shown literally, never parsed as Fluent.
    #[test]
    fn user_text_is_data() {
        let (l, _) = locales(&[
            ("de/a.ftl", "hi = Hallo { $name }!\n"),
            ("en/a.ftl", "hi = Hello { $name }!\n"),
        ]);
        let text = l
            .unwrap()
            .text("en", "hi", &[("name", Arg::from("{ $evil } <b>"))]);
        assert_eq!(text, "Hello { $evil } <b>!");
    }

    /// Isolation marks only around a value of the other direction than its message, in
    /// both directions, and never around a value people copy.
    #[test]
    fn isolation_only_where_directions_differ() {
        let (l, d) = locales(&[
            (
                "de/a.ftl",
                "sent = Nummer { $reference } an { $institution }, { $email }\n",
            ),
            (
                "en/a.ftl",
                "sent = Number { $reference } to { $institution }, { $email }\n",
            ),
            (
                "ar/a.ftl",
                "sent = الرقم { $reference } إلى { $institution }، { $email }\n",
            ),
        ]);
        let l = l.unwrap_or_else(|| panic!("{d}"));
        let args = |institution: &'static str| {
            [
                ("reference", Arg::from("KAL-2026-000123")),
                ("institution", Arg::from(institution)),
                ("email", Arg::from("amt@kalletal.example.org")),
            ]
        };
        // Left to right with Latin values: nothing added (fluent used to wrap all three).
        assert_eq!(
            l.text("en", "sent", &args("Jobcenter")),
            "Number KAL-2026-000123 to Jobcenter, amt@kalletal.example.org"
        );
        // Left to right with an Arabic value: that value isolated.
        assert_eq!(
            l.text("en", "sent", &args("مكتب العمل")),
            "Number KAL-2026-000123 to \u{2068}مكتب العمل\u{2069}, amt@kalletal.example.org"
        );
        // Right to left with a Latin value: isolated; the reference and the email, which
        // people copy, are not.
        assert_eq!(
            l.text("ar", "sent", &args("Jobcenter")),
            "الرقم KAL-2026-000123 إلى \u{2068}Jobcenter\u{2069}، amt@kalletal.example.org"
        );
        // Right to left with an Arabic value: nothing added.
        assert_eq!(
            l.text("ar", "sent", &args("مكتب العمل")),
            "الرقم KAL-2026-000123 إلى مكتب العمل، amt@kalletal.example.org"
        );
        // A message falling back to English is isolated as English.
        assert!(
            !l.text("fa", "sent", &args("Jobcenter"))
                .contains('\u{2068}')
        );
        // A number in groups, right to left: isolated, or its groups show in reverse order
        // ("+49 30 23125 104" read "104 23125 30 49+"); one group alone needs nothing.
        assert_eq!(
            l.text("ar", "sent", &args("+49 30 23125 104")),
            "الرقم KAL-2026-000123 إلى \u{2068}+49 30 23125 104\u{2069}، amt@kalletal.example.org"
        );
        assert_eq!(
            l.text("ar", "sent", &args("01761234567")),
            "الرقم KAL-2026-000123 إلى 01761234567، amt@kalletal.example.org"
        );
        assert!(
            !l.text("en", "sent", &args("+49 30 23125 104"))
                .contains('\u{2068}')
        );
    }

    /// A syntax error is an error naming file and line, and the only one: the language is
    /// there (not "missing"), the messages around the error are loaded, and the broken one
    /// is known as written but unparsed.
    #[test]
    fn syntax_error_names_line() {
        let (l, d) = locales(&[
            ("de/a.ftl", "a = ok\nb = { $x\nc = ok\n"),
            ("en/a.ftl", "a = A\n"),
        ]);
        assert!(d.has_errors());
        let errors: Vec<_> = d.errors().collect();
        assert_eq!(errors.len(), 1, "{d}");
        assert!(errors[0].file.ends_with("de/a.ftl"), "{d}");
        assert_eq!(errors[0].line, Some(2), "{d}");
        let l = l.unwrap();
        assert!(l.has_message("de", "a") && l.has_message("de", "c"));
        assert!(l.is_unparsed("de", "b") && !l.has_message("de", "b"));
    }

    /// Variables inside selectors and variants are found.
    /// Found by `fuzz_fluent_loading`: a message or term defined twice in one file was
    /// reported at the first definition's line (or, for a term, with no line at all, as
    /// "cannot add messages"); each duplicate now names its own line, once.
    #[test]
    fn a_duplicate_names_its_own_line() {
        let (_, d) = locales(&[
            ("de/a.ftl", "a = eins\n-t = T\nb = zwei\na = drei\n-t = U\n"),
            ("en/a.ftl", "a = A\n"),
        ]);
        let errors: Vec<_> = d.errors().collect();
        assert_eq!(errors.len(), 2, "{d}");
        assert_eq!(errors[0].line, Some(4), "{d}");
        assert!(errors[0].problem.contains("`a` is defined twice"), "{d}");
        assert!(errors[0].problem.contains("a.ftl:1)"), "{d}");
        assert_eq!(errors[1].line, Some(5), "{d}");
        assert!(
            errors[1].problem.contains("term `-t` is defined twice"),
            "{d}"
        );
        assert!(errors[1].problem.contains("a.ftl:2)"), "{d}");
    }

    #[test]
    fn variables_are_collected() {
        let (l, d) = locales(&[
            (
                "de/a.ftl",
                "n = { $count ->\n    [one] eins { $who }\n   *[other] { $count }\n}\n",
            ),
            ("en/a.ftl", "n = x\n"),
        ]);
        let l = l.unwrap_or_else(|| panic!("{d}"));
        let info = &l.messages("de").unwrap()["n"];
        assert_eq!(
            info.variables
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            ["count", "who"]
        );
        assert_eq!(info.line, 1);
    }
}
