//! The Matrix channel against a real Synapse: a newcomer in an encrypted direct chat, a
//! caseworker in the institution's encrypted room, and a Telegram newcomer reached from
//! that room. Clients are matrix-sdk (`matrix_support`); the bot is the `kompass` binary.

use std::path::Path;
use std::time::Duration;

use crate::matrix_support::{
    MatrixUser, Received, WAIT, World, bot_notices, flows_with_rooms, matrix_config, say, settle,
    start_bot, world,
};
use crate::support::{content, emails, png, repo, t, ta};
use crate::telegram_support::{BotApi, buttons, text_of};

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
pub(crate) fn assert_no_encryption_trouble(log: &str) {
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
    let (config, bot) = w.bot_in_room("buergerbuero").await;

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
    // The first message named the topic: its page, not the main menu.
    assert!(
        first.contains(&first_line("ru", "register-text")),
        "{first}"
    );

    // By label, not number.
    let question = say(&newcomer, bot_id, &dm, &t("ru", "register-opt-form")).await;
    assert!(
        question.contains(&first_line("ru", "field-family-name")),
        "{question}"
    );
    for answer in [
        "Иванова <b>",
        "Ivanova",
        "Мария",
        "1", // Mariia, as the Russian passport writes it
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
    // At the question for her own words, a voice message (an `m.audio`, as Element sends
    // one): the request's answer, passed on as it came.
    let voice: Vec<u8> = b"OggS\0\x02"
        .iter()
        .copied()
        .chain((0..20_000u32).map(|i| (i * 11 % 251) as u8))
        .collect();
    let mut voice_sent = false;
    while !prompt.contains(&photos_prompt) {
        prompt = if prompt.contains(&t("ru", "field-voice-hint")) && !voice_sent {
            voice_sent = true;
            let before = bot_notices(&newcomer, bot_id, &dm).len();
            newcomer
                .send_file(&dm, &voice, "voice.ogg", "audio/ogg")
                .await;
            settle(&newcomer, bot_id, &dm, before).await
        } else {
            say(&newcomer, bot_id, &dm, &t("ru", "button-skip")).await
        };
    }
    assert!(voice_sent, "the form asks for one's own words");

    // Two photos: an encrypted m.image, and a JPEG with GPS data sent as an m.file.
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_file(&dm, &png(1024, 768), "pass.png", "image/png")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    let exif = std::fs::read(repo().join("tests/fixtures/exif-gps-orientation6.jpg")).unwrap();
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_file(&dm, &exif, "seite2.jpg", "application/octet-stream")
        .await;
    let retake = settle(&newcomer, bot_id, &dm, before).await;
    // 320×160 is too small to read: asked again; "send it anyway", typed in Russian.
    assert!(retake.contains(&t("ru", "photo-check-small")), "{retake}");
    let after_photos = say(&newcomer, bot_id, &dm, &t("ru", "button-photo-keep")).await;
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
    let sent = newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&sent))
        .await;
    // It says where to write if something changes: the office has a room.
    let hint = ta(
        "ru",
        "request-sent-write-hint",
        &[("command", t("ru", "cmd-status").into())],
    );
    assert!(sent.body.contains(&hint), "{}", sent.body);

    // The caseworker sees the request as a thread root, in German, with both photos.
    let root = w.thread_root(&reference).await;
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
    let audio = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.msgtype == "m.audio"
        })
        .await;
    assert_eq!(
        w.caseworker.download(audio.media.as_ref().unwrap()).await,
        voice,
        "the voice message in the request's thread, as it came"
    );
    assert!(root.body.contains("sprachnachricht.ogg"), "{}", root.body);
    for image in &images {
        let bytes = w.caseworker.download(image.media.as_ref().unwrap()).await;
        assert!(bytes.starts_with(&[0xFF, 0xD8]), "a JPEG");
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "photo metadata is stripped"
        );
    }

    // Before any answer, the newcomer writes about the request from "Мои заявки" (the
    // help's words): its button, typed as its label, opens the conversation in its thread.
    let listed = say(&newcomer, bot_id, &dm, &t("ru", "cmd-status")).await;
    assert!(listed.contains(&t("ru", "status-write-hint")), "{listed}");
    let label = ta(
        "ru",
        "button-write-about",
        &[
            ("reference", reference.as_str().into()),
            ("title", t("ru", "register-form-title").into()),
        ],
    );
    let start = say(&newcomer, bot_id, &dm, &label).await;
    assert!(start.contains(&reference), "{start}");
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_text(&dm, "Можно прийти вместе с мужем?")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id)
                && r.sender == bot_id
                && r.body.contains("Можно прийти вместе с мужем?")
        })
        .await;

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
                // The office is told the message is untranslated Russian.
                && r.body.contains("Nachricht der Person (Russisch, nicht übersetzt):")
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
        // Not `wait_for`: a message that never arrives is explained by the bot's log (a
        // caseworker message it could not decrypt, say), which a failure shows.
        let start = std::time::Instant::now();
        while !newcomer
            .received()
            .iter()
            .any(|r| r.room == dm && r.body.contains(text.as_str()))
        {
            assert!(
                start.elapsed() < WAIT,
                "{text:?} did not reach the newcomer within {WAIT:?}; it received {:?}, could \
                 not decrypt {:?}; the bot's log:\n{}",
                newcomer
                    .received()
                    .iter()
                    .filter(|r| r.room == dm)
                    .map(|r| r.body.chars().take(60).collect::<String>())
                    .collect::<Vec<_>>(),
                newcomer.undecryptable(),
                bot.log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
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
    let devices = w.caseworker.devices_of(bot_id).await;
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
    let TelegramCase {
        w,
        api,
        bot,
        root,
        chat,
    } = telegram_case("ar", 9100, "مرحبا، أحتاج موعدا من فضلك 🙏").await;
    let bot_id = w.bot_id.as_str();
    assert!(root.body.contains("Gesprächswunsch"), "{}", root.body);
    assert!(root.body.contains("Arabisch"), "{}", root.body);

    // !termin as a caseworker types it in a hurry ("am Donnerstag um 10:30 im Rathaus, …"):
    // the newcomer gets the appointment in Arabic with the documents to bring.
    let date = chrono::Local::now().date_naive() + chrono::Duration::days(3);
    let weekday = german_weekday(date);
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            &format!("!termin am {weekday} um 10:30 im Rathaus, Zimmer 12"),
        )
        .await;
    let day = date.format("%d.%m.%Y").to_string();
    let (api, message) = telegram_message_with(api, chat, &day).await;
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
    let understood = format!(
        "{}, {} um 10:30 Uhr",
        german_weekday(date),
        date.format("%d.%m.%Y")
    );
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("Erinnerung am") && r.body.contains(&understood)
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

/// A person who lost their phone asks the office, in person, to delete their data: a
/// caseworker's `!löschen` in the case's thread says what it erases and asks for "ja";
/// `!löschen ja` erases it as the person's own `/delete` would, and says so once. A later
/// reply reaches nobody; the person, writing again, starts afresh; and no file the bot
/// wrote outside its Matrix client's store holds what they wrote.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caseworker_erases_a_persons_data_at_their_request() {
    const SEED: &str = "Qzwxvalentinova";
    let TelegramCase {
        w,
        api,
        bot,
        root,
        chat,
    } = telegram_case("ru", 9140, &format!("{SEED}: мне нужна помощь с письмом")).await;
    let bot_id = w.bot_id.as_str();
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!löschen")
        .await;
    let asked = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("!löschen ja")
        })
        .await;
    assert_eq!(asked.thread_root.as_ref(), Some(&root.event_id));
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!löschen ja")
        .await;
    w.caseworker
        .wait_for(WAIT, |r| r.sender == bot_id && r.body.contains("Gelöscht"))
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!löschen ja")
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("schon gelöscht")
        })
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "Bitte kommen Sie am Montag.")
        .await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("Die Person hat ihre Daten gelöscht")
        })
        .await;
    // Writing again, the person is asked for their language as a new one is.
    api.text(chat, "/start", "ru");
    let api = tokio::task::spawn_blocking(move || {
        api.wait_until(chat, WAIT, |messages| {
            messages
                .iter()
                .any(|m| text_of(m).contains(&t("ru", "choose-language")))
        });
        api
    })
    .await
    .unwrap();
    assert!(
        !api.bot_messages(chat)
            .iter()
            .any(|m| text_of(m).contains("Bitte kommen Sie")),
        "the reply after the erasure reached the person"
    );
    drop(api);
    let data = w.dir.path().join("data");
    assert_eq!(bot.stop().code(), Some(0));
    let hits = crate::seed_scan::files_containing(&data, &[SEED], &[&data.join("matrix")]);
    assert_eq!(hits, Vec::<String>::new());
}

/// The German name of `date`'s weekday, as a caseworker writes it.
fn german_weekday(date: chrono::NaiveDate) -> &'static str {
    use chrono::Datelike;
    [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ][date.weekday().num_days_from_monday() as usize]
}

/// A voice message from a Telegram newcomer talking to the integration office reaches the
/// case's thread on Synapse as one encrypted `m.audio` with the exact bytes and the German
/// note naming the newcomer's language; the newcomer is told it was passed on. Back at a
/// menu, a voice message is offered to a person and reaches the room only when the offer
/// is taken: then into the same case's thread.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_telegram_voice_message_reaches_the_thread_as_audio() {
    let TelegramCase {
        w,
        api,
        bot,
        root,
        chat,
    } = telegram_case("uk", 9300, "Доброго дня, маю питання").await;
    // An OGG/Opus-like file: the bytes must arrive unchanged.
    let voice: Vec<u8> = b"OggS\0\x02"
        .iter()
        .copied()
        .chain((0..40_000u32).map(|i| (i * 7 % 251) as u8))
        .collect();
    let forwarded = ta(
        "uk",
        "person-forwarded",
        &[("institution", t("uk", "inst-integrationsbuero").into())],
    );
    let sent = voice.clone();
    let api = tokio::task::spawn_blocking(move || {
        let before = api.bot_messages(chat).len();
        api.voice(chat, &sent, 7);
        api.wait_until(chat, WAIT, |messages| {
            messages[before..]
                .iter()
                .any(|m| text_of(m).contains(&forwarded))
        });
        api
    })
    .await
    .unwrap();
    let bot_id = w.bot_id.clone();
    let audio = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.msgtype == "m.audio"
        })
        .await;
    assert_eq!(audio.sender, bot_id);
    assert!(audio.encrypted, "the room is encrypted");
    assert!(
        audio
            .body
            .contains("Sprachnachricht der Person auf Ukrainisch"),
        "{}",
        audio.body
    );
    let media = audio.media.clone().expect("an m.audio carries its file");
    assert_eq!(
        w.caseworker.download(&media).await,
        voice,
        "the exact bytes"
    );

    // At the main menu a voice message is not passed on, but offered to a person.
    let offer = ta(
        "uk",
        "voice-offer-person",
        &[
            ("institution", t("uk", "inst-integrationsbuero").into()),
            ("button", t("uk", "counselling-opt-person").into()),
        ],
    );
    let api = tokio::task::spawn_blocking(move || {
        api.text(chat, "/menu", "uk");
        api.wait_for_button(chat, "go:main:0");
        let before = api.bot_messages(chat).len();
        api.voice(chat, b"OggS later", 2);
        api.wait_until(chat, WAIT, |messages| {
            messages[before..]
                .iter()
                .any(|m| text_of(m).contains(&offer))
        });
        api
    })
    .await
    .unwrap();
    let audios = || {
        w.caseworker
            .received()
            .into_iter()
            .filter(|r| r.msgtype == "m.audio")
            .count()
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(audios(), 1, "only the voice message sent while talking");
    // The offer taken: the voice message goes into the same case's thread.
    let sent = ta(
        "uk",
        "person-files-sent",
        &[("institution", t("uk", "inst-integrationsbuero").into())],
    );
    let api = tokio::task::spawn_blocking(move || {
        api.wait_for_button(chat, "go:counselling:4");
        api.press(chat, "go:counselling:4");
        // The pressed message is edited into the answer.
        api.wait_until(chat, WAIT, |messages| {
            messages.iter().any(|m| text_of(m).contains(&sent))
        });
        api
    })
    .await
    .unwrap();
    let later = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id)
                && r.msgtype == "m.audio"
                && r.event_id != audio.event_id
        })
        .await;
    let media = later.media.clone().expect("an m.audio carries its file");
    assert_eq!(w.caseworker.download(&media).await, b"OggS later");
    assert_eq!(audios(), 2);
    drop(api);
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// A Matrix newcomer's `m.audio` while talking to the integration office reaches the
/// thread as one `m.audio` with the same bytes and the German note.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_matrix_audio_message_reaches_the_thread() {
    let Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    } = contact("Ich schicke eine Sprachnachricht").await;
    let voice: Vec<u8> = b"OggS\0\x02matrix"
        .iter()
        .copied()
        .chain((0..20_000u32).map(|i| (i * 13 % 251) as u8))
        .collect();
    let before = bot_notices(&newcomer, &w.bot_id, &dm).len();
    newcomer
        .send_file(&dm, &voice, "memo.ogg", "audio/ogg")
        .await;
    let answer = settle(&newcomer, &w.bot_id, &dm, before).await;
    assert!(
        answer.contains(&ta(
            "de",
            "person-forwarded",
            &[("institution", t("de", "inst-integrationsbuero").into())],
        )),
        "{answer}"
    );
    let audio = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.msgtype == "m.audio"
        })
        .await;
    assert!(
        audio
            .body
            .contains("Sprachnachricht der Person auf Deutsch"),
        "{}",
        audio.body
    );
    let media = audio.media.clone().expect("an m.audio carries its file");
    assert_eq!(w.caseworker.download(&media).await, voice);
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// `!vorlage` on Synapse: a caseworker's checked template reaches a Telegram newcomer in
/// Persian (Arabic until the Persian locale is shipped) with the typed values as plain data,
/// and the German text appears in the thread for colleagues; `!vorlagen` lists the templates,
/// and a missing value or a wrong name is explained in the thread without reaching the
/// newcomer; the newcomer's answer goes back to the thread.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vorlage_reaches_a_persian_newcomer_on_telegram() {
    let lang = if content().locales.has_language("fa") {
        "fa"
    } else {
        "ar"
    };
    let first = if lang == "fa" {
        "سلام، من یک سؤال دارم"
    } else {
        "مرحبا، عندي سؤال"
    };
    let TelegramCase {
        w,
        api,
        bot,
        root,
        chat,
    } = telegram_case(lang, 9200, first).await;
    let bot_id = w.bot_id.as_str();
    let in_thread = |needle: &'static str| {
        let root = root.event_id.clone();
        move |r: &Received| {
            r.sender == bot_id && r.thread_root.as_ref() == Some(&root) && r.body.contains(needle)
        }
    };
    let before = api.bot_messages(chat).len();
    let day = (chrono::Local::now().date_naive() + chrono::Duration::days(10))
        .format("%d.%m.%Y")
        .to_string();

    // The list, in German, with the values each template needs.
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!vorlagen")
        .await;
    let list = w
        .caseworker
        .wait_for(WAIT, in_thread("• termin (Werte: datum, uhrzeit, ort)"))
        .await;
    assert!(list.body.contains("• unterlagen-erhalten"), "{}", list.body);

    // Mistakes are explained with an example; nothing reaches the newcomer.
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            &format!("!vorlage termin datum={day} uhrzeit=10:30"),
        )
        .await;
    let missing = w
        .caseworker
        .wait_for(WAIT, in_thread("fehlt der Wert „ort“"))
        .await;
    assert!(
        missing.body.contains("Beispiel: !vorlage termin datum="),
        "{}",
        missing.body
    );
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "!vorlage temrin")
        .await;
    w.caseworker
        .wait_for(WAIT, in_thread("Meinten Sie „termin“?"))
        .await;
    assert_eq!(api.bot_messages(chat).len(), before, "nothing was sent");

    // The template, in the newcomer's language; what the caseworker typed is data.
    let place = "Rathaus <b>Zimmer 3</b> { $ort }";
    w.caseworker
        .reply_in_thread(
            &w.room,
            &root.event_id,
            &format!("!vorlage termin datum={day} uhrzeit=10.30 ort=„{place}“"),
        )
        .await;
    let expected = ta(
        lang,
        "termin",
        &[
            ("datum", day.as_str().into()),
            ("uhrzeit", "10:30".into()),
            ("ort", place.into()),
        ],
    );
    assert!(expected.contains(place), "{expected}");
    let (api, message) = telegram_message_with(api, chat, &expected).await;
    let intro = ta(
        lang,
        "person-intro",
        &[("institution", t(lang, "inst-integrationsbuero").into())],
    );
    assert!(message.starts_with(&intro), "{message}");
    let sent = w
        .caseworker
        .wait_for(WAIT, in_thread("an die Person gesendet"))
        .await;
    let language = if lang == "fa" {
        "Persisch (Farsi)"
    } else {
        "Arabisch"
    };
    assert!(
        sent.body.contains(&format!(
            "Vorlage „termin“ an die Person gesendet, auf {language}. Deutscher Text:"
        )),
        "{}",
        sent.body
    );
    assert!(
        sent.body.contains(&format!(
            "Sie haben einen Termin bei uns: am {day} um 10:30. Ort: {place}. Bitte kommen Sie pünktlich."
        )),
        "the German text: {}",
        sent.body
    );

    // The newcomer's answer reaches the thread.
    api.text(chat, "باشه 👍", lang);
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains("باشه 👍")
        })
        .await;
    drop(api);
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// A Telegram newcomer whose "write to a person" at the Integrationsbüro opened a case in
/// the caseworker room (on Synapse), with the bot that connects them.
struct TelegramCase {
    w: World,
    api: BotApi,
    bot: crate::telegram_support::Bot,
    /// The first message of the case's thread.
    root: Received,
    chat: i64,
}

/// Starts Synapse, the Telegram Bot API peer and the bot; the newcomer in chat `chat` (app
/// language `lang`) opens "write to a person" by deep link and writes `first`, which
/// reaches the case's thread.
async fn telegram_case(lang: &str, chat: i64, first: &str) -> TelegramCase {
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

    // A deep link straight to "write to a person".
    api.text(chat, &format!("/start {lang}_counselling-person"), lang);
    let start = ta(
        lang,
        "person-start",
        &[("institution", t(lang, "inst-integrationsbuero").into())],
    );
    let api = tokio::task::spawn_blocking(move || {
        api.wait_for_text(chat, &start);
        api
    })
    .await
    .unwrap();
    api.text(chat, first, lang);
    let bot_id = w.bot_id.clone();
    let root = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.room == w.room && r.sender == bot_id && r.thread_root.is_none()
        })
        .await;
    let words = first.split_whitespace().next().unwrap_or(first).to_string();
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(&words)
        })
        .await;
    TelegramCase {
        w,
        api,
        bot,
        root,
        chat,
    }
}

/// Waits (off the async threads) until a message from the bot in `chat` contains `needle`;
/// returns the peer and that message's text.
async fn telegram_message_with(api: BotApi, chat: i64, needle: &str) -> (BotApi, String) {
    let needle = needle.to_string();
    tokio::task::spawn_blocking(move || {
        api.wait_until(chat, WAIT, |messages| {
            messages.iter().any(|m| text_of(m).contains(&needle))
        });
        let message = api
            .bot_messages(chat)
            .into_iter()
            .map(|m| text_of(&m))
            .find(|text| text.contains(&needle))
            .expect("the bot sent it");
        (api, message)
    })
    .await
    .unwrap()
}

/// Sends SIGHUP to the bot (reload flows and locales).
fn hangup(bot: &crate::telegram_support::Bot) {
    let status = std::process::Command::new("kill")
        .args(["-HUP", &bot.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

async fn wait_for_log(bot: &crate::telegram_support::Bot, needle: &str) {
    let start = std::time::Instant::now();
    while !bot.log().contains(needle) {
        assert!(
            start.elapsed() < WAIT,
            "no {needle:?} in the log:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The integration office's room with the bot running, and a German newcomer who wrote
/// `text` to a person there.
struct Contact {
    w: World,
    bot: crate::telegram_support::Bot,
    newcomer: MatrixUser,
    dm: matrix_sdk::ruma::OwnedRoomId,
    root: Received,
}

async fn contact(text: &str) -> Contact {
    let w = world("integrationsbuero").await;
    let (_, bot) = w.bot_in_room("integrationsbuero").await;
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let (dm, root) = open_contact(&newcomer, &w.caseworker, &w.bot_id, &w.room, None, text).await;
    Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    }
}

/// A German newcomer in a direct chat with the bot, who chose "write to a person" (the
/// integration office) and wrote `text`; returns the direct chat and the thread's root in
/// the room the caseworker sees it in (`room`).
async fn open_contact(
    newcomer: &MatrixUser,
    caseworker: &MatrixUser,
    bot_id: &str,
    room: &matrix_sdk::ruma::RoomId,
    dm: Option<&matrix_sdk::ruma::RoomId>,
    text: &str,
) -> (matrix_sdk::ruma::OwnedRoomId, Received) {
    open_contact_in("de", newcomer, caseworker, bot_id, room, dm, text).await
}

/// [`open_contact`] by a newcomer speaking `lang`.
pub(crate) async fn open_contact_in(
    lang: &str,
    newcomer: &MatrixUser,
    caseworker: &MatrixUser,
    bot_id: &str,
    room: &matrix_sdk::ruma::RoomId,
    dm: Option<&matrix_sdk::ruma::RoomId>,
    text: &str,
) -> (matrix_sdk::ruma::OwnedRoomId, Received) {
    let dm = match dm {
        Some(dm) => dm.to_owned(),
        None => {
            let dm = newcomer.create_dm(bot_id).await;
            newcomer.wait_joined(&dm, bot_id, WAIT).await;
            dm
        }
    };
    let start = ta(
        lang,
        "person-start",
        &[("institution", t(lang, "inst-integrationsbuero").into())],
    );
    let answer = say(
        newcomer,
        bot_id,
        &dm,
        &format!("/start {lang}_counselling-person"),
    )
    .await;
    assert!(answer.contains(&start), "{answer}");
    say(newcomer, bot_id, &dm, text).await;
    let root = caseworker
        .wait_for(WAIT, |r| {
            r.room == room
                && r.sender == bot_id
                && r.thread_root.is_none()
                && r.body.contains("Gesprächswunsch")
                && !r.body.is_empty()
        })
        .await;
    let text = text.to_string();
    caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.body.contains(&text)
        })
        .await;
    (dm, root)
}

/// Notes from the bot in `room` that contain `needle`.
fn notes_with(
    user: &MatrixUser,
    bot_id: &str,
    room: &matrix_sdk::ruma::RoomId,
    needle: &str,
) -> usize {
    user.received()
        .iter()
        .filter(|r| r.sender == bot_id && r.room == room && r.body.contains(needle))
        .count()
}

/// A room with three members is no place for a newcomer's conversation (a form may ask for
/// passport photos): the bot says so in German and English and leaves; no form runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_room_is_left_without_running_a_form() {
    let w = world("buergerbuero").await;
    let (_, bot) = w.bot_in_room("buergerbuero").await;
    let bot_id = w.bot_id.as_str();

    // A newcomer makes a room with a friend and the bot, and everyone joins.
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let outsider = MatrixUser::login(&w.synapse, "outsider", &w.dir.path().join("os")).await;
    let group = newcomer
        .create_room(
            "Familie",
            &[w.bot_id.clone(), outsider.user_id.to_string()],
            &[],
        )
        .await;
    newcomer.wait_joined(&group, bot_id, WAIT).await;
    newcomer
        .wait_joined(&group, outsider.user_id.as_str(), WAIT)
        .await;

    newcomer
        .send_text(
            &group,
            "Hallo, ich möchte mich anmelden. Wir sind neu hier.",
        )
        .await;
    let leaving = first_line("de", "matrix-group-room");
    let note = newcomer
        .wait_for(WAIT, |r| r.room == group && r.sender == bot_id)
        .await;
    assert!(note.body.contains(&leaving), "{}", note.body);
    assert!(
        note.body.contains(&first_line("en", "matrix-group-room")),
        "{}",
        note.body
    );
    let start = std::time::Instant::now();
    while newcomer.is_joined(&group, bot_id).await {
        assert!(start.elapsed() < WAIT, "the bot stayed in the group room");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Nothing else was said there: no language confirmation, no menu.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let said = bot_notices(&newcomer, bot_id, &group);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(!bot.log().contains("newcomer"), "{}", bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// The integration office moves to a new room (flows changed, SIGHUP): a new conversation
/// opens its thread in the new room, while an open case keeps working in the old room's
/// thread, both ways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_matrix_room_takes_effect_on_sighup_and_old_threads_keep_working() {
    let w = world("integrationsbuero").await;
    let flows = flows_with_rooms(w.dir.path(), &[("integrationsbuero", w.room.as_str())]);
    let config = matrix_config(w.dir.path(), &w.synapse, &flows, "");
    let bot = start_bot(&config, &w.synapse);
    w.caseworker.wait_joined(&w.room, &w.bot_id, WAIT).await;
    let bot_id = w.bot_id.as_str();
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let (dm, old_root) = open_contact(
        &newcomer,
        &w.caseworker,
        bot_id,
        &w.room,
        None,
        "Ich habe eine Frage zum Deutschkurs.",
    )
    .await;

    // The new room; the bot is invited and joins; the flows name it; SIGHUP.
    let new_room = w
        .caseworker
        .create_room(
            "Kompass Integration neu",
            std::slice::from_ref(&w.bot_id),
            &[(w.bot_id.clone(), 50)],
        )
        .await;
    w.caseworker.wait_joined(&new_room, bot_id, WAIT).await;
    flows_with_rooms(w.dir.path(), &[("integrationsbuero", new_room.as_str())]);
    hangup(&bot);
    wait_for_log(&bot, "content reloaded").await;

    // The open case stays in the old room's thread, both ways.
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_text(&dm, "Noch eine Frage nach dem Umzug.")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.room == w.room
                && r.thread_root.as_ref() == Some(&old_root.event_id)
                && r.body.contains("Noch eine Frage nach dem Umzug.")
        })
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &old_root.event_id, "Antwort aus dem alten Raum.")
        .await;
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Antwort aus dem alten Raum.")
        })
        .await;
    w.caseworker
        .reply_in_thread(&w.room, &old_root.event_id, "!erledigt")
        .await;
    let closed = ta(
        "de",
        "person-closed",
        &[("institution", t("de", "inst-integrationsbuero").into())],
    );
    newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&closed))
        .await;

    // A new conversation opens its thread in the new room.
    let (_, new_root) = open_contact(
        &newcomer,
        &w.caseworker,
        bot_id,
        &new_room,
        Some(&dm),
        "Eine neue Frage im neuen Raum.",
    )
    .await;
    w.caseworker
        .reply_in_thread(&new_room, &new_root.event_id, "Antwort aus dem neuen Raum.")
        .await;
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Antwort aus dem neuen Raum.")
        })
        .await;
    let log = bot.log();
    assert!(!log.contains("is waiting"), "{log}");
    assert_no_encryption_trouble(&log);
    assert_eq!(bot.stop().code(), Some(0));
}

/// A caseworker room the bot is not in (the administrator forgot the invitation): the
/// newcomer's message waits, `/metrics` counts it by institution for an alert, and the log
/// says so once, not every five seconds. Invited, the bot joins and the message arrives;
/// the count is 0 again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_the_bot_is_not_in_keeps_posts_waiting_and_counted() {
    let w = world("integrationsbuero").await;
    let bot_id = w.bot_id.as_str();
    let room = w
        .caseworker
        .create_room("Kompass Integration", &[], &[(w.bot_id.clone(), 50)])
        .await;
    let flows = flows_with_rooms(w.dir.path(), &[("integrationsbuero", room.as_str())]);
    let admin = crate::support::free_port();
    let config = matrix_config(
        w.dir.path(),
        &w.synapse,
        &flows,
        &format!("[admin]\nlisten = \"127.0.0.1:{admin}\"\n"),
    );
    let bot = start_bot(&config, &w.synapse);
    let waiting = |count: u32| {
        format!("kompass_room_posts_waiting{{institution=\"integrationsbuero\"}} {count}")
    };
    let metrics = move || crate::admin::http_get(admin, "/metrics").1;
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(bot_id).await;
    newcomer.wait_joined(&dm, bot_id, WAIT).await;
    say(&newcomer, bot_id, &dm, "/start de_counselling-person").await;
    say(&newcomer, bot_id, &dm, "Darf ich meinen Hund mitbringen?").await;

    // The thread's root and the message.
    let deadline = std::time::Instant::now() + WAIT;
    while !metrics().lines().any(|line| line == waiting(2)) {
        assert!(std::time::Instant::now() < deadline, "{}", metrics());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Three passes of the post worker (every five seconds): one warning.
    tokio::time::sleep(Duration::from_secs(12)).await;
    let log = bot.log();
    assert_eq!(
        log.matches("a post for a caseworker room is waiting")
            .count(),
        1,
        "{log}"
    );

    let bot_user = matrix_sdk::ruma::UserId::parse(bot_id).unwrap();
    w.caseworker
        .room(&room)
        .invite_user_by_id(&bot_user)
        .await
        .expect("invited");
    w.caseworker
        .wait_for(WAIT, |r| {
            r.room == room
                && r.sender == bot_id
                && r.body.contains("Darf ich meinen Hund mitbringen?")
        })
        .await;
    let deadline = std::time::Instant::now() + WAIT;
    while !metrics().lines().any(|line| line == waiting(0)) {
        assert!(std::time::Instant::now() < deadline, "{}", metrics());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// What a caseworker writes that does not reach the newcomer gets a short German note in
/// the room saying why (once per cause and room within ten minutes); a quote fallback is
/// not relayed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn caseworkers_learn_why_a_message_was_not_relayed() {
    let Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    } = contact("Wann ist der nächste Kurs?").await;
    let bot_id = w.bot_id.as_str();

    // A top-level message: not relayed, and the room hears why (once).
    let top = w
        .caseworker
        .send_text(&w.room, "Der Kurs beginnt am Montag.")
        .await;
    let note = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.in_reply_to.as_ref() == Some(&top)
        })
        .await;
    assert!(
        note.body.to_lowercase().contains("nicht weitergeleitet"),
        "{}",
        note.body
    );
    assert!(note.body.contains("Thread"), "{}", note.body);
    w.caseworker
        .send_text(&w.room, "Noch eine Nachricht oben.")
        .await;

    // A reply outside the thread.
    let outside = w
        .caseworker
        .reply_outside_thread(&w.room, &root.event_id, "Antwort ohne Thread.")
        .await;
    let note = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.in_reply_to.as_ref() == Some(&outside)
        })
        .await;
    assert!(
        note.body.to_lowercase().contains("nicht weitergeleitet"),
        "{}",
        note.body
    );
    assert!(note.body.contains("außerhalb"), "{}", note.body);

    // A member below the caseworker power level, in the thread.
    let outsider = MatrixUser::login(&w.synapse, "outsider", &w.dir.path().join("os")).await;
    w.caseworker
        .wait_joined(&w.room, outsider.user_id.as_ref(), WAIT)
        .await;
    let low = outsider
        .reply_in_thread(&w.room, &root.event_id, "Ich kann auch helfen.")
        .await;
    let note = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.in_reply_to.as_ref() == Some(&low)
        })
        .await;
    assert_eq!(
        note.thread_root.as_ref(),
        Some(&root.event_id),
        "in the thread"
    );
    assert!(note.body.contains("Berechtigung"), "{}", note.body);
    assert!(note.body.contains("50"), "{}", note.body);

    // A reply with a quote fallback: only the answer reaches the newcomer.
    let forwarded = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id) && r.sender == bot_id
        })
        .await;
    w.caseworker
        .quoting_reply_in_thread(
            &w.room,
            &root.event_id,
            &forwarded.event_id,
            bot_id,
            "Nachricht der Person:",
            "Am Montag um 9 Uhr.",
        )
        .await;
    let relayed = newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Am Montag um 9 Uhr.")
        })
        .await;
    assert!(!relayed.body.contains("> <"), "{}", relayed.body);
    assert!(!relayed.body.contains(bot_id), "{}", relayed.body);

    // The second top-level message got no second note.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        notes_with(&w.caseworker, bot_id, &w.room, "nicht in einem Thread"),
        1
    );
    assert!(
        !newcomer
            .received()
            .iter()
            .any(|r| r.body.contains("Der Kurs beginnt") || r.body.contains("auch helfen"))
    );
    assert_no_encryption_trouble(&bot.log());
    assert_eq!(bot.stop().code(), Some(0));
}

/// Edits are not applied: a newcomer's edit is not taken as an answer, and they are told
/// (in their language) to send the corrected answer again; a caseworker's edit in a thread
/// gets a German note that it was not relayed.
/// `!termin` gives a Matrix newcomer the appointment with its calendar file and visit slip,
/// each an encrypted `m.file` in their direct chat.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn termin_gives_a_matrix_newcomer_the_calendar_file_and_the_slip() {
    let Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    } = contact("Ich brauche einen Termin.").await;
    let bot_id = w.bot_id.as_str();
    let reference = root
        .body
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|word| word.starts_with("KAL-"))
        .expect("the root names the reference")
        .to_string();
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
    let file = |suffix: &'static str| {
        let dm = dm.clone();
        move |r: &Received| {
            r.room == dm && r.sender == bot_id && r.msgtype == "m.file" && r.body.ends_with(suffix)
        }
    };
    let ics = newcomer.wait_for(WAIT, file(".ics")).await;
    let slip = newcomer.wait_for(WAIT, file(".pdf")).await;
    assert_eq!(ics.body, format!("termin-{reference}.ics"));
    assert!(
        ics.encrypted && slip.encrypted,
        "files in an encrypted chat are encrypted"
    );
    let calendar = String::from_utf8(newcomer.download(ics.media.as_ref().unwrap()).await).unwrap();
    assert!(
        calendar.contains(&format!(
            "DTSTART;TZID=Europe/Berlin:{}T103000",
            date.format("%Y%m%d")
        )),
        "{calendar}"
    );
    assert!(calendar.contains("TRIGGER:-P1D"), "{calendar}");
    let pdf = newcomer.download(slip.media.as_ref().unwrap()).await;
    let path = w.dir.path().join("slip.pdf");
    std::fs::write(&path, &pdf).unwrap();
    assert_eq!(crate::poster::codes_per_page(&path), [vec![reference]]);
    assert_eq!(bot.stop().code(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_are_answered_not_applied() {
    let Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    } = contact("Ich brauche einen Termin.").await;
    let bot_id = w.bot_id.as_str();

    // The newcomer edits their message: the thread does not get the edit, they get a note.
    let original = newcomer
        .received()
        .into_iter()
        .find(|r| r.room == dm && r.body.contains("Ich brauche einen Termin."))
        .unwrap();
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .edit(&dm, &original.event_id, "* Ich brauche zwei Termine.")
        .await;
    let note = settle(&newcomer, bot_id, &dm, before).await;
    assert!(
        note.contains(&first_line("de", "edit-not-applied")),
        "{note}"
    );

    // A caseworker edits their reply in the thread.
    let reply = w
        .caseworker
        .reply_in_thread(&w.room, &root.event_id, "Kommen Sie am Dienstag.")
        .await;
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Kommen Sie am Dienstag.")
        })
        .await;
    w.caseworker
        .edit(&w.room, &reply, "* Kommen Sie am Mittwoch.")
        .await;
    let note = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("Bearbeitung")
        })
        .await;
    assert_eq!(
        note.thread_root.as_ref(),
        Some(&root.event_id),
        "in the thread"
    );
    assert!(
        note.body.to_lowercase().contains("nicht weitergeleitet"),
        "{}",
        note.body
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !newcomer
            .received()
            .iter()
            .any(|r| r.body.contains("Mittwoch"))
    );
    assert!(
        !w.caseworker
            .received()
            .iter()
            .any(|r| r.sender == bot_id && r.body.contains("zwei Termine"))
    );
    assert_eq!(bot.stop().code(), Some(0));
}

/// A message the bot cannot decrypt is answered: the newcomer (in their language) and the
/// caseworkers (in German, in the thread) are asked to send it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undecryptable_message_is_answered() {
    let Contact {
        w,
        bot,
        newcomer,
        dm,
        root,
    } = contact("Guten Tag, ich habe eine Frage.").await;
    let bot_id = w.bot_id.as_str();

    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer.send_undecryptable(&dm, None).await;
    let answer = settle(&newcomer, bot_id, &dm, before).await;
    assert!(
        answer.contains(&first_line("de", "matrix-undecryptable")),
        "{answer}"
    );

    w.caseworker
        .send_undecryptable(&w.room, Some(&root.event_id))
        .await;
    let note = w
        .caseworker
        .wait_for(WAIT, |r| {
            r.sender == bot_id && r.body.contains("entschlüsseln")
        })
        .await;
    assert_eq!(
        note.thread_root.as_ref(),
        Some(&root.event_id),
        "in the thread"
    );
    assert_eq!(bot.stop().code(), Some(0));
}

/// kill -9 while the bot answers: after each restart, every message is answered exactly
/// once (direct-chat replies carry transaction ids derived from the event, so a resend
/// after a crash is deduplicated by the homeserver).
///
/// Nothing is lost either: a kill while matrix-sdk runs the handlers of a stored sync batch
/// lost the rest of the batch (1–3 of 8–16 `/help` in 5 of 5 runs) until the bot kept its
/// own position and reads direct chats from there after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_never_shows_a_newcomer_a_reply_twice() {
    let w = world("buergerbuero").await;
    let (config, mut bot) = w.bot_in_room("buergerbuero").await;
    let bot_id = w.bot_id.as_str();
    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(bot_id).await;
    newcomer.wait_joined(&dm, bot_id, WAIT).await;
    say(&newcomer, bot_id, &dm, "/start de").await;

    let help = first_line("de", "help-text");
    let helps = |user: &MatrixUser| {
        user.received()
            .iter()
            .filter(|r| r.room == dm && r.sender == bot_id && r.body.contains(&help))
            .count()
    };
    let mut asked = 0;
    for _cycle in 0..8 {
        let before = helps(&newcomer);
        for _ in 0..4 {
            newcomer.send_text(&dm, "/help").await;
            asked += 1;
        }
        newcomer.wait_for(WAIT, |_| helps(&newcomer) > before).await;
        bot.kill();
        bot = start_bot(&config, &w.synapse);
        newcomer.wait_for(WAIT, |_| helps(&newcomer) >= asked).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(helps(&newcomer), asked, "each /help answered exactly once");
    assert_eq!(bot.stop().code(), Some(0));
}
