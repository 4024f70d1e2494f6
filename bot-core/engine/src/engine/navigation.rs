//! Navigation: entering nodes, `/back`, leaving and cancelling forms, `/status`.

use super::*;

/// How long after a request to an office starting another to it mentions the first.
const SENT_BEFORE_DAYS: i64 = 30;

/// The person's requests to `institution` sent in the last [`SENT_BEFORE_DAYS`] and still
/// open, oldest first: perhaps the same matter as a new one to it, which the new form's
/// start and the new request's email name.
pub(super) fn sent_lately_to<'s>(
    session: &'s Session,
    institution: &'s str,
    today: chrono::NaiveDate,
) -> impl DoubleEndedIterator<Item = &'s RequestSummary> + 's {
    session.requests.iter().filter(move |request| {
        request.institution == institution && request.is_open_since(SENT_BEFORE_DAYS, today)
    })
}

impl Engine {
    pub(super) fn remember(&self, session: &mut Session, node: String) {
        if session.trail.last() != Some(&node) {
            session.trail.push(node);
        }
        if session.trail.len() > MAX_TRAIL {
            session.trail.remove(0);
        }
    }

    /// Shows node `target` (starting or resuming a form).
    pub(super) fn enter(
        &self,
        session: &mut Session,
        target: &str,
        resume_note: bool,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        self.enter_with_answers(session, target, resume_note, &[], ctx, reply);
    }

    /// Shows node `target`; a form started here begins with `answers` (the option's
    /// `answers`: the school page's form knows its topic), which it does not ask.
    pub(super) fn enter_with_answers(
        &self,
        session: &mut Session,
        target: &str,
        resume_note: bool,
        answers: &[(String, String)],
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let flow = &self.content.flow;
        let lang = self.lang(session, ctx);
        let target = if flow.node(target).is_some() {
            target
        } else {
            flow.start.as_str()
        };
        if target == flow.start {
            session.trail.clear();
        }
        if let Some(NodeKind::Contact { text, institution }) = flow.node(target).map(|n| &n.kind) {
            // The offer for a question the menus did not answer was taken: the question goes.
            let offered = reply
                .on_offer
                .take()
                .filter(|_| flow.questions.as_ref().is_some_and(|(q, _)| q == target));
            return self.open_contact(session, text, institution, offered, ctx, reply);
        }
        if let Some(form) = flow.form(target) {
            // A draft that holds only a letter's photo, kept from the main menu
            // (`Engine::keep_letter_photo`), was never begun: it starts as a new one.
            let begun = session
                .drafts
                .get(target)
                .map(|draft| !only_a_kept_photo(draft));
            if begun == Some(true) {
                if resume_note {
                    reply.note(self.ta(
                        &lang,
                        "form-resume",
                        &[("title", self.t(&lang, &form.title).into())],
                    ));
                }
            } else {
                // A request to the same office sent lately: perhaps the same matter, which
                // need not go twice (the caseworker reads both).
                // Not for a relative's request announced as such: the same office, another
                // person (a field test of stop 68 read "no need to send it again" for a wife's
                // course after her husband's).
                if !session.next_for_relative
                    && let Some(sent) =
                        sent_lately_to(session, &form.institution, ctx.local_now().date())
                            .next_back()
                {
                    let office = flow.institution(&form.institution);
                    let institution = office.map_or_else(String::new, |i| self.t(&lang, &i.label));
                    let mut note = self.ta(
                        &lang,
                        "form-sent-before",
                        &[
                            ("reference", sent.reference.as_str().into()),
                            ("date", sent.submitted.format("%d.%m.%Y").to_string().into()),
                            ("institution", institution.into()),
                        ],
                    );
                    // Where the office can be written to about it, how: not for a request
                    // whose days for additions are over, or which its office closed.
                    if self.writable_once_sent(sent, ctx) {
                        note.push(' ');
                        note.push_str(&self.ta(
                            &lang,
                            "form-sent-before-write",
                            &[("command", self.t(&lang, "cmd-status").into())],
                        ));
                    }
                    // A family's second request is fine (a field test of stop 68 stopped
                    // at "no need to send it again" for the wife's course).
                    note.push(' ');
                    note.push_str(&self.t(&lang, "form-sent-before-new"));
                    reply.note(note);
                }
                if let Some(intro) = &form.intro {
                    reply.note(self.t(&lang, intro));
                }
                let given: std::collections::BTreeMap<String, Answer> = answers
                    .iter()
                    .filter(|(field, _)| form.fields.iter().any(|f| f.id == *field))
                    .map(|(field, value)| (field.clone(), Answer::Choice(value.clone())))
                    .collect();
                let first = form
                    .fields
                    .iter()
                    .position(|field| !given.contains_key(&field.id))
                    .unwrap_or(0);
                // A photo sent before any request waits in the form it was offered to (the
                // counselling form): a field test of stop 62 opened the Jobcenter's form
                // instead, and "I sent it before" got "Please send a photo". It goes with the
                // form begun, where that has a photo question.
                let photo_field = form.fields.iter().find_map(|field| match field.kind {
                    FieldKind::Photos { max, .. } => Some((field, max)),
                    _ => None,
                });
                let mut moved = Vec::new();
                if photo_field.is_some() {
                    let kept: Vec<String> = session
                        .drafts
                        .iter()
                        .filter(|(id, draft)| id.as_str() != target && only_a_kept_photo(draft))
                        .map(|(id, _)| id.clone())
                        .collect();
                    for id in kept {
                        if let Some(kept) = session.drafts.remove(&id) {
                            for answer in kept.answers.into_values() {
                                if let Answer::Photos(photos) = answer {
                                    moved.extend(photos);
                                }
                            }
                        }
                    }
                    // One on offer for a request sent before, then a form begun from a page
                    // (field test CV of stop 81: the Jobcenter's form did not have it, and
                    // "I sent its photo" was lost): it goes with this form.
                    if let Some(offered) = reply.on_offer.as_mut() {
                        let (photos, voices): (Vec<_>, Vec<_>) = std::mem::take(&mut offered.files)
                            .into_iter()
                            .partition(|file| !file.voice);
                        offered.files = voices;
                        moved.extend(photos.into_iter().map(|file| AttachmentRef {
                            id: file.id,
                            mime: file.mime,
                            fingerprint: None,
                        }));
                    }
                }
                let draft = session
                    .drafts
                    .entry(target.to_string())
                    .or_insert_with(|| new_draft(ctx.now));
                if let Some((field, max)) = photo_field
                    && !moved.is_empty()
                {
                    for photo in moved.into_iter().take(max) {
                        add_photo(draft, field, photo);
                    }
                    reply.note(self.ta(
                        &lang,
                        "attachment-for-request",
                        &[("title", self.t(&lang, &form.title).into())],
                    ));
                }
                draft.given.extend(given.keys().cloned());
                // The person's details from the last request sent, each shown with a ✓ at
                // its question (a second request asked for everything again).
                // A form that asks of the other person itself (a child's name at a Kita
                // question) is the writer's own request: their details are offered.
                // A helper's person shares no household with the writer: nothing of the
                // last request is theirs. And the request is the person's, not the helper's,
                // where the form asks of a child too ("انا متطوعة وبكتب عن عيلة سورية بدهم
                // يسجلو ابنهم بالمدرسة": field test BO of stop 72, no helper line).
                let next_for_relative = std::mem::take(&mut session.next_for_relative);
                let by_helper = std::mem::take(&mut session.next_by_helper) && next_for_relative;
                let for_relative = next_for_relative && form.is_for_someone_else(by_helper);
                draft.for_relative = for_relative;
                draft.by_helper = by_helper;
                if let Some(earlier) = &session.earlier {
                    for field in &form.fields {
                        let Some(answer) = field
                            .earlier_key()
                            .filter(|key| {
                                !for_relative || (!by_helper && EarlierAnswers::is_household(key))
                            })
                            .and_then(|key| earlier.answers.get(key))
                            .filter(|answer| fits(field, answer))
                        else {
                            continue;
                        };
                        if !given.contains_key(&field.id) && !draft.answers.contains_key(&field.id)
                        {
                            draft.answers.insert(field.id.clone(), answer.clone());
                            draft.from_earlier.push(field.id.clone());
                        }
                    }
                }
                draft.answers.extend(given);
                draft.position = Position::Field {
                    index: first,
                    correcting: false,
                    step: FieldStep::Main,
                };
                draft.updated = ctx.now;
                // A question offered to the office for questions, which cannot be written
                // to here, goes with its form's request (`Engine::offer_to_person`).
                if let Some(question) = reply
                    .on_offer
                    .as_ref()
                    .and_then(|offered| offered.text.clone())
                    .filter(|_| {
                        self.questions_institution()
                            .is_some_and(|office| office.id == form.institution)
                    })
                {
                    reply.on_offer = None;
                    self.keep_line_saying(
                        session,
                        target,
                        &question,
                        "form-question-goes",
                        ctx,
                        reply,
                    );
                }
                // Words said before for a request of this form ([`Session::said_before`]): a
                // first message that opened a page above it ("mein Aufenthaltstitel läuft
                // ab am 15. Januar": the office never read the date), or a question promised
                // to it, asked a few steps before (a field test of stop 65).
                // Or a first message that opened another page and names this form's topic
                // too: an Iraqi's message about the Jobcenter opened the counselling menu,
                // and did not go with the Jobcenter's request begun later from the main
                // menu (field test BM of stop 71). Not to an office it does not name.
                if let Some(said) = session.said_before.take_if(|said| {
                    ctx.now - said.said < chrono::Duration::days(1)
                        && (self.leads_to(&said.topic, target)
                            || (!said.asked
                                && !said.topic.is_empty()
                                && self.names_a_way_to(&said.text, target, &lang)))
                }) && session
                    .drafts
                    .get(target)
                    .is_none_or(|draft| !super::forms::kept_before(draft, &said.text))
                {
                    // "hallo ich schreibe für meine mutter sie spricht nur dari" first: the
                    // request is the mother's, written by her son (field test AZ of stop 69
                    // read no word of it but his message).
                    let words = self.content.locales.words();
                    let helper = words.names_a_helper(&said.text);
                    if !said.asked
                        && form.is_for_someone_else(helper)
                        && self.writes_for_another(&said.text)
                    {
                        let by_helper = session.helper_named(helper);
                        if let Some(draft) = session.drafts.get_mut(target) {
                            draft.for_relative = true;
                            draft.by_helper = by_helper;
                        }
                    }
                    self.keep_line_saying(
                        session,
                        target,
                        &said.text,
                        if said.asked {
                            "form-question-goes"
                        } else {
                            "form-first-message-goes"
                        },
                        ctx,
                        reply,
                    );
                    if let Some(draft) = session.drafts.get_mut(target) {
                        draft.took = Some(said);
                    }
                }
            }
            session.state = State::InForm {
                form: target.to_string(),
            };
        } else {
            session.state = State::AtNode {
                node: target.to_string(),
            };
        }
        self.reprompt(session, ctx, reply);
    }

    /// Whether node `target` is `from` or is reached from it by its options and theirs.
    pub(super) fn leads_to(&self, from: &str, target: &str) -> bool {
        let flow = &self.content.flow;
        let mut seen: Vec<&str> = vec![from];
        let mut at = 0;
        while let Some(node) = seen.get(at).copied() {
            if node == target {
                return true;
            }
            at += 1;
            for option in flow
                .node(node)
                .map(|node| node.kind.options())
                .unwrap_or_default()
            {
                if !seen.contains(&option.goto.as_str()) {
                    seen.push(&option.goto);
                }
            }
        }
        false
    }

    pub(super) fn back(&self, session: &mut Session, ctx: &mut StepContext<'_>, reply: &mut Reply) {
        let lang = self.lang(session, ctx);
        match session.state.clone() {
            State::InForm { form } => {
                let Some(draft) = session.drafts.get_mut(&form) else {
                    return self.leave(session, ctx, reply);
                };
                // Back from a photo question after "I do not have this paper", with no photo
                // sent: the person thinks again, and the office is no longer told so. A
                // field test of stop 67 went back, sent the passport after all, and the
                // office read that the photo was of another paper because there was no
                // passport.
                if let Position::Field {
                    index,
                    step: FieldStep::Main,
                    ..
                } = draft.position
                    && let Some(field) = self
                        .content
                        .flow
                        .form(&form)
                        .and_then(|form| form.fields.get(index))
                    && matches!(field.kind, FieldKind::Photos { .. })
                    && draft.without_papers.contains(&field.id)
                    && draft
                        .answers
                        .get(&field.id)
                        .is_none_or(|photos| *photos == Answer::Photos(Vec::new()))
                {
                    draft.without_papers.retain(|id| *id != field.id);
                    draft.answers.remove(&field.id);
                    if let Some((before, after)) =
                        self.no_document_frame(&self.form_office_language(&form, &lang))
                    {
                        forget_office_line(draft, &before, &after);
                    }
                }
                // Back from the Latin spelling asks for the name or address again; back from the
                // retake question asks for the photo again (the unreadable one is dropped).
                draft.pending_original = None;
                draft.pending_number = None;
                draft.drop_suggested_date();
                draft.unreadable.clear();
                // Back passes over the questions the way into the form answered, as going
                // forward does.
                let fields = self.content.flow.form(&form).map(|f| f.fields.as_slice());
                let asked = |index: usize| {
                    fields
                        .and_then(|fields| fields.get(index))
                        .is_some_and(|field| !draft.was_given(&field.id))
                };
                let previous = |index: usize| (0..index).rev().find(|&i| asked(i));
                draft.position = match draft.position {
                    Position::Field {
                        index,
                        correcting,
                        step:
                            FieldStep::InterpreterLanguage
                            | FieldStep::InterpreterTyped
                            | FieldStep::LatinName
                            | FieldStep::LatinAddress
                            | FieldStep::WordAsAnswer
                            | FieldStep::NameInBoth
                            | FieldStep::OtherTyped
                            | FieldStep::Retake,
                    } => Position::Field {
                        index,
                        correcting,
                        step: FieldStep::Main,
                    },
                    Position::Field {
                        correcting: true, ..
                    }
                    | Position::ChoosingCorrection => Position::Review,
                    Position::Field { index, .. } => match previous(index) {
                        Some(index) => Position::Field {
                            index,
                            correcting: false,
                            step: FieldStep::Main,
                        },
                        None => {
                            reply.note(self.t(&lang, "form-draft-kept"));
                            return self.leave(session, ctx, reply);
                        }
                    },
                    Position::Review => {
                        let last = self
                            .content
                            .flow
                            .form(&form)
                            .map_or(0, |f| f.fields.len().saturating_sub(1));
                        Position::Field {
                            index: last,
                            correcting: false,
                            step: FieldStep::Main,
                        }
                    }
                };
                self.reprompt(session, ctx, reply);
            }
            State::AtNode { node } if node == self.content.flow.start => {
                reply.note(self.t(&lang, "back-nothing"));
                self.reprompt(session, ctx, reply);
            }
            State::ConfirmingDelete { resume } => {
                session.state = *resume;
                self.reprompt(session, ctx, reply);
            }
            State::Talking { resume, .. } => {
                if let State::AtNode { node } = resume.as_ref()
                    && session.trail.last() == Some(node)
                {
                    session.trail.pop();
                }
                session.state = *resume;
                self.reprompt(session, ctx, reply);
            }
            State::ChoosingLanguage { then } | State::ConfirmingLanguage { then, .. }
                if session.language.is_some() =>
            {
                let target = then.unwrap_or_else(|| self.content.flow.start.clone());
                self.enter(session, &target, false, ctx, reply);
            }
            State::New
            | State::AtNode { .. }
            | State::ChoosingLanguage { .. }
            | State::ConfirmingLanguage { .. }
            | State::ConfirmingCancel { .. } => self.leave(session, ctx, reply),
        }
    }

    /// Goes to the previous node on the trail, or the main menu.
    pub(super) fn leave(
        &self,
        session: &mut Session,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let target = session
            .trail
            .pop()
            .unwrap_or_else(|| self.content.flow.start.clone());
        self.enter(session, &target, false, ctx, reply);
    }

    /// Cancels the open form (or the latest draft). A draft with answers is dropped only
    /// after a yes: a Cancel button far up the chat, or the word typed at a question, is
    /// easily sent by mistake and would lose every answer and photo. `said`: the sentence
    /// that asked to cancel, if one did ("please cancel my request"): after sending, it
    /// waits for the request's button, so that the office reads it.
    pub(super) fn cancel(
        &self,
        session: &mut Session,
        said: Option<&str>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let form = match &session.state {
            State::InForm { form } => Some(form.clone()),
            State::ConfirmingDelete { .. } => {
                if let State::ConfirmingDelete { resume } = std::mem::take(&mut session.state) {
                    session.state = *resume;
                }
                reply.note(self.t(&lang, "delete-kept"));
                return self.reprompt(session, ctx, reply);
            }
            State::ConfirmingCancel { .. } => return self.reprompt(session, ctx, reply),
            // Cancel while writing to an office (adding to a sent request): what is sent is
            // with the office; nothing more goes, and the chat goes back. A field test of
            // stop 61 got "I cannot take it back" and stayed, so the next line was emailed.
            State::Talking {
                institution, case, ..
            } => {
                let institution = self.institution_label(institution, &lang);
                let text = match case {
                    Some(reference) => self.ta(
                        &lang,
                        "talk-stopped-case",
                        &[
                            ("reference", reference.as_str().into()),
                            ("institution", institution.into()),
                        ],
                    ),
                    None => self.t(&lang, "talk-stopped"),
                };
                reply.note(text);
                return self.back(session, ctx, reply);
            }
            State::New
            | State::ChoosingLanguage { .. }
            | State::ConfirmingLanguage { .. }
            | State::AtNode { .. } => session.latest_draft().map(str::to_string),
        };
        let Some(form) = form else {
            // "cancel my request" after sending (a field test of stop 58 got "There is
            // nothing to cancel"): the request is with the office, which is told, with its
            // number; the requests follow, with how to reach the office.
            // The one whose topic the sentence names ("لطفا وقت مشاوره را لغو کنید", cancel the
            // counselling appointment, of two sent: field test CG of stop 77), else the last.
            let named = said.and_then(|text| self.open_request_of_topic_in(session, text, &lang));
            let sent = named
                .or_else(|| self.latest_open_request(session))
                .map(|(request, office)| (request.reference.clone(), self.t(&lang, &office.label)));
            if let Some((reference, institution)) = sent {
                reply.note(self.ta(
                    &lang,
                    "cancel-sent",
                    &[
                        ("reference", reference.into()),
                        ("institution", institution.into()),
                    ],
                ));
                // "скасуйте мій запит, мені більше не потрібно": pressed, the request's
                // button sends it (a run by hand of stop 63 had to type it again).
                // "cancel" alone after such a sentence keeps the sentence waiting: field
                // test CR of stop 79 lost "i found my card … pls cancel my request" so, and
                // the office read only "cancel pls".
                if said.is_none() {
                    self.keep_offer(session, reply);
                }
                return self.show_status_for_question(session, said, ctx, reply);
            }
            reply.note(self.t(&lang, "cancel-nothing"));
            return self.reprompt(session, ctx, reply);
        };
        if session
            .drafts
            .get(&form)
            .is_some_and(|draft| !draft.answers.is_empty())
        {
            let resume = Box::new(std::mem::take(&mut session.state));
            session.state = State::ConfirmingCancel { form, resume };
            return self.reprompt(session, ctx, reply);
        }
        self.drop_draft(session, &form, ctx, reply);
    }

    /// Drops form `form`'s draft; from inside the form, goes to where the form was opened.
    pub(super) fn drop_draft(
        &self,
        session: &mut Session,
        form: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        if let Some(took) = session.drafts.remove(form).and_then(|draft| draft.took)
            && session.said_before.is_none()
        {
            session.said_before = Some(took);
        }
        reply.note(self.t(&self.lang(session, ctx), "form-cancelled"));
        if matches!(&session.state, State::InForm { form: open } if open == form) {
            self.leave(session, ctx, reply);
        } else {
            self.reprompt(session, ctx, reply);
        }
    }

    /// What erasing leaves with the offices: the requests already sent, by number and office,
    /// so that the person can still ask the office about them (or ask it to delete them).
    /// `None` when nothing was sent (unsent requests are erased with everything else).
    pub(super) fn sent_requests_stay(&self, session: &Session, lang: &str) -> Option<String> {
        let references: Vec<String> = session
            .requests
            .iter()
            .filter(|summary| summary.status == DeliveryStatus::Sent)
            // With the office's address: "write to the office" named none (a field test
            // of stop 56).
            .map(|summary| {
                let label = self.institution_label(&summary.institution, lang);
                match self.content.flow.institution(&summary.institution) {
                    Some(office) => {
                        format!("{} ({label}, {})", summary.reference, office.email)
                    }
                    None => format!("{} ({label})", summary.reference),
                }
            })
            .collect();
        (!references.is_empty()).then(|| {
            self.ta(
                lang,
                "delete-sent-stay",
                &[("references", references.join(", ").into())],
            )
        })
    }

    pub(super) fn status(
        &self,
        session: &Session,
        lang: &str,
        now: chrono::NaiveDateTime,
    ) -> String {
        // Requests begun and not sent: a field tester's "My requests" said "You have no
        // requests yet" with one half done.
        let drafts: Vec<String> = session
            .drafts
            .iter()
            .filter(|(_, draft)| !only_a_kept_photo(draft))
            .filter_map(|(id, _)| self.content.flow.form(id))
            .map(|form| {
                self.ta(
                    lang,
                    "status-draft",
                    &[
                        ("title", self.t(lang, &form.title).into()),
                        ("button", self.t(lang, "button-continue-request").into()),
                    ],
                )
            })
            .collect();
        let with_drafts = |text: String| {
            if drafts.is_empty() {
                text
            } else {
                format!("{text}\n\n{}", drafts.join("\n"))
            }
        };
        if session.requests.is_empty() {
            return with_drafts(self.t(lang, "status-none"));
        }
        let mut lines = vec![self.t(lang, "status-header")];
        for summary in &session.requests {
            let institution = self.institution_label(&summary.institution, lang);
            // What it was ("Anmeldung des Wohnsitzes"), before whom it went to: a family's
            // requests to one office were told apart only by their numbers.
            let institution = match summary
                .form
                .as_deref()
                .and_then(|id| self.content.flow.form(id))
            {
                Some(form) => format!("{} – {institution}", self.t(lang, &form.title)),
                None => institution,
            };
            let state = match (summary.status, summary.cancel_asked) {
                (DeliveryStatus::Sent, Some(day)) if !summary.closed => self.ta(
                    lang,
                    "status-cancel-asked",
                    &[("date", day.format("%d.%m.%Y").to_string().into())],
                ),
                _ => self.t(
                    lang,
                    match summary.status {
                        _ if summary.closed => "status-closed",
                        DeliveryStatus::Queued => "status-queued",
                        DeliveryStatus::Sent => "status-sent",
                        DeliveryStatus::Failed => "status-failed",
                    },
                ),
            };
            lines.push(self.ta(
                lang,
                "status-line",
                &[
                    ("reference", summary.reference.as_str().into()),
                    ("institution", institution.into()),
                    (
                        "date",
                        summary.submitted.format("%d.%m.%Y").to_string().into(),
                    ),
                    ("state", state.into()),
                ],
            ));
        }
        let open: Vec<&RequestSummary> = session
            .requests
            .iter()
            .filter(|summary| summary.is_open() && summary.cancel_asked.is_none())
            .collect();
        // "Wann antworten sie?": how the newest request still open will be answered.
        let newest_open = open.last();
        // Two requests answered in two ways, each its own: "the office will call you" was
        // said of both where one answers by letter (field test CX of stop 82).
        let open_ways: Vec<(&str, AnswerWay)> = open
            .iter()
            .filter_map(|summary| Some((summary.reference.as_str(), summary.answer_way?)))
            .collect();
        let first_way = open_ways.first().map(|(_, way)| *way);
        let each_its_way = open_ways.iter().any(|(_, way)| Some(*way) != first_way);
        if each_its_way {
            lines.push(String::new());
            for (reference, way) in open_ways {
                let next = self.ta(lang, "request-next", &[("way", Arg::Key(way.key()))]);
                lines.push(format!("{reference}: {next}"));
            }
        }
        if let Some(summary) = newest_open
            && let Some(way) = summary.answer_way
        {
            // "nobody called me its been 2 weeks!! what now" got "This can take a few days"
            // (field test BA of stop 70): a week on, the office's phone, hours and address.
            // After each request's own way too.
            let days = (now.date() - summary.submitted).num_days();
            let office = self
                .content
                .flow
                .institution(&summary.institution)
                .filter(|office| office.can_be_visited());
            match office {
                Some(office) if days >= LONG_WAIT_DAYS && way != AnswerWay::Chat => {
                    lines.push(String::new());
                    lines.push(self.ta(
                        lang,
                        "status-long-wait",
                        &[
                            ("days", days.into()),
                            ("office", self.office_text(office, lang, now).into()),
                        ],
                    ));
                }
                _ if each_its_way => {}
                _ => {
                    lines.push(String::new());
                    lines.push(self.ta(lang, "request-next", &[("way", Arg::Key(way.key()))]));
                }
            }
        }
        with_drafts(lines.join("\n"))
    }
}

/// Days after sending a request by email from which a person asking about it is given the
/// office's phone, hours and address, not "this can take a few days".
const LONG_WAIT_DAYS: i64 = 7;

/// An empty draft at the form's first question.
pub(super) fn new_draft(now: DateTime<Utc>) -> Draft {
    Draft {
        given: Vec::new(),
        noted_ahead: Vec::new(),
        answers: Default::default(),
        position: Position::Field {
            index: 0,
            correcting: false,
            step: FieldStep::Main,
        },
        updated: now,
        pending_original: None,
        suggested_date: None,
        pending_number: None,
        unreadable: Vec::new(),
        unreadable_ahead: Vec::new(),
        questions: Vec::new(),
        without_papers: Vec::new(),
        for_relative: false,
        by_helper: false,
        person_answered_as_own: false,
        from_earlier: Vec::new(),
        resume_at: None,
        corrections_queued: Vec::new(),
        beside: Vec::new(),
        took: None,
        suggested_from: None,
    }
}

/// Whether an answer kept from another form's field fits `field`: a choice's value is
/// one of its options (or typed as its other), the rest by kind.
fn fits(field: &Field, answer: &Answer) -> bool {
    match (&field.kind, answer) {
        (FieldKind::Choice { options, .. }, Answer::Choice(value)) => {
            options.iter().any(|option| option.value == *value)
        }
        (FieldKind::Choice { other: Some(_), .. }, Answer::Text(_)) => true,
        (FieldKind::Name { .. }, Answer::Text(_) | Answer::Name { .. })
        | (FieldKind::Address { .. }, Answer::Text(_))
        | (FieldKind::Date { .. }, Answer::Date(_) | Answer::PartialDate { .. })
        | (FieldKind::Phone, Answer::Phone(_) | Answer::PhoneWithNote { .. })
        | (FieldKind::Email, Answer::Email(_))
        | (FieldKind::Interpreter, Answer::Interpreter(_)) => true,
        _ => false,
    }
}

/// Whether `draft` holds nothing but photos kept for a later question, at its first
/// question: a letter's photo sent at the main menu (`Engine::keep_letter_photo`).
pub(super) fn only_a_kept_photo(draft: &Draft) -> bool {
    matches!(
        draft.position,
        Position::Field {
            index: 0,
            step: FieldStep::Main,
            ..
        }
    ) && draft
        .answers
        .values()
        .all(|answer| matches!(answer, Answer::Photos(_)))
        && draft.questions.is_empty()
        && draft.without_papers.is_empty()
}

/// `draft`'s kept words without the office's line framed by `before` and `after` (that
/// the person has no paper): in the notes kept for the form's free text and in its answer.
pub(super) fn forget_office_line(draft: &mut Draft, before: &str, after: &str) {
    let framed = |line: &str| line.starts_with(before) && line.ends_with(after);
    let without = |text: &str| {
        text.split('\n')
            .filter(|line| !framed(line))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for kept in draft.questions.iter_mut() {
        *kept = without(kept);
    }
    draft.questions.retain(|kept| !kept.trim().is_empty());
    for answer in draft.answers.values_mut() {
        if let Answer::Text(text) = answer
            && text.split('\n').any(framed)
        {
            *text = without(text);
        }
    }
    // An answer that was that line alone is no answer.
    draft
        .answers
        .retain(|_, answer| !matches!(answer, Answer::Text(text) if text.trim().is_empty()));
}
