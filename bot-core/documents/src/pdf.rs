//! Pages to PDF with krilla: text as real text (extractable, searchable; fonts subset and
//! embedded), rectangles as filled paths.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::text::{GlyphId, KrillaGlyph};

use crate::DocumentError;
use crate::canvas::{A4_HEIGHT, A4_WIDTH, Color, Item, Page};

/// One A4 page per `Page`. `title` and `language` (a BCP 47 code) go into the metadata, so
/// screen readers and PDF viewers name and read the document right.
pub(crate) fn write(pages: &[Page], title: &str, language: &str) -> Result<Vec<u8>, DocumentError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(language.to_string())
            .creator("Kompass".to_string()),
    );
    for page in pages {
        let settings = PageSettings::from_wh(A4_WIDTH, A4_HEIGHT).ok_or(DocumentError::Layout)?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for item in &page.items {
            match item {
                Item::Text {
                    line,
                    x,
                    baseline,
                    color,
                } => {
                    surface.set_fill(Some(fill(*color)));
                    let mut cursor = *x;
                    for run in &line.runs {
                        let glyphs: Vec<KrillaGlyph> = run
                            .glyphs
                            .iter()
                            .map(|g| {
                                KrillaGlyph::new(
                                    GlyphId::new(u32::from(g.id)),
                                    g.x_advance,
                                    g.x_offset,
                                    g.y_offset,
                                    0.0,
                                    g.range.clone(),
                                    None,
                                )
                            })
                            .collect();
                        surface.draw_glyphs(
                            Point::from_xy(cursor, *baseline),
                            &glyphs,
                            run.font.load().pdf.clone(),
                            &run.text,
                            line.size,
                            false,
                        );
                        cursor += run.width;
                    }
                }
                Item::Rects { rects, color } => {
                    let mut builder = PathBuilder::new();
                    for [x, y, w, h] in rects {
                        if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                            builder.push_rect(rect);
                        }
                    }
                    if let Some(path) = builder.finish() {
                        surface.set_fill(Some(fill(*color)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| DocumentError::Pdf(format!("{error:?}")))
}

fn fill(color: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}
