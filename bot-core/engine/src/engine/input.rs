//! What reaches the engine: channel-neutral inputs that every adapter produces.

use crate::upload::Verdict;

/// One thing a newcomer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Typed text (may equal a button's number or label).
    Text(String),
    /// A pressed button: the `data` of a [`crate::engine::Button`].
    Button(String),
    /// An uploaded file, already inspected; `id` is where the runtime keeps its bytes.
    Attachment(AttachmentInput),
    Command(Command),
    /// A voice message or an audio file: forwarded to a caseworker's thread while the
    /// newcomer talks to an office, otherwise answered like [`Input::Unsupported`].
    Voice(VoiceInput),
    /// Something the bot cannot read (sticker, location, contact …).
    Unsupported,
}

/// A voice message as the engine sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoiceInput {
    /// Stored under `id` by the runtime (kept only if the step forwards it).
    Stored {
        id: String,
        mime: String,
        duration_seconds: Option<u32>,
    },
    /// Over the size limit: not fetched or not stored.
    TooLarge { max_mb: u64 },
}

/// An upload as the engine sees it: a storage id and what the file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInput {
    pub id: String,
    pub verdict: Verdict,
    /// The album it came in (several photos sent as one message), if the messenger says so.
    pub album: Option<String>,
    /// A digest of the stored file's bytes, made by the runtime: the same photo sent twice
    /// has the same one. `None` when nothing was stored.
    pub fingerprint: Option<String>,
}

/// The conversation commands of DESIGN.md; `/start` may carry a deep-link payload.
/// A typed command in its parts: `/word@bot payload`. The one reading of that form, for
/// the engine's commands, unknown ones and a messenger's "is this for me".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandText<'a> {
    pub word: &'a str,
    /// The bot a group command names (`/menu@kompass_bot`).
    pub bot: Option<&'a str>,
    /// What follows the first space, trimmed.
    pub payload: Option<&'a str>,
}

impl<'a> CommandText<'a> {
    /// Splits `text` if it starts (after spaces) with one of `prefixes`.
    pub fn split(text: &'a str, prefixes: &[char]) -> Option<Self> {
        let text = text.trim();
        let rest = text.strip_prefix(prefixes)?;
        let (word, payload) = match rest.split_once(char::is_whitespace) {
            Some((word, payload)) => (word, Some(payload.trim())),
            None => (rest, None),
        };
        let (word, bot) = match word.split_once('@') {
            Some((word, bot)) => (word, Some(bot)),
            None => (word, None),
        };
        Some(Self { word, bot, payload })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Start(Option<String>),
    Menu,
    Back,
    Language,
    Cancel,
    Help,
    Status,
    Delete,
}

impl Command {
    /// Parses `/menu`, `!menu` (Matrix) and `/start@botname payload`. Plain words are not
    /// commands here: a newcomer's free text must never be swallowed as one.
    pub fn parse(text: &str) -> Option<Self> {
        let CommandText { word, payload, .. } = CommandText::split(text, &['/', '!'])?;
        let word = word.to_ascii_lowercase();
        let command = match word.as_str() {
            "start" => Self::Start(payload.filter(|p| !p.is_empty()).map(str::to_string)),
            "menu" => Self::Menu,
            "back" => Self::Back,
            "language" | "lang" => Self::Language,
            "cancel" => Self::Cancel,
            "help" => Self::Help,
            "status" => Self::Status,
            "delete" => Self::Delete,
            _ => return None,
        };
        Some(command)
    }

    /// Every command word, for messenger command menus.
    pub const WORDS: [(&'static str, &'static str); 8] = [
        ("start", "cmd-start"),
        ("menu", "cmd-menu"),
        ("back", "cmd-back"),
        ("language", "cmd-language"),
        ("status", "cmd-status"),
        ("cancel", "cmd-cancel"),
        ("help", "cmd-help"),
        ("delete", "cmd-delete"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        assert_eq!(
            Command::parse("/start ar"),
            Some(Command::Start(Some("ar".into())))
        );
        assert_eq!(
            Command::parse("/start@KompassBot"),
            Some(Command::Start(None))
        );
        assert_eq!(Command::parse("!Menu"), Some(Command::Menu));
        assert_eq!(Command::parse(" /delete "), Some(Command::Delete));
        assert_eq!(Command::parse("/unknown"), None);
        assert_eq!(Command::parse("menu"), None);
        assert_eq!(Command::parse("12/05/1990"), None);
    }
}
