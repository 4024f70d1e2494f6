//! Pieces shared by the runs that `kill -9` the bot on Telegram (`telegram_kill`, `chaos`):
//! a seeded random source, the scripted newcomer's inputs, and the comparison of what a
//! chat received with a conversation that no kill interrupted.

use std::time::{Duration, Instant};

use crate::support::{photo, sent_marker, t};
use crate::telegram_support::{BotApi, buttons, text_of};

/// One input of a scripted newcomer.
#[derive(Clone)]
pub enum Input {
    Text(String),
    Photo(Vec<u8>),
}

impl Input {
    pub fn text(text: &str) -> Self {
        Self::Text(text.to_string())
    }

    /// Sends the input to `chat` through the Bot API peer.
    pub fn post(&self, api: &BotApi, chat: i64) {
        match self {
            Input::Text(text) => {
                api.text(chat, text, "de");
            }
            Input::Photo(bytes) => {
                api.photo(chat, bytes, None);
            }
        }
    }
}

/// A German registration typed from start to end (labels typed, not pressed, so no input
/// depends on a message id). The remark makes the summary longer than Telegram's 4096
/// UTF-16 units, so that one step has a reply of two messages; every other step has one.
pub fn registration(first_name: &str) -> Vec<Input> {
    let text = Input::text;
    vec![
        text("/start de_register-form"),
        text("Müller"),
        text(first_name),
        text("3.4.1990"),
        text("deutsch"),
        text("Weg 1, Kalletal"),
        text("1.10.2026"),
        text("2"),
        // A phone: without a caseworker room the office must be able to call back.
        text("05261 123456"),
        text(&t("de", "button-skip")),
        // Long enough in UTF-16 that the summary is sent in two messages; with a word, as
        // a sign alone at the notes is no note (it skips the question).
        Input::Text(format!("Notiz {}", "🏠".repeat(1900))),
        Input::Photo(photo()),
        text(&t("de", "button-done")),
        text(&t("de", "button-no")),
        text("1"),
        text(&t("de", "button-send")),
    ]
}

/// A small random generator (xorshift) seeded from environment variable `variable`, or from
/// the clock; the seed is printed so that a failed run can be repeated with it.
pub struct Random(u64);

impl Random {
    pub fn from_env(variable: &str) -> Self {
        let seed = std::env::var(variable)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            })
            | 1;
        eprintln!("kill run: {variable}={seed}");
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform in `[0, bound)`.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    /// Uniform in `[low, high)` milliseconds.
    pub fn millis(&mut self, low: u64, high: u64) -> Duration {
        Duration::from_millis(low + self.below(high - low))
    }
}

/// A bot message as compared: text without bidi marks, reference numbers blanked (each
/// conversation has its own) and each of `blank` replaced by `#`.
pub fn normalise(message: &serde_json::Value, blank: &[String]) -> String {
    let mut text = text_of(message);
    for word in blank {
        text = text.replace(word.as_str(), "#");
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("KAL-") {
        out.push_str(&rest[..at]);
        out.push_str("KAL-#");
        rest = rest[at + 4..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    }
    out.push_str(rest);
    if !buttons(message).is_empty() {
        out.push_str(" [buttons]");
    }
    out
}

/// What one chat received, against the reference.
#[derive(Debug, Default)]
pub struct Comparison {
    /// For each kill, the messages sent again after it.
    pub duplicates_per_kill: Vec<usize>,
    /// Each message sent again: the kill it follows, its place in the chat, its text.
    pub duplicates: Vec<(usize, usize, String)>,
    /// Messages the reference does not have at all (or not at this point).
    pub unexpected: Vec<String>,
    /// Reference messages that never came.
    pub missing: usize,
}

/// Aligns `actual` with `expected`: a message that is the next expected one is matched; one
/// that equals one of the last `recent` messages already matched is a duplicate, counted
/// against the kill whose boundary (the chat's message count when it was killed) it
/// follows. Anything else is unexpected: a question asked out of turn is not a duplicate.
pub fn compare(
    expected: &[String],
    actual: &[String],
    boundaries: &[usize],
    recent: usize,
) -> Comparison {
    let mut comparison = Comparison {
        duplicates_per_kill: vec![0; boundaries.len()],
        ..Comparison::default()
    };
    let mut next = 0;
    for (index, message) in actual.iter().enumerate() {
        if expected.get(next) == Some(message) {
            next += 1;
        } else if expected[next.saturating_sub(recent)..next].contains(message)
            && let Some(kill) = boundaries.iter().rposition(|boundary| index >= *boundary)
        {
            comparison.duplicates_per_kill[kill] += 1;
            comparison.duplicates.push((kill, index, message.clone()));
        } else {
            comparison.unexpected.push(message.clone());
        }
    }
    comparison.missing = expected.len() - next;
    comparison
}

/// Waits until `chat` has `notices` "sent" notices and nothing new came for `quiet`; returns
/// the bot's messages.
pub fn settle(api: &BotApi, chat: i64, notices: usize, quiet: Duration) -> Vec<serde_json::Value> {
    let marker = sent_marker("de");
    api.wait_until(chat, Duration::from_secs(240), |messages| {
        messages
            .iter()
            .filter(|m| text_of(m).contains(&marker))
            .count()
            >= notices
    });
    let mut seen = api.bot_messages(chat).len();
    let mut since = Instant::now();
    while since.elapsed() < quiet {
        std::thread::sleep(Duration::from_millis(200));
        let now = api.bot_messages(chat).len();
        if now != seen {
            (seen, since) = (now, Instant::now());
        }
    }
    api.bot_messages(chat)
}
