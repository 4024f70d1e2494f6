//! Talking to a person: opening a case at an institution, and forwarding what the
//! newcomer writes while the case is open.

use super::*;
use chrono::{Datelike, NaiveDate};

/// At most this many files wait in one offer to a person; more are not kept.
const MAX_OFFERED_FILES: usize = 10;
/// A file sent within this time of the one before it at a menu joins its offer with a
/// short note instead of the menu once more.
const FILES_IN_A_ROW: chrono::TimeDelta = chrono::TimeDelta::seconds(120);
/// At most this many requests get a "write about" button under "My requests".
const MAX_WRITE_ABOUT: usize = 3;

/// For so many days after sending, what a newcomer adds to a request goes to an office
/// that does not answer here ([`StepContext::addenda_by_email`]): while it works on it.
const ADDENDA_DAYS: i64 = 30;

/// What a step adds to the offer to send something to a person.
pub(super) enum Offer<'a> {
    Text(&'a str),
    File(OfferedFile),
}

/// Adds `offer` to what the last answer offered to send to a person ([`Reply::on_offer`])
/// and keeps it for the next answer ([`Reply::offered`]): a question joins the one before
/// it, a file the files (at most [`MAX_OFFERED_FILES`]).
pub(super) fn join_offer(reply: &mut Reply, offer: Offer<'_>, now: DateTime<Utc>) {
    let mut offered = reply.on_offer.take().unwrap_or(OfferedToPerson {
        text: None,
        files: Vec::new(),
        asked: now,
    });
    offered.asked = now;
    match offer {
        Offer::Text(text) => {
            let joined = match &offered.text {
                // Sent twice (no answer came at once, or a slow network): once for the
                // office (a field test of stop 68 read the same line twice in an email).
                Some(before) if before.split("\n\n").any(|said| said.trim() == text.trim()) => {
                    before.clone()
                }
                Some(before) => format!("{before}\n\n{text}"),
                None => text.to_string(),
            };
            // Longer than a forwarded message may be: the newest question alone.
            if joined.chars().count() <= MAX_FORWARDED_CHARS {
                offered.text = Some(joined);
            } else if text.chars().count() <= MAX_FORWARDED_CHARS {
                offered.text = Some(text.to_string());
            }
        }
        Offer::File(file) if offered.files.len() < MAX_OFFERED_FILES => {
            offered.files.push(file);
        }
        Offer::File(_) => {}
    }
    // A question too long to forward, alone, leaves nothing to send: the offer opens an
    // empty conversation, as the menu's own button does.
    if offered.text.is_some() || !offered.files.is_empty() {
        reply.offered = Some(offered);
    }
}

/// Whether a newcomer can write to `institution` through Kompass: in its caseworker room, or
/// by email where it has no room and its answers are read from Kompass's mailbox.
pub(super) fn reachable(institution: &Institution, ctx: &StepContext<'_>) -> bool {
    let room = ctx.rooms_available && institution.matrix_room.is_some();
    room || (ctx.answers_by_email)(&institution.id)
}

impl Engine {
    /// The newest request sent that is still open, with its office.
    pub(super) fn latest_open_request<'s>(
        &self,
        session: &'s Session,
    ) -> Option<(&'s RequestSummary, &Institution)> {
        session
            .requests
            .iter()
            .rev()
            .find(|request| request.is_open())
            .and_then(|request| self.with_office(request))
    }

    /// `request` with its office, where the flow still has it.
    fn with_office<'s>(
        &self,
        request: &'s RequestSummary,
    ) -> Option<(&'s RequestSummary, &Institution)> {
        let office = self.content.flow.institution(&request.institution)?;
        Some((request, office))
    }

    /// The open request whose form's page is the topic `text` names, or lies below it
    /// ("وقت مشاوره", the counselling appointment: the counselling request), with its
    /// office; the last sent where several are.
    pub(super) fn open_request_of_topic_in<'s>(
        &self,
        session: &'s Session,
        text: &str,
        lang: &str,
    ) -> Option<(&'s RequestSummary, &Institution)> {
        let start = &self.content.flow.start;
        let sentence = topics::Sentence::prepared(text);
        // In the language the words are surely in, where the chat's names nothing: "I want
        // cancel my registration of address" in the Russian chat cancelled the Sozialamt's
        // request, sent last, not the registration (field test CZ of stop 83).
        let topic = match self.find_topic(start, &sentence, lang).one() {
            Some(topic) => topic,
            None => {
                let supported: Vec<&str> = self.content.locales.languages().collect();
                match super::language::guess(text, self.content.locales.words(), &supported, None) {
                    super::language::Guess::Language {
                        code,
                        confident: true,
                    } if code != lang => self.find_topic(start, &sentence, &code).one()?,
                    _ => return None,
                }
            }
        };
        session
            .requests
            .iter()
            .rev()
            .filter(|request| request.is_open())
            .find(|request| {
                self.form_option_of(&request.institution)
                    .is_some_and(|(page, _, _)| {
                        page == topic.target || self.menus_to(page).contains(&topic.target)
                    })
            })
            .and_then(|request| self.with_office(request))
    }

    /// Whether the office that answers questions (the flow's `questions` node) can be
    /// written to through Kompass now: its room, or its email answers read here.
    pub(super) fn person_reachable(&self, ctx: &StepContext<'_>) -> bool {
        self.questions_institution()
            .is_some_and(|institution| reachable(institution, ctx))
    }

    /// Offers to send `offer` to a person at the flow's `questions` node, with note `note`
    /// and, for this one answer, that node's menu option as a button; what the last answer
    /// offered stays in the offer (photos of a letter, then the question about it).
    /// `false`, and nothing done, where the flow has no `questions`.
    pub(super) fn offer_to_person(
        &self,
        session: &mut Session,
        note: &str,
        offer: Offer<'_>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) -> bool {
        let (Some((_, _, label)), Some(institution)) =
            (self.questions_option(), self.questions_institution())
        else {
            return false;
        };
        let lang = self.lang(session, ctx);
        // Without a room or an email conversation, nothing can be sent: a question gets the
        // office's email address (no button that would only lead there), a file the note it
        // always got.
        if !reachable(institution, ctx) {
            let Offer::Text(_) = offer else {
                return false;
            };
            // With a form of that office, the question goes with a request: "please write an
            // email" alone left a newcomer who cannot write one without a way (a field test
            // of stop 59). The form's button below the menu; the question waits for it.
            if let Some(button) = self.offer_office_form(session, institution, &lang, reply) {
                reply.note(self.ta(
                    &lang,
                    &format!("{note}-form"),
                    &[
                        ("institution", self.t(&lang, &institution.label).into()),
                        ("button", button.into()),
                        ("email", institution.email.as_str().into()),
                    ],
                ));
                join_offer(reply, offer, ctx.now);
                // Promised to go with the request: also when the form is begun a few steps
                // later, by another way (a field test of stop 65 went back to the menus,
                // and the question was lost).
                if let Some(text) = reply
                    .offered
                    .as_ref()
                    .and_then(|offered| offered.text.clone())
                    && let Some((menu, option, _)) = self.form_option_of(&institution.id)
                    && let Some(form) = self.content.flow.option_goto(menu, option)
                {
                    // Not where it says who it is for ("I write for my mom …"): that goes
                    // with any request begun (field test BF of stop 70 lost it to this).
                    if !self.names_another_person(&text) {
                        session.said_before = Some(crate::engine::session::SaidBefore {
                            text,
                            topic: form.to_string(),
                            said: ctx.now,
                            asked: true,
                        });
                    }
                }
                self.reprompt(session, ctx, reply);
                return true;
            }
            // "not-understood-question-email", "not-understood-question-page-email".
            reply.note(self.ta(
                &lang,
                &format!("{note}-email"),
                &[
                    ("institution", self.t(&lang, &institution.label).into()),
                    ("email", institution.email.as_str().into()),
                ],
            ));
            self.reprompt(session, ctx, reply);
            return true;
        }
        // An eleventh file is not kept: say so, rather than promise to send it.
        let full = matches!(offer, Offer::File(_))
            && reply
                .on_offer
                .as_ref()
                .is_some_and(|offered| offered.files.len() >= MAX_OFFERED_FILES);
        // Photos sent one after another (a Matrix client sends each as a message of its own,
        // Telegram an album's photos as updates of their own) join the offer with a short
        // note: the menu with its button is just above, and would otherwise come once more
        // for each photo.
        let joins = matches!(offer, Offer::File(_))
            && !full
            && reply.on_offer.as_ref().is_some_and(|offered| {
                !offered.files.is_empty() && ctx.now - offered.asked < FILES_IN_A_ROW
            });
        let files_after = reply
            .on_offer
            .as_ref()
            .map_or(0, |offered| offered.files.len())
            + 1;
        reply.note(self.ta(
            &lang,
            match () {
                () if full => "offer-files-full",
                () if joins => "attachment-offer-more",
                () => note,
            },
            &[
                ("institution", self.t(&lang, &institution.label).into()),
                ("button", self.t(&lang, label).into()),
                (
                    "max",
                    i64::try_from(MAX_OFFERED_FILES).unwrap_or(i64::MAX).into(),
                ),
                ("count", files_after.into()),
            ],
        ));
        reply.offered_person = true;
        session.offer_person = true;
        join_offer(reply, offer, ctx.now);
        if joins {
            reply.flush(is_rtl(&lang));
        } else {
            self.reprompt(session, ctx, reply);
        }
        true
    }

    /// A file sent before a language was chosen (a photo of a letter as the first message):
    /// kept with the language menu, to be offered to a person in the language chosen
    /// ([`Engine::keep_file_offer`]). `false` where no person can receive it.
    pub(super) fn keep_file_before_language(
        &self,
        file: OfferedFile,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) -> bool {
        let (Some(_), Some(institution)) = (self.questions_option(), self.questions_institution())
        else {
            return false;
        };
        if !reachable(institution, ctx) {
            return false;
        }
        join_offer(reply, Offer::File(file), ctx.now);
        true
    }

    /// A file on offer from the last answer ([`Reply::on_offer`]) still waits for a person,
    /// with the button on the next screen: said in `lang` ("I still have your file"). `false`
    /// if no file was on offer.
    pub(super) fn keep_file_offer(
        &self,
        session: &mut Session,
        lang: &str,
        reply: &mut Reply,
    ) -> bool {
        let files_on_offer = reply
            .on_offer
            .as_ref()
            .is_some_and(|offered| !offered.files.is_empty());
        if !files_on_offer || !self.keep_offer(session, reply) {
            return false;
        }
        // Offered for a request sent before, its button waits, not a worker's: "choose
        // 'Write to a worker'" was said under the request's button alone (field test CU of
        // stop 81).
        if !reply.offered_write_about.is_empty() {
            reply.note(self.t(lang, "status-photo-hint"));
            return true;
        }
        if let (Some((_, _, label)), Some(institution)) =
            (self.questions_option(), self.questions_institution())
        {
            reply.note(self.ta(
                lang,
                "attachment-offer-kept",
                &[
                    ("institution", self.t(lang, &institution.label).into()),
                    ("button", self.t(lang, label).into()),
                ],
            ));
        }
        true
    }

    /// Keeps what the last answer offered to send to a person ([`Reply::on_offer`]), with
    /// its button, for one more answer: "Danke" or "ok" after the offer is no answer to it,
    /// and a page opened by name after a photo leaves the photo waiting. `false` if nothing
    /// was on offer.
    pub(super) fn keep_offer(&self, session: &mut Session, reply: &mut Reply) -> bool {
        // The requests' buttons the screen shows again stay for the next answer: the
        // screen and what a typed number presses must agree.
        if session.offer_write_about.is_empty() {
            session
                .offer_write_about
                .clone_from(&reply.write_about_on_screen);
            session.offer_write_to_all = reply.write_to_all_on_screen;
        }
        reply
            .offered_write_about
            .clone_from(&session.offer_write_about);
        reply.offered_write_to_all = session.offer_write_to_all;
        let Some(offered) = reply.on_offer.take() else {
            return false;
        };
        reply.offered = Some(offered);
        // Offered with a request's button where nobody answers in the chat ("Request
        // counselling"): that button stays. "Write to a person" in its place said "nobody
        // can answer in the chat now" (a field test of stop 64, after "thanks").
        if !reply.topics_on_offer.is_empty() {
            reply.offered_topics = reply.topics_on_offer.clone();
            session.offer_topics = reply.topics_on_offer.clone();
            return true;
        }
        // Offered to the office of a request (its button above), not to a person: no
        // "write to a person" beside it.
        if session.offer_write_about.is_empty() {
            reply.offered_person = true;
            session.offer_person = true;
        }
        true
    }

    /// The button of `institution`'s form ([`Engine::form_option_of`]) under the next menu,
    /// where nobody can answer in the chat: a request reaches the office. Its label in
    /// `lang`, or `None` where the office has no such form.
    fn offer_office_form(
        &self,
        session: &mut Session,
        institution: &Institution,
        lang: &str,
        reply: &mut Reply,
    ) -> Option<String> {
        let (menu, option, label) = self.form_option_of(&institution.id)?;
        // The page on screen leads to that form by a button of its own ("Ask the
        // integration office"): that button is named, as no second one is shown (a field
        // test of stop 64 was told to choose "Request counselling", which was not there).
        let goto = self.content.flow.option_goto(menu, option);
        if let State::AtNode { node } = &session.state
            && let Some(shown) = self.content.flow.node(node).and_then(|node| {
                node.kind
                    .options()
                    .iter()
                    .find(|shown| Some(shown.goto.as_str()) == goto)
            })
        {
            return Some(self.t(lang, &shown.label));
        }
        session.offer_topics.push((menu.to_string(), option));
        reply.offered_topics.push((menu.to_string(), option));
        Some(self.t(lang, label))
    }

    /// Opens the conversation with `institution_id`; `offered`, what the last answer offered
    /// to send there, is sent as its first messages.
    pub(super) fn open_contact(
        &self,
        session: &mut Session,
        text: &str,
        institution_id: &str,
        offered: Option<OfferedToPerson>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let flow = &self.content.flow;
        let Some(institution) = flow.institution(institution_id) else {
            return self.reprompt(session, ctx, reply);
        };
        if !reachable(institution, ctx) {
            // With a form of that office, its button: a request reaches it ("Write to a
            // person" said only "write an email", a field test of stop 59). A question on
            // offer waits for it.
            if let Some(button) = self.offer_office_form(session, institution, &lang, reply) {
                reply.note(self.ta(
                    &lang,
                    "person-unavailable-form",
                    &[
                        ("button", button.into()),
                        ("email", institution.email.as_str().into()),
                    ],
                ));
                if let Some(text) = offered.and_then(|offered| offered.text) {
                    join_offer(reply, Offer::Text(&text), ctx.now);
                }
                return self.reprompt(session, ctx, reply);
            }
            reply.note(self.ta(
                &lang,
                "person-unavailable",
                &[("email", institution.email.as_str().into())],
            ));
            return self.reprompt(session, ctx, reply);
        }
        // The case (a thread and a reference number) opens with the first message: someone
        // who only looks at this page and goes back leaves nothing in the room.
        let case = session.open_cases.get(institution_id).cloned();
        self.start_talking(session, case, institution_id);
        if let Some(offered) = offered {
            let sent = if offered.text.is_some() {
                "person-question-sent"
            } else {
                "person-files-sent"
            };
            if self.forward_offered(session, offered, ctx, reply) == OfferForwarded::Sent {
                let sent = self.ta(
                    &lang,
                    sent,
                    &[("institution", self.t(&lang, &institution.label).into())],
                );
                let text = format!("{}\n\n{sent}", self.t(&lang, text));
                return reply.prompt(Output::Say(self.talking_message(&lang, text)));
            }
        }
        let start = self.ta(
            &lang,
            "person-start",
            &[("institution", self.t(&lang, &institution.label).into())],
        );
        let text = format!("{}\n\n{start}", self.t(&lang, text));
        reply.prompt(Output::Say(self.talking_message(&lang, text)));
    }

    /// The day `text` first went to `case`, where the same words were sent before, days
    /// ago (the office is told; a field test of stop 79 read a message sent again as new),
    /// and the person is told so.
    pub(super) fn sent_before(
        &self,
        session: &Session,
        case: &str,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) -> Option<chrono::NaiveDate> {
        let day = session
            .first_sent(case, text, ctx.now)?
            .with_timezone(&ctx.utc_offset)
            .date_naive();
        let lang = self.lang(session, ctx);
        reply.note(self.ta(
            &lang,
            "person-sent-again",
            &[("date", day.format("%d.%m.%Y").to_string().into())],
        ));
        Some(day)
    }

    /// "frist is tomorrow!!" about a request only a letter answers (no phone, no email): a
    /// letter may come after the deadline, so the person is told to go to the office, and
    /// when it is open (field test CS of stop 80 got only "the office calls you or writes to
    /// you"). Nothing for other requests or words.
    pub(super) fn note_letter_too_slow(
        &self,
        session: &Session,
        case: &str,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        let Some(request) = session
            .request(case)
            .filter(|request| request.answer_way == Some(AnswerWay::Letter))
        else {
            return;
        };
        let lang = self.lang(session, ctx);
        let words = self.content.locales.words();
        let today = ctx.local_now().date();
        if !self
            .said_in_any(text, &lang)
            .iter()
            .any(|said| said.sounds_urgent(words, today))
        {
            return;
        }
        let mut note = self.t(&lang, "request-urgent-letter");
        if let Some(open) = self
            .content
            .flow
            .institution(&request.institution)
            .and_then(|office| self.open_now_text(office, &lang, ctx.local_now()))
        {
            note.push('\n');
            note.push_str(&open);
        }
        reply.note(note);
    }

    /// Sends what was on offer (a question, files) as the first messages of the case the
    /// newcomer now talks to. Words sent to that case within the hour are not sent again
    /// (typed once more, then sent through "My requests" and the request's button, they
    /// reached the office twice: stop 80, by hand); the person is told.
    fn forward_offered(
        &self,
        session: &mut Session,
        mut offered: OfferedToPerson,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) -> OfferForwarded {
        let Some(case) = self.talking_case(session, ctx, reply) else {
            return OfferForwarded::NoCase;
        };
        if let Some(text) = &offered.text
            && session.was_sent_recently(&case, text, ctx.now)
        {
            let lang = self.lang(session, ctx);
            if let State::Talking { institution, .. } = &session.state {
                self.note_sent_before("person-already-sent", institution, &lang, reply);
            }
            offered.text = None;
            if offered.files.is_empty() {
                return OfferForwarded::NothingNew;
            }
        }
        let sent_before = offered
            .text
            .as_deref()
            .and_then(|text| self.note_text_sent(session, &case, text, ctx, reply));
        let question = offered
            .text
            .map(|text| Forwarded::Text { text, sent_before });
        let files = offered.files.into_iter().map(|file| {
            if file.voice {
                Forwarded::Audio {
                    id: file.id,
                    mime: file.mime,
                    duration_seconds: file.duration_seconds,
                }
            } else {
                Forwarded::File {
                    id: file.id,
                    mime: file.mime,
                }
            }
        });
        for what in question.into_iter().chain(files) {
            reply.outputs.push(Output::Forward {
                case: case.clone(),
                what,
            });
        }
        OfferForwarded::Sent
    }

    /// What sending `text` to the office of `case` changes, before it goes: the day it was
    /// sent before (returned), a letter too slow for it, the words noted as sent, earlier
    /// answers it corrects, a cancellation, a new phone number or email address. The same
    /// whether it was typed while talking or was on offer.
    pub(super) fn note_text_sent(
        &self,
        session: &mut Session,
        case: &str,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) -> Option<chrono::NaiveDate> {
        let sent_before = self.sent_before(session, case, text, ctx, reply);
        self.note_letter_too_slow(session, case, text, ctx, reply);
        session.note_sent(case, text, ctx.now);
        let lang = self.lang(session, ctx);
        let today = ctx.local_now().date();
        self.forget_earlier_corrected(session, text, &lang, today);
        self.note_cancellation(session, case, text, &lang, today);
        self.note_new_contact(session, case, text);
        sent_before
    }

    /// A phone number or an email address sent to the office of a request answered by
    /// letter: the office's email asks it to call that number if it is new, or its answer
    /// goes to that address, so the chat says a call or an email comes, not a letter
    /// (field test CX of stop 82: "it sends you a letter" after the number).
    fn note_new_contact(&self, session: &mut Session, case: &str, text: &str) {
        if let Some(request) = session
            .request_mut(case)
            .filter(|request| request.answer_way == Some(AnswerWay::Letter))
            && let Some(way) = new_contact_way(text)
        {
            request.answer_way = Some(way);
        }
    }

    /// Marks the request `case` as asked to be cancelled where `text`, sent to its office,
    /// says so (`gist = absagen`). After "please cancel it" went to the office, "My
    /// requests" still read "sent", and a month on "Still no answer? Please call the
    /// office" (a field test of stop 77).
    pub(super) fn note_cancellation(
        &self,
        session: &mut Session,
        case: &str,
        text: &str,
        lang: &str,
        today: chrono::NaiveDate,
    ) {
        // As the office's email reads it (`(vielleicht Absage)` in its subject): "bitte
        // absagen" in a Ukrainian chat marked the email but not the list.
        let written_in =
            super::language::untranslated_language_read(text, lang, &self.content.locales)
                .flatten()
                .unwrap_or_else(|| lang.to_string());
        let said = self.said_in_any(text, &written_in);
        if !said.contains(&crate::gist::Said::Meaning(crate::gist::CANCELS.into())) {
            return;
        }
        if let Some(request) = session.request_mut(case) {
            request.cancel_asked = Some(today);
        }
    }

    /// Puts the conversation into talking with `case`; Back returns to where it was.
    pub(super) fn start_talking(
        &self,
        session: &mut Session,
        case: Option<String>,
        institution: &str,
    ) {
        let resume = match std::mem::take(&mut session.state) {
            State::Talking { resume, .. }
            | State::ConfirmingDelete { resume }
            | State::ConfirmingCancel { resume, .. } => resume,
            other => Box::new(other),
        };
        session.state = State::Talking {
            case,
            institution: institution.to_string(),
            resume,
            held: None,
        };
    }

    /// The case the newcomer is writing to, opened now (with a reference number and a
    /// thread root) if this is their first message to it.
    pub(super) fn talking_case(
        &self,
        session: &mut Session,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) -> Option<String> {
        let lang = self.lang(session, ctx);
        let State::Talking {
            case, institution, ..
        } = &mut session.state
        else {
            return None;
        };
        if let Some(case) = case {
            return Some(case.clone());
        }
        let reference = request::reference(
            &self.content.flow.reference_prefix,
            ctx.now,
            (ctx.next_sequence)(),
        );
        reply.outputs.push(Output::OpenCase(CaseOpening {
            reference: reference.clone(),
            institution: institution.clone(),
            language: lang,
        }));
        *case = Some(reference.clone());
        let institution = institution.clone();
        session.open_cases.insert(institution, reference.clone());
        Some(reference)
    }

    /// "My requests": the list and, where a menu is on screen, a button for each request the
    /// office can still be written to about ([`Engine::can_write_about`]), newest first, at
    /// most [`MAX_WRITE_ABOUT`]: "I cannot come", "I forgot a document".
    pub(super) fn show_status(
        &self,
        session: &mut Session,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        self.show_status_for_question(session, None, ctx, reply);
    }

    /// The requests, for `question` about one of them ("Kann ich morgen einfach
    /// vorbeikommen?" days after sending; `None` for `/status`): where its office can be
    /// written to, the question waits with the buttons, and the one chosen sends it as the
    /// first message, so nobody types it twice.
    pub(super) fn show_status_for_question(
        &self,
        session: &mut Session,
        question: Option<&str>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // The newest ones, in the order the list above shows them: a field test of stop
        // 67 read 000001 above 000002 and chose 12) for the first, which was the second.
        let writable: Vec<&RequestSummary> = if matches!(session.state, State::AtNode { .. }) {
            self.newest_writable(session, ctx)
        } else {
            Vec::new()
        };
        // To an office that does not answer here, what is sent is added to the request by
        // email, and the answer comes by phone or letter.
        let one_way = writable
            .iter()
            .all(|request| self.one_way(&request.institution, ctx));
        // How the office answers, where every request listed is answered alike: a person
        // with one request, answered by letter, read "it calls you or writes to you"
        // (field test CU of stop 81).
        let ways: std::collections::BTreeSet<&str> = writable
            .iter()
            .map(|request| answer_way_name(request.answer_way))
            .collect();
        let way = match ways.into_iter().collect::<Vec<_>>()[..] {
            [way] => way,
            _ => "other",
        };
        let writable: Vec<String> = writable
            .into_iter()
            .map(|request| request.reference.clone())
            .collect();
        let mut text = self.status(session, &lang, ctx.local_now());
        if !writable.is_empty() {
            // "طلب رقم 1" (request number 1), "Anfrage KAL-2026-000001": words that only
            // point at a request say nothing for its office. They waited for the button and
            // went (field test CI of stop 77).
            let hint = match question
                .map(str::trim)
                .filter(|question| !question.is_empty())
                .filter(|question| !super::inputs::only_points_at_a_request(session, question))
            {
                Some(question) => {
                    join_offer(reply, Offer::Text(question), ctx.now);
                    if one_way {
                        "status-question-hint-addendum"
                    } else {
                        "status-question-hint"
                    }
                }
                // A photo at the menu after sending: said to be here and waiting (a field
                // test of stop 63 could not tell it was received).
                None if reply
                    .offered
                    .as_ref()
                    .is_some_and(|offered| !offered.files.is_empty()) =>
                {
                    "status-photo-hint"
                }
                None if one_way => "status-write-hint-addendum",
                None => "status-write-hint",
            };
            text = format!(
                "{text}\n\n{}",
                self.ta(&lang, hint, &[("way", Arg::Key(way))])
            );
        } else if let Some((reference, office)) = self
            .latest_open_request(session)
            .map(|(request, office)| (request.reference.clone(), office))
        {
            // "Ich habe mein Geburtsdatum falsch geschrieben" after sending, to an office
            // that cannot be written to here, got the list alone: nothing said how to put
            // it right. The office is told at its call or visit, with the number.
            // With its email address: a field test of stop 58 found only the street and
            // the hours (the Jobcenter's not even a street), while /delete named the email.
            let office_text = self.office_text_with_email(office, &lang, ctx.local_now());
            let tell = self.ta(
                &lang,
                "status-tell-office",
                &[
                    ("reference", reference.into()),
                    ("office", office_text.into()),
                ],
            );
            text = format!("{text}\n\n{tell}");
        }
        reply.note(text);
        // A new phone number, email or address is for every office with a request: a
        // button sends it to all of them.
        let to_all = writable.len() >= 2 && question.is_some_and(tells_new_contact);
        session.offer_write_about.clone_from(&writable);
        session.offer_write_to_all = to_all;
        reply.offered_write_about = writable;
        reply.offered_write_to_all = to_all;
        self.reprompt(session, ctx, reply);
    }

    /// Talking to the office of `request` about it: its case is that office's open one.
    fn talk_about(&self, session: &mut Session, request: &RequestSummary) {
        session
            .open_cases
            .insert(request.institution.clone(), request.reference.clone());
        self.start_talking(
            session,
            Some(request.reference.clone()),
            &request.institution,
        );
    }

    /// "✉️ To all my requests" pressed ([`Action::WriteAboutAll`]): the words waiting go to the
    /// office of every request whose button was on screen, each as with its own button,
    /// and the main menu follows with the offices named. Nothing waiting: the list again.
    pub(super) fn write_about_all(
        &self,
        session: &mut Session,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let requests: Vec<RequestSummary> = reply
            .write_about_on_screen
            .iter()
            .filter_map(|reference| session.request(reference))
            .filter(|request| self.can_write_about(request, ctx))
            .cloned()
            .collect();
        if requests.is_empty() {
            return self.show_status(session, ctx, reply);
        }
        let Some(offered) = reply
            .on_offer
            .take()
            .filter(|offered| offered.text.is_some() || !offered.files.is_empty())
        else {
            return self.show_status(session, ctx, reply);
        };
        let mut sent_to = Vec::new();
        for request in &requests {
            self.talk_about(session, request);
            if let OfferForwarded::Sent = self.forward_offered(session, offered.clone(), ctx, reply)
            {
                sent_to.push(format!(
                    "{} – {}",
                    request.reference,
                    self.institution_label(&request.institution, &lang)
                ));
            }
        }
        session.state = State::AtNode {
            node: self.content.flow.start.clone(),
        };
        if !sent_to.is_empty() {
            reply.note(self.ta(
                &lang,
                "person-sent-to-all",
                &[("offices", sent_to.join("\n").into())],
            ));
        }
        self.reprompt(session, ctx, reply);
    }

    /// Words after sending that open a page and tell a date or a number ("zaroka min nexweş
    /// e, ez nikarim sibê werim": my child is sick, I cannot come tomorrow): they wait with
    /// a button for each request that can be written to, below the page, as a question
    /// about a request does (field test CU of stop 81 got the doctors' page, and no way to
    /// tell the office). Nothing where none can be written to.
    pub(super) fn offer_words_to_requests(
        &self,
        session: &mut Session,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        let writable: Vec<String> = self
            .newest_writable(session, ctx)
            .into_iter()
            .map(|request| request.reference.clone())
            .collect();
        if writable.is_empty() {
            return;
        }
        let lang = self.lang(session, ctx);
        join_offer(reply, Offer::Text(text), ctx.now);
        session.offer_write_about = writable;
        self.keep_offer(session, reply);
        reply.note(self.t(&lang, "page-words-for-request"));
    }

    /// The newest requests that can be written to ([`Engine::can_write_about`]), at most
    /// [`MAX_WRITE_ABOUT`], in the order "My requests" lists them: a field test of stop 67
    /// read 000001 above 000002 and chose 12) for the first, which was the second.
    fn newest_writable<'s>(
        &self,
        session: &'s Session,
        ctx: &StepContext<'_>,
    ) -> Vec<&'s RequestSummary> {
        let mut newest: Vec<&RequestSummary> = session
            .requests
            .iter()
            .rev()
            .filter(|request| self.can_write_about(request, ctx))
            .take(MAX_WRITE_ABOUT)
            .collect();
        newest.reverse();
        newest
    }

    /// Whether the office of a sent request can be written to about it: sent, not closed by
    /// the office, and reachable through Kompass (its room, or email answers read here),
    /// or, for [`ADDENDA_DAYS`], told by email what the newcomer adds ([`Self::one_way`]).
    pub(super) fn can_write_about(&self, request: &RequestSummary, ctx: &StepContext<'_>) -> bool {
        request.status == DeliveryStatus::Sent && self.writable_once_sent(request, ctx)
    }

    /// Whether request `request` can be written about once it is sent (it may still be on
    /// its way): [`Self::can_write_about`] but for its delivery.
    pub(super) fn writable_once_sent(
        &self,
        request: &RequestSummary,
        ctx: &StepContext<'_>,
    ) -> bool {
        !request.closed
            && self
                .content
                .flow
                .institution(&request.institution)
                .is_some_and(|institution| {
                    reachable(institution, ctx)
                        || (ctx.addenda_by_email
                            && request.is_open_since(ADDENDA_DAYS, ctx.local_now().date()))
                })
    }

    /// Whether what the newcomer writes to `institution` goes one way: by email, to an
    /// office that does not answer in the chat (it calls or writes a letter).
    pub(super) fn one_way(&self, institution: &str, ctx: &StepContext<'_>) -> bool {
        ctx.addenda_by_email
            && self
                .content
                .flow
                .institution(institution)
                .is_some_and(|institution| !reachable(institution, ctx))
    }

    /// The "write about" button of request `reference`: what the newcomer writes next goes
    /// to that request's thread (room or email).
    pub(super) fn write_about(
        &self,
        session: &mut Session,
        reference: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(request) = session.request(reference).cloned() else {
            return self.stale(session, ctx, reply);
        };
        if !self.can_write_about(&request, ctx) {
            // Closed by the office since, or no longer reachable: the list says what is.
            return self.show_status(session, ctx, reply);
        }
        let one_way = self.one_way(&request.institution, ctx);
        self.talk_about(session, &request);
        // A question asked, or a photo sent, before the list
        // ([`Engine::show_status_for_question`]): sent.
        if let Some(offered) = reply
            .on_offer
            .take()
            .filter(|offered| offered.text.is_some() || !offered.files.is_empty())
        {
            let question = offered.text.is_some();
            // What waited for the button is said back: "طلب رقم 1" (request number 1), typed
            // only to point at the request, went to the office unseen, and three lines typed
            // apart went as one (field test CI of stop 77).
            let words = offered.text.as_deref().map(|words| {
                self.ta(
                    &lang,
                    "person-sent-words",
                    &[("words", shortened(words, SAID_BACK_CHARS).into())],
                )
            });
            match self.forward_offered(session, offered, ctx, reply) {
                OfferForwarded::NoCase => return self.reprompt(session, ctx, reply),
                OfferForwarded::NothingNew => {
                    return self.start_request_prompt(&request, one_way, &lang, reply);
                }
                OfferForwarded::Sent => {}
            }
            let text = self.ta(
                &lang,
                if one_way {
                    "person-addendum-sent"
                } else if question {
                    "person-question-sent"
                } else {
                    "person-files-sent"
                },
                &[
                    (
                        "institution",
                        self.institution_label(&request.institution, &lang).into(),
                    ),
                    (
                        "way",
                        Arg::Key(answer_way_word(session, Some(&request.reference))),
                    ),
                ],
            );
            let text = match words {
                Some(words) => format!("{words}\n\n{text}"),
                None => text,
            };
            return reply.prompt(Output::Say(self.talking_message(&lang, text)));
        }
        self.start_request_prompt(&request, one_way, &lang, reply);
    }

    /// "Write your message about request …": the prompt of writing about a sent request.
    fn start_request_prompt(
        &self,
        request: &RequestSummary,
        one_way: bool,
        lang: &str,
        reply: &mut Reply,
    ) {
        let text = self.ta(
            lang,
            if one_way {
                "person-addendum-start"
            } else {
                "person-start-request"
            },
            &[
                ("reference", request.reference.as_str().into()),
                (
                    "institution",
                    self.institution_label(&request.institution, lang).into(),
                ),
                ("way", Arg::Key(answer_way_name(request.answer_way))),
            ],
        );
        reply.prompt(Output::Say(self.talking_message(lang, text)));
    }

    pub(super) fn forwarded(
        &self,
        session: &Session,
        institution: &str,
        lang: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        let case = match &session.state {
            State::Talking { case, .. } => case.as_deref(),
            _ => None,
        };
        let text = self.ta(
            lang,
            if self.one_way(institution, ctx) {
                "person-addendum-sent"
            } else {
                "person-forwarded"
            },
            &[
                (
                    "institution",
                    self.institution_label(institution, lang).into(),
                ),
                ("way", Arg::Key(answer_way_word(session, case))),
            ],
        );
        reply.prompt(Output::Say(self.talking_message(lang, text)));
    }
}

impl Engine {
    /// Forgets the details of the last request ([`Session::earlier`]) that a message about
    /// it corrects: "правильно 21.08.1985", "my new number is 0176 …", an email address.
    /// The office gets the correction as a message; the next request offered the old,
    /// wrong value with a ✓ (a field test of stop 67), so did a new address. It asks again
    /// instead: a message can name a date or number that is not the person's own (a
    /// child's, an appointment's), so the value is not taken, only the old one doubted.
    pub(super) fn forget_earlier_corrected(
        &self,
        session: &mut Session,
        text: &str,
        lang: &str,
        today: NaiveDate,
    ) {
        let Some(earlier) = session.earlier.as_mut() else {
            return;
        };
        // The first date written: "21.08.1985 nicht 1986" has two.
        let corrected_date =
            values::first_past_date(text, today, self.content.locales.date_words());
        let corrected_phone = values::first_dialable_number(text);
        let corrected_email = values::email_standing_alone(text).ok();
        // "я переехала, новый адрес Schulweg 3": a street, or the address question's words.
        let flow = &self.content.flow;
        let address_named = values::names_a_street(text)
            || self.tells_a_move(text, lang)
            || flow
                .node_order
                .iter()
                .filter_map(|id| flow.form(id))
                .flat_map(|form| &form.fields)
                .filter(|field| field.earlier_key() == Some("address"))
                .any(|field| self.sentence_names(&field.label, "typed", text));
        earlier.answers.retain(|key, answer| match answer {
            _ if key == "address" => !address_named,
            Answer::Date(old) => corrected_date.is_none_or(|new| !corrects_date(new, *old)),
            Answer::PartialDate { year, .. } => {
                corrected_date.is_none_or(|new| (new.year() - *year).abs() > 2)
            }
            Answer::Phone(old) | Answer::PhoneWithNote { number: old, .. } => corrected_phone
                .as_ref()
                .is_none_or(|new| same_digits(new, old)),
            Answer::Email(old) => corrected_email
                .as_ref()
                .is_none_or(|new| new.eq_ignore_ascii_case(old)),
            _ => true,
        });
    }

    /// Whether `text`, written in `lang`, tells of a move or a new address (`gist`
    /// meanings `umgezogen`, `neue Adresse`: "я переехала", "ma asbabkeshi kardim").
    pub(super) fn tells_a_move(&self, text: &str, lang: &str) -> bool {
        let said = self.gist_meanings(text, lang);
        said.contains("umgezogen") || said.contains("neue Adresse")
    }

    /// At a menu, a move told ("ma asbabkeshi kardim, adres jadid …"): the address of the
    /// last request is no longer offered with a ✓ (a field test of stop 68 was offered
    /// the old one at the next registration's new address).
    pub(super) fn forget_earlier_address_on_a_move(
        &self,
        session: &mut Session,
        text: &str,
        lang: &str,
    ) {
        if self.tells_a_move(text, lang)
            && let Some(earlier) = session.earlier.as_mut()
        {
            earlier.answers.remove("address");
        }
    }
}

/// The way to answer that a phone number or an email address in `text` gives: an email
/// address standing alone before a phone number that can be dialled.
fn new_contact_way(text: &str) -> Option<AnswerWay> {
    if values::email_standing_alone(text).is_ok() {
        Some(AnswerWay::Email)
    } else if values::first_phone(text).is_ok_and(|number| values::dialable(&number)) {
        Some(AnswerWay::Phone)
    } else {
        None
    }
}

/// Whether `text` tells a way to reach the person or where they live, which every office
/// with a request needs: a phone number, an email address, a postal address.
fn tells_new_contact(text: &str) -> bool {
    new_contact_way(text).is_some() || values::postal_address_in(text).is_some()
}

/// Whether a date in a message about a request corrects a date of it: it differs in one
/// part, or has day and month turned round. "I arrived on 01.03.2024" does not correct a
/// birth date of 1985.
fn corrects_date(new: NaiveDate, old: NaiveDate) -> bool {
    let parts = |date: NaiveDate| [date.day(), date.month(), date.year().unsigned_abs()];
    let same = parts(new)
        .iter()
        .zip(parts(old))
        .filter(|(one, other)| **one == *other)
        .count();
    let turned = new.day() == old.month() && new.month() == old.day() && new.year() == old.year();
    new != old && (same == 2 || turned)
}

/// Whether two phone numbers are the same digits however they were spaced.
fn same_digits(one: &str, other: &str) -> bool {
    let digits = |number: &str| {
        number
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    digits(one) == digits(other)
}

/// How much of what was sent is said back ([`Engine::write_about`]): enough to see what it
/// was, not a long letter again.
const SAID_BACK_CHARS: usize = 200;

/// `text` cut at a word to at most `max` characters, with "…" where it was cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max).collect();
    if let Some(space) = cut.rfind(char::is_whitespace) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

/// What [`Engine::forward_offered`] did with an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OfferForwarded {
    /// No case could be opened (the reason is said).
    NoCase,
    /// Something went to the office.
    Sent,
    /// Only words sent within the hour were on offer: nothing went (the person is told).
    NothingNew,
}

/// How the office answers the request `case` (`phone`, `email`, `message`, `letter`, or
/// `other`), for the `$way` of the one-way messages: "it calls you or writes to you" was
/// said to a person who gave neither a phone number nor an email address (stop 80, by
/// hand).
pub(super) fn answer_way_word(session: &Session, case: Option<&str>) -> &'static str {
    answer_way_name(
        session
            .requests
            .iter()
            .find(|request| Some(request.reference.as_str()) == case)
            .and_then(|request| request.answer_way),
    )
}

/// [`answer_way_word`] of an answer way.
fn answer_way_name(way: Option<AnswerWay>) -> &'static str {
    match way {
        Some(AnswerWay::Phone) => "phone",
        Some(AnswerWay::Email) => "email",
        Some(AnswerWay::Message) => "message",
        Some(AnswerWay::Letter) => "letter",
        Some(AnswerWay::Chat | AnswerWay::Unknown) | None => "other",
    }
}
