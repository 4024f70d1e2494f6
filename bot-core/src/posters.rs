//! The posters' pages (`kompass poster`): per language its greeting, line and scan hint
//! from `documents.ftl` with the German beside them, and a QR code per configured channel:
//! Telegram `https://t.me/<bot>?start=<lang>` (or `<lang>_<node>`, a deep link the engine
//! understands) and Matrix `https://matrix.to/#/<bot user id>`.

use kompass_documents::{PosterChannel, PosterGerman, PosterPage};

use crate::engine::is_rtl;
use crate::i18n::{CASEWORKER_LANGUAGE, Locales, strip_bidi_marks};

/// Where the codes lead. A channel that is `None` gets no code.
#[derive(Debug, Clone, Copy, Default)]
pub struct PosterLinks<'a> {
    /// The bot's Telegram username, with or without `@`.
    pub telegram_username: Option<&'a str>,
    /// The bot's Matrix user id (`@kompass:your-town.de`).
    pub matrix_user: Option<&'a str>,
    /// The flow node the Telegram link opens at.
    pub start: Option<&'a str>,
    /// The municipality the Telegram link leads to, in a deployment with several
    /// (`?start=<town>_<lang>[_<node>]`).
    pub town: Option<&'a str>,
}

/// What is wrong with the poster's inputs.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PosterError {
    #[error(
        "no channel to link to: set `[telegram] username` or `[matrix] user` in the config, or pass --telegram-username"
    )]
    NoChannel,
    #[error("`{0}` is not a Telegram bot username (5 to 32 letters, digits or _)")]
    TelegramUsername(String),
    #[error("`{0}` is not a Matrix user id (like @kompass:your-town.de)")]
    MatrixUser(String),
    #[error(
        "the start node `{0}` cannot be a Telegram deep link (letters, digits, - and _, at most 64 with the language)"
    )]
    StartNode(String),
    #[error("no texts for the language `{unknown}`; languages: {known}")]
    UnknownLanguage { unknown: String, known: String },
}

/// `https://t.me/<username>?start=<lang>[_<node>]`.
pub fn telegram_link(
    username: &str,
    lang: &str,
    start: Option<&str>,
) -> Result<String, PosterError> {
    town_telegram_link(username, None, lang, start)
}

/// `https://t.me/<username>?start=[<town>_]<lang>[_<node>]`.
pub fn town_telegram_link(
    username: &str,
    town: Option<&str>,
    lang: &str,
    start: Option<&str>,
) -> Result<String, PosterError> {
    let username = username.trim_start_matches('@');
    let valid = (5..=32).contains(&username.len())
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(PosterError::TelegramUsername(username.to_string()));
    }
    let mut payload = match start {
        Some(node) => format!("{lang}_{node}"),
        None => lang.to_string(),
    };
    if let Some(town) = town {
        payload = format!("{town}_{payload}");
    }
    // Telegram's limit for a start parameter.
    let valid = payload.len() <= 64
        && payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        return Err(PosterError::StartNode(start.unwrap_or(lang).to_string()));
    }
    Ok(format!("https://t.me/{username}?start={payload}"))
}

/// `https://matrix.to/#/<user id>`.
pub fn matrix_link(user: &str) -> Result<String, PosterError> {
    let valid = user.starts_with('@')
        && user
            .split_once(':')
            .is_some_and(|(local, server)| local.len() > 1 && !server.is_empty())
        && !user
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '<' | '>'));
    if !valid {
        return Err(PosterError::MatrixUser(user.to_string()));
    }
    Ok(format!("https://matrix.to/#/{user}"))
}

/// One page per language, in the order given.
pub fn poster_pages(
    locales: &Locales,
    languages: &[String],
    links: &PosterLinks<'_>,
) -> Result<Vec<PosterPage>, PosterError> {
    if links.telegram_username.is_none() && links.matrix_user.is_none() {
        return Err(PosterError::NoChannel);
    }
    let german = CASEWORKER_LANGUAGE;
    let text = |lang: &str, id: &str| strip_bidi_marks(&locales.text(lang, id, &[]));
    let mut pages = Vec::new();
    for lang in languages {
        if !locales.has_language(lang) {
            return Err(PosterError::UnknownLanguage {
                unknown: lang.clone(),
                known: locales.languages().collect::<Vec<_>>().join(", "),
            });
        }
        let is_german = lang == german;
        let german_text = |id: &str| (!is_german).then(|| text(german, id));
        let mut channels = Vec::new();
        if let Some(username) = links.telegram_username {
            channels.push(PosterChannel {
                caption: text(lang, "poster-telegram"),
                caption_german: german_text("poster-telegram"),
                link: town_telegram_link(username, links.town, lang, links.start)?,
            });
        }
        if let Some(user) = links.matrix_user {
            channels.push(PosterChannel {
                caption: text(lang, "poster-element"),
                caption_german: german_text("poster-element"),
                link: matrix_link(user)?,
            });
        }
        pages.push(PosterPage {
            language: lang.clone(),
            rtl: is_rtl(lang),
            greeting: text(lang, "poster-greeting"),
            line: text(lang, "poster-line"),
            scan: text(lang, "poster-scan"),
            german: (!is_german).then(|| PosterGerman {
                greeting: text(german, "poster-greeting"),
                line: text(german, "poster-line"),
                scan: text(german, "poster-scan"),
            }),
            channels,
        });
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert_eq!(
            telegram_link("@kompass_bot", "ar", Some("register")).unwrap(),
            "https://t.me/kompass_bot?start=ar_register"
        );
        assert_eq!(
            telegram_link("kompass_bot", "uk", None).unwrap(),
            "https://t.me/kompass_bot?start=uk"
        );
        assert_eq!(
            town_telegram_link("kompass_bot", Some("lindenau"), "ar", Some("register")).unwrap(),
            "https://t.me/kompass_bot?start=lindenau_ar_register"
        );
        assert!(telegram_link("k b", "ar", None).is_err());
        assert!(telegram_link("kompass_bot", "ar", Some("a b")).is_err());
        assert!(telegram_link("kompass_bot", "ar", Some(&"x".repeat(70))).is_err());
        assert_eq!(
            matrix_link("@kompass:kalletal.de").unwrap(),
            "https://matrix.to/#/@kompass:kalletal.de"
        );
        assert!(matrix_link("kompass").is_err());
        assert!(matrix_link("@kompass:x/../y").is_err());
    }
}
