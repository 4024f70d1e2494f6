//! The heart of Kompass: everything that is neither a messenger nor a mail server.
//!
//! The pure parts (`content`, `i18n`, `engine`, `request`, `templates`, `toml_problems`,
//! `words`, `upload`) live in the `kompass-engine` crate, which has no I/O dependency, and
//! are re-exported here under their old paths.
//!
//! # Layout
//! - [`content`]: flows (menus, pages, forms, institutions) loaded from TOML, and the checks
//!   that name file, line and fix for every mistake an administrator can make.
//! - [`i18n`]: Fluent translations per language with the fallback newcomer → English → German.
//! - [`engine`]: the pure conversation engine, `(session, input) -> (session, outputs)`.
//! - [`request`]: a submitted request as the office receives it, and its reference number.
//! - [`attachment`]: what an uploaded file really is (magic bytes, size, pixel limits).
//! - [`metrics`]: counters for the administrator, in Prometheus text format.
//! - [`photo`]: upright, scaled JPEGs without metadata (GPS above all), and whether a
//!   document photo looks readable ([`photo::quality`]).
//! - [`pdf`]: PDFs without scripts, embedded files or metadata.
//! - [`mail`]: the German email a request becomes, with photos and `request.json`.
//! - [`store`]: sled storage of sessions, requests, attachments, outbox and handled updates.
//! - [`templates`]: caseworkers' reply templates (`!vorlage`), read, checked and rendered.
//! - [`runtime`]: one step for one update, durably, plus delivery of queued email.
//! - [`toml_problems`]: every problem of a TOML file at once (flows, the binary's config).
//! - [`appointment_documents`]: an appointment's calendar file and visit slip, with the
//!   texts of `documents.ftl` in the newcomer's language and German.
//! - [`posters`]: the posters' pages per language, with their Telegram and Matrix links.
//! - [`words`]: the word lists per language (`locales/<lang>/words.txt`) that the language
//!   guess of a first message uses.
//! - `fuzzing` (tests only): inputs for the fuzz targets of docs/fuzzing.md.
//! - `docphotos` (tests and the `testsets` feature): made-up document photos, sharp and
//!   spoilt, for the readability check's tests and bench.

// The pure engine's modules, at the paths the rest of the workspace has always used.
pub use kompass_engine::{
    action, answers, content, date_words, diagnostic, engine, gist, i18n, name_spellings, request,
    templates, toml_problems, towns, upload, words,
};

pub mod appointment_documents;
pub mod attachment;
#[cfg(any(test, feature = "conformance"))]
pub mod conformance;
#[cfg(any(test, feature = "testsets"))]
pub mod docphotos;
#[cfg(test)]
mod fuzz_targets;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod mail;
pub mod metrics;
pub mod pdf;
pub mod photo;
pub mod posters;
pub mod runtime;
pub mod store;

pub use engine::{Command, Engine, Input, Output, Session, UserId};
pub use runtime::{Incoming, Notice, Runtime, Update};

pub use content::{Content, Diagnostic, Diagnostics, Severity};
