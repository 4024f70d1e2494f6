//! # Kompass documents
//!
//! Files a newcomer or an office gets, made from data alone (no network, no files but the
//! embedded fonts):
//!
//! - [`appointment_ics`]: an appointment as an iCalendar file (Europe/Berlin with its
//!   VTIMEZONE, a reminder the day before);
//! - [`visit_slip_pdf`]: the bilingual visit slip (the newcomer's language and German side
//!   by side, the reference number as text and QR code);
//! - [`poster_pdf`] and [`poster_svg`]: A4 posters, one page per language, with a QR code
//!   per channel.
//!
//! ## Layout
//! - `ics` — the calendar file (`icalendar`).
//! - `slip`, `poster` — what goes where on the page.
//! - `canvas` — a page as text lines and rectangles, shared by both writers.
//! - `text` — bidi, a font per script, shaping (rustybuzz), wrapping.
//! - `fonts` — the embedded Noto fonts.
//! - `qr` — QR codes as vector squares (`qrcode`).
//! - `pdf` (krilla) and `svg` — the writers.

mod canvas;
mod fonts;
mod ics;
mod pdf;
mod poster;
mod qr;
mod slip;
mod svg;
mod text;

pub use ics::{CalendarEntry, TIMEZONE, appointment_ics};
pub use poster::{PosterChannel, PosterGerman, PosterPage, poster_pdf, poster_svg};
pub use slip::{SlipLabels, VisitSlip, visit_slip_pdf};

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The data does not fit into a QR code (at most about 2,300 bytes at level M).
    #[error("the QR code cannot hold this text: {0}")]
    Qr(String),
    /// krilla refused to write the PDF.
    #[error("the PDF cannot be written: {0}")]
    Pdf(String),
    /// A page size krilla does not accept (never for A4).
    #[error("the page cannot be laid out")]
    Layout,
}
