//! Photos that look hard to read ((`kompass_core::photo::quality`)): the newcomer is asked to take
//! the photo again, with one tip for what looked wrong, or to send it anyway. Nothing is
//! lost meanwhile: the photo waits in the draft (`Draft::unreadable`, step
//! [`FieldStep::Retake`]) until the choice.
//!
//! - A new photo is the answer "take a new one": it replaces the photos waiting, unless
//!   it belongs to the same album (several photos sent as one message) as they do; then
//!   it joins them (a readable one is counted at once, another hard-to-read one waits
//!   too), and the question is asked once for the album.
//! - "Send it anyway" (button, its number or its label) keeps every photo waiting.
//! - "Take a new photo" drops them and asks for the photo again, as does Back.
//! - Photos written to a caseworker's thread are not judged: the caseworker can ask.

use crate::action::FieldButton;
use crate::content::Field;
use crate::upload::PhotoProblem;

use super::session::UnreadablePhoto;
use super::{
    Answer, AttachmentRef, Draft, Engine, FieldStep, Position, Reply, Session, StepContext,
    photo_count,
};

/// What happens to a photo that arrives at a photo field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Arrival {
    /// Counted as an answer.
    Accept,
    /// Hard to read: waits for the newcomer's choice.
    Wait,
    /// More photos than the field takes, counting those waiting: dropped.
    TooMany,
}

/// Files a newly arrived photo (`problem` from the check) in `draft`, at the photo field
/// `field` that takes at most `max` photos.
pub(super) fn arrive(
    draft: &mut Draft,
    field: &Field,
    max: usize,
    photo: UnreadableCandidate,
) -> Arrival {
    let Position::Field {
        index,
        correcting,
        step,
    } = draft.position
    else {
        return Arrival::Accept;
    };
    let same_album = photo.album.is_some()
        && draft
            .unreadable
            .first()
            .is_some_and(|waiting| waiting.album == photo.album);
    if step == FieldStep::Retake && !same_album {
        // The new photo the question asked for: it replaces the ones waiting.
        draft.unreadable.clear();
    }
    if !draft.unreadable.is_empty() && photo_count(draft, field) + draft.unreadable.len() >= max {
        return Arrival::TooMany;
    }
    let retake = match photo.problem {
        Some(problem) => {
            draft.unreadable.push(UnreadablePhoto {
                id: photo.id,
                mime: photo.mime,
                problem,
                album: photo.album,
                fingerprint: photo.fingerprint,
            });
            true
        }
        None => !draft.unreadable.is_empty(),
    };
    draft.position = Position::Field {
        index,
        correcting,
        step: if retake {
            FieldStep::Retake
        } else {
            FieldStep::Main
        },
    };
    if photo.problem.is_some() {
        Arrival::Wait
    } else {
        Arrival::Accept
    }
}

/// Whether a file with `fingerprint` is among the draft's photos, counted or waiting for a
/// choice: the same photo sent again (twice by mistake, or the front again instead of the
/// back, or the hard-to-read one again from the gallery).
pub(super) fn sent_before(draft: &Draft, fingerprint: &str) -> bool {
    let counted = draft.answers.values().flat_map(|answer| match answer {
        Answer::Photos(photos) => photos.as_slice(),
        _ => &[],
    });
    counted
        .map(|photo| &photo.fingerprint)
        .chain(draft.unreadable.iter().map(|photo| &photo.fingerprint))
        .chain(
            draft
                .unreadable_ahead
                .iter()
                .map(|ahead| &ahead.photo.fingerprint),
        )
        .any(|sent| sent.as_deref() == Some(fingerprint))
}

/// The counted photo with `fingerprint`, taken out of the answer of another photo question
/// of `form` for `field`, which has none yet: the question it was counted at, or `None`
/// where it is not counted elsewhere. A photo of the residence paper sent at the letter's
/// question and sent again at its own was refused as sent before, and the question, with
/// no photo, offered only "I do not have this paper": the office read that the paper was
/// missing, with the paper attached (field test BQ of stop 73). An optional question left
/// without a photo is skipped; another is asked again when the form comes back to it.
pub(super) fn take_from_elsewhere<'a>(
    form: &'a crate::content::Form,
    draft: &mut Draft,
    fingerprint: &str,
    field: &Field,
) -> Option<&'a Field> {
    if photo_count(draft, field) > 0 {
        return None;
    }
    let (from, at) = form
        .fields
        .iter()
        .filter(|other| other.id != field.id)
        .find_map(|other| {
            let Some(Answer::Photos(photos)) = draft.answers.get(&other.id) else {
                return None;
            };
            let at = photos
                .iter()
                .position(|photo| photo.fingerprint.as_deref() == Some(fingerprint))?;
            Some((other, at))
        })?;
    let Some(Answer::Photos(photos)) = draft.answers.get_mut(&from.id) else {
        return None;
    };
    let photo = photos.remove(at);
    if photos.is_empty() {
        if from.optional {
            draft.answers.insert(from.id.clone(), Answer::Skipped);
        } else {
            draft.answers.remove(&from.id);
        }
    }
    draft
        .answers
        .insert(field.id.clone(), Answer::Photos(vec![photo]));
    Some(from)
}

/// At the photo question `field` just reached: the hard-to-read photos sent for it at an
/// earlier question wait there for the choice (as many as it has room for), as if sent at
/// it.
pub(super) fn bring_ahead(draft: &mut Draft, field: &Field, max: usize) {
    let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut draft.unreadable_ahead)
        .into_iter()
        .partition(|ahead| ahead.field == field.id);
    draft.unreadable_ahead = others;
    let room = max.saturating_sub(photo_count(draft, field) + draft.unreadable.len());
    draft
        .unreadable
        .extend(mine.into_iter().take(room).map(|ahead| ahead.photo));
    if let Position::Field {
        index, correcting, ..
    } = draft.position
        && !draft.unreadable.is_empty()
    {
        draft.position = Position::Field {
            index,
            correcting,
            step: FieldStep::Retake,
        };
    }
}

/// A photo as [`arrive`] needs it.
#[derive(Debug, Clone)]
pub(super) struct UnreadableCandidate {
    pub id: String,
    pub mime: String,
    pub problem: Option<PhotoProblem>,
    pub album: Option<String>,
    pub fingerprint: Option<String>,
}

/// The tip that helps with `problem`.
fn tip(problem: PhotoProblem) -> &'static str {
    match problem {
        PhotoProblem::Small => "photo-tip-page",
        PhotoProblem::Dark => "photo-tip-light",
        PhotoProblem::Bright => "photo-tip-glare",
        PhotoProblem::Blurred => "photo-tip-still",
    }
}

impl Engine {
    /// The question at [`FieldStep::Retake`]: what looks wrong, one tip, and the request
    /// for a new photo (the buttons offer to send it anyway).
    pub(super) fn retake_question(&self, draft: &Draft, lang: &str) -> String {
        let latest = draft
            .unreadable
            .last()
            .map_or(PhotoProblem::Blurred, |u| u.problem);
        let what = if draft.unreadable.len() > 1 {
            self.ta(
                lang,
                "photo-check-several",
                &[("count", draft.unreadable.len().into())],
            )
        } else {
            self.t(
                lang,
                match latest {
                    PhotoProblem::Small => "photo-check-small",
                    PhotoProblem::Dark => "photo-check-dark",
                    PhotoProblem::Bright => "photo-check-bright",
                    PhotoProblem::Blurred => "photo-check-blurred",
                },
            )
        };
        format!(
            "{what}\n{}\n\n{}",
            self.t(lang, tip(latest)),
            self.t(lang, "photo-check-question")
        )
    }

    /// A button (or its number or label) at the retake question: `keep` sends the photos
    /// waiting, `new` drops them and asks again.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn on_retake_choice(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        max: usize,
        choice: FieldButton,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.stale(session, ctx, reply);
        };
        let Position::Field {
            index, correcting, ..
        } = draft.position
        else {
            return self.stale(session, ctx, reply);
        };
        let waiting = std::mem::take(&mut draft.unreadable);
        draft.position = Position::Field {
            index,
            correcting,
            step: FieldStep::Main,
        };
        match choice {
            FieldButton::KeepPhoto => {
                let mut photos = match draft.answers.remove(&field.id) {
                    Some(Answer::Photos(photos)) => photos,
                    _ => Vec::new(),
                };
                photos.extend(waiting.into_iter().map(|u| AttachmentRef {
                    id: u.id,
                    mime: u.mime,
                    fingerprint: u.fingerprint,
                }));
                let count = photos.len();
                reply.note(self.files_text(
                    &photos,
                    &lang,
                    "photo-received",
                    "document-received",
                    " ",
                ));
                draft
                    .answers
                    .insert(field.id.clone(), Answer::Photos(photos));
                draft.updated = ctx.now;
                if count >= max {
                    self.advance(session, form_id, ctx, reply);
                } else {
                    self.reprompt(session, ctx, reply);
                }
            }
            FieldButton::NewPhoto => self.reprompt(session, ctx, reply),
            FieldButton::Option(_)
            | FieldButton::Yes
            | FieldButton::No
            | FieldButton::InterpreterLanguage(_)
            | FieldButton::OtherInterpreterLanguage
            | FieldButton::LatinSuggestion
            | FieldButton::SuggestedDate
            | FieldButton::NoLatinDocument
            | FieldButton::KeepAsWritten
            | FieldButton::KeepAnswer
            | FieldButton::Other
            | FieldButton::Done
            | FieldButton::Skip
            | FieldButton::NoPaper
            | FieldButton::RemovePhoto => {
                // Not a choice of this question: nothing changes.
                draft.unreadable = waiting;
                draft.position = Position::Field {
                    index,
                    correcting,
                    step: FieldStep::Retake,
                };
                self.stale(session, ctx, reply)
            }
        }
    }
}
