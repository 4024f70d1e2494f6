//! Engine and storage throughput: one complete English registration request, step by step.
//!
//! - in memory: `Engine::step` only;
//! - durable: `Runtime::handle` with sled, each step's session and handled-update mark
//!   written in one transaction and flushed (fsync) before the reply, sequentially and from
//!   8 threads.
//!
//! Run: `cargo bench -p kompass-core --bench steps`. Prints a Markdown table.

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use kompass_core::attachment::{Limits, Verdict};
use kompass_core::engine::{AttachmentInput, StepContext};
use kompass_core::runtime::{Incoming, Settings, Update};
use kompass_core::store::Store;
use kompass_core::{Command, Content, Engine, Input, Output, Runtime, Session, UserId};

/// The conversation: (input, is a file). Buttons by data, as Telegram would send them.
fn script() -> Vec<Input> {
    let mut inputs = vec![
        Input::Command(Command::Start(None)),
        Input::Button("lang:en".into()),
        Input::Button("go:main:0".into()),
        Input::Button("go:register:0".into()),
    ];
    for text in [
        "Haddad",
        "Sami",
        "3.12.1990",
        "Syrian",
        "Rintelner Straße 3",
        "1.11.2026",
        "2",
        "+49 151 23456789",
    ] {
        inputs.push(Input::Text(text.into()));
    }
    inputs.push(Input::Button("f:8:skip".into()));
    inputs.push(Input::Text("Please register my family.".into()));
    inputs.push(Input::Attachment(AttachmentInput {
        id: String::new(),
        verdict: Verdict::Image {
            mime: "image/png".into(),
            width: 10,
            height: 10,
        },
    }));
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        inputs.push(Input::Button(data.into()));
    }
    inputs
}

fn content() -> Arc<Content> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).unwrap_or_else(|d| panic!("{d}")),
    )
}

fn png() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend_from_slice(&10u32.to_be_bytes());
    bytes.extend_from_slice(&10u32.to_be_bytes());
    bytes.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

/// Runs `round` until `budget` has passed; returns steps per second.
fn measure(budget: Duration, mut round: impl FnMut() -> u64) -> (f64, u64) {
    let start = Instant::now();
    let mut steps = 0;
    while start.elapsed() < budget {
        steps += round();
    }
    (steps as f64 / start.elapsed().as_secs_f64(), steps)
}

fn median(mut values: Vec<(f64, u64)>) -> (f64, u64) {
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    values[values.len() / 2]
}

fn in_memory(engine: &Engine, inputs: &[Input]) -> u64 {
    let user = UserId::new("bench", "1");
    let mut session = Session::default();
    let mut sequence = 0;
    let mut next = || {
        sequence += 1;
        sequence
    };
    let mut submitted = false;
    for input in inputs {
        let mut ctx = StepContext {
            user: &user,
            now: Utc::now(),
            language_hint: None,
            next_sequence: &mut next,
        };
        let outputs = engine.step(&mut session, input.clone(), &mut ctx);
        submitted |= outputs.iter().any(|o| matches!(o, Output::Submit(_)));
    }
    assert!(
        submitted,
        "the scripted conversation must end in a submitted request"
    );
    inputs.len() as u64
}

fn durable(runtime: &Runtime, inputs: &[Input], user: &UserId, ids: &AtomicU64) -> u64 {
    let mut submitted = false;
    for input in inputs {
        let incoming = match input {
            Input::Text(text) => Incoming::Text(text.clone()),
            Input::Button(data) => Incoming::Button(data.clone()),
            Input::Command(_) => Incoming::Text("/start".into()),
            Input::Attachment(_) => Incoming::File(png()),
            Input::Unsupported => Incoming::Unsupported,
        };
        let id = ids.fetch_add(1, Ordering::Relaxed);
        let outputs = runtime
            .handle(Update {
                user: user.clone(),
                id: Some(format!("u{id}")),
                language_hint: None,
                incoming,
            })
            .expect("step");
        submitted |= outputs.iter().any(|o| matches!(o, Output::Submit(_)));
    }
    assert!(
        submitted,
        "the scripted conversation must end in a submitted request"
    );
    inputs.len() as u64
}

fn main() {
    let content = content();
    let inputs = script();
    let budget = Duration::from_secs(2);
    let rounds = 5;

    let engine = Engine::new(content.clone());
    let memory = median(
        (0..rounds)
            .map(|_| measure(budget, || in_memory(&engine, &inputs)))
            .collect(),
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let settings = Settings {
        mail_from: "Kompass <k@example.org>".parse().expect("address"),
        limits: Limits::default(),
        give_up_after: chrono::Duration::hours(72),
    };
    let runtime = Runtime::new(
        content,
        Store::open(&dir.path().join("db")).expect("store"),
        settings,
    );
    let ids = AtomicU64::new(0);
    let users = AtomicU64::new(0);
    let sequential = median(
        (0..rounds)
            .map(|_| {
                measure(budget, || {
                    let user =
                        UserId::new("bench", users.fetch_add(1, Ordering::Relaxed).to_string());
                    durable(&runtime, &inputs, &user, &ids)
                })
            })
            .collect(),
    );
    let threads = 8;
    let parallel = median(
        (0..rounds)
            .map(|_| {
                let start = Instant::now();
                let total: u64 = std::thread::scope(|scope| {
                    let workers: Vec<_> = (0..threads)
                        .map(|_| {
                            scope.spawn(|| {
                                let mut steps = 0;
                                while start.elapsed() < budget {
                                    let user = UserId::new(
                                        "bench",
                                        users.fetch_add(1, Ordering::Relaxed).to_string(),
                                    );
                                    steps += durable(&runtime, &inputs, &user, &ids);
                                }
                                steps
                            })
                        })
                        .collect();
                    workers.into_iter().map(|w| w.join().expect("worker")).sum()
                });
                (total as f64 / start.elapsed().as_secs_f64(), total)
            })
            .collect(),
    );

    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "machine: {cores} cores, {cpu}; conversation of {} steps; median of {rounds} rounds of {} s",
        inputs.len(),
        budget.as_secs()
    );
    println!();
    println!("| figure | steps/s | steps in median round |");
    println!("|---|---:|---:|");
    println!(
        "| engine steps in memory (1 thread) | {:.0} | {} |",
        memory.0, memory.1
    );
    println!(
        "| durable steps, sled + flush, 1 thread | {:.0} | {} |",
        sequential.0, sequential.1
    );
    println!(
        "| durable steps, sled + flush, {threads} threads | {:.0} | {} |",
        parallel.0, parallel.1
    );
}
