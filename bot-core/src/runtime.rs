//! The runtime around the pure engine: for one update it loads the session, inspects an
//! upload, runs the step, and writes the result durably before the reply is shown; and it
//! delivers queued emails, telling the newcomer when one has gone.
//!
//! Steps for the same person are serialised (a lock per hash bucket); different people run
//! in parallel. All methods block on disk I/O: async adapters call them from
//! `spawn_blocking`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;

use crate::attachment::{self, Limits, Verdict};
use crate::content::Content;
use crate::engine::{
    AttachmentInput, Command, DeliveryStatus, Engine, Input, Output, Session, StepContext, UserId,
    VoiceInput,
};
use crate::mail::{self, MailError, Transport};
use crate::metrics::{Gauges, Metrics};
use crate::store::{Case, CaseKind, Commit, PostWhat, StepWrite, Store, StoreError, StoredReply};
use crate::towns::Towns;

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("a step panicked")]
    Panicked,
    /// A caseworker acted in a thread whose case is not in the store.
    #[error("unknown case {reference}")]
    UnknownCase { reference: String },
    /// A case's German thread root could not be written.
    #[error("thread root for {reference}: {source}")]
    ThreadRoot {
        reference: String,
        source: crate::mail::MailError,
    },
    /// The system's random source failed (for the mediators' case numbers).
    #[error("no random numbers: {0}")]
    Random(getrandom::Error),
    /// Every case number tried was taken.
    #[error("no free case number")]
    NoFreeCaseNumber,
    /// This instance can no longer show that it holds the lease: it must not send.
    #[error("the lease is lost: {0}")]
    LeaseLost(String),
}

/// Proof that this instance is the active one (`kompass-postgres`'s lease), asked right
/// before each email goes out. Without one (sled: the folder lock), there is nothing to ask.
pub trait LeaseCheck: Send + Sync + std::fmt::Debug {
    /// `Err` with the reason when the lease cannot be shown to be held any more.
    fn confirm(&self) -> Result<(), String>;
}

/// How long a claimed email stays claimed if its sender stays the active instance
/// (`store::claims`): longer than any one SMTP delivery takes.
const CLAIM_HOLD_MINUTES: i64 = 10;

/// One thing that happened in a messenger, as an adapter hands it over.
#[derive(Debug, Clone)]
pub struct Update {
    pub user: UserId,
    /// The messenger's id for this update (Telegram `update_id`, Matrix event id), so a
    /// redelivered update is handled once. `None` where the channel has no such id.
    pub id: Option<String>,
    pub language_hint: Option<String>,
    pub incoming: Incoming,
}

/// What arrived, before the runtime turns it into an engine [`Input`].
#[derive(Debug, Clone)]
pub enum Incoming {
    /// Text; `/commands` (and `!commands`) are recognised here.
    Text(String),
    Button(String),
    /// A file's bytes, to be inspected and stored.
    File(Vec<u8>),
    /// A photo of an album (several sent as one message; Telegram's `media_group_id`):
    /// the album's photos are judged together (`engine::retake`).
    AlbumFile {
        bytes: Vec<u8>,
        album: String,
    },
    /// A voice message or audio file (Telegram voice, a Matrix `m.audio`), passed on as it
    /// came to a caseworker's thread; over [`Limits::max_bytes`] it is refused.
    Voice {
        bytes: Vec<u8>,
        mime: String,
        duration_seconds: Option<u32>,
    },
    /// A voice message too large to fetch (the messenger told its size).
    VoiceTooLarge,
    /// A file the adapter could not fetch (too large to download, say): only its verdict.
    RefusedFile(Verdict),
    Unsupported,
}

/// What one update came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What to show (and what was submitted).
    pub outputs: Vec<Output>,
    /// The update's file was accepted into a form (not refused, not unexpected).
    pub upload_kept: bool,
    /// The update had been handled before (a redelivery); `outputs` are its kept replies.
    pub repeated: bool,
}

pub use crate::store::Notice;

/// What a channel's adapter calls to report whether its server answers (`true`) or not
/// (`false`): the Bot API, the homeserver, the mailbox. `/healthz` shows the last report.
pub type ChannelHealth = std::sync::Arc<dyn Fn(bool) + Send + Sync>;

/// What an outbox run did, for logs and metrics.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

/// Settings the runtime needs beyond content and storage.
#[derive(Debug, Clone)]
pub struct Settings {
    pub mail_from: Mailbox,
    pub limits: Limits,
    /// How long a queued email is retried before the newcomer is told it failed.
    pub give_up_after: chrono::Duration,
    /// Largest email before a request is split into parts.
    pub max_email_bytes: u64,
    /// How long photos and personal data stay after delivery.
    pub retention: chrono::Duration,
    /// Caseworker rooms are connected (Matrix runs): requests to an institution with a
    /// room open a thread there, and "talk to a person" works.
    pub rooms_available: bool,
    /// The municipality's time zone, for times in emails.
    pub time_zone: chrono_tz::Tz,
    /// Kompass's own mailbox, read over IMAP: request emails carry it as Reply-To, and
    /// offices without a caseworker room answer there (see `runtime::email_threads`).
    pub reply_mailbox: Option<lettre::Address>,
}

const LOCK_BUCKETS: usize = 64;

/// How long a handled-update mark is kept.
const HANDLED_MARK_DAYS: i64 = 7;

/// Engine + storage + settings.
#[derive(Debug)]
pub struct Runtime {
    /// Each municipality's engine (one, unnamed, in a deployment configured the old way).
    towns: RwLock<Arc<Towns>>,
    /// Channels that belong to one municipality (its own Telegram bot): channel → town id.
    bound: RwLock<BTreeMap<String, String>>,
    /// Each municipality's sender (`[[municipality]] mail_from`); `settings.mail_from` for
    /// the others.
    senders: RwLock<BTreeMap<String, Mailbox>>,
    /// Municipalities' own mailboxes for offices' answers (`Settings::reply_mailbox` is
    /// the deployment's).
    reply_mailboxes: RwLock<BTreeMap<String, lettre::Address>>,
    metrics: Metrics,
    store: Store,
    settings: Settings,
    locks: Vec<Mutex<()>>,
    /// Woken when posts for caseworker rooms are queued.
    rooms_wake: Arc<tokio::sync::Notify>,
    /// Counts erasures (`/delete`, the retention sweep), so that the mailboxes forget the
    /// mail about what was erased.
    erasures: tokio::sync::watch::Sender<u64>,
    /// Language mediators, when the Matrix adapter switched them on (`runtime/mediation.rs`).
    mediation: std::sync::OnceLock<mediation::MediationState>,
    lease: std::sync::OnceLock<Arc<dyn LeaseCheck>>,
}

impl Runtime {
    pub fn new(content: Arc<Content>, store: Store, settings: Settings) -> Self {
        Self::with_towns(Towns::single(Engine::new(content)), store, settings)
    }

    /// A runtime for several municipalities (`[[municipality]]` in the config).
    pub fn with_towns(towns: Towns, store: Store, settings: Settings) -> Self {
        Self {
            towns: RwLock::new(Arc::new(towns)),
            bound: RwLock::new(BTreeMap::new()),
            senders: RwLock::new(BTreeMap::new()),
            reply_mailboxes: RwLock::new(BTreeMap::new()),
            metrics: Metrics::default(),
            store,
            settings,
            locks: (0..LOCK_BUCKETS).map(|_| Mutex::new(())).collect(),
            rooms_wake: Arc::new(tokio::sync::Notify::new()),
            erasures: tokio::sync::watch::Sender::new(0),
            mediation: std::sync::OnceLock::new(),
            lease: std::sync::OnceLock::new(),
        }
    }

    /// Makes this runtime the only one that sends emails (`store::claims`), checking
    /// `lease` before each email; call once, before the outbox worker starts. Returns the
    /// instance's number.
    pub fn take_over(&self, lease: Option<Arc<dyn LeaseCheck>>) -> Result<u64, RuntimeError> {
        if let Some(lease) = lease {
            let _ = self.lease.set(lease);
        }
        Ok(self.store.take_over()?)
    }

    /// Whether this instance may send now (always, without a lease).
    pub(crate) fn confirm_lease(&self) -> Result<(), RuntimeError> {
        match self.lease.get() {
            Some(lease) => lease.confirm().map_err(RuntimeError::LeaseLost),
            None => Ok(()),
        }
    }

    /// Changes after each erasure of personal data (`/delete`, the retention sweep).
    pub fn erasures(&self) -> tokio::sync::watch::Receiver<u64> {
        self.erasures.subscribe()
    }

    /// Notified whenever posts for caseworker rooms are queued.
    pub fn rooms_wake(&self) -> Arc<tokio::sync::Notify> {
        self.rooms_wake.clone()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The store, for the runtime's own tests; adapters use the methods of
    /// `runtime/storage.rs`.
    #[cfg(test)]
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The first municipality's engine: for what every municipality shares (the German
    /// texts of caseworker rooms, system messages without a session, command menus).
    /// Anything about one institution, request or case uses [`Runtime::engine_for`].
    pub fn engine(&self) -> Engine {
        self.towns().first().engine.clone()
    }

    /// Every municipality with its engine, as loaded now.
    pub fn towns(&self) -> Arc<Towns> {
        self.towns
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The engine of the municipality `institution` belongs to (institution ids are unique
    /// in a deployment).
    pub fn engine_for(&self, institution: &str) -> Engine {
        self.towns().of_institution(institution).engine.clone()
    }

    /// Every municipality's content (for the caseworker rooms of all of them).
    pub fn contents(&self) -> Vec<Arc<Content>> {
        self.towns()
            .all()
            .iter()
            .map(|town| town.engine.content().clone())
            .collect()
    }

    /// Updates on `channel` (a Telegram bot of the municipality's own) always belong to
    /// municipality `town`.
    pub fn bind_channel(&self, channel: &str, town: &str) {
        self.bound
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(channel.to_string(), town.to_string());
    }

    /// Request emails of municipality `town` come from `from`.
    pub fn set_sender(&self, town: &str, from: Mailbox) {
        self.senders
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(town.to_string(), from);
    }

    /// Gives municipality `town` a mailbox of its own for offices' answers: its request
    /// emails carry it as Reply-To.
    pub fn set_reply_mailbox(&self, town: &str, address: lettre::Address) {
        self.reply_mailboxes
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(town.to_string(), address);
    }

    /// The mailbox `institution`'s answers by email go to: its municipality's own, else
    /// the deployment's; `None` when its office cannot answer by email.
    pub(crate) fn reply_mailbox_for(&self, institution: &str) -> Option<lettre::Address> {
        self.town_setting(&self.reply_mailboxes, institution)
            .or_else(|| self.settings.reply_mailbox.clone())
    }

    /// `institution`'s municipality's own entry in `per_town` (a setting a municipality
    /// can have for itself), if it has one.
    fn town_setting<T: Clone>(
        &self,
        per_town: &RwLock<BTreeMap<String, T>>,
        institution: &str,
    ) -> Option<T> {
        let town = self.towns().of_institution(institution).id.clone();
        per_town
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(&town)
            .cloned()
    }

    /// The municipality updates on `channel` belong to, if it is bound to one.
    pub fn bound_town(&self, channel: &str) -> Option<String> {
        self.bound
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(channel)
            .cloned()
    }

    /// The sender of emails to `institution`: its municipality's, else the default.
    pub(crate) fn sender_for(&self, institution: &str) -> Mailbox {
        self.town_setting(&self.senders, institution)
            .unwrap_or_else(|| self.settings.mail_from.clone())
    }

    /// The municipality label of metrics for `institution` (`None` when unnamed).
    pub(crate) fn town_label(&self, institution: &str) -> Option<String> {
        let towns = self.towns();
        towns
            .label(towns.of_institution(institution))
            .map(str::to_string)
    }

    /// Runs `body` with the engine of the municipality of `institution` (a case's office)
    /// on `session`, scoped to that municipality. A person who has since switched to
    /// another municipality still gets the message, but their conversation stays where it
    /// is: `body` then works on a copy.
    pub(crate) fn for_case<R>(
        &self,
        institution: &str,
        session: &mut Session,
        body: impl FnOnce(&Engine, &mut Session) -> R,
    ) -> R {
        let towns = self.towns();
        let town = towns.of_institution(institution);
        if towns.is_named() && towns.of_session(session).id != town.id {
            let mut copy = session.clone();
            return towns.scoped(town, &mut copy, body);
        }
        towns.scoped(town, session, body)
    }

    /// The counters, rendered with gauges read from storage now.
    pub fn metrics_text(&self) -> Result<String, RuntimeError> {
        let now = Utc::now();
        let outbox = self.store.outbox()?;
        let gauges = Gauges {
            outbox_size: outbox.len(),
            outbox_oldest_age_seconds: outbox.first().map_or(0.0, |e| {
                (now - e.first_queued).num_milliseconds().max(0) as f64 / 1000.0
            }),
            conversations_by_language: self.store.sessions_by_language()?,
            room_posts_waiting: self.room_posts_waiting()?,
        };
        Ok(self.metrics.render(&gauges))
    }

    /// Posts not in their caseworker room yet, by institution: every institution that
    /// answers in a room, with 0 where none wait (a steady series for an alert).
    fn room_posts_waiting(&self) -> Result<BTreeMap<String, u64>, RuntimeError> {
        let mut waiting: BTreeMap<String, u64> = BTreeMap::new();
        if !self.settings.rooms_available {
            return Ok(waiting);
        }
        for content in self.contents() {
            for institution in content.flow.institutions.values() {
                if institution.matrix_room.is_some() {
                    waiting.insert(institution.id.clone(), 0);
                }
            }
        }
        for post in self.room_posts()? {
            *waiting.entry(post.institution).or_default() += 1;
        }
        Ok(waiting)
    }

    /// Whether storage answers: a read of a known key.
    pub fn storage_ready(&self) -> bool {
        self.store.check_readable().is_ok()
    }

    /// Swaps in new content (already checked); running conversations continue with it.
    pub fn replace_content(&self, content: Arc<Content>) {
        self.replace_towns(Towns::single(Engine::new(content)));
    }

    /// Swaps in every municipality's new content (already checked).
    pub fn replace_towns(&self, towns: Towns) {
        *self
            .towns
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(towns);
    }

    fn lock(&self, user: &UserId) -> std::sync::MutexGuard<'_, ()> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        user.hash(&mut hasher);
        let bucket = (hasher.finish() as usize) % LOCK_BUCKETS;
        self.locks[bucket]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Handles one update durably and returns what to show. An update already handled
    /// (redelivered after a restart) is not handled again: if it was the person's latest,
    /// it returns that step's replies, which may not have been sent.
    pub fn handle(&self, update: Update) -> Result<Vec<Output>, RuntimeError> {
        Ok(self.handle_step(update)?.outputs)
    }

    /// [`Runtime::handle`], telling also what became of an uploaded file.
    pub fn handle_step(&self, update: Update) -> Result<Step, RuntimeError> {
        let (step, commit) = self.handle_unflushed(update)?;
        self.store.wait_durable(commit);
        Ok(step)
    }

    /// [`Runtime::handle_step`] for async adapters: the step is written but not yet durable;
    /// show its replies only after `runtime.store().durable(commit).await`. The thread is
    /// held only for the step's own work, not for the disk.
    pub fn handle_unflushed(&self, update: Update) -> Result<(Step, Commit), RuntimeError> {
        let started = std::time::Instant::now();
        let channel = update.user.channel.clone();
        self.metrics.message_in(&channel);
        let (step, commit) = self.run_step(update)?;
        self.metrics.messages_out(
            &channel,
            step.outputs
                .iter()
                .filter(|o| o.message().is_some())
                .count(),
        );
        for output in &step.outputs {
            if let Output::Submit(request) = output {
                self.metrics.submitted(
                    self.town_label(&request.institution).as_deref(),
                    &request.institution,
                );
            }
        }
        self.metrics.step(started.elapsed());
        Ok((step, commit))
    }

    /// An uploaded file as the engine sees it, from `album` if the messenger sent one: what
    /// [`attachment::prepare`] keeps of it goes into `upload` under a new id, with its
    /// fingerprint for the engine.
    fn file_input(
        &self,
        bytes: &[u8],
        album: Option<String>,
        upload: &mut Option<(String, Vec<u8>)>,
    ) -> Result<Input, RuntimeError> {
        let id = self.store.new_id()?;
        let (verdict, kept) = attachment::prepare(bytes, self.settings.limits);
        let fingerprint = kept.as_deref().map(attachment::fingerprint);
        *upload = kept.map(|bytes| (id.clone(), bytes));
        Ok(Input::Attachment(AttachmentInput {
            id,
            verdict,
            album,
            fingerprint,
        }))
    }

    fn run_step(&self, update: Update) -> Result<(Step, Commit), RuntimeError> {
        let _guard = self.lock(&update.user);
        let (mut session, marks) = self
            .store
            .session_and_marks(&update.user)?
            .unwrap_or_default();
        if let Some(id) = &update.id
            && let Some(mark) = self.store.find_mark(&marks, id)?
        {
            // Handled before a restart: the step is not repeated, but the replies that may
            // not have reached the person (kept for the latest update only) are given back.
            tracing::debug!(
                unsent = mark.replies.len(),
                "update already handled; not handled again"
            );
            let step = Step {
                outputs: mark
                    .replies
                    .into_iter()
                    .map(StoredReply::into_output)
                    .collect(),
                upload_kept: false,
                repeated: true,
            };
            return Ok((step, self.store.register(false)));
        }
        let towns = self.towns();
        let bound = self.bound_town(&update.user.channel);
        let before: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
        let mut upload = None;
        let input = match update.incoming {
            Incoming::Text(text) => Command::parse(&text).map_or(Input::Text(text), Input::Command),
            Incoming::Button(data) => Input::Button(data),
            Incoming::Unsupported => Input::Unsupported,
            Incoming::RefusedFile(verdict) => Input::Attachment(AttachmentInput {
                id: String::new(),
                verdict,
                album: None,
                fingerprint: None,
            }),
            Incoming::File(bytes) => self.file_input(&bytes, None, &mut upload)?,
            Incoming::Voice {
                bytes,
                mime,
                duration_seconds,
            } => {
                let max_mb = self.settings.limits.max_bytes / (1024 * 1024);
                if bytes.len() as u64 > self.settings.limits.max_bytes {
                    Input::Voice(VoiceInput::TooLarge { max_mb })
                } else {
                    let id = self.store.new_id()?;
                    upload = Some((id.clone(), bytes));
                    Input::Voice(VoiceInput::Stored {
                        id,
                        mime,
                        duration_seconds,
                    })
                }
            }
            Incoming::VoiceTooLarge => Input::Voice(VoiceInput::TooLarge {
                max_mb: self.settings.limits.max_bytes / (1024 * 1024),
            }),
            Incoming::AlbumFile { bytes, album } => {
                self.file_input(&bytes, Some(album), &mut upload)?
            }
        };
        let mut sequence_error = None;
        let mut next_sequence = || match self.store.next_sequence() {
            Ok(sequence) => sequence,
            Err(error) => {
                sequence_error = Some(error);
                0
            }
        };
        let now = Utc::now();
        let mut ctx = StepContext {
            user: &update.user,
            now,
            utc_offset: self.utc_offset(now),
            language_hint: update.language_hint.as_deref(),
            next_sequence: &mut next_sequence,
            rooms_available: self.settings.rooms_available,
            answers_by_email: &|institution| self.answers_by_email(institution),
            addenda_by_email: true,
        };
        let outputs = towns.step(&mut session, input, &mut ctx, bound.as_deref());
        if let Some(error) = sequence_error {
            return Err(error.into());
        }

        let submitted: Vec<_> = outputs
            .iter()
            .filter_map(|o| match o {
                Output::Submit(request) => Some((**request).clone()),
                _ => None,
            })
            .collect();
        let erase = outputs.iter().any(|o| matches!(o, Output::EraseUserData));
        let mut kept: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
        kept.extend(
            submitted
                .iter()
                .flat_map(|r| r.attachments().map(|(_, a)| a.id.clone())),
        );
        let (opened_cases, room_posts) = self.case_writes(&update.user, &outputs, &submitted)?;
        let (mediations, mediator_posts) =
            self.mediation_writes(&outputs, &submitted, &opened_cases)?;
        kept.extend(room_posts.iter().filter_map(|post| match &post.what {
            PostWhat::Forwarded(what) => what.attachment_id().map(str::to_string),
            _ => None,
        }));
        let replies: Vec<StoredReply> = if update.id.is_some() {
            outputs
                .iter()
                .filter_map(StoredReply::from_output)
                .collect()
        } else {
            Vec::new()
        };
        let upload_kept = upload.as_ref().is_some_and(|(id, _)| kept.contains(id)) && !erase;
        let write = StepWrite {
            session: (!erase).then_some(&session),
            handled: update.id.as_deref().map(|id| (id, replies.as_slice())),
            marks: &marks,
            new_attachments: upload
                .filter(|(id, _)| kept.contains(id) && !erase)
                .into_iter()
                .collect(),
            dropped_attachments: before.difference(&kept).cloned().collect(),
            submitted,
            opened_cases,
            room_posts,
            mediations,
            mediator_posts,
            erase,
        };
        self.store.write_step(&update.user, &write)?;
        if !write.room_posts.is_empty() {
            self.rooms_wake.notify_one();
        }
        if erase {
            self.erasures.send_modify(|count| *count += 1);
        }
        if !write.mediator_posts.is_empty() {
            self.wake_mediators();
        }
        // "Your request is on its way" must survive a power cut, not only a crash.
        let commit = self.store.register(!write.submitted.is_empty());
        for request in &write.submitted {
            tracing::info!(reference = %request.reference, institution = %request.institution, "request submitted");
        }
        if erase {
            tracing::info!("a user erased their data");
        }
        let step = Step {
            outputs,
            upload_kept,
            repeated: false,
        };
        Ok((step, commit))
    }

    /// The cases a step opens and the posts it queues for caseworker rooms: a thread for
    /// each request to an institution with a room, one for each new contact, and whatever
    /// the newcomer forwards.
    fn case_writes(
        &self,
        user: &UserId,
        outputs: &[Output],
        submitted: &[crate::request::Request],
    ) -> Result<(Vec<Case>, Vec<crate::store::RoomPost>), RuntimeError> {
        let mut cases = Vec::new();
        let mut posts = Vec::new();
        let has_room = |institution: &str| self.has_room(institution);
        // Every request is a case: an office without a room talks by email, both ways where
        // its answers are read here, else one way (what the newcomer adds to the request).
        for request in submitted {
            let room = has_room(&request.institution);
            cases.push(Case {
                reference: request.reference.clone(),
                institution: request.institution.clone(),
                user: user.clone(),
                language: request.language.clone(),
                kind: CaseKind::Request,
                opened_at: request.submitted_at,
                closed_at: None,
                thread: None,
                email: None,
                answer_email: None,
                answer_phone: None,
            });
            // Without a room the office answers the request's email; the thread is the
            // email's.
            if room {
                posts.push(self.store.room_post(
                    &request.reference,
                    &request.institution,
                    PostWhat::Root,
                )?);
            }
        }
        for output in outputs {
            match output {
                Output::OpenCase(opening) => {
                    cases.push(Case {
                        reference: opening.reference.clone(),
                        institution: opening.institution.clone(),
                        user: user.clone(),
                        language: opening.language.clone(),
                        kind: CaseKind::Contact,
                        opened_at: Utc::now(),
                        closed_at: None,
                        thread: None,
                        email: None,
                        answer_email: None,
                        answer_phone: None,
                    });
                    // An office without a room talks by email: the first message is the
                    // thread's first email, and there is no room to post a root in.
                    if has_room(&opening.institution) {
                        posts.push(self.store.room_post(
                            &opening.reference,
                            &opening.institution,
                            PostWhat::Root,
                        )?);
                    }
                }
                Output::Forward { case, what } => {
                    let institution = self
                        .store
                        .case(case)?
                        .map(|c| c.institution)
                        .or_else(|| {
                            cases
                                .iter()
                                .find(|c| c.reference == *case)
                                .map(|c| c.institution.clone())
                        })
                        .unwrap_or_default();
                    // A case whose office has no room talks by email.
                    posts.push(self.thread_post(
                        case,
                        &institution,
                        PostWhat::Forwarded(what.clone()),
                    )?);
                }
                _ => {}
            }
        }
        Ok((cases, posts))
    }

    /// Whether `institution`'s email answers are read here (a reply mailbox is configured for
    /// it): where it has no room, it talks by email.
    fn answers_by_email(&self, institution: &str) -> bool {
        self.reply_mailbox_for(institution).is_some()
    }

    /// Whether `institution` answers in a caseworker room (it has one and Matrix runs).
    fn has_room(&self, institution: &str) -> bool {
        self.settings.rooms_available
            && self
                .engine_for(institution)
                .content()
                .flow
                .institution(institution)
                .is_some_and(|i| i.matrix_room.is_some())
    }

    /// A post for a case's thread: into its office's room, or, for an office without a
    /// room, as an email in the request's thread (one way where its answers are not read
    /// here).
    pub(crate) fn thread_post(
        &self,
        reference: &str,
        institution: &str,
        what: PostWhat,
    ) -> Result<crate::store::RoomPost, StoreError> {
        let mut post = self.store.room_post(reference, institution, what)?;
        post.by_email = !self.has_room(institution);
        Ok(post)
    }

    /// Notices stored but not yet confirmed as sent (after a restart: those a crash kept
    /// from their newcomer).
    pub fn pending_notices(&self) -> Result<Vec<Notice>, RuntimeError> {
        Ok(self.store.pending_notices()?)
    }

    /// A notice reached its newcomer: forget it.
    pub fn notice_sent(&self, id: &str) -> Result<(), RuntimeError> {
        self.store.notice_sent(id)?;
        Ok(())
    }

    /// How far the municipality's clocks (`time_zone`) are from UTC at `now`.
    pub(crate) fn utc_offset(&self, now: DateTime<Utc>) -> chrono::FixedOffset {
        use chrono::Offset;
        now.with_timezone(&self.settings.time_zone).offset().fix()
    }

    /// Runs `f` with a context for messages built outside a step, now: no reference
    /// numbers are handed out.
    pub(crate) fn outside_a_step<R>(
        &self,
        user: &UserId,
        answers_by_email: &dyn Fn(&str) -> bool,
        f: impl FnOnce(&StepContext<'_>) -> R,
    ) -> R {
        let mut unused = || 0;
        let now = Utc::now();
        let ctx = StepContext {
            user,
            now,
            utc_offset: self.utc_offset(now),
            language_hint: None,
            next_sequence: &mut unused,
            rooms_available: self.settings.rooms_available,
            answers_by_email,
            addenda_by_email: true,
        };
        f(&ctx)
    }

    /// The question a person is at, e.g. to show again after a restart.
    pub fn current_prompt(&self, user: &UserId) -> Result<Output, RuntimeError> {
        let session = self.store.session(user)?.unwrap_or_default();
        let by_email = |institution: &str| self.answers_by_email(institution);
        Ok(self.outside_a_step(user, &by_email, |ctx| {
            self.towns().current_prompt(&session, ctx)
        }))
    }

    /// What `institution`'s emails and thread roots need beyond the request.
    pub fn mail_context(&self, institution: &str) -> mail::MailContext {
        mail::MailContext {
            time_zone: self.settings.time_zone,
            reply_mailbox: self.reply_mailbox_for(institution),
            rooms_available: self.settings.rooms_available,
        }
    }

    /// Sends every queued email that is due, keeping each office's emails in the order they
    /// were confirmed. Returns the notices for newcomers and a report.
    pub fn deliver_due(
        &self,
        transport: &dyn Transport,
        now: DateTime<Utc>,
    ) -> Result<(Vec<Notice>, DeliveryReport), RuntimeError> {
        let mut notices = Vec::new();
        let mut report = DeliveryReport::default();
        let mut waiting_offices = BTreeSet::new();
        for entry in self.store.outbox()? {
            if entry.next_attempt > now || waiting_offices.contains(&entry.institution) {
                // An earlier email to this office is waiting for a retry: this one waits too.
                waiting_offices.insert(entry.institution.clone());
                continue;
            }
            let claim = self.store.claim_email(
                &entry.reference,
                self.store.owner(),
                now,
                chrono::Duration::minutes(CLAIM_HOLD_MINUTES),
            )?;
            let Some(mut entry) = claim else {
                // Another live sender has it: later emails to its office wait their turn.
                waiting_offices.insert(entry.institution.clone());
                continue;
            };
            // Right before the email leaves: an instance that lost the lease sends nothing.
            self.confirm_lease()?;
            let Some(request) = self
                .store
                .request(&entry.reference)?
                .and_then(|stored| stored.request)
            else {
                self.store
                    .finish_delivery(&entry.reference, DeliveryStatus::Failed, now, None)?;
                continue;
            };
            let attachment = |id: &str| self.store.attachment(id).ok().flatten();
            // The request's own municipality: its office, texts and sender.
            let engine = self.engine_for(&request.institution);
            let content = engine.content().clone();
            let town = self.town_label(&request.institution);
            let result = mail::compose(
                &request,
                &content,
                &engine,
                &self.sender_for(&request.institution),
                self.settings.max_email_bytes,
                &attachment,
                self.mail_context(&request.institution),
            )
            .and_then(|emails| {
                for email in emails.iter().skip(entry.parts_sent) {
                    transport.send(email)?;
                    // Recorded at once, a single email too: a one-row write is the shortest
                    // window in which a crash (or a takeover) makes the server get it twice;
                    // the delivery's own transaction below touches the session and waits
                    // behind the newcomer's next steps.
                    entry.parts_sent += 1;
                    self.store
                        .record_parts_sent(&entry)
                        .map_err(|e| MailError::Write {
                            path: "outbox".into(),
                            source: std::io::Error::other(e),
                        })?;
                }
                Ok(())
            });
            let status = match result {
                Ok(()) => {
                    report.sent += 1;
                    self.metrics.delivered(town.as_deref());
                    tracing::info!(reference = %entry.reference, "email delivered");
                    DeliveryStatus::Sent
                }
                Err(error)
                    if now - entry.first_queued < self.settings.give_up_after
                        && !is_permanent(&error) =>
                {
                    let entry = self.store.retry_later(entry, now)?;
                    report.retried += 1;
                    self.metrics.delivery_retry(town.as_deref());
                    waiting_offices.insert(entry.institution.clone());
                    tracing::warn!(reference = %entry.reference, attempts = entry.attempts, next = %entry.next_attempt, %error, "email not delivered; will retry");
                    continue;
                }
                Err(error) => {
                    report.failed += 1;
                    self.metrics.delivery_failure(town.as_deref());
                    tracing::error!(reference = %entry.reference, %error, "email given up; the newcomer is told to contact the office");
                    DeliveryStatus::Failed
                }
            };
            // The notice is stored with the delivery's outcome: a crash before it reaches
            // the newcomer sends it after the restart (`pending_notices`).
            let notice = Notice {
                id: format!("notice:{}", entry.reference),
                user: request.user.clone(),
                // Every office can be written to about its request: in its room, by
                // email both ways, or one way (`StepContext::addenda_by_email`).
                message: engine.delivery_notice(&request, status == DeliveryStatus::Sent, true),
                files: Vec::new(),
            };
            self.store
                .finish_delivery(&entry.reference, status, now, Some(&notice))?;
            notices.push(notice);
        }
        Ok((notices, report))
    }

    /// Erases photos and personal data of requests delivered longer ago than the retention
    /// period, and unfinished forms nobody touched for as long.
    pub fn sweep_retention(&self, now: DateTime<Utc>) -> Result<usize, RuntimeError> {
        let cutoff = now - self.settings.retention;
        let erased =
            self.store.erase_delivered_before(cutoff)? + self.store.erase_stale_drafts(cutoff)?;
        if erased > 0 {
            tracing::info!(erased, "retention: personal data past its period erased");
            self.erasures.send_modify(|count| *count += 1);
        }
        // Messengers redeliver an update for a day at most; a week of marks is plenty.
        let pruned = self
            .store
            .prune_handled_before(now - chrono::Duration::days(HANDLED_MARK_DAYS))?;
        let pruned = pruned
            + self
                .store
                .prune_case_events_before(now - chrono::Duration::days(HANDLED_MARK_DAYS))?;
        if pruned > 0 {
            tracing::debug!(pruned, "old handled-update marks dropped");
        }
        Ok(erased)
    }
}

mod cases;
mod email_threads;
mod mediation;
mod storage;
pub use cases::{CaseOutcome, CaseRoot, CaseworkerAction};
pub use email_threads::{Gathering, LONGEST_GATHERING_MINUTES, OfficeMail, OfficeMailOutcome};
pub use mediation::{MediationSettings, TranslationOutcome, german_language_name};

/// Errors that no retry will fix, including the mail system's final refusal of this email
/// (SMTP 550–554): the newcomer is told at once instead of after `give_up_after`.
fn is_permanent(error: &MailError) -> bool {
    matches!(
        error,
        MailError::UnknownInstitution { .. }
            | MailError::Address { .. }
            | MailError::MissingAttachment { .. }
            | MailError::Build { .. }
            | MailError::Smtp {
                permanent: true,
                ..
            }
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    mod email_threads;
    mod erasure;
    mod mediation;
    mod towns;

    use super::*;
    use crate::engine::Forwarded;
    use crate::mail::EmlDirectory;

    fn runtime(dir: &Path) -> Runtime {
        runtime_with(dir, 20 << 20)
    }

    fn runtime_with(dir: &Path, max_email_bytes: u64) -> Runtime {
        runtime_on(Store::open(&dir.join("db")).unwrap(), max_email_bytes)
    }

    fn runtime_on(store: Store, max_email_bytes: u64) -> Runtime {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let content = Arc::new(Content::load(&root.join("flows"), &root.join("locales")).unwrap());
        let settings = Settings {
            mail_from: "Kompass <k@example.org>".parse().unwrap(),
            limits: Limits::default(),
            give_up_after: chrono::Duration::hours(1),
            max_email_bytes,
            retention: chrono::Duration::days(30),
            rooms_available: true,
            time_zone: chrono_tz::Europe::Berlin,
            reply_mailbox: None,
        };
        Runtime::new(content, store, settings)
    }

    fn update(id: &str, incoming: Incoming) -> Update {
        update_from("42", id, incoming)
    }

    /// An update from Telegram user `who`.
    fn update_from(who: &str, id: &str, incoming: Incoming) -> Update {
        Update {
            user: UserId::new("telegram", who),
            id: Some(id.to_string()),
            language_hint: None,
            incoming,
        }
    }

    /// Telegram user `who` opens the registration form by deep link and answers its first
    /// question with `family`: an unfinished form for the retention sweep.
    fn begin_register_form(rt: &Runtime, who: &str, family: &str) {
        for (n, text) in ["/start en_register-form", family].into_iter().enumerate() {
            rt.handle(update_from(
                who,
                &format!("{who}-form-{n}"),
                Incoming::Text(text.into()),
            ))
            .unwrap();
        }
    }

    /// A photo the readability check accepts (a 10×10 picture would be asked again).
    fn photo() -> Vec<u8> {
        crate::docphotos::readable_photo()
    }

    /// Walks to the register form's photo question (field 11) and sends one photo.
    fn to_photo(rt: &Runtime) -> usize {
        let mut n = 0;
        let mut send = |incoming| {
            n += 1;
            rt.handle(update(&format!("u{n}"), incoming)).unwrap()
        };
        send(Incoming::Text("/start en".into()));
        send(Incoming::Button("go:main:0".into()));
        send(Incoming::Button("go:register:0".into()));
        for text in [
            "Haddad",
            "Sami",
            "1.2.1990",
            "Syrian",
            "Weg 1",
            "1.11.2026",
            "2",
        ] {
            send(Incoming::Text(text.into()));
        }
        for _ in 0..3 {
            let answered = rt
                .store()
                .session(&UserId::new("telegram", "42"))
                .unwrap()
                .unwrap()
                .drafts["register-form"]
                .answers
                .len();
            send(Incoming::Button(format!("f:{answered}:skip")));
        }
        send(Incoming::File(photo()));
        n
    }

    /// The reference of the first request of the test user (telegram:42).
    fn first_reference(rt: &Runtime) -> String {
        rt.store()
            .session(&UserId::new("telegram", "42"))
            .unwrap()
            .unwrap()
            .requests[0]
            .reference
            .clone()
    }

    /// The storage id of the first photo of a request.
    fn first_photo(rt: &Runtime, reference: &str) -> String {
        rt.store()
            .request(reference)
            .unwrap()
            .unwrap()
            .request
            .unwrap()
            .attachments()
            .next()
            .unwrap()
            .1
            .id
            .clone()
    }

    /// Finishes the form `to_photo` started and sends it.
    fn to_submitted(rt: &Runtime) {
        to_photo(rt);
        for (i, data) in ["f:10:done", "f:11:n", "f:12:0", "rv:send"]
            .iter()
            .enumerate()
        {
            rt.handle(update(&format!("s{i}"), Incoming::Button((*data).into())))
                .unwrap();
        }
    }

    /// The same update delivered twice is handled once.
    #[test]
    fn duplicate_update_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let user = UserId::new("telegram", "42");
        let first = rt
            .handle_step(update("tg:1", Incoming::Text("/start en".into())))
            .unwrap();
        assert!(!first.outputs.is_empty() && !first.repeated);
        let before = rt.store().session(&user).unwrap();
        // Redelivered before its replies were sent (a crash): not handled again, but the
        // kept replies come back to be sent.
        let again = rt
            .handle_step(update("tg:1", Incoming::Text("/start de".into())))
            .unwrap();
        assert!(again.repeated);
        assert_eq!(again.outputs, first.outputs);
        assert_eq!(rt.store().session(&user).unwrap(), before);
        // Once a later update is handled, the earlier one's replies are gone (they were
        // sent, or superseded); a redelivery of it does nothing.
        rt.handle(update("tg:2", Incoming::Text("/menu".into())))
            .unwrap();
        let third = rt
            .handle_step(update("tg:1", Incoming::Text("/start de".into())))
            .unwrap();
        assert!(third.repeated && third.outputs.is_empty());
        assert!(rt.store().is_handled(&user, "tg:1").unwrap());
        assert!(!rt.store().is_handled(&user, "tg:3").unwrap());
    }

    /// The inbox skips updates already in it or already handled; a session remembers only
    /// its latest handled updates.
    #[test]
    fn inbox_accepts_each_update_once() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let store = rt.store();
        let user = UserId::new("telegram", "42");
        let entry = |id: &str, payload: &[u8]| (id.to_string(), user.clone(), payload.to_vec());
        let fresh = store
            .inbox_accept(&[entry("tg:1", b"a"), entry("tg:2", b"b")])
            .unwrap();
        assert_eq!(fresh, [true, true]);
        let fresh = store
            .inbox_accept(&[entry("tg:2", b"b"), entry("tg:3", b"c")])
            .unwrap();
        assert_eq!(fresh, [false, true]);
        rt.handle(update("tg:1", Incoming::Text("/start en".into())))
            .unwrap();
        store.inbox_done("tg:1").unwrap();
        assert_eq!(store.inbox_accept(&[entry("tg:1", b"a")]).unwrap(), [false]);
        let keys: Vec<String> = store.inbox().unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["tg:2", "tg:3"]);
        for n in 10..60 {
            rt.handle(update(&format!("tg:{n}"), Incoming::Text("/menu".into())))
                .unwrap();
        }
        let (_, marks) = store.session_and_marks(&user).unwrap().unwrap();
        assert_eq!(marks.len(), 32);
        assert!(
            marks
                .iter()
                .rev()
                .skip(1)
                .all(|mark| mark.replies.is_empty())
        );
        assert!(
            !store.is_handled(&user, "tg:1").unwrap(),
            "old marks roll off"
        );
        assert!(store.is_handled(&user, "tg:59").unwrap());
    }

    /// Uploads are stored with the step that uses them and removed when the draft goes;
    /// refused files are never stored.
    #[test]
    fn uploads_follow_the_draft() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        to_photo(&rt);
        let user = UserId::new("telegram", "42");
        let session = rt.store().session(&user).unwrap().unwrap();
        let ids: Vec<String> = session.attachment_ids().map(str::to_string).collect();
        assert_eq!(ids.len(), 1);
        let stored = rt.store().attachment(&ids[0]).unwrap().unwrap();
        assert!(
            stored.starts_with(&[0xFF, 0xD8]),
            "kept as a re-encoded JPEG"
        );
        // Kept as a file beside the database, not inside sled.
        let file = dir.path().join("db").join("uploads").join(&ids[0]);
        assert_eq!(std::fs::read(&file).unwrap(), stored);
        rt.handle(update("x1", Incoming::File(b"not an image".to_vec())))
            .unwrap();
        assert_eq!(
            rt.store()
                .session(&user)
                .unwrap()
                .unwrap()
                .attachment_ids()
                .count(),
            1
        );
        rt.handle(update("x2", Incoming::Text("/cancel".into())))
            .unwrap();
        rt.handle(update("x3", Incoming::Button("cancel:yes".into())))
            .unwrap();
        assert_eq!(
            rt.store().attachment(&ids[0]).unwrap(),
            None,
            "cancelled draft's photo erased"
        );
        assert!(!file.exists(), "and its file");
        // A file no entry refers to (a step that never committed) goes at the next start.
        let orphan = dir
            .path()
            .join("db")
            .join("uploads")
            .join("00000000000000ff");
        std::fs::write(&orphan, b"x").unwrap();
        drop(rt);
        let _reopened = runtime(dir.path());
        assert!(!orphan.exists());
    }

    /// Submit → outbox → `.eml`, status sent in `/status`; `/delete` then erases the request's
    /// personal data but keeps reference and institution.
    #[test]
    fn submit_deliver_and_delete() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let user = UserId::new("telegram", "42");
        to_submitted(&rt);
        let session = rt.store().session(&user).unwrap().unwrap();
        let reference = session.requests[0].reference.clone();
        assert_eq!(rt.store().outbox_len(), 1);
        let transport = EmlDirectory::new(dir.path().join("mail"));
        let (notices, report) = rt.deliver_due(&transport, Utc::now()).unwrap();
        assert_eq!(
            report,
            DeliveryReport {
                sent: 1,
                retried: 0,
                failed: 0
            }
        );
        assert_eq!(notices[0].user, user);
        // The notice is kept until the adapter confirms it reached the newcomer, so a crash
        // in between sends it after the restart.
        assert_eq!(rt.pending_notices().unwrap(), notices);
        rt.notice_sent(&notices[0].id).unwrap();
        assert!(rt.pending_notices().unwrap().is_empty());
        assert!(
            dir.path()
                .join("mail")
                .join(format!("{reference}.eml"))
                .exists()
        );
        assert_eq!(rt.store().outbox_len(), 0);
        assert_eq!(
            rt.store().session(&user).unwrap().unwrap().requests[0].status,
            DeliveryStatus::Sent
        );
        let photo = first_photo(&rt, &reference);

        rt.handle(update("d1", Incoming::Text("/delete".into())))
            .unwrap();
        rt.handle(update("d2", Incoming::Button("del:yes".into())))
            .unwrap();
        assert_eq!(rt.store().session(&user).unwrap(), None);
        let stored = rt.store().request(&reference).unwrap().unwrap();
        assert_eq!(stored.request, None, "personal data erased");
        assert_eq!(stored.institution, "buergerbuero");
        assert_eq!(rt.store().attachment(&photo).unwrap(), None);
    }

    /// A delivered request's uploads go once nothing needs them: the email was accepted and
    /// the caseworkers' thread shows them (the Bürgerbüro has a room), whichever comes last.
    #[test]
    fn uploads_go_once_the_email_and_the_thread_have_them() {
        for thread_first in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let rt = runtime(dir.path());
            to_submitted(&rt);
            let reference = first_reference(&rt);
            let photo = first_photo(&rt, &reference);
            let posts = rt.room_posts().unwrap();
            assert_eq!(posts[0].what, PostWhat::Root);
            let thread = crate::store::ThreadRef {
                room: "!room:example.org".into(),
                root: "$root".into(),
            };
            if thread_first {
                rt.store().room_post_done(&posts[0], Some(&thread)).unwrap();
                assert!(
                    rt.store().attachment(&photo).unwrap().is_some(),
                    "not sent yet"
                );
                rt.deliver_due(&Recorder::default(), Utc::now()).unwrap();
            } else {
                rt.deliver_due(&Recorder::default(), Utc::now()).unwrap();
                assert!(
                    rt.store().attachment(&photo).unwrap().is_some(),
                    "no thread yet"
                );
                rt.store().room_post_done(&posts[0], Some(&thread)).unwrap();
            }
            assert_eq!(rt.store().attachment(&photo).unwrap(), None);
            assert!(!dir.path().join("db/uploads").join(&photo).exists());
            // The request keeps the description of what was sent, for `/status`.
            let stored = rt.store().request(&reference).unwrap().unwrap();
            assert!(stored.request.unwrap().attachments().next().is_some());
        }
    }

    /// A transport failure keeps the email queued with back-off; it is sent later.
    #[test]
    fn failed_delivery_is_retried() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        to_submitted(&rt);
        std::fs::write(dir.path().join("blocked"), b"a file, not a folder").unwrap();
        let (_, report) = rt
            .deliver_due(&EmlDirectory::new(dir.path().join("blocked")), Utc::now())
            .unwrap();
        assert_eq!(report.retried, 1);
        let (_, report) = rt
            .deliver_due(&EmlDirectory::new(dir.path().join("mail")), Utc::now())
            .unwrap();
        assert_eq!(report.sent, 0, "not due yet: back-off");
        let (_, report) = rt
            .deliver_due(
                &EmlDirectory::new(dir.path().join("mail")),
                Utc::now() + chrono::Duration::seconds(5),
            )
            .unwrap();
        assert_eq!(report.sent, 1);
    }

    /// Records what it was given; fails for references or email names listed in `refuse`.
    #[derive(Default)]
    struct Recorder {
        sent: Mutex<Vec<String>>,
        refuse: Mutex<Vec<String>>,
    }

    impl Transport for Recorder {
        fn send(&self, mail: &mail::Composed) -> Result<(), MailError> {
            let refuse = self.refuse.lock().unwrap();
            if refuse.contains(&mail.reference) || refuse.contains(&mail.name()) {
                return Err(MailError::Smtp {
                    reference: mail.reference.clone(),
                    kind: "temporarily refused",
                    permanent: false,
                    message: "451 try later".into(),
                });
            }
            self.sent.lock().unwrap().push(mail.name());
            Ok(())
        }
    }

    fn submit_for(rt: &Runtime, user: &str) -> String {
        let user_id = user;
        let user = UserId::new("telegram", user);
        let mut n = 0;
        let mut send = |incoming| {
            n += 1;
            rt.handle(update_from(user_id, &format!("{user}-{n}"), incoming))
                .unwrap()
        };
        send(Incoming::Text("/start en_counselling-form".into()));
        for text in ["Haddad", "Sami", "1.2.1990", "Syrian", "Weg 1"] {
            send(Incoming::Text(text.into()));
        }
        for data in ["f:5:0", "f:6:skip", "f:7:skip"] {
            send(Incoming::Button(data.into()));
        }
        send(Incoming::Text("Help with a letter".into()));
        for data in ["f:9:skip", "f:10:n", "f:11:0", "rv:send"] {
            send(Incoming::Button(data.into()));
        }
        rt.store().session(&user).unwrap().unwrap().requests[0]
            .reference
            .clone()
    }

    /// While an office's earlier email waits for a retry, later ones to it wait too.
    #[test]
    fn emails_to_one_office_keep_their_order() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let first = submit_for(&rt, "1");
        let second = submit_for(&rt, "2");
        let transport = Recorder::default();
        transport.refuse.lock().unwrap().push(first.clone());
        let (_, report) = rt.deliver_due(&transport, Utc::now()).unwrap();
        assert_eq!((report.sent, report.retried), (0, 1));
        assert!(
            transport.sent.lock().unwrap().is_empty(),
            "the second request waited behind the first"
        );
        transport.refuse.lock().unwrap().clear();
        let (notices, report) = rt
            .deliver_due(&transport, Utc::now() + chrono::Duration::minutes(1))
            .unwrap();
        assert_eq!(report.sent, 2);
        assert_eq!(*transport.sent.lock().unwrap(), [first, second]);
        // The newcomer is told where it went; what to bring was said at "thank you" and is
        // not repeated.
        let text = crate::i18n::strip_bidi_marks(&notices[0].message.text);
        assert!(
            !text.contains(&crate::i18n::strip_bidi_marks(
                &rt.engine()
                    .content()
                    .locales
                    .text("en", "documents-to-bring", &[])
            )),
            "{text}"
        );
    }

    /// Attachments over the size of one email make numbered parts, each with the full text;
    /// a part accepted before a failure is not sent again.
    #[test]
    fn large_requests_are_split_and_resumed() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime_with(dir.path(), 1);
        to_photo(&rt);
        rt.handle(update(
            "p2",
            Incoming::File(crate::docphotos::another_readable_photo()),
        ))
        .unwrap();
        for (i, data) in ["f:10:done", "f:11:n", "f:12:0", "rv:send"]
            .iter()
            .enumerate()
        {
            rt.handle(update(&format!("s{i}"), Incoming::Button((*data).into())))
                .unwrap();
        }
        let reference = first_reference(&rt);
        // Part 2 fails once: part 1 must not be sent again on the retry.
        let recorder = Recorder::default();
        recorder
            .refuse
            .lock()
            .unwrap()
            .push(format!("{reference}-teil-2"));
        assert_eq!(rt.deliver_due(&recorder, Utc::now()).unwrap().1.retried, 1);
        recorder.refuse.lock().unwrap().clear();
        assert_eq!(
            rt.deliver_due(&recorder, Utc::now() + chrono::Duration::minutes(1))
                .unwrap()
                .1
                .sent,
            1
        );
        assert_eq!(
            *recorder.sent.lock().unwrap(),
            [format!("{reference}-teil-1"), format!("{reference}-teil-2")]
        );

        // The parts as files: each with the full text and its own Message-ID.
        let other = tempfile::tempdir().unwrap();
        let engine = rt.engine();
        let request = rt
            .store()
            .request(&reference)
            .unwrap()
            .unwrap()
            .request
            .unwrap();
        let attachment = |id: &str| rt.store().attachment(id).ok().flatten();
        let eml = EmlDirectory::new(other.path().join("mail"));
        for email in mail::compose(
            &request,
            engine.content(),
            &engine,
            &rt.settings.mail_from,
            1,
            &attachment,
            rt.mail_context(&request.institution),
        )
        .unwrap()
        {
            eml.send(&email).unwrap();
        }
        let dir = &other;
        let mut names: Vec<String> = std::fs::read_dir(dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                format!("{reference}-teil-1.eml"),
                format!("{reference}-teil-2.eml")
            ]
        );
        for (n, name) in names.iter().enumerate() {
            let text =
                String::from_utf8(std::fs::read(dir.path().join("mail").join(name)).unwrap())
                    .unwrap();
            assert!(text.contains(&format!("Teil {}/2", n + 1)), "{text}");
            assert!(text.contains("Familienname: Haddad"));
            assert!(text.contains(&format!("Message-ID: <{reference}.{}@example.org>", n + 1)));
        }
    }

    /// After the retention period, photos and personal data are erased; stale drafts too.
    #[test]
    fn retention_erases_personal_data() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        to_submitted(&rt);
        let reference = first_reference(&rt);
        let photo = first_photo(&rt, &reference);
        rt.deliver_due(&Recorder::default(), Utc::now()).unwrap();
        let erasures = rt.erasures();
        assert!(rt.mail_may_stay(&reference).unwrap());
        assert_eq!(
            rt.sweep_retention(Utc::now() + chrono::Duration::days(29))
                .unwrap(),
            0
        );
        assert!(!erasures.has_changed().unwrap());
        let other = UserId::new("telegram", "7");
        begin_register_form(&rt, "7", "Draftname");
        // The request, the stale form and the answers kept for the next request.
        assert_eq!(
            rt.sweep_retention(Utc::now() + chrono::Duration::days(31))
                .unwrap(),
            3
        );
        // The mailboxes are told, and forget the mail about it.
        assert!(erasures.has_changed().unwrap());
        assert!(!rt.mail_may_stay(&reference).unwrap());
        let stored = rt.store().request(&reference).unwrap().unwrap();
        assert_eq!(stored.request, None);
        assert_eq!(stored.status, DeliveryStatus::Sent);
        assert_eq!(rt.store().attachment(&photo).unwrap(), None);
        assert!(
            rt.store()
                .session(&other)
                .unwrap()
                .unwrap()
                .drafts
                .is_empty()
        );
    }

    /// Counts reads of the sessions and requests tables (gets and scanned entries).
    #[derive(Debug)]
    struct CountingReads {
        inner: Arc<dyn crate::store::Backend>,
        reads: std::sync::atomic::AtomicUsize,
    }

    impl CountingReads {
        fn count(&self, table: crate::store::backend::Table) {
            use crate::store::backend::Table;
            if matches!(table, Table::Sessions | Table::Requests) {
                self.reads
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }

    impl crate::store::Backend for CountingReads {
        fn get(
            &self,
            table: crate::store::backend::Table,
            key: &[u8],
        ) -> Result<Option<Vec<u8>>, crate::store::BackendError> {
            self.count(table);
            self.inner.get(table, key)
        }
        fn insert(
            &self,
            table: crate::store::backend::Table,
            key: &[u8],
            value: &[u8],
        ) -> Result<(), crate::store::BackendError> {
            self.inner.insert(table, key, value)
        }
        fn remove(
            &self,
            table: crate::store::backend::Table,
            key: &[u8],
        ) -> Result<(), crate::store::BackendError> {
            self.inner.remove(table, key)
        }
        fn insert_new(
            &self,
            table: crate::store::backend::Table,
            key: &[u8],
            value: &[u8],
        ) -> Result<bool, crate::store::BackendError> {
            self.inner.insert_new(table, key, value)
        }
        fn range(
            &self,
            table: crate::store::backend::Table,
            from: std::ops::Bound<&[u8]>,
            to: std::ops::Bound<&[u8]>,
        ) -> crate::store::backend::Entries<'_> {
            Box::new(
                self.inner
                    .range(table, from, to)
                    .inspect(move |_| self.count(table)),
            )
        }
        fn len(
            &self,
            table: crate::store::backend::Table,
        ) -> Result<usize, crate::store::BackendError> {
            self.inner.len(table)
        }
        fn transaction(
            &self,
            tables: &[crate::store::backend::Table],
            body: crate::store::backend::TxBody<'_>,
        ) -> Result<(), crate::store::TxError> {
            self.inner.transaction(tables, body)
        }
        fn generate_id(&self) -> Result<u64, crate::store::BackendError> {
            self.inner.generate_id()
        }
        fn flush(&self) -> Result<(), crate::store::BackendError> {
            self.inner.flush()
        }
    }

    /// The hourly retention sweep reads only sessions and requests that may be due, not
    /// every stored conversation (on sled every page read stays in memory); a store of an
    /// earlier version, without the index, is indexed once when opened.
    #[test]
    fn retention_sweep_reads_only_what_may_be_due() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let open = || {
            let inner: Arc<dyn crate::store::Backend> =
                Arc::new(crate::store::SledBackend::open(&db, 8 << 20).unwrap());
            let counting = Arc::new(CountingReads {
                inner,
                reads: Default::default(),
            });
            let store = Store::open_with(&db, counting.clone()).unwrap();
            (runtime_on(store, 20 << 20), counting)
        };
        let reads =
            |counting: &CountingReads| counting.reads.swap(0, std::sync::atomic::Ordering::Relaxed);
        {
            let (rt, _) = open();
            to_submitted(&rt);
            rt.deliver_due(&Recorder::default(), Utc::now()).unwrap();
            // Forty people who only chose a language, one with a form begun.
            for n in 0..40 {
                let start = Incoming::Text("/start en".into());
                rt.handle(update_from(&format!("10{n}"), "s", start))
                    .unwrap();
            }
            begin_register_form(&rt, "7", "Draftname");
        }
        let (rt, counting) = open();
        reads(&counting);
        assert_eq!(rt.sweep_retention(Utc::now()).unwrap(), 0);
        assert_eq!(reads(&counting), 0, "nothing can be due yet: nothing read");
        let later = Utc::now() + chrono::Duration::days(31);
        // The request, the drafter's form and the answers the submitter's session keeps
        // for a next request — not the forty.
        assert_eq!(rt.sweep_retention(later).unwrap(), 3);
        // The request, the two sessions that had forms (one now keeping answers for a next
        // request), their keys and their re-sealing: a handful, where a full scan reads all
        // 42 sessions and the request.
        let read = reads(&counting);
        assert!((1..=8).contains(&read), "{read} sessions and requests read");
        // Handled entries of past days are dropped: the next sweep reads nothing.
        assert_eq!(rt.sweep_retention(later).unwrap(), 0);
        assert_eq!(reads(&counting), 0);
        drop((rt, counting));

        // A store written before the index: its entries and marker removed, it is indexed
        // when opened, and the sweep still finds the form.
        let (rt, _) = open();
        let drafter = UserId::new("telegram", "8");
        begin_register_form(&rt, "8", "Zweitname");
        let backend = crate::conformance::backend_of(rt.store());
        let meta = crate::store::backend::Table::Meta;
        let due: Vec<Vec<u8>> = backend
            .scan_prefix(meta, b"due/")
            .map(|entry| entry.unwrap().0)
            .collect();
        assert_eq!(due.len(), 1, "one entry: the new form's day");
        for key in due
            .iter()
            .map(Vec::as_slice)
            .chain([&b"record_indexes_built"[..]])
        {
            backend.remove(meta, key).unwrap();
        }
        drop((rt, backend));
        let (rt, counting) = open();
        reads(&counting);
        assert_eq!(rt.sweep_retention(later).unwrap(), 1);
        assert!(
            rt.store()
                .session(&drafter)
                .unwrap()
                .unwrap()
                .drafts
                .is_empty()
        );
    }

    /// On sled the bot takes the counts the start-up check left and keeps them in memory
    /// (a scrape reads no index page); they follow choices, changes and erasure as the index
    /// does, and counts left by an earlier start are never taken twice.
    #[test]
    fn conversations_gauge_kept_in_memory_after_the_start_up_check() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let rt = runtime(dir.path());
        let say = |rt: &Runtime, who: &str, id: &str, incoming: Incoming| {
            rt.handle(update_from(who, id, incoming)).unwrap();
        };
        say(&rt, "1", "1a", Incoming::Text("/start en".into()));
        say(&rt, "2", "2a", Incoming::Text("/start en".into()));
        say(&rt, "3", "3a", Incoming::Text("/start".into()));
        // What `kompass check-sled-store` does before the bot opens the store.
        rt.store().leave_language_counts().unwrap();
        drop(rt);
        let store = Store::open_sled_checked_elsewhere(&db, 8 << 20).unwrap();
        let backend = crate::conformance::backend_of(&store);
        let meta = crate::store::backend::Table::Meta;
        assert_eq!(backend.get(meta, b"language_counts").unwrap(), None);
        let rt = runtime_on(store, 20 << 20);
        let counts = |pairs: &[(&str, u64)]| -> std::collections::BTreeMap<String, u64> {
            pairs.iter().map(|(l, n)| (l.to_string(), *n)).collect()
        };
        assert_eq!(
            rt.store().sessions_by_language().unwrap(),
            counts(&[("en", 2), ("none", 1)])
        );
        say(&rt, "3", "3b", Incoming::Text("/start ar".into()));
        say(&rt, "4", "4a", Incoming::Text("/start uk".into()));
        say(&rt, "2", "2b", Incoming::Text("/delete".into()));
        say(&rt, "2", "2c", Incoming::Button("del:yes".into()));
        say(&rt, "1", "1b", Incoming::Text("/start en".into()));
        let expected = counts(&[("ar", 1), ("en", 1), ("uk", 1)]);
        let indexed = backend
            .scan_prefix(meta, b"language/")
            .map(|entry| String::from_utf8(entry.unwrap().1).unwrap())
            .fold(std::collections::BTreeMap::new(), |mut counts, language| {
                *counts.entry(language).or_default() += 1;
                counts
            });
        assert_eq!(indexed, expected);
        // From memory, not from the index: an entry written behind its back is not counted.
        backend.insert(meta, b"language/stray", b"tr").unwrap();
        assert_eq!(rt.store().sessions_by_language().unwrap(), expected);
        drop((rt, backend));
        // The next start without a check reads the index again.
        let store = Store::open_sled_checked_elsewhere(&db, 8 << 20).unwrap();
        let mut with_stray = expected.clone();
        with_stray.insert("tr".into(), 1);
        assert_eq!(store.sessions_by_language().unwrap(), with_stray);
    }

    /// The conversations gauge comes from the language index, which follows choices,
    /// changes and erasure, and is rebuilt for a store without it.
    #[test]
    fn conversations_gauge_follows_the_stored_languages() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let say = |who: &str, id: &str, incoming: Incoming| {
            rt.handle(update_from(who, id, incoming)).unwrap();
        };
        for who in ["1", "2", "3"] {
            say(who, &format!("{who}a"), Incoming::Text("/start en".into()));
        }
        say("4", "4a", Incoming::Text("/start".into()));
        say("2", "2b", Incoming::Text("/start ar".into()));
        say("3", "3b", Incoming::Text("/delete".into()));
        say("3", "3c", Incoming::Button("del:yes".into()));
        let expected: std::collections::BTreeMap<String, u64> = [("ar", 1), ("en", 1), ("none", 1)]
            .map(|(language, n)| (language.to_string(), n))
            .into();
        // What the sessions themselves say.
        let from_sessions: std::collections::BTreeMap<String, u64> = ["1", "2", "3", "4"]
            .iter()
            .filter_map(|who| rt.store().session(&UserId::new("telegram", *who)).unwrap())
            .fold(std::collections::BTreeMap::new(), |mut counts, session| {
                *counts
                    .entry(session.language.unwrap_or_else(|| "none".into()))
                    .or_default() += 1;
                counts
            });
        assert_eq!(from_sessions, expected);
        assert_eq!(rt.store().sessions_by_language().unwrap(), expected);
        let text = rt.metrics_text().unwrap();
        assert!(
            text.contains("kompass_conversations{language=\"en\"} 1"),
            "{text}"
        );
        // A store of an earlier version: indexed when opened.
        let backend = crate::conformance::backend_of(rt.store());
        let meta = crate::store::backend::Table::Meta;
        let indexed: Vec<Vec<u8>> = backend
            .scan_prefix(meta, b"language/")
            .map(|entry| entry.unwrap().0)
            .collect();
        assert_eq!(indexed.len(), 3);
        for key in indexed
            .iter()
            .map(Vec::as_slice)
            .chain([&b"record_indexes_built"[..]])
        {
            backend.remove(meta, key).unwrap();
        }
        drop((rt, backend));
        let rt = runtime(dir.path());
        assert_eq!(rt.store().sessions_by_language().unwrap(), expected);
    }

    /// After `give_up_after` without success the newcomer is told, in their language, to
    /// contact the office, and `/status` says it could not be sent.
    #[test]
    fn gives_up_after_the_configured_time() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        to_submitted(&rt);
        let user = UserId::new("telegram", "42");
        let reference = first_reference(&rt);
        let refusing = Recorder::default();
        refusing.refuse.lock().unwrap().push(reference.clone());
        assert_eq!(rt.deliver_due(&refusing, Utc::now()).unwrap().1.retried, 1);
        let (notices, report) = rt
            .deliver_due(&refusing, Utc::now() + chrono::Duration::hours(2))
            .unwrap();
        assert_eq!(report.failed, 1);
        let expected = rt.engine().content().locales.text(
            "en",
            "request-failed",
            &[
                ("reference", reference.as_str().into()),
                (
                    "institution",
                    rt.engine()
                        .content()
                        .locales
                        .text("en", "inst-buergerbuero", &[])
                        .into(),
                ),
            ],
        );
        assert_eq!(
            notices[0].message.text,
            format!(
                "{expected}\n\n📧 buergerbuero@kalletal.example.org\n📍 Rathaus Kalletal, Rintelner Straße 3, 32689 Kalletal-Hohenhausen"
            )
        );
        assert_eq!(rt.store().outbox_len(), 0);
        assert_eq!(
            rt.store().session(&user).unwrap().unwrap().requests[0].status,
            DeliveryStatus::Failed
        );
    }

    /// Counselling → "write to a person" → a first message: a case with its thread root
    /// and the message queued. Opening the page alone opens nothing.
    fn open_contact(rt: &Runtime) -> String {
        rt.handle(update("c1", Incoming::Text("/start en".into())))
            .unwrap();
        rt.handle(update("c2", Incoming::Text("/start counselling".into())))
            .unwrap();
        let contact = content_option(rt, "counselling", "counselling-person");
        let outputs = rt.handle(update("c3", Incoming::Button(contact))).unwrap();
        assert!(
            !outputs.iter().any(|o| matches!(o, Output::OpenCase(_))),
            "no case before the newcomer writes"
        );
        assert!(rt.room_posts().unwrap().is_empty());
        let text = outputs.last().unwrap().message().unwrap().text.clone();
        assert!(text.contains(&rt.engine().content().locales.text(
            "en",
            "counselling-person-text",
            &[]
        )));
        let outputs = rt
            .handle(update("c3b", Incoming::Text("Hello, I need help".into())))
            .unwrap();
        outputs
            .iter()
            .find_map(|o| match o {
                Output::OpenCase(opening) => Some(opening.reference.clone()),
                _ => None,
            })
            .expect("a case is opened")
    }

    fn content_option(rt: &Runtime, node: &str, target: &str) -> String {
        let engine = rt.engine();
        let index = engine
            .content()
            .flow
            .node(node)
            .unwrap()
            .kind
            .options()
            .iter()
            .position(|o| o.goto == target)
            .unwrap();
        format!("go:{node}:{index}")
    }

    #[test]
    fn a_contact_opens_a_case_and_forwards_what_the_newcomer_writes() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let reference = open_contact(&rt);
        let posts = rt.room_posts().unwrap();
        assert_eq!(posts.len(), 2, "the root and the first message");
        assert_eq!(posts[0].what, PostWhat::Root);
        assert_eq!(posts[0].institution, "integrationsbuero");
        let case = rt.case(&reference).unwrap().unwrap();
        assert_eq!(case.kind, CaseKind::Contact);
        let root = rt.case_root(&case).unwrap();
        assert!(root.lines[0].contains(&reference), "{:?}", root.lines);

        // "1" is a message to the office here, not a button.
        let outputs = rt.handle(update("c4", Incoming::Text("1".into()))).unwrap();
        assert!(outputs.iter().any(
            |o| matches!(o, Output::Forward { what: Forwarded::Text { text, .. }, .. } if text == "1")
        ));
        rt.handle(update("c5", Incoming::File(photo()))).unwrap();
        let posts = rt.room_posts().unwrap();
        assert_eq!(posts.len(), 4);
        let PostWhat::Forwarded(Forwarded::File { id, .. }) = &posts[3].what else {
            panic!("{posts:?}")
        };
        assert!(
            rt.store().attachment(id).unwrap().is_some(),
            "the photo is kept for the room"
        );

        // Posted: the thread is known, the photo is gone from storage.
        let thread = crate::store::ThreadRef {
            room: "!room:x".into(),
            root: "$root".into(),
        };
        rt.room_post_done(&posts[0], Some(&thread)).unwrap();
        rt.room_post_done(&posts[3], None).unwrap();
        assert_eq!(
            rt.case_by_thread("!room:x", "$root")
                .unwrap()
                .unwrap()
                .reference,
            reference
        );
        assert!(rt.store().attachment(id).unwrap().is_none());

        // Opening the contact again keeps the same case.
        rt.handle(update("c6", Incoming::Text("/menu".into())))
            .unwrap();
        rt.handle(update("c7", Incoming::Text("/start counselling".into())))
            .unwrap();
        let contact = content_option(&rt, "counselling", "counselling-person");
        let outputs = rt.handle(update("c8", Incoming::Button(contact))).unwrap();
        assert!(!outputs.iter().any(|o| matches!(o, Output::OpenCase(_))));
        let outputs = rt
            .handle(update("c9", Incoming::Text("again".into())))
            .unwrap();
        assert!(!outputs.iter().any(|o| matches!(o, Output::OpenCase(_))));
        assert!(
            outputs
                .iter()
                .any(|o| matches!(o, Output::Forward { case, .. } if *case == reference))
        );
    }

    /// A voice message while talking is stored for the thread and deleted once posted;
    /// at a menu it is kept only while it is offered to a person, and goes with the offer;
    /// over the size limit it is refused, not stored.
    #[test]
    fn voice_messages_are_kept_for_the_thread_only() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let voice = |bytes: Vec<u8>| Incoming::Voice {
            bytes,
            mime: "audio/ogg".into(),
            duration_seconds: Some(2),
        };
        rt.handle(update("v0", Incoming::Text("/start en".into())))
            .unwrap();
        let step = rt
            .handle_step(update("v1", voice(b"OggS at a menu".to_vec())))
            .unwrap();
        assert!(step.upload_kept);
        let stored = || {
            rt.store()
                .backend()
                .scan_prefix(crate::store::backend::Table::Attachments, b"")
                .count()
        };
        assert_eq!(stored(), 1);
        rt.handle(update("v1b", Incoming::Text("/menu".into())))
            .unwrap();
        assert_eq!(stored(), 0, "dropped with the offer");
        let reference = open_contact(&rt);
        let step = rt
            .handle_step(update("v2", voice(b"OggS voice".to_vec())))
            .unwrap();
        assert!(step.upload_kept);
        let posts = rt.room_posts().unwrap();
        let PostWhat::Forwarded(Forwarded::Audio { id, .. }) = &posts.last().unwrap().what else {
            panic!("{posts:?}")
        };
        assert_eq!(posts.last().unwrap().reference, reference);
        assert_eq!(rt.store().attachment(id).unwrap().unwrap(), b"OggS voice");
        let thread = crate::store::ThreadRef {
            room: "!room:x".into(),
            root: "$root".into(),
        };
        rt.room_post_done(&posts[0], Some(&thread)).unwrap();
        rt.room_post_done(posts.last().unwrap(), None).unwrap();
        assert!(
            rt.store().attachment(id).unwrap().is_none(),
            "deleted once posted"
        );
        let too_large = vec![0u8; usize::try_from(Limits::default().max_bytes).unwrap() + 1];
        let step = rt.handle_step(update("v3", voice(too_large))).unwrap();
        assert!(!step.upload_kept);
        assert_eq!(rt.room_posts().unwrap().len(), posts.len() - 2);
    }

    /// A contact case opened and the newcomer back at the menu; the caseworkers' clock.
    fn contact_at_menu(rt: &Runtime) -> (String, chrono::NaiveDateTime) {
        let reference = open_contact(rt);
        rt.handle(update("c4", Incoming::Text("/menu".into())))
            .unwrap();
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        (reference, now)
    }

    #[test]
    fn caseworker_actions_reach_the_newcomer_once() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let (reference, now) = contact_at_menu(&rt);

        let outcome = rt
            .caseworker_action(
                "$e1",
                &reference,
                CaseworkerAction::Message("Bitte <b>kommen</b> Sie.".into()),
                now,
            )
            .unwrap();
        let CaseOutcome::Done {
            notice,
            reminder: None,
            ..
        } = outcome
        else {
            panic!("{outcome:?}")
        };
        assert!(notice.message.text.contains("Bitte <b>kommen</b> Sie."));
        assert_eq!(rt.pending_notices().unwrap().len(), 1);
        // A redelivered event does nothing.
        assert_eq!(
            rt.caseworker_action(
                "$e1",
                &reference,
                CaseworkerAction::Message("x".into()),
                now
            )
            .unwrap(),
            CaseOutcome::AlreadyDone
        );
        // The newcomer is back in the conversation: their answer goes to the thread.
        let outputs = rt
            .handle(update("c5", Incoming::Text("Danke".into())))
            .unwrap();
        assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));

        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let time = chrono::NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        let outcome = rt
            .caseworker_action(
                "$e2",
                &reference,
                CaseworkerAction::Appointment {
                    date,
                    time,
                    place: None,
                },
                now,
            )
            .unwrap();
        let CaseOutcome::Done {
            notice,
            reminder: Some(due),
            ..
        } = outcome
        else {
            panic!("{outcome:?}")
        };
        assert!(
            notice.message.text.contains("03.12.2026"),
            "{}",
            notice.message.text
        );
        assert!(notice.message.text.contains("09:30"));
        assert_eq!(due, date.pred_opt().unwrap().and_hms_opt(10, 0, 0).unwrap());
        assert!(rt.due_reminders(now).unwrap().is_empty());
        let reminders = rt.due_reminders(due).unwrap();
        assert_eq!(reminders.len(), 1);
        assert!(reminders[0].message.text.contains("03.12.2026"));
        assert!(rt.due_reminders(due).unwrap().is_empty(), "sent once");

        let outcome = rt
            .caseworker_action("$e3", &reference, CaseworkerAction::Close, now)
            .unwrap();
        assert!(matches!(outcome, CaseOutcome::Done { .. }));
        let session = rt
            .store()
            .session(&UserId::new("telegram", "42"))
            .unwrap()
            .unwrap();
        assert!(session.open_cases.is_empty());
        assert!(!matches!(
            session.state,
            crate::engine::State::Talking { .. }
        ));
        assert_eq!(
            rt.caseworker_action(
                "$e4",
                &reference,
                CaseworkerAction::Message("x".into()),
                now
            )
            .unwrap(),
            CaseOutcome::Closed
        );
    }

    /// `!vorlage`: the template reaches the newcomer in their language with the caseworker's
    /// values as plain data, once, and their answer goes back to the case.
    #[test]
    fn a_template_reaches_the_newcomer_in_their_language() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path());
        let (reference, now) = contact_at_menu(&rt);
        let engine = rt.engine();
        let locales = &engine.content().locales;
        let filled = crate::templates::fill(
            locales,
            r#"termin datum=24.12.2026 uhrzeit=10:30 ort="Rathaus <b>3</b> { $x }""#,
            now.date(),
        )
        .unwrap();
        let outcome = rt
            .caseworker_action(
                "$t1",
                &reference,
                CaseworkerAction::Template(filled.clone()),
                now,
            )
            .unwrap();
        let CaseOutcome::Done {
            notice, language, ..
        } = outcome
        else {
            panic!("{outcome:?}")
        };
        assert_eq!(language, "en");
        let text = crate::i18n::strip_bidi_marks(&notice.message.text);
        assert!(
            text.contains(
                "You have an appointment with us: on 24.12.2026 at 10:30. Place: Rathaus <b>3</b> { $x }."
            ),
            "{text}"
        );
        assert!(text.contains("Message from"), "framed like a reply: {text}");
        assert_eq!(
            filled.german(locales),
            "Sie haben einen Termin bei uns: am 24.12.2026 um 10:30. Ort: Rathaus <b>3</b> { $x }. Bitte kommen Sie pünktlich."
        );
        assert_eq!(
            rt.caseworker_action("$t1", &reference, CaseworkerAction::Template(filled), now)
                .unwrap(),
            CaseOutcome::AlreadyDone
        );
        let outputs = rt
            .handle(update("c5", Incoming::Text("Yes, I come".into())))
            .unwrap();
        assert!(outputs.iter().any(|o| matches!(o, Output::Forward { .. })));
    }

    #[test]
    fn without_rooms_a_contact_says_where_to_write() {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let content = Arc::new(Content::load(&root.join("flows"), &root.join("locales")).unwrap());
        let settings = Settings {
            mail_from: "Kompass <k@example.org>".parse().unwrap(),
            limits: Limits::default(),
            give_up_after: chrono::Duration::hours(1),
            max_email_bytes: 20 << 20,
            retention: chrono::Duration::days(30),
            rooms_available: false,
            time_zone: chrono_tz::Europe::Berlin,
            reply_mailbox: None,
        };
        let rt = Runtime::new(
            content,
            Store::open(&dir.path().join("db")).unwrap(),
            settings,
        );
        rt.handle(update("c1", Incoming::Text("/start en".into())))
            .unwrap();
        rt.handle(update("c2", Incoming::Text("/start counselling".into())))
            .unwrap();
        let contact = content_option(&rt, "counselling", "counselling-person");
        let outputs = rt.handle(update("c3", Incoming::Button(contact))).unwrap();
        let text = &outputs.last().unwrap().message().unwrap().text;
        assert!(text.contains("integration@kalletal.example.org"), "{text}");
        assert!(rt.room_posts().unwrap().is_empty());
    }
}
