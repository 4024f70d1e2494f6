//! The engine's messages as Telegram messages: plain text (never parsed as markup, so a
//! newcomer's text can contain `<`, `*` or `_`), buttons as an inline keyboard, long texts
//! split below Telegram's 4096-character limit.

use kompass_core::Output;
use kompass_core::engine::Message;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

/// Telegram's limit for a message text, in UTF-16 code units.
const MAX_TEXT_UNITS: usize = 4096;
/// Telegram's limit for `callback_data`, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

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
        if button.data.is_empty() || button.data.len() > MAX_CALLBACK_BYTES {
            // `kompass check` keeps flows from producing these; never send a button that
            // Telegram would refuse along with the whole message.
            tracing::error!(
                bytes = button.data.len(),
                "a button's data does not fit Telegram's 64 bytes; button left out"
            );
            continue;
        }
        let short = button.label.chars().count() <= SHORT_LABEL;
        let telegram_button =
            InlineKeyboardButton::callback(button.label.clone(), button.data.clone());
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
    use kompass_core::engine::Button;

    use super::*;

    fn say(text: &str, buttons: &[(&str, &str)]) -> Output {
        Output::Say(Message {
            text: text.into(),
            buttons: buttons.iter().map(|(l, d)| Button::new(*l, *d)).collect(),
            rtl: false,
            numbers_are_answers: false,
        })
    }

    #[test]
    fn a_note_joins_the_question_after_it() {
        let rendered = render(&[say("Gut.", &[]), say("Was brauchen Sie?", &[("A", "go:a")])]);
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
        let rendered = render(&[say(&long, &[("OK", "ok")])]);
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

    #[test]
    fn oversized_button_data_is_left_out() {
        let rendered = render(&[say("?", &[("ok", "go:a"), ("bad", &"x".repeat(65))])]);
        let keyboard = rendered[0].keyboard.as_ref().unwrap();
        assert_eq!(keyboard.inline_keyboard.len(), 1);
    }

    #[test]
    fn short_labels_share_rows() {
        let rendered = render(&[say(
            "?",
            &[
                ("Aufenthalt und Arbeitserlaubnis", "go:a:0"),
                ("Ja", "f:x:yes"),
                ("Nein", "f:x:no"),
                ("Zurück", "nav:back"),
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
