//! Languages an interpreter may be needed for beyond the list the interpreter question
//! shows as buttons ([`super::language::INTERPRETER_LANGUAGES`]), by the names people type
//! after "Other language": "سۆرانی", "курдский сорани", "Amharic", "اردو". The office books
//! the interpreter and reads German: before, it got the name as typed, in any script.
//!
//! Each entry is the German name the office reads, then the names people type (German,
//! English, the language's own, and how Arabic, Persian, Russian, Ukrainian, Turkish and
//! Kurmanji speakers name it), compared folded ([`crate::words::fold_phrase`]).

use crate::words::{fold_phrase, tokens};

/// German name, then the names people type.
const OTHER_LANGUAGES: &[(&str, &[&str])] = &[
    (
        "Kurdisch (Sorani)",
        &[
            "Sorani",
            "Soranî",
            "Kurdisch Sorani",
            "Kurdish Sorani",
            "سۆرانی",
            "سورانی",
            "سوراني",
            "کوردی سۆرانی",
            "كردي سوراني",
            "کردی سورانی",
            "сорани",
            "курдский сорани",
            "курдська сорані",
            "сорані",
            "Soranca",
        ],
    ),
    (
        "Zazaisch",
        &[
            "Zazaki",
            "Zaza",
            "Kirmancki",
            "Dimilki",
            "زازاکی",
            "زازا",
            "заза",
        ],
    ),
    (
        "Aramäisch (Neuaramäisch)",
        &[
            "Aramäisch",
            "Aramaic",
            "Assyrian",
            "Assyrisch",
            "Suryoyo",
            "Turoyo",
            "Sureth",
            "ܣܘܪܝܝܐ",
            "آرامي",
            "الآرامية",
            "سرياني",
            "السريانية",
            "آشوري",
            "арамейский",
            "ассирийский",
            "Süryanice",
        ],
    ),
    (
        "Amharisch",
        &[
            "Amharisch",
            "Amharic",
            "አማርኛ",
            "امهري",
            "الأمهرية",
            "امهرية",
            "амхарский",
            "Amharca",
        ],
    ),
    (
        "Oromo",
        &["Oromo", "Afaan Oromoo", "Oromiffa", "الأورومو", "оромо"],
    ),
    // Dialects of languages of the list, which an interpreter must speak: "عربي بس لهجة
    // سودانية" (Arabic, but the Sudanese dialect), "kurmancî badînî" were refused at the
    // list, or reached the office as Arabic or Kurmanji alone (a caseworker's reading of
    // stop 59).
    (
        "Arabisch (sudanesischer Dialekt)",
        &[
            "sudanesisch",
            "sudanese",
            "sudani",
            "سوداني",
            "سودانية",
            "السوداني",
            "السودانية",
            "суданский",
        ],
    ),
    (
        "Arabisch (irakischer Dialekt)",
        &[
            "irakisch",
            "iraqi",
            "عراقي",
            "عراقية",
            "العراقي",
            "العراقية",
            "иракский",
        ],
    ),
    (
        "Arabisch (syrischer Dialekt)",
        &[
            "syrisch",
            "syrian",
            "levantine",
            "شامي",
            "شامية",
            "سوري",
            "سورية",
            "الشامي",
            "сирийский",
        ],
    ),
    (
        "Arabisch (ägyptischer Dialekt)",
        &[
            "ägyptisch",
            "egyptian",
            "masri",
            "مصري",
            "مصرية",
            "المصري",
            "египетский",
        ],
    ),
    (
        "Arabisch (marokkanischer Dialekt, Darija)",
        &[
            "marokkanisch",
            "moroccan",
            "darija",
            "دارجة",
            "الدارجة",
            "مغربي",
            "مغربية",
            "марокканский",
        ],
    ),
    (
        "Kurdisch (Kurmandschi, Badini)",
        &[
            "Badini",
            "Badînî",
            "Behdînî",
            "Behdini",
            "بادینی",
            "بادیني",
            "بهدینی",
            "بهديني",
            "бадини",
        ],
    ),
    ("Tigre", &["Tigre", "Tigré", "ትግረ", "تيغري"]),
    ("Urdu", &["Urdu", "اردو", "أردو", "الأردية", "урду"]),
    (
        "Hindi",
        &["Hindi", "हिन्दी", "हिंदी", "هندي", "هندی", "хинди"],
    ),
    (
        "Panjabi",
        &[
            "Panjabi",
            "Punjabi",
            "ਪੰਜਾਬੀ",
            "پنجابی",
            "پنجابي",
            "панджаби",
            "пенджаби",
        ],
    ),
    (
        "Bengalisch",
        &[
            "Bengalisch",
            "Bengali",
            "Bangla",
            "বাংলা",
            "بنغالي",
            "بنگالی",
            "бенгальский",
        ],
    ),
    (
        "Tamil",
        &["Tamil", "Tamilisch", "தமிழ்", "تاميلي", "тамильский"],
    ),
    (
        "Usbekisch",
        &[
            "Usbekisch",
            "Uzbek",
            "Oʻzbek",
            "Ozbek",
            "Ўзбек",
            "узбекский",
            "узбецька",
            "اوزبکی",
            "ازبکی",
            "أوزبكي",
            "Özbekçe",
        ],
    ),
    (
        "Tadschikisch",
        &[
            "Tadschikisch",
            "Tajik",
            "Тоҷикӣ",
            "таджикский",
            "таджицька",
            "تاجیکی",
            "طاجيكي",
        ],
    ),
    (
        "Turkmenisch",
        &[
            "Turkmenisch",
            "Turkmen",
            "Türkmen",
            "туркменский",
            "ترکمنی",
            "تركماني",
            "Türkmence",
        ],
    ),
    (
        "Aserbaidschanisch",
        &[
            "Aserbaidschanisch",
            "Azerbaijani",
            "Azeri",
            "Azərbaycan",
            "азербайджанский",
            "азербайджанська",
            "آذری",
            "ترکی آذری",
            "أذري",
            "Azerice",
            "Azerbaycanca",
        ],
    ),
    (
        "Kasachisch",
        &[
            "Kazakh",
            "Kasachisch",
            "Қазақша",
            "казахский",
            "казахська",
            "казахском",
            "казахською",
            "Kazakça",
            "قزاقی",
            "كازاخي",
        ],
    ),
    (
        "Kirgisisch",
        &[
            "Kyrgyz",
            "Kirgisisch",
            "Кыргызча",
            "киргизский",
            "кыргызский",
            "киргизька",
            "Kırgızca",
            "قرقیزی",
        ],
    ),
    (
        "Georgisch",
        &[
            "Georgisch",
            "Georgian",
            "ქართული",
            "грузинский",
            "грузинська",
            "گرجی",
            "جورجي",
            "Gürcüce",
        ],
    ),
    (
        "Armenisch",
        &[
            "Armenisch",
            "Armenian",
            "Հայերեն",
            "армянский",
            "вірменська",
            "ارمنی",
            "أرمني",
            "Ermenice",
        ],
    ),
    (
        "Tschetschenisch",
        &[
            "Tschetschenisch",
            "Chechen",
            "Нохчийн",
            "чеченский",
            "чеченська",
            "شيشاني",
            "چچنی",
            "Çeçence",
        ],
    ),
    (
        "Belarussisch",
        &[
            "Belarussisch",
            "Weißrussisch",
            "Belarusian",
            "Беларуская",
            "белорусский",
            "білоруська",
        ],
    ),
    (
        "Polnisch",
        &[
            "Polnisch",
            "Polish",
            "Polski",
            "польский",
            "польська",
            "Lehçe",
        ],
    ),
    (
        "Rumänisch",
        &[
            "Rumänisch",
            "Romanian",
            "Română",
            "Romana",
            "румынский",
            "румунська",
            "روماني",
            "رومانیایی",
            "Rumence",
        ],
    ),
    (
        "Bulgarisch",
        &[
            "Bulgarisch",
            "Bulgarian",
            "Български",
            "болгарский",
            "болгарська",
            "بلغاري",
            "Bulgarca",
        ],
    ),
    (
        "Serbisch",
        &[
            "Serbisch",
            "Serbian",
            "Српски",
            "Srpski",
            "сербский",
            "сербська",
            "صربي",
            "Sırpça",
        ],
    ),
    (
        "Bosnisch",
        &["Bosnisch", "Bosnian", "Bosanski", "боснийский", "Boşnakça"],
    ),
    (
        "Kroatisch",
        &["Kroatisch", "Croatian", "Hrvatski", "хорватский"],
    ),
    (
        "Mazedonisch",
        &["Mazedonisch", "Macedonian", "Македонски", "македонский"],
    ),
    (
        "Romanes",
        &[
            "Romanes",
            "Romani",
            "Romanës",
            "Romanesch",
            "цыганский",
            "циганська",
            "Roman dili",
        ],
    ),
    (
        "Spanisch",
        &[
            "Spanisch",
            "Spanish",
            "Español",
            "Espanol",
            "испанский",
            "іспанська",
            "إسباني",
            "اسپانیایی",
            "İspanyolca",
        ],
    ),
    (
        "Portugiesisch",
        &[
            "Portugiesisch",
            "Portuguese",
            "Português",
            "Portugues",
            "португальский",
            "برتغالي",
            "پرتغالی",
            "Portekizce",
        ],
    ),
    (
        "Italienisch",
        &[
            "Italienisch",
            "Italian",
            "Italiano",
            "итальянский",
            "إيطالي",
            "ایتالیایی",
            "İtalyanca",
        ],
    ),
    (
        "Vietnamesisch",
        &[
            "Vietnamesisch",
            "Vietnamese",
            "Tiếng Việt",
            "Tieng Viet",
            "вьетнамский",
            "فيتنامي",
            "ویتنامی",
        ],
    ),
    (
        "Chinesisch (Mandarin)",
        &[
            "Chinesisch",
            "Chinese",
            "Mandarin",
            "中文",
            "普通话",
            "汉语",
            "китайский",
            "китайська",
            "صيني",
            "چینی",
            "Çince",
        ],
    ),
    (
        "Swahili",
        &["Swahili", "Suaheli", "Kiswahili", "سواحيلي", "суахили"],
    ),
    ("Hausa", &["Hausa", "هوسا", "хауса"]),
    ("Yoruba", &["Yoruba", "Yorùbá", "йоруба"]),
    ("Igbo", &["Igbo", "Ibo"]),
    ("Lingala", &["Lingala"]),
    ("Wolof", &["Wolof"]),
    ("Fulfulde", &["Fulfulde", "Fula", "Fulani", "Pular", "Peul"]),
    ("Mandinka", &["Mandinka", "Mandingo"]),
    ("Twi", &["Twi", "Akan"]),
    (
        "Hebräisch",
        &[
            "Hebräisch",
            "Hebrew",
            "עברית",
            "иврит",
            "عبري",
            "عبری",
            "İbranice",
        ],
    ),
    (
        "Griechisch",
        &[
            "Griechisch",
            "Greek",
            "Ελληνικά",
            "греческий",
            "يوناني",
            "یونانی",
            "Yunanca",
        ],
    ),
];

/// The German names of the languages `text` names, in the order of the table: the whole
/// text one of a language's names ("курдский сорани"), or a word of it a one-word name
/// ("ich brauche Urdu", "اردو لطفا"). Empty where it names none.
pub fn other_languages_named(text: &str) -> Vec<&'static str> {
    let phrase = fold_phrase(text);
    if phrase.is_empty() {
        return Vec::new();
    }
    let words = tokens(text);
    folded_names()
        .iter()
        .filter(|(_, names)| {
            names
                .iter()
                .any(|name| *name == phrase || words.contains(name))
        })
        .map(|(german, _)| *german)
        .collect()
}

/// [`OTHER_LANGUAGES`] with the names folded, once: folding them at every call was an
/// eighth of the bot's CPU in the Telegram benchmark (stop 80, `perf`), as every word of a
/// form's answers is looked up for a dialect where the interpreter question is asked.
fn folded_names() -> &'static [(&'static str, Vec<String>)] {
    static FOLDED: std::sync::OnceLock<Vec<(&'static str, Vec<String>)>> =
        std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        OTHER_LANGUAGES
            .iter()
            .map(|(german, names)| {
                let folded = names
                    .iter()
                    .map(|name| fold_phrase(name))
                    .filter(|name| !name.is_empty())
                    .collect();
                (*german, folded)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names typed in any script reach the office in German; a word that names no
    /// language, nothing.
    #[test]
    fn typed_names_are_read() {
        for (typed, german) in [
            ("سۆرانی", vec!["Kurdisch (Sorani)"]),
            ("курдский сорани", vec!["Kurdisch (Sorani)"]),
            ("Amharic", vec!["Amharisch"]),
            ("ich brauche Urdu", vec!["Urdu"]),
            ("اردو", vec!["Urdu"]),
            ("грузинский", vec!["Georgisch"]),
            ("Urdu oder Punjabi", vec!["Urdu", "Panjabi"]),
            ("Tiếng Việt", vec!["Vietnamesisch"]),
            ("Klingonisch", vec![]),
            ("", vec![]),
        ] {
            assert_eq!(other_languages_named(typed), german, "{typed}");
        }
    }

    /// Every language once, every name of it foldable and no name under two languages.
    #[test]
    fn the_table_is_consistent() {
        let mut seen = std::collections::BTreeMap::new();
        let mut germans = std::collections::BTreeSet::new();
        for (german, names) in OTHER_LANGUAGES {
            assert!(germans.insert(*german), "{german} twice");
            assert!(!names.is_empty(), "{german} has no names");
            for name in *names {
                let folded = fold_phrase(name);
                assert!(!folded.is_empty(), "{name}");
                if let Some(other) = seen.insert(folded, *german) {
                    assert_eq!(other, *german, "{name} names {other} and {german}");
                }
            }
        }
    }
}
