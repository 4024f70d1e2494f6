//! Looks for seeded personal data in every file under a folder: raw, as UTF-16 (both byte
//! orders) and in base64 at each of the three alignments. Shared by the erasure tests of
//! the store (bot-core) and of the binary (tests/e2e).

use std::path::Path;

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Every byte pattern that betrays `seed`.
pub fn patterns(seed: &str) -> Vec<Vec<u8>> {
    let mut patterns = vec![seed.as_bytes().to_vec()];
    patterns.push(seed.encode_utf16().flat_map(u16::to_le_bytes).collect());
    patterns.push(seed.encode_utf16().flat_map(u16::to_be_bytes).collect());
    for shift in 0..3 {
        let mut bytes = vec![b'x'; shift];
        bytes.extend_from_slice(seed.as_bytes());
        let encoded = base64(&bytes);
        // Only the characters that depend on the seed alone, not on its neighbours.
        let start = (shift * 4).div_ceil(3) + 1;
        let end = encoded.len().saturating_sub(2);
        if end > start + 4 {
            patterns.push(encoded.as_bytes()[start..end].to_vec());
        }
    }
    patterns
}

/// The bytes around a hit, escaped, so that a failure says what held the seed (a sealed
/// value cannot; a key, a timestamp or a plain record can).
fn around(bytes: &[u8], at: usize, len: usize) -> String {
    let start = at.saturating_sub(48);
    let end = (at + len + 48).min(bytes.len());
    bytes[start..end].escape_ascii().to_string()
}

/// The fewest digits a seed made of digits may have. The store keeps plain timestamps with
/// nanoseconds and hex ids beside the sealed values: after the erasure test's chat, 18 of
/// the million six-digit numbers occurred in the data folder by chance (and 7 of the 10^8
/// eight-digit ones), so a six-digit seed can be found where nobody typed it.
const FEWEST_SEED_DIGITS: usize = 8;

/// `bytes` without line breaks and quoted-printable's soft breaks ("=" at a line's end):
/// an email wraps base64 every 76 characters and quoted-printable lines at 76, so a seed
/// can stand across a break (the erasure test's seed in the office's email did, once its
/// attachment had one more key).
fn lines_joined(bytes: &[u8]) -> Vec<u8> {
    let mut joined = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let soft_break = |from: usize| match (bytes.get(from), bytes.get(from + 1)) {
            (Some(b'\r'), Some(b'\n')) => Some(2),
            (Some(b'\n'), _) => Some(1),
            _ => None,
        };
        match byte {
            b'=' if let Some(length) = soft_break(at + 1) => at += 1 + length,
            b'\r' | b'\n' => at += 1,
            _ => {
                joined.push(byte);
                at += 1;
            }
        }
    }
    joined
}

/// "seed in path at byte N: the bytes around it" for each seed found in a file under `dir`
/// (folders in `skip` left out).
pub fn files_containing(dir: &Path, seeds: &[&str], skip: &[&Path]) -> Vec<String> {
    for seed in seeds {
        let a_number = seed.chars().all(|c| c.is_ascii_digit());
        assert!(
            !a_number || seed.len() >= FEWEST_SEED_DIGITS,
            "the seed {seed} is too short a number to be told from a timestamp's digits: \
             give it {FEWEST_SEED_DIGITS} digits"
        );
    }
    let mut hits = Vec::new();
    let mut files = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if skip.iter().any(|skipped| path == *skipped) {
            continue;
        }
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
            continue;
        }
        files += 1;
        let bytes = std::fs::read(&path).unwrap();
        let joined = lines_joined(&bytes);
        for seed in seeds {
            let found = |bytes: &[u8]| {
                patterns(seed).iter().find_map(|pattern| {
                    bytes
                        .windows(pattern.len())
                        .position(|window| window == pattern.as_slice())
                        .map(|at| (at, pattern.len()))
                })
            };
            if let Some((at, len)) = found(&bytes) {
                hits.push(format!(
                    "{seed} in {} at byte {at}: {}",
                    path.display(),
                    around(&bytes, at, len)
                ));
            } else if let Some((at, len)) = found(&joined) {
                hits.push(format!(
                    "{seed} in {} across a line break, at byte {at} of its lines joined: {}",
                    path.display(),
                    around(&joined, at, len)
                ));
            }
        }
    }
    assert!(files > 0, "no files under {}", dir.display());
    hits
}
