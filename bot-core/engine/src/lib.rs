//! Kompass's conversation engine, pure: what a newcomer sees and answers, decided from the
//! session, the input and the content alone. No storage, no network, no async runtime:
//! Cargo enforces it (this crate depends on none of them; `tests/purity.rs` checks).
//! Files are read only to load content, locales and word lists at start or reload.
//!
//! # Layout
//! - [`action`]: what a button does, typed, and its string form for the messengers.
//! - [`content`]: flows (menus, pages, forms, institutions) loaded from TOML, and the checks
//!   that name file, line and fix for every mistake an administrator can make.
//! - [`gist`]: what a person's free text says, word for word, for an office that cannot
//!   read it.
//! - [`i18n`]: Fluent translations per language with the fallback newcomer → English → German.
//! - [`date_words`]: the words of dates per language (`locales/<lang>/dates.txt`): month
//!   names and "today", for dates typed with words ("15. März 1990", "gestern").
//! - [`name_spellings`]: Latin spellings of common names in Arabic script
//!   (`locales/<lang>/name-spellings.txt`), suggested for names typed in that script.
//! - [`engine`]: the conversation engine, `(session, input) -> (session, outputs)`.
//! - [`request`]: a submitted request as the office receives it, and its reference number.
//! - [`upload`]: what the checks of an upload found (the decoders are in `kompass-core`).
//! - [`towns`]: several municipalities in one deployment: which one a person talks to, and
//!   each step on that municipality's engine.
//! - [`templates`]: caseworkers' reply templates (`!vorlage`), read, checked and rendered.
//! - [`toml_problems`]: every problem of a TOML file at once (flows, the binary's config).
//! - [`words`]: the word lists per language (`locales/<lang>/words.txt`) that the language
//!   guess of a first message uses.

pub mod action;
pub mod answers;
pub mod content;
pub mod date_words;
pub mod diagnostic;
pub mod engine;
pub mod gist;
pub mod i18n;
pub mod name_spellings;
pub mod request;
mod romanized;
pub mod templates;
pub mod toml_problems;
pub mod towns;
pub mod upload;
pub mod words;

pub use content::{Content, Diagnostic, Diagnostics, Severity};
pub use engine::{Command, Engine, Input, Output, Session, UserId};
