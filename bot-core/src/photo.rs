//! Photos of documents as offices receive them: upright, at most 2000 px on the long side,
//! JPEG at quality 85, and with **no metadata** (no GPS position, no camera, no time).
//!
//! JPEGs are decoded and encoded by libjpeg-turbo (the `mozjpeg` crate; its SIMD code is
//! built with `nasm`), decoding at a reduced DCT scale (n/8) straight to about the target
//! size, which is what makes a 12-megapixel phone photo cheap in time and memory; PNG and
//! WebP take the pure-Rust `image` path. The EXIF orientation is read by a small tolerant reader of our own:
//! strict EXIF parsers reject the odd IFD chains some phones write, and the photo would
//! silently stay sideways. Re-encoding from pixels drops every metadata block, ICC colour
//! profiles included: colours are treated as sRGB (a slight shift for Display-P3 photos,
//! accepted: these are documents, not portraits).
//!
//! A JPEG that is already upright and small enough (Telegram's photos are: it re-encodes
//! them at ≤ 1280 or 2560 px and removes EXIF) is not re-encoded: its metadata segments
//! (EXIF, XMP, ICC, comments, vendor blocks, data after the image end) are cut out and the
//! compressed image data is kept byte for byte. No generation loss on a passport scan, and
//! about a hundredth of the CPU time.
//!
//! Pixel limits are enforced by [`crate::attachment::inspect`] from the header before any
//! of this runs; decoder panics are contained.

use std::panic::{AssertUnwindSafe, catch_unwind};

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, RgbImage};

/// Longest side of a processed photo.
pub const MAX_SIDE: u32 = 2000;
/// JPEG quality of a processed photo.
pub const QUALITY: u8 = 85;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    #[error("the picture cannot be decoded: {0}")]
    Decode(String),
    #[error("the decoder failed on this picture")]
    Panicked,
    #[error("unsupported picture format {0}")]
    Unsupported(String),
}

/// A processed photo: JPEG bytes and their size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Turns an uploaded picture (`mime` as found by `attachment::inspect`) into an upright,
/// scaled JPEG without metadata.
pub fn process(bytes: &[u8], mime: &str) -> Result<Processed, PhotoError> {
    if mime == "image/jpeg"
        && matches!(exif_orientation(bytes), None | Some(1))
        && let Some(stripped) = strip_jpeg_metadata(bytes)
        && stripped.width.max(stripped.height) <= MAX_SIDE
    {
        return Ok(stripped);
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        let image = match mime {
            "image/jpeg" => decode_jpeg(bytes)?,
            "image/png" => decode_other(bytes, ImageFormat::Png)?,
            "image/webp" => decode_other(bytes, ImageFormat::WebP)?,
            other => return Err(PhotoError::Unsupported(other.to_string())),
        };
        encode(fit(image))
    }));
    result.unwrap_or(Err(PhotoError::Panicked))
}

fn decode_jpeg(bytes: &[u8]) -> Result<RgbImage, PhotoError> {
    let orientation = exif_orientation(bytes).unwrap_or(1);
    let decode_error = |e: std::io::Error| PhotoError::Decode(e.to_string());
    let mut decompress = mozjpeg::Decompress::new_mem(bytes).map_err(decode_error)?;
    let long = decompress.width().max(decompress.height()) as u32;
    if long > MAX_SIDE {
        // libjpeg-turbo scales in the DCT by n/8: the smallest n that keeps ≥ MAX_SIDE pixels.
        let numerator = (MAX_SIDE * 8).div_ceil(long).clamp(1, 8);
        decompress.scale(numerator as u8);
    }
    // Plain chroma upsampling: after a DCT-domain downscale the difference is invisible on a
    // document, and it is the largest single cost left in decoding.
    decompress.do_fancy_upsampling(false);
    let mut started = decompress.rgb().map_err(decode_error)?;
    let (width, height) = (started.width() as u32, started.height() as u32);
    let pixels = started.read_scanlines::<u8>().map_err(decode_error)?;
    let image = RgbImage::from_raw(width, height, pixels)
        .ok_or_else(|| PhotoError::Decode("pixel buffer of the wrong size".into()))?;
    Ok(orient(image, orientation))
}

fn decode_other(bytes: &[u8], format: ImageFormat) -> Result<RgbImage, PhotoError> {
    let image = image::load_from_memory_with_format(bytes, format)
        .map_err(|e| PhotoError::Decode(e.to_string()))?;
    Ok(flatten(image))
}

/// Transparent pixels become white (a scanned page, not a black box).
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut rgb = RgbImage::new(width, height);
    for (target, source) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u16::from(source[3]);
        for channel in 0..3 {
            target[channel] =
                ((u16::from(source[channel]) * alpha + 255 * (255 - alpha)) / 255) as u8;
        }
    }
    rgb
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

/// Scales down so the long side is at most [`MAX_SIDE`].
fn fit(image: RgbImage) -> RgbImage {
    let (width, height) = image.dimensions();
    let long = width.max(height);
    if long <= MAX_SIDE {
        return image;
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(MAX_SIDE)).div_ceil(u64::from(long)) as u32)
            .clamp(1, MAX_SIDE)
    };
    image::imageops::resize(&image, scale(width), scale(height), FilterType::Triangle)
}

/// Baseline JPEG at [`QUALITY`] with libjpeg-turbo's fast settings (no trellis, no
/// progressive scans): the office's mail client shows it at once, and it costs milliseconds.
fn encode(image: RgbImage) -> Result<Processed, PhotoError> {
    let (width, height) = image.dimensions();
    let encode_error = |e: std::io::Error| PhotoError::Decode(format!("encoding: {e}"));
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
    })
}

/// The JPEG without metadata: every segment but those the image needs (frame, tables,
/// scans, restart intervals, JFIF and Adobe colour markers) is dropped, and so is anything
/// after the end-of-image marker. `None` for anything but a well-formed baseline, extended
/// or progressive JPEG, which then takes the re-encoding path.
pub fn strip_jpeg_metadata(jpeg: &[u8]) -> Option<Processed> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(jpeg.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut size = None;
    let mut i = 2;
    loop {
        // A marker, possibly preceded by fill bytes.
        if *jpeg.get(i)? != 0xFF {
            return None;
        }
        while *jpeg.get(i + 1)? == 0xFF {
            i += 1;
        }
        let marker = jpeg[i + 1];
        if marker == 0xD9 {
            out.extend_from_slice(&[0xFF, 0xD9]);
            let (width, height) = size?;
            return Some(Processed {
                jpeg: out,
                width,
                height,
            });
        }
        let length = usize::from(u16::from_be_bytes([*jpeg.get(i + 2)?, *jpeg.get(i + 3)?]));
        if length < 2 {
            return None;
        }
        let segment = jpeg.get(i..i + 2 + length)?;
        let keep = match marker {
            // Frames: baseline, extended, progressive (Huffman). Others are too rare to trust.
            0xC0..=0xC2 => {
                let height = u32::from(u16::from_be_bytes([*segment.get(5)?, *segment.get(6)?]));
                let width = u32::from(u16::from_be_bytes([*segment.get(7)?, *segment.get(8)?]));
                if width == 0 || height == 0 || size.is_some() {
                    return None;
                }
                size = Some((width, height));
                true
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return None,
            // Tables, restart interval, start of scan; APP0 (JFIF) and APP14 (Adobe colour
            // transform) say how to read the colours.
            0xC4 | 0xCC | 0xDB | 0xDD | 0xDA | 0xE0 | 0xEE => true,
            // APP1–APP13, APP15 (EXIF, XMP, ICC, maker notes …) and comments.
            0xE1..=0xED | 0xEF | 0xFE => false,
            _ => return None,
        };
        if keep {
            out.extend_from_slice(segment);
        }
        i += 2 + length;
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00
            // nor a restart marker.
            let mut j = i;
            loop {
                let offset = jpeg.get(j..)?.iter().position(|b| *b == 0xFF)?;
                j += offset;
                match *jpeg.get(j + 1)? {
                    0x00 | 0xD0..=0xD7 => j += 2,
                    _ => break,
                }
            }
            out.extend_from_slice(&jpeg[i..j]);
            i = j;
        }
    }
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

fn tiff_orientation(tiff: &[u8]) -> Option<u16> {
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
    use std::io::Cursor;

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
        assert!(strip_jpeg_metadata(&original[..original.len() / 2]).is_none());
        assert!(strip_jpeg_metadata(b"\xFF\xD8\xFF\x01").is_none());
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
