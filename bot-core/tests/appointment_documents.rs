//! `appointment_files` with the shipped texts: the visit slip read back by poppler
//! (`pdftotext`, `pdftoppm`; Debian's poppler-utils, installed by test.sh) and its QR code
//! by rqrr, in Arabic, Persian and Ukrainian.

use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use kompass_core::appointment_documents::{AppointmentDetails, appointment_files};
use kompass_core::content::Diagnostics;
use kompass_core::i18n::{Locales, strip_bidi_marks};

fn locales() -> Locales {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    Locales::load_dir(&dir, &mut Diagnostics::default()).unwrap()
}

fn tool(name: &str, args: &[&str]) -> Vec<u8> {
    let output = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} cannot run ({e}): install poppler-utils (./test.sh does)")
    });
    assert!(
        output.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Text as pdftotext gives Arabic script back: no bidi marks or ZWNJ, no vowel marks, lam
/// before alef swapped (poppler reverses the lam-alef ligature), no full stops (poppler puts
/// the one that ends a right-to-left line first), spaces collapsed.
fn comparable(text: &str) -> String {
    let kept: Vec<char> = text
        .chars()
        .filter(|c| {
            !matches!(c, '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '.')
        })
        .collect();
    let mut out = String::new();
    let mut index = 0;
    while index < kept.len() {
        match (kept[index], kept.get(index + 1)) {
            ('ل', Some(&alef)) if matches!(alef, 'ا' | 'أ' | 'إ' | 'آ') => {
                out.push(alef);
                out.push('ل');
                index += 2;
            }
            (c, _) => {
                out.push(c);
                index += 1;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every label of the slip in the newcomer's language and in German, the date, time,
/// place, documents and reference come out of the PDF; the QR code is the reference.
#[test]
fn slips_in_arabic_persian_and_ukrainian_read_back() {
    let locales = locales();
    for (lang, institution, own_document) in [
        ("ar", "مكتب خدمة المواطنين", "جواز السفر"),
        ("fa", "دفتر خدمات شهروندی", "پاسپورت"),
        ("uk", "Бюро громадян", "Паспорт"),
    ] {
        let documents = [(own_document.to_string(), "Reisepass".to_string())];
        let files = appointment_files(
            &locales,
            lang,
            &AppointmentDetails {
                start: NaiveDate::from_ymd_opt(2027, 3, 2)
                    .unwrap()
                    .and_hms_opt(9, 15, 0)
                    .unwrap(),
                place: Some("Rathaus, Zimmer 3"),
                reference: "KAL-2027-000042",
                institution,
                institution_german: "Bürgerbüro",
                documents: &documents,
            },
            Utc.with_ymd_and_hms(2027, 2, 20, 9, 0, 0).unwrap(),
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join(&files[1].name);
        std::fs::write(&pdf, &files[1].bytes).unwrap();
        let text = comparable(
            &String::from_utf8(tool("pdftotext", &[pdf.to_str().unwrap(), "-"])).unwrap(),
        );
        let mut expected = vec![
            "02.03.2027".to_string(),
            "09:15".to_string(),
            "Rathaus, Zimmer 3".to_string(),
            "KAL-2027-000042".to_string(),
            "Bürgerbüro".to_string(),
            "Reisepass".to_string(),
            institution.to_string(),
            own_document.to_string(),
        ];
        for id in [
            "slip-title",
            "slip-date",
            "slip-time",
            "slip-place",
            "slip-bring",
            "slip-reference",
            "slip-show-at-counter",
        ] {
            expected.push(strip_bidi_marks(&locales.text(lang, id, &[])));
            expected.push(strip_bidi_marks(&locales.text("de", id, &[])));
        }
        for expected in expected {
            assert!(
                text.contains(&comparable(&expected)),
                "{lang}: no {expected:?} in:\n{text}"
            );
        }
        let prefix = dir.path().join("page");
        tool(
            "pdftoppm",
            &[
                "-r",
                "150",
                "-gray",
                "-png",
                pdf.to_str().unwrap(),
                prefix.to_str().unwrap(),
            ],
        );
        let image = image::open(dir.path().join("page-1.png"))
            .unwrap()
            .to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
            image.width() as usize,
            image.height() as usize,
            |x, y| image.get_pixel(x as u32, y as u32)[0],
        );
        let codes: Vec<String> = prepared
            .detect_grids()
            .into_iter()
            .map(|grid| grid.decode().unwrap().1)
            .collect();
        assert_eq!(codes, vec!["KAL-2027-000042".to_string()], "{lang}");
    }
}
