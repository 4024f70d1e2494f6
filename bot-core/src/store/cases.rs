//! Conversations between newcomers and caseworkers ("cases"), as stored: each case's thread
//! in its institution's room, the queue of posts into those rooms, appointment reminders,
//! and the ids of caseworker events already acted on.
//!
//! Every change that concerns a newcomer (their session, their notice) and the case is one
//! transaction, so a crash never relays a caseworker's message twice or loses it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use sled::Transactional;

use super::{Mark, Store, StoreError, decode, encode, encode_record, tx_decode};
use crate::engine::{Forwarded, Message, Session, UserId};

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
    pub notice: Option<(&'a str, &'a UserId, &'a Message)>,
    pub case: Option<&'a Case>,
    pub reminder: Option<&'a Reminder>,
}

fn thread_key(room: &str, root: &str) -> String {
    format!("{room}\u{0}{root}")
}

impl Store {
    pub fn case(&self, reference: &str) -> Result<Option<Case>, StoreError> {
        self.cases
            .get(reference.as_bytes())?
            .map(|bytes| decode("case", reference.as_bytes(), &bytes))
            .transpose()
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
        self.cases
            .iter()
            .map(|item| {
                let (key, value) = item?;
                decode("case", &key, &value)
            })
            .collect()
    }

    /// Posts not yet in their rooms, oldest first.
    pub fn room_posts(&self) -> Result<Vec<RoomPost>, StoreError> {
        self.room_posts
            .iter()
            .map(|item| {
                let (key, value) = item?;
                decode("room post", &key, &value)
            })
            .collect()
    }

    /// A post reached its room; for a thread's root, `thread` is where the thread is now.
    /// A forwarded file is deleted with it: the room has it.
    pub fn room_post_done(
        &self,
        post: &RoomPost,
        thread: Option<&ThreadRef>,
    ) -> Result<(), StoreError> {
        let trees = [
            &self.room_posts,
            &self.cases,
            &self.threads,
            &self.attachments,
        ];
        trees.as_slice().transaction(|trees| {
            let [posts, cases, threads, attachments] = trees.as_slice() else {
                unreachable!("four trees")
            };
            posts.remove(post.id.as_bytes())?;
            if let PostWhat::Forwarded(Forwarded::File { id, .. }) = &post.what {
                attachments.remove(id.as_bytes())?;
            }
            if let Some(thread) = thread
                && let Some(bytes) = cases.get(post.reference.as_bytes())?
            {
                let mut case: Case = tx_decode("case", post.reference.as_bytes(), &bytes)?;
                case.thread = Some(thread.clone());
                cases.insert(post.reference.as_bytes(), encode(&case))?;
                threads.insert(
                    thread_key(&thread.room, &thread.root).as_bytes(),
                    post.reference.as_bytes(),
                )?;
            }
            Ok(())
        })?;
        if let PostWhat::Forwarded(Forwarded::File { id, .. }) = &post.what {
            self.remove_upload_files(std::slice::from_ref(id));
        }
        let _ = self.register(false);
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
        self.room_posts.insert(post.id.as_bytes(), encode(&post))?;
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
            id: format!("{:016x}", self.db.generate_id()?),
            reference: reference.to_string(),
            institution: institution.to_string(),
            what,
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
        let trees = [
            &self.sessions,
            &self.notices,
            &self.cases,
            &self.reminders,
            &self.case_events,
        ];
        let applied = trees.as_slice().transaction(|trees| {
            let [sessions, notices, cases, reminders, events] = trees.as_slice() else {
                unreachable!("five trees")
            };
            if events.get(write.event.as_bytes())?.is_some() {
                return Ok(false);
            }
            events.insert(write.event.as_bytes(), encode(&Utc::now().timestamp()))?;
            if let Some((user, session, marks)) = write.session {
                sessions.insert(user.key().as_bytes(), encode_record(session, marks))?;
            }
            if let Some((id, user, message)) = write.notice {
                notices.insert(id.as_bytes(), encode(&(user, message)))?;
            }
            if let Some(case) = write.case {
                cases.insert(case.reference.as_bytes(), encode(case))?;
            }
            if let Some(reminder) = write.reminder {
                reminders.insert(reminder.key().as_bytes(), encode(reminder))?;
            }
            Ok(true)
        })?;
        self.wait_durable(self.register(false));
        Ok(applied)
    }

    /// Reminders due at `now` (local time), oldest first.
    pub fn due_reminders(&self, now: NaiveDateTime) -> Result<Vec<Reminder>, StoreError> {
        let mut due = Vec::new();
        for item in self.reminders.iter() {
            let (key, value) = item?;
            let reminder: Reminder = decode("reminder", &key, &value)?;
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
        notice: Option<(&str, &UserId, &Message)>,
    ) -> Result<(), StoreError> {
        let trees = [&self.reminders, &self.notices];
        trees.as_slice().transaction(|trees| {
            let [reminders, notices] = trees.as_slice() else {
                unreachable!("two trees")
            };
            reminders.remove(reminder.key().as_bytes())?;
            if let Some((id, user, message)) = notice {
                notices.insert(id.as_bytes(), encode(&(user, message)))?;
            }
            Ok(())
        })?;
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
                self.case_events.remove(key)?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }

    /// Erases the personal side of a person's cases (`/delete`): closed, newcomer unknown,
    /// reminders dropped. The threads stay for the caseworkers.
    pub(super) fn erase_user_cases(&self, user: &UserId) -> Result<(), StoreError> {
        for case in self.cases()? {
            if case.user != *user {
                continue;
            }
            let erased = Case {
                user: UserId::new("erased", ""),
                closed_at: case.closed_at.or(Some(Utc::now())),
                ..case
            };
            self.cases
                .insert(erased.reference.as_bytes(), encode(&erased))?;
        }
        for item in self.reminders.iter() {
            let (key, value) = item?;
            let reminder: Reminder = decode("reminder", &key, &value)?;
            if reminder.user == *user {
                self.reminders.remove(key)?;
            }
        }
        Ok(())
    }
}
