//! Chaos: `kill -9` of the running bot at random points while several newcomers fill in and
//! send requests on Telegram (the loopback Bot API server), emails written as `.eml` files.
//! Afterwards:
//! - **nothing confirmed is lost**: every reference number the bot told a newcomer has
//!   exactly one email, and every email's reference was told;
//! - **nothing is sent twice**: no two emails share a Message-ID, and each request (each
//!   newcomer's round, named by a first name of its own) is in exactly one email;
//! - **every conversation resumes where it was**: each chat's messages equal, in text and
//!   order, those of a reference conversation that no kill interrupted, except that the
//!   message in flight at a kill may come again (at most one per kill and chat).
//!
//! Kills land anywhere (a random moment), during a step (just after a newcomer's input
//! arrived), or between a confirmed request, its reply and its email (just after "Send").
//! The seed is printed; `KOMPASS_CHAOS_SEED=<seed>` repeats the same choices of where to
//! kill (the timing of the bot itself cannot be repeated exactly):
//!
//! ```sh
//! KOMPASS_CHAOS_SEED=12345 cargo test -p kompass --test e2e -- --nocapture chaos::
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use mail_parser::MessageParser;

use crate::kill_support::{Random, compare, normalise, registration};
use crate::support::{emails, sent_marker, t};
use crate::telegram_support::{Bot, BotApi, telegram_config, text_of};

/// Newcomers talking at once.
const USERS: i64 = 5;
/// Kills in one run.
const KILLS: usize = 30;
/// The longest a newcomer waits for one answer, kills included.
const ANSWER_LIMIT: Duration = Duration::from_secs(120);

/// The first name of `chat`'s `round`-th request: letters only (digits spelt `a`–`j`), ended
/// by `z` so that no name is the start of another; unique in the run, so each email tells
/// which conversation and round it came from.
pub fn first_name(chat: i64, round: usize) -> String {
    let letters = |n: String| {
        n.bytes()
            .map(|d| char::from(b'a' + (d - b'0')))
            .collect::<String>()
    };
    format!(
        "Anna{}x{}z",
        letters(chat.to_string()),
        letters(round.to_string())
    )
}

/// The reference numbers (`KAL-…`) in `text`.
pub fn references(text: &str) -> Vec<String> {
    text.match_indices("KAL-")
        .map(|(at, _)| {
            let rest = &text[at..];
            let end = 4 + rest[4..]
                .find(|c: char| !(c.is_ascii_digit() || c == '-'))
                .unwrap_or(rest.len() - 4);
            rest[..end].trim_end_matches('-').to_string()
        })
        .collect()
}

/// The fixed words of "your request has the number …" (before its placeholder).
fn submitted_marker() -> String {
    let text = t("de", "request-submitted");
    text.split('{').next().unwrap_or(&text).trim().to_string()
}

/// What the bot told one chat so far: the references confirmed ("has the number") and
/// those reported sent, in order of first appearance.
pub fn told(api: &BotApi, chat: i64) -> (Vec<String>, Vec<String>) {
    let (submitted, sent) = (submitted_marker(), sent_marker("de"));
    let mut confirmed = Vec::new();
    let mut delivered = Vec::new();
    for message in api.bot_messages(chat) {
        let text = text_of(&message);
        let list = if text.contains(&submitted) {
            &mut confirmed
        } else if text.contains(&sent) {
            &mut delivered
        } else {
            continue;
        };
        for reference in references(&text) {
            if !list.contains(&reference) {
                list.push(reference);
            }
        }
    }
    (confirmed, delivered)
}

/// What the newcomers did, for the killer to aim at.
#[derive(Default)]
struct Activity {
    /// Inputs sent so far.
    inputs: AtomicUsize,
    /// "Send request" inputs so far.
    sends: AtomicUsize,
}

/// One newcomer: rounds of the registration, each to its confirmation and its "sent"
/// notice, until `stop` (at least `min_rounds`, at most `max_rounds`). Returns the rounds.
fn play(
    api: &BotApi,
    chat: i64,
    activity: &Activity,
    stop: &AtomicBool,
    (min_rounds, max_rounds): (usize, usize),
) -> usize {
    let mut round = 0;
    while round < max_rounds && (round < min_rounds || !stop.load(Ordering::SeqCst)) {
        round += 1;
        let script = registration(&first_name(chat, round));
        let last = script.len() - 1;
        for (index, input) in script.iter().enumerate() {
            let before = api.bot_messages(chat).len();
            input.post(api, chat);
            activity.inputs.fetch_add(1, Ordering::SeqCst);
            if index == last {
                activity.sends.fetch_add(1, Ordering::SeqCst);
            }
            let deadline = Instant::now() + ANSWER_LIMIT;
            while api.bot_messages(chat).len() <= before {
                assert!(
                    Instant::now() < deadline,
                    "chat {chat}, round {round}: no answer to input {index}"
                );
                std::thread::sleep(Duration::from_millis(40));
            }
        }
        // The round ends when its request is confirmed and reported sent.
        let deadline = Instant::now() + ANSWER_LIMIT;
        loop {
            let (confirmed, delivered) = told(api, chat);
            if confirmed.len() >= round && confirmed.iter().all(|r| delivered.contains(r)) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chat {chat}, round {round}: not confirmed and sent; confirmed {confirmed:?}, sent {delivered:?}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }
    round
}

/// Waits until no chat got a message for `quiet`.
fn quiet(api: &BotApi, chats: &[i64], quiet: Duration) {
    let count = || -> usize { chats.iter().map(|&c| api.bot_messages(c).len()).sum() };
    let (mut seen, mut since) = (count(), Instant::now());
    while since.elapsed() < quiet {
        std::thread::sleep(Duration::from_millis(200));
        let now = count();
        if now != seen {
            (seen, since) = (now, Instant::now());
        }
    }
}

/// A chat's bot messages as compared: "sent" notices left out (they come from the outbox,
/// whose timing against the replies is free), names of `chat` blanked.
fn transcript(api: &BotApi, chat: i64, rounds: usize) -> Vec<String> {
    let names: Vec<String> = (1..=rounds).map(|r| first_name(chat, r)).collect();
    let sent = sent_marker("de");
    api.bot_messages(chat)
        .iter()
        .filter(|m| !text_of(m).contains(&sent))
        .map(|m| normalise(m, &names))
        .collect()
}

/// Where in the conversations one kill landed, seen while the bot was dead.
#[derive(Debug, Default)]
struct Landing {
    /// Some newcomer's input had no answer yet (a step or its reply in flight).
    input_unanswered: bool,
    /// More "Send" inputs than emails: a request between its step and its `.eml`.
    email_pending: bool,
    /// More emails than "sent" notices: a request between its `.eml` and its notice.
    notice_pending: bool,
}

/// The run's figures.
#[derive(Debug, Default)]
struct Figures {
    kills: usize,
    kills_with_input_unanswered: usize,
    kills_with_email_pending: usize,
    kills_with_notice_pending: usize,
    conversations: usize,
    confirmed_requests: usize,
    emails: usize,
    duplicate_emails: usize,
    lost_requests: usize,
    repeated_messages: usize,
    most_repeated_after_one_kill: usize,
}

fn landing(api: &BotApi, chats: &[i64], data: &Path, activity: &Activity) -> Landing {
    let mut landing = Landing::default();
    let mut notices = 0;
    for &chat in chats {
        let messages = api.messages(chat);
        landing.input_unanswered |= messages
            .last()
            .is_some_and(|m| m["from_bot"].as_bool() != Some(true));
        notices += told(api, chat).1.len();
    }
    let written = emails(data).len();
    landing.email_pending = activity.sends.load(Ordering::SeqCst) > written;
    landing.notice_pending = written > notices;
    landing
}

#[test]
fn kill_9_at_random_points_loses_no_request_and_sends_none_twice() {
    let started = Instant::now();
    // `KOMPASS_CHAOS_KEEP=1` keeps the run's folder (the bot's logs, data and emails).
    let temporary = tempfile::tempdir().unwrap();
    let (root, _removed_at_end) = if std::env::var_os("KOMPASS_CHAOS_KEEP").is_some() {
        let kept = temporary.keep();
        eprintln!("chaos run: folder kept at {}", kept.display());
        (kept, None)
    } else {
        (temporary.path().to_path_buf(), Some(temporary))
    };
    let dir = root.as_path();
    let data = dir.join("data");
    // Five messages a second per chat (Telegram allows one): a two-message reply still has
    // a gap to be killed in, and a run fits in CI's time.
    let limits = "messages_per_second = 0\nchat_messages_per_second = 5";

    // The reference: two rounds on a bot of its own that is never killed.
    let reference_api = BotApi::start();
    let reference_dir = dir.join("reference");
    std::fs::create_dir_all(&reference_dir).unwrap();
    let reference_bot = Bot::start(&telegram_config(&reference_dir, &reference_api, limits));

    let api = BotApi::start();
    let config = telegram_config(dir, &api, limits);
    // Debug lines of the runtime and the adapter (ids and counts, no personal data) tell
    // from the kept logs which update a repeated message answered.
    let log = [(
        "RUST_LOG",
        "info,kompass_core::runtime=debug,kompass_telegram=debug",
    )];
    let bot = Mutex::new(Some(Bot::start_with(&config, &log)));
    let chats: Vec<i64> = (0..USERS).map(|i| 9100 + i).collect();
    let activity = Activity::default();
    let stop = AtomicBool::new(false);
    let mut boundaries: Vec<Vec<usize>> = vec![Vec::new(); chats.len()];
    // How many `sendMessage` calls the Bot API server had seen at each kill.
    let mut call_boundaries: Vec<usize> = Vec::new();
    let mut figures = Figures {
        kills: KILLS,
        conversations: chats.len(),
        ..Figures::default()
    };
    let mut random = Random::from_env("KOMPASS_CHAOS_SEED");
    let (reference_rounds, rounds) = std::thread::scope(|scope| {
        let reference = scope.spawn(|| {
            let unused = Activity::default();
            play(
                &reference_api,
                9000,
                &unused,
                &AtomicBool::new(true),
                (2, 2),
            )
        });
        let players: Vec<_> = chats
            .iter()
            .map(|&chat| {
                let (api, activity, stop) = (&api, &activity, &stop);
                scope.spawn(move || play(api, chat, activity, stop, (1, usize::MAX)))
            })
            .collect();
        for _ in 0..KILLS {
            // Where to aim: anywhere (half the kills), just after an input arrived (a
            // step), or just after a "Send" (step, reply, email, notice).
            let (counter, limit, jitter) = match random.below(4) {
                0 | 1 => (None, Duration::ZERO, random.millis(200, 1600)),
                2 => (
                    Some(&activity.inputs),
                    Duration::from_secs(10),
                    random.millis(0, 40),
                ),
                _ => (
                    Some(&activity.sends),
                    Duration::from_secs(30),
                    random.millis(0, 400),
                ),
            };
            if let Some(counter) = counter {
                let seen = counter.load(Ordering::SeqCst);
                let deadline = Instant::now() + limit;
                while counter.load(Ordering::SeqCst) == seen && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
            std::thread::sleep(jitter);
            let mut running = bot.lock().unwrap();
            running.take().unwrap().kill();
            // The bot is dead: what each chat has now ends the part before this kill.
            // Counted as the transcripts are, without "sent" notices: a boundary counted
            // with them would lie later than the same place in the transcript, and a
            // message sent again after this kill would be counted against an earlier one.
            let sent = sent_marker("de");
            for (index, &chat) in chats.iter().enumerate() {
                let messages = api.bot_messages(chat);
                let replies = messages.iter().filter(|m| !text_of(m).contains(&sent));
                boundaries[index].push(replies.count());
            }
            call_boundaries.push(api.calls("sendMessage").len());
            let landed = landing(&api, &chats, &data, &activity);
            figures.kills_with_input_unanswered += usize::from(landed.input_unanswered);
            figures.kills_with_email_pending += usize::from(landed.email_pending);
            figures.kills_with_notice_pending += usize::from(landed.notice_pending);
            std::thread::sleep(random.millis(0, 300));
            *running = Some(Bot::start_with(&config, &log));
        }
        stop.store(true, Ordering::SeqCst);
        let rounds: Vec<usize> = players.into_iter().map(|p| p.join().unwrap()).collect();
        (reference.join().unwrap(), rounds)
    });
    assert_eq!(reference_rounds, 2);
    quiet(&api, &chats, Duration::from_secs(2));

    // Every conversation resumed where it was: the reference's first round, then its second
    // round once for each further round.
    let reference = transcript(&reference_api, 9000, 2);
    let first_round_end = reference
        .iter()
        .position(|m| m.contains(&submitted_marker()))
        .expect("the reference's first request was confirmed")
        + 1;
    drop(reference_bot);
    let mut confirmed_by_chat = BTreeMap::new();
    for (index, &chat) in chats.iter().enumerate() {
        let rounds = rounds[index];
        let mut expected = reference[..first_round_end].to_vec();
        for _ in 1..rounds {
            expected.extend_from_slice(&reference[first_round_end..]);
        }
        let actual = transcript(&api, chat, rounds);
        // The message in flight at a kill, or the one before it when a reply has two.
        let comparison = compare(&expected, &actual, &boundaries[index], 2);
        assert!(
            comparison.unexpected.is_empty() && comparison.missing == 0,
            "chat {chat} did not resume where it was: {} messages missing, unexpected: {:#?}\nexpected: {expected:#?}\nactual: {actual:#?}",
            comparison.missing,
            comparison.unexpected
        );
        // At most the message in flight at each kill comes again (as `telegram_kill`).
        let worst = comparison
            .duplicates_per_kill
            .iter()
            .max()
            .copied()
            .unwrap_or(0);
        figures.most_repeated_after_one_kill = figures.most_repeated_after_one_kill.max(worst);
        if worst > 1 {
            // The chat's `sendMessage` calls as the server saw them, with the kills between:
            // which process sent what.
            let calls = api.calls("sendMessage");
            let mut kill = 0;
            for (at, call) in calls.iter().enumerate() {
                while call_boundaries.get(kill).is_some_and(|b| *b <= at) {
                    eprintln!("  --- kill {kill}");
                    kill += 1;
                }
                if call["params"]["chat_id"].as_i64() == Some(chat) {
                    let text: String = call["params"]["text"]
                        .as_str()
                        .unwrap_or_default()
                        .chars()
                        .take(50)
                        .collect();
                    eprintln!("  {at} {} {text:?}", call["status"]);
                }
            }
        }
        assert!(
            worst <= 1,
            "chat {chat}: more than the message in flight came again after one kill: {:?}\n(kill, place, message): {:#?}",
            comparison.duplicates_per_kill,
            comparison
                .duplicates
                .iter()
                .map(|(kill, at, m)| (kill, at, m.chars().take(100).collect::<String>()))
                .collect::<Vec<_>>()
        );
        figures.repeated_messages += comparison.duplicates_per_kill.iter().sum::<usize>();
        let (confirmed, delivered) = told(&api, chat);
        assert_eq!(confirmed.len(), rounds, "chat {chat}: {confirmed:?}");
        assert_eq!(
            confirmed, delivered,
            "chat {chat}: each confirmed request reported sent"
        );
        confirmed_by_chat.insert(chat, confirmed);
    }
    drop(bot);

    // Exactly one email for each confirmed request, and none for anything else.
    // Each email by the reference in its subject (not by its file name, which a transport
    // could choose differently), with the first name of the request it carries.
    let mut by_reference: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut message_ids = BTreeSet::new();
    let mut requests = BTreeSet::new();
    for (_, raw) in emails(&data) {
        figures.emails += 1;
        let message = MessageParser::default().parse(&raw).unwrap();
        let id = message.message_id().unwrap_or_default().to_string();
        let body = message.body_text(0).unwrap_or_default().to_string();
        let name = body
            .lines()
            .find_map(|line| line.strip_prefix("Vorname(n): "))
            .unwrap_or_default()
            .to_string();
        // A second email for the same request, under the same Message-ID or (a step
        // repeated) under a new reference.
        let fresh = message_ids.insert(id) & requests.insert(name.clone());
        figures.duplicate_emails += usize::from(!fresh);
        let subject = message.subject().unwrap_or_default();
        let reference = references(subject).into_iter().next().unwrap_or_default();
        by_reference.entry(reference).or_default().push(name);
    }
    for (&chat, confirmed) in &confirmed_by_chat {
        for (round, reference) in confirmed.iter().enumerate() {
            figures.confirmed_requests += 1;
            let name = first_name(chat, round + 1);
            match by_reference.get(reference) {
                Some(found) if found.iter().all(|n| *n == name) => {}
                Some(found) => {
                    panic!("chat {chat}: {reference} is the email of {found:?}, not of {name}")
                }
                None => figures.lost_requests += 1,
            }
        }
    }
    let confirmed: BTreeSet<&String> = confirmed_by_chat.values().flatten().collect();
    let unconfirmed: Vec<&String> = by_reference
        .keys()
        .filter(|r| !confirmed.contains(r))
        .collect();
    eprintln!(
        "chaos run: {} kills ({} with an input unanswered, {} with a request before its email, {} with an email before its notice), {} conversations, rounds per chat {rounds:?}, {} confirmed requests, {} emails, {} lost, {} duplicate emails, {} messages repeated (at most {} in one chat after one kill), {:.1} s",
        figures.kills,
        figures.kills_with_input_unanswered,
        figures.kills_with_email_pending,
        figures.kills_with_notice_pending,
        figures.conversations,
        figures.confirmed_requests,
        figures.emails,
        figures.lost_requests,
        figures.duplicate_emails,
        figures.repeated_messages,
        figures.most_repeated_after_one_kill,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(
        figures.lost_requests, 0,
        "confirmed requests without an email: {figures:?}"
    );
    assert_eq!(
        figures.duplicate_emails, 0,
        "requests emailed twice: {figures:?}"
    );
    assert!(
        unconfirmed.is_empty(),
        "emails nobody was told about: {unconfirmed:?}"
    );
    assert_eq!(figures.emails, figures.confirmed_requests);
}
