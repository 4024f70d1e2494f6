//! Photos of documents as offices receive them: upright, at most 2000 px on the long side,
//! JPEG at quality 85, and with **no metadata** (no GPS position, no camera, no time).
//!
//! JPEGs are decoded and encoded by libjpeg-turbo (the `mozjpeg` crate; its SIMD code is
//! built with `nasm`), decoding at a reduced DCT scale (n/8) straight to about the target
//! size, which is what makes a 12-megapixel phone photo cheap in time and memory. PNGs are
//! read row by row (the `png` crate) and WebP through the `image` crate; all three are
//! scaled by an area-averaging shrinker fed one row at a time, so a large picture is never
//! held whole in memory beside its copy. The EXIF orientation is read by a small tolerant
//! reader of our own (from JPEG APP1, PNG `eXIf`, WebP `EXIF`): strict EXIF parsers reject
//! the odd IFD chains some phones write, and the photo would silently stay sideways.
//! Re-encoding from pixels drops every metadata block, ICC colour profiles included: colours
//! are treated as sRGB (a slight shift for Display-P3 photos, accepted: these are documents,
//! not portraits).
//!
//! A JPEG that is already upright and small enough (Telegram's photos are: it re-encodes
//! them at ≤ 1280 or 2560 px and removes EXIF) is not re-encoded but **rebuilt from an
//! allowlist**: the quantisation and Huffman tables its scans decode with, the frame,
//! restart intervals and the scans with their compressed data, byte for byte, behind a
//! minimal JFIF header of our own. Every APPn segment (EXIF, XMP, ICC, JFXX thumbnails, AVI1,
//! Adobe), comments, unknown markers, tables no scan reads (unreferenced, defined again
//! before a scan, after the last scan) and anything after the end marker are left behind.
//! No generation loss on a passport scan, and about a hundredth of the CPU time. The rebuilt
//! file must decode without a single libjpeg warning before it is accepted.
//!
//! A picture that is not what it claims is refused as damaged ([`PhotoError::Damaged`]): a
//! JPEG without its end (truncated), one whose scan holds less than its header promises
//! (libjpeg warns and would fill the rest with grey), 12-bit JPEGs (libjpeg here reads only
//! 8-bit), PNG or WebP data the decoder rejects.
//!
//! Memory: every decode stays under [`DECODE_BUDGET`] for what it must hold at once
//! (libjpeg's coefficient buffer for progressive JPEGs, a whole WebP or interlaced PNG);
//! PNG text and ICC chunks are not even decompressed. Pixel limits are enforced by
//! [`crate::attachment::inspect`] from the header before any of this runs; decoder panics
//! are contained.

use std::cell::Cell;
use std::io::Cursor;
use std::ops::Range;
use std::os::raw::c_int;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::codecs::webp::WebPDecoder;
use image::{ImageDecoder, RgbImage};
use mozjpeg_sys::{jpeg_common_struct, jpeg_error_mgr};

pub mod quality;

use quality::{Luma, LumaShrinker, Measures, PhotoProblem, Thresholds};

/// Longest side of a processed photo.
pub const MAX_SIDE: u32 = 2000;
/// JPEG quality of a processed photo.
pub const QUALITY: u8 = 85;
/// The most one decode may hold at once: a whole decoded WebP or interlaced PNG, or
/// libjpeg's coefficients of a progressive JPEG. With the ≤ 2000 px result (12 MB) and its
/// JPEG beside it, an upload stays under 64 MB above the process's normal use.
pub const DECODE_BUDGET: u64 = 40 << 20;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    /// Truncated, less data than the header claims, an unreadable variant (12-bit, arithmetic
    /// coding) or data the decoder rejects: the newcomer is asked to take the photo again.
    #[error("the picture is damaged or cannot be read: {0}")]
    Damaged(String),
    #[error("the decoder failed on this picture")]
    Panicked,
    /// Decoding would need more than [`DECODE_BUDGET`] at once.
    #[error("decoding the picture would need {needed} bytes at once")]
    OverBudget { needed: u64 },
    #[error("unsupported picture format {0}")]
    Unsupported(String),
}

/// A processed photo: JPEG bytes, their size, and how readable the picture looks.
#[derive(Debug, Clone, PartialEq)]
pub struct Processed {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// Measured on the picture decoded for processing ([`quality`]).
    pub measures: Measures,
}

impl Processed {
    /// Why the office may not be able to read it, under the default thresholds.
    pub fn problem(&self) -> Option<PhotoProblem> {
        self.measures.problem(&Thresholds::DEFAULT)
    }
}

/// Turns an uploaded picture (`mime` as found by `attachment::inspect`) into an upright,
/// scaled JPEG without metadata.
pub fn process(bytes: &[u8], mime: &str) -> Result<Processed, PhotoError> {
    let result = catch_unwind(AssertUnwindSafe(|| match mime {
        "image/jpeg" => process_jpeg(bytes),
        "image/png" => process_png(bytes),
        "image/webp" => process_webp(bytes),
        other => Err(PhotoError::Unsupported(other.to_string())),
    }));
    result.unwrap_or(Err(PhotoError::Panicked))
}

fn damaged(error: impl std::fmt::Display) -> PhotoError {
    PhotoError::Damaged(error.to_string())
}

fn process_jpeg(bytes: &[u8]) -> Result<Processed, PhotoError> {
    let layout = jpeg_layout(bytes)
        .ok_or_else(|| damaged("broken JPEG structure (truncated, or no image data)"))?;
    if layout.frame.precision != 8 {
        return Err(damaged(format!(
            "{}-bit JPEG samples",
            layout.frame.precision
        )));
    }
    let orientation = exif_orientation(bytes);
    if matches!(orientation, None | Some(1))
        && let Some(mut rebuilt) = rebuild_jpeg(bytes, &layout)
    {
        // The rebuilt file must decode cleanly; that decode's luminance is what the
        // readability check looks at.
        let luma = check_jpeg(&rebuilt.jpeg)?;
        rebuilt.measures = quality::measure(&luma, rebuilt.width, rebuilt.height);
        return Ok(rebuilt);
    }
    if layout.frame.marker == 0xC2 || layout.scans > 1 {
        // Progressive and multi-scan JPEGs make libjpeg keep every coefficient of the image.
        let needed = layout.frame.coefficient_bytes();
        if needed > DECODE_BUDGET {
            return Err(PhotoError::OverBudget { needed });
        }
    }
    encode(decode_jpeg(bytes, orientation.unwrap_or(1))?)
}

thread_local! {
    /// libjpeg warnings during the current decode on this thread (libjpeg calls back on it).
    static JPEG_WARNINGS: Cell<u32> = const { Cell::new(0) };
}

extern "C-unwind" fn jpeg_message(_cinfo: &mut jpeg_common_struct, level: c_int) {
    // Level -1 is a warning: corrupt data, premature end, extraneous bytes. libjpeg would
    // carry on and paint the missing part grey; we refuse the picture instead.
    if level < 0 {
        JPEG_WARNINGS.with(|count| count.set(count.get().saturating_add(1)));
    }
}

extern "C-unwind" fn jpeg_fatal(_cinfo: &mut jpeg_common_struct) {
    // libjpeg's fatal errors must not return; `process` catches this unwind.
    std::panic::resume_unwind(Box::new("libjpeg fatal error"));
}

extern "C-unwind" fn jpeg_quiet(_cinfo: &mut jpeg_common_struct) {}

/// An error manager that counts warnings instead of ignoring them (the `mozjpeg` crate's
/// own silences them), and unwinds on fatal errors.
fn strict_error_manager() -> jpeg_error_mgr {
    jpeg_error_mgr {
        error_exit: Some(jpeg_fatal),
        emit_message: Some(jpeg_message),
        output_message: Some(jpeg_quiet),
        format_message: None,
        reset_error_mgr: Some(jpeg_quiet),
        msg_code: 0,
        msg_parm: Default::default(),
        trace_level: 0,
        num_warnings: 0,
        jpeg_message_table: std::ptr::null(),
        last_jpeg_message: 0,
        addon_message_table: std::ptr::null(),
        first_addon_message: 0,
        last_addon_message: 0,
    }
}

/// Decodes a rebuilt JPEG's luminance only (no colour conversion), at the smallest DCT
/// scale that keeps [`quality::ANALYSIS_SIDE`] pixels: proof that the whole scan decodes
/// without a warning, and the picture the readability check measures.
/// The picture the readability measures look at, from a JPEG [`process`] produced: its
/// luminance at [`quality::ANALYSIS_SIDE`], decoded as the upload check decodes it. For the
/// benches, which compare measures the upload does not compute.
pub fn analysis_picture(jpeg: &[u8]) -> Result<Luma, PhotoError> {
    check_jpeg(jpeg)
}

fn check_jpeg(bytes: &[u8]) -> Result<Luma, PhotoError> {
    JPEG_WARNINGS.with(|count| count.set(0));
    let mut decompress = mozjpeg::Decompress::with_err(strict_error_manager())
        .from_mem(bytes)
        .map_err(damaged)?;
    let long = decompress.width().max(decompress.height()) as u32;
    let numerator = (quality::ANALYSIS_SIDE * 8)
        .div_ceil(long.max(1))
        .clamp(1, 8);
    decompress.scale(numerator as u8);
    let mut started = decompress.grayscale().map_err(damaged)?;
    let (width, height) = (started.width(), started.height());
    let mut shrinker = LumaShrinker::new(width as u32, height as u32);
    let mut row = vec![0u8; width];
    for _ in 0..height {
        started.read_scanlines_into(&mut row).map_err(damaged)?;
        shrinker.push(&row);
    }
    started.finish().map_err(damaged)?;
    let warnings = JPEG_WARNINGS.with(Cell::get);
    if warnings > 0 {
        return Err(damaged(format!(
            "{warnings} libjpeg warning(s): corrupt or missing image data"
        )));
    }
    Ok(shrinker.finish())
}

/// Decodes a JPEG row by row into the shrinker and applies `orientation`: at the smallest
/// DCT scale that keeps at least [`MAX_SIDE`] pixels. Any libjpeg warning makes the
/// picture damaged.
fn decode_jpeg(bytes: &[u8], orientation: u16) -> Result<RgbImage, PhotoError> {
    JPEG_WARNINGS.with(|count| count.set(0));
    let mut decompress = mozjpeg::Decompress::with_err(strict_error_manager())
        .from_mem(bytes)
        .map_err(damaged)?;
    let long = decompress.width().max(decompress.height()) as u32;
    if long > MAX_SIDE {
        // libjpeg-turbo scales in the DCT by n/8: the smallest n that keeps ≥ MAX_SIDE pixels.
        let numerator = (MAX_SIDE * 8).div_ceil(long).clamp(1, 8);
        decompress.scale(numerator as u8);
    }
    // Plain chroma upsampling: after a DCT-domain downscale the difference is invisible on a
    // document, and it is the largest single cost left in decoding.
    decompress.do_fancy_upsampling(false);
    let mut started = decompress.rgb().map_err(damaged)?;
    let (width, height) = (started.width(), started.height());
    let mut shrinker = Shrinker::new(width as u32, height as u32);
    let mut row = vec![0u8; width * 3];
    for _ in 0..height {
        started.read_scanlines_into(&mut row).map_err(damaged)?;
        shrinker.push(&row);
    }
    started.finish().map_err(damaged)?;
    let warnings = JPEG_WARNINGS.with(Cell::get);
    if warnings > 0 {
        return Err(damaged(format!(
            "{warnings} libjpeg warning(s): corrupt or missing image data"
        )));
    }
    Ok(orient(shrinker.finish()?, orientation))
}

fn process_png(bytes: &[u8]) -> Result<Processed, PhotoError> {
    let budget = usize::try_from(DECODE_BUDGET).unwrap_or(usize::MAX);
    let mut decoder =
        png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: budget });
    // Text and ICC chunks are compressed and can inflate to hundreds of megabytes; nothing
    // of them reaches the office, so they are not even decompressed.
    decoder.set_ignore_text_chunk(true);
    decoder.set_ignore_iccp_chunk(true);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(damaged)?;
    let (width, height) = (reader.info().width, reader.info().height);
    let channels = reader.output_color_type().0.samples();
    let mut shrinker = Shrinker::new(width, height);
    let mut rgb = Vec::with_capacity(width as usize * 3);
    if reader.info().interlaced {
        // Adam7 rows arrive in passes: the picture is decoded whole, within the budget.
        let size = reader
            .output_buffer_size()
            .ok_or(PhotoError::OverBudget { needed: u64::MAX })?;
        if size as u64 > DECODE_BUDGET {
            return Err(PhotoError::OverBudget {
                needed: size as u64,
            });
        }
        let mut buffer = vec![0u8; size];
        let frame = reader.next_frame(&mut buffer).map_err(damaged)?;
        for row in buffer.chunks_exact(frame.line_size).take(height as usize) {
            to_rgb(row, channels, &mut rgb);
            shrinker.push(&rgb);
        }
    } else {
        while let Some(row) = reader.next_row().map_err(damaged)? {
            to_rgb(row.data(), channels, &mut rgb);
            shrinker.push(&rgb);
        }
    }
    let image = shrinker.finish()?;
    // `eXIf` may follow the image data: read to the end (errors there cost no pixels).
    let _ = reader.finish();
    let orientation = reader
        .info()
        .exif_metadata
        .as_deref()
        .and_then(tiff_orientation)
        .unwrap_or(1);
    encode(orient(image, orientation))
}

fn process_webp(bytes: &[u8]) -> Result<Processed, PhotoError> {
    let mut decoder = WebPDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
    let (width, height) = decoder.dimensions();
    // The decoded picture plus the lossy decoder's own planes (about 1.5 bytes a pixel).
    let needed = decoder
        .total_bytes()
        .saturating_add(u64::from(width) * u64::from(height) * 3 / 2);
    if needed > DECODE_BUDGET {
        return Err(PhotoError::OverBudget { needed });
    }
    let orientation = decoder
        .exif_metadata()
        .ok()
        .flatten()
        .and_then(|exif| tiff_orientation(&exif))
        .unwrap_or(1);
    let channels = usize::from(decoder.color_type().channel_count());
    let mut buffer = vec![0u8; usize::try_from(decoder.total_bytes()).unwrap_or(usize::MAX)];
    decoder.read_image(&mut buffer).map_err(damaged)?;
    let mut shrinker = Shrinker::new(width, height);
    let mut rgb = Vec::with_capacity(width as usize * 3);
    for row in buffer.chunks_exact(width as usize * channels) {
        to_rgb(row, channels, &mut rgb);
        shrinker.push(&rgb);
    }
    encode(orient(shrinker.finish()?, orientation))
}

/// One row of grey, grey+alpha, RGB or RGBA samples as RGB; transparent pixels become white
/// (a scanned page, not a black box).
fn to_rgb(row: &[u8], channels: usize, rgb: &mut Vec<u8>) {
    let on_white = |value: u8, alpha: u8| {
        ((u16::from(value) * u16::from(alpha) + 255 * (255 - u16::from(alpha))) / 255) as u8
    };
    rgb.clear();
    match channels {
        1 => row.iter().for_each(|&v| rgb.extend_from_slice(&[v, v, v])),
        2 => row.chunks_exact(2).for_each(|p| {
            let v = on_white(p[0], p[1]);
            rgb.extend_from_slice(&[v, v, v]);
        }),
        4 => row.chunks_exact(4).for_each(|p| {
            rgb.extend_from_slice(&[
                on_white(p[0], p[3]),
                on_white(p[1], p[3]),
                on_white(p[2], p[3]),
            ]);
        }),
        _ => rgb.extend_from_slice(row),
    }
}

/// The size a `width`×`height` picture is scaled to: at most [`MAX_SIDE`] on the long side.
fn fitted(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_SIDE {
        return (width, height);
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(MAX_SIDE)).div_ceil(u64::from(long)) as u32)
            .clamp(1, MAX_SIDE)
    };
    (scale(width), scale(height))
}

/// Area-averaging downscale fed one RGB row at a time: each target pixel is the mean of the
/// source pixels that fall into it. Only the result and one row of sums are held, so a
/// picture of any size costs no more memory than its ≤ 2000 px result.
struct Shrinker {
    source_height: u32,
    width: u32,
    height: u32,
    /// Target column of each source column.
    columns: Vec<u32>,
    sums: Vec<u32>,
    counts: Vec<u32>,
    rows_in: u32,
    target_row: u32,
    out: Vec<u8>,
}

impl Shrinker {
    fn new(source_width: u32, source_height: u32) -> Self {
        let (width, height) = fitted(source_width, source_height);
        let columns = (0..source_width)
            .map(|x| (u64::from(x) * u64::from(width) / u64::from(source_width.max(1))) as u32)
            .collect();
        Self {
            source_height,
            width,
            height,
            columns,
            sums: vec![0; width as usize * 3],
            counts: vec![0; width as usize],
            rows_in: 0,
            target_row: 0,
            out: Vec::with_capacity(width as usize * height as usize * 3),
        }
    }

    fn push(&mut self, rgb_row: &[u8]) {
        if self.rows_in >= self.source_height {
            return;
        }
        let target_row = (u64::from(self.rows_in) * u64::from(self.height)
            / u64::from(self.source_height)) as u32;
        if target_row != self.target_row {
            self.flush_row();
            self.target_row = target_row;
        }
        for (pixel, &column) in rgb_row.chunks_exact(3).zip(&self.columns) {
            let column = column as usize;
            if let (Some(sum), Some(count)) = (
                self.sums.get_mut(column * 3..column * 3 + 3),
                self.counts.get_mut(column),
            ) {
                for (s, &v) in sum.iter_mut().zip(pixel) {
                    *s += u32::from(v);
                }
                *count += 1;
            }
        }
        self.rows_in += 1;
    }

    fn flush_row(&mut self) {
        for (sum, count) in self.sums.chunks_exact_mut(3).zip(&mut self.counts) {
            let n = (*count).max(1);
            for s in sum.iter_mut() {
                self.out.push(((*s + n / 2) / n) as u8);
                *s = 0;
            }
            *count = 0;
        }
    }

    fn finish(mut self) -> Result<RgbImage, PhotoError> {
        if self.rows_in != self.source_height || self.source_height == 0 {
            return Err(damaged(format!(
                "{} of {} rows",
                self.rows_in, self.source_height
            )));
        }
        self.flush_row();
        RgbImage::from_raw(self.width, self.height, self.out)
            .ok_or_else(|| damaged("pixel buffer of the wrong size"))
    }
}

/// Where a source pixel `(x, y)` of a `width`×`height` picture lands.
type Placement = fn(usize, usize, usize, usize) -> (usize, usize);

/// Applies EXIF orientation 1–8 so the picture is upright. Plain index loops: the image
/// crate's per-pixel rotation took a tenth of the whole pipeline's time.
fn orient(image: RgbImage, orientation: u16) -> RgbImage {
    let (width, height) = (image.width() as usize, image.height() as usize);
    // Where the source pixel (x, y) lands, and the result's size.
    let (out_width, out_height, place): (usize, usize, Placement) = match orientation {
        2 => (width, height, |x, y, w, _| (w - 1 - x, y)),
        3 => (width, height, |x, y, w, h| (w - 1 - x, h - 1 - y)),
        4 => (width, height, |x, y, _, h| (x, h - 1 - y)),
        5 => (height, width, |x, y, _, _| (y, x)),
        6 => (height, width, |x, y, _, h| (h - 1 - y, x)),
        7 => (height, width, |x, y, w, h| (h - 1 - y, w - 1 - x)),
        8 => (height, width, |x, y, w, _| (y, w - 1 - x)),
        _ => return image,
    };
    let source = image.as_raw();
    let mut target = vec![0u8; source.len()];
    for y in 0..height {
        let row = &source[y * width * 3..(y + 1) * width * 3];
        for (x, pixel) in row.chunks_exact(3).enumerate() {
            let (tx, ty) = place(x, y, width, height);
            let at = (ty * out_width + tx) * 3;
            target[at..at + 3].copy_from_slice(pixel);
        }
    }
    RgbImage::from_raw(out_width as u32, out_height as u32, target).expect("same number of pixels")
}

/// Baseline JPEG at [`QUALITY`] with libjpeg-turbo's fast settings (no trellis, no
/// progressive scans): the office's mail client shows it at once, and it costs milliseconds.
fn encode(image: RgbImage) -> Result<Processed, PhotoError> {
    let (width, height) = image.dimensions();
    let measures = quality::measure(&Luma::from_rgb(&image), width, height);
    let encode_error = |e: std::io::Error| PhotoError::Damaged(format!("encoding: {e}"));
    let mut compress = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
    compress.set_fastest_defaults();
    compress.set_quality(f32::from(QUALITY));
    compress.set_size(width as usize, height as usize);
    let mut started = compress
        .start_compress(Vec::with_capacity((width * height / 4) as usize))
        .map_err(encode_error)?;
    started
        .write_scanlines(image.as_raw())
        .map_err(encode_error)?;
    let jpeg = started.finish().map_err(encode_error)?;
    Ok(Processed {
        jpeg,
        width,
        height,
        measures,
    })
}

/// The frame header (SOFn) of a JPEG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JpegFrame {
    /// The SOF marker: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, others exotic.
    pub marker: u8,
    pub precision: u8,
    pub width: u32,
    pub height: u32,
    /// Component id, horizontal and vertical sampling factors, quantisation table.
    pub components: Vec<(u8, u8, u8, u8)>,
}

impl JpegFrame {
    /// What libjpeg holds for a progressive or multi-scan image: 64 coefficients of 2 bytes
    /// for every block of every component.
    pub fn coefficient_bytes(&self) -> u64 {
        let h_max = self
            .components
            .iter()
            .map(|c| c.1)
            .max()
            .unwrap_or(1)
            .max(1);
        let v_max = self
            .components
            .iter()
            .map(|c| c.2)
            .max()
            .unwrap_or(1)
            .max(1);
        self.components
            .iter()
            .map(|&(_, h, v, _)| {
                let width = (u64::from(self.width) * u64::from(h)).div_ceil(u64::from(h_max));
                let height = (u64::from(self.height) * u64::from(v)).div_ceil(u64::from(v_max));
                // Blocks are padded to whole MCUs: round up generously by one MCU.
                (width.div_ceil(8) + u64::from(h)) * (height.div_ceil(8) + u64::from(v)) * 128
            })
            .sum()
    }
}

/// A JPEG's segments as far as a picture needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JpegLayout {
    pub frame: JpegFrame,
    /// Marker and byte range of what a rebuild keeps, in file order: DRI, the frame, each
    /// scan header with its entropy-coded data as whole segments, and for DQT and DHT each
    /// table a scan decodes with, alone (its bytes without a segment header). A table no scan
    /// uses could carry any text: one nobody references, one defined again before a scan
    /// read it, one after the last scan.
    pub kept: Vec<(u8, Range<usize>)>,
    pub scans: usize,
    /// Something a rebuild does not trust: arithmetic coding, lossless or hierarchical
    /// frames, DNL and other rare markers.
    pub exotic: bool,
    /// The colour transform of an Adobe APP14 segment (0: RGB or CMYK, 1: YCbCr, 2: YCCK).
    pub adobe_transform: Option<u8>,
}

/// Walks a JPEG's segments from SOI to EOI. `None` for anything that is not complete:
/// no frame, no scan, a segment or scan running past the end (truncated), a second frame.
pub fn jpeg_layout(jpeg: &[u8]) -> Option<JpegLayout> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    // Everything a rebuild might keep, with whether it does: a table is kept only once a
    // scan is seen to decode with it.
    let mut found: Vec<(u8, Range<usize>, bool)> = Vec::new();
    // The table definition in force for each id (at `found`'s index).
    let mut quant_in_force: [Option<usize>; 4] = [None; 4];
    let mut huffman_in_force: [[Option<usize>; 4]; 2] = [[None; 4]; 2];
    // Components whose first scan has been seen: libjpeg takes a component's quantisation
    // table when its first scan starts, so a later definition of that id decodes nothing.
    let mut latched: Vec<u8> = Vec::new();
    let mut frame: Option<JpegFrame> = None;
    let mut scans = 0;
    let mut exotic = false;
    let mut adobe_transform = None;
    let mut i = 2;
    loop {
        // A marker, possibly preceded by fill bytes.
        if *jpeg.get(i)? != 0xFF {
            return None;
        }
        while *jpeg.get(i + 1)? == 0xFF {
            i += 1;
        }
        let marker = *jpeg.get(i + 1)?;
        match marker {
            0xD9 => {
                let kept = found
                    .into_iter()
                    .filter(|(_, _, keep)| *keep)
                    .map(|(marker, range, _)| (marker, range))
                    .collect();
                return (scans > 0).then_some(JpegLayout {
                    frame: frame?,
                    kept,
                    scans,
                    exotic,
                    adobe_transform,
                });
            }
            // Stray restart or TEM markers outside a scan carry nothing: dropped.
            0xD0..=0xD7 | 0x01 => {
                i += 2;
                continue;
            }
            0xD8 | 0x00 => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([*jpeg.get(i + 2)?, *jpeg.get(i + 3)?]));
        if length < 2 {
            return None;
        }
        let end = i + 2 + length;
        let body = jpeg.get(i + 4..end)?;
        match marker {
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                if frame.is_some() {
                    return None;
                }
                frame = Some(parse_frame(marker, body)?);
                exotic |= marker > 0xC2;
                found.push((marker, i..end, true));
            }
            0xC4 | 0xDB => {
                let mut at = i + 4;
                while at < end {
                    let class_and_id = jpeg[at];
                    let (class, id) = (
                        usize::from(class_and_id >> 4),
                        usize::from(class_and_id & 0x0F),
                    );
                    let length = if marker == 0xC4 {
                        let counts = jpeg.get(at + 1..at + 17)?;
                        17 + counts.iter().map(|&n| usize::from(n)).sum::<usize>()
                    } else if class == 0 {
                        65
                    } else {
                        129
                    };
                    if at + length > end {
                        return None;
                    }
                    // An id out of range is an error to libjpeg: such a table is never kept.
                    let in_force = if marker == 0xC4 {
                        huffman_in_force.get_mut(class).and_then(|c| c.get_mut(id))
                    } else {
                        quant_in_force.get_mut(id)
                    };
                    if let Some(in_force) = in_force {
                        *in_force = Some(found.len());
                    }
                    found.push((marker, at..at + length, false));
                    at += length;
                }
            }
            0xDD => found.push((marker, i..end, true)),
            0xDA => {
                frame.as_ref()?;
                scans += 1;
                let count = usize::from(*body.first()?);
                let progressive = frame.as_ref().is_some_and(|f| f.marker == 0xC2);
                let spectral_start = *body.get(1 + 2 * count)?;
                let successive_high = *body.get(3 + 2 * count)? >> 4;
                // Which tables this scan decodes with: DC and AC in a sequential scan; in a
                // progressive one DC for a first DC scan, AC for an AC scan, none to refine DC.
                let (uses_dc, uses_ac) = if !progressive {
                    (true, true)
                } else if spectral_start == 0 {
                    (successive_high == 0, false)
                } else {
                    (false, true)
                };
                for component in body.get(1..1 + 2 * count)?.chunks_exact(2) {
                    let (dc, ac) = (
                        usize::from(component[1] >> 4),
                        usize::from(component[1] & 0x0F),
                    );
                    for (class, id, uses) in [(0, dc, uses_dc), (1, ac, uses_ac)] {
                        if uses {
                            match *huffman_in_force[class].get(id)? {
                                Some(table) => found[table].2 = true,
                                // libjpeg-turbo quietly substitutes standard tables for
                                // missing ones (for motion JPEG); other decoders refuse it.
                                None => exotic = true,
                            }
                        }
                    }
                    if !latched.contains(&component[0]) {
                        latched.push(component[0]);
                        let quant = frame
                            .as_ref()
                            .and_then(|f| f.components.iter().find(|c| c.0 == component[0]))
                            .map(|c| usize::from(c.3));
                        if let Some(Some(table)) = quant.and_then(|q| quant_in_force.get(q)) {
                            found[*table].2 = true;
                        }
                    }
                }
                let data_end = scan_end(jpeg, end)?;
                found.push((marker, i..data_end, true));
                i = data_end;
                continue;
            }
            0xEE if body.starts_with(b"Adobe") => adobe_transform = body.get(11).copied(),
            // APPn and comments: never kept.
            0xE0..=0xEF | 0xFE => {}
            _ => exotic = true,
        }
        i = end;
    }
}

fn parse_frame(marker: u8, body: &[u8]) -> Option<JpegFrame> {
    let precision = *body.first()?;
    let height = u32::from(u16::from_be_bytes([*body.get(1)?, *body.get(2)?]));
    let width = u32::from(u16::from_be_bytes([*body.get(3)?, *body.get(4)?]));
    let count = usize::from(*body.get(5)?);
    if width == 0 || height == 0 || count == 0 {
        return None;
    }
    let components = body
        .get(6..6 + 3 * count)?
        .chunks_exact(3)
        .map(|c| (c[0], c[1] >> 4, c[1] & 0x0F, c[2]))
        .collect();
    Some(JpegFrame {
        marker,
        precision,
        width,
        height,
        components,
    })
}

/// Where the entropy-coded data that starts at `start` ends: at the next marker that is
/// neither a stuffed 0xFF00 nor a restart marker. `None` if the file ends first.
fn scan_end(jpeg: &[u8], start: usize) -> Option<usize> {
    let mut j = start;
    loop {
        // `memchr` (SIMD) rather than a byte loop: this walks the whole entropy-coded data
        // of every uploaded photo, on the bot's hot path.
        j += memchr::memchr(0xFF, jpeg.get(j..)?)?;
        match *jpeg.get(j + 1)? {
            0x00 | 0xD0..=0xD7 => j += 2,
            // Fill bytes before the next marker belong to it.
            _ => return Some(j),
        }
    }
}

/// The minimal JFIF header a rebuilt JPEG starts with: version 1.01, no density unit,
/// 1:1 aspect, no thumbnail.
const JFIF_APP0: [u8; 18] = [
    0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
];

/// The JPEG rebuilt from the allowlisted segments of `layout`, or `None` if it must be
/// re-encoded instead: too large, exotic coding, or colours that only an APPn segment
/// explains (Adobe RGB/CMYK, components named R, G, B).
pub fn rebuild_jpeg(jpeg: &[u8], layout: &JpegLayout) -> Option<Processed> {
    let frame = &layout.frame;
    let colours_plain = match frame.components.len() {
        1 => true,
        3 => {
            let ids: Vec<u8> = frame.components.iter().map(|c| c.0).collect();
            ids != b"RGB" && matches!(layout.adobe_transform, None | Some(1))
        }
        _ => false,
    };
    if layout.exotic
        || !colours_plain
        || frame.precision != 8
        || frame.width.max(frame.height) > MAX_SIDE
    {
        return None;
    }
    let mut out = Vec::with_capacity(jpeg.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    out.extend_from_slice(&JFIF_APP0);
    for (marker, range) in &layout.kept {
        let bytes = jpeg.get(range.clone())?;
        if matches!(marker, 0xC4 | 0xDB) {
            // One table, alone: it gets a segment header of its own.
            out.extend_from_slice(&[0xFF, *marker]);
            out.extend_from_slice(&u16::try_from(bytes.len() + 2).ok()?.to_be_bytes());
        }
        out.extend_from_slice(bytes);
    }
    out.extend_from_slice(&[0xFF, 0xD9]);
    Some(Processed {
        jpeg: out,
        width: frame.width,
        height: frame.height,
        // Measured by the caller on the decode that checks the rebuilt file.
        measures: Measures::default(),
    })
}

/// The EXIF orientation tag (0x0112) of a JPEG, read tolerantly: only IFD0 is walked, and
/// anything odd (a broken next-IFD pointer, unknown types) is ignored rather than failing.
pub fn exif_orientation(jpeg: &[u8]) -> Option<u16> {
    let mut i = 2;
    while i + 4 <= jpeg.len() && jpeg[i] == 0xFF {
        let marker = jpeg[i + 1];
        if marker == 0xDA || marker == 0xD9 {
            return None; // start of scan: no EXIF before the image data
        }
        let length = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        let segment = jpeg.get(i + 4..i + 2 + length)?;
        if marker == 0xE1 && segment.starts_with(b"Exif\0\0") {
            return tiff_orientation(&segment[6..]);
        }
        i += 2 + length;
    }
    None
}

/// The orientation in an EXIF block (a TIFF structure, with or without the `Exif\0\0`
/// prefix that some PNG and WebP writers keep).
pub fn tiff_orientation(tiff: &[u8]) -> Option<u16> {
    let tiff = tiff.strip_prefix(b"Exif\0\0").unwrap_or(tiff);
    let little = match tiff.get(0..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at + 2)?;
        Some(if little {
            u16::from_le_bytes([b[0], b[1]])
        } else {
            u16::from_be_bytes([b[0], b[1]])
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at + 4)?;
        Some(if little {
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        } else {
            u32::from_be_bytes([b[0], b[1], b[2], b[3]])
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count.min(512)).find_map(|n| {
        let entry = ifd + 2 + n * 12;
        (u16_at(entry)? == 0x0112)
            .then(|| u16_at(entry + 8))
            .flatten()
            .filter(|o| (1..=8).contains(o))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use image::{DynamicImage, ImageFormat};

    use image::codecs::jpeg::JpegEncoder;

    /// A JPEG of `width`×`height` with an EXIF block holding `orientation` and a GPS tag.
    pub(crate) fn jpeg_with_exif(width: u32, height: u32, orientation: u16) -> Vec<u8> {
        let mut image = RgbImage::new(width, height);
        // Left half dark, right half light: orientation becomes visible in the result.
        for (x, _, pixel) in image.enumerate_pixels_mut() {
            *pixel = if x < width / 2 {
                image::Rgb([20, 20, 20])
            } else {
                image::Rgb([240, 240, 240])
            };
        }
        let mut plain = Vec::new();
        JpegEncoder::new_with_quality(&mut plain, 90)
            .encode_image(&image)
            .unwrap();
        // TIFF, big endian: IFD0 with orientation and a GPS IFD pointer, plus "GPS" marker text.
        let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&2u16.to_be_bytes());
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1]);
        tiff.extend_from_slice(&orientation.to_be_bytes());
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
        tiff.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]); // broken next-IFD pointer
        tiff.extend_from_slice(b"GPS 52.0799N 8.9370E Kalletal");
        let mut segment = b"Exif\0\0".to_vec();
        segment.extend_from_slice(&tiff);
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&u16::try_from(segment.len() + 2).unwrap().to_be_bytes());
        out.extend_from_slice(&segment);
        out.extend_from_slice(&plain[2..]);
        out
    }

    /// An upright, small JPEG keeps its image data byte for byte; EXIF (with GPS), a
    /// comment and data after the end marker are gone, and it still decodes the same.
    #[test]
    fn upright_small_jpegs_are_stripped_not_reencoded() {
        let original = jpeg_with_exif(640, 480, 1);
        let mut with_extras = original[..2].to_vec();
        with_extras.extend_from_slice(&[0xFF, 0xFE, 0, 9]);
        with_extras.extend_from_slice(b"Erika M");
        with_extras.extend_from_slice(&original[2..]);
        with_extras.extend_from_slice(b"SEFT trailer with a name");
        let processed = process(&with_extras, "image/jpeg").unwrap();
        assert_eq!((processed.width, processed.height), (640, 480));
        let bytes = &processed.jpeg;
        for needle in [&b"Exif"[..], b"GPS", b"Erika", b"SEFT"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        }
        assert!(bytes.ends_with(&[0xFF, 0xD9]));
        let scan = |jpeg: &[u8]| {
            let at = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
            jpeg[at..].to_vec()
        };
        let original_scan = scan(&original);
        assert_eq!(scan(bytes), original_scan[..scan(bytes).len()]);
        let before = image::load_from_memory(&original).unwrap().to_rgb8();
        let after = image::load_from_memory(bytes).unwrap().to_rgb8();
        assert_eq!(before, after, "the very same pixels");
    }

    #[test]
    fn broken_jpegs_are_not_stripped() {
        let original = jpeg_with_exif(64, 48, 1);
        assert!(jpeg_layout(&original[..original.len() / 2]).is_none());
        assert!(jpeg_layout(b"\xFF\xD8\xFF\x01").is_none());
    }

    /// Orientation 6 (rotate 90° clockwise) is applied and the EXIF block is gone.
    #[test]
    fn orientation_applied_and_metadata_removed() {
        let source = jpeg_with_exif(400, 200, 6);
        assert_eq!(exif_orientation(&source), Some(6));
        let processed = process(&source, "image/jpeg").unwrap();
        assert_eq!((processed.width, processed.height), (200, 400));
        assert!(!processed.jpeg.windows(4).any(|w| w == b"Exif"));
        assert!(!processed.jpeg.windows(3).any(|w| w == b"GPS"));
        assert_eq!(exif_orientation(&processed.jpeg), None);
        // After rotating clockwise the dark left half is on top.
        let decoded = image::load_from_memory(&processed.jpeg)
            .unwrap()
            .into_rgb8();
        assert!(decoded.get_pixel(100, 50)[0] < 80, "top should be dark");
        assert!(
            decoded.get_pixel(100, 350)[0] > 180,
            "bottom should be light"
        );
    }

    /// Writes the fixture the end-to-end tests send: `KOMPASS_WRITE_FIXTURE=path cargo test
    /// -p kompass-core write_exif_fixture` (does nothing without the variable).
    #[test]
    fn write_exif_fixture() {
        if let Ok(path) = std::env::var("KOMPASS_WRITE_FIXTURE") {
            std::fs::write(path, jpeg_with_exif(320, 160, 6)).unwrap();
        }
    }

    /// A 12-megapixel photo comes out at 2000 px on the long side.
    #[test]
    fn large_photos_are_scaled() {
        let processed = process(&jpeg_with_exif(4000, 3000, 1), "image/jpeg").unwrap();
        assert_eq!((processed.width, processed.height), (2000, 1500));
        let processed = process(&jpeg_with_exif(2500, 1000, 8), "image/jpeg").unwrap();
        assert_eq!((processed.width, processed.height), (800, 2000));
    }

    #[test]
    fn png_with_alpha_becomes_jpeg_on_white() {
        let mut image = image::RgbaImage::new(30, 20);
        image
            .pixels_mut()
            .for_each(|p| *p = image::Rgba([0, 0, 0, 0]));
        let mut png = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let processed = process(&png, "image/png").unwrap();
        assert!(processed.jpeg.starts_with(&[0xFF, 0xD8]));
        let decoded = image::load_from_memory(&processed.jpeg)
            .unwrap()
            .into_rgb8();
        assert!(decoded.get_pixel(5, 5)[0] > 240);
    }

    #[test]
    fn broken_pictures_are_errors_not_panics() {
        let mut truncated = jpeg_with_exif(100, 100, 1);
        truncated.truncate(300);
        assert!(process(&truncated, "image/jpeg").is_err());
        assert!(process(b"\x89PNG\r\n\x1a\nnonsense", "image/png").is_err());
        assert_eq!(
            exif_orientation(&[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]),
            None
        );
    }
}
