//! Whole requests in Turkish, Persian and Kurdish (Kurmanji), from the first message to the
//! `.eml`: through the terminal chat, through Telegram, and Persian also on Matrix. Each
//! checks that names reach the office in Latin letters (with the original where there was
//! one) and that the newcomer's own free text is marked as untranslated.

use std::path::Path;
use std::time::Duration;

use mail_parser::MessageParser;

use crate::matrix_support::{MatrixUser, WAIT, bot_notices, say, settle, world};
use crate::support::{content, emails, option_number, photo, photo_line, run_chat, t, ta};
use crate::telegram_support::{Bot, BotApi, telegram_config};

/// The language menu's number of `lang` (languages are listed by code).
fn language_number(lang: &str) -> String {
    let codes: Vec<&str> = content().locales.languages().collect();
    (codes.iter().position(|c| *c == lang).unwrap() + 1).to_string()
}

fn first_line(lang: &str, id: &str) -> String {
    t(lang, id).lines().next().unwrap_or_default().to_string()
}

/// The only email in `data`: its text body and `request.json`.
fn delivered(data: &Path) -> (String, serde_json::Value) {
    let mails = emails(data);
    assert_eq!(mails.len(), 1, "one email");
    let message = MessageParser::default().parse(&mails[0].1).unwrap();
    let body = message.body_text(0).unwrap().to_string();
    let json = message
        .attachments()
        .find(|part| mail_parser::MimeHeaders::attachment_name(*part) == Some("request.json"))
        .map(|part| serde_json::from_slice(part.contents()).unwrap())
        .expect("request.json attached");
    (body, json)
}

/// A move-in date three days ago, in the municipality's calendar: within the two weeks to
/// register in, whatever day the suite runs (a fixed date went past them, and the email
/// then says how long ago), as `d.m.yyyy` and as the office writes it.
fn recent_move_in() -> (String, String) {
    let day = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive()
        - chrono::TimeDelta::days(3);
    (
        day.format("%-d.%-m.%Y").to_string(),
        day.format("%d.%m.%Y").to_string(),
    )
}

/// `text` with its digits in Persian (Extended Arabic-Indic) digits, as a Persian keyboard
/// types them.
fn persian_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(digit) => char::from_u32(0x06F0 + digit).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn field<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("field {id}"))
}

fn assert_lines(body: &str, lines: &[&str]) {
    for line in lines {
        assert!(
            body.lines().any(|l| l == *line),
            "line `{line}` missing in:\n{body}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// The terminal chat.

/// Turkish, immigration office: Turkish names are Latin already and go through without a
/// second question; the concern is marked as untranslated Turkish.
#[test]
fn turkish_immigration_request_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let lines = vec![
        language_number("tr"),
        option_number("main", "immigration"),
        option_number("immigration", "immigration-form"),
        "Yılmaz".into(),
        "Ayşe Nur".into(),
        "17.04.1985".into(),
        "Türkiye".into(),
        "Lemgoer Straße 5, 32689 Kalletal".into(),
        t("tr", "button-skip"),
        "1".into(),
        "0151 9876543".into(),
        "ayse@example.com".into(),
        "Oturma iznim aralık ayında bitiyor, uzatmak istiyorum.".into(),
        photo_line(dir.path(), "izin.jpg", &photo()),
        t("tr", "button-done"),
        t("tr", "button-no"),
        "2".into(),
        t("tr", "button-send"),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    assert!(
        !transcript.contains(&first_line("tr", "name-latin-question")),
        "a Latin name is not asked for again:\n{transcript}"
    );
    assert!(
        transcript.contains(&t("tr", "summary-title")),
        "{transcript}"
    );
    let (body, json) = delivered(&data);
    assert_lines(
        &body,
        &[
            "Familienname: Yılmaz",
            "Vorname(n): Ayşe Nur",
            "Sprache im Chat: Türkisch (tr)",
            "Anliegen (Türkisch, nicht übersetzt): Oturma iznim aralık ayında bitiyor, uzatmak istiyorum.",
            "Anschrift in Kalletal: Lemgoer Straße 5, 32689 Kalletal",
        ],
    );
    assert_eq!(field(&json, "family_name")["value"], "Yılmaz");
    assert_eq!(field(&json, "concern")["text_language"], "tr");
    assert_eq!(field(&json, "concern")["translated"], false);
}

/// Persian, registration: Persian digits in dates and numbers, a family name in Persian
/// script with its passport spelling typed, a given name with Kompass's suggestion taken by
/// its number, and a remark marked as untranslated Persian.
#[test]
fn persian_registration_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let (moved, moved_shown) = recent_move_in();
    let lines = vec![
        language_number("fa"),
        option_number("main", "register"),
        option_number("register", "register-form"),
        "رضایی".into(),
        "Rezaei".into(),
        "زهرا".into(),
        "1".into(),
        "۱۵/۰۳/۱۹۹۰".into(),
        "افغانستان".into(),
        "Rintelner Straße 3, 32689 Kalletal".into(),
        persian_digits(&moved),
        "۲".into(),
        "0151 2345678".into(),
        t("fa", "button-skip"),
        "من برای ثبت آدرس جدیدم به یک وقت ملاقات نیاز دارم.".into(),
        photo_line(dir.path(), "pass.jpg", &photo()),
        t("fa", "button-done"),
        t("fa", "button-yes"),
        "1".into(), // فارسی, the newcomer's own language first
        "1".into(),
        t("fa", "button-send"),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    // The Latin question showed the name as written and the suggestion.
    assert!(
        transcript.contains("رضایی") && transcript.contains("✓ Rezaei"),
        "{transcript}"
    );
    let (body, json) = delivered(&data);
    assert_lines(
        &body,
        &[
            "Familienname: Rezaei (in Originalschrift: رضایی)",
            "Vorname(n): Zahra (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: زهرا)",
            "Geburtsdatum: 15.03.1990",
            &format!("Einzugsdatum: {moved_shown}"),
            "Sprache im Chat: Persisch (Farsi) (fa)",
            "Hinweise (Persisch, nicht übersetzt): من برای ثبت آدرس جدیدم به یک وقت ملاقات نیاز دارم.",
        ],
    );
    assert_eq!(field(&json, "family_name")["value"]["latin"], "Rezaei");
    assert_eq!(field(&json, "family_name")["value"]["original"], "رضایی");
    assert_eq!(
        field(&json, "given_names")["value"]["latin_from"],
        "kompass"
    );
    assert_eq!(field(&json, "persons")["value"], 2);
}

/// Kurmanji, social welfare office: Latin names with Kurdish letters, yes/no by label, and
/// the concern marked as untranslated Kurdish (whatlang does not know Kurdish: its letters
/// ê î û tell).
#[test]
fn kurdish_benefits_request_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let lines = vec![
        language_number("ku"),
        option_number("main", "benefits"),
        option_number("benefits", "benefits-form"),
        "Xelîl".into(),
        "Nesrîn".into(),
        "02.02.1992".into(),
        "Sûriye".into(),
        "Dorfstraße 1, 32689 Kalletal".into(),
        t("ku", "button-yes"),
        "2".into(),
        "+49 5264 123456".into(),
        t("ku", "button-skip"),
        "Ez alîkariyê ji bo kirêya xaniyê xwe dixwazim.".into(),
        t("ku", "button-skip"), // no letter
        photo_line(dir.path(), "belge.jpg", &photo()),
        t("ku", "button-done"),
        t("ku", "button-yes"),
        "1".into(), // Kurdî first
        "1".into(),
        t("ku", "button-send"),
    ];
    let data = dir.path().join("data");
    let transcript = run_chat(&data, &lines);
    assert!(
        !transcript.contains(&first_line("ku", "name-latin-question")),
        "{transcript}"
    );
    let (body, json) = delivered(&data);
    assert_lines(
        &body,
        &[
            "Familienname: Xelîl",
            "Vorname(n): Nesrîn",
            "Sprachmittlung: Kurdisch (Kurmandschi)",
            "Anliegen (Kurdisch, nicht übersetzt): Ez alîkariyê ji bo kirêya xaniyê xwe dixwazim.",
        ],
    );
    assert_eq!(field(&json, "concern")["text_language"], "ku");
    assert_eq!(field(&json, "shared_accommodation")["value"], true);
}

// ---------------------------------------------------------------------------------------
// Telegram.

/// The register form's fields, by index (button data is `f:<index>:<value>`).
const EMAIL: usize = 8;
const PHOTOS: usize = 10;
const INTERPRETER: usize = 11;
const APPOINTMENT: usize = 12;

/// Answers one text and waits for the bot's answer.
fn answer(api: &BotApi, chat: i64, lang: &str, text: &str) {
    let before = api.bot_messages(chat).len();
    api.text(chat, text, lang);
    api.wait_count(chat, before + 1);
}

/// A registration on Telegram from a deep link: `names` answer the name questions (and the
/// Latin questions they lead to), then birth date to persons, a phone, no email, `concern`,
/// a photo, no interpreter, the first appointment, send. Returns the email's body and json.
fn telegram_registration(
    lang: &str,
    chat: i64,
    names: &[&str],
    rest: &[&str],
    concern: &str,
) -> (String, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = Bot::start(&telegram_config(dir.path(), &api, ""));
    api.text(chat, &format!("/start {lang}_register-form"), lang);
    api.wait_for_text(chat, &first_line(lang, "field-family-name"));
    for text in names.iter().chain(rest) {
        answer(&api, chat, lang, text);
    }
    answer(&api, chat, lang, "+49 151 23456789");
    api.wait_for_button(chat, &format!("f:{EMAIL}:skip"));
    api.press(chat, &format!("f:{EMAIL}:skip"));
    api.wait_for_text(chat, &first_line(lang, "field-register-notes"));
    answer(&api, chat, lang, concern);
    api.photo(chat, &photo(), None);
    api.wait_for_button(chat, &format!("f:{PHOTOS}:done"));
    api.press(chat, &format!("f:{PHOTOS}:done"));
    api.wait_for_button(chat, &format!("f:{INTERPRETER}:n"));
    api.press(chat, &format!("f:{INTERPRETER}:n"));
    api.wait_for_button(chat, &format!("f:{APPOINTMENT}:0"));
    api.press(chat, &format!("f:{APPOINTMENT}:0"));
    api.wait_for_button(chat, "rv:send");
    // The summary in the newcomer's language.
    assert!(
        api.last_text(chat).contains(&t(lang, "summary-title")),
        "{}",
        api.last_text(chat)
    );
    api.press(chat, "rv:send");
    let data = dir.path().join("data");
    let start = std::time::Instant::now();
    while emails(&data).is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "no email");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(api.unanswered_callbacks().is_empty());
    assert_eq!(bot.stop().code(), Some(0));
    delivered(&data)
}

#[test]
fn turkish_registration_on_telegram() {
    let (body, _) = telegram_registration(
        "tr",
        7101,
        &["Öztürk", "Mehmet Ali"],
        &[
            "05.06.1979",
            "Türkiye",
            "Bahnhofstraße 2, 32689 Kalletal",
            "01.12.2026",
            "4",
        ],
        "Eşim ve iki çocuğum da benimle birlikte taşınıyor.",
    );
    assert_lines(
        &body,
        &[
            "Familienname: Öztürk",
            "Vorname(n): Mehmet Ali",
            "Anzahl der einziehenden Personen: 4",
            "Hinweise (Türkisch, nicht übersetzt): Eşim ve iki çocuğum da benimle birlikte taşınıyor.",
        ],
    );
}

#[test]
fn persian_registration_on_telegram() {
    let (body, json) = telegram_registration(
        "fa",
        7102,
        // The family name's suggestion by its button number; the given name typed.
        &["احمدی", "1", "مریم", "Maryam"],
        &[
            "۰۱/۰۱/۱۹۸۸",
            "ایران",
            "Bahnhofstraße 2, 32689 Kalletal",
            "۰۱.۱۲.۲۰۲۶",
            "۳",
        ],
        "لطفاً اگر ممکن است یک وقت صبح به من بدهید.",
    );
    assert_lines(
        &body,
        &[
            "Familienname: Ahmadi (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: احمدی)",
            "Vorname(n): Maryam (in Originalschrift: مریم)",
            "Geburtsdatum: 01.01.1988",
            "Anzahl der einziehenden Personen: 3",
            "Hinweise (Persisch, nicht übersetzt): لطفاً اگر ممکن است یک وقت صبح به من بدهید.",
        ],
    );
    assert_eq!(field(&json, "given_names")["value"]["latin_from"], "person");
}

#[test]
fn kurdish_registration_on_telegram() {
    let (body, _) = telegram_registration(
        "ku",
        7103,
        &["Şêxo", "Rojîn"],
        &[
            "12.12.1995",
            "Tirkiye",
            "Bahnhofstraße 2, 32689 Kalletal",
            "01.12.2026",
            "1",
        ],
        "Ez û zarokê xwe li vê navnîşanê dijîn.",
    );
    assert_lines(
        &body,
        &[
            "Familienname: Şêxo",
            "Vorname(n): Rojîn",
            "Hinweise (Kurdisch, nicht übersetzt): Ez û zarokê xwe li vê navnîşanê dijîn.",
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Matrix.

/// A Persian newcomer in an encrypted direct chat: the Latin question in Persian (right to
/// left), the email and the caseworkers' thread root with both spellings and the untranslated
/// remark, and a message relayed into the thread marked as untranslated Persian.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn persian_request_on_matrix_reaches_the_thread_with_both_spellings() {
    let w = world("buergerbuero").await;
    let (_, _bot) = w.bot_in_room("buergerbuero").await;

    let newcomer = MatrixUser::login(&w.synapse, "newcomer", &w.dir.path().join("nc")).await;
    let dm = newcomer.create_dm(&w.bot_id).await;
    newcomer.wait_joined(&dm, &w.bot_id, WAIT).await;
    let bot_id = w.bot_id.as_str();

    say(&newcomer, bot_id, &dm, "/start fa_register-form").await;
    let latin = say(&newcomer, bot_id, &dm, "حسینی").await;
    assert!(latin.contains("حسینی"), "{latin}");
    let question = bot_notices(&newcomer, bot_id, &dm).last().unwrap().clone();
    assert!(
        question
            .html
            .as_deref()
            .unwrap_or_default()
            .contains("dir=\"rtl\""),
        "Persian is marked right to left: {:?}",
        question.html
    );
    let skip = t("fa", "button-skip");
    for answer in [
        "Hosseini",
        "علی",
        "1", // Kompass's suggestion
        "۲۰.۰۶.۱۹۸۷",
        "افغانستان",
        "Lemgoer Straße 5, 32689 Kalletal",
        "۰۱.۱۱.۲۰۲۶",
        "۱",
        "0151 2345678",
        skip.as_str(),
        "من و همسرم با هم آمده‌ایم و به کمک برای ثبت نام نیاز داریم.",
    ] {
        say(&newcomer, bot_id, &dm, answer).await;
    }
    let before = bot_notices(&newcomer, bot_id, &dm).len();
    newcomer
        .send_file(&dm, &photo(), "pass.jpg", "image/jpeg")
        .await;
    settle(&newcomer, bot_id, &dm, before).await;
    say(&newcomer, bot_id, &dm, &t("fa", "button-done")).await;
    say(&newcomer, bot_id, &dm, &t("fa", "button-no")).await;
    let summary = say(&newcomer, bot_id, &dm, "1").await;
    assert!(
        summary.contains("Hosseini") && summary.contains("حسینی"),
        "{summary}"
    );
    say(&newcomer, bot_id, &dm, &t("fa", "button-send")).await;

    let data = w.dir.path().join("data");
    let start = std::time::Instant::now();
    while emails(&data).is_empty() {
        assert!(start.elapsed() < WAIT, "no email was written");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (body, _) = delivered(&data);
    let expected = [
        "Familienname: Hosseini (in Originalschrift: حسینی)",
        "Vorname(n): Ali (von Kompass umschrieben, bitte mit dem Pass prüfen; in Originalschrift: علی)",
        "Hinweise (Persisch, nicht übersetzt): من و همسرم با هم آمده‌ایم و به کمک برای ثبت نام نیاز داریم.",
    ];
    assert_lines(&body, &expected);
    let reference = body
        .split_whitespace()
        .find(|word| word.starts_with("KAL-"))
        .unwrap()
        .to_string();

    // The caseworkers' thread root says the same.
    let root = w.thread_root(&reference).await;
    assert_lines(&root.body, &expected);

    // A caseworker answers; the newcomer's Persian reply is relayed marked as untranslated.
    w.caseworker
        .reply_in_thread(&w.room, &root.event_id, "Bitte kommen Sie am Montag.")
        .await;
    newcomer
        .wait_for(WAIT, |r| {
            r.room == dm && r.body.contains("Bitte kommen Sie am Montag.")
        })
        .await;
    newcomer.send_text(&dm, "متشکرم، دوشنبه صبح می‌آیم.").await;
    w.caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&root.event_id)
                && r.sender == bot_id
                && r.body.contains(
                    "Nachricht der Person (Persisch, nicht übersetzt):\nمتشکرم، دوشنبه صبح می‌آیم.",
                )
        })
        .await;
    let sent = ta(
        "fa",
        "request-sent",
        &[
            ("reference", reference.as_str().into()),
            ("institution", t("fa", "inst-buergerbuero").into()),
        ],
    );
    newcomer
        .wait_for(WAIT, |r| r.room == dm && r.body.contains(&sent))
        .await;
}
