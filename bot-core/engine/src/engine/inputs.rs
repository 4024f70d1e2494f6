//! Inputs: typed text, commands, buttons, files and voice messages, each sent where the
//! state wants it; text that matches a shown button counts as the button.

use super::contact::Offer;
use super::session::{UnreadableAhead, UnreadablePhoto};
use super::*;

impl Engine {
    pub(super) fn on_text(
        &self,
        session: &mut Session,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        if looks_like_command(text) {
            // A command this bot does not know: never an answer to the open question.
            let lang = self.lang(session, ctx);
            reply.note(self.t(&lang, "unknown-command"));
            reply.note(self.t(&lang, "help-text"));
            return self.reprompt(session, ctx, reply);
        }
        let prompt = self.prompt(session, ctx);
        // The offered "write to a person" button counted for this text only, and so did
        // the requests' buttons: a page this text opens shows them where it offers them
        // again. The page opened by "1" under "My requests" showed "3) Message about
        // KAL-2026-000001", and "3" got "Please write a number from 1 to 2" (a field test
        // of stop 77).
        session.offer_person = false;
        reply.write_about_on_screen = std::mem::take(&mut session.offer_write_about);
        reply.write_to_all_on_screen = std::mem::take(&mut session.offer_write_to_all);
        reply.topics_on_offer = std::mem::take(&mut session.offer_topics);
        // "2" typed again under "You wrote “2”. Is that the house number?": yes, not its
        // button 2 (a field test of stop 67 typed it again to say so, and the village went
        // to the office without its number).
        if let State::InForm { form } = &session.state
            && let Some(draft) = session.drafts.get(form)
            && draft.pending_number.as_deref()
                == Some(values::normalize_digits(text.trim()).as_str())
            && let Position::Field {
                index,
                step: FieldStep::WordAsAnswer,
                ..
            } = draft.position
        {
            let data = Action::Answer {
                field: index,
                value: FieldButton::Yes,
            }
            .encode();
            return self.on_button(session, &data, ctx, reply);
        }
        // "Социальная помощь" typed under "Is it about one of these requests?", whose
        // buttons show "✉️ KAL-2026-000002 – Социальная помощь", opened the Sozialamt's
        // page (the menu's button of that name), and the message waiting for a request was
        // never sent (field test CZ of stop 83): with words or a photo waiting, a request's
        // title typed chooses it.
        if matches!(session.state, State::AtNode { .. })
            && let Some(data) = self.request_titled(session, text, &self.lang(session, ctx), reply)
        {
            return self.on_button(session, &data, ctx, reply);
        }
        if let Some(data) = prompt.message().and_then(|m| match_button(m, text)) {
            return self.on_button(session, &data, ctx, reply);
        }
        // "zwei", "واحد", "три" alone at a menu or a list, as voice typing writes a number
        // said: the number shown (before, "not understood").
        // "the second one", "ok the first", "ikincisi", "الثاني": the button at that place
        // (a field test of stop 68 got "not understood", or an offer to ask a person).
        if self.buttons_answer_here(session)
            && let Some(number) = self.number_word(text).or_else(|| {
                let words = crate::words::tokens(text);
                self.content.locales.date_words().ordinal_in(&words)
            })
            && let Some(data) = prompt
                .message()
                .and_then(|m| match_button(m, &number.to_string()))
        {
            return self.on_button(session, &data, ctx, reply);
        }
        // "Hilfe", "مساعدة", "help?": what a lost newcomer types, in any of the bot's
        // languages, is the help, not an answer (no name or request is only that word). Not
        // while talking to an office, where it is a message for the caseworker, nor before a
        // language is chosen, where it tells the language.
        let mut meanings: &[&'static str] = &[];
        if matches!(session.state, State::AtNode { .. } | State::InForm { .. }) {
            let typed = loose_key(text);
            meanings = self.typed_meanings(&typed);
            // The commands as the help lists them, typed without the slash: "Hilfe" (the help
            // and the question again), "Meine Anfragen", "status", "Sprache ändern", "мова";
            // "Hauptmenü", "ana menü", "меню", the label of a button shown on every page but
            // not on every screen (a menu below the main menu has only Back). Forms keep
            // their answers, as with /menu; deleting and cancelling ask first.
            if let Some(command) = command_typed(&typed, meanings) {
                // "Help!", "Hilfe!!" at a menu or a form's question: a cry, the emergency
                // numbers before the help (a field test of stop 56 got only the help).
                if matches!(command, Command::Help)
                    && let lang = self.lang(session, ctx)
                    && self.plea_for_help(text, &lang) == Some(true)
                    && let Some(numbers) = self.urgent_text(&lang)
                {
                    reply.note(numbers);
                }
                return self.on_command(session, command, ctx, reply);
            }
            // "na bisekine, ez şaş bum. betal bike" (no wait, I made a mistake, cancel) at a
            // name question was taken as the name (field test BQ of stop 73): in a form, a
            // last sentence that is the word for cancelling cancels, as typed alone.
            // Not at a free-text question, whose words go to the office.
            if self.at_a_question_but_free_text(session)
                && let Some((_, last)) = text
                    .trim()
                    .trim_end_matches(['.', '!', ',', ';', '،'])
                    .rsplit_once(['.', '!', ',', ';', '،'])
                && !text.chars().any(|c| c.is_ascii_digit())
                && self
                    .typed_meanings(&loose_key(last))
                    .iter()
                    .any(|id| matches!(*id, "cmd-cancel" | "button-cancel"))
            {
                return self.on_command(session, Command::Cancel, ctx, reply);
            }
            // "?" alone, "؟": lost, not an answer.
            if !text.trim().is_empty()
                && text
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '?' | '؟' | '？' | '¿'))
            {
                return self.on_command(session, Command::Help, ctx, reply);
            }
        }
        match session.state.clone() {
            State::ConfirmingLanguage { guess, then } => {
                // "nein arabisch" to "Shall we go on in German?" went on in German (field test
                // CR of stop 79): another language named is the one chosen.
                let without_no = text
                    .trim()
                    .split_once([' ', ',', '،'])
                    .filter(|(first, _)| {
                        self.typed_meanings(&loose_key(first))
                            .contains(&"button-no")
                    })
                    .map_or(text, |(_, rest)| rest);
                if let Some(code) = named_language(without_no, self.content.locales.words())
                    && code != guess
                    && self.content.locales.has_language(code)
                {
                    return self.choose_language(session, code, then, ctx, reply);
                }
                // "ok", "👍", "tamam" for "Shall we go on in Turkish?" is a yes, "nein" a no:
                // before, both were read as text to guess a language from, and got the list
                // of all languages.
                let typed = loose_key(text);
                // A yes of the language next to it too: "da" (Russian) to "Shall we go on in
                // Ukrainian?" got the list of all languages in a field test; many Ukrainians
                // type Russian words. Not others: "tamam" after a German guess says Turkish.
                let neighbour = neighbour_language(guess.as_str());
                if self.said_in(&guess, "button-yes", &typed)
                    || neighbour.is_some_and(|other| self.said_in(other, "button-yes", &typed))
                {
                    return self.choose_language(session, &guess, then, ctx, reply);
                }
                if self.said_in(&guess, "button-no", &typed)
                    || self.said_in(&guess, "button-other-language", &typed)
                {
                    session.state = State::ChoosingLanguage { then };
                    return self.reprompt(session, ctx, reply);
                }
                // A number: the guess's number in the language menu shown before it (a
                // Persian field test typed "4" for "4) فارسی" there) takes it; another is
                // out of the proposal's range, said so, and the proposal again (before, it
                // was read as text, and the language menu came).
                let digits = normalize_for_matching(text);
                if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                    let in_menu = self
                        .language_menu(ctx)
                        .buttons
                        .iter()
                        .position(|button| {
                            button.data() == Action::Language(guess.clone()).encode()
                        })
                        .map(|at| (at + 1).to_string());
                    if in_menu.as_deref() == Some(digits.as_str()) {
                        return self.choose_language(session, &guess, then, ctx, reply);
                    }
                    let note = self
                        .number_range_note(&prompt, text, &guess)
                        .unwrap_or_else(|| self.t(&guess, "not-understood"));
                    reply.note(note);
                    return self.reprompt(session, ctx, reply);
                }
                // Turkish field test: "Merhaba, oturum iznimi uzatmak istiyorum" got the
                // proposal; the next answers, in Turkish too, got it again and again.
                // Written in the proposed language again: that is the yes, with the page
                // this text names, else the one the first named.
                let locales = &self.content.locales;
                let supported: Vec<&str> = locales.languages().collect();
                if let Guess::Language { code, .. } =
                    guess_language(text, locales.words(), &supported, ctx.language_hint)
                    && code == guess
                {
                    let named = self.first_message_page(session, text, &code);
                    // "здравствуйте", then "пишу за своего отца … срок заканчивается через
                    // неделю" here: the page opened, and the office never read the message,
                    // its deadline or that a daughter wrote (field test BY of stop 75). Kept
                    // as a first message typed first is.
                    if let Some(said) = self.first_message_kept(text, named.as_deref(), ctx) {
                        session.said_before = Some(said);
                    }
                    let then = named.or(then);
                    return self.choose_language(session, &guess, then, ctx, reply);
                }
                self.on_language_text(session, text, ctx, reply)
            }
            State::New | State::ChoosingLanguage { .. } => {
                self.on_language_text(session, text, ctx, reply)
            }
            State::InForm { form } => self.on_form_text(session, &form, text, meanings, ctx, reply),
            State::Talking { institution, .. } => {
                let lang = self.lang(session, ctx);
                // "my husband hit me again i am scared" while writing to the Jobcenter by
                // email got only "I sent it" (field test BA of stop 70), and "мама боїться,
                // її чоловік б'є її" went to the immigration office unasked (BC): the
                // emergency numbers, and the message held; typed again, it is sent.
                // What it says in words, read once for danger and illness.
                let said = self.said_in_any(text, &lang);
                let mut danger_confirmed = false;
                if self.says_danger(text, &lang, &said)
                    && let State::Talking { held, .. } = &mut session.state
                {
                    if held
                        .as_deref()
                        .is_some_and(|held| loose_key(held) == loose_key(text))
                    {
                        *held = None;
                        danger_confirmed = true;
                    } else {
                        *held = Some(text.to_string());
                        if let Some(numbers) = self.urgent_text(&lang) {
                            reply.note(numbers);
                        }
                        reply.note(self.ta(
                            &lang,
                            "talk-danger-held",
                            &[(
                                "institution",
                                self.institution_label(&institution, &lang).into(),
                            )],
                        ));
                        return self.reprompt(session, ctx, reply);
                    }
                }
                // "у дочки температура 39,8" while writing to an office by email got only
                // "I sent it" (field test BI of stop 70): where to find a doctor now.
                let words = self.content.locales.words();
                if said.iter().any(|said| {
                    matches!(said, crate::gist::Said::Meaning(meaning) if words.is_illness(meaning))
                }) {
                    reply.note(self.t(&lang, "request-ill"));
                }
                // "هل يوجد رقم هاتف للمكتب؟" (is there a phone number of the office?) went to
                // the office as a message, and no number came (field test CL of stop 78):
                // the office's number and address, here.
                if self.one_way(&institution, ctx)
                    && !danger_confirmed
                    && self.office_to_call(session, text, Some(&institution), ctx, reply)
                {
                    return self.reprompt(session, ctx, reply);
                }
                // "شكرا", "ok" added to a request by email were an email each (a field
                // test of stop 61): said kindly back, not sent.
                if self.one_way(&institution, ctx) && !danger_confirmed {
                    let typed = loose_key(text);
                    let kindly = self.small_talk(text).or_else(|| {
                        self.typed_meanings(&typed)
                            .contains(&"button-yes")
                            .then_some("reply-ok")
                    });
                    if let Some(answer) = kindly {
                        reply.note(self.t(&lang, answer));
                        return self.reprompt(session, ctx, reply);
                    }
                    // "?" alone went as an email of its own, "Nachricht der Person: ?", and
                    // so did "2", "1", "1", typed for the buttons below (field tests of stop
                    // 63): in a room they may ask for news or answer a question, by email
                    // they say nothing. A phone number alone does.
                    let digits = values::normalize_digits(text)
                        .chars()
                        .filter(char::is_ascii_digit)
                        .count();
                    // Nor does a letter alone ("x": field test BE of stop 70).
                    if text.chars().filter(|c| c.is_alphabetic()).count() < 2 && digits < 5 {
                        reply.note(self.t(&lang, "error-answer-letter"));
                        return self.reprompt(session, ctx, reply);
                    }
                    // "iptal", "cancel" alone, the Cancel button's word typed to leave this
                    // screen, went to the office as "(vielleicht Absage)" (field test BE of
                    // stop 70): Back, as the button. A cancellation in a sentence is sent.
                    let meanings = self.typed_meanings(&typed);
                    if ["button-cancel", "cmd-cancel", "button-back", "cmd-back"]
                        .iter()
                        .any(|id| meanings.contains(id))
                    {
                        return self.on_button(session, &Action::Back.encode(), ctx, reply);
                    }
                    // So do "menu", "Menü", "القائمة", "طلباتي" (my requests): commands as
                    // the help lists them, typed alone (field test BI of stop 70 emailed
                    // each to the office).
                    if let Some(command) = command_typed(&typed, meanings) {
                        return self.on_command(session, command, ctx, reply);
                    }
                    // "видаліть мої дані" (delete my data) went to the office as an addendum,
                    // and nothing was deleted (a run by hand at the end of stop 78): the
                    // question whether to delete everything, as at a menu.
                    if crate::words::tokens(text).len() <= DELETE_ASKED_WORDS
                        && self.sentence_names("cmd-delete", "asked", text)
                    {
                        return self.on_command(session, Command::Delete, ctx, reply);
                    }
                    if self.answered_instead_of_sent(session, text, &said, &institution, ctx, reply)
                    {
                        return self.reprompt(session, ctx, reply);
                    }
                }
                if text.chars().count() > MAX_FORWARDED_CHARS {
                    reply.note(self.ta(
                        &lang,
                        "error-text-too-long",
                        &[("max", MAX_FORWARDED_CHARS.into())],
                    ));
                    return self.reprompt(session, ctx, reply);
                }
                // The same words again, soon after: typed twice, not meant twice.
                if let State::Talking {
                    case: Some(case), ..
                } = &session.state
                    && session.was_sent_recently(case, text, ctx.now)
                {
                    self.note_sent_before("person-already-sent", &institution, &lang, reply);
                    return self.reprompt(session, ctx, reply);
                }
                let Some(case) = self.talking_case(session, ctx, reply) else {
                    return self.reprompt(session, ctx, reply);
                };
                let sent_before = self.note_text_sent(session, &case, text, ctx, reply);
                reply.outputs.push(Output::Forward {
                    case,
                    what: Forwarded::Text {
                        text: text.to_string(),
                        sent_before,
                    },
                });
                self.forwarded(session, &institution, &lang, ctx, reply);
            }
            State::AtNode { .. } => {
                // "my request KAL-2026-000001" from someone whose data were deleted since:
                // "You have no requests yet" read as if the request were gone (a field
                // test of stop 63). What is said first; the text goes its way.
                if let Some(reference) = self.reference_not_here(session, text) {
                    let lang = self.lang(session, ctx);
                    // From someone with requests here, a number mistyped: "KAL-2026-000005
                    // это моя заявка?" was told "perhaps you deleted your data" (a field
                    // test of stop 77). Their requests follow, the sentence waiting for the
                    // button of the one it is about.
                    if !session.requests.is_empty() {
                        // The number alone says nothing for the office.
                        let alone = text
                            .trim()
                            .trim_end_matches(['.', '!', '?'])
                            .trim()
                            .eq_ignore_ascii_case(&reference);
                        reply.note(self.ta(
                            &lang,
                            "status-reference-not-yours",
                            &[("reference", reference.into())],
                        ));
                        let said = (!alone).then_some(text);
                        return self.show_status_for_question(session, said, ctx, reply);
                    }
                    reply.note(self.ta(
                        &lang,
                        "status-reference-unknown",
                        &[("reference", reference.into())],
                    ));
                }
                // One's own request's number typed alone ("KAL-2026-000001", "2026-000001"),
                // as the office's letters and the chat show it, got "not understood" (a
                // field test of stop 77): the requests, with its button.
                if self.own_reference_typed(session, text)
                    && prompt
                        .message()
                        .and_then(|message| reference_named(message, text))
                        .is_none()
                {
                    return self.on_command(session, Command::Status, ctx, reply);
                }
                // A language's name ("Arabisch", "فارسی") changes the language here too.
                let locales = &self.content.locales;
                match named_language(text, locales.words())
                    .or_else(|| self.other_language_than(session, text))
                    .or_else(|| self.chat_language_kept(session, text))
                {
                    Some(code) => self.language_asked_for(session, code, ctx, reply),
                    None => self.button_or_not_understood(session, text, prompt, true, ctx, reply),
                }
            }
            // "zurück", "geri", "Hauptmenü", and before deleting "abbrechen", "vazgeç": no
            // (a field test of stop 59 got "not understood").
            State::ConfirmingDelete { .. } | State::ConfirmingCancel { .. }
                if {
                    let meanings = self.typed_meanings(&loose_key(text));
                    let deleting = matches!(session.state, State::ConfirmingDelete { .. });
                    ["cmd-back", "button-back", "cmd-menu", "button-main-menu"]
                        .iter()
                        .chain(if deleting {
                            &["button-cancel", "cmd-cancel"][..]
                        } else {
                            &[]
                        })
                        .any(|id| meanings.contains(id))
                } =>
            {
                // "ana menü" at "Cancel this request?" went on with the form, and the next
                // word was taken as the family name (field test BH of stop 70): the main
                // menu, nothing cancelled or deleted, the answers kept as /menu keeps them.
                let meanings = self.typed_meanings(&loose_key(text));
                if matches!(session.state, State::ConfirmingCancel { .. })
                    && ["cmd-menu", "button-main-menu"]
                        .iter()
                        .any(|id| meanings.contains(id))
                {
                    return self.on_command(session, Command::Menu, ctx, reply);
                }
                let no = match session.state {
                    State::ConfirmingDelete { .. } => Action::ConfirmDelete(false),
                    _ => Action::ConfirmCancel(false),
                };
                self.on_button(session, &no.encode(), ctx, reply);
            }
            State::ConfirmingDelete { .. } | State::ConfirmingCancel { .. } => {
                self.button_or_not_understood(session, text, prompt, false, ctx, reply);
            }
        }
    }

    /// Whether `text`, at a menu and naming no topic, or at a form's question, asks for
    /// help: `Some(true)` for a cry alone ("помогите", "help me", "imdat": the emergency's
    /// `.cry`, as at a name question; "Help!", "Hilfe Hilfe"), `Some(false)` for a short
    /// plea (`cmd-help`'s `.asked`: "help me please", "ich brauche Hilfe") in the script of
    /// the chat's language `lang` ("мне нужна помощь" in an English chat is asked about its
    /// language instead, as other sentences are). Five words at most: a longer message says
    /// what it needs, which a person can answer.
    pub(super) fn plea_for_help(&self, text: &str, lang: &str) -> Option<bool> {
        let words = crate::words::tokens(text);
        if words.len() > 5 {
            return None;
        }
        if words.len() <= 2 && self.cries_for_help(text) {
            return Some(true);
        }
        let asked = self.sentence_names("cmd-help", "asked", text);
        // Said with an exclamation mark or twice ("Help!", "Hilfe Hilfe", "کمک!"): a cry
        // (a field test of stop 56 got only the help).
        let repeated = words
            .iter()
            .enumerate()
            .any(|(at, word)| words.iter().skip(at + 1).any(|other| other == word));
        if asked && words.len() <= 3 && (text.contains(['!', '！', '¡']) || repeated) {
            return Some(true);
        }
        let chat_script = script::main_script(text)
            .is_none_or(|written| written == script::script_of_language(lang));
        // Only common words beside the plea ("I need", "please", "мне нужна"): a word of
        // its own says what it needs ("Hilfe zum Lebensunterhalt", "کمک هزینه فرزند": a
        // field test of stop 56 got the help), which a person can answer.
        let only_common_words = || {
            let rest =
                self.without_phrases_named("cmd-help", "asked", &topics::Sentence::new(text));
            let word_lists = self.content.locales.words();
            crate::words::tokens(&rest)
                .iter()
                .all(|word| word_lists.is_common_word(word))
        };
        (chat_script && asked && only_common_words()).then_some(false)
    }

    /// Text where only buttons answer (a menu, a confirmation, the summary): the button it
    /// names loosely, or "not understood" and the question again. At a menu or page
    /// (`at_menu`) first also thanks, a greeting or a goodbye said back, and the topic a
    /// sentence names here or from the main menu ("Ich brauche Kindergeld").
    pub(super) fn button_or_not_understood(
        &self,
        session: &mut Session,
        text: &str,
        prompt: Output,
        at_menu: bool,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // "Danke", "شكرا", "Hallo", "Tschüss" alone: said kindly back, and the menu again.
        // Before the buttons: Persian "سلام" (hello) named "سلامتی و درمان" (health) loosely
        // and opened it (a field test).
        if at_menu && let Some(answer) = self.small_talk(text) {
            // "Danke" after the offer to send a photo to a person is no answer to it.
            self.keep_offer(session, reply);
            reply.note(self.t(&lang, answer));
            return self.reprompt(session, ctx, reply);
        }
        // "Jetzt möchte ich meine Frau anmelden", "тепер хочу зареєструвати мою маму"
        // after a request: the next one begun is for that relative, whatever page or
        // button the words open (field test E of stop 68: only the Arabic sentence was
        // caught, and the others were offered the writer's name and birth date with a ✓).
        // Not a correction of a request sent: "ой день народження сина неправильний" (oh,
        // my son's birthday is wrong) after a Kita request marked the mother's own next
        // request as her son's, and the office was told someone else wrote it (field test
        // AX of stop 69).
        if at_menu
            && session.earlier.is_some()
            && (self.names_another_person(text)
                || self
                    .content
                    .locales
                    .date_words()
                    .names_a_member(&crate::words::tokens(text)))
            // "ich und meine Frau …": the writer is among the people.
            && !self.content.locales.lists_the_writer(text)
            && !self.something_forgotten(session, text, &lang)
            && !self.a_correction_with_digits(session, text)
            && !self.holds_a_value_of_a_person(text, ctx)
        {
            session.next_for_relative = true;
            session.next_by_helper =
                session.helper_named(self.content.locales.words().names_a_helper(text));
        }
        // "Ich brauche den Termin nicht mehr, bitte stornieren" at the page of the request
        // sent: its "Termin" named the button "Termin anfragen", and a new request began
        // (field test CL of stop 78). A cancellation from someone with an open request is
        // about the requests sent.
        if at_menu
            && self.asks_to_cancel(text, &lang)
            && self.latest_open_request(session).is_some()
            && crate::words::tokens(text).len() >= 2
        {
            return self.cancel(session, Some(text), ctx, reply);
        }
        if let Some(data) = prompt
            .message()
            .and_then(|message| self.loosely_named_button(session, message, text))
        {
            // A menu's option named by its `.typed` words in another script ("где находится
            // ратуша" in an English chat): the language first, as below.
            if at_menu
                && let Ok(Action::Go { node, option }) = Action::parse(&data)
                && let Some(target) = self.content.flow.option_page(&node, option)
                && self.asked_in_another_script(session, text, target, ctx, reply)
            {
                return;
            }
            return self.on_button(session, &data, ctx, reply);
        }
        if at_menu {
            let typed = loose_key(text);
            // "yes" to a message that waits for its request's button, where there is one
            // request to choose: sent to it (a field test of stop 68 typed "yes" and was
            // told to choose, and the correction did not go).
            let said_yes = self.typed_meanings(&typed).contains(&"button-yes");
            if said_yes
                && let [reference] = reply.write_about_on_screen.as_slice()
                && reply
                    .on_offer
                    .as_ref()
                    .is_some_and(|offered| offered.text.is_some() || !offered.files.is_empty())
            {
                let data = Action::WriteAbout {
                    reference: reference.clone(),
                }
                .encode();
                return self.on_button(session, &data, ctx, reply);
            }
            // "ok", "tamam", 👍 alone: read, not a choice; the menu again, kindly.
            if said_yes {
                self.keep_offer(session, reply);
                reply.note(self.t(&lang, "reply-ok"));
                return self.reprompt(session, ctx, reply);
            }
            // "termin", "randevu", "موعد" alone at a menu: an appointment for what (field
            // test F of stop 68 got "not understood"): the topic, whose page asks for one.
            if self.option_spellings("appointment-which").contains(&typed) {
                self.keep_offer(session, reply);
                reply.note(self.t(&lang, "appointment-which"));
                return self.reprompt(session, ctx, reply);
            }
            // "не понимаю", "I don't understand" at a menu got "Sorry, I did not
            // understand" (field test F of stop 68): the help, as at a form's question.
            if crate::words::tokens(text).len() <= 4
                && (!self
                    .said_in_languages("form-question-again", text)
                    .is_empty()
                    || self.has_phrase_of("form-question-again", text))
            {
                return self.on_command(session, Command::Help, ctx, reply);
            }
            // "укр", "eng" at a menu, as at the language menu: no option starts so.
            if let Some(code) = self.language_by_first_letters(&typed) {
                return self.language_asked_for(session, &code, ctx, reply);
            }
            self.forget_earlier_address_on_a_move(session, text, &lang);
            // A topic named here, else from the main menu.
            let here = match &session.state {
                State::AtNode { node } => node.clone(),
                _ => self.content.flow.start.clone(),
            };
            let start = self.content.flow.start.clone();
            let sentence = topics::Sentence::prepared(text);
            let mut named = self.find_topic(&here, &sentence, &lang);
            if here != start && !matches!(named, Named::One(_)) {
                named = match self.find_topic(&start, &sentence, &lang) {
                    Named::Nothing => named,
                    // The menu on screen, named from the main menu, where the sentence names
                    // one of its forms ("ساعدوني في ملء استمارة", help me fill in a form, at
                    // the counselling menu): that form below, not the same menu again
                    // without a word (a field test of stop 57).
                    Named::One(topic)
                        if topic.target == here
                            && self.form_option_named(&here, text).is_some() =>
                    {
                        named
                    }
                    elsewhere => elsewhere,
                };
            }
            // "где находится ратуша и когда открыто" in the Ukrainian chat got "is it about
            // one of these requests?" (field test CU of stop 81): many Ukrainians write
            // Russian, and the chat stays Ukrainian for it. The Russian topic words, where
            // the chat's name none. (Ukrainian in the Russian chat offers Ukrainian.)
            if matches!(named, Named::Nothing)
                && lang == "uk"
                && let Some(neighbour) = neighbour_language(&lang)
                && self.content.locales.has_language(neighbour)
                && let found @ Named::One(_) = self.find_topic(&start, &sentence, neighbour)
            {
                named = found;
            }
            // A question in the words of the page on screen is about that page: offered
            // to a person below (the page may answer it), not answered with another page.
            // Never an emergency: "муж упал не дышит" (my husband fell, is not breathing)
            // at the doctors' page got "Perhaps this page answers it; else write an email"
            // (a Russian field test), the emergency button being on the page.
            let urgent = self.content.flow.urgent.as_ref().map(|(id, _)| id.as_str());
            // So is a question that names the menu on screen beside another topic: "а є
            // курси ввечері? я працюю вдень" (are there evening courses? I work in the day)
            // at the German courses opened the Jobcenter, by "працюю" (a field test of stop
            // 65); "gibt es Kurse am Abend? ich arbeite" was asked which of the two.
            let about_the_page = here != start
                && looks_like_a_question(text)
                && (matches!(&named, Named::One(topic) if Some(topic.target.as_str()) != urgent
                    && prompt.message().is_some_and(
                    |page| self.named_by_words_on_screen(text, &page.text, topic, &lang)
                )) || matches!(&named, Named::One(topic) if topic.target == here)
                    || (matches!(named, Named::Several)
                        && self
                            .several_topics(&start, &sentence, &lang)
                            .iter()
                            .any(|(_, topic)| topic.target == here)));
            if about_the_page {
                named = Named::Nothing;
            }
            // "how much does it cost?", "what do I need to bring?" at the registration page,
            // which says both (an English field test got "I have no answer here, write an
            // email"): what people ask of any page (`not-understood-question-page`'s
            // `.asked`) points to the page first.
            // Words of a topic beside them ask about the page too, where the topic is named
            // by no other words: "это платно? деньги нужны?" (is it paid? money needed?)
            // had opened the social benefits by "деньги" (a field test).
            let asked_of_a_page = !about_the_page
                && matches!(
                    self.content.flow.node(&here).map(|node| &node.kind),
                    Some(NodeKind::Page { .. })
                )
                && self.sentence_names("not-understood-question-page", "asked", text)
                && (matches!(named, Named::Nothing) || {
                    let rest = self.without_phrases_named(
                        "not-understood-question-page",
                        "asked",
                        &sentence,
                    );
                    matches!(
                        self.find_topic(&start, &topics::Sentence::new(&rest), &lang),
                        Named::Nothing
                    )
                });
            if asked_of_a_page {
                named = Named::Nothing;
            }
            let about_the_page = about_the_page || asked_of_a_page;
            // An emergency in another language than the chat's ("my husband beats me" in an
            // Arabic chat, "Мой ребенок не дышит" in a Ukrainian one got "I have no answer
            // to that here", a field test): the emergency page.
            if !matches!(&named, Named::One(topic) if Some(topic.target.as_str()) == urgent)
                && self.names_an_emergency(text, true)
                && let Some((_, path)) = self
                    .topics_below(&start)
                    .iter()
                    .find(|(_, path)| Some(path.target.as_str()) == urgent)
            {
                named = Named::One(path.clone());
            }
            // "ой ошибка гражданство россия не иран" (oops, mistake, the nationality is
            // Russia, not Iran) days after sending opened the Ausländerbehörde's page (a
            // field test of stop 63): a mistake in an answer of a request still open is
            // about it, whatever topic its words name.
            // So is something forgotten: "Я забула надіслати лист від Джобцентру" (I forgot
            // to send the letter from the Jobcenter) after a request opened the Jobcenter's
            // page, and the message never reached the office (a field test of stop 63).
            if !matches!(&named, Named::One(topic) if Some(topic.target.as_str()) == urgent)
                && (self.a_correction_in_words(session, text, &lang)
                    || self.something_forgotten(session, text, &lang)
                    // "my new email address is omar.n2@example.com" opened the registration's
                    // page by "address" (field test CN of stop 78).
                    || (!open_requests(session).is_empty() && values::email(text).is_ok())
                    // So did "I need an interpreter for my appointment" the integration
                    // office's page (field test CN of stop 78): it is for the request sent.
                    // And "деньги пришли, можно закрыть заявку" (the money came, the request
                    // can be closed) the Sozialamt's page (field test CX of stop 82): a
                    // cancellation is for a request sent, whatever else it names.
                    || (!open_requests(session).is_empty() && {
                        let meanings = self.gist_meanings(text, &lang);
                        meanings.contains("Dolmetscher") || meanings.contains(crate::gist::CANCELS)
                    })
                    || (self.holds_a_value_of_a_person(text, ctx)
                        && self.a_correction_with_digits(session, text)))
            {
                return self.show_status_for_question(session, Some(text), ctx, reply);
            }
            // "є відповідь?" (any answer?) from someone who sent nothing from this chat got
            // "I have no answer to that here" alone (field test BT of stop 74): that there
            // is no request here, then the way to a person.
            if matches!(named, Named::Nothing)
                && session.requests.is_empty()
                && self.asks_about_the_request(text)
            {
                reply.note(self.t(&lang, "status-none"));
            }
            match named {
                // "Где находится ратуша?" in an English chat: a page found, but in a script
                // the chat's language is not written in. Whether to go on in that language
                // first, then the page, as for a sentence that names none (answered in
                // English, a field test's Russian sentence had been offered Russian).
                Named::One(topic)
                    if self.asked_in_another_script(session, text, &topic.target, ctx, reply) =>
                {
                    return;
                }
                // "لطفا وقت مشاوره را لغو کنید" (please cancel the counselling appointment)
                // opened the counselling menu (field test CG of stop 77): cancelling, which
                // names the topic of a request sent, is about that request.
                Named::One(_)
                    if self.asks_to_cancel(text, &lang)
                        && self
                            .open_request_of_topic_in(session, text, &lang)
                            .is_some() =>
                {
                    return self.cancel(session, Some(text), ctx, reply);
                }
                // "ist meine anmeldung angekommen?", "wann bekomme ich einen termin" days
                // after sending the registration: about that request, not its page again,
                // whose button began a second registration (a field test of stop 64).
                Named::One(topic)
                    if looks_like_a_question(text)
                        && (self.sentence_names("cmd-status", "asked", text)
                            || self.sentence_names("cmd-status", "when", text))
                        && recent_requests(session, ctx).iter().any(|request| {
                            self.form_option_of(&request.institution)
                                .is_some_and(|(page, _, _)| page == topic.target)
                        }) =>
                {
                    self.keep_offer(session, reply);
                    // "ist das angekommen?" waited with the requests' buttons and went to
                    // the office with the one chosen (a field test of stop 67): the list
                    // answers it.
                    let question = (!self.asks_about_the_request(text)).then_some(text);
                    return self.show_status_for_question(session, question, ctx, reply);
                }
                // "Hallo ich schreibe für Familie Rahimi, sie sind neu in Kalletal und wollen
                // sich anmelden" at the main menu opened the registration, and who wrote
                // for whom never reached the office (field test AY of stop 69): a sentence
                // that says more than its topic goes with a request begun below its page,
                // as a first message does.
                Named::One(topic) => {
                    // "Did you get my papers? And where can I learn German?" days after
                    // sending got the German courses alone: the question about the request
                    // went unanswered. The list of requests (and how each is answered)
                    // first, then the page.
                    if self.asks_about_a_request_beside(session, text, &start, ctx) {
                        reply.note(self.status(session, &lang, ctx.local_now()));
                    }
                    // Read once, for the deadline's note and for what the words tell.
                    let said = self.said_in_any(text, &lang);
                    if let Some(note) = self.deadline_note(&said, &lang, ctx) {
                        reply.note(note);
                    }
                    // Not a question, which the page opened answers ("When does the
                    // office open on Saturday?"), unless it tells a number or a day:
                    // "oturma iznim bitiyo 2 hafta sonra ne yapmaliyim" (my permit ends in
                    // two weeks, what do I do?) and "деньги от джобцентра не пришли уже 2
                    // недели" never reached the office (field test CU of stop 81).
                    let tells = self.tells_a_number_or_day(text, &said);
                    // So does a paper a request needs, told of and not asked about: "kaxeza
                    // xwediyê xanî min niha girt" (I got the landlord's paper now) after a
                    // registration opened the housing page, and the photo sent next reached
                    // the office without it (field test DB of stop 83).
                    let tells_of_a_paper = !self.is_asked(text)
                        && crate::words::tokens(text).len() >= 4
                        && said.iter().any(|said| {
                            matches!(said, crate::gist::Said::Meaning(meaning)
                                if PAPERS_OF_REQUESTS.contains(&meaning.as_str()))
                        });
                    let tells = tells || tells_of_a_paper;
                    if tells && Some(topic.target.as_str()) != urgent {
                        self.offer_words_to_requests(session, text, ctx, reply);
                    }
                    let words = crate::words::tokens(text).len();
                    if (words >= SAYS_MORE_WORDS || (tells && words >= 4))
                        && (!self.is_asked(text) || tells)
                        && Some(topic.target.as_str()) != urgent
                    {
                        let said =
                            crate::engine::session::SaidBefore::told(text, &topic.target, ctx.now);
                        self.keep_said_before(session, said);
                    }
                    return self.open_topic(session, topic, ctx, reply);
                }
                // "Mein Name ist Al-Hassan Omar" at a page that leads to a form (a German
                // field test got "I have no answer to that here"): the person is ready for
                // the request. Its form opens, and the name answers its first question.
                Named::Nothing
                    if self.content.locales.words().introduced_name(text).is_some()
                        && let Some(option) = self.form_option_starting_with_a_name(&here) =>
                {
                    self.on_button(
                        session,
                        &Action::Go { node: here, option }.to_string(),
                        ctx,
                        reply,
                    );
                    if let State::InForm { form } = session.state.clone() {
                        self.on_form_text(session, &form, text, &[], ctx, reply);
                    }
                    return;
                }
                // "Bitte löschen Sie meine Daten": the question whether to delete everything.
                Named::Nothing if self.sentence_names("cmd-delete", "asked", text) => {
                    return self.on_command(session, Command::Delete, ctx, reply);
                }
                // "بدي غير اللغة" (I want to change the language): the languages (an Arabic
                // field test got "I have no answer here").
                Named::Nothing if self.sentence_names("cmd-language", "asked", text) => {
                    return self.on_command(session, Command::Language, ctx, reply);
                }
                // "I want to cancel it", "laghv kon" (a field test of stop 58 got "write an
                // email"): cancelling, which asks first, or says where a sent request is.
                Named::Nothing if self.asks_to_cancel(text, &lang) => {
                    return self.cancel(session, Some(text), ctx, reply);
                }
                // "where did I stop?", "де я зупинилась?" with a request begun (a field test of
                // stop 62 got "I have no answer here"): what "Continue my request" does.
                Named::Nothing
                    if let Some(form) = session.latest_draft().map(str::to_string)
                        && self.sentence_names("button-continue-request", "asked", text) =>
                {
                    let resume = Action::Resume { form }.encode();
                    return self.on_button(session, &resume, ctx, reply);
                }
                // "annem için başvuru" (a request for my mother), "الآن أريد تسجيل زوجتي" (now I
                // want to register my wife) after sending one got the list of requests, to add
                // to the one sent (a field test of stop 62): a new request for someone else.
                // The page of the form last sent opens, with a word that it is a new one.
                Named::Nothing if let Some(page) = self.page_for_a_relative(session, text, ctx) => {
                    reply.note(self.t(&lang, "request-for-relative"));
                    session.next_for_relative = true;
                    session.next_by_helper =
                        session.helper_named(self.content.locales.words().names_a_helper(text));
                    return self.enter(session, &page, false, ctx, reply);
                }
                // "Is there a phone number I can call the office?" after sending got the list
                // of requests, and went to the office with the next message (field test CL of
                // stop 78): the office's number and address.
                Named::Nothing if self.office_to_call(session, text, None, ctx, reply) => {
                    return self.reprompt(session, ctx, reply);
                }
                // "Wo ist meine Anfrage?" from someone who sent one: their requests.
                // What waits for a request's button (a photo, a sentence) waits on: a field
                // test of stop 63 sent "I forgot the landlord's paper", its photo, then "did
                // they get it?", and the photo never reached the office.
                // A sentence that says more than that ("хочу добавить к заявке жену: Иванова
                // Наталья 12.3.1982", I want to add my wife to the request) waits with the
                // requests' buttons and goes with the one chosen (field test BT of stop 74
                // had to type it again).
                Named::Nothing
                    if !session.requests.is_empty()
                        && (self.sentence_names("cmd-status", "asked", text)
                            || self.asks_about_the_request(text)) =>
                {
                    self.keep_offer(session, reply);
                    let says_more = !self.asks_about_the_request(text)
                        && (super::forms::has_digit(text)
                            || crate::words::tokens(text).len() >= SAYS_MORE_WORDS);
                    return self.show_status_for_question(
                        session,
                        says_more.then_some(text),
                        ctx,
                        reply,
                    );
                }
                // "help me please", "I need help", "помогите" at a menu (field tests got "not
                // understood" or "I have no answer here, write an email"): the help, as
                // "Hilfe" alone; a cry first gets the emergency numbers. After the words of
                // one's requests: "help, where is my request?" is about those.
                // Not beside words that name a topic alone: "Hilfe beim Ausfüllen" is the
                // letters' help (a field test of stop 56 got the help).
                Named::Nothing
                    if let Some(cry) = self.plea_for_help(text, &lang)
                        && (cry || self.named_alone(&start, &sentence, &lang).is_none()) =>
                {
                    if cry && let Some(numbers) = self.urgent_text(&lang) {
                        reply.note(numbers);
                    }
                    return self.on_command(session, Command::Help, ctx, reply);
                }
                // "а коли мені прийти?" (when do I come?) days after sending a request:
                // about it, most likely; its answer is how the office will answer (before:
                // "I have no answer here, write to the Integrationsbüro"). Not "where can
                // I buy cheap furniture?" (an English field test got the list of requests).
                // So is a short sentence with digits that names an answer of it: "my new
                // phone number is 0176 4443332" (a field test of stop 58 got "not
                // understood"), not an address alone.
                // Not a question surely in another of the bot's languages: "where can I learn
                // German?" in the Russian chat got the list of requests (field test DB of stop
                // 83); it is asked whether to go on in English, below, and the page follows.
                // A sentence with digits stays for the request: "ana bdi maw3ed jdid 3shan el
                // iqama" (Arabic in Latin letters: a new appointment) in the English chat.
                Named::Nothing
                    if (((looks_like_a_question(text)
                        && self
                            .written_in_another_language(session, text, ctx)
                            .is_none())
                        || self.a_sentence_with_digits(text))
                        && self.question_about_a_request(session, text, ctx))
                        || self.a_correction_with_digits(session, text) =>
                {
                    // "was it sent?" waited with the requests' buttons and went to the office
                    // with the one chosen (a field test of stop 67): the list answers it.
                    let question = (!self.asks_about_the_request(text)).then_some(text);
                    return self.show_status_for_question(session, question, ctx, reply);
                }
                // "что это я не понимаю по арабски" (what is this, I don't read Arabic) at
                // the Arabic menu, where a "1" meant as yes to "Continue in Russian?" had
                // chosen Arabic (a field test got "I have no answer here" in Arabic): a
                // sentence surely in another of the bot's languages asks to go on in it.
                Named::Nothing
                    if let Some(code) = self.written_in_another_language(session, text, ctx) =>
                {
                    let then = self.first_message_page(session, text, &code);
                    session.state = State::ConfirmingLanguage { guess: code, then };
                    return self.reprompt(session, ctx, reply);
                }
                // "Ich brauche Hilfe beim Ausfüllen eines Antrags" at the counselling menu:
                // its form to ask for counselling, named by the option's `.typed` words (a
                // field test of stop 56 was told to write an email). Not a question with a
                // question mark: the page or a person answers that; nor a line typed as the
                // screen shows it whose number is another option's ("2) Записаться …").
                Named::Nothing
                    if !text.contains(['?', '؟'])
                        && !text.trim_start().starts_with(|c: char| c.is_numeric())
                        && let Some(option) = self.form_option_named(&here, text) =>
                {
                    return self.choose_option(session, here, option, Some(text), ctx, reply);
                }
                // "ich will mit einem Menschen sprechen", "بدي احكي مع شخص": the way to a
                // person (its option's `.typed`), not "I have no answer to that here" first
                // (a field test of stop 59).
                Named::Nothing
                    if let Some((menu, option, label)) = self.questions_option()
                        && self.sentence_names(label, "typed", text) =>
                {
                    let menu = menu.to_string();
                    return self.choose_option(session, menu, option, None, ctx, reply);
                }
                // "where is it?", "wo ist das?" at a page that shows its office's address
                // below: said so (a field test of stop 64 got "maybe the answer is on this
                // page", and an offer to ask a person where the office is).
                Named::Nothing
                    if self
                        .content
                        .flow
                        .node(&here)
                        .is_some_and(|page| !page.offices.is_empty())
                        && self.sentence_names("page-address-below", "asked", text) =>
                {
                    reply.note(self.t(&lang, "page-address-below"));
                    return self.reprompt(session, ctx, reply);
                }
                // "مرحبا انا من سوريا وصلت جديد على كالتال شو لازم اعمل" (I just arrived in
                // Kalletal, what must I do?): no question for a person, and no one page
                // answers it (field test CF of stop 77 got "I have no answer to that
                // here"). What most people do first, with the main menu.
                Named::Nothing if self.sentence_names("new-here", "asked", text) => {
                    reply.note(self.t(&lang, "new-here"));
                    return self.on_command(session, Command::Menu, ctx, reply);
                }
                // A question that names no topic: offer to write it to a person. Where no
                // person can be written to here, not one that names the help with letters
                // and forms ("who can help me with a letter?", "kann mir jemand beim
                // Formular helfen?": a field test of stop 58 was told to write an email),
                // whose page says where to get it.
                Named::Nothing
                    if (looks_like_a_question(text)
                        || self.names_something_unknown(text)
                        || about_the_page)
                        && (about_the_page
                            || self.person_reachable(ctx)
                            || self.named_alone(&start, &sentence, &lang).is_none())
                        && self.offer_to_person(
                            session,
                            if about_the_page {
                                "not-understood-question-page"
                            } else {
                                "not-understood-question"
                            },
                            Offer::Text(text),
                            ctx,
                            reply,
                        ) =>
                {
                    return;
                }
                // "Brief", "I got a letter" (not a question: that is offered to a person
                // above): the counselling menu, by the words that name a topic only alone.
                Named::Nothing => {
                    let alone = self.named_alone(&here, &sentence, &lang).or_else(|| {
                        (here != start)
                            .then(|| self.named_alone(&start, &sentence, &lang))
                            .flatten()
                    });
                    if let Some(topic) = alone {
                        if let Some(note) =
                            self.deadline_note(&self.said_in_any(text, &lang), &lang, ctx)
                        {
                            reply.note(note);
                        }
                        return self.open_topic(session, topic, ctx, reply);
                    }
                }
                // "I need money, I have no job" (an English run by hand: "not understood"):
                // which topics it names, to be chosen by name (the labels open them
                // from any menu).
                Named::Several => {
                    let mut several = self.several_topics(&here, &sentence, &lang);
                    if several.len() < 2 {
                        several = self.several_topics(&start, &sentence, &lang);
                    }
                    if let Some(note) = self.several_topics_note(&several, &lang) {
                        reply.note(note);
                        // "ev sahibi kirayı 100 euro artırdı, ne yapmalıyım? jobcenter öder
                        // mi" typed at the driving licence's page: the request begun below
                        // the topic chosen took the first message about the licence, and
                        // this one was lost (field test BT of stop 74). It goes with a
                        // request below the topic chosen (`choose_option`), or the first.
                        let words = crate::words::tokens(text).len();
                        if let Some((_, first)) = several.first()
                            && (words >= SAYS_MORE_WORDS
                                || (words >= 4
                                    && self.tells_a_number_or_day(
                                        text,
                                        &self.said_in_any(text, &lang),
                                    )))
                            && Some(first.target.as_str()) != urgent
                        {
                            let said = crate::engine::session::SaidBefore::told(
                                text,
                                &first.target,
                                ctx.now,
                            );
                            self.keep_said_before(session, said);
                        }
                        self.offer_topics(session, &several, reply);
                        return self.reprompt(session, ctx, reply);
                    }
                }
            }
        }
        // "Джобцентр" typed at "Cancel the request?" went on with the form and was taken
        // as the given name (field test BP of stop 72). A few words without digits that
        // name a topic of the main menu say where the person wants to go: there, with the
        // answers kept as /menu keeps them.
        if matches!(session.state, State::ConfirmingCancel { .. })
            && !text.chars().any(|c| c.is_ascii_digit())
            && crate::words::tokens(text).len() <= 3
        {
            let start = self.content.flow.start.clone();
            if let Named::One(_) = self.find_topic(&start, &topics::Sentence::prepared(text), &lang)
            {
                session.trail.clear();
                session.state = State::AtNode { node: start };
                reply.note(self.t(&lang, "cancel-kept"));
                return self.on_text(session, text, ctx, reply);
            }
        }
        // German hand test on Telegram: "0151 2345678" and an email address typed at "Cancel
        // the request?" (a stray "2" had pressed Cancel) got "not understood", and the "ja"
        // meant for the next question dropped every answer. Text that is neither yes nor no
        // there is the form going on: kept, and taken at its question.
        if matches!(session.state, State::ConfirmingCancel { .. })
            && text.chars().any(char::is_alphanumeric)
        {
            if let State::ConfirmingCancel { resume, .. } = std::mem::take(&mut session.state) {
                session.state = *resume;
            }
            reply.note(self.t(&lang, "cancel-kept"));
            return self.on_text(session, text, ctx, reply);
        }
        // Not understood is no answer to what the screen offered: a message waiting for a
        // request's button, and that button, stay (a field test of stop 63 saw "12)
        // Message about KAL-…" again, typed 12, and got "write a number from 1 to 11").
        self.keep_offer(session, reply);
        reply.note(
            self.number_range_note(&prompt, text, &lang)
                .unwrap_or_else(|| self.t(&lang, "not-understood")),
        );
        self.reprompt(session, ctx, reply);
    }

    /// Option `option` of menu `node` chosen, by its button or by `said`, a sentence that
    /// names it: Back returns to that menu (the current one, or an older one further up
    /// the chat), and a form it starts begins with the option's answers and the form's
    /// choices `said` names ("Hilfe beim Ausfüllen eines Antrags" is the topic "Briefe und
    /// Anträge": the topic was asked again after the form opened, a field test of stop 57).
    fn choose_option(
        &self,
        session: &mut Session,
        node: String,
        option: usize,
        said: Option<&str>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let flow = &self.content.flow;
        let Some(chosen) = flow.node(&node).and_then(|n| n.kind.options().get(option)) else {
            return self.stale(session, ctx, reply);
        };
        // A topic offered for a message that named several: the message goes with a
        // request begun below this one (it was kept for the first of them).
        if reply.topics_on_offer.contains(&(node.clone(), option))
            && let Some(before) = session.said_before.as_mut()
            && !before.asked
            && reply.topics_on_offer.iter().any(|(menu, offered)| {
                flow.node(menu)
                    .and_then(|n| n.kind.options().get(*offered))
                    .is_some_and(|option| option.goto == before.topic)
            })
        {
            before.topic.clone_from(&chosen.goto);
        }
        let mut answers = chosen.answers.clone();
        if let Some(said) = said
            && let Some(form) = flow.form(&chosen.goto)
        {
            for field in &form.fields {
                if let FieldKind::Choice { options, .. } = &field.kind
                    && !answers.iter().any(|(id, _)| *id == field.id)
                    && let Named::One(named) = self.option_in_sentence(options, said)
                {
                    answers.push((field.id.clone(), named.value.clone()));
                }
            }
        }
        self.remember(session, node);
        self.enter_with_answers(session, &chosen.goto, true, &answers, ctx, reply);
    }

    /// Asks whether to go on in the language `text` is written in, then `target`, where
    /// the text is in a script the chat's language is not written in ("Где находится
    /// ратуша?" in an English chat: a field test's Russian sentence without a page had been
    /// offered Russian, and with one it would have been answered in English). Never before
    /// the emergency page. Whether it asked.
    fn asked_in_another_script(
        &self,
        session: &mut Session,
        text: &str,
        target: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) -> bool {
        let lang = self.lang(session, ctx);
        let urgent = self.content.flow.urgent.as_ref().map(|(id, _)| id.as_str());
        if Some(target) == urgent
            || !script::main_script(text)
                .is_some_and(|written| written != script::script_of_language(&lang))
        {
            return false;
        }
        let Some(code) = self.written_in_another_language(session, text, ctx) else {
            return false;
        };
        let then = self
            .first_message_page(session, text, &code)
            .or_else(|| Some(target.to_string()));
        session.state = State::ConfirmingLanguage { guess: code, then };
        self.reprompt(session, ctx, reply);
        true
    }

    /// The language a sentence of three words or more is surely written in, where the bot
    /// has texts in it and it is not the chat's, nor Russian in a Ukrainian chat (many
    /// Ukrainians write Russian).
    fn written_in_another_language(
        &self,
        session: &Session,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> Option<String> {
        if crate::words::tokens(text).len() < 3 {
            return None;
        }
        let locales = &self.content.locales;
        let supported: Vec<&str> = locales.languages().collect();
        let Guess::Language { code, confident } =
            guess_language(text, locales.words(), &supported, ctx.language_hint)
        else {
            return None;
        };
        let chat = session.language.as_deref()?;
        // Not sure which, but surely not the chat's: a sentence in another script ("Где
        // находится ратуша?" in an English chat got "I have no answer", a field test; its
        // Russian and Ukrainian are near).
        let script = |code: &str| locales.words().get(code).and_then(|words| words.script);
        // Not Latin letters: Persian and Arabic are typed in them too ("chand pul ast?" in a
        // Persian chat was offered English).
        let other_script = whatlang::detect_script(text).is_some_and(|written| {
            written != whatlang::Script::Latin
                && Some(written) == script(&code)
                && script(chat) != Some(written)
        });
        if !confident && !other_script {
            return None;
        }
        // "I don't understand English", "I don't speak English" in an Arabic chat were
        // offered English.
        if locales.words().names_language(&code, text) && self.says_not_understood(text) {
            return None;
        }
        // Russian in a Ukrainian chat is kept; Ukrainian in a Russian chat is not (a
        // Ukrainian in a Russian chat of a field test of stop 61 wrote "Мені потрібна
        // допомога з реєстрацією адреси" and got "I have no answer here", in Russian).
        let neighbours = matches!((chat, code.as_str()), ("uk", "ru"));
        (code != chat && !neighbours).then_some(code)
    }

    /// "Your message fits several topics: Social benefits, Jobcenter and work. Which one do
    /// you mean?", for two to [`MAX_SEVERAL_TOPICS`] topics (by their labels).
    fn several_topics_note(
        &self,
        several: &[(String, topics::TopicPath)],
        lang: &str,
    ) -> Option<String> {
        (2..=MAX_SEVERAL_TOPICS).contains(&several.len()).then(|| {
            let names: Vec<String> = several
                .iter()
                .map(|(label, _)| self.t(lang, label))
                .collect();
            let names = self.list_text(&names, lang);
            self.ta(lang, "topics-several", &[("topics", names.into())])
        })
    }

    /// A button for each of the topics [`Self::several_topics_note`] names, below the menu
    /// shown next: for this answer and, by number or label, the next step.
    fn offer_topics(
        &self,
        session: &mut Session,
        several: &[(String, topics::TopicPath)],
        reply: &mut Reply,
    ) {
        let options: Vec<(String, usize)> = several
            .iter()
            .filter_map(|(_, topic)| self.option_opening(topic))
            .collect();
        session.offer_topics.clone_from(&options);
        reply.offered_topics = options;
    }

    /// Opens a topic a sentence named. Back goes to the page or menu the person was on
    /// (field test BI of stop 70: "Kita" typed at the everyday page, then Back, showed the
    /// children's menu, a place never seen); from the main menu, or from a form, to the
    /// menus on the way to the topic.
    fn open_topic(
        &self,
        session: &mut Session,
        topic: topics::TopicPath,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        match &session.state {
            State::AtNode { node } if *node != self.content.flow.start => {
                let here = node.clone();
                self.remember(session, here);
            }
            _ => {
                for menu in topic.menus {
                    self.remember(session, menu);
                }
            }
        }
        // A photo of a letter, then "Jobcenter": the page opens, and the photo still waits
        // for a person, with its button on the page.
        self.keep_file_offer(session, &lang, reply);
        self.enter(session, &topic.target, true, ctx, reply);
    }

    /// The number a text of one number word says, in any language ("zwei", "واحد"). Not
    /// the short Latin words that are articles or pronouns elsewhere ("a", "an" count one
    /// week ago; Kurmanji "du", two, is German "you").
    pub(super) fn number_word(&self, text: &str) -> Option<u32> {
        match crate::words::tokens(text).as_slice() {
            [word] if !word.is_ascii() || word.len() >= 3 => {
                self.content.locales.date_words().number(word)
            }
            _ => None,
        }
    }

    /// Whether only buttons answer what is on screen: a menu or page, or a form's list,
    /// yes/no or interpreter question (not a name, a date or a count, where a number word
    /// is an answer or part of one).
    fn buttons_answer_here(&self, session: &Session) -> bool {
        if matches!(session.state, State::AtNode { .. }) {
            return true;
        }
        self.field_on_screen(session).is_some_and(|(field, step)| {
            step == FieldStep::Main
                && matches!(
                    field.kind,
                    FieldKind::Choice { .. }
                        | FieldKind::Appointment { .. }
                        | FieldKind::YesNo
                        | FieldKind::Interpreter
                )
        })
    }

    /// The form question on screen, and its step.
    fn field_on_screen(&self, session: &Session) -> Option<(&Field, FieldStep)> {
        let State::InForm { form } = &session.state else {
            return None;
        };
        let Position::Field { index, step, .. } = session.drafts.get(form)?.position else {
            return None;
        };
        Some((self.content.flow.form(form)?.fields.get(index)?, step))
    }

    /// Whether the chat is at a form's question that is not a free-text one (whose words go
    /// to the office as they are).
    fn at_a_question_but_free_text(&self, session: &Session) -> bool {
        let State::InForm { form } = &session.state else {
            return false;
        };
        let (Some(form), Some(draft)) = (self.content.flow.form(form), session.drafts.get(form))
        else {
            return false;
        };
        let Position::Field { index, .. } = draft.position else {
            return false;
        };
        form.fields
            .get(index)
            .is_some_and(|field| !matches!(field.kind, FieldKind::Text { .. }))
    }

    /// The kind answer to a message that is only thanks, a greeting or a goodbye, in any
    /// language ("Danke", "شكرا", "Hallo", "Tschüss"): the id of the text said back.
    pub(super) fn small_talk(&self, text: &str) -> Option<&'static str> {
        self.small_talk_alone(text).or_else(|| {
            // "thank u very much brother", "شكرا يا اخي", "sağol kardeşim" were read as a
            // request for a brother (field test BQ of stop 73): words that call the person
            // written to, before or after, are no part of what is said.
            let mut rests = self.without_calling_words(text);
            // In the middle too: "شكرا اخي الله يعطيك العافية" (field test BR of stop 73).
            let without = self.without_vocatives(text);
            if without.split_whitespace().count() < text.split_whitespace().count() {
                rests.push(without);
            }
            rests
                .iter()
                .find_map(|rest| self.small_talk_alone(rest))
                .filter(|id| matches!(*id, "reply-thanks" | "reply-greeting" | "reply-goodbye"))
        })
    }

    /// The words that call the person written to (`reply-thanks`'s `.calling` in any
    /// language: "brother", "يا اخي", "kardeşim"), as [`loose_key`]s.
    fn calling_spellings(&self) -> Arc<[String]> {
        cached(&self.option_spellings, "calling\u{0}reply-thanks", || {
            let locales = &self.content.locales;
            locales
                .languages()
                .filter_map(|lang| locales.attribute(lang, "reply-thanks", "calling"))
                .flat_map(|words| words.split(',').map(loose_key).collect::<Vec<_>>())
                .filter(|spelling| !spelling.is_empty())
                .collect()
        })
    }

    /// `text` without the words that call the person written to where they do ("merhaba
    /// kardesim, ev sahibi …", "شكرا اخي الله يعطيك العافية", "спасибо, брат"): after a word
    /// of thanks, greeting or goodbye (or Arabic "يا"), or first and followed by a comma or
    /// nothing. "My brother" only before a comma or the end ("thanks, my brother is ill" is
    /// about him). Field test BR of stop 73: "merhaba kardesim" made a man's own Jobcenter
    /// request his brother's, and the office doubted his phone number. The office's email
    /// reads its gist from this too ("Bruder" was shown for "merhaba kardesim").
    pub fn without_vocatives(&self, text: &str) -> String {
        let calling = self.calling_spellings();
        let kind = self.kind_words();
        let words: Vec<&str> = text.split_whitespace().collect();
        let ends_a_part = |word: &str| word.ends_with([',', '!', '.', '،', ';', '?', '؟']);
        let mut keep = vec![true; words.len()];
        for at in 0..words.len() {
            for length in [2, 1] {
                let Some(run) = words.get(at..at + length) else {
                    continue;
                };
                if !calling.contains(&loose_key(&run.join(" "))) {
                    continue;
                }
                let (Some(first), Some(last)) = (run.first(), run.last()) else {
                    continue;
                };
                let closes = at + length == words.len() || ends_a_part(last);
                let after_kind = at
                    .checked_sub(1)
                    .and_then(|before| words.get(before))
                    .is_some_and(|before| kind.contains(&loose_key(before)));
                let one_word = length == 1 || kind.contains(&loose_key(first));
                if (after_kind && (one_word || closes)) || (at == 0 && closes) {
                    for kept in keep.iter_mut().skip(at).take(length) {
                        *kept = false;
                    }
                    break;
                }
            }
        }
        words
            .iter()
            .zip(&keep)
            .filter(|(_, kept)| **kept)
            .map(|(word, _)| *word)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The one-word spellings of thanks, greeting and goodbye in every language, and
    /// Arabic "يا" (O …), as [`loose_key`]s.
    fn kind_words(&self) -> Arc<[String]> {
        cached(&self.option_spellings, "kind words\u{0}", || {
            ["reply-thanks", "reply-greeting", "reply-goodbye"]
                .into_iter()
                .flat_map(|id| self.typed_spellings(id).to_vec())
                .filter(|spelling| !spelling.contains(' '))
                .chain(["يا", "ya"].map(String::from))
                .collect()
        })
    }

    /// How many words `text` has beside words of greeting, thanks or goodbye and words
    /// that call the person written to: "Добрий день, хочу зареєструвати адресу" (good day,
    /// I want to register my address) has three, which say no more than the page it opens
    /// (stop 74 by hand: it reached the office as the first message).
    pub(super) fn words_beyond_kind_words(&self, text: &str) -> usize {
        let kind = self.kind_words();
        let phrases: Vec<String> = ["reply-thanks", "reply-greeting", "reply-goodbye"]
            .into_iter()
            .flat_map(|id| self.typed_spellings(id).to_vec())
            .filter(|spelling| spelling.contains(' '))
            .collect();
        let mut rest = loose_key(&self.without_vocatives(text));
        for phrase in &phrases {
            rest = rest.replace(phrase.as_str(), " ");
        }
        crate::words::tokens(&rest)
            .iter()
            .filter(|token| !kind.contains(&loose_key(token)))
            .count()
    }

    /// Whether `text` names someone the writer writes for ([`WordLists::names_another_person`]),
    /// a word that calls the person written to ("kardeşim", "habibi") not counted.
    pub(super) fn names_another_person(&self, text: &str) -> bool {
        let words = self.content.locales.words();
        words.names_another_person(text)
            && words.names_another_person(&self.without_vocatives(text))
    }

    /// Whether `text` says the writer writes for another ([`crate::i18n::Locales::writes_for_another`]),
    /// a word that calls the person written to not counted.
    pub(super) fn writes_for_another(&self, text: &str) -> bool {
        let locales = &self.content.locales;
        locales.writes_for_another(text)
            && locales.writes_for_another(&self.without_vocatives(text))
    }

    /// `text` without one to three words at its start or end that call the person written
    /// to (`reply-thanks`'s `.calling` in any language), each way that leaves words.
    fn without_calling_words(&self, text: &str) -> Vec<String> {
        let calling = self.calling_spellings();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '!' | '.' | '،'))
            .filter(|word| !word.is_empty())
            .collect();
        let mut rests = Vec::new();
        for n in 1..=3.min(words.len().saturating_sub(1)) {
            let (head, tail) = words.split_at(words.len() - n);
            if calling.contains(&loose_key(&tail.join(" "))) {
                rests.push(head.join(" "));
            }
            let (head, tail) = words.split_at(n);
            if calling.contains(&loose_key(&head.join(" "))) {
                rests.push(tail.join(" "));
            }
        }
        rests
    }

    fn small_talk_alone(&self, text: &str) -> Option<&'static str> {
        let typed = loose_key(text);
        // "stopp", "стоп", "dur" alone got "not understood" (a field test of stop 59).
        let said = |typed: &String| {
            [
                "reply-thanks",
                "reply-greeting",
                "reply-goodbye",
                "reply-stop",
            ]
            .into_iter()
            .find(|id| self.typed_spellings(id).contains(typed))
        };
        // "ok thanks", "хорошо, спасибо", "tamam teşekkürler" got "Sorry, I did not
        // understand" (a field test): a word of "read it" before thanks is thanks.
        said(&typed)
            .or_else(|| {
                let (first, rest) = text
                    .trim()
                    .split_once(|c: char| c.is_whitespace() || c == ',')?;
                let first = loose_key(first);
                let read_it =
                    says_read_it(&first) || self.typed_spellings("button-yes").contains(&first);
                said(&loose_key(rest)).filter(|id| read_it && *id == "reply-thanks")
            })
            .or_else(|| {
                // "дякую, до побачення", "thanks! bye" (a field test of stop 58 got "I have
                // no answer to that question"): each part said kindly, the goodbye last.
                let parts: Vec<String> = text
                    .split([',', '!', '.', ';', '،'])
                    .map(loose_key)
                    .filter(|part| !part.is_empty())
                    .collect();
                let mut each: Option<Vec<&'static str>> = parts.iter().map(said).collect();
                // Without a comma: "شكرا مع السلامة" (thanks, goodbye), "danke tschüss".
                if parts.len() == 1 {
                    let words: Vec<&str> = text.split_whitespace().collect();
                    each = (1..words.len()).find_map(|cut| {
                        let (first, rest) = words.split_at_checked(cut)?;
                        let first = said(&loose_key(&first.join(" ")))?;
                        let rest = said(&loose_key(&rest.join(" ")))?;
                        Some(vec![first, rest])
                    });
                }
                let each = each.filter(|each| each.len() > 1)?;
                ["reply-goodbye", "reply-thanks", "reply-greeting"]
                    .into_iter()
                    .find(|id| each.contains(id))
            })
            .or_else(|| {
                // "tamam danke tesekkurler" (ok, thanks in German and Turkish) went to the
                // office as an email (field test BA of stop 70): the message cut into runs
                // of up to three words, each a word of thanks, greeting or goodbye in any
                // language, or of "read it" ("ok", "tamam"), with at least one of the first.
                let words: Vec<String> = text
                    .split(|c: char| c.is_whitespace() || matches!(c, ',' | '!' | '.' | '،'))
                    .map(loose_key)
                    .filter(|word| !word.is_empty())
                    .collect();
                if words.len() < 2 || words.len() > 8 {
                    return None;
                }
                // Each run: `None` where it is neither kind nor "read it", else what kind
                // thing it says, if any.
                let run_says = |run: &[String]| -> Option<Option<&'static str>> {
                    let run = run.join(" ");
                    let kind = said(&run).filter(|id| *id != "reply-stop");
                    let read_it = !run.contains(' ')
                        && (says_read_it(&run)
                            || self.typed_spellings("button-yes").contains(&run));
                    (kind.is_some() || read_it).then_some(kind)
                };
                let each = kind_runs(&words, &run_says).filter(|each| !each.is_empty())?;
                ["reply-goodbye", "reply-thanks", "reply-greeting"]
                    .into_iter()
                    .find(|id| each.contains(id))
            })
    }

    /// "11" under ten buttons, "0": which numbers there are (an English field test got
    /// "Sorry, I did not understand", which said nothing of what was wrong with a number).
    /// `None` where `text` is no number or `prompt`'s numbers are answers of their own.
    pub(super) fn number_range_note(
        &self,
        prompt: &Output,
        text: &str,
        lang: &str,
    ) -> Option<String> {
        let numbered = prompt
            .message()
            .filter(|message| !message.numbers_are_answers)
            .map_or(0, |message| message.buttons.len());
        // "1 und 3", "1 û 3", "١، ٣": several of the numbers shown, where one is asked (a
        // Kurmanji field test of stop 79). The other can be chosen after it at a menu, not
        // at a form's list (field test CS of stop 80: a second nationality).
        if several_numbers(text, numbered).is_some() {
            let in_form = prompt.message().is_some_and(|message| {
                message
                    .buttons
                    .iter()
                    .any(|button| matches!(Action::parse(button.data()), Ok(Action::Answer { .. })))
            });
            return Some(self.t(
                lang,
                if in_form {
                    "error-one-option-form"
                } else {
                    "error-one-option"
                },
            ));
        }
        let typed = normalize_for_matching(text);
        // Any length of digits ("99999999999999999999999" overflows every counter), and a
        // minus before them.
        let digits = typed.strip_prefix('-').unwrap_or(&typed);
        let is_number = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
        // "015112345678" at a menu is a phone number, not the 15-billionth option: "Please
        // write a number from 1 to 10" (tried by hand) told the person nothing.
        (numbered > 0 && is_number && values::phone(text).is_err()).then(|| {
            self.ta(
                lang,
                "error-number-range",
                &[
                    ("min", 1i64.into()),
                    ("max", i64::try_from(numbered).unwrap_or(i64::MAX).into()),
                ],
            )
        })
    }

    /// The page a message written in `lang` names from the main menu, with the menus on
    /// the way remembered for Back: where a first message (or the message that settles
    /// its language) leads once the language is set.
    fn first_message_page(&self, session: &mut Session, text: &str, lang: &str) -> Option<String> {
        self.first_topic(text, lang).map(|topic| {
            for menu in topic.menus {
                self.remember(session, menu);
            }
            topic.target
        })
    }

    /// Which fixed texts ([`MORE_TYPED_MEANINGS`] and what it names) `typed` (a
    /// [`loose_key`]) is a spelling of: label or
    /// `.typed`, in any language. One look-up in an index made once: every text at a menu
    /// or in a form asks it.
    pub(super) fn typed_meanings(&self, typed: &str) -> &[&'static str] {
        let index = self.typed_index.get_or_init(|| {
            let mut index: HashMap<String, Vec<&'static str>> = HashMap::new();
            let ids = Command::WORDS
                .iter()
                .map(|(_, id)| *id)
                .chain(FIELD_BUTTON_LABELS)
                .chain(MORE_TYPED_MEANINGS);
            for id in ids {
                for spelling in self.option_spellings(id).iter() {
                    let ids = index.entry(spelling.clone()).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            index
        });
        if let Some(meanings) = index.get(typed) {
            return meanings;
        }
        // "да правильно", "eh sah", "ja genau": two or three words that each say yes say
        // yes (a field test of stop 65 was asked again twice after "да правильно").
        let words = crate::words::tokens(typed);
        let says_yes = |word: &String| {
            index
                .get(&loose_key(word))
                .is_some_and(|meanings| meanings.contains(&"button-yes"))
        };
        if (2..=3).contains(&words.len()) && words.iter().all(says_yes) {
            return &["button-yes"];
        }
        &[]
    }

    /// Whether `typed` (a [`loose_key`]) is message `id` or one of its `.typed` spellings in
    /// language `lang` or in English, whose `.typed` holds the words and signs every
    /// language uses ("ok", "👍"). Not pooled over all languages: "да" after a German guess
    /// tells the language rather than saying yes to German.
    fn said_in(&self, lang: &str, id: &str, typed: &str) -> bool {
        let locales = &self.content.locales;
        [lang, "en"].into_iter().any(|lang| {
            loose_key(&self.t(lang, id)) == typed
                || locales
                    .attribute(lang, id, "typed")
                    .is_some_and(|words| words.split(',').any(|word| loose_key(word) == typed))
        })
    }

    /// The one option of `node` that opens a form whose first question is a name: where a
    /// name said in a sentence there belongs.
    fn form_option_starting_with_a_name(&self, node: &str) -> Option<usize> {
        let options = self.content.flow.node(node)?.kind.options();
        let mut forms = options.iter().enumerate().filter(|(_, option)| {
            self.content
                .flow
                .form(&option.goto)
                .and_then(|form| form.fields.first())
                .is_some_and(|field| matches!(field.kind, FieldKind::Name { .. }))
        });
        let (index, _) = forms.next()?;
        forms.next().is_none().then_some(index)
    }

    /// The one option of menu `node` that opens a form and whose `.typed` words `text`
    /// holds ("Hilfe beim Ausfüllen" for "Beratung anfragen").
    fn form_option_named(&self, node: &str, text: &str) -> Option<usize> {
        let options = self.content.flow.node(node)?.kind.options();
        let mut named = options.iter().enumerate().filter(|(_, option)| {
            self.content.flow.form(&option.goto).is_some()
                && self.sentence_names(&option.label, "typed", text)
        });
        let (index, _) = named.next()?;
        named.next().is_none().then_some(index)
    }

    /// The menu option that opens the flow's `questions` node (the first in the files'
    /// order): its menu, index and label.
    pub(super) fn questions_option(&self) -> Option<(&str, usize, &str)> {
        let flow = &self.content.flow;
        let (questions, _) = flow.questions.as_ref()?;
        flow.node_order.iter().find_map(|id| {
            let node = flow.node(id)?;
            let (index, option) = node
                .kind
                .options()
                .iter()
                .enumerate()
                .find(|(_, option)| option.goto == *questions)?;
            Some((node.id.as_str(), index, option.label.as_str()))
        })
    }

    /// Whether `text` is a sentence of three words or more with digits in it, one of them a
    /// common word of a language ("my new phone number is 0176 4443332", "بدي غير رقم
    /// تلفوني، الرقم الجديد 0176 9999999"): not an address or a number alone.
    fn a_sentence_with_digits(&self, text: &str) -> bool {
        let words = crate::words::tokens(text);
        let word_lists = self.content.locales.words();
        words.len() >= 3
            && values::normalize_digits(text).contains(|c: char| c.is_ascii_digit())
            && words.iter().any(|word| word_lists.is_common_word(word))
    }

    /// Whether a question that names no topic is, most likely, about a request sent in the
    /// last [`RECENT_REQUEST_DAYS`] and still open: one that can be written about here (the
    /// question is then offered to go with it), or one it names an answer of ("my birth
    /// date is wrong": a label of its office's forms) or asks when (`cmd-status`'s
    /// `.when`: "when do I come?").
    fn question_about_a_request(
        &self,
        session: &Session,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> bool {
        let recent = recent_requests(session, ctx);
        if recent.is_empty() {
            return false;
        }
        if recent
            .iter()
            .any(|request| self.can_write_about(request, ctx))
            || self.sentence_names("cmd-status", "when", text)
        {
            return true;
        }
        self.names_an_answer_of(&recent, text)
    }

    /// The page that opens the form of the request sent last (in the last
    /// [`RECENT_REQUEST_DAYS`]), where `text` asks for a request for a family member
    /// (`relatives`) and says nothing of the sent one: no answer of it named, no digits, no
    /// "when".
    fn page_for_a_relative(
        &self,
        session: &Session,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> Option<String> {
        let recent = recent_requests(session, ctx);
        let last = recent.last()?;
        if !self.writes_for_another(text)
            || values::normalize_digits(text).contains(|c: char| c.is_ascii_digit())
            || self.sentence_names("cmd-status", "when", text)
            || self.names_an_answer_of(&recent, text)
        {
            return None;
        }
        let (page, _, _) = self.form_option_of(&last.institution)?;
        Some(page.to_string())
    }

    /// Whether `text` names an answer of one of `requests` by its label ("my birth date",
    /// "doğum tarihimi": a label of its office's forms).
    fn names_an_answer_of(&self, requests: &[&RequestSummary], text: &str) -> bool {
        let flow = &self.content.flow;
        flow.node_order
            .iter()
            .filter_map(|id| flow.form(id))
            .filter(|form| {
                requests
                    .iter()
                    .any(|request| request.institution == form.institution)
            })
            .flat_map(|form| &form.fields)
            .any(|field| self.sentence_names(&field.label, "typed", text))
    }

    /// A reference number of this municipality's form (`KAL-2026-000123`) in `text` that
    /// is none of the session's requests.
    fn reference_not_here(&self, session: &Session, text: &str) -> Option<String> {
        let prefix = &self.content.flow.reference_prefix;
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .find(|word| {
                let mut parts = word.split('-');
                parts
                    .next()
                    .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
                    && parts.clone().count() == 2
                    && parts
                        .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
            })
            .filter(|word| {
                !session
                    .requests
                    .iter()
                    .any(|request| request.reference.eq_ignore_ascii_case(word))
            })
            .map(str::to_uppercase)
    }

    /// Whether `text` is the number of one of the person's requests as people type it
    /// ([`is_the_reference`]).
    fn own_reference_typed(&self, session: &Session, text: &str) -> bool {
        session
            .requests
            .iter()
            .any(|request| is_the_reference(&request.reference, text))
    }

    /// Whether `text`, three words or more, says an answer of a request sent and
    /// still open is wrong: it names the answer's question and a mistake (`gist =
    /// falsch`, in the chat's language): "ой ошибка гражданство россия не иран", "my name
    /// is wrong in the request".
    fn a_correction_in_words(&self, session: &Session, text: &str, lang: &str) -> bool {
        let open = open_requests(session);
        !open.is_empty()
            && crate::words::tokens(text).len() >= 3
            && self.gist_meanings(text, lang).contains("falsch")
            && self.names_an_answer_of(&open, text)
    }

    /// Whether `text` asks to cancel a request: not where the landlord cancelled ("the
    /// landlord cancelled, we now live at Bahnhofstr 9" was answered "I cannot take your
    /// request back", field test CX of stop 82).
    pub(super) fn asks_to_cancel(&self, text: &str, lang: &str) -> bool {
        self.sentence_names("cmd-cancel", "asked", text)
            && !self.gist_meanings(text, lang).contains("Vermieter")
    }

    /// The `gist` meanings `text` says in `lang` ("falsch", "vergessen", "nicht").
    pub(super) fn gist_meanings(
        &self,
        text: &str,
        lang: &str,
    ) -> std::collections::BTreeSet<String> {
        crate::gist::said_in(
            text,
            lang,
            self.content.locales.words(),
            self.content.locales.date_words(),
        )
        .into_iter()
        .filter_map(|said| match said {
            crate::gist::Said::Meaning(meaning) => Some(meaning),
            _ => None,
        })
        .collect()
    }

    /// Whether `text`, three words or more, says something was forgotten (`gist =
    /// vergessen`: "забула", "forgot", "نسيت"), or a relative's name is wrong ("sohn heißt
    /// Luca-Andrei nicht Luca": a field test of stop 63 was told to begin a new request),
    /// while a sent request is open ([`open_requests`]): it is about that request.
    fn something_forgotten(&self, session: &Session, text: &str, lang: &str) -> bool {
        if open_requests(session).is_empty() || crate::words::tokens(text).len() < 3 {
            return false;
        }
        let said = self.gist_meanings(text, lang);
        said.contains("vergessen")
            || (self.names_another_person(text)
                && (said.contains("falsch") || said.contains("nicht")))
    }

    /// Whether `text`, three words or more with digits, names an answer of a request sent
    /// and still open: "doğum tarihimi yanlış yazdım, 04.03.1995 olacak", "дата
    /// рождения неправильная, правильно 13.03.1979" (a field test of stop 59 got "not
    /// understood": none of its words is common enough to make it a sentence).
    fn a_correction_with_digits(&self, session: &Session, text: &str) -> bool {
        let open = open_requests(session);
        // Not an address alone ("Lange Straße 5, 32689 Kalletal"), whose "Straße" names
        // the address question.
        // Two words beside a number to call are enough: "رقمي الجديد 01761111111" (my new
        // number) got "not understood" (field test CG of stop 77).
        // An address with a word of correcting is one: "العنوان الصحيح Lemgoer Straße 12"
        // (the right address is …) got "not understood" (field test CJ of stop 78).
        let words = crate::words::tokens(text).len();
        let correcting = || {
            let said = self.gist_meanings(text, session.language.as_deref().unwrap_or_default());
            ["falsch", "richtig", "neue Adresse"]
                .iter()
                .any(|meaning| said.contains(*meaning))
        };
        !open.is_empty()
            && (words >= 3 || (words >= 2 && values::first_dialable_number(text).is_some()))
            && values::normalize_digits(text).contains(|c: char| c.is_ascii_digit())
            && (!values::names_a_street(text) || correcting())
            && self.names_an_answer_of(&open, text)
    }

    /// Whether `text` holds a birth date (a past date more than a year ago) or a phone
    /// number: "sorry mein geburtstag ist 21.08.1985 nicht 1986" after sending a request is
    /// a correction of it, whatever page "Geburt" names (it opened the page on pregnancy:
    /// a field test of stop 68). An appointment's date ("am 12.12. beim Jobcenter") is not.
    fn holds_a_value_of_a_person(&self, text: &str, ctx: &StepContext<'_>) -> bool {
        let today = ctx.local_now().date();
        values::first_past_date(text, today, self.content.locales.date_words())
            .is_some_and(|date| (today - date).num_days() > 365)
            || values::first_dialable_number(text).is_some()
    }

    /// The menu, option and its label that open a form of `institution` with no answers
    /// given (the counselling form of the office for questions), in the flow's order.
    pub(super) fn form_option_of(&self, institution: &str) -> Option<(&str, usize, &str)> {
        let flow = &self.content.flow;
        flow.node_order.iter().find_map(|id| {
            let node = flow.node(id)?;
            // Not a form that asks of another person too (the Kita and school question, on
            // a menu above the counselling one): a question of any kind goes with the
            // office's general request.
            let (index, option) = node.kind.options().iter().enumerate().find(|(_, option)| {
                option.answers.is_empty()
                    && flow.form(&option.goto).is_some_and(|form| {
                        form.institution == institution && !form.asks_of_another_person()
                    })
            })?;
            Some((node.id.as_str(), index, option.label.as_str()))
        })
    }

    /// The institution the flow's `questions` node writes to.
    pub(super) fn questions_institution(&self) -> Option<&Institution> {
        let flow = &self.content.flow;
        let (questions, _) = flow.questions.as_ref()?;
        match &flow.node(questions)?.kind {
            NodeKind::Contact { institution, .. } => flow.institution(institution),
            _ => None,
        }
    }

    /// The button of `message` (the open question) that `text` names loosely
    /// ([`match_button_loosely`]), or whose text it is in another of the content's languages
    /// ("Fertig" or "Zurück" from a Ukrainian who learnt the German words), or a yes or no
    /// that answers what the screen asks without Yes and No buttons (Send or Change at the
    /// summary, Skip at an optional question): asked only where the text is no answer of
    /// its own.
    pub(super) fn loosely_named_button(
        &self,
        session: &Session,
        message: &Message,
        text: &str,
    ) -> Option<String> {
        // "1) Записаться на приём": the line as the screen shows it, with its number (a
        // Russian field test got "not understood"). The number and the words must agree.
        if let Some((number, words)) = numbered_line(text) {
            let shown = number
                .checked_sub(1)
                .and_then(|index| message.buttons.get(index))
                .map(Button::data);
            return self
                .loosely_named_button(session, message, words)
                .filter(|data| shown == Some(data.as_str()));
        }
        let typed = loose_key(text);
        match_button_loosely(message, text)
            .or_else(|| self.button_named_in_any_language(session, message, text))
            .or_else(|| self.request_named(message, text))
            .or_else(|| reference_named(message, text))
            .or_else(|| {
                // A yes or no where the screen asks one without Yes and No buttons: "Is
                // everything right?" at the summary (yes sends, no shows the answers to
                // change), the questions before deleting or cancelling, and an optional question, where people say "no" when they have
                // no phone or e-mail (it skips the question).
                // "да правильно", "eh sah": words that each say yes ([`Self::typed_meanings`]).
                let yes = self.option_spellings("button-yes").contains(&typed)
                    || (typed.split_whitespace().count() > 1
                        && self.typed_meanings(&typed).contains(&"button-yes"));
                let no = self.option_spellings("button-no").contains(&typed);
                if !yes && !no {
                    return None;
                }
                let answered =
                    message
                        .buttons
                        .iter()
                        .find(|button| match Action::parse(button.data()) {
                            Ok(Action::Send) => yes,
                            // "Delete everything?", "Cancel this request?" answered "tak",
                            // "da", "بله" (a Ukrainian field test's "tak" was not
                            // understood, "Так" was): not with a 👍 alone.
                            // Nor "ok", "tamam", which also say "read it": a field test of
                            // stop 59 erased everything with them.
                            Ok(Action::ConfirmDelete(true) | Action::ConfirmCancel(true)) => {
                                yes && typed.chars().any(char::is_alphabetic)
                                    && !says_read_it(&typed)
                            }
                            Ok(
                                Action::Change
                                | Action::ConfirmDelete(false)
                                | Action::ConfirmCancel(false)
                                | Action::Answer {
                                    value: FieldButton::Skip,
                                    ..
                                },
                            ) => no,
                            _ => false,
                        });
                // A page whose one thing to do is a request ("Ich kann Ihre Anfrage an das
                // Bürgerbüro senden." – Request an appointment, Back): the word yes starts
                // it, no goes back. Not "ok", "tamam" or 👍, which people also write to say
                // they have read a page; and not where the one thing is a conversation with
                // an office, whose next words would go to it.
                let one_thing = || {
                    let locales = &self.content.locales;
                    // Syrian "ايه" (yes) got "Sorry, I did not understand" (a field test):
                    // any yes but the words that also say "read it".
                    let said_yes = yes
                        && (locales
                            .languages()
                            .any(|lang| loose_key(&self.t(lang, "button-yes")) == typed)
                            || (typed.chars().any(char::is_alphabetic) && !says_read_it(&typed)));
                    if yes && !said_yes {
                        return None;
                    }
                    let flow = &self.content.flow;
                    let only = the_only_button(message.buttons.iter().filter(|button| {
                        matches!(Action::parse(button.data()), Ok(Action::Go { .. }))
                    }))?;
                    let Ok(Action::Go { node, option }) = Action::parse(&only) else {
                        return None;
                    };
                    let target = &flow.node(&node)?.kind.options().get(option)?.goto;
                    if !matches!(flow.node(target)?.kind, NodeKind::Form(_)) {
                        return None;
                    }
                    if said_yes {
                        return Some(only);
                    }
                    message
                        .buttons
                        .iter()
                        .find(|button| matches!(Action::parse(button.data()), Ok(Action::Back)))
                        .map(|button| button.data().to_string())
                };
                answered
                    .map(|button| button.data().to_string())
                    .or_else(one_thing)
            })
    }

    /// At a page whose one thing to do is a request, the button to it where a sentence
    /// names it by its label's `.typed` phrases: "I want an appointment", "بدي احجز موعد",
    /// "хочу записаться" at the registration page got "I have no answer to that here" (a
    /// field test).
    fn request_named(&self, message: &Message, text: &str) -> Option<String> {
        let flow = &self.content.flow;
        let only = the_only_button(
            message
                .buttons
                .iter()
                .filter(|button| matches!(Action::parse(button.data()), Ok(Action::Go { .. }))),
        )?;
        let Ok(Action::Go { node, option }) = Action::parse(&only) else {
            return None;
        };
        let option = flow.node(&node)?.kind.options().get(option)?;
        // "yes please", "ja, gerne": a short yes first (not "ok", which says "read it").
        let words = crate::words::tokens(text);
        let yes_first = (2..=4).contains(&words.len())
            && self.first_word_yes_or_no(&words) == Some(true)
            && !words.first().is_some_and(|first| says_read_it(first));
        (matches!(flow.node(&option.goto)?.kind, NodeKind::Form(_))
            && (yes_first
                || self.sentence_names(&option.label, "typed", text)
                // Its label's words in Latin letters: "zapisatsya", "talab maw3id",
                // "darkhast" (a field test of stop 68 got "not understood").
                || (crate::words::tokens(text).len() <= 3
                    && !self.is_a_question(text)
                    && !self.is_asked(text)
                    && self.names_the_label(&option.label, text))))
        .then_some(only)
    }

    /// The one button of `message` whose fixed label (Back, Cancel, Skip …) `text` is, in
    /// any of the content's languages or as one of its `.typed` spellings: "Назад" at a
    /// German screen is Back.
    pub(super) fn button_named_in_any_language(
        &self,
        session: &Session,
        message: &Message,
        text: &str,
    ) -> Option<String> {
        let typed = loose_key(text);
        the_only_button(message.buttons.iter().filter(|button| {
            Action::parse(button.data())
                .ok()
                .and_then(|action| self.label_id(session, &action))
                .is_some_and(|id| self.option_spellings(id).contains(&typed))
        }))
    }

    /// The message id a button's label is made from, where it is a fixed text of the
    /// content: not a language's or a town's name, not a spelling suggested for a name.
    pub(super) fn label_id<'a>(&'a self, session: &Session, action: &Action) -> Option<&'a str> {
        let fixed = |id: &'static str| Some(id);
        let field = |index: usize| match &session.state {
            State::InForm { form } => self.content.flow.form(form)?.fields.get(index),
            _ => None,
        };
        match action {
            Action::Back => fixed("button-back"),
            Action::MainMenu => fixed("button-main-menu"),
            Action::CancelForm => fixed("button-cancel"),
            Action::Send => fixed("button-send"),
            Action::Change => fixed("button-change"),
            Action::Review => fixed("button-back-to-summary"),
            Action::Resume { .. } => fixed("button-continue-request"),
            Action::LanguageMenu => fixed("button-other-language"),
            Action::ConfirmDelete(true) => fixed("button-delete-yes"),
            Action::ConfirmDelete(false) => fixed("button-delete-no"),
            Action::ConfirmCancel(true) => fixed("button-cancel-yes"),
            Action::ConfirmCancel(false) => fixed("button-cancel-no"),
            Action::Go { node, option } => {
                let node = self.content.flow.node(node)?;
                Some(node.kind.options().get(*option)?.label.as_str())
            }
            Action::Fix { field: index } => Some(field(*index)?.label.as_str()),
            Action::Answer {
                field: index,
                value,
            } => match value {
                FieldButton::Option(k) => match &field(*index)?.kind {
                    FieldKind::Choice { options, .. } | FieldKind::Appointment { options } => {
                        Some(options.get(*k)?.label.as_str())
                    }
                    _ => None,
                },
                FieldButton::Other => match &field(*index)?.kind {
                    FieldKind::Choice {
                        other: Some(other), ..
                    } => Some(other.label.as_str()),
                    _ => None,
                },
                FieldButton::Yes => fixed("button-yes"),
                FieldButton::No => fixed("button-no"),
                FieldButton::Skip => fixed("button-skip"),
                FieldButton::Done => fixed("button-done"),
                FieldButton::NoPaper => fixed("button-no-paper"),
                FieldButton::RemovePhoto => fixed("button-photo-remove"),
                FieldButton::OtherInterpreterLanguage => fixed("button-interpreter-other"),
                FieldButton::NoLatinDocument => fixed("button-name-no-latin"),
                FieldButton::KeepAsWritten => fixed("button-address-keep"),
                FieldButton::NewPhoto => fixed("button-photo-retake"),
                FieldButton::KeepPhoto => fixed("button-photo-keep"),
                FieldButton::LatinSuggestion
                | FieldButton::SuggestedDate
                | FieldButton::KeepAnswer
                | FieldButton::InterpreterLanguage(_) => None,
            },
            Action::Language(_)
            | Action::Town(_)
            | Action::TownMenu
            | Action::WriteAbout { .. }
            | Action::WriteAboutAll => None,
        }
    }

    /// Free text before a language is chosen: guess the language from it.
    pub(super) fn on_language_text(
        &self,
        session: &mut Session,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let deep_link = session.state.return_point();
        // "укр", "рус", "eng": the start of a language's own name on the menu (the typing
        // test of stop 60 got "not understood", in English, or a guess to confirm).
        if matches!(session.state, State::ChoosingLanguage { .. })
            && deep_link.is_none()
            && let Some(data) = self
                .prompt(session, ctx)
                .message()
                .and_then(|message| match_button_loosely(message, text))
                .or_else(|| {
                    self.language_by_first_letters(&loose_key(text))
                        .map(|code| Action::Language(code).to_string())
                })
        {
            return self.on_button(session, &data, ctx, reply);
        }
        let locales = &self.content.locales;
        let supported: Vec<&str> = locales.languages().collect();
        let guess = guess_language(text, locales.words(), &supported, ctx.language_hint);
        // "Ich spreche kein Deutsch. Русский?": a language asked for, which the chat now
        // speaks; the message is no question for a person or the main menu (field test CM of
        // stop 78 got "I have no answer to that here" after the switch).
        let asks_for_a_language = named_language(text, locales.words()).is_some();
        // A first message that names a topic ("Ich möchte mich anmelden") opens its page once
        // the language is settled, with Back to the menus on the way. It is read in the
        // language guessed; one of no language (an office word alone, "Krankenkasse",
        // "Jobcenter", which newcomers of every language learn first) in the language the
        // bot writes in until one is chosen.
        let read_in = match &guess {
            Guess::Language { code, .. } => Some(code.clone()),
            Guess::Unknown => Some(self.lang(session, ctx)),
            Guess::NotAvailable { .. } => None,
        };
        let urgent = self.content.flow.urgent.as_ref().map(|(id, _)| id.clone());
        let then = match (&read_in, deep_link.clone()) {
            (Some(lang), None) => self
                .first_message_page(session, text, lang)
                .or_else(|| urgent.filter(|_| self.names_an_emergency(text, true))),
            (_, then) => then,
        };
        // "Das Jobcenter hat diesen Monat kein Geld überwiesen, was soll ich tun?": the
        // topics a confident first message names when it names no one page, listed above
        // the main menu.
        let several = match &guess {
            Guess::Language {
                code,
                confident: true,
            } if then.is_none() => {
                let several = self.several_topics(
                    &self.content.flow.start,
                    &topics::Sentence::prepared(text),
                    code,
                );
                self.several_topics_note(&several, code)
                    .map(|note| (note, several))
            }
            _ => None,
        };
        // Where the language is asked, the one chosen may not be the guess: the message is
        // also read in every other language, and the choice picks its reading where it
        // names a page (`choose_language`). A later message that names nothing keeps the
        // readings of the one before ("عربي" after "zalamti bidrobni" was proposed as
        // Turkish).
        let confident = matches!(
            guess,
            Guess::Language {
                confident: true,
                ..
            }
        );
        if deep_link.is_some() || (confident && then.is_some()) {
            session.topic_by_language.clear();
        } else if !confident {
            let readings: std::collections::BTreeMap<String, String> = supported
                .iter()
                .filter(|lang| Some(**lang) != read_in.as_deref())
                .filter_map(|lang| Some((lang.to_string(), self.first_topic(text, lang)?.target)))
                .collect();
            if !readings.is_empty() {
                session.topic_by_language = readings;
            }
        }
        // One in a language without texts, of a few words: said to be unread once a language
        // is chosen (field test CN of stop 78: "Dzień dobry, potrzebuję pomocy z
        // meldunkiem" asked nothing by the question's words, and got the menu alone).
        let unreadable =
            matches!(guess, Guess::NotAvailable { .. }) && crate::words::tokens(text).len() >= 3;
        session.first_words = (then.is_none()
            && deep_link.is_none()
            && !asks_for_a_language
            && (unreadable || self.asks_something(text, read_in.as_deref())))
        .then(|| text.to_string());
        // A first message that opens a page and says more than its topic: for the request
        // begun below it (`Session::said_before`). Not the emergency page's.
        session.said_before = then
            .as_deref()
            .filter(|_| deep_link.is_none())
            .and_then(|topic| self.first_message_kept(text, Some(topic), ctx))
            // "hallo ich schreibe für meine mutter sie spricht nur dari" opened no page, and
            // that a son wrote for his mother never reached the office (field test AZ of
            // stop 69): who it is for goes with any request begun that day.
            // "мені прийшов лист від джобцентр … там написано до 15.12", read in a
            // language to be confirmed first, opened the Jobcenter's page after the yes,
            // and the deadline never reached the office (field test BD of stop 70): kept
            // without a topic until the language is chosen ([`Self::choose_language`]).
            .or_else(|| {
                (deep_link.is_none()
                    && !session.topic_by_language.is_empty()
                    && crate::words::tokens(text).len() >= 4)
                    .then(|| crate::engine::session::SaidBefore::told(text, "", ctx.now))
            })
            // Not a question that opens no page: "where can i send a parcel to my family in
            // syria?" went with a Jobcenter request begun later, as written for the family
            // (field test BT of stop 74).
            .or_else(|| {
                (deep_link.is_none()
                    && crate::words::tokens(text).len() >= 4
                    && !self.is_asked(text)
                    && self.writes_for_another(text))
                .then(|| {
                    crate::engine::session::SaidBefore::told(
                        text,
                        &self.content.flow.start,
                        ctx.now,
                    )
                })
            })
            // One that names several topics: for a request of any of them (field test BM of
            // stop 71 lost a message on the Jobcenter's money that way).
            .or_else(|| {
                let (_, several) = several.as_ref()?;
                let (_, first) = several.first()?;
                (deep_link.is_none() && crate::words::tokens(text).len() >= 4)
                    .then(|| crate::engine::session::SaidBefore::told(text, &first.target, ctx.now))
            });
        match guess {
            // "hello i need help with money, i have no job" as the very first message: the
            // topics it names, above the main menu (before, the main menu alone); before a
            // question for a person: "… kein Geld vom Jobcenter, was soll ich tun?" was
            // offered to the integration office, where the Jobcenter's page has its own
            // request.
            Guess::Language {
                code,
                confident: true,
            } if let Some((note, several)) = several => {
                session.first_words = None;
                self.set_language(session, &code, reply);
                reply.note(note);
                self.offer_topics(session, &several, reply);
                session.trail.clear();
                let start = self.content.flow.start.clone();
                self.enter(session, &start, false, ctx, reply);
            }
            // "Guten Tag, wann hat das Rathaus am Samstag offen?" as the very first message:
            // the main menu, and the question offered to a person as at a menu (before, the
            // question was lost with the menu alone). A question mark only: a first "Hallo,
            // ich brauche Hilfe" is a greeting, not a question for a person.
            Guess::Language {
                code,
                confident: true,
            } if then.is_none()
                && topics::asks_a_person(text)
                && self.small_talk(text).is_none()
                && !self.names_another_person(text)
                // "do you speak english?" asks only for the language, which the chat now
                // speaks (field test CF of stop 77 got "I have no answer to that here"),
                // and "Я только приехал, что мне делать?" gets what most do first
                // (`new-here`, read once the language is set; field test CH of stop 77).
                && !self.only_names_a_language(text)
                && !asks_for_a_language
                && !self.sentence_names("new-here", "asked", text) =>
            {
                session.first_words = None;
                self.set_language(session, &code, reply);
                session.trail.clear();
                session.state = State::AtNode {
                    node: self.content.flow.start.clone(),
                };
                if !self.offer_to_person(
                    session,
                    "not-understood-question",
                    Offer::Text(text),
                    ctx,
                    reply,
                ) {
                    self.reprompt(session, ctx, reply);
                }
            }
            Guess::Language {
                code,
                confident: true,
            } => self.choose_language(session, &code, then, ctx, reply),
            // "ابني ما عم يتنفس" (my son is not breathing): the emergency numbers at once in
            // the likely language, not "Shall we continue in Arabic?" first.
            Guess::Language {
                code,
                confident: false,
            } if then.is_some()
                && then.as_deref()
                    == self.content.flow.urgent.as_ref().map(|(id, _)| id.as_str()) =>
            {
                self.choose_language(session, &code, then, ctx, reply);
            }
            Guess::Language {
                code,
                confident: false,
            } => {
                session.state = State::ConfirmingLanguage { guess: code, then };
                self.reprompt(session, ctx, reply);
            }
            Guess::NotAvailable { code } => self.not_available(session, &code, then, ctx, reply),
            // "112", "SOS" as the first message (a field test got "Sorry, I did not
            // understand" in English): the emergency numbers, then the languages.
            Guess::Unknown
                if then.is_some()
                    && then.as_deref()
                        == self.content.flow.urgent.as_ref().map(|(id, _)| id.as_str())
                    && let Some(numbers) = self.urgent_text(&self.lang(session, ctx)) =>
            {
                reply.note(numbers);
                session.state = State::ChoosingLanguage { then: None };
                self.reprompt(session, ctx, reply);
            }
            Guess::Unknown => {
                // "👋", "🙏": a greeting or thanks in signs, answered by the menu that says
                // in every language what to do, not by "I did not understand" in English.
                if matches!(session.state, State::ChoosingLanguage { .. })
                    && text.chars().any(char::is_alphanumeric)
                    && then.is_none()
                {
                    // "salam", a word of Arabic and Persian: what to do in those languages,
                    // not in English (a field test), as long as no language is chosen. A
                    // word of no list in Cyrillic or Arabic letters: in the languages of
                    // those letters.
                    let owners = match session.language {
                        Some(_) => Vec::new(),
                        None => {
                            let owners = self.languages_of_words(text, &supported);
                            let script = super::script::main_script(text);
                            if owners.is_empty()
                                && script
                                    .is_some_and(|script| script != super::script::Script::Latin)
                            {
                                supported
                                    .iter()
                                    .filter(|lang| {
                                        Some(super::script::script_of_language(lang)) == script
                                    })
                                    .map(|lang| lang.to_string())
                                    .collect()
                            } else {
                                owners
                            }
                        }
                    };
                    // "salam" alone is a greeting: greeted back, not "Sorry, I did not
                    // understand" (a field test of stop 64), above the languages.
                    let id = match self.small_talk(text) {
                        Some("reply-greeting") => "reply-greeting",
                        _ => "not-understood",
                    };
                    // "ok" alone says nothing to misunderstand, and no language: the list
                    // that says in every language what to do (field test BX of stop 75 got
                    // "Sorry, I did not understand" in English).
                    let only_ok = self
                        .typed_meanings(&loose_key(text))
                        .contains(&"button-yes");
                    let note = match owners.as_slice() {
                        [] if only_ok => None,
                        [] => Some(self.t(&self.lang(session, ctx), id)),
                        owners => Some(
                            owners
                                .iter()
                                .map(|lang| self.t(lang, id))
                                .collect::<Vec<_>>()
                                .join("\n"),
                        ),
                    };
                    if let Some(note) = note {
                        reply.note(note);
                    }
                }
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
        }
    }

    /// A first message kept for the request begun below the page it opens (`named`) where
    /// it says more than its topic; else for any request begun that day where it says it is
    /// written for someone else (not a question that opens no page). Not the emergency
    /// page's ([`Session::said_before`]).
    fn first_message_kept(
        &self,
        text: &str,
        named: Option<&str>,
        ctx: &StepContext<'_>,
    ) -> Option<crate::engine::session::SaidBefore> {
        let told = |topic: &str| crate::engine::session::SaidBefore::told(text, topic, ctx.now);
        if let Some(topic) = named {
            return (self.content.flow.urgent.as_ref().map(|(id, _)| id.as_str()) != Some(topic)
                && self.words_beyond_kind_words(text) >= 4)
                .then(|| told(topic));
        }
        (crate::words::tokens(text).len() >= 4
            && !self.is_asked(text)
            && self.writes_for_another(text))
        .then(|| told(&self.content.flow.start))
    }

    /// Whether a first message asks something of its own: a question mark or a question
    /// word ("where to buy", "nasil acarim"), or a word of what it is about (`gist`, in
    /// `lang`: "انا حامل وبدي قابلة", I am pregnant and need a midwife). Not a greeting or
    /// "I am new here", "I have a question" (a field test of stop 64 offered those to a
    /// person, who would have got "I have a question" as the question).
    /// Whether `text` is a few words that name a language and ask for it ("فارسی نه، دری",
    /// "do you speak english?"): no question beyond the language.
    fn only_names_a_language(&self, text: &str) -> bool {
        crate::words::tokens(text).len() <= 4
            && named_language(text, self.content.locales.words()).is_some()
    }

    fn asks_something(&self, text: &str, lang: Option<&str>) -> bool {
        if self.small_talk(text).is_some() || !looks_like_a_question(text) {
            return false;
        }
        let lists = self.content.locales.words();
        // "فارسی نه، دری" (Farsi no, Dari) chose the language, and was offered to a person
        // as a question, then sent with a request as the first message (field test CA of
        // stop 75): a few words naming a language ask nothing.
        if self.only_names_a_language(text) {
            return false;
        }
        text.contains(['?', '؟'])
            || crate::words::tokens(text)
                .iter()
                .any(|word| lists.is_question_word(word))
            || lang.is_some_and(|lang| !self.gist_meanings(text, lang).is_empty())
    }

    /// The languages with texts (of `supported`) whose word lists have a word of `text`,
    /// in the menu's order; none where more than three have (a word of every language).
    fn languages_of_words(&self, text: &str, supported: &[&str]) -> Vec<String> {
        let tokens = crate::words::tokens(text);
        let lists = self.content.locales.words();
        let owners: Vec<String> = supported
            .iter()
            .filter(|lang| {
                lists
                    .get(lang)
                    .is_some_and(|list| tokens.iter().any(|token| list.words.contains(token)))
            })
            .map(|lang| lang.to_string())
            .collect();
        if owners.len() > 3 { Vec::new() } else { owners }
    }

    /// Someone wrote in a language there are no texts in: the language menu, with a note
    /// saying so in English and German (and first in the messenger's language if there are
    /// texts in it), the languages a newcomer here most likely reads.
    pub(super) fn not_available(
        &self,
        session: &mut Session,
        code: &str,
        then: Option<String>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let hint = self.supported_hint(ctx);
        // The messenger's language, the languages its speakers often read (Persian for
        // Pashto: a Pashto speaker of field test BQ of stop 73 got the note in English and
        // German only), then English and German, each once.
        let locales = &self.content.locales;
        let mut languages: Vec<&str> = Vec::new();
        for lang in hint
            .iter()
            .map(String::as_str)
            .chain(locales.words().reads(code).iter().map(String::as_str))
            .filter(|lang| locales.has_language(lang))
            .chain(["en", "de"])
        {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        for lang in languages {
            reply.note(self.t(lang, "language-not-available"));
        }
        session.state = State::ChoosingLanguage { then };
        self.reprompt(session, ctx, reply);
    }

    /// Sets the language chosen or recognised, and says so in it; a file sent before it
    /// ([`Engine::keep_file_before_language`]) is now offered to a person.
    fn set_language(&self, session: &mut Session, code: &str, reply: &mut Reply) {
        let first = session.language.is_none();
        session.language = Some(code.to_string());
        session.topic_by_language.clear();
        reply.note(self.t(code, "language-set"));
        // "دری لطفا، فارسی نه" (Dari please, not Farsi): the chat is Persian, which Dari
        // speakers read; the office is told it is Dari, and an interpreter for it comes
        // first in the list.
        if code == "fa" && reply.typed.as_deref().is_some_and(names_dari) {
            session.spoken = Some("prs".to_string());
            reply.note(self.t(code, "language-dari-noted"));
        }
        self.keep_file_offer(session, code, reply);
        if first && let Some((_, label)) = self.kept_letter(session) {
            reply.note(self.ta(
                code,
                "attachment-letter-kept",
                &[("button", self.t(code, &label).into())],
            ));
        }
    }

    /// The menu and the label of the request in which a letter's photo sent before the
    /// language waits ([`Engine::keep_letter_photo`]), nothing else answered yet.
    fn kept_letter(&self, session: &Session) -> Option<(String, String)> {
        let (menu, _, _) = self.questions_option()?;
        let option = self
            .content
            .flow
            .node(menu)?
            .kind
            .options()
            .iter()
            .find(|option| {
                session
                    .drafts
                    .get(&option.goto)
                    .is_some_and(navigation::only_a_kept_photo)
            })?;
        Some((menu.to_string(), option.label.clone()))
    }

    /// A language asked for where the person is (its name at a menu, "English please" in a
    /// form): that language, going on there; one without texts, the language list.
    pub(super) fn language_asked_for(
        &self,
        session: &mut Session,
        code: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let then = session.state.return_point();
        if self.content.locales.has_language(code) {
            self.choose_language(session, code, then, ctx, reply);
        } else {
            self.not_available(session, code, then, ctx, reply);
        }
    }

    /// The one language whose own name (as on the language menu) `typed`, one word of
    /// three letters or more, begins: "укр", "рус", "eng", "türk" (the typing test of stop
    /// 60 got "not understood" at the language menu, in English, and at the main menu).
    fn language_by_first_letters(&self, typed: &str) -> Option<String> {
        if typed.contains(' ') || typed.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return None;
        }
        let locales = &self.content.locales;
        let mut named = locales
            .languages()
            .filter(|code| loose_key(&locales.language_name(code)).starts_with(typed));
        let code = named.next()?;
        named.next().is_none().then(|| code.to_string())
    }

    /// The one other language of the bot's that `text` names beside the chat's, which it
    /// says is not understood or turns round ("مابفهم عربي بدي كردي", I don't understand
    /// Arabic, I want Kurdish, in an Arabic chat; "no english pls farsi": a field test got
    /// "I have no answer here").
    pub(super) fn other_language_than(&self, session: &Session, text: &str) -> Option<&str> {
        let chat = session.language.as_deref()?;
        let locales = &self.content.locales;
        let words = locales.words();
        // "ich schreib für meinen papa er kann kein deutsch nur arabisch" (his German, not
        // the writer's) switched a daughter's chat to Arabic (field test AY of stop 69).
        if !words.names_language(chat, text)
            || !self.says_not_understood(text)
            || self.names_another_person(text)
        {
            return None;
        }
        let mut others = locales
            .languages()
            .filter(|code| *code != chat && words.names_language(code, text));
        let other = others.next()?;
        // "перекладач українською, не російською" (an interpreter in Ukrainian, not
        // Russian) in a Ukrainian chat turns the other round, not the chat's: a field test
        // of stop 61 was switched to Russian.
        let other_turned_round = self.turned_round(other, text) && !self.turned_round(chat, text);
        (others.next().is_none() && !other_turned_round).then_some(other)
    }

    /// The chat's language where `text` names it and turns the bot's one other language
    /// round ("українською, не російською" in a Ukrainian chat): the person wants to stay.
    pub(super) fn chat_language_kept(&self, session: &Session, text: &str) -> Option<&str> {
        let chat = session.language.as_deref()?;
        let locales = &self.content.locales;
        let words = locales.words();
        if !words.names_language(chat, text) || self.turned_round(chat, text) {
            return None;
        }
        let mut others = locales
            .languages()
            .filter(|code| *code != chat && words.names_language(code, text));
        let other = others.next()?;
        if others.next().is_some() || !self.turned_round(other, text) {
            return None;
        }
        locales.languages().find(|code| *code == chat)
    }

    /// Whether a name of language `code` in `text` is turned round: a word of `except` in
    /// `dates.txt` ("не", "not", "نه") or a verb with Arabic "ما" or Persian "نمی" glued to
    /// it one or two words before it ("не понимаю русский"), or a word of `except` right
    /// after it (Turkish "Rusça değil").
    fn turned_round(&self, code: &str, text: &str) -> bool {
        let typed = crate::words::tokens(text);
        let dates = self.content.locales.date_words();
        let turning: Vec<usize> = dates
            .turning_at(&typed)
            .into_iter()
            .chain(
                typed
                    .iter()
                    .enumerate()
                    .filter(|(_, word)| negated_verb(word))
                    .map(|(at, _)| at),
            )
            .collect();
        let locales = &self.content.locales;
        let words = locales.words();
        // A word between two names turns round the one after it ("українською, не
        // російською").
        let names_follow = |turn: usize| {
            locales.languages().any(|other| {
                words
                    .language_name_places(other, &typed)
                    .iter()
                    .any(|(at, _)| (turn + 1..=turn + 2).contains(at))
            })
        };
        words
            .language_name_places(code, &typed)
            .into_iter()
            .any(|(at, length)| {
                turning.iter().any(|&turn| {
                    (turn < at && at - turn <= 2) || (turn == at + length && !names_follow(turn))
                })
            })
    }

    /// Whether `text` says something is not understood or turns it round: "I don't
    /// understand" (`form-question-again`'s `.typed`), a word of `except` in `dates.txt`
    /// ("no", "не"), or an Arabic "ما" or Persian "نمی" glued to the verb ("مابفهم",
    /// "نمیفهمم").
    fn says_not_understood(&self, text: &str) -> bool {
        let typed = crate::words::tokens(text);
        self.has_phrase_of("form-question-again", text)
            || self.content.locales.date_words().turns_round(&typed)
            || typed.iter().any(|word| negated_verb(word))
    }

    /// Sets the language and goes on where the person was headed (`then`), else at the start.
    pub(super) fn choose_language(
        &self,
        session: &mut Session,
        code: &str,
        then: Option<String>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        // The first message read in the language chosen, where that is not the one guessed
        // and it names a page there, with Back to the menus on the way.
        let reading = session.topic_by_language.remove(code);
        // A first message kept until its language is known: for the request begun below the
        // page it names in that language (not the emergency page), else not kept.
        if let Some(said) = session.said_before.as_mut()
            && said.topic.is_empty()
        {
            match reading
                .as_ref()
                .filter(|topic| self.content.flow.urgent.as_ref().map(|(id, _)| id) != Some(*topic))
            {
                Some(topic) => said.topic = topic.clone(),
                None => session.said_before = None,
            }
        }
        // A letter's photo sent before the language waits in the counselling request: its
        // menu, where nothing else was asked for.
        let first_choice = session.language.is_none();
        let kept_letter = first_choice
            .then(|| self.kept_letter(session))
            .flatten()
            .map(|(menu, _)| menu);
        self.set_language(session, code, reply);
        let then = match reading {
            Some(topic) => {
                session.trail.clear();
                for menu in self.menus_to(&topic) {
                    self.remember(session, menu);
                }
                Some(topic)
            }
            None => then,
        };
        let start = self.content.flow.start.clone();
        let first_words = session.first_words.take();
        // "hi, I am 15 and I write for my mom, she only speaks arabic" first got "I have no
        // answer to that here" (field test BF of stop 70): that someone writes for another
        // person is said back, and goes with the request begun ([`Session::said_before`]).
        if then.is_none()
            && first_choice
            && session.said_before.as_ref().is_some_and(|said| {
                !said.asked && said.topic == start && self.writes_for_another(&said.text)
            })
        {
            reply.note(self.t(code, "first-message-for-someone"));
            session.trail.clear();
            return self.enter(session, &start, false, ctx, reply);
        }
        let target = match (then, kept_letter) {
            (Some(then), _) => then,
            (None, Some(menu)) => {
                session.trail.clear();
                self.remember(session, start.clone());
                menu
            }
            // The first message asked something no page answers: read at the main menu, it
            // gets what a question there gets (an offer to write to a person, or the help).
            // One in a language without texts ("Où est-ce que je dois m'inscrire à la
            // mairie ?") got "I have no answer to that here" (field test CK of stop 78): it
            // was not read. Said so, with the menu to choose from.
            (None, None)
                if let Some(text) = first_words.as_deref()
                    && matches!(
                        guess_language(
                            text,
                            self.content.locales.words(),
                            &self.content.locales.languages().collect::<Vec<_>>(),
                            ctx.language_hint,
                        ),
                        Guess::NotAvailable { .. }
                    ) =>
            {
                reply.note(self.t(code, "first-message-not-read"));
                session.trail.clear();
                start
            }
            (None, None) if let Some(text) = first_words => {
                session.trail.clear();
                session.state = State::AtNode { node: start };
                let prompt = self.prompt(session, ctx);
                return self.button_or_not_understood(session, &text, prompt, true, ctx, reply);
            }
            (None, None) => start,
        };
        // As at a menu: a first message of a letter with a deadline names the day above
        // the page it opens.
        if first_choice
            && let Some(note) = session
                .said_before
                .as_ref()
                .and_then(|said| self.deadline_note(&self.said_in_any(&said.text, code), code, ctx))
        {
            reply.note(note);
        }
        self.enter(session, &target, false, ctx, reply);
    }

    pub(super) fn on_command(
        &self,
        session: &mut Session,
        command: Command,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        if session.language.is_none()
            && !matches!(command, Command::Start(_) | Command::Delete | Command::Help)
        {
            session.state = State::ChoosingLanguage { then: None };
            return self.reprompt(session, ctx, reply);
        }
        match command {
            Command::Start(payload) => self.on_start(session, payload.as_deref(), ctx, reply),
            Command::Menu => {
                session.trail.clear();
                let start = self.content.flow.start.clone();
                self.enter(session, &start, false, ctx, reply);
            }
            Command::Back => self.back(session, ctx, reply),
            Command::Language => {
                let then = session.state.return_point();
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
            Command::Cancel => self.cancel(session, None, ctx, reply),
            Command::Help => {
                // "Hilfe" or "?" at "Welche Staatsangehörigkeit haben Sie?": what the
                // question means helps more than the list of commands (a German run by hand
                // got the commands).
                let help = self
                    .question_help(session, &lang)
                    .unwrap_or_else(|| self.t(&lang, "help-text"));
                // A "?" after a photo offered to a request is no answer to the offer: the
                // photo still waits (a field test of stop 63 lost a new passport's photo).
                self.keep_offer(session, reply);
                reply.note(help);
                self.reprompt(session, ctx, reply);
            }
            Command::Status => self.show_status(session, ctx, reply),
            Command::Delete => {
                let resume = match &session.state {
                    State::ConfirmingDelete { resume } => resume.clone(),
                    other => Box::new(other.clone()),
                };
                session.state = State::ConfirmingDelete { resume };
                self.reprompt(session, ctx, reply);
            }
        }
    }

    /// The `.help` of the form question on screen, in `lang`, where it has one.
    fn question_help(&self, session: &Session, lang: &str) -> Option<String> {
        let (field, _) = self.field_on_screen(session)?;
        self.content.locales.attribute(lang, &field.prompt, "help")
    }

    /// `/start [payload]`: payload is a language (`ar`), a node (`register`) or both
    /// (`ar_register`), as Telegram deep links allow only `[A-Za-z0-9_-]`.
    pub(super) fn on_start(
        &self,
        session: &mut Session,
        payload: Option<&str>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        // A start (a deep link's page) replaces what an earlier first message named.
        session.topic_by_language.clear();
        let locales = &self.content.locales;
        let flow = &self.content.flow;
        let (mut language, mut target) = (None, None);
        if let Some(payload) = payload.map(str::trim) {
            if locales.has_language(payload) {
                language = Some(payload.to_string());
            } else if flow.node(payload).is_some() {
                target = Some(payload.to_string());
            } else if let Some((lang, node)) = payload.split_once('_')
                && locales.has_language(lang)
            {
                language = Some(lang.to_string());
                target = flow.node(node).map(|_| node.to_string());
            }
        }
        session.trail.clear();
        // Back from a linked page goes to the menus it is on, as if chosen there.
        for menu in target.iter().flat_map(|target| self.menus_to(target)) {
            self.remember(session, menu);
        }
        if let Some(language) = language {
            return self.choose_language(session, &language, target, ctx, reply);
        }
        if session.language.is_some() {
            let target = target.unwrap_or_else(|| flow.start.clone());
            self.enter(session, &target, false, ctx, reply);
        } else {
            session.state = State::ChoosingLanguage { then: target };
            self.reprompt(session, ctx, reply);
        }
    }

    pub(super) fn on_button(
        &self,
        session: &mut Session,
        data: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // Data no button of ours carries (a forged or very old one) is a stale button.
        let action = Action::parse(data).ok();
        match action {
            Some(Action::LanguageMenu) => {
                let then = session.state.return_point();
                session.state = State::ChoosingLanguage { then };
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Language(code)) if self.content.locales.has_language(&code) => {
                let then = session.state.return_point();
                self.choose_language(session, &code, then, ctx, reply);
            }
            _ if session.language.is_none() => {
                session.state = State::ChoosingLanguage { then: None };
                self.reprompt(session, ctx, reply);
            }
            // Also from an old menu further up the chat: follow it, it is what they want.
            Some(Action::Go { node, option }) => {
                self.choose_option(session, node, option, None, ctx, reply)
            }
            Some(Action::Resume { form }) if session.drafts.contains_key(&form) => {
                self.enter(session, &form, true, ctx, reply)
            }
            Some(Action::WriteAbout { reference }) => {
                self.write_about(session, &reference, ctx, reply)
            }
            Some(Action::WriteAboutAll) => self.write_about_all(session, ctx, reply),
            Some(Action::Back) => self.back(session, ctx, reply),
            Some(Action::MainMenu) => self.on_command(session, Command::Menu, ctx, reply),
            Some(Action::ConfirmCancel(yes))
                if matches!(session.state, State::ConfirmingCancel { .. }) =>
            {
                let State::ConfirmingCancel { form, resume } = std::mem::take(&mut session.state)
                else {
                    return self.stale(session, ctx, reply);
                };
                session.state = *resume;
                if yes {
                    self.drop_draft(session, &form, ctx, reply);
                } else {
                    reply.note(self.t(&lang, "cancel-kept"));
                    self.reprompt(session, ctx, reply);
                }
            }
            Some(Action::ConfirmDelete(yes))
                if matches!(session.state, State::ConfirmingDelete { .. }) =>
            {
                if yes {
                    reply.outputs.push(Output::EraseUserData);
                    reply.note(self.t(&lang, "delete-done"));
                    if let Some(stay) = self.sent_requests_stay(session, &lang) {
                        reply.note(stay);
                    }
                    reply.flush(is_rtl(&lang));
                    *session = Session::default();
                } else {
                    if let State::ConfirmingDelete { resume } = std::mem::take(&mut session.state) {
                        session.state = *resume;
                    }
                    reply.note(self.t(&lang, "delete-kept"));
                    self.reprompt(session, ctx, reply);
                }
            }
            other => match session.state.clone() {
                State::InForm { form } => self.on_form_button(session, &form, other, ctx, reply),
                State::New
                | State::ChoosingLanguage { .. }
                | State::ConfirmingLanguage { .. }
                | State::AtNode { .. }
                | State::ConfirmingDelete { .. }
                | State::ConfirmingCancel { .. }
                | State::Talking { .. } => self.stale(session, ctx, reply),
            },
        }
    }

    /// What the newcomer is told about an upload refused whatever is asked for: too large,
    /// damaged, not received, a PDF with scripts or too large for an email. `None` for
    /// accepted kinds.
    pub(super) fn upload_refusal(&self, lang: &str, verdict: &Verdict) -> Option<String> {
        let max = |max_mb: u64| [("max", i64::try_from(max_mb).unwrap_or(i64::MAX).into())];
        Some(match verdict {
            Verdict::TooLarge { max_mb } => self.ta(lang, "error-file-too-large", &max(*max_mb)),
            Verdict::PdfTooLargeForEmail { max_mb } => {
                self.ta(lang, "upload-too-large-for-email", &max(*max_mb))
            }
            Verdict::ImageTooLarge => self.t(lang, "error-image-too-large"),
            Verdict::Damaged => self.t(lang, "upload-photo-damaged"),
            Verdict::NotReceived => self.t(lang, "upload-not-received"),
            Verdict::PdfRefused { problem } => self.t(
                lang,
                match problem {
                    PdfProblem::Encrypted => "upload-pdf-encrypted",
                    PdfProblem::JavaScript => "upload-pdf-javascript",
                    PdfProblem::Launch => "upload-pdf-launch",
                    PdfProblem::EmbeddedFile => "upload-pdf-embedded-file",
                    PdfProblem::Unreadable => "upload-pdf-unreadable",
                },
            ),
            Verdict::Image { .. } | Verdict::Pdf | Verdict::Unsupported => return None,
        })
    }

    /// A voice message: into the case's thread while talking to a person (the runtime
    /// decides where a forward goes), otherwise the note every unreadable message gets.
    pub(super) fn on_voice(
        &self,
        session: &mut Session,
        voice: VoiceInput,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // At the question for one's own words (the request), a voice message is the answer:
        // the office gets the audio with the request.
        if let State::InForm { form } = session.state.clone()
            && let Some((field, FieldStep::Main)) = self.field_on_screen(session)
            && matches!(field.kind, FieldKind::Text { .. })
        {
            let field = field.clone();
            return match voice {
                VoiceInput::Stored {
                    id,
                    mime,
                    duration_seconds,
                } => {
                    reply.note(self.t(&lang, "voice-answer-taken"));
                    let answer = Answer::Voice {
                        audio: AttachmentRef {
                            id,
                            mime,
                            fingerprint: None,
                        },
                        duration_seconds,
                        text: String::new(),
                    };
                    self.answer(session, &form, &field, answer, ctx, reply)
                }
                VoiceInput::TooLarge { max_mb } => {
                    let max = i64::try_from(max_mb).unwrap_or(i64::MAX);
                    reply.note(self.ta(&lang, "voice-too-large", &[("max", max.into())]));
                    self.reprompt(session, ctx, reply)
                }
            };
        }
        let State::Talking { institution, .. } = session.state.clone() else {
            // At a menu, a voice message (from someone who does not read or write much) is
            // offered to a person, who can listen to it.
            if let (
                State::AtNode { .. },
                VoiceInput::Stored {
                    id,
                    mime,
                    duration_seconds,
                },
            ) = (&session.state, &voice)
            {
                let file = OfferedFile {
                    id: id.clone(),
                    mime: mime.clone(),
                    voice: true,
                    duration_seconds: *duration_seconds,
                };
                let offer = Offer::File(file);
                if self.offer_to_person(session, "voice-offer-person", offer, ctx, reply) {
                    return;
                }
            }
            reply.note(self.t(&lang, "unsupported-message"));
            return self.reprompt(session, ctx, reply);
        };
        let (id, mime, duration_seconds) = match voice {
            VoiceInput::Stored {
                id,
                mime,
                duration_seconds,
            } => (id, mime, duration_seconds),
            VoiceInput::TooLarge { max_mb } => {
                let max = i64::try_from(max_mb).unwrap_or(i64::MAX);
                reply.note(self.ta(&lang, "voice-too-large", &[("max", max.into())]));
                return self.reprompt(session, ctx, reply);
            }
        };
        let Some(case) = self.talking_case(session, ctx, reply) else {
            return self.reprompt(session, ctx, reply);
        };
        reply.outputs.push(Output::Forward {
            case,
            what: Forwarded::Audio {
                id,
                mime,
                duration_seconds,
            },
        });
        self.forwarded(session, &institution, &lang, ctx, reply);
    }

    /// A button from an old message that no longer applies: show where we are.
    pub(super) fn stale(
        &self,
        session: &mut Session,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        self.reprompt(session, ctx, reply);
    }

    /// The request left open last ([`Session::latest_draft`]), where it asks for photos.
    fn draft_waiting_for_a_file(&self, session: &Session) -> Option<String> {
        let form_id = session.latest_draft()?;
        let form = self.content.flow.form(form_id)?;
        let Position::Field {
            index,
            step: FieldStep::Main,
            ..
        } = session.drafts.get(form_id)?.position
        else {
            return None;
        };
        matches!(form.fields.get(index)?.kind, FieldKind::Photos { .. })
            .then(|| form_id.to_string())
    }

    /// Keeps a letter's photo sent at the main menu in the request of `menu` whose photo
    /// question takes it (the counselling request): a draft of it is made where there is
    /// none, begun as new when entered. The label of that request's button, or `None`
    /// where no request of the menu takes the file. With `letters_only`, only a request
    /// whose photo question is for letters and documents (one that takes PDFs too: the
    /// Jobcenter's, not the registration's passport).
    fn keep_letter_photo(
        &self,
        session: &mut Session,
        menu: &str,
        attachment: &AttachmentInput,
        letters_only: bool,
        ctx: &StepContext<'_>,
    ) -> Option<String> {
        let lang = self.lang(session, ctx);
        let flow = &self.content.flow;
        let (option, form) = flow.node(menu)?.kind.options().iter().find_map(|option| {
            let form = flow.form(&option.goto)?;
            let takes = form.fields.iter().any(|field| {
                taken_at(field, &attachment.verdict).is_some()
                    && (!letters_only
                        || matches!(
                            field.kind,
                            FieldKind::Photos {
                                allow_pdf: true,
                                ..
                            }
                        ))
            });
            takes.then_some((option, form))
        })?;
        let created = !session.drafts.contains_key(&option.goto);
        let draft = session
            .drafts
            .entry(option.goto.clone())
            .or_insert_with(|| navigation::new_draft(ctx.now));
        // In a request begun before, the photo questions still to come.
        let from = match draft.position {
            Position::Field { index, .. } => index,
            Position::Review | Position::ChoosingCorrection => form.fields.len(),
        };
        if self
            .photo_ahead(form, draft, from, attachment, &lang)
            .is_none()
        {
            if created {
                session.drafts.remove(&option.goto);
            }
            return None;
        }
        draft.updated = ctx.now;
        Some(self.t(&lang, &option.label))
    }

    /// Keeps `attachment` for the form's first photo question from question `from` on that
    /// takes it (an image, or a PDF where allowed; room for one more) and returns
    /// what to say: that it answers that question, with its label and its files as the
    /// summary shows them, or, for the same file again, that it was sent before. A photo
    /// that looks hard to read is kept too, but not counted: it waits for its question,
    /// which asks about it as about one sent there (a Persian field test's blurred permit
    /// photo, sent at the concern, was gone). `None`: nothing kept, nothing to say.
    fn photo_ahead(
        &self,
        form: &Form,
        draft: &mut Draft,
        from: usize,
        attachment: &AttachmentInput,
        lang: &str,
    ) -> Option<String> {
        let (field, mime, problem) = form.fields.iter().skip(from).find_map(|field| {
            let FieldKind::Photos { max, .. } = field.kind else {
                return None;
            };
            let (mime, problem) = taken_at(field, &attachment.verdict)?;
            let waiting = draft
                .unreadable_ahead
                .iter()
                .filter(|ahead| ahead.field == field.id)
                .count();
            (photo_count(draft, field) + waiting < max).then_some((field, mime, problem))
        })?;
        if let Some(fingerprint) = &attachment.fingerprint
            && retake::sent_before(draft, fingerprint)
        {
            return Some(self.t(lang, "photo-sent-before"));
        }
        if let Some(problem) = problem {
            // While a question is corrected from the summary, the photo question may lie
            // behind: the photo would wait for a question that does not come again.
            if matches!(
                draft.position,
                Position::Field {
                    correcting: true,
                    ..
                }
            ) {
                return None;
            }
            draft.unreadable_ahead.push(UnreadableAhead {
                field: field.id.clone(),
                photo: UnreadablePhoto {
                    id: attachment.id.clone(),
                    mime,
                    problem,
                    album: attachment.album.clone(),
                    fingerprint: attachment.fingerprint.clone(),
                },
            });
            return Some(self.ta(
                lang,
                "photo-kept-ahead-check",
                &[("label", self.t(lang, &field.label).into())],
            ));
        }
        add_photo(
            draft,
            field,
            AttachmentRef {
                id: attachment.id.clone(),
                mime,
                fingerprint: attachment.fingerprint.clone(),
            },
        );
        let answer = draft.answers.get(&field.id)?;
        let shown = self.labelled_answer(field, answer, lang);
        Some(self.ta(lang, "answer-noted-ahead", &[("answer", shown.into())]))
    }

    pub(super) fn on_attachment(
        &self,
        session: &mut Session,
        attachment: AttachmentInput,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // The file never arrived (its download failed): wherever it was sent, it is to be
        // sent again; nothing else is said about it ("no file needed here" would be wrong).
        if matches!(attachment.verdict, Verdict::NotReceived) {
            reply.note(self.t(&lang, "upload-not-received"));
            return self.reprompt(session, ctx, reply);
        }
        if let State::Talking { institution, .. } = session.state.clone() {
            let mime = match &attachment.verdict {
                Verdict::Image { mime, .. } => mime.clone(),
                Verdict::Pdf => "application/pdf".to_string(),
                Verdict::Unsupported => {
                    reply.note(self.t(&lang, "person-not-forwarded"));
                    return self.reprompt(session, ctx, reply);
                }
                refused => {
                    if let Some(note) = self.upload_refusal(&lang, refused) {
                        reply.note(note);
                    }
                    return self.reprompt(session, ctx, reply);
                }
            };
            // The same photo again, soon after, as the same words: sent once (field test CO
            // of stop 79 found one photo attached twice to an addendum).
            let sent_as = attachment
                .fingerprint
                .as_deref()
                .map(|fingerprint| format!("\u{0}file {fingerprint}"));
            if let (
                State::Talking {
                    case: Some(case), ..
                },
                Some(sent_as),
            ) = (&session.state, &sent_as)
                && session.was_sent_recently(case, sent_as, ctx.now)
            {
                self.note_sent_before("person-file-already-sent", &institution, &lang, reply);
                return self.reprompt(session, ctx, reply);
            }
            // One sent with the request itself, days before.
            if let (
                State::Talking {
                    case: Some(case), ..
                },
                Some(fingerprint),
            ) = (&session.state, attachment.fingerprint.as_deref())
                && session.requests.iter().any(|request| {
                    request.reference == *case && request.files.iter().any(|f| f == fingerprint)
                })
            {
                reply.note(self.ta(
                    &lang,
                    "person-file-in-request",
                    &[("reference", case.as_str().into())],
                ));
                return self.reprompt(session, ctx, reply);
            }
            let Some(case) = self.talking_case(session, ctx, reply) else {
                return self.reprompt(session, ctx, reply);
            };
            if let Some(sent_as) = &sent_as {
                session.note_sent(&case, sent_as, ctx.now);
            }
            reply.outputs.push(Output::Forward {
                case,
                what: Forwarded::File {
                    id: attachment.id,
                    mime,
                },
            });
            return self.forwarded(session, &institution, &lang, ctx, reply);
        }
        // A photo at a menu while the request left open last waits for one (the passport
        // was not at hand): it is for that request, which goes on.
        if let (State::AtNode { .. }, Some(form_id)) =
            (&session.state, self.draft_waiting_for_a_file(session))
            && let Some(form) = self.content.flow.form(&form_id)
        {
            reply.note(self.ta(
                &lang,
                "attachment-for-request",
                &[("title", self.t(&lang, &form.title).into())],
            ));
            session.state = State::InForm { form: form_id };
            return self.on_attachment(session, attachment, ctx, reply);
        }
        let State::InForm { form: form_id } = session.state.clone() else {
            // A photo of a letter sent at a menu ("what is this?"): offered to a person.
            let mime = match &attachment.verdict {
                Verdict::Image { mime, .. } => Some(mime.clone()),
                Verdict::Pdf => Some("application/pdf".to_string()),
                _ => None,
            };
            if let Some(mime) = mime {
                let file = OfferedFile {
                    id: attachment.id.clone(),
                    mime,
                    voice: false,
                    duration_seconds: None,
                };
                match session.state.clone() {
                    // A photo days after sending a request that can be written about: for
                    // it, most likely (a field test of stop 61 sent the rental contract it
                    // had forgotten and got "I do not need a file now"). The requests to
                    // choose; the photo goes with the one chosen.
                    State::AtNode { .. }
                        if recent_requests(session, ctx)
                            .into_iter()
                            .any(|request| self.can_write_about(request, ctx)) =>
                    {
                        super::contact::join_offer(reply, Offer::File(file), ctx.now);
                        return self.show_status_for_question(session, None, ctx, reply);
                    }
                    State::AtNode { node } => {
                        let offer = Offer::File(file);
                        if self.offer_to_person(
                            session,
                            "attachment-offer-person",
                            offer,
                            ctx,
                            reply,
                        ) {
                            return;
                        }
                        // Where nobody can be written to here, a photo at the main menu ("what
                        // is this letter?") got "I do not need a file now": the menu where
                        // questions go (counselling), whose request takes a photo of it.
                        // A letter's next page, sent at that menu: in the same request (a
                        // field test's second page got "I do not need a file now"). So is its
                        // first page: "I got a letter I do not understand" opens that menu,
                        // and the letter's photo sent there got "I do not need a file now" (a
                        // field test of stop 64).
                        if let Some((menu, _, _)) = self.questions_option()
                            && (node == self.content.flow.start || node == menu)
                        {
                            let menu = menu.to_string();
                            // The photo waits in that menu's request (before, it had to be
                            // sent again at the request's photo question).
                            let mut note = match self.keep_letter_photo(
                                session,
                                &menu,
                                &attachment,
                                false,
                                ctx,
                            ) {
                                Some(button) => self.ta(
                                    &lang,
                                    "attachment-letter-kept",
                                    &[("button", button.into())],
                                ),
                                None => self.t(&lang, "attachment-letter-help"),
                            };
                            // A photo days after sending a request may be for it: how it
                            // reaches that office (a field test of stop 59 found it only
                            // in a new counselling request).
                            let today = ctx.local_now().date();
                            if let Some((request, office)) =
                                self.latest_open_request(session).filter(|(request, _)| {
                                    request.is_open_since(RECENT_REQUEST_DAYS, today)
                                })
                            {
                                note.push_str("\n\n");
                                note.push_str(&self.ta(
                                    &lang,
                                    "attachment-for-sent-request",
                                    &[
                                        ("reference", request.reference.as_str().into()),
                                        ("institution", self.t(&lang, &office.label).into()),
                                        ("email", office.email.as_str().into()),
                                    ],
                                ));
                            }
                            reply.note(note);
                            if node != menu {
                                self.remember(session, node);
                            }
                            return self.enter(session, &menu, false, ctx, reply);
                        }
                        // A page with an office's request for letters and documents ("Write
                        // to the Jobcenter", whose photo question takes PDFs too): the photo
                        // waits in it (a field test of stop 63 sent the Jobcenter's letter
                        // there and got "I do not need a file now"). Not a request that asks
                        // for one paper (the registration's passport): a letter is no passport.
                        // A page whose request goes to the office for questions (the
                        // integration office's page, reached by "I got a letter I do not
                        // understand"): its request takes any document, as at the menu above
                        // (a field test of stop 64 got "I do not need a file now" there).
                        let letters_only = !self.questions_institution().is_some_and(|office| {
                            self.content.flow.node(&node).is_some_and(|page| {
                                page.kind.options().iter().any(|option| {
                                    self.content
                                        .flow
                                        .form(&option.goto)
                                        .is_some_and(|form| form.institution == office.id)
                                })
                            })
                        });
                        if let Some(button) =
                            self.keep_letter_photo(session, &node, &attachment, letters_only, ctx)
                        {
                            reply.note(self.ta(
                                &lang,
                                "attachment-kept-for-request",
                                &[("button", button.into())],
                            ));
                            return self.reprompt(session, ctx, reply);
                        }
                    }
                    // Before the language: kept, and offered once it is chosen (it was
                    // dropped with the language menu).
                    // Where nobody can be written to here, a letter's photo waits in the
                    // counselling request, as at the main menu (before, it was dropped).
                    State::New
                    | State::ChoosingLanguage { .. }
                    | State::ConfirmingLanguage { .. }
                        if session.language.is_none() =>
                    {
                        if !self.keep_file_before_language(file, ctx, reply)
                            && let Some((menu, _, _)) = self.questions_option()
                        {
                            let menu = menu.to_string();
                            self.keep_letter_photo(session, &menu, &attachment, false, ctx);
                        }
                    }
                    _ => {}
                }
            }
            if session.language.is_some() {
                reply.note(self.t(&lang, "attachment-not-expected"));
            }
            return self.reprompt(session, ctx, reply);
        };
        let Some(form) = self.content.flow.form(&form_id) else {
            return self.reprompt(session, ctx, reply);
        };
        let Some(draft) = session.drafts.get_mut(&form_id) else {
            return self.reprompt(session, ctx, reply);
        };
        let Position::Field { index, .. } = draft.position else {
            reply.note(self.t(&lang, "attachment-not-expected"));
            return self.reprompt(session, ctx, reply);
        };
        let Some(field) = form.fields.get(index) else {
            return self.reprompt(session, ctx, reply);
        };
        let FieldKind::Photos { max, allow_pdf, .. } = field.kind else {
            // The permit's photo sent one question early (an Arabic field test: at the
            // concern, it got "I do not need a file now" and was gone): kept for the
            // form's next photo question, which then shows it.
            if let Some(note) = self.photo_ahead(form, draft, index + 1, &attachment, &lang) {
                draft.updated = ctx.now;
                reply.note(note);
                return self.reprompt(session, ctx, reply);
            }
            // One question late, after the photo question was left without a photo ("I do
            // not have it", then the photo after all: a field test of stop 68 got "I do
            // not need a file now", and the photo was lost): for that question, which
            // shows it with Done as if sent there.
            if let Some(before) = index.checked_sub(1)
                && let Some(behind) = form.fields.get(before)
                && matches!(behind.kind, FieldKind::Photos { .. })
                && taken_at(behind, &attachment.verdict).is_some()
                && draft.answers.get(&behind.id).is_none_or(|answer| {
                    matches!(answer, Answer::Skipped) || *answer == Answer::Photos(Vec::new())
                })
            {
                draft.position = Position::Field {
                    index: before,
                    correcting: false,
                    step: FieldStep::Main,
                };
                // Taken there as a photo of another paper: what the person said of the
                // paper stays with the request ("no passport, only an ID card": a field
                // test of stop 68 lost those words when the photo came one question late).
                draft.answers.remove(&behind.id);
                reply.note(self.ta(
                    &lang,
                    "photo-for-question-before",
                    &[("label", self.t(&lang, &behind.label).into())],
                ));
                return self.on_attachment(session, attachment, ctx, reply);
            }
            reply.note(self.t(&lang, "attachment-not-expected"));
            return self.reprompt(session, ctx, reply);
        };
        let mime = match &attachment.verdict {
            Verdict::Image { mime, .. } => mime.clone(),
            Verdict::Pdf if allow_pdf => "application/pdf".to_string(),
            Verdict::Pdf | Verdict::PdfRefused { .. } | Verdict::PdfTooLargeForEmail { .. }
                if !allow_pdf =>
            {
                reply.note(self.t(&lang, "error-photo-not-pdf"));
                return self.reprompt(session, ctx, reply);
            }
            Verdict::Unsupported => {
                reply.note(self.t(&lang, "error-file-unknown"));
                return self.reprompt(session, ctx, reply);
            }
            refused => {
                if let Some(note) = self.upload_refusal(&lang, refused) {
                    reply.note(note);
                }
                return self.reprompt(session, ctx, reply);
            }
        };
        let problem = match &attachment.verdict {
            Verdict::Image { problem, .. } => *problem,
            _ => None,
        };
        if let Some(fingerprint) = &attachment.fingerprint
            && retake::sent_before(draft, fingerprint)
        {
            // Sent again at a question without a photo, after being counted at another: the
            // person says which paper it is. It moves here.
            if let Some(from) = retake::take_from_elsewhere(form, draft, fingerprint, field) {
                draft.updated = ctx.now;
                reply.note(self.ta(
                    &lang,
                    "photo-moved-here",
                    &[("label", self.t(&lang, &from.label).into())],
                ));
                return self.reprompt(session, ctx, reply);
            }
            // Not counted twice: the office would get one page twice and miss the other.
            reply.note(self.t(&lang, "photo-sent-before"));
            return self.reprompt(session, ctx, reply);
        }
        let candidate = retake::UnreadableCandidate {
            id: attachment.id.clone(),
            mime: mime.clone(),
            problem,
            album: attachment.album.clone(),
            fingerprint: attachment.fingerprint.clone(),
        };
        // A photo after "I have no such paper at all" (the button twice): the person found
        // the paper, and the office is no longer told it is missing. A field test of stop
        // 67 went back and sent the passport, and the office read "of another paper,
        // since there is no passport".
        if draft.answers.get(&field.id) == Some(&Answer::Photos(Vec::new()))
            && draft.without_papers.contains(&field.id)
        {
            draft.without_papers.retain(|id| *id != field.id);
            if let Some((before, after)) =
                self.no_document_frame(&self.form_office_language(&form_id, &lang))
            {
                super::navigation::forget_office_line(draft, &before, &after);
            }
        }
        match retake::arrive(draft, field, max, candidate) {
            retake::Arrival::Accept => {}
            retake::Arrival::Wait => {
                draft.updated = ctx.now;
                return self.reprompt(session, ctx, reply);
            }
            retake::Arrival::TooMany => {
                reply.note(self.t(&lang, "photo-limit-reached"));
                return self.reprompt(session, ctx, reply);
            }
        }
        let count = add_photo(
            draft,
            field,
            AttachmentRef {
                id: attachment.id,
                mime,
                fingerprint: attachment.fingerprint,
            },
        );
        draft.updated = ctx.now;
        // With photos waiting for a choice (an album with a hard-to-read photo), the
        // retake question comes first.
        if count >= max && draft.unreadable.is_empty() {
            if let Some(Answer::Photos(photos)) = draft.answers.get(&field.id) {
                reply.note(self.files_text(
                    photos,
                    &lang,
                    "photo-received",
                    "document-received",
                    " ",
                ));
            }
            self.advance(session, &form_id, ctx, reply);
        } else {
            self.reprompt(session, ctx, reply);
        }
    }
}

/// The button a typed text stands for: its number (unless numbers are answers here) or its
/// label. Both sides are normalised alike, so "Mornings (8–12)" typed in full matches.
pub(crate) fn match_button(message: &Message, text: &str) -> Option<String> {
    let typed = normalize_for_matching(text);
    if typed.is_empty() {
        return None;
    }
    // "000001", a request's number without its prefix, is no button's number (it opened
    // the main menu's first page: field test CG of stop 77).
    if !message.numbers_are_answers
        && (typed.len() <= 2 || !typed.starts_with('0'))
        && let Ok(number) = typed.parse::<usize>()
    {
        return message
            .buttons
            .get(number.checked_sub(1)?)
            .map(|b| b.data().to_string());
    }
    message
        .buttons
        .iter()
        .find(|b| normalize_for_matching(&b.label) == typed)
        .map(|b| b.data().to_string())
}

/// The one button a typed text loosely names, where the text is no answer of its own (a
/// menu, a list to choose from, a confirmation). People leave out what a label adds in
/// brackets ("Mornings" for "Mornings (8–12)", "Kita" for "روضة الأطفال (Kita)") or after a
/// comma ("Yes" for "Yes, delete everything"), type without their keyboard's accents
/// ("ogleden sonra", "iptal" for "İptal"), or only one word of it, or a word's start
/// ("gönder" for "Başvuruyu gönder", "sabah" for "Sabahları"). Anything that fits more
/// than one button fits none: a guess is made only where it cannot be the wrong button.
pub(crate) fn match_button_loosely(message: &Message, text: &str) -> Option<String> {
    let typed = loose_key(text);
    if typed.is_empty() {
        return None;
    }
    let keys: Vec<(&Button, Vec<String>)> = message
        .buttons
        .iter()
        .map(|button| (button, loose_label_keys(&button.label)))
        .collect();
    let only = |fits: &dyn Fn(&str) -> bool| {
        the_only_button(
            keys.iter()
                .filter(|(_, keys)| keys.iter().any(|key| fits(key)))
                .map(|(button, _)| *button),
        )
    };
    // The whole text fits: that button, or none where it fits several.
    if keys.iter().any(|(_, keys)| keys.contains(&typed)) {
        return only(&|key| key == typed);
    }
    // The start of a label or of one of its words ("gönder" for "Başvuruyu gönder"), long
    // enough to mean something (three letters of a language's own name are: see
    // `Engine::language_by_first_letters`).
    if typed.chars().filter(|c| c.is_alphabetic()).count() < min_typed_letters(&typed) {
        return button_with_a_slip(message, text);
    }
    let bare = without_article(&typed);
    only(&|key| {
        key.starts_with(&typed)
            || key
                .split(' ')
                .any(|word| word.starts_with(&typed) || without_article(word).starts_with(bare))
    })
    .or_else(|| {
        // "anfrage an jobcenter" for "Anfrage an das Jobcenter" (field test BX of stop 75
        // got "Perhaps the answer is here already"): the label's words in order, short ones
        // (articles) left out.
        (typed.split(' ').count() >= 2)
            .then(|| only(&|key| label_words_typed(key, &typed)))
            .flatten()
    })
    .or_else(|| button_with_a_slip(message, text))
}

/// Whether `typed` is `key` (both loose) with some of its words of three letters or fewer
/// left out: "anfrage an jobcenter" of "anfrage an das jobcenter".
fn label_words_typed(key: &str, typed: &str) -> bool {
    let mut typed_words = typed.split(' ').peekable();
    for word in key.split(' ') {
        if typed_words.peek() == Some(&word) {
            typed_words.next();
        } else if word.chars().count() > 3 {
            return false;
        }
    }
    typed_words.next().is_none()
}

/// The one button of `message` with a word one slip from `text`, a word of four letters or
/// more: "Uberspringn", "Zurük", "Cancell", "Bakc" (a field test of stop 60 typed them and
/// got "This is not a phone number"; at a name question, "Bakc" became the family name).
pub(crate) fn button_with_a_slip(message: &Message, text: &str) -> Option<String> {
    let typed = loose_key(text);
    // "Schulz" is no slip of "Schule": a caseworker's name typed alone (a field test of
    // stop 63).
    let letters = typed.chars().filter(|c| c.is_alphabetic()).count();
    if typed.contains(' ')
        || letters < 3
        || super::topics::is_family_name(&crate::words::fold(text.trim()))
    {
        return None;
    }
    // Not a ✓ button, which shows the person's own answer or a spelling of it: a second
    // request's given name one letter from the first's ("✓ Annajaxbz") is no slip (the
    // chaos test's second rounds were asked "Is that really the answer?").
    the_only_button(message.buttons.iter().filter(|button| {
        !button.label.trim_start().starts_with('✓')
            && loose_label_keys(&button.label).iter().any(|key| {
                // Three letters only for a word of four: "bak" for "Back" (field test BX
                // of stop 75 got "not understood").
                (letters >= 4 || key.chars().count() == 4) && one_slip_from(key, &typed)
            })
    }))
}

/// Whether `typed` (a [`loose_key`]) is one slip (Damerau distance 1) from a word of four
/// letters or more of label `key` (a [`loose_key`] too).
pub(crate) fn one_slip_from(key: &str, typed: &str) -> bool {
    key.split(' ')
        .any(|word| word.chars().count() >= 4 && strsim::damerau_levenshtein(word, typed) == 1)
}

/// The type and readability of a file `verdict` describes, where photo question `field`
/// takes it (an image; a PDF where allowed). `None` for any other field or file.
fn taken_at(
    field: &Field,
    verdict: &Verdict,
) -> Option<(String, Option<crate::upload::PhotoProblem>)> {
    let FieldKind::Photos { allow_pdf, .. } = field.kind else {
        return None;
    };
    match verdict {
        Verdict::Image { mime, problem, .. } => Some((mime.clone(), *problem)),
        Verdict::Pdf if allow_pdf => Some(("application/pdf".to_string(), None)),
        _ => None,
    }
}

/// "1 und 3", "1 û 3", "١، ٣", "2+4": two or more different numbers from 1 to `shown` and
/// nothing else but short words between them (and, or, û, و), in the order typed. `None`
/// for anything else, one number typed twice included.
pub(super) fn several_numbers(text: &str, shown: usize) -> Option<Vec<usize>> {
    let typed = values::normalize_digits(&strip_bidi_marks(text));
    let mut numbers: Vec<usize> = Vec::new();
    let mut rest = typed.trim();
    while let Some(c) = rest.chars().next() {
        let run = if c.is_ascii_digit() {
            rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len()
        } else if c.is_alphabetic() {
            let letters = rest.len() - rest.trim_start_matches(char::is_alphabetic).len();
            if rest[..letters].chars().count() > 4 {
                return None;
            }
            letters
        } else if c.is_whitespace() || ",;+&/()،".contains(c) {
            c.len_utf8()
        } else {
            return None;
        };
        let (piece, after) = rest.split_at(run);
        if let Ok(number) = piece.parse::<usize>() {
            if !(1..=shown).contains(&number) {
                return None;
            }
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
        rest = after;
    }
    (numbers.len() > 1).then_some(numbers)
}

/// A line as a numbered list shows it, "1) Label", "2. Label", "1) ✓ 17.04.2001": its
/// number and its words.
pub(super) fn numbered_line(text: &str) -> Option<(usize, &str)> {
    let text = text.trim();
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let (number, rest) = text.split_at(digits);
    let words = rest.strip_prefix([')', '.', ':', '-'])?.trim();
    (words.chars().any(char::is_alphabetic) || words.starts_with('✓'))
        .then(|| Some((number.parse().ok()?, words)))?
}

/// How far ahead a day said with a letter is taken for its deadline: offices give two to
/// four weeks, and a letter's own date lies in the past.
const LETTER_DEADLINE_DAYS: i64 = 42;

/// How far ahead the end of a residence paper is soon: offices ask for the application six
/// to eight weeks before.
const PAPER_ENDS_SOON_DAYS: i64 = 56;

/// Words of yes that people also write to say they have read a page ("ok", "tamam"):
/// no yes to the one request a page offers.
const READ_IT: [&str; 14] = [
    "ok",
    "okay",
    "okey",
    "oke",
    "tamam",
    "تمام",
    "حسنا",
    "اوكي",
    "ок",
    "окей",
    "добре",
    "хорошо",
    "باشه",
    "temam",
];

/// Whether `key` (a [`loose_key`] or a folded word) is one of [`READ_IT`].
fn says_read_it(key: &str) -> bool {
    READ_IT.iter().any(|word| loose_key(word) == key)
}

/// The data of the one button among `found` (several with the same data count as one);
/// `None` for none or several: a guess is made only where it cannot be the wrong button.
fn the_only_button<'a>(mut found: impl Iterator<Item = &'a Button>) -> Option<String> {
    let first = found.next()?.data();
    found
        .all(|other| other.data() == first)
        .then(|| first.to_string())
}

/// Letters a label's or word's start needs to name it: four ("Sosy" is enough, "Her" is
/// not), three in Arabic script, which leaves short vowels unwritten ("صبح" for "صبح‌ها").
fn min_typed_letters(typed: &str) -> usize {
    if typed.chars().any(super::script::is_arabic_letter) {
        3
    } else {
        4
    }
}

/// An Arabic word without its article ("صحة" for "الصحة"): people type the word alone.
fn without_article(word: &str) -> &str {
    word.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(word)
}

/// The ways a label may be typed loosely: whole, without its bracket, the bracket's
/// content, the part before a comma.
fn loose_label_keys(label: &str) -> Vec<String> {
    let mut keys = vec![loose_key(label)];
    let trimmed = label.trim_end();
    if let Some(inside_end) = trimmed.strip_suffix(')')
        && let Some(open) = inside_end.rfind('(')
    {
        keys.push(loose_key(&inside_end[..open]));
        keys.push(loose_key(&inside_end[open + 1..]));
    }
    if let Some((first, _)) = label.split_once([',', '،']) {
        keys.push(loose_key(first));
        // "Evet her şeyi sil" for "Evet, her şeyi sil" (a field test of stop 59).
        keys.push(loose_key(&label.replace([',', '،'], " ")));
    }
    keys.retain(|key| !key.is_empty());
    keys
}

/// Whether folded `word` is a verb with a "not" glued to it: Arabic "ما" ("مابفهم", I do
/// not understand), Persian "نمی" ("نمیفهمم").
fn negated_verb(word: &str) -> bool {
    ["ما", "نمی", "نمي"].iter().any(|not| {
        word.strip_prefix(not)
            .is_some_and(|verb| verb.chars().count() >= 3)
    })
}

/// Text as compared loosely: [`normalize_for_matching`], then folded as the language
/// guess folds words ([`crate::words::fold`]: no accents or Arabic short vowels, the
/// letters keyboards mix up made one), dashes as "-", and no symbols at either end
/// ("🏘 Change town").
pub(super) fn loose_key(text: &str) -> String {
    // "درخواست های من" typed with a space where the label has Persian's zero-width
    // non-joiner ("درخواست‌های من", my requests) was not the button (a field test of stop
    // 62): the two are one.
    let text = text.replace('\u{200c}', " ");
    let folded: String = crate::words::fold(&normalize_for_matching(&text))
        .chars()
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
            other => other,
        })
        .collect();
    let key = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if key.is_empty() {
        // Only signs: "👍🏽" is "👍" (skin tones and variation selectors dropped), which a
        // `.typed` spelling may list.
        return folded
            .chars()
            .filter(|c| {
                !c.is_whitespace() && !('\u{1F3FB}'..='\u{1F3FF}').contains(c) && *c != '\u{FE0F}'
            })
            .collect();
    }
    key.to_string()
}

/// At most so many topics named at once are listed to choose from; more say nothing.
const MAX_SEVERAL_TOPICS: usize = 4;

/// For so many days after a request was sent, a question that names no topic is taken to
/// be about it: the office has not answered yet, and people ask when it will.
const RECENT_REQUEST_DAYS: i64 = 7;

/// Whether `typed` is request number `reference` ("KAL-2026-000001") as people type it:
/// whole, in any case; without the prefix ("2026-000001"); without its dashes
/// ("KAL2026000001"); with spaces and without the zeros ("kal 2026 1"); or its number alone,
/// four digits or more ("000001"). "KAL2026000001" and "kal 2026 1" got "not understood" (field
/// test CG of stop 77).
fn is_the_reference(reference: &str, typed: &str) -> bool {
    let Some((prefix, year, number)) = reference_parts(reference) else {
        return false;
    };
    let typed = typed
        .trim()
        .trim_end_matches(['.', '!', '?'])
        .trim()
        .to_lowercase();
    let digits = |group: &str| !group.is_empty() && group.chars().all(|c| c.is_ascii_digit());
    let same_number = |group: &str| {
        digits(group) && group.trim_start_matches('0') == number.trim_start_matches('0')
    };
    let squashed: String = typed.chars().filter(char::is_ascii_alphanumeric).collect();
    let prefix = prefix.to_lowercase();
    if squashed == format!("{prefix}{year}{number}") {
        return true;
    }
    let groups: Vec<&str> = typed
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|group| !group.is_empty())
        .collect();
    match groups[..] {
        [p, y, n] => p == prefix && y == year && same_number(n),
        [y, n] => y == year && same_number(n),
        [n] => n.len() >= 4 && same_number(n),
        _ => false,
    }
}

/// A request number's prefix, year and number ("KAL", "2026", "000001").
fn reference_parts(reference: &str) -> Option<(&str, &str, &str)> {
    match reference.split('-').collect::<Vec<_>>()[..] {
        [prefix, year, number] => Some((prefix, year, number)),
        _ => None,
    }
}

/// Whether the digits of `text` only point at one of the person's requests, in a few words
/// ("طلب رقم 1", "заявка 2", "Anfrage KAL-2026-000001"): each group of digits is a part of a
/// request's number, or a place in the list of requests (1 to their count), and besides
/// them there are at most [`POINTER_WORDS`] words. "я 2 тижні чекаю відповіді" (I have
/// waited 2 weeks for the answer) says more.
pub(super) fn only_points_at_a_request(session: &Session, text: &str) -> bool {
    let digits = crate::words::normalize_digits(text);
    let groups: Vec<&str> = digits
        .split(|c: char| !c.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .collect();
    let parts: Vec<(&str, &str, &str)> = session
        .requests
        .iter()
        .filter_map(|request| reference_parts(&request.reference))
        .collect();
    let prefixes: Vec<String> = parts
        .iter()
        .map(|(prefix, _, _)| prefix.to_lowercase())
        .collect();
    let words = crate::words::tokens(text)
        .into_iter()
        .filter(|word| !prefixes.contains(word))
        .count();
    let points = |group: &str| {
        let place = group.len() <= 2
            && group
                .parse::<usize>()
                .is_ok_and(|place| (1..=session.requests.len()).contains(&place));
        place
            || parts.iter().any(|(_, year, number)| {
                group == *year
                    || (group.len() >= 4
                        && group.trim_start_matches('0') == number.trim_start_matches('0'))
            })
    };
    !groups.is_empty() && words <= POINTER_WORDS && groups.iter().all(|group| points(group))
}

/// Words beside a request's number or place that still only point at it: "about my
/// request number 1".
const POINTER_WORDS: usize = 4;

/// The requests sent and still open, however long ago: what a correction ("мой телефон
/// поменялся: 0160 9998887") is about. A month after sending it got "not understood" (a
/// field test of stop 77); the list of requests says how to reach the office.
fn open_requests(session: &Session) -> Vec<&RequestSummary> {
    session
        .requests
        .iter()
        .filter(|request| request.is_open())
        .collect()
}

/// The requests sent in the last [`RECENT_REQUEST_DAYS`] and still open.
fn recent_requests<'s>(session: &'s Session, ctx: &StepContext<'_>) -> Vec<&'s RequestSummary> {
    let today = ctx.local_now().date();
    session
        .requests
        .iter()
        .filter(|request| request.is_open_since(RECENT_REQUEST_DAYS, today))
        .collect()
}

/// The button "Message about KAL-2026-000001" of the request whose number `text` is, as
/// people type it ([`is_the_reference`]: "KAL-2026-000001", "2026-000001", "000001"): the
/// number the screen shows (a field test of stop 63 got "not understood", and the message it
/// had written waiting for the button was lost).
fn reference_named(message: &Message, text: &str) -> Option<String> {
    let wanted: Vec<&str> = message
        .buttons
        .iter()
        .filter(|button| match Action::parse(button.data()) {
            Ok(Action::WriteAbout { reference }) => is_the_reference(&reference, text),
            _ => false,
        })
        .map(Button::data)
        .collect();
    match wanted.as_slice() {
        [only] => Some(only.to_string()),
        _ => None,
    }
}

/// A sentence or a question ("Wann hat das Rathaus offen?"), not a stray word: a question
/// mark after a word, three words or more without digits (an address or a date typed
/// before its question, "Lange Straße 5, Kalletal", is no question for a person), or a
/// sentence with them ([`super::forms::reads_as_a_sentence`]).
fn looks_like_a_question(text: &str) -> bool {
    let words = crate::words::tokens(text).len();
    let digits = values::normalize_digits(text).contains(|c: char| c.is_ascii_digit());
    // "Ich habe mein Geburtsdatum falsch geschrieben. Es ist der 13.3.1990" after sending
    // got "not understood" for its date: a sentence is one with digits in it too.
    (words >= 1 && text.contains(['?', '؟']))
        || (words >= 3 && !digits)
        || super::forms::reads_as_a_sentence(text)
}

impl Engine {
    /// Two words that name something no page knows ("bank account", "sim karte", "banka
    /// hesabı": field test BH of stop 70 got "Please choose one of the options", a dead
    /// end): no digit, not a name (not every word with a capital), and a word of four
    /// letters or more that is no common word of any language.
    fn names_something_unknown(&self, text: &str) -> bool {
        let written: Vec<&str> = text.split_whitespace().collect();
        let tokens = crate::words::tokens(text);
        let lists = self.content.locales.words();
        tokens.len() == 2
            && !values::normalize_digits(text).contains(|c: char| c.is_ascii_digit())
            && !written
                .iter()
                .all(|word| word.chars().next().is_some_and(char::is_uppercase))
            && tokens
                .iter()
                .any(|token| token.chars().count() >= 4 && !lists.is_common_word(token))
    }
}

/// The kind things `words` say, cut into runs of one to three words that each
/// `run_says` something of (the most things said), or `None` where they cannot be so cut.
fn kind_runs(
    words: &[String],
    run_says: &dyn Fn(&[String]) -> Option<Option<&'static str>>,
) -> Option<Vec<&'static str>> {
    if words.is_empty() {
        return Some(Vec::new());
    }
    (1..=3)
        .filter_map(|length| {
            let (run, rest) = words.split_at_checked(length)?;
            let kind = run_says(run)?;
            let mut said: Vec<&'static str> = kind.into_iter().collect();
            said.extend(kind_runs(rest, run_says)?);
            Some(said)
        })
        .max_by_key(Vec::len)
}

/// A question to an office of at most this many words that Kompass can answer itself (a
/// request's state, a page) is held until typed again; a longer one says more than that.
const SHORT_QUESTION_WORDS: usize = 6;

impl Engine {
    /// While writing to `institution` by email: a short question Kompass answers itself is
    /// answered (`true`), and held until typed again. "gönderildi mi?", "А когда мне
    /// ответят?", "did the office get it??" went to the office as an email each, and the
    /// person learnt nothing; "where do I find a women's doctor?" to the office of a Kita
    /// request too (field tests of stop 67). About the request: the list of requests.
    /// Another topic: its page (a longer question says more than the page: the page, and
    /// the question goes). Not the page of the request's own form. `said`: what `text`
    /// says ([`Self::said_in_any`]), read once for the whole message.
    fn answered_instead_of_sent(
        &self,
        session: &mut Session,
        text: &str,
        said: &[crate::gist::Said],
        institution: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) -> bool {
        let lang = self.lang(session, ctx);
        let typed = loose_key(text);
        let State::Talking { held, .. } = &mut session.state else {
            return false;
        };
        if held.take().is_some_and(|held| loose_key(&held) == typed) {
            return false;
        }
        let flow = &self.content.flow;
        // "а когда социальное открыто можно самому прийти?" (when is it open, can I come
        // myself?) went to the Sozialamt by email (field test BA of stop 70): its hours
        // and address are known here.
        let office = flow
            .institution(institution)
            .filter(|office| office.can_be_visited());
        let answered = if self.asks_about_the_request(text) {
            reply.note(self.status(session, &lang, ctx.local_now()));
            true
        } else if let Some(office) = office
            && self.is_asked(text)
            && self.sentence_names("office-in-form", "asked", text)
        {
            reply.note(self.ta(
                &lang,
                "talk-office",
                &[(
                    "office",
                    self.office_text(office, &lang, ctx.local_now()).into(),
                )],
            ));
            true
        } else {
            self.is_asked(text)
                && self
                    .find_topic(&flow.start, &super::topics::Sentence::prepared(text), &lang)
                    .one()
                    .is_some_and(|path| {
                        self.form_option_of(institution)
                            .is_none_or(|(page, _, _)| page != path.target)
                    })
                && self.note_page_for(text, &lang, ctx.local_now(), reply)
                && crate::words::tokens(text).len() <= SHORT_QUESTION_WORDS
        };
        if answered {
            if let State::Talking { held, .. } = &mut session.state {
                *held = Some(text.to_string());
            }
            reply.note(self.t(&lang, "talk-status-held"));
            return true;
        }
        // "وكمان بدي كورس الماني انا وزوجتي" (and I also want a German course), "esim icin
        // de almanca kursu lazim" went to the citizens' office and the immigration office
        // as addenda (field test BA of stop 70): the person got no course, the office an
        // email not for it.
        let Some(topic) = self.new_concern(text, said, institution, &lang) else {
            return false;
        };
        if let State::Talking { held, .. } = &mut session.state {
            *held = Some(text.to_string());
        }
        reply.note(self.ta(
            &lang,
            "talk-new-topic-held",
            &[
                ("topic", topic.into()),
                (
                    "institution",
                    self.institution_label(institution, &lang).into(),
                ),
            ],
        ));
        self.note_page_for(text, &lang, ctx.local_now(), reply);
        true
    }

    /// Whether `text` names an emergency outright, cries for help, or says violence or a
    /// threat (`danger` in words.txt) by what it says (`said`, [`Self::said_in_any`]).
    fn says_danger(&self, text: &str, lang: &str, said: &[crate::gist::Said]) -> bool {
        // A cry beside a day or a deadline is about paperwork: "строк 15.12!!! допоможіть"
        // (deadline 15.12., help) got the emergency numbers, and was held from the office
        // (field test CR of stop 79).
        let paperwork = said.iter().any(|said| {
            said.is_a_day()
                || matches!(said, crate::gist::Said::Meaning(meaning) if meaning == "Frist")
        });
        if self.names_an_emergency(text, true)
            || (!paperwork && self.plea_for_help(text, lang) == Some(true))
        {
            return true;
        }
        let words = self.content.locales.words();
        said.iter().any(
            |said| matches!(said, crate::gist::Said::Meaning(meaning) if words.is_danger(meaning)),
        )
    }

    /// "Brief vom Jobcenter, Frist 10.12.", "Лист з Jobcenter, треба відповісти до 12
    /// грудня": a letter with a deadline, told at a menu. Its office's page alone said
    /// nothing of the day (note 75 of stop 78): the note names it and the way to a person,
    /// in `lang`. A letter's word (`Brief`, `Bescheid`, `Mahnung`) and a deadline's
    /// (`Frist`) or a day to come within [`LETTER_DEADLINE_DAYS`]; or a residence paper's
    /// end (`läuft ab`) within [`PAPER_ENDS_SOON_DAYS`]. `said`: what the words say, in
    /// `lang`, German or English ([`Engine::said_in_any`]).
    fn deadline_note(
        &self,
        said: &[crate::gist::Said],
        lang: &str,
        ctx: &StepContext<'_>,
    ) -> Option<String> {
        let means = |meaning: &str| {
            said.iter()
                .any(|said| matches!(said, crate::gist::Said::Meaning(m) if m == meaning))
        };
        let today = ctx.local_now().date();
        // The first day named from today to `days` later, as the office writes it.
        let day_within = |days: i64| {
            said.iter()
                .filter(|said| said.is_within_days(today, days))
                .find_map(|said| said.day_from(today))
                .map(|day| day.format("%d.%m.%Y").to_string())
        };
        // "destûra rûniştinê ya min di 20.12.2026 de diqede, ez çi bikim?" (my permit ends on
        // …, what do I do?) got the advice to apply six to eight weeks before, and no word
        // that this is already late (field test CQ of stop 79).
        if means("läuft ab")
            && let Some(date) = day_within(PAPER_ENDS_SOON_DAYS)
        {
            return Some(self.ta(lang, "paper-ends-soon", &[("date", date.into())]));
        }
        if !["Brief", "Bescheid", "Mahnung"].into_iter().any(means) {
            return None;
        }
        match day_within(LETTER_DEADLINE_DAYS) {
            Some(date) => Some(self.ta(lang, "letter-deadline", &[("date", date.into())])),
            None if means("Frist") => {
                self.content
                    .locales
                    .attribute(lang, "letter-deadline", "no-date")
            }
            None => None,
        }
    }

    /// What `text` says ([`crate::gist::said_in`]) in `lang`, German or English: people
    /// mix the office's words and English into their own.
    /// Whether `text` says illness or fever (`words.txt`'s `illness` meanings) in `lang`,
    /// German or English.
    pub(super) fn says_illness(&self, text: &str, lang: &str) -> bool {
        let words = self.content.locales.words();
        self.said_in_any(text, lang).iter().any(
            |said| matches!(said, crate::gist::Said::Meaning(meaning) if words.is_illness(meaning)),
        )
    }

    pub(super) fn said_in_any(&self, text: &str, lang: &str) -> Vec<crate::gist::Said> {
        crate::gist::said_in_any(
            text,
            lang,
            self.content.locales.words(),
            self.content.locales.date_words(),
        )
    }

    /// The label of the topic a message names while writing to `institution` by email,
    /// where it is a new concern: words of wanting (`talk-new-topic-held`'s `.want`), no
    /// digits (a date, a number: of the request), and one topic named from the main menu
    /// whose menus and pages lead to no request of that office (a German course is the
    /// integration office's concern too). `said`: what `text` says ([`Self::said_in_any`]).
    fn new_concern(
        &self,
        text: &str,
        said: &[crate::gist::Said],
        institution: &str,
        lang: &str,
    ) -> Option<String> {
        if text.chars().any(|c| c.is_numeric())
            || !self.sentence_names("talk-new-topic-held", "want", text)
        {
            return None;
        }
        // "tomorrow we must leave the flat, we will be on the street" was held as a new
        // topic, finding a flat (field test BE of stop 70): what is urgent goes to the office.
        let words = self.content.locales.words();
        if said.iter().any(|said| said.is_urgent(words)) {
            return None;
        }
        // "Мені потрібен перекладач українською або російською" (I need an interpreter) was
        // held as the integration office's concern (field test CL of stop 78): an
        // interpreter is for the office's appointment.
        if said.iter().any(
            |said| matches!(said, crate::gist::Said::Meaning(meaning) if meaning == "Dolmetscher"),
        ) {
            return None;
        }
        let flow = &self.content.flow;
        let path = self
            .find_topic(&flow.start, &super::topics::Sentence::prepared(text), lang)
            .one()?;
        if self.leads_to_institution(&path.target, institution) {
            return None;
        }
        self.topics_below(&flow.start)
            .iter()
            .find(|(_, below)| below.target == path.target)
            .map(|(label, _)| self.t(lang, label))
    }

    /// Whether node `from` or a menu or page below it opens a request to `institution`
    /// or writes to it ([`Self::leads_to`] one of its forms or contact nodes).
    fn leads_to_institution(&self, from: &str, institution: &str) -> bool {
        self.content.flow.nodes.iter().any(|(id, node)| {
            let theirs = match &node.kind {
                NodeKind::Form(form) => form.institution == institution,
                NodeKind::Contact {
                    institution: writes_to,
                    ..
                } => writes_to == institution,
                _ => false,
            };
            theirs && self.leads_to(from, id)
        })
    }

    /// A question by its mark or its first word ("wo …", "где …"). "Sorry, my birthday is
    /// wrong", a sentence that names a page's words, is not one: it got the page on
    /// pregnancy and was not sent.
    /// So is one by its last word ("gonderildi mi", was it sent, without its question
    /// mark: a field test of stop 68 got "not understood").
    pub(super) fn is_asked(&self, text: &str) -> bool {
        let tokens = crate::words::tokens(text);
        let words = self.content.locales.words();
        text.contains(['?', '؟'])
            || words.starts_with_a_question_word(text)
            || (tokens.len() >= 2
                && tokens.last().is_some_and(|last| {
                    words
                        .languages()
                        .any(|(_, language)| language.question_end.contains(last))
                }))
    }

    /// That what was sent again is not sent twice to `institution` (message `id`:
    /// `person-already-sent`, `person-file-already-sent`).
    pub(super) fn note_sent_before(
        &self,
        id: &str,
        institution: &str,
        lang: &str,
        reply: &mut Reply,
    ) {
        reply.note(self.ta(
            lang,
            id,
            &[(
                "institution",
                self.institution_label(institution, lang).into(),
            )],
        ));
    }

    /// What a paper an office asks for is (its `doc-…` message's `.what`, in `lang`), where
    /// `text` asks about it by its German name ("что такое Wohnungsgeberbestätigung?") or
    /// by its name in `lang` ("ما هي شهادة تسجيل السكن؟").
    pub(super) fn paper_explained(&self, text: &str, lang: &str) -> Option<String> {
        if !self.is_asked(text) {
            return None;
        }
        let locales = &self.content.locales;
        let asked = crate::words::fold_phrase(text);
        let names = |id: &str| -> Vec<String> {
            [
                // "Wohnungsgeberbestätigung (vom Vermieter)": its first word.
                locales
                    .text("de", id, &[])
                    .split_whitespace()
                    .next()
                    .map(crate::words::fold_phrase),
                // "تأكيد المؤجر (Wohnungsgeberbestätigung)": before the brackets.
                strip_bidi_marks(&locales.text(lang, id, &[]))
                    .split(" (")
                    .next()
                    .map(crate::words::fold_phrase),
            ]
            .into_iter()
            .flatten()
            .filter(|name| name.chars().count() >= 6)
            .collect()
        };
        locales
            .messages("de")?
            .keys()
            .filter(|id| id.starts_with("doc-"))
            .filter(|id| names(id).iter().any(|name| asked.contains(name.as_str())))
            .find_map(|id| locales.attribute(lang, id, "what"))
    }

    /// "Is there a phone number of the office?" (`status-call-office`'s `.asked`), short, as
    /// a question: the office to call or visit, with its number, address and hours, noted
    /// in `reply`: `institution`'s while writing to it, else those of the open requests.
    /// Whether it was asked.
    fn office_to_call(
        &self,
        session: &Session,
        text: &str,
        institution: Option<&str>,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) -> bool {
        // Not with a number in it: "my new number is 0176 …" is for the office.
        if crate::words::tokens(text).len() > OFFICE_CALL_WORDS
            || super::forms::has_digit(text)
            || !self.sentence_names("status-call-office", "asked", text)
        {
            return false;
        }
        let mut offices: Vec<&str> = Vec::new();
        let sent = open_requests(session)
            .into_iter()
            .rev()
            .map(|request| request.institution.as_str());
        for office in institution.into_iter().chain(sent) {
            if !offices.contains(&office) {
                offices.push(office);
            }
            // While writing to an office, that one.
            if institution.is_some() {
                break;
            }
        }
        let lang = self.lang(session, ctx);
        let mut told = false;
        for office in offices
            .iter()
            .filter_map(|id| self.content.flow.institution(id))
        {
            let office_text = self.office_text_with_email(office, &lang, ctx.local_now());
            reply.note(self.ta(
                &lang,
                "status-call-office",
                &[("office", office_text.into())],
            ));
            told = true;
        }
        told
    }

    /// The button of the one request on screen whose title ([`Engine::request_title`])
    /// `text` is, as people type it ([`loose_key`]), while something waits to be sent with
    /// a request's button.
    fn request_titled(
        &self,
        session: &Session,
        text: &str,
        lang: &str,
        reply: &Reply,
    ) -> Option<String> {
        let waiting = reply
            .on_offer
            .as_ref()
            .is_some_and(|offered| offered.text.is_some() || !offered.files.is_empty());
        if !waiting {
            return None;
        }
        let typed = loose_key(text);
        let titled: Vec<&String> = reply
            .write_about_on_screen
            .iter()
            .filter(|reference| {
                session
                    .request(reference)
                    .is_some_and(|request| loose_key(&self.request_title(request, lang)) == typed)
            })
            .collect();
        match titled.as_slice() {
            [reference] => Some(
                Action::WriteAbout {
                    reference: (*reference).clone(),
                }
                .encode(),
            ),
            _ => None,
        }
    }

    /// A sentence of `text` that asks about one's requests ([`Engine::asks_about_the_request`])
    /// and names no topic, beside others that do: "Did you get my papers? And where can I
    /// learn German?". Not "when?" (`cmd-status`'s `.when`), which asks of pages too ("Where
    /// is the town hall? When is it open?"). Only for someone with requests, and only where
    /// the sentences are apart ("did you get my application for Bürgergeld" is about the
    /// topic's request).
    fn asks_about_a_request_beside(
        &self,
        session: &Session,
        text: &str,
        start: &str,
        ctx: &StepContext<'_>,
    ) -> bool {
        if session.requests.is_empty() {
            return false;
        }
        let lang = self.lang(session, ctx);
        let sentences: Vec<&str> = text
            .split_inclusive(['?', '؟', '.', '!', '\n'])
            .filter(|sentence| !crate::words::tokens(sentence).is_empty())
            .collect();
        sentences.len() >= 2
            && sentences.iter().any(|sentence| {
                self.asks_about_the_request(sentence)
                    && matches!(
                        self.find_topic(start, &topics::Sentence::prepared(sentence), &lang),
                        Named::Nothing
                    )
            })
    }

    /// A short question about a request sent, while writing to its office: "ist meine
    /// Anfrage angekommen?", "gönderildi mi?", "А когда мне ответят?" (`cmd-status`'s
    /// `.asked` and `.sent` words). Six words at most: a longer question says more than
    /// Kompass knows.
    pub(super) fn asks_about_the_request(&self, text: &str) -> bool {
        self.is_asked(text)
            && crate::words::tokens(text).len() <= SHORT_QUESTION_WORDS
            && (self.sentence_names("cmd-status", "asked", text)
                || self.sentence_names("cmd-status", "sent", text))
    }
}

/// The most words of a message asking to delete one's data while writing to an office: a
/// longer one may ask the office to delete something ("please delete my old address from
/// the request and write the new one …").
const DELETE_ASKED_WORDS: usize = 6;

/// The most words of a question for the office's number ([`Engine::office_to_call`]): a
/// longer message says more, for the office.
const OFFICE_CALL_WORDS: usize = 12;

/// The language people of a chat in `lang` also write, close enough that its words are
/// read for topics: Russian in the Ukrainian chat, Ukrainian in the Russian one.
fn neighbour_language(lang: &str) -> Option<&'static str> {
    match lang {
        "uk" => Some("ru"),
        "ru" => Some("uk"),
        _ => None,
    }
}

impl Engine {
    /// Keeps `said` for the request begun below its page ([`Session::said_before`]), after
    /// the words kept before it where they are for the same office and said within the
    /// hour: "دخترم ۴ سالشه میخوام بره مهد کودک" (Kita), then "پسرم هم ۹ سالشه مدرسه نمیره"
    /// (school), then the integration office's request carried only the second (field test
    /// CV of stop 81).
    fn keep_said_before(
        &self,
        session: &mut Session,
        mut said: crate::engine::session::SaidBefore,
    ) {
        if let Some(before) = session.said_before.take()
            && !before.asked
            && !before.topic.is_empty()
            && said.said - before.said < chrono::Duration::hours(1)
            && !said.text.contains(&before.text)
            && self.content.flow.institutions.keys().any(|office| {
                self.leads_to_institution(&before.topic, office)
                    && self.leads_to_institution(&said.topic, office)
            })
        {
            said.text = format!("{}\n{}", before.text, said.text);
        }
        session.said_before = Some(said);
    }

    /// Whether `text` tells a number or a date ("2 hafta sonra", "до 15.12", "завтра") or
    /// an urgent word (`said`, what it says: [`Engine::said_in_any`]): what the office needs
    /// beyond the topic a sentence names.
    fn tells_a_number_or_day(&self, text: &str, said: &[crate::gist::Said]) -> bool {
        let words = self.content.locales.words();
        // A day of the week only where nothing is asked, as a question of hours names one
        // ("open on Saturday?"): "я не могу прийти в понедельник, ребёнок заболел" (I cannot
        // come on Monday, the child fell ill) got the doctors' page alone (field test CZ of
        // stop 83).
        let asked = self.is_asked(text);
        values::normalize_digits(text)
            .chars()
            .any(|c| c.is_ascii_digit())
            || said.iter().any(|said| {
                (said.is_a_day() && (!asked || !matches!(said, crate::gist::Said::Weekday(_))))
                    || said.is_urgent(words)
            })
    }
}

/// The papers a request may wait for (`gist` meanings): told of after sending, the words
/// are offered to the request.
const PAPERS_OF_REQUESTS: [&str; 5] = [
    "Wohnungsgeberbestätigung",
    "Fiktionsbescheinigung",
    "Aufenthaltstitel",
    "Bescheid",
    "Pass",
];

/// Words of a sentence at a menu that say more than the topic it names ("Hallo ich schreibe
/// für Familie Rahimi, sie …"; not "Ich möchte mich anmelden"): it goes with a request begun
/// below the page it opens.
const SAYS_MORE_WORDS: usize = 8;

/// Whether `text` names Dari ("دری", "dari"), the Persian of Afghanistan.
fn names_dari(text: &str) -> bool {
    crate::words::tokens(text)
        .iter()
        .any(|token| ["dari", "دری"].contains(&token.as_str()))
}

/// `/word` or `/word@bot` (and nothing else): a messenger command, not an answer.
fn looks_like_command(text: &str) -> bool {
    CommandText::split(text, &['/']).is_some_and(|command| {
        !command.word.is_empty()
            && command
                .word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Text as compared with a button: digits made ASCII, bidi marks and control characters
/// gone, spaces folded, lower case, and a trailing "." or ")" dropped ("1." and "1)" are
/// how a numbered list shows 1).
/// A digit as a keycap emoji ("9️⃣": the digit, U+FE0F, U+20E3) is the digit, "🔟" is 10,
/// and "#9" or "№ 9" is 9: what emoji keyboards and habits make of a number.
pub(super) fn normalize_for_matching(text: &str) -> String {
    let cleaned = values::normalize_digits(&strip_bidi_marks(&values::clean_text(text)));
    let folded = cleaned
        .replace('🔟', "10")
        .replace(['\u{FE0F}', '\u{20E3}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let folded = folded.trim_end_matches(['.', ')']).trim();
    // "number 8", "nr 2", "номер 2", "رقم ٢", "ra2m 1", "hejmar 8" (field test BH of stop
    // 70 got "not understood" for each): the word for number before the digits.
    let folded = match folded.split_once(' ') {
        Some((word, number))
            if NUMBER_WORDS.contains(&word.to_lowercase().trim_end_matches(['.', ':']))
                && !number.is_empty()
                && number.trim().chars().all(|c| c.is_ascii_digit()) =>
        {
            number.trim()
        }
        _ => folded,
    };
    // "#9", "№ 9", and "(2)", "[2]": a number in brackets, as a field test of stop 59 typed
    // it (the closing ")" is gone already).
    let folded = match folded
        .strip_prefix(['#', '№', '(', '['])
        .map(|rest| rest.trim_end_matches([')', ']']).trim())
    {
        Some(number) if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => number,
        _ => folded,
    };
    folded.to_lowercase()
}

/// Words for "number" before a button's number ("number 8", "номер 2", "رقم ٢").
const NUMBER_WORDS: [&str; 20] = [
    "number",
    "no",
    "nr",
    "nummer",
    "num",
    "номер",
    "номери",
    "№",
    "رقم",
    "الرقم",
    "ra2m",
    "raqam",
    "raqm",
    "hejmar",
    "hejmara",
    "numara",
    "numarası",
    "numarasi",
    "شماره",
    "shomare",
];

/// The fixed labels of the buttons a name, address or free-text question shows
/// ([`Engine::label_id`]), whose spellings in other languages are those buttons there.
pub(super) const FIELD_BUTTON_LABELS: [&str; 6] = [
    "button-back",
    "button-cancel",
    "button-skip",
    "button-done",
    "button-name-no-latin",
    "button-address-keep",
];

/// The fixed texts whose spellings typed alone mean something at menus and in forms
/// ([`Engine::typed_meanings`]): the commands (`Command::WORDS`), the buttons of form
/// questions, and these.
const MORE_TYPED_MEANINGS: [&str; 3] = ["button-main-menu", "button-no", "button-yes"];

/// The command whose label in the help (`cmd-status` "Meine Anfragen") or one of its
/// `.typed` spellings, in any language (`meanings`), or whose English word ("status")
/// `typed` is; the main menu's button label is /menu. Not `/start`, whose word is too
/// common to mean "begin again"; its label and spellings ("Начать заново", "neu
/// anfangen", "baştan başla": a field test of stop 59 got "not understood", or them as a
/// name) are the main menu, where a form's answers are kept, as with /menu.
fn command_typed(typed: &str, meanings: &[&str]) -> Option<Command> {
    if meanings.contains(&"button-main-menu") || meanings.contains(&"cmd-start") {
        return Some(Command::Menu);
    }
    // "geri", "zurück" where no Back button is shown (the main menu) got "not understood"
    // (a field test of stop 77): what /back does there.
    if meanings.contains(&"button-back") {
        return Some(Command::Back);
    }
    Command::WORDS
        .into_iter()
        .filter(|(word, _)| *word != "start")
        .find(|(word, id)| *word == typed || meanings.contains(id))
        .and_then(|(word, _)| Command::parse(&format!("/{word}")))
}

#[cfg(test)]
mod reference_tests {
    use super::is_the_reference;

    #[test]
    fn a_request_number_as_people_type_it() {
        for typed in [
            "KAL-2026-000001",
            "kal-2026-000001.",
            "2026-000001",
            "KAL2026000001",
            "kal 2026 1",
            "000001",
            "2026 1",
        ] {
            assert!(is_the_reference("KAL-2026-000001", typed), "{typed}");
        }
        for typed in ["1", "01", "KAL-2025-000001", "kal 2026 2", "0001234", "12"] {
            assert!(!is_the_reference("KAL-2026-000001", typed), "{typed}");
        }
    }
}
