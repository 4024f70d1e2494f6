//! Posters read back: one page per language, every QR code decodes to exactly its link
//! (PDF rendered by poppler, SVG by resvg, codes read by rqrr), right-to-left pages
//! right-aligned.

mod support;

use kompass_documents::{PosterChannel, PosterGerman, PosterPage, poster_pdf, poster_svg};
use support::{is_word, pdf_images, pdf_pages, pdf_words, qr_codes, svg_image, write_temp};

const LANGUAGES: [(&str, bool, &str); 8] = [
    ("de", false, "Willkommen!"),
    ("en", false, "Welcome!"),
    ("ar", true, "أهلاً وسهلاً!"),
    ("uk", false, "Ласкаво просимо!"),
    ("ru", false, "Добро пожаловать!"),
    ("tr", false, "Hoş geldiniz!"),
    ("fa", true, "خوش آمدید!"),
    ("ku", false, "Hûn bi xêr hatin!"),
];

fn telegram(code: &str) -> String {
    format!("https://t.me/kompass_kalletal_bot?start={code}_register")
}

const MATRIX: &str = "https://matrix.to/#/@kompass:kalletal.example";

fn pages(with_matrix: bool) -> Vec<PosterPage> {
    LANGUAGES
        .iter()
        .map(|(code, rtl, greeting)| {
            let mut channels = vec![PosterChannel {
                caption: format!("Telegram {code}"),
                caption_german: (*code != "de").then(|| "In Telegram öffnen".to_string()),
                link: telegram(code),
            }];
            if with_matrix {
                channels.push(PosterChannel {
                    caption: format!("Element {code}"),
                    caption_german: (*code != "de").then(|| "In Element öffnen".to_string()),
                    link: MATRIX.to_string(),
                });
            }
            PosterPage {
                language: code.to_string(),
                rtl: *rtl,
                greeting: greeting.to_string(),
                line: format!("{greeting} <script>&amp;"),
                scan: "Scan".into(),
                german: (*code != "de").then(|| PosterGerman {
                    greeting: "Willkommen!".into(),
                    line: "Kompass beantwortet Ihre Fragen.".into(),
                    scan: "Scannen Sie den Code.".into(),
                }),
                channels,
            }
        })
        .collect()
}

fn expected(code: &str, with_matrix: bool) -> Vec<String> {
    let mut links = vec![telegram(code)];
    if with_matrix {
        links.push(MATRIX.to_string());
    }
    links.sort();
    links
}

/// Eight languages, eight pages; each page's codes are exactly that language's links.
#[test]
fn pdf_poster_has_a_page_per_language_and_its_codes_decode() {
    let pdf = poster_pdf(&pages(true)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "poster.pdf", &pdf);
    assert_eq!(pdf_pages(&path), 8);
    let images = pdf_images(&path, dir.path(), 100);
    assert_eq!(images.len(), 8);
    for ((code, _, _), image) in LANGUAGES.iter().zip(&images) {
        assert_eq!(qr_codes(image), expected(code, true), "page {code}");
    }
    // Right-to-left pages: the greeting ends at the right margin (595 - 56); left-to-right
    // pages start at the left one.
    let words = pdf_words(&path, dir.path());
    for (page, (code, rtl, greeting)) in LANGUAGES.iter().enumerate() {
        let first_word = greeting.split_whitespace().next().unwrap();
        let word = words
            .iter()
            .find(|w| w.page == page + 1 && is_word(w, first_word))
            .unwrap_or_else(|| panic!("no {first_word:?} on page {code}"));
        if *rtl {
            assert!((word.x_max - 539.3).abs() < 4.0, "{code}: {word:?}");
        } else {
            assert!((word.x_min - 56.0).abs() < 4.0, "{code}: {word:?}");
        }
    }
}

/// A poster without Matrix has only the Telegram code, and it still decodes.
#[test]
fn one_channel_one_code() {
    let pdf = poster_pdf(&pages(false)[2..3]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "poster.pdf", &pdf);
    assert_eq!(pdf_pages(&path), 1);
    let images = pdf_images(&path, dir.path(), 100);
    assert_eq!(qr_codes(&images[0]), expected("ar", false));
}

/// SVG: one document per page; rendered by resvg, every code decodes to its link; caller
/// text is escaped as XML.
#[test]
fn svg_posters_decode_and_escape_text() {
    let svgs = poster_svg(&pages(true)).unwrap();
    assert_eq!(svgs.len(), 8);
    for ((code, _, greeting), svg) in LANGUAGES.iter().zip(&svgs) {
        let image = svg_image(svg, 100.0 / 72.0);
        assert_eq!(qr_codes(&image), expected(code, true), "page {code}");
        assert!(svg.contains(&format!("lang=\"{code}\"")));
        assert!(
            svg.contains(&format!(
                "aria-label=\"{greeting} &lt;script&gt;&amp;amp;\""
            )),
            "{code}"
        );
        assert!(!svg.contains("<script>"));
    }
}
