//! How a caseworker would write an address a newcomer could only write in their own script:
//! "вул. Шульштрасе 12, Калетал" as "Schulstraße 12, Kalletal", where the names' passport
//! tables give "Vul. Shulshtrase 12, Kaletal".
//!
//! Streets and villages in Germany have German names, which newcomers write as they hear
//! them. So a Cyrillic word is also read the German way (ш as sch, в as w, х as ch: the
//! reverse of how German is written in Cyrillic): where that reading ends in a German street
//! word ("штрасе", "штрассе", "плац"; in Arabic script "شتراسه" as written) the word is
//! the street's German name, and where it comes close to a place of the municipality
//! (`places` in the flow's `[flow]` table) it is that place as the municipality writes it;
//! Arabic script, which leaves most vowels out, names a place by its consonants. A word for
//! "street" in the person's language (`street_word` in `words.txt`: "вул.", "улица",
//! "شارع") is left out where the street's German name says Straße itself. Every other word
//! is spelled as the names of the person's documents are ([`script::latin_suggestion`]);
//! numbers and commas stay.
//!
//! The result is only ever shown as an approximation ("in lateinischen Buchstaben etwa: …"):
//! the post needs what is on the letterbox, and only the newcomer's own Latin letters are
//! taken as the address.

use super::script::{self, Script, capitalize};
use super::values;
use crate::name_spellings::NameSpellings;
use crate::words::{WordLists, fold};

/// German street words as their German reading of Cyrillic ends, and as they are written.
const CYRILLIC_READ_ENDINGS: [(&str, &str); 8] = [
    ("schtrasse", "straße"),
    ("schtrase", "straße"),
    ("strasse", "straße"),
    ("strase", "straße"),
    ("pljaz", "platz"),
    ("plaz", "platz"),
    ("gase", "gasse"),
    ("alee", "allee"),
];

/// German street words as people write them in Arabic script, and as they are written; the
/// longer spellings first (Persian writes the "a" before "شت": "اشتراسه").
const ARABIC_ENDINGS: [(&str, &str); 11] = [
    ("اشتراسه", "straße"),
    ("اشتراسة", "straße"),
    ("استراسه", "straße"),
    ("شتراسه", "straße"),
    ("شتراسة", "straße"),
    ("ستراسه", "straße"),
    ("ستراسة", "straße"),
    ("شتراسي", "straße"),
    ("شتراس", "straße"),
    ("بلاتس", "platz"),
    ("بلاتز", "platz"),
];

/// A Latin spelling of a short answer in another script, for the office to say it:
/// "Україна" as "Ukraina", "افغانستان" as "Afghanstan"; a house number or comma between
/// the words stays, in ASCII digits ("Головна 5": "Holovna 5"). An address also knows
/// the municipality's places: [`address_spelling`].
pub fn latin_spelling(text: &str, language: &str, spellings: &NameSpellings) -> Option<String> {
    address_spelling(text, language, &[], &WordLists::default(), spellings)
}

/// A Latin spelling of `address` as a German office would write it, when it is not in
/// Latin letters; `language` is the newcomer's (it decides how г is read: h in Ukrainian,
/// g in Russian). `None` when nothing readable comes out.
pub fn address_spelling(
    address: &str,
    language: &str,
    places: &[String],
    words: &WordLists,
    spellings: &NameSpellings,
) -> Option<String> {
    if script::is_latin(address) {
        return None;
    }
    let ukrainian = script::is_ukrainian(address, language);
    // Letters and the marks names keep inside a word (Ivano-Frankivsk).
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | 'ʼ' | '’');
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut rest = address;
    while let Some(first) = rest.chars().next() {
        let word = in_word(first);
        let end = rest
            .find(|c: char| in_word(c) != word)
            .unwrap_or(rest.len());
        let (run, after) = rest.split_at(end);
        runs.push((word, run));
        rest = after;
    }
    // "هوهن‌هاوزن": Persian writes a place's parts apart with a zero-width non-joiner; the
    // two parts were spelled "HuhnHavzn" (a field test). Where the joined word is a place,
    // it is read as one.
    let mut joined_places: Vec<(usize, String)> = Vec::new();
    for at in 0..runs.len().saturating_sub(2) {
        if let Some([(true, first), (false, "\u{200c}"), (true, second)]) = runs.get(at..at + 3)
            && let Reading::Place(place) = read_word(
                &format!("{first}{second}"),
                ukrainian,
                language,
                places,
                spellings,
            )
        {
            joined_places.push((at, place));
        }
    }
    let mut skip = 0;
    let mut read: Vec<(&str, Reading)> = Vec::new();
    for (at, (word, run)) in runs.iter().copied().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        if let Some((_, place)) = joined_places.iter().find(|(start, _)| *start == at) {
            read.push((run, Reading::Place(place.clone())));
            skip = 2;
            continue;
        }
        read.push((
            run,
            read_run(word, run, ukrainian, language, places, spellings),
        ));
    }
    let has_street = read
        .iter()
        .any(|(_, reading)| matches!(reading, Reading::Street(_) | Reading::StreetWord(_)));
    let mut spelled = String::new();
    let mut after_street_word = false;
    for (run, reading) in &read {
        match reading {
            // "вул." before "Шульштрасе": the German name says Straße itself; the word's
            // full stop goes with it.
            Reading::Word(_) if has_street && words.is_street_word(&fold(run)) => {
                after_street_word = true;
                continue;
            }
            // "ساكنين هسه بلانغه شتراسه رقم ٢٧" (we live now in Lange Straße number 27)
            // reached the office as "Saknin Hsh Blanghhstraße Rqm 27" (an Iraqi field
            // test): the sentence's common words are no part of the address.
            Reading::Word(_) if has_street && words.is_common_word(&fold(run)) => continue,
            Reading::Other(text) if after_street_word => {
                spelled.push_str(text.trim_start_matches('.'));
            }
            // "هاوپت اشتراسه", "شول‌اشتراسه": one German name, "…straße".
            Reading::StreetWord(ending) => {
                let joined = spelled.trim_end().len();
                spelled.truncate(joined);
                if spelled.ends_with(|c: char| c.is_ascii_alphabetic()) {
                    spelled.push_str(ending);
                } else {
                    spelled.push_str(&capitalize(ending));
                }
            }
            Reading::Street(text)
            | Reading::Place(text)
            | Reading::Word(text)
            | Reading::Other(text) => {
                spelled.push_str(text);
            }
        }
        after_street_word = false;
    }
    let spelled = spelled.split_whitespace().collect::<Vec<_>>().join(" ");
    let spelled = spelled.trim_matches([',', ' ']).to_string();
    spelled
        .chars()
        .any(|c| c.is_ascii_alphabetic())
        .then_some(spelled)
}

/// One run of an address read: a word, or what lies between words.
fn read_run(
    word: bool,
    run: &str,
    ukrainian: bool,
    language: &str,
    places: &[String],
    spellings: &NameSpellings,
) -> Reading {
    if word {
        return read_word(run, ukrainian, language, places, spellings);
    }
    // The zero-width non-joiner Persian puts inside a word joins nothing here.
    Reading::Other(
        values::normalize_digits(run)
            .replace(['،', '٬'], ",")
            .replace('؛', ";")
            .replace('\u{200c}', ""),
    )
}

/// One run of an address, read.
#[derive(Debug)]
enum Reading {
    /// A street's name with its German street word ("Schulstraße").
    Street(String),
    /// A German street word alone ("اشتراسه" after "هاوپت"): it ends the word before.
    StreetWord(&'static str),
    /// A place of the municipality, as it writes it.
    Place(String),
    /// Any other word.
    Word(String),
    /// What lies between words (digits, commas, spaces).
    Other(String),
}

fn read_word(
    word: &str,
    ukrainian: bool,
    language: &str,
    places: &[String],
    spellings: &NameSpellings,
) -> Reading {
    // As the person's documents would spell it: for any word that is not German.
    let passport = || {
        script::latin_suggestion(word, language, spellings)
            .unwrap_or_default()
            .to_lowercase()
    };
    if word
        .chars()
        .any(|c| script::script_of(c) == Script::Cyrillic)
    {
        let passport = passport();
        let german = german_reading(word, ukrainian);
        if let Some(place) = places
            .iter()
            .find(|place| close_to_place(&german, place) || close_to_place(&passport, place))
        {
            return Reading::Place(place.clone());
        }
        if let Some((stem, ending)) = CYRILLIC_READ_ENDINGS
            .iter()
            .find_map(|(read, ending)| Some((german.strip_suffix(read)?, *ending)))
        {
            return Reading::Street(capitalize(&format!("{stem}{ending}")));
        }
        return Reading::Word(capitalize(&passport));
    }
    let lowered = word.to_lowercase();
    if let Some((stem, ending)) = ARABIC_ENDINGS
        .iter()
        .find_map(|(written, ending)| Some((lowered.strip_suffix(written)?, *ending)))
    {
        if stem.is_empty() {
            return Reading::StreetWord(ending);
        }
        let stem = script::latin_suggestion(stem, language, spellings).unwrap_or_default();
        return Reading::Street(capitalize(&format!("{}{ending}", stem.to_lowercase())));
    }
    // Arabic script leaves most vowels out: its places are compared by their consonants.
    let passport = passport();
    if let Some(place) = places
        .iter()
        .find(|place| same_consonants(&passport, place))
    {
        return Reading::Place(place.clone());
    }
    Reading::Word(capitalize(&passport))
}

/// Cyrillic read as German would be written in it, lowercase: "Шульштрасе" "schulschtrase",
/// "Хоенхаузен" "choenchausen"; Ukrainian г is h ("Гауптштрасе": "hauptschtrase").
fn german_reading(word: &str, ukrainian: bool) -> String {
    let mut latin = String::new();
    for c in word.to_lowercase().chars() {
        let letters = match c {
            'а' => "a",
            'б' => "b",
            'в' => "w",
            'г' if ukrainian => "h",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ё' => "jo",
            'є' => "je",
            'ж' | 'ш' => "sch",
            'з' | 'с' => "s",
            'и' | 'і' => "i",
            'ї' => "ji",
            'й' => "j",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "ch",
            'ц' => "z",
            'ч' => "tsch",
            'щ' => "schtsch",
            'ы' => "y",
            'ю' => "ju",
            'я' => "ja",
            '-' => "-",
            _ => "",
        };
        latin.push_str(letters);
    }
    latin
}

/// Whether a lowercase reading is the municipality's `place` as heard: one letter off, two
/// in a long name, after the spellings that sound alike are made one (`sound_key`).
fn close_to_place(reading: &str, place: &str) -> bool {
    let (heard, written) = (sound_key(reading), sound_key(place));
    if heard.is_empty() || written.is_empty() {
        return false;
    }
    let allowed = if written.chars().count() >= 8 { 2 } else { 1 };
    strsim::damerau_levenshtein(&heard, &written) <= allowed
}

/// German spellings of one sound made one: "Hohenhausen" and "choenchausen" are both
/// "hoenausen", "Kalletal" and "kaletal" both "kaletal".
fn sound_key(word: &str) -> String {
    let lowered = word
        .to_lowercase()
        .replace('ß', "ss")
        .replace('ä', "a")
        .replace('ö', "o")
        .replace('ü', "u")
        .replace("sch", "s")
        .replace("ch", "h")
        .replace("ck", "k")
        .replace("tz", "z")
        .replace("ph", "f")
        .replace("ie", "i")
        .replace('w', "v");
    let mut key = String::new();
    for (at, c) in lowered
        .chars()
        .filter(char::is_ascii_alphabetic)
        .enumerate()
    {
        // A German h after a vowel is silent, and Russian writes it as х or not at all.
        if (c == 'h' && at > 0) || key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key
}

/// Whether a reading of Arabic script ("kalital", "huhnhawzn") has the consonants of the
/// municipality's `place` ("Kalletal", "Hohenhausen"), in order: at least three, since
/// fewer would name many words.
fn same_consonants(reading: &str, place: &str) -> bool {
    let consonants = |word: &str| -> String {
        let key = sound_key(word).replace('z', "s");
        key.chars()
            .enumerate()
            .filter(|&(at, c)| at == 0 || !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'v' | 'y'))
            .map(|(_, c)| c)
            .collect()
    };
    let written = consonants(place);
    // A final ه is a vowel in Persian ("تاله", Talle, read "Talh"): the vowel it writes
    // makes a short place's two consonants enough (a field test).
    let needed = if reading.ends_with('h') { 2 } else { 3 };
    written.chars().count() >= needed && consonants(reading) == written
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::LanguageWords;

    fn spelled(address: &str, language: &str) -> Option<String> {
        let places = ["Kalletal", "Hohenhausen", "Talle", "Lüdenhausen"].map(String::from);
        let words = LanguageWords {
            street_word: ["вул", "вулиця", "ул", "улица", "شارع", "خیابان"]
                .map(fold)
                .into(),
            words: ["ساكنين", "هسه", "رقم"].map(fold).into(),
            ..LanguageWords::default()
        };
        let mut lists = WordLists::default();
        lists.add(language, words);
        address_spelling(
            address,
            language,
            &places,
            &lists,
            &NameSpellings::default(),
        )
    }

    #[test]
    fn an_address_in_cyrillic_is_spelled_as_a_german_office_writes_it() {
        for (address, language, expected) in [
            (
                "вул. Шульштрасе 12, Калетал",
                "uk",
                "Schulstraße 12, Kalletal",
            ),
            (
                "Гауптштрасе 5, 32689 Хоенхаузен",
                "uk",
                "Hauptstraße 5, 32689 Hohenhausen",
            ),
            (
                "ул. Бангофштрассе 3, Каллеталь",
                "ru",
                "Bangofstraße 3, Kalletal",
            ),
            ("Кирхплац 1", "ru", "Kirchplatz 1"),
            // No German street word: the word for street stays, and words that are not
            // German are spelled as the names of the person's documents are.
            ("вул. Головна 5", "uk", "Vul. Holovna 5"),
            // Latin letters need no spelling.
            ("Schulstraße 12", "uk", ""),
        ] {
            assert_eq!(
                spelled(address, language).unwrap_or_default(),
                expected,
                "{address}"
            );
        }
    }

    #[test]
    fn an_address_in_arabic_script_keeps_its_german_street_word() {
        let spelled = spelled("شارع شولشتراسه ١٢، كالتال", "ar").unwrap_or_default();
        assert!(spelled.ends_with("straße 12, Kalletal"), "{spelled}");
        assert!(!spelled.contains("Shar"), "{spelled}");
        for (address, expected) in [
            ("خیابان شول‌اشتراسه ۱۲، کالتال", "Shulstraße 12, Kalletal"),
            ("هاوپت اشتراسه ۵", "Havptstraße 5"),
            ("اشتراسه ۵", "Straße 5"),
        ] {
            assert_eq!(self::spelled(address, "fa").as_deref(), Some(expected));
        }
        assert_eq!(
            self::spelled("شارع المحطة ٣، هوهنهاوزن", "ar").as_deref(),
            Some("Shar Almhta 3, Hohenhausen")
        );
        // A Persian field test: a place written in two parts ("هوهن‌هاوزن") and one ending
        // in a silent ه ("تاله", Talle) were not the municipality's places.
        assert_eq!(
            self::spelled("شول‌اشتراسه ۱۲، هوهن‌هاوزن", "fa").as_deref(),
            Some("Shulstraße 12, Hohenhausen")
        );
        let talle = self::spelled("کوچه لمگوئر ۵، تاله", "fa").unwrap_or_default();
        assert!(talle.ends_with("5, Talle"), "{talle}");
        // An Iraqi field test: the sentence's common words ("we live now", "number") were
        // spelled into the street's name.
        let spelled =
            self::spelled("ساكنين هسه بلانغه شتراسه رقم ٢٧ هوهنهاوزن", "ar").unwrap_or_default();
        assert!(spelled.ends_with("straße 27 Hohenhausen"), "{spelled}");
        assert!(
            !spelled.contains("Saknin") && !spelled.contains("Rqm"),
            "{spelled}"
        );
    }

    #[test]
    fn places_are_compared_by_sound() {
        assert!(close_to_place("choenchausen", "Hohenhausen"));
        assert!(close_to_place("kaletal", "Kalletal"));
        assert!(close_to_place("kalletal", "Kalletal"));
        assert!(!close_to_place("talle", "Kalletal"));
        assert!(!close_to_place("golowna", "Talle"));
        assert!(same_consonants("huhnhawzn", "Hohenhausen"));
        assert!(same_consonants("kalital", "Kalletal"));
        assert!(same_consonants("wystwrf", "Westorf"));
        assert!(!same_consonants("tl", "Talle"));
        assert!(!same_consonants("almhta", "Kalletal"));
    }
}
