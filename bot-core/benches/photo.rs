//! Photo processing beside `vipsthumbnail`, and confirm → SMTP acceptance for 10 photos.
//!
//! 1. A 12-megapixel phone-like JPEG (4000×3000, EXIF orientation 6 and GPS) is made once.
//!    Kompass's pipeline (`kompass_core::photo::process`) and `vipsthumbnail` (Debian's
//!    `libvips-tools`) then process the same file, alternately, each as its own process
//!    (this binary re-runs itself for ours), 21 rounds. Both are timed the same way (spawn to
//!    exit) and their peak memory is read the same way (VmHWM of the process, sampled every
//!    millisecond until it exits). Ours also reports the exact VmHWM at its end.
//! 2. A request with 10 such photos to the job centre (uploaded and processed beforehand, as
//!    in a real conversation) is confirmed through `Runtime::handle` and delivered over SMTP
//!    to the aiosmtpd test server on 127.0.0.1; the time from the confirming update to the
//!    server's acceptance is measured, 5 rounds.
//!
//! Run: `cargo bench -p kompass-core --bench photo` (needs `vipsthumbnail` and the test
//! Python with aiosmtpd that `./test.sh` installs).

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};
use kompass_core::attachment::Limits;
use kompass_core::mail::{Security, Smtp, SmtpSettings};
use kompass_core::runtime::{Incoming, Settings, Update};
use kompass_core::store::Store;
use kompass_core::{Content, Runtime, UserId};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("process-one") {
        return process_one(Path::new(&args[2]), Path::new(&args[3]));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let photo = dir.path().join("phone-photo.jpg");
    std::fs::write(&photo, phone_photo()).expect("write photo");
    let size = std::fs::metadata(&photo).expect("photo").len();
    println!(
        "input: 4000×3000 JPEG, EXIF orientation 6 + GPS, {:.1} MB",
        size as f64 / 1e6
    );
    println!();
    compare_with_vips(&photo, dir.path());
    println!();
    confirm_to_acceptance(&photo, dir.path());
}

/// The child side: process one file, write the result, print the exact peak memory.
fn process_one(input: &Path, output: &Path) {
    let bytes = std::fs::read(input).expect("input");
    let processed = kompass_core::photo::process(&bytes, "image/jpeg").expect("process");
    std::fs::write(output, &processed.jpeg).expect("output");
    println!(
        "{} {} {}",
        processed.width,
        processed.height,
        peak_kib(std::process::id()).unwrap_or(0)
    );
}

fn compare_with_vips(photo: &Path, dir: &Path) {
    let me = std::env::current_exe().expect("own path");
    let ours_out = dir.join("ours.jpg");
    let vips_out = dir.join("vips.jpg");
    let mut ours = Vec::new();
    let mut vips = Vec::new();
    let mut ours_exact = Vec::new();
    for _ in 0..21 {
        let (time, peak, stdout) = run_measured(
            Command::new(&me)
                .arg("process-one")
                .arg(photo)
                .arg(&ours_out),
        );
        ours.push((time, peak));
        ours_exact.push(
            stdout
                .split_whitespace()
                .nth(2)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0),
        );
        let target = format!("{}[Q=85,strip]", vips_out.display());
        let (time, peak, _) = run_measured(
            Command::new("vipsthumbnail")
                .arg(photo)
                .args(["--size", "2000x2000", "-o"])
                .arg(&target),
        );
        vips.push((time, peak));
    }
    let ours_image = image::open(&ours_out).expect("our output");
    let vips_image = image::open(&vips_out).expect("vips output");
    let median = |values: &mut Vec<(Duration, u64)>, pick: fn(&(Duration, u64)) -> u64| {
        let mut picked: Vec<u64> = values.iter().map(pick).collect();
        picked.sort_unstable();
        picked[picked.len() / 2]
    };
    let (ours_ms, vips_ms) = (
        median(&mut ours, |v| v.0.as_micros() as u64) as f64 / 1000.0,
        median(&mut vips, |v| v.0.as_micros() as u64) as f64 / 1000.0,
    );
    let (ours_mb, vips_mb) = (
        median(&mut ours, |v| v.1) as f64 / 1024.0,
        median(&mut vips, |v| v.1) as f64 / 1024.0,
    );
    ours_exact.sort_unstable();
    let ours_exact_mb = ours_exact[ours_exact.len() / 2] as f64 / 1024.0;
    println!(
        "| 12 MP JPEG → ≤2000 px, upright, q85, no metadata | wall time, median of 21 | vs vipsthumbnail | peak RSS (sampled) | output |"
    );
    println!("|---|---:|---:|---:|---|");
    println!(
        "| vipsthumbnail 8.14 (`--size 2000x2000`, `[Q=85,strip]`) | {vips_ms:.0} ms | 1.00 | {vips_mb:.1} MB | {}×{} |",
        vips_image.width(),
        vips_image.height()
    );
    println!(
        "| Kompass `photo::process` (own process) | {ours_ms:.0} ms | {:.2} | {ours_mb:.1} MB (exact VmHWM {ours_exact_mb:.1} MB) | {}×{} |",
        ours_ms / vips_ms,
        ours_image.width(),
        ours_image.height()
    );
}

/// Runs `command` to its end: wall time, peak resident memory in KiB (sampled), stdout.
fn run_measured(command: &mut Command) -> (Duration, u64, String) {
    let start = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    let mut peak = 0;
    loop {
        if let Some(kib) = peak_kib(pid) {
            peak = peak.max(kib);
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let elapsed = start.elapsed();
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().expect("stdout"), &mut stdout)
        .expect("read");
    (elapsed, peak, stdout)
}

/// VmHWM (peak resident set) of a process in KiB.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// A 4000×3000 photo of a "document": paper texture, lines of "text", some noise, saved at
/// quality 92 as phones do, with EXIF orientation 6 and a GPS block.
fn phone_photo() -> Vec<u8> {
    let (width, height) = (4000u32, 3000u32);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let image = RgbImage::from_fn(width, height, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 24) as i32 - 12;
        let line = (y / 40) % 3 != 0 && (x / 18 + y / 40) % 7 != 0 && (y % 40) < 22;
        let base: i32 = if line { 60 } else { 225 - (x / 80) as i32 % 10 };
        let v = (base + noise).clamp(0, 255) as u8;
        Rgb([v, v.saturating_sub(4), v.saturating_sub(10)])
    });
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut Cursor::new(&mut jpeg), 92)
        .encode_image(&image)
        .expect("encode");
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend_from_slice(&[0, 0, 0, 0]);
    tiff.extend_from_slice(b"GPS 52.0799N 8.9370E");
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend_from_slice(&tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(
        &u16::try_from(segment.len() + 2)
            .expect("small")
            .to_be_bytes(),
    );
    out.extend_from_slice(&segment);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn confirm_to_acceptance(photo: &Path, dir: &Path) {
    let python = std::env::var_os("KOMPASS_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/kompass/venv/bin/python")
        });
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let port_file = dir.join("smtp-port");
    let mut sink = Command::new(&python)
        .arg(root.join("tests/peers/smtp_sink.py"))
        .arg("--maildir")
        .arg(dir.join("received"))
        .arg("--port-file")
        .arg(&port_file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run ./test.sh once to install aiosmtpd)",
                python.display()
            )
        });
    let port: u16 = loop {
        if let Ok(text) = std::fs::read_to_string(&port_file) {
            break text.trim().parse().expect("port");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let content = Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).unwrap_or_else(|d| panic!("{d}")),
    );
    let settings = Settings {
        mail_from: "Kompass <kompass@kalletal.example.org>"
            .parse()
            .expect("address"),
        limits: Limits::default(),
        give_up_after: chrono::Duration::hours(72),
        max_email_bytes: 20 << 20,
        retention: chrono::Duration::days(30),
        // Only the email is measured: no caseworker rooms.
        rooms_available: false,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    let runtime = Runtime::new(
        content,
        Store::open(&dir.join("db")).expect("store"),
        settings,
    );
    let smtp = Smtp::new(&SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        security: Security::Plain,
        credentials: None,
        extra_root_pem: None,
        timeout: Duration::from_secs(30),
    })
    .expect("smtp");
    let bytes = std::fs::read(photo).expect("photo");
    let mut confirm_times = Vec::new();
    let mut upload_times = Vec::new();
    let mut email_sizes = Vec::new();
    for round in 0..5 {
        let user = UserId::new("bench", round.to_string());
        let mut n = 0;
        let mut send = |incoming: Incoming| {
            n += 1;
            runtime
                .handle(Update {
                    user: user.clone(),
                    id: Some(format!("{round}-{n}")),
                    language_hint: None,
                    incoming,
                })
                .expect("step")
        };
        send(Incoming::Text("/start en_jobcenter-form".into()));
        for text in ["Haddad", "Sami", "3.12.1990", "Syrian", "Weg 1"] {
            send(Incoming::Text(text.into()));
        }
        // A phone number: the office must be able to answer.
        send(Incoming::Button("f:5:skip".into()));
        send(Incoming::Button("f:6:0".into()));
        send(Incoming::Text("05261 123456".into()));
        send(Incoming::Button("f:8:skip".into()));
        send(Incoming::Text("A letter I do not understand.".into()));
        let upload_start = Instant::now();
        for _ in 0..10 {
            send(Incoming::File(bytes.clone()));
        }
        upload_times.push(upload_start.elapsed() / 10);
        for data in ["f:11:n", "f:12:0"] {
            send(Incoming::Button(data.into()));
        }
        let start = Instant::now();
        send(Incoming::Button("rv:send".into()));
        let (_, report) = runtime
            .deliver_due(&smtp, chrono::Utc::now())
            .expect("deliver");
        confirm_times.push(start.elapsed());
        assert_eq!(report.sent, 1, "the request must be accepted by the server");
        let received = std::fs::read_dir(dir.join("received"))
            .expect("maildir")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .count();
        assert_eq!(received, round + 1);
        let newest = std::fs::read_dir(dir.join("received"))
            .expect("maildir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .max()
            .expect("an email");
        email_sizes.push(std::fs::metadata(newest).expect("email").len());
    }
    let _ = sink.kill();
    let _ = sink.wait();
    confirm_times.sort();
    upload_times.sort();
    println!(
        "| request with 10 photos (12 MP each) over SMTP to aiosmtpd on 127.0.0.1 | median of 5 | min | max |"
    );
    println!("|---|---:|---:|---:|");
    println!(
        "| confirm (durable step) → server accepted the email | {:.0} ms | {:.0} ms | {:.0} ms |",
        ms(confirm_times[2]),
        ms(confirm_times[0]),
        ms(confirm_times[4])
    );
    println!(
        "| one photo upload step (inspect, process, store, flush), mean per photo | {:.0} ms | {:.0} ms | {:.0} ms |",
        ms(upload_times[2]),
        ms(upload_times[0]),
        ms(upload_times[4])
    );
    println!("| email size | {:.1} MB | | |", email_sizes[2] as f64 / 1e6);
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
