//! `config.toml`: every key optional, unknown keys refused with file, line and key named.
//! `config.example.toml` documents each one.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

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
    pub data_dir: PathBuf,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            data_dir: "data".into(),
        }
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
    /// Deliver over SMTP instead of writing `.eml` files.
    pub smtp: Option<SmtpConfig>,
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
            smtp: None,
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
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut config: Self = match toml::from_str(&text) {
            Ok(config) => config,
            Err(error) => {
                let line = error
                    .span()
                    .map(|span| text[..span.start].matches('\n').count() + 1);
                let at = line.map_or_else(String::new, |line| format!(":{line}"));
                bail!(
                    "{}{at}: {}\n    fix: see config.example.toml for every key and its meaning",
                    path.display(),
                    error.message().trim()
                );
            }
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
        if let Some(dir) = config.mail.eml_dir.as_mut().filter(|d| d.is_relative()) {
            *dir = base.join(&*dir);
        }
        if let Some(smtp) = config.mail.smtp.as_mut() {
            if let Some(ca) = smtp.ca_file.as_mut().filter(|c| c.is_relative()) {
                *ca = base.join(&*ca);
            }
            if smtp.security == SmtpSecurity::Plain && !kompass_core::mail::is_loopback(&smtp.host)
            {
                bail!(
                    "{}: [mail.smtp] security = \"plain\" to {} would send personal data unencrypted\n    fix: use security = \"starttls\" or \"tls\"; plain is only for a mail server on this machine",
                    path.display(),
                    smtp.host
                );
            }
        }
        if config
            .mail
            .from
            .parse::<lettre::message::Mailbox>()
            .is_err()
        {
            bail!(
                "{}: [mail] from = {:?} is not an email address\n    fix: write e.g. from = \"Kompass <kompass@your-town.de>\"",
                path.display(),
                config.mail.from
            );
        }
        Ok(config)
    }

    pub fn eml_dir(&self) -> PathBuf {
        self.mail
            .eml_dir
            .clone()
            .unwrap_or_else(|| self.storage.data_dir.join("mail"))
    }
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
