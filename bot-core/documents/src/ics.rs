//! The appointment as an iCalendar file (RFC 5545): one event in Europe/Berlin time with the
//! zone's rules (VTIMEZONE), a reminder the day before (VALARM), and a UID that stays the
//! same for the same appointment, so importing the file twice updates one entry.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use icalendar::Property;

/// The zone appointments are in, as named in `TZID`.
pub const TIMEZONE: &str = "Europe/Berlin";

/// Europe/Berlin as the EU has defined it since 1996: summer time from the last Sunday of
/// March 02:00 to the last Sunday of October 03:00. Written out because calendar apps need
/// the rules in the file (Outlook and older Android apps do not know IANA names).
/// `tests/ics.rs` checks these rules against chrono-tz for every year to 2037.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Berlin\r\n\
X-LIC-LOCATION:Europe/Berlin\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// What goes into the calendar entry. The texts are the caller's (the newcomer's language
/// plus German) and are data: commas, semicolons, backslashes and line breaks are escaped.
#[derive(Debug, Clone)]
pub struct CalendarEntry<'a> {
    /// The case's reference number (`KAL-2026-000123`): part of the UID.
    pub reference: &'a str,
    /// Local time in Europe/Berlin.
    pub start: NaiveDateTime,
    pub duration: Duration,
    pub summary: &'a str,
    pub location: Option<&'a str>,
    pub description: &'a str,
    /// The reminder's text, shown the day before.
    pub alarm: &'a str,
    /// When the file is made (DTSTAMP).
    pub stamp: DateTime<Utc>,
}

/// The `.ics` file (CRLF line ends, long lines folded).
///
/// The `icalendar` crate escapes and folds each property; the components are written here,
/// because its component writer adds a DTSTAMP and a random UID to every component, also to
/// VTIMEZONE and VALARM, where RFC 5545 allows neither (and a random UID changes the file
/// every time it is made).
pub fn appointment_ics(entry: &CalendarEntry<'_>) -> String {
    let local = |key: &str, time: NaiveDateTime| {
        Property::new(key, time.format("%Y%m%dT%H%M%S").to_string())
            .add_parameter("TZID", TIMEZONE)
            .done()
    };
    let mut properties = vec![
        Property::new("UID", uid(entry.reference, entry.start)),
        Property::new("DTSTAMP", entry.stamp.format("%Y%m%dT%H%M%SZ").to_string()),
        local("DTSTART", entry.start),
        local("DTEND", entry.start + entry.duration),
        Property::new("SUMMARY", clean(entry.summary)),
    ];
    if let Some(location) = entry.location {
        properties.push(Property::new("LOCATION", clean(location)));
    }
    properties.push(Property::new("DESCRIPTION", clean(entry.description)));
    let alarm = [
        Property::new("ACTION", "DISPLAY"),
        Property::new("TRIGGER", "-P1D"),
        Property::new("DESCRIPTION", clean(entry.alarm)),
    ];
    let mut ics = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kompass//Termin//DE\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
    );
    ics.push_str(VTIMEZONE);
    ics.push_str("BEGIN:VEVENT\r\n");
    write_properties(&mut ics, properties);
    ics.push_str("BEGIN:VALARM\r\n");
    write_properties(&mut ics, alarm);
    ics.push_str("END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    ics
}

fn write_properties(ics: &mut String, properties: impl IntoIterator<Item = Property>) {
    for property in properties {
        // Writing into a String cannot fail.
        let line: Result<String, _> = property.try_into();
        ics.push_str(&line.unwrap_or_default());
    }
}

/// `<reference>-<start>@kompass`, limited to characters that are safe in a UID.
fn uid(reference: &str, start: NaiveDateTime) -> String {
    let reference: String = reference
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{reference}-{}@kompass", start.format("%Y%m%dT%H%M"))
}

/// Line breaks as `\n` (a CR alone or in CRLF would end the content line), other control
/// characters out: RFC 5545 allows none in TEXT.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}
