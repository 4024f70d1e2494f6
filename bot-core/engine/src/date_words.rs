//! The words of dates as people write them ("15. März 1990", "15 марта 1990 г.",
//! "۲۴ اسفند ۱۳۶۹", "gestern"), kept as data beside the translations so that an
//! administrator who adds a language adds its words too: `locales/<lang>/dates.txt`.
//!
//! Each line is `key = name, name, …`; `#` starts a comment. Keys:
//!
//! - `1` … `12`: the months of the Gregorian calendar, in every form people write
//!   (Russian "марта" and "март", abbreviations, the Levantine "آذار" beside "مارس");
//! - `persian 1` … `persian 12`: the months of the Persian (Solar Hijri) calendar, in which
//!   Iranian and Afghan documents are dated (the Afghan names too: "حمل");
//! - `other`: words that may stand in a date and say nothing about it ("г.", "года", "th");
//! - `today`, `yesterday`, `tomorrow`, `day before yesterday`, `day after tomorrow`: a date
//!   said as a day ("heute", "вчора", "vorgestern"), for dates like the day of moving in.
//! - `days`, `weeks`, `months`, `ago`: a time ago ("vor einer Woche", "3 дня назад",
//!   "من أسبوع"): the units in every form and the words that say "ago"; `two days`,
//!   `two weeks`, `two months` for a language's dual ("يومين", "أسبوعين"). Kompass asks
//!   whether the date it counts is right. `last`: the words for last in "last week", "last
//!   month" ("letzte", "прошлой", "الماضي"): a week or month said so, outside birth dates,
//!   is asked for its day. `start`: the words for its start in "since the start of the
//!   month" ("Anfang", "начала", "اول"): its first day is offered (of last month with a
//!   word of `last`; Monday for a week).
//! - `one` … `ten`: numbers as words, for a time ago and for a count ("нас четверо");
//!   `and`: words that add to a count ("ich und zwei Kinder"), which then is asked again;
//!   `all`: words that say a count is everyone ("нас", "insgesamt", "we"): a count said
//!   with one of them before any `and` word is the answer ("нас трое: я, жена и сын", we
//!   are three: me, my wife and my son), unless a number follows the `and`.
//! - `monday` … `sunday`: the days of the week, the name to show first ("Montag, montags,
//!   Mo"), for the days someone can come to an appointment; `except`: words that turn a
//!   day round ("außer Freitag", "кроме пятницы"), after which no day is taken.
//!
//! The words of every language count in every conversation: a Ukrainian may write the
//! German "März" she reads on her letters. A word that two lines give different meanings
//! is an error. Names are compared folded ([`crate::words::fold`]); a word of at least three
//! letters also names a month when every name that starts with it is that month ("Sept",
//! "Dezem").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::words::{fold, read_file, strip_comment};

/// The file in a locale folder.
pub const DATES_FILE: &str = "dates.txt";

/// The calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Calendar {
    Gregorian,
    /// The Solar Hijri calendar of Iran and Afghanistan.
    Persian,
}

/// A month of a calendar, 1–12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub calendar: Calendar,
    pub number: u32,
}

/// The keys of the numbers as words, one first.
pub const NUMBER_KEYS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The keys of the ordinals: a button's place ("the second one").
const ORDINAL_KEYS: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];

/// The number a key of [`NUMBER_KEYS`] names ("three": 3).
fn number_of_key(key: &str) -> Option<u32> {
    NUMBER_KEYS
        .iter()
        .position(|known| *known == key)
        .and_then(|at| u32::try_from(at + 1).ok())
}

/// The keys of the days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The key of day `weekday` (Monday 1 … Sunday 7): "monday" … "sunday".
pub fn weekday_key(weekday: u8) -> Option<&'static str> {
    WEEKDAYS.get(usize::from(weekday.checked_sub(1)?)).copied()
}

/// The unit of a time ago.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgoUnit {
    Days,
    Weeks,
    Months,
}

/// A name's month and where it was written, for the message when another file disagrees.
#[derive(Debug, Clone)]
struct NamedMonth {
    month: Month,
    written_at: String,
}

/// The words of dates of every language, pooled.
#[derive(Debug, Clone, Default)]
pub struct DateWords {
    /// Folded names, their words joined by one space.
    names: BTreeMap<String, NamedMonth>,
    /// Folded days ("heute", "day after tomorrow" would be two words) and their distance
    /// from today in days, with where they were written.
    days: BTreeMap<String, (i64, String)>,
    /// Folded words that may stand in a date and say nothing.
    other: BTreeSet<String>,
    /// Folded units of a time ago, with the count a dual form says ("يومين": 2), else 0.
    units: BTreeMap<String, (AgoUnit, u32)>,
    /// Folded words that say "ago" ("vor", "назад", "önce").
    ago: BTreeSet<String>,
    /// Folded words for last in "last week" ("letzte", "прошлой").
    last: BTreeSet<String>,
    /// Folded words for the start in "since the start of the month" ("Anfang", "اول").
    start: BTreeSet<String>,
    /// Folded numbers as words ("einer", "два", "bir").
    numbers: BTreeMap<String, u32>,
    /// Folded ordinals ("zweite", "второй", "الثاني", "ikincisi"): a button's place.
    ordinals: BTreeMap<String, u32>,
    /// Folded words that may stand beside an ordinal in a message that only says which
    /// button ("the second one please", "ok the first", "yê sêyem").
    ordinal_with: BTreeSet<String>,
    /// Folded words that add people to a count ("und", "with", "مع").
    and: BTreeSet<String>,
    /// Folded words that say a count is everyone ("нас", "insgesamt").
    all: BTreeSet<String>,
    /// Folded words that name the people counted ("Personen", "kişi", "человек"): "4 kişi
    /// ben eşim 2 çocuk" says its count first.
    persons: BTreeSet<String>,
    /// Folded words and phrases that say someone comes alone ("allein", "وحدي", "nur
    /// ich"): a count of one.
    alone: BTreeSet<String>,
    /// Folded words for one person each ("ich", "Frau", "Sohn", "زوجتي", "eşim"): a list
    /// of them is a count ("ich, meine Frau und 2 Kinder": 4).
    members: BTreeSet<String>,
    /// Folded words for two people each, as Arabic's dual says them ("بنتين", two girls).
    pairs: BTreeSet<String>,
    /// Folded words that say whose ("meine", "my", "наш") and stand in such a list.
    mine: BTreeSet<String>,
    /// Folded words for the digit 0 ("null", "ноль", "sıfır"): with the number words of one
    /// to nine they spell a phone number said digit by digit ([`Self::digit`]).
    zeros: BTreeSet<String>,
    /// Folded words of years of age ("Jahre", "salî", "года", "yaşında"): "Keça min 3
    /// salî ye" (my daughter is 3) after a phone number says an age, not whose it is.
    years: BTreeSet<String>,
    /// Folded days of the week (their words joined by one space), Monday 1 … Sunday 7.
    weekdays: BTreeMap<String, u8>,
    /// Each language's name to show for each day of the week (the first of its line).
    weekday_names: BTreeMap<String, [Option<String>; 7]>,
    /// Each language's word to show for today, tomorrow and the day after (the first of
    /// its line), by the distance in days.
    day_names: BTreeMap<String, BTreeMap<i64, String>>,
    /// Folded words for the weekend ("Wochenende", "выходные"): Saturday and Sunday.
    weekend: BTreeSet<String>,
    /// Folded words that are a digit only in a number said digit by digit (`phone nine`):
    /// Persian "نه" is nine there and "no" everywhere else.
    phone_digits: BTreeMap<String, u32>,
    /// Folded words that turn a day of the week round ("außer", "кроме").
    except: BTreeSet<String>,
    /// Folded phrases that put what is told in the past ("last year", "پارسال").
    past: BTreeSet<String>,
    /// The most words a name has ("تشرين الأول": two).
    longest: usize,
}

impl DateWords {
    /// Adds `folder/dates.txt`; `false` when the folder has none.
    pub fn load_locale(&mut self, folder: &Path, diagnostics: &mut Diagnostics) -> bool {
        let file = folder.join(DATES_FILE);
        if !file.exists() {
            return false;
        }
        let Some(source) = read_file(&file, diagnostics) else {
            return true;
        };
        let mut named = BTreeSet::new();
        for (index, line) in source.lines().enumerate() {
            let line = strip_comment(line);
            if !line.is_empty() {
                self.parse_line(&file, index + 1, line, &mut named, diagnostics);
            }
        }
        let persian = named
            .iter()
            .any(|m: &Month| m.calendar == Calendar::Persian);
        for calendar in [Calendar::Gregorian, Calendar::Persian] {
            if calendar == Calendar::Persian && !persian {
                continue;
            }
            for number in 1..=12 {
                if !named.contains(&Month { calendar, number }) {
                    let key = key_of(Month { calendar, number });
                    diagnostics.push(Diagnostic::error(
                        &file,
                        None,
                        format!("month `{key}` has no name"),
                        format!("add a line `{key} = …` with its names"),
                    ));
                }
            }
        }
        true
    }

    fn parse_line(
        &mut self,
        file: &Path,
        line_number: usize,
        line: &str,
        named: &mut BTreeSet<Month>,
        diagnostics: &mut Diagnostics,
    ) {
        let mut problem = |problem: String, fix: String| {
            diagnostics.push(Diagnostic::error(file, Some(line_number), problem, fix));
        };
        let Some((key, entries)) = line.split_once('=') else {
            return problem(
                format!("`{line}` has no `=`"),
                "write `3 = …`, `persian 3 = …`, `today = …` or `other = …`, names separated by commas".into(),
            );
        };
        let key = key.trim();
        let entries = entries.split(',').map(str::trim).filter(|e| !e.is_empty());
        // Lines of single words, each into its set or map.
        let single_words = |problem: &mut dyn FnMut(String, String)| {
            entries
                .clone()
                .filter_map(|entry| {
                    let folded = fold(entry);
                    if is_word(&folded) {
                        Some(folded)
                    } else {
                        problem(
                            format!("`{entry}` is not one word of letters"),
                            "list single words (\"г\", \"Woche\"), separated by commas".into(),
                        );
                        None
                    }
                })
                .collect::<Vec<_>>()
        };
        let ago = match key {
            "days" => Some((AgoUnit::Days, 0)),
            "weeks" => Some((AgoUnit::Weeks, 0)),
            "months" => Some((AgoUnit::Months, 0)),
            "two days" => Some((AgoUnit::Days, 2)),
            "two weeks" => Some((AgoUnit::Weeks, 2)),
            "two months" => Some((AgoUnit::Months, 2)),
            _ => None,
        };
        let number = number_of_key(key);
        let phone_digit = key
            .strip_prefix("phone ")
            .and_then(number_of_key)
            .filter(|digit| *digit <= 9);
        if let Some(digit) = phone_digit {
            let words = single_words(&mut problem);
            return self
                .phone_digits
                .extend(words.into_iter().map(|word| (word, digit)));
        }
        if let Some(at) = ORDINAL_KEYS.iter().position(|known| *known == key) {
            let place = u32::try_from(at + 1).unwrap_or(u32::MAX);
            let words = single_words(&mut problem);
            return self
                .ordinals
                .extend(words.into_iter().map(|word| (word, place)));
        }
        match (key, ago, number) {
            ("other", _, _) => return self.other.extend(single_words(&mut problem)),
            ("ordinal_with", _, _) => {
                return self.ordinal_with.extend(single_words(&mut problem));
            }
            ("ago", _, _) => return self.ago.extend(single_words(&mut problem)),
            ("last", _, _) => return self.last.extend(single_words(&mut problem)),
            ("start", _, _) => return self.start.extend(single_words(&mut problem)),
            ("and", _, _) => return self.and.extend(single_words(&mut problem)),
            ("all", _, _) => return self.all.extend(single_words(&mut problem)),
            ("persons", _, _) => return self.persons.extend(single_words(&mut problem)),
            ("members", _, _) => return self.members.extend(single_words(&mut problem)),
            ("pairs", _, _) => return self.pairs.extend(single_words(&mut problem)),
            ("mine", _, _) => return self.mine.extend(single_words(&mut problem)),
            ("years", _, _) => return self.years.extend(single_words(&mut problem)),
            ("zero", _, _) => return self.zeros.extend(single_words(&mut problem)),
            ("weekend", _, _) => return self.weekend.extend(single_words(&mut problem)),
            (_, Some(unit), _) => {
                let words = single_words(&mut problem);
                return self
                    .units
                    .extend(words.into_iter().map(|word| (word, unit)));
            }
            (_, _, Some(number)) => {
                let words = single_words(&mut problem);
                return self
                    .numbers
                    .extend(words.into_iter().map(|word| (word, number)));
            }
            _ => {}
        }
        let weekday = WEEKDAYS
            .iter()
            .position(|day| *day == key)
            .and_then(|at| u8::try_from(at + 1).ok());
        if let Some(weekday) = weekday {
            let language = file
                .parent()
                .and_then(Path::file_name)
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
            for (at, entry) in entries.enumerate() {
                let folded = crate::words::fold_phrase(entry);
                // Arabizi's digits inside a word ("jum3a", Friday), not a number.
                if folded.is_empty() || !folded.split(' ').all(is_word) {
                    problem(
                        format!("`{entry}` is not a name made of letters"),
                        "write the day's name without digits or dots (\"Mo\", not \"Mo.\")".into(),
                    );
                    continue;
                }
                if at == 0 {
                    let names = self.weekday_names.entry(language.clone()).or_default();
                    if let Some(name) = names.get_mut(usize::from(weekday - 1)) {
                        *name = Some(entry.to_string());
                    }
                }
                match self.weekdays.get(&folded) {
                    Some(known) if *known != weekday => problem(
                        format!(
                            "`{entry}` is also `{}`",
                            weekday_key(*known).unwrap_or_default()
                        ),
                        "a name can name one day only: remove it from one of the two lines".into(),
                    ),
                    Some(_) => {}
                    None => {
                        self.weekdays.insert(folded, weekday);
                    }
                }
            }
            return;
        }
        if key == "except" || key == "past" || key == "alone" {
            // Phrases too ("ما بقدر", "last year"): a word of letters at least.
            for entry in entries {
                match crate::words::fold_phrase(entry) {
                    folded if folded.is_empty() => problem(
                        format!("`{entry}` is not a word of letters"),
                        "list the words (\"außer\", \"кроме\"), separated by commas".into(),
                    ),
                    folded if key == "past" => {
                        self.past.insert(folded);
                    }
                    folded if key == "alone" => {
                        self.alone.insert(folded);
                    }
                    folded => {
                        self.except.insert(folded);
                    }
                }
            }
            return;
        }
        let day = match key {
            "day before yesterday" => Some(-2),
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            "day after tomorrow" => Some(2),
            _ => None,
        };
        if let Some(offset) = day {
            let language = file
                .parent()
                .and_then(Path::file_name)
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
            for (at, entry) in entries.enumerate() {
                let folded = crate::words::fold_phrase(entry);
                if folded.is_empty() || folded.chars().any(|c| c.is_ascii_digit()) {
                    problem(
                        format!("`{entry}` is not a word of letters"),
                        "write the word for the day (\"heute\", \"вчора\")".into(),
                    );
                    continue;
                }
                if at == 0 {
                    self.day_names
                        .entry(language.clone())
                        .or_default()
                        .insert(offset, entry.to_string());
                }
                match self.days.get(&folded) {
                    Some((known, written_at)) if *known != offset => problem(
                        format!("`{entry}` means another day in {written_at}"),
                        "a word can mean one day only: remove it from one of the two lines".into(),
                    ),
                    Some(_) => {}
                    None => {
                        let written_at = format!("{}:{line_number}", file.display());
                        self.days.insert(folded, (offset, written_at));
                    }
                }
            }
            return;
        }
        let Some(month) = parse_key(key) else {
            return problem(
                format!("unknown key `{key}`"),
                "use a month's number (`1` … `12`), `persian 1` … `persian 12`, `today`, `yesterday`, `tomorrow`, `day before yesterday`, `day after tomorrow`, `days`, `weeks`, `months`, `two days`, `two weeks`, `two months`, `ago`, `last`, `start`, `one` … `ten`, `phone one` … `phone nine`, `first` … `fifth`, `ordinal_with`, `and`, `all`, `persons`, `alone`, `members`, `pairs`, `mine`, `years`, `zero`, `monday` … `sunday`, `weekend`, `except`, `past` or `other`".into(),
            );
        };
        named.insert(month);
        let written_at = format!("{}:{line_number}", file.display());
        for entry in entries {
            let words: Vec<String> = entry.split_whitespace().map(fold).collect();
            if words.is_empty() || !words.iter().all(|w| is_word(w)) {
                problem(
                    format!("`{entry}` is not a name made of letters"),
                    "write the month's name without digits or dots (\"Sept\", not \"Sept.\")"
                        .into(),
                );
                continue;
            }
            let folded = words.join(" ");
            match self.names.get(&folded) {
                Some(known) if known.month != month => problem(
                    format!(
                        "`{entry}` is month `{}` in {}",
                        key_of(known.month),
                        known.written_at
                    ),
                    "a name can name one month only: remove it from one of the two lines".into(),
                ),
                Some(_) => {}
                None => {
                    self.longest = self.longest.max(words.len());
                    self.names.insert(
                        folded,
                        NamedMonth {
                            month,
                            written_at: written_at.clone(),
                        },
                    );
                }
            }
        }
    }

    /// The month a folded name (its words joined by one space) names: a name as listed, or
    /// the start of names that all name the same month, at least three letters long.
    pub fn month(&self, folded: &str) -> Option<Month> {
        if let Some(named) = self.names.get(folded) {
            return Some(named.month);
        }
        if folded.chars().count() < 3 || folded.contains(' ') {
            return None;
        }
        let mut starting = self
            .names
            .range::<str, _>((
                std::ops::Bound::Included(folded),
                std::ops::Bound::Unbounded,
            ))
            .take_while(|(name, _)| name.starts_with(folded))
            .map(|(_, named)| named.month);
        let first = starting.next()?;
        starting.all(|month| month == first).then_some(first)
    }

    /// The month a folded name names as listed, not its start.
    pub fn month_named(&self, folded: &str) -> Option<Month> {
        self.names.get(folded).map(|named| named.month)
    }

    /// Every folded name with its month.
    pub fn names(&self) -> impl Iterator<Item = (&str, Month)> {
        self.names
            .iter()
            .map(|(name, named)| (name.as_str(), named.month))
    }

    /// How many days from today a folded phrase ("gestern") says: -1, 0 or 1.
    pub fn day_offset(&self, folded: &str) -> Option<i64> {
        self.days.get(folded).map(|(offset, _)| *offset)
    }

    /// How long ago folded `words` (digits as 0–9) say: a word of "ago", one unit, and a
    /// number right before it (a digit or a word) or none (one: "a week ago", "неделю
    /// назад"). `None` for anything else, for a number elsewhere ("من شهر 3": since March,
    /// not three months ago) and beside a month's name.
    pub fn ago(&self, words: &[String]) -> Option<(AgoUnit, u32)> {
        // "من شهر آذار" (since the month of March) names a month, not a time ago.
        if !words.iter().any(|word| self.ago.contains(word))
            || words.iter().any(|word| self.names.contains_key(word))
        {
            return None;
        }
        let number = |word: &String| self.count_in(word);
        let mut units = words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| self.units.get(word).map(|unit| (at, *unit)));
        let (at, (unit, dual)) = units.next()?;
        if units.next().is_some() {
            return None;
        }
        let before = at.checked_sub(1).and_then(|before| words.get(before));
        let count = match before.and_then(number) {
            Some(count) => count,
            None if dual > 0 => dual,
            None => 1,
        };
        // Only the number before the unit: any other says something else.
        let numbers = words
            .iter()
            .filter(|word| word.parse::<u32>().is_ok())
            .count();
        let counted = usize::from(before.is_some_and(|word| word.parse::<u32>().is_ok()));
        (numbers == counted && count > 0).then_some((unit, count))
    }

    /// The unit of "last week" or "last month" among `words` (folded): a word of `last` and
    /// one unit of weeks or months, without a number or a month's name. `None` otherwise.
    pub fn last_unit(&self, words: &[String]) -> Option<AgoUnit> {
        if !words.iter().any(|word| self.last.contains(word)) {
            return None;
        }
        self.one_period(words).map(|(unit, _)| unit)
    }

    /// The unit of "since the start of the month" among `words` (folded): a word of `start`
    /// and one unit of weeks or months, without a number or a month's name ("من اول
    /// الشهر" was a month ago: its "من" says ago too); `true` with a word of `last` ("seit
    /// Anfang letzten Monats"). `None` otherwise.
    pub fn start_of(&self, words: &[String]) -> Option<(AgoUnit, bool)> {
        if !words.iter().any(|word| self.start.contains(word)) {
            return None;
        }
        let (unit, dual) = self.one_period(words)?;
        (dual == 0).then(|| (unit, words.iter().any(|word| self.last.contains(word))))
    }

    /// Whether folded `words` hold a word of the start ("Anfang", "اول", "awal").
    pub fn says_start(&self, words: &[String]) -> bool {
        words.iter().any(|word| self.start.contains(word))
    }

    /// The one unit of weeks or months among `words` (folded), with the count its dual
    /// says, where no number or month's name stands among them.
    fn one_period(&self, words: &[String]) -> Option<(AgoUnit, u32)> {
        if words.iter().any(|word| {
            self.names.contains_key(word) || word.starts_with(|c: char| c.is_ascii_digit())
        }) {
            return None;
        }
        let mut units = words.iter().filter_map(|word| self.units.get(word));
        match (units.next(), units.next()) {
            (Some(&(unit @ (AgoUnit::Weeks | AgoUnit::Months), dual)), None) => Some((unit, dual)),
            _ => None,
        }
    }

    /// The number a word (folded) says, in any language ("zwei", "три", "واحد").
    pub fn number(&self, folded: &str) -> Option<u32> {
        self.numbers.get(folded).copied()
    }

    /// The place of the button a message names by its ordinal only: "the second one
    /// please", "ok the first", "ikincisi", "الثاني" (`words` folded). One ordinal, and
    /// every other word one of `ordinal_with`; `None` otherwise ("first name" is no button).
    pub fn ordinal_in(&self, words: &[String]) -> Option<u32> {
        let mut places = words.iter().filter_map(|word| self.ordinals.get(word));
        let place = *places.next()?;
        let only_beside = words
            .iter()
            .all(|word| self.ordinals.contains_key(word) || self.ordinal_with.contains(word));
        (places.next().is_none() && only_beside).then_some(place)
    }

    /// The one number word of two or more among `words` (folded), as a count: "четверо"
    /// in "нас четверо" is 4. `None` where there is none or more than one ("a family of
    /// four" has "a" too), for one (an article: "ein Kind"), and beside a word that adds
    /// to it ("ich und zwei Kinder" are three).
    pub fn number_in(&self, words: &[String]) -> Option<u32> {
        if self.adds_to_a_count(words) {
            return None;
        }
        let mut numbers = words.iter().filter_map(|word| self.numbers.get(word));
        match (numbers.next(), numbers.next()) {
            (Some(number), None) if *number >= 2 => Some(*number),
            _ => None,
        }
    }

    /// The count of a sentence that says it first and then who they are: "4 kişi ben eşim 2
    /// çocuk" (4 people: me, my wife, 2 children), "5 Personen: ich, meine Frau und 3
    /// Kinder" (a Turkish field test got "Please write one number for everyone"). The first
    /// number, in digits or a word, followed by a word of `persons` or `all`, where the
    /// numbers after it add up to no more than it ("5 people, 2 adults and 3 children";
    /// none: "3 people, me, my wife and our son");
    /// `None` else ("2 Personen und 3 Kinder" may be five: asked).
    pub fn count_said_first(&self, words: &[String]) -> Option<u32> {
        let at = words
            .iter()
            .position(|word| self.count_in(word).is_some())?;
        let count = words.get(at).and_then(|word| self.count_in(word))?;
        let named = words
            .get(at + 1)
            .is_some_and(|word| self.persons.contains(word) || self.all.contains(word));
        // "و2" (and 2): Arabic writes its "and" joined to the number.
        let after: u32 = self
            .with_glued_and_apart(words.get(at + 1..).unwrap_or_default())
            .iter()
            .filter_map(|word| self.count_in(word))
            .sum();
        // No number after it: "3 people, me my wife and our son" (a field test of stop 62
        // got "Please write one number").
        (named && after <= count).then_some(count)
    }

    /// The digit a folded word says, where it is a word for 0 (`zero`) or for 1 … 9 (`one`
    /// … `nine`, or `phone one` … `phone nine`): "null eins sieben drei …" is a phone
    /// number said digit by digit.
    pub fn digit(&self, folded: &str) -> Option<u32> {
        if self.zeros.contains(folded) {
            return Some(0);
        }
        if let Some(digit) = self.phone_digits.get(folded) {
            return Some(*digit);
        }
        self.number(folded).filter(|number| *number <= 9)
    }

    /// Whether folded `words` say someone of the family with a word of whose before it
    /// ("meine Frau", "my wife", "для мужа"): `mine` then `members`, the writer left out.
    pub fn names_a_member(&self, words: &[String]) -> bool {
        words.windows(2).any(|pair| match pair {
            [whose, member] => {
                self.mine.contains(whose) && self.members.contains(member) && whose != member
            }
            _ => false,
        })
    }

    /// Whether folded `word` names one person of the family in any language (`members`:
    /// "жена", "زوجتي", "eşim").
    pub fn is_member(&self, word: &str) -> bool {
        self.members.contains(word)
    }

    /// Whether folded `word` is a word of years of age in any language (`years`).
    pub fn is_years_word(&self, word: &str) -> bool {
        self.years.contains(word)
    }

    /// The count of people that `words` (folded) list, each a word of `members` or a number
    /// with the word after it: "me and my wife and 3 kids" (5), "я с мужем и двумя детьми"
    /// (4), "ben, eşim ve iki çocuğum" (4), "انا وزوجي و 3 اولاد" (5). A field test of stop
    /// 63 got "Please write one number for everyone" for all of them, and then typed the
    /// children only ("3 kids"), which the office read as everyone. `None` where a word is
    /// none of these, nor a word of `and`, `mine`, `all` or `persons` ("my children": how
    /// many is not said), or the list names fewer than two.
    pub fn members_count(&self, words: &[String]) -> Option<u32> {
        let words = self.with_glued_and_apart(words);
        let (mut total, mut parts) = (0u32, 0u32);
        let mut at = 0;
        while let Some(word) = words.get(at) {
            if let Some(count) = self.count_in(word) {
                // The number counts the word after it: "3 kids", "двумя детьми".
                let counted = words.get(at + 1)?;
                // Not a word of the list's own before any other: "five, me, my wife and 3 kids"
                // and "2, ich und 3 Kinder" say a count first, which the list does not make
                // (asked). After the start a person's word is counted ("eşim ve iki
                // çocuğum": Turkish counts in the singular), and one person is ("a baby").
                if self.count_in(counted).is_some()
                    || self.and.contains(counted)
                    || self.mine.contains(counted)
                    || self.all.contains(counted)
                    || self.persons.contains(counted)
                    || (parts == 0 && count != 1 && self.members.contains(counted))
                {
                    return None;
                }
                total = total.checked_add(count)?;
                parts += 1;
                at += 2;
                continue;
            }
            if self.members.contains(word) {
                total += 1;
                parts += 1;
            } else if self.pairs.contains(word) {
                total += 2;
                parts += 1;
            } else if !(self.and.contains(word)
                || self.mine.contains(word)
                || self.all.contains(word)
                || self.persons.contains(word))
            {
                return None;
            }
            at += 1;
        }
        (parts >= 2).then_some(total)
    }

    /// The number a folded word is: digits, or a number as a word ("vier", "два").
    fn count_in(&self, word: &str) -> Option<u32> {
        word.parse::<u32>()
            .ok()
            .or_else(|| self.numbers.get(word).copied())
    }

    /// `words` (folded) with an `and` of one letter outside ASCII written joined to the next
    /// word as a word of its own: Arabic writes its "و" so ("وزوجتي", "و٣"). Not a word of
    /// its own that starts so ("وحدي", alone; "واحد", one); not "w", Arabic's and in Latin
    /// letters ("wir sind 4" is a count).
    fn with_glued_and_apart(&self, words: &[String]) -> Vec<String> {
        words
            .iter()
            .flat_map(|word| {
                let mut letters = word.chars();
                match letters.next() {
                    Some(first)
                        if !first.is_ascii()
                            && !letters.as_str().is_empty()
                            && self.and.contains(&first.to_string())
                            && !self.alone.contains(word)
                            && !self.numbers.contains_key(word)
                            // Ukrainian "син" (son) is no Russian "с" (with) and "ин"
                            // ("2 я і син" got "write one number": field test AX of stop 69).
                            && !self.members.contains(word)
                            && !self.pairs.contains(word) =>
                    {
                        vec![first.to_string(), letters.as_str().to_string()]
                    }
                    _ => vec![word.clone()],
                }
            })
            .collect()
    }

    /// Whether `words` (folded) say the person is alone ("ich bin allein", "один я",
    /// "لوحدي"): a count of one, where "Please write a number" came (a field test). Not
    /// beside a word that adds to it ("allein mit zwei Kindern") or a number word.
    pub fn says_alone(&self, words: &[String]) -> bool {
        let words = &self.without_alone_phrases(words);
        !phrases_at(&self.alone, words).is_empty()
            && !words.iter().any(|word| {
                self.and.contains(word) || self.numbers.get(word).is_some_and(|n| *n >= 2)
            })
    }

    /// `words` with each `alone` phrase of several words as one word: the "bi" (with) of
    /// Kurmanji "bi tenê" (alone) adds no one to a count.
    fn without_alone_phrases(&self, words: &[String]) -> Vec<String> {
        let mut joined = words.to_vec();
        for phrase in self.alone.iter().filter(|phrase| phrase.contains(' ')) {
            let length = phrase.split(' ').count();
            let mut at = 0;
            while at + length <= joined.len() {
                if joined
                    .get(at..at + length)
                    .is_some_and(|span| span.join(" ") == *phrase)
                {
                    joined.splice(at..at + length, [phrase.clone()]);
                }
                at += 1;
            }
        }
        joined
    }

    /// Whether one of `words` (folded) adds to a count ("und", "with"): "ich und 2 Kinder"
    /// is no count of 2. Not where the count of everyone comes first, with a word saying
    /// so, and no number after the `and` ("нас трое: я, жена и сын": three; a Russian
    /// field test got "Please write one number for everyone").
    pub fn adds_to_a_count(&self, words: &[String]) -> bool {
        // "أنا وزوجتي و٣ أولاد" (me and my wife and 3 children): the "و" (and) apart.
        let glued = self.with_glued_and_apart(&self.without_alone_phrases(words));
        let words = &glued[..];
        let Some(first_and) = words.iter().position(|word| self.and.contains(word)) else {
            return false;
        };
        let (before, after) = words.split_at(first_and);
        let is_count = |word: &String| {
            word.starts_with(|c: char| c.is_ascii_digit()) || self.numbers.contains_key(word)
        };
        let everyone_first =
            before.iter().any(|word| self.all.contains(word)) && before.iter().any(is_count);
        !everyone_first || after.iter().any(is_count)
    }

    /// Whether one of `words` (folded), or a phrase of them, turns something round
    /// (`except`: "nicht", "außer", "hariç", "به جز").
    pub fn turns_round(&self, words: &[String]) -> bool {
        !self.turning_at(words).is_empty()
    }

    /// Where in `words` (folded) the words that turn something round stand; a phrase of
    /// several ("به جز") at its last word.
    pub fn turning_at(&self, words: &[String]) -> Vec<usize> {
        phrases_at(&self.except, words)
    }

    /// Whether `words` (folded) put what they tell in the past: "last year", "vor zwei
    /// Jahren", "پارسال", "a week ago", "last month". "My child was very sick last year"
    /// is no emergency (a field test got the emergency numbers at a form's notes).
    pub fn tells_of_the_past(&self, words: &[String]) -> bool {
        !phrases_at(&self.past, words).is_empty()
            || self.ago(words).is_some()
            || self.last_unit(words).is_some()
    }

    /// The days of the week `words` (folded) name, Monday 1 … Sunday 7, sorted, each once.
    /// A day with a word that turns it round beside it ("nicht freitags", "außer Freitag",
    /// "cuma hariç") is a day someone cannot come: where every day named is one, the
    /// office's days (Monday to Friday) without them ("jederzeit, aber nicht freitags" was
    /// any time, and Friday was lost); where some are not, those. None where such a word
    /// stands away from every day ("montags, aber nicht nachmittags": what it turns round
    /// is not known). A name of two words ("دو شنبه") is read as one.
    pub fn weekdays_in(&self, words: &[String]) -> Vec<u8> {
        self.weekday_reading(words)
            .map(|(can, not)| Self::days_from(&can, &not))
            .unwrap_or_default()
    }

    /// The days `words` name as possible and those a turning word turns round ("nicht am
    /// Freitag"); `None` where a turning word turns no day round ("montags, aber nicht
    /// nachmittags": the days are unknown).
    pub fn weekday_reading(&self, words: &[String]) -> Option<(Vec<u8>, Vec<u8>)> {
        let turned = self.turning_at(words);
        // Each day named, with where its name ends.
        let mut named: Vec<(u8, usize, usize)> = Vec::new();
        let mut at = 0;
        while let Some(word) = words.get(at) {
            let pair = words.get(at + 1).map(|next| format!("{word} {next}"));
            if let Some(day) = pair.as_ref().and_then(|pair| self.weekdays.get(pair)) {
                named.push((*day, at, at + 1));
                at += 2;
                continue;
            }
            if let Some(day) = self.weekdays.get(word) {
                named.push((*day, at, at));
            }
            // "only weekends" got "choose one of the options" (a field test): Saturday and
            // Sunday, when the office says it is closed.
            if self.weekend.contains(word) {
                named.extend([(6, at, at), (7, at, at)]);
            }
            at += 1;
        }
        // A turning word is the day's that follows it within two words ("nicht am Freitag",
        // "not on Monday"); else, written after the day ("cuma hariç"), the day just before
        // it, or two before where it ends the message or with one word after it ("cuma günü
        // olmaz", "Monday is not possible"). A turning word with no such day ("montags, aber
        // nicht nachmittags") leaves the days unknown.
        let last = words.len().saturating_sub(1);
        let mut not: Vec<u8> = Vec::new();
        for &turn in &turned {
            let after = named
                .iter()
                .find(|&&(_, start, _)| turn < start && start <= turn + 2);
            let before = || {
                named
                    .iter()
                    .rev()
                    .find(|&&(_, _, end)| end + 1 == turn || (end + 2 == turn && turn + 1 >= last))
            };
            match after.or_else(before) {
                Some(&(day, _, _)) => not.push(day),
                None => return None,
            }
        }
        let can: Vec<u8> = named.iter().map(|&(day, _, _)| day).collect();
        Some((can, not))
    }

    /// The days of [`Self::weekday_reading`]: those named and not turned round, or, where
    /// every day named is turned round, the other working days.
    pub fn days_from(named: &[u8], not: &[u8]) -> Vec<u8> {
        let can: Vec<u8> = named
            .iter()
            .copied()
            .filter(|day| !not.contains(day))
            .collect();
        let mut days: Vec<u8> = if can.is_empty() && !not.is_empty() {
            (1..=5).filter(|day| !not.contains(day)).collect()
        } else {
            can
        };
        days.sort_unstable();
        days.dedup();
        days
    }

    /// The name of day `weekday` (Monday 1 … Sunday 7) to show in `lang`: the first of its
    /// line, else the English one.
    pub fn weekday_name(&self, lang: &str, weekday: u8) -> Option<&str> {
        let index = usize::from(weekday.checked_sub(1)?);
        [lang, "en"]
            .into_iter()
            .find_map(|lang| self.weekday_names.get(lang)?.get(index)?.as_deref())
    }

    /// The day of the week a folded name (its words joined by one space) names, Monday 1 …
    /// Sunday 7.
    pub fn weekday(&self, folded: &str) -> Option<u8> {
        self.weekdays.get(folded).copied()
    }

    /// The word to show in `lang` for the day `offset` days from today ("morgen" for 1):
    /// the first of its line.
    pub fn day_name(&self, lang: &str, offset: i64) -> Option<&str> {
        self.day_names.get(lang)?.get(&offset).map(String::as_str)
    }

    /// Whether a folded word is a word of `and` ("und", "w", "ve").
    pub fn is_and(&self, folded: &str) -> bool {
        self.and.contains(folded)
    }

    /// Whether a folded word may stand in a date without saying anything about it.
    /// Whether folded `word` is a word for last ("letzten", "прошлый", "geçen").
    pub fn is_last(&self, folded: &str) -> bool {
        self.last.contains(folded)
    }

    pub fn is_other(&self, folded: &str) -> bool {
        self.other.contains(folded)
    }

    /// The most words a name has.
    pub fn longest_name(&self) -> usize {
        self.longest
    }
}

/// A word of letters; Arabizi writes some letters as digits inside a word ("wa7ed", one).
fn is_word(folded: &str) -> bool {
    folded.starts_with(char::is_alphabetic) && folded.chars().all(char::is_alphanumeric)
}

fn parse_key(key: &str) -> Option<Month> {
    let (calendar, number) = match key.strip_prefix("persian") {
        Some(number) => (Calendar::Persian, number.trim()),
        None => (Calendar::Gregorian, key),
    };
    let number: u32 = number.parse().ok()?;
    (1..=12)
        .contains(&number)
        .then_some(Month { calendar, number })
}

fn key_of(month: Month) -> String {
    match month.calendar {
        Calendar::Gregorian => month.number.to_string(),
        Calendar::Persian => format!("persian {}", month.number),
    }
}

/// Where in `words` (folded) the words or phrases of `listed` stand; a phrase of several
/// ("به جز") at its last word.
fn phrases_at(listed: &BTreeSet<String>, words: &[String]) -> Vec<usize> {
    let mut found: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, word)| listed.contains(*word))
        .map(|(at, _)| at)
        .collect();
    for phrase in listed.iter().filter(|phrase| phrase.contains(' ')) {
        let length = phrase.split(' ').count();
        for at in 0..words.len().saturating_sub(length - 1) {
            if words[at..at + length].join(" ") == *phrase {
                found.push(at + length - 1);
            }
        }
    }
    found
}

/// The Gregorian date of a date of the Persian (Solar Hijri) calendar.
pub fn persian_to_gregorian(year: i32, month: u32, day: u32) -> Option<chrono::NaiveDate> {
    let persian = icu_calendar::Date::try_new_persian(
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    let iso = persian.to_calendar(icu_calendar::Iso);
    chrono::NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn load(files: &[(&str, &str)]) -> (DateWords, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        let mut months = DateWords::default();
        let mut diagnostics = Diagnostics::default();
        for (lang, text) in files {
            let folder = dir.path().join(lang);
            fs::create_dir_all(&folder).unwrap();
            fs::write(folder.join(DATES_FILE), text).unwrap();
            months.load_locale(&folder, &mut diagnostics);
        }
        (months, diagnostics)
    }

    /// The twelve Gregorian months, named `<prefix>x`, `<prefix>xx`, … (names no other
    /// test uses).
    fn all_twelve(prefix: &str) -> String {
        (1..=12)
            .map(|n| format!("{n} = {prefix}{}\n", "x".repeat(n)))
            .collect()
    }

    const GERMAN: &str = "1 = Januar, Jan, Jänner\n2 = Februar, Feb\n3 = März, Mär, Maerz\n\
        4 = April\n5 = Mai\n6 = Juni\n7 = Juli\n8 = August\n9 = September, Sept, Sep\n\
        10 = Oktober\n11 = November\n12 = Dezember, Dez\nother = den\n";

    #[test]
    fn names_prefixes_and_other_words() {
        let (months, diagnostics) = load(&[
            ("de", GERMAN),
            ("ar", &format!("{}3 = آذار, مارس\n", all_twelve("ع"))),
        ]);
        assert_eq!(diagnostics.errors().count(), 0, "{diagnostics:?}");
        let gregorian = |number| {
            Some(Month {
                calendar: Calendar::Gregorian,
                number,
            })
        };
        assert_eq!(months.month("marz"), gregorian(3));
        assert_eq!(months.month(&fold("März")), gregorian(3));
        assert_eq!(months.month(&fold("أذار")), gregorian(3));
        // Starts of names: one month only, three letters at least.
        assert_eq!(months.month("dezem"), gregorian(12));
        assert_eq!(months.month("okt"), gregorian(10));
        assert_eq!(months.month("ju"), None);
        assert_eq!(months.month("jun"), gregorian(6));
        // "Ma" starts März and Mai; "Mär…" only März.
        assert_eq!(months.month("ma"), None);
        assert!(months.is_other("den"));
        assert!(!months.is_other("marz"));
    }

    #[test]
    fn problems_name_file_line_and_fix() {
        let (_, diagnostics) = load(&[
            ("de", GERMAN),
            (
                "xx",
                "3 = März\n13 = Smarch\n4 = Apr.\nother = zwei Worte\nfebruar\n",
            ),
        ]);
        let text: Vec<String> = diagnostics.errors().map(|d| d.to_string()).collect();
        let has = |part: &str| text.iter().any(|t| t.contains(part));
        assert!(has("xx/dates.txt:2: error: unknown key `13`"), "{text:?}");
        assert!(
            has("xx/dates.txt:3: error: `Apr.` is not a name"),
            "{text:?}"
        );
        assert!(has("`zwei Worte` is not one word"), "{text:?}");
        assert!(
            has("xx/dates.txt:5: error: `februar` has no `=`"),
            "{text:?}"
        );
        assert!(has("month `1` has no name"), "{text:?}");
        // The same name for another month, in another file.
        let (_, diagnostics) = load(&[
            ("de", GERMAN),
            ("xx", &format!("{}5 = Mär\n", all_twelve("q"))),
        ]);
        let text: Vec<String> = diagnostics.errors().map(|d| d.to_string()).collect();
        assert!(
            text.iter()
                .any(|t| t.contains("`Mär` is month `3` in") && t.contains("de/dates.txt:3")),
            "{text:?}"
        );
    }

    #[test]
    fn days_say_one_day_each() {
        let (words, diagnostics) = load(&[
            (
                "de",
                &format!("{GERMAN}today = heute\nyesterday = gestern\n"),
            ),
            (
                "xx",
                &format!("{}tomorrow = gestern, übermorgen\n", all_twelve("q")),
            ),
        ]);
        let text = diagnostics.to_string();
        assert!(text.contains("`gestern` means another day in"), "{text}");
        assert_eq!(words.day_offset("heute"), Some(0));
        assert_eq!(words.day_offset("gestern"), Some(-1));
        assert_eq!(words.day_offset("ubermorgen"), Some(1));
    }

    #[test]
    fn persian_months_need_all_twelve() {
        let (months, diagnostics) = load(&[(
            "fa",
            &format!("{}persian 12 = اسفند, حوت\n", all_twelve("ف")),
        )]);
        let text: Vec<String> = diagnostics.errors().map(|d| d.to_string()).collect();
        assert!(
            text.iter()
                .any(|t| t.contains("month `persian 1` has no name")),
            "{text:?}"
        );
        assert_eq!(
            months.month(&fold("حوت")),
            Some(Month {
                calendar: Calendar::Persian,
                number: 12
            })
        );
    }
}
