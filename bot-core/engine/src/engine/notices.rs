//! Messages that do not answer an input: what caseworkers send (replies, templates,
//! appointments, reminders, closing a case), delivery notices and system messages.

use super::*;

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
    pub(super) fn message_from_caseworker(
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
        for request in &mut session.requests {
            if request.reference == case {
                request.closed = true;
            }
        }
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
            text.push_str(&self.documents_note(institution, None, lang, false));
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

    /// What to bring to the appointment at `institution`, and where it is.
    /// `without_papers`: the person said they do not have a paper asked for, which the
    /// list names all the same ("Reisepass"): a line on what to do then.
    pub fn documents_note(
        &self,
        institution: &Institution,
        form: Option<&Form>,
        lang: &str,
        without_papers: bool,
    ) -> String {
        // The form's own list, where it has one (a child's papers for a Kita place).
        let documents = form
            .map(|form| &form.documents)
            .filter(|documents| !documents.is_empty())
            .unwrap_or(&institution.documents);
        if documents.is_empty() {
            return self.t(lang, "documents-none");
        }
        let mut list = self.t(lang, "documents-to-bring");
        for document in documents {
            list.push_str("\n• ");
            list.push_str(&self.t(lang, document));
        }
        if without_papers {
            list.push_str("\n\n");
            list.push_str(&self.t(lang, "documents-without-papers"));
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
    /// `writable`: the office can be written to through Kompass about the request (its
    /// room, or its email answers read here), which the notice says how to do.
    pub fn delivery_notice(&self, request: &Request, sent: bool, writable: bool) -> Message {
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
        // "I cannot come after all": where to write it, in the help's words.
        if sent && writable {
            let hint = self.ta(
                lang,
                "request-sent-write-hint",
                &[("command", self.t(lang, "cmd-status").into())],
            );
            text.push_str(&format!("\n\n{hint}"));
        }
        self.message(lang, text, Vec::new())
    }
}
