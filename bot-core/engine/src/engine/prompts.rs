//! Prompts: the question for the current state, with its buttons, and how answers are
//! shown back (the summary, files received).

use super::*;
use crate::answers::HourRelation;
use crate::content::{ANY_TIME, ChoiceOption, OpenNow};
use chrono::NaiveDateTime;

/// An office line ([`OFFICE_LINES`]) in one language: its text before and after the
/// person's words.
#[derive(Debug)]
pub(super) struct OfficeFrame {
    id: &'static str,
    lang: String,
    before: String,
    after: String,
}

/// The lines kept for the office in its language with the person's words, shown to the
/// person in theirs ([`Engine::office_lines_in`]).
const OFFICE_LINES: [&str; 5] = [
    "office-no-document",
    "office-no-family-name",
    "office-no-given-name",
    "office-no-address",
    "office-writer-details",
];

impl Engine {
    pub(super) fn prompt(&self, session: &Session, ctx: &StepContext<'_>) -> Output {
        let lang = self.lang(session, ctx);
        match &session.state {
            State::New | State::ChoosingLanguage { .. } => Output::Say(self.language_menu(ctx)),
            State::ConfirmingLanguage { guess, .. } => {
                let name = self.content.locales.language_name(guess);
                let text = self.ta(
                    guess,
                    "language-detected-confirm",
                    &[("language", name.clone().into())],
                );
                // The language guessed, marked, and "Other language": a Persian, a Russian
                // and a Dari field test typed "1" to say yes under every language numbered as
                // the language menu numbers them, and "1) العربية" switched to Arabic. (The
                // guess's number in that menu, shown before in the terminal and on Matrix,
                // still takes it: `Engine::on_text`.)
                let guessed = Action::Language(guess.clone());
                let buttons = vec![
                    Button::new(format!("✓ {name}"), &guessed),
                    Button::new(
                        self.t(guess, "button-other-language"),
                        &Action::LanguageMenu,
                    ),
                ];
                Output::Say(self.message(guess, text, buttons))
            }
            State::AtNode { node } => {
                Output::Say(self.node_prompt(session, node, &lang, ctx.local_now()))
            }
            State::InForm { form } => self.form_prompt(session, form, &lang, ctx.local_now()),
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
                let mut text = self.t(&lang, "delete-confirm");
                if let Some(stay) = self.sent_requests_stay(session, &lang) {
                    text = format!("{text}\n\n{stay}");
                }
                Output::Say(self.message(&lang, text, buttons))
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
            // One way, by email: what to add, and that the answer does not come here (a
            // field test of stop 61 read "You can answer here" on coming back).
            State::Talking {
                case: Some(reference),
                institution,
                ..
            } if self.one_way(institution, ctx) => {
                let text = self.ta(
                    &lang,
                    "person-addendum-start",
                    &[
                        ("reference", reference.as_str().into()),
                        (
                            "institution",
                            self.institution_label(institution, &lang).into(),
                        ),
                        (
                            "way",
                            Arg::Key(super::contact::answer_way_word(session, Some(reference))),
                        ),
                    ],
                );
                Output::Say(self.talking_message(&lang, text))
            }
            State::Talking { .. } => {
                Output::Say(self.talking_message(&lang, self.t(&lang, "person-reply-hint")))
            }
        }
    }

    /// A message shown while talking to a person, with Back and Main menu. A typed "1" is
    /// a message to the office here, not a button.
    pub(super) fn talking_message(&self, lang: &str, text: String) -> Message {
        let buttons = vec![
            Button::new(self.t(lang, "button-back"), &Action::Back),
            Button::new(self.t(lang, "button-main-menu"), &Action::MainMenu),
        ];
        Message {
            numbers_are_answers: true,
            ..self.message(lang, text, buttons)
        }
    }

    pub(super) fn institution_label(&self, institution: &str, lang: &str) -> String {
        self.content
            .flow
            .institution(institution)
            .map_or_else(|| institution.to_string(), |i| self.t(lang, &i.label))
    }

    /// What a sent request was, as the person chose it: its form's title ("Social
    /// benefits"), else the office it went to.
    pub(super) fn request_title(&self, request: &RequestSummary, lang: &str) -> String {
        match request
            .form
            .as_deref()
            .and_then(|id| self.content.flow.form(id))
        {
            Some(form) => self.t(lang, &form.title),
            None => self.institution_label(&request.institution, lang),
        }
    }

    pub(super) fn reprompt(&self, session: &Session, ctx: &StepContext<'_>, reply: &mut Reply) {
        reply.prompt(self.prompt(session, ctx));
    }

    /// Every language by its own name; the question in every language, the hinted first.
    pub(super) fn language_menu(&self, ctx: &StepContext<'_>) -> Message {
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

    pub(super) fn node_prompt(
        &self,
        session: &Session,
        node_id: &str,
        lang: &str,
        now: NaiveDateTime,
    ) -> Message {
        let flow = &self.content.flow;
        let Some(node) = flow.node(node_id) else {
            // Content changed under a stored session: fall back to the main menu.
            return self.node_prompt(session, &flow.start, lang, now);
        };
        let (text, options) = match &node.kind {
            NodeKind::Menu { text, options } | NodeKind::Page { text, options } => (text, options),
            NodeKind::Form(_) | NodeKind::Contact { .. } => {
                return self.node_prompt(session, &flow.start, lang, now);
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
        // Back and Main menu before the buttons a message adds (the topics it fits, a way
        // to a person, a request to write about): so the page's numbers do not shift when
        // they appear. A field test of stop 68 typed "2" for Back after a sentence the page
        // did not answer, and began a request with the button put in its place.
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
        // After a message that fits several topics: a button for each this menu has not
        // (an English field test: "Your message fits several topics … Please write its
        // name", and nothing to press).
        for (menu, option) in &session.offer_topics {
            let Some(topic) = flow.node(menu).and_then(|n| n.kind.options().get(*option)) else {
                continue;
            };
            if options.iter().any(|shown| shown.goto == topic.goto) {
                continue;
            }
            buttons.push(Button::new(
                self.t(lang, &topic.label),
                &Action::Go {
                    node: menu.clone(),
                    option: *option,
                },
            ));
        }
        // After a question the menus do not answer: "write to a person", unless this menu
        // has it already.
        if session.offer_person
            && let Some((menu, option, label)) = self.questions_option()
            && !options
                .iter()
                .any(|o| Some(&o.goto) == flow.questions.as_ref().map(|q| &q.0))
        {
            buttons.push(Button::new(
                self.t(lang, label),
                &Action::Go {
                    node: menu.to_string(),
                    option,
                },
            ));
        }
        // After "My requests": a button to write to the office about each open one, with
        // what it was about: "Message about KAL-2026-000002" under a dozen menu buttons left
        // a family with two requests to find the number in the list above.
        for reference in &session.offer_write_about {
            let title = session
                .request(reference)
                .map(|request| self.request_title(request, lang))
                .unwrap_or_default();
            buttons.push(Button::new(
                self.ta(
                    lang,
                    "button-write-about",
                    &[
                        ("reference", reference.as_str().into()),
                        ("title", title.into()),
                    ],
                ),
                &Action::WriteAbout {
                    reference: reference.clone(),
                },
            ));
        }
        // "✉️ To all my requests": a new phone number or address for every office.
        if session.offer_write_to_all && session.offer_write_about.len() >= 2 {
            buttons.push(Button::new(
                self.t(lang, "button-write-about-all"),
                &Action::WriteAboutAll,
            ));
        }
        // The welcome once ([`Session::welcomed`]); where the text has no `.again`, all of it.
        let again = (node_id == flow.start && session.welcomed)
            .then(|| self.content.locales.attribute(lang, text, "again"))
            .flatten();
        let text = again.unwrap_or_else(|| self.page_text(node, text, lang, now));
        self.message(lang, text, buttons)
    }

    /// A page's text (message `text`) with the name, address and hours of each office it
    /// shows below (`offices = [...]`).
    /// `now`: the time on the municipality's clocks ([`StepContext::local_now`]).
    pub(super) fn page_text(
        &self,
        node: &crate::content::Node,
        text: &str,
        lang: &str,
        now: NaiveDateTime,
    ) -> String {
        let mut text = self.t(lang, text);
        for (office, _) in &node.offices {
            if let Some(office) = self.content.flow.institution(office) {
                text.push_str("\n\n");
                text.push_str(&self.office_text(office, lang, now));
            }
        }
        text
    }

    /// An office as a page shows it: its name, address and opening hours, one a line
    /// ("Montag–Freitag 8:00–12:00, Donnerstag 14:00–18:00"), and whether it is open at
    /// `now` (its local time): "go there today" on a Saturday sent people to a closed door.
    pub(super) fn office_text(
        &self,
        office: &Institution,
        lang: &str,
        now: NaiveDateTime,
    ) -> String {
        let mut lines = vec![self.t(lang, &office.label)];
        lines.extend(office.address.clone());
        lines.extend(
            office
                .phone
                .as_deref()
                .map(|phone| self.ta(lang, "office-phone", &[("phone", phone.into())])),
        );
        lines.extend(self.hours_text(office, lang));
        lines.extend(self.open_now_text(office, lang, now));
        lines.join("\n")
    }

    /// [`Self::office_text`] with the office's email address below: what a person needs to
    /// call, visit or write to it.
    pub(super) fn office_text_with_email(
        &self,
        office: &Institution,
        lang: &str,
        now: NaiveDateTime,
    ) -> String {
        format!(
            "{}\n{}",
            self.office_text(office, lang, now),
            self.ta(
                lang,
                "office-email",
                &[("email", office.email.as_str().into())]
            )
        )
    }

    /// "Now open, until 12:00." or "Now closed. Open again: Monday from 8:30."; `None`
    /// without hours.
    pub(super) fn open_now_text(
        &self,
        office: &Institution,
        lang: &str,
        now: NaiveDateTime,
    ) -> Option<String> {
        Some(match crate::content::open_now(&office.hours, now)? {
            OpenNow::Until(until) => {
                self.ta(lang, "office-open-now", &[("until", clock(until).into())])
            }
            OpenNow::Opens {
                days_ahead,
                weekday,
                from,
            } => {
                let from = clock(from);
                match days_ahead {
                    0 => self.ta(lang, "office-opens-today", &[("from", from.into())]),
                    1 => self.ta(lang, "office-opens-tomorrow", &[("from", from.into())]),
                    _ => {
                        let day = self
                            .content
                            .locales
                            .date_words()
                            .weekday_name(lang, weekday)
                            .unwrap_or_default()
                            .to_string();
                        self.ta(
                            lang,
                            "office-opens-on",
                            &[("day", day.into()), ("from", from.into())],
                        )
                    }
                }
            }
        })
    }

    /// "Open: Monday–Friday 8:00–12:00, Thursday 14:00–18:00"; `None` without hours.
    pub(super) fn hours_text(&self, office: &Institution, lang: &str) -> Option<String> {
        if office.hours.is_empty() {
            return None;
        }
        let hours: Vec<String> = office
            .hours
            .iter()
            .map(|hours| {
                format!(
                    "{} {}–{}",
                    self.days_text(&hours.days, lang),
                    clock(hours.from),
                    clock(hours.to)
                )
            })
            .collect();
        let hours = self.list_text(&hours, lang);
        Some(self.ta(lang, "office-hours", &[("hours", hours.into())]))
    }

    /// Days of the week by name: three or more in a row as a range ("Montag–Freitag"),
    /// others one by one ("Montag, Mittwoch").
    fn days_text(&self, days: &[u8], lang: &str) -> String {
        let name = |day: u8| {
            self.content
                .locales
                .date_words()
                .weekday_name(lang, day)
                .unwrap_or_default()
                .to_string()
        };
        let mut parts = Vec::new();
        let mut rest = days;
        while let Some(&first) = rest.first() {
            let count = rest
                .iter()
                .zip(first..)
                .take_while(|(day, expected)| **day == *expected)
                .count();
            let (run, after) = rest.split_at(count);
            match run {
                [first, _, .., last] => parts.push(format!("{}–{}", name(*first), name(*last))),
                _ => parts.extend(run.iter().map(|day| name(*day))),
            }
            rest = after;
        }
        self.list_text(&parts, lang)
    }

    /// Items on one line, joined by `lang`'s own comma (`list-separator`: "، " in Arabic
    /// and Persian).
    pub(super) fn list_text(&self, items: &[impl AsRef<str>], lang: &str) -> String {
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        items.join(&self.t(lang, "list-separator"))
    }

    pub(super) fn form_prompt(
        &self,
        session: &Session,
        form_id: &str,
        lang: &str,
        now: NaiveDateTime,
    ) -> Output {
        let (Some(form), Some(draft)) =
            (self.content.flow.form(form_id), session.drafts.get(form_id))
        else {
            return Output::Say(self.node_prompt(session, &self.content.flow.start, lang, now));
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
                Some(field) => self.field_prompt(
                    form,
                    field,
                    index,
                    step,
                    draft,
                    (lang, session.spoken.as_deref()),
                ),
                // Unreachable once `repair` ran; shown rather than panicking.
                None => {
                    Output::Say(self.message(lang, self.summary(form, draft, lang), Vec::new()))
                }
            },
        }
    }

    pub(super) fn field_prompt(
        &self,
        form: &Form,
        field: &Field,
        index: usize,
        step: FieldStep,
        draft: &Draft,
        (lang, spoken): (&str, Option<&str>),
    ) -> Output {
        // The questions answered by the way into the form are not counted: they are not
        // asked.
        let given = |field: &Field| draft.given_before_the_form(&field.id);
        let given_before = form.fields.iter().take(index).filter(|f| given(f)).count();
        let given_all = form.fields.iter().filter(|f| given(f)).count();
        let progress = self.ta(
            lang,
            "form-progress",
            &[
                ("number", (index + 1 - given_before).into()),
                ("total", (form.fields.len() - given_all).into()),
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
        // Opened from the summary to change its answer: the change comes before the ✓ of
        // the answer kept.
        let correcting = matches!(
            draft.position,
            Position::Field {
                correcting: true,
                ..
            }
        );
        // A social worker answered "Do you need an interpreter?" for herself, and the mother
        // she wrote for, who speaks no German, got none (field test BP of stop 72): in a
        // request for someone else, the question is of the person.
        let mut question = if matches!(field.kind, FieldKind::Interpreter) && draft.for_relative {
            self.t(lang, "interpreter-question-for-someone")
        } else {
            self.t(lang, &field.prompt)
        };
        match (&field.kind, step) {
            (
                FieldKind::Choice {
                    other: Some(other), ..
                },
                FieldStep::OtherTyped,
            ) => question = self.t(lang, &other.prompt),
            // "No time fits": when the person can come, in their words, or skipped.
            (FieldKind::Appointment { .. }, FieldStep::OtherTyped) => {
                question = self.t(lang, "appointment-none-when");
                buttons.push(answer_button(
                    self.t(lang, "button-skip"),
                    FieldButton::Skip,
                ));
            }
            (FieldKind::Choice { options, .. } | FieldKind::Appointment { options }, _) => {
                // The option of the last request's answer with its ✓ ("✓ Syria"), not a
                // second button of it.
                let earlier = draft
                    .from_earlier
                    .contains(&field.id)
                    .then(|| draft.answers.get(&field.id))
                    .flatten();
                let is_earlier = |option: &ChoiceOption| matches!(earlier, Some(Answer::Choice(value)) if *value == option.value);
                // Options first for this language lead; the rest keep their order. The
                // button data keeps each option's own index, so a typed number is the
                // number shown. Options without a button are typed; the last answer's ✓
                // is shown.
                let mut shown: Vec<(usize, &ChoiceOption)> = options
                    .iter()
                    .enumerate()
                    .filter(|(_, option)| !option.typed_only || is_earlier(option))
                    .collect();
                // An appointment's times when the office is open: "Afternoons" was offered
                // for an office open 9–12 (a field test). Its hours are said with them.
                if let FieldKind::Appointment { .. } = field.kind
                    && let Some(office) = self.content.flow.institution(&form.institution)
                {
                    shown.retain(|(_, option)| office.open_for(None, &option.value));
                    if let Some(hours) = self.hours_text(office, lang) {
                        question.push('\n');
                        question.push_str(&hours);
                    }
                }
                shown.sort_by_key(|(_, option)| !option.first_for.iter().any(|l| l == lang));
                // First, as the ✓ of every other kept answer is: a field test of stop 58
                // pressed 1 at each ✓ question and sent Syria (option 1), where the ✓ was
                // Vietnam, option 11.
                // Not where it was opened from the summary to change it: last there.
                shown.sort_by_key(|(_, option)| is_earlier(option) == correcting);
                buttons.extend(shown.into_iter().map(|(k, option)| {
                    let label = self.t(lang, &option.label);
                    let label = if is_earlier(option) {
                        format!("✓ {label}")
                    } else {
                        label
                    };
                    answer_button(label, FieldButton::Option(k))
                }));
                if let FieldKind::Choice {
                    other: Some(other), ..
                } = &field.kind
                {
                    buttons.push(answer_button(
                        self.t(lang, &other.label),
                        FieldButton::Other,
                    ));
                }
            }
            // "No" kept from before is the No button with its ✓, first: beside "No" a
            // "✓ No interpreter needed" said the same twice (a field test of stop 68).
            (FieldKind::Interpreter, FieldStep::Main)
                if draft.answers.get(&field.id) == Some(&Answer::Interpreter(None)) =>
            {
                let no = answer_button(format!("✓ {}", self.t(lang, "button-no")), FieldButton::No);
                let yes = answer_button(self.t(lang, "button-yes"), FieldButton::Yes);
                // Opened from the summary to change it, the change comes first: "1" typed
                // out of habit kept "✓ Nein" (field test CT of stop 80).
                if correcting {
                    buttons.extend([yes, no]);
                } else {
                    buttons.extend([no, yes]);
                }
            }
            (FieldKind::YesNo, _) | (FieldKind::Interpreter, FieldStep::Main) => {
                buttons.push(answer_button(self.t(lang, "button-yes"), FieldButton::Yes));
                buttons.push(answer_button(self.t(lang, "button-no"), FieldButton::No));
            }
            (FieldKind::Interpreter, FieldStep::InterpreterLanguage) => {
                question = self.t(lang, "interpreter-language-question");
                let mut languages: Vec<_> = INTERPRETER_LANGUAGES.iter().collect();
                // The person's own first: the one their words with the request name ("I
                // write for my mom, she only speaks arabic" had English first; "هو يتكلم
                // كردي سوراني فقط" Kurmanji), else the one they named ("Dari"), else the
                // chat's.
                let theirs = self.language_said_with(draft);
                languages.sort_by_key(|(code, ..)| {
                    (
                        Some(*code) != theirs.as_deref(),
                        Some(*code) != spoken,
                        *code != lang,
                    )
                });
                // Each in its own name: the Telegram benchmark's script (shared, read-only)
                // presses "العربية" in a German chat. Typed in any language it counts, and
                // the summary names it so the writer can read it
                // (`interpreter_language_name`).
                buttons.extend(languages.iter().map(|(code, own, ..)| {
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
                let original = draft.pending_original.as_deref().unwrap_or_default();
                question = self.ta(lang, "name-latin-question", &[("name", original.into())]);
                if let Some(suggestion) =
                    script::latin_suggestion(original, lang, self.content.locales.name_spellings())
                {
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
            (FieldKind::Name { .. }, FieldStep::NameInBoth) => {
                if let Some(both) = forms::name_in_both(form, draft, index) {
                    // Both names as the office will file them (in Latin letters where they
                    // have them), in the form's order; then a button for each way, each
                    // saying what the longer name would be.
                    let line = |at: usize, answer: Option<&Answer>| {
                        let field = form.fields.get(at)?;
                        let answer = answer.or_else(|| draft.answers.get(&field.id))?;
                        let label = self.t(lang, &field.label);
                        Some(format!("{label}: {}", forms::short_name(answer)))
                    };
                    let (first, second) = (index.min(both.other), index.max(both.other));
                    question = [line(first, None), line(second, None)]
                        .into_iter()
                        .flatten()
                        .chain([self.ta(
                            lang,
                            "name-in-both",
                            &[("shared", both.shared.as_str().into())],
                        )])
                        .collect::<Vec<_>>()
                        .join("\n");
                    let shortened = line(both.longer, Some(&both.shortened));
                    let kept = line(both.longer, None);
                    if let (Some(shortened), Some(kept)) = (shortened, kept) {
                        buttons.push(answer_button(shortened, FieldButton::Yes));
                        buttons.push(answer_button(kept, FieldButton::No));
                    }
                }
            }
            // "1" typed under "✓ Bavenhausen": is it the house number? The street with it,
            // or without a number.
            (FieldKind::Address { .. }, FieldStep::WordAsAnswer)
                if let Some(number) = draft.pending_number.as_deref()
                    && let Some(street) = draft.pending_original.as_deref()
                    && let Some(address) = values::street_with_number(street, number) =>
            {
                question = self.ta(lang, "address-number-sure", &[("number", number.into())]);
                buttons.push(answer_button(format!("✓ {address}"), FieldButton::Yes));
                buttons.push(answer_button(
                    format!("✓ {street}"),
                    FieldButton::KeepAsWritten,
                ));
            }
            (
                kind @ (FieldKind::Name { .. } | FieldKind::Address { .. }),
                FieldStep::WordAsAnswer,
            ) => {
                let word = draft.pending_original.as_deref().unwrap_or_default();
                // An address is asked again only for its house number (a word of yes or
                // no has none either).
                // A village alone ("Talle"): the street is missing too.
                let check = if matches!(kind, FieldKind::Address { .. }) && self.only_a_place(word)
                {
                    self.ta(lang, "address-street-check", &[("address", word.into())])
                } else if matches!(kind, FieldKind::Address { .. }) {
                    self.ta(lang, "address-number-check", &[("address", word.into())])
                } else {
                    self.ta(lang, "answer-word-check", &[("word", word.into())])
                };
                question = format!("{check}\n{question}");
                buttons.push(answer_button(
                    format!("✓ {word}"),
                    FieldButton::KeepAsWritten,
                ));
            }
            (FieldKind::Email, FieldStep::WordAsAnswer) => {
                let meant = draft.pending_original.as_deref().unwrap_or_default();
                let check = self.ta(lang, "email-typo-check", &[("email", meant.into())]);
                question = format!("{check}\n{question}");
                buttons.push(answer_button(
                    format!("✓ {meant}"),
                    FieldButton::KeepAsWritten,
                ));
            }
            (FieldKind::Address { .. }, FieldStep::LatinAddress) => {
                let original = draft.pending_original.as_deref().unwrap_or_default();
                question = self.ta(
                    lang,
                    "address-latin-question",
                    &[("address", original.into())],
                );
                buttons.push(answer_button(
                    self.t(lang, "button-address-keep"),
                    FieldButton::KeepAsWritten,
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
                // The paper asked for is not there: the question asks for another paper (its
                // `.no-document`), not for the passport again.
                if count == 0
                    && draft.without_papers.contains(&field.id)
                    && let Some(instead) =
                        self.content
                            .locales
                            .attribute(lang, &field.prompt, "no-document")
                {
                    question = instead;
                }
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
                // A wrong photo sent (a field test of stop 62 sent the wrong page, which
                // reached the office as "01-reisepass.jpg"): taken back here.
                if count > 0 {
                    buttons.push(answer_button(
                        self.t(lang, "button-photo-remove"),
                        FieldButton::RemovePhoto,
                    ));
                }
                // A person whose papers are lost or locked in a flat they were put out of
                // could not send the request: "skip" and "I can't" were told to send the
                // photo later (a field test of stop 60). The way out, on the screen.
                if count == 0
                    && !field.optional
                    && self
                        .content
                        .locales
                        .attribute(lang, &field.prompt, "no-document")
                        .is_some()
                {
                    buttons.push(answer_button(
                        self.t(lang, "button-no-paper"),
                        FieldButton::NoPaper,
                    ));
                }
            }
            (FieldKind::Date { .. }, _) => {
                // The date meant by a Persian-calendar date or a two-digit year: the refusal
                // above says it; one press takes it.
                if let Some(date) = draft.suggested_date {
                    buttons.push(answer_button(
                        format!("✓ {}", date.shown()),
                        FieldButton::SuggestedDate,
                    ));
                }
            }
            // One's own words may be said: a voice message goes to the office with the request
            // (many who speak well write little). Questions typed at earlier questions go
            // with this answer: said here.
            (FieldKind::Text { .. }, FieldStep::Main) => {
                question.push('\n');
                question.push_str(&self.t(lang, "field-voice-hint"));
                if !draft.questions.is_empty() {
                    question.push('\n');
                    question.push_str(
                        &self.ta(
                            lang,
                            "form-question-goes-along",
                            &[
                                ("count", draft.questions.len().into()),
                                (
                                    "question",
                                    self.office_lines_in(&draft.questions.join("\n"), lang)
                                        .into(),
                                ),
                            ],
                        ),
                    );
                }
            }
            (
                FieldKind::Text { .. }
                | FieldKind::Code { .. }
                | FieldKind::Name { .. }
                | FieldKind::Address { .. }
                | FieldKind::Phone
                | FieldKind::Email
                | FieldKind::Number { .. },
                _,
            )
            | (
                FieldKind::Interpreter,
                FieldStep::LatinName
                | FieldStep::LatinAddress
                | FieldStep::WordAsAnswer
                | FieldStep::NameInBoth
                | FieldStep::OtherTyped
                | FieldStep::Retake,
            ) => {}
        }
        // Back at a question answered before, or changing it from the summary: the answer
        // it has, and a button that keeps it (before, the question came as if new).
        // An answer from the last request sent: the same, and a button that keeps it.
        let from_earlier = draft.from_earlier.contains(&field.id);
        let mut answer_kept = false;
        if step == FieldStep::Main
            && (field.kind.is_typed() || from_earlier)
            && let Some(answer) = draft
                .answers
                .get(&field.id)
                .filter(|answer| **answer != Answer::Skipped)
        {
            let shown = self.display_answer(field, answer, lang);
            question.push('\n');
            question.push_str(&self.ta(
                lang,
                if from_earlier {
                    "form-answer-earlier"
                } else {
                    "form-answer-now"
                },
                &[("answer", shown.as_str().into())],
            ));
            // A name by its spelling for the office alone ("✓ Taras").
            let label = match answer {
                Answer::Name { .. } => forms::short_name(answer).to_string(),
                // Words kept from several messages by their newest line: "✓ I need to
                // register, …" (the first message) read as if only it were kept (field
                // test CU of stop 81).
                Answer::Text(text) if text.lines().count() > 1 => {
                    let newest = text.lines().rev().find(|line| !line.trim().is_empty());
                    format!("… {}", newest.unwrap_or_default().trim())
                }
                _ => shown,
            };
            let label = format!("✓ {}", shorten(&label, KEPT_ANSWER_CHARS));
            // The date typed again as suggested ("12-05-90" for 12.05.1990): one ✓, not two
            // of the same (a Russian field test).
            if !buttons.iter().any(|button| button.label == label)
                && *answer != Answer::Interpreter(None)
            {
                buttons.push(answer_button(label, FieldButton::KeepAnswer));
                answer_kept = true;
            }
        }
        let has_photos = photo_count(draft, field) > 0 || !draft.unreadable.is_empty();
        // The person's own words kept: Skip emptied them, the first message they came with
        // included (field test CT of stop 80 went back to look and pressed Skip to go on).
        // "✓" goes on with them.
        let words_kept = matches!(field.kind, FieldKind::Text { .. }) && answer_kept;
        if field.optional && !has_photos && !words_kept {
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
        // "What is your family name?" in a request for a mother: whose name is asked is
        // said above the question (field test CA of stop 75: the office could not tell the
        // writer's name from the mother's).
        let text = if draft.for_relative && field.is_about_the_person() {
            let whose = self.t(lang, "form-about-the-person");
            format!("{progress}\n{whose}\n{question}")
        } else {
            format!("{progress}\n{question}")
        };
        let message = Message {
            numbers_are_answers: numbers_are_answers(field, step, draft, &buttons),
            ..self.message(lang, text, buttons)
        };
        if upload {
            Output::AskUpload(message)
        } else {
            Output::Say(message)
        }
    }

    /// The summary a newcomer checks before sending.
    pub(super) fn summary(&self, form: &Form, draft: &Draft, lang: &str) -> String {
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
        // Words said about the appointment stand under it, as in the email, not among the
        // notes (a field test of stop 65 found "I work every day until 6" in the notes).
        let said_with = super::forms::said_with_appointments(form, draft);
        for field in &form.fields {
            let answer = draft
                .answers
                .get(&field.id)
                .cloned()
                .unwrap_or(Answer::Skipped);
            let answer = super::forms::without_said_with(answer, &said_with);
            lines.push(format!(
                "• {}: {}",
                self.t(lang, &field.label),
                self.display_answer(field, &answer, lang)
            ));
            lines.extend(
                said_with
                    .iter()
                    .filter(|said| said.field == field.id)
                    .map(|said| format!("  {}", said.words.replace('\n', "\n  "))),
            );
        }
        lines.push(String::new());
        lines.push(self.t(lang, "summary-question"));
        lines.join("\n")
    }

    /// `office-no-document`'s text in `lang` before and after the person's words.
    pub(super) fn no_document_frame(&self, lang: &str) -> Option<(String, String)> {
        self.office_frame("office-no-document", lang)
    }

    /// Office line `id`'s text in `lang` before and after the person's words.
    fn office_frame(&self, id: &str, lang: &str) -> Option<(String, String)> {
        const WORDS: &str = "\u{E000}";
        let line = strip_bidi_marks(&self.ta(lang, id, &[("words", WORDS.into())]));
        line.split_once(WORDS)
            .map(|(before, after)| (before.to_string(), after.to_string()))
    }

    /// `text` with the office's lines kept in the office's language with the person's
    /// words (that they have no papers, no family name, no fixed address) in `lang`: an
    /// Arabic and a Persian field test found the German line in their own summary, a
    /// field test of stop 60 in the question that lists what goes with the request.
    pub(super) fn office_lines_in(&self, text: &str, lang: &str) -> String {
        let frames = self.office_frames();
        let own = |id: &str| {
            frames
                .iter()
                .find(|frame| frame.id == id && frame.lang == lang)
        };
        let lines: Vec<String> = text
            .split('\n')
            .map(|line| {
                frames
                    .iter()
                    .filter(|frame| frame.lang != lang && !frame.before.is_empty())
                    .find_map(|frame| {
                        let words = line
                            .strip_prefix(frame.before.as_str())?
                            .strip_suffix(frame.after.as_str())?;
                        let own = own(frame.id)?;
                        // The button the person pressed, kept in the office's language:
                        // shown in theirs.
                        let button = self.t(&frame.lang, "button-no-paper");
                        let words = words
                            .split(" / ")
                            .map(|said| {
                                if said == button {
                                    self.t(lang, "button-no-paper")
                                } else {
                                    said.to_string()
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(" / ");
                        Some(format!("{}{words}{}", own.before, own.after))
                    })
                    .unwrap_or_else(|| line.to_string())
            })
            .collect();
        lines.join("\n")
    }

    /// Whether `line` is one of Kompass's own lines for the office ([`OFFICE_LINES`]) in
    /// any language, kept among the person's words: "Die Person gibt an, das verlangte
    /// Dokument nicht zu haben …" stood under "Anliegen (Arabisch, nicht übersetzt)" (field
    /// tests CA of stop 75 and CC of stop 76).
    pub fn is_office_line(&self, line: &str) -> bool {
        self.office_frames().iter().any(|frame| {
            !frame.before.is_empty()
                && line.starts_with(frame.before.as_str())
                && line.ends_with(frame.after.as_str())
        })
    }

    /// Every office line's frame in every language, made once: each answer shown in a
    /// summary or an email is read through them.
    fn office_frames(&self) -> &[OfficeFrame] {
        self.office_frames.get_or_init(|| {
            let mut frames = Vec::new();
            for id in OFFICE_LINES {
                for code in self.content.locales.languages() {
                    if let Some((before, after)) = self.office_frame(id, code) {
                        frames.push(OfficeFrame {
                            id,
                            lang: code.to_string(),
                            before,
                            after,
                        });
                    }
                }
            }
            frames
        })
    }

    /// "E-Mail: sami@gmail.com": an answer with the label of its question, as the summary
    /// names it (for the notes that say which later question an answer answered).
    pub(super) fn labelled_answer(&self, field: &Field, answer: &Answer, lang: &str) -> String {
        format!(
            "{}: {}",
            self.t(lang, &field.label),
            self.display_answer(field, answer, lang)
        )
    }

    /// An answer as text in `lang` (the newcomer's in the summary, the office's in email).
    pub fn display_answer(&self, field: &Field, answer: &Answer, lang: &str) -> String {
        match answer {
            Answer::Text(text) => self.office_lines_in(text, lang),
            Answer::Phone(text) | Answer::Email(text) => text.clone(),
            // "0151 2345678 (ab 18 Uhr)": the note as written.
            // A note with brackets of its own after a dash: "0176 1234567 ((ich, Petra)
            // oder …)" read badly (a German field test).
            Answer::PhoneWithNote { number, note } if note.contains(['(', ')']) => {
                format!("{number} – {note}")
            }
            Answer::PhoneWithNote { number, note } => format!("{number} ({note})"),
            Answer::Date(date) => date.format("%d.%m.%Y").to_string(),
            Answer::PartialDate { year, month } => values::unknown_day(*year, *month),
            Answer::Number(number) => number.to_string(),
            Answer::Choice(value) => match &field.kind {
                FieldKind::Choice { options, .. } | FieldKind::Appointment { options } => options
                    .iter()
                    .find(|o| o.value == *value)
                    .map_or_else(|| value.clone(), |o| self.t(lang, &o.label)),
                // A choice stored under another kind (content changed): shown as stored.
                FieldKind::Text { .. }
                | FieldKind::Code { .. }
                | FieldKind::Name { .. }
                | FieldKind::Address { .. }
                | FieldKind::Date { .. }
                | FieldKind::Phone
                | FieldKind::Email
                | FieldKind::Number { .. }
                | FieldKind::YesNo
                | FieldKind::Interpreter
                | FieldKind::Photos { .. } => value.clone(),
            },
            // "Montag, Mittwoch – Vormittags (8–12)", "Donnerstag – um 17:00", "Nachmittags
            // (12–16), ab 15:00".
            Answer::Appointment {
                time,
                weekdays,
                hour,
            } => {
                let days: Vec<&str> = weekdays
                    .iter()
                    .filter_map(|day| self.content.locales.date_words().weekday_name(lang, *day))
                    .collect();
                let hour = hour.map(|hour| {
                    let message = match hour.relation {
                        HourRelation::At => "appointment-hour-at",
                        HourRelation::From => "appointment-hour-after",
                        HourRelation::Until => "appointment-hour-until",
                    };
                    self.ta(lang, message, &[("time", hour.clock().into())])
                });
                let time = match hour {
                    Some(hour) if time == ANY_TIME => hour,
                    Some(hour) => format!(
                        "{}, {hour}",
                        self.display_answer(field, &Answer::Choice(time.clone()), lang)
                    ),
                    None => self.display_answer(field, &Answer::Choice(time.clone()), lang),
                };
                if days.is_empty() {
                    time
                } else {
                    format!("{} – {time}", self.list_text(&days, lang))
                }
            }
            Answer::YesNo(yes) => self.t(lang, if *yes { "value-yes" } else { "value-no" }),
            Answer::Interpreter(None) => self.t(lang, "value-interpreter-no"),
            // The field's label already says "interpreter": just the language.
            Answer::Interpreter(Some(language)) => {
                forms::interpreter_language_for_person(language, lang)
            }
            // A person without the papers asked for (the office's line says so).
            Answer::Photos(photos) if photos.is_empty() => self.t(lang, "value-photos-none"),
            Answer::Photos(photos) => {
                self.files_text(photos, lang, "value-photos", "value-documents", ", ")
            }
            // "Sprachnachricht (0:32)", after what was written with it.
            Answer::Voice {
                duration_seconds,
                text,
                ..
            } => {
                let voice = match duration_seconds {
                    Some(seconds) => self.ta(
                        lang,
                        "value-voice",
                        &[(
                            "duration",
                            format!("{}:{:02}", seconds / 60, seconds % 60).into(),
                        )],
                    ),
                    None => self.t(lang, "value-voice-unknown"),
                };
                if text.is_empty() {
                    voice
                } else {
                    format!("{}\n{voice}", self.office_lines_in(text, lang))
                }
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
    pub(super) fn files_text(
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
}

/// The most characters of an answer on its keep button; longer answers end in "…".
const KEPT_ANSWER_CHARS: usize = 40;

/// `text` cut to `max` characters, with "…" where it was cut.
fn shorten(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() <= max && line.len() == text.len() {
        return line.to_string();
    }
    let cut: String = line.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Minutes after midnight as a 24-hour clock time ("8:00", "14:30"), as offices write it.
fn clock(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// Whether a number typed at `field`'s question (at `step`, with `buttons`) is the answer,
/// not the button of that number; the buttons then show no numbers. "2" at a number
/// question is the answer 2, and "3" the house number an address was asked for. At a
/// question answered by typing (a name, a date, an address, a phone number, one's own
/// words) a typed number is no button either: a field test of stop 68 typed "1", "1" after
/// its nationality, went back to it with the first "1", and the second chose another
/// country, unseen. Where such a question offers an answer's button (a ✓ to keep, Skip),
/// or only buttons answer (a list, yes or no, a photo's Done), a typed number is the
/// button the screen shows with it; so where a number typed there is asked about ("1" and
/// "2" are its buttons).
fn numbers_are_answers(field: &Field, step: FieldStep, draft: &Draft, buttons: &[Button]) -> bool {
    let counted = matches!(
        (&field.kind, step),
        (FieldKind::Number { .. }, _) | (FieldKind::Address { .. }, FieldStep::WordAsAnswer)
    );
    let typed = field.kind.is_typed()
        && step == FieldStep::Main
        && !buttons
            .iter()
            .any(|button| matches!(Action::parse(button.data()), Ok(Action::Answer { .. })));
    (counted || typed) && draft.pending_number.is_none()
}
