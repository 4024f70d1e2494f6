//! The embedded fonts (Noto Sans and Noto Sans Arabic, regular and bold; `fonts/README.md`)
//! and which of them draws a character.

use std::sync::OnceLock;

use rustybuzz::Face;

/// Bold or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// Which family draws a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Latin and Cyrillic.
    Sans,
    /// Arabic script (Arabic, Persian).
    Arabic,
}

/// One of the four embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FontId {
    pub family: Family,
    pub weight: Weight,
}

const SANS_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
const ARABIC_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// A parsed face: for shaping (rustybuzz), for outlines (its ttf-parser face) and for the
/// PDF (krilla, which subsets and embeds it).
pub(crate) struct LoadedFont {
    pub shaper: Face<'static>,
    pub pdf: krilla::text::Font,
    pub units_per_em: f32,
}

impl FontId {
    fn bytes(self) -> &'static [u8] {
        match (self.family, self.weight) {
            (Family::Sans, Weight::Regular) => SANS_REGULAR,
            (Family::Sans, Weight::Bold) => SANS_BOLD,
            (Family::Arabic, Weight::Regular) => ARABIC_REGULAR,
            (Family::Arabic, Weight::Bold) => ARABIC_BOLD,
        }
    }

    fn index(self) -> usize {
        match (self.family, self.weight) {
            (Family::Sans, Weight::Regular) => 0,
            (Family::Sans, Weight::Bold) => 1,
            (Family::Arabic, Weight::Regular) => 2,
            (Family::Arabic, Weight::Bold) => 3,
        }
    }

    /// The parsed face, loaded once per process.
    pub fn load(self) -> &'static LoadedFont {
        static FONTS: OnceLock<Vec<LoadedFont>> = OnceLock::new();
        let fonts = FONTS.get_or_init(|| {
            [
                (Family::Sans, Weight::Regular),
                (Family::Sans, Weight::Bold),
                (Family::Arabic, Weight::Regular),
                (Family::Arabic, Weight::Bold),
            ]
            .into_iter()
            .map(|(family, weight)| {
                let bytes = FontId { family, weight }.bytes();
                // The files are part of this crate and checked by its tests: failing to
                // parse them is a build defect, not a runtime condition.
                let shaper = Face::from_slice(bytes, 0).expect("embedded font parses");
                let pdf = krilla::text::Font::new(bytes.into(), 0).expect("embedded font parses");
                let units_per_em = shaper.units_per_em() as f32;
                LoadedFont {
                    shaper,
                    pdf,
                    units_per_em,
                }
            })
            .collect()
        });
        &fonts[self.index()]
    }
}

/// The family for a character, `None` for characters that belong to their neighbours
/// (spaces, punctuation, digits, marks), which take the family of the text around them.
pub(crate) fn family_of(c: char) -> Option<Family> {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => {
            // Arabic-script digits and punctuation are Arabic too; only the Latin-script
            // neutrals follow their neighbours.
            Some(Family::Arabic)
        }
        c if c.is_alphabetic() => Some(Family::Sans),
        _ => None,
    }
}
