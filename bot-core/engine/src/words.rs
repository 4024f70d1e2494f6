//! Words that tell languages apart, kept as data beside the translations so that an
//! administrator who adds a language adds its words too:
//!
//! - `locales/<lang>/words.txt` for a language with texts;
//! - `locales/other-languages.txt` for languages Kompass recognises but cannot answer in
//!   yet (a newcomer writing one gets the language menu with a note), one `[code]` block each.
//!
//! Each line is `key = entry, entry, …`; `#` starts a comment. Keys:
//!
//! - `names`: how people type the name of this language, in any language ("Turkish",
//!   "Türkisch", "турецкий", "Türkçe"). A message that is only such a name chooses the
//!   language. Names may have several words ("auf Deutsch").
//! - `letters`: letters only this language uses among the languages Kompass knows
//!   (Ukrainian `і ї є ґ`). Letters that two languages list count half for each.
//! - `words`: greetings and common words, one word per entry, also as people type them in
//!   Latin letters ("privet") or without their accents ("tesekkurler").
//! - `asks`: the words around a language's name when people ask for it ("bitte",
//!   "speak", "можно", "بدي احكي"), one word per entry: a message of a name and such words
//!   only ("Deutsch bitte", "можно на русском?") chooses the language, of any language.
//!   No word that changes the meaning: "kein", "learn", "lernen" ("ich will Deutsch
//!   lernen" is about the courses).
//! - `questions`: the words a question starts with ("was", "где", "شو"), one word per
//!   entry: at a form's question that is not free text, three words or more starting with
//!   one of them are a question for the office, not the answer (an Arabic field test: "شو
//!   لازم جيب معي", what must I bring, was offered as the family name "Shu Lazm Jib Mi").
//!   Never a word that begins a name ("Kim"). `question_end`: the words a question ends
//!   with (Turkish "mu", "mı": "ausweis var olur mu"), the same for three words or more.
//! - `name_intro`: the words before a name when people say it in a sentence ("my name is",
//!   "меня зовут", "اسمي"), phrases of one or more words; at a name question they are not
//!   part of the name ("My name is Sami Haddad" was the family name). `name_end`: single
//!   words after such a name ("است" in "اسم من علی است"), left out only after an intro.
//! - `phone_label`: the small words that, with the phone question's label words
//!   (`label-phone`'s `.typed`), only say that a phone number follows ("my", "new", "is":
//!   "Meine neue Telefonnummer ist 0151 …"), one word per entry. Other words before a
//!   number say something the office should know ("Nummer von meinem Bruder") and go
//!   with it.
//! - `street_word`: the words for "street" before a street's name in an address ("вул.",
//!   "улица", "شارع"), one word per entry. In the Latin spelling of an address written in
//!   another script they are left out where the street's German name says Straße itself
//!   ("вул. Шульштрасе": "Schulstraße"; `engine/address_spelling.rs`).
//!
//! - `messenger`: what, in a phone's note, asks for written messages rather than calls:
//!   the names of chat apps and of text messages as people type them ("WhatsApp",
//!   "واتساب", "ватсап", "SMS", "پیامک"), and "no calls" ("keine Anrufe", "не звонить"),
//!   phrases of one or more words. With such a note the office is asked to write to the
//!   number, and the newcomer is told it will (a field test: "only WhatsApp, no calls" was
//!   followed by "Bitte rufen Sie … an"). `call`: what asks for a call ("arayın",
//!   "звоните", "anrufen"), phrases; a note that asks for one, not said no to, asks for no
//!   messages. `negation`: the words that say no to a phrase of either list one or two
//!   words after them ("kein WhatsApp", "не пишите", "ما عندي واتساب"), one word per entry;
//!   `negation_end` the same right after it or one word later ("whatsapp yok", "واتساپ
//!   ندارم", "mesaj yazmayın", "text messages are not possible"), unless a `call` phrase
//!   follows it ("SMS, nicht anrufen"). A form's notes count too, in sentences of at most
//!   [`SHORT_NOTE_WORDS`] words.
//!
//! - `helpers`: the words for people who help someone without being family, as they
//!   say who they are or whom they write for ("neighbour", "volunteer", "social worker",
//!   "Klientin"), phrases of one or more words. Such a request is for another person, and
//!   the office is told that a helper wrote it, not a family member.
//!
//! - `writers`: phrases in which the writer says they write for a family member ("i write
//!   for", "i am her son", "пишу за"), phrases of one or more words. Said in a request's own
//!   words, the request is that person's, and the office is told someone else wrote.
//!
//! - `mine`: phrases in which the writer says the answers given were their own, not the
//!   person's ("that was my name", "не для мене", "i wrote my name"). Said at a question of
//!   who the person is, those questions are asked again, of the person.
//!
//! - `named`: phrases after which a person's name follows in a sentence ("اسمها", her name
//!   is; "его зовут", "اسم خانمم"), phrases of one or more words. A name written so in a
//!   script the office cannot read gets a Latin spelling in the email.
//!
//! - `gist`: what phrases of free text mean, in German, for an office that cannot read the
//!   text (`gist = Nachbar: جار, الجار`): the email shows the meanings found under an
//!   untranslated note or message ([`crate::gist`]). `urgent`: those meanings (as the
//!   `gist` lines write them) that make a request look urgent ("Frist", "Gewalt"); the
//!   email says so at its top. `danger` and `illness`: those after which the person is
//!   told the emergency numbers, or where to find a doctor now.
//!
//! - `chat_digits`: digits that stand for letters when people type this language in Latin
//!   letters (Arabic chat writes "3" for ع, "7" for ح: "3andi", "sa7"), separated by commas
//!   or spaces. A word of Latin letters with one of them beside a letter counts for the
//!   language; "B2", "A1" (a course's level) do not.
//!
//! A language written in Cyrillic or Arabic script is also recognised from its words typed
//! in Latin letters ("mne nuzhna pomosh", "madrese"): both are compared by what such
//! spellings keep (`romanized.rs`).
//!
//! Case, accents, Arabic short vowels and the Arabic/Persian forms of ی and ک do not matter
//! when words are compared ([`fold`]). The language guess itself is in
//! `engine/language.rs`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::romanized::{Listed, NativeScript, native_keys};

/// The file beside the locale folders for languages without texts.
pub const OTHER_LANGUAGES_FILE: &str = "other-languages.txt";
/// The file in a locale folder.
pub const WORDS_FILE: &str = "words.txt";

/// The small words of names ("von der Heide" was kept as a sentence, a field test): no
/// common words here.
const NAME_PARTICLES: [&str; 16] = [
    "von", "van", "der", "den", "de", "la", "le", "du", "da", "zu", "zur", "al", "el", "ibn",
    "bin", "abu",
];

/// The most words a sentence of a form's free notes may have to change how the office
/// answers ([`WordLists::text_asks_for_messages`]).
pub const SHORT_NOTE_WORDS: usize = 8;

/// What tells one language apart.
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    /// Folded names ([`fold_phrase`]).
    pub names: BTreeSet<String>,
    /// Letters as written, in both cases.
    pub letters: BTreeSet<char>,
    /// Folded words ([`fold`]).
    pub words: BTreeSet<String>,
    /// Folded words of asking for a language ([`fold`]).
    pub asks: BTreeSet<String>,
    /// Folded words a question starts with ([`fold`]).
    pub questions: BTreeSet<String>,
    /// Folded words a question ends with (Turkish "mu", "mı": "olur mu?" without its "?").
    pub question_end: BTreeSet<String>,
    /// Folded phrases before a name said in a sentence ([`fold_phrase`]).
    pub name_intro: BTreeSet<String>,
    /// Folded words after a name said in a sentence ([`fold`]).
    pub name_end: BTreeSet<String>,
    /// Folded phrases of a phone's note that ask for written messages ([`fold_phrase`]).
    pub messenger: BTreeSet<String>,
    /// Folded phrases of a phone's note that ask for a call ([`fold_phrase`]).
    pub call: BTreeSet<String>,
    /// Folded words that say no to a `messenger` or `call` phrase after them ([`fold`]).
    pub negation: BTreeSet<String>,
    /// Folded words that say no to a `messenger` or `call` phrase right before them
    /// ([`fold`]).
    pub negation_end: BTreeSet<String>,
    /// Folded small words of a phone number's label ([`fold`]).
    pub phone_label: BTreeSet<String>,
    /// Folded words for "street" before a street's name ([`fold`]).
    pub street_word: BTreeSet<String>,
    /// Folded words for one's family members ("mother", "мами", "لأمي"; [`fold`]).
    pub relatives: BTreeSet<String>,
    /// Folded phrases of people who help someone without being family ([`fold_phrase`]):
    /// "neighbour", "volunteer", "social worker", "Klientin".
    pub helpers: BTreeSet<String>,
    /// Folded phrases in which the writer says they write for a family member ("i write
    /// for", "i am her son"; [`fold_phrase`]).
    pub writers: BTreeSet<String>,
    /// Folded phrases in which the writer says the answers given were their own ("that was
    /// my name", "не для мене"; [`fold_phrase`]).
    pub mine: BTreeSet<String>,
    /// Folded phrases after which a person's name follows ("اسمها", "его зовут";
    /// [`fold_phrase`]).
    pub named: BTreeSet<String>,
    /// Folded words that add to what was said before ("also", "außerdem", "bir de",
    /// "ещё"; [`fold`]).
    pub also: BTreeSet<String>,
    /// Folded phrases of a phone's note ("رقم الجار", my neighbour's number) with what
    /// they mean in German ("Nachbar"), for a caseworker who cannot read the note
    /// ([`fold_phrase`]; `gist = Nachbar: جار, الجار`).
    pub gist: BTreeMap<String, String>,
    /// `gist` meanings that make a request look urgent to the office ("Frist", "Gewalt"),
    /// as written, of whichever language's `gist` lines.
    pub urgent: BTreeSet<String>,
    /// `gist` meanings that say the person may be in danger ("Gewalt", "Drohung"): after
    /// sending, the emergency numbers are said.
    pub danger: BTreeSet<String>,
    /// `gist` meanings that say someone is ill ("krank", "Fieber"): after sending, where
    /// to find a doctor now is said.
    pub illness: BTreeSet<String>,
    /// Languages with texts that its speakers often read, in order (`reads = fa` for
    /// Pashto): the note that it is not available yet is said in them too.
    pub reads: Vec<String>,
    /// Digits that stand for letters in its chat spelling.
    pub chat_digits: BTreeSet<char>,
    /// The script most of its words are written in, if any.
    pub script: Option<whatlang::Script>,
    /// Its words' keys as people type them in Latin letters (`romanized.rs`), for a
    /// language written in Cyrillic or Arabic script.
    pub romanized: BTreeSet<String>,
}

impl LanguageWords {
    /// Whether `token` (folded) is a word of Latin letters with one of the chat digits
    /// beside a letter: "3andi", "sa7", not "b2" (one letter) or "2026".
    pub fn has_chat_digit(&self, token: &str) -> bool {
        let chars: Vec<char> = token.chars().collect();
        chars.iter().filter(|c| c.is_ascii_lowercase()).count() >= 2
            && chars.iter().all(|c| c.is_ascii_alphanumeric())
            && chars.iter().enumerate().any(|(at, c)| {
                self.chat_digits.contains(c)
                    && [at.checked_sub(1), Some(at + 1)]
                        .into_iter()
                        .flatten()
                        .any(|next| chars.get(next).is_some_and(char::is_ascii_lowercase))
            })
    }
}

/// Where, one to three words before `at` in `tokens`, the last of `triggers` stands with only
/// words `between` accepts after it: its place.
fn trigger_before(
    tokens: &[String],
    at: usize,
    triggers: &[&str],
    between: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let from = at.saturating_sub(3);
    let before = tokens.get(from..at).unwrap_or_default();
    let found = before
        .iter()
        .rposition(|token| triggers.contains(&token.as_str()))?;
    before
        .iter()
        .skip(found + 1)
        .all(|token| between(token))
        .then_some(from + found)
}

/// Whether the word at `at` of `tokens` says who the writer is: "i am mother with small
/// baby", "ich bin alleinerziehende Mutter", "я мама" (field test BT of stop 74 told the
/// office someone else wrote for her). "I am the mother of …", "I am his mother" are
/// someone else's relative, and still name another.
fn says_who_the_writer_is(tokens: &[String], at: usize) -> bool {
    const I_AM: [&str; 7] = ["am", "im", "bin", "я", "ben", "انا", "ez"];
    const BETWEEN: [&str; 7] = [
        "a",
        "an",
        "ein",
        "eine",
        "single",
        "alleinerziehende",
        "young",
    ];
    trigger_before(tokens, at, &I_AM, &|token| BETWEEN.contains(&token)).is_some()
}

/// Whether the word at `at` of `tokens` is someone the writer lives with or has: "mit 2
/// kinder", "i have 3 children", "with my wife", "у меня двое детей" (field test BU of stop
/// 74: "ich bin alleinerziehend mit 2 kinder" reached the office as written by someone
/// else). Only a number or "my" between; not "help with my son", which is about him.
fn says_whom_the_writer_has(tokens: &[String], at: usize) -> bool {
    const WITH: [&str; 16] = [
        "with",
        "have",
        "mit",
        "habe",
        "hab",
        "مع",
        "عندي",
        "عندنا",
        "با",
        "دارم",
        "داریم",
        "с",
        "з",
        "меня",
        "маю",
        "bi",
    ];
    const BETWEEN: [&str; 16] = [
        "my", "mein", "meine", "meinen", "meiner", "two", "three", "four", "zwei", "drei", "vier",
        "двое", "трое", "двоє", "троє", "a",
    ];
    const HELP: [&str; 4] = ["help", "hilfe", "helfen", "helping"];
    trigger_before(tokens, at, &WITH, &|token| {
        BETWEEN.contains(&token) || token.chars().all(|c| c.is_ascii_digit())
    })
    .is_some_and(|with_at| {
        !with_at
            .checked_sub(1)
            .and_then(|before| tokens.get(before))
            .is_some_and(|word| HELP.contains(&word.as_str()))
    })
}

/// Whether the word at `at` is counted ("дома 2 детей", at home two children; "3 kids"):
/// the writer's own family, told of, not a person written for (field test CV of stop 81:
/// a Jobcenter request of a father was sent as written for someone else).
fn counted(tokens: &[String], at: usize) -> bool {
    const NUMBERS: [&str; 30] = [
        "two",
        "three",
        "four",
        "five",
        "zwei",
        "drei",
        "vier",
        "funf",
        "двое",
        "трое",
        "четверо",
        "двоє",
        "троє",
        "двух",
        "трех",
        "iki",
        "uc",
        "dort",
        "du",
        "se",
        "car",
        "دو",
        "سه",
        "چهار",
        "اثنين",
        "ثلاث",
        "ثلاثة",
        "اربع",
        "اربعة",
        "خمسة",
    ];
    at.checked_sub(1)
        .and_then(|before| tokens.get(before))
        .is_some_and(|word| {
            word.chars().all(|c| c.is_ascii_digit()) || NUMBERS.contains(&word.as_str())
        })
}

/// Name intros that are only a pronoun for "I", folded ([`WordLists::without_name_intro_in`]).
const PRONOUN_INTROS: [&str; 5] = ["ben", "я", "ez", "من", "انا"];

/// Words that say whose name follows, before its words ([`WordLists::without_name_intro`]),
/// folded: a neighbour's, whom a helper writes for.
const WHOSE_WORDS: [&str; 16] = [
    "my",
    "his",
    "her",
    "mein",
    "meine",
    "meines",
    "meiner",
    "komsumun",
    "neighbours",
    "neighbors",
    "neighbour",
    "neighbor",
    "nachbarn",
    "جاری",
    "جارتی",
    "همسایه",
];

/// Words for "from" after "I am" ([`WordLists::without_name_intro`]), folded: no name
/// starts with them.
const ORIGIN_WORDS: [&str; 8] = ["from", "aus", "ji", "из", "із", "з", "از", "من"];

/// The word lists of every language Kompass knows, with or without texts.
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    languages: BTreeMap<String, LanguageWords>,
    /// Countries' names as people write them (`countries.ftl`: label and `.typed`), by
    /// language code: folded phrase → the German name. For the office's word-for-word
    /// line only ([`crate::gist::said_with_countries`]): "غلطت بالجنسية، انا عراقية مو
    /// سورية" read "nicht" alone to a caseworker (a field test of stop 63).
    countries: BTreeMap<String, BTreeMap<String, String>>,
    /// Each language's `gist` phrases found by their first word, made at the language's
    /// first look-up ([`Self::gist_places`]): going through every phrase for every text
    /// was 4.7 % of the bot's CPU in the Telegram benchmark of stop 72. Only the languages
    /// asked are made (a chat's, German and English): each stays in memory once made.
    gist_index: BTreeMap<String, OnceLock<GistIndex>>,
}

/// A language's `gist` phrases ready to be found ([`WordLists::gist_places`]). Kept small,
/// as it stays in memory once made: the phrases as written (split where they are compared),
/// each meaning once.
#[derive(Debug, Clone, Default)]
struct GistIndex {
    /// Each phrase and its meaning (an index into `meanings`), in the order of
    /// [`LanguageWords::gist`].
    phrases: Vec<(Box<str>, u32)>,
    meanings: Vec<Box<str>>,
    /// The phrases (indexes into `phrases`) by their first word.
    by_first_word: HashMap<Box<str>, Vec<u32>>,
}

impl GistIndex {
    fn new(gist: &BTreeMap<String, String>) -> Self {
        let mut index = Self::default();
        let mut meaning_numbers: HashMap<&str, u32> = HashMap::new();
        for (phrase, meaning) in gist {
            let Some(first) = phrase_parts(phrase)
                .first()
                .and_then(|part| part.first())
                .map(|word| Box::<str>::from(*word))
            else {
                continue;
            };
            let meaning = *meaning_numbers.entry(meaning).or_insert_with(|| {
                index.meanings.push(meaning.as_str().into());
                (index.meanings.len() - 1) as u32
            });
            index
                .by_first_word
                .entry(first)
                .or_default()
                .push(index.phrases.len() as u32);
            index.phrases.push((phrase.as_str().into(), meaning));
        }
        index.by_first_word.shrink_to_fit();
        index
    }
}

impl WordLists {
    /// Every language with words, by code.
    pub fn languages(&self) -> impl Iterator<Item = (&str, &LanguageWords)> {
        self.languages
            .iter()
            .map(|(code, words)| (code.as_str(), words))
    }

    /// Adds a country's name or spelling as written in language `code`, meaning the German
    /// name `german`.
    pub fn add_country(&mut self, code: &str, spelling: &str, german: &str) {
        let phrase = fold_phrase(spelling);
        if phrase.chars().count() < 3 {
            return;
        }
        self.countries
            .entry(code.to_string())
            .or_default()
            .entry(phrase)
            .or_insert_with(|| german.to_string());
    }

    /// Where in `tokens` (folded) a country's name written in `code` stands: position, its
    /// number of words and the German name.
    pub fn country_places(&self, tokens: &[String], code: &str) -> Vec<(usize, usize, &str)> {
        let Some(countries) = self.countries.get(code) else {
            return Vec::new();
        };
        countries
            .iter()
            .flat_map(|(phrase, german)| {
                phrase_places(tokens, phrase).map(move |(at, length)| (at, length, german.as_str()))
            })
            .collect()
    }

    pub fn get(&self, code: &str) -> Option<&LanguageWords> {
        self.languages.get(code)
    }

    /// Adds `words` to what is known of `code` (a language may appear in its locale folder
    /// and, until its texts are complete, in `other-languages.txt`).
    pub fn add(&mut self, code: &str, words: LanguageWords) {
        self.gist_index.insert(code.to_string(), OnceLock::new());
        let entry = self.languages.entry(code.to_string()).or_default();
        // Every list by name, so that a new one is not forgotten here (`question_end` was).
        let LanguageWords {
            names,
            letters,
            words,
            asks,
            questions,
            question_end,
            name_intro,
            name_end,
            messenger,
            call,
            negation,
            negation_end,
            phone_label,
            street_word,
            relatives,
            helpers,
            writers,
            mine,
            named,
            also,
            gist,
            urgent,
            danger,
            illness,
            chat_digits,
            reads,
            script: _,
            romanized: _,
        } = words;
        for code in reads {
            if !entry.reads.contains(&code) {
                entry.reads.push(code);
            }
        }
        entry.gist.extend(gist);
        entry.urgent.extend(urgent);
        entry.danger.extend(danger);
        entry.illness.extend(illness);
        entry.names.extend(names);
        entry.asks.extend(asks);
        entry.questions.extend(questions);
        entry.question_end.extend(question_end);
        entry.name_intro.extend(name_intro);
        entry.name_end.extend(name_end);
        entry.messenger.extend(messenger);
        entry.call.extend(call);
        entry.negation.extend(negation);
        entry.negation_end.extend(negation_end);
        entry.phone_label.extend(phone_label);
        entry.street_word.extend(street_word);
        entry.relatives.extend(relatives);
        entry.helpers.extend(helpers);
        entry.writers.extend(writers);
        entry.mine.extend(mine);
        entry.named.extend(named);
        entry.also.extend(also);
        entry.letters.extend(letters);
        entry.words.extend(words);
        entry.chat_digits.extend(chat_digits);
        entry.script = script_of(&entry.words);
        entry.romanized = NativeScript::of(entry.script)
            .map(|script| {
                entry
                    .words
                    .iter()
                    .flat_map(|word| native_keys(word, script, Listed::ToGuess))
                    .collect()
            })
            .unwrap_or_default();
    }

    /// Whether `phrase` (folded words joined by one space) is a language's `name_intro`.
    pub fn is_name_intro(&self, phrase: &str) -> bool {
        self.languages
            .values()
            .any(|words| words.name_intro.contains(phrase))
    }

    /// Whether folded `word` is a language's `name_end` ("hast", "است").
    pub fn is_name_end(&self, word: &str) -> bool {
        self.languages
            .values()
            .any(|words| words.name_end.contains(word))
    }

    /// `text` without the words that introduce a name in a sentence, in any language ("My
    /// name is Sami Haddad": "Sami Haddad"; "اسم من علی است": "علی"), as typed; `None`
    /// where it starts with none of them or nothing is left.
    /// Whether folded `word` is a word of no or of a family member in any language
    /// ("nicht", "not", "Mutter", "мама"): words beside a name that say whose it is, or
    /// who someone is not, and are never part of it.
    pub fn says_who_is_not_a_name(&self, word: &str) -> bool {
        self.languages.values().any(|words| {
            words.negation.contains(word)
                || words.negation_end.contains(word)
                || words.relatives.contains(word)
        })
    }

    pub fn without_name_intro(&self, text: &str) -> Option<String> {
        self.without_name_intro_in(text, None)
    }

    /// [`Self::without_name_intro`] for a chat in `lang`: a pronoun alone ("ben", "я",
    /// "ez", "من", "انا": I) is an intro only in its own language's chat. "Ben Schneider",
    /// a boy's name typed in a German chat, lost "Ben", Turkish "I" (field test BW of
    /// stop 74).
    pub fn without_name_intro_in(&self, text: &str, lang: Option<&str>) -> Option<String> {
        let all: Vec<&str> = text.split_whitespace().collect();
        let is_intro = |phrase: &str| {
            let pronoun_of_another = PRONOUN_INTROS.contains(&phrase)
                && lang.is_some_and(|lang| {
                    self.languages
                        .get(lang)
                        .is_none_or(|words| !words.name_intro.contains(phrase))
                });
            self.is_name_intro(phrase) && !pronoun_of_another
        };
        // Whose name it is, before its words: "komşumun soyadı Haddad" (my neighbour's
        // surname is Haddad: field test BU of stop 74 saved it whole), "my neighbour's
        // name is …". Not a relative's ("ابني اسمه عمر", my son is called Omar, at the
        // mother's own name: the child is asked about later).
        let whose = all
            .iter()
            .take(2)
            .take_while(|word| WHOSE_WORDS.contains(&fold_phrase(word).as_str()))
            .count();
        let intro_at = |skip: usize| {
            let words = all.get(skip..).unwrap_or_default();
            (1..words.len())
                .rev()
                .find(|&count| {
                    let phrase = fold_phrase(&words[..count].join(" "));
                    !phrase.is_empty() && is_intro(&phrase)
                })
                .map(|count| skip + count)
        };
        let longest = intro_at(0).or_else(|| (whose > 0).then(|| intro_at(whose)).flatten())?;
        let words = all.as_slice();
        let mut rest = &words[longest..];
        if let [_, .., last] = rest
            && self.is_name_end(&fold_phrase(last))
        {
            rest = &rest[..rest.len() - 1];
        }
        // "I am from Syria", "ich bin aus Syrien", "ez ji Sûriyê me": where one comes from,
        // not a name (a field test of stop 63 sent the family name "Ji"; "from Syria" and
        // "aus Syrien" were family names too).
        if rest
            .first()
            .is_some_and(|first| ORIGIN_WORDS.contains(&fold(first).as_str()))
        {
            return None;
        }
        // "Ich bin nicht die Mutter", "I am not the mother", "I am her son": who one is not,
        // or whose relative, not a name (a helper of field test BP of stop 72 got the given
        // name "nicht die Mutter").
        if rest
            .iter()
            .any(|word| self.says_who_is_not_a_name(&fold(word)))
        {
            return None;
        }
        let name = rest
            .join(" ")
            .trim_matches(|c: char| matches!(c, ':' | '-' | ',' | '.' | '،' | '–'))
            .trim()
            .to_string();
        (!name.is_empty()).then_some(name)
    }

    /// The name a sentence gives with words that can only introduce a name ("Mein Name
    /// ist Al-Hassan Omar", "меня зовут Олена"), for where no question asks for one: not
    /// after a pronoun alone, one or two words that are all common words ("I am a
    /// refugee", "ich bin Student", "я студент", "انا طالب" opened a request form at an
    /// office's menu and sent "A Refugee" as the family name: a field test of stop 58),
    /// nor where a common word is left ("my name is a secret").
    pub fn introduced_name(&self, text: &str) -> Option<String> {
        let name = self.without_name_intro(text)?;
        let all = tokens(text);
        let rest = tokens(&name);
        let intro = all.get(..all.len().checked_sub(rest.len())?)?;
        // "mein Name ist", "my name is": three common words, but no pronoun alone.
        let weak = intro.len() < 3 && intro.iter().all(|word| self.is_common_word(word));
        let plain = rest
            .iter()
            .all(|word| NAME_PARTICLES.contains(&word.as_str()) || !self.is_common_word(word));
        (!weak && plain).then_some(name)
    }

    /// Whether `text` reads as a sentence of one language's common words rather than a
    /// name: three words or more, at least two and half of them that language's `words`
    /// ("This is for my mother.", "Das ist für meine Mutter." were taken as family names
    /// in a field test). A name's particles ("von der Berg": one German word) are fewer.
    pub fn is_a_sentence_of_common_words(&self, text: &str) -> bool {
        let tokens = tokens(text);
        tokens.len() >= 3
            && self.languages.values().any(|language| {
                let common = tokens
                    .iter()
                    .filter(|token| {
                        language.words.contains(*token) && !NAME_PARTICLES.contains(&token.as_str())
                    })
                    .count();
                common >= 2 && common * 2 >= tokens.len()
            })
    }

    /// Whether `text` names a family member of the writer in any language (`relatives`):
    /// "Для мами", "هذا الطلب لأمي", "برای مادرم" (for my mother) at a family name were
    /// offered as names in Latin letters (a field test).
    pub fn names_a_relative(&self, text: &str) -> bool {
        // With its numbers, which count family members ([`counted`]).
        let tokens = tokens_and_numbers(&normalize_digits(text));
        // One word too where it is no Latin one ("لأمي", "مادرم": no name, a field test);
        // "Sohn", "Kind" are German family names.
        let latin = text.chars().any(|c| c.is_ascii_alphabetic());
        // "family name" names nobody ("Tesfaye is family name" asked whether the request
        // was for another person: a field test of stop 67).
        (tokens.len() >= 2 || !latin)
            && tokens.iter().enumerate().any(|(at, token)| {
                tokens.get(at + 1).is_none_or(|next| next != "name")
                    && !says_who_the_writer_is(&tokens, at)
                    && !says_whom_the_writer_has(&tokens, at)
                    && !counted(&tokens, at)
                    && self
                        .languages
                        .values()
                        .any(|language| language.relatives.contains(token))
            })
    }

    /// Whether one folded word ([`tokens`]) is a family member's in any language
    /// (`relatives`), however short: "eşim", "mother" alone.
    pub fn is_a_relative_word(&self, token: &str) -> bool {
        self.languages
            .values()
            .any(|language| language.relatives.contains(token))
    }

    /// Whether `text` names someone who helps the writer's person without being family,
    /// in any language (`helpers`): "Ich bin ehrenamtliche Helferin von Familie Haidari",
    /// "this is for my neighbour", "я соціальна працівниця" (field test BF of stop 70: the
    /// office read "the chat named a family member"). Two words or more, as
    /// [`Self::names_a_relative`].
    pub fn names_a_helper(&self, text: &str) -> bool {
        let tokens = tokens(text);
        let latin = text.chars().any(|c| c.is_ascii_alphabetic());
        (tokens.len() >= 2 || !latin) && self.holds_a_phrase_of(&tokens, |words| &words.helpers)
    }

    /// Whether `text` says the answers given were the writer's own, not the person's, in
    /// any language (`mine`): "це не для мене, для мами! я написала своє ім'я" at the birth
    /// date of a request begun for the mother (field test CC of stop 76).
    pub fn says_the_answers_were_mine(&self, text: &str) -> bool {
        self.holds_a_phrase_of(&tokens(text), |words| &words.mine)
    }

    /// The names `text` introduces with a phrase of `named`, in any language ("اسمها فاطمة",
    /// her name is Fatima; "его зовут Артём"): the one or two words after the phrase, as
    /// written, up to the end of a clause, that are no common word, no phrase of `named`
    /// and hold no digit. An Arabic word beginning with "و" (and) after a first word ends
    /// the name: "اسمها فاطمة وعمرها 30". A relative's name in a note or a message after
    /// the request reached the office in a script it cannot read (field test CE of stop 77).
    pub fn names_introduced(&self, text: &str) -> Vec<String> {
        let is_named = |phrase: &str| {
            self.languages
                .values()
                .any(|language| language.named.contains(phrase))
        };
        let intro = |folded: &[String], at: usize| {
            (1..=3).rev().find(|&count| {
                folded
                    .get(at..at + count)
                    .is_some_and(|words| is_named(&words.join(" ")))
            })
        };
        self.names_after(text, &intro, &|_| true, false)
    }

    /// The names `text` writes right after a word for a family member (`relatives`, or
    /// `is_relative`; an Arabic "و" or "ل" before it, "ولمرتي فاطمة", and for my wife
    /// Fatima): one or two words after it that `is_a_name` says are names, as
    /// [`Self::names_introduced`] reads them. "донька Марія Коваленко", "Жена Смирнова
    /// Ирина" in a request's notes reached the office in Cyrillic letters only (field test
    /// CG of stop 77). Without such a check "زوجتي مريضة" (my wife is ill) would name
    /// "مريضة".
    pub fn names_after_relatives(
        &self,
        text: &str,
        is_relative: &dyn Fn(&str) -> bool,
        is_a_name: &dyn Fn(&str) -> bool,
    ) -> Vec<String> {
        let relative = |word: &str| {
            let bare = word
                .strip_prefix("و")
                .filter(|rest| rest.chars().count() > 2)
                .unwrap_or(word);
            let bare = bare
                .strip_prefix("ل")
                .filter(|rest| rest.chars().count() > 2)
                .unwrap_or(bare);
            [word, bare].iter().any(|form| {
                is_relative(form)
                    || self
                        .languages
                        .values()
                        .any(|language| language.relatives.contains(*form))
            })
        };
        let intro =
            |folded: &[String], at: usize| folded.get(at).filter(|word| relative(word)).map(|_| 1);
        self.names_after(text, &intro, is_a_name, true)
    }

    /// The one or two words after each intro (`intro` gives its length in words where one
    /// starts), as written, up to the end of a clause, that are no common word, no intro
    /// and hold no digit, and that `is_a_name` takes; an Arabic word beginning with "و"
    /// (and) after a first word ends the name. With `lists`, more names follow, one word
    /// each, after a comma or an "و" ("احمد ومريم ويوسف"): only where `is_a_name` is
    /// strict, or "اسمها فاطمة وعمرها 30" (and her age is 30) would name "عمرها".
    fn names_after(
        &self,
        text: &str,
        intro: &dyn Fn(&[String], usize) -> Option<usize>,
        is_a_name: &dyn Fn(&str) -> bool,
        lists: bool,
    ) -> Vec<String> {
        let raw: Vec<&str> = text.split_whitespace().collect();
        let bare: Vec<&str> = raw
            .iter()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let folded: Vec<String> = bare.iter().map(|word| fold_phrase(word)).collect();
        let ends_clause =
            |word: &str| word.ends_with([',', '.', ';', ':', '!', '?', '،', '؛', '؟', ')']);
        // A word that may be a name: letters, one word, no common word, `is_a_name`'s.
        let may_be_a_name = |word: &str, folded_word: &str| {
            !folded_word.is_empty()
                && !word.chars().any(char::is_numeric)
                && !folded_word.contains(' ')
                && !self.is_common_word(folded_word)
                && is_a_name(word)
        };
        let mut names = Vec::new();
        let mut at = 0;
        while at < raw.len() {
            let Some(count) = intro(&folded, at) else {
                at += 1;
                continue;
            };
            let mut next = at + count;
            let mut name: Vec<&str> = Vec::new();
            // "ومعي 3 اطفال: احمد ومريم ويوسف" (and with me 3 children: …): a colon after
            // the intro leads to the names.
            let mut open = !raw
                .get(next - 1)
                .is_some_and(|word| ends_clause(word) && !word.ends_with(':'));
            // "з донькою Софією" (with my daughter Sofiia): after a word for a family member
            // in the instrumental case, its names are too, and are said as people are named
            // ("Sofiieiu (Софією)" reached the office: field test CJ of stop 78).
            let instrumental = folded
                .get(next - 1)
                .is_some_and(|word| ends_instrumental(word));
            let as_named = |word: &str| {
                if instrumental {
                    nominative_of_instrumental(word)
                } else {
                    word.to_string()
                }
            };
            while open
                && name.len() < 2
                && let (Some(word), Some(folded_word), Some(written)) =
                    (bare.get(next), folded.get(next), raw.get(next))
            {
                if word.is_empty()
                    || intro(&folded, next).is_some()
                    || (!name.is_empty() && word.starts_with('و'))
                    || !may_be_a_name(word, folded_word)
                {
                    break;
                }
                name.push(word);
                next += 1;
                open = !ends_clause(written);
            }
            if !name.is_empty() {
                names.push(
                    name.iter()
                        .map(|word| as_named(word))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                // More names in a list: "احمد ومريم ويوسف", "Ahmed, Maryam, Yusuf" (only the
                // first reached the office in Latin letters: field test CJ of stop 78).
                while lists && let (Some(word), Some(written)) = (bare.get(next), raw.get(next)) {
                    let after_comma = raw
                        .get(next - 1)
                        .is_some_and(|before| before.ends_with([',', '،']));
                    let without_and = word
                        .strip_prefix('و')
                        .filter(|rest| rest.chars().count() >= 2);
                    let candidate = match without_and {
                        Some(rest) => rest,
                        None if after_comma => word,
                        None => break,
                    };
                    if !may_be_a_name(candidate, &fold_phrase(candidate)) {
                        break;
                    }
                    names.push(as_named(candidate));
                    next += 1;
                    if ends_clause(written) && !written.ends_with(',') && !written.ends_with('،') {
                        break;
                    }
                }
            }
            at = next.max(at + 1);
        }
        names
    }

    /// Whether `text` says its writer writes for a family member, in any language
    /// (`writers`): "I am her son Wali, I write for her" in a request's own words reached
    /// the office with no word that someone else wrote (field tests BX and BY of stop 75).
    pub fn says_who_writes(&self, text: &str) -> bool {
        self.holds_a_phrase_of(&tokens(text), |words| &words.writers)
    }

    /// Whether `tokens` hold a phrase of the list `list` picks, in any language.
    fn holds_a_phrase_of(
        &self,
        tokens: &[String],
        list: impl Fn(&LanguageWords) -> &BTreeSet<String>,
    ) -> bool {
        self.languages.values().any(|language| {
            list(language)
                .iter()
                .any(|phrase| holds_phrase(tokens, phrase))
        })
    }

    /// `text`'s words without the phrases of [`Self::names_a_helper`], where it has one:
    /// "ich bin ehrenamtlich und schreibe für Frau Haidari" says who writes, and its
    /// "ehrenamtlich" named the page on volunteering (stop 72). `None` without one.
    pub fn without_helper_phrases(&self, text: &str) -> Option<String> {
        let tokens = tokens(text);
        let mut said = vec![true; tokens.len()];
        for language in self.languages.values() {
            for phrase in &language.helpers {
                for (at, len) in phrase_places(&tokens, phrase) {
                    said[at..at + len].fill(false);
                }
            }
        }
        said.contains(&false).then(|| {
            tokens
                .iter()
                .zip(said)
                .filter(|(_, said)| *said)
                .map(|(token, _)| token.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// Whether `text` names another person the writer writes for or about: a family
    /// member ([`Self::names_a_relative`]) or a helper's person ([`Self::names_a_helper`]).
    pub fn names_another_person(&self, text: &str) -> bool {
        self.names_a_relative(text) || self.names_a_helper(text)
    }

    /// Whether `text` begins with a word of language `code` that adds to what was said
    /// before (`also`): "Bir de: ben sabah 7'den itibaren çalışıyorum", "außerdem …", "и
    /// ещё …" (its first two words). Only the chat's language: German "also" is "so".
    pub fn adds_to_before(&self, text: &str, code: &str) -> bool {
        let Some(language) = self.languages.get(code) else {
            return false;
        };
        tokens(text)
            .iter()
            .take(2)
            .any(|token| language.also.contains(token))
    }

    /// Where `tokens` (folded, [`tokens_and_numbers`]) hold a `gist` phrase of language
    /// `code`: every place of each phrase, with what it means in German. Only that
    /// language's phrases: Turkish "iş" (work) is English "is" without its accent.
    /// The place is where the phrase starts, with its length in words.
    pub fn gist_places(&self, tokens: &[String], code: &str) -> Vec<(usize, usize, &str)> {
        let (Some(language), Some(index)) = (self.languages.get(code), self.gist_index.get(code))
        else {
            return Vec::new();
        };
        let index = index.get_or_init(|| GistIndex::new(&language.gist));
        // Every place, not the first only: "kurê min Dilan 5 salî û keça min Berfîn 2 salî"
        // (5 years old … 2 years old) read its second "salî" as Turkish "salı", Tuesday,
        // because only the first stood inside a phrase that says nothing (a field test of
        // stop 67). Ordered by phrase, then place, as the list is.
        let mut places: Vec<(u32, usize, usize)> = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            for &phrase in index
                .by_first_word
                .get(token.as_str())
                .into_iter()
                .flatten()
            {
                let (words, _) = &index.phrases[phrase as usize];
                if let Some(length) = phrase_length_at(tokens, at, words) {
                    places.push((phrase, at, length));
                }
            }
        }
        places.sort_unstable();
        places
            .into_iter()
            .map(|(phrase, at, length)| {
                let (_, meaning) = index.phrases[phrase as usize];
                (at, length, &*index.meanings[meaning as usize])
            })
            .collect()
    }

    /// Whether a `gist` meaning ("Frist") makes a request look urgent (`urgent`, in any
    /// language's list).
    pub fn is_urgent(&self, meaning: &str) -> bool {
        self.in_any_list(|words| &words.urgent, meaning)
    }

    /// Whether a `gist` meaning ("Gewalt") says the person may be in danger (`danger`, in
    /// any language's list).
    pub fn is_danger(&self, meaning: &str) -> bool {
        self.in_any_list(|words| &words.danger, meaning)
    }

    /// Whether a `gist` meaning ("Fieber") says someone is ill (`illness`, in any
    /// language's list).
    pub fn is_illness(&self, meaning: &str) -> bool {
        self.in_any_list(|words| &words.illness, meaning)
    }

    /// Whether `meaning` is in the list `list` of any language.
    fn in_any_list(
        &self,
        list: impl Fn(&LanguageWords) -> &BTreeSet<String>,
        meaning: &str,
    ) -> bool {
        self.languages
            .values()
            .any(|words| list(words).contains(meaning))
    }

    /// Whether `text` names language `code` by one of its `names` ("English", "по-русски").
    pub fn names_language(&self, code: &str, text: &str) -> bool {
        let tokens = tokens(text);
        self.languages.get(code).is_some_and(|language| {
            language
                .names
                .iter()
                .any(|name| holds_phrase(&tokens, name))
        })
    }

    /// Where a name of language `code` stands in `tokens` (folded): the index of its first
    /// word and its number of words, each time it stands there.
    pub fn language_name_places(&self, code: &str, tokens: &[String]) -> Vec<(usize, usize)> {
        self.languages.get(code).map_or_else(Vec::new, |language| {
            language
                .names
                .iter()
                .flat_map(|name| phrase_places(tokens, name))
                .collect()
        })
    }

    /// Whether folded `word` starts a question in any language (`questions`: "what",
    /// "wann", "что").
    /// Whether the first word of `text`, as written, is a question word: one written with
    /// a letter only Persian writes (ی, ک, گ, پ, چ, ژ) only in Persian's list. Folded, Persian
    /// "این" (this) is Arabic "اين" (where): "این برای مادرم است، تخلص او Stanikzai" (this is
    /// for my mother, her surname …) was kept as a question (field test BU of stop 74).
    pub fn starts_with_a_question_word(&self, text: &str) -> bool {
        let Some(first) = text.split_whitespace().next() else {
            return false;
        };
        let Some(folded) = tokens(first).into_iter().next() else {
            return false;
        };
        if first.contains(['ی', 'ک', 'گ', 'پ', 'چ', 'ژ']) {
            return self
                .languages
                .get("fa")
                .is_some_and(|persian| persian.questions.contains(&folded));
        }
        self.is_question_word(&folded)
    }

    pub fn is_question_word(&self, word: &str) -> bool {
        self.languages
            .values()
            .any(|language| language.questions.contains(word))
    }

    /// Whether folded `word` is one of the common words of any language (`words`).
    pub fn is_common_word(&self, word: &str) -> bool {
        self.languages
            .values()
            .any(|language| language.words.contains(word))
    }

    /// Whether a phone's note asks for written messages rather than calls, in any language
    /// (`messenger`): "nur WhatsApp", "واتساب فقط", "SMS please".
    /// Not where a word of `negation` stands one or two words before the phrase, or one
    /// of `negation_end` right after it or one word later: "kein WhatsApp, bitte anrufen",
    /// "не пишите, звоните" ask for calls (a field test of stop 57 was told the office
    /// would write).
    /// Nor where the note asks for a call too (`call`, not said no to): "mesaj yazmayın,
    /// arayın" (do not write, call), "whatsapp or call".
    pub fn asks_for_messages(&self, note: &str) -> bool {
        let tokens = tokens(note);
        self.says_unnegated(&tokens, |language| &language.messenger)
            && !self.says_unnegated(&tokens, |language| &language.call)
            // "(вотсап тоже)", WhatsApp too: besides a call, not instead of one (field test
            // CA of stop 75 told the office to write only).
            && !tokens
                .iter()
                .any(|token| TOO_WORDS.iter().any(|too| fold(too) == *token))
    }

    /// Whether a free text answer (a form's notes) asks for written messages: a sentence of
    /// at most [`SHORT_NOTE_WORDS`] words that [`Self::asks_for_messages`] ("Bitte nur
    /// WhatsApp.", "I am deaf, please text."). Longer sentences tell of something else
    /// more often than they ask ("Das Jobcenter hat mir eine SMS geschickt, die ich nicht
    /// verstehe"), so only a short one changes how the office answers.
    pub fn text_asks_for_messages(&self, text: &str) -> bool {
        text.split(['.', '!', '?', ';', '\n', '。', '؟', '۔'])
            .filter(|sentence| {
                let words = tokens(sentence).len();
                (1..=SHORT_NOTE_WORDS).contains(&words)
            })
            .any(|sentence| self.asks_for_messages(sentence))
    }

    /// Whether a phrase of `call` starts at `place` of `tokens`.
    fn call_at(&self, tokens: &[String], place: usize) -> bool {
        let rest = tokens.get(place..).unwrap_or_default();
        self.languages
            .values()
            .flat_map(|language| language.call.iter())
            .any(|phrase| starts_with_phrase(rest, phrase))
    }

    /// Whether one of the phrases `list` gives, in any language, stands in `tokens` without
    /// a `negation` word one or two words before it or a `negation_end` word right after it
    /// or one word later.
    fn says_unnegated(
        &self,
        tokens: &[String],
        list: impl Fn(&LanguageWords) -> &BTreeSet<String>,
    ) -> bool {
        let in_any = |word: &String, list: fn(&LanguageWords) -> &BTreeSet<String>| {
            self.languages
                .values()
                .any(|language| list(language).contains(word))
        };
        let phrases = self
            .languages
            .values()
            .flat_map(|language| list(language).iter());
        phrases
            .flat_map(|phrase| phrase_places(tokens, phrase))
            .any(|(at, length)| {
                let negated_before = tokens[at.saturating_sub(2)..at]
                    .iter()
                    .any(|word| in_any(word, |language| &language.negation));
                // A `negation_end` word right after the phrase, or after one word between
                // ("text messages are not possible", "whatsapp geht nicht"), unless it says
                // no to a call that follows it ("sms, not calls").
                let negated_after =
                    (at + length..(at + length + 2).min(tokens.len())).any(|place| {
                        in_any(&tokens[place], |language| &language.negation_end)
                            && !self.call_at(tokens, place + 1)
                    });
                !negated_before && !negated_after
            })
    }

    /// Whether folded `word` is one of the small words of a phone number's label, in any
    /// language.
    pub fn is_phone_label_word(&self, word: &str) -> bool {
        self.languages
            .values()
            .any(|words| words.phone_label.contains(word))
    }

    /// Whether folded `word` is a word for "street" before a street's name, in any
    /// language.
    pub fn is_street_word(&self, word: &str) -> bool {
        self.languages
            .values()
            .any(|words| words.street_word.contains(word))
    }

    /// The languages with texts that speakers of `code` often read (`reads`), in order.
    pub fn reads(&self, code: &str) -> &[String] {
        self.languages
            .get(code)
            .map_or(&[], |words| words.reads.as_slice())
    }

    /// Reads `dir/other-languages.txt` if it is there.
    pub fn load_other_languages(dir: &Path, diagnostics: &mut Diagnostics) -> Self {
        let mut lists = Self::default();
        let file = dir.join(OTHER_LANGUAGES_FILE);
        if !file.exists() {
            return lists;
        }
        let Some(source) = read_file(&file, diagnostics) else {
            return lists;
        };
        for (code, words) in parse_blocks(&file, &source, diagnostics) {
            lists.add(&code, words);
        }
        lists
    }
}

/// Reads `folder/words.txt` of a locale; `None` when the folder has none.
pub fn load_locale_words(folder: &Path, diagnostics: &mut Diagnostics) -> Option<LanguageWords> {
    let file = folder.join(WORDS_FILE);
    if !file.exists() {
        return None;
    }
    let source = read_file(&file, diagnostics)?;
    let mut words = LanguageWords::default();
    for (number, line) in source.lines().enumerate() {
        let line = strip_comment(line);
        if line.starts_with('[') {
            diagnostics.push(Diagnostic::error(
                &file,
                Some(number + 1),
                format!("`{line}`: a block header belongs in `{OTHER_LANGUAGES_FILE}`"),
                "remove it: this file is for its folder's language only",
            ));
            continue;
        }
        parse_line(&file, number + 1, line, &mut words, diagnostics);
    }
    // An `urgent`, `danger` or `illness` meaning no `gist` line of the file means would
    // never be found.
    for (number, line) in source.lines().enumerate() {
        let Some(("urgent" | "danger" | "illness", entries)) = strip_comment(line)
            .split_once('=')
            .map(|(key, entries)| (key.trim(), entries))
        else {
            continue;
        };
        for meaning in entries.split(',').map(str::trim).filter(|m| !m.is_empty()) {
            if !words.gist.values().any(|known| known == meaning) {
                diagnostics.push(Diagnostic::error(
                    &file,
                    Some(number + 1),
                    format!("`{meaning}` is the meaning of no `gist` line of this file"),
                    "write it as a `gist` line writes its German word (`gist = Frist: Frist, Fristen`), or add such a line",
                ));
            }
        }
    }
    words.script = script_of(&words.words);
    Some(words)
}

pub(crate) fn read_file(file: &Path, diagnostics: &mut Diagnostics) -> Option<String> {
    match fs::read_to_string(file) {
        Ok(source) => Some(source),
        Err(err) => {
            diagnostics.push(Diagnostic::error(
                file,
                None,
                format!("cannot read file: {err}"),
                "save it as UTF-8 text",
            ));
            None
        }
    }
}

pub(crate) fn strip_comment(line: &str) -> &str {
    line.split_once('#')
        .map_or(line, |(before, _)| before)
        .trim()
}

/// `[code]` blocks of `other-languages.txt`.
fn parse_blocks(
    file: &Path,
    source: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, LanguageWords)> {
    let mut blocks: Vec<(String, LanguageWords)> = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line = strip_comment(line);
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let code = code.trim();
            if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.is_empty() {
                diagnostics.push(Diagnostic::error(
                    file,
                    Some(number + 1),
                    format!("`{code}` is not a language code"),
                    "write the block header as the language's code, e.g. `[ps]`",
                ));
            }
            blocks.push((code.to_string(), LanguageWords::default()));
            continue;
        }
        if line.is_empty() {
            continue;
        }
        match blocks.last_mut() {
            Some((_, words)) => parse_line(file, number + 1, line, words, diagnostics),
            None => diagnostics.push(Diagnostic::error(
                file,
                Some(number + 1),
                "a line before the first `[code]` block",
                "start each language with its code in brackets, e.g. `[ps]`",
            )),
        }
    }
    for (_, words) in &mut blocks {
        words.script = script_of(&words.words);
    }
    blocks
}

/// One `key = entries` line into `words`.
fn parse_line(
    file: &Path,
    line_number: usize,
    line: &str,
    words: &mut LanguageWords,
    diagnostics: &mut Diagnostics,
) {
    if line.is_empty() {
        return;
    }
    let mut problem = |problem: String, fix: &str| {
        diagnostics.push(Diagnostic::error(file, Some(line_number), problem, fix));
    };
    let Some((key, entries)) = line.split_once('=') else {
        return problem(
            format!("`{line}` has no `=`"),
            "write `names = …`, `letters = …`, `words = …`, `asks = …`, `questions = …`, `name_intro = …`, `name_end = …`, `messenger = …`, `call = …`, `negation = …`, `negation_end = …`, `phone_label = …`, `street_word = …`, `relatives = …`, `helpers = …`, `writers = …`, `mine = …`, `named = …`, `also = …`, `gist = German: …`, `urgent = …`, `danger = …`, `illness = …`, `reads = …` or `chat_digits = …`, entries separated by commas",
        );
    };
    if key.trim() == "gist" {
        let Some((meaning, phrases)) = entries.split_once(':') else {
            return problem(
                format!("`{line}` says no meaning before a `:`"),
                "write `gist = Nachbar: جار, الجار`: the German word, a colon, then the phrases that mean it",
            );
        };
        for phrase in phrases
            .split(',')
            .map(fold_gapped_phrase)
            .filter(|p| !p.is_empty())
        {
            words.gist.insert(phrase, meaning.trim().to_string());
        }
        return;
    }
    let entries = entries
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty());
    match key.trim() {
        // German meanings as the `gist` lines write them, compared as written.
        "urgent" => words.urgent.extend(entries.map(str::to_string)),
        "danger" => words.danger.extend(entries.map(str::to_string)),
        "illness" => words.illness.extend(entries.map(str::to_string)),
        "names" => words.names.extend(entries.map(fold_phrase)),
        key @ ("name_intro" | "messenger" | "call" | "helpers" | "writers" | "mine" | "named") => {
            match key {
                "name_intro" => &mut words.name_intro,
                "messenger" => &mut words.messenger,
                "helpers" => &mut words.helpers,
                "writers" => &mut words.writers,
                "mine" => &mut words.mine,
                "named" => &mut words.named,
                _ => &mut words.call,
            }
            .extend(entries.map(fold_phrase).filter(|phrase| !phrase.is_empty()))
        }
        "letters" => {
            for entry in entries.flat_map(str::split_whitespace) {
                match single_char(entry.chars()) {
                    Some(letter) if letter.is_alphabetic() => {
                        words.letters.insert(letter);
                        // The other case too, unless it is a plain ASCII letter or more than
                        // one letter: Turkish ı is I in upper case, which English writes too,
                        // and İ is i with a combining dot in lower case.
                        let cases = [
                            single_char(letter.to_lowercase()),
                            single_char(letter.to_uppercase()),
                        ];
                        for other in cases.into_iter().flatten().filter(|c| !c.is_ascii()) {
                            words.letters.insert(other);
                        }
                    }
                    _ => problem(
                        format!("`{entry}` is not one letter"),
                        "list single letters, separated by commas or spaces",
                    ),
                }
            }
        }
        // Language codes, not words: `reads = fa` (Pashto speakers often read Persian).
        "reads" => {
            for entry in entries {
                if entry.len() >= 2
                    && entry.len() <= 3
                    && entry.chars().all(|c| c.is_ascii_lowercase())
                {
                    if !words.reads.iter().any(|code| code == entry) {
                        words.reads.push(entry.to_string());
                    }
                } else {
                    problem(
                        format!("`{entry}` is not a language code"),
                        "list the codes of languages with texts, as their folders are named (`fa`, `ar`)",
                    );
                }
            }
        }
        "chat_digits" => {
            for entry in entries.flat_map(str::split_whitespace) {
                match single_char(entry.chars()) {
                    Some(digit) if digit.is_ascii_digit() => {
                        words.chat_digits.insert(digit);
                    }
                    _ => problem(
                        format!("`{entry}` is not one digit"),
                        "list single digits 0–9, separated by commas or spaces",
                    ),
                }
            }
        }
        key @ ("words" | "asks" | "questions" | "question_end" | "name_end" | "phone_label"
        | "street_word" | "relatives" | "also" | "negation" | "negation_end") => {
            for entry in entries {
                if entry.split_whitespace().nth(1).is_some() {
                    problem(
                        format!("`{entry}` is more than one word"),
                        "list each word on its own (words are matched one by one); a phrase that names the language belongs under `names`",
                    );
                } else {
                    let folded = fold(entry);
                    if folded.is_empty() {
                        problem(
                            format!("`{entry}` has no letters"),
                            "list words made of letters",
                        );
                    } else {
                        match key {
                            "words" => &mut words.words,
                            "asks" => &mut words.asks,
                            "questions" => &mut words.questions,
                            "question_end" => &mut words.question_end,
                            "phone_label" => &mut words.phone_label,
                            "street_word" => &mut words.street_word,
                            "relatives" => &mut words.relatives,
                            "also" => &mut words.also,
                            "negation" => &mut words.negation,
                            "negation_end" => &mut words.negation_end,
                            _ => &mut words.name_end,
                        }
                        .insert(folded);
                    }
                }
            }
        }
        other => problem(
            format!("unknown key `{other}`"),
            "use `names`, `letters`, `words`, `asks`, `questions`, `question_end`, `name_intro`, `name_end`, `messenger`, `call`, `negation`, `negation_end`, `phone_label`, `street_word`, `relatives`, `helpers`, `writers`, `mine`, `named`, `also`, `gist`, `reads` or `chat_digits`",
        ),
    }
}

/// Words for "too" beside a messenger's name ("WhatsApp auch", "вотсап тоже", "واتساب
/// كمان"), compared folded: the messenger besides a call.
const TOO_WORDS: [&str; 13] = [
    "too",
    "also",
    "auch",
    "тоже",
    "также",
    "теж",
    "також",
    "كمان",
    "ايضا",
    "هم",
    "ji",
    "de",
    "da",
];

/// Whether `tokens` hold `phrase` (folded words joined by one space) word for word, in a
/// row. An empty phrase is in none.
pub fn holds_phrase(tokens: &[String], phrase: &str) -> bool {
    // A phrase without a gap, compared where it stands without splitting it into parts
    // first: the lists of phrases are asked at every answer, and the parts' allocations
    // were most of their cost (the Telegram benchmark of stop 72).
    // The phrase's words are counted once, not at every place (stop 82, `perf`).
    if !phrase.contains(GAP) {
        let words = phrase.split(' ').filter(|word| !word.is_empty());
        let length = words.clone().count();
        return length > 0
            && tokens
                .windows(length)
                .any(|window| window.iter().map(String::as_str).eq(words.clone()));
    }
    phrase_places(tokens, phrase).next().is_some()
}

/// Whether `tokens` begin with `phrase` (folded words joined by one space), word for word.
/// An empty phrase begins none.
fn starts_with_phrase(tokens: &[String], phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').filter(|word| !word.is_empty()).collect();
    !words.is_empty()
        && tokens
            .get(..words.len())
            .is_some_and(|start| start.iter().map(String::as_str).eq(words.iter().copied()))
}

/// A gap in a `gist` phrase: "läuft … ab" (also written "...") is "läuft" and, up to
/// [`GAP_WORDS`] words later, "ab". German puts a separable verb's particle at the end of
/// its clause: "der läuft am 15.01. ab" is "läuft ab" (a field test of stop 66).
const GAP: &str = "…";
/// How many words a gap may hold: "läuft am 15. Januar 2027 ab" has four.
const GAP_WORDS: usize = 4;

/// A `gist` phrase folded as [`fold_phrase`] folds, its gaps kept as [`GAP`].
fn fold_gapped_phrase(phrase: &str) -> String {
    phrase
        .replace("...", GAP)
        .split(GAP)
        .map(fold_phrase)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(&format!(" {GAP} "))
}

/// Where `phrase` (folded words joined by one space) stands in `tokens`, word for word: the
/// index of its first word and its number of words (a [`GAP`]'s words included), each time
/// it stands there.
fn phrase_places<'a>(
    tokens: &'a [String],
    phrase: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let parts = phrase_parts(phrase);
    (0..tokens.len())
        .filter_map(move |at| parts_length_at(tokens, at, &parts).map(|length| (at, length)))
}

/// How many words of `tokens` `phrase` takes where it starts at `at`; `None` where it does
/// not start there. A phrase without a gap is compared without splitting it into parts.
fn phrase_length_at(tokens: &[String], at: usize, phrase: &str) -> Option<usize> {
    if phrase.contains(GAP) {
        return parts_length_at(tokens, at, &phrase_parts(phrase));
    }
    let words = phrase.split(' ').filter(|word| !word.is_empty());
    let length = words.clone().count();
    (length > 0
        && tokens
            .get(at..at + length)
            .is_some_and(|window| window.iter().map(String::as_str).eq(words)))
    .then_some(length)
}

/// A phrase's words, in the parts its gaps ([`GAP`]) cut it into; no empty part.
fn phrase_parts(phrase: &str) -> Vec<Vec<&str>> {
    phrase
        .split(GAP)
        .map(|part| part.split(' ').filter(|word| !word.is_empty()).collect())
        .filter(|part: &Vec<&str>| !part.is_empty())
        .collect()
}

/// How many words of `tokens` a phrase of `parts` ([`phrase_parts`]) takes where it
/// starts at `at`; `None` where it does not start there. An empty phrase stands nowhere.
fn parts_length_at(tokens: &[String], at: usize, parts: &[Vec<&str>]) -> Option<usize> {
    let stands_at = |at: usize, part: &[&str]| {
        tokens
            .get(at..at + part.len())
            .is_some_and(|window| window.iter().map(String::as_str).eq(part.iter().copied()))
    };
    let (first, rest) = parts.split_first()?;
    if !stands_at(at, first) {
        return None;
    }
    let mut end = at + first.len();
    for part in rest {
        end = (end..=end + GAP_WORDS).find(|&from| stands_at(from, part))? + part.len();
    }
    Some(end - at)
}

fn single_char(mut chars: impl Iterator<Item = char>) -> Option<char> {
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The script most of `words` are written in, apart from the spellings in Latin letters
/// that a list of another script carries ("privet", "salam"): however many those are,
/// Russian is written in Cyrillic.
fn script_of(words: &BTreeSet<String>) -> Option<whatlang::Script> {
    let is_latin = |c: char| c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c);
    let other_script: Vec<&str> = words
        .iter()
        .filter(|word| !word.chars().all(is_latin))
        .map(String::as_str)
        .collect();
    let joined = if other_script.is_empty() {
        words.iter().cloned().collect::<Vec<_>>().join(" ")
    } else {
        other_script.join(" ")
    };
    whatlang::detect_script(&joined)
}

/// A word as it is compared: lower case, without accents, Arabic short vowels, tatweel,
/// joiners or apostrophes, with the Arabic, Persian and Pashto forms of the same letter made
/// one (ي ى ې → ی, ك → ک, ګ → گ, أ إ آ → ا, ة → ه), Turkish İ/ı as i and Russian ё as е. People type
/// on whatever keyboard they have; the letters that do tell languages apart are compared
/// on the original text (`letters`).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let replacement: &str = match c {
            'İ' | 'I' | 'ı' | 'î' | 'Î' | 'í' | 'ì' | 'ï' => "i",
            'ç' | 'Ç' => "c",
            'ş' | 'Ş' => "s",
            'ğ' | 'Ğ' => "g",
            'ö' | 'Ö' | 'ó' | 'ò' | 'ô' => "o",
            'ü' | 'Ü' | 'û' | 'Û' | 'ú' | 'ù' => "u",
            'ä' | 'Ä' | 'â' | 'Â' | 'á' | 'à' | 'ã' => "a",
            'ê' | 'Ê' | 'é' | 'É' | 'è' | 'ë' => "e",
            'ñ' => "n",
            'ß' => "ss",
            'ё' | 'Ё' => "е",
            'ي' | 'ى' => "ی",
            'ك' => "ک",
            // Pashto's own forms of letters Persian and Arabic have: a Pashto speaker
            // writes "ګل" where a name list has "گل" (Gul).
            'ګ' => "گ",
            'ې' | 'ۍ' => "ی",
            'ړ' => "ر",
            'ډ' => "د",
            'ټ' => "ت",
            'ڼ' => "ن",
            'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
            'ة' | 'ۀ' => "ه",
            // Arabic short vowels and marks, tatweel, joiners, bidi marks, apostrophes, and
            // the dot above that lower-casing İ leaves behind ("i\u{307}").
            '\u{0307}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2066}'..='\u{2069}'
            | '\''
            | '’'
            | '`'
            | 'ʼ' => "",
            _ => {
                folded.extend(c.to_lowercase());
                continue;
            }
        };
        folded.push_str(replacement);
    }
    folded
}

/// The folded words of `text`, in order: split at everything that is not a letter or a
/// digit; pure numbers are left out.
pub fn tokens(text: &str) -> Vec<String> {
    pieces(&fold(text))
        .filter(|token| token.chars().any(char::is_alphabetic))
        .map(str::to_string)
        .collect()
}

/// Replaces Arabic-Indic and Persian digits with ASCII ones.
pub fn normalize_digits(text: &str) -> String {
    text.chars().map(ascii_digit).collect()
}

/// An Arabic-Indic or Persian digit as its ASCII one; any other character as it is.
pub fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        other => other,
    }
}

/// The runs of letters and digits of folded text.
fn pieces(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|piece| !piece.is_empty())
}

/// The folded words of `text` with its numbers among them ("ich", "und", "2", "kinder"), for
/// where a number's place among the words matters.
pub fn tokens_and_numbers(text: &str) -> Vec<String> {
    pieces(&fold(text)).map(str::to_string).collect()
}

/// A phrase (a language's name) as compared: its folded words joined by single spaces.
pub fn fold_phrase(text: &str) -> String {
    tokens(text).join(" ")
}

/// Whether a word in Cyrillic letters ends as a Ukrainian or Russian noun in the
/// instrumental case does ("донькою", "сином", "дочкой", "мужем").
fn ends_instrumental(word: &str) -> bool {
    word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
        // Not "-ей", the genitive plural of "детей" (of children) too.
        && ["ою", "ею", "єю", "ом", "ем", "єм", "ой", "ью"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// A Ukrainian or Russian first or family name in the instrumental case as people are
/// named: "Софією" "Софія", "Оленою" "Олена", "Наталею" "Наталя", "Марией" "Мария",
/// "Ольгой" "Ольга", "Іваном" "Іван", "Сергеем" "Сергей", "Дмитрием" "Дмитрий"; any other
/// word as it is ("Коваленко"; "Сергей" written as it is named stays).
fn nominative_of_instrumental(word: &str) -> String {
    const ENDINGS: [(&str, &str); 10] = [
        ("ією", "ія"),
        ("ией", "ия"),
        ("ієм", "ій"),
        ("ием", "ий"),
        ("еем", "ей"),
        ("єю", "я"),
        ("ею", "я"),
        ("ою", "а"),
        ("ой", "а"),
        ("ом", ""),
    ];
    for (ending, nominative) in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 2
        {
            return format!("{stem}{nominative}");
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped word lists of every language.
    fn shipped_lists() -> WordLists {
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut lists = WordLists::default();
        let mut diagnostics = Diagnostics::default();
        for code in ["ar", "de", "en", "fa", "ku", "ru", "tr", "uk"] {
            let words = load_locale_words(&locales.join(code), &mut diagnostics).unwrap();
            lists.add(code, words);
        }
        lists
    }

    /// A name after a phrase of `named`, up to two words, to the end of its clause; not
    /// a common word, a number, or an Arabic "and …" after the first word.
    #[test]
    fn names_introduced_in_a_sentence() {
        let lists = shipped_lists();
        for (text, names) in [
            (
                "نسيت قول انو مرتي كمان بدها موعد لتمديد الاقامة اسمها فاطمة",
                vec!["فاطمة"],
            ),
            ("اسمها فاطمة وعمرها 30 سنة", vec!["فاطمة"]),
            ("ابني اسمه محمد خالد، عمره 5", vec!["محمد خالد"]),
            ("اسم خانمم زهرا است", vec!["زهرا"]),
            (
                "жену зовут Олена Петренко, она тоже придёт",
                vec!["Олена Петренко"],
            ),
            ("мою дочку звати Марія", vec!["Марія"]),
            ("اسمها، لا أعرف", vec![]),
            ("my wife also needs an appointment", vec![]),
            ("зовут 5 человек", vec![]),
        ] {
            assert_eq!(lists.names_introduced(text), names, "{text}");
        }
    }

    /// The indexed look-up of `gist` phrases finds what going through every phrase finds,
    /// in the same order: every phrase of every language's real list, in a sentence with
    /// the next phrase, its gaps filled with two words. [`holds_phrase`]'s way without
    /// parts finds what the parts find, for the phrases near it in the list.
    #[test]
    fn gist_places_by_first_word_find_what_every_phrase_finds() {
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut lists = WordLists::default();
        let mut diagnostics = Diagnostics::default();
        for code in ["ar", "de", "en", "fa", "ku", "ru", "tr", "uk"] {
            let words = load_locale_words(&locales.join(code), &mut diagnostics).unwrap();
            lists.add(code, words);
        }
        let mut compared = 0;
        for (code, language) in lists.languages.clone() {
            let phrases: Vec<&String> = language.gist.keys().collect();
            for (number, pair) in phrases.windows(2).enumerate() {
                let text = format!("x {} y {} z", pair[0], pair[1]).replace(GAP, " a b ");
                let tokens: Vec<String> = text.split_whitespace().map(str::to_string).collect();
                let every: Vec<(usize, usize, &str)> = language
                    .gist
                    .iter()
                    .flat_map(|(phrase, meaning)| {
                        phrase_places(&tokens, phrase)
                            .map(move |(at, length)| (at, length, meaning.as_str()))
                    })
                    .collect();
                assert!(!every.is_empty(), "{code}: {text}");
                assert_eq!(lists.gist_places(&tokens, &code), every, "{code}: {text}");
                for phrase in &phrases[number.saturating_sub(20)..(number + 20).min(phrases.len())]
                {
                    assert_eq!(
                        holds_phrase(&tokens, phrase),
                        phrase_places(&tokens, phrase).next().is_some(),
                        "{code}: {phrase} in {text}"
                    );
                }
                compared += 1;
            }
        }
        assert!(compared > 1000, "{compared}");
    }

    fn load(files: &[(&str, &str)]) -> (WordLists, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        let mut diagnostics = Diagnostics::default();
        let mut lists = WordLists::load_other_languages(dir.path(), &mut diagnostics);
        if let Some(words) = load_locale_words(&dir.path().join("tr"), &mut diagnostics) {
            lists.add("tr", words);
        }
        (lists, diagnostics)
    }

    #[test]
    fn folding_makes_keyboards_alike() {
        assert_eq!(fold("Teşekkürler"), "tesekkurler");
        assert_eq!(fold("İyi"), "iyi");
        assert_eq!(fold("ګلالۍ"), fold("گلالی"));
        assert_eq!(fold(&"İyi".to_lowercase()), "iyi");
        assert_eq!(fold("ميخواهم"), fold("می‌خواهم"));
        assert_eq!(fold("شكراً"), "شکرا");
        assert_eq!(
            tokens("Hallo, ich brauch' Hilfe!! 123"),
            ["hallo", "ich", "brauch", "hilfe"]
        );
        assert_eq!(fold_phrase("  auf   Deutsch! "), "auf deutsch");
    }

    /// Chat digits: listed one by one (anything else is named with its line), and a word
    /// of Latin letters with one beside a letter counts ("3andi", "sa7"), not a level
    /// ("b2") or a number.
    #[test]
    fn chat_digits_are_read_and_recognised() {
        let (lists, diagnostics) = load(&[(
            "other-languages.txt",
            "[xx]\nwords = marhaba\nchat_digits = 3, 7 5x\n",
        )]);
        let text = diagnostics.to_string();
        assert!(text.contains("other-languages.txt:3"), "{text}");
        assert!(text.contains("`5x` is not one digit"), "{text}");
        let words = lists.get("xx").unwrap();
        assert_eq!(words.chat_digits, BTreeSet::from(['3', '7']));
        for (token, chat) in [
            ("3andi", true),
            ("sa7", true),
            ("ma3ak", true),
            ("b2", false),
            ("2026", false),
            ("a3", false),
            ("sa5", false),
        ] {
            assert_eq!(words.has_chat_digit(token), chat, "{token}");
        }
    }

    #[test]
    fn both_files_are_read() {
        let (lists, diagnostics) = load(&[
            (
                "tr/words.txt",
                "# Turkish\nnames = Türkçe, Turkish\nletters = ğ ı, İ\nwords = merhaba, selam\nwords = yardım\n",
            ),
            (
                "other-languages.txt",
                "[ps]\nnames = Pashto, پښتو\nletters = ښ\nwords = مننه\n\n[so]\nwords = mahadsanid\n",
            ),
        ]);
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        let tr = lists.get("tr").unwrap();
        assert!(tr.names.contains("turkce") && tr.words.contains("yardim"));
        assert!(
            tr.letters.contains(&'ğ') && tr.letters.contains(&'Ğ') && tr.letters.contains(&'İ')
        );
        // Not English I, not the i of İ's lower case.
        assert!(!tr.letters.contains(&'I') && !tr.letters.contains(&'i'));
        assert_eq!(tr.script, Some(whatlang::Script::Latin));
        assert_eq!(
            lists.get("ps").unwrap().script,
            Some(whatlang::Script::Arabic)
        );
        assert!(lists.get("so").unwrap().words.contains("mahadsanid"));
    }

    /// Every mistake names file and line and says what to write.
    #[test]
    fn mistakes_name_file_and_line() {
        let (_, diagnostics) = load(&[
            (
                "tr/words.txt",
                "words = iyi günler\nletters = ab\nwordz = x\nmerhaba\n",
            ),
            (
                "other-languages.txt",
                "words = x\n[p s]\n[ps]\nreads = Persian, fa\n",
            ),
        ]);
        let text = diagnostics.to_string();
        for expected in [
            "tr/words.txt:1: error: `iyi günler` is more than one word",
            "tr/words.txt:2: error: `ab` is not one letter",
            "tr/words.txt:3: error: unknown key `wordz`",
            "tr/words.txt:4: error: `merhaba` has no `=`",
            "other-languages.txt:1: error: a line before the first `[code]` block",
            "other-languages.txt:2: error: `p s` is not a language code",
            "other-languages.txt:4: error: `Persian` is not a language code",
        ] {
            assert!(text.contains(expected), "{expected}\n{text}");
        }
    }
}
