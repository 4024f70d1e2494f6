//! Caseworker commands in a case's thread: `!termin`, `!vorlage`, `!vorlagen`, `!erledigt`,
//! `!hilfe`. Caseworkers read German: the help and the explanations of mistakes are German
//! texts from `locales/de/caseworker.ftl` (so a municipality can adjust them).

use chrono::{NaiveDate, NaiveTime};
use kompass_core::i18n::Locales;
use kompass_core::templates::{parse_date, parse_time};

/// A command a caseworker typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomCommand {
    Help,
    Close,
    Appointment {
        date: NaiveDate,
        time: NaiveTime,
        place: Option<String>,
    },
    /// `!vorlage …`: what follows the command word, read by [`kompass_core::templates::fill`].
    Template(String),
    /// `!vorlagen`: the list of templates.
    Templates,
}

/// What is wrong with a command; [`CommandError::explain`] says it in German.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    Unknown(String),
    AppointmentMissing,
    DateInvalid(String),
    DatePast(NaiveDate),
    TimeInvalid(String),
}

impl CommandError {
    pub fn explain(&self, locales: &Locales) -> String {
        let t = |id: &str, args: &[(&str, kompass_core::i18n::Arg<'_>)]| {
            locales.caseworker_text(id, args)
        };
        let example = t("caseworker-appointment-example", &[]);
        match self {
            Self::Unknown(command) => format!(
                "{}\n\n{}",
                t(
                    "caseworker-unknown-command",
                    &[("command", command.as_str().into())]
                ),
                t("caseworker-help", &[])
            ),
            Self::AppointmentMissing => {
                format!("{} {example}", t("caseworker-appointment-missing", &[]))
            }
            Self::DateInvalid(date) => format!(
                "{} {example}",
                t("caseworker-date-invalid", &[("date", date.as_str().into())])
            ),
            Self::DatePast(date) => format!(
                "{} {example}",
                t(
                    "caseworker-date-past",
                    &[("date", date.format("%d.%m.%Y").to_string().into())]
                )
            ),
            Self::TimeInvalid(time) => format!(
                "{} {example}",
                t("caseworker-time-invalid", &[("time", time.as_str().into())])
            ),
        }
    }
}

/// `None` when `body` is no command (a reply to relay); otherwise the command, or what is
/// wrong with it.
pub fn parse(body: &str, today: NaiveDate) -> Option<Result<RoomCommand, CommandError>> {
    let body = body.trim();
    let rest = body.strip_prefix('!')?;
    let (name, arguments) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(name, arguments)| (name, arguments.trim()));
    Some(match name.to_lowercase().as_str() {
        "hilfe" | "help" => Ok(RoomCommand::Help),
        "erledigt" => Ok(RoomCommand::Close),
        "termin" => appointment(arguments, today),
        "vorlage" => Ok(RoomCommand::Template(arguments.to_string())),
        "vorlagen" => Ok(RoomCommand::Templates),
        other => Err(CommandError::Unknown(other.to_string())),
    })
}

fn appointment(arguments: &str, today: NaiveDate) -> Result<RoomCommand, CommandError> {
    let mut words = arguments.split_whitespace();
    let (Some(date), Some(time)) = (words.next(), words.next()) else {
        return Err(CommandError::AppointmentMissing);
    };
    let date = parse_date(date, today).ok_or_else(|| CommandError::DateInvalid(date.into()))?;
    if date < today {
        return Err(CommandError::DatePast(date));
    }
    let time = parse_time(time).ok_or_else(|| CommandError::TimeInvalid(time.into()))?;
    // "10 Uhr Rathaus": the "Uhr" belongs to the time, not to the place.
    let mut words = words.peekable();
    words.next_if(|word| word.eq_ignore_ascii_case("uhr"));
    let place: Vec<&str> = words.collect();
    let place = (!place.is_empty()).then(|| place.join(" "));
    Ok(RoomCommand::Appointment { date, time, place })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn replies_are_no_commands() {
        assert_eq!(parse("Guten Tag, bitte bringen Sie …", today()), None);
        assert_eq!(parse("", today()), None);
    }

    #[test]
    fn commands_are_recognised() {
        assert_eq!(parse("!hilfe", today()), Some(Ok(RoomCommand::Help)));
        assert_eq!(parse(" !Erledigt ", today()), Some(Ok(RoomCommand::Close)));
        assert_eq!(
            parse("!termin 24.12.2026 10:30 Rathaus, Zimmer 12", today()),
            Some(Ok(RoomCommand::Appointment {
                date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                time: NaiveTime::from_hms_opt(10, 30, 0).unwrap(),
                place: Some("Rathaus, Zimmer 12".into()),
            }))
        );
        assert_eq!(
            parse("!termin 2027-01-05 9.15", today()),
            Some(Ok(RoomCommand::Appointment {
                date: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
                time: NaiveTime::from_hms_opt(9, 15, 0).unwrap(),
                place: None,
            }))
        );
        for (typed, place) in [
            ("!termin 24.12.26 10 Uhr Rathaus", Some("Rathaus")),
            ("!termin 24.12.26 10Uhr", None),
            ("!termin 24.12.26 10 uhr", None),
        ] {
            assert_eq!(
                parse(typed, today()),
                Some(Ok(RoomCommand::Appointment {
                    date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                    time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                    place: place.map(str::to_string),
                })),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_date_without_year_is_the_next_such_day() {
        let Some(Ok(RoomCommand::Appointment { date, .. })) = parse("!termin 3.1. 10", today())
        else {
            panic!("parsed")
        };
        assert_eq!(date, NaiveDate::from_ymd_opt(2027, 1, 3).unwrap());
    }

    fn shipped_locales() -> Locales {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut diagnostics = kompass_core::Diagnostics::default();
        Locales::load_dir(&dir, &mut diagnostics).unwrap()
    }

    #[test]
    fn templates_are_commands() {
        assert_eq!(
            parse("!vorlage termin datum=1.1.2027", today()),
            Some(Ok(RoomCommand::Template("termin datum=1.1.2027".into())))
        );
        assert_eq!(
            parse("!Vorlagen", today()),
            Some(Ok(RoomCommand::Templates))
        );
    }

    /// Mistakes are explained in German, from `locales/de/caseworker.ftl`.
    #[test]
    fn wrong_commands_are_explained_in_german() {
        let locales = shipped_locales();
        for (body, expected) in [
            ("!termin", "Datum und Uhrzeit"),
            ("!termin 31.02.2027 10:00", "Datum „31.02.2027“"),
            (
                "!termin 01.01.2020 10:00",
                "Der 01.01.2020 liegt in der Vergangenheit",
            ),
            ("!termin 01.01.2027 25:00", "Uhrzeit „25:00“"),
            ("!tremin 01.01.2027", "Unbekannter Befehl „!tremin“"),
        ] {
            let Some(Err(error)) = parse(body, today()) else {
                panic!("{body} should be refused")
            };
            let message = error.explain(&locales);
            assert!(message.contains(expected), "{body}: {message}");
            assert!(!message.contains('\u{2068}'), "{body}: {message:?}");
        }
        let Some(Err(error)) = parse("!tremin", today()) else {
            panic!()
        };
        assert!(
            error.explain(&locales).contains("!vorlage NAME"),
            "the help follows"
        );
    }
}
