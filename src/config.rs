//! `config.toml`: every key optional, unknown keys refused with file, line and key named.
//! `config.example.toml` documents each one.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

use kompass_core::toml_problems::{Problem, TomlFile};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The file this was read from.
    #[serde(skip)]
    pub path: Option<PathBuf>,
    pub content: ContentConfig,
    pub storage: StorageConfig,
    pub mail: MailConfig,
    pub uploads: UploadConfig,
    pub logging: LoggingConfig,
    pub admin: AdminConfig,
    /// Run the bot on Telegram.
    pub telegram: Option<TelegramConfig>,
    /// Run the bot on Matrix (newcomers' direct chats and caseworker rooms).
    pub matrix: Option<MatrixConfig>,
    /// Several municipalities in one deployment (`[[municipality]]`); none: one, with the
    /// content of `[content]`.
    #[serde(rename = "municipality")]
    pub municipalities: Vec<MunicipalityConfig>,
}

/// `[[municipality]]`: one municipality of a deployment with several (README, "Several
/// municipalities in one deployment").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityConfig {
    /// In deep links (`/start <id>_ar_register`), buttons and metrics: lowercase letters,
    /// digits and `-`.
    pub id: String,
    /// As newcomers read it in the list (`Lindenau`).
    pub name: String,
    /// Its flow files; default `<content.flows>/<id>`.
    pub flows: Option<PathBuf>,
    /// Its own texts: the sub-folder of each language folder of `content.locales` whose
    /// messages replace the shared ones (`lindenau` → `locales/<lang>/lindenau/*.ftl`).
    pub locales: Option<String>,
    /// Sender of its request emails; default `[mail] from`.
    pub mail_from: Option<String>,
    /// Environment variable with the token of a Telegram bot of its own (uses the other
    /// `[telegram]` settings); newcomers of that bot are in this municipality.
    pub telegram_token_env: Option<String>,
    /// The username of that bot (`kompass_lindenau_bot`), for the links on its posters.
    pub telegram_username: Option<String>,
    /// Fictional sample data (`kompass check` says so).
    #[serde(default)]
    pub sample: bool,
    /// A mailbox of its own for offices' answers, set like `[mail.imap]`: its request
    /// emails carry this address as Reply-To (default: the `[mail.imap]` mailbox).
    pub imap: Option<ImapConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelegramConfig {
    /// Name of the environment variable holding the bot token from @BotFather.
    pub token_env: String,
    /// The Bot API server; a loopback one in tests.
    #[serde(default = "default_telegram_api")]
    pub api_url: String,
    /// Long-polling timeout of `getUpdates`.
    #[serde(default = "default_poll_timeout")]
    pub poll_timeout_seconds: u64,
    /// Public HTTPS address Telegram posts updates to; webhook mode when set.
    pub webhook_url: Option<String>,
    /// Where the webhook listener binds (the reverse proxy forwards `webhook_url` here).
    pub webhook_listen: Option<std::net::SocketAddr>,
    /// Name of the environment variable holding the webhook's secret token.
    pub webhook_secret_env: Option<String>,
    /// Messages per second over all chats (Telegram: 30); 0 lifts the limit.
    #[serde(default = "default_messages_per_second")]
    pub messages_per_second: u32,
    /// Messages per second in one chat (Telegram: 1); 0 lifts the limit.
    #[serde(default = "default_chat_messages_per_second")]
    pub chat_messages_per_second: u32,
    /// How long to wait for the next photo of an album before answering.
    #[serde(default = "default_album_wait")]
    pub album_wait_ms: u64,
    /// The bot's username (`kompass_kalletal_bot`), for the links on posters
    /// (`kompass poster`); the bot itself does not need it.
    pub username: Option<String>,
}

fn default_telegram_api() -> String {
    "https://api.telegram.org/".into()
}
fn default_poll_timeout() -> u64 {
    25
}
fn default_messages_per_second() -> u32 {
    30
}
fn default_chat_messages_per_second() -> u32 {
    1
}
fn default_album_wait() -> u64 {
    800
}

/// Reads the secret in environment variable `name`, named by `key` in `[section]`.
pub fn secret_from_env(
    config_path: &Path,
    section: &str,
    key: &str,
    name: &str,
) -> anyhow::Result<String> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value.trim().to_string()),
        _ => bail!(
            "{}: [{section}] {key} names the environment variable {name}, which is not set\n    fix: set {name} in the service's environment (EnvironmentFile)",
            config_path.display()
        ),
    }
}

/// `[matrix]`: the bot's account and its encrypted store.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// The homeserver's client API, e.g. `https://matrix.example.org`.
    pub homeserver: String,
    /// The bot's user id (`@kompass:example.org`) or localpart.
    pub user: String,
    /// Environment variable with the bot's password (for the first login and for
    /// cross-signing).
    pub password_env: Option<String>,
    /// Or: environment variable with an access token, and the device it belongs to.
    pub access_token_env: Option<String>,
    pub device_id: Option<String>,
    /// Environment variable with the passphrase that encrypts the store.
    pub store_passphrase_env: String,
    /// Caseworkers need at least this power level in their room to answer or command.
    #[serde(default = "default_caseworker_power_level")]
    pub caseworker_power_level: i64,
    /// Long-polling timeout of `/sync`.
    #[serde(default = "default_sync_timeout")]
    pub sync_timeout_seconds: u64,
    /// The language mediators' rooms (`src/mediators.rs`).
    pub mediators: Option<crate::mediators::MediatorsConfig>,
}

fn default_caseworker_power_level() -> i64 {
    50
}

fn default_sync_timeout() -> u64 {
    30
}

impl MatrixConfig {
    /// The adapter's options, with secrets read from the environment.
    pub fn options(
        &self,
        config_path: &Path,
        data_dir: &Path,
        max_file_bytes: u64,
    ) -> anyhow::Result<kompass_matrix::Options> {
        let file = config_path.display();
        if !(self.homeserver.starts_with("https://") || self.homeserver.starts_with("http://")) {
            bail!(
                "{file}: [matrix] homeserver = {:?} is not a URL
    fix: e.g. homeserver = \"https://matrix.example.org\"",
                self.homeserver
            );
        }
        let login = match (&self.password_env, &self.access_token_env, &self.device_id) {
            (Some(password_env), None, None) => kompass_matrix::Login::Password(secret_from_env(
                config_path,
                "matrix",
                "password_env",
                password_env,
            )?),
            (None, Some(token_env), Some(device_id)) => kompass_matrix::Login::Token {
                token: secret_from_env(config_path, "matrix", "access_token_env", token_env)?,
                device_id: device_id.clone(),
            },
            _ => bail!(
                "{file}: [matrix] needs either password_env, or access_token_env with device_id\n    fix: e.g. password_env = \"KOMPASS_MATRIX_PASSWORD\""
            ),
        };
        let store_passphrase = secret_from_env(
            config_path,
            "matrix",
            "store_passphrase_env",
            &self.store_passphrase_env,
        )?;
        Ok(kompass_matrix::Options {
            homeserver: self.homeserver.clone(),
            user: self.user.clone(),
            login,
            store_dir: data_dir.join("matrix"),
            store_passphrase,
            caseworker_power_level: self.caseworker_power_level,
            max_file_bytes,
            sync_timeout: std::time::Duration::from_secs(self.sync_timeout_seconds),
            mediators: self
                .mediators
                .as_ref()
                .filter(|m| !m.rooms.is_empty())
                .map(crate::mediators::MediatorsConfig::options),
        })
    }
}

impl TelegramConfig {
    /// The adapter's options, with secrets read from the environment.
    pub fn options(
        &self,
        config_path: &Path,
        max_file_bytes: u64,
    ) -> anyhow::Result<kompass_telegram::Options> {
        use std::time::Duration;
        let file = config_path.display();
        let token = secret_from_env(config_path, "telegram", "token_env", &self.token_env)?;
        let mut api_url: reqwest::Url = self.api_url.parse().map_err(|error| {
            anyhow::anyhow!(
                "{file}: [telegram] api_url = {:?} is not a URL ({error})\n    fix: leave it out for Telegram itself",
                self.api_url
            )
        })?;
        if !api_url.path().ends_with('/') {
            let path = format!("{}/", api_url.path());
            api_url.set_path(&path);
        }
        let receive = match (
            &self.webhook_url,
            self.webhook_listen,
            &self.webhook_secret_env,
        ) {
            (None, None, None) => kompass_telegram::Receive::Polling {
                timeout: Duration::from_secs(self.poll_timeout_seconds),
            },
            (Some(url), Some(listen), Some(secret_env)) => {
                let public_url: reqwest::Url = url.parse().map_err(|error| {
                    anyhow::anyhow!(
                        "{file}: [telegram] webhook_url = {url:?} is not a URL ({error})"
                    )
                })?;
                let secret =
                    secret_from_env(config_path, "telegram", "webhook_secret_env", secret_env)?;
                if secret.len() > 256
                    || !secret
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    bail!(
                        "{file}: the webhook secret in {secret_env} must be 1-256 characters of A-Z, a-z, 0-9, _ and -\n    fix: e.g. `openssl rand -hex 32`"
                    );
                }
                kompass_telegram::Receive::Webhook {
                    public_url,
                    listen,
                    secret,
                }
            }
            _ => bail!(
                "{file}: [telegram] webhook mode needs webhook_url, webhook_listen and webhook_secret_env together\n    fix: set all three, or none for long polling"
            ),
        };
        let interval = |per_second: u32| {
            (per_second > 0).then(|| Duration::from_secs_f64(1.0 / f64::from(per_second)))
        };
        Ok(kompass_telegram::Options {
            token,
            api_url,
            receive,
            limits: kompass_telegram::RateLimits {
                per_chat: interval(self.chat_messages_per_second),
                overall: interval(self.messages_per_second),
            },
            max_file_bytes,
            album_wait: Duration::from_millis(self.album_wait_ms),
            channel: kompass_telegram::CHANNEL.to_string(),
        })
    }

    /// The options of municipality `town`'s own bot: these settings with its token.
    pub fn town_options(
        &self,
        config_path: &Path,
        max_file_bytes: u64,
        town: &MunicipalityConfig,
    ) -> anyhow::Result<Option<kompass_telegram::Options>> {
        let Some(token_env) = &town.telegram_token_env else {
            return Ok(None);
        };
        let mut options = self.options(config_path, max_file_bytes)?;
        options.token =
            secret_from_env(config_path, "municipality", "telegram_token_env", token_env)?;
        options.channel = kompass_telegram::channel_of(&town.id);
        Ok(Some(options))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// Address of the health and metrics listener (`/healthz`, `/metrics`); off when unset.
    pub listen: Option<std::net::SocketAddr>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContentConfig {
    pub flows: PathBuf,
    pub locales: PathBuf,
}

impl Default for ContentConfig {
    fn default() -> Self {
        Self {
            flows: "flows".into(),
            locales: "locales".into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageConfig {
    /// Keys, uploads, Matrix's store, emails as files, and sled's database.
    pub data_dir: PathBuf,
    /// Where conversations, requests and queues are kept.
    pub backend: StorageBackend,
    /// sled's page cache (`cache_capacity`).
    pub sled_cache_mb: u64,
    /// PostgreSQL: a libpq url or `key=value` string, without the password.
    pub url: Option<String>,
    /// PostgreSQL: the environment variable holding the password.
    pub password_env: Option<String>,
    /// PostgreSQL: the active instance's lease (`kompass_postgres::lease`): a standby takes
    /// over within about this long after the active's machine froze; at once after a crash.
    pub lease_seconds: u64,
}

/// Lease bounds: below 2 s a busy database could make the active give up for nothing;
/// above 60 s a frozen machine blocks the service for a minute.
const LEASE_SECONDS: std::ops::RangeInclusive<u64> = 2..=60;

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            data_dir: "data".into(),
            backend: StorageBackend::Sled,
            sled_cache_mb: 8,
            url: None,
            password_env: None,
            lease_seconds: 10,
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StorageBackend {
    /// Embedded, in `<data_dir>/db`.
    #[default]
    Sled,
    /// A PostgreSQL database (`url`, `password_env`).
    Postgres,
}

impl StorageConfig {
    /// Problems of the `[storage]` entries that serde cannot see (each with its line).
    fn problems(&self, file: &TomlFile) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |key: &str, problem: String, fix: &str| {
            problems.push(Problem {
                line: file.line(key),
                key: key.into(),
                problem,
                fix: fix.into(),
            });
        };
        if self.sled_cache_mb == 0 {
            problem(
                "storage.sled_cache_mb",
                "`storage.sled_cache_mb` must be at least 1".into(),
                "leave it out (8 MB) or write e.g. sled_cache_mb = 16",
            );
        }
        if !LEASE_SECONDS.contains(&self.lease_seconds) {
            problem(
                "storage.lease_seconds",
                format!(
                    "`storage.lease_seconds` must be between {} and {}",
                    LEASE_SECONDS.start(),
                    LEASE_SECONDS.end()
                ),
                "leave it out (10 s) or write e.g. lease_seconds = 10",
            );
        }
        match (self.backend, &self.url) {
            (StorageBackend::Postgres, None) => problem(
                "storage.backend",
                "`storage.backend` = \"postgres\" needs `storage.url`".into(),
                "add e.g. url = \"postgresql://kompass@db.example.org/kompass\" and password_env = \"KOMPASS_DB_PASSWORD\"",
            ),
            (StorageBackend::Postgres, Some(url)) => {
                if let Err(error) = kompass_postgres::check_url(url) {
                    problem(
                        "storage.url",
                        format!("`storage.url` is not a PostgreSQL url: {error}"),
                        "write e.g. url = \"postgresql://kompass@db.example.org/kompass\"",
                    );
                }
            }
            (StorageBackend::Sled, Some(_)) => problem(
                "storage.url",
                "`storage.url` is set but `storage.backend` is \"sled\"".into(),
                "add backend = \"postgres\", or remove url",
            ),
            (StorageBackend::Sled, None) => {}
        }
        problems
    }

    /// The PostgreSQL connection, with the password read from the environment.
    pub fn postgres(&self, config_path: &Path) -> anyhow::Result<kompass_postgres::PgSettings> {
        let file = config_path.display();
        let Some(url) = self.url.clone() else {
            bail!("{file}: [storage] backend = \"postgres\" needs url");
        };
        let password = match &self.password_env {
            Some(name) => match std::env::var(name) {
                Ok(value) if !value.is_empty() => Some(value),
                _ => bail!(
                    "{file}: [storage] password_env names the environment variable {name}, which is not set\n    fix: set {name} in the service's environment (EnvironmentFile)"
                ),
            },
            None => None,
        };
        Ok(kompass_postgres::PgSettings { url, password })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// Sender of request emails.
    pub from: String,
    /// Folder for `.eml` files; default `<data_dir>/mail`.
    pub eml_dir: Option<PathBuf>,
    /// After this many hours without success the newcomer is told to contact the office.
    pub give_up_after_hours: u32,
    /// Largest email; a request with more attachments is split into numbered parts.
    pub max_email_mb: u64,
    /// Days after delivery until photos and personal data of a request are erased.
    pub retention_days: u32,
    /// What a person writes about a sent request to an office without a caseworker room
    /// goes by email once they have written nothing more for this many seconds (at most
    /// 10 minutes after their first message): their messages and photos in one email.
    /// 0 sends each at once. The terminal chat never waits.
    pub gather_seconds: u32,
    /// The municipality's time zone (IANA name): times in emails are written in it.
    pub time_zone: chrono_tz::Tz,
    /// Deliver over SMTP instead of writing `.eml` files.
    pub smtp: Option<SmtpConfig>,
    /// Kompass's own mailbox, read over IMAP: offices without a caseworker room answer a
    /// request's email there, and the answer reaches the newcomer.
    pub imap: Option<ImapConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// The mailbox's address: every request email carries it as Reply-To.
    pub address: String,
    pub host: String,
    pub port: Option<u16>,
    /// `tls` (implicit, port 993), `starttls` (port 143) or `plain` (loopback only, port 143).
    pub security: SmtpSecurity,
    /// Names of the environment variables holding user name and password.
    pub username_env: String,
    pub password_env: String,
    #[serde(default = "default_imap_mailbox")]
    pub mailbox: String,
    /// How often to look for new mail when the server has no IDLE.
    #[serde(default = "default_imap_poll")]
    pub poll_seconds: u64,
    /// An extra CA certificate (PEM) to trust, e.g. the municipality's own.
    pub ca_file: Option<PathBuf>,
}

fn default_imap_mailbox() -> String {
    "INBOX".into()
}

fn default_imap_poll() -> u64 {
    60
}

impl ImapConfig {
    /// What serde cannot see in the table at `table` (`mail.imap`, `municipality.0.imap`);
    /// makes a relative `ca_file` relative to the config's folder `base`.
    /// `town` names the municipality whose table it is, for the messages.
    fn problems(
        &mut self,
        base: &Path,
        file: &TomlFile,
        table: &str,
        town: Option<&str>,
    ) -> Vec<Problem> {
        let name = |key: &str| match town {
            None => format!("`{table}.{key}`"),
            Some(town) => format!("`imap.{key}` of municipality `{town}`"),
        };
        let mut problems = Vec::new();
        if let Some(ca) = self.ca_file.as_mut().filter(|c| c.is_relative()) {
            *ca = base.join(&*ca);
        }
        if self.security == SmtpSecurity::Plain && !kompass_core::mail::is_loopback(&self.host) {
            problems.push(Problem {
                line: file.line(&format!("{table}.security")),
                key: format!("{table}.security"),
                problem: format!(
                    "{} = \"plain\" to {} would read offices' answers unencrypted",
                    name("security"),
                    self.host
                ),
                fix: "use security = \"tls\" or \"starttls\"; plain is only for a mail server on this machine".into(),
            });
        }
        if self.address.parse::<lettre::Address>().is_err() {
            problems.push(Problem {
                line: file.line(&format!("{table}.address")),
                key: format!("{table}.address"),
                problem: format!(
                    "{} {:?} is not an email address",
                    name("address"),
                    self.address
                ),
                fix: "write the mailbox's address, e.g. address = \"kompass@kalletal.de\"".into(),
            });
        }
        problems
    }

    /// The mailbox's address, for the Reply-To of request emails.
    pub fn reply_mailbox(&self, config_path: &Path) -> anyhow::Result<lettre::Address> {
        self.address.parse().map_err(|error| {
            anyhow::anyhow!(
                "{}: IMAP address {:?} is not an email address: {error}\n    fix: write the mailbox's address, e.g. address = \"kompass@kalletal.de\"",
                config_path.display(),
                self.address
            )
        })
    }

    /// The connection settings of the mailbox of `town` (`None`: the deployment's), with
    /// secrets read from the environment.
    pub fn settings(
        &self,
        config_path: &Path,
        town: Option<&str>,
    ) -> anyhow::Result<kompass_email::ImapSettings> {
        use kompass_email::ImapSecurity;
        let file = config_path.display();
        let table = imap_table(town);
        let (security, default_port) = match self.security {
            SmtpSecurity::Tls => (ImapSecurity::Tls, 993),
            SmtpSecurity::Starttls => (ImapSecurity::StartTls, 143),
            SmtpSecurity::Plain => (ImapSecurity::Plain, 143),
        };
        let secret = |key: &str, name: &str| -> anyhow::Result<String> {
            match std::env::var(name) {
                Ok(value) if !value.is_empty() => Ok(value),
                _ => bail!(
                    "{file}: {table} {key} names the environment variable {name}, which is not set\n    fix: set {name} in the service's environment (EnvironmentFile)"
                ),
            }
        };
        let extra_roots = match &self.ca_file {
            Some(path) => {
                let pem = std::fs::read(path).with_context(|| {
                    format!("{file}: {table} ca_file {} cannot be read", path.display())
                })?;
                pem_certificates(&pem).with_context(|| {
                    format!(
                        "{file}: {table} ca_file {} holds no PEM certificate",
                        path.display()
                    )
                })?
            }
            None => Vec::new(),
        };
        Ok(kompass_email::ImapSettings {
            host: self.host.clone(),
            port: self.port.unwrap_or(default_port),
            security,
            username: secret("username_env", &self.username_env)?,
            password: secret("password_env", &self.password_env)?,
            mailbox: self.mailbox.clone(),
            poll: std::time::Duration::from_secs(self.poll_seconds.max(5)),
            extra_roots,
            town: town.map(str::to_string),
        })
    }
}

/// The IMAP table of `town` (`None`: the deployment's) as messages name it.
fn imap_table(town: Option<&str>) -> String {
    match town {
        None => "[mail.imap]".to_string(),
        Some(town) => format!("[municipality.imap] of `{town}`"),
    }
}

/// The DER bytes of every certificate in a PEM file.
fn pem_certificates(pem: &[u8]) -> anyhow::Result<Vec<Vec<u8>>> {
    use base64::Engine as _;
    let text = String::from_utf8_lossy(pem);
    let mut certificates = Vec::new();
    let mut inside: Option<String> = None;
    for line in text.lines() {
        let line = line.trim();
        if line == "-----BEGIN CERTIFICATE-----" {
            inside = Some(String::new());
        } else if line == "-----END CERTIFICATE-----" {
            if let Some(body) = inside.take() {
                certificates.push(base64::engine::general_purpose::STANDARD.decode(body)?);
            }
        } else if let Some(body) = inside.as_mut() {
            body.push_str(line);
        }
    }
    if certificates.is_empty() {
        bail!("no certificate");
    }
    Ok(certificates)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: Option<u16>,
    /// `tls` (implicit, port 465), `starttls` (port 587) or `plain` (loopback only, port 25).
    pub security: SmtpSecurity,
    /// Names of the environment variables holding user name and password.
    pub username_env: Option<String>,
    pub password_env: Option<String>,
    /// An extra CA certificate (PEM) to trust, e.g. the municipality's own.
    pub ca_file: Option<PathBuf>,
    #[serde(default = "default_smtp_timeout")]
    pub timeout_seconds: u64,
}

fn default_smtp_timeout() -> u64 {
    30
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    Tls,
    Starttls,
    Plain,
}

impl SmtpConfig {
    /// The transport settings, with secrets read from the environment.
    pub fn settings(&self, config_path: &Path) -> anyhow::Result<kompass_core::mail::SmtpSettings> {
        use kompass_core::mail::Security;
        let file = config_path.display();
        let (security, default_port) = match self.security {
            SmtpSecurity::Tls => (Security::ImplicitTls, 465),
            SmtpSecurity::Starttls => (Security::StartTls, 587),
            SmtpSecurity::Plain => (Security::Plain, 25),
        };
        let secret = |key: &str, variable: &Option<String>| -> anyhow::Result<Option<String>> {
            match variable {
                None => Ok(None),
                Some(name) => match std::env::var(name) {
                    Ok(value) if !value.is_empty() => Ok(Some(value)),
                    _ => bail!(
                        "{file}: [mail.smtp] {key} names the environment variable {name}, which is not set\n    fix: set {name} in the service's environment (EnvironmentFile) or remove {key}"
                    ),
                },
            }
        };
        let credentials = match (
            secret("username_env", &self.username_env)?,
            secret("password_env", &self.password_env)?,
        ) {
            (Some(user), Some(password)) => Some((user, password)),
            (None, None) => None,
            _ => bail!("{file}: [mail.smtp] needs both username_env and password_env, or neither"),
        };
        let extra_root_pem = match &self.ca_file {
            Some(path) => Some(std::fs::read(path).with_context(|| {
                format!(
                    "{file}: [mail.smtp] ca_file {} cannot be read",
                    path.display()
                )
            })?),
            None => None,
        };
        Ok(kompass_core::mail::SmtpSettings {
            host: self.host.clone(),
            port: self.port.unwrap_or(default_port),
            security,
            credentials,
            extra_root_pem,
            timeout: std::time::Duration::from_secs(self.timeout_seconds),
        })
    }
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            from: "Kompass <kompass@kalletal.example.org>".into(),
            eml_dir: None,
            give_up_after_hours: 72,
            max_email_mb: 20,
            retention_days: 30,
            gather_seconds: 60,
            time_zone: chrono_tz::Europe::Berlin,
            smtp: None,
            imap: None,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UploadConfig {
    pub max_file_mb: u64,
    pub max_megapixels: u64,
}

impl Default for UploadConfig {
    fn default() -> Self {
        Self {
            max_file_mb: 20,
            max_megapixels: 50,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoggingConfig {
    /// `text` (default) or `json`.
    pub format: LogFormat,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Config {
    /// Reads `path`; relative paths inside are taken relative to the config file's folder.
    /// Every problem of the file is reported at once, each with its key, line and what is
    /// expected; the start stops on any.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let file = match TomlFile::parse(&text) {
            Ok(file) => file,
            Err(problems) => bail!(report(path, &problems)),
        };
        let (config, mut problems) = file.deserialize::<Self>("config.example.toml");
        let Some(mut config) = config else {
            bail!(report(path, &problems))
        };
        config.path = Some(path.to_path_buf());
        let base = path.parent().unwrap_or(Path::new("."));
        for dir in [
            &mut config.content.flows,
            &mut config.content.locales,
            &mut config.storage.data_dir,
        ] {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        problems.extend(config.municipality_problems(&file));
        for town in &mut config.municipalities {
            let flows = town
                .flows
                .clone()
                .unwrap_or_else(|| config.content.flows.join(&town.id));
            town.flows = Some(if flows.is_relative() {
                base.join(flows)
            } else {
                flows
            });
        }
        if let Some(dir) = config.mail.eml_dir.as_mut().filter(|d| d.is_relative()) {
            *dir = base.join(&*dir);
        }
        if let Some(smtp) = config.mail.smtp.as_mut() {
            if let Some(ca) = smtp.ca_file.as_mut().filter(|c| c.is_relative()) {
                *ca = base.join(&*ca);
            }
            if smtp.security == SmtpSecurity::Plain && !kompass_core::mail::is_loopback(&smtp.host)
            {
                problems.push(Problem {
                    line: file.line("mail.smtp.security"),
                    key: "mail.smtp.security".into(),
                    problem: format!(
                        "`mail.smtp.security` = \"plain\" to {} would send personal data unencrypted",
                        smtp.host
                    ),
                    fix: "use security = \"starttls\" or \"tls\"; plain is only for a mail server on this machine".into(),
                });
            }
        }
        if let Some(imap) = config.mail.imap.as_mut() {
            problems.extend(imap.problems(base, &file, "mail.imap", None));
        }
        let mut addresses = std::collections::BTreeMap::new();
        if let Some(imap) = &config.mail.imap {
            addresses.insert(imap.address.to_lowercase(), imap_table(None));
        }
        for (index, town) in config.municipalities.iter_mut().enumerate() {
            let Some(imap) = town.imap.as_mut() else {
                continue;
            };
            let table = format!("municipality.{index}.imap");
            problems.extend(imap.problems(base, &file, &table, Some(&town.id)));
            let own = format!("the {}", imap_table(Some(&town.id)));
            if let Some(first) = addresses.insert(imap.address.to_lowercase(), own.clone()) {
                problems.push(Problem {
                    line: file.line(&format!("{table}.address")),
                    key: format!("{table}.address"),
                    problem: format!(
                        "{own} has the address {:?} of {first}: answers could not tell the mailboxes apart",
                        imap.address
                    ),
                    fix: "give each municipality a mailbox of its own, or leave out its [municipality.imap] to share [mail.imap]".into(),
                });
            }
        }
        problems.extend(config.storage.problems(&file));
        if let Some(mediators) = config.matrix.as_mut().and_then(|m| m.mediators.as_mut()) {
            problems.extend(mediators.read_lines(&file));
        }
        if config
            .mail
            .from
            .parse::<lettre::message::Mailbox>()
            .is_err()
        {
            problems.push(Problem {
                line: file.line("mail.from"),
                key: "mail.from".into(),
                problem: format!(
                    "`mail.from` must be an email address; it is {:?}",
                    config.mail.from
                ),
                fix: "write e.g. from = \"Kompass <kompass@your-town.de>\"".into(),
            });
        }
        if !problems.is_empty() {
            bail!(report(path, &problems));
        }
        Ok(config)
    }

    /// Problems of the `[[municipality]]` tables that serde cannot see, each with its line.
    fn municipality_problems(&self, file: &TomlFile) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (index, town) in self.municipalities.iter().enumerate() {
            let mut problem = |key: &str, problem: String, fix: String| {
                let path = format!("municipality.{index}.{key}");
                problems.push(Problem {
                    line: file
                        .line(&path)
                        .or_else(|| file.line(&format!("municipality.{index}"))),
                    key: format!("municipality[{index}].{key}"),
                    problem,
                    fix,
                });
            };
            if let Err(error) = kompass_core::towns::check_id(&town.id) {
                problem(
                    "id",
                    error.to_string(),
                    "write e.g. id = \"lindenau\" (it is part of deep links: t.me/<bot>?start=lindenau_ar)".into(),
                );
            } else if !seen.insert(town.id.clone()) {
                problem(
                    "id",
                    format!("municipality id `{}` is used twice", town.id),
                    "give each [[municipality]] an id of its own".into(),
                );
            }
            if town.name.trim().is_empty() {
                problem(
                    "name",
                    "`name` is empty: newcomers choose their town by it".into(),
                    "write the name as people know it, e.g. name = \"Lindenau\"".into(),
                );
            }
            if let Some(overlay) = &town.locales
                && (overlay.is_empty() || overlay.contains(['/', '\\']) || overlay.starts_with('.'))
            {
                problem(
                    "locales",
                    format!("`locales` = {overlay:?} is not a folder name"),
                    format!(
                        "name the folder inside each language folder, e.g. locales = \"{}\" for locales/<lang>/{}/",
                        town.id, town.id
                    ),
                );
            }
            if let Some(from) = &town.mail_from
                && from.parse::<lettre::message::Mailbox>().is_err()
            {
                problem(
                    "mail_from",
                    format!("`mail_from` must be an email address; it is {from:?}"),
                    "write e.g. mail_from = \"Kompass Lindenau <kompass@lindenau.de>\"".into(),
                );
            }
            if town.telegram_username.is_some() && town.telegram_token_env.is_none() {
                problem(
                    "telegram_username",
                    "`telegram_username` names a bot of its own, but there is no `telegram_token_env` for it".into(),
                    "add telegram_token_env with the variable holding that bot's token, or remove telegram_username (posters then link to the [telegram] bot)".into(),
                );
            }
            if town.telegram_token_env.is_some() {
                match &self.telegram {
                    None => problem(
                        "telegram_token_env",
                        "a bot of its own needs the `[telegram]` table (its settings are shared)".into(),
                        "add [telegram] with the deployment's token_env".into(),
                    ),
                    Some(telegram) if telegram.webhook_url.is_some() => problem(
                        "telegram_token_env",
                        "bots of their own work with long polling only, not with `telegram.webhook_url`".into(),
                        "remove webhook_url, webhook_listen and webhook_secret_env, or this key".into(),
                    ),
                    Some(_) => {}
                }
            }
        }
        problems
    }

    /// The deployment's municipalities with their flow folders (set by [`Config::load`]).
    pub fn town_flows(town: &MunicipalityConfig, content: &ContentConfig) -> PathBuf {
        town.flows
            .clone()
            .unwrap_or_else(|| content.flows.join(&town.id))
    }

    pub fn eml_dir(&self) -> PathBuf {
        self.mail
            .eml_dir
            .clone()
            .unwrap_or_else(|| self.storage.data_dir.join("mail"))
    }
}

/// Every problem of a config file, one after the other, like `kompass check` reports content.
fn report(path: &Path, problems: &[Problem]) -> String {
    let file = path.display();
    let mut text = format!(
        "{file}: {} problem(s); kompass does not start with this configuration",
        problems.len()
    );
    let mut problems: Vec<&Problem> = problems.iter().collect();
    problems.sort_by_key(|problem| problem.line);
    for problem in problems {
        text.push_str(&format!("\n{file}"));
        if let Some(line) = problem.line {
            text.push_str(&format!(":{line}"));
        }
        text.push_str(&format!(": {}", problem.problem));
        if !problem.fix.is_empty() {
            text.push_str(&format!("\n    fix: {}", problem.fix));
        }
    }
    text.push_str("\n(config.example.toml describes every setting)");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_named_with_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[storage]\ndata_dir = \"d\"\n\n[mail]\nfrom_address = \"x\"\n",
        )
        .unwrap();
        let error = Config::load(&path).unwrap_err().to_string();
        assert!(error.contains("config.toml:5"), "{error}");
        assert!(error.contains("from_address"), "{error}");
    }

    /// Every problem of a file in one report, each with its key path, its line and what is
    /// expected in plain words; serde's wording ("invalid type", "u32") does not show.
    #[test]
    fn every_problem_is_reported_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            r#"[mail]
from = "not an address"
retention_days = "thirty"
give_up_after_hours = -1
form = "x"

[mail.smtp]
host = "mail.example.org"
security = "startls"

[admin]
listen = "localhost:9187"

[logging]
format = "xml"

[telegram]
poll_timeout_seconds = 10
"#,
        )
        .unwrap();
        let error = Config::load(&path).unwrap_err().to_string();
        for expected in [
            "config.toml:3: `mail.retention_days` must be a whole number from 0 to 4294967295; it is the text \"thirty\"",
            "config.toml:4: `mail.give_up_after_hours` must be a whole number from 0 to 4294967295; it is the number -1",
            "config.toml:5: `mail.form` is not a key kompass knows\n    fix: did you mean `from`?",
            "config.toml:9: `mail.smtp.security` must be one of \"tls\", \"starttls\", \"plain\"; it is \"startls\"\n    fix: did you mean \"starttls\"?",
            "config.toml:12: `admin.listen` must be an IP address and a port in quotes; it is the text \"localhost:9187\"",
            "config.toml:15: `logging.format` must be one of \"text\", \"json\"; it is \"xml\"",
            "config.toml:17: `telegram.token_env` is missing",
            "config.toml:2: `mail.from` must be an email address",
        ] {
            assert!(
                error.contains(expected),
                "missing {expected:?} in:\n{error}"
            );
        }
        assert!(
            error.contains("8 problem(s)"),
            "exactly these problems:\n{error}"
        );
        for serde_words in ["invalid type", "invalid value", "u32", "expected"] {
            assert!(!error.contains(serde_words), "{serde_words:?} in:\n{error}");
        }
    }

    #[test]
    fn a_municipalitys_own_mailbox_is_checked_like_the_deployments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            r#"[mail.imap]
address = "kompass@kreis.example.org"
host = "imap.kreis.example.org"
security = "tls"
username_env = "U"
password_env = "P"

[[municipality]]
id = "lindenau"
name = "Lindenau"

[municipality.imap]
address = "Kompass@Kreis.example.org"
host = "imap.lindenau.example.org"
security = "plain"
username_env = "U"
password_env = "P"
ca_file = "lindenau-ca.pem"

[[municipality]]
id = "kalletal"
name = "Kalletal"

[municipality.imap]
address = "antworten"
host = "127.0.0.1"
security = "plain"
username_env = "U"
password_env = "P"
"#,
        )
        .unwrap();
        let error = Config::load(&path).unwrap_err().to_string();
        for expected in [
            "config.toml:13: the [municipality.imap] of `lindenau` has the address \"Kompass@Kreis.example.org\" of [mail.imap]",
            "config.toml:15: `imap.security` of municipality `lindenau` = \"plain\" to imap.lindenau.example.org would read offices' answers unencrypted",
            "config.toml:25: `imap.address` of municipality `kalletal` \"antworten\" is not an email address",
        ] {
            assert!(
                error.contains(expected),
                "missing {expected:?} in:\n{error}"
            );
        }
        assert!(error.contains("3 problem(s)"), "exactly these:\n{error}");

        // Fixed, it loads; the municipality's CA file is found beside the config.
        let fixed = std::fs::read_to_string(&path)
            .unwrap()
            .replace("Kompass@Kreis", "kompass@lindenau")
            .replace(
                "host = \"imap.lindenau.example.org\"\nsecurity = \"plain\"",
                "host = \"imap.lindenau.example.org\"\nsecurity = \"tls\"",
            )
            .replace("\"antworten\"", "\"antworten@kalletal.example.org\"");
        std::fs::write(&path, fixed).unwrap();
        let config = Config::load(&path).unwrap();
        let lindenau = config.municipalities[0].imap.as_ref().unwrap();
        assert_eq!(
            lindenau.ca_file.as_deref(),
            Some(dir.path().join("lindenau-ca.pem").as_path())
        );
        assert_eq!(
            config.municipalities[1].imap.as_ref().unwrap().address,
            "antworten@kalletal.example.org"
        );
    }

    #[test]
    fn telegram_secrets_and_webhook_keys_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Config::load(&path).unwrap()
        };
        let error_of = |text: &str| {
            load(text)
                .telegram
                .unwrap()
                .options(&path, 1)
                .unwrap_err()
                .to_string()
        };
        let error = error_of("[telegram]\ntoken_env = \"KOMPASS_UNIT_TEST_NO_SUCH_VARIABLE\"\n");
        assert!(error.contains("token_env"), "{error}");
        assert!(
            error.contains("KOMPASS_UNIT_TEST_NO_SUCH_VARIABLE"),
            "{error}"
        );
        let error = error_of(
            "[telegram]\ntoken_env = \"PATH\"\nwebhook_url = \"https://x.example.org/t\"\n",
        );
        assert!(error.contains("webhook_listen"), "{error}");
        let config = load("[telegram]\ntoken_env = \"PATH\"\nmessages_per_second = 0\n");
        let options = config.telegram.unwrap().options(&path, 1).unwrap();
        assert!(options.limits.overall.is_none());
        assert_eq!(
            options.limits.per_chat,
            Some(std::time::Duration::from_secs(1))
        );
        assert!(options.api_url.as_str().ends_with('/'));
    }

    /// `[storage]`: each bad entry named with its line; a good PostgreSQL entry reads its
    /// password from the environment variable it names.
    #[test]
    fn storage_entries_are_checked_with_their_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let error_of = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Config::load(&path).unwrap_err().to_string()
        };
        let error =
            error_of("[mail]\nfrom = \"k@example.org\"\n\n[storage]\nbackend = \"postgres\"\n");
        assert!(error.contains("config.toml:5"), "{error}");
        assert!(error.contains("needs `storage.url`"), "{error}");
        let error = error_of(
            "[storage]\nbackend = \"postgres\"\nurl = \"postgresql://kompass:secret@db/kompass\"\n",
        );
        assert!(error.contains("config.toml:3"), "{error}");
        assert!(error.contains("password_env"), "{error}");
        assert!(
            !error.contains("secret"),
            "the password is not repeated: {error}"
        );
        let error = error_of("[storage]\nbackend = \"mysql\"\n");
        assert!(error.contains("config.toml:2"), "{error}");
        assert!(error.contains("postgres"), "the choices are named: {error}");
        let error = error_of("[storage]\nsled_cache_mb = 0\n");
        assert!(error.contains("config.toml:2"), "{error}");
        let error = error_of("[storage]\nbackend = \"postgres\"\n\nlease_seconds = 1\n");
        assert!(error.contains("config.toml:4"), "{error}");
        assert!(error.contains("between 2 and 60"), "{error}");
        let error = error_of("[storage]\nurl = \"postgresql://kompass@db/kompass\"\n");
        assert!(error.contains("backend = \"postgres\""), "{error}");

        std::fs::write(
            &path,
            "[storage]\nbackend = \"postgres\"\nurl = \"postgresql://kompass@db/kompass\"\npassword_env = \"KOMPASS_UNIT_TEST_NO_SUCH_PASSWORD\"\n",
        )
        .unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.storage.backend, StorageBackend::Postgres);
        let error = config.storage.postgres(&path).unwrap_err().to_string();
        assert!(
            error.contains("KOMPASS_UNIT_TEST_NO_SUCH_PASSWORD"),
            "{error}"
        );
        std::fs::write(&path, "[storage]\nsled_cache_mb = 16\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(
            (config.storage.backend, config.storage.sled_cache_mb),
            (StorageBackend::Sled, 16)
        );
    }

    #[test]
    fn relative_paths_follow_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[storage]\ndata_dir = \"state\"\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.storage.data_dir, dir.path().join("state"));
        assert_eq!(config.eml_dir(), dir.path().join("state").join("mail"));
    }
}

/// The config reader under random edits of the shipped example (docs/fuzzing.md):
/// `cargo test -p kompass --bin kompass fuzz_`, longer with `KOMPASS_FUZZ_SECONDS`.
#[cfg(test)]
mod fuzz {
    use kompass_core::fuzzing::{is_line_of, mutate, run};

    use super::*;

    /// The example with its commented settings switched on (`# key = value` and
    /// `# [table]` lines), so that edits reach every setting, not only comments.
    fn every_setting(example: &str) -> String {
        example
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(setting)
                    if setting.starts_with('[')
                        || setting
                            .split_once(" = ")
                            .is_some_and(|(key, _)| !key.contains(' ')) =>
                {
                    setting
                }
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Never a panic; a refused file is reported with its path, and every line the report
    /// names is a line of the file.
    #[test]
    fn fuzz_config_loading() {
        let example =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.toml"))
                .unwrap();
        let sources = [every_setting(&example), example];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let shown = path.display().to_string();
        run("fuzz_config_loading", |u| {
            let original = u.choose(&sources)?;
            let source = mutate(u, original)?;
            std::fs::write(&path, &source).unwrap();
            if let Err(error) = Config::load(&path) {
                let report = format!("{error:#}");
                assert!(report.starts_with(&shown), "{report}");
                for line in report.lines() {
                    let Some(rest) = line.strip_prefix(&format!("{shown}:")) else {
                        continue;
                    };
                    if let Some((number, _)) = rest.split_once(':')
                        && let Ok(number) = number.parse::<usize>()
                    {
                        assert!(
                            is_line_of(&source, number),
                            "line {number} is not in the file: {report}\n--- source ---\n{source}"
                        );
                    }
                }
            }
            Ok(())
        });
    }
}
