//! Inputs for the fuzz targets (docs/fuzzing.md): property tests on stable Rust with
//! `arbtest`, each running for [`budget`] (a few seconds in `cargo test`,
//! `KOMPASS_FUZZ_SECONDS` for longer runs). A failure prints `ARBTEST_SEED`, which replays it.
//!
//! Random bytes rarely look like a date or a TOML table, so the inputs are built from pieces
//! that matter to the parsers ([`texty`]) or are real files with random edits ([`mutate`]).

use std::time::Duration;

pub use arbitrary::{Result, Unstructured};

/// How long each target runs: `KOMPASS_FUZZ_SECONDS`, or 2 seconds.
pub fn budget() -> Duration {
    let seconds = std::env::var("KOMPASS_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(2.0);
    Duration::from_secs_f64(seconds)
}

/// Runs `property` on random inputs for [`budget`] (or once for `ARBTEST_SEED`), and says
/// how many inputs it tried.
pub fn run(name: &str, mut property: impl FnMut(&mut Unstructured<'_>) -> Result<()>) {
    let mut tried = 0u64;
    arbtest::arbtest(|u| {
        tried += 1;
        property(u)
    })
    .budget(budget())
    .run();
    eprintln!("{name}: {tried} inputs in {:?}", budget());
}

/// Pieces people type, and pieces that have tripped parsers: digits of three scripts,
/// separators, signs, letters of several scripts, invisible and control characters.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "9",
    "12",
    "31",
    "29",
    "02",
    "1990",
    "2024",
    "0000",
    "9999",
    "٣",
    "١٢",
    "۱۹۹۰",
    "٠",
    "۹",
    ".",
    "/",
    "-",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "+",
    "(",
    ")",
    "@",
    "_",
    "!",
    "?",
    ":",
    "=",
    "#",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    "$",
    "*",
    "a",
    "Z",
    "é",
    "ß",
    "ä",
    "ع",
    "ї",
    "Ж",
    "حداد",
    "Müller",
    "x",
    "\u{200B}",
    "\u{200E}",
    "\u{2068}",
    "\u{2069}",
    "\u{202E}",
    "\u{2028}",
    "\u{0007}",
    "\u{0000}",
    "\u{FEFF}",
    "\u{0301}",
    "🏠",
    "👨‍👩‍👧",
    "𝟙",
    "Ⅻ",
    "½",
    "١٫٥",
    "example.org",
    "mail",
    "/start",
    "/menu",
    "!delete",
    "@bot",
    "start",
    "MENU",
];

/// A short text of [`PIECES`] and arbitrary characters.
pub fn texty(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = String::new();
    for _ in 0..u.int_in_range(0..=12)? {
        if u.ratio(1, 6)? {
            text.push(u.arbitrary::<char>()?);
        } else {
            text.push_str(u.choose(PIECES)?);
        }
    }
    Ok(text)
}

/// `source` with a few random edits, as a careless administrator or a broken editor might
/// leave a file: lines deleted, repeated, swapped or indented, a value replaced, text
/// inserted, the file cut short, a byte range removed.
pub fn mutate(u: &mut Unstructured<'_>, source: &str) -> Result<String> {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    for _ in 0..u.int_in_range(1..=6)? {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let at = u.choose_index(lines.len())?;
        match u.int_in_range(0..=9)? {
            0 => {
                lines.remove(at);
            }
            1 => {
                let line = lines[at].clone();
                lines.insert(at, line);
            }
            2 => {
                let other = u.choose_index(lines.len())?;
                lines.swap(at, other);
            }
            3 => lines[at].insert_str(0, u.choose(&["  ", "\t", "# ", "[", "-", "="])?),
            4 => {
                // Replace what follows `=` (a TOML value, a Fluent text).
                if let Some((key, _)) = lines[at].clone().split_once('=') {
                    let value = u.choose(VALUES)?.to_string();
                    let value = if u.ratio(1, 3)? { texty(u)? } else { value };
                    lines[at] = format!("{key}= {value}");
                }
            }
            5 => {
                let text = texty(u)?;
                lines.insert(at, text);
            }
            6 => {
                let line = &lines[at];
                let cut = floor_char_boundary(line, u.choose_index(line.len() + 1)?);
                lines[at].truncate(cut);
            }
            7 => lines.truncate(at + 1),
            8 => {
                let piece = u.choose(VALUES)?.to_string();
                let line = &lines[at];
                let cut = floor_char_boundary(line, u.choose_index(line.len() + 1)?);
                lines[at].insert_str(cut, &piece);
            }
            _ => {
                let end = (at + u.int_in_range(1..=20)?).min(lines.len());
                lines.drain(at..end);
            }
        }
    }
    let mut text = lines.join("\n");
    if u.ratio(1, 2)? {
        text.push('\n');
    }
    Ok(text)
}

/// Values that mean something in TOML or Fluent, right or wrong where they land.
const VALUES: &[&str] = &[
    "\"\"",
    "\"x\"",
    "'x'",
    "\"\"\"\nx\n\"\"\"",
    "0",
    "-1",
    "99999999999999999999",
    "1.5",
    "nan",
    "inf",
    "true",
    "[]",
    "[1, \"a\"]",
    "{}",
    "{ a = 1 }",
    "1979-05-27",
    "\"menu\"",
    "\"form\"",
    "\"page\"",
    "\"date\"",
    "\"phone\"",
    "\"choice\"",
    "\"number\"",
    "\"main\"",
    "{ $name }",
    "{ $x ->\n [one] a\n *[other] b\n}",
    "{ -term }",
    "{ msg.attr }",
    "{ \"\\u{0}\" }",
    "{ NUMBER($n) }",
    "{{{{ }}}}",
    "{",
    "}",
    "\\",
    "\u{FEFF}",
];

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether `line` (1-based) is a line of `source` (or the one after its end, where "the file
/// ends too early" points).
pub fn is_line_of(source: &str, line: usize) -> bool {
    (1..=source.lines().count() + 1).contains(&line)
}
