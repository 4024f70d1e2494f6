//! Languages: guessing the newcomer's language from their first words, and the list of
//! languages an interpreter can be asked for.

use std::collections::{BTreeMap, BTreeSet};

use crate::romanized;
use crate::words::{self, WordLists};

/// What a newcomer's first words say about their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guess {
    /// A language with texts: switch to it at once when `confident`, otherwise propose it.
    Language { code: String, confident: bool },
    /// A language recognised, but without texts (Pashto, Tigrinya, …): the language menu
    /// with a note that it is not available yet. `code` is ours (`ps`) or whatlang's.
    NotAvailable { code: String },
    /// Nothing to go on: the language menu.
    Unknown,
}

/// whatlang's model for our codes. Kurmanji, Pashto, Somali and Tigrinya have none and are
/// recognised from their words and letters only; so are Polish and Romanian, whose models
/// took Ukrainian and Russian typed in Latin letters for theirs (Polish and Romanian got
/// word lists after field test CK of stop 78). A text plainly in either is still told
/// apart by whatlang's reliable pick among all its languages.
const WHATLANG: &[(&str, whatlang::Lang)] = &[
    ("de", whatlang::Lang::Deu),
    ("en", whatlang::Lang::Eng),
    ("ar", whatlang::Lang::Ara),
    ("ru", whatlang::Lang::Rus),
    ("uk", whatlang::Lang::Ukr),
    ("fa", whatlang::Lang::Pes),
    ("tr", whatlang::Lang::Tur),
    ("ur", whatlang::Lang::Urd),
    ("am", whatlang::Lang::Amh),
    ("fr", whatlang::Lang::Fra),
    ("es", whatlang::Lang::Spa),
    ("it", whatlang::Lang::Ita),
    ("pt", whatlang::Lang::Por),
    ("nl", whatlang::Lang::Nld),
    ("hr", whatlang::Lang::Hrv),
    ("sr", whatlang::Lang::Srp),
    ("bg", whatlang::Lang::Bul),
    ("az", whatlang::Lang::Aze),
    ("hy", whatlang::Lang::Hye),
    ("ka", whatlang::Lang::Kat),
    ("el", whatlang::Lang::Ell),
    ("hi", whatlang::Lang::Hin),
    ("zh", whatlang::Lang::Cmn),
    ("vi", whatlang::Lang::Vie),
];

/// Close relatives of languages with texts that newcomers here rarely write: whatlang's
/// pick of them for a Russian or Ukrainian text would be a false "not available".
const NEVER_GUESSED: [whatlang::Lang; 3] = [
    whatlang::Lang::Bel,
    whatlang::Lang::Bul,
    whatlang::Lang::Mkd,
];

/// A word of a language's list in the text. A word in two lists counts half for each.
const WORD: f64 = 2.0;
/// A word one typo away from a listed word of at least [`FUZZY_MIN_CHARS`] letters.
const FUZZY: f64 = 1.0;
const FUZZY_MIN_CHARS: usize = 5;
/// A word typed in Latin letters whose key is that of a word of a language written in
/// Cyrillic or Arabic script ("nuzhna", "нужна"; `romanized.rs`), or a word with one of a
/// language's chat digits ("3andi"). Shared keys count half for each.
const ROMANIZED: f64 = 1.5;
const CHAT_DIGIT: f64 = 2.0;
/// A letter only this language uses; at most [`LETTERS_MAX`] from letters in all.
const LETTER: f64 = 1.5;
const LETTERS_MAX: f64 = 3.0;
/// The text is in the script the language is written in.
const SCRIPT: f64 = 1.0;
/// whatlang's pick, at its confidence, full weight from [`WHATLANG_FULL_LETTERS`] letters on.
const WHATLANG_MAX: f64 = 3.0;
const WHATLANG_FULL_LETTERS: f64 = 20.0;
/// The messenger's language: the first guess when the text alone does not decide.
const HINT: f64 = 1.5;
/// Switching without asking needs this much, this far ahead of the next language.
const CONFIDENT_SCORE: f64 = 7.0;
const CONFIDENT_LEAD: f64 = 4.0;
/// Scores closer than this are a tie.
const TIE: f64 = 0.25;

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    /// Everything, with the script and the hint.
    total: f64,
    /// Words and letters.
    lexical: f64,
    /// whatlang's pick.
    detector: f64,
}

impl Score {
    /// What the text itself says (not the script or the hint).
    fn evidence(&self) -> f64 {
        self.lexical + self.detector
    }
}

/// Where points come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Lexical,
    Detector,
    Context,
}

/// Guesses the language of a first message. `supported` are the languages with texts;
/// `lists` holds the words of those and of languages without texts; `hint` is the
/// messenger's language (`uk-UA`), the first guess when the text does not decide.
pub fn guess(text: &str, lists: &WordLists, supported: &[&str], hint: Option<&str>) -> Guess {
    let guessed = guess_by_scores(text, lists, supported, hint);
    // German office words in Latin letters, then the writer's own words in their script:
    // "ich brauche termin bei ausländerbehörde بس ما بعرف احكي الماني منيح" (… but I cannot
    // speak German well) was proposed German (field test CK of stop 78). Few who write
    // Arabic or Cyrillic letters write in a language of Latin letters: their own words
    // decide, as a proposal.
    if let Guess::Language { code, .. } = &guessed
        && let Some(own) = own_script_words(text)
        && lists.get(code).and_then(|words| words.script) != main_script(&own)
        && let Guess::Language { code, .. } = guess_by_scores(&own, lists, supported, hint)
    {
        return Guess::Language {
            code,
            confident: false,
        };
    }
    // One word of several languages' lists alone ("salam": Arabic and Persian) is one of
    // theirs or none: a field test's "salam" was proposed Turkish, which writes "selam".
    if let Guess::Language { code, .. } = &guessed
        && let [only] = words::tokens(text).as_slice()
    {
        let owners: Vec<&str> = lists
            .languages()
            .filter(|(_, words)| words.words.contains(only))
            .map(|(owner, _)| owner)
            .collect();
        if owners.len() >= 2 && !owners.contains(&code.as_str()) {
            return Guess::Unknown;
        }
    }
    guessed
}

/// The language of a text the office receives untranslated, as
/// [`super::script::untranslated_language`] reads it from its letters; where they do not
/// tell, a language of another script typed in Latin letters that the word lists are sure
/// of ("ana bdi maw3ed 3shan el iqama", Arabic; "mne nuzhna pomosh s dokumentami",
/// Russian), written in a chat of another language (a field test of stop 79 found Arabic
/// in Latin letters unlabelled in the English chat's email).
pub fn untranslated_language_read(
    text: &str,
    person_language: &str,
    locales: &crate::i18n::Locales,
) -> Option<Option<String>> {
    use super::script::{Script, script_of_language};
    let by_letters = super::script::untranslated_language(text, person_language);
    // Before whatlang's pick among languages of Latin letters: "ana ma fhamt shu lazem
    // a3mel" in the German chat was Turkish to it (field test CS of stop 80).
    // Three words or more: fewer are not read surely (and the guess is a per cent of the
    // bot's CPU where every name and address of a request is asked, stop 80).
    if super::script::main_script(text) != Some(Script::Latin) || words::tokens(text).len() < 3 {
        return by_letters;
    }
    let supported: Vec<&str> = locales.languages().collect();
    match guess(text, locales.words(), &supported, None) {
        Guess::Language {
            code,
            confident: true,
        } if script_of_language(&code) != Script::Latin => Some(Some(code)),
        // Kurmanji typed without its letters ("zaroka min nexwes e, ez nikarim sibe werim")
        // was German to whatlang, and the office read it unlabelled (field test CU of stop
        // 81): the word lists, where the letters said nothing and they are sure.
        Guess::Language {
            code,
            confident: true,
        } if by_letters.is_none() && code != "de" => Some(Some(code)),
        // "I want cancel my registration of address" in the Russian chat was labelled
        // Russian (field test CZ of stop 83): the letters' reading falls back on the
        // person's language for a sentence of Latin letters; the word lists sure of a
        // language of Latin letters say better. German needs no label.
        Guess::Language {
            code,
            confident: true,
        } if by_letters
            .as_ref()
            .and_then(Option::as_deref)
            .is_some_and(|read| script_of_language(read) != Script::Latin) =>
        {
            (code != "de").then_some(Some(code))
        }
        _ => by_letters,
    }
}

fn guess_by_scores(text: &str, lists: &WordLists, supported: &[&str], hint: Option<&str>) -> Guess {
    let hint = hint
        .and_then(|hint| hint.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|hint| supported.contains(&hint.as_str()));
    if let Some(named) = named_language(text, lists) {
        return if supported.contains(&named) {
            Guess::Language {
                code: named.to_string(),
                confident: true,
            }
        } else {
            Guess::NotAvailable {
                code: named.to_string(),
            }
        };
    }
    let script = main_script(text);
    let mut candidates: BTreeSet<&str> = lists.languages().map(|(code, _)| code).collect();
    candidates.extend(supported.iter().copied());
    let script_of = |code: &str| {
        lists
            .get(code)
            .and_then(|words| words.script)
            .or_else(|| whatlang_lang(code).and_then(script_of_lang))
    };
    let mut scores: BTreeMap<&str, Score> = candidates
        .iter()
        .map(|code| (*code, Score::default()))
        .collect();
    let add = |scores: &mut BTreeMap<&str, Score>, code: &str, points: f64, source: Source| {
        if let Some(score) = scores.get_mut(code) {
            score.total += points;
            match source {
                Source::Lexical => score.lexical += points,
                Source::Detector => score.detector += points,
                Source::Context => {}
            }
        }
    };
    // A word of several languages' lists counts for each, shared.
    let add_shared = |scores: &mut BTreeMap<&str, Score>, owners: &[&str], points: f64| {
        for owner in owners {
            add(scores, owner, points / owners.len() as f64, Source::Lexical);
        }
    };

    // Letters only some languages use.
    let mut from_letters: BTreeMap<&str, f64> = BTreeMap::new();
    let distinct: BTreeSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    for letter in distinct {
        let owners: Vec<&str> = lists
            .languages()
            .filter(|(_, words)| words.letters.contains(&letter))
            .map(|(code, _)| code)
            .collect();
        for owner in &owners {
            *from_letters.entry(owner).or_default() += LETTER / owners.len() as f64;
        }
    }
    for (code, points) in from_letters {
        add(&mut scores, code, points.min(LETTERS_MAX), Source::Lexical);
    }

    // Words of the lists, exactly or one typo away; words of a language in another script
    // typed in Latin letters, and chat digits.
    for token in words::tokens(text) {
        let mut owners: Vec<&str> = lists
            .languages()
            .filter(|(_, words)| words.words.contains(&token))
            .map(|(code, _)| code)
            .collect();
        let mut weight = WORD;
        let token_chars = token.chars().count();
        if owners.is_empty() && token_chars >= FUZZY_MIN_CHARS {
            weight = FUZZY;
            owners = lists
                .languages()
                .filter(|(_, words)| {
                    words.words.iter().any(|word| {
                        // One edit changes the length by at most one letter, of at most four
                        // bytes: the cheap tests first, the distance (which allocates) last.
                        word.len().abs_diff(token.len()) <= 4 && {
                            let word_chars = word.chars().count();
                            word_chars >= FUZZY_MIN_CHARS
                                && word_chars.abs_diff(token_chars) <= 1
                                && strsim::damerau_levenshtein(word, &token) == 1
                        }
                    })
                })
                .map(|(code, _)| code)
                .collect();
        }
        add_shared(&mut scores, &owners, weight);

        for (code, _) in lists
            .languages()
            .filter(|(_, words)| words.has_chat_digit(&token))
        {
            add(&mut scores, code, CHAT_DIGIT, Source::Lexical);
        }
        let keys = romanized::latin_keys(&token);
        if keys.is_empty() {
            continue;
        }
        let owners: Vec<&str> = lists
            .languages()
            .filter(|(_, words)| keys.iter().any(|key| words.romanized.contains(key)))
            .map(|(code, _)| code)
            .collect();
        add_shared(&mut scores, &owners, ROMANIZED);
    }

    // whatlang, among the languages there are words or texts for.
    let allowed: Vec<whatlang::Lang> = candidates.iter().filter_map(|c| whatlang_lang(c)).collect();
    let mut detector_pick = None;
    // Only the words in the text's own script: the German words in "Нужна Anmeldung" say
    // nothing about the writer's language.
    let own_script_text = match script {
        Some(script) if script != whatlang::Script::Latin => text
            .split_whitespace()
            .filter(|word| !word.chars().any(is_latin))
            .collect::<Vec<_>>()
            .join(" "),
        _ => text.to_string(),
    };
    let letter_count = own_script_text
        .chars()
        .filter(|c| c.is_alphabetic())
        .count();
    if letter_count >= 3
        && !allowed.is_empty()
        && let Some(info) = whatlang::Detector::with_allowlist(allowed).detect(&own_script_text)
        && let Some(code) = our_code(info.lang())
    {
        // Short texts are whatlang's weak side: its weight grows with the square of the
        // text's length up to full weight.
        let weight = WHATLANG_MAX
            * info.confidence()
            * (letter_count as f64 / WHATLANG_FULL_LETTERS)
                .min(1.0)
                .powi(2);
        add(&mut scores, code, weight, Source::Detector);
        detector_pick = Some(code);
    }

    for code in &candidates {
        if script.is_some() && script_of(code) == script {
            add(&mut scores, code, SCRIPT, Source::Context);
        }
    }
    if let Some(hint) = &hint {
        let evidence = scores
            .get(hint.as_str())
            .is_some_and(|s| s.evidence() > 0.0);
        if script.is_none() || script_of(hint) == script || evidence {
            add(&mut scores, hint, HINT, Source::Context);
        }
    }

    let best_of = |with_texts: bool| {
        scores
            .iter()
            .filter(|(code, _)| supported.contains(code) == with_texts)
            .max_by(|a, b| a.1.total.total_cmp(&b.1.total))
            .map(|(code, score)| (*code, *score))
    };
    let best = best_of(true);
    let best_other = best_of(false);
    let supported_evidence = scores
        .iter()
        .filter(|(code, _)| supported.contains(code))
        .map(|(_, score)| score.evidence())
        .fold(0.0, f64::max);

    // A script no language with texts is written in (Ethiopic, Chinese): not available.
    if let Some(script) = script
        && !supported.iter().any(|code| script_of(code) == Some(script))
        && supported_evidence == 0.0
    {
        let code = best_other
            .filter(|(_, score)| score.evidence() > 0.0)
            .map(|(code, _)| code.to_string())
            .or_else(|| whatlang_code(text))
            .unwrap_or_else(|| script.name().to_lowercase());
        return Guess::NotAvailable { code };
    }
    // A language without texts that the words and letters point to.
    if let Some((other, other_score)) = best_other
        && other_score.evidence() > 0.0
        && best.is_none_or(|(_, score)| other_score.total > score.total + TIE)
    {
        return Guess::NotAvailable {
            code: other.to_string(),
        };
    }
    // Plainly written in a language no list knows (Spanish, Polish …).
    let supported_lexical = scores
        .iter()
        .filter(|(code, _)| supported.contains(code))
        .map(|(_, score)| score.lexical)
        .fold(0.0, f64::max);
    if supported_lexical == 0.0
        && letter_count >= 10
        && let Some(info) = whatlang::Detector::with_denylist(NEVER_GUESSED.to_vec()).detect(text)
        && info.is_reliable()
        && our_code(info.lang()).is_none_or(|code| !candidates.contains(code))
    {
        return Guess::NotAvailable {
            code: our_code(info.lang())
                .map_or_else(|| info.lang().code().to_string(), str::to_string),
        };
    }
    let Some((code, score)) = best else {
        return Guess::Unknown;
    };
    if score.evidence() == 0.0 {
        // Only the script or the hint: the hint is the first guess, nothing else is.
        return match hint {
            Some(hint) if hint == code => Guess::Language {
                code: hint,
                confident: false,
            },
            _ => Guess::Unknown,
        };
    }
    let runner_up = scores
        .iter()
        .filter(|(other, _)| **other != code)
        .map(|(_, score)| score.total)
        .fold(0.0, f64::max);
    if score.total - runner_up < TIE {
        // A tie ("سلام" is Persian and Arabic): whatlang's pick if it is one of them.
        let tied = |code: &str| {
            scores
                .get(code)
                .is_some_and(|s| score.total - s.total < TIE)
        };
        return match detector_pick {
            Some(pick) if tied(pick) && supported.contains(&pick) => Guess::Language {
                code: pick.to_string(),
                confident: false,
            },
            _ => Guess::Unknown,
        };
    }
    let confident = score.total >= CONFIDENT_SCORE && score.total - runner_up >= CONFIDENT_LEAD;
    Guess::Language {
        code: code.to_string(),
        confident,
    }
}

/// The language whose name the whole text is ("Arabisch", "فارسی", "in English"), or
/// whose name stands among words of asking for a language only ("Deutsch bitte"), or that
/// one part of a sentence asks for so ("i dont understand english, arabic please": an
/// Arabic field test got "I have no answer here").
pub fn named_language<'a>(text: &str, lists: &'a WordLists) -> Option<&'a str> {
    if let Some(code) = named_language_whole(text, lists) {
        return Some(code);
    }
    // A longer message tells more than a wish of language: "frau haidari ist 5 monat
    // schwanger, hat keine frauenärztin. spricht dari. bitte mich anrufen", a German
    // neighbour's concern, switched her chat to Persian and was lost (field test BC of
    // stop 70).
    // One part is the whole, asked above (each word of a form's answers is asked here).
    const PARTS: [char; 6] = [',', ';', '.', '!', '،', '؛'];
    if !text.contains(PARTS) || words::tokens(text).len() > PART_ASKS_WORDS {
        return None;
    }
    let mut asked = text
        .split(PARTS)
        .filter_map(|part| named_language_whole(part, lists));
    let code = asked.next()?;
    asked.all(|other| other == code).then_some(code)
}

/// The most words of a message one part of which may ask for a language
/// ([`named_language`]).
const PART_ASKS_WORDS: usize = 10;

/// [`named_language`] of a text as a whole.
fn named_language_whole<'a>(text: &str, lists: &'a WordLists) -> Option<&'a str> {
    let tokens = words::tokens(text);
    if tokens.is_empty() {
        return None;
    }
    let phrase = tokens.join(" ");
    if let Some((code, _)) = lists
        .languages()
        .find(|(_, words)| words.names.contains(&phrase))
    {
        return Some(code);
    }
    // "Deutsch bitte", "можно на русском?", "بدي احكي انكليزي": a name among words of
    // asking for a language (`asks`) only. One language, or none.
    let asking = |token: &String| {
        lists
            .languages()
            .any(|(_, words)| words.asks.contains(token))
    };
    // Each name's words compared where they stand, without collecting them: every word of
    // a form's answers is asked here (the Telegram benchmark of stop 82, `perf`).
    let mut named = lists.languages().filter(|(_, words)| {
        words.names.iter().any(|name| {
            let length = name.split(' ').count();
            (0..tokens.len()).any(|start| {
                tokens
                    .get(start..start + length)
                    .is_some_and(|run| run.iter().map(String::as_str).eq(name.split(' ')))
                    && tokens
                        .iter()
                        .enumerate()
                        .filter(|(at, _)| !(start..start + length).contains(at))
                        .all(|(_, token)| asking(token))
            })
        })
    });
    let (code, _) = named.next()?;
    named.next().is_none().then_some(code)
}

/// The words of `text` in a script other than Latin, where there are [`OWN_SCRIPT_WORDS`]
/// of them beside words in Latin letters.
fn own_script_words(text: &str) -> Option<String> {
    let (own, latin): (Vec<&str>, Vec<&str>) = text
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .partition(|word| !word.chars().any(is_latin));
    (own.len() >= OWN_SCRIPT_WORDS && !latin.is_empty()).then(|| own.join(" "))
}

/// Words in their own script that decide the language of a message mixing scripts.
const OWN_SCRIPT_WORDS: usize = 3;

/// The script a message is written in. Newcomers put German words ("Anmeldung",
/// "Jobcenter") into sentences of their own script, never the other way round: a text with
/// a few words in another script than Latin is in that script.
fn main_script(text: &str) -> Option<whatlang::Script> {
    let other: String = text
        .chars()
        .filter(|c| c.is_alphabetic() && !is_latin(*c))
        .collect();
    if other.chars().count() >= 2 {
        whatlang::detect_script(&other)
    } else {
        whatlang::detect_script(text)
    }
}

fn is_latin(c: char) -> bool {
    matches!(c, 'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

fn whatlang_lang(code: &str) -> Option<whatlang::Lang> {
    WHATLANG
        .iter()
        .find(|(ours, _)| *ours == code)
        .map(|(_, lang)| *lang)
}

fn our_code(lang: whatlang::Lang) -> Option<&'static str> {
    WHATLANG
        .iter()
        .find(|(_, known)| *known == lang)
        .map(|(code, _)| *code)
}

/// whatlang's pick among all its languages, as our code where there is one.
fn whatlang_code(text: &str) -> Option<String> {
    let lang = whatlang::Detector::with_denylist(NEVER_GUESSED.to_vec()).detect_lang(text)?;
    Some(our_code(lang).map_or_else(|| lang.code().to_string(), str::to_string))
}

fn script_of_lang(lang: whatlang::Lang) -> Option<whatlang::Script> {
    whatlang::Script::all()
        .iter()
        .find(|script| script.langs().contains(&lang))
        .copied()
}

/// Languages offered for an interpreter: code, own name, German name (for the email).
pub const INTERPRETER_LANGUAGES: &[(&str, &str, &str, &str)] = &[
    ("ar", "العربية", "Arabisch", "Arabic"),
    ("fa", "فارسی", "Persisch (Farsi)", "Persian (Farsi)"),
    ("prs", "دری", "Dari", "Dari"),
    ("ps", "پښتو", "Paschtu", "Pashto"),
    // Both Kurdish languages by name: a son who wrote that his father speaks only Sorani
    // tapped "Kurdî", and the office booked Kurmanji (field test CB of stop 76).
    (
        "ku",
        "Kurdî Kurmancî",
        "Kurdisch (Kurmandschi)",
        "Kurdish (Kurmanji)",
    ),
    (
        "ckb",
        "کوردیی سۆرانی",
        "Kurdisch (Sorani)",
        "Kurdish Sorani",
    ),
    ("tr", "Türkçe", "Türkisch", "Turkish"),
    ("ru", "Русский", "Russisch", "Russian"),
    ("uk", "Українська", "Ukrainisch", "Ukrainian"),
    ("ti", "ትግርኛ", "Tigrinya", "Tigrinya"),
    ("so", "Soomaali", "Somali", "Somali"),
    ("fr", "Français", "Französisch", "French"),
    ("en", "English", "Englisch", "English"),
    ("sq", "Shqip", "Albanisch", "Albanian"),
];

/// Own name and German name of an interpreter language code.
pub fn interpreter_language(code: &str) -> Option<(&'static str, &'static str)> {
    INTERPRETER_LANGUAGES
        .iter()
        .find(|(c, _, _, _)| *c == code)
        .map(|(_, own, german, _)| (*own, *german))
}

/// An interpreter language as a person writing `lang` can read it: its own name, and in
/// brackets its German (for `de`) or English name where the own name is in another script
/// than `lang`'s ("دری (Dari)"). A German volunteer and an English-writing son saw "دری",
/// "پښتو" only, and the summary "Interpreter: دری" (field tests).
pub fn interpreter_language_label(code: &str, lang: &str) -> Option<String> {
    let (_, own, german, english) = INTERPRETER_LANGUAGES.iter().find(|(c, ..)| *c == code)?;
    if super::script::script_of_language(code) == super::script::script_of_language(lang) {
        return Some((*own).to_string());
    }
    let other = if lang == "de" { german } else { english };
    let other = other.split(" (").next().unwrap_or(other);
    // "English (English)" in an Arabic summary (a field test): once where both are one.
    if other == *own {
        return Some((*own).to_string());
    }
    Some(format!("{own} ({other})"))
}

#[cfg(test)]
pub(super) mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnostic::Diagnostics;
    use crate::i18n::Locales;

    /// The eight languages of issue 13, whether or not their texts are in `locales/` yet.
    const EIGHT: [&str; 8] = ["ar", "de", "en", "fa", "ku", "ru", "tr", "uk"];

    fn shipped_words() -> WordLists {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut diagnostics = Diagnostics::default();
        let locales = Locales::load_dir(&dir, &mut diagnostics).expect("locales");
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        locales.words().clone()
    }

    /// Field test CU of stop 81: Kurmanji typed without its letters, sent to the office
    /// later, reached it unlabelled (whatlang took it for German). The word lists name it;
    /// German and an address in the same chat stay unlabelled.
    #[test]
    fn kurmanji_without_its_letters_is_named_for_the_office() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut diagnostics = Diagnostics::default();
        let locales = Locales::load_dir(&dir, &mut diagnostics).expect("locales");
        for (text, read) in [
            (
                "zaroka min nexwes e, ez nikarim sibe werim",
                Some(Some("ku")),
            ),
            ("ich brauche einen Termin beim Amt", None),
            ("Lemgoer Strasse 5, Talle", None),
        ] {
            assert_eq!(
                untranslated_language_read(text, "ku", &locales),
                read.map(|code| code.map(str::to_string)),
                "{text}"
            );
        }
    }

    /// Field test CZ of stop 83: "I want cancel my registration of address" in the Russian
    /// chat reached the office as "(Russisch, nicht übersetzt)". English where the word
    /// lists are sure of it; Russian and Arabic typed in Latin letters stay theirs.
    #[test]
    fn english_in_a_chat_of_another_script_is_named_english() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut diagnostics = Diagnostics::default();
        let locales = Locales::load_dir(&dir, &mut diagnostics).expect("locales");
        for (lang, text, read) in [
            ("ru", "I want cancel my registration of address", Some("en")),
            (
                "fa",
                "please cancel my appointment, we moved to Lemgo",
                Some("en"),
            ),
            ("ru", "mne nuzhna pomosh s dokumentami", Some("ru")),
            ("ar", "ana bdi maw3ed 3shan el iqama", Some("ar")),
            ("fa", "man 3 bache daram va khane nadaram", Some("fa")),
        ] {
            assert_eq!(
                untranslated_language_read(text, lang, &locales),
                Some(read.map(str::to_string)),
                "{text}"
            );
        }
    }

    /// Never drop a guess because whatlang's overall favourite has no texts: short Arabic
    /// is Persian to whatlang, and with texts in five languages only it is still Arabic;
    /// Persian itself is then "not available", not a wrong language.
    #[test]
    fn the_best_language_with_texts_wins() {
        let lists = shipped_words();
        let five = ["ar", "de", "en", "ru", "uk"];
        for text in ["مرحبا", "أحتاج مساعدة", "شكرا"] {
            assert_eq!(
                guess(text, &lists, &five, None),
                Guess::Language {
                    code: "ar".into(),
                    confident: false
                },
                "{text}"
            );
        }
        assert_eq!(
            guess("سلام، کمک لازم دارم", &lists, &five, None),
            Guess::NotAvailable { code: "fa".into() }
        );
    }

    /// Sorani Kurdish, which has no texts here: "سلاو کورس ئەڵمانی" (hello, German course)
    /// and "کوردی" got the language menu without a word, or Persian proposed (field test F
    /// of stop 68). Both say it is not available yet.
    #[test]
    fn sorani_is_recognised_as_not_available() {
        let lists = shipped_words();
        for text in ["سلاو کورس ئەڵمانی", "کوردی", "دەمەوێ کورس"] {
            assert_eq!(
                guess(text, &lists, &EIGHT, None),
                Guess::NotAvailable { code: "ckb".into() },
                "{text}"
            );
        }
    }

    /// A Ukrainian field test: "Добрий день! Я хочу подати заяву в джобцентр" got the
    /// language proposal; its words of applying ("подати заяву") are Ukrainian's own.
    #[test]
    fn a_ukrainian_application_is_recognised() {
        let lists = shipped_words();
        assert_eq!(
            guess(
                "Добрий день! Я хочу подати заяву в джобцентр",
                &lists,
                &EIGHT,
                None
            ),
            Guess::Language {
                code: "uk".into(),
                confident: true
            }
        );
    }

    /// The messenger's language counts only for a text it could be written in: an Arabic
    /// app does not make "Hello, I need help" Arabic, nor a German app "مرحبا" German.
    #[test]
    fn the_hint_does_not_cross_scripts() {
        let lists = shipped_words();
        let guessed = |text, hint| match guess(text, &lists, &EIGHT, Some(hint)) {
            Guess::Language { code, .. } => code,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(guessed("Hello, I need help", "ar"), "en");
        assert_eq!(guessed("مرحبا", "de"), "ar");
        assert_eq!(guessed("👋", "fa"), "fa");
        assert_eq!(guess("👋", &lists, &EIGHT, None), Guess::Unknown);
    }

    /// The sets of first messages typed in Latin letters (`romanized.rs`): language, page,
    /// message.
    pub(in crate::engine) const ROMANIZED_FILES: [&str; 2] =
        ["romanized.tsv", "romanized-held-out.tsv"];

    /// The least share of the romanized sets' messages answered in (or proposing) the
    /// writer's language: the held-out set had 17 % before `romanized.rs`, 77 % at its first
    /// reading after.
    const ROMANIZED_BAR: [f64; 2] = [80.0, 70.0];

    /// One line of `tests/language/first-messages.tsv`.
    struct Sample {
        line: usize,
        expected: String,
        hint: Option<String>,
        text: String,
    }

    /// The lines of a set in tests/language/: line number and three tab-separated columns;
    /// blank lines and `#` comments skipped.
    pub(in crate::engine) fn rows(file: &str) -> Vec<(usize, [String; 3])> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/language")
            .join(file);
        let source = std::fs::read_to_string(&path).expect("the set of messages");
        source
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|(index, line)| {
                let mut columns = line.splitn(3, '\t').map(str::to_string);
                let (Some(first), Some(second), Some(third)) =
                    (columns.next(), columns.next(), columns.next())
                else {
                    panic!(
                        "{}:{}: three tab-separated columns",
                        path.display(),
                        index + 1
                    );
                };
                (index + 1, [first, second, third])
            })
            .collect()
    }

    fn samples(file: &str) -> Vec<Sample> {
        rows(file)
            .into_iter()
            .map(|(line, [expected, hint, text])| Sample {
                line,
                expected,
                hint: (hint != "-").then_some(hint),
                text,
            })
            .collect()
    }

    /// Per language: messages, right, switched into a wrong language without asking.
    type Table = BTreeMap<String, (usize, usize, usize)>;
    /// Per language: right answers that switched at once (the rest were proposals).
    type AtOnce = BTreeMap<String, usize>;

    /// Runs the messages of `file` through the guess: the table, as Markdown, and the
    /// messages that went wrong.
    fn measure(file: &str) -> (Table, String, String) {
        measure_samples(file, samples(file))
    }

    fn measure_samples(file: &str, samples: Vec<Sample>) -> (Table, String, String) {
        let lists = shipped_words();
        let mut table = Table::new();
        let mut at_once = AtOnce::new();
        let mut report = String::new();
        for sample in samples {
            let outcome = guess(&sample.text, &lists, &EIGHT, sample.hint.as_deref());
            let with_texts = EIGHT.contains(&sample.expected.as_str());
            let right = match &outcome {
                Guess::Language { code, .. } => with_texts && *code == sample.expected,
                Guess::NotAvailable { .. } => !with_texts,
                Guess::Unknown => false,
            };
            let wrong_switch = matches!(&outcome, Guess::Language { code, confident: true } if *code != sample.expected);
            let group = if with_texts {
                sample.expected.clone()
            } else {
                "no texts".to_string()
            };
            let row = table.entry(group.clone()).or_default();
            row.0 += 1;
            row.1 += usize::from(right);
            row.2 += usize::from(wrong_switch);
            let switched = matches!(
                &outcome,
                Guess::Language {
                    confident: true,
                    ..
                }
            );
            *at_once.entry(group).or_default() += usize::from(right && switched);
            if !right {
                report.push_str(&format!(
                    "{file}:{}: {} (hint {:?}) {:?} → {outcome:?}\n",
                    sample.line, sample.expected, sample.hint, sample.text
                ));
            }
        }
        let (total, right, wrong) = totals(&table);
        let mut summary = String::from(
            "| language | messages | right | % | right at once | wrong switch |\n|---|---|---|---|---|---|\n",
        );
        for (group, (n, ok, bad)) in &table {
            let direct = at_once.get(group).copied().unwrap_or_default();
            summary.push_str(&format!(
                "| {group} | {n} | {ok} | {:.1} | {direct} | {bad} |\n",
                percent(*ok, *n)
            ));
        }
        summary.push_str(&format!(
            "| all | {total} | {right} | {:.1} | {} | {wrong} |\n",
            percent(right, total),
            at_once.values().sum::<usize>()
        ));
        (table, summary, report)
    }

    fn totals(table: &Table) -> (usize, usize, usize) {
        table.values().fold((0, 0, 0), |acc, row| {
            (acc.0 + row.0, acc.1 + row.1, acc.2 + row.2)
        })
    }

    fn percent(right: usize, total: usize) -> f64 {
        100.0 * right as f64 / total as f64
    }

    /// Runs the first-message set (tests/language/first-messages.tsv) through the guess and
    /// holds it to issue 13's bar: at least 95 % of messages answered in (or proposing) the
    /// writer's language, every language at least 90 %, a language without texts answered
    /// with the note at least 90 %, and never a switch without asking into a wrong language.
    /// `cargo test -p kompass-core --lib first_message_accuracy -- --nocapture` prints the
    /// table that docs/benchmarks.md shows.
    #[test]
    fn first_message_accuracy() {
        assert!(samples("first-messages.tsv").len() >= 300);
        let (table, summary, report) = measure("first-messages.tsv");
        eprintln!("{summary}\n{report}");
        let (total, right, wrong) = totals(&table);
        assert_eq!(
            wrong, 0,
            "switched into a wrong language without asking\n{summary}\n{report}"
        );
        assert!(percent(right, total) >= 95.0, "{summary}\n{report}");
        for (group, (n, ok, _)) in &table {
            assert!(percent(*ok, *n) >= 90.0, "{group}\n{summary}\n{report}");
        }
    }

    /// The second set (tests/language/held-out.tsv), written after the word lists: how the
    /// guess does on messages the lists were not written next to. Held to "never a wrong
    /// switch without asking" and a lower bar than the first set.
    #[test]
    fn held_out_accuracy() {
        let (table, summary, report) = measure("held-out.tsv");
        eprintln!("{summary}\n{report}");
        let (total, right, wrong) = totals(&table);
        assert_eq!(
            wrong, 0,
            "switched into a wrong language without asking\n{summary}\n{report}"
        );
        assert!(percent(right, total) >= 85.0, "{summary}\n{report}");
    }

    /// A hard set (tests/language/languages-hard.tsv, written to confuse the guess):
    /// look-alike languages, Latin transliterations, German words inside, 55 messages in
    /// languages without texts, one-word messages. It measured the switch thresholds
    /// (docs/benchmarks.md): at `CONFIDENT_SCORE` 7 and `CONFIDENT_LEAD` 4 it switches into
    /// a wrong language four times — Azerbaijani "Çox sağ olun" into Turkish, Belarusian
    /// with a Russian phone and Bulgarian (never guessed, see `NEVER_GUESSED`) into
    /// Russian, "السلام عليكم I need help with the Jobcenter please" into English — and
    /// lower thresholds switch wrongly more often (10 at 5 and 3). Held there.
    #[test]
    fn hard_language_accuracy() {
        let (table, summary, report) = measure("languages-hard.tsv");
        eprintln!("{summary}\n{report}");
        let (total, right, wrong) = totals(&table);
        assert!(
            wrong <= 4,
            "switched into a wrong language without asking\n{summary}\n{report}"
        );
        assert!(percent(right, total) >= 80.0, "{summary}\n{report}");
    }

    /// The romanized sets (tests/language/romanized.tsv, and romanized-held-out.tsv written
    /// after the word lists; both without seeing them): first messages in Arabic, Persian,
    /// Russian and Ukrainian typed in Latin letters, without a messenger language (a German
    /// phone). Held to "never a wrong switch without asking"; the tables are in
    /// docs/benchmarks.md (`cargo test -p kompass-engine --lib romanized_language --
    /// --nocapture`).
    #[test]
    fn romanized_language_accuracy() {
        for (file, bar) in ROMANIZED_FILES.into_iter().zip(ROMANIZED_BAR) {
            let samples = rows(file)
                .into_iter()
                .map(|(line, [expected, _page, text])| Sample {
                    line,
                    expected,
                    hint: None,
                    text,
                })
                .collect();
            let (table, summary, report) = measure_samples(file, samples);
            eprintln!("{file}\n{summary}\n{report}");
            let (total, right, wrong) = totals(&table);
            assert_eq!(
                wrong, 0,
                "{file}: switched into a wrong language without asking\n{summary}\n{report}"
            );
            assert!(total >= 100, "{file}: the set is too small");
            assert!(percent(right, total) >= bar, "{file}\n{summary}\n{report}");
        }
    }
}
