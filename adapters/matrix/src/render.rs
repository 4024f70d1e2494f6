//! Engine messages as Matrix notices: the text, then the buttons as a numbered list (a
//! newcomer answers with the number or the label). Each message has a plain body and an
//! HTML body; all text is escaped, so nothing a person typed is ever read as markup.

use kompass_core::Output;
use kompass_core::engine::{Command, Engine, Message};

/// One notice: the plain body and its HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub plain: String,
    pub html: String,
}

/// The notices for a step's outputs.
pub fn render(outputs: &[Output]) -> Vec<Notice> {
    outputs
        .iter()
        .filter_map(Output::message)
        .map(notice)
        .collect()
}

pub fn notice(message: &Message) -> Notice {
    let text = commands_with_bang(&message.text);
    let mut plain = text.clone();
    let mut html = lines_html(&text);
    if !message.buttons.is_empty() {
        plain.push_str("\n\n");
        // Numbered only where a typed number selects the option; where it is an answer (a
        // number question, a message to a person) the options are a plain list.
        let list = if message.numbers_are_answers {
            "ul"
        } else {
            "ol"
        };
        html.push_str(&format!("<{list}>"));
        for (index, button) in message.buttons.iter().enumerate() {
            if message.numbers_are_answers {
                plain.push_str(&format!("• {}\n", button.label));
            } else {
                plain.push_str(&format!("{}. {}\n", index + 1, button.label));
            }
            html.push_str(&format!("<li>{}</li>", escape(&button.label)));
        }
        html.push_str(&format!("</{list}>"));
        plain.truncate(plain.trim_end().len());
    }
    if message.rtl {
        html = format!("<div dir=\"rtl\">{html}</div>");
    }
    Notice { plain, html }
}

/// The bot's commands as they are typed on Matrix: "!delete" for "/delete". Matrix
/// clients take a message that starts with "/" as one of their own commands: Element
/// Android drops an unknown one unsent, Element Web asks first and has a "/help" of its
/// own, so a newcomer told to write "/delete" could not. Only the bot's command words,
/// standing alone ("/delete –", "(/menu)"), are changed.
pub fn commands_with_bang(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('/') {
        let (before, from_slash) = rest.split_at(at);
        out.push_str(before);
        let word_len = from_slash[1..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(from_slash.len() - 1);
        let word = &from_slash[1..1 + word_len];
        let starts_a_word = out
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "(«“\"'".contains(c));
        let ends_a_word = from_slash[1 + word_len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '/' && c != '@');
        let is_command = Command::WORDS.iter().any(|(name, _)| *name == word);
        if starts_a_word && ends_a_word && is_command {
            out.push('!');
        } else {
            out.push('/');
        }
        out.push_str(word);
        rest = &from_slash[1 + word_len..];
    }
    out.push_str(rest);
    out
}

/// System message `id` in each of `languages`, one paragraph each (for a person whose
/// language is not known, or a group).
pub fn languages_notice(engine: &Engine, languages: &[&str], id: &str) -> Notice {
    let notices: Vec<Notice> = languages
        .iter()
        .map(|lang| notice(&engine.system_message(Some(lang), id)))
        .collect();
    Notice {
        plain: notices
            .iter()
            .map(|n| n.plain.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
        html: notices.iter().map(|n| n.html.as_str()).collect(),
    }
}

/// Drops a reply's quoted fallback ("> …" lines and the blank line before the answer),
/// which older clients put in front of a reply's text.
pub fn without_reply_fallback(body: &str) -> &str {
    if !body.starts_with("> ") {
        return body;
    }
    body.split_once("\n\n").map_or(body, |(_, rest)| rest)
}

/// Text as HTML paragraphs: blank lines separate paragraphs (however many there are: a
/// request's lines begin with one), single breaks stay.
pub fn lines_html(text: &str) -> String {
    let mut html = String::new();
    let mut paragraph: Vec<String> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if !line.trim().is_empty() {
            paragraph.push(escape(line));
        } else if !paragraph.is_empty() {
            html.push_str(&format!("<p>{}</p>", paragraph.join("<br>")));
            paragraph.clear();
        }
    }
    html
}

pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use kompass_core::action::Action;
    use kompass_core::engine::Button;

    use super::*;

    /// The help's "/delete" reached Matrix as written, which Element takes as a command
    /// of its own (Android drops it unsent): the bot's commands are shown with "!", in
    /// the plain and the HTML body; other slashes stay.
    #[test]
    fn commands_are_shown_as_matrix_types_them() {
        let message = Message {
            text: "You can use these commands:\n/menu – main menu\n/delete – delete my data\n\
                   Another language? Write: /language. (/help)\n\
                   https://example.org/help and/or /home/menu, /deleted, 1/2"
                .into(),
            buttons: vec![],
            rtl: false,
            numbers_are_answers: false,
        };
        let notice = notice(&message);
        assert_eq!(
            notice.plain,
            "You can use these commands:\n!menu – main menu\n!delete – delete my data\n\
             Another language? Write: !language. (!help)\n\
             https://example.org/help and/or /home/menu, /deleted, 1/2"
        );
        assert!(
            notice.html.contains("<br>!delete – delete my data"),
            "{}",
            notice.html
        );
        assert!(!notice.html.contains("/delete –"), "{}", notice.html);
    }

    #[test]
    fn buttons_become_a_numbered_list() {
        let message = Message {
            text: "Welcome.\n\nWhat do you need?".into(),
            buttons: vec![
                Button::new(
                    "Register",
                    &Action::Go {
                        node: "a".into(),
                        option: 0,
                    },
                ),
                Button::new("Back", &Action::Back),
            ],
            rtl: false,
            numbers_are_answers: false,
        };
        let notice = notice(&message);
        assert_eq!(
            notice.plain,
            "Welcome.\n\nWhat do you need?\n\n1. Register\n2. Back"
        );
        assert_eq!(
            notice.html,
            "<p>Welcome.</p><p>What do you need?</p><ol><li>Register</li><li>Back</li></ol>"
        );
    }

    #[test]
    fn blank_lines_only_separate_paragraphs() {
        assert_eq!(
            lines_html("\nReference: KAL-1\nChannel: Telegram\n\n\n\nNotes: <b>\n"),
            "<p>Reference: KAL-1<br>Channel: Telegram</p><p>Notes: &lt;b&gt;</p>"
        );
    }

    #[test]
    fn text_is_escaped_and_rtl_is_marked() {
        let message = Message {
            text: "<b>اسم</b> & \"x\"".into(),
            buttons: Vec::new(),
            rtl: true,
            numbers_are_answers: false,
        };
        let notice = notice(&message);
        assert_eq!(notice.plain, "<b>اسم</b> & \"x\"");
        assert_eq!(
            notice.html,
            "<div dir=\"rtl\"><p>&lt;b&gt;اسم&lt;/b&gt; &amp; &quot;x&quot;</p></div>"
        );
    }
}
