//! What a Telegram update means for Kompass: who wrote, in which kind of chat, and what
//! arrived (text, a button, a photo or file to fetch, or something the bot cannot read).

use kompass_core::engine::CommandText;
use serde::{Deserialize, Serialize};
use teloxide::types::{
    ChatId, MaybeInaccessibleMessage, MediaKind, MessageId, MessageKind, Update, UpdateKind,
};

/// One update, classified: also what the inbox keeps of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inbound {
    pub chat: ChatId,
    /// The messenger's language (`language_code` of the sender), the engine's hint.
    pub language: Option<String>,
    pub what: What,
    /// How many of this update's reply messages Telegram has accepted (recorded in the
    /// inbox as each is accepted): after a restart only the others are sent.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub sent: usize,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum What {
    Text(String),
    /// A button was pressed; `message` is the message that carried it.
    Button {
        data: String,
        query: String,
        message: Option<MessageId>,
    },
    /// A photo or a file to download; `group` is the album it belongs to.
    File {
        file_id: String,
        size: u64,
        group: Option<String>,
    },
    /// A voice message or an audio file: forwarded to a caseworker's thread while the
    /// person talks to an office (the engine decides), to download like a file.
    Voice {
        file_id: String,
        size: u64,
        mime: String,
        duration_seconds: u32,
    },
    /// A sticker, location, contact …: the engine answers it.
    Unsupported,
    /// A command for this bot in a group or channel (`/cmd`, `/cmd@thisbot`): the bot works
    /// only in private chats and says so (other group messages are [`What::Ignored`]).
    NotPrivate {
        addressed: bool,
    },
    /// The person edited a message they sent: edits are not applied, and they are told so.
    Edited,
    /// A callback without data (a game button) or from an inline message.
    UnansweredCallback {
        query: String,
    },
    /// Updates that need no answer: group chatter, joins and leaves, edits in groups …
    Ignored,
}

/// Classifies `update`; `None` when it has no chat at all (inline queries and the like).
/// `bot` is this bot's username (from `getMe`): a group command for another bot is not
/// ours to answer.
pub fn classify(update: &Update, bot: &str) -> Option<Inbound> {
    match &update.kind {
        UpdateKind::Message(message) => {
            let chat = message.chat.id;
            let language = message.from.as_ref().and_then(|u| u.language_code.clone());
            if !message.chat.is_private() {
                let addressed = matches!(message.kind, MessageKind::Common(_))
                    && message.text().is_some_and(|text| is_command_for(text, bot));
                let what = if addressed {
                    What::NotPrivate { addressed }
                } else {
                    What::Ignored
                };
                return Some(Inbound {
                    chat,
                    language,
                    what,
                    sent: 0,
                });
            }
            Some(Inbound {
                chat,
                language,
                what: message_content(message),
                sent: 0,
            })
        }
        UpdateKind::CallbackQuery(query) => {
            let id = query.id.0.clone();
            let Some(message) = &query.message else {
                return None;
            };
            let chat = message.chat().id;
            let language = query.from.language_code.clone();
            let what = match (&query.data, message) {
                (Some(data), MaybeInaccessibleMessage::Regular(m)) if m.chat.is_private() => {
                    What::Button {
                        data: data.clone(),
                        query: id,
                        message: Some(m.id),
                    }
                }
                (Some(data), MaybeInaccessibleMessage::Inaccessible(_)) if chat.is_user() => {
                    What::Button {
                        data: data.clone(),
                        query: id,
                        message: None,
                    }
                }
                _ => What::UnansweredCallback { query: id },
            };
            Some(Inbound {
                chat,
                language,
                what,
                sent: 0,
            })
        }
        UpdateKind::EditedMessage(message) => Some(Inbound {
            sent: 0,
            chat: message.chat.id,
            language: message.from.as_ref().and_then(|u| u.language_code.clone()),
            what: if message.chat.is_private() {
                What::Edited
            } else {
                What::Ignored
            },
        }),
        _ => None,
    }
}

/// Whether `text` is a bot command for `bot`: `/cmd` or `/cmd@bot` (usernames compare
/// without case, as Telegram treats them).
fn is_command_for(text: &str, bot: &str) -> bool {
    CommandText::split(text, &['/']).is_some_and(|command| {
        !command.word.is_empty() && command.bot.is_none_or(|to| to.eq_ignore_ascii_case(bot))
    })
}

fn message_content(message: &teloxide::types::Message) -> What {
    let MessageKind::Common(common) = &message.kind else {
        return What::Ignored;
    };
    let group = message.media_group_id().map(|g| g.0.clone());
    match &common.media_kind {
        MediaKind::Text(text) => What::Text(text.text.clone()),
        MediaKind::Photo(photo) => {
            // Telegram lists the sizes smallest first; the office needs the largest.
            match photo.photo.iter().max_by_key(|size| {
                (
                    u64::from(size.width) * u64::from(size.height),
                    size.file.size,
                )
            }) {
                Some(largest) => What::File {
                    file_id: largest.file.id.0.clone(),
                    size: u64::from(largest.file.size),
                    group,
                },
                None => What::Unsupported,
            }
        }
        MediaKind::Voice(voice) => What::Voice {
            file_id: voice.voice.file.id.0.clone(),
            size: u64::from(voice.voice.file.size),
            mime: voice
                .voice
                .mime_type
                .as_ref()
                .map_or_else(|| "audio/ogg".to_string(), ToString::to_string),
            duration_seconds: voice.voice.duration.seconds(),
        },
        MediaKind::Audio(audio) => What::Voice {
            file_id: audio.audio.file.id.0.clone(),
            size: u64::from(audio.audio.file.size),
            mime: audio
                .audio
                .mime_type
                .as_ref()
                .map_or_else(|| "audio/mpeg".to_string(), ToString::to_string),
            duration_seconds: audio.audio.duration.seconds(),
        },
        MediaKind::Document(document) => What::File {
            file_id: document.document.file.id.0.clone(),
            size: u64::from(document.document.file.size),
            group,
        },
        // A contact shared from the attachment menu, often one's own at the phone question:
        // its number is what the person means, read like a typed one.
        MediaKind::Contact(contact) => What::Text(international(&contact.contact.phone_number)),
        _ => What::Unsupported,
    }
}

/// Telegram gives one's own number in international form without its "+"
/// ("4915123456789"), which an office would not dial: the "+" is put back. Numbers from
/// the phone book stay as they were saved ("0151 2345678", "+49 …").
fn international(phone: &str) -> String {
    let digits_only = phone.chars().all(|c| c.is_ascii_digit());
    if digits_only && phone.len() >= 10 && !phone.starts_with('0') {
        format!("+{phone}")
    } else {
        phone.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOT: &str = "kompass_bot";

    /// Parsed from text, as updates arrive (teloxide cannot read an update from a `Value`),
    /// and through the inbox's round trip.
    fn update(json: serde_json::Value) -> Update {
        let parsed: Update = serde_json::from_str(&json.to_string()).expect("a valid update");
        let stored = serde_json::to_vec(&parsed).unwrap();
        serde_json::from_slice(&stored).expect("a stored update reads back")
    }

    fn private_message(extra: serde_json::Value) -> Update {
        let mut message = serde_json::json!({
            "message_id": 5,
            "date": 1_790_000_000,
            "chat": {"id": 42, "type": "private", "first_name": "A"},
            "from": {"id": 42, "is_bot": false, "first_name": "A", "language_code": "uk"},
        });
        message
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        update(serde_json::json!({"update_id": 7, "message": message}))
    }

    #[test]
    fn voice_and_audio_messages_are_fetched_as_voice() {
        let voice = classify(
            &private_message(serde_json::json!({
                "voice": {"file_id": "v1", "file_unique_id": "uv1", "duration": 7,
                          "mime_type": "audio/ogg", "file_size": 12345}
            })),
            BOT,
        )
        .unwrap();
        assert_eq!(
            voice.what,
            What::Voice {
                file_id: "v1".into(),
                size: 12345,
                mime: "audio/ogg".into(),
                duration_seconds: 7
            }
        );
        let audio = classify(
            &private_message(serde_json::json!({
                "audio": {"file_id": "a1", "file_unique_id": "ua1", "duration": 60,
                          "file_size": 99, "file_name": "memo.mp3", "mime_type": "audio/mpeg"}
            })),
            BOT,
        )
        .unwrap();
        assert!(
            matches!(&audio.what, What::Voice { file_id, mime, duration_seconds: 60, .. }
                if file_id == "a1" && mime == "audio/mpeg"),
            "{:?}",
            audio.what
        );
        let stored = serde_json::to_vec(&voice).unwrap();
        assert_eq!(serde_json::from_slice::<Inbound>(&stored).unwrap(), voice);
    }

    #[test]
    fn takes_the_largest_photo_and_the_album() {
        let inbound = classify(
            &private_message(serde_json::json!({
            "media_group_id": "album-1",
            "photo": [
                {"file_id": "small", "file_unique_id": "s", "file_size": 900, "width": 90, "height": 60},
                {"file_id": "large", "file_unique_id": "l", "file_size": 90000, "width": 1280, "height": 960},
                {"file_id": "medium", "file_unique_id": "m", "file_size": 9000, "width": 320, "height": 240},
            ]
        })),
            BOT,
        )
        .unwrap();
        assert_eq!(inbound.language.as_deref(), Some("uk"));
        assert_eq!(
            inbound.what,
            What::File {
                file_id: "large".into(),
                size: 90000,
                group: Some("album-1".into())
            }
        );
        // What the inbox keeps reads back the same.
        let stored = serde_json::to_vec(&inbound).unwrap();
        assert!(stored.len() < 200, "{}", String::from_utf8_lossy(&stored));
        assert_eq!(serde_json::from_slice::<Inbound>(&stored).unwrap(), inbound);
    }

    #[test]
    fn documents_without_mime_type_are_files() {
        let inbound = classify(
            &private_message(serde_json::json!({
                "document": {"file_id": "d", "file_unique_id": "du", "file_size": 123}
            })),
            BOT,
        )
        .unwrap();
        assert!(matches!(inbound.what, What::File { size: 123, .. }));
    }

    #[test]
    fn a_shared_contact_is_its_phone_number() {
        let inbound = classify(
            &private_message(serde_json::json!({
                "contact": {"phone_number": "+49 151 2345678", "first_name": "A", "user_id": 42}
            })),
            BOT,
        )
        .unwrap();
        assert_eq!(inbound.what, What::Text("+49 151 2345678".into()));
        assert_eq!(international("4915123456789"), "+4915123456789");
        assert_eq!(international("015123456789"), "015123456789");
        assert_eq!(international("110"), "110");
    }

    #[test]
    fn stickers_and_locations_are_unsupported() {
        let location = classify(
            &private_message(serde_json::json!({
                "location": {"latitude": 52.0, "longitude": 9.0}
            })),
            BOT,
        )
        .unwrap();
        assert_eq!(location.what, What::Unsupported);
    }

    fn group_text(text: &str) -> Update {
        update(serde_json::json!({
            "update_id": 8,
            "message": {
                "message_id": 1, "date": 1_790_000_000,
                "chat": {"id": -100, "type": "group", "title": "G"},
                "from": {"id": 42, "is_bot": false, "first_name": "A"},
                "text": text
            }
        }))
    }

    #[test]
    fn in_groups_only_commands_for_this_bot_are_answered() {
        let what = |text: &str| classify(&group_text(text), BOT).unwrap().what;
        let answered = What::NotPrivate { addressed: true };
        assert_eq!(what("hello"), What::Ignored);
        assert_eq!(what("/start"), answered);
        assert_eq!(what("/help@kompass_bot more"), answered);
        assert_eq!(what("/help@Kompass_Bot"), answered);
        assert_eq!(what("/start@other_bot"), What::Ignored);
        assert_eq!(what("/"), What::Ignored);
        assert_eq!(what("/@kompass_bot"), What::Ignored);
        let joined = update(serde_json::json!({
            "update_id": 9,
            "message": {
                "message_id": 2, "date": 1_790_000_000,
                "chat": {"id": -100, "type": "group", "title": "G"},
                "from": {"id": 42, "is_bot": false, "first_name": "A"},
                "new_chat_members": [{"id": 43, "is_bot": false, "first_name": "B"}]
            }
        }));
        assert_eq!(classify(&joined, BOT).unwrap().what, What::Ignored);
    }
}
