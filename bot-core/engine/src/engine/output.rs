//! What the engine asks the world to do: messages to show, uploads to ask for, a request to
//! submit, data to erase. Adapters render messages; the runtime does the rest.

use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::request::Request;

#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// A message with optional buttons.
    Say(Message),
    /// A message that asks for photos: adapters may show an upload hint.
    AskUpload(Message),
    /// A confirmed request: the runtime stores it and queues its email.
    Submit(Box<Request>),
    /// The newcomer asked to erase everything stored about them.
    EraseUserData,
    /// The newcomer wants to write to a person: the runtime opens a thread in the
    /// institution's caseworker room.
    OpenCase(CaseOpening),
    /// Something the newcomer wrote while talking to a person, for the case's thread.
    Forward { case: String, what: Forwarded },
}

/// A conversation with caseworkers that a "talk to a person" node opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseOpening {
    pub reference: String,
    pub institution: String,
    pub language: String,
}

/// What goes from the newcomer into a case's thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Forwarded {
    Text {
        text: String,
        /// The day (the municipality's) the same words first went to this office, where
        /// they were sent before, days ago: the person may be waiting for an answer.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sent_before: Option<chrono::NaiveDate>,
    },
    /// A stored upload (already stripped of metadata).
    File { id: String, mime: String },
    /// A stored voice message or audio file, passed on as it came (OGG/Opus from Telegram).
    Audio {
        id: String,
        mime: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        duration_seconds: Option<u32>,
    },
}

impl Forwarded {
    /// The stored upload it carries, if any: kept until the forward is delivered, then
    /// deleted like the uploads of a request.
    pub fn attachment_id(&self) -> Option<&str> {
        match self {
            Self::Text { .. } => None,
            Self::File { id, .. } | Self::Audio { id, .. } => Some(id),
        }
    }
}

impl Output {
    pub fn message(&self) -> Option<&Message> {
        match self {
            Self::Say(message) | Self::AskUpload(message) => Some(message),
            Self::Submit(_) | Self::EraseUserData | Self::OpenCase(_) | Self::Forward { .. } => {
                None
            }
        }
    }
}

/// Text for a person, with buttons. Texts are plain (no markup): adapters escape them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Message {
    pub text: String,
    pub buttons: Vec<Button>,
    /// True when the language is written right to left (Arabic, Persian …).
    pub rtl: bool,
    /// True where a typed number is an answer (a number question, a message to a person),
    /// not the number of a button: adapters that number buttons list them without numbers
    /// here, so what the screen shows can always be typed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub numbers_are_answers: bool,
}

/// A file sent to a newcomer with a notice: an office's attachment, an appointment's
/// calendar entry or visit slip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingFile {
    /// The file name the newcomer sees (ASCII, no path).
    pub name: String,
    pub mime: String,
    /// Stored base64-encoded: in JSON a byte list would take three to four times the space.
    #[serde(with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

mod base64_bytes {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

/// A button: a label for people and short ASCII `data` (at most 64 bytes) for the engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// The action's string form ([`Action::encode`]): made only from an [`Action`], so it
    /// always parses and fits Telegram's 64 bytes. Kept as the string so stored replies
    /// read the same as before actions were typed.
    data: String,
}

impl Button {
    pub fn new(label: impl Into<String>, action: &Action) -> Self {
        Self {
            label: label.into(),
            data: action.encode(),
        }
    }

    /// What a messenger carries back when the button is pressed (Telegram's
    /// `callback_data`).
    pub fn data(&self) -> &str {
        &self.data
    }
}
