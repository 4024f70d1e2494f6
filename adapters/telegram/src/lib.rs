//! Kompass on Telegram: updates arrive by long polling (or a webhook), are stored in the
//! inbox before Telegram is told they arrived, and are handled by one worker per chat.
//!
//! Exactly once: an update is written to the inbox (flushed) before the next `getUpdates`
//! confirms it to Telegram, or before the webhook answers 200. Updates already in the inbox
//! or already handled are skipped, so a redelivery does nothing; after a crash the inbox is
//! worked off first. The latest step's replies are kept in the session record, so a crash
//! between the step and the reply sends the reply after the restart; each reply Telegram
//! accepted is counted in the update's inbox entry at once, so the restart skips those.

mod api;
mod chats;
mod inbound;
mod render;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use kompass_core::runtime::{ChannelHealth, Notice, RuntimeError};
use kompass_core::{Command, Runtime, UserId};
use teloxide::payloads::{GetUpdatesSetters, SetMyCommandsSetters, SetWebhookSetters};
use teloxide::prelude::Requester;
use teloxide::types::{AllowedUpdate, BotCommand, ChatId};
use teloxide::{Bot, RequestError};
use tokio::sync::{Notify, mpsc};

pub use api::RateLimits;
use chats::{Chats, Job, Shared};
use inbound::Inbound;

/// The channel name in user ids, metrics and health of the deployment's bot
/// (`[telegram]`); a municipality's own bot is `telegram-<municipality>` ([`channel_of`]).
pub const CHANNEL: &str = "telegram";

/// The channel of municipality `town`'s own bot.
pub fn channel_of(town: &str) -> String {
    format!("{CHANNEL}-{town}")
}

/// How updates reach the bot.
#[derive(Debug, Clone)]
pub enum Receive {
    /// `getUpdates` with this long-polling timeout.
    Polling { timeout: Duration },
    /// Telegram posts updates to `public_url`, which a reverse proxy forwards to `listen`.
    Webhook {
        public_url: reqwest::Url,
        listen: SocketAddr,
        /// Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; others are refused.
        secret: String,
    },
}

#[derive(Debug, Clone)]
pub struct Options {
    pub token: String,
    /// The Bot API server (`https://api.telegram.org/`, or a loopback one in tests).
    pub api_url: reqwest::Url,
    pub receive: Receive,
    pub limits: RateLimits,
    /// Files larger than this are refused (Telegram's bots cannot fetch more than 20 MB).
    pub max_file_bytes: u64,
    /// How long to wait for the next photo of an album before answering.
    pub album_wait: Duration,
    /// The channel name ([`CHANNEL`], or [`channel_of`] a municipality for its own bot,
    /// which the runtime binds to it).
    pub channel: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    #[error("the Telegram Bot API at {url} does not accept the bot: {source} (check the token)")]
    Start { url: String, source: RequestError },
    #[error("storage: {0}")]
    Runtime(#[from] RuntimeError),
    #[error("webhook listener on {listen}: {source}")]
    Listen {
        listen: SocketAddr,
        source: std::io::Error,
    },
    #[error("setting the webhook {url}: {source}")]
    SetWebhook { url: String, source: RequestError },
}

/// Runs until `shutdown` is notified: works off the inbox, then receives updates.
pub async fn run(
    runtime: Arc<Runtime>,
    options: Options,
    mut notices: mpsc::UnboundedReceiver<Notice>,
    submitted: Arc<Notify>,
    shutdown: Arc<Notify>,
    status: ChannelHealth,
) -> Result<(), TelegramError> {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(Duration::from_secs(90))
        .pool_max_idle_per_host(64)
        .build()
        .map_err(|error| TelegramError::Start {
            url: options.api_url.to_string(),
            source: RequestError::Network(Arc::new(error)),
        })?;
    let bot = Bot::with_client(options.token.clone(), client).set_api_url(options.api_url.clone());
    // Telegram may be unreachable at start: keep trying, but let a signal stop the wait.
    let me = tokio::select! {
        me = api::retrying("getMe", || bot.get_me()) => me.map_err(|source| TelegramError::Start {
            url: options.api_url.to_string(),
            source,
        })?,
        () = shutdown.notified() => return Ok(()),
    };
    tracing::info!(bot = %me.username(), "connected to Telegram");
    status(true);
    set_commands(&bot, &runtime, &options.channel).await;

    let channel = options.channel.clone();
    let chats = Chats::new(Arc::new(Shared {
        channel: channel.clone(),
        api: api::Api::new(bot.clone(), options.limits),
        username: me.username().to_string(),
        group_answers: std::sync::Mutex::default(),
        runtime: runtime.clone(),
        max_file_bytes: options.max_file_bytes,
        album_wait: options.album_wait,
        submitted,
    }));
    let leftover = runtime.inbox_pending()?;
    if !leftover.is_empty() {
        tracing::info!(
            updates = leftover.len(),
            "working off updates received before the restart"
        );
    }
    let own_keys = format!("{channel}:");
    for (key, payload) in leftover {
        if !key.starts_with(&own_keys) {
            continue;
        }
        dispatch_stored(&chats, key, &payload);
    }

    let notice_chats = chats.clone();
    let notices_task = tokio::spawn(async move {
        while let Some(notice) = notices.recv().await {
            if notice.user.channel != channel {
                continue;
            }
            match notice.user.id.parse::<i64>() {
                Ok(chat) => notice_chats.dispatch(ChatId(chat), Job::Notice(notice)),
                Err(_) => tracing::error!("a notice for a malformed Telegram chat id"),
            }
        }
    });

    let result = match &options.receive {
        Receive::Polling { timeout } => {
            tokio::select! {
                result = poll(&bot, &chats, *timeout, &status) => result,
                () = shutdown.notified() => Ok(()),
            }
        }
        Receive::Webhook {
            public_url,
            listen,
            secret,
        } => webhook(&bot, &chats, public_url, *listen, secret, shutdown.clone()).await,
    };
    notices_task.abort();
    // Steps in flight finish; what is still queued stays in the inbox for the next start.
    if tokio::time::timeout(Duration::from_secs(8), chats.drain())
        .await
        .is_err()
    {
        tracing::warn!(
            "stopping with Telegram updates unfinished; they are handled after the restart"
        );
    }
    status(false);
    result
}

/// Accepts updates into the inbox (flushed) and hands the new ones to their chats. What is
/// stored is the classified update (a few dozen bytes), not Telegram's JSON (kilobytes for
/// a button press, which carries the whole message).
fn accept(chats: &Chats, updates: Vec<teloxide::types::Update>) -> Result<(), RuntimeError> {
    let channel = &chats.shared().channel;
    let classified: Vec<(String, Inbound)> = updates
        .iter()
        .filter_map(|update| {
            inbound::classify(update, &chats.shared().username)
                .map(|inbound| (chats::inbox_key(channel, update.id.0), inbound))
        })
        .collect();
    let entries: Vec<(String, UserId, Vec<u8>)> = classified
        .iter()
        .map(|(key, inbound)| {
            let payload = serde_json::to_vec(inbound).expect("plain data serialises");
            (key.clone(), chats::user_of(channel, inbound.chat), payload)
        })
        .collect();
    let fresh = chats.shared().runtime.inbox_accept(&entries)?;
    for ((key, inbound), new) in classified.into_iter().zip(fresh) {
        if !new {
            tracing::debug!("update received again; already taken care of");
            continue;
        }
        chats.dispatch(inbound.chat, Job::Update { key, inbound });
    }
    Ok(())
}

fn dispatch_stored(chats: &Chats, key: String, payload: &[u8]) {
    match serde_json::from_slice::<Inbound>(payload) {
        Ok(inbound) => chats.dispatch(inbound.chat, Job::Update { key, inbound }),
        Err(error) => {
            tracing::error!(%error, "a stored update cannot be read; dropped");
            let _ = chats.shared().runtime.inbox_done(&key);
        }
    }
}

const ALLOWED: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::EditedMessage,
    AllowedUpdate::CallbackQuery,
];

/// Long polling. The offset confirming a batch is sent only after the batch is in the inbox.
async fn poll(
    bot: &Bot,
    chats: &Chats,
    timeout: Duration,
    status: &ChannelHealth,
) -> Result<(), TelegramError> {
    // A webhook left from another deployment would make getUpdates fail (409).
    if let Err(error) = api::retrying("deleteWebhook", || bot.delete_webhook()).await {
        tracing::warn!(%error, "deleteWebhook failed");
    }
    let mut offset: Option<i32> = None;
    let mut delay = Duration::from_secs(1);
    loop {
        let mut request = bot
            .get_updates()
            .timeout(timeout.as_secs() as u32)
            .allowed_updates(ALLOWED);
        if let Some(offset) = offset {
            request = request.offset(offset);
        }
        match request.await {
            Ok(updates) => {
                delay = Duration::from_secs(1);
                status(true);
                if let Some(last) = updates.iter().map(|u| u.id.0).max() {
                    accept(chats, updates)?;
                    offset = Some(last as i32 + 1);
                }
            }
            Err(RequestError::RetryAfter(seconds)) => {
                tokio::time::sleep(seconds.duration()).await;
            }
            Err(error) => {
                // Network trouble or Telegram down: keep trying, report it in /healthz.
                status(false);
                tracing::warn!(%error, "getUpdates failed; retrying");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// Webhook mode: an HTTP listener (behind the administrator's TLS proxy) that stores each
/// update before answering 200, so Telegram redelivers what was not stored.
async fn webhook(
    bot: &Bot,
    chats: &Chats,
    public_url: &reqwest::Url,
    listen: SocketAddr,
    secret: &str,
    shutdown: Arc<Notify>,
) -> Result<(), TelegramError> {
    use axum::http::{HeaderMap, StatusCode};

    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| TelegramError::Listen { listen, source })?;
    let path = public_url.path().to_string();
    let expected = secret.to_string();
    let handler_chats = chats.clone();
    let app = axum::Router::new().route(
        &path,
        axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let chats = handler_chats.clone();
            let expected = expected.clone();
            async move {
                let given = headers
                    .get("x-telegram-bot-api-secret-token")
                    .and_then(|v| v.to_str().ok());
                if given != Some(expected.as_str()) {
                    return StatusCode::UNAUTHORIZED;
                }
                let update: teloxide::types::Update = match serde_json::from_slice(&body) {
                    Ok(update) => update,
                    Err(error) => {
                        tracing::warn!(%error, "webhook body is not an update");
                        return StatusCode::BAD_REQUEST;
                    }
                };
                let result =
                    tokio::task::spawn_blocking(move || accept(&chats, vec![update])).await;
                match result {
                    Ok(Ok(())) => StatusCode::OK,
                    _ => StatusCode::SERVICE_UNAVAILABLE,
                }
            }
        }),
    );
    let local = listener
        .local_addr()
        .map_err(|source| TelegramError::Listen { listen, source })?;
    tracing::info!(listen = %local, "webhook listener started");
    api::retrying("setWebhook", || {
        bot.set_webhook(public_url.clone())
            .secret_token(secret.to_string())
            .allowed_updates(ALLOWED)
    })
    .await
    .map_err(|source| TelegramError::SetWebhook {
        url: public_url.to_string(),
        source,
    })?;
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.notified().await })
        .await
        .map_err(|source| TelegramError::Listen { listen, source })
}

/// The command menu in each language there is content for; English where Telegram's
/// language has none (the engine falls back to English too).
async fn set_commands(bot: &Bot, runtime: &Runtime, channel: &str) {
    let engine = runtime.engine();
    // `/town` where there is a choice: several municipalities, and a bot for all of them.
    let towns = runtime.towns();
    let choose_town = towns.all().len() > 1 && runtime.bound_town(channel).is_none();
    let commands = |lang: &str| -> Vec<BotCommand> {
        let mut commands: Vec<BotCommand> = Command::WORDS
            .iter()
            .map(|(word, message)| BotCommand::new(*word, engine.text(lang, message)))
            .collect();
        if choose_town {
            commands.push(BotCommand::new(
                kompass_core::towns::TOWN_COMMANDS[0],
                engine.text(lang, "cmd-town"),
            ));
        }
        commands
    };
    let mut menus: Vec<(Option<String>, Vec<BotCommand>)> = vec![(None, commands("en"))];
    menus.extend(
        engine
            .languages()
            .into_iter()
            .map(|lang| (Some(lang.clone()), commands(&lang))),
    );
    for (lang, commands) in menus {
        let result = api::retrying("setMyCommands", || {
            let request = bot.set_my_commands(commands.clone());
            match &lang {
                Some(lang) => request.language_code(lang.clone()),
                None => request,
            }
        })
        .await;
        if let Err(error) = result {
            tracing::warn!(%error, language = ?lang, "command menu not set");
        }
    }
}
