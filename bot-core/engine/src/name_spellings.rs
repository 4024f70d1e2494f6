//! Latin spellings of common names written in Arabic script, as passports most often write
//! them: `locales/<lang>/name-spellings.txt` (`محمد = Mohammad`, `رضا = Reza`).
//!
//! Arabic script writes no short vowels, so a name spelled letter by letter loses them
//! ("Mhmd", "Rza"), and an office cannot say it. A listed name is suggested as listed; the
//! others are still spelled letter by letter ([`crate::engine::script::latin_suggestion`]).
//! The person's own language's list is asked first (Iranian "Hossein", Syrian "Hussein"),
//! then the others.
//!
//! Each line is `name = Spelling`; `#` starts a comment. A name may have two words
//! (`عبد الله = Abdullah`). Names are compared folded ([`crate::words::fold`]: without short
//! vowels, with the Arabic and Persian forms of ی and ک made one).

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::words::{fold, read_file, strip_comment};

/// The file in a locale folder.
pub const NAME_SPELLINGS_FILE: &str = "name-spellings.txt";

/// The listed spellings of every language that has a list.
#[derive(Debug, Clone, Default)]
pub struct NameSpellings {
    /// By language code: folded name (words joined by one space) → Latin spelling.
    languages: BTreeMap<String, BTreeMap<String, String>>,
}

impl NameSpellings {
    /// Adds `folder/name-spellings.txt` of language `code`, if it has one.
    pub fn load_locale(&mut self, code: &str, folder: &Path, diagnostics: &mut Diagnostics) {
        let file = folder.join(NAME_SPELLINGS_FILE);
        if !file.exists() {
            return;
        }
        let Some(source) = read_file(&file, diagnostics) else {
            return;
        };
        let mut spellings = BTreeMap::new();
        let mut lines = BTreeMap::new();
        for (index, line) in source.lines().enumerate() {
            let line_number = index + 1;
            let line = strip_comment(line);
            if line.is_empty() {
                continue;
            }
            let mut problem = |problem: String, fix: &str| {
                diagnostics.push(Diagnostic::error(&file, Some(line_number), problem, fix));
            };
            let Some((name, spelling)) = line.split_once('=') else {
                problem(
                    format!("`{line}` has no `=`"),
                    "write the name, `=` and its Latin spelling: `محمد = Mohammad`",
                );
                continue;
            };
            let (name, spelling) = (name.trim(), spelling.trim());
            let words: Vec<String> = name.split_whitespace().map(fold).collect();
            if words.is_empty()
                || words.len() > 2
                || !words
                    .iter()
                    .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            {
                problem(
                    format!("`{name}` is not a name of one or two words"),
                    "write the name in its script, without digits or signs",
                );
                continue;
            }
            if !is_latin_spelling(spelling) {
                problem(
                    format!("`{spelling}` is not a spelling in Latin letters"),
                    "write the spelling with the letters A to Z, and a hyphen or a space between parts (`Al-Hassan`)",
                );
                continue;
            }
            let folded = words.join(" ");
            // "أحمد" and "احمد" are one name to Kompass: listed both ways, they must agree.
            if let Some(first) = lines.get(&folded)
                && spellings.get(&folded) != Some(&spelling.to_string())
            {
                problem(
                    format!("`{name}` is listed already on line {first}, with another spelling"),
                    "keep one spelling per name: remove one of the two lines",
                );
                continue;
            }
            lines.insert(folded.clone(), line_number);
            spellings.insert(folded, spelling.to_string());
        }
        self.languages.insert(code.to_string(), spellings);
    }

    /// The spelling listed for a folded name: `language`'s list first, then the others.
    pub fn spelling(&self, folded: &str, language: &str) -> Option<&str> {
        let own = self.languages.get(language);
        own.into_iter()
            .chain(self.languages.values())
            .find_map(|spellings| spellings.get(folded))
            .map(String::as_str)
    }
}

/// Latin letters A–Z in parts joined by one hyphen or space: "Mohammad", "Al-Hassan".
fn is_latin_spelling(spelling: &str) -> bool {
    !spelling.is_empty()
        && spelling
            .split([' ', '-'])
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn load(files: &[(&str, &str)]) -> (NameSpellings, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        let mut spellings = NameSpellings::default();
        let mut diagnostics = Diagnostics::default();
        for (lang, text) in files {
            let folder = dir.path().join(lang);
            fs::create_dir_all(&folder).unwrap();
            fs::write(folder.join(NAME_SPELLINGS_FILE), text).unwrap();
            spellings.load_locale(lang, &folder, &mut diagnostics);
        }
        (spellings, diagnostics)
    }

    #[test]
    fn own_language_first_then_the_others() {
        let (spellings, diagnostics) = load(&[
            (
                "ar",
                "# Syrian spellings\nحسين = Hussein\nعبد الله = Abdullah\nمحمد = Mohammad\n",
            ),
            ("fa", "حسین = Hossein\nرضا = Reza\n"),
        ]);
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        assert_eq!(spellings.spelling(&fold("حسين"), "ar"), Some("Hussein"));
        assert_eq!(spellings.spelling(&fold("حسين"), "fa"), Some("Hossein"));
        assert_eq!(spellings.spelling(&fold("رضا"), "ar"), Some("Reza"));
        assert_eq!(spellings.spelling("عبد الله", "ar"), Some("Abdullah"));
        // Short vowels written or not, the same name.
        assert_eq!(spellings.spelling(&fold("مُحَمَّد"), "uk"), Some("Mohammad"));
        assert_eq!(spellings.spelling(&fold("خالد"), "ar"), None);
    }

    #[test]
    fn problems_name_file_line_and_fix() {
        let (_, diagnostics) = load(&[(
            "ar",
            "محمد = Mohammad\nمحمد = Muhammad\nأحمد Ahmad\n12 = Twelve\nعمر = Omar2\nعبد ال رحمن = Abdul Rahman\n",
        )]);
        let text = diagnostics.to_string();
        assert!(
            text.contains("name-spellings.txt:2: error: `محمد` is listed already on line 1"),
            "{text}"
        );
        assert!(
            text.contains("name-spellings.txt:3: error: `أحمد Ahmad` has no `=`"),
            "{text}"
        );
        assert!(
            text.contains("name-spellings.txt:4: error: `12` is not a name"),
            "{text}"
        );
        assert!(
            text.contains("name-spellings.txt:5: error: `Omar2` is not a spelling"),
            "{text}"
        );
        assert!(
            text.contains(
                "name-spellings.txt:6: error: `عبد ال رحمن` is not a name of one or two words"
            ),
            "{text}"
        );
    }
}
