//! What the document tests read their output with: poppler's `pdftotext` and `pdftoppm`
//! (Debian's poppler-utils, installed by test.sh), `rqrr` for QR codes, `resvg` for SVG,
//! Python's `icalendar` (in the test venv) for calendar files.

#![allow(dead_code, reason = "each test file uses a part")]

use std::path::{Path, PathBuf};
use std::process::Command;

use image::GrayImage;

/// Runs a poppler tool; a missing tool is a failed test with the fix.
fn poppler(tool: &str, args: &[&str]) -> Vec<u8> {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!("{tool} cannot run ({error}): install poppler-utils (./test.sh does)")
        });
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

pub fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The text of every page, as pdftotext reads it (reading order, bidi resolved).
pub fn pdf_text(pdf: &Path) -> String {
    String::from_utf8(poppler("pdftotext", &[pdf.to_str().unwrap(), "-"])).unwrap()
}

/// Number of pages, from pdfinfo.
pub fn pdf_pages(pdf: &Path) -> usize {
    let info = String::from_utf8(poppler("pdfinfo", &[pdf.to_str().unwrap()])).unwrap();
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// One word with its box, as `pdftotext -bbox` gives it (points from the top left).
#[derive(Debug, Clone)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x_min: f32,
    pub x_max: f32,
    pub y_min: f32,
}

pub fn pdf_words(pdf: &Path, dir: &Path) -> Vec<Word> {
    let html = dir.join("bbox.html");
    poppler(
        "pdftotext",
        &["-bbox", pdf.to_str().unwrap(), html.to_str().unwrap()],
    );
    let html = std::fs::read_to_string(html).unwrap();
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let attribute = |name: &str| -> f32 {
            let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            let end = start + rest[start..].find('"').unwrap();
            rest[start..end].parse().unwrap()
        };
        let text_start = rest.find('>').unwrap() + 1;
        let text_end = rest.rfind("</word>").unwrap();
        words.push(Word {
            page,
            text: unescape_html(&rest[text_start..text_end]),
            x_min: attribute("xMin"),
            x_max: attribute("xMax"),
            y_min: attribute("yMin"),
        });
    }
    words
}

fn unescape_html(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text as extraction gives it back comparably: without the bidi marks pdftotext adds,
/// without Arabic vowel marks (their order among the letters differs after extraction),
/// with lam before alef swapped (poppler reverses the two letters of the lam-alef ligature
/// in right-to-left text: "ملاقات" comes out as "مالقات"), without full stops (poppler puts
/// the one that ends a right-to-left line first), and line breaks as spaces.
pub fn comparable(text: &str) -> String {
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
        let c = kept[index];
        match kept.get(index + 1) {
            Some(&alef) if c == 'ل' && matches!(alef, 'ا' | 'أ' | 'إ' | 'آ') => {
                out.push(alef);
                out.push('ل');
                index += 2;
            }
            _ => {
                out.push(c);
                index += 1;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every page rendered in grey at `dpi`.
pub fn pdf_images(pdf: &Path, dir: &Path, dpi: u32) -> Vec<GrayImage> {
    let prefix = dir.join("page");
    poppler(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-gray",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("page-")
        })
        .collect();
    files.sort();
    let images = files
        .iter()
        .map(|file| image::open(file).unwrap().to_luma8())
        .collect();
    for file in files {
        std::fs::remove_file(file).unwrap();
    }
    images
}

/// An SVG rendered in grey at `scale` × its size in points.
pub fn svg_image(svg: &str, scale: f32) -> GrayImage {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).unwrap();
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    GrayImage::from_fn(width, height, |x, y| {
        let pixel = pixmap.pixel(x, y).unwrap().demultiply();
        image::Luma([
            ((u32::from(pixel.red()) + u32::from(pixel.green()) + u32::from(pixel.blue())) / 3)
                as u8,
        ])
    })
}

/// The contents of every QR code found in the image, sorted.
pub fn qr_codes(image: &GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width() as usize,
        image.height() as usize,
        |x, y| image.get_pixel(x as u32, y as u32)[0],
    );
    let mut found: Vec<String> = prepared
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().expect("a QR code that decodes").1)
        .collect();
    found.sort();
    found
}

/// Python with the `icalendar` package (the test venv test.sh makes).
pub fn test_python() -> PathBuf {
    let path = std::env::var_os("KOMPASS_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/kompass/venv/bin/python")
        });
    assert!(
        path.exists(),
        "{} is missing: run ./test.sh, which installs icalendar into it",
        path.display()
    );
    path
}

/// Whether a word from `pdftotext -bbox` is `expected`: for right-to-left words the box
/// lists the letters in visual order, from the left.
pub fn is_word(word: &Word, expected: &str) -> bool {
    let expected = comparable(expected);
    comparable(&word.text) == expected
        || comparable(&word.text.chars().rev().collect::<String>()) == expected
}
