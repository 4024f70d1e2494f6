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
//! < OK. I will write in English.  Registering your address: …  [Make a request]  [Back]
//! > Make a request
//! < Question 1 of 10  What is your family name?
//! > Haddad
//! < Question 2 of 10  …
//! ```

// A content change under a live session must never panic the engine (issue 11): no
// indexing, only `get`. Tests may index.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

// By concern: each child module adds the `impl Engine` methods of one job.
pub mod address_spelling;
mod contact;
mod forms;
mod hour_words;
mod input;
mod inputs;
mod language;
mod navigation;
mod notices;
mod other_languages;
mod output;
mod prompts;
mod repair;
mod retake;
pub mod script;
mod session;
mod sound_keys;
mod topics;
pub mod values;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};

// Shared with requests, so they live a layer below (`crate::answers`).
pub use crate::answers::{Answer, AttachmentRef, InterpreterLanguage, LatinSpelling, UserId};
pub use input::{AttachmentInput, Command, CommandText, Input, VoiceInput};
pub use language::{
    Guess, INTERPRETER_LANGUAGES, guess as guess_language, interpreter_language, named_language,
    untranslated_language_read,
};
// A fact about a language, so it lives with the locales; here too for the adapters.
pub use crate::i18n::is_rtl;
pub use forms::interpreter_language_name;
pub(crate) use inputs::{match_button, match_button_loosely};
pub use output::{Button, CaseOpening, Forwarded, Message, OutgoingFile, Output};
// `Appointment` is defined next to the messages it fills.
pub use notices::Appointment;
pub use session::{
    AnswerWay, DeliveryStatus, Draft, EarlierAnswers, FieldStep, OfferedDate, OfferedFile,
    OfferedToPerson, Position, RequestSummary, Session, State, WordsBeside,
};

use crate::action::{Action, FieldButton};
use crate::content::{Content, Field, FieldKind, Form, Institution, NodeKind};
use crate::i18n::{Arg, strip_bidi_marks};
use crate::request::{self, Request};
use crate::upload::PdfProblem;
use crate::upload::Verdict;
use values::Refusal;

use forms::{add_photo, photo_count};
use repair::proposed_language;
use topics::Named;

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
    /// How far the municipality's clocks are from UTC at `now`: whether an office is open
    /// now is told by them.
    pub utc_offset: chrono::FixedOffset,
    /// The messenger's idea of the user's language (Telegram's `language_code`).
    pub language_hint: Option<&'a str>,
    /// Hands out the next reference sequence number; called only when a request is submitted.
    pub next_sequence: &'a mut dyn FnMut() -> u64,
    /// Caseworker rooms are connected (Matrix is configured): "talk to a person" works.
    pub rooms_available: bool,
    /// Whether an institution (by id) answers by email where it has no caseworker room:
    /// Kompass reads the answers from its own mailbox, so a person can be written to.
    pub answers_by_email: &'a dyn Fn(&str) -> bool,
    /// Whether what a newcomer adds to a sent request goes to an office that neither has a
    /// room nor answers by email, as an email in the request's thread (one way: the office
    /// answers by phone or letter). A correction or a forgotten photo had no way to the
    /// office but the newcomer's own email (a field test of stop 61).
    pub addenda_by_email: bool,
}

/// For a [`StepContext`] where no office answers by email.
pub fn no_email_answers(_institution: &str) -> bool {
    false
}

impl StepContext<'_> {
    /// The time on the municipality's clocks.
    pub fn local_now(&self) -> chrono::NaiveDateTime {
        self.now.with_timezone(&self.utc_offset).naive_local()
    }
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
    /// Each choice label's (and `cmd-help`'s) spellings in every language (label and
    /// `.typed`; for the `reply-…` answers `.typed` only, keyed `typed\0id`),
    /// made ready for matching once: formatting them all for each typed answer took about
    /// 120 µs.
    option_spellings: Arc<Mutex<HashMap<String, Arc<[String]>>>>,
    /// Each menu option's topic words for a language, folded into phrases once
    /// ([`topics`]).
    topic_spellings: Arc<topics::PhraseCache>,
    /// The topics below each menu ([`topics`]), found once: finding them again for each
    /// search was a sixth of its instructions.
    topics_below: Arc<topics::TopicsCache>,
    /// Every spelling of the fixed texts [`Engine::typed_meanings`] knows, and the texts it
    /// is a spelling of.
    typed_index: Arc<std::sync::OnceLock<HashMap<String, Vec<&'static str>>>>,
    /// The office's lines kept with the person's words, in every language, around the
    /// words, made once ([`Engine::office_lines_in`]).
    office_frames: Arc<std::sync::OnceLock<Vec<prompts::OfficeFrame>>>,
}

/// The value `cache` holds under `key`, made by `make` the first time. Made outside the
/// lock: two steps at once may both make it, and the values are equal.
fn cached<T: ?Sized>(
    cache: &Mutex<HashMap<String, Arc<T>>>,
    key: &str,
    make: impl FnOnce() -> Arc<T>,
) -> Arc<T> {
    if let Some(value) = cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(key)
    {
        return value.clone();
    }
    let value = make();
    cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(key.to_string(), value.clone());
    value
}

/// Outputs being collected; short notes ("wrong date") are put in front of the next prompt
/// so the newcomer gets one message, not two.
#[derive(Default)]
struct Reply {
    notes: Vec<String>,
    outputs: Vec<Output>,
    /// This answer's menu has the "write to a person" button ([`Session::offer_person`]).
    offered_person: bool,
    /// This answer's menu has a button to write about each of these requests
    /// ([`Session::offer_write_about`]).
    offered_write_about: Vec<String>,
    /// This answer's menu has the button to write to all of them
    /// ([`Session::offer_write_to_all`]).
    offered_write_to_all: bool,
    /// The last answer's menu had it.
    write_to_all_on_screen: bool,
    /// The requests' buttons the last answer's menu had ([`Session::offer_write_about`]),
    /// for the text typed at it: what its number or a yes presses, and what an answer that
    /// shows the same screen again keeps ([`Engine::keep_offer`]).
    write_about_on_screen: Vec<String>,
    /// This answer's menu has a button to open each of these topics
    /// ([`Session::offer_topics`]).
    offered_topics: Vec<(String, usize)>,
    /// The topics' buttons the last answer's menu had ([`Session::offer_topics`]), for
    /// an answer that keeps its offer ([`Engine::keep_offer`]).
    topics_on_offer: Vec<(String, usize)>,
    /// The text typed in this step, if any: what a language chosen by it named
    /// ([`Session::spoken`]).
    typed: Option<String>,
    /// What this answer offers to send to a person, kept for the next step.
    offered: Option<OfferedToPerson>,
    /// What the last answer offered: sent if this step opens the conversation it was
    /// offered for, joined by more if this step offers again ([`Session::offered`]).
    on_offer: Option<OfferedToPerson>,
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
        Self {
            content,
            option_spellings: Arc::default(),
            topic_spellings: Arc::default(),
            topics_below: Arc::default(),
            typed_index: Arc::default(),
            office_frames: Arc::default(),
        }
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
        let mut reply = Reply {
            on_offer: session.offered.take(),
            typed: match &input {
                Input::Text(text) => Some(text.clone()),
                _ => None,
            },
            ..Reply::default()
        };
        if self.repair(session) {
            reply.note(self.t(&self.lang(session, ctx), "content-changed"));
        }
        // Start pressed (a poster's link, the messenger's button): the welcome again.
        if matches!(input, Input::Command(Command::Start(_))) {
            session.welcomed = false;
        }
        if !matches!(input, Input::Text(_)) {
            // The "write to a person" button of the last answer is matched against text only
            // (`on_text`); a press of it carries its own action.
            session.offer_person = false;
            // "To all my requests" pressed: the requests it was shown with.
            if let Input::Button(data) = &input
                && Action::parse(data) == Ok(Action::WriteAboutAll)
            {
                reply.write_about_on_screen = std::mem::take(&mut session.offer_write_about);
            }
            session.offer_write_about.clear();
            session.offer_write_to_all = false;
            // Which topics were on offer: the one pressed takes the message that offered
            // them along (`choose_option`).
            reply.topics_on_offer = std::mem::take(&mut session.offer_topics);
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
        topics::forget_prepared();
        // A file sent before the language is chosen waits while it is being chosen (a
        // proposal answered, a second try): `set_language` offers it.
        if session.language.is_none() && reply.offered.is_none() {
            reply.offered = reply
                .on_offer
                .take()
                .filter(|offered| !offered.files.is_empty());
        }
        // The main menu shown with its welcome: the next time with its question only.
        if matches!(&session.state, State::AtNode { node } if *node == self.content.flow.start) {
            session.welcomed = true;
        }
        session.offer_person = reply.offered_person;
        session.offer_write_about = std::mem::take(&mut reply.offered_write_about);
        session.offer_write_to_all = reply.offered_write_to_all;
        session.offer_topics = std::mem::take(&mut reply.offered_topics);
        session.offered = reply.offered.take();
        let rtl = is_rtl(&self.lang(session, ctx));
        reply.finish(rtl)
    }

    /// The message for where the conversation is now, as shown after a restart.
    pub fn current_prompt(&self, session: &Session, ctx: &StepContext<'_>) -> Output {
        self.prompt(session, ctx)
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
}

#[cfg(test)]
mod tests;
