//! The runtime's side of conversations with caseworkers: what a caseworker's reply or
//! command does to the newcomer's conversation, the text of a thread's root, the queue of
//! posts for rooms, and appointment reminders.
//!
//! Room adapters call these from `spawn_blocking`; every change is durable on return.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::{Notice, Runtime, RuntimeError};
use crate::engine::{Appointment, OutgoingFile, StepContext};
use crate::mail;
use crate::store::{
    Case, CaseEventWrite, CaseKind, EmailThread, Reminder, RoomPost, StepWrite, ThreadRef,
};

/// Reminders go out at this local time on the day before the appointment.
const REMINDER_HOUR: u32 = 10;

/// What a caseworker did in a case's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseworkerAction {
    /// A reply, relayed to the newcomer.
    Message(String),
    /// An office's email answer: its text and files for the newcomer, and where the
    /// newcomer's answers go.
    OfficeEmail {
        text: String,
        files: Vec<OutgoingFile>,
        thread: EmailThread,
    },
    /// `!termin`: an appointment.
    Appointment {
        date: NaiveDate,
        time: NaiveTime,
        place: Option<String>,
    },
    /// `!erledigt`: the conversation is closed.
    Close,
    /// `!vorlage`: a reply template, sent in the newcomer's language.
    Template(crate::templates::Filled),
}

/// What became of a caseworker's action.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseOutcome {
    /// Applied; the notice is for the newcomer's messenger. `reminder` is when the
    /// appointment reminder goes out, if one was scheduled.
    Done {
        notice: Notice,
        reminder: Option<NaiveDateTime>,
        /// The language the notice is in.
        language: String,
    },
    /// The event had been applied before (redelivered after a restart).
    AlreadyDone,
    /// The case was closed before: nothing reaches the newcomer.
    Closed,
    /// The newcomer erased their data: nothing can reach them.
    Erased,
}

/// A thread's first message, in German, with the request's photos.
#[derive(Debug, Clone)]
pub struct CaseRoot {
    pub lines: Vec<String>,
    /// File name, MIME type and bytes of each photo.
    pub files: Vec<(String, String, Vec<u8>)>,
}

impl Runtime {
    pub fn case(&self, reference: &str) -> Result<Option<Case>, RuntimeError> {
        Ok(self.store.case(reference)?)
    }

    pub fn case_by_thread(&self, room: &str, root: &str) -> Result<Option<Case>, RuntimeError> {
        Ok(self.store.case_by_thread(room, root)?)
    }

    /// Posts waiting for their rooms, oldest first (not those that go out by email).
    pub fn room_posts(&self) -> Result<Vec<RoomPost>, RuntimeError> {
        let mut posts = self.store.room_posts()?;
        posts.retain(|post| !post.by_email);
        Ok(posts)
    }

    /// A post is in its room; `thread` is the new thread when the post was its root.
    pub fn room_post_done(
        &self,
        post: &RoomPost,
        thread: Option<&ThreadRef>,
    ) -> Result<(), RuntimeError> {
        self.store.room_post_done(post, thread)?;
        Ok(())
    }

    /// The root of `case`'s thread: for a request the email's text (in the institution's
    /// email language) and its photos; for a contact, who wants to talk and in which
    /// language.
    pub fn case_root(&self, case: &Case) -> Result<CaseRoot, RuntimeError> {
        let engine = self.engine_for(&case.institution);
        let content = engine.content().clone();
        let language = crate::engine::interpreter_language(&case.language)
            .map_or_else(|| case.language.clone(), |(_, german)| german.to_string());
        let locales = &content.locales;
        let footer = locales.caseworker_text("caseworker-root-footer", &[]);
        let stored = match case.kind {
            CaseKind::Request => self
                .store
                .request(&case.reference)?
                .and_then(|stored| stored.request),
            CaseKind::Contact => None,
        };
        let Some(request) = stored else {
            let institution = content
                .flow
                .institution(&case.institution)
                .map_or(case.institution.as_str(), |i| i.name.as_str());
            let opening = match case.kind {
                CaseKind::Contact => "caseworker-root-contact",
                CaseKind::Request => "caseworker-root-request-erased",
            };
            return Ok(CaseRoot {
                lines: vec![
                    locales
                        .caseworker_text(opening, &[("reference", case.reference.as_str().into())]),
                    locales.caseworker_text(
                        "caseworker-root-institution",
                        &[("institution", institution.into())],
                    ),
                    locales.caseworker_text(
                        "caseworker-root-language",
                        &[
                            ("language", language.into()),
                            ("code", case.language.as_str().into()),
                        ],
                    ),
                    String::new(),
                    footer,
                ],
                files: Vec::new(),
            });
        };
        let text = mail::request_text(
            &request,
            &content,
            &engine,
            self.mail_context(&request.institution),
        )
        .map_err(|source| RuntimeError::ThreadRoot {
            reference: case.reference.clone(),
            source,
        })?;
        let mut files = Vec::with_capacity(text.files.len());
        for (name, mime, id) in text.files {
            if let Some(bytes) = self.store.attachment(&id)? {
                files.push((name, mime, bytes));
            }
        }
        // The email's closing lines list its attachments; the thread shows the photos.
        let mut lines = text.lines;
        lines.truncate(text.summary_lines);
        lines.push(String::new());
        lines.push(footer);
        Ok(CaseRoot { lines, files })
    }

    /// Applies what a caseworker did in case `reference`'s thread (event `event`), once.
    /// `now` is the municipality's local time, for reminders.
    pub fn caseworker_action(
        &self,
        event: &str,
        reference: &str,
        action: CaseworkerAction,
        now: NaiveDateTime,
    ) -> Result<CaseOutcome, RuntimeError> {
        let Some(mut case) = self.store.case(reference)? else {
            return Err(RuntimeError::UnknownCase {
                reference: reference.to_string(),
            });
        };
        if case.user.is_erased() {
            return Ok(CaseOutcome::Erased);
        }
        if self.store.case_event_done(event)? {
            return Ok(CaseOutcome::AlreadyDone);
        }
        if case.closed_at.is_some() {
            return Ok(CaseOutcome::Closed);
        }
        // With language mediators, a reply goes to them first (`runtime/mediation.rs`).
        if let CaseworkerAction::Message(text) = &action
            && let Some(outcome) = self.mediate_reply(event, &case, text, &[], Utc::now())?
        {
            return Ok(outcome);
        }
        // An office's email answer likewise; its thread is recorded first, as an event of its
        // own, so the newcomer's answers reach the office even while the text is held (a
        // crash in between records it again, harmlessly, and then holds the text once).
        if let CaseworkerAction::OfficeEmail {
            text,
            files,
            thread,
        } = &action
            && self.mediation_applies(&case)
        {
            let mut threaded = case.clone();
            threaded.email = Some(thread.clone());
            self.store.apply_case_event(&CaseEventWrite {
                event: &format!("{event}:thread"),
                session: None,
                notice: None,
                case: Some(&threaded),
                reminder: None,
            })?;
            if let Some(outcome) = self.mediate_reply(event, &threaded, text, files, Utc::now())? {
                return Ok(outcome);
            }
        }
        let user = case.user.clone();
        let _guard = self.lock(&user);
        let engine = self.engine_for(&case.institution);
        let (mut session, marks) = self.store.session_and_marks(&user)?.unwrap_or_default();
        let mut unused = || 0;
        let step_now = Utc::now();
        let ctx = StepContext {
            user: &user,
            now: step_now,
            utc_offset: self.utc_offset(step_now),
            language_hint: None,
            next_sequence: &mut unused,
            rooms_available: true,
            answers_by_email: &crate::engine::no_email_answers,
            addenda_by_email: true,
        };
        let mut reminder = None;
        let mut session_changed = true;
        let mut files = Vec::new();
        let mut case_changed = matches!(action, CaseworkerAction::Close);
        let mut language = session.language.clone().unwrap_or(case.language.clone());
        let message = match &action {
            CaseworkerAction::Message(text) => {
                self.for_case(&case.institution, &mut session, |engine, session| {
                    engine.caseworker_message(session, reference, &case.institution, text, &ctx)
                })
            }
            CaseworkerAction::OfficeEmail {
                text,
                files: attached,
                thread,
            } => {
                files.clone_from(attached);
                case.email = Some(thread.clone());
                case_changed = true;
                self.for_case(&case.institution, &mut session, |engine, session| {
                    engine.caseworker_message(session, reference, &case.institution, text, &ctx)
                })
            }
            CaseworkerAction::Template(filled) => {
                let (message, used) =
                    self.for_case(&case.institution, &mut session, |engine, session| {
                        engine.template_message(session, reference, &case.institution, filled, &ctx)
                    });
                language = used;
                message
            }
            CaseworkerAction::Close => {
                case.closed_at = Some(Utc::now());
                let message = self.for_case(&case.institution, &mut session, |engine, session| {
                    engine.close_case(session, reference, &case.institution, &ctx)
                });
                // Also when the person is in another municipality now (`for_case` worked
                // on a copy there): the case is closed for good.
                session.open_cases.retain(|_, open| open != reference);
                message
            }
            CaseworkerAction::Appointment { date, time, place } => {
                session_changed = false;
                let due = (*date - Duration::days(1))
                    .and_hms_opt(REMINDER_HOUR, 0, 0)
                    .expect("a valid hour");
                if due > now {
                    reminder = Some(Reminder {
                        reference: reference.to_string(),
                        institution: case.institution.clone(),
                        user: user.clone(),
                        due,
                        date: *date,
                        time: *time,
                        place: place.clone(),
                    });
                }
                files = self.appointment_files(
                    &engine,
                    &language,
                    reference,
                    &case.institution,
                    date.and_time(*time),
                    place.as_deref(),
                );
                engine.appointment_message(
                    &language,
                    &Appointment {
                        institution: &case.institution,
                        date: *date,
                        time: *time,
                        place: place.as_deref(),
                    },
                    reminder.is_some(),
                )
            }
        };
        let notice = Notice {
            id: format!("case:{event}"),
            user: user.clone(),
            message,
            files,
        };
        let applied = self.store.apply_case_event(&CaseEventWrite {
            event,
            session: session_changed.then_some((&user, &session, marks.as_slice())),
            notice: Some(&notice),
            case: case_changed.then_some(&case),
            reminder: reminder.as_ref(),
        })?;
        if !applied {
            return Ok(CaseOutcome::AlreadyDone);
        }
        if matches!(action, CaseworkerAction::Close) {
            self.mediation_closed(reference)?;
        }
        Ok(CaseOutcome::Done {
            notice,
            reminder: reminder.map(|r| r.due),
            language,
        })
    }

    /// Erases everything about the person who sent request `reference` (or opened case
    /// `reference`), as their `/delete` does: at their request, made to the office another
    /// way (in person, by phone, by letter) — a caseworker's `!löschen ja` in the case's
    /// thread, or the administrator's `kompass erase`. `false` when it was erased before
    /// (the person's own `/delete`, the retention period, the command given twice). The
    /// person is not told in their messenger: what would tell them is erased with the rest.
    pub fn erase_at_office_request(&self, reference: &str) -> Result<bool, RuntimeError> {
        let user = match self.store.case(reference)? {
            Some(case) => Some(case.user),
            None => match self.store.request(reference)? {
                Some(stored) => stored.request.map(|request| request.user),
                None => {
                    return Err(RuntimeError::UnknownCase {
                        reference: reference.to_string(),
                    });
                }
            },
        };
        let Some(user) = user.filter(|user| !user.is_erased()) else {
            return Ok(false);
        };
        let _guard = self.lock(&user);
        let (session, marks) = self.store.session_and_marks(&user)?.unwrap_or_default();
        self.store.write_step(
            &user,
            &StepWrite {
                session: None,
                marks: &marks,
                dropped_attachments: session.attachment_ids().map(str::to_string).collect(),
                erase: true,
                ..StepWrite::default()
            },
        )?;
        // The caseworker is told it is done: it must hold after a power cut too.
        self.store.wait_durable(self.store.register(true));
        self.erasures.send_modify(|count| *count += 1);
        tracing::info!(%reference, "a person's data erased at the office's command, on their request");
        Ok(true)
    }

    /// An appointment's calendar entry and bilingual visit slip for the newcomer. Without
    /// them the appointment message still goes out: a failure is logged, not fatal.
    fn appointment_files(
        &self,
        engine: &crate::Engine,
        lang: &str,
        reference: &str,
        institution: &str,
        start: NaiveDateTime,
        place: Option<&str>,
    ) -> Vec<OutgoingFile> {
        let content = engine.content();
        let locales = &content.locales;
        let office = content.flow.institution(institution);
        let label = office.map_or_else(
            || institution.to_string(),
            |office| locales.text(lang, &office.label, &[]),
        );
        let german = office.map_or(institution, |office| office.name.as_str());
        let documents: Vec<(String, String)> = office
            .map(|office| {
                office
                    .documents
                    .iter()
                    .map(|id| {
                        (
                            locales.text(lang, id, &[]),
                            locales.text(crate::i18n::CASEWORKER_LANGUAGE, id, &[]),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let details = crate::appointment_documents::AppointmentDetails {
            start,
            place,
            reference,
            institution: &label,
            institution_german: german,
            documents: &documents,
        };
        match crate::appointment_documents::appointment_files(locales, lang, &details, Utc::now()) {
            Ok(files) => files,
            Err(error) => {
                tracing::error!(%reference, %error, "the appointment's calendar file and visit slip could not be made");
                Vec::new()
            }
        }
    }

    /// Turns the reminders due at `now` (local time) into notices.
    pub fn due_reminders(&self, now: NaiveDateTime) -> Result<Vec<Notice>, RuntimeError> {
        let mut notices = Vec::new();
        for reminder in self.store.due_reminders(now)? {
            let session = self.store.session(&reminder.user)?;
            let Some(session) = session else {
                // The newcomer erased their data since.
                self.store.reminder_done(&reminder, None)?;
                continue;
            };
            let engine = self.engine_for(&reminder.institution);
            let lang = engine.session_language(&session);
            let message = engine.reminder_message(
                &lang,
                &Appointment {
                    institution: &reminder.institution,
                    date: reminder.date,
                    time: reminder.time,
                    place: reminder.place.as_deref(),
                },
            );
            let notice = Notice {
                id: format!("reminder:{}:{}", reminder.reference, reminder.due),
                user: reminder.user.clone(),
                message,
                files: Vec::new(),
            };
            self.store.reminder_done(&reminder, Some(&notice))?;
            notices.push(notice);
        }
        Ok(notices)
    }
}
