//! The PostgreSQL backend end to end: `kompass run` with `[storage] backend = "postgres"`
//! against a throw-away cluster (`kompass_postgres::test_cluster`), a Telegram newcomer's
//! request through a `kill -9` and a restart into the office's `.eml`; the conversation and
//! the request are rows in PostgreSQL, and sled is not used.

use std::time::Duration;

use kompass_postgres::test_cluster::TestCluster;

use crate::support::emails;
use crate::telegram_support::{Bot, BotApi, telegram_config};

/// Sends a text and waits for the bot's next message.
fn answer(api: &BotApi, chat: i64, text: &str) {
    let before = api.bot_messages(chat).len();
    api.text(chat, text, "en");
    api.wait_count(chat, before + 1);
}

/// Presses a button of the latest question and waits for the next message.
fn press(api: &BotApi, chat: i64, data: &str) {
    api.wait_for_button(chat, data);
    let before = api.bot_messages(chat).len();
    api.press(chat, data);
    api.wait_count(chat, before + 1);
}

#[test]
fn telegram_request_on_postgres_survives_a_kill_and_reaches_the_office() {
    let cluster = TestCluster::start();
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let config = telegram_config(dir.path(), &api, "");
    let text = std::fs::read_to_string(&config).unwrap().replacen(
        "[storage]\n",
        &format!(
            "[storage]\nbackend = \"postgres\"\nurl = \"{}\"\npassword_env = \"KOMPASS_TEST_PG_PASSWORD\"\n",
            cluster.url()
        ),
        1,
    );
    std::fs::write(&config, text).unwrap();
    let env = [("KOMPASS_TEST_PG_PASSWORD", cluster.password.as_str())];
    let bot = Bot::start_with(&config, &env);
    let chat = 7301;

    answer(&api, chat, "/start en_counselling-form");
    answer(&api, chat, "Okafor");
    answer(&api, chat, "Chidi");
    // Killed mid-form: the answers so far are in PostgreSQL.
    bot.kill();
    let bot = Bot::start_with(&config, &env);
    answer(&api, chat, "2.3.1991");
    answer(&api, chat, "Nigerian");
    answer(&api, chat, "Lindenweg 4, Kalletal");
    press(&api, chat, "f:5:0");
    answer(&api, chat, "+49 151 23456789");
    press(&api, chat, "f:7:skip");
    answer(&api, chat, "Help with a letter from the job centre");
    for data in ["f:9:skip", "f:10:n", "f:11:0", "rv:send"] {
        press(&api, chat, data);
    }
    let data = dir.path().join("data");
    let start = std::time::Instant::now();
    while emails(&data).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no email was written: {}",
            bot.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (_, eml) = &emails(&data)[0];
    let eml = String::from_utf8_lossy(eml);
    // The answers from before the kill and after it reach the office ("Nigerian" as the
    // country's German name, Nigeria, an option without a button since stop 62).
    for answer in ["Okafor", "Chidi", "Nigeria", "Lindenweg 4"] {
        assert!(eml.contains(answer), "{answer} missing from the email");
    }
    assert_eq!(bot.stop().code(), Some(0));

    let rows = |table: &str| {
        cluster
            .psql(
                "kompass",
                &format!("SELECT count(*) FROM kompass_entries WHERE tbl = '{table}'"),
            )
            .trim()
            .to_string()
    };
    assert_eq!(rows("requests"), "1", "the request is a row in PostgreSQL");
    assert_eq!(rows("sessions"), "1", "the conversation too");
    assert_eq!(rows("outbox"), "0", "its email was sent");
    // sled never opened its database; the key files live beside it.
    assert!(!data.join("db").join("conf").exists(), "no sled database");
    assert!(data.join("db").join("keys").is_dir());
    // The person asks the office to erase their data: `kompass erase` by the reference,
    // with the bot stopped, leaves the request's row without them and no conversation.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
        .args(["--config"])
        .arg(&config)
        .args(["erase", "KAL-2026-000001"])
        .envs(env)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("erased:"));
    assert_eq!(rows("sessions"), "0", "the conversation is erased");
    assert_eq!(
        rows("requests"),
        "1",
        "the request's record stays, without them"
    );
}
