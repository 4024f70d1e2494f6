//! Reading what people type into typed values: dates in the ways people write them, phone
//! numbers, email addresses, numbers. Digits from Arabic and Persian keyboards count too.

use chrono::{Datelike, NaiveDate};

use crate::answers::{HourRelation, NamedHour};
use crate::content::DateRange;
use crate::date_words::{AgoUnit, Calendar, DateWords};
use crate::engine::session::OfferedDate;

/// Why a typed value was refused; each maps to a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    /// Text at a photo question that names none of its buttons.
    PhotoExpected,
    TooLong {
        max: usize,
    },
    /// A name without a single letter ("." or invisible characters).
    NameWithoutLetter,
    /// A name with a digit (a date or a number typed at the name question).
    NameWithDigit,
    /// One's own answer to a choice ("Another country") without a letter ("7").
    AnswerWithoutLetter,
    /// An address without a letter ("12", "32689"): no street's name.
    AddressWithoutStreet,
    /// "I don't know my address": where to find it, and that the answers wait.
    AddressUnknown,
    DateUnreadable,
    DateImpossible,
    DateInFuture,
    DateInPast,
    DateTooOld,
    /// A year alone ("1990") for a birth date: how to write a date whose day is unknown,
    /// shown with the year typed where it can be a birth year ("00.00.1948" for "1948, I
    /// don't know the day"), else with 1990 as the example, and the month where one was
    /// named ("00.03.1985" for "März 1985, den Tag weiß ich nicht").
    DateYearOnly {
        year: Option<i32>,
        month: Option<u32>,
    },
    /// A year of the Persian calendar alone ("۱۳۷۸", "00.00.1378": an Afghan Tazkira often
    /// gives only the year), with the Gregorian year it mostly falls in (it begins in late
    /// March): how to write it.
    PersianYear {
        year: i32,
        gregorian: i32,
    },
    DateTooFar,
    /// A date of the Persian calendar ("1369/12/24" from a Persian speaker, "۲۴ اسفند ۱۳۶۹"
    /// from anyone): the Gregorian date is shown, for the person to confirm with its button
    /// or by typing it.
    SolarHijri {
        gregorian: NaiveDate,
    },
    /// A day and month without a year that would be more than two weeks ahead ("1.2."
    /// typed in December) or two months back ("1.5" in December): that day is offered,
    /// not taken, for the person to confirm or
    /// to write the year (a field test's move-in date became the 1st of February of next
    /// year, which the summary showed and no one would notice).
    DateYearMissing {
        suggested: NaiveDate,
    },
    /// A year of two digits ("15.03.90"): the date of this century, or of the last one if
    /// less than a hundred years ago, that the field can take is shown, for the person to
    /// confirm with its button or by typing it.
    DateYearShort {
        suggested: NaiveDate,
    },
    /// The month before the day ("3/15/1990", as phones set to English write it): read day
    /// first it does not exist, read month first it does; shown for the person to confirm.
    DateMonthFirst {
        suggested: NaiveDate,
    },
    /// A time ago ("vor einer Woche", "3 дня назад"): the date counted back from today is
    /// shown, for the person to confirm; the office needs the day.
    DateAgo {
        suggested: NaiveDate,
    },
    /// A month without a day ("seit Anfang November", "в марте"), outside birth dates: the
    /// day is asked for, with the month's first day as the example (not as a suggestion:
    /// a move-in date must be the day itself).
    DateDayMissing {
        example: NaiveDate,
    },
    Phone,
    /// A phone number begun in words ("нуль один пять два 3344556"): the digits alone
    /// were the number, and the office would have called a wrong one (a field test of
    /// stop 60).
    PhoneInWords,
    Email,
    Number,
    /// A count said as its parts ("ich und 2 Kinder"): one number for all is asked.
    NumberInAll,
    /// An office's number without a digit ([`code`]).
    Code,
    NumberRange {
        min: i64,
        max: i64,
    },
}

impl Refusal {
    /// The date this refusal shows for the person to confirm, if any.
    pub fn suggested_date(self) -> Option<OfferedDate> {
        match self {
            Self::SolarHijri { gregorian } => Some(OfferedDate::Day(gregorian)),
            Self::DateYearShort { suggested }
            | Self::DateYearMissing { suggested }
            | Self::DateMonthFirst { suggested }
            | Self::DateAgo { suggested } => Some(OfferedDate::Day(suggested)),
            // "۱۳۶۵", "1365 فقط سال": the Gregorian year it mostly is, on a button (a field
            // test's "yes" to the hint got "I cannot read this date").
            Self::PersianYear { gregorian, .. } => Some(OfferedDate::UnknownDay {
                year: gregorian,
                month: None,
            }),
            // "1948, I don't know the day": 00.00.1948 on a button, as the hint says it.
            Self::DateYearOnly {
                year: Some(year),
                month,
            } => Some(OfferedDate::UnknownDay { year, month }),
            _ => None,
        }
    }
}

/// Replaces Arabic-Indic and Persian digits with ASCII ones (in `words`, below the
/// engine, where `gist` reads digits too).
pub use crate::words::{ascii_digit, normalize_digits};

/// Characters that reorder or split text without being seen: bidi embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks (LRM U+200E, RLM
/// U+200F, ALM U+061C, which phones put around numbers in right-to-left text) and the line
/// and paragraph separators (U+2028/9). In an answer they could make the office read a name
/// or number wrongly, and a date or phone with a mark around it was not read at all.
fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}')
}

/// Trims typed text, turns tabs into spaces and removes control characters (except line
/// breaks) and invisible bidi and separator characters.
pub fn clean_text(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|&c| c == '\n' || !(c.is_control() || is_invisible_control(c)))
        .collect::<String>()
        .trim()
        .to_string()
}

pub fn text(input: &str, max_length: usize) -> Result<String, Refusal> {
    let cleaned = clean_text(input);
    if cleaned.is_empty() {
        return Err(Refusal::Empty);
    }
    if cleaned.chars().count() > max_length {
        return Err(Refusal::TooLong { max: max_length });
    }
    Ok(cleaned)
}

/// A birth date whose day, or day and month, are unknown, as German papers write it:
/// "00.00.1990", "0.0.1990", "XX.XX.1990", "00.03.1990". A year alone ("1990", "nur 1990")
/// is refused with how to write it ([`Refusal::DateYearOnly`]). `None`: no such answer.
pub fn partial_date(input: &str, today: NaiveDate) -> Option<Result<(i32, Option<u32>), Refusal>> {
    let text = normalize_digits(&clean_text(input)).to_lowercase();
    let parts: Vec<&str> = text
        .split(['.', '/', '-', ' ', ',', ';', '،'])
        .filter(|part| !part.is_empty())
        .collect();
    let unknown = |part: &str| !part.is_empty() && part.chars().all(|c| matches!(c, '0' | 'x'));
    let year = |part: &str| {
        (part.len() == 4 && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<i32>().ok())
            .flatten()
    };
    let (year, month) = match parts.as_slice() {
        // "00.00.1378" was "too old" (a Persian field test).
        [day, _, year_part]
            if unknown(day)
                && let Some(persian) = year(year_part).and_then(persian_year) =>
        {
            return Some(Err(persian));
        }
        [day, month, year_part]
            if unknown(day)
                && let Some(year) = year(year_part) =>
        {
            let month = if unknown(month) {
                None
            } else {
                match month.parse::<u32>() {
                    Ok(month @ 1..=12) => Some(month),
                    _ => return Some(Err(Refusal::DateImpossible)),
                }
            };
            (year, month)
        }
        // The year alone, perhaps among words ("nur 1990", "1990 г."), or after its month
        // in digits ("03/1985", "3/1985 day unknown"): refused with the date as papers
        // write it, "00.00.1990", "00.03.1985" (a field test's "03/1985" was taken as the
        // phone number).
        _ => {
            let years: Vec<i32> = parts.iter().filter_map(|part| year(part)).collect();
            let numbers: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|part| part.chars().all(|c| c.is_ascii_digit()))
                .collect();
            let digits = text.chars().filter(char::is_ascii_digit).count();
            // "۱۳۷۸", "حمل ۱۳۷۸" got how to write 00.00.1990, and then "too old".
            let year_only = |year: i32, month: Option<u32>| {
                persian_year(year).unwrap_or(Refusal::DateYearOnly {
                    year: birth_year(year, today),
                    month,
                })
            };
            // "03/85": a month and a year of two digits that can be no day or month
            // (32–99), as 1932–1999 (a field test of stop 57 got "I cannot read this date").
            // "03/15" stays unread: the 3rd of December as much as March 2015.
            // Not with a word between them: "5 березня 87" (5 March 87) was offered as
            // 00.05.1987 (a field test of stop 61); a month's name is read elsewhere.
            let side_by_side = |first: &str, second: &str| side_by_side(&text, first, second);
            // Side by side only: "he is 3 years … born in lebanon 2023" offered 00.03.2023,
            // a month made of the child's age (field test AX of stop 69).
            let month = match numbers.as_slice() {
                [month, year] if year.len() == 4 && side_by_side(month, year) => {
                    month_in_digits(month)
                }
                _ => None,
            };
            let short = match numbers.as_slice() {
                [month, year]
                    if year.len() == 2
                        && digits == month.len() + 2
                        && side_by_side(month, year) =>
                {
                    month_in_digits(month).zip(
                        year.parse::<i32>()
                            .ok()
                            .filter(|year| (32..=99).contains(year)),
                    )
                }
                _ => None,
            };
            return match years.as_slice() {
                [year] if digits == 4 => Some(Err(year_only(*year, None))),
                [year] if month.is_some() => Some(Err(year_only(*year, month))),
                [] if let Some((month, year)) = short => {
                    Some(Err(year_only(1900 + year, Some(month))))
                }
                _ => None,
            };
        }
    };
    // The bounds of a birth date, for the first day it can be.
    let first_day = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), 1)?;
    Some(in_range(first_day, DateRange::Past, today).map(|_| (year, month)))
}

/// Whether `second` follows `first` in `text` with no letter between them ("3/1985", "3.
/// 1985"; not "3 years … 2023").
pub fn side_by_side(text: &str, first: &str, second: &str) -> bool {
    text.find(first).is_some_and(|at| {
        let after = &text[at + first.len()..];
        after
            .find(second)
            .is_some_and(|gap| !after[..gap].contains(char::is_alphabetic))
    })
}

/// A month written in digits ("3", "03"), as before a year in "03/1985".
pub fn month_in_digits(part: &str) -> Option<u32> {
    part.parse::<u32>()
        .ok()
        .filter(|month| part.len() <= 2 && (1..=12).contains(month))
}

/// A year of the Persian calendar (1300–1420) typed for a birth date, refused with the
/// Gregorian year it mostly falls in.
pub fn persian_year(year: i32) -> Option<Refusal> {
    PERSIAN_YEARS
        .contains(&year)
        .then_some(Refusal::PersianYear {
            year,
            gregorian: year + 621,
        })
}

/// A date whose day, or day and month, are unknown, as German papers write it:
/// "00.00.1990", "00.03.1985".
pub fn unknown_day(year: i32, month: Option<u32>) -> String {
    format!("00.{:02}.{year:04}", month.unwrap_or(0))
}

/// `year` if it can be the year of a birth date before `today`: for the example of how to
/// write a date whose day is unknown, which should not show a year the form then refuses.
pub fn birth_year(year: i32, today: NaiveDate) -> Option<i32> {
    (1900..=today.year()).contains(&year).then_some(year)
}

/// An office's number as on its letters ("AZ 32.1-4711/24"): text with at least one digit,
/// Arabic-Indic and Persian digits written as 0–9 for the office.
pub fn code(input: &str, max_length: usize) -> Result<String, Refusal> {
    let cleaned = normalize_digits(&text(input, max_length)?);
    if !cleaned.chars().any(|c| c.is_ascii_digit()) {
        return Err(Refusal::Code);
    }
    // "36201ВГ0123456": the BG number typed on a Cyrillic keyboard (a Russian field test)
    // reached the Jobcenter in letters its search does not find. In a word with a digit,
    // Cyrillic letters are the Latin ones they look like (В is B) or sound like (Г is G).
    Ok(cleaned
        .split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.chars().any(|c| c.is_ascii_digit()) {
                word.chars().map(latin_for_cyrillic).collect()
            } else {
                word.to_string()
            }
        })
        .collect())
}

/// The Latin letter a Cyrillic letter in a code stands for: the one it looks like, else the
/// one it sounds like; others as they are.
fn latin_for_cyrillic(c: char) -> char {
    const LETTERS: [(char, char); 22] = [
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('У', 'Y'),
        ('Х', 'X'),
        ('Б', 'B'),
        ('Г', 'G'),
        ('Д', 'D'),
        ('З', 'Z'),
        ('И', 'I'),
        ('І', 'I'),
        ('Й', 'J'),
        ('Л', 'L'),
        ('П', 'P'),
        ('Ф', 'F'),
    ];
    let upper = c.to_uppercase().next().unwrap_or(c);
    match LETTERS.iter().find(|(cyrillic, _)| *cyrillic == upper) {
        Some((_, latin)) if c.is_lowercase() => latin.to_ascii_lowercase(),
        Some((_, latin)) => *latin,
        None => c,
    }
}

/// A name: text with at least one letter, so "." or three zero-width spaces are refused.
pub fn name(input: &str, max_length: usize) -> Result<String, Refusal> {
    let cleaned = text(input, max_length)?;
    if !cleaned.chars().any(char::is_alphabetic) {
        return Err(Refusal::NameWithoutLetter);
    }
    // Persian field test: "۱۵ حمل ۱۳۷۵" (a birth date) at the given name was offered as
    // the name "Hml". No passport has a digit in a name.
    if cleaned.chars().any(char::is_numeric) {
        return Err(Refusal::NameWithDigit);
    }
    Ok(capitalized_if_all_lower(&cleaned))
}

/// [`name`], capitalised as language `lang` writes capitals: Turkish writes the capital of
/// "i" with its dot ("ilhan" is İlhan, as the Turkish passport writes it; it became
/// "Ilhan", a field test) and that of "ı" without ("ırmak": Irmak).
pub fn name_in(input: &str, max_length: usize, lang: &str) -> Result<String, Refusal> {
    let named = name(input, max_length)?;
    if lang != "tr" {
        return Ok(named);
    }
    let typed = clean_text(input);
    if typed.chars().count() != named.chars().count() {
        return Ok(named);
    }
    Ok(typed
        .chars()
        .zip(named.chars())
        .map(|(typed, named)| {
            if typed == 'i' && named == 'I' {
                'İ'
            } else {
                named
            }
        })
        .collect())
}

/// A part of a name capitalised, and after a one-letter prefix and an apostrophe too
/// ("o'connor": "O'Connor"); "ja'far" stays "Ja'far".
fn capitalized_part(part: &str) -> String {
    match part.split_once('\'') {
        Some((prefix, rest)) if prefix.chars().count() == 1 => format!(
            "{}'{}",
            super::script::capitalize(prefix),
            super::script::capitalize(rest)
        ),
        _ => super::script::capitalize(part),
    }
}

/// Words of a name that stay in lower case after the first word, as German papers write
/// them ("von der Heide", "van Dijk", "bin Salman"). Not the list of the same name in
/// `words.rs`, which keeps "al", "el", "abu" from counting as common words: papers write
/// "Al Haddad", so those are capitalised here.
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "du", "da", "di", "zu", "ten", "ter", "bin",
    "ibn", "bint",
];

/// A name typed all in lower case Latin letters ("sami haddad", "al-hassan"), as on a phone
/// without the shift key, with each part capitalised as papers write it ("Sami Haddad",
/// "Al-Hassan"; particles after the first word stay small): the office got "haddad" (a
/// field test). A name with any capital stays as typed ("McDonald", "von der Heide").
pub fn capitalized_if_all_lower(name: &str) -> String {
    if name.chars().any(char::is_uppercase) || !super::script::is_latin(name) {
        return name.to_string();
    }
    let mut words = Vec::new();
    for (at, word) in name.split(' ').enumerate() {
        if at > 0 && NAME_PARTICLES.contains(&word) {
            words.push(word.to_string());
            continue;
        }
        let parts: Vec<String> = word.split('-').map(capitalized_part).collect();
        words.push(parts.join("-"));
    }
    words.join(" ")
}

/// A date as typed without what is said beside it: a part in brackets ("01.01.1980 (laut
/// Ausweis)") and the Ukrainian or Russian "year" glued to its number ("15.03.85р",
/// "1990г."). A field test of stop 58 got "I cannot read this date" for both.
fn without_asides(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut depth = 0usize;
    for c in input.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let trimmed = out.trim().trim_end_matches('.');
    let year_word = trimmed
        .strip_suffix(['р', 'г'])
        .filter(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
    match year_word {
        Some(rest) => rest.to_string(),
        None if out.trim().is_empty() => input.to_string(),
        None => out.trim().to_string(),
    }
}

/// A letter O typed for a zero inside a date's digits ("12.O7.1979": field test CO of stop
/// 79 was refused it without a word): a zero, Latin or Cyrillic, upper or lower case. Only
/// where a digit stands on one side and a digit, a date's separator or the word's end on
/// the other.
fn o_as_zero(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    // Digits of any script: "١٢.O٣.١٩٩٠" too.
    let digit = |at: Option<&char>| at.is_some_and(|c| c.is_numeric());
    let digit_or_mark = |at: Option<&char>| {
        at.is_none_or(|c| c.is_numeric() || c.is_whitespace() || matches!(c, '.' | '/' | '-'))
    };
    chars
        .iter()
        .enumerate()
        .map(|(at, &c)| {
            let before = at.checked_sub(1).and_then(|before| chars.get(before));
            let after = chars.get(at + 1);
            let between =
                (digit(before) && digit_or_mark(after)) || (digit_or_mark(before) && digit(after));
            if matches!(c, 'O' | 'o' | 'О' | 'о') && between {
                '0'
            } else {
                c
            }
        })
        .collect()
}

/// `input` with a day said as a word before digits written as digits: "wa7ed 3 1995"
/// (one, March 1995) was offered as 00.03.1995 (a field test of stop 64), "fünf April
/// 1990" was unreadable. Only the first word, a number one to ten (`dates.txt`), and only
/// where a year of four digits follows.
fn day_in_digits(input: &str, date_words: &DateWords) -> String {
    let mut words = input.split_whitespace();
    let (Some(first), rest) = (words.next(), words.collect::<Vec<_>>()) else {
        return input.to_string();
    };
    let has_year = rest.iter().any(|word| {
        let digits: String = normalize_digits(word)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        digits.len() == 4
    });
    match date_words.number(&crate::words::fold(first.trim_end_matches(['.', ',']))) {
        Some(day) if has_year => std::iter::once(day.to_string())
            .chain(rest.iter().map(|word| word.to_string()))
            .collect::<Vec<_>>()
            .join(" "),
        _ => input.to_string(),
    }
}

/// Accepts `3.12.1990`, `03/12/1990`, `3-12-1990`, `1990-12-03` (day before month unless the
/// year comes first, as in Germany), and the month as a word of any language's `dates.txt`
/// ("15. März 1990", "15 марта 1990 г.", "March 15, 1990"), and outside birth dates a day's
/// word ("gestern", "вчора"). A month of the Persian calendar
/// ("۲۴ اسفند ۱۳۶۹") is refused with its Gregorian date, and a time ago ("vor einer Woche")
/// with the day it counts back to, for the person to confirm. A
/// two-digit year is refused with the date it most likely means ([`Refusal::DateYearShort`]),
/// never taken silently: `12.3.05` could be 1905 or 2005, and a wrong birth year makes a
/// request useless.
pub fn date(
    input: &str,
    range: DateRange,
    today: NaiveDate,
    date_words: &DateWords,
) -> Result<NaiveDate, Refusal> {
    let cleaned = day_in_digits(&o_as_zero(&without_asides(input)), date_words);
    let input = cleaned.as_str();
    // Not for a date in the past (a birth date), where "yesterday" is a slip, not a date.
    if range != DateRange::Past
        && let Some(date) = date_said_as_a_day(input, date_words, today)
    {
        return in_range(date, range, today);
    }
    // "sakanna mn awal shahr 11" (we live here since the start of month 11): the day is
    // asked for, the first of that month offered, as for "Anfang März" (a field test of
    // stop 70 was offered the first of this month, the 11 unread).
    if range != DateRange::Past
        && let Some(first) = start_of_month_named(input, date_words, range, today)
    {
        in_range(first, range, today)?;
        return Err(Refusal::DateDayMissing { example: first });
    }
    // "من اول الشهر" (since the start of the month) was a month ago (an Arabic field
    // test): its first day is offered.
    if range != DateRange::Past
        && let Some((unit, last)) = date_words.start_of(&number_tokens(input))
        && let Some(start) = start_of(unit, last, today)
    {
        return Err(Refusal::DateAgo {
            suggested: in_range(start, range, today)?,
        });
    }
    // "letzte Woche", "на прошлой неделе" (a Russian field test's day of moving in was
    // unreadable): the office needs the day, shown with a day of that week or month.
    if range != DateRange::Past
        && let Some(unit) = date_words.last_unit(&crate::words::tokens(input))
    {
        let example = match unit {
            AgoUnit::Months => today
                .checked_sub_months(chrono::Months::new(1))
                .and_then(|day| day.with_day(1)),
            _ => today.checked_sub_signed(chrono::Duration::weeks(1)),
        };
        return Err(
            example.map_or(Refusal::DateUnreadable, |example| Refusal::DateDayMissing {
                example,
            }),
        );
    }
    // "last monday", "в прошлый понедельник", "geçen pazartesi" at the day of moving in (a
    // field test of stop 79: unreadable): that day of this or last week, offered.
    if range == DateRange::Any
        && let Some(day) = weekday_before(input, date_words, today)
    {
        return Err(Refusal::DateAgo { suggested: day });
    }
    if let Some(counted) = date_ago(input, date_words, today) {
        return Err(Refusal::DateAgo {
            suggested: in_range(counted, range, today)?,
        });
    }
    let parts = match date_parts(input) {
        Err(refusal) => date_with_month_name(input, date_words)
            .or_else(|| date_among_words(input, date_words))
            // At a birth date only: a day of moving in among other words ("seit Berlin
            // 1.11.2026") may be another day than the one asked for.
            .or_else(|| {
                (range == DateRange::Past)
                    .then(|| whole_date_beside_words(input))
                    .flatten()
            })
            .unwrap_or(Err(refusal))?,
        parts => parts?,
    };
    let (calendar, year, month, day) = match parts {
        DateParts::Whole {
            calendar,
            year,
            month,
            day,
        } => (calendar, year, month, day),
        DateParts::ShortYear { year, month, day } => {
            if let Some(suggested) = short_year_date(year, month, day, range, today) {
                return Err(Refusal::DateYearShort { suggested });
            }
            // "3/15/90": the month first.
            return Err(reads_month_first(input, month)
                .then(|| short_year_date(year, day, month, range, today))
                .flatten()
                .map_or(Refusal::DateUnreadable, |suggested| {
                    Refusal::DateMonthFirst { suggested }
                }));
        }
        // Not a birth date, whose year no one can guess.
        DateParts::NoYear { .. } if range == DateRange::Past => {
            return Err(Refusal::DateUnreadable);
        }
        DateParts::NoYear { month, day } => {
            let date = date_without_year(month, day, range, today)?;
            // Nor long ago: "1.5" typed in December was taken as 1 May, seven months
            // before, without a word (a field test of stop 62).
            if range == DateRange::Any
                && (date > today + chrono::Days::new(14) || date < today - chrono::Days::new(60))
            {
                return Err(Refusal::DateYearMissing { suggested: date });
            }
            return Ok(date);
        }
        DateParts::MonthOnly { .. } if range == DateRange::Past => {
            return Err(Refusal::DateUnreadable);
        }
        // The month of this year or a neighbouring one that the question takes.
        DateParts::MonthOnly { month } => {
            return Err(date_without_year(month, 1, range, today)
                .map_or(Refusal::DateUnreadable, |example| Refusal::DateDayMissing {
                    example,
                }));
        }
    };
    match calendar {
        Calendar::Gregorian => match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => in_range(date, range, today),
            // "3/15/1990": no 15th month, but the month first is a date. Not with dots,
            // the German way ("12.13.1990" is a slip, not the 13 December).
            None => match reads_month_first(input, month)
                .then(|| NaiveDate::from_ymd_opt(year, day, month))
                .flatten()
            {
                Some(swapped) => Err(Refusal::DateMonthFirst {
                    suggested: in_range(swapped, range, today)?,
                }),
                None => Err(Refusal::DateImpossible),
            },
        },
        Calendar::Persian => {
            if !PERSIAN_YEARS.contains(&year) {
                return Err(Refusal::DateUnreadable);
            }
            let gregorian =
                persian_to_gregorian(year, month, day).ok_or(Refusal::DateImpossible)?;
            Err(Refusal::SolarHijri {
                gregorian: in_range(gregorian, range, today)?,
            })
        }
    }
}

/// Whether `input`, read day first with `month` as its month, is a date with the month
/// first: no such month, and written as such dates are ("3/15/1990", "12-31-1989"), with
/// slashes or dashes, not the dots of German dates.
fn reads_month_first(input: &str, month: u32) -> bool {
    month > 12 && input.contains(['/', '-']) && !input.contains('.')
}

/// Whether `input` tries to be a date: a digit, a month's name, a day said as a word
/// ("gestern") or a time ago. Anything else typed at a date question is no date at all
/// (the next question's answer, a question).
pub fn tries_a_date(input: &str, words: &DateWords) -> bool {
    normalize_digits(input).chars().any(|c| c.is_ascii_digit())
        || date_said_as_a_day(input, words, NaiveDate::default()).is_some()
        || words.ago(&crate::words::tokens(input)).is_some()
        || words.start_of(&number_tokens(input)).is_some()
        || crate::words::tokens(input)
            .iter()
            .any(|token| words.month(token).is_some())
}

/// A date said as a day ("heute", "вчора", "today"), with nothing else but words that may
/// stand in a date.
fn date_said_as_a_day(input: &str, words: &DateWords, today: NaiveDate) -> Option<NaiveDate> {
    if normalize_digits(input).chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let phrase = crate::words::tokens(input)
        .into_iter()
        .filter(|token| !words.is_other(token))
        .collect::<Vec<_>>()
        .join(" ");
    let offset = words.day_offset(&phrase)?;
    today.checked_add_signed(chrono::Duration::days(offset))
}

/// The last day before `today` (or today itself, without a word for last) that `input`
/// names by its day of the week alone ("Montag", "last monday", "в прошлый понедельник"):
/// `None` where it has digits or any other word.
fn weekday_before(input: &str, words: &DateWords, today: NaiveDate) -> Option<NaiveDate> {
    if normalize_digits(input).chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let tokens = crate::words::tokens(input);
    let last = tokens.iter().any(|token| words.is_last(token));
    let name = tokens
        .iter()
        .filter(|token| !words.is_other(token) && !words.is_last(token))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let weekday = i64::from(words.weekday(&name)?);
    let today_weekday = i64::from(today.weekday().number_from_monday());
    let mut back = (today_weekday - weekday).rem_euclid(7);
    if back == 0 && last {
        back = 7;
    }
    today.checked_sub_signed(chrono::Duration::days(back))
}

/// The folded words and numbers of `input`, digits in ASCII.
fn number_tokens(input: &str) -> Vec<String> {
    crate::words::tokens_and_numbers(&normalize_digits(input))
}

/// The first day of the month that "the start of" names in `input` by its number or its
/// name ("awal shahr 11", "Anfang November", "начало ноября 2025"): in the year said, else
/// the last one (the next one for a date to come) where that day is not after (not before)
/// today. `None` without a word of the start, without one month, or with another number.
fn start_of_month_named(
    input: &str,
    words: &DateWords,
    range: DateRange,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let tokens = number_tokens(input);
    if !words.says_start(&tokens) {
        return None;
    }
    let numbers: Vec<u32> = tokens.iter().filter_map(|t| t.parse().ok()).collect();
    let (years, others): (Vec<u32>, Vec<u32>) = numbers
        .iter()
        .partition(|&&number| (1900..=2100).contains(&number));
    // Names as listed, of this calendar: "shahr" (month) begins "Shahrivar".
    let mut named = tokens
        .iter()
        .filter_map(|token| words.month_named(token))
        .filter(|month| month.calendar == Calendar::Gregorian);
    let month = match (named.next(), named.next(), others.as_slice()) {
        (Some(month), None, []) => month.number,
        (None, None, [number]) if (1..=12).contains(number) => *number,
        _ => return None,
    };
    let year = match years.as_slice() {
        [year] => return NaiveDate::from_ymd_opt(i32::try_from(*year).ok()?, month, 1),
        [] => today.year(),
        _ => return None,
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    match range {
        DateRange::Future if first < today.with_day(1)? => first.with_year(year + 1),
        DateRange::Future => Some(first),
        _ if first > today => first.with_year(year - 1),
        _ => Some(first),
    }
}

/// The first day of this month or week (Monday), or of the one before with `last`.
fn start_of(unit: AgoUnit, last: bool, today: NaiveDate) -> Option<NaiveDate> {
    match unit {
        AgoUnit::Months => today
            .checked_sub_months(chrono::Months::new(u32::from(last)))
            .and_then(|day| day.with_day(1)),
        AgoUnit::Weeks => today.checked_sub_signed(chrono::Duration::days(
            i64::from(today.weekday().num_days_from_monday()) + if last { 7 } else { 0 },
        )),
        AgoUnit::Days => None,
    }
}

/// The day a time ago names ("vor 2 Wochen", "قبل يومين", "bir ay önce"), counted back
/// from `today` ([`DateWords::ago`]).
fn date_ago(input: &str, words: &DateWords, today: NaiveDate) -> Option<NaiveDate> {
    let tokens = crate::words::tokens_and_numbers(&normalize_digits(input));
    let (unit, count) = words.ago(&tokens)?;
    match unit {
        AgoUnit::Days => today.checked_sub_signed(chrono::Duration::days(count.into())),
        AgoUnit::Weeks => today.checked_sub_signed(chrono::Duration::weeks(count.into())),
        AgoUnit::Months => today.checked_sub_months(chrono::Months::new(count)),
    }
}

/// The days of the week `input` names ("montags", "Dienstag oder Mittwoch", "الاثنين"),
/// Monday 1 … Sunday 7; none where a word turns a day round ("außer Freitag").
pub fn weekdays(input: &str, words: &DateWords) -> Vec<u8> {
    // Each part of a sentence apart: the "nicht" of "Montag geht nicht, Dienstag
    // vormittags" is Monday's, not Tuesday's (field test BL of stop 71 booked Monday).
    let clauses: Vec<&str> = input
        .split([',', ';', '.', '،', '؛'])
        .filter(|clause| !clause.trim().is_empty())
        .collect();
    if clauses.len() < 2 {
        return words.weekdays_in(&appointment_words(input));
    }
    let (mut can, mut not) = (Vec::new(), Vec::new());
    for clause in clauses {
        let Some((days, turned)) = words.weekday_reading(&appointment_words(clause)) else {
            return Vec::new();
        };
        can.extend(days);
        not.extend(turned);
    }
    crate::date_words::DateWords::days_from(&can, &not)
}

/// The years of the Persian calendar people born or living today write (1921–2041).
const PERSIAN_YEARS: std::ops::RangeInclusive<i32> = 1300..=1420;

/// A date of the Persian (Solar Hijri) calendar, which Iran and Afghanistan use, in the
/// Gregorian calendar: "1369/12/24" is 15 March 1991. `None` unless `input` is such a
/// date (a year 1300–1420, a month and day that calendar has) within `range`.
pub fn solar_hijri_date(input: &str, range: DateRange, today: NaiveDate) -> Option<NaiveDate> {
    let Ok(DateParts::Whole {
        year, month, day, ..
    }) = date_parts(input)
    else {
        return None;
    };
    if !PERSIAN_YEARS.contains(&year) {
        return None;
    }
    in_range(persian_to_gregorian(year, month, day)?, range, today).ok()
}

pub use crate::date_words::persian_to_gregorian;

/// A date as typed, before its calendar and range are looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateParts {
    Whole {
        calendar: Calendar,
        year: i32,
        month: u32,
        day: u32,
    },
    /// The year with two digits ("15.03.90"): 0–99.
    ShortYear { year: i32, month: u32, day: u32 },
    /// No year ("1.11.", "1 ноября"): a day of this year or a neighbouring one.
    NoYear { month: u32, day: u32 },
    /// A month's name and no number at all ("Anfang November").
    MonthOnly { month: u32 },
}

/// Year, month and day as typed: three numbers, the year with four digits, first (ISO) or
/// last (day before month, as in Germany).
fn date_parts(input: &str) -> Result<DateParts, Refusal> {
    let normalized = normalize_digits(&clean_text(input));
    let parts: Vec<&str> = normalized
        .split(['.', '/', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    // "15031990", "150390": the date typed without its dots, as on a number pad.
    if let [all] = parts.as_slice()
        && all.chars().all(|c| c.is_ascii_digit())
        && matches!(all.len(), 6 | 8)
    {
        let (day, month, year) = (&all[..2], &all[2..4], &all[4..]);
        return date_parts(&format!("{day}.{month}.{year}"));
    }
    if parts
        .iter()
        .any(|p| !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 4)
    {
        return Err(Refusal::DateUnreadable);
    }
    let number = |s: &str| s.parse::<u32>().map_err(|_| Refusal::DateUnreadable);
    // "1.11." and "01.11": day and month, as Germans write a date of this year.
    if let [day, month] = parts.as_slice()
        && day.len() <= 2
        && month.len() <= 2
        && normalized.contains(['.', '/'])
    {
        return Ok(DateParts::NoYear {
            month: number(month)?,
            day: number(day)?,
        });
    }
    let [first, second, third] = parts.as_slice() else {
        return Err(Refusal::DateUnreadable);
    };
    let (year, month, day) = if first.len() == 4 {
        (*first, number(second)?, number(third)?)
    } else if third.len() == 4 {
        (*third, number(second)?, number(first)?)
    } else if third.len() == 2 && first.len() <= 2 {
        return Ok(DateParts::ShortYear {
            year: number(third)? as i32,
            month: number(second)?,
            day: number(first)?,
        });
    } else {
        return Err(Refusal::DateUnreadable);
    };
    let year = year.parse::<i32>().map_err(|_| Refusal::DateUnreadable)?;
    Ok(DateParts::Whole {
        calendar: Calendar::Gregorian,
        year,
        month,
        day,
    })
}

/// A date in digits among words that may stand in a date ("seit dem 1.11.2026", "am
/// 01.11.", "с 01.11.2026": `other` in `dates.txt`): the date's parts. `None` where a word
/// is no such word, or there are none.
fn date_among_words(input: &str, date_words: &DateWords) -> Option<Result<DateParts, Refusal>> {
    let mut words = false;
    let mut rest = Vec::new();
    for piece in input.split_whitespace() {
        // "geb. 14.6.1983": a word shortened with a full stop is that word.
        let folded = crate::words::fold(piece.trim_end_matches('.'));
        if folded.chars().any(char::is_alphabetic) {
            if !date_words.is_other(&folded) {
                return None;
            }
            words = true;
        } else {
            rest.push(piece);
        }
    }
    words.then(|| date_parts(&rest.join(" ")))
}

/// One whole date in digits with its four-digit year ("12.06.1990", "1990-06-12") among
/// words that are no part of it ("pardon 12.06.1990", "12.06.1990 laut Pass": a field test
/// of stop 59 got "I cannot read this date"); no other digit in the text. `None` otherwise.
fn whole_date_beside_words(input: &str) -> Option<Result<DateParts, Refusal>> {
    let normalized = normalize_digits(&clean_text(input));
    let dated: Vec<&str> = normalized
        .split_whitespace()
        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
        .map(|word| word.trim_matches(|c: char| !c.is_ascii_digit()))
        .collect();
    // The one whole date; beside it only its own year ("i think 1978 but i need to check
    // her papers. 14.03.1978" was refused: a field test of stop 65).
    let wholes: Vec<(usize, DateParts)> = dated
        .iter()
        .enumerate()
        .filter_map(|(at, word)| match date_parts(word) {
            Ok(parts @ DateParts::Whole { .. }) => Some((at, parts)),
            _ => None,
        })
        .collect();
    let [(at, parts @ DateParts::Whole { year, .. })] = wholes.as_slice() else {
        return None;
    };
    let others_its_year = dated
        .iter()
        .enumerate()
        .filter(|(other, _)| other != at)
        .all(|(_, word)| word.len() == 4 && word.parse::<i32>().ok() == Some(*year));
    others_its_year.then_some(Ok(*parts))
}

/// The date meant by a day, a month and a two-digit year: of 19xx and 20xx, the one the
/// field takes and less than a hundred years ago (a birth date "15.03.25" is 2025, not
/// 1925). `None` when neither century fits.
fn short_year_date(
    year: i32,
    month: u32,
    day: u32,
    range: DateRange,
    today: NaiveDate,
) -> Option<NaiveDate> {
    [2000, 1900].into_iter().find_map(|century| {
        let date = NaiveDate::from_ymd_opt(century + year, month, day)?;
        let recent = date.year() > today.year() - 100;
        (recent && in_range(date, range, today).is_ok()).then_some(date)
    })
}

/// The day `day`.`month`. of last year, this year or next year that the field takes: the
/// next one for a date in the future, else the last one up to two months ahead (a day of
/// moving in is mostly past: "1.11." typed in December is the 1st of November just gone,
/// "15.3." the 15th of March gone, "3.1." the 3rd of January to come).
fn date_without_year(
    month: u32,
    day: u32,
    range: DateRange,
    today: NaiveDate,
) -> Result<NaiveDate, Refusal> {
    let dates: Vec<NaiveDate> = [today.year() - 1, today.year(), today.year() + 1]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .collect();
    if dates.is_empty() {
        return Err(Refusal::DateImpossible);
    }
    let taken: Vec<NaiveDate> = dates
        .into_iter()
        .filter(|date| in_range(*date, range, today).is_ok())
        .collect();
    let ahead = today + chrono::Days::new(60);
    let chosen = match range {
        DateRange::Future => taken.first(),
        _ => taken
            .iter()
            .rev()
            .find(|date| **date <= ahead)
            .or(taken.first()),
    };
    chosen.copied().ok_or(Refusal::DateUnreadable)
}

/// A date with its month as a word, in any order ("15. März 1990", "March 15th, 1990",
/// "1990 15 марта"): `None` when no word of `input` names a month; else the calendar,
/// year, month and day, or the refusal when the rest is not one day and one four-digit
/// year, or a word is neither a month nor a word that may stand in a date.
fn date_with_month_name(input: &str, date_words: &DateWords) -> Option<Result<DateParts, Refusal>> {
    // Turkish puts its endings behind an apostrophe ("1 Kasım'dan beri", since 1
    // November): the month and its ending are two words.
    let apart = clean_text(input).replace(['\'', '’'], " ");
    let folded = crate::words::fold(&normalize_digits(&apart));
    // A second month, or a word that is neither a month nor an `other` word inside the
    // date ("15 März Berlin 1990").
    let mut unreadable = false;
    let mut numbers = Vec::new();
    let mut month = None;
    // Runs of letters and runs of digits ("15th" is two); everything else separates.
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in folded.chars().chain([' ']) {
        let continues = current.chars().next().is_some_and(|first| {
            (first.is_ascii_digit() && c.is_ascii_digit())
                || (first.is_alphabetic() && c.is_alphabetic())
        });
        if !continues && !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
        if c.is_ascii_digit() || c.is_alphabetic() {
            current.push(c);
        }
    }
    let is_number = |token: &String| token.starts_with(|c: char| c.is_ascii_digit());
    // Where the date's numbers and month stand, and the stray words: "я родилась 5 мая
    // 1988" (I was born on 5 May 1988) was unreadable for its first two words. Words before
    // or after the date are the sentence around it; only a word inside it is a problem.
    let mut date_at: Option<(usize, usize)> = None;
    let mut stray_at = Vec::new();
    let mut mark = |at: usize| {
        date_at = Some(date_at.map_or((at, at), |(first, _)| (first, at)));
    };
    let mut rest = tokens.as_slice();
    while let Some((token, after)) = rest.split_first() {
        let at = tokens.len() - rest.len();
        // Before the names, whose starts count too: the Arabic "شهر" (month) starts the
        // Persian "شهریور".
        if is_number(token) || date_words.is_other(token) {
            if is_number(token) {
                numbers.push(token.as_str());
                mark(at);
            }
            rest = after;
            continue;
        }
        // The longest name that starts here ("تشرين الأول" before "تشرين").
        let run = rest
            .iter()
            .take(date_words.longest_name())
            .take_while(|t| !is_number(t))
            .count();
        let named = (1..=run).rev().find_map(|length| {
            let name = rest.get(..length)?.join(" ");
            date_words.month(&name).map(|found| (found, length))
        });
        match named {
            Some((found, length)) => {
                if month.replace(found).is_some() {
                    unreadable = true;
                }
                mark(at);
                rest = rest.get(length..).unwrap_or_default();
            }
            None => {
                stray_at.push(at);
                rest = after;
            }
        }
    }
    let month = month?;
    if let Some((first, last)) = date_at
        && stray_at.iter().any(|&at| first < at && at < last)
    {
        unreadable = true;
    }
    // "seit Anfang November", "в конце марта": the month, and words around it that say
    // no day.
    if numbers.is_empty() && month.calendar == Calendar::Gregorian {
        return Some(Ok(DateParts::MonthOnly {
            month: month.number,
        }));
    }
    if unreadable {
        return Some(Err(Refusal::DateUnreadable));
    }
    let (day, year) = match numbers.as_slice() {
        // "1 ноября": a day of this year or a neighbouring one.
        [day] if day.len() <= 2 && month.calendar == Calendar::Gregorian => {
            let Ok(day) = day.parse::<u32>() else {
                return Some(Err(Refusal::DateUnreadable));
            };
            return Some(Ok(DateParts::NoYear {
                month: month.number,
                day,
            }));
        }
        [a, b] if a.len() == 4 && b.len() <= 2 => (*b, *a),
        [a, b] if b.len() == 4 && a.len() <= 2 => (*a, *b),
        // "15 März 90": the day first, as people say it.
        [a, b] if a.len() <= 2 && b.len() == 2 => (*a, *b),
        _ => return Some(Err(Refusal::DateUnreadable)),
    };
    let (Ok(day), Ok(year)) = (day.parse::<u32>(), year.parse::<i32>()) else {
        return Some(Err(Refusal::DateUnreadable));
    };
    Some(Ok(match (year, month.calendar) {
        (0..=99, Calendar::Gregorian) => DateParts::ShortYear {
            year,
            month: month.number,
            day,
        },
        _ => DateParts::Whole {
            calendar: month.calendar,
            year,
            month: month.number,
            day,
        },
    }))
}

fn in_range(date: NaiveDate, range: DateRange, today: NaiveDate) -> Result<NaiveDate, Refusal> {
    match range {
        DateRange::Past if date > today => Err(Refusal::DateInFuture),
        DateRange::Past if date.year() < 1900 => Err(Refusal::DateTooOld),
        DateRange::Future if date < today => Err(Refusal::DateInPast),
        DateRange::Any if date.year() < 1900 => Err(Refusal::DateTooOld),
        // A move-in date or the like: more than a year ahead is a typo in the year.
        DateRange::Any if date > today + chrono::Days::new(366) => Err(Refusal::DateTooFar),
        _ => Ok(date),
    }
}

/// Whether `input` is a German mobile number alone ("0157 1112233", "+49 151 2345678"):
/// 015, 016 or 017 after the 0 or +49, 10 to 12 digits in all.
pub fn is_mobile_number(input: &str) -> bool {
    let Ok(number) = phone_whole(input) else {
        return false;
    };
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let national = digits
        .strip_prefix("0049")
        .or_else(|| {
            digits
                .strip_prefix("49")
                .filter(|_| number.starts_with('+'))
        })
        .map(|rest| format!("0{rest}"))
        .unwrap_or(digits);
    ["015", "016", "017"]
        .iter()
        .any(|prefix| national.starts_with(prefix))
        && (10..=12).contains(&national.len())
}

/// 6–15 digits (E.164 allows 15) with `+`, spaces, `-`, `/`, `.`, `()`; stored as typed,
/// spaces collapsed. Words around the number are left out, as people write it in a sentence
/// ("Handy: 0151 2345678", "my number is +49 151 …"), when the number is all in one piece.
pub fn phone(input: &str) -> Result<String, Refusal> {
    phone_whole(input).or_else(|refusal| {
        let mut numbers = numbers_in_sentence(input).into_iter();
        let number = numbers.next().ok_or(refusal)?;
        numbers.next().is_none().then_some(number).ok_or(refusal)
    })
}

/// [`phone`], or where a sentence holds two numbers or more ("0151 2345678 oder 05264
/// 12345", "mein Handy 0151 2345678, mein Mann 0176 9876543"), the first: at the phone
/// question, the first is the one to call, and the rest stays in the words around it
/// ([`words_around_phone`]). A German field test got "This is not a phone number".
/// A date is none ("درستش 01.01.1984 هست", the right birth date, was told to the office
/// as a phone number to call: a field test of stop 68).
pub fn first_phone(input: &str) -> Result<String, Refusal> {
    phone_whole(input)
        .and_then(|number| {
            if looks_like_a_date(&number) {
                Err(Refusal::Phone)
            } else {
                Ok(number)
            }
        })
        .or_else(|refusal| numbers_in_sentence(input).into_iter().next().ok_or(refusal))
}

/// `number` written as it is called from Germany where it is in the trunk format of Russia
/// and Kazakhstan: eleven digits with an 8 first and no "+" ("8 916 123-45-67" is "+7 916
/// 123-45-67"). Dialled as typed, the 8 reaches nobody (a Russian mobile number reached the
/// office so in a field test of stop 76). A German number starts with 0 and a local one
/// has fewer digits, so no other number changes; nor does "8 0…", which is no such number.
pub fn with_country_code(number: &str) -> String {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    match number.strip_prefix('8') {
        Some(rest)
            if digits == 11 && !rest.trim_start_matches([' ', '(', '-']).starts_with('0') =>
        {
            format!("+7 {}", rest.trim_start_matches([' ', '-']))
        }
        _ => number.to_string(),
    }
}

/// `number`, typed without a country code, read as a mobile number of the country whose
/// people most often write in `language`, with that country's code: "067 123 45 67" in a
/// Ukrainian chat is "+380 67 123 45 67", "0532 111 22 33" in a Turkish one "+90 532 111 22
/// 33". Dialled from Germany as typed, such a number reaches a German area code, not the
/// person (field tests CG and CH of stop 77). Only the countries' mobile ranges, at their
/// length, and never a German mobile number (015…, 016…, 017…); it may still be a German
/// landline, so the office reads it as a guess beside the number.
pub fn foreign_mobile(number: &str, language: &str) -> Option<String> {
    if number.trim_start().starts_with('+') {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let national = digits.strip_prefix('0')?;
    if ["15", "16", "17"]
        .iter()
        .any(|german| national.starts_with(german))
    {
        return None;
    }
    let in_range = |ranges: &[&str]| ranges.iter().any(|range| national.starts_with(range));
    let (code, length) = match language {
        // Ukraine (Kyivstar, Vodafone, lifecell and the others).
        "uk" | "ru"
            if in_range(&[
                "39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96", "97",
                "98", "99",
            ]) =>
        {
            ("380", 9)
        }
        "tr" if in_range(&["50", "51", "52", "53", "54", "55"]) => ("90", 10),
        // Iraq, then Syria.
        "ar" if in_range(&["73", "74", "75", "77", "78", "79"]) => ("964", 10),
        "ar" if in_range(&["93", "94", "95", "96", "98", "99"]) => ("963", 9),
        // Afghanistan, then Iran.
        "fa" if in_range(&["70", "71", "72", "73", "74", "75", "76", "77", "78", "79"]) => {
            ("93", 9)
        }
        "fa" if in_range(&["90", "91", "92", "93", "99"]) => ("98", 10),
        _ => return None,
    };
    (national.len() == length).then(|| {
        let (first, rest) = national.split_at(national.len() - 7);
        let (middle, last) = rest.split_at(3);
        format!("+{code} {first} {middle} {last}")
    })
}

/// Whether a phone number can be called from Germany as it is: a "+" or "0" first (an
/// area code or another country's) and eight digits or more. So must be a number read
/// before its question ("150392" at the nationality, a birth date without dots, became the
/// phone number, and the phone question was never asked: a field test of stop 61), and
/// one shown to the office from what is added to a request.
pub fn dialable(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    number
        .trim_start_matches([' ', '('])
        .starts_with(['+', '0'])
        && digits >= 8
}

/// The words written before and after the phone number `number` read from `input`: a
/// label ("Handy:", "my number is"), whose number it is ("hevalê min", my friend's), when
/// to call ("ab 18 Uhr", "ama sadece akşamları", "звоните после 14:00"). Each `None` when
/// nothing but punctuation is there; the caller decides what a label is.
pub fn words_around_phone(input: &str, number: &str) -> (Option<String>, Option<String>) {
    let text: Vec<char> = clean_text(input).chars().collect();
    // Digits of other scripts become ASCII one character for one, so positions agree.
    let normalized: Vec<char> = text.iter().copied().map(ascii_digit).collect();
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return (None, None);
    }
    let is_separator =
        |c: char| c.is_whitespace() || matches!(c, '+' | '-' | '/' | '(' | ')' | '.');
    // Where the number's digits, in order and with only separators between them, start
    // and end.
    let found = (0..normalized.len()).find_map(|start| {
        let mut matched = 0;
        for (at, &c) in normalized.iter().enumerate().skip(start) {
            if matched == digits.len() {
                return Some((start, at));
            }
            if digits.get(matched) == Some(&c) {
                matched += 1;
            } else if matched == 0 || !is_separator(c) {
                return None;
            }
        }
        (matched == digits.len()).then_some((start, normalized.len()))
    });
    let Some((mut start, end)) = found else {
        return (None, None);
    };
    // The trunk 8 left out of "8 (0176) …" ([`phone_whole`]) is no word before it.
    if number.starts_with("(0") {
        let before = normalized.get(..start).unwrap_or_default();
        let kept = before
            .iter()
            .rposition(|&c| !c.is_whitespace() && c != '(')
            .filter(|&at| before.get(at) == Some(&'8'))
            .filter(|&at| at == 0 || before.get(at - 1).is_some_and(|c| !c.is_alphanumeric()));
        if let Some(at) = kept {
            start = at;
        }
    }
    let words = |chars: &[char]| {
        let part: String = chars.iter().collect();
        let part = without_edge_brackets(&part);
        part.chars()
            .any(char::is_alphanumeric)
            .then(|| part.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    (
        text.get(..start).and_then(words),
        text.get(end..).and_then(words),
    )
}

/// The first number among `text`'s words that can be called from Germany
/// ([`dialable`]), no date: a phone number told in a message ("my new number is 0176 …").
pub fn first_dialable_number(text: &str) -> Option<String> {
    numbers_in_sentence(text)
        .into_iter()
        .find(|number| dialable(number))
}

/// The first date written in `text` ([`date_word`]), read as a date in the past: "21.08.1985
/// nicht 1986" is 21.08.1985. `None` where there is none, or it is no past date.
pub fn first_past_date(text: &str, today: NaiveDate, date_words: &DateWords) -> Option<NaiveDate> {
    date_word(text).and_then(|word| date(word, DateRange::Past, today, date_words).ok())
}

/// The phone numbers a phone's note holds ("oder 0151 2345678", "(واتساب) و ٠١٥١…"), in
/// ASCII digits, and how many words with letters it has besides them: for the office's
/// email, which lists every number on the phone's line.
pub fn numbers_in_note(note: &str) -> (Vec<String>, usize) {
    let numbers = numbers_in_sentence(note);
    let mut rest = normalize_digits(&clean_text(note));
    for number in &numbers {
        rest = rest.replacen(number.as_str(), " ", 1);
    }
    let words = rest
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count();
    (numbers, words)
}

/// The phone numbers among other words with digits ("Мой номер +49 176 12345678,
/// звоните после 14:00"): the runs of words made of digits and `+ - / ( )` that hold 6 to
/// 15 digits and are no date, in the order written.
fn numbers_in_sentence(input: &str) -> Vec<String> {
    let normalized = normalize_digits(&clean_text(input));
    let is_part = |word: &str| {
        let word = word.trim_end_matches(['.', ',', ';', '،']);
        !word.is_empty()
            && word.chars().any(|c| c.is_ascii_digit())
            && word.chars().enumerate().all(|(i, c)| {
                c.is_ascii_digit() || matches!(c, '-' | '/' | '(' | ')') || (c == '+' && i == 0)
            })
    };
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for word in normalized.split_whitespace() {
        // "it's 0151 - 444 555 66": a dash alone after an area code joins it to the rest (a
        // field test of stop 75 sent "444 555 66" to the office). Not after a whole number:
        // "01761234567 - 01512345678" are two.
        let run_digits: usize = run
            .iter()
            .map(|part| part.chars().filter(char::is_ascii_digit).count())
            .sum();
        if (1..6).contains(&run_digits) && word.chars().all(|c| matches!(c, '-' | '–')) {
            continue;
        }
        if is_part(word) {
            run.push(word.trim_end_matches(['.', ',', ';', '،']));
            // A comma or full stop ends the number.
            if word.ends_with(['.', ',', ';', '،']) {
                runs.push(std::mem::take(&mut run));
            }
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs.into_iter()
        .map(|run| run.join(" "))
        .filter(|number| {
            let digits = number.chars().filter(char::is_ascii_digit).count();
            (6..=15).contains(&digits) && !looks_like_a_date(number)
        })
        .collect()
}

fn phone_whole(input: &str) -> Result<String, Refusal> {
    let normalized = normalize_digits(&clean_text(input));
    let normalized = number_among_words(&normalized).unwrap_or(normalized);
    // The full stop or comma that ends a sentence is no part of the number.
    let normalized = normalized.trim_end_matches(['.', ',', '،']);
    // "8 (0176) 55-44-33-2": an 8 before a German area code in brackets, as Russian
    // numbers start with their trunk 8, makes one nobody can call (a typing test of stop
    // 61); without it. Only before a bracket: "8 0…" may be a local number's digits, which
    // stay as typed (the phone fuzz target found "8 01…" shortened).
    let normalized = match normalized.strip_prefix('8') {
        Some(rest) if rest.trim_start().starts_with("(0") => rest.trim_start(),
        _ => normalized,
    };
    let digits = normalized.chars().filter(char::is_ascii_digit).count();
    let allowed = normalized.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '.' | '(' | ')') || (c == '+' && i == 0)
    });
    if !allowed || !(6..=15).contains(&digits) || looks_like_month_and_year(normalized) {
        return Err(Refusal::Phone);
    }
    Ok(normalized.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The first word of `text` that is a date in digits ("Geburtsdatum stimmt nicht,
/// 2.1.1990": "2.1.1990"), without the punctuation around it.
pub fn date_word(text: &str) -> Option<&str> {
    text.split_whitespace()
        .map(|word| word.trim_matches([',', ';', ':', '!', '?', '(', ')', '،', '؟']))
        .find(|word| looks_like_a_date(word))
}

/// The runs of digits in `text`, digits of any script as 0–9 ("4 (2 + 2)": "4", "2", "2").
pub fn digit_groups(text: &str) -> Vec<String> {
    normalize_digits(text)
        .split(|c: char| !c.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .map(str::to_string)
        .collect()
}

/// Digits in three groups as a date writes them ("01.02.1990", "1/2/90", "1369/12/24"), or eight
/// together that read as day, month and year ("01021990"): no phone number.
pub fn looks_like_a_date(text: &str) -> bool {
    let groups = digit_groups(text);
    let number = |group: &str| group.parse::<u32>().unwrap_or(0);
    match groups.as_slice() {
        [day, month, year] if day.len() <= 2 => month.len() <= 2 && matches!(year.len(), 2 | 4),
        // "1369/12/24", "1990-03-15": the year first.
        [year, month, day] => year.len() == 4 && month.len() <= 2 && day.len() <= 2,
        [all] if all.len() == 8 => {
            let (day, month, year) = (number(&all[..2]), number(&all[2..4]), number(&all[4..]));
            (1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2100).contains(&year)
        }
        [month, year] => month_and_year(month, year),
        _ => false,
    }
}

/// A month and its year in digits ("03/1985", "3.1985"), as a birth date with its day
/// unknown: no phone number (a field test's "03/1985" at the birth date was taken as the
/// phone ahead).
pub fn looks_like_month_and_year(text: &str) -> bool {
    matches!(digit_groups(text).as_slice(), [month, year] if month_and_year(month, year))
}

/// Two groups of digits that are a month and a year of 1300–2100 ("03", "1985").
fn month_and_year(month: &str, year: &str) -> bool {
    month_in_digits(month).is_some()
        && year.len() == 4
        && year
            .parse::<u32>()
            .is_ok_and(|year| (1300..=2100).contains(&year))
}

/// The words of `text` that hold its digits ("0151 2345678" of "Handy: 0151 2345678"),
/// when they stand together and every other word is only letters (a "Tel:" too). `None`
/// when nothing is left out.
fn number_among_words(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_number = |word: &&str| word.chars().any(|c| c.is_ascii_digit());
    let first = words.iter().position(is_number)?;
    let last = words.iter().rposition(is_number)?;
    let around = words.get(..first)?.iter().chain(words.get(last + 1..)?);
    let only_letters = |word: &&str| {
        let word = word.trim_end_matches([':', '.', ',', '!', '،']);
        !word.is_empty() && word.chars().all(char::is_alphabetic)
    };
    let mut around = around.peekable();
    around.peek()?;
    around
        .all(only_letters)
        .then(|| words.get(first..=last).map(|number| number.join(" ")))
        .flatten()
}

/// An e-mail address as phones type it: the spaces autocorrection puts after a dot or
/// around "@" ("sami@gmail. com"), the full stop that ends a sentence and Arabic-Indic or
/// Persian digits are taken out; what is left must look like an address.
pub fn email(input: &str) -> Result<String, Refusal> {
    let normalized = normalize_digits(&clean_text(input));
    // The words of the address: the one with the @, and the pieces autocorrection split
    // off it ("sami@gmail. com", "sami @ gmail.com"); not the words around it ("нет:",
    // "meine Mail ist"), which joined in would make another address.
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let mut with_at = words
        .iter()
        .enumerate()
        .filter(|(_, word)| word.contains('@'));
    let (Some((at, _)), None) = (with_at.next(), with_at.next()) else {
        return Err(Refusal::Email);
    };
    let joined =
        |left: &str, right: &str| left.ends_with(['@', '.']) || right.starts_with(['@', '.']);
    let word = |index: usize| words.get(index).copied().unwrap_or_default();
    let mut first = at;
    while first > 0 && joined(word(first - 1), word(first)) {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < words.len() && joined(word(last), word(last + 1)) {
        last += 1;
    }
    let cleaned: String = (first..=last).map(word).collect();
    let cleaned = cleaned
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '(']);
    let cleaned = cleaned.to_string();
    if cleaned.len() > 254 || !crate::content::flow_is_plausible_email(&cleaned) {
        return Err(Refusal::Email);
    }
    Ok(cleaned)
}

/// Words that introduce an address typed after them ("meine Mail ist", "my email is",
/// "e-nameya min"), folded; a word ending in ":" does too, and any word not in Latin
/// letters (no address has one).
const EMAIL_INTRO_WORDS: [&str; 26] = [
    "is", "ist", "lautet", "heisst", "heißt", "est", "es", "mail", "email", "e-mail", "emailim",
    "mailim", "adresse", "address", "adres", "adresa", "eposta", "e-posta", "e-postam", "epostam",
    "my", "mein", "meine", "min", "here", "hier",
];

/// Words said for the signs of an email address, as voice typing writes them: "at",
/// "Punkt", "собака", "نقطة" ("rania punkt khatib at gmail punkt com": a field test of stop
/// 65 sent it to the office as the request, and no address).
const SPOKEN_AT: &[&str] = &[
    "at",
    "ät",
    "et",
    "эт",
    "ет",
    "собака",
    "собачка",
    "آت",
    "ات",
];
const SPOKEN_DOT: &[&str] = &[
    "punkt",
    "dot",
    "point",
    "точка",
    "крапка",
    "nokta",
    "nokte",
    "nuqta",
    "noqta",
    "نقطة",
    "نقطه",
    "نقطہ",
    "xal",
];
const SPOKEN_UNDERSCORE: &[&str] = &["unterstrich", "underscore", "подчеркивание"];
const SPOKEN_DASH: &[&str] = &["bindestrich", "minus", "dash", "дефис", "тире"];

/// An email address said in words ("rania punkt khatib at gmail punkt com",
/// "ivan точка petrenko собака ukr точка net"): the words around one word of "at", joined
/// by the words of a dot, underscore or dash, where that makes a plausible address. `None`
/// where an @ is written, or the words make none.
pub fn spoken_email(input: &str) -> Option<String> {
    if input.contains('@') {
        return None;
    }
    let words: Vec<String> = clean_text(input)
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')'))
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let sign = |word: &str| -> Option<&'static str> {
        if SPOKEN_DOT.contains(&word) {
            Some(".")
        } else if SPOKEN_UNDERSCORE.contains(&word) {
            Some("_")
        } else if SPOKEN_DASH.contains(&word) {
            Some("-")
        } else {
            None
        }
    };
    let mut ats = words
        .iter()
        .enumerate()
        .filter(|(_, word)| SPOKEN_AT.contains(&word.as_str()));
    let (Some((at, _)), None) = (ats.next(), ats.next()) else {
        return None;
    };
    let word = |at: usize| words.get(at).map(String::as_str);
    let is_sign = |at: usize| word(at).and_then(sign).is_some();
    let is_word =
        |at: usize| word(at).is_some_and(|word| sign(word).is_none() && !SPOKEN_AT.contains(&word));
    // Left of the @: a word, and before it a sign and a word, again and again.
    let mut first = at.checked_sub(1).filter(|&before| is_word(before))?;
    while first >= 2 && is_sign(first - 1) && is_word(first - 2) {
        first -= 2;
    }
    let mut last = at + 1;
    if !is_word(last) {
        return None;
    }
    while is_sign(last + 1) && is_word(last + 2) {
        last += 2;
    }
    let address: String = (first..=last)
        .filter_map(|index| {
            let written = word(index)?;
            Some(if index == at {
                "@"
            } else {
                sign(written).unwrap_or(written)
            })
        })
        .collect();
    (address.is_ascii() && crate::content::flow_is_plausible_email(&address)).then_some(address)
}

/// The address [`email`] reads where a word in Latin letters stands right before it that
/// may be part of it ("sami haddad@gmail.com": an Arabic field test got "haddad@gmail.com"
/// taken unasked): to be asked about. `None` where no such word is there.
pub fn email_after_a_word(input: &str) -> Option<String> {
    let address = email(input).ok()?;
    let normalized = normalize_digits(&clean_text(input));
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let at = words.iter().position(|word| word.contains('@'))?;
    // The word before the address's first piece: "ivan petrov @mail.ru" reads
    // "petrov@mail.ru", and "ivan" may be part of it too (field test CQ of stop 79 took
    // "petrov@mail.ru" unasked).
    let mut first = at;
    while first > 0
        && let (Some(left), Some(right)) = (words.get(first - 1), words.get(first))
        && (left.ends_with(['@', '.']) || right.starts_with(['@', '.']))
    {
        first -= 1;
    }
    let before = words.get(first.checked_sub(1)?)?;
    let part_of_it = !before.ends_with([':', '.', ',', '-', '–'])
        && before
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && !EMAIL_INTRO_WORDS.contains(&before.to_lowercase().as_str());
    part_of_it.then_some(address)
}

/// [`email`], where no word right before it may be part of it ([`email_after_a_word`]):
/// for an address taken without asking. "olena shevchenko@ukr.net" is none: field test CP
/// of stop 79 found "shevchenko@ukr.net", a stranger's, offered and made the Reply-To.
pub fn email_standing_alone(input: &str) -> Result<String, Refusal> {
    match email_after_a_word(input) {
        Some(_) => Err(Refusal::Email),
        None => email(input),
    }
}

/// The big mail providers newcomers use, with the endings their addresses have (the first
/// is the one to add where none was typed).
const MAIL_PROVIDERS: [(&str, &[&str]); 13] = [
    ("gmail", &["com"]),
    ("googlemail", &["com"]),
    ("hotmail", &["com", "de", "fr", "co.uk", "it", "es"]),
    ("outlook", &["com", "de", "fr", "es"]),
    ("yahoo", &["com", "de", "fr", "co.uk", "es", "it"]),
    ("icloud", &["com"]),
    ("gmx", &["de", "net", "at", "ch", "com"]),
    ("web", &["de"]),
    ("t-online", &["de"]),
    ("yandex", &["ru", "com", "ua", "by", "kz"]),
    ("ukr", &["net"]),
    ("aol", &["com", "de"]),
    ("live", &["com", "de", "fr", "co.uk"]),
];

/// Providers whose names are one letter from a big one's: no slip of it.
const OTHER_MAIL_PROVIDERS: [&str; 12] = [
    "mail",
    "email",
    "ymail",
    "posteo",
    "freenet",
    "arcor",
    "rambler",
    "inbox",
    "proton",
    "protonmail",
    "mailbox",
    "online",
];

/// The address meant where a big provider's name or ending has a slip ("sami@gmail",
/// "sami@gmail.con", "sami@gmial.com"): asked about, not taken, since the office's answer
/// to a wrong address is lost. `None` where the address has none of these slips.
pub fn email_typo(input: &str) -> Option<String> {
    let address = match email(input) {
        Ok(address) => address,
        // "sami@gmail" is no address: its words as `email` would join them, with an
        // ending to add.
        Err(_) => normalize_digits(&clean_text(input))
            .split_whitespace()
            .find(|word| word.contains('@'))?
            .trim_end_matches(['.', ',', ';', ':', '!', '?'])
            .to_string(),
    };
    let (local, domain) = address.rsplit_once('@')?;
    if local.is_empty() || local.contains('@') {
        return None;
    }
    // Ukrainian field test: "olena.k@gmail,com" (the comma is beside the dot on a phone's
    // keyboard) got "This is not an email address": a comma after the @ is read as a dot.
    if domain.contains(',') {
        let meant = format!("{local}@{}", domain.replace(',', "."));
        return email_typo(&meant).or_else(|| email(&meant).ok());
    }
    let domain = domain.to_lowercase();
    let (name, ending) = domain.split_once('.').unwrap_or((domain.as_str(), ""));
    let close = |typed: &str, known: &str| strsim::damerau_levenshtein(typed, known) <= 1;
    let (provider, endings) = MAIL_PROVIDERS
        .iter()
        .find(|(provider, _)| *provider == name)
        .or_else(|| {
            // A slip in the name itself, where the name is long enough to tell ("gmial"),
            // and is no provider of its own ("mail.com", "ymail.com").
            if OTHER_MAIL_PROVIDERS.contains(&name) {
                return None;
            }
            let mut near = MAIL_PROVIDERS.iter().filter(|(provider, _)| {
                provider.len() >= 5 && name.len() >= 4 && close(name, provider)
            });
            match (near.next(), near.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        })?;
    let fitting = endings.iter().find(|known| **known == ending).or_else(|| {
        endings
            .iter()
            .find(|known| ending.is_empty() || close(ending, known))
    })?;
    let suggested = format!("{local}@{provider}.{fitting}");
    (suggested.to_lowercase() != address.to_lowercase()).then_some(suggested)
}

/// `part` without the punctuation at its edges, and without brackets there that close
/// nothing inside it: "(WhatsApp)" is "WhatsApp", ", ab 18 Uhr)" "ab 18 Uhr", but
/// "Bitte rufen Sie mich an (Helferin Petra Schmidt)" keeps its last ")" (it was lost,
/// and the office read an open bracket: a field test). Only ever shorter: the words stay
/// as written.
fn without_edge_brackets(part: &str) -> &str {
    fn trim(part: &str) -> &str {
        part.trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—' | '،' | '+' | '/')
        })
    }
    let mut part = trim(part);
    loop {
        let opened = part.matches('(').count();
        let closed = part.matches(')').count();
        let next = if let Some(inner) = part
            .strip_prefix('(')
            .and_then(|rest| rest.strip_suffix(')'))
            .filter(|inner| !inner.contains(['(', ')']))
        {
            inner
        } else if let Some(rest) = part.strip_prefix('(').filter(|_| opened > closed) {
            rest
        } else if let Some(rest) = part.strip_suffix(')').filter(|_| closed > opened) {
            rest
        } else {
            return part;
        };
        part = trim(next);
    }
}

/// Words said with an hour ("14 Uhr", "saat 14", "в 14 часов"), compared folded; with
/// [`AFTER_WORDS`] and [`UNTIL_WORDS`] the words of hours ([`is_hour_word`]).
const HOUR_WORDS: [&str; 31] = [
    "uhr",
    // Arabic in Latin letters: "yom el talata sa3a 10" (field test BM of stop 71: any time).
    "sa3a",
    "sa3ah",
    "saa3a",
    "h",
    "pm",
    "am",
    "oclock",
    "at",
    "saat",
    "час",
    "часа",
    "часов",
    "годині",
    "годин",
    // "вівторок о 10" (Tuesday at 10) was any time.
    "о",
    "ساعة",
    "الساعة",
    "ساعت",
    // Kurmanji: "piştî saet 4" (after 4 o'clock) was any time.
    "saet",
    "saetê",
    // "после обеда в 5", "in the afternoon around 4", "morgen um 9": the hour was lost
    // (field tests).
    "um",
    "в",
    "around",
    "about",
    "gegen",
    "около",
    "близько",
    "حوالي",
    "حدود",
    "nêzîkî",
];

/// Endings written onto an hour ("14h", "2pm", Turkish "14'te", "14'ten").
const HOUR_ENDINGS: [&str; 12] = [
    "h", "pm", "am", "uhr", "te", "ta", "de", "da", "ten", "tan", "den", "dan",
];

/// [`HOUR_ENDINGS`] that are Turkish, also typed apart from the hour ("16 da").
const TURKISH_HOUR_ENDINGS: [&str; 8] = ["te", "ta", "de", "da", "ten", "tan", "den", "dan"];

/// What [`AppointmentHours::part_of_day`] says of an hour in the evening (17–21 o'clock), when offices are
/// closed: no option.
pub const AFTER_HOURS: &str = "after-hours";

/// Words before an hour that make it the earliest time ("ab 15 Uhr", "after 3", "после
/// 17", "بعد الساعة ٣", "piştî saet 4", Persian "از ۱۱"), compared folded. Turkish says
/// it after the hour ("15'ten sonra"); before one, "öğleden sonra saat 5" is the
/// afternoon at 5 (it was "from 17:00", a field test).
const AFTER_WORDS: [&str; 11] = [
    "ab",
    "nach",
    "after",
    "from",
    "после",
    "після",
    "з",
    "بعد",
    "piştî",
    "از",
    "az",
];

/// Words before an hour that make it the latest time ("bis 11", "before 11", "до 11",
/// "قبل الساعة ١١", "berî 11"), compared folded; Turkish says it after the hour ("11'den
/// önce"). After a word of `NOT_WORDS` they make it the earliest ("nicht vor 15 Uhr", "не
/// раніше 9:30": a German field test got "choose one of the options", a Ukrainian one "at
/// 9:30").
const UNTIL_WORDS: [&str; 13] = [
    "bis",
    "before",
    "until",
    "till",
    "vor",
    "до",
    "قبل",
    "önce",
    "berî",
    "پیش",
    "раньше",
    "раніше",
    "earlier",
];

/// Words of working before an [`UNTIL_WORDS`] word, which make it the earliest time: "I
/// work until 3", "ich arbeite bis 15 Uhr" can come after it. Compared folded.
const WORK_WORDS: [&str; 15] = [
    "work",
    "working",
    "arbeite",
    "arbeiten",
    "работаю",
    "працюю",
    "çalışıyorum",
    "çalışırım",
    "أعمل",
    "اشتغل",
    "بشتغل",
    "بداوم",
    "کار",
    "kar",
    "dixebitim",
];

/// Words that turn an [`UNTIL_WORDS`] word round ("not before", "ليس قبل", "نه قبل از"),
/// compared folded; Turkish says it after ("10'dan önce değil").
const NOT_WORDS: [&str; 11] = [
    "nicht", "not", "no", "не", "لا", "ليس", "مش", "مو", "نه", "ne", "değil",
];

/// Words of "later" before an hour: "not later than 11", "nicht später als 11", "не позже
/// 11" make it the latest time (a Russian field test's "утром но не позже 11" was refused),
/// "later than 3" the earliest; "spätestens 11", "latest 11", "не позднее 11" the latest.
/// Compared folded, with the "than" words of [`THAN_WORDS`] between them and the hour.
const LATER_WORDS: [&str; 8] = [
    "later",
    "später",
    "позже",
    "пізніше",
    "позднее",
    "пізніш",
    "دیرتر",
    "derengtir",
];

/// Words of "at the latest": the hour after them is the latest time.
const LATEST_WORDS: [&str; 5] = ["spätestens", "latest", "найпізніше", "самое", "حداکثر"];

/// "than" between a [`LATER_WORDS`] word and the hour ("later than 11", "später als 11",
/// "позже чем 11").
const THAN_WORDS: [&str; 4] = ["than", "als", "чем", "ніж"];

/// Words of "but" before a "not before" ("any time, but not before 10"): English "but" is
/// also "except" ("any day but Friday"), which would turn the whole answer round.
const BUT_WORDS: [&str; 11] = [
    "but", "aber", "لكن", "بس", "но", "але", "ama", "ancak", "ولی", "اما", "lê",
];

/// Whether folded `word` is one of `list`, folded.
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| crate::words::fold(w) == word)
}

/// The folded words of `input` without each "not" before a word of [`UNTIL_WORDS`] and
/// that word ("nicht vor", "не раніше"): the days of "понеділок або середа, не раніше
/// 9:30" are both days, not the ones a "не" turns round.
pub fn appointment_words(input: &str) -> Vec<String> {
    let tokens = crate::words::tokens(input);
    let mut kept: Vec<String> = Vec::with_capacity(tokens.len());
    let mut skip = false;
    for (at, token) in tokens.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        let next = tokens.get(at + 1);
        // "not before", "not after", "not later", and Turkish "önce değil" (before not).
        if (listed(&NOT_WORDS, token)
            && next.is_some_and(|next| {
                listed(&UNTIL_WORDS, next)
                    || listed(&AFTER_WORDS, next)
                    || listed(&LATER_WORDS, next)
            }))
            || (listed(&["önce"], token) && next.is_some_and(|next| listed(&NOT_WORDS, next)))
        {
            if kept.last().is_some_and(|last| listed(&BUT_WORDS, last)) {
                kept.pop();
            }
            skip = true;
            continue;
        }
        kept.push(token.clone());
    }
    kept
}

/// The hours typed in a sentence ("Donnerstag 17 Uhr", "after 2", "14:30", "16.30"), as
/// the 24-hour day reads them: 1–6 said without "am" are afternoon hours (no one means 2
/// at night). `None` where no number is said as an hour (with "Uhr", "at", "14:30",
/// "2pm": one said so makes the others hours too, "zwischen 9 und 11 Uhr").
fn hours_named(input: &str) -> Option<Vec<NamedHour>> {
    let text = hour_text(input);
    // Digits and letters kept together ("14:30", "2pm", "14ten" from "14'ten").
    let tokens = hour_tokens(&text);
    let tokens = tokens.as_slice();
    // How the words beside a number bound it: an "after" or "until" word up to three words
    // before it, with only words of hours between (the nearest counts; "not" before
    // "until" is "after"; "بعد الظهر الساعة 5", in the afternoon at 5, is no "after 5"),
    // or Turkish "sonra", "önce" right after it.
    let relation = |at: usize, ending: &str| {
        let next = tokens.get(at + 1).copied().unwrap_or_default();
        if listed(&["önce"], next) {
            // "10'dan önce değil", "üçten önce olmaz" (not before 10, 3): the earliest time
            // (field test BL of stop 71 read "before 15:00").
            let negated = tokens
                .get(at + 2)
                .is_some_and(|after| listed(&NOT_WORDS, after) || listed(&["olmaz"], after));
            return if negated {
                HourRelation::From
            } else {
                HourRelation::Until
            };
        }
        if listed(&["sonra"], next) {
            return HourRelation::From;
        }
        // "10'a kadar" (until 10).
        if listed(&["kadar"], next) {
            return HourRelation::Until;
        }
        for back in 1..=3 {
            let Some(word) = at.checked_sub(back).and_then(|i| tokens.get(i)) else {
                break;
            };
            if !is_hour_word(word) {
                break;
            }
            if listed(&UNTIL_WORDS, word) {
                // "not before", and "I work until 3" (a field test's was "until 15:00"):
                // the earliest time.
                let negated = at
                    .checked_sub(back + 1)
                    .and_then(|i| tokens.get(i))
                    .is_some_and(|before| listed(&NOT_WORDS, before))
                    || (1..=3).any(|further| {
                        at.checked_sub(back + further)
                            .and_then(|i| tokens.get(i))
                            .is_some_and(|before| listed(&WORK_WORDS, before))
                    });
                return if negated {
                    HourRelation::From
                } else {
                    HourRelation::Until
                };
            }
            let before = at.checked_sub(back + 1).and_then(|i| tokens.get(i));
            // Persian "دیرتر از ۱۱" (later than 11): "از" is the "than" here; so is it in
            // "بعد از ۱۱" (after 11), whose "بعد" may have a "نه" (not) before it (field test
            // BI of stop 70: "نه بعد از ساعت ۱۱" was "from 11").
            if listed(&AFTER_WORDS, word)
                && before.is_some_and(|b| listed(&LATER_WORDS, b) || listed(&AFTER_WORDS, b))
            {
                continue;
            }
            // "самое позднее 11" (at the latest 11) is no "later than".
            let negated =
                || before.is_some_and(|b| listed(&NOT_WORDS, b) || listed(&LATEST_WORDS, b));
            // "not after 11", "no later than 11", "не позже 11": the latest time; "later
            // than 3", "после 3": the earliest.
            if listed(&AFTER_WORDS, word) || listed(&LATER_WORDS, word) {
                return if negated() {
                    HourRelation::Until
                } else {
                    HourRelation::From
                };
            }
            if listed(&LATEST_WORDS, word) {
                return HourRelation::Until;
            }
        }
        if ["ten", "tan", "den", "dan"].contains(&ending) {
            HourRelation::From
        } else {
            HourRelation::At
        }
    };
    // Each number of one or two digits: its digits, its ending, the words beside it, the
    // relation, and the minutes a "half" beside it adds (and the hour it takes away).
    let numbers: Vec<(&str, &str, &str, &str, HourRelation, HalfHour)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, token)| {
            let length = token.chars().take_while(char::is_ascii_digit).count();
            let (digits, ending) = token.split_at_checked(length)?;
            let next = tokens.get(i + 1).copied().unwrap_or_default();
            // Turkish's ending typed as a word of its own ("perşembe 16 da", Thursday at
            // 4: a field test of stop 62 got "any time").
            let ending = if ending.is_empty() && TURKISH_HOUR_ENDINGS.contains(&next) {
                next
            } else {
                ending
            };
            let before = i.checked_sub(1).and_then(|i| tokens.get(i)).copied();
            (1..=2).contains(&length).then(|| {
                (
                    digits,
                    ending,
                    before.unwrap_or_default(),
                    next,
                    relation(i, ending),
                    half_hour(tokens, i),
                )
            })
        })
        .collect();
    // One said as an hour makes the others hours too: "zwischen 9 und 11 Uhr"; so do two
    // hours of the day joined by a dash or an "or" ("10-11", "9 or 10": field tests got
    // them refused).
    if !numbers.iter().any(|(_, ending, before, next, _, half)| {
        ending.starts_with(':')
            || HOUR_ENDINGS.contains(ending)
            || is_hour_word(next)
            || is_hour_word(before)
            || listed(&["kadar"], next)
            || *half != HalfHour::None
    }) && !is_span_of_hours(&text)
    {
        return None;
    }
    numbers
        .into_iter()
        .map(|(digits, ending, _, next, relation, half)| {
            let pm = ending == "pm" || next == "pm";
            let am = ending == "am" || next == "am";
            let hour: u16 = digits.parse().ok()?;
            // "halb 10", "пів на 10": half an hour before 10.
            let hour = match half {
                // "halb eins" is 12:30.
                HalfHour::Before if hour == 1 => 12,
                HalfHour::Before => hour.checked_sub(1).filter(|hour| *hour > 0)?,
                _ => hour,
            };
            let hour = match hour {
                1..=11 if pm => hour + 12,
                1..=6 if !am => hour + 12,
                hour => hour,
            };
            let minutes = match ending.strip_prefix(':') {
                Some(minutes) => minutes.parse::<u16>().ok().filter(|m| *m < 60)?,
                None if half != HalfHour::None => 30,
                None => 0,
            };
            (hour < 24).then_some(NamedHour {
                minutes: hour * 60 + minutes,
                relation,
            })
        })
        .collect()
}

/// Where a "half" beside an hour puts the time: none, half past it ("10 buçuk", "٩ ونص",
/// "۹ و نیم", "half past 9"), or half before it ("halb 10", "пів на 10": 9:30).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HalfHour {
    None,
    Past,
    Before,
}

/// Words of "half" after an hour: "10 buçuk", "٩ ونص", "۹ و نیم", "10 û nîv", "9 с
/// половиной", "9 and a half" (a field test of stop 70: each lost its half hour).
const HALF_AFTER_WORDS: [&str; 18] = [
    "buçuk",
    "bucuk",
    // "dokuz buçukta" (at half past nine).
    "buçukta",
    // Arabic in Latin letters: "9 w nos" (field test BI of stop 70 read "any time").
    "nos",
    "nus",
    "noss",
    "نص",
    "ونص",
    "والنص",
    // "الساعة العاشرة والنصف" (half past ten: field test BJ of stop 71 read 10:00).
    "والنصف",
    "نصف",
    "ونصف",
    "نیم",
    "nim",
    "nîv",
    "половиной",
    "половиною",
    "half",
];

/// Words that join a "half" to the hour before it ("و", "û", "and a", "с").
const HALF_JOINING_WORDS: [&str; 10] = ["و", "w", "wa", "u", "û", "and", "a", "с", "з", "и"];

/// Words of "half" before an hour, and what they mean: "half past 9" is 9:30, "halb 10"
/// and Ukrainian "пів на 10" are 9:30.
fn half_hour(tokens: &[&str], at: usize) -> HalfHour {
    let back = |n: usize| at.checked_sub(n).and_then(|i| tokens.get(i)).copied();
    let after: Vec<&str> = tokens
        .iter()
        .skip(at + 1)
        .copied()
        .skip_while(|word| listed(&HALF_JOINING_WORDS, word))
        .take(1)
        .collect();
    if after
        .first()
        .is_some_and(|word| listed(&HALF_AFTER_WORDS, word))
    {
        return HalfHour::Past;
    }
    match (back(2), back(1)) {
        (Some(half), Some(past)) if listed(&["half"], half) && listed(&["past"], past) => {
            HalfHour::Past
        }
        (Some(half), Some(on)) if listed(&["пів", "пол"], half) && listed(&["на"], on) => {
            HalfHour::Before
        }
        // "halb zehn", Russian "в половине десятого" (9:30).
        (_, Some(half)) if listed(&["halb", "половине", "половині"], half) => {
            HalfHour::Before
        }
        _ => HalfHour::None,
    }
}

/// Whether folded `word` is said with an hour: before it ("at", "ab", "после") or after it
/// ("Uhr", "pm").
fn is_hour_word(word: &str) -> bool {
    [
        &HOUR_WORDS[..],
        &UNTIL_WORDS,
        &AFTER_WORDS,
        &LATER_WORDS,
        &LATEST_WORDS,
        &THAN_WORDS,
    ]
    .iter()
    .any(|list| listed(list, word))
}

/// `input` as the hours are read from it: folded, digits in ASCII, times with a dot
/// written with a colon.
fn hour_text(input: &str) -> String {
    dotted_times(&crate::words::fold(&normalize_digits(&clean_text(input))))
}

/// The tokens of [`hour_text`]: digits and letters kept together ("14:30", "2pm").
fn hour_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == ':'))
        .filter(|token| !token.is_empty())
        .collect()
}

/// Whether `text` ([`hour_text`]) is two hours of the day joined by a dash or an "or"
/// and nothing else of digits: "10-11", "9 – 12", "9 or 10" (it got "choose one of the
/// options", a field test).
fn is_span_of_hours(text: &str) -> bool {
    let numbers: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|number| !number.is_empty())
        .collect();
    let [first, second] = numbers.as_slice() else {
        return false;
    };
    let hour = |number: &str| number.parse::<u16>().ok().filter(|h| (7..=20).contains(h));
    let between = text
        .split_once(first)
        .and_then(|(_, rest)| rest.split_once(second))
        .map(|(between, _)| between.trim());
    const OR: [&str; 11] = [
        "-", "–", "—", "or", "oder", "или", "або", "أو", "او", "یا", "veya",
    ];
    matches!((hour(first), hour(second)), (Some(a), Some(b)) if a < b)
        && between.is_some_and(|between| OR.contains(&between))
}

/// The hours a sentence names for an appointment, read once for all the questions the
/// appointment answer asks of them (it was read up to six times per answer).
#[derive(Debug, Clone, Default)]
pub struct AppointmentHours {
    /// The hours named ([`hours_named`]), `None` where no number is said as an hour.
    hours: Option<Vec<NamedHour>>,
    /// The sentence without them ([`AppointmentHours::other_words`]).
    other_words: String,
}

impl AppointmentHours {
    pub fn read(input: &str) -> Self {
        Self::read_with_words_as_digits(input, super::hour_words::hours_in_digits(input).as_deref())
    }

    /// [`Self::read`] where `digits` is `input` with its hours said in words written as
    /// digits already ([`super::hour_words::hours_in_digits`]): the appointment question
    /// reads its days from it too, and writes it once.
    pub fn read_with_words_as_digits(input: &str, digits: Option<&str>) -> Self {
        // Hours said in words ("saat dokuz buçuk", "о пів на десяту") where no digits say
        // one ([`super::hour_words`]).
        let (hours, text) = match hours_named(input) {
            Some(hours) => (Some(hours), hour_text(input)),
            None => match digits {
                Some(digits) => (hours_named(digits), hour_text(digits)),
                None => (None, hour_text(input)),
            },
        };
        let other_words = if hours.is_some() {
            without_hours(&text)
        } else {
            text
        };
        Self { hours, other_words }
    }

    /// The sentence without the hours it names and the words said with them ("Monday
    /// after 10 am" is "monday"), for the part of the day the other words name: "after"
    /// named the afternoons ("after 10" became the afternoons from 10, a field test).
    /// Folded.
    pub fn other_words(&self) -> &str {
        &self.other_words
    }

    /// The one hour named ("Donnerstag 17 Uhr", "after 3"), which the office reads beside
    /// the part of the day: "after 3" was kept as the afternoons only (a field test).
    /// `None` without an hour or with several ("zwischen 9 und 11 Uhr": the part of the
    /// day says it).
    pub fn named_hour(&self) -> Option<NamedHour> {
        match self.hours.as_deref()? {
            [hour] if (7 * 60..22 * 60).contains(&hour.minutes) => Some(*hour),
            _ => None,
        }
    }

    /// The part of the day the hours fall in, as the default appointment options name it:
    /// "mornings" (7–11 o'clock) or "afternoons" (12–16, and 1–4 said without "am"), or
    /// [`AFTER_HOURS`] (a Russian field test's "после 17", after 5 pm, became the
    /// afternoons, 12–16). `None` without an hour, with hours in both parts, or at another
    /// time.
    pub fn part_of_day(&self) -> Option<&'static str> {
        let mut found = None;
        for hour in self.hours.as_deref()? {
            let part = match hour.minutes / 60 {
                7..=11 => "mornings",
                12..=16 => "afternoons",
                17..=21 => AFTER_HOURS,
                _ => return None,
            };
            if found.replace(part).is_some_and(|before| before != part) {
                return None;
            }
        }
        found
    }

    /// The appointment option the hours stand for, where the other words name none: with
    /// one hour, any time, the hour saying when ("16.30" was "Afternoons (12–16), at
    /// 16:30", "after 10" the mornings only: field tests); with several, the part of the
    /// day they fall in ("zwischen 9 und 11 Uhr", "10-11").
    pub fn time(&self) -> Option<&'static str> {
        let part = self.part_of_day()?;
        Some(if self.named_hour().is_some() {
            crate::content::ANY_TIME
        } else {
            part
        })
    }
}

/// `text` ([`hour_text`]) without its numbers and the hour words right before (up to
/// three) and after each.
fn without_hours(text: &str) -> String {
    let tokens = hour_tokens(text);
    let is_number = |token: &&str| token.starts_with(|c: char| c.is_ascii_digit());
    // Each number, the hour words right before it (up to three) and right after it.
    let mut dropped = std::collections::BTreeSet::new();
    for (at, _) in tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| is_number(token))
    {
        dropped.insert(at);
        let before = tokens.iter().enumerate().take(at).rev().take(3);
        let after = tokens.iter().enumerate().skip(at + 1);
        dropped.extend(
            before
                .take_while(|(_, word)| is_hour_word(word))
                .map(|(at, _)| at),
        );
        dropped.extend(
            after
                .take_while(|(_, word)| {
                    is_hour_word(word) || listed(&["sonra", "önce", "kadar"], word)
                })
                .map(|(at, _)| at),
        );
    }
    tokens
        .iter()
        .enumerate()
        .filter(|(at, _)| !dropped.contains(at))
        .map(|(_, token)| *token)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with times written with a dot ("16.30", "9.30 Uhr", as German and Turkish do)
/// written with a colon, where the hour is one of the day's (7–21) and two digits of
/// minutes end the number: "perşembe 16.30" was any time (a Turkish field test). Not
/// "1.12." (a date).
fn dotted_times(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    chars
        .iter()
        .enumerate()
        .map(|(at, c)| {
            let hour_digits = (1..=2)
                .take_while(|back| at.checked_sub(*back).is_some_and(digit))
                .count();
            let hour: Option<u32> = (hour_digits > 0)
                .then(|| {
                    chars
                        .iter()
                        .skip(at - hour_digits)
                        .take(hour_digits)
                        .collect::<String>()
                        .parse()
                        .ok()
                })
                .flatten();
            let starts_number = at
                .checked_sub(hour_digits + 1)
                .is_none_or(|before| !chars.get(before).is_some_and(char::is_ascii_digit));
            // "5.15 pm": an hour of the clock's twelve, said with "pm" or "am".
            let clock_half: String = chars
                .iter()
                .skip(at + 3)
                .filter(|c| !c.is_whitespace())
                .take(2)
                .collect();
            let said_with_half = ["pm", "am"].contains(&clock_half.as_str());
            let is_time = *c == '.'
                && starts_number
                && hour.is_some_and(|hour| {
                    (7..=21).contains(&hour) || (said_with_half && (1..=12).contains(&hour))
                })
                && digit(at + 1)
                && digit(at + 2)
                && !digit(at + 3)
                && chars.get(at + 3) != Some(&'.');
            if is_time { ':' } else { *c }
        })
        .collect()
}

pub fn number(input: &str, min: i64, max: i64) -> Result<i64, Refusal> {
    let normalized = normalize_digits(&clean_text(input));
    let value: i64 = match normalized.parse() {
        Ok(value) => value,
        Err(_) => counted_number(&normalized).ok_or(Refusal::Number)?,
    };
    if !(min..=max).contains(&value) {
        return Err(Refusal::NumberRange { min, max });
    }
    Ok(value)
}

/// How German street names end (folded: "ß" is "ss"): "Hauptstraße", "Hauptstr.",
/// "Lindenweg", "Marktplatz", "Kastanienallee", "Mühlengasse", "Rheindamm".
const STREET_ENDINGS: [&str; 7] = ["strasse", "str", "weg", "platz", "allee", "gasse", "damm"];

/// Whether `word` is only a street's word, its name in the word before it ("Lippische
/// Str", "Lange Straße").
pub fn is_bare_street_word(word: &str) -> bool {
    crate::words::tokens(word)
        .first()
        .is_some_and(|word| STREET_ENDINGS.contains(&word.as_str()))
}

/// Whether `input` names a street ("Kalletal, Hauptstraße 1"): its number is a house
/// number, not an answer to "how many?".
pub fn names_a_street(input: &str) -> bool {
    crate::words::tokens(input)
        .iter()
        .any(|word| STREET_ENDINGS.iter().any(|ending| word.ends_with(ending)))
}

/// A German postal address written inside a message ("we now live at Bahnhofstr 9,
/// Langenholzhausen", "navnîşana nû: Lindenweg 3, Kalletal-Talle"): a street's name in
/// Latin letters ([`STREET_ENDINGS`], the word before it where the street's word stands
/// alone: "Lange Str. 5"), its house number ("12", "12a"), and the place after it (a
/// postcode and capitalised words, four in all). Sent after a request, it may be where the
/// office's letter must go (field test CX of stop 82: the office read "Vermieter, 9" and
/// was told to answer "as the request says", by letter to the old address).
pub fn postal_address_in(text: &str) -> Option<String> {
    let text = normalize_digits(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |word: &str| {
        word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')'])
            .to_string()
    };
    let latin_word = |word: &str| {
        !word.is_empty()
            && word.chars().all(|c| c == '-' || c.is_alphabetic())
            && super::script::is_latin(word)
    };
    for (at, word) in words.iter().enumerate() {
        let street = bare(word);
        if !latin_word(&street) || word.ends_with(',') {
            continue;
        }
        let folded = crate::words::tokens(&street);
        let Some(folded) = folded.first() else {
            continue;
        };
        if !STREET_ENDINGS.iter().any(|ending| folded.ends_with(ending))
            || NOT_STREETS.iter().any(|word| folded.ends_with(word))
        {
            continue;
        }
        // "Lange Str. 5": the street's name is the word before.
        let word_before = at
            .checked_sub(1)
            .and_then(|before| Some((before, *words.get(before)?)));
        let start = match word_before {
            Some((before, word))
                if STREET_ENDINGS.contains(&folded.as_str())
                    && latin_word(&bare(word))
                    && word.chars().next().is_some_and(char::is_uppercase)
                    && !word.ends_with([',', '.', ':']) =>
            {
                before
            }
            _ if STREET_ENDINGS.contains(&folded.as_str()) => continue,
            _ => at,
        };
        let Some(number) = words.get(at + 1).map(|word| bare(word)) else {
            continue;
        };
        let digits = number.chars().take_while(char::is_ascii_digit).count();
        let letter = number.get(digits..).unwrap_or_default();
        if digits == 0
            || digits > 4
            || !(letter.is_empty() || letter.chars().count() == 1 && latin_word(letter))
        {
            continue;
        }
        let mut address = words
            .get(start..=at)
            .unwrap_or_default()
            .iter()
            .map(|word| word.trim_end_matches([',', ';', ':']))
            .collect::<Vec<_>>()
            .join(" ");
        address.push(' ');
        address.push_str(&number);
        // The place: a postcode, then capitalised words, up to the end of the sentence.
        let mut place: Vec<String> = Vec::new();
        let mut ended = words
            .get(at + 1)
            .is_some_and(|word| word.ends_with(['.', ';', '!', '?']));
        for word in words.iter().skip(at + 2) {
            if ended || place.len() == 4 {
                break;
            }
            let part = bare(word);
            let postcode =
                place.is_empty() && part.len() == 5 && part.chars().all(|c| c.is_ascii_digit());
            let place_name =
                latin_word(&part) && part.chars().next().is_some_and(char::is_uppercase);
            if !(postcode || place_name) {
                break;
            }
            place.push(part);
            ended = word.ends_with([',', '.', ';', '!', '?']);
        }
        if !place.is_empty() {
            address.push_str(", ");
            address.push_str(&place.join(" "));
        }
        return Some(address);
    }
    None
}

/// Words that end as streets do but are none ("wir brauchen einen Kitaplatz, 2 Kinder"):
/// no postal address ([`postal_address_in`]).
const NOT_STREETS: [&str; 14] = [
    "kitaplatz",
    "kindergartenplatz",
    "krippenplatz",
    "betreuungsplatz",
    "schulplatz",
    "arbeitsplatz",
    "ausbildungsplatz",
    "praktikumsplatz",
    "studienplatz",
    "kursplatz",
    "heimplatz",
    "parkplatz",
    "umweg",
    "heimweg",
];

/// Words written before a house number ("Nr. 5", "No 5", "номер 5", "پلاک ۵").
const HOUSE_NUMBER_WORDS: &[&str] = &[
    "nr",
    "no",
    "nº",
    "№",
    "hausnummer",
    "hausnr",
    "number",
    "num",
    "numara",
    "numero",
    "номер",
    "дом",
    "д",
    "رقم",
    "شماره",
    "پلاک",
    "hejmar",
];

/// A house number typed after "the house number is missing" for `street` (which has
/// none): "5", "Nr. 5", "No 5" and "5 Kalletal", "5, Kalletal" (the village again) give
/// the street with the number, after the street's name ("Schulstraße 5, Kalletal", not
/// "Schulstraße, Kalletal 5"). A field test of stop 59 got the address "Nr. 5", the
/// street lost. `None` where `typed` is no house number.
pub fn street_with_number(street: &str, typed: &str) -> Option<String> {
    let typed = normalize_digits(typed);
    let mut rest = typed.trim();
    // The word before the number, with its dot or colon.
    if let Some((first, after)) =
        rest.split_once(|c: char| c.is_whitespace() || c == '.' || c == ':')
        && HOUSE_NUMBER_WORDS.contains(&first.to_lowercase().as_str())
    {
        rest = after.trim_start_matches(['.', ':', ' ']);
    } else if let Some(after) = rest.strip_prefix('№') {
        rest = after.trim_start();
    }
    // The number, and a letter after it ("12a", "12 b").
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let (number, after) = rest.split_at_checked(digits)?;
    let mut number = number.to_string();
    let mut after = after;
    let letter: String = after.trim_start().chars().take(1).collect();
    let next = after.trim_start().chars().nth(1);
    if letter.chars().all(char::is_alphabetic)
        && !letter.is_empty()
        && next.is_none_or(|c| !c.is_alphabetic())
    {
        number.push_str(&letter);
        after = after.trim_start().get(letter.len()..).unwrap_or_default();
    }
    let place = after.trim().trim_start_matches([',', '،']).trim();
    // After the number only a place's name (letters, spaces, dashes).
    if !place
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    {
        return None;
    }
    let street = street.trim();
    let (name, street_rest) = match street.split_once([',', '،']) {
        Some((name, street_rest)) => (name.trim(), Some(street_rest.trim())),
        None => (street, None),
    };
    let place = match street_rest {
        // The village said again: once.
        Some(known) if place.is_empty() || known.to_lowercase().contains(&place.to_lowercase()) => {
            Some(known.to_string())
        }
        Some(known) => Some(format!("{known}, {place}")),
        None => (!place.is_empty()).then(|| place.to_string()),
    };
    Some(match place {
        Some(place) => format!("{name} {number}, {place}"),
        None => format!("{name} {number}"),
    })
}

/// Whether `input` lists people before its number ("ich, meine Frau, 2 Kinder", "ez, jina
/// min, 2 zarok"): the number is one part of the count, said without an "and" of the
/// language's `dates.txt`. A number in the first part ("4 Personen, alle erwachsen") is not.
pub fn number_after_a_list(input: &str) -> bool {
    let normalized = normalize_digits(input);
    let mut parts = normalized
        .split([',', '،', ';', '؛'])
        .map(str::trim)
        .filter(|part| !part.is_empty());
    let Some(first) = parts.next() else {
        return false;
    };
    !first.chars().any(|c| c.is_ascii_digit())
        && parts.any(|part| part.chars().any(|c| c.is_ascii_digit()))
}

/// `text` without what it ends with in brackets, where something comes before them:
/// "4 (Mutter + 3 Kinder)" is "4".
pub fn before_brackets(text: &str) -> &str {
    let trimmed = text.trim();
    match trimmed
        .strip_suffix(')')
        .and_then(|inner| inner.rsplit_once('('))
    {
        Some((before, _)) if !before.trim().is_empty() => before.trim(),
        _ => text,
    }
}

/// A number with words around it, as people answer "how many?": "3 Personen", "۳ نفر",
/// "we are 4.". Only when it is the one number and every other word is letters: "3 oder 4",
/// "3+1", "-3", "2 Erwachsene, 1 Kind" and "3er" are not read.
fn counted_number(text: &str) -> Option<i64> {
    let mut found = None;
    for token in text.split_whitespace() {
        let token = token.trim_end_matches(['.', ',', '!', '?', '،', '؟', ':', ';']);
        if !token.is_empty() && token.chars().all(|c| c.is_ascii_digit()) {
            if found.replace(token).is_some() {
                return None;
            }
        } else if !token.chars().all(char::is_alphabetic) {
            return None;
        }
    }
    found?.parse().ok()
}

#[cfg(test)]
mod tests {
    /// A postal address inside a message: the street, its number and the place; nothing
    /// where a street's word has no number after it, or the number is no house number.
    #[test]
    fn a_postal_address_is_found_inside_a_message() {
        for (text, expected) in [
            (
                "any news? also the landlord cancelled, we now live at Bahnhofstr 9, Langenholzhausen",
                Some("Bahnhofstr 9, Langenholzhausen"),
            ),
            (
                "em cardin bar kirin. navnîşana nû: Lindenweg 3, Kalletal-Talle",
                Some("Lindenweg 3, Kalletal-Talle"),
            ),
            (
                "мы переехали: Lange Str. 12a, 32689 Kalletal. спасибо",
                Some("Lange Str. 12a, 32689 Kalletal"),
            ),
            ("neue Adresse Hauptstraße 5", Some("Hauptstraße 5")),
            (
                "wir wohnen jetzt in der Mühlengasse ٤ in Talle",
                Some("Mühlengasse 4"),
            ),
            ("Schulweg 7. Danke", Some("Schulweg 7")),
            // No number, a number that is no house number, a street word alone.
            ("ich wohne in der Hauptstraße", None),
            ("Hauptstraße 123456", None),
            ("die Str 5", None),
            // A word that ends as a street does.
            ("wir brauchen einen Kitaplatz 2 Kinder", None),
            ("mein Arbeitsplatz 3 Tage", None),
            ("my appointment is at 9", None),
        ] {
            assert_eq!(
                super::postal_address_in(text).as_deref(),
                expected,
                "{text}"
            );
        }
    }

    /// A house number typed for a street without one, with its word, a letter or the
    /// village; anything else is none.
    #[test]
    fn a_house_number_joins_its_street() {
        for (street, typed, expected) in [
            ("Lindenweg", "5", Some("Lindenweg 5")),
            ("Lindenweg", "Nr. 5", Some("Lindenweg 5")),
            ("Lindenweg", "No 5", Some("Lindenweg 5")),
            ("Lindenweg", "nr.5", Some("Lindenweg 5")),
            ("Lindenweg", "№ 5", Some("Lindenweg 5")),
            ("Lindenweg", "12 b", Some("Lindenweg 12b")),
            ("Lindenweg", "12a", Some("Lindenweg 12a")),
            ("Lindenweg", "٥", Some("Lindenweg 5")),
            ("Lindenweg", "5 Kalletal", Some("Lindenweg 5, Kalletal")),
            ("Lindenweg", "5, Kalletal", Some("Lindenweg 5, Kalletal")),
            (
                "Schulstraße, Kalletal",
                "5",
                Some("Schulstraße 5, Kalletal"),
            ),
            (
                "Schulstraße, Kalletal",
                "5, Kalletal",
                Some("Schulstraße 5, Kalletal"),
            ),
            (
                "Schulstraße, Kalletal",
                "5 Varenholz",
                Some("Schulstraße 5, Kalletal, Varenholz"),
            ),
            ("Lindenweg", "Hauptstraße 5", None),
            ("Lindenweg", "0176 1234567", None),
            ("Lindenweg", "12345", None),
            ("Lindenweg", "keine", None),
        ] {
            assert_eq!(
                super::street_with_number(street, typed).as_deref(),
                expected,
                "{street} + {typed}"
            );
        }
    }

    use super::*;

    /// Field test CO of stop 79: "12.O7.1979", a letter O for the zero, was refused
    /// without a word. It is read as the zero; an O in words stays.
    #[test]
    fn a_letter_o_in_a_dates_digits_is_a_zero() {
        assert_eq!(o_as_zero("12.O7.1979"), "12.07.1979");
        assert_eq!(o_as_zero("O1.1O.199o"), "01.10.1990");
        assert_eq!(o_as_zero("12.О7.1979"), "12.07.1979");
        assert_eq!(o_as_zero("Oktober 2O2O"), "Oktober 2020");
        assert_eq!(o_as_zero("12 Oct 1979"), "12 Oct 1979");
        assert_eq!(o_as_zero("١٢.O٣.١٩٩٠"), "١٢.0٣.١٩٩٠");
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            date("12.O7.1979", DateRange::Past, today),
            Ok(NaiveDate::from_ymd_opt(1979, 7, 12).unwrap())
        );
    }

    /// A Russian field test's BG number typed with Cyrillic letters reached the Jobcenter
    /// so; in a word with a digit they are Latin.
    #[test]
    fn cyrillic_letters_in_a_code_are_latin() {
        assert_eq!(code("36201ВГ0123456", 40).unwrap(), "36201BG0123456");
        assert_eq!(
            code("номер 36201вг0123456", 40).unwrap(),
            "номер 36201bg0123456"
        );
        assert_eq!(code("123A456789", 40).unwrap(), "123A456789");
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// The date words of the shipped languages, loaded once as the bot loads them.
    fn shipped_date_words() -> &'static DateWords {
        static LOCALES: std::sync::OnceLock<crate::i18n::Locales> = std::sync::OnceLock::new();
        LOCALES
            .get_or_init(|| {
                let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
                let mut diagnostics = crate::diagnostic::Diagnostics::default();
                let locales = crate::i18n::Locales::load_dir(&dir, &mut diagnostics).unwrap();
                assert!(!diagnostics.has_errors(), "{diagnostics}");
                locales
            })
            .date_words()
    }

    /// [`super::date`] with the shipped date words.
    fn date(input: &str, range: DateRange, today: NaiveDate) -> Result<NaiveDate, Refusal> {
        super::date(input, range, today, shipped_date_words())
    }

    /// "heute", "вчора", "today" (the day of moving in, as people say it), in any language.
    #[test]
    fn dates_said_as_a_day() {
        let on = |days: i64| Ok(today() + chrono::Duration::days(days));
        for (typed, days) in [
            ("heute", 0),
            ("Gestern.", -1),
            ("вчора", -1),
            ("امروز", 0),
            ("أمس", -1),
            ("dün", -1),
            ("today", 0),
            ("tomorrow", 1),
            ("vorgestern", -2),
            ("позавчора", -2),
            ("قبل امبارح", -2),
            ("پس‌فردا", 2),
            ("the day after tomorrow", 2),
            ("öbür gün", 2),
            // Typed in Latin letters (an Arabic field test's "mbareh" was unreadable).
            ("mbareh", -1),
            ("vchera", -1),
            ("vchora", -1),
            ("diruz", -1),
            ("emruz", 0),
            ("bukra", 1),
            ("pozavchera", -2),
        ] {
            assert_eq!(date(typed, DateRange::Any, today()), on(days), "{typed}");
        }
        assert_eq!(date("morgen", DateRange::Future, today()), on(1));
        // A birth date is not said as a day: "gestern" there is a slip.
        assert_eq!(
            date("gestern", DateRange::Past, today()),
            Err(Refusal::DateUnreadable)
        );
        for unread in ["heute 10 Uhr", "gestern oder heute"] {
            assert_eq!(
                date(unread, DateRange::Any, today()),
                Err(Refusal::DateUnreadable),
                "{unread}"
            );
        }
    }

    /// A time ago ("vor einer Woche", "3 дня назад", "من أسبوع") is refused with the day it
    /// counts back to, for the person to confirm (the office needs the day); a number or
    /// month elsewhere makes it no time ago.
    #[test]
    fn a_time_ago_suggests_the_day_it_counts_back_to() {
        let ago = |days: i64| {
            Err(Refusal::DateAgo {
                suggested: today() - chrono::Duration::days(days),
            })
        };
        let months_ago = |months: u32| {
            Err(Refusal::DateAgo {
                suggested: today()
                    .checked_sub_months(chrono::Months::new(months))
                    .unwrap(),
            })
        };
        for (typed, days) in [
            ("vor einer Woche", 7),
            ("seit 2 Wochen", 14),
            // Since, said around the time: Kurmanji "ji … ve", Turkish "… den beri" (a
            // Kurmanji field test's "ji 3 rojan ve" was unreadable).
            ("ji 3 rojan ve", 3),
            ("2 haftadan beri", 14),
            ("vor 3 Tagen", 3),
            ("a week ago", 7),
            ("I moved in 10 days ago", 10),
            ("неделю назад", 7),
            ("3 дня назад", 3),
            ("два тижні тому", 14),
            ("من أسبوع", 7),
            ("قبل ٣ أيام", 3),
            ("قبل يومين", 2),
            ("منذ أسبوعين", 14),
            ("یک هفته پیش", 7),
            ("۵ روز پیش", 5),
            ("bir hafta önce", 7),
            ("3 gün önce", 3),
            ("hefteyek berê", 7),
        ] {
            assert_eq!(date(typed, DateRange::Any, today()), ago(days), "{typed}");
        }
        assert_eq!(
            date("vor einem Monat", DateRange::Any, today()),
            months_ago(1)
        );
        assert_eq!(date("2 ay önce", DateRange::Past, today()), months_ago(2));
        assert_eq!(date("من شهرين", DateRange::Any, today()), months_ago(2));
        for other in [
            "من شهر 3",
            "من شهر آذار",
            "seit März",
            "vor 3 Tagen am 5.",
            "Woche",
        ] {
            assert!(
                !matches!(
                    date(other, DateRange::Any, today()),
                    Err(Refusal::DateAgo { .. })
                ),
                "{other}"
            );
        }
        // Counted back past what the field takes: its own refusal.
        assert_eq!(
            date("vor 2 Wochen", DateRange::Future, today()),
            Err(Refusal::DateInPast)
        );
    }

    /// Slips in a big provider's name or ending are asked about with the address meant;
    /// other providers and right addresses are not.
    /// An address said in words, as voice typing writes it (a field test of stop 65 sent
    /// "rania punkt khatib at gmail punkt com" to the office as the request).
    #[test]
    fn an_email_said_in_words_is_that_address() {
        for (said, address) in [
            (
                "rania punkt khatib at gmail punkt com",
                Some("rania.khatib@gmail.com"),
            ),
            (
                "meine mail ist ali unterstrich 90 at web punkt de",
                Some("ali_90@web.de"),
            ),
            (
                "ivan точка petrenko собака ukr точка net",
                Some("ivan.petrenko@ukr.net"),
            ),
            ("sami at gmail.com", Some("sami@gmail.com")),
            // No dot after the at, two ats, Cyrillic letters, an @ written: none.
            ("I live at home", None),
            ("sami at gmail at com", None),
            ("иван собака почта точка ру", None),
            ("sami@gmail.com", None),
        ] {
            assert_eq!(spoken_email(said).as_deref(), address, "{said}");
        }
    }

    #[test]
    fn email_slips_suggest_the_address_meant() {
        for (typed, meant) in [
            ("fatma.demir@gmail", "fatma.demir@gmail.com"),
            ("fatma.demir@gmail.con", "fatma.demir@gmail.com"),
            ("Sami@gmial.com", "Sami@gmail.com"),
            ("sami@hotmail.cm", "sami@hotmail.com"),
            ("olena@ukr", "olena@ukr.net"),
            ("olena@gmx", "olena@gmx.de"),
            ("meine Mail ist ali@yahoo.", "ali@yahoo.com"),
            ("ali@outlok.de", "ali@outlook.de"),
            ("olena.k@gmail,com", "olena.k@gmail.com"),
            ("sami@web,de", "sami@web.de"),
            ("info@kalletal,de", "info@kalletal.de"),
            ("olena@ukr,nte", "olena@ukr.net"),
        ] {
            assert_eq!(email_typo(typed).as_deref(), Some(meant), "{typed}");
        }
        for typed in [
            "sami@gmail.com",
            "sami@hotmail.de",
            "sami@mail.com",
            "sami@mail.ru",
            "sami@ymail.com",
            "sami@gmx.net",
            "sami@kalletal.de",
            "sami@web.de",
            "no address",
            "sami@,",
        ] {
            assert_eq!(email_typo(typed), None, "{typed}");
        }
    }

    /// The days of the week a sentence names, in any language; none after a word that
    /// turns a day round, and none from a two-letter word ("so", "do", "di").
    #[test]
    fn weekdays_named_in_a_sentence() {
        let words = shipped_date_words();
        for (typed, days) in [
            ("montags", vec![1]),
            ("Dienstag oder Donnerstag vormittags", vec![2, 4]),
            ("on Fridays", vec![5]),
            ("يوم الاثنين أو الخميس", vec![1, 4]),
            ("سه شنبه", vec![2]),
            ("سه‌شنبه و پنجشنبه", vec![2, 4]),
            ("в среду", vec![3]),
            ("у пʼятницю", vec![5]),
            ("Salı günü", vec![2]),
            ("Duşemê", vec![1]),
            ("Montag, montags, Monday", vec![1]),
        ] {
            assert_eq!(weekdays(typed, words), days, "{typed}");
        }
        // A day turned round is one someone cannot come: the office's other days.
        for (typed, days) in [
            ("außer Freitag", vec![1, 2, 3, 4]),
            ("jederzeit, aber nicht freitags", vec![1, 2, 3, 4]),
            ("not on Monday", vec![2, 3, 4, 5]),
            ("кроме пятницы", vec![1, 2, 3, 4]),
            ("ما بقدر الخميس", vec![1, 2, 3, 5]),
            ("cuma hariç", vec![1, 2, 3, 4]),
            ("montags, aber nicht freitags", vec![1]),
        ] {
            assert_eq!(weekdays(typed, words), days, "{typed}");
        }
        for typed in [
            // What "nicht" turns round is not a day.
            "montags, aber nicht nachmittags",
            "so früh wie möglich",
            "I do it in the morning",
            "di sibehê de",
        ] {
            assert_eq!(weekdays(typed, words), Vec::<u8>::new(), "{typed}");
        }
        assert_eq!(words.weekday_name("de", 1), Some("Montag"));
        assert_eq!(words.weekday_name("ar", 5), Some("الجمعة"));
    }

    /// A year of two digits is refused with the one date it can mean: this century's if
    /// the field takes it, else the last one's if less than a hundred years ago.
    #[test]
    fn two_digit_years_suggest_the_date_meant() {
        let suggested = |y, m, d| {
            Err(Refusal::DateYearShort {
                suggested: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            })
        };
        let past = |text: &str| date(text, DateRange::Past, today());
        assert_eq!(past("15.03.90"), suggested(1990, 3, 15));
        assert_eq!(past("۱۵/۰۳/۹۰"), suggested(1990, 3, 15));
        assert_eq!(past("15 März 90"), suggested(1990, 3, 15));
        assert_eq!(past("1.2.05"), suggested(2005, 2, 1));
        assert_eq!(past("15.03.25"), suggested(2025, 3, 15));
        // Tomorrow of 1926 is a hundred years ago; of 2026, the future.
        assert_eq!(past("23.11.26"), Err(Refusal::DateUnreadable));
        assert_eq!(past("31.02.90"), Err(Refusal::DateUnreadable));
        assert_eq!(
            date("1.3.27", DateRange::Future, today()),
            suggested(2027, 3, 1)
        );
        assert_eq!(
            date("1.3.99", DateRange::Any, today()),
            suggested(1999, 3, 1)
        );
        // Three short numbers with the year first, or a three-digit year: no guess.
        assert_eq!(past("90.03.15"), Err(Refusal::DateUnreadable));
        assert_eq!(past("15.03.990"), Err(Refusal::DateUnreadable));
    }

    /// The month before the day ("3/15/1990", as phones set to English write it) is shown
    /// read month first, where read day first it does not exist; a date that exists read
    /// day first is that date, and one that exists neither way is impossible as before.
    #[test]
    fn the_month_before_the_day_suggests_the_date_meant() {
        let suggested = |y, m, d| {
            Err(Refusal::DateMonthFirst {
                suggested: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            })
        };
        let past = |text: &str| date(text, DateRange::Past, today());
        assert_eq!(past("3/15/1990"), suggested(1990, 3, 15));
        assert_eq!(past("12-31-1989"), suggested(1989, 12, 31));
        assert_eq!(past("3/15/90"), suggested(1990, 3, 15));
        assert_eq!(past("٣/١٥/١٩٩٠"), suggested(1990, 3, 15));
        assert_eq!(
            past("3/4/1990"),
            Ok(NaiveDate::from_ymd_opt(1990, 4, 3).unwrap())
        );
        assert_eq!(past("31/31/1990"), Err(Refusal::DateImpossible));
        assert_eq!(past("3.15.1990"), Err(Refusal::DateImpossible));
        assert_eq!(past("2/30/1990"), Err(Refusal::DateImpossible));
        // Read month first it must still be a date the question takes.
        assert_eq!(
            date("3/15/2099", DateRange::Past, today()),
            Err(Refusal::DateInFuture)
        );
    }

    /// An hour in a sentence at the appointment question is its part of the day (a German
    /// field test: "ab 14 Uhr" got "choose one of the options").
    #[test]
    fn an_hour_names_the_part_of_the_day() {
        for (typed, part) in [
            ("ab 14 Uhr", Some("afternoons")),
            ("14:30", Some("afternoons")),
            ("after 2pm", Some("afternoons")),
            ("at 2", Some("afternoons")),
            ("saat 10'da gelebilirim", Some("mornings")),
            ("14'ten sonra", Some("afternoons")),
            ("в 9 часов", Some("mornings")),
            ("після 15 години", Some("afternoons")),
            ("بعد الساعة ٣", Some("afternoons")),
            ("ساعت ۱۰ صبح", Some("mornings")),
            ("9h", Some("mornings")),
            ("zwischen 9 und 11 Uhr", Some("mornings")),
            ("9 am", Some("mornings")),
            // No hour, hours in both parts, at night, or a number that is no hour.
            ("montags", None),
            ("9 oder 14 Uhr", None),
            ("um 22 Uhr", None),
            ("perşembe 16.30", Some("afternoons")),
            ("persembe 16 da", Some("afternoons")),
            ("saat 10 dan sonra", Some("mornings")),
            ("pêncşem piştî saet 4", Some("afternoons")),
            ("вівторок о 10", Some("mornings")),
            ("9.30 Uhr", Some("mornings")),
            ("1.12.2026", None),
            ("после 17", Some(AFTER_HOURS)),
            ("ab 18 Uhr", Some(AFTER_HOURS)),
            ("after 6 pm", Some(AFTER_HOURS)),
            ("2 Kinder", None),
            ("1990", None),
        ] {
            assert_eq!(AppointmentHours::read(typed).part_of_day(), part, "{typed}");
        }
    }

    /// A German mobile number alone, not an office's number of digits and letters.
    #[test]
    fn mobile_numbers_are_told_apart() {
        for input in [
            "0157 1112233",
            "+49 151 2345678",
            "0049 1512345678",
            "01761234567",
        ] {
            assert!(is_mobile_number(input), "{input}");
        }
        for input in [
            "96201//0012345",
            "123D456789",
            "05261 12345",
            "0157",
            "32.1-4711/24",
        ] {
            assert!(!is_mobile_number(input), "{input}");
        }
    }

    /// Russian field test: "1 ноября" at the moving-in date was unreadable. A day and
    /// month without a year is the last such day up to two months ahead (today is
    /// 22.11.2026), the next one in a future field; at a birth date no year can be guessed.
    #[test]
    fn a_date_without_a_year_is_the_nearest_one() {
        let day = |y, m, d| Ok(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        let any = |text: &str| date(text, DateRange::Any, today());
        assert_eq!(any("1 ноября"), day(2026, 11, 1));
        assert_eq!(any("1.11."), day(2026, 11, 1));
        assert_eq!(any("01.11"), day(2026, 11, 1));
        assert_eq!(any("15. Oktober"), day(2026, 10, 15));
        // More than two weeks ahead or two months back: offered, for the year to be
        // confirmed (a field test of stop 62 took "1.5" for a May seven months before).
        let offered = |y, m, d| {
            Err(Refusal::DateYearMissing {
                suggested: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            })
        };
        assert_eq!(any("15. März"), offered(2026, 3, 15));
        assert_eq!(any("1.5"), offered(2026, 5, 1));
        assert_eq!(any("3.1."), offered(2027, 1, 3));
        assert_eq!(any("۳/۱"), offered(2027, 1, 3));
        assert_eq!(any("28 декабря"), offered(2026, 12, 28));
        assert_eq!(any("1.12."), day(2026, 12, 1));
        // No 29 February in 2025–2027.
        assert_eq!(any("29.2."), Err(Refusal::DateImpossible));
        assert_eq!(
            date("20.11.", DateRange::Future, today()),
            day(2027, 11, 20)
        );
        assert_eq!(any("31.2."), Err(Refusal::DateImpossible));
        for birth in ["1 ноября", "1.11."] {
            assert_eq!(
                date(birth, DateRange::Past, today()),
                Err(Refusal::DateUnreadable),
                "{birth}"
            );
        }
        // "geb. 14.6.1983" (born, shortened; a German field test: "I cannot read the
        // date"), "народилась 12.03.1985".
        for (birth, expected) in [
            ("geb. 14.6.1983", day(1983, 6, 14)),
            ("народилась 12.03.1985", day(1985, 3, 12)),
        ] {
            assert_eq!(date(birth, DateRange::Past, today()), expected, "{birth}");
        }
        // Words that say since, from or on, around a date (a Russian field test: "с 1
        // ноября", since 1 November, was unreadable at the day of moving in).
        for (input, expected) in [
            ("с 1 ноября", day(2026, 11, 1)),
            ("з 1 листопада", day(2026, 11, 1)),
            ("seit dem 1.11.2026", day(2026, 11, 1)),
            ("ab 1. November", day(2026, 11, 1)),
            ("am 01.11.", day(2026, 11, 1)),
            ("since 1 November 2026", day(2026, 11, 1)),
            ("от 01.11.2026", day(2026, 11, 1)),
            ("1 Kasım'dan beri", day(2026, 11, 1)),
            ("منذ ١/١١/٢٠٢٦", day(2026, 11, 1)),
            ("از ۱/۱۱/۲۰۲۶", day(2026, 11, 1)),
            // Another word is no date.
            ("seit Berlin 1.11.2026", Err(Refusal::DateUnreadable)),
        ] {
            assert_eq!(any(input), expected, "{input}");
        }
        // Last week or last month: the day is asked for, with a day of that week or the
        // first of that month as the example (a Russian field test: "на прошлой неделе"
        // was unreadable). Not at a birth date.
        let missing = |y, m, d| {
            Err(Refusal::DateDayMissing {
                example: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            })
        };
        for (input, expected) in [
            ("letzte Woche", missing(2026, 11, 15)),
            ("на прошлой неделе", missing(2026, 11, 15)),
            ("минулого тижня", missing(2026, 11, 15)),
            ("الأسبوع الماضي", missing(2026, 11, 15)),
            ("geçen hafta", missing(2026, 11, 15)),
            ("hefteya borî", missing(2026, 11, 15)),
            ("в прошлом месяце", missing(2026, 10, 1)),
            ("last month", missing(2026, 10, 1)),
            ("ماه گذشته", missing(2026, 10, 1)),
        ] {
            assert_eq!(any(input), expected, "{input}");
        }
        // The start of this or last month or week: its first day is offered ("من اول
        // الشهر", since the start of the month, was a month ago; its "من" says ago too).
        let offered = |y, m, d| {
            Err(Refusal::DateAgo {
                suggested: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            })
        };
        for (input, expected) in [
            ("من اول الشهر", offered(2026, 11, 1)),
            ("seit Anfang des Monats", offered(2026, 11, 1)),
            ("с начала месяца", offered(2026, 11, 1)),
            ("ayın başından beri", offered(2026, 11, 1)),
            ("از اول ماه", offered(2026, 11, 1)),
            ("since the beginning of last month", offered(2026, 10, 1)),
            // Sunday 22.11.2026: Monday of its week.
            ("from the start of the week", offered(2026, 11, 16)),
            ("з початку минулого тижня", offered(2026, 11, 9)),
            // A month named is that month's, not this one's: its day is asked for.
            ("Anfang März", missing(2026, 3, 1)),
            // So is a month's number after a word of the start (a field test of stop 70:
            // "awal shahr 11" was offered the first of this month, the 11 unread), in the
            // last year where it is not to come; a number that is no month is no date.
            ("sakanna mn awal shahr 11", missing(2026, 11, 1)),
            ("سكنا من اول شهر ١١", missing(2026, 11, 1)),
            ("since beginning of month 12", missing(2025, 12, 1)),
            ("начало ноября 2025", missing(2025, 11, 1)),
            ("awal shahr 14", Err(Refusal::DateUnreadable)),
        ] {
            assert_eq!(any(input), expected, "{input}");
        }
        assert_eq!(
            date("letzte Woche", DateRange::Past, today()),
            Err(Refusal::DateUnreadable)
        );
        // Two numbers without a dot, or a month number over 12: no date.
        assert_eq!(any("1 11"), Err(Refusal::DateUnreadable));
        assert_eq!(any("4"), Err(Refusal::DateUnreadable));
        assert_eq!(any("1.13."), Err(Refusal::DateImpossible));
    }

    /// Dates with the month as a word, as people say them, in the bot's languages and in
    /// another language than the conversation's ("März" from anyone).
    #[test]
    fn dates_with_month_names() {
        let march_15 = Ok(NaiveDate::from_ymd_opt(1990, 3, 15).unwrap());
        for input in [
            "15. März 1990",
            "15 maerz 1990",
            "15.Mär.1990",
            "15 March 1990",
            "March 15th, 1990",
            "the 15th of March 1990",
            "15 Mart 1990",
            "15 марта 1990 г.",
            "15-го марта 1990 года",
            "15 березня 1990 р.",
            "15 آذار 1990",
            "١٥ مارس ١٩٩٠",
            "۱۵ مارس ۱۹۹۰",
            "15 adar 1990",
            "1990 15 Mar",
            "15 Marz 1990",
            // What is said beside it (a field test of stop 58 got "I cannot read this
            // date").
            "15.03.1990 (laut Ausweis)",
            "15.03.1990р",
            "15.03.1990 г.",
        ] {
            assert_eq!(date(input, DateRange::Past, today()), march_15, "{input}");
        }
        assert_eq!(
            date("15.03.85р", DateRange::Past, today()),
            Err(Refusal::DateYearShort {
                suggested: NaiveDate::from_ymd_opt(1985, 3, 15).unwrap()
            })
        );
        // Names of two words, the longest first; starts of names.
        for (input, (y, m, d)) in [
            ("3 تشرين الأول 1985", (1985, 10, 3)),
            ("3 تشرين الثاني 1985", (1985, 11, 3)),
            ("1 Dezem. 2001", (2001, 12, 1)),
            ("7 Sept 2001", (2001, 9, 7)),
        ] {
            let expected = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(
                date(input, DateRange::Past, today()),
                Ok(expected),
                "{input}"
            );
        }
        // A Persian month: its Gregorian date is shown to be confirmed, in any conversation.
        let gregorian = NaiveDate::from_ymd_opt(1991, 3, 15).unwrap();
        // Typed in Latin letters too, with Iranian or Afghan names (Finglish months were
        // unread, an older gap of the field tests).
        for input in [
            "۲۴ اسفند ۱۳۶۹",
            "24 حوت 1369",
            "24 esfand 1369",
            "24 hoot 1369",
        ] {
            assert_eq!(
                date(input, DateRange::Past, today()),
                Err(Refusal::SolarHijri { gregorian }),
                "{input}"
            );
        }
        // "10 mehr 1370" was unreadable ("mehr" had been left out as a German word: it
        // counts as a month only with a day and a year of the Persian calendar).
        assert_eq!(
            date("10 mehr 1370", DateRange::Past, today()),
            Err(Refusal::SolarHijri {
                gregorian: NaiveDate::from_ymd_opt(1991, 10, 2).unwrap()
            })
        );
        // "7 tir 1362" was "too old" (a field test of stop 56).
        let gregorian = NaiveDate::from_ymd_opt(1983, 6, 28).unwrap();
        for input in ["7 tir 1362", "7 teer 1362"] {
            assert_eq!(
                date(input, DateRange::Past, today()),
                Err(Refusal::SolarHijri { gregorian }),
                "{input}"
            );
        }
        assert_eq!(
            date("31 اسفند 1369", DateRange::Past, today()),
            Err(Refusal::DateImpossible)
        );
        assert_eq!(
            date("24 اسفند 1990", DateRange::Past, today()),
            Err(Refusal::DateUnreadable)
        );
        // A sentence around the date: "я родилась 5 мая 1988" (I was born on 5 May 1988)
        // was unreadable for its first two words.
        let may_5 = NaiveDate::from_ymd_opt(1988, 5, 5).unwrap();
        for input in [
            "я родилась 5 мая 1988",
            "I was born on 5 May 1988",
            "ich bin am 5. Mai 1988 geboren",
            "doğum tarihim 5 mayıs 1988",
            "5 May 1988 in Aleppo",
        ] {
            assert_eq!(date(input, DateRange::Past, today()), Ok(may_5), "{input}");
        }
        // The rules of the numbers stay: four-digit years, days that exist, the range.
        for (input, refusal) in [
            ("März 1990", Refusal::DateUnreadable),
            // A word inside the date is no part of it ("Berlin 15 März 1990" is the date
            // said with its place, below).
            ("15 März Berlin 1990", Refusal::DateUnreadable),
            ("15 März April 1990", Refusal::DateUnreadable),
            ("31 April 1990", Refusal::DateImpossible),
            ("30 Februar 1990", Refusal::DateImpossible),
            ("15 März 2030", Refusal::DateInFuture),
            // "Ju" starts June and July.
            ("15 Ju 1990", Refusal::DateUnreadable),
        ] {
            assert_eq!(
                date(input, DateRange::Past, today()),
                Err(refusal),
                "{input}"
            );
        }
    }

    /// Dates of the Persian calendar, against dates known from Iranian calendars: 1
    /// Farvardin 1403 was 20 March 2024; 1369 was no leap year, so its Esfand ended on 20
    /// March 1991.
    #[test]
    fn solar_hijri_dates_in_the_gregorian_calendar() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let past = |text: &str| solar_hijri_date(text, DateRange::Past, today());
        assert_eq!(past("1403/01/01"), on(2024, 3, 20));
        assert_eq!(past("01.01.1403"), on(2024, 3, 20));
        assert_eq!(past("۱۳۶۹/۱۲/۲۴"), on(1991, 3, 15));
        assert_eq!(past("1369/12/29"), on(1991, 3, 20));
        assert_eq!(past("1370/01/01"), on(1991, 3, 21));
        // Days the calendar does not have, years outside it, the future.
        assert_eq!(past("1369/12/31"), None);
        assert_eq!(past("1369/13/01"), None);
        assert_eq!(past("1369/07/31"), None);
        assert_eq!(past("1299/01/01"), None);
        assert_eq!(past("1990/01/01"), None);
        assert_eq!(past("1406/01/01"), None);
        // A move-in date: the last months count.
        assert_eq!(
            solar_hijri_date("1405/08/01", DateRange::Any, today()),
            on(2026, 10, 23)
        );
    }

    /// The spellings the issue names all read as 3 December 1990.
    #[test]
    fn dates_as_people_write_them() {
        let expected = NaiveDate::from_ymd_opt(1990, 12, 3).unwrap();
        for input in [
            "3.12.1990",
            "03/12/1990",
            "1990-12-03",
            " 03.12.1990 ",
            "3-12-1990",
            "٣/١٢/١٩٩٠",
            "۳.۱۲.۱۹۹۰",
            "3. 12. 1990",
            // Without the dots, as on a number pad.
            "03121990",
            "۰۳۱۲۱۹۹۰",
        ] {
            assert_eq!(
                date(input, DateRange::Past, today()),
                Ok(expected),
                "{input}"
            );
        }
        // Six digits: a two-digit year, offered as the date meant.
        assert_eq!(
            date("031290", DateRange::Past, today()),
            Err(Refusal::DateYearShort {
                suggested: expected
            })
        );
        // Nothing that is no day and month.
        assert!(date("33131990", DateRange::Past, today()).is_err());
    }

    #[test]
    fn impossible_and_out_of_range_dates() {
        assert_eq!(
            date("31.02.1990", DateRange::Past, today()),
            Err(Refusal::DateImpossible)
        );
        assert_eq!(
            date("12.13.1990", DateRange::Past, today()),
            Err(Refusal::DateImpossible)
        );
        assert_eq!(
            date("29.02.2023", DateRange::Any, today()),
            Err(Refusal::DateImpossible)
        );
        assert!(date("29.02.2024", DateRange::Any, today()).is_ok());
        assert_eq!(
            date("1.1.2030", DateRange::Past, today()),
            Err(Refusal::DateInFuture)
        );
        assert_eq!(
            date("1.1.1850", DateRange::Past, today()),
            Err(Refusal::DateTooOld)
        );
        assert_eq!(
            date("1.1.2020", DateRange::Future, today()),
            Err(Refusal::DateInPast)
        );
        for unreadable in ["someday", "1990", "", "3.12.1990.5", "🎉"] {
            assert_eq!(
                date(unreadable, DateRange::Any, today()),
                Err(Refusal::DateUnreadable),
                "{unreadable}"
            );
        }
    }

    #[test]
    fn a_phone_number_among_other_words_with_digits() {
        assert_eq!(
            phone("Мой номер +49 176 12345678, звоните после 14:00").as_deref(),
            Ok("+49 176 12345678")
        );
        assert_eq!(
            phone("ab 16 Uhr unter 05261 123456").as_deref(),
            Ok("05261 123456")
        );
        // Two numbers, or a date and no number: which one is not guessed.
        assert!(phone("0151 2345678 oder 05261 123456").is_err());
        assert!(phone("geboren 01.02.1990, Haus 5").is_err());
        // A month and its year is a date (a field test's "03/1985" at the birth date was
        // taken as the phone number ahead).
        for date in ["03/1985", "3.1985", "12-1990"] {
            assert_eq!(phone(date), Err(Refusal::Phone), "{date}");
        }
        // Nor a whole date among words, where the first number is looked for (a field test
        // of stop 68 told the office to call "01.01.1984").
        for said in [
            "ببخشید تاریخ تولدم اشتباه نوشتم، درستش 01.01.1984 هست",
            "richtig ist 01.01.1984",
        ] {
            assert_eq!(first_phone(said), Err(Refusal::Phone), "{said}");
        }
        assert_eq!(
            first_phone("geboren 01.01.1984, Handy 0151 2345678").as_deref(),
            Ok("0151 2345678")
        );
    }

    #[test]
    fn phones() {
        assert_eq!(phone("+49 151  2345 6789"), Ok("+49 151 2345 6789".into()));
        // The Russian trunk 8 before a German area code in brackets is left out (a typing
        // test of stop 61 sent "8 (0176) 55-44-33-2" to the office); an 8 of the number
        // stays, also before a 0 (its digits as typed: the phone fuzz target).
        assert_eq!(phone("8 (0176) 55-44-33-2"), Ok("(0176) 55-44-33-2".into()));
        assert_eq!(phone("8(0176) 5544332"), Ok("(0176) 5544332".into()));
        // Nor is the 8 a word written before the number (it reached the office as "– 8 (").
        for (typed, before) in [
            ("8 (0176) 55-44-33-2", None),
            ("мой номер 8 (0176) 55-44-33-2", Some("мой номер")),
        ] {
            let number = phone(typed).unwrap();
            assert_eq!(
                words_around_phone(typed, &number),
                (before.map(String::from), None)
            );
        }
        assert_eq!(phone("8 0176 5544332"), Ok("8 0176 5544332".into()));
        assert_eq!(
            phone("мой номер 8 (0176) 55-44-33-2").as_deref(),
            Ok("(0176) 55-44-33-2")
        );
        assert_eq!(phone("05261 812345"), Ok("05261 812345".into()));
        assert_eq!(phone("8123456"), Ok("8123456".into()));
        assert_eq!(phone("05264/123456"), Ok("05264/123456".into()));
        assert_eq!(phone("٠١٥١٢٣٤٥٦٧"), Ok("0151234567".into()));
        // Persian digits (U+06F0–U+06F9), as a Persian keyboard types them.
        assert_eq!(phone("+۴۹ ۱۵۱ ۲۳۴۵ ۶۷۸۹"), Ok("+49 151 2345 6789".into()));
        // In a sentence, the number in one piece.
        for (typed, number) in [
            ("Handy: 0151 2345678", "0151 2345678"),
            ("my number is +49 151 2345678.", "+49 151 2345678"),
            ("رقمي ٠١٥١٢٣٤٥٦٧", "0151234567"),
            ("Tel. 05264/123456", "05264/123456"),
            // With other words with digits, the one number (before: refused, and the
            // person had to find what was wrong with a phone number).
            ("0151 2345678 ab 18 Uhr", "0151 2345678"),
            ("Haus 5, 0151 2345678", "0151 2345678"),
        ] {
            assert_eq!(phone(typed), Ok(number.into()), "{typed}");
        }
        for bad in [
            "123",
            "call me",
            "49+151234567",
            "+49 151 2345 6789 1234 5678",
            "0151 2345678 oder 0160 1234567",
        ] {
            assert_eq!(phone(bad), Err(Refusal::Phone), "{bad}");
        }
    }

    /// Mobile numbers of the chat language's countries, typed without their code, are read
    /// with it; German mobile numbers and other lengths are not.
    #[test]
    fn foreign_mobile_numbers_are_read_with_their_code() {
        for (number, language, read) in [
            ("067 123 45 67", "uk", Some("+380 67 123 4567")),
            ("0501234567", "ru", Some("+380 50 123 4567")),
            ("0532 111 22 33", "tr", Some("+90 532 111 2233")),
            ("07701234567", "ar", Some("+964 770 123 4567")),
            ("0944 123 456", "ar", Some("+963 94 412 3456")),
            ("0799 123 456", "fa", Some("+93 79 912 3456")),
            ("0912 345 6789", "fa", Some("+98 912 345 6789")),
            ("0151 2345678", "uk", None),
            ("05264 12345", "uk", None),
            ("+380 67 123 45 67", "uk", None),
            ("067 123 45 67", "de", None),
            ("0532 111 22", "tr", None),
        ] {
            assert_eq!(
                foreign_mobile(number, language).as_deref(),
                read,
                "{number}"
            );
        }
    }

    /// Russian and Kazakh numbers in their trunk format get the country code; no other.
    #[test]
    fn trunk_eight_numbers_get_their_country_code() {
        for (typed, called) in [
            ("8 916 123-45-67", "+7 916 123-45-67"),
            ("89161234567", "+7 9161234567"),
            ("8(916)1234567", "+7 (916)1234567"),
            ("8-701-123-45-67", "+7 701-123-45-67"),
            // Not: a German number, a local one, an 8 before a 0, a number with a "+".
            ("0151 2345678", "0151 2345678"),
            ("8123456", "8123456"),
            ("8 0176 5544332", "8 0176 5544332"),
            ("8 (029) 123-45-67", "8 (029) 123-45-67"),
            ("+7 916 123 45 67", "+7 916 123 45 67"),
        ] {
            assert_eq!(with_country_code(typed), called, "{typed}");
        }
    }

    /// The words before the number and after it, without the punctuation around them.
    #[test]
    fn words_around_phones() {
        for (typed, before, after) in [
            ("0151 2345678 ab 18 Uhr", None, Some("ab 18 Uhr")),
            (
                "0 176 987 65 43 ama sadece aksamlari",
                None,
                Some("ama sadece aksamlari"),
            ),
            (
                "Мой номер +49 176 12345678, звоните после 14:00",
                Some("Мой номер"),
                Some("звоните после 14:00"),
            ),
            ("0151-2345678 (WhatsApp)", None, Some("WhatsApp")),
            ("۰۹۱۲ ۳۴۵ ۶۷۸۹ فقط بعد از ظهر", None, Some("فقط بعد از ظهر")),
            (
                "telefona min tune, hevalê min: 0157 1234567",
                Some("telefona min tune, hevalê min"),
                None,
            ),
            ("Handy: 0151 2345678", Some("Handy"), None),
            ("my number is +49 151 2345678.", Some("my number is"), None),
            ("Haus 5, 0151 2345678", Some("Haus 5"), None),
            ("0151 2345678", None, None),
            ("(0151) 2345678 !", None, None),
            // A bracket inside kept whole (a field test lost its ")").
            (
                "0171 9998887 Bitte rufen Sie mich an (Helferin Petra Schmidt)",
                None,
                Some("Bitte rufen Sie mich an (Helferin Petra Schmidt)"),
            ),
        ] {
            let number = phone(typed).unwrap();
            assert_eq!(
                words_around_phone(typed, &number),
                (before.map(str::to_string), after.map(str::to_string)),
                "{typed}"
            );
        }
    }

    #[test]
    fn invisible_controls_and_tabs() {
        assert_eq!(
            text("\u{202E}Haddad\u{202C}\u{2066}x\u{2069}\tSami\u{2028}", 100),
            Ok("Haddadx Sami".into())
        );
        assert_eq!(text("a\nb", 10), Ok("a\nb".into()));
    }

    /// Found by `fuzz_date_spellings`: a date or phone between direction marks (as phones
    /// write numbers inside Arabic or Persian text) was "unreadable".
    #[test]
    fn direction_marks_around_numbers() {
        for mark in ['\u{200E}', '\u{200F}', '\u{061C}'] {
            assert_eq!(
                date(&format!("{mark}3.12.1990{mark}"), DateRange::Past, today()),
                Ok(NaiveDate::from_ymd_opt(1990, 12, 3).unwrap()),
                "{mark:?}"
            );
            assert_eq!(
                phone(&format!("{mark}0151 2345678{mark}")),
                Ok("0151 2345678".into())
            );
            assert_eq!(text(&format!("{mark}Sami{mark}"), 10), Ok("Sami".into()));
        }
    }

    #[test]
    fn a_date_more_than_a_year_ahead_is_refused() {
        let today = today();
        let next_year = today + chrono::Days::new(300);
        let typo = today + chrono::Days::new(400);
        let fmt = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
        assert_eq!(date(&fmt(next_year), DateRange::Any, today), Ok(next_year));
        assert_eq!(
            date(&fmt(typo), DateRange::Any, today),
            Err(Refusal::DateTooFar)
        );
    }

    #[test]
    fn names_need_a_letter() {
        assert_eq!(name(" Haddad ", 100), Ok("Haddad".into()));
        assert_eq!(name("حداد", 100), Ok("حداد".into()));
        // A capital of two letters would grow past the limit (found by a fuzz target).
        assert_eq!(name("ß/startä", 8), Ok("ß/startä".into()));
        for bad in [".", "\u{200B}\u{200B}\u{200B}", "1", "--"] {
            assert!(name(bad, 100).is_err(), "{bad:?}");
        }
    }

    /// A name typed all in lower case reached the office so (a field test): capitalised
    /// as papers write it; one with any capital, or in another script, stays as typed.
    #[test]
    fn names_typed_in_lower_case_are_capitalised() {
        for (typed, written) in [
            ("sami haddad", "Sami Haddad"),
            ("al-hassan", "Al-Hassan"),
            ("o'connor-feuerstein", "O'Connor-Feuerstein"),
            ("ja'far", "Ja'far"),
            ("yılmaz", "Yılmaz"),
            ("şahin", "Şahin"),
            ("ruud van dijk", "Ruud van Dijk"),
            ("von der heide", "Von der Heide"),
            ("McDonald", "McDonald"),
            ("von der Heide", "von der Heide"),
            ("HADDAD", "HADDAD"),
            ("حداد", "حداد"),
        ] {
            assert_eq!(name(typed, 100).as_deref(), Ok(written), "{typed}");
        }
    }

    #[test]
    fn texts_and_numbers() {
        assert_eq!(text("  \u{2068}hi\u{2069}\u{0007} ", 10), Ok("hi".into()));
        assert_eq!(text(" \n ", 10), Err(Refusal::Empty));
        assert_eq!(text(&"ع".repeat(11), 10), Err(Refusal::TooLong { max: 10 }));
        assert_eq!(number("٣", 1, 20), Ok(3));
        assert_eq!(number("۱۲", 1, 20), Ok(12));
        assert_eq!(
            number("0", 1, 20),
            Err(Refusal::NumberRange { min: 1, max: 20 })
        );
        assert_eq!(number("three", 1, 20), Err(Refusal::Number));
        // A number with words around it, as people answer "how many?".
        for (typed, expected) in [
            ("3 Personen", 3),
            ("Wir sind 4.", 4),
            ("۳ نفر", 3),
            ("٥ أشخاص", 5),
            ("3 человека", 3),
            ("2 kişi", 2),
        ] {
            assert_eq!(number(typed, 1, 20), Ok(expected), "{typed}");
        }
        for unread in [
            "3 oder 4",
            "3+1",
            "2 Erwachsene, 1 Kind",
            "3er",
            "(3)",
            "drei",
        ] {
            assert_eq!(number(unread, 1, 20), Err(Refusal::Number), "{unread}");
        }
        assert_eq!(
            number("30 Personen", 1, 20),
            Err(Refusal::NumberRange { min: 1, max: 20 })
        );
        assert_eq!(email(" a@example.org "), Ok("a@example.org".into()));
        assert_eq!(email("a@example"), Err(Refusal::Email));
        for typed in [
            "sami@example. org",
            "sami @example.org",
            "sami@example.org.",
            " sami@ example .org ",
            // Words around it are not part of it (they were joined in: "нет:sami@…",
            // "meineMailistsami@…" reached the summary as the address).
            "нет: sami@example.org",
            "Meine Mail ist sami@example.org",
            "my email is sami @ example . org, thanks",
            "(sami@example.org)",
        ] {
            assert_eq!(email(typed), Ok("sami@example.org".into()), "{typed}");
        }
        // Two addresses: which one is meant is not known.
        assert_eq!(
            email("sami@example.org oder ali@example.org"),
            Err(Refusal::Email)
        );
        assert_eq!(
            email("ali۱۳۶۹@example.org"),
            Ok("ali1369@example.org".into())
        );
        for refused in [
            "sami@example,org",
            "sami example.org",
            "sami@@example.org",
            "@example.org",
        ] {
            assert_eq!(email(refused), Err(Refusal::Email), "{refused}");
        }
    }
}
