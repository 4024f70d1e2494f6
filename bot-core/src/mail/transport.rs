//! Where emails go: a folder of `.eml` files (the embedded default) or an SMTP server with
//! implicit TLS, STARTTLS or (on loopback only) plain text, optionally authenticated.

use std::fs;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::response::Category;

use super::{Composed, MailError};

/// Somewhere emails go.
pub trait Transport: Send + Sync {
    /// Delivers one email; an error means "try again later".
    fn send(&self, mail: &Composed) -> Result<(), MailError>;
}

/// The embedded default: each email becomes `<reference>.eml` in a folder. The name comes
/// from the reference number and the file appears atomically (write, then rename), so a
/// resend after a crash overwrites the same file instead of adding a second email.
#[derive(Debug, Clone)]
pub struct EmlDirectory {
    dir: PathBuf,
}

impl EmlDirectory {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Transport for EmlDirectory {
    fn send(&self, mail: &Composed) -> Result<(), MailError> {
        let write_error = |path: &Path| {
            let path = path.to_path_buf();
            move |source| MailError::Write { path, source }
        };
        fs::create_dir_all(&self.dir).map_err(write_error(&self.dir))?;
        let path = self.dir.join(format!("{}.eml", mail.name()));
        let temporary = self.dir.join(format!(".{}.eml.tmp", mail.name()));
        let mut file = fs::File::create(&temporary).map_err(write_error(&temporary))?;
        file.write_all(&mail.message.formatted())
            .map_err(write_error(&temporary))?;
        file.sync_all().map_err(write_error(&temporary))?;
        fs::rename(&temporary, &path).map_err(write_error(&path))?;
        Ok(())
    }
}

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (usually port 465).
    ImplicitTls,
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    StartTls,
    /// No encryption: allowed only to a server on this machine (127.0.0.0/8, ::1, localhost).
    Plain,
}

/// What the SMTP transport needs; secrets come from the environment, read by the caller.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// User name and password, if the server wants authentication.
    pub credentials: Option<(String, String)>,
    /// Extra trusted root certificate (PEM), e.g. a municipality's own CA.
    pub extra_root_pem: Option<Vec<u8>>,
    pub timeout: Duration,
}

/// Delivery over SMTP (lettre's blocking client; the outbox runs it off the async threads).
pub struct Smtp {
    transport: lettre::SmtpTransport,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp").finish_non_exhaustive()
    }
}

/// Whether `host` is this machine, where a plain connection cannot be overheard.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl Smtp {
    pub fn new(settings: &SmtpSettings) -> Result<Self, MailError> {
        let tls_parameters = || -> Result<TlsParameters, MailError> {
            let mut builder = TlsParameters::builder(settings.host.clone());
            if let Some(pem) = &settings.extra_root_pem {
                let certificate = Certificate::from_pem(pem).map_err(|e| {
                    MailError::SmtpSettings(format!(
                        "the extra root certificate is not usable: {e}"
                    ))
                })?;
                builder = builder.add_root_certificate(certificate);
            }
            builder
                .build()
                .map_err(|e| MailError::SmtpSettings(format!("TLS set-up failed: {e}")))
        };
        let tls = match settings.security {
            Security::ImplicitTls => Tls::Wrapper(tls_parameters()?),
            Security::StartTls => Tls::Required(tls_parameters()?),
            Security::Plain if is_loopback(&settings.host) => Tls::None,
            Security::Plain => {
                return Err(MailError::SmtpSettings(format!(
                    "plain SMTP to {} would send personal data unencrypted; use security = \"starttls\" or \"tls\" (plain is only for a server on this machine)",
                    settings.host
                )));
            }
        };
        let mut builder = lettre::SmtpTransport::builder_dangerous(settings.host.clone())
            .port(settings.port)
            .tls(tls)
            .timeout(Some(settings.timeout));
        if let Some((user, password)) = &settings.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Self {
            transport: builder.build(),
        })
    }
}

impl Transport for Smtp {
    fn send(&self, mail: &Composed) -> Result<(), MailError> {
        use lettre::Transport as _;
        self.transport
            .send(&mail.message)
            .map(drop)
            .map_err(|error| {
                // Only the mail system's final word on this message (550–554: no such mailbox,
                // too large, refused by policy) ends the retries. Other 5xx answers — a failed
                // login (535), a syntax complaint — are for the administrator to fix, so the
                // email waits in the outbox meanwhile.
                let permanent = error.is_permanent()
                    && error
                        .status()
                        .is_some_and(|code| code.category == Category::MailSystem);
                let kind = if permanent {
                    "rejected for good"
                } else if error.is_permanent() {
                    "refused; check the SMTP settings"
                } else if error.is_transient() {
                    "temporarily refused"
                } else {
                    "connection"
                };
                MailError::Smtp {
                    reference: mail.reference.clone(),
                    kind,
                    permanent,
                    message: error.to_string(),
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_only_on_loopback() {
        for host in ["127.0.0.1", "localhost", "::1", "127.1.2.3"] {
            assert!(is_loopback(host), "{host}");
        }
        let settings = SmtpSettings {
            host: "mail.example.org".into(),
            port: 25,
            security: Security::Plain,
            credentials: None,
            extra_root_pem: None,
            timeout: Duration::from_secs(5),
        };
        assert!(matches!(
            Smtp::new(&settings),
            Err(MailError::SmtpSettings(_))
        ));
    }
}
