//! German office words as newcomers write them in Cyrillic letters: "мельдебешайнигунг",
//! "бехандлунгсшайн", "фіктіонсбешайнігунг". People from Ukraine and Russia learn these
//! words by ear at the counter and write them in their own letters; the topic words list
//! them in German ("Meldebescheinigung"). Both are reduced to a rough key of their sound,
//! and the keys are compared.
//!
//! The key keeps what Russian and Ukrainian writers keep apart and merges what they spell
//! in several ways: German "sch" and "ш" are one sound, "ei" and "ай", "w"/"v"/"f" and
//! "в"/"ф", "z" and "ц" (with "t": "Fiktion" is written "фікціон" and "фіктіон"), "g", "h",
//! "ch" and "г", "х" (Ukrainian writes the German "g" and "h" both as "г"). A silent "h"
//! after a vowel ("Wohngeld", "вонгельд") and doubled letters are dropped.
//!
//! A key starts with [`KEY_MARK`], so that it is compared with keys only. Only keys of
//! [`MIN_KEY_LETTERS`] or more letters are made: shorter German words and stems have keys
//! that ordinary Russian or Ukrainian words share ("bedroh" and "бедро", the thigh).
//!
//! Arabic and Persian speakers write the same words in their letters ("الجوب سنتر",
//! "سوسیال امت", "کرانکن کاسه"), by the consonants and the long vowels, often split where
//! the German compound joins. For them both sides are reduced to their consonants
//! ([`german_consonants`], [`arabic_script_keys`]), a sentence's words also joined by two
//! and three, and a key fits only the same key, of [`MIN_CONSONANTS`] consonants or more.

use super::script::is_arabic_letter;
use super::topics::ARABIC_ARTICLES;

/// The first character of every key: a key equals no word.
pub(super) const KEY_MARK: char = '\u{1}';

/// The first character of a key of German consonants ([`german_consonants`],
/// [`arabic_script_keys`]): compared only with keys of the same kind.
pub(super) const CONSONANTS_MARK: char = '\u{4}';

/// Consonant keys shorter than this are not made, and a key fits only the same key: Arabic
/// and Persian words leave short vowels out too, and four consonants are shared by
/// everyday words ("پرونده", a file, is "brennt"; "باردار", pregnant, "Berater"; "درمان",
/// treatment, "Termin"), as a key's start is ("Kinder…" is "Agentur").
const MIN_CONSONANTS: usize = 5;

/// How many words of a sentence are joined into one German word: "جوب سنتر" (Jobcenter),
/// "آوسلندر بهورده" (Ausländerbehörde), "ملده بشاینیگونگ" (Meldebescheinigung) split a
/// compound where the German parts are.
const MAX_JOINED_WORDS: usize = 3;

/// Whether `word` is a key of this module.
pub(super) fn is_sound_key(word: &str) -> bool {
    word.starts_with([KEY_MARK, CONSONANTS_MARK])
}

/// Keys shorter than this are not made (see the module docs).
const MIN_KEY_LETTERS: usize = 6;

/// The key of a German word as [`crate::words::fold`] leaves it (lower case, umlauts
/// without their dots, "ß" as "ss"), or `None` for a word of other letters or too short.
pub(super) fn german_key(folded: &str) -> Option<String> {
    // Before "sch" becomes one letter: "st" and "sp" at the start sound "sht", "shp".
    let word = respelled(
        folded,
        &[("st", "St"), ("sp", "Sp")],
        &[
            ("tsch", "C"),
            ("sch", "S"),
            // Not the silent "h" below: "Nacht" is "нахт".
            ("ch", "H"),
            ("ck", "k"),
            ("ph", "f"),
            ("qu", "kf"),
            ("tz", "t"),
            ("ie", "i"),
            ("ei", "ai"),
            ("ey", "ai"),
            ("ay", "ai"),
            ("eu", "oi"),
            ("ce", "te"),
            ("ci", "ti"),
        ],
    )?;
    let letters: Vec<char> = word.chars().collect();
    let is_vowel = |c: Option<&char>| c.is_some_and(|c| "aeiou".contains(*c));
    let mut key = String::with_capacity(word.len() + 1);
    key.push(KEY_MARK);
    for (at, &letter) in letters.iter().enumerate() {
        // A silent "h" lengthens the vowel before it: "Wohngeld", "Zähler".
        if letter == 'h'
            && at > 0
            && is_vowel(letters.get(at - 1))
            && !is_vowel(letters.get(at + 1))
        {
            continue;
        }
        key.push_str(match letter {
            'z' => "t",
            'c' => "k",
            'x' => "ks",
            'v' | 'w' => "f",
            'g' | 'H' => "h",
            'y' | 'j' => "i",
            _ => {
                key.push(letter);
                continue;
            }
        });
    }
    finish(key)
}

/// A German word as [`crate::words::fold`] leaves it with its start spelled as `starts`
/// say (the first that fits) and then every spelling of `spellings` replaced in turn;
/// `None` for a word of other letters.
fn respelled(folded: &str, starts: &[(&str, &str)], spellings: &[(&str, &str)]) -> Option<String> {
    if !folded.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut word = match starts
        .iter()
        .find_map(|(start, sound)| Some((sound, folded.strip_prefix(start)?)))
    {
        Some((sound, rest)) => format!("{sound}{rest}"),
        None => folded.to_string(),
    };
    for (spelling, sound) in spellings {
        word = word.replace(spelling, sound);
    }
    Some(word)
}

/// The key of a word in Cyrillic letters, or `None` for a word with other letters or too
/// short.
pub(super) fn cyrillic_key(word: &str) -> Option<String> {
    let mut key = String::with_capacity(word.len());
    key.push(KEY_MARK);
    for letter in word.chars().flat_map(char::to_lowercase) {
        key.push_str(match letter {
            'а' | 'я' => "a",
            'б' => "b",
            'в' | 'ф' => "f",
            'г' | 'ґ' | 'х' => "h",
            'д' => "d",
            'е' | 'є' | 'э' => "e",
            'ё' => "o",
            'ж' => "Z",
            'з' | 'с' => "s",
            'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'т' | 'ц' => "t",
            'у' | 'ю' => "u",
            'ч' => "C",
            'ш' => "S",
            'щ' => "SC",
            'ъ' | 'ь' => "",
            _ => return None,
        });
    }
    finish(key)
}

/// Doubled letters made one ("Krankenkasse", "уммельдунг"); `None` if too short.
fn finish(mut key: String) -> Option<String> {
    let mut previous = None;
    key.retain(|c| {
        let keep = previous != Some(c);
        previous = Some(c);
        keep
    });
    (key.chars().count() > MIN_KEY_LETTERS).then_some(key)
}

/// A vowel, or a letter of no sound of its own, in a spelling on its way to a consonant key:
/// kept until doubled letters and "ts" are merged, which must stand side by side in the
/// spelling.
const VOWEL: char = '.';

/// The consonants of a German word as [`crate::words::fold`] leaves it, grouped as Arabic
/// and Persian writers spell them (see [`arabic_script_keys`]), or `None` for a word of
/// other letters or with fewer than [`MIN_CONSONANTS`] consonants.
pub(super) fn german_consonants(folded: &str) -> Option<String> {
    // Before "sch" becomes one letter: "st" and "sp" at the start sound "sht", "shp"
    // ("شتویر", Steuer). "Job" is said as in English ("جوب").
    let word = respelled(
        folded,
        &[("st", "St"), ("sp", "Sp"), ("job", "kob")],
        &[
            ("sch", "S"),
            // "ch" after "a", "o", "u" is "خ" ("هوخ شوله", Hochschule), else "ش" ("بفلیشت",
            // Pflicht); not the silent "h" below.
            ("ach", "aH"),
            ("och", "oH"),
            ("uch", "uH"),
            ("ch", "S"),
            ("ck", "k"),
            ("ph", "f"),
            ("qu", "kf"),
            ("tion", "sion"),
            ("ce", "se"),
            ("ci", "si"),
            ("x", "ks"),
        ],
    )?;
    let letters: Vec<char> = word.chars().collect();
    let is_vowel = |c: Option<&char>| c.is_some_and(|c| "aeiouy".contains(*c));
    let mut spelled = String::with_capacity(word.len());
    for (at, &letter) in letters.iter().enumerate() {
        spelled.push(match letter {
            // A silent "h" lengthens the vowel before it: "Wohngeld" is "فون گلد".
            'h' if at > 0 && is_vowel(letters.get(at - 1)) && !is_vowel(letters.get(at + 1)) => {
                VOWEL
            }
            'j' | 'y' if at == 0 => 'y',
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'j' => VOWEL,
            // "sch" and "s" are one: "st" and "sp" after "be", "ge" are "scht", "schp" for
            // the ear ("بیشتیتیغونغ", Bestätigung), and "sch" is "s" in other spellings.
            'z' | 'S' => 's',
            'd' => 't',
            'p' => 'b',
            'g' | 'c' | 'q' => 'k',
            'v' | 'w' => 'f',
            'H' => 'h',
            other => other,
        });
    }
    finish_consonants(&spelled)
}

/// The consonant keys a sentence's Arabic-script words may be German words by, for each
/// word: the word alone, without an article ("الجوب" for "Job…"), and joined with the
/// words after it (up to [`MAX_JOINED_WORDS`]), each key with the number of words it was
/// made of. Arabic and Persian writers spell a German word by its consonants and long
/// vowels, and spell its consonants in several ways: "g" as "غ", "ج", "گ" or "ک", "w" and
/// "v" as "ف" or "و", "z" as "ز", "س" or "تس", "p" as "ب"; a final "ه" is the German final
/// "e" ("کاسه"). The key keeps the consonants only, grouped so: "سوسیال امت" and
/// "Sozialamt", "کرانکن کاسه" and "Krankenkasse" are one.
pub(super) fn arabic_script_keys(words: &[String]) -> Vec<Vec<(String, usize)>> {
    // Each word's spellings, once: as written, then without an article.
    let spellings: Vec<Vec<String>> = words
        .iter()
        .map(|word| {
            let Some(whole) = arabic_spelled(word) else {
                return Vec::new();
            };
            let mut spellings = vec![whole];
            spellings.extend(
                ARABIC_ARTICLES
                    .iter()
                    .filter_map(|article| word.strip_prefix(article))
                    .filter_map(arabic_spelled),
            );
            spellings
        })
        .collect();
    (0..words.len())
        .map(|at| {
            let mut keys = Vec::new();
            let Some(starts) = spellings.get(at) else {
                return keys;
            };
            for start in starts {
                let mut spelled = start.clone();
                keys.extend(finish_consonants(&spelled).map(|key| (key, 1)));
                for count in 2..=MAX_JOINED_WORDS {
                    let Some(more) = spellings.get(at + count - 1).and_then(|next| next.first())
                    else {
                        break;
                    };
                    spelled.push_str(more);
                    keys.extend(finish_consonants(&spelled).map(|key| (key, count)));
                }
            }
            keys
        })
        .collect()
}

/// An Arabic-script word's letters as [`german_consonants`] spells German ones, vowels as
/// [`VOWEL`]; `None` for a word with other letters.
fn arabic_spelled(word: &str) -> Option<String> {
    if !word.starts_with(is_arabic_letter) {
        return None;
    }
    let letters: Vec<char> = word.chars().collect();
    let mut spelled = String::with_capacity(letters.len());
    for (at, &letter) in letters.iter().enumerate() {
        let first = at == 0;
        let last = at + 1 == letters.len();
        spelled.push_str(match letter {
            'ب' | 'پ' => "b",
            'ت' | 'ط' | 'د' | 'ض' => "t",
            'ث' | 'س' | 'ص' | 'ز' | 'ذ' | 'ظ' | 'ژ' => "s",
            'ج' | 'غ' | 'گ' | 'ک' | 'ك' | 'ق' => "k",
            'ف' | 'ڤ' => "f",
            // "و" is a "w" at the start ("وونونگ", Wohnung), else a vowel.
            'و' if first => "f",
            'ی' | 'ي' | 'ى' if first => "y",
            'ش' => "s",
            'چ' => "ts",
            'خ' | 'ح' => "h",
            // A final "ه" is a vowel ("کاسه", "بهورده"), and so is one after a vowel and
            // before a consonant, as the German silent "h" ("ووهن گلد", Wohngeld).
            'ه' | 'ة' if last => ".",
            'ه' if at
                .checked_sub(1)
                .and_then(|before| letters.get(before))
                .copied()
                .is_some_and(is_vowel_letter)
                && !letters.get(at + 1).copied().is_some_and(is_vowel_letter) =>
            {
                "."
            }
            'ه' => "h",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ر' => "r",
            'ا' | 'أ' | 'إ' | 'آ' | 'و' | 'ی' | 'ي' | 'ى' | 'ع' | 'ء' | 'ؤ' | 'ئ' | 'ة' => {
                "."
            }
            _ => return None,
        });
    }
    Some(spelled)
}

/// Whether an Arabic-script letter writes a long vowel (or carries one).
fn is_vowel_letter(letter: char) -> bool {
    matches!(letter, 'ا' | 'أ' | 'إ' | 'آ' | 'و' | 'ی' | 'ي' | 'ى')
}

/// A spelling of consonants and [`VOWEL`]s as a key: doubled letters made one, "ts" made
/// "s" (German "z", "tz" and "ts" are "ز", "س" or "تس"), vowels dropped; `None` if too
/// short.
fn finish_consonants(spelled: &str) -> Option<String> {
    let mut previous = None;
    let mut merged = String::with_capacity(spelled.len());
    for letter in spelled.chars() {
        if previous == Some(letter) {
            continue;
        }
        if letter == 's' && merged.ends_with('t') {
            merged.pop();
        }
        merged.push(letter);
        previous = Some(letter);
    }
    let mut key = String::with_capacity(merged.len() + 1);
    key.push(CONSONANTS_MARK);
    key.extend(merged.chars().filter(|&c| c != VOWEL));
    (key.chars().count() > MIN_CONSONANTS).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::fold;

    fn german(word: &str) -> Option<String> {
        german_key(&fold(&word.to_lowercase()))
    }

    /// As the topic search sees a sentence's word: folded first.
    fn cyrillic(word: &str) -> Option<String> {
        cyrillic_key(&fold(&word.to_lowercase()))
    }

    #[test]
    fn german_words_written_in_cyrillic_have_their_key() {
        for (german_word, written) in [
            ("Meldebescheinigung", "мельдебешайнигунг"),
            ("Meldebescheinigung", "Мельдебешайнігунг"),
            ("Behandlungsschein", "бехандлунгсшайн"),
            ("Behandlungsschein", "бегандлунгсшайн"),
            ("Fiktionsbescheinigung", "фіктіонсбешайнігунг"),
            ("Fiktionsbescheinigung", "фикционсбешайнигунг"),
            ("Wohngeld", "вонгельд"),
            ("Kindergeld", "киндергельд"),
            ("Bürgergeld", "бюргергельд"),
            ("Ausländerbehörde", "аусляндербехорде"),
            ("Aufenthalt", "ауфентхальт"),
            ("Nachtruhe", "нахтрухе"),
            ("Anmeldung", "анмельдунг"),
            ("Ummeldung", "уммельдунг"),
            ("Steuer", "штойер"),
            ("Krankenkasse", "кранкенкассе"),
            ("Polizei", "полицай"),
        ] {
            assert_eq!(german(german_word), cyrillic(written), "{written}");
            assert!(german(german_word).is_some(), "{german_word}");
        }
    }

    #[test]
    fn short_words_and_other_letters_have_no_key() {
        // "bedroh" (threatened) would be "бедро", the thigh.
        assert_eq!(german("bedroh"), None);
        assert_eq!(cyrillic("бедро"), None);
        assert_eq!(cyrillic("мельдеbescheinigung"), None);
        assert_eq!(german("Meldebescheinigung-2"), None);
        assert_eq!(
            german("Wohnungsgeberbestätigung").map(|key| key.starts_with(KEY_MARK)),
            Some(true)
        );
    }

    fn arabic(sentence: &str) -> Vec<String> {
        let words: Vec<String> = crate::words::tokens(sentence);
        arabic_script_keys(&words)
            .into_iter()
            .next()
            .unwrap_or_default()
            .into_iter()
            .map(|(key, _)| key)
            .collect()
    }

    fn consonants(word: &str) -> Option<String> {
        german_consonants(&fold(&word.to_lowercase()))
    }

    #[test]
    fn german_words_written_in_arabic_letters_have_their_key() {
        for (german_word, written) in [
            ("Jobcenter", "جوب سنتر"),
            ("Jobcenter", "الجوبسنتر"),
            ("Jobcenter", "جاب سنتر"),
            ("Sozialamt", "سوسیال امت"),
            ("Sozialamt", "السوسيال أمت"),
            ("Sozialamt", "زوسيال امت"),
            ("Kindergeld", "الكيندر جيلد"),
            ("Kindergeld", "کیندرگلد"),
            ("Wohngeld", "فون غيلد"),
            ("Wohngeld", "وونگلد"),
            ("Anmeldung", "انملدونغ"),
            ("Anmeldung", "بالانملدونج"),
            ("Krankenkasse", "كرانكن كاسه"),
            ("Ausländerbehörde", "آوسلندر بهورده"),
            ("Ausländerbehörde", "الاوسلاندر بيهوردة"),
            ("Meldebescheinigung", "ملده بشاینیگونگ"),
            ("Aufenthaltstitel", "اوفنتهالتس تيتل"),
            ("Integrationskurs", "انتغراتسيونس كورس"),
            ("Bürgergeld", "البورغر غيلد"),
            ("Behandlungsschein", "بيهاندلونغس شاين"),
            ("Familienkasse", "فاميلين كاسه"),
        ] {
            let key = consonants(german_word);
            assert!(key.is_some(), "{german_word}");
            assert!(
                arabic(written).contains(key.as_ref().unwrap()),
                "{written}: {:?} is not {key:?}",
                arabic(written)
            );
        }
    }

    #[test]
    fn short_keys_and_other_letters_have_no_consonant_key() {
        // Four consonants: as short as many Arabic words ("Termin", "Rathaus").
        assert_eq!(consonants("Termin"), None);
        assert_eq!(consonants("Rathaus"), None);
        assert_eq!(consonants("Müll-Kalender"), None);
        assert!(arabic("ترمين").is_empty());
        assert!(arabic("Jobcenter سنتر").is_empty());
        // Four consonants: "سلمت" (I handed in), "درمان" (treatment), as "Termin".
        assert!(arabic("سلمت").is_empty());
        assert!(arabic("درمان").is_empty());
        // Doubled letters are one, but letters with a vowel between them are two:
        // "Sozialamt" is not "سلمت".
        assert_ne!(consonants("Sozialamt"), consonants("Solamt"));
    }
}
