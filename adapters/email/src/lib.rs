//! The email channel: offices without a caseworker room answer a request's email, and the
//! answer reaches the newcomer in their messenger.
//!
//! Kompass reads a mailbox of its own over IMAP (IDLE where the server offers it, polling
//! otherwise). Every new message is read ([`read`]) and handed to the runtime: an answer is
//! matched to its request by `In-Reply-To`/`References` (Message-IDs Kompass made carry the
//! reference number), else by a reference number in the subject, and relayed once; automatic
//! replies and mail that matches no request are left alone; a bounce of a request email is
//! treated like a permanent SMTP failure. The position (UIDVALIDITY and the last UID handled)
//! is stored after each message, and each relay is an event applied once, so a restart
//! neither loses nor repeats an answer. The relayed notice is stored before the position
//! moves on and is sent until the newcomer's messenger accepted it.
//!
//! The mailbox forgets what the data folder forgets: a message about a request whose
//! personal data is erased (by `/delete` or after the retention period) — an office's
//! answer, an automatic reply, a bounce that carries the whole request email — is deleted
//! from the mailbox (flagged `\Deleted` and expunged), soon after an erasure and once an
//! hour. Other messages stay untouched.

mod quotes;
mod read;

use std::sync::Arc;
use std::time::Duration;

use futures_util::TryStreamExt;
use kompass_core::attachment::{self, Verdict};
use kompass_core::engine::OutgoingFile;
use kompass_core::mail::{reference_in_message_id, references_in_subject};
use kompass_core::runtime::{ChannelHealth, Notice, OfficeMail, OfficeMailOutcome, Runtime};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

pub use read::{Answer, OfficeFile, Read, named_ids, read};

/// How often the mailbox is looked through for mail about erased requests, besides right
/// after an erasure.
const FORGET_EVERY: Duration = Duration::from_secs(3600);

/// How Kompass reaches its mailbox.
#[derive(Clone)]
pub struct ImapSettings {
    pub host: String,
    pub port: u16,
    pub security: ImapSecurity,
    pub username: String,
    pub password: String,
    pub mailbox: String,
    /// How often to look for new mail when the server has no IDLE.
    pub poll: Duration,
    /// Extra certificates to trust (DER), e.g. the municipality's own CA.
    pub extra_roots: Vec<Vec<u8>>,
    /// The municipality whose mailbox this is; `None` for the deployment's `[mail.imap]`.
    pub town: Option<String>,
}

impl std::fmt::Debug for ImapSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The password is a secret and the user name is the mailbox's: neither is printed.
        f.debug_struct("ImapSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("mailbox", &self.mailbox)
            .field("town", &self.town)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImapSecurity {
    /// Implicit TLS (port 993).
    Tls,
    /// Plain connection upgraded with STARTTLS (port 143).
    StartTls,
    /// No encryption: only to the local machine (checked by the config).
    Plain,
}

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("connecting to the IMAP server: {0}")]
    Connect(#[source] std::io::Error),
    #[error("TLS with the IMAP server: {0}")]
    Tls(String),
    #[error("IMAP: {0}")]
    Imap(#[from] async_imap::error::Error),
    #[error("the IMAP server refused the login: {0}")]
    Login(#[source] async_imap::error::Error),
    #[error("the mailbox has no UIDVALIDITY (the server does not support UIDs)")]
    NoUidValidity,
    #[error(transparent)]
    Runtime(#[from] kompass_core::runtime::RuntimeError),
    #[error("storage: {0}")]
    Store(#[from] kompass_core::store::StoreError),
}

/// A stream to the server: plain or TLS.
trait Stream: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> Stream for T {}

type Session = async_imap::Session<Box<dyn Stream>>;

/// Longest IDLE before it is renewed (servers drop idle connections after 30 minutes).
const IDLE_RENEW: Duration = Duration::from_secs(25 * 60);

/// The health channel name of the mailbox of `town` (`None`: the deployment's).
pub fn channel_of(town: Option<&str>) -> String {
    match town {
        None => "imap".to_string(),
        Some(town) => format!("imap:{town}"),
    }
}

/// Reads the mailbox until `stop` is cancelled, handing answers to the runtime and relayed
/// notices to `notices`. Connection failures are logged and retried with back-off.
pub async fn run(
    runtime: Arc<Runtime>,
    settings: ImapSettings,
    notices: mpsc::UnboundedSender<Notice>,
    stop: CancellationToken,
    connected: ChannelHealth,
) {
    use tracing::Instrument as _;
    // With several mailboxes, each line says whose (`-`: the deployment's).
    let span = tracing::info_span!("mailbox", town = settings.town.as_deref().unwrap_or("-"));
    read_mailbox(runtime, settings, notices, stop, connected)
        .instrument(span)
        .await;
}

async fn read_mailbox(
    runtime: Arc<Runtime>,
    settings: ImapSettings,
    notices: mpsc::UnboundedSender<Notice>,
    stop: CancellationToken,
    connected: ChannelHealth,
) {
    let mut wait = Duration::from_secs(2);
    loop {
        let result = tokio::select! {
            result = watch(&runtime, &settings, &notices, &stop, &connected) => result,
            () = stop.cancelled() => return,
        };
        match result {
            Ok(()) => return,
            Err(error) => {
                connected(false);
                tracing::warn!(%error, retry_in = ?wait, "reading the office mailbox failed");
            }
        }
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = stop.cancelled() => return,
        }
        wait = (wait * 2).min(Duration::from_secs(300));
    }
}

async fn connect(settings: &ImapSettings) -> Result<Session, ImapError> {
    let tcp = tokio::net::TcpStream::connect((settings.host.as_str(), settings.port))
        .await
        .map_err(ImapError::Connect)?;
    let stream: Box<dyn Stream> = match settings.security {
        ImapSecurity::Plain => Box::new(tcp),
        ImapSecurity::Tls => Box::new(tls(settings, tcp).await?),
        ImapSecurity::StartTls => {
            let mut client = async_imap::Client::new(tcp);
            client
                .read_response()
                .await
                .map_err(ImapError::Connect)?
                .ok_or_else(|| ImapError::Tls("the server closed the connection".into()))?;
            client.run_command_and_check_ok("STARTTLS", None).await?;
            let tcp = client.into_inner();
            let tls = tls(settings, tcp).await?;
            // No greeting after STARTTLS.
            let client = async_imap::Client::new(Box::new(tls) as Box<dyn Stream>);
            return client
                .login(&settings.username, &settings.password)
                .await
                .map_err(|(error, _)| ImapError::Login(error));
        }
    };
    let mut client = async_imap::Client::new(stream);
    client
        .read_response()
        .await
        .map_err(ImapError::Connect)?
        .ok_or_else(|| ImapError::Tls("the server closed the connection".into()))?;
    client
        .login(&settings.username, &settings.password)
        .await
        .map_err(|(error, _)| ImapError::Login(error))
}

async fn tls(
    settings: &ImapSettings,
    tcp: tokio::net::TcpStream,
) -> Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>, ImapError> {
    use tokio_rustls::rustls;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for der in &settings.extra_roots {
        roots
            .add(rustls::pki_types::CertificateDer::from(der.clone()))
            .map_err(|error| ImapError::Tls(error.to_string()))?;
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|error| ImapError::Tls(error.to_string()))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(settings.host.clone())
        .map_err(|error| ImapError::Tls(error.to_string()))?;
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(ImapError::Connect)
}

/// The stored position: `<uidvalidity>:<last uid handled>`, one per mailbox (a
/// municipality's own mailbox is usually `INBOX` of another account).
fn position_key(settings: &ImapSettings) -> String {
    match &settings.town {
        None => format!("imap:{}", settings.mailbox),
        Some(town) => format!("imap:{town}:{}", settings.mailbox),
    }
}

/// One connection's life: catch up, then wait for new mail, until an error.
async fn watch(
    runtime: &Arc<Runtime>,
    settings: &ImapSettings,
    notices: &mpsc::UnboundedSender<Notice>,
    stop: &CancellationToken,
    connected: &ChannelHealth,
) -> Result<(), ImapError> {
    let mut erasures = runtime.erasures();
    let mut session = connect(settings).await?;
    let capabilities = session.capabilities().await?;
    let idle = capabilities.has_str("IDLE");
    let uidplus = capabilities.has_str("UIDPLUS");
    drop(capabilities);
    let mut forgotten_at: Option<std::time::Instant> = None;
    // Set when an erasure woke the wait below (`changed` marks it seen).
    let mut erased = false;
    let mailbox = session.select(&settings.mailbox).await?;
    let validity = mailbox.uid_validity.ok_or(ImapError::NoUidValidity)?;
    tracing::info!(idle, "reading the office mailbox");
    connected(true);
    loop {
        let last = match runtime.channel_position(&position_key(settings))? {
            // After a UIDVALIDITY change the mailbox is new to us: read it all (relays are
            // applied once by their Message-ID, so nothing is relayed twice).
            Some(position) => position
                .split_once(':')
                .filter(|(stored, _)| *stored == validity.to_string())
                .and_then(|(_, uid)| uid.parse::<u32>().ok())
                .unwrap_or(0),
            None => 0,
        };
        let mut fetched: Vec<(u32, Vec<u8>)> = session
            .uid_fetch(format!("{}:*", last + 1), "(UID BODY.PEEK[])")
            .await?
            .try_filter_map(|fetch| async move {
                Ok(fetch
                    .uid
                    .filter(|uid| *uid > last)
                    .zip(fetch.body().map(<[u8]>::to_vec)))
            })
            .try_collect()
            .await?;
        fetched.sort_by_key(|(uid, _)| *uid);
        let mut handled = last;
        for (uid, raw) in fetched {
            handle(runtime, notices, validity, uid, raw).await?;
            runtime.set_channel_position(&position_key(settings), &format!("{validity}:{uid}"))?;
            handled = uid;
        }
        if erased
            || erasures.has_changed().unwrap_or(false)
            || forgotten_at.is_none_or(|at| at.elapsed() >= FORGET_EVERY)
        {
            erasures.mark_unchanged();
            erased = false;
            forget_erased(runtime, &mut session, handled, uidplus).await?;
            forgotten_at = Some(std::time::Instant::now());
        }
        if stop.is_cancelled() {
            let _ = session.logout().await;
            return Ok(());
        }
        if idle {
            let mut handle = session.idle();
            handle.init().await?;
            let (wait, interrupt) = handle.wait_with_timeout(IDLE_RENEW);
            tokio::select! {
                result = wait => { result?; }
                () = stop.cancelled() => { drop(interrupt); }
                _ = erasures.changed() => { erased = true; drop(interrupt); }
            }
            session = handle.done().await?;
        } else {
            tokio::select! {
                () = tokio::time::sleep(settings.poll) => {}
                () = stop.cancelled() => {}
                _ = erasures.changed() => { erased = true; }
            }
            session.noop().await?;
        }
    }
}

/// Deletes from the mailbox the messages (among the handled ones, UIDs up to `handled`)
/// about requests whose personal data is erased: found by the Message-IDs they name, which
/// carry the reference number. Mail about no request of ours stays.
async fn forget_erased(
    runtime: &Arc<Runtime>,
    session: &mut Session,
    handled: u32,
    uidplus: bool,
) -> Result<(), ImapError> {
    if handled == 0 {
        return Ok(());
    }
    let fetched: Vec<(u32, Vec<u8>)> = session
        .uid_fetch(format!("1:{handled}"), "(UID BODY.PEEK[])")
        .await?
        .try_filter_map(|fetch| async move { Ok(fetch.uid.zip(fetch.body().map(<[u8]>::to_vec))) })
        .try_collect()
        .await?;
    let judge = runtime.clone();
    let doomed = tokio::task::spawn_blocking(move || -> Result<Vec<u32>, ImapError> {
        let domains = judge.message_id_domains();
        let mut doomed = Vec::new();
        for (uid, raw) in fetched {
            let reference = named_ids(&raw).iter().find_map(|id| {
                domains
                    .iter()
                    .find_map(|domain| reference_in_message_id(id, domain))
            });
            if let Some(reference) = reference
                && !judge.mail_may_stay(&reference)?
            {
                doomed.push(uid);
            }
        }
        Ok(doomed)
    })
    .await
    .map_err(|_| kompass_core::runtime::RuntimeError::Panicked)??;
    if doomed.is_empty() {
        return Ok(());
    }
    let set = doomed
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    session
        .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
        .await?
        .try_for_each(|_| async { Ok(()) })
        .await?;
    if uidplus {
        session
            .uid_expunge(&set)
            .await?
            .try_for_each(|_| async { Ok(()) })
            .await?;
    } else {
        session
            .expunge()
            .await?
            .try_for_each(|_| async { Ok(()) })
            .await?;
    }
    tracing::info!(
        deleted = doomed.len(),
        "mail about erased requests deleted from the office mailbox"
    );
    Ok(())
}

/// Handles one message; the caller stores the position after it.
async fn handle(
    runtime: &Arc<Runtime>,
    notices: &mpsc::UnboundedSender<Notice>,
    validity: u32,
    uid: u32,
    raw: Vec<u8>,
) -> Result<(), ImapError> {
    let runtime = runtime.clone();
    let outcome = tokio::task::spawn_blocking(move || relay(&runtime, validity, uid, &raw))
        .await
        .map_err(|_| kompass_core::runtime::RuntimeError::Panicked)??;
    for notice in outcome {
        let _ = notices.send(notice);
    }
    Ok(())
}

/// What one message comes to; a notice for a newcomer if it was relayed.
fn relay(runtime: &Runtime, validity: u32, uid: u32, raw: &[u8]) -> Result<Vec<Notice>, ImapError> {
    // Each municipality's sender domain names its Message-IDs.
    let domains = runtime.message_id_domains();
    let reference_in = |id: &str| {
        domains
            .iter()
            .find_map(|domain| reference_in_message_id(id, domain))
    };
    let answer = match read(raw) {
        Read::Answer(answer) => answer,
        Read::AutoReply => {
            tracing::info!(uid, "an automatic reply in the office mailbox; not relayed");
            return Ok(Vec::new());
        }
        Read::Unreadable => {
            tracing::warn!(uid, "an unreadable message in the office mailbox; skipped");
            return Ok(Vec::new());
        }
        Read::Bounce { message_ids } => {
            let reference = message_ids.iter().find_map(|id| reference_in(id));
            return match reference {
                Some(reference) => Ok(runtime
                    .request_bounced(&reference, chrono::Utc::now())?
                    .into_iter()
                    .collect()),
                None => {
                    tracing::info!(uid, "a bounce that names no request email; skipped");
                    Ok(Vec::new())
                }
            };
        }
    };
    let mut reference = answer.replied_to.iter().find_map(|id| reference_in(id));
    if reference.is_none() {
        for candidate in references_in_subject(&answer.subject) {
            if runtime.case_exists(&candidate)? {
                reference = Some(candidate);
                break;
            }
        }
    }
    let Some(reference) = reference else {
        tracing::info!(uid, "a message that answers no request; not relayed");
        return Ok(Vec::new());
    };
    let Some(from) = answer.from.clone() else {
        tracing::warn!(uid, %reference, "an answer without a sender; not relayed");
        return Ok(Vec::new());
    };
    let files = office_files(runtime, &answer.files);
    let event = match &answer.message_id {
        // The Message-ID survives a rebuilt mailbox (new UIDVALIDITY); the UID does not.
        Some(id) => format!("email:{id}"),
        None => format!("imap:{validity}:{uid}"),
    };
    let now = chrono::Utc::now()
        .with_timezone(&runtime.settings().time_zone)
        .naive_local();
    let appointment = read::appointment_line(&answer.text, now.date());
    let mail = OfficeMail {
        event,
        message_id: answer.message_id,
        references: answer.references,
        from,
        reply_to: answer.reply_to,
        subject: answer.subject,
        text: answer.text,
        files,
        appointment,
    };
    Ok(match runtime.office_mail(&reference, mail, now)? {
        OfficeMailOutcome::Relayed(notices) => {
            tracing::info!(%reference, "an office's email answer relayed to the newcomer");
            notices
        }
        OfficeMailOutcome::AlreadyDone => Vec::new(),
        OfficeMailOutcome::UnknownCase => {
            tracing::info!(%reference, "an answer to a request without a conversation; not relayed");
            Vec::new()
        }
        OfficeMailOutcome::ForeignSender => {
            tracing::warn!(%reference, "an answer from outside the office's mail domain; not relayed");
            Vec::new()
        }
        OfficeMailOutcome::Closed => {
            tracing::info!(%reference, "an answer to a closed or erased conversation; not relayed");
            Vec::new()
        }
    })
}

/// Most files passed on from one email, and their total size: a newcomer's phone and data
/// plan are small.
const MAX_FILES: usize = 10;
const MAX_TOTAL_BYTES: usize = 20 * 1024 * 1024;

/// The office's files, checked like uploads: pictures re-encoded without metadata, PDFs
/// rewritten, and a PDF with scripts or embedded files refused. A file that fails the
/// check is left out (a newcomer's phone is no place to open it).
fn office_files(runtime: &Runtime, files: &[OfficeFile]) -> Vec<OutgoingFile> {
    let limits = runtime.settings().limits;
    let mut kept = Vec::new();
    let mut total = 0;
    for file in files.iter().take(MAX_FILES) {
        let (verdict, bytes) = attachment::prepare(&file.bytes, limits);
        let (Some(bytes), Some(mime)) = (bytes, verdict.mime().map(str::to_string)) else {
            tracing::warn!(?verdict, "an office's attachment was not passed on");
            continue;
        };
        if total + bytes.len() > MAX_TOTAL_BYTES {
            tracing::warn!("an office's attachments exceed 20 MB; the rest is not passed on");
            break;
        }
        total += bytes.len();
        let name = file_name(&file.name, &verdict);
        kept.push(OutgoingFile { name, mime, bytes });
    }
    kept
}

/// A file name safe for any messenger: the office's name without paths and control
/// characters, with the extension of what the file is now.
fn file_name(name: &str, verdict: &Verdict) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    let stem: String = stem
        .chars()
        .filter(|c| !c.is_control())
        .take(80)
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    let stem = if stem.is_empty() {
        "dokument".to_string()
    } else {
        stem
    };
    format!("{stem}.{}", verdict.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_paths_and_take_the_checked_extension() {
        let pdf = Verdict::Pdf;
        assert_eq!(file_name("../../etc/Bescheid.PDF", &pdf), "Bescheid.pdf");
        assert_eq!(file_name("C:\\Temp\\.hidden.pdf", &pdf), "hidden.pdf");
        assert_eq!(file_name("", &pdf), "dokument.pdf");
    }
}
