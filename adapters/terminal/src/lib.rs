//! The terminal chat: the same engine and storage as the messengers, rendered as numbered
//! menus on stdout and read line by line from stdin.
//!
//! `/photo PATH` sends a file as a photo, `/voice PATH` an audio file as a voice message
//! (Ogg, MP3, M4A, WAV by its name's ending). When stdin is not a terminal the chat reads one
//! input per line and prints every bot message, so a conversation can be scripted; at the
//! end of input it waits for queued emails to be delivered and prints what the newcomer is
//! told about them.
//!
//! Several people may chat on one data folder (`--user`), one at a time: a delivery notice
//! is shown only to its own person and stays stored until they chat again. What reaches the
//! terminal never carries control characters (an escape sequence in a path or in echoed
//! text could rewrite the screen); a line that is not UTF-8 gets a note, and `/photo` reads
//! only regular files, at most one byte over the upload limit, without waiting on a FIFO.

use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use kompass_core::UserId;
use kompass_core::attachment::Verdict;
use kompass_core::engine::{Message, Output};
use kompass_core::i18n::Arg;
use kompass_core::runtime::{Incoming, Notice, Runtime, Update};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::sync::{Notify, mpsc};

/// The channel name in user ids and emails.
pub const CHANNEL: &str = "terminal";

/// How the chat runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The person at the keyboard (`terminal:<name>`).
    pub user: String,
    /// Show a `> ` prompt (stdin is a terminal).
    pub interactive: bool,
    /// At end of input, wait this long for queued emails before exiting.
    pub drain_timeout: Duration,
    /// Where files sent to the person (an office's attachment, a calendar entry) are saved,
    /// as a phone would download them. Outside the data folder: they are the person's copy.
    pub received: Option<std::path::PathBuf>,
}

/// Runs the chat until end of input, or until `shutdown` is notified (between steps).
pub async fn run<R>(
    runtime: Arc<Runtime>,
    input: R,
    mut notices: mpsc::UnboundedReceiver<Notice>,
    outbox_wake: Arc<Notify>,
    shutdown: Arc<Notify>,
    options: Options,
) -> io::Result<()>
where
    R: AsyncBufRead + Unpin,
{
    let user = UserId::new(CHANNEL, options.user.clone());
    let mut out = io::stdout();
    let session_exists = runtime.session(&user).map_err(io::Error::other)?.is_some();
    if session_exists {
        // After a restart: show where the conversation stands, so it simply continues.
        let prompt_user = user.clone();
        let prompt = blocking(&runtime, move |rt| {
            rt.current_prompt(&prompt_user).map(|o| vec![o])
        })
        .await?;
        render(&runtime, &user, &mut out, &prompt)?;
    } else {
        let outputs = step(&runtime, &options, Incoming::Text("/start".into())).await?;
        render(&runtime, &user, &mut out, &outputs)?;
    }
    let user = UserId::new(CHANNEL, options.user.clone());
    let mut input = input;
    let mut line = Vec::new();
    loop {
        if options.interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        line.clear();
        tokio::select! {
            read = input.read_until(b'\n', &mut line) => {
                if read? == 0 {
                    break;
                }
                let incoming = match incoming_for(&runtime, &line).await {
                    Ok(Some(incoming)) => incoming,
                    Ok(None) => continue,
                    Err(note) => {
                        render_message(&mut out, &note.message(&runtime, &user)?)?;
                        out.flush()?;
                        continue;
                    }
                };
                let outputs = step(&runtime, &options, incoming).await?;
                render(&runtime, &user, &mut out, &outputs)?;
                if outputs
                    .iter()
                    .any(|o| matches!(o, Output::Submit(_) | Output::Forward { .. }))
                {
                    outbox_wake.notify_one();
                }
            }
            Some(notice) = notices.recv() => render_notice(&runtime, &user, &options, &mut out, &notice)?,
            // Checked only between steps: a step in flight always completes. Queued email
            // stays in the outbox for the next start.
            () = shutdown.notified() => return out.flush(),
        }
    }
    drain(&runtime, &user, &options, &mut notices, &mut out).await
}

/// One of the terminal's own notes, translated when it is shown.
#[derive(Debug)]
enum Note {
    NotUtf8,
    FileMissing(String),
    NotRegular(String),
    Unreadable(String),
}

impl Note {
    /// The note in the person's language (English before they chose one).
    fn message(&self, runtime: &Runtime, user: &UserId) -> io::Result<Message> {
        let (id, path) = match self {
            Self::NotUtf8 => ("terminal-not-utf8", None),
            Self::FileMissing(path) => ("terminal-file-missing", Some(path)),
            Self::NotRegular(path) => ("terminal-file-not-regular", Some(path)),
            Self::Unreadable(path) => ("terminal-file-unreadable", Some(path)),
        };
        let args: Vec<(&str, Arg<'_>)> = path
            .map(|path| ("path", Arg::from(path.as_str())))
            .into_iter()
            .collect();
        note(runtime, user, id, &args)
    }
}

/// The text of message `id` in `user`'s language, as a message without buttons.
fn note(
    runtime: &Runtime,
    user: &UserId,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> io::Result<Message> {
    let engine = runtime.engine();
    let session = runtime.session(user).map_err(io::Error::other)?;
    let lang = session.map_or_else(|| "en".to_string(), |s| engine.session_language(&s));
    Ok(Message {
        text: engine.content().locales.text(&lang, id, args),
        buttons: Vec::new(),
        rtl: kompass_core::engine::is_rtl(&lang),
        numbers_are_answers: false,
    })
}

/// Turns a typed line into an update (`None` for an empty line); `/photo PATH` and
/// `/voice PATH` read the file.
async fn incoming_for(runtime: &Runtime, line: &[u8]) -> Result<Option<Incoming>, Note> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Ok(line) = std::str::from_utf8(line) else {
        return Err(Note::NotUtf8);
    };
    let trimmed = line.trim();
    if let Some(path) = trimmed.strip_prefix("/photo") {
        let max_bytes = runtime.settings().limits.max_bytes;
        return read_upload(path.trim().to_string(), max_bytes)
            .await
            .map(Some);
    }
    if let Some(path) = trimmed.strip_prefix("/voice") {
        let max_bytes = runtime.settings().limits.max_bytes;
        let path = path.trim().to_string();
        let mime = audio_mime(&path);
        return read_upload(path, max_bytes).await.map(|read| {
            Some(match read {
                Incoming::File(bytes) => Incoming::Voice {
                    bytes,
                    mime: mime.to_string(),
                    duration_seconds: None,
                },
                _ => Incoming::VoiceTooLarge,
            })
        });
    }
    if trimmed.is_empty() {
        return Ok(None);
    }
    Ok(Some(Incoming::Text(line.to_string())))
}

/// The type of an audio file by its name's ending, as a messenger would report it.
fn audio_mime(path: &str) -> &'static str {
    let ending = path
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ending.as_str() {
        "mp3" => "audio/mpeg",
        "m4a" | "mp4" => "audio/mp4",
        "wav" => "audio/wav",
        _ => "audio/ogg",
    }
}

/// How long a `/photo` read may take before the chat gives up on it (a file on a hung
/// network mount, a `/proc` file that blocks).
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Reads the file at `path` for `/photo` and `/voice`: only a regular file (checked on the
/// opened file, which is opened without waiting for a FIFO's writer), and at most
/// `max_bytes + 1` bytes, so that a larger file is refused without reading it all.
async fn read_upload(path: String, max_bytes: u64) -> Result<Incoming, Note> {
    let shown = path.clone();
    let read = tokio::task::spawn_blocking(move || read_regular_file(Path::new(&path), max_bytes));
    match tokio::time::timeout(READ_TIMEOUT, read).await {
        Ok(Ok(Ok(Some(bytes)))) => Ok(Incoming::File(bytes)),
        Ok(Ok(Ok(None))) => Ok(Incoming::RefusedFile(Verdict::TooLarge {
            max_mb: max_bytes / (1024 * 1024),
        })),
        Ok(Ok(Err(error))) if error.kind() == io::ErrorKind::NotFound => {
            Err(Note::FileMissing(shown))
        }
        Ok(Ok(Err(error))) if error.kind() == io::ErrorKind::InvalidInput => {
            Err(Note::NotRegular(shown))
        }
        // Permission denied, a timeout, a read error: the person can only try another file.
        _ => Err(Note::Unreadable(shown)),
    }
}

/// The file's bytes, `None` if it has more than `max_bytes`; `InvalidInput` if it is not a
/// regular file.
fn read_regular_file(path: &Path, max_bytes: u64) -> io::Result<Option<Vec<u8>>> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    }
    if metadata.len() > max_bytes {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    file.take(max_bytes + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max_bytes).then_some(bytes))
}

async fn step(
    runtime: &Arc<Runtime>,
    options: &Options,
    incoming: Incoming,
) -> io::Result<Vec<Output>> {
    let update = Update {
        user: UserId::new(CHANNEL, options.user.clone()),
        id: None,
        language_hint: None,
        incoming,
    };
    blocking(runtime, move |rt| rt.handle(update)).await
}

async fn blocking<T, F>(runtime: &Arc<Runtime>, work: F) -> io::Result<T>
where
    T: Send + 'static,
    F: FnOnce(&Runtime) -> Result<T, kompass_core::runtime::RuntimeError> + Send + 'static,
{
    let runtime = runtime.clone();
    tokio::task::spawn_blocking(move || work(&runtime))
        .await
        .map_err(io::Error::other)?
        .map_err(io::Error::other)
}

/// The emails queued: requests, and what was written to offices that talk by email.
fn waiting(runtime: &Runtime) -> usize {
    runtime.outbox_len() + runtime.thread_mails_waiting().unwrap_or(0)
}

/// After end of input: deliver what is queued and print the notices, within a time limit.
async fn drain(
    runtime: &Arc<Runtime>,
    user: &UserId,
    options: &Options,
    notices: &mut mpsc::UnboundedReceiver<Notice>,
    out: &mut impl Write,
) -> io::Result<()> {
    let deadline = tokio::time::Instant::now() + options.drain_timeout;
    loop {
        while let Ok(notice) = notices.try_recv() {
            render_notice(runtime, user, options, out, &notice)?;
        }
        if waiting(runtime) == 0 {
            // One more short wait: the notice of the last delivery may still be on its way.
            if let Ok(Some(notice)) =
                tokio::time::timeout(Duration::from_millis(200), notices.recv()).await
            {
                render_notice(runtime, user, options, out, &notice)?;
                continue;
            }
            return Ok(());
        }
        // Looked at again every moment: what goes to an office by email brings no notice.
        let now = tokio::time::Instant::now();
        let next = (now + Duration::from_millis(200)).min(deadline);
        match tokio::time::timeout_at(next, notices.recv()).await {
            Ok(Some(notice)) => render_notice(runtime, user, options, out, &notice)?,
            Ok(None) => return Ok(()),
            Err(_) if next < deadline => {}
            Err(_) => {
                let count = waiting(runtime);
                let queued = note(
                    runtime,
                    user,
                    "terminal-emails-queued",
                    &[("count", Arg::from(count))],
                )?;
                render_message(out, &queued)?;
                return out.flush();
            }
        }
    }
}

fn render(
    runtime: &Runtime,
    user: &UserId,
    out: &mut impl Write,
    outputs: &[Output],
) -> io::Result<()> {
    for output in outputs {
        match output {
            Output::Say(message) => render_message(out, message)?,
            Output::AskUpload(message) => {
                let hint = note(runtime, user, "terminal-photo-hint", &[])?;
                render_block(out, message, Some(&hint.text))?;
            }
            Output::Submit(_)
            | Output::EraseUserData
            | Output::OpenCase(_)
            | Output::Forward { .. } => {}
        }
    }
    out.flush()
}

/// Prints a notice for the person chatting; once printed it is forgotten (until then a
/// restart shows it again).
fn render_notice(
    runtime: &Runtime,
    user: &UserId,
    options: &Options,
    out: &mut impl Write,
    notice: &Notice,
) -> io::Result<()> {
    if notice.user != *user {
        // Someone else's: another terminal user of this data folder, or someone on a
        // messenger the same data folder served. It stays stored until they chat again.
        return Ok(());
    }
    render_message(out, &notice.message)?;
    for file in &notice.files {
        // The name comes from an office's email: shown and used as data, never as a path.
        let name = safe_file_name(&file.name);
        match &options.received {
            Some(folder) => {
                std::fs::create_dir_all(folder)?;
                let path = folder.join(&name);
                std::fs::write(&path, &file.bytes)?;
                writeln!(
                    out,
                    "📎 {name} ({} KB) → {}",
                    file.bytes.len().div_ceil(1024),
                    printable(&path.display().to_string())
                )?;
            }
            None => writeln!(out, "📎 {name} ({} KB)", file.bytes.len().div_ceil(1024))?,
        }
    }
    out.flush()?;
    runtime.notice_sent(&notice.id).map_err(io::Error::other)
}

/// A file name safe to show and to create: no path separators, no control characters, not
/// hidden.
fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.').trim();
    if cleaned.is_empty() {
        "datei".to_string()
    } else {
        cleaned.chars().take(100).collect()
    }
}

/// A message as a block: its text, then its buttons numbered from 1 (the engine accepts the
/// number or the label), or with dashes where a typed number is an answer (only the label
/// selects those).
fn render_message(out: &mut impl Write, message: &Message) -> io::Result<()> {
    render_block(out, message, None)
}

/// [`render_message`] with an indented hint under the buttons.
fn render_block(out: &mut impl Write, message: &Message, hint: Option<&str>) -> io::Result<()> {
    writeln!(out, "{}", printable(&message.text))?;
    for (index, button) in message.buttons.iter().enumerate() {
        if message.numbers_are_answers {
            writeln!(out, "  – {}", printable(&button.label))?;
        } else {
            writeln!(out, "  {}) {}", index + 1, printable(&button.label))?;
        }
    }
    if let Some(hint) = hint {
        writeln!(out, "  {}", printable(hint))?;
    }
    writeln!(out)
}

/// `text` without control characters (C0, DEL, C1) other than line breaks and tabs: an
/// escape sequence in a path or in echoed text must not reach the terminal, where it could
/// clear the screen, retitle the window or fake a message.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| if unsafe_char(c) { '\u{fffd}' } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_keeps_line_breaks_and_replaces_other_controls() {
        assert_eq!(printable("a\nb\tc"), "a\nb\tc");
        assert_eq!(
            printable("x\u{1b}[2J\u{7}\u{9b}y\r"),
            "x\u{fffd}[2J\u{fffd}\u{fffd}y\u{fffd}"
        );
    }

    #[test]
    fn only_regular_files_are_read_and_within_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.bin");
        std::fs::write(&file, [7u8; 10]).unwrap();
        assert_eq!(read_regular_file(&file, 10).unwrap(), Some(vec![7u8; 10]));
        assert_eq!(read_regular_file(&file, 9).unwrap(), None);
        let error = read_regular_file(dir.path(), 10).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
        let error = read_regular_file(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
    }
}
