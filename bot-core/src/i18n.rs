//! Translations: one Fluent bundle per language, looked up with the fallback chain
//! newcomer's language → English → German.
//!
//! Bundles are fluent's *concurrent* kind so a loaded set can be shared across tokio tasks.
//! User text only ever enters as an argument value, never as a pattern, so nothing a
//! newcomer types is interpreted as Fluent syntax. Placeables keep fluent's bidi isolation
//! marks (U+2068 … U+2069) so a Latin reference number does not scramble Arabic text.

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

use crate::content::diagnostic_line_of as line_of;
use crate::content::{Diagnostic, Diagnostics};

/// Languages tried after the newcomer's own, in order.
pub const FALLBACK: [&str; 2] = ["en", "de"];

/// The bidi isolation marks fluent puts around placeables.
pub const BIDI_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// The engine's own messages and the variables it passes to each. `kompass check` requires
/// every one of them in every language and refuses variables not listed here.
pub const SYSTEM_MESSAGES: &[(&str, &[&str])] = &[
    ("language-name", &[]),
    ("private-chat-only", &[]),
    ("choose-language", &[]),
    ("language-detected-confirm", &["language"]),
    ("language-set", &[]),
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
    ("help-text", &[]),
    ("not-understood", &[]),
    ("unsupported-message", &[]),
    ("text-too-long", &["max"]),
    ("attachment-not-expected", &[]),
    ("cancel-nothing", &[]),
    ("back-nothing", &[]),
    ("group-chat-only-private", &[]),
    ("form-progress", &["number", "total"]),
    ("form-resume", &["title"]),
    ("form-cancelled", &[]),
    ("form-draft-kept", &[]),
    ("error-text-empty", &[]),
    ("error-text-too-long", &["max"]),
    ("error-date-invalid", &[]),
    ("error-date-impossible", &[]),
    ("error-date-future", &[]),
    ("error-date-past", &[]),
    ("error-date-too-old", &[]),
    ("error-date-too-far", &[]),
    ("error-phone", &[]),
    ("error-email", &[]),
    ("error-number", &[]),
    ("error-number-range", &["min", "max"]),
    ("error-choose-option", &[]),
    ("error-photo-expected", &[]),
    ("error-photo-not-pdf", &[]),
    ("error-file-unknown", &[]),
    ("error-file-too-large", &["max"]),
    ("error-image-too-large", &[]),
    ("photo-received", &["count"]),
    ("photo-send-more", &["missing"]),
    ("photo-more-or-done", &[]),
    ("photo-limit-reached", &[]),
    ("interpreter-question", &[]),
    ("interpreter-language-question", &[]),
    ("interpreter-language-type", &[]),
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
    ("request-submitted", &["reference", "institution"]),
    ("request-sent", &["reference", "institution"]),
    ("request-failed", &["reference", "institution"]),
    ("documents-to-bring", &[]),
    ("documents-none", &[]),
    ("status-none", &[]),
    ("status-header", &[]),
    (
        "status-line",
        &["reference", "institution", "date", "state"],
    ),
    ("status-queued", &[]),
    ("status-sent", &[]),
    ("status-failed", &[]),
    ("person-intro", &["institution"]),
    ("person-reply-hint", &[]),
    ("person-start", &["institution"]),
    ("person-forwarded", &["institution"]),
    ("person-closed", &["institution"]),
    ("person-unavailable", &["email"]),
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
    ("delete-kept", &[]),
    ("email-subject", &["reference", "title"]),
    ("email-intro", &[]),
    ("email-reference", &[]),
    ("email-submitted-at", &[]),
    ("email-channel", &[]),
    ("email-person-language", &[]),
    ("email-interpreter", &[]),
    ("email-attachments", &[]),
    ("email-footer", &[]),
    ("email-part", &["part", "parts"]),
    ("cancel-confirm", &["title"]),
    ("button-cancel-yes", &[]),
    ("button-cancel-no", &[]),
    ("cancel-kept", &[]),
    ("unknown-command", &[]),
    ("error-name-letter", &[]),
    ("content-changed", &[]),
    ("email-answer-room", &[]),
    ("email-answer-email", &[]),
    ("email-answer-phone", &[]),
    ("email-answer-none", &[]),
    ("contact-needed", &[]),
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
];

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
    pub file: PathBuf,
    pub line: usize,
    pub variables: BTreeSet<String>,
}

/// Every language found in `locales/`.
#[derive(Clone)]
pub struct Locales {
    locales: Arc<BTreeMap<String, Locale>>,
    dir: PathBuf,
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
        for folder in folders {
            let code = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let langid: LanguageIdentifier = match code.parse() {
                Ok(langid) => langid,
                Err(_) => {
                    diagnostics.push(Diagnostic::error(
                        &folder,
                        None,
                        format!("`{code}` is not a language code"),
                        "name the folder after the language, e.g. `fa` or `ti`",
                    ));
                    continue;
                }
            };
            if let Some(locale) = load_locale(&folder, langid, diagnostics) {
                locales.insert(code, locale);
            }
        }
        for required in FALLBACK {
            // A folder that is there but has errors was reported with those errors.
            if !locales.contains_key(required) && !dir.join(required).is_dir() {
                diagnostics.push(Diagnostic::error(&dir.join(required), None, format!("the fallback language `{required}` is missing"), format!("add the folder `{required}/` with every message: it is used when a translation is missing")));
            }
        }
        Some(Self {
            locales: Arc::new(locales),
            dir: dir.to_path_buf(),
        })
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
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_ref()),
                    Arg::Number(number) => FluentValue::from(*number),
                };
                fluent_args.set(*name, value);
            }
            fluent_args
        });
        for candidate in std::iter::once(lang).chain(FALLBACK) {
            let Some(locale) = self.locales.get(candidate) else {
                continue;
            };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
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

    /// The language's own name ("العربية"), for menus.
    pub fn language_name(&self, code: &str) -> String {
        if self.has_message(code, "language-name") {
            self.text(code, "language-name", &[])
        } else {
            code.to_string()
        }
    }
}

fn load_locale(
    folder: &Path,
    langid: LanguageIdentifier,
    diagnostics: &mut Diagnostics,
) -> Option<Locale> {
    let mut files: Vec<PathBuf> = match fs::read_dir(folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
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
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    let mut messages = BTreeMap::new();
    let mut unparsed = BTreeSet::new();
    let mut terms: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
    for file in files {
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
                if let Some((first_file, first_line)) = terms.get(&id) {
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
                if let Some(previous) = messages.get(&id) {
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
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    collect_pattern_variables(&attribute.value, &mut variables);
                }
                messages.insert(
                    id,
                    MessageInfo {
                        file: file.clone(),
                        line,
                        variables,
                    },
                );
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
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

fn collect_pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_variables(expression, variables);
        }
    }
}

fn collect_expression_variables(
    expression: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
) {
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

fn collect_inline_variables(
    inline: &ast::InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
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

/// Removes bidi isolation marks: for bytes that are counted (button data) or compared.
pub fn strip_bidi_marks(text: &str) -> String {
    text.chars().filter(|c| !BIDI_MARKS.contains(c)).collect()
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
        assert_eq!(strip_bidi_marks(&text), "Hello { $evil } <b>!");
        assert!(
            text.contains('\u{2068}'),
            "placeables keep their bidi isolation"
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
