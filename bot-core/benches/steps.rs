//! Engine and storage throughput: one complete English registration request, step by step.
//!
//! A simulated newcomer sends `/start`, presses the buttons the bot shows (language, main
//! menu, page, form) and answers every field of `register-form` as the content defines it,
//! then presses "Send". Every conversation must end in an [`Output::Submit`] or the bench
//! panics, so it cannot silently measure a broken flow.
//!
//! - in memory: [`Engine::step`] alone;
//! - durable: [`Runtime::handle`] with sled: each step's session and handled-update mark are
//!   written in one transaction and flushed before the reply is returned; one user at a
//!   time, and 8 threads each driving its own users.
//!
//! Every figure is the median of 5 rounds; a round runs whole conversations until at least
//! 2 s have passed. Run: `cargo bench -p kompass-core --bench steps`. Prints a Markdown
//! table.

#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use kompass_core::attachment::Verdict;
use kompass_core::content::{DateRange, FieldKind, Form};
use kompass_core::engine::{AttachmentInput, StepContext};
use kompass_core::runtime::{Incoming, Settings, Update};
use kompass_core::store::Store;
use kompass_core::{Command, Content, Engine, Input, Output, Runtime, Session, UserId};

/// The form the newcomer fills in, and the page and menu option that lead to it.
const FORM: &str = "register-form";
const PAGE: &str = "register";
const LANGUAGE: &str = "en";
/// Minimum wall time of one round.
const BUDGET: Duration = Duration::from_secs(2);
const ROUNDS: usize = 5;
const THREADS: usize = 8;

// ---------------------------------------------------------------------------------------
// The simulated newcomer.

/// What the newcomer does next, independent of how it reaches the bot.
#[derive(Debug)]
enum Action {
    Start,
    Text(String),
    Button(String),
    Photo,
}

#[derive(Debug, Clone, Copy)]
enum Stage {
    Start,
    Language,
    Menu,
    Page,
    Field { index: usize, photo_sent: bool },
    Review,
    Done,
}

/// Decides each action from what the bot showed last: buttons are pressed only if shown.
struct Newcomer<'a> {
    content: &'a Content,
    form: &'a Form,
    stage: Stage,
}

impl<'a> Newcomer<'a> {
    fn new(content: &'a Content, form: &'a Form) -> Self {
        Self {
            content,
            form,
            stage: Stage::Start,
        }
    }

    /// The next action, or `None` once the request has been sent.
    fn next(&mut self, shown: &[Output]) -> Option<Action> {
        let flow = &self.content.flow;
        let (action, next) = match self.stage {
            Stage::Start => (Action::Start, Stage::Language),
            Stage::Language => (press(shown, &format!("lang:{LANGUAGE}")), Stage::Menu),
            Stage::Menu => (
                press(shown, &option_button(self.content, &flow.start, PAGE)),
                Stage::Page,
            ),
            Stage::Page => (
                press(shown, &option_button(self.content, PAGE, FORM)),
                self.field_or_review(0),
            ),
            Stage::Field { index, photo_sent } => {
                let field = &self.form.fields[index];
                let data = |value: &str| format!("f:{index}:{value}");
                let next = self.field_or_review(index + 1);
                match &field.kind {
                    FieldKind::Photos { .. } if !photo_sent => (
                        Action::Photo,
                        Stage::Field {
                            index,
                            photo_sent: true,
                        },
                    ),
                    // The readability check (issue 14) finds the durable run's 16×16 PNG too
                    // small to read: "Send it anyway", as a newcomer may.
                    FieldKind::Photos { .. } if is_shown(shown, &data("keep")) => (
                        press(shown, &data("keep")),
                        Stage::Field {
                            index,
                            photo_sent: true,
                        },
                    ),
                    FieldKind::Photos { .. } if !is_shown(shown, &data("done")) => {
                        // The photo filled the field (max reached): the bot moved on itself.
                        self.stage = next;
                        return self.next(shown);
                    }
                    FieldKind::Photos { .. } => (press(shown, &data("done")), next),
                    // One optional field skipped, the others answered.
                    FieldKind::Email if field.optional => (press(shown, &data("skip")), next),
                    FieldKind::Email => (Action::Text("sami.haddad@example.org".into()), next),
                    FieldKind::Code { .. } => (Action::Text("AZ 32.1-4711/24".into()), next),
                    FieldKind::Text { .. } | FieldKind::Name { .. } | FieldKind::Address { .. } => {
                        (Action::Text(text_answer(&field.id).into()), next)
                    }
                    FieldKind::Date {
                        range: DateRange::Future,
                        ..
                    } => (Action::Text("1.1.2099".into()), next),
                    FieldKind::Date { .. } => (Action::Text("3.12.1990".into()), next),
                    FieldKind::Number { min, max } => {
                        (Action::Text(2.clamp(*min, *max).to_string()), next)
                    }
                    FieldKind::Phone => (Action::Text("+49 151 23456789".into()), next),
                    FieldKind::Choice { .. } | FieldKind::Appointment { .. } => {
                        (press(shown, &data("0")), next)
                    }
                    FieldKind::YesNo | FieldKind::Interpreter => (press(shown, &data("n")), next),
                }
            }
            Stage::Review => (press(shown, "rv:send"), Stage::Done),
            Stage::Done => return None,
        };
        self.stage = next;
        Some(action)
    }

    fn field_or_review(&self, index: usize) -> Stage {
        if index < self.form.fields.len() {
            Stage::Field {
                index,
                photo_sent: false,
            }
        } else {
            Stage::Review
        }
    }
}

fn text_answer(field: &str) -> &'static str {
    match field {
        "family_name" => "Haddad",
        "given_names" => "Sami",
        "nationality" => "Syrian",
        "new_address" | "address" => "Rintelner Straße 3, 32689 Kalletal",
        "concern" => "Please register my wife and me.",
        _ => "Sami Haddad",
    }
}

/// The button data of `node`'s option that leads to `goto`, e.g. `go:main:0`.
fn option_button(content: &Content, node: &str, goto: &str) -> String {
    let node_def = content
        .flow
        .node(node)
        .unwrap_or_else(|| panic!("node `{node}` missing"));
    let index = node_def
        .kind
        .options()
        .iter()
        .position(|o| o.goto == goto)
        .unwrap_or_else(|| panic!("`{node}` has no option to `{goto}`"));
    format!("go:{node}:{index}")
}

fn is_shown(shown: &[Output], data: &str) -> bool {
    shown
        .iter()
        .filter_map(Output::message)
        .any(|m| m.buttons.iter().any(|b| b.data() == data))
}

/// Presses a button, which must be among those shown.
fn press(shown: &[Output], data: &str) -> Action {
    assert!(
        is_shown(shown, data),
        "button `{data}` is not shown; the bot showed: {shown:#?}"
    );
    Action::Button(data.to_string())
}

/// Runs one conversation through `step`; returns the number of steps.
fn converse(content: &Content, form: &Form, mut step: impl FnMut(Action) -> Vec<Output>) -> u64 {
    let mut newcomer = Newcomer::new(content, form);
    let mut shown = Vec::new();
    let mut steps = 0;
    while let Some(action) = newcomer.next(&shown) {
        shown = step(action);
        steps += 1;
    }
    assert!(
        shown.iter().any(|o| matches!(o, Output::Submit(_))),
        "the conversation must end in a submitted request; the bot showed: {shown:#?}"
    );
    steps
}

// ---------------------------------------------------------------------------------------
// The two ways of running a step.

fn in_memory(engine: &Engine, form: &Form) -> u64 {
    let user = UserId::new("bench", "memory");
    let mut session = Session::default();
    let mut sequence = 0;
    let mut next_sequence = || {
        sequence += 1;
        sequence
    };
    let mut photos = 0;
    converse(engine.content(), form, |action| {
        let input = match action {
            Action::Start => Input::Command(Command::Start(None)),
            Action::Text(text) => Input::Text(text),
            Action::Button(data) => Input::Button(data),
            Action::Photo => {
                photos += 1;
                Input::Attachment(AttachmentInput {
                    id: format!("photo-{photos}"),
                    verdict: Verdict::Image {
                        mime: "image/jpeg".into(),
                        width: 800,
                        height: 600,
                        problem: None,
                    },
                    album: None,
                    fingerprint: None,
                })
            }
        };
        let mut ctx = StepContext {
            user: &user,
            now: Utc::now(),
            utc_offset: chrono::FixedOffset::east_opt(3600).expect("an offset"),
            language_hint: None,
            next_sequence: &mut next_sequence,
            rooms_available: true,
            answers_by_email: &kompass_core::engine::no_email_answers,
            addenda_by_email: true,
        };
        engine.step(&mut session, input, &mut ctx)
    })
}

/// Fresh users and update ids across all threads of a run.
struct Counters {
    users: AtomicU64,
    updates: AtomicU64,
}

fn durable(runtime: &Runtime, content: &Content, form: &Form, png: &[u8], ids: &Counters) -> u64 {
    let user = UserId::new(
        "bench",
        ids.users.fetch_add(1, Ordering::Relaxed).to_string(),
    );
    converse(content, form, |action| {
        let incoming = match action {
            Action::Start => Incoming::Text("/start".into()),
            Action::Text(text) => Incoming::Text(text),
            Action::Button(data) => Incoming::Button(data),
            Action::Photo => Incoming::File(png.to_vec()),
        };
        let id = ids.updates.fetch_add(1, Ordering::Relaxed);
        runtime
            .handle(Update {
                user: user.clone(),
                id: Some(format!("bench:{id}")),
                language_hint: None,
                incoming,
            })
            .expect("durable step")
    })
}

// ---------------------------------------------------------------------------------------
// A small valid PNG: signature, IHDR, one IDAT (zlib, stored block), IEND.

fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

fn adler32(bytes: &[u8]) -> u32 {
    let (a, b) = bytes.iter().fold((1u32, 0u32), |(a, b), &byte| {
        let a = (a + u32::from(byte)) % 65_521;
        (a, (b + a) % 65_521)
    });
    (b << 16) | a
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&u32::try_from(data.len()).expect("small").to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

/// A `side`×`side` grey RGB picture.
fn png(side: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&side.to_be_bytes());
    ihdr.extend_from_slice(&side.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8 bit, RGB, deflate, filter 0, no interlace
    chunk(&mut png, b"IHDR", &ihdr);

    let row = 1 + 3 * side as usize; // filter byte + pixels
    let raw: Vec<u8> = (0..side as usize * row)
        .map(|i| if i % row == 0 { 0 } else { 0x80 })
        .collect();
    let len = u16::try_from(raw.len()).expect("one stored block");
    let mut zlib = vec![0x78, 0x01, 0x01]; // zlib header; final stored block
    zlib.extend_from_slice(&len.to_le_bytes());
    zlib.extend_from_slice(&(!len).to_le_bytes());
    zlib.extend_from_slice(&raw);
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());
    chunk(&mut png, b"IDAT", &zlib);
    chunk(&mut png, b"IEND", &[]);
    png
}

// ---------------------------------------------------------------------------------------
// Measuring.

#[derive(Debug, Clone, Copy)]
struct Round {
    steps: u64,
    conversations: u64,
    elapsed: Duration,
}

impl Round {
    fn rate(&self) -> f64 {
        self.steps as f64 / self.elapsed.as_secs_f64()
    }
}

/// One round on this thread: whole conversations until `BUDGET` has passed.
fn round(mut conversation: impl FnMut() -> u64) -> Round {
    let start = Instant::now();
    let (mut steps, mut conversations) = (0, 0);
    while start.elapsed() < BUDGET {
        steps += conversation();
        conversations += 1;
    }
    Round {
        steps,
        conversations,
        elapsed: start.elapsed(),
    }
}

/// One round on `THREADS` threads, each running whole conversations until `BUDGET` has
/// passed since the round began.
fn parallel_round(conversation: impl Fn() -> u64 + Sync) -> Round {
    let start = Instant::now();
    let (steps, conversations) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    let (mut steps, mut conversations) = (0, 0);
                    while start.elapsed() < BUDGET {
                        steps += conversation();
                        conversations += 1;
                    }
                    (steps, conversations)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("worker"))
            .fold((0, 0), |(s, c), (ws, wc)| (s + ws, c + wc))
    });
    Round {
        steps,
        conversations,
        elapsed: start.elapsed(),
    }
}

struct Figure {
    name: String,
    rounds: Vec<Round>,
}

impl Figure {
    fn median(&self) -> Round {
        let mut rounds = self.rounds.clone();
        rounds.sort_by(|a, b| a.rate().total_cmp(&b.rate()));
        rounds[rounds.len() / 2]
    }
}

fn measure(name: impl Into<String>, mut round: impl FnMut() -> Round) -> Figure {
    let name = name.into();
    let rounds = (0..ROUNDS).map(|_| round()).collect();
    let figure = Figure { name, rounds };
    eprintln!(
        "{}: {} steps/s",
        figure.name,
        thousands(figure.median().rate())
    );
    figure
}

fn thousands(value: f64) -> String {
    let digits = format!("{value:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn runtime(content: Arc<Content>, dir: &Path) -> Runtime {
    let settings = Settings {
        mail_from: "Kompass <k@example.org>".parse().expect("address"),
        limits: Default::default(),
        give_up_after: chrono::Duration::hours(72),
        // Delivery settings (the defaults of `config.toml`); steps do not use them.
        max_email_bytes: 20 * 1024 * 1024,
        retention: chrono::Duration::days(30),
        // As in the engine-only part: the flows' rooms count as connected.
        rooms_available: true,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    Runtime::new(
        content,
        Store::open(&dir.join("db")).expect("store"),
        settings,
    )
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, name)| name.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = std::process::Command::new("uname")
        .arg("-r")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            let kb: u64 = info
                .lines()
                .find(|l| l.starts_with("MemTotal:"))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()?;
            Some(format!("{:.0} GiB", kb as f64 / 1024.0 / 1024.0))
        })
        .unwrap_or_else(|| "unknown".into());
    format!("nproc {nproc}, CPU {cpu}, {memory} RAM, kernel {kernel}")
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let content = Arc::new(
        Content::load(&root.join("flows"), &root.join("locales")).unwrap_or_else(|d| panic!("{d}")),
    );
    let form = content
        .flow
        .form(FORM)
        .unwrap_or_else(|| panic!("form `{FORM}` missing"));
    let png = png(16);
    let temp = tempfile::tempdir().expect("temp dir");
    let mut figures = Vec::new();

    let engine = Engine::new(content.clone());
    let steps = in_memory(&engine, form); // warm-up and check
    figures.push(measure("engine steps in memory, 1 thread", || {
        round(|| in_memory(&engine, form))
    }));

    let ids = Counters {
        users: AtomicU64::new(0),
        updates: AtomicU64::new(0),
    };
    let sequential = runtime(content.clone(), &temp.path().join("sequential"));
    durable(&sequential, &content, form, &png, &ids);
    figures.push(measure(
        "durable steps (sled, flushed), 1 user at a time",
        || round(|| durable(&sequential, &content, form, &png, &ids)),
    ));
    drop(sequential);

    let parallel = runtime(content.clone(), &temp.path().join("parallel"));
    durable(&parallel, &content, form, &png, &ids);
    figures.push(measure(
        format!("durable steps (sled, flushed), {THREADS} threads, own users"),
        || parallel_round(|| durable(&parallel, &content, form, &png, &ids)),
    ));

    println!("machine: {}", machine());
    println!(
        "conversation: {steps} steps (English, `{FORM}`); median of {ROUNDS} rounds of ≥ {} s; \
         temp dir {}",
        BUDGET.as_secs(),
        temp.path().display()
    );
    println!();
    println!("| figure | value | unit | iterations (median round) |");
    println!("|---|---:|---|---:|");
    for figure in &figures {
        let median = figure.median();
        println!(
            "| {} | {} | steps/s | {} steps ({} conversations, {:.2} s) |",
            figure.name,
            thousands(median.rate()),
            thousands(median.steps as f64),
            thousands(median.conversations as f64),
            median.elapsed.as_secs_f64()
        );
    }
    println!();
    for figure in &figures {
        let rates: Vec<String> = figure.rounds.iter().map(|r| thousands(r.rate())).collect();
        let micros = 1e6 / figure.median().rate();
        println!(
            "- {}: rounds {} steps/s; median 1/rate = {micros:.1} µs",
            figure.name,
            rates.join(", ")
        );
    }
}
