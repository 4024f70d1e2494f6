//! Everything the bot remembers about one conversation, serialised to storage after every
//! step. Personal data lives only in `drafts`, `offered`, `earlier` and `said_before` (and
//! in requests, kept by the runtime); each carries the time the retention sweep judges it
//! by.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::answers::Answer;
use crate::content::{Field, FieldKind, Form};
use crate::upload::PhotoProblem;
use crate::words::WordLists;

/// One conversation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The chosen language; `None` until the newcomer picked or confirmed one.
    pub language: Option<String>,
    pub state: State,
    /// Nodes visited, for `/back` (bounded).
    #[serde(default)]
    pub trail: Vec<String>,
    /// Unfinished forms by form node id: kept while the newcomer looks elsewhere.
    #[serde(default)]
    pub drafts: BTreeMap<String, Draft>,
    /// Requests sent so far, for `/status`.
    #[serde(default)]
    pub requests: Vec<RequestSummary>,
    /// Conversations with caseworkers still open, by institution id: their case reference.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub open_cases: BTreeMap<String, String>,
    /// The main menu with its welcome was shown: shown again, it says only its question
    /// (the text's `.again`). "Welcome to Kompass Kalletal! I help you …" above every menu
    /// again (after "My requests", after "ok") put the answer far up a cheap phone's screen
    /// (field test CZ of stop 83).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welcomed: bool,
    /// The municipality this person talks to, in a deployment with several
    /// (`crate::towns`); `None` in a deployment of one, or before the choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The list of municipalities is on screen: a typed number or name chooses one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub choosing_town: bool,
    /// A deep link without a municipality (`/start ar_register`, an older poster's) that
    /// came before the choice: followed once the municipality is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_town: Option<String>,
    /// The language a first message is likely written in, not certainly enough to switch:
    /// proposed ("You wrote in Turkish. Shall we continue in Turkish?") once the
    /// municipality is chosen, as in a deployment of one. The code only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guess_after_town: Option<String>,
    /// The page a first message named ("Ich möchte mich anmelden"), by municipality id:
    /// opened once the municipality is chosen. Node ids only, never the message.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topic_after_town: BTreeMap<String, String>,
    /// The page a first message names when read in each other language where it names one,
    /// while its language is asked: the guess can be wrong ("zalamti bidrobni", Arabic in
    /// Latin letters, is proposed as Turkish), and the language chosen then reads it anew.
    /// Node ids only, never the message; emptied when the language is set.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topic_by_language: BTreeMap<String, String>,
    /// A first message that names no page but asks something ("i need a sim card, where to
    /// buy"), while its language is set or asked: once it is, the message is read at the
    /// main menu, as if typed there (a field test of stop 64 lost such first questions
    /// under the menu). Taken when the language is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_words: Option<String>,
    /// Words for a request not begun yet: a first message that opened a page and said
    /// more than its topic ("mein Aufenthaltstitel läuft ab am 15. Januar, was muss ich
    /// tun?"), or a question promised to go with an office's request ("Choose … below: I
    /// will send your question with the request"). It goes with a request begun below that
    /// page, or that office's, within a day, also after other steps between (a field test of
    /// stop 65 lost both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_before: Option<SaidBefore>,
    /// The last answer offered "write to a person" for a question the menus do not answer:
    /// the menu on screen has that button, so its number and label work for one step.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub offer_person: bool,
    /// A request for a relative was announced at a menu ("Şimdi eşim için de kayıt yapmak
    /// istiyorum"): the next form begun offers only the household's details of the last
    /// request (address, phone, email), not the writer's own name, birth date, nationality
    /// or interpreter (a field test of stop 68 was offered the husband's first name for
    /// his wife).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub next_for_relative: bool,
    /// The request announced with [`Session::next_for_relative`] is written by a helper
    /// (a neighbour, a volunteer, a social worker: [`crate::words::WordLists::names_a_helper`]):
    /// none of the last request's details are offered, and the office is told a helper
    /// wrote it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub next_by_helper: bool,
    /// The chat's writer said once they help others without being family: their next
    /// request for someone is a helper's too, whatever words it uses ("now the Anmeldung
    /// for another family" was sent as written by a family member: field test BJ of stop
    /// 71).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub helper_writes: bool,
    /// The last answer listed the person's requests with a button each to write to the
    /// office about it (these references): their numbers and labels work for one step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offer_write_about: Vec<String>,
    /// Below those buttons, one to send the words waiting to every one of them: a new phone
    /// number went to the Sozialamt only, and the Bürgerbüro kept the old one (field test
    /// CZ of stop 83).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub offer_write_to_all: bool,
    /// The last answer said the message fits several topics, with a button each to open
    /// it (the menu node and the option's number there): their numbers and labels work for
    /// one step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offer_topics: Vec<(String, usize)>,
    /// What the last answer offered to send to a person (a question, photos): sent as the
    /// conversation's first messages if the next step takes the offer, dropped by any other
    /// step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offered: Option<OfferedToPerson>,
    /// The person's details from the last request sent (name, birth date, address, phone,
    /// email, nationality, interpreter), offered with a ✓ at the same questions of the next
    /// request: a second request asked for everything again, and "same as before" became
    /// the name. Dropped with the retention period, counted from that request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<EarlierAnswers>,
    /// The interpreter language the person named as their own where the chat's is close to
    /// it: "Dari" for a Persian chat ("دری لطفا، فارسی نه", Dari please, not Farsi: field
    /// test BT of stop 74 was answered "I write Persian", and the office read Persian). It
    /// comes first in the interpreter's list, and the office is told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spoken: Option<String>,
    /// Words sent to offices in the last [`SentText::KEPT_DAYS`]: the case, a digest of
    /// the words (never the words) and when, for each message and each line of messages
    /// sent together. The same words again to the same case within the hour are not sent
    /// twice (field tests CJ and CL of stop 78: a correction typed again reached the office
    /// twice, once inside an email with other lines); later, they are marked as sent
    /// before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_recently: Vec<SentText>,
}

impl Session {
    /// The request this chat sent with number `reference`.
    pub fn request(&self, reference: &str) -> Option<&RequestSummary> {
        self.requests
            .iter()
            .find(|request| request.reference == reference)
    }

    /// The request this chat sent with number `reference`, to change.
    pub fn request_mut(&mut self, reference: &str) -> Option<&mut RequestSummary> {
        self.requests
            .iter_mut()
            .find(|request| request.reference == reference)
    }

    /// Whether `text` to `case` was sent in the last hour ([`Session::sent_recently`]).
    pub fn was_sent_recently(&self, case: &str, text: &str, now: DateTime<Utc>) -> bool {
        self.sent_recently
            .iter()
            .any(|sent| sent.repeated_by(case, text, now))
    }

    /// When `text` was first sent to `case` in the last [`SentText::KEPT_DAYS`], where it
    /// was (the same words sent again days later: the person may be waiting for an answer).
    pub fn first_sent(&self, case: &str, text: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.sent_recently
            .iter()
            .filter(|sent| sent.same_words(case, text))
            .map(|sent| sent.at)
            .filter(|at| {
                now.signed_duration_since(*at) < chrono::Duration::days(SentText::KEPT_DAYS)
            })
            .min()
    }

    /// Notes `text` as sent to `case` at `now`, whole and line by line; forgets what is
    /// older than [`SentText::KEPT_DAYS`].
    pub fn note_sent(&mut self, case: &str, text: &str, now: DateTime<Utc>) {
        // Words sent to an office are no first message of a request begun after them: an
        // addendum to the Bürgerbüro began a Sozialamt request too (field test CY of stop
        // 82). Of two messages kept together, the other stays.
        if let Some(said) = &mut self.said_before {
            let sent = text.trim();
            let rest: Vec<&str> = said
                .text
                .lines()
                .filter(|line| line.trim() != sent)
                .collect();
            if said.text.trim() == sent || rest.is_empty() {
                self.said_before = None;
            } else {
                said.text = rest.join("\n");
            }
        }
        self.sent_recently.retain(|sent| {
            now.signed_duration_since(sent.at) < chrono::Duration::days(SentText::KEPT_DAYS)
        });
        let lines: Vec<&str> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .collect();
        self.sent_recently.push(SentText::new(case, text, now));
        if lines.len() > 1 {
            for line in lines {
                self.sent_recently.push(SentText::new(case, line, now));
            }
        }
        let excess = self.sent_recently.len().saturating_sub(SentText::KEPT);
        self.sent_recently.drain(..excess);
    }
}

/// Words sent to an office ([`Session::sent_recently`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentText {
    pub case: String,
    pub digest: u64,
    pub at: DateTime<Utc>,
}

impl SentText {
    /// How long the same words to the same case are taken as sent again by mistake.
    pub const SAME_WITHIN_MINUTES: i64 = 60;
    /// How long a digest is kept: the same words sent again within it are marked as sent
    /// before for the office (a field test of stop 79 read a message sent again days later
    /// as new).
    pub const KEPT_DAYS: i64 = 30;
    /// The most digests kept: a person types a few messages an hour, and a few a week
    /// about a request.
    pub const KEPT: usize = 48;

    pub fn new(case: &str, text: &str, at: DateTime<Utc>) -> Self {
        Self {
            case: case.to_string(),
            digest: Self::digest(text),
            at,
        }
    }

    /// Whether `text` to `case` at `now` is these words again, within the time.
    pub fn repeated_by(&self, case: &str, text: &str, now: DateTime<Utc>) -> bool {
        self.same_words(case, text)
            && now.signed_duration_since(self.at)
                < chrono::Duration::minutes(Self::SAME_WITHIN_MINUTES)
    }

    /// Whether `text` to `case` is these words again, whenever.
    pub fn same_words(&self, case: &str, text: &str) -> bool {
        self.case == case && self.digest == Self::digest(text)
    }

    /// The words folded (case, spaces), hashed with the standard hasher's fixed keys: the
    /// same across restarts of one build.
    fn digest(text: &str) -> u64 {
        use std::hash::{Hash, Hasher};
        // Its words, folded, without the marks between them: "i forgot my wife comes too"
        // after "I forgot: my wife comes too" went to the office again (field test CU of
        // stop 81).
        let folded: Vec<String> =
            crate::words::tokens_and_numbers(&crate::words::normalize_digits(text));
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        folded.hash(&mut hasher);
        hasher.finish()
    }
}

/// Words for a request not begun yet ([`Session::said_before`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaidBefore {
    pub text: String,
    /// The page or menu a first message opened, or the form a question was promised to.
    pub topic: String,
    pub said: DateTime<Utc>,
    /// A question promised to an office's request, not a first message.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub asked: bool,
}

impl SaidBefore {
    /// Words said at `said` (trimmed) for a request begun below `topic`.
    pub fn told(text: &str, topic: &str, said: DateTime<Utc>) -> Self {
        Self {
            text: text.trim().to_string(),
            topic: topic.to_string(),
            said,
            asked: false,
        }
    }
}

/// Answers of the last request sent that a next one asks again, by
/// [`crate::content::Field::earlier_key`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EarlierAnswers {
    pub answers: BTreeMap<String, Answer>,
    pub sent: DateTime<Utc>,
}

impl EarlierAnswers {
    /// Whether an answer kept under `key` is the household's (address, phone, email), not
    /// one person's own: offered at a relative's request too, and kept from one.
    pub fn is_household(key: &str) -> bool {
        matches!(key, "address" | "phone" | "email")
    }
}

/// A question typed at a menu that no page answers, or photos and PDFs sent at a menu (a
/// letter: "what is this?"), kept while the offer to send them to a person is on screen.
/// Photos sent one after the other, and a question after them, join the same offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferedToPerson {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<OfferedFile>,
    /// When it was last added to: an offer whose person never came back is erased by the
    /// retention sweep like an unfinished form.
    pub asked: DateTime<Utc>,
}

/// A stored upload waiting in an offer: a photo or PDF, or a voice message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedFile {
    pub id: String,
    pub mime: String,
    /// A voice message (forwarded as audio), with its length if the messenger told it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voice: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
}

/// Where the conversation is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum State {
    /// Nothing said yet.
    #[default]
    New,
    /// The language menu is shown; `then` is where to go afterwards (a deep link).
    ChoosingLanguage { then: Option<String> },
    /// The language was guessed from text and needs a yes.
    ConfirmingLanguage { guess: String, then: Option<String> },
    /// A menu or page is shown.
    AtNode { node: String },
    /// Filling in a form; its answers are in `Session::drafts[form]`.
    InForm { form: String },
    /// `/delete` asked; waiting for yes or no.
    ConfirmingDelete { resume: Box<State> },
    /// Cancelling form `form`, which has answers, was asked: waiting for yes or no.
    ConfirmingCancel { form: String, resume: Box<State> },
    /// Talking to a person: text and photos go to case `case`'s thread; Back returns to
    /// `resume`.
    Talking {
        /// `None` until the newcomer wrote something: only then is a case (and a
        /// reference number) opened. Older records hold a string, read as `Some`.
        #[serde(default)]
        case: Option<String>,
        institution: String,
        resume: Box<State>,
        /// A question about the request that Kompass answered itself ("was it sent?"),
        /// not sent: typed again, it goes to the office. Personal data, erased with the
        /// session.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        held: Option<String>,
    },
}

/// Answers of an unfinished form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub answers: BTreeMap<String, Answer>,
    pub position: Position,
    pub updated: DateTime<Utc>,
    /// A name or an address typed in another script than Latin, kept while its Latin
    /// spelling is asked (`FieldStep::LatinName`, `FieldStep::LatinAddress`), or typed as a
    /// word of yes or no while it is asked whether that is the answer
    /// (`FieldStep::WordAsAnswer`).
    #[serde(
        default,
        alias = "pending_name",
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_original: Option<String>,
    /// A date read differently from how it was typed (a Persian-calendar date, a two-digit
    /// year, a year with the day unknown), offered as a button at its question until that
    /// question is answered or left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_date: Option<OfferedDate>,
    /// A number alone typed where an address's house number was asked, one the buttons
    /// there could have meant ("1" under "✓ Bavenhausen"): asked whether it is the house
    /// number (`FieldStep::WordAsAnswer`, with the street in `pending_original`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_number: Option<String>,
    /// Photos for the field on screen that look hard to read, waiting for the newcomer's
    /// choice (`FieldStep::Retake`): a new photo replaces them, "send it anyway" keeps them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable: Vec<UnreadablePhoto>,
    /// Photos sent at an earlier question that look hard to read, each kept for the photo
    /// question it was taken for: when that question comes they wait there for the choice
    /// (`unreadable`), as if sent at it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable_ahead: Vec<UnreadableAhead>,
    /// Fields answered by the way into the form (a menu option's `answers`): not asked on
    /// the way through, shown at the summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given: Vec<String>,
    /// Fields of `given` answered at an earlier question of this form ("OK, that answers a
    /// later question"): still counted in the progress, so that "Question 5 of 13" goes on
    /// to "Question 7 of 13", not "of 12" (the total changing under a person's eyes, a
    /// field test).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub noted_ahead: Vec<String>,
    /// Questions typed at questions that are not free text ("Was muss ich mitbringen?" at
    /// the family name), kept for the office until the form's free-text question is
    /// answered: they go with that answer ([`crate::engine`]'s `keep_for_office`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    /// Photo questions at which the person said they have not the paper asked for: told
    /// what to send instead. Said again there, they have none: the question is answered
    /// without a photo, and the office knows why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub without_papers: Vec<String>,
    /// Begun as a request for a relative ([`Session::next_for_relative`]): the office is
    /// told someone else wrote it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_relative: bool,
    /// Written for another person by a helper who is not family ([`Session::next_by_helper`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_helper: bool,
    /// A question of who the person is ([`crate::content::Field::is_about_the_person`])
    /// was answered before the request was known to be someone else's: the office is told
    /// the name may be the writer's (field test CA of stop 75: Samira wrote for her mother
    /// Amal, and the email did not say whose name it held).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub person_answered_as_own: bool,
    /// Fields whose answer was taken from the last request sent ([`Session::earlier`]) and
    /// is not confirmed yet: their questions show it with a ✓ to keep.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_earlier: Vec<String>,
    /// The question a correction typed in the middle of the form came from ("the address
    /// is wrong" at a later question): once the corrected question is answered, the form
    /// goes on there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_at: Option<usize>,
    /// Questions a sentence at the summary named beside the one asked now ("wrong family
    /// name and wrong birthday"), field ids in the form's order: asked in turn, and then
    /// the summary again (field test BT of stop 74 changed only one of them, unseen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections_queued: Vec<String>,
    /// Words kept for the office beside an answer that they are about ("no time fits, I
    /// work mornings" at the appointment), by the field they were said at: when that field
    /// is answered differently, they no longer hold and are taken out of what the office
    /// reads (a field test of stop 64 sent "Vormittags" with "I work every morning").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beside: Vec<WordsBeside>,
    /// The first message (or a question promised) this request took when it was begun
    /// ([`Session::said_before`]): given back when it is cancelled, for a request of
    /// another office the message names (field test BO of stop 72: a message on a
    /// Jobcenter letter and a Kita place, taken by the Kita request and cancelled, never
    /// reached the Jobcenter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub took: Option<SaidBefore>,
    /// The words [`Self::suggested_date`] was read from where they are a date of another
    /// calendar ("۱۵ حمل ۱۳۷۰"): when the date is taken, they stand under it for the office,
    /// which checks it against a tazkira in that calendar (field test BO of stop 72: the
    /// email showed 04.04.1991 alone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_from: Option<String>,
}

/// Words said beside an answer ([`Draft::beside`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordsBeside {
    pub field: String,
    pub line: String,
    /// The field's answer was stored after the words were kept: a later answer that
    /// differs from it takes them out.
    #[serde(default)]
    pub settled: bool,
}

impl Draft {
    /// No date is offered any more, nor the words it was read from.
    pub fn drop_suggested_date(&mut self) {
        self.suggested_date = None;
        self.suggested_from = None;
    }

    /// Field `id` was answered by the way into the form, and still is: it is not asked on
    /// the way through, nor counted in the progress.
    pub fn was_given(&self, id: &str) -> bool {
        self.given.iter().any(|given| given == id) && self.answers.contains_key(id)
    }

    /// Field `id` was answered by the way into the form, not counted in the progress.
    pub fn given_before_the_form(&self, id: &str) -> bool {
        self.was_given(id) && !self.noted_ahead.iter().any(|ahead| ahead == id)
    }

    /// Field `id` has an answer given in this request, not one only taken from the last.
    pub fn answered_here(&self, id: &str) -> bool {
        self.answers.contains_key(id) && !self.from_earlier.iter().any(|earlier| earlier == id)
    }

    /// `field` asks who the person is ([`Field::is_about_the_person`]) and has an answer,
    /// not a skip.
    pub fn says_who_the_person_is(&self, field: &Field) -> bool {
        field.is_about_the_person()
            && self
                .answers
                .get(&field.id)
                .is_some_and(|answer| *answer != Answer::Skipped)
    }
}

/// A stored photo that looks hard to read, and why.
/// A photo that looks hard to read, sent before its question `field` ([`Draft::unreadable_ahead`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadableAhead {
    pub field: String,
    pub photo: UnreadablePhoto,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadablePhoto {
    pub id: String,
    pub mime: String,
    pub problem: PhotoProblem,
    /// The album (several photos sent in one message) it came in, if any: the album's other
    /// photos join it rather than replace it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub album: Option<String>,
    /// As [`super::AttachmentRef::fingerprint`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

/// Which part of a form is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Position {
    /// Asking field `index`; `correcting` returns to the summary after the answer.
    Field {
        index: usize,
        correcting: bool,
        step: FieldStep,
    },
    /// The summary with send / change / cancel.
    Review,
    /// "What do you want to change?"
    ChoosingCorrection,
}

/// Fields that take two questions (interpreter: needed? which language?; a name or an
/// address in another script: how is it written in Latin letters?).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldStep {
    #[default]
    Main,
    InterpreterLanguage,
    InterpreterTyped,
    LatinName,
    /// An address typed in another script (`Draft::pending_original`): how is it written in
    /// Latin letters, as on the letterbox?
    LatinAddress,
    /// A name or address typed as a word that says yes, no, skip or done ("tamam", "ok"),
    /// kept in `Draft::pending_original`: is it really the answer? ("Jo" is a name too.)
    WordAsAnswer,
    /// A choice's own answer, to be typed (`OtherAnswer`, "another country").
    OtherTyped,
    /// A name sharing its words with another name answer of the form, one holding all the
    /// other's and more ("Ahmet Yılmaz" as the family name, then "Ahmet"), kept in
    /// `Draft::pending_original`: which is right, the longer one or the rest of it?
    NameInBoth,
    /// A photo looks hard to read (`Draft::unreadable`): take a new one, or send it anyway?
    Retake,
}

/// A submitted request as `/status` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub reference: String,
    pub institution: String,
    pub submitted: NaiveDate,
    pub status: DeliveryStatus,
    /// The office closed the conversation about it (`!erledigt`): nothing more is written
    /// about it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    /// How the office will answer, as the newcomer is told after sending and in `/status`.
    /// `None` for requests sent before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_way: Option<AnswerWay>,
    /// The form it was sent with: `/status` names it ("Wohnsitz anmelden"), so a family
    /// with several requests sees which is which. `None` for requests sent before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// The day the newcomer asked the office, through Kompass, to cancel it (a message
    /// about it with `gist = absagen` words): "My requests" says so, and asks no more to
    /// call about an answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_asked: Option<NaiveDate>,
    /// The digests of the photos and files sent with it ([`crate::answers::AttachmentRef`]'s
    /// fingerprint): one of them sent again about it is not forwarded again (field test CQ
    /// of stop 79: the passport's photo, sent a day later as "the letter's second page").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<String>,
}

impl RequestSummary {
    /// Not closed by the office and not given up: an answer may still come.
    pub fn is_open(&self) -> bool {
        !self.closed && self.status != DeliveryStatus::Failed
    }

    /// Open, and sent at most `days` days before `today`.
    pub fn is_open_since(&self, days: i64, today: NaiveDate) -> bool {
        self.is_open() && today - self.submitted <= chrono::TimeDelta::days(days)
    }
}

/// A date Kompass offers as a button at a date question ("✓ 15.03.1991", "✓ 00.03.1985").
/// Stored as before for a whole date (its ISO string), so sessions written by older
/// versions still read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OfferedDate {
    /// A whole date: a Persian-calendar date converted, a two-digit year, "3 years ago".
    Day(NaiveDate),
    /// A birth date whose day, or day and month, are unknown ("1948, I don't know the
    /// day", "März 1985, den Tag weiß ich nicht"), as German papers write it.
    UnknownDay { year: i32, month: Option<u32> },
}

impl OfferedDate {
    /// The answer the button gives.
    pub fn answer(self) -> Answer {
        match self {
            Self::Day(date) => Answer::Date(date),
            Self::UnknownDay { year, month } => Answer::PartialDate { year, month },
        }
    }

    /// As the button and the office show it: "15.03.1991", "00.03.1985".
    pub fn shown(self) -> String {
        match self {
            Self::Day(date) => date.format("%d.%m.%Y").to_string(),
            Self::UnknownDay { year, month } => crate::engine::values::unknown_day(year, month),
        }
    }
}

/// How an office answers a request, as the request email's "Antwort:" line tells the office
/// (`kompass_core::mail`) and the newcomer is told after sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerWay {
    /// In this chat: the office's caseworker room, or its email answers read by Kompass.
    Chat,
    /// To the email address the newcomer gave.
    Email,
    /// By phone, at the number the newcomer gave.
    Phone,
    /// By a written message to the number the newcomer gave, whose note, or a short
    /// sentence of a form's notes, asks for messages ("nur WhatsApp", "SMS please":
    /// `words.txt`'s `messenger`).
    Message,
    /// By a letter to the postal address the newcomer gave, with neither a phone number
    /// nor an email address (a person in a shared home without either was told only to go
    /// to the office: field test AW of stop 69) ([`AnswerWay::or_letter`]).
    Letter,
    /// No contact given and none through Kompass (forms without phone or email questions).
    Unknown,
}

impl AnswerWay {
    /// How the office will answer a request with these answers: in the chat when it can
    /// be written to through Kompass (`answers_here`), else by email or phone as the
    /// newcomer gave them, an email address winning over a phone number. The request
    /// email's "Antwort:" line and the newcomer's "what happens next" both read this.
    pub fn of<'a>(
        answers_here: bool,
        answers: impl IntoIterator<Item = &'a Answer>,
        words: &WordLists,
    ) -> Self {
        let (mut email, mut phone, mut messages) = (false, false, false);
        for answer in answers {
            email |= matches!(answer, Answer::Email(_));
            phone |= answer.phone_number().is_some();
            messages |= match answer {
                Answer::PhoneWithNote { note, .. } => words.asks_for_messages(note),
                // A form's notes: "Bitte nur WhatsApp, ich höre schlecht" (a field test of
                // stop 57 wrote it there and was told the office would call).
                Answer::Text(text) => words.text_asks_for_messages(text),
                _ => false,
            };
        }
        if answers_here {
            Self::Chat
        } else if email {
            Self::Email
        } else if messages && phone {
            Self::Message
        } else if phone {
            Self::Phone
        } else {
            Self::Unknown
        }
    }

    /// By letter where nothing else is known and `form` was given a postal address
    /// ([`postal_address`]).
    pub fn or_letter<'a>(self, form: &Form, answer: impl Fn(&str) -> Option<&'a Answer>) -> Self {
        match self {
            Self::Unknown if postal_address(form, answer).is_some() => Self::Letter,
            way => way,
        }
    }

    /// The `$way` variant of `request-next`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Chat => "chat",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Message => "message",
            Self::Letter => "letter",
            Self::Unknown => "unknown",
        }
    }
}

/// The first address question of `form` answered with an address, and that answer: not
/// skipped, not "—" (no address now, `office-no-address`).
pub fn postal_address<'f, 'a>(
    form: &'f Form,
    answer: impl Fn(&str) -> Option<&'a Answer>,
) -> Option<(&'f Field, &'a Answer)> {
    form.fields.iter().find_map(|field| {
        let given = answer(&field.id)?;
        let an_address = match given {
            Answer::Skipped => false,
            Answer::Text(text) => !matches!(text.trim(), "" | "—"),
            // Typed in another script, with its Latin spelling.
            _ => true,
        };
        (matches!(field.kind, FieldKind::Address { .. }) && an_address).then_some((field, given))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Queued,
    Sent,
    Failed,
}

impl State {
    /// Where to continue after a language change: the target a language menu is holding,
    /// or the node or form on screen.
    pub fn return_point(&self) -> Option<String> {
        match self {
            Self::ChoosingLanguage { then } | Self::ConfirmingLanguage { then, .. } => then.clone(),
            Self::AtNode { node } => Some(node.clone()),
            Self::InForm { form } => Some(form.clone()),
            Self::Talking { resume, .. } => resume.return_point(),
            Self::ConfirmingCancel { resume, .. } => resume.return_point(),
            Self::New | Self::ConfirmingDelete { .. } => None,
        }
    }
}

impl Session {
    /// Whether the chat's writer is a helper: `named` now ([`crate::words::WordLists::names_a_helper`])
    /// or said before ([`Session::helper_writes`]).
    pub fn helper_named(&mut self, named: bool) -> bool {
        self.helper_writes |= named;
        self.helper_writes
    }

    /// Every attachment id a draft holds, photos waiting for a choice or offered to a person
    /// too (requests keep their own).
    pub fn attachment_ids(&self) -> impl Iterator<Item = &str> {
        self.drafts
            .values()
            .flat_map(|draft| {
                draft
                    .answers
                    .values()
                    .flat_map(Answer::files)
                    .map(|a| a.id.as_str())
                    .chain(draft.unreadable.iter().map(|u| u.id.as_str()))
                    .chain(draft.unreadable_ahead.iter().map(|u| u.photo.id.as_str()))
            })
            .chain(
                self.offered
                    .iter()
                    .flat_map(|offered| offered.files.iter().map(|f| f.id.as_str())),
            )
    }

    /// When each piece of personal data the session holds was last changed: its forms and
    /// what is offered to a person. The retention sweep's index is kept by these times.
    pub fn personal_data_times(&self) -> impl Iterator<Item = DateTime<Utc>> {
        self.drafts
            .values()
            .map(|draft| draft.updated)
            .chain(self.offered.iter().map(|offered| offered.asked))
            .chain(self.earlier.iter().map(|earlier| earlier.sent))
            .chain(self.said_before.iter().map(|said| said.said))
    }

    /// Drops the forms, the offer, the earlier answers and the first message last changed
    /// before `cutoff`;
    /// returns how many. A conversation left inside a dropped form continues at the main
    /// menu: the engine falls back there when a form's draft is gone.
    pub fn drop_personal_data_before(&mut self, cutoff: DateTime<Utc>) -> usize {
        let before = self.drafts.len();
        self.drafts.retain(|_, draft| draft.updated >= cutoff);
        let mut dropped = before - self.drafts.len();
        if self.offered.as_ref().is_some_and(|o| o.asked < cutoff) {
            self.offered = None;
            dropped += 1;
        }
        if self.earlier.as_ref().is_some_and(|e| e.sent < cutoff) {
            self.earlier = None;
            dropped += 1;
        }
        if self
            .said_before
            .as_ref()
            .is_some_and(|said| said.said < cutoff)
        {
            self.said_before = None;
            dropped += 1;
        }
        dropped
    }

    /// The draft touched last: what "continue my request" resumes. One with answers of
    /// its own comes before one only opened: "Continue my request" opened an empty
    /// Jobcenter form looked at after half a registration (a field test), while "My
    /// requests" named the registration.
    pub fn latest_draft(&self) -> Option<&str> {
        self.drafts
            .iter()
            .max_by_key(|(_, d)| (d.answers.keys().any(|id| d.answered_here(id)), d.updated))
            .map(|(id, _)| id.as_str())
    }
}
