//! A submitted request: what the newcomer confirmed, as the institution will receive it.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::answers::{Answer, AttachmentRef, UserId};

/// A confirmed request. Personal data: kept until delivered plus the retention period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// `KAL-2026-000123`.
    pub reference: String,
    pub institution: String,
    /// The form node it was filled in.
    pub form: String,
    pub user: UserId,
    /// The newcomer's language code.
    pub language: String,
    pub submitted_at: DateTime<Utc>,
    /// Field id and answer, in the form's order.
    pub answers: Vec<(String, Answer)>,
    /// Requests the same person sent to the same office lately and still open, oldest
    /// first: perhaps the same matter, which the caseworker should read together (a field
    /// test's second request to an office did not say there was a first). Empty in
    /// requests stored before it was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<EarlierRequest>,
    /// The photo questions at which the person said they have not the paper asked for
    /// ("ما عندي جواز سفر"): their photos show another paper, and the email says so (a
    /// field test's Duldung went out as `01-reisepass.jpg`). Empty in requests stored
    /// before it was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub without_papers: Vec<String>,
    /// The person's words said with an answer and about it, by field: when they can come
    /// after "No time fits" ("öğleden sonra 14ten sonra"), which stood among the notes while
    /// the appointment's line said only "Keine Zeit passt" (field tests of stop 64). Shown
    /// under that answer. Empty in requests stored before it was kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said_with: Vec<SaidWith>,
    /// Begun in the chat as a request for a relative ("now I want to register my wife"):
    /// someone else wrote it, and the phone and email may be the writer's (field test D of
    /// stop 68: nothing said who wrote for whom). `false` in requests stored before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_relative: bool,
    /// Written for another person by a helper who is not family (a neighbour, a
    /// volunteer, a social worker): the office is told so, not that a family member was
    /// named (field test BF of stop 70). `false` in requests stored before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_helper: bool,
    /// In a request for someone else: whether its questions of who the person is (name,
    /// birth date, nationality) were all asked as that person's (`Some(true)`), or one was
    /// answered before the chat said whose the request is (`Some(false)`: the name may be
    /// the writer's; field test CA of stop 75). `None` where neither applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_asked_as_theirs: Option<bool>,
    /// The language the person named as their own, close to the chat's ([`Session::spoken`]
    /// of the engine: Dari in a Persian chat), as an interpreter language code. `None` in
    /// requests stored before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken: Option<String>,
}

/// Words said with an answer ([`Request::said_with`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaidWith {
    pub field: String,
    pub words: String,
}

/// A request sent before, as the next request to the same office names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierRequest {
    pub reference: String,
    pub submitted: NaiveDate,
}

impl Request {
    /// The answer to the question `field` (its id), if it was answered.
    pub fn answer(&self, field: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|(id, _)| id == field)
            .map(|(_, answer)| answer)
    }

    /// Every attachment, in the order the fields asked for them, with the field id.
    pub fn attachments(&self) -> impl Iterator<Item = (&str, &AttachmentRef)> {
        self.answers.iter().flat_map(|(field, answer)| {
            answer
                .files()
                .iter()
                .map(move |file| (field.as_str(), file))
        })
    }
}

/// `PREFIX-YEAR-NNNNNN` from a sequence number that never repeats.
pub fn reference(prefix: &str, now: DateTime<Utc>, sequence: u64) -> String {
    format!("{prefix}-{}-{sequence:06}", now.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_format() {
        let now = DateTime::parse_from_rfc3339("2026-11-22T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(reference("KAL", now, 123), "KAL-2026-000123");
    }
}
