//! What an uploaded file really is, decided from its bytes (magic numbers and image headers),
//! never from its name or the MIME type a client claims.
//!
//! The pixel limit is checked from the header before anything is decoded: a small file can
//! claim a picture that needs gigabytes once decoded. [`prepare`] then makes what is kept:
//! pictures through [`crate::photo`], PDFs through [`crate::pdf`], and nothing larger than
//! one email can carry.

use crate::pdf;
use crate::photo::{self, PhotoError};
use sha2::{Digest, Sha256};

/// The verdict types live in the pure engine, which asks about them (`kompass_engine::upload`).
pub use kompass_engine::upload::Verdict;

/// Limits for uploads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: u64,
    pub max_pixels: u64,
    /// The largest file one email can carry beside the request's text (after base64): see
    /// [`crate::mail::largest_attachment`]. A kept file is never larger, so no email is.
    pub max_email_file_bytes: u64,
}

impl Limits {
    /// The default limits with files sized for emails of at most `max_email_bytes`.
    pub fn for_email(max_email_bytes: u64) -> Self {
        Self {
            max_email_file_bytes: crate::mail::largest_attachment(max_email_bytes),
            ..Self::default()
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        // 20 MB is Telegram's download limit; 50 megapixels is above any phone camera.
        Self {
            max_bytes: 20 * 1024 * 1024,
            max_pixels: 50_000_000,
            max_email_file_bytes: crate::mail::largest_attachment(20 * 1024 * 1024),
        }
    }
}

/// A verdict for a file known only by its size (Telegram tells it before the download).
pub fn check_size(size: u64, limits: Limits) -> Option<Verdict> {
    (size > limits.max_bytes).then_some(Verdict::TooLarge {
        max_mb: limits.max_bytes / (1024 * 1024),
    })
}

/// Inspects an upload and makes what is kept of it: pictures upright, scaled and without
/// metadata ([`photo::process`]), PDFs checked and without metadata ([`pdf::clean`]).
/// Returns the verdict the engine sees and the bytes to store, if any.
pub fn prepare(bytes: &[u8], limits: Limits) -> (Verdict, Option<Vec<u8>>) {
    let (verdict, kept) = match inspect(bytes, limits) {
        Verdict::Image { mime, .. } => match photo::process(bytes, &mime) {
            Ok(processed) => {
                let verdict = Verdict::Image {
                    mime: "image/jpeg".into(),
                    width: processed.width,
                    height: processed.height,
                    problem: processed.problem(),
                };
                (verdict, processed.jpeg)
            }
            Err(error) => {
                tracing::info!(%error, "an uploaded picture was refused");
                let verdict = match error {
                    PhotoError::OverBudget { .. } => Verdict::ImageTooLarge,
                    PhotoError::Unsupported(_) => Verdict::Unsupported,
                    PhotoError::Damaged(_) | PhotoError::Panicked => Verdict::Damaged,
                };
                return (verdict, None);
            }
        },
        Verdict::Pdf if bytes.len() as u64 > limits.max_email_file_bytes => {
            return (pdf_too_large(limits), None);
        }
        Verdict::Pdf => match pdf::clean(bytes) {
            Ok(cleaned) => (Verdict::Pdf, cleaned),
            Err(problem) => {
                tracing::info!(%problem, "an uploaded PDF was refused");
                return (Verdict::PdfRefused { problem }, None);
            }
        },
        refused => return (refused, None),
    };
    if kept.len() as u64 > limits.max_email_file_bytes {
        // A PDF that grew when rewritten, or (far beyond any photo) a rebuilt JPEG.
        let refused = match verdict {
            Verdict::Pdf => pdf_too_large(limits),
            _ => Verdict::ImageTooLarge,
        };
        return (refused, None);
    }
    (verdict, Some(kept))
}

/// What the engine compares to know a file sent again: the first 128 bits of the SHA-256 of
/// the bytes [`prepare`] keeps, in hex. The same upload is processed to the same bytes, so a
/// photo sent twice (or forwarded again) is known; two different photos never share it.
pub fn fingerprint(kept: &[u8]) -> String {
    let digest = Sha256::digest(kept);
    digest[..16]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn pdf_too_large(limits: Limits) -> Verdict {
    Verdict::PdfTooLargeForEmail {
        max_mb: limits.max_email_file_bytes / (1024 * 1024),
    }
}

/// Decides what `bytes` is.
pub fn inspect(bytes: &[u8], limits: Limits) -> Verdict {
    if let Some(too_large) = check_size(bytes.len() as u64, limits) {
        return too_large;
    }
    if bytes.starts_with(b"%PDF-") {
        return Verdict::Pdf;
    }
    let image = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        jpeg_size(bytes).map(|(w, h)| ("image/jpeg", w, h))
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png_size(bytes).map(|(w, h)| ("image/png", w, h))
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp_size(bytes).map(|(w, h)| ("image/webp", w, h))
    } else {
        None
    };
    match image {
        Some((_, width, height)) if width == 0 || height == 0 => Verdict::Unsupported,
        Some((_, width, height)) if u64::from(width) * u64::from(height) > limits.max_pixels => {
            Verdict::ImageTooLarge
        }
        Some((mime, width, height)) => Verdict::Image {
            mime: mime.to_string(),
            width,
            height,
            problem: None,
        },
        None => Verdict::Unsupported,
    }
}

fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[12..16] != b"IHDR" {
        return None;
    }
    Some((
        u32::from_be_bytes(bytes[16..20].try_into().ok()?),
        u32::from_be_bytes(bytes[20..24].try_into().ok()?),
    ))
}

/// Walks JPEG segments to the first start-of-frame marker.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if (0xD0..=0xD9).contains(&marker) || marker == 0x01 {
            i += 2;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let segment = bytes.get(i + 4..i + 2 + length)?;
            if segment.len() < 5 {
                return None;
            }
            let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
            let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
            return Some((width, height));
        }
        i += 2 + length;
    }
    None
}

fn webp_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let chunk = bytes.get(12..16)?;
    let data = bytes.get(20..)?;
    match chunk {
        b"VP8 " if data.len() >= 10 => Some((
            u32::from(u16::from_le_bytes([data[6], data[7]]) & 0x3FFF),
            u32::from(u16::from_le_bytes([data[8], data[9]]) & 0x3FFF),
        )),
        b"VP8L" if data.len() >= 5 => {
            let bits = u32::from_le_bytes([data[1], data[2], data[3], data[4]]);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" if data.len() >= 10 => {
            let width = u32::from_le_bytes([data[4], data[5], data[6], 0]) + 1;
            let height = u32::from_le_bytes([data[7], data[8], data[9], 0]) + 1;
            Some((width, height))
        }
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A minimal PNG header claiming `width`×`height` (enough for inspection).
    pub(crate) fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&[8, 2, 0, 0, 0]);
        bytes
    }

    /// A minimal baseline JPEG header (SOI, APP0, SOF0) claiming `width`×`height`.
    pub(crate) fn jpeg_header(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        bytes.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        bytes.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08]);
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]);
        bytes
    }

    #[test]
    fn types_come_from_bytes_not_names() {
        assert_eq!(
            inspect(&jpeg_header(4000, 3000), Limits::default()),
            Verdict::Image {
                mime: "image/jpeg".into(),
                width: 4000,
                height: 3000,
                problem: None,
            }
        );
        assert_eq!(
            inspect(&png_header(800, 600), Limits::default()),
            Verdict::Image {
                mime: "image/png".into(),
                width: 800,
                height: 600,
                problem: None,
            }
        );
        assert_eq!(inspect(b"%PDF-1.7\n...", Limits::default()), Verdict::Pdf);
        assert_eq!(
            inspect(
                b"hello, I am a text file named photo.jpg",
                Limits::default()
            ),
            Verdict::Unsupported
        );
        assert_eq!(
            inspect(b"\0\0\0\x18ftypheic\0\0\0\0", Limits::default()),
            Verdict::Unsupported
        );
        assert_eq!(
            inspect(&[0xFF, 0xD8, 0xFF], Limits::default()),
            Verdict::Unsupported
        );
    }

    #[test]
    fn bombs_and_large_files_are_refused_before_decoding() {
        assert_eq!(
            inspect(&png_header(20_000, 20_000), Limits::default()),
            Verdict::ImageTooLarge
        );
        let limits = Limits {
            max_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(
            inspect(&png_header(1, 1), limits),
            Verdict::TooLarge { max_mb: 0 }
        );
        assert_eq!(
            check_size(30 * 1024 * 1024, Limits::default()),
            Some(Verdict::TooLarge { max_mb: 20 })
        );
    }
}
