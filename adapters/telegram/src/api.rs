//! Calls to the Bot API with Telegram's rules kept: message rate limits (per chat and
//! overall), `429 retry_after` waited out, network errors retried with back-off, so a
//! message is not lost to a hiccup.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use std::marker::PhantomData;
use teloxide::net::Download as _;

use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use teloxide::payloads::{
    EditMessageText, EditMessageTextSetters, SendMessage, SendMessageSetters,
};
use teloxide::prelude::Requester;
use teloxide::requests::{JsonRequest, Payload};
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
        retrying("sendMessage", || {
            let payload = SendMessage::new(chat, message.text.clone());
            let payload = match &message.keyboard {
                Some(keyboard) => payload.reply_markup(keyboard.clone()),
                None => payload,
            };
            self.lean::<_, MessageId>(payload)
        })
        .await
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
            let payload = EditMessageText::new(chat, id, message.text.clone());
            let payload = match &message.keyboard {
                Some(keyboard) => payload.reply_markup(keyboard.clone()),
                None => payload,
            };
            // The edited message, or `true` for an inline message: nothing of it is used.
            self.lean::<_, IgnoredAny>(payload)
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

    /// A request whose answer is read only as `O`. teloxide reads a sent or edited message
    /// into its full `Message` (buffered whole, then read again field by field: 6 % of the
    /// bot's CPU in the Telegram benchmark); a reply needs at most its id. Errors are read
    /// by teloxide as before.
    fn lean<P, O>(&self, payload: P) -> JsonRequest<Lean<P, O>>
    where
        P: Payload + Serialize + 'static,
        O: DeserializeOwned + 'static,
    {
        JsonRequest::new(
            self.bot.clone(),
            Lean {
                payload,
                answer: PhantomData,
            },
        )
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

    /// Fetches a file through `getFile` and the file path. A failed download is tried
    /// again for up to two minutes, without holding one of the [`CONCURRENT_CALLS`] places
    /// while it waits (other chats' messages go on); a file the server says it does not
    /// have (a 4xx: the path may have expired) is asked for once more with a new path,
    /// then given up at once, so the person is told within seconds to send it again.
    pub async fn download(&self, file_id: &str, max_bytes: u64) -> Result<Fetched, RequestError> {
        let started = Instant::now();
        let mut delay = Duration::from_secs(1);
        let mut paths_asked = 0;
        'path: loop {
            let file = {
                let _place = self.place().await;
                retrying("getFile", || {
                    self.bot
                        .get_file(teloxide::types::FileId(file_id.to_string()))
                })
                .await
            };
            let file = match file {
                Ok(file) => file,
                Err(RequestError::Api(ApiError::Unknown(description)))
                    if description.contains("file is too big") =>
                {
                    return Ok(Fetched::TooLarge);
                }
                Err(error) => return Err(error),
            };
            paths_asked += 1;
            if u64::from(file.meta.size) > max_bytes {
                return Ok(Fetched::TooLarge);
            }
            loop {
                let mut bytes = Vec::with_capacity(file.meta.size as usize);
                let fetched = {
                    let _place = self.place().await;
                    self.bot.download_file(&file.path, &mut bytes).await
                };
                match fetched {
                    Ok(()) if bytes.len() as u64 > max_bytes => return Ok(Fetched::TooLarge),
                    Ok(()) => return Ok(Fetched::Bytes(bytes)),
                    Err(teloxide::DownloadError::Network(error))
                        if error.status().is_some_and(|status| {
                            status.is_client_error() && status.as_u16() != 429
                        }) =>
                    {
                        if paths_asked < 2 {
                            tracing::warn!(%error, "file download refused; asking for a new path");
                            continue 'path;
                        }
                        return Err(RequestError::Network(error));
                    }
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

/// A Bot API method's payload, sent as teloxide sends it, whose answer is read as `O`.
struct Lean<P, O> {
    payload: P,
    answer: PhantomData<fn() -> O>,
}

impl<P: Serialize, O> Serialize for Lean<P, O> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload.serialize(serializer)
    }
}

impl<P: Payload, O> Payload for Lean<P, O> {
    type Output = O;
    const NAME: &'static str = P::NAME;

    fn timeout_hint(&self) -> Option<Duration> {
        self.payload.timeout_hint()
    }
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
    use std::sync::Arc;
    use teloxide::requests::HasPayload as _;

    /// A message as the Bot API returns it for `sendMessage` and `editMessageText`.
    const SENT: &str = r#"{"message_id":4711,"from":{"id":1,"is_bot":true,"first_name":"Kompass","username":"kompass_bot"},"chat":{"id":42,"first_name":"Olena","type":"private"},"date":1764500000,"edit_date":1764500001,"text":"Wählen Sie:\n1. Wohnen","entities":[{"offset":0,"length":6,"type":"bold"}],"reply_markup":{"inline_keyboard":[[{"text":"1. Wohnen","callback_data":"g:wohnen"}]]}}"#;

    /// A loopback Bot API: answers by method and text as Telegram does, and keeps each
    /// request's method and body.
    async fn bot_api() -> (Bot, Arc<Mutex<Vec<(String, serde_json::Value)>>>) {
        use axum::extract::Path;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let kept = seen.clone();
        let app = axum::Router::new().route(
            "/{*path}",
            axum::routing::post(
                move |Path(path): Path<String>, body: axum::body::Bytes| {
                    let kept = kept.clone();
                    async move {
                        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
                        // Method names are case-insensitive (teloxide sends `SendMessage`).
                        let method = path.rsplit('/').next().unwrap_or_default().to_lowercase();
                        let answer = match (method.as_str(), body["text"].as_str()) {
                            ("editmessagetext", Some("same")) => {
                                r#"{"ok":false,"error_code":400,"description":"Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"}"#.to_string()
                            }
                            ("editmessagetext", Some("gone")) => {
                                r#"{"ok":false,"error_code":400,"description":"Bad Request: message to edit not found"}"#.to_string()
                            }
                            ("sendmessage", Some("blocked")) => {
                                r#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#.to_string()
                            }
                            _ => format!(r#"{{"ok":true,"result":{SENT}}}"#),
                        };
                        kept.lock().unwrap().push((method, body));
                        ([("content-type", "application/json")], answer)
                    }
                },
            ),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        let bot = Bot::new("1:x").set_api_url(reqwest::Url::parse(&url).unwrap());
        (bot, seen)
    }

    #[tokio::test]
    async fn replies_are_sent_as_teloxide_sends_them_and_read_for_their_id_only() {
        let (bot, seen) = bot_api().await;
        let api = Api::new(
            bot.clone(),
            RateLimits {
                per_chat: None,
                overall: None,
            },
        );
        let keyboard = teloxide::types::InlineKeyboardMarkup::new([[
            teloxide::types::InlineKeyboardButton::callback("1. Wohnen", "g:wohnen"),
        ]]);
        let menu = |text: &str| Outgoing {
            text: text.to_string(),
            keyboard: Some(keyboard.clone()),
            upload: false,
        };
        assert_eq!(
            api.send(ChatId(42), &menu("Wählen Sie:")).await.unwrap(),
            MessageId(4711)
        );
        assert_eq!(
            api.edit(ChatId(42), MessageId(4711), &menu("ok"))
                .await
                .unwrap(),
            Edited::Done
        );
        // Telegram's errors read as before: not modified is done, gone is a new message,
        // blocked is an error.
        assert_eq!(
            api.edit(ChatId(42), MessageId(4711), &menu("same"))
                .await
                .unwrap(),
            Edited::Done
        );
        assert_eq!(
            api.edit(ChatId(42), MessageId(4711), &menu("gone"))
                .await
                .unwrap(),
            Edited::NotPossible
        );
        assert!(matches!(
            api.send(ChatId(42), &menu("blocked")).await,
            Err(RequestError::Api(ApiError::BotBlocked))
        ));
        // The bodies are teloxide's own for the same calls.
        let expected_send = serde_json::to_value(
            bot.send_message(ChatId(42), "Wählen Sie:")
                .reply_markup(keyboard.clone())
                .payload_ref(),
        )
        .unwrap();
        let expected_edit = serde_json::to_value(
            bot.edit_message_text(ChatId(42), MessageId(4711), "ok")
                .reply_markup(keyboard.clone())
                .payload_ref(),
        )
        .unwrap();
        let seen = seen.lock().unwrap();
        assert_eq!(seen[0], ("sendmessage".to_string(), expected_send));
        assert_eq!(seen[1], ("editmessagetext".to_string(), expected_edit));
        assert_eq!(seen.len(), 5);
    }

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
