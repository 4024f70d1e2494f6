//! Text to positioned glyphs: bidi reordering (`unicode-bidi`), a font per script, shaping
//! (rustybuzz: Arabic joining, marks, kerning), and line wrapping at spaces.
//!
//! krilla's own `draw_text` shapes one run in one font without bidi, which turns a Latin
//! reference number inside an Arabic line around and shows Arabic letters of a Latin font as
//! boxes; and it cannot measure, which right-aligned text needs.

use std::ops::Range;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

use crate::fonts::{Family, FontId, Weight, family_of};

/// One glyph, positions in em (multiply by the font size).
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    pub id: u16,
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The bytes of the run's text this glyph's cluster covers.
    pub range: Range<usize>,
}

/// Glyphs of one font and one direction, in visual order (left to right).
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub font: FontId,
    pub text: String,
    pub glyphs: Vec<Glyph>,
    /// In points.
    pub width: f32,
}

/// One line, ready to draw: runs in visual order from the left.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub size: f32,
    pub width: f32,
    /// The text in logical order (for the SVG's accessible label).
    pub text: String,
}

/// Shapes one line of text (no wrapping). `rtl` is the base direction of the paragraph: the
/// language's, so that an Arabic line that begins with a Latin word still reads from the right.
pub(crate) fn shape_line(text: &str, size: f32, weight: Weight, rtl: bool) -> Line {
    let text = clean(text);
    let mut runs = Vec::new();
    if !text.is_empty() {
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(&text, Some(base));
        for paragraph in &bidi.paragraphs {
            let (levels, level_runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for range in level_runs {
                let run_rtl = levels[range.start].is_rtl();
                let mut segments = font_segments(&text[range.clone()]);
                if run_rtl {
                    // A right-to-left run is laid out from its end: its last segment is leftmost.
                    segments.reverse();
                }
                for (family, segment) in segments {
                    runs.push(shape_run(segment, FontId { family, weight }, size, run_rtl));
                }
            }
        }
    }
    let width = runs.iter().map(|run| run.width).sum();
    Line {
        runs,
        size,
        width,
        text,
    }
}

/// Wraps `text` into lines no wider than `max_width` at spaces (a word longer than a line is
/// cut between letters). A newline in the text starts a new line.
pub(crate) fn wrap(text: &str, size: f32, weight: Weight, rtl: bool, max_width: f32) -> Vec<Line> {
    let measure = |candidate: &str| shape_line(candidate, size, weight, rtl).width;
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut current = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if measure(&candidate) <= max_width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if measure(word) <= max_width {
                current = word.to_string();
            } else {
                // A long link or number: cut it where it no longer fits.
                let mut piece = String::new();
                for c in word.chars() {
                    let longer = format!("{piece}{c}");
                    if !piece.is_empty() && measure(&longer) > max_width {
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    } else {
                        piece = longer;
                    }
                }
                current = piece;
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
    }
    lines
        .iter()
        .map(|line| shape_line(line, size, weight, rtl))
        .collect()
}

/// The largest size from `max` down to `min` (in steps of 2 points) at which `text` fits on
/// one line of `width`; `min` if it never does.
pub(crate) fn fitting_size(
    text: &str,
    weight: Weight,
    rtl: bool,
    width: f32,
    max: f32,
    min: f32,
) -> f32 {
    let mut size = max;
    while size > min && shape_line(text, size, weight, rtl).width > width {
        size -= 2.0;
    }
    size.max(min)
}

/// Control characters and bidi controls out: what the caller gives is data, and a
/// hand-written override must not turn the rest of the line around. Tabs become spaces.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Splits a run of one direction where the script changes; spaces, digits and punctuation
/// join the text before them (or after them at the start) when that font has them, and go
/// to Noto Sans otherwise (the Arabic font has no bullet, for one).
fn font_segments(text: &str) -> Vec<(Family, &str)> {
    let mut context = text.chars().find_map(family_of).unwrap_or(Family::Sans);
    let mut segments: Vec<(Family, &str)> = Vec::new();
    let mut current = context;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        let family = match family_of(c) {
            Some(own) => {
                context = own;
                own
            }
            None if has_glyph(context, c) => context,
            None => Family::Sans,
        };
        if family != current {
            if index > start {
                segments.push((current, &text[start..index]));
            }
            start = index;
            current = family;
        }
    }
    if start < text.len() {
        segments.push((current, &text[start..]));
    }
    segments
}

fn has_glyph(family: Family, c: char) -> bool {
    FontId {
        family,
        weight: Weight::Regular,
    }
    .load()
    .shaper
    .glyph_index(c)
    .is_some()
}

fn shape_run(text: &str, font: FontId, size: f32, rtl: bool) -> Run {
    let loaded = font.load();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let output = rustybuzz::shape(&loaded.shaper, &[], buffer);
    let em = loaded.units_per_em;
    let mut starts: Vec<usize> = output
        .glyph_infos()
        .iter()
        .map(|info| info.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let glyphs: Vec<Glyph> = output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            let end = starts
                .iter()
                .copied()
                .find(|&next| next > start)
                .unwrap_or(text.len());
            Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                x_advance: position.x_advance as f32 / em,
                x_offset: position.x_offset as f32 / em,
                y_offset: position.y_offset as f32 / em,
                range: start..end,
            }
        })
        .collect();
    let width = glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size;
    Run {
        font,
        text: text.to_string(),
        glyphs,
        width,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Arabic is joined (other glyphs than the isolated letters) and laid out from the right;
    /// a Latin reference inside keeps its own order.
    #[test]
    fn arabic_is_shaped_and_latin_inside_keeps_its_order() {
        let line = shape_line("رقم KAL-1", 12.0, Weight::Regular, true);
        assert_eq!(line.runs.len(), 2, "{:?}", line.runs);
        // Visual order from the left: the Latin run comes first, the Arabic word last.
        assert_eq!(line.runs[0].font.family, Family::Sans);
        assert!(
            line.runs[0].text.starts_with("KAL-1"),
            "{:?}",
            line.runs[0].text
        );
        assert_eq!(line.runs[1].font.family, Family::Arabic);
        // Joined forms: the shaped word differs from its letters shaped one by one.
        let joined: Vec<u16> = line.runs[1].glyphs.iter().map(|g| g.id).collect();
        let isolated: Vec<u16> = "رقم"
            .chars()
            .map(|c| shape_line(&c.to_string(), 12.0, Weight::Regular, true).runs[0].glyphs[0].id)
            .collect();
        assert_ne!(joined.iter().rev().copied().collect::<Vec<_>>(), isolated);
        assert!(line.width > 0.0);
    }

    /// Every letter Turkish, Kurmanji and Ukrainian need has a glyph (no .notdef, id 0).
    #[test]
    fn latin_and_cyrillic_letters_have_glyphs() {
        for text in [
            "çşêîûğıİ ÇŞÊÎÛĞ",
            "їєґі ЇЄҐІ ёъ",
            "پچژگکی",
            "äöüß €",
            "• جواز السفر",
        ] {
            let line = shape_line(text, 12.0, Weight::Bold, text.contains('ج'));
            for run in &line.runs {
                assert!(
                    run.glyphs.iter().all(|g| g.id != 0),
                    "missing glyph in {text:?}: {run:?}"
                );
            }
        }
    }

    #[test]
    fn wrapping_keeps_every_word_and_the_width() {
        let text = "Bitte bringen Sie Ihren Reisepass und die Meldebescheinigung mit";
        let lines = wrap(text, 12.0, Weight::Regular, false, 120.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 120.0));
        let joined: Vec<String> = lines.iter().map(|l| l.text.clone()).collect();
        assert_eq!(joined.join(" "), text);
        let long = wrap(
            "https://t.me/a_very_long_bot_name_bot?start=ar_register",
            12.0,
            Weight::Regular,
            false,
            60.0,
        );
        assert!(long.len() > 2 && long.iter().all(|l| l.width <= 60.0));
    }

    #[test]
    fn bidi_overrides_in_data_are_dropped() {
        let line = shape_line("\u{202E}abc\u{0007}", 12.0, Weight::Regular, false);
        assert_eq!(line.text, "abc");
    }
}
