//! The runtime around the pure engine: for one update it loads the session, inspects an
//! upload, runs the step, and writes the result durably before the reply is shown; and it
//! delivers queued emails, telling the newcomer when one has gone.
//!
//! Steps for the same person are serialised (a lock per hash bucket); different people run
//! in parallel. All methods block on disk I/O: async adapters call them from
//! `spawn_blocking`.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;

use crate::attachment::{self, Limits, Verdict};
use crate::content::Content;
use crate::engine::{
    AttachmentInput, Command, DeliveryStatus, Engine, Input, Message, Output, Session, StepContext,
    UserId, is_rtl,
};
use crate::mail::{self, MailError, Transport};
use crate::store::{StepWrite, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

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
    /// A file the adapter could not fetch (too large to download, say): only its verdict.
    RefusedFile(Verdict),
    Unsupported,
}

/// A message for someone that is not a reply to their last update (e.g. "your request was
/// sent"): adapters route it by `user.channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub user: UserId,
    pub message: Message,
}

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
}

const LOCK_BUCKETS: usize = 64;

/// Engine + storage + settings.
#[derive(Debug)]
pub struct Runtime {
    engine: RwLock<Engine>,
    store: Store,
    settings: Settings,
    locks: Vec<Mutex<()>>,
}

impl Runtime {
    pub fn new(content: Arc<Content>, store: Store, settings: Settings) -> Self {
        Self {
            engine: RwLock::new(Engine::new(content)),
            store,
            settings,
            locks: (0..LOCK_BUCKETS).map(|_| Mutex::new(())).collect(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn engine(&self) -> Engine {
        self.engine
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Swaps in new content (already checked); running conversations continue with it.
    pub fn replace_content(&self, content: Arc<Content>) {
        *self
            .engine
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Engine::new(content);
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
    /// (redelivered after a restart) returns nothing and changes nothing.
    pub fn handle(&self, update: Update) -> Result<Vec<Output>, RuntimeError> {
        let _guard = self.lock(&update.user);
        if let Some(id) = &update.id
            && self.store.is_handled(id)?
        {
            tracing::debug!("update already handled; skipped");
            return Ok(Vec::new());
        }
        let engine = self.engine();
        let mut session = self.store.session(&update.user)?.unwrap_or_default();
        let before: BTreeSet<String> = session.attachment_ids().map(str::to_string).collect();
        let mut upload = None;
        let input = match update.incoming {
            Incoming::Text(text) => Command::parse(&text).map_or(Input::Text(text), Input::Command),
            Incoming::Button(data) => Input::Button(data),
            Incoming::Unsupported => Input::Unsupported,
            Incoming::RefusedFile(verdict) => Input::Attachment(AttachmentInput {
                id: String::new(),
                verdict,
            }),
            Incoming::File(bytes) => {
                let verdict = attachment::inspect(&bytes, self.settings.limits);
                let id = self.store.new_id()?;
                if verdict.mime().is_some() {
                    upload = Some((id.clone(), bytes));
                }
                Input::Attachment(AttachmentInput { id, verdict })
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
            language_hint: update.language_hint.as_deref(),
            next_sequence: &mut next_sequence,
        };
        let outputs = engine.step(&mut session, input, &mut ctx);
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
        let write = StepWrite {
            session: (!erase).then_some(&session),
            handled: update.id.as_deref(),
            new_attachments: upload
                .filter(|(id, _)| kept.contains(id) && !erase)
                .into_iter()
                .collect(),
            dropped_attachments: before.difference(&kept).cloned().collect(),
            submitted,
            erase,
        };
        self.store.write_step(&update.user, &write)?;
        self.store.flush()?;
        for request in &write.submitted {
            tracing::info!(reference = %request.reference, institution = %request.institution, "request submitted");
        }
        if erase {
            tracing::info!("a user erased their data");
        }
        Ok(outputs)
    }

    /// The question a person is at, e.g. to show again after a restart.
    pub fn current_prompt(&self, user: &UserId) -> Result<Output, RuntimeError> {
        let session = self.store.session(user)?.unwrap_or_default();
        let mut unused = || 0;
        let ctx = StepContext {
            user,
            now: Utc::now(),
            language_hint: None,
            next_sequence: &mut unused,
        };
        Ok(self.engine().current_prompt(&session, &ctx))
    }

    /// Sends every queued email that is due. Returns the notices for newcomers and a report.
    pub fn deliver_due(
        &self,
        transport: &dyn Transport,
        now: DateTime<Utc>,
    ) -> Result<(Vec<Notice>, DeliveryReport), RuntimeError> {
        let engine = self.engine();
        let content = engine.content().clone();
        let mut notices = Vec::new();
        let mut report = DeliveryReport::default();
        for entry in self.store.due_outbox(now)? {
            let Some(stored) = self.store.request(&entry.reference)? else {
                self.store
                    .finish_delivery(&entry.reference, DeliveryStatus::Failed, now)?;
                continue;
            };
            let Some(request) = &stored.request else {
                self.store
                    .finish_delivery(&entry.reference, DeliveryStatus::Failed, now)?;
                continue;
            };
            let attachment = |id: &str| self.store.attachment(id).ok().flatten();
            let result = mail::compose(
                request,
                &content,
                &engine,
                &self.settings.mail_from,
                &attachment,
            )
            .and_then(|mail| transport.send(&mail));
            let status = match result {
                Ok(()) => {
                    report.sent += 1;
                    tracing::info!(reference = %entry.reference, "email delivered");
                    DeliveryStatus::Sent
                }
                Err(error)
                    if now - entry.first_queued < self.settings.give_up_after
                        && !is_permanent(&error) =>
                {
                    let entry = self.store.retry_later(entry, now)?;
                    report.retried += 1;
                    tracing::warn!(reference = %entry.reference, attempts = entry.attempts, next = %entry.next_attempt, %error, "email not delivered; will retry");
                    continue;
                }
                Err(error) => {
                    report.failed += 1;
                    tracing::error!(reference = %entry.reference, %error, "email given up; the newcomer is told to contact the office");
                    DeliveryStatus::Failed
                }
            };
            self.store.finish_delivery(&entry.reference, status, now)?;
            let lang = request.language.as_str();
            let institution = content.flow.institution(&request.institution).map_or_else(
                || request.institution.clone(),
                |i| content.locales.text(lang, &i.label, &[]),
            );
            let id = if status == DeliveryStatus::Sent {
                "request-sent"
            } else {
                "request-failed"
            };
            let text = content.locales.text(
                lang,
                id,
                &[
                    ("reference", request.reference.as_str().into()),
                    ("institution", institution.into()),
                ],
            );
            notices.push(Notice {
                user: request.user.clone(),
                message: Message {
                    text,
                    buttons: Vec::new(),
                    rtl: is_rtl(lang),
                },
            });
        }
        Ok((notices, report))
    }
}

/// Errors that no retry will fix.
fn is_permanent(error: &MailError) -> bool {
    matches!(
        error,
        MailError::UnknownInstitution { .. }
            | MailError::Address { .. }
            | MailError::MissingAttachment { .. }
            | MailError::Build { .. }
    )
}

/// A session as it starts: for tests and benchmarks that prepare state.
pub fn new_session() -> Session {
    Session::default()
}
