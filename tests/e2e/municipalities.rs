//! Several municipalities in one deployment, with the real binary: Kalletal and the sample
//! town Lindenau on the loopback Telegram Bot API, reached by deep links, by the list and by
//! a bot of Lindenau's own. Emails go to each town's own office, with its reference prefix
//! and sender; switching town carries no half-filled form across.

use std::path::{Path, PathBuf};
use std::time::Duration;

use mail_parser::MessageParser;

use crate::imap_support::Dovecot;
use crate::support::{emails, photo, repo};
use crate::telegram_support::{Bot, BotApi, TOKEN, buttons, text_of};

/// The token of Lindenau's own bot (the peer serves both).
const LINDENAU_TOKEN: &str = "4343:lindenau-test-token";

/// Kalletal and Lindenau on the peer's bot; `lindenau_bot` gives Lindenau a bot of its own.
fn config(dir: &Path, api: &BotApi, lindenau_bot: bool) -> PathBuf {
    let path = dir.join("config.toml");
    let repo = repo();
    let own_bot = if lindenau_bot {
        "telegram_token_env = \"KOMPASS_TEST_TELEGRAM_TOKEN_LINDENAU\"\n"
    } else {
        ""
    };
    std::fs::write(
        &path,
        format!(
            r#"[content]
flows = "{flows}"
locales = "{locales}"

[storage]
data_dir = "{data}"

[mail]
from = "Kompass <kompass@kreis.example.org>"

[telegram]
token_env = "KOMPASS_TEST_TELEGRAM_TOKEN"
api_url = "{url}"
poll_timeout_seconds = 2
messages_per_second = 0
chat_messages_per_second = 0

[[municipality]]
id = "kalletal"
name = "Kalletal"
flows = "{flows}"
mail_from = "Kompass Kalletal <kompass@kalletal.example.org>"

[[municipality]]
id = "lindenau"
name = "Lindenau"
flows = "{flows}/lindenau"
locales = "lindenau"
mail_from = "Kompass Lindenau <kompass@lindenau.example.org>"
sample = true
{own_bot}"#,
            flows = repo.join("flows").display(),
            locales = repo.join("locales").display(),
            data = dir.join("data").display(),
            url = api.url(),
        ),
    )
    .unwrap();
    path
}

fn start(config: &Path) -> Bot {
    Bot::start_with(
        config,
        &[("KOMPASS_TEST_TELEGRAM_TOKEN_LINDENAU", LINDENAU_TOKEN)],
    )
}

/// A text from a municipality's own content (its texts over the shared ones).
fn town_text(town: &str, lang: &str, id: &str) -> String {
    let overlay = (town == "lindenau").then_some("lindenau");
    let flows = match overlay {
        Some(_) => repo().join("flows/lindenau"),
        None => repo().join("flows"),
    };
    let content =
        kompass_core::Content::load_town(&flows, &repo().join("locales"), overlay).unwrap();
    kompass_core::i18n::strip_bidi_marks(&content.locales.text(lang, id, &[]))
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_string()
}

/// Sends `text` and waits for the bot's answer.
fn say(api: &BotApi, chat: i64, text: &str) {
    let before = api.bot_messages(chat).len();
    api.text(chat, text, "en");
    api.wait_count(chat, before + 1);
}

/// Lindenau's registration form, from its deep link to "send".
fn lindenau_request(api: &BotApi, chat: i64) {
    say(api, chat, "/start lindenau_en_register-form");
    for answer in [
        "Haddad",
        "Sami",
        "1.2.1990",
        "Marktplatz 2, Lindenau",
        "1.11.2026",
        "+49 160 1234567",
    ] {
        say(api, chat, answer);
    }
    api.wait_for_button(chat, "rv:send");
    api.press(chat, "rv:send");
}

/// Kalletal's registration form (13 questions, one passport photo), from its deep link.
fn kalletal_request(api: &BotApi, chat: i64) {
    say(api, chat, "/start kalletal_en_register-form");
    for answer in [
        "Kovalenko",
        "Iryna",
        "3.4.1988",
        "Ukrainian",
        "Schulweg 5, 32689 Kalletal",
        "1.11.2026",
        "2",
        "+49 151 23456789",
    ] {
        say(api, chat, answer);
    }
    for field in 8..=9 {
        let data = format!("f:{field}:skip");
        api.wait_for_button(chat, &data);
        api.press(chat, &data);
    }
    api.wait_for_text(
        chat,
        &first_line(&town_text("kalletal", "en", "field-photos-passport-family")),
    );
}

/// The rest of Kalletal's form after the photo question is on screen.
fn kalletal_finish(api: &BotApi, chat: i64) {
    api.photo(chat, &photo(), None);
    api.choose(chat, &["f:10:done", "f:11:n", "f:12:0", "rv:send"]);
}

/// The `.eml` files by reference prefix, once `count` are written.
fn wait_for_emails(data: &Path, count: usize) -> Vec<(String, Vec<u8>)> {
    let start = std::time::Instant::now();
    loop {
        let found = emails(data);
        if found.len() >= count {
            return found
                .into_iter()
                .map(|(path, bytes)| {
                    let name = path.file_name().unwrap().to_string_lossy().into_owned();
                    (name, bytes)
                })
                .collect();
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{} of {count} emails written",
            found.len()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn header(raw: &[u8], name: &str) -> String {
    let message = MessageParser::default().parse(raw).unwrap();
    message
        .header_raw(name)
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn deep_links_lead_two_newcomers_to_their_own_towns_offices() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let bot = start(&config(dir.path(), &api, false));
    let (lindenau, kalletal) = (9101, 9102);

    lindenau_request(&api, lindenau);
    kalletal_request(&api, kalletal);
    kalletal_finish(&api, kalletal);

    let data = dir.path().join("data");
    let mails = wait_for_emails(&data, 2);
    assert_eq!(
        mails.len(),
        2,
        "{:?}",
        mails.iter().map(|m| &m.0).collect::<Vec<_>>()
    );
    let (lin, kal) = match (&mails[0], &mails[1]) {
        (a, b) if a.0.starts_with("LIN-") => (a, b),
        (a, b) => (b, a),
    };
    assert!(lin.0.starts_with("LIN-2026-"), "{}", lin.0);
    assert!(kal.0.starts_with("KAL-2026-"), "{}", kal.0);
    // Each to its own office, from its own sender, with its own Message-ID domain.
    assert!(header(&lin.1, "To").contains("buergerbuero@lindenau.example.org"));
    assert!(header(&lin.1, "From").contains("kompass@lindenau.example.org"));
    assert!(header(&lin.1, "Message-ID").contains("@lindenau.example.org"));
    assert!(header(&kal.1, "To").contains("buergerbuero@kalletal.example.org"));
    assert!(header(&kal.1, "From").contains("kompass@kalletal.example.org"));
    // Nothing of the other town in either.
    let body = |raw: &[u8]| {
        let message = MessageParser::default().parse(raw).unwrap();
        let mut text = message.body_text(0).unwrap_or_default().into_owned();
        text.push_str(&String::from_utf8_lossy(raw));
        text
    };
    let (lin_text, kal_text) = (body(&lin.1), body(&kal.1));
    assert!(
        lin_text.contains("Neue Anschrift in Lindenau"),
        "{lin_text}"
    );
    assert!(
        lin_text.contains("+49 160 1234567"),
        "the office can call back: {lin_text}"
    );
    assert!(!lin_text.contains("Kalletal"), "{lin_text}");
    assert!(!kal_text.contains("Lindenau"), "{kal_text}");
    assert!(!lin_text.contains("Kovalenko") && !kal_text.contains("Haddad"));

    // Each newcomer is told about their own request, by their town's office name.
    let lindenau_office = town_text("lindenau", "en", "inst-lindenau-buergerbuero");
    let lin_reference = lin.0.trim_end_matches(".eml").to_string();
    api.wait_until(lindenau, Duration::from_secs(20), |messages| {
        messages.iter().any(|m| {
            let text = text_of(m);
            text.contains(&lin_reference) && text.contains(&lindenau_office)
        })
    });
    let kal_reference = kal.0.trim_end_matches(".eml").to_string();
    api.wait_until(kalletal, Duration::from_secs(20), |messages| {
        messages.iter().any(|m| text_of(m).contains(&kal_reference))
    });
    for message in api.bot_messages(lindenau) {
        assert!(!text_of(&message).contains(&kal_reference));
    }
    // `/town` is in the command menu: there is a choice on this bot.
    let commands = api.get("/_test/commands").to_string();
    assert!(commands.contains("\"town\""), "{commands}");
    bot.kill();
}

/// An office's plain answer to the request email `request_id`.
fn office_answer(request_id: &str, from: &str, to: &str, message_id: &str, text: &str) -> Vec<u8> {
    format!(
        "From: Amt <{from}>\r\nTo: {to}\r\nSubject: AW: Anmeldung\r\nMessage-ID: {message_id}\r\n\
In-Reply-To: {request_id}\r\nReferences: {request_id}\r\nDate: Mon, 30 Nov 2026 10:15:00 +0100\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    )
    .into_bytes()
}

#[test]
fn a_town_with_a_mailbox_of_its_own_gets_its_offices_answers_there() {
    let dir = tempfile::tempdir().unwrap();
    let imap = Dovecot::start_with_users(dir.path(), &["kreis", "lindenau"]);
    let api = BotApi::start();
    let path = config(dir.path(), &api, false);
    // Lindenau's own mailbox (the last [[municipality]] is Lindenau's), and the
    // deployment's for Kalletal.
    let mailbox = |address: &str, user: &str| {
        format!(
            "address = \"{address}\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nusername_env = \"KOMPASS_TEST_IMAP_USER_{user}\"\npassword_env = \"KOMPASS_TEST_IMAP_PASSWORD_{user}\"\npoll_seconds = 5\n",
            imap.port
        )
    };
    let admin = crate::support::free_port();
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&format!(
        "\n[municipality.imap]\n{}\n[mail.imap]\n{}\n[admin]\nlisten = \"127.0.0.1:{admin}\"\n",
        mailbox("antworten@lindenau.example.org", "LINDENAU"),
        mailbox("kompass@kreis.example.org", "KREIS"),
    ));
    std::fs::write(&path, text).unwrap();
    let bot = Bot::start_with(
        &path,
        &[
            ("KOMPASS_TEST_IMAP_USER_LINDENAU", "lindenau"),
            (
                "KOMPASS_TEST_IMAP_PASSWORD_LINDENAU",
                imap.password_of("lindenau"),
            ),
            ("KOMPASS_TEST_IMAP_USER_KREIS", "kreis"),
            (
                "KOMPASS_TEST_IMAP_PASSWORD_KREIS",
                imap.password_of("kreis"),
            ),
        ],
    );
    let (lindenau, kalletal) = (9131, 9132);
    // The administrator sees each mailbox in /healthz.
    let start = std::time::Instant::now();
    loop {
        let (status, body) = crate::support::healthz(admin);
        if status == 200 {
            assert!(body.contains("channel imap connected"), "{body}");
            assert!(body.contains("channel imap:lindenau connected"), "{body}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "{status} {body}");
        std::thread::sleep(Duration::from_millis(200));
    }
    lindenau_request(&api, lindenau);
    kalletal_request(&api, kalletal);
    kalletal_finish(&api, kalletal);

    let mails = wait_for_emails(&dir.path().join("data"), 2);
    let (lin, kal) = match (&mails[0], &mails[1]) {
        (a, b) if a.0.starts_with("LIN-") => (a, b),
        (a, b) => (b, a),
    };
    // Each request names its town's mailbox for answers.
    assert!(
        header(&lin.1, "Reply-To").contains("antworten@lindenau.example.org"),
        "{}",
        header(&lin.1, "Reply-To")
    );
    assert!(
        header(&kal.1, "Reply-To").contains("kompass@kreis.example.org"),
        "{}",
        header(&kal.1, "Reply-To")
    );

    // Each office answers into the mailbox its request named, and each answer reaches its
    // own newcomer.
    let lin_answer = office_answer(
        &header(&lin.1, "Message-ID"),
        "buergerbuero@lindenau.example.org",
        "antworten@lindenau.example.org",
        "<antwort-1@lindenau.example.org>",
        "Bitte kommen Sie am Montag um 9 Uhr zu uns.",
    );
    imap.deliver_to("lindenau", &lin_answer);
    imap.deliver_to(
        "kreis",
        &office_answer(
            &header(&kal.1, "Message-ID"),
            "buergerbuero@kalletal.example.org",
            "kompass@kreis.example.org",
            "<antwort-2@kalletal.example.org>",
            "Ihr Termin ist am Dienstag in Kalletal.",
        ),
    );
    let arrived = |chat: i64, words: &str| {
        api.wait_until(chat, Duration::from_secs(30), |messages| {
            messages.iter().any(|m| text_of(m).contains(words))
        });
    };
    arrived(lindenau, "Montag um 9 Uhr");
    arrived(kalletal, "Dienstag in Kalletal");
    // A copy of Lindenau's answer in the deployment's mailbox (a reply to all) is not
    // relayed again; the mailboxes are read again (poll_seconds = 5) before counting.
    imap.deliver_to("kreis", &lin_answer);
    std::thread::sleep(Duration::from_secs(7));
    let count = |chat: i64, words: &str| {
        api.bot_messages(chat)
            .iter()
            .filter(|m| text_of(m).contains(words))
            .count()
    };
    assert_eq!(count(lindenau, "Montag um 9 Uhr"), 1);
    assert_eq!(count(kalletal, "Dienstag in Kalletal"), 1);
    assert_eq!(count(kalletal, "Montag um 9 Uhr"), 0);
    assert_eq!(count(lindenau, "Dienstag in Kalletal"), 0);
    bot.kill();
}

#[test]
fn the_list_chooses_and_switching_town_leaves_the_form_behind() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start();
    let _bot = start(&config(dir.path(), &api, false));
    let chat = 9201;

    // No link: the list, one button per town.
    say(&api, chat, "hello");
    let list = api.bot_messages(chat).last().cloned().unwrap();
    let choices: Vec<String> = buttons(&list).into_iter().map(|(label, _)| label).collect();
    assert_eq!(choices, ["Kalletal", "Lindenau"]);
    api.press(chat, "town:lindenau");
    api.wait_for_button(chat, "lang:en");
    api.press(chat, "lang:en");
    api.wait_for_text(chat, &first_line(&town_text("lindenau", "en", "main-text")));

    // Half-way through Lindenau's form, the newcomer changes town.
    say(&api, chat, "/start register-form");
    say(&api, chat, "Haddad");
    say(&api, chat, "Sami");
    say(&api, chat, "/town");
    api.wait_for_button(chat, "town:kalletal");
    api.press(chat, "town:kalletal");
    api.wait_for_text(chat, &first_line(&town_text("kalletal", "en", "main-text")));
    let menu = api.bot_messages(chat).last().cloned().unwrap();
    let labels: Vec<String> = buttons(&menu).into_iter().map(|(label, _)| label).collect();
    let resume = town_text("kalletal", "en", "button-continue-request");
    assert!(
        !labels.contains(&resume),
        "no form carried over: {labels:?}"
    );
    assert_eq!(
        labels.last(),
        Some(&town_text("kalletal", "en", "button-change-town"))
    );
    // Kalletal's form starts at its first question, not with Lindenau's answers.
    say(&api, chat, "/start register-form");
    assert!(
        api.last_text(chat).contains(&first_line(&town_text(
            "kalletal",
            "en",
            "field-family-name"
        ))),
        "{}",
        api.last_text(chat)
    );
    // And back in Lindenau the half-filled form is gone too: dropped, not parked.
    api.press(chat, "form:cancel");
    api.press(chat, "town:menu");
    api.wait_for_button(chat, "town:lindenau");
    api.press(chat, "town:lindenau");
    api.wait_for_text(chat, &first_line(&town_text("lindenau", "en", "main-text")));
    let menu = api.bot_messages(chat).last().cloned().unwrap();
    assert!(!buttons(&menu).iter().any(|(label, _)| *label == resume));
    assert!(api.unanswered_callbacks().is_empty());
}

#[test]
fn a_bot_of_its_own_is_its_town() {
    let dir = tempfile::tempdir().unwrap();
    let peer = BotApi::start_bots(&[TOKEN, LINDENAU_TOKEN]);
    let own = peer.bot(LINDENAU_TOKEN);
    let _bot = start(&config(dir.path(), &peer, true));
    let chat = 9301;

    // On Lindenau's bot nobody is asked for the town.
    say(&own, chat, "/start en");
    assert!(
        own.last_text(chat)
            .contains(&first_line(&town_text("lindenau", "en", "main-text"))),
        "{}",
        own.last_text(chat)
    );
    let menu = own.bot_messages(chat).last().cloned().unwrap();
    assert!(
        !buttons(&menu)
            .iter()
            .any(|(_, data)| data.starts_with("town:"))
    );
    // A link to another town does not move this bot's newcomers.
    say(&own, chat, "/start kalletal_en");
    assert!(own.last_text(chat).contains("Lindenau"));

    // The same chat id on the deployment's bot is another person, who chooses.
    say(&peer, chat, "hi");
    assert!(
        buttons(peer.bot_messages(chat).last().unwrap())
            .iter()
            .any(|(_, data)| data == "town:kalletal")
    );

    // A request on Lindenau's bot: its office, and the notice comes back on that bot.
    lindenau_request(&own, chat);
    let data = dir.path().join("data");
    let mails = wait_for_emails(&data, 1);
    assert!(mails[0].0.starts_with("LIN-"), "{}", mails[0].0);
    assert!(header(&mails[0].1, "From").contains("kompass@lindenau.example.org"));
    let reference = mails[0].0.trim_end_matches(".eml").to_string();
    own.wait_until(chat, Duration::from_secs(20), |messages| {
        messages.iter().any(|m| text_of(m).contains(&reference))
    });
    assert!(
        !peer
            .bot_messages(chat)
            .iter()
            .any(|m| text_of(m).contains(&reference)),
        "the notice went through Lindenau's bot only"
    );
    // Only the bot with a choice lists /town.
    assert!(peer.get("/_test/commands").to_string().contains("\"town\""));
    assert!(!own.get("/_test/commands").to_string().contains("\"town\""));
}

/// `kompass check` with a config: `(exit ok, stdout + stderr)`.
fn check(config: &Path) -> (bool, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
        .arg("--config")
        .arg(config)
        .arg("check")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[test]
fn check_covers_every_town_and_what_must_differ_between_them() {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo();
    let write = |body: &str| {
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            format!(
                "[content]\nflows = \"{}\"\nlocales = \"{}\"\n{body}",
                repo.join("flows").display(),
                repo.join("locales").display()
            ),
        )
        .unwrap();
        path
    };

    // The shipped sample: both towns pass.
    let (ok, text) = check(&repo.join("contrib/config.multi.toml"));
    assert!(ok, "{text}");
    assert!(text.contains("municipality kalletal (Kalletal)"), "{text}");
    assert!(text.contains("municipality lindenau (Lindenau)"), "{text}");
    assert!(text.contains("reference numbers LIN-"), "{text}");
    assert!(
        text.contains("`lindenau` is fictional sample data"),
        "{text}"
    );

    // Kalletal's flows twice: the prefix and every office clash, named with file and line.
    let config = write(&format!(
        "[[municipality]]\nid = \"kalletal\"\nname = \"Kalletal\"\nflows = \"{flows}\"\n\n[[municipality]]\nid = \"detmold\"\nname = \"Detmold\"\nflows = \"{flows}\"\n",
        flows = repo.join("flows").display()
    ));
    let (ok, text) = check(&config);
    assert!(!ok, "{text}");
    assert!(
        text.lines().any(|l| l.contains("kalletal.toml:")
            && l.contains("reference_prefix `KAL` of municipality `detmold`")),
        "{text}"
    );
    assert!(
        text.contains("fix: give each municipality a prefix of its own"),
        "{text}"
    );
    // The office's line, counted in the file as it is.
    let office_line = std::fs::read_to_string(repo.join("flows/kalletal.toml"))
        .unwrap()
        .lines()
        .position(|line| line == "id = \"buergerbuero\"")
        .unwrap()
        + 1;
    assert!(
        text.lines()
            .any(|l| l.contains(&format!("kalletal.toml:{office_line}:"))
                && l.contains("institution id `buergerbuero`")),
        "{text}"
    );

    // Config mistakes in a [[municipality]] table: key and line.
    let config = write(
        "\n[[municipality]]\nid = \"Kalle_tal\"\nname = \"Kalletal\"\nmail_from = \"not an address\"\n",
    );
    let (ok, text) = check(&config);
    assert!(!ok, "{text}");
    assert!(
        text.contains("config.toml:6: municipality id `Kalle_tal` is not"),
        "{text}"
    );
    assert!(
        text.contains("config.toml:8: `mail_from` must be an email address"),
        "{text}"
    );

    // A bot's username without the bot.
    let config = write(
        "\n[[municipality]]\nid = \"kalletal\"\nname = \"Kalletal\"\ntelegram_username = \"kompass_kalletal_bot\"\n",
    );
    let (ok, text) = check(&config);
    assert!(!ok, "{text}");
    assert!(
        text.contains("config.toml:8: `telegram_username` names a bot of its own, but there is no `telegram_token_env` for it"),
        "{text}"
    );

    // A bot of its own needs [telegram] with long polling.
    let config = write(
        "[telegram]\ntoken_env = \"T\"\nwebhook_url = \"https://k.example.org/tg\"\nwebhook_listen = \"127.0.0.1:8443\"\nwebhook_secret_env = \"S\"\n\n[[municipality]]\nid = \"lindenau\"\nname = \"Lindenau\"\ntelegram_token_env = \"L\"\n",
    );
    let (ok, text) = check(&config);
    assert!(!ok, "{text}");
    assert!(
        text.contains("config.toml:13: bots of their own work with long polling only"),
        "{text}"
    );

    // A town whose own texts are missing, and a town whose flows folder is not there.
    let config = write(&format!(
        "[[municipality]]\nid = \"lindenau\"\nname = \"Lindenau\"\nflows = \"{}\"\nlocales = \"lindenow\"\n\n[[municipality]]\nid = \"nirgendwo\"\nname = \"Nirgendwo\"\n",
        repo.join("flows/lindenau").display()
    ));
    let (ok, text) = check(&config);
    assert!(!ok, "{text}");
    assert!(
        text.contains("no language folder has a folder `lindenow/`"),
        "{text}"
    );
    assert!(
        text.contains(
            "flows/nirgendwo: error: the folder of municipality `nirgendwo` is not there"
        ),
        "{text}"
    );
}

/// Matrix with two towns: one account for the deployment, a newcomer choosing Lindenau from
/// the numbered list in their direct chat, another reaching Kalletal by `/start` link; each
/// town's integration office has its own encrypted room. Each "write to a person" opens its
/// thread in its own town's room only, and a caseworker's reply in Lindenau's room reaches
/// Lindenau's newcomer only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matrix_rooms_and_replies_stay_in_their_town() {
    use crate::matrix_support::{
        MatrixUser, Synapse, WAIT, bot_notices, flows_with_rooms, matrix_config, say, start_bot,
    };

    let dir = tempfile::tempdir().unwrap();
    let synapse_dir = dir.path().join("synapse");
    let synapse = tokio::task::spawn_blocking(move || {
        Synapse::start(&synapse_dir, &["bot", "caseworker", "newcomer", "outsider"])
    })
    .await
    .unwrap();
    let bot_id = synapse.user_id("bot");
    let caseworker = MatrixUser::login(&synapse, "caseworker", &dir.path().join("cw")).await;
    let mut rooms = Vec::new();
    for name in [
        "Kompass Integration Kalletal",
        "Kompass Integration Lindenau",
    ] {
        rooms.push(
            caseworker
                .create_room(name, std::slice::from_ref(&bot_id), &[(bot_id.clone(), 50)])
                .await,
        );
    }
    let (kalletal_room, lindenau_room) = (rooms[0].clone(), rooms[1].clone());

    // Kalletal's flows with its integration office in the first room, Lindenau's in the second.
    let kalletal_flows =
        flows_with_rooms(dir.path(), &[("integrationsbuero", kalletal_room.as_str())]);
    let lindenau_flows = dir.path().join("lindenau");
    std::fs::create_dir_all(&lindenau_flows).unwrap();
    let flow = std::fs::read_to_string(repo().join("flows/lindenau/lindenau.toml"))
        .unwrap()
        .replace(
            "#kompass-integration:lindenau.example.org",
            lindenau_room.as_str(),
        );
    std::fs::write(lindenau_flows.join("lindenau.toml"), flow).unwrap();
    let towns = format!(
        r#"
[[municipality]]
id = "kalletal"
name = "Kalletal"
flows = "{}"

[[municipality]]
id = "lindenau"
name = "Lindenau"
flows = "{}"
locales = "lindenau"
"#,
        kalletal_flows.display(),
        lindenau_flows.display()
    );
    let config = matrix_config(dir.path(), &synapse, &kalletal_flows, &towns);
    let _bot = start_bot(&config, &synapse);
    for room in &rooms {
        caseworker.wait_joined(room, &bot_id, WAIT).await;
    }

    // Lindenau's newcomer: the numbered list, then the language, then "write to a person".
    let lin = MatrixUser::login(&synapse, "newcomer", &dir.path().join("lin")).await;
    let lin_dm = lin.create_dm(&bot_id).await;
    lin.wait_joined(&lin_dm, &bot_id, WAIT).await;
    let list = say(&lin, &bot_id, &lin_dm, "hello").await;
    assert!(
        list.contains("Kalletal") && list.contains("Lindenau"),
        "{list}"
    );
    // The language proposed for "hello" (English, with "Other language"); "Deutsch"
    // typed chooses German.
    let languages = say(&lin, &bot_id, &lin_dm, "2").await;
    assert!(languages.contains("English"), "{languages}");
    let menu = say(&lin, &bot_id, &lin_dm, "Deutsch").await;
    assert!(menu.contains("Lindenau"), "{menu}");
    say(&lin, &bot_id, &lin_dm, "/start de_counselling-person").await;
    say(&lin, &bot_id, &lin_dm, "Ich brauche Hilfe in Lindenau").await;

    // Kalletal's newcomer by link.
    let kal = MatrixUser::login(&synapse, "outsider", &dir.path().join("kal")).await;
    let kal_dm = kal.create_dm(&bot_id).await;
    kal.wait_joined(&kal_dm, &bot_id, WAIT).await;
    say(
        &kal,
        &bot_id,
        &kal_dm,
        "/start kalletal_de_counselling-person",
    )
    .await;
    say(&kal, &bot_id, &kal_dm, "Ich brauche Hilfe in Kalletal").await;

    // Each thread in its own town's room.
    let lin_root = caseworker
        .wait_for(WAIT, |r| {
            r.room == lindenau_room
                && r.sender == bot_id
                && r.thread_root.is_none()
                && r.body.contains("LIN-")
        })
        .await;
    let kal_root = caseworker
        .wait_for(WAIT, |r| {
            r.room == kalletal_room
                && r.sender == bot_id
                && r.thread_root.is_none()
                && r.body.contains("KAL-")
        })
        .await;
    caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&lin_root.event_id)
                && r.body.contains("Hilfe in Lindenau")
        })
        .await;
    caseworker
        .wait_for(WAIT, |r| {
            r.thread_root.as_ref() == Some(&kal_root.event_id)
                && r.body.contains("Hilfe in Kalletal")
        })
        .await;
    for message in caseworker.received() {
        if message.room == lindenau_room {
            assert!(
                !message.body.contains("Kalletal") && !message.body.contains("KAL-"),
                "{message:?}"
            );
        }
        if message.room == kalletal_room {
            assert!(
                !message.body.contains("Lindenau") && !message.body.contains("LIN-"),
                "{message:?}"
            );
        }
    }

    // A reply in Lindenau's thread reaches Lindenau's newcomer, not Kalletal's.
    let before = bot_notices(&kal, &bot_id, &kal_dm).len();
    caseworker
        .reply_in_thread(
            &lindenau_room,
            &lin_root.event_id,
            "Kommen Sie am Montag ins Rathaus Lindenau.",
        )
        .await;
    lin.wait_for(WAIT, |r| {
        r.room == lin_dm && r.sender == bot_id && r.body.contains("Montag ins Rathaus Lindenau")
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let after = bot_notices(&kal, &bot_id, &kal_dm);
    assert_eq!(
        after.len(),
        before,
        "nothing reached Kalletal's newcomer: {after:?}"
    );
    // `!town` shows the list on Matrix too.
    let list = say(&kal, &bot_id, &kal_dm, "!town").await;
    assert!(list.contains("1") && list.contains("Lindenau"), "{list}");
}

/// `kompass poster --town lindenau`: the Telegram codes lead to Lindenau in each page's
/// language (read back from the PDF); `kompass graph --town` draws Lindenau; an unknown town
/// names the known ones.
#[test]
fn a_poster_for_one_town_links_to_it() {
    use crate::poster::{codes_per_page, tool};
    let dir = tempfile::tempdir().unwrap();
    let repo = repo();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[content]\nflows = \"{flows}\"\nlocales = \"{locales}\"\n\n[telegram]\ntoken_env = \"KOMPASS_TEST_UNSET\"\nusername = \"kompass_kreis_bot\"\n\n[[municipality]]\nid = \"kalletal\"\nname = \"Kalletal\"\nflows = \"{flows}\"\n\n[[municipality]]\nid = \"lindenau\"\nname = \"Lindenau\"\nflows = \"{flows}/lindenau\"\nlocales = \"lindenau\"\n",
            flows = repo.join("flows").display(),
            locales = repo.join("locales").display()
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
            .current_dir(dir.path())
            .arg("--config")
            .arg(&config)
            .arg("poster")
            .args(args)
            .output()
            .unwrap()
    };
    let output = run(&[
        "--town", "lindenau", "--lang", "ar,de", "--start", "register",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = dir.path().join("kompass-poster.pdf");
    let pages = codes_per_page(&pdf);
    assert_eq!(
        pages,
        [
            vec!["https://t.me/kompass_kreis_bot?start=lindenau_ar_register".to_string()],
            vec!["https://t.me/kompass_kreis_bot?start=lindenau_de_register".to_string()],
        ]
    );
    assert!(!tool("pdftotext", &[pdf.to_str().unwrap(), "-"]).is_empty());
    // With a bot of its own, named in its table, Lindenau's posters link to that bot;
    // `--telegram-username` still decides.
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        format!("{text}telegram_token_env = \"KOMPASS_TEST_UNSET_LINDENAU\"\ntelegram_username = \"kompass_lindenau_bot\"\n"),
    )
    .unwrap();
    for (extra, bot) in [
        (None, "kompass_lindenau_bot"),
        (Some("kompass_plakat_bot"), "kompass_plakat_bot"),
    ] {
        let mut args = vec!["--town", "lindenau", "--lang", "ar", "--start", "register"];
        if let Some(name) = extra {
            args.extend(["--telegram-username", name]);
        }
        let output = run(&args);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            codes_per_page(&pdf),
            [vec![format!(
                "https://t.me/{bot}?start=lindenau_ar_register"
            )]]
        );
    }
    // Kalletal has no bot of its own: the deployment's.
    assert!(
        run(&["--town", "kalletal", "--lang", "ar"])
            .status
            .success()
    );
    assert_eq!(
        codes_per_page(&pdf),
        [vec![
            "https://t.me/kompass_kreis_bot?start=kalletal_ar".to_string()
        ]]
    );
    std::fs::write(&config, text).unwrap();
    // `kompass graph --town` draws that town's flow with its own texts.
    let graph = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
        .arg("--config")
        .arg(&config)
        .args(["graph", "--town", "lindenau", "--lang", "en"])
        .output()
        .unwrap();
    let picture = String::from_utf8_lossy(&graph.stdout);
    assert!(graph.status.success(), "{picture}");
    assert!(
        picture.contains("Welcome to Kompass Lindenau!"),
        "{picture}"
    );
    assert!(picture.contains("lindenau-buergerbuero"), "{picture}");
    assert!(!picture.contains("Kalletal"), "{picture}");
    let output = run(&["--town", "detmold"]);
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("no municipality `detmold`") && error.contains("kalletal, lindenau"),
        "{error}"
    );
}

/// The terminal chat with the shipped multi-town sample: the numbered list, Lindenau by its
/// number, its registration form by numbers and answers, and the email with its prefix and
/// sender in the data folder's mail.
#[test]
fn the_terminal_chat_offers_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"));
    command
        .arg("--config")
        .arg(repo().join("contrib/config.multi.toml"))
        .arg("chat")
        .arg("--data")
        .arg(&data)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let lines: Vec<String> = [
        "hallo",
        "2",
        "Deutsch",
        "1",
        "1",
        "Haddad",
        "Sami",
        "1.2.1990",
        "Marktplatz 2",
        "1.11.2026",
        "0160 1234567",
        "Anfrage senden",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    let child = crate::support::spawn_typing(&mut command, &lines);
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("  1) Kalletal\n  2) Lindenau"), "{stdout}");
    assert!(
        stdout.contains("Willkommen beim Kompass Lindenau!"),
        "{stdout}"
    );
    assert!(stdout.contains("🏘 Ort wechseln"), "{stdout}");
    let mails = emails(&data);
    assert_eq!(mails.len(), 1, "{stdout}");
    let name = mails[0]
        .0
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("LIN-2026-"), "{name}");
    assert!(header(&mails[0].1, "From").contains("kompass@lindenau.example.org"));
}
