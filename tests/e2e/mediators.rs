//! Language mediators on a real Synapse: an Arabic newcomer on Telegram sends a request to
//! the Bürgerbüro, whose cases go to the mediators' room for Arabic. The mediators see the
//! concern and the newcomer's messages under a case number, never who it is; a caseworker's
//! reply reaches the newcomer translated (held meanwhile, across a restart of the bot), and
//! the mediator's `!übersetzung` appears in the case's thread.

use std::path::Path;

use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::{OwnedRoomId, RoomId};

use crate::matrix_support::{MatrixUser, Received, WAIT, World, start_bot, world};
use crate::support::{png, t, ta};
use crate::telegram_support::{BotApi, text_of};

/// Seeds of everything personal the newcomer gives or is: none may reach the mediators.
const FAMILY: &str = "Qzwxrbnoffa";
const GIVEN: &str = "Jvkmplahrest";
const BIRTH: &str = "17.03.1983";
const NATIONALITY: &str = "Xyloporia";
const ADDRESS: &str = "Vrongasse 87";
const PHONE: &str = "55501234";
const CHAT: i64 = 97_531_864;

/// The concern and the newcomer's later message: these reach the mediators.
const CONCERN: &str = "صاحب البيت يريد ورقة منكم";
const ANSWER: &str = "حسنا، سأحضر العقد";

/// `mediators = true` for `institution` in the flow file in `flows`.
pub(crate) fn switch_on_mediators(flows: &Path, institution: &str) {
    let file = flows.join("kalletal.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = format!("id = \"{institution}\"\n");
    assert!(text.contains(&line));
    std::fs::write(
        &file,
        text.replace(&line, &format!("{line}mediators = true\n")),
    )
    .unwrap();
}

/// The Arabic newcomer fills the register form by Telegram with the seeds and sends it.
fn send_request(api: &BotApi) {
    let wait_reply = |before: usize| api.wait_count(CHAT, before + 1);
    api.text(CHAT, "/start ar_register-form", "ar");
    api.wait_count(CHAT, 1);
    let phone = format!("+49 151 {PHONE}");
    for answer in [
        FAMILY,
        GIVEN,
        BIRTH,
        NATIONALITY,
        &format!("{ADDRESS}, 32689 Kalletal"),
        "01.11.2026",
        "2",
        &phone,
    ] {
        let before = api.bot_messages(CHAT).len();
        api.text(CHAT, answer, "ar");
        wait_reply(before);
    }
    api.wait_for_button(CHAT, "f:8:skip");
    api.press(CHAT, "f:8:skip");
    api.wait_for_button(CHAT, "f:9:skip");
    let before = api.bot_messages(CHAT).len();
    api.text(CHAT, CONCERN, "ar");
    wait_reply(before);
    api.photo(CHAT, &png(1024, 768), None);
    for data in ["f:10:done", "f:11:n", "f:12:0", "rv:send"] {
        api.wait_for_button(CHAT, data);
        api.press(CHAT, data);
    }
}

/// Every event of `room` as `user` reads it now (decrypted where it can), as JSON text.
async fn history(user: &MatrixUser, room: &RoomId) -> Vec<String> {
    let room = user.room(room);
    let mut events = Vec::new();
    let mut options = MessagesOptions::backward();
    options.limit = 100u32.into();
    loop {
        let page = room.messages(options).await.expect("the history");
        for event in &page.chunk {
            events.push(event.raw().json().get().to_string());
        }
        for state in &page.state {
            events.push(state.json().get().to_string());
        }
        match page.end {
            Some(end) if !page.chunk.is_empty() => {
                options = MessagesOptions::backward().from(end.as_str());
                options.limit = 100u32.into();
            }
            _ => break,
        }
    }
    events
}

/// The mediator, logged in, and the mediators' room for `language` they made (with the bot
/// invited and an alias), and the `[matrix.mediators]` config section naming it.
pub(crate) async fn mediators_room(
    w: &World,
    language: &str,
    name: &str,
) -> (MatrixUser, OwnedRoomId, String) {
    let mediator = MatrixUser::login(&w.synapse, "mediator", &w.dir.path().join("md")).await;
    let room = mediator
        .create_room(name, std::slice::from_ref(&w.bot_id), &[])
        .await;
    let alias = mediator
        .add_alias(&room, &format!("sprachmittlung-{language}"))
        .await;
    let section = format!(
        "\n[matrix.mediators]\nwait_hours = 4\n\n[matrix.mediators.rooms]\n{language} = \"{alias}\"\n"
    );
    (mediator, room, section)
}

async fn telegram_text_with(api: BotApi, needle: String) -> (BotApi, String) {
    tokio::task::spawn_blocking(move || {
        api.wait_until(CHAT, WAIT, |messages| {
            messages.iter().any(|m| text_of(m).contains(&needle))
        });
        let text = api
            .bot_messages(CHAT)
            .iter()
            .map(text_of)
            .find(|text| text.contains(&needle))
            .unwrap();
        (api, text)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mediators_translate_both_ways_without_seeing_who_asks() {
    let w = world("buergerbuero").await;
    let bot_id = w.bot_id.clone();
    let (mediator, mediators_room, section) =
        mediators_room(&w, "ar", "Sprachmittlung Arabisch").await;
    let api = tokio::task::spawn_blocking(BotApi::start).await.unwrap();
    let extra = format!(
        "\n[telegram]\ntoken_env = \"KOMPASS_TEST_TELEGRAM_TOKEN\"\napi_url = \"{}\"\npoll_timeout_seconds = 2\n{section}",
        api.url()
    );
    let (config, bot) = w
        .bot_in_room_with("buergerbuero", &extra, |flows| {
            switch_on_mediators(flows, "buergerbuero")
        })
        .await;
    mediator.wait_joined(&mediators_room, &bot_id, WAIT).await;

    let api = tokio::task::spawn_blocking(move || {
        send_request(&api);
        api
    })
    .await
    .unwrap();

    // The caseworkers' thread has the request with the name; the mediators' thread has a
    // case number and the concern.
    let root = w.thread_root(FAMILY).await;
    let reference = root
        .body
        .split_whitespace()
        .find(|word| word.starts_with("KAL-"))
        .map(|word| {
            word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .to_string()
        })
        .expect("the reference in the root");
    let in_mediators = |r: &Received| r.room == mediators_room && r.sender == bot_id;
    let mediators_root = mediator
        .wait_for(WAIT, |r| in_mediators(r) && r.thread_root.is_none())
        .await;
    assert!(
        mediators_root.body.contains("Sprachmittlung SM-"),
        "{}",
        mediators_root.body
    );
    assert!(
        mediators_root.body.contains("Arabisch"),
        "{}",
        mediators_root.body
    );
    let thread = mediators_root.event_id.clone();
    let in_thread = |r: &Received| in_mediators(r) && r.thread_root.as_ref() == Some(&thread);
    mediator
        .wait_for(WAIT, |r| in_thread(r) && r.body.contains(CONCERN))
        .await;

    // A caseworker's reply: the newcomer hears in Arabic that a translation is coming; the
    // mediators get the German text to translate.
    let reply = "Bitte bringen Sie den Mietvertrag mit.";
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, reply)
        .await;
    let pending = ta(
        "ar",
        "mediation-pending",
        &[("institution", t("ar", "inst-buergerbuero").into())],
    );
    let (api, _) = telegram_text_with(api, pending).await;
    mediator
        .wait_for(WAIT, |r| {
            in_thread(r)
                && r.body.contains("Bitte für die Person übersetzen")
                && r.body.contains(reply)
        })
        .await;
    assert!(
        !api.bot_messages(CHAT)
            .iter()
            .any(|m| text_of(m).contains(reply)),
        "the German waits for its translation"
    );

    // The bot restarts before the translation comes: the held reply and the thread survive.
    assert_eq!(bot.stop().code(), Some(0));
    let bot = start_bot(&config, &w.synapse);
    let translation = "يرجى إحضار عقد الإيجار.";
    mediator
        .reply_in_thread(&mediators_room, &thread, translation)
        .await;
    let (api, message) = telegram_text_with(api, translation.to_string()).await;
    assert!(
        message.contains(&t("ar", "mediation-translated")),
        "{message}"
    );
    assert!(
        message.contains(reply),
        "the German original below: {message}"
    );
    mediator
        .wait_for(WAIT, |r| {
            in_thread(r) && r.body.contains(&t("de", "mediators-done-newcomer"))
        })
        .await;

    // The newcomer answers: into the case's thread and to the mediators, whose
    // `!übersetzung` appears in the case's thread below it.
    let api = tokio::task::spawn_blocking(move || {
        api.text(CHAT, ANSWER, "ar");
        api
    })
    .await
    .unwrap();
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(ANSWER)
        })
        .await;
    mediator
        .wait_for(WAIT, |r| in_thread(r) && r.body.contains(ANSWER))
        .await;
    let to_office = mediator
        .reply_in_thread(
            &mediators_room,
            &thread,
            "!übersetzung Gut, ich bringe den Vertrag mit.",
        )
        .await;
    let translated = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id)
                && r.body.starts_with("Übersetzung (Sprachmittlung)")
        })
        .await;
    assert_eq!(
        translated.body,
        format!("Übersetzung (Sprachmittlung) zu „{ANSWER}“:\nGut, ich bringe den Vertrag mit.")
    );

    // An edit is not passed on (the first version was): the mediator is told.
    mediator
        .edit(
            &mediators_room,
            &to_office,
            "!übersetzung Gut, ich bringe ihn mit.",
        )
        .await;
    mediator
        .wait_for(WAIT, |r| {
            in_mediators(r) && r.body == t("de", "mediators-note-edit")
        })
        .await;
    let done_office = t("de", "mediators-done-office");
    assert_eq!(
        mediator
            .received()
            .iter()
            .filter(|r| in_mediators(r) && r.body == done_office)
            .count(),
        1
    );

    // Everything the mediators' room ever held, read by the mediator's own client: the
    // newcomer's words are there, nothing personal is.
    let events = history(&mediator, &mediators_room).await;
    let all = events.join("\n");
    for present in [CONCERN, ANSWER, reply, translation] {
        assert!(
            all.contains(present),
            "{present} is not in the mediators' room:\n{all}"
        );
    }
    let chat = CHAT.to_string();
    let first_name = format!("User{CHAT}");
    for seed in [
        FAMILY,
        GIVEN,
        BIRTH,
        NATIONALITY,
        ADDRESS,
        PHONE,
        chat.as_str(),
        first_name.as_str(),
        reference.as_str(),
        "KAL-",
        "telegram",
        "m.image",
        "m.file",
        "mxc://",
        "Bürgerbüro",
    ] {
        let hits: Vec<&String> = events.iter().filter(|e| e.contains(seed)).collect();
        assert!(hits.is_empty(), "{seed} in the mediators' room: {hits:?}");
    }
    drop(api);
    assert_eq!(bot.stop().code(), Some(0));
}

/// `kompass check` with a config: a mediators' language without texts fails the check with
/// the config's line; an institution with the switch but no mediators' room is a warning.
#[test]
fn check_names_mediator_problems_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    std::fs::copy(
        crate::support::repo().join("flows/kalletal.toml"),
        flows.join("kalletal.toml"),
    )
    .unwrap();
    switch_on_mediators(&flows, "integrationsbuero");
    let run = |mediators: &str| {
        let config = dir.path().join("config.toml");
        std::fs::write(
            &config,
            format!(
                "[content]\nflows = \"{}\"\nlocales = \"{}\"\n\n[matrix]\nhomeserver = \"https://matrix.example.org\"\nuser = \"@kompass:example.org\"\npassword_env = \"KOMPASS_TEST_MATRIX_PASSWORD\"\nstore_passphrase_env = \"KOMPASS_TEST_MATRIX_STORE_PASSPHRASE\"\n{mediators}",
                flows.display(),
                crate::support::repo().join("locales").display()
            ),
        )
        .unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
            .arg("--config")
            .arg(&config)
            .arg("check")
            .env("KOMPASS_TEST_MATRIX_PASSWORD", "x")
            .env("KOMPASS_TEST_MATRIX_STORE_PASSPHRASE", "y")
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    };
    let (ok, report) = run("");
    assert!(ok, "{report}");
    assert!(
        report.contains("warning: institution `integrationsbuero` has `mediators = true`"),
        "{report}"
    );
    let (ok, report) = run(
        "\n[matrix.mediators.rooms]\nar = \"#sprachmittlung-ar:example.org\"\nps = \"#sprachmittlung-ps:example.org\"\n",
    );
    assert!(!ok, "{report}");
    assert!(
        report.contains(
            "config.toml:13: error: `matrix.mediators.rooms.ps`: there are no texts in `ps`"
        ),
        "{report}"
    );
    assert!(
        !report.contains("`integrationsbuero` has `mediators = true`"),
        "{report}"
    );
}
