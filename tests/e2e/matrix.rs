//! The Matrix channel against a real Synapse: a newcomer in an encrypted direct chat, a
//! caseworker in the institution's encrypted room, and a Telegram newcomer reached from
//! that room. Clients are matrix-sdk (`matrix_support`); the bot is the `kompass` binary.

use std::path::Path;
use std::time::Duration;

use crate::matrix_support::{
    MatrixUser, Received, WAIT, bot_notices, flows_with_rooms, matrix_config, say, settle,
    start_bot, world,
};
use crate::support::{content, emails, png, repo, t, ta};
use crate::telegram_support::{BotApi, buttons, text_of};

fn option_number(node: &str, target: &str) -> String {
    let node = content().flow.node(node).unwrap();
    let options = node.kind.options();
    (options.iter().position(|o| o.goto == target).unwrap() + 1).to_string()
}

fn first_line(lang: &str, id: &str) -> String {
    t(lang, id).lines().next().unwrap_or_default().to_string()
}

async fn wait_for_email(data: &Path) {
    let start = std::time::Instant::now();
    while emails(data).is_empty() {
        assert!(start.elapsed() < WAIT, "no email was written");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every message was decrypted, and no send waited for a pending key query (the bench saw
/// such waits end in a reply the bot could not read; these tests are too short to provoke
/// that, see docs/benchmarks.md).
fn assert_no_encryption_trouble(log: &str) {
    for trouble in ["could not be decrypted", "pending `/keys/query`"] {
        assert!(!log.contains(trouble), "{trouble} in the log:\n{log}");
    }
}

/// A Russian newcomer in an encrypted direct chat, from the invitation to the email and the
/// thread in the Bürgerbüro's room; the caseworker's answer reaches them, theirs goes back;
/// a member below the power level is ignored; a restart keeps the thread.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn russian_request_in_an_encrypted_dm_reaches_the_caseworkers_thread() {
    let w = world("buergerbuero").await;
    let flows = flows_with_rooms(w.dir.path(), &[("buergerbuero", w.room.as_str())]);
    let config = matrix_config(w.dir.path(), &w.synapse, &flows, "");
    let bot = start_bot(&config, &w.synapse);
    w.caseworker.wait_joined(&w.room, &w.bot_id, WAIT).await;

    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(&w.bot_id).await;
    newcomer.wait_joined(&dm, &w.bot_id, WAIT).await;
    let bot_id = w.bot_id.as_str();

    let first = say(
        &newcomer,
        bot_id,
        &dm,
        "Здравствуйте! Мне нужно зарегистрироваться по новому адресу.",
    )
    .await;
    // Detected with less than full confidence: the bot asks; "Да" (or 1) confirms.
    let first = if first.contains(&first_line("ru", "button-yes"))
        && !first.contains(&t("ru", "language-set"))
    {
        say(&newcomer, bot_id, &dm, "1").await
    } else {
        first
    };
    assert!(first.contains(&t("ru", "language-set")), "{first}");
    let notices = bot_notices(&newcomer, bot_id, &dm);
    let menu = notices.last().unwrap();
    assert_eq!(menu.msgtype, "m.notice");
    assert!(menu.encrypted, "the direct chat is end-to-end encrypted");
    let html = menu.html.as_deref().expect("formatted");
    assert!(html.contains("<ol><li>"), "{html}");
    assert!(menu.body.contains("\n1. "), "numbered list: {}", menu.body);

    say(&newcomer, bot_id, &dm, &option_number("main", "register")).await;
    // By label, not number.
    let question = say(&newcomer, bot_id, &dm, &t("ru", "register-opt-form")).await;
    assert!(
        question.contains(&first_line("ru", "field-family-name")),
        "{question}"
    );
    for answer in [
        "Иванова <b>",
        "Мария",
        "17.04.1985",
        "Украина",
        "Lemgoer Straße 5, 32689 Kalletal",
        "01.11.2026",
        "2",
    ] {
        say(&newcomer, bot_id, &dm, answer).await;
    }
    let photos_prompt = first_line("ru", "field-photos-passport-family");
    let mut prompt = bot_notices(&newcomer, bot_id, &dm)
        .last()
        .unwrap()
        .body
        .clone();
    while !prompt.contains(&photos_prompt) {
        prompt = say(&newcomer, bot_id, &dm, &t("ru", "button-skip")).await;
    }

    // Two photos: an encrypted m.image, and a JPEG with GPS data sent as an m.file.
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_file(&dm, &png(640, 480), "pass.png", "image/png")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    let exif = std::fs::read(repo().join("tests/fixtures/exif-gps-orientation6.jpg")).unwrap();
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_file(&dm, &exif, "seite2.jpg", "application/octet-stream")
        .await;
    let after_photos = settle(&newcomer, bot_id, &dm, before).await;
    assert!(after_photos.contains('2'), "{after_photos}");
    say(&newcomer, bot_id, &dm, &t("ru", "button-done")).await;
    let languages = say(&newcomer, bot_id, &dm, &t("ru", "button-yes")).await;
    assert!(languages.contains(&t("ru", "interpreter-language-question")));
    say(&newcomer, bot_id, &dm, "1").await; // Русский, the newcomer's own first
    let summary = say(&newcomer, bot_id, &dm, "1").await; // the first appointment option
    assert!(summary.contains("Иванова <b>"), "{summary}");
    let html = bot_notices(&newcomer, bot_id, &dm)
        .last()
        .unwrap()
        .html
        .clone()
        .unwrap();
    assert!(
        html.contains("Иванова &lt;b&gt;"),
        "user text is escaped: {html}"
    );
    say(&newcomer, bot_id, &dm, &t("ru", "button-send")).await;

    let data = w.dir.path().join("data");
    wait_for_email(&data).await;
    let email = String::from_utf8_lossy(&emails(&data)[0].1).into_owned();
    let reference = email
        .split_whitespace()
        .find(|word| word.starts_with("KAL-"))
        .map(|word| {
            word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .to_string()
        })
        .unwrap();
    let sent = ta(
        "ru",
        "request-sent",
        &[
            ("reference", reference.as_str().into()),
            ("institution", t("ru", "inst-buergerbuero").into()),
        ],
    );
    newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&sent))
        .await;

    // The caseworker sees the request as a thread root, in German, with both photos.
    let root = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.room == w.room
                && r.sender == bot_id
                && r.thread_root.is_none()
                && r.body.contains(&reference)
        })
        .await;
    assert!(
        root.encrypted,
        "the caseworker room is end-to-end encrypted"
    );
    assert!(root.body.contains("Иванова <b>"), "{}", root.body);
    assert!(root.body.contains("Russisch"), "{}", root.body);
    assert!(
        root.body.contains(&t("de", "email-interpreter")),
        "{}",
        root.body
    );
    let root_html = root.html.clone().unwrap();
    assert!(root_html.contains("Иванова &lt;b&gt;"), "{root_html}");
    let mut images = Vec::new();
    for _ in 0..2 {
        let image = w
            .caseworker
            .wait_for(WAIT, |r| {
                r.thread_root.as_ref() == Some(&root.event_id)
                    && r.msgtype == "m.image"
                    && !images.iter().any(|i: &Received| i.event_id == r.event_id)
            })
            .await;
        images.push(image);
    }
    for image in &images {
        let bytes = w.caseworker.download(image.media.as_ref().unwrap()).await;
        assert!(bytes.starts_with(&[0xFF, 0xD8]), "a JPEG");
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "photo metadata is stripped"
        );
    }

    // The caseworker answers in the thread; the newcomer reads it, in their language's frame.
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            "Guten Tag! Bitte bringen Sie Ihren Pass mit.",
        )
        .await;
    let intro = ta(
        "ru",
        "person-intro",
        &[("institution", t("ru", "inst-buergerbuero").into())],
    );
    let relayed = newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Bitte bringen Sie Ihren Pass mit.")
        })
        .await;
    assert!(relayed.body.contains(&intro), "{}", relayed.body);
    // The newcomer's answer goes back into the thread.
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_text(&dm, "Спасибо! Приду в понедельник.")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id)
                && r.sender == bot_id
                && r.body.contains("Спасибо! Приду в понедельник.")
        })
        .await;

    // A member below the caseworker power level cannot close the case.
    let outsider = MatrixUser::login(&w.synapse, "outsider", &w.dir.path().join("os")).await;
    w.caseworker
        .wait_joined(&w.room, outsider.user_id.as_ref(), WAIT)
        .await;
    outsider
        .reply_in_thread(&w.room, &root.event_id, "!erledigt")
        .await;
    let ignored = "below the caseworker power level";
    let start = std::time::Instant::now();
    while !bot.log().contains(ignored) {
        assert!(start.elapsed() < WAIT, "no log line: {}", bot.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The bot restarts: the thread is still known, and the case still open. What the
    // caseworker wrote meanwhile (more than a sync's default of 10 events) all arrives.
    assert_eq!(bot.stop().code(), Some(0));
    let while_down: Vec<String> = (1..=12)
        .map(|i| format!("Nachricht {i} während des Neustarts."))
        .collect();
    for text in &while_down {
        w.caseworker
            .reply_in_thread(&w.room, &root.event_id, text)
            .await;
    }
    let bot = start_bot(&config, &w.synapse);
    for text in &while_down {
        newcomer
            .wait_for(WAIT, |r| r.room == dm && r.body.contains(text.as_str()))
            .await;
    }
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            "Zweite Nachricht nach dem Neustart.",
        )
        .await;
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Zweite Nachricht nach dem Neustart.")
        })
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!erledigt")
        .await;
    let closed = ta(
        "ru",
        "person-closed",
        &[("institution", t("ru", "inst-buergerbuero").into())],
    );
    newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&closed))
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("Vorgang geschlossen")
        })
        .await;

    // The bot's device is cross-signed: clients that hide unverified devices show it.
    let bot_user = matrix_sdk::ruma::UserId::parse(bot_id).unwrap();
    let devices = w
        .caseworker
        .client
        .encryption()
        .get_user_devices(&bot_user)
        .await
        .unwrap();
    let devices: Vec<_> = devices.devices().collect();
    assert_eq!(devices.len(), 1, "one device, kept across the restart");
    assert!(
        devices[0].is_cross_signed_by_owner(),
        "the bot's device is cross-signed"
    );

    let log = bot.log();
    for personal in ["Иванова", "Мария", "Спасибо", newcomer.user_id.as_str()] {
        assert!(
            !log.contains(personal),
            "personal data in the log: {personal}"
        );
    }
    assert_no_encryption_trouble(&log);
    assert_eq!(bot.stop().code(), Some(0));
}

/// "Write to a person" from Telegram, in Arabic: the thread opens in the integration
/// office's room (named by its alias), and `!termin`, `!hilfe` and a reply act from there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn termin_reaches_an_arabic_newcomer_on_telegram() {
    let w = world("integrationsbuero").await;
    let api = tokio::task::spawn_blocking(BotApi::start).await.unwrap();
    // By alias, as administrators usually write it.
    let alias = w.caseworker.add_alias(&w.room, "kompass-integration").await;
    let flows = flows_with_rooms(w.dir.path(), &[("integrationsbuero", alias.as_str())]);
    let telegram = format!(
        "\n[telegram]\ntoken_env = \"KOMPASS_TEST_TELEGRAM_TOKEN\"\napi_url = \"{}\"\npoll_timeout_seconds = 2\n",
        api.url()
    );
    let config = matrix_config(w.dir.path(), &w.synapse, &flows, &telegram);
    let bot = start_bot(&config, &w.synapse);
    w.caseworker.wait_joined(&w.room, &w.bot_id, WAIT).await;
    let bot_id = w.bot_id.as_str();
    let chat = 9100;

    // A deep link straight to "write to a person", in Arabic.
    api.text(chat, "/start ar_counselling-person", "ar");
    let start = ta(
        "ar",
        "person-start",
        &[("institution", t("ar", "inst-integrationsbuero").into())],
    );
    let answer = tokio::task::spawn_blocking(move || {
        let api_ref = &api;
        api_ref.wait_for_text(chat, &start);
        api
    })
    .await
    .unwrap();
    let api = answer;
    api.text(chat, "مرحبا، أحتاج موعدا من فضلك 🙏", "ar");
    let root = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.room == w.room && r.sender == bot_id && r.thread_root.is_none()
        })
        .await;
    assert!(root.body.contains("Gesprächswunsch"), "{}", root.body);
    assert!(root.body.contains("Arabisch"), "{}", root.body);
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains("أحتاج موعدا")
        })
        .await;

    // !termin: the newcomer gets the appointment in Arabic with the documents to bring.
    let date = chrono::Local::now().date_naive() + chrono::Duration::days(10);
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            &format!(
                "!termin {} 10:30 Rathaus, Zimmer 12",
                date.format("%d.%m.%Y")
            ),
        )
        .await;
    let day = date.format("%d.%m.%Y").to_string();
    let (api, message) = tokio::task::spawn_blocking(move || {
        let needle = day.clone();
        api.wait_until(chat, WAIT, |messages| {
            messages.iter().any(|m| text_of(m).contains(&needle))
        });
        let message = api
            .bot_messages(chat)
            .into_iter()
            .map(|m| text_of(&m))
            .find(|text| text.contains(&day))
            .unwrap();
        (api, message)
    })
    .await
    .unwrap();
    assert!(message.contains("10:30"), "{message}");
    assert!(message.contains("Rathaus, Zimmer 12"), "{message}");
    assert!(
        message.contains(&t("ar", "documents-to-bring")),
        "{message}"
    );
    assert!(
        message.contains(&t("ar", "appointment-reminder-note")),
        "{message}"
    );
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("Erinnerung am")
        })
        .await;

    // !hilfe lists the commands; a wrong date is explained.
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!hilfe")
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("!erledigt –")
        })
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!termin 31.02.2030 10:00")
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("„31.02.2030“")
        })
        .await;

    // A reply reaches the newcomer with Back and Main menu.
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "Bis bald!")
        .await;
    let intro = ta(
        "ar",
        "person-intro",
        &[("institution", t("ar", "inst-integrationsbuero").into())],
    );
    let api = tokio::task::spawn_blocking(move || {
        api.wait_until(chat, WAIT, |messages| {
            messages.iter().any(|m| text_of(m).contains("Bis bald!"))
        });
        let last = api.bot_messages(chat).last().cloned().unwrap();
        assert!(text_of(&last).contains(&intro), "{}", text_of(&last));
        let data: Vec<String> = buttons(&last).into_iter().map(|(_, d)| d).collect();
        assert_eq!(data, ["nav:back", "nav:menu"]);
        api
    })
    .await
    .unwrap();
    drop(api);
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}
