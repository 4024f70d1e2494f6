//! Calls to the Bot API with Telegram's rules kept: message rate limits (per chat and
//! overall), `429 retry_after` waited out, network errors retried with back-off, so a
//! message is not lost to a hiccup.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use teloxide::net::Download as _;
use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{ChatAction, ChatId, MessageId};
use teloxide::{ApiError, Bot, RequestError};
use tokio::time::Instant;

use crate::render::Outgoing;

/// Telegram's caps on messages. `None` lifts a cap (for a loopback benchmark).
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Time between two messages in one chat (Telegram: about 1 s).
    pub per_chat: Option<Duration>,
    /// Time between two messages overall (Telegram: 30 per second).
    pub overall: Option<Duration>,
}

impl RateLimits {
    /// Telegram's documented limits: 1 message per second per chat, 30 per second overall.
    pub const TELEGRAM: Self = Self {
        per_chat: Some(Duration::from_secs(1)),
        overall: Some(Duration::from_millis(34)),
    };
}

/// How long a failing call is retried before the error is given up on (the update stays
/// in the inbox and is tried again after a restart).
const MAX_RETRY_TIME: Duration = Duration::from_secs(30 * 60);

/// Bot API calls in flight at once. Each needs a connection with its buffers: without a
/// cap, 10,000 busy chats opened 10,000 connections (2 GB); Telegram limits connections too.
const CONCURRENT_CALLS: usize = 64;

#[derive(Debug)]
pub struct Api {
    pub bot: Bot,
    limits: RateLimits,
    in_flight: tokio::sync::Semaphore,
    next_overall: Mutex<Instant>,
    next_in_chat: Mutex<HashMap<ChatId, Instant>>,
}

/// What became of an edit.
#[derive(Debug, PartialEq, Eq)]
pub enum Edited {
    Done,
    /// The message cannot be edited (too old, deleted): send a new one instead.
    NotPossible,
}

impl Api {
    pub fn new(bot: Bot, limits: RateLimits) -> Self {
        Self {
            bot,
            limits,
            in_flight: tokio::sync::Semaphore::new(CONCURRENT_CALLS),
            next_overall: Mutex::new(Instant::now()),
            next_in_chat: Mutex::new(HashMap::new()),
        }
    }

    /// Waits for this chat's and the bot's next free message slot.
    async fn slot(&self, chat: ChatId) {
        if let Some(interval) = self.limits.per_chat {
            let at = {
                let mut next = self
                    .next_in_chat
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let now = Instant::now();
                if next.len() > 10_000 {
                    next.retain(|_, at| *at > now);
                }
                reserve(next.entry(chat).or_insert(now), interval)
            };
            tokio::time::sleep_until(at).await;
        }
        if let Some(interval) = self.limits.overall {
            let at = reserve(
                &mut self
                    .next_overall
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner()),
                interval,
            );
            tokio::time::sleep_until(at).await;
        }
    }

    /// Waits for one of the [`CONCURRENT_CALLS`] places.
    async fn place(&self) -> tokio::sync::SemaphorePermit<'_> {
        self.in_flight
            .acquire()
            .await
            .expect("the semaphore is never closed")
    }

    pub async fn send(&self, chat: ChatId, message: &Outgoing) -> Result<MessageId, RequestError> {
        self.slot(chat).await;
        let _place = self.place().await;
        let sent = retrying("sendMessage", || {
            let request = self.bot.send_message(chat, message.text.clone());
            match &message.keyboard {
                Some(keyboard) => request.reply_markup(keyboard.clone()),
                None => request,
            }
        })
        .await?;
        Ok(sent.id)
    }

    /// Sends a file as a document (an office's attachment, a calendar entry).
    pub async fn send_document(
        &self,
        chat: ChatId,
        file: &kompass_core::engine::OutgoingFile,
    ) -> Result<MessageId, RequestError> {
        self.slot(chat).await;
        let _place = self.place().await;
        let sent = retrying("sendDocument", || {
            self.bot.send_document(
                chat,
                teloxide::types::InputFile::memory(file.bytes.clone()).file_name(file.name.clone()),
            )
        })
        .await?;
        Ok(sent.id)
    }

    /// Replaces a message's text and buttons (a menu that leads to another menu).
    pub async fn edit(
        &self,
        chat: ChatId,
        id: MessageId,
        message: &Outgoing,
    ) -> Result<Edited, RequestError> {
        self.slot(chat).await;
        let _place = self.place().await;
        let result = retrying("editMessageText", || {
            let request = self.bot.edit_message_text(chat, id, message.text.clone());
            match &message.keyboard {
                Some(keyboard) => request.reply_markup(keyboard.clone()),
                None => request,
            }
        })
        .await;
        match result {
            Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(Edited::Done),
            Err(RequestError::Api(
                ApiError::MessageToEditNotFound
                | ApiError::MessageCantBeEdited
                | ApiError::MessageIdInvalid,
            )) => Ok(Edited::NotPossible),
            Err(error) => Err(error),
        }
    }

    /// Stops the button's spinner. A query too old to answer is fine: nothing spins.
    pub async fn answer_callback(&self, query: &str) {
        let _place = self.place().await;
        let result = retrying("answerCallbackQuery", || {
            self.bot
                .answer_callback_query(teloxide::types::CallbackQueryId(query.to_string()))
        })
        .await;
        match result {
            Ok(_) | Err(RequestError::Api(ApiError::InvalidQueryId)) => {}
            Err(error) => tracing::warn!(%error, "a button press could not be answered"),
        }
    }

    /// "Sending a photo…" in the chat while an upload is fetched and processed.
    pub async fn chat_action(&self, chat: ChatId, action: ChatAction) {
        let _place = self.place().await;
        if let Err(error) = self.bot.send_chat_action(chat, action).await {
            tracing::debug!(%error, "chat action not shown");
        }
    }

    /// Fetches a file through `getFile` and the file path.
    pub async fn download(&self, file_id: &str, max_bytes: u64) -> Result<Fetched, RequestError> {
        let _place = self.place().await;
        let file = match retrying("getFile", || {
            self.bot
                .get_file(teloxide::types::FileId(file_id.to_string()))
        })
        .await
        {
            Ok(file) => file,
            Err(RequestError::Api(ApiError::Unknown(description)))
                if description.contains("file is too big") =>
            {
                return Ok(Fetched::TooLarge);
            }
            Err(error) => return Err(error),
        };
        if u64::from(file.meta.size) > max_bytes {
            return Ok(Fetched::TooLarge);
        }
        let started = Instant::now();
        let mut delay = Duration::from_secs(1);
        loop {
            let mut bytes = Vec::with_capacity(file.meta.size as usize);
            match self.bot.download_file(&file.path, &mut bytes).await {
                Ok(()) if bytes.len() as u64 > max_bytes => return Ok(Fetched::TooLarge),
                Ok(()) => return Ok(Fetched::Bytes(bytes)),
                Err(error) if started.elapsed() < Duration::from_secs(120) => {
                    tracing::warn!(%error, "file download failed; retrying");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(15));
                }
                Err(teloxide::DownloadError::Network(error)) => {
                    return Err(RequestError::Network(error));
                }
                Err(teloxide::DownloadError::Io(error)) => return Err(RequestError::Io(error)),
            }
        }
    }
}

/// A fetched file, or the reason it was not fetched.
#[derive(Debug)]
pub enum Fetched {
    Bytes(Vec<u8>),
    TooLarge,
}

fn reserve(next: &mut Instant, interval: Duration) -> Instant {
    let at = (*next).max(Instant::now());
    *next = at + interval;
    at
}

/// Runs a request until it succeeds, waiting out `429 retry_after` and retrying network
/// trouble with back-off; errors Telegram means (400, 403) are returned at once.
pub async fn retrying<R, T>(
    method: &'static str,
    mut request: impl FnMut() -> R,
) -> Result<T, RequestError>
where
    R: std::future::IntoFuture<Output = Result<T, RequestError>>,
    R::IntoFuture: Future<Output = Result<T, RequestError>>,
{
    let started = Instant::now();
    let mut delay = Duration::from_millis(500);
    loop {
        let error = match request().await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        let wait = match &error {
            RequestError::RetryAfter(seconds) => {
                tracing::warn!(
                    method,
                    seconds = seconds.seconds(),
                    "Telegram asks to slow down (429); waiting"
                );
                seconds.duration()
            }
            RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
                tracing::warn!(method, %error, "Bot API call failed; retrying");
                let wait = delay;
                delay = (delay * 2).min(Duration::from_secs(60));
                wait
            }
            RequestError::Api(ApiError::Unknown(description))
                if description.contains("Internal Server Error")
                    || description.contains("Bad Gateway")
                    || description.contains("Gateway")
                    || description.contains("Too Many Requests") =>
            {
                tracing::warn!(method, %error, "Bot API server error; retrying");
                let wait = delay;
                delay = (delay * 2).min(Duration::from_secs(60));
                wait
            }
            _ => return Err(error),
        };
        if started.elapsed() + wait > MAX_RETRY_TIME {
            return Err(error);
        }
        tokio::time::sleep(wait).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn slots_keep_the_per_chat_and_overall_pace() {
        let api = Api::new(
            Bot::new("1:x"),
            RateLimits {
                per_chat: Some(Duration::from_secs(1)),
                overall: Some(Duration::from_millis(100)),
            },
        );
        let start = Instant::now();
        for _ in 0..3 {
            api.slot(ChatId(1)).await;
        }
        assert_eq!(start.elapsed(), Duration::from_secs(2));
        let start = Instant::now();
        for chat in 2..7 {
            api.slot(ChatId(chat)).await;
        }
        // Five new chats: only the overall pace applies (the first waits for the last
        // overall slot taken above).
        assert!(
            start.elapsed() <= Duration::from_millis(500),
            "{:?}",
            start.elapsed()
        );
    }
}
