//! The conversation engine: `(session, input) -> (session, outputs)`, with no I/O.
//!
//! The engine knows nothing of Telegram, Matrix, sled or SMTP. The runtime loads a
//! [`Session`], calls [`Engine::step`], stores the changed session and carries out the
//! [`Output`]s. Every answer ends with the current question and its buttons, so a newcomer
//! is never left without a way on.
//!
//! Sample conversation (English):
//! ```text
//! > hello, I need help with registering my address
//! < OK. I will write in English.  Welcome to Kompass Kalletal! …  [1 Registering] …
//! > 1
//! < …  [Make a request]  [Back]
//! > Make a request
//! < Question 1 of 10  What is your family name?
//! > Haddad
//! < Question 2 of 10  …
//! ```

// A content change under a live session must never panic the engine (issue 11): no
// indexing, only `get`. Tests may index.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

mod input;
mod language;
mod output;
mod retake;
pub mod script;
mod session;
pub mod values;

use std::sync::Arc;

use chrono::{DateTime, Utc};

// Shared with requests, so they live a layer below (`crate::answers`).
pub use crate::answers::{Answer, AttachmentRef, InterpreterLanguage, LatinSpelling, UserId};
pub use input::{AttachmentInput, Command, CommandText, Input, VoiceInput};
pub use language::{
    Guess, INTERPRETER_LANGUAGES, guess as guess_language, interpreter_language, named_language,
};
// A fact about a language, so it lives with the locales; here too for the adapters.
pub use crate::i18n::is_rtl;
pub use output::{Button, CaseOpening, Forwarded, Message, OutgoingFile, Output};
// `Appointment` is defined below, next to the messages it fills.
pub use session::{DeliveryStatus, Draft, FieldStep, Position, RequestSummary, Session, State};

use crate::action::{Action, FieldButton};
use crate::content::{Content, Field, FieldKind, Form, Institution, NodeKind};
use crate::i18n::{Arg, strip_bidi_marks};
use crate::request::{self, Request};
use crate::upload::PdfProblem;
use crate::upload::Verdict;
use values::Refusal;

/// How many nodes `/back` remembers.
const MAX_TRAIL: usize = 32;
/// Longest name a newcomer may type for an interpreter language.
const MAX_LANGUAGE_NAME: usize = 60;
/// Longest message forwarded to caseworkers at once.
const MAX_FORWARDED_CHARS: usize = 4000;

/// What the engine needs from outside for one step, passed in so the step stays pure.
pub struct StepContext<'a> {
    pub user: &'a UserId,
    pub now: DateTime<Utc>,
    /// The messenger's idea of the user's language (Telegram's `language_code`).
    pub language_hint: Option<&'a str>,
    /// Hands out the next reference sequence number; called only when a request is submitted.
    pub next_sequence: &'a mut dyn FnMut() -> u64,
    /// Caseworker rooms are connected (Matrix is configured): "talk to a person" works.
    pub rooms_available: bool,
}

impl std::fmt::Debug for StepContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StepContext")
            .field("now", &self.now)
            .field("language_hint", &self.language_hint)
            .finish_non_exhaustive()
    }
}

/// The engine over one set of content.
#[derive(Debug, Clone)]
pub struct Engine {
    content: Arc<Content>,
}

/// Outputs being collected; short notes ("wrong date") are put in front of the next prompt
/// so the newcomer gets one message, not two.
#[derive(Default)]
struct Reply {
    notes: Vec<String>,
    outputs: Vec<Output>,
}

impl Reply {
    fn note(&mut self, text: String) {
        self.notes.push(text);
    }

    /// Sends the notes collected so far as a message of their own.
    fn flush(&mut self, rtl: bool) {
        if !self.notes.is_empty() {
            let text = std::mem::take(&mut self.notes).join("\n\n");
            self.outputs.push(Output::Say(Message {
                text,
                buttons: Vec::new(),
                rtl,
                numbers_are_answers: false,
            }));
        }
    }

    fn prompt(&mut self, mut output: Output) {
        if let Output::Say(message) | Output::AskUpload(message) = &mut output
            && !self.notes.is_empty()
        {
            let notes = std::mem::take(&mut self.notes).join("\n\n");
            message.text = format!("{notes}\n\n{}", message.text);
        }
        self.outputs.push(output);
    }

    fn finish(mut self, rtl: bool) -> Vec<Output> {
        self.flush(rtl);
        self.outputs
    }
}

impl Engine {
    pub fn new(content: Arc<Content>) -> Self {
        Self { content }
    }

    pub fn content(&self) -> &Arc<Content> {
        &self.content
    }

    /// One step of the conversation.
    pub fn step(
        &self,
        session: &mut Session,
        input: Input,
        ctx: &mut StepContext<'_>,
    ) -> Vec<Output> {
        let mut reply = Reply::default();
        if self.repair(session) {
            reply.note(self.t(&self.lang(session, ctx), "content-changed"));
        }
        match input {
            Input::Command(command) => self.on_command(session, command, ctx, &mut reply),
            Input::Button(data) => self.on_button(session, &data, ctx, &mut reply),
            Input::Text(text) => self.on_text(session, &text, ctx, &mut reply),
            Input::Attachment(attachment) => {
                self.on_attachment(session, attachment, ctx, &mut reply)
            }
            Input::Voice(voice) => self.on_voice(session, voice, ctx, &mut reply),
            Input::Unsupported => {
                let lang = self.lang(session, ctx);
                reply.note(self.t(&lang, "unsupported-message"));
                self.reprompt(session, ctx, &mut reply);
            }
        }
        let rtl = is_rtl(&self.lang(session, ctx));
        reply.finish(rtl)
    }

    /// The message for where the conversation is now, as shown after a restart.
    pub fn current_prompt(&self, session: &Session, ctx: &StepContext<'_>) -> Output {
        self.prompt(session, ctx)
    }

    /// Fits a stored session to the content as it is now: an administrator may have
    /// removed a node, a form, a field, an option, an institution or a language since the
    /// session was written (restart or SIGHUP). What no longer exists is dropped and the
    /// conversation goes on at the nearest point that does. Returns whether anything changed,
    /// so the newcomer can be told.
    fn repair(&self, session: &mut Session) -> bool {
        let flow = &self.content.flow;
        let mut changed = false;
        if session
            .language
            .as_deref()
            .is_some_and(|code| !self.content.locales.has_language(code))
        {
            session.language = None;
            session.state = State::ChoosingLanguage { then: None };
            changed = true;
        }
        let (trail, drafts) = (session.trail.len(), session.drafts.len());
        session.trail.retain(|node| flow.node(node).is_some());
        session
            .drafts
            .retain(|form_id, _| flow.form(form_id).is_some());
        changed |= trail != session.trail.len() || drafts != session.drafts.len();
        for (form_id, draft) in &mut session.drafts {
            if let Some(form) = flow.form(form_id) {
                changed |= repair_draft(form, draft);
            }
        }
        // A state is a few short strings: the copy costs less than tracking each change.
        let before = session.state.clone();
        session.state = self.repair_state(std::mem::take(&mut session.state), session);
        changed || session.state != before
    }

    fn repair_state(&self, state: State, session: &Session) -> State {
        let flow = &self.content.flow;
        let start = || State::AtNode {
            node: flow.start.clone(),
        };
        let exists = |node: &Option<String>| node.as_deref().is_none_or(|n| flow.node(n).is_some());
        match state {
            State::AtNode { node } => match flow.node(&node).map(|n| &n.kind) {
                Some(NodeKind::Menu { .. } | NodeKind::Page { .. }) => State::AtNode { node },
                _ => start(),
            },
            State::InForm { form } if session.drafts.contains_key(&form) => State::InForm { form },
            State::InForm { .. } => start(),
            State::ChoosingLanguage { then } if !exists(&then) => {
                State::ChoosingLanguage { then: None }
            }
            State::ConfirmingLanguage { guess, then }
                if !self.content.locales.has_language(&guess) || !exists(&then) =>
            {
                State::ChoosingLanguage { then: None }
            }
            State::ConfirmingDelete { resume } => State::ConfirmingDelete {
                resume: Box::new(self.repair_state(*resume, session)),
            },
            State::ConfirmingCancel { form, resume } => {
                let resume = Box::new(self.repair_state(*resume, session));
                if session.drafts.contains_key(&form) {
                    State::ConfirmingCancel { form, resume }
                } else {
                    *resume
                }
            }
            State::Talking {
                case,
                institution,
                resume,
            } => {
                let resume = Box::new(self.repair_state(*resume, session));
                if flow.institution(&institution).is_some() {
                    State::Talking {
                        case,
                        institution,
                        resume,
                    }
                } else {
                    *resume
                }
            }
            other @ (State::New
            | State::ChoosingLanguage { .. }
            | State::ConfirmingLanguage { .. }) => other,
        }
    }

    // -----------------------------------------------------------------------------------
    // Text helpers.

    fn t(&self, lang: &str, id: &str) -> String {
        self.content.locales.text(lang, id, &[])
    }

    fn ta(&self, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.content.locales.text(lang, id, args)
    }

    /// The language to answer in: chosen, else the one guessed from the first message and
    /// being proposed, else the messenger's hint, else English.
    fn lang(&self, session: &Session, ctx: &StepContext<'_>) -> String {
        session
            .language
            .clone()
            .or_else(|| proposed_language(session))
            .or_else(|| self.supported_hint(ctx))
            .unwrap_or_else(|| "en".to_string())
    }

    fn supported_hint(&self, ctx: &StepContext<'_>) -> Option<String> {
        let hint = ctx.language_hint?;
        let base = hint.split(['-', '_']).next()?.to_ascii_lowercase();
        self.content.locales.has_language(&base).then_some(base)
    }

    fn message(&self, lang: &str, text: String, buttons: Vec<Button>) -> Message {
        Message {
            text,
            buttons,
            rtl: is_rtl(lang),
            numbers_are_answers: false,
        }
    }

    // -----------------------------------------------------------------------------------
    // Prompts: the question for the current state, with its buttons.

    fn prompt(&self, session: &Session, ctx: &StepContext<'_>) -> Output {
        let lang = self.lang(session, ctx);
        match &session.state {
            State::New | State::ChoosingLanguage { .. } => Output::Say(self.language_menu(ctx)),
            State::ConfirmingLanguage { guess, .. } => {
                let name = self.content.locales.language_name(guess);
                let text = self.ta(
                    guess,
                    "language-detected-confirm",
                    &[("language", name.into())],
                );
                let buttons = vec![
                    Button::new(
                        self.t(guess, "button-yes"),
                        &Action::Language(guess.clone()),
                    ),
                    Button::new(
                        self.t(guess, "button-other-language"),
                        &Action::LanguageMenu,
                    ),
                ];
                Output::Say(self.message(guess, text, buttons))
            }
            State::AtNode { node } => Output::Say(self.node_prompt(session, node, &lang)),
            State::InForm { form } => self.form_prompt(session, form, &lang),
            State::ConfirmingDelete { .. } => {
                let buttons = vec![
                    Button::new(
                        self.t(&lang, "button-delete-yes"),
                        &Action::ConfirmDelete(true),
                    ),
                    Button::new(
                        self.t(&lang, "button-delete-no"),
                        &Action::ConfirmDelete(false),
                    ),
                ];
                Output::Say(self.message(&lang, self.t(&lang, "delete-confirm"), buttons))
            }
            State::ConfirmingCancel { form, .. } => {
                let title = self
                    .content
                    .flow
                    .form(form)
                    .map_or_else(String::new, |f| self.t(&lang, &f.title));
                let buttons = vec![
                    Button::new(
                        self.t(&lang, "button-cancel-yes"),
                        &Action::ConfirmCancel(true),
                    ),
                    Button::new(
                        self.t(&lang, "button-cancel-no"),
                        &Action::ConfirmCancel(false),
                    ),
                ];
                let text = self.ta(&lang, "cancel-confirm", &[("title", title.into())]);
                Output::Say(self.message(&lang, text, buttons))
            }
            State::Talking { .. } => {
                Output::Say(self.talking_message(&lang, self.t(&lang, "person-reply-hint")))
            }
        }
    }

    /// A message shown while talking to a person, with Back and Main menu. A typed "1" is
    /// a message to the office here, not a button.
    fn talking_message(&self, lang: &str, text: String) -> Message {
        let buttons = vec![
            Button::new(self.t(lang, "button-back"), &Action::Back),
            Button::new(self.t(lang, "button-main-menu"), &Action::MainMenu),
        ];
        Message {
            numbers_are_answers: true,
            ..self.message(lang, text, buttons)
        }
    }

    fn institution_label(&self, institution: &str, lang: &str) -> String {
        self.content
            .flow
            .institution(institution)
            .map_or_else(|| institution.to_string(), |i| self.t(lang, &i.label))
    }

    fn reprompt(&self, session: &Session, ctx: &StepContext<'_>, reply: &mut Reply) {
        reply.prompt(self.prompt(session, ctx));
    }

    /// Every language by its own name; the question in every language, the hinted first.
    fn language_menu(&self, ctx: &StepContext<'_>) -> Message {
        let hint = self.supported_hint(ctx);
        let mut codes: Vec<&str> = self.content.locales.languages().collect();
        if let Some(hint) = &hint {
            codes.sort_by_key(|code| *code != hint.as_str());
        }
        let text = codes
            .iter()
            .map(|code| self.t(code, "choose-language"))
            .collect::<Vec<_>>()
            .join("\n");
        let buttons = codes
            .iter()
            .map(|code| {
                Button::new(
                    self.content.locales.language_name(code),
                    &Action::Language(code.to_string()),
                )
            })
            .collect();
        Message {
            text,
            buttons,
            rtl: false,
            numbers_are_answers: false,
        }
    }

    fn node_prompt(&self, session: &Session, node_id: &str, lang: &str) -> Message {
        let flow = &self.content.flow;
        let Some(node) = flow.node(node_id) else {
            // Content changed under a stored session: fall back to the main menu.
            return self.node_prompt(session, &flow.start, lang);
        };
        let (text, options) = match &node.kind {
            NodeKind::Menu { text, options } | NodeKind::Page { text, options } => (text, options),
            NodeKind::Form(_) | NodeKind::Contact { .. } => {
                return self.node_prompt(session, &flow.start, lang);
            }
        };
        let mut buttons = Vec::new();
        for (index, option) in options.iter().enumerate() {
            buttons.push(Button::new(
                self.t(lang, &option.label),
                &Action::Go {
                    node: node_id.to_string(),
                    option: index,
                },
            ));
        }
        // Last, so the menu's numbers do not shift when it appears: a typed "1" always
        // opens the first topic.
        if node_id == flow.start
            && let Some(form) = session.latest_draft()
        {
            buttons.push(Button::new(
                self.t(lang, "button-continue-request"),
                &Action::Resume {
                    form: form.to_string(),
                },
            ));
        }
        if node_id != flow.start {
            buttons.push(Button::new(self.t(lang, "button-back"), &Action::Back));
            if session
                .trail
                .last()
                .is_some_and(|previous| *previous != flow.start)
            {
                buttons.push(Button::new(
                    self.t(lang, "button-main-menu"),
                    &Action::MainMenu,
                ));
            }
        }
        self.message(lang, self.t(lang, text), buttons)
    }

    fn form_prompt(&self, session: &Session, form_id: &str, lang: &str) -> Output {
        let (Some(form), Some(draft)) =
            (self.content.flow.form(form_id), session.drafts.get(form_id))
        else {
            return Output::Say(self.node_prompt(session, &self.content.flow.start, lang));
        };
        match draft.position {
            Position::Review => {
                let buttons = vec![
                    Button::new(self.t(lang, "button-send"), &Action::Send),
                    Button::new(self.t(lang, "button-change"), &Action::Change),
                    Button::new(self.t(lang, "button-cancel"), &Action::CancelForm),
                ];
                Output::Say(self.message(lang, self.summary(form, draft, lang), buttons))
            }
            Position::ChoosingCorrection => {
                let mut buttons: Vec<Button> = form
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, field)| {
                        Button::new(self.t(lang, &field.label), &Action::Fix { field: i })
                    })
                    .collect();
                buttons.push(Button::new(
                    self.t(lang, "button-back-to-summary"),
                    &Action::Review,
                ));
                Output::Say(self.message(lang, self.t(lang, "summary-which-field"), buttons))
            }
            Position::Field { index, step, .. } => match form.fields.get(index) {
                Some(field) => self.field_prompt(form, field, index, step, draft, lang),
                // Unreachable once `repair` ran; shown rather than panicking.
                None => {
                    Output::Say(self.message(lang, self.summary(form, draft, lang), Vec::new()))
                }
            },
        }
    }

    fn field_prompt(
        &self,
        form: &Form,
        field: &Field,
        index: usize,
        step: FieldStep,
        draft: &Draft,
        lang: &str,
    ) -> Output {
        let progress = self.ta(
            lang,
            "form-progress",
            &[
                ("number", (index + 1).into()),
                ("total", form.fields.len().into()),
            ],
        );
        let answer_button = |label: String, value: FieldButton| {
            Button::new(
                label,
                &Action::Answer {
                    field: index,
                    value,
                },
            )
        };
        let mut buttons = Vec::new();
        let mut upload = false;
        let mut question = self.t(lang, &field.prompt);
        match (&field.kind, step) {
            (FieldKind::Choice { options } | FieldKind::Appointment { options }, _) => {
                buttons.extend(options.iter().enumerate().map(|(k, option)| {
                    answer_button(self.t(lang, &option.label), FieldButton::Option(k))
                }));
            }
            (FieldKind::YesNo, _) | (FieldKind::Interpreter, FieldStep::Main) => {
                buttons.push(answer_button(self.t(lang, "button-yes"), FieldButton::Yes));
                buttons.push(answer_button(self.t(lang, "button-no"), FieldButton::No));
            }
            (FieldKind::Interpreter, FieldStep::InterpreterLanguage) => {
                question = self.t(lang, "interpreter-language-question");
                let mut languages: Vec<_> = INTERPRETER_LANGUAGES.iter().collect();
                languages.sort_by_key(|(code, _, _)| *code != lang);
                buttons.extend(languages.iter().map(|(code, own, _)| {
                    answer_button(
                        (*own).to_string(),
                        FieldButton::InterpreterLanguage(code.to_string()),
                    )
                }));
                buttons.push(answer_button(
                    self.t(lang, "button-interpreter-other"),
                    FieldButton::OtherInterpreterLanguage,
                ));
            }
            (FieldKind::Interpreter, FieldStep::InterpreterTyped) => {
                question = self.t(lang, "interpreter-language-type")
            }
            (FieldKind::Name { .. }, FieldStep::LatinName) => {
                let original = draft.pending_name.as_deref().unwrap_or_default();
                question = self.ta(lang, "name-latin-question", &[("name", original.into())]);
                if let Some(suggestion) = script::latin_suggestion(original, lang) {
                    question.push('\n');
                    question.push_str(&self.ta(
                        lang,
                        "name-latin-suggestion",
                        &[("suggestion", suggestion.as_str().into())],
                    ));
                    // "✓ Haddad", not "Haddad": typing the spelling from the passport is the
                    // person's own, not Kompass's suggestion.
                    buttons.push(answer_button(
                        format!("✓ {suggestion}"),
                        FieldButton::LatinSuggestion,
                    ));
                }
                buttons.push(answer_button(
                    self.t(lang, "button-name-no-latin"),
                    FieldButton::NoLatinDocument,
                ));
            }
            (FieldKind::Photos { .. }, FieldStep::Retake) => {
                upload = true;
                question = self.retake_question(draft, lang);
                buttons.push(answer_button(
                    self.t(lang, "button-photo-retake"),
                    FieldButton::NewPhoto,
                ));
                buttons.push(answer_button(
                    self.t(lang, "button-photo-keep"),
                    FieldButton::KeepPhoto,
                ));
            }
            (FieldKind::Photos { min, .. }, _) => {
                upload = true;
                let count = photo_count(draft, field);
                if count > 0 {
                    question.push_str("\n\n");
                    if let Some(Answer::Photos(photos)) = draft.answers.get(&field.id) {
                        question.push_str(&self.files_text(
                            photos,
                            lang,
                            "photo-received",
                            "document-received",
                            " ",
                        ));
                    }
                    question.push(' ');
                    if count < *min {
                        question.push_str(&self.ta(
                            lang,
                            "photo-send-more",
                            &[("missing", (min - count).into())],
                        ));
                    } else {
                        question.push_str(&self.t(lang, "photo-more-or-done"));
                    }
                }
                if count > 0 && count >= *min {
                    buttons.push(answer_button(
                        self.t(lang, "button-done"),
                        FieldButton::Done,
                    ));
                }
            }
            (
                FieldKind::Text { .. }
                | FieldKind::Name { .. }
                | FieldKind::Date { .. }
                | FieldKind::Phone
                | FieldKind::Email
                | FieldKind::Number { .. },
                _,
            )
            | (FieldKind::Interpreter, FieldStep::LatinName | FieldStep::Retake) => {}
        }
        let has_photos = photo_count(draft, field) > 0 || !draft.unreadable.is_empty();
        if field.optional && !has_photos {
            buttons.push(answer_button(
                self.t(lang, "button-skip"),
                FieldButton::Skip,
            ));
        }
        buttons.push(Button::new(self.t(lang, "button-back"), &Action::Back));
        buttons.push(Button::new(
            self.t(lang, "button-cancel"),
            &Action::CancelForm,
        ));
        let text = format!("{progress}\n{question}");
        let message = Message {
            // "2" at a number question is the answer 2; everywhere else (a name, a date, a
            // photo) a typed number is the button the screen shows with it.
            numbers_are_answers: matches!(field.kind, FieldKind::Number { .. }),
            ..self.message(lang, text, buttons)
        };
        if upload {
            Output::AskUpload(message)
        } else {
            Output::Say(message)
        }
    }

    /// The summary a newcomer checks before sending.
    fn summary(&self, form: &Form, draft: &Draft, lang: &str) -> String {
        let mut lines = vec![self.t(lang, "summary-title")];
        if let Some(institution) = self.content.flow.institution(&form.institution) {
            lines.push(self.ta(
                lang,
                "summary-institution",
                &[("institution", self.t(lang, &institution.label).into())],
            ));
        }
        lines.push(self.t(lang, &form.title));
        lines.push(String::new());
        for field in &form.fields {
            let answer = draft.answers.get(&field.id).unwrap_or(&Answer::Skipped);
            lines.push(format!(
                "• {}: {}",
                self.t(lang, &field.label),
                self.display_answer(field, answer, lang)
            ));
        }
        lines.push(String::new());
        lines.push(self.t(lang, "summary-question"));
        lines.join("\n")
    }

    /// An answer as text in `lang` (the newcomer's in the summary, the office's in email).
    pub fn display_answer(&self, field: &Field, answer: &Answer, lang: &str) -> String {
        match answer {
            Answer::Text(text) | Answer::Phone(text) | Answer::Email(text) => text.clone(),
            Answer::Date(date) => date.format("%d.%m.%Y").to_string(),
            Answer::Number(number) => number.to_string(),
            Answer::Choice(value) => match &field.kind {
                FieldKind::Choice { options } | FieldKind::Appointment { options } => options
                    .iter()
                    .find(|o| o.value == *value)
                    .map_or_else(|| value.clone(), |o| self.t(lang, &o.label)),
                _ => value.clone(),
            },
            Answer::YesNo(yes) => self.t(lang, if *yes { "value-yes" } else { "value-no" }),
            Answer::Interpreter(None) => self.t(lang, "value-interpreter-no"),
            // The field's label already says "interpreter": just the language.
            Answer::Interpreter(Some(language)) => interpreter_language_name(language, lang),
            Answer::Photos(photos) => {
                self.files_text(photos, lang, "value-photos", "value-documents", ", ")
            }
            Answer::Name { original, latin } => {
                let original = original.as_str().into();
                match latin {
                    LatinSpelling::Typed(latin) => self.ta(
                        lang,
                        "value-name-original",
                        &[("latin", latin.as_str().into()), ("original", original)],
                    ),
                    LatinSpelling::Suggested(latin) => self.ta(
                        lang,
                        "value-name-suggested",
                        &[("latin", latin.as_str().into()), ("original", original)],
                    ),
                    LatinSpelling::NoDocument => {
                        self.ta(lang, "value-name-no-latin", &[("original", original)])
                    }
                }
            }
            Answer::Skipped => self.t(lang, "value-skipped"),
        }
    }

    /// "2 photos", "1 photo, 1 document (PDF)": a PDF is a document, not a photo.
    fn files_text(
        &self,
        files: &[AttachmentRef],
        lang: &str,
        photos_id: &str,
        documents_id: &str,
        separator: &str,
    ) -> String {
        let documents = files.iter().filter(|f| f.mime == "application/pdf").count();
        let photos = files.len() - documents;
        let mut parts = Vec::new();
        if photos > 0 || documents == 0 {
            parts.push(self.ta(lang, photos_id, &[("count", photos.into())]));
        }
        if documents > 0 {
            parts.push(self.ta(lang, documents_id, &[("count", documents.into())]));
        }
        parts.join(separator)
    }

    // -----------------------------------------------------------------------------------
    // Inputs.

    fn on_text(
        &self,
        session: &mut Session,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        if looks_like_command(text) {
            // A command this bot does not know: never an answer to the open question.
            let lang = self.lang(session, ctx);
            reply.note(self.t(&lang, "unknown-command"));
            reply.note(self.t(&lang, "help-text"));
            return self.reprompt(session, ctx, reply);
        }
        let prompt = self.prompt(session, ctx);
        if let Some(data) = prompt.message().and_then(|m| match_button(m, text)) {
            return self.on_button(session, &data, ctx, reply);
        }
        match session.state.clone() {
            State::New | State::ChoosingLanguage { .. } | State::ConfirmingLanguage { .. } => {
                self.on_language_text(session, text, ctx, reply)
            }
            State::InForm { form } => self.on_form_text(session, &form, text, ctx, reply),
            State::Talking { institution, .. } => {
                let lang = self.lang(session, ctx);
                if text.chars().count() > MAX_FORWARDED_CHARS {
                    reply.note(self.ta(
                        &lang,
                        "error-text-too-long",
                        &[("max", MAX_FORWARDED_CHARS.into())],
                    ));
                    return self.reprompt(session, ctx, reply);
                }
                let Some(case) = self.talking_case(session, ctx, reply) else {
                    return self.reprompt(session, ctx, reply);
                };
                reply.outputs.push(Output::Forward {
                    case,
                    what: Forwarded::Text {
                        text: text.to_string(),
                    },
                });
                self.forwarded(&institution, &lang, reply);
            }
            State::AtNode { .. } => {
                // A language's name ("Arabisch", "فارسی") changes the language here too.
                let locales = &self.content.locales;
                match named_language(text, locales.words()) {
                    Some(code) if locales.has_language(code) => {
                        let then = session.state.return_point();
                        self.choose_language(session, code, then, ctx, reply);
                    }
                    Some(_) => {
                        let then = session.state.return_point();
                        self.not_available(session, then, ctx, reply);
                    }
                    None => {
                        reply.note(self.t(&self.lang(session, ctx), "not-understood"));
                        reply.prompt(prompt);
                    }
                }
            }
            State::ConfirmingDelete { .. } | State::ConfirmingCancel { .. } => {
                reply.note(self.t(&self.lang(session, ctx), "not-understood"));
                reply.prompt(prompt);
            }
        }
    }

    /// Free text before a language is chosen: guess the language from it.
    fn on_language_text(
        &self,
        session: &mut Session,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let then = session.state.return_point();
        let locales = &self.content.locales;
        let supported: Vec<&str> = locales.languages().collect();
        match guess_language(text, locales.words(), &supported, ctx.language_hint) {
            Guess::Language {
                code,
                confident: true,
            } => self.choose_language(session, &code, then, ctx, reply),
            Guess::Language {
                code,
                confident: false,
            } => {
                session.state = State::ConfirmingLanguage { guess: code, then };
                self.reprompt(session, ctx, reply);
            }
            Guess::NotAvailable { .. } => self.not_available(session, then, ctx, reply),
            Guess::Unknown => {
                if matches!(session.state, State::ChoosingLanguage { .. }) {
                    reply.note(self.t(&self.lang(session, ctx), "not-understood"));
                }
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
        }
    }

    /// Someone wrote in a language there are no texts in: the language menu, with a note
    /// saying so in English and German (and first in the messenger's language if there are
    /// texts in it), the languages a newcomer here most likely reads.
    fn not_available(
        &self,
        session: &mut Session,
        then: Option<String>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let hint = self.supported_hint(ctx);
        let languages = hint
            .iter()
            .map(String::as_str)
            .filter(|hint| !["en", "de"].contains(hint))
            .chain(["en", "de"]);
        for lang in languages {
            reply.note(self.t(lang, "language-not-available"));
        }
        session.state = State::ChoosingLanguage { then };
        self.reprompt(session, ctx, reply);
    }

    fn choose_language(
        &self,
        session: &mut Session,
        code: &str,
        then: Option<String>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        session.language = Some(code.to_string());
        reply.note(self.t(code, "language-set"));
        let target = then.unwrap_or_else(|| self.content.flow.start.clone());
        self.enter(session, &target, false, ctx, reply);
    }

    fn on_command(
        &self,
        session: &mut Session,
        command: Command,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        if session.language.is_none()
            && !matches!(command, Command::Start(_) | Command::Delete | Command::Help)
        {
            session.state = State::ChoosingLanguage { then: None };
            return self.reprompt(session, ctx, reply);
        }
        match command {
            Command::Start(payload) => self.on_start(session, payload.as_deref(), ctx, reply),
            Command::Menu => {
                session.trail.clear();
                let start = self.content.flow.start.clone();
                self.enter(session, &start, false, ctx, reply);
            }
            Command::Back => self.back(session, ctx, reply),
            Command::Language => {
                let then = session.state.return_point();
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
            Command::Cancel => self.cancel(session, ctx, reply),
            Command::Help => {
                reply.note(self.t(&lang, "help-text"));
                self.reprompt(session, ctx, reply);
            }
            Command::Status => {
                reply.note(self.status(session, &lang));
                self.reprompt(session, ctx, reply);
            }
            Command::Delete => {
                let resume = match &session.state {
                    State::ConfirmingDelete { resume } => resume.clone(),
                    other => Box::new(other.clone()),
                };
                session.state = State::ConfirmingDelete { resume };
                self.reprompt(session, ctx, reply);
            }
        }
    }

    /// `/start [payload]`: payload is a language (`ar`), a node (`register`) or both
    /// (`ar_register`), as Telegram deep links allow only `[A-Za-z0-9_-]`.
    fn on_start(
        &self,
        session: &mut Session,
        payload: Option<&str>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let locales = &self.content.locales;
        let flow = &self.content.flow;
        let (mut language, mut target) = (None, None);
        if let Some(payload) = payload.map(str::trim) {
            if locales.has_language(payload) {
                language = Some(payload.to_string());
            } else if flow.node(payload).is_some() {
                target = Some(payload.to_string());
            } else if let Some((lang, node)) = payload.split_once('_')
                && locales.has_language(lang)
            {
                language = Some(lang.to_string());
                target = flow.node(node).map(|_| node.to_string());
            }
        }
        session.trail.clear();
        if let Some(language) = language {
            return self.choose_language(session, &language, target, ctx, reply);
        }
        if session.language.is_some() {
            let target = target.unwrap_or_else(|| flow.start.clone());
            self.enter(session, &target, false, ctx, reply);
        } else {
            session.state = State::ChoosingLanguage { then: target };
            self.reprompt(session, ctx, reply);
        }
    }

    fn on_button(
        &self,
        session: &mut Session,
        data: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // Data no button of ours carries (a forged or very old one) is a stale button.
        let action = Action::parse(data).ok();
        match action {
            Some(Action::LanguageMenu) => {
                let then = session.state.return_point();
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Language(code)) if self.content.locales.has_language(&code) => {
                let then = session.state.return_point();
                self.choose_language(session, &code, then, ctx, reply);
            }
            _ if session.language.is_none() => {
                session.state = State::ChoosingLanguage { then: None };
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Go { node, option }) => {
                // Also from an old menu further up the chat: follow it, it is what they want.
                let target = self
                    .content
                    .flow
                    .node(&node)
                    .and_then(|n| n.kind.options().get(option))
                    .map(|o| o.goto.clone());
                match target {
                    Some(target) => {
                        // Back returns to the menu the button was on: the current one, or
                        // an older one further up the chat.
                        self.remember(session, node);
                        self.enter(session, &target, true, ctx, reply);
                    }
                    None => self.stale(session, ctx, reply),
                }
            }
            Some(Action::Resume { form }) if session.drafts.contains_key(&form) => {
                self.enter(session, &form, true, ctx, reply)
            }
            Some(Action::Back) => self.back(session, ctx, reply),
            Some(Action::MainMenu) => self.on_command(session, Command::Menu, ctx, reply),
            Some(Action::ConfirmCancel(yes))
                if matches!(session.state, State::ConfirmingCancel { .. }) =>
            {
                let State::ConfirmingCancel { form, resume } = std::mem::take(&mut session.state)
                else {
                    return self.stale(session, ctx, reply);
                };
                session.state = *resume;
                if yes {
                    self.drop_draft(session, &form, ctx, reply);
                } else {
                    reply.note(self.t(&lang, "cancel-kept"));
                    self.reprompt(session, ctx, reply);
                }
            }
            Some(Action::ConfirmDelete(yes))
                if matches!(session.state, State::ConfirmingDelete { .. }) =>
            {
                if yes {
                    reply.outputs.push(Output::EraseUserData);
                    reply.note(self.t(&lang, "delete-done"));
                    reply.flush(is_rtl(&lang));
                    *session = Session::default();
                } else {
                    if let State::ConfirmingDelete { resume } = std::mem::take(&mut session.state) {
                        session.state = *resume;
                    }
                    reply.note(self.t(&lang, "delete-kept"));
                    self.reprompt(session, ctx, reply);
                }
            }
            other => match session.state.clone() {
                State::InForm { form } => self.on_form_button(session, &form, other, ctx, reply),
                State::New
                | State::ChoosingLanguage { .. }
                | State::ConfirmingLanguage { .. }
                | State::AtNode { .. }
                | State::ConfirmingDelete { .. }
                | State::ConfirmingCancel { .. }
                | State::Talking { .. } => self.stale(session, ctx, reply),
            },
        }
    }

    /// What the newcomer is told about an upload refused whatever is asked for: too large,
    /// damaged, a PDF with scripts or too large for an email. `None` for accepted kinds.
    fn upload_refusal(&self, lang: &str, verdict: &Verdict) -> Option<String> {
        let max = |max_mb: u64| [("max", i64::try_from(max_mb).unwrap_or(i64::MAX).into())];
        Some(match verdict {
            Verdict::TooLarge { max_mb } => self.ta(lang, "error-file-too-large", &max(*max_mb)),
            Verdict::PdfTooLargeForEmail { max_mb } => {
                self.ta(lang, "upload-too-large-for-email", &max(*max_mb))
            }
            Verdict::ImageTooLarge => self.t(lang, "error-image-too-large"),
            Verdict::Damaged => self.t(lang, "upload-photo-damaged"),
            Verdict::PdfRefused { problem } => self.t(
                lang,
                match problem {
                    PdfProblem::Encrypted => "upload-pdf-encrypted",
                    PdfProblem::JavaScript => "upload-pdf-javascript",
                    PdfProblem::Launch => "upload-pdf-launch",
                    PdfProblem::EmbeddedFile => "upload-pdf-embedded-file",
                    PdfProblem::Unreadable => "upload-pdf-unreadable",
                },
            ),
            Verdict::Image { .. } | Verdict::Pdf | Verdict::Unsupported => return None,
        })
    }

    /// A voice message: into the case's thread while talking to a person (the runtime
    /// decides where a forward goes), otherwise the note every unreadable message gets.
    fn on_voice(
        &self,
        session: &mut Session,
        voice: VoiceInput,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let State::Talking { institution, .. } = session.state.clone() else {
            reply.note(self.t(&lang, "unsupported-message"));
            return self.reprompt(session, ctx, reply);
        };
        let (id, mime, duration_seconds) = match voice {
            VoiceInput::Stored {
                id,
                mime,
                duration_seconds,
            } => (id, mime, duration_seconds),
            VoiceInput::TooLarge { max_mb } => {
                let max = i64::try_from(max_mb).unwrap_or(i64::MAX);
                reply.note(self.ta(&lang, "voice-too-large", &[("max", max.into())]));
                return self.reprompt(session, ctx, reply);
            }
        };
        let Some(case) = self.talking_case(session, ctx, reply) else {
            return self.reprompt(session, ctx, reply);
        };
        reply.outputs.push(Output::Forward {
            case,
            what: Forwarded::Audio {
                id,
                mime,
                duration_seconds,
            },
        });
        self.forwarded(&institution, &lang, reply);
    }

    /// A button from an old message that no longer applies: show where we are.
    fn stale(&self, session: &mut Session, ctx: &mut StepContext<'_>, reply: &mut Reply) {
        self.reprompt(session, ctx, reply);
    }

    fn on_attachment(
        &self,
        session: &mut Session,
        attachment: AttachmentInput,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        if let State::Talking { institution, .. } = session.state.clone() {
            let mime = match &attachment.verdict {
                Verdict::Image { mime, .. } => mime.clone(),
                Verdict::Pdf => "application/pdf".to_string(),
                Verdict::Unsupported => {
                    reply.note(self.t(&lang, "person-not-forwarded"));
                    return self.reprompt(session, ctx, reply);
                }
                refused => {
                    if let Some(note) = self.upload_refusal(&lang, refused) {
                        reply.note(note);
                    }
                    return self.reprompt(session, ctx, reply);
                }
            };
            let Some(case) = self.talking_case(session, ctx, reply) else {
                return self.reprompt(session, ctx, reply);
            };
            reply.outputs.push(Output::Forward {
                case,
                what: Forwarded::File {
                    id: attachment.id,
                    mime,
                },
            });
            return self.forwarded(&institution, &lang, reply);
        }
        let State::InForm { form: form_id } = session.state.clone() else {
            if session.language.is_some() {
                reply.note(self.t(&lang, "attachment-not-expected"));
            }
            return self.reprompt(session, ctx, reply);
        };
        let Some(form) = self.content.flow.form(&form_id) else {
            return self.reprompt(session, ctx, reply);
        };
        let Some(draft) = session.drafts.get_mut(&form_id) else {
            return self.reprompt(session, ctx, reply);
        };
        let Position::Field { index, .. } = draft.position else {
            reply.note(self.t(&lang, "attachment-not-expected"));
            return self.reprompt(session, ctx, reply);
        };
        let Some(field) = form.fields.get(index) else {
            return self.reprompt(session, ctx, reply);
        };
        let FieldKind::Photos { max, allow_pdf, .. } = field.kind else {
            reply.note(self.t(&lang, "attachment-not-expected"));
            return self.reprompt(session, ctx, reply);
        };
        let mime = match &attachment.verdict {
            Verdict::Image { mime, .. } => mime.clone(),
            Verdict::Pdf if allow_pdf => "application/pdf".to_string(),
            Verdict::Pdf | Verdict::PdfRefused { .. } | Verdict::PdfTooLargeForEmail { .. }
                if !allow_pdf =>
            {
                reply.note(self.t(&lang, "error-photo-not-pdf"));
                return self.reprompt(session, ctx, reply);
            }
            Verdict::Unsupported => {
                reply.note(self.t(&lang, "error-file-unknown"));
                return self.reprompt(session, ctx, reply);
            }
            refused => {
                if let Some(note) = self.upload_refusal(&lang, refused) {
                    reply.note(note);
                }
                return self.reprompt(session, ctx, reply);
            }
        };
        let problem = match &attachment.verdict {
            Verdict::Image { problem, .. } => *problem,
            _ => None,
        };
        let candidate = retake::UnreadableCandidate {
            id: attachment.id.clone(),
            mime: mime.clone(),
            problem,
            album: attachment.album.clone(),
        };
        match retake::arrive(draft, field, max, candidate) {
            retake::Arrival::Accept => {}
            retake::Arrival::Wait => {
                draft.updated = ctx.now;
                return self.reprompt(session, ctx, reply);
            }
            retake::Arrival::TooMany => {
                reply.note(self.t(&lang, "photo-limit-reached"));
                return self.reprompt(session, ctx, reply);
            }
        }
        let mut photos = match draft.answers.remove(&field.id) {
            Some(Answer::Photos(photos)) => photos,
            _ => Vec::new(),
        };
        photos.push(AttachmentRef {
            id: attachment.id,
            mime,
        });
        let count = photos.len();
        draft
            .answers
            .insert(field.id.clone(), Answer::Photos(photos));
        draft.updated = ctx.now;
        // With photos waiting for a choice (an album with a hard-to-read photo), the
        // retake question comes first.
        if count >= max && draft.unreadable.is_empty() {
            if let Some(Answer::Photos(photos)) = draft.answers.get(&field.id) {
                reply.note(self.files_text(
                    photos,
                    &lang,
                    "photo-received",
                    "document-received",
                    " ",
                ));
            }
            self.advance(session, &form_id, ctx, reply);
        } else {
            self.reprompt(session, ctx, reply);
        }
    }

    // -----------------------------------------------------------------------------------
    // Navigation.

    fn remember(&self, session: &mut Session, node: String) {
        if session.trail.last() != Some(&node) {
            session.trail.push(node);
        }
        if session.trail.len() > MAX_TRAIL {
            session.trail.remove(0);
        }
    }

    /// Shows node `target` (starting or resuming a form).
    fn enter(
        &self,
        session: &mut Session,
        target: &str,
        resume_note: bool,
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
            return self.open_contact(session, text, institution, ctx, reply);
        }
        if let Some(form) = flow.form(target) {
            if session.drafts.contains_key(target) {
                if resume_note {
                    reply.note(self.ta(
                        &lang,
                        "form-resume",
                        &[("title", self.t(&lang, &form.title).into())],
                    ));
                }
            } else {
                if let Some(intro) = &form.intro {
                    reply.note(self.t(&lang, intro));
                }
                let draft = Draft {
                    answers: Default::default(),
                    position: Position::Field {
                        index: 0,
                        correcting: false,
                        step: FieldStep::Main,
                    },
                    updated: ctx.now,
                    pending_name: None,
                    unreadable: Vec::new(),
                };
                session.drafts.insert(target.to_string(), draft);
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

    fn back(&self, session: &mut Session, ctx: &mut StepContext<'_>, reply: &mut Reply) {
        let lang = self.lang(session, ctx);
        match session.state.clone() {
            State::InForm { form } => {
                let Some(draft) = session.drafts.get_mut(&form) else {
                    return self.leave(session, ctx, reply);
                };
                // Back from the Latin spelling asks for the name again; back from the
                // retake question asks for the photo again (the unreadable one is dropped).
                draft.pending_name = None;
                draft.unreadable.clear();
                draft.position = match draft.position {
                    Position::Field {
                        index,
                        correcting,
                        step:
                            FieldStep::InterpreterLanguage
                            | FieldStep::InterpreterTyped
                            | FieldStep::LatinName
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
                    Position::Field { index: 0, .. } => {
                        reply.note(self.t(&lang, "form-draft-kept"));
                        return self.leave(session, ctx, reply);
                    }
                    Position::Field { index, .. } => Position::Field {
                        index: index - 1,
                        correcting: false,
                        step: FieldStep::Main,
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
            _ => self.leave(session, ctx, reply),
        }
    }

    /// Goes to the previous node on the trail, or the main menu.
    fn leave(&self, session: &mut Session, ctx: &mut StepContext<'_>, reply: &mut Reply) {
        let target = session
            .trail
            .pop()
            .unwrap_or_else(|| self.content.flow.start.clone());
        self.enter(session, &target, false, ctx, reply);
    }

    /// Cancels the open form (or the latest draft). A draft with answers is dropped only
    /// after a yes: a Cancel button far up the chat, or the word typed at a question, is
    /// easily sent by mistake and would lose every answer and photo.
    fn cancel(&self, session: &mut Session, ctx: &mut StepContext<'_>, reply: &mut Reply) {
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
            _ => session.latest_draft().map(str::to_string),
        };
        let Some(form) = form else {
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
    fn drop_draft(
        &self,
        session: &mut Session,
        form: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        session.drafts.remove(form);
        reply.note(self.t(&self.lang(session, ctx), "form-cancelled"));
        if matches!(&session.state, State::InForm { form: open } if open == form) {
            self.leave(session, ctx, reply);
        } else {
            self.reprompt(session, ctx, reply);
        }
    }

    fn status(&self, session: &Session, lang: &str) -> String {
        if session.requests.is_empty() {
            return self.t(lang, "status-none");
        }
        let mut lines = vec![self.t(lang, "status-header")];
        for summary in &session.requests {
            let institution = self
                .content
                .flow
                .institution(&summary.institution)
                .map_or_else(|| summary.institution.clone(), |i| self.t(lang, &i.label));
            let state = self.t(
                lang,
                match summary.status {
                    DeliveryStatus::Queued => "status-queued",
                    DeliveryStatus::Sent => "status-sent",
                    DeliveryStatus::Failed => "status-failed",
                },
            );
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
        lines.join("\n")
    }

    // -----------------------------------------------------------------------------------
    // Forms.

    fn on_form_text(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let (Some(form), Some(draft)) =
            (self.content.flow.form(form_id), session.drafts.get(form_id))
        else {
            return self.leave(session, ctx, reply);
        };
        let Position::Field { index, step, .. } = draft.position else {
            reply.note(self.t(&lang, "not-understood"));
            return self.reprompt(session, ctx, reply);
        };
        let Some(field) = form.fields.get(index) else {
            return self.reprompt(session, ctx, reply);
        };
        let today = ctx.now.date_naive();
        let parsed: Result<Answer, Option<Refusal>> = match (&field.kind, step) {
            (FieldKind::Text { max_length }, _) => values::text(text, *max_length)
                .map(Answer::Text)
                .map_err(Some),
            (FieldKind::Name { max_length }, FieldStep::LatinName) => {
                match (values::name(text, *max_length), draft.pending_name.clone()) {
                    (Ok(latin), Some(original)) if script::is_latin(&latin) => Ok(Answer::Name {
                        original,
                        latin: LatinSpelling::Typed(latin),
                    }),
                    (Ok(_), Some(_)) => {
                        reply.note(self.t(&lang, "error-name-not-latin"));
                        return self.reprompt(session, ctx, reply);
                    }
                    (Ok(name), None) => Ok(Answer::Text(name)),
                    (Err(refusal), _) => Err(Some(refusal)),
                }
            }
            (FieldKind::Name { max_length }, _) => match values::name(text, *max_length) {
                Ok(name) if !script::is_latin(&name) => {
                    // The office needs the passport's Latin spelling: asked once, with a
                    // suggestion; the original is kept beside it.
                    if let Some(draft) = session.drafts.get_mut(form_id)
                        && let Position::Field { step, .. } = &mut draft.position
                    {
                        *step = FieldStep::LatinName;
                        draft.pending_name = Some(name);
                    }
                    return self.reprompt(session, ctx, reply);
                }
                parsed => parsed.map(Answer::Text).map_err(Some),
            },
            (FieldKind::Date { range }, _) => values::date(text, *range, today)
                .map(Answer::Date)
                .map_err(Some),
            (FieldKind::Phone, _) => values::phone(text).map(Answer::Phone).map_err(Some),
            (FieldKind::Email, _) => values::email(text).map(Answer::Email).map_err(Some),
            (FieldKind::Number { min, max }, _) => values::number(text, *min, *max)
                .map(Answer::Number)
                .map_err(Some),
            (FieldKind::Interpreter, FieldStep::InterpreterTyped) => {
                values::text(text, MAX_LANGUAGE_NAME)
                    .map(|name| Answer::Interpreter(Some(InterpreterLanguage::Named(name))))
                    .map_err(Some)
            }
            (FieldKind::Photos { .. }, _) => {
                reply.note(self.t(&lang, "error-photo-expected"));
                return self.reprompt(session, ctx, reply);
            }
            _ => Err(None),
        };
        match parsed {
            Ok(answer) => self.answer(session, form_id, field, answer, ctx, reply),
            Err(refusal) => {
                reply.note(self.refusal_text(refusal, &lang));
                self.reprompt(session, ctx, reply);
            }
        }
    }

    fn refusal_text(&self, refusal: Option<Refusal>, lang: &str) -> String {
        let Some(refusal) = refusal else {
            return self.t(lang, "error-choose-option");
        };
        match refusal {
            Refusal::Empty => self.t(lang, "error-text-empty"),
            Refusal::NameWithoutLetter => self.t(lang, "error-name-letter"),
            Refusal::TooLong { max } => {
                self.ta(lang, "error-text-too-long", &[("max", max.into())])
            }
            Refusal::DateUnreadable => self.t(lang, "error-date-invalid"),
            Refusal::DateImpossible => self.t(lang, "error-date-impossible"),
            Refusal::DateInFuture => self.t(lang, "error-date-future"),
            Refusal::DateInPast => self.t(lang, "error-date-past"),
            Refusal::DateTooOld => self.t(lang, "error-date-too-old"),
            Refusal::DateTooFar => self.t(lang, "error-date-too-far"),
            Refusal::Phone => self.t(lang, "error-phone"),
            Refusal::Email => self.t(lang, "error-email"),
            Refusal::Number => self.t(lang, "error-number"),
            Refusal::NumberRange { min, max } => self.ta(
                lang,
                "error-number-range",
                &[("min", min.into()), ("max", max.into())],
            ),
        }
    }

    fn on_form_button(
        &self,
        session: &mut Session,
        form_id: &str,
        action: Option<Action>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(form) = self.content.flow.form(form_id) else {
            return self.leave(session, ctx, reply);
        };
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        draft.updated = ctx.now;
        match action {
            Some(Action::CancelForm) => self.cancel(session, ctx, reply),
            Some(Action::Send) if draft.position == Position::Review => {
                self.submit(session, form_id, ctx, reply)
            }
            Some(Action::Change) if draft.position == Position::Review => {
                draft.position = Position::ChoosingCorrection;
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Review) if draft.position == Position::ChoosingCorrection => {
                draft.position = Position::Review;
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Fix { field: index })
                if draft.position == Position::ChoosingCorrection =>
            {
                if index < form.fields.len() {
                    draft.position = Position::Field {
                        index,
                        correcting: true,
                        step: FieldStep::Main,
                    };
                    draft.pending_name = None;
                }
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Answer {
                field: index,
                value,
            }) => {
                let Position::Field {
                    index: current,
                    step,
                    ..
                } = draft.position
                else {
                    return self.stale(session, ctx, reply);
                };
                if index != current {
                    return self.stale(session, ctx, reply);
                }
                let Some(field) = form.fields.get(current) else {
                    return self.stale(session, ctx, reply);
                };
                let answer = match (&field.kind, step, value) {
                    (FieldKind::Photos { max, .. }, FieldStep::Retake, choice) => {
                        let max = *max;
                        return self
                            .on_retake_choice(session, form_id, field, max, choice, ctx, reply);
                    }
                    (_, _, FieldButton::Skip) if field.optional => Some(Answer::Skipped),
                    (
                        FieldKind::Choice { options } | FieldKind::Appointment { options },
                        _,
                        FieldButton::Option(k),
                    ) => options.get(k).map(|o| Answer::Choice(o.value.clone())),
                    (FieldKind::YesNo, _, FieldButton::Yes) => Some(Answer::YesNo(true)),
                    (FieldKind::YesNo, _, FieldButton::No) => Some(Answer::YesNo(false)),
                    (FieldKind::Interpreter, FieldStep::Main, FieldButton::No) => {
                        Some(Answer::Interpreter(None))
                    }
                    (FieldKind::Interpreter, FieldStep::Main, FieldButton::Yes) => {
                        draft.position = Position::Field {
                            index: current,
                            correcting: matches!(
                                draft.position,
                                Position::Field {
                                    correcting: true,
                                    ..
                                }
                            ),
                            step: FieldStep::InterpreterLanguage,
                        };
                        return self.reprompt(session, ctx, reply);
                    }
                    (
                        FieldKind::Interpreter,
                        FieldStep::InterpreterLanguage,
                        FieldButton::OtherInterpreterLanguage,
                    ) => {
                        draft.position = Position::Field {
                            index: current,
                            correcting: matches!(
                                draft.position,
                                Position::Field {
                                    correcting: true,
                                    ..
                                }
                            ),
                            step: FieldStep::InterpreterTyped,
                        };
                        return self.reprompt(session, ctx, reply);
                    }
                    (
                        FieldKind::Interpreter,
                        FieldStep::InterpreterLanguage,
                        FieldButton::InterpreterLanguage(code),
                    ) => interpreter_language(&code)
                        .is_some()
                        .then_some(Answer::Interpreter(Some(InterpreterLanguage::Code(code)))),
                    (
                        FieldKind::Name { .. },
                        FieldStep::LatinName,
                        value @ (FieldButton::LatinSuggestion | FieldButton::NoLatinDocument),
                    ) => {
                        let Some(original) = draft.pending_name.clone() else {
                            return self.stale(session, ctx, reply);
                        };
                        let latin = if value == FieldButton::NoLatinDocument {
                            Some(LatinSpelling::NoDocument)
                        } else {
                            script::latin_suggestion(&original, &lang).map(LatinSpelling::Suggested)
                        };
                        latin.map(|latin| Answer::Name { original, latin })
                    }
                    (FieldKind::Photos { min, .. }, _, FieldButton::Done) => {
                        let count = photo_count(draft, field);
                        if count >= *min && count > 0 {
                            return self.advance(session, form_id, ctx, reply);
                        }
                        reply.note(self.ta(
                            &lang,
                            "photo-send-more",
                            &[("missing", (min - count).into())],
                        ));
                        return self.reprompt(session, ctx, reply);
                    }
                    _ => None,
                };
                match answer {
                    Some(answer) => self.answer(session, form_id, field, answer, ctx, reply),
                    None => self.stale(session, ctx, reply),
                }
            }
            _ => self.stale(session, ctx, reply),
        }
    }

    fn answer(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        answer: Answer,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        if let Some(draft) = session.drafts.get_mut(form_id) {
            draft.answers.insert(field.id.clone(), answer);
            draft.pending_name = None;
            draft.updated = ctx.now;
        }
        self.advance(session, form_id, ctx, reply);
    }

    /// Moves to the next question, or back to the summary after a correction.
    fn advance(
        &self,
        session: &mut Session,
        form_id: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let total = self
            .content
            .flow
            .form(form_id)
            .map_or(0, |f| f.fields.len());
        let mut previous = None;
        if let Some(draft) = session.drafts.get_mut(form_id) {
            if let Position::Field { index, .. } = draft.position {
                previous = Some(index);
            }
            draft.position = match draft.position {
                Position::Field {
                    index,
                    correcting: false,
                    ..
                } if index + 1 < total => Position::Field {
                    index: index + 1,
                    correcting: false,
                    step: FieldStep::Main,
                },
                _ => Position::Review,
            };
        }
        let missing = match (self.content.flow.form(form_id), session.drafts.get(form_id)) {
            (Some(form), Some(draft)) if draft.position == Position::Review => {
                self.missing_contact(form, draft, previous, ctx)
            }
            _ => None,
        };
        if let Some(index) = missing {
            reply.note(self.t(&self.lang(session, ctx), "contact-needed"));
            if let Some(draft) = session.drafts.get_mut(form_id) {
                draft.position = Position::Field {
                    index,
                    correcting: true,
                    step: FieldStep::Main,
                };
            }
        }
        self.reprompt(session, ctx, reply);
    }

    /// The first phone or email question of `form` when the office could not answer: it has
    /// no caseworker room here and neither a phone number nor an email was given. A request
    /// nobody can answer is of no use to the newcomer.
    /// After a skipped contact question (`previous`) the next one is asked, so phone and
    /// email take turns.
    fn missing_contact(
        &self,
        form: &Form,
        draft: &Draft,
        previous: Option<usize>,
        ctx: &StepContext<'_>,
    ) -> Option<usize> {
        let has_room = ctx.rooms_available
            && self
                .content
                .flow
                .institution(&form.institution)
                .is_some_and(|i| i.matrix_room.is_some());
        let given = draft
            .answers
            .values()
            .any(|a| matches!(a, Answer::Phone(_) | Answer::Email(_)));
        if has_room || given {
            return None;
        }
        let contact =
            |(_, f): &(usize, &Field)| matches!(f.kind, FieldKind::Phone | FieldKind::Email);
        let mut fields = form.fields.iter().enumerate();
        fields
            .clone()
            .filter(contact)
            .find(|(i, _)| previous.is_some_and(|p| *i > p))
            .or_else(|| fields.find(contact))
            .map(|(i, _)| i)
    }

    fn submit(
        &self,
        session: &mut Session,
        form_id: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let flow = &self.content.flow;
        let (Some(form), Some(draft)) = (flow.form(form_id), session.drafts.remove(form_id)) else {
            return self.leave(session, ctx, reply);
        };
        let reference = request::reference(&flow.reference_prefix, ctx.now, (ctx.next_sequence)());
        let answers = form
            .fields
            .iter()
            .map(|field| {
                (
                    field.id.clone(),
                    draft
                        .answers
                        .get(&field.id)
                        .cloned()
                        .unwrap_or(Answer::Skipped),
                )
            })
            .collect();
        let request = Request {
            reference: reference.clone(),
            institution: form.institution.clone(),
            form: form_id.to_string(),
            user: ctx.user.clone(),
            language: lang.clone(),
            submitted_at: ctx.now,
            answers,
        };
        session.requests.push(RequestSummary {
            reference: reference.clone(),
            institution: form.institution.clone(),
            submitted: ctx.now.date_naive(),
            status: DeliveryStatus::Queued,
        });
        reply.outputs.push(Output::Submit(Box::new(request)));

        let institution = flow.institution(&form.institution);
        let institution_label = institution.map_or_else(String::new, |i| self.t(&lang, &i.label));
        reply.note(self.ta(
            &lang,
            "request-submitted",
            &[
                ("reference", reference.as_str().into()),
                ("institution", institution_label.into()),
            ],
        ));
        if let Some(institution) = institution {
            reply.note(self.documents_note(institution, &lang));
        }
        reply.flush(is_rtl(&lang));
        session.trail.clear();
        let start = flow.start.clone();
        self.enter(session, &start, false, ctx, reply);
    }
}

/// Talking to a person: opening a case, and what caseworkers send back.
impl Engine {
    fn open_contact(
        &self,
        session: &mut Session,
        text: &str,
        institution_id: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let flow = &self.content.flow;
        let Some(institution) = flow.institution(institution_id) else {
            return self.reprompt(session, ctx, reply);
        };
        if !ctx.rooms_available || institution.matrix_room.is_none() {
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
        let start = self.ta(
            &lang,
            "person-start",
            &[("institution", self.t(&lang, &institution.label).into())],
        );
        let text = format!("{}\n\n{start}", self.t(&lang, text));
        reply.prompt(Output::Say(self.talking_message(&lang, text)));
    }

    /// Puts the conversation into talking with `case`; Back returns to where it was.
    fn start_talking(&self, session: &mut Session, case: Option<String>, institution: &str) {
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
        };
    }

    /// The case the newcomer is writing to, opened now (with a reference number and a
    /// thread root) if this is their first message to it.
    fn talking_case(
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

    fn forwarded(&self, institution: &str, lang: &str, reply: &mut Reply) {
        let text = self.ta(
            lang,
            "person-forwarded",
            &[(
                "institution",
                self.institution_label(institution, lang).into(),
            )],
        );
        reply.prompt(Output::Say(self.talking_message(lang, text)));
    }

    /// A caseworker wrote `text` in case `case`'s thread: the newcomer's next messages go
    /// there. Returns the message for the newcomer.
    pub fn caseworker_message(
        &self,
        session: &mut Session,
        case: &str,
        institution: &str,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> Message {
        self.message_from_caseworker(session, case, institution, ctx, |_| text.to_string())
    }

    /// A caseworker sent reply template `filled` in case `case`'s thread: like
    /// [`Engine::caseworker_message`], with the template's text in the newcomer's language.
    /// Returns the message and its language.
    pub fn template_message(
        &self,
        session: &mut Session,
        case: &str,
        institution: &str,
        filled: &crate::templates::Filled,
        ctx: &StepContext<'_>,
    ) -> (Message, String) {
        let lang = self.lang(session, ctx);
        let message = self.message_from_caseworker(session, case, institution, ctx, |lang| {
            filled.render(&self.content.locales, lang)
        });
        (message, lang)
    }

    /// A message from a caseworker with `body(language)` framed by who wrote it and how to
    /// answer; the newcomer's next messages go to the case.
    fn message_from_caseworker(
        &self,
        session: &mut Session,
        case: &str,
        institution: &str,
        ctx: &StepContext<'_>,
        body: impl FnOnce(&str) -> String,
    ) -> Message {
        let lang = self.lang(session, ctx);
        let text = body(&lang);
        session
            .open_cases
            .insert(institution.to_string(), case.to_string());
        self.start_talking(session, Some(case.to_string()), institution);
        let intro = self.ta(
            &lang,
            "person-intro",
            &[(
                "institution",
                self.institution_label(institution, &lang).into(),
            )],
        );
        let hint = self.t(&lang, "person-reply-hint");
        // The caseworker's words are the newcomer's data here: passed as text, never as a
        // Fluent pattern.
        self.talking_message(&lang, format!("{intro}\n\n{text}\n\n{hint}"))
    }

    /// A caseworker closed case `case`: the conversation returns to where it was. Returns
    /// the message for the newcomer, ending with the question they are at.
    pub fn close_case(
        &self,
        session: &mut Session,
        case: &str,
        institution: &str,
        ctx: &StepContext<'_>,
    ) -> Message {
        let lang = self.lang(session, ctx);
        session.open_cases.retain(|_, open| open != case);
        if let State::Talking { case: talking, .. } = &session.state
            && talking.as_deref() == Some(case)
            && let State::Talking { resume, .. } = std::mem::take(&mut session.state)
        {
            session.state = *resume;
        }
        let closed = self.ta(
            &lang,
            "person-closed",
            &[(
                "institution",
                self.institution_label(institution, &lang).into(),
            )],
        );
        let mut message = match self.prompt(session, ctx) {
            Output::Say(message) | Output::AskUpload(message) => message,
            _ => self.message(&lang, String::new(), Vec::new()),
        };
        message.text = format!("{closed}\n\n{}", message.text);
        message
    }

    /// An appointment a caseworker gave: when, where, what to bring.
    pub fn appointment_message(
        &self,
        lang: &str,
        appointment: &Appointment<'_>,
        reminder: bool,
    ) -> Message {
        let institution = self.content.flow.institution(appointment.institution);
        let mut text = self.ta(lang, "appointment-confirmed", &appointment.args(self, lang));
        if let Some(institution) = institution {
            text.push_str("\n\n");
            text.push_str(&self.documents_note(institution, lang));
        }
        if reminder {
            text.push_str("\n\n");
            text.push_str(&self.t(lang, "appointment-reminder-note"));
        }
        self.message(lang, text, Vec::new())
    }

    /// The day-before reminder of an appointment.
    pub fn reminder_message(&self, lang: &str, appointment: &Appointment<'_>) -> Message {
        let text = self.ta(lang, "appointment-reminder", &appointment.args(self, lang));
        self.message(lang, text, Vec::new())
    }

    /// The language a session answers in (for messages the runtime builds): chosen, else
    /// the one being proposed, else English.
    pub fn session_language(&self, session: &Session) -> String {
        self.best_language(session)
            .unwrap_or_else(|| "en".to_string())
    }

    /// The language chosen, or, before the choice, the one being proposed from the first
    /// message: the language of notes the adapters send on their own.
    pub fn best_language(&self, session: &Session) -> Option<String> {
        session
            .language
            .clone()
            .or_else(|| proposed_language(session))
    }
}

/// An appointment as a caseworker gave it with `!termin`.
#[derive(Debug, Clone, Copy)]
pub struct Appointment<'a> {
    pub institution: &'a str,
    pub date: chrono::NaiveDate,
    pub time: chrono::NaiveTime,
    /// Where; `None` means the institution's address.
    pub place: Option<&'a str>,
}

impl<'a> Appointment<'a> {
    fn args(&self, engine: &Engine, lang: &str) -> Vec<(&'static str, Arg<'a>)> {
        let institution = engine.content.flow.institution(self.institution);
        let place = self
            .place
            .map(str::to_string)
            .or_else(|| institution.and_then(|i| i.address.clone()))
            .unwrap_or_default();
        vec![
            (
                "institution",
                engine.institution_label(self.institution, lang).into(),
            ),
            ("date", self.date.format("%d.%m.%Y").to_string().into()),
            ("time", self.time.format("%H:%M").to_string().into()),
            ("place", place.into()),
        ]
    }
}

impl Engine {
    /// What to bring to the appointment at `institution`, and where it is.
    pub fn documents_note(&self, institution: &Institution, lang: &str) -> String {
        if institution.documents.is_empty() {
            return self.t(lang, "documents-none");
        }
        let mut list = self.t(lang, "documents-to-bring");
        for document in &institution.documents {
            list.push_str("\n• ");
            list.push_str(&self.t(lang, document));
        }
        if let Some(address) = &institution.address {
            list.push_str("\n\n📍 ");
            list.push_str(address);
        }
        list
    }

    /// A system message (see [`crate::i18n::SYSTEM_MESSAGES`]) for someone without a
    /// session, in the language of the messenger's hint if there is content in it.
    pub fn system_message(&self, language_hint: Option<&str>, id: &str) -> Message {
        let lang = language_hint
            .and_then(|hint| hint.split(['-', '_']).next())
            .map(str::to_ascii_lowercase)
            .filter(|base| self.content.locales.has_language(base))
            .unwrap_or_else(|| "en".to_string());
        let text = self.t(&lang, id);
        self.message(&lang, text, Vec::new())
    }

    /// The languages there is content in, for messenger command menus.
    pub fn languages(&self) -> Vec<String> {
        self.content
            .locales
            .languages()
            .map(str::to_string)
            .collect()
    }

    /// A system message in exactly `lang` (for messenger command menus).
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.t(lang, id)
    }

    /// The message a newcomer gets when their request's email was accepted by the mail
    /// server, or finally given up (with the office's email and address).
    pub fn delivery_notice(&self, request: &Request, sent: bool) -> Message {
        let lang = request.language.as_str();
        let institution = self.content.flow.institution(&request.institution);
        let label =
            institution.map_or_else(|| request.institution.clone(), |i| self.t(lang, &i.label));
        let args = [
            ("reference", request.reference.as_str().into()),
            ("institution", label.into()),
        ];
        let mut text = self.ta(
            lang,
            if sent {
                "request-sent"
            } else {
                "request-failed"
            },
            &args,
        );
        // The documents to bring were listed at "thank you"; a failure says how to reach
        // the office instead.
        if !sent && let Some(institution) = institution {
            text.push_str(&format!("\n\n📧 {}", institution.email));
            if let Some(address) = &institution.address {
                text.push_str(&format!("\n📍 {address}"));
            }
        }
        self.message(lang, text, Vec::new())
    }
}

/// The language guessed from the first message while it is being proposed.
fn proposed_language(session: &Session) -> Option<String> {
    match &session.state {
        State::ConfirmingLanguage { guess, .. } => Some(guess.clone()),
        _ => None,
    }
}

/// Fits a draft to its form as it is now: answers of removed fields and choices of removed
/// options are dropped, and a position past the last field or on a removed question goes to
/// the first required question without an answer, else to the summary.
fn repair_draft(form: &Form, draft: &mut Draft) -> bool {
    let answers = draft.answers.len();
    draft.answers.retain(|id, answer| {
        form.fields
            .iter()
            .find(|field| field.id == *id)
            .is_some_and(|field| answer_fits(field, answer))
    });
    let missing = form
        .fields
        .iter()
        .position(|field| !field.optional && !draft.answers.contains_key(&field.id));
    let position_ok = match draft.position {
        Position::Field { index, step, .. } => {
            form.fields
                .get(index)
                .is_some_and(|field| match (&field.kind, step) {
                    (_, FieldStep::Main) => true,
                    (
                        FieldKind::Interpreter,
                        FieldStep::InterpreterLanguage | FieldStep::InterpreterTyped,
                    ) => true,
                    (FieldKind::Name { .. }, FieldStep::LatinName) => draft.pending_name.is_some(),
                    (FieldKind::Photos { .. }, FieldStep::Retake) => !draft.unreadable.is_empty(),
                    _ => false,
                })
        }
        Position::Review | Position::ChoosingCorrection => missing.is_none(),
    };
    if !position_ok {
        draft.position = match missing {
            Some(index) => Position::Field {
                index,
                correcting: true,
                step: FieldStep::Main,
            },
            None => Position::Review,
        };
    }
    let pending = draft.pending_name.is_some();
    if !matches!(
        draft.position,
        Position::Field {
            step: FieldStep::LatinName,
            ..
        }
    ) {
        draft.pending_name = None;
    }
    let unreadable = draft.unreadable.len();
    if !matches!(
        draft.position,
        Position::Field {
            step: FieldStep::Retake,
            ..
        }
    ) {
        draft.unreadable.clear();
    }
    !position_ok
        || answers != draft.answers.len()
        || pending != draft.pending_name.is_some()
        || unreadable != draft.unreadable.len()
}

/// Whether a stored answer still fits its field (the field's kind or options may have
/// changed).
fn answer_fits(field: &Field, answer: &Answer) -> bool {
    match (&field.kind, answer) {
        (_, Answer::Skipped) => field.optional,
        (FieldKind::Choice { options } | FieldKind::Appointment { options }, Answer::Choice(v)) => {
            options.iter().any(|o| o.value == *v)
        }
        (FieldKind::Text { .. } | FieldKind::Name { .. }, Answer::Text(_))
        | (FieldKind::Name { .. }, Answer::Name { .. })
        | (FieldKind::Date { .. }, Answer::Date(_))
        | (FieldKind::Phone, Answer::Phone(_))
        | (FieldKind::Email, Answer::Email(_))
        | (FieldKind::Number { .. }, Answer::Number(_))
        | (FieldKind::YesNo, Answer::YesNo(_))
        | (FieldKind::Interpreter, Answer::Interpreter(_))
        | (FieldKind::Photos { .. }, Answer::Photos(_)) => true,
        _ => false,
    }
}

fn photo_count(draft: &Draft, field: &Field) -> usize {
    match draft.answers.get(&field.id) {
        Some(Answer::Photos(photos)) => photos.len(),
        _ => 0,
    }
}

/// The interpreter language's name: German for German text, otherwise its own name.
pub fn interpreter_language_name(language: &InterpreterLanguage, lang: &str) -> String {
    match language {
        InterpreterLanguage::Code(code) => interpreter_language(code).map_or_else(
            || code.clone(),
            |(own, german)| {
                if lang == "de" {
                    german.to_string()
                } else {
                    own.to_string()
                }
            },
        ),
        InterpreterLanguage::Named(name) => name.clone(),
    }
}

/// The button a typed text stands for: its number (unless numbers are answers here) or its
/// label. Both sides are normalised alike, so "Mornings (8–12)" typed in full matches.
fn match_button(message: &Message, text: &str) -> Option<String> {
    let typed = normalize_for_matching(text);
    if typed.is_empty() {
        return None;
    }
    if !message.numbers_are_answers
        && let Ok(number) = typed.parse::<usize>()
    {
        return message
            .buttons
            .get(number.checked_sub(1)?)
            .map(|b| b.data().to_string());
    }
    message
        .buttons
        .iter()
        .find(|b| normalize_for_matching(&b.label) == typed)
        .map(|b| b.data().to_string())
}

/// `/word` or `/word@bot` (and nothing else): a messenger command, not an answer.
fn looks_like_command(text: &str) -> bool {
    CommandText::split(text, &['/']).is_some_and(|command| {
        !command.word.is_empty()
            && command
                .word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Text as compared with a button: digits made ASCII, bidi marks and control characters
/// gone, spaces folded, lower case, and a trailing "." or ")" dropped ("1." and "1)" are
/// how a numbered list shows 1).
fn normalize_for_matching(text: &str) -> String {
    let cleaned = values::normalize_digits(&strip_bidi_marks(&values::clean_text(text)));
    let folded = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    folded.trim_end_matches(['.', ')']).trim().to_lowercase()
}

#[cfg(test)]
mod tests;
