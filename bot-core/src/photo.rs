//! Photos of documents as offices receive them: upright, at most 2000 px on the long side,
//! JPEG at quality 85, and with **no metadata** (no GPS position, no camera, no time).
//!
//! JPEGs are decoded at a reduced DCT scale (1/2, 1/4 or 1/8) straight to about the target
//! size, which is what makes a 12-megapixel phone photo cheap; PNG and WebP take the
//! ordinary path. The EXIF orientation is read by a small tolerant reader of our own:
//! strict EXIF parsers reject the odd IFD chains some phones write, and the photo would
//! silently stay sideways. Re-encoding from pixels drops every metadata block, ICC colour
//! profiles included: colours are treated as sRGB (a slight shift for Display-P3 photos,
//! accepted: these are documents, not portraits).
//!
//! Pixel limits are enforced by [`crate::attachment::inspect`] from the header before any
//! of this runs; decoder panics are contained.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::codecs::jpeg::JpegEncoder;
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
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder
        .read_info()
        .map_err(|e| PhotoError::Decode(e.to_string()))?;
    let info = decoder
        .info()
        .ok_or_else(|| PhotoError::Decode("no frame".into()))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    let long = width.max(height);
    if long > MAX_SIDE {
        // The decoder picks the smallest DCT scale that still gives at least this size.
        let request = |side: u32| {
            u16::try_from((u64::from(side) * u64::from(MAX_SIDE) / u64::from(long)).max(1))
                .unwrap_or(u16::MAX)
        };
        decoder
            .scale(request(width), request(height))
            .map_err(|e| PhotoError::Decode(e.to_string()))?;
    }
    let pixels = decoder
        .decode()
        .map_err(|e| PhotoError::Decode(e.to_string()))?;
    let info = decoder
        .info()
        .ok_or_else(|| PhotoError::Decode("no frame".into()))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    let rgb = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => pixels,
        jpeg_decoder::PixelFormat::L8 => pixels.iter().flat_map(|&l| [l, l, l]).collect(),
        jpeg_decoder::PixelFormat::L16 => pixels
            .chunks_exact(2)
            .flat_map(|l| [l[0], l[0], l[0]])
            .collect(),
        // Adobe writes CMYK JPEGs inverted; jpeg-decoder hands them over as stored.
        jpeg_decoder::PixelFormat::CMYK32 => pixels
            .chunks_exact(4)
            .flat_map(|p| {
                let k = u16::from(p[3]);
                [p[0], p[1], p[2]].map(|c| ((u16::from(c) * k) / 255) as u8)
            })
            .collect(),
    };
    let image = RgbImage::from_raw(width, height, rgb)
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

/// Applies EXIF orientation 1–8 so the picture is upright.
fn orient(image: RgbImage, orientation: u16) -> RgbImage {
    use image::imageops::{flip_horizontal, flip_vertical, rotate90, rotate180, rotate270};
    match orientation {
        2 => flip_horizontal(&image),
        3 => rotate180(&image),
        4 => flip_vertical(&image),
        5 => flip_horizontal(&rotate90(&image)),
        6 => rotate90(&image),
        7 => flip_horizontal(&rotate270(&image)),
        8 => rotate270(&image),
        _ => image,
    }
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

fn encode(image: RgbImage) -> Result<Processed, PhotoError> {
    let (width, height) = image.dimensions();
    let mut jpeg = Vec::with_capacity((width * height / 4) as usize);
    JpegEncoder::new_with_quality(&mut jpeg, QUALITY)
        .encode_image(&image)
        .map_err(|e| PhotoError::Decode(e.to_string()))?;
    Ok(Processed {
        jpeg,
        width,
        height,
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
