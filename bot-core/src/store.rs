//! Durable state behind a [`Backend`] (sled by default, PostgreSQL in `kompass-postgres`):
//! sessions (each with the ids of the updates it handled last),
//! submitted requests, the email outbox, the ids of uploads (their bytes are files beside
//! the database), delivery notices not yet sent, and the inbox of updates received from a
//! messenger but not yet answered.
//!
//! A step's session change, its handled-update mark, new uploads and submitted requests are
//! written atomically (one insert when only the session changes, one transaction
//! otherwise), then flushed before the reply is shown: after a crash either all of a step
//! happened or none of it did, and a redelivered update is skipped. The latest mark keeps
//! the step's replies, so a crash between the step and the reply sends the reply after the
//! restart instead of losing it; adapters count the replies the messenger already accepted
//! in the update's inbox entry ([`Store::inbox_update`]), and send only the rest.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::engine::{DeliveryStatus, Message, OutgoingFile, Output, Session, UserId};
use crate::request::Request;

pub mod backend;
mod cases;
mod claims;
mod due;
mod erasure;
mod flusher;
mod keys;
mod mediation;
pub mod sled_backend;
pub use backend::{Backend, BackendError, Tx, TxError};
use backend::{Table, Tree, TxTree};
pub use cases::{
    Case, CaseEventWrite, CaseKind, EmailThread, NewContact, PostWhat, Reminder, RoomPost,
    ThreadRef,
};
pub use claims::EmailClaim;
pub use flusher::Commit;
use flusher::{Flusher, StopFlusher};
pub use keys::{KeyError, KeyId, KeyRing, Opened};
pub use mediation::{
    Held, Item, ItemWhat, Mediation, MediationWrite, MediatorPost, MediatorWhat, PassedTo,
};
pub use sled_backend::SledBackend;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("opening storage in {path}: {source}")]
    Open { path: PathBuf, source: BackendError },
    #[error("storage: {0}")]
    Backend(#[from] BackendError),
    #[error("uploaded file {path}: {source}")]
    Upload {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("erasure keys: {0}")]
    Keys(#[from] KeyError),
    #[error("stored {what} `{key}` cannot be read (written by another version?): {source}")]
    Corrupt {
        what: &'static str,
        key: String,
        source: serde_json::Error,
    },
    /// Another instance took over sending (`claims` module): this one must stop.
    #[error(
        "another instance (number {active}) took over; this one (number {ours}) must not write"
    )]
    Superseded { active: u64, ours: u64 },
}

impl From<TxError> for StoreError {
    fn from(error: TxError) -> Self {
        match error {
            TxError::Abort(error) => *error,
            TxError::Storage(error) => Self::Backend(error),
            // Backends run the body again on a conflict; one that gives up says so.
            TxError::Conflict => Self::Backend(BackendError::new("transaction conflict")),
        }
    }
}

/// A request as stored: its state, and its personal data until erased.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredRequest {
    pub reference: String,
    pub institution: String,
    pub submitted_at: DateTime<Utc>,
    pub status: DeliveryStatus,
    pub delivered_at: Option<DateTime<Utc>>,
    /// `None` once erased (by `/delete` or after the retention period).
    pub request: Option<Request>,
}

/// A message for someone that is not a reply to their last update (e.g. "your request was
/// sent", a caseworker's answer), with files for them if any. Kept in storage until its
/// messenger accepted it; adapters route it by `user.channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: String,
    pub user: UserId,
    pub message: Message,
    pub files: Vec<OutgoingFile>,
}

/// A notice as stored (its id is the key).
#[derive(Serialize)]
struct NoticeValue<'a> {
    user: &'a UserId,
    message: &'a Message,
    #[serde(skip_serializing_if = "<[OutgoingFile]>::is_empty")]
    files: &'a [OutgoingFile],
}

/// A stored notice: versions before files were sent stored `[user, message]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum StoredNotice {
    Current {
        user: UserId,
        message: Message,
        #[serde(default)]
        files: Vec<OutgoingFile>,
    },
    Before(UserId, Message),
}

impl Notice {
    fn value(&self) -> NoticeValue<'_> {
        NoticeValue {
            user: &self.user,
            message: &self.message,
            files: &self.files,
        }
    }
}

/// A queued email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub reference: String,
    /// Emails to one office go out in the order they were confirmed.
    #[serde(default)]
    pub institution: String,
    /// Parts of a split request already accepted by the server.
    #[serde(default)]
    pub parts_sent: usize,
    pub attempts: u32,
    pub next_attempt: DateTime<Utc>,
    pub first_queued: DateTime<Utc>,
    /// Who is sending it, until when (`claims` module).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<EmailClaim>,
}

/// Everything one step changes.
#[derive(Debug, Default)]
pub struct StepWrite<'a> {
    /// The session after the step; `None` deletes it.
    pub session: Option<&'a Session>,
    /// The update this step handled, and its replies (kept until the person's next step).
    pub handled: Option<(&'a str, &'a [StoredReply])>,
    /// The person's marks as read with the session (see [`Store::session_and_marks`]).
    pub marks: &'a [Mark],
    pub new_attachments: Vec<(String, Vec<u8>)>,
    pub dropped_attachments: Vec<String>,
    pub submitted: Vec<Request>,
    /// Cases opened by this step (a request to an institution with a room, a contact).
    pub opened_cases: Vec<Case>,
    /// Posts for caseworker rooms (made with [`Store::room_post`]).
    pub room_posts: Vec<RoomPost>,
    /// Cases the language mediators help with from now on, and posts for their rooms.
    pub mediations: Vec<Mediation>,
    pub mediator_posts: Vec<MediatorPost>,
    /// Erase everything about this user (`/delete`).
    pub erase: bool,
}

/// A reply kept with the latest handled-update mark, to be sent again if a crash came
/// between the step and the reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredReply {
    pub message: Message,
    /// The message asks for an upload (adapters may show an upload hint).
    #[serde(default)]
    pub upload: bool,
}

/// The value of a handled-update mark. Marks written before replies were kept hold only
/// the timestamp; they read as a mark without replies.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct HandledMark {
    at: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    replies: Vec<StoredReply>,
}

impl StoredReply {
    /// The reply kept for a message output; `None` for outputs that are not messages.
    pub fn from_output(output: &Output) -> Option<Self> {
        match output {
            Output::Say(message) => Some(Self {
                message: message.clone(),
                upload: false,
            }),
            Output::AskUpload(message) => Some(Self {
                message: message.clone(),
                upload: true,
            }),
            Output::Submit(_)
            | Output::EraseUserData
            | Output::OpenCase(_)
            | Output::Forward { .. } => None,
        }
    }

    pub fn into_output(self) -> Output {
        if self.upload {
            Output::AskUpload(self.message)
        } else {
            Output::Say(self.message)
        }
    }
}

/// An update a person's conversation has handled, kept in their session record so that
/// the step and its mark are one write. Only the latest keeps its replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub id: String,
    pub at: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<StoredReply>,
}

/// How many handled-update ids a session record remembers (Telegram redelivers only the
/// few updates whose confirmation a crash lost).
const MARKS_KEPT: usize = 32;

/// The stored value of a session: the engine's session and the person's marks. Sessions
/// written before marks moved here are plain `Session` JSON; they read with no marks.
#[derive(Debug, Serialize, Deserialize)]
struct SessionRecord<S> {
    s: S,
    #[serde(default)]
    m: Vec<Mark>,
}

/// A session record read for its marks' ids only: the session and the rest of each mark
/// are skipped by the parser, not built.
#[derive(Deserialize)]
struct MarkIds {
    #[serde(rename = "s")]
    _session: serde::de::IgnoredAny,
    #[serde(default)]
    m: Vec<MarkId>,
}

#[derive(Deserialize)]
struct MarkId {
    id: String,
}

fn encode_record(session: &Session, marks: &[Mark]) -> Vec<u8> {
    encode(&SessionRecord {
        s: session,
        m: marks.to_vec(),
    })
}

fn decode_record(key: &[u8], bytes: &[u8]) -> Result<(Session, Vec<Mark>), StoreError> {
    if bytes.starts_with(br#"{"s":"#) {
        let record: SessionRecord<Session> = decode("session", key, bytes)?;
        Ok((record.s, record.m))
    } else {
        Ok((decode("session", key, bytes)?, Vec::new()))
    }
}

fn decode_mark(bytes: &[u8]) -> HandledMark {
    serde_json::from_slice(bytes).unwrap_or_else(|_| HandledMark {
        at: serde_json::from_slice(bytes).unwrap_or(0),
        replies: Vec::new(),
    })
}

/// The tables of a [`Backend`], one per kind of record, with the sealing and erasure rules.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Arc<dyn Backend>,
    sessions: Tree,
    handled: Tree,
    requests: Tree,
    outbox: Tree,
    /// Which uploads exist; their bytes are files in `uploads` (an empty value), or, when
    /// written by versions before 0.2, the value itself.
    attachments: Tree,
    /// Uploaded files, one per attachment id. sled keeps recently written values in memory
    /// well beyond its cache setting: photos there cost ~200 KB of RSS per busy conversation.
    uploads: PathBuf,
    meta: Tree,
    inbox: Tree,
    /// Messages for newcomers about their requests (sent, given up), until sent.
    notices: Tree,
    /// Conversations with caseworkers by reference; `threads` finds one by its thread.
    cases: Tree,
    threads: Tree,
    /// Posts for caseworker rooms, in order, until the room has them.
    room_posts: Tree,
    /// Appointment reminders by due time.
    reminders: Tree,
    /// Caseworker events already acted on.
    case_events: Tree,
    /// How to reach a person outside a reply (a Matrix user's direct chat), by user key.
    routes: Tree,
    /// Cases the language mediators help with, and the queue of posts for their rooms
    /// (both sealed with the case's key: `store/mediation.rs`).
    mediations: Tree,
    mediator_posts: Tree,
    flusher: std::sync::Arc<StopFlusher>,
    /// The keys that seal personal data (see the `keys` module).
    keys: std::sync::Arc<KeyRing>,
    /// The key sealing the short-lived queues (inbox, notices, room posts). Writers of
    /// sealed values hold it for reading while they write; erasure holds it for writing,
    /// so no value is sealed with a key that is being replaced or destroyed.
    transient: std::sync::Arc<std::sync::RwLock<KeyId>>,
    /// Which retention-index entries this process already wrote (`store/due.rs`).
    due_noted: Arc<due::Noted>,
    /// This store's sender number once it took over (`claims` module); 0 before.
    owner: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

type TransientGuard<'a> = std::sync::RwLockReadGuard<'a, KeyId>;

const SEQUENCE_KEY: &[u8] = b"reference_sequence";
/// sled's page cache unless the configuration says otherwise (`[storage] sled_cache_mb`).
pub const DEFAULT_SLED_CACHE_BYTES: u64 = 8 * 1024 * 1024;

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("plain data always serialises")
}

fn decode<T: DeserializeOwned>(
    what: &'static str,
    key: &[u8],
    bytes: &[u8],
) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Corrupt {
        what,
        key: String::from_utf8_lossy(key).into_owned(),
        source,
    })
}

type TxResult<T> = Result<T, TxError>;

impl Store {
    /// The backend under the store (for the conformance suite's lower-level checks).
    #[cfg(any(test, feature = "conformance"))]
    pub(crate) fn backend(&self) -> &Arc<dyn Backend> {
        &self.backend
    }

    /// Whether a stored value is sealed with a key that still exists.
    #[cfg(any(test, feature = "conformance"))]
    pub(crate) fn can_open(&self, bytes: &[u8]) -> bool {
        KeyId::of_sealed(bytes).is_some()
            && self
                .keys
                .open_value(bytes)
                .is_ok_and(|opened| opened.into_plain().is_some())
    }

    /// Opens the sled store in `dir` with the default page cache.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_sled(dir, DEFAULT_SLED_CACHE_BYTES)
    }

    /// Opens the sled store in `dir` with a page cache of `cache_bytes`, after the start-up
    /// checks ([`Store::open_with`]).
    pub fn open_sled(dir: &Path, cache_bytes: u64) -> Result<Self, StoreError> {
        Self::open_with(dir, Self::sled_backend(dir, cache_bytes)?)
    }

    /// Opens the sled store in `dir` without the start-up checks that read every record:
    /// only right after [`Store::open_sled`] ran on it in another process (which `kompass
    /// run` does in a short-lived child). sled keeps every page it has read in memory for
    /// as long as it is open, whatever its cache size, so the checks' full scans would
    /// otherwise stay in the bot's memory (about 250 MB with 100,000 conversations).
    pub fn open_sled_checked_elsewhere(dir: &Path, cache_bytes: u64) -> Result<Self, StoreError> {
        Self::open_inner(dir, Self::sled_backend(dir, cache_bytes)?, false)
    }

    fn sled_backend(dir: &Path, cache_bytes: u64) -> Result<Arc<dyn Backend>, StoreError> {
        let backend = SledBackend::open(dir, cache_bytes).map_err(|source| StoreError::Open {
            path: dir.to_path_buf(),
            source: source.into(),
        })?;
        Ok(Arc::new(backend))
    }

    /// Opens the store on `backend`; `dir` holds what stays files whatever the backend:
    /// the erasure keys (`keys/`) and the uploads (`uploads/`). The start-up checks run
    /// first: records of older versions are sealed and indexed, keys a crash left unused
    /// are destroyed, upload files nothing refers to are removed.
    pub fn open_with(dir: &Path, backend: Arc<dyn Backend>) -> Result<Self, StoreError> {
        Self::open_inner(dir, backend, true)
    }

    fn open_inner(
        dir: &Path,
        backend: Arc<dyn Backend>,
        start_checks: bool,
    ) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Upload {
            path: dir.to_path_buf(),
            source,
        })?;
        let tree = |table: Table| Tree::new(backend.clone(), table);
        let flusher = Flusher::start(backend.clone());
        let uploads = dir.join("uploads");
        std::fs::create_dir_all(&uploads).map_err(|source| StoreError::Upload {
            path: uploads.clone(),
            source,
        })?;
        let keys = KeyRing::open(&dir.join("keys"), backend.sole_user())?;
        let meta = tree(Table::Meta);
        let transient = Self::load_transient(&meta, &keys)?;
        let store = Self {
            uploads,
            keys: std::sync::Arc::new(keys),
            transient: std::sync::Arc::new(std::sync::RwLock::new(transient)),
            flusher: std::sync::Arc::new(flusher),
            sessions: tree(Table::Sessions),
            handled: tree(Table::Handled),
            requests: tree(Table::Requests),
            outbox: tree(Table::Outbox),
            attachments: tree(Table::Attachments),
            meta,
            inbox: tree(Table::Inbox),
            notices: tree(Table::Notices),
            cases: tree(Table::Cases),
            threads: tree(Table::Threads),
            room_posts: tree(Table::RoomPosts),
            reminders: tree(Table::Reminders),
            case_events: tree(Table::CaseEvents),
            routes: tree(Table::Routes),
            mediations: tree(Table::Mediations),
            mediator_posts: tree(Table::MediatorPosts),
            owner: std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0)),
            backend,
            due_noted: Arc::default(),
        };
        if start_checks {
            store.start_checks()?;
        } else {
            store.take_language_counts()?;
        }
        // Files of steps that never committed, or of erased uploads a crash kept.
        store.sweep_uploads()?;
        Ok(store)
    }

    /// What opening checks, reading every record: see [`Store::open_with`].
    fn start_checks(&self) -> Result<(), StoreError> {
        let migrated = self.seal_plain_records()?;
        if migrated > 0 {
            tracing::info!(migrated, "records of an older version sealed");
        }
        let indexed = self.build_due_index()?;
        if indexed > 0 {
            tracing::info!(
                indexed,
                "forms and requests of an older version indexed for the retention sweep"
            );
        }
        // Keys of steps that never committed, or of erasures a crash interrupted.
        let destroyed = self.sweep_keys()?;
        if destroyed > 0 {
            tracing::info!(destroyed, "unused erasure keys destroyed");
        }
        Ok(())
    }

    /// Writes everything to disk; called before a reply is shown.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.backend.flush()?;
        Ok(())
    }

    /// Runs `body` as one transaction over `tables` (again after a conflict); returns what
    /// the run that committed returned.
    pub(crate) fn transaction<T>(
        &self,
        tables: &[Table],
        mut body: impl FnMut(&dyn Tx) -> TxResult<T>,
    ) -> Result<T, StoreError> {
        let mut out = None;
        self.backend.transaction(tables, &mut |tx| {
            out = Some(body(tx)?);
            Ok(())
        })?;
        out.ok_or_else(|| BackendError::new("a transaction committed without its body").into())
    }

    /// Makes every write this thread completed durable (shared with concurrent writers:
    /// group commit on the flusher thread).
    pub fn commit(&self) -> Result<(), StoreError> {
        self.wait_durable(self.register(false));
        Ok(())
    }

    /// Registers the writes this thread completed for the next flush; with `sync`, that
    /// flush also syncs the data file through the disk cache (a confirmed request).
    pub fn register(&self, sync: bool) -> Commit {
        self.flusher.flusher.register(sync)
    }

    /// Blocks until `commit` is durable.
    pub fn wait_durable(&self, commit: Commit) {
        self.flusher.flusher.wait(commit);
    }

    /// Waits, without blocking a thread, until `commit` is durable.
    pub async fn durable(&self, commit: Commit) {
        self.flusher.flusher.wait_async(commit).await;
    }

    pub fn session(&self, user: &UserId) -> Result<Option<Session>, StoreError> {
        Ok(self.session_and_marks(user)?.map(|(session, _)| session))
    }

    /// The session and the marks of the updates it handled last.
    pub fn session_and_marks(
        &self,
        user: &UserId,
    ) -> Result<Option<(Session, Vec<Mark>)>, StoreError> {
        match self.keys.person(&user.key())? {
            Some(pid) => self.session_at(&pid),
            None => Ok(None),
        }
    }

    /// The session stored under a person id; `None` if there is none or it was erased.
    fn session_at(&self, pid: &str) -> Result<Option<(Session, Vec<Mark>)>, StoreError> {
        let Some(bytes) = self.sessions.get(pid.as_bytes())? else {
            return Ok(None);
        };
        match self.keys.open_value(&bytes)?.into_plain() {
            Some(plain) => decode_record(pid.as_bytes(), &plain).map(Some),
            None => Ok(None),
        }
    }

    pub fn session_count(&self) -> usize {
        count(&self.sessions)
    }

    /// The mark of `update` among `marks`, or in the `handled` tree where versions before
    /// 0.2 put marks.
    pub fn find_mark(&self, marks: &[Mark], update: &str) -> Result<Option<Mark>, StoreError> {
        if let Some(mark) = marks.iter().find(|mark| mark.id == update) {
            return Ok(Some(mark.clone()));
        }
        Ok(self.handled.get(update.as_bytes())?.map(|bytes| {
            let old = decode_mark(&bytes);
            Mark {
                id: update.to_string(),
                at: old.at,
                replies: old.replies,
            }
        }))
    }

    /// Whether `update` was handled already. Every update arriving asks this before the
    /// step reads the session again, so it reads only the marks' ids: building the whole
    /// session here was 3 % of the bot's CPU on Telegram.
    pub fn is_handled(&self, user: &UserId, update: &str) -> Result<bool, StoreError> {
        if let Some(pid) = self.keys.person(&user.key())?
            && let Some(bytes) = self.sessions.get(pid.as_bytes())?
            && let Some(plain) = self.keys.open_value(&bytes)?.into_plain()
            && plain.starts_with(br#"{"s":"#)
        {
            let record: MarkIds = decode("session", pid.as_bytes(), &plain)?;
            if record.m.iter().any(|mark| mark.id == update) {
                return Ok(true);
            }
        }
        Ok(self.find_mark(&[], update)?.is_some())
    }

    /// Drops handled-update marks older than `cutoff` (messengers do not redeliver after a
    /// day). Returns how many were dropped.
    pub fn prune_handled_before(&self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut dropped = 0;
        for item in self.handled.iter() {
            let (key, value) = item?;
            if decode_mark(&value).at < cutoff.timestamp() {
                self.handled.remove(&key)?;
                dropped += 1;
            }
        }
        Ok(dropped)
    }

    /// Stores updates just received from a messenger, before the messenger is told they
    /// arrived; skips those already in the inbox or already handled. Flushed before it
    /// returns. Returns, for each update, whether it is new.
    pub fn inbox_accept(
        &self,
        updates: &[(String, UserId, Vec<u8>)],
    ) -> Result<Vec<bool>, StoreError> {
        let mut fresh = Vec::with_capacity(updates.len());
        let transient = self.transient();
        for (id, user, payload) in updates {
            let new = !self.is_handled(user, id)?
                && self
                    .inbox
                    .insert_new(id.as_bytes(), self.keys.seal(&transient, payload)?)?;
            fresh.push(new);
        }
        drop(transient);
        if fresh.iter().any(|new| *new) {
            self.commit()?;
        }
        Ok(fresh)
    }

    /// Updates received but not yet answered, in key order (oldest first for keys that sort
    /// by time).
    pub fn inbox(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let mut updates = Vec::new();
        for item in self.inbox.iter() {
            let (key, value) = item?;
            // An entry sealed with a destroyed key cannot happen (the key is replaced with
            // the entries sealed anew); if it did, the update is unreadable either way.
            if let Some(payload) = self.keys.open_value(&value)?.into_plain() {
                updates.push((String::from_utf8_lossy(&key).into_owned(), payload));
            }
        }
        Ok(updates)
    }

    /// Notices not yet sent.
    pub fn pending_notices(&self) -> Result<Vec<Notice>, StoreError> {
        let mut notices = Vec::new();
        for item in self.notices.iter() {
            let (key, value) = item?;
            let id = String::from_utf8_lossy(&key).into_owned();
            let notice = match self.open_json::<StoredNotice>("notice", &key, &value)? {
                Some(StoredNotice::Current {
                    user,
                    message,
                    files,
                }) => Notice {
                    id,
                    user,
                    message,
                    files,
                },
                Some(StoredNotice::Before(user, message)) => Notice {
                    id,
                    user,
                    message,
                    files: Vec::new(),
                },
                None => continue,
            };
            notices.push(notice);
        }
        Ok(notices)
    }

    /// A notice was sent; the removal goes out with the next shared flush.
    pub fn notice_sent(&self, id: &str) -> Result<(), StoreError> {
        self.notices.remove(id.as_bytes())?;
        let _ = self.register(false);
        Ok(())
    }

    /// An inbox update was handled and its replies sent. Not flushed: after a crash that
    /// loses this, the update's kept replies not yet recorded as sent are sent again.
    pub fn inbox_done(&self, id: &str) -> Result<(), StoreError> {
        self.inbox.remove(id.as_bytes())?;
        Ok(())
    }

    /// Replaces the stored payload of an update still in the inbox: adapters record there
    /// how many of its replies the messenger has accepted, so that a restart sends only the
    /// rest. An update no longer in the inbox stays gone. Not flushed: it goes with the next
    /// shared flush ([`Store::register`]).
    pub fn inbox_update(&self, id: &str, payload: &[u8]) -> Result<(), StoreError> {
        let transient = self.transient();
        let sealed = self.keys.seal(&transient, payload)?;
        self.inbox
            .update(id.as_bytes(), |old| old.map(|_| sealed.clone()))?;
        Ok(())
    }

    /// A messenger's position in its event stream (Matrix's sync token) up to which every
    /// event is in the inbox or handled; kept here because the messenger's own store may
    /// be ahead of it after a crash.
    pub fn channel_position(&self, channel: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .meta
            .get(format!("position:{channel}").as_bytes())?
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
    }

    /// Records a position (flushed) once every event before it is in the inbox.
    pub fn set_channel_position(&self, channel: &str, position: &str) -> Result<(), StoreError> {
        self.meta.insert(
            format!("position:{channel}").as_bytes(),
            position.as_bytes(),
        )?;
        self.flush()
    }

    /// The next reference sequence number; never the same twice (gaps after a crash are
    /// fine, repeats are not).
    pub fn next_sequence(&self) -> Result<u64, StoreError> {
        let value = self.meta.update(SEQUENCE_KEY, |old| {
            let current = old
                .and_then(|b| b.try_into().ok())
                .map_or(0, u64::from_be_bytes);
            Some((current + 1).to_be_bytes().to_vec())
        })?;
        Ok(value
            .and_then(|b| b.as_slice().try_into().ok())
            .map_or(1, u64::from_be_bytes))
    }

    /// Remembers where to reach `user` (e.g. the room of their direct chat); written with
    /// the next flush.
    pub fn set_route(&self, user: &UserId, route: &str) -> Result<(), StoreError> {
        if self.route(user)?.as_deref() == Some(route) {
            return Ok(());
        }
        let _writing = self.transient();
        let pid = self.keys.person_or_new(&user.key())?;
        let key = self.person_key(&pid)?;
        self.routes
            .insert(pid.as_bytes(), self.keys.seal(&key, route.as_bytes())?)?;
        Ok(())
    }

    pub fn route(&self, user: &UserId) -> Result<Option<String>, StoreError> {
        let Some(pid) = self.keys.person(&user.key())? else {
            return Ok(None);
        };
        let Some(bytes) = self.routes.get(pid.as_bytes())? else {
            return Ok(None);
        };
        Ok(self
            .keys
            .open_value(&bytes)?
            .into_plain()
            .map(|plain| String::from_utf8_lossy(&plain).into_owned()))
    }

    /// A post for a caseworker room, to be written with a step.
    pub fn room_post(
        &self,
        reference: &str,
        institution: &str,
        what: PostWhat,
    ) -> Result<RoomPost, StoreError> {
        self.new_post(reference, institution, what)
    }

    /// A fresh id for an upload.
    pub fn new_id(&self) -> Result<String, StoreError> {
        Ok(format!("{:016x}", self.backend.generate_id()?))
    }

    pub fn attachment(&self, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let Some(stored) = self.attachments.get(id.as_bytes())? else {
            return Ok(None);
        };
        if !stored.is_empty() {
            return Ok(Some(stored));
        }
        let path = self.uploads.join(id);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StoreError::Upload { path, source }),
        }
    }

    /// Writes an upload's file durably (before the step that refers to it commits).
    fn save_upload(&self, id: &str, bytes: &[u8]) -> Result<(), StoreError> {
        use std::io::Write;
        let path = self.uploads.join(id);
        let temporary = self.uploads.join(format!("{id}.tmp"));
        let error = |source| StoreError::Upload {
            path: path.clone(),
            source,
        };
        let mut file = std::fs::File::create(&temporary).map_err(error)?;
        file.write_all(bytes).map_err(error)?;
        file.sync_data().map_err(error)?;
        std::fs::rename(&temporary, &path).map_err(error)?;
        std::fs::File::open(&self.uploads)
            .and_then(|dir| dir.sync_all())
            .map_err(error)
    }

    /// Removes upload files that no attachment entry refers to. Returns how many.
    pub fn sweep_uploads(&self) -> Result<usize, StoreError> {
        let error = |source| StoreError::Upload {
            path: self.uploads.clone(),
            source,
        };
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.uploads).map_err(error)? {
            let entry = entry.map_err(error)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".tmp") || !self.attachments.contains_key(name.as_bytes())? {
                std::fs::remove_file(entry.path()).map_err(error)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn remove_upload_files(&self, ids: &[String]) {
        for id in ids {
            if let Err(error) = std::fs::remove_file(self.uploads.join(id))
                && error.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(%error, "an erased upload's file could not be removed");
            }
        }
    }

    pub fn request(&self, reference: &str) -> Result<Option<StoredRequest>, StoreError> {
        match self.requests.get(reference.as_bytes())? {
            Some(bytes) => self.open_json("request", reference.as_bytes(), &bytes),
            None => Ok(None),
        }
    }

    /// Writes one step atomically (see the module docs).
    pub fn write_step(&self, user: &UserId, write: &StepWrite<'_>) -> Result<(), StoreError> {
        let user_key = user.key();
        let now = Utc::now();
        // Earlier marks lose their replies (sent by now, or superseded by this step's).
        let mut marks: Vec<Mark> = write
            .marks
            .iter()
            .map(|mark| Mark {
                replies: Vec::new(),
                ..mark.clone()
            })
            .collect();
        if let Some((update, replies)) = write.handled {
            marks.push(Mark {
                id: update.to_string(),
                at: now.timestamp(),
                replies: replies.to_vec(),
            });
        }
        if marks.len() > MARKS_KEPT {
            marks.drain(..marks.len() - MARKS_KEPT);
        }
        let transient = self.transient();
        let pid = match (write.erase, write.session) {
            (false, Some(_)) => Some(self.keys.person_or_new(&user_key)?),
            _ => self.keys.person(&user_key)?,
        };
        if !write.erase
            && let (Some(session), Some(pid)) = (write.session, &pid)
        {
            self.note_draft_days(pid, session)?;
            self.note_language(pid, session)?;
        }
        if !write.erase
            && write.new_attachments.is_empty()
            && write.dropped_attachments.is_empty()
            && write.submitted.is_empty()
            && write.opened_cases.is_empty()
            && write.room_posts.is_empty()
            && write.mediations.is_empty()
            && write.mediator_posts.is_empty()
            && let Some(session) = write.session
            && let Some(pid) = &pid
        {
            // Most steps change only the session: one insert of one key. (A sled batch or
            // transaction rolls the log buffer twice; per step that cost a third of the CPU.)
            let sealed = self
                .keys
                .seal(&self.person_key(pid)?, &encode_record(session, &marks))?;
            self.sessions.insert(pid.as_bytes(), sealed)?;
            return Ok(());
        }
        let person_key = match (&pid, write.session) {
            (Some(pid), Some(_)) if !write.erase => Some(self.person_key(pid)?),
            _ => None,
        };
        // Each request (and its case) gets a key of its own: erasing it after the retention
        // period destroys that key.
        let request_keys = write
            .submitted
            .iter()
            .map(|request| Ok((request.reference.clone(), self.keys.create()?)))
            .collect::<Result<std::collections::BTreeMap<String, KeyId>, StoreError>>()?;
        let case_keys = write
            .opened_cases
            .iter()
            .map(|case| match request_keys.get(&case.reference) {
                Some(key) => Ok(*key),
                None => Ok(self.keys.create()?),
            })
            .collect::<Result<Vec<KeyId>, StoreError>>()?;
        for (id, bytes) in &write.new_attachments {
            self.save_upload(id, bytes)?;
        }
        let tables = [
            Table::Sessions,
            Table::Requests,
            Table::Outbox,
            Table::Attachments,
            Table::Cases,
            Table::RoomPosts,
            Table::Mediations,
            Table::MediatorPosts,
        ];
        let doomed = self.transaction(&tables, |tx| {
            let sessions = TxTree::new(tx, Table::Sessions);
            let requests = TxTree::new(tx, Table::Requests);
            let outbox = TxTree::new(tx, Table::Outbox);
            let attachments = TxTree::new(tx, Table::Attachments);
            let cases = TxTree::new(tx, Table::Cases);
            let posts = TxTree::new(tx, Table::RoomPosts);
            let mediations = TxTree::new(tx, Table::Mediations);
            let mediator_posts = TxTree::new(tx, Table::MediatorPosts);
            for (case, key) in write.opened_cases.iter().zip(&case_keys) {
                cases.insert(case.reference.as_bytes(), self.tx_seal(key, case)?)?;
            }
            let key_of = |reference: &str| {
                write
                    .opened_cases
                    .iter()
                    .zip(&case_keys)
                    .find(|(case, _)| case.reference == reference)
                    .map(|(_, key)| *key)
            };
            self.tx_write_mediation(
                mediations,
                mediator_posts,
                cases,
                &write.mediations,
                &write.mediator_posts,
                &key_of,
            )?;
            for post in &write.room_posts {
                posts.insert(post.id.as_bytes(), self.tx_seal(&transient, post)?)?;
            }
            let mut doomed = BTreeSet::new();
            if write.erase
                && let Some(pid) = &pid
            {
                doomed = self.erase_user(pid, sessions, requests, outbox, attachments)?;
            }
            match (write.session, &pid, &person_key) {
                (Some(session), Some(pid), Some(key)) => sessions.insert(
                    pid.as_bytes(),
                    self.keys.seal(key, &encode_record(session, &marks))?,
                )?,
                (_, Some(pid), _) => sessions.remove(pid.as_bytes())?,
                (_, None, _) => {}
            };
            for (id, _) in &write.new_attachments {
                attachments.insert(id.as_bytes(), &[] as &[u8])?;
            }
            for id in &write.dropped_attachments {
                attachments.remove(id.as_bytes())?;
            }
            for request in &write.submitted {
                let stored = StoredRequest {
                    reference: request.reference.clone(),
                    institution: request.institution.clone(),
                    submitted_at: request.submitted_at,
                    status: DeliveryStatus::Queued,
                    delivered_at: None,
                    request: Some(request.clone()),
                };
                let key = request_keys
                    .get(&request.reference)
                    .expect("a key was made for every submitted request");
                requests.insert(request.reference.as_bytes(), self.tx_seal(key, &stored)?)?;
                let entry = OutboxEntry {
                    reference: request.reference.clone(),
                    institution: request.institution.clone(),
                    parts_sent: 0,
                    attempts: 0,
                    next_attempt: request.submitted_at,
                    first_queued: request.submitted_at,
                    claim: None,
                };
                outbox.insert(request.reference.as_bytes(), encode(&entry))?;
            }
            Ok(doomed)
        })?;
        drop(transient);
        if write.session.is_none()
            && !write.erase
            && let Some(pid) = &pid
        {
            self.forget_language(pid)?;
        }
        // The step is committed: files it no longer refers to can go (a crash before this
        // leaves them to the sweep at the next start).
        self.remove_upload_files(&write.dropped_attachments);
        if write.erase {
            self.finish_erasure(user, pid.as_deref(), doomed)?;
        }
        Ok(())
    }

    /// After `/delete` committed: the person's cases lose who they were, the route goes,
    /// their files and keys are destroyed, and the transient key is replaced.
    fn finish_erasure(
        &self,
        user: &UserId,
        pid: Option<&str>,
        mut doomed: BTreeSet<KeyId>,
    ) -> Result<(), StoreError> {
        let mut transient = self
            .transient
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        doomed.extend(self.erase_user_cases(user)?);
        if let Some(pid) = pid {
            doomed.extend(self.person_keys(pid)?);
            self.routes.remove(pid.as_bytes())?;
            self.forget_language(pid)?;
            self.sessions.remove(pid.as_bytes())?;
        }
        self.sweep_uploads()?;
        // What replaces the sealed records must be durable before their keys go.
        self.flush()?;
        for key in &doomed {
            self.keys.destroy(key)?;
        }
        self.keys.forget_person(&user.key())?;
        self.rotate_transient_locked(&mut transient)
    }

    /// Every queued email, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        let mut entries = Vec::new();
        for item in self.outbox.iter() {
            let (key, value) = item?;
            entries.push(decode::<OutboxEntry>("outbox entry", &key, &value)?);
        }
        entries.sort_by_key(|e| e.first_queued);
        Ok(entries)
    }

    /// Records how many parts of a split request the server has accepted.
    pub fn record_parts_sent(&self, entry: &OutboxEntry) -> Result<(), StoreError> {
        self.write_outbox_entry(entry)
    }

    /// Erases photos and personal data of requests delivered (or given up) before `cutoff`;
    /// reference number, office and dates stay, in plain. The request's key is destroyed,
    /// its case forgets who asked, and the person's key is replaced, so no copy that
    /// sled's log still holds (the request, the draft it was filled in) can be read.
    /// Returns how many were erased.
    pub fn erase_delivered_before(&self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut transient = self
            .transient
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut erased = 0;
        // Only requests delivered by the cutoff's day can be due (`store/due.rs`).
        for due in self.due_until(due::REQUESTS, cutoff)? {
            let key = due.id.as_bytes().to_vec();
            let Some(value) = self.requests.get(&key)? else {
                self.done_with(&due, cutoff)?;
                continue;
            };
            let Some((mut stored, sealed_with)) =
                self.open_keyed::<StoredRequest>("request", &key, &value)?
            else {
                self.done_with(&due, cutoff)?;
                continue;
            };
            let old_enough = stored.delivered_at.is_some_and(|at| at < cutoff);
            let Some(request) = stored.request.take().filter(|_| old_enough) else {
                self.done_with(&due, cutoff)?;
                continue;
            };
            let files: Vec<String> = request.attachments().map(|(_, a)| a.id.clone()).collect();
            self.transaction(&[Table::Requests, Table::Attachments], |tx| {
                TxTree::new(tx, Table::Requests).insert(&key, encode(&stored))?;
                for id in &files {
                    TxTree::new(tx, Table::Attachments).remove(id.as_bytes())?;
                }
                Ok(())
            })?;
            let mut doomed: BTreeSet<KeyId> = sealed_with.into_iter().collect();
            doomed.extend(self.forget_case(&stored.reference)?);
            self.remove_upload_files(&files);
            if let Some(pid) = self.keys.person(&request.user.key())? {
                self.rotate_person_locked(&pid)?;
            }
            self.flush()?;
            for key in &doomed {
                self.keys.destroy(key)?;
            }
            self.done_with(&due, cutoff)?;
            erased += 1;
        }
        if erased > 0 {
            self.rotate_transient_locked(&mut transient)?;
        }
        Ok(erased)
    }

    /// Drops unfinished forms last touched before `cutoff`, with their photos, and a question
    /// kept for an offer nobody took, and replaces the person's key (old versions of the
    /// session held them). Returns how many were dropped.
    pub fn erase_stale_drafts(&self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut transient = self
            .transient
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut erased = 0;
        // Only sessions with a form last changed by the cutoff's day can hold a stale one
        // (`store/due.rs`).
        for due in self.due_until(due::DRAFTS, cutoff)? {
            let key = due.id.as_bytes().to_vec();
            let Some(value) = self.sessions.get(&key)? else {
                self.done_with(&due, cutoff)?;
                continue;
            };
            let Some(plain) = self.keys.open_value(&value)?.into_plain() else {
                self.done_with(&due, cutoff)?;
                continue;
            };
            let (mut session, marks) = decode_record(&key, &plain)?;
            let before: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
            let stale = session.drop_personal_data_before(cutoff);
            if stale == 0 {
                self.done_with(&due, cutoff)?;
                continue;
            }
            let after: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
            let pid = String::from_utf8_lossy(&key).into_owned();
            let person_key = self.person_key(&pid)?;
            let record = self.seal(
                &person_key,
                &SessionRecord {
                    s: &session,
                    m: marks,
                },
            )?;
            self.transaction(&[Table::Sessions, Table::Attachments], |tx| {
                TxTree::new(tx, Table::Sessions).insert(&key, &record)?;
                for id in before.difference(&after) {
                    TxTree::new(tx, Table::Attachments).remove(id.as_bytes())?;
                }
                Ok(())
            })?;
            let gone: Vec<String> = before.difference(&after).cloned().collect();
            self.remove_upload_files(&gone);
            self.rotate_person_locked(&pid)?;
            self.done_with(&due, cutoff)?;
            erased += stale;
        }
        if erased > 0 {
            self.rotate_transient_locked(&mut transient)?;
        }
        Ok(erased)
    }

    /// Reads from storage, so a broken database shows as an error.
    pub fn check_readable(&self) -> Result<(), StoreError> {
        self.outbox.iter().next().transpose()?;
        Ok(())
    }

    pub fn outbox_len(&self) -> usize {
        count(&self.outbox)
    }

    /// Records a failed attempt: try again after a capped exponential back-off.
    pub fn retry_later(
        &self,
        mut entry: OutboxEntry,
        now: DateTime<Utc>,
    ) -> Result<OutboxEntry, StoreError> {
        entry.attempts += 1;
        let seconds = 2_i64.saturating_pow(entry.attempts.min(20)).min(15 * 60);
        entry.next_attempt = now + Duration::seconds(seconds);
        // Released: the next run (of whichever instance is active) claims it again.
        entry.claim = None;
        self.write_outbox_entry(&entry)?;
        Ok(entry)
    }

    /// Records a delivery (or a final failure): out of the outbox, status on the request
    /// and in the newcomer's `/status` list, in one transaction. Returns the request.
    /// Once the office has the email and the caseworker room its thread (if any), the
    /// request's uploads are deleted: nothing needs them any more.
    pub fn finish_delivery(
        &self,
        reference: &str,
        status: DeliveryStatus,
        now: DateTime<Utc>,
        notice: Option<&Notice>,
    ) -> Result<Option<StoredRequest>, StoreError> {
        self.note_delivery(reference, now)?;
        let transient = self.transient();
        let tables = [
            Table::Sessions,
            Table::Requests,
            Table::Outbox,
            Table::Notices,
            Table::Meta,
        ];
        let owner = self.owner();
        let stored = self.transaction(&tables, |tx| {
            let sessions = TxTree::new(tx, Table::Sessions);
            let requests = TxTree::new(tx, Table::Requests);
            let outbox = TxTree::new(tx, Table::Outbox);
            let notices = TxTree::new(tx, Table::Notices);
            // The fencing check and the mark "sent" are one transaction: an instance that
            // was superseded cannot mark an email the new one will send.
            claims::fence(TxTree::new(tx, Table::Meta), owner)?;
            outbox.remove(reference.as_bytes())?;
            if let Some(notice) = notice {
                notices.insert(
                    notice.id.as_bytes(),
                    self.tx_seal(&transient, &notice.value())?,
                )?;
            }
            let Some(bytes) = requests.get(reference.as_bytes())? else {
                return Ok(None);
            };
            let Some((mut stored, sealed_with)) =
                self.tx_open_keyed::<StoredRequest>("request", reference.as_bytes(), &bytes)?
            else {
                return Ok(None);
            };
            stored.status = status;
            stored.delivered_at = Some(now);
            requests.insert(
                reference.as_bytes(),
                self.tx_seal_as_before(sealed_with.as_ref(), &stored)?,
            )?;
            if let Some(request) = &stored.request {
                let pid = self.keys.person(&request.user.key())?;
                if let Some(pid) = pid
                    && let Some(bytes) = sessions.get(pid.as_bytes())?
                    && let Some(key) = KeyId::of_sealed(&bytes)
                    && let Some(plain) = self.keys.open_value(&bytes)?.into_plain()
                {
                    let (mut session, marks) = decode_record(pid.as_bytes(), &plain)?;
                    for summary in session
                        .requests
                        .iter_mut()
                        .filter(|s| s.reference == reference)
                    {
                        summary.status = status;
                    }
                    let sealed = self.keys.seal(&key, &encode_record(&session, &marks))?;
                    sessions.insert(pid.as_bytes(), sealed)?;
                }
            }
            Ok(Some(stored))
        })?;
        drop(transient);
        self.flush()?;
        if let Some(stored) = &stored {
            self.drop_uploads_when_done(stored)?;
        }
        Ok(stored)
    }

    /// Deletes a request's uploads once it is delivered (or given up) and no post of its
    /// thread's root, which shows them to the caseworkers, is waiting.
    pub(crate) fn drop_uploads_when_done(&self, stored: &StoredRequest) -> Result<(), StoreError> {
        let Some(request) = &stored.request else {
            return Ok(());
        };
        if stored.status == DeliveryStatus::Queued || self.root_post_waiting(&stored.reference)? {
            return Ok(());
        }
        let files: Vec<String> = request.attachments().map(|(_, a)| a.id.clone()).collect();
        if files.is_empty() {
            return Ok(());
        }
        for id in &files {
            self.attachments.remove(id.as_bytes())?;
        }
        self.flush()?;
        self.remove_upload_files(&files);
        Ok(())
    }
}

impl Store {
    /// Erases a user's session, drafts' uploads, unsent requests and the personal data of
    /// sent ones (their reference number, institution and dates stay, in plain, for the
    /// office's statistics). Returns the keys to destroy once this is durable.
    fn erase_user(
        &self,
        pid: &str,
        sessions: TxTree<'_>,
        requests: TxTree<'_>,
        outbox: TxTree<'_>,
        attachments: TxTree<'_>,
    ) -> TxResult<BTreeSet<KeyId>> {
        let mut doomed = BTreeSet::new();
        let Some(bytes) = sessions.get(pid.as_bytes())? else {
            return Ok(doomed);
        };
        doomed.extend(KeyId::of_sealed(&bytes));
        let Some(plain) = self.keys.open_value(&bytes)?.into_plain() else {
            sessions.remove(pid.as_bytes())?;
            return Ok(doomed);
        };
        let (session, _) = decode_record(pid.as_bytes(), &plain)?;
        let mut files: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
        for summary in &session.requests {
            let key = summary.reference.as_bytes();
            let Some(bytes) = requests.get(key)? else {
                continue;
            };
            doomed.extend(KeyId::of_sealed(&bytes));
            let Some((mut stored, _)) =
                self.tx_open_keyed::<StoredRequest>("request", key, &bytes)?
            else {
                continue;
            };
            if let Some(request) = stored.request.take() {
                files.extend(request.attachments().map(|(_, a)| a.id.clone()));
            }
            if stored.status == DeliveryStatus::Queued {
                outbox.remove(key)?;
                requests.remove(key)?;
            } else {
                requests.insert(key, encode(&stored))?;
            }
        }
        for id in files {
            attachments.remove(id.as_bytes())?;
        }
        sessions.remove(pid.as_bytes())?;
        Ok(doomed)
    }
}

/// A table's number of entries for gauges and tests; a failing backend counts as empty
/// (and says so in the log).
fn count(tree: &Tree) -> usize {
    tree.len().unwrap_or_else(|error| {
        tracing::warn!(%error, table = tree.table().name(), "entries cannot be counted");
        0
    })
}
