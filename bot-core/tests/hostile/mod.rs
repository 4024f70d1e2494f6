//! Hostile uploads, made by code: pictures with hidden payloads, pictures that lie about
//! themselves, decompression bombs, PDFs with scripts and metadata. Shared by the tests in
//! `hostile_uploads.rs`, the property tests and the memory bench (`benches/uploads.rs`),
//! and by the end-to-end tests of the binary (included by path).
#![allow(
    dead_code,
    reason = "each user of this module needs a different part of it"
)]

use std::io::{Cursor, Write};

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use lopdf::{Dictionary, Document, Object, Stream, dictionary};

/// A string that must never reach the office.
pub const SEED: &str = "KOMPASS-SEED-5c1e9b";

/// `width`×`height`, the top-left quadrant red and the rest light grey: where the red
/// corner ends up shows which way up a picture is.
pub fn marked_picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        if x < width / 2 && y < height / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([230, 230, 230])
        }
    })
}

/// A plain baseline JPEG (the image crate's encoder writes a JFIF APP0 and no more).
pub fn jpeg_of(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(image)
        .expect("encode");
    out
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    jpeg_of(&marked_picture(width, height))
}

/// One marker segment: `FF marker length payload`.
pub fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, marker];
    out.extend_from_slice(
        &u16::try_from(payload.len() + 2)
            .expect("short")
            .to_be_bytes(),
    );
    out.extend_from_slice(payload);
    out
}

/// `jpeg` with `segments` inserted right after SOI.
pub fn with_segments(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    for segment in segments {
        out.extend_from_slice(segment);
    }
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A JFXX APP0 extension holding a whole JPEG thumbnail, which carries the seed in a
/// comment and still decodes on its own.
pub fn jfxx_thumbnail() -> Vec<u8> {
    let thumbnail = with_segments(&jpeg(16, 16), &[segment(0xFE, SEED.as_bytes())]);
    let mut payload = b"JFXX\0\x10".to_vec();
    payload.extend_from_slice(&thumbnail);
    segment(0xE0, &payload)
}

/// An AVI1 APP0 segment (motion-JPEG cameras) with text and a GPS position.
pub fn avi1() -> Vec<u8> {
    segment(
        0xE0,
        format!("AVI1\0{SEED} GPS 52.0799N 8.9370E").as_bytes(),
    )
}

/// An Adobe APP14 segment (transform 1, YCbCr: the pass-through's case) padded with text.
pub fn app14() -> Vec<u8> {
    let mut payload = b"Adobe\0\x64\0\0\0\0\x01".to_vec();
    payload.extend_from_slice(SEED.as_bytes());
    segment(0xEE, &payload)
}

/// A DQT segment with one 8-bit table (`id`) whose 64 values are the seed's bytes.
fn seeded_quant_table(id: u8) -> Vec<u8> {
    let mut payload = vec![id];
    let mut values = SEED.as_bytes().to_vec();
    values.resize(64, b'.');
    payload.extend_from_slice(&values);
    segment(0xDB, &payload)
}

/// A DHT segment with one table (`class_and_id`: 0x00 DC 0, 0x13 AC 3) whose symbols spell
/// the seed.
fn seeded_huffman_table(class_and_id: u8) -> Vec<u8> {
    let symbols = SEED.as_bytes();
    let mut payload = vec![class_and_id];
    let mut counts = [0u8; 16];
    counts[7] = u8::try_from(symbols.len()).expect("short");
    payload.extend_from_slice(&counts);
    payload.extend_from_slice(symbols);
    segment(0xC4, &payload)
}

/// A quantisation table no component uses (id 3), its 64 values the seed's bytes.
pub fn unused_quant_table() -> Vec<u8> {
    seeded_quant_table(0x03)
}

/// A Huffman table no scan uses (AC table 3) whose symbols spell the seed.
pub fn unused_huffman_table() -> Vec<u8> {
    seeded_huffman_table(0x13)
}

/// A quantisation table 0 whose values are the seed, put before the real table 0: the real
/// one replaces it before any scan reads it.
pub fn shadowed_quant_table() -> Vec<u8> {
    seeded_quant_table(0x00)
}

/// A DC Huffman table 0 whose symbols spell the seed, put before the real one.
pub fn shadowed_huffman_table() -> Vec<u8> {
    seeded_huffman_table(0x00)
}

/// `jpeg` with `segment` before its end marker, after the last scan: tables there decode
/// nothing.
pub fn before_end(jpeg: &[u8], segment: &[u8]) -> Vec<u8> {
    assert!(jpeg.ends_with(&[0xFF, 0xD9]));
    let mut out = jpeg[..jpeg.len() - 2].to_vec();
    out.extend_from_slice(segment);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// A small upright JPEG carrying the seed in every place the pass-through path used to
/// keep or overlook: JFXX thumbnail, AVI1, APP14, a comment, unused tables, after EOI.
pub fn seeded_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut out = with_segments(
        &jpeg(width, height),
        &[
            jfxx_thumbnail(),
            avi1(),
            app14(),
            segment(0xFE, SEED.as_bytes()),
            unused_quant_table(),
            unused_huffman_table(),
        ],
    );
    out.extend_from_slice(SEED.as_bytes());
    out
}

/// Where the frame header (SOF0) starts.
fn frame_at(jpeg: &[u8]) -> usize {
    jpeg.windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline frame")
}

/// A JPEG whose frame says 12-bit samples (SOF1, precision 12): no decoder here reads it.
pub fn twelve_bit_jpeg() -> Vec<u8> {
    let mut out = jpeg(64, 48);
    let at = frame_at(&out);
    out[at + 1] = 0xC1;
    out[at + 4] = 12;
    out
}

/// The first two thirds of an 800×600 JPEG (a download cut off).
pub fn truncated_jpeg() -> Vec<u8> {
    let whole = jpeg_of(&noisy_picture(800, 600));
    whole[..whole.len() * 2 / 3].to_vec()
}

/// A 2000×24 strip whose header claims 65000×760 (49 megapixels, under the pixel limit).
pub fn lying_jpeg() -> Vec<u8> {
    let mut out = jpeg_of(&noisy_picture(2000, 24));
    let at = frame_at(&out);
    out[at + 5..at + 7].copy_from_slice(&760u16.to_be_bytes());
    out[at + 7..at + 9].copy_from_slice(&65000u16.to_be_bytes());
    out
}

/// Texture that does not compress to nothing (a truncated file still holds a lot of data).
pub fn noisy_picture(width: u32, height: u32) -> RgbImage {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    RgbImage::from_fn(width, height, |_, _| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let v = 100 + (state % 100) as u8;
        Rgb([v, v, v])
    })
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len())
        .expect("short")
        .to_be_bytes()
        .to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG of `image` with `chunks` inserted right after IHDR.
pub fn png_with_chunks(image: &RgbImage, chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut plain = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Png)
        .expect("png");
    let after_ihdr = 8 + 4 + 4 + 13 + 4;
    let mut out = plain[..after_ihdr].to_vec();
    for chunk in chunks {
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&plain[after_ihdr..]);
    out
}

/// `mib` MiB of zeros, zlib-compressed at the best ratio (about 1:1000), streamed.
fn zlib_zeros(mib: usize) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..mib {
        encoder.write_all(&zeros).expect("compress");
    }
    encoder.finish().expect("compress")
}

/// A 64×64 PNG with a compressed iCCP chunk that inflates to `mib` MiB (the issue's
/// 263 KB file inflated to 275 MB).
pub fn iccp_bomb_png(mib: usize) -> Vec<u8> {
    let mut iccp = b"icc\0\0".to_vec();
    iccp.extend_from_slice(&zlib_zeros(mib));
    png_with_chunks(&marked_picture(64, 64), &[png_chunk(b"iCCP", &iccp)])
}

/// A 64×64 PNG with a zTXt chunk that inflates to `mib` MiB.
pub fn ztxt_bomb_png(mib: usize) -> Vec<u8> {
    let mut ztxt = b"Comment\0\0".to_vec();
    ztxt.extend_from_slice(&zlib_zeros(mib));
    png_with_chunks(&marked_picture(64, 64), &[png_chunk(b"zTXt", &ztxt)])
}

/// A `side`×`side` 16-bit RGB PNG, written row by row (7071² is 300 MB of samples).
pub fn sixteen_bit_png(side: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Sixteen);
        encoder.set_compression(png::Compression::Fastest);
        let mut writer = encoder.write_header().expect("header");
        let mut stream = writer.stream_writer().expect("stream");
        // Two kinds of row: with the red corner (top half) and without.
        let row = |red_part: bool| -> Vec<u8> {
            (0..side as usize)
                .flat_map(|x| {
                    let sample: [u16; 3] = if red_part && x < side as usize / 2 {
                        [56_000, 5_000, 5_000]
                    } else {
                        [59_000, 59_000, 59_000]
                    };
                    sample.into_iter().flat_map(u16::to_be_bytes)
                })
                .collect()
        };
        let (top, bottom) = (row(true), row(false));
        for y in 0..side {
            stream
                .write_all(if y < side / 2 { &top } else { &bottom })
                .expect("row");
        }
        stream.finish().expect("finish");
        writer.finish().expect("finish");
    }
    out
}

/// An EXIF block (TIFF, big endian) with only the orientation tag.
pub fn exif_orientation_block(orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    tiff
}

/// The marked picture stored sideways (rotated 90° counter-clockwise) in a PNG whose eXIf
/// says "rotate 90° clockwise" (orientation 6): upright, the red corner is top left.
pub fn sideways_png() -> Vec<u8> {
    let stored = image::imageops::rotate270(&marked_picture(300, 200));
    png_with_chunks(&stored, &[png_chunk(b"eXIf", &exif_orientation_block(6))])
}

/// The same as a WebP: a VP8X container with a lossless image and an EXIF chunk.
pub fn sideways_webp() -> Vec<u8> {
    let stored = image::imageops::rotate270(&marked_picture(300, 200));
    let mut simple = Vec::new();
    stored
        .write_to(&mut Cursor::new(&mut simple), image::ImageFormat::WebP)
        .expect("webp");
    // RIFF size WEBP, then the image chunk (VP8L) as the encoder wrote it.
    let image_chunk = &simple[12..];
    let riff_chunk = |kind: &[u8], data: &[u8]| {
        let mut out = kind.to_vec();
        out.extend_from_slice(&u32::try_from(data.len()).expect("short").to_le_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
        out
    };
    let (width, height) = stored.dimensions();
    let mut vp8x = vec![0x08, 0, 0, 0]; // EXIF flag
    vp8x.extend_from_slice(&(width - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(height - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend_from_slice(&riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(image_chunk);
    body.extend_from_slice(&riff_chunk(b"EXIF", &exif_orientation_block(6)));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(body.len()).expect("short").to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// A one-page PDF; `catalog_extra` is merged into the catalog, `info` becomes the Info
/// dictionary, `xmp` an XMP metadata stream, `trailer_extra` is merged into the trailer and
/// `padding` bytes of incompressible data are added as an unused-by-nobody page resource.
pub fn pdf_with(
    catalog_extra: Dictionary,
    info: Option<Dictionary>,
    xmp: Option<&str>,
    trailer_extra: Dictionary,
    padding: usize,
) -> Vec<u8> {
    let mut document = Document::with_version("1.7");
    let pages_id = document.new_object_id();
    let content_id = document.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 24 Tf 72 700 Td (Antrag) Tj ET".to_vec(),
    ));
    let mut page = dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    if padding > 0 {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let noise: Vec<u8> = (0..padding)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let image_id = document.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            noise,
        ));
        page.set(
            "Resources",
            dictionary! { "XObject" => dictionary! { "Scan" => image_id } },
        );
    }
    let page_id = document.add_object(page);
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if let Some(text) = xmp {
        let xmp_id = document.add_object(Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            text.as_bytes().to_vec(),
        ));
        catalog.set("Metadata", xmp_id);
    }
    for (key, value) in catalog_extra.iter() {
        catalog.set(key.clone(), value.clone());
    }
    let catalog_id = document.add_object(catalog);
    document.trailer.set("Root", catalog_id);
    if let Some(info) = info {
        let info_id = document.add_object(info);
        document.trailer.set("Info", info_id);
    }
    for (key, value) in trailer_extra.iter() {
        let id = document.add_object(value.clone());
        document.trailer.set(key.clone(), id);
    }
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("save");
    bytes
}

/// A PDF with the seed as author, creator and producer and in an XMP stream.
pub fn pdf_with_metadata() -> Vec<u8> {
    pdf_with(
        dictionary! {},
        Some(dictionary! {
            "Author" => Object::string_literal(SEED),
            "Creator" => Object::string_literal(format!("{SEED}-creator")),
            "Producer" => Object::string_literal(format!("{SEED}-producer")),
        }),
        Some(&format!(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>{SEED}</dc:creator></x:xmpmeta>"
        )),
        dictionary! {},
        0,
    )
}

pub fn pdf_plain() -> Vec<u8> {
    pdf_with(dictionary! {}, None, None, dictionary! {}, 0)
}

/// A PDF whose trailer names a standard security handler (RC4, user password set).
pub fn encrypted_pdf() -> Vec<u8> {
    pdf_with(
        dictionary! {},
        None,
        None,
        dictionary! {
            "Encrypt" => dictionary! {
                "Filter" => "Standard", "V" => 1, "R" => 2, "P" => -4,
                "O" => Object::string_literal(vec![0x4Fu8; 32]),
                "U" => Object::string_literal(vec![0x55u8; 32]),
            },
        },
        0,
    )
}

pub fn javascript_pdf() -> Vec<u8> {
    pdf_with(
        dictionary! {
            "OpenAction" => dictionary! {
                "S" => "JavaScript", "JS" => Object::string_literal("app.alert('hi')"),
            },
        },
        None,
        None,
        dictionary! {},
        0,
    )
}

/// JavaScript only in the document's name tree (no open action).
pub fn javascript_names_pdf() -> Vec<u8> {
    pdf_with(
        dictionary! {
            "Names" => dictionary! {
                "JavaScript" => dictionary! { "Names" => vec![
                    Object::string_literal("init"),
                    dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("1") }.into(),
                ]},
            },
        },
        None,
        None,
        dictionary! {},
        0,
    )
}

pub fn launch_pdf() -> Vec<u8> {
    pdf_with(
        dictionary! {
            "OpenAction" => dictionary! { "S" => "Launch", "F" => Object::string_literal("cmd.exe") },
        },
        None,
        None,
        dictionary! {},
        0,
    )
}

pub fn embedded_file_pdf() -> Vec<u8> {
    pdf_with(
        dictionary! {
            "Names" => dictionary! {
                "EmbeddedFiles" => dictionary! { "Names" => vec![
                    Object::string_literal("invoice.exe"),
                    dictionary! {
                        "Type" => "Filespec", "F" => Object::string_literal("invoice.exe"),
                        "EF" => dictionary! { "F" => Object::string_literal("MZ...") },
                    }.into(),
                ]},
            },
        },
        None,
        None,
        dictionary! {},
        0,
    )
}

/// A PDF of about `bytes` bytes (mostly an incompressible image stream).
pub fn pdf_of_size(bytes: usize) -> Vec<u8> {
    pdf_with(
        dictionary! {},
        None,
        None,
        dictionary! {},
        bytes.saturating_sub(1000),
    )
}

/// Whether the seed occurs in `haystack`, also base64-encoded at any of the three offsets
/// (as in an email).
pub fn contains_seed(haystack: &[u8]) -> bool {
    let raw = SEED.as_bytes();
    if haystack.windows(raw.len()).any(|w| w == raw) {
        return true;
    }
    // Base64 in an email is broken into lines: look at it without them.
    let unwrapped: Vec<u8> = haystack
        .iter()
        .copied()
        .filter(|b| !matches!(b, b'\r' | b'\n'))
        .collect();
    base64_forms(raw)
        .iter()
        .any(|form| unwrapped.windows(form.len()).any(|w| w == form.as_bytes()))
}

/// The seed's base64 forms at each alignment, minus the characters at the edges that
/// depend on neighbouring bytes.
fn base64_forms(raw: &[u8]) -> Vec<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let encode = |bytes: &[u8]| -> String {
        bytes
            .chunks(3)
            .flat_map(|chunk| {
                let b = [
                    chunk[0],
                    *chunk.get(1).unwrap_or(&0),
                    *chunk.get(2).unwrap_or(&0),
                ];
                let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
                (0..4).map(move |i| ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char)
            })
            .collect()
    };
    (0..3)
        .map(|offset| {
            let mut padded = vec![0u8; offset];
            padded.extend_from_slice(raw);
            let encoded = encode(&padded);
            // Drop the first group (touches the padding) and the last (touches what follows).
            encoded[4..encoded.len() - 4].to_string()
        })
        .collect()
}

/// A progressive JPEG (mozjpeg's default scan script): many scans, tables between them.
pub fn progressive_jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = marked_picture(width, height);
    let mut compress = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
    compress.set_size(width as usize, height as usize);
    compress.set_quality(80.0);
    compress.set_progressive_mode();
    let mut started = compress.start_compress(Vec::new()).expect("start");
    started.write_scanlines(image.as_raw()).expect("write");
    started.finish().expect("finish")
}
