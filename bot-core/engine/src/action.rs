//! What a button does, as a type: every button the engine shows carries an [`Action`], and
//! the messengers carry it back as a short string ([`Action::encode`], [`Action::parse`]).
//!
//! The string form is the wire format Telegram's `callback_data` holds (and the one kept in
//! stored replies), so it must stay stable: `go:main:0`, `nav:back`, `f:2:y` … pressed on a
//! message sent before an upgrade still work. Telegram allows at most [`MAX_BYTES`] bytes;
//! the ids inside an action are content ids (at most [`MAX_ID_BYTES`], checked when flows
//! load) and language codes (at most [`MAX_LANGUAGE_BYTES`], checked when locales load), so
//! every action fits: the test `the_longest_action_fits_telegram` builds the longest one.

use std::fmt;

/// Telegram's limit for a button's `callback_data`, in bytes (the strictest messenger's).
pub const MAX_BYTES: usize = 64;
/// The longest node, form or institution id a flow may use.
pub const MAX_ID_BYTES: usize = 32;
/// The longest language code a locale folder may have.
pub const MAX_LANGUAGE_BYTES: usize = 12;

/// A pressed button.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// `lang:menu`: show the language menu.
    LanguageMenu,
    /// `lang:<code>`: use this language.
    Language(String),
    /// `go:<node>:<option>`: the menu `node`'s option number `option` (0-based).
    Go { node: String, option: usize },
    /// `go:<form>`: continue the unfinished form `form`.
    Resume { form: String },
    /// `nav:back`.
    Back,
    /// `nav:menu`: the main menu.
    MainMenu,
    /// `cancel:yes` / `cancel:no`: the answer to "cancel this form?".
    ConfirmCancel(bool),
    /// `del:yes` / `del:no`: the answer to "delete my data?".
    ConfirmDelete(bool),
    /// `form:cancel`: leave the form (asks first when it has answers).
    CancelForm,
    /// `rv:send`: send the reviewed request.
    Send,
    /// `rv:change`: change an answer (shows the list of fields).
    Change,
    /// `rv:review`: back from the list of fields to the summary.
    Review,
    /// `fix:<field>`: change the answer to field number `field` (0-based).
    Fix { field: usize },
    /// `f:<field>:<value>`: an answer button of field number `field`.
    Answer { field: usize, value: FieldButton },
    /// `town:menu`: show the list of municipalities (`crate::towns`).
    TownMenu,
    /// `town:<id>`: talk to this municipality.
    Town(String),
    /// `wa:<reference>`: write to the office about one's sent request `reference`.
    WriteAbout { reference: String },
    /// `wa:all`: send the words waiting (a new phone number) to the office of every request
    /// on screen. No reference is `all` (`request::reference` writes prefix, year, number).
    WriteAboutAll,
}

/// The answer buttons of a form field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldButton {
    /// `<k>`: option `k` (0-based) of a choice or appointment field.
    Option(usize),
    /// `y`.
    Yes,
    /// `n`.
    No,
    /// `l:<code>`: an interpreter language from the built-in list.
    InterpreterLanguage(String),
    /// `l:other`: another interpreter language, to be typed.
    OtherInterpreterLanguage,
    /// `ls`: take Kompass's Latin spelling of a name.
    LatinSuggestion,
    /// `ds`: take the date Kompass read from a date typed another way
    /// (`Draft::suggested_date`).
    SuggestedDate,
    /// `nl`: no document with the name in Latin letters.
    NoLatinDocument,
    /// `kw`: keep an address as written; the person cannot write it in Latin letters.
    KeepAsWritten,
    /// `ka`: keep the answer the question already has (back at it, or changing it from the
    /// summary).
    KeepAnswer,
    /// `o`: answer a choice with text of one's own ("another country").
    Other,
    /// `new`: take a new photo instead of one that looks hard to read.
    NewPhoto,
    /// `keep`: send the photo anyway.
    KeepPhoto,
    /// `done`: no more photos.
    Done,
    /// `skip`: leave an optional field empty.
    Skip,
    /// `np`: the person does not have the paper a photo question asks for.
    NoPaper,
    /// `rm`: take back the last photo sent at a photo question (a wrong one).
    RemovePhoto,
}

/// Why button data is not an action (an old or forged button).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a button of this bot")]
pub struct UnknownAction;

impl Action {
    /// The string a messenger carries (at most [`MAX_BYTES`] for checked content).
    pub fn encode(&self) -> String {
        self.to_string()
    }

    /// The action a button's string stands for. Only the canonical form is accepted
    /// (`encode(parse(s)) == s`): numbers without sign or leading zeros, ids without `:`.
    pub fn parse(data: &str) -> Result<Self, UnknownAction> {
        let (kind, rest) = data.split_once(':').ok_or(UnknownAction)?;
        let action = match (kind, rest) {
            ("lang", "menu") => Self::LanguageMenu,
            ("lang", code) => Self::Language(word(code)?),
            ("go", rest) => match rest.split_once(':') {
                Some((node, option)) => Self::Go {
                    node: word(node)?,
                    option: number(option)?,
                },
                None => Self::Resume { form: word(rest)? },
            },
            ("nav", "back") => Self::Back,
            ("nav", "menu") => Self::MainMenu,
            ("cancel", answer) => Self::ConfirmCancel(yes_no(answer)?),
            ("del", answer) => Self::ConfirmDelete(yes_no(answer)?),
            ("form", "cancel") => Self::CancelForm,
            ("rv", "send") => Self::Send,
            ("rv", "change") => Self::Change,
            ("rv", "review") => Self::Review,
            ("town", "menu") => Self::TownMenu,
            ("town", id) => Self::Town(word(id)?),
            ("wa", "all") => Self::WriteAboutAll,
            ("wa", reference) => Self::WriteAbout {
                reference: word(reference)?,
            },
            ("fix", field) => Self::Fix {
                field: number(field)?,
            },
            ("f", rest) => {
                let (field, value) = rest.split_once(':').ok_or(UnknownAction)?;
                Self::Answer {
                    field: number(field)?,
                    value: FieldButton::parse(value)?,
                }
            }
            _ => return Err(UnknownAction),
        };
        Ok(action)
    }

    /// Whether the button moves between menus and pages (rather than answering a
    /// question): the reply to it may replace the menu it was on.
    pub fn moves(&self) -> bool {
        match self {
            Self::Go { .. } | Self::Resume { .. } | Self::Back | Self::MainMenu => true,
            Self::LanguageMenu
            | Self::Language(_)
            | Self::ConfirmCancel(_)
            | Self::ConfirmDelete(_)
            | Self::CancelForm
            | Self::Send
            | Self::Change
            | Self::Review
            | Self::Fix { .. }
            | Self::Answer { .. } => false,
            // The list replaces the menu it was on, and a choice the list; the conversation
            // about a request the menu it was chosen on.
            Self::TownMenu | Self::Town(_) | Self::WriteAbout { .. } | Self::WriteAboutAll => true,
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let yes_no = |yes: bool| if yes { "yes" } else { "no" };
        match self {
            Self::LanguageMenu => f.write_str("lang:menu"),
            Self::Language(code) => write!(f, "lang:{code}"),
            Self::Go { node, option } => write!(f, "go:{node}:{option}"),
            Self::Resume { form } => write!(f, "go:{form}"),
            Self::Back => f.write_str("nav:back"),
            Self::MainMenu => f.write_str("nav:menu"),
            Self::ConfirmCancel(yes) => write!(f, "cancel:{}", yes_no(*yes)),
            Self::ConfirmDelete(yes) => write!(f, "del:{}", yes_no(*yes)),
            Self::CancelForm => f.write_str("form:cancel"),
            Self::Send => f.write_str("rv:send"),
            Self::Change => f.write_str("rv:change"),
            Self::Review => f.write_str("rv:review"),
            Self::Fix { field } => write!(f, "fix:{field}"),
            Self::Answer { field, value } => write!(f, "f:{field}:{value}"),
            Self::TownMenu => f.write_str("town:menu"),
            Self::Town(id) => write!(f, "town:{id}"),
            Self::WriteAbout { reference } => write!(f, "wa:{reference}"),
            Self::WriteAboutAll => f.write_str("wa:all"),
        }
    }
}

impl FieldButton {
    fn parse(value: &str) -> Result<Self, UnknownAction> {
        Ok(match value {
            "y" => Self::Yes,
            "n" => Self::No,
            "l:other" => Self::OtherInterpreterLanguage,
            "ls" => Self::LatinSuggestion,
            "ds" => Self::SuggestedDate,
            "nl" => Self::NoLatinDocument,
            "kw" => Self::KeepAsWritten,
            "ka" => Self::KeepAnswer,
            "o" => Self::Other,
            "new" => Self::NewPhoto,
            "keep" => Self::KeepPhoto,
            "done" => Self::Done,
            "skip" => Self::Skip,
            "np" => Self::NoPaper,
            "rm" => Self::RemovePhoto,
            other => match other.strip_prefix("l:") {
                Some(code) => Self::InterpreterLanguage(word(code)?),
                None => Self::Option(number(other)?),
            },
        })
    }
}

impl fmt::Display for FieldButton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Option(k) => write!(f, "{k}"),
            Self::Yes => f.write_str("y"),
            Self::No => f.write_str("n"),
            Self::InterpreterLanguage(code) => write!(f, "l:{code}"),
            Self::OtherInterpreterLanguage => f.write_str("l:other"),
            Self::LatinSuggestion => f.write_str("ls"),
            Self::SuggestedDate => f.write_str("ds"),
            Self::NoLatinDocument => f.write_str("nl"),
            Self::KeepAsWritten => f.write_str("kw"),
            Self::KeepAnswer => f.write_str("ka"),
            Self::Other => f.write_str("o"),
            Self::NewPhoto => f.write_str("new"),
            Self::KeepPhoto => f.write_str("keep"),
            Self::Done => f.write_str("done"),
            Self::Skip => f.write_str("skip"),
            Self::NoPaper => f.write_str("np"),
            Self::RemovePhoto => f.write_str("rm"),
        }
    }
}

/// An id or code inside an action: not empty, no `:`.
fn word(text: &str) -> Result<String, UnknownAction> {
    if text.is_empty() || text.contains(':') {
        return Err(UnknownAction);
    }
    Ok(text.to_string())
}

/// A number as `encode` writes it: ASCII digits, no leading zero (except `0` itself).
fn number(text: &str) -> Result<usize, UnknownAction> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if !canonical {
        return Err(UnknownAction);
    }
    text.parse().map_err(|_| UnknownAction)
}

fn yes_no(text: &str) -> Result<bool, UnknownAction> {
    match text {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(UnknownAction),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The strings of the running protocol, unchanged: buttons sent before an upgrade work.
    #[test]
    fn wire_format_is_stable() {
        let cases = [
            (Action::LanguageMenu, "lang:menu"),
            (Action::Language("uk".into()), "lang:uk"),
            (
                Action::Go {
                    node: "main".into(),
                    option: 0,
                },
                "go:main:0",
            ),
            (
                Action::Resume {
                    form: "register".into(),
                },
                "go:register",
            ),
            (Action::Back, "nav:back"),
            (Action::MainMenu, "nav:menu"),
            (Action::ConfirmCancel(true), "cancel:yes"),
            (Action::ConfirmDelete(false), "del:no"),
            (Action::CancelForm, "form:cancel"),
            (Action::Send, "rv:send"),
            (Action::Change, "rv:change"),
            (Action::Review, "rv:review"),
            (Action::Fix { field: 12 }, "fix:12"),
            (
                Action::Answer {
                    field: 3,
                    value: FieldButton::InterpreterLanguage("fa".into()),
                },
                "f:3:l:fa",
            ),
            (
                Action::Answer {
                    field: 3,
                    value: FieldButton::OtherInterpreterLanguage,
                },
                "f:3:l:other",
            ),
            (
                Action::Answer {
                    field: 0,
                    value: FieldButton::Option(10),
                },
                "f:0:10",
            ),
            (
                Action::Answer {
                    field: 1,
                    value: FieldButton::KeepPhoto,
                },
                "f:1:keep",
            ),
            (Action::TownMenu, "town:menu"),
            (Action::Town("lindenau".into()), "town:lindenau"),
            (
                Action::WriteAbout {
                    reference: "KAL-2026-000123".into(),
                },
                "wa:KAL-2026-000123",
            ),
            (Action::WriteAboutAll, "wa:all"),
        ];
        for (action, data) in cases {
            assert_eq!(action.encode(), data);
            assert_eq!(Action::parse(data), Ok(action), "{data}");
        }
    }

    #[test]
    fn foreign_and_malformed_data_is_refused() {
        for data in [
            "",
            "go",
            "go:",
            "go:main:",
            "go:main:01",
            "go:main:+1",
            "go:main:-1",
            "go:main:1:2",
            "nav:up",
            "cancel:maybe",
            "fix:x",
            "f:1",
            "f:1:",
            "f:1:l:",
            "f:x:y",
            "lang:",
            "town:",
            "town:a:b",
            "game",
            "go:main:99999999999999999999999",
        ] {
            assert_eq!(Action::parse(data), Err(UnknownAction), "{data:?}");
        }
    }

    /// Every action fits Telegram's 64 bytes when its ids are as long as content may have
    /// them and its numbers as large as they can be.
    #[test]
    fn the_longest_action_fits_telegram() {
        let id = "x".repeat(MAX_ID_BYTES);
        let code = "y".repeat(MAX_LANGUAGE_BYTES);
        let longest = [
            Action::Go {
                node: id.clone(),
                option: usize::MAX,
            },
            Action::Resume { form: id.clone() },
            // Municipality ids follow the rules of node ids (`towns::check_id`).
            Action::Town(id),
            // A reference as `request::reference` writes it (a layer above, not used
            // here): a prefix of at most 8 characters (checked when flows load), the year
            // (chrono's largest has 6 digits) and a sequence number.
            Action::WriteAbout {
                reference: format!("ABCDEFGH-262143-{}", u64::MAX),
            },
            Action::Language(code.clone()),
            Action::Fix { field: usize::MAX },
            Action::Answer {
                field: usize::MAX,
                value: FieldButton::InterpreterLanguage(code),
            },
            Action::Answer {
                field: usize::MAX,
                value: FieldButton::Option(usize::MAX),
            },
        ];
        let go = longest[0].encode();
        assert_eq!(
            go.len(),
            3 + MAX_ID_BYTES + 1 + usize::MAX.to_string().len()
        );
        for action in longest {
            let data = action.encode();
            assert!(data.len() <= MAX_BYTES, "{data} has {} bytes", data.len());
            assert_eq!(Action::parse(&data), Ok(action));
        }
    }

    /// Ids and codes as content and locales allow them (never `menu` or `other`, which
    /// are words of the protocol).
    fn word(
        u: &mut arbtest::arbitrary::Unstructured<'_>,
        max: usize,
    ) -> arbtest::arbitrary::Result<String> {
        const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789-_";
        let len = u.int_in_range(1..=max)?;
        let word: String = (0..len)
            .map(|_| u.choose(LETTERS).map(|&b| char::from(b)))
            .collect::<Result<_, _>>()?;
        Ok(if word == "menu" || word == "other" {
            format!("{word}0")
        } else {
            word
        })
    }

    fn field_button(
        u: &mut arbtest::arbitrary::Unstructured<'_>,
    ) -> arbtest::arbitrary::Result<FieldButton> {
        Ok(match u.int_in_range(0..=16)? {
            0 => FieldButton::Option(u.arbitrary()?),
            1 => FieldButton::Yes,
            2 => FieldButton::No,
            3 => FieldButton::InterpreterLanguage(word(u, MAX_LANGUAGE_BYTES)?),
            4 => FieldButton::OtherInterpreterLanguage,
            5 => FieldButton::LatinSuggestion,
            6 => FieldButton::NoLatinDocument,
            7 => FieldButton::NewPhoto,
            8 => FieldButton::KeepPhoto,
            9 => FieldButton::Done,
            10 => FieldButton::KeepAsWritten,
            11 => FieldButton::Other,
            12 => FieldButton::SuggestedDate,
            13 => FieldButton::KeepAnswer,
            14 => FieldButton::NoPaper,
            15 => FieldButton::RemovePhoto,
            _ => FieldButton::Skip,
        })
    }

    fn action(u: &mut arbtest::arbitrary::Unstructured<'_>) -> arbtest::arbitrary::Result<Action> {
        Ok(match u.int_in_range(0..=13)? {
            0 => Action::LanguageMenu,
            1 => Action::Language(word(u, MAX_LANGUAGE_BYTES)?),
            2 => Action::Go {
                node: word(u, MAX_ID_BYTES)?,
                option: u.arbitrary()?,
            },
            3 => Action::Resume {
                form: word(u, MAX_ID_BYTES)?,
            },
            4 => Action::Back,
            5 => Action::MainMenu,
            6 => Action::ConfirmCancel(u.arbitrary()?),
            7 => Action::ConfirmDelete(u.arbitrary()?),
            8 => Action::CancelForm,
            9 => Action::Send,
            10 => Action::Change,
            11 => Action::Review,
            12 => Action::Fix {
                field: u.arbitrary()?,
            },
            _ => Action::Answer {
                field: u.arbitrary()?,
                value: field_button(u)?,
            },
        })
    }

    #[test]
    fn parse_inverts_encode() {
        arbtest::arbtest(|u| {
            let action = action(u)?;
            let data = action.encode();
            assert!(data.len() <= MAX_BYTES, "{data}");
            assert_eq!(Action::parse(&data), Ok(action), "{data}");
            Ok(())
        })
        .budget_ms(300);
    }

    /// The other way round: whatever parses is written back byte for byte, so one action
    /// has one string (a stale-button check can compare strings).
    #[test]
    fn encode_inverts_parse() {
        arbtest::arbtest(|u| {
            let bytes: &[u8] = u.arbitrary()?;
            // Mostly protocol-like strings: pieces of real data glued with `:`.
            const PIECES: &[&str] = &[
                "lang", "menu", "go", "nav", "back", "cancel", "del", "yes", "no", "form", "rv",
                "send", "change", "review", "fix", "f", "l", "other", "ls", "nl", "new", "keep",
                "done", "skip", "np", "y", "n", "0", "1", "10", "01", "main", ":", "",
            ];
            let mut data = String::new();
            for &b in bytes.iter().take(6) {
                if !data.is_empty() {
                    data.push(':');
                }
                data.push_str(PIECES[usize::from(b) % PIECES.len()]);
            }
            if let Ok(action) = Action::parse(&data) {
                assert_eq!(action.encode(), data);
            }
            Ok(())
        })
        .budget_ms(300);
    }
}
