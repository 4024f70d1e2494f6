//! Conversations between newcomers and caseworkers ("cases"), as stored: each case's thread
//! in its institution's room, the queue of posts into those rooms, appointment reminders,
//! and the ids of caseworker events already acted on.
//!
//! Every change that concerns a newcomer (their session, their notice) and the case is one
//! transaction, so a crash never relays a caseworker's message twice or loses it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::backend::{Table, TxTree};
use super::keys::KeyId;
use super::{Mark, Notice, Store, StoreError, encode, encode_record};
use crate::engine::{Forwarded, Session, UserId};

/// One conversation with an institution's caseworkers: a submitted request, or a "talk to a
/// person" contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The reference number the newcomer and the caseworkers see.
    pub reference: String,
    pub institution: String,
    pub user: UserId,
    pub language: String,
    pub kind: CaseKind,
    pub opened_at: DateTime<Utc>,
    #[serde(default)]
    pub closed_at: Option<DateTime<Utc>>,
    /// Where the thread is, once its root is posted.
    #[serde(default)]
    pub thread: Option<ThreadRef>,
    /// The email thread with the office, once the office answered by email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<EmailThread>,
    /// An email address the person gave in a message after sending ("my new email is …"):
    /// later addenda are answered there, not at the request's (field test CL of stop 78
    /// found only the addendum naming it answered there). Sealed with the case's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_email: Option<String>,
    /// A phone number the person gave in a message after sending ("my new number is …"):
    /// later addenda name it where the office answers by phone (field test CO of stop 79:
    /// the next one sent the office back to the request's dead number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_phone: Option<String>,
}

/// Where a person asked to be answered, given in an addendum after sending: the case keeps
/// it for later addenda ([`Store::room_posts_done_answering`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NewContact<'a> {
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
}

/// Where the newcomer's answers go when the office answers by email: a reply to the office's
/// latest message, to whoever wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailThread {
    /// The Message-ID of the office's latest email (with angle brackets).
    pub office_message_id: String,
    /// The office's References, to keep the whole thread together in its mail program.
    #[serde(default)]
    pub references: Vec<String>,
    /// Where answers go: the office's Reply-To, else its From.
    pub reply_to: String,
    pub subject: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    Request,
    Contact,
}

/// A thread in a room: the room id and the root event id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadRef {
    pub room: String,
    pub root: String,
}

/// Something to post into a case's thread, queued until the room has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomPost {
    /// Also the transaction id the post is sent with, so a retry after a crash is not
    /// shown twice.
    pub id: String,
    pub reference: String,
    pub institution: String,
    pub what: PostWhat,
    /// For an office without a caseworker room: goes out as an email in the request's
    /// thread instead of a room post.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_email: bool,
    /// When it was queued: a person's messages written close together go to an office
    /// without a room as one email (`Runtime::deliver_thread_mails_gathered`). `None` in
    /// posts stored before it was kept: sent without waiting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "post", rename_all = "snake_case")]
pub enum PostWhat {
    /// The thread's first message: the request's summary, or the contact's opening.
    Root,
    /// What the newcomer wrote or sent.
    Forwarded(Forwarded),
    /// A line from the bot for the caseworkers (e.g. "the conversation was closed").
    Note { text: String },
}

/// An appointment reminder, sent on `due` (local time of the municipality).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub reference: String,
    pub institution: String,
    pub user: UserId,
    pub due: NaiveDateTime,
    pub date: NaiveDate,
    pub time: NaiveTime,
    #[serde(default)]
    pub place: Option<String>,
}

impl Reminder {
    fn key(&self) -> String {
        format!(
            "{}\u{0}{}",
            self.due.format("%Y-%m-%dT%H:%M:%S"),
            self.reference
        )
    }
}

/// What a caseworker's event changes, written at once (see [`Store::apply_case_event`]).
#[derive(Debug, Default)]
pub struct CaseEventWrite<'a> {
    /// The event's id: applied once.
    pub event: &'a str,
    /// The newcomer's session after the event, with the marks read with it.
    pub session: Option<(&'a UserId, &'a Session, &'a [Mark])>,
    /// A message for the newcomer, kept until sent (id, newcomer, message).
    pub notice: Option<&'a Notice>,
    pub case: Option<&'a Case>,
    pub reminder: Option<&'a Reminder>,
}

fn thread_key(room: &str, root: &str) -> String {
    format!("{room}\u{0}{root}")
}

impl Store {
    pub fn case(&self, reference: &str) -> Result<Option<Case>, StoreError> {
        match self.cases.get(reference.as_bytes())? {
            Some(bytes) => self.open_json("case", reference.as_bytes(), &bytes),
            None => Ok(None),
        }
    }

    /// The case whose thread starts at `root` in `room`.
    pub fn case_by_thread(&self, room: &str, root: &str) -> Result<Option<Case>, StoreError> {
        match self.threads.get(thread_key(room, root).as_bytes())? {
            Some(reference) => self.case(&String::from_utf8_lossy(&reference)),
            None => Ok(None),
        }
    }

    /// Whether some case's thread is in `room` (a room an institution used before it moved
    /// stays a caseworker room for the threads in it).
    pub fn room_has_threads(&self, room: &str) -> Result<bool, StoreError> {
        Ok(self
            .threads
            .scan_prefix(format!("{room}\u{0}").as_bytes())
            .next()
            .transpose()?
            .is_some())
    }

    /// Every case, for the retention sweep and for tests.
    pub fn cases(&self) -> Result<Vec<Case>, StoreError> {
        let mut cases = Vec::new();
        for item in self.cases.iter() {
            let (key, value) = item?;
            cases.extend(self.open_json::<Case>("case", &key, &value)?);
        }
        Ok(cases)
    }

    /// Posts not yet in their rooms, oldest first.
    pub fn room_posts(&self) -> Result<Vec<RoomPost>, StoreError> {
        let mut posts = Vec::new();
        for item in self.room_posts.iter() {
            let (key, value) = item?;
            posts.extend(self.open_json::<RoomPost>("room post", &key, &value)?);
        }
        Ok(posts)
    }

    /// Whether the root post of a case's thread (which shows the request's photos to the
    /// caseworkers) is still waiting.
    pub(super) fn root_post_waiting(&self, reference: &str) -> Result<bool, StoreError> {
        Ok(self
            .room_posts()?
            .iter()
            .any(|post| post.reference == reference && post.what == PostWhat::Root))
    }

    /// A post reached its room; for a thread's root, `thread` is where the thread is now.
    /// A forwarded file is deleted with it: the room has it.
    pub fn room_post_done(
        &self,
        post: &RoomPost,
        thread: Option<&ThreadRef>,
    ) -> Result<(), StoreError> {
        self.posts_done(std::slice::from_ref(post), thread, NewContact::default())
    }

    /// Posts that went out together (one email of several messages) are done in one
    /// transaction: a crash cannot send some of them again.
    pub fn room_posts_done(&self, posts: &[RoomPost]) -> Result<(), StoreError> {
        self.posts_done(posts, None, NewContact::default())
    }

    /// As [`Store::room_posts_done`], for an email that gave the office a new address or
    /// number to answer at: the case keeps them for later addenda, in the same transaction.
    pub fn room_posts_done_answering(
        &self,
        posts: &[RoomPost],
        contact: NewContact<'_>,
    ) -> Result<(), StoreError> {
        self.posts_done(posts, None, contact)
    }

    fn posts_done(
        &self,
        done: &[RoomPost],
        thread: Option<&ThreadRef>,
        contact: NewContact<'_>,
    ) -> Result<(), StoreError> {
        let Some(post) = done.first() else {
            return Ok(());
        };
        let tables = [
            Table::RoomPosts,
            Table::Cases,
            Table::Threads,
            Table::Attachments,
        ];
        let files: Vec<String> = done
            .iter()
            .filter_map(|post| match &post.what {
                PostWhat::Forwarded(what) => what.attachment_id().map(str::to_string),
                _ => None,
            })
            .collect();
        self.transaction(&tables, |tx| {
            let posts = TxTree::new(tx, Table::RoomPosts);
            let cases = TxTree::new(tx, Table::Cases);
            let threads = TxTree::new(tx, Table::Threads);
            let attachments = TxTree::new(tx, Table::Attachments);
            for post in done {
                posts.remove(post.id.as_bytes())?;
            }
            for id in &files {
                attachments.remove(id.as_bytes())?;
            }
            if (thread.is_some() || contact != NewContact::default())
                && let Some(bytes) = cases.get(post.reference.as_bytes())?
                && let Some((mut case, sealed_with)) =
                    self.tx_open_keyed::<Case>("case", post.reference.as_bytes(), &bytes)?
            {
                if let Some(thread) = thread {
                    case.thread = Some(thread.clone());
                    threads.insert(
                        thread_key(&thread.room, &thread.root).as_bytes(),
                        post.reference.as_bytes(),
                    )?;
                }
                // An erased case is kept in plain: it must not gain an address again.
                if sealed_with.is_some() {
                    if let Some(address) = contact.email {
                        case.answer_email = Some(address.to_string());
                    }
                    if let Some(number) = contact.phone {
                        case.answer_phone = Some(number.to_string());
                    }
                }
                cases.insert(
                    post.reference.as_bytes(),
                    self.tx_seal_as_before(sealed_with.as_ref(), &case)?,
                )?;
            }
            Ok(())
        })?;
        if !files.is_empty() {
            self.remove_upload_files(&files);
        }
        let _ = self.register(false);
        if post.what == PostWhat::Root
            && let Some(stored) = self.request(&post.reference)?
        {
            // The room has the photos now; if the office has its email too, they can go.
            self.drop_uploads_when_done(&stored)?;
        }
        Ok(())
    }

    /// Queues a post from outside a step (e.g. a note for the caseworkers).
    pub fn queue_room_post(
        &self,
        reference: &str,
        institution: &str,
        what: PostWhat,
    ) -> Result<(), StoreError> {
        let post = self.new_post(reference, institution, what)?;
        let transient = self.transient();
        self.room_posts
            .insert(post.id.as_bytes(), self.seal(&transient, &post)?)?;
        drop(transient);
        let _ = self.register(false);
        Ok(())
    }

    pub(super) fn new_post(
        &self,
        reference: &str,
        institution: &str,
        what: PostWhat,
    ) -> Result<RoomPost, StoreError> {
        // Big-endian ids sort in the order they were made: a thread's root goes first.
        Ok(RoomPost {
            id: format!("{:016x}", self.backend.generate_id()?),
            reference: reference.to_string(),
            institution: institution.to_string(),
            what,
            by_email: false,
            queued_at: Some(Utc::now()),
        })
    }

    /// A caseworker event was already applied.
    pub fn case_event_done(&self, event: &str) -> Result<bool, StoreError> {
        Ok(self.case_events.contains_key(event.as_bytes())?)
    }

    /// Applies a caseworker's event once: the newcomer's session, their notice, the case,
    /// a reminder and the event's mark in one transaction, made durable before returning.
    /// Returns false if the event had been applied before.
    pub fn apply_case_event(&self, write: &CaseEventWrite<'_>) -> Result<bool, StoreError> {
        let transient = self.transient();
        let pid = match write.session {
            Some((user, _, _)) => Some(self.keys.person_or_new(&user.key())?),
            None => None,
        };
        let person_key = pid.as_deref().map(|pid| self.person_key(pid)).transpose()?;
        let tables = [
            Table::Sessions,
            Table::Notices,
            Table::Cases,
            Table::Reminders,
            Table::CaseEvents,
        ];
        let applied = self.transaction(&tables, |tx| {
            let sessions = TxTree::new(tx, Table::Sessions);
            let notices = TxTree::new(tx, Table::Notices);
            let cases = TxTree::new(tx, Table::Cases);
            let reminders = TxTree::new(tx, Table::Reminders);
            let events = TxTree::new(tx, Table::CaseEvents);
            if events.get(write.event.as_bytes())?.is_some() {
                return Ok(false);
            }
            events.insert(write.event.as_bytes(), encode(&Utc::now().timestamp()))?;
            if let (Some((_, session, marks)), Some(pid), Some(key)) =
                (write.session, &pid, &person_key)
            {
                let sealed = self.keys.seal(key, &encode_record(session, marks))?;
                sessions.insert(pid.as_bytes(), sealed)?;
            }
            if let Some(notice) = write.notice {
                notices.insert(
                    notice.id.as_bytes(),
                    self.tx_seal(&transient, &notice.value())?,
                )?;
            }
            // The case and its reminder stay sealed with the case's key (erased with it).
            let case_key = match write.case.or(None) {
                Some(case) => cases
                    .get(case.reference.as_bytes())?
                    .and_then(|bytes| KeyId::of_sealed(&bytes)),
                None => None,
            };
            let case_key = match (case_key, write.reminder) {
                (Some(key), _) => Some(key),
                (None, Some(reminder)) => cases
                    .get(reminder.reference.as_bytes())?
                    .and_then(|bytes| KeyId::of_sealed(&bytes)),
                (None, None) => None,
            };
            let seal = |value: Vec<u8>| -> super::TxResult<Vec<u8>> {
                match &case_key {
                    Some(key) => Ok(self.keys.seal(key, &value)?),
                    None => Ok(value),
                }
            };
            if let Some(case) = write.case {
                cases.insert(case.reference.as_bytes(), seal(encode(case))?)?;
            }
            if let Some(reminder) = write.reminder {
                reminders.insert(reminder.key().as_bytes(), seal(encode(reminder))?)?;
            }
            Ok(true)
        })?;
        drop(transient);
        self.wait_durable(self.register(false));
        Ok(applied)
    }

    /// Reminders due at `now` (local time), oldest first.
    pub fn due_reminders(&self, now: NaiveDateTime) -> Result<Vec<Reminder>, StoreError> {
        let mut due = Vec::new();
        for item in self.reminders.iter() {
            let (key, value) = item?;
            let Some(reminder) = self.open_json::<Reminder>("reminder", &key, &value)? else {
                continue;
            };
            if reminder.due > now {
                break;
            }
            due.push(reminder);
        }
        Ok(due)
    }

    /// A reminder became a notice (or was dropped, with `notice` `None`).
    pub fn reminder_done(
        &self,
        reminder: &Reminder,
        notice: Option<&Notice>,
    ) -> Result<(), StoreError> {
        let transient = self.transient();
        self.transaction(&[Table::Reminders, Table::Notices], |tx| {
            let reminders = TxTree::new(tx, Table::Reminders);
            let notices = TxTree::new(tx, Table::Notices);
            reminders.remove(reminder.key().as_bytes())?;
            if let Some(notice) = notice {
                notices.insert(
                    notice.id.as_bytes(),
                    self.tx_seal(&transient, &notice.value())?,
                )?;
            }
            Ok(())
        })?;
        drop(transient);
        self.wait_durable(self.register(false));
        Ok(())
    }

    /// Forgets caseworker event ids older than `cutoff` (a homeserver redelivers an event
    /// only around a restart).
    pub fn prune_case_events_before(&self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut pruned = 0;
        for item in self.case_events.iter() {
            let (key, value) = item?;
            let at: i64 = serde_json::from_slice(&value).unwrap_or(0);
            if at < cutoff.timestamp() {
                self.case_events.remove(&key)?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }

    /// Erases the personal side of a person's cases (`/delete`): closed, newcomer unknown,
    /// reminders dropped. The threads stay for the caseworkers. Returns the keys the cases
    /// were sealed with, to destroy once this is durable.
    pub(super) fn erase_user_cases(&self, user: &UserId) -> Result<BTreeSet<KeyId>, StoreError> {
        let mut doomed = BTreeSet::new();
        for item in self.cases.iter() {
            let (key, value) = item?;
            let Some((case, sealed_with)) = self.open_keyed::<Case>("case", &key, &value)? else {
                continue;
            };
            if case.user != *user {
                continue;
            }
            doomed.extend(sealed_with);
            self.forget_mediation(&case.reference)?;
            self.write_erased_case(case)?;
        }
        for item in self.reminders.iter() {
            let (key, value) = item?;
            let reminder = self.open_json::<Reminder>("reminder", &key, &value)?;
            if reminder.is_none_or(|reminder| reminder.user == *user) {
                self.reminders.remove(&key)?;
            }
        }
        Ok(doomed)
    }

    /// The case of an erased request forgets who asked (its reminders go). Returns the key
    /// it was sealed with.
    pub(super) fn forget_case(&self, reference: &str) -> Result<Option<KeyId>, StoreError> {
        let mut sealed_with = None;
        self.forget_mediation(reference)?;
        if let Some(bytes) = self.cases.get(reference.as_bytes())? {
            sealed_with = KeyId::of_sealed(&bytes);
            if let Some(case) = self.open_json::<Case>("case", reference.as_bytes(), &bytes)? {
                self.write_erased_case(case)?;
            }
        }
        for item in self.reminders.iter() {
            let (key, _) = item?;
            if key.ends_with(format!("\u{0}{reference}").as_bytes()) {
                self.reminders.remove(&key)?;
            }
        }
        Ok(sealed_with)
    }

    /// A case without its newcomer, in plain: closed, for the caseworkers' threads.
    fn write_erased_case(&self, case: Case) -> Result<(), StoreError> {
        let erased = Case {
            user: UserId::erased(),
            language: String::new(),
            closed_at: case.closed_at.or(Some(Utc::now())),
            email: None,
            answer_email: None,
            answer_phone: None,
            ..case
        };
        self.cases
            .insert(erased.reference.as_bytes(), encode(&erased))?;
        Ok(())
    }
}
