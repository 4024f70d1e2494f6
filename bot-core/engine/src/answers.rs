//! Who a person is to Kompass and what they answered: shared by the engine (drafts in a
//! session) and requests (what the office receives), so neither has to ask the other.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who is talking: the messenger and its id for the person (a Telegram chat id, a Matrix
/// user id, `local` in the terminal). Personal data: never logged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UserId {
    pub channel: String,
    pub id: String,
}

impl UserId {
    /// The channel name that marks a person whose data was erased: no messenger uses it.
    const ERASED_CHANNEL: &'static str = "erased";

    pub fn new(channel: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            channel: channel.into(),
            id: id.into(),
        }
    }

    /// Who a case belongs to once the person's data is erased: nobody to write to. Stored
    /// as before (`erased:`), so records written by older versions read the same.
    pub fn erased() -> Self {
        Self::new(Self::ERASED_CHANNEL, "")
    }

    /// Whether this is [`UserId::erased`]: the person's data is gone, nothing may be sent.
    pub fn is_erased(&self) -> bool {
        self.channel == Self::ERASED_CHANNEL
    }

    /// The storage key, `channel:id`.
    pub fn key(&self) -> String {
        format!("{}:{}", self.channel, self.id)
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.channel, self.id)
    }
}

/// One answer, typed by field kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Text(String),
    Date(NaiveDate),
    /// A birth date whose day (and perhaps month) is not known, written as German papers
    /// write it: "00.00.1990", "00.03.1990". Many who fled have no exact birth date.
    PartialDate {
        year: i32,
        month: Option<u32>,
    },
    Phone(String),
    /// A phone number with what was written after it: when to call, or who answers ("ab 18
    /// Uhr", "ama sadece akşamları", "звоните после 14:00"). The office needs both.
    PhoneWithNote {
        number: String,
        note: String,
    },
    Email(String),
    Number(i64),
    /// The option's stable value.
    Choice(String),
    /// When someone can come to an appointment: the time option's value ("mornings",
    /// "any"), the days of the week they named ("montags"), Monday 1 … Sunday 7, and the
    /// hour they named ("after 3", "Donnerstag 17 Uhr"). Without days or hour it is a
    /// `Choice`.
    Appointment {
        time: String,
        weekdays: Vec<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hour: Option<NamedHour>,
    },
    YesNo(bool),
    Interpreter(Option<InterpreterLanguage>),
    Photos(Vec<AttachmentRef>),
    /// A voice message as the answer to a question for one's own words (the request), from
    /// someone who speaks more easily than they write; `text` holds what was written with
    /// it (questions kept for the office), empty if nothing. The office gets the audio.
    Voice {
        audio: AttachmentRef,
        duration_seconds: Option<u32>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        text: String,
    },
    /// A name first written in another script than Latin ("حداد"), with its Latin spelling.
    /// A name typed in Latin letters is a `Text`.
    Name {
        original: String,
        latin: LatinSpelling,
    },
    Skipped,
}

/// An hour someone named for an appointment: minutes after midnight, and how it bounds
/// the time ("at 5 pm", "after 3", "before 11").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedHour {
    pub minutes: u16,
    pub relation: HourRelation,
}

/// How an hour named for an appointment bounds the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HourRelation {
    /// The time itself: "Donnerstag 17 Uhr", "at 5 pm".
    At,
    /// The earliest time: "after 3", "ab 15 Uhr", "nicht vor 15 Uhr".
    From,
    /// The latest time: "before 11", "bis 11", "до 11".
    Until,
}

impl NamedHour {
    /// The minutes after midnight from and until before which the time can be: the minute
    /// itself, after it until midnight, or from midnight until it.
    pub fn window(&self) -> (u16, u16) {
        const MIDNIGHT: u16 = 24 * 60;
        match self.relation {
            HourRelation::At => (self.minutes, self.minutes + 1),
            HourRelation::From => (self.minutes, MIDNIGHT),
            HourRelation::Until => (0, self.minutes),
        }
    }

    /// "15:00", "9:30".
    pub fn clock(&self) -> String {
        format!("{}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl Answer {
    /// The stored uploads this answer holds: its photos, or its voice message. Drafts and
    /// requests keep them, and erasure and retention delete them, by this list.
    pub fn files(&self) -> &[AttachmentRef] {
        match self {
            Self::Photos(photos) => photos,
            Self::Voice { audio, .. } => std::slice::from_ref(audio),
            _ => &[],
        }
    }

    /// The phone number of a phone answer, with or without a note.
    pub fn phone_number(&self) -> Option<&str> {
        match self {
            Self::Phone(number) | Self::PhoneWithNote { number, .. } => Some(number),
            _ => None,
        }
    }
}

/// How a name typed in another script is written in Latin letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum LatinSpelling {
    /// The person typed it (from their passport or ID).
    Typed(String),
    /// The person took Kompass's suggestion: the office should check it against the
    /// document.
    Suggested(String),
    /// The person has no document with their name in Latin letters.
    NoDocument,
}

impl LatinSpelling {
    /// The Latin spelling, if there is one.
    pub fn text(&self) -> Option<&str> {
        match self {
            Self::Typed(text) | Self::Suggested(text) => Some(text),
            Self::NoDocument => None,
        }
    }
}

/// The language an interpreter should speak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum InterpreterLanguage {
    /// A language from the built-in list, by code.
    Code(String),
    /// A language the newcomer typed.
    Named(String),
}

/// A stored upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRef {
    pub id: String,
    pub mime: String,
    /// What the upload's [`crate::engine::AttachmentInput::fingerprint`] was: a photo sent
    /// again is known (stores of older versions have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::UserId;

    /// An erased owner is recognised, is no messenger's person, and is stored as the
    /// records of older versions have it.
    #[test]
    fn erased_is_recognised_and_stored_as_before() {
        assert!(UserId::erased().is_erased());
        assert!(!UserId::new("telegram", "42").is_erased());
        assert!(!UserId::new("matrix", "@erased:example.org").is_erased());
        let stored = r#"{"channel":"erased","id":""}"#;
        let read: UserId = serde_json::from_str(stored).unwrap();
        assert!(read.is_erased());
        assert_eq!(serde_json::to_string(&UserId::erased()).unwrap(), stored);
    }
}
