//! Writes a sample visit slip (Arabic and German), an 8-page poster (PDF and SVG) and a
//! calendar file to a folder, and prints how long each took and how large it is
//! (docs/benchmarks.md):
//!
//! ```sh
//! cargo run --release -p kompass-documents --example sample -- /tmp/kompass-documents
//! ```

#![allow(
    clippy::print_stdout,
    reason = "the measurements are what this example prints"
)]

use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use kompass_documents::{
    CalendarEntry, PosterChannel, PosterGerman, PosterPage, SlipLabels, VisitSlip, appointment_ics,
    poster_pdf, poster_svg, visit_slip_pdf,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "kompass-documents".into());
    std::fs::create_dir_all(&out)?;
    let documents = vec![
        ("جواز السفر".to_string(), "Reisepass".to_string()),
        ("عقد الإيجار".to_string(), "Mietvertrag".to_string()),
    ];
    let slip = VisitSlip {
        language: "ar",
        rtl: true,
        labels: SlipLabels {
            title: "موعدك",
            date: "التاريخ",
            time: "الوقت",
            place: "المكان",
            bring: "يُرجى إحضار",
            reference: "رقم الملف",
            show_at_counter: "أظهر هذه الورقة عند الشباك.",
        },
        german: SlipLabels {
            title: "Ihr Termin",
            date: "Datum",
            time: "Uhrzeit",
            place: "Ort",
            bring: "Bitte mitbringen",
            reference: "Vorgangsnummer",
            show_at_counter: "Bitte zeigen Sie dieses Blatt am Schalter.",
        },
        institution: ("مكتب خدمة المواطنين", "Bürgerbüro"),
        date: "24.12.2026",
        time: "10:30",
        place: Some("Rathaus Kalletal, Zimmer 3"),
        documents: &documents,
        reference: "KAL-2026-000123",
    };
    let start = Instant::now();
    let pdf = visit_slip_pdf(&slip)?;
    println!("slip: {:?}, {} bytes", start.elapsed(), pdf.len());
    std::fs::write(format!("{out}/slip.pdf"), &pdf)?;

    let languages = [
        ("de", false, "Willkommen!"),
        ("en", false, "Welcome!"),
        ("ar", true, "أهلاً وسهلاً!"),
        ("uk", false, "Ласкаво просимо!"),
        ("ru", false, "Добро пожаловать!"),
        ("tr", false, "Hoş geldiniz!"),
        ("fa", true, "خوش آمدید!"),
        ("ku", false, "Hûn bi xêr hatin!"),
    ];
    let pages: Vec<PosterPage> = languages
        .iter()
        .map(|(code, rtl, greeting)| PosterPage {
            language: code.to_string(),
            rtl: *rtl,
            greeting: greeting.to_string(),
            line: "Kompass answers your questions about offices and papers.".into(),
            scan: "Scan the code with your phone camera.".into(),
            german: (*code != "de").then(|| PosterGerman {
                greeting: "Willkommen!".into(),
                line: "Kompass beantwortet Ihre Fragen zu Ämtern und Papieren.".into(),
                scan: "Scannen Sie den Code mit der Kamera.".into(),
            }),
            channels: vec![
                PosterChannel {
                    caption: "Open in Telegram".into(),
                    caption_german: Some("In Telegram öffnen".into()),
                    link: format!("https://t.me/kompass_bot?start={code}"),
                },
                PosterChannel {
                    caption: "Open in Element".into(),
                    caption_german: Some("In Element öffnen".into()),
                    link: "https://matrix.to/#/@kompass:example.org".into(),
                },
            ],
        })
        .collect();
    let start = Instant::now();
    let poster = poster_pdf(&pages)?;
    println!(
        "poster PDF, {} pages: {:?}, {} bytes",
        pages.len(),
        start.elapsed(),
        poster.len()
    );
    std::fs::write(format!("{out}/poster.pdf"), &poster)?;
    let start = Instant::now();
    let svgs = poster_svg(&pages)?;
    let bytes: usize = svgs.iter().map(String::len).sum();
    println!(
        "poster SVG, {} files: {:?}, {bytes} bytes",
        svgs.len(),
        start.elapsed()
    );
    for (page, svg) in pages.iter().zip(&svgs) {
        std::fs::write(format!("{out}/poster-{}.svg", page.language), svg)?;
    }
    let start = Instant::now();
    let ics = appointment_ics(&CalendarEntry {
        reference: "KAL-2026-000123",
        start: NaiveDate::from_ymd_opt(2026, 12, 24)
            .and_then(|d| d.and_hms_opt(10, 30, 0))
            .ok_or("date")?,
        duration: chrono::Duration::hours(1),
        summary: "موعد: مكتب خدمة المواطنين / Termin: Bürgerbüro",
        location: Some("Rathaus Kalletal, Zimmer 3"),
        description: "رقم الملف: KAL-2026-000123\nVorgangsnummer: KAL-2026-000123",
        alarm: "غدًا: موعد / Morgen: Termin",
        stamp: Utc
            .with_ymd_and_hms(2026, 11, 30, 9, 0, 0)
            .single()
            .ok_or("stamp")?,
    });
    println!("calendar file: {:?}, {} bytes", start.elapsed(), ics.len());
    std::fs::write(format!("{out}/termin.ics"), ics)?;
    Ok(())
}
