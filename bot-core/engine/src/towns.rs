//! Several municipalities in one deployment: which one a person talks to, and handing each
//! step to that municipality's [`Engine`].
//!
//! A person reaches a municipality by a deep link (`/start kalletal`, `/start
//! kalletal_ar_register`), by a bot of its own (the runtime binds a channel to one), or by
//! choosing it from a short list when nothing else decided it. The choice is kept in
//! [`Session::municipality`]; `/town` (or `/ort`, or the last button of the main menu) shows
//! the list again. Switching drops the unfinished forms and leaves the conversation at the
//! new municipality's start: nothing half-filled is carried from one town to the other.
//!
//! Each municipality's engine sees only its own part of the session: requests and open
//! cases of another municipality (recognised by their institution, whose id is unique in
//! a deployment: `kompass check` says so) are taken out for the step and put back after,
//! so `/status` lists this town's requests and no office of another town is written to.
//! The store always sees the whole session, so `/delete` and retention erase everything.

use std::collections::BTreeMap;

use crate::action::Action;
use crate::content::{Diagnostic, Flow, Institution, NodeKind};
use crate::engine::{
    Button, Command, CommandText, Engine, Guess, Input, Message, Output, RequestSummary, Session,
    State, StepContext, guess_language, is_rtl, match_button, match_button_loosely,
};

/// A municipality's id: lowercase ASCII letters, digits and `-`, at most this long. No `_`:
/// it separates the id from the rest of a deep link (`kalletal_ar_register`).
pub const MAX_TOWN_ID: usize = crate::action::MAX_ID_BYTES;

/// The commands that show the list of municipalities.
pub const TOWN_COMMANDS: [&str; 2] = ["town", "ort"];

/// One municipality: its id (in deep links, buttons and metrics), its name as people
/// read it (not translated), and the engine over its content.
#[derive(Debug, Clone)]
pub struct Town {
    pub id: String,
    pub name: String,
    pub engine: Engine,
}

/// Every municipality of a deployment, in the order of the configuration.
#[derive(Debug, Clone)]
pub struct Towns {
    towns: Vec<Town>,
    /// Configured by name (`[[municipality]]`): deep links carry the id, metrics a label.
    /// A deployment without such tables is one unnamed municipality and behaves as before.
    named: bool,
}

/// Why a municipality's id cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "municipality id `{0}` is not 1–{MAX_TOWN_ID} lowercase letters, digits or `-` (and not `menu`)"
)]
pub struct BadTownId(pub String);

/// Why a list of municipalities cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TownsError {
    #[error(transparent)]
    BadId(#[from] BadTownId),
    #[error("municipality id `{0}` is used twice")]
    Twice(String),
    #[error("no municipality")]
    None,
}

/// Checks a municipality's id (see [`MAX_TOWN_ID`]).
pub fn check_id(id: &str) -> Result<(), BadTownId> {
    let valid = !id.is_empty()
        && id.len() <= MAX_TOWN_ID
        && id != "menu"
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(())
    } else {
        Err(BadTownId(id.to_string()))
    }
}

impl Towns {
    /// A deployment of one municipality, configured the old way (`[content]` only).
    pub fn single(engine: Engine) -> Self {
        Self {
            towns: vec![Town {
                id: "default".into(),
                name: String::new(),
                engine,
            }],
            named: false,
        }
    }

    /// Municipalities configured by name: at least one, each id passing [`check_id`] and
    /// used once (the configuration checks all three first).
    pub fn named(towns: Vec<Town>) -> Result<Self, TownsError> {
        let mut seen = std::collections::BTreeSet::new();
        for town in &towns {
            check_id(&town.id)?;
            if !seen.insert(town.id.as_str()) {
                return Err(TownsError::Twice(town.id.clone()));
            }
        }
        if towns.is_empty() {
            return Err(TownsError::None);
        }
        Ok(Self { towns, named: true })
    }

    pub fn all(&self) -> &[Town] {
        &self.towns
    }

    /// The first municipality: for what all share (the German caseworker texts).
    pub fn first(&self) -> &Town {
        // `single` and `named` never build an empty list.
        &self.towns[0]
    }

    pub fn get(&self, id: &str) -> Option<&Town> {
        self.towns.iter().find(|town| town.id == id)
    }

    /// Whether municipalities are configured by name (metrics get a `municipality` label).
    pub fn is_named(&self) -> bool {
        self.named
    }

    /// The municipality whose flow has `institution` (ids are unique in a deployment), else
    /// the first.
    pub fn of_institution(&self, institution: &str) -> &Town {
        self.towns
            .iter()
            .find(|town| {
                town.engine
                    .content()
                    .flow
                    .institution(institution)
                    .is_some()
            })
            .unwrap_or_else(|| self.first())
    }

    /// The municipality a session talks to (the first before a choice).
    pub fn of_session(&self, session: &Session) -> &Town {
        session
            .municipality
            .as_deref()
            .and_then(|id| self.get(id))
            .unwrap_or_else(|| self.first())
    }

    /// The label for metrics: the municipality's id, when they are named.
    pub fn label<'a>(&self, town: &'a Town) -> Option<&'a str> {
        self.named.then_some(town.id.as_str())
    }

    /// One step: decides the municipality (a channel `bound` to one, a deep link, the list),
    /// then hands the input to its engine.
    pub fn step(
        &self,
        session: &mut Session,
        input: Input,
        ctx: &mut StepContext<'_>,
        bound: Option<&str>,
    ) -> Vec<Output> {
        if !self.named {
            return self.first().engine.step(session, input, ctx);
        }
        // A bot of the municipality's own: that bot is the town. A deep link's town id is
        // dropped (`/start lindenau_ar` is `/start ar` there), whichever town it names.
        if let Some(town) = bound.and_then(|id| self.get(id)) {
            if session.municipality.as_deref() != Some(town.id.as_str()) {
                switch(session, &town.id);
            }
            session.choosing_town = false;
            let input = match input {
                Input::Command(Command::Start(Some(payload))) => {
                    let rest = match self.in_payload(&payload) {
                        Some((_, rest)) => rest.map(str::to_string),
                        None => Some(payload),
                    };
                    Input::Command(Command::Start(rest))
                }
                other => other,
            };
            return self.delegate(town, session, input, ctx, false);
        }
        // A deep link naming a municipality: `/start kalletal_ar_register`.
        if let Input::Command(Command::Start(Some(payload))) = &input
            && let Some((town, rest)) = self.in_payload(payload)
        {
            if session.municipality.as_deref() != Some(town.id.as_str()) {
                switch(session, &town.id);
            }
            session.choosing_town = false;
            let start = Input::Command(Command::Start(rest.map(str::to_string)));
            return self.delegate(town, session, start, ctx, true);
        }
        // A conversation from before the deployment named its municipalities belongs to
        // the first one (list it first when adding towns to a running deployment).
        if session.municipality.is_none()
            && (session.language.is_some() || session.state != State::New)
        {
            session.municipality = Some(self.first().id.clone());
        }
        match &input {
            Input::Button(data) => match Action::parse(data) {
                Ok(Action::TownMenu) => return self.show_list(session, ctx),
                Ok(Action::Town(id)) if self.get(&id).is_some() => {
                    return self.choose(&id, session, ctx);
                }
                _ => {}
            },
            Input::Text(text) if is_town_command(text) => return self.show_list(session, ctx),
            Input::Text(text) if session.choosing_town || session.municipality.is_none() => {
                let list = self.list(session, ctx);
                // A town's name as people type it ("kalletal", "Lind") counts too.
                if let Some(data) =
                    match_button(&list, text).or_else(|| match_button_loosely(&list, text))
                    && let Ok(Action::Town(id)) = Action::parse(&data)
                {
                    return self.choose(&id, session, ctx);
                }
            }
            _ => {}
        }
        let town = match session.municipality.as_deref().and_then(|id| self.get(id)) {
            Some(town) => town,
            // One municipality configured by name: nothing to choose.
            None if self.towns.len() == 1 => {
                let id = self.first().id.clone();
                switch(session, &id);
                self.first()
            }
            None => {
                // Whether a first message or a link was read already: then a text that
                // names no town is no first message, but an answer the list does not take.
                let read_before = session.start_after_town.is_some()
                    || session.guess_after_town.is_some()
                    || !session.topic_after_town.is_empty();
                match &input {
                    // A link without a town (`/start ar_register`): followed after the choice.
                    Input::Command(Command::Start(payload)) => {
                        session.start_after_town.clone_from(payload);
                    }
                    // A first message clearly in one language: the list in it, and that
                    // language after the choice, with the page it names in each town
                    // (only the code and node ids are kept, not the text).
                    Input::Text(text)
                        if session.language.is_none() && session.start_after_town.is_none() =>
                    {
                        // Not clear enough to switch ("Merhaba, adresimi kaydettirmek
                        // istiyorum" was): the list in every language, and the language
                        // proposed after the choice. A later word ("evet" at the list)
                        // keeps what the first message said, unless it says more.
                        match self.language_of(text, ctx) {
                            Guess::Language {
                                code,
                                confident: true,
                            } => {
                                session.start_after_town = Some(code);
                                session.guess_after_town = None;
                            }
                            Guess::Language {
                                code,
                                confident: false,
                            } if session.guess_after_town.is_none() => {
                                session.guess_after_town = Some(code);
                            }
                            _ => {}
                        }
                        let read_in = session
                            .start_after_town
                            .as_ref()
                            .or(session.guess_after_town.as_ref());
                        if let Some(lang) = read_in {
                            let topics: BTreeMap<String, String> = self
                                .towns
                                .iter()
                                .filter_map(|town| {
                                    let topic = town.engine.first_message_topic(text, lang)?;
                                    Some((town.id.clone(), topic))
                                })
                                .collect();
                            if !topics.is_empty() {
                                session.topic_after_town = topics;
                            }
                        }
                    }
                    _ => {}
                }
                // Typed at the list on screen and no town ("evet", "yes"): said so, in the
                // language the person most likely reads, not the list again in silence.
                let again = read_before && session.choosing_town && matches!(input, Input::Text(_));
                let mut outputs = self.show_list(session, ctx);
                if again
                    && let Some(lang) = self
                        .list_language(session, ctx)
                        .or_else(|| session.guess_after_town.clone())
                    && let Some(Output::Say(list)) = outputs.first_mut()
                {
                    let note = self.first().engine.text(&lang, "not-understood");
                    list.text = format!("{note}\n\n{}", list.text);
                }
                // An emergency ("my child is not breathing") does not wait for the town: the
                // town's `urgent` page comes above the list, in the likely language.
                if let Some(numbers) = self.urgent_page_named(session)
                    && let Some(Output::Say(list)) = outputs.first_mut()
                {
                    list.text = format!("{numbers}\n\n{}", list.text);
                }
                return outputs;
            }
        };
        // Anything else while the list is shown leaves it: a command, a menu's button.
        session.choosing_town = false;
        // The main menu's last button, typed by its number or label.
        if let Input::Text(text) = &input
            && self.towns.len() > 1
            && let Some(Action::TownMenu) = self
                .main_menu(town, session, ctx)
                .and_then(|menu| match_button(&menu, text))
                .and_then(|data| Action::parse(&data).ok())
        {
            return self.show_list(session, ctx);
        }
        self.delegate(town, session, input, ctx, true)
    }

    /// What the person sees now, as after a restart.
    pub fn current_prompt(&self, session: &Session, ctx: &StepContext<'_>) -> Output {
        if !self.named {
            return self.first().engine.current_prompt(session, ctx);
        }
        if session.choosing_town || self.undecided(session) {
            return Output::Say(self.list(session, ctx));
        }
        let town = self.of_session(session);
        let mut session = session.clone();
        let hidden = hide_other_towns(town, &mut session);
        let mut output = town.engine.current_prompt(&session, ctx);
        restore(&mut session, hidden);
        if let Output::Say(message) = &mut output {
            self.add_town_button(town, &session, message, ctx);
        }
        output
    }

    /// Runs `body` with `town`'s engine on the part of `session` that belongs to it (see
    /// the module docs): for caseworkers' messages, reminders and notices.
    pub fn scoped<R>(
        &self,
        town: &Town,
        session: &mut Session,
        body: impl FnOnce(&Engine, &mut Session) -> R,
    ) -> R {
        if !self.named {
            return body(&town.engine, session);
        }
        let hidden = hide_other_towns(town, session);
        let result = body(&town.engine, session);
        restore(session, hidden);
        result
    }

    /// The language `text` is written in, by the first municipality's word lists:
    /// `confident` where they leave no doubt (as the engine switches without asking).
    fn language_of(&self, text: &str, ctx: &StepContext<'_>) -> Guess {
        let locales = &self.first().engine.content().locales;
        let supported: Vec<&str> = locales.languages().collect();
        guess_language(text, locales.words(), &supported, ctx.language_hint)
    }

    fn undecided(&self, session: &Session) -> bool {
        self.towns.len() > 1
            && session
                .municipality
                .as_deref()
                .and_then(|id| self.get(id))
                .is_none()
    }

    /// `kalletal`, `kalletal_ar`, `kalletal_ar_register`: the municipality and the rest.
    fn in_payload<'p>(&self, payload: &'p str) -> Option<(&Town, Option<&'p str>)> {
        let payload = payload.trim();
        let (id, rest) = match payload.split_once('_') {
            Some((id, rest)) => (id, Some(rest).filter(|rest| !rest.is_empty())),
            None => (payload, None),
        };
        Some((self.get(id)?, rest))
    }

    fn choose(&self, id: &str, session: &mut Session, ctx: &mut StepContext<'_>) -> Vec<Output> {
        let Some(town) = self.get(id) else {
            return self.show_list(session, ctx);
        };
        session.choosing_town = false;
        // A town chosen from the list: its welcome, which names it.
        session.welcomed = false;
        let input = if session.municipality.as_deref() == Some(id) {
            // The same town again: its main menu, with forms and cases as they were.
            Input::Command(Command::Menu)
        } else {
            switch(session, id);
            let start = session.start_after_town.take();
            let topic = std::mem::take(&mut session.topic_after_town).remove(id);
            // The likely language proposed, with the page the message named to follow; the
            // town's `urgent` page at once in it.
            let guess = session
                .guess_after_town
                .take()
                .filter(|guess| town.engine.content().locales.has_language(guess));
            let urgent = town.engine.content().flow.urgent.as_ref().map(|(id, _)| id);
            let (start, topic) = match guess {
                Some(guess) if start.is_none() && topic.is_some() && topic.as_ref() == urgent => {
                    (Some(guess), topic)
                }
                Some(guess) if start.is_none() => {
                    session.state = State::ConfirmingLanguage { guess, then: topic };
                    return vec![self.current_prompt(session, ctx)];
                }
                _ => (start, topic),
            };
            let start = match (start, topic) {
                (Some(lang), Some(node)) if town.engine.content().locales.has_language(&lang) => {
                    Some(format!("{lang}_{node}"))
                }
                (start, _) => start,
            };
            Input::Command(Command::Start(start))
        };
        self.delegate(town, session, input, ctx, true)
    }

    /// The text of a town's `urgent` page, where the first message named it there (the
    /// emergency numbers), in the language it is likely written in.
    fn urgent_page_named(&self, session: &Session) -> Option<String> {
        let lang = session
            .start_after_town
            .as_ref()
            .or(session.guess_after_town.as_ref())?;
        self.towns.iter().find_map(|town| {
            let flow = &town.engine.content().flow;
            let (urgent, _) = flow.urgent.as_ref()?;
            if session.topic_after_town.get(&town.id) != Some(urgent) {
                return None;
            }
            match &flow.node(urgent)?.kind {
                NodeKind::Page { text, .. } => Some(town.engine.text(lang, text)),
                _ => None,
            }
        })
    }

    /// The language the list is asked in: the one chosen, else the waiting link's (`ar` of
    /// `ar_register`), else the messenger's; `None`: every language.
    fn list_language(&self, session: &Session, ctx: &StepContext<'_>) -> Option<String> {
        let engine = &self.of_session(session).engine;
        let locales = &engine.content().locales;
        let linked = session
            .start_after_town
            .as_deref()
            .and_then(|payload| payload.split('_').next())
            .filter(|code| locales.has_language(code))
            .map(str::to_string);
        engine.best_language(session).or(linked).or_else(|| {
            let hint = ctx
                .language_hint?
                .split(['-', '_'])
                .next()?
                .to_ascii_lowercase();
            locales.has_language(&hint).then_some(hint)
        })
    }

    fn show_list(&self, session: &mut Session, ctx: &StepContext<'_>) -> Vec<Output> {
        session.choosing_town = true;
        vec![Output::Say(self.list(session, ctx))]
    }

    /// "Where do you live?" and a button per municipality. Before a language is known, the
    /// question is asked in every language there are texts in (one short line each).
    fn list(&self, session: &Session, ctx: &StepContext<'_>) -> Message {
        let engine = &self.of_session(session).engine;
        let lang = self.list_language(session, ctx);
        let text = match &lang {
            Some(lang) => engine.text(lang, "town-question"),
            None => engine
                .languages()
                .iter()
                .map(|lang| engine.text(lang, "town-question"))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let buttons = self
            .towns
            .iter()
            .map(|town| Button::new(town.name.clone(), &Action::Town(town.id.clone())))
            .collect();
        Message {
            text,
            buttons,
            rtl: lang.as_deref().is_some_and(is_rtl),
            numbers_are_answers: false,
        }
    }

    /// The step on `town`'s engine, on its part of the session; at the main menu a last
    /// button leads to the list (`with_town_button`, not for a bot bound to one town).
    fn delegate(
        &self,
        town: &Town,
        session: &mut Session,
        input: Input,
        ctx: &mut StepContext<'_>,
        with_town_button: bool,
    ) -> Vec<Output> {
        let hidden = hide_other_towns(town, session);
        let mut outputs = town.engine.step(session, input, ctx);
        restore(session, hidden);
        if with_town_button
            && let Some(Output::Say(message)) = outputs
                .iter_mut()
                .rev()
                .find(|output| output.message().is_some_and(|m| !m.buttons.is_empty()))
        {
            self.add_town_button(town, session, message, ctx);
        }
        outputs
    }

    /// The main menu's prompt as `town`'s engine shows it, or `None` elsewhere.
    fn main_menu(&self, town: &Town, session: &Session, ctx: &StepContext<'_>) -> Option<Message> {
        let start = &town.engine.content().flow.start;
        if !matches!(&session.state, State::AtNode { node } if node == start) {
            return None;
        }
        let mut scoped = session.clone();
        hide_other_towns(town, &mut scoped);
        let Output::Say(mut menu) = town.engine.current_prompt(&scoped, ctx) else {
            return None;
        };
        self.push_town_button(&mut menu, session, ctx);
        Some(menu)
    }

    /// Adds "Change town" to `message` when it is the main menu.
    fn add_town_button(
        &self,
        town: &Town,
        session: &Session,
        message: &mut Message,
        ctx: &StepContext<'_>,
    ) {
        let start = &town.engine.content().flow.start;
        if self.towns.len() > 1 && matches!(&session.state, State::AtNode { node } if node == start)
        {
            self.push_town_button(message, session, ctx);
        }
    }

    fn push_town_button(&self, message: &mut Message, session: &Session, ctx: &StepContext<'_>) {
        let engine = &self.of_session(session).engine;
        let lang = engine.best_language(session).unwrap_or_else(|| {
            ctx.language_hint
                .and_then(|hint| hint.split(['-', '_']).next())
                .map(str::to_ascii_lowercase)
                .filter(|hint| engine.content().locales.has_language(hint))
                .unwrap_or_else(|| "en".to_string())
        });
        message.buttons.push(Button::new(
            engine.text(&lang, "button-change-town"),
            &Action::TownMenu,
        ));
    }
}

/// What must hold across the municipalities of a deployment (`kompass check`): reference
/// prefixes tell their requests apart, and institution ids name one office (its caseworker
/// room, the order of its emails, the town a case belongs to), so both are unique.
pub fn check_across(towns: &[(&str, &Flow)]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut prefixes: BTreeMap<&str, (&str, &Flow)> = BTreeMap::new();
    let mut institutions: BTreeMap<&str, (&str, &Institution)> = BTreeMap::new();
    for (town, flow) in towns {
        match prefixes.get(flow.reference_prefix.as_str()) {
            Some((first, first_flow)) => problems.push(Diagnostic::error(
                &flow.start_source.file,
                Some(flow.start_source.line),
                format!(
                    "reference_prefix `{}` of municipality `{town}` is already used by `{first}` ({}): reference numbers would not tell their requests apart",
                    flow.reference_prefix,
                    first_flow.start_source.file.display()
                ),
                "give each municipality a prefix of its own in [flow], e.g. reference_prefix = \"LIN\"",
            )),
            None => {
                prefixes.insert(&flow.reference_prefix, (town, flow));
            }
        }
        for institution in flow.institutions.values() {
            match institutions.get(institution.id.as_str()) {
                Some((first, first_institution)) => problems.push(Diagnostic::error(
                    &institution.source.file,
                    Some(institution.source.line),
                    format!(
                        "institution id `{}` of municipality `{town}` is already used by `{first}` ({}:{}): an office's room and emails must belong to one municipality",
                        institution.id,
                        first_institution.source.file.display(),
                        first_institution.source.line
                    ),
                    format!(
                        "rename it (and its forms' `institution`), e.g. id = \"{town}-{}\"",
                        institution.id
                    ),
                )),
                None => {
                    institutions.insert(&institution.id, (town, institution));
                }
            }
        }
    }
    problems
}

/// `/town`, `/ort`, `!town`: show the list of municipalities.
fn is_town_command(text: &str) -> bool {
    CommandText::split(text, &['/', '!']).is_some_and(|command| {
        TOWN_COMMANDS
            .iter()
            .any(|word| command.word.eq_ignore_ascii_case(word))
    })
}

/// Now with municipality `id`: unfinished forms are dropped (their uploads with them, as
/// the runtime deletes uploads no draft holds), the way back and the screen start afresh;
/// the language, sent requests and open cases stay (each shown only in its own town).
fn switch(session: &mut Session, id: &str) {
    session.municipality = Some(id.to_string());
    // The new town's welcome.
    session.welcomed = false;
    session.drafts.clear();
    session.trail.clear();
    session.state = State::New;
}

/// What another municipality owns, taken out of a session for a step.
#[derive(Debug, Default)]
struct Hidden {
    requests: Vec<(usize, RequestSummary)>,
    open_cases: BTreeMap<String, String>,
}

fn hide_other_towns(town: &Town, session: &mut Session) -> Hidden {
    let flow = &town.engine.content().flow;
    let mut hidden = Hidden::default();
    let mut index = 0;
    session.requests.retain(|summary| {
        let own = flow.institution(&summary.institution).is_some();
        if !own {
            hidden.requests.push((index, summary.clone()));
        }
        index += 1;
        own
    });
    let (own, other): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut session.open_cases)
        .into_iter()
        .partition(|(institution, _)| flow.institution(institution).is_some());
    session.open_cases = own;
    hidden.open_cases = other;
    hidden
}

/// Puts back what [`hide_other_towns`] took, requests at their old places (new ones of the
/// step come after them).
fn restore(session: &mut Session, hidden: Hidden) {
    for (index, summary) in hidden.requests {
        let at = index.min(session.requests.len());
        session.requests.insert(at, summary);
    }
    session.open_cases.extend(hidden.open_cases);
}

#[cfg(test)]
mod tests;
