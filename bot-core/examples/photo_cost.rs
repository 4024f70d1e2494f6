//! How long the photo pipeline (`photo::process`: structure check, rebuild or re-encode,
//! check decode and readability measures) takes for one JPEG, median of N runs on one core.
//!
//! `cargo run --release -p kompass-core --example photo_cost -- FILE.jpg [N]`
//! (docs/benchmarks.md uses tgbench's 1280×960 `data/document.jpg`, the photo of every
//! benchmark conversation).

#![allow(clippy::print_stdout, reason = "an example reports on stdout")]

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: photo_cost FILE.jpg [RUNS]")?;
    let runs: usize = args
        .next()
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(200)
        .max(1);
    let bytes = std::fs::read(path)?;
    let mut times: Vec<f64> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        std::hint::black_box(kompass_core::photo::process(&bytes, "image/jpeg")?);
        times.push(started.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "photo::process: median {:.2} ms, fastest {:.2} ms ({runs} runs)",
        times[runs / 2],
        times[0]
    );
    Ok(())
}
