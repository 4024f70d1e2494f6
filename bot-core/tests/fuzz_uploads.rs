//! Property tests ("fuzzing" on stable Rust, with `arbtest`) for every parser of outside
//! input in the upload path: upload inspection, the EXIF reader, the JPEG segment walker
//! and rebuild, the whole photo pipeline, and the PDF inspection. Inputs are random bytes
//! and, more usefully, hostile seed files (`hostile/mod.rs`) with random mutations: flipped
//! bytes, cuts, insertions, duplicated ranges.
//!
//! Each target runs for `KOMPASS_FUZZ_SECONDS` (default 1) in `cargo test`. Longer runs:
//! `KOMPASS_FUZZ_SECONDS=600 cargo test --release -p kompass-core --test fuzz_uploads -- --test-threads 1`
//! (docs/fuzzing.md). A failure prints arbtest's seed; `ARBTEST_SEED=0x… cargo test …`
//! replays it.

mod hostile;

use std::sync::OnceLock;
use std::time::Duration;

use arbitrary::{Result, Unstructured};
use arbtest::arbtest;
use kompass_core::attachment::{self, Limits, Verdict};
use kompass_core::photo;

fn budget() -> Duration {
    let seconds = std::env::var("KOMPASS_FUZZ_SECONDS")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(1.0);
    Duration::from_secs_f64(seconds)
}

/// One of `seeds`, mutated a few times; or plain random bytes.
fn input(u: &mut Unstructured<'_>, seeds: &[Vec<u8>]) -> Result<Vec<u8>> {
    if u.ratio(1, 8)? {
        return u.arbitrary();
    }
    let mut bytes = u.choose(seeds)?.clone();
    for _ in 0..u.int_in_range(1..=6)? {
        if bytes.is_empty() {
            break;
        }
        let at = u.choose_index(bytes.len())?;
        match u.int_in_range(0..=5)? {
            0 => bytes[at] = u.arbitrary()?,
            1 => bytes[at] ^= 1 << u.int_in_range(0..=7)?,
            2 => bytes.truncate(at),
            3 => {
                let extra: Vec<u8> = u.arbitrary()?;
                bytes.splice(at..at, extra);
            }
            4 => {
                let end = (at + u.int_in_range(1..=64)?).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let from = u.choose_index(bytes.len())?;
                let end = (from + u.int_in_range(1..=32)?).min(bytes.len());
                let copy = bytes[from..end].to_vec();
                bytes.splice(at..at, copy);
            }
        }
    }
    Ok(bytes)
}

fn picture_seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        vec![
            hostile::seeded_jpeg(48, 32),
            hostile::progressive_jpeg(40, 24),
            hostile::jpeg(24, 16),
            hostile::twelve_bit_jpeg(),
            hostile::sideways_png(),
            hostile::sideways_webp(),
            hostile::iccp_bomb_png(1),
            hostile::exif_orientation_block(6),
        ]
    })
}

fn pdf_seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        vec![
            hostile::pdf_with_metadata(),
            hostile::pdf_plain(),
            hostile::encrypted_pdf(),
            hostile::javascript_pdf(),
            hostile::javascript_names_pdf(),
            hostile::launch_pdf(),
            hostile::embedded_file_pdf(),
        ]
    })
}

#[test]
fn upload_inspection() {
    let limits = Limits::default();
    arbtest(|u| {
        let bytes = input(u, picture_seeds())?;
        match attachment::inspect(&bytes, limits) {
            Verdict::Image { width, height, .. } => {
                assert!(width > 0 && height > 0);
                assert!(u64::from(width) * u64::from(height) <= limits.max_pixels);
            }
            Verdict::Pdf => assert!(bytes.starts_with(b"%PDF-")),
            _ => {}
        }
        Ok(())
    })
    .budget(budget());
}

#[test]
fn exif_reader() {
    arbtest(|u| {
        let bytes = input(u, picture_seeds())?;
        for orientation in [
            photo::exif_orientation(&bytes),
            photo::tiff_orientation(&bytes),
        ] {
            assert!(orientation.is_none_or(|o| (1..=8).contains(&o)));
        }
        Ok(())
    })
    .budget(budget());
}

/// Whether the seed is in a JPEG outside its picture data: the tables its scans decode with
/// and the entropy-coded data. A mutation can make seed bytes part of those (a component
/// switched to the seeded quantisation table, seed bytes copied into a scan); then they are
/// the picture, shown as pixels, and no rebuild can drop them. Whether unused tables go is
/// checked by `jpeg_segment_walker_and_rebuild` and, with the seed, by `hostile_uploads.rs`.
fn seed_outside_picture_data(jpeg: &[u8]) -> bool {
    let Some(layout) = photo::jpeg_layout(jpeg) else {
        return hostile::contains_seed(jpeg);
    };
    let mut rest = jpeg.to_vec();
    for (marker, range) in &layout.kept {
        let picture_data = match marker {
            0xC4 | 0xDB => range.clone(),
            0xDA => {
                let header = u16::from_be_bytes([jpeg[range.start + 2], jpeg[range.start + 3]]);
                range.start + 2 + usize::from(header)..range.end
            }
            _ => continue,
        };
        rest[picture_data].fill(0);
    }
    hostile::contains_seed(&rest)
}

/// The walker never reads out of bounds; a rebuild is itself a well-formed JPEG with the
/// same frame, and holds no APPn but our JFIF header, no comment, nothing after EOI, no
/// table no scan uses.
#[test]
fn jpeg_segment_walker_and_rebuild() {
    arbtest(|u| {
        let bytes = input(u, picture_seeds())?;
        let Some(layout) = photo::jpeg_layout(&bytes) else {
            return Ok(());
        };
        for (_, range) in &layout.kept {
            assert!(range.start < range.end && range.end <= bytes.len());
        }
        if let Some(rebuilt) = photo::rebuild_jpeg(&bytes, &layout) {
            let again = photo::jpeg_layout(&rebuilt.jpeg).expect("a rebuild is well formed");
            assert_eq!(again.frame, layout.frame);
            assert_eq!(again.adobe_transform, None);
            assert!(rebuilt.jpeg.ends_with(&[0xFF, 0xD9]));
            assert_eq!(&rebuilt.jpeg[2..6], &[0xFF, 0xE0, 0x00, 0x10]);
            // A rebuild keeps only what a scan decodes with, so rebuilding it again drops
            // nothing: no table in it is unused.
            let twice = photo::rebuild_jpeg(&rebuilt.jpeg, &again).expect("rebuilds again");
            assert_eq!(twice.jpeg, rebuilt.jpeg);
            assert!(!seed_outside_picture_data(&rebuilt.jpeg));
        }
        Ok(())
    })
    .budget(budget());
}

/// Whatever comes in, an accepted picture is a JPEG of at most 2000 px that a second
/// decoder reads if it read the upload, without the seed outside its picture data; anything
/// else is refused, never a panic.
#[test]
fn photo_pipeline() {
    arbtest(|u| {
        let bytes = input(u, picture_seeds())?;
        let (verdict, kept) = attachment::prepare(&bytes, Limits::default());
        if let Verdict::Image { width, height, .. } = verdict {
            let kept = kept.expect("kept");
            assert!(width.max(height) <= photo::MAX_SIDE);
            // The image crate (zune-jpeg) is a second decoder beside libjpeg-turbo, whose
            // clean decode accepted the picture: a rebuild must not make a picture it reads
            // unreadable. Bytes inserted into a scan's data are read by libjpeg-turbo (the
            // decoder of browsers and mail programs) without a warning and refused by
            // zune-jpeg ("Marker missing where expected"); a rebuild keeps the scan byte for
            // byte, so there the upload itself is refused by it too.
            match image::load_from_memory(&kept) {
                Ok(decoded) => assert_eq!((decoded.width(), decoded.height()), (width, height)),
                Err(error) => assert!(image::load_from_memory(&bytes).is_err(), "{error}"),
            }
            assert!(!seed_outside_picture_data(&kept));
        } else {
            assert!(kept.is_none() || verdict == Verdict::Pdf);
        }
        Ok(())
    })
    .budget(budget());
}

/// A cleaned PDF reads again, passes `clean` again, and has no metadata left: a trailer
/// with the catalog alone (and cross-reference stream fields), no Info keys or XMP reference in any dictionary, no XMP stream.
/// (Whether the seed is gone is not a property under mutation: a mutation can make the
/// Info dictionary's text part of the document, e.g. a page's content after a repaired
/// cross-reference; the hostile tests check the seed on well-formed files.)
#[test]
fn pdf_inspection() {
    arbtest(|u| {
        let bytes = input(u, pdf_seeds())?;
        if let Ok(cleaned) = kompass_core::pdf::clean(&bytes) {
            let document = lopdf::Document::load_mem(&cleaned).expect("a cleaned PDF reads");
            let keys: Vec<&[u8]> = document.trailer.iter().map(|(k, _)| k.as_slice()).collect();
            // The catalog, and what lopdf writes for a cross-reference stream.
            assert!(
                keys.iter().all(|k| matches!(
                    *k,
                    b"Root" | b"Size" | b"ID" | b"Type" | b"W" | b"Index" | b"Length" | b"Filter"
                )),
                "{keys:?}"
            );
            for object in document.objects.values() {
                let dictionary = match object {
                    lopdf::Object::Dictionary(d) => d,
                    lopdf::Object::Stream(s) => {
                        assert!(!s.content.windows(9).any(|w| w == b"<?xpacket"));
                        &s.dict
                    }
                    _ => continue,
                };
                for key in [&b"Metadata"[..], b"Author", b"Creator", b"Producer"] {
                    assert!(!dictionary.has(key));
                }
            }
            kompass_core::pdf::clean(&cleaned).expect("a cleaned PDF passes again");
        }
        Ok(())
    })
    .budget(budget());
}
