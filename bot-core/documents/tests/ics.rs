//! The calendar file read back by a parser that is not its writer: Python's `icalendar`.

mod support;

use std::process::Command;

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use kompass_documents::{CalendarEntry, appointment_ics};

const HOSTILE_SUMMARY: &str = "Termin: Bürgerbüro, Zimmer 3; \\n ist kein Umbruch \\ \"x\" <b>";
const HOSTILE_LOCATION: &str = "Rathaus, Raum 1;2\\3\nHinterhaus, 2. OG";
/// Long enough to be folded in the middle of Arabic letters (two bytes each).
const HOSTILE_DESCRIPTION: &str = "رقم الملف: KAL-2026-000123\nيُرجى إحضار: جواز السفر، عقد الإيجار، شهادة تسجيل السكن; Reisepass, Mietvertrag\\\nEND:VEVENT";

fn start() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 24)
        .unwrap()
        .and_hms_opt(10, 30, 0)
        .unwrap()
}

fn entry<'a>(
    summary: &'a str,
    location: Option<&'a str>,
    description: &'a str,
) -> CalendarEntry<'a> {
    CalendarEntry {
        reference: "KAL-2026-000123",
        start: start(),
        duration: Duration::minutes(60),
        summary,
        location,
        description,
        alarm: "Morgen: Termin, Bürgerbüro; 10:30",
        stamp: Utc.with_ymd_and_hms(2026, 11, 30, 8, 15, 0).unwrap(),
    }
}

const READ: &str = r#"
import datetime, json, sys, zoneinfo
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = calendar.walk('VEVENT')
zones = calendar.walk('VTIMEZONE')
event = events[0]
# The file's own rules (not Python's zone data) against the IANA zone, hour by hour around
# every change from 1996 to 2037 and once a day in between.
rules = zones[0].to_tz(lookup_tzid=False)
berlin = zoneinfo.ZoneInfo('Europe/Berlin')
mismatches, checked = [], 0
for year in range(1996, 2038):
    day = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc)
    while day.year == year:
        near_change = day.month in (3, 10) and day.day >= 24
        for hour in (range(24) if near_change else (12,)):
            t = day + datetime.timedelta(hours=hour)
            checked += 1
            if t.astimezone(rules).utcoffset() != t.astimezone(berlin).utcoffset():
                mismatches.append(t.isoformat())
        day += datetime.timedelta(days=1)
print(json.dumps({
    'events': len(events),
    'uid': str(event['UID']),
    'summary': str(event['SUMMARY']),
    'location': str(event['LOCATION']) if 'LOCATION' in event else None,
    'description': str(event['DESCRIPTION']),
    'dtstart_tzid': event['DTSTART'].params.get('TZID'),
    'dtend_tzid': event['DTEND'].params.get('TZID'),
    'start_utc': event.decoded('DTSTART').astimezone(datetime.timezone.utc).isoformat(),
    'end_utc': event.decoded('DTEND').astimezone(datetime.timezone.utc).isoformat(),
    'stamp': event.decoded('DTSTAMP').isoformat(),
    'alarms': [
        {'action': str(a['ACTION']), 'trigger': a.decoded('TRIGGER').total_seconds(),
         'description': str(a['DESCRIPTION'])}
        for a in event.walk('VALARM')
    ],
    'zones': [str(z['TZID']) for z in zones],
    'zone_parts': sorted(c.name for z in zones for c in z.subcomponents),
    'rrules': sorted(c['RRULE'].to_ical().decode() for z in zones for c in z.subcomponents),
    'mismatches': mismatches[:5],
    'checked': checked,
}))
"#;

fn read_with_python(ics: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_temp(dir.path(), "termin.ics", ics.as_bytes());
    let output = Command::new(support::test_python())
        .arg("-c")
        .arg(READ)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "python icalendar failed (is it installed? ./test.sh installs it):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A real parser reads the zone, the alarm and every hostile text exactly as given.
#[test]
fn python_icalendar_reads_zone_alarm_and_hostile_text() {
    let ics = appointment_ics(&entry(
        HOSTILE_SUMMARY,
        Some(HOSTILE_LOCATION),
        HOSTILE_DESCRIPTION,
    ));
    let read = read_with_python(&ics);
    assert_eq!(read["events"].as_f64().unwrap(), 1.0, "{ics}");
    assert_eq!(read["summary"].as_str().unwrap(), HOSTILE_SUMMARY);
    assert_eq!(read["location"].as_str().unwrap(), HOSTILE_LOCATION);
    assert_eq!(read["description"].as_str().unwrap(), HOSTILE_DESCRIPTION);
    assert_eq!(read["dtstart_tzid"].as_str().unwrap(), "Europe/Berlin");
    assert_eq!(read["dtend_tzid"].as_str().unwrap(), "Europe/Berlin");
    // 24 December is winter time: 10:30 in Berlin is 09:30 UTC.
    assert_eq!(
        read["start_utc"].as_str().unwrap(),
        "2026-12-24T09:30:00+00:00"
    );
    assert_eq!(
        read["end_utc"].as_str().unwrap(),
        "2026-12-24T10:30:00+00:00"
    );
    assert_eq!(read["stamp"].as_str().unwrap(), "2026-11-30T08:15:00+00:00");
    let alarm = &read["alarms"][0];
    assert_eq!(alarm["action"].as_str().unwrap(), "DISPLAY");
    assert_eq!(alarm["trigger"].as_f64().unwrap(), -86400.0);
    assert_eq!(
        alarm["description"].as_str().unwrap(),
        "Morgen: Termin, Bürgerbüro; 10:30"
    );
    assert_eq!(read["zones"][0].as_str().unwrap(), "Europe/Berlin");
    assert_eq!(read["zone_parts"][0].as_str().unwrap(), "DAYLIGHT");
    assert_eq!(read["zone_parts"][1].as_str().unwrap(), "STANDARD");
    assert_eq!(
        read["rrules"][0].as_str().unwrap(),
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    );
    assert_eq!(
        read["rrules"][1].as_str().unwrap(),
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    );
    assert_eq!(
        read["mismatches"].as_array().unwrap().len(),
        0,
        "the VTIMEZONE differs from Europe/Berlin at {:?}",
        read["mismatches"]
    );
    assert!(read["checked"].as_f64().unwrap() > 20_000.0);
    assert_eq!(
        read["uid"].as_str().unwrap(),
        "KAL-2026-000123-20261224T1030@kompass"
    );
}

/// The raw file: CRLF everywhere, no line over 75 bytes, the exact lines calendar apps read.
#[test]
fn lines_are_folded_crlf_and_exact() {
    let ics = appointment_ics(&entry(HOSTILE_SUMMARY, None, HOSTILE_DESCRIPTION));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        assert!(line.len() <= 75, "{} bytes: {line:?}", line.len());
    }
    let lines: Vec<&str> = ics.split("\r\n").collect();
    for expected in [
        "DTSTART;TZID=Europe/Berlin:20261224T103000",
        "DTEND;TZID=Europe/Berlin:20261224T113000",
        "TRIGGER:-P1D",
        "ACTION:DISPLAY",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "DTSTAMP:20261130T081500Z",
    ] {
        assert!(lines.contains(&expected), "no {expected:?} in\n{ics}");
    }
    // The hostile "END:VEVENT" inside the text does not end the event early.
    assert_eq!(lines.iter().filter(|l| **l == "END:VEVENT").count(), 1);
    assert!(!lines.iter().any(|l| l.starts_with("LOCATION")));
    // One VEVENT, one VALARM, one VTIMEZONE; no DTSTAMP or UID where RFC 5545 forbids them.
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 1);
    assert_eq!(ics.matches("DTSTAMP").count(), 1);
    assert_eq!(ics.matches("UID:").count(), 1);
}

/// A carriage return would end a content line; other control characters are not allowed in
/// TEXT. Both are turned into a line break or dropped, so the file stays valid.
#[test]
fn carriage_returns_and_control_characters_cannot_break_the_file() {
    let ics = appointment_ics(&entry("a\r\nb\rc\u{0}d\u{7}e", None, "x"));
    let read = read_with_python(&ics);
    assert_eq!(read["summary"].as_str().unwrap(), "a\nb\ncde");
    assert!(!ics.contains('\u{0}') && !ics.contains('\u{7}'));
}

/// The same appointment gives the same file (importing it twice updates one entry);
/// another time gives another UID.
#[test]
fn same_appointment_same_file_other_time_other_uid() {
    let one = appointment_ics(&entry("s", None, "d"));
    assert_eq!(one, appointment_ics(&entry("s", None, "d")));
    let mut later = entry("s", None, "d");
    later.start += Duration::hours(2);
    let other = appointment_ics(&later);
    let uid = |ics: &str| {
        ics.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_string()
    };
    assert_ne!(uid(&one), uid(&other));
    assert_eq!(uid(&other), "UID:KAL-2026-000123-20261224T1230@kompass");
}
