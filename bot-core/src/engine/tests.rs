//! Engine behaviour on the shipped content, without I/O.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use chrono::TimeZone;

use super::*;
use crate::attachment::Verdict;

fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            Arc::new(
                Content::load(&root.join("flows"), &root.join("locales"))
                    .unwrap_or_else(|d| panic!("{d}")),
            )
        })
        .clone()
}

/// A conversation under test: the engine, one session, a fixed clock.
struct Talk {
    engine: Engine,
    session: Session,
    sequence: u64,
    hint: Option<&'static str>,
}

impl Talk {
    fn new() -> Self {
        Self {
            engine: Engine::new(content()),
            session: Session::default(),
            sequence: 0,
            hint: None,
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
            language_hint: self.hint,
            next_sequence: &mut next,
            rooms_available: true,
        };
        let outputs = self.engine.step(&mut self.session, input, &mut ctx);
        self.sequence = counter;
        outputs
    }

    fn text(&mut self, text: &str) -> String {
        let input =
            Command::parse(text).map_or_else(|| Input::Text(text.to_string()), Input::Command);
        last_text(&self.send(input))
    }

    fn press(&mut self, data: &str) -> String {
        last_text(&self.send(Input::Button(data.to_string())))
    }

    fn t(&self, lang: &str, id: &str) -> String {
        strip_bidi_marks(&content().locales.text(lang, id, &[]))
    }
}

fn last_text(outputs: &[Output]) -> String {
    strip_bidi_marks(
        &outputs
            .iter()
            .rev()
            .find_map(Output::message)
            .map(|m| m.text.clone())
            .unwrap_or_default(),
    )
}

fn buttons(outputs: &[Output]) -> Vec<String> {
    outputs
        .iter()
        .rev()
        .find_map(Output::message)
        .map(|m| m.buttons.iter().map(|b| b.data.clone()).collect())
        .unwrap_or_default()
}

/// First contact shows every language by its own name; the messenger's hint comes first.
#[test]
fn language_menu_with_hint_first() {
    let mut talk = Talk::new();
    talk.hint = Some("uk-UA");
    let outputs = talk.send(Input::Command(Command::Start(None)));
    assert_eq!(
        buttons(&outputs),
        ["lang:uk", "lang:ar", "lang:de", "lang:en", "lang:ru"]
    );
    let labels: Vec<_> = outputs[0]
        .message()
        .unwrap()
        .buttons
        .iter()
        .map(|b| b.label.clone())
        .collect();
    assert_eq!(
        labels,
        ["Українська", "العربية", "Deutsch", "English", "Русский"]
    );
    assert!(last_text(&outputs).starts_with(&talk.t("uk", "choose-language")));
}

/// Free text before choosing: a clear sentence switches, an unclear one asks first.
#[test]
fn language_from_free_text() {
    let mut talk = Talk::new();
    let reply = talk.text("مرحبا، وصلت اليوم إلى كالتال وأحتاج إلى مساعدة في التسجيل");
    assert_eq!(talk.session.language.as_deref(), Some("ar"));
    assert!(reply.starts_with(&talk.t("ar", "language-set")), "{reply}");
    assert!(reply.contains(&talk.t("ar", "main-text")));

    let mut talk = Talk::new();
    let reply = talk.text("Привет всем");
    assert!(talk.session.language.is_none());
    assert!(
        matches!(&talk.session.state, State::ConfirmingLanguage { guess, .. } if guess == "ru" || guess == "uk"),
        "{reply}"
    );
    talk.text("1");
    assert!(talk.session.language.is_some());
}

/// `/start ar_register` opens the page in Arabic; `/start immigration-form` asks the
/// language, then opens the form.
#[test]
fn deep_links() {
    let mut talk = Talk::new();
    let reply = talk.text("/start ar_register");
    assert_eq!(talk.session.language.as_deref(), Some("ar"));
    assert_eq!(
        talk.session.state,
        State::AtNode {
            node: "register".into()
        }
    );
    assert!(reply.contains(&talk.t("ar", "register-text")), "{reply}");

    let mut talk = Talk::new();
    talk.text("/start immigration-form");
    assert_eq!(
        talk.session.state,
        State::ChoosingLanguage {
            then: Some("immigration-form".into())
        }
    );
    talk.press("lang:de");
    assert_eq!(
        talk.session.state,
        State::InForm {
            form: "immigration-form".into()
        }
    );
}

/// Stickers, locations and voice messages get a translated answer and the question again.
#[test]
fn unsupported_input_is_answered() {
    let mut talk = Talk::new();
    talk.text("/start de");
    let reply = last_text(&talk.send(Input::Unsupported));
    assert!(reply.starts_with(&talk.t("de", "unsupported-message")));
    assert!(reply.contains(&talk.t("de", "main-text")));
}

/// A button on an old menu further up the chat is followed; an old form button just shows
/// the current question again.
#[test]
fn old_buttons() {
    let mut talk = Talk::new();
    talk.text("/start en");
    talk.press("go:main:1");
    assert_eq!(
        talk.session.state,
        State::AtNode {
            node: "immigration".into()
        }
    );
    talk.press("go:main:0"); // pressed on the main menu message sent earlier
    assert_eq!(
        talk.session.state,
        State::AtNode {
            node: "register".into()
        }
    );
    talk.press("go:register:0");
    talk.text("Haddad");
    let reply = talk.press("f:0:skip"); // from the previous question's message
    assert!(
        reply.contains(&talk.t("en", "field-given-names")),
        "{reply}"
    );
    assert_eq!(talk.session.drafts["register-form"].answers.len(), 1);
}

/// `/back` steps through questions and out of the form; the draft waits on the main menu.
#[test]
fn back_and_resume() {
    let mut talk = Talk::new();
    talk.text("/start en");
    talk.press("go:main:0");
    talk.press("go:register:0");
    talk.text("Haddad");
    talk.text("/back");
    assert_eq!(
        talk.session.drafts["register-form"].position,
        Position::Field {
            index: 0,
            correcting: false,
            step: FieldStep::Main
        }
    );
    let reply = talk.text("/back");
    assert!(
        reply.starts_with(&talk.t("en", "form-draft-kept")),
        "{reply}"
    );
    talk.text("/menu");
    let outputs = talk.send(Input::Command(Command::Menu));
    assert_eq!(buttons(&outputs)[0], "go:register-form");
    let reply = talk.press("go:register-form");
    assert!(
        reply.contains("Haddad") || reply.contains(&talk.t("en", "field-family-name")),
        "{reply}"
    );
    assert!(
        reply.starts_with(&strip_bidi_marks(&content().locales.text(
            "en",
            "form-resume",
            &[("title", talk.t("en", "register-form-title").into())]
        ))),
        "{reply}"
    );
}

/// An attachment outside a photo question is acknowledged and not kept.
#[test]
fn attachment_when_not_asked() {
    let mut talk = Talk::new();
    talk.text("/start en");
    let reply = last_text(&talk.send(Input::Attachment(AttachmentInput {
        id: "x".into(),
        verdict: Verdict::Pdf,
    })));
    assert!(reply.starts_with(&talk.t("en", "attachment-not-expected")));
    assert_eq!(talk.session.attachment_ids().count(), 0);
}

/// `/delete` asks first; yes erases the session and tells the person in their language.
#[test]
fn delete_asks_then_erases() {
    let mut talk = Talk::new();
    talk.text("/start ru");
    talk.press("go:main:0");
    talk.press("go:register:0");
    talk.text("Иванов");
    talk.text("/delete");
    let reply = talk.press("del:no");
    assert!(reply.starts_with(&talk.t("ru", "delete-kept")));
    assert_eq!(
        talk.session.state,
        State::InForm {
            form: "register-form".into()
        }
    );
    talk.text("/delete");
    let outputs = talk.press_outputs("del:yes");
    assert!(outputs.contains(&Output::EraseUserData));
    assert_eq!(last_text(&outputs), talk.t("ru", "delete-done"));
    assert_eq!(talk.session, Session::default());
}

/// `/status` lists submitted requests; `/cancel` drops the draft and sends nothing.
#[test]
fn status_and_cancel() {
    let mut talk = Talk::new();
    talk.text("/start en");
    assert!(
        talk.text("/status")
            .starts_with(&talk.t("en", "status-none"))
    );
    talk.press("go:main:8");
    let form_option = content()
        .flow
        .node("counselling")
        .unwrap()
        .kind
        .options()
        .iter()
        .position(|o| o.goto == "counselling-form")
        .unwrap();
    talk.press(&format!("go:counselling:{form_option}"));
    talk.text("Haddad");
    let reply = talk.text("/cancel");
    assert!(reply.starts_with(&talk.t("en", "form-cancelled")));
    assert!(talk.session.drafts.is_empty());
    assert!(
        talk.text("/cancel")
            .starts_with(&talk.t("en", "cancel-nothing"))
    );
}

impl Talk {
    fn press_outputs(&mut self, data: &str) -> Vec<Output> {
        self.send(Input::Button(data.to_string()))
    }
}

/// Button data stays within Telegram's 64 bytes for every node and field of the content.
#[test]
fn button_data_fits_telegram() {
    let flow = &content().flow;
    for node in flow.nodes.values() {
        for index in 0..node.kind.options().len() {
            assert!(format!("go:{}:{index}", node.id).len() <= 64);
        }
        assert!(format!("go:{}", node.id).len() <= 64);
    }
    for (code, _, _) in INTERPRETER_LANGUAGES {
        assert!(format!("f:99:l:{code}").len() <= 64);
    }
}
