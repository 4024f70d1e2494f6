//! `kompass poster`: posters from the config's Telegram username and Matrix user, one page
//! per language, every QR code read back (poppler renders, rqrr decodes); clear errors when
//! a channel, a language or a start node is wrong.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{repo, t};

fn poster(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kompass"))
        .current_dir(dir)
        .args(args)
        .arg("--flows")
        .arg(repo().join("flows"))
        .arg("--locales")
        .arg(repo().join("locales"))
        .env("RUST_LOG", "warn")
        .output()
        .expect("kompass runs")
}

const CONFIG: &str = r#"
[telegram]
token_env = "KOMPASS_TEST_UNSET_TOKEN"
username = "kompass_kalletal_bot"

[matrix]
homeserver = "https://matrix.kalletal.example"
user = "@kompass:kalletal.example"
password_env = "KOMPASS_TEST_UNSET_PASSWORD"
store_passphrase_env = "KOMPASS_TEST_UNSET_PASSPHRASE"
"#;

pub(crate) fn tool(name: &str, args: &[&str]) -> Vec<u8> {
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

/// The QR codes of each page, sorted per page (the pages rendered in a folder of their
/// own, so no earlier render is read).
pub(crate) fn codes_per_page(pdf: &Path) -> Vec<Vec<String>> {
    let renders = tempfile::tempdir().unwrap();
    let dir = renders.path();
    let prefix = dir.join("render");
    tool(
        "pdftoppm",
        &[
            "-r",
            "100",
            "-gray",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("render")
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            let image = image::open(file).unwrap().to_luma8();
            let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
                image.width() as usize,
                image.height() as usize,
                |x, y| image.get_pixel(x as u32, y as u32)[0],
            );
            let mut codes: Vec<String> = prepared
                .detect_grids()
                .into_iter()
                .map(|grid| grid.decode().expect("the code decodes").1)
                .collect();
            codes.sort();
            codes
        })
        .collect()
}

/// From the config: a page per requested language in order, each with the Telegram deep
/// link to the start node in its language and the Matrix link, and its own greeting.
#[test]
fn poster_pdf_from_config() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), CONFIG).unwrap();
    let output = poster(
        dir.path(),
        &[
            "--config",
            "config.toml",
            "poster",
            "--lang",
            "ar,uk,fa",
            "--start",
            "register",
            "--out",
            "plakat.pdf",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("plakat.pdf (3 pages: ar, uk, fa)"),
        "{stdout}"
    );
    let pdf = dir.path().join("plakat.pdf");
    let pages = codes_per_page(&pdf);
    assert_eq!(pages.len(), 3);
    for (page, lang) in pages.iter().zip(["ar", "uk", "fa"]) {
        assert_eq!(
            page,
            &vec![
                "https://matrix.to/#/@kompass:kalletal.example".to_string(),
                format!("https://t.me/kompass_kalletal_bot?start={lang}_register"),
            ],
            "page {lang}"
        );
    }
    let text = String::from_utf8(tool("pdftotext", &[pdf.to_str().unwrap(), "-"])).unwrap();
    for expected in [
        t("uk", "poster-greeting"),
        t("uk", "poster-telegram"),
        t("de", "poster-greeting"),
        t("de", "poster-element"),
    ] {
        assert!(text.contains(&expected), "no {expected:?} in:\n{text}");
    }
}

/// Without a config, `--telegram-username` is enough; SVG gives one file per language,
/// named after --out, without a Matrix code.
#[test]
fn poster_svg_without_config() {
    let dir = tempfile::tempdir().unwrap();
    let output = poster(
        dir.path(),
        &[
            "poster",
            "--format",
            "svg",
            "--lang",
            "de,fa",
            "--telegram-username",
            "@other_town_bot",
            "--out",
            "p.svg",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for lang in ["de", "fa"] {
        let svg = std::fs::read_to_string(dir.path().join(format!("p-{lang}.svg"))).unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains(&format!("lang=\"{lang}\"")));
        assert!(
            svg.contains(&format!(
                "aria-label=\"https://t.me/other_town_bot?start={lang}\""
            )),
            "{lang}"
        );
        assert!(
            svg.contains(&format!("aria-label=\"{}\"", t(lang, "poster-greeting"))),
            "{lang}"
        );
        assert!(!svg.contains("matrix.to"));
    }
    assert!(!dir.path().join("p.svg").exists());
}

/// What is wrong is said: no channel at all, an unknown language (with the known ones),
/// an unknown start node (with the closest one).
#[test]
fn poster_errors_name_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let output = poster(dir.path(), &["poster"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for expected in [
        "no config file",
        "[telegram]",
        "username",
        "[matrix]",
        "--telegram-username",
    ] {
        assert!(stderr.contains(expected), "no {expected:?} in {stderr}");
    }
    let output = poster(
        dir.path(),
        &[
            "poster",
            "--telegram-username",
            "kompass_bot",
            "--lang",
            "ar,xx",
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`xx`") && stderr.contains("ar, de, en, fa, ku, ru, tr, uk"),
        "{stderr}"
    );
    let output = poster(
        dir.path(),
        &[
            "poster",
            "--telegram-username",
            "kompass_bot",
            "--start",
            "registr",
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`registr`") && stderr.contains("did you mean `register`"),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "nothing written on error"
    );
}
