//! Matrix across takeovers: two `kompass run` on one PostgreSQL database (a throw-away
//! cluster) and one shared data folder, which holds the Matrix store (`data/matrix/`), a
//! real Synapse, and a real SMTP server (aiosmtpd). A Ukrainian newcomer fills in a
//! registration in an encrypted direct chat with the bot; the Bürgerbüro's caseworker
//! answers in the office's encrypted room. The active instance is killed with `kill -9`
//! five times: mid form with the next answer sent after the kill, mid form with an answer
//! in flight, right after the newcomer confirmed, right after the caseworker replied in
//! the thread, and right after the active's sync returned the caseworker's next reply (its
//! next `/sync` request is the sign); each time the standby takes over and the killed one
//! is started again as the new standby. Afterwards:
//!
//! - **the conversation continued**: every answer is the right next question, in Ukrainian;
//!   no bot message in the direct chat or the room came twice;
//! - **one email**: the confirmed request reached the SMTP server exactly once;
//! - **the caseworker's replies** reached the newcomer decrypted, exactly once each, and
//!   the newcomer's answers reached the thread;
//! - **one device**: the bot kept its device id (the session file in the shared folder, the
//!   caseworker's view of the bot's devices, no instance logged in anew), and neither test
//!   client nor any instance met a message it could not decrypt;
//! - **no standby talks to the homeserver**: each instance reaches Synapse through a proxy of
//!   its own that records every request, and no instance made one before the instance it
//!   replaced was killed;
//! - **takeover time**: from the kill to the new active's first message sent (its first
//!   `PUT …/send/…` at its proxy) and to its lease, printed as min/median/max (the figures in
//!   docs/benchmarks.md):
//!
//! ```sh
//! KOMPASS_TEST_PYTHON=~/.cache/kompass/venv/bin/python \
//!   cargo test -p kompass --test e2e -- --nocapture standby_matrix::
//! ```

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use kompass_postgres::test_cluster::TestCluster;
use mail_parser::MessageParser;
use matrix_sdk::ruma::RoomId;

use crate::matrix::{assert_no_encryption_trouble, open_contact_in};
use crate::matrix_support::{
    MatrixUser, Received, Synapse, WAIT, World, bot_notices, flows_with_rooms, matrix_env,
    matrix_section, say, settle, world,
};
use crate::mediators::{mediators_room, switch_on_mediators};
use crate::standby::{ACTIVE, Deployment, Instance, STANDBY, wait_log};
use crate::support::{SinkOptions, SmtpSink, png, t, ta};

/// The newcomer's language.
const LANG: &str = "uk";
/// The longest a takeover may take (issue 15).
const TAKEOVER_LIMIT: Duration = Duration::from_secs(15);

/// A TCP proxy between one instance and Synapse that writes down every HTTP request line
/// the instance sends, with the time: what the homeserver hears from whom, observed outside
/// the bot.
struct Proxy {
    port: u16,
    requests: Arc<Mutex<Vec<(Instant, String)>>>,
    stop: Arc<AtomicBool>,
}

impl Proxy {
    fn start(upstream: &str) -> Self {
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests: Arc<Mutex<Vec<(Instant, String)>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (record, stopped) = (requests.clone(), stop.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    return;
                }
                let (Ok(client), Ok(server)) = (client, TcpStream::connect(&upstream)) else {
                    continue;
                };
                let (from_client, to_server) = (client.try_clone().unwrap(), server);
                let (from_server, to_client) = (to_server.try_clone().unwrap(), client);
                let record = record.clone();
                std::thread::spawn(move || forward_requests(from_client, to_server, &record));
                std::thread::spawn(move || forward(from_server, to_client));
            }
        });
        Self {
            port,
            requests,
            stop,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Request lines (`PUT /_matrix/… HTTP/1.1`, the query cut off) with their times.
    fn requests(&self) -> Vec<(Instant, String)> {
        self.requests.lock().unwrap().clone()
    }

    /// How many requests so far have `needle` in their line.
    fn count(&self, needle: &str) -> usize {
        self.requests()
            .iter()
            .filter(|(_, line)| line.contains(needle))
            .count()
    }

    /// When the first request whose line contains `needle` came, if one did.
    fn first(&self, needle: &str) -> Option<Instant> {
        self.requests()
            .into_iter()
            .find(|(_, line)| line.contains(needle))
            .map(|(at, _)| at)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accepting thread, which then sees `stop`.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Copies the client's bytes to the server and records each HTTP request line in them.
fn forward_requests(
    mut from: TcpStream,
    mut to: TcpStream,
    record: &Mutex<Vec<(Instant, String)>>,
) {
    let mut buffer = [0u8; 16 * 1024];
    // The unfinished last line (request lines and headers are short; bodies may be long
    // binary without line breaks, of which only the end is kept).
    let mut partial: Vec<u8> = Vec::new();
    loop {
        let read = match from.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => read,
        };
        let at = Instant::now();
        partial.extend_from_slice(&buffer[..read]);
        while let Some(end) = partial.windows(2).position(|w| w == b"\r\n") {
            let line = String::from_utf8_lossy(&partial[..end]).into_owned();
            partial.drain(..end + 2);
            if let Some(request) = request_line(&line) {
                let request = request.split('?').next().unwrap_or_default().to_string();
                record.lock().unwrap().push((at, request));
            }
        }
        if partial.len() > 8 * 1024 {
            // A request line may follow the body's end in the same read: keep the tail.
            partial.drain(..partial.len() - 1024);
        }
        if to.write_all(&buffer[..read]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}

/// The Matrix request line in `line`, if there is one. On a kept-alive connection a
/// request's body ends without a line break, so the next request line follows the body's
/// last bytes on the same "line" (`…"}PUT /_matrix/… HTTP/1.1`): it is looked for anywhere,
/// not only at the start. (Found as a flaky takeover test: a successor's first messages
/// came right after its key uploads and were not seen.)
fn request_line(line: &str) -> Option<&str> {
    if !line.ends_with(" HTTP/1.1") {
        return None;
    }
    ["GET", "POST", "PUT", "DELETE"]
        .iter()
        .filter_map(|method| line.find(&format!("{method} /_matrix/")))
        .min()
        .map(|start| &line[start..])
}

#[test]
fn a_request_line_right_after_a_body_is_seen() {
    let send = "PUT /_matrix/client/v3/rooms/!r/send/m.room.encrypted/1 HTTP/1.1";
    assert_eq!(request_line(send), Some(send));
    assert_eq!(
        request_line(&format!("{{\"one_time_keys\":{{}}}}{send}")),
        Some(send)
    );
    assert_eq!(request_line("HTTP/1.1 200 OK"), None);
    assert_eq!(request_line("Host: 127.0.0.1:8008"), None);
}

fn forward(mut from: TcpStream, mut to: TcpStream) {
    let _ = std::io::copy(&mut from, &mut to);
    let _ = to.shutdown(Shutdown::Write);
}

/// The instances started so far, each with its proxy, and when each became the active one's
/// successor (the predecessor's kill).
struct Instances {
    /// Config lines after the `[matrix]` section (e.g. `[matrix.mediators]`).
    extra: String,
    started: Vec<(Instance, Proxy)>,
    /// `(instance index, the kill of its predecessor)` for every instance that took over.
    takeovers: Vec<(usize, Instant)>,
}

impl Instances {
    /// Starts the next instance, reaching Synapse through a proxy of its own.
    fn start(&mut self, deployment: &mut Deployment<'_>, synapse: &Synapse) -> usize {
        let proxy = Proxy::start(&synapse.base_url);
        let url = proxy.url();
        let instance =
            deployment.start_with(|_| format!("{}{}", matrix_section(synapse, &url), self.extra));
        self.started.push((instance, proxy));
        self.started.len() - 1
    }

    fn instance(&self, index: usize) -> &Instance {
        &self.started[index].0
    }

    fn proxy(&self, index: usize) -> &Proxy {
        &self.started[index].1
    }
}

/// One kill: what it measured.
struct Takeover {
    point: &'static str,
    /// Kill → the new active's log says it holds the lease.
    lease: Duration,
    /// Kill → the new active's first message sent to a room (at its proxy).
    answer: Duration,
}

/// The deployment under test: the active and the standby, by index into `instances`.
struct Pair<'a> {
    deployment: Deployment<'a>,
    synapse: &'a Synapse,
    instances: Instances,
    active: usize,
    standby: usize,
    /// Kills whose takeover is not measured yet: (point, kill time, its wall-clock time
    /// (to compare with the log's), new active).
    pending: Vec<(&'static str, Instant, SystemTime, usize)>,
    takeovers: Vec<Takeover>,
}

impl<'a> Pair<'a> {
    /// Starts the active (and waits until it is in `w`'s room) and the standby.
    async fn start(w: &'a World, mut deployment: Deployment<'a>, extra: String) -> Self {
        deployment.env = matrix_env(&w.synapse);
        let mut instances = Instances {
            extra,
            started: Vec::new(),
            takeovers: Vec::new(),
        };
        let active = instances.start(&mut deployment, &w.synapse);
        blocking(|| wait_log(instances.instance(active), ACTIVE));
        w.caseworker.wait_joined(&w.room, &w.bot_id, WAIT).await;
        let standby = instances.start(&mut deployment, &w.synapse);
        blocking(|| wait_log(instances.instance(standby), STANDBY));
        Pair {
            deployment,
            synapse: &w.synapse,
            instances,
            active,
            standby,
            pending: Vec::new(),
            takeovers: Vec::new(),
        }
    }

    /// Waits (blocking) until the active has asked for its next `/sync` after `syncs` (its
    /// count before something happened): matrix-sdk has stored the batch that brought it and
    /// the bot's handlers have run (the event may still be in a worker's hands).
    fn wait_next_sync(&self, syncs: usize) {
        let deadline = Instant::now() + WAIT;
        while self.instances.proxy(self.active).count("/sync") <= syncs {
            assert!(Instant::now() < deadline, "the active did not sync again");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// `kill -9` of the active; the standby is the active from now on (it takes over by
    /// itself; [`Pair::settle_takeover`] waits for that and starts the next standby).
    fn kill(&mut self, point: &'static str) {
        let active = &mut self.instances.started[self.active].0;
        // Taken before the kill: the standby can hold the lease before `wait` returns (a
        // fresh-clone run logged it 612 µs before a time taken after `wait`).
        let (killed_at, killed_wall) = (Instant::now(), SystemTime::now());
        let _ = active.bot.child.kill();
        let _ = active.bot.child.wait();
        self.instances.takeovers.push((self.standby, killed_at));
        self.pending
            .push((point, killed_at, killed_wall, self.standby));
        self.active = self.standby;
    }

    /// Waits (blocking) until the new active holds the lease and has sent its first
    /// message, then starts the killed one again as the new standby.
    fn settle_takeover(&mut self) {
        let Some((point, killed_at, killed_wall, index)) = self.pending.pop() else {
            return;
        };
        let instance = self.instances.instance(index);
        loop {
            let lease = logged_at(&instance.bot.log(), ACTIVE).map(|at| {
                at.duration_since(killed_wall)
                    .expect("the lease is taken after the kill")
            });
            let sent = self
                .instances
                .proxy(index)
                .first("/send/")
                .filter(|at| *at >= killed_at);
            if let (Some(lease), Some(sent)) = (lease, sent) {
                assert!(
                    sent - killed_at < TAKEOVER_LIMIT,
                    "{}: the first answer {:?} after the kill ({point})",
                    instance.via,
                    sent - killed_at
                );
                self.takeovers.push(Takeover {
                    point,
                    lease,
                    answer: sent - killed_at,
                });
                break;
            }
            assert!(
                killed_at.elapsed() < TAKEOVER_LIMIT,
                "{}: no takeover with a first answer within {TAKEOVER_LIMIT:?} ({point}):\n{}",
                instance.via,
                instance.bot.log()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        self.standby = self.instances.start(&mut self.deployment, self.synapse);
        wait_log(self.instances.instance(self.standby), STANDBY);
    }
}

/// When the log line with `needle` was written (its timestamp, UTC).
fn logged_at(log: &str, needle: &str) -> Option<SystemTime> {
    let line = log.lines().find(|line| line.contains(needle))?;
    let stamp = line.split_whitespace().next()?;
    let at = chrono::DateTime::parse_from_rfc3339(stamp).ok()?;
    Some(SystemTime::from(at.with_timezone(&chrono::Utc)))
}

fn first_line(id: &str) -> String {
    t(LANG, id).lines().next().unwrap_or_default().to_string()
}

/// The newcomer says `text` and the bot's answer is the question `next`.
async fn step(newcomer: &MatrixUser, bot: &str, dm: &RoomId, text: &str, next: &str) {
    let answer = say(newcomer, bot, dm, text).await;
    assert!(answer.contains(&first_line(next)), "{text:?} → {answer}");
}

/// Waits until the bot, which just sent a message, stays quiet (a step may send two).
async fn settle_after_last(newcomer: &MatrixUser, bot: &str, dm: &RoomId) {
    settle(newcomer, bot, dm, bot_notices(newcomer, bot, dm).len() - 1).await;
}

/// The newcomer's text `id` about `office` (`buergerbuero`).
fn office_text(office: &str, id: &str) -> String {
    let institution = t(LANG, &format!("inst-{office}"));
    ta(LANG, id, &[("institution", institution.as_str().into())])
}

/// Waits for the bot's answer after `before` notices and checks it is the question `next`.
async fn answered(newcomer: &MatrixUser, bot: &str, dm: &RoomId, before: usize, next: &str) {
    let answer = settle(newcomer, bot, dm, before).await;
    assert!(answer.contains(&first_line(next)), "{answer}");
}

fn blocking<T>(f: impl FnOnce() -> T) -> T {
    tokio::task::block_in_place(f)
}

fn millis(durations: &[Duration]) -> String {
    let mut sorted = durations.to_vec();
    sorted.sort();
    format!(
        "min {} ms, median {} ms, max {} ms",
        sorted[0].as_millis(),
        sorted[sorted.len() / 2].as_millis(),
        sorted.last().unwrap().as_millis()
    )
}

/// The bot's device id, from the session file in the shared data folder.
fn device_id(data: &std::path::Path) -> String {
    let session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data.join("matrix/session.json")).unwrap()).unwrap();
    // matrix-sdk writes the session's fields flat.
    session["device_id"]
        .as_str()
        .expect("the session names its device")
        .to_string()
}

/// Bodies that occur more than once among `messages` (with their message types).
/// "Passed on to the office" answered each of the newcomer's two messages, and no other bot
/// message in the direct chat came twice.
fn passed_on_twice_nothing_repeated(
    newcomer: &MatrixUser,
    bot_id: &str,
    dm: &RoomId,
    forwarded: &str,
) {
    let (passed_on, in_dm): (Vec<Received>, Vec<Received>) = bot_notices(newcomer, bot_id, dm)
        .into_iter()
        .partition(|r| r.body.contains(forwarded));
    assert_eq!(passed_on.len(), 2, "{passed_on:?}");
    assert!(repeated(&in_dm).is_empty(), "{:?}", repeated(&in_dm));
}

/// How many messages containing `text` reached `user` in `room`.
fn times_received(user: &MatrixUser, room: &RoomId, text: &str) -> usize {
    user.received()
        .iter()
        .filter(|r| *r.room == *room && r.body.contains(text))
        .count()
}

/// The bot's messages in `room`, as `user` received them: none repeated, and exactly one
/// containing `text` (`what` says which).
fn in_room_once_nothing_repeated(
    user: &MatrixUser,
    room: &RoomId,
    bot_id: &str,
    text: &str,
    what: &str,
) {
    let in_room: Vec<Received> = user
        .received()
        .into_iter()
        .filter(|r| *r.room == *room && r.sender == bot_id)
        .collect();
    assert!(repeated(&in_room).is_empty(), "{:?}", repeated(&in_room));
    let count = in_room.iter().filter(|r| r.body.contains(text)).count();
    assert_eq!(count, 1, "{what}");
}

fn repeated(messages: &[Received]) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::<(String, String), usize>::new();
    for message in messages {
        *seen
            .entry((message.msgtype.clone(), message.body.clone()))
            .or_default() += 1;
    }
    seen.into_iter()
        .filter(|(_, count)| *count > 1)
        .map(|((kind, body), count)| format!("{count}× {kind}: {body}"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_continues_across_takeovers_with_one_device_and_nothing_twice() {
    let started = Instant::now();
    let w = world("buergerbuero").await;
    let bot_id = w.bot_id.as_str();
    let cluster = blocking(TestCluster::start);
    let sink = blocking(|| SmtpSink::start(w.dir.path(), SinkOptions::default()));
    let data = w.dir.path().join("data");
    let mut deployment = Deployment::new(w.dir.path(), &cluster, &sink);
    deployment.flows = flows_with_rooms(w.dir.path(), &[("buergerbuero", w.room.as_str())]);
    let mut pair = Pair::start(&w, deployment, String::new()).await;
    let first = pair.active;
    let device = device_id(&data);

    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(bot_id).await;
    newcomer.wait_joined(&dm, bot_id, WAIT).await;
    let dm = dm.as_ref();

    step(
        &newcomer,
        bot_id,
        dm,
        &format!("/start {LANG}_register-form"),
        "field-family-name",
    )
    .await;
    step(&newcomer, bot_id, dm, "Kovalenko", "field-given-names").await;
    step(&newcomer, bot_id, dm, "Olena", "field-birth-date").await;

    // 1. Mid form, the answer written while no instance is active.
    pair.kill("mid form, answer sent after the kill");
    let before = bot_notices(&newcomer, bot_id, dm).len();
    newcomer.send_text(dm, "17.04.1985").await;
    answered(&newcomer, bot_id, dm, before, "field-nationality").await;
    blocking(|| pair.settle_takeover());

    // 2. Mid form, the answer in flight when the active dies.
    let before = bot_notices(&newcomer, bot_id, dm).len();
    newcomer.send_text(dm, "Україна").await;
    pair.kill("mid form, answer in flight");
    answered(&newcomer, bot_id, dm, before, "field-new-address").await;
    step(
        &newcomer,
        bot_id,
        dm,
        "Lemgoer Straße 5, 32689 Kalletal",
        "field-move-in-date",
    )
    .await;
    blocking(|| pair.settle_takeover());
    step(&newcomer, bot_id, dm, "01.11.2026", "field-persons").await;
    step(&newcomer, bot_id, dm, "2", "field-phone").await;
    let skip = t(LANG, "button-skip");
    step(&newcomer, bot_id, dm, &skip, "field-email").await;
    step(&newcomer, bot_id, dm, &skip, "field-register-notes").await;
    step(&newcomer, bot_id, dm, &skip, "field-photos-passport-family").await;
    let before = bot_notices(&newcomer, bot_id, dm).len();
    newcomer
        .send_file(dm, &png(1024, 768), "pass.png", "image/png")
        .await;
    settle(&newcomer, bot_id, dm, before).await;
    step(
        &newcomer,
        bot_id,
        dm,
        &t(LANG, "button-done"),
        "field-interpreter",
    )
    .await;
    step(
        &newcomer,
        bot_id,
        dm,
        &t(LANG, "button-no"),
        "field-appointment",
    )
    .await;
    let summary = say(&newcomer, bot_id, dm, "1").await;
    assert!(summary.contains("Kovalenko"), "{summary}");

    // 3. Right after the confirmation.
    newcomer.send_text(dm, &t(LANG, "button-send")).await;
    pair.kill("right after the confirmation");
    let institution = t(LANG, "inst-buergerbuero");
    let sent_prefix = ta(
        LANG,
        "request-sent",
        &[
            ("reference", "KAL-".into()),
            ("institution", institution.as_str().into()),
        ],
    );
    let sent_prefix = sent_prefix.split("KAL-").next().unwrap().to_string();
    let told = newcomer
        .wait_for(WAIT, |r| {
            // With the reference: the main menu after it also says "Ваш запит".
            r.room == dm
                && r.sender == bot_id
                && r.body.contains(&sent_prefix)
                && r.body.contains("KAL-")
        })
        .await;
    let reference = told
        .body
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|word| word.starts_with("KAL-"))
        .expect("the newcomer is told the reference")
        .to_string();
    // Whatever follows the message (nothing, or a menu) is in before the next question.
    settle_after_last(&newcomer, bot_id, dm).await;
    let root = w.thread_root(&reference).await;
    assert!(
        root.encrypted,
        "the caseworker room is end-to-end encrypted"
    );
    // Back at the main menu: the next choice is answered (by the new active, if the one
    // killed had sent everything before it died).
    step(&newcomer, bot_id, dm, "1", "register-text").await;
    blocking(|| pair.settle_takeover());

    // 4. Right after the caseworker's reply in the thread.
    let reply = "Kommen Sie bitte am Montag um 9 Uhr.";
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, reply)
        .await;
    pair.kill("right after the caseworker's reply");
    let relayed = newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(reply))
        .await;
    assert!(relayed.encrypted, "the direct chat is end-to-end encrypted");
    let intro = office_text("buergerbuero", "person-intro");
    assert!(relayed.body.contains(&intro), "{}", relayed.body);
    settle_after_last(&newcomer, bot_id, dm).await;
    // The newcomer answers; the new active forwards it into the thread.
    let forwarded = office_text("buergerbuero", "person-forwarded");
    let thanks = "Дякую, прийду.";
    let answer = say(&newcomer, bot_id, dm, thanks).await;
    assert!(answer.contains(&forwarded), "{answer}");
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(thanks)
        })
        .await;
    blocking(|| pair.settle_takeover());

    // 5. Right after the active's sync returned the caseworker's next reply and matrix-sdk
    // stored that batch: the active's next `/sync` is the sign (the reply may still be on its
    // way to the newcomer inside the instance).
    let syncs = pair.instances.proxy(pair.active).count("/sync");
    let second = "Bitte bringen Sie Ihren Pass mit.";
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, second)
        .await;
    blocking(|| pair.wait_next_sync(syncs));
    pair.kill("the reply's sync batch stored");
    newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(second))
        .await;
    settle_after_last(&newcomer, bot_id, dm).await;
    let answer = say(&newcomer, bot_id, dm, "Добре.").await;
    assert!(answer.contains(&forwarded), "{answer}");
    blocking(|| pair.settle_takeover());

    // Late duplicates would arrive by now.
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Nothing twice: the reply, the bot's messages in the chat and in the room.
    for reply in [reply, second] {
        let replies = times_received(&newcomer, dm, reply);
        assert_eq!(replies, 1, "{reply:?} reaches the newcomer once");
    }
    // "Passed on to the office" answers each of the newcomer's two messages to it.
    passed_on_twice_nothing_repeated(&newcomer, bot_id, dm, &forwarded);
    in_room_once_nothing_repeated(
        &w.caseworker,
        &w.room,
        bot_id,
        thanks,
        "the newcomer's answer reaches the thread once",
    );

    // One email, with the reference the newcomer was told.
    let received = sink.received();
    let ids: Vec<String> = received
        .iter()
        .map(|(raw, _)| {
            let message = MessageParser::default().parse(raw).unwrap();
            assert!(
                message.subject().unwrap_or_default().contains(&reference),
                "{:?}",
                message.subject()
            );
            message.message_id().unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 1, "the request is emailed exactly once: {ids:?}");

    // One device, everything decrypted.
    assert_eq!(device_id(&data), device, "the bot's device id is kept");
    let devices = w.caseworker.devices_of(bot_id).await;
    assert!(
        devices.iter().all(|d| d.is_cross_signed_by_owner()),
        "the bot's device stays cross-signed"
    );
    let devices: Vec<String> = devices.iter().map(|d| d.device_id().to_string()).collect();
    assert_eq!(
        devices,
        std::slice::from_ref(&device),
        "the caseworker sees one device of the bot"
    );
    assert!(
        newcomer.undecryptable().is_empty(),
        "the newcomer could not decrypt some"
    );
    assert!(
        w.caseworker.undecryptable().is_empty(),
        "the caseworker could not decrypt some"
    );
    let instances = &pair.instances;
    for (index, (instance, _)) in instances.started.iter().enumerate() {
        let log = instance.bot.log();
        assert_no_encryption_trouble(&log);
        assert!(
            !log.contains("logged in to Matrix with a new device") || index == first,
            "{}: a new login:\n{log}",
            instance.via
        );
        if log.contains(ACTIVE) && index != first {
            assert!(log.contains("Matrix session restored"), "{log}");
        }
    }

    // No instance asked the homeserver anything before its predecessor was killed; each
    // that took over synced (so the proxies did see the traffic).
    let mut syncs = 0;
    for (index, (instance, proxy)) in instances.started.iter().enumerate() {
        let requests = proxy.requests();
        let allowed_from = if index == first {
            Some(started)
        } else {
            instances
                .takeovers
                .iter()
                .find(|(successor, _)| *successor == index)
                .map(|(_, killed_at)| *killed_at)
        };
        match allowed_from {
            Some(from) => {
                if let Some((at, line)) = requests.iter().find(|(at, _)| *at < from) {
                    panic!(
                        "{} asked Synapse {line:?} {} ms before it may: its predecessor was still active",
                        instance.via,
                        (from - *at).as_millis()
                    );
                }
                let synced = requests.iter().filter(|(_, l)| l.contains("/sync")).count();
                // The first instance logs in, and matrix-sdk moves to the homeserver address
                // the login's answer names (Synapse's own, past the proxy). A restored session
                // stays with the configured one.
                assert!(
                    synced > 0 || index == first,
                    "{}: no sync seen at its proxy, only {:?}",
                    instance.via,
                    requests.iter().map(|(_, l)| l).collect::<Vec<_>>()
                );
                syncs += synced;
            }
            None => assert!(
                requests.is_empty(),
                "{} is standby and asked Synapse {:?}",
                instance.via,
                requests.iter().map(|(_, l)| l).collect::<Vec<_>>()
            ),
        }
    }

    // Which instance relayed the caseworker's reply (the killed one, or its successor).
    let relayed_by: Vec<&str> = instances
        .started
        .iter()
        .filter(|(instance, _)| instance.bot.log().contains("caseworker action relayed"))
        .map(|(instance, _)| instance.via.as_str())
        .collect();
    eprintln!("standby_matrix: caseworker replies relayed by {relayed_by:?}");
    let takeovers = &pair.takeovers;
    for takeover in takeovers {
        eprintln!(
            "standby_matrix: {}: lease after {} ms, first message sent after {} ms",
            takeover.point,
            takeover.lease.as_millis(),
            takeover.answer.as_millis()
        );
    }
    let leases: Vec<Duration> = takeovers.iter().map(|t| t.lease).collect();
    let answers: Vec<Duration> = takeovers.iter().map(|t| t.answer).collect();
    eprintln!(
        "standby_matrix run: {} kills of the active on Matrix, lease taken (kill to the new active's log line) {}; taken over (kill to its first message sent) {}; 1 request confirmed, {} email; {} syncs, none by a standby; device {device} kept; {:.1} s",
        takeovers.len(),
        millis(&leases),
        millis(&answers),
        ids.len(),
        syncs,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(takeovers.len(), 5);
}

/// A mediated case across a takeover: a Ukrainian newcomer writes to the integration
/// office, whose cases go to the mediators' room for Ukrainian; the caseworker's reply waits
/// for its translation, and the active is killed right after its sync returned the
/// mediator's translation (matrix-sdk has stored that batch; the translation may still be
/// in the mediators' worker). The newcomer gets the translation exactly once, and nothing
/// the bot says in the mediators' room or the case's thread comes twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mediators_translation_survives_a_kill_after_its_sync_batch() {
    let started = Instant::now();
    let w = world("integrationsbuero").await;
    let bot_id = w.bot_id.as_str();
    let (mediator, mediators_room, section) =
        mediators_room(&w, LANG, "Sprachmittlung Ukrainisch").await;
    let cluster = blocking(TestCluster::start);
    let sink = blocking(|| SmtpSink::start(w.dir.path(), SinkOptions::default()));
    let mut deployment = Deployment::new(w.dir.path(), &cluster, &sink);
    deployment.flows = flows_with_rooms(w.dir.path(), &[("integrationsbuero", w.room.as_str())]);
    switch_on_mediators(&deployment.flows, "integrationsbuero");
    let mut pair = Pair::start(&w, deployment, section).await;
    mediator.wait_joined(&mediators_room, bot_id, WAIT).await;
    // The first instance logs in, and matrix-sdk then talks to the address the login's
    // answer names, past its proxy: the instance whose `/sync` is watched is a successor.
    pair.kill("before the case");

    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let concern = "Мені потрібна допомога з курсом мови.";
    let (dm, root) = open_contact_in(
        LANG,
        &newcomer,
        &w.caseworker,
        bot_id,
        &w.room,
        None,
        concern,
    )
    .await;
    blocking(|| pair.settle_takeover());
    let dm = dm.as_ref();
    let in_mediators = |r: &Received| r.room == mediators_room && r.sender == bot_id;
    let thread = mediator
        .wait_for(WAIT, |r| in_mediators(r) && r.thread_root.is_none())
        .await
        .event_id;
    let in_thread = |r: &Received| in_mediators(r) && r.thread_root.as_ref() == Some(&thread);
    mediator
        .wait_for(WAIT, |r| in_thread(r) && r.body.contains(concern))
        .await;
    settle_after_last(&newcomer, bot_id, dm).await;
    // The mediator translates the concern for the office. (Their first message in the room
    // also shares their room key with the bot: later the bot's sync wakes for a message of
    // theirs, not for the key sent ahead of it.)
    let for_office = "Ich brauche Hilfe mit dem Sprachkurs.";
    mediator
        .reply_in_thread(&mediators_room, &thread, for_office)
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(for_office)
        })
        .await;

    // The caseworker's reply goes to the mediators; the newcomer hears that a translation
    // is coming, not the German.
    let reply = "Der nächste Kurs beginnt am 5. Januar.";
    let before = bot_notices(&newcomer, bot_id, dm).len();
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, reply)
        .await;
    mediator
        .wait_for(WAIT, |r| in_thread(r) && r.body.contains(reply))
        .await;
    let told = settle(&newcomer, bot_id, dm, before).await;
    assert!(!told.contains(reply), "the German waits: {told}");
    // The bot's own messages come back in its syncs too: they are in before the count.
    tokio::time::sleep(Duration::from_secs(1)).await;

    // Killed right after the active's sync returned the translation.
    let syncs = pair.instances.proxy(pair.active).count("/sync");
    let translation = "Наступний курс починається 5 січня.";
    mediator
        .reply_in_thread(&mediators_room, &thread, translation)
        .await;
    blocking(|| pair.wait_next_sync(syncs));
    pair.kill("the translation's sync batch stored");
    let translated = newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(translation))
        .await;
    assert!(translated.encrypted);
    settle_after_last(&newcomer, bot_id, dm).await;
    // The newcomer answers (the new active answers, whoever sent the translation).
    let thanks = "Дякую.";
    let forwarded = office_text("integrationsbuero", "person-forwarded");
    let answer = say(&newcomer, bot_id, dm, thanks).await;
    assert!(answer.contains(&forwarded), "{answer}");
    mediator
        .wait_for(WAIT, |r| in_thread(r) && r.body.contains(thanks))
        .await;
    blocking(|| pair.settle_takeover());

    // Late duplicates would arrive by now.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let translations = times_received(&newcomer, dm, translation);
    assert_eq!(translations, 1, "the translation reaches the newcomer once");
    passed_on_twice_nothing_repeated(&newcomer, bot_id, dm, &forwarded);
    let to_mediators: Vec<Received> = mediator
        .received()
        .into_iter()
        .filter(in_mediators)
        .collect();
    assert!(
        repeated(&to_mediators).is_empty(),
        "{:?}",
        repeated(&to_mediators)
    );
    in_room_once_nothing_repeated(
        &w.caseworker,
        &w.room,
        bot_id,
        translation,
        "the case's thread is told of the translation once",
    );
    assert!(newcomer.undecryptable().is_empty());
    assert!(mediator.undecryptable().is_empty());

    // Both translations (for the office, then for the newcomer) log this line.
    let handled_by: Vec<&str> = pair
        .instances
        .started
        .iter()
        .filter(|(instance, _)| {
            instance
                .bot
                .log()
                .contains("a mediator's translation was handled")
        })
        .map(|(instance, _)| instance.via.as_str())
        .collect();
    let takeover = &pair.takeovers[1];
    eprintln!(
        "standby_matrix mediators run: mediators' translations handled by {handled_by:?}; {}: lease after {} ms, first message sent after {} ms; {:.1} s",
        takeover.point,
        takeover.lease.as_millis(),
        takeover.answer.as_millis(),
        started.elapsed().as_secs_f64()
    );
}
