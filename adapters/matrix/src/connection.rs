//! Getting the bot onto the homeserver: a session restored from the data folder or a new
//! login, the encrypted SQLite store that keeps its device keys, cross-signing, and
//! accepting invitations.

use std::path::{Path, PathBuf};
use std::time::Duration;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::ruma::api::client::uiaa;
use matrix_sdk::ruma::{OwnedDeviceId, OwnedUserId};
use matrix_sdk::{Client, Room, SessionMeta, SessionTokens};

use crate::{MatrixError, Options};

/// How the bot logs in the first time (afterwards the stored session is used).
#[derive(Clone)]
pub enum Login {
    Password(String),
    /// An access token with the device it belongs to.
    Token {
        token: String,
        device_id: String,
    },
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Secrets stay out of logs.
        match self {
            Self::Password(_) => f.write_str("Login::Password(…)"),
            Self::Token { device_id, .. } => write!(f, "Login::Token(…, device {device_id})"),
        }
    }
}

pub struct Connected {
    pub client: Client,
    /// No session was stored: this device is new.
    pub first_start: bool,
}

fn session_file(options: &Options) -> PathBuf {
    options.store_dir.join("session.json")
}

pub async fn connect(options: &Options) -> Result<Connected, MatrixError> {
    let connect_error = |source: matrix_sdk::Error| MatrixError::Connect {
        homeserver: options.homeserver.clone(),
        source: Box::new(source),
    };
    std::fs::create_dir_all(&options.store_dir).map_err(|error| MatrixError::Session {
        path: options.store_dir.clone(),
        message: error.to_string(),
    })?;
    let client = Client::builder()
        .homeserver_url(&options.homeserver)
        .sqlite_store(&options.store_dir, Some(&options.store_passphrase))
        .build()
        .await
        .map_err(|error| connect_error(matrix_sdk::Error::UnknownError(Box::new(error))))?;
    let path = session_file(options);
    if path.exists() {
        let session = read_session(&path)?;
        client
            .restore_session(session)
            .await
            .map_err(|source| MatrixError::Login {
                user: options.user.clone(),
                source: Box::new(source),
            })?;
        tracing::info!("Matrix session restored");
        return Ok(Connected {
            client,
            first_start: false,
        });
    }
    let login_error = |source: matrix_sdk::Error| MatrixError::Login {
        user: options.user.clone(),
        source: Box::new(source),
    };
    match &options.login {
        Login::Password(password) => {
            // The homeserver may not be up yet (both start at boot): keep trying.
            let mut attempt = 0u32;
            loop {
                match client
                    .matrix_auth()
                    .login_username(&options.user, password)
                    .initial_device_display_name("Kompass")
                    .await
                {
                    Ok(_) => break,
                    Err(matrix_sdk::Error::Http(error))
                        if error.as_client_api_error().is_none() && attempt < 30 =>
                    {
                        attempt += 1;
                        tracing::warn!(%error, "homeserver not reachable; retrying the login");
                        tokio::time::sleep(Duration::from_secs(2)).await;
                    }
                    Err(error) => return Err(login_error(error)),
                }
            }
        }
        Login::Token { token, device_id } => {
            let user_id: OwnedUserId =
                options
                    .user
                    .parse()
                    .map_err(|_| MatrixError::Session {
                        path: path.clone(),
                        message: format!(
                            "with an access token, `user` must be a full user id like @kompass:example.org, not {}",
                            options.user
                        ),
                    })?;
            let session = MatrixSession {
                meta: SessionMeta {
                    user_id,
                    device_id: OwnedDeviceId::from(device_id.as_str()),
                },
                tokens: SessionTokens {
                    access_token: token.clone(),
                    refresh_token: None,
                },
            };
            client.restore_session(session).await.map_err(login_error)?;
        }
    }
    if let Some(session) = client.matrix_auth().session() {
        write_session(&path, &session)?;
    }
    tracing::info!(device = ?client.device_id(), "logged in to Matrix with a new device");
    Ok(Connected {
        client,
        first_start: true,
    })
}

fn read_session(path: &Path) -> Result<MatrixSession, MatrixError> {
    let bytes = std::fs::read(path).map_err(|error| MatrixError::Session {
        path: path.to_path_buf(),
        message: error.to_string(),
    })?;
    serde_json::from_slice(&bytes).map_err(|error| MatrixError::Session {
        path: path.to_path_buf(),
        message: format!("{error}; delete it to log in again (the bot gets a new device)"),
    })
}

/// The session holds the access token: readable by the bot's user only.
fn write_session(path: &Path, session: &MatrixSession) -> Result<(), MatrixError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let error = |error: std::io::Error| MatrixError::Session {
        path: path.to_path_buf(),
        message: error.to_string(),
    };
    let temporary = path.with_extension("tmp");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&temporary)
        .map_err(error)?;
    file.write_all(&serde_json::to_vec(session).expect("a session serialises"))
        .map_err(error)?;
    file.sync_all().map_err(error)?;
    std::fs::rename(&temporary, path).map_err(error)
}

/// Cross-signs the bot's device, so clients that hide unverified devices show its
/// messages. Needs the password when the homeserver asks for it (replacing keys).
pub async fn cross_sign(client: &Client, options: &Options) {
    let encryption = client.encryption();
    if let Some(status) = encryption.cross_signing_status().await
        && status.is_complete()
    {
        return;
    }
    let result = match encryption.bootstrap_cross_signing_if_needed(None).await {
        Err(error) => match (error.as_uiaa_response(), &options.login) {
            (Some(response), Login::Password(password)) => {
                let mut auth = uiaa::Password::new(
                    uiaa::UserIdentifier::Matrix(uiaa::MatrixUserIdentifier::new(
                        options.user.clone(),
                    )),
                    password.clone(),
                );
                auth.session = response.session.clone();
                encryption
                    .bootstrap_cross_signing(Some(uiaa::AuthData::Password(auth)))
                    .await
            }
            _ => Err(error),
        },
        ok => ok,
    };
    match result {
        Ok(()) => tracing::info!("the bot's device is cross-signed"),
        Err(error) => tracing::warn!(
            %error,
            "the bot's device could not be cross-signed; clients that hide unverified devices will not show its messages"
        ),
    }
}

/// Joins a room the bot was invited to, retrying while the homeserver is not ready (it may
/// not have finished federating the room yet).
pub async fn accept_invite(room: Room) {
    let mut wait = Duration::from_secs(1);
    for _ in 0..12 {
        match room.join().await {
            Ok(()) => {
                tracing::info!("joined a room the bot was invited to");
                return;
            }
            Err(error) => {
                tracing::warn!(%error, "could not accept an invitation; retrying");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(600));
            }
        }
    }
    tracing::error!("gave up accepting an invitation");
}
