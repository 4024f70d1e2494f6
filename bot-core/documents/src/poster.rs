//! Posters for the town hall and shelters: one A4 page per language.
//!
//! ```text
//!  ┌────────────────────────────────────┐
//!  │████████████████████████████████████│  accent bar
//!  │ مرحبًا!                             │  greeting in the language, large
//!  │ Willkommen!                        │  German, smaller, grey
//!  │ Kompass answers … (wrapped)        │  what Kompass does
//!  │ German line                        │
//!  │ Scan the code …                    │
//!  │   ▓▓▓▓▓▓▓▓       ▓▓▓▓▓▓▓▓          │  one QR code per channel
//!  │   Open in         Open in          │  caption in the language,
//!  │   Telegram        Element          │  German, the link as text
//!  └────────────────────────────────────┘
//! ```
//!
//! A right-to-left page is right-aligned. PDF: one document with every page. SVG: one
//! document per page (SVG has no pages), text drawn as outlines.

use crate::DocumentError;
use crate::canvas::{A4_HEIGHT, A4_WIDTH, ACCENT, Align, BLACK, Column, GREY, Page, Style};
use crate::fonts::Weight;
use crate::qr::{QUIET_ZONE, qr_item};
use crate::text::fitting_size;

/// One channel's code on a page.
#[derive(Debug, Clone)]
pub struct PosterChannel {
    /// What the code opens ("Open in Telegram"), in the page's language.
    pub caption: String,
    /// The same in German; `None` on the German page.
    pub caption_german: Option<String>,
    /// The link in the code, also printed below it.
    pub link: String,
}

/// One page: one language.
#[derive(Debug, Clone)]
pub struct PosterPage {
    /// BCP 47 code.
    pub language: String,
    pub rtl: bool,
    pub greeting: String,
    pub line: String,
    pub scan: String,
    /// Greeting, line and scan hint in German; `None` on the German page.
    pub german: Option<PosterGerman>,
    pub channels: Vec<PosterChannel>,
}

/// A page's texts in German, under the language's own.
#[derive(Debug, Clone)]
pub struct PosterGerman {
    pub greeting: String,
    pub line: String,
    pub scan: String,
}

const MARGIN: f32 = 56.0;

/// Every page in one PDF.
pub fn poster_pdf(pages: &[PosterPage]) -> Result<Vec<u8>, DocumentError> {
    let drawn = pages.iter().map(layout).collect::<Result<Vec<_>, _>>()?;
    crate::pdf::write(&drawn, "Kompass", "de")
}

/// One SVG document per page, in the order given.
pub fn poster_svg(pages: &[PosterPage]) -> Result<Vec<String>, DocumentError> {
    pages
        .iter()
        .map(|page| Ok(crate::svg::write(&layout(page)?, "Kompass", &page.language)))
        .collect()
}

fn layout(poster: &PosterPage) -> Result<Page, DocumentError> {
    let mut page = Page::default();
    page.items.push(crate::canvas::Item::Rects {
        rects: vec![[0.0, 0.0, A4_WIDTH, 16.0]],
        color: ACCENT,
    });
    let column = Column {
        left: MARGIN,
        right: A4_WIDTH - MARGIN,
        rtl: poster.rtl,
    };
    let german_column = Column {
        rtl: false,
        ..column
    };
    let size = fitting_size(
        &poster.greeting,
        Weight::Bold,
        poster.rtl,
        column.width(),
        60.0,
        30.0,
    );
    let mut y = 70.0;
    y = page.text(
        column,
        y,
        &poster.greeting,
        Style::new(size, Weight::Bold, ACCENT),
    );
    // German lines follow the page's alignment so each pair reads as one block.
    let german_align = if poster.rtl { Align::End } else { Align::Start };
    if let Some(german) = &poster.german {
        y = page.text(
            german_column,
            y,
            &german.greeting,
            Style::new(24.0, Weight::Regular, GREY).aligned(german_align),
        );
    }
    y += 24.0;
    y = page.text(
        column,
        y,
        &poster.line,
        Style::new(20.0, Weight::Regular, BLACK),
    );
    if let Some(german) = &poster.german {
        y = page.text(
            german_column,
            y + 4.0,
            &german.line,
            Style::new(13.0, Weight::Regular, GREY).aligned(german_align),
        );
    }
    y += 20.0;
    y = page.text(
        column,
        y,
        &poster.scan,
        Style::new(16.0, Weight::Bold, BLACK),
    );
    if let Some(german) = &poster.german {
        y = page.text(
            german_column,
            y,
            &german.scan,
            Style::new(12.0, Weight::Regular, GREY).aligned(german_align),
        );
    }
    let count = poster.channels.len().max(1) as f32;
    let qr_size = if count > 1.0 { 180.0 } else { 220.0 };
    let slot = (A4_WIDTH - 2.0 * MARGIN) / count;
    // Leave the quiet zone (and a little more) between the texts and the codes.
    let qr_top = (y + qr_size / 25.0 * QUIET_ZONE as f32 + 10.0).max(430.0);
    for (index, channel) in poster.channels.iter().enumerate() {
        let slot_column = Column {
            left: MARGIN + slot * index as f32 + 6.0,
            right: MARGIN + slot * (index as f32 + 1.0) - 6.0,
            rtl: poster.rtl,
        };
        let x = slot_column.left + (slot_column.width() - qr_size) / 2.0;
        page.items.push(qr_item(&channel.link, x, qr_top, qr_size)?);
        let center = Align::Center;
        let mut below = qr_top + qr_size + 20.0;
        below = page.text(
            slot_column,
            below,
            &channel.caption,
            Style::new(16.0, Weight::Bold, BLACK).aligned(center),
        );
        if let Some(german) = &channel.caption_german {
            below = page.text(
                Column {
                    rtl: false,
                    ..slot_column
                },
                below,
                german,
                Style::new(12.0, Weight::Regular, GREY).aligned(center),
            );
        }
        page.text(
            Column {
                rtl: false,
                ..slot_column
            },
            below + 4.0,
            &channel.link,
            Style::new(9.0, Weight::Regular, GREY).aligned(center),
        );
    }
    page.line(
        german_column,
        A4_HEIGHT - MARGIN,
        "Kompass",
        Style::new(10.0, Weight::Bold, ACCENT).aligned(german_align),
    );
    Ok(page)
}
