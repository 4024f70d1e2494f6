//! A page as a list of drawing items (text lines and filled rectangles), in points from the
//! top left corner, which the PDF and the SVG writers both draw: the poster looks the same
//! in both.

use crate::fonts::Weight;
use crate::text::{Line, shape_line, wrap};

/// A4 in points.
pub(crate) const A4_WIDTH: f32 = 595.28;
pub(crate) const A4_HEIGHT: f32 = 841.89;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Color(pub u8, pub u8, pub u8);

pub(crate) const BLACK: Color = Color(0, 0, 0);
pub(crate) const GREY: Color = Color(0x55, 0x55, 0x55);
pub(crate) const ACCENT: Color = Color(0x0b, 0x4f, 0x8a);
pub(crate) const RULE: Color = Color(0xbb, 0xbb, 0xbb);

#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// One line; `x` is its left end, `baseline` the y of its baseline.
    Text {
        line: Line,
        x: f32,
        baseline: f32,
        color: Color,
    },
    /// Filled rectangles (x, y, width, height) in one colour: rules, QR modules.
    Rects { rects: Vec<[f32; 4]>, color: Color },
}

/// Where a line sits between two edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Start,
    Center,
    End,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Page {
    pub items: Vec<Item>,
}

/// A column of text between `left` and `right`, filled from the top; `rtl` aligns start to
/// the right edge.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    pub left: f32,
    pub right: f32,
    pub rtl: bool,
}

impl Column {
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    /// The x of a line of `width` with `align` (start and end follow the column's direction).
    pub fn x(&self, width: f32, align: Align) -> f32 {
        let align = match (align, self.rtl) {
            (Align::Start, true) => Align::End,
            (Align::End, true) => Align::Start,
            (align, _) => align,
        };
        match align {
            Align::Start => self.left,
            Align::Center => self.left + (self.width() - width) / 2.0,
            Align::End => self.right - width,
        }
    }
}

/// What a block of text looks like.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub weight: Weight,
    pub color: Color,
    pub align: Align,
    /// Distance between baselines, as a multiple of the size.
    pub leading: f32,
}

impl Style {
    pub const fn new(size: f32, weight: Weight, color: Color) -> Self {
        Self {
            size,
            weight,
            color,
            align: Align::Start,
            leading: 1.3,
        }
    }

    pub const fn aligned(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
}

impl Page {
    /// Writes `text` wrapped into `column` with its top at `top`; returns the y below it.
    pub fn text(&mut self, column: Column, top: f32, text: &str, style: Style) -> f32 {
        let lines = wrap(text, style.size, style.weight, column.rtl, column.width());
        self.lines(column, top, lines, style)
    }

    /// Writes one line without wrapping (a number, a link); returns the y below it.
    pub fn line(&mut self, column: Column, top: f32, text: &str, style: Style) -> f32 {
        let line = shape_line(text, style.size, style.weight, column.rtl);
        self.lines(column, top, vec![line], style)
    }

    fn lines(&mut self, column: Column, top: f32, lines: Vec<Line>, style: Style) -> f32 {
        let mut y = top;
        for line in lines {
            // The baseline sits about 0.95 em below the line's top for these fonts.
            let baseline = y + style.size * 0.95;
            let x = column.x(line.width, style.align);
            self.items.push(Item::Text {
                line,
                x,
                baseline,
                color: style.color,
            });
            y += style.size * style.leading;
        }
        y
    }

    pub fn rule(&mut self, left: f32, right: f32, y: f32, thickness: f32, color: Color) {
        self.items.push(Item::Rects {
            rects: vec![[left, y, right - left, thickness]],
            color,
        });
    }
}
