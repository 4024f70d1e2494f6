//! Cases the language mediators help with, as stored: for each, the short case number the
//! mediators see (`SM-4821`, random), their thread in the mediators' room for the case's
//! language, what was posted there (to know which message a translation answers), and
//! caseworkers' replies held back until their translation comes (or the wait is over).
//!
//! Everything here holds the newcomer's words or links them to the case, so it is sealed
//! with the case's key: `/delete` and the retention period erase it with the case
//! ([`Store::forget_mediation`]), and a destroyed key leaves sled's old copies unreadable.
//! Posts for the mediators' rooms are a queue of their own, sealed with the same key, and
//! never hold a name, a reference number, a photo or a file: only the newcomer's free text,
//! a caseworker's reply, and the case number.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::backend::{Table, TxTree};
use super::cases::{RoomPost, ThreadRef};
use super::keys::KeyId;
use super::{Mark, Notice, Store, StoreError, TxResult, encode, encode_record};
use crate::engine::{Session, UserId};

/// A case's conversation with the language mediators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mediation {
    /// The case (never shown to the mediators).
    pub reference: String,
    /// What the mediators see instead: `SM-4821`, random, not derived from the reference or
    /// the person.
    pub number: String,
    pub institution: String,
    /// The newcomer's language: which mediators' room.
    pub language: String,
    pub opened_at: DateTime<Utc>,
    /// The thread in the mediators' room, once its root is posted.
    #[serde(default)]
    pub thread: Option<ThreadRef>,
    /// What was posted into that thread, oldest first.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Caseworkers' replies waiting for their translation.
    #[serde(default)]
    pub held: Vec<Held>,
}

/// A message in the mediators' thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Its event id in the mediators' room.
    pub event: String,
    pub what: ItemWhat,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum ItemWhat {
    /// The newcomer's text; the beginning is kept to say in the case's thread which message
    /// a translation is of.
    Newcomer { excerpt: String },
    /// A caseworker's reply (the id of their event, as in [`Held::id`]).
    Office { reply: String },
}

/// A caseworker's reply for the newcomer, held until its translation comes or `due`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    /// The caseworker's event id.
    pub id: String,
    /// The German text.
    pub text: String,
    /// When the German text goes to the newcomer anyway.
    pub due: DateTime<Utc>,
    /// The newcomer has it (in German after `due`, or translated).
    #[serde(default)]
    pub released: bool,
}

impl Mediation {
    pub fn held(&self, id: &str) -> Option<&Held> {
        self.held.iter().find(|held| held.id == id)
    }

    pub fn held_mut(&mut self, id: &str) -> Option<&mut Held> {
        self.held.iter_mut().find(|held| held.id == id)
    }
}

/// Something to post into a mediators' room, queued until the room has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediatorPost {
    /// Also its transaction id, so a retry after a crash is not shown twice.
    pub id: String,
    pub reference: String,
    pub what: MediatorWhat,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "post", rename_all = "snake_case")]
pub enum MediatorWhat {
    /// The thread's first message: the case number and the language.
    Root,
    /// What the newcomer wrote.
    Newcomer { text: String },
    /// A caseworker's reply to translate for the newcomer.
    Office { reply: String, text: String },
    /// The office closed the case: nothing more to translate.
    Closed,
    /// The bot's thanks for a mediator's translation (`about`, the translation's event),
    /// queued with the translation's effect so that a crash between the two loses neither.
    Thanks { about: String, passed_to: PassedTo },
}

/// Where a mediator's translation went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassedTo {
    Office,
    Newcomer,
}

/// What a mediation step changes at once (see [`Store::apply_mediation`]).
pub struct MediationWrite<'a> {
    pub reference: &'a str,
    /// An event applied once (a caseworker's reply, a mediator's translation).
    pub event: Option<&'a str>,
    /// The newcomer's session after the step, with the marks read with it.
    pub session: Option<(&'a UserId, &'a Session, &'a [Mark])>,
    /// A message for the newcomer, kept until sent.
    pub notice: Option<&'a Notice>,
    /// The mediation as it is to be (created if there was none).
    pub change: &'a dyn Fn(Option<Mediation>) -> Option<Mediation>,
    pub mediator_posts: &'a [MediatorPost],
    /// A post for the case's thread in the caseworkers' room.
    pub room_post: Option<&'a RoomPost>,
}

impl std::fmt::Debug for MediationWrite<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // No texts: they are personal data.
        f.debug_struct("MediationWrite")
            .field("reference", &self.reference)
            .field("event", &self.event)
            .field("posts", &self.mediator_posts.len())
            .finish_non_exhaustive()
    }
}

impl Store {
    pub fn mediation(&self, reference: &str) -> Result<Option<Mediation>, StoreError> {
        match self.mediations.get(reference.as_bytes())? {
            Some(bytes) => self.open_json("mediation", reference.as_bytes(), &bytes),
            None => Ok(None),
        }
    }

    /// Every mediation that can be read (a few per open case at most: scanned, not indexed,
    /// so no plain index links the mediators' threads to cases).
    pub fn mediations(&self) -> Result<Vec<Mediation>, StoreError> {
        let mut all = Vec::new();
        for item in self.mediations.iter() {
            let (key, value) = item?;
            all.extend(self.open_json::<Mediation>("mediation", &key, &value)?);
        }
        Ok(all)
    }

    /// The mediation whose thread starts at `root` in `room`.
    pub fn mediation_by_thread(
        &self,
        room: &str,
        root: &str,
    ) -> Result<Option<Mediation>, StoreError> {
        Ok(self.mediations()?.into_iter().find(|m| {
            m.thread
                .as_ref()
                .is_some_and(|t| t.room == room && t.root == root)
        }))
    }

    /// Posts not yet in their mediators' rooms, oldest first.
    pub fn mediator_posts(&self) -> Result<Vec<MediatorPost>, StoreError> {
        let mut posts = Vec::new();
        for item in self.mediator_posts.iter() {
            let (key, value) = item?;
            posts.extend(self.open_json::<MediatorPost>("mediator post", &key, &value)?);
        }
        Ok(posts)
    }

    /// A new post (ids sort in the order they were made: a thread's root goes first).
    pub fn mediator_post(
        &self,
        reference: &str,
        what: MediatorWhat,
    ) -> Result<MediatorPost, StoreError> {
        Ok(MediatorPost {
            id: format!("{:016x}", self.backend.generate_id()?),
            reference: reference.to_string(),
            what,
        })
    }

    /// A post reached its room as `event`; for a root, `thread` is the new thread.
    pub fn mediator_post_done(
        &self,
        post: &MediatorPost,
        event: &str,
        thread: Option<&ThreadRef>,
    ) -> Result<(), StoreError> {
        self.transaction(&[Table::MediatorPosts, Table::Mediations], |tx| {
            let posts = TxTree::new(tx, Table::MediatorPosts);
            let mediations = TxTree::new(tx, Table::Mediations);
            posts.remove(post.id.as_bytes())?;
            let key = post.reference.as_bytes();
            let Some(bytes) = mediations.get(key)? else {
                return Ok(());
            };
            let Some((mut mediation, sealed_with)) =
                self.tx_open_keyed::<Mediation>("mediation", key, &bytes)?
            else {
                return Ok(());
            };
            match &post.what {
                MediatorWhat::Root => mediation.thread = thread.cloned(),
                MediatorWhat::Newcomer { text } => mediation.items.push(Item {
                    event: event.to_string(),
                    what: ItemWhat::Newcomer {
                        excerpt: excerpt(text),
                    },
                }),
                MediatorWhat::Office { reply, .. } => mediation.items.push(Item {
                    event: event.to_string(),
                    what: ItemWhat::Office {
                        reply: reply.clone(),
                    },
                }),
                MediatorWhat::Closed | MediatorWhat::Thanks { .. } => {}
            }
            mediations.insert(
                key,
                self.tx_seal_as_before(sealed_with.as_ref(), &mediation)?,
            )?;
            Ok(())
        })?;
        self.wait_durable(self.register(false));
        Ok(())
    }

    /// Applies a mediation step once: the event's mark, the newcomer's session and notice,
    /// the mediation (read and changed inside the transaction, so a post finishing at the
    /// same time is not lost), posts for the mediators' room and for the case's thread.
    /// Durable on return. Returns false if the event was applied before, or the case has no
    /// key to seal with (erased).
    pub fn apply_mediation(&self, write: &MediationWrite<'_>) -> Result<bool, StoreError> {
        let transient = self.transient();
        let pid = match write.session {
            Some((user, _, _)) => Some(self.keys.person_or_new(&user.key())?),
            None => None,
        };
        let person_key = pid.as_deref().map(|pid| self.person_key(pid)).transpose()?;
        let tables = [
            Table::CaseEvents,
            Table::Sessions,
            Table::Notices,
            Table::Cases,
            Table::Mediations,
            Table::MediatorPosts,
            Table::RoomPosts,
        ];
        let applied = self.transaction(&tables, |tx| {
            let events = TxTree::new(tx, Table::CaseEvents);
            let sessions = TxTree::new(tx, Table::Sessions);
            let notices = TxTree::new(tx, Table::Notices);
            let cases = TxTree::new(tx, Table::Cases);
            let mediations = TxTree::new(tx, Table::Mediations);
            let posts = TxTree::new(tx, Table::MediatorPosts);
            let room_posts = TxTree::new(tx, Table::RoomPosts);
            if let Some(event) = write.event {
                if events.get(event.as_bytes())?.is_some() {
                    return Ok(false);
                }
                events.insert(event.as_bytes(), encode(&Utc::now().timestamp()))?;
            }
            let reference = write.reference.as_bytes();
            // Sealed with the case's key, or not written at all: never in plain.
            let Some(case_key) = cases
                .get(reference)?
                .and_then(|bytes| KeyId::of_sealed(&bytes))
            else {
                return Ok(false);
            };
            let before = match mediations.get(reference)? {
                Some(bytes) => self
                    .tx_open_keyed::<Mediation>("mediation", reference, &bytes)?
                    .map(|(mediation, _)| mediation),
                None => None,
            };
            match (write.change)(before) {
                Some(after) => mediations.insert(reference, self.tx_seal(&case_key, &after)?)?,
                None => mediations.remove(reference)?,
            };
            for post in write.mediator_posts {
                posts.insert(post.id.as_bytes(), self.tx_seal(&case_key, post)?)?;
            }
            if let Some(post) = write.room_post {
                room_posts.insert(post.id.as_bytes(), self.tx_seal(&transient, post)?)?;
            }
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
            Ok(true)
        })?;
        drop(transient);
        self.wait_durable(self.register(false));
        Ok(applied)
    }

    /// Inside a step's transaction: new mediations and posts, sealed with their case's key
    /// (`key_of` knows the keys of cases opened in the same step). A post whose case has no
    /// key is dropped rather than written in plain.
    pub(super) fn tx_write_mediation(
        &self,
        mediations: TxTree<'_>,
        posts: TxTree<'_>,
        cases: TxTree<'_>,
        new: &[Mediation],
        queued: &[MediatorPost],
        key_of: &dyn Fn(&str) -> Option<KeyId>,
    ) -> TxResult<()> {
        let key = |reference: &str| -> TxResult<Option<KeyId>> {
            if let Some(key) = key_of(reference) {
                return Ok(Some(key));
            }
            Ok(cases
                .get(reference.as_bytes())?
                .and_then(|bytes| KeyId::of_sealed(&bytes)))
        };
        for mediation in new {
            if let Some(key) = key(&mediation.reference)? {
                mediations.insert(
                    mediation.reference.as_bytes(),
                    self.tx_seal(&key, mediation)?,
                )?;
            }
        }
        for post in queued {
            if let Some(key) = key(&post.reference)? {
                posts.insert(post.id.as_bytes(), self.tx_seal(&key, post)?)?;
            }
        }
        Ok(())
    }

    /// Erases a case's mediation and its queued posts (`/delete`, retention), before the
    /// case's key is destroyed. The thread in the mediators' room stays: it never named the
    /// person.
    pub(super) fn forget_mediation(&self, reference: &str) -> Result<(), StoreError> {
        self.mediations.remove(reference.as_bytes())?;
        for item in self.mediator_posts.iter() {
            let (key, value) = item?;
            let post = self.open_json::<MediatorPost>("mediator post", &key, &value)?;
            if post.is_none_or(|post| post.reference == reference) {
                self.mediator_posts.remove(&key)?;
            }
        }
        Ok(())
    }
}

/// The beginning of a text, to name it in the case's thread.
fn excerpt(text: &str) -> String {
    const CHARS: usize = 60;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= CHARS {
        text
    } else {
        format!("{}…", text.chars().take(CHARS).collect::<String>())
    }
}
