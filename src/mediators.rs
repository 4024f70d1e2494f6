//! `[matrix.mediators]`: the language mediators' rooms, one per language, and what
//! `kompass check` says about them together with the content: a language without a shipped
//! locale (nobody could ever write in it), a room that is neither an alias nor a room id,
//! an institution with `mediators = true` but no mediators' room (or no caseworker room,
//! where the translations would go).
//!
//! `check` does not look rooms up on the homeserver (it runs before every start, and the
//! network may not be there yet); the running bot logs an alias it cannot resolve and tries
//! again every minute.

use std::collections::BTreeMap;
use std::path::Path;

use kompass_core::Diagnostic;
use kompass_core::content::Flow;
use kompass_core::i18n::Locales;
use kompass_core::toml_problems::{Problem, TomlFile};
use serde::Deserialize;

use crate::config::Config;

/// `[matrix.mediators]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediatorsConfig {
    /// Hours a caseworker's reply waits for its translation before the newcomer gets the
    /// German original; 0 sends the original at once and the translation when it comes.
    #[serde(default = "default_wait_hours")]
    pub wait_hours: u32,
    /// Members of a mediators' room need at least this power level for their translations
    /// to be passed on.
    #[serde(default)]
    pub power_level: i64,
    /// Language code → room alias (`#…:server`) or room id (`!…:server`).
    #[serde(default)]
    pub rooms: BTreeMap<String, String>,
    /// The line of each room in the file, for `kompass check`.
    #[serde(skip)]
    lines: BTreeMap<String, usize>,
}

fn default_wait_hours() -> u32 {
    4
}

/// A Matrix room alias or room id, as far as it can be told without asking the server.
fn is_room_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('#').or_else(|| name.strip_prefix('!')) else {
        return false;
    };
    match rest.split_once(':') {
        Some((local, server)) => {
            !local.is_empty()
                && !server.is_empty()
                && !name.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

impl MediatorsConfig {
    /// Remembers each room's line and reports rooms that are no alias or room id.
    pub fn read_lines(&mut self, file: &TomlFile) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (language, room) in &self.rooms {
            let key = format!("matrix.mediators.rooms.{language}");
            let line = file.line(&key);
            if let Some(line) = line {
                self.lines.insert(language.clone(), line);
            }
            if !is_room_name(room) {
                problems.push(Problem {
                    line,
                    key: key.clone(),
                    problem: format!(
                        "`{key}` must be a room alias (#name:server) or a room id (!id:server); it is {room:?}"
                    ),
                    fix: format!("write e.g. {language} = \"#sprachmittlung-{language}:your-town.de\""),
                });
            }
        }
        problems
    }

    pub fn options(&self) -> kompass_matrix::MediatorOptions {
        kompass_matrix::MediatorOptions {
            rooms: self.rooms.clone(),
            power_level: self.power_level,
            wait: std::time::Duration::from_secs(u64::from(self.wait_hours) * 3600),
        }
    }
}

/// What `kompass check` says about mediators, given the config and the loaded content.
pub fn check(config: &Config, flow: &Flow, locales: &Locales) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let config_file = config.path.as_deref().unwrap_or(Path::new("config.toml"));
    let mediators = config.matrix.as_ref().and_then(|m| m.mediators.as_ref());
    if let Some(mediators) = mediators {
        let languages: Vec<&str> = locales.languages().collect();
        for language in mediators.rooms.keys() {
            if !locales.has_language(language) {
                found.push(Diagnostic::error(
                    config_file,
                    mediators.lines.get(language).copied(),
                    format!(
                        "`matrix.mediators.rooms.{language}`: there are no texts in `{language}` (locales/{language}/), so no newcomer writes in it"
                    ),
                    format!("use a language code of the locales: {}", languages.join(", ")),
                ));
            }
        }
    }
    let has_rooms = config.path.is_none() || mediators.is_some_and(|m| !m.rooms.is_empty());
    for institution in flow.institutions.values().filter(|i| i.mediators) {
        if institution.matrix_room.is_none() {
            found.push(Diagnostic::warning(
                &institution.source.file,
                Some(institution.source.line),
                format!(
                    "institution `{}` has `mediators = true` but no `matrix_room`: the mediators' translations go into the case's thread there",
                    institution.id
                ),
                "add `matrix_room`, or remove `mediators = true`",
            ));
        } else if !has_rooms {
            found.push(Diagnostic::warning(
                &institution.source.file,
                Some(institution.source.line),
                format!(
                    "institution `{}` has `mediators = true`, but {} names no language mediators' room: nothing goes to the mediators",
                    institution.id,
                    config_file.display()
                ),
                "add rooms under `[matrix.mediators.rooms]` (e.g. ar = \"#sprachmittlung-ar:your-town.de\"), or remove `mediators = true`",
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_names_are_aliases_or_ids() {
        for good in [
            "#sprachmittlung-ar:kreis-lippe.de",
            "!abc:server",
            "#a:b:8448",
        ] {
            assert!(is_room_name(good), "{good}");
        }
        for bad in [
            "sprachmittlung-ar",
            "#nochserver",
            "#:server",
            "#a:",
            "@user:server",
            "#a b:c",
        ] {
            assert!(!is_room_name(bad), "{bad}");
        }
    }
}

#[cfg(test)]
mod config_tests {
    use super::*;

    const MATRIX: &str = "[matrix]\nhomeserver = \"https://m.example.org\"\nuser = \"@k:example.org\"\npassword_env = \"X\"\nstore_passphrase_env = \"Y\"\n";

    fn content() -> (Flow, Locales) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (flow, locales, diagnostics) =
            kompass_core::content::load_lenient(&root.join("flows"), &root.join("locales"));
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        (flow.unwrap(), locales.unwrap())
    }

    fn load(dir: &Path, text: &str) -> anyhow::Result<Config> {
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    /// A room that is no alias or room id stops the start, with its key and line.
    #[test]
    fn a_room_that_is_no_alias_is_refused_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let error = load(
            dir.path(),
            &format!("{MATRIX}\n[matrix.mediators]\nwait_hours = 2\n\n[matrix.mediators.rooms]\nar = \"#sprachmittlung-ar:example.org\"\nfa = \"sprachmittlung-fa\"\n"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("config.toml:12: `matrix.mediators.rooms.fa` must be a room alias"),
            "{error}"
        );
        assert!(error.contains("1 problem(s)"), "{error}");
        let error = load(
            dir.path(),
            &format!("{MATRIX}\n[matrix.mediators]\nwait_houres = 2\n"),
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("did you mean `wait_hours`?"), "{error}");
    }

    /// `kompass check`: a language without texts is an error at its line; an institution
    /// with the switch but no mediators' room is a warning; the options carry the rooms.
    #[test]
    fn check_names_languages_without_texts_and_switches_without_rooms() {
        let dir = tempfile::tempdir().unwrap();
        let (mut flow, locales) = content();
        let config = load(
            dir.path(),
            &format!("{MATRIX}\n[matrix.mediators.rooms]\nar = \"#sm-ar:example.org\"\nps = \"#sm-ps:example.org\"\n"),
        )
        .unwrap();
        let found = check(&config, &flow, &locales);
        let [error] = found.as_slice() else {
            panic!("{found:?}")
        };
        assert_eq!(error.severity, kompass_core::Severity::Error);
        assert_eq!(error.line, Some(9));
        assert!(
            error.problem.contains("`matrix.mediators.rooms.ps`"),
            "{error}"
        );
        let options = config
            .matrix
            .as_ref()
            .unwrap()
            .mediators
            .as_ref()
            .unwrap()
            .options();
        assert_eq!(options.rooms.len(), 2);
        assert_eq!(options.wait, std::time::Duration::from_secs(4 * 3600));

        flow.institutions
            .get_mut("integrationsbuero")
            .unwrap()
            .mediators = true;
        assert!(
            check(&config, &flow, &locales).len() == 1,
            "rooms are there"
        );
        let without = load(dir.path(), MATRIX).unwrap();
        let found = check(&without, &flow, &locales);
        let [warning] = found.as_slice() else {
            panic!("{found:?}")
        };
        assert_eq!(warning.severity, kompass_core::Severity::Warning);
        assert!(
            warning
                .problem
                .contains("`integrationsbuero` has `mediators = true`"),
            "{warning}"
        );
        assert!(warning.file.ends_with("kalletal.toml"));
    }
}
