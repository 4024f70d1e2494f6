//! The readability check of document photos (`kompass_core::photo::quality`) on **real phone
//! photos**: the public PHONE-SCAN set (github.com/slug183/phone-scan: Russian A4 documents
//! of eleven kinds, photographed by several people with their own phones, with Tesseract's
//! recognition of every photo and of a flatbed scan of the same page).
//!
//! Whether a photo is readable is not judged by eye but by the OCR: the share of the scan's
//! words (four letters or more) that Tesseract also found in the photo. A clerk reads better
//! than Tesseract, so "readable" is generous: OCR recall ≥ 0.8 is *readable*, < 0.5 is
//! *unreadable*, in between *borderline*.
//!
//! Run: `KOMPASS_PHONE_SCAN=/path/to/phone-scan/dataset cargo bench -p kompass-core --bench
//! photo_quality_phones` (the set is not in this repository: its licence is not stated;
//! `git clone https://github.com/slug183/phone-scan`). Without the variable it says so and
//! stops.

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use kompass_core::photo::{self, quality};

struct Photo {
    name: String,
    recall: f64,
    measures: quality::Measures,
    problem: Option<quality::PhotoProblem>,
    native_blur: f32,
    /// The classic measure on the analysis picture (the upload does not compute it).
    laplacian: f32,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Readability {
    Readable,
    Borderline,
    Unreadable,
}

impl Readability {
    fn of(recall: f64) -> Self {
        if recall >= 0.8 {
            Self::Readable
        } else if recall >= 0.5 {
            Self::Borderline
        } else {
            Self::Unreadable
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Readable => "readable (OCR recall ≥ 0.8)",
            Self::Borderline => "borderline (0.5–0.8)",
            Self::Unreadable => "unreadable (< 0.5)",
        }
    }
}

fn main() {
    let Some(root) = std::env::var_os("KOMPASS_PHONE_SCAN").map(PathBuf::from) else {
        println!(
            "KOMPASS_PHONE_SCAN is not set: point it at the `dataset` folder of \
             github.com/slug183/phone-scan to run this bench"
        );
        return;
    };
    let photos = load(&root);
    println!("{} phone photos from {}", photos.len(), root.display());
    confusion(&photos);
    blur_separation(&photos);
    worst(&photos);
    if let Some(path) = std::env::var_os("KOMPASS_PHONE_SCAN_TSV") {
        let mut out =
            String::from("name\trecall\twidth\theight\tblur\tnative_blur\tlaplacian\tpaper\tink\n");
        for p in &photos {
            let m = &p.measures;
            out += &format!(
                "{}\t{:.3}\t{}\t{}\t{:.3}\t{:.3}\t{:.1}\t{}\t{}\n",
                p.name,
                p.recall,
                m.width,
                m.height,
                m.blur,
                p.native_blur,
                p.laplacian,
                m.paper,
                m.ink
            );
        }
        std::fs::write(path, out).expect("tsv");
    }
}

/// Every photo (`1_<set>/IMA/1_<set>_<type>_<n>.jpg`) whose CSV and scan CSV
/// (`0_1/CSV/0_1_<type>_<n>.csv`) exist.
fn load(root: &Path) -> Vec<Photo> {
    let mut photos = Vec::new();
    let mut sets: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("1_"))
        })
        .collect();
    sets.sort();
    for set in sets {
        let mut images: Vec<PathBuf> = std::fs::read_dir(set.join("IMA"))
            .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        images.sort();
        for image in images {
            let Some(stem) = image.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let parts: Vec<&str> = stem.split('_').collect();
            let [_, _, kind, sample] = parts[..] else {
                continue;
            };
            let csv = set.join("CSV").join(format!("{stem}.csv"));
            let scan = root
                .join("0_1/CSV")
                .join(format!("0_1_{kind}_{sample}.csv"));
            let (Ok(photo_words), Ok(scan_words)) = (words(&csv), words(&scan)) else {
                continue;
            };
            if scan_words.is_empty() {
                continue;
            }
            let found = scan_words.intersection(&photo_words).count();
            let recall = found as f64 / scan_words.len() as f64;
            let bytes = std::fs::read(&image).expect("read photo");
            let processed = photo::process(&bytes, "image/jpeg").expect("a phone photo processes");
            let grey = image::load_from_memory(&bytes).expect("decode").to_luma8();
            let native = quality::Luma {
                width: grey.width() as usize,
                height: grey.height() as usize,
                pixels: grey.into_raw(),
            };
            let native_blur = quality::crete_roffet_blur(&native);
            let laplacian = quality::laplacian_variance(
                &photo::analysis_picture(&processed.jpeg).expect("a processed photo decodes"),
            );
            photos.push(Photo {
                native_blur,
                laplacian,
                name: stem.to_string(),
                recall,
                measures: processed.measures,
                problem: processed.problem(),
            });
        }
    }
    photos
}

/// The distinct words of four letters or more that Tesseract recognised (the first,
/// quoted field of each CSV line), lower-cased, punctuation removed.
fn words(csv: &Path) -> std::io::Result<BTreeSet<String>> {
    let text = std::fs::read(csv)?;
    let text = String::from_utf8_lossy(&text);
    Ok(text
        .lines()
        .filter_map(|line| line.strip_prefix('"')?.split_once("\";").map(|(w, _)| w))
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|word| word.chars().count() >= 4 && !word.chars().all(|c| c.is_ascii_digit()))
        .collect())
}

fn problem_name(problem: Option<quality::PhotoProblem>) -> &'static str {
    match problem {
        None => "accepted",
        Some(quality::PhotoProblem::Small) => "small",
        Some(quality::PhotoProblem::Dark) => "dark",
        Some(quality::PhotoProblem::Bright) => "bright",
        Some(quality::PhotoProblem::Blurred) => "blurred",
    }
}

fn confusion(photos: &[Photo]) {
    let thresholds = quality::Thresholds::DEFAULT;
    println!("\nthresholds: {thresholds:?}");
    println!(
        "\n| OCR says | photos | accepted | asked again | as small / dark / bright / blurred |"
    );
    println!("|---|---:|---:|---:|---|");
    let mut rows: BTreeMap<Readability, BTreeMap<&str, usize>> = BTreeMap::new();
    for photo in photos {
        *rows
            .entry(Readability::of(photo.recall))
            .or_default()
            .entry(problem_name(photo.problem))
            .or_default() += 1;
    }
    for (readability, counts) in &rows {
        let total: usize = counts.values().sum();
        let accepted = counts.get("accepted").copied().unwrap_or(0);
        let count = |name: &str| counts.get(name).copied().unwrap_or(0);
        println!(
            "| {} | {total} | {accepted} | {} | {} / {} / {} / {} |",
            readability.label(),
            total - accepted,
            count("small"),
            count("dark"),
            count("bright"),
            count("blurred"),
        );
    }
}

/// How well the blur measure alone separates readable from unreadable photos of
/// sufficient size: for a range of thresholds, readable photos refused and unreadable caught.
fn blur_separation(photos: &[Photo]) {
    let limits = quality::Thresholds::DEFAULT;
    let big_enough: Vec<&Photo> = photos
        .iter()
        .filter(|p| {
            p.measures.width.max(p.measures.height) >= limits.min_long_side
                && p.measures.width.min(p.measures.height) >= limits.min_short_side
        })
        .collect();
    let readable = big_enough
        .iter()
        .filter(|p| Readability::of(p.recall) == Readability::Readable)
        .count();
    let unreadable = big_enough
        .iter()
        .filter(|p| Readability::of(p.recall) == Readability::Unreadable)
        .count();
    println!(
        "\nblur threshold on the photos that are not too small ({readable} readable, {unreadable} unreadable):"
    );
    println!("| blur > | readable asked again | unreadable caught |");
    println!("|---:|---:|---:|");
    for threshold in [0.30f32, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60] {
        let refused = big_enough
            .iter()
            .filter(|p| Readability::of(p.recall) == Readability::Readable)
            .filter(|p| p.measures.blur > threshold)
            .count();
        let caught = big_enough
            .iter()
            .filter(|p| Readability::of(p.recall) == Readability::Unreadable)
            .filter(|p| p.measures.blur > threshold)
            .count();
        println!("| {threshold:.2} | {refused} | {caught} |");
    }
}

/// The photos where OCR and the check disagree, to look at.
fn worst(photos: &[Photo]) {
    println!("\ndisagreements (name, OCR recall, size, blur, paper, ink, clipped, verdict):");
    for photo in photos {
        let readability = Readability::of(photo.recall);
        let asked = photo.problem.is_some();
        let disagrees = (readability == Readability::Readable && asked)
            || (readability == Readability::Unreadable && !asked);
        if disagrees {
            let m = &photo.measures;
            println!(
                "{} {:.2} {}x{} {:.2} {} {} {:.2} {}",
                photo.name,
                photo.recall,
                m.width,
                m.height,
                m.blur,
                m.paper,
                m.ink,
                m.clipped,
                problem_name(photo.problem)
            );
        }
    }
}
