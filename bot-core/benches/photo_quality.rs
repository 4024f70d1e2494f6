//! The readability check of document photos (`kompass_core::photo::quality`) on a made-up
//! set (`kompass_core::docphotos`): the confusion table per class and severity, a
//! comparison of the two blur measures, and what the check costs.
//!
//! Run: `cargo bench -p kompass-core --features testsets --bench photo_quality`
//! (text is drawn with DejaVu Sans, Debian's `fonts-dejavu-core`; `KOMPASS_FONT=path`
//! names another font). `KOMPASS_DOCPHOTOS=dir` also writes every photo there to look at;
//! `KOMPASS_DOCPHOTOS_PER_ROW=n` sets the photos per row (default 12).

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use kompass_core::docphotos::{self, Defect, Layout, Script, Shot, Writer};
use kompass_core::photo::{self, quality};

const SEED: u64 = 20_261_130;

struct Result {
    class: &'static str,
    severity: String,
    measures: quality::Measures,
    /// The classic measure, for the comparison (the upload does not compute it).
    laplacian: f32,
    problem: Option<quality::PhotoProblem>,
}

fn main() {
    let font = std::env::var_os("KOMPASS_FONT")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".into());
    let writer = Writer::from_font_file(&font).unwrap_or_else(|error| {
        panic!(
            "{}: {error} (install Debian's fonts-dejavu-core or set KOMPASS_FONT)",
            font.display()
        )
    });
    let per_row = std::env::var("KOMPASS_DOCPHOTOS_PER_ROW")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(12);
    let dump = std::env::var_os("KOMPASS_DOCPHOTOS").map(PathBuf::from);
    let set = docphotos::tuning_set(SEED, per_row);
    println!(
        "{} photos (seed {SEED}, {per_row} per row), font {}",
        set.len(),
        font.display()
    );
    let mut results = Vec::new();
    let mut process_times = Vec::new();
    for (n, item) in set.iter().enumerate() {
        let image = docphotos::render(&item.shot, &writer);
        let jpeg = docphotos::jpeg(&image, item.shot.jpeg_quality);
        if let Some(dir) = &dump {
            std::fs::create_dir_all(dir).expect("dump folder");
            let name = format!(
                "{n:03}-{}-{}.jpg",
                item.class,
                item.severity.replace([' ', '%', '/'], "")
            );
            std::fs::write(dir.join(name), &jpeg).expect("write photo");
        }
        let started = Instant::now();
        let processed = photo::process(&jpeg, "image/jpeg").expect("a made-up photo processes");
        process_times.push(started.elapsed());
        results.push(Result {
            class: item.class,
            severity: item.severity.clone(),
            measures: processed.measures,
            laplacian: laplacian(&processed.jpeg),
            problem: processed.problem(),
        });
    }
    confusion(&results);
    compare_blur_measures(&results);
    costs(&writer);
    process_times.sort();
    println!(
        "\nwhole pipeline per photo of the set (decode, check, re-encode or rebuild): median {:.1} ms",
        ms(process_times[process_times.len() / 2])
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn confusion(results: &[Result]) {
    println!(
        "\n| class | severity | photos | accepted | asked again | as small / dark / bright / blurred | blur (min–median–max) | paper, ink, clipped (medians) |"
    );
    println!("|---|---|---:|---:|---:|---|---|---|");
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for r in results {
        if !rows.contains(&(r.class, r.severity.as_str())) {
            rows.push((r.class, r.severity.as_str()));
        }
    }
    for (class, severity) in rows {
        let row: Vec<&Result> = results
            .iter()
            .filter(|r| r.class == class && r.severity == severity)
            .collect();
        let mut by_problem: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &row {
            if let Some(problem) = r.problem {
                *by_problem.entry(problem_name(problem)).or_default() += 1;
            }
        }
        let asked: usize = by_problem.values().sum();
        let mut blurs: Vec<f32> = row.iter().map(|r| r.measures.blur).collect();
        blurs.sort_by(f32::total_cmp);
        let median = |f: &dyn Fn(&quality::Measures) -> f32| {
            let mut values: Vec<f32> = row.iter().map(|r| f(&r.measures)).collect();
            values.sort_by(f32::total_cmp);
            values[values.len() / 2]
        };
        println!(
            "| {class} | {severity} | {} | {} | {asked} | {} / {} / {} / {} | {:.2}–{:.2}–{:.2} | {:.0}, {:.0}, {:.2} |",
            row.len(),
            row.len() - asked,
            by_problem.get("small").unwrap_or(&0),
            by_problem.get("dark").unwrap_or(&0),
            by_problem.get("bright").unwrap_or(&0),
            by_problem.get("blurred").unwrap_or(&0),
            blurs[0],
            blurs[blurs.len() / 2],
            blurs[blurs.len() - 1],
            median(&|m| f32::from(m.paper)),
            median(&|m| f32::from(m.ink)),
            median(&|m| m.clipped),
        );
    }
    let thresholds = quality::Thresholds::DEFAULT;
    println!("\nthresholds: {thresholds:?}");
}

fn problem_name(problem: quality::PhotoProblem) -> &'static str {
    match problem {
        quality::PhotoProblem::Small => "small",
        quality::PhotoProblem::Dark => "dark",
        quality::PhotoProblem::Bright => "bright",
        quality::PhotoProblem::Blurred => "blurred",
    }
}

/// Photos every office can read (the check must accept them) and photos it cannot (a shake
/// of 1 % of the long side or more, a defocus of σ 0.35 % or more). For each blur measure:
/// the strictest threshold that still accepts every readable photo, and what share of the
/// unreadable it then catches.
/// The variance of the Laplacian on the picture the upload's measures saw.
fn laplacian(processed_jpeg: &[u8]) -> f32 {
    quality::laplacian_variance(
        &photo::analysis_picture(processed_jpeg).expect("a processed photo decodes"),
    )
}

fn compare_blur_measures(results: &[Result]) {
    let in_light: Vec<&Result> = results
        .iter()
        .filter(|r| matches!(r.class, "sharp" | "tilted" | "shaken" | "defocused"))
        .collect();
    let readable: Vec<&Result> = in_light
        .iter()
        .copied()
        .filter(|r| matches!(r.class, "sharp" | "tilted"))
        .collect();
    let unreadable: Vec<&Result> = in_light
        .iter()
        .copied()
        .filter(|r| {
            (r.class == "shaken" && matches!(r.severity.as_str(), "1.0 %" | "1.5 %" | "2.5 %"))
                || (r.class == "defocused"
                    && matches!(r.severity.as_str(), "σ 0.35 %" | "σ 0.60 %"))
        })
        .collect();
    println!(
        "\nblur measures: readable (sharp, tilted) {} photos; unreadable (shaken ≥ 1 %, defocused ≥ σ 0.35 %) {} photos",
        readable.len(),
        unreadable.len()
    );
    // Crété-Roffet: higher is blurrier. The strictest threshold accepting all readable
    // photos is their maximum.
    let crete_limit = readable
        .iter()
        .map(|r| r.measures.blur)
        .fold(f32::MIN, f32::max);
    let crete_caught = unreadable
        .iter()
        .filter(|r| r.measures.blur > crete_limit)
        .count();
    // Laplacian variance: lower is blurrier; the limit is the readable minimum.
    let laplace_limit = readable
        .iter()
        .map(|r| r.laplacian)
        .fold(f32::MAX, f32::min);
    let laplace_caught = unreadable
        .iter()
        .filter(|r| r.laplacian < laplace_limit)
        .count();
    println!(
        "| measure | strictest threshold with no readable photo refused | unreadable caught |"
    );
    println!("|---|---|---:|");
    println!(
        "| Crété-Roffet blur (higher = blurrier) | > {crete_limit:.3} | {crete_caught} of {} ({:.0} %) |",
        unreadable.len(),
        100.0 * crete_caught as f64 / unreadable.len().max(1) as f64
    );
    println!(
        "| variance of the Laplacian (lower = blurrier) | < {laplace_limit:.1} | {laplace_caught} of {} ({:.0} %) |",
        unreadable.len(),
        100.0 * laplace_caught as f64 / unreadable.len().max(1) as f64
    );
}

/// What the check adds: the measures on the analysis picture, the luminance scaled down
/// from a 2000 px picture (re-encoded photos), and for a Telegram-like 1280 px JPEG (rebuilt,
/// not re-encoded) the check decode at the scale the measures need against the 1/8 scale
/// the pipeline used before.
fn costs(writer: &Writer) {
    let shot = Shot {
        seed: 7,
        layout: Layout::Form,
        script: Script::Latin,
        defect: Defect::None,
        width: 960,
        height: 1280,
        jpeg_quality: 87,
    };
    let telegram = docphotos::jpeg(&docphotos::render(&shot, writer), 87);
    let big = docphotos::render(
        &Shot {
            width: 1500,
            height: 2000,
            ..shot
        },
        writer,
    );
    let median = |mut f: Box<dyn FnMut()>| {
        let mut times: Vec<Duration> = (0..31)
            .map(|_| {
                let started = Instant::now();
                f();
                started.elapsed()
            })
            .collect();
        times.sort();
        times[15]
    };
    let luma = quality::Luma::from_rgb(&big);
    let measures = median(Box::new(|| {
        std::hint::black_box(quality::measure(&luma, 1500, 2000));
    }));
    let shrink = median(Box::new(|| {
        std::hint::black_box(quality::Luma::from_rgb(&big));
    }));
    let decode_eighth = median(Box::new(|| {
        let mut d = mozjpeg::Decompress::new_mem(&telegram).expect("jpeg");
        d.scale(1);
        let mut started = d.rgb().expect("rgb");
        let rows: Vec<[u8; 3]> = started.read_scanlines().expect("rows");
        std::hint::black_box(rows);
    }));
    let decode_check = median(Box::new(|| {
        let mut d = mozjpeg::Decompress::new_mem(&telegram).expect("jpeg");
        d.scale(4);
        let mut started = d.grayscale().expect("grey");
        let rows: Vec<u8> = started.read_scanlines().expect("rows");
        std::hint::black_box(rows);
    }));
    let whole = median(Box::new(|| {
        std::hint::black_box(photo::process(&telegram, "image/jpeg").expect("process"));
    }));
    println!("\ncosts (median of 31, one core):");
    println!(
        "- measures on the {}×{} analysis picture: {:.2} ms",
        luma.width,
        luma.height,
        ms(measures)
    );
    println!(
        "- luminance of a 1500×2000 picture scaled to the analysis size: {:.2} ms",
        ms(shrink)
    );
    println!(
        "- 960×1280 JPEG (Telegram-like, rebuilt): check decode at 1/8 in colour (before) {:.2} ms, at 4/8 luminance only (now) {:.2} ms; whole pipeline now {:.2} ms",
        ms(decode_eighth),
        ms(decode_check),
        ms(whole)
    );
}
