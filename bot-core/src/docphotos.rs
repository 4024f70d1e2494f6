//! Made-up document photos for tuning and testing the readability check
//! ([`crate::photo::quality`]). No phone exists where Kompass is built and tested, so this
//! is an honest stand-in, not a sample of real photos: pages are drawn (forms, letters,
//! ID-card and passport-like pages with a photo box and machine-readable lines, a sparse
//! certificate), with text in Latin, Cyrillic and Arabic script, laid on a table in a
//! camera frame, and then spoilt the way phone photos are spoilt: a shake (motion blur of
//! a given length and angle), a missed focus (Gaussian blur), too little light (dark and
//! noisy), too much light (burnt out), a steep angle (rotation and perspective), too few
//! pixels; every picture gets a little lens blur, uneven light, sensor noise and phone-like
//! JPEG compression. A seed fixes every choice, so a set is reproduced exactly.
//!
//! Text is drawn with a real font when one is given ([`Writer::from_font_file`], DejaVu
//! Sans from Debian's `fonts-dejavu-core` in the bench) and otherwise with letter-like
//! strokes ([`Writer::strokes`], what the unit tests use: no file needed). Arabic letters
//! are drawn one by one without shaping: for a blur measure that is text-like texture,
//! not a reading test.

use image::RgbImage;
use image::codecs::jpeg::JpegEncoder;

/// A small deterministic random source (SplitMix64): the same seed, the same set.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    pub fn range(&mut self, low: f32, high: f32) -> f32 {
        low + (high - low) * self.unit()
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f32 {
        let u = self.unit().max(1e-7);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f32::consts::TAU * v).cos()
    }
}

/// How a photo is spoilt. Lengths are shares of the picture's long side, so a defect means
/// the same at 1280 and at 4000 pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Defect {
    /// A good photo: held still, in focus, enough light, nearly straight.
    None,
    /// Held at an angle: rotated by `degrees` with a perspective (keystone) of `keystone`.
    Tilted { degrees: f32, keystone: f32 },
    /// Shaken: motion blur of `length` (share of the long side) at `degrees`.
    Shaken { length: f32, degrees: f32 },
    /// Out of focus: Gaussian blur of `sigma` (share of the long side).
    Defocused { sigma: f32 },
    /// Too little light: the paper ends up at about `paper` (0–255), with noise.
    Dark { paper: f32 },
    /// Too much light: the exposure is `gain` times right (the white burns out).
    Bright { gain: f32 },
    /// Too few pixels: the picture is `long_side` pixels on its long side.
    Small { long_side: u32 },
}

/// The kind of page on the photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// An A4 form: title, labelled boxes filled in, a table, body text.
    Form,
    /// An A4 letter: mostly paragraphs.
    Letter,
    /// An ID card or passport data page: photo box, fields, two machine-readable lines,
    /// a fine guilloche pattern behind.
    IdCard,
    /// A certificate with a handful of lines on a mostly empty page.
    Sparse,
}

/// The script of a page's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
}

impl Script {
    pub const ALL: [Self; 3] = [Self::Latin, Self::Cyrillic, Self::Arabic];

    fn words(self) -> &'static [&'static str] {
        match self {
            Self::Latin => &[
                "Familienname",
                "Vorname",
                "Geburtsdatum",
                "Anschrift",
                "Staatsangehörigkeit",
                "Aufenthaltstitel",
                "Gemeinde",
                "Kalletal",
                "Antrag",
                "auf",
                "Leistungen",
                "nach",
                "dem",
                "Bescheid",
                "vom",
                "Unterschrift",
                "Datum",
                "Straße",
                "Nr.",
                "Postleitzahl",
                "Wohnort",
                "Telefon",
                "ledig",
                "verheiratet",
                "Kinder",
                "the",
                "applicant",
                "residence",
                "permit",
                "valid",
                "until",
                "2027",
                "12.03.1990",
                "32689",
                "Seite",
                "1",
                "von",
                "2",
                "Aktenzeichen",
            ],
            Self::Cyrillic => &[
                "Прізвище",
                "Ім'я",
                "Дата",
                "народження",
                "Громадянство",
                "Україна",
                "паспорт",
                "виданий",
                "Адреса",
                "Фамилия",
                "Имя",
                "Отчество",
                "место",
                "жительства",
                "Подпись",
                "свидетельство",
                "о",
                "рождении",
                "Київ",
                "Харків",
                "12.03.1990",
                "серия",
                "номер",
                "орган",
                "выдачи",
            ],
            Self::Arabic => &[
                "الاسم",
                "اللقب",
                "تاريخ",
                "الميلاد",
                "مكان",
                "الجنسية",
                "العنوان",
                "جواز",
                "السفر",
                "رقم",
                "الهوية",
                "شهادة",
                "الزواج",
                "دمشق",
                "حلب",
                "نام",
                "خانوادگی",
                "تاریخ",
                "تولد",
                "شناسنامه",
                "کابل",
                "هرات",
                "١٢/٠٣/١٩٩٠",
                "التوقيع",
            ],
        }
    }
}

/// One photo to make.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shot {
    pub seed: u64,
    pub layout: Layout,
    pub script: Script,
    pub defect: Defect,
    /// The camera frame (before [`Defect::Small`] scales it down).
    pub width: u32,
    pub height: u32,
    /// JPEG quality, as a phone or messenger compresses.
    pub jpeg_quality: u8,
}

/// Draws text: with a font's outlines, or with letter-like strokes.
pub struct Writer {
    #[cfg(feature = "testsets")]
    font: Option<ab_glyph::FontVec>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Writer")
    }
}

impl Writer {
    /// Letter-like strokes: no font file needed.
    pub fn strokes() -> Self {
        Self {
            #[cfg(feature = "testsets")]
            font: None,
        }
    }

    /// A TrueType or OpenType font (DejaVu Sans covers Latin, Cyrillic and Arabic).
    #[cfg(feature = "testsets")]
    pub fn from_font_file(path: &std::path::Path) -> std::io::Result<Self> {
        let bytes = std::fs::read(path)?;
        let font = ab_glyph::FontVec::try_from_vec(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        Ok(Self { font: Some(font) })
    }

    /// Draws `text` with its baseline at `y`, starting at `x` (left to right; Arabic is
    /// right-aligned by the caller's choice of `x`); returns the width drawn.
    fn text(&self, page: &mut Gray, x: f32, y: f32, size: f32, text: &str, ink: f32) -> f32 {
        #[cfg(feature = "testsets")]
        if let Some(font) = &self.font {
            use ab_glyph::{Font, ScaleFont};
            let scaled = font.as_scaled(size);
            let mut pen = x;
            for c in text.chars() {
                let glyph = scaled.scaled_glyph(c);
                let advance = scaled.h_advance(glyph.id);
                let glyph = ab_glyph::Glyph {
                    position: ab_glyph::point(pen, y),
                    ..glyph
                };
                if let Some(outlined) = font.outline_glyph(glyph) {
                    let bounds = outlined.px_bounds();
                    outlined.draw(|gx, gy, coverage| {
                        page.blend(
                            bounds.min.x as i64 + i64::from(gx),
                            bounds.min.y as i64 + i64::from(gy),
                            coverage,
                            ink,
                        );
                    });
                }
                pen += advance;
            }
            return pen - x;
        }
        // Strokes: each letter a stem and one or two bars, placed by the letter's code, so
        // a word always looks the same.
        let cap = size * 0.7;
        let advance = size * 0.55;
        let stroke = (size * 0.09).max(1.0);
        let mut pen = x;
        for c in text.chars() {
            if c.is_whitespace() {
                pen += advance;
                continue;
            }
            let code = u64::from(c);
            let mut bits = Rng::new(code.wrapping_mul(0x2545_F491_4F6C_DD1D));
            let tall = if bits.unit() < 0.3 { 1.3 } else { 1.0 };
            let left = pen + advance * bits.range(0.05, 0.35);
            page.fill_rect(left, y - cap * tall, stroke, cap * tall, ink);
            for _ in 0..1 + bits.below(2) {
                let at = y - cap * bits.range(0.0, 1.0);
                let length = advance * bits.range(0.3, 0.7);
                page.fill_rect(left, at - stroke / 2.0, length, stroke, ink);
            }
            if bits.unit() < 0.5 {
                let right = left + advance * bits.range(0.3, 0.55);
                page.fill_rect(right, y - cap * 0.6, stroke, cap * 0.6, ink);
            }
            pen += advance;
        }
        pen - x
    }
}

/// A greyscale picture of floats (0 black … 255 white) while a photo is made.
#[derive(Debug, Clone)]
struct Gray {
    width: usize,
    height: usize,
    pixels: Vec<f32>,
}

impl Gray {
    fn new(width: usize, height: usize, value: f32) -> Self {
        Self {
            width,
            height,
            pixels: vec![value; width * height],
        }
    }

    fn blend(&mut self, x: i64, y: i64, coverage: f32, ink: f32) {
        if x >= 0 && y >= 0 && (x as usize) < self.width && (y as usize) < self.height {
            let pixel = &mut self.pixels[y as usize * self.width + x as usize];
            let c = coverage.clamp(0.0, 1.0);
            *pixel = *pixel * (1.0 - c) + ink * c;
        }
    }

    /// Fills a rectangle with anti-aliased edges.
    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, ink: f32) {
        let (x0, y0) = (x.floor().max(0.0) as i64, y.floor().max(0.0) as i64);
        let (x1, y1) = ((x + w).ceil() as i64, (y + h).ceil() as i64);
        for py in y0..y1.min(self.height as i64) {
            let cy = (((py + 1) as f32).min(y + h) - (py as f32).max(y)).clamp(0.0, 1.0);
            for px in x0..x1.min(self.width as i64) {
                let cx = (((px + 1) as f32).min(x + w) - (px as f32).max(x)).clamp(0.0, 1.0);
                self.blend(px, py, cx * cy, ink);
            }
        }
    }

    fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, line: f32, ink: f32) {
        self.fill_rect(x, y, w, line, ink);
        self.fill_rect(x, y + h - line, w, line, ink);
        self.fill_rect(x, y, line, h, ink);
        self.fill_rect(x + w - line, y, line, h, ink);
    }

    fn ellipse(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, ink: f32) {
        let (y0, y1) = (
            (cy - ry).max(0.0) as usize,
            ((cy + ry) as usize).min(self.height),
        );
        let (x0, x1) = (
            (cx - rx).max(0.0) as usize,
            ((cx + rx) as usize).min(self.width),
        );
        for y in y0..y1 {
            for x in x0..x1 {
                let (dx, dy) = ((x as f32 - cx) / rx, (y as f32 - cy) / ry);
                let d = (dx * dx + dy * dy).sqrt();
                let coverage = ((1.0 - d) * rx.min(ry)).clamp(0.0, 1.0);
                self.blend(x as i64, y as i64, coverage, ink);
            }
        }
    }

    /// Bilinear sample; outside the picture: `None`.
    fn sample(&self, x: f32, y: f32) -> Option<f32> {
        if x < 0.0 || y < 0.0 || x > (self.width - 1) as f32 || y > (self.height - 1) as f32 {
            return None;
        }
        let (x0, y0) = (x.floor() as usize, y.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(self.width - 1), (y0 + 1).min(self.height - 1));
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let p = |x: usize, y: usize| self.pixels[y * self.width + x];
        let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
        let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
        Some(top * (1.0 - fy) + bottom * fy)
    }

    fn clamped(&self, x: f32, y: f32) -> f32 {
        self.sample(
            x.clamp(0.0, (self.width - 1) as f32),
            y.clamp(0.0, (self.height - 1) as f32),
        )
        .unwrap_or(0.0)
    }

    /// Gaussian blur, separable.
    fn gaussian(&self, sigma: f32) -> Self {
        if sigma < 0.05 {
            return self.clone();
        }
        let radius = (sigma * 3.0).ceil() as i64;
        let weights: Vec<f32> = (-radius..=radius)
            .map(|i| (-(i * i) as f32 / (2.0 * sigma * sigma)).exp())
            .collect();
        let total: f32 = weights.iter().sum();
        let weights: Vec<f32> = weights.iter().map(|w| w / total).collect();
        let (w, h) = (self.width as i64, self.height as i64);
        let mut across = Self::new(self.width, self.height, 0.0);
        for y in 0..h {
            for x in 0..w {
                let mut sum = 0.0;
                for (k, weight) in weights.iter().enumerate() {
                    let sx = (x + k as i64 - radius).clamp(0, w - 1);
                    sum += weight * self.pixels[(y * w + sx) as usize];
                }
                across.pixels[(y * w + x) as usize] = sum;
            }
        }
        let mut out = Self::new(self.width, self.height, 0.0);
        for y in 0..h {
            for x in 0..w {
                let mut sum = 0.0;
                for (k, weight) in weights.iter().enumerate() {
                    let sy = (y + k as i64 - radius).clamp(0, h - 1);
                    sum += weight * across.pixels[(sy * w + x) as usize];
                }
                out.pixels[(y * w + x) as usize] = sum;
            }
        }
        out
    }

    /// Motion blur: the mean along a straight path of `length` pixels at `degrees`.
    fn motion(&self, length: f32, degrees: f32) -> Self {
        let steps = length.ceil().max(1.0) as usize + 1;
        let (dx, dy) = (degrees.to_radians().cos(), degrees.to_radians().sin());
        let offsets: Vec<(f32, f32)> = (0..steps)
            .map(|i| {
                let t = length * (i as f32 / (steps - 1).max(1) as f32 - 0.5);
                (t * dx, t * dy)
            })
            .collect();
        let mut out = Self::new(self.width, self.height, 0.0);
        for y in 0..self.height {
            for x in 0..self.width {
                let sum: f32 = offsets
                    .iter()
                    .map(|(ox, oy)| self.clamped(x as f32 + ox, y as f32 + oy))
                    .sum();
                out.pixels[y * self.width + x] = sum / steps as f32;
            }
        }
        out
    }

    /// Area-averaging downscale to `width`×`height`.
    fn shrink(&self, width: usize, height: usize) -> Self {
        let mut sums = vec![0f32; width * height];
        let mut counts = vec![0f32; width * height];
        for y in 0..self.height {
            let ty = y * height / self.height;
            for x in 0..self.width {
                let tx = x * width / self.width;
                sums[ty * width + tx] += self.pixels[y * self.width + x];
                counts[ty * width + tx] += 1.0;
            }
        }
        let pixels = sums
            .iter()
            .zip(&counts)
            .map(|(s, c)| s / c.max(1.0))
            .collect();
        Self {
            width,
            height,
            pixels,
        }
    }
}

/// The page's aspect (height / width) for a layout.
fn page_aspect(layout: Layout) -> f32 {
    match layout {
        Layout::Form | Layout::Letter | Layout::Sparse => 1.414,
        Layout::IdCard => 0.70,
    }
}

/// A line of words of `script` about `width` wide.
fn line_of_words(rng: &mut Rng, script: Script, words: usize) -> String {
    let list = script.words();
    (0..words)
        .map(|_| list[rng.below(list.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Draws the page flat: `width` pixels wide.
fn draw_page(shot: &Shot, writer: &Writer, width: usize, rng: &mut Rng) -> Gray {
    let height = (width as f32 * page_aspect(shot.layout)) as usize;
    let paper = rng.range(228.0, 250.0);
    let mut page = Gray::new(width, height, paper);
    let (w, h) = (width as f32, height as f32);
    let rtl = shot.script == Script::Arabic;
    let ink = rng.range(15.0, 45.0);
    let margin = w * 0.08;
    // Body text: a cap height of about 0.85 % of an A4 page's height (10–11 pt).
    let body = if shot.layout == Layout::IdCard {
        h * 0.045
    } else {
        h * 0.0125
    };
    let write_line = |page: &mut Gray, rng: &mut Rng, y: f32, size: f32, words: usize| {
        let text = line_of_words(rng, shot.script, words);
        if rtl {
            // Measure first, then draw right-aligned.
            let mut scratch = Gray::new(1, 1, 0.0);
            let drawn = writer.text(&mut scratch, 0.0, 0.0, size, &text, ink);
            writer.text(page, w - margin - drawn, y, size, &text, ink);
        } else {
            writer.text(page, margin, y, size, &text, ink);
        }
    };
    match shot.layout {
        Layout::Form => {
            page.ellipse(w * 0.88, h * 0.06, w * 0.04, w * 0.04, ink + 60.0);
            write_line(&mut page, rng, h * 0.07, body * 2.0, 3);
            let mut y = h * 0.12;
            for _ in 0..9 {
                write_line(&mut page, rng, y, body * 0.85, 2);
                page.frame(
                    margin,
                    y + body * 0.5,
                    w - 2.0 * margin,
                    body * 2.4,
                    1.5,
                    ink,
                );
                let words = 2 + rng.below(3);
                write_line(&mut page, rng, y + body * 2.3, body * 1.1, words);
                y += body * 4.2;
            }
            // A table.
            let rows = 6;
            for r in 0..=rows {
                page.fill_rect(
                    margin,
                    y + r as f32 * body * 2.0,
                    w - 2.0 * margin,
                    1.5,
                    ink,
                );
            }
            for c in 0..=4 {
                let x = margin + c as f32 * (w - 2.0 * margin) / 4.0;
                page.fill_rect(x, y, 1.5, rows as f32 * body * 2.0, ink);
            }
            y += rows as f32 * body * 2.0 + body * 3.0;
            while y < h * 0.93 {
                let words = 8 + rng.below(4);
                write_line(&mut page, rng, y, body, words);
                y += body * 1.6;
            }
        }
        Layout::Letter => {
            let mut y = h * 0.1;
            for _ in 0..4 {
                write_line(&mut page, rng, y, body, 3);
                y += body * 1.5;
            }
            y += body * 3.0;
            while y < h * 0.9 {
                for _ in 0..3 + rng.below(5) {
                    let words = 9 + rng.below(4);
                    write_line(&mut page, rng, y, body, words);
                    y += body * 1.5;
                }
                y += body * 1.5;
            }
        }
        Layout::IdCard => {
            // Guilloche: fine wavy lines in a pale ink.
            for k in 0..40 {
                let phase = k as f32 * 0.7;
                for x in 0..width {
                    let t = x as f32 / w;
                    let yy = h * (0.1 + 0.02 * k as f32)
                        + h * 0.05 * (t * 9.0 + phase).sin() * (t * 2.3).cos();
                    page.blend(x as i64, yy as i64, 0.5, paper - 35.0);
                }
            }
            // Photo box with a face-like shape.
            let (px, py, pw, ph) = (w * 0.05, h * 0.2, w * 0.27, h * 0.6);
            page.fill_rect(px, py, pw, ph, paper - 40.0);
            page.ellipse(px + pw / 2.0, py + ph * 0.38, pw * 0.28, ph * 0.22, 90.0);
            page.ellipse(px + pw / 2.0, py + ph * 0.95, pw * 0.45, ph * 0.3, 60.0);
            write_line(&mut page, rng, h * 0.12, body * 1.2, 3);
            let mut y = h * 0.27;
            for _ in 0..5 {
                let text = line_of_words(rng, shot.script, 1);
                writer.text(&mut page, w * 0.37, y, body * 0.6, &text, ink + 40.0);
                let text = line_of_words(rng, shot.script, 2);
                writer.text(&mut page, w * 0.37, y + body, body, &text, ink);
                y += body * 2.1;
            }
            // Two machine-readable lines.
            let mrz = [
                "P<UKRSHEVCHENKO<<IRYNA<<<<<<<<<<<<<<<<<<<<<",
                "FX12345674UKR9003127F2712319<<<<<<<<<<<<<<06",
            ];
            for (i, line) in mrz.iter().enumerate() {
                writer.text(
                    &mut page,
                    w * 0.04,
                    h * (0.88 + 0.08 * i as f32),
                    body * 0.95,
                    line,
                    ink,
                );
            }
        }
        Layout::Sparse => {
            write_line(&mut page, rng, h * 0.15, body * 2.6, 2);
            for k in 0..4 {
                write_line(&mut page, rng, h * (0.35 + 0.06 * k as f32), body * 1.2, 3);
            }
            page.fill_rect(w * 0.55, h * 0.85, w * 0.3, 1.5, ink);
        }
    }
    page
}

/// Solves the homography that maps the unit square's corners to `quad` (x, y pairs in
/// the order top-left, top-right, bottom-right, bottom-left) and returns its inverse as a
/// function from picture to unit-square coordinates.
#[allow(
    clippy::needless_range_loop,
    reason = "Gauss-Jordan elimination reads one row while it changes another"
)]
fn unit_square_from(quad: [(f32, f32); 4]) -> impl Fn(f32, f32) -> (f32, f32) {
    let corners = [(0.0f64, 0.0f64), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
    // Picture → square: 8 unknowns h0..h7, h8 = 1.
    let mut a = [[0f64; 9]; 8];
    for (i, (&(x, y), &(u, v))) in quad.iter().zip(&corners).enumerate() {
        let (x, y) = (f64::from(x), f64::from(y));
        a[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
        a[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
    }
    for col in 0..8 {
        let pivot = (col..8)
            .max_by(|&p, &q| a[p][col].abs().total_cmp(&a[q][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        let div = a[col][col];
        for k in col..9 {
            a[col][k] /= div;
        }
        for row in 0..8 {
            if row != col {
                let factor = a[row][col];
                for k in col..9 {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
    }
    let h: Vec<f64> = a.iter().map(|row| row[8]).collect();
    move |x: f32, y: f32| {
        let (x, y) = (f64::from(x), f64::from(y));
        let d = h[6] * x + h[7] * y + 1.0;
        (
            ((h[0] * x + h[1] * y + h[2]) / d) as f32,
            ((h[3] * x + h[4] * y + h[5]) / d) as f32,
        )
    }
}

/// Makes the photo `shot` describes.
pub fn render(shot: &Shot, writer: &Writer) -> RgbImage {
    let mut rng = Rng::new(shot.seed);
    let (width, height) = (shot.width as usize, shot.height as usize);
    let long = width.max(height) as f32;
    // The page fills most of the frame, as people photograph a document.
    let aspect = page_aspect(shot.layout);
    let fill = rng.range(0.78, 0.92);
    let (page_w, page_h) = if aspect * width as f32 <= height as f32 {
        let pw = width as f32 * fill;
        (pw, pw * aspect)
    } else {
        let ph = height as f32 * fill;
        (ph / aspect, ph)
    };
    // Drawn at 1.5× the size it has in the photo, then sampled down.
    let page = draw_page(shot, writer, (page_w * 1.5) as usize, &mut rng);
    let (degrees, keystone) = match shot.defect {
        Defect::Tilted { degrees, keystone } => (degrees, keystone),
        _ => (rng.range(-2.5, 2.5), rng.range(0.0, 0.03)),
    };
    let (cx, cy) = (
        width as f32 / 2.0 + rng.range(-0.03, 0.03) * width as f32,
        height as f32 / 2.0 + rng.range(-0.03, 0.03) * height as f32,
    );
    let (sin, cos) = degrees.to_radians().sin_cos();
    // Keystone: the top edge narrower than the bottom, as when the phone leans back.
    let corner = |u: f32, v: f32| {
        let squeeze = 1.0 - keystone * (1.0 - v);
        let (x, y) = ((u - 0.5) * page_w * squeeze, (v - 0.5) * page_h);
        (cx + x * cos - y * sin, cy + x * sin + y * cos)
    };
    let to_page = unit_square_from([
        corner(0.0, 0.0),
        corner(1.0, 0.0),
        corner(1.0, 1.0),
        corner(0.0, 1.0),
    ]);
    // The table: a warm grey with a slow grain.
    let table = rng.range(70.0, 150.0);
    let grain = rng.range(0.01, 0.04);
    let mut scene = Gray::new(width, height, 0.0);
    for y in 0..height {
        for x in 0..width {
            let (u, v) = to_page(x as f32 + 0.5, y as f32 + 0.5);
            let value = if (0.0..=1.0).contains(&u) && (0.0..=1.0).contains(&v) {
                page.clamped(u * (page.width - 1) as f32, v * (page.height - 1) as f32)
            } else {
                table * (1.0 + 0.15 * ((x as f32 * grain).sin() * (y as f32 * grain * 0.3).cos()))
            };
            scene.pixels[y * width + x] = value;
        }
    }
    // Light falls unevenly: brighter on one side, darker in the corners.
    let (lx, ly) = (rng.range(-0.15, 0.15), rng.range(-0.15, 0.15));
    for y in 0..height {
        for x in 0..width {
            let (nx, ny) = (
                x as f32 / width as f32 - 0.5,
                y as f32 / height as f32 - 0.5,
            );
            let light = 0.97 + lx * nx + ly * ny - 0.25 * (nx * nx + ny * ny);
            scene.pixels[y * width + x] *= light;
        }
    }
    // Every lens softens a little.
    let mut scene = scene.gaussian(rng.range(0.4, 0.8));
    scene = match shot.defect {
        Defect::Shaken { length, degrees } => scene.motion(length * long, degrees),
        Defect::Defocused { sigma } => scene.gaussian(sigma * long),
        _ => scene,
    };
    // Exposure and sensor noise: a dark picture is noisier (the phone amplifies).
    let (gain, noise) = match shot.defect {
        Defect::Dark { paper } => (paper / 240.0, rng.range(3.0, 7.0)),
        Defect::Bright { gain } => (gain, rng.range(1.0, 2.0)),
        _ => (rng.range(0.95, 1.08), rng.range(1.0, 2.5)),
    };
    let mut image = RgbImage::new(shot.width, shot.height);
    let tint = [rng.range(0.0, 6.0), 0.0, -rng.range(0.0, 8.0)];
    for (i, pixel) in image.pixels_mut().enumerate() {
        let base = scene.pixels[i] * gain;
        let shared = rng.normal() * noise;
        for (channel, value) in pixel.0.iter_mut().enumerate() {
            let v = base + tint[channel] * gain + shared + rng.normal() * noise * 0.5;
            *value = v.round().clamp(0.0, 255.0) as u8;
        }
    }
    if let Defect::Small { long_side } = shot.defect {
        let scale = long_side as f32 / long;
        let (w, h) = (
            ((width as f32 * scale).round() as usize).max(1),
            ((height as f32 * scale).round() as usize).max(1),
        );
        let mut channels = [0, 1, 2].map(|c| {
            let mut gray = Gray::new(width, height, 0.0);
            for (i, pixel) in image.pixels().enumerate() {
                gray.pixels[i] = f32::from(pixel.0[c]);
            }
            gray.shrink(w, h).pixels.into_iter()
        });
        let mut small = RgbImage::new(w as u32, h as u32);
        for pixel in small.pixels_mut() {
            for (c, channel) in channels.iter_mut().enumerate() {
                pixel.0[c] = channel.next().unwrap_or(0.0).round().clamp(0.0, 255.0) as u8;
            }
        }
        image = small;
    }
    image
}

/// The photo as a phone (or a messenger) sends it: a baseline JPEG at `shot.jpeg_quality`.
pub fn jpeg(image: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(image)
        .expect("encoding to memory does not fail");
    out
}

/// One labelled photo of a set.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The class in the confusion table: `sharp`, `tilted`, `shaken`, `defocused`, `dark`,
    /// `bright`, `small`.
    pub class: &'static str,
    /// The severity within the class (e.g. `1.5 %` of the long side), for the table's rows.
    pub severity: String,
    pub shot: Shot,
}

/// The tuning set: `per_row` photos for every class and severity, from `seed`. Frames are
/// Telegram's 1280 and 2560 px, and a 1600 px phone picture, mostly upright.
pub fn tuning_set(seed: u64, per_row: usize) -> Vec<Labelled> {
    let mut rng = Rng::new(seed);
    let mut set = Vec::new();
    type Row = (&'static str, String, Box<dyn Fn(&mut Rng) -> Defect>);
    let mut rows: Vec<Row> = vec![
        ("sharp", "-".into(), Box::new(|_: &mut Rng| Defect::None)),
        (
            "tilted",
            "8–25°".into(),
            Box::new(|r: &mut Rng| Defect::Tilted {
                degrees: r.range(8.0, 25.0) * if r.unit() < 0.5 { -1.0 } else { 1.0 },
                keystone: r.range(0.05, 0.2),
            }),
        ),
    ];
    for length in [0.003f32, 0.006, 0.01, 0.015, 0.025] {
        rows.push((
            "shaken",
            format!("{:.1} %", length * 100.0),
            Box::new(move |r: &mut Rng| Defect::Shaken {
                length,
                degrees: r.range(0.0, 180.0),
            }),
        ));
    }
    for sigma in [0.001f32, 0.002, 0.0035, 0.006] {
        rows.push((
            "defocused",
            format!("σ {:.2} %", sigma * 100.0),
            Box::new(move |_: &mut Rng| Defect::Defocused { sigma }),
        ));
    }
    rows.push((
        "dark",
        "paper 25–60".into(),
        Box::new(|r: &mut Rng| Defect::Dark {
            paper: r.range(25.0, 60.0),
        }),
    ));
    rows.push((
        "bright",
        "exposure ×1.8–3".into(),
        Box::new(|r: &mut Rng| Defect::Bright {
            gain: r.range(1.8, 3.0),
        }),
    ));
    rows.push((
        "small",
        "240–600 px".into(),
        Box::new(|r: &mut Rng| Defect::Small {
            long_side: r.range(240.0, 600.0) as u32,
        }),
    ));
    let layouts = [Layout::Form, Layout::Letter, Layout::IdCard, Layout::Sparse];
    let frames = [(960, 1280), (1200, 1600), (1920, 2560), (1280, 960)];
    for (class, severity, defect) in &rows {
        for i in 0..per_row {
            let layout = layouts[i % layouts.len()];
            let (mut width, mut height) = frames[rng.below(frames.len())];
            if layout == Layout::IdCard && height > width {
                std::mem::swap(&mut width, &mut height);
            }
            set.push(Labelled {
                class,
                severity: severity.clone(),
                shot: Shot {
                    seed: rng.next_u64(),
                    layout,
                    script: Script::ALL[(i / layouts.len()) % Script::ALL.len()],
                    defect: defect(&mut rng),
                    width,
                    height,
                    jpeg_quality: rng.range(72.0, 93.0) as u8,
                },
            });
        }
    }
    set
}

/// A sharp, well-lit form as a phone sends it (720×960 JPEG, letter-like strokes): a photo
/// the readability check accepts, for tests about everything else. Made once per process.
pub fn readable_photo() -> Vec<u8> {
    static PHOTO: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PHOTO.get_or_init(|| readable_form(2026)).clone()
}

/// Another page like [`readable_photo`] (other strokes): a second photo, not the first
/// sent again.
pub fn another_readable_photo() -> Vec<u8> {
    readable_form(2027)
}

fn readable_form(seed: u64) -> Vec<u8> {
    let shot = Shot {
        seed,
        layout: Layout::Form,
        script: Script::Latin,
        defect: Defect::None,
        width: 720,
        height: 960,
        jpeg_quality: 85,
    };
    jpeg(&render(&shot, &Writer::strokes()), shot.jpeg_quality)
}

/// The same form shaken hard (motion blur of 2.5 % of the long side): a photo the
/// readability check asks to take again.
pub fn shaken_photo() -> Vec<u8> {
    let shot = Shot {
        seed: 2026,
        layout: Layout::Form,
        script: Script::Latin,
        defect: Defect::Shaken {
            length: 0.025,
            degrees: 10.0,
        },
        width: 720,
        height: 960,
        jpeg_quality: 85,
    };
    jpeg(&render(&shot, &Writer::strokes()), shot.jpeg_quality)
}
