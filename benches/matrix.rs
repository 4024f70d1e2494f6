//! The Matrix benchmark of issue 5, on a loopback Synapse and the loopback Bot API server:
//!
//! - **confirm → thread root**: a newcomer in an encrypted Matrix DM fills the whole
//!   registration form and sends "Send request"; the clock runs until the caseworker's
//!   client has received and decrypted the request's thread root in the institution's room.
//! - **reply → newcomer**: the caseworker writes in that thread; the clock runs from just
//!   before the caseworker's client sends until the newcomer's client has the relayed
//!   message (Matrix), or until the loopback Bot API server holds it (Telegram, polled every
//!   5 ms; the chat has been quiet for 2.5 s, so the 1 message/s per chat limit does not
//!   hold it back).
//! - **"write to a person" from Telegram**: the deep link to the thread root, and the
//!   newcomer's first message to its copy in the thread.
//! - **idle RSS** of the bot with both adapters connected, before and after the rounds, and
//!   the growth of its Matrix store (`data/matrix`) while idle afterwards.
//!
//! `cargo bench --bench matrix` (needs `KOMPASS_TEST_PYTHON` with Synapse, as `./test.sh`
//! installs). `KOMPASS_BENCH_ROUNDS` sets the measured rounds (default 10); one round before
//! them warms up (Olm sessions, room keys) and is reported on its own line;
//! `KOMPASS_BENCH_IDLE_SECONDS` (default 10) is the idle time after the rounds.

// matrix-sdk's futures are deep: spawning a sync loop needs more than the default 128.
#![recursion_limit = "256"]
#![allow(clippy::print_stdout, reason = "a bench binary reports on stdout")]

#[allow(
    dead_code,
    reason = "shared with the end-to-end tests; the bench uses a part"
)]
#[path = "../tests/e2e/matrix_support.rs"]
mod matrix_support;
#[allow(
    dead_code,
    reason = "shared with the end-to-end tests; the bench uses a part"
)]
#[path = "../tests/e2e/support.rs"]
mod support;
#[allow(
    dead_code,
    reason = "shared with the end-to-end tests; the bench uses a part"
)]
#[path = "../tests/e2e/telegram_support.rs"]
mod telegram_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, RoomId};

use matrix_support::{
    MatrixUser, WAIT, World, bot_notices, flows_with_rooms, matrix_config, say, settle, start_bot,
    world,
};
use support::{png, t, ta};
use telegram_support::{BotApi, text_of};

const TELEGRAM_CHAT: i64 = 9200;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let rounds = env_number("KOMPASS_BENCH_ROUNDS", 10) as usize;
    let idle_seconds = env_number("KOMPASS_BENCH_IDLE_SECONDS", 10);
    let w = world("buergerbuero").await;
    let integration_room = w
        .caseworker
        .create_room(
            "Kompass integrationsbuero",
            std::slice::from_ref(&w.bot_id),
            &[(w.bot_id.clone(), 50)],
        )
        .await;
    let api = Arc::new(tokio::task::spawn_blocking(BotApi::start).await.unwrap());
    let flows = flows_with_rooms(
        w.dir.path(),
        &[
            ("buergerbuero", w.room.as_str()),
            ("integrationsbuero", integration_room.as_str()),
        ],
    );
    let telegram = format!(
        "\n[telegram]\ntoken_env = \"KOMPASS_TEST_TELEGRAM_TOKEN\"\napi_url = \"{}\"\npoll_timeout_seconds = 30\n",
        api.url()
    );
    let config = matrix_config(w.dir.path(), &w.synapse, &flows, &telegram);
    let bot = start_bot(&config, &w.synapse);
    let pid = bot.child.id();
    w.caseworker.wait_joined(&w.room, &w.bot_id, WAIT).await;
    w.caseworker
        .wait_joined(&integration_room, &w.bot_id, WAIT)
        .await;
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(&w.bot_id).await;
    newcomer.wait_joined(&dm, &w.bot_id, WAIT).await;
    say(&newcomer, &w.bot_id, &dm, "!start de").await;

    tokio::time::sleep(Duration::from_secs(10)).await;
    let rss_fresh = memory(pid);

    let mut figures: [(&str, Vec<Duration>); 5] = [
        (
            "Matrix DM: confirm → thread root at the caseworker",
            Vec::new(),
        ),
        ("caseworker reply → newcomer on Matrix", Vec::new()),
        ("Telegram: \"write to a person\" → thread root", Vec::new()),
        ("Telegram: message → in the thread", Vec::new()),
        ("caseworker reply → newcomer on Telegram", Vec::new()),
    ];
    let names: Vec<&str> = figures.iter().map(|(name, _)| *name).collect();
    println!("each round, in ms: {}", names.join(" / "));
    let mut roots: Vec<OwnedEventId> = Vec::new();
    for round in 0..=rounds {
        let (confirm, root) = matrix_request(&w, &newcomer, &dm, &roots).await;
        roots.push(root.clone());
        let reply = matrix_reply(&w, &newcomer, &dm, &root, round).await;
        let telegram = telegram_contact(&w, &api, &integration_room, &mut roots, round).await;
        let samples = [
            confirm,
            reply,
            telegram.open_to_root,
            telegram.message_to_thread,
            telegram.reply_to_telegram,
        ];
        let shown: Vec<String> = samples.iter().map(|d| format!("{:.1}", ms(*d))).collect();
        println!(
            "round {round}{}: {} ms",
            if round == 0 { " (warm-up)" } else { "" },
            shown.join(" / ")
        );
        if round > 0 {
            for ((_, list), sample) in figures.iter_mut().zip(samples) {
                list.push(sample);
            }
        }
    }

    // matrix-sdk's SQLite store has been seen to grow while idle (matrix-rust-sdk#6114).
    let store = w.dir.path().join("data/matrix");
    let idle_from = dir_size(&store);
    tokio::time::sleep(Duration::from_secs(idle_seconds)).await;
    let rss_after = memory(pid);
    let idle_to = dir_size(&store);

    println!("\n{rounds} rounds after one warm-up; ms");
    println!("| figure | min | median | max |\n|---|---:|---:|---:|");
    for (name, samples) in &mut figures {
        samples.sort();
        println!(
            "| {name} | {:.1} | {:.1} | {:.1} |",
            ms(samples[0]),
            ms(samples[samples.len() / 2]),
            ms(samples[samples.len() - 1])
        );
    }
    println!(
        "\nbot RSS, both adapters idle: {} after start, {} after the rounds",
        rss_fresh, rss_after
    );
    println!(
        "data/matrix over {idle_seconds} s idle: {idle_from} → {idle_to} bytes ({:+} bytes)",
        idle_to as i64 - idle_from as i64
    );
    let log = bot.log();
    let mut warnings: Vec<&str> = log
        .lines()
        .filter(|line| line.contains(" WARN ") || line.contains(" ERROR "))
        .collect();
    println!(
        "bot log: {} lines, {} warnings or errors",
        log.lines().count(),
        warnings.len()
    );
    warnings.truncate(5);
    for line in warnings {
        println!("  {line}");
    }
    assert_eq!(bot.stop().code(), Some(0), "the bot stops cleanly");
}

/// One registration request from the Matrix DM; returns the time from "Send request" to
/// the thread root at the caseworker, and the root.
async fn matrix_request(
    w: &World,
    newcomer: &MatrixUser,
    dm: &RoomId,
    earlier_roots: &[OwnedEventId],
) -> (Duration, OwnedEventId) {
    let bot = w.bot_id.as_str();
    say(newcomer, bot, dm, "!start de_register-form").await;
    for answer in [
        "Weber",
        "Lena",
        "1.1.1990",
        "Ukraine",
        "Lemgoer Straße 5, 32689 Kalletal",
        "01.11.2026",
        "2",
    ] {
        say(newcomer, bot, dm, answer).await;
    }
    let photos = t("de", "field-photos-passport-family");
    let photos = photos.lines().next().unwrap_or_default();
    let mut prompt = bot_notices(newcomer, bot, dm).last().unwrap().body.clone();
    while !prompt.contains(photos) {
        prompt = say(newcomer, bot, dm, &t("de", "button-skip")).await;
    }
    let before = bot_notices(newcomer, bot, dm).len();
    newcomer
        .send_file(dm, &png(640, 480), "pass.png", "image/png")
        .await;
    settle(newcomer, bot, dm, before).await;
    say(newcomer, bot, dm, &t("de", "button-done")).await;
    say(newcomer, bot, dm, &t("de", "button-no")).await;
    let summary = say(newcomer, bot, dm, "1").await;
    assert!(summary.contains("Weber"), "the summary: {summary}");

    let before = bot_notices(newcomer, bot, dm).len();
    let confirmed = Instant::now();
    newcomer.send_text(dm, &t("de", "button-send")).await;
    let root = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.room == w.room
                && r.sender == bot
                && r.thread_root.is_none()
                && r.body.contains("KAL-")
                && !earlier_roots.contains(&r.event_id)
        })
        .await;
    let elapsed = root.at - confirmed;
    // The "request sent" notice, so the next step starts from a quiet chat.
    settle(newcomer, bot, dm, before).await;
    (elapsed, root.event_id)
}

/// The caseworker's reply in the thread, to the Matrix newcomer; then `!erledigt`.
async fn matrix_reply(
    w: &World,
    newcomer: &MatrixUser,
    dm: &RoomId,
    root: &OwnedEventId,
    round: usize,
) -> Duration {
    let text = format!("Guten Tag! Bitte bringen Sie Ihren Pass mit. ({round})");
    let sent = Instant::now();
    w.caseworker.reply_in_thread(&w.room, root, &text).await;
    let relayed = newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&text))
        .await;
    let elapsed = relayed.at - sent;
    close(w, &w.room, root).await;
    let closed = ta(
        "de",
        "person-closed",
        &[("institution", t("de", "inst-buergerbuero").into())],
    );
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.at > relayed.at && r.body.contains(&closed)
        })
        .await;
    elapsed
}

/// "Write to a person" from a new Telegram chat: the deep link to the thread root, the
/// first message into the thread, and a caseworker's reply to the Bot API server; then
/// `!erledigt`.
async fn telegram_contact(
    w: &World,
    api: &Arc<BotApi>,
    room: &OwnedRoomId,
    roots: &mut Vec<OwnedEventId>,
    round: usize,
) -> TelegramRound {
    let chat = TELEGRAM_CHAT + round as i64;
    let bot = w.bot_id.as_str();
    let opened = Instant::now();
    blocking(api, move |api| {
        api.text(chat, "/start de_counselling-person", "de");
    })
    .await;
    let root = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.room == *room
                && r.sender == bot
                && r.thread_root.is_none()
                && !roots.contains(&r.event_id)
        })
        .await;
    let open_to_root = root.at - opened;
    roots.push(root.event_id.clone());
    let start = ta(
        "de",
        "person-start",
        &[("institution", t("de", "inst-integrationsbuero").into())],
    );
    blocking(api, move |api| api.wait_for_text(chat, &start)).await;
    // Telegram allows a bot one message per second in a chat, and Kompass keeps to that: a
    // newcomer who writes within a second of the bot's last message waits for that slot
    // (docs/benchmarks.md). Here they write after a pause, as people do.
    tokio::time::sleep(Duration::from_millis(2500)).await;

    let question = format!("Hallo, ich brauche einen Termin. ({round})");
    let needle = question.clone();
    let sent = Instant::now();
    blocking(api, move |api| {
        api.text(chat, &needle, "de");
    })
    .await;
    let forwarded = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(&question)
        })
        .await;
    let message_to_thread = forwarded.at - sent;
    // The same for the bot's confirmation of the forward: minutes pass in real life.
    tokio::time::sleep(Duration::from_millis(2500)).await;

    let answer = format!("Bis bald! ({round})");
    let needle = answer.clone();
    let sent = Instant::now();
    w.caseworker
        .reply_in_thread(room, &root.event_id, &answer)
        .await;
    let reply_to_telegram = blocking(api, move |api| {
        loop {
            if api
                .bot_messages(chat)
                .iter()
                .any(|m| text_of(m).contains(&needle))
            {
                return sent.elapsed();
            }
            assert!(sent.elapsed() < WAIT, "the reply did not reach Telegram");
            std::thread::sleep(Duration::from_millis(5));
        }
    })
    .await;
    close(w, room, &root.event_id).await;
    let closed = ta(
        "de",
        "person-closed",
        &[("institution", t("de", "inst-integrationsbuero").into())],
    );
    blocking(api, move |api| api.wait_for_text(chat, &closed)).await;
    TelegramRound {
        open_to_root,
        message_to_thread,
        reply_to_telegram,
    }
}

struct TelegramRound {
    open_to_root: Duration,
    message_to_thread: Duration,
    reply_to_telegram: Duration,
}

/// `!erledigt` in the thread, and the bot's confirmation there.
async fn close(w: &World, room: &RoomId, root: &OwnedEventId) {
    let asked = Instant::now();
    w.caseworker.reply_in_thread(room, root, "!erledigt").await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.room == room
                && r.sender == w.bot_id
                && r.thread_root.as_ref() == Some(root)
                && r.at > asked
                && r.msgtype == "m.notice"
        })
        .await;
}

async fn blocking<T: Send + 'static>(
    api: &Arc<BotApi>,
    work: impl FnOnce(&BotApi) -> T + Send + 'static,
) -> T {
    let api = Arc::clone(api);
    tokio::task::spawn_blocking(move || work(&api))
        .await
        .expect("the Bot API call finished")
}

/// VmRSS and VmHWM of `pid`.
fn memory(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the bot runs");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|value| value.trim().to_string())
            .unwrap_or_default()
    };
    format!("VmRSS {} (peak VmHWM {})", field("VmRSS:"), field("VmHWM:"))
}

/// Bytes in the files under `dir`.
fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| match entry.metadata() {
                    Ok(meta) if meta.is_dir() => dir_size(&entry.path()),
                    Ok(meta) => meta.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// A number from the environment, or `default`.
fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
