//! The flow model (menus, pages, forms, institutions) and its loader from `flows/*.toml`.
//!
//! Files are read into loose "raw" structs that keep the source position of every id and
//! reference, then turned into the typed model. Everything that can be wrong in one file is
//! reported here; what needs all files and locales together is in `check`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, line_of};
use crate::toml_problems::TomlFile;

/// Where something was written: for messages that send the administrator to the right line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub file: PathBuf,
    pub line: usize,
}

/// All flow files together.
#[derive(Debug, Clone)]
pub struct Flow {
    /// The main menu: where a newcomer lands after choosing a language.
    pub start: String,
    pub start_source: Source,
    /// First part of reference numbers, e.g. `KAL` in `KAL-2026-000123`.
    pub reference_prefix: String,
    /// The `contact` node where a question the menus do not answer can go ("write to a
    /// person"), offered when a sentence typed at a menu names nothing; with where it is set.
    pub questions: Option<(String, Source)>,
    /// A page a first message opens at once in the language it is most likely written in,
    /// without asking for the language first: the emergency numbers, the same in every
    /// language. With where it is set.
    pub urgent: Option<(String, Source)>,
    /// The municipality's name and its villages as it writes them ("Kalletal",
    /// "Hohenhausen"): an address written in another script names them so in its Latin
    /// spelling (`engine/address_spelling.rs`).
    pub places: Vec<String>,
    pub nodes: BTreeMap<String, Node>,
    /// Node ids in the order they were written, for pictures and listings.
    pub node_order: Vec<String>,
    pub institutions: BTreeMap<String, Institution>,
}

impl Flow {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id)
    }

    pub fn form(&self, id: &str) -> Option<&Form> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Form(form) => Some(form),
            _ => None,
        }
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.get(id)
    }

    /// Where option number `option` (0-based) of node `node` leads, whatever it is.
    pub fn option_goto(&self, node: &str, option: usize) -> Option<&str> {
        Some(self.node(node)?.kind.options().get(option)?.goto.as_str())
    }

    /// Where option number `option` (0-based) of menu `node` leads, if to a menu or a page
    /// (not a form, which an option may start with answers of its own).
    pub fn option_page(&self, node: &str, option: usize) -> Option<&str> {
        let NodeKind::Menu { options, .. } = &self.node(node)?.kind else {
            return None;
        };
        let goto = options.get(option)?.goto.as_str();
        matches!(
            self.node(goto)?.kind,
            NodeKind::Menu { .. } | NodeKind::Page { .. }
        )
        .then_some(goto)
    }
}

/// An office that receives requests.
#[derive(Debug, Clone)]
pub struct Institution {
    pub id: String,
    /// Official German name, used in emails.
    pub name: String,
    /// Message id of the name newcomers read.
    pub label: String,
    pub email: String,
    pub email_language: String,
    pub address: Option<String>,
    /// The number newcomers can call (`phone = "+49 5264 123-0"`), shown with the address:
    /// "call the office" gave hours and a street only (field test CJ of stop 78).
    pub phone: Option<String>,
    /// When the office is open to visitors (`hours = ["Mo–Fr 8:00–12:00"]`), shown with
    /// the address on the pages that name the office (`offices = [...]`).
    pub hours: Vec<OpeningHours>,
    pub matrix_room: Option<String>,
    /// The newcomers' free text in this institution's cases is also posted, without name or
    /// reference, to the language mediators' room for their language (`[matrix.mediators]`).
    pub mediators: bool,
    /// Message ids of the documents to bring to an appointment.
    pub documents: Vec<String>,
    /// Contact data not verified (example.org).
    pub sample: bool,
    pub source: Source,
}

impl Institution {
    /// Whether the flow says where or when to find the office (an address or opening
    /// hours): only then is there something to tell a person who asks.
    pub fn can_be_visited(&self) -> bool {
        self.address.is_some() || !self.hours.is_empty()
    }

    /// Whether the office is open on `day` (Monday 1 … Sunday 7; any day when `None`) at
    /// the time an appointment option names: "mornings" (7–12 o'clock) and "afternoons"
    /// (12–17) need an hour of it open, any other option any time that day. An office
    /// without opening hours is open whenever asked (nothing is known).
    pub fn open_for(&self, day: Option<u8>, option: &str) -> bool {
        if self.hours.is_empty() {
            return true;
        }
        let (from, to, needed) = match option {
            "mornings" => (7 * 60, 12 * 60, 60),
            "afternoons" => (12 * 60, 17 * 60, 60),
            _ => (0, 24 * 60, 1),
        };
        self.hours
            .iter()
            .filter(|hours| day.is_none_or(|day| hours.days.contains(&day)))
            .any(|hours| hours.to.min(to).saturating_sub(hours.from.max(from)) >= needed)
    }

    /// The days (Monday 1 … Sunday 7) the office is open at some time from `from` until
    /// before `to`, in minutes after midnight ("after 3": from 15:00 to midnight). An
    /// office without opening hours is open every day (nothing is known).
    pub fn days_open_between(&self, from: u16, to: u16) -> Vec<u8> {
        if self.hours.is_empty() {
            return (1..=7).collect();
        }
        let mut days: Vec<u8> = self
            .hours
            .iter()
            .filter(|hours| hours.from < to && hours.to > from)
            .flat_map(|hours| hours.days.iter().copied())
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }
}

/// One line of an office's opening hours: days of the week (Monday 1 … Sunday 7, in
/// order) and the time from and to, in minutes after midnight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningHours {
    pub days: Vec<u8>,
    pub from: u16,
    pub to: u16,
}

/// Whether an office is open at a moment, by its opening hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenNow {
    /// Open, until this time (minutes after midnight).
    Until(u16),
    /// Closed; it opens `days_ahead` days later (0: today), on `weekday` (Monday 1), at
    /// `from` (minutes after midnight).
    Opens {
        days_ahead: u8,
        weekday: u8,
        from: u16,
    },
}

/// Whether an office with `hours` is open at `now` (its local time), or when it opens
/// next; `None` without hours.
pub fn open_now(hours: &[OpeningHours], now: chrono::NaiveDateTime) -> Option<OpenNow> {
    use chrono::{Datelike, Timelike};
    let today = u8::try_from(now.weekday().number_from_monday()).ok()?;
    let minute = u16::try_from(now.hour() * 60 + now.minute()).ok()?;
    let on = |day: u8| hours.iter().filter(move |h| h.days.contains(&day));
    if let Some(open) = on(today)
        .filter(|h| h.from <= minute && minute < h.to)
        .map(|h| h.to)
        .max()
    {
        return Some(OpenNow::Until(open));
    }
    (0..=7u8).find_map(|days_ahead| {
        let weekday = (today - 1 + days_ahead) % 7 + 1;
        on(weekday)
            .map(|h| h.from)
            .filter(|from| days_ahead > 0 || *from > minute)
            .min()
            .map(|from| OpenNow::Opens {
                days_ahead,
                weekday,
                from,
            })
    })
}

impl OpeningHours {
    /// Reads a line as administrators write it: days, then hours — "Mo–Fr 8:00–12:00",
    /// "Do 14–18", "Mo, Mi 8:30-12", "Montag 9:00–12:00", "Sat 10:00–13:00". Days are
    /// German (Mo … So, or written out) or English (Mon … Sun); a range of days joins
    /// them with a dash, a list with commas. The error says what could not be read.
    pub fn parse(line: &str) -> Result<Self, String> {
        let line = line.trim();
        let split = line
            .find(|c: char| c.is_ascii_digit())
            .ok_or_else(|| format!("`{line}` has no hours"))?;
        let (days_part, hours_part) = line.split_at(split);
        let days = parse_days(days_part)?;
        let (from, to) = hours_part
            .split_once(['-', '–', '—'])
            .ok_or_else(|| format!("`{hours_part}` is not a time from and to"))?;
        let from = parse_time(from.trim_end_matches(" Uhr"))?;
        let to = parse_time(to.trim_end_matches(" Uhr").trim_end_matches("Uhr"))?;
        if from >= to {
            return Err(format!("`{hours_part}` ends before it starts"));
        }
        Ok(Self { days, from, to })
    }
}

/// "Mo–Fr", "Mo, Mi", "Donnerstag": the days, Monday 1 … Sunday 7.
fn parse_days(text: &str) -> Result<Vec<u8>, String> {
    let text = text.trim().trim_end_matches(':').trim();
    if text.is_empty() {
        return Err("no day is named before the hours".to_string());
    }
    let mut days = Vec::new();
    for part in text.split([',', '+']).map(str::trim) {
        let range: Vec<&str> = part.split(['-', '–', '—']).map(str::trim).collect();
        let day = |name: &str| {
            weekday_number(name).ok_or_else(|| format!("`{name}` is not a day of the week"))
        };
        match range.as_slice() {
            [one] => days.push(day(one)?),
            [first, last] => {
                let (first, last) = (day(first)?, day(last)?);
                if first > last {
                    return Err(format!("`{part}` runs backwards"));
                }
                days.extend(first..=last);
            }
            _ => return Err(format!("`{part}` is not a day or a range of days")),
        }
    }
    days.sort_unstable();
    days.dedup();
    Ok(days)
}

/// Monday 1 … Sunday 7 from a German or English name or its short form.
fn weekday_number(name: &str) -> Option<u8> {
    const NAMES: [[&str; 4]; 7] = [
        ["mo", "montag", "mon", "monday"],
        ["di", "dienstag", "tue", "tuesday"],
        ["mi", "mittwoch", "wed", "wednesday"],
        ["do", "donnerstag", "thu", "thursday"],
        ["fr", "freitag", "fri", "friday"],
        ["sa", "samstag", "sat", "saturday"],
        ["so", "sonntag", "sun", "sunday"],
    ];
    let name = name.trim_end_matches('.').to_lowercase();
    let number = NAMES
        .iter()
        .position(|names| names.contains(&name.as_str()))?;
    u8::try_from(number + 1).ok()
}

/// "8", "8:00", "08.30" as minutes after midnight.
fn parse_time(text: &str) -> Result<u16, String> {
    let text = text.trim();
    let (hours, minutes) = text.split_once([':', '.']).unwrap_or((text, "0"));
    match (hours.parse::<u16>(), minutes.parse::<u16>()) {
        (Ok(hours), Ok(minutes)) if hours <= 24 && minutes < 60 && hours * 60 + minutes <= 1440 => {
            Ok(hours * 60 + minutes)
        }
        _ => Err(format!("`{text}` is not a time of day")),
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    /// Offices whose address and opening hours a page shows below its text
    /// (`offices = ["buergerbuero"]`), with where each is named.
    pub offices: Vec<(String, Source)>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    /// A question with options.
    Menu {
        text: String,
        options: Vec<MenuOption>,
    },
    /// Information, optionally with links onwards.
    Page {
        text: String,
        options: Vec<MenuOption>,
    },
    /// A request to one institution.
    Form(Form),
    /// "Talk to a person": the newcomer's messages go to the institution's Matrix room as
    /// a thread, and the caseworkers' answers come back.
    Contact { text: String, institution: String },
}

impl NodeKind {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Menu { .. } => "menu",
            Self::Page { .. } => "page",
            Self::Form(_) => "form",
            Self::Contact { .. } => "contact",
        }
    }

    pub fn options(&self) -> &[MenuOption] {
        match self {
            Self::Menu { options, .. } | Self::Page { options, .. } => options,
            Self::Form(_) | Self::Contact { .. } => &[],
        }
    }
}

#[derive(Debug, Clone)]
pub struct MenuOption {
    pub label: String,
    pub goto: String,
    /// Answers a form reached by this option starts with (`answers = { topic = "schule-kita" }`
    /// on the school page's "Ask the Integrationsbüro"): field id and choice value. The
    /// form does not ask them; the summary shows them, and they can be changed there.
    pub answers: Vec<(String, String)>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub institution: String,
    pub title: String,
    pub intro: Option<String>,
    pub fields: Vec<Field>,
    /// Message ids of the documents to bring for this form's request, where they differ
    /// from its institution's (`documents = [...]` on the form: a child's birth
    /// certificate for a Kita place). Empty: the institution's.
    pub documents: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub prompt: String,
    pub label: String,
    pub optional: bool,
    pub kind: FieldKind,
    /// A free-text answer (kind `text`) the language mediators may see: the concern in the
    /// newcomer's words, never a name or an address.
    pub mediators: bool,
    /// A detail of someone other than the writer (`another_person = true`: a child's name
    /// and birth date at a question about a Kita place). It is not kept as the writer's
    /// own for the next request, not filled from a sentence typed at the writer's
    /// questions ("Haddad, 12.03.1988" at the family name is no child's birth date), and
    /// not in the line that tells an office whom a request is about.
    pub another_person: bool,
    pub source: Source,
}

impl Form {
    /// Whether it asks of someone other than the writer too ([`Field::another_person`]: a
    /// child at a Kita question): the writer's own request, never a relative's.
    pub fn asks_of_another_person(&self) -> bool {
        self.fields.iter().any(|field| field.another_person)
    }

    /// Whether a request of this form said to be for someone else is that person's: not
    /// where the form asks of another person itself (a child at a Kita question: the
    /// writer's own request), unless a helper writes (`by_helper`: a volunteer's school
    /// request for a family's child is the family's).
    pub fn is_for_someone_else(&self, by_helper: bool) -> bool {
        by_helper || !self.asks_of_another_person()
    }
}

impl Field {
    /// Whether the question asks who the person is: a name, a birth date, a list with a
    /// typed other (the nationality); not a question of another person (a child's name).
    /// In a request written for someone else, these are asked of that person.
    pub fn is_about_the_person(&self) -> bool {
        !self.another_person
            && match &self.kind {
                FieldKind::Name { .. } | FieldKind::Choice { other: Some(_), .. } => true,
                FieldKind::Date { range, .. } => *range == DateRange::Past,
                _ => false,
            }
    }

    /// Under which key this field's answer is kept for the person's next request
    /// ([`crate::engine::Session::earlier`]): the same person's details, which a second
    /// request asks again. A name, a birth date, a list with a typed other (the
    /// nationality) by the field's id, as every form of a flow names them alike; the
    /// address, phone, email and interpreter by their kind (the register form's "new
    /// address" is the address the next form asks for). `None` for what belongs to one
    /// request: its concern, topic, photos, dates, numbers, office numbers, appointment.
    pub fn earlier_key(&self) -> Option<&str> {
        if self.another_person {
            return None;
        }
        match &self.kind {
            FieldKind::Name { .. } | FieldKind::Choice { other: Some(_), .. } => Some(&self.id),
            FieldKind::Date { range, .. } if *range == DateRange::Past => Some(&self.id),
            FieldKind::Address { .. } => Some("address"),
            FieldKind::Phone => Some("phone"),
            FieldKind::Email => Some("email"),
            FieldKind::Interpreter => Some("interpreter"),
            FieldKind::Text { .. }
            | FieldKind::Code { .. }
            | FieldKind::Choice { other: None, .. }
            | FieldKind::Date { .. }
            | FieldKind::Number { .. }
            | FieldKind::YesNo
            | FieldKind::Photos { .. }
            | FieldKind::Appointment { .. } => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum FieldKind {
    Text {
        max_length: usize,
    },
    /// A number an office gave, as on its letters (an Aktenzeichen "32.1-4711/24", a
    /// customer number "123D456789"): free text with at least one digit, digits of any
    /// script written as 0–9. A word ("продление", meant for the next question) is refused.
    Code {
        max_length: usize,
    },
    /// A person's name: free text that must contain a letter.
    Name {
        max_length: usize,
    },
    /// A postal address: free text whose Latin spelling is asked once when it is typed in
    /// another script (post is delivered to it).
    Address {
        max_length: usize,
    },
    Date {
        range: DateRange,
        /// Days after the date by which something is due by law (registering within 14 days
        /// of moving in): a date longer ago is pointed out to the person and the office.
        deadline_days: Option<u32>,
    },
    Phone,
    Email,
    Number {
        min: i64,
        max: i64,
    },
    Choice {
        options: Vec<ChoiceOption>,
        /// A typed answer beside the options ("another country"), if the flow allows one.
        other: Option<OtherAnswer>,
    },
    YesNo,
    Interpreter,
    Photos {
        min: usize,
        max: usize,
        file_name: String,
        allow_pdf: bool,
    },
    Appointment {
        options: Vec<ChoiceOption>,
    },
}

impl FieldKind {
    /// Answered by typing a value (a name, a date, a number …), not by buttons or photos.
    pub fn is_typed(&self) -> bool {
        match self {
            Self::Text { .. }
            | Self::Code { .. }
            | Self::Name { .. }
            | Self::Address { .. }
            | Self::Date { .. }
            | Self::Phone
            | Self::Email
            | Self::Number { .. } => true,
            Self::Choice { .. }
            | Self::Appointment { .. }
            | Self::YesNo
            | Self::Interpreter
            | Self::Photos { .. } => false,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Text { .. } => "text",
            Self::Code { .. } => "code",
            Self::Name { .. } => "name",
            Self::Address { .. } => "address",
            Self::Date { .. } => "date",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Number { .. } => "number",
            Self::Choice { .. } => "choice",
            Self::YesNo => "yes_no",
            Self::Interpreter => "interpreter",
            Self::Photos { .. } => "photos",
            Self::Appointment { .. } => "appointment",
        }
    }
}

/// Which dates a date field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRange {
    /// Today or earlier, not before 1900 (birth dates).
    Past,
    /// Today or later (appointments).
    Future,
    Any,
}

#[derive(Debug, Clone)]
pub struct ChoiceOption {
    /// Stable value stored in the request (and `request.json`).
    pub value: String,
    /// Message id of what people read.
    pub label: String,
    /// Languages whose speakers see this option first (a Persian speaker's list of
    /// countries starts with Afghanistan and Iran); the others keep the flow's order.
    pub first_for: Vec<String>,
    /// Chosen, the person has not the paper the form's photos ask for ("I lost my residence
    /// card": `without_papers = true`): the photos are of another paper (the police's), as
    /// after "I have no passport" at the photo question.
    pub without_papers: bool,
    /// No button: the option is chosen by its name typed ("Казахстан" after "Another
    /// country" reached the office as "Казахстан (… etwa: Kazakhstan)", a field test of
    /// stop 62), and the office reads its German name. The list stays short.
    pub typed_only: bool,
}

/// A choice's way to answer with text of one's own: a button that asks for it, and the
/// question it asks. Text typed at the choice that matches no option (in any language) is
/// taken as this answer directly.
#[derive(Debug, Clone)]
pub struct OtherAnswer {
    /// Message id of the button ("Another country").
    pub label: String,
    /// Message id of the question the button asks ("Please write the country.").
    pub prompt: String,
    pub max_length: usize,
}

/// The value of the default appointment option "Any time": the time of an answer that
/// names days only ("montags").
pub const ANY_TIME: &str = "any";

/// The value of the default appointment option "No time fits": the office arranges a time
/// with the person (a field test of stop 63 had only the three times to choose from, and
/// someone in a course every morning chose "Any time").
pub const NO_TIME_FITS: &str = "none";

/// The appointment options every flow gets unless it names its own.
pub fn default_appointment_options() -> Vec<ChoiceOption> {
    [
        ("mornings", "appointment-mornings"),
        ("afternoons", "appointment-afternoons"),
        (ANY_TIME, "appointment-any"),
        (NO_TIME_FITS, "appointment-none"),
    ]
    .into_iter()
    .map(|(value, label)| ChoiceOption {
        without_papers: false,
        typed_only: false,
        first_for: Vec::new(),
        value: value.into(),
        label: label.into(),
    })
    .collect()
}

/// Longest id: ids travel in Telegram's 64-byte button data next to a short prefix
/// (`crate::action`, whose test builds the longest button).
pub const MAX_ID_LEN: usize = crate::action::MAX_ID_BYTES;

const DEFAULT_TEXT_MAX: usize = 1000;

// ---------------------------------------------------------------------------------------
// Raw file structure, as written.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    flow: Option<RawHeader>,
    #[serde(default)]
    institution: Vec<RawInstitution>,
    #[serde(default)]
    node: Vec<RawNode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    start: Spanned<String>,
    reference_prefix: Option<Spanned<String>>,
    questions: Option<Spanned<String>>,
    urgent: Option<Spanned<String>>,
    #[serde(default)]
    places: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstitution {
    id: Spanned<String>,
    name: String,
    label: Spanned<String>,
    email: Option<Spanned<String>>,
    email_language: Option<Spanned<String>>,
    address: Option<String>,
    phone: Option<Spanned<String>>,
    #[serde(default)]
    hours: Vec<Spanned<String>>,
    matrix_room: Option<String>,
    #[serde(default)]
    mediators: bool,
    #[serde(default)]
    documents: Vec<Spanned<String>>,
    #[serde(default)]
    sample: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    kind: Spanned<String>,
    text: Option<Spanned<String>>,
    #[serde(default)]
    options: Vec<RawOption>,
    institution: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    intro: Option<Spanned<String>>,
    #[serde(default)]
    field: Vec<RawField>,
    #[serde(default)]
    offices: Vec<Spanned<String>>,
    #[serde(default)]
    documents: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    label: Spanned<String>,
    goto: Spanned<String>,
    #[serde(default)]
    answers: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: Spanned<String>,
    kind: Spanned<String>,
    prompt: Spanned<String>,
    label: Spanned<String>,
    #[serde(default)]
    optional: bool,
    max_length: Option<usize>,
    range: Option<Spanned<String>>,
    deadline_days: Option<Spanned<u32>>,
    min: Option<i64>,
    max: Option<i64>,
    #[serde(default)]
    options: Vec<RawChoice>,
    other: Option<Spanned<RawOther>>,
    file_name: Option<Spanned<String>>,
    #[serde(default)]
    allow_pdf: bool,
    #[serde(default)]
    mediators: Option<Spanned<bool>>,
    #[serde(default)]
    another_person: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    value: Spanned<String>,
    label: Spanned<String>,
    #[serde(default)]
    first_for: Vec<String>,
    #[serde(default)]
    without_papers: bool,
    #[serde(default)]
    typed_only: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOther {
    label: Spanned<String>,
    prompt: Spanned<String>,
}

// ---------------------------------------------------------------------------------------
// Loading.

/// Reads every `*.toml` in `dir`. Returns `None` when nothing usable could be read; every
/// problem is in `diagnostics` either way.
pub(super) fn load_dir(dir: &Path, diagnostics: &mut Diagnostics) -> Option<Flow> {
    let mut paths = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .collect::<Vec<_>>(),
        Err(err) => {
            diagnostics.push(Diagnostic::error(
                dir,
                None,
                format!("cannot read the flows folder: {err}"),
                "point `content.flows` in config.toml at the folder with the flow files",
            ));
            return None;
        }
    };
    paths.sort();
    if paths.is_empty() {
        diagnostics.push(Diagnostic::error(
            dir,
            None,
            "no flow files (*.toml) found",
            "add at least one flow file",
        ));
        return None;
    }
    let mut builder = Builder::default();
    for path in paths {
        match fs::read_to_string(&path) {
            Ok(source) => builder.add_file(&path, &source, diagnostics),
            Err(err) => diagnostics.push(Diagnostic::error(
                &path,
                None,
                format!("cannot read file: {err}"),
                "check the file's permissions and that it is UTF-8 text",
            )),
        }
    }
    builder.finish(dir, diagnostics)
}

#[derive(Default)]
struct Builder {
    start: Option<(String, Source)>,
    reference_prefix: Option<String>,
    questions: Option<(String, Source)>,
    urgent: Option<(String, Source)>,
    places: Vec<String>,
    nodes: BTreeMap<String, Node>,
    node_order: Vec<String>,
    institutions: BTreeMap<String, Institution>,
}

/// Turns spans into sources for one file.
struct Locator<'a> {
    file: &'a Path,
    source: &'a str,
}

impl Locator<'_> {
    fn at<T>(&self, spanned: &Spanned<T>) -> Source {
        Source {
            file: self.file.to_path_buf(),
            line: line_of(self.source, spanned.span().start),
        }
    }

    fn line<T>(&self, spanned: &Spanned<T>) -> Option<usize> {
        Some(line_of(self.source, spanned.span().start))
    }

    fn error<T>(
        &self,
        at: &Spanned<T>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::error(self.file, self.line(at), problem, fix)
    }
}

impl Builder {
    fn add_file(&mut self, path: &Path, source: &str, diagnostics: &mut Diagnostics) {
        let file = match TomlFile::parse(source) {
            Ok(file) => file,
            Err(problems) => {
                for problem in problems {
                    diagnostics.push(Diagnostic::error(
                        path,
                        problem.line,
                        problem.problem,
                        "correct the TOML at this line (see docs/flows.md for the keys a flow may use)",
                    ));
                }
                return;
            }
        };
        // Every wrong key or value of the file is reported; what is left is still read, so
        // the checks that follow see the rest of the file instead of none of it.
        let (raw, problems) = file.deserialize::<RawFile>("docs/flows.md");
        for problem in problems {
            diagnostics.push(Diagnostic::error(
                path,
                problem.line,
                problem.problem,
                problem.fix,
            ));
        }
        let Some(raw) = raw else { return };
        let at = Locator { file: path, source };
        if let Some(header) = raw.flow {
            if let Some((_, first)) = &self.start {
                diagnostics.push(at.error(
                    &header.start,
                    format!(
                        "a second `[flow]` table; the first is in {}:{}",
                        first.file.display(),
                        first.line
                    ),
                    "keep exactly one `[flow]` table with `start` in all flow files",
                ));
            } else {
                check_id(&at, &header.start, "start node", diagnostics);
                self.start = Some((header.start.get_ref().clone(), at.at(&header.start)));
                self.questions = header
                    .questions
                    .map(|node| (node.get_ref().clone(), at.at(&node)));
                self.urgent = header
                    .urgent
                    .map(|node| (node.get_ref().clone(), at.at(&node)));
                self.places = header.places;
                self.reference_prefix = header.reference_prefix.map(|prefix| {
                    let value = prefix.get_ref().clone();
                    if value.is_empty()
                        || value.len() > 8
                        || !value
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    {
                        diagnostics.push(at.error(
                            &prefix,
                            format!(
                                "reference prefix `{value}` is not 1–8 capital letters or digits"
                            ),
                            "write something like `reference_prefix = \"KAL\"`",
                        ));
                    }
                    value
                });
            }
        }
        for raw in raw.institution {
            self.add_institution(&at, raw, diagnostics);
        }
        for raw in raw.node {
            self.add_node(&at, raw, diagnostics);
        }
    }

    fn add_institution(
        &mut self,
        at: &Locator<'_>,
        raw: RawInstitution,
        diagnostics: &mut Diagnostics,
    ) {
        check_id(at, &raw.id, "institution id", diagnostics);
        let id = raw.id.get_ref().clone();
        if let Some(previous) = self.institutions.get(&id) {
            diagnostics.push(at.error(
                &raw.id,
                format!(
                    "institution `{id}` is defined twice; the first is in {}:{}",
                    previous.source.file.display(),
                    previous.source.line
                ),
                "give each institution its own id",
            ));
            return;
        }
        let email = match raw.email {
            Some(email) if is_plausible_email(email.get_ref()) => email.into_inner(),
            Some(email) => {
                diagnostics.push(at.error(
                    &email,
                    format!(
                        "institution `{id}` has the email address `{}`, which is not valid",
                        email.get_ref()
                    ),
                    "write a full address like `office@example.org`",
                ));
                String::new()
            }
            None => {
                diagnostics.push(at.error(
                    &raw.id,
                    format!("institution `{id}` has no email address"),
                    "add `email = \"office@…\"`: requests are sent there",
                ));
                String::new()
            }
        };
        let email_language = raw
            .email_language
            .map_or_else(|| "de".to_string(), Spanned::into_inner);
        let hours = raw
            .hours
            .iter()
            .filter_map(|line| match OpeningHours::parse(line.get_ref()) {
                Ok(hours) => Some(hours),
                Err(problem) => {
                    diagnostics.push(at.error(
                        line,
                        format!("institution `{id}`: opening hours {problem}"),
                        "write days, then hours, like `\"Mo–Fr 8:00–12:00\"` or `\"Do 14–18\"` (days: Mo Di Mi Do Fr Sa So)",
                    ));
                    None
                }
            })
            .collect();
        let phone = raw.phone.and_then(|phone| {
            if is_dialable_office_number(phone.get_ref()) {
                Some(phone.get_ref().trim().to_string())
            } else {
                diagnostics.push(at.error(
                    &phone,
                    format!(
                        "institution `{id}` has the phone number `{}`, which cannot be dialled",
                        phone.get_ref()
                    ),
                    "write it as people dial it: digits, spaces and `+ / - ( )`, like `+49 5264 123-0`",
                ));
                None
            }
        });
        let institution = Institution {
            id: id.clone(),
            name: raw.name,
            label: raw.label.into_inner(),
            email,
            email_language,
            address: raw.address,
            phone,
            hours,
            matrix_room: raw.matrix_room,
            mediators: raw.mediators,
            documents: raw.documents.into_iter().map(Spanned::into_inner).collect(),
            sample: raw.sample,
            source: at.at(&raw.id),
        };
        self.institutions.insert(id, institution);
    }

    fn add_node(&mut self, at: &Locator<'_>, mut raw: RawNode, diagnostics: &mut Diagnostics) {
        check_id(at, &raw.id, "node id", diagnostics);
        let id = raw.id.get_ref().clone();
        if let Some(previous) = self.nodes.get(&id) {
            diagnostics.push(at.error(
                &raw.id,
                format!(
                    "node `{id}` is defined twice; the first is in {}:{}",
                    previous.source.file.display(),
                    previous.source.line
                ),
                "give each node its own id",
            ));
            return;
        }
        let options: Vec<MenuOption> = raw
            .options
            .iter()
            .map(|o| MenuOption {
                label: o.label.get_ref().clone(),
                goto: o.goto.get_ref().clone(),
                answers: o
                    .answers
                    .iter()
                    .map(|(field, value)| (field.clone(), value.clone()))
                    .collect(),
                source: at.at(&o.goto),
            })
            .collect();
        if raw.kind.get_ref() != "form"
            && let Some(document) = raw.documents.first()
        {
            diagnostics.push(at.error(
                document,
                format!(
                    "{} `{id}` has `documents`: only a form can have them",
                    raw.kind.get_ref()
                ),
                "move `documents` to the form, or to its institution",
            ));
        }
        let require_text = |diagnostics: &mut Diagnostics| match &raw.text {
            Some(text) => text.get_ref().clone(),
            None => {
                diagnostics.push(at.error(
                    &raw.id,
                    format!("{} `{id}` has no `text`", raw.kind.get_ref()),
                    "add `text = \"message-id\"` with the message shown to newcomers",
                ));
                String::new()
            }
        };
        let form_only_keys = [
            (
                "institution",
                raw.institution.is_some() && raw.kind.get_ref() != "contact",
            ),
            ("title", raw.title.is_some()),
            ("intro", raw.intro.is_some()),
            ("field", !raw.field.is_empty()),
        ];
        let kind = match raw.kind.get_ref().as_str() {
            "menu" => {
                if options.is_empty() {
                    diagnostics.push(at.error(&raw.id, format!("menu `{id}` has no options"), "add `options = [{ label = \"…\", goto = \"…\" }]`, or make it `kind = \"page\"`"));
                }
                NodeKind::Menu {
                    text: require_text(diagnostics),
                    options,
                }
            }
            "page" => NodeKind::Page {
                text: require_text(diagnostics),
                options,
            },
            "form" => {
                let institution = match &raw.institution {
                    Some(institution) => institution.get_ref().clone(),
                    None => {
                        diagnostics.push(at.error(&raw.id, format!("form `{id}` names no institution"), "add `institution = \"…\"` with the id of the office that receives the request"));
                        String::new()
                    }
                };
                let title = match &raw.title {
                    Some(title) => title.get_ref().clone(),
                    None => {
                        diagnostics.push(at.error(&raw.id, format!("form `{id}` has no `title`"), "add `title = \"message-id\"`: it is shown in the summary and is the email's subject"));
                        String::new()
                    }
                };
                if raw.field.is_empty() {
                    diagnostics.push(at.error(
                        &raw.id,
                        format!("form `{id}` has no fields"),
                        "add `[[node.field]]` tables after the node",
                    ));
                }
                let mut fields: Vec<Field> = Vec::with_capacity(raw.field.len());
                for raw_field in raw.field {
                    if let Some(field) = build_field(at, raw_field, diagnostics) {
                        if let Some(previous) = fields.iter().find(|f| f.id == field.id) {
                            diagnostics.push(Diagnostic::error(
                                at.file,
                                Some(field.source.line),
                                format!(
                                    "field `{}` appears twice in form `{id}` (first at line {})",
                                    field.id, previous.source.line
                                ),
                                "give each field of a form its own id",
                            ));
                            continue;
                        }
                        fields.push(field);
                    }
                }
                NodeKind::Form(Form {
                    institution,
                    title,
                    intro: raw.intro.map(Spanned::into_inner),
                    fields,
                    documents: std::mem::take(&mut raw.documents)
                        .into_iter()
                        .map(Spanned::into_inner)
                        .collect(),
                })
            }
            "contact" => {
                let institution = match &raw.institution {
                    Some(institution) => institution.get_ref().clone(),
                    None => {
                        diagnostics.push(at.error(&raw.id, format!("contact `{id}` names no institution"), "add `institution = \"…\"` with the id of the office whose caseworkers answer"));
                        String::new()
                    }
                };
                if !options.is_empty() {
                    diagnostics.push(at.error(
                        &raw.id,
                        format!("contact `{id}` has options"),
                        "remove `options`: a contact node shows only Back and Main menu",
                    ));
                }
                NodeKind::Contact {
                    text: require_text(diagnostics),
                    institution,
                }
            }
            other => {
                diagnostics.push(at.error(
                    &raw.kind,
                    format!("unknown node kind `{other}`"),
                    "use `menu`, `page`, `form` or `contact`",
                ));
                return;
            }
        };
        if !matches!(kind, NodeKind::Form(_)) {
            for (key, present) in form_only_keys {
                if present {
                    diagnostics.push(at.error(
                        &raw.kind,
                        format!(
                            "`{key}` only belongs to forms, but `{id}` is a {}",
                            kind.name()
                        ),
                        format!("remove `{key}`, or make the node `kind = \"form\"`"),
                    ));
                }
            }
        }
        // Below a page's text; a menu's text ends with its question, which the offices
        // would follow.
        if !raw.offices.is_empty() && !matches!(kind, NodeKind::Page { .. }) {
            diagnostics.push(at.error(
                &raw.kind,
                format!(
                    "`offices` belongs to pages, but `{id}` is a {}",
                    kind.name()
                ),
                "remove `offices`, or name the offices on a page this node leads to",
            ));
        }
        let offices = raw
            .offices
            .iter()
            .map(|office| (office.get_ref().clone(), at.at(office)))
            .collect();
        self.node_order.push(id.clone());
        self.nodes.insert(
            id.clone(),
            Node {
                id,
                kind,
                offices,
                source: at.at(&raw.id),
            },
        );
    }

    fn finish(self, dir: &Path, diagnostics: &mut Diagnostics) -> Option<Flow> {
        let Some((start, start_source)) = self.start else {
            diagnostics.push(Diagnostic::error(
                dir,
                None,
                "no flow file has a `[flow]` table with `start`",
                "add `[flow]` with `start = \"main\"` (the main menu's node id) to one flow file",
            ));
            return None;
        };
        Some(Flow {
            start,
            start_source,
            reference_prefix: self.reference_prefix.unwrap_or_else(|| "REQ".to_string()),
            questions: self.questions,
            urgent: self.urgent,
            places: self.places,
            nodes: self.nodes,
            node_order: self.node_order,
            institutions: self.institutions,
        })
    }
}

fn build_field(at: &Locator<'_>, raw: RawField, diagnostics: &mut Diagnostics) -> Option<Field> {
    check_id(at, &raw.id, "field id", diagnostics);
    let id = raw.id.get_ref().clone();
    let choices = |raw_options: &[RawChoice]| -> Vec<ChoiceOption> {
        raw_options
            .iter()
            .map(|o| ChoiceOption {
                value: o.value.get_ref().clone(),
                label: o.label.get_ref().clone(),
                first_for: o.first_for.clone(),
                without_papers: o.without_papers,
                typed_only: o.typed_only,
            })
            .collect()
    };
    let kind = match raw.kind.get_ref().as_str() {
        "text" => FieldKind::Text {
            max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
        },
        "code" => FieldKind::Code {
            max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
        },
        "name" => FieldKind::Name {
            max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
        },
        "address" => FieldKind::Address {
            max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
        },
        "date" => {
            let range = match raw.range.as_ref().map(|r| r.get_ref().as_str()) {
                None | Some("any") => DateRange::Any,
                Some("past") => DateRange::Past,
                Some("future") => DateRange::Future,
                Some(other) => {
                    diagnostics.push(at.error(
                        raw.range.as_ref().unwrap_or(&raw.kind),
                        format!("unknown date range `{other}` in field `{id}`"),
                        "use `range = \"past\"`, `\"future\"` or `\"any\"`",
                    ));
                    DateRange::Any
                }
            };
            FieldKind::Date {
                range,
                deadline_days: raw.deadline_days.as_ref().map(|days| *days.get_ref()),
            }
        }
        "phone" => FieldKind::Phone,
        "email" => FieldKind::Email,
        "number" => {
            let (min, max) = (raw.min.unwrap_or(0), raw.max.unwrap_or(i64::from(u32::MAX)));
            if min > max {
                diagnostics.push(at.error(
                    &raw.id,
                    format!("field `{id}`: min {min} is larger than max {max}"),
                    "swap `min` and `max`",
                ));
            }
            FieldKind::Number { min, max }
        }
        "choice" => {
            if raw.options.len() < 2 {
                diagnostics.push(at.error(
                    &raw.id,
                    format!("choice field `{id}` needs at least two options"),
                    "add `options = [{ value = \"…\", label = \"message-id\" }, …]`",
                ));
            }
            FieldKind::Choice {
                options: choices(&raw.options),
                other: raw.other.as_ref().map(|other| OtherAnswer {
                    label: other.get_ref().label.get_ref().clone(),
                    prompt: other.get_ref().prompt.get_ref().clone(),
                    max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
                }),
            }
        }
        "yes_no" => FieldKind::YesNo,
        "interpreter" => FieldKind::Interpreter,
        "photos" => {
            let min = raw.min.unwrap_or(1);
            let max = raw.max.unwrap_or(min.max(1));
            if min < 0 || max < 1 || min > max || max > 20 {
                diagnostics.push(at.error(&raw.id, format!("photos field `{id}`: min {min} / max {max} is not a range from 0..20 with min ≤ max and max ≥ 1"), "write e.g. `min = 1` and `max = 4`"));
            }
            let file_name = raw
                .file_name
                .as_ref()
                .map_or_else(|| id.clone(), |f| f.get_ref().clone());
            if !file_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                || file_name.is_empty()
            {
                diagnostics.push(at.error(
                    raw.file_name.as_ref().unwrap_or(&raw.id),
                    format!("file name `{file_name}` of field `{id}` is not plain ASCII"),
                    "use letters, digits, `-` and `_` only, e.g. `file_name = \"reisepass\"`",
                ));
            }
            FieldKind::Photos {
                min: min.clamp(0, 20) as usize,
                max: max.clamp(1, 20) as usize,
                file_name,
                allow_pdf: raw.allow_pdf,
            }
        }
        "appointment" => FieldKind::Appointment {
            options: if raw.options.is_empty() {
                default_appointment_options()
            } else {
                choices(&raw.options)
            },
        },
        other => {
            diagnostics.push(at.error(&raw.kind, format!("unknown field kind `{other}` in field `{id}`"), "use one of: text, code, name, address, date, phone, email, number, choice, yes_no, interpreter, photos, appointment"));
            return None;
        }
    };
    if let Some(other) = &raw.other
        && !matches!(kind, FieldKind::Choice { .. })
    {
        diagnostics.push(at.error(
            other,
            format!(
                "field `{id}` is of kind `{}`: only a choice can have `other`",
                kind.name()
            ),
            "remove `other`, or make the field `kind = \"choice\"` with `options`",
        ));
    }
    if let Some(days) = &raw.deadline_days
        && !matches!(kind, FieldKind::Date { .. })
    {
        diagnostics.push(at.error(
            days,
            format!(
                "field `{id}` is of kind `{}`: only a date can have `deadline_days`",
                kind.name()
            ),
            "remove `deadline_days`, or put it on the date that starts the deadline",
        ));
    }
    let mediators = match &raw.mediators {
        Some(flag) if *flag.get_ref() && !matches!(kind, FieldKind::Text { .. }) => {
            diagnostics.push(at.error(
                flag,
                format!("field `{id}` is of kind `{}`: only free text (kind `text`) can go to the language mediators", kind.name()),
                "remove `mediators = true`; names, dates, phone numbers and photos never go to the mediators",
            ));
            false
        }
        Some(flag) => *flag.get_ref(),
        None => false,
    };
    Some(Field {
        id,
        prompt: raw.prompt.into_inner(),
        label: raw.label.into_inner(),
        optional: raw.optional,
        kind,
        mediators,
        another_person: raw.another_person,
        source: at.at(&raw.id),
    })
}

fn check_id(at: &Locator<'_>, id: &Spanned<String>, what: &str, diagnostics: &mut Diagnostics) {
    let value = id.get_ref();
    let valid = !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !valid {
        diagnostics.push(at.error(
            id,
            format!("{what} `{value}` is not 1–{MAX_ID_LEN} lowercase letters, digits, `-` or `_`"),
            "rename it, e.g. `register-form`",
        ));
    }
}

/// A deliberately loose check: the mail server has the last word, this catches typos.
/// Whether an office's number can be dialled as written: digits, spaces and `+ / - ( )`
/// only, a `+` only first, and 6 to 15 digits.
fn is_dialable_office_number(number: &str) -> bool {
    let number = number.trim();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    number
        .chars()
        .all(|c| c.is_ascii_digit() || " +/-()".contains(c))
        && !number.chars().skip(1).any(|c| c == '+')
        && (6..=15).contains(&digits)
}

pub(crate) fn is_plausible_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
        })
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(&str, &str)]) -> (Option<Flow>, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            fs::write(dir.path().join(name), text).unwrap();
        }
        let mut diagnostics = Diagnostics::default();
        let flow = load_dir(dir.path(), &mut diagnostics);
        (flow, diagnostics)
    }

    /// Open now until when, or when next: later today, tomorrow, after a weekend.
    #[test]
    fn whether_an_office_is_open_now() {
        let hours: Vec<OpeningHours> = ["Mo–Fr 8:30–12:00", "Do 14:00–17:30"]
            .iter()
            .map(|line| OpeningHours::parse(line).unwrap())
            .collect();
        // 2026-12-03 is a Thursday.
        let at = |day: u32, hour: u32, minute: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, day)
                .unwrap()
                .and_hms_opt(hour, minute, 0)
                .unwrap()
        };
        assert_eq!(
            open_now(&hours, at(3, 8, 30)),
            Some(OpenNow::Until(12 * 60))
        );
        assert_eq!(
            open_now(&hours, at(3, 11, 59)),
            Some(OpenNow::Until(12 * 60))
        );
        let opens = |days_ahead, weekday, from| {
            Some(OpenNow::Opens {
                days_ahead,
                weekday,
                from,
            })
        };
        assert_eq!(open_now(&hours, at(3, 12, 0)), opens(0, 4, 14 * 60));
        assert_eq!(open_now(&hours, at(3, 7, 0)), opens(0, 4, 8 * 60 + 30));
        assert_eq!(open_now(&hours, at(3, 18, 0)), opens(1, 5, 8 * 60 + 30));
        // Friday afternoon, Saturday, Sunday: Monday morning.
        assert_eq!(open_now(&hours, at(4, 13, 0)), opens(3, 1, 8 * 60 + 30));
        assert_eq!(open_now(&hours, at(5, 10, 0)), opens(2, 1, 8 * 60 + 30));
        assert_eq!(open_now(&hours, at(6, 23, 59)), opens(1, 1, 8 * 60 + 30));
        // Open one day a week, after its hours: a week later.
        let monday = [OpeningHours::parse("Mo 9–12").unwrap()];
        assert_eq!(open_now(&monday, at(7, 13, 0)), opens(7, 1, 9 * 60));
        assert_eq!(open_now(&[], at(7, 13, 0)), None);
    }

    /// Opening hours as administrators write them.
    #[test]
    fn opening_hours_are_read_as_offices_write_them() {
        for (line, days, from, to) in [
            ("Mo–Fr 8:30–12:00", vec![1, 2, 3, 4, 5], 510, 720),
            ("Do 14–18 Uhr", vec![4], 840, 1080),
            ("Mo, Mi 8:30-12", vec![1, 3], 510, 720),
            ("Montag, Donnerstag: 9.00 – 12.00 Uhr", vec![1, 4], 540, 720),
            ("Sat 10:00–13:00", vec![6], 600, 780),
            ("Mo–Mi, Fr 8–12", vec![1, 2, 3, 5], 480, 720),
        ] {
            assert_eq!(
                OpeningHours::parse(line),
                Ok(OpeningHours { days, from, to }),
                "{line}"
            );
        }
    }

    /// A TOML syntax error is reported with the line it is on.
    #[test]
    fn syntax_error_names_line() {
        let (_, d) = load(&[(
            "a.toml",
            "[flow]\nstart = \"main\"\n\n[[node]]\nid = \"main\nkind = \"menu\"\n",
        )]);
        let e = d.errors().next().expect("an error");
        assert!(e.file.ends_with("a.toml"));
        assert_eq!(e.line, Some(5), "{e}");
    }

    /// An unknown key is named, with the line, instead of being ignored.
    #[test]
    fn unknown_key_is_an_error() {
        let (_, d) = load(&[(
            "a.toml",
            "[flow]\nstart = \"main\"\n[[node]]\nid = \"main\"\nkind = \"menu\"\ntxt = \"x\"\n",
        )]);
        let e = d.errors().next().expect("an error");
        assert_eq!(e.line, Some(6), "{e}");
        assert!(e.problem.contains("txt"), "{e}");
    }

    /// Every wrong key and value of a file is reported in one load, each at its line, and
    /// the rest of the file is still read.
    #[test]
    fn every_problem_of_a_file_is_reported() {
        let (flow, d) = load(&[(
            "a.toml",
            "[flow]\nstart = \"main\"\n[[node]]\nid = \"main\"\nkind = \"menu\"\ntxt = \"x\"\n[[node]]\nid = \"info\"\nkind = \"page\"\ntext = 5\n[[node]]\nid = \"more\"\nkind = \"page\"\ntext = \"t\"\noptionz = []\n",
        )]);
        // First the file's own problems, then what the checks of the rest find (`main` has
        // neither text nor options).
        let lines: Vec<Option<usize>> = d.errors().take(3).map(|e| e.line).collect();
        assert_eq!(lines, [Some(6), Some(10), Some(15)], "{d}");
        let errors: Vec<String> = d.errors().map(ToString::to_string).collect();
        assert!(
            errors[0].contains("`node[0].txt`") && errors[0].contains("did you mean `text`?"),
            "{d}"
        );
        assert!(
            errors[1].contains("`node[1].text` must be text in quotes"),
            "{d}"
        );
        assert!(errors[2].contains("did you mean `options`?"), "{d}");
        assert!(flow.is_some_and(|f| f.node("more").is_some()), "{d}");
    }

    /// Duplicate node ids across files name both places.
    #[test]
    fn duplicate_node_names_both_files() {
        let node = "[[node]]\nid = \"main\"\nkind = \"page\"\ntext = \"t\"\n";
        let (_, d) = load(&[
            ("a.toml", &format!("[flow]\nstart = \"main\"\n{node}")),
            ("b.toml", node),
        ]);
        let e = d.errors().next().expect("an error");
        assert!(e.file.ends_with("b.toml"), "{e}");
        assert!(e.problem.contains("a.toml:4"), "{e}");
    }

    /// Field kinds and their extra keys are read into the typed model.
    #[test]
    fn fields_are_typed() {
        let text = r#"
[flow]
start = "f"
[[node]]
id = "f"
kind = "form"
institution = "x"
title = "t"
[[node.field]]
id = "birth"
kind = "date"
range = "past"
prompt = "p"
label = "l"
[[node.field]]
id = "pass"
kind = "photos"
min = 1
max = 3
file_name = "reisepass"
prompt = "p"
label = "l"
"#;
        let (flow, d) = load(&[("a.toml", text)]);
        assert!(!d.has_errors(), "{d}");
        let form = flow.unwrap().form("f").unwrap().clone();
        assert!(matches!(
            form.fields[0].kind,
            FieldKind::Date {
                range: DateRange::Past,
                ..
            }
        ));
        assert!(
            matches!(&form.fields[1].kind, FieldKind::Photos { min: 1, max: 3, file_name, .. } if file_name == "reisepass")
        );
        assert_eq!(form.fields[1].source.line, 16);
    }

    /// A choice may take an answer of one's own (`other`); any other kind may not, and the
    /// error says where and what to do.
    #[test]
    fn other_answers_belong_to_choices() {
        let text = r#"
[flow]
start = "f"
[[node]]
id = "f"
kind = "form"
institution = "x"
title = "t"
[[node.field]]
id = "country"
kind = "choice"
prompt = "p"
label = "l"
options = [{ value = "SY", label = "country-sy" }, { value = "AF", label = "country-af" }]
other = { label = "button-other-country", prompt = "field-nationality-other" }
max_length = 80
[[node.field]]
id = "street"
kind = "address"
prompt = "p"
label = "l"
other = { label = "b", prompt = "q" }
"#;
        let (flow, d) = load(&[("a.toml", text)]);
        let errors: Vec<String> = d.errors().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 1, "{d}");
        assert!(errors[0].contains("a.toml:22"), "{d}");
        assert!(errors[0].contains("only a choice can have `other`"), "{d}");
        let form = flow.unwrap().form("f").unwrap().clone();
        assert!(matches!(
            &form.fields[0].kind,
            FieldKind::Choice { options, other: Some(other) }
                if options.len() == 2
                    && other.label == "button-other-country"
                    && other.prompt == "field-nationality-other"
                    && other.max_length == 80
        ));
        assert!(matches!(form.fields[1].kind, FieldKind::Address { .. }));
    }

    /// A date may start a deadline (`deadline_days`); another kind may not, and the error
    /// says where and what to do.
    #[test]
    fn deadlines_belong_to_dates() {
        let text = r#"
[flow]
start = "f"
[[node]]
id = "f"
kind = "form"
institution = "x"
title = "t"
[[node.field]]
id = "moved"
kind = "date"
deadline_days = 14
prompt = "p"
label = "l"
[[node.field]]
id = "phone"
kind = "phone"
deadline_days = 14
prompt = "p"
label = "l"
"#;
        let (flow, d) = load(&[("a.toml", text)]);
        let errors: Vec<String> = d.errors().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 1, "{d}");
        assert!(errors[0].contains("a.toml:18"), "{d}");
        assert!(
            errors[0].contains("only a date can have `deadline_days`"),
            "{d}"
        );
        let form = flow.unwrap().form("f").unwrap().clone();
        assert!(matches!(
            form.fields[0].kind,
            FieldKind::Date {
                deadline_days: Some(14),
                ..
            }
        ));
    }

    #[test]
    fn email_plausibility() {
        assert!(is_plausible_email("a.b@example.org"));
        for bad in [
            "",
            "a@b",
            "@example.org",
            "a b@example.org",
            "a@example.org\r\nBcc: x@y.z",
            "a@.org",
        ] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }
}
