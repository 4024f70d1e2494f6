//! A real Synapse (`tests/peers/synapse.py`) and matrix-sdk clients that play the
//! caseworker and the newcomer, for the Matrix end-to-end tests.
//!
//! Each client has its own SQLite store and device, syncs in the background, accepts
//! invitations, and records every decrypted room message it sees. Tests wait on those.
//! Room keys are shared with a user only once they joined, so the tests wait for the bot's
//! join (`wait_joined`) before they write.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::EncryptionInfo;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply, Thread};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, ReplacementMetadata,
    RoomMessageEventContent,
};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{
    EventId, OwnedEventId, OwnedRoomId, OwnedUserId, RoomAliasId, RoomId, UserId,
};
use matrix_sdk::{Client, Room};

use kompass_core::i18n::strip_bidi_marks;

use crate::support::{repo, test_python};
use crate::telegram_support::Bot;

/// The homeserver, stopped when dropped (its peer script also stops when our end of its
/// stdin closes, so a crashed test leaves no server behind).
pub struct Synapse {
    pub base_url: String,
    users: HashMap<String, (String, String)>,
    child: Child,
    _stdin: ChildStdin,
}

impl std::fmt::Debug for Synapse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Synapse")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Synapse {
    /// Starts Synapse in `dir` with these users (blocking; 3–5 s).
    pub fn start(dir: &Path, users: &[&str]) -> Self {
        let mut child = Command::new(test_python())
            .arg(repo().join("tests/peers/synapse.py"))
            .arg("--dir")
            .arg(dir)
            .args(["--port", "0", "--users", &users.join(",")])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python runs the Synapse peer");
        let stdin = child.stdin.take().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let info: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|_| panic!("Synapse did not start: {line:?}"));
        let users = info["users"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, user)| {
                (
                    name.clone(),
                    (
                        user["user_id"].as_str().unwrap().to_string(),
                        user["password"].as_str().unwrap().to_string(),
                    ),
                )
            })
            .collect();
        Self {
            base_url: info["base_url"].as_str().unwrap().to_string(),
            users,
            child,
            _stdin: stdin,
        }
    }

    pub fn user_id(&self, name: &str) -> String {
        self.users[name].0.clone()
    }

    pub fn password(&self, name: &str) -> String {
        self.users[name].1.clone()
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(15) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A room message as a test client saw it (decrypted).
#[derive(Debug, Clone)]
pub struct Received {
    pub room: OwnedRoomId,
    pub event_id: OwnedEventId,
    pub sender: OwnedUserId,
    pub msgtype: String,
    /// The plain body, without bidi isolation marks.
    pub body: String,
    pub html: Option<String>,
    pub thread_root: Option<OwnedEventId>,
    /// The event it answers (`m.in_reply_to`, in a thread or not).
    pub in_reply_to: Option<OwnedEventId>,
    /// It arrived encrypted and was decrypted.
    pub encrypted: bool,
    pub media: Option<MediaSource>,
    /// When this client saw it (the Matrix benchmark measures with it).
    #[allow(
        dead_code,
        reason = "read by benches/matrix.rs, which shares this module"
    )]
    pub at: Instant,
}

/// A person on Matrix, logged in with a fresh device.
pub struct MatrixUser {
    pub client: Client,
    pub user_id: OwnedUserId,
    received: Arc<Mutex<Vec<Received>>>,
    /// Room messages this client could not decrypt ("unable to decrypt"), by event id.
    undecryptable: Arc<Mutex<Vec<OwnedEventId>>>,
    sync: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for MatrixUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MatrixUser")
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

impl Drop for MatrixUser {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

impl MatrixUser {
    pub async fn login(synapse: &Synapse, name: &str, store: &Path) -> Self {
        let client = Client::builder()
            .homeserver_url(&synapse.base_url)
            .sqlite_store(store, None)
            .build()
            .await
            .expect("a client");
        client
            .matrix_auth()
            .login_username(synapse.user_id(name), &synapse.password(name))
            .initial_device_display_name(name)
            .await
            .expect("login");
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let record = received.clone();
        client.add_event_handler(
            move |event: OriginalSyncRoomMessageEvent,
                  room: Room,
                  encryption: Option<EncryptionInfo>| {
                let record = record.clone();
                async move {
                    let html = match &event.content.msgtype {
                        MessageType::Text(text) => text.formatted.as_ref().map(|f| f.body.clone()),
                        MessageType::Notice(notice) => {
                            notice.formatted.as_ref().map(|f| f.body.clone())
                        }
                        _ => None,
                    };
                    let media = match &event.content.msgtype {
                        MessageType::Image(image) => Some(image.source.clone()),
                        MessageType::File(file) => Some(file.source.clone()),
                        MessageType::Audio(audio) => Some(audio.source.clone()),
                        _ => None,
                    };
                    let thread_root = match &event.content.relates_to {
                        Some(Relation::Thread(thread)) => Some(thread.event_id.clone()),
                        _ => None,
                    };
                    let in_reply_to = match &event.content.relates_to {
                        Some(Relation::Reply(reply)) => Some(reply.in_reply_to.event_id.clone()),
                        Some(Relation::Thread(thread)) => {
                            thread.in_reply_to.as_ref().map(|r| r.event_id.clone())
                        }
                        _ => None,
                    };
                    record.lock().unwrap().push(Received {
                        room: room.room_id().to_owned(),
                        event_id: event.event_id.clone(),
                        sender: event.sender.clone(),
                        msgtype: event.content.msgtype().to_string(),
                        // Compared as the tests compare text: without Fluent's bidi marks.
                        body: strip_bidi_marks(event.content.body()),
                        html,
                        thread_root,
                        in_reply_to,
                        encrypted: encryption.is_some(),
                        media,
                        at: Instant::now(),
                    });
                }
            },
        );
        // matrix-sdk hands over what it could not decrypt as `m.room.encrypted`.
        let undecryptable: Arc<Mutex<Vec<OwnedEventId>>> = Arc::default();
        let record = undecryptable.clone();
        client.add_event_handler(move |event: OriginalSyncRoomEncryptedEvent| {
            let record = record.clone();
            async move { record.lock().unwrap().push(event.event_id) }
        });
        client.add_event_handler(
            |event: StrippedRoomMemberEvent, room: Room, client: Client| async move {
                if client.user_id() == Some(event.state_key.as_ref()) {
                    tokio::spawn(async move {
                        for _ in 0..20 {
                            if room.join().await.is_ok() {
                                return;
                            }
                            tokio::time::sleep(Duration::from_millis(250)).await;
                        }
                    });
                }
            },
        );
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("first sync");
        // Synapse cuts a sync to a room's latest 10 events by default, and the events cut off
        // reach no handler: when the bot relays a dozen caseworker messages at once, a client
        // that people use fetches the gap, this one would lose the first of them (a flaky
        // failure in CI). So it asks for as many events per room as the bot does.
        let mut filter = FilterDefinition::default();
        filter.room.timeline.limit = Some(200u32.into());
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let _ = syncing
                .sync(
                    SyncSettings::default()
                        .filter(Filter::FilterDefinition(filter))
                        .timeout(Duration::from_secs(5)),
                )
                .await;
        });
        Self {
            user_id: client.user_id().unwrap().to_owned(),
            client,
            received,
            undecryptable,
            sync,
        }
    }

    pub fn room(&self, room: &RoomId) -> Room {
        self.client.get_room(room).expect("a room this user is in")
    }

    /// An end-to-end encrypted direct chat with `other`.
    pub async fn create_dm(&self, other: &str) -> OwnedRoomId {
        let other = UserId::parse(other).unwrap();
        let room = self.client.create_dm(&other).await.expect("a direct chat");
        room.room_id().to_owned()
    }

    /// An encrypted private room (a caseworker room) inviting `invite`; `power_levels`
    /// raise some of them (everyone else has 0).
    pub async fn create_room(
        &self,
        name: &str,
        invite: &[String],
        power_levels: &[(String, i64)],
    ) -> OwnedRoomId {
        let mut request = create_room::v3::Request::new();
        request.name = Some(name.to_string());
        request.invite = invite
            .iter()
            .map(|user| UserId::parse(user).unwrap())
            .collect();
        request.preset = Some(create_room::v3::RoomPreset::PrivateChat);
        request.initial_state = vec![
            InitialStateEvent::with_empty_state_key(
                RoomEncryptionEventContent::with_recommended_defaults(),
            )
            .to_raw_any(),
        ];
        if !power_levels.is_empty() {
            // The creator is not listed: from room version 12 on, creators have unlimited
            // power and Synapse refuses them in `users`.
            let users: serde_json::Map<String, serde_json::Value> = power_levels
                .iter()
                .map(|(user, level)| (user.clone(), (*level).into()))
                .collect();
            let content = serde_json::json!({ "users": users, "users_default": 0 });
            request.power_level_content_override = Some(Raw::from_json(
                serde_json::value::to_raw_value(&content).unwrap(),
            ));
        }
        let room = self.client.create_room(request).await.expect("a room");
        room.room_id().to_owned()
    }

    /// Gives `room` the alias `#<localpart>:<server>` and returns it.
    pub async fn add_alias(&self, room: &RoomId, localpart: &str) -> String {
        let alias = format!("#{localpart}:{}", self.user_id.server_name());
        let parsed = RoomAliasId::parse(&alias).expect("an alias");
        self.client
            .create_room_alias(&parsed, room)
            .await
            .expect("the alias is created");
        alias
    }

    /// Waits until `user` has joined `room`, then lets one sync pass so that the room's
    /// keys reach their device.
    pub async fn wait_joined(&self, room: &RoomId, user: &str, timeout: Duration) {
        let user = UserId::parse(user).unwrap();
        let start = Instant::now();
        loop {
            if let Some(room) = self.client.get_room(room)
                && let Ok(Some(member)) = room.get_member(&user).await
                && *member.membership() == MembershipState::Join
            {
                break;
            }
            assert!(
                start.elapsed() < timeout,
                "{user} did not join {room} within {timeout:?}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    pub async fn send_text(&self, room: &RoomId, text: &str) -> OwnedEventId {
        self.room(room)
            .send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("sent")
            .response
            .event_id
    }

    /// An image (m.image) or, with a non-image MIME type, a file (m.file); encrypted in an
    /// encrypted room.
    pub async fn send_file(
        &self,
        room: &RoomId,
        bytes: &[u8],
        name: &str,
        mime: &str,
    ) -> OwnedEventId {
        self.room(room)
            .send_attachment(
                name,
                &mime.parse().unwrap(),
                bytes.to_vec(),
                AttachmentConfig::new(),
            )
            .await
            .expect("sent")
            .event_id
    }

    /// A reply in `root`'s thread, as Element sends it.
    pub async fn reply_in_thread(&self, room: &RoomId, root: &EventId, text: &str) -> OwnedEventId {
        let mut content = RoomMessageEventContent::text_plain(text);
        content.relates_to = Some(Relation::Thread(Thread::plain(
            root.to_owned(),
            root.to_owned(),
        )));
        self.room(room)
            .send(content)
            .await
            .expect("sent")
            .response
            .event_id
    }

    /// A reply to `to` outside any thread (Element's "Reply" in the main timeline).
    pub async fn reply_outside_thread(
        &self,
        room: &RoomId,
        to: &EventId,
        text: &str,
    ) -> OwnedEventId {
        let mut content = RoomMessageEventContent::text_plain(text);
        content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(to.to_owned()))));
        self.room(room)
            .send(content)
            .await
            .expect("sent")
            .response
            .event_id
    }

    /// A reply to `to` inside `root`'s thread whose body starts with the quote fallback
    /// older clients add ("> <@sender> quoted text", a blank line, then the answer).
    pub async fn quoting_reply_in_thread(
        &self,
        room: &RoomId,
        root: &EventId,
        to: &EventId,
        quoted_sender: &str,
        quoted: &str,
        text: &str,
    ) -> OwnedEventId {
        let body = format!("> <{quoted_sender}> {quoted}\n\n{text}");
        let html = format!(
            "<mx-reply><blockquote>In reply to {quoted_sender}<br>{quoted}</blockquote></mx-reply>{text}"
        );
        let mut content = RoomMessageEventContent::text_html(body, html);
        content.relates_to = Some(Relation::Thread(Thread::reply(
            root.to_owned(),
            to.to_owned(),
        )));
        self.room(room)
            .send(content)
            .await
            .expect("sent")
            .response
            .event_id
    }

    /// An edit (`m.replace`) of `original`, as Element sends it.
    pub async fn edit(&self, room: &RoomId, original: &EventId, text: &str) -> OwnedEventId {
        let content = RoomMessageEventContent::text_plain(text)
            .make_replacement(ReplacementMetadata::new(original.to_owned(), None));
        self.room(room)
            .send(content)
            .await
            .expect("sent")
            .response
            .event_id
    }

    /// An `m.room.encrypted` event nobody can decrypt (a megolm session no one has), sent
    /// as it is: what the bot sees when a client encrypted before it knew the bot's device.
    /// With `thread`, the event is in that thread (relations stay unencrypted).
    pub async fn send_undecryptable(
        &self,
        room: &RoomId,
        thread: Option<&EventId>,
    ) -> OwnedEventId {
        use matrix_sdk::ruma::api::client::message::send_message_event;
        let mut content = serde_json::json!({
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgAEnB4Y2tNfXhXQ3pGZ2VmZ2VmZ2VmZ2VmZ2VmZ2VmZ2VmZ2VmZ2Vm",
            "device_id": "NOSUCHDEVICE",
            "sender_key": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29y",
            "session_id": "c2Vzc2lvbiB0aGF0IG5vYm9keSBoYXMgc2Vzc2lvbiB0aGF0",
        });
        if let Some(root) = thread {
            content["m.relates_to"] = serde_json::json!({
                "rel_type": "m.thread",
                "event_id": root.as_str(),
                "is_falling_back": true,
                "m.in_reply_to": { "event_id": root.as_str() },
            });
        }
        let raw = Raw::from_json(serde_json::value::to_raw_value(&content).unwrap());
        let request = send_message_event::v3::Request::new_raw(
            room.to_owned(),
            matrix_sdk::ruma::TransactionId::new(),
            "m.room.encrypted".into(),
            raw,
        );
        self.client.send(request).await.expect("sent").event_id
    }

    /// `user`'s devices, as this client knows them from its key queries.
    pub async fn devices_of(&self, user: &str) -> Vec<matrix_sdk::encryption::identities::Device> {
        let user = UserId::parse(user).unwrap();
        let devices = self.client.encryption().get_user_devices(&user).await;
        devices.expect("the devices are known").devices().collect()
    }

    /// Whether `user` is (still) joined to `room`, as this client knows it.
    pub async fn is_joined(&self, room: &RoomId, user: &str) -> bool {
        let user = UserId::parse(user).unwrap();
        match self.client.get_room(room) {
            Some(room) => matches!(
                room.get_member(&user).await,
                Ok(Some(member)) if *member.membership() == MembershipState::Join
            ),
            None => false,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The room messages this client could not decrypt so far.
    pub fn undecryptable(&self) -> Vec<OwnedEventId> {
        self.undecryptable.lock().unwrap().clone()
    }

    /// Waits for a message matching `matches`; on timeout, panics with what arrived.
    pub async fn wait_for(
        &self,
        timeout: Duration,
        matches: impl Fn(&Received) -> bool,
    ) -> Received {
        let start = Instant::now();
        loop {
            if let Some(found) = self.received().into_iter().find(|r| matches(r)) {
                return found;
            }
            if start.elapsed() > timeout {
                let seen: Vec<String> = self
                    .received()
                    .iter()
                    .map(|r| {
                        format!(
                            "{} {} {} thread={:?}: {}",
                            r.room,
                            r.sender,
                            r.msgtype,
                            r.thread_root,
                            r.body.chars().take(200).collect::<String>()
                        )
                    })
                    .collect();
                panic!(
                    "{}: nothing matching within {timeout:?}; received:\n{}",
                    self.user_id,
                    seen.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn download(&self, media: &MediaSource) -> Vec<u8> {
        self.client
            .media()
            .get_media_content(
                &MediaRequestParameters {
                    source: media.clone(),
                    format: MediaFormat::File,
                },
                false,
            )
            .await
            .expect("downloaded")
    }
}

/// The shipped flows with the institutions' rooms replaced (`institution id → room id`),
/// in `dir/flows`.
pub fn flows_with_rooms(dir: &Path, rooms: &[(&str, &str)]) -> PathBuf {
    let flows = dir.join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    let mut text = std::fs::read_to_string(repo().join("flows/kalletal.toml")).unwrap();
    for (institution, room) in rooms {
        let sample = match *institution {
            "buergerbuero" => "#kompass-buergerbuero:kalletal.example.org",
            "integrationsbuero" => "#kompass-integration:kalletal.example.org",
            other => panic!("no sample room for {other}"),
        };
        assert!(text.contains(sample));
        text = text.replace(sample, room);
    }
    std::fs::write(flows.join("kalletal.toml"), text).unwrap();
    flows
}

/// A config for the binary on Matrix (and whatever `extra` adds, e.g. `[telegram]`).
pub fn matrix_config(dir: &Path, synapse: &Synapse, flows: &Path, extra: &str) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(
        &path,
        format!(
            r#"[content]
flows = "{flows}"
locales = "{locales}"

[storage]
data_dir = "{data}"

{matrix}
{extra}
"#,
            flows = flows.display(),
            locales = repo().join("locales").display(),
            data = dir.join("data").display(),
            matrix = matrix_section(synapse, &synapse.base_url),
        ),
    )
    .unwrap();
    path
}

/// The `[matrix]` section for the bot's account on `synapse`, reached at `homeserver` (the
/// server's own address, or a proxy in front of it).
pub fn matrix_section(synapse: &Synapse, homeserver: &str) -> String {
    format!(
        r#"[matrix]
homeserver = "{homeserver}"
user = "{user}"
password_env = "KOMPASS_TEST_MATRIX_PASSWORD"
store_passphrase_env = "KOMPASS_TEST_MATRIX_STORE_PASSPHRASE"
sync_timeout_seconds = 5
"#,
        user = synapse.user_id("bot"),
    )
}

/// The environment the bot needs for [`matrix_config`].
pub fn matrix_env(synapse: &Synapse) -> Vec<(&'static str, String)> {
    vec![
        ("KOMPASS_TEST_MATRIX_PASSWORD", synapse.password("bot")),
        (
            "KOMPASS_TEST_MATRIX_STORE_PASSPHRASE",
            "test store passphrase".to_string(),
        ),
    ]
}

// ---------------------------------------------------------------- conversations

/// How long a test waits for anything to arrive.
pub const WAIT: Duration = Duration::from_secs(30);

/// The bot on `config`, with the Matrix secrets in its environment.
pub fn start_bot(config: &Path, synapse: &Synapse) -> Bot {
    let env = matrix_env(synapse);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Bot::start_with(config, &env)
}

/// Messages from the bot in `room`.
pub fn from_bot<'a>(bot: &'a str, room: &'a RoomId) -> impl Fn(&Received) -> bool + 'a {
    move |r| r.sender == bot && r.room == room
}

/// The bot's notices in `room`, as `user` received them.
pub fn bot_notices(user: &MatrixUser, bot: &str, room: &RoomId) -> Vec<Received> {
    user.received()
        .into_iter()
        .filter(from_bot(bot, room))
        .collect()
}

/// Sends `text` and waits for the bot's answer (all of it: a step may send two notices).
pub async fn say(user: &MatrixUser, bot: &str, room: &RoomId, text: &str) -> String {
    let before = bot_notices(user, bot, room).len();
    user.send_text(room, text).await;
    settle(user, bot, room, before).await
}

/// Waits until the bot has sent more than `before` notices and then stays quiet briefly;
/// returns the last.
pub async fn settle(user: &MatrixUser, bot: &str, room: &RoomId, before: usize) -> String {
    user.wait_for(WAIT, |_| bot_notices(user, bot, room).len() > before)
        .await;
    let mut count = bot_notices(user, bot, room).len();
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let now = bot_notices(user, bot, room).len();
        if now == count {
            break;
        }
        count = now;
    }
    bot_notices(user, bot, room).last().unwrap().body.clone()
}

pub struct World {
    pub dir: tempfile::TempDir,
    pub synapse: Synapse,
    pub caseworker: MatrixUser,
    pub room: OwnedRoomId,
    pub bot_id: String,
}

impl World {
    /// Waits for the thread root the bot posts in the caseworkers' room that contains
    /// `needle` (a reference number, a name).
    pub async fn thread_root(&self, needle: &str) -> Received {
        let bot = self.bot_id.as_str();
        self.caseworker
            .wait_for(WAIT, |r| {
                r.room == self.room
                    && r.sender == bot
                    && r.thread_root.is_none()
                    && r.body.contains(needle)
            })
            .await
    }

    /// The bot, configured with `institution`'s room, started and joined to the room; its
    /// config file (to edit for a reload).
    pub async fn bot_in_room(&self, institution: &str) -> (PathBuf, Bot) {
        self.bot_in_room_with(institution, "", |_| {}).await
    }

    /// [`World::bot_in_room`] with `extra` lines in the config (e.g. `[telegram]`) and the
    /// flow file changed by `edit_flows` (given the flows folder) before the start.
    pub async fn bot_in_room_with(
        &self,
        institution: &str,
        extra: &str,
        edit_flows: impl FnOnce(&Path),
    ) -> (PathBuf, Bot) {
        let flows = flows_with_rooms(self.dir.path(), &[(institution, self.room.as_str())]);
        edit_flows(&flows);
        let config = matrix_config(self.dir.path(), &self.synapse, &flows, extra);
        let bot = start_bot(&config, &self.synapse);
        self.caseworker
            .wait_joined(&self.room, &self.bot_id, WAIT)
            .await;
        (config, bot)
    }
}

/// Synapse, a caseworker and the institution's encrypted room with the bot (and `outsider`,
/// a member without the caseworker power level) invited; `mediator` is a user too.
pub async fn world(institution: &str) -> World {
    let dir = tempfile::tempdir().unwrap();
    let synapse_dir = dir.path().join("synapse");
    let synapse = tokio::task::spawn_blocking(move || {
        Synapse::start(
            &synapse_dir,
            &["bot", "caseworker", "newcomer", "outsider", "mediator"],
        )
    })
    .await
    .unwrap();
    let caseworker = MatrixUser::login(&synapse, "caseworker", &dir.path().join("cw")).await;
    let bot_id = synapse.user_id("bot");
    let room = caseworker
        .create_room(
            &format!("Kompass {institution}"),
            &[bot_id.clone(), synapse.user_id("outsider")],
            &[(bot_id.clone(), 50)],
        )
        .await;
    World {
        dir,
        synapse,
        caseworker,
        room,
        bot_id,
    }
}
