//! Helpers shared by the end-to-end tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use kompass_core::Content;
use kompass_core::i18n::{Arg, strip_bidi_marks};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped content, loaded once.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        Content::load(&repo().join("flows"), &repo().join("locales"))
            .unwrap_or_else(|d| panic!("shipped content broken:\n{d}"))
    })
}

/// The menu number of the option of `node` that leads to `target`.
pub fn option_number(node: &str, target: &str) -> String {
    let node = content().flow.node(node).unwrap();
    let options = node.kind.options();
    (options.iter().position(|o| o.goto == target).unwrap() + 1).to_string()
}

/// A message's text without bidi marks, as the tests compare text.
pub fn t(lang: &str, id: &str) -> String {
    strip_bidi_marks(&content().locales.text(lang, id, &[]))
}

/// The fixed words of the "sent to the office" notice between its placeholders ("was sent
/// to"), which no other message contains: proof that the newcomer was told.
pub fn sent_marker(lang: &str) -> String {
    let text = t(lang, "request-sent");
    let middle = text
        .split('}')
        .nth(1)
        .and_then(|rest| rest.split('{').next())
        .unwrap_or(&text);
    let marker = middle.trim().to_string();
    assert!(
        marker.chars().count() >= 4,
        "request-sent in {lang} has no distinctive middle: {text}"
    );
    marker
}

/// The main menu as shown again, once its welcome was said: its question alone
/// (`main-text`'s `.again`).
pub fn main_menu_again(lang: &str) -> String {
    strip_bidi_marks(
        &content()
            .locales
            .attribute(lang, "main-text", "again")
            .expect("main-text has .again"),
    )
}

pub fn ta(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    strip_bidi_marks(&content().locales.text(lang, id, args))
}

/// The `kompass chat` command on a data folder with the shipped content.
pub fn chat_command(data: &Path) -> Command {
    chat_command_with(data, &repo().join("flows"), &repo().join("locales"))
}

/// The `kompass chat` command on a data folder with the given content folders.
pub fn chat_command_with(data: &Path, flows: &Path, locales: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kompass"));
    command
        .arg("chat")
        .arg("--data")
        .arg(data)
        .arg("--flows")
        .arg(flows)
        .arg("--locales")
        .arg(locales)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Starts `command` and types `lines` into it, then closes its input: a chat reads to the
/// end, waits for queued email (up to 30 s) and exits.
pub fn spawn_typing(command: &mut Command, lines: &[String]) -> std::process::Child {
    let mut child = command.spawn().expect("kompass starts");
    let mut stdin = child.stdin.take().unwrap();
    for line in lines {
        writeln!(stdin, "{line}").unwrap();
    }
    child
}

/// Waits for a chat to end successfully; returns stdout without bidi marks.
pub fn finish(child: std::process::Child) -> String {
    let output = child.wait_with_output().unwrap();
    let stdout = strip_bidi_marks(&String::from_utf8_lossy(&output.stdout));
    assert!(
        output.status.success(),
        "kompass failed: {}\nstdout:\n{stdout}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Runs a scripted chat to its end; returns stdout without bidi marks.
pub fn run_chat(data: &Path, lines: &[String]) -> String {
    finish(spawn_typing(&mut chat_command(data), lines))
}

/// Every `.eml` file in `data/mail`, sorted by name.
pub fn emails(data: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(data.join("mail")) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

/// Asserts that `needles` appear in `haystack` in this order; returns where the last ended.
pub fn assert_in_order(haystack: &str, needles: &[String]) -> usize {
    let mut at = 0;
    for needle in needles {
        match haystack[at..].find(needle.as_str()) {
            Some(found) => at += found + needle.len(),
            None => panic!(
                "expected {needle:?} after byte {at} of the transcript:\n{}",
                &haystack[at.saturating_sub(400)..]
            ),
        }
    }
    at
}

/// A small real PNG (`width`×`height`, red).
pub fn png(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    // Stored (uncompressed) deflate blocks keep this free of a compression crate.
    let row_len = 1 + 3 * width as usize;
    let mut row = vec![0u8];
    for _ in 0..width {
        row.extend_from_slice(&[255, 0, 0]);
    }
    let raw = row.repeat(height as usize);
    assert_eq!(raw.len(), row_len * height as usize);
    let mut zlib = vec![0x78, 0x01];
    for (i, block) in raw.chunks(65_535).enumerate() {
        let last = (i + 1) * 65_535 >= raw.len();
        zlib.push(u8::from(last));
        zlib.extend_from_slice(&(block.len() as u16).to_le_bytes());
        zlib.extend_from_slice(&(!(block.len() as u16)).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A sharp, well-lit document photo (a JPEG) that the readability check accepts: the photo
/// tests send when they are about something else (a tiny picture is asked again).
pub fn photo() -> Vec<u8> {
    kompass_core::docphotos::readable_photo()
}

/// The same photo as a PNG.
pub fn photo_png() -> Vec<u8> {
    png_of(&photo())
}

/// A JPEG's picture as a PNG.
pub fn png_of(jpeg: &[u8]) -> Vec<u8> {
    let image = image::load_from_memory(jpeg).unwrap();
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

/// Writes `bytes` to `dir/name` and returns the `/photo` line for it.
pub fn photo_line(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    format!("/photo {}", path.display())
}

/// The Python with aiosmtpd and Synapse that `test.sh` installs.
pub fn test_python() -> PathBuf {
    let path = std::env::var_os("KOMPASS_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/kompass/venv/bin/python")
        });
    assert!(
        path.exists(),
        "{} is missing: run ./test.sh, which installs aiosmtpd and Synapse into it",
        path.display()
    );
    path
}

/// A real SMTP server (tests/peers/smtp_sink.py, aiosmtpd) on 127.0.0.1; stopped on drop.
pub struct SmtpSink {
    child: std::process::Child,
    pub port: u16,
    pub maildir: PathBuf,
}

/// How the sink is started.
#[derive(Default)]
pub struct SinkOptions<'a> {
    pub port: Option<u16>,
    /// `plain`, `starttls` or `tls`, with `certs` for the TLS modes.
    pub mode: &'a str,
    pub certs: Option<&'a TestCerts>,
    pub auth: Option<&'a str>,
    /// Messages containing this text are refused for good (554).
    pub refuse_containing: Option<&'a str>,
}

impl SmtpSink {
    pub fn start(dir: &Path, options: SinkOptions<'_>) -> Self {
        let maildir = dir.join("received");
        let port_file = dir.join(format!("smtp-port-{}", std::process::id()));
        let _ = std::fs::remove_file(&port_file);
        let mut command = Command::new(test_python());
        command
            .arg(repo().join("tests/peers/smtp_sink.py"))
            .arg("--maildir")
            .arg(&maildir)
            .arg("--port-file")
            .arg(&port_file)
            .arg("--mode")
            .arg(if options.mode.is_empty() {
                "plain"
            } else {
                options.mode
            });
        if let Some(port) = options.port {
            command.arg("--port").arg(port.to_string());
        }
        if let Some(certs) = options.certs {
            command
                .arg("--cert")
                .arg(&certs.cert)
                .arg("--key")
                .arg(&certs.key);
        }
        if let Some(auth) = options.auth {
            command.arg("--auth").arg(auth);
        }
        if let Some(text) = options.refuse_containing {
            command.arg("--refuse-containing").arg(text);
        }
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the SMTP test server starts");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let port = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                break text.trim().parse().unwrap();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the SMTP test server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        Self {
            child,
            port,
            maildir,
        }
    }

    /// Messages received so far, as (raw email, envelope JSON), in arrival order.
    pub fn received(&self) -> Vec<(Vec<u8>, serde_json::Value)> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.maildir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .into_iter()
            .map(|path| {
                (
                    std::fs::read(&path).unwrap(),
                    serde_json::from_slice(&std::fs::read(path.with_extension("json")).unwrap())
                        .unwrap(),
                )
            })
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free port on 127.0.0.1 (for a server started later).
/// `/healthz` of the bot's admin listener on `port`, once the listener is up (it binds
/// after the bot's start-up checks): status and body.
pub fn healthz(port: u16) -> (u16, String) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the admin listener did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let (status, body) = crate::telegram_support::http_json(port, "GET", "/healthz", None);
    (
        status,
        body.as_str()
            .map_or_else(|| body.to_string(), str::to_string),
    )
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A throw-away CA and a server certificate for 127.0.0.1, made with openssl.
pub struct TestCerts {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

pub fn test_certs(dir: &Path) -> TestCerts {
    let openssl = |args: &[&str]| {
        let status = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl is installed (test.sh installs it)");
        assert!(status.success(), "openssl {args:?}");
    };
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    openssl(
        &[
            &["req", "-x509"][..],
            &ec,
            &[
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=Kompass Test CA",
            ],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req"][..],
            &ec,
            &[
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
                "-subj",
                "/CN=127.0.0.1",
            ],
        ]
        .concat(),
    );
    std::fs::write(dir.join("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n").unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "server.ext",
    ]);
    TestCerts {
        ca: dir.join("ca.pem"),
        cert: dir.join("server.pem"),
        key: dir.join("server.key"),
    }
}

/// Writes a config.toml for the shipped content with `smtp` as the `[mail.smtp]` table.
pub fn config_with_smtp(dir: &Path, smtp: &str) -> PathBuf {
    let path = dir.join("config.toml");
    let text = format!(
        "[content]\nflows = {:?}\nlocales = {:?}\n\n[storage]\ndata_dir = \"data\"\n\n[mail]\nfrom = \"Kompass Kalletal <kompass@kalletal.example.org>\"\n\n[mail.smtp]\n{smtp}\n",
        repo().join("flows"),
        repo().join("locales")
    );
    std::fs::write(&path, text).unwrap();
    path
}

/// A config.toml delivering to `sink` in plain text (loopback).
pub fn plain_smtp_config(dir: &Path, sink: &SmtpSink) -> PathBuf {
    config_with_smtp(
        dir,
        &format!(
            "host = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"",
            sink.port
        ),
    )
}

/// `kompass --config CONFIG chat` with piped stdio.
pub fn configured_chat(config: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kompass"));
    command
        .arg("--config")
        .arg(config)
        .arg("chat")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Runs a configured chat with `lines` to its end; returns stdout without bidi marks.
pub fn run_configured(config: &Path, lines: &[String]) -> String {
    finish(spawn_typing(&mut configured_chat(config), lines))
}

/// A short German request to the integration office, without photos.
pub fn german_counselling_lines() -> Vec<String> {
    [
        "2",
        "9",
        "4",
        "Weber",
        "Lena",
        "1.1.1990",
        "deutsch",
        "Weg 1",
        "1",
        "05261 123456",
        "Überspringen",
        "Bitte um Rückruf.",
        "Überspringen",
        "Nein",
        "1",
        "Anfrage senden",
    ]
    .map(String::from)
    .to_vec()
}

/// A running chat driven line by line, its output collected as it comes.
pub struct LiveChat {
    pub child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    stdout: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    stderr: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
}

impl LiveChat {
    pub fn start(command: &mut Command) -> Self {
        let mut child = command.spawn().expect("kompass starts");
        let collect = |mut pipe: Box<dyn std::io::Read + Send>| {
            let buffer = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            let sink = buffer.clone();
            std::thread::spawn(move || {
                let mut chunk = [0u8; 4096];
                while let Ok(read) = pipe.read(&mut chunk) {
                    if read == 0 {
                        break;
                    }
                    sink.lock().unwrap().extend_from_slice(&chunk[..read]);
                }
            });
            buffer
        };
        let stdout = collect(Box::new(child.stdout.take().unwrap()));
        let stderr = collect(Box::new(child.stderr.take().unwrap()));
        Self {
            stdin: child.stdin.take(),
            child,
            stdout,
            stderr,
        }
    }

    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("input open");
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Everything printed so far, without bidi marks.
    pub fn output(&self) -> String {
        strip_bidi_marks(&String::from_utf8_lossy(&self.stdout.lock().unwrap()))
    }

    pub fn errors(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }

    /// Waits until `text` has been printed `count` times in all.
    pub fn wait_for(&self, text: &str, count: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while self.output().matches(text).count() < count {
            assert!(
                std::time::Instant::now() < deadline,
                "{text:?} did not appear {count} time(s):\n{}\n{}",
                self.output(),
                self.errors()
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Sends a signal (`TERM`, `HUP`) to the process.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit (at most `limit`) and returns its status.
    pub fn wait_exit(&mut self, limit: std::time::Duration) -> std::process::ExitStatus {
        let deadline = std::time::Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "kompass did not exit within {limit:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

impl Drop for LiveChat {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
