//! The visit slip: one A4 page the newcomer shows at the counter, in their language and
//! German side by side. For a right-to-left language the newcomer's column is on the right
//! and right-aligned; for German there is one column.
//!
//! ```text
//!  ┌──────────────────────────────────────────────┐
//!  │ Your appointment        │ Ihr Termin         │  title, office
//!  │ Citizens' office        │ Bürgerbüro         │
//!  │ ──────────────────────────────────────────── │
//!  │ Date 24.12.2026         │ Datum 24.12.2026   │  label above value
//!  │ Time / Place            │ Uhrzeit / Ort      │
//!  │ Please bring            │ Bitte mitbringen   │
//!  │ • Passport              │ • Reisepass        │  one row per document
//!  │ ──────────────────────────────────────────── │
//!  │ Reference number        │ Vorgangsnummer     │
//!  │ KAL-2026-000123         │ KAL-2026-000123    │
//!  │               ▓▓ QR ▓▓                       │  the reference as QR code
//!  │ Show this at the counter│ Bitte am Schalter… │
//!  └──────────────────────────────────────────────┘
//! ```

use crate::DocumentError;
use crate::canvas::{A4_WIDTH, ACCENT, Align, BLACK, Column, GREY, Page, RULE, Style};
use crate::fonts::Weight;
use crate::qr::{QUIET_ZONE, qr_item};

/// The slip's words in one language (from `documents.ftl`).
#[derive(Debug, Clone, Copy)]
pub struct SlipLabels<'a> {
    pub title: &'a str,
    pub date: &'a str,
    pub time: &'a str,
    pub place: &'a str,
    pub bring: &'a str,
    pub reference: &'a str,
    pub show_at_counter: &'a str,
}

/// What the slip shows. Every text is data: drawn as given, never interpreted.
#[derive(Debug, Clone)]
pub struct VisitSlip<'a> {
    /// The newcomer's language (BCP 47 code, for the PDF's metadata); `"de"` makes a
    /// German-only slip.
    pub language: &'a str,
    /// Whether the newcomer's language is written right to left.
    pub rtl: bool,
    pub labels: SlipLabels<'a>,
    pub german: SlipLabels<'a>,
    /// The office's name in the newcomer's language and in German.
    pub institution: (&'a str, &'a str),
    /// As printed, e.g. `24.12.2026`.
    pub date: &'a str,
    /// As printed, e.g. `10:30`.
    pub time: &'a str,
    pub place: Option<&'a str>,
    /// (newcomer's language, German) per document to bring.
    pub documents: &'a [(String, String)],
    pub reference: &'a str,
}

const MARGIN: f32 = 50.0;
const GUTTER: f32 = 30.0;
const QR_SIZE: f32 = 120.0;

/// The slip as a one-page A4 PDF.
pub fn visit_slip_pdf(slip: &VisitSlip<'_>) -> Result<Vec<u8>, DocumentError> {
    let page = layout(slip)?;
    let title = format!("{} / {}", slip.german.title, slip.reference);
    crate::pdf::write(&[page], &title, slip.language)
}

fn layout(slip: &VisitSlip<'_>) -> Result<Page, DocumentError> {
    let german_only = slip.language == "de";
    let middle = A4_WIDTH / 2.0;
    let (own, german) = if german_only {
        let whole = Column {
            left: MARGIN,
            right: A4_WIDTH - MARGIN,
            rtl: false,
        };
        (None, whole)
    } else {
        let left = (MARGIN, middle - GUTTER / 2.0);
        let right = (middle + GUTTER / 2.0, A4_WIDTH - MARGIN);
        let (own, german) = if slip.rtl {
            (right, left)
        } else {
            (left, right)
        };
        (
            Some(Column {
                left: own.0,
                right: own.1,
                rtl: slip.rtl,
            }),
            Column {
                left: german.0,
                right: german.1,
                rtl: false,
            },
        )
    };
    let mut page = Page::default();
    // Each row is written in both columns from the same top; the next row starts below
    // the longer of the two.
    let row = |page: &mut Page, top: f32, own_text: &str, german_text: &str, style: Style| {
        let below_german = page.text(german, top, german_text, style);
        match own {
            Some(own) => page.text(own, top, own_text, style).max(below_german),
            None => below_german,
        }
    };
    let title = Style::new(22.0, Weight::Bold, ACCENT);
    let office = Style::new(14.0, Weight::Regular, BLACK);
    let label = Style::new(10.0, Weight::Bold, GREY);
    let value = Style::new(15.0, Weight::Regular, BLACK);
    let mut y = MARGIN;
    y = row(&mut page, y, slip.labels.title, slip.german.title, title);
    y = row(
        &mut page,
        y + 2.0,
        slip.institution.0,
        slip.institution.1,
        office,
    );
    page.rule(MARGIN, A4_WIDTH - MARGIN, y + 6.0, 0.8, RULE);
    y += 20.0;
    let field = |page: &mut Page, y: f32, own_label: &str, german_label: &str, text: &str| {
        let below = row(page, y, own_label, german_label, label);
        row(page, below, text, text, value) + 8.0
    };
    y = field(&mut page, y, slip.labels.date, slip.german.date, slip.date);
    y = field(&mut page, y, slip.labels.time, slip.german.time, slip.time);
    if let Some(place) = slip.place {
        y = field(&mut page, y, slip.labels.place, slip.german.place, place);
    }
    if !slip.documents.is_empty() {
        y = row(&mut page, y, slip.labels.bring, slip.german.bring, label);
        let item = Style::new(12.0, Weight::Regular, BLACK);
        for (own_name, german_name) in slip.documents {
            y = row(
                &mut page,
                y,
                &format!("• {own_name}"),
                &format!("• {german_name}"),
                item,
            ) + 2.0;
        }
    }
    page.rule(MARGIN, A4_WIDTH - MARGIN, y + 6.0, 0.8, RULE);
    y += 20.0;
    y = row(
        &mut page,
        y,
        slip.labels.reference,
        slip.german.reference,
        label,
    );
    let reference = Style::new(18.0, Weight::Bold, BLACK);
    y = match own {
        Some(own) => page.line(own, y, slip.reference, reference).max(page.line(
            german,
            y,
            slip.reference,
            reference,
        )),
        None => page.line(german, y, slip.reference, reference),
    };
    // The code's quiet zone is free page around it.
    let quiet = QR_SIZE / 29.0 * QUIET_ZONE as f32;
    let qr_top = y + quiet;
    page.items.push(qr_item(
        slip.reference,
        middle - QR_SIZE / 2.0,
        qr_top,
        QR_SIZE,
    )?);
    y = qr_top + QR_SIZE + quiet;
    let note = Style::new(12.0, Weight::Bold, BLACK).aligned(Align::Center);
    row(
        &mut page,
        y,
        slip.labels.show_at_counter,
        slip.german.show_at_counter,
        note,
    );
    Ok(page)
}
