//! Sessions written under other content: after a restart or SIGHUP a node, form, field,
//! option, institution or language may be gone; what is gone is dropped and the
//! conversation goes on at the nearest point that still exists.

use super::*;

impl Engine {
    /// Fits a stored session to the content as it is now: an administrator may have
    /// removed a node, a form, a field, an option, an institution or a language since the
    /// session was written (restart or SIGHUP). What no longer exists is dropped and the
    /// conversation goes on at the nearest point that does. Returns whether anything changed,
    /// so the newcomer can be told.
    pub(super) fn repair(&self, session: &mut Session) -> bool {
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

    pub(super) fn repair_state(&self, state: State, session: &Session) -> State {
        let flow = &self.content.flow;
        let start = || State::AtNode {
            node: flow.start.clone(),
        };
        let exists = |node: &Option<String>| node.as_deref().is_none_or(|n| flow.node(n).is_some());
        match state {
            State::AtNode { node } => match flow.node(&node).map(|n| &n.kind) {
                Some(NodeKind::Menu { .. } | NodeKind::Page { .. }) => State::AtNode { node },
                Some(NodeKind::Form(_) | NodeKind::Contact { .. }) | None => start(),
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
                held,
            } => {
                let resume = Box::new(self.repair_state(*resume, session));
                if flow.institution(&institution).is_some() {
                    State::Talking {
                        case,
                        institution,
                        resume,
                        held,
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
}

/// The language guessed from the first message while it is being proposed.
pub(super) fn proposed_language(session: &Session) -> Option<String> {
    match &session.state {
        State::ConfirmingLanguage { guess, .. } => Some(guess.clone()),
        State::New
        | State::ChoosingLanguage { .. }
        | State::AtNode { .. }
        | State::InForm { .. }
        | State::ConfirmingDelete { .. }
        | State::ConfirmingCancel { .. }
        | State::Talking { .. } => None,
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
            form.fields.get(index).is_some_and(|field| {
                // Which follow-up questions each kind has: a new kind says here whether
                // it has any.
                step == FieldStep::Main
                    || match &field.kind {
                        FieldKind::Interpreter => matches!(
                            step,
                            FieldStep::InterpreterLanguage | FieldStep::InterpreterTyped
                        ),
                        FieldKind::Name { .. } => match step {
                            FieldStep::LatinName | FieldStep::WordAsAnswer => {
                                draft.pending_original.is_some()
                            }
                            FieldStep::NameInBoth => draft.answers.contains_key(&field.id),
                            FieldStep::Main
                            | FieldStep::InterpreterLanguage
                            | FieldStep::InterpreterTyped
                            | FieldStep::LatinAddress
                            | FieldStep::OtherTyped
                            | FieldStep::Retake => false,
                        },
                        FieldKind::Address { .. } => {
                            matches!(step, FieldStep::LatinAddress | FieldStep::WordAsAnswer)
                                && draft.pending_original.is_some()
                        }
                        FieldKind::Email => {
                            step == FieldStep::WordAsAnswer && draft.pending_original.is_some()
                        }
                        FieldKind::Photos { .. } => {
                            step == FieldStep::Retake && !draft.unreadable.is_empty()
                        }
                        FieldKind::Choice { other, .. } => {
                            step == FieldStep::OtherTyped && other.is_some()
                        }
                        FieldKind::Text { .. }
                        | FieldKind::Code { .. }
                        | FieldKind::Date { .. }
                        | FieldKind::Phone
                        | FieldKind::Number { .. }
                        | FieldKind::YesNo => false,
                        // "No time fits", then when the person can come.
                        FieldKind::Appointment { .. } => step == FieldStep::OtherTyped,
                    }
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
    let pending = draft.pending_original.is_some();
    if !matches!(
        draft.position,
        Position::Field {
            step: FieldStep::LatinName | FieldStep::LatinAddress | FieldStep::WordAsAnswer,
            ..
        }
    ) {
        draft.pending_original = None;
        draft.pending_number = None;
    }
    let suggested = draft.suggested_date.is_some();
    let at_date = match draft.position {
        Position::Field { index, step, .. } => {
            step == FieldStep::Main
                && form
                    .fields
                    .get(index)
                    .is_some_and(|field| matches!(field.kind, FieldKind::Date { .. }))
        }
        Position::Review | Position::ChoosingCorrection => false,
    };
    if !at_date {
        draft.drop_suggested_date();
    }
    let ahead = draft.unreadable_ahead.len();
    draft.unreadable_ahead.retain(|ahead| {
        form.fields
            .iter()
            .any(|field| field.id == ahead.field && matches!(field.kind, FieldKind::Photos { .. }))
    });
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
        || pending != draft.pending_original.is_some()
        || suggested != draft.suggested_date.is_some()
        || unreadable != draft.unreadable.len()
        || ahead != draft.unreadable_ahead.len()
}

/// Whether a stored answer still fits its field (the field's kind or options may have
/// changed).
fn answer_fits(field: &Field, answer: &Answer) -> bool {
    if *answer == Answer::Skipped {
        return field.optional;
    }
    // One arm per kind, so a new kind must say which answers it keeps.
    match &field.kind {
        FieldKind::Choice { options, other } => match answer {
            Answer::Choice(v) => options.iter().any(|o| o.value == *v),
            Answer::Text(_) => other.is_some(),
            _ => false,
        },
        FieldKind::Appointment { options } => match answer {
            Answer::Choice(v) | Answer::Appointment { time: v, .. } => {
                options.iter().any(|o| o.value == *v)
            }
            _ => false,
        },
        FieldKind::Text { .. } => matches!(answer, Answer::Text(_) | Answer::Voice { .. }),
        FieldKind::Code { .. } | FieldKind::Address { .. } => matches!(answer, Answer::Text(_)),
        FieldKind::Name { .. } => matches!(answer, Answer::Text(_) | Answer::Name { .. }),
        FieldKind::Date { range, .. } => {
            matches!(answer, Answer::Date(_))
                || (*range == crate::content::DateRange::Past
                    && matches!(answer, Answer::PartialDate { .. }))
        }
        FieldKind::Phone => answer.phone_number().is_some(),
        FieldKind::Email => matches!(answer, Answer::Email(_)),
        FieldKind::Number { .. } => matches!(answer, Answer::Number(_)),
        FieldKind::YesNo => matches!(answer, Answer::YesNo(_)),
        FieldKind::Interpreter => matches!(answer, Answer::Interpreter(_)),
        FieldKind::Photos { .. } => matches!(answer, Answer::Photos(_)),
    }
}
