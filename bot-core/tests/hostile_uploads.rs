//! The hostile-upload set (issue 12): every file is made by `hostile/mod.rs` and goes
//! through `attachment::prepare`, the one door uploads take into storage. Each has its
//! expected outcome: accepted without the seed, upright, or refused with a reason.

mod hostile;

use std::path::Path;
use std::sync::Arc;

use hostile::{SEED, contains_seed};
use kompass_core::attachment::{self, Limits, Verdict};
use kompass_core::mail::{EmlDirectory, largest_attachment};
use kompass_core::pdf::PdfProblem;
use kompass_core::runtime::{Incoming, Settings, Update};
use kompass_core::store::Store;
use kompass_core::{Content, Runtime, UserId};

fn prepare(bytes: &[u8]) -> (Verdict, Option<Vec<u8>>) {
    attachment::prepare(bytes, Limits::default())
}

/// Accepted as a JPEG of `width`×`height`; returns the kept bytes.
#[track_caller]
fn accepted_jpeg(bytes: &[u8], width: u32, height: u32) -> Vec<u8> {
    let (verdict, kept) = prepare(bytes);
    assert!(
        matches!(&verdict, Verdict::Image { mime, width: w, height: h, .. }
            if mime == "image/jpeg" && (*w, *h) == (width, height)),
        "{verdict:?}"
    );
    let kept = kept.expect("kept");
    assert!(!contains_seed(&kept), "the seed reached the stored file");
    kept
}

/// The markers of a JPEG in order (the scan data skipped).
fn markers(jpeg: &[u8]) -> Vec<u8> {
    let layout = kompass_core::photo::jpeg_layout(jpeg).expect("a well-formed JPEG");
    let mut found = vec![0xD8];
    let mut i = 2;
    while i + 1 < jpeg.len() {
        let marker = jpeg[i + 1];
        found.push(marker);
        if marker == 0xD9 {
            break;
        }
        let length = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        i += 2 + length;
        if marker == 0xDA {
            let scan = layout
                .kept
                .iter()
                .find(|(m, range)| *m == 0xDA && range.start == i - 2 - length)
                .expect("scan");
            i = scan.1.end;
        }
    }
    found
}

fn top_left_is_red(jpeg: &[u8]) -> bool {
    let image = image::load_from_memory(jpeg).expect("decodes").into_rgb8();
    let (width, height) = image.dimensions();
    let red = |x: u32, y: u32| {
        let p = image.get_pixel(x, y);
        p[0] > 150 && p[1] < 100
    };
    red(width / 8, height / 8)
        && !red(width * 7 / 8, height / 8)
        && !red(width / 8, height * 7 / 8)
        && !red(width * 7 / 8, height * 7 / 8)
}

#[test]
fn seeded_small_jpeg_is_rebuilt_without_any_payload() {
    let original = hostile::jpeg(640, 480);
    let seeded = hostile::seeded_jpeg(640, 480);
    assert!(contains_seed(&seeded));
    let kept = accepted_jpeg(&seeded, 640, 480);
    // Only what a picture needs: SOI, our JFIF, tables, frame, scan, EOI.
    let found = markers(&kept);
    assert!(
        found
            .iter()
            .all(|m| matches!(m, 0xD8 | 0xE0 | 0xDB | 0xC4 | 0xC0 | 0xDA | 0xD9)),
        "{found:02X?}"
    );
    assert_eq!(found.iter().filter(|m| **m == 0xE0).count(), 1);
    assert_eq!(
        &kept[2..20],
        b"\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    );
    // The JFXX thumbnail was a whole JPEG: its SOI must not be anywhere.
    assert_eq!(kept.windows(2).filter(|w| *w == [0xFF, 0xD8]).count(), 1);
    // The very same pixels as the clean original: the scan was kept byte for byte.
    let before = image::load_from_memory(&original).unwrap().into_rgb8();
    let after = image::load_from_memory(&kept).unwrap().into_rgb8();
    assert_eq!(before, after);
}

#[test]
fn each_hidden_place_alone_is_emptied() {
    let base = hostile::jpeg(320, 240);
    for (name, segment) in [
        ("JFXX thumbnail", hostile::jfxx_thumbnail()),
        ("AVI1", hostile::avi1()),
        ("APP14", hostile::app14()),
        ("COM", hostile::segment(0xFE, SEED.as_bytes())),
        ("unused DQT", hostile::unused_quant_table()),
        ("unused DHT", hostile::unused_huffman_table()),
        (
            "DQT replaced before a scan",
            hostile::shadowed_quant_table(),
        ),
        (
            "DHT replaced before a scan",
            hostile::shadowed_huffman_table(),
        ),
    ] {
        let bytes = hostile::with_segments(&base, &[segment]);
        assert!(contains_seed(&bytes), "{name}");
        let (verdict, kept) = prepare(&bytes);
        assert!(
            matches!(verdict, Verdict::Image { .. }),
            "{name}: {verdict:?}"
        );
        assert!(!contains_seed(&kept.unwrap()), "{name} survived");
    }
    let mut trailer = base.clone();
    trailer.extend_from_slice(SEED.as_bytes());
    accepted_jpeg(&trailer, 320, 240);
    for (name, segment) in [
        ("DQT after the last scan", hostile::shadowed_quant_table()),
        ("DHT after the last scan", hostile::shadowed_huffman_table()),
    ] {
        let bytes = hostile::before_end(&base, &segment);
        assert!(contains_seed(&bytes), "{name}");
        let kept = accepted_jpeg(&bytes, 320, 240);
        assert_eq!(
            image::load_from_memory(&kept).unwrap().into_rgb8(),
            image::load_from_memory(&base).unwrap().into_rgb8(),
            "{name}"
        );
    }
}

/// Progressive JPEGs (Huffman tables between scans) are rebuilt too and decode the same.
#[test]
fn progressive_jpeg_is_rebuilt_and_decodes_the_same() {
    let original = hostile::progressive_jpeg(400, 300);
    let seeded = hostile::with_segments(
        &original,
        &[hostile::jfxx_thumbnail(), hostile::unused_huffman_table()],
    );
    let kept = accepted_jpeg(&seeded, 400, 300);
    assert!(markers(&kept).contains(&0xC2));
    let before = image::load_from_memory(&original).unwrap().into_rgb8();
    let after = image::load_from_memory(&kept).unwrap().into_rgb8();
    assert_eq!(before, after);
}

#[test]
fn seeded_large_jpeg_is_reencoded_without_payload() {
    let seeded = hostile::seeded_jpeg(2400, 1800);
    accepted_jpeg(&seeded, 2000, 1500);
}

#[test]
fn pictures_that_are_not_what_they_claim_are_refused_as_damaged() {
    for (name, bytes) in [
        ("12-bit", hostile::twelve_bit_jpeg()),
        ("truncated", hostile::truncated_jpeg()),
        ("lying header", hostile::lying_jpeg()),
    ] {
        let (verdict, kept) = prepare(&bytes);
        assert_eq!(verdict, Verdict::Damaged, "{name}");
        assert_eq!(kept, None, "{name}");
    }
    // The lying header is within the pixel limit: only the decode can tell.
    assert!(matches!(
        attachment::inspect(&hostile::lying_jpeg(), Limits::default()),
        Verdict::Image {
            width: 65000,
            height: 760,
            ..
        }
    ));
}

/// Compressed ICC and text chunks are skipped, not inflated (64 MiB here to keep the test
/// fast; `benches/uploads.rs` measures 256 and 512 MiB, the 275 and 542 MB cases).
#[test]
fn compressed_chunk_bombs_are_not_inflated() {
    let bomb = hostile::iccp_bomb_png(64);
    assert!(bomb.len() < 100 * 1024, "{} bytes", bomb.len());
    accepted_jpeg(&bomb, 64, 64);
    accepted_jpeg(&hostile::ztxt_bomb_png(64), 64, 64);
}

#[test]
fn huge_sixteen_bit_png_is_scaled_upright() {
    let png = hostile::sixteen_bit_png(7071);
    let kept = accepted_jpeg(&png, 2000, 2000);
    assert!(top_left_is_red(&kept));
}

#[test]
fn png_and_webp_with_exif_orientation_come_out_upright() {
    for (name, bytes) in [
        ("png", hostile::sideways_png()),
        ("webp", hostile::sideways_webp()),
    ] {
        // Stored 200×300 (sideways); upright it is 300×200 with the red corner top left.
        let (verdict, kept) = prepare(&bytes);
        assert!(
            matches!(&verdict, Verdict::Image { mime, width: 300, height: 200, .. }
                if mime == "image/jpeg"),
            "{name}: {verdict:?}"
        );
        assert!(top_left_is_red(&kept.unwrap()), "{name} is not upright");
    }
}

#[test]
fn pdfs_with_scripts_actions_files_or_encryption_are_refused() {
    for (bytes, problem) in [
        (hostile::encrypted_pdf(), PdfProblem::Encrypted),
        (hostile::javascript_pdf(), PdfProblem::JavaScript),
        (hostile::javascript_names_pdf(), PdfProblem::JavaScript),
        (hostile::launch_pdf(), PdfProblem::Launch),
        (hostile::embedded_file_pdf(), PdfProblem::EmbeddedFile),
        (b"%PDF-1.7\n%%EOF\n".to_vec(), PdfProblem::Unreadable),
    ] {
        assert_eq!(
            prepare(&bytes),
            (Verdict::PdfRefused { problem }, None),
            "{problem:?}"
        );
    }
}

#[test]
fn pdf_metadata_is_removed() {
    let original = hostile::pdf_with_metadata();
    assert!(contains_seed(&original));
    let (verdict, kept) = prepare(&original);
    assert_eq!(verdict, Verdict::Pdf);
    let kept = kept.unwrap();
    assert!(!contains_seed(&kept));
    let document = lopdf::Document::load_mem(&kept).unwrap();
    assert_eq!(document.get_pages().len(), 1);
    assert!(!document.trailer.has(b"Info"));
}

#[test]
fn a_pdf_too_large_for_one_email_is_refused_with_the_limit() {
    let limit = largest_attachment(20 << 20);
    assert_eq!(limit / (1 << 20), 14);
    let too_large = hostile::pdf_of_size(limit as usize + 4096);
    assert_eq!(
        prepare(&too_large),
        (Verdict::PdfTooLargeForEmail { max_mb: 14 }, None)
    );
    // The same for a smaller email limit from the configuration.
    let (verdict, _) =
        attachment::prepare(&hostile::pdf_of_size(6 << 20), Limits::for_email(5 << 20));
    assert_eq!(verdict, Verdict::PdfTooLargeForEmail { max_mb: 3 });
}

/// The largest PDF that is accepted makes an email within `max_email_mb`, through the real
/// runtime and email composer (the 20 MiB PDF made a 28.7 MB email).
#[test]
fn the_largest_accepted_pdf_fits_into_one_email() {
    let max_email_bytes = 20u64 << 20;
    let pdf = hostile::pdf_of_size(largest_attachment(max_email_bytes) as usize - 64 * 1024);
    let (verdict, _) = attachment::prepare(&pdf, Limits::for_email(max_email_bytes));
    assert_eq!(verdict, Verdict::Pdf);
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let content = Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).unwrap_or_else(|d| panic!("{d}")),
    );
    let settings = Settings {
        mail_from: "Kompass <kompass@kalletal.example.org>".parse().unwrap(),
        limits: Limits::for_email(max_email_bytes),
        give_up_after: chrono::Duration::hours(72),
        max_email_bytes,
        retention: chrono::Duration::days(30),
        rooms_available: false,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    let runtime = Runtime::new(
        content,
        Store::open(&dir.path().join("db")).unwrap(),
        settings,
    );
    let user = UserId::new("test", "1");
    let mut n = 0;
    let mut send = |incoming: Incoming| {
        n += 1;
        runtime
            .handle_step(Update {
                user: user.clone(),
                id: Some(n.to_string()),
                language_hint: None,
                incoming,
            })
            .unwrap()
    };
    send(Incoming::Text("/start en_jobcenter-form".into()));
    for text in ["Haddad", "Sami", "3.12.1990", "Syrian", "Weg 1"] {
        send(Incoming::Text(text.into()));
    }
    send(Incoming::Button("f:5:skip".into()));
    send(Incoming::Button("f:6:0".into()));
    send(Incoming::Text("05261 123456".into()));
    send(Incoming::Button("f:8:skip".into()));
    send(Incoming::Text("A letter I do not understand.".into()));
    assert!(send(Incoming::File(pdf)).upload_kept, "the PDF is accepted");
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        send(Incoming::Button(data.into()));
    }
    let mail = dir.path().join("mail");
    let (_, report) = runtime
        .deliver_due(&EmlDirectory::new(&mail), chrono::Utc::now())
        .unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    let emails: Vec<_> = std::fs::read_dir(&mail)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(emails.len(), 1, "one email, not split");
    let size = std::fs::metadata(&emails[0]).unwrap().len();
    assert!(size <= max_email_bytes, "{size} bytes");
    assert!(
        size > max_email_bytes * 9 / 10,
        "{size} bytes: the test is near the limit"
    );
}
