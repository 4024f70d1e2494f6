//! The visit slip read back as people and counters do: its text extracted by poppler
//! (`pdftotext`), its page rendered (`pdftoppm`) and its QR code decoded (`rqrr`).

mod support;

use kompass_documents::{SlipLabels, VisitSlip, visit_slip_pdf};
use support::{
    comparable, is_word, pdf_images, pdf_pages, pdf_text, pdf_words, qr_codes, write_temp,
};

const GERMAN: SlipLabels<'static> = SlipLabels {
    title: "Ihr Termin",
    date: "Datum",
    time: "Uhrzeit",
    place: "Ort",
    bring: "Bitte mitbringen",
    reference: "Vorgangsnummer",
    show_at_counter: "Bitte zeigen Sie dieses Blatt am Schalter.",
};

const ARABIC: SlipLabels<'static> = SlipLabels {
    title: "موعدك",
    date: "التاريخ",
    time: "الوقت",
    place: "المكان",
    bring: "يُرجى إحضار",
    reference: "رقم الملف",
    show_at_counter: "أظهر هذه الورقة عند الشباك.",
};

const PERSIAN: SlipLabels<'static> = SlipLabels {
    title: "وقت ملاقات شما",
    date: "تاریخ",
    time: "ساعت",
    place: "جا",
    bring: "لطفاً با خود بیاورید",
    reference: "شماره پرونده",
    show_at_counter: "این برگه را به کارمند نشان دهید.",
};

const UKRAINIAN: SlipLabels<'static> = SlipLabels {
    title: "Ваш прийом",
    date: "Дата",
    time: "Час",
    place: "Місце",
    bring: "Будь ласка, візьміть із собою",
    reference: "Номер справи",
    show_at_counter: "Покажіть цей аркуш у віконці.",
};

const KURDISH: SlipLabels<'static> = SlipLabels {
    title: "Randevûya we",
    date: "Dîrok",
    time: "Saet",
    place: "Cih",
    bring: "Ji kerema xwe bînin",
    reference: "Hejmara dosyayê",
    show_at_counter: "Vê kaxezê li gişeyê nîşan bidin.",
};

fn slip<'a>(
    language: &'a str,
    rtl: bool,
    labels: SlipLabels<'a>,
    institution: &'a str,
    documents: &'a [(String, String)],
) -> VisitSlip<'a> {
    VisitSlip {
        language,
        rtl,
        labels,
        german: GERMAN,
        institution: (institution, "Bürgerbüro"),
        date: "24.12.2026",
        time: "10:30",
        place: Some("Rathaus <Kalletal> & Zimmer 3; \"Eingang B\""),
        documents,
        reference: "KAL-2026-000123",
    }
}

/// Arabic: German labels, date, time, reference and the Arabic words come back out of the
/// PDF; the Arabic column is the right one and right-aligned; the QR code is the reference.
#[test]
fn arabic_slip_text_alignment_and_qr() {
    let documents = vec![
        ("جواز السفر".to_string(), "Reisepass".to_string()),
        ("شهادة الميلاد".to_string(), "Geburtsurkunde".to_string()),
    ];
    let pdf = visit_slip_pdf(&slip("ar", true, ARABIC, "مكتب خدمة المواطنين", &documents)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "slip.pdf", &pdf);
    assert_eq!(pdf_pages(&path), 1);
    let text = comparable(&pdf_text(&path));
    for expected in [
        "Ihr Termin",
        "Datum",
        "Uhrzeit",
        "Ort",
        "Bitte mitbringen",
        "Vorgangsnummer",
        "Reisepass",
        "Geburtsurkunde",
        "Bürgerbüro",
        "24.12.2026",
        "10:30",
        "KAL-2026-000123",
        // Caller text is drawn as given, markup characters included.
        "Rathaus <Kalletal> & Zimmer 3; \"Eingang B\"",
        "موعدك",
        "التاريخ",
        "الوقت",
        "المكان",
        "جواز السفر",
        "شهادة الميلاد",
        "رقم الملف",
    ] {
        assert!(
            text.contains(&comparable(expected)),
            "no {expected:?} in:\n{text}"
        );
    }
    // The reference is printed twice (once per column).
    assert_eq!(text.matches("KAL-2026-000123").count(), 2, "{text}");

    let words = pdf_words(&path, dir.path());
    let word = |text: &str| {
        words
            .iter()
            .find(|w| is_word(w, text))
            .unwrap_or_else(|| panic!("no word {text:?} in {words:?}"))
            .clone()
    };
    // A4 is 595 points wide, the margins are 50: the Arabic title ends at the right margin,
    // the German one starts at the left margin.
    let arabic_title = word("موعدك");
    assert!((arabic_title.x_max - 545.3).abs() < 3.0, "{arabic_title:?}");
    let german_title = word("Ihr");
    assert!((german_title.x_min - 50.0).abs() < 3.0, "{german_title:?}");
    // Right-aligned: labels of different length end at the same x.
    assert!((word("التاريخ").x_max - word("المكان").x_max).abs() < 1.0);
    // Each Arabic label is on the same line as its German one.
    assert!((word("التاريخ").y_min - word("Datum").y_min).abs() < 6.0);

    let pages = pdf_images(&path, dir.path(), 150);
    assert_eq!(qr_codes(&pages[0]), vec!["KAL-2026-000123".to_string()]);
}

/// Persian (with its own letters پ چ ژ گ) is shaped and right-aligned too.
#[test]
fn persian_slip_has_its_words_right_aligned() {
    let documents = vec![("پاسپورت".to_string(), "Reisepass".to_string())];
    let pdf = visit_slip_pdf(&slip("fa", true, PERSIAN, "دفتر خدمات شهروندی", &documents)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "slip.pdf", &pdf);
    let text = comparable(&pdf_text(&path));
    for expected in [
        "وقت ملاقات شما",
        "تاریخ",
        "ساعت",
        "شماره پرونده",
        "پاسپورت",
        "دفتر خدمات شهروندی",
    ] {
        assert!(
            text.contains(&comparable(expected)),
            "no {expected:?} in:\n{text}"
        );
    }
    let words = pdf_words(&path, dir.path());
    let date = words.iter().find(|w| is_word(w, "تاریخ")).unwrap();
    assert!((date.x_max - 545.3).abs() < 3.0, "{date:?}");
    let pages = pdf_images(&path, dir.path(), 150);
    assert_eq!(qr_codes(&pages[0]), vec!["KAL-2026-000123".to_string()]);
}

/// Left-to-right languages: Ukrainian Cyrillic and Kurmanji's Latin letters come out as
/// written, the newcomer's column on the left.
#[test]
fn ukrainian_and_kurdish_slips_keep_their_letters() {
    let documents = vec![("Паспорт".to_string(), "Reisepass".to_string())];
    let pdf = visit_slip_pdf(&slip("uk", false, UKRAINIAN, "Бюро громадян", &documents)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "slip.pdf", &pdf);
    let text = comparable(&pdf_text(&path));
    for expected in [
        "Ваш прийом",
        "Будь ласка, візьміть із собою",
        "Номер справи",
        "Паспорт",
        "Бюро громадян",
        "Покажіть цей аркуш у віконці.",
    ] {
        assert!(
            text.contains(&comparable(expected)),
            "no {expected:?} in:\n{text}"
        );
    }
    let words = pdf_words(&path, dir.path());
    let title = words.iter().find(|w| w.text == "Ваш").unwrap();
    assert!((title.x_min - 50.0).abs() < 3.0, "{title:?}");
    let german = words.iter().find(|w| w.text == "Ihr").unwrap();
    assert!(german.x_min > 290.0, "{german:?}");

    let documents = vec![(
        "Pasaport û belgeya qeyda navnîşanê".to_string(),
        "Reisepass".to_string(),
    )];
    let pdf = visit_slip_pdf(&slip("ku", false, KURDISH, "Buroya Welatiyan", &documents)).unwrap();
    let path = write_temp(dir.path(), "slip-ku.pdf", &pdf);
    let text = comparable(&pdf_text(&path));
    for expected in [
        "Randevûya we",
        "Dîrok",
        "Hejmara dosyayê",
        "Vê kaxezê li gişeyê nîşan bidin.",
        "Pasaport û belgeya qeyda navnîşanê",
    ] {
        assert!(
            text.contains(&comparable(expected)),
            "no {expected:?} in:\n{text}"
        );
    }
}

/// A German newcomer gets one German column; nothing is printed twice but the labels'
/// values, and a slip without place or documents leaves those rows out.
#[test]
fn german_slip_has_one_column() {
    let mut german = slip("de", false, GERMAN, "Bürgerbüro", &[]);
    german.place = None;
    let pdf = visit_slip_pdf(&german).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "slip.pdf", &pdf);
    let text = pdf_text(&path);
    assert_eq!(text.matches("Ihr Termin").count(), 1, "{text}");
    assert_eq!(text.matches("KAL-2026-000123").count(), 1, "{text}");
    assert!(
        !text.contains("Ort") && !text.contains("Bitte mitbringen"),
        "{text}"
    );
    let pages = pdf_images(&path, dir.path(), 150);
    assert_eq!(qr_codes(&pages[0]), vec!["KAL-2026-000123".to_string()]);
}
