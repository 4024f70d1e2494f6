//! The `kompass` binary on Telegram, against the loopback Bot API server in
//! `tests/peers/telegram_bot_api.py`: whole requests in Arabic and Ukrainian with single photos,
//! files and an album; old buttons, 429 bursts, a restart mid-form, a redelivered update,
//! group chats, and webhook mode.

use std::time::Duration;

use mail_parser::{MessageParser, MimeHeaders};
use serde_json::{Value, json};

use crate::support::{emails, photo, photo_png, repo, sent_marker, t};
use crate::telegram_support::{Bot, BotApi, base64, buttons, telegram_config, text_of};

/// The register form's fields, by index (button data is `f:<index>:<value>`).
const PHOTOS: usize = 10;
const INTERPRETER: usize = 11;
const APPOINTMENT: usize = 12;

/// Attachments of the only email in `data`: (file name, bytes).
fn attachments(data: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mails = emails(data);
    assert_eq!(mails.len(), 1, "one email");
    let message = MessageParser::default().parse(&mails[0].1).unwrap();
    message
        .attachments()
        .map(|part| {
            (
                part.attachment_name().unwrap_or_default().to_string(),
                part.contents().to_vec(),
            )
        })
        .collect()
}

fn wait_for_email(data: &std::path::Path) {
    let start = std::time::Instant::now();
    while emails(data).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no email was written"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A phone photo of a page, `width`×`height`, like Telegram's album photos (sharp: the
/// readability check accepts it).
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    use kompass_core::docphotos::{self, Defect, Layout, Script, Shot, Writer};
    let shot = Shot {
        seed: u64::from(width) * 10_000 + u64::from(height),
        layout: Layout::Form,
        script: Script::Arabic,
        defect: Defect::None,
        width,
        height,
        jpeg_quality: 80,
    };
    docphotos::jpeg(&docphotos::render(&shot, &Writer::strokes()), 80)
}

fn jpeg_width(bytes: &[u8]) -> u32 {
    image::load_from_memory(bytes).unwrap().width()
}

/// The first line of a message (without bidi marks): enough to recognise a question.
fn first_line(lang: &str, id: &str) -> String {
    t(lang, id).lines().next().unwrap_or_default().to_string()
}

/// Types answers, each followed by the bot's next question.
fn answer_texts(api: &BotApi, chat: i64, lang: &str, answers: &[&str]) {
    for answer in answers {
        let before = api.bot_messages(chat).len();
        api.text(chat, answer, lang);
        api.wait_count(chat, before + 1);
    }
}

/// Gives the register form's phone (without a caseworker room the office calls back) by
/// sharing one's own contact, as Telegram sends it (without "+"), and skips the optional
/// email (field 8).
fn phone_by_contact(api: &BotApi, chat: i64) {
    api.wait_for_button(chat, "f:7:skip");
    let before = api.bot_messages(chat).len();
    api.post(
        "/_test/other",
        json!({"chat_id": chat, "kind": "contact", "phone_number": "4915123456789"}),
    );
    api.wait_count(chat, before + 1);
    api.wait_for_button(chat, "f:8:skip");
    api.press(chat, "f:8:skip");
}

/// [`phone_by_contact`], and the optional remarks (field 9) skipped too.
fn skip_optional(api: &BotApi, chat: i64) {
    phone_by_contact(api, chat);
    api.wait_for_button(chat, "f:9:skip");
    api.press(chat, "f:9:skip");
}

/// After the photos: no interpreter, the first appointment time, sent; the email written.
fn send_without_interpreter(api: &BotApi, chat: i64, data: &std::path::Path) {
    api.choose(
        chat,
        &[
            &format!("f:{PHOTOS}:done"),
            &format!("f:{INTERPRETER}:n"),
            &format!("f:{APPOINTMENT}:0"),
            "rv:send",
        ],
    );
    wait_for_email(data);
}

#[test]
fn arabic_request_from_a_deep_link_with_an_album() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7001;

    // t.me/bot?start=ar_register-form: Arabic, straight into the registration form.
    api.text(chat, "/start ar_register-form", "ar");
    api.wait_count(chat, 1);
    let first = text_of(&api.bot_messages(chat)[0]);
    assert!(
        first.contains(&first_line("ar", "field-family-name")),
        "{first}"
    );
    answer_texts(
        &api,
        chat,
        "ar",
        &[
            "الأحمد",
            // The Latin spelling, typed; then Kompass's suggestion by its number.
            "Al-Ahmad",
            "سارة",
            "1",
            "١٥.٠٣.١٩٩٠",
            "سورية",
            "شارع المدرسة 5، 32689 كاليتال",
            // Asked again in Latin letters; "keep it as I wrote it" by its number.
            "١",
            "01.11.2026",
            "٣",
        ],
    );
    skip_optional(&api, chat);
    api.wait_for_text(chat, &first_line("ar", "field-photos-passport-family"));

    // An album of three photos: three updates with one media_group_id, one answer.
    let before = api.bot_messages(chat).len();
    // Made first, then sent back to back, as Telegram delivers an album's updates.
    let album: Vec<Vec<u8>> = [(1600, 1200), (1200, 1600), (1000, 750)]
        .into_iter()
        .map(|(width, height)| jpeg(width, height))
        .collect();
    for photo in &album {
        api.photo(chat, photo, Some("album-ar-1"));
    }
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages.len() > before
            && buttons(messages.last().unwrap())
                .iter()
                .any(|(_, d)| *d == format!("f:{PHOTOS}:done"))
            && text_of(messages.last().unwrap()).contains('3')
    });
    std::thread::sleep(Duration::from_millis(1500));
    let after: Vec<String> = api.bot_messages(chat)[before..]
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(after.len(), 1, "an album gets one answer: {after:#?}");
    api.press(chat, &format!("f:{PHOTOS}:done"));
    api.wait_for_button(chat, &format!("f:{INTERPRETER}:n"));
    api.press(chat, &format!("f:{INTERPRETER}:n"));
    api.wait_for_button(chat, &format!("f:{APPOINTMENT}:0"));
    api.press(chat, &format!("f:{APPOINTMENT}:0"));
    api.wait_for_button(chat, "rv:send");
    let summary = api.last_text(chat);
    assert!(
        summary.contains("سارة") && summary.contains("الأحمد"),
        "{summary}"
    );
    api.press(chat, "rv:send");

    let data = dir.path().join("data");
    wait_for_email(&data);
    // The newcomer is told, in Arabic, that this request went to the Bürgerbüro.
    let reference = String::from_utf8_lossy(&emails(&data)[0].1)
        .split_whitespace()
        .find(|word| word.starts_with("KAL-"))
        .map(|word| {
            word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .to_string()
        })
        .unwrap();
    let notice = crate::support::ta(
        "ar",
        "request-sent",
        &[
            ("reference", reference.as_str().into()),
            ("institution", t("ar", "inst-buergerbuero").into()),
        ],
    );
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages.iter().any(|m| text_of(m).contains(&notice))
    });
    // The address kept in Arabic letters reaches the office with a spelling it can say.
    let raw = &emails(&data)[0].1;
    let email = mail_parser::MessageParser::default().parse(raw).unwrap();
    let body = email.body_text(0).unwrap();
    // "سورية" is one way to write Syria the list knows (`.typed`): the office reads it in
    // German.
    assert!(body.contains("Staatsangehörigkeit: Syrien"), "{body}");
    // The contact shared at the phone question, with the "+" Telegram leaves out.
    assert!(body.contains("Telefon: +4915123456789"), "{body}");
    assert!(
        body.contains(
            "شارع المدرسة 5، 32689 كاليتال (in lateinischen Buchstaben etwa: Shar Almdrsa 5, 32689 Kalletal)"
        ),
        "{body}"
    );
    let photos: Vec<_> = attachments(&data)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".jpg"))
        .collect();
    assert_eq!(photos.len(), 3, "every album photo counted once");
    assert_eq!(
        jpeg_width(&photos[0].1),
        1600,
        "the largest size was fetched"
    );

    // Every button press was answered; the command menu exists in every language.
    assert!(api.unanswered_callbacks().is_empty());
    let commands = api.get("/_test/commands");
    for lang in ["ar", "de", "en", "fa", "ku", "ru", "tr", "uk"] {
        let menu = commands[lang].to_string();
        assert!(menu.contains(&t(lang, "cmd-delete")), "{lang}: {menu}");
        assert!(menu.contains("\"start\""), "{lang}: {menu}");
    }
    assert!(
        api.calls("sendChatAction")
            .iter()
            .any(|c| c["params"]["action"] == "upload_photo")
    );
    assert!(!bot.log().contains("سارة"), "no personal data in the log");
    assert_eq!(bot.stop().code(), Some(0));
}

#[test]
fn ukrainian_request_with_single_photos_files_and_bad_uploads() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7002;

    api.text(chat, "/start", "uk");
    api.wait_count(chat, 1);
    let menu = &api.bot_messages(chat)[0];
    // The messenger's language is offered first.
    assert_eq!(buttons(menu)[0].1, "lang:uk", "{menu}");
    api.press(chat, "lang:uk");
    api.wait_count(chat, 2);
    let main_menu = api.bot_messages(chat)[1].clone();
    let main_id = main_menu["message_id"].as_i64().unwrap();
    let register = buttons(&main_menu)[0].1.clone();
    assert!(register.starts_with("go:"), "{register}");
    // A menu leading to another menu is edited in place.
    api.press(chat, &register);
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages
            .iter()
            .any(|m| m["message_id"].as_i64() == Some(main_id) && m["edited"] == true)
    });
    assert_eq!(api.bot_messages(chat).len(), 2);
    let page = api.bot_messages(chat)[1].clone();
    let to_form = buttons(&page)[0].1.clone();
    api.press(chat, &to_form);
    api.wait_for_text(chat, &first_line("uk", "field-family-name"));
    answer_texts(
        &api,
        chat,
        "uk",
        &[
            "Шевченко",
            "1", // Shevchenko, as the passport writes it
            "Олена",
            "Olena",
            "31.02.1990",
            "12.08.1985",
            "українка",
            "вул. Шкільна 5, 32689 Калле́таль",
            // Asked again in Latin letters: copied from the letterbox.
            "Schulstraße 5, 32689 Kalletal",
            "01.11.2026",
            "2",
        ],
    );
    // "31.02.1990" was refused with a translated answer and the question again.
    let texts: Vec<String> = api.bot_messages(chat).iter().map(text_of).collect();
    assert!(
        texts
            .iter()
            .any(|text| text.contains(&first_line("uk", "error-date-impossible"))),
        "{texts:#?}"
    );
    skip_optional(&api, chat);
    api.wait_for_text(chat, &first_line("uk", "field-photos-passport-family"));

    // Bad uploads first: each gets its translated answer and the question again.
    let asked = api.bot_messages(chat).len();
    api.document(
        chat,
        json!({"size": 25 * 1024 * 1024, "file_name": "scan.jpg", "mime_type": "image/jpeg"}),
    );
    api.wait_count(chat, asked + 1);
    assert!(
        api.last_text(chat).contains("20"),
        "{}",
        api.last_text(chat)
    );
    api.document(
        chat,
        json!({"bytes_b64": base64(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "file_name": "pass.pdf", "mime_type": "application/pdf"}),
    );
    api.wait_count(chat, asked + 2);
    assert!(
        api.last_text(chat)
            .contains(&t("uk", "error-photo-not-pdf")),
        "{}",
        api.last_text(chat)
    );
    api.post("/_test/other", json!({"chat_id": chat, "kind": "sticker"}));
    api.wait_count(chat, asked + 3);
    api.document(
        chat,
        json!({"bytes_b64": base64(b"just some text, not a picture"), "file_name": "photo.jpg"}),
    );
    api.wait_count(chat, asked + 4);
    assert!(
        api.last_text(chat).contains(&t("uk", "error-file-unknown")),
        "{}",
        api.last_text(chat)
    );

    // A photo without caption, then a picture sent as a file (no MIME type given).
    let exif = std::fs::read(repo().join("tests/fixtures/exif-gps-orientation6.jpg")).unwrap();
    api.photo(chat, &exif, None);
    api.wait_count(chat, asked + 5);
    // 320×160 is too small to read: asked again, and sent anyway with the button.
    assert!(
        api.last_text(chat).contains(&t("uk", "photo-check-small")),
        "{}",
        api.last_text(chat)
    );
    api.press(chat, &format!("f:{PHOTOS}:keep"));
    api.wait_count(chat, asked + 6);
    api.document(
        chat,
        json!({"bytes_b64": base64(&photo_png()), "file_name": "IMG_0001.PNG"}),
    );
    api.wait_count(chat, asked + 7);
    assert!(api.last_text(chat).contains('2'), "{}", api.last_text(chat));
    api.press(chat, &format!("f:{PHOTOS}:done"));
    api.wait_for_button(chat, &format!("f:{INTERPRETER}:y"));
    api.press(chat, &format!("f:{INTERPRETER}:y"));
    api.wait_for_button(chat, &format!("f:{INTERPRETER}:l:uk"));
    api.press(chat, &format!("f:{INTERPRETER}:l:uk"));
    api.wait_for_button(chat, &format!("f:{APPOINTMENT}:2"));
    api.press(chat, &format!("f:{APPOINTMENT}:2"));
    api.wait_for_button(chat, "rv:send");
    assert!(api.last_text(chat).contains("Олена"));
    api.press(chat, "rv:send");

    let data = dir.path().join("data");
    wait_for_email(&data);
    let marker = sent_marker("uk");
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages.iter().any(|m| text_of(m).contains(&marker))
    });
    // At most one message per second in this chat (Telegram's limit, kept by default).
    let mut times: Vec<f64> = ["sendMessage", "editMessageText"]
        .iter()
        .flat_map(|method| api.calls(method))
        .filter(|c| c["params"]["chat_id"].as_i64() == Some(chat) && c["status"] == 200)
        .map(|c| c["time"].as_f64().unwrap())
        .collect();
    times.sort_by(f64::total_cmp);
    assert!(times.len() > 20);
    for pair in times.windows(2) {
        assert!(
            pair[1] - pair[0] >= 0.95,
            "two messages {:.3} s apart",
            pair[1] - pair[0]
        );
    }
    let attachments = attachments(&data);
    let photos: Vec<_> = attachments
        .iter()
        .filter(|(name, _)| name.ends_with(".jpg"))
        .collect();
    assert_eq!(photos.len(), 2);
    for (_, bytes) in &photos {
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "photo metadata stripped"
        );
    }
    let request = attachments
        .iter()
        .find(|(name, _)| name == "request.json")
        .map(|(_, bytes)| serde_json::from_slice::<Value>(bytes).unwrap())
        .unwrap();
    assert!(request.to_string().contains("Шевченко"));
    assert!(api.unanswered_callbacks().is_empty());
    drop(bot);
}

#[test]
fn old_buttons_429_bursts_restarts_and_redelivered_updates() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let config = telegram_config(dir.path(), &api, "");
    let bot = Bot::start(&config);
    let chat = 7003;

    api.text(chat, "/start", "en");
    api.wait_count(chat, 1);
    api.press(chat, "lang:en");
    api.wait_count(chat, 2);
    let main_menu = api.bot_messages(chat)[1].clone();
    let main_id = main_menu["message_id"].as_i64().unwrap();
    let first_option = buttons(&main_menu)[0].1.clone();
    let second_option = buttons(&main_menu)[1].1.clone();
    api.press(chat, &first_option);
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages[1]["edited"] == true
    });

    // The main menu was edited into the register page; its old second button is pressed
    // anyway (a client that had not refreshed): it is answered and leads where it said.
    let page_text = text_of(&api.bot_messages(chat)[1]);
    api.press_on(chat, main_id, &second_option);
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages.len() > 2 || text_of(&messages[1]) != page_text
    });
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        api.unanswered_callbacks().is_empty(),
        "the old button's spinner stopped"
    );

    // A burst of 429s: every reply still arrives, after the wait Telegram asked for.
    api.fail("sendMessage", 3, 1);
    let before = api.bot_messages(chat).len();
    api.text(chat, "/menu", "en");
    api.wait_count(chat, before + 1);
    let sends = api.calls("sendMessage");
    assert!(
        sends.iter().filter(|c| c["status"] == 429).count() >= 3,
        "{sends:?}"
    );
    assert!(bot.log().contains("429"), "the wait is logged");

    // A "502 Bad Gateway" (Telegram's front end restarting): retried and delivered.
    // (teloxide itself waits 10 s after a server error before it reports it.)
    api.post(
        "/_test/fail",
        json!({"method": "sendMessage", "count": 1, "status": 502}),
    );
    let before = api.bot_messages(chat).len();
    api.text(chat, "/menu", "en");
    api.wait_until(chat, Duration::from_secs(30), |messages| {
        messages.len() > before
    });
    assert_eq!(
        api.calls("sendMessage")
            .iter()
            .filter(|c| c["status"] == 502)
            .count(),
        1
    );

    // Into the form, then a kill in the middle of it.
    let menu = api.bot_messages(chat).last().unwrap().clone();
    api.press(chat, &buttons(&menu)[0].1);
    // The menu turns into the register page in place.
    api.wait_for_button(chat, "go:register:0");
    api.press(chat, "go:register:0");
    api.wait_for_text(chat, &first_line("en", "field-family-name"));
    let before = api.bot_messages(chat).len();
    let family = api.text(chat, "Okafor", "en");
    api.wait_count(chat, before + 1);
    bot.kill();

    // While the bot is down a message arrives; and the last update comes again, as
    // Telegram sends it when its confirmation was lost.
    let given = api.text(chat, "Chidi", "en");
    let family_update = family["update_id"].as_i64().unwrap();
    let count_before_restart = api.bot_messages(chat).len();
    let bot = Bot::start(&config);
    // The message sent while the bot was down is answered. (The reply to "Okafor" may come
    // once more first, if the kill came before its delivery was recorded.)
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages[count_before_restart..]
            .iter()
            .any(|m| text_of(m).contains(&first_line("en", "field-birth-date")))
    });
    let settled = api.bot_messages(chat).len();
    api.post(
        "/_test/raw",
        json!({"update": {"update_id": family_update, "message": {
            "message_id": 999, "date": 1_790_000_000,
            "chat": {"id": chat, "type": "private", "first_name": "T"},
            "from": {"id": chat, "is_bot": false, "first_name": "T", "language_code": "en"},
            "text": "Okafor"}}}),
    );
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        api.bot_messages(chat).len(),
        settled,
        "a redelivered update is not answered again"
    );
    let _ = given;
    api.text(chat, "2.3.1991", "en");
    api.wait_count(chat, settled + 1);
    assert!(
        api.last_text(chat)
            .contains(&first_line("en", "field-nationality")),
        "{}",
        api.last_text(chat)
    );
    assert_eq!(bot.stop().code(), Some(0));
}

#[test]
fn group_chats_get_a_polite_pointer_to_a_private_chat() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let admin = crate::support::free_port();
    let config = telegram_config(dir.path(), &api, "");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "[telegram]",
            &format!("[admin]\nlisten = \"127.0.0.1:{admin}\"\n\n[telegram]"),
        ),
    )
    .unwrap();
    let _bot = Bot::start(&config);
    let group = -100_777;
    api.post(
        "/_test/text",
        json!({"chat_id": group, "user_id": 7004, "chat_type": "group", "text": "hello all", "language_code": "ru"}),
    );
    api.post(
        "/_test/text",
        json!({"chat_id": group, "user_id": 7004, "chat_type": "group", "text": "/start", "language_code": "ru"}),
    );
    api.wait_count(group, 1);
    std::thread::sleep(Duration::from_millis(1500));
    let messages = api.bot_messages(group);
    assert_eq!(messages.len(), 1, "only the command is answered");
    assert_eq!(text_of(&messages[0]), t("ru", "private-chat-only"));

    // The administrator sees the Telegram channel in /healthz, and its messages in /metrics.
    api.text(7006, "/start", "ru");
    api.wait_count(7006, 1);
    let (status, body) = crate::telegram_support::http_json(admin, "GET", "/healthz", None);
    assert_eq!(status, 200, "{body}");
    assert!(
        body.to_string().contains("channel telegram connected"),
        "{body}"
    );
    let (_, metrics) = crate::telegram_support::http_json(admin, "GET", "/metrics", None);
    let metrics = metrics.as_str().unwrap_or_default();
    assert!(
        metrics.contains(r#"kompass_messages_in_total{channel="telegram"} 1"#),
        "{metrics}"
    );
}

#[test]
fn webhook_mode_takes_updates_only_with_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let port = crate::support::free_port();
    let config = telegram_config(
        dir.path(),
        &api,
        &format!(
            "webhook_url = \"https://bot.example.org/telegram/hook\"\nwebhook_listen = \"127.0.0.1:{port}\"\nwebhook_secret_env = \"KOMPASS_TEST_WEBHOOK_SECRET\"\n"
        ),
    );
    // Stopped when dropped, even if an assertion below fails.
    let _bot = Bot::start_with(
        &config,
        &[("KOMPASS_TEST_WEBHOOK_SECRET", "s3cret-token_1")],
    );
    let start = std::time::Instant::now();
    while api.calls("setWebhook").is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "setWebhook not called"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let set = &api.calls("setWebhook")[0]["params"];
    assert_eq!(set["url"], "https://bot.example.org/telegram/hook");
    assert_eq!(set["secret_token"], "s3cret-token_1");

    let chat = 7005;
    // The chat must be known to the peer: an update it injected is consumed by no one in
    // webhook mode, so post our own.
    api.post(
        "/_test/text",
        json!({"chat_id": chat, "text": "hi", "language_code": "de"}),
    );
    let update = json!({"update_id": 555, "message": {
        "message_id": 1, "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "W"},
        "from": {"id": chat, "is_bot": false, "first_name": "W", "language_code": "de"},
        "text": "/start"}});
    let post = |secret: Option<&str>| -> u16 {
        let header = secret
            .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
            .unwrap_or_default();
        crate::telegram_support::http(port, "POST", "/telegram/hook", &header, &update.to_string())
            .0
    };
    assert_eq!(post(None), 401);
    assert_eq!(post(Some("wrong")), 401);
    assert_eq!(post(Some("s3cret-token_1")), 200);
    api.wait_count(chat, 1);
    assert!(api.last_text(chat).contains(&t("de", "choose-language")));
    // Telegram retries a webhook it thinks failed: the same update is not answered twice.
    assert_eq!(post(Some("s3cret-token_1")), 200);
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(api.bot_messages(chat).len(), 1);
}

/// In groups the bot answers only commands meant for it (`/cmd` or `/cmd@kompass_test_bot`,
/// in any case), at most once per group per hour; joins, leaves, other text and commands
/// for other bots get nothing.
#[test]
fn groups_get_one_answer_an_hour_and_only_to_commands_for_this_bot() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let _bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let (group, other_group) = (-100_888, -100_889);
    let group_text = |chat: i64, text: &str| {
        api.post(
            "/_test/text",
            json!({"chat_id": chat, "user_id": 7010, "chat_type": "group", "text": text, "language_code": "ru"}),
        );
    };
    // The bot is added, someone joins; a command for another bot; chatter.
    api.post(
        "/_test/member",
        json!({"chat_id": group, "kind": "joined", "bot": true}),
    );
    api.post(
        "/_test/member",
        json!({"chat_id": group, "kind": "joined", "user_id": 7011}),
    );
    group_text(group, "/start@other_bot");
    group_text(group, "hello all");
    group_text(group, "/start@kompass_test_bot");
    api.wait_count(group, 1);
    assert_eq!(api.last_text(group), t("ru", "private-chat-only"));
    // Within the hour: no second answer, whatever comes.
    group_text(group, "/help");
    group_text(group, "/menu@kompass_test_bot");
    api.post(
        "/_test/member",
        json!({"chat_id": group, "kind": "left", "user_id": 7011}),
    );
    // Another group has its own hour; the bot's name is matched in any case.
    group_text(other_group, "/menu@other_bot");
    group_text(other_group, "/menu@Kompass_Test_Bot");
    group_text(other_group, "/start");
    api.wait_count(other_group, 1);
    // Time for anything else to arrive (the peer delivers in order, the bot answers within
    // milliseconds).
    std::thread::sleep(Duration::from_secs(2));
    let texts = |chat: i64| -> Vec<String> { api.bot_messages(chat).iter().map(text_of).collect() };
    assert_eq!(texts(group).len(), 1, "{:#?}", texts(group));
    assert_eq!(texts(other_group).len(), 1, "{:#?}", texts(other_group));
}

/// An edited message is not applied (the answer stays as first sent); the person is told,
/// in their language, to send the corrected answer again. Edits in groups get nothing.
#[test]
fn edits_are_not_applied_and_the_person_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let _bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7012;
    api.text(chat, "/start uk_register-form", "uk");
    api.wait_for_text(chat, &first_line("uk", "field-family-name"));
    let before = api.bot_messages(chat).len();
    let sent = api.text(chat, "Shevchenko", "uk");
    api.wait_count(chat, before + 1);
    assert!(
        api.last_text(chat)
            .contains(&first_line("uk", "field-given-names"))
    );
    api.post(
        "/_test/edit",
        json!({"chat_id": chat, "message_id": sent["message_id"], "text": "Shevchuk"}),
    );
    api.wait_count(chat, before + 2);
    assert_eq!(api.last_text(chat), t("uk", "edit-not-applied"));
    // The form goes on from where it was: the edit did not count as an answer.
    answer_texts(&api, chat, "uk", &["Taras"]);
    assert!(
        api.last_text(chat)
            .contains(&first_line("uk", "field-birth-date")),
        "{}",
        api.last_text(chat)
    );

    let group = -100_890;
    let said = api.post(
        "/_test/text",
        json!({"chat_id": group, "user_id": 7013, "chat_type": "group", "text": "hi", "language_code": "uk"}),
    );
    api.post(
        "/_test/edit",
        json!({"chat_id": group, "message_id": said["message_id"], "text": "hi!"}),
    );
    std::thread::sleep(Duration::from_secs(2));
    assert!(api.bot_messages(group).is_empty());
}

/// A delivered request (its photo sent twice by mistake: in the email once) and a
/// half-filled form through Telegram, then `/delete`: no file under
/// the data folder holds any of the person's data (the chat id included), although the inbox
/// kept every raw update and sled's log every value it ever wrote.
#[test]
fn delete_leaves_no_personal_data_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7_904_172_631;
    let seeds = [
        "Brombeerhecke",
        "Kwellantine",
        "Mondsteinisch",
        "Quittengasse 93",
        "Nebelschwadenbach",
        "7904172631",
    ];
    api.text(chat, "/start de_register-form", "de");
    api.wait_count(chat, 1);
    answer_texts(
        &api,
        chat,
        "de",
        &[
            seeds[0],
            seeds[1],
            "14.7.1985",
            seeds[2],
            seeds[3],
            "01.11.2026",
            "2",
        ],
    );
    skip_optional(&api, chat);
    api.wait_for_text(chat, &first_line("de", "field-photos-passport-family"));
    api.photo(chat, &photo(), None);
    // The same photo again (sent twice by mistake): counted once, and said so.
    let before = api.bot_messages(chat).len();
    api.photo(chat, &photo(), None);
    api.wait_count(chat, before + 1);
    api.wait_for_text(chat, &t("de", "photo-sent-before"));
    let data = dir.path().join("data");
    send_without_interpreter(&api, chat, &data);
    let photos = attachments(&data)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".jpg"))
        .count();
    assert_eq!(photos, 1, "the photo sent twice is in the email once");
    api.wait_until(chat, Duration::from_secs(20), |messages| {
        messages
            .iter()
            .any(|m| text_of(m).contains(&sent_marker("de")))
    });
    // A second form, half filled.
    let before = api.bot_messages(chat).len();
    api.text(chat, "/start de_register-form", "de");
    api.wait_count(chat, before + 1);
    answer_texts(&api, chat, "de", &[seeds[4]]);
    api.text(chat, "/delete", "de");
    api.choose(chat, &["del:yes"]);
    api.wait_for_text(chat, &t("de", "delete-done"));
    assert_eq!(bot.stop().code(), Some(0));
    let mail = data.join("mail");
    let hits = crate::seed_scan::files_containing(&data, &seeds, &[&mail]);
    assert_eq!(
        hits,
        Vec::<String>::new(),
        "personal data left after /delete"
    );
}

/// A voice message at the question for one's own words is the answer (many who speak
/// well write little): the office's email carries it byte for byte, named for what it is,
/// and its text says which attachment to play.
#[test]
fn a_voice_message_at_the_request_reaches_the_office() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7_904_172_640;
    api.text(chat, "/start ar_register-form", "ar");
    api.wait_count(chat, 1);
    answer_texts(
        &api,
        chat,
        "ar",
        &[
            "Haddad",
            "Rania",
            "14.7.1985",
            "سوريا",
            "Quittengasse 9, Kalletal",
            "01.11.2026",
            "2",
        ],
    );
    phone_by_contact(&api, chat);
    api.wait_for_text(chat, &t("ar", "field-voice-hint"));
    let voice: Vec<u8> = b"OggS\0\x02"
        .iter()
        .copied()
        .chain((0..30_000u32).map(|i| (i * 13 % 251) as u8))
        .collect();
    api.voice(chat, &voice, 75);
    api.wait_for_text(chat, &t("ar", "voice-answer-taken"));
    api.wait_for_text(chat, &first_line("ar", "field-photos-passport-family"));
    api.photo(chat, &photo(), None);
    let data = dir.path().join("data");
    send_without_interpreter(&api, chat, &data);
    let files = attachments(&data);
    let audio: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.ends_with("-sprachnachricht.ogg"))
        .collect();
    assert_eq!(
        audio.len(),
        1,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(audio[0].1, voice, "the exact bytes");
    let mail = String::from_utf8_lossy(&emails(&data)[0].1).into_owned();
    let text = MessageParser::default()
        .parse(mail.as_bytes())
        .unwrap()
        .body_text(0)
        .unwrap()
        .into_owned();
    assert!(
        text.contains(&format!(
            "Hinweise: Sprachnachricht (1:15) (im Anhang: {})",
            audio[0].0
        )),
        "{text}"
    );
    assert_eq!(bot.stop().code(), Some(0));
}

/// Telegram's `language_code` is the first guess when the text alone does not decide:
/// "salam" is Arabic and Persian, and from an Arabic app it is answered with the proposal in
/// Arabic; a clear text outvotes the app's language.
#[test]
fn the_app_language_is_the_first_guess() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let config = telegram_config(dir.path(), &api, "");
    let _bot = Bot::start(&config);
    let name = crate::support::content().locales.language_name("ar");
    let proposal = crate::support::ta(
        "ar",
        "language-detected-confirm",
        &[("language", name.as_str().into())],
    );
    api.text(7101, "salam", "ar");
    api.wait_for_text(7101, &proposal);
    api.wait_for_button(7101, "lang:ar");
    // An English app, an Arabic greeting: Arabic.
    api.text(7102, "مرحبا", "en");
    api.wait_for_text(7102, &proposal);
}

/// On Telegram as in the terminal: a first message naming a topic opens its page with the
/// page's buttons, and a question the menus do not answer gets, without Matrix, the
/// office's e-mail address (with Matrix, the offer: `matrix_nio`).
#[test]
fn a_topic_sentence_and_an_unanswered_question() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let config = telegram_config(dir.path(), &api, "");
    let _bot = Bot::start(&config);
    api.text(7201, "Ich möchte mich anmelden", "de");
    api.wait_for_text(7201, &first_line("de", "register-text"));
    api.wait_for_button(7201, "go:register:0");
    // Without Matrix nobody can answer in the chat: the question gets the office's email
    // address, and no button that would only lead there.
    api.text(7201, "Darf ich meinen Hund ins Rathaus mitbringen?", "de");
    api.wait_for_text(7201, "Darauf habe ich hier keine Antwort");
    api.wait_for_text(7201, "integration@kalletal.example.org");
    let last = api.bot_messages(7201).last().cloned().unwrap();
    assert!(
        !buttons(&last)
            .iter()
            .any(|(_, data)| data == "go:counselling:4"),
        "{last}"
    );
    // The office's form instead, which takes the question with its request.
    api.wait_for_button(7201, "go:counselling:3");
    api.press(7201, "go:counselling:3");
    api.wait_for_text(7201, &first_line("de", "form-question-goes"));
}

/// A file the Bot API does not hand over (its download answers 404, as an expired file
/// path does): a new path is asked for once, then the person is told at once that the
/// file did not arrive and to send it again — not after two minutes of retries, and not
/// "this kind of file is not accepted". Their next message is answered as usual.
#[test]
fn a_file_that_cannot_be_downloaded_is_asked_for_again() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let config = telegram_config(dir.path(), &api, "");
    let bot = Bot::start(&config);
    api.text(7301, "Hallo, ich brauche Hilfe", "de");
    api.wait_for_text(7301, &first_line("de", "main-text"));
    let sent = std::time::Instant::now();
    // Announced, but without bytes to download.
    api.document(
        7301,
        json!({"chat_id": 7301, "size": 2000, "file_name": "brief.pdf", "mime_type": "application/pdf"}),
    );
    api.wait_for_text(7301, &t("de", "upload-not-received"));
    assert!(
        sent.elapsed() < Duration::from_secs(20),
        "{:?}",
        sent.elapsed()
    );
    assert_eq!(api.calls("(download)").len(), 2);
    assert_eq!(api.calls("getFile").len(), 2);
    api.text(7301, "Danke", "de");
    api.wait_for_text(7301, &t("de", "reply-thanks"));
    assert!(
        bot.log()
            .contains("file download refused; asking for a new path")
    );
}

/// The benchmark's conversation (`bench/tgbench-onboarding-de.toml`, which the instrument
/// in ../shared/tgbench plays 1,000 times at once) goes through here step by step as its
/// script expects: since names with a digit are refused, its "Mustermann {n}" made every
/// later step of every benchmark conversation an error, unseen until the next A/B. The
/// script's own patterns decide: `send` (with `{n}` as 1), `press` (the button whose label
/// matches), `photo` (a photo), then a message of the bot, new or edited, that matches
/// `expect`.
#[test]
fn the_benchmark_conversation_plays_through() {
    let script: toml::Table =
        std::fs::read_to_string(repo().join("bench/tgbench-onboarding-de.toml"))
            .unwrap()
            .parse()
            .unwrap();
    let steps = script["step"].as_array().unwrap();
    assert_eq!(steps.len(), 21, "the steps docs/benchmarks.md counts");
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    let chat = 7100;
    let shown = |api: &BotApi| -> std::collections::HashMap<i64, String> {
        api.bot_messages(chat)
            .iter()
            .map(|m| (m["message_id"].as_i64().unwrap(), text_of(m)))
            .collect()
    };
    for (index, step) in steps.iter().enumerate() {
        let before = shown(&api);
        let at = format!("step {} of the benchmark script", index + 1);
        if let Some(text) = step.get("send").and_then(|v| v.as_str()) {
            api.text(chat, &text.replace("{n}", "1"), "de");
        } else if let Some(pattern) = step.get("press").and_then(|v| v.as_str()) {
            let label = regex::Regex::new(pattern).unwrap();
            let message = api
                .bot_messages(chat)
                .into_iter()
                .rev()
                .find(|m| !buttons(m).is_empty())
                .unwrap_or_else(|| panic!("{at}: no buttons"));
            let (_, data) = buttons(&message)
                .into_iter()
                .find(|(shown, _)| label.is_match(shown))
                .unwrap_or_else(|| panic!("{at}: no button {pattern} in {message}"));
            api.press_on(chat, message["message_id"].as_i64().unwrap(), &data);
        } else if step.get("photo").is_some() {
            api.photo(chat, &photo(), None);
        } else {
            panic!("{at}: neither send, press nor photo");
        }
        let expect = regex::Regex::new(step["expect"].as_str().unwrap()).unwrap();
        api.wait_until(chat, Duration::from_secs(20), |messages| {
            messages.iter().any(|m| {
                let text = text_of(m);
                expect.is_match(&text)
                    && before.get(&m["message_id"].as_i64().unwrap()) != Some(&text)
            })
        });
    }
    assert_eq!(bot.stop().code(), Some(0));
}
