//! Offices that answer by email. Every request email carries Kompass's own mailbox as
//! Reply-To; the email adapter reads that mailbox and hands each answer here:
//!
//! - [`Runtime::office_mail`] relays an office's answer to the newcomer like a caseworker's
//!   reply in a room (introduced in their language, the office's files attached), once per
//!   message, and only from the office's own mail domain;
//! - [`Runtime::request_bounced`] treats a bounce of a request email like a permanent SMTP
//!   failure (the newcomer is told to contact the office);
//! - [`Runtime::deliver_thread_mails`] sends what the newcomer answers as emails in the same
//!   thread.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::{Notice, Runtime, RuntimeError};
use crate::engine::{DeliveryStatus, OutgoingFile};
use crate::mail::{self, Transport};
use crate::store::{EmailThread, RoomPost};

use super::cases::{CaseOutcome, CaseworkerAction};

/// An office's email, as the email adapter read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeMail {
    /// The message's identity in the mailbox (`imap:<uidvalidity>:<uid>`): acted on once.
    pub event: String,
    /// Its Message-ID, with angle brackets, if it had one.
    pub message_id: Option<String>,
    /// Its `References`, for the thread.
    pub references: Vec<String>,
    /// The sender's address (`From`).
    pub from: String,
    /// Where answers go if not to the sender (`Reply-To`).
    pub reply_to: Option<String>,
    pub subject: String,
    /// The new text: quoted history, signature and HTML already removed.
    pub text: String,
    pub files: Vec<OutgoingFile>,
    /// A `Termin:` line: the appointment, handled like `!termin` in a room.
    pub appointment: Option<(NaiveDate, NaiveTime, Option<String>)>,
}

/// What became of an office's email.
#[derive(Debug, Clone, PartialEq)]
pub enum OfficeMailOutcome {
    /// Relayed: the notices are for the newcomer's messenger (the answer, and the
    /// appointment if the email named one).
    Relayed(Vec<Notice>),
    /// Handled before (read again after a restart).
    AlreadyDone,
    /// No case has this reference.
    UnknownCase,
    /// The sender is not from the institution's mail domain: not relayed, so that nobody
    /// who guesses a reference number can write to a newcomer.
    ForeignSender,
    /// The case was closed, or the newcomer erased their data.
    Closed,
}

/// The domain of an address, in lower case.
fn domain_of(address: &str) -> Option<String> {
    let (_, domain) = address.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('>').trim();
    (!domain.is_empty()).then(|| domain.to_ascii_lowercase())
}

impl Runtime {
    /// Whether `reference` names a case (for matching an answer by its subject).
    pub fn case_exists(&self, reference: &str) -> Result<bool, RuntimeError> {
        Ok(self.store.case(reference)?.is_some())
    }

    /// Whether mail about request `reference` may stay in Kompass's mailbox: its case
    /// still holds the newcomer's data (not erased by `/delete` or the retention period).
    pub fn mail_may_stay(&self, reference: &str) -> Result<bool, RuntimeError> {
        Ok(self
            .store
            .case(reference)?
            .is_some_and(|case| !case.user.is_erased()))
    }

    /// The domain of Kompass's Message-IDs (that of the sender address).
    pub fn message_id_domain(&self) -> String {
        self.settings.mail_from.email.domain().to_string()
    }

    /// The domains of Kompass's Message-IDs: the default sender's and each municipality's
    /// (`[[municipality]] mail_from`).
    pub fn message_id_domains(&self) -> Vec<String> {
        let mut domains = vec![self.message_id_domain()];
        for from in self
            .senders
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .values()
        {
            let domain = from.email.domain().to_string();
            if !domains.contains(&domain) {
                domains.push(domain);
            }
        }
        domains
    }

    /// Relays an office's email answer to case `reference`'s newcomer, once. `now` is the
    /// municipality's local time.
    pub fn office_mail(
        &self,
        reference: &str,
        mail: OfficeMail,
        now: NaiveDateTime,
    ) -> Result<OfficeMailOutcome, RuntimeError> {
        let Some(case) = self.store.case(reference)? else {
            return Ok(OfficeMailOutcome::UnknownCase);
        };
        let engine = self.engine_for(&case.institution);
        let office_domain = engine
            .content()
            .flow
            .institution(&case.institution)
            .and_then(|institution| domain_of(&institution.email));
        if office_domain.is_none() || domain_of(&mail.from) != office_domain {
            return Ok(OfficeMailOutcome::ForeignSender);
        }
        drop(engine);
        let thread = EmailThread {
            office_message_id: mail.message_id.clone().unwrap_or_default(),
            references: mail.references.clone(),
            reply_to: mail.reply_to.clone().unwrap_or_else(|| mail.from.clone()),
            subject: mail.subject.clone(),
        };
        let action = CaseworkerAction::OfficeEmail {
            text: mail.text,
            files: mail.files,
            thread,
        };
        let mut notices = Vec::new();
        match self.caseworker_action(&mail.event, reference, action, now)? {
            CaseOutcome::Done { notice, .. } => notices.push(notice),
            CaseOutcome::AlreadyDone => {}
            CaseOutcome::Closed | CaseOutcome::Erased => return Ok(OfficeMailOutcome::Closed),
        }
        // The appointment is an event of its own, so a crash between the two applies the
        // missing one after the restart and neither twice.
        if let Some((date, time, place)) = mail.appointment {
            let appointment = CaseworkerAction::Appointment { date, time, place };
            if let CaseOutcome::Done { notice, .. } = self.caseworker_action(
                &format!("{}:termin", mail.event),
                reference,
                appointment,
                now,
            )? {
                notices.push(notice);
            }
        }
        Ok(if notices.is_empty() {
            OfficeMailOutcome::AlreadyDone
        } else {
            OfficeMailOutcome::Relayed(notices)
        })
    }

    /// A request email bounced: like a permanent SMTP failure, the request is marked failed
    /// and its newcomer told to contact the office. `None` when there is nobody to tell (the
    /// request was erased, or was marked failed before).
    pub fn request_bounced(
        &self,
        reference: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Notice>, RuntimeError> {
        let Some(stored) = self.store.request(reference)? else {
            return Ok(None);
        };
        if stored.status == DeliveryStatus::Failed {
            return Ok(None);
        }
        let Some(request) = stored.request else {
            return Ok(None);
        };
        let notice = Notice {
            id: format!("bounce:{reference}"),
            user: request.user.clone(),
            message: self
                .engine_for(&request.institution)
                .delivery_notice(&request, false, false),
            files: Vec::new(),
        };
        self.store
            .finish_delivery(reference, DeliveryStatus::Failed, now, Some(&notice))?;
        self.metrics
            .delivery_failure(self.town_label(&request.institution).as_deref());
        tracing::warn!(%reference, "a request email bounced; the newcomer is told to contact the office");
        Ok(Some(notice))
    }

    /// What newcomers wrote in cases that talk by email, oldest first.
    fn thread_mail_posts(&self) -> Result<Vec<RoomPost>, RuntimeError> {
        Ok(self
            .store
            .room_posts()?
            .into_iter()
            .filter(|post| post.by_email)
            .collect())
    }

    /// How many of what newcomers wrote to offices by email wait to be sent.
    pub fn thread_mails_waiting(&self) -> Result<usize, RuntimeError> {
        Ok(self.thread_mail_posts()?.len())
    }

    /// Sends what newcomers wrote in cases that talk by email, all that waits now: see
    /// [`Runtime::deliver_thread_mails_gathered`].
    pub fn deliver_thread_mails(&self, transport: &dyn Transport) -> Result<usize, RuntimeError> {
        self.deliver_thread_mails_gathered(transport, None)
    }

    /// Sends what newcomers wrote in cases that talk by email as replies in their
    /// requests' threads, in order per office: what one person wrote about one request
    /// goes as one email (texts, photos, voice messages), a note for the office alone.
    /// With `gathering`, a case's messages wait until its person has written nothing for
    /// the quiet time (at most [`LONGEST_GATHERING_MINUTES`]): a field test of stop 62 sent
    /// four emails in one second, and a photo apart from its words ("هذا جواز زوجي"). A
    /// failed email stops its office's queue until the next run. Returns how many emails
    /// went out.
    pub fn deliver_thread_mails_gathered(
        &self,
        transport: &dyn Transport,
        gathering: Option<Gathering>,
    ) -> Result<usize, RuntimeError> {
        let mut sent = 0;
        let mut waiting_offices = std::collections::BTreeSet::new();
        // Each case's waiting posts, oldest first; the cases in the order of their first.
        let mut cases: Vec<(String, Vec<RoomPost>)> = Vec::new();
        for post in self.thread_mail_posts()? {
            match cases
                .iter_mut()
                .find(|(reference, _)| *reference == post.reference)
            {
                Some((_, posts)) => posts.push(post),
                None => cases.push((post.reference.clone(), vec![post])),
            }
        }
        for (reference, posts) in cases {
            let Some(first) = posts.first() else {
                continue;
            };
            let office = first.institution.clone();
            if waiting_offices.contains(&office)
                || gathering.is_some_and(|gathering| gathering.holds(&posts))
            {
                continue;
            }
            let case = self.store.case(&reference)?;
            let Some(case) = case.filter(|case| !case.user.is_erased()) else {
                // Erased since: nothing of it may go out.
                self.store.room_posts_done(&posts)?;
                continue;
            };
            // Without a mailbox for its answers, one way: the office answers by phone or
            // letter, as the request says.
            let reply_mailbox = self.reply_mailbox_for(&case.institution);
            let content = self.engine_for(&case.institution).content().clone();
            let Some(institution) = content.flow.institution(&case.institution) else {
                tracing::error!(reference = %case.reference, "a thread email for an institution no longer in the flow; dropped");
                self.store.room_posts_done(&posts)?;
                continue;
            };
            // The request the message adds to, where it is still stored (not after the
            // retention period): its title and who sent it, for the office.
            let about = match case.kind {
                crate::store::CaseKind::Request => self
                    .store
                    .request(&case.reference)?
                    .and_then(|stored| stored.request)
                    .map(|request| {
                        mail::RequestAbout::of(&request, &content, self.settings.time_zone)
                            .answered_at(&case)
                    }),
                crate::store::CaseKind::Contact => None,
            };
            let from = self.sender_for(&case.institution);
            for batch in posts.chunk_by(|one, next| !is_note(one) && !is_note(next)) {
                let mut items = Vec::with_capacity(batch.len());
                for post in batch {
                    let file = match &post.what {
                        crate::store::PostWhat::Forwarded(
                            crate::engine::Forwarded::File { id, .. }
                            | crate::engine::Forwarded::Audio { id, .. },
                        ) => self.store.attachment(id)?,
                        _ => None,
                    };
                    items.push((post, file));
                }
                let composed = mail::thread_email(
                    &content.locales,
                    &mail::ThreadEmail {
                        posts: items,
                        case: &case,
                        institution_name: &institution.name,
                        institution_email: &institution.email,
                        from: &from,
                        reply_mailbox: reply_mailbox.as_ref(),
                        time_zone: self.settings.time_zone,
                        about: about.clone(),
                    },
                );
                // As for request emails: only the instance holding the lease sends.
                self.confirm_lease()?;
                match composed.and_then(|email| transport.send(&email).map(|()| email)) {
                    Ok(email) => {
                        let contact = crate::store::NewContact {
                            email: email.new_answer_email.as_ref().map(AsRef::as_ref),
                            phone: email.new_answer_phone.as_deref(),
                        };
                        self.store.room_posts_done_answering(batch, contact)?;
                        sent += 1;
                        tracing::info!(reference = %case.reference, messages = batch.len(), "a newcomer's messages went to the office by email");
                    }
                    Err(error) => {
                        waiting_offices.insert(office.clone());
                        tracing::warn!(reference = %case.reference, %error, "a thread email was not delivered; will retry");
                        break;
                    }
                }
            }
        }
        Ok(sent)
    }
}

/// The longest a person's message waits for more of theirs to go in the same email.
pub const LONGEST_GATHERING_MINUTES: i64 = 10;

/// When the email worker sends what people write about their requests
/// ([`Runtime::deliver_thread_mails_gathered`]).
#[derive(Debug, Clone, Copy)]
pub struct Gathering {
    pub now: DateTime<Utc>,
    /// How long a person must have written nothing more before their messages go.
    pub quiet: chrono::Duration,
}

impl Gathering {
    /// Whether a case's waiting `posts` wait for more: the newest is younger than the
    /// quiet time, and the oldest has not waited the longest time yet. Posts stored before
    /// their time was kept never wait.
    fn holds(&self, posts: &[RoomPost]) -> bool {
        let times = || posts.iter().filter_map(|post| post.queued_at);
        let (Some(newest), Some(oldest)) = (times().max(), times().min()) else {
            return false;
        };
        newest > self.now - self.quiet
            && oldest > self.now - chrono::Duration::minutes(LONGEST_GATHERING_MINUTES)
    }
}

/// A note for the office (a language mediator's translation) goes in an email of its own.
fn is_note(post: &RoomPost) -> bool {
    matches!(post.what, crate::store::PostWhat::Note { .. })
}

#[cfg(test)]
mod tests {
    use super::domain_of;

    #[test]
    fn domains_are_compared_without_case() {
        assert_eq!(
            domain_of("M.Mueller@Kalletal.DE").as_deref(),
            Some("kalletal.de")
        );
        assert_eq!(domain_of("no-address"), None);
    }
}
