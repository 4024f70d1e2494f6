//! Reply templates for caseworkers: `!vorlage NAME name=Wert …` in a case's thread sends the
//! newcomer a checked message from `locales/<lang>/caseworker-templates.ftl`, in their
//! language.
//!
//! The German file is the reference: its messages are the templates, their `{ $variables }`
//! the values a caseworker gives, and the `# Beispiel: !vorlage …` comment above each one the
//! example shown in the list and in error messages. Other languages translate the same
//! messages with the same variables (`kompass check` makes sure).
//!
//! What a caseworker types is data: values are Fluent arguments, never patterns.
//!
//! # Syntax
//! `!vorlage termin datum=24.12.2026 uhrzeit=10:30 ort="Rathaus, Zimmer 3"`
//! - A value runs to the next ` name=`, so quotes are needed only when a value itself holds
//!   ` word=`; `"…"`, `„…“`, `“…”` and `«…»` all work (phones type curly quotes).
//! - A template with one value also takes it without its name: `!vorlage anrufen 05261 123`.
//! - Names of templates and values are matched without regard to case.
//! - Values named `datum` (or `datum-…`) must be a date that is not past, `uhrzeit` (or
//!   `uhrzeit-…`) a time; both are written out in full (`24.12.` → `24.12.2026`, `9` →
//!   `09:00`), as `!termin` reads them.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use crate::diagnostic::closest;
// The file name lives with the locales, which read the templates' `# Beispiel:` comments.
pub use crate::i18n::TEMPLATES_FILE;
use crate::i18n::{
    Arg, CASEWORKER_LANGUAGE, DOCUMENT_NAME_PREFIX, Locales, is_rtl, strip_bidi_marks,
};

/// How the example comment above a German template starts.
const EXAMPLE_PREFIX: &str = "Beispiel:";

/// A template as the German reference defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub name: String,
    /// In the order the German text uses them.
    pub variables: Vec<String>,
    /// From the comment above it, or made up from the variables.
    pub example: String,
    /// Line in the German file.
    pub line: usize,
}

/// The templates of `locales`, in the order of the German file.
pub fn templates(locales: &Locales) -> Vec<Template> {
    let Some(messages) = locales.messages(CASEWORKER_LANGUAGE) else {
        return Vec::new();
    };
    let mut templates: Vec<Template> = messages
        .iter()
        .filter(|(_, info)| info.is_in_file(TEMPLATES_FILE))
        .map(|(name, info)| {
            let example = info
                .comment
                .as_deref()
                .and_then(example_of)
                .unwrap_or_else(|| made_up_example(name, &info.variables));
            Template {
                name: name.clone(),
                variables: info.variables.clone(),
                example,
                line: info.line,
            }
        })
        .collect();
    templates.sort_by_key(|template| template.line);
    templates
}

/// The `Beispiel: !vorlage …` line of a template's comment.
pub fn example_of(comment: &str) -> Option<String> {
    comment.lines().find_map(|line| {
        line.trim()
            .strip_prefix(EXAMPLE_PREFIX)
            .map(|example| example.trim().to_string())
    })
}

fn made_up_example(name: &str, variables: &[String]) -> String {
    let mut example = format!("!vorlage {name}");
    for variable in variables {
        example.push_str(&format!(" {variable}=…"));
    }
    example
}

/// What follows the template's name, read but not yet held against a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arguments {
    /// `name=Wert` pairs, in the order typed.
    Named(Vec<(String, String)>),
    /// Text without any `name=`: the value of a template with one variable.
    Plain(String),
}

/// What is wrong with a `!vorlage` command. [`TemplateError::explain`] says it in German.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("no template name")]
    MissingName,
    #[error("unknown template {name}")]
    Unknown {
        name: String,
        did_you_mean: Option<String>,
    },
    #[error("template {} lacks {variable}", template.name)]
    MissingValue {
        template: Box<Template>,
        variable: String,
    },
    #[error("template {} has no value {variable}", template.name)]
    UnknownValue {
        template: Box<Template>,
        variable: String,
    },
    #[error("template {} takes no values", template.name)]
    NoValuesAllowed { template: Box<Template> },
    #[error("value {variable} given twice")]
    ValueTwice {
        template: Box<Template>,
        variable: String,
    },
    #[error("value {variable} is empty")]
    EmptyValue {
        template: Box<Template>,
        variable: String,
    },
    #[error("value {variable} is no date")]
    InvalidDate {
        template: Box<Template>,
        variable: String,
        value: String,
    },
    #[error("value {variable} is a past date")]
    PastDate {
        template: Box<Template>,
        variable: String,
        date: NaiveDate,
    },
    #[error("value {variable} is no time")]
    InvalidTime {
        template: Box<Template>,
        variable: String,
        value: String,
    },
    #[error("a value without a name")]
    NoName { text: String },
    #[error("a quote is not closed")]
    UnclosedQuote { text: String },
    #[error("text that is no value")]
    NotAValue {
        template: Option<Box<Template>>,
        text: String,
    },
}

impl TemplateError {
    /// The German explanation for the caseworker, with an example or the list of templates.
    pub fn explain(&self, locales: &Locales) -> String {
        let t = |id: &str, args: &[(&str, Arg<'_>)]| locales.caseworker_text(id, args);
        let example = |template: &Template| {
            t(
                "caseworker-template-example",
                &[("example", template.example.as_str().into())],
            )
        };
        match self {
            Self::MissingName => {
                let name = templates(locales)
                    .first()
                    .map_or_else(|| "NAME".to_string(), |t| t.name.clone());
                format!(
                    "{}\n\n{}",
                    t("caseworker-template-missing-name", &[("name", name.into())]),
                    list(locales)
                )
            }
            Self::Unknown { name, did_you_mean } => {
                let mut text = t(
                    "caseworker-template-unknown",
                    &[("name", name.as_str().into())],
                );
                if let Some(near) = did_you_mean {
                    text.push(' ');
                    text.push_str(&t(
                        "caseworker-template-did-you-mean",
                        &[("name", near.as_str().into())],
                    ));
                }
                format!("{text}\n\n{}", list(locales))
            }
            Self::MissingValue { template, variable } => format!(
                "{}\n{}",
                t(
                    "caseworker-template-missing-value",
                    &[
                        ("name", template.name.as_str().into()),
                        ("variable", variable.as_str().into())
                    ]
                ),
                example(template)
            ),
            Self::UnknownValue { template, variable } => format!(
                "{}\n{}",
                t(
                    "caseworker-template-unknown-value",
                    &[
                        ("name", template.name.as_str().into()),
                        ("variable", variable.as_str().into()),
                        ("variables", template.variables.join(", ").into())
                    ]
                ),
                example(template)
            ),
            Self::NoValuesAllowed { template } => t(
                "caseworker-template-no-values-allowed",
                &[("name", template.name.as_str().into())],
            ),
            Self::ValueTwice { template, variable } => format!(
                "{}\n{}",
                t(
                    "caseworker-template-value-twice",
                    &[("variable", variable.as_str().into())]
                ),
                example(template)
            ),
            Self::EmptyValue { template, variable } => format!(
                "{}\n{}",
                t(
                    "caseworker-template-empty-value",
                    &[("variable", variable.as_str().into())]
                ),
                example(template)
            ),
            Self::InvalidDate {
                template, value, ..
            } => format!(
                "{}\n{}",
                t(
                    "caseworker-date-invalid",
                    &[("date", value.as_str().into())]
                ),
                example(template)
            ),
            Self::PastDate { template, date, .. } => format!(
                "{}\n{}",
                t(
                    "caseworker-date-past",
                    &[("date", date.format("%d.%m.%Y").to_string().into())]
                ),
                example(template)
            ),
            Self::InvalidTime {
                template, value, ..
            } => format!(
                "{}\n{}",
                t(
                    "caseworker-time-invalid",
                    &[("time", value.as_str().into())]
                ),
                example(template)
            ),
            Self::NoName { text } => t(
                "caseworker-template-no-name",
                &[("text", text.as_str().into())],
            ),
            Self::UnclosedQuote { text } => t(
                "caseworker-template-unclosed-quote",
                &[("text", text.as_str().into())],
            ),
            Self::NotAValue { template, text } => {
                let mut explanation = t(
                    "caseworker-template-not-a-value",
                    &[("text", text.as_str().into())],
                );
                if let Some(template) = template {
                    explanation.push('\n');
                    explanation.push_str(&example(template));
                }
                explanation
            }
        }
    }
}

/// A template with every value it needs, ready to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub name: String,
    /// Variable name → the caseworker's text, in the template's order.
    pub values: Vec<(String, String)>,
}

impl Filled {
    /// The template's text in `lang` (falling back to English, then German), with the
    /// names of documents among the values in `lang` ([`document_names_in`]).
    pub fn render(&self, locales: &Locales, lang: &str) -> String {
        let values: Vec<(&str, String)> = self
            .values
            .iter()
            .map(|(name, value)| (name.as_str(), document_names_in(locales, lang, value)))
            .collect();
        let args: Vec<(&str, Arg<'_>)> = values
            .iter()
            .map(|(name, value)| (*name, Arg::from(value.as_str())))
            .collect();
        locales.text(lang, &self.name, &args)
    }

    /// The German text, as colleagues read it in the thread.
    pub fn german(&self, locales: &Locales) -> String {
        strip_bidi_marks(&self.render(locales, CASEWORKER_LANGUAGE))
    }
}

/// A value of a template as a newcomer reading `lang` gets it: where it is a list of
/// documents ("Reisepass, Mietvertrag", "Reisepass und Mietvertrag") of which one or more
/// are named in `document-names.ftl` (German text or `.typed`, case aside), each of those
/// in `lang` with the German word in brackets, as the bot's own texts name office papers:
/// "پاسپورت (Reisepass), قرارداد اجاره (Mietvertrag)". Anything else stays as typed.
pub fn document_names_in(locales: &Locales, lang: &str, value: &str) -> String {
    if lang == CASEWORKER_LANGUAGE {
        return value.to_string();
    }
    let Some(german) = locales.messages(CASEWORKER_LANGUAGE) else {
        return value.to_string();
    };
    let name_of = |part: &str| {
        let wanted = part.trim().to_lowercase();
        german
            .keys()
            .filter(|id| id.starts_with(DOCUMENT_NAME_PREFIX))
            .find(|id| {
                let typed = locales
                    .attribute(CASEWORKER_LANGUAGE, id, "typed")
                    .unwrap_or_default();
                std::iter::once(locales.text(CASEWORKER_LANGUAGE, id, &[]))
                    .chain(typed.split(',').map(str::to_string))
                    .any(|name| name.trim().to_lowercase() == wanted)
            })
            .filter(|id| locales.has_message(lang, id))
            .map(|id| format!("{} ({})", locales.text(lang, id, &[]), part.trim()))
    };
    let parts: Vec<&str> = value
        .split(',')
        .flat_map(|part| part.split(" und "))
        .filter(|part| !part.trim().is_empty())
        .collect();
    let named: Vec<Option<String>> = parts.iter().map(|part| name_of(part)).collect();
    if named.iter().all(Option::is_none) {
        return value.to_string();
    }
    // Arabic script has a comma of its own.
    let comma = if is_rtl(lang) && lang != "he" {
        "، "
    } else {
        ", "
    };
    parts
        .iter()
        .zip(named)
        .map(|(part, name)| name.unwrap_or_else(|| part.trim().to_string()))
        .collect::<Vec<_>>()
        .join(comma)
}

/// Reads `!vorlage`'s text after the command word: the template's name and its values,
/// checked against the templates of `locales`. `today` is the municipality's date, for
/// values that are dates.
pub fn fill(locales: &Locales, text: &str, today: NaiveDate) -> Result<Filled, TemplateError> {
    fill_from(&templates(locales), text, today)
}

fn fill_from(
    templates: &[Template],
    text: &str,
    today: NaiveDate,
) -> Result<Filled, TemplateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TemplateError::MissingName);
    }
    let (name, rest) = text
        .split_once(char::is_whitespace)
        .map_or((text, ""), |(name, rest)| (name, rest.trim()));
    let Some(template) = templates
        .iter()
        .find(|template| template.name.eq_ignore_ascii_case(name))
    else {
        let lower = name.to_lowercase();
        return Err(TemplateError::Unknown {
            name: name.to_string(),
            did_you_mean: closest(&lower, templates.iter().map(|t| t.name.as_str()))
                .map(str::to_string),
        });
    };
    let arguments = parse_arguments(rest)?;
    let typed = match arguments {
        Arguments::Plain(text) if text.is_empty() => Vec::new(),
        Arguments::Plain(text) => match template.variables.as_slice() {
            [] => {
                return Err(TemplateError::NoValuesAllowed {
                    template: Box::new(template.clone()),
                });
            }
            [only] => vec![(only.clone(), text)],
            _ => {
                return Err(TemplateError::NotAValue {
                    template: Some(Box::new(template.clone())),
                    text,
                });
            }
        },
        Arguments::Named(pairs) => pairs,
    };
    let mut values: Vec<(String, String)> = Vec::with_capacity(template.variables.len());
    for (typed_name, value) in typed {
        let Some(variable) = template
            .variables
            .iter()
            .find(|variable| variable.eq_ignore_ascii_case(&typed_name))
        else {
            return Err(if template.variables.is_empty() {
                TemplateError::NoValuesAllowed {
                    template: Box::new(template.clone()),
                }
            } else {
                TemplateError::UnknownValue {
                    template: Box::new(template.clone()),
                    variable: typed_name,
                }
            });
        };
        if values.iter().any(|(known, _)| known == variable) {
            return Err(TemplateError::ValueTwice {
                template: Box::new(template.clone()),
                variable: variable.clone(),
            });
        }
        if value.trim().is_empty() {
            return Err(TemplateError::EmptyValue {
                template: Box::new(template.clone()),
                variable: variable.clone(),
            });
        }
        let value = written_out(template, variable, value, today)?;
        values.push((variable.clone(), value));
    }
    for variable in &template.variables {
        if !values.iter().any(|(known, _)| known == variable) {
            return Err(TemplateError::MissingValue {
                template: Box::new(template.clone()),
                variable: variable.clone(),
            });
        }
    }
    values.sort_by_key(|(name, _)| template.variables.iter().position(|v| v == name));
    Ok(Filled {
        name: template.name.clone(),
        values,
    })
}

/// A date or time value checked and written out in full; any other value as typed.
fn written_out(
    template: &Template,
    variable: &str,
    value: String,
    today: NaiveDate,
) -> Result<String, TemplateError> {
    let is = |kind: &str| variable == kind || variable.starts_with(&format!("{kind}-"));
    if is("datum") {
        let words: Vec<&str> = value.split_whitespace().collect();
        let date = date_in_words(&words, today)
            .filter(|(_, used)| *used == words.len())
            .map(|(date, _)| date);
        let Some(date) = date else {
            return Err(TemplateError::InvalidDate {
                template: Box::new(template.clone()),
                variable: variable.to_string(),
                value,
            });
        };
        if date < today {
            return Err(TemplateError::PastDate {
                template: Box::new(template.clone()),
                variable: variable.to_string(),
                date,
            });
        }
        return Ok(date.format("%d.%m.%Y").to_string());
    }
    if is("uhrzeit") {
        let Some(time) = parse_time(value.trim()) else {
            return Err(TemplateError::InvalidTime {
                template: Box::new(template.clone()),
                variable: variable.to_string(),
                value,
            });
        };
        return Ok(time.format("%H:%M").to_string());
    }
    Ok(value)
}

/// Splits `name=Wert name="Wert mit Leerzeichen"` into pairs; text without any `name=` is
/// [`Arguments::Plain`].
pub fn parse_arguments(text: &str) -> Result<Arguments, TemplateError> {
    let text = text.trim();
    let starts = name_starts(text);
    let Some(&(first, _)) = starts.first() else {
        if text.starts_with('=') {
            return Err(TemplateError::NoName {
                text: text.to_string(),
            });
        }
        return Ok(Arguments::Plain(text.to_string()));
    };
    if first > 0 {
        let before = text.get(..first).unwrap_or_default().trim();
        return Err(if before.ends_with('=') || before.starts_with('=') {
            TemplateError::NoName {
                text: before.to_string(),
            }
        } else {
            TemplateError::NotAValue {
                template: None,
                text: before.to_string(),
            }
        });
    }
    let mut pairs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once('=')
            .expect("name_starts found `name=` at the start");
        // Unquoted, a value runs from right after `=` (so `datum= ort=…` is an empty value).
        let raw = after;
        let after = after.trim_start();
        let (value, remaining) = match closing_quote(after) {
            Some((open_len, closers)) => {
                let inner = after.get(open_len..).unwrap_or_default();
                let Some((end, closer)) = inner
                    .char_indices()
                    .find(|(_, c)| closers.contains(c))
                    .map(|(at, c)| (at, c.len_utf8()))
                else {
                    return Err(TemplateError::UnclosedQuote {
                        text: after.to_string(),
                    });
                };
                let value = inner.get(..end).unwrap_or_default();
                let remaining = inner.get(end + closer..).unwrap_or_default();
                // After a closing quote only the next value may follow.
                let trimmed = remaining.trim_start();
                if !trimmed.is_empty() && name_starts(trimmed).first().map(|(at, _)| *at) != Some(0)
                {
                    return Err(TemplateError::NotAValue {
                        template: None,
                        text: trimmed.to_string(),
                    });
                }
                (value.to_string(), trimmed)
            }
            None => {
                let end = name_starts(raw)
                    .into_iter()
                    .map(|(at, _)| at)
                    .find(|&at| at > 0)
                    .unwrap_or(raw.len());
                let value = raw.get(..end).unwrap_or_default();
                (value.trim().to_string(), raw.get(end..).unwrap_or_default())
            }
        };
        pairs.push((name.trim().to_string(), value));
        rest = remaining.trim_start();
    }
    Ok(Arguments::Named(pairs))
}

/// Where a word `name=` starts in `text` (at its start or after whitespace): byte offset
/// and name. A name is a Fluent identifier: a letter, then letters, digits, `-` or `_`.
fn name_starts(text: &str) -> Vec<(usize, &str)> {
    let mut starts = Vec::new();
    let mut previous_is_space = true;
    for (at, c) in text.char_indices() {
        if previous_is_space && c.is_ascii_alphabetic() {
            let word = text.get(at..).unwrap_or_default();
            let name_len = word
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(word.len());
            if word
                .get(name_len..)
                .is_some_and(|after| after.starts_with('='))
            {
                starts.push((at, word.get(..name_len).unwrap_or_default()));
            }
        }
        previous_is_space = c.is_whitespace();
    }
    starts
}

/// If `text` starts with an opening quote: its length and the characters that close it.
fn closing_quote(text: &str) -> Option<(usize, &'static [char])> {
    let first = text.chars().next()?;
    let closers: &'static [char] = match first {
        '"' => &['"', '“', '”'],
        '„' => &['“', '"', '”'],
        '“' => &['”', '"', '“'],
        '”' => &['”', '"'],
        '«' => &['»'],
        '»' => &['«'],
        _ => return None,
    };
    Some((first.len_utf8(), closers))
}

/// A date as caseworkers type it (`!termin`, values named `datum`):
/// `24.12.2026`, `24.12.26`, `24.12.` (this year, or next if past) or `2026-12-24`.
pub fn parse_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    let parts: Vec<&str> = text.trim_end_matches('.').split('.').collect();
    let day: u32 = parts.first()?.parse().ok()?;
    let month: u32 = parts.get(1)?.parse().ok()?;
    match parts.get(2) {
        Some(year) => {
            let year: i32 = year.parse().ok()?;
            let year = if year < 100 { 2000 + year } else { year };
            NaiveDate::from_ymd_opt(year, month, day)
        }
        None => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), month, day)?;
            if this_year >= today {
                Some(this_year)
            } else {
                NaiveDate::from_ymd_opt(today.year() + 1, month, day)
            }
        }
    }
}

/// A word without the comma after it, in lower case.
pub fn bare_word(word: &str) -> String {
    word.trim_end_matches(',').to_lowercase()
}

/// The date `words` start with, as caseworkers write it (`!termin`, values named `datum`),
/// and how many words it takes: `24.12.2026`, `24.12.`,
/// `2026-12-24`, "heute", "morgen", "übermorgen", a weekday (the next such day after today:
/// "Dienstag", "Di"), or "24. Dezember \[2026\]".
pub fn date_in_words(words: &[&str], today: NaiveDate) -> Option<(NaiveDate, usize)> {
    let first = bare_word(words.first()?);
    if let Some(date) = parse_date(&first, today) {
        return Some((date, 1));
    }
    let relative = match first.as_str() {
        "heute" => Some(0),
        "morgen" => Some(1),
        "übermorgen" | "uebermorgen" => Some(2),
        _ => None,
    };
    if let Some(days) = relative {
        return Some((today + chrono::Duration::days(days), 1));
    }
    if let Some(weekday) = german_weekday_named(first.trim_end_matches('.')) {
        let ahead =
            (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        // "Dienstag, 8.12." names the date twice: the date counts.
        if let Some((date, used)) = words.get(1..).and_then(|rest| date_at_numeric(rest, today)) {
            return Some((date, 1 + used));
        }
        return Some((today + chrono::Duration::days(i64::from(ahead)), 1));
    }
    date_at_numeric(words, today)
}

/// `24.12.2026` and the like, or "24. Dezember [2026]".
fn date_at_numeric(words: &[&str], today: NaiveDate) -> Option<(NaiveDate, usize)> {
    let first = bare_word(words.first()?);
    if let Some(date) = parse_date(&first, today) {
        return Some((date, 1));
    }
    let day: u32 = first.strip_suffix('.')?.parse().ok()?;
    let month = german_month(words.get(1)?)?;
    let year = words
        .get(2)
        .and_then(|word| bare_word(word).parse::<i32>().ok())
        .filter(|year| (2000..2100).contains(year));
    let date = match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day)?,
        None => parse_date(&format!("{day}.{month}."), today)?,
    };
    Some((date, 2 + usize::from(year.is_some())))
}

fn german_weekday_named(word: &str) -> Option<Weekday> {
    Some(match word {
        "montag" | "mo" => Weekday::Mon,
        "dienstag" | "di" => Weekday::Tue,
        "mittwoch" | "mi" => Weekday::Wed,
        "donnerstag" | "do" => Weekday::Thu,
        "freitag" | "fr" => Weekday::Fri,
        "samstag" | "sonnabend" | "sa" => Weekday::Sat,
        "sonntag" | "so" => Weekday::Sun,
        _ => return None,
    })
}

/// The month of a German month name as caseworkers write it in a letter ("Dezember",
/// "Dez", "März", "Maerz"), for dates like "24. Dezember 2026".
pub fn german_month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ];
    let word = word
        .trim_end_matches(['.', ','])
        .to_lowercase()
        .replace("ae", "ä");
    if word.chars().count() < 3 {
        return None;
    }
    let number = MONTHS.iter().position(|month| month.starts_with(&word))?;
    u32::try_from(number + 1).ok()
}

/// A time as caseworkers type it: `10:30`, `9:05`, `10.30` or `10` (with or without "Uhr").
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = ["Uhr", "uhr", "UHR"]
        .iter()
        .find_map(|suffix| text.strip_suffix(suffix))
        .unwrap_or(text)
        .trim();
    let (hour, minute) = text
        .split_once([':', '.'])
        .map_or((text, "0"), |(hour, minute)| (hour, minute));
    NaiveTime::from_hms_opt(hour.parse().ok()?, minute.parse().ok()?, 0)
}

/// `!vorlagen`: every template with its German text, its values and an example.
pub fn list(locales: &Locales) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| locales.caseworker_text(id, args);
    let mut text = t("caseworker-templates-header", &[]);
    for template in templates(locales) {
        let shown = Filled {
            name: template.name.clone(),
            values: template
                .variables
                .iter()
                .map(|variable| (variable.clone(), format!("[{variable}]")))
                .collect(),
        };
        let values = if template.variables.is_empty() {
            t("caseworker-template-no-values", &[])
        } else {
            t(
                "caseworker-template-values",
                &[("variables", template.variables.join(", ").into())],
            )
        };
        text.push_str(&format!(
            "\n\n• {} ({values})\n{}\n{}",
            template.name,
            shown.german(locales),
            t(
                "caseworker-template-example",
                &[("example", template.example.as_str().into())]
            )
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(name: &str, variables: &[&str]) -> Template {
        Template {
            name: name.into(),
            variables: variables.iter().map(|v| v.to_string()).collect(),
            example: format!("!vorlage {name}"),
            line: 1,
        }
    }

    fn known() -> Vec<Template> {
        vec![
            template("termin", &["datum", "uhrzeit", "ort"]),
            template("anrufen", &["telefon"]),
            template("unterlagen-erhalten", &[]),
        ]
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    /// Values run to the next `name=`; quotes of every kind hold spaces and `=`.
    #[test]
    fn arguments_are_read() {
        for (typed, expected) in [
            (
                r#"datum=24.12.2026 uhrzeit=10:30 ort="Rathaus, Zimmer 3""#,
                vec![
                    ("datum", "24.12.2026"),
                    ("uhrzeit", "10:30"),
                    ("ort", "Rathaus, Zimmer 3"),
                ],
            ),
            (
                "ort=Rathaus, Zimmer 3 datum=24.12.2026",
                vec![("ort", "Rathaus, Zimmer 3"), ("datum", "24.12.2026")],
            ),
            (
                "ort=„Haus a=b“ uhrzeit=9",
                vec![("ort", "Haus a=b"), ("uhrzeit", "9")],
            ),
            ("ort=“Markt 1” ", vec![("ort", "Markt 1")]),
            ("ort=«Markt 2»", vec![("ort", "Markt 2")]),
            (
                "link=https://example.org/?a=b",
                vec![("link", "https://example.org/?a=b")],
            ),
        ] {
            assert_eq!(
                parse_arguments(typed),
                Ok(Arguments::Named(pairs(&expected))),
                "{typed}"
            );
        }
        assert_eq!(
            parse_arguments("05261 12345"),
            Ok(Arguments::Plain("05261 12345".into()))
        );
        assert_eq!(parse_arguments(""), Ok(Arguments::Plain(String::new())));
    }

    #[test]
    fn broken_arguments_are_refused() {
        assert!(matches!(
            parse_arguments(r#"ort="Rathaus datum=1.1.2027"#),
            Err(TemplateError::UnclosedQuote { .. })
        ));
        assert!(matches!(
            parse_arguments("=Rathaus"),
            Err(TemplateError::NoName { .. })
        ));
        assert!(matches!(
            parse_arguments("morgen datum=1.1.2027"),
            Err(TemplateError::NotAValue { text, .. }) if text == "morgen"
        ));
        assert!(matches!(
            parse_arguments(r#"ort="Rathaus" Zimmer 3"#),
            Err(TemplateError::NotAValue { text, .. }) if text == "Zimmer 3"
        ));
    }

    /// The first Tuesday after [`today`].
    fn next_tuesday() -> NaiveDate {
        (1..=7)
            .map(|days| today() + chrono::Duration::days(days))
            .find(|date| date.weekday() == Weekday::Tue)
            .unwrap()
    }

    #[test]
    fn templates_are_filled() {
        let templates = known();
        assert_eq!(
            fill_from(
                &templates,
                "Termin ORT=Rathaus uhrzeit=10.30 datum=24.12.",
                today()
            ),
            Ok(Filled {
                name: "termin".into(),
                values: pairs(&[
                    ("datum", "24.12.2026"),
                    ("uhrzeit", "10:30"),
                    ("ort", "Rathaus")
                ]),
            })
        );
        // As in `!termin`: a day said in words, a month's name, "10 Uhr".
        for (datum, written) in [
            ("morgen", today() + chrono::Duration::days(1)),
            (
                "24. Dezember",
                NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
            ),
            ("Dienstag", next_tuesday()),
        ] {
            assert_eq!(
                fill_from(
                    &templates,
                    &format!("termin datum={datum} uhrzeit=10 Uhr ort=Rathaus"),
                    today()
                ),
                Ok(Filled {
                    name: "termin".into(),
                    values: pairs(&[
                        ("datum", &written.format("%d.%m.%Y").to_string()),
                        ("uhrzeit", "10:00"),
                        ("ort", "Rathaus")
                    ]),
                }),
                "{datum}"
            );
        }
        // A date followed by words that are none is no date.
        assert!(fill_from(&templates, "termin datum=morgen früh uhrzeit=10", today()).is_err());
        assert_eq!(
            fill_from(&templates, "anrufen 05261 12345", today()),
            Ok(Filled {
                name: "anrufen".into(),
                values: pairs(&[("telefon", "05261 12345")]),
            })
        );
        assert_eq!(
            fill_from(&templates, "unterlagen-erhalten", today()),
            Ok(Filled {
                name: "unterlagen-erhalten".into(),
                values: Vec::new(),
            })
        );
    }

    #[test]
    fn mistakes_name_what_is_wrong() {
        let templates = known();
        let error = |text: &str| fill_from(&templates, text, today()).unwrap_err();
        assert_eq!(error("  "), TemplateError::MissingName);
        assert_eq!(
            error("temin datum=1"),
            TemplateError::Unknown {
                name: "temin".into(),
                did_you_mean: Some("termin".into())
            }
        );
        assert!(matches!(
            error("termin datum=24.12.2026 uhrzeit=10:30"),
            TemplateError::MissingValue { variable, .. } if variable == "ort"
        ));
        assert!(matches!(
            error("termin datum=24.12.2026 uhrzeit=10:30 ort=A raum=3"),
            TemplateError::UnknownValue { variable, .. } if variable == "raum"
        ));
        assert!(matches!(
            error("termin datum=1.1.27 datum=2.1.27 uhrzeit=3 ort=4"),
            TemplateError::ValueTwice { variable, .. } if variable == "datum"
        ));
        assert!(matches!(
            error("termin datum= uhrzeit=3 ort=4"),
            TemplateError::EmptyValue { variable, .. } if variable == "datum"
        ));
        assert!(matches!(
            error(r#"termin datum="" uhrzeit=3 ort=4"#),
            TemplateError::EmptyValue { variable, .. } if variable == "datum"
        ));
        assert!(matches!(
            error("termin datum=31.02.2027 uhrzeit=10 ort=A"),
            TemplateError::InvalidDate { value, .. } if value == "31.02.2027"
        ));
        assert!(matches!(
            error("termin datum=01.01.2020 uhrzeit=10 ort=A"),
            TemplateError::PastDate { .. }
        ));
        assert!(matches!(
            error("termin datum=01.01.2027 uhrzeit=25:00 ort=A"),
            TemplateError::InvalidTime { value, .. } if value == "25:00"
        ));
        assert!(matches!(
            error("unterlagen-erhalten heute"),
            TemplateError::NoValuesAllowed { .. }
        ));
        assert!(matches!(
            error("termin morgen um zehn"),
            TemplateError::NotAValue {
                template: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn german_months_as_caseworkers_write_them() {
        for (word, month) in [
            ("Dezember", 12),
            ("Dez.", 12),
            ("märz", 3),
            ("Maerz", 3),
            ("Sept", 9),
            ("Jan,", 1),
        ] {
            assert_eq!(german_month(word), Some(month), "{word}");
        }
        assert_eq!(german_month("Ma"), None);
        assert_eq!(german_month("Montag"), None);
    }

    use crate::i18n::shipped_locales as shipped;

    /// The shipped templates: at least 12, each with an example from its comment, and
    /// each renders in every language with the values and nothing unfilled.
    #[test]
    fn shipped_templates_render_everywhere() {
        let locales = shipped();
        let all = templates(&locales);
        assert!(all.len() >= 12, "{all:#?}");
        let termin = all.iter().find(|t| t.name == "termin").unwrap();
        assert_eq!(termin.variables, ["datum", "uhrzeit", "ort"]);
        assert_eq!(
            termin.example,
            r#"!vorlage termin datum=24.12.2026 uhrzeit=10:30 ort="Rathaus, Zimmer 3""#
        );
        for template in &all {
            let filled = fill(
                &locales,
                template.example.trim_start_matches("!vorlage"),
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", template.name));
            for lang in locales.languages() {
                assert!(locales.has_message(lang, &template.name), "{lang}");
                let text = strip_bidi_marks(&filled.render(&locales, lang));
                // Each part of a list (documents are named in `lang`, the German word
                // in brackets: `document_names_in_values_are_translated`).
                for (_, value) in &filled.values {
                    for part in value.split(',') {
                        assert!(text.contains(part.trim()), "{lang}: {text}");
                    }
                }
                assert!(!text.contains('{'), "{lang}: {text}");
            }
        }
        let filled = fill(&locales, "anrufen 05264 12345", today()).unwrap();
        assert_eq!(
            strip_bidi_marks(&filled.render(&locales, "ar")),
            "يُرجى الاتصال بنا: 05264 12345."
        );
    }

    /// Hand test: "!vorlage foto-unscharf dokument=Reisepass" reached a Persian newcomer
    /// with "Reisepass" alone. Document names a caseworker types reach the newcomer in
    /// their language with the German word in brackets; other words, and the German text
    /// the colleagues read, stay as typed.
    #[test]
    fn document_names_in_values_are_translated() {
        let locales = shipped();
        let render = |text: &str, lang: &str| {
            strip_bidi_marks(
                &fill(&locales, text, today())
                    .unwrap()
                    .render(&locales, lang),
            )
        };
        let persian = render("foto-unscharf dokument=Reisepass", "fa");
        assert!(persian.contains("پاسپورت (Reisepass)"), "{persian}");
        let persian = render("mitbringen unterlagen=Reisepass, Mietvertrag", "fa");
        assert!(
            persian.contains("پاسپورت (Reisepass)، قرارداد اجاره (Mietvertrag)"),
            "{persian}"
        );
        let arabic = render(
            r#"mitbringen unterlagen="reisepass, Mietvertrag und Lohnabrechnungen""#,
            "ar",
        );
        assert!(
            arabic.contains(
                "جواز السفر (reisepass)، عقد الإيجار (Mietvertrag)، قسيمة الراتب (Lohnabrechnungen)"
            ),
            "{arabic}"
        );
        let mixed = render(
            r#"mitbringen unterlagen="Reisepass, das grüne Formular""#,
            "uk",
        );
        assert!(
            mixed.contains("закордонний паспорт (Reisepass), das grüne Formular"),
            "{mixed}"
        );
        let other = render(r#"mitbringen unterlagen="das grüne Formular, bitte""#, "uk");
        assert!(other.contains("das grüne Formular, bitte"), "{other}");
        let german = render(r#"mitbringen unterlagen="Reisepass, Mietvertrag""#, "de");
        assert!(german.contains("mit: Reisepass, Mietvertrag."), "{german}");
        // Every language names every document the German file lists.
        let ids: Vec<&String> = locales
            .messages("de")
            .unwrap()
            .keys()
            .filter(|id| id.starts_with(DOCUMENT_NAME_PREFIX))
            .collect();
        assert!(ids.len() >= 15, "{ids:?}");
        for lang in locales.languages() {
            for id in &ids {
                assert!(locales.has_message(lang, id), "{lang} {id}");
            }
        }
    }

    /// Errors read as German sentences with the example or the list of templates.
    #[test]
    fn explanations_help_the_caseworker() {
        let locales = shipped();
        let explain = |text: &str| fill(&locales, text, today()).unwrap_err().explain(&locales);
        let missing = explain("termin datum=24.12.2026 ort=Rathaus");
        assert!(
            missing.starts_with("Für die Vorlage „termin“ fehlt der Wert „uhrzeit“."),
            "{missing}"
        );
        assert!(
            missing.contains("Beispiel: !vorlage termin datum=24.12.2026 uhrzeit=10:30"),
            "{missing}"
        );
        let unknown = explain("temrin");
        assert!(
            unknown.contains("„temrin“ gibt es nicht. Meinten Sie „termin“?"),
            "{unknown}"
        );
        assert!(
            unknown.contains("• unterlagen-erhalten"),
            "the list: {unknown}"
        );
        let list = list(&locales);
        assert!(
            list.contains("• termin (Werte: datum, uhrzeit, ort)\nSie haben einen Termin bei uns: am [datum] um [uhrzeit]."),
            "{list}"
        );
        assert!(!list.contains('\u{2068}'), "no bidi marks in German");
    }
}
