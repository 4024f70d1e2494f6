//! Hours said in words: "um zehn", "saat dokuzda", "о пів на десяту", "الساعة العاشرة",
//! "ساعت ده". The appointment question reads hours as digits; a field test of stop 70
//! found "dokuz buçuk", "halb zehn", "полдесятого" and "о пів на десяту" kept as "any
//! time", their hour lost. This module writes such words as digits, so that the reading of
//! hours ([`super::values::AppointmentHours`]) sees "saat 9da", "halb 10", "пол на 10".
//!
//! A number word is an hour only beside a word of hours ("saat", "um", "до", "الساعة")
//! or a word of half an hour after it ("buçuk", "و نیم"): "zwei Kinder" and "on Monday"
//! stay words. Words that are also everyday words elsewhere (Persian "نه", no; Turkish
//! "on", ten, and "bir", a; German "ein") need a word of the clock itself ("saat",
//! "ساعت", "Uhr"), not only "after" or "until". The lists are in code, like the words of
//! hours beside them in `values`: they are read the same way in every conversation.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::words::fold;

/// How much a number word needs around it to be an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Any word of hours before it ("after ten", "до одиннадцати"), or one after it.
    HourWord,
    /// A word of the clock right before it ("saat on", "ساعت نه"), or "Uhr", "o'clock" or a
    /// half hour after it: the word is also an everyday word.
    ClockWord,
}

/// The number words of the hours 1–12, by language; each with what it needs.
const HOURS: &[(&str, u16, Needs)] = {
    use Needs::{ClockWord as C, HourWord as H};
    &[
        // German.
        ("eins", 1, H),
        ("ein", 1, C),
        ("zwei", 2, H),
        ("drei", 3, H),
        ("vier", 4, H),
        ("fünf", 5, H),
        ("fuenf", 5, H),
        ("sechs", 6, H),
        ("sieben", 7, H),
        ("acht", 8, H),
        ("neun", 9, H),
        ("zehn", 10, H),
        ("elf", 11, H),
        ("zwölf", 12, H),
        ("zwoelf", 12, H),
        // English.
        ("one", 1, C),
        ("two", 2, H),
        ("three", 3, H),
        ("four", 4, H),
        ("five", 5, H),
        ("six", 6, H),
        ("seven", 7, H),
        ("eight", 8, H),
        ("nine", 9, H),
        ("ten", 10, H),
        ("eleven", 11, H),
        ("twelve", 12, H),
        // Turkish ("on bir", "on iki" are read as two words below).
        ("bir", 1, C),
        ("iki", 2, H),
        ("üç", 3, H),
        ("dört", 4, H),
        ("beş", 5, H),
        ("altı", 6, H),
        ("yedi", 7, H),
        ("sekiz", 8, H),
        ("dokuz", 9, H),
        ("on", 10, C),
        ("onbir", 11, H),
        ("oniki", 12, H),
        // Arabic: numbers, and the clock's ordinals ("الساعة العاشرة").
        ("واحدة", 1, H),
        ("اثنين", 2, H),
        ("اتنين", 2, H),
        ("ثنتين", 2, H),
        ("ثلاثة", 3, H),
        ("تلاتة", 3, H),
        ("اربعة", 4, H),
        ("خمسة", 5, H),
        ("ستة", 6, H),
        ("سبعة", 7, H),
        ("ثمانية", 8, H),
        ("تمانية", 8, H),
        ("تسعة", 9, H),
        ("تسع", 9, H),
        ("عشرة", 10, H),
        ("عشر", 10, H),
        ("حداشر", 11, H),
        ("حدعش", 11, H),
        ("احدعش", 11, H),
        ("اتناشر", 12, H),
        ("اطناش", 12, H),
        ("الواحدة", 1, H),
        ("الثانية", 2, H),
        ("الثالثة", 3, H),
        ("الرابعة", 4, H),
        ("الخامسة", 5, H),
        ("السادسة", 6, H),
        ("السابعة", 7, H),
        ("الثامنة", 8, H),
        ("التاسعة", 9, H),
        ("العاشرة", 10, H),
        // Arabic in Latin letters.
        ("wahde", 1, H),
        ("tnen", 2, H),
        ("tlate", 3, H),
        ("arba3a", 4, H),
        ("khamse", 5, H),
        ("sitte", 6, H),
        ("sab3a", 7, H),
        ("tmene", 8, H),
        ("tis3a", 9, H),
        ("tes3a", 9, H),
        ("3ashra", 10, H),
        ("3ashara", 10, H),
        ("7dash", 11, H),
        ("7da3sh", 11, H),
        ("tna3sh", 12, H),
        // Persian ("نه" is also "no", "یه" also "a").
        ("یک", 1, H),
        ("دو", 2, H),
        ("سه", 3, H),
        ("چهار", 4, H),
        ("پنج", 5, H),
        ("شش", 6, H),
        ("هفت", 7, H),
        ("هشت", 8, H),
        ("نه", 9, C),
        ("ده", 10, H),
        ("یازده", 11, H),
        ("دوازده", 12, H),
        // Kurmanji ("du" is German "you", "sê" is short).
        ("yek", 1, H),
        ("du", 2, C),
        ("sê", 3, C),
        // The clock's own form ("saet sisê": field test BJ of stop 71 got "any time").
        ("sisê", 3, H),
        ("çar", 4, H),
        ("pênc", 5, H),
        ("şeş", 6, H),
        ("heft", 7, H),
        ("heşt", 8, H),
        ("neh", 9, H),
        ("deh", 10, H),
        ("yazdeh", 11, H),
        ("dwazdeh", 12, H),
        ("duwazdeh", 12, H),
        // Russian: the numbers and their forms after "до", "после", "с".
        ("два", 2, H),
        ("двух", 2, H),
        ("три", 3, H),
        ("трех", 3, H),
        ("четыре", 4, H),
        ("четырех", 4, H),
        ("пять", 5, H),
        ("пяти", 5, H),
        ("шесть", 6, H),
        ("шести", 6, H),
        ("семь", 7, H),
        ("семи", 7, H),
        ("восемь", 8, H),
        ("восьми", 8, H),
        ("девять", 9, H),
        ("девяти", 9, H),
        ("десять", 10, H),
        ("десяти", 10, H),
        ("одиннадцать", 11, H),
        ("одиннадцати", 11, H),
        ("двенадцать", 12, H),
        ("двенадцати", 12, H),
        // Russian ordinals after "в половине" ("в половине десятого", 9:30).
        ("первого", 1, H),
        ("второго", 2, H),
        ("третьего", 3, H),
        ("четвертого", 4, H),
        ("пятого", 5, H),
        ("шестого", 6, H),
        ("седьмого", 7, H),
        ("восьмого", 8, H),
        ("девятого", 9, H),
        ("десятого", 10, H),
        ("одиннадцатого", 11, H),
        ("двенадцатого", 12, H),
        // Ukrainian: the numbers, and the clock's ordinals ("о десятій", "пів на десяту",
        // "до десятої", "десята").
        ("чотири", 4, H),
        ("шість", 6, H),
        ("сім", 7, H),
        ("вісім", 8, H),
        ("девʼять", 9, H),
        ("одинадцять", 11, H),
        ("дванадцять", 12, H),
        ("першій", 1, H),
        ("першу", 1, H),
        ("першої", 1, H),
        ("другій", 2, H),
        ("другу", 2, H),
        ("другої", 2, H),
        ("третій", 3, H),
        ("третю", 3, H),
        ("третьої", 3, H),
        ("четвертій", 4, H),
        ("четверту", 4, H),
        ("четвертої", 4, H),
        ("пʼятій", 5, H),
        ("пʼяту", 5, H),
        ("пʼятої", 5, H),
        ("шостій", 6, H),
        ("шосту", 6, H),
        ("шостої", 6, H),
        ("сьомій", 7, H),
        ("сьому", 7, H),
        ("сьомої", 7, H),
        ("восьмій", 8, H),
        ("восьму", 8, H),
        ("восьмої", 8, H),
        ("девʼятій", 9, H),
        ("девʼяту", 9, H),
        ("девʼятої", 9, H),
        ("десятій", 10, H),
        ("десяту", 10, H),
        ("десятої", 10, H),
        ("десята", 10, H),
        ("одинадцятій", 11, H),
        ("одинадцяту", 11, H),
        ("одинадцятої", 11, H),
        ("дванадцятій", 12, H),
        ("дванадцяту", 12, H),
        ("дванадцятої", 12, H),
    ]
};

/// Words after which a number word is an hour ([`Needs::HourWord`]): words of the clock,
/// of "at", "after", "until", of half an hour before ("halb", "пів на", "в половине").
static BEFORE_AN_HOUR: &[&str] = &[
    "um",
    "gegen",
    "ab",
    "bis",
    "nach",
    "vor",
    "halb",
    "at",
    "around",
    "about",
    "after",
    "before",
    "until",
    "till",
    "from",
    "past",
    "saat",
    "saati",
    "الساعة",
    "ساعة",
    "الساعه",
    "بعد",
    "قبل",
    "حوالي",
    "sa3a",
    "ساعت",
    "از",
    "تا",
    "saet",
    "saetê",
    "seet",
    "piştî",
    "berî",
    "в",
    "во",
    "о",
    "об",
    "до",
    "после",
    "с",
    "около",
    "пол",
    "половине",
    "після",
    "з",
    "із",
    "близько",
    "пів",
    "на",
    "половині",
    "than",
    "als",
    "чем",
    "ніж",
    "spätestens",
    "latest",
];

/// Words of the clock right before a number word ([`Needs::ClockWord`]).
static CLOCK_BEFORE: &[&str] = &[
    "um",
    "at",
    "saat",
    "الساعة",
    "ساعة",
    "الساعه",
    "sa3a",
    "ساعت",
    "saet",
    "saetê",
    "seet",
    "о",
];

/// Words right after a number word that make it an hour: of the clock and the part of the
/// day, of half an hour ("dokuz buçuk", "ده و نیم"), and Turkish "sonra", "önce", "kadar"
/// after a number with its ending.
static AFTER_AN_HOUR: &[&str] = &[
    "uhr",
    "oclock",
    "o'clock",
    "am",
    "pm",
    "час",
    "часа",
    "часов",
    "годині",
    "година",
    "buçuk",
    "bucuk",
    "buçukta",
    "nim",
    "nîv",
    "نیم",
    "ونیم",
    "نص",
    "ونص",
    "والنص",
    "والنصف",
    "ونصف",
    "sonra",
    "önce",
    "kadar",
    "صباحا",
    "مساء",
    "صبح",
];

/// Words that join a half hour to the number before it ("ده و نیم", "neh û nîv").
static HALF_JOINED_BY: &[&str] = &["و", "û", "u", "w", "wa"];

/// Words right after a number word that make it a count, whatever came before: "до двух
/// недель", "um zehn Minuten", "в другій половині дня" (in the afternoon).
static COUNTED: &[&str] = &[
    "minuten",
    "minute",
    "minutes",
    "min",
    "tage",
    "tagen",
    "days",
    "weeks",
    "wochen",
    "dakika",
    "gün",
    "hafta",
    "دقيقة",
    "دقائق",
    "دقايق",
    "دقیقه",
    "ایام",
    "روز",
    "минут",
    "минуты",
    "дней",
    "дня",
    "недель",
    "недели",
    "хвилин",
    "днів",
    "тижнів",
    "половине",
    "половині",
    "половина",
    "половину",
    "deqîqe",
    "roj",
];

/// Turkish endings written onto an hour word ("dokuzda", "ondan", "sekize kadar").
static TURKISH_ENDINGS: &[&str] = &[
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "a", "e", "ya", "ye",
];

/// The Turkish hour words, whose endings are read ([`TURKISH_ENDINGS`]).
const TURKISH_HOURS: &[&str] = &[
    "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on",
];

/// Russian words of half an hour written together with the next hour's ordinal
/// ("полдесятого", "пол-одиннадцатого": half an hour before ten, eleven).
const HALF_BEFORE_JOINED: &str = "пол";

/// The minutes said in words right after an hour ("ten thirty"), folded.
fn minutes_said(word: &str) -> Option<u16> {
    const MINUTES: [(&str, u16); 12] = [
        ("thirty", 30),
        ("fifteen", 15),
        ("dreißig", 30),
        ("dreissig", 30),
        ("fünfzehn", 15),
        ("otuz", 30),
        ("onbeş", 15),
        ("тридцать", 30),
        ("тридцять", 30),
        ("пятнадцать", 15),
        ("пʼятнадцять", 15),
        ("سی", 30),
    ];
    MINUTES
        .iter()
        .find(|(said, _)| fold(said) == word)
        .map(|(_, minutes)| *minutes)
}

/// [`HOURS`] folded, for looking up a folded word.
static HOUR_OF_WORD: LazyLock<HashMap<String, (u16, Needs)>> = LazyLock::new(|| {
    HOURS
        .iter()
        .map(|(word, hour, needs)| (fold(word), (*hour, *needs)))
        .collect()
});

/// Whether folded `word` is one of `list`, folded. The long lists are folded once
/// ([`FOLDED_LISTS`]); a short one as it is read.
fn among(list: &[&str], word: &str) -> bool {
    match FOLDED_LISTS
        .iter()
        .find(|(listed, _)| std::ptr::eq(*listed, list))
    {
        Some((_, folded)) => folded.contains(word),
        None => list.iter().any(|listed| fold(listed) == word),
    }
}

/// The long word lists of this module, folded once: an appointment answer is read up to
/// three times, each word against every list.
static FOLDED_LISTS: LazyLock<Vec<(&'static [&'static str], HashSet<String>)>> =
    LazyLock::new(|| {
        [
            BEFORE_AN_HOUR,
            CLOCK_BEFORE,
            AFTER_AN_HOUR,
            HALF_JOINED_BY,
            COUNTED,
            TURKISH_ENDINGS,
        ]
        .into_iter()
        .map(|list| (list, list.iter().map(|word| fold(word)).collect()))
        .collect()
    });

/// A word's letters and digits without the signs around it ("zehn," is "zehn").
fn core(chunk: &str) -> &str {
    chunk.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A Turkish hour word with its ending ("dokuzda": 9 and "da"), folded.
fn turkish_with_ending(word: &str) -> Option<(u16, &str)> {
    TURKISH_HOURS.iter().find_map(|base| {
        let base = fold(base);
        let ending = word.strip_prefix(base.as_str())?;
        among(TURKISH_ENDINGS, ending)
            .then(|| HOUR_OF_WORD.get(&base).map(|(hour, _)| (*hour, ending)))
            .flatten()
    })
}

/// `input` with the hours it says in words written in digits, folded; `None` where it says
/// none. "Dienstag um zehn" is "dienstag um 10", "saat dokuz buçukta" "saat 9 bucukta",
/// "полдесятого" "пол на 10", "on birde" "11de".
pub fn hours_in_digits(input: &str) -> Option<String> {
    let folded = fold(&super::values::clean_text(input));
    let chunks: Vec<&str> = folded.split_whitespace().collect();
    let word = |at: Option<usize>| {
        at.and_then(|at| chunks.get(at))
            .map_or("", |chunk| core(chunk))
    };
    let mut out: Vec<String> = Vec::with_capacity(chunks.len());
    let mut changed = false;
    let mut skip_next = false;
    for (at, chunk) in chunks.iter().enumerate() {
        if skip_next {
            skip_next = false;
            continue;
        }
        let this = core(chunk);
        let before = word(at.checked_sub(1));
        let after = word(Some(at + 1));
        let after_next = word(Some(at + 2));
        // "полдесятого", "пол-одиннадцатого": half an hour before the hour.
        if let Some(ordinal) = this
            .strip_prefix(HALF_BEFORE_JOINED)
            .map(|rest| rest.trim_start_matches('-'))
            && let Some((hour, _)) = HOUR_OF_WORD.get(ordinal)
            && ordinal.ends_with("ого")
        {
            out.push(format!("пол на {hour}"));
            changed = true;
            continue;
        }
        // Turkish "on bir", "on iki" (eleven, twelve), with an ending or without.
        if this == "on"
            && let Some((hour, ending)) = turkish_with_ending(after)
                .or_else(|| HOUR_OF_WORD.get(after).map(|(hour, _)| (*hour, "")))
            && (hour == 1 || hour == 2)
            && (!ending.is_empty()
                || among(CLOCK_BEFORE, before)
                || among(AFTER_AN_HOUR, after_next))
        {
            out.push(format!("{}{ending}", hour + 10));
            changed = true;
            skip_next = true;
            continue;
        }
        // Arabic "الحادية عشرة", "الثانية عشرة" (the eleventh, the twelfth hour).
        if among(&["عشرة", "عشر"], after)
            && among(
                &["الحادية", "احدى", "الثانية", "اثنا", "اثنتا", "اثني"],
                this,
            )
            && among(BEFORE_AN_HOUR, before)
        {
            let hour = if among(&["الحادية", "احدى"], this) {
                11
            } else {
                12
            };
            out.push(hour.to_string());
            changed = true;
            skip_next = true;
            continue;
        }
        let counted = among(COUNTED, after);
        let half_after = among(HALF_JOINED_BY, after)
            && among(
                &["nim", "nîv", "نیم", "نص", "نصف", "nos", "nus"],
                after_next,
            );
        let hour_after = among(AFTER_AN_HOUR, after) || half_after;
        // A Turkish hour with its ending ("dokuzda", "sekize kadar"): "on", "bir" and "beş"
        // with one ("onda", "birde", "beşte") only after "saat": "ondan önce" is also
        // "before that", and German "am besten" was "at 17:00" (field test BL of stop 71).
        if let Some((hour, ending)) = turkish_with_ending(this)
            && !counted
            && (![1, 5, 10].contains(&hour) || among(CLOCK_BEFORE, before))
            && (!["a", "e", "ya", "ye"].contains(&ending) || after == "kadar")
        {
            out.push(format!("{hour}{ending}"));
            changed = true;
            continue;
        }
        let hour = HOUR_OF_WORD.get(this).and_then(|(hour, needs)| {
            let said_as_hour = match needs {
                Needs::HourWord => among(BEFORE_AN_HOUR, before) || hour_after,
                Needs::ClockWord => among(CLOCK_BEFORE, before) || hour_after,
            };
            // "на" is a word of hours only after "пів", "пол" ("пів на десяту").
            let after_na_only = before == "на" && !among(&["пів", "пол"], word(at.checked_sub(2)));
            (said_as_hour && !counted && !after_na_only).then_some(*hour)
        });
        match hour {
            // "ten thirty", "dokuz otuz", "десять тридцать": the minutes said in words too
            // (field test BN of stop 71 read "Tuesday at ten thirty" as 10:00).
            Some(hour) if let Some(minutes) = minutes_said(after) => {
                out.push(format!("{hour}:{minutes:02}"));
                changed = true;
                skip_next = true;
            }
            Some(hour) => {
                out.push(chunk.replacen(this, &hour.to_string(), 1));
                changed = true;
            }
            None => out.push((*chunk).to_string()),
        }
    }
    changed.then(|| out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::{AFTER_AN_HOUR, BEFORE_AN_HOUR, CLOCK_BEFORE, COUNTED, hours_in_digits};

    #[test]
    fn hours_said_in_words_are_written_in_digits() {
        for (typed, digits) in [
            ("Dienstag um zehn", Some("dienstag um 10")),
            ("halb zehn", Some("halb 10")),
            ("ab elf Uhr", Some("ab 11 uhr")),
            ("ein Uhr", Some("1 uhr")),
            ("monday at ten", Some("monday at 10")),
            ("after eleven", Some("after 11")),
            ("salı dokuz buçuk", Some("sali 9 bucuk")),
            ("saat dokuzda", Some("saat 9da")),
            ("dokuzdan sonra", Some("9dan sonra")),
            ("saat on", Some("saat 10")),
            ("saat on birde", Some("saat 11de")),
            ("sekize kadar", Some("8e kadar")),
            ("во вторник в полдесятого", Some("во вторник в пол на 10")),
            ("в половине десятого", Some("в половине 10")),
            ("после десяти", Some("после 10")),
            ("до одиннадцати", Some("до 11")),
            ("у вівторок о пів на десяту", Some("у вівторок о пів на 10")),
            ("о десятій", Some("о 10")),
            ("до одинадцятої", Some("до 11")),
            ("الساعة العاشرة", Some("الساعه 10")),
            ("الساعة تسعة ونص", Some("الساعه 9 ونص")),
            ("ساعت ده", Some("ساعت 10")),
            ("ساعت نه و نیم", Some("ساعت 9 و نیم")),
            ("saet deh û nîv", Some("saet 10 u niv")),
            ("Pêncşem saet sisê", Some("pencsem saet 3")),
            ("Tuesday at ten thirty", Some("tuesday at 10:30")),
            ("salı saat dokuz otuz", Some("sali saat 9:30")),
            ("دوشنبه ساعت نه", Some("دوشنبه ساعت 9")),
        ] {
            assert_eq!(hours_in_digits(typed).as_deref(), digits, "{typed}");
        }
    }

    /// The long lists are looked up folded once, not folded word by word each time.
    #[test]
    fn long_lists_are_folded_once() {
        for list in [BEFORE_AN_HOUR, CLOCK_BEFORE, AFTER_AN_HOUR, COUNTED] {
            assert!(
                super::FOLDED_LISTS
                    .iter()
                    .any(|(folded, _)| std::ptr::eq(*folded, list))
            );
        }
        assert!(super::among(AFTER_AN_HOUR, "bucuk"));
        assert!(super::among(COUNTED, "gun"));
    }

    #[test]
    fn number_words_that_are_no_hours_stay_words() {
        for typed in [
            "zwei Kinder",
            "on Monday",
            "نه بعد از ساعت ۱۱",
            "nicht vor zehn Minuten",
            "в другій половині дня",
            "bir de perşembe",
            "ondan önce olmaz",
            "я и два ребенка",
            "du kannst",
            "any time",
            "Am besten vormittags",
            "die beste Zeit ist montags",
        ] {
            assert_eq!(hours_in_digits(typed), None, "{typed}");
        }
    }
}
