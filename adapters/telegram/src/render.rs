//! The engine's messages as Telegram messages: plain text (never parsed as markup, so a
//! newcomer's text can contain `<`, `*` or `_`), buttons as an inline keyboard, long texts
//! split below Telegram's 4096-character limit.

use kompass_core::Output;
use kompass_core::engine::Message;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

/// Telegram's limit for a message text, in UTF-16 code units.
const MAX_TEXT_UNITS: usize = 4096;

/// One Telegram message to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub text: String,
    pub keyboard: Option<InlineKeyboardMarkup>,
    /// The engine asks for a photo: say "sending a photo…"-friendly things.
    pub upload: bool,
}

/// The messages to send for a step. A message without buttons is joined with the next
/// one, so a step reads as one message (one notification, one rate-limit slot).
pub fn render(outputs: &[Output]) -> Vec<Outgoing> {
    let mut rendered: Vec<Outgoing> = Vec::new();
    let mut carried: Option<String> = None;
    for output in outputs {
        let (message, upload) = match output {
            Output::Say(message) => (message, false),
            Output::AskUpload(message) => (message, true),
            Output::Submit(_)
            | Output::EraseUserData
            | Output::OpenCase(_)
            | Output::Forward { .. } => continue,
        };
        let text = match carried.take() {
            Some(before) => format!("{before}\n\n{}", message.text),
            None => message.text.clone(),
        };
        if message.buttons.is_empty() && !upload {
            carried = Some(text);
            continue;
        }
        push_split(&mut rendered, text, keyboard(message), upload);
    }
    if let Some(text) = carried {
        push_split(&mut rendered, text, None, false);
    }
    rendered
}

/// A notice (not a reply): one message, no buttons.
pub fn render_message(message: &Message) -> Vec<Outgoing> {
    let mut rendered = Vec::new();
    push_split(
        &mut rendered,
        message.text.clone(),
        keyboard(message),
        false,
    );
    rendered
}

/// Labels up to this many characters share a row with a neighbour of the same kind.
const SHORT_LABEL: usize = 14;

fn keyboard(message: &Message) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let mut open_row = false;
    for button in &message.buttons {
        // A button's data is an encoded `Action`: it fits Telegram's 64 bytes by
        // construction (`kompass_core::action`, checked there once for all messengers).
        let short = button.label.chars().count() <= SHORT_LABEL;
        let telegram_button =
            InlineKeyboardButton::callback(button.label.clone(), button.data().to_string());
        // Long labels get a row of their own so they stay whole on a narrow phone; short
        // ones (languages, Yes/No, Back/Cancel) go two to a row.
        match rows.last_mut() {
            Some(row) if open_row && short && row.len() < 2 => {
                row.push(telegram_button);
                open_row = false;
            }
            _ => {
                rows.push(vec![telegram_button]);
                open_row = short;
            }
        }
    }
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

fn push_split(
    rendered: &mut Vec<Outgoing>,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
    upload: bool,
) {
    let mut chunks = split(&text);
    let last = chunks.pop().unwrap_or_default();
    for chunk in chunks {
        rendered.push(Outgoing {
            text: chunk,
            keyboard: None,
            upload: false,
        });
    }
    rendered.push(Outgoing {
        text: last,
        keyboard,
        upload,
    });
}

/// Splits at line breaks (or, for one huge line, at characters) so that every piece fits.
fn split(text: &str) -> Vec<String> {
    let text = if text.trim().is_empty() { "…" } else { text };
    let units = |s: &str| s.encode_utf16().count();
    if units(text) <= MAX_TEXT_UNITS {
        return vec![text.to_string()];
    }
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut current_units = 0;
    for line in text.split_inclusive('\n') {
        let line_units = units(line);
        if current_units + line_units > MAX_TEXT_UNITS && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
            current_units = 0;
        }
        if line_units > MAX_TEXT_UNITS {
            for ch in line.chars() {
                if current_units + ch.len_utf16() > MAX_TEXT_UNITS {
                    pieces.push(std::mem::take(&mut current));
                    current_units = 0;
                }
                current.push(ch);
                current_units += ch.len_utf16();
            }
        } else {
            current.push_str(line);
            current_units += line_units;
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use kompass_core::action::{Action, FieldButton};
    use kompass_core::engine::Button;

    use super::*;

    fn go(node: &str, option: usize) -> Action {
        Action::Go {
            node: node.into(),
            option,
        }
    }

    fn say(text: &str, buttons: &[(&str, Action)]) -> Output {
        Output::Say(Message {
            text: text.into(),
            buttons: buttons.iter().map(|(l, a)| Button::new(*l, a)).collect(),
            rtl: false,
            numbers_are_answers: false,
        })
    }

    #[test]
    fn a_note_joins_the_question_after_it() {
        let rendered = render(&[
            say("Gut.", &[]),
            say("Was brauchen Sie?", &[("A", go("a", 0))]),
        ]);
        assert_eq!(rendered.len(), 1);
        assert_eq!(rendered[0].text, "Gut.\n\nWas brauchen Sie?");
        assert!(rendered[0].keyboard.is_some());
    }

    #[test]
    fn markup_stays_text() {
        let rendered = render(&[say("<b>Name</b> *x* _y_ &amp;", &[])]);
        assert_eq!(rendered[0].text, "<b>Name</b> *x* _y_ &amp;");
    }

    #[test]
    fn long_texts_are_split_and_the_keyboard_goes_last() {
        let long = format!("{}\n{}", "a".repeat(3000), "b".repeat(3000));
        let rendered = render(&[say(&long, &[("OK", Action::Back)])]);
        assert_eq!(rendered.len(), 2);
        assert!(rendered[0].keyboard.is_none());
        assert!(rendered[1].keyboard.is_some());
        let one_line = "ж".repeat(9000);
        let rendered = render(&[say(&one_line, &[])]);
        assert_eq!(rendered.len(), 3);
        assert!(
            rendered
                .iter()
                .all(|o| o.text.encode_utf16().count() <= MAX_TEXT_UNITS)
        );
        assert_eq!(
            rendered
                .iter()
                .map(|o| o.text.chars().count())
                .sum::<usize>(),
            9000
        );
    }

    /// Pressing a button hands the engine its action back: the keyboard carries the
    /// encoded action, and it parses to the same one.
    #[test]
    fn button_data_is_the_encoded_action() {
        let action = Action::Answer {
            field: 2,
            value: FieldButton::InterpreterLanguage("fa".into()),
        };
        let rendered = render(&[say("?", &[("فارسی", action.clone())])]);
        let keyboard = rendered[0].keyboard.as_ref().unwrap();
        let teloxide::types::InlineKeyboardButtonKind::CallbackData(data) =
            &keyboard.inline_keyboard[0][0].kind
        else {
            panic!("not a callback button: {keyboard:?}");
        };
        assert_eq!(data, "f:2:l:fa");
        assert_eq!(Action::parse(data), Ok(action));
    }

    #[test]
    fn short_labels_share_rows() {
        let rendered = render(&[say(
            "?",
            &[
                ("Aufenthalt und Arbeitserlaubnis", go("a", 0)),
                (
                    "Ja",
                    Action::Answer {
                        field: 0,
                        value: FieldButton::Yes,
                    },
                ),
                (
                    "Nein",
                    Action::Answer {
                        field: 0,
                        value: FieldButton::No,
                    },
                ),
                ("Zurück", Action::Back),
            ],
        )]);
        let rows: Vec<usize> = rendered[0]
            .keyboard
            .as_ref()
            .unwrap()
            .inline_keyboard
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(rows, [1, 2, 1]);
    }
}
