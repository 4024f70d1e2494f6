//! Two instances, one active: two `kompass run` on one PostgreSQL database (a throw-away
//! cluster) and one shared data folder, Telegram through the loopback Bot API, emails to a
//! real SMTP server (aiosmtpd). Newcomers fill in and send registrations while the active
//! instance is killed with `kill -9`, 20 times; each time the standby takes over and the
//! killed one is started again as the new standby. Afterwards:
//!
//! - **nothing is lost**: every reference number a newcomer was told has its email;
//! - **nothing is sent twice** except in the one window no lease can close (the SMTP
//!   server accepted an email and the instance died before it marked it sent): every
//!   second delivery of a Message-ID must be of the email the killed instance delivered
//!   last, and they are counted and printed;
//! - **one Telegram consumer**: each instance's `api_url` ends in `/via/<name>`, so the Bot
//!   API server records who calls; no instance calls `getUpdates` before the instance it
//!   replaces was killed;
//! - **takeover time**: from the kill to the new active's first `getUpdates`, printed as
//!   min/median/max (the figure in docs/benchmarks.md):
//!
//! ```sh
//! KOMPASS_TEST_PYTHON=~/.cache/kompass/venv/bin/python \
//!   cargo test -p kompass --test e2e -- --nocapture standby::
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use kompass_postgres::test_cluster::TestCluster;
use mail_parser::MessageParser;

use crate::chaos::{first_name, references, told};
use crate::kill_support::{Random, registration};
use crate::support::{SinkOptions, SmtpSink, repo};
use crate::telegram_support::{Bot, BotApi, http};

/// Newcomers talking at once.
const USERS: i64 = 4;
/// Kills of the active instance.
const KILLS: usize = 20;
/// `[storage] lease_seconds` (the lease confirmed every second).
const LEASE_SECONDS: u64 = 5;
/// What an instance logs when it becomes the active one.
pub(crate) const ACTIVE: &str = "active: this instance holds the lease";
/// What an instance logs when it waits as the standby.
pub(crate) const STANDBY: &str = "standby: another instance holds the lease";
/// The longest a newcomer waits for one answer, takeovers included.
const ANSWER_LIMIT: Duration = Duration::from_secs(120);

/// One `kompass run` process and the name it reaches its messenger under.
pub(crate) struct Instance {
    pub(crate) bot: Bot,
    pub(crate) via: String,
}

/// Everything the instances share: the database, the data folder (as an NFS share would
/// be), the content and the SMTP server. The messenger is each test's own.
pub(crate) struct Deployment<'a> {
    pub(crate) dir: &'a Path,
    pub(crate) cluster: &'a TestCluster,
    pub(crate) sink: &'a SmtpSink,
    /// The flows folder (the shipped one unless a test names its own rooms).
    pub(crate) flows: PathBuf,
    /// Environment variables besides the database password (the messenger's secrets).
    pub(crate) env: Vec<(&'static str, String)>,
    pub(crate) started: usize,
}

impl<'a> Deployment<'a> {
    pub(crate) fn new(dir: &'a Path, cluster: &'a TestCluster, sink: &'a SmtpSink) -> Self {
        Self {
            dir,
            cluster,
            sink,
            flows: repo().join("flows"),
            env: Vec::new(),
            started: 0,
        }
    }

    /// Starts instance number `started` with a config of its own on Telegram.
    fn start(&mut self, api: &BotApi) -> Instance {
        self.start_with(|via| {
            format!(
                r#"[telegram]
token_env = "KOMPASS_TEST_TELEGRAM_TOKEN"
api_url = "{api}via/{via}"
poll_timeout_seconds = 2
album_wait_ms = 500
messages_per_second = 0
chat_messages_per_second = 5
"#,
                api = api.url(),
            )
        })
    }

    /// Starts instance number `started` with a config of its own, whose messenger section
    /// `channel` writes given the instance's name.
    pub(crate) fn start_with(&mut self, channel: impl FnOnce(&str) -> String) -> Instance {
        let via = format!("p{}", self.started);
        self.started += 1;
        let folder = self.dir.join(&via);
        std::fs::create_dir_all(&folder).unwrap();
        let config = folder.join("config.toml");
        std::fs::write(
            &config,
            format!(
                r#"[content]
flows = "{flows}"
locales = "{locales}"

[storage]
data_dir = "{data}"
backend = "postgres"
url = "{url}"
password_env = "KOMPASS_TEST_PG_PASSWORD"
lease_seconds = {LEASE_SECONDS}

[mail]
from = "Kompass Kalletal <kompass@kalletal.example.org>"

[mail.smtp]
host = "127.0.0.1"
port = {smtp}
security = "plain"

[admin]
listen = "127.0.0.1:0"

{channel}"#,
                flows = self.flows.display(),
                locales = repo().join("locales").display(),
                data = self.dir.join("data").display(),
                url = self.cluster.url(),
                smtp = self.sink.port,
                channel = channel(&via),
            ),
        )
        .unwrap();
        let mut env = vec![("KOMPASS_TEST_PG_PASSWORD", self.cluster.password.as_str())];
        env.extend(self.env.iter().map(|(k, v)| (*k, v.as_str())));
        Instance {
            bot: Bot::start_with(&config, &env),
            via,
        }
    }
}

/// Waits until the instance's log has `needle`.
pub(crate) fn wait_log(instance: &Instance, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !instance.bot.log().contains(needle) {
        assert!(
            Instant::now() < deadline,
            "{}: no `{needle}` in the log:\n{}",
            instance.via,
            instance.bot.log()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The admin listener's port, from the instance's log.
fn admin_port(instance: &Instance) -> u16 {
    let log = instance.bot.log();
    let at = log
        .find("listen=127.0.0.1:")
        .expect("the admin listener's address is logged")
        + "listen=127.0.0.1:".len();
    log[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

/// `getUpdates` calls from `since` on, each with the instance that made it.
fn polls(api: &BotApi, since: usize) -> Vec<String> {
    api.get(&format!("/_test/calls?method=getupdates&since={since}"))
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|call| call["via"].as_str().unwrap_or("(none)").to_string())
        .collect()
}

/// Emails the SMTP server has accepted so far.
fn delivered(sink: &SmtpSink) -> usize {
    std::fs::read_dir(&sink.maildir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .count()
        })
        .unwrap_or(0)
}

/// One newcomer: registrations, one after the other, until `stop`.
fn play(api: &BotApi, chat: i64, stop: &AtomicBool) {
    let mut round = 0;
    while !stop.load(Ordering::SeqCst) {
        round += 1;
        for (index, input) in registration(&first_name(chat, round)).iter().enumerate() {
            if stop.load(Ordering::SeqCst) {
                return;
            }
            let before = api.bot_messages(chat).len();
            input.post(api, chat);
            let deadline = Instant::now() + ANSWER_LIMIT;
            while api.bot_messages(chat).len() <= before {
                assert!(
                    Instant::now() < deadline,
                    "chat {chat}, round {round}: no answer to input {index}"
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}

fn millis(duration: Duration) -> u128 {
    duration.as_millis()
}

#[test]
fn standby_takes_over_after_kill_9_and_no_request_is_lost_or_sent_twice() {
    let started = Instant::now();
    let cluster = TestCluster::start();
    // `KOMPASS_STANDBY_KEEP=1` keeps the run's folder (every instance's log and config).
    let dir = tempfile::tempdir().unwrap();
    let dir = if std::env::var_os("KOMPASS_STANDBY_KEEP").is_some() {
        let kept = dir.keep();
        eprintln!("standby run: folder kept at {}", kept.display());
        kept
    } else {
        dir.path().to_path_buf()
    };
    let api = BotApi::start();
    let sink = SmtpSink::start(&dir, SinkOptions::default());
    let mut deployment = Deployment::new(&dir, &cluster, &sink);
    let first = deployment.start(&api);
    wait_log(&first, ACTIVE);
    let second = deployment.start(&api);
    wait_log(&second, STANDBY);

    // The administrator sees which one is active.
    let (status, body) = http(admin_port(&second), "GET", "/healthz", "", "");
    assert_eq!(status, 200, "a standby is healthy: {body}");
    assert!(body.starts_with("role standby"), "{body}");
    let (_, metrics) = http(admin_port(&second), "GET", "/metrics", "", "");
    assert!(metrics.contains("kompass_active 0"), "{metrics}");
    let (_, metrics) = http(admin_port(&first), "GET", "/metrics", "", "");
    assert!(metrics.contains("kompass_active 1"), "{metrics}");
    // Ready once its store is open and Telegram connected.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, body) = http(admin_port(&first), "GET", "/healthz", "", "");
        assert!(body.starts_with("role active"), "{body}");
        if status == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the active never got ready: {body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // Which instance may poll from which `getUpdates` call on (the number of calls made
    // before it became the active one).
    let mut allowed_from: BTreeMap<String, usize> = BTreeMap::from([(first.via.clone(), 0)]);
    // The number of emails the server had accepted at each kill.
    let mut delivered_at_kill = Vec::new();
    let mut takeovers = Vec::new();
    let mut leases = Vec::new();
    let stop = AtomicBool::new(false);
    let chats: Vec<i64> = (0..USERS).map(|i| 9500 + i).collect();
    let (mut active, mut standby) = (first, second);
    let (active, standby) = std::thread::scope(|scope| {
        for &chat in &chats {
            let (api, stop) = (&api, &stop);
            scope.spawn(move || play(api, chat, stop));
        }
        let mut random = Random::from_env("KOMPASS_STANDBY_SEED");
        for _ in 0..KILLS {
            std::thread::sleep(random.millis(1500, 3500));
            let _ = active.bot.child.kill();
            let _ = active.bot.child.wait();
            let killed_at = Instant::now();
            let polled_before = api.calls("getUpdates").len();
            delivered_at_kill.push(delivered(&sink));
            allowed_from.insert(standby.via.clone(), polled_before);
            // The lease taken (the log says so), then Telegram polled: taken over.
            let mut leased = None;
            loop {
                if leased.is_none() && standby.bot.log().contains(ACTIVE) {
                    leased = Some(killed_at.elapsed());
                }
                if let Some(leased) = leased
                    && polls(&api, polled_before).contains(&standby.via)
                {
                    leases.push(leased);
                    takeovers.push(killed_at.elapsed());
                    break;
                }
                assert!(
                    killed_at.elapsed() < Duration::from_secs(15),
                    "{} did not take over within 15 s:\n{}",
                    standby.via,
                    standby.bot.log()
                );
                std::thread::sleep(Duration::from_millis(10));
            }
            active = standby;
            standby = deployment.start(&api);
            wait_log(&standby, STANDBY);
        }
        stop.store(true, Ordering::SeqCst);
        (active, standby)
    });

    // Every answer in (the last inputs may still be in flight), every confirmed request
    // reported sent, then a quiet moment for late deliveries.
    let quiet_since = Instant::now();
    let mut seen = 0;
    let mut since = Instant::now();
    while since.elapsed() < Duration::from_secs(3) {
        let now: usize = chats.iter().map(|&c| api.bot_messages(c).len()).sum();
        if now != seen {
            (seen, since) = (now, Instant::now());
        }
        assert!(
            quiet_since.elapsed() < ANSWER_LIMIT,
            "the chats never went quiet"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut confirmed = Vec::new();
    for &chat in &chats {
        loop {
            let (told_confirmed, told_sent) = told(&api, chat);
            if told_confirmed.iter().all(|r| told_sent.contains(r)) {
                confirmed.extend(told_confirmed);
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chat {chat}: confirmed {told_confirmed:?}, reported sent {told_sent:?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    std::thread::sleep(Duration::from_secs(3));

    // Raw deliveries by Message-ID, in the order the server accepted them.
    let mut by_id: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut emailed = Vec::new();
    for (index, (raw, _)) in sink.received().iter().enumerate() {
        let message = MessageParser::default().parse(raw).unwrap();
        let id = message.message_id().unwrap_or_default().to_string();
        by_id.entry(id).or_default().push(index);
        emailed.extend(references(message.subject().unwrap_or_default()));
    }
    let lost: Vec<&String> = confirmed.iter().filter(|r| !emailed.contains(r)).collect();
    let unconfirmed: Vec<&String> = emailed.iter().filter(|r| !confirmed.contains(r)).collect();
    assert!(
        unconfirmed.is_empty(),
        "emails for requests nobody was told about: {unconfirmed:?}"
    );
    let mut duplicates = 0;
    for (id, deliveries) in &by_id {
        for pair in deliveries.windows(2) {
            duplicates += 1;
            // Explained only by a kill right after the first delivery: the killed instance
            // had it accepted and died before marking it sent.
            let explained = delivered_at_kill
                .iter()
                .any(|&at_kill| pair[0] + 1 == at_kill && at_kill <= pair[1]);
            assert!(
                explained,
                "{id} delivered again ({deliveries:?}) without a kill right after its first delivery; emails at each kill: {delivered_at_kill:?}"
            );
        }
    }

    // No instance polled Telegram before the one it replaced was killed.
    let all = polls(&api, 0);
    for (index, via) in all.iter().enumerate() {
        let from = allowed_from.get(via).copied();
        assert!(
            from.is_some_and(|from| index >= from),
            "getUpdates call {index} by {via}, which was standby until call {from:?}"
        );
    }
    let _ = active.bot.stop();
    let _ = standby.bot.stop();

    takeovers.sort();
    leases.sort();
    let median = takeovers[takeovers.len() / 2];
    eprintln!(
        "standby run: {KILLS} kills of the active, lease taken (kill to the new active's log line) min {} ms, median {} ms, max {} ms; taken over (kill to its first getUpdates) min {} ms, median {} ms, max {} ms; {} requests confirmed, {} emails, {} lost, {} delivered twice (kill between the server's acceptance and the mark); {} getUpdates calls, none by a standby; {:.1} s",
        millis(leases[0]),
        millis(leases[leases.len() / 2]),
        millis(*leases.last().unwrap()),
        millis(takeovers[0]),
        millis(median),
        millis(*takeovers.last().unwrap()),
        confirmed.len(),
        sink.received().len(),
        lost.len(),
        duplicates,
        all.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        lost.is_empty(),
        "confirmed requests without an email: {lost:?}"
    );
    assert!(
        confirmed.len() >= KILLS / 2,
        "too few requests to say anything: {}",
        confirmed.len()
    );
}

/// A hung active (`SIGSTOP`: its sockets stay open, its kernel answers the keepalives) is
/// replaced once it has not confirmed its lease for `lease_seconds`; when it wakes up it
/// finds its session ended and exits with 75, for systemd to start it again as standby.
#[test]
fn a_hung_active_is_replaced_and_exits_when_it_wakes() {
    let cluster = TestCluster::start();
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let sink = SmtpSink::start(dir.path(), SinkOptions::default());
    let mut deployment = Deployment::new(dir.path(), &cluster, &sink);
    let mut hung = deployment.start(&api);
    wait_log(&hung, ACTIVE);
    let standby = deployment.start(&api);
    wait_log(&standby, STANDBY);
    let signal = |name: &str, instance: &Instance| {
        let status = std::process::Command::new("kill")
            .args([name, &instance.bot.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    };

    signal("-STOP", &hung);
    let stopped_at = Instant::now();
    let polled_before = api.calls("getUpdates").len();
    while !polls(&api, polled_before).contains(&standby.via) {
        assert!(
            stopped_at.elapsed() < Duration::from_secs(15),
            "the standby did not take over from a hung active:\n{}",
            standby.bot.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let takeover = stopped_at.elapsed();
    assert!(
        takeover >= Duration::from_secs(LEASE_SECONDS - 2),
        "taken over after {takeover:?}, before the lease ran out"
    );
    // The new active answers.
    api.text(9601, "/start", "de");
    api.wait_count(9601, 1);

    signal("-CONT", &hung);
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = hung.bot.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the woken instance did not stop:\n{}",
            hung.bot.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(75), "{}", hung.bot.log());
    assert!(
        hung.bot.log().contains("lost the lease"),
        "{}",
        hung.bot.log()
    );
    eprintln!(
        "standby run: a hung active (SIGSTOP, lease_seconds = {LEASE_SECONDS}) replaced after {} ms",
        millis(takeover)
    );
    let _ = standby.bot.stop();
}
