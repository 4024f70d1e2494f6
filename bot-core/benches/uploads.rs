//! Peak memory of one upload, hostile or ordinary (issue 12: no upload may take more than
//! 64 MB above the process's normal use).
//!
//! Each file of the hostile set (`tests/hostile/mod.rs`) plus large ordinary photos is
//! written to a temporary folder; then this binary runs itself once per file as a child
//! that reads the file, notes its resident memory (VmRSS), runs
//! `attachment::prepare` (inspection, decoding, re-encoding or PDF cleaning, exactly what
//! the runtime does with an upload) and reports its peak resident memory (VmHWM). The
//! figure is the difference: what the upload cost above the process as it was with the
//! file's bytes already in memory.
//!
//! Run: `cargo bench -p kompass-core --bench uploads`

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

#[path = "../tests/hostile/mod.rs"]
mod hostile;

use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use kompass_core::attachment::{self, Limits, Verdict};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("measure-one") {
        return measure_one(Path::new(&args[2]));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let me = std::env::current_exe().expect("own path");
    println!("| upload | file size | outcome | peak above start |");
    println!("|---|---:|---|---:|");
    let mut largest = (0u64, String::new());
    for (name, make) in cases() {
        let path = dir.path().join("upload");
        let bytes = make();
        std::fs::write(&path, &bytes).expect("write");
        let output = Command::new(&me)
            .arg("measure-one")
            .arg(&path)
            .output()
            .expect("child");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut fields = stdout.trim().splitn(3, ' ');
        let before: u64 = fields.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let peak: u64 = fields.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let verdict = fields.next().unwrap_or("(child failed)").to_string();
        let above = peak.saturating_sub(before);
        println!(
            "| {name} | {} | {verdict} | {:.1} MB |",
            size(bytes.len() as u64),
            above as f64 / 1024.0
        );
        if above > largest.0 {
            largest = (above, name.to_string());
        }
    }
    println!();
    println!(
        "largest: {:.1} MB above start ({})",
        largest.0 as f64 / 1024.0,
        largest.1
    );
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{:.0} KB", bytes as f64 / 1024.0)
    }
}

type Case = (&'static str, Box<dyn Fn() -> Vec<u8>>);

fn cases() -> Vec<Case> {
    vec![
        (
            "640×480 JPEG with JFXX/AVI1/APP14/COM/tables/trailer seeds",
            Box::new(|| hostile::seeded_jpeg(640, 480)),
        ),
        (
            "12 MP JPEG (4000×3000, baseline)",
            Box::new(|| phone_jpeg(false)),
        ),
        (
            "12 MP JPEG (4000×3000, progressive)",
            Box::new(|| phone_jpeg(true)),
        ),
        (
            "JPEG claiming 65000×760, data 2000×24",
            Box::new(hostile::lying_jpeg),
        ),
        ("truncated 800×600 JPEG", Box::new(hostile::truncated_jpeg)),
        ("12-bit JPEG", Box::new(hostile::twelve_bit_jpeg)),
        (
            "PNG with iCCP inflating to 256 MiB",
            Box::new(|| hostile::iccp_bomb_png(256)),
        ),
        (
            "PNG with iCCP inflating to 512 MiB",
            Box::new(|| hostile::iccp_bomb_png(512)),
        ),
        (
            "PNG with zTXt inflating to 256 MiB",
            Box::new(|| hostile::ztxt_bomb_png(256)),
        ),
        (
            "7071×7071 16-bit RGB PNG",
            Box::new(|| hostile::sixteen_bit_png(7071)),
        ),
        (
            "12 MP RGB PNG (4000×3000)",
            Box::new(|| encoded(4000, 3000, image::ImageFormat::Png)),
        ),
        (
            "6 MP WebP (3000×2000, lossless)",
            Box::new(|| encoded(3000, 2000, image::ImageFormat::WebP)),
        ),
        (
            "12 MP WebP (4000×3000, lossless)",
            Box::new(|| encoded(4000, 3000, image::ImageFormat::WebP)),
        ),
        (
            "PDF just under the email limit (14.4 MB)",
            Box::new(|| {
                hostile::pdf_of_size(
                    kompass_core::mail::largest_attachment(20 << 20) as usize - (64 << 10),
                )
            }),
        ),
        (
            "PDF with author and XMP",
            Box::new(hostile::pdf_with_metadata),
        ),
    ]
}

/// A phone-like photo: noisy texture at quality 92.
fn phone_jpeg(progressive: bool) -> Vec<u8> {
    let image = hostile::noisy_picture(4000, 3000);
    let mut compress = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
    compress.set_size(4000, 3000);
    compress.set_quality(92.0);
    if progressive {
        compress.set_progressive_mode();
    } else {
        compress.set_fastest_defaults();
        compress.set_quality(92.0);
    }
    let mut started = compress.start_compress(Vec::new()).expect("start");
    started.write_scanlines(image.as_raw()).expect("write");
    started.finish().expect("finish")
}

/// A scanned page: the marked picture with lines of "text" (compresses like a document).
fn encoded(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    let mut page = hostile::marked_picture(width, height);
    for (x, y, pixel) in page.enumerate_pixels_mut() {
        if (y / 40) % 3 != 0 && (x / 18 + y / 40) % 7 != 0 && (y % 40) < 22 {
            *pixel = image::Rgb([60, 60, 70]);
        }
    }
    page.write_to(&mut Cursor::new(&mut out), format)
        .expect("encode");
    out
}

/// The child: VmRSS with the file read, then VmHWM after preparing it, both in KiB.
fn measure_one(path: &Path) {
    let bytes = std::fs::read(path).expect("input");
    let before = status_kib("VmRSS:").unwrap_or(0);
    let (verdict, kept) = attachment::prepare(&bytes, Limits::default());
    let peak = status_kib("VmHWM:").unwrap_or(0);
    let outcome = match verdict {
        Verdict::Image { width, height, .. } => format!(
            "accepted, {width}×{height} JPEG of {} KB",
            kept.map_or(0, |k| k.len() / 1024)
        ),
        Verdict::Pdf => format!("accepted, PDF of {} KB", kept.map_or(0, |k| k.len() / 1024)),
        other => format!("refused: {other:?}"),
    };
    println!("{before} {peak} {outcome}");
}

fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
