//! An appointment's files for the newcomer: the calendar entry (`.ics`) and the visit slip
//! (PDF), with the words of `documents.ftl` in the newcomer's language and German.
//!
//! What the caller gives (place, office names, documents to bring) is data: it goes into
//! the files as written and never into a Fluent pattern (an office name is a Fluent
//! argument, as everywhere).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use kompass_documents::{CalendarEntry, SlipLabels, VisitSlip};

/// Why the files could not be made (a reference too long for a QR code, a PDF error).
pub use kompass_documents::DocumentError;

use crate::engine::is_rtl;
use crate::i18n::{CASEWORKER_LANGUAGE, Locales};

pub use crate::engine::OutgoingFile;

/// An appointment as the files show it.
#[derive(Debug, Clone, Copy)]
pub struct AppointmentDetails<'a> {
    /// Local time in Europe/Berlin.
    pub start: NaiveDateTime,
    /// Where, as the office wrote it; `None` leaves the place out.
    pub place: Option<&'a str>,
    /// The case's reference number (`KAL-2026-000123`).
    pub reference: &'a str,
    /// The office's name in the newcomer's language (e.g. its `inst-*` message).
    pub institution: &'a str,
    /// The office's name in German.
    pub institution_german: &'a str,
    /// (newcomer's language, German) per document to bring.
    pub documents: &'a [(String, String)],
}

/// How long the calendar entry lasts: offices give a start only.
pub const APPOINTMENT_LENGTH: Duration = Duration::hours(1);

/// `termin-<reference>.ics` (text/calendar) and `termin-<reference>.pdf` (application/pdf)
/// for `lang` (a language without its own texts falls back like every message). `now` is
/// the calendar file's DTSTAMP.
pub fn appointment_files(
    locales: &Locales,
    lang: &str,
    appointment: &AppointmentDetails<'_>,
    now: DateTime<Utc>,
) -> Result<Vec<OutgoingFile>, DocumentError> {
    let german = CASEWORKER_LANGUAGE;
    let text = |lang: &str, id: &str| locales.text(lang, id, &[]);
    let with_institution = |lang: &str, id: &str, institution: &str| {
        locales.text(lang, id, &[("institution", institution.into())])
    };
    // Both languages, the newcomer's first; German once for a German newcomer.
    let both = |own: String, german_text: String| {
        if lang == german || own == german_text {
            german_text
        } else {
            format!("{own} / {german_text}")
        }
    };
    let summary = both(
        with_institution(lang, "calendar-summary", appointment.institution),
        with_institution(german, "calendar-summary", appointment.institution_german),
    );
    let alarm = both(
        with_institution(lang, "calendar-reminder", appointment.institution),
        with_institution(german, "calendar-reminder", appointment.institution_german),
    );
    let block = |lang: &str, own: bool| {
        let mut lines = vec![format!(
            "{}: {}",
            text(lang, "slip-reference"),
            appointment.reference
        )];
        if !appointment.documents.is_empty() {
            lines.push(format!("{}:", text(lang, "slip-bring")));
            for (own_name, german_name) in appointment.documents {
                lines.push(format!("- {}", if own { own_name } else { german_name }));
            }
        }
        lines.join("\n")
    };
    let description = if lang == german {
        block(german, false)
    } else {
        format!("{}\n\n{}", block(lang, true), block(german, false))
    };
    let reference = appointment.reference;
    let ics = kompass_documents::appointment_ics(&CalendarEntry {
        reference,
        start: appointment.start,
        duration: APPOINTMENT_LENGTH,
        summary: &summary,
        location: appointment.place,
        description: &description,
        alarm: &alarm,
        stamp: now,
    });

    let labels = |lang: &str| {
        [
            "slip-title",
            "slip-date",
            "slip-time",
            "slip-place",
            "slip-bring",
            "slip-reference",
            "slip-show-at-counter",
        ]
        .map(|id| crate::i18n::strip_bidi_marks(&text(lang, id)))
    };
    let own_labels = labels(lang);
    let german_labels = labels(german);
    let date = appointment.start.format("%d.%m.%Y").to_string();
    let time = appointment.start.format("%H:%M").to_string();
    let pdf = kompass_documents::visit_slip_pdf(&VisitSlip {
        language: lang,
        rtl: is_rtl(lang),
        labels: slip_labels(&own_labels),
        german: slip_labels(&german_labels),
        institution: (appointment.institution, appointment.institution_german),
        date: &date,
        time: &time,
        place: appointment.place,
        documents: appointment.documents,
        reference,
    })?;
    let base = file_name(reference);
    Ok(vec![
        OutgoingFile {
            name: format!("{base}.ics"),
            mime: "text/calendar".to_string(),
            bytes: ics.into_bytes(),
        },
        OutgoingFile {
            name: format!("{base}.pdf"),
            mime: "application/pdf".to_string(),
            bytes: pdf,
        },
    ])
}

fn slip_labels(l: &[String; 7]) -> SlipLabels<'_> {
    SlipLabels {
        title: &l[0],
        date: &l[1],
        time: &l[2],
        place: &l[3],
        bring: &l[4],
        reference: &l[5],
        show_at_counter: &l[6],
    }
}

/// `termin-<reference>`, with anything but letters, digits and `-` as `_` (a file name
/// must not carry a path).
fn file_name(reference: &str) -> String {
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
    format!("termin-{reference}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Diagnostics;
    use chrono::{NaiveDate, TimeZone};

    fn locales() -> Locales {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let mut diagnostics = Diagnostics::default();
        Locales::load_dir(&dir, &mut diagnostics).unwrap()
    }

    fn start() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 24)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap()
    }

    /// Two files named after the reference; the calendar file carries both languages'
    /// texts from documents.ftl and the caller's data verbatim (escaped).
    #[test]
    fn files_for_a_ukrainian_newcomer() {
        let documents = vec![("Паспорт".to_string(), "Reisepass".to_string())];
        let files = appointment_files(
            &locales(),
            "uk",
            &AppointmentDetails {
                start: start(),
                place: Some("Rathaus, Zimmer 3; {$x}"),
                reference: "KAL-2026-000123",
                institution: "Бюро громадян",
                institution_german: "Bürgerbüro",
                documents: &documents,
            },
            Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].name, "termin-KAL-2026-000123.ics");
        assert_eq!(files[0].mime, "text/calendar");
        assert_eq!(files[1].name, "termin-KAL-2026-000123.pdf");
        assert_eq!(files[1].mime, "application/pdf");
        assert!(files[1].bytes.starts_with(b"%PDF-"));
        let ics = String::from_utf8(files[0].bytes.clone()).unwrap();
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("SUMMARY:Прийом: Бюро громадян / Termin: Bürgerbüro\r\n"),
            "{ics}"
        );
        assert!(
            unfolded.contains("LOCATION:Rathaus\\, Zimmer 3\\; {$x}\r\n"),
            "{ics}"
        );
        assert!(unfolded.contains("Номер запиту: KAL-2026-000123\\nБудь ласка\\, візьміть із собою:\\n- Паспорт\\n\\nVorgangsnummer: KAL-2026-000123\\nBitte mitbringen:\\n- Reisepass"), "{ics}");
        assert!(unfolded.contains("DESCRIPTION:Завтра у Вас прийом: Бюро громадян / Morgen haben Sie einen Termin: Bürgerbüro"), "{ics}");
    }

    /// A German newcomer's texts are German, once; a reference with a path in it cannot
    /// name a file elsewhere.
    #[test]
    fn german_once_and_safe_file_names() {
        let files = appointment_files(
            &locales(),
            "de",
            &AppointmentDetails {
                start: start(),
                place: None,
                reference: "../KAL/1",
                institution: "Bürgerbüro",
                institution_german: "Bürgerbüro",
                documents: &[],
            },
            Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(files[0].name, "termin-___KAL_1.ics");
        let ics = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert!(ics.contains("SUMMARY:Termin: Bürgerbüro\r\n"), "{ics}");
        assert!(!ics.contains("\r\nLOCATION"), "{ics}");
    }
}
