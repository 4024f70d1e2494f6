//! Two municipalities on the shipped content: Kalletal and the sample Lindenau.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use chrono::{TimeZone, Utc};

use super::*;
use crate::answers::UserId;
use crate::content::Content;
use crate::i18n::strip_bidi_marks;

fn towns() -> Towns {
    static TOWNS: OnceLock<Towns> = OnceLock::new();
    TOWNS
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
            let kalletal = Content::load(&root.join("flows"), &root.join("locales"))
                .unwrap_or_else(|d| panic!("{d}"));
            let lindenau = Content::load_town(
                &root.join("flows/lindenau"),
                &root.join("locales"),
                Some("lindenau"),
            )
            .unwrap_or_else(|d| panic!("{d}"));
            Towns::named(vec![
                Town {
                    id: "kalletal".into(),
                    name: "Kalletal".into(),
                    engine: Engine::new(Arc::new(kalletal)),
                },
                Town {
                    id: "lindenau".into(),
                    name: "Lindenau".into(),
                    engine: Engine::new(Arc::new(lindenau)),
                },
            ])
            .unwrap()
        })
        .clone()
}

struct Talk {
    towns: Towns,
    session: Session,
    sequence: u64,
    hint: Option<&'static str>,
    bound: Option<&'static str>,
}

impl Talk {
    fn new() -> Self {
        Self {
            towns: towns(),
            session: Session::default(),
            sequence: 0,
            hint: None,
            bound: None,
        }
    }

    fn send(&mut self, input: Input) -> Vec<Output> {
        let user = UserId::new("test", "1");
        let mut counter = self.sequence;
        let mut next = || {
            counter += 1;
            counter
        };
        let mut ctx = StepContext {
            user: &user,
            now: Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap(),
            utc_offset: chrono::FixedOffset::east_opt(3600).unwrap(),
            language_hint: self.hint,
            next_sequence: &mut next,
            rooms_available: true,
            answers_by_email: &crate::engine::no_email_answers,
            addenda_by_email: true,
        };
        let outputs = self
            .towns
            .step(&mut self.session, input, &mut ctx, self.bound);
        self.sequence = counter;
        outputs
    }

    fn text(&mut self, text: &str) -> Message {
        let input =
            Command::parse(text).map_or_else(|| Input::Text(text.to_string()), Input::Command);
        last(&self.send(input))
    }

    fn press(&mut self, data: &str) -> Message {
        last(&self.send(Input::Button(data.to_string())))
    }

    fn t(&self, town: &str, lang: &str, id: &str) -> String {
        let engine = &self.towns.get(town).unwrap().engine;
        strip_bidi_marks(&engine.content().locales.text(lang, id, &[]))
    }
}

fn last(outputs: &[Output]) -> Message {
    outputs
        .iter()
        .rev()
        .find_map(|o| o.message().cloned())
        .expect("a message")
}

fn labels(message: &Message) -> Vec<String> {
    message.buttons.iter().map(|b| b.label.clone()).collect()
}

#[test]
fn a_deep_link_chooses_town_language_and_node() {
    let mut talk = Talk::new();
    let page = talk.text("/start lindenau_en_register");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
    assert_eq!(talk.session.language.as_deref(), Some("en"));
    assert!(
        strip_bidi_marks(&page.text).contains(&talk.t("lindenau", "en", "register-text")),
        "{}",
        page.text
    );
    assert!(
        page.text.contains("Lindenau"),
        "Lindenau's own text: {}",
        page.text
    );

    // The same link for Kalletal: its own page, Kalletal's text.
    let mut talk = Talk::new();
    let page = talk.text("/start kalletal_de_register");
    assert_eq!(talk.session.municipality.as_deref(), Some("kalletal"));
    assert!(page.text.contains("Kalletal"), "{}", page.text);
    assert!(!page.text.contains("Lindenau"));

    // Only the town: the language is asked next.
    let mut talk = Talk::new();
    let menu = talk.text("/start lindenau");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
    assert!(talk.session.language.is_none());
    assert!(
        menu.buttons.iter().any(|b| b.data() == "lang:ar"),
        "{menu:?}"
    );
}

#[test]
fn without_a_link_the_list_comes_first_and_a_number_chooses() {
    let mut talk = Talk::new();
    let list = talk.text("hello");
    assert_eq!(labels(&list), ["Kalletal", "Lindenau"]);
    assert!(talk.session.municipality.is_none());
    // No language yet: the question in every language, one line each.
    assert!(
        list.text
            .contains(&talk.t("kalletal", "de", "town-question"))
    );
    assert!(
        list.text
            .contains(&talk.t("kalletal", "ar", "town-question"))
    );
    // Anything else shows the list again; a typed number chooses.
    assert_eq!(labels(&talk.text("/menu")), ["Kalletal", "Lindenau"]);
    let next = talk.text("2");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
    assert!(
        next.buttons.iter().any(|b| b.data() == "lang:en"),
        "{next:?}"
    );
    let menu = talk.press("lang:en");
    assert!(menu.text.contains("Lindenau"), "{}", menu.text);

    // With the messenger's language known, the question is in it alone; a typed name chooses.
    let mut talk = Talk::new();
    talk.hint = Some("uk-UA");
    let list = talk.text("привіт");
    assert_eq!(
        strip_bidi_marks(&list.text),
        talk.t("kalletal", "uk", "town-question")
    );
    talk.text("kalletal");
    assert_eq!(talk.session.municipality.as_deref(), Some("kalletal"));

    // The start of a town's name chooses it as well; "hello" does not.
    let mut talk = Talk::new();
    talk.text("hello");
    assert!(talk.session.municipality.is_none());
    talk.text("Linden");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
}

#[test]
fn the_main_menu_ends_with_change_town_which_shows_the_list() {
    let mut talk = Talk::new();
    let menu = talk.text("/start kalletal_en");
    let change = talk.t("kalletal", "en", "button-change-town");
    assert_eq!(labels(&menu).last(), Some(&change), "{menu:?}");
    assert_eq!(menu.buttons.last().unwrap().data(), "town:menu");
    // Typed by its number, as Matrix and the terminal show it.
    let number = menu.buttons.len().to_string();
    let list = talk.text(&number);
    assert_eq!(labels(&list), ["Kalletal", "Lindenau"]);
    assert!(talk.session.choosing_town);
    // The same town again: back at its menu, nothing lost.
    let menu = talk.press("town:kalletal");
    assert!(menu.text.contains("Kalletal"));
    assert!(!talk.session.choosing_town);
    // /town and /ort show it too; a command meanwhile leaves it.
    assert_eq!(labels(&talk.text("/ort")), ["Kalletal", "Lindenau"]);
    let help = talk.text("/help");
    assert!(!talk.session.choosing_town);
    assert!(help.text.contains(&talk.t("kalletal", "en", "help-text")));
    // Other pages have no such button.
    let page = talk.press("go:main:0");
    assert!(
        !page.buttons.iter().any(|b| b.data() == "town:menu"),
        "{page:?}"
    );
}

#[test]
fn switching_town_carries_no_form_and_no_case_across() {
    let mut talk = Talk::new();
    talk.text("/start lindenau_en_register-form");
    talk.text("Haddad");
    talk.text("Sami");
    assert!(talk.session.drafts.contains_key("register-form"));

    // A contact case in Lindenau.
    talk.text("/menu");
    talk.press("go:main:1");
    let outputs = talk.send(Input::Text("Hello".into()));
    let lindenau_case = outputs
        .iter()
        .find_map(|o| match o {
            Output::OpenCase(opening) => Some(opening.clone()),
            _ => None,
        })
        .expect("a case");
    assert_eq!(lindenau_case.institution, "lindenau-integration");
    assert!(lindenau_case.reference.starts_with("LIN-"));

    // Kalletal now: no draft, no conversation with Lindenau's office.
    talk.text("/town");
    let menu = talk.press("town:kalletal");
    assert!(menu.text.contains("Kalletal"), "{}", menu.text);
    assert!(
        talk.session.drafts.is_empty(),
        "the half-filled form is gone"
    );
    let continue_label = talk.t("kalletal", "en", "button-continue-request");
    assert!(!labels(&menu).contains(&continue_label));
    assert!(matches!(&talk.session.state, State::AtNode { node } if node == "main"));
    // Kalletal's register form starts empty, asks its own first question.
    talk.text("/start register-form");
    let draft = &talk.session.drafts["register-form"];
    assert!(draft.answers.is_empty());
    // Kalletal's integration office gets a case of its own, not Lindenau's.
    talk.text("/start counselling-person");
    let outputs = talk.send(Input::Text("Hallo".into()));
    let kalletal_case = outputs
        .iter()
        .find_map(|o| match o {
            Output::OpenCase(opening) => Some(opening.clone()),
            Output::Forward { case, .. } => panic!("forwarded into {case}"),
            _ => None,
        })
        .expect("a new case");
    assert_eq!(kalletal_case.institution, "integrationsbuero");
    assert!(kalletal_case.reference.starts_with("KAL-"));
    // The Lindenau case is kept for Lindenau (the store sees the whole session).
    assert_eq!(
        talk.session.open_cases.get("lindenau-integration"),
        Some(&lindenau_case.reference)
    );
}

#[test]
fn requests_go_to_their_own_town_and_status_lists_only_its_own() {
    let mut talk = Talk::new();
    talk.text("/start lindenau_en_register-form");
    for answer in [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Marktplatz 2",
        "1.11.2026",
        "0160 1234567",
    ] {
        talk.text(answer);
    }
    let outputs = talk.send(Input::Button("rv:send".into()));
    let request = outputs
        .iter()
        .find_map(|o| match o {
            Output::Submit(request) => Some(request.clone()),
            _ => None,
        })
        .expect("submitted");
    assert_eq!(request.institution, "lindenau-buergerbuero");
    assert!(
        request.reference.starts_with("LIN-2026-"),
        "{}",
        request.reference
    );

    let status = talk.text("/status");
    assert!(status.text.contains(&request.reference), "{}", status.text);
    talk.text("/start kalletal_en");
    let status = talk.text("/status");
    assert!(!status.text.contains(&request.reference), "{}", status.text);
    assert!(
        status
            .text
            .contains(&talk.t("kalletal", "en", "status-none"))
    );
    // …and the request is still the session's, for erasure.
    assert_eq!(talk.session.requests.len(), 1);
    talk.text("/start lindenau_en");
    assert!(talk.text("/status").text.contains(&request.reference));
}

#[test]
fn a_bound_bot_is_its_town() {
    let mut talk = Talk::new();
    talk.bound = Some("lindenau");
    let first = talk.text("hello");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
    assert!(
        !labels(&first).contains(&"Kalletal".to_string()),
        "{first:?}"
    );
    let menu = talk.press("lang:en");
    assert!(menu.text.contains("Lindenau"));
    assert!(!menu.buttons.iter().any(|b| b.data() == "town:menu"));
    // A link to another town does not move the person off this bot's town; a link with
    // its own id opens the node.
    talk.text("/start kalletal_en");
    assert_eq!(talk.session.municipality.as_deref(), Some("lindenau"));
    let page = talk.text("/start lindenau_en_register");
    assert!(
        page.text
            .contains(&talk.t("lindenau", "en", "register-text"))
    );
}

#[test]
fn unnamed_single_town_ignores_town_ids() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let content = Content::load(&root.join("flows"), &root.join("locales")).unwrap();
    let mut talk = Talk::new();
    talk.towns = Towns::single(Engine::new(Arc::new(content)));
    talk.text("/start en");
    assert!(talk.session.municipality.is_none());
    let menu = talk.text("/menu");
    assert!(!menu.buttons.iter().any(|b| b.data().starts_with("town:")));
    // `/town` is an unknown command there.
    let reply = talk.text("/town");
    assert!(!talk.session.choosing_town);
    let engine = &talk.towns.first().engine;
    let unknown = strip_bidi_marks(&engine.content().locales.text("en", "unknown-command", &[]));
    assert!(
        strip_bidi_marks(&reply.text).contains(&unknown),
        "{}",
        reply.text
    );
}

#[test]
fn town_ids_are_checked() {
    for good in ["kalletal", "bad-salzuflen", "a1"] {
        assert!(check_id(good).is_ok(), "{good}");
    }
    for bad in ["", "Kalletal", "kalle_tal", "menu", "a:b", &"x".repeat(33)] {
        assert!(check_id(bad).is_err(), "{bad}");
    }
    let first = towns().first().clone();
    assert_eq!(
        Towns::named(vec![first.clone(), first]).unwrap_err(),
        TownsError::Twice("kalletal".into())
    );
    assert_eq!(Towns::named(Vec::new()).unwrap_err(), TownsError::None);
}

#[test]
fn prefixes_and_institution_ids_must_differ_across_towns() {
    let towns = towns();
    let kalletal = &towns.get("kalletal").unwrap().engine.content().flow;
    let lindenau = &towns.get("lindenau").unwrap().engine.content().flow;
    assert!(check_across(&[("kalletal", kalletal), ("lindenau", lindenau)]).is_empty());
    // The same flow twice: its prefix and each of its institutions clash.
    let problems = check_across(&[("kalletal", kalletal), ("detmold", kalletal)]);
    assert_eq!(
        problems.len(),
        1 + kalletal.institutions.len(),
        "{problems:#?}"
    );
    assert!(problems[0].problem.contains("reference_prefix `KAL`"));
    assert!(problems[0].problem.contains("`detmold`"));
    assert!(problems[0].file.ends_with("kalletal.toml"));
    let clash = problems
        .iter()
        .find(|p| p.problem.contains("institution id `buergerbuero`"))
        .unwrap();
    assert!(clash.line.is_some());
    assert!(clash.fix.contains("detmold-buergerbuero"), "{}", clash.fix);
}

#[test]
fn a_conversation_from_before_towns_were_named_stays_with_the_first() {
    let mut talk = Talk::new();
    talk.session.language = Some("en".into());
    talk.session.state = State::AtNode {
        node: "main".into(),
    };
    let page = talk.text("1");
    assert_eq!(talk.session.municipality.as_deref(), Some("kalletal"));
    assert!(page.text.contains("Kalletal"), "{}", page.text);
}

/// Every message Lindenau's flow shows, in every language, names no other town: a shared
/// text that says "Kalletal" must be replaced in `locales/<lang>/lindenau/`.
#[test]
fn lindenau_shows_no_text_of_kalletal() {
    use crate::content::NodeKind;
    let towns = towns();
    let content = towns.get("lindenau").unwrap().engine.content().clone();
    let flow = &content.flow;
    let mut ids: Vec<&str> = Vec::new();
    for node in flow.nodes.values() {
        match &node.kind {
            NodeKind::Menu { text, options } | NodeKind::Page { text, options } => {
                ids.push(text);
                ids.extend(options.iter().map(|o| o.label.as_str()));
            }
            NodeKind::Form(form) => {
                ids.push(&form.title);
                ids.extend(form.intro.as_deref());
                for field in &form.fields {
                    ids.push(&field.prompt);
                    ids.push(&field.label);
                }
            }
            NodeKind::Contact { text, .. } => ids.push(text),
        }
    }
    for institution in flow.institutions.values() {
        ids.push(&institution.label);
        ids.extend(institution.documents.iter().map(String::as_str));
    }
    // Kalletal as each language writes it.
    let kalletal = ["Kalletal", "كالتال", "Каллетал", "کالت"];
    let mut found = Vec::new();
    for lang in content.locales.languages() {
        for id in &ids {
            let text = content.locales.text(lang, id, &[]);
            if kalletal.iter().any(|name| text.contains(name)) {
                found.push(format!("{lang} {id}: {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// A link without a town (a poster printed for one municipality) asks for the town in the
/// link's language, then goes where the link said.
#[test]
fn a_link_without_a_town_is_followed_after_the_choice() {
    let mut talk = Talk::new();
    let list = talk.text("/start ar_register");
    assert_eq!(
        strip_bidi_marks(&list.text),
        talk.t("kalletal", "ar", "town-question")
    );
    assert!(list.rtl);
    let page = talk.press("town:lindenau");
    assert_eq!(talk.session.language.as_deref(), Some("ar"));
    assert!(
        strip_bidi_marks(&page.text).contains(&talk.t("lindenau", "ar", "register-text")),
        "{}",
        page.text
    );
    assert!(talk.session.start_after_town.is_none());
}

/// A first message clearly in Arabic: the list in Arabic, and Arabic after the choice,
/// without asking for the language again; the page it names in the town chosen, with Back
/// to that town's main menu. A greeting too short to tell keeps every line.
#[test]
fn a_clear_first_message_sets_the_lists_language_and_the_next() {
    let mut talk = Talk::new();
    let list = talk.text("مرحبا، أريد أن أسجل عنواني الجديد من فضلك");
    assert_eq!(
        strip_bidi_marks(&list.text),
        talk.t("kalletal", "ar", "town-question")
    );
    assert_eq!(talk.session.start_after_town.as_deref(), Some("ar"));
    let page = talk.press("town:lindenau");
    assert_eq!(talk.session.language.as_deref(), Some("ar"));
    assert!(
        strip_bidi_marks(&page.text).contains(&talk.t("lindenau", "ar", "register-text")),
        "{}",
        page.text
    );
    assert!(talk.session.topic_after_town.is_empty());
    let menu = talk.press("nav:back");
    assert!(
        strip_bidi_marks(&menu.text).contains(&talk.t("lindenau", "ar", "main-text")),
        "{}",
        menu.text
    );
    // Without a topic: the main menu.
    let mut talk = Talk::new();
    talk.text("مرحبا، أنا جديد هنا وأحتاج مساعدة من فضلك");
    let menu = talk.press("town:lindenau");
    assert!(
        strip_bidi_marks(&menu.text).contains(&talk.t("lindenau", "ar", "main-text")),
        "{}",
        menu.text
    );
    let mut talk = Talk::new();
    let list = talk.text("hi");
    assert!(
        list.text
            .contains(&talk.t("kalletal", "uk", "town-question"))
    );
    assert!(talk.session.start_after_town.is_none());
}

/// Hand test of the two-town sample: "Merhaba, adresimi kaydettirmek istiyorum" (Turkish,
/// not certain enough to switch) got the list, and after the choice the whole language
/// menu: the message's language and its page were lost. Now the language is proposed after
/// the choice, and its yes opens the page the message named, in the town chosen.
#[test]
fn a_likely_language_is_proposed_after_the_choice() {
    let mut talk = Talk::new();
    // As on Telegram, where /start comes first: the first message is no wrong answer.
    talk.send(Input::Command(Command::Start(None)));
    let list = talk.text("Merhaba, adresimi kaydettirmek istiyorum");
    assert!(
        list.text
            .contains(&talk.t("kalletal", "de", "town-question"))
    );
    assert!(
        !list
            .text
            .contains(&talk.t("kalletal", "tr", "not-understood")),
        "{}",
        list.text
    );
    assert_eq!(talk.session.guess_after_town.as_deref(), Some("tr"));
    // A word that is no town, at the list: said so in the likely language.
    let again = talk.text("evet");
    assert!(
        again
            .text
            .starts_with(&talk.t("kalletal", "tr", "not-understood")),
        "{}",
        again.text
    );
    assert!(
        again
            .text
            .contains(&talk.t("kalletal", "de", "town-question"))
    );
    let proposal = talk.press("town:lindenau");
    assert!(
        matches!(&talk.session.state, State::ConfirmingLanguage { guess, .. } if guess == "tr"),
        "{:?}",
        talk.session.state
    );
    assert!(talk.session.guess_after_town.is_none());
    assert!(
        labels(&proposal)
            .iter()
            .any(|label| label.contains("Türkçe"))
    );
    let page = talk.text("evet");
    assert_eq!(talk.session.language.as_deref(), Some("tr"));
    assert!(
        page.text
            .contains(&talk.t("lindenau", "tr", "register-text")),
        "{}",
        page.text
    );
}

/// An emergency as the first message does not wait for "Where do you live?": the emergency
/// numbers come above the list, in the likely language (stop 47).
#[test]
fn an_emergency_comes_before_the_town_question() {
    let mut talk = Talk::new();
    talk.send(Input::Command(Command::Start(None)));
    let list = talk.text("ابني ما عم يتنفس");
    assert!(list.text.contains("112"), "{}", list.text);
    assert!(
        strip_bidi_marks(&list.text).contains(&talk.t("kalletal", "ar", "emergency-text")),
        "{}",
        list.text
    );
    assert!(
        list.text
            .contains(&talk.t("kalletal", "de", "town-question"))
    );
    // The town chosen: its emergency page, in Arabic, without asking for the language.
    let page = talk.press("town:kalletal");
    assert_eq!(talk.session.language.as_deref(), Some("ar"));
    assert!(page.text.contains("112"), "{}", page.text);
    // Anything else: the list alone.
    let mut talk = Talk::new();
    let list = talk.text("Merhaba, adresimi kaydettirmek istiyorum");
    assert!(!list.text.contains("112"), "{}", list.text);
}
