//! Languages: guessing the newcomer's language from their first words, and the list of
//! languages an interpreter can be asked for.

/// A guess from text: the language code and whether whatlang is confident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess {
    pub code: String,
    pub confident: bool,
}

/// Languages told apart, with our codes. Close relatives that newcomers here rarely write
/// (Bulgarian, Belarusian) are left out so Russian is not mistaken for them.
const DETECTABLE: &[(whatlang::Lang, &str)] = &[
    (whatlang::Lang::Deu, "de"),
    (whatlang::Lang::Eng, "en"),
    (whatlang::Lang::Ara, "ar"),
    (whatlang::Lang::Rus, "ru"),
    (whatlang::Lang::Ukr, "uk"),
    (whatlang::Lang::Pes, "fa"),
    (whatlang::Lang::Tur, "tr"),
    (whatlang::Lang::Fra, "fr"),
    (whatlang::Lang::Pol, "pl"),
    (whatlang::Lang::Ron, "ro"),
    (whatlang::Lang::Ita, "it"),
    (whatlang::Lang::Spa, "es"),
    (whatlang::Lang::Por, "pt"),
    (whatlang::Lang::Urd, "ur"),
    (whatlang::Lang::Amh, "am"),
];

/// Guesses the language of `text` among `supported` codes. Short greetings are rarely
/// confident; the engine then asks before switching.
pub fn guess(text: &str, supported: &[&str]) -> Option<Guess> {
    let detector =
        whatlang::Detector::with_allowlist(DETECTABLE.iter().map(|(lang, _)| *lang).collect());
    let info = detector.detect(text)?;
    let code = DETECTABLE
        .iter()
        .find(|(lang, _)| *lang == info.lang())
        .map(|(_, code)| *code)?;
    // Only "confident" when whatlang is sure and there is more than a word or two.
    let confident = info.is_reliable()
        && info.confidence() >= 0.5
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 12;
    supported.contains(&code).then(|| Guess {
        code: code.to_string(),
        confident,
    })
}

/// Languages offered for an interpreter: code, own name, German name (for the email).
pub const INTERPRETER_LANGUAGES: &[(&str, &str, &str)] = &[
    ("ar", "العربية", "Arabisch"),
    ("fa", "فارسی", "Persisch (Farsi)"),
    ("prs", "دری", "Dari"),
    ("ps", "پښتو", "Paschtu"),
    ("ku", "Kurdî", "Kurdisch (Kurmandschi)"),
    ("tr", "Türkçe", "Türkisch"),
    ("ru", "Русский", "Russisch"),
    ("uk", "Українська", "Ukrainisch"),
    ("ti", "ትግርኛ", "Tigrinya"),
    ("so", "Soomaali", "Somali"),
    ("fr", "Français", "Französisch"),
    ("en", "English", "Englisch"),
    ("sq", "Shqip", "Albanisch"),
];

/// Own name and German name of an interpreter language code.
pub fn interpreter_language(code: &str) -> Option<(&'static str, &'static str)> {
    INTERPRETER_LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, own, german)| (*own, *german))
}

/// Whether a language is written right to left.
pub fn is_rtl(code: &str) -> bool {
    matches!(code, "ar" | "fa" | "prs" | "ps" | "ur" | "he" | "ckb")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUPPORTED: [&str; 5] = ["ar", "de", "en", "ru", "uk"];

    #[test]
    fn guesses_languages_of_sentences() {
        for (text, code) in [
            (
                "مرحبا، أنا وصلت إلى كالتال وأحتاج إلى مساعدة في التسجيل",
                "ar",
            ),
            (
                "Здравствуйте, я приехал вчера и мне нужна помощь с регистрацией",
                "ru",
            ),
            (
                "Добрий день, я щойно приїхала і мені потрібна допомога з реєстрацією",
                "uk",
            ),
            (
                "Hello, I just arrived and I need help with registering my address",
                "en",
            ),
            (
                "Guten Tag, ich bin neu hier und brauche Hilfe bei der Anmeldung",
                "de",
            ),
        ] {
            let guess = guess(text, &SUPPORTED).unwrap_or_else(|| panic!("no guess for {text}"));
            assert_eq!(guess.code, code, "{text}");
            // Russian and Ukrainian share most letters: being unsure there is right (the
            // engine then asks), elsewhere a sentence must be enough.
            if !matches!(code, "ru" | "uk") {
                assert!(guess.confident, "{text}");
            }
        }
    }

    #[test]
    fn short_or_unsupported_text_is_not_confident() {
        assert!(guess("hi", &SUPPORTED).is_none_or(|g| !g.confident));
        assert!(
            guess(
                "Bonjour, je viens d'arriver et j'ai besoin d'aide",
                &SUPPORTED
            )
            .is_none()
        );
    }
}
