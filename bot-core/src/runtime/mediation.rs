//! Language mediators (Sprachmittlung): the runtime's side. When an institution has
//! `mediators = true` and the county has a mediators' room for the newcomer's language, the
//! newcomer's free text in a case (a contact's messages, a request's fields marked
//! `mediators = true`) is also queued for that room, under a random case number and
//! without name, reference, photos or files. A mediator's translation of it goes into the
//! case's thread; a caseworker's reply goes to the mediators too, and its translation to
//! the newcomer.
//!
//! A caseworker's reply is held back from the newcomer until its translation comes, at most
//! [`MediationSettings::wait`]; meanwhile the newcomer gets a short note in their language
//! that the office answered and a translation is on its way. A newcomer with little German
//! gains little from a German text first and a translation later (two messages about the
//! same thing, the first one unreadable), but must never wait forever: after the wait the
//! German original goes out as usual, and a translation that comes later still follows.
//! With a wait of zero the German original goes out at once.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{CaseOutcome, Notice, Runtime, RuntimeError};
use crate::engine::{Answer, Engine, Forwarded, Message, OutgoingFile, Output, UserId, is_rtl};
use crate::request::Request;
use crate::store::{
    Case, Held, ItemWhat, Mediation, MediationWrite, MediatorPost, MediatorWhat, PassedTo, PostWhat,
};

/// Which languages have a mediators' room, and how long a reply waits for its translation.
#[derive(Debug, Clone)]
pub struct MediationSettings {
    pub languages: BTreeSet<String>,
    /// Zero: the German original goes to the newcomer at once, the translation after it.
    pub wait: chrono::Duration,
}

/// Mediation as switched on at start.
#[derive(Debug)]
pub(super) struct MediationState {
    settings: MediationSettings,
    /// Woken when posts for mediators' rooms are queued.
    wake: Arc<tokio::sync::Notify>,
}

/// What became of a mediator's translation.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslationOutcome {
    /// The translation of the newcomer's words is queued for the case's thread (and the
    /// mediator's thanks for the mediators' room).
    ToOffice,
    /// The translation of a caseworker's reply goes to the newcomer (and the mediator's
    /// thanks is queued).
    ToNewcomer(Notice),
    /// The event had been applied before.
    AlreadyDone,
    /// The thread is no case (any more): the person erased their data, or it never was one.
    UnknownThread,
    /// The thread has no message to translate yet.
    Nothing,
    /// The case was closed: nothing reaches the newcomer.
    Closed,
}

impl Runtime {
    /// Switches mediation on (once, at start; the Matrix adapter knows the rooms).
    pub fn enable_mediation(&self, settings: MediationSettings) {
        let _ = self.mediation.set(MediationState {
            settings,
            wake: Arc::new(tokio::sync::Notify::new()),
        });
    }

    /// Notified whenever posts for mediators' rooms are queued; `None` without mediation.
    pub fn mediators_wake(&self) -> Option<Arc<tokio::sync::Notify>> {
        self.mediation.get().map(|state| state.wake.clone())
    }

    pub(super) fn wake_mediators(&self) {
        if let Some(state) = self.mediation.get() {
            state.wake.notify_one();
        }
    }

    /// Whether `institution`'s cases in `language` go to the mediators.
    fn mediated(&self, engine: &Engine, institution: &str, language: &str) -> bool {
        let Some(state) = self.mediation.get() else {
            return false;
        };
        // The translations need a way to the office: its room, or its email thread
        // (`Runtime::thread_post`) when Kompass has a mailbox for answers.
        let reachable =
            |room: &Option<String>| room.is_some() || self.answers_by_email(institution);
        state.settings.languages.contains(language)
            && engine
                .content()
                .flow
                .institution(institution)
                .is_some_and(|i| i.mediators && reachable(&i.matrix_room))
    }

    /// The mediations a step opens and the posts it queues for mediators' rooms (written
    /// in the step's transaction). `opened` are the cases the step opens.
    pub(super) fn mediation_writes(
        &self,
        outputs: &[Output],
        submitted: &[Request],
        opened: &[Case],
    ) -> Result<(Vec<Mediation>, Vec<MediatorPost>), RuntimeError> {
        let mut new: Vec<Mediation> = Vec::new();
        let mut posts = Vec::new();
        if self.mediation.get().is_none() {
            return Ok((new, posts));
        }
        let mut taken: Option<BTreeSet<String>> = None;
        let mut open = |runtime: &Self,
                        case: &Case,
                        new: &mut Vec<Mediation>,
                        posts: &mut Vec<MediatorPost>|
         -> Result<bool, RuntimeError> {
            // Switched off since (reload, config): nothing more goes to the mediators.
            let engine = runtime.engine_for(&case.institution);
            if !runtime.mediated(&engine, &case.institution, &case.language) {
                return Ok(false);
            }
            if new.iter().any(|m| m.reference == case.reference)
                || runtime.store.mediation(&case.reference)?.is_some()
            {
                return Ok(true);
            }
            let taken = match &mut taken {
                Some(taken) => taken,
                None => taken.insert(
                    runtime
                        .store
                        .mediations()?
                        .into_iter()
                        .map(|m| m.number)
                        .collect(),
                ),
            };
            let number = case_number(taken)?;
            taken.insert(number.clone());
            new.push(Mediation {
                reference: case.reference.clone(),
                number,
                institution: case.institution.clone(),
                language: case.language.clone(),
                opened_at: Utc::now(),
                thread: None,
                items: Vec::new(),
                held: Vec::new(),
            });
            posts.push(
                runtime
                    .store
                    .mediator_post(&case.reference, MediatorWhat::Root)?,
            );
            Ok(true)
        };
        for case in opened {
            if !open(self, case, &mut new, &mut posts)? {
                continue;
            }
            // A request: only the answers its form marks for the mediators (the concern in
            // the newcomer's words), never names, dates, addresses or photos; of a voice
            // message only what was written with it (a voice tells who it is).
            let Some(request) = submitted.iter().find(|r| r.reference == case.reference) else {
                continue;
            };
            let engine = self.engine_for(&request.institution);
            let Some(form) = engine.content().flow.form(&request.form) else {
                continue;
            };
            for (field, answer) in &request.answers {
                let marked = form.fields.iter().any(|f| f.id == *field && f.mediators);
                if let (true, Answer::Text(text) | Answer::Voice { text, .. }) = (marked, answer)
                    && !text.trim().is_empty()
                {
                    posts.push(self.store.mediator_post(
                        &case.reference,
                        MediatorWhat::Newcomer { text: text.clone() },
                    )?);
                }
            }
        }
        for output in outputs {
            let Output::Forward {
                case: reference,
                what: Forwarded::Text { text, .. },
            } = output
            else {
                continue;
            };
            let case = match opened.iter().find(|c| c.reference == *reference) {
                Some(case) => Some(case.clone()),
                None => self.store.case(reference)?,
            };
            let Some(case) = case else { continue };
            if open(self, &case, &mut new, &mut posts)? {
                posts.push(
                    self.store
                        .mediator_post(reference, MediatorWhat::Newcomer { text: text.clone() })?,
                );
            }
        }
        Ok((new, posts))
    }

    /// Posts waiting for the mediators' rooms, oldest first.
    pub fn mediator_posts(&self) -> Result<Vec<MediatorPost>, RuntimeError> {
        Ok(self.store.mediator_posts()?)
    }

    pub fn mediation(&self, reference: &str) -> Result<Option<Mediation>, RuntimeError> {
        Ok(self.store.mediation(reference)?)
    }

    /// A post is in its room as `event`; `thread` is the new thread when it was the root.
    pub fn mediator_post_done(
        &self,
        post: &MediatorPost,
        event: &str,
        thread: Option<&crate::store::ThreadRef>,
    ) -> Result<(), RuntimeError> {
        self.store.mediator_post_done(post, event, thread)?;
        Ok(())
    }

    /// The German text of a mediators' post: no name, no reference, no institution-internal
    /// data; the newcomer's or the caseworker's words are passed as data, never as a
    /// pattern.
    pub fn mediator_text(&self, mediation: &Mediation, what: &MediatorWhat) -> String {
        let engine = self.engine();
        let locales = &engine.content().locales;
        let language = german_language_name(&mediation.language);
        match what {
            MediatorWhat::Root => locales.caseworker_text(
                "mediators-root",
                &[
                    ("number", mediation.number.as_str().into()),
                    ("language", language.into()),
                ],
            ),
            MediatorWhat::Newcomer { text } => format!(
                "{}\n{text}",
                locales.caseworker_text(
                    "mediators-from-newcomer",
                    &[("number", mediation.number.as_str().into())],
                )
            ),
            MediatorWhat::Closed => locales.caseworker_text(
                "mediators-case-closed",
                &[("number", mediation.number.as_str().into())],
            ),
            MediatorWhat::Thanks { passed_to, .. } => locales.caseworker_text(
                match passed_to {
                    PassedTo::Office => "mediators-done-office",
                    PassedTo::Newcomer => "mediators-done-newcomer",
                },
                &[],
            ),
            MediatorWhat::Office { text, .. } => format!(
                "{}\n{text}",
                locales.caseworker_text(
                    "mediators-from-office",
                    &[
                        ("number", mediation.number.as_str().into()),
                        ("language", language.into()),
                    ],
                )
            ),
        }
    }

    /// A caseworker's reply in a mediated case: it goes to the mediators, and the newcomer
    /// gets it translated (or in German after the wait). `None` when the case is not
    /// mediated: the reply is relayed as usual.
    /// The office's message `text` of `case` as `user` (with `session`) gets it, built
    /// outside a step (no reference numbers).
    fn caseworker_message(
        &self,
        user: &UserId,
        session: &mut crate::engine::Session,
        case: &Case,
        text: &str,
    ) -> Message {
        self.outside_a_step(user, &crate::engine::no_email_answers, |ctx| {
            self.for_case(&case.institution, session, |engine, session| {
                engine.caseworker_message(session, &case.reference, &case.institution, text, ctx)
            })
        })
    }

    pub(super) fn mediate_reply(
        &self,
        event: &str,
        case: &Case,
        text: &str,
        files: &[OutgoingFile],
        now: DateTime<Utc>,
    ) -> Result<Option<CaseOutcome>, RuntimeError> {
        let engine = self.engine_for(&case.institution);
        let Some(state) = self.mediation.get() else {
            return Ok(None);
        };
        if !self.mediated(&engine, &case.institution, &case.language) {
            return Ok(None);
        }
        let existing = self.store.mediation(&case.reference)?;
        let user = case.user.clone();
        let _guard = self.lock(&user);
        let (mut session, marks) = self.store.session_and_marks(&user)?.unwrap_or_default();
        let lang = session.language.clone().unwrap_or(case.language.clone());
        let wait = state.settings.wait;
        let at_once = wait <= chrono::Duration::zero();
        let message = if at_once {
            self.caseworker_message(&user, &mut session, case, text)
        } else {
            plain_message(
                &lang,
                engine.content().locales.text(
                    &lang,
                    "mediation-pending",
                    &[(
                        "institution",
                        institution_label(&engine, &case.institution, &lang).into(),
                    )],
                ),
            )
        };
        let mut posts = Vec::new();
        let mut new = None;
        if existing.is_none() {
            let number = case_number(
                &self
                    .store
                    .mediations()?
                    .into_iter()
                    .map(|m| m.number)
                    .collect(),
            )?;
            new = Some(Mediation {
                reference: case.reference.clone(),
                number,
                institution: case.institution.clone(),
                language: case.language.clone(),
                opened_at: now,
                thread: None,
                items: Vec::new(),
                held: Vec::new(),
            });
            posts.push(
                self.store
                    .mediator_post(&case.reference, MediatorWhat::Root)?,
            );
        }
        posts.push(self.store.mediator_post(
            &case.reference,
            MediatorWhat::Office {
                reply: event.to_string(),
                text: without_case_details(text, &case.reference),
            },
        )?);
        let held = Held {
            id: event.to_string(),
            text: text.to_string(),
            due: now + wait,
            released: at_once,
        };
        let note = self.thread_post(
            &case.reference,
            &case.institution,
            PostWhat::Note {
                text: engine.content().locales.caseworker_text(
                    if at_once {
                        "mediators-reply-sent-and-queued"
                    } else {
                        "mediators-reply-held"
                    },
                    &[
                        ("language", german_language_name(&case.language).into()),
                        ("hours", wait.num_hours().into()),
                    ],
                ),
            },
        )?;
        // The office's files (an email answer's PDFs) reach the newcomer at once: only the
        // text waits for its translation.
        let notice = Notice {
            id: format!("case:{event}"),
            user: user.clone(),
            message,
            files: files.to_vec(),
        };
        let change = |before: Option<Mediation>| {
            let mut mediation = before.or_else(|| new.clone())?;
            if mediation.held(&held.id).is_none() {
                mediation.held.push(held.clone());
            }
            Some(mediation)
        };
        let applied = self.store.apply_mediation(&MediationWrite {
            reference: &case.reference,
            event: Some(event),
            session: at_once.then_some((&user, &session, marks.as_slice())),
            notice: Some(&notice),
            change: &change,
            mediator_posts: &posts,
            room_post: Some(&note),
        })?;
        if !applied {
            return Ok(Some(CaseOutcome::AlreadyDone));
        }
        self.rooms_wake.notify_one();
        self.wake_mediators();
        Ok(Some(CaseOutcome::Done {
            notice,
            reminder: None,
            language: lang,
        }))
    }

    /// Whether a caseworker's or office's reply in `case` goes to the mediators first.
    pub(super) fn mediation_applies(&self, case: &Case) -> bool {
        self.mediation.get().is_some()
            && self.mediated(
                &self.engine_for(&case.institution),
                &case.institution,
                &case.language,
            )
    }

    /// The office closed case `reference`: its mediators' thread is told (if it has one).
    pub(super) fn mediation_closed(&self, reference: &str) -> Result<(), RuntimeError> {
        if self.store.mediation(reference)?.is_none() {
            return Ok(());
        }
        let post = self.store.mediator_post(reference, MediatorWhat::Closed)?;
        let keep = |before: Option<Mediation>| before;
        self.store.apply_mediation(&MediationWrite {
            reference,
            event: None,
            session: None,
            notice: None,
            change: &keep,
            mediator_posts: std::slice::from_ref(&post),
            room_post: None,
        })?;
        self.wake_mediators();
        Ok(())
    }

    /// A mediator wrote `text` (event `event`) in the thread starting at `root` in `room`,
    /// as a reply to `replying_to` if they chose a message: the translation of that message,
    /// or else of the thread's latest.
    pub fn mediator_translation(
        &self,
        event: &str,
        room: &str,
        root: &str,
        replying_to: Option<&str>,
        text: &str,
    ) -> Result<TranslationOutcome, RuntimeError> {
        let Some(mediation) = self.store.mediation_by_thread(room, root)? else {
            return Ok(TranslationOutcome::UnknownThread);
        };
        let Some(case) = self.store.case(&mediation.reference)? else {
            return Ok(TranslationOutcome::UnknownThread);
        };
        if case.user.is_erased() {
            return Ok(TranslationOutcome::UnknownThread);
        }
        if self.store.case_event_done(event)? {
            return Ok(TranslationOutcome::AlreadyDone);
        }
        let item = replying_to
            .and_then(|to| mediation.items.iter().find(|item| item.event == to))
            .or_else(|| mediation.items.last());
        let Some(item) = item else {
            return Ok(TranslationOutcome::Nothing);
        };
        let engine = self.engine_for(&case.institution);
        let locales = &engine.content().locales;
        let language = german_language_name(&mediation.language);
        match &item.what {
            ItemWhat::Newcomer { excerpt } => {
                let post = self.thread_post(
                    &case.reference,
                    &case.institution,
                    PostWhat::Note {
                        text: format!(
                            "{}\n{text}",
                            locales.caseworker_text(
                                "mediators-translation-for-office",
                                &[
                                    ("language", language.into()),
                                    ("excerpt", excerpt.as_str().into()),
                                ],
                            )
                        ),
                    },
                )?;
                let keep = |before: Option<Mediation>| before;
                let thanks = self.thanks(&case.reference, event, PassedTo::Office)?;
                let applied = self.store.apply_mediation(&MediationWrite {
                    reference: &case.reference,
                    event: Some(event),
                    session: None,
                    notice: None,
                    change: &keep,
                    mediator_posts: &[thanks],
                    room_post: Some(&post),
                })?;
                if !applied {
                    return Ok(TranslationOutcome::AlreadyDone);
                }
                self.rooms_wake.notify_one();
                self.wake_mediators();
                Ok(TranslationOutcome::ToOffice)
            }
            ItemWhat::Office { reply } => {
                if case.closed_at.is_some() {
                    return Ok(TranslationOutcome::Closed);
                }
                let held = mediation.held(reply).cloned();
                let user = case.user.clone();
                let _guard = self.lock(&user);
                let (mut session, marks) = self.store.session_and_marks(&user)?.unwrap_or_default();
                let lang = engine.session_language(&session);
                let mut body = format!(
                    "{}\n\n{text}",
                    locales.text(&lang, "mediation-translated", &[])
                );
                if let Some(held) = held.as_ref().filter(|held| !held.released) {
                    body.push_str(&format!(
                        "\n\n{}\n{}",
                        locales.text(&lang, "mediation-original", &[]),
                        held.text
                    ));
                }
                let message = self.caseworker_message(&user, &mut session, &case, &body);
                let notice = Notice {
                    id: format!("mediation:{event}"),
                    user: user.clone(),
                    message,
                    files: Vec::new(),
                };
                let post = self.thread_post(
                    &case.reference,
                    &case.institution,
                    PostWhat::Note {
                        text: format!(
                            "{}\n{text}",
                            locales.caseworker_text(
                                "mediators-translation-sent",
                                &[("language", language.into())],
                            )
                        ),
                    },
                )?;
                let reply = reply.clone();
                let release = |before: Option<Mediation>| {
                    let mut mediation = before?;
                    if let Some(held) = mediation.held_mut(&reply) {
                        held.released = true;
                    }
                    Some(mediation)
                };
                let thanks = self.thanks(&case.reference, event, PassedTo::Newcomer)?;
                let applied = self.store.apply_mediation(&MediationWrite {
                    reference: &case.reference,
                    event: Some(event),
                    session: Some((&user, &session, marks.as_slice())),
                    notice: Some(&notice),
                    change: &release,
                    mediator_posts: &[thanks],
                    room_post: Some(&post),
                })?;
                if !applied {
                    return Ok(TranslationOutcome::AlreadyDone);
                }
                self.rooms_wake.notify_one();
                self.wake_mediators();
                Ok(TranslationOutcome::ToNewcomer(notice))
            }
        }
    }

    /// The thanks for the mediator's translation `event`, a post in the mediators' queue.
    fn thanks(
        &self,
        reference: &str,
        event: &str,
        passed_to: PassedTo,
    ) -> Result<MediatorPost, RuntimeError> {
        let what = MediatorWhat::Thanks {
            about: event.to_string(),
            passed_to,
        };
        Ok(self.store.mediator_post(reference, what)?)
    }

    /// Caseworkers' replies whose translation did not come in time go to the newcomer in
    /// German now (`now` is injected for tests). Returns the notices.
    pub fn release_due_translations(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<Notice>, RuntimeError> {
        let mut notices = Vec::new();
        for mediation in self.store.mediations()? {
            for held in &mediation.held {
                if held.released || held.due > now {
                    continue;
                }
                let Some(case) = self.store.case(&mediation.reference)? else {
                    continue;
                };
                let user = case.user.clone();
                let id = held.id.clone();
                let release = |before: Option<Mediation>| {
                    let mut mediation = before?;
                    if let Some(held) = mediation.held_mut(&id) {
                        held.released = true;
                    }
                    Some(mediation)
                };
                if case.closed_at.is_some() || user.is_erased() {
                    self.store.apply_mediation(&MediationWrite {
                        reference: &case.reference,
                        event: None,
                        session: None,
                        notice: None,
                        change: &release,
                        mediator_posts: &[],
                        room_post: None,
                    })?;
                    continue;
                }
                let _guard = self.lock(&user);
                let (mut session, marks) = self.store.session_and_marks(&user)?.unwrap_or_default();
                let message = self.caseworker_message(&user, &mut session, &case, &held.text);
                let notice = Notice {
                    id: format!("case:{}", held.id),
                    user: user.clone(),
                    message,
                    files: Vec::new(),
                };
                let post = self.thread_post(
                    &case.reference,
                    &case.institution,
                    PostWhat::Note {
                        text: self.engine().content().locales.caseworker_text(
                            "mediators-reply-released",
                            &[("language", german_language_name(&case.language).into())],
                        ),
                    },
                )?;
                let applied = self.store.apply_mediation(&MediationWrite {
                    reference: &case.reference,
                    event: Some(&format!("release:{}", held.id)),
                    session: Some((&user, &session, marks.as_slice())),
                    notice: Some(&notice),
                    change: &release,
                    mediator_posts: &[],
                    room_post: Some(&post),
                })?;
                if applied {
                    tracing::info!(reference = %case.reference, "no translation in time: the reply went out in German");
                    notices.push(notice);
                }
            }
        }
        if !notices.is_empty() {
            self.rooms_wake.notify_one();
        }
        Ok(notices)
    }
}

/// A random case number the mediators see (`SM-4821`), not among `taken`: four digits
/// while they last, then six.
fn case_number(taken: &BTreeSet<String>) -> Result<String, RuntimeError> {
    for attempt in 0..64 {
        let mut bytes = [0u8; 4];
        getrandom::getrandom(&mut bytes).map_err(RuntimeError::Random)?;
        let random = u32::from_le_bytes(bytes);
        let number = if attempt < 32 {
            format!("SM-{}", 1000 + random % 9000)
        } else {
            format!("SM-{}", 100_000 + random % 900_000)
        };
        if !taken.contains(&number) {
            return Ok(number);
        }
    }
    Err(RuntimeError::NoFreeCaseNumber)
}

/// The German name of a language code (`ar` → Arabisch), for the rooms.
pub fn german_language_name(code: &str) -> String {
    crate::engine::interpreter_language(code)
        .map_or_else(|| code.to_string(), |(_, german)| german.to_string())
}

fn institution_label(engine: &Engine, institution: &str, lang: &str) -> String {
    engine
        .content()
        .flow
        .institution(institution)
        .map_or_else(|| institution.to_string(), |i| engine.text(lang, &i.label))
}

fn plain_message(lang: &str, text: String) -> Message {
    Message {
        text,
        buttons: Vec::new(),
        rtl: is_rtl(lang),
        numbers_are_answers: false,
    }
}

/// An office's reply as the mediators see it: without the case's reference and without the
/// name in its salutation. Offices begin their emails with "Sehr geehrte Frau Haddad,";
/// the mediators' room must not learn who asks (issue 14), and the translation does not
/// need the name. Only the opening line is touched: names elsewhere are the writer's
/// responsibility (docs/caseworkers.md says so).
fn without_case_details(text: &str, reference: &str) -> String {
    const SALUTATIONS: [&str; 6] = [
        "sehr geehrte",
        "sehr geehrter",
        "liebe",
        "lieber",
        "hallo",
        "guten tag",
    ];
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if let Some(first) = lines.iter_mut().find(|line| !line.trim().is_empty()) {
        let lower = first.trim().to_lowercase();
        if SALUTATIONS.iter().any(|s| lower.starts_with(s)) {
            *first = "Guten Tag,".to_string();
        }
    }
    lines.join("\n").replace(reference, "[Aktenzeichen]")
}
