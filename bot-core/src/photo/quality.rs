//! Can the office read this document photo? Judged at upload, on the picture the photo
//! pipeline decodes anyway (no second decode), in well under a millisecond of arithmetic.
//!
//! The decoded picture's luminance is scaled by area averaging to [`ANALYSIS_SIDE`] pixels
//! on the long side ([`LumaShrinker`]), so one set of thresholds holds for a 1280 px
//! Telegram photo and a 4000 px camera original alike: a blur of 1 % of the page's height
//! spoils the text whatever the camera. On that picture:
//!
//! - **blur** — the no-reference blur measure of Crété-Roffet et al. (2007, "The blur
//!   effect: perception and estimation with a new no-reference perceptual blur metric"):
//!   the picture is blurred once more with a 9-pixel mean, and the measure is how much of
//!   the neighbour-to-neighbour variation that took away, per direction, the worse one
//!   (0 sharp … 1 nothing left to blur); differences within the noise are left out, and
//!   the picture is measured at a half and a quarter of the size too (the largest value
//!   counts), so that a long
//!   shake, wider than the 9-pixel window, still counts as blur. It is a ratio, so it does not depend on how much
//!   text a page has or on its contrast, and the worse direction catches a shake along
//!   one axis. The variance of the Laplacian (the classic measure, [`laplacian_variance`],
//!   which the benches report beside it) depends on both, and separates the test set worse
//!   (docs/benchmarks.md); it is not computed at upload, where it would judge nothing.
//! - **dark** — the paper's brightness (the 95th percentile of luminance).
//! - **bright** — the ink's brightness (the 2nd percentile) together with the share of
//!   clipped pixels: overexposed text turns pale grey on a white that has burnt out.
//! - **small** — the picture's own size, before any scaling.
//!
//! [`Thresholds::DEFAULT`] were tuned on the generated set of `benches/photo_quality.rs`
//! so that a sharp, well-lit page is practically never refused: a person asked to take a
//! good photo again is more annoyed than an office is by an occasional blurred one.

use serde::{Deserialize, Serialize};

/// The long side, in pixels, of the picture the measures look at.
pub const ANALYSIS_SIDE: u32 = 640;

/// The problem's type lives in the pure engine, which words the tip for it.
pub use kompass_engine::upload::PhotoProblem;

/// What was measured on one photo.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Measures {
    /// The picture's size (after turning it upright).
    pub width: u32,
    pub height: u32,
    /// Crété-Roffet blur, 0 (sharp) … 1 (no detail left).
    pub blur: f32,
    /// 95th percentile of luminance (0–255): the paper.
    pub paper: u8,
    /// 2nd percentile of luminance: the darkest writing.
    pub ink: u8,
    /// Share of pixels at 250 or above.
    pub clipped: f32,
}

/// Limits above or below which a photo is asked for again.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Shorter than this on the long side is [`PhotoProblem::Small`].
    pub min_long_side: u32,
    /// Shorter than this on the short side is [`PhotoProblem::Small`].
    pub min_short_side: u32,
    /// Paper darker than this is [`PhotoProblem::Dark`].
    pub min_paper: u8,
    /// Ink paler than this, with at least `min_clipped` burnt out, is [`PhotoProblem::Bright`].
    pub max_ink: u8,
    pub min_clipped: f32,
    /// More blur than this is [`PhotoProblem::Blurred`].
    pub max_blur: f32,
}

impl Thresholds {
    /// Tuned on the generated set and checked on real phone photos (docs/benchmarks.md,
    /// "Photo quality").
    pub const DEFAULT: Self = Self {
        // Real phone photos of A4 pages (the PHONE-SCAN set): with fewer pixels than this
        // the small print of a form is lost; no photo Tesseract could read was this small.
        // Far below what any phone takes and below Telegram's 1280 px.
        min_long_side: 800,
        min_short_side: 650,
        min_paper: 70,
        max_ink: 110,
        min_clipped: 0.4,
        max_blur: 0.45,
    };
}

impl Default for Thresholds {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl Measures {
    /// The first problem found, in the order a tip helps most: a picture too small or too
    /// dark cannot be judged for blur (noise looks like detail).
    pub fn problem(&self, limits: &Thresholds) -> Option<PhotoProblem> {
        let (long, short) = (self.width.max(self.height), self.width.min(self.height));
        if long < limits.min_long_side || short < limits.min_short_side {
            Some(PhotoProblem::Small)
        } else if self.paper < limits.min_paper {
            Some(PhotoProblem::Dark)
        } else if self.ink > limits.max_ink && self.clipped >= limits.min_clipped {
            Some(PhotoProblem::Bright)
        } else if self.blur > limits.max_blur {
            Some(PhotoProblem::Blurred)
        } else {
            None
        }
    }
}

/// A greyscale picture of at most [`ANALYSIS_SIDE`] pixels on the long side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Luma {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Luma {
    /// The luminance of an RGB picture (any size), scaled down to the analysis size.
    pub fn from_rgb(image: &image::RgbImage) -> Self {
        let mut shrinker = LumaShrinker::new(image.width(), image.height());
        let mut row = vec![0u8; image.width() as usize];
        for rgb in image
            .as_raw()
            .chunks_exact(image.width().max(1) as usize * 3)
        {
            for (y, p) in row.iter_mut().zip(rgb.chunks_exact(3)) {
                *y = luminance(p[0], p[1], p[2]);
            }
            shrinker.push(&row);
        }
        shrinker.finish()
    }
}

impl Luma {
    /// Half the size: each pixel the mean of a 2×2 block.
    pub fn halved(&self) -> Self {
        let (width, height) = (self.width / 2, self.height / 2);
        let mut pixels = vec![0u8; width * height];
        if width > 0 {
            for (y, out) in pixels.chunks_exact_mut(width).enumerate() {
                // Slices of exactly the length used, so that the loop has no bounds checks
                // and the compiler vectorises it.
                let top = &self.pixels[2 * y * self.width..][..2 * width];
                let bottom = &self.pixels[(2 * y + 1) * self.width..][..2 * width];
                for (x, pixel) in out.iter_mut().enumerate() {
                    let sum = u16::from(top[2 * x])
                        + u16::from(top[2 * x + 1])
                        + u16::from(bottom[2 * x])
                        + u16::from(bottom[2 * x + 1]);
                    *pixel = ((sum + 2) / 4) as u8;
                }
            }
        }
        Self {
            width,
            height,
            pixels,
        }
    }
}

/// Rec. 601 luma, as JPEG's Y channel: what a greyscale decode of the same file gives.
fn luminance(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 19_595 + u32::from(g) * 38_470 + u32::from(b) * 7_471 + 32_768) >> 16) as u8
}

/// Area-averaging downscale of greyscale rows to [`ANALYSIS_SIDE`] (pictures already
/// smaller are kept as they are), fed one row at a time so a decoder can stream into it.
#[derive(Debug)]
pub struct LumaShrinker {
    source_height: u32,
    width: u32,
    height: u32,
    /// The source columns of each target column.
    columns: Vec<std::ops::Range<usize>>,
    /// Sums of the source rows of the current target row, per source column: adding whole
    /// rows vectorises, and the columns are summed once per target row.
    sums: Vec<u32>,
    rows: u32,
    rows_in: u32,
    target_row: u32,
    out: Vec<u8>,
}

impl LumaShrinker {
    pub fn new(source_width: u32, source_height: u32) -> Self {
        let long = source_width.max(source_height).max(1);
        let (width, height) = if long <= ANALYSIS_SIDE {
            (source_width, source_height)
        } else {
            let scale = |side: u32| {
                ((u64::from(side) * u64::from(ANALYSIS_SIDE)).div_ceil(u64::from(long)) as u32)
                    .max(1)
            };
            (scale(source_width), scale(source_height))
        };
        // Target column t takes the source columns x with x·width / source_width = t.
        let start =
            |t: u64| (t * u64::from(source_width)).div_ceil(u64::from(width.max(1))) as usize;
        let columns = (0..u64::from(width))
            .map(|t| start(t)..start(t + 1))
            .collect();
        Self {
            source_height,
            width,
            height,
            columns,
            sums: vec![0; source_width as usize],
            rows: 0,
            rows_in: 0,
            target_row: 0,
            out: Vec::with_capacity(width as usize * height as usize),
        }
    }

    /// Adds the next source row (one byte per pixel).
    pub fn push(&mut self, row: &[u8]) {
        if self.rows_in >= self.source_height {
            return;
        }
        if self.height == self.source_height && self.width as usize == self.sums.len() {
            // Already the analysis size (a Telegram photo decoded at the right DCT scale):
            // every target pixel is its source pixel, so copy the row instead of summing
            // and dividing per pixel.
            let width = self.sums.len();
            self.out.extend_from_slice(&row[..width.min(row.len())]);
            self.out
                .resize(self.out.len() + width.saturating_sub(row.len()), 0);
            self.rows_in += 1;
            return;
        }
        let target_row = (u64::from(self.rows_in) * u64::from(self.height)
            / u64::from(self.source_height)) as u32;
        if target_row != self.target_row {
            self.flush_row();
            self.target_row = target_row;
        }
        for (sum, &value) in self.sums.iter_mut().zip(row) {
            *sum += u32::from(value);
        }
        self.rows += 1;
        self.rows_in += 1;
    }

    fn flush_row(&mut self) {
        for columns in &self.columns {
            let n = (columns.len() as u32 * self.rows).max(1);
            let sum: u32 = self
                .sums
                .get(columns.clone())
                .unwrap_or_default()
                .iter()
                .sum();
            self.out.push(((sum + n / 2) / n) as u8);
        }
        self.sums.fill(0);
        self.rows = 0;
    }

    pub fn finish(mut self) -> Luma {
        if self.rows > 0 {
            self.flush_row();
        }
        let (width, height) = (self.width as usize, self.height as usize);
        // Rows missing (a decoder stopped early) are left out rather than invented.
        self.out.truncate(width * height);
        let height = self.out.len() / width.max(1);
        Luma {
            width,
            height,
            pixels: self.out,
        }
    }
}

/// Measures `luma` (the analysis picture) of a photo whose upright size is
/// `width`×`height`.
pub fn measure(luma: &Luma, width: u32, height: u32) -> Measures {
    let (paper, ink, clipped) = exposure(&luma.pixels);
    // At a half and a quarter of the analysis size as well: a long shake spreads an edge
    // wider than the measure's 9-pixel window, and the noise left on it looks like
    // detail; smaller, the same shake fits the window and the noise is averaged away.
    let half = luma.halved();
    let blur = crete_roffet_blur(luma)
        .max(crete_roffet_blur(&half))
        .max(crete_roffet_blur(&half.halved()));
    Measures {
        width,
        height,
        blur,
        paper,
        ink,
        clipped,
    }
}

/// The 95th and 2nd percentiles of luminance and the share of pixels at 250 or above.
fn exposure(pixels: &[u8]) -> (u8, u8, f32) {
    // Four histograms filled in turn, added at the end: a document is mostly paper of one
    // grey, and a single histogram would make each pixel wait for the previous pixel's
    // increment of the same counter.
    let mut lanes = [[0u32; 256]; 4];
    let mut quads = pixels.chunks_exact(4);
    for quad in &mut quads {
        for (lane, &p) in lanes.iter_mut().zip(quad) {
            lane[usize::from(p)] += 1;
        }
    }
    for &p in quads.remainder() {
        lanes[0][usize::from(p)] += 1;
    }
    let mut histogram = [0u32; 256];
    for (value, count) in histogram.iter_mut().enumerate() {
        *count = lanes.iter().map(|lane| lane[value]).sum();
    }
    let total = pixels.len().max(1) as u64;
    let percentile = |share: u64| -> u8 {
        let wanted = (total * share).div_ceil(100);
        let mut seen = 0u64;
        for (value, &count) in histogram.iter().enumerate() {
            seen += u64::from(count);
            if seen >= wanted {
                return value as u8;
            }
        }
        255
    };
    let clipped: u64 = histogram[250..].iter().map(|&c| u64::from(c)).sum();
    (percentile(95), percentile(2), clipped as f32 / total as f32)
}

/// Neighbour differences below this (grey levels) are taken for noise, not detail: sensor
/// noise left on a shaken picture would otherwise look like sharp detail to the measure.
const NOISE_FLOOR: i32 = 4;

/// Crété-Roffet et al.'s blur measure: for each direction, the share of the picture's
/// neighbour differences (above the noise floor) that survive a 9-pixel mean filter, and
/// the larger of the two. A picture with almost no detail above the noise (a blank page)
/// gets 0: there is nothing to judge, and refusing it would only annoy.
pub fn crete_roffet_blur(luma: &Luma) -> f32 {
    let (width, height) = (luma.width, luma.height);
    if width < 12 || height < 12 {
        return 0.0;
    }
    let pixels = &luma.pixels;
    let row = |y: usize| &pixels[y * width..(y + 1) * width];
    // The re-blurred picture is the 9-pixel mean; only differences of neighbouring means
    // are needed, and two neighbouring 9-pixel sums differ by the one pixel that enters
    // minus the one that leaves: `sum(x) - sum(x-1) = p[x+4] - p[x-5]`, the same along
    // columns. So no blurred copy is ever built, and the loop is a few integer operations
    // per pixel (it runs on every document photo, on the bot's hot path).
    let (mut sharp_h, mut lost_h, mut sharp_v, mut lost_v) = (0i64, 0i64, 0i64, 0i64);
    let (mut counted_h, mut counted_v) = (0usize, 0usize);
    for y in 5..height - 4 {
        let (line, above, entering, leaving) = (row(y), row(y - 1), row(y + 4), row(y - 5));
        let (mut row_sharp_h, mut row_lost_h, mut row_sharp_v, mut row_lost_v) =
            (0i32, 0i32, 0i32, 0i32);
        let (mut row_counted_h, mut row_counted_v) = (0i32, 0i32);
        for x in 5..width - 4 {
            let here = i32::from(line[x]);
            let difference_h = (here - i32::from(line[x - 1])).abs();
            let blurred_h = (i32::from(line[x + 4]) - i32::from(line[x - 5])).abs();
            let detail_h = i32::from(difference_h >= NOISE_FLOOR);
            row_sharp_h += detail_h * 9 * difference_h;
            row_lost_h += detail_h * (9 * difference_h - blurred_h).max(0);
            row_counted_h += detail_h;
            let difference_v = (here - i32::from(above[x])).abs();
            let blurred_v = (i32::from(entering[x]) - i32::from(leaving[x])).abs();
            let detail_v = i32::from(difference_v >= NOISE_FLOOR);
            row_sharp_v += detail_v * 9 * difference_v;
            row_lost_v += detail_v * (9 * difference_v - blurred_v).max(0);
            row_counted_v += detail_v;
        }
        // Per row the sums stay far inside i32 (9 · 255 · width); the totals may not.
        sharp_h += i64::from(row_sharp_h);
        lost_h += i64::from(row_lost_h);
        sharp_v += i64::from(row_sharp_v);
        lost_v += i64::from(row_lost_v);
        counted_h += row_counted_h as usize;
        counted_v += row_counted_v as usize;
    }
    // Fewer than one pixel in a thousand with detail: nothing to judge.
    let enough = (width * height) / 1000;
    let blur = |sharp: i64, lost: i64, counted: usize| {
        if counted < enough.max(1) || sharp == 0 {
            0.0
        } else {
            (sharp - lost) as f32 / sharp as f32
        }
    };
    blur(sharp_h, lost_h, counted_h).max(blur(sharp_v, lost_v, counted_v))
}

/// The variance of the 4-neighbour Laplacian (Pech-Pacheco et al. 2000), for the benches'
/// comparison of blur measures (on [`crate::photo::analysis_picture`]).
pub fn laplacian_variance(luma: &Luma) -> f32 {
    let (width, height) = (luma.width, luma.height);
    if width < 3 || height < 3 {
        return 0.0;
    }
    let p = &luma.pixels;
    // Integer sums: exact (as the f64 sums were, below 2^53) and several times faster.
    let (mut sum, mut squares) = (0i64, 0i64);
    for y in 1..height - 1 {
        let (above, line, below) = (
            &p[(y - 1) * width..y * width],
            &p[y * width..(y + 1) * width],
            &p[(y + 1) * width..(y + 2) * width],
        );
        let (mut row_sum, mut row_squares) = (0i32, 0i64);
        for x in 1..width - 1 {
            let value = i32::from(line[x - 1])
                + i32::from(line[x + 1])
                + i32::from(above[x])
                + i32::from(below[x])
                - 4 * i32::from(line[x]);
            row_sum += value;
            row_squares += i64::from(value * value);
        }
        sum += i64::from(row_sum);
        squares += row_squares;
    }
    let n = ((width - 2) * (height - 2)) as f64;
    let mean = sum as f64 / n;
    (squares as f64 / n - mean * mean) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docphotos::{self, Defect, Layout, Script, Shot, Writer};
    use crate::photo;

    fn shot(layout: Layout, defect: Defect) -> Shot {
        Shot {
            seed: 17,
            layout,
            script: Script::Latin,
            defect,
            width: 720,
            height: 960,
            jpeg_quality: 85,
        }
    }

    /// The measures and verdict of the pipeline on a made-up photo (a JPEG small enough
    /// to be rebuilt, so this is the check decode's luminance).
    fn judged(shot: &Shot) -> (Measures, Option<PhotoProblem>) {
        let jpeg = docphotos::jpeg(&docphotos::render(shot, &Writer::strokes()), 85);
        let processed = photo::process(&jpeg, "image/jpeg").unwrap();
        (processed.measures, processed.problem())
    }

    #[test]
    fn sharp_well_lit_pages_pass() {
        for layout in [Layout::Form, Layout::Letter, Layout::IdCard, Layout::Sparse] {
            let (measures, problem) = judged(&shot(layout, Defect::None));
            assert_eq!(problem, None, "{layout:?}: {measures:?}");
        }
        // Held at an angle, but sharp: readable.
        let tilted = Defect::Tilted {
            degrees: 18.0,
            keystone: 0.15,
        };
        let (measures, problem) = judged(&shot(Layout::Form, tilted));
        assert_eq!(problem, None, "{measures:?}");
    }

    #[test]
    fn shaken_and_defocused_pages_are_blurred() {
        let blur = |defect| judged(&shot(Layout::Form, defect));
        let (sharp, _) = blur(Defect::None);
        let (slight, _) = blur(Defect::Shaken {
            length: 0.006,
            degrees: 20.0,
        });
        let (shaken, problem) = blur(Defect::Shaken {
            length: 0.025,
            degrees: 20.0,
        });
        assert_eq!(problem, Some(PhotoProblem::Blurred), "{shaken:?}");
        assert!(sharp.blur < slight.blur && slight.blur < shaken.blur);
        let (defocused, problem) = blur(Defect::Defocused { sigma: 0.006 });
        assert_eq!(problem, Some(PhotoProblem::Blurred), "{defocused:?}");
        // The classic measure agrees on the direction.
        let laplacian = |defect| {
            let jpeg = docphotos::jpeg(
                &docphotos::render(&shot(Layout::Form, defect), &Writer::strokes()),
                85,
            );
            let processed = photo::process(&jpeg, "image/jpeg").unwrap();
            laplacian_variance(&photo::analysis_picture(&processed.jpeg).unwrap())
        };
        let sharp = laplacian(Defect::None);
        assert!(
            sharp
                > laplacian(Defect::Shaken {
                    length: 0.025,
                    degrees: 20.0
                })
                && sharp > laplacian(Defect::Defocused { sigma: 0.006 })
        );
    }

    /// The photos other tests send: one passes, the shaken one is asked again.
    #[test]
    fn the_test_photos_are_judged_as_meant() {
        let readable = photo::process(&docphotos::readable_photo(), "image/jpeg").unwrap();
        assert_eq!(readable.problem(), None, "{:?}", readable.measures);
        let shaken = photo::process(&docphotos::shaken_photo(), "image/jpeg").unwrap();
        assert_eq!(
            shaken.problem(),
            Some(PhotoProblem::Blurred),
            "{:?}",
            shaken.measures
        );
    }

    #[test]
    fn dark_bright_and_small_photos() {
        let (dark, problem) = judged(&shot(Layout::Form, Defect::Dark { paper: 40.0 }));
        assert_eq!(problem, Some(PhotoProblem::Dark), "{dark:?}");
        let (bright, problem) = judged(&shot(Layout::Form, Defect::Bright { gain: 2.5 }));
        assert_eq!(problem, Some(PhotoProblem::Bright), "{bright:?}");
        let (small, problem) = judged(&shot(Layout::Form, Defect::Small { long_side: 480 }));
        assert_eq!(problem, Some(PhotoProblem::Small), "{small:?}");
        assert_eq!((small.width, small.height), (360, 480));
    }

    /// A photo that is re-encoded (here a PNG) is measured on its decoded pixels and comes
    /// out like the same photo as a rebuilt JPEG.
    #[test]
    fn reencoded_and_rebuilt_photos_measure_alike() {
        let image = docphotos::render(&shot(Layout::Form, Defect::None), &Writer::strokes());
        let mut png = Vec::new();
        image::DynamicImage::ImageRgb8(image.clone())
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let from_png = photo::process(&png, "image/png").unwrap().measures;
        let from_jpeg = photo::process(&docphotos::jpeg(&image, 92), "image/jpeg")
            .unwrap()
            .measures;
        assert!(
            (from_png.blur - from_jpeg.blur).abs() < 0.08,
            "{from_png:?} {from_jpeg:?}"
        );
        assert!(from_png.paper.abs_diff(from_jpeg.paper) < 6);
    }

    /// The measure as first written (Crété-Roffet's steps as in the paper: build the
    /// re-blurred picture, then compare differences): the fast version must agree exactly.
    fn crete_roffet_with_blurred_copies(luma: &Luma) -> f32 {
        let (width, height) = (luma.width, luma.height);
        if width < 12 || height < 12 {
            return 0.0;
        }
        let pixels = &luma.pixels;
        let row = |y: usize| &pixels[y * width..(y + 1) * width];
        // Nine-pixel sums along rows (horizontal) and columns (vertical): the re-blurred
        // picture, kept ×9.
        let mut horizontal = vec![0i32; width * height];
        for (y, out) in horizontal.chunks_exact_mut(width).enumerate() {
            let line = row(y);
            let mut sum: i32 = line[..9].iter().map(|&v| i32::from(v)).sum();
            for x in 4..width - 4 {
                out[x] = sum;
                if x + 5 < width {
                    sum += i32::from(line[x + 5]) - i32::from(line[x - 4]);
                }
            }
        }
        let mut vertical = vec![0i32; width * height];
        let mut column_sums = vec![0i32; width];
        for y in 0..9 {
            for (sum, &v) in column_sums.iter_mut().zip(row(y)) {
                *sum += i32::from(v);
            }
        }
        for y in 4..height - 4 {
            vertical[y * width..(y + 1) * width].copy_from_slice(&column_sums);
            if y + 5 < height {
                for ((sum, &add), &drop) in column_sums.iter_mut().zip(row(y + 5)).zip(row(y - 4)) {
                    *sum += i32::from(add) - i32::from(drop);
                }
            }
        }
        let (mut sharp_h, mut lost_h, mut sharp_v, mut lost_v) = (0i64, 0i64, 0i64, 0i64);
        let (mut counted_h, mut counted_v) = (0usize, 0usize);
        for y in 5..height - 4 {
            let (line, above) = (row(y), row(y - 1));
            let (blurred_h, blurred_v) = (
                &horizontal[y * width..(y + 1) * width],
                (
                    &vertical[y * width..(y + 1) * width],
                    &vertical[(y - 1) * width..y * width],
                ),
            );
            for x in 5..width - 4 {
                let here = i32::from(line[x]);
                let difference_h = (here - i32::from(line[x - 1])).abs();
                if difference_h >= NOISE_FLOOR {
                    let original = 9 * difference_h;
                    let blurred = (blurred_h[x] - blurred_h[x - 1]).abs();
                    sharp_h += i64::from(original);
                    lost_h += i64::from((original - blurred).max(0));
                    counted_h += 1;
                }
                let difference_v = (here - i32::from(above[x])).abs();
                if difference_v >= NOISE_FLOOR {
                    let original = 9 * difference_v;
                    let blurred = (blurred_v.0[x] - blurred_v.1[x]).abs();
                    sharp_v += i64::from(original);
                    lost_v += i64::from((original - blurred).max(0));
                    counted_v += 1;
                }
            }
        }
        // Fewer than one pixel in a thousand with detail: nothing to judge.
        let enough = (width * height) / 1000;
        let blur = |sharp: i64, lost: i64, counted: usize| {
            if counted < enough.max(1) || sharp == 0 {
                0.0
            } else {
                (sharp - lost) as f32 / sharp as f32
            }
        };
        blur(sharp_h, lost_h, counted_h).max(blur(sharp_v, lost_v, counted_v))
    }

    fn pictures_to_compare() -> Vec<Luma> {
        let mut pictures: Vec<Luma> = [
            Defect::None,
            Defect::Shaken {
                length: 0.02,
                degrees: 30.0,
            },
            Defect::Dark { paper: 40.0 },
        ]
        .into_iter()
        .map(|defect| {
            let image = docphotos::render(&shot(Layout::Letter, defect), &Writer::strokes());
            Luma::from_rgb(&image)
        })
        .collect();
        // Noise of every amplitude, in odd sizes (the edges of the loops).
        let mut state = 0x2545_f491_u32;
        for (width, height) in [(12, 12), (13, 29), (641, 17)] {
            let pixels = (0..width * height)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    (state >> 24) as u8
                })
                .collect();
            pictures.push(Luma {
                width,
                height,
                pixels,
            });
        }
        pictures
    }

    #[test]
    fn fast_blur_measure_equals_the_papers_steps() {
        for luma in pictures_to_compare() {
            let (fast, reference) = (
                crete_roffet_blur(&luma),
                crete_roffet_with_blurred_copies(&luma),
            );
            assert_eq!(
                fast.to_bits(),
                reference.to_bits(),
                "{}×{}: {fast} against {reference}",
                luma.width,
                luma.height
            );
        }
    }

    #[test]
    fn laplacian_variance_in_integers_equals_floating_point() {
        for luma in pictures_to_compare() {
            let p = &luma.pixels;
            let w = luma.width;
            let values: Vec<f64> = (1..luma.height - 1)
                .flat_map(|y| (1..w - 1).map(move |x| (y, x)))
                .map(|(y, x)| {
                    let i = y * w + x;
                    f64::from(
                        i32::from(p[i - 1])
                            + i32::from(p[i + 1])
                            + i32::from(p[i - w])
                            + i32::from(p[i + w])
                            - 4 * i32::from(p[i]),
                    )
                })
                .collect();
            let n = values.len() as f64;
            let mean = values.iter().sum::<f64>() / n;
            let reference = (values.iter().map(|v| v * v).sum::<f64>() / n - mean * mean) as f32;
            assert_eq!(laplacian_variance(&luma), reference);
        }
    }

    /// The histogram in four lanes and the vectorised halving give what the plain loops
    /// give, on documents and on noise of odd sizes.
    #[test]
    fn exposure_and_halving_equal_the_plain_loops() {
        let mut pictures = pictures_to_compare();
        pictures.push(Luma {
            width: 3,
            height: 1,
            pixels: vec![0, 250, 255],
        });
        for luma in pictures {
            let mut histogram = [0u64; 256];
            for &p in &luma.pixels {
                histogram[usize::from(p)] += 1;
            }
            let total = luma.pixels.len() as u64;
            let percentile = |share: u64| {
                let wanted = (total * share).div_ceil(100);
                let mut seen = 0;
                (0..=255u8)
                    .find(|&value| {
                        seen += histogram[usize::from(value)];
                        seen >= wanted
                    })
                    .unwrap_or(255)
            };
            let clipped = histogram[250..].iter().sum::<u64>() as f32 / total as f32;
            let (paper, ink, measured_clipped) = exposure(&luma.pixels);
            assert_eq!(
                (paper, ink, measured_clipped.to_bits()),
                (percentile(95), percentile(2), clipped.to_bits()),
                "{}×{}",
                luma.width,
                luma.height
            );

            let (width, height) = (luma.width / 2, luma.height / 2);
            let at = |x: usize, y: usize| u16::from(luma.pixels[y * luma.width + x]);
            let plain: Vec<u8> = (0..height)
                .flat_map(|y| (0..width).map(move |x| (x, y)))
                .map(|(x, y)| {
                    let sum = at(2 * x, 2 * y)
                        + at(2 * x + 1, 2 * y)
                        + at(2 * x, 2 * y + 1)
                        + at(2 * x + 1, 2 * y + 1);
                    ((sum + 2) / 4) as u8
                })
                .collect();
            let halved = luma.halved();
            assert_eq!((halved.width, halved.height), (width, height));
            assert!(halved.pixels == plain, "{}×{}", luma.width, luma.height);
        }
    }

    /// A picture already at the analysis size goes through the shrinker unchanged.
    #[test]
    fn shrinker_keeps_pictures_of_the_analysis_size() {
        let luma = pictures_to_compare().swap_remove(0);
        let mut shrinker = LumaShrinker::new(luma.width as u32, luma.height as u32);
        for row in luma.pixels.chunks_exact(luma.width) {
            shrinker.push(row);
        }
        assert_eq!(shrinker.finish(), luma);
    }

    #[test]
    fn shrinker_averages_areas() {
        let mut shrinker = LumaShrinker::new(1280, 2);
        shrinker.push(&[0u8, 200].repeat(640));
        shrinker.push(&[100u8, 100].repeat(640));
        let luma = shrinker.finish();
        assert_eq!((luma.width, luma.height), (640, 1));
        assert!(
            luma.pixels.iter().all(|&p| p == 100),
            "{:?}",
            &luma.pixels[..4]
        );
        // A blank picture has nothing to judge: not blurred.
        let blank = Luma {
            width: 640,
            height: 480,
            pixels: vec![230; 640 * 480],
        };
        assert_eq!(crete_roffet_blur(&blank), 0.0);
    }
}
