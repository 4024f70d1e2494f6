//! The Matrix channel with clients the bot shares no code with: a newcomer and a caseworker
//! on matrix-nio (`tests/peers/matrix_nio_peer.py`, Python), where every other Matrix test
//! uses matrix-sdk, the bot's own library. What nio sends (its room creation, its key
//! sharing, its encrypted attachments, its thread replies) the bot must read, and what the
//! bot sends nio must decrypt.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::matrix::assert_no_encryption_trouble;
use crate::matrix_support::{Synapse, WAIT, flows_with_rooms, matrix_config, start_bot};
use crate::support::{option_number, photo, repo, t, ta, test_python};

/// A room message as the nio client saw it.
#[derive(Debug, Clone)]
struct NioMessage {
    room: String,
    event_id: String,
    sender: String,
    msgtype: String,
    body: String,
    html: Option<String>,
    thread_root: Option<String>,
    /// It arrived encrypted and nio decrypted it.
    encrypted: bool,
    /// The media of an encrypted attachment (`file`: url, key, iv, hashes).
    file: Option<Value>,
}

#[derive(Default)]
struct Seen {
    messages: Vec<NioMessage>,
    undecryptable: Vec<String>,
    replies: HashMap<u64, Value>,
    ready: Option<Value>,
    /// The peer's stdout closed (it exited).
    gone: bool,
}

/// A person on Matrix using a matrix-nio client with a fresh device; stops when dropped.
struct NioUser {
    user_id: String,
    child: Child,
    stdin: ChildStdin,
    seen: Arc<(Mutex<Seen>, Condvar)>,
    next_id: u64,
}

impl NioUser {
    /// Logs `name` in on `synapse` with its crypto store in `store` (blocking).
    fn login(synapse: &Synapse, name: &str, store: &Path) -> Self {
        let user_id = synapse.user_id(name);
        let mut child = Command::new(test_python())
            .arg(repo().join("tests/peers/matrix_nio_peer.py"))
            .args(["--homeserver", &synapse.base_url, "--user", &user_id])
            .arg("--store")
            .arg(store)
            .args(["--name", name])
            .env("NIO_PEER_PASSWORD", synapse.password(name))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python runs the matrix-nio peer");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let seen: Arc<(Mutex<Seen>, Condvar)> = Arc::default();
        let record = seen.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let value: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|_| panic!("the nio peer wrote {line:?}"));
                let (lock, changed) = &*record;
                let mut seen = lock.lock().unwrap();
                if let Some(id) = value["reply"].as_u64() {
                    seen.replies.insert(id, value);
                } else {
                    match value["event"].as_str() {
                        Some("message") => seen.messages.push(NioMessage::from_json(&value)),
                        Some("undecryptable") => {
                            seen.undecryptable.push(value["event_id"].to_string());
                        }
                        _ => seen.ready = Some(value),
                    }
                }
                changed.notify_all();
            }
            let (lock, changed) = &*record;
            lock.lock().unwrap().gone = true;
            changed.notify_all();
        });
        let user = Self {
            user_id,
            child,
            stdin,
            seen,
            next_id: 0,
        };
        let ready = user.wait(|seen| seen.ready.clone());
        assert_eq!(
            ready["event"], "ready",
            "the nio peer did not log in: {ready}"
        );
        user
    }

    /// Waits up to [`WAIT`] until `found` finds something in what the peer reported.
    fn wait<T>(&self, found: impl Fn(&Seen) -> Option<T>) -> T {
        let (lock, changed) = &*self.seen;
        let deadline = Instant::now() + WAIT;
        let mut seen = lock.lock().unwrap();
        loop {
            if let Some(value) = found(&seen) {
                return value;
            }
            let now = Instant::now();
            assert!(
                now < deadline && !seen.gone,
                "{}: nothing matching within {WAIT:?} (peer gone: {}); messages:\n{}",
                self.user_id,
                seen.gone,
                seen.messages
                    .iter()
                    .map(|m| format!("{} {} {}: {}", m.room, m.sender, m.msgtype, m.body))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            seen = changed.wait_timeout(seen, deadline - now).unwrap().0;
        }
    }

    /// Runs a command and returns its answer; panics if it failed.
    fn call(&mut self, mut request: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        request["id"] = id.into();
        writeln!(self.stdin, "{request}").unwrap();
        self.stdin.flush().unwrap();
        let reply = self.wait(|seen| seen.replies.get(&id).cloned());
        assert_eq!(reply["ok"], true, "{request} failed: {reply}");
        reply
    }

    /// An encrypted room inviting `invite` (a direct chat with `direct`).
    fn create_room(
        &mut self,
        name: Option<&str>,
        invite: &str,
        power: Value,
        direct: bool,
    ) -> String {
        let reply = self.call(json!({
            "cmd": "create_room", "name": name, "invite": [invite],
            "power_levels": power, "direct": direct,
        }));
        reply["room"].as_str().unwrap().to_string()
    }

    /// Waits until `user` joined `room`, then a moment for the room's keys to travel.
    fn wait_joined(&mut self, room: &str, user: &str) {
        let start = Instant::now();
        while !self.call(json!({"cmd": "joined", "room": room, "user": user}))["joined"]
            .as_bool()
            .unwrap()
        {
            assert!(start.elapsed() < WAIT, "{user} did not join {room}");
            std::thread::sleep(Duration::from_millis(200));
        }
        std::thread::sleep(Duration::from_millis(500));
    }

    fn send_text(&mut self, room: &str, text: &str, thread_root: Option<&str>) -> String {
        let reply = self.call(json!({
            "cmd": "send_text", "room": room, "text": text, "thread_root": thread_root,
        }));
        reply["event_id"].as_str().unwrap().to_string()
    }

    fn send_image(&mut self, room: &str, path: &Path) {
        self.call(json!({
            "cmd": "send_image", "room": room, "path": path, "mime": "image/jpeg",
            "name": "pass.jpg",
        }));
    }

    fn send_voice(&mut self, room: &str, path: &Path, seconds: u32) {
        self.call(json!({
            "cmd": "send_voice", "room": room, "path": path, "seconds": seconds,
        }));
    }

    /// The plain bytes of an encrypted attachment (downloaded and decrypted by nio).
    fn download(&mut self, file: &Value, out: &Path) -> Vec<u8> {
        self.call(json!({"cmd": "download", "file": file, "out": out}));
        std::fs::read(out).unwrap()
    }

    fn messages(&self) -> Vec<NioMessage> {
        self.seen.0.lock().unwrap().messages.clone()
    }

    fn undecryptable(&self) -> Vec<String> {
        self.seen.0.lock().unwrap().undecryptable.clone()
    }

    /// The first message from `sender` in `room` matching `matches`, waiting for it.
    fn wait_for(
        &self,
        room: &str,
        sender: &str,
        matches: impl Fn(&NioMessage) -> bool,
    ) -> NioMessage {
        self.wait(|seen| {
            seen.messages
                .iter()
                .find(|m| m.room == room && m.sender == sender && matches(m))
                .cloned()
        })
    }

    /// Waits until `sender` has sent more than `before` messages in `room`.
    fn wait_for_more(&self, room: &str, sender: &str, before: usize) {
        self.wait(|seen| {
            let count = seen
                .messages
                .iter()
                .filter(|m| m.room == room && m.sender == sender)
                .count();
            (count > before).then_some(())
        });
    }

    /// Sends `text` and returns all the bot answered (the step's messages, once they stop).
    fn say(&mut self, room: &str, bot: &str, text: &str) -> String {
        let before = self.from(room, bot).len();
        self.send_text(room, text, None);
        self.wait_for_more(room, bot, before);
        let mut count = self.from(room, bot).len();
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.from(room, bot).len();
            if now == count {
                break;
            }
            count = now;
        }
        self.from(room, bot)[before..]
            .iter()
            .map(|m| m.body.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn from(&self, room: &str, sender: &str) -> Vec<NioMessage> {
        self.messages()
            .into_iter()
            .filter(|m| m.room == room && m.sender == sender)
            .collect()
    }
}

impl NioMessage {
    fn from_json(value: &Value) -> Self {
        let text = |key: &str| value[key].as_str().map(str::to_string);
        Self {
            room: text("room").unwrap_or_default(),
            event_id: text("event_id").unwrap_or_default(),
            sender: text("sender").unwrap_or_default(),
            msgtype: text("msgtype").unwrap_or_default(),
            // Compared as the other tests compare text: without Fluent's bidi marks.
            body: kompass_core::i18n::strip_bidi_marks(&text("body").unwrap_or_default()),
            html: text("html"),
            thread_root: text("thread_root"),
            encrypted: value["encrypted"].as_bool().unwrap_or(false),
            file: value.get("file").filter(|f| f.is_object()).cloned(),
        }
    }
}

impl Drop for NioUser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn first_line(lang: &str, id: &str) -> String {
    t(lang, id).lines().next().unwrap_or_default().to_string()
}

/// A Ukrainian newcomer and a caseworker, both on matrix-nio: the first message picks the
/// language, a question typed at the menu is offered to a person and sent there when the
/// offered button's label is typed, an encrypted photo follows it into the office's thread, the caseworker's thread reply reaches the newcomer and their answer
/// goes back — every message decrypted on both sides, user text escaped, nothing twice.
#[test]
fn newcomer_and_caseworker_on_matrix_nio() {
    let dir = tempfile::tempdir().unwrap();
    let synapse = Synapse::start(
        &dir.path().join("synapse"),
        &["bot", "caseworker", "newcomer"],
    );
    let bot_id = synapse.user_id("bot");
    let mut caseworker = NioUser::login(&synapse, "caseworker", &dir.path().join("cw"));
    let room = caseworker.create_room(
        Some("Kompass Integrationsbüro"),
        &bot_id,
        json!({ bot_id.clone(): 50 }),
        false,
    );
    let flows = flows_with_rooms(dir.path(), &[("integrationsbuero", room.as_str())]);
    let config = matrix_config(dir.path(), &synapse, &flows, "");
    let bot = start_bot(&config, &synapse);
    caseworker.wait_joined(&room, &bot_id);

    let mut newcomer = NioUser::login(&synapse, "newcomer", &dir.path().join("nc"));
    let dm = newcomer.create_room(None, &bot_id, json!({}), true);
    newcomer.wait_joined(&dm, &bot_id);

    // The first message, in Ukrainian, picks the language (confirmed with "1" when the bot
    // is not sure).
    let first = newcomer.say(
        &dm,
        &bot_id,
        "Добрий день! Мені потрібна допомога, будь ласка.",
    );
    let first = if first.contains(&first_line("uk", "button-yes"))
        && !first.contains(&t("uk", "language-set"))
    {
        newcomer.say(&dm, &bot_id, "1")
    } else {
        first
    };
    assert!(first.contains(&t("uk", "language-set")), "{first}");
    // The help names the commands as Matrix clients let them be typed: "/delete" is taken
    // by Element as a command of its own (Android drops it unsent).
    let help = newcomer.say(&dm, &bot_id, "!help");
    assert!(
        help.contains(&first_line("uk", "help-text")) && help.contains("\n!delete"),
        "{help}"
    );
    assert!(!help.contains("/delete"), "{help}");
    // A photo of a letter sent at the main menu (encrypted by nio's own attachment code)
    // and a question no page answers are offered to a person; the offered button, typed by
    // the label the screen shows, sends both there.
    let letter = photo();
    let letter_path = dir.path().join("letter.jpg");
    std::fs::write(&letter_path, &letter).unwrap();
    let before = newcomer.from(&dm, &bot_id).len();
    newcomer.send_image(&dm, &letter_path);
    newcomer.wait_for_more(&dm, &bot_id, before);
    let institution = t("uk", "inst-integrationsbuero");
    let label = t("uk", "counselling-opt-person");
    let photo_offer = ta(
        "uk",
        "attachment-offer-person",
        &[
            ("institution", institution.clone().into()),
            ("button", label.clone().into()),
        ],
    );
    newcomer.wait_for(&dm, &bot_id, |m| m.body.contains(&photo_offer));
    // The letter's second page, a message of its own as Matrix clients send them, joins the
    // offer with a short note instead of the whole menu once more.
    let second_page = dir.path().join("letter-2.jpg");
    std::fs::write(&second_page, &letter).unwrap();
    newcomer.send_image(&dm, &second_page);
    let more = ta(
        "uk",
        "attachment-offer-more",
        &[("count", 2usize.into()), ("button", label.clone().into())],
    );
    let joined = newcomer.wait_for(&dm, &bot_id, |m| m.body.contains(&more));
    assert!(
        !joined.body.contains(&t("uk", "main-opt-register")),
        "no menu again: {}",
        joined.body
    );
    let question = "Чи можна прийти в <b>ратушу</b> & з собакою?";
    let offer = newcomer.say(&dm, &bot_id, question);
    let offer_text = ta(
        "uk",
        "not-understood-question",
        &[
            ("institution", institution.clone().into()),
            ("button", label.clone().into()),
        ],
    );
    assert!(offer.contains(&offer_text), "{offer}");
    let sent = newcomer.say(&dm, &bot_id, &label);
    let sent_text = ta(
        "uk",
        "person-question-sent",
        &[("institution", institution.clone().into())],
    );
    assert!(sent.contains(&sent_text), "{sent}");
    let root = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.is_none() && m.body.contains("Gesprächswunsch")
    });
    let asked = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id) && m.body.contains(question)
    });
    let html = asked.html.as_deref().expect("formatted");
    assert!(
        html.contains("&lt;b&gt;ратушу&lt;/b&gt; &amp;"),
        "user text is escaped: {html}"
    );
    let letter_image = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id) && m.msgtype == "m.image"
    });
    // Both pages went to the thread.
    let page_two = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id)
            && m.msgtype == "m.image"
            && m.event_id != letter_image.event_id
    });
    let file = letter_image.file.as_ref().expect("an encrypted attachment");
    let bytes = caseworker.download(file, &dir.path().join("letter-downloaded"));
    let got = image::load_from_memory(&bytes).expect("the caseworker can open the letter");
    let sent = image::load_from_memory(&letter).unwrap();
    assert_eq!((got.width(), got.height()), (sent.width(), sent.height()));

    // A photo, encrypted by nio's own attachment code.
    let sent_photo = photo();
    let photo_path = dir.path().join("pass.jpg");
    std::fs::write(&photo_path, &sent_photo).unwrap();
    let before = newcomer.from(&dm, &bot_id).len();
    newcomer.send_image(&dm, &photo_path);
    newcomer.wait_for_more(&dm, &bot_id, before);
    let image = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id)
            && m.msgtype == "m.image"
            && m.event_id != letter_image.event_id
            && m.event_id != page_two.event_id
    });
    let file = image
        .file
        .as_ref()
        .expect("an encrypted attachment in an encrypted room");
    let bytes = caseworker.download(file, &dir.path().join("downloaded"));
    let (sent, got) = (
        image::load_from_memory(&sent_photo).unwrap(),
        image::load_from_memory(&bytes).expect("the caseworker can open the photo"),
    );
    assert_eq!((got.width(), got.height()), (sent.width(), sent.height()));

    // The caseworker answers in the thread, as Element does; the newcomer gets it.
    let answer = "Guten Tag, kommen Sie bitte am Dienstag um 10 Uhr ins Rathaus, Zimmer 12.";
    caseworker.send_text(&room, answer, Some(&root.event_id));
    let relayed = newcomer.wait_for(&dm, &bot_id, |m| m.body.contains(answer));
    let intro = ta("uk", "person-intro", &[("institution", institution.into())]);
    assert!(relayed.body.contains(&intro), "{}", relayed.body);
    // And the newcomer's answer goes back into the thread.
    let thanks = "Дякую! Я прийду у вівторок.";
    newcomer.send_text(&dm, thanks, None);
    caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id) && m.body.contains(thanks)
    });
    // A voice message recorded as Element records it reaches the thread as audio, the
    // exact bytes, with the German note on its language.
    let voice = b"OggS\0\x02nio-voice-seed-Jq7".to_vec();
    let voice_path = dir.path().join("voice.ogg");
    std::fs::write(&voice_path, &voice).unwrap();
    newcomer.send_voice(&dm, &voice_path, 12);
    let audio = caseworker.wait_for(&room, &bot_id, |m| {
        m.thread_root.as_deref() == Some(&root.event_id) && m.msgtype == "m.audio"
    });
    assert!(audio.body.contains("Ukrainisch"), "{}", audio.body);
    let file = audio.file.as_ref().expect("an encrypted attachment");
    let heard = caseworker.download(file, &dir.path().join("voice-downloaded"));
    assert_eq!(heard, voice);

    std::thread::sleep(Duration::from_secs(1));
    for (who, user, room) in [
        ("newcomer", &newcomer, &dm),
        ("caseworker", &caseworker, &room),
    ] {
        let from_bot = user.from(room, &bot_id);
        assert!(
            from_bot.iter().all(|m| m.encrypted),
            "{who}: every message of the bot arrived encrypted"
        );
        assert_eq!(
            user.undecryptable(),
            Vec::<String>::new(),
            "{who}: all decrypted"
        );
    }
    // Nothing twice: the answer in the direct chat, the question, the three photos (the
    // letter's two pages and the passport) and the thanks in the thread.
    let count = |user: &NioUser, room: &str, what: &dyn Fn(&NioMessage) -> bool| {
        user.from(room, &bot_id).iter().filter(|m| what(m)).count()
    };
    assert_eq!(count(&newcomer, &dm, &|m| m.body.contains(answer)), 1);
    let in_thread = |m: &NioMessage| m.thread_root.as_deref() == Some(root.event_id.as_str());
    assert_eq!(
        count(&caseworker, &room, &|m| in_thread(m)
            && m.body.contains(question)),
        1
    );
    assert_eq!(
        count(&caseworker, &room, &|m| in_thread(m)
            && m.msgtype == "m.image"),
        3
    );
    assert_eq!(
        count(&caseworker, &room, &|m| in_thread(m)
            && m.body.contains(thanks)),
        1
    );
    assert_eq!(
        count(&caseworker, &room, &|m| in_thread(m)
            && m.msgtype == "m.audio"),
        1
    );

    // The person asks the office, another way, to delete their data: `!löschen` typed in
    // nio's thread asks first, `!löschen ja` erases; the person's next message starts a new
    // conversation instead of reaching the thread.
    caseworker.send_text(&room, "!löschen", Some(&root.event_id));
    caseworker.wait_for(&room, &bot_id, |m| {
        in_thread(m) && m.body.contains("!löschen ja")
    });
    caseworker.send_text(&room, "!löschen ja", Some(&root.event_id));
    caseworker.wait_for(&room, &bot_id, |m| {
        in_thread(m) && m.body.contains("Gelöscht")
    });
    let again = "Привіт ще раз";
    let reply = newcomer.say(&dm, &bot_id, again);
    assert!(!reply.contains(&intro), "{reply}");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        count(&caseworker, &room, &|m| m.body.contains(again)),
        0,
        "the erased conversation reached the thread"
    );
    assert_no_encryption_trouble(&bot.log());
}

/// A registration typed on matrix-nio, to an office without a Matrix room, whose email is
/// read from a real SMTP server (aiosmtpd) with a MIME parser Kompass does not use. The
/// sentences of stop 74's field test, as people type them: "I speak a little German, my
/// husband doesn't" at the interpreter question (someone needs one: its language is asked),
/// and two answers put right in one sentence at the summary (each changed, both said).
#[test]
fn a_registration_put_right_in_one_sentence_on_matrix_nio() {
    let dir = tempfile::tempdir().unwrap();
    let synapse = Synapse::start(&dir.path().join("synapse"), &["bot", "newcomer"]);
    let bot_id = synapse.user_id("bot");
    let sink = crate::support::SmtpSink::start(dir.path(), Default::default());
    let flows = flows_with_rooms(dir.path(), &[]);
    let mail = format!(
        "[mail]\nfrom = \"Kompass Kalletal <kompass@kalletal.example.org>\"\n\n[mail.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n",
        sink.port
    );
    let config = matrix_config(dir.path(), &synapse, &flows, &mail);
    let bot = start_bot(&config, &synapse);
    let mut newcomer = NioUser::login(&synapse, "newcomer", &dir.path().join("nc"));
    let dm = newcomer.create_room(None, &bot_id, json!({}), true);
    newcomer.wait_joined(&dm, &bot_id);

    let set = newcomer.say(&dm, &bot_id, "English please");
    assert!(set.contains(&t("en", "language-set")), "{set}");
    newcomer.say(&dm, &bot_id, &option_number("main", "register"));
    let asked = newcomer.say(&dm, &bot_id, &option_number("register", "register-form"));
    assert!(
        asked.contains(&first_line("en", "field-family-name")),
        "{asked}"
    );
    for answer in [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Syrian",
        "Rintelner Straße 3, 32689 Kalletal",
        "1.11.2026",
        "2",
        "+49 151 23456789",
    ] {
        newcomer.say(&dm, &bot_id, answer);
    }
    // No email address, nothing more to say.
    newcomer.say(&dm, &bot_id, &t("en", "button-skip"));
    newcomer.say(&dm, &bot_id, &t("en", "button-skip"));
    // The residence paper, a photo encrypted by nio.
    let paper = std::fs::read(repo().join("tests/fixtures/exif-gps-orientation6.jpg")).unwrap();
    let paper_path = dir.path().join("paper.jpg");
    std::fs::write(&paper_path, &paper).unwrap();
    let before = newcomer.from(&dm, &bot_id).len();
    newcomer.send_image(&dm, &paper_path);
    newcomer.wait_for_more(&dm, &bot_id, before);
    std::thread::sleep(Duration::from_secs(1));
    // The fixture is small: "send it anyway", as its button says.
    let keep = t("en", "button-photo-keep");
    let asked_again = newcomer.from(&dm, &bot_id)[before..]
        .iter()
        .any(|m| m.body.contains(&keep));
    if asked_again {
        newcomer.say(&dm, &bot_id, &keep);
    }
    let interpreter = newcomer.say(&dm, &bot_id, &t("en", "button-done"));
    assert!(interpreter.contains("interpreter"), "{interpreter}");
    let which = newcomer.say(&dm, &bot_id, "I speak a little German, my husband doesn't");
    assert!(
        which.contains(&t("en", "interpreter-language-question")),
        "{which}"
    );
    newcomer.say(&dm, &bot_id, "Arabic");
    let summary = newcomer.say(&dm, &bot_id, "1");
    assert!(
        summary.contains("Haddad") && summary.contains("Sami"),
        "{summary}"
    );
    let corrected = newcomer.say(&dm, &bot_id, "first name Samir, family name Hadad");
    let changed = t("en", "answer-corrected");
    let changed = changed.split(':').next().unwrap();
    assert_eq!(corrected.matches(changed).count(), 2, "{corrected}");
    let sent = newcomer.say(&dm, &bot_id, &t("en", "button-send"));
    assert!(sent.contains("KAL-"), "{sent}");

    let deadline = Instant::now() + WAIT;
    let raw = loop {
        if let Some((raw, _)) = sink.received().into_iter().next() {
            break raw;
        }
        assert!(
            Instant::now() < deadline,
            "no email reached the SMTP server"
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let message = mail_parser::MessageParser::default()
        .parse(&raw)
        .expect("a MIME message");
    let body = message.body_text(0).expect("a text body").into_owned();
    for line in ["Familienname: Hadad", "Vorname(n): Samir"] {
        assert!(body.lines().any(|l| l == line), "{line}\n{body}");
    }
    assert!(
        body.lines().any(|l| l == "Sprachmittlung: Arabisch"),
        "{body}"
    );
    // The sentence goes to the office; the correction, all of it taken, does not.
    assert!(body.contains("my husband doesn't"), "{body}");
    assert!(!body.contains("first name Samir"), "{body}");
    assert!(
        !body.contains("Haddad") && !body.contains("Sami\n"),
        "{body}"
    );
    assert_no_encryption_trouble(&bot.log());
}
