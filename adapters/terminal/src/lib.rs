//! The terminal chat: the same engine and storage as the messengers, rendered as numbered
//! menus on stdout and read line by line from stdin.
//!
//! `/photo PATH` sends a file as a photo. When stdin is not a terminal the chat reads one
//! input per line and prints every bot message, so a conversation can be scripted; at the
//! end of input it waits for queued emails to be delivered and prints what the newcomer is
//! told about them.

use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use kompass_core::UserId;
use kompass_core::engine::{Message, Output};
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
    let session_exists = runtime
        .store()
        .session(&user)
        .map_err(io::Error::other)?
        .is_some();
    if session_exists {
        // After a restart: show where the conversation stands, so it simply continues.
        let prompt = blocking(&runtime, move |rt| {
            rt.current_prompt(&user).map(|o| vec![o])
        })
        .await?;
        render(&mut out, &prompt)?;
    } else {
        let outputs = step(&runtime, &options, Incoming::Text("/start".into())).await?;
        render(&mut out, &outputs)?;
    }
    let mut lines = input.lines();
    loop {
        if options.interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        tokio::select! {
            line = lines.next_line() => {
                let Some(line) = line? else { break };
                let Some(incoming) = incoming_for(&line, &mut out)? else { continue };
                let outputs = step(&runtime, &options, incoming).await?;
                render(&mut out, &outputs)?;
                if outputs.iter().any(|o| matches!(o, Output::Submit(_))) {
                    outbox_wake.notify_one();
                }
            }
            Some(notice) = notices.recv() => render_notice(&runtime, &mut out, &notice)?,
            // Checked only between steps: a step in flight always completes. Queued email
            // stays in the outbox for the next start.
            () = shutdown.notified() => return out.flush(),
        }
    }
    drain(&runtime, &mut notices, &mut out, options.drain_timeout).await
}

/// Turns a typed line into an update; `/photo PATH` reads the file.
fn incoming_for(line: &str, out: &mut impl Write) -> io::Result<Option<Incoming>> {
    let trimmed = line.trim();
    if let Some(path) = trimmed.strip_prefix("/photo") {
        let path = path.trim();
        return match std::fs::read(Path::new(path)) {
            Ok(bytes) => Ok(Some(Incoming::File(bytes))),
            Err(error) => {
                writeln!(out, "(terminal) cannot read {path}: {error}")?;
                Ok(None)
            }
        };
    }
    if trimmed.is_empty() {
        return Ok(None);
    }
    Ok(Some(Incoming::Text(line.to_string())))
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

/// After end of input: deliver what is queued and print the notices, within a time limit.
async fn drain(
    runtime: &Arc<Runtime>,
    notices: &mut mpsc::UnboundedReceiver<Notice>,
    out: &mut impl Write,
    timeout: Duration,
) -> io::Result<()> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        while let Ok(notice) = notices.try_recv() {
            render_notice(runtime, out, &notice)?;
        }
        if runtime.store().outbox_len() == 0 {
            // One more short wait: the notice of the last delivery may still be on its way.
            if let Ok(Some(notice)) =
                tokio::time::timeout(Duration::from_millis(200), notices.recv()).await
            {
                render_notice(runtime, out, &notice)?;
                continue;
            }
            return Ok(());
        }
        match tokio::time::timeout_at(deadline, notices.recv()).await {
            Ok(Some(notice)) => render_notice(runtime, out, &notice)?,
            Ok(None) => return Ok(()),
            Err(_) => {
                writeln!(
                    out,
                    "(terminal) {} email(s) still queued; they are sent on the next start.",
                    runtime.store().outbox_len()
                )?;
                return Ok(());
            }
        }
    }
}

fn render(out: &mut impl Write, outputs: &[Output]) -> io::Result<()> {
    for output in outputs {
        match output {
            Output::Say(message) => render_message(out, message, false)?,
            Output::AskUpload(message) => render_message(out, message, true)?,
            Output::Submit(_)
            | Output::EraseUserData
            | Output::OpenCase(_)
            | Output::Forward { .. } => {}
        }
    }
    out.flush()
}

/// Prints a notice; once printed it is forgotten (until then a restart shows it again).
fn render_notice(runtime: &Runtime, out: &mut impl Write, notice: &Notice) -> io::Result<()> {
    if notice.user.channel != CHANNEL {
        // Someone on a messenger (the same data folder served Telegram): theirs stays
        // pending for that channel.
        return Ok(());
    }
    render_message(out, &notice.message, false)?;
    out.flush()?;
    runtime.notice_sent(&notice.id).map_err(io::Error::other)
}

/// A message as a block: its text, then its buttons numbered from 1 (the engine accepts the
/// number or the label), or with dashes where a typed number is an answer (only the label
/// selects those).
fn render_message(out: &mut impl Write, message: &Message, upload: bool) -> io::Result<()> {
    writeln!(out, "{}", message.text)?;
    for (index, button) in message.buttons.iter().enumerate() {
        if message.numbers_are_answers {
            writeln!(out, "  – {}", button.label)?;
        } else {
            writeln!(out, "  {}) {}", index + 1, button.label)?;
        }
    }
    if upload {
        writeln!(out, "  (terminal: /photo PATH sends a file)")?;
    }
    writeln!(out)
}
