//! Pages to SVG: text as glyph outlines (paths), so a poster looks the same on a machine
//! without Arabic fonts; each line's text is kept as its accessible label (`aria-label`,
//! escaped as XML).

use std::fmt::Write;

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use crate::canvas::{A4_HEIGHT, A4_WIDTH, Color, Item, Page};

/// One SVG document for one page (A4, in points).
pub(crate) fn write(page: &Page, title: &str, language: &str) -> String {
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         width=\"210mm\" height=\"297mm\" viewBox=\"0 0 {A4_WIDTH} {A4_HEIGHT}\" lang=\"{}\">\n\
         <title>{}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        escape(language),
        escape(title)
    );
    for item in &page.items {
        match item {
            Item::Text {
                line,
                x,
                baseline,
                color,
            } => {
                let mut path = PathData::default();
                let mut cursor = *x;
                for run in &line.runs {
                    let font = run.font.load();
                    let scale = line.size / font.units_per_em;
                    let mut pen = cursor;
                    for glyph in &run.glyphs {
                        path.origin = (
                            pen + glyph.x_offset * line.size,
                            *baseline - glyph.y_offset * line.size,
                        );
                        path.scale = scale;
                        font.shaper.outline_glyph(GlyphId(glyph.id), &mut path);
                        pen += glyph.x_advance * line.size;
                    }
                    cursor += run.width;
                }
                let _ = writeln!(
                    svg,
                    "<path role=\"img\" aria-label=\"{}\" fill=\"{}\" d=\"{}\"/>",
                    escape(&line.text),
                    hex(*color),
                    path.data.trim_end()
                );
            }
            Item::Rects { rects, color } => {
                let mut data = String::new();
                for [x, y, w, h] in rects {
                    let _ = write!(data, "M{:.2} {:.2}h{:.2}v{:.2}h{:.2}z", x, y, w, h, -w);
                }
                let _ = writeln!(
                    svg,
                    "<path fill=\"{}\" shape-rendering=\"crispEdges\" d=\"{data}\"/>",
                    hex(*color)
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// Glyph outlines in font units (y up) written as page coordinates (y down).
#[derive(Default)]
struct PathData {
    data: String,
    origin: (f32, f32),
    scale: f32,
}

impl PathData {
    fn point(&self, x: f32, y: f32) -> (f32, f32) {
        (
            self.origin.0 + x * self.scale,
            self.origin.1 - y * self.scale,
        )
    }
}

impl OutlineBuilder for PathData {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.point(x, y);
        let _ = write!(self.data, "M{x:.2} {y:.2}");
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.point(x, y);
        let _ = write!(self.data, "L{x:.2} {y:.2}");
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.point(x1, y1);
        let (x, y) = self.point(x, y);
        let _ = write!(self.data, "Q{x1:.2} {y1:.2} {x:.2} {y:.2}");
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.point(x1, y1);
        let (x2, y2) = self.point(x2, y2);
        let (x, y) = self.point(x, y);
        let _ = write!(self.data, "C{x1:.2} {y1:.2} {x2:.2} {y2:.2} {x:.2} {y:.2}");
    }
    fn close(&mut self) {
        self.data.push('Z');
    }
}

fn hex(color: Color) -> String {
    format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2)
}

/// XML text and attribute escaping: caller text is data.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0 at all.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}
