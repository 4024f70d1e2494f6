//! One worker per active chat: updates of a chat are handled in order (a reply never
//! overtakes the one before), different chats in parallel. A worker ends when its chat has
//! been quiet for a while.
//!
//! For each update: answer the button's spinner, fetch a file, run the step durably, send
//! the replies, then forget the update in the inbox and the kept replies.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kompass_core::attachment::Verdict;
use kompass_core::{Incoming, Output, Runtime, Update, UserId};
use teloxide::types::{ChatAction, ChatId, MessageId};
use tokio::sync::mpsc;

use crate::CHANNEL;
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

/// Routes jobs to chat workers, starting them as needed.
#[derive(Debug, Clone)]
pub struct Chats {
    shared: Arc<Shared>,
    workers: Arc<Mutex<HashMap<ChatId, mpsc::UnboundedSender<Job>>>>,
    tasks: tokio_util::task::TaskTracker,
    stopping: tokio_util::sync::CancellationToken,
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
            workers: Arc::default(),
            tasks: tokio_util::task::TaskTracker::new(),
            stopping: tokio_util::sync::CancellationToken::new(),
        }
    }

    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    pub fn dispatch(&self, chat: ChatId, job: Job) {
        let mut workers = self
            .workers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let job = match workers.get(&chat) {
            Some(sender) => match sender.send(job) {
                Ok(()) => return,
                Err(mpsc::error::SendError(job)) => job,
            },
            None => job,
        };
        let (sender, receiver) = mpsc::unbounded_channel();
        let _ = sender.send(job);
        workers.insert(chat, sender);
        let worker = Worker {
            chat,
            shared: self.shared.clone(),
            workers: self.workers.clone(),
            queue: receiver,
            waiting: VecDeque::new(),
            last_sent: None,
            stopping: self.stopping.clone(),
        };
        self.tasks.spawn(worker.run());
    }

    /// Lets every worker finish the update in hand and stop; updates still queued stay in
    /// the inbox for the next start. Bounded by the caller.
    pub async fn drain(&self) {
        self.stopping.cancel();
        self.tasks.close();
        self.tasks.wait().await;
    }
}

struct Worker {
    chat: ChatId,
    shared: Arc<Shared>,
    workers: Arc<Mutex<HashMap<ChatId, mpsc::UnboundedSender<Job>>>>,
    queue: mpsc::UnboundedReceiver<Job>,
    /// Jobs taken from the queue early (to look for the rest of an album).
    waiting: VecDeque<Job>,
    /// The bot's latest message in this chat: a menu pressed there may be edited in place.
    last_sent: Option<MessageId>,
    stopping: tokio_util::sync::CancellationToken,
}

impl Worker {
    async fn run(mut self) {
        while let Some(job) = self.next().await {
            match job {
                Job::Update { key, inbound } => self.update(&key, inbound).await,
                Job::Notice(notice) => {
                    for outgoing in render::render_message(&notice.message) {
                        self.send(&outgoing).await;
                    }
                    if let Err(error) = self.shared.runtime.notice_sent(&notice.id) {
                        tracing::error!(%error, "a sent notice could not be recorded");
                    }
                }
            }
        }
    }

    /// The next job; `None` after [`IDLE`] without one, once the worker is unregistered.
    async fn next(&mut self) -> Option<Job> {
        loop {
            if self.stopping.is_cancelled() {
                return None;
            }
            if let Some(job) = self.waiting.pop_front() {
                return Some(job);
            }
            let next = tokio::select! {
                next = tokio::time::timeout(IDLE, self.queue.recv()) => next,
                () = self.stopping.cancelled() => return None,
            };
            match next {
                Ok(Some(job)) => return Some(job),
                Ok(None) => return None,
                Err(_elapsed) => {
                    let mut workers = self
                        .workers
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner());
                    // Under the lock no job can be added: an empty queue stays empty.
                    if self.queue.is_empty() {
                        workers.remove(&self.chat);
                        return None;
                    }
                }
            }
        }
    }

    /// Whether the next job is another photo of `group` (waiting a moment for it).
    async fn album_continues(&mut self, group: &str) -> bool {
        if self.waiting.is_empty()
            && let Ok(Some(job)) =
                tokio::time::timeout(self.shared.album_wait, self.queue.recv()).await
        {
            self.waiting.push_back(job);
        }
        matches!(self.waiting.front(), Some(Job::Update { inbound: Inbound {
                what: What::File { group: Some(next), .. }, ..
            }, .. }) if next == group)
    }

    async fn update(&mut self, key: &str, inbound: Inbound) {
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
                album = group;
                self.fetch(&file_id, size).await
            }
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
                let chosen = match self.shared.runtime.store().session(&user_of(self.chat)) {
                    Ok(session) => session.and_then(|s| s.language),
                    Err(error) => {
                        tracing::error!(%error, "a session could not be read");
                        None
                    }
                };
                let engine = self.shared.runtime.engine();
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
            user: user_of(self.chat),
            id: Some(key.to_string()),
            language_hint: language,
            incoming,
        };
        let runtime = self.shared.runtime.clone();
        let handled = if matches!(step.incoming, Incoming::File(_)) {
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
                self.shared.runtime.store().durable(commit).await;
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
        self.reply(&outgoing, pressed).await;
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
                Incoming::RefusedFile(Verdict::Unsupported)
            }
        }
    }

    /// Sends a step's replies; a menu that answers a press on the latest menu replaces it.
    async fn reply(&mut self, outgoing: &[Outgoing], pressed: Option<(MessageId, String)>) {
        if let (Some((message, data)), [only]) = (&pressed, outgoing)
            && self.last_sent == Some(*message)
            && only.keyboard.is_some()
            && (data.starts_with("go:") || data.starts_with("nav:"))
        {
            match self.shared.api.edit(self.chat, *message, only).await {
                Ok(Edited::Done) => return,
                Ok(Edited::NotPossible) => {}
                Err(error) => {
                    tracing::warn!(%error, "a menu could not be edited; sending it anew");
                }
            }
        }
        for message in outgoing {
            self.send(message).await;
        }
    }

    async fn send(&mut self, message: &Outgoing) {
        match self.shared.api.send(self.chat, message).await {
            Ok(id) => self.last_sent = Some(id),
            // Blocked by the user, chat gone, or retries used up: nothing more to do here;
            // the step itself is stored.
            Err(error) => tracing::warn!(%error, "a message could not be sent"),
        }
    }

    /// The update is finished: drop it from the inbox. Not waited for: the next shared
    /// flush (within milliseconds) takes it along, which keeps the window for a reply sent
    /// twice after a crash that short.
    fn done(&self, key: &str) {
        let store = self.shared.runtime.store();
        match store.inbox_done(key) {
            Ok(()) => {
                let _ = store.register(false);
            }
            Err(error) => tracing::error!(%error, "inbox bookkeeping failed"),
        }
    }
}

/// The Kompass user of a Telegram chat.
pub fn user_of(chat: ChatId) -> UserId {
    UserId::new(CHANNEL, chat.0.to_string())
}

/// The inbox key of a Telegram update: ordered by update id.
pub fn inbox_key(update_id: u32) -> String {
    format!("{CHANNEL}:{update_id:010}")
}
