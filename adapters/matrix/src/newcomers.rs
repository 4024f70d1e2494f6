//! Newcomers in direct chats: each event is stored in the inbox (flushed) before its
//! handler returns, then handled by the person's worker: files are fetched (decrypted,
//! through authenticated media), the step runs durably, the replies are sent as notices.
//! One worker per person keeps their replies in order; different people run in parallel.

use std::sync::Arc;
use std::time::Duration;

use kompass_core::attachment::Verdict;
use kompass_core::runtime::{Notice, RuntimeError};
use kompass_core::{Incoming, Output, Update, UserId};
use kompass_workers::{Pool, Queue};
use matrix_sdk::Room;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation,
};
use matrix_sdk::ruma::{OwnedRoomId, OwnedTransactionId, RoomId};
use serde::{Deserialize, Serialize};

use crate::render::without_reply_fallback;
use crate::{CHANNEL, Shared, render};

/// A newcomer's event as the inbox keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Inbound {
    pub room: String,
    pub user: String,
    pub event: String,
    pub what: What,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    Text {
        body: String,
    },
    /// An image or file: where it is, and what its sender says about its size.
    Media {
        source: MediaSource,
        size: Option<u64>,
    },
    /// An `m.audio` (a voice message): passed on to a caseworker's thread when the person
    /// is talking to an office.
    Audio {
        source: MediaSource,
        size: Option<u64>,
        #[serde(default)]
        mime: Option<String>,
        #[serde(default)]
        duration_seconds: Option<u32>,
    },
    Unsupported,
    /// An edit (`m.replace`) of an earlier message: not applied, the person is told.
    Edit,
    /// A message the bot could not decrypt: the person is asked to send it again.
    Undecryptable,
}

#[derive(Debug)]
enum Job {
    Event { key: String, inbound: Inbound },
    Notice(Notice),
}

/// Routes jobs to per-person workers (`kompass-workers`), starting them as needed.
#[derive(Debug, Clone)]
pub struct Workers {
    shared: Arc<Shared>,
    pool: Pool<String, Job>,
}

/// A person quiet for this long lets their worker go.
const IDLE: Duration = Duration::from_secs(60);

pub fn user_of(matrix_user: &str) -> UserId {
    UserId::new(CHANNEL, matrix_user)
}

impl Workers {
    pub(crate) fn new(shared: Arc<Shared>) -> Self {
        Self {
            shared,
            pool: Pool::new(IDLE),
        }
    }

    /// Events received before a restart but not answered: handled first.
    pub fn work_off_inbox(&self) -> Result<(), RuntimeError> {
        let leftover = self.shared.runtime.inbox_pending()?;
        for (key, payload) in leftover {
            if !key.starts_with(CHANNEL) {
                continue;
            }
            match serde_json::from_slice::<Inbound>(&payload) {
                Ok(inbound) => self.dispatch(inbound.user.clone(), Job::Event { key, inbound }),
                Err(error) => tracing::error!(%error, "an inbox entry cannot be read; skipped"),
            }
        }
        Ok(())
    }

    /// A message in a direct chat.
    pub async fn on_event(&self, room: &Room, event: OriginalSyncRoomMessageEvent) {
        let what = if matches!(event.content.relates_to, Some(Relation::Replacement(_))) {
            // Taken as a new message, "* Haddad" would become an answer.
            What::Edit
        } else {
            match event.content.msgtype {
                MessageType::Text(text) => What::Text { body: text.body },
                MessageType::Emote(emote) => What::Text { body: emote.body },
                // Other bots' notices are not talked to.
                MessageType::Notice(_) => return,
                MessageType::Image(image) => What::Media {
                    size: image.info.as_ref().and_then(|i| i.size).map(u64::from),
                    source: image.source,
                },
                MessageType::File(file) => What::Media {
                    size: file.info.as_ref().and_then(|i| i.size).map(u64::from),
                    source: file.source,
                },
                MessageType::Audio(audio) => What::Audio {
                    size: audio.info.as_ref().and_then(|i| i.size).map(u64::from),
                    mime: audio.info.as_ref().and_then(|i| i.mimetype.clone()),
                    duration_seconds: audio
                        .info
                        .as_ref()
                        .and_then(|i| i.duration)
                        .and_then(|d| u32::try_from(d.as_secs()).ok()),
                    source: audio.source,
                },
                _ => What::Unsupported,
            }
        };
        self.accept(
            room,
            &event.sender,
            &event.event_id,
            u64::from(event.origin_server_ts.0),
            what,
        )
        .await;
    }

    /// A message in a direct chat that the bot could not decrypt.
    pub async fn on_undecryptable(&self, room: &Room, event: &OriginalSyncRoomEncryptedEvent) {
        self.accept(
            room,
            &event.sender,
            &event.event_id,
            u64::from(event.origin_server_ts.0),
            What::Undecryptable,
        )
        .await;
    }

    /// Stores the event in the inbox (flushed) and hands it to the person's worker.
    async fn accept(
        &self,
        room: &Room,
        sender: &matrix_sdk::ruma::UserId,
        event_id: &matrix_sdk::ruma::EventId,
        origin_ms: u64,
        what: What,
    ) {
        let inbound = Inbound {
            room: room.room_id().to_string(),
            user: sender.to_string(),
            event: event_id.to_string(),
            what,
        };
        let key = format!("{CHANNEL}:{origin_ms:013}:{event_id}");
        let payload = serde_json::to_vec(&inbound).expect("an event serialises");
        let runtime = self.shared.runtime.clone();
        let user = user_of(&inbound.user);
        let stored_key = key.clone();
        let accepted = tokio::task::spawn_blocking(move || {
            runtime.inbox_accept(&[(stored_key, user, payload)])
        })
        .await;
        match accepted {
            Ok(Ok(fresh)) if fresh.first() == Some(&true) => {
                self.dispatch(inbound.user.clone(), Job::Event { key, inbound })
            }
            Ok(Ok(_)) => tracing::debug!("an event handled before; skipped"),
            Ok(Err(error)) => tracing::error!(%error, "an event could not be stored"),
            Err(error) => tracing::error!(%error, "storing an event panicked"),
        }
    }

    pub fn dispatch_notice(&self, notice: Notice) {
        self.dispatch(notice.user.id.clone(), Job::Notice(notice));
    }

    fn dispatch(&self, user: String, job: Job) {
        let shared = self.shared.clone();
        self.pool
            .dispatch(user, job, move |queue| Worker { shared, queue }.run());
    }

    /// Lets every worker finish the job in hand; queued events stay in the inbox.
    pub async fn drain(&self) {
        self.pool.drain().await;
    }
}

struct Worker {
    shared: Arc<Shared>,
    queue: Queue<String, Job>,
}

impl Worker {
    async fn run(mut self) {
        while let Some(job) = self.queue.next().await {
            match job {
                Job::Event { key, inbound } => self.handle(&key, inbound).await,
                Job::Notice(notice) => self.notice(notice).await,
            }
        }
    }

    async fn handle(&self, key: &str, inbound: Inbound) {
        let runtime = self.shared.runtime.clone();
        let user = user_of(&inbound.user);
        if let Err(error) = runtime.set_route(&user, &inbound.room) {
            tracing::error!(%error, "the direct chat could not be remembered");
        }
        let incoming = match inbound.what {
            What::Text { body } => Incoming::Text(without_reply_fallback(&body).to_string()),
            What::Media { source, size } => self.fetch(&inbound.room, source, size).await,
            What::Audio {
                source,
                size,
                mime,
                duration_seconds,
            } => match self.fetch(&inbound.room, source, size).await {
                Incoming::File(bytes) => Incoming::Voice {
                    bytes,
                    mime: mime.unwrap_or_else(|| "audio/ogg".to_string()),
                    duration_seconds,
                },
                Incoming::RefusedFile(Verdict::TooLarge { .. }) => Incoming::VoiceTooLarge,
                refused @ Incoming::RefusedFile(Verdict::NotReceived) => refused,
                _ => Incoming::Unsupported,
            },
            What::Unsupported => Incoming::Unsupported,
            What::Edit => {
                self.explain(key, &inbound, "edit", "edit-not-applied")
                    .await;
                return;
            }
            What::Undecryptable => {
                self.explain(key, &inbound, "utd", "matrix-undecryptable")
                    .await;
                return;
            }
        };
        let update = Update {
            user,
            id: Some(inbound.event.clone()),
            language_hint: None,
            incoming,
        };
        let handled = tokio::task::spawn_blocking(move || runtime.handle_unflushed(update))
            .await
            .unwrap_or(Err(RuntimeError::Panicked));
        let step = match handled {
            Ok((step, commit)) => {
                self.shared.runtime.durable(commit).await;
                step
            }
            Err(error) => {
                tracing::error!(%error, "a Matrix event could not be handled; it stays in the inbox");
                return;
            }
        };
        if step.outputs.iter().any(|o| matches!(o, Output::Submit(_))) {
            self.shared.submitted.notify_one();
        }
        // Ids from the event and the reply's place: a step repeated after a crash sends its
        // replies again under the same ids, and the homeserver shows each once.
        for (index, notice) in render::render(&step.outputs).iter().enumerate() {
            let txn = crate::txn_id("r", &format!("{}-{index}", inbound.event));
            send_notice(&self.shared, &inbound.room, notice, &txn).await;
        }
        if let Err(error) = self.shared.runtime.inbox_done(key) {
            tracing::error!(%error, "inbox bookkeeping failed");
        }
    }

    /// Answers an event that is no input for a step (an edit, a message the bot cannot
    /// read) with system message `id`: in the person's language, or in every language when
    /// it is not known yet.
    async fn explain(&self, key: &str, inbound: &Inbound, kind: &str, id: &str) {
        let runtime = self.shared.runtime.clone();
        let user = user_of(&inbound.user);
        let session = tokio::task::spawn_blocking(move || runtime.session(&user))
            .await
            .unwrap_or(Ok(None));
        let engine = self.shared.runtime.engine();
        let language = match session {
            Ok(Some(session)) => engine.best_language(&session),
            Ok(None) => None,
            Err(error) => {
                tracing::error!(%error, "a session cannot be read");
                None
            }
        };
        let notice = match language {
            Some(lang) => render::notice(&engine.system_message(Some(&lang), id)),
            None => {
                let languages = engine.languages();
                let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
                render::languages_notice(&engine, &languages, id)
            }
        };
        let txn = crate::txn_id(kind, &inbound.event);
        send_notice(&self.shared, &inbound.room, &notice, &txn).await;
        if let Err(error) = self.shared.runtime.inbox_done(key) {
            tracing::error!(%error, "inbox bookkeeping failed");
        }
    }

    async fn fetch(&self, room: &str, source: MediaSource, size: Option<u64>) -> Incoming {
        let max_bytes = self.shared.options.max_file_bytes;
        let max_mb = max_bytes / (1024 * 1024);
        if size.is_some_and(|size| size > max_bytes) {
            return Incoming::RefusedFile(Verdict::TooLarge { max_mb });
        }
        if let Some(room) = room_of(&self.shared, room) {
            let _ = room.typing_notice(true).await;
        }
        let request = MediaRequestParameters {
            source,
            format: MediaFormat::File,
        };
        let fetched = tokio::time::timeout(
            Duration::from_secs(120),
            self.shared
                .client
                .media()
                .get_media_content(&request, false),
        )
        .await;
        match fetched {
            Ok(Ok(bytes)) if bytes.len() as u64 > max_bytes => {
                Incoming::RefusedFile(Verdict::TooLarge { max_mb })
            }
            Ok(Ok(bytes)) => Incoming::File(bytes),
            Ok(Err(error)) => {
                tracing::warn!(%error, "a file could not be downloaded");
                Incoming::RefusedFile(Verdict::NotReceived)
            }
            Err(_) => {
                tracing::warn!("a file download timed out");
                Incoming::RefusedFile(Verdict::NotReceived)
            }
        }
    }

    async fn notice(&self, notice: Notice) {
        let runtime = self.shared.runtime.clone();
        let route = match runtime.route(&notice.user) {
            Ok(Some(route)) => route,
            Ok(None) => {
                tracing::warn!("a notice for a Matrix user without a direct chat; dropped");
                let _ = runtime.notice_sent(&notice.id);
                return;
            }
            Err(error) => {
                tracing::error!(%error, "a notice's room cannot be read; kept for the next start");
                return;
            }
        };
        let txn = crate::txn_id("n", &notice.id);
        if send_notice(&self.shared, &route, &render::notice(&notice.message), &txn).await
            && send_files(&self.shared, &route, &notice.files, &txn).await
            && let Err(error) = runtime.notice_sent(&notice.id)
        {
            tracing::error!(%error, "a sent notice could not be marked");
        }
    }
}

fn room_of(shared: &Shared, room: &str) -> Option<Room> {
    let id: OwnedRoomId = RoomId::parse(room).ok()?;
    shared.client.get_room(&id)
}

/// Sends a notice to a newcomer's room, retrying network failures for a while, always with
/// transaction id `txn` (the same for the same message after a restart, so it is shown
/// once). Returns whether it was sent.
pub(crate) async fn send_notice(
    shared: &Shared,
    room: &str,
    notice: &render::Notice,
    txn: &OwnedTransactionId,
) -> bool {
    use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
    let Some(room) = room_of(shared, room) else {
        tracing::warn!("a reply for a room the bot is not in; dropped");
        return false;
    };
    let _ = room.typing_notice(false).await;
    let mut wait = Duration::from_millis(500);
    for attempt in 1..=8 {
        let content =
            RoomMessageEventContent::notice_html(notice.plain.clone(), notice.html.clone());
        match room.send(content).with_transaction_id(txn.clone()).await {
            Ok(_) => return true,
            Err(error) if attempt < 8 => {
                tracing::warn!(%error, attempt, "a Matrix message could not be sent; retrying");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(30));
            }
            Err(error) => {
                tracing::error!(%error, "a Matrix message could not be sent; giving up");
            }
        }
    }
    false
}

/// Sends a notice's files after its text, each with a transaction id of its own so a retry
/// after a crash is not shown twice. The SDK encrypts them in an encrypted room.
async fn send_files(
    shared: &Shared,
    room: &str,
    files: &[kompass_core::engine::OutgoingFile],
    txn: &OwnedTransactionId,
) -> bool {
    if files.is_empty() {
        return true;
    }
    let Some(room) = room_of(shared, room) else {
        return false;
    };
    for (index, file) in files.iter().enumerate() {
        let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
        let file_txn = OwnedTransactionId::from(format!("{txn}-f{index}"));
        let mut wait = Duration::from_millis(500);
        let mut sent = false;
        for attempt in 1..=8 {
            let config = matrix_sdk::attachment::AttachmentConfig::new().txn_id(file_txn.clone());
            match room
                .send_attachment(file.name.clone(), &mime, file.bytes.clone(), config)
                .await
            {
                Ok(_) => {
                    sent = true;
                    break;
                }
                Err(error) if attempt < 8 => {
                    tracing::warn!(%error, attempt, "a Matrix file could not be sent; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(30));
                }
                Err(error) => tracing::error!(%error, "a Matrix file could not be sent; giving up"),
            }
        }
        if !sent {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::render::without_reply_fallback;

    #[test]
    fn reply_fallbacks_are_dropped() {
        assert_eq!(without_reply_fallback("> <@bot:x> 1. Yes\n\n2"), "2");
        assert_eq!(without_reply_fallback("> not a quote"), "> not a quote");
        assert_eq!(without_reply_fallback("Haddad"), "Haddad");
    }

    #[test]
    fn inbox_entries_read_back() {
        let inbound = Inbound {
            room: "!r:x".into(),
            user: "@u:x".into(),
            event: "$e".into(),
            what: What::Text {
                body: "مرحبا".into(),
            },
        };
        let bytes = serde_json::to_vec(&inbound).unwrap();
        let back: Inbound = serde_json::from_slice(&bytes).unwrap();
        assert!(matches!(back.what, What::Text { body } if body == "مرحبا"));
    }
}
