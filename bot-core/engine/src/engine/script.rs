//! Scripts in what newcomers type: whether a name is in Latin letters (as the office needs
//! it), a Latin spelling to suggest when it is not, and which language an untranslated
//! free text is in (so the office knows what it holds).
//!
//! Suggestions come from maintained crates: Ukrainian by the table Ukrainian passports use
//! (KMU 55:2010, `uklatn`), Russian and other Cyrillic by the Russian passport's table (ICAO
//! Doc 9303, 2013, `translit`), everything else by `any_ascii`. Arabic script does not write
//! short vowels, so no table can find "Haddad" in "حداد"; the long vowels (ا و ي) that
//! `any_ascii` drops are put back first, so the suggestion is at least readable, and the
//! email says when a spelling came from Kompass rather than from the person.

use translit::ToLatin;

use crate::name_spellings::NameSpellings;
use crate::words::fold;

/// The scripts told apart here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Ethiopic,
    Other,
}

/// The script of one letter.
pub(super) fn script_of(c: char) -> Script {
    match c {
        'A'..='Z' | 'a'..='z' => Script::Latin,
        // Latin-1 letters, Latin Extended-A/B, IPA, Latin Extended Additional (ş ğ ı ê î û …).
        '\u{00C0}'..='\u{024F}' | '\u{0250}'..='\u{02AF}' | '\u{1E00}'..='\u{1EFF}' => {
            Script::Latin
        }
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Script::Arabic,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' => {
            Script::Cyrillic
        }
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}' => {
            Script::Ethiopic
        }
        _ => Script::Other,
    }
}

/// Whether `c` is in the Arabic block, where folded Arabic and Persian text stays (the
/// presentation forms [`script_of`] also counts are not).
pub(super) fn is_arabic_letter(c: char) -> bool {
    ('\u{600}'..='\u{6FF}').contains(&c)
}

/// The script most letters of `text` are in; `None` without letters.
pub fn main_script(text: &str) -> Option<Script> {
    let mut counts = [0usize; 5];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let index = match script_of(c) {
            Script::Latin => 0,
            Script::Arabic => 1,
            Script::Cyrillic => 2,
            Script::Ethiopic => 3,
            Script::Other => 4,
        };
        if let Some(count) = counts.get_mut(index) {
            *count += 1;
        }
    }
    let scripts = [
        Script::Latin,
        Script::Arabic,
        Script::Cyrillic,
        Script::Ethiopic,
        Script::Other,
    ];
    scripts
        .into_iter()
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .max_by_key(|(_, count)| *count)
        .map(|(script, _)| script)
}

/// Whether every letter of `text` is a Latin letter (with accents: "Şahin", "Müller").
pub fn is_latin(text: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| script_of(c) == Script::Latin)
}

/// The script a newcomer's language is written in.
pub(super) fn script_of_language(code: &str) -> Script {
    match code {
        "ar" | "fa" | "prs" | "ps" | "ur" | "ckb" => Script::Arabic,
        "ru" | "uk" | "bg" | "be" | "sr" | "mk" => Script::Cyrillic,
        "ti" | "am" => Script::Ethiopic,
        _ => Script::Latin,
    }
}

/// A Latin spelling of `name` to suggest, in the way the person's documents most likely
/// write it; `language` is the newcomer's language (it decides Ukrainian or Russian rules,
/// and whose list of name spellings is asked first). `None` when nothing readable comes out.
pub fn latin_suggestion(name: &str, language: &str, spellings: &NameSpellings) -> Option<String> {
    // Letters, spaces, hyphens and apostrophes only: an emoji is no part of a name
    // (`any_ascii` would spell 🌙 as "crescent_moon").
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_alphabetic() || matches!(c, '-' | '\'' | 'ʼ' | '’') {
                c
            } else {
                ' '
            }
        })
        .collect();
    let name = name.as_str();
    let words = match main_script(name)? {
        Script::Latin => ascii_words(name),
        Script::Cyrillic => {
            let ukrainian = is_ukrainian(name, language);
            ascii_words(&if ukrainian {
                uklatn::encode(name, uklatn::Table::Kmu55)
            } else {
                translit::Transliterator::new(translit::iternational_passport_2013_ru())
                    .to_latin(name)
            })
        }
        Script::Arabic => arabic_words(name, language, spellings),
        Script::Ethiopic | Script::Other => ascii_words(name),
    };
    (!words.is_empty()).then(|| words.join(" "))
}

/// A name typed in Latin letters with Arabic chat's digits for Arabic letters ("Mo7ammed",
/// "al 7assan", "3ali"), as passports spell it: 7 is h, 3 and 2 are left out, 5 is kh, 9
/// is q. `None` where a digit has no letter after it (a date, a number, "John2"), or
/// nothing changes.
pub fn arabizi_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let arabizi = |c: char| matches!(c, '2' | '3' | '5' | '7' | '9');
    let mut spelled = Vec::new();
    let mut changed = false;
    for word in &words {
        let chars: Vec<char> = word.chars().collect();
        let mut out = String::new();
        for (at, c) in chars.iter().enumerate() {
            if c.is_ascii_digit() {
                // A letter after it: "John2", "Smith 1990" are a name and a number.
                let letter_after = chars.get(at + 1).is_some_and(|c| c.is_alphabetic());
                if !arabizi(*c) || !letter_after {
                    return None;
                }
                changed = true;
                out.push_str(match c {
                    '7' => "h",
                    '5' => "kh",
                    '9' => "q",
                    _ => "",
                });
            } else if c.is_alphabetic() || matches!(c, '-' | '\'') {
                out.push(*c);
            } else {
                return None;
            }
        }
        spelled.push(out);
    }
    if !changed {
        return None;
    }
    let words = ascii_words(&spelled.join(" "));
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether Cyrillic `text` is Ukrainian: written by a Ukrainian speaker, or with letters
/// only Ukrainian has.
pub fn is_ukrainian(text: &str, language: &str) -> bool {
    language == "uk" || text.chars().any(|c| "ІіЇїЄєҐґ".contains(c))
}

/// A transliteration's words in ASCII letters, each capitalised, and each part of a double
/// name too ("Юлія-Марія" is "Yuliia-Mariia", not "Yuliia-mariia"): whatever a table left
/// (a letter it does not know, an accent) becomes ASCII here.
fn ascii_words(latin: &str) -> Vec<String> {
    let ascii = any_ascii::any_ascii(latin);
    let cleaned: String = ascii
        .chars()
        .filter(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\''))
        .collect();
    cleaned
        .split_whitespace()
        .map(|word| word.trim_matches(['-', '\'']))
        .filter(|word| !word.is_empty())
        .map(|word| {
            word.split('-')
                .map(capitalize)
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// The words of a name in Arabic script: as listed in the name spellings (two words first,
/// "عبد الله"; with the article, "الحسن" as "Al-Hassan"; "عبدالله" as "عبد الله"), else
/// letter by letter with the long vowels.
fn arabic_words(name: &str, language: &str, spellings: &NameSpellings) -> Vec<String> {
    // Kurdish in Arabic script (Sorani; Badini) writes its vowels: folded to the Arabic
    // spelling of the same name before it is looked up ("ئەحمەد" is "احمد", Ahmad). It
    // shares پ چ ژ گ ک ی with Persian but says و as w.
    let kurdish = name.chars().any(|c| KURDISH_LETTERS.contains(c));
    let persian = !kurdish
        && (matches!(language, "fa" | "prs") || name.chars().any(|c| "پچژگکی".contains(c)));
    // Each word as written (spelled letter by letter) and folded (looked up).
    let words: Vec<(&str, String)> = name
        .split_whitespace()
        .map(|w| {
            (
                w,
                if kurdish {
                    kurdish_fold(&fold(w))
                } else {
                    fold(w)
                },
            )
        })
        .collect();
    let mut out = Vec::new();
    let mut rest = words.as_slice();
    while let Some(((word, folded), after)) = rest.split_first() {
        if let Some(((_, next), after_two)) = after.split_first()
            && let Some(listed) = spellings.spelling(&format!("{folded} {next}"), language)
        {
            out.push(listed.to_string());
            rest = after_two;
            continue;
        }
        // "ناوی من ئەحمەدە" (my name is Ahmad): the ending "ە" says "is", after a name
        // that is listed without it.
        let copula = || {
            folded
                .strip_suffix('ه')
                .filter(|_| kurdish && word.ends_with('ە'))
                .and_then(|name| listed_word(name, language, spellings))
        };
        match listed_word(folded, language, spellings).or_else(copula) {
            Some(listed) => out.push(listed),
            None => out.extend(ascii_words(&arabic_long_vowels(word, persian))),
        }
        rest = after;
    }
    out
}

/// Letters Kurdish writes in Arabic script and Arabic and Persian do not: the vowels ە ێ ۆ
/// and ڕ ڵ ڤ ھ.
const KURDISH_LETTERS: &str = "ەێۆڕڵڤھ";

/// A folded Kurdish word in Arabic script as Arabic writes the same name: the silent ئ
/// before a first vowel gone (ئە, ئا as ا), the short vowel ە left out inside the word and
/// written ه at its end (as Arabic's ة folds), ێ ۆ ڕ ڵ ھ as ی و ر ل ه, وو as و.
fn kurdish_fold(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len());
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        let next = chars.get(at + 1).copied();
        match c {
            'ئ' if at == 0 && matches!(next, Some('ە' | 'ا')) => {
                out.push('ا');
                at += 1;
            }
            'ئ' if at == 0 => {}
            'ە' if next.is_none() => out.push('ه'),
            'ە' => {}
            'ێ' => out.push('ی'),
            'ۆ' => out.push('و'),
            'ڕ' => out.push('ر'),
            'ڵ' => out.push('ل'),
            'ھ' => out.push('ه'),
            'و' if next == Some('و') => {}
            other => out.push(other),
        }
        at += 1;
    }
    out
}

/// The listed spelling of one folded word in Arabic script, itself, after the article or
/// as a compound with عبد written as one word.
fn listed_word(folded: &str, language: &str, spellings: &NameSpellings) -> Option<String> {
    if let Some(listed) = spellings.spelling(folded, language) {
        return Some(listed.to_string());
    }
    if let Some(name) = folded.strip_prefix("ال")
        && let Some(listed) = spellings.spelling(name, language)
    {
        return Some(format!("Al-{listed}"));
    }
    if let Some(name) = folded.strip_prefix("عبد")
        && let Some(listed) = spellings.spelling(&format!("عبد {name}"), language)
    {
        return Some(listed.to_string());
    }
    compound_word(folded, language, spellings)
}

/// Two listed names written as one word, as Persian often writes them: "محمدحسین" is
/// Mohammadhossein, "غلامرضا" Gholamreza, as the lists write the joined names they hold
/// ("محمدرضا = Mohammadreza"). A field test of stop 58 got "Mhmdhsin" and "Ghlamrza",
/// letter by letter. Each part has three letters or more; of several ways to cut, the one
/// with the longer first part ("نورالدین" as نور + الدین before نورا + لدین).
fn compound_word(folded: &str, language: &str, spellings: &NameSpellings) -> Option<String> {
    let letters: Vec<(usize, char)> = folded.char_indices().collect();
    (3..letters.len().saturating_sub(2)).rev().find_map(|cut| {
        let (first, second) = folded.split_at(letters.get(cut)?.0);
        let first = spellings.spelling(first, language)?;
        let second = spellings.spelling(second, language)?;
        // One word: "Mohammad" + "Hossein" as "Mohammadhossein".
        (!first.contains([' ', '-']) && !second.contains([' ', '-']))
            .then(|| format!("{first}{}", second.to_lowercase()))
    })
}

/// Writes Arabic-script long vowels and the feminine ending as Latin vowels before
/// `any_ascii` (which drops alif and writes ة as "h"): "سارا" becomes "Sara", not "Sr".
/// A و or ي that starts a word, or follows a vowel, is a consonant (w, y). Persian says
/// some Arabic letters differently (ض ذ ظ as z, ث ص as s, و as v), which `any_ascii` does
/// not know.
fn arabic_long_vowels(name: &str, persian: bool) -> String {
    let mut out = String::with_capacity(name.len() * 2);
    let mut previous: Option<char> = None;
    // Whether the last thing written was a vowel (a, i, u): a و or ي after it is w or y.
    let mut after_vowel = false;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        let word_start = previous.is_none_or(|p| !p.is_alphabetic());
        let word_end = chars.peek().is_none_or(|next| !next.is_alphabetic());
        let written = match c {
            // Persian's silent ه at the end of a word after a consonant is a vowel: Iranian
            // passports write "-eh" ("زاده" Zadeh, "فرزانه" Farzaneh); "Zadh" cannot be said.
            // After a long vowel it is h ("شاه" Shah).
            'ه' if persian
                && word_end
                && previous.is_some_and(|p| p.is_alphabetic() && !"اآوی".contains(p)) =>
            {
                out.push_str("eh");
                after_vowel = false;
                previous = Some(c);
                continue;
            }
            'ا' | 'آ' | 'أ' | 'ى' | 'ة' => Some('a'),
            'إ' => Some('i'),
            'ع' | 'ء' if word_start => Some('a'),
            'ع' | 'ء' => None,
            'ض' | 'ذ' | 'ظ' if persian => {
                out.push('z');
                after_vowel = false;
                previous = Some(c);
                continue;
            }
            'ث' | 'ص' if persian => {
                out.push('s');
                after_vowel = false;
                previous = Some(c);
                continue;
            }
            'ط' if persian => {
                out.push('t');
                after_vowel = false;
                previous = Some(c);
                continue;
            }
            'و' | 'ؤ' if persian && (word_start || after_vowel) => {
                out.push('v');
                after_vowel = false;
                previous = Some(c);
                continue;
            }
            'و' | 'ؤ' if word_start || after_vowel => Some('w'),
            'و' | 'ؤ' => Some('u'),
            // A word does not start with the hamza seat in Arabic or Persian; in Kurdish it
            // is the silent letter before a first vowel ("ئەحمەد", "ئازاد").
            'ئ' if word_start => None,
            'ي' | 'ی' | 'ئ' if word_start || after_vowel => Some('y'),
            'ي' | 'ی' | 'ئ' => Some('i'),
            other => {
                out.push(other);
                after_vowel = false;
                previous = Some(c);
                continue;
            }
        };
        if let Some(letter) = written {
            out.push(letter);
            after_vowel = matches!(letter, 'a' | 'i' | 'u');
        }
        previous = Some(c);
    }
    out
}

/// `word` in lower case with its first letter capitalised. A letter whose capital is two
/// letters ("ß": "SS") stays as it is: the name would grow past the question's length
/// limit, and read again, be refused (found by `fuzz_text_normalisation`).
pub(super) fn capitalize(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars.next().map_or_else(String::new, |first| {
        let mut upper = first.to_uppercase();
        let capital = match (upper.next(), upper.next()) {
            (Some(capital), None) => capital,
            _ => first,
        };
        std::iter::once(capital).chain(chars).collect::<String>()
    })
}

/// Kurmanji's letters that Turkish has not (ê), or not in its own words (î, û).
const KURMANJI_LETTERS: &str = "êîûÊÎÛ";

/// The language of a free text the office receives untranslated, as a code of
/// Letters of Sorani Kurdish that neither Arabic nor Persian writes.
const SORANI_LETTERS: &str = "ڕڵۆێە";

/// [`super::INTERPRETER_LANGUAGES`] where it is one: `None` when the text is German (or has
/// no letters, or is a few Latin words such as a street or a country, which the office can
/// read), `Some(None)` when it is not German but its language is not known.
///
/// Text in the script of the newcomer's language is taken to be in it (unless whatlang is
/// sure of another language of that script: a Ukrainian writing Russian). Latin text is
/// labelled only when it has letters only the person's language has (Kurdish ê î û,
/// Turkish ğ ı) or whatlang is sure of its language; never when whatlang sees German.
/// Texts in another script get whatlang's language.
pub fn untranslated_language(text: &str, person_language: &str) -> Option<Option<String>> {
    let script = main_script(text)?;
    // Sorani in the Arabic chat: letters neither Arabic nor Persian has (ڕ ڵ ۆ ێ ە). It
    // reached the office as Arabic, which would book the wrong translator (field test CC
    // of stop 76).
    if script == Script::Arabic && text.chars().filter(|c| SORANI_LETTERS.contains(*c)).count() >= 2
    {
        return Some(Some("ckb".to_string()));
    }
    // Among the languages newcomers here write: a short sentence is then more often
    // reliable, and Russian is not taken for Bulgarian.
    let detected = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Deu,
        whatlang::Lang::Eng,
        whatlang::Lang::Tur,
        whatlang::Lang::Fra,
        whatlang::Lang::Ara,
        whatlang::Lang::Pes,
        whatlang::Lang::Urd,
        whatlang::Lang::Rus,
        whatlang::Lang::Ukr,
        whatlang::Lang::Amh,
        whatlang::Lang::Pol,
        whatlang::Lang::Ron,
        whatlang::Lang::Spa,
        whatlang::Lang::Ita,
    ])
    .detect(text);
    let reliable = detected
        .as_ref()
        .filter(|info| info.is_reliable())
        .map(|info| info.lang());
    // Mostly Latin letters with words in the script of the person's language ("zanam:
    // Zahra … لطفا فقط بنویسید", "Со мной муж Andrii Kovalenko и дочь Mariia"): in their
    // language, which the office cannot read (it reached the office unlabelled: a field
    // test of stop 58).
    let own = script_of_language(person_language);
    let own_words = text
        .split_whitespace()
        .filter(|word| main_script(word) == Some(own))
        .count();
    if script == Script::Latin && own != Script::Latin && own_words >= 2 {
        return Some(Some(person_language.to_string()));
    }
    if script == Script::Latin {
        let german = detected
            .as_ref()
            .is_some_and(|info| info.lang() == whatlang::Lang::Deu);
        // Someone in the German chat writes German, mostly; a sentence whatlang takes for
        // another language is labelled so ("uyrugum yanlis yazildi. Turkiye olacak, Irak
        // degil" reached the office unlabelled: a field test of stop 63).
        if person_language == "de" {
            if german || text.split_whitespace().count() < 4 {
                return None;
            }
            if text.chars().any(|c| KURMANJI_LETTERS.contains(c)) {
                return Some(Some("ku".to_string()));
            }
            if text.chars().any(|c| "ğıİĞ".contains(c)) {
                return Some(Some("tr".to_string()));
            }
            if reliable.is_none() && mostly_english_words(text) {
                return Some(Some("en".to_string()));
            }
            // Whatlang is rarely sure of Turkish typed without its letters; taken from five
            // words on. Other languages only where it is sure: "Hallo, ich brauche Hilfe"
            // was English to it (6 of the 221 German rows of tests/language were
            // labelled so; none is now).
            let turkish = detected.as_ref().is_some_and(|info| {
                info.lang() == whatlang::Lang::Tur && text.split_whitespace().count() >= 5
            });
            return match reliable {
                Some(lang) => interpreter_code(lang).map(Some),
                None if turkish => Some(Some("tr".to_string())),
                None => None,
            };
        }
        // Letters only the person's language has (Kurdish ê î û, Turkish ğ ı): whatlang
        // does not know Kurdish, and is rarely sure of a short sentence; in a word or two
        // too ("piştî 17:00", Kurmanji for after 5 pm, reached the office unlabelled: a
        // caseworker's reading of stop 59). A Kurd typing on a Turkish keyboard writes "ı"
        // ("kaxeza mın … dıqede" reached the office as Turkish, a field test); Turkish
        // alone has "ğ".
        let own_letters = match person_language {
            "ku" if !text.contains(['ğ', 'Ğ']) => "êîûçşÊÎÛÇŞıİ",
            "ku" => KURMANJI_LETTERS,
            "tr" => "ğıİĞşçŞÇ",
            _ => "",
        };
        // Kurmanji's ê (î and û also in Turkish) from someone who chose another language:
        // "bibore, Xelil navê min e ne paşnav", typed before a switch to Turkish, reached the
        // office as Turkish (a field test of stop 62). Of the languages newcomers here
        // write, only French has it too.
        let kurmanji_letters = if person_language == "tr" {
            "êÊ"
        } else {
            KURMANJI_LETTERS
        };
        if person_language != "ku"
            && text.chars().any(|c| kurmanji_letters.contains(c))
            && reliable != Some(whatlang::Lang::Fra)
        {
            return Some(Some("ku".to_string()));
        }
        if text.chars().any(|c| own_letters.contains(c)) {
            return Some(Some(person_language.to_string()));
        }
        if text.split_whitespace().count() < 3 {
            return None;
        }
        // Short English, whose function words say it where whatlang is not sure (it takes
        // some for German): "call me after 6 pm" reached the office unlabelled, or labelled
        // as the person's language (a field test).
        if reliable.is_none() && mostly_english_words(text) {
            return Some(Some("en".to_string()));
        }
        if german {
            return None;
        }
        // A language of another script typed in Latin letters ("bdi es2al 3an el masari",
        // Arabic; "man 3 bache daram", Persian, which whatlang took for Turkish): whatlang
        // does not know it. Unless it is sure of English or French, which newcomers also
        // write, it is the person's (it reached the office unlabelled, a field test). Four
        // words or more, and no address ("Lemgoer strasse 5 talle" is German): "Danke,
        // bis Montag!" is too short to say.
        let english_or_french = matches!(reliable, Some(whatlang::Lang::Eng | whatlang::Lang::Fra));
        // A house number right after a capitalised word ("Kalleufer 7a", "Markt 2").
        let words: Vec<&str> = text.split_whitespace().collect();
        let an_address = super::values::names_a_street(text)
            || words.windows(2).any(|pair| {
                matches!(pair, [name, number] if name.starts_with(char::is_uppercase)
                    && number.starts_with(|c: char| c.is_ascii_digit())
                    && number.chars().filter(char::is_ascii_alphabetic).count() <= 1)
            });
        if script_of_language(person_language) != Script::Latin
            && !english_or_french
            && !an_address
            && text.split_whitespace().count() >= 4
        {
            return Some(Some(person_language.to_string()));
        }
        // Kurmanji and Turkish typed without their letters ("ez roja carsheme nikarim
        // werim", "annemin de randevuya ihtiyaci var" reached the office unlabelled: a
        // field test of stop 63): whatlang does not know Kurmanji and is rarely sure of a
        // short Turkish sentence. The person's own language, where whatlang is not sure
        // of English or French (German was told apart above), and no address.
        if matches!(person_language, "ku" | "tr")
            && !english_or_french
            && !an_address
            && text.split_whitespace().count() >= 4
        {
            return Some(Some(person_language.to_string()));
        }
        // Otherwise only what whatlang is sure of: "Am Markt 2, Kalletal" stays unlabelled.
        return reliable.map(interpreter_code);
    }
    // Arabic and Persian only with a letter of the other's keyboard: "تاريخ ميلادي غلط،
    // الصحيح 02.01.1990" reached the office as Persian (a run by hand of stop 79), which
    // would book the wrong interpreter.
    let persian_letters = text.contains(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی']);
    // Not turned away from the person's own language ("ممنون" in the Persian chat).
    let by_keyboard = |code: String| match code.as_str() {
        "fa" if !persian_letters && person_language != "fa" => "ar".to_string(),
        "ar" if persian_letters
            && !text.contains(['ة', 'ي', 'ك', 'ى'])
            && person_language != "ar" =>
        {
            "fa".to_string()
        }
        _ => code,
    };
    let whatlang_code = detected
        .map(|info| info.lang())
        .and_then(interpreter_code)
        .map(by_keyboard);
    // Letters only Pashto has among the languages newcomers here write: whatlang does not
    // know Pashto, and a Pashto note from someone who chose Persian reached the office
    // as Persian (a field test).
    if script == Script::Arabic && text.contains(['ښ', 'ږ', 'ګ', 'ړ', 'ځ', 'څ', 'ڼ', 'ۍ']) {
        return Some(Some("ps".to_string()));
    }
    if script_of_language(person_language) == script {
        // A Ukrainian who writes Russian: whatlang, when it is sure and names a language of
        // the same script; otherwise the person's own language.
        let other = reliable
            .and_then(interpreter_code)
            .map(by_keyboard)
            .filter(|code| script_of_language(code) == script);
        return Some(Some(other.unwrap_or_else(|| person_language.to_string())));
    }
    Some(whatlang_code)
}

/// Whether at least two words of `text`, and half of them, are English words that short
/// notes are made of ("call me after 6 pm", "only in the evening please"). Not "in" or
/// "to", which Persian typed in Latin letters has too ("in shomare", this number), nor
/// "am" or "was", which are German words.
fn mostly_english_words(text: &str) -> bool {
    const WORDS: &str = "the my me i you your is are and or but he she please pls call after before \
         only with not at on for of can we it this that evening evenings morning \
         mornings afternoon weekend time number phone wife husband brother sister \
         friend son daughter pm from until any no calls sms whatsapp text message dont \
         do";
    let words = crate::words::tokens(text);
    let english = words
        .iter()
        .filter(|word| {
            WORDS
                .split_whitespace()
                .any(|listed| listed == word.as_str())
        })
        .count();
    english >= 2 && english * 2 >= words.len()
}

/// A language's short German name as caseworkers read it ("Arabisch", "Deutsch"); the code
/// itself for a language without one.
pub fn german_name(code: &str) -> &str {
    match code {
        // German itself is no interpreter language.
        "de" => "Deutsch",
        code => super::interpreter_language(code).map_or(code, |(_, german)| {
            german.split(" (").next().unwrap_or(german)
        }),
    }
}

/// "Arabisch, nicht übersetzt" for a newcomer's message relayed to a caseworker room (the
/// rooms are German); `None` for German text.
pub fn untranslated_note_de(text: &str, person_language: &str) -> Option<String> {
    untranslated_note_de_of(untranslated_language(text, person_language))
}

/// [`untranslated_note_de`] of a language read before (`None`: German).
pub fn untranslated_note_de_of(language: Option<Option<String>>) -> Option<String> {
    let language = language?;
    let name = language
        .as_deref()
        .and_then(super::interpreter_language)
        .map(|(_, german)| german.split(" (").next().unwrap_or(german));
    Some(match name {
        Some(name) => format!("{name}, nicht übersetzt"),
        None => "nicht übersetzt".to_string(),
    })
}

/// The interpreter-language code of a whatlang language, where there is one.
fn interpreter_code(lang: whatlang::Lang) -> Option<String> {
    let code = match lang {
        whatlang::Lang::Ara => "ar",
        whatlang::Lang::Pes => "fa",
        whatlang::Lang::Tur => "tr",
        whatlang::Lang::Rus => "ru",
        whatlang::Lang::Ukr => "uk",
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Eng => "en",
        whatlang::Lang::Amh => "ti",
        _ => return None,
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_names_with_accents_are_latin() {
        for name in [
            "Haddad",
            "Şahin",
            "Müller-Lüdenscheidt",
            "Xelîl Botî",
            "O'Neill",
        ] {
            assert!(is_latin(name), "{name}");
        }
        for name in ["حداد", "Иванов", "Haddad حداد", "ሰላም"] {
            assert!(!is_latin(name), "{name}");
        }
    }

    /// The suggestions a newcomer sees, for names as their passports write them: Ukrainian
    /// and Russian by the passport tables, Arabic and Persian with their long vowels.
    #[test]
    fn suggestions_follow_the_passport_tables() {
        for (name, language, expected) in [
            ("Ірина", "uk", "Iryna"),
            ("Григорій Шевченко", "uk", "Hryhorii Shevchenko"),
            ("Ольга", "uk", "Olha"),
            ("Юлия", "ru", "Iuliia"),
            ("Наталья Иванова", "ru", "Natalia Ivanova"),
            ("Сергей", "ar", "Sergei"),
            ("Євген", "ru", "Yevhen"),
            ("سارا", "fa", "Sara"),
            ("رضایی", "fa", "Rzayi"),
            ("وحید", "fa", "Vhid"),
            ("حداد", "ar", "Hdad"),
            ("يوسف", "ar", "Yusf"),
            ("خالد", "ar", "Khald"),
            // Persian's final ه after a consonant is a vowel ("-eh"); after a long vowel, h.
            ("زاده", "fa", "Zadeh"),
            ("زرغونه", "fa", "Zrghuneh"),
            ("شاه", "fa", "Shah"),
            ("زرغونه", "ar", "Zrghunh"),
        ] {
            assert_eq!(
                latin_suggestion(name, language, &NameSpellings::default()).as_deref(),
                Some(expected),
                "{name}"
            );
        }
        let none = NameSpellings::default();
        assert_eq!(latin_suggestion("!!", "ar", &none), None);
        // Kurdish in Arabic script: the silent ئ before a first vowel.
        assert_eq!(
            latin_suggestion("ئازاد", "ku", &none).as_deref(),
            Some("Azad")
        );
        // و is w in Kurdish, not the Persian v.
        assert_eq!(
            latin_suggestion("وەلی", "ku", &none).as_deref(),
            Some("Weli")
        );
        assert_eq!(
            latin_suggestion("محمد 🌙 أحمد", "ar", &none).as_deref(),
            Some("Mhmd Ahmd")
        );
    }

    #[test]
    fn untranslated_text_is_named_by_its_language() {
        let arabic = "أحتاج إلى موعد لتسجيل عنواني الجديد في البلدية";
        assert_eq!(
            untranslated_language(arabic, "ar"),
            Some(Some("ar".to_string()))
        );
        // An Arabic text from someone who chose English is still Arabic.
        assert_eq!(
            untranslated_language(arabic, "en"),
            Some(Some("ar".to_string()))
        );
        // A short Arabic one in the Arabic chat, which whatlang takes for Persian, is
        // Arabic (a run by hand of stop 79); a Persian one there, with Persian letters,
        // Persian.
        for person in ["ar", "en"] {
            assert_eq!(
                untranslated_language("تاريخ ميلادي غلط، الصحيح 02.01.1990", person),
                Some(Some("ar".to_string())),
                "{person}"
            );
        }
        assert_eq!(
            untranslated_language("تاریخ تولد من اشتباه است، درستش این است", "ar"),
            Some(Some("fa".to_string()))
        );
        assert_eq!(
            untranslated_language("Мені потрібна допомога з реєстрацією квартири", "uk"),
            Some(Some("uk".to_string()))
        );
        assert_eq!(
            untranslated_language(
                "Yeni adresimi kaydettirmem gerekiyor, yardım eder misiniz?",
                "tr"
            ),
            Some(Some("tr".to_string()))
        );
        // German is not labelled, whoever wrote it; nor a short Latin answer.
        assert_eq!(
            untranslated_language(
                "Ich brauche einen Termin für die Anmeldung meiner Wohnung",
                "ar"
            ),
            None
        );
        assert_eq!(untranslated_language("Syrien", "ar"), None);
        assert_eq!(untranslated_language("Lange Straße 12", "tr"), None);
        assert_eq!(untranslated_language("Am Markt 2, Kalletal", "en"), None);
        assert_eq!(
            untranslated_language("Ez dixwazim navnîşana xwe ya nû tomar bikim", "ku"),
            Some(Some("ku".to_string()))
        );
        assert_eq!(
            untranslated_language(
                "I need an appointment to register my new address please",
                "ar"
            ),
            Some(Some("en".to_string()))
        );
        assert_eq!(untranslated_language("12345", "ar"), None);
        // Mostly Latin letters, with words in the person's own script (a field test of stop
        // 58's Persian note reached the office unlabelled).
        assert_eq!(
            untranslated_language(
                "zanam: Zahra Rezaei, pesaram: Ali Rezaei, لطفا فقط بنویسید",
                "fa"
            ),
            Some(Some("fa".to_string()))
        );
        assert_eq!(
            untranslated_language("Со мной муж Andrii Kovalenko и дочь Mariia Kovalenko", "ru"),
            Some(Some("ru".to_string()))
        );
        // One word in it beside German is no note in it.
        assert_eq!(
            untranslated_language("Mein Mann heißt Ахмед und wohnt hier", "ru"),
            None
        );
        // Field tests: Kurmanji typed with a Turkish "ı" was labelled Turkish; Arabic in
        // Latin letters was not labelled.
        assert_eq!(
            untranslated_language("kaxeza mın 20.12.2026 dıqede ez çı bıkım", "ku"),
            Some(Some("ku".to_string()))
        );
        // Arabic chat's digits in a name (a field test of stop 62).
        assert_eq!(arabizi_name("Mo7ammed").as_deref(), Some("Mohammed"));
        assert_eq!(arabizi_name("al 7assan").as_deref(), Some("Al Hassan"));
        assert_eq!(arabizi_name("3ali").as_deref(), Some("Ali"));
        assert_eq!(arabizi_name("Khaled 1990"), None);
        assert_eq!(arabizi_name("John2"), None);
        assert_eq!(arabizi_name("15.3.1990"), None);
        assert_eq!(arabizi_name("Ahmad"), None);
        // Kurmanji typed before a switch to Turkish is Kurmanji (a field test of stop 62).
        assert_eq!(
            untranslated_language("bibore, Xelil navê min e ne paşnav", "tr"),
            Some(Some("ku".into()))
        );
        // In the German chat, another language is labelled too (a field test of stop 63).
        assert_eq!(
            untranslated_language("uyrugum yanlis yazildi. Turkiye olacak, Irak degil", "de"),
            Some(Some("tr".to_string()))
        );
        assert_eq!(
            untranslated_language("please call me after 6 pm", "de"),
            Some(Some("en".to_string()))
        );
        for german in [
            "Ich brauche einen Termin für meine neue Wohnung",
            "mein mann kommt später, er arbeitet bis 17 uhr",
            "Danke, bis Montag!",
        ] {
            assert_eq!(untranslated_language(german, "de"), None, "{german}");
        }
        // Kurmanji and Turkish without their own letters (a field test of stop 63).
        assert_eq!(
            untranslated_language("ez roja carsheme nikarim werim", "ku"),
            Some(Some("ku".to_string()))
        );
        assert_eq!(
            untranslated_language("annemin de randevuya ihtiyaci var", "tr"),
            Some(Some("tr".to_string()))
        );
        assert_eq!(
            untranslated_language("Lange Strasse 12 bei Yilmaz", "tr"),
            None
        );
        assert_eq!(
            untranslated_language("bdi es2al 3an el masari lal wlad", "ar"),
            Some(Some("ar".to_string()))
        );
        assert_eq!(
            untranslated_language("salam man mikham adresamo sabt konam", "fa"),
            Some(Some("fa".to_string()))
        );
        // A Persian field test: Finglish taken for Turkish, a Pashto note for Persian, a
        // German address in Latin letters labelled Persian.
        assert_eq!(
            untranslated_language("man 3 bache daram va kar mikham", "fa"),
            Some(Some("fa".to_string()))
        );
        assert_eq!(
            untranslated_language("زه پښتو ژبه وایم او دري لږ پوهیږم", "fa"),
            Some(Some("ps".to_string()))
        );
        assert_eq!(untranslated_language("Lemgoer strasse 5 talle", "fa"), None);
        assert_eq!(
            untranslated_language("Am Kalleufer 7a bei Familie Meier", "fa"),
            None
        );
        assert_eq!(
            untranslated_note_de("من به یک وقت ملاقات برای ثبت آدرس نیاز دارم", "fa").as_deref(),
            Some("Persisch, nicht übersetzt")
        );
        assert_eq!(untranslated_note_de("Danke, bis Montag!", "fa"), None);
        // Short English (a field test: unlabelled, or labelled as the person's language).
        for note in [
            "only WhatsApp, no calls",
            "no calls please, only SMS",
            "call me after 6 pm",
            "only in the evening please",
            "my wife answers the phone",
        ] {
            assert_eq!(
                untranslated_language(note, "ar"),
                Some(Some("en".to_string())),
                "{note}"
            );
        }
        assert_eq!(
            untranslated_language("in shomare baradaram ast", "fa"),
            Some(Some("fa".to_string()))
        );
    }
}
