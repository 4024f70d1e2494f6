//! Checks that need flows and locales together: references between nodes, reachability,
//! institutions, and that every language has every message with only known variables.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::flow::{FieldKind, Flow, MenuOption, Node, NodeKind, Source};
use crate::diagnostic::{Diagnostic, Diagnostics, closest};
use crate::i18n::{
    CASEWORKER_LANGUAGE, CASEWORKER_MESSAGES, Locales, SYSTEM_MESSAGES,
    caseworker_message_variables, system_message_variables,
};
use crate::templates::{self, TEMPLATES_FILE, Template};

/// Checks that need only the flows: run even when a locale failed to load, so one run of
/// `kompass check` shows every problem.
pub(super) fn check_flow(flow: &Flow, diagnostics: &mut Diagnostics) {
    check_references(flow, diagnostics);
    check_reachability(flow, diagnostics);
}

pub(super) fn check_with_locales(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    check_institutions(flow, locales, diagnostics);
    check_first_for(flow, locales, diagnostics);
    check_topic_words(flow, locales, diagnostics);
    check_yes_and_no_phrases(flow, locales, diagnostics);
    check_date_examples(flow, locales, diagnostics);
    check_messages(flow, locales, diagnostics);
    check_caseworker_messages(locales, diagnostics);
    check_templates(locales, diagnostics);
}

/// The offices a page shows (`offices = [...]`) exist and have something to show.
fn check_offices_shown(flow: &Flow, node: &Node, diagnostics: &mut Diagnostics) {
    for (office, source) in &node.offices {
        match flow.institution(office) {
            None => diagnostics.push(Diagnostic::error(
                &source.file,
                Some(source.line),
                format!("`{}` shows the unknown office `{office}`", node.id),
                known_ids("institution", office, flow.institutions.keys()),
            )),
            Some(known) if known.address.is_none() && known.hours.is_empty() => {
                diagnostics.push(Diagnostic::warning(
                    &source.file,
                    Some(source.line),
                    format!(
                        "`{}` shows office `{office}`, which has no `address` and no `hours`: only its name appears",
                        node.id
                    ),
                    format!(
                        "add `address = \"…\"` and `hours = [\"Mo–Fr 8:00–12:00\"]` to institution `{office}`"
                    ),
                ))
            }
            Some(_) => {}
        }
    }
}

fn check_references(flow: &Flow, diagnostics: &mut Diagnostics) {
    if flow.node(&flow.start).is_none() {
        let source = &flow.start_source;
        diagnostics.push(Diagnostic::error(
            &source.file,
            Some(source.line),
            format!("the start node `{}` does not exist", flow.start),
            known_ids("node", &flow.start, flow.nodes.keys()),
        ));
    }
    if let Some(named) = &flow.questions {
        let questions = &named.0;
        check_named_node(flow, "questions", named, diagnostics, |kind| {
            match kind {
            NodeKind::Contact { .. } => flow
                .nodes
                .values()
                .all(|node| node.kind.options().iter().all(|o| o.goto != *questions))
                .then(|| {
                    (
                        format!("no menu has an option that goes to `{questions}`, the `questions` node"),
                        format!("add an option with `goto = \"{questions}\"` to a menu (its label is the button offered)"),
                    )
                }),
            other => Some((
                format!(
                    "`questions` names `{questions}`, a {}: questions go to a person",
                    other.name()
                ),
                "name a node of `kind = \"contact\"`, or remove `questions`".to_string(),
            )),
        }
        });
    }
    if flow.urgent.is_none() {
        // A sample municipality without one answered "ابني ما عم يتنفس" (my son is not
        // breathing) with "I have no answer to that here; please write an email".
        diagnostics.push(Diagnostic::warning(
            &flow.start_source.file,
            Some(flow.start_source.line),
            "no emergency page: `[flow]` has no `urgent`, so an emergency typed to the bot (\"my child is not breathing\") gets the main menu or \"I have no answer to that here\"".to_string(),
            "add a page with `text = \"emergency-text\"` (the numbers are the same everywhere; see flows/kalletal.toml), an option `main-opt-emergency` to it in the main menu, and `urgent = \"<its id>\"` under `[flow]`".to_string(),
        ));
    }
    if let Some(named) = &flow.urgent {
        let urgent = &named.0;
        check_named_node(flow, "urgent", named, diagnostics, |kind| match kind {
            NodeKind::Page { .. } => None,
            other => Some((
                format!(
                    "`urgent` names `{urgent}`, a {}: only a page opens before the language is confirmed",
                    other.name()
                ),
                "name the emergency page (`kind = \"page\"`), or remove `urgent`".to_string(),
            )),
        });
    }
    for node in flow.nodes.values() {
        check_offices_shown(flow, node, diagnostics);
        for option in node.kind.options() {
            if flow.node(&option.goto).is_none() {
                diagnostics.push(Diagnostic::error(
                    &option.source.file,
                    Some(option.source.line),
                    format!("`{}` goes to the unknown node `{}`", node.id, option.goto),
                    known_ids("node", &option.goto, flow.nodes.keys()),
                ));
            } else {
                check_given_answers(flow, &node.id, option, diagnostics);
            }
        }
        let institution = match &node.kind {
            NodeKind::Form(form) => Some(&form.institution),
            NodeKind::Contact { institution, .. } => Some(institution),
            _ => None,
        };
        if let Some(institution) = institution
            && !institution.is_empty()
        {
            match flow.institution(institution) {
                None => diagnostics.push(Diagnostic::error(
                    &node.source.file,
                    Some(node.source.line),
                    format!(
                        "{} `{}` names the unknown institution `{institution}`",
                        node.kind.name(),
                        node.id
                    ),
                    known_ids("institution", institution, flow.institutions.keys()),
                )),
                Some(known)
                    if matches!(node.kind, NodeKind::Contact { .. })
                        && known.matrix_room.is_none() =>
                {
                    diagnostics.push(Diagnostic::warning(
                        &node.source.file,
                        Some(node.source.line),
                        format!(
                            "contact `{}`: institution `{institution}` has no `matrix_room`, so newcomers can write to it only where the deployment reads its email answers (`[mail.imap]`); elsewhere they are told to write an email instead",
                            node.id
                        ),
                        format!("add `matrix_room = \"#room:server\"` (or a room id) to institution `{institution}`, or configure `[mail.imap]`"),
                    ))
                }
                Some(_) => {}
            }
        }
    }
}

/// The fix for an unknown id: the closest existing one first (typos are the usual cause),
/// then all of them.
fn known_ids<'a>(what: &str, wanted: &str, ids: impl Iterator<Item = &'a String>) -> String {
    let ids: Vec<&str> = ids.map(String::as_str).collect();
    let all = format!("use one of the {what} ids: {}", ids.join(", "));
    match closest(wanted, ids.iter().copied()) {
        Some(near) => format!("did you mean `{near}`? Otherwise {all}"),
        None => all,
    }
}

fn check_reachability(flow: &Flow, diagnostics: &mut Diagnostics) {
    let reachable = reachable_nodes(flow);
    for id in &flow.node_order {
        if !reachable.contains(id.as_str()) {
            let node = &flow.nodes[id];
            diagnostics.push(Diagnostic::error(
                &node.source.file,
                Some(node.source.line),
                format!(
                    "{} `{id}` cannot be reached from the start node `{}`",
                    node.kind.name(),
                    flow.start
                ),
                format!(
                    "add an option with `goto = \"{id}\"` to a menu or page, or remove the node"
                ),
            ));
        }
    }
}

/// Node ids reachable from the start node by following options.
pub fn reachable_nodes(flow: &Flow) -> BTreeSet<&str> {
    reachable_from(flow, &flow.start)
}

/// Node ids reachable from `start` by following options.
pub fn reachable_from<'f>(flow: &'f Flow, start: &str) -> BTreeSet<&'f str> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = flow
        .node(start)
        .map(|n| n.id.as_str())
        .into_iter()
        .collect();
    while let Some(id) = queue.pop_front() {
        let Some(node) = flow.node(id) else { continue };
        if !seen.insert(node.id.as_str()) {
            continue;
        }
        queue.extend(node.kind.options().iter().map(|o| o.goto.as_str()));
    }
    seen
}

fn check_institutions(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    for institution in flow.institutions.values() {
        let source = &institution.source;
        if !locales.has_language(&institution.email_language) {
            diagnostics.push(Diagnostic::error(
                &source.file,
                Some(source.line),
                format!(
                    "institution `{}` wants emails in `{}`, which has no folder in {}",
                    institution.id,
                    institution.email_language,
                    locales.dir().display()
                ),
                "set `email_language` to a language that has a locale folder (usually \"de\")",
            ));
        }
        if institution.sample || institution.email.ends_with("example.org") {
            diagnostics.push(Diagnostic::warning(
                &source.file,
                Some(source.line),
                format!(
                    "institution `{}` has sample contact data ({})",
                    institution.id, institution.email
                ),
                "replace address, phone, hours and email with verified ones, then remove `sample = true`",
            ));
        }
    }
}

/// The prompts of every form field whose kind is `wanted`.
fn prompts_of(flow: &Flow, wanted: fn(&FieldKind) -> bool) -> BTreeSet<&str> {
    flow.nodes
        .values()
        .filter_map(|node| match &node.kind {
            NodeKind::Form(form) => Some(form),
            _ => None,
        })
        .flat_map(|form| &form.fields)
        .filter(|field| wanted(&field.kind))
        .map(|field| field.prompt.as_str())
        .collect()
}

/// A warning at message `id` of `lang` (its file and line; the language's folder if the
/// message is missing, which `check_messages` reports).
fn message_warning(
    locales: &Locales,
    lang: &str,
    id: &str,
    problem: String,
    fix: &str,
) -> Diagnostic {
    let info = locales.messages(lang).and_then(|messages| messages.get(id));
    let file = info.map_or_else(|| locales.dir().join(lang), |i| i.file.to_path_buf());
    Diagnostic::warning(&file, info.map(|i| i.line), problem, fix)
}

/// A date question's text shows how to write the date ("31.12.1990"): an unreadable date's
/// error points to "the example below". A text without a digit has none.
fn check_date_examples(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    let prompts = prompts_of(flow, |kind| matches!(kind, FieldKind::Date { .. }));
    for lang in locales.languages() {
        for id in &prompts {
            let present = locales
                .messages(lang)
                .is_some_and(|messages| messages.contains_key(*id));
            if present && !locales.text(lang, id, &[]).chars().any(|c| c.is_numeric()) {
                diagnostics.push(message_warning(
                    locales,
                    lang,
                    id,
                    format!("date question `{id}` shows no example date"),
                    "end it with one, as the shipped ones do: \"Please write the date like this: 31.12.1990\"",
                ));
            }
        }
    }
}

/// A phrase under both `.yes` and `.no` of a yes-or-no question (or of the interpreter
/// question) answers neither: a sentence with it is asked again.
fn check_yes_and_no_phrases(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    let mut questions = prompts_of(flow, |kind| matches!(kind, FieldKind::YesNo));
    questions.insert("interpreter-question");
    for lang in locales.languages() {
        for id in &questions {
            let phrases = |attribute: &str| -> BTreeSet<String> {
                locales
                    .attribute(lang, id, attribute)
                    .map(|list| {
                        list.split(',')
                            .map(crate::words::fold_phrase)
                            .filter(|phrase| !phrase.is_empty())
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let (yes, no) = (phrases("yes"), phrases("no"));
            for phrase in yes.intersection(&no) {
                diagnostics.push(message_warning(
                    locales,
                    lang,
                    id,
                    format!("`{phrase}` is in both `.yes` and `.no` of `{id}`: it answers neither"),
                    "keep it under the one it means",
                ));
            }
        }
    }
}

/// A choice option shown first for a language the content does not have is a typo.
/// A topic word (`.typed` of a menu option, or `.alone`) listed under two options of one
/// menu names neither: a sentence with it opens no page (see the engine's `topics`).
fn check_topic_words(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    for id in &flow.node_order {
        let Some(node) = flow.node(id) else {
            continue;
        };
        for (lang, attribute) in locales
            .languages()
            .flat_map(|lang| [(lang, "typed"), (lang, "alone")])
        {
            let mut first_option: BTreeMap<String, (&str, &str)> = BTreeMap::new();
            for option in node.kind.options() {
                let Some(typed) = locales.attribute(lang, &option.label, attribute) else {
                    continue;
                };
                for word in typed.split(',') {
                    let key = crate::words::fold_phrase(word);
                    if key.is_empty() {
                        continue;
                    }
                    match first_option.get(&key) {
                        Some(&(label, goto)) if goto != option.goto && label != option.label => {
                            diagnostics.push(message_warning(
                                locales,
                                lang,
                                &option.label,
                                format!(
                                    "topic word `{}` is in `.{attribute}` of both `{label}` and `{}`, options of `{id}`: a sentence with it opens neither",
                                    word.trim(),
                                    option.label
                                ),
                                "keep it under the one option it names",
                            ));
                        }
                        Some(_) => {}
                        None => {
                            first_option.insert(key, (&option.label, &option.goto));
                        }
                    }
                }
            }
        }
    }
}

/// An option's `answers` must name choice fields of the form it goes to, and values of
/// their options.
fn check_given_answers(
    flow: &Flow,
    node: &str,
    option: &MenuOption,
    diagnostics: &mut Diagnostics,
) {
    if option.answers.is_empty() {
        return;
    }
    let error = |problem: String, fix: String| {
        Diagnostic::error(&option.source.file, Some(option.source.line), problem, fix)
    };
    let Some(form) = flow.form(&option.goto) else {
        diagnostics.push(error(
            format!(
                "`{node}` gives `answers` to `{}`, which is no form",
                option.goto
            ),
            "remove `answers`, or let the option go to a form".into(),
        ));
        return;
    };
    for (field_id, value) in &option.answers {
        let Some(field) = form.fields.iter().find(|field| field.id == *field_id) else {
            diagnostics.push(error(
                format!(
                    "`{node}` answers `{field_id}`, which form `{}` does not have",
                    option.goto
                ),
                known_ids("field", field_id, form.fields.iter().map(|f| &f.id)),
            ));
            continue;
        };
        let FieldKind::Choice { options, .. } = &field.kind else {
            diagnostics.push(error(
                format!(
                    "`{node}` answers `{field_id}` of `{}`, which is no choice",
                    option.goto
                ),
                "give answers only to `kind = \"choice\"` fields".into(),
            ));
            continue;
        };
        if !options.iter().any(|choice| choice.value == *value) {
            diagnostics.push(error(
                format!(
                    "`{node}` answers `{field_id}` of `{}` with `{value}`, which is none of its options",
                    option.goto
                ),
                known_ids("value", value, options.iter().map(|choice| &choice.value)),
            ));
        }
    }
}

fn check_first_for(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    for id in &flow.node_order {
        let Some(NodeKind::Form(form)) = flow.node(id).map(|node| &node.kind) else {
            continue;
        };
        for field in &form.fields {
            let (FieldKind::Choice { options, .. } | FieldKind::Appointment { options }) =
                &field.kind
            else {
                continue;
            };
            for option in options {
                for lang in option.first_for.iter().filter(|l| !locales.has_language(l)) {
                    diagnostics.push(Diagnostic::warning(
                        &field.source.file,
                        Some(field.source.line),
                        format!(
                            "option `{}` of field `{}` is shown first for `{lang}`, which has no folder in {}",
                            option.value,
                            field.id,
                            locales.dir().display()
                        ),
                        "use the code of a language folder (ar, de, fa …) in `first_for`, or remove it",
                    ));
                }
            }
        }
    }
}

/// How many of the messages the bot needs one language has itself (without falling back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub language: String,
    pub present: usize,
    pub required: usize,
}

impl Coverage {
    /// Whole percent, rounded down: 302 of 303 shows 99 %, never 100 %.
    pub fn percent(&self) -> usize {
        (self.present * 100)
            .checked_div(self.required)
            .unwrap_or(100)
    }
}

/// Per language, how many of the messages the flows and the bot's own texts need are
/// written in that language. A message that failed to parse does not count.
pub fn coverage(flow: &Flow, locales: &Locales) -> Vec<Coverage> {
    let mut required: BTreeSet<&str> = flow_messages(flow).into_keys().collect();
    required.extend(SYSTEM_MESSAGES.iter().map(|(id, _)| *id));
    locales
        .languages()
        .map(|lang| Coverage {
            language: lang.to_string(),
            present: required
                .iter()
                .filter(|id| locales.has_message(lang, id))
                .count(),
            required: required.len(),
        })
        .collect()
}

/// Every message id a flow uses, with where it is used.
fn flow_messages(flow: &Flow) -> BTreeMap<&str, &Source> {
    let mut used: BTreeMap<&str, &Source> = BTreeMap::new();
    for institution in flow.institutions.values() {
        used.entry(institution.label.as_str())
            .or_insert(&institution.source);
        for document in &institution.documents {
            used.entry(document.as_str()).or_insert(&institution.source);
        }
    }
    for node in flow.nodes.values() {
        match &node.kind {
            NodeKind::Menu { text, options } | NodeKind::Page { text, options } => {
                used.entry(text.as_str()).or_insert(&node.source);
                for option in options {
                    used.entry(option.label.as_str()).or_insert(&option.source);
                }
            }
            NodeKind::Contact { text, .. } => {
                used.entry(text.as_str()).or_insert(&node.source);
            }
            NodeKind::Form(form) => {
                used.entry(form.title.as_str()).or_insert(&node.source);
                for document in &form.documents {
                    used.entry(document.as_str()).or_insert(&node.source);
                }
                if let Some(intro) = &form.intro {
                    used.entry(intro.as_str()).or_insert(&node.source);
                }
                for field in &form.fields {
                    used.entry(field.prompt.as_str()).or_insert(&field.source);
                    used.entry(field.label.as_str()).or_insert(&field.source);
                    if let FieldKind::Choice { options, .. } | FieldKind::Appointment { options } =
                        &field.kind
                    {
                        for option in options {
                            used.entry(option.label.as_str()).or_insert(&field.source);
                        }
                    }
                    if let FieldKind::Choice {
                        other: Some(other), ..
                    } = &field.kind
                    {
                        used.entry(other.label.as_str()).or_insert(&field.source);
                        used.entry(other.prompt.as_str()).or_insert(&field.source);
                    }
                }
            }
        }
    }
    used.retain(|id, _| !id.is_empty());
    used
}

fn check_messages(flow: &Flow, locales: &Locales, diagnostics: &mut Diagnostics) {
    let used = flow_messages(flow);
    let template_names: BTreeSet<String> = templates::templates(locales)
        .into_iter()
        .map(|template| template.name)
        .collect();
    for lang in locales.languages() {
        let folder = locales.dir().join(lang);
        let Some(messages) = locales.messages(lang) else {
            continue;
        };
        for (id, source) in &used {
            if system_message_variables(id).is_some() {
                continue;
            }
            if !messages.contains_key(*id) && !locales.is_unparsed(lang, id) {
                diagnostics.push(Diagnostic::error(
                    &folder,
                    None,
                    format!(
                        "message `{id}` is missing in `{lang}` (used in {}:{})",
                        source.file.display(),
                        source.line
                    ),
                    format!("add `{id} = …` to a .ftl file in {}", folder.display()),
                ));
            }
        }
        for (id, _) in SYSTEM_MESSAGES {
            if !messages.contains_key(*id) && !locales.is_unparsed(lang, id) {
                diagnostics.push(Diagnostic::error(
                    &folder,
                    None,
                    format!("the bot's message `{id}` is missing in `{lang}`"),
                    {
                        // Name the file the message lives in, as in English.
                        let file = locales
                            .messages("en")
                            .and_then(|messages| messages.get(*id))
                            .and_then(|info| info.file.file_name())
                            .map_or_else(
                                || "system.ftl".to_string(),
                                |name| name.to_string_lossy().into_owned(),
                            );
                        format!(
                            "add `{id} = …` to {}/{file} (see locales/en/{file})",
                            folder.display()
                        )
                    },
                ));
            }
        }
        for (id, info) in messages {
            let allowed: &[&str] =
                match system_message_variables(id).or_else(|| caseworker_message_variables(id)) {
                    Some(vars) => vars,
                    // Checked against the German template in `check_templates`.
                    None if template_names.contains(id) || info.is_in_file(TEMPLATES_FILE) => {
                        continue;
                    }
                    None if used.contains_key(id.as_str())
                        || id.starts_with(crate::i18n::DOCUMENT_NAME_PREFIX) =>
                    {
                        &[]
                    }
                    None => {
                        diagnostics.push(Diagnostic::warning(
                            &info.file,
                            Some(info.line),
                            format!("message `{id}` is not used by any flow"),
                            "remove it, or use it in a flow",
                        ));
                        continue;
                    }
                };
            for variable in &info.variables {
                if !allowed.contains(&variable.as_str()) {
                    let fix = if allowed.is_empty() {
                        "this message gets no variables: write the text without `{ $… }`"
                            .to_string()
                    } else {
                        format!(
                            "use only {}",
                            allowed
                                .iter()
                                .map(|v| format!("`{{ ${v} }}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    diagnostics.push(Diagnostic::error(
                        &info.file,
                        Some(info.line),
                        format!("message `{id}` uses the unknown variable `${variable}`"),
                        fix,
                    ));
                }
            }
        }
    }
}

/// The bot's texts for caseworker rooms must all be there in German (the rooms' language).
/// Their variables are checked with every other message in [`check_messages`].
fn check_caseworker_messages(locales: &Locales, diagnostics: &mut Diagnostics) {
    let Some(messages) = locales.messages(CASEWORKER_LANGUAGE) else {
        return;
    };
    let file = locales
        .dir()
        .join(CASEWORKER_LANGUAGE)
        .join("caseworker.ftl");
    for (id, variables) in CASEWORKER_MESSAGES {
        if !messages.contains_key(*id) && !locales.is_unparsed(CASEWORKER_LANGUAGE, id) {
            let placeholders: Vec<String> =
                variables.iter().map(|v| format!("{{ ${v} }}")).collect();
            diagnostics.push(Diagnostic::error(
                &file,
                None,
                format!("the text `{id}` for caseworker rooms is missing"),
                if placeholders.is_empty() {
                    format!("add `{id} = …` to {}", file.display())
                } else {
                    format!(
                        "add `{id} = …` to {}, using {}",
                        file.display(),
                        placeholders.join(", ")
                    )
                },
            ));
        }
    }
}

/// Caseworkers' reply templates: the German file is the reference. Every language has every
/// template, shows every value the German one has and no other, and the German examples
/// fit their templates.
fn check_templates(locales: &Locales, diagnostics: &mut Diagnostics) {
    let reference = templates::templates(locales);
    let reference_file = locales.dir().join(CASEWORKER_LANGUAGE).join(TEMPLATES_FILE);
    for template in &reference {
        check_example(locales, template, &reference_file, diagnostics);
    }
    let placeholders = |template: &Template| {
        if template.variables.is_empty() {
            "no values".to_string()
        } else {
            template
                .variables
                .iter()
                .map(|v| format!("`{{ ${v} }}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    for lang in locales.languages() {
        let Some(messages) = locales.messages(lang) else {
            continue;
        };
        let file = locales.dir().join(lang).join(TEMPLATES_FILE);
        if lang != CASEWORKER_LANGUAGE {
            for template in &reference {
                if !messages.contains_key(&template.name)
                    && !locales.is_unparsed(lang, &template.name)
                {
                    diagnostics.push(Diagnostic::error(
                        &file,
                        None,
                        format!(
                            "the caseworker template `{}` ({}:{}) is missing in `{lang}`",
                            template.name,
                            reference_file.display(),
                            template.line
                        ),
                        format!(
                            "add `{} = …` to {} with {}, translated from the German text",
                            template.name,
                            file.display(),
                            placeholders(template)
                        ),
                    ));
                }
            }
        }
        for (id, info) in messages {
            let Some(template) = reference.iter().find(|t| &t.name == id) else {
                if info.is_in_file(TEMPLATES_FILE) && lang != CASEWORKER_LANGUAGE {
                    diagnostics.push(Diagnostic::warning(
                        &info.file,
                        Some(info.line),
                        format!("`{id}` is no caseworker template in German, so nobody can send it"),
                        format!(
                            "add `{id}` to {} (German is the reference caseworkers see), or remove it",
                            reference_file.display()
                        ),
                    ));
                }
                continue;
            };
            for variable in &info.variables {
                if !template.variables.contains(variable) {
                    diagnostics.push(Diagnostic::error(
                        &info.file,
                        Some(info.line),
                        format!(
                            "the caseworker template `{id}` uses `${variable}`, which the German template ({}:{}) does not have",
                            reference_file.display(),
                            template.line
                        ),
                        format!(
                            "use only {} as in German; rename `${variable}` or add it to the German template first",
                            placeholders(template)
                        ),
                    ));
                }
            }
            for variable in &template.variables {
                if !info.variables.contains(variable) {
                    diagnostics.push(Diagnostic::error(
                        &info.file,
                        Some(info.line),
                        format!(
                            "the caseworker template `{id}` in `{lang}` does not show `${variable}`: the newcomer would not get what the caseworker typed"
                        ),
                        format!("put `{{ ${variable} }}` into the translation"),
                    ));
                }
            }
        }
    }
}

/// The `# Beispiel: !vorlage …` comment of a German template must be a command that fits.
fn check_example(
    locales: &Locales,
    template: &Template,
    file: &std::path::Path,
    diagnostics: &mut Diagnostics,
) {
    let fix = || {
        let mut example = format!("# Beispiel: !vorlage {}", template.name);
        for variable in &template.variables {
            example.push_str(&format!(" {variable}=…"));
        }
        format!("write the comment line right above the template as `{example}`")
    };
    let Some(arguments) = template.example.strip_prefix("!vorlage") else {
        diagnostics.push(Diagnostic::error(
            file,
            Some(template.line.saturating_sub(1).max(1)),
            format!(
                "the example of caseworker template `{}` does not start with `!vorlage`",
                template.name
            ),
            fix(),
        ));
        return;
    };
    // Examples are checked for their form, not for a date in the future: the shipped ones
    // would otherwise fail once their date has passed.
    let long_ago = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    match templates::fill(locales, arguments, long_ago) {
        Ok(filled) if filled.name == template.name => {}
        Ok(filled) => diagnostics.push(Diagnostic::error(
            file,
            Some(template.line.saturating_sub(1).max(1)),
            format!(
                "the example of caseworker template `{}` sends `{}`",
                template.name, filled.name
            ),
            fix(),
        )),
        Err(error) => diagnostics.push(Diagnostic::error(
            file,
            Some(template.line.saturating_sub(1).max(1)),
            format!(
                "the example of caseworker template `{}` does not work: {}",
                template.name,
                error.explain(locales).lines().next().unwrap_or_default()
            ),
            fix(),
        )),
    }
}

/// `[flow]`'s `key` (`questions`, `urgent`) names a node: an unknown one, or what `judge`
/// finds wrong with its kind (a problem and its fix), is an error at the key's line.
fn check_named_node(
    flow: &Flow,
    key: &str,
    (id, source): &(String, Source),
    diagnostics: &mut Diagnostics,
    judge: impl Fn(&NodeKind) -> Option<(String, String)>,
) {
    let problem = match flow.node(id) {
        None => Some((
            format!("`{key}` names the unknown node `{id}`"),
            known_ids("node", id, flow.nodes.keys()),
        )),
        Some(node) => judge(&node.kind),
    };
    if let Some((problem, fix)) = problem {
        diagnostics.push(Diagnostic::error(
            &source.file,
            Some(source.line),
            problem,
            fix,
        ));
    }
}

#[cfg(test)]
mod tests {
    /// A country shown first for a language the content lacks is a warning at the field,
    /// naming the code; the shipped flow has none.
    #[test]
    fn first_for_names_languages_the_content_has() {
        let shipped =
            caseworker::problems_with("flows/kalletal.toml", "is shown first for", |flow| {
                flow.replacen("first_for = [\"fa\"]", "first_for = [\"fa\"] ", 1)
            });
        assert!(shipped.is_empty());
        let typo = caseworker::problems_with("flows/kalletal.toml", "is shown first for", |flow| {
            flow.replacen("first_for = [\"fa\"]", "first_for = [\"fa\", \"dari\"]", 1)
        });
        assert_eq!(typo.len(), 1, "{typo:#?}");
        assert_eq!(typo[0].severity, crate::content::Severity::Warning);
        assert!(typo[0].file.ends_with("kalletal.toml"), "{}", typo[0]);
        assert!(typo[0].problem.contains("`AF`") && typo[0].problem.contains("`dari`"));
    }

    /// A topic word under two options of one menu is a warning at the second option's
    /// message, naming the word and both options; the shipped locales have none.
    #[test]
    fn a_topic_word_under_two_options_of_a_menu_is_named() {
        let shipped = caseworker::problems_with("locales/de/content.ftl", "topic word", |text| {
            text.replacen("krank, Schmerz", "krank,  Schmerz", 1)
        });
        assert!(shipped.is_empty());
        let twice = caseworker::problems_with("locales/de/content.ftl", "topic word", |text| {
            text.replacen("krank, Schmerz", "krank, Miete, Schmerz", 1)
        });
        assert_eq!(twice.len(), 1, "{twice:#?}");
        assert_eq!(twice[0].severity, crate::content::Severity::Warning);
        assert!(twice[0].file.ends_with("de/content.ftl"), "{}", twice[0]);
        assert!(twice[0].line.is_some());
        assert!(
            twice[0].problem.contains("`Miete`")
                && twice[0].problem.contains("main-opt-health")
                && twice[0].problem.contains("main-opt-housing"),
            "{}",
            twice[0]
        );
        // The same among the words that name a topic only alone.
        let alone = caseworker::problems_with("locales/de/content.ftl", "topic word", |text| {
            text.replacen(
                "main-opt-emergency = Notfall",
                "main-opt-emergency = Notfall\n    .alone = Formular",
                1,
            )
        });
        assert_eq!(alone.len(), 1, "{alone:#?}");
        assert!(
            alone[0].problem.contains("`.alone`") && alone[0].problem.contains("`Formular`"),
            "{}",
            alone[0]
        );
    }

    /// `questions` must name a contact node that a menu option opens: each mistake is an
    /// error at its line, with the fix.
    #[test]
    fn questions_names_a_contact_a_menu_opens() {
        let page = flow_errors(&|flow| {
            flow.replacen(
                "questions = \"counselling-person\"",
                "questions = \"counselling\"",
                1,
            )
        });
        assert_eq!(page.len(), 1, "{page:#?}");
        assert!(page[0].problem.contains("a menu"), "{}", page[0]);
        assert!(page[0].fix.contains("contact"), "{}", page[0]);
        assert!(page[0].file.ends_with("kalletal.toml") && page[0].line == Some(10));
        let unknown = flow_errors(&|flow| {
            flow.replacen(
                "questions = \"counselling-person\"",
                "questions = \"counseling-person\"",
                1,
            )
        });
        assert_eq!(unknown.len(), 1, "{unknown:#?}");
        assert!(
            unknown[0].fix.contains("counselling-person"),
            "{}",
            unknown[0]
        );
        let unreachable = flow_errors(&|flow| {
            flow.replacen(
                "{ label = \"counselling-opt-person\", goto = \"counselling-person\" },",
                "",
                1,
            )
        });
        assert!(
            unreachable
                .iter()
                .any(|d| d.problem.contains("no menu has an option")),
            "{unreachable:#?}"
        );
    }

    /// `urgent` must name a page: an unknown node or a form is an error at its line, with
    /// the fix.
    #[test]
    fn urgent_names_a_page() {
        let form = flow_errors(&|flow| {
            flow.replacen("urgent = \"emergency\"", "urgent = \"register-form\"", 1)
        });
        assert_eq!(form.len(), 1, "{form:#?}");
        assert!(form[0].problem.contains("only a page"), "{}", form[0]);
        assert!(form[0].file.ends_with("kalletal.toml") && form[0].line == Some(13));
        let unknown = flow_errors(&|flow| {
            flow.replacen("urgent = \"emergency\"", "urgent = \"emergncy\"", 1)
        });
        assert_eq!(unknown.len(), 1, "{unknown:#?}");
        assert!(unknown[0].fix.contains("emergency"), "{}", unknown[0]);
    }

    /// A flow without `urgent` is warned about at its `[flow]`'s `start` (a sample
    /// municipality without one answered an emergency with "no answer here"), with the
    /// fix; the shipped flow has none such.
    #[test]
    fn a_flow_without_an_emergency_page_is_warned_about() {
        let problem = "no emergency page";
        assert!(
            caseworker::problems_with("flows/kalletal.toml", problem, |flow| flow + "\n")
                .is_empty()
        );
        let warned = caseworker::problems_with("flows/kalletal.toml", problem, |flow| {
            flow.replacen("urgent = \"emergency\"", "", 1)
        });
        assert_eq!(warned.len(), 1, "{warned:#?}");
        assert_eq!(warned[0].severity, crate::content::Severity::Warning);
        assert!(warned[0].file.ends_with("kalletal.toml") && warned[0].line == Some(6));
        assert!(warned[0].fix.contains("emergency-text"), "{}", warned[0]);
    }

    /// Opening hours an administrator cannot have meant, and a page showing an office that
    /// does not exist, are errors at their line with the way to write them.
    #[test]
    fn opening_hours_and_offices_shown_are_checked() {
        let shipped = "hours = [\"Mo, Di, Do 8:00–12:00\"]";
        let flow = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../flows/kalletal.toml"),
        )
        .unwrap();
        let line_of = |text: &str| flow.lines().position(|line| line.contains(text)).unwrap() + 1;
        for (changed, problem) in [
            (
                "hours = [\"Mo, Di, Do 12:00–8:00\"]",
                "ends before it starts",
            ),
            (
                "hours = [\"Mo, Dx, Do 8:00–12:00\"]",
                "`Dx` is not a day of the week",
            ),
            ("hours = [\"Fr–Mo 8:00–12:00\"]", "runs backwards"),
            (
                "hours = [\"Mo, Di, Do 8:00 bis 12:00\"]",
                "is not a time from and to",
            ),
            (
                "hours = [\"Mo, Di, Do 8:75–12:00\"]",
                "`8:75` is not a time of day",
            ),
            ("hours = [\"Mo, Di, Do\"]", "has no hours"),
            ("hours = [\"8:00–12:00\"]", "no day is named"),
        ] {
            let errors = flow_errors(&|flow| flow.replacen(shipped, changed, 1));
            assert_eq!(errors.len(), 1, "{changed}: {errors:#?}");
            assert!(
                errors[0].problem.contains(problem),
                "{changed}: {}",
                errors[0]
            );
            assert!(
                errors[0].problem.contains("auslaenderbehoerde"),
                "{}",
                errors[0]
            );
            assert_eq!(errors[0].line, Some(line_of(shipped)), "{}", errors[0]);
            assert!(errors[0].fix.contains("Mo–Fr 8:00–12:00"), "{}", errors[0]);
        }
        // A phone number that cannot be dialled, at its line.
        let phone = "phone = \"+49 30 23125 102\"";
        for changed in [
            "phone = \"Zentrale\"",
            "phone = \"030 23125 102 +1\"",
            "phone = \"12\"",
        ] {
            let errors = flow_errors(&|flow| flow.replacen(phone, changed, 1));
            assert_eq!(errors.len(), 1, "{changed}: {errors:#?}");
            assert!(
                errors[0].problem.contains("cannot be dialled"),
                "{}",
                errors[0]
            );
            assert_eq!(errors[0].line, Some(line_of(phone)), "{}", errors[0]);
        }
        let listed = "offices = [\"jobcenter-lippe\"]";
        let errors = flow_errors(&|flow| flow.replacen(listed, "offices = [\"jobcentre\"]", 1));
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].problem.contains("unknown office `jobcentre`"),
            "{}",
            errors[0]
        );
        assert_eq!(errors[0].line, Some(line_of(listed)), "{}", errors[0]);
        assert!(errors[0].fix.contains("jobcenter-lippe"), "{}", errors[0]);
        // Below a menu's question the offices would stand after it.
        let errors = flow_errors(&|flow| {
            flow.replacen(
                "kind = \"menu\"\ntext = \"main-text\"",
                "kind = \"menu\"\ntext = \"main-text\"\noffices = [\"buergerbuero\"]",
                1,
            )
        });
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].problem.contains("`offices` belongs to pages"),
            "{}",
            errors[0]
        );
    }

    /// An option's `answers` name a choice field of its form and one of its values; a
    /// typo in either is an error at the option's line, with the ids to use.
    #[test]
    fn given_answers_name_a_choice_and_its_value() {
        let shipped = "answers = { topic = \"deutschkurs\" }";
        // The line of the shipped option, counted in the file as it is.
        let flow = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../flows/kalletal.toml"),
        )
        .unwrap();
        let shipped_line = flow
            .lines()
            .position(|line| line.contains(shipped))
            .unwrap()
            + 1;
        assert!(flow_errors(&|flow| flow.replacen(shipped, &format!("{shipped} "), 1)).is_empty());
        for (changed, problem, fix) in [
            (
                "answers = { topic = \"deutsch\" }",
                "with `deutsch`, which is none of its options",
                "deutschkurs",
            ),
            (
                "answers = { topik = \"deutschkurs\" }",
                "answers `topik`, which form `counselling-form` does not have",
                "topic",
            ),
            (
                "answers = { phone = \"deutschkurs\" }",
                "answers `phone` of `counselling-form`, which is no choice",
                "choice",
            ),
        ] {
            let found = flow_errors(&|flow| flow.replacen(shipped, changed, 1));
            assert_eq!(found.len(), 1, "{changed}: {found:#?}");
            assert!(found[0].problem.contains(problem), "{}", found[0]);
            assert!(found[0].fix.contains(fix), "{}", found[0]);
            assert!(found[0].file.ends_with("kalletal.toml"), "{}", found[0]);
            assert_eq!(found[0].line, Some(shipped_line), "{}", found[0]);
        }
        // Documents belong to a form (or an institution), not a page.
        let on_a_page = flow_errors(&|flow| {
            flow.replacen(
                "id = \"school-kita\"\nkind = \"page\"",
                "id = \"school-kita\"\nkind = \"page\"\ndocuments = [\"doc-passport\"]",
                1,
            )
        });
        assert_eq!(on_a_page.len(), 1, "{on_a_page:#?}");
        assert!(
            on_a_page[0].problem.contains("only a form can have them"),
            "{}",
            on_a_page[0]
        );
        let no_form = flow_errors(&|flow| {
            flow.replacen(
                "{ label = \"housing-opt-wbs\", goto = \"housing-wbs\" },",
                "{ label = \"housing-opt-wbs\", goto = \"housing-wbs\", answers = { topic = \"wohnen\" } },",
                1,
            )
        });
        assert_eq!(no_form.len(), 1, "{no_form:#?}");
        assert!(
            no_form[0].problem.contains("which is no form"),
            "{}",
            no_form[0]
        );
    }

    /// A phrase under both `.yes` and `.no` of a question is a warning at its message; the
    /// shipped locales have none.
    #[test]
    fn a_phrase_meaning_yes_and_no_is_named() {
        let shipped =
            caseworker::problems_with("locales/de/content.ftl", "answers neither", |text| {
                text.replacen("Unterkunft, Heim,", "Unterkunft,  Heim,", 1)
            });
        assert!(shipped.is_empty());
        let both = caseworker::problems_with("locales/de/content.ftl", "answers neither", |text| {
            text.replacen("eigene Wohnung,", "eigene Wohnung, Heim,", 1)
        });
        assert_eq!(both.len(), 1, "{both:#?}");
        assert!(both[0].file.ends_with("de/content.ftl"), "{}", both[0]);
        assert!(
            both[0].problem.contains("`heim`")
                && both[0].problem.contains("field-shared-accommodation"),
            "{}",
            both[0]
        );
    }

    /// A date question without an example date is a warning at its message: the error for
    /// an unreadable date points to it. The shipped ones all have one.
    #[test]
    fn a_date_question_shows_an_example() {
        let shipped =
            caseworker::problems_with("locales/en/content.ftl", "shows no example date", |text| {
                text.replacen("like this: 31.12.2025", "like this:  31.12.2025", 1)
            });
        assert!(shipped.is_empty());
        let none =
            caseworker::problems_with("locales/en/content.ftl", "shows no example date", |text| {
                text.replacen(" Please write the date like this: 31.12.2025", "", 1)
            });
        assert_eq!(none.len(), 1, "{none:#?}");
        assert!(none[0].file.ends_with("en/content.ftl"), "{}", none[0]);
        assert!(
            none[0].problem.contains("field-move-in-date"),
            "{}",
            none[0]
        );
    }

    /// The errors of the shipped content with `change` applied to the Kalletal flow.
    fn flow_errors(change: &dyn Fn(String) -> String) -> Vec<crate::content::Diagnostic> {
        caseworker::diagnostics_with("flows/kalletal.toml", change)
            .into_iter()
            .filter(|d| d.severity == crate::content::Severity::Error)
            .collect()
    }

    mod caseworker {
        use std::fs;
        use std::path::{Path, PathBuf};

        use crate::content::{Diagnostic, Severity, load_lenient};

        /// The errors of the shipped flows and locales in a temporary folder, with `change`
        /// applied to the file `locales/<path>`.
        fn checked_with(path: &str, change: impl FnOnce(String) -> String) -> Vec<Diagnostic> {
            diagnostics_with(&format!("locales/{path}"), change)
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .collect()
        }

        /// The diagnostics of [`diagnostics_with`] whose problem says `problem`.
        pub(super) fn problems_with(
            path: &str,
            problem: &str,
            change: impl FnOnce(String) -> String,
        ) -> Vec<Diagnostic> {
            diagnostics_with(path, change)
                .into_iter()
                .filter(|d| d.problem.contains(problem))
                .collect()
        }

        /// Every diagnostic of the shipped content with `change` applied to the file at
        /// `path` (from the repository's root: `flows/…` or `locales/…`).
        pub(super) fn diagnostics_with(
            path: &str,
            change: impl FnOnce(String) -> String,
        ) -> Vec<Diagnostic> {
            let dir = tempfile::tempdir().unwrap();
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
            copy_dir(&root.join("flows"), &dir.path().join("flows"));
            copy_dir(&root.join("locales"), &dir.path().join("locales"));
            let file = dir.path().join(path);
            let text = fs::read_to_string(&file).unwrap();
            let changed = change(text.clone());
            assert_ne!(changed, text, "the change applies");
            fs::write(&file, changed).unwrap();
            let (_, _, diagnostics) =
                load_lenient(&dir.path().join("flows"), &dir.path().join("locales"));
            diagnostics.into_vec()
        }

        fn copy_dir(from: &Path, to: &Path) {
            fs::create_dir_all(to).unwrap();
            for entry in fs::read_dir(from).unwrap() {
                let path = entry.unwrap().path();
                let target: PathBuf = to.join(path.file_name().unwrap());
                if path.is_dir() {
                    copy_dir(&path, &target);
                } else {
                    fs::copy(&path, &target).unwrap();
                }
            }
        }

        /// A translation that lacks a template is an error naming the file to add it to,
        /// the German original and the values to use.
        #[test]
        fn a_template_missing_in_a_language_is_an_error() {
            let errors = checked_with("ru/caseworker-templates.ftl", |text| {
                text.lines()
                    .filter(|line| !line.starts_with("termin ="))
                    .map(|line| format!("{line}\n"))
                    .collect()
            });
            assert_eq!(errors.len(), 1, "{errors:#?}");
            let error = &errors[0];
            assert!(
                error.file.ends_with("ru/caseworker-templates.ftl"),
                "{error}"
            );
            assert!(
                error.problem.contains("`termin`") && error.problem.contains("missing in `ru`"),
                "{error}"
            );
            assert!(
                error.problem.contains("de/caseworker-templates.ftl:"),
                "names the German one: {error}"
            );
            assert!(
                error
                    .fix
                    .contains("`{ $datum }`, `{ $uhrzeit }`, `{ $ort }`"),
                "{error}"
            );
        }

        /// A translation with a variable the German template does not have is an error at
        /// its file and line; so is one that drops a German value.
        #[test]
        fn a_template_with_an_unknown_variable_is_an_error() {
            let errors = checked_with("uk/caseworker-templates.ftl", |text| {
                text.replace("Місце: { $ort }", "Кімната: { $raum }")
            });
            assert_eq!(errors.len(), 2, "{errors:#?}");
            let line = fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../locales/uk/caseworker-templates.ftl"),
            )
            .unwrap()
            .lines()
            .position(|l| l.starts_with("termin ="))
            .unwrap()
                + 1;
            for error in &errors {
                assert!(
                    error.file.ends_with("uk/caseworker-templates.ftl"),
                    "{error}"
                );
                assert_eq!(error.line, Some(line), "{error}");
            }
            assert!(
                errors
                    .iter()
                    .any(|e| e.problem.contains("uses `$raum`") && e.fix.contains("`{ $ort }`")),
                "{errors:#?}"
            );
            assert!(
                errors
                    .iter()
                    .any(|e| e.problem.contains("does not show `$ort`")),
                "{errors:#?}"
            );
        }

        /// A German example comment that does not fit its template is an error.
        #[test]
        fn a_wrong_example_is_an_error() {
            let errors = checked_with("de/caseworker-templates.ftl", |text| {
                text.replace(
                    "# Beispiel: !vorlage anrufen telefon=\"05264 123 45\"",
                    "# Beispiel: !vorlage anrufen nummer=05264",
                )
            });
            assert_eq!(errors.len(), 1, "{errors:#?}");
            assert!(
                errors[0]
                    .problem
                    .contains("example of caseworker template `anrufen`")
                    && errors[0].problem.contains("„nummer“"),
                "{}",
                errors[0]
            );
            assert!(
                errors[0].fix.contains("!vorlage anrufen telefon=…"),
                "{}",
                errors[0]
            );
        }

        /// The bot's German texts for caseworker rooms are required, with their variables.
        #[test]
        fn caseworker_texts_are_checked() {
            let errors = checked_with("de/caseworker.ftl", |text| {
                text.lines()
                    .filter(|line| !line.starts_with("caseworker-closed-done"))
                    .map(|line| line.replace("{ $level }", "{ $stufe }") + "\n")
                    .collect()
            });
            assert_eq!(errors.len(), 2, "{errors:#?}");
            assert!(
                errors
                    .iter()
                    .any(|e| e.problem.contains("`caseworker-closed-done`")
                        && e.file.ends_with("de/caseworker.ftl")),
                "{errors:#?}"
            );
            assert!(
                errors.iter().any(|e| e.problem.contains("`$stufe`")
                    && e.fix.contains("`{ $level }`")
                    && e.line.is_some()),
                "{errors:#?}"
            );
        }
    }
}
