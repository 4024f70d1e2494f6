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

/// The first character of every key: a key equals no word.
pub(super) const KEY_MARK: char = '\u{1}';

/// Keys shorter than this are not made (see the module docs).
const MIN_KEY_LETTERS: usize = 6;

/// The key of a German word as [`crate::words::fold`] leaves it (lower case, umlauts
/// without their dots, "ß" as "ss"), or `None` for a word of other letters or too short.
pub(super) fn german_key(folded: &str) -> Option<String> {
    if !folded.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut word = folded.to_string();
    // Before "sch" becomes one letter: "st" and "sp" at the start sound "sht", "shp".
    for (start, sound) in [("st", "St"), ("sp", "Sp")] {
        if let Some(rest) = word.strip_prefix(start) {
            word = format!("{sound}{rest}");
        }
    }
    for (spelling, sound) in [
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
    ] {
        word = word.replace(spelling, sound);
    }
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
}
