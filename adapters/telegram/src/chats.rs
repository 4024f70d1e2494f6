//! One worker per active chat: updates of a chat are handled in order (a reply never
//! overtakes the one before), different chats in parallel. A worker ends when its chat has
//! been quiet for a while.
//!
//! For each update: answer the button's spinner, fetch a file, run the step durably, send
//! the replies, then forget the update in the inbox and the kept replies.
//!
//! Each reply message Telegram accepted is recorded at once in the update's inbox entry
//! (its `sent` count), durable with the next shared flush, and the chat's next message waits
//! for that flush: after a crash a restart sends only the replies not yet recorded, so a
//! chat sees at most the one message that was in flight twice.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kompass_core::action::Action;
use kompass_core::attachment::Verdict;
use kompass_core::store::Commit;
use kompass_core::{Incoming, Output, Runtime, Update, UserId};
use kompass_workers::{Pool, Queue};
use teloxide::types::{ChatAction, ChatId, MessageId};

use crate::api::{Api, Edited, Fetched};
use crate::inbound::{Inbound, What};
use crate::render::{self, Outgoing};

/// Work for a chat's worker.
#[derive(Debug)]
pub enum Job {
    /// An update from the inbox, with its inbox key.
    Update { key: String, inbound: Inbound },
    /// A message that is not a reply (an email went out, say).
    Notice(kompass_core::Notice),
}

/// What every worker shares.
#[derive(Debug)]
pub struct Shared {
    /// This bot's channel name in user ids, inbox keys and notices (`telegram`, or
    /// `telegram-<municipality>` for a municipality's own bot).
    pub channel: String,
    pub api: Api,
    /// This bot's username (from `getMe`): group commands for other bots are not ours.
    pub username: String,
    /// When each group last got the "private chats only" answer (at most one an hour).
    pub group_answers: Mutex<HashMap<ChatId, std::time::Instant>>,
    pub runtime: Arc<Runtime>,
    pub max_file_bytes: u64,
    /// How long to wait for the next photo of an album before answering.
    pub album_wait: Duration,
    /// Wakes the outbox worker after a request was submitted.
    pub submitted: Arc<tokio::sync::Notify>,
}

/// Routes jobs to chat workers (one per chat, `kompass-workers`), starting them as needed.
#[derive(Debug, Clone)]
pub struct Chats {
    shared: Arc<Shared>,
    pool: Pool<ChatId, Job>,
}

/// A chat with no update for this long lets its worker go.
const IDLE: Duration = Duration::from_secs(30);

/// A group gets the "private chats only" answer at most this often: a busy group that
/// keeps typing commands must not turn the bot into a source of noise.
const GROUP_ANSWER_EVERY: Duration = Duration::from_secs(3600);

impl Shared {
    /// Whether `group` may have the "private chats only" answer now; if so, it is counted.
    /// (Kept in memory: a restart may answer a group once more within the hour.)
    fn group_answer_due(&self, group: ChatId) -> bool {
        let now = std::time::Instant::now();
        let mut answers = self
            .group_answers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if answers
            .get(&group)
            .is_some_and(|last| now.duration_since(*last) < GROUP_ANSWER_EVERY)
        {
            return false;
        }
        answers.retain(|_, last| now.duration_since(*last) < GROUP_ANSWER_EVERY);
        answers.insert(group, now);
        true
    }
}

impl Chats {
    pub fn new(shared: Arc<Shared>) -> Self {
        Self {
            shared,
            pool: Pool::new(IDLE),
        }
    }

    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    pub fn dispatch(&self, chat: ChatId, job: Job) {
        let shared = self.shared.clone();
        self.pool.dispatch(chat, job, move |queue| {
            Worker {
                chat,
                shared,
                queue,
                last_sent: None,
                unrecorded: None,
            }
            .run()
        });
    }

    /// Lets every worker finish the update in hand and stop; updates still queued stay in
    /// the inbox for the next start. Bounded by the caller.
    pub async fn drain(&self) {
        self.pool.drain().await;
    }
}

struct Worker {
    chat: ChatId,
    shared: Arc<Shared>,
    queue: Queue<ChatId, Job>,
    /// The bot's latest message in this chat: a menu pressed there may be edited in place.
    last_sent: Option<MessageId>,
    /// The record that the latest message was sent, until it is durable: the next message
    /// waits for it, so that no more than one sent message is ever unrecorded.
    unrecorded: Option<Commit>,
}

/// An update's replies on their way: how many Telegram has accepted, kept in its inbox
/// entry.
struct Progress<'a> {
    key: &'a str,
    /// The update as the inbox keeps it, with its `sent` count.
    stored: Inbound,
}

impl Worker {
    async fn run(mut self) {
        while let Some(job) = self.queue.next().await {
            match job {
                Job::Update { key, inbound } => self.update(&key, inbound).await,
                Job::Notice(notice) => {
                    for outgoing in render::render_message(&notice.message) {
                        self.send(&outgoing).await;
                    }
                    for file in &notice.files {
                        self.send_file(file).await;
                    }
                    match self.shared.runtime.notice_sent(&notice.id) {
                        // The chat's next message waits until this is durable, as after a
                        // reply.
                        Ok(()) => {
                            self.unrecorded = Some(self.shared.runtime.writes_so_far());
                        }
                        Err(error) => {
                            tracing::error!(%error, "a sent notice could not be recorded")
                        }
                    }
                }
            }
        }
    }

    /// Whether the next job is another photo of `group` (waiting a moment for it).
    async fn album_continues(&mut self, group: &str) -> bool {
        matches!(self.queue.peek_within(self.shared.album_wait).await, Some(Job::Update { inbound: Inbound {
                what: What::File { group: Some(next), .. }, ..
            }, .. }) if next == group)
    }

    async fn update(&mut self, key: &str, inbound: Inbound) {
        let mut progress = Progress {
            key,
            stored: inbound.clone(),
        };
        let language = inbound.language.clone();
        let mut pressed = None;
        let mut album = None;
        let incoming = match inbound.what {
            What::Text(text) => Incoming::Text(text),
            What::Button {
                data,
                query,
                message,
            } => {
                self.shared.api.answer_callback(&query).await;
                pressed = message.map(|id| (id, data.clone()));
                Incoming::Button(data)
            }
            What::File {
                file_id,
                size,
                group,
            } => {
                let fetched = self.fetch(&file_id, size).await;
                album = group;
                match (fetched, &album) {
                    // The engine judges an album's photos together (retake question).
                    (Incoming::File(bytes), Some(group)) => Incoming::AlbumFile {
                        bytes,
                        album: group.clone(),
                    },
                    (fetched, _) => fetched,
                }
            }
            What::Voice {
                file_id,
                size,
                mime,
                duration_seconds,
            } => match self.fetch(&file_id, size).await {
                Incoming::File(bytes) => Incoming::Voice {
                    bytes,
                    mime,
                    duration_seconds: Some(duration_seconds),
                },
                Incoming::RefusedFile(Verdict::TooLarge { .. }) => Incoming::VoiceTooLarge,
                refused @ Incoming::RefusedFile(Verdict::NotReceived) => refused,
                _ => Incoming::Unsupported,
            },
            What::Unsupported => Incoming::Unsupported,
            What::UnansweredCallback { query } => {
                self.shared.api.answer_callback(&query).await;
                self.done(key);
                return;
            }
            What::NotPrivate { addressed } => {
                if addressed && self.shared.group_answer_due(self.chat) {
                    let engine = self.shared.runtime.engine();
                    let message = engine.system_message(language.as_deref(), "private-chat-only");
                    for outgoing in render::render_message(&message) {
                        self.send(&outgoing).await;
                    }
                }
                self.done(key);
                return;
            }
            What::Edited => {
                // Not applied: an edit could change an answer already checked, summarised or
                // sent. The person sends the right answer again instead.
                let engine = self.shared.runtime.engine();
                let chosen = match self
                    .shared
                    .runtime
                    .session(&user_of(&self.shared.channel, self.chat))
                {
                    Ok(session) => session.and_then(|s| engine.best_language(&s)),
                    Err(error) => {
                        tracing::error!(%error, "a session could not be read");
                        None
                    }
                };
                let message =
                    engine.system_message(chosen.or(language).as_deref(), "edit-not-applied");
                for outgoing in render::render_message(&message) {
                    self.send(&outgoing).await;
                }
                self.done(key);
                return;
            }
            What::Ignored => {
                self.done(key);
                return;
            }
        };
        let step = Update {
            user: user_of(&self.shared.channel, self.chat),
            id: Some(key.to_string()),
            language_hint: language,
            incoming,
        };
        let runtime = self.shared.runtime.clone();
        let handled = if matches!(
            step.incoming,
            Incoming::File(_) | Incoming::AlbumFile { .. }
        ) {
            // Photo processing takes milliseconds of CPU: off the async threads.
            tokio::task::spawn_blocking(move || runtime.handle_unflushed(step))
                .await
                .unwrap_or_else(|error| {
                    tracing::error!(%error, "a step panicked");
                    Err(kompass_core::runtime::RuntimeError::Panicked)
                })
        } else {
            // A step without a file is tens of microseconds of work; the wait for the disk
            // below does not hold a thread.
            runtime.handle_unflushed(step)
        };
        let step = match handled {
            Ok((step, commit)) => {
                self.shared.runtime.durable(commit).await;
                step
            }
            Err(error) => {
                // Storage failed: the update stays in the inbox and is handled after the
                // administrator has fixed the disk and restarted.
                tracing::error!(%error, "a Telegram update could not be handled");
                return;
            }
        };
        if step
            .outputs
            .iter()
            .any(|output| matches!(output, Output::Submit(_)))
        {
            self.shared.submitted.notify_one();
        }
        let mut outgoing = render::render(&step.outputs);
        if let Some(group) = &album
            && step.upload_kept
            && !step.repeated
            && self.album_continues(group).await
            && matches!(outgoing.as_slice(), [only] if only.upload)
        {
            // Each photo of an album is its own update; the next one's answer (with the
            // new count) replaces this one's.
            outgoing.clear();
        }
        if !step.repeated {
            // A step handled now: whatever an earlier run recorded belongs to no reply.
            progress.stored.sent = 0;
        }
        self.reply(&mut progress, &outgoing, pressed).await;
        self.done(key);
    }

    async fn fetch(&self, file_id: &str, size: u64) -> Incoming {
        let max_bytes = self.shared.max_file_bytes;
        let max_mb = max_bytes / (1024 * 1024);
        if size > max_bytes {
            return Incoming::RefusedFile(Verdict::TooLarge { max_mb });
        }
        self.shared
            .api
            .chat_action(self.chat, ChatAction::UploadPhoto)
            .await;
        match self.shared.api.download(file_id, max_bytes).await {
            Ok(Fetched::Bytes(bytes)) => Incoming::File(bytes),
            Ok(Fetched::TooLarge) => Incoming::RefusedFile(Verdict::TooLarge { max_mb }),
            Err(error) => {
                tracing::warn!(%error, "a file could not be downloaded");
                Incoming::RefusedFile(Verdict::NotReceived)
            }
        }
    }

    /// Sends a step's replies, except those an earlier run recorded as sent; a menu that
    /// answers a press on the latest menu replaces it.
    async fn reply(
        &mut self,
        progress: &mut Progress<'_>,
        outgoing: &[Outgoing],
        pressed: Option<(MessageId, String)>,
    ) {
        if let (Some((message, data)), [only], 0) = (&pressed, outgoing, progress.stored.sent)
            && self.last_sent == Some(*message)
            && only.keyboard.is_some()
            && Action::parse(data).is_ok_and(|action| action.moves())
        {
            self.wait_recorded().await;
            match self.shared.api.edit(self.chat, *message, only).await {
                // The only reply: `done` records it.
                Ok(Edited::Done) => return,
                Ok(Edited::NotPossible) => {}
                Err(error) => {
                    tracing::warn!(%error, "a menu could not be edited; sending it anew");
                }
            }
        }
        let first = progress.stored.sent.min(outgoing.len());
        for (index, message) in outgoing.iter().enumerate().skip(first) {
            self.send(message).await;
            // Also after a final failure (blocked, retries used up): it is not tried again.
            // The last one is recorded by `done`, which drops the update from the inbox in
            // the same flush.
            if index + 1 < outgoing.len() {
                self.record(progress);
            }
        }
    }

    /// One more of the update's replies is done: recorded in its inbox entry, durable with
    /// the next shared flush (which the chat's next message waits for).
    fn record(&mut self, progress: &mut Progress<'_>) {
        progress.stored.sent += 1;
        let payload = serde_json::to_vec(&progress.stored).expect("plain data serialises");
        match self.shared.runtime.inbox_progress(progress.key, &payload) {
            Ok(commit) => self.unrecorded = Some(commit),
            Err(error) => tracing::error!(%error, "a sent reply could not be recorded"),
        }
    }

    /// Waits until the record of the chat's previous message is durable.
    async fn wait_recorded(&mut self) {
        if let Some(commit) = self.unrecorded.take() {
            self.shared.runtime.durable(commit).await;
        }
    }

    async fn send(&mut self, message: &Outgoing) {
        self.wait_recorded().await;
        match self.shared.api.send(self.chat, message).await {
            Ok(id) => self.last_sent = Some(id),
            // Blocked by the user, chat gone, or retries used up: nothing more to do here;
            // the step itself is stored.
            Err(error) => tracing::warn!(%error, "a message could not be sent"),
        }
    }

    async fn send_file(&mut self, file: &kompass_core::engine::OutgoingFile) {
        self.wait_recorded().await;
        match self.shared.api.send_document(self.chat, file).await {
            // A document cannot be edited into a menu: the next menu is a new message.
            Ok(_) => self.last_sent = None,
            Err(error) => tracing::warn!(%error, "a file could not be sent"),
        }
    }

    /// The update is finished: drop it from the inbox. Not waited for: the next shared
    /// flush (within milliseconds) takes it along, which keeps the window for a reply sent
    /// twice after a crash that short.
    fn done(&mut self, key: &str) {
        match self.shared.runtime.inbox_done(key) {
            // The chat's next message waits for this flush, as for a recorded reply.
            Ok(commit) => self.unrecorded = Some(commit),
            Err(error) => tracing::error!(%error, "inbox bookkeeping failed"),
        }
    }
}

/// The Kompass user of a Telegram chat with the bot of `channel`.
pub fn user_of(channel: &str, chat: ChatId) -> UserId {
    UserId::new(channel, chat.0.to_string())
}

/// The inbox key of an update of the bot of `channel`: ordered by update id (each bot
/// counts its own).
pub fn inbox_key(channel: &str, update_id: u32) -> String {
    format!("{channel}:{update_id:010}")
}
