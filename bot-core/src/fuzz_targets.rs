//! Fuzz targets for the parsers of outside input (docs/fuzzing.md): what newcomers type
//! (dates, phones, numbers, emails, names, commands, labels) and what administrators edit
//! (Fluent files, flow TOML). Each states real properties besides "never panics".
//!
//! ```sh
//! cargo test -p kompass-core --lib fuzz_                                # 2 s each
//! KOMPASS_FUZZ_SECONDS=600 cargo test -p kompass-core --lib fuzz_ -- --test-threads 1
//! ARBTEST_SEED=0x… cargo test -p kompass-core --lib fuzz_date            # replay a failure
//! ```

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use crate::content::{DateRange, Severity, load_lenient};
use crate::date_words::{Calendar, DateWords};
use crate::engine::values::{self, Refusal};
use crate::engine::{Command, CommandText};
use crate::fuzzing::{Result, Unstructured, is_line_of, mutate, run, texty};
use crate::i18n::{Arg, Locales};

fn some_date(u: &mut Unstructured<'_>, years: std::ops::RangeInclusive<i32>) -> Result<NaiveDate> {
    let year = u.int_in_range(years)?;
    let ordinal = u.int_in_range(1..=365)?;
    Ok(NaiveDate::from_yo_opt(year, ordinal).expect("day 1–365 exists every year"))
}

/// The date words of the shipped languages, loaded once as the bot loads them.
fn shipped_date_words() -> &'static DateWords {
    static LOCALES: std::sync::OnceLock<Locales> = std::sync::OnceLock::new();
    LOCALES
        .get_or_init(|| {
            let mut diagnostics = crate::content::Diagnostics::default();
            let locales = Locales::load_dir(&repo().join("locales"), &mut diagnostics)
                .expect("the shipped locales");
            assert!(!diagnostics.has_errors(), "{diagnostics}");
            locales
        })
        .date_words()
}

/// [`values::date`] with the shipped date words.
fn read_date(
    text: &str,
    range: DateRange,
    today: NaiveDate,
) -> std::result::Result<NaiveDate, Refusal> {
    values::date(text, range, today, shipped_date_words())
}

fn some_range(u: &mut Unstructured<'_>) -> Result<DateRange> {
    Ok(*u.choose(&[DateRange::Past, DateRange::Future, DateRange::Any])?)
}

/// ASCII digits in `text` rewritten in the Arabic-Indic or Persian script.
fn in_script(text: &str, script: u8) -> String {
    let zero = match script {
        1 => 0x0660,
        2 => 0x06F0,
        _ => return text.to_string(),
    };
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// Any text: never a panic; a date that is read, written back as people do, reads the same.
#[test]
fn fuzz_date_parser() {
    run("fuzz_date_parser", |u| {
        let text = texty(u)?;
        let range = some_range(u)?;
        let today = some_date(u, 1950..=2200)?;
        if let Ok(date) = read_date(&text, range, today) {
            for format in ["%d.%m.%Y", "%Y-%m-%d", "%-d/%-m/%Y"] {
                let written = date.format(format).to_string();
                assert_eq!(
                    read_date(&written, range, today),
                    Ok(date),
                    "{text:?} read as {date}, but {written:?} does not read back"
                );
            }
            match range {
                DateRange::Past => assert!(date <= today && date.year() >= 1900),
                DateRange::Future => assert!(date >= today),
                DateRange::Any => assert!(date.year() >= 1900),
            }
        }
        Ok(())
    });
}

/// A real date written in any of the accepted ways (order, separators, padding, digits of
/// three scripts, the month as a number or by any of its names, spaces and bidi marks
/// around) reads as itself.
#[test]
fn fuzz_date_spellings() {
    run("fuzz_date_spellings", |u| {
        let today = some_date(u, 1990..=2100)?;
        let date = some_date(u, 1900..=today.year())?;
        if date > today {
            return Ok(());
        }
        let pad = |n: u32, pad: bool| {
            if pad {
                format!("{n:02}")
            } else {
                n.to_string()
            }
        };
        let separator = *u.choose(&[".", "/", "-", " ", ". "])?;
        let names: Vec<&str> = shipped_date_words()
            .names()
            .filter(|(_, month)| {
                month.calendar == Calendar::Gregorian && month.number == date.month()
            })
            .map(|(name, _)| name)
            .collect();
        let (day, month) = (
            pad(date.day(), u.arbitrary()?),
            if u.arbitrary()? {
                u.choose(&names)?.to_string()
            } else {
                pad(date.month(), u.arbitrary()?)
            },
        );
        let year = format!("{:04}", date.year());
        let written = if u.arbitrary()? {
            [day.as_str(), &month, &year].join(separator)
        } else {
            [year.as_str(), &month, &day].join(separator)
        };
        let written = in_script(&written, u.int_in_range(0..=2)?);
        let around = *u.choose(&["", " ", "\u{2068}", "\u{200E}", "\t"])?;
        let written = format!("{around}{written}{around}");
        assert_eq!(
            read_date(&written, DateRange::Past, today),
            Ok(date),
            "{written:?}"
        );
        Ok(())
    });
}

fn ascii_digits(text: &str) -> String {
    values::normalize_digits(text)
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

/// A phone that is accepted keeps its digits as typed, in order and together (all of them,
/// or the one number among other words with digits: "+49 176 12345678, звоните после
/// 14:00"), and is accepted again as it was stored; a number of 6–15 digits written with the
/// usual separators is accepted whole.
#[test]
fn fuzz_phone_parser() {
    run("fuzz_phone_parser", |u| {
        let text = texty(u)?;
        if let Ok(phone) = values::phone(&text) {
            assert!(
                ascii_digits(&text).contains(&ascii_digits(&phone)),
                "{text:?}: {phone:?}"
            );
            assert_eq!(values::phone(&phone), Ok(phone.clone()), "{text:?}");
            assert!(!phone.contains("  ") && phone.trim() == phone, "{phone:?}");
            // The words around it are the person's words, as they wrote them.
            let (before, after) = values::words_around_phone(&text, &phone);
            let words = values::clean_text(&text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for part in before.iter().chain(&after) {
                assert!(
                    part.chars().any(char::is_alphanumeric),
                    "{text:?}: {part:?}"
                );
                assert!(words.contains(part.as_str()), "{text:?}: {part:?}");
            }
        }
        let prefix = *u.choose(&["", "+", "(0)"])?;
        let most = if prefix == "(0)" { 14 } else { 15 };
        let digits: String = (0..u.int_in_range(6..=most)?)
            .map(|_| Ok(char::from(b'0' + u.int_in_range(0..=9)?)))
            .collect::<Result<_>>()?;
        let mut written = String::from(prefix);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && u.ratio(1, 4)? {
                written.push_str(u.choose(&[" ", "-", "/", ".", "  "])?);
            }
            written.push(digit);
        }
        let written = in_script(&written, u.int_in_range(0..=2)?);
        // "03/1985": a month and its year is none (a birth date was taken as the phone
        // number ahead).
        if values::looks_like_month_and_year(&written) {
            assert!(values::phone(&written).is_err(), "{written:?}");
            return Ok(());
        }
        let phone = values::phone(&written).unwrap_or_else(|r| panic!("{written:?}: {r:?}"));
        assert_eq!(ascii_digits(&phone), ascii_digits(&written));
        assert_eq!(
            values::words_around_phone(&written, &phone),
            (None, None),
            "{written:?}"
        );
        Ok(())
    });
}

/// Cleaning typed text is idempotent and leaves no control character but the line break,
/// no invisible bidi control and no space at either end; a text or name that is accepted
/// is accepted again unchanged; a name has a letter; digits keep their number.
#[test]
fn fuzz_text_normalisation() {
    run("fuzz_text_normalisation", |u| {
        let text = texty(u)?;
        let cleaned = values::clean_text(&text);
        assert_eq!(values::clean_text(&cleaned), cleaned, "{text:?}");
        assert!(
            cleaned
                .chars()
                .all(|c| c == '\n' || !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')),
            "{cleaned:?}"
        );
        assert_eq!(cleaned.trim(), cleaned);
        let max = u.int_in_range(1..=40)?;
        match values::text(&text, max) {
            Ok(accepted) => {
                assert!(accepted.chars().count() <= max);
                assert_eq!(values::text(&accepted, max), Ok(accepted.clone()));
            }
            Err(refusal) => assert!(matches!(refusal, Refusal::Empty | Refusal::TooLong { .. })),
        }
        if let Ok(name) = values::name(&text, max) {
            assert!(name.chars().any(char::is_alphabetic), "{name:?}");
            assert_eq!(values::name(&name, max), Ok(name.clone()));
        }
        let digits = values::normalize_digits(&text);
        assert_eq!(values::normalize_digits(&digits), digits);
        assert_eq!(digits.chars().count(), text.chars().count());
        Ok(())
    });
}

/// Numbers: an accepted one is in range and reads back from its own digits. Emails: an
/// accepted one is at most 254 bytes, has no space and reads back unchanged.
#[test]
fn fuzz_number_and_email_parsers() {
    run("fuzz_number_and_email_parsers", |u| {
        let text = texty(u)?;
        let (a, b) = (u.arbitrary::<i64>()?, u.int_in_range(-100..=100)?);
        let (min, max) = (a.min(b), a.max(b));
        if let Ok(number) = values::number(&text, min, max) {
            assert!((min..=max).contains(&number));
            assert_eq!(values::number(&number.to_string(), min, max), Ok(number));
        }
        let address = if u.arbitrary()? {
            format!("{}@{}", texty(u)?, texty(u)?)
        } else {
            text
        };
        if let Ok(email) = values::email(&address) {
            assert!(
                email.len() <= 254 && !email.contains(char::is_whitespace),
                "{email:?}"
            );
            assert_eq!(values::email(&email), Ok(email.clone()));
        }
        Ok(())
    });
}

/// The command reader: whatever it splits starts with a prefix, has a word without spaces
/// or `@` and a trimmed payload; every command word, in any case, with or without a bot
/// name and payload, is read as that command, and the payload of `/start` is kept.
#[test]
fn fuzz_command_reader() {
    run("fuzz_command_reader", |u| {
        let text = texty(u)?;
        if let Some(command) = CommandText::split(&text, &['/', '!']) {
            assert!(text.trim().starts_with(['/', '!']));
            assert!(!command.word.contains(char::is_whitespace) && !command.word.contains('@'));
            if let Some(payload) = command.payload {
                assert_eq!(payload.trim(), payload);
            }
        }
        if Command::parse(&text).is_some() {
            assert!(CommandText::split(&text, &['/', '!']).is_some());
        }
        let (word, _) = *u.choose(&Command::WORDS)?;
        let word: String = word
            .chars()
            .map(|c| {
                Ok(if u.arbitrary()? {
                    c.to_ascii_uppercase()
                } else {
                    c
                })
            })
            .collect::<Result<_>>()?;
        let bot = if u.arbitrary()? { "@kompass_bot" } else { "" };
        let payload = if u.arbitrary()? {
            "de_register-form"
        } else {
            ""
        };
        let prefix = *u.choose(&["/", "!"])?;
        let typed = format!(" {prefix}{word}{bot} {payload} ");
        let expected = match word.to_ascii_lowercase().as_str() {
            "start" => Command::Start((!payload.is_empty()).then(|| payload.to_string())),
            "menu" => Command::Menu,
            "back" => Command::Back,
            "language" => Command::Language,
            "status" => Command::Status,
            "cancel" => Command::Cancel,
            "help" => Command::Help,
            "delete" => Command::Delete,
            other => unreachable!("{other}"),
        };
        assert_eq!(Command::parse(&typed), Some(expected), "{typed:?}");
        Ok(())
    });
}

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// A Fluent file of a shipped language with random edits, or text made of pieces: loading
/// never panics, every error names the file and a line of it, and every message that
/// loaded formats without a panic, with and without its variables.
#[test]
fn fuzz_fluent_loading() {
    let dir = tempfile::tempdir().unwrap();
    // Every shipped `.ftl` file, of every language.
    let sources: Vec<String> = std::fs::read_dir(repo().join("locales"))
        .unwrap()
        .filter_map(|entry| std::fs::read_dir(entry.ok()?.path()).ok())
        .flatten()
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "ftl").then(|| std::fs::read_to_string(path).ok())?
        })
        .collect();
    assert!(sources.len() >= 10, "the shipped locales are read");
    for lang in ["de", "en"] {
        std::fs::create_dir_all(dir.path().join(lang)).unwrap();
    }
    let file = dir.path().join("de/fuzz.ftl");
    run("fuzz_fluent_loading", |u| {
        let source = if u.ratio(1, 5)? {
            (0..u.int_in_range(1..=8)?)
                .map(|_| Ok(format!("{} = {}", texty(u)?, texty(u)?)))
                .collect::<Result<Vec<_>>>()?
                .join("\n")
        } else {
            let original = u.choose(&sources)?;
            mutate(u, original)?
        };
        std::fs::write(&file, &source).unwrap();
        let mut diagnostics = crate::Diagnostics::default();
        let locales = Locales::load_dir(dir.path(), &mut diagnostics);
        for diagnostic in diagnostics.iter() {
            if diagnostic.severity == Severity::Error && diagnostic.file == file {
                assert!(
                    diagnostic
                        .line
                        .is_some_and(|line| is_line_of(&source, line)),
                    "no line of the file in: {diagnostic}\n--- source ---\n{source}"
                );
            }
        }
        let locales = locales.expect("the folder is readable");
        let ids: Vec<String> = locales
            .messages("de")
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        for id in ids {
            let _ = locales.text("de", &id, &[]);
            let _ = locales.text(
                "de",
                &id,
                &[
                    ("name", Arg::from("x")),
                    ("number", Arg::from(3usize)),
                    ("n", Arg::from(1usize)),
                ],
            );
        }
        Ok(())
    });
}

/// The shipped flow with random edits: loading and checking never panic, and every error
/// in the edited file names a line of it.
#[test]
fn fuzz_flow_loading() {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    let shipped = std::fs::read_to_string(repo().join("flows/kalletal.toml")).unwrap();
    let file = flows.join("kalletal.toml");
    let locales = repo().join("locales");
    run("fuzz_flow_loading", |u| {
        let source = mutate(u, &shipped)?;
        std::fs::write(&file, &source).unwrap();
        let (_, _, diagnostics) = load_lenient(&flows, &locales);
        for diagnostic in diagnostics.iter() {
            if diagnostic.severity == Severity::Error && diagnostic.file == file {
                assert!(
                    diagnostic
                        .line
                        .is_some_and(|line| is_line_of(&source, line)),
                    "no line of the file in: {diagnostic}\n--- source ---\n{source}"
                );
            }
        }
        Ok(())
    });
}
