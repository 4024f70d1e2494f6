//! The loopback Bot API server (`tests/peers/telegram_bot_api.py`) driven from tests, and the
//! `kompass` binary run against it from a config file.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{repo, test_python};

pub const TOKEN: &str = "4242:loopback-test-token";

/// A minimal HTTP/1.1 client for loopback peers: the status and the body.
pub fn http(port: u16, method: &str, path: &str, headers: &str, body: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("peer reachable");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8_lossy(&response);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, body.to_string())
}

/// [`http`] with JSON in and out (a body that is not JSON comes back as a string).
pub fn http_json(port: u16, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    let body = body.map(Value::to_string).unwrap_or_default();
    let (status, text) = http(port, method, path, "", &body);
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}

/// The Bot API peer, stopped when dropped (by the handle that started it).
pub struct BotApi {
    child: Option<Child>,
    pub port: u16,
    /// The bot whose chats the control calls are about (`None`: the first token's).
    token: Option<String>,
}

impl BotApi {
    pub fn start() -> Self {
        Self::start_bots(&[TOKEN])
    }

    /// One peer serving several bots, each with chats and updates of its own.
    pub fn start_bots(tokens: &[&str]) -> Self {
        let mut command = Command::new(test_python());
        command
            .arg(repo().join("tests/peers/telegram_bot_api.py"))
            .args(["--port", "0"]);
        for token in tokens {
            command.args(["--token", token]);
        }
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python runs the Bot API peer");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("listening ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("Bot API peer did not start: {line:?}"));
        Self {
            child: Some(child),
            port,
            token: None,
        }
    }

    /// The control API for the bot with `token` (of [`BotApi::start_bots`]).
    pub fn bot(&self, token: &str) -> Self {
        Self {
            child: None,
            port: self.port,
            token: Some(token.to_string()),
        }
    }

    /// A control path for this handle's bot.
    fn control(&self, path: &str) -> String {
        match &self.token {
            None => path.to_string(),
            Some(token) => {
                let joint = if path.contains('?') { '&' } else { '?' };
                format!("{path}{joint}token={token}")
            }
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn post(&self, path: &str, body: Value) -> Value {
        let path = self.control(path);
        let path = path.as_str();
        let (status, value) = http_json(self.port, "POST", path, Some(&body));
        assert_eq!(status, 200, "{path} {body}: {value}");
        value
    }

    pub fn get(&self, path: &str) -> Value {
        let path = self.control(path);
        let path = path.as_str();
        let (status, value) = http_json(self.port, "GET", path, None);
        assert_eq!(status, 200, "{path}: {value}");
        value
    }

    pub fn text(&self, chat: i64, text: &str, language: &str) -> Value {
        self.post(
            "/_test/text",
            json!({"chat_id": chat, "text": text, "language_code": language}),
        )
    }

    /// Presses the button with `data` on the bot's latest message that has it.
    pub fn press(&self, chat: i64, data: &str) -> Value {
        let message = self
            .messages(chat)
            .into_iter()
            .rev()
            .find(|m| buttons(m).iter().any(|(_, d)| d == data))
            .unwrap_or_else(|| {
                panic!(
                    "no message in chat {chat} has a button {data}; last: {}",
                    self.last_text(chat)
                )
            });
        self.press_on(chat, message["message_id"].as_i64().unwrap(), data)
    }

    /// Presses a button on a given message, as an old message still shows it.
    pub fn press_on(&self, chat: i64, message_id: i64, data: &str) -> Value {
        self.post(
            "/_test/press",
            json!({"chat_id": chat, "message_id": message_id, "data": data}),
        )
    }

    pub fn photo(&self, chat: i64, bytes: &[u8], album: Option<&str>) -> Value {
        let mut body = json!({"chat_id": chat, "bytes_b64": base64(bytes)});
        if let Some(album) = album {
            body["media_group_id"] = json!(album);
        }
        self.post("/_test/photo", body)
    }

    /// A voice message (OGG/Opus) of `duration` seconds.
    pub fn voice(&self, chat: i64, bytes: &[u8], duration: u32) -> Value {
        self.post(
            "/_test/voice",
            json!({"chat_id": chat, "bytes_b64": base64(bytes), "duration": duration}),
        )
    }

    pub fn document(&self, chat: i64, body: Value) -> Value {
        let mut body = body;
        body["chat_id"] = json!(chat);
        self.post("/_test/document", body)
    }

    /// The next `count` calls of `method` answer 429 with `retry_after` seconds.
    pub fn fail(&self, method: &str, count: u32, retry_after: u32) {
        self.post(
            "/_test/fail",
            json!({"method": method, "count": count, "retry_after": retry_after}),
        );
    }

    /// Every message in the chat (the user's and the bot's), with edits applied.
    pub fn messages(&self, chat: i64) -> Vec<Value> {
        self.get(&format!("/_test/chat/{chat}"))["messages"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    pub fn bot_messages(&self, chat: i64) -> Vec<Value> {
        self.messages(chat)
            .into_iter()
            .filter(|m| m["from_bot"].as_bool() == Some(true))
            .collect()
    }

    pub fn last_text(&self, chat: i64) -> String {
        self.bot_messages(chat)
            .last()
            .map(text_of)
            .unwrap_or_default()
    }

    /// Waits until the bot's messages in `chat` satisfy `done`; panics with the chat after
    /// `limit`.
    pub fn wait_until(&self, chat: i64, limit: Duration, done: impl Fn(&[Value]) -> bool) {
        let start = Instant::now();
        loop {
            let messages = self.bot_messages(chat);
            if done(&messages) {
                return;
            }
            if start.elapsed() > limit {
                let texts: Vec<String> = messages.iter().map(text_of).collect();
                panic!("chat {chat} did not get there in {limit:?}; bot messages: {texts:#?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the bot's latest message contains `needle`.
    pub fn wait_for_text(&self, chat: i64, needle: &str) {
        self.wait_until(chat, Duration::from_secs(20), |messages| {
            messages.last().is_some_and(|m| text_of(m).contains(needle))
        });
    }

    /// Waits until the bot's latest message offers a button with `data`.
    pub fn wait_for_button(&self, chat: i64, data: &str) {
        self.wait_until(chat, Duration::from_secs(20), |messages| {
            messages
                .last()
                .is_some_and(|m| buttons(m).iter().any(|(_, d)| d == data))
        });
    }

    /// Presses the buttons with these data, each once the bot's latest message offers it.
    pub fn choose(&self, chat: i64, data: &[&str]) {
        for data in data {
            self.wait_for_button(chat, data);
            self.press(chat, data);
        }
    }

    /// Waits until the bot has sent `count` messages (edits not counted) in `chat`.
    pub fn wait_count(&self, chat: i64, count: usize) {
        self.wait_until(chat, Duration::from_secs(20), |messages| {
            messages.len() >= count
        });
    }

    /// Every Bot API call of `method` so far.
    pub fn calls(&self, method: &str) -> Vec<Value> {
        self.get(&format!(
            "/_test/calls?method={}",
            method.to_ascii_lowercase()
        ))
        .as_array()
        .cloned()
        .unwrap_or_default()
    }

    pub fn unanswered_callbacks(&self) -> Vec<Value> {
        self.get("/_test/callbacks")["unanswered"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

impl Drop for BotApi {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A message's text without bidi marks.
pub fn text_of(message: &Value) -> String {
    kompass_core::i18n::strip_bidi_marks(message["text"].as_str().unwrap_or_default())
}

/// A message's buttons as (label, data).
pub fn buttons(message: &Value) -> Vec<(String, String)> {
    message["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["text"].as_str().unwrap_or_default().to_string(),
                b["callback_data"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Standard base64, as the peer takes file bytes.
pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A config for the binary against the peer (rate limits kept, short album wait).
pub fn telegram_config(dir: &Path, api: &BotApi, extra: &str) -> PathBuf {
    let path = dir.join("config.toml");
    let repo = repo();
    std::fs::write(
        &path,
        format!(
            r#"[content]
flows = "{flows}"
locales = "{locales}"

[storage]
data_dir = "{data}"

[telegram]
token_env = "KOMPASS_TEST_TELEGRAM_TOKEN"
api_url = "{url}"
poll_timeout_seconds = 2
album_wait_ms = 500
{extra}
"#,
            flows = repo.join("flows").display(),
            locales = repo.join("locales").display(),
            data = dir.join("data").display(),
            url = api.url(),
        ),
    )
    .unwrap();
    path
}

/// The bot, running `kompass --config <config> run`; killed when dropped.
pub struct Bot {
    pub child: Child,
    pub log: PathBuf,
}

impl Bot {
    pub fn start(config: &Path) -> Self {
        Self::start_with(config, &[])
    }

    /// [`Bot::start`] with extra environment variables.
    pub fn start_with(config: &Path, env: &[(&str, &str)]) -> Self {
        let log = config.with_file_name(format!(
            "bot-{}.log",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        let child = Command::new(env!("CARGO_BIN_EXE_kompass"))
            .arg("--config")
            .arg(config)
            .arg("run")
            .env("KOMPASS_TEST_TELEGRAM_TOKEN", TOKEN)
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("kompass starts");
        Self { child, log }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, and the exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "kompass did not stop"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // The bot's side of a failed test, for whoever reads the CI log.
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(60).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            eprintln!("--- kompass log (last 60 lines) ---\n{}", tail.join("\n"));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
