//! The language mediators' rooms (Sprachmittlung): one Matrix room per language, named in
//! `[matrix.mediators]`. Each mediated case is a thread there under a random case number
//! (`SM-4821`); the post worker sends what the queue holds (the thread's root, the
//! newcomer's free text, caseworkers' replies to translate), and a mediator's reply in a
//! thread — or `!übersetzung Text` — is handed to the runtime, which sends it to the case's
//! thread or to the newcomer. Nothing else is ever posted here: no name, no reference
//! number, no photo, no file.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kompass_core::runtime::{MediationSettings, RuntimeError, TranslationOutcome};
use kompass_core::store::{MediatorPost, MediatorWhat, ThreadRef};
use matrix_sdk::Room;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::{EventId, OwnedEventId, OwnedRoomId, OwnedTransactionId, RoomId, UserId};
use tokio::sync::{mpsc, watch};

use crate::Shared;
use crate::pending::PendingQueue;
use crate::render::without_reply_fallback;
use crate::rooms::{RoomProblem, joined, room_id_of};
use crate::throttle::Throttle;

/// `[matrix.mediators]` as the adapter needs it.
#[derive(Debug, Clone)]
pub struct MediatorOptions {
    /// Language code → room (`#alias:server` or `!id:server`).
    pub rooms: BTreeMap<String, String>,
    /// Members need at least this power level for their translations to be passed on.
    pub power_level: i64,
    /// How long a caseworker's reply waits for its translation before it goes out in German.
    pub wait: Duration,
}

impl MediatorOptions {
    /// What the runtime needs to know.
    pub fn settings(&self) -> MediationSettings {
        MediationSettings {
            languages: self.rooms.keys().cloned().collect(),
            wait: chrono::Duration::from_std(self.wait).unwrap_or(chrono::Duration::MAX),
        }
    }
}

/// The mediators' rooms as resolved.
#[derive(Debug)]
pub struct Mediators {
    options: Option<MediatorOptions>,
    state: Mutex<State>,
    looked_up: watch::Sender<bool>,
    /// Notes posted in a room (at most one per room in ten minutes).
    notes: Mutex<Throttle<OwnedRoomId>>,
}

#[derive(Debug, Default)]
struct State {
    by_language: HashMap<String, OwnedRoomId>,
    missing: bool,
    last_attempt: Option<Instant>,
    /// Languages whose room was warned about as missing (the look-up runs every minute).
    warned: Throttle<String>,
}

const NOTE_INTERVAL: Duration = Duration::from_secs(10 * 60);

impl Mediators {
    pub fn new(options: Option<MediatorOptions>) -> Self {
        Self {
            looked_up: watch::Sender::new(options.is_none()),
            options,
            state: Mutex::default(),
            notes: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn enabled(&self) -> bool {
        self.options.is_some()
    }

    /// One of the configured mediators' rooms (as resolved so far).
    pub fn is_mediator_room(&self, room: &RoomId) -> bool {
        self.lock().by_language.values().any(|id| id == room)
    }

    fn room_of(&self, language: &str) -> Option<OwnedRoomId> {
        self.lock().by_language.get(language).cloned()
    }

    /// Waits until every room has been looked up once since the start.
    pub async fn first_lookup(&self) {
        let mut done = self.looked_up.subscribe();
        let _ = done.wait_for(|done| *done).await;
    }

    /// Some room is not known or not joined, and the last lookup is a minute ago.
    pub fn unresolved(&self) -> bool {
        let state = self.lock();
        state.missing
            && state
                .last_attempt
                .is_none_or(|at| at.elapsed() > Duration::from_secs(60))
    }

    /// Looks up every configured room (room ids at once, aliases over the network).
    pub async fn resolve(&self, shared: &Shared) {
        let Some(options) = &self.options else {
            return;
        };
        self.lock().last_attempt = Some(Instant::now());
        let mut missing = false;
        for (language, name) in &options.rooms {
            // As for caseworker rooms: warned at once, then every ten minutes.
            let warn_now = || {
                self.lock()
                    .warned
                    .due(language.clone(), Instant::now(), NOTE_INTERVAL)
            };
            let id = match room_id_of(shared, name).await {
                Ok(id) => id,
                Err(RoomProblem::NoRoomName) => {
                    tracing::error!(%language, room = %name, "a mediators' room is neither a room id (!…) nor an alias (#…)");
                    missing = true;
                    continue;
                }
                Err(problem) => {
                    if warn_now() {
                        tracing::warn!(%language, room = %name, %problem, "the mediators' room cannot be found");
                    } else {
                        tracing::debug!(%language, room = %name, %problem, "the mediators' room cannot be found, still");
                    }
                    missing = true;
                    continue;
                }
            };
            if joined(shared, &id) {
                self.lock().warned.forget(language);
            } else {
                if warn_now() {
                    tracing::warn!(%language, room = %name, "the bot is not in this mediators' room yet; invite it");
                }
                missing = true;
            }
            self.lock().by_language.insert(language.clone(), id);
        }
        self.lock().missing = missing;
        self.looked_up.send_replace(true);
    }

    fn note_due(&self, room: &RoomId) -> bool {
        self.notes.lock().unwrap_or_else(|p| p.into_inner()).due(
            room.to_owned(),
            Instant::now(),
            NOTE_INTERVAL,
        )
    }
}

/// Switches mediation on in the runtime and starts the workers; `None` without mediators.
pub(crate) fn start(shared: &Arc<Shared>) -> Option<Workers> {
    let options = shared.mediators.options.as_ref()?;
    shared.runtime.enable_mediation(options.settings());
    let resolving = shared.clone();
    tokio::spawn(async move { resolving.mediators.resolve(&resolving).await });
    let (events, queue) = PendingQueue::new();
    Some(Workers {
        events: events.clone(),
        tasks: vec![
            tokio::spawn(post_worker(shared.clone())),
            tokio::spawn(event_worker(shared.clone(), queue, events)),
            tokio::spawn(release_clock(shared.clone())),
        ],
    })
}

/// A mediators' room's message for [`event_worker`].
pub(crate) type MediatorEvent = (Room, Box<OriginalSyncRoomMessageEvent>);

/// The mediators' workers: posts, events (in order), the release clock.
#[derive(Debug)]
pub(crate) struct Workers {
    /// Counts what is pending, like the caseworker rooms' queue: the sync position waits
    /// for both (see [`PendingQueue`]).
    pub events: PendingQueue<MediatorEvent>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Workers {
    pub fn abort(&self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Sends queued posts: on a wake-up, and every few seconds (a room may be joined later).
async fn post_worker(shared: Arc<Shared>) {
    let Some(wake) = shared.runtime.mediators_wake() else {
        return;
    };
    loop {
        if shared.mediators.unresolved() {
            shared.mediators.resolve(&shared).await;
        }
        let runtime = shared.runtime.clone();
        match tokio::task::spawn_blocking(move || runtime.mediator_posts()).await {
            Ok(Ok(posts)) => {
                if !posts.is_empty() {
                    // Only what is on disk (see the caseworker rooms' post worker).
                    shared.runtime.all_durable().await;
                }
                let mut held: Vec<String> = Vec::new();
                for post in posts {
                    if held.contains(&post.reference) {
                        continue;
                    }
                    if let Err(error) = send_post(&shared, &post).await {
                        tracing::warn!(%error, "a post for a mediators' room is waiting");
                        held.push(post.reference.clone());
                    }
                }
            }
            Ok(Err(error)) => tracing::error!(%error, "the mediators' post queue cannot be read"),
            Err(error) => tracing::error!(%error, "reading the mediators' post queue panicked"),
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum PostError {
    #[error("no joined mediators' room for this language")]
    NoRoom,
    #[error("the case's mediation thread has no root yet")]
    NoThread,
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Matrix(#[from] matrix_sdk::Error),
}

async fn send_post(shared: &Shared, post: &MediatorPost) -> Result<(), PostError> {
    let runtime = shared.runtime.clone();
    let reference = post.reference.clone();
    let mediation = tokio::task::spawn_blocking(move || runtime.mediation(&reference))
        .await
        .map_err(|_| RuntimeError::Panicked)??;
    let Some(mediation) = mediation else {
        // Erased meanwhile: the post goes with it.
        return done(shared, post, "", None).await;
    };
    let room_id = match (&post.what, &mediation.thread) {
        (MediatorWhat::Root, _) | (_, None) => shared.mediators.room_of(&mediation.language),
        (_, Some(thread)) => RoomId::parse(&thread.room).ok(),
    }
    .ok_or(PostError::NoRoom)?;
    let room = shared
        .client
        .get_room(&room_id)
        .filter(|room| room.state() == matrix_sdk::RoomState::Joined)
        .ok_or(PostError::NoRoom)?;
    let text = shared.runtime.mediator_text(&mediation, &post.what);
    // Plain text only: whatever the newcomer typed shows as typed, never as markup. The
    // bot's thanks is a notice, like its other answers to mediators.
    let mut content = match &post.what {
        MediatorWhat::Thanks { .. } => RoomMessageEventContent::notice_plain(text),
        _ => RoomMessageEventContent::text_plain(text),
    };
    let thread = match &post.what {
        MediatorWhat::Root => None,
        _ => {
            let thread = mediation.thread.as_ref().ok_or(PostError::NoThread)?;
            let root =
                OwnedEventId::try_from(thread.root.as_str()).map_err(|_| PostError::NoThread)?;
            content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
            None
        }
    };
    let response = room
        .send(content)
        .with_transaction_id(OwnedTransactionId::from(format!("kompass-sm-{}", post.id)))
        .await?;
    let event = response.response.event_id;
    let thread = match &post.what {
        MediatorWhat::Root => Some(ThreadRef {
            room: room_id.to_string(),
            root: event.to_string(),
        }),
        _ => thread,
    };
    done(shared, post, event.as_str(), thread).await?;
    tracing::info!("a post reached a mediators' room");
    Ok(())
}

async fn done(
    shared: &Shared,
    post: &MediatorPost,
    event: &str,
    thread: Option<ThreadRef>,
) -> Result<(), PostError> {
    let runtime = shared.runtime.clone();
    let (post, event) = (post.clone(), event.to_string());
    tokio::task::spawn_blocking(move || runtime.mediator_post_done(&post, &event, thread.as_ref()))
        .await
        .map_err(|_| RuntimeError::Panicked)??;
    Ok(())
}

/// Caseworkers' replies whose translation did not come in time go out in German.
async fn release_clock(shared: Arc<Shared>) {
    loop {
        let runtime = shared.runtime.clone();
        let now = chrono::Utc::now();
        match tokio::task::spawn_blocking(move || runtime.release_due_translations(now)).await {
            Ok(Ok(notices)) => {
                for notice in notices {
                    let _ = shared.notices_out.send(notice);
                }
            }
            Ok(Err(error)) => tracing::error!(%error, "held replies cannot be read"),
            Err(error) => tracing::error!(%error, "the release clock panicked"),
        }
        tokio::time::sleep(Duration::from_secs(30)).await;
    }
}

/// Handles the mediators' rooms' events one after another.
async fn event_worker(
    shared: Arc<Shared>,
    mut events: mpsc::UnboundedReceiver<MediatorEvent>,
    queue: PendingQueue<MediatorEvent>,
) {
    while let Some((room, event)) = events.recv().await {
        on_event(&shared, &room, *event).await;
        queue.done();
    }
}

/// What a mediator typed.
#[derive(Debug, PartialEq, Eq)]
enum Typed {
    Help,
    Translation(String),
}

fn parse(body: &str) -> Typed {
    let body = body.trim();
    let Some(rest) = body.strip_prefix('!') else {
        return Typed::Translation(body.to_string());
    };
    let (name, arguments) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(name, arguments)| (name, arguments.trim()));
    match name.to_lowercase().as_str() {
        "übersetzung" | "uebersetzung" | "ubersetzung" | "translation" if !arguments.is_empty() => {
            Typed::Translation(arguments.to_string())
        }
        _ => Typed::Help,
    }
}

async fn on_event(shared: &Arc<Shared>, room: &Room, event: OriginalSyncRoomMessageEvent) {
    if shared.client.user_id() == Some(event.sender.as_ref()) {
        return;
    }
    let body = match &event.content.msgtype {
        MessageType::Text(text) => Some(text.body.clone()),
        MessageType::Notice(_) => return,
        _ => None,
    };
    if matches!(&event.content.relates_to, Some(Relation::Replacement(_))) {
        // The first version was passed on already; a correction is a new message.
        note(
            shared,
            room,
            &event.event_id,
            None,
            &text(shared, "mediators-note-edit", &[]),
        )
        .await;
        return;
    }
    let (root, replying_to) = match &event.content.relates_to {
        Some(Relation::Thread(thread)) => (
            Some(thread.event_id.clone()),
            thread
                .in_reply_to
                .as_ref()
                .filter(|_| !thread.is_falling_back)
                .map(|reply| reply.event_id.clone()),
        ),
        _ => (None, None),
    };
    if !may_translate(shared, room, &event.sender).await {
        tracing::warn!(
            "a message in a mediators' room from someone below its power level; not passed on"
        );
        let level = shared
            .mediators
            .options
            .as_ref()
            .map_or(0, |o| o.power_level);
        note(
            shared,
            room,
            &event.event_id,
            root.as_deref(),
            &text(
                shared,
                "mediators-note-power-level",
                &[("power", level.into())],
            ),
        )
        .await;
        return;
    }
    let Some(body) = body else {
        reply(
            shared,
            room,
            &event.event_id,
            root.as_deref(),
            "mediators-only-text",
        )
        .await;
        return;
    };
    let body = if body.starts_with("> <") {
        without_reply_fallback(&body).to_string()
    } else {
        body
    };
    let typed = parse(&body);
    let Some(root) = root else {
        if typed == Typed::Help {
            reply(shared, room, &event.event_id, None, "mediators-help").await;
        } else {
            note(
                shared,
                room,
                &event.event_id,
                None,
                &text(shared, "mediators-note-top-level", &[]),
            )
            .await;
        }
        return;
    };
    let translation = match typed {
        Typed::Help => {
            reply(shared, room, &event.event_id, Some(&root), "mediators-help").await;
            return;
        }
        Typed::Translation(translation) if translation.is_empty() => return,
        Typed::Translation(translation) => translation,
    };
    let runtime = shared.runtime.clone();
    let (event_id, room_id, root_id) = (
        event.event_id.to_string(),
        room.room_id().to_string(),
        root.to_string(),
    );
    let replying_to = replying_to.map(|id| id.to_string());
    let outcome = tokio::task::spawn_blocking(move || {
        runtime.mediator_translation(
            &event_id,
            &room_id,
            &root_id,
            replying_to.as_deref(),
            &translation,
        )
    })
    .await
    .unwrap_or(Err(RuntimeError::Panicked));
    // The thanks for a translation passed on is queued with it and sent by the post
    // worker, so a crash in between loses neither.
    let answer = match outcome {
        Ok(TranslationOutcome::ToOffice) => {
            tracing::info!("a mediator's translation was handled");
            return;
        }
        Ok(TranslationOutcome::ToNewcomer(notice)) => {
            let _ = shared.notices_out.send(notice);
            tracing::info!("a mediator's translation was handled");
            return;
        }
        Ok(TranslationOutcome::AlreadyDone) => return,
        Ok(TranslationOutcome::UnknownThread) => "mediators-unknown-thread",
        Ok(TranslationOutcome::Nothing) => "mediators-nothing",
        Ok(TranslationOutcome::Closed) => "mediators-closed",
        Err(error) => {
            tracing::error!(%error, "a mediator's translation could not be passed on");
            return;
        }
    };
    reply(shared, room, &event.event_id, Some(&root), answer).await;
}

/// Members with at least the mediators' power level (0 by default: every member the room's
/// administrators invited).
async fn may_translate(shared: &Shared, room: &Room, sender: &UserId) -> bool {
    use matrix_sdk::ruma::events::room::power_levels::UserPowerLevel;
    let Ok(Some(member)) = room.get_member(sender).await else {
        return false;
    };
    if *member.membership() != matrix_sdk::ruma::events::room::member::MembershipState::Join {
        return false;
    }
    let needed = shared
        .mediators
        .options
        .as_ref()
        .map_or(0, |o| o.power_level);
    match member.power_level() {
        UserPowerLevel::Infinite => true,
        UserPowerLevel::Int(level) => i64::from(level) >= needed,
        _ => false,
    }
}

fn text(shared: &Shared, id: &str, args: &[(&str, kompass_core::i18n::Arg<'_>)]) -> String {
    shared
        .runtime
        .engine()
        .content()
        .locales
        .caseworker_text(id, args)
}

/// The bot's answer to the mediator's event `about`.
async fn reply(shared: &Shared, room: &Room, about: &EventId, root: Option<&EventId>, id: &str) {
    send_notice(room, about, root, &text(shared, id, &[])).await;
}

/// A note at most once per room in ten minutes (a room where mediators talk would fill up).
async fn note(shared: &Shared, room: &Room, about: &EventId, root: Option<&EventId>, text: &str) {
    if shared.mediators.note_due(room.room_id()) {
        send_notice(room, about, root, text).await;
    }
}

/// Sends the bot's answer to `about` with a transaction id derived from that event: the
/// same when the event is handled again after a crash ([`PendingQueue`]), so the homeserver
/// shows the answer once.
async fn send_notice(room: &Room, about: &EventId, root: Option<&EventId>, text: &str) {
    let mut content = RoomMessageEventContent::notice_plain(text);
    if let Some(root) = root {
        content.relates_to = Some(Relation::Thread(Thread::plain(
            root.to_owned(),
            root.to_owned(),
        )));
    }
    let send = room
        .send(content)
        .with_transaction_id(crate::txn_id("mdanswer", about.as_str()));
    if let Err(error) = send.await {
        tracing::warn!(%error, "a note in a mediators' room could not be sent");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_and_help_are_told_apart() {
        assert_eq!(
            parse("  مرحبا، أنا بخير "),
            Typed::Translation("مرحبا، أنا بخير".into())
        );
        assert_eq!(
            parse("!Übersetzung Guten Tag, ich brauche einen Termin."),
            Typed::Translation("Guten Tag, ich brauche einen Termin.".into())
        );
        assert_eq!(parse("!uebersetzung x"), Typed::Translation("x".into()));
        assert_eq!(parse("!hilfe"), Typed::Help);
        assert_eq!(
            parse("!übersetzung"),
            Typed::Help,
            "without a text: the help"
        );
        assert_eq!(parse("!foo bar"), Typed::Help);
    }
}
