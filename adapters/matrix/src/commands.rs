//! Caseworker commands in a case's thread: `!termin`, `!vorlage`, `!vorlagen`, `!erledigt`,
//! `!löschen`, `!hilfe`. Caseworkers read German: the help and the explanations of mistakes are German
//! texts from `locales/de/caseworker.ftl` (so a municipality can adjust them).

use chrono::{Datelike, NaiveDate, NaiveTime};
use kompass_core::i18n::Locales;
use kompass_core::templates::{bare_word as bare, date_in_words, parse_time};

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
    /// `!löschen`: erase the person's data, at their request. Only `!löschen ja` does it;
    /// without the "ja" it says what it would erase.
    Erase {
        confirmed: bool,
    },
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
        "löschen" | "loeschen" => Ok(RoomCommand::Erase {
            confirmed: arguments.eq_ignore_ascii_case("ja"),
        }),
        other => Err(CommandError::Unknown(other.to_string())),
    })
}

/// `!termin` as caseworkers with a full waiting room type it: the date and the time in
/// either order, with the words around them ("am", "um", "Uhr", "nächsten"), the date also
/// as "morgen", "Dienstag" or "24. Dezember"; what follows is the place.
fn appointment(arguments: &str, today: NaiveDate) -> Result<RoomCommand, CommandError> {
    let words: Vec<&str> = arguments.split_whitespace().collect();
    let (mut date, mut time) = (None, None);
    // After "um" a number is a time ("um 9.12" is 9:12, not the 9th of December).
    let mut time_first = false;
    let mut at = 0;
    while at < words.len() && (date.is_none() || time.is_none()) {
        let word = bare(words[at]);
        if FILLERS.contains(&word.as_str()) {
            time_first = word == "um" || word == "gegen";
            at += 1;
            continue;
        }
        let as_time = if time.is_none() {
            parse_time(&word)
        } else {
            None
        };
        // A number that may be a time is one after "um" or once the date is known.
        let time_wins = as_time.is_some() && (time_first || date.is_some());
        let as_date = if date.is_none() && !time_wins {
            date_in_words(&words[at..], today)
        } else {
            None
        };
        if let Some((parsed, used)) = as_date {
            date = Some(parsed);
            at += used;
        } else if let Some(parsed) = as_time {
            time = Some(parsed);
            at += 1 + usize::from(words.get(at + 1).is_some_and(|w| bare(w) == "uhr"));
        } else {
            break;
        }
        time_first = false;
    }
    let unread = words.get(at).map(|word| (*word).to_string());
    let date = match (date, &unread) {
        (Some(date), _) => date,
        (None, Some(word)) => return Err(CommandError::DateInvalid(word.clone())),
        (None, None) => return Err(CommandError::AppointmentMissing),
    };
    if date < today {
        return Err(CommandError::DatePast(date));
    }
    let time = match (time, unread) {
        (Some(time), _) => time,
        (None, Some(word)) => return Err(CommandError::TimeInvalid(word)),
        (None, None) => return Err(CommandError::AppointmentMissing),
    };
    // "im Rathaus", "Ort: Rathaus": the place is "Rathaus".
    let mut place = &words[at..];
    if place
        .first()
        .is_some_and(|word| ["im", "ort:", "ort"].contains(&bare(word).as_str()))
    {
        place = &place[1..];
    }
    let place = (!place.is_empty()).then(|| place.join(" "));
    Ok(RoomCommand::Appointment { date, time, place })
}

/// Words around a date and a time that say nothing more.
const FILLERS: [&str; 8] = [
    "am",
    "um",
    "den",
    "gegen",
    "ab",
    "nächsten",
    "nächster",
    "kommenden",
];

/// "Dienstag, 08.12.2026", as the caseworker's confirmation shows the appointment.
pub fn german_date(date: NaiveDate) -> String {
    const DAYS: [&str; 7] = [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ];
    format!(
        "{}, {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        date.format("%d.%m.%Y")
    )
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
        // Erasing asks first: only "ja" after the command does it.
        for (typed, confirmed) in [
            ("!löschen", false),
            ("!Löschen bitte", false),
            ("!löschen ja", true),
            ("!loeschen JA", true),
            ("!löschen ja bitte", false),
        ] {
            assert_eq!(
                parse(typed, today()),
                Some(Ok(RoomCommand::Erase { confirmed })),
                "{typed}"
            );
        }
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

    /// `!termin` as caseworkers type it in a hurry. Today (2026-11-22) is a Sunday.
    #[test]
    fn appointments_typed_in_a_hurry() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        for (typed, date, time, place) in [
            ("!termin morgen 10 Uhr", on(2026, 11, 23), at(10, 0), None),
            (
                "!termin übermorgen um 9:30",
                on(2026, 11, 24),
                at(9, 30),
                None,
            ),
            (
                "!termin Dienstag 14 Uhr im Rathaus, Zimmer 3",
                on(2026, 11, 24),
                at(14, 0),
                Some("Rathaus, Zimmer 3"),
            ),
            (
                "!termin nächsten Di 8.15",
                on(2026, 11, 24),
                at(8, 15),
                None,
            ),
            // Today's weekday is next week's: a same-day appointment is "heute".
            ("!termin Sonntag 10", on(2026, 11, 29), at(10, 0), None),
            ("!termin heute 16:00", on(2026, 11, 22), at(16, 0), None),
            (
                "!termin am 24. Dezember um 10:30 Rathaus",
                on(2026, 12, 24),
                at(10, 30),
                Some("Rathaus"),
            ),
            (
                "!termin 3. Jan 2027 11 Uhr",
                on(2027, 1, 3),
                at(11, 0),
                None,
            ),
            ("!termin 10:30 24.12.", on(2026, 12, 24), at(10, 30), None),
            // After "um", "9.12" is a time, not the 9th of December.
            (
                "!termin um 9.12 am 24.12.",
                on(2026, 12, 24),
                at(9, 12),
                None,
            ),
            (
                "!termin Dienstag, 1.12. 10 Uhr",
                on(2026, 12, 1),
                at(10, 0),
                None,
            ),
            (
                "!termin 24.12. 10:30 Ort: Schule",
                on(2026, 12, 24),
                at(10, 30),
                Some("Schule"),
            ),
        ] {
            assert_eq!(
                parse(typed, today()),
                Some(Ok(RoomCommand::Appointment {
                    date,
                    time,
                    place: place.map(str::to_string),
                })),
                "{typed}"
            );
        }
        // Words that are no date or time are named in the answer.
        assert_eq!(
            parse("!termin bald 10 Uhr", today()),
            Some(Err(CommandError::DateInvalid("bald".into())))
        );
        assert_eq!(
            parse("!termin morgen früh", today()),
            Some(Err(CommandError::TimeInvalid("früh".into())))
        );
        assert_eq!(
            parse("!termin morgen", today()),
            Some(Err(CommandError::AppointmentMissing))
        );
        assert_eq!(german_date(on(2026, 11, 24)), "Dienstag, 24.11.2026");
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
