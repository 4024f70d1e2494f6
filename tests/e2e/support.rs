//! Helpers shared by the end-to-end tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use kompass_core::Content;
use kompass_core::i18n::{Arg, strip_bidi_marks};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped content, loaded once.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        Content::load(&repo().join("flows"), &repo().join("locales"))
            .unwrap_or_else(|d| panic!("shipped content broken:\n{d}"))
    })
}

/// A message's text without bidi marks, as the tests compare text.
pub fn t(lang: &str, id: &str) -> String {
    strip_bidi_marks(&content().locales.text(lang, id, &[]))
}

pub fn ta(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    strip_bidi_marks(&content().locales.text(lang, id, args))
}

/// The `kompass chat` command on a data folder with the shipped content.
pub fn chat_command(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kompass"));
    command
        .arg("chat")
        .arg("--data")
        .arg(data)
        .arg("--flows")
        .arg(repo().join("flows"))
        .arg("--locales")
        .arg(repo().join("locales"))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Runs a scripted chat to its end; returns stdout without bidi marks.
pub fn run_chat(data: &Path, lines: &[String]) -> String {
    let mut child = chat_command(data).spawn().expect("kompass starts");
    let mut stdin = child.stdin.take().unwrap();
    for line in lines {
        writeln!(stdin, "{line}").unwrap();
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    let stdout = strip_bidi_marks(&String::from_utf8_lossy(&output.stdout));
    assert!(
        output.status.success(),
        "kompass chat failed: {}\nstdout:\n{stdout}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Every `.eml` file in `data/mail`, sorted by name.
pub fn emails(data: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(data.join("mail")) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

/// Asserts that `needles` appear in `haystack` in this order; returns where the last ended.
pub fn assert_in_order(haystack: &str, needles: &[String]) -> usize {
    let mut at = 0;
    for needle in needles {
        match haystack[at..].find(needle.as_str()) {
            Some(found) => at += found + needle.len(),
            None => panic!(
                "expected {needle:?} after byte {at} of the transcript:\n{}",
                &haystack[at.saturating_sub(400)..]
            ),
        }
    }
    at
}

/// A small real PNG (`width`×`height`, red).
pub fn png(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    // Stored (uncompressed) deflate blocks keep this free of a compression crate.
    let row_len = 1 + 3 * width as usize;
    let mut row = vec![0u8];
    for _ in 0..width {
        row.extend_from_slice(&[255, 0, 0]);
    }
    let raw = row.repeat(height as usize);
    assert_eq!(raw.len(), row_len * height as usize);
    let mut zlib = vec![0x78, 0x01];
    for (i, block) in raw.chunks(65_535).enumerate() {
        let last = (i + 1) * 65_535 >= raw.len();
        zlib.push(u8::from(last));
        zlib.extend_from_slice(&(block.len() as u16).to_le_bytes());
        zlib.extend_from_slice(&(!(block.len() as u16)).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// Writes `bytes` to `dir/name` and returns the `/photo` line for it.
pub fn photo_line(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    format!("/photo {}", path.display())
}
