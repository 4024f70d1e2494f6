//! Russian, Ukrainian, Arabic and Persian typed in Latin letters: "meni potribna dopomoha z
//! zhytlom", "badi sa3de bel sakan", "mikham pesaramo madrese sabt konam". A phone without a
//! keyboard for one's script, or a habit from chats, makes many newcomers write this way.
//! The topic words list such words in their own script ("житло", "سكن", "مدرسه"); both
//! sides are reduced to a key of what the Latin spelling keeps, and the keys are compared.
//!
//! For Cyrillic the key is the word's sound as chat spellings give it: "zh" and "ж", "kh",
//! "h", "g" and "г", "х" (Ukrainian "г" is an "h"), "y", "i", "j" and "и", "і", "ы", "й",
//! "ya" and "я" ("ia"), "shch" and "щ" as "ш", "c" as "ц" or "к", "ts" as "ц" or "тс" (a
//! key each) — so "zhytlom" is "житлом", "dopomoha" "допомога", "vracha" "врача",
//! "inostrancev" "иностранцев", "detskom" "детском".
//!
//! Arabic script leaves short vowels out, and Latin spellings of one word differ in their
//! vowels ("madrese", "madrasa", "mdrsa"), so the key is the consonants only, grouped as
//! the chat spellings merge them: the chat digits ("7" for "ح", "5" for "خ"; "3" for "ع",
//! which a word has keys with and without, as Persian speech and chat without digits leave
//! it out; the glottal "2" left out, or read as the "ق" Levantine and Egyptian say so),
//! "ط" and "t", "ص", "ث" and "s", "ق", "غ", "گ" and "q", "g", "gh"; a last "-et" or "-it"
//! also without its "t", the "ة" of a noun before another ("da2eret el ajaneb"). A word
//! alone needs [`MIN_CONSONANTS`] consonants for a key: "bet" and "بيت" (house) have two,
//! which other words share.
//!
//! Every key starts with a mark of its kind ([`CYRILLIC_MARK`], [`ARABIC_MARK`]), so that it
//! is compared only with keys of the same kind, never with a word.

/// The first character of a key of a Cyrillic word or of a Latin word read as one.
pub(crate) const CYRILLIC_MARK: char = '\u{2}';
/// The first character of a key of an Arabic-script word or of a Latin word read as one.
pub(crate) const ARABIC_MARK: char = '\u{3}';

/// Keys of a word alone shorter than this many letters (after the mark) are not made: "де"
/// (where) and "de" (German "de" in an address) would be one. Such a key fits only the
/// same: a stem needs [`MIN_CYRILLIC_STEM`] ("vnzh" is "ВНЖ", the permit).
const MIN_CYRILLIC_LETTERS: usize = 3;
const MIN_CYRILLIC_STEM: usize = 4;

/// A word of a language's word list (`words.txt`) counts for the guess from this many
/// letters: German "den" is Russian "день" (day), English "net" "нет" (no).
const MIN_CYRILLIC_LETTERS_TO_GUESS: usize = 4;

/// Keys of an Arabic-script word alone need this many consonants: "btla3" (to get out)
/// and "بطالة" (unemployment) share three, "barge" (a paper) and "برق" (electricity) too;
/// on the romanized set three opened six pages more and five wrong ones (docs/benchmarks.md).
const MIN_CONSONANTS: usize = 4;

/// The word of a listed phrase of several words ("разрешение на работу", "سکن اجتماعی")
/// has a key from one letter or two consonants on: the phrase's other words stand beside it.
const MIN_CYRILLIC_LETTERS_IN_PHRASE: usize = 1;
const MIN_CONSONANTS_IN_PHRASE: usize = 2;

/// Whether a listed word stands alone or in a phrase of several words (see
/// [`MIN_CYRILLIC_LETTERS_IN_PHRASE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    /// A topic word alone.
    Alone,
    /// A word of a topic phrase of several words.
    InPhrase,
    /// A word of a language's word list, for the language guess.
    ToGuess,
}

impl Listed {
    fn min_letters(self, script: NativeScript) -> usize {
        match (self, script) {
            (Self::Alone, NativeScript::Cyrillic) => MIN_CYRILLIC_LETTERS,
            (Self::Alone, NativeScript::Arabic) => MIN_CONSONANTS,
            (Self::InPhrase, NativeScript::Cyrillic) => MIN_CYRILLIC_LETTERS_IN_PHRASE,
            (Self::InPhrase, NativeScript::Arabic) => MIN_CONSONANTS_IN_PHRASE,
            (Self::ToGuess, NativeScript::Cyrillic) => MIN_CYRILLIC_LETTERS_TO_GUESS,
            (Self::ToGuess, NativeScript::Arabic) => MIN_CONSONANTS,
        }
    }
}

/// The script a listed word's key is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NativeScript {
    Cyrillic,
    Arabic,
}

impl NativeScript {
    /// The script of a word list ([`crate::words::LanguageWords::script`]) whose words get
    /// keys, if any.
    pub(crate) fn of(script: Option<whatlang::Script>) -> Option<Self> {
        match script? {
            whatlang::Script::Cyrillic => Some(Self::Cyrillic),
            whatlang::Script::Arabic => Some(Self::Arabic),
            _ => None,
        }
    }
}

/// Whether a listed key is long enough to be a stem that longer words start with: one of
/// four Cyrillic letters ("kvartiru" for "квартир") or four consonants ("madresash" for
/// "مدرسه"); a shorter one in a phrase fits only the same.
pub(crate) fn key_is_stem(key: &str) -> bool {
    let letters = key.chars().count().saturating_sub(1);
    match key.chars().next() {
        Some(CYRILLIC_MARK) => letters >= MIN_CYRILLIC_STEM,
        Some(ARABIC_MARK) => letters >= MIN_CONSONANTS,
        _ => false,
    }
}

/// Whether `word` is a key of this module.
pub(crate) fn is_key(word: &str) -> bool {
    word.starts_with([CYRILLIC_MARK, ARABIC_MARK])
}

/// The keys of a listed (folded) word written in `script`, none for a word of other
/// letters or too short where it stands. An Arabic-script word with "ع" has two: chat
/// writes it "3" ("3nwani", "عنواني") or leaves it out as Persian speech does ("moalem",
/// "معلم").
pub(crate) fn native_keys(word: &str, script: NativeScript, listed: Listed) -> Vec<String> {
    let keys: Vec<String> = match script {
        NativeScript::Cyrillic => cyrillic_key(word).into_iter().collect(),
        NativeScript::Arabic => {
            let mut keys: Vec<String> = arabic_key(word, Ayn::LeftOut).into_iter().collect();
            if word.contains('ع') {
                keys.extend(arabic_key(word, Ayn::Written));
            }
            keys
        }
    };
    keys.into_iter()
        .filter(|key| key.chars().count() > listed.min_letters(script))
        .collect()
}

/// The keys a sentence's (folded) word in Latin letters has, read as Cyrillic and as
/// Arabic script: a word that is not Latin letters (and chat digits) has none.
pub(crate) fn latin_keys(word: &str) -> Vec<String> {
    if !word
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || !word.chars().any(|c| c.is_ascii_lowercase())
    {
        return Vec::new();
    }
    let mut keys: Vec<String> = latin_as_cyrillic(word, Spelling::Transliterated)
        .into_iter()
        .collect();
    // Chat spelling's "j" for "ж" and "w" for "ш", "щ" ("mojno", "wkola"), where
    // transliteration writes "j" for "й" and German phones "w" for "в".
    if word.contains(['j', 'w'])
        && let Some(key) = latin_as_cyrillic(word, Spelling::Chat)
    {
        keys.push(key);
    }
    // "c" is "ц" as often as "к" ("inostrancev", "policiya"; "doctor"), and "ts" is "т"
    // and "с" as often as "ц" ("detskom"; "tsentr").
    for (letters, spelling) in [("c", Spelling::CForTs), ("ts", Spelling::TsApart)] {
        if word.contains(letters)
            && let Some(key) = latin_as_cyrillic(word, spelling)
            && !keys.contains(&key)
        {
            keys.push(key);
        }
    }
    let mut ayns = vec![Ayn::LeftOut];
    if word.contains('3') {
        ayns.push(Ayn::Written);
    }
    // Levantine and Egyptian Arabic say "ق" as the glottal stop chat writes "2" ("war2a",
    // ورقة; "e2ama", إقامة): such a word is also read with "q" there.
    let mut spellings = vec![word.to_string()];
    if word.contains('2') {
        spellings.push(word.replace('2', "q"));
    }
    for (spelling, ayn) in spellings
        .iter()
        .flat_map(|spelling| ayns.iter().map(move |ayn| (spelling, *ayn)))
    {
        let Some(key) = latin_as_arabic(spelling, ayn) else {
            continue;
        };
        // The Arabic article and a joined "b", "w", "f" ("elmadrase", "bel-sakan" typed as
        // one word): the word is compared without them too, as in Arabic script.
        let consonants = &key[ARABIC_MARK.len_utf8()..];
        for joined in ["bl", "wl", "fl", "l"] {
            if let Some(rest) = consonants.strip_prefix(joined)
                && rest.chars().count() >= MIN_CONSONANTS_IN_PHRASE
            {
                keys.push(format!("{ARABIC_MARK}{rest}"));
                break;
            }
        }
        // A noun before another says its "ة" as "t" ("da2eret el ajaneb", دائرة الأجانب;
        // "madraset el wlad"): also without that "t", as "ة" is written. Not after "a":
        // "-at" is as often the plural ("sakanat" is no "سكن").
        if word.len() > 2
            && (word.ends_with("et") || word.ends_with("it"))
            && let Some(without) = key.strip_suffix('t')
            && without.chars().count() > MIN_CONSONANTS_IN_PHRASE
        {
            keys.push(without.to_string());
        }
        keys.push(key);
    }
    keys.dedup();
    keys
}

/// Whether a key has the letter "ع" (written "3" in chat) or leaves it out (see
/// [`native_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ayn {
    LeftOut,
    Written,
}

fn cyrillic_key(word: &str) -> Option<String> {
    let mut key = String::from(CYRILLIC_MARK);
    for letter in word.chars() {
        key.push_str(match letter {
            'а' => "a",
            'я' => "ia",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' | 'х' => "h",
            'д' => "d",
            'е' | 'э' => "e",
            'є' => "ie",
            'ж' => "Z",
            'з' => "z",
            'и' | 'і' | 'й' | 'ы' => "i",
            'ї' => "ii",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ю' => "iu",
            'ф' => "f",
            'ц' => "c",
            'ч' => "C",
            'ш' | 'щ' => "S",
            'ъ' | 'ь' => "",
            _ => return None,
        });
    }
    finish_cyrillic(key)
}

/// How a Latin word spells Cyrillic letters that chat writes otherwise than
/// transliteration does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    /// "j" for "й", "w" for "в", "c" for "к".
    Transliterated,
    /// "j" for "ж", "w" for "ш" and "щ".
    Chat,
    /// As `Transliterated`, but "c" for "ц" ("inostrancev", "integracionnyi").
    CForTs,
    /// As `Transliterated`, but "ts" for "т" and "с" ("detskom", "dytsadku"), not "ц".
    TsApart,
}

/// A Latin word as a chat spelling of a Cyrillic word.
fn latin_as_cyrillic(word: &str, spelling: Spelling) -> Option<String> {
    const DIGRAPHS: [(&str, &str); 9] = [
        ("shch", "S"),
        ("sch", "S"),
        ("tch", "C"),
        ("sh", "S"),
        ("ch", "C"),
        ("zh", "Z"),
        ("kh", "h"),
        ("tz", "c"),
        // Last: left out where it is two letters.
        ("ts", "c"),
    ];
    let digraphs = match spelling {
        Spelling::TsApart => &DIGRAPHS[..DIGRAPHS.len() - 1],
        _ => &DIGRAPHS[..],
    };
    let key = read_latin(CYRILLIC_MARK, word, digraphs, |letter| {
        Some(match letter {
            'a' | 'b' | 'd' | 'e' | 'f' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'r' | 's' | 't'
            | 'u' | 'v' | 'z' => itself(letter),
            'g' | 'h' | 'x' => "h",
            'j' if spelling == Spelling::Chat => "Z",
            'w' if spelling == Spelling::Chat => "S",
            'i' | 'y' | 'j' => "i",
            'c' if spelling == Spelling::CForTs => "c",
            'c' | 'q' => "k",
            'w' => "v",
            '4' => "C",
            '6' => "S",
            _ => return None,
        })
    })?;
    finish_cyrillic(key)
}

/// A Latin word read into a key after `mark`: at each place the first of `digraphs` it
/// starts with, else its letter as `letter` reads it; `None` for a letter it cannot read.
fn read_latin(
    mark: char,
    word: &str,
    digraphs: &[(&str, &'static str)],
    letter: impl Fn(char) -> Option<&'static str>,
) -> Option<String> {
    let mut key = String::from(mark);
    let mut rest = word;
    while let Some(first) = rest.chars().next() {
        let (sound, length) = match digraphs
            .iter()
            .find(|(spelling, _)| rest.starts_with(spelling))
        {
            Some((spelling, sound)) => (*sound, spelling.len()),
            None => (letter(first)?, first.len_utf8()),
        };
        key.push_str(sound);
        rest = &rest[length..];
    }
    Some(key)
}

/// An ASCII lower-case letter as a string of its own.
fn itself(letter: char) -> &'static str {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
    let at = (letter as usize).saturating_sub('a' as usize);
    LETTERS.get(at..=at).unwrap_or("")
}

/// Doubled letters made one ("ї" and "yi" are both one "i"), a "y" before a first "e" left
/// out ("yest", "есть"); `None` if too short for any listed word.
fn finish_cyrillic(mut key: String) -> Option<String> {
    dedup(&mut key);
    let key = match key
        .strip_prefix(CYRILLIC_MARK)
        .and_then(|k| k.strip_prefix("ie"))
    {
        Some(rest) => format!("{CYRILLIC_MARK}e{rest}"),
        None => key,
    };
    (key.chars().count() > MIN_CYRILLIC_LETTERS_IN_PHRASE).then_some(key)
}

/// The consonants of a (folded) Arabic-script word, grouped (see the module docs).
fn arabic_key(word: &str, ayn: Ayn) -> Option<String> {
    let letters: Vec<char> = word.chars().collect();
    let mut key = String::from(ARABIC_MARK);
    for (at, &letter) in letters.iter().enumerate() {
        let last = at + 1 == letters.len();
        key.push_str(match letter {
            'ب' | 'پ' => "b",
            'ت' | 'ط' => "t",
            'ث' | 'س' | 'ص' => "s",
            'ج' => "j",
            'چ' => "C",
            // A last "ه" is a vowel ("مدرسه", "madrese"), or the folded "ة".
            'ه' if last => "",
            'ح' | 'ه' => "h",
            'خ' => "x",
            'د' | 'ض' => "d",
            'ذ' | 'ز' | 'ظ' | 'ژ' => "z",
            'ر' => "r",
            'ش' => "S",
            'ع' if ayn == Ayn::Written => "3",
            'ع' | 'ا' | 'ء' | 'ؤ' | 'ئ' | 'و' | 'ی' | 'ي' | 'ى' | 'ة' => "",
            'غ' | 'ق' | 'گ' => "q",
            'ف' => "f",
            'ک' | 'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            _ => return None,
        });
    }
    finish_arabic(key)
}

/// A Latin word as a chat spelling of an Arabic-script word.
fn latin_as_arabic(word: &str, ayn: Ayn) -> Option<String> {
    const DIGRAPHS: [(&str, &str); 8] = [
        ("sh", "S"),
        ("ch", "C"),
        ("kh", "x"),
        ("gh", "q"),
        ("th", "s"),
        ("dh", "z"),
        ("zh", "z"),
        ("ph", "f"),
    ];
    // A last "h" that is not part of a digraph is the vowel's before it ("madreseh",
    // "baleh").
    let word = match word.strip_suffix('h') {
        Some(before)
            if !DIGRAPHS
                .iter()
                .any(|(spelling, _)| word.ends_with(spelling)) =>
        {
            before
        }
        _ => word,
    };
    let key = read_latin(ARABIC_MARK, word, &DIGRAPHS, |letter| {
        Some(match letter {
            'b' | 'd' | 'f' | 'h' | 'j' | 'k' | 'l' | 'm' | 'n' | 'q' | 'r' | 's' | 't' | 'x'
            | 'z' => itself(letter),
            'p' => "b",
            'c' => "k",
            'g' | '8' | '9' => "q",
            '7' => "h",
            '5' => "x",
            '6' => "t",
            '3' if ayn == Ayn::Written => "3",
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'v' | '2' | '3' => "",
            _ => return None,
        })
    })?;
    finish_arabic(key)
}

fn finish_arabic(mut key: String) -> Option<String> {
    dedup(&mut key);
    (key.chars().count() > MIN_CONSONANTS_IN_PHRASE).then_some(key)
}

fn dedup(key: &mut String) {
    let mut previous = None;
    key.retain(|c| {
        let keep = previous != Some(c);
        previous = Some(c);
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    // The words below are written as `crate::words::fold` leaves them (lower case, "ة" as
    // "ه", "ي" as "ی", "ك" as "ک"), which callers pass: this module is below `words`.
    fn native(word: &str, script: NativeScript, listed: Listed) -> Vec<String> {
        native_keys(word, script, listed)
    }

    fn latin(word: &str) -> Vec<String> {
        latin_keys(word)
    }

    /// Whether the listed native word fits the Latin word as the topic search compares:
    /// the same key, or the Latin key starting with a stem's.
    fn fits(latin_word: &str, listed: &str, script: NativeScript, within: Listed) -> bool {
        let listed = native(listed, script, within);
        assert!(!listed.is_empty());
        latin(latin_word).iter().any(|key| {
            listed
                .iter()
                .any(|listed| key == listed || (key_is_stem(listed) && key.starts_with(listed)))
        })
    }

    #[test]
    fn cyrillic_words_fit_their_chat_spellings() {
        for (typed, listed) in [
            ("zhytlom", "житло"),
            ("zhitlo", "житло"),
            ("dopomoha", "допомога"),
            ("dopomoga", "допомога"),
            ("vracha", "врач"),
            ("shkola", "школа"),
            ("shkolu", "школ"),
            ("pomoshch", "помощь"),
            ("pomosh", "помощь"),
            ("kvartiru", "квартир"),
            ("kvartyru", "квартир"),
            ("ukrayina", "україна"),
            ("ukraina", "україна"),
            ("likarnia", "лікарня"),
            ("likarnya", "лікарня"),
            ("rabotu", "работ"),
            ("posobie", "пособие"),
            ("po4ta", "почта"),
            ("mojno", "можно"),
            ("wkolu", "школ"),
            ("pomowyu", "помощь"),
            ("xo4u", "хочу"),
            // "ts" for "т" and "с", and still for "ц".
            ("detskom", "детск"),
            ("dytsadku", "дитсадк"),
            ("tsentr", "центр"),
            // "c" for "ц", and still for "к".
            ("inostrancev", "иностранц"),
            ("integracionnyi", "интеграцион"),
            ("dzhobcentru", "джобцентр"),
            ("doctor", "доктор"),
        ] {
            assert!(
                fits(typed, listed, NativeScript::Cyrillic, Listed::Alone),
                "{typed} {listed}"
            );
        }
        assert!(!fits(
            "shkaf",
            "школа",
            NativeScript::Cyrillic,
            Listed::Alone
        ));
        assert!(!fits(
            "kurtka",
            "курс",
            NativeScript::Cyrillic,
            Listed::Alone
        ));
        // Three letters fit only the same ("ВНЖ", the permit); shorter words have a key
        // only in a phrase ("разрешение на работу").
        assert!(fits("vnzh", "внж", NativeScript::Cyrillic, Listed::Alone));
        assert!(!fits("vnzhe", "внж", NativeScript::Cyrillic, Listed::Alone));
        assert!(native("день", NativeScript::Cyrillic, Listed::ToGuess).is_empty());
        assert_eq!(
            native("де", NativeScript::Cyrillic, Listed::Alone),
            Vec::<String>::new()
        );
        assert!(fits("na", "на", NativeScript::Cyrillic, Listed::InPhrase));
        assert!(!fits("nam", "на", NativeScript::Cyrillic, Listed::InPhrase));
    }

    #[test]
    fn arabic_script_words_fit_their_chat_spellings() {
        for (typed, listed) in [
            ("madrese", "مدرسه"),
            ("madrasa", "مدرسه"),
            ("elmadrase", "مدرسه"),
            ("madresash", "مدرسه"),
            ("maktab", "مکتب"),
            ("daktar", "داکتر"),
            ("madreseh", "مدرسه"),
        ] {
            assert!(
                fits(typed, listed, NativeScript::Arabic, Listed::Alone),
                "{typed} {listed}"
            );
        }
        // Three consonants or two only in a phrase, and only the same ones.
        for (typed, listed) in [
            ("sakan", "سکن"),
            ("shoghl", "شغل"),
            ("sho8l", "شغل"),
            ("e7tiaj", "احتیاج"),
            ("5arita", "خریطه"),
            ("eqamat", "اقامت"),
            ("komak", "کمک"),
        ] {
            assert_eq!(
                native(listed, NativeScript::Arabic, Listed::Alone),
                Vec::<String>::new()
            );
            assert!(
                fits(typed, listed, NativeScript::Arabic, Listed::InPhrase),
                "{typed} {listed}"
            );
        }
        assert!(fits(
            "musaada",
            "مساعده",
            NativeScript::Arabic,
            Listed::InPhrase
        ));
        // With its "3" for "ع", a word has its four consonants ("ms3d").
        assert!(fits(
            "mosa3ade",
            "مساعده",
            NativeScript::Arabic,
            Listed::Alone
        ));
        assert!(!fits(
            "sakanat",
            "سکن",
            NativeScript::Arabic,
            Listed::InPhrase
        ));
        for (typed, listed, within) in [
            // The "ة" of a noun before another, said "t" ("da2eret el ajaneb").
            ("da2eret", "دائره", Listed::InPhrase),
            ("madraset", "مدرسه", Listed::Alone),
            // "2" for the "ق" Levantine and Egyptian say as a glottal stop; still the
            // glottal stop itself ("mas2ale", مسأله).
            ("war2a", "ورقه", Listed::InPhrase),
            ("war2et", "ورقه", Listed::InPhrase),
            ("e2ama", "اقامه", Listed::InPhrase),
            ("mas2ale", "مساله", Listed::InPhrase),
        ] {
            assert!(
                fits(typed, listed, NativeScript::Arabic, within),
                "{typed} {listed}"
            );
        }
        assert!(!fits(
            "madrid",
            "مدرسه",
            NativeScript::Arabic,
            Listed::Alone
        ));
        assert_eq!(
            native("ب", NativeScript::Arabic, Listed::InPhrase),
            Vec::<String>::new()
        );
    }

    #[test]
    fn words_of_other_letters_have_no_key() {
        assert!(latin("مدرسه").is_empty());
        assert!(latin("2026").is_empty());
        assert!(latin("житло").is_empty());
        assert!(native("zhytlo", NativeScript::Cyrillic, Listed::Alone).is_empty());
        assert!(native("sakan", NativeScript::Arabic, Listed::InPhrase).is_empty());
    }

    /// "ع" is "3" in chat or left out (Persian speech, chat without digits): both fit.
    #[test]
    fn the_ayn_is_written_3_or_left_out() {
        for (typed, listed) in [
            ("3nwani", "عنوان"),
            ("3enwan", "عنوان"),
            ("msa3de", "مساعده"),
            ("mosaade", "مساعده"),
            ("moalem", "معلم"),
            ("mo3alem", "معلم"),
        ] {
            assert!(
                fits(typed, listed, NativeScript::Arabic, Listed::InPhrase),
                "{typed} {listed}"
            );
        }
    }
}
