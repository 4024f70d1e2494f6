//! Talking to a person: opening a case at an institution, and forwarding what the
//! newcomer writes while the case is open.

use super::*;

impl Engine {
    /// Opens the conversation with `institution_id`; `question`, the one the last answer
    /// offered to send there, is sent as its first message.
    pub(super) fn open_contact(
        &self,
        session: &mut Session,
        text: &str,
        institution_id: &str,
        question: Option<OfferedQuestion>,
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
        if let Some(question) = question
            && let Some(case) = self.talking_case(session, ctx, reply)
        {
            reply.outputs.push(Output::Forward {
                case,
                what: Forwarded::Text {
                    text: question.text,
                },
            });
            let sent = self.ta(
                &lang,
                "person-question-sent",
                &[("institution", self.t(&lang, &institution.label).into())],
            );
            let text = format!("{}\n\n{sent}", self.t(&lang, text));
            return reply.prompt(Output::Say(self.talking_message(&lang, text)));
        }
        let start = self.ta(
            &lang,
            "person-start",
            &[("institution", self.t(&lang, &institution.label).into())],
        );
        let text = format!("{}\n\n{start}", self.t(&lang, text));
        reply.prompt(Output::Say(self.talking_message(&lang, text)));
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

    pub(super) fn forwarded(&self, institution: &str, lang: &str, reply: &mut Reply) {
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
}
