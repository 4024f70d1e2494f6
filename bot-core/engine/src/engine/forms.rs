//! Forms: answers typed and pressed, checked field by field, the review, and the
//! submitted request.

use super::*;
use crate::content::{ANY_TIME, ChoiceOption, NO_TIME_FITS};
use crate::date_words::Calendar;
use crate::words;
use chrono::NaiveDateTime;
use inputs::{FIELD_BUTTON_LABELS, loose_key};
use std::collections::BTreeSet;

/// What a person says who has nothing to give for a question: skip, no, done ("nichts",
/// "nein", "خلاص").
const NOTHING_TO_GIVE: [&str; 3] = ["button-skip", "button-no", "button-done"];

/// The buttons under the question for an address's house number (its ✓, Back, Cancel): a
/// number alone up to this one may have meant one of them.
const ADDRESS_CHECK_BUTTONS: usize = 3;

/// Words of sorry and of noticing a slip, folded, in the bot's languages: beside a
/// mistake's words, or two of them ("oh sorry"), they say the answer before was wrong
/// ([`Engine::says_a_slip`]).
const SLIP_WORDS: [&str; 40] = [
    "لحظة",
    "لحظه",
    "oh",
    "oops",
    "ops",
    "sorry",
    "sry",
    "moment",
    "ups",
    "upps",
    "ach",
    "entschuldigung",
    "ой",
    "ой-ой",
    "извините",
    "простите",
    "вибачте",
    "пардон",
    "pardon",
    "affedersiniz",
    "اوه",
    "آسف",
    "اسف",
    "عفوا",
    "ببخشید",
    "ببخشيد",
    "bibore",
    "bebakhshid",
    "bebakhshin",
    // "dur yanlış seçtim" (wait, I chose wrong): a field test of stop 67 sent "Dur Yanlış
    // Seçtim" as the family name.
    "dur",
    "bekle",
    "durun",
    // "подождите, я неправильно выбрал" (wait, I chose wrong) at the birth date (the same
    // field tests).
    "подождите",
    "подожди",
    "секунду",
    "зачекайте",
    "почекайте",
    "wait",
    "warte",
    "warten",
];

/// The emergency numbers of Germany (fire brigade and ambulance, police): typed alone,
/// they name the emergency page in every language.
const EMERGENCY_NUMBERS: [&str; 2] = ["112", "110"];

/// The fewest words of a message at a photo's question that says more than "later" or "not
/// now" ("nein, hab ich gerade nicht" has five): kept for the office.
const SAYS_MORE_THAN_LATER_WORDS: usize = 6;

/// The most words of a family word and a name at a question about another person
/// ("meine Tochter Lina Haddad"): a longer message says more than the name.
const RELATIVE_AND_NAME_WORDS: usize = 5;

impl Engine {
    /// `meanings`: the fixed texts `text` is a spelling of ([`Engine::typed_meanings`]).
    pub(super) fn on_form_text(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        meanings: &[&str],
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let (Some(form), Some(draft)) =
            (self.content.flow.form(form_id), session.drafts.get(form_id))
        else {
            return self.leave(session, ctx, reply);
        };
        let Position::Field { index, step, .. } = draft.position else {
            return self.summary_text(session, form_id, text, ctx, reply);
        };
        let Some(field) = form.fields.get(index) else {
            return self.reprompt(session, ctx, reply);
        };
        // "النجدة ابني ما عم يتنفس" (help, my son is not breathing) at the given name was
        // offered as a name, "acil durum ambulans lazım" at the email got "This is not an
        // email address" (Arabic and Turkish field tests): the emergency numbers at once,
        // the form kept. Typed as the person's own words, they are kept too.
        if let Some(numbers) = self.emergency_in_form(field, text, &lang) {
            reply.note(numbers);
            if !matches!(field.kind, FieldKind::Text { .. }) {
                return self.reprompt(session, ctx, reply);
            }
        }
        // "1 и 2" at the notes, as if both buttons (Skip and Back) were meant: kept as the
        // notes, where the office read "1 и 2" (field test CS of stop 80). One is asked for.
        // (Numbers alone first: the prompt is built only for them.)
        if step == FieldStep::Main
            && matches!(field.kind, FieldKind::Text { .. })
            && inputs::several_numbers(text, usize::MAX).is_some()
            && let Some(shown) = self
                .prompt(session, ctx)
                .message()
                .filter(|message| !message.numbers_are_answers)
                .map(|message| message.buttons.len())
            && inputs::several_numbers(text, shown).is_some()
        {
            reply.note(self.t(&lang, "error-one-option-form"));
            return self.reprompt(session, ctx, reply);
        }
        // "4" under three buttons at the file number: the office read "Aktenzeichen: 4"
        // (field test CX of stop 82). One or two digits are a button's number mistyped,
        // no office's number and no words of one's own: which numbers there are.
        if step == FieldStep::Main
            && matches!(field.kind, FieldKind::Text { .. } | FieldKind::Code { .. })
            && {
                let typed = values::normalize_digits(text.trim());
                (1..=2).contains(&typed.len()) && typed.chars().all(|c| c.is_ascii_digit())
            }
            && let Some(numbers) = self.number_range_note(&self.prompt(session, ctx), text, &lang)
        {
            reply.note(numbers);
            return self.reprompt(session, ctx, reply);
        }
        // "привіт, де я зупинилась?" (hi, where did I stop?) on coming back went to the
        // office as a question (a field test of stop 62): the question on screen again.
        if step == FieldStep::Main
            && !matches!(field.kind, FieldKind::Text { .. })
            && self.sentence_names("button-continue-request", "asked", text)
        {
            return self.reprompt(session, ctx, reply);
        }
        // "вибачте це для дружини а не для мене, її ім'я Oksana, нар. 12.05.1988" (sorry,
        // this is for my wife, not me) at the birth date, after the husband's own name:
        // the date was taken, and the office read his name with her birth date (field test
        // CB of stop 76; "ji bo bavê min e" and "nicht für mich" got "I cannot read the
        // date"). Said once the writer's own details are in, the request is the other
        // person's: their questions are asked again, and the words go to the office.
        // Known to be someone else's from the start, and the writer's own name typed all
        // the same: "це не для мене, для мами! я написала своє ім'я" (not for me, for mum! I
        // wrote my own name) got "I cannot read this date" (field test CC of stop 76).
        let words = self.content.locales.words();
        let own_answers_said = if draft.for_relative {
            words.says_the_answers_were_mine(text)
                && form.fields.iter().take(index).any(|earlier| {
                    draft.says_who_the_person_is(earlier) && draft.answered_here(&earlier.id)
                })
        } else {
            draft.person_answered_as_own
                && (words.says_who_writes(text) || words.says_the_answers_were_mine(text))
        };
        // Only at those questions and the address: "not for me, but my mother yes" at the
        // interpreter's is about the interpreter.
        if step == FieldStep::Main
            && (field.is_about_the_person() || matches!(field.kind, FieldKind::Address { .. }))
            && own_answers_said
            && form.is_for_someone_else(words.names_a_helper(text))
        {
            return self.ask_again_for_someone_else(session, form_id, text, ctx, reply);
        }
        // "pardon adres yanlış, ev numarası 5 olacak" (sorry, the address is wrong, the
        // number is 5) at the next question was its "no", "my birthday is 5 March not 3
        // May" at the nationality "choose an option" (a field test of stop 62): an earlier
        // answer said to be wrong is asked again, with the new answer where the sentence
        // has it, and the form comes back here.
        if step == FieldStep::Main
            && !matches!(field.kind, FieldKind::Text { .. })
            && let Some((earlier, answer)) =
                self.earlier_answer_corrected(form, draft, index, text, &lang, ctx)
        {
            if let Some(draft) = session.drafts.get_mut(form_id) {
                correct(draft, earlier);
                if let Position::Field { correcting, .. } = &mut draft.position {
                    *correcting = false;
                }
                draft.resume_at = Some(index);
            }
            let Some(field) = form.fields.get(earlier) else {
                return self.reprompt(session, ctx, reply);
            };
            return match answer {
                Some(answer) => {
                    let shown = self.labelled_answer(field, &answer, &lang);
                    reply.note(self.ta(&lang, "answer-corrected", &[("answer", shown.into())]));
                    self.answer(session, form_id, field, answer, ctx, reply)
                }
                None => self.reprompt(session, ctx, reply),
            };
        }
        // "تخلص ندارم", "فامیل ندارم" (I have no family name): many from Afghanistan have
        // none. A field test of stop 60 sent "Familienname: Ndarm". A question whose prompt
        // says what to do then (`.none`) takes "—", and the office is told in its words.
        // So does "ليس عندي عنوان الآن" (I have no address now) after an eviction, which
        // reached the office as a made-up Latin spelling (the urgency test of stop 60).
        // "что такое Wohnungsgeberbestätigung? у меня её нет" at the notes went to the office
        // unanswered (field test CP of stop 79): what the paper is, said here, and the words
        // still go with the request.
        if step == FieldStep::Main
            && matches!(field.kind, FieldKind::Text { .. })
            && let Some(what) = self.paper_explained(text, &lang)
        {
            reply.note(what);
        }
        // The given name's own words: "I have no first name, only one name" had gone to the
        // office as a message, and "skip" after it became the name "Skip" (field test CP
        // of stop 79).
        let none_said = match field.kind {
            FieldKind::Name { .. } if field.prompt.ends_with("given-names") => {
                Some("office-no-given-name")
            }
            FieldKind::Name { .. } => Some("office-no-family-name"),
            FieldKind::Address { .. } => Some("office-no-address"),
            _ => None,
        };
        if step == FieldStep::Main
            && let Some(none_said) = none_said
            && self.sentence_names(none_said, "typed", text)
            && let Some(note) = self.content.locales.attribute(&lang, &field.prompt, "none")
        {
            let office_lang = self.form_office_language(form_id, &lang);
            let line = strip_bidi_marks(&self.ta(
                &office_lang,
                none_said,
                &[("words", text.trim().into())],
            ));
            self.keep_line_for_office(session, form_id, &line, ctx);
            reply.note(note);
            let field = field.clone();
            return self.answer(
                session,
                form_id,
                &field,
                Answer::Text("—".into()),
                ctx,
                reply,
            );
        }
        // "1) Skip", "1) ✓ Kirchweg 7, Talle": a button copied from the screen with its
        // number presses it, also where any text is an answer (an English field test's
        // notes for the office read "1) Skip").
        if inputs::numbered_line(text).is_some()
            && let Some(data) = self
                .prompt(session, ctx)
                .message()
                .and_then(|message| self.loosely_named_button(session, message, text))
        {
            return self.on_button(session, &data, ctx, reply);
        }
        // Back at a question answered before, its answer shown with a ✓: "اي", "так", "erê"
        // (yes) is that answer kept. Arabic, Kurmanji and Ukrainian field tests got "Is
        // this really your answer?", and the yes became the family name ("Ay"), the date
        // "unreadable".
        // So is "same", "wie vorher", "نفسه" at an answer from the last request (a second
        // request asked everything again, and "same as before" became the name); a list's
        // too, but not the interpreter's, where yes says one is needed.
        let from_earlier = draft.from_earlier.contains(&field.id);
        if step == FieldStep::Main && self.sentence_names("form-answer-earlier", "typed", text) {
            if from_earlier {
                return self.press_answer(session, index, FieldButton::KeepAnswer, ctx, reply);
            }
            // "نفس الشي" at the email, which the last request had none of: none again (an
            // Arabic field test got "This is not an email address").
            if field.optional
                && session.earlier.as_ref().is_some_and(|earlier| {
                    field
                        .earlier_key()
                        .is_some_and(|key| !earlier.answers.contains_key(key))
                })
            {
                return self.press_answer(session, index, FieldButton::Skip, ctx, reply);
            }
        }
        if step == FieldStep::Main
            && (field.kind.is_typed()
                || (from_earlier && !matches!(field.kind, FieldKind::Interpreter)))
            && meanings.contains(&"button-yes")
            && draft.suggested_date.is_none()
            && draft
                .answers
                .get(&field.id)
                .is_some_and(|answer| *answer != Answer::Skipped)
        {
            return self.press_answer(session, index, FieldButton::KeepAnswer, ctx, reply);
        }
        // "видаліть всі мої дані" (delete all my data) in a form was kept as a message for
        // the office (a Ukrainian field test): the question whether to delete everything.
        // (Both these searches, and the one for a change of language below, need words: not
        // for a phone number, a date, one word.)
        let sentence = words::tokens(text).len() > 1
            && text.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        if sentence && self.sentence_names("cmd-delete", "asked", text) {
            return self.on_command(session, Command::Delete, ctx, reply);
        }
        // "why do you need my name?", "ليش بدك اسمي؟", "зачем вам мой телефон?": why the
        // office asks, and the question again. A field test got what a family name is, the
        // name question's help; a person afraid of what happens to their data needs to
        // know who gets it. Not in free text, where it is a question for the office.
        if !matches!(field.kind, FieldKind::Text { .. })
            && step == FieldStep::Main
            && self.is_a_question(text)
            && self.sentence_names("form-why-asked", "asked", text)
        {
            reply.note(self.t(&lang, "form-why-asked"));
            return self.reprompt(session, ctx, reply);
        }
        // "wie bitte?" (pardon?) at the birth date was a question for the office, "не понял"
        // at the family name the name: a person who did not understand the question gets
        // its help where it has one, else the question again and how to change language.
        let mut said_in = self.said_in_languages("form-question-again", text);
        // In a longer sentence too, at a question that is no free text: "ما افتهمت شنو
        // يعني", "не поняла чё писать" at the family name were offered as names (a field
        // test). Only the phrases of two words or more: "что", "شو" alone stand in names
        // and answers.
        // Not in a long message that says more: "Я отримала лист від Джобцентру, строк до
        // 15.12., не розумію що робити" (I got a letter …, I don't understand what to do)
        // at the email question is the person's concern, kept for the office, not "here
        // is the question again" (a run by hand of stop 68).
        if said_in.is_empty()
            && !matches!(field.kind, FieldKind::Text { .. })
            && words::tokens(text).len() <= 6
            && self.has_phrase_of("form-question-again", text)
        {
            said_in.push(lang.clone());
        }
        // So does "не понимаю что это", "Ich verstehe die Frage nicht", "لم أفهم السؤال" at
        // "Do you need an interpreter?": it was a no by its "не" (a Russian field test),
        // then a yes nobody said (a fifth round). Not "almanca bilmiyorum" (I do not know
        // German): a yes of its own.
        let unsure_of_interpreter = matches!(field.kind, FieldKind::Interpreter)
            && step == FieldStep::Main
            && self.sentence_names("interpreter-question", "unsure", text)
            && !self.sentence_names("interpreter-question", "yes", text)
            && !self.sentence_names("interpreter-question", "no", text)
            // "اي والله احتاج لان ما اعرف الماني" (yes, I need one, I don't know German)
            // got the help by its "ما اعرف" (an Iraqi field test): a first yes says it (not
            // a first "не", which starts "не знаю", I don't know).
            && self.first_word_yes_or_no(&words::tokens(text)) != Some(true);
        if !said_in.is_empty() || unsure_of_interpreter {
            // "не понял" in a German form: said in one other language only, in words that
            // are that language's own (two or more; "ne", what in Turkish, is also a word
            // of Kurmanji), it is the language to go on in.
            if let [other] = &said_in[..]
                && *other != lang
                && words::tokens(text).len() > 1
            {
                return self.language_asked_for(session, other, ctx, reply);
            }
            // "I dont understand Arabic well, please English" in an Arabic form got the
            // question's help in Arabic (a field test of stop 63): the language it names.
            if let Some(code) = self.other_language_than(session, text)
                && self.content.locales.has_language(code)
            {
                let code = code.to_string();
                return self.language_asked_for(session, &code, ctx, reply);
            }
            reply.note(
                self.content
                    .locales
                    .attribute(&lang, &field.prompt, "help")
                    .unwrap_or_else(|| self.t(&lang, "form-question-again")),
            );
            return self.reprompt(session, ctx, reply);
        }
        // "English please" at the family name was the family name: a language asked for in
        // a form changes the language there, as at a menu, and the form goes on with its
        // answers. Not at the interpreter's question, whose answers are languages, nor at a
        // list (a people is named like its language: "انا كردي", I am a Kurd, at the
        // nationality), nor a language's name alone at a name or address ("English" and
        // "Deutsch" are family names too).
        // Nor beside a phone number: "+380 67 123 45 67 (украинский, вайбер)" says which
        // language the phone answers in, and the number was lost to a switch to Ukrainian (a
        // field test of stop 59).
        let phone_given =
            matches!(field.kind, FieldKind::Phone) && values::first_phone(text).is_ok();
        if !matches!(
            field.kind,
            FieldKind::Interpreter | FieldKind::Choice { .. }
        ) && !phone_given
            && let Some(code) = named_language(text, self.content.locales.words())
            .or_else(|| self.other_language_than(session, text))
            // A language without texts here ("i speak tigrinya only" at the notes): no list
            // of languages in the middle of the form, whose "1" then chose Arabic (an
            // Eritrean field test); the words are an answer like any other.
            && self.content.locales.has_language(code)
            && (words::tokens(text).len() > 1
                || !matches!(
                    field.kind,
                    FieldKind::Name { .. } | FieldKind::Address { .. }
                ))
        {
            return self.language_asked_for(session, code, ctx, reply);
        }
        // "ez dixwazim zimên biguherînim" (I want to change the language): the languages,
        // the form kept (a Kurmanji field test's went to the answer).
        if !matches!(field.kind, FieldKind::Interpreter)
            && sentence
            && self.sentence_names("cmd-language", "asked", text)
        {
            return self.on_command(session, Command::Language, ctx, reply);
        }
        // "oh sorry", "Moment falsch", "ой, ошибка" at a name: no name, but the person
        // saw a slip in the answer before (field tests of stop 64 sent "Oh Sorry" and
        // "Moment Falsch" as given names). The question before, to change it.
        if matches!(field.kind, FieldKind::Name { .. } | FieldKind::Date { .. })
            && step == FieldStep::Main
            && self.says_a_slip(text, &lang)
        {
            if index == 0 {
                reply.note(self.t(&lang, "form-question-again"));
                return self.reprompt(session, ctx, reply);
            }
            reply.note(self.t(&lang, "form-slip-back"));
            return self.on_button(session, &Action::Back.encode(), ctx, reply);
        }
        // "sorry Tesfay is first name. family name Gebremedhin", "na bibore Berivan navê min
        // e, paşnav Hesen" at the given name after the family name: the names put right,
        // each by its words (field tests of stop 64 sent "Familienname: Berivan, Vorname:
        // Berivan"). The earlier name is changed; this one answered, where said.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::Main
            && let Some(put_right) = self.names_put_right(form, draft, field, index, text)
        {
            let other = put_right.other;
            let other_later = other_name_question(form, field).is_some_and(|(at, _)| at > index);
            if let Some(theirs) = put_right.theirs {
                let shown = self.labelled_answer(other, &Answer::Text(theirs.clone()), &lang);
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    if other_later {
                        let ahead = Ahead {
                            field: other,
                            answer: Answer::Text(theirs),
                            shown,
                            value: false,
                        };
                        self.record_ahead(draft, vec![ahead], &lang, ctx.local_now().date(), reply);
                    } else {
                        draft.answers.insert(other.id.clone(), Answer::Text(theirs));
                        draft.from_earlier.retain(|id| *id != other.id);
                        reply.note(self.ta(&lang, "answer-corrected", &[("answer", shown.into())]));
                    }
                }
            }
            // "це для мами, її прізвище Kovalenko" (this is for mum, her family name is
            // Kovalenko): the words that are no name go to the office too.
            if put_right.more_said {
                self.keep_line_saying(session, form_id, text, "form-message-kept-too", ctx, reply);
            }
            return match put_right.mine {
                Some(mine) => self.on_form_text(session, form_id, &mine, &[], ctx, reply),
                None => self.reprompt(session, ctx, reply),
            };
        }
        // "Adım Ahmet Yılmaz, 03.03.1985 doğumluyum, Türkiye vatandaşıyım" at the family name
        // (a Turkish run by hand kept the date only, and the name and country were lost):
        // the parts that answer later questions answer them, the rest answers this one.
        // So do "15 Mart 1990'da doğdum, Türk vatandaşıyım" (born on …, I am a Turkish
        // citizen) at the birth date, "3 kişiyiz, telefonum 0160 …" at the count,
        // "tercüman lazım değil, sabah gelebilirim" (no interpreter, I can come in the
        // morning) at the interpreter: the later answer was asked again (a field test of
        // stop 62). There the rest may have digits.
        let answered_with_digits = matches!(
            field.kind,
            FieldKind::Date { .. }
                | FieldKind::Number { .. }
                | FieldKind::Interpreter
                | FieldKind::YesNo
                | FieldKind::Address { .. }
        );
        if (matches!(field.kind, FieldKind::Name { .. }) || answered_with_digits)
            && step == FieldStep::Main
            && let Some((taken, rest)) = self.clauses_ahead(
                form,
                draft,
                text,
                &lang,
                ctx.local_now().date(),
                &field.kind,
            )
        {
            if let Some(draft) = session.drafts.get_mut(form_id) {
                self.record_ahead(draft, taken, &lang, ctx.local_now().date(), reply);
            }
            let meanings = self.typed_meanings(&loose_key(&rest));
            return self.on_form_text(session, form_id, &rest, meanings, ctx, reply);
        }
        // "My name is Sami Haddad" was the family name, "Меня зовут Олена" was offered as
        // "Menia Zovut Olena": the words that say a name is coming are no part of it.
        // "добрый вечер, Анна" (good evening, Anna) was offered as "Dobryi Vecher Anna" (a
        // Russian field test): a greeting before the name is no part of it either.
        // As typed, before the words around a name are taken off: "ليش بدك اسمي؟" (why do
        // you want my name?) lost its question mark with "اسمي" (my name) and was offered
        // as the name "Lish Bdk" (a field test of stop 67).
        let as_typed = text;
        let after_greeting = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main | FieldStep::LatinName) => {
                self.without_greeting(text)
            }
            _ => None,
        };
        let text = after_greeting.as_deref().unwrap_or(text);
        // "اسمها مو اسمي: Al-Ahmad" (her name, not mine: Al-Ahmad) was offered as the name
        // "Mu", from "مو" (not), and the Latin name lost (a neighbour of field test BR of
        // stop 73): a name in Latin letters after a colon is the name; the words before it
        // go to the office.
        // So is a name said with its words in a later sentence: "انا بنته اكتب عنه. اسمه احمد
        // الخليل" (I am his daughter, I write for him. His name is Ahmad al-Khalil) was
        // offered as the name "Bnth Aktb Anh Asmh Ahmad Al-Khalil" (field test BY of stop
        // 75).
        let after_colon = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main | FieldStep::LatinName) => {
                latin_name_after_colon(text).or_else(|| self.name_said_later(text, &lang))
            }
            _ => None,
        };
        let text = after_colon.as_deref().unwrap_or(text);
        let labelled = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main | FieldStep::LatinName) => {
                self.labelled_names(form, field, text)
            }
            _ => None,
        };
        // "Ich bin nicht die Mutter. Familienname der Mutter: Kovalenko": a name said as a
        // family member's is that person's request, and the words go to the office (a
        // helper of field test BP of stop 72).
        // So is a name after words that say whose it is: "eşimin soyadı kaya" (my wife's
        // family name is Kaya; field test CD of stop 76 read "Eşimin" as the name).
        let relatives_name_intro = matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::Main
            && self
                .content
                .locales
                .words()
                .without_name_intro_in(as_typed, Some(&lang))
                .is_some()
            && self.writes_for_another(as_typed);
        let for_a_family_member =
            (labelled.is_some() || after_colon.is_some() || relatives_name_intro)
                && form.is_for_someone_else(false)
                && (self.names_another_person(as_typed)
                    || self.content.locales.words().says_who_writes(as_typed))
                && session
                    .drafts
                    .get(form_id)
                    .is_some_and(|draft| !draft.for_relative);
        if for_a_family_member && let Some(draft) = session.drafts.get_mut(form_id) {
            draft.for_relative = true;
        }
        if for_a_family_member || after_colon.is_some() {
            self.keep_line_saying(
                session,
                form_id,
                as_typed,
                "form-message-kept-too",
                ctx,
                reply,
            );
        }
        // The other name, said with it, answers its question ahead where that comes later
        // and the name is in Latin letters (else its spelling is asked there): "My name is
        // Ahmad and my family name is Karimi" asked for the given name again (a field test
        // of stop 61).
        if let Some(LabelledNames {
            other: Some((other, name)),
            ..
        }) = &labelled
            && form.fields.iter().position(|f| f.id == other.id) > Some(index)
            && script::is_latin(name)
            && let Some(draft) = session.drafts.get_mut(form_id)
            && !draft.was_given(&other.id)
        {
            let ahead = Ahead {
                field: other,
                answer: Answer::Text(name.clone()),
                shown: name.clone(),
                value: false,
            };
            self.record_ahead(draft, vec![ahead], &lang, ctx.local_now().date(), reply);
        }
        let Some(draft) = session.drafts.get(form_id) else {
            return self.leave(session, ctx, reply);
        };
        let said_in_a_sentence = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main | FieldStep::LatinName) => {
                labelled.map(|names| names.mine).or_else(|| {
                    self.content
                        .locales
                        .words()
                        .without_name_intro_in(text, Some(&lang))
                })
            }
            _ => None,
        };
        let text = said_in_a_sentence.as_deref().unwrap_or(text);
        // "я же написал, Sergej" (I wrote it already, Sergej) was offered as the name "Zhe
        // Napisal Sergej" (a field test of stop 67): common words beside a name say
        // something about it, and are no part of it.
        let name_beside_words = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main | FieldStep::LatinName) => {
                self.name_beside_common_words(text)
            }
            _ => None,
        };
        let text = name_beside_words.as_deref().unwrap_or(text);
        // "Шевченко Оксана Петрівна", "Оксана Петрівна" (a name with the father's name, as
        // Ukrainian and Russian documents write it): the family name at the first of the
        // two name questions, the given name at the second. A field test of stop 65 sent
        // "Familienname: Shevchenko Petrivna". The patronymic is left out: a Latin passport
        // page and the German register have no place for it.
        let around_patronymic = match (&field.kind, step) {
            (FieldKind::Name { .. }, FieldStep::Main) => {
                let family_first =
                    other_name_question(form, field).is_some_and(|(other, _)| other > index);
                names_around_patronymic(text).and_then(|(family, given)| {
                    if family_first { family } else { Some(given) }
                })
            }
            _ => None,
        };
        let text = around_patronymic.as_deref().unwrap_or(text);
        // A name, an address, a free answer or one's own country may be any word, but not a
        // button's label in another language: "Назад" typed at a German name question is
        // Back, not the name; "abbrechen" at the nationality in English was the country.
        // (The prompt is built only for a text that is such a label somewhere: every name
        // and address passes here.)
        if matches!(
            field.kind,
            FieldKind::Name { .. }
                | FieldKind::Address { .. }
                | FieldKind::Text { .. }
                | FieldKind::Choice { other: Some(_), .. }
        ) && FIELD_BUTTON_LABELS.iter().any(|id| meanings.contains(id))
            && let Some(data) = self
                .prompt(session, ctx)
                .message()
                .and_then(|message| self.button_named_in_any_language(session, message, text))
        {
            return self.on_button(session, &data, ctx, reply);
        }
        // "Termin anfragen", "Записатися на прийом" (the button that opened the form) at
        // the family name was the family name, or a message for the office (a field test of
        // stop 59): a menu's label of two words or more, in any language, is no name.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::Main
            && let Some(label) = self.menu_label_typed(text)
        {
            reply.note(self.ta(&lang, "error-name-label", &[("label", label.into())]));
            return self.reprompt(session, ctx, reply);
        }
        // "I don't have a passport", "pasaportum yok" at the family name was the family name
        // (English, German), or offered in Latin letters as one ("U Menia Net Pasporta"):
        // where the question says what to do without the paper, that, and the office told.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::Main
            && let Some(note) = self.without_the_document(field, text, &lang)
        {
            return self.keep_no_document(session, form_id, text, note, ctx, reply);
        }
        // "Was ist ein Nachname?" was the family name, "شو لازم جيب معي" (what must I bring)
        // was offered as "Shu Lazm Jib Mi": a question at a name or address is kept for the
        // office, not taken as the answer.
        if matches!(
            field.kind,
            FieldKind::Name { .. } | FieldKind::Address { .. }
        ) && self.is_a_question(as_typed)
        {
            // "اسم شوهرم را بنویسم؟ برای او است" (shall I write my husband's name? it is for
            // him) got what a family name is, and the office never read that the request
            // was his (field test BZ of stop 75): said back as written for someone else.
            if matches!(field.kind, FieldKind::Name { .. })
                && step == FieldStep::Main
                && self.for_someone_else_at_name(as_typed, as_typed)
                && form.is_for_someone_else(self.content.locales.words().names_a_helper(as_typed))
            {
                return self.keep_for_office(
                    session,
                    form_id,
                    as_typed,
                    Kept::ForSomeoneElse,
                    ctx,
                    reply,
                );
            }
            return self.on_question(session, form_id, field, as_typed, ctx, reply);
        }
        // "What is AsylbLG?" at the list of benefits chose AsylbLG, with no word of what it
        // is; "мені 72 роки, пенсія з України дуже маленька, чи є допомога для
        // пенсіонерів?" (is there help for pensioners?) chose Wohngeld by its "допомога"
        // (help), and the question was lost (field tests): a question that starts with a
        // question word, or a long one, is asked, not an answer; the page that answers it,
        // and the office told.
        if matches!(field.kind, FieldKind::Choice { .. })
            && step == FieldStep::Main
            && self.is_a_question(text)
            && (words::tokens(text).len() >= 6
                || self
                    .content
                    .locales
                    .words()
                    .starts_with_a_question_word(text))
        {
            return self.on_question(session, form_id, field, text, ctx, reply);
        }
        // "i dont know what is customer number?" at the customer number skipped it by its
        // "dont know", and the question was not answered (a field test of stop 59): a
        // question that names the number asked for gets its help.
        if matches!(field.kind, FieldKind::Code { .. })
            && step == FieldStep::Main
            && self.is_a_question(text)
            && self.sentence_names(&field.label, "typed", text)
        {
            return self.on_question(session, form_id, field, text, ctx, reply);
        }
        // "kizim elif", "my daughter Elif", "моя дочь Алиса" at the child's name were told
        // "first I ask about you, your child later" (field test DA of stop 83): at a
        // question about the other person, the name after the family word is the answer.
        if matches!(field.kind, FieldKind::Name { .. })
            && field.another_person
            && step == FieldStep::Main
            && words::tokens(as_typed).len() <= RELATIVE_AND_NAME_WORDS
            && let [name] = self
                .content
                .locales
                .words()
                .names_after_relatives(as_typed, &|_| false, &|_| true)
                .as_slice()
            && words::tokens(name).len() < words::tokens(as_typed).len()
        {
            return self.on_form_text(session, form_id, name, &[], ctx, reply);
        }
        // "Ich habe einen Brief vom Jobcenter bekommen und verstehe ihn nicht" at the family
        // name (the counselling form, by hand) was the name: a sentence of six words or more
        // is kept for the office, and the question comes again. Typed again, it is the name.
        if matches!(field.kind, FieldKind::Name { .. }) && a_sentence_to_keep(draft, step, text) {
            // "Es ist für meine Oma, nicht für mich": the questions are about her. A helper as
            // typed: "Ich bin ehrenamtliche Helferin …" lost its "Ich bin" as a name's intro.
            let (kind, kept) = if self.for_someone_else_at_name(text, as_typed) {
                (Kept::ForSomeoneElse, as_typed)
            } else {
                (Kept::Message, text)
            };
            return self.keep_for_office(session, form_id, kept, kind, ctx, reply);
        }
        // "This is for my mother.", "Das ist für meine Mutter." were the family name (a
        // field test of people writing for others): a sentence of common words is no name,
        // kept for the office, and the question comes again. Typed again, it is the name.
        // "Для мами", "لأمي" (for my mother): the questions are about her (a field test
        // answered them for herself).
        // A helper as typed: "I'm Julia, the volunteer …" lost its "I'm" to the name's intro,
        // in the office's notes too (field test BJ of stop 71). Not a relative: "اسم عائلتي"
        // (my family's name) is the family name's label.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::Main
            && !kept_before(draft, as_typed)
            && self.for_someone_else_at_name(text, as_typed)
        {
            return self.keep_for_office(
                session,
                form_id,
                as_typed,
                Kept::ForSomeoneElse,
                ctx,
                reply,
            );
        }
        // "ahmad w lina", "Rojda u Azad Xelil" at the child's name were one child, "Ahmad W
        // Lina", with one birth date (field test BB of stop 70): one child is asked for,
        // both names kept for the office. Typed again, it is the name.
        if matches!(field.kind, FieldKind::Name { .. })
            && field.another_person
            && step == FieldStep::Main
            && !kept_before(draft, text)
            && (names_two_people(text) || names_listed(text, draft))
        {
            return self.keep_for_office(session, form_id, text, Kept::TwoPeople, ctx, reply);
        }
        if matches!(field.kind, FieldKind::Name { .. })
            && matches!(step, FieldStep::Main | FieldStep::WordAsAnswer)
            && !kept_before(draft, text)
            && self
                .content
                .locales
                .words()
                .is_a_sentence_of_common_words(text)
        {
            return self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply);
        }
        // Ukrainian field test: "перша заява" (first application) typed at the family name,
        // answering the form's later topic question ahead, was offered as the name "Persha
        // Zaiava". A name or address that is, word for word, an option of a later question
        // not answered yet answers that question; typed again, it is the name after all.
        if matches!(
            field.kind,
            FieldKind::Name { .. } | FieldKind::Address { .. }
        ) && step == FieldStep::Main
            && let Some(ahead) = self.answer_ahead(
                form,
                draft,
                text,
                Naming::Whole,
                &lang,
                ctx.local_now().date(),
            )
        {
            // A phone number, email address or date is never a name: noted again.
            if ahead.value || !draft.was_given(&ahead.field.id) {
                return self.take_ahead(session, form_id, ahead, ctx, reply);
            }
            // Typed again after the note: it is the answer here.
            if let Some(draft) = session.drafts.get_mut(form_id) {
                draft.answers.remove(&ahead.field.id);
                draft.given.retain(|id| *id != ahead.field.id);
                draft.noted_ahead.retain(|id| *id != ahead.field.id);
            }
        }
        // "ما بعرف اكتب بالانكليزي" (I cannot write it in English), "kann ich nicht" at the
        // Latin spelling's question: its button (before, "Please use Latin letters", or
        // the German sentence offered as the address).
        let cannot = match step {
            FieldStep::LatinName => Some(("button-name-no-latin", FieldButton::NoLatinDocument)),
            FieldStep::LatinAddress => Some(("button-address-keep", FieldButton::KeepAsWritten)),
            _ => None,
        };
        if let Some((id, button)) = cannot
            && !has_digit(text)
            && self.sentence_names(id, "typed", text)
        {
            return self.press_answer(session, index, button, ctx, reply);
        }
        // At the Latin spelling of a name, four words or more in small letters are a
        // sentence ("man tazkira daram faqat", I only have a tazkira: a Dari field test's
        // office got it as the family name's spelling): kept for the office, the spelling
        // asked again.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::LatinName
            && script::is_latin(text)
            && text.split_whitespace().count() >= 4
            && !text
                .split_whitespace()
                .any(|word| word.starts_with(char::is_uppercase))
            && session
                .drafts
                .get(form_id)
                .is_some_and(|draft| !kept_before(draft, text))
        {
            return self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply);
        }
        // "Danke", "Hallo" at the family name (said to the form's introduction) was the
        // family name: said kindly back, and asked about like a word of yes or no.
        let small_talk = self.small_talk(text);
        // "Bakc", "Zurük" (Back with a slip) at a name question: a name at times, asked about
        // like a word of yes or no; the question's buttons are under it (a field test of
        // stop 60 sent "Familienname: Bakc").
        // So do "Skipp", "Uberspringn", "Fertg", buttons of other questions (the second
        // round of that test). Compared with the labels, not the question's message: that
        // was made again for every name typed.
        // "thank you", "спасибо большое" at a name: two words of thanks are no name (a
        // field test of stop 61 was asked "Is that really the answer?", and its "ok" to the
        // "You're welcome" sent "Familienname: Thank You"). Said kindly back; the question
        // again.
        if let Some(answer) = small_talk
            && matches!(field.kind, FieldKind::Name { .. })
            && words::tokens(text).len() >= 2
        {
            reply.note(self.t(&lang, answer));
            return self.reprompt(session, ctx, reply);
        }
        let label_slip = matches!(field.kind, FieldKind::Name { .. })
            && (self.slip_of_a_label(text, &[&lang], &["button-back", "button-cancel"])
                || self.slip_of_a_label(text, &[&lang, "de", "en"], &NOTHING_TO_GIVE));
        // A yes to "Is 1 the house number?": the street with it (not the street alone, as a
        // yes to keeping an address without a number is).
        if matches!(field.kind, FieldKind::Address { .. })
            && step == FieldStep::WordAsAnswer
            && meanings.contains(&"button-yes")
            && session
                .drafts
                .get(form_id)
                .is_some_and(|draft| draft.pending_number.is_some())
        {
            return self.press_answer(session, index, FieldButton::Yes, ctx, reply);
        }
        // "selam" at the given name was asked "Is that really the answer?" (a greeting, and
        // an Eritrean name), and the birth date typed next got "Please write the name with
        // letters" (field test CB of stop 76): the person went on, so the word asked about
        // is the answer, and what they typed answers its later question.
        if matches!(field.kind, FieldKind::Name { .. })
            && step == FieldStep::WordAsAnswer
            && has_digit(text)
            && let Some(draft) = session.drafts.get(form_id)
            && draft.pending_original.is_some()
            && let Some(ahead) = self
                .answer_ahead(
                    form,
                    draft,
                    text,
                    Naming::InSentence,
                    &lang,
                    ctx.local_now().date(),
                )
                .filter(|ahead| !draft.answered_here(&ahead.field.id))
        {
            if let Some(draft) = session.drafts.get_mut(form_id) {
                self.record_ahead(draft, vec![ahead], &lang, ctx.local_now().date(), reply);
            }
            return self.press_answer(session, index, FieldButton::KeepAsWritten, ctx, reply);
        }
        if let Some(handled) = self.word_at_name_or_address(
            session,
            form_id,
            field,
            text,
            meanings,
            small_talk.is_some() || label_slip,
            &lang,
        ) {
            return match handled {
                WordAtName::Skip => {
                    self.answer(session, form_id, field, Answer::Skipped, ctx, reply)
                }
                WordAtName::Ask => {
                    if let Some(answer) = small_talk {
                        reply.note(self.t(&lang, answer));
                    }
                    self.reprompt(session, ctx, reply)
                }
                WordAtName::KeepAsked => {
                    self.press_answer(session, index, FieldButton::KeepAsWritten, ctx, reply)
                }
                WordAtName::TakeSuggestion => {
                    self.press_answer(session, index, FieldButton::LatinSuggestion, ctx, reply)
                }
                WordAtName::NoSpelling => {
                    reply.note(self.t(&lang, "error-name-not-latin"));
                    self.reprompt(session, ctx, reply)
                }
                WordAtName::NameNeeded => {
                    reply.note(self.t(&lang, "error-name-needed"));
                    self.reprompt(session, ctx, reply)
                }
                WordAtName::NoAddress => {
                    if let Some(answer) = small_talk {
                        reply.note(self.t(&lang, answer));
                    }
                    // "لا أعرف" (I don't know) got "an address needs its street" (a field
                    // test of stop 59): where to find it.
                    let refusal = if self.sentence_names("error-date-year-only", "typed", text) {
                        Refusal::AddressUnknown
                    } else {
                        Refusal::AddressWithoutStreet
                    };
                    reply.note(self.refusal_text(Some(refusal), &lang));
                    self.reprompt(session, ctx, reply)
                }
            };
        }
        // "Is it right? Then choose it below": a yes to the date Kompass read (a Persian
        // calendar date, a two-digit year) takes it; a no asks for the date again.
        if let (FieldKind::Date { .. }, FieldStep::Main, Some(draft)) =
            (&field.kind, step, session.drafts.get_mut(form_id))
            && draft.suggested_date.is_some()
        {
            if meanings.contains(&"button-yes") {
                return self.press_answer(session, index, FieldButton::SuggestedDate, ctx, reply);
            }
            if meanings.contains(&"button-no") {
                draft.drop_suggested_date();
                return self.reprompt(session, ctx, reply);
            }
        }
        // The longer name typed again shorter, in Latin letters, at the choice of which name
        // is right: "Al Khatib" for "Al Khatib first name Ahmad" got "Please choose one of
        // the options", both buttons wrong (a field test of stop 63). It is that name now.
        if step == FieldStep::NameInBoth
            && let Some((longer, name)) = session
                .drafts
                .get(form_id)
                .and_then(|draft| self.longer_name_retyped(form, draft, index, text, &lang))
            && let Some(draft) = session.drafts.get_mut(form_id)
        {
            draft.answers.insert(longer, Answer::Text(name));
            return self.advance(session, form_id, ctx, reply);
        }
        let Some(draft) = session.drafts.get(form_id) else {
            return self.leave(session, ctx, reply);
        };
        // "sorry this photo is wrong, delete it", "я отправил не ту фотографию" after a photo
        // (a field test of stop 62: kept as a message, and the wrong page went to the
        // office): what the button to take it back does.
        if let (FieldKind::Photos { .. }, FieldStep::Main) = (&field.kind, step)
            && photo_count(draft, field) > 0
            && self.sentence_names("button-photo-remove", "typed", text)
        {
            return self.press_answer(session, index, FieldButton::RemovePhoto, ctx, reply);
        }
        // "oh nein falsches foto" at the question after the photos, "Done" pressed (field
        // test BD of stop 70 got "Please choose one of the options"): back to the photos,
        // the last one taken back.
        if step == FieldStep::Main
            && !matches!(field.kind, FieldKind::Photos { .. })
            && let Some(before) = index.checked_sub(1)
            && let Some(photos) = form.fields.get(before)
            && matches!(photos.kind, FieldKind::Photos { .. })
            && photo_count(draft, photos) > 0
            && self.sentence_names("button-photo-remove", "typed", text)
        {
            if let Some(draft) = session.drafts.get_mut(form_id) {
                draft.position = Position::Field {
                    index: before,
                    correcting: false,
                    step: FieldStep::Main,
                };
            }
            return self.press_answer(session, before, FieldButton::RemovePhoto, ctx, reply);
        }
        // "ما عندي جواز سفر" (I have no passport) at the passport's photo was told to send the
        // photo later, which a person without a passport never can: the question's note on
        // what to send instead, and the office told.
        if let (FieldKind::Photos { .. }, FieldStep::Main) = (&field.kind, step)
            && let Some(note) = self.without_the_document(field, text, &lang)
        {
            // The button's words typed ("ندارم", I do not have it) are the button: the
            // office read "Ihre Angabe: ندارم", Persian it cannot read, beside the photos'
            // line saying the same (field test CH of stop 77). A sentence goes as typed.
            let words = if self
                .option_spellings("button-no-paper")
                .contains(&loose_key(text))
            {
                self.t(
                    &self.form_office_language(form_id, &lang),
                    "button-no-paper",
                )
            } else {
                text.to_string()
            };
            return self.without_paper(session, form_id, field, &words, note, ctx, reply);
        }
        // "Nein", "у меня нет паспорта", "pasaporta min tune" (I have no passport), "это
        // все" (that is all) at a photo question: with the photos it needs, that was all;
        // with too few, why it waits for one, and that the answers are kept for later
        // (before: "Please send a photo", again and again).
        // "ok" after the photos (an English field test got "Please send a photo") is done too.
        if let (FieldKind::Photos { min, .. }, FieldStep::Main) = (&field.kind, step)
            && meanings.contains(&"button-yes")
            && photo_count(draft, field) >= (*min).max(1)
        {
            return self.press_answer(session, index, FieldButton::Done, ctx, reply);
        }
        if let (FieldKind::Photos { min, .. }, FieldStep::Main) = (&field.kind, step)
            && (NOTHING_TO_GIVE.iter().any(|id| meanings.contains(id))
                || self.any_word_means(&words::tokens(text), &NOTHING_TO_GIVE)
                // "ما عندي الصورة هلق" (I do not have the photo now): a listed phrase.
                || self.sentence_names("button-skip", "typed", text)
                // "sibê" (tomorrow), "später": the photo comes later (a Kurmanji field test
                // got "Please send a photo").
                || self.sentence_names("photo-needed-later", "typed", text))
        {
            let count = photo_count(draft, field);
            if count >= *min && count > 0 {
                return self.press_answer(session, index, FieldButton::Done, ctx, reply);
            }
            // "عکس ندارم" (I have no photo) at an optional photo question with none sent:
            // what its Skip button does (a Persian field test got "Please send a photo").
            if field.optional && count == 0 {
                return self.press_answer(session, index, FieldButton::Skip, ctx, reply);
            }
            if !field.optional {
                // "у мамы пока только фиктионсбешайнигунг, фото потом" (mum only has a
                // Fiktionsbescheinigung for now, the photo later) was lost, and the office
                // read "has no residence paper", the button pressed next (field test DA of
                // stop 83): a sentence that says more than "later" goes with the request.
                if words::tokens(text).len() >= SAYS_MORE_THAN_LATER_WORDS
                    && self.keep_line_for_office(session, form_id, text, ctx)
                {
                    let institution = self.form_office_name(form_id, &lang);
                    reply.note(self.ta(
                        &lang,
                        "form-message-kept-too",
                        &[("institution", institution.into())],
                    ));
                }
                reply.note(self.ta(
                    &lang,
                    "photo-needed-later",
                    &[("button", self.t(&lang, "button-continue-request").into())],
                ));
                return self.reprompt(session, ctx, reply);
            }
        }
        // "Danke", "Hallo" alone where the answer is a date, a number, a choice: said kindly
        // back, and the question again (at the nationality, "danke" became the country). A
        // free answer keeps it as the person's words.
        if let Some(answer) = small_talk
            && matches!(step, FieldStep::Main | FieldStep::OtherTyped)
            && !matches!(
                field.kind,
                FieldKind::Name { .. } | FieldKind::Address { .. } | FieldKind::Text { .. }
            )
        {
            reply.note(self.t(&lang, answer));
            return self.reprompt(session, ctx, reply);
        }
        let today = ctx.local_now().date();
        // "4 (Mutter + 3 Kinder)": the count, and in brackets who they are (a German field
        // test got "Please write a number").
        let counted = values::before_brackets(text);
        // An email address typed with the phone number, for the email question.
        let mut email_ahead: Option<Ahead<'_>> = None;
        // At the appointment, the options are named by the words beside the hours: "after
        // 10" named the afternoons by its "after" (a field test).
        // The days and the words that turn them round are read with the hours said in
        // words as digits: Persian "دوشنبه ساعت نه" (Monday at nine) read its "نه" as "not",
        // and the office got every day but Monday (field test BJ of stop 71).
        let words_as_digits = match field.kind {
            FieldKind::Appointment { .. } => super::hour_words::hours_in_digits(text),
            _ => None,
        };
        let when_text: &str = words_as_digits.as_deref().unwrap_or(text);
        let hours = match field.kind {
            FieldKind::Appointment { .. } => values::AppointmentHours::read_with_words_as_digits(
                text,
                words_as_digits.as_deref(),
            ),
            _ => values::AppointmentHours::default(),
        };
        let option_words: &str = match field.kind {
            FieldKind::Appointment { .. } => hours.other_words(),
            _ => text,
        };
        let mut keep_with_none = false;
        // A day near or haste at the appointment, which the office decides: the words go
        // with the request.
        let mut near_day_said = false;
        // Words said after an address's place, for the office ([`Self::address_then_words`]).
        let mut words_after_address: Option<String> = None;
        // "Seine Duldung läuft am 10.12. ab und er hat ein Jobangebot" at "What is it about?"
        // chose "extension of the permit", and the Duldung and the job offer were lost (a
        // field test of stop 62): a sentence that chooses an option goes to the office too
        // (at the appointment, below, with what its hours say).
        // Five words or more: "دنبال کار هستم، در افغانستان راننده بودم" (I look for work, I
        // was a driver in Afghanistan) and "yes, Arabic please, my English is not good" were
        // lost too.
        // So was a second language ("yes, Dari or Pashto": Pashto): kept too, whatever its
        // length.
        let sentence_kept_too = step == FieldStep::Main
            && !kept_before(draft, text)
            && match field.kind {
                FieldKind::Choice { .. } | FieldKind::YesNo => words_with_letters(text).len() >= 5,
                // "да, для мамы, русский": for whom the interpreter is, however short (a
                // field test of stop 64 lost it, and the office read that the person
                // speaks Russian).
                FieldKind::Interpreter => {
                    words_with_letters(text).len() >= 5
                        || self.languages_named(text) > 1
                        || self.content.locales.names_someone_of_the_family(text)
                }
                // Not an address said in words ("rania punkt khatib at gmail punkt com"),
                // which is the answer (a field test of stop 65 found it in the notes too).
                FieldKind::Email => {
                    more_than_an_address(text) && values::spoken_email(text).is_none()
                }
                // "5 – die Eltern und drei Kinder. Ich selbst wohne nicht dort." (I do not
                // live there myself): more than who they are (a field test of stop 65 lost
                // it).
                // "ben ve eşim, 2 kişi. eşim hamile" (my wife is pregnant: field test BV of
                // stop 74 lost it) has six.
                FieldKind::Number { .. } => words_with_letters(text).len() >= 6,
                // Words beside a code that say more than where it stands go to the office;
                // not its label nor where it is written ("meine kundennummer ist …, steht
                // oben" went into the notes, the number twice: the sweep of stop 64).
                FieldKind::Code { .. } => {
                    code_in_sentence(
                        &self.without_label_before(field, &self.without_intro(field, text)),
                    )
                    .1 >= 7
                }
                // "1.1.1994 (im pass steht nur das jahr)" (the passport has the year only):
                // the date was taken and the words lost (field test CD of stop 76). Five
                // words or more beside a date go to the office; "born on 3 march 1988" has
                // three.
                FieldKind::Date { .. } => words_with_letters(text).len() >= 5,
                _ => false,
            };
        // "انا بحكي الماني شوي بس هي لا، لازم مترجم عربي" (I speak a little German, but
        // she does not, she needs an Arabic interpreter) was read as no interpreter by its
        // first part (a neighbour of field test BR of stop 73): the part after the last
        // "but" answers, where it holds an answer. The whole sentence goes to the office.
        let after_but = match (&field.kind, step) {
            // Its last clause first: "هي لا، لازم مترجم عربي" (she does not, an Arabic
            // interpreter is needed) holds a no about her German. After a first yes or no,
            // only a part that says one is needed: "na, lê jina min almanî nizane" (no, but
            // my wife knows no German; field test BS), not "Hayır, … ama kocam Türkçe
            // konuşur" (no, but my husband speaks Turkish). Not where someone of the
            // person's own translates ("my friend will translate but she speaks only Dari").
            (FieldKind::Interpreter, FieldStep::Main)
                if !self.sentence_names("interpreter-question", "own", text) =>
            {
                let leading = self.first_word_yes_or_no(&words::tokens(text));
                after_last_but(text)
                    .and_then(|after| {
                        let last = after
                            .rsplit([',', '،', ';'])
                            .map(str::trim)
                            .find(|clause| !clause.is_empty())
                            .map(str::to_string);
                        last.into_iter().chain([after]).find(|part| match leading {
                            None => {
                                self.interpreter_language_in_answer(part).is_some()
                                    || self.yes_or_no_in_sentence(field, step, part).is_some()
                                    || self.someone_else_does_not(part)
                            }
                            Some(_) => self.sentence_names("interpreter-question", "yes", part),
                        })
                    })
                    // Without a "but": "Ich spreche ein bisschen Deutsch, mein Mann nicht",
                    // "انا بحكي الماني شوي، جوزي لا" (field test BT of stop 74 booked none).
                    .or_else(|| {
                        let (before, last) = text.rsplit_once([',', '،', ';'])?;
                        (leading.is_none()
                            && before.chars().any(char::is_alphabetic)
                            && self.someone_else_does_not(last))
                        .then(|| last.trim().to_string())
                    })
            }
            _ => None,
        };
        let whole_sentence = text;
        let text = after_but.as_deref().unwrap_or(text);
        let parsed: Result<Answer, Option<Refusal>> = match (&field.kind, step) {
            // "Nein", "nichts", "خلاص" alone at an optional free question ("Anything else the
            // office should know?") is no note for the office: it is skipped, as its Skip
            // button does.
            // So is a sign alone (".", "-", "👍"), which reached an office as the note "." (a
            // field test of stop 59).
            (FieldKind::Text { .. } | FieldKind::Code { .. }, FieldStep::Main)
                if field.optional
                    && (NOTHING_TO_GIVE.iter().any(|id| meanings.contains(id))
                        || !text.chars().any(char::is_alphanumeric)) =>
            {
                Ok(Answer::Skipped)
            }
            // Turkish run by hand: a photo sent at the request was taken for the later photo
            // question, and the "bitti" (done) meant for it became the request the office
            // read. A word of yes, no or done, thanks or a greeting alone is no request.
            (FieldKind::Text { .. }, FieldStep::Main)
                if small_talk.is_some()
                    || ["button-yes"]
                        .iter()
                        .chain(&NOTHING_TO_GIVE)
                        .any(|id| meanings.contains(id)) =>
            {
                reply.note(self.ta(&lang, "error-text-word", &[("word", text.trim().into())]));
                return self.reprompt(session, ctx, reply);
            }
            // "Bir de: ben sabah 7'den itibaren çalışıyorum" (also: I work from 7), typed at
            // a free question gone back to, replaced what was written there (the children's
            // names and a question: a field test of stop 65). A message that begins with a
            // word of `also` is added to the answer before.
            (FieldKind::Text { max_length }, FieldStep::Main)
                if let Some(Answer::Text(before)) = draft.answers.get(&field.id)
                    && !before.trim().is_empty()
                    && self.content.locales.words().adds_to_before(text, &lang) =>
            {
                let added = if before.contains(text.trim()) {
                    before.clone()
                } else {
                    format!("{before}\n{}", text.trim())
                };
                values::text(&added, *max_length)
                    .map(Answer::Text)
                    .map_err(Some)
            }
            (FieldKind::Text { max_length }, _) => values::text(text, *max_length)
                .map(Answer::Text)
                .map_err(Some),
            // "ایمیل ندارم" (I have no email) at the phone question skipped the phone (a
            // Persian run by hand), and the email question came next: a no that names the
            // other of the two is about the other one.
            (FieldKind::Phone | FieldKind::Email, FieldStep::Main)
                if !has_digit(text)
                    && !text.contains('@')
                    && self.says_none(text)
                    && self.spoken_digits_among_words(text).is_none()
                    && let Some(other) = self.other_contact_named(form, field, text) =>
            {
                return self.none_for_the_other(session, form_id, other, ctx, reply);
            }
            // "ні, не маю" (no, I have none), "нет телефона" (no phone): a number has
            // digits and an email address an @, so a sentence without them that says no or
            // skip is no answer, and skips an optional question.
            (FieldKind::Code { .. } | FieldKind::Phone | FieldKind::Email, FieldStep::Main)
                if field.optional
                    && !has_digit(text)
                    && !text.contains('@')
                    && self.says_none(text)
                    && self.spoken_digits(text).is_none()
                    && self.spoken_digits_among_words(text).is_none()
                    // "… собака ukr точка net": "net" is Russian "no" in Latin letters.
                    && values::spoken_email(text).is_none() =>
            {
                // "ما عندي بس ورقة من الشرطة الاتحادية" (I only have a paper from the
                // federal police): more than a no, kept for the office (a field test of
                // stop 59 lost it).
                keep_with_none = self.tells_more_than_none(field, text);
                Ok(Answer::Skipped)
            }
            // "0157 1112233" at the Jobcenter's BG number was taken as that number (a
            // Ukrainian field test): a German mobile number is no office's number; it is
            // noted for the phone question, if the form has one, below.
            (FieldKind::Code { .. }, FieldStep::Main) if values::is_mobile_number(text) => {
                Err(None)
            }
            // "بله" (yes) at "Do you have a file number?" got "This is not a number from
            // the office" (a field test of stop 59): then it is asked for.
            (FieldKind::Code { .. }, FieldStep::Main) if meanings.contains(&"button-yes") => {
                reply.note(self.t(&lang, "code-write-it"));
                return self.reprompt(session, ctx, reply);
            }
            // "no i never had jobcenter, only sozialamt number AZ 50-1234" was taken as the
            // Jobcenter's customer number (field test AW of stop 69): a sentence that begins
            // with a no gives another office's number, or none. Skipped, the sentence kept
            // for the office. Not "nein, 123D456789", a number corrected.
            (FieldKind::Code { .. }, FieldStep::Main)
                if field.optional
                    && self.first_word_yes_or_no(&words::tokens(text)) == Some(false)
                    && words_with_letters(text).len() >= 4 =>
            {
                keep_with_none = true;
                Ok(Answer::Skipped)
            }
            // "номер клиента 962D123456", "dosya no: 4.12-345/2024": the question's label
            // said before the number is no part of it (a caseworker's reading of stop 59
            // got "Kundennummer (Russisch, nicht übersetzt): номер клиента 962D123456").
            // "mektupta var 123D456789" (it is on the letter): the number without the words
            // around it (a field test of stop 64 sent the sentence as the customer number).
            (FieldKind::Code { max_length }, _) => {
                let said = self.without_label_before(field, &self.without_intro(field, text));
                values::code(&code_in_sentence(&said).0, *max_length)
                    .map(Answer::Text)
                    .map_err(Some)
            }
            (FieldKind::Name { max_length }, FieldStep::LatinName) => {
                match (
                    values::name_in(text, *max_length, &lang),
                    draft.pending_original.clone(),
                ) {
                    // "Здравствуйте" kept as the name with its ✓, then "Petrenko" typed as
                    // its Latin spelling: the office read "Petrenko (in the original:
                    // Здравствуйте)" (a Russian field test). A greeting is no original.
                    // Nor is a yes or a no ("так" kept with its ✓, then "Oksana": a Ukrainian
                    // field test's office read "Oksana (in the original: так)").
                    (Ok(latin), Some(original))
                        if script::is_latin(&latin)
                            && (self.small_talk(&original).is_some()
                                || self
                                    .typed_meanings(&loose_key(&original))
                                    .iter()
                                    .any(|id| WORDS_OF_NO.contains(id) || *id == "button-yes")) =>
                    {
                        Ok(Answer::Text(latin))
                    }
                    // "محمد", then "Mohammad Khaled": the original holds part of the name
                    // only, and the office read "Mohammad Khaled (in Originalschrift: محمد)"
                    // (a field test). More words in Latin letters: they are the name.
                    (Ok(latin), Some(original))
                        if script::is_latin(&latin)
                            // Words as written: "Al-Ahmad" is one, as "الأحمد" is.
                            && latin.split_whitespace().count()
                                > original.split_whitespace().count() =>
                    {
                        Ok(Answer::Text(latin))
                    }
                    // "محمد الأحمد" (given and family name) at the family name, then "Al
                    // Ahmad": the office read "Al Ahmad (in Originalschrift: محمد الأحمد)",
                    // and so did the wife's request (a field test of stop 62). Fewer words
                    // in Latin letters: the original's words they spell.
                    // Nor is the original one the Latin spelling does not spell at all:
                    // "Коваленко", then the given names and a birth date in words typed
                    // ahead, then "Kovalenko": the office read "Kovalenko (in Originalschrift:
                    // двадцять третє квітня вісімдесят сьомого)" (field test BX of stop 75).
                    (Ok(latin), Some(original)) if script::is_latin(&latin) => {
                        match self.original_spelled(&original, &latin, &lang) {
                            Some(run) => Ok(Answer::Name {
                                original: run,
                                latin: LatinSpelling::Typed(latin),
                            }),
                            None if self.sounds_like(&original, &latin, &lang) => {
                                Ok(Answer::Name {
                                    original,
                                    latin: LatinSpelling::Typed(latin),
                                })
                            }
                            None => Ok(Answer::Text(latin)),
                        }
                    }
                    // Another name in its own script ("زرغونه" where "نام اولش زرغونه", her
                    // first name Zarghuna, was offered as "Avlsh Zrghunh"): the new original,
                    // with its spelling offered (field test BM of stop 71 was told "Latin
                    // letters, please" and could not mend it).
                    (Ok(name), Some(original)) => {
                        // "لا، العلي" (no, Al-Ali): the name without its no (field test BN of
                        // stop 71 was offered "La Al-Ali").
                        let name = self.without_leading_no(&name);
                        // The same name again, or a part of it, gets the note as before; nor
                        // are words about the name a name ("как в паспорте", as in the
                        // passport).
                        // Nor a date in words typed ahead ("двадцять третє квітня вісімдесят
                        // сьомого" was offered as the name: field test BX of stop 75).
                        if loose_key(&original).contains(&loose_key(&name))
                            || self
                                .content
                                .locales
                                .words()
                                .is_a_sentence_of_common_words(&name)
                            || self.a_date_in_words(&name)
                        {
                            reply.note(self.t(&lang, "error-name-not-latin"));
                        } else if let Some(draft) = session.drafts.get_mut(form_id) {
                            ask_about(draft, index, FieldStep::LatinName, name);
                        }
                        return self.reprompt(session, ctx, reply);
                    }
                    (Ok(name), None) => Ok(Answer::Text(name)),
                    (Err(refusal), _) => Err(Some(refusal)),
                }
            }
            // Which name is right: a button, a yes or no typed (taken as one before this),
            // or the name a button gives, typed ("Yılmaz"). Anything else: the buttons again.
            (FieldKind::Name { .. }, FieldStep::NameInBoth)
                if let Some(both) = name_in_both(form, draft, index) =>
            {
                let typed = loose_key(text);
                let longer_now = form
                    .fields
                    .get(both.longer)
                    .and_then(|longer| draft.answers.get(&longer.id))
                    .map(|answer| loose_key(short_name(answer)));
                let value = if typed == loose_key(short_name(&both.shortened)) {
                    Some(FieldButton::Yes)
                } else if longer_now.is_some_and(|now| now == typed) {
                    Some(FieldButton::No)
                } else {
                    None
                };
                if let Some(value) = value {
                    return self.press_answer(session, index, value, ctx, reply);
                }
                Err(None)
            }
            // "Коваленко Олена, Kovalenko Olena", "Haddad حداد": the name in both scripts,
            // the Latin one as in the passport (a field test of stop 63 was offered
            // "Kovalenko Olena Kovalenko Olena", and "Haddad Hdd").
            (FieldKind::Name { max_length }, FieldStep::Main)
                if let Some(answer) = self.name_in_both_scripts(text, *max_length, &lang) =>
            {
                Ok(answer)
            }
            (FieldKind::Name { max_length }, _) => {
                match values::name_in(text, *max_length, &lang) {
                    Ok(name) if !script::is_latin(&name) => {
                        // The office needs the passport's Latin spelling: asked once, with a
                        // suggestion; the original is kept beside it.
                        if let Some(draft) = session.drafts.get_mut(form_id) {
                            ask_about(draft, index, FieldStep::LatinName, name);
                        }
                        return self.reprompt(session, ctx, reply);
                    }
                    parsed => parsed.map(Answer::Text).map_err(Some),
                }
            }
            (FieldKind::Address { max_length }, FieldStep::LatinAddress) => {
                match values::text(text, *max_length) {
                    // Typed again in Latin letters: that is the address the post needs; the
                    // first answer is not kept (often a translation of the street's name).
                    Ok(latin) if script::is_latin(&latin) && !has_digit(&latin) => {
                        if let Some(draft) = session.drafts.get_mut(form_id) {
                            ask_about(draft, index, FieldStep::WordAsAnswer, latin);
                        }
                        return self.reprompt(session, ctx, reply);
                    }
                    // "01.12.2026" (the next question's answer, typed ahead) is no address:
                    // it had replaced it (a stop 66 run by hand).
                    Ok(latin) if !latin.chars().any(char::is_alphabetic) => {
                        Err(Some(Refusal::AddressWithoutStreet))
                    }
                    Ok(latin) if script::is_latin(&latin) => Ok(Answer::Text(latin)),
                    Ok(_) => {
                        reply.note(self.t(&lang, "error-name-not-latin"));
                        return self.reprompt(session, ctx, reply);
                    }
                    Err(refusal) => Err(Some(refusal)),
                }
            }
            // "I don't know my address", "не знаю адреса" was offered as the address without
            // its house number (a field test): where it is written, and the answers wait.
            // So is what names neither a number nor a street ("من در کمپ زندگی میکنم", I
            // live in the camp; "heim in kalletal"; "I dont no"; "bürgerbüro li kuye"):
            // offered as the address "as written", it reached the office, once with "1"
            // typed to press the ✓ as its house number (Persian and Kurmanji field tests).
            // Names written with capitals stay asked about ("Hof Meierkamp, Talle": a farm
            // may have no number).
            // "07713334455 whatsapp" at the address was taken as the address (field test BV
            // of stop 74): a phone number without a street answers the phone question, if a
            // later one asks it, and the address is asked again.
            // "12 nisan 1988" (a birth date typed ahead, with its month in words) at the
            // address was taken as the address, and the summary showed it so (field test
            // CZ of stop 83); "5 марта 1985" was asked for in Latin letters. A date is no
            // address (in digits alone it is refused below).
            (FieldKind::Address { .. }, FieldStep::Main)
                if !values::names_a_street(text)
                    && values::date(
                        text,
                        crate::content::DateRange::Any,
                        ctx.local_now().date(),
                        self.content.locales.date_words(),
                    )
                    .is_ok() =>
            {
                Err(Some(Refusal::AddressWithoutStreet))
            }
            (FieldKind::Address { .. }, FieldStep::Main)
                if !values::names_a_street(text)
                    && values::first_phone(text).is_ok()
                    && text.chars().filter(char::is_ascii_digit).count() >= 7 =>
            {
                Err(None)
            }
            (FieldKind::Address { .. }, FieldStep::Main)
                if !has_digit(text)
                    && (self.sentence_names("error-date-year-only", "typed", text)
                        || (!values::names_a_street(text)
                            && (text.split_whitespace().any(|word| {
                                word.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
                            }) || (!script::is_latin(text)
                                && text.split_whitespace().count() >= 3
                                // "شارع شولشتراسه، كالتال": a street, its number missing (a
                                // field test of stop 59 was told where to find an address).
                                && !words::tokens(text).iter().any(|word| {
                                    self.content.locales.words().is_street_word(word)
                                }))))) =>
            {
                Err(Some(Refusal::AddressUnknown))
            }
            // "keine Hausnummer", "numara yok" after "the house number is missing": the
            // street as it is (it replaced the street, a field test of stop 59).
            (FieldKind::Address { .. }, FieldStep::WordAsAnswer)
                if !has_digit(text)
                    && self.says_none(text)
                    && let Some(street) = draft.pending_original.clone() =>
            {
                Ok(Answer::Text(street))
            }
            // "1" under "– ✓ Bavenhausen": a number the buttons there could have meant (a
            // field test of stop 67 typed it to choose the village, and the office read
            // "Bavenhausen 1"). Asked once whether it is the house number.
            (FieldKind::Address { .. }, FieldStep::WordAsAnswer)
                if draft.pending_number.is_none()
                    && draft
                        .pending_original
                        .as_deref()
                        .is_some_and(|street| !has_digit(street))
                    && values::normalize_digits(text.trim())
                        .parse::<usize>()
                        .is_ok_and(|number| (1..=ADDRESS_CHECK_BUTTONS).contains(&number)) =>
            {
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    draft.pending_number = Some(values::normalize_digits(text.trim()));
                }
                return self.reprompt(session, ctx, reply);
            }
            // "Nr. 5", "5 Kalletal" there: the street with its number.
            (FieldKind::Address { .. }, FieldStep::WordAsAnswer)
                if let Some(address) = draft
                    .pending_original
                    .as_deref()
                    .filter(|street| !has_digit(street))
                    .and_then(|street| values::street_with_number(street, text)) =>
            {
                Ok(Answer::Text(address))
            }
            // Digits as letters are addressed with: "Schulstraße ٥" reached the office so (a
            // field test of stop 59).
            // Latin letters only: an address kept in its own script keeps its digits.
            // "Adresim Mühlenstraße 4, Bavenhausen" (my address is …) reached the office with
            // its "Adresim" (a field test of stop 62): the words that say an address comes
            // (the label's `.intro`) are no part of it.
            (FieldKind::Address { max_length }, _) => match values::text(
                &{
                    let address = if script::is_latin(text) {
                        self.house_number_in_digits(&values::normalize_digits(
                            &self.without_intro(field, text),
                        ))
                    } else {
                        self.without_intro(field, text)
                    };
                    // The address up to its place, the words after it for the office; also
                    // in another script after an address in Latin letters ("Im Winkel 3
                    // Westorf ми тут живемо з другого числа" was asked for in Latin letters:
                    // a stop 66 run by hand).
                    match self.address_then_words(&address) {
                        Some((latin, after))
                            if step == FieldStep::Main && script::is_latin(&latin) =>
                        {
                            words_after_address = after;
                            latin
                        }
                        _ => address,
                    }
                },
                *max_length,
            )
            .map(|address| self.without_foreign_street_word(address))
            {
                Ok(address) if !script::is_latin(&address) => {
                    // Letters are delivered to this address: asked once in Latin letters,
                    // with a way to keep it as written for those who cannot.
                    if let Some(draft) = session.drafts.get_mut(form_id) {
                        ask_about(draft, index, FieldStep::LatinAddress, address);
                    }
                    return self.reprompt(session, ctx, reply);
                }
                // "Hauptstraße", "ev hemû ye" (that is all): no house number. Asked with a
                // ✓ to keep it (a farm may have none); the same typed again keeps it too, a
                // number alone is added to it.
                Ok(address)
                    if !has_digit(&address)
                        && session
                            .drafts
                            .get(form_id)
                            .and_then(|draft| draft.pending_original.as_deref())
                            .is_none_or(|asked| loose_key(asked) != loose_key(&address)) =>
                {
                    // "Talle", then "Lindenweg": the street in that village; "Rintelner
                    // Straße in Hohenhausen": the village after a comma, so that the number
                    // goes after the street (a field test of stop 67 sent "Lindenweg 4"
                    // without its village, and "Rintelner Straße in Hohenhausen 22").
                    let address = self
                        .in_the_place_asked(session.drafts.get(form_id), step, &address)
                        .or_else(|| {
                            self.street_and_place(&address)
                                .map(|(street, place)| format!("{street}, {place}"))
                        })
                        .unwrap_or(address);
                    if let Some(draft) = session.drafts.get_mut(form_id) {
                        ask_about(draft, index, FieldStep::WordAsAnswer, address);
                    }
                    return self.reprompt(session, ctx, reply);
                }
                Ok(number) if step == FieldStep::WordAsAnswer && is_house_number(&number) => {
                    Ok(Answer::Text(number))
                }
                // "Talle", then "Am Bach 3": the street in that place (a field test of stop
                // 67 sent "Am Bach 3" without its village).
                Ok(street)
                    if let Some(address) =
                        self.in_the_place_asked(session.drafts.get(form_id), step, &street) =>
                {
                    Ok(Answer::Text(address))
                }
                // "32689", "5": no street (a phone number was taken ahead above).
                Ok(address) if !address.chars().any(char::is_alphabetic) => {
                    Err(Some(Refusal::AddressWithoutStreet))
                }
                parsed => parsed.map(Answer::Text).map_err(Some),
            },
            // "weiß ich nicht", "не помню" at a birth date: how to write a date whose day is
            // unknown (before: "I cannot read this date").
            // So do a year and such words: "sala 1948, roj nizane" (1948, the day is not
            // known) got "I cannot read this date" (a Kurmanji field test).
            (FieldKind::Date { range, .. }, _)
                if *range == crate::content::DateRange::Past
                    && (!has_digit(text)
                        || matches!(values::digit_groups(text).as_slice(),
                            [year] | [_, year] if year.len() == 4))
                    && self.sentence_names("error-date-year-only", "typed", text) =>
            {
                // "3/1985 day unknown": the month in digits before the year.
                let (typed_month, typed_year) = match values::digit_groups(text).as_slice() {
                    [year] => (None, year.parse().ok()),
                    // Side by side only: "he is 3 years i dont know exact day, born in
                    // lebanon 2023" offered 00.03.2023 (field test AX of stop 69).
                    [month, year] => (
                        values::month_in_digits(month).filter(|_| {
                            values::side_by_side(&values::normalize_digits(text), month, year)
                        }),
                        year.parse().ok(),
                    ),
                    _ => (None, None),
                };
                // "1365 rozesho nemidunam" (I don't know its day): a year of the Persian
                // calendar (a field test got the example 00.00.1990).
                if let Some(persian) = typed_year.and_then(|year| self.persian_year(year, text)) {
                    Err(Some(persian))
                } else {
                    let year = typed_year.and_then(|year| values::birth_year(year, today));
                    // "März 1985, den Tag weiß ich nicht": the month named, with its year.
                    let month = year.and_then(|_| {
                        typed_month.or_else(|| self.month_named(text, Calendar::Gregorian))
                    });
                    Err(Some(Refusal::DateYearOnly { year, month }))
                }
            }
            (FieldKind::Date { range, .. }, _) => {
                match values::date(text, *range, today, self.content.locales.date_words()) {
                    // Persian speakers from Iran and Afghanistan often know their dates in the
                    // Solar Hijri calendar; the office needs the Gregorian one. Only for Persian:
                    // an Arabic speaker's 14xx is a lunar Hijri year, another calendar.
                    Err(_)
                        if lang == "fa"
                            && let Some(gregorian) =
                                values::solar_hijri_date(text, *range, today) =>
                    {
                        Err(Some(Refusal::SolarHijri { gregorian }))
                    }
                    // "۱۲ مرداد ۱۳۶۹": a Persian month's name (in any chat, as the name says
                    // the calendar) read as that day, not as a year alone (a field test of
                    // stop 59 got 00.00.1990).
                    Err(Refusal::SolarHijri { gregorian }) => {
                        Err(Some(Refusal::SolarHijri { gregorian }))
                    }
                    // "on beş mart 1992" (fifteen March 1992): its day in words was dropped,
                    // and 00.03.1992 offered (the typing test of stop 60). A number said in
                    // words is asked for in digits.
                    Err(_)
                        if words::tokens(text).iter().any(|word| {
                            self.content.locales.date_words().number(word).is_some()
                        }) =>
                    {
                        Err(Some(Refusal::DateUnreadable))
                    }
                    // "00.00.1990": the day and month unknown, as German papers write it.
                    Err(_)
                        if *range == crate::content::DateRange::Past
                            && let Some(partial) = values::partial_date(text, today) =>
                    {
                        match partial {
                            // "March 1985", "مارس 1985": the month named, with its year (a
                            // field test's month was dropped: 00.00.1985 was offered).
                            Err(Refusal::DateYearOnly {
                                year: Some(year),
                                month: None,
                            }) => Err(Some(Refusal::DateYearOnly {
                                year: Some(year),
                                month: self.month_named(text, Calendar::Gregorian),
                            })),
                            // "اسفند ۱۳۶۹": the year its month falls in (1991, not 1990).
                            Err(Refusal::PersianYear { year, gregorian }) => Err(Some(
                                self.persian_year(year, text)
                                    .unwrap_or(Refusal::PersianYear { year, gregorian }),
                            )),
                            partial => partial
                                .map(|(year, month)| Answer::PartialDate { year, month })
                                .map_err(Some),
                        }
                    }
                    parsed => parsed.map(Answer::Date).map_err(Some),
                }
            }
            // "0176 1234 5678 w el email rasha.h96@gmail.com" (and the email …): the address
            // went into the phone's note, and the email question asked for it again (an
            // Arabizi field test). It answers the email question ahead; the words naming it
            // are no note.
            (FieldKind::Phone, FieldStep::Main)
                if let Some(at) = text.split_whitespace().position(|word| word.contains('@'))
                    && at > 0
                    && let Ok(email) = values::email(text)
                    && let Some(email_field) = form.fields.iter().find(|other| {
                        matches!(other.kind, FieldKind::Email) && !draft.answered_here(&other.id)
                    })
                    && let before = text
                        .split_whitespace()
                        .take(at)
                        .collect::<Vec<_>>()
                        .join(" ")
                    && let Ok(phone) = self.phone_answer(&before) =>
            {
                let phone = match phone {
                    Answer::PhoneWithNote { number, note }
                        if words::tokens(&note).len() <= 4
                            && self.sentence_names(&email_field.label, "typed", &note) =>
                    {
                        Answer::Phone(number)
                    }
                    phone => phone,
                };
                email_ahead = Some(Ahead {
                    field: email_field,
                    shown: email.clone(),
                    answer: Answer::Email(email),
                    value: true,
                });
                Ok(phone)
            }
            (FieldKind::Phone, _) => self.phone_answer(text).map_err(Some),
            // "Did you mean sami@gmail.com?": a yes takes it, a no asks for the address again.
            (FieldKind::Email, FieldStep::WordAsAnswer)
                if !text.contains('@')
                    && let Some(yes) = self.first_word_yes_or_no(&words::tokens(text)) =>
            {
                if yes {
                    return self.press_answer(
                        session,
                        index,
                        FieldButton::KeepAsWritten,
                        ctx,
                        reply,
                    );
                }
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    follow_up(draft, index, FieldStep::Main);
                    draft.pending_original = None;
                }
                return self.reprompt(session, ctx, reply);
            }
            // "fatma@gmail", "sami@gmail.con": an answer to that address would be lost, so
            // the address meant is asked about once; typed again as it was, it is taken. So
            // is "sami haddad@gmail.com", which an Arabic field test cut to
            // "haddad@gmail.com" unasked. That an address has no spaces is said first:
            // "olena shevchenko@ukr.net" was offered as "shevchenko@ukr.net" alone, and
            // taken (field test CP of stop 79); with a slip too ("zahra ahmadi@gmai.com").
            (FieldKind::Email, FieldStep::Main)
                if let Some((meant, spaced)) = values::email_after_a_word(text)
                    .map(|address| (values::email_typo(&address).unwrap_or(address), true))
                    .or_else(|| values::email_typo(text).map(|address| (address, false))) =>
            {
                if spaced {
                    reply.note(self.t(&lang, "email-space-note"));
                }
                // The words beside it are kept before the address is asked about: the
                // son's number beside "ali@gmail" was lost at this step (a field test of
                // stop 62). Not those that may be part of it ("ahmad 1995 @gmail. com" stood
                // in the notes: field test CQ of stop 79).
                if sentence_kept_too && !spaced {
                    self.keep_words_too(session, form_id, field, text, ctx, reply);
                }
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    ask_about(draft, index, FieldStep::WordAsAnswer, meant);
                }
                return self.reprompt(session, ctx, reply);
            }
            (FieldKind::Email, _) => values::email(text)
                .or_else(|refusal| values::spoken_email(text).ok_or(refusal))
                .map(Answer::Email)
                .map_err(Some),
            // "ich und 2 Kinder" (me and 2 children) is no 2, nor "Kalletal, Hauptstraße 1"
            // (the address typed again) 1: asked again.
            (FieldKind::Number { .. }, _) if values::names_a_street(counted) => {
                Err(Some(Refusal::Number))
            }
            // "4 kişi ben eşim 2 çocuk" (4 people: me, my wife, 2 children): the count said
            // first, then who they are (a Turkish field test got "one number for everyone").
            (FieldKind::Number { min, max }, _)
                if let Some(count) = self.content.locales.date_words().count_said_first(
                    &words::tokens_and_numbers(&values::normalize_digits(counted)),
                ) =>
            {
                values::number(&count.to_string(), *min, *max)
                    .map(Answer::Number)
                    .map_err(Some)
            }
            // "двое, я и муж" (two: me and my husband), "2: ich und mein Mann": the count
            // first, then who (a field test of stop 59 got "one number for everyone"); with
            // fewer among them than the count, "4, me, my wife and 2 kids" (a field test of
            // stop 62 got it too). After a dash too: "5 – die Eltern und drei Kinder"
            // (stop 65), at the first of the marks.
            (FieldKind::Number { min, max }, _)
                if let Some((first, rest)) = [",", ":", "،", "–", "—", " - "]
                    .iter()
                    .filter_map(|mark| counted.split_once(mark))
                    .min_by_key(|(first, _)| first.len())
                    && rest.split_whitespace().count() >= 2
                    && let [count] =
                        words::tokens_and_numbers(&values::normalize_digits(first)).as_slice()
                    && let Some(count) = count.parse::<u32>().ok().or_else(|| {
                        self.content
                            .locales
                            .date_words()
                            .number_in(std::slice::from_ref(count))
                    })
                    && values::digit_groups(rest)
                        .iter()
                        .filter_map(|digits| digits.parse::<u32>().ok())
                        .sum::<u32>()
                        < count =>
            {
                values::number(&count.to_string(), *min, *max)
                    .map(Answer::Number)
                    .map_err(Some)
            }
            // "3 ich frau und kind": a count, then who they are without a mark between,
            // as many as it says (a field test of stop 68 got "Please write a number").
            // The count in words too: "drei ich meine frau und baby" (field test BZ of stop
            // 75).
            (FieldKind::Number { min, max }, _)
                if let [first, rest @ ..] =
                    words::tokens_and_numbers(&values::normalize_digits(counted)).as_slice()
                    && let Some(count) = first
                        .parse::<u32>()
                        .ok()
                        .or_else(|| self.content.locales.date_words().number(first))
                    && self.content.locales.date_words().members_count(rest) == Some(count) =>
            {
                values::number(&count.to_string(), *min, *max)
                    .map(Answer::Number)
                    .map_err(Some)
            }
            // "me and my wife and 3 kids", "я с мужем и двумя детьми": the people listed,
            // added up, and the sum said (a field test of stop 63 got "Please write one
            // number for everyone", and then typed the children only).
            (FieldKind::Number { min, max }, _)
                if let Some(count) = self.content.locales.date_words().members_count(
                    &words::tokens_and_numbers(&values::normalize_digits(counted)),
                ) =>
            {
                let taken = values::number(&count.to_string(), *min, *max);
                if taken.is_ok() {
                    reply.note(self.ta(
                        &lang,
                        "count-added-up",
                        &[("count", count.to_string().into())],
                    ));
                }
                taken.map(Answer::Number).map_err(Some)
            }
            // Ukrainian field test: "я і двоє дітей" (me and two children) got "Please write
            // a number", which it had: one number for all of them is what is asked.
            // "pênc kes ez jina min 3 zarok" (five people: me, my wife, 3 children), "five me
            // wife 3 kids" were 3 (a Kurmanji field test: the office would register too
            // few): with two numbers, which one counts all is asked.
            (FieldKind::Number { .. }, _)
                if values::digit_groups(counted).len()
                    + usize::from(
                        has_digit(counted)
                            && self
                                .content
                                .locales
                                .date_words()
                                .number_in(&words::tokens(counted))
                                .is_some(),
                    )
                    >= 2 =>
            {
                Err(Some(Refusal::NumberInAll))
            }
            (FieldKind::Number { .. }, _)
                if values::number_after_a_list(counted)
                    || self.content.locales.date_words().adds_to_a_count(
                        &words::tokens_and_numbers(&values::normalize_digits(counted)),
                    ) =>
            {
                Err(Some(Refusal::NumberInAll))
            }
            (FieldKind::Number { min, max }, _) => match values::number(counted, *min, *max) {
                // "нас четверо" (we are four), "vier Personen", "أربعة": a number as a word,
                // the one in the sentence.
                Err(Refusal::Number)
                    if !has_digit(counted)
                        && let Some(number) = self
                            .content
                            .locales
                            .date_words()
                            .number_in(&words::tokens(counted))
                            .or_else(|| self.number_word(counted))
                            .or_else(|| {
                                self.content
                                    .locales
                                    .date_words()
                                    .says_alone(&words::tokens(counted))
                                    .then_some(1)
                            }) =>
                {
                    values::number(&number.to_string(), *min, *max)
                        .map(Answer::Number)
                        .map_err(Some)
                }
                parsed => parsed.map(Answer::Number).map_err(Some),
            },
            // A language of the list named in any language ("арабский", "Dari") is that
            // language; another the office knows by its German name ("سۆرانی" is
            // "Kurdisch (Sorani) – سۆرانی": before, the office got the name as typed, in
            // any script); any other is kept as typed.
            // Two named, one turned round: "nur Kurmancî, kein Sorani" booked Sorani (field
            // test BX of stop 75).
            (
                FieldKind::Interpreter,
                FieldStep::InterpreterTyped | FieldStep::InterpreterLanguage,
            ) if self.languages_and_dialects_at(&words::tokens(text)).len() > 1
                && let Some(language) = self.interpreter_language_in_answer(text) =>
            {
                Ok(Answer::Interpreter(Some(language)))
            }
            (
                FieldKind::Interpreter,
                FieldStep::InterpreterTyped | FieldStep::InterpreterLanguage,
            ) if let Some(dialect) = self.dialect_named(text) => Ok(Answer::Interpreter(Some(
                InterpreterLanguage::Named(dialect),
            ))),
            (FieldKind::Interpreter, FieldStep::InterpreterTyped) => {
                match self.interpreter_language_named(text) {
                    Some(code) => Ok(Answer::Interpreter(Some(InterpreterLanguage::Code(code)))),
                    None => values::text(text, MAX_LANGUAGE_NAME)
                        .map(|typed| {
                            // Every language the sentence names, in German: "казахский, но
                            // русский тоже можно" (Kazakh, but Russian is fine too) reached
                            // the office as typed (a caseworker's reading of the emails).
                            let mut named: Vec<&str> =
                                other_languages::other_languages_named(&typed);
                            for word in words::tokens(&typed) {
                                // Not a language of a family named already: "курдский
                                // сорани" is Sorani, not Kurmanji too.
                                let family = |name: &str| {
                                    name.split(" (").next().unwrap_or(name).to_string()
                                };
                                if let Some((_, german)) = self
                                    .interpreter_language_named(&word)
                                    .and_then(|code| interpreter_language(&code))
                                    && !named.iter().any(|other| family(other) == family(german))
                                {
                                    named.push(german);
                                }
                            }
                            let german = named.join(", ");
                            let name = if german.is_empty()
                                || words::fold_phrase(&german) == words::fold_phrase(&typed)
                            {
                                typed
                            } else {
                                format!("{german} – {typed}")
                            };
                            Answer::Interpreter(Some(InterpreterLanguage::Named(name)))
                        })
                        .map_err(Some),
                }
            }
            // A language of the list, or another the office knows by its German name:
            // "Vietnamesisch" typed at the list was refused until "Other language" was
            // chosen (a caseworker's reading of the emails).
            (FieldKind::Interpreter, FieldStep::InterpreterLanguage) => {
                match self.interpreter_language_named(text) {
                    Some(code) => Ok(Answer::Interpreter(Some(InterpreterLanguage::Code(code)))),
                    None => match other_languages::other_languages_named(text).as_slice() {
                        [german] => {
                            let name = if words::fold_phrase(german) == words::fold_phrase(text) {
                                german.to_string()
                            } else {
                                format!("{german} – {}", text.trim())
                            };
                            Ok(Answer::Interpreter(Some(InterpreterLanguage::Named(name))))
                        }
                        _ => Err(None),
                    },
                }
            }
            // "ja kurdisch sorani": a dialect of a listed language said with it is the
            // dialect, as at the list (the office booked a Kurmanji interpreter: field
            // test AW of stop 69). Not where a word says no.
            // Not a dialect turned round: "nur Kurmancî, kein Sorani" booked Sorani (field
            // test BV of stop 74).
            (FieldKind::Interpreter, FieldStep::Main)
                if !self.sentence_names("interpreter-question", "own", text)
                    && !words::tokens(text)
                        .iter()
                        .any(|word| self.word_means(word, "button-no"))
                    && self
                        .content
                        .locales
                        .date_words()
                        .turning_at(&words::tokens(text))
                        .is_empty()
                    && let Some(dialect) = self.dialect_named(text) =>
            {
                Ok(Answer::Interpreter(Some(InterpreterLanguage::Named(
                    dialect,
                ))))
            }
            // "так, українська", "Arabisch bitte": yes, and the language at once; "ja,
            // vietnamesisch" kept only the yes (a caseworker's reading of the emails): a
            // language the office knows by its German name too.
            (FieldKind::Interpreter, FieldStep::Main) => {
                // Someone of the person's own translates, whatever languages they speak ("my
                // friend will translate but she speaks only Dari" booked a Dari
                // interpreter): no answer here, the sentence for the office below.
                let own = self.sentence_names("interpreter-question", "own", text);
                match self
                    .interpreter_language_in_answer(text)
                    .or_else(|| self.language_needed(text).map(InterpreterLanguage::Code))
                    .filter(|_| !own)
                {
                    Some(language) => Ok(Answer::Interpreter(Some(language))),
                    None if !own
                        && self.first_word_yes_or_no(&words::tokens(text)) == Some(true)
                        && let &[german] =
                            other_languages::other_languages_named(text).as_slice() =>
                    {
                        Ok(Answer::Interpreter(Some(InterpreterLanguage::Named(
                            format!("{german} – {}", text.trim()),
                        ))))
                    }
                    // "мені не треба, а мамі так, українська" (I don't need one, but mum
                    // does, Ukrainian): a relative who needs one, with a yes and one language
                    // (a field test of stop 64 booked none, and the mother came alone). The
                    // sentence goes to the office too.
                    None if !own && let Some(code) = self.interpreter_for_a_relative(text) => {
                        Ok(Answer::Interpreter(Some(InterpreterLanguage::Code(code))))
                    }
                    None => Err(None),
                }
            }
            // Text here can only name a button ("Fertig" for Done), below.
            (FieldKind::Photos { .. }, _) => Err(Some(Refusal::PhotoExpected)),
            (
                FieldKind::Choice {
                    options,
                    other: Some(other),
                },
                FieldStep::Main | FieldStep::OtherTyped,
            ) => match self.option_named(options, text) {
                // An option's name in any language ("Сирия" from a Ukrainian), or a sentence
                // naming it ("Ich komme aus Syrien"): the option, which the office reads in
                // its own language.
                Named::One(option) => Ok(Answer::Choice(option.value.clone())),
                // A sentence naming two ("Afghane, aber aus dem Iran gekommen"): not one's
                // own answer either; choose.
                Named::Several => Err(None),
                // "15 March 90" at the list answers another question, not this one (no
                // country's name has digits): choose from the list, or "Another country".
                // So is "Hauptstr 1 Talle" typed for "Another country" (field test CW of
                // stop 81: the summary read "Nationality: Hauptstr 1 Talle").
                Named::Nothing
                    if step == FieldStep::Main
                        && values::normalize_digits(text)
                            .chars()
                            .any(|c| c.is_ascii_digit()) =>
                {
                    Err(None)
                }
                // Typed as another country, with letters: "A name cannot contain numbers"
                // ("3" alone is asked for letters below).
                Named::Nothing
                    if step == FieldStep::OtherTyped
                        && text.chars().any(char::is_alphabetic)
                        && values::normalize_digits(text)
                            .chars()
                            .any(|c| c.is_ascii_digit()) =>
                {
                    Err(Some(Refusal::NameWithDigit))
                }
                // An email address, or a name given before (typed twice, one question
                // late): no country, which "Another country" would have kept as one
                // (Ukrainian field test: "olena.k@gmail.com" became the nationality).
                Named::Nothing
                    if step == FieldStep::Main
                        && (text.contains('@') || repeats_an_answer(draft, text)) =>
                {
                    Err(None)
                }
                // "Anderes Land" typed at the English list was the country: that button's
                // label, in any language, presses it.
                // So does its word in Latin letters: "drugaya" (другая) became the
                // nationality "Drugaya" (a field test of stop 68).
                Named::Nothing
                    if step == FieldStep::Main
                        && (self
                            .option_spellings(&other.label)
                            .contains(&loose_key(text))
                            || (words::tokens(text).len() <= 2
                                && self.names_the_label(&other.label, text))) =>
                {
                    return self.press_answer(session, index, FieldButton::Other, ctx, reply);
                }
                // "Welche soll ich wählen?": a question, kept for the office below.
                Named::Nothing if self.is_a_question(text) => Err(None),
                // "وصلتني رسالة من الجوب سنتر وما فهمت شو بدهم" (a letter came from the
                // Jobcenter and I did not understand it) at the nationality was the country:
                // a sentence of six words or more is no country's name. Kept for the office,
                // and the list again.
                Named::Nothing if a_sentence_to_keep(draft, step, text) => {
                    return self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply);
                }
                // "ما عندي" (I have none) at the nationality became the person's own answer
                // (an Arabic field test): a no or skip in words is none. The question's help
                // says what to choose then ("You have none? Then choose 'Stateless'"), else
                // the list again. So do the words its `.no-answer` lists, also after
                // "Another country" ("Kurde", "Kurdistan": a people or a region, which the
                // office read as the nationality).
                Named::Nothing
                    if (step == FieldStep::Main
                        && (NOTHING_TO_GIVE.iter().any(|id| meanings.contains(id))
                            || self.says_none(text)))
                        || self.sentence_names(&field.prompt, "no-answer", text) =>
                {
                    let note = self
                        .content
                        .locales
                        .attribute(&lang, &field.prompt, "help")
                        .unwrap_or_else(|| self.t(&lang, "error-choose-option"));
                    reply.note(note);
                    return self.reprompt(session, ctx, reply);
                }
                // "ja", "ok" at the list answers the message before it; taken as one's own
                // answer, it became the nationality: read, and the list again.
                Named::Nothing if step == FieldStep::Main && meanings.contains(&"button-yes") => {
                    reply.note(self.t(&lang, "reply-ok"));
                    return self.reprompt(session, ctx, reply);
                }
                // "7" or "?" is no answer of one's own: at the list, choose from it; asked
                // for one's own words, write them with letters.
                Named::Nothing if !text.chars().any(char::is_alphabetic) => match step {
                    FieldStep::Main => Err(None),
                    _ => Err(Some(Refusal::AnswerWithoutLetter)),
                },
                // "nigeria" reached the office so (a field test of stop 59): a name in
                // small Latin letters gets its capitals, as a country's is written.
                Named::Nothing => values::text(text, other.max_length)
                    .map(|answer| Answer::Text(capitalized_if_all_small(&answer)))
                    .map_err(Some),
            },
            // "keiner passt", "ничего не подходит, я на курсах утром" (none fits, I am at a
            // course in the mornings): no time of the list fits, and the office arranges one
            // (a field test of stop 63 got "Please choose one of the options", and chose
            // "Any time"). The words go with it where there are more.
            // Its label in Latin letters too ("hich vaghti monaseb nist" was taken as the
            // option, and when the person can come was never asked: stop 68).
            // "sibehan, saet 3an zarok ji dibistanê tên" (mornings; at 3 the children come
            // home from school) became "Donnerstag – um 15:00 Uhr", the one time she cannot
            // come (field test AY of stop 69): a button's words before a comma are that
            // button, and what follows goes to the office as the person's words.
            (FieldKind::Appointment { options }, FieldStep::Main)
                if let Some((first, rest)) = text.split_once([',', '،', ';'])
                    && words_with_letters(rest).len() >= 2
                    // Days named after it are read with it ("vormittags, aber nicht
                    // mittwochs": the other days' mornings).
                    && values::weekdays(rest, self.content.locales.date_words()).is_empty()
                    // Nor an hour that bounds it ("أي وقت، لكن ليس قبل 10", any time, but
                    // not before 10: any time from 10); an hour alone is of the reason.
                    && values::AppointmentHours::read(rest)
                        .named_hour()
                        .is_none_or(|hour| hour.relation == crate::answers::HourRelation::At)
                    && let Some(option) = self.option_spelled(options, first.trim())
                    && option.value != NO_TIME_FITS =>
            {
                keep_with_none = true;
                Ok(Answer::Choice(option.value.clone()))
            }
            (FieldKind::Appointment { options }, FieldStep::Main)
                if options.iter().any(|option| option.value == NO_TIME_FITS)
                    && (self.sentence_names("appointment-none", "typed", text)
                        || matches!(
                            self.option_named(options, text),
                            Named::One(option) if option.value == NO_TIME_FITS
                        )) =>
            {
                // The button's own words, typed without its letters' accents ("tu dem ne bas
                // e" for "Tu dem ne baş e") say no reason: a field test of stop 68 found them
                // in the email as the person's words. Nor do a few words without a time, a
                // day or a number ("none of them fits", "ни одно время не подходит": the
                // office got them and no time at all).
                // A reason the office can read ("ich arbeite vormittags": `gist` meanings
                // beyond a no) says something too.
                let says_when = values::normalize_digits(text)
                    .contains(|c: char| c.is_ascii_digit())
                    || !values::weekdays(when_text, self.content.locales.date_words()).is_empty()
                    || self
                        .gist_meanings(text, &lang)
                        .iter()
                        .any(|meaning| meaning != "nicht" && meaning != "falsch")
                    || words_with_letters(text).len() > 5
                    // "hiçbiri uymuyor, ben çalışıyorum": a reason after a comma.
                    || text
                        .split_once([',', '.', ';', '،'])
                        .is_some_and(|(_, reason)| words_with_letters(reason).len() >= 2);
                if kept_before(draft, text)
                    || !says_when
                    || self
                        .option_spellings("appointment-none")
                        .contains(&loose_key(text))
                {
                    // No reason said: when the person can come is asked.
                    if let Some(draft) = session.drafts.get_mut(form_id) {
                        follow_up(draft, index, FieldStep::OtherTyped);
                    }
                    return self.reprompt(session, ctx, reply);
                }
                return self.no_time_fits(session, form_id, field, text, ctx, reply);
            }
            // When the person can come, in their words: they go with the request. Not read
            // as a time of the list: "я працюю зранку, тільки в четвер" (I work in the
            // mornings, only Thursday) became "Donnerstag – Vormittags", the one time the
            // person had said they cannot come.
            (FieldKind::Appointment { .. }, FieldStep::OtherTyped) => {
                return self.no_time_fits(session, form_id, field, text, ctx, reply);
            }
            // "вечером после работы, после 17" (in the evening after work, after 5 pm) became
            // the afternoons, 12–16 (a Russian field test): the offices are closed then.
            (FieldKind::Appointment { options }, FieldStep::Main)
                if hours.part_of_day() == Some(values::AFTER_HOURS)
                    && !matches!(self.time_named(options, option_words), Named::One(_))
                    && !self.open_at_named_hour(form_id, &hours, when_text, true) =>
            {
                // Where the office is open at that hour on other days ("Monday at 5 pm",
                // open Thursdays until 17:30), "closed in the evening" would be untrue.
                let note = if self.open_at_named_hour(form_id, &hours, when_text, false) {
                    "appointment-office-closed"
                } else {
                    "appointment-after-hours"
                };
                if note == "appointment-office-closed" {
                    self.note_office_closed(form_id, &lang, reply);
                } else {
                    reply.note(self.t(&lang, note));
                }
                return self.reprompt(session, ctx, reply);
            }
            // "montags", "Dienstag vormittags", "الاثنين": the days someone can come are kept
            // beside the time (before, the list came again and the days were lost); the time
            // is the option or hour the sentence names, else any time.
            (FieldKind::Appointment { options }, FieldStep::Main)
                if let weekdays =
                    values::weekdays(when_text, self.content.locales.date_words())
                    && !weekdays.is_empty()
                    && let Some(time) = match self.time_named(options, option_words) {
                        Named::One(option) => Some(option.value.as_str()),
                        Named::Several | Named::Nothing => hours
                            .time()
                            .filter(|part| options.iter().any(|option| option.value == *part))
                            .or_else(|| {
                                options
                                    .iter()
                                    .find(|option| option.value == ANY_TIME)
                                    .map(|option| option.value.as_str())
                            }),
                    } =>
            {
                Ok(Answer::Appointment {
                    time: time.to_string(),
                    weekdays,
                    hour: None,
                })
            }
            // "morgen", "завтра", "so schnell wie möglich": a day or haste, which the office
            // decides. German "morgen" (tomorrow) was the mornings ("morgens", a letter
            // apart), the others got "choose one of the options". The part of the day the
            // other words name is kept ("morgen vormittag"), else any time, and the person
            // hears that the office gives the day.
            (FieldKind::Appointment { options }, FieldStep::Main)
                if let Some(rest) = self.without_near_days(options, option_words)
                    && let Some(time) = match self.option_named(options, &rest) {
                        Named::One(option) => Some(option),
                        Named::Several | Named::Nothing => {
                            let wanted = hours.time().unwrap_or(ANY_TIME);
                            options.iter().find(|option| option.value == wanted)
                        }
                    } =>
            {
                reply.note(self.t(&lang, "appointment-day-from-office"));
                // The haste or day goes to the office too: "якнайшвидше, завтра" (as soon as
                // possible, tomorrow) reached it as "Jederzeit möglich" alone (field test DA
                // of stop 83).
                near_day_said = true;
                Ok(Answer::Choice(time.value.clone()))
            }
            // "montags, aber nicht nachmittags" was the afternoons: where a word turns
            // something round that is no day, what the person can do is not known here.
            // Where one part of the sentence turns a time round and the others name one
            // time, that one: "sabah olmaz, öğleden sonra" (not mornings, afternoons) got
            // "Please choose one of the options" (a field test of stop 63).
            (FieldKind::Appointment { options }, FieldStep::Main)
                if self
                    .content
                    .locales
                    .date_words()
                    .turns_round(&values::appointment_words(when_text)) =>
            {
                let dates = self.content.locales.date_words();
                let (turned, plain): (Vec<&str>, Vec<&str>) = when_text
                    .split([',', ';', '.', '،', '؛'])
                    .map(str::trim)
                    .filter(|clause| !clause.is_empty())
                    .partition(|clause| dates.turns_round(&values::appointment_words(clause)));
                let mut named =
                    plain
                        .iter()
                        .filter_map(|clause| match self.option_named(options, clause) {
                            Named::One(option) => Some(option),
                            Named::Several | Named::Nothing => None,
                        });
                match (named.next(), named.next()) {
                    (Some(option), None)
                        if !turned.is_empty()
                            && option.value != NO_TIME_FITS
                            && values::weekdays(when_text, dates).is_empty() =>
                    {
                        Ok(Answer::Choice(option.value.clone()))
                    }
                    _ => Err(None),
                }
            }
            // "1 und 2", "1 û 3": mornings and afternoons (or any time) is any time, where the
            // flow has it (a Kurmanji field test of stop 79 typed two numbers at a list).
            (FieldKind::Appointment { options }, FieldStep::Main)
                if let Some(chosen) = inputs::several_numbers(text, options.len())
                    && let Some(any) = options.iter().find(|option| option.value == ANY_TIME)
                    && chosen.iter().all(|number| {
                        options
                            .get(number - 1)
                            .is_some_and(|option| option.value != NO_TIME_FITS)
                    }) =>
            {
                Ok(Answer::Choice(any.value.clone()))
            }
            // "ab 14 Uhr", "saat 10'da", "after 2pm": a time of day is the part of the day
            // of the default options (a German field test got "choose one" for it); an hour
            // in the evening when the office is open then (Thursday until 17:30) any time,
            // with the hour.
            (FieldKind::Appointment { options }, FieldStep::Main)
                if !matches!(self.option_named(options, option_words), Named::One(_))
                    && let Some(part) = hours.time()
                    && let Some(option) = options.iter().find(|option| {
                        option.value == part
                            || (part == values::AFTER_HOURS && option.value == ANY_TIME)
                    }) =>
            {
                Ok(Answer::Choice(option.value.clone()))
            }
            // An option's name in another language ("Arbeitserlaubnis" from a Turkish
            // speaker) or a `.typed` spelling; anything else is no answer here.
            (
                FieldKind::Choice {
                    options,
                    other: None,
                }
                | FieldKind::Appointment { options },
                FieldStep::Main,
            ) => match if matches!(field.kind, FieldKind::Appointment { .. }) {
                self.time_named(options, option_words)
            } else {
                // The office's own name chooses nothing among its topics: "my jobcenter money
                // didnt come this month" at the Jobcenter's named "A letter from the
                // Jobcenter" too, by "Jobcenter" (field test CA of stop 75). ("jobcenter"
                // alone still presses that button, as a word of its label typed does.)
                self.option_named(
                    options,
                    &self.without_office_name(form_id, option_words, &lang),
                )
            } {
                // "zarokê min ta girtiye", "my child has fever" at "What is it about?" chose
                // school and Kita by the child (a Kurmanji field test of stop 79): illness
                // is no topic of such a list. Kept for the office, with the page on doctors
                // and the number for nights and weekends, and the list again.
                _ if matches!(field.kind, FieldKind::Choice { .. })
                    && words_with_letters(text).len() >= 2
                    && !self.is_a_question(text)
                    && self.says_illness(text, &lang) =>
                {
                    // The page says the number; a flow without one, the number alone.
                    if self
                        .page_for_question(text, &lang, ctx.local_now())
                        .is_none()
                    {
                        reply.note(self.t(&lang, "request-ill"));
                    }
                    return self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply);
                }
                Named::One(option) => Ok(Answer::Choice(option.value.clone())),
                // "ما انام بالليل، كوابيس من الحرب" (I cannot sleep, nightmares of the war)
                // at "What is it about?" got "choose an option", and was lost (a field test
                // of stop 62): kept for the office, and the list again.
                Named::Nothing if sentence_kept_too && !self.is_a_question(text) => {
                    return self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply);
                }
                Named::Several | Named::Nothing => Err(None),
            },
            // Answered by buttons (a typed label or number was matched before).
            (FieldKind::Choice { .. } | FieldKind::Appointment { .. } | FieldKind::YesNo, _)
            | (
                FieldKind::Interpreter,
                FieldStep::LatinName
                | FieldStep::LatinAddress
                | FieldStep::WordAsAnswer
                | FieldStep::NameInBoth
                | FieldStep::OtherTyped
                | FieldStep::Retake,
            ) => Err(None),
        };
        match parsed {
            Ok(answer) if let Some(ahead) = email_ahead => {
                // This question is answered too: what comes next may be the summary, not
                // "this question" (a field test of stop 62 read it above the summary).
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    let shown = take_ahead_answers(draft, vec![ahead]).join(", ");
                    reply.note(self.ta(&lang, "answer-noted-too", &[("answer", shown.into())]));
                }
                self.answer(session, form_id, field, answer, ctx, reply);
            }
            // Kept beside the answer: what comes next may be the summary, not "this
            // question" (a field test of stop 62 read it above the summary).
            Ok(answer) if let Some(after) = &words_after_address => {
                self.keep_words_too(session, form_id, field, after, ctx, reply);
                self.answer(session, form_id, field, answer, ctx, reply);
            }
            // Not the words an interpreter's language named with them already holds
            // ("Kurdisch (Sorani) – erê ji bo bavê min, soranî" stood in the notes too: field
            // test CB of stop 76).
            Ok(answer)
                if (keep_with_none || sentence_kept_too)
                    && !matches!(&answer, Answer::Interpreter(Some(InterpreterLanguage::Named(name)))
                        if name.ends_with(&format!(" – {}", whole_sentence.trim()))) =>
            {
                self.keep_words_too(session, form_id, field, whole_sentence, ctx, reply);
                self.answer(session, form_id, field, answer, ctx, reply);
            }
            Ok(answer) => match self.within_office_hours(form_id, field, answer, &hours) {
                Some(answer) => {
                    // "16.30" at an office open on Thursday afternoons only is Thursday: said,
                    // or the summary shows a day the person never named (a field test).
                    if let Answer::Appointment { weekdays, .. } = &answer
                        && !weekdays.is_empty()
                        && values::weekdays(when_text, self.content.locales.date_words()).is_empty()
                    {
                        let date_words = self.content.locales.date_words();
                        let days: Vec<String> = weekdays
                            .iter()
                            .filter_map(|day| date_words.weekday_name(&lang, *day))
                            .map(str::to_string)
                            .collect();
                        let days = self.list_text(&days, &lang);
                        reply.note(self.ta(
                            &lang,
                            "appointment-days-open-then",
                            &[("days", days.into())],
                        ));
                    }
                    // "nur dienstag vormittag wegen kinder" (only Tuesday mornings, because
                    // of the children) reached the office as "Dienstag – Vormittags": the
                    // "only" and the reason were lost (a caseworker's reading of stop 59). A
                    // sentence of five words or more goes with the request too; days and a
                    // time alone ("Montag oder Dienstag vormittags") say nothing more.
                    if matches!(field.kind, FieldKind::Appointment { .. })
                        && (words::tokens(text).len() >= 5 || near_day_said)
                    {
                        self.keep_words_too(session, form_id, field, text, ctx, reply);
                    }
                    self.answer(session, form_id, field, answer, ctx, reply)
                }
                // "Saturday morning" reached an office open Monday to Friday, "after 3 pm"
                // one open 9–12 (field tests): when it is open, and the question again.
                None => {
                    self.note_office_closed(form_id, &lang, reply);
                    self.reprompt(session, ctx, reply)
                }
            },
            // "من کمی آلمانی بلدم ولی شوهرم نه" (I know a little German, but my husband
            // not): someone who does not speak it needs one, whose language is asked; the
            // sentence goes to the office (field test BS of stop 73 booked none: "نه" named
            // the No button).
            Err(None)
                if after_but
                    .as_deref()
                    .is_some_and(|part| self.someone_else_does_not(part)) =>
            {
                self.keep_words_too(session, form_id, field, whole_sentence, ctx, reply);
                self.press_answer(session, index, FieldButton::Yes, ctx, reply)
            }
            // "syria and iraq", "Syrien / Irak": two nationalities, which some have (field
            // test CS of stop 80 got "choose one", and the second was lost). The first named
            // is the answer, the others go to the office beside it, and the person is told.
            Err(None)
                if step == FieldStep::Main
                    && let FieldKind::Choice { options, .. } = &field.kind
                    && let Some((first, others)) = self
                        .options_listed(options, text)
                        .as_deref()
                        .and_then(<[&ChoiceOption]>::split_first) =>
            {
                let chosen = self.t(&lang, &first.label);
                reply.note(self.ta(
                    &lang,
                    "form-choice-first-of-several",
                    &[("option", chosen.into())],
                ));
                // For the office in its language, as an answer reads: "Staatsangehörigkeit:
                // laut der Person auch Irak" (field test CV of stop 81 found the second
                // only in the person's words, unsaid what it was).
                let office_lang = self.form_office_language(form_id, &lang);
                let others: Vec<String> = others
                    .iter()
                    .map(|option| self.t(&office_lang, &option.label))
                    .collect();
                let line = strip_bidi_marks(&self.ta(
                    &office_lang,
                    "office-also-chosen",
                    &[
                        ("label", self.t(&office_lang, &field.label).into()),
                        ("options", self.list_text(&others, &office_lang).into()),
                    ],
                ));
                let answer = Answer::Choice(first.value.clone());
                self.keep_words_too(session, form_id, field, &line, ctx, reply);
                self.answer(session, form_id, field, answer, ctx, reply)
            }
            // No answer here (or not one this question takes: "Überspringen" at the phone
            // number): it may still name a button loosely ("Mornings", a German "Skip").
            Err(_)
                if let Some(data) = self
                    .prompt(session, ctx)
                    .message()
                    .and_then(|message| self.loosely_named_button(session, message, text)) =>
            {
                self.on_button(session, &data, ctx, reply)
            }
            // "my friend will come to translate", "بدي جيب صاحبي يترجم" got "Please choose
            // one of the options", and the office read "No interpreter needed" (a field
            // test): someone of the person's own translates. No interpreter, and the
            // sentence kept for the office, which then knows who comes.
            // So does a no with a language ("Ні, англійською можна", no, English is fine:
            // the office read "No interpreter needed" and nothing of English).
            Err(None)
                if matches!(field.kind, FieldKind::Interpreter)
                    && step == FieldStep::Main
                    && (self.sentence_names("interpreter-question", "own", text)
                        || (self.first_word_yes_or_no(&words::tokens(text)) == Some(false)
                            && words::tokens(text)
                                .iter()
                                .any(|word| self.interpreter_language_named(word).is_some()))) =>
            {
                self.keep_words_too(session, form_id, field, text, ctx, reply);
                self.press_answer(session, index, FieldButton::No, ctx, reply)
            }
            // "Nein, danke", "ich wohne im Heim", "ich spreche kein Deutsch": a yes or no
            // question answered in a sentence.
            Err(None) if let Some(yes) = self.yes_or_no_in_sentence(field, step, text) => {
                let value = if yes {
                    FieldButton::Yes
                } else {
                    FieldButton::No
                };
                // "Yes, but can I get Wohngeld there?": the yes, and the question for the
                // office (it was lost, a field test).
                if self.is_a_question(text) {
                    self.keep_line_saying(
                        session,
                        form_id,
                        text,
                        "form-question-kept-too",
                        ctx,
                        reply,
                    );
                } else if after_but.is_some() && sentence_kept_too {
                    // "na, lê jina min almanî nizane, ew jî tê": who needs one, and that she
                    // comes too, for the office.
                    self.keep_words_too(session, form_id, field, whole_sentence, ctx, reply);
                }
                self.press_answer(session, index, value, ctx, reply)
            }
            // A refused answer that answers a later question ("перша заява" at the birth
            // date): noted there, and this question asked again.
            // Also at the choice of which name is right, a step of buttons: an Arabic field
            // test typed the birth date there and got "Please choose one of the options".
            // Not a question: "Jobcenter ne zaman açık?" (when is the Jobcenter open?) at the
            // customer number answered the topic with "a letter from the Jobcenter".
            Err(_)
                if matches!(step, FieldStep::Main | FieldStep::NameInBoth)
                    && !self.is_a_question(text)
                    && let Some(ahead) = self
                        .answer_ahead(form, draft, text, Naming::InSentence, &lang, today)
                        .filter(|ahead| !draft.answered_here(&ahead.field.id)) =>
            {
                self.take_ahead(session, form_id, ahead, ctx, reply)
            }
            // "Was ist ein Aktenzeichen?", "когда мне придут деньги?": a question, at a
            // question that is not free text, is kept for the office.
            Err(_) if self.is_a_question(text) => {
                self.on_question(session, form_id, field, text, ctx, reply)
            }
            // "وكمان بدي اسأل عن كورس الماني" (and I want to ask about a German course too) at
            // the passport's photo got "Please send a photo", and the words were lost (an
            // Arabic field test): a message there is kept for the office.
            Err(_)
                if matches!(field.kind, FieldKind::Photos { .. })
                    && a_message_at_a_photo(draft, step, text) =>
            {
                self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply)
            }
            // "rückforderung 350 euro" (they want 350 euro back) at the Sozialamt's list of
            // topics got "choose one of the options", and the words were lost (field test AW
            // of stop 69): words with a number at a list are kept for the office.
            Err(_)
                if step == FieldStep::Main
                    && matches!(field.kind, FieldKind::Choice { other: None, .. })
                    && has_digit(text)
                    && words_with_letters(text).len() >= 2
                    && !kept_before(draft, text) =>
            {
                self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply)
            }
            // "yok. Eşim Mehmet Yılmaz ve oğlum Can (5 yaşında) de benimle taşındı" (none; my
            // husband and my son, 5, moved with me) at the email got "This is not an email
            // address", and who moved in was lost (a field test of stop 62): a sentence
            // without an address, or without a number at the phone, is kept for the office.
            // So is a story too long for a short answer: the loss of a passport on a train,
            // told at the file number (50 letters), was refused as too long and lost (a
            // field test of stop 63).
            Err(refusal)
                if step == FieldStep::Main
                    && match field.kind {
                        FieldKind::Email => !text.contains('@'),
                        FieldKind::Phone => {
                            !has_digit(text) && refusal != Some(Refusal::PhoneInWords)
                        }
                        _ => matches!(refusal, Some(Refusal::TooLong { .. })),
                    }
                    // "هذا رقم زوجتي" (this is my wife's number) right after the phone got
                    // "This is not an email address", and whose number it was was lost (a
                    // field test of stop 64): shorter where it names a relative.
                    && (words_with_letters(text).len() >= 5
                        || (words_with_letters(text).len() >= 2
                            && !matches!(refusal, Some(Refusal::TooLong { .. }))
                            && self.names_another_person(text)))
                    && !kept_before(draft, text) =>
            {
                self.keep_for_office(session, form_id, text, Kept::Message, ctx, reply)
            }
            Err(refusal) => {
                let draft = session.drafts.get_mut(form_id);
                // Persian field test: the next answer ("افغانستان") typed under the offered
                // Gregorian date took the offer away, and the date had to be converted again.
                // What is no date leaves the offer; a new date replaces or clears it.
                let still_offered = draft
                    .as_ref()
                    .and_then(|draft| draft.suggested_date)
                    .filter(|_| {
                        refusal == Some(Refusal::DateUnreadable)
                            && !values::tries_a_date(text, self.content.locales.date_words())
                    });
                if let Some(draft) = draft {
                    // The date meant, offered as a button below the question ("✓ 15.03.1991").
                    draft.suggested_date =
                        refusal.and_then(Refusal::suggested_date).or(still_offered);
                    if matches!(refusal, Some(Refusal::SolarHijri { .. })) {
                        draft.suggested_from = Some(text.trim().to_string());
                    } else if still_offered.is_none() {
                        draft.suggested_from = None;
                    }
                }
                // "15" under the nationality's twelve buttons: which numbers there are.
                let numbers = refusal
                    .is_none()
                    .then(|| self.number_range_note(&self.prompt(session, ctx), text, &lang))
                    .flatten();
                reply.note(match (still_offered, numbers) {
                    (Some(date), _) => self.ta(
                        &lang,
                        "error-date-still-offered",
                        &[("date", date.shown().into())],
                    ),
                    (None, Some(numbers)) => numbers,
                    // "Mo7ammed", "al 7assan": Arabic written with digits for its letters (a
                    // field test of stop 62 got "A name cannot contain numbers", and no way
                    // on): the name as a passport spells it, to write so.
                    (None, None)
                        if refusal == Some(Refusal::NameWithDigit)
                            && let Some(name) = script::arabizi_name(text) =>
                    {
                        self.ta(&lang, "error-name-arabizi", &[("name", name.into())])
                    }
                    (None, None) => self.refusal_text(refusal, &lang),
                });
                self.reprompt(session, ctx, reply);
            }
        }
    }

    /// `year` of the Persian calendar ([`values::persian_year`]), with the Gregorian year
    /// of the middle of the Persian month `text` names ("اسفند ۱۳۶۹", "1369 esfand": 1991;
    /// a field test got 1990, the year most of 1369 falls in).
    fn persian_year(&self, year: i32, text: &str) -> Option<Refusal> {
        let refusal = values::persian_year(year)?;
        let month = self.month_named(text, Calendar::Persian);
        Some(
            match month.and_then(|month| values::persian_to_gregorian(year, month, 15)) {
                Some(middle) => Refusal::PersianYear {
                    year,
                    gregorian: chrono::Datelike::year(&middle),
                },
                None => refusal,
            },
        )
    }

    /// The month of `calendar` that `text` names by a word ("März", "march", "مارس";
    /// "اسفند", "esfand"), if one.
    fn month_named(&self, text: &str, calendar: Calendar) -> Option<u32> {
        let date_words = self.content.locales.date_words();
        words::tokens(text).iter().find_map(|word| {
            date_words
                .month(word)
                .filter(|month| month.calendar == calendar)
                .map(|month| month.number)
        })
    }

    /// A question typed where an answer is asked ("Was ist ein Nachname?", "شو لازم جيب
    /// معي", what must I bring): a question mark after two words or more, or three words or
    /// more starting with a word a question starts with (`questions` in words.txt).
    pub(super) fn is_a_question(&self, text: &str) -> bool {
        let tokens = words::tokens(text);
        let listed =
            |word: &String,
             list: fn(&words::LanguageWords) -> &std::collections::BTreeSet<String>| {
                self.content
                    .locales
                    .words()
                    .languages()
                    .any(|(_, words)| list(words).contains(word))
            };
        (tokens.len() >= 2 && text.contains(['?', '؟']))
            // "kimliğim yok sadece ausweis var olur mu" (I have no ID, only an Ausweis, is
            // that OK) at the birth date got "I cannot read this date" (a Turkish field
            // test): a question's last word, written small ("Nguyen Thi Mi" is a name).
            || (tokens.len() >= 3
                && text
                    .split_whitespace()
                    .last()
                    .is_some_and(|last| last.starts_with(char::is_lowercase))
                && tokens
                    .last()
                    .is_some_and(|last| listed(last, |words| &words.question_end)))
            || (tokens.len() >= 3
                && tokens.first().is_some_and(|first| {
                    self.content.locales.words().starts_with_a_question_word(text)
                        // "как в паспорте" (as in the passport), "як у паспорті": before a
                        // one-letter preposition the word compares; "ne telefonum ne
                        // e-postam var" (neither … nor) says it twice. No questions.
                        && tokens.get(1).is_some_and(|second| second.chars().count() > 1)
                        && !tokens.iter().skip(1).any(|token| token == first)
                }))
    }

    /// A question typed at `field`, a form's question that is not free text. About that
    /// question itself ("Was ist ein Nachname?", "Где найти номер дела?": its label named)
    /// where its text has a `.help` in this language: the help, and the question again (a
    /// German field test's question was sent to the office, which could only answer it
    /// after the request). Else kept for the office ([`Engine::keep_for_office`]).
    fn on_question(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        if self.sentence_names(&field.label, "typed", text)
            && let Some(help) = self.content.locales.attribute(&lang, &field.prompt, "help")
        {
            reply.note(help);
            return self.reprompt(session, ctx, reply);
        }
        if self.answered_office_question(form_id, text, &lang, ctx.local_now(), reply) {
            return self.reprompt(session, ctx, reply);
        }
        // "How do I get Kindergeld?" in the immigration office's form was only sent to that
        // office, which does not pay it, though a page says who does (a field test): the
        // page the question names, and the question still goes to the office.
        if self.note_page_for(text, &lang, ctx.local_now(), reply) {
            self.keep_line_saying(session, form_id, text, "form-question-kept-too", ctx, reply);
            return self.reprompt(session, ctx, reply);
        }
        self.keep_for_office(session, form_id, text, Kept::Question, ctx, reply)
    }

    /// "This may answer it (…):" and the page a text typed in a form names
    /// ([`Self::page_for_question`]), in `lang`; whether there was one.
    pub(super) fn note_page_for(
        &self,
        text: &str,
        lang: &str,
        now: NaiveDateTime,
        reply: &mut Reply,
    ) -> bool {
        let Some((label, page)) = self.page_for_question(text, lang, now) else {
            return false;
        };
        reply.note(self.ta(lang, "form-question-page", &[("page", label.into())]));
        reply.note(page);
        true
    }

    /// The label and text of the information page (not a menu or form) that a question
    /// names from the main menu, in `lang`.
    fn page_for_question(
        &self,
        text: &str,
        lang: &str,
        now: NaiveDateTime,
    ) -> Option<(String, String)> {
        let flow = &self.content.flow;
        let path = self
            .find_topic(&flow.start, &super::topics::Sentence::prepared(text), lang)
            .one()?;
        let node = flow.node(&path.target)?;
        let NodeKind::Page { text: page, .. } = &node.kind else {
            return None;
        };
        let label = self
            .topics_below(&flow.start)
            .iter()
            .find(|(_, below)| below.target == path.target)
            .map(|(label, _)| self.t(lang, label))?;
        // With the offices it shows: "where is the town hall?" in a form got the page of
        // the offices without a single address (a field test of stop 58).
        Some((label, self.page_text(node, page, lang, now)))
    }

    /// "Wann hat das Bürgerbüro geöffnet?" in its form was kept as a question for the
    /// office, which takes days to answer what the flow knows: a question about when the
    /// form's office is open (`office-in-form`'s `.asked`) gets its name, address and
    /// hours. `false` where the text asks something else or the office has neither.
    fn answered_office_question(
        &self,
        form_id: &str,
        text: &str,
        lang: &str,
        now: NaiveDateTime,
        reply: &mut Reply,
    ) -> bool {
        let Some(office) = self
            .form_office(form_id)
            .filter(|office| office.can_be_visited())
        else {
            return false;
        };
        if !self.sentence_names("office-in-form", "asked", text) {
            return false;
        }
        reply.note(self.ta(
            lang,
            "office-in-form",
            &[("office", self.office_text(office, lang, now).into())],
        ));
        true
    }

    /// `address` with its house number in digits where it was said as a word right after the
    /// street ("Bahnhofstrasse sieben Hohenhausen", as voice typing writes it: a field test
    /// of stop 65 was asked for the number, and the office got "Bahnhofstrasse sieben
    /// Hohenhausen 7"). Only without a digit in it, and only one to ten (`dates.txt`).
    fn house_number_in_digits(&self, address: &str) -> String {
        if has_digit(address) {
            return address.to_string();
        }
        let dates = self.content.locales.date_words();
        let pieces: Vec<&str> = address.split_whitespace().collect();
        let mut changed = false;
        let written: Vec<String> = pieces
            .iter()
            .enumerate()
            .map(|(at, piece)| {
                let word = words::fold(piece.trim_matches(|c: char| !c.is_alphanumeric()));
                let after_street = at
                    .checked_sub(1)
                    .and_then(|before| pieces.get(before))
                    .is_some_and(|before| values::names_a_street(before));
                match dates.number(&word) {
                    Some(number) if after_street && !changed => {
                        changed = true;
                        // Its sign after it stays: "sieben," is "7,".
                        let word_end = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
                        let trailing = piece.get(word_end.len()..).unwrap_or_default();
                        format!("{number}{trailing}")
                    }
                    _ => piece.to_string(),
                }
            })
            .collect();
        written.join(" ")
    }

    /// Whether folded `word` is a place of the municipality (`places` in the flow: "talle",
    /// "kalletal").
    fn is_a_place(&self, word: &str) -> bool {
        self.content
            .flow
            .places
            .iter()
            .any(|place| words::fold(place) == word)
    }

    /// Whether `text` is only a place of the municipality, or places joined by a dash or
    /// a space ("Talle", "Kalletal-Bavenhausen"), without a street.
    pub(super) fn only_a_place(&self, text: &str) -> bool {
        let folded = words::fold(text.trim().trim_matches(|c: char| !c.is_alphanumeric()));
        !folded.is_empty()
            && (self.is_a_place(&folded)
                || folded
                    .split(['-', ' '])
                    .filter(|part| !part.is_empty())
                    .all(|part| self.is_a_place(part)))
    }

    /// `address` in the place alone typed before it, where that is asked about (`step`
    /// `WordAsAnswer`, the place in `draft`'s `pending_original`): "Talle", then "Am Bach
    /// 3" is "Am Bach 3, Talle". `None` where no place alone was typed, or `address` is a
    /// place or names it already.
    fn in_the_place_asked(
        &self,
        draft: Option<&Draft>,
        step: FieldStep,
        address: &str,
    ) -> Option<String> {
        let place = draft?.pending_original.as_deref()?;
        (step == FieldStep::WordAsAnswer
            && self.only_a_place(place)
            && !self.only_a_place(address)
            && !words::fold(address).contains(&words::fold(place)))
        .then(|| format!("{address}, {place}"))
    }

    /// A street and the place after it, without a comma between ("Rintelner Straße in
    /// Hohenhausen", "Lindenweg Talle"): the street (without a small word such as "in"
    /// before the place) and the place. `None` where the address does not end in a place
    /// or holds nothing before it.
    fn street_and_place(&self, address: &str) -> Option<(String, String)> {
        if address.contains([',', '،']) {
            return None;
        }
        let words: Vec<&str> = address.split_whitespace().collect();
        (1..=2).find_map(|count| {
            let at = words.len().checked_sub(count)?;
            let place = words.get(at..)?.join(" ");
            if !self.only_a_place(&place) {
                return None;
            }
            let mut street = words.get(..at)?.to_vec();
            while street.len() > 1
                && street.last().is_some_and(|word| {
                    self.content
                        .locales
                        .words()
                        .is_common_word(&words::fold_phrase(word))
                })
            {
                street.pop();
            }
            (!street.is_empty() && !self.only_a_place(&street.join(" ")))
                .then(|| (street.join(" "), place))
        })
    }

    /// An address in Latin letters that goes on after its place ("Im Winkel 3 Westorf em ji
    /// roja duyemîn a vê mehê li vir in", we are here since the second of this month): the
    /// address up to the place (with a postcode or "Kalletal" after it), and the words
    /// after it where they are three or more without a digit, which the office gets as the
    /// person's words. A field test of stop 65 sent the whole line as the address.
    /// The words of a phone number's label alone after it ("w ra2m", and the number: its
    /// number was taken ahead) are left out. Shorter words stay with the address ("Wohnung
    /// 3", "bei Müller"). `None` where the address has no house number before its place.
    fn address_then_words(&self, text: &str) -> Option<(String, Option<String>)> {
        let is_place = |word: &str| {
            let word = words::fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
            !word.is_empty()
                && (self.is_a_place(&word) || word.split('-').any(|part| self.is_a_place(part)))
        };
        let is_postcode = |word: &str| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            word.len() == 5 && word.chars().all(|c| c.is_ascii_digit())
        };
        let pieces: Vec<&str> = text.split_whitespace().collect();
        let numbered = pieces.iter().position(|word| has_digit(word))?;
        let place = numbered
            + pieces
                .iter()
                .skip(numbered)
                .position(|word| is_place(word))?;
        let end = place
            + pieces
                .iter()
                .skip(place)
                .take_while(|word| is_place(word) || is_postcode(word))
                .count();
        let after: Vec<&str> = pieces.get(end..).unwrap_or_default().to_vec();
        if after.is_empty() {
            return None;
        }
        let address = pieces.get(..end)?.join(" ");
        let address = address
            .trim_end_matches([',', ';', '.', '-', ':'])
            .to_string();
        let dates = self.content.locales.date_words();
        let letters = after
            .iter()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .count();
        let after_text = after.join(" ");
        if after.len() <= 2
            && after.iter().all(|word| {
                let folded = words::fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
                self.is_phone_label(&folded) || dates.is_and(&folded)
            })
        {
            return Some((address, None));
        }
        (letters >= 3 && !has_digit(&after_text)).then(|| {
            let after_text = after_text
                .trim_start_matches([',', ';', '.', '-', ':', ' '])
                .to_string();
            (address, Some(after_text))
        })
    }

    /// An address in Latin letters but for a word for "street" before it in another script
    /// ("вул. Bahnhofstr 7, Kalletal Varenholz", a field test's was asked for again in
    /// Latin letters): without that word. Any other address as it is.
    fn without_foreign_street_word(&self, address: String) -> String {
        let Some((first, rest)) = address.split_once(char::is_whitespace) else {
            return address;
        };
        let word = first.trim_end_matches(['.', ',', ':']);
        if !script::is_latin(word)
            && script::is_latin(rest)
            && rest.chars().any(char::is_alphabetic)
            && self
                .content
                .locales
                .words()
                .is_street_word(&crate::words::fold(word))
        {
            rest.trim().to_string()
        } else {
            address
        }
    }

    /// The digits of a number said digit by digit, as voice typing writes it: "null eins
    /// sieben drei vier vier vier fünf fünf sechs sechs", "ноль один пять …" (a field test
    /// of stop 64 sent it to the office as a message). Only where every word is a digit or
    /// a digit's word, and one is a word. Persian "نه" is nine there, and no elsewhere: a
    /// number said so is no "no" at the phone question (a field test of stop 65).
    fn spoken_digits(&self, text: &str) -> Option<String> {
        let dates = self.content.locales.date_words();
        let pieces = words::tokens_and_numbers(text);
        pieces
            .iter()
            .map(|word| {
                if word.chars().all(|c| c.is_ascii_digit()) {
                    Some(word.clone())
                } else {
                    dates.digit(word).map(|digit| digit.to_string())
                }
            })
            .collect::<Option<Vec<String>>>()
            .map(|digits| digits.concat())
            .filter(|digits| {
                (6..=15).contains(&digits.len())
                    && pieces
                        .iter()
                        .any(|word| !word.chars().all(|c| c.is_ascii_digit()))
            })
    }

    /// The one run of six to fifteen digits said word by word in `text` beside other words
    /// ("my number zero one five …, call me"), with the words outside it; `None` where there
    /// is no such run or more than one.
    fn spoken_digits_among_words(&self, text: &str) -> Option<(String, String)> {
        let dates = self.content.locales.date_words();
        let tokens = words::tokens(text);
        let mut runs: Vec<(usize, usize, String)> = Vec::new();
        let mut current: Option<(usize, String)> = None;
        for (at, word) in tokens.iter().enumerate() {
            match (dates.digit(word), current.as_mut()) {
                (Some(digit), Some((_, digits))) => digits.push_str(&digit.to_string()),
                (Some(digit), None) => current = Some((at, digit.to_string())),
                (None, _) => {
                    if let Some((start, digits)) = current.take() {
                        runs.push((start, at, digits));
                    }
                }
            }
        }
        if let Some((start, digits)) = current.take() {
            runs.push((start, tokens.len(), digits));
        }
        // Other digits said apart from it make the number unsure ("ноль сто семьдесят пять
        // три три …": the hundreds and tens are no digit words); a lone "a" (one) is none.
        let (long, other): (Vec<_>, Vec<_>) = runs
            .into_iter()
            .partition(|(_, _, digits)| (6..=15).contains(&digits.len()));
        if other
            .iter()
            .any(|(_, _, digits)| digits.len() > 1 || digits.as_str() == "0")
        {
            return None;
        }
        let [(start, end, digits)] = long.as_slice() else {
            return None;
        };
        let rest: Vec<&str> = tokens
            .iter()
            .enumerate()
            .filter(|(at, _)| !(*start..*end).contains(at))
            .map(|(_, word)| word.as_str())
            .collect();
        Some((digits.clone(), rest.join(" ")))
    }

    /// A phone answer read from `text`, with what was written around the number that the
    /// office should know: whose number it is ("hevalê min", my friend's), when to call
    /// ("ab 18 Uhr"). Words before it that only name it ("Handy:", "Meine neue
    /// Telefonnummer ist": each a word of `label-phone`'s `.typed` or of a `phone_label`
    /// list, or a yes or no) are left out.
    fn phone_answer(&self, text: &str) -> Result<Answer, Refusal> {
        // The country code is put in after the words around the number were found by its
        // digits as typed.
        Ok(match self.phone_answer_as_typed(text)? {
            Answer::Phone(number) => Answer::Phone(values::with_country_code(&number)),
            Answer::PhoneWithNote { number, note } => Answer::PhoneWithNote {
                number: values::with_country_code(&number),
                note,
            },
            answer => answer,
        })
    }

    fn phone_answer_as_typed(&self, text: &str) -> Result<Answer, Refusal> {
        if let Some(digits) = self.spoken_digits(text) {
            return values::first_phone(&digits).map(Answer::Phone);
        }
        // "my number zero one five seven three four five six seven eight nine, call me not
        // her" was kept as a message, and the email read "Telefon: (keine Angabe)" (field
        // test BY of stop 75): the digits said in a row among other words, the words for
        // the office as typed.
        if !has_digit(text)
            && let Some((digits, rest)) = self.spoken_digits_among_words(text)
            && let Ok(number) = values::first_phone(&digits)
        {
            return Ok(if self.only_phone_labels(&rest) {
                Answer::Phone(number)
            } else {
                Answer::PhoneWithNote {
                    number,
                    note: text.trim().to_string(),
                }
            });
        }
        // "ноль сто семьдесят пять три три три …" (in groups, which the digit words above
        // do not read) was kept as a message for the office, and the number asked again
        // without a word of digits (field test BX of stop 75).
        let dates = self.content.locales.date_words();
        let tokens = words::tokens(text);
        let number_words = tokens
            .iter()
            .filter(|word| dates.number(word).is_some() || dates.digit(word).is_some())
            .count();
        if !has_digit(text) && number_words >= 3 && number_words * 2 >= tokens.len() {
            return Err(Refusal::PhoneInWords);
        }
        let number = values::first_phone(text)?;
        let (before, after) = values::words_around_phone(text, &number);
        // Words that only say what the number is: "my number is …", "нет, мой номер …",
        // "ja, meine Nummer ist …" (a yes or no answers the message before, not the office),
        // and after it where the verb comes last ("… است", is: a Persian field test got
        // "01523456789 (است)").
        // Not another number: "01761234567 / 01512345678" lost its second number, whose
        // words are none (a field test of stop 56).
        let only_labels = |words: &String| self.only_phone_labels(words);
        // "нуль один пять два 3344556", "sıfır beş yüz otuz iki 111 22 33": the number's
        // start in words, right before its digits.
        if before.as_ref().is_some_and(|words| {
            words::tokens(words)
                .last()
                .is_some_and(|word| dates.number(word).is_some())
        }) {
            return Err(Refusal::PhoneInWords);
        }
        let before = before.filter(|words| !only_labels(words));
        let after = after.filter(|words| !only_labels(words));
        let note = match (before, after) {
            (Some(before), Some(after)) => Some(format!("{before}; {after}")),
            (before, after) => before.or(after),
        };
        Ok(match note {
            Some(note) => Answer::PhoneWithNote { number, note },
            None => Answer::Phone(number),
        })
    }

    /// Whether `words` beside a phone number only say what it is ("my number is", "olacak",
    /// will be) or yes or no: no note for the office. Not another number.
    fn only_phone_labels(&self, words: &str) -> bool {
        !has_digit(words)
            && words::tokens(words).iter().all(|word| {
                self.is_phone_label(word)
                    || self.word_means(word, "button-yes")
                    || self.word_means(word, "button-no")
            })
    }

    /// Whether folded `word` says a phone number comes: a small word of its label ("my",
    /// "is") or the label as people type it ("tel", "Handy", "رقمي").
    fn is_phone_label(&self, word: &str) -> bool {
        self.content.locales.words().is_phone_label_word(word)
            || self.sentence_names("label-phone", "typed", word)
    }

    /// Whether `text` is a phone number with only words that say so: "tel. 0151 2345678",
    /// "Handy: 0151 …". At an address, where a house number and a postcode read together
    /// as a phone number among words, only such a part is a phone number ahead.
    fn labelled_phone_only(&self, text: &str) -> bool {
        words::tokens(text)
            .iter()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .all(|word| self.is_phone_label(word))
    }

    /// At the choice of which name is right ([`NameInBoth`]): the longer name's field and
    /// `text` as its name, where `text` is some of its words, in Latin letters.
    fn longer_name_retyped(
        &self,
        form: &Form,
        draft: &Draft,
        index: usize,
        text: &str,
        lang: &str,
    ) -> Option<(String, String)> {
        let both = name_in_both(form, draft, index)?;
        let longer = form.fields.get(both.longer)?;
        let FieldKind::Name { max_length } = longer.kind else {
            return None;
        };
        let longer_now = loose_key(short_name(draft.answers.get(&longer.id)?));
        let typed = loose_key(text);
        let typed_words: Vec<&str> = typed.split(' ').filter(|word| !word.is_empty()).collect();
        let longer_words: Vec<&str> = longer_now.split(' ').collect();
        // The name a button gives is that button's (it keeps the letters as first typed).
        (script::is_latin(text)
            && typed != loose_key(short_name(&both.shortened))
            && !typed_words.is_empty()
            && typed_words.len() < longer_words.len()
            && typed_words.iter().all(|word| longer_words.contains(word)))
        .then(|| values::name_in(text, max_length, lang).ok())
        .flatten()
        .map(|name| (longer.id.clone(), name))
    }

    /// A name typed in its own script and in Latin letters ("Коваленко Олена, Kovalenko
    /// Olena", "Haddad حداد"): the Latin words as typed, with the others as the original,
    /// where the Latin words spell them (the same consonants as their suggested spelling).
    fn name_in_both_scripts(&self, text: &str, max_length: usize, lang: &str) -> Option<Answer> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '/' | '(' | ')'))
            .filter(|word| !word.is_empty())
            .collect();
        let (latin, original): (Vec<&str>, Vec<&str>) =
            words.iter().partition(|word| script::is_latin(word));
        if latin.is_empty() || original.is_empty() || latin.len() != original.len() {
            return None;
        }
        let (latin, original) = (latin.join(" "), original.join(" "));
        let suggested =
            script::latin_suggestion(&original, lang, self.content.locales.name_spellings())?;
        if name_consonants(&suggested) != name_consonants(&latin) {
            return None;
        }
        let latin = values::name_in(&latin, max_length, lang).ok()?;
        Some(Answer::Name {
            original,
            latin: LatinSpelling::Typed(latin),
        })
    }

    /// Whether `text`, four words at most, only says a slip was made: a mistake's words
    /// (`gist = falsch` in the chat's language) or words of sorry ([`SLIP_WORDS`]), with
    /// nothing else than common words ("Moment falsch", "oh sorry", "ой, ошибка").
    fn says_a_slip(&self, text: &str, lang: &str) -> bool {
        let tokens = words::tokens(text);
        if tokens.is_empty() || tokens.len() > 4 || has_digit(text) {
            return false;
        }
        let word_lists = self.content.locales.words();
        let mut covered = vec![false; tokens.len()];
        let mut mistake = false;
        // "Moment falsch" in an Arabic chat: the words of a slip in German and English too.
        let places = [lang, "de", "en"]
            .into_iter()
            .flat_map(|code| word_lists.gist_places(&tokens, code));
        for (at, length, meaning) in places {
            if meaning == "falsch" {
                mistake = true;
                for seen in covered.iter_mut().skip(at).take(length) {
                    *seen = true;
                }
            }
        }
        let sorry = |token: &str| SLIP_WORDS.contains(&token);
        let said_sorry = tokens.iter().any(|token| sorry(token));
        (mistake || (said_sorry && tokens.len() >= 2))
            && tokens.iter().zip(&covered).all(|(token, seen)| {
                *seen
                    || sorry(token)
                    || word_lists.is_common_word(token)
                    || word_lists.is_name_end(token)
            })
    }

    /// "No time fits" as the appointment's answer, with `text` (why, or when the person can
    /// come) kept for the office where it was not kept before.
    fn no_time_fits(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        if session
            .drafts
            .get(form_id)
            .is_some_and(|draft| !kept_before(draft, text))
        {
            self.keep_words_too(session, form_id, field, text, ctx, reply);
        }
        self.answer(
            session,
            form_id,
            field,
            Answer::Choice(NO_TIME_FITS.to_string()),
            ctx,
            reply,
        )
    }

    /// Whether `word` (as typed) is the phone number's label as people type it ("tel",
    /// "Handy", "тел").
    fn names_the_phone(&self, word: &str) -> bool {
        words::tokens(word)
            .first()
            .is_some_and(|label| self.sentence_names("label-phone", "typed", label))
    }

    /// `clause` as two parts where a phone number with its label ends it ("32689 Kalletal
    /// tel. 0151 2345678"); as one else.
    fn labelled_phone_apart<'t>(&self, clause: &'t str) -> Vec<&'t str> {
        let mut at = 0;
        for word in clause.split_whitespace() {
            let start = clause[at..].find(word).map_or(at, |offset| at + offset);
            at = start + word.len();
            let (before, after) = clause.split_at(start);
            if !before.trim().is_empty()
                && self.names_the_phone(word)
                && self.labelled_phone_only(after)
                && values::first_phone(after).is_ok_and(|number| values::dialable(&number))
            {
                return vec![before.trim(), after];
            }
        }
        vec![clause]
    }

    /// Keeps `text` for the office: a question typed at a form's question that is not free
    /// text, or a message that answers nothing on screen (`Kept::Message`: a sentence at a
    /// name or a list). It goes with the answer of the form's first free-text question (the
    /// concern), added to it if it was given, else kept until it is ([`Draft::questions`]).
    /// The office can answer it; Kompass cannot. Then the question on screen again.
    fn keep_for_office(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        kind: Kept,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // "hello, did my request arrive?" at a question of this request, not yet sent, went
        // to the office inside it, and the person never learned it had not gone (field
        // test CG of stop 77): that it is not sent yet, and the question again.
        // A question of when ("сколько ждать ответа?") is the office's to answer.
        if kind == Kept::Question
            && self.asks_about_the_request(text)
            && !self.sentence_names("cmd-status", "when", text)
        {
            // Someone with a request sent before may mean that one: the list, as at the
            // summary (a field test of stop 77 got "not sent yet" alone).
            if !session.requests.is_empty() {
                reply.note(self.status(session, &lang, ctx.local_now()));
            }
            reply.note(self.t(&lang, "form-not-sent-yet-questions"));
            return self.reprompt(session, ctx, reply);
        }
        // A message that names a page gets it now, as a question does: "my child has
        // fever", "we have nowhere to sleep tonight" at a name were only kept for the
        // office, which reads them days later (a field test of stop 58).
        if kind != Kept::Question {
            self.note_page_for(text, &lang, ctx.local_now(), reply);
        }
        let kept = self.keep_line_for_office(session, form_id, text, ctx);
        // "Для мами" (for my mother) at the name: the request is hers, written by someone
        // else, and the office is told so (`email-for-relative`), as after a relative named
        // at the menu. Not where the form asks of the other person itself (a child's name).
        // A helper's person is no child of the writer's, whatever the form asks.
        let helper = self.content.locales.words().names_a_helper(text);
        let for_them = self
            .content
            .flow
            .form(form_id)
            .is_none_or(|form| form.is_for_someone_else(helper));
        if kind == Kept::ForSomeoneElse
            && kept
            && for_them
            && let by_helper = session.helper_named(helper)
            && let Some(draft) = session.drafts.get_mut(form_id)
        {
            draft.for_relative = true;
            draft.by_helper = by_helper;
            // The writer's own details from the last request, offered with a ✓, are not
            // the other person's.
            for id in std::mem::take(&mut draft.from_earlier) {
                draft.answers.remove(&id);
            }
        }
        let institution = self.form_office_name(form_id, &lang);
        // At the summary the question is in the request shown below it.
        let reviewing = session
            .drafts
            .get(form_id)
            .is_some_and(|draft| draft.position == Position::Review);
        let institution = [("institution", institution.into())];
        reply.note(match (kind, kept, reviewing) {
            (Kept::Question, true, false) => self.ta(&lang, "form-question-kept", &institution),
            (Kept::Question, true, true) => self.ta(&lang, "form-question-added", &institution),
            (Kept::Question, false, _) => self.t(&lang, "form-question-not-answer"),
            (Kept::Message, true, _) => self.ta(&lang, "form-message-kept", &institution),
            // "ابني اسمه عمر" (my son is called Omar) at the Kita question's family name was
            // told to answer for the son, and the mother typed his name as hers (field test
            // AX of stop 69): where the form asks of the other person itself, after.
            (Kept::ForSomeoneElse, true, _) if !for_them => {
                self.ta(&lang, "form-child-later", &institution)
            }
            (Kept::ForSomeoneElse, true, _) => {
                self.ta(&lang, "form-for-someone-else", &institution)
            }
            (Kept::TwoPeople, true, _) => self.ta(&lang, "form-one-person-here", &institution),
            // Too long for the request's notes: said so, not "choose an option" (a field
            // test of stop 59 pasted 3,000 characters at a name).
            (Kept::Message | Kept::ForSomeoneElse | Kept::TwoPeople, false, _)
                if let Some(FieldKind::Text { max_length }) =
                    self.free_text_field(form_id).map(|field| &field.kind)
                    && text.trim().chars().count() > *max_length =>
            {
                self.ta(
                    &lang,
                    "error-text-too-long",
                    &[("max", (*max_length).into())],
                )
            }
            (Kept::Message | Kept::ForSomeoneElse | Kept::TwoPeople, false, _) => {
                self.t(&lang, "error-choose-option")
            }
        });
        self.reprompt(session, ctx, reply)
    }

    /// The request is another person's, said after the writer answered the questions of
    /// who the person is for themselves: `text` goes to the office, those answers are
    /// dropped, and their questions are asked again, of the other person.
    fn ask_again_for_someone_else(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(form) = self.content.flow.form(form_id) else {
            return self.leave(session, ctx, reply);
        };
        self.keep_line_for_office(session, form_id, text, ctx);
        // The writer's own details, dropped below, go to the office too: whom to ask for on
        // the phone (field test CD of stop 76 read only "someone else wrote").
        let office_lang = self.form_office_language(form_id, &lang);
        let own: Vec<String> = session
            .drafts
            .get(form_id)
            .map(|draft| {
                form.fields
                    .iter()
                    .filter(|field| draft.says_who_the_person_is(field))
                    .filter_map(|field| {
                        let answer = draft.answers.get(&field.id)?;
                        Some(self.labelled_answer(field, answer, &office_lang))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if !own.is_empty() {
            let line = strip_bidi_marks(&self.ta(
                &office_lang,
                "office-writer-details",
                &[("words", own.join(", ").into())],
            ));
            self.keep_line_for_office(session, form_id, &line, ctx);
        }
        let by_helper = session.helper_named(self.content.locales.words().names_a_helper(text));
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        draft.for_relative = true;
        draft.by_helper = by_helper;
        draft.person_answered_as_own = false;
        let mut first = None;
        for (at, field) in form.fields.iter().enumerate() {
            if field.is_about_the_person() && draft.answers.remove(&field.id).is_some() {
                first.get_or_insert(at);
                draft.given.retain(|id| *id != field.id);
                draft.from_earlier.retain(|id| *id != field.id);
            }
        }
        if let Some(first) = first {
            draft.position = Position::Field {
                index: first,
                correcting: false,
                step: FieldStep::Main,
            };
            draft.resume_at = None;
            draft.pending_original = None;
        }
        draft.updated = ctx.now;
        let institution = self.form_office_name(form_id, &lang);
        reply.note(self.ta(
            &lang,
            "form-asked-again-for-someone",
            &[("institution", institution.into())],
        ));
        self.reprompt(session, ctx, reply);
    }

    /// Keeps `text` with the request ([`Self::keep_line_for_office`]) and, where it was
    /// kept, says so with message `id`, which names the form's office.
    pub(super) fn keep_line_saying(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        id: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        if self.keep_line_for_office(session, form_id, text, ctx) {
            let lang = self.lang(session, ctx);
            let institution = self.form_office_name(form_id, &lang);
            reply.note(self.ta(&lang, id, &[("institution", institution.into())]));
        }
    }

    /// Keeps a sentence typed at the summary with the request where it says more than
    /// which answer to change (six words or more): "Ой, заявка должна быть на мужа! Его
    /// зовут Ivanov Sergei, родился 03.03.1984" lost all but the birth date (a field test
    /// of stop 65).
    /// Whether a sentence that corrects `field` to `answer` says more than that: three
    /// words or more that are no word of the answer, of the question's label, or short
    /// ("it", "is", "не").
    /// Not the question's label or its `.typed` phrases, nor words for wrong (`gist =
    /// falsch`): "the moving in date is wrong, it was 02.12.2026" went to the notes, where
    /// the office read "falsch, 02.12.2026" beside the corrected date (field test CW of
    /// stop 81).
    fn says_more_than_the_answer(
        &self,
        field: &Field,
        answer: &Answer,
        text: &str,
        lang: &str,
    ) -> bool {
        let answer_words = latin_name_of(answer).map(words::tokens).unwrap_or_default();
        let label_words = words::tokens(&self.t(lang, &field.label));
        let rest =
            self.without_phrases_named(&field.label, "typed", &super::topics::Sentence::new(text));
        let wrong = crate::gist::Said::Meaning("falsch".into());
        words::tokens(&rest)
            .iter()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .filter(|word| word.chars().count() > 3)
            .filter(|word| !answer_words.contains(word))
            .filter(|word| !label_words.contains(word))
            .filter(|word| !self.sentence_names(&field.label, "typed", word))
            .filter(|word| !self.said_in_any(word, lang).contains(&wrong))
            .count()
            >= 3
    }

    fn keep_a_long_correction(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        if words_with_letters(text).len() >= 6 {
            self.keep_line_saying(session, form_id, text, "form-message-kept-too", ctx, reply);
        }
    }

    /// Keeps `text`, said beside an answer, with the request, and says so ("I will also
    /// send your words").
    /// Words said at the appointment or the interpreter question are about its answer:
    /// they are taken out again when it is answered differently ([`Draft::beside`]).
    fn keep_words_too(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        text: &str,
        ctx: &StepContext<'_>,
        reply: &mut Reply,
    ) {
        let said_before = session
            .drafts
            .get(form_id)
            .is_some_and(|draft| kept_before(draft, text));
        self.keep_line_saying(session, form_id, text, "form-message-kept-too", ctx, reply);
        if !said_before
            && matches!(
                field.kind,
                FieldKind::Appointment { .. } | FieldKind::Interpreter | FieldKind::Choice { .. }
            )
            && let Some(draft) = session.drafts.get_mut(form_id)
            && kept_before(draft, text)
        {
            draft.beside.push(WordsBeside {
                field: field.id.clone(),
                line: text.trim().to_string(),
                settled: false,
            });
        }
    }

    /// Keeps `text` with the request: added to the answer of the form's first free-text
    /// question (the concern) if it was given, else kept until it is ([`Draft::questions`]).
    /// `false` where the form has no such question or the text is longer than its answers.
    fn keep_line_for_office(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> bool {
        let free_text = self
            .free_text_field(form_id)
            .and_then(|field| match field.kind {
                FieldKind::Text { max_length } => Some((field, max_length)),
                _ => None,
            });
        let question = text.trim();
        match (free_text, session.drafts.get_mut(form_id)) {
            (Some((field, max_length)), Some(draft)) if question.chars().count() <= max_length => {
                // After the person's own words, in the order said: a side answer at the
                // interpreter question stood above the request (a field test).
                match draft.answers.get_mut(&field.id) {
                    Some(Answer::Text(answer) | Answer::Voice { text: answer, .. }) => {
                        if !answer.contains(question) {
                            *answer = if answer.trim().is_empty() {
                                question.to_string()
                            } else {
                                format!("{answer}\n{question}")
                            };
                        }
                    }
                    Some(_) => {
                        draft
                            .answers
                            .insert(field.id.clone(), Answer::Text(question.into()));
                    }
                    None if draft.questions.iter().any(|kept| kept == question) => {}
                    None => draft.questions.push(question.to_string()),
                }
                draft.updated = ctx.now;
                true
            }
            _ => false,
        }
    }

    /// An appointment wish within the opening hours of the form's office, with the hour
    /// `hours` names ("after 3", "Donnerstag 17 Uhr"; it was lost): the days it is closed
    /// then left out ("Saturday or Monday" is Monday), and of an hour it is open on some
    /// days only, those days ("after 3" at an office open on Thursday afternoons is
    /// Thursday); `None` when it is never open then (the question says when it is).
    /// Other answers as they are.
    fn within_office_hours(
        &self,
        form_id: &str,
        field: &Field,
        answer: Answer,
        hours: &values::AppointmentHours,
    ) -> Option<Answer> {
        let FieldKind::Appointment { options } = &field.kind else {
            return Some(answer);
        };
        // An hour at a part of the day other than the one named is of a reason:
        // "صباحا لان الساعه ٣ اجيب الولاد من المدرسه" (mornings, because at 3 I fetch the
        // children from school) was Thursday 15:00, the one time she cannot come (field
        // test AZ of stop 69). The part of the day stays; the words go to the office.
        let named_part = match &answer {
            Answer::Choice(time) | Answer::Appointment { time, .. } => Some(time.as_str()),
            _ => None,
        };
        let hour = hours.named_hour().filter(|hour| {
            let noon = 12 * 60;
            hour.relation != crate::answers::HourRelation::At
                || match named_part {
                    Some("mornings") => hour.minutes < noon,
                    Some("afternoons") => hour.minutes >= noon,
                    _ => true,
                }
        });
        // With an hour, any time: the hour says when, and a part of the day beside it may
        // not hold it ("بعد الظهر الساعة 5", in the afternoon at 5, was "Afternoons
        // (12–16), at 17:00", a field test).
        let with_hour = |time: String| {
            if options.iter().any(|option| option.value == ANY_TIME) {
                ANY_TIME.to_string()
            } else {
                time
            }
        };
        let answer = match (answer, hour) {
            (Answer::Choice(time), Some(_)) => Answer::Appointment {
                time: with_hour(time),
                weekdays: Vec::new(),
                hour,
            },
            (Answer::Appointment { time, weekdays, .. }, Some(_)) => Answer::Appointment {
                time: with_hour(time),
                weekdays,
                hour,
            },
            (answer, _) => answer,
        };
        let Some(office) = self.form_office(form_id) else {
            return Some(answer);
        };
        match answer {
            Answer::Choice(time) if !office.open_for(None, &time) => None,
            Answer::Appointment {
                time,
                weekdays,
                hour,
            } => {
                let open_then = hour.map(|hour| {
                    let (from, to) = hour.window();
                    office.days_open_between(from, to)
                });
                let open_at_time = |day: &u8| {
                    office.open_for(Some(*day), &time)
                        && open_then.as_ref().is_none_or(|days| days.contains(day))
                };
                let open: Vec<u8> = if weekdays.is_empty() {
                    // No day named: of an hour the office is open on some days only, those
                    // days.
                    let days: Vec<u8> = (1..=7).filter(open_at_time).collect();
                    if days.is_empty() {
                        return None;
                    }
                    if days.len() < office.days_open_between(0, 24 * 60).len() {
                        days
                    } else {
                        Vec::new()
                    }
                } else {
                    let open: Vec<u8> = weekdays.into_iter().filter(open_at_time).collect();
                    if open.is_empty() {
                        return None;
                    }
                    open
                };
                Some(Answer::Appointment {
                    time,
                    weekdays: open,
                    hour,
                })
            }
            answer => Some(answer),
        }
    }

    /// Whether the form's office is open at the hour of `hours`, on a day `text` names
    /// (`on_named_days`) or any day: "Thursday at 5 pm" at an office open until 17:30 that
    /// day was refused as "closed in the evening" (a field test).
    fn open_at_named_hour(
        &self,
        form_id: &str,
        hours: &values::AppointmentHours,
        text: &str,
        on_named_days: bool,
    ) -> bool {
        let Some((from, to)) = hours.named_hour().map(|hour| hour.window()) else {
            return false;
        };
        let Some(office) = self.form_office(form_id) else {
            return false;
        };
        let weekdays = if on_named_days {
            values::weekdays(text, self.content.locales.date_words())
        } else {
            Vec::new()
        };
        office
            .days_open_between(from, to)
            .iter()
            .any(|day| weekdays.is_empty() || weekdays.contains(day))
    }

    /// The office form `form_id` goes to.
    /// Whether a sentence at a name question says it is written for another person: a
    /// relative or a helper's person by `text` (without a name's intro and labels: "اسم
    /// عائلتي", my family's name, is a label), or a helper by the words `as_typed` ("Ich bin
    /// ehrenamtliche Helferin …" begins with a name's intro).
    fn for_someone_else_at_name(&self, text: &str, as_typed: &str) -> bool {
        let words = self.content.locales.words();
        // "die anmeldung ist für meine frau nicht für mich" names no relative by a word of
        // its own ("Frau" is Mrs too), but says whose the request is (field test CD of
        // stop 76 got "I send your message" and the writer's own questions).
        self.writes_for_another(text)
            || words.names_a_helper(as_typed)
            || words.says_who_writes(as_typed)
            || words.says_the_answers_were_mine(as_typed)
    }

    /// `name` without a word of no before it ("لا، العلي", "نه، حسینی", "no, Haddad"); as it
    /// is where that word is all of it.
    fn without_leading_no(&self, name: &str) -> String {
        let trimmed = name.trim();
        let Some((first, rest)) = trimmed.split_once([',', '،', ' ']) else {
            return trimmed.to_string();
        };
        let rest = rest.trim_start_matches([',', '،', ' ']).trim();
        if self.any_word_means(&[first.to_string()], &WORDS_OF_NO) && !rest.is_empty() {
            rest.to_string()
        } else {
            trimmed.to_string()
        }
    }

    /// That the office of `form_id` is closed at the time named, with the hours it is open:
    /// "Donnerstag um drei" at an office open 9–12 got the note alone (field test BK of stop
    /// 71).
    fn note_office_closed(&self, form_id: &str, lang: &str, reply: &mut Reply) {
        reply.note(self.t(lang, "appointment-office-closed"));
        if let Some(hours) = self
            .form_office(form_id)
            .and_then(|office| self.hours_text(office, lang))
        {
            reply.note(hours);
        }
    }

    fn form_office(&self, form_id: &str) -> Option<&Institution> {
        let flow = &self.content.flow;
        flow.form(form_id)
            .and_then(|form| flow.institution(&form.institution))
    }

    /// The sentence of `text` after its first that says a name with its words ("اسمه احمد
    /// الخليل", his name is …), where the first says who writes or names another person.
    fn name_said_later(&self, text: &str, lang: &str) -> Option<String> {
        let words = self.content.locales.words();
        let mut clauses = text
            .split(['.', '!', '?', '؟', '\n', '،', ',', ';', '؛'])
            .map(str::trim)
            .filter(|clause| !clause.is_empty());
        let first = clauses.next()?;
        // "انا بنته" (I am his daughter) says who writes, no name; "Al Hassan, first name
        // Ali" says one name, and the other after its words.
        if !words.says_who_writes(first) && !self.names_another_person(first) {
            return None;
        }
        clauses
            .find(|clause| words.without_name_intro_in(clause, Some(lang)).is_some())
            .map(str::to_string)
    }

    /// Whether `text` of three words or more names a month as listed: a date in words, no
    /// name ("двадцять третє квітня вісімдесят сьомого").
    fn a_date_in_words(&self, text: &str) -> bool {
        let tokens = words::tokens(text);
        let dates = self.content.locales.date_words();
        tokens.len() >= 3
            && tokens
                .iter()
                .any(|token| dates.month_named(token).is_some())
    }

    /// Whether `latin` could spell `original` (a name in its own script): their consonants,
    /// as the suggested spelling has them, agree in at least half of the longer's
    /// ("Щербаков" as "Scherbakow": 6 of 8; a date in words as "Kovalenko": 4 of 21).
    fn sounds_like(&self, original: &str, latin: &str, lang: &str) -> bool {
        // Latin words beside the original's own ("Ahmad الأحمد"): it cannot be told.
        if original.split_whitespace().any(script::is_latin) {
            return true;
        }
        let Some(spelled) =
            script::latin_suggestion(original, lang, self.content.locales.name_spellings())
        else {
            return true;
        };
        let (ours, theirs): (Vec<char>, Vec<char>) = (
            name_consonants(&spelled).chars().collect(),
            name_consonants(latin).chars().collect(),
        );
        let longer = ours.len().max(theirs.len());
        longer == 0 || common_subsequence(&ours, &theirs) * 2 >= longer
    }

    /// The words of `original` (a name in its own script) that `latin` spells, where `latin`
    /// spells fewer than all of them: the longest run of words whose suggested Latin
    /// spelling has the same consonants ("الأحمد" of "محمد الأحمد" for "Al Ahmad"; "عبد
    /// الله" is spelled "Abdullah"). `None` where it spells them all or no run fits.
    fn original_spelled(&self, original: &str, latin: &str, lang: &str) -> Option<String> {
        let words: Vec<&str> = original.split_whitespace().collect();
        // Latin words beside the original's own ("Haddad حداد"): the test below cannot tell
        // the original's words apart from them.
        if words.iter().any(|word| script::is_latin(word)) {
            return None;
        }
        let wanted = name_consonants(latin);
        if wanted.is_empty() {
            return None;
        }
        let spellings = self.content.locales.name_spellings();
        (1..words.len()).rev().find_map(|length| {
            words.windows(length).find_map(|run| {
                let run = run.join(" ");
                let spelled = script::latin_suggestion(&run, lang, spellings)?;
                (name_consonants(&spelled) == wanted).then_some(run)
            })
        })
    }

    /// The appointment's option `text` names (the words beside its hours): the one its first
    /// clause naming any names, up to a comma, a semicolon or a full stop; "thursday
    /// afternoon, in the morning I work", "perşembe öğleden sonra olur, sabah çocukları
    /// okula götürüyorum" (Thursday afternoon is fine, in the morning I take the children
    /// to school) were any time and the mornings (a field test of stop 62): the other part
    /// says why. Where that clause names several, what the whole text names.
    fn time_named<'a>(&self, options: &'a [ChoiceOption], text: &str) -> Named<&'a ChoiceOption> {
        for clause in text.split([',', ';', '.', '،', '؛']) {
            match self.option_named(options, clause) {
                Named::One(option) => return Named::One(option),
                Named::Several => break,
                Named::Nothing => {}
            }
        }
        self.option_named(options, text)
    }

    /// The language of the office form `form_id` goes to (`lang` where it has none).
    pub(super) fn form_office_language(&self, form_id: &str, lang: &str) -> String {
        self.form_office(form_id)
            .map_or_else(|| lang.to_string(), |office| office.email_language.clone())
    }

    /// The name newcomers read of the office form `form_id` goes to, in `lang`.
    fn form_office_name(&self, form_id: &str, lang: &str) -> String {
        self.form_office(form_id)
            .map_or_else(String::new, |office| self.t(lang, &office.label))
    }

    /// `text` without the words of the name of the office `form_id` writes to, in `lang`,
    /// German and English ("Jobcenter" of "Jobcenter Lippe").
    fn without_office_name(&self, form_id: &str, text: &str, lang: &str) -> String {
        let Some(office) = self.form_office(form_id) else {
            return text.to_string();
        };
        let names: Vec<String> = [lang, "de", "en"]
            .iter()
            .flat_map(|code| words::tokens(&self.t(code, &office.label)))
            .collect();
        words::tokens(text)
            .into_iter()
            .filter(|word| !names.contains(word))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The form's first free-text question (the concern), where what is kept for the office
    /// goes.
    fn free_text_field(&self, form_id: &str) -> Option<&Field> {
        self.content
            .flow
            .form(form_id)?
            .fields
            .iter()
            .find(|field| matches!(field.kind, FieldKind::Text { .. }))
    }

    /// What `field`'s question tells a person who says they have no passport or papers
    /// ("I don't have a passport", "нет паспорта", "پاسپورت ندارم": the phrases of
    /// `office-no-document`'s `.typed`): its prompt's `.no-document` in `lang`. `None` where
    /// the text says no such thing, or the question has no such note (a letter's photo).
    fn without_the_document(&self, field: &Field, text: &str, lang: &str) -> Option<String> {
        // The button "I do not have this paper" typed ("I don't have it", "у мене
        // немає": its label's start, its `.typed`) too: a field test of stop 68 got "send
        // the photo later" for them, and another answer for "no passport yet". Not with
        // me, at home: later, below. Only as the whole message: "у меня нет фото" (no
        // photo now) is later too.
        // Or the question's own words for its paper missing (`.missing`: "کارت اقامت گم
        // شده", the residence card is lost, at the permit's photos; a passport sent then
        // reached the office as `01-aufenthaltstitel.jpg`: field test CJ of stop 78).
        if !self.sentence_names("office-no-document", "typed", text)
            && !self.sentence_names(&field.prompt, "missing", text)
            && !self
                .option_spellings("button-no-paper")
                .contains(&loose_key(text))
        {
            return None;
        }
        self.content
            .locales
            .attribute(lang, &field.prompt, "no-document")
    }

    /// A person without the paper a question asks for: the question's `note`, and a line
    /// for the office in its own language with the person's words ("Nach eigener Angabe
    /// hat die Person keinen Pass oder Ausweis: …"), kept with the request as a question
    /// is. Then the question again: a name is still needed, and another paper's photo.
    fn keep_no_document(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        note: String,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        self.tell_office_no_document(session, form_id, text, ctx);
        reply.note(note);
        self.reprompt(session, ctx, reply)
    }

    /// A person who says they do not have the paper photo question `field` asks for (in
    /// words, or with its button): the question's `note` on what else to send, and the
    /// office told with `words`. Said again with no photo sent: no paper at all. Before,
    /// the note came again and again, and the request could not be sent; the office, told
    /// why, decides what to do.
    #[allow(clippy::too_many_arguments)]
    fn without_paper(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        words: &str,
        note: String,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        let photos = draft.answers.get(&field.id);
        if draft.without_papers.contains(&field.id)
            && photos.is_none_or(|photos| *photos == Answer::Photos(Vec::new()))
        {
            self.tell_office_no_document(session, form_id, words, ctx);
            reply.note(self.t(&lang, "photos-without-papers"));
            return self.answer(
                session,
                form_id,
                field,
                Answer::Photos(Vec::new()),
                ctx,
                reply,
            );
        }
        if !draft.without_papers.contains(&field.id) {
            draft.without_papers.push(field.id.clone());
        }
        // With no photo sent, the question itself now asks for another paper (its note):
        // said once, not the note and then "Please take a photo of your passport" again (a
        // field test of stop 68 read both, one after the other).
        if photo_count(draft, field) == 0 {
            self.tell_office_no_document(session, form_id, words, ctx);
            return self.reprompt(session, ctx, reply);
        }
        self.keep_no_document(session, form_id, words, note, ctx, reply)
    }

    /// The office's line, in its own language, that the person says they have no passport
    /// or papers, with their words: kept with the request as a question is.
    fn tell_office_no_document(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &StepContext<'_>,
    ) {
        let office_lang = self.form_office_language(form_id, &self.lang(session, ctx));
        let words = text.trim();
        // The button's own words ("Ich habe dieses Papier nicht") tell the office nothing
        // the photos' line does not ("Reisepass: keine: … nach eigener Angabe nicht", or
        // "wohl von einem anderen Papier"): the email said it twice (a field test of stop
        // 77). The person's own words go.
        if words == self.t(&office_lang, "button-no-paper") {
            return;
        }
        // Said twice ("I have no passport", then "I have no papers"): one line with both, not
        // two lines that each say it.
        if let Some((before, after)) = self.no_document_frame(&office_lang)
            && let Some(draft) = session.drafts.get_mut(form_id)
        {
            let answer = self.free_text_field(form_id).and_then(|field| {
                match draft.answers.get_mut(&field.id) {
                    Some(Answer::Text(answer)) => Some(answer),
                    _ => None,
                }
            });
            for kept in answer.into_iter().chain(draft.questions.iter_mut()) {
                let mut lines: Vec<String> = kept.split('\n').map(str::to_string).collect();
                let Some(line) = lines.iter_mut().find(|line| {
                    line.starts_with(before.as_str()) && line.ends_with(after.as_str())
                }) else {
                    continue;
                };
                if !line.contains(words) {
                    let said = line
                        .get(before.len()..line.len() - after.len())
                        .unwrap_or_default();
                    *line = format!("{before}{said} / {words}{after}");
                    *kept = lines.join("\n");
                    draft.updated = ctx.now;
                }
                return;
            }
        }
        // Without Fluent's isolation marks: the line is data of the request, as typed text is.
        let line = strip_bidi_marks(&self.ta(
            &office_lang,
            "office-no-document",
            &[("words", words.into())],
        ));
        self.keep_line_for_office(session, form_id, &line, ctx);
    }

    /// What a typed text meant, done as the press of the question's button `value` (the
    /// suggested spelling or date, Yes, No), so that it takes the button's path.
    fn press_answer(
        &self,
        session: &mut Session,
        index: usize,
        value: FieldButton,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let data = Action::Answer {
            field: index,
            value,
        }
        .encode();
        self.on_button(session, &data, ctx, reply)
    }

    /// Whether `text`, one word of four letters or more, is one slip from a word of the label
    /// of one of `ids` in one of `langs` ("Skipp", "Uberspringn", "Fertg", "Zurük").
    fn slip_of_a_label(&self, text: &str, langs: &[&str], ids: &[&str]) -> bool {
        let typed = loose_key(text);
        if typed.contains(' ') || typed.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            return false;
        }
        langs.iter().any(|lang| {
            ids.iter()
                .any(|id| inputs::one_slip_from(&loose_key(&self.t(lang, id)), &typed))
        })
    }

    /// Whether `word` (one word as typed) is a spelling of fixed text `id` in any language
    /// ([`Engine::typed_meanings`]).
    fn word_means(&self, word: &str, id: &str) -> bool {
        self.typed_meanings(&loose_key(word)).contains(&id)
    }

    /// Whether `text` says the person has none: a word of no or skip ("нет телефона"), or
    /// a phrase of `button-skip`'s `.typed` ("ما عندي رقم ملف", I have no file number; an
    /// Arabic field test got "This is not a number from the office").
    fn says_none(&self, text: &str) -> bool {
        self.any_word_means(&words::tokens(text), &["button-no", "button-skip"])
            || self.sentence_names("button-skip", "typed", text)
    }

    /// `text` without a phrase of its label's `.intro` (in any language) at its start, nor
    /// the ":" or "-" after it: "my address is", "adresim", "عنواني". As typed where it has
    /// none, or nothing follows.
    fn without_intro(&self, field: &Field, text: &str) -> String {
        let words: Vec<&str> = text.split_whitespace().collect();
        for spelling in self.intro_spellings(&field.label).iter() {
            if let Some(rest) = after_spelling(&words, spelling) {
                let rest = rest.join(" ");
                let rest = rest.trim_start_matches([':', '-', ',', ' ']);
                if !rest.is_empty() {
                    return rest.to_string();
                }
            }
        }
        text.to_string()
    }

    /// `text` without a spelling of `field`'s label in any language before it ("номер
    /// клиента 962D123456" is "962D123456"), nor the "no", "Nr." or ":" after that; as
    /// typed where it has none, or nothing with a digit follows.
    fn without_label_before(&self, field: &Field, text: &str) -> String {
        let words: Vec<&str> = text.split_whitespace().collect();
        for spelling in self.option_spellings(&field.label).iter() {
            let Some(mut rest) = after_spelling(&words, spelling) else {
                continue;
            };
            while let Some((first, after)) = rest.split_first()
                && [
                    "no",
                    "nr",
                    "№",
                    ":",
                    "-",
                    "номер",
                    "no:",
                    "nr:",
                    "nr.",
                    "no.",
                ]
                .contains(&first.to_lowercase().as_str())
            {
                rest = after;
            }
            let rest = rest.join(" ");
            let rest = rest.trim_start_matches([':', '-', ' ']);
            if values::normalize_digits(rest).contains(|c: char| c.is_ascii_digit()) {
                return rest.to_string();
            }
        }
        text.to_string()
    }

    /// `text` as typed where it is the label of a menu's option in any language, of two
    /// words or more ("Termin anfragen", "Request an appointment"): no name is that.
    fn menu_label_typed(&self, text: &str) -> Option<String> {
        if words::tokens(text).len() < 2 {
            return None;
        }
        // Every menu's labels in every language, made once: a name question asks this
        // of each answer.
        let labels = cached(&self.option_spellings, "menu labels\u{0}", || {
            let locales = &self.content.locales;
            let mut keys: Vec<String> = self
                .content
                .flow
                .nodes
                .values()
                .flat_map(|node| node.kind.options())
                .flat_map(|option| {
                    locales
                        .languages()
                        .map(|lang| loose_key(&strip_bidi_marks(&self.t(lang, &option.label))))
                        .collect::<Vec<_>>()
                })
                .collect();
            keys.sort();
            keys.dedup();
            keys.into()
        });
        labels
            .binary_search(&loose_key(text))
            .is_ok()
            .then(|| text.trim().to_string())
    }

    /// Whether `text`, which says there is none ([`Self::says_none`]), tells more: five
    /// words or more, one of them neither a common word nor a word of no, skip or the
    /// question's label ("i dont have a customer number" tells nothing more).
    fn tells_more_than_none(&self, field: &Field, text: &str) -> bool {
        let tokens = words::tokens(text);
        if tokens.len() < 5 {
            return false;
        }
        let locales = &self.content.locales;
        let label_words: Vec<String> = locales
            .languages()
            .filter_map(|lang| locales.attribute(lang, &field.label, "typed"))
            .flat_map(|typed| words::tokens(&typed))
            .collect();
        tokens.iter().any(|token| {
            !locales.words().is_common_word(token)
                && !label_words.contains(token)
                && !self.any_word_means(std::slice::from_ref(token), &["button-no", "button-skip"])
        })
    }

    /// Whether one of `words` is a spelling of one of the fixed texts `ids`.
    fn any_word_means(&self, words: &[String], ids: &[&str]) -> bool {
        words
            .iter()
            .any(|word| ids.iter().any(|id| self.word_means(word, id)))
    }

    /// What a sentence says to the yes-or-no question `prompt`, by the phrases its message
    /// lists in `.yes` and `.no` ("Heim", "eigene Wohnung"); none where both or neither fit.
    fn yes_or_no_said(&self, prompt: &str, text: &str) -> Option<bool> {
        match (
            self.sentence_names(prompt, "yes", text),
            self.sentence_names(prompt, "no", text),
        ) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }

    /// The emergency page's text where `text`, typed at a form's `field`, names an
    /// emergency (the words of the main menu's option to the flow's `urgent` page). At a
    /// name, one word is a name ("نجدة", Najda, is one), not an emergency.
    fn emergency_in_form(&self, field: &Field, text: &str, lang: &str) -> Option<String> {
        // "112" alone, where no number it could be is asked for (a phone number is longer,
        // a code has its form: a field test's "112" at the phone got "not a phone
        // number"); "SOS" alone, which was taken as a family name.
        let trimmed = text.trim();
        let a_number_asked = |number: i64| match field.kind {
            FieldKind::Number { min, max } => (min..=max).contains(&number),
            _ => false,
        };
        if (EMERGENCY_NUMBERS.contains(&trimmed) && !trimmed.parse().is_ok_and(a_number_asked))
            || trimmed.trim_end_matches('!').eq_ignore_ascii_case("sos")
        {
            return self.urgent_text(lang);
        }
        // A date, a number: no emergency, and no search for one.
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 4 {
            return None;
        }
        // One word at a name is a name ("نجدة", Najda, is one), unless it is a cry of five
        // letters or more: "Notruf", "النجدة", "помогите", "imdat" were taken as names (a
        // field test). By any of the emergency's words: a cry is not said beside a topic.
        // Only by a cry: "Brand" (fire) is a family name too.
        if matches!(field.kind, FieldKind::Name { .. }) && words::tokens(text).len() < 3 {
            let cry = letters >= 5 && self.cries_for_help(text);
            return cry.then(|| self.urgent_text(lang)).flatten();
        }
        // An address with its number is an address: "Feuerwehrstraße 2", "Am Brandweg 3"
        // got the emergency numbers, typed again too (a field test).
        if matches!(field.kind, FieldKind::Address { .. })
            && text.chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        // A cry, as at a menu: "ساعدوني" at the phone got "This is not a phone number",
        // "Hilfe Hilfe" at the birth date "I cannot read this date" (a field test of stop
        // 56).
        if self.plea_for_help(text, lang) == Some(true) {
            return self.urgent_text(lang);
        }
        // Outright: "The police told me to register here" at the notes got the emergency
        // numbers first (a field test); the police words name an emergency only at a menu.
        if !self.names_an_emergency(text, true) {
            return None;
        }
        self.urgent_text(lang)
    }

    /// Whether `text` names an emergency in any language: the words of the main menu's
    /// option to the flow's `urgent` page; `outright`, not by its `.calm` words alone (the
    /// police, to whom a lost passport is reported).
    pub(super) fn names_an_emergency(&self, text: &str, outright: bool) -> bool {
        // "112" alone (a field test got "Please write a number from 1 to 11"): words are
        // letters, these numbers are the same in every language.
        if EMERGENCY_NUMBERS.contains(&text.trim()) {
            return true;
        }
        self.emergency_label().is_some_and(|label| {
            let sentence = super::topics::Sentence::prepared(text);
            // "My child was very sick last year", "my husband is a firefighter".
            if self.emergency_words_do_not_count(label, &sentence) {
                return false;
            }
            // "Feuer", "fire help": words that are an emergency only as the whole message
            // (`.exact`); as stems they would be "Feuerwehr" and "fired".
            if self.message_is(label, "exact", text) {
                return true;
            }
            if outright {
                self.names_an_emergency_outright(label, &sentence)
            } else {
                self.sentence_names(label, "typed", text)
            }
        })
    }

    /// The label of the main menu's option to the flow's `urgent` page, whose message
    /// lists the words of an emergency.
    pub(super) fn emergency_label(&self) -> Option<&str> {
        let flow = &self.content.flow;
        let (urgent, _) = flow.urgent.as_ref()?;
        flow.node(&flow.start)?
            .kind
            .options()
            .iter()
            .find(|option| option.goto == *urgent)
            .map(|option| option.label.as_str())
    }

    /// Whether `text` is a cry for help in any language (the `.cry` phrases of the main
    /// menu's option to the flow's `urgent` page: "помогите", "النجدة", "imdat"), which
    /// would name the emergency in no sentence ("помогите с документами").
    pub(super) fn cries_for_help(&self, text: &str) -> bool {
        self.emergency_label()
            .is_some_and(|label| self.sentence_names(label, "cry", text))
    }

    /// The text of the flow's `urgent` page (the emergency numbers) in `lang`.
    pub(super) fn urgent_text(&self, lang: &str) -> Option<String> {
        let flow = &self.content.flow;
        let (urgent, _) = flow.urgent.as_ref()?;
        match &flow.node(urgent)?.kind {
            NodeKind::Page { text, .. } => Some(self.t(lang, text)),
            _ => None,
        }
    }

    /// In a sentence that names `field` at the summary, the new value in Latin letters: from
    /// its first word in Latin letters with a capital that is no spelling of the field's
    /// label, to the end ("адреса неправильна, Lange Str. 5, Hohenhausen": "Lange Str. 5,
    /// Hohenhausen"). `None` where there is none.
    fn value_after_label<'t>(&self, field: &Field, text: &'t str) -> Option<&'t str> {
        let mut offset = 0;
        for word in text.split_inclusive(char::is_whitespace) {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            let capital = bare
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() && script::is_latin(&c.to_string()));
            if capital && !self.sentence_names(&field.label, "typed", bare) {
                let rest = text.get(offset..)?.trim().trim_end_matches(['.', '!']);
                return (!rest.is_empty()).then_some(rest);
            }
            offset += word.len();
        }
        None
    }

    /// The names where `text` says two, each after words that say which ("adim Mehmet
    /// soyadim Ozturk", "My name is Ahmad and my family name is Karimi"): for `field`, the
    /// part after the words of its label alone (its `.typed` words that the form's other
    /// name question does not have: "soyadim", "family name"), or, where those name the
    /// other question, the other part; and the other part for the other question. A field
    /// test of stop 61 sent "Familienname: Mehmet soyadim Ozturk". `None`: no two such
    /// parts.
    fn labelled_names<'f>(
        &self,
        form: &'f Form,
        field: &Field,
        text: &str,
    ) -> Option<LabelledNames<'f>> {
        let (_, other) = other_name_question(form, field)?;
        let lists = self.content.locales.words();
        let written: Vec<&str> = text.split_whitespace().collect();
        let folded: Vec<String> = written
            .iter()
            .map(|word| words::fold_phrase(word))
            .collect();
        let places = name_intro_places(lists, &folded);
        // Two names, each after its words, the first at the start (most answers have no
        // second intro, and the labels' words are not read for them). Or the name asked
        // for first, then the other after its words: "Al Hassan, first name Ali",
        // "Yılmaz, adım Mehmet" (a field test of stop 63 got "Al Hassan, first name" as the
        // family name); without a comma only words that name the other alone ("Al Khatib
        // first name Ahmad").
        let (first_end, second_start, second_end, after_comma) = match places.as_slice() {
            [(0, first_end), (second_start, second_end)] => {
                (*first_end, *second_start, *second_end, true)
            }
            [(start, end)] if *start > 0 && *start <= 3 && *end < written.len() => {
                let comma = written
                    .get(start - 1)
                    .is_some_and(|word| word.ends_with([',', '،', ';', '؛']));
                (0, *start, *end, comma)
            }
            _ => return None,
        };
        let (only_mine, only_theirs) = self.label_words_apart(field, other);
        let intro = |start: usize, end: usize| {
            let words = folded.get(start..end).unwrap_or_default();
            let this = match (
                intro_holds(words, &only_mine),
                intro_holds(words, &only_theirs),
            ) {
                (true, false) => Some(true),
                (false, true) => Some(false),
                _ => None,
            };
            NameIntro { start, end, this }
        };
        let (mut first, second) = (intro(0, first_end), intro(second_start, second_end));
        if !after_comma && second.this != Some(false) {
            return None;
        }
        if first_end == 0 {
            // The name before the comma answers the question on screen, unless the words
            // after it say they are its own ("Mehmet, soyadım Yılmaz").
            first.this = Some(second.this != Some(true));
        }
        // At least one of them says which.
        if (first.this.is_none() && second.this.is_none())
            || (first.this.is_some() && first.this == second.this)
        {
            return None;
        }
        let part = |intro: &NameIntro, end: usize| {
            let mut words: Vec<&str> = written.get(intro.end..end)?.to_vec();
            // "Familienname der Mutter: Kovalenko": the words before a colon say whose
            // name follows.
            if let Some(colon) = words.iter().position(|word| word.ends_with(':'))
                && colon + 1 < words.len()
            {
                words.drain(..=colon);
            }
            // "Ich bin nicht die Mutter": who someone is not, no name (a helper of field
            // test BP of stop 72 got the given name "nicht die Mutter").
            if words
                .iter()
                .any(|word| lists.says_who_is_not_a_name(&words::fold_phrase(word)))
            {
                return None;
            }
            // "Ahmad and", "Karimi," before the other's words; "Rezaei hast" (is).
            while let [_, .., last] = words.as_slice() {
                let key = words::fold_phrase(last);
                if lists.is_common_word(&key) || lists.is_name_end(&key) {
                    words.pop();
                } else {
                    break;
                }
            }
            let name = words
                .join(" ")
                .trim_matches(|c: char| matches!(c, ':' | '-' | ',' | '.' | '،' | '–' | ';'))
                .trim()
                .to_string();
            name.chars().any(char::is_alphabetic).then_some(name)
        };
        let (mine, theirs) = match (first.this, second.this) {
            (Some(true), _) | (None, Some(false)) => {
                (part(&first, second.start), part(&second, written.len()))
            }
            _ => (part(&second, written.len()), part(&first, second.start)),
        };
        Some(LabelledNames {
            mine: mine?,
            other: theirs.map(|name| (other, name)),
        })
    }

    /// The typed words of `field`'s label (`.typed`, in every language) that `other`'s has
    /// not, and those of `other`'s that `field`'s has not: the words that say which of two
    /// name questions a name answers ("first name", "soyadım"), without those of both
    /// ("name", "adım").
    fn label_words_apart(
        &self,
        field: &Field,
        other: &Field,
    ) -> (BTreeSet<String>, BTreeSet<String>) {
        let typed = |label: &str| -> BTreeSet<String> {
            self.content
                .locales
                .languages()
                .filter_map(|lang| self.content.locales.attribute(lang, label, "typed"))
                .flat_map(|list| {
                    list.split(',')
                        .map(words::fold_phrase)
                        .filter(|phrase| !phrase.is_empty())
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let (mine, theirs) = (typed(&field.label), typed(&other.label));
        (
            mine.difference(&theirs).cloned().collect(),
            theirs.difference(&mine).cloned().collect(),
        )
    }

    /// Names said with the words of their questions, in parts of `text` at name question
    /// `field` (number `index`) of a form with two, where the other was answered before and
    /// a part gives it anew, in Latin letters and unlike its answer: "sorry Tesfay is first
    /// name. family name Gebremedhin", "Hassan is family name, Amina is first name",
    /// "pardon, adım Ayşe, soyadım Yılmaz", "عفوا Mohammad اسمي الاول و Haddad اسم العائلة".
    /// Words of sorry and common words are left out; the words of a question may stand
    /// before the name or after it, and words that name either question ("adım", "имя")
    /// name the one the other part does not.
    fn names_put_right<'f>(
        &self,
        form: &'f Form,
        draft: &Draft,
        field: &Field,
        index: usize,
        text: &str,
    ) -> Option<NamesPutRight<'f>> {
        let (other_index, other) = other_name_question(form, field)?;
        // At the first of the two questions too, where a name stands before its question's
        // words: "ich heiße Samir, Haddad ist Familienname" reached the office as
        // "Familienname: Haddad ist Familienname", "navê min Rojda ye, Ali paşnav e" as
        // "Familienname: E" (a field test of stop 67).
        let other_later = other_index > index;
        // "Что такое фамилия?" (what is a family name?) is no name before its words.
        if other_later == draft.answered_here(&other.id)
            || (other_later && self.is_a_question(text))
        {
            return None;
        }
        let mut name_before_its_words = false;
        let mut bare: Vec<String> = Vec::new();
        let lists = self.content.locales.words();
        // Made only where a part has words of a question: a bare name at every name
        // question made them (0.9 % of the bot's CPU in the Telegram benchmark of stop 72).
        let apart = std::cell::OnceCell::new();
        let apart = || apart.get_or_init(|| self.label_words_apart(field, other));
        // One letter is no name: "а" (and, but) in "Olena це ім'я, а прізвище Kovalenko",
        // Arabic "و" standing alone.
        let filler = |word: &str| {
            SLIP_WORDS.contains(&word)
                || lists.is_common_word(word)
                || lists.is_name_end(word)
                || word.chars().count() == 1
        };
        // Each part's names, by whose words they stand with: `Some(true)` the question on
        // screen's, `Some(false)` the other's, `None` either's.
        let mut said: Vec<(Option<bool>, String)> = Vec::new();
        let mut more_said = false;
        for part in text.split(['.', ',', ';', '،', '؛', '\n']) {
            let written: Vec<&str> = part.split_whitespace().collect();
            let folded: Vec<String> = written
                .iter()
                .map(|word| words::fold_phrase(word))
                .collect();
            if folded.iter().all(|word| word.is_empty() || filler(word)) {
                continue;
            }
            let intros = name_intro_places(lists, &folded);
            if intros.is_empty() {
                // "John, Smith is family name": a part that is a name alone.
                let name: Vec<&str> = written
                    .iter()
                    .zip(&folded)
                    .filter(|(_, word)| !filler(word))
                    .map(|(written, _)| *written)
                    .collect();
                if (1..=3).contains(&name.len())
                    && name.iter().all(|word| word.starts_with(char::is_uppercase))
                {
                    bare.push(name.join(" "));
                }
                more_said = true;
                continue;
            }
            // The words of a name: not common ones, nor words of sorry.
            let name_between = |from: usize, to: usize| -> Option<String> {
                let words: Vec<&str> = (from..to)
                    .filter(|&at| folded.get(at).is_some_and(|word| !filler(word)))
                    .filter_map(|at| written.get(at).copied())
                    .collect();
                let name = words
                    .join(" ")
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_string();
                (1..=3)
                    .contains(&name.split_whitespace().count())
                    .then_some(name)
            };
            // "Tesfay is first name": the name before its words, where the part starts with
            // a name; "family name Gebremedhin": after them.
            let names_first = intros.first().is_some_and(|(start, _)| {
                (0..*start).any(|at| folded.get(at).is_some_and(|word| !filler(word)))
            });
            let mut claimed_to = 0;
            for (number, (start, end)) in intros.iter().enumerate() {
                let next = intros
                    .get(number + 1)
                    .map_or(folded.len(), |(start, _)| *start);
                let before = name_between(claimed_to, *start);
                let after = name_between(*end, next);
                let name = match (names_first, before, after) {
                    (true, Some(name), _) => {
                        claimed_to = *start;
                        name_before_its_words = true;
                        Some(name)
                    }
                    (_, _, Some(name)) => {
                        claimed_to = next;
                        Some(name)
                    }
                    (_, Some(name), None) => Some(name),
                    (_, None, None) => None,
                };
                claimed_to = claimed_to.max(*end);
                let Some(name) = name else {
                    continue;
                };
                let intro = folded.get(*start..*end).unwrap_or_default();
                let (only_mine, only_theirs) = apart();
                let whose = match (
                    intro_holds(intro, only_mine),
                    intro_holds(intro, only_theirs),
                ) {
                    (true, false) => Some(true),
                    (false, true) => Some(false),
                    _ => None,
                };
                said.push((whose, name));
            }
        }
        // Words of either question name the one no other part names.
        let named = |whose: bool| said.iter().any(|(said, _)| *said == Some(whose));
        let either = match (named(true), named(false)) {
            (false, true) => Some(true),
            (true, false) => Some(false),
            _ => None,
        };
        let (mut mine, mut theirs) = (None, None);
        for (whose, name) in said {
            match whose.or(either) {
                Some(true) if mine.is_none() => mine = Some(name),
                Some(false) if theirs.is_none() => theirs = Some(name),
                _ => more_said = true,
            }
        }
        let mut theirs = theirs.filter(|name| {
            script::is_latin(name)
                && !draft
                    .answers
                    .get(&other.id)
                    .is_some_and(|earlier| same_name(earlier, &Answer::Text(name.clone())))
        });
        // At the first question, one part that is a name alone beside one said with its
        // words is the other name.
        if other_later
            && theirs.is_none()
            && mine.is_some()
            && let [name] = bare.as_slice()
        {
            theirs = Some(name.clone());
            more_said = false;
        }
        if theirs.is_none() && (mine.is_none() || more_said) {
            return None;
        }
        if other_later && (!name_before_its_words || mine.is_none()) {
            return None;
        }
        Some(NamesPutRight {
            other,
            theirs,
            mine,
            more_said,
        })
    }

    /// The name in `text` beside common words of some language (`words` of `words.txt`):
    /// the part of two that is not all common words ("я ж написала, Коваленко" is
    /// "Коваленко"), or the words in Latin letters where the others, two or more, are in
    /// another script and common words ("я же написал, Sergej" is "Sergej"). `None` where
    /// neither.
    fn name_beside_common_words(&self, text: &str) -> Option<String> {
        let words = self.content.locales.words();
        let all_common = |part: &str| {
            let tokens = words::tokens(part);
            tokens.len() >= 2 && tokens.iter().all(|token| words.is_common_word(token))
        };
        // "я ж написала, Коваленко" (I wrote it already, Kovalenko), in one script: the
        // part that is not all common words (a field test of stop 67 was offered "Zh
        // Napysala Kovalenko").
        if let [first, second] = outside_brackets(text)
            .into_iter()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .as_slice()
        {
            match (all_common(first), all_common(second)) {
                (true, false) => return Some((*second).to_string()),
                (false, true) => return Some((*first).to_string()),
                _ => {}
            }
        }
        let (latin, other): (Vec<&str>, Vec<&str>) = text
            .split(|c: char| c.is_whitespace() || ",.!;:?؟،".contains(c))
            .filter(|word| word.chars().any(char::is_alphabetic))
            .partition(|word| script::is_latin(word));
        // Two words or more: one alone may be the name in its own script ("Ali علي", and
        // "علي" folds as "على", on).
        (!latin.is_empty()
            && other.len() >= 2
            && other.iter().all(|word| {
                words::tokens(word)
                    .iter()
                    .all(|token| words.is_common_word(token))
            }))
        .then(|| latin.join(" "))
    }

    /// `text` without the greeting or thanks it starts with, where more follows: "добрый
    /// вечер, Анна", "Hallo! Sami", "guten Tag Sami Haddad", "مرحبا اسمي …". One word of
    /// greeting without a comma or the like after it, or a name's intro, stays ("Salam
    /// Ahmad": Salam is a name too).
    fn without_greeting(&self, text: &str) -> Option<String> {
        let rest = |rest: &str| {
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || ",.!;:-–،؛".contains(c));
            (!rest.is_empty()).then(|| rest.to_string())
        };
        if let Some((greeting, after)) = text.split_once([',', '!', '.', '،', '\n'])
            && self.small_talk(greeting).is_some()
        {
            return rest(after);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        // "مرحبا اسمي احمد الحسن" (hello, my name is …): one word of greeting too, before
        // the words that say a name is coming.
        let names = self.content.locales.words();
        (1..=3).rev().find_map(|count| {
            let (greeting, after) = (words.get(..count)?, words.get(count..)?);
            let after = after.join(" ");
            (!after.is_empty()
                && (count > 1 || names.without_name_intro(&after).is_some())
                && self.small_talk(&greeting.join(" ")).is_some())
            .then(|| rest(&after))
            .flatten()
        })
    }

    /// The yes or no that `words` start with, unless another word says the opposite
    /// ("Nein, danke" is no; "ja oder nein" neither), nor where the first word is both.
    pub(super) fn first_word_yes_or_no(&self, words: &[String]) -> Option<bool> {
        let first = words.first()?;
        let yes = match (
            self.word_means(first, "button-yes"),
            self.word_means(first, "button-no"),
        ) {
            (true, false) => true,
            (false, true) => false,
            _ => return None,
        };
        let opposite = if yes { "button-no" } else { "button-yes" };
        (!self.any_word_means(words, &[opposite])).then_some(yes)
    }

    /// A word of yes, no, skip or done ("tamam", "ok", "nein", "نعم") typed at a name or
    /// address question most often answers the message before it, or says yes to the
    /// spelling Kompass suggested; taken as the name, it would reach the office as one. But
    /// "Jo" is a name too: it is asked once whether the word is the answer, and the same
    /// word typed again, or its ✓ button, keeps it; an address is never such a word, and
    /// the question comes again. Thanks or a greeting alone
    /// (`small_talk`: "Danke", "Salam", also a name) is asked about the same way, never
    /// skips. `None`: `text` is no such word here.
    #[allow(clippy::too_many_arguments)]
    fn word_at_name_or_address(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        text: &str,
        meanings: &[&str],
        small_talk: bool,
        lang: &str,
    ) -> Option<WordAtName> {
        let yes = meanings.contains(&"button-yes");
        let no = !small_talk && WORDS_OF_NO.iter().any(|id| meanings.contains(id));
        let draft = session.drafts.get_mut(form_id)?;
        let Position::Field { index, step, .. } = draft.position else {
            return None;
        };
        // Asked for a name's Latin spelling, "Salam" is one; an address's never is.
        let small_talk = small_talk
            && matches!(
                step,
                FieldStep::Main | FieldStep::WordAsAnswer | FieldStep::LatinAddress
            );
        if !yes && !no && !small_talk {
            return None;
        }
        let max_length = match field.kind {
            FieldKind::Name { max_length } | FieldKind::Address { max_length } => max_length,
            _ => return None,
        };
        match step {
            FieldStep::Main | FieldStep::WordAsAnswer => {
                let repeated = step == FieldStep::WordAsAnswer
                    && draft
                        .pending_original
                        .as_deref()
                        .is_some_and(|word| loose_key(word) == loose_key(text));
                // Kurmanji field test: "erê" (yes) to "Is this your address? It has no house
                // number" was itself asked about next, and the address was lost. A yes to the
                // check takes what it asked about; a no asks the question again.
                if step == FieldStep::WordAsAnswer && !repeated && draft.pending_original.is_some()
                {
                    if yes {
                        return Some(WordAtName::KeepAsked);
                    }
                    if meanings.contains(&"button-no") {
                        follow_up(draft, index, FieldStep::Main);
                        draft.pending_original = None;
                        return Some(WordAtName::Ask);
                    }
                }
                if field.optional && no {
                    return Some(WordAtName::Skip);
                }
                // "ja", "ok", "بله", "Danke" is a name at times ("Jo"), an address never: a
                // German run by hand got "The house number is missing" for "ja", and the
                // "ok" after it kept "ja" as the address the office writes to.
                if matches!(field.kind, FieldKind::Address { .. }) {
                    follow_up(draft, index, FieldStep::Main);
                    draft.pending_original = None;
                    return Some(WordAtName::NoAddress);
                }
                // "skip" is no name, and a name asked is needed: how to say there is none
                // ("Vorname(n): Skip" reached the office: field test CP of stop 79).
                if matches!(field.kind, FieldKind::Name { .. }) && meanings.contains(&"button-skip")
                {
                    follow_up(draft, index, FieldStep::Main);
                    draft.pending_original = None;
                    return Some(WordAtName::NameNeeded);
                }
                // A sign without a letter ("👍") is refused as no name further on.
                let word = values::name(text, max_length).ok()?;
                if repeated {
                    return None;
                }
                follow_up(draft, index, FieldStep::WordAsAnswer);
                draft.pending_original = Some(word);
                Some(WordAtName::Ask)
            }
            FieldStep::LatinName => {
                let suggested = draft.pending_original.as_deref().is_some_and(|original| {
                    script::latin_suggestion(original, lang, self.content.locales.name_spellings())
                        .is_some()
                });
                Some(if yes && suggested {
                    WordAtName::TakeSuggestion
                } else {
                    WordAtName::NoSpelling
                })
            }
            // A Persian run by hand: "Hallo" typed when asked for the address in Latin
            // letters was the address ("The house number is missing", ✓ Hallo), and the
            // "ok" after it kept it. The address written before stays, asked again.
            FieldStep::LatinAddress => Some(WordAtName::NoAddress),
            FieldStep::InterpreterLanguage
            | FieldStep::InterpreterTyped
            | FieldStep::NameInBoth
            | FieldStep::OtherTyped
            | FieldStep::Retake => None,
        }
    }

    /// The one later question of `form` (after the one on screen) that `text` answers: an
    /// option it names, not yet answered, or answered by the way into the form or ahead
    /// ([`Draft::was_given`]) with that option; or, before any option, a phone number, an
    /// email address, a date or a street with its number for the first later question of
    /// that kind not answered yet that takes it. `None` where it answers none or several
    /// options.
    fn answer_ahead<'f>(
        &self,
        form: &'f Form,
        draft: &Draft,
        text: &str,
        naming: Naming,
        lang: &str,
        today: chrono::NaiveDate,
    ) -> Option<Ahead<'f>> {
        let Position::Field { index, .. } = draft.position else {
            return None;
        };
        // A sentence typed at the writer's questions says nothing of another person's
        // (a child's birth date at a Kita question).
        let of_another = form
            .fields
            .get(index)
            .is_some_and(|field| field.another_person);
        let later = form
            .fields
            .iter()
            .skip(index + 1)
            .filter(|field| of_another || !field.another_person);
        // A date typed at a date question that refused it ("01.06.2027" as a birth date) is a
        // slip there, not the next date's answer.
        let on_screen = form.fields.get(index).map(|field| &field.kind);
        let at_a_date = matches!(on_screen, Some(FieldKind::Date { .. }));
        // "Bahnhofstr 12 32689 Kalletal" holds a house number and a postcode, which read
        // together as a phone number among words: at the address, only digits alone are a
        // phone number ahead.
        let at_an_address = matches!(on_screen, Some(FieldKind::Address { .. }));
        let at_a_name = matches!(on_screen, Some(FieldKind::Name { .. }));
        let phone_here = !values::looks_like_a_date(text)
            && (!at_an_address
                || !text.chars().any(char::is_alphabetic)
                || self.labelled_phone_only(text));
        // "sami@gmail.com" at the family name was the family name, "0151 23456789" at the
        // address the address, "15.03.1990" at the family name got "A name cannot contain
        // numbers": values no name or address has.
        if let Some(ahead) = later.clone().find_map(|field| {
            let value = match &field.kind {
                // "Hauptstraße 5, Kalletal" at the nationality, one question early (by hand:
                // "Please choose one of the options", and the address was lost): a German
                // street's name with a number, in Latin letters.
                // So is one after the words that say an address comes ("wohne Am Bach 3":
                // field test CS of stop 80 lost it).
                FieldKind::Address { max_length }
                    if !at_an_address
                        && (values::names_a_street(text)
                            || self.without_intro(field, text) != text)
                        && has_digit(text)
                        && script::is_latin(text) =>
                {
                    // "wohne Weg 1": without the words that say an address comes.
                    values::text(&self.without_intro(field, text), *max_length)
                        .map(Answer::Text)
                        .ok()
                }
                FieldKind::Email => values::email_standing_alone(text).map(Answer::Email).ok(),
                // One number only: of two, the first is taken only at the phone question,
                // and at a name, which no number answers ("0176 … oder 0151 …" at the family
                // name got "A name cannot contain numbers", a German field test).
                FieldKind::Phone
                    if phone_here
                        && values::first_phone(text)
                            .is_ok_and(|number| values::dialable(&number))
                        && (values::phone(text).is_ok()
                            || at_a_name && values::first_phone(text).is_ok()) =>
                {
                    self.phone_answer(text).ok()
                }
                // "geboren am 15.03.1990" too: the date in digits in it.
                // A date far from today is no move-in day or appointment (a question with
                // any date): "01.02.1990" at the nationality, a birth date typed again,
                // became the move-in date, and its question was never asked (a field test
                // of stop 59). Only within a year of today.
                // "1 Kasım'da taşındık" (we moved on 1 November), a part after the address:
                // a short part with digits that reads as a date (a field test of stop 62).
                FieldKind::Date { range, .. } if !at_a_date => values::date_word(text)
                    .or_else(|| {
                        (has_digit(text)
                            && words::tokens(text).len() <= 4
                            && !values::names_a_street(text))
                        .then_some(text)
                    })
                    .and_then(|word| {
                        values::date(word, *range, today, self.content.locales.date_words()).ok()
                    })
                    .filter(|date| {
                        *range != crate::content::DateRange::Any
                            || (*date - today).num_days().abs() <= 366
                    })
                    .map(Answer::Date),
                // "yes i need interpreter turkish" at the photo question: an interpreter
                // named with one language and no "no" (by hand at stop 76: it got a page of
                // the integration office, and the interpreter's question asked again).
                FieldKind::Interpreter => self
                    .interpreter_ahead(text, lang)
                    .map(|language| Answer::Interpreter(Some(language))),
                _ => None,
            }?;
            // "E-Mail: sami@gmail.com": which question it answers, as the summary names it.
            let shown = self.labelled_answer(field, &value, lang);
            (!draft.answers.contains_key(&field.id) || draft.was_given(&field.id)).then_some(
                Ahead {
                    field,
                    answer: value,
                    shown,
                    value: true,
                },
            )
        }) {
            return Some(ahead);
        }
        // The appointment's times too: "утром" (in the morning) at the photo question (a
        // Russian run by hand got "Please send a photo", and it was not kept).
        let mut named = later.filter_map(|field| {
            let (FieldKind::Choice { options, .. } | FieldKind::Appointment { options }) =
                &field.kind
            else {
                return None;
            };
            let option = match naming {
                Naming::Whole => self.option_spelled(options, text),
                Naming::InSentence => match self.option_spelled(options, text) {
                    Some(option) => Some(option),
                    None => match self.option_in_sentence_without_slips(options, text) {
                        Named::One(option) => Some(option),
                        Named::Several | Named::Nothing => None,
                    },
                },
            }?;
            // Not an option without a button: "Pakistani", "Jordan", "Sudani", "Moldovan"
            // are names too, and typed at a name were the nationality, the question never
            // asked (a field test of stop 62). They answer their own question only.
            if option.typed_only {
                return None;
            }
            let open = match draft.answers.get(&field.id) {
                None => true,
                Some(Answer::Choice(value)) => draft.was_given(&field.id) && *value == option.value,
                Some(_) => false,
            };
            open.then(|| Ahead {
                field,
                answer: Answer::Choice(option.value.clone()),
                shown: self.t(lang, &option.label),
                value: false,
            })
        });
        let first = named.next()?;
        named.next().is_none().then_some(first)
    }

    /// A message of several parts (split at commas, semicolons and line breaks) typed at a
    /// question, where some parts answer later questions, each a different one not
    /// answered yet, and some do not: those answers, and the other parts as one text, at a
    /// name without those with digits (a part with digits is no name: "متولد ۱۳۶۹/۰۵/۱۲",
    /// a Persian-calendar birth date, is left to its own question, which converts it), with
    /// them at other questions (`asked`: a date, a count); at an address only parts that
    /// give a date, phone number or email address. Two parts naming the
    /// same question answer neither. `None` where no part answers ahead or nothing is
    /// left (then the whole is read as before).
    fn clauses_ahead<'f>(
        &self,
        form: &'f Form,
        draft: &Draft,
        text: &str,
        lang: &str,
        today: chrono::NaiveDate,
        asked: &FieldKind,
    ) -> Option<(Vec<Ahead<'f>>, String)> {
        let rest_with_digits = !matches!(asked, FieldKind::Name { .. });
        let values_only = matches!(asked, FieldKind::Address { .. });
        // Not inside brackets: "Tesfay (Bewohner, nicht ich)" at the family name became
        // "Tesfay (Bewohner" (field test AY of stop 69).
        let mut clauses: Vec<&str> = outside_brackets(text)
            .into_iter()
            .map(str::trim)
            .filter(|clause| !clause.is_empty())
            .collect();
        // "Bondarenko Oleh 02.02.1970" (a Ukrainian field test kept the date and lost the
        // name): a date after one to three capitalised words is a part of its own.
        if clauses.len() < 2
            && let Some((name, date)) = text.trim().rsplit_once(char::is_whitespace)
            && values::looks_like_a_date(date)
            && (1..=3).contains(&name.split_whitespace().count())
            && name.split_whitespace().all(|word| {
                word.starts_with(char::is_uppercase)
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            })
        {
            clauses = vec![name.trim(), date];
        }
        // "Hauptstr. 5, 32689 Kalletal tel 0151 2345678": at an address, a phone number
        // after its label is a part of its own, with or without a comma (a field test of
        // stop 63: the number stayed in the address, and at the end the office's phone
        // number was asked for).
        // So is a phone number without its label at the end ("Lippische Str 10 Kalletal
        // 0171 2223344", the same field test).
        if values_only {
            clauses = clauses
                .into_iter()
                .flat_map(|clause| self.labelled_phone_apart(clause))
                .flat_map(|clause| trailing_phone_apart(clause, &|word| self.names_the_phone(word)))
                .collect();
        }
        // "Ali Haddad 01.02.1990 Syrien Hauptstr 5 Kalletal 0151 2345678", everything at the
        // first question without a comma (a field test of stop 63 kept the birth date
        // only): a date, a street and a phone number at the end are parts of their own.
        // Only where that gives three parts or more.
        let split: Vec<&str> = clauses
            .iter()
            .flat_map(|clause| {
                values_apart(clause, &|word| self.names_the_phone(word), &|word| {
                    words::tokens(word)
                        .first()
                        .is_some_and(|word| self.content.locales.date_words().is_other(word))
                })
            })
            .collect();
        if split.len() >= 3 && split.len() > clauses.len() {
            clauses = split;
        }
        // "geboren 1.1.2000 syrien, wohne Weg 1", "1.1.2000 syrien" at the birth date (field
        // test CR of stop 79: the date was refused, the whole text taken as the address):
        // the words after a date are a part of their own where they answer a later
        // question ("03.03.1985 doğumluyum", born on, stays one).
        if matches!(asked, FieldKind::Date { .. }) {
            clauses = clauses
                .into_iter()
                .flat_map(|clause| match words_after_a_date(clause) {
                    Some((date, after))
                        if self
                            .answer_ahead(form, draft, after, Naming::InSentence, lang, today)
                            .is_some() =>
                    {
                        vec![date, after]
                    }
                    _ => vec![clause],
                })
                .collect();
        }
        // "afghanistan wohne Am Bach 3": the words that say an address comes start a part
        // of their own (field test CS of stop 80 lost the address).
        if !values_only {
            clauses = clauses
                .into_iter()
                .flat_map(|clause| self.apart_at_address_intro(form, clause))
                .collect();
        }
        if clauses.len() < 2 {
            return None;
        }
        let words = self.content.locales.words();
        let mut found: Vec<(&str, Option<Ahead<'f>>)> = clauses
            .into_iter()
            .map(|clause| {
                // "Mein Name ist Sami Haddad" is the name, whatever else its words name
                // (Kurmanji "name" is a letter: the counselling form's "letters and
                // applications").
                let ahead = (words.without_name_intro(clause).is_none())
                    .then(|| {
                        self.answer_ahead(form, draft, clause, Naming::InSentence, lang, today)
                    })
                    .flatten()
                    // Typed again, a value noted ahead before is replaced ("3 kişiyiz,
                    // telefonum 0151 …" after an earlier number: a field test of stop 62).
                    .filter(|ahead| {
                        !draft.answered_here(&ahead.field.id) || draft.was_given(&ahead.field.id)
                    })
                    // "Ich fülle das für eine afghanische Familie aus" (I fill this in for
                    // an Afghan family) answered the nationality (a German volunteer's field
                    // test): a clause of more than four words is a sentence of its own,
                    // unless what it gives is a date, number or address of its own.
                    .filter(|ahead| ahead.value || words::tokens(clause).len() <= 4)
                    // At an address only a date, phone or email: "Schulstraße 3", "Wohnung
                    // 4" named the counselling form's topics, and the street was lost (a
                    // field test of stop 62).
                    .filter(|ahead| ahead.value || !values_only)
                    // "Tesfaye is family name" chose the counselling form's letters by its
                    // "name" (a field test of stop 67): a part that names a name question
                    // says something of the names.
                    .filter(|ahead| {
                        ahead.value
                            || !matches!(asked, FieldKind::Name { .. })
                            || !form.fields.iter().any(|other| {
                                matches!(other.kind, FieldKind::Name { .. })
                                    && self.sentence_names(&other.label, "typed", clause)
                            })
                    });
                (clause, ahead)
            })
            .collect();
        // "Lange Str 5, Talle, заселилися 05.11.2026": one word in another script right
        // before a date taken ahead introduces it ("заселилися", moved in), and is no part
        // of this answer (field test CV of stop 81 kept "заселилися" in the address, which then
        // asked for Latin letters).
        for at in 1..found.len() {
            let Some((before, after)) = found.split_at_mut_checked(at) else {
                continue;
            };
            if let (Some((intro, None)), Some((_, Some(ahead)))) =
                (before.last_mut(), after.first())
                && matches!(ahead.answer, Answer::Date(_))
                && words::tokens(intro).len() == 1
                && !has_digit(intro)
                // Not a village in Latin letters ("Mühlenstraße 4, Bavenhausen, 1 Kasım'da
                // taşındık").
                && !script::is_latin(intro)
            {
                *intro = "";
            }
        }
        // "wohne Hauptstraße 12, Hohenhausen": a place after an address is its village (field
        // test CS of stop 80 kept the street alone, where a letter goes).
        for at in 1..found.len() {
            let Some((before, after)) = found.split_at_mut_checked(at) else {
                continue;
            };
            let (Some((_, Some(ahead))), Some((place, None))) =
                (before.last_mut(), after.first_mut())
            else {
                continue;
            };
            let a_place = !has_digit(place)
                && (1..=3).contains(&place.split_whitespace().count())
                && script::is_latin(place);
            if a_place
                && let (FieldKind::Address { max_length }, Answer::Text(street)) =
                    (&ahead.field.kind, &ahead.answer)
                && let Ok(whole) = values::text(&format!("{street}, {place}"), *max_length)
            {
                let answer = Answer::Text(whole);
                ahead.shown = self.labelled_answer(ahead.field, &answer, lang);
                ahead.answer = answer;
                *place = "";
            }
        }
        found.retain(|(clause, _)| !clause.is_empty());
        // Two parts naming the same question: neither ("3.3.1993, İran'da doğdum, Afganım",
        // born in Iran, Afghan, was Iran: a field test of stop 62).
        let named_twice = |field: &str| {
            found
                .iter()
                .filter(|(_, ahead)| ahead.as_ref().is_some_and(|a| a.field.id == field))
                .count()
                > 1
        };
        let mut taken: Vec<Ahead<'f>> = Vec::new();
        let mut rest: Vec<&str> = Vec::new();
        let mut twice = Vec::new();
        for (clause, ahead) in &found {
            match ahead {
                Some(ahead) if named_twice(&ahead.field.id) => {
                    twice.push(ahead.field.id.clone());
                    rest.push(clause);
                }
                Some(_) => {}
                None if rest_with_digits || !has_digit(clause) => rest.push(clause),
                None => {}
            }
        }
        for (_, ahead) in found {
            if let Some(ahead) = ahead
                && !twice.contains(&ahead.field.id)
            {
                taken.push(ahead);
            }
        }
        (!taken.is_empty() && !rest.is_empty()).then(|| (taken, rest.join(", ")))
    }

    /// `clause` cut before the words that say an address comes ("wohne", "ich wohne in":
    /// the `.intro` of an address question's label) where they follow other words and a
    /// value with a digit follows them; else `clause` whole.
    fn apart_at_address_intro<'t>(&self, form: &Form, clause: &'t str) -> Vec<&'t str> {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let intros: Vec<String> = form
            .fields
            .iter()
            .filter(|field| matches!(field.kind, FieldKind::Address { .. }))
            .flat_map(|field| self.intro_spellings(&field.label).to_vec())
            .collect();
        let starts = (1..words.len()).find(|&at| {
            intros.iter().any(|intro| {
                words
                    .get(at..)
                    .and_then(|from| after_spelling(from, intro))
                    .is_some_and(|rest| rest.iter().any(|word| has_digit(word)))
            })
        });
        let Some(first) = starts.and_then(|at| words.get(at)) else {
            return vec![clause];
        };
        // The byte where that word starts: after the words before it.
        let mut offset = 0;
        for word in words.iter().take(starts.unwrap_or_default()) {
            offset = clause
                .get(offset..)
                .and_then(|rest| rest.find(word))
                .map_or(offset, |found| offset + found)
                + word.len();
        }
        let start = clause
            .get(offset..)
            .and_then(|rest| rest.find(first))
            .map_or(offset, |found| offset + found);
        match (clause.get(..start), clause.get(start..)) {
            (Some(before), Some(after)) => vec![before.trim(), after.trim()],
            _ => vec![clause],
        }
    }

    /// The phone question of `form` where `text` at its email question names the phone
    /// (`label-phone`'s spellings: "no phone"), or the other way round; not where it names
    /// the question on screen as well.
    fn other_contact_named<'f>(
        &self,
        form: &'f Form,
        field: &Field,
        text: &str,
    ) -> Option<&'f Field> {
        let named = |other: &Field| self.sentence_names(&other.label, "typed", text);
        if named(field) {
            return None;
        }
        form.fields.iter().find(|other| {
            other.id != field.id
                && matches!(other.kind, FieldKind::Phone | FieldKind::Email)
                && named(other)
        })
    }

    /// "No email" at the phone question: the email question, where still to come and
    /// optional, is noted as not answered ("OK, that answers a later question: Email: (no
    /// answer)"); the question on screen comes again.
    fn none_for_the_other(
        &self,
        session: &mut Session,
        form_id: &str,
        other: &Field,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        let later = match draft.position {
            Position::Field { index, .. } => self
                .content
                .flow
                .form(form_id)
                .and_then(|form| form.fields.iter().position(|field| field.id == other.id))
                .is_some_and(|at| at > index),
            _ => false,
        };
        if later && other.optional && !draft.answered_here(&other.id) {
            let shown = self.labelled_answer(other, &Answer::Skipped, &lang);
            let ahead = Ahead {
                field: other,
                answer: Answer::Skipped,
                shown,
                value: false,
            };
            self.record_ahead(draft, vec![ahead], &lang, ctx.local_now().date(), reply);
        } else {
            reply.note(self.t(&lang, "reply-ok"));
        }
        self.reprompt(session, ctx, reply);
    }

    /// Answers a later question ([`Engine::answer_ahead`]), says so, and asks the question
    /// on screen again. The later one is then passed over like one answered by the way
    /// into the form, and shown at the summary to be changed.
    fn take_ahead(
        &self,
        session: &mut Session,
        form_id: &str,
        ahead: Ahead<'_>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        self.record_ahead(draft, vec![ahead], &lang, ctx.local_now().date(), reply);
        self.reprompt(session, ctx, reply);
    }

    /// "15.08.2026" as the move-in date in December: registering was due within two weeks,
    /// and nobody said so (a field test of stop 64). Said, calmly, with what to do; also
    /// for a date typed ahead (field test CU of stop 81 read nothing of it).
    fn past_deadline_note(
        &self,
        field: &Field,
        answer: &Answer,
        lang: &str,
        today: chrono::NaiveDate,
    ) -> Option<String> {
        let (
            FieldKind::Date {
                deadline_days: Some(deadline),
                ..
            },
            Answer::Date(date),
        ) = (&field.kind, answer)
        else {
            return None;
        };
        let days = (today - *date).num_days();
        (days > i64::from(*deadline)).then(|| {
            self.ta(
                lang,
                "date-past-deadline",
                &[
                    ("days", days.into()),
                    ("deadline", i64::from(*deadline).into()),
                ],
            )
        })
    }

    /// Answers later questions with `taken` and says so: one ("OK, that answers a later
    /// question: …"), or several in one note; and where a date taken is past its deadline.
    fn record_ahead(
        &self,
        draft: &mut Draft,
        taken: Vec<Ahead<'_>>,
        lang: &str,
        today: chrono::NaiveDate,
        reply: &mut Reply,
    ) {
        let late: Vec<String> = taken
            .iter()
            .filter_map(|ahead| self.past_deadline_note(ahead.field, &ahead.answer, lang, today))
            .collect();
        let shown = take_ahead_answers(draft, taken);
        // Before "… now please answer this question:", which leads to the question (field
        // test CV of stop 81 read the deadline between them).
        for note in late {
            reply.note(note);
        }
        reply.note(match shown.as_slice() {
            [one] => self.ta(
                lang,
                "answer-noted-ahead",
                &[("answer", one.as_str().into())],
            ),
            _ => self.ta(
                lang,
                "answers-noted-ahead",
                &[("answers", self.list_text(&shown, lang).into())],
            ),
        });
    }

    /// At an appointment question, `text` without its words of today, tomorrow or the day
    /// after (`dates.txt`), where it has one or says "as soon as possible"
    /// (`appointment-day-from-office`'s `.typed`): the words left to name a time of day.
    /// `None` for any other text, and for an option's own spelling ("am Morgen", Kurmanji
    /// "sibê": the mornings, though "morgen" and "sibê" alone are tomorrow too).
    fn without_near_days(&self, options: &[ChoiceOption], text: &str) -> Option<String> {
        if self.option_spelled(options, text).is_some() {
            return None;
        }
        let date_words = self.content.locales.date_words();
        let words = words::tokens(text);
        let near = |word: &String| date_words.day_offset(word).is_some_and(|days| days >= 0);
        if !words.iter().any(near)
            && !self.sentence_names("appointment-day-from-office", "typed", text)
        {
            return None;
        }
        Some(
            words
                .iter()
                .filter(|word| !near(word))
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The option whose label `text` is, or one of the label's `.typed` spellings (what
    /// people write for it: "syrisch", "سوري"), in any language the content has; else the
    /// option a sentence names ([`Engine::option_in_sentence`]).
    pub(super) fn option_named<'a>(
        &self,
        options: &'a [ChoiceOption],
        text: &str,
    ) -> Named<&'a ChoiceOption> {
        match self.option_spelled(options, text) {
            Some(option) => Named::One(option),
            None => self.option_in_sentence(options, text),
        }
    }

    /// The option whose label or one of its `.typed` spellings `text` is, word for word
    /// ([`loose_key`]), in any language the content has.
    fn option_spelled<'a>(
        &self,
        options: &'a [ChoiceOption],
        text: &str,
    ) -> Option<&'a ChoiceOption> {
        let typed = loose_key(text);
        if typed.is_empty() {
            return None;
        }
        options
            .iter()
            .find(|option| self.option_spellings(&option.label).contains(&typed))
    }

    /// The two or more options that `text` lists and says nothing else of, in its order:
    /// "syria and iraq", "Syrien, Irak", "سوريا و العراق". Each word names an option by itself, or
    /// is a short word between them ("and", "und", "veya"). `None` for a sentence
    /// ("Afghane, aber aus dem Iran gekommen") or one option named.
    fn options_listed<'a>(
        &self,
        options: &'a [ChoiceOption],
        text: &str,
    ) -> Option<Vec<&'a ChoiceOption>> {
        let mut named: Vec<&ChoiceOption> = Vec::new();
        // Something between them: "Weiterbewilligung beantragen" names two options of the
        // Jobcenter's topics, one by each word, and is no list.
        let mut apart = text.contains([',', '/', '،', '+', '&', ';']);
        for word in words::tokens(text) {
            let option = match self.option_spelled(options, &word) {
                Some(option) => option,
                None if word.chars().all(char::is_alphabetic) && word.chars().count() <= 4 => {
                    apart = true;
                    continue;
                }
                None => match self.option_in_sentence(options, &word) {
                    Named::One(option) => option,
                    _ => return None,
                },
            };
            if !named.iter().any(|seen| seen.value == option.value) {
                named.push(option);
            }
        }
        (named.len() > 1 && apart).then_some(named)
    }

    /// The interpreter language of the built-in list that `text` names: its own or German
    /// name as listed (so "Dari" is Dari, not Persian), or a name the language guess knows
    /// ("Arabic", "арабский", "Kürtçe").
    /// A dialect of a language of the list that `text` names ("عربي بس لهجة سودانية",
    /// "Kurmancî, zaravayê Badînî"), as the office reads it with the words typed:
    /// "Arabisch (sudanesischer Dialekt) – عربي بس لهجة سودانية". Before, it was refused
    /// at the list, or reached the office as the language alone. Only one of the other
    /// languages, whose German name starts with a listed language's ("Arabisch (…)",
    /// "Kurdisch (…)").
    fn dialect_named(&self, text: &str) -> Option<String> {
        let [german] = other_languages::other_languages_named(text)[..] else {
            return None;
        };
        let family = german.split(" (").next()?;
        INTERPRETER_LANGUAGES
            .iter()
            .any(|(_, _, listed, _)| listed.split(" (").next() == Some(family))
            .then(
                || match words::fold_phrase(german) == words::fold_phrase(text) {
                    true => german.to_string(),
                    false => format!("{german} – {}", text.trim()),
                },
            )
    }

    fn interpreter_language_named(&self, text: &str) -> Option<String> {
        let phrase = crate::words::fold_phrase(text);
        if phrase.is_empty() {
            return None;
        }
        // The list's names folded once: folding them at every word was 2 % of the bot's
        // CPU in the Telegram benchmark (stop 80, `perf`).
        static FOLDED: std::sync::OnceLock<Vec<(&'static str, [String; 3])>> =
            std::sync::OnceLock::new();
        let folded = FOLDED.get_or_init(|| {
            INTERPRETER_LANGUAGES
                .iter()
                .map(|(code, own, german, english)| {
                    (
                        *code,
                        [own, german, english].map(|name| crate::words::fold_phrase(name)),
                    )
                })
                .collect()
        });
        let listed = folded.iter().find(|(_, names)| names.contains(&phrase));
        let code = match listed {
            Some((code, _)) => *code,
            None => named_language(text, self.content.locales.words())?,
        };
        interpreter_language(code).map(|_| code.to_string())
    }

    /// What a sentence answers a yes-or-no question (or "Do you need an interpreter?"):
    /// its first word ("Nein, danke", "так, потрібен"), else the question's own phrases.
    /// The interpreter's are built in, `.yes` of `interpreter-question` before its `.no`
    /// ("ich spreche kein Deutsch" holds "spreche Deutsch"); a `yes_no` field's are its
    /// prompt's `.yes` and `.no` ("ich wohne im Heim", "wir haben eine eigene Wohnung").
    fn yes_or_no_in_sentence(&self, field: &Field, step: FieldStep, text: &str) -> Option<bool> {
        if !matches!(
            (&field.kind, step),
            (FieldKind::YesNo, _) | (FieldKind::Interpreter, FieldStep::Main)
        ) {
            return None;
        }
        if let Some(yes) = self.first_word_yes_or_no(&words::tokens(text)) {
            return Some(yes);
        }
        match field.kind {
            FieldKind::Interpreter if self.sentence_names("interpreter-question", "yes", text) => {
                Some(true)
            }
            FieldKind::Interpreter => self
                .sentence_names("interpreter-question", "no", text)
                .then_some(false),
            _ => self.yes_or_no_said(&field.prompt, text),
        }
    }

    /// Whether `part` says of someone else only that they do not: "sie nicht", "شوهرم نه"
    /// (my husband not), "بس جوزي لا", "my mother no". After "I speak German, but", it is
    /// someone who does not, and who needs an interpreter.
    fn someone_else_does_not(&self, part: &str) -> bool {
        let locales = &self.content.locales;
        let (mut someone, mut not) = (false, false);
        // Tokens are folded; so are the lists, to be compared with them.
        let listed =
            |list: &[&str], token: &str| list.iter().any(|word| words::fold(word) == token);
        for token in words::tokens(part) {
            if listed(&NOT_WORDS, &token) || self.word_means(&token, "button-no") {
                not = true;
            } else if listed(&THIRD_PERSONS, &token)
                || locales.words().is_a_relative_word(&token)
                || locales.names_someone_of_the_family(&token)
            {
                someone = true;
            } else if !listed(&AROUND_A_PERSON, &token) {
                return false;
            }
        }
        someone && not
    }

    /// The one interpreter language of the built-in list that a word of `text` names, as an
    /// answer to "Do you need an interpreter?" ("так, українська"); none where a word says
    /// no ("ні, я говорю німецькою": no, I speak German) or two languages are named.
    /// A language right after a word that turns it round is not wanted: "Arabisch, nicht
    /// Englisch", "arabisch bitte, kein englisch" were refused for naming two (a field
    /// test); a no before a language says which is not, not that none is needed.
    /// A dialect counts as a language of its own here: "nur Kurmancî, kein Sorani" was
    /// asked again, the "kein" before an unknown word turning Kurmancî round (field test BV
    /// of stop 74); "Sorani, nicht Kurmancî" is Sorani.
    fn interpreter_language_in_answer(&self, text: &str) -> Option<InterpreterLanguage> {
        let words = words::tokens(text);
        let dates = self.content.locales.date_words();
        let named = self.languages_and_dialects_at(&words);
        let turns = |word: &String| {
            dates.turns_round(std::slice::from_ref(word)) || self.word_means(word, "button-no")
        };
        let before_a_language = |at: usize| named.iter().any(|(named_at, _)| *named_at == at + 1);
        // A no between two languages says which is not wanted by its comma: "nur Kurmancî,
        // kein Sorani" the second, "فارسی نه، دری" (Farsi no, Dari) the first; without one,
        // the second, as most of the languages put "not" first.
        let clauses = clause_numbers(text, words.len());
        let clause = |at: usize| clauses.get(at).copied().unwrap_or_default();
        let no_of_next = |no: usize| {
            clause(no) == clause(no + 1)
                || no.checked_sub(1).is_none_or(|at| clause(at) != clause(no))
        };
        // "دری لطفا، فارسی نه" (Dari please, not Farsi): a no right after a language says
        // which is not wanted (field test BU of stop 74 was asked to choose).
        let after_a_language = |at: usize| named.iter().any(|(named_at, _)| *named_at + 1 == at);
        let no_at = |at: usize| {
            words
                .get(at)
                .is_some_and(|word| self.word_means(word, "button-no"))
        };
        if words.iter().enumerate().any(|(at, _)| {
            no_at(at) && !before_a_language(at) && !(after_a_language(at) && named.len() > 1)
        }) {
            return None;
        }
        // "my English is not good": a "not" one or two words after a name turns it round,
        // unless another name follows the "not" ("Arabic, not English").
        let turning = dates.turning_at(&words);
        let turned_after = |at: usize| {
            turning.iter().any(|&turn| {
                turn > at
                    && turn - at <= 2
                    && !named
                        .iter()
                        .any(|(other, _)| (turn + 1..=turn + 2).contains(other))
            })
        };
        // Several wanted ("yes, Arabic please, my English is not good" was asked again,
        // "українська або російська", Ukrainian or Russian, refused: a field test of stop
        // 62): each, in the order named.
        let mut wanted: Vec<&InterpreterLanguage> = Vec::new();
        for (_, language) in named.iter().filter(|(at, _)| {
            at.checked_sub(1)
                .filter(|&before| !after_a_language(before) || no_of_next(before))
                .and_then(|before| words.get(before))
                .is_none_or(|before| !turns(before))
                && !turned_after(*at)
                && !(no_at(at + 1) && !(before_a_language(at + 1) && no_of_next(at + 1)))
        }) {
            if !wanted.contains(&language) {
                wanted.push(language);
            }
        }
        match wanted.as_slice() {
            [] => None,
            [one] => Some((*one).clone()),
            // Any of them will do, for the office to book: "نعم عربي او كردي" (yes, Arabic or
            // Kurdish) booked Arabic, and the sentence stood apart in the notes (field test
            // CJ of stop 78). The German names, then the person's words, as for a language
            // the office knows by its German name.
            several => {
                let german: Vec<String> = several
                    .iter()
                    .map(|language| interpreter_language_name(language, "de"))
                    .collect();
                Some(InterpreterLanguage::Named(format!(
                    "{} – {}",
                    german.join(" oder "),
                    text.trim()
                )))
            }
        }
    }

    /// The interpreter languages `words` name, with where, and the dialects of their
    /// families the office books by name (Sorani beside Kurmanji). "Kurdisch Sorani" is
    /// Sorani alone: a family's name right before its dialect is left out, and a language
    /// a dialect of the sentence is part of.
    fn languages_and_dialects_at(&self, words: &[String]) -> Vec<(usize, InterpreterLanguage)> {
        let dialects: Vec<(usize, String)> = words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| Some((at, self.dialect_named(word)?)))
            .collect();
        let family = |name: &str| name.split(" (").next().unwrap_or(name).to_string();
        let mut named: Vec<(usize, InterpreterLanguage)> = self
            .languages_at(words)
            .into_iter()
            // "badînî" is a dialect, though the words find Kurmanji in it.
            .filter(|(at, _)| !dialects.iter().any(|(dialect_at, _)| dialect_at == at))
            .filter(|(at, code)| {
                let Some((_, german)) = interpreter_language(code) else {
                    return true;
                };
                // "Kurdisch Sorani" names one; "عربي بس لهجة سودانية" (Arabic, but the
                // Sudanese dialect) one too: the dialect's German name goes on the language's.
                let refined = german.trim_end_matches(')');
                !dialects.iter().any(|(dialect_at, dialect)| {
                    (*dialect_at == at + 1 && family(german) == family(dialect))
                        || dialect.starts_with(refined)
                })
            })
            .map(|(at, code)| (at, InterpreterLanguage::Code(code)))
            .collect();
        named.extend(
            dialects
                .into_iter()
                .map(|(at, dialect)| (at, InterpreterLanguage::Named(dialect))),
        );
        named.sort_by_key(|(at, _)| *at);
        named
    }

    /// The one interpreter language a sentence naming a relative and a yes asks for ("а
    /// мамі так, українська", "my father yes, Arabic").
    fn interpreter_for_a_relative(&self, text: &str) -> Option<String> {
        let words = words::tokens(text);
        if !self.content.locales.names_someone_of_the_family(text)
            || !(words.iter().any(|word| self.word_means(word, "button-yes"))
                || self.sentence_names("interpreter-question", "yes", text))
        {
            return None;
        }
        self.one_language_at(&words, &[])
    }

    /// The one language other than German that `text` says someone needs
    /// (`interpreter-question`'s `.need`), where no `.no` phrase says none is: "nein, aber
    /// meine Mutter braucht Türkisch", "لا هي تحتاج مترجم عربي" (no, she needs an Arabic
    /// interpreter), "hayir ama kardesim icin turkce lazim". Field test BS of stop 73 booked
    /// none for all three, by their first word.
    fn language_needed(&self, text: &str) -> Option<String> {
        if !self.sentence_names("interpreter-question", "need", text)
            || self.sentence_names("interpreter-question", "no", text)
        {
            return None;
        }
        self.one_language_at(&words::tokens(text), &["de"])
    }

    /// The one interpreter language other than German named in what a draft keeps in the
    /// person's words: the first message it took, its free-text answers. `None` for none or
    /// several.
    pub(super) fn language_said_with(&self, draft: &Draft) -> Option<String> {
        let texts = draft.took.iter().map(|said| said.text.as_str()).chain(
            draft.answers.values().filter_map(|answer| match answer {
                Answer::Text(text) => Some(text.as_str()),
                _ => None,
            }),
        );
        let words: Vec<String> = texts.flat_map(words::tokens).collect();
        // A dialect with a button of its own counts as that ("هو يتكلم كردي سوراني فقط":
        // Sorani, not Kurmanji).
        let codes: Vec<String> = self
            .languages_and_dialects_at(&words)
            .into_iter()
            .filter_map(|(_, language)| match language {
                InterpreterLanguage::Code(code) => Some(code),
                InterpreterLanguage::Named(german) => INTERPRETER_LANGUAGES
                    .iter()
                    .find(|(_, _, listed, _)| german.starts_with(listed))
                    .map(|(code, ..)| (*code).to_string()),
            })
            .filter(|code| code != "de")
            .collect();
        the_one(codes)
    }

    /// The one language of an interpreter a text typed at another question asks for: it
    /// names an interpreter (the `gist` meaning "Dolmetscher" in any language) and one
    /// language other than German, and says neither "no" nor that someone of their own
    /// translates (`interpreter-question`'s `.no` and `.own`).
    fn interpreter_ahead(&self, text: &str, lang: &str) -> Option<InterpreterLanguage> {
        // In whichever language: a Russian "переводчик" in an English chat too.
        let names_an_interpreter = std::iter::once(lang)
            .chain(
                self.content
                    .locales
                    .languages()
                    .filter(|code| *code != lang),
            )
            .any(|code| self.gist_meanings(text, code).contains("Dolmetscher"));
        if !names_an_interpreter
            || self.sentence_names("interpreter-question", "no", text)
            || self.sentence_names("interpreter-question", "own", text)
        {
            return None;
        }
        // "he needs interpreter kurdish sorani": Sorani, by its button; a dialect without
        // one with the words it was named with, as at the question itself.
        match self.one_language_or_dialect(&words::tokens(text))? {
            InterpreterLanguage::Named(named) => {
                let german = named.split(" – ").next().unwrap_or(&named);
                Some(
                    match INTERPRETER_LANGUAGES
                        .iter()
                        .find(|(_, _, listed, _)| *listed == german)
                    {
                        Some((code, ..)) => InterpreterLanguage::Code((*code).to_string()),
                        None => InterpreterLanguage::Named(format!("{german} – {}", text.trim())),
                    },
                )
            }
            code => Some(code),
        }
    }

    /// The one language or dialect other than German `words` name
    /// ([`Self::languages_and_dialects_at`]); `None` for none or several.
    fn one_language_or_dialect(&self, words: &[String]) -> Option<InterpreterLanguage> {
        the_one(
            self.languages_and_dialects_at(words)
                .into_iter()
                .map(|(_, language)| language)
                .filter(|language| *language != InterpreterLanguage::Code("de".into()))
                .collect(),
        )
    }

    /// The one interpreter language `words` name, leaving out `except`; `None` for none or
    /// several.
    fn one_language_at(&self, words: &[String], except: &[&str]) -> Option<String> {
        the_one(
            self.languages_at(words)
                .into_iter()
                .map(|(_, code)| code)
                .filter(|code| !except.contains(&code.as_str()))
                .collect(),
        )
    }

    /// The interpreter languages `words` name, with where.
    fn languages_at(&self, words: &[String]) -> Vec<(usize, String)> {
        words
            .iter()
            .enumerate()
            .filter_map(|(at, word)| Some((at, self.interpreter_language_named(word)?)))
            .collect()
    }

    /// How many interpreter languages `text` names, each once.
    fn languages_named(&self, text: &str) -> usize {
        let mut codes: Vec<String> = self
            .languages_at(&words::tokens(text))
            .into_iter()
            .map(|(_, code)| code)
            .collect();
        codes.sort();
        codes.dedup();
        codes.len()
    }

    /// The `.intro` phrases of label `label` in every language, as compared loosely: the
    /// words that say its answer comes. Made once: every address answer asks.
    fn intro_spellings(&self, label: &str) -> Arc<[String]> {
        cached(
            &self.option_spellings,
            &format!("intro\u{0}{label}"),
            || {
                let locales = &self.content.locales;
                let mut spellings: Vec<String> = locales
                    .languages()
                    .filter_map(|lang| locales.attribute(lang, label, "intro"))
                    .flat_map(|intro| intro.split(',').map(loose_key).collect::<Vec<_>>())
                    .collect();
                spellings.retain(|spelling| !spelling.is_empty());
                spellings.into()
            },
        )
    }

    /// Label `label` and its `.typed` spellings in every language, as compared loosely
    /// (without accents: "Turkiye" is "Türkiye").
    pub(super) fn option_spellings(&self, label: &str) -> Arc<[String]> {
        cached(&self.option_spellings, label, || {
            let locales = &self.content.locales;
            let mut spellings = Vec::new();
            for lang in locales.languages() {
                spellings.push(loose_key(&self.t(lang, label)));
                if let Some(typed) = locales.attribute(lang, label, "typed") {
                    spellings.extend(typed.split(',').map(loose_key));
                }
            }
            spellings.retain(|spelling| !spelling.is_empty());
            spellings.into()
        })
    }

    /// The `.typed` spellings of message `id` in every language, without its text: the
    /// words people write that the message answers ("danke", "شكرا" for `reply-thanks`).
    /// The languages whose `.typed` of `id` lists `text` as a whole (as [`loose_key`]s
    /// compare), each once.
    /// Whether `text` holds, word for word, one of the phrases of two words or more of
    /// `id`'s `.typed` in any language ("не поняла" in "не поняла чё писать").
    pub(super) fn has_phrase_of(&self, id: &str, text: &str) -> bool {
        // The phrases of two words or more, their folded words joined by one space, made
        // once per id: this runs for every text typed in a form.
        let phrases = cached(&self.option_spellings, &format!("phrases\u{0}{id}"), || {
            let locales = &self.content.locales;
            locales
                .languages()
                .filter_map(|code| locales.attribute(code, id, "typed"))
                .flat_map(|typed| {
                    typed
                        .split(',')
                        .map(words::tokens)
                        .filter(|phrase| phrase.len() >= 2)
                        .map(|phrase| phrase.join(" "))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        let tokens = words::tokens(text);
        phrases
            .iter()
            .any(|phrase| words::holds_phrase(&tokens, phrase))
    }

    pub(super) fn said_in_languages(&self, id: &str, text: &str) -> Vec<String> {
        // "<code>\0<spelling>" for every language's spellings, made once per id.
        let spellings = cached(
            &self.option_spellings,
            &format!("by-language\u{0}{id}"),
            || {
                let locales = &self.content.locales;
                locales
                    .languages()
                    .filter_map(|code| Some((code, locales.attribute(code, id, "typed")?)))
                    .flat_map(|(code, typed)| {
                        typed
                            .split(',')
                            .map(loose_key)
                            .filter(|spelling| !spelling.is_empty())
                            .map(|spelling| format!("{code}\u{0}{spelling}"))
                            .collect::<Vec<_>>()
                    })
                    .collect()
            },
        );
        let typed = loose_key(text);
        let mut codes: Vec<String> = spellings
            .iter()
            .filter_map(|entry| entry.split_once('\u{0}'))
            .filter(|(_, spelling)| *spelling == typed)
            .map(|(code, _)| code.to_string())
            .collect();
        codes.dedup();
        codes
    }

    pub(super) fn typed_spellings(&self, id: &str) -> Arc<[String]> {
        cached(&self.option_spellings, &format!("typed\u{0}{id}"), || {
            let locales = &self.content.locales;
            locales
                .languages()
                .filter_map(|lang| locales.attribute(lang, id, "typed"))
                .flat_map(|typed| typed.split(',').map(loose_key).collect::<Vec<_>>())
                .filter(|spelling| !spelling.is_empty())
                .collect()
        })
    }

    pub(super) fn refusal_text(&self, refusal: Option<Refusal>, lang: &str) -> String {
        let Some(refusal) = refusal else {
            return self.t(lang, "error-choose-option");
        };
        match refusal {
            Refusal::Empty => self.t(lang, "error-text-empty"),
            Refusal::PhotoExpected => self.t(lang, "error-photo-expected"),
            Refusal::NameWithoutLetter => self.t(lang, "error-name-letter"),
            Refusal::NameWithDigit => self.t(lang, "error-name-digit"),
            Refusal::AnswerWithoutLetter => self.t(lang, "error-answer-letter"),
            Refusal::AddressWithoutStreet => self.t(lang, "error-address-street"),
            Refusal::AddressUnknown => self.t(lang, "error-address-unknown"),
            Refusal::TooLong { max } => {
                self.ta(lang, "error-text-too-long", &[("max", max.into())])
            }
            Refusal::DateUnreadable => self.t(lang, "error-date-invalid"),
            Refusal::DateImpossible => self.t(lang, "error-date-impossible"),
            Refusal::DateInFuture => self.t(lang, "error-date-future"),
            Refusal::DateInPast => self.t(lang, "error-date-past"),
            Refusal::DateTooOld => self.t(lang, "error-date-too-old"),
            // "1948, I don't know the day" got the example 00.00.1990 (a Kurmanji field test).
            // With the year known, the date as papers write it is offered as a button.
            Refusal::DateYearOnly {
                year: Some(year),
                month,
            } => self.ta(
                lang,
                "error-date-unknown-day",
                &[
                    ("date", values::unknown_day(year, month).into()),
                    (
                        "known",
                        Arg::Key(if month.is_some() { "month" } else { "year" }),
                    ),
                ],
            ),
            Refusal::DateYearOnly { year: None, month } => self.ta(
                lang,
                "error-date-year-only",
                &[("date", values::unknown_day(1990, month).into())],
            ),
            Refusal::PersianYear { year, gregorian } => self.ta(
                lang,
                "error-date-persian-year",
                &[
                    ("year", year.to_string().into()),
                    ("gregorian", gregorian.to_string().into()),
                ],
            ),
            Refusal::DateTooFar => self.t(lang, "error-date-too-far"),
            Refusal::SolarHijri { gregorian } => self.ta(
                lang,
                "error-date-solar-hijri",
                &[("date", gregorian.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::DateYearMissing { suggested } => self.ta(
                lang,
                "error-date-year-missing",
                &[("date", suggested.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::DateYearShort { suggested } => self.ta(
                lang,
                "error-date-year-short",
                &[("date", suggested.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::DateMonthFirst { suggested } => self.ta(
                lang,
                "error-date-month-first",
                &[("date", suggested.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::DateAgo { suggested } => self.ta(
                lang,
                "error-date-ago",
                &[("date", suggested.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::DateDayMissing { example } => self.ta(
                lang,
                "error-date-day-missing",
                &[("example", example.format("%d.%m.%Y").to_string().into())],
            ),
            Refusal::Phone => self.t(lang, "error-phone"),
            Refusal::PhoneInWords => self.t(lang, "error-phone-in-words"),
            Refusal::Email => self.t(lang, "error-email"),
            Refusal::Number => self.t(lang, "error-number"),
            Refusal::NumberInAll => self.t(lang, "error-number-in-all"),
            Refusal::Code => self.t(lang, "error-code"),
            Refusal::NumberRange { min, max } => self.ta(
                lang,
                "error-number-range",
                &[("min", min.into()), ("max", max.into())],
            ),
        }
    }

    /// Text at the summary or at the list of answers to change: the button it names, else
    /// what a sentence says ("die Adresse ist falsch", "isteği değiştirmek istiyorum": the
    /// answer it names, to be changed; "da ist ein Fehler", "ja, aber …": the list of
    /// answers; "да, отправьте": send), and at the list "senden" goes back to the summary,
    /// where sending is. Else "not understood".
    fn summary_text(
        &self,
        session: &mut Session,
        form_id: &str,
        text: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        // "это уже отправлено?", "simdi gonderildi mi", "فرستادی؟" (is it sent already?)
        // sent the request by their word of sending, without the button (field test AY of
        // stop 69): a question about sending is answered, not yet, and the summary stays.
        // "can you send it?" too: one tap of the button is asked for.
        if session
            .drafts
            .get(form_id)
            .is_some_and(|draft| draft.position == Position::Review)
            && self.is_asked(text)
            && (self.asks_about_the_request(text)
                || self.sentence_names("button-send", "typed", text))
        {
            if !session.requests.is_empty() {
                reply.note(self.status(session, &lang, ctx.local_now()));
            }
            let button = self.t(&lang, "button-send");
            reply.note(self.ta(&lang, "form-not-sent-yet", &[("button", button.into())]));
            return self.reprompt(session, ctx, reply);
        }
        let prompt = self.prompt(session, ctx);
        if let Some(data) = prompt
            .message()
            .and_then(|message| self.loosely_named_button(session, message, text))
        {
            return self.on_button(session, &data, ctx, reply);
        }
        let (Some(form), Some(draft)) = (
            self.content.flow.form(form_id),
            session.drafts.get_mut(form_id),
        ) else {
            return self.button_or_not_understood(session, text, prompt, false, ctx, reply);
        };
        // "رجوع" (Back) at the summary, which has no Back button, got "not understood" (an
        // Arabic field test): what /back does there, the last question again.
        let meanings = self.typed_meanings(&loose_key(text));
        if meanings.contains(&"button-back") {
            return self.back(session, ctx, reply);
        }
        // "Überspringen" (Skip) at the summary opened the interpreter's question, whose
        // "Übersetzer" it resembles (a German field test): a question's button word names
        // no answer to change here.
        if meanings.iter().any(|meaning| {
            ["button-skip", "button-name-no-latin", "button-address-keep"].contains(meaning)
        }) {
            reply.note(self.t(&lang, "not-understood"));
            return self.reprompt(session, ctx, reply);
        }
        // "можно на украинском?" (can we go on in Ukrainian?) at the summary was kept as a
        // question for the office, "українська" not understood (a Ukrainian field test):
        // a language named, or the words of changing it, change the language here too.
        // Not where the sentence names an answer: "wergêr erê lazim e, kurmancî" (an
        // interpreter is needed, Kurmanji) changed the chat's language, and the interpreter
        // stayed as it was (field test BV of stop 74).
        let labels = form_labels(form);
        // Which answers the sentence names, as a whole (read once, for what follows).
        let named_whole = self.field_in_sentence(&labels, text, &lang);
        if let Some(code) = named_language(text, self.content.locales.words())
            && matches!(named_whole, Named::Nothing)
        {
            return self.language_asked_for(session, code, ctx, reply);
        }
        if self.sentence_names("cmd-language", "asked", text) {
            return self.on_command(session, Command::Language, ctx, reply);
        }
        let reviewing = draft.position == Position::Review;
        if reviewing {
            // Back at the summary another way (Back, "send" typed at a queued question):
            // what was queued is no longer asked.
            draft.corrections_queued.clear();
        }
        // "Mein Name ist richtig, bitte senden": an answer named, but to say it is right.
        // A word of sending with no word of change or no, and no new value (a digit, an
        // email address) in the sentence, sends.
        if reviewing
            && !text.contains('@')
            && !has_digit(text)
            && self.sentence_names("button-send", "typed", text)
            && !self.sentence_names("button-change", "asked", text)
            && !self.any_word_means(&words::tokens(text), &["button-no"])
        {
            return self.submit(session, form_id, ctx, reply);
        }
        // "the first name is Sam not Sami and the birthday is 3.4.1990", "الاسم Fatima مو
        // Fatma، والتلفون غلط الصح 0157…": each part names its own answer. Field test BT of
        // stop 74 got one of them changed, was told so, and the office read the others
        // unchanged. New answers in the sentence are taken; the others asked in turn.
        if reviewing {
            let (named, unnamed) =
                self.answers_named_in_parts(form, &labels, draft, text, &lang, ctx);
            // One answer told apart only part by part ("الاسم Samy مو Sami": "name" names
            // both names, the old word says which) is taken the same way.
            if named.len() >= 2 || (named.len() == 1 && matches!(named_whole, Named::Several)) {
                let mut queued = Vec::new();
                for (index, answer) in named {
                    let Some(field) = form.fields.get(index) else {
                        continue;
                    };
                    match answer {
                        Some(answer) => {
                            let shown = self.labelled_answer(field, &answer, &lang);
                            reply.note(self.ta(
                                &lang,
                                "answer-corrected",
                                &[("answer", shown.into())],
                            ));
                            take_correction(draft, field, answer, ctx.now);
                        }
                        None => queued.push(field.id.clone()),
                    }
                }
                draft.corrections_queued = queued;
                if let Some(index) = next_queued_correction(draft, &form.fields) {
                    correct(draft, index);
                }
                // Words beside the answers named go to the office; a sentence of nothing but
                // answers named ("first name Samir, family name Hadad") does not.
                if unnamed > 0 {
                    self.keep_a_long_correction(session, form_id, text, ctx, reply);
                }
                return self.reprompt(session, ctx, reply);
            }
        }
        match named_whole {
            Named::One(index) => {
                correct(draft, index);
                // "Meine neue Nummer ist 0151 2345678": the new answer is in the sentence.
                let field = form.fields.get(index);
                // So is "Geburtsdatum stimmt nicht, 2.1.1990" (a German field test got the
                // question again) and "wir sind 4 Personen".
                let given =
                    field.and_then(|field| self.value_in_correction(field, draft, text, ctx));
                return match (field, given) {
                    // Said what changed; and a sentence that says more than the new answer
                    // goes to the office too: "Ой, заявка должна быть на мужа! Его зовут
                    // Ivanov Sergei, родился 03.03.1984" (oh, the request should be for my
                    // husband: his name is …, born …) changed the birth date alone, without a
                    // word, and the rest was lost (a field test of stop 65).
                    (Some(field), Some(answer)) if reviewing => {
                        let shown = self.labelled_answer(field, &answer, &lang);
                        reply.note(self.ta(&lang, "answer-corrected", &[("answer", shown.into())]));
                        // Not "first name wrong, it is Karim Ahmad", which says nothing but
                        // the new answer (field test CS of stop 80: the office read it in the
                        // notes, beside the corrected name, and doubted it).
                        if self.says_more_than_the_answer(field, &answer, text, &lang) {
                            self.keep_a_long_correction(session, form_id, text, ctx, reply);
                        }
                        self.answer(session, form_id, field, answer, ctx, reply)
                    }
                    (Some(field), Some(answer)) => {
                        self.answer(session, form_id, field, answer, ctx, reply)
                    }
                    // "нет, лучше утром в понедельник" (no, better Monday morning) asked the
                    // time again, to be typed once more (a field test of stop 64): where the
                    // sentence names a time or a day, it answers the question it opened.
                    (Some(field), None)
                        if let FieldKind::Appointment { options } = &field.kind
                            && (!values::weekdays(text, self.content.locales.date_words())
                                .is_empty()
                                || matches!(self.time_named(options, text), Named::One(_))) =>
                    {
                        self.on_form_text(session, form_id, text, &[], ctx, reply)
                    }
                    // "др не так. 3 фев 95" (birth date wrong, 3 Feb 95): a date that is
                    // not taken as it stands (a year of two digits) answers the question it
                    // opened, which offers the date meant (a field test of stop 79 had the
                    // question asked again, the date lost).
                    (Some(field), None)
                        if matches!(field.kind, FieldKind::Date { .. })
                            && values::tries_a_date(text, self.content.locales.date_words()) =>
                    {
                        self.on_form_text(session, form_id, text, &[], ctx, reply)
                    }
                    // "the request is for my husband, Ivanov Sergei" opened the question of
                    // the request's text, and the sentence was lost (a field test of stop
                    // 65): it goes to the office too.
                    (Some(_), None) if reviewing => {
                        self.keep_a_long_correction(session, form_id, text, ctx, reply);
                        self.reprompt(session, ctx, reply)
                    }
                    _ => self.reprompt(session, ctx, reply),
                };
            }
            Named::Several if reviewing => {
                draft.position = Position::ChoosingCorrection;
                // "Oh, the request should be for my husband! His name is Ivanov Sergei, born
                // 03.03.1984" names several answers: which to change is asked, and the
                // sentence goes to the office too (a field test of stop 65 lost it).
                self.keep_a_long_correction(session, form_id, text, ctx, reply);
                return self.reprompt(session, ctx, reply);
            }
            Named::Several | Named::Nothing => {}
        }
        if reviewing && self.sentence_names("button-change", "asked", text) {
            draft.position = Position::ChoosingCorrection;
            return self.reprompt(session, ctx, reply);
        }
        // "да, отправьте пожалуйста", "ja, alles richtig": a yes first sends; "nein, noch
        // nicht senden", as "nein" alone, shows the list of answers; "please send it", a
        // word of sending with no word of no, sends. A "but" or an answer named was caught
        // above.
        if reviewing {
            let words = words::tokens(text);
            match self.first_word_yes_or_no(&words) {
                Some(true) => return self.submit(session, form_id, ctx, reply),
                Some(false) => {
                    draft.position = Position::ChoosingCorrection;
                    return self.reprompt(session, ctx, reply);
                }
                None if self.sentence_names("button-send", "typed", text)
                    && !self.any_word_means(&words, &["button-no"]) =>
                {
                    return self.submit(session, form_id, ctx, reply);
                }
                None => {}
            }
        }
        if !reviewing && self.sentence_names("button-send", "typed", text) {
            draft.position = Position::Review;
            return self.reprompt(session, ctx, reply);
        }
        // "Wie lange dauert das?" at the summary got "not understood": a question for the
        // office, added to the request.
        if reviewing && self.is_a_question(text) {
            let lang = self.lang(session, ctx);
            if self.answered_office_question(form_id, text, &lang, ctx.local_now(), reply) {
                return self.reprompt(session, ctx, reply);
            }
            return self.keep_for_office(session, form_id, text, Kept::Question, ctx, reply);
        }
        self.button_or_not_understood(session, text, prompt, false, ctx, reply)
    }

    /// An earlier question of the form whose answer `text`, typed at question `current`,
    /// says is wrong: it names the question (its label, as at the summary) and a word of
    /// "wrong" (`gist = falsch`), or a "not" (`gist = nicht`) and the new answer. With the
    /// new answer where the sentence has it.
    fn earlier_answer_corrected(
        &self,
        form: &Form,
        draft: &Draft,
        current: usize,
        text: &str,
        lang: &str,
        ctx: &StepContext<'_>,
    ) -> Option<(usize, Option<Answer>)> {
        let earlier = form.fields.get(..current)?;
        if earlier.is_empty() {
            return None;
        }
        // A yes or no first answers the question on screen: "Hayır, Almanca biraz
        // konuşuyorum ama kocam Türkçe konuşur" (no, I speak a little German, but my husband
        // speaks Turkish) at the interpreter question changed the topic to the German course
        // (a field test of stop 65).
        if form
            .fields
            .get(current)
            .is_some_and(|field| matches!(field.kind, FieldKind::YesNo | FieldKind::Interpreter))
            && words::tokens(text).first().is_some_and(|first| {
                self.word_means(first, "button-yes") || self.word_means(first, "button-no")
            })
        {
            return None;
        }
        let labels: Vec<&str> = earlier.iter().map(|field| field.label.as_str()).collect();
        let Named::One(index) = self.field_in_sentence(&labels, text, lang) else {
            return None;
        };
        let field = earlier.get(index)?;
        if !draft.answered_here(&field.id) {
            return None;
        }
        let said = self.gist_meanings(text, lang);
        let answer = self.value_in_correction(field, draft, text, ctx);
        (said.contains("falsch") || (said.contains("nicht") && answer.is_some()))
            .then_some((index, answer))
    }

    /// The answers a sentence at the summary names part by part (parts end at a comma or
    /// start at a word for "and", Arabic "و" joined to a label too), each with its new value
    /// where the part holds one, in the form's order; one answer named at most once, by the
    /// part with its value ("و آدرس هم، خانه نمبر 2 است نه 20": the address, and its
    /// house number). A part that names none goes on the one before where that has no
    /// value yet ("birthday wrong, is 1.1.1991"), or is an address (its street, its
    /// village). With the number of parts that went on none.
    fn answers_named_in_parts(
        &self,
        form: &Form,
        labels: &[&str],
        draft: &Draft,
        text: &str,
        lang: &str,
        ctx: &StepContext<'_>,
    ) -> (Vec<(usize, Option<Answer>)>, usize) {
        let names_one =
            |word: &str| !matches!(self.field_in_sentence(labels, word, lang), Named::Nothing);
        // Named, with the words its value is read from.
        let mut named: Vec<(usize, String, Option<Answer>)> = Vec::new();
        let mut unnamed = 0;
        let mut last: Option<usize> = None;
        for part in sentence_parts(text, &names_one) {
            let value_in = |index: usize, words: &str| {
                form.fields
                    .get(index)
                    .and_then(|field| self.value_in_correction(field, draft, words, ctx))
            };
            let index = match self.field_in_sentence(labels, &part, lang) {
                Named::One(index) => Some(index),
                // "the name is Sam not Sami": "name" names both names; the one whose answer
                // the part says is the one meant. "street number 15 not 50" names the phone
                // ("number") and the address: the one it holds a value for.
                Named::Several => {
                    let tokens = words::tokens(&part);
                    let holding: Vec<usize> = form
                        .fields
                        .iter()
                        .enumerate()
                        .filter(|(_, field)| match draft.answers.get(&field.id) {
                            // "sorry name is Khalid not Khaled": one of its words.
                            Some(answer) => latin_name_of(answer).is_some_and(|now| {
                                words::tokens(now)
                                    .iter()
                                    .any(|word| word.chars().count() >= 3 && tokens.contains(word))
                            }),
                            _ => false,
                        })
                        .map(|(index, _)| index)
                        .collect();
                    let valued: Vec<usize> = (0..form.fields.len())
                        .filter(|&index| {
                            labels.get(index..=index).is_some_and(|label| {
                                matches!(self.field_in_sentence(label, &part, lang), Named::One(_))
                            }) && value_in(index, &part).is_some()
                        })
                        .collect();
                    match (holding.as_slice(), valued.as_slice()) {
                        ([index], _) | ([], [index]) => Some(*index),
                        _ => None,
                    }
                }
                Named::Nothing => None,
            };
            match index {
                Some(index) => {
                    let value = value_in(index, &part);
                    match named.iter_mut().find(|(other, ..)| *other == index) {
                        Some(entry) if entry.2.is_none() && value.is_some() => {
                            *entry = (index, part.clone(), value);
                        }
                        Some(_) => {}
                        None => named.push((index, part.clone(), value)),
                    }
                    last = Some(index);
                }
                None => {
                    // The value of an answer named without one, the latest first: "телефон і
                    // адреса неправильні: Schulstraße 11 і 0176 1112223" (the phone and the
                    // address are wrong: …) glued the number to the address (field test BV
                    // of stop 74).
                    let mut goes_on = false;
                    for entry in named.iter_mut().rev().filter(|entry| entry.2.is_none()) {
                        let words = format!("{}, {part}", entry.1);
                        if let Some(value) = value_in(entry.0, &words) {
                            *entry = (entry.0, words, Some(value));
                            goes_on = true;
                            break;
                        }
                    }
                    // Else the village of the address named last, not a phone number.
                    if !goes_on
                        && let Some(index) = last
                        && form
                            .fields
                            .get(index)
                            .is_some_and(|field| matches!(field.kind, FieldKind::Address { .. }))
                        && values::first_phone(&part).is_err()
                        && let Some(entry) = named.iter_mut().find(|(other, ..)| *other == index)
                    {
                        let words = format!("{}, {part}", entry.1);
                        if let Some(value) = value_in(index, &words) {
                            *entry = (index, words, Some(value));
                            goes_on = true;
                        }
                    }
                    if !goes_on {
                        unnamed += 1;
                    }
                }
            }
        }
        let mut named: Vec<(usize, Option<Answer>)> = named
            .into_iter()
            .map(|(index, _, value)| (index, value))
            .collect();
        named.sort_by_key(|(index, _)| *index);
        (named, unnamed)
    }

    /// The new answer to `field` in a sentence that corrects it ("Meine neue Nummer ist
    /// 0151 2345678", "Geburtsdatum stimmt nicht, 2.1.1990", "wir sind 4 Personen"), where
    /// it holds one.
    fn value_in_correction(
        &self,
        field: &Field,
        draft: &Draft,
        text: &str,
        ctx: &StepContext<'_>,
    ) -> Option<Answer> {
        match &field.kind {
            // "громадянство неправильне, я з Грузії" (the nationality is wrong, I am from
            // Georgia): the one option the sentence names (a field test of stop 62 was asked
            // again).
            // The words after the label: "Staatsangehörigkeit" names "staatenlos" too.
            FieldKind::Choice { options, .. } => {
                let words = self.value_after_label(field, text).unwrap_or(text);
                match self.option_named(options, words) {
                    Named::One(option) => Some(Answer::Choice(option.value.clone())),
                    Named::Several | Named::Nothing => None,
                }
            }
            // The words before the number are the correction ("телефон не той,
            // правильний 0152 …" became its note): only those after it are a note
            // ("after 6 pm"); without them the old number's note (whose phone it
            // is) stays (Ukrainian and German field tests). Of two numbers the
            // first is the number, as at the question.
            // Nor words after it that only say it is the right one ("0176 … olacak", will
            // be, kept as "(olacak)"), or the old number turned round ("… not 0151 …"):
            // field test BQ of stop 73.
            FieldKind::Phone => values::first_phone(text).ok().map(|number| {
                let (_, after) = values::words_around_phone(text, &number);
                let digits = |text: &str| {
                    text.chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                };
                let old = match draft.answers.get(&field.id) {
                    Some(Answer::Phone(old) | Answer::PhoneWithNote { number: old, .. }) => {
                        Some(digits(old))
                    }
                    _ => None,
                };
                // "… 0152 9998887 і напишіть що діти Marko 2015 і Sofiia 2019" (and write
                // that the children are …) is a message of its own, not whose number it is
                // (field test BU of stop 74 read it as the phone's note); it goes to the
                // office as the whole sentence does.
                let starts_anew = |words: &str| {
                    words
                        .split_whitespace()
                        .next()
                        .map(|first| {
                            first
                                .trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        })
                        .is_some_and(|first| AND_WORDS.contains(&first.as_str()))
                };
                let after = after.filter(|words| {
                    !self.only_phone_labels(words)
                        && !starts_anew(words)
                        && !old.as_ref().is_some_and(|old| {
                            !old.is_empty() && digits(words).contains(old.as_str())
                        })
                });
                let note = after.or_else(|| match draft.answers.get(&field.id) {
                    Some(Answer::PhoneWithNote { note, .. }) => Some(note.clone()),
                    _ => None,
                });
                match note {
                    Some(note) => Answer::PhoneWithNote { number, note },
                    None => Answer::Phone(number),
                }
            }),
            FieldKind::Email => values::email_standing_alone(text).ok().map(Answer::Email),
            // "wergêr erê lazim e, kurmancî", "Dolmetscher ist falsch, Kurmanci nicht Sorani":
            // the one language the sentence wants.
            FieldKind::Interpreter => self
                .interpreter_language_in_answer(text)
                .map(|language| Answer::Interpreter(Some(language))),
            // Or with the month's name: "تاريخ الميلاد غلط، الصحيح ٣ شباط ١٩٩٥" (the birth
            // date is wrong, the right one is 3 February 1995) opened the question, and the
            // date was lost (field test CP of stop 79).
            FieldKind::Date { range, .. } => {
                let read = |words: &str| {
                    values::date(
                        words,
                        *range,
                        ctx.local_now().date(),
                        self.content.locales.date_words(),
                    )
                    .ok()
                };
                match values::date_word(text) {
                    Some(word) => read(word),
                    None => read(text),
                }
                .map(Answer::Date)
            }
            // "3 değil 4 kişiyiz" (not 3, we are 4): the last number that is not the
            // answer now (a Turkish field test got the question with 3 and its ✓).
            FieldKind::Number { min, max } if has_digit(text) => {
                let now = match draft.answers.get(&field.id) {
                    Some(Answer::Number(now)) => Some(*now),
                    _ => None,
                };
                let numbers: Vec<i64> = values::digit_groups(text)
                    .iter()
                    .filter_map(|digits| digits.parse().ok())
                    .collect();
                match numbers.as_slice() {
                    [_] => values::number(text, *min, *max).ok(),
                    _ => numbers
                        .iter()
                        .rev()
                        .find(|number| Some(**number) != now)
                        .and_then(|number| values::number(&number.to_string(), *min, *max).ok()),
                }
                .map(Answer::Number)
            }
            // "адреса неправильна, Lange Str. 5, Hohenhausen", "Familienname falsch,
            // richtig ist Koval-Shevchuk", "Paşnav: Xelîl": field tests in four
            // languages got the old answer again with its ✓, the new one lost.
            FieldKind::Address { max_length } => {
                let now = draft.answers.get(&field.id);
                let corrected = || {
                    house_number_corrected(now, text, &|word| {
                        self.content
                            .locales
                            .date_words()
                            .turns_round(&words::tokens(word))
                    })
                };
                // "address is wrong it is Weserstrasse 12 not 21" became the address
                // "Weserstrasse 12 not 21", the village lost (field test BQ of stop 73):
                // words that hold the old house number beside a new one put the number right.
                // "navnîşan şaş e Mittelstr 13 e" (the address is wrong, it is Mittelstr 13):
                // no "e" (is) after the number, and the village of the address before where
                // the new one names none (field test BU of stop 74 sent "Mittelstr 13 e",
                // without Erder).
                let lists = self.content.locales.words();
                match self
                    .value_after_label(field, text)
                    .filter(|rest| values::names_a_street(rest) && has_digit(rest))
                {
                    Some(rest) if holds_old_house_number(now, rest) => corrected(),
                    Some(rest) => values::text(
                        &with_old_place(
                            now,
                            without_words_after_number(rest, &|word| {
                                lists.is_name_end(&words::fold_phrase(word))
                            }),
                        ),
                        *max_length,
                    )
                    .ok(),
                    None => corrected(),
                }
                .map(Answer::Text)
            }
            FieldKind::Name { max_length } => self
                .value_after_label(field, text)
                .filter(|rest| {
                    let words: Vec<&str> = rest.split_whitespace().collect();
                    words.len() <= 4
                        && words
                            .iter()
                            .all(|word| word.starts_with(char::is_uppercase))
                })
                .and_then(|rest| values::name(rest, *max_length).ok())
                .map(Answer::Text)
                // "Khalid not Khaled", "Ali مو Aly", "Ahmad Shah است نه Ahmed": the word of the
                // name put right (field test BV of stop 74 asked again, the old name ticked).
                // The name in its own script stays beside it: the same name, spelt anew.
                .or_else(|| {
                    let now = draft.answers.get(&field.id)?;
                    let put_right = name_word_put_right(latin_name_of(now)?, text, &|word| {
                        self.content
                            .locales
                            .date_words()
                            .turns_round(&words::tokens(word))
                    })?;
                    let latin = values::name(&put_right, *max_length).ok()?;
                    Some(match now {
                        Answer::Name { original, .. } => Answer::Name {
                            original: original.clone(),
                            latin: LatinSpelling::Typed(latin),
                        },
                        _ => Answer::Text(latin),
                    })
                }),
            _ => None,
        }
    }

    pub(super) fn on_form_button(
        &self,
        session: &mut Session,
        form_id: &str,
        action: Option<Action>,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let Some(form) = self.content.flow.form(form_id) else {
            return self.leave(session, ctx, reply);
        };
        let Some(draft) = session.drafts.get_mut(form_id) else {
            return self.leave(session, ctx, reply);
        };
        draft.updated = ctx.now;
        match action {
            Some(Action::CancelForm) => self.cancel(session, None, ctx, reply),
            Some(Action::Send) if draft.position == Position::Review => {
                self.submit(session, form_id, ctx, reply)
            }
            Some(Action::Change) if draft.position == Position::Review => {
                draft.position = Position::ChoosingCorrection;
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Review) if draft.position == Position::ChoosingCorrection => {
                draft.position = Position::Review;
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Fix { field: index })
                if draft.position == Position::ChoosingCorrection =>
            {
                if index < form.fields.len() {
                    correct(draft, index);
                }
                self.reprompt(session, ctx, reply);
            }
            Some(Action::Answer {
                field: index,
                value,
            }) => {
                let Position::Field {
                    index: current,
                    step,
                    ..
                } = draft.position
                else {
                    return self.stale(session, ctx, reply);
                };
                if index != current {
                    return self.stale(session, ctx, reply);
                }
                let Some(field) = form.fields.get(current) else {
                    return self.stale(session, ctx, reply);
                };
                let answer = match (&field.kind, step, value) {
                    (FieldKind::Photos { max, .. }, FieldStep::Retake, choice) => {
                        let max = *max;
                        return self
                            .on_retake_choice(session, form_id, field, max, choice, ctx, reply);
                    }
                    (_, FieldStep::Main, FieldButton::KeepAnswer)
                        if draft.answers.contains_key(&field.id) =>
                    {
                        draft.from_earlier.retain(|id| *id != field.id);
                        return self.advance(session, form_id, ctx, reply);
                    }
                    // The person's own words are not emptied by a Skip of an earlier
                    // screen, or typed ("weiter"): the prompt shows "✓" for them instead.
                    (FieldKind::Text { .. }, FieldStep::Main, FieldButton::Skip)
                        if matches!(draft.answers.get(&field.id), Some(Answer::Text(_))) =>
                    {
                        return self.advance(session, form_id, ctx, reply);
                    }
                    (_, _, FieldButton::Skip) if field.optional => Some(Answer::Skipped),
                    // The last photo taken back (a wrong one): the question again, with
                    // what is left.
                    (FieldKind::Photos { .. }, FieldStep::Main, FieldButton::RemovePhoto) => {
                        let left = match draft.answers.get_mut(&field.id) {
                            Some(Answer::Photos(photos)) if !photos.is_empty() => {
                                photos.pop();
                                photos.len()
                            }
                            _ => return self.stale(session, ctx, reply),
                        };
                        if left == 0 {
                            draft.answers.remove(&field.id);
                        }
                        reply.note(self.t(&lang, "photo-removed"));
                        return self.reprompt(session, ctx, reply);
                    }
                    // "I do not have this paper": what saying so does.
                    (FieldKind::Photos { .. }, FieldStep::Main, FieldButton::NoPaper) => {
                        let Some(note) =
                            self.content
                                .locales
                                .attribute(&lang, &field.prompt, "no-document")
                        else {
                            return self.stale(session, ctx, reply);
                        };
                        // The office reads the button in its own language: "Sie schrieb:
                        // ليس عندي هذه الورقة" was the Arabic label (a field test of stop 61).
                        let words = self.t(
                            &self.form_office_language(form_id, &lang),
                            "button-no-paper",
                        );
                        let field = field.clone();
                        return self
                            .without_paper(session, form_id, &field, &words, note, ctx, reply);
                    }
                    // "No time fits": when the person can come is asked, in their words
                    // (a field test of stop 63: the office read only "Keine Zeit passt").
                    (
                        FieldKind::Appointment { options },
                        FieldStep::Main,
                        FieldButton::Option(k),
                    ) if options
                        .get(k)
                        .is_some_and(|option| option.value == NO_TIME_FITS) =>
                    {
                        follow_up(draft, current, FieldStep::OtherTyped);
                        return self.reprompt(session, ctx, reply);
                    }
                    (FieldKind::Appointment { .. }, FieldStep::OtherTyped, FieldButton::Skip) => {
                        Some(Answer::Choice(NO_TIME_FITS.to_string()))
                    }
                    (
                        FieldKind::Choice { options, .. } | FieldKind::Appointment { options },
                        _,
                        FieldButton::Option(k),
                    ) => options.get(k).map(|o| Answer::Choice(o.value.clone())),
                    (
                        FieldKind::Choice { other: Some(_), .. },
                        FieldStep::Main,
                        FieldButton::Other,
                    ) => {
                        follow_up(draft, current, FieldStep::OtherTyped);
                        return self.reprompt(session, ctx, reply);
                    }
                    (FieldKind::YesNo, _, FieldButton::Yes) => Some(Answer::YesNo(true)),
                    (FieldKind::YesNo, _, FieldButton::No) => Some(Answer::YesNo(false)),
                    (FieldKind::Interpreter, FieldStep::Main, FieldButton::No) => {
                        Some(Answer::Interpreter(None))
                    }
                    (FieldKind::Interpreter, FieldStep::Main, FieldButton::Yes) => {
                        follow_up(draft, current, FieldStep::InterpreterLanguage);
                        return self.reprompt(session, ctx, reply);
                    }
                    (
                        FieldKind::Interpreter,
                        FieldStep::InterpreterLanguage,
                        FieldButton::OtherInterpreterLanguage,
                    ) => {
                        follow_up(draft, current, FieldStep::InterpreterTyped);
                        return self.reprompt(session, ctx, reply);
                    }
                    (
                        FieldKind::Interpreter,
                        FieldStep::InterpreterLanguage,
                        FieldButton::InterpreterLanguage(code),
                    ) => interpreter_language(&code)
                        .is_some()
                        .then_some(Answer::Interpreter(Some(InterpreterLanguage::Code(code)))),
                    (
                        FieldKind::Name { .. },
                        FieldStep::LatinName,
                        value @ (FieldButton::LatinSuggestion | FieldButton::NoLatinDocument),
                    ) => {
                        let Some(original) = draft.pending_original.clone() else {
                            return self.stale(session, ctx, reply);
                        };
                        let latin = if value == FieldButton::NoLatinDocument {
                            Some(LatinSpelling::NoDocument)
                        } else {
                            script::latin_suggestion(
                                &original,
                                &lang,
                                self.content.locales.name_spellings(),
                            )
                            .map(LatinSpelling::Suggested)
                        };
                        latin.map(|latin| Answer::Name { original, latin })
                    }
                    (
                        FieldKind::Name { .. },
                        FieldStep::NameInBoth,
                        value @ (FieldButton::Yes | FieldButton::No),
                    ) => {
                        let Some(both) = name_in_both(form, draft, current) else {
                            return self.stale(session, ctx, reply);
                        };
                        if value == FieldButton::Yes
                            && let Some(longer) = form.fields.get(both.longer)
                        {
                            draft.answers.insert(longer.id.clone(), both.shortened);
                        }
                        return self.advance(session, form_id, ctx, reply);
                    }
                    (FieldKind::Date { .. }, FieldStep::Main, FieldButton::SuggestedDate) => {
                        let Some(date) = draft.suggested_date else {
                            return self.stale(session, ctx, reply);
                        };
                        Some(date.answer())
                    }
                    (
                        FieldKind::Address { .. },
                        FieldStep::LatinAddress,
                        FieldButton::KeepAsWritten,
                    ) => {
                        let Some(original) = draft.pending_original.clone() else {
                            return self.stale(session, ctx, reply);
                        };
                        Some(Answer::Text(original))
                    }
                    // "1" was the house number after all.
                    (FieldKind::Address { .. }, FieldStep::WordAsAnswer, FieldButton::Yes) => {
                        let address = draft.pending_number.as_deref().and_then(|number| {
                            values::street_with_number(draft.pending_original.as_deref()?, number)
                        });
                        let Some(address) = address else {
                            return self.stale(session, ctx, reply);
                        };
                        Some(Answer::Text(address))
                    }
                    (FieldKind::Email, FieldStep::WordAsAnswer, FieldButton::KeepAsWritten) => {
                        let Some(meant) = draft.pending_original.clone() else {
                            return self.stale(session, ctx, reply);
                        };
                        Some(Answer::Email(meant))
                    }
                    (
                        kind @ (FieldKind::Name { .. } | FieldKind::Address { .. }),
                        FieldStep::WordAsAnswer,
                        FieldButton::KeepAsWritten,
                    ) => {
                        let Some(word) = draft.pending_original.clone() else {
                            return self.stale(session, ctx, reply);
                        };
                        if !script::is_latin(&word) {
                            // "نعم" kept as the name: its Latin spelling is asked as for any.
                            let step = if matches!(kind, FieldKind::Name { .. }) {
                                FieldStep::LatinName
                            } else {
                                FieldStep::LatinAddress
                            };
                            ask_about(draft, current, step, word);
                            return self.reprompt(session, ctx, reply);
                        }
                        Some(Answer::Text(word))
                    }
                    (FieldKind::Photos { min, .. }, _, FieldButton::Done) => {
                        let count = photo_count(draft, field);
                        if count >= *min && count > 0 {
                            return self.advance(session, form_id, ctx, reply);
                        }
                        reply.note(self.ta(
                            &lang,
                            "photo-send-more",
                            &[("missing", (min - count).into())],
                        ));
                        return self.reprompt(session, ctx, reply);
                    }
                    // Any other button answers no question here (an old one, or one of
                    // another step). Kinds are listed, so a new kind must be thought of.
                    (
                        FieldKind::Text { .. }
                        | FieldKind::Code { .. }
                        | FieldKind::Name { .. }
                        | FieldKind::Address { .. }
                        | FieldKind::Date { .. }
                        | FieldKind::Phone
                        | FieldKind::Email
                        | FieldKind::Number { .. }
                        | FieldKind::Choice { .. }
                        | FieldKind::Appointment { .. }
                        | FieldKind::YesNo
                        | FieldKind::Interpreter
                        | FieldKind::Photos { .. },
                        _,
                        _,
                    ) => None,
                };
                match answer {
                    Some(answer) => self.answer(session, form_id, field, answer, ctx, reply),
                    None => self.stale(session, ctx, reply),
                }
            }
            _ => self.stale(session, ctx, reply),
        }
    }

    pub(super) fn answer(
        &self,
        session: &mut Session,
        form_id: &str,
        field: &Field,
        answer: Answer,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        // "I am her son Wali, I write for her" in the request's own words: hers, written by
        // her son, and the office is told so (field tests BX and BY of stop 75 read "Die
        // Person spricht Englisch" for a mother who speaks only Pashto).
        if let (FieldKind::Text { .. }, Answer::Text(said)) = (&field.kind, &answer)
            && self.content.locales.words().says_who_writes(said)
        {
            let helper = self.content.locales.words().names_a_helper(said);
            if self
                .content
                .flow
                .form(form_id)
                .is_some_and(|form| form.is_for_someone_else(helper))
                && session
                    .drafts
                    .get(form_id)
                    .is_some_and(|draft| !draft.for_relative)
            {
                let by_helper = session.helper_named(helper);
                if let Some(draft) = session.drafts.get_mut(form_id) {
                    draft.for_relative = true;
                    draft.by_helper = by_helper;
                }
            }
        }
        let is_name = matches!(field.kind, FieldKind::Name { .. });
        // The name the last request gave this question, where the one typed now is
        // another: also after its ✓ was taken and Back pressed (a field test of stop 68
        // tapped the wife's "✓ Mariam", went back, typed "Ahmad", and was offered her
        // birth date).
        let other_than_earlier = is_name
            && session
                .earlier
                .as_ref()
                .and_then(|earlier| field.earlier_key().and_then(|key| earlier.answers.get(key)))
                .is_some_and(|earlier| !same_name(earlier, &answer));
        let lang = self.lang(session, ctx);
        if let Some(note) = self.past_deadline_note(field, &answer, &lang, ctx.local_now().date()) {
            reply.note(note);
        }
        if let Some(draft) = session.drafts.get_mut(form_id) {
            // Questions kept for the office go with the free-text answer, first.
            let answer = match answer {
                Answer::Text(text)
                    if matches!(field.kind, FieldKind::Text { .. })
                        && !draft.questions.is_empty() =>
                {
                    Answer::Text(with_questions(&mut draft.questions, &text))
                }
                Answer::Skipped
                    if matches!(field.kind, FieldKind::Text { .. })
                        && !draft.questions.is_empty() =>
                {
                    Answer::Text(with_questions(&mut draft.questions, ""))
                }
                Answer::Voice {
                    audio,
                    duration_seconds,
                    text,
                } if !draft.questions.is_empty() => Answer::Voice {
                    audio,
                    duration_seconds,
                    text: with_questions(&mut draft.questions, &text),
                },
                answer => answer,
            };
            // A name other than the last request's: the request is for someone else (a
            // daughter's for herself after her father's), and the last person's birth date,
            // nationality and interpreter, offered with a ✓, would go with it if tapped (a
            // field test). They are no longer offered; the phone stays, without its note
            // ("я донька Олена", I am his daughter Olena).
            // Compared folded: "MÜLLER" after "Müller" is the same person (a field test).
            let another_person = is_name
                && ((draft.from_earlier.contains(&field.id)
                    && !draft
                        .answers
                        .get(&field.id)
                        .is_some_and(|earlier| same_name(earlier, &answer)))
                    || other_than_earlier);
            let changed = draft
                .answers
                .get(&field.id)
                .is_some_and(|earlier| *earlier != answer);
            // A Persian date taken as converted: its words under the date.
            if let Some(from) = draft.suggested_from.take()
                && draft.suggested_date.map(OfferedDate::answer).as_ref() == Some(&answer)
            {
                draft.beside.push(WordsBeside {
                    field: field.id.clone(),
                    line: from,
                    settled: false,
                });
            }
            words_beside_answered(draft, &field.id, changed);
            draft.answers.insert(field.id.clone(), answer);
            draft.from_earlier.retain(|id| *id != field.id);
            if another_person && let Some(form) = self.content.flow.form(form_id) {
                forget_the_earlier_person(form, draft);
            }
            draft.pending_original = None;
            draft.pending_number = None;
            draft.drop_suggested_date();
            draft.updated = ctx.now;
            // "Ahmet Yılmaz" typed as the family name, then "Ahmet" as the given name: the
            // office would read "Ahmet" twice. Which is right is asked once.
            if let (true, Some(form), Position::Field { index, .. }) =
                (is_name, self.content.flow.form(form_id), draft.position)
                && name_in_both(form, draft, index).is_some()
            {
                follow_up(draft, index, FieldStep::NameInBoth);
                return self.reprompt(session, ctx, reply);
            }
        }
        self.advance(session, form_id, ctx, reply);
    }

    /// Moves to the next question, or back to the summary after a correction.
    pub(super) fn advance(
        &self,
        session: &mut Session,
        form_id: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let total = self
            .content
            .flow
            .form(form_id)
            .map_or(0, |f| f.fields.len());
        let mut previous = None;
        // A phone or email question asked again from the summary or for want of both.
        let mut contact_again = false;
        // Another answer changed from the summary: the want of a phone and an email was
        // said on the way there, and is not asked again (field test AX of stop 69 skipped
        // both again after every change).
        let mut other_corrected = false;
        if let Some(draft) = session.drafts.get_mut(form_id) {
            if let Position::Field {
                index, correcting, ..
            } = draft.position
            {
                previous = Some(index);
                let answered = self
                    .content
                    .flow
                    .form(form_id)
                    .and_then(|form| form.fields.get(index));
                let is_contact = answered
                    .is_some_and(|field| matches!(field.kind, FieldKind::Phone | FieldKind::Email));
                contact_again = correcting && is_contact;
                other_corrected = correcting && !is_contact;
                if answered.is_some_and(|field| draft.says_who_the_person_is(field))
                    && !draft.for_relative
                {
                    draft.person_answered_as_own = true;
                }
            }
            // Back where a correction typed mid-form came from, once it is answered.
            let resume = draft.resume_at.take();
            // The next question not answered by the way into the form.
            let fields = self
                .content
                .flow
                .form(form_id)
                .map(|form| form.fields.as_slice());
            let given = |index: usize| {
                fields
                    .and_then(|fields| fields.get(index))
                    .is_some_and(|field| draft.was_given(&field.id))
            };
            draft.position = match draft.position {
                Position::Field {
                    index,
                    correcting: false,
                    ..
                } => match resume
                    .filter(|&at| at > index && at < total)
                    .or_else(|| (index + 1..total).find(|&next| !given(next)))
                {
                    Some(next) => Position::Field {
                        index: next,
                        correcting: false,
                        step: FieldStep::Main,
                    },
                    None => Position::Review,
                },
                // A correction answered: the next one the summary's sentence named.
                _ => match fields.and_then(|fields| next_queued_correction(draft, fields)) {
                    Some(index) => Position::Field {
                        index,
                        correcting: true,
                        step: FieldStep::Main,
                    },
                    None => Position::Review,
                },
            };
            // Hard-to-read photos sent for this question earlier are asked about now.
            if let Position::Field { index, .. } = draft.position
                && let Some(field) = fields.and_then(|fields| fields.get(index))
                && let FieldKind::Photos { max, .. } = field.kind
            {
                retake::bring_ahead(draft, field, max);
            }
        }
        let missing = match (self.content.flow.form(form_id), session.drafts.get(form_id)) {
            (Some(form), Some(draft)) if draft.position == Position::Review && !other_corrected => {
                self.missing_contact(form, draft, previous, ctx)
            }
            _ => None,
        };
        if let Some(index) = missing {
            let lang = self.lang(session, ctx);
            // Without a phone or an email address the office writes a letter to the address
            // given (a person in a shared home without either was told only to go to the
            // office: field test AW of stop 69); without an address, where to go instead.
            let home = self
                .content
                .flow
                .form(form_id)
                .zip(session.drafts.get(form_id))
                .and_then(|(form, draft)| {
                    super::session::postal_address(form, |id| draft.answers.get(id))
                })
                .map(|(field, answer)| self.display_answer(field, answer, &lang));
            // Said once as a way out, when the phone is asked again; once more, as what
            // will happen, above the summary; not between (a field test of stop 69 read
            // the same letter sentence three times in a row).
            let again_at_summary =
                contact_again && previous.is_some_and(|previous| index <= previous);
            let visit = match home {
                Some(home) if again_at_summary => {
                    Some(self.ta(&lang, "contact-by-letter", &[("home", home.into())]))
                }
                Some(_) if contact_again => None,
                Some(home) => {
                    Some(self.ta(&lang, "contact-needed-letter", &[("home", home.into())]))
                }
                None => self
                    .form_office(form_id)
                    .and_then(|institution| institution.address.as_deref())
                    .map(|address| {
                        self.ta(
                            &lang,
                            "contact-needed-visit",
                            &[("address", address.into())],
                        )
                    }),
            };
            // Both skipped again when asked for want of both (a Russian field test: Skip,
            // Skip, the two questions in turn for ever, cancelling the only way out): the
            // summary, to be sent, with where to go.
            if again_at_summary {
                if let Some(visit) = visit {
                    reply.note(visit);
                }
                return self.reprompt(session, ctx, reply);
            }
            let mut note = self.t(&lang, "contact-needed");
            if let Some(visit) = visit {
                note.push('\n');
                note.push_str(&visit);
            }
            reply.note(note);
            if let Some(draft) = session.drafts.get_mut(form_id) {
                draft.position = Position::Field {
                    index,
                    correcting: true,
                    step: FieldStep::Main,
                };
            }
        }
        self.reprompt(session, ctx, reply);
    }

    /// The first phone or email question of `form` when the office could not answer: it has
    /// no caseworker room here, does not answer by email through Kompass, and neither a phone
    /// number nor an email was given. A request nobody can answer is of no use to the
    /// newcomer.
    /// After a skipped contact question (`previous`) the next one is asked, so phone and
    /// email take turns.
    pub(super) fn missing_contact(
        &self,
        form: &Form,
        draft: &Draft,
        previous: Option<usize>,
        ctx: &StepContext<'_>,
    ) -> Option<usize> {
        let answers_here = self
            .content
            .flow
            .institution(&form.institution)
            .is_some_and(|institution| contact::reachable(institution, ctx));
        let given = draft
            .answers
            .values()
            .any(|a| a.phone_number().is_some() || matches!(a, Answer::Email(_)));
        if answers_here || given {
            return None;
        }
        let contact =
            |(_, f): &(usize, &Field)| matches!(f.kind, FieldKind::Phone | FieldKind::Email);
        let mut fields = form.fields.iter().enumerate();
        fields
            .clone()
            .filter(contact)
            .find(|(i, _)| previous.is_some_and(|p| *i > p))
            .or_else(|| fields.find(contact))
            .map(|(i, _)| i)
    }

    /// The photo questions of `form` whose photos are of another paper than the one asked
    /// for: where the person said so at the question ([`Draft::without_papers`]), and,
    /// where a choice's option says the paper is lost (`without_papers = true`: "I lost my
    /// residence card"), the questions for an identity paper (those that say what to send
    /// without it, `.no-document`). A field test of stop 59 found the police's paper sent
    /// as `01-aufenthaltstitel.jpg`.
    fn photos_without_papers(&self, form: &Form, draft: &Draft) -> Vec<String> {
        let mut without = draft.without_papers.clone();
        let lost = form.fields.iter().any(|field| {
            matches!(
                (&field.kind, draft.answers.get(&field.id)),
                (FieldKind::Choice { options, .. }, Some(Answer::Choice(value)))
                    if options.iter().any(|option| option.value == *value && option.without_papers)
            )
        });
        if lost {
            for field in &form.fields {
                let identity_paper = self.content.locales.languages().any(|lang| {
                    self.content
                        .locales
                        .attribute(lang, &field.prompt, "no-document")
                        .is_some()
                });
                if matches!(field.kind, FieldKind::Photos { .. })
                    && identity_paper
                    && !without.contains(&field.id)
                {
                    without.push(field.id.clone());
                }
            }
        }
        without
    }

    pub(super) fn submit(
        &self,
        session: &mut Session,
        form_id: &str,
        ctx: &mut StepContext<'_>,
        reply: &mut Reply,
    ) {
        let lang = self.lang(session, ctx);
        let flow = &self.content.flow;
        let (Some(form), Some(draft)) = (flow.form(form_id), session.drafts.remove(form_id)) else {
            return self.leave(session, ctx, reply);
        };
        let reference = request::reference(&flow.reference_prefix, ctx.now, (ctx.next_sequence)());
        let without_papers = self.photos_without_papers(form, &draft);
        // Words said at the appointment and about it go under its line, not among the
        // notes: the office read "Keine Zeit passt" there, and when the person can come
        // in the notes below (a field test of stop 64).
        let said_with = said_with_appointments(form, &draft);
        let answers: Vec<(String, Answer)> = form
            .fields
            .iter()
            .map(|field| {
                let answer = draft
                    .answers
                    .get(&field.id)
                    .cloned()
                    .unwrap_or(Answer::Skipped);
                (field.id.clone(), without_said_with(answer, &said_with))
            })
            .collect();
        // "…терміново", "طردني صاحب البيت": the person's own words look urgent, which the
        // office's email says at its top (`crate::gist`); the person is told, with the
        // numbers for danger and when the office opens (the urgency test of stop 60 was
        // told "This can take a few days" alone).
        let words = self.content.locales.words();
        // What the person's free text says, in their language, German or English.
        let said: Vec<crate::gist::Said> = form
            .fields
            .iter()
            .filter(|field| matches!(field.kind, FieldKind::Text { .. }))
            .filter_map(|field| match draft.answers.get(&field.id) {
                Some(Answer::Text(text)) => Some(text),
                _ => None,
            })
            .flat_map(|text| self.said_in_any(text, &lang))
            .collect();
        // A day within two weeks: as urgent as the office's email says it is (a field test
        // of stop 68 was told an answer may take a few days, for an appointment in four).
        let today = ctx.local_now().date();
        let sounds_urgent = said.iter().any(|said| said.sounds_urgent(words, today));
        let says = |means: &dyn Fn(&str) -> bool| {
            said.iter()
                .any(|said| matches!(said, crate::gist::Said::Meaning(meaning) if means(meaning)))
        };
        // "Are you in danger? Call 110 or 112" under a permit that runs out alarmed more
        // than it helped (a field test of stop 67): only where violence or a threat is said
        // (`danger` in words.txt).
        let in_danger = says(&|meaning| words.is_danger(meaning));
        // "my baby has fever since 2 days" on a Sunday got no word of a doctor (the same
        // field test; `illness`).
        let ill = says(&|meaning| words.is_illness(meaning));
        let request = Request {
            reference: reference.clone(),
            institution: form.institution.clone(),
            form: form_id.to_string(),
            user: ctx.user.clone(),
            language: lang.clone(),
            submitted_at: ctx.now,
            answers,
            earlier: super::navigation::sent_lately_to(
                session,
                &form.institution,
                ctx.local_now().date(),
            )
            .map(|sent| request::EarlierRequest {
                reference: sent.reference.clone(),
                submitted: sent.submitted,
            })
            .collect(),
            without_papers: without_papers.clone(),
            said_with,
            for_relative: draft.for_relative,
            by_helper: draft.by_helper,
            person_asked_as_theirs: (draft.for_relative
                && form
                    .fields
                    .iter()
                    .any(|field| draft.says_who_the_person_is(field)))
            .then_some(!draft.person_answered_as_own),
            spoken: session.spoken.clone(),
        };
        let institution = flow.institution(&form.institution);
        let answer_way = AnswerWay::of(
            institution.is_some_and(|institution| contact::reachable(institution, ctx)),
            draft.answers.values(),
            self.content.locales.words(),
        )
        .or_letter(form, |id| draft.answers.get(id));
        // The person's details, offered at the same questions of the next request.
        let mut earlier = session
            .earlier
            .take()
            .map(|earlier| earlier.answers)
            .unwrap_or_default();
        // A relative's request keeps the writer's own details for the writer's next one:
        // only the household's are taken from it (a field test of stop 68 was offered the
        // wife's name and birth date at the husband's next request).
        for field in &form.fields {
            if let (Some(key), Some(answer)) = (field.earlier_key(), draft.answers.get(&field.id))
                && *answer != Answer::Skipped
                && (!draft.for_relative || (!draft.by_helper && EarlierAnswers::is_household(key)))
            {
                earlier.insert(key.to_string(), answer.clone());
            }
        }
        session.earlier = Some(EarlierAnswers {
            answers: earlier,
            sent: ctx.now,
        });
        let files = request
            .attachments()
            .filter_map(|(_, file)| file.fingerprint.clone())
            .collect();
        session.requests.push(RequestSummary {
            reference: reference.clone(),
            institution: form.institution.clone(),
            submitted: ctx.local_now().date(),
            status: DeliveryStatus::Queued,
            closed: false,
            answer_way: Some(answer_way),
            form: Some(form_id.to_string()),
            cancel_asked: None,
            files,
        });
        reply.outputs.push(Output::Submit(Box::new(request)));

        let institution_label = institution.map_or_else(String::new, |i| self.t(&lang, &i.label));
        reply.note(self.ta(
            &lang,
            "request-submitted",
            &[
                ("reference", reference.as_str().into()),
                ("institution", institution_label.into()),
            ],
        ));
        // What happens next, and how long it takes: "when will they answer?" is what people
        // ask right after sending.
        reply.note(self.ta(
            &lang,
            "request-next",
            &[("way", Arg::Key(answer_way.key()))],
        ));
        if sounds_urgent {
            let mut urgent = self.t(&lang, "request-urgent");
            // Only a letter can reach the person: it may come after the deadline (a field
            // test of stop 79: five days left, the office was told to write a letter). The
            // office's address follows with the documents to bring.
            if answer_way == AnswerWay::Letter {
                urgent.push('\n');
                urgent.push_str(&self.t(&lang, "request-urgent-letter"));
            }
            if let Some(open) =
                institution.and_then(|office| self.open_now_text(office, &lang, ctx.local_now()))
            {
                urgent.push('\n');
                urgent.push_str(&open);
            }
            if in_danger {
                urgent.push('\n');
                urgent.push_str(&self.t(&lang, "request-urgent-danger"));
            }
            reply.note(urgent);
        }
        if ill {
            reply.note(self.t(&lang, "request-ill"));
        }
        if let Some(institution) = institution {
            reply.note(self.documents_note(
                institution,
                Some(form),
                &lang,
                !without_papers.is_empty(),
            ));
        }
        reply.flush(is_rtl(&lang));
        session.trail.clear();
        let start = flow.start.clone();
        self.enter(session, &start, false, ctx, reply);
    }
}

/// Adds `photo` to the photos `field` of `draft` has: how many it has then.
pub(super) fn add_photo(draft: &mut Draft, field: &Field, photo: AttachmentRef) -> usize {
    let mut photos = match draft.answers.remove(&field.id) {
        Some(Answer::Photos(photos)) => photos,
        _ => Vec::new(),
    };
    photos.push(photo);
    let count = photos.len();
    draft
        .answers
        .insert(field.id.clone(), Answer::Photos(photos));
    count
}

pub(super) fn photo_count(draft: &Draft, field: &Field) -> usize {
    match draft.answers.get(&field.id) {
        Some(Answer::Photos(photos)) => photos.len(),
        _ => 0,
    }
}

/// The interpreter language's name: German for German text, otherwise its own name.
pub fn interpreter_language_name(language: &InterpreterLanguage, lang: &str) -> String {
    match language {
        // German as the office writes it; else as the person can read it.
        InterpreterLanguage::Code(code) if lang == "de" => {
            interpreter_language(code).map_or_else(|| code.clone(), |(_, german)| german.into())
        }
        InterpreterLanguage::Code(code) => {
            super::language::interpreter_language_label(code, lang).unwrap_or_else(|| code.clone())
        }
        InterpreterLanguage::Named(name) => name.clone(),
    }
}

/// [`interpreter_language_name`] as the person reads it in `lang`: of a language named
/// with the office's German before the person's words ("Arabisch (syrischer Dialekt) –
/// عربي سوري"), their words (the summary showed an Arabic speaker the German: field test
/// CA of stop 75).
pub fn interpreter_language_for_person(language: &InterpreterLanguage, lang: &str) -> String {
    match language {
        InterpreterLanguage::Named(name) if lang != "de" => name
            .split_once(" – ")
            .map_or(name.as_str(), |(_, theirs)| theirs)
            .to_string(),
        _ => interpreter_language_name(language, lang),
    }
}

/// The one item of `items` once runs of the same are made one: `None` for none or several.
fn the_one<T: PartialEq>(mut items: Vec<T>) -> Option<T> {
    items.dedup();
    match items.len() {
        1 => items.pop(),
        _ => None,
    }
}

/// Two names said in one answer, each with the words of its label
/// ([`Engine::labelled_names`]).
struct LabelledNames<'f> {
    /// The name the question asks for.
    mine: String,
    /// The form's other name question, and its name.
    other: Option<(&'f Field, String)>,
}

/// The code a sentence holds, and how many words it left out: the words with a digit and
/// the short capitals beside them ("AZ 32.1-4711/24", "BG 962D123456"); the other words
/// are about it ("mektupta var 123D456789", "the number on the letter is 123D456789"). The
/// whole where no word has a digit.
fn code_in_sentence(text: &str) -> (String, usize) {
    let words: Vec<&str> = text.split_whitespace().collect();
    // A word of a code has two digits or more, or is short: "3al" (Arabic "on", in Latin
    // letters with a digit for ع) in "3al risale 123D456789" is none (a field test of stop
    // 64 kept it in the customer number).
    let has_digit = |word: &str| {
        let word = values::normalize_digits(word);
        let digits = word.chars().filter(char::is_ascii_digit).count();
        digits >= 2 || (digits == 1 && word.chars().count() <= 2)
    };
    let part_of_code = |word: &str| {
        has_digit(word)
            || (word.chars().count() <= 4
                && word.chars().any(char::is_alphabetic)
                && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
    };
    let (Some(first), Some(last)) = (
        words.iter().position(|word| has_digit(word)),
        words.iter().rposition(|word| has_digit(word)),
    ) else {
        return (text.to_string(), 0);
    };
    let mut start = first;
    while start > 0 && words.get(start - 1).is_some_and(|word| part_of_code(word)) {
        start -= 1;
    }
    let mut end = last + 1;
    while words.get(end).is_some_and(|word| part_of_code(word)) {
        end += 1;
    }
    let code = words.get(start..end).unwrap_or_default().join(" ");
    let code = code
        .trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '،'))
        .to_string();
    (code, words.len() - (end - start))
}

/// Endings of the patronymics of Ukrainian and Russian names ("Петрівна", "Іванович",
/// "Сергеевна"), folded.
const PATRONYMIC_ENDINGS: [&str; 8] = [
    "ович", "евич", "євич", "івна", "ївна", "овна", "евна", "ична",
];

/// The family name and the given name of a name in Cyrillic letters with a patronymic:
/// "Шевченко Оксана Петрівна" (family name first, as documents write it), "Оксана
/// Петрівна Шевченко" (as it is said), and the given name of "Оксана Петрівна" (no family
/// name). `None` where no word or more than one looks like a patronymic, or the name has
/// other words.
fn names_around_patronymic(text: &str) -> Option<(Option<String>, String)> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '-'))
        .collect();
    let cyrillic = |word: &str| {
        !word.is_empty()
            && word
                .chars()
                .all(|c| matches!(c, '\u{0400}'..='\u{04FF}' | '\'' | '’' | 'ʼ' | '-'))
    };
    if !words.iter().all(|word| cyrillic(word)) {
        return None;
    }
    let patronymic = |word: &str| {
        let folded = words::fold(word);
        folded.chars().count() > 5 && PATRONYMIC_ENDINGS.iter().any(|end| folded.ends_with(end))
    };
    let marks: Vec<bool> = words.iter().map(|word| patronymic(word)).collect();
    match (words.as_slice(), marks.as_slice()) {
        ([family, given, _], [false, false, true]) => {
            Some((Some(family.to_string()), given.to_string()))
        }
        ([given, _, family], [false, true, false]) => {
            Some((Some(family.to_string()), given.to_string()))
        }
        ([given, _], [false, true]) => Some((None, given.to_string())),
        _ => None,
    }
}

/// The other of `form`'s two name questions than `field`, with its number; `None` where
/// the form has not exactly two.
fn other_name_question<'f>(form: &'f Form, field: &Field) -> Option<(usize, &'f Field)> {
    let mut names = form
        .fields
        .iter()
        .enumerate()
        .filter(|(_, other)| matches!(other.kind, FieldKind::Name { .. }));
    let (first, second) = (names.next()?, names.next()?);
    if names.next().is_some() {
        return None;
    }
    Some(if first.1.id == field.id {
        second
    } else {
        first
    })
}

/// Where the words that introduce a name (`name_intro`: "my name is", "soyadım") stand in
/// `folded` words: the longest at each word, as start and end.
fn name_intro_places(lists: &words::WordLists, folded: &[String]) -> Vec<(usize, usize)> {
    let mut places = Vec::new();
    let mut at = 0;
    while at < folded.len() {
        let count = (1..=4).rev().find(|&count| {
            folded.get(at..at + count).is_some_and(|intro| {
                let phrase = intro.join(" ");
                !phrase.is_empty() && lists.is_name_intro(&phrase)
            })
        });
        match count {
            Some(count) => {
                places.push((at, at + count));
                at += count;
            }
            None => at += 1,
        }
    }
    places
}

/// Names put right at a name question ([`Engine::names_put_right`]).
struct NamesPutRight<'f> {
    /// The other name question, answered before, and its name as now said where that is
    /// another than its answer.
    other: &'f Field,
    theirs: Option<String>,
    /// The name of the question on screen, where said.
    mine: Option<String>,
    /// A part said more than names: kept for the office.
    more_said: bool,
}

/// Where an intro of a name stands in a name answer, and which name its words say.
struct NameIntro {
    start: usize,
    end: usize,
    /// The question's name (`Some(true)`), the other name question's (`Some(false)`), or
    /// either ("my name is").
    this: Option<bool>,
}

/// Whether the folded words of `intro` hold one of `phrases` (folded), word for word.
fn intro_holds(intro: &[String], phrases: &BTreeSet<String>) -> bool {
    phrases
        .iter()
        .any(|phrase| words::holds_phrase(intro, phrase))
}

/// Moves `draft` to a follow-up question (`step`) of field `index`, still corrected from the
/// summary if it was.
fn follow_up(draft: &mut Draft, index: usize, step: FieldStep) {
    let correcting = matches!(
        draft.position,
        Position::Field {
            correcting: true,
            ..
        }
    );
    draft.position = Position::Field {
        index,
        correcting,
        step,
    };
}

/// Words that, typed alone, say no, skip or done in some language ("nein", "yok",
/// "fertig"): with `button-yes`, no answer to a name or address question at first sight.
const WORDS_OF_NO: [&str; 3] = ["button-no", "button-skip", "button-done"];

/// Whether `text`, typed at a name or at a list that takes one's own answer, is a sentence
/// rather than a name: six words or more with one in small letters ("Ich habe einen Brief
/// …"; the longest country names have five, "Saint Vincent and the Grenadines"), or, in a
/// script without capitals (Arabic, Persian), eight or more (a name with its father's and
/// grandfather's names has six). "Olena Ivanivna Maria Anna Kateryna Sofiia Oksana" is
/// names.
pub(super) fn reads_as_a_sentence(text: &str) -> bool {
    let words = words_with_letters(text);
    let small_letter_word = words.iter().any(|word| {
        word.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
    });
    words.len() >= 8 || (words.len() >= 6 && small_letter_word)
}

/// Whether `text`, typed at a question's first step, is a sentence to keep for the office
/// ([`reads_as_a_sentence`]) that was not kept before: typed again, it is meant as the
/// answer.
fn a_sentence_to_keep(draft: &Draft, step: FieldStep, text: &str) -> bool {
    // Also after "Is that really the answer?": "skip" at the given name, then "I can't
    // hear well, please only write SMS" was the given name (a field test of stop 58).
    matches!(step, FieldStep::Main | FieldStep::WordAsAnswer)
        && reads_as_a_sentence(text)
        && !kept_before(draft, text)
}

/// Whether `text` is a message of five words or more at a photo question, not kept for the
/// office before: no photo, and no answer there (the words of having none, of later, of
/// done were read before). Fewer are mostly about the photo itself ("هلق ببعتلك ياها
/// استني", wait, I am sending it: an Arabic field test found it in the office's notes).
fn a_message_at_a_photo(draft: &Draft, step: FieldStep, text: &str) -> bool {
    step == FieldStep::Main && words_with_letters(text).len() >= 5 && !kept_before(draft, text)
}

/// The words of `text` as typed that have a letter (not "5", "–").
/// Whether an answer to the email question says more than the address: a number beside
/// it ("sami@gmail.com, my son Omar 0151 9876543 speaks German": the son's number was
/// lost, a field test of stop 62), or six words or more ("my email is …" says nothing
/// more).
fn more_than_an_address(text: &str) -> bool {
    let beside = |word: &str| !word.contains('@');
    text.split_whitespace()
        .filter(|word| beside(word))
        .any(|word| values::normalize_digits(word).contains(|c: char| c.is_ascii_digit()))
        || words_with_letters(text)
            .into_iter()
            .filter(|word| beside(word))
            .count()
            >= 5
}

/// `clause` as the words before a phone number that ends it and the number ("Lippische Str
/// 10 Kalletal 0171 2223344"); as one else. A postcode and a house number read together
/// are none ("Bahnhofstr 12 32689 Kalletal": the number must be the end, start with 0 or +
/// and have eight digits or more).
fn trailing_phone_apart<'t>(
    clause: &'t str,
    is_phone_label: &dyn Fn(&str) -> bool,
) -> Vec<&'t str> {
    match values_apart(clause, is_phone_label, &|_| false).as_slice() {
        [.., last]
            if !last.chars().any(char::is_alphabetic)
                && values::first_phone(last).is_ok_and(|number| values::dialable(&number))
                && clause.ends_with(last) =>
        {
            let before = clause[..clause.len() - last.len()].trim();
            if before.is_empty() {
                vec![clause]
            } else {
                vec![before, last]
            }
        }
        _ => vec![clause],
    }
}

/// `clause` cut after its last date ("01.02.1990") where words follow it: the part up to
/// the date and the words after it.
fn words_after_a_date(clause: &str) -> Option<(&str, &str)> {
    let mut at = 0;
    let mut cut = None;
    for word in clause.split_whitespace() {
        let start = clause[at..].find(word).map_or(at, |offset| at + offset);
        at = start + word.len();
        let date = word.trim_end_matches([',', ';']);
        if values::looks_like_a_date(date) && date.chars().filter(char::is_ascii_digit).count() >= 6
        {
            cut = Some(at);
        }
    }
    let (date, after) = clause.split_at(cut?);
    let after = after.trim();
    (!after.is_empty()).then_some((date.trim(), after))
}

/// `clause` in parts where values meet without a comma: before a date ("01.02.1990"; not
/// after its words, `is_date_word`: "geboren am") and after it, before a street with its
/// number ("Hauptstr 5"), and before a phone number that ends it (with its label,
/// `is_phone_label`: "тел 0160 1112233").
fn values_apart<'t>(
    clause: &'t str,
    is_phone_label: &dyn Fn(&str) -> bool,
    is_date_word: &dyn Fn(&str) -> bool,
) -> Vec<&'t str> {
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .scan(0, |at, word| {
            let start = clause[*at..].find(word).map_or(*at, |offset| *at + offset);
            *at = start + word.len();
            Some((start, word))
        })
        .collect();
    let mut cuts: Vec<usize> = Vec::new();
    // After a date only where the clause holds other values too: "03.03.1985 doğumluyum"
    // (born on) is one part.
    let mut after_dates: Vec<usize> = Vec::new();
    let mut dates_cut_before = 0;
    for (index, (start, word)) in words.iter().enumerate() {
        let next = words.get(index + 1);
        if values::looks_like_a_date(word) && word.chars().filter(char::is_ascii_digit).count() >= 6
        {
            // Not after its own words: "geboren am 03.03.1985".
            if !index
                .checked_sub(1)
                .and_then(|before| words.get(before))
                .is_some_and(|(_, before)| is_date_word(before))
            {
                cuts.push(*start);
                dates_cut_before += 1;
            }
            if let Some((after, _)) = next {
                after_dates.push(*after);
            }
        }
        // A street's name with its number after it; "Lippische Str 10" from its name.
        if values::names_a_street(word)
            && next.is_some_and(|(_, number)| number.starts_with(|c: char| c.is_ascii_digit()))
        {
            let named_before = index
                .checked_sub(1)
                .and_then(|before| words.get(before))
                .filter(|(_, name)| values::is_bare_street_word(word) && !has_digit(name));
            cuts.push(named_before.map_or(*start, |(before, _)| *before));
        }
    }
    // The phone number at the end: the longest run of words from the end that reads as
    // one, with the word of its label before it ("тел").
    let phone_from = (1..words.len()).find_map(|from| {
        let (start, _) = words.get(from)?;
        let rest = clause.get(*start..)?;
        (!rest.chars().any(char::is_alphabetic)
            && !values::looks_like_a_date(rest)
            && values::first_phone(rest).is_ok_and(|number| values::dialable(&number))
            && values::phone(rest).is_ok())
        .then_some(from)
    });
    if let Some(from) = phone_from {
        let label = words
            .get(from - 1)
            .filter(|(_, label)| !has_digit(label) && is_phone_label(label));
        if let Some((start, _)) = label.or_else(|| words.get(from)) {
            cuts.push(*start);
        }
    }
    if cuts.len() > dates_cut_before {
        cuts.extend(after_dates);
    }
    cuts.retain(|cut| *cut > 0 && *cut < clause.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut parts = Vec::new();
    let mut last = 0;
    for cut in cuts.into_iter().chain([clause.len()]) {
        if let Some(part) = clause.get(last..cut).map(str::trim)
            && !part.is_empty()
        {
            parts.push(part);
        }
        last = cut;
    }
    parts
}

/// The name after a colon where it is one to four words of Latin letters and something
/// stands before the colon: "اسمها مو اسمي: Al-Ahmad", "her name: Fatima Al-Ahmad".
fn latin_name_after_colon(text: &str) -> Option<String> {
    let (before, after) = text.rsplit_once([':', '：'])?;
    let after = after.trim().trim_end_matches(['.', ',', '!']);
    let words: Vec<&str> = after.split_whitespace().collect();
    (before.chars().any(char::is_alphabetic)
        && (1..=4).contains(&words.len())
        && script::is_latin(after)
        && words.iter().all(|word| {
            word.chars().any(char::is_alphabetic)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
        }))
    .then(|| after.to_string())
}

/// Words for "but", folded: what follows the last of them is what a sentence ends up
/// saying ("ich spreche Deutsch, aber sie nicht"). Levantine "بس" is "only" too ("بس عربي",
/// only Arabic), which reads the same way.
const BUT_WORDS: [&str; 16] = [
    "but", "aber", "doch", "но", "але", "ama", "fakat", "lakin", "lê", "بس", "لكن", "لاكن", "اما",
    "ولی", "ولي", "ولکن",
];

/// Words for "not" and "no" that end an elliptical sentence ("aber sie nicht", "ولی
/// شوهرم نه", "بس جوزي لا"), and for "does not know" ("eşim bilmiyor", "jina min nizane").
const NOT_WORDS: [&str; 22] = [
    "not", "no", "nicht", "nein", "не", "ні", "нет", "نه", "لا", "مو", "değil", "yok", "na", "ne",
    "neither", "either", "doesn't", "don't", "can't", "cannot", "bilmiyor", "nizane",
];

/// Words around a person in such a sentence that name nobody: "my", "the", "also".
const AROUND_A_PERSON: [&str; 22] = [
    "my", "the", "also", "too", "mein", "meine", "meiner", "auch", "мой", "моя", "мій", "тоже",
    "теж", "benim", "de", "da", "min", "jî", "هم", "كمان", "برضو", "ham",
];

/// Third persons: "she", "he" in the eight languages, and German "Mann" and "Frau", which
/// are a husband and a wife after "mein" (the `relatives` lists leave them out: a man).
const THIRD_PERSONS: [&str; 20] = [
    "she", "he", "sie", "er", "она", "он", "вона", "він", "o", "ew", "هي", "هو", "او", "اون",
    "hiya", "huwe", "oo", "ona", "mann", "frau",
];

/// The words of `text` after its last word for "but" ([`BUT_WORDS`]), where some follow.
fn after_last_but(text: &str) -> Option<String> {
    let buts: Vec<String> = BUT_WORDS.iter().map(|but| words::fold(but)).collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().rposition(|word| {
        buts.contains(&words::fold(
            word.trim_matches(|c: char| !c.is_alphanumeric()),
        ))
    })?;
    let after = words.get(at + 1..)?.join(" ");
    after.chars().any(char::is_alphabetic).then_some(after)
}

/// A name answer's Latin letters: the text, or the Latin spelling beside the original.
fn latin_name_of(answer: &Answer) -> Option<&str> {
    match answer {
        Answer::Text(text) => Some(text),
        Answer::Name { latin, .. } => latin.text(),
        _ => None,
    }
}

/// The name `old` with one of its words put right by `text`: "Khalid not Khaled" (the
/// Latin words just before a word that turns round, `turns`, and one of the name's words
/// after it). `None` where `text` says no such thing.
fn name_word_put_right(old: &str, text: &str, turns: &dyn Fn(&str) -> bool) -> Option<String> {
    let written: Vec<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|word| !word.is_empty())
        .collect();
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let same = |a: &str, b: &str| loose_key(a) == loose_key(b);
    for (at, word) in written.iter().enumerate() {
        let Some(replaced) = old_words.iter().position(|old| same(old, word)) else {
            continue;
        };
        let Some(turn) = at.checked_sub(1) else {
            continue;
        };
        if !written.get(turn).is_some_and(|turning| turns(turning)) {
            continue;
        }
        // The Latin words with a capital before it, skipping words like "is", "است".
        let before = written.get(..turn)?;
        let end = before
            .iter()
            .rposition(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))?;
        let start = before
            .get(..=end)?
            .iter()
            .rposition(|word| {
                !(script::is_latin(word) && word.starts_with(|c: char| c.is_uppercase()))
            })
            .map_or(0, |at| at + 1);
        let new = before.get(start..=end)?;
        if new.is_empty()
            || new.len() > 3
            || new
                .iter()
                .any(|word| old_words.iter().any(|old| same(old, word)))
        {
            return None;
        }
        let mut name: Vec<&str> = old_words.clone();
        name.splice(replaced..=replaced, new.iter().copied());
        return Some(name.join(" "));
    }
    None
}

/// `address` without the words after its last number that only end a sentence (Kurmanji
/// "e", Persian "است": `name_end`), nor signs alone ("…").
fn without_words_after_number<'a>(address: &'a str, ends: &dyn Fn(&str) -> bool) -> &'a str {
    let mut rest = address.trim_end();
    loop {
        let Some((before, last)) = rest.rsplit_once(char::is_whitespace) else {
            return rest;
        };
        let bare = last.trim_matches(|c: char| !c.is_alphanumeric());
        let after_number = before.chars().any(|c| c.is_ascii_digit());
        if after_number
            && (bare.is_empty() || (ends(bare) && !bare.chars().any(|c| c.is_ascii_digit())))
        {
            rest = before.trim_end();
        } else {
            return rest;
        }
    }
}

/// A corrected address with the place of the address `now` where it names none: the words
/// after the old one's house number ("Tahlstr 7 Kalletal Bentorf" put right as "Talstraße
/// 7" keeps "Kalletal Bentorf"). As it is where it has words after its own number.
fn with_old_place(now: Option<&Answer>, address: &str) -> String {
    let place_after_number = |text: &str| -> Option<String> {
        let at = text.rfind(|c: char| c.is_ascii_digit())?;
        let after = text.get(at + 1..)?;
        // A house number's letter ("13a") is no place.
        let after = after.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        after
            .chars()
            .any(char::is_alphabetic)
            .then(|| after.trim().to_string())
    };
    let Some(Answer::Text(old)) = now else {
        return address.to_string();
    };
    match (place_after_number(address), place_after_number(old)) {
        (None, Some(place)) if the_house_number(address).is_some() => {
            let place = place.trim_start_matches([',', ' ']);
            format!("{address}, {place}")
        }
        _ => address.to_string(),
    }
}

/// Whether `text` holds the one house number of the address `now` beside another number:
/// a house number put right ("Weserstrasse 12 not 21"), not a new address.
fn holds_old_house_number(now: Option<&Answer>, text: &str) -> bool {
    let Some(old) = now.and_then(|now| match now {
        Answer::Text(address) => the_house_number(address),
        _ => None,
    }) else {
        return false;
    };
    let typed = house_numbers(text);
    typed.contains(&old) && typed.iter().any(|digits| *digits != old)
}

/// The runs of digits in `text` that can be a house number (four digits at most: a
/// postcode is none).
fn house_numbers(text: &str) -> Vec<String> {
    values::digit_groups(text)
        .into_iter()
        .filter(|digits| digits.len() <= 4)
        .collect()
}

/// The one house number of `address`, if it has exactly one.
fn the_house_number(address: &str) -> Option<String> {
    match house_numbers(address).as_slice() {
        [old] => Some(old.clone()),
        _ => None,
    }
}

/// The address `now` with its house number replaced by the one other number in `text`:
/// "sorry, house number 7 not 5", "شماره خانه ۷ است نه ۲" (a field test of stop 63: the
/// next question took it, and the address kept its old number). Where the other number
/// is the one turned round ("7 not 5" said again once 7 is the answer: a field test of
/// stop 64 got 5 back), the address as it is. `None` where the address has no single house
/// number (a postcode is none) or `text` no single other number.
fn house_number_corrected(
    now: Option<&Answer>,
    text: &str,
    turns_round: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let Some(Answer::Text(now)) = now else {
        return None;
    };
    let old = the_house_number(now)?;
    let new = match house_numbers(text)
        .into_iter()
        .filter(|digits| *digits != old)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [new] => new.clone(),
        _ => return None,
    };
    // "not 5", "5 değil": the number beside a word that turns it round is the wrong one.
    let typed: Vec<String> = values::normalize_digits(text)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    // The word before it ("not 5", "نه ۵"), or after it where no number follows that word
    // ("3 değil"; in "7 not 5" the "not" is the 5's).
    let is_number = |word: &String| word.chars().any(|c| c.is_ascii_digit());
    let turned = |number: &str| {
        typed.iter().enumerate().any(|(at, word)| {
            word.trim_matches(|c: char| !c.is_ascii_digit()) == number
                && (at
                    .checked_sub(1)
                    .and_then(|before| typed.get(before))
                    .is_some_and(|before| turns_round(before))
                    || typed.get(at + 1).is_some_and(|after| turns_round(after))
                        && !typed.get(at + 2).is_some_and(is_number))
        })
    };
    if turned(&new) && !turned(&old) {
        return Some(now.clone());
    }
    let now = values::normalize_digits(now);
    // The old number where it stands alone, not inside the postcode.
    let at = now.match_indices(old.as_str()).find_map(|(at, _)| {
        let before = now[..at].chars().next_back();
        let after = now[at + old.len()..].chars().next();
        (!before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit()))
            .then_some(at)
    })?;
    Some(format!("{}{new}{}", &now[..at], &now[at + old.len()..]))
}

/// `text` cut at commas, semicolons and line breaks that stand outside brackets.
fn outside_brackets(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | ';' | '\n' | '،' | '؛' if depth == 0 => {
                parts.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn words_with_letters(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect()
}

/// Whether two answers to a name are the same name, as written in any case or with any
/// accents: the name as typed, folded.
fn same_name(earlier: &Answer, now: &Answer) -> bool {
    let typed = |answer: &Answer| match answer {
        Answer::Name { original, .. } | Answer::Text(original) => Some(words::fold(original)),
        _ => None,
    };
    earlier == now || matches!((typed(earlier), typed(now)), (Some(a), Some(b)) if a == b)
}

/// Drops the answers of the last request's person offered in `draft` that are a person's
/// own (names, birth date, nationality, interpreter), and the note of its phone.
fn forget_the_earlier_person(form: &Form, draft: &mut Draft) {
    for field in &form.fields {
        if !draft.from_earlier.contains(&field.id) {
            continue;
        }
        match field.kind {
            FieldKind::Name { .. }
            | FieldKind::Date { .. }
            | FieldKind::Choice { .. }
            | FieldKind::Interpreter => {
                draft.answers.remove(&field.id);
                draft.from_earlier.retain(|id| *id != field.id);
            }
            FieldKind::Phone => {
                if let Some(Answer::PhoneWithNote { number, .. }) = draft.answers.get(&field.id) {
                    let number = number.clone();
                    draft
                        .answers
                        .insert(field.id.clone(), Answer::Phone(number));
                }
            }
            _ => {}
        }
    }
}

/// Whether `text` was kept for the office before, as a question or a line of a free answer.
pub(super) fn kept_before(draft: &Draft, text: &str) -> bool {
    let text = text.trim();
    draft.questions.iter().any(|kept| kept == text)
        || draft.answers.values().any(
            |answer| matches!(answer, Answer::Text(kept) if kept.lines().any(|line| line == text)),
        )
}

/// What [`Engine::keep_for_office`] keeps, for the note that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kept {
    Question,
    Message,
    /// A message that says the request is for someone else ("Для мами"): the questions
    /// are then about that person.
    ForSomeoneElse,
    /// Two people's names at a question for another person's ("ahmad w lina" at the
    /// child's name): one is asked for, the names kept for the office.
    TwoPeople,
}

/// Words that join two names ("ahmad w lina", "Rojda u Azad Xelil", "Olena und Maksym").
const NAMES_JOINED_BY: [&str; 12] = [
    "and", "und", "и", "і", "та", "ve", "w", "wa", "و", "u", "û", "va",
];

/// Whether `text` joins two names with a word of [`NAMES_JOINED_BY`] (not first or last).
fn names_two_people(text: &str) -> bool {
    let tokens = words::tokens(text);
    let between = tokens
        .get(1..tokens.len().saturating_sub(1))
        .unwrap_or_default();
    between
        .iter()
        .any(|token| NAMES_JOINED_BY.iter().any(|and| words::fold(and) == *token))
}

/// Whether `text` lists names with a comma or a sign ("ahmad , sara", "Elif + Eymen";
/// field test CT of stop 80 had "Ahmad , Sara" as one child's name), not a name written
/// family name first ("Haddad, Sami": a part that is a name answered in `draft` before).
fn names_listed(text: &str, draft: &Draft) -> bool {
    let parts: Vec<&str> = text
        .split([',', '،', '+', '&', '/'])
        .map(str::trim)
        .collect();
    let known = |part: &str| {
        draft
            .answers
            .values()
            .filter_map(latin_name_of)
            .any(|name| {
                words::tokens(name)
                    .iter()
                    .any(|word| words::tokens(part).contains(word))
            })
    };
    parts.len() >= 2
        && parts
            .iter()
            .all(|part| part.chars().any(char::is_alphabetic))
        && !parts.iter().any(|part| known(part))
}

/// A later question's answer typed ahead ([`Engine::answer_ahead`]).
struct Ahead<'f> {
    field: &'f Field,
    answer: Answer,
    /// The answer as the note names it: the option's label, the number or address.
    shown: String,
    /// A phone number, email address or date, which no name or address is.
    value: bool,
}

/// How a typed answer must name a later question's option to answer it ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// Word for word its label or a `.typed` spelling: a name may be any words.
    Whole,
    /// Also in a sentence ([`Engine::option_named`]): for what this question refused.
    InSentence,
}

/// What [`Engine::word_at_name_or_address`] makes of a word of yes or no.
enum WordAtName {
    /// An optional question: "nein" leaves it empty.
    Skip,
    /// Is the word really the answer? (`FieldStep::WordAsAnswer`) Or, after a no to that
    /// check, the question again.
    Ask,
    /// A yes to the check: what it asked about is the answer.
    KeepAsked,
    /// "ok" to the Latin spelling Kompass suggested takes it.
    TakeSuggestion,
    /// No Latin spelling, and no suggestion to say yes to.
    NoSpelling,
    /// A word of yes, no or thanks is no address: the question again.
    NoAddress,
    /// "skip" at a name asked: it is needed, and how to say there is none.
    NameNeeded,
}

/// Does `text` have a digit of any script ("5", "٥")? An address without one has no house
/// number.
/// The words of `words` after `spelling` (a loose key, [`loose_key`]), where they start with
/// it.
fn after_spelling<'w, 'a>(words: &'w [&'a str], spelling: &str) -> Option<&'w [&'a str]> {
    let (said, rest) = words.split_at_checked(spelling.split(' ').count())?;
    (loose_key(&said.join(" ")) == spelling).then_some(rest)
}

pub(super) fn has_digit(text: &str) -> bool {
    text.chars().any(char::is_numeric)
}

/// Is `text` an answer given to another question of `draft` ("Kovalenko" typed again)?
fn repeats_an_answer(draft: &Draft, text: &str) -> bool {
    let typed = loose_key(text);
    draft.answers.values().any(|answer| match answer {
        Answer::Text(given) => loose_key(given) == typed,
        Answer::Name { original, latin } => {
            loose_key(original) == typed
                || latin.text().is_some_and(|latin| loose_key(latin) == typed)
        }
        _ => false,
    })
}

/// `text` with each word's first letter made capital where it is all small Latin letters
/// ("nigeria", "south sudan"); as typed otherwise ("DR Kongo", "سوريا").
fn capitalized_if_all_small(text: &str) -> String {
    if !script::is_latin(text) || text.chars().any(char::is_uppercase) {
        return text.to_string();
    }
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A house number alone: digits, perhaps a letter ("5", "12a", "12 b", "٥").
fn is_house_number(text: &str) -> bool {
    let text = text.trim();
    let digits = text.chars().take_while(|c| c.is_numeric()).count();
    let rest: String = text
        .chars()
        .skip(digits)
        .filter(|c| !c.is_whitespace())
        .collect();
    digits > 0 && digits <= 4 && rest.chars().count() <= 1 && rest.chars().all(char::is_alphabetic)
}

/// Two name answers of a form where one holds all the other's words and more: the whole
/// name typed at one question ("Ahmet Yılmaz" as the family name, then "Ahmet" as the given
/// name; or "Yılmaz", then "Ahmet Yılmaz"; "Петренко Олена", then "Олена").
pub(super) struct NameInBoth {
    /// The other name field.
    pub(super) other: usize,
    /// The field with the longer answer (`other` or the one asked).
    pub(super) longer: usize,
    /// The shorter answer ([`short_name`]): the words in both.
    pub(super) shared: String,
    /// The longer answer without them, in both spellings where it has two.
    pub(super) shortened: Answer,
}

/// One word of a name answer, with its Latin spelling where it was typed in another script.
struct NameWord {
    original: String,
    latin: Option<String>,
}

/// Words of family names that are no names alone ([`NameWord::is_particle`]).
const NAME_PARTICLES: [&str; 22] = [
    "al", "el", "al-", "el-", "abu", "abou", "bin", "ben", "ibn", "bint", "ould", "von", "van",
    "de", "der", "da", "di", "du", "آل", "ال", "أبو", "بن",
];

impl NameWord {
    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.original)
            .chain(&self.latin)
            .map(|word| loose_key(word))
    }

    /// A word that is part of a family name but no name alone: "Al", "El", "Abu", "bin",
    /// "von", "de" (and Arabic "آل", "أبو", "بن").
    fn is_particle(&self) -> bool {
        self.keys().any(|key| {
            NAME_PARTICLES
                .iter()
                .any(|particle| loose_key(particle) == key)
        })
    }

    fn is_in(&self, words: &[NameWord]) -> bool {
        words
            .iter()
            .any(|other| self.keys().any(|key| other.keys().any(|k| k == key)))
    }
}

/// The words of a name answer; `None` for other answers, and for a name whose Latin
/// spelling has another number of words than its original (they cannot be paired).
fn name_words(answer: &Answer) -> Option<Vec<NameWord>> {
    let split = |text: &str| {
        text.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    match answer {
        Answer::Text(text) => Some(
            split(text)
                .into_iter()
                .map(|original| NameWord {
                    original,
                    latin: None,
                })
                .collect(),
        ),
        Answer::Name { original, latin } => {
            let originals = split(original);
            let latins = latin.text().map(split);
            if latins.as_ref().is_some_and(|l| l.len() != originals.len()) {
                return None;
            }
            let mut latins = latins.map(Vec::into_iter);
            Some(
                originals
                    .into_iter()
                    .map(|original| NameWord {
                        original,
                        latin: latins.as_mut().and_then(Iterator::next),
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

/// A name answer as the office will file it: its Latin spelling where it has one, else
/// as typed. Short enough for a button.
pub(super) fn short_name(answer: &Answer) -> &str {
    match answer {
        Answer::Name { original, latin } => latin.text().unwrap_or(original),
        Answer::Text(text) => text,
        _ => "",
    }
}

/// `answer` (a name) with only `words`, spelled as it was.
fn name_with(answer: &Answer, words: &[NameWord]) -> Answer {
    // "Al-Hassan, Fatima Zahra" without "Fatima Zahra" is "Al-Hassan", not "Al-Hassan," (a
    // field test of stop 61 sent the comma to the office).
    let join = |pick: fn(&NameWord) -> Option<&str>| {
        words
            .iter()
            .filter_map(pick)
            .collect::<Vec<_>>()
            .join(" ")
            .trim_matches(|c: char| matches!(c, ',' | ';' | '،' | '.') || c.is_whitespace())
            .to_string()
    };
    let originals = join(|word| Some(&word.original));
    let latins = join(|word| word.latin.as_deref());
    match answer {
        Answer::Name { latin, .. } => Answer::Name {
            original: originals,
            latin: match latin {
                LatinSpelling::Typed(_) => LatinSpelling::Typed(latins),
                LatinSpelling::Suggested(_) => LatinSpelling::Suggested(latins),
                LatinSpelling::NoDocument => LatinSpelling::NoDocument,
            },
        },
        _ => Answer::Text(originals),
    }
}

/// [`NameInBoth`] for the answer of name field `index` and a name field next to it in
/// `form`. The same name at both ("Ahmet", "Ahmet": some people have one name only) is
/// not asked about.
pub(super) fn name_in_both(form: &Form, draft: &Draft, index: usize) -> Option<NameInBoth> {
    let name = |at: usize| {
        let field = form.fields.get(at)?;
        let FieldKind::Name { .. } = field.kind else {
            return None;
        };
        let answer = draft.answers.get(&field.id)?;
        Some((answer, name_words(answer)?))
    };
    let (answer, here) = name(index)?;
    // The name field just before or after: a family and a given name are asked one after
    // the other, and a name further away may be another person's (a child's).
    [index.checked_sub(1), index.checked_add(1)]
        .into_iter()
        .flatten()
        .find_map(|other| {
            let (other_answer, there) = name(other)?;
            let holds = |longer: &[NameWord], shorter: &[NameWord]| {
                longer.len() > shorter.len() && shorter.iter().all(|word| word.is_in(longer))
            };
            let (longer, longer_answer, longer_words, shorter_answer, shorter_words) =
                if holds(&there, &here) {
                    (other, other_answer, &there, answer, &here)
                } else if holds(&here, &there) {
                    (index, answer, &here, other_answer, &there)
                } else {
                    return None;
                };
            let rest: Vec<NameWord> = longer_words
                .iter()
                .filter(|word| !word.is_in(shorter_words))
                .map(|word| NameWord {
                    original: word.original.clone(),
                    latin: word.latin.clone(),
                })
                .collect();
            // "Al Ahmad" and "Ahmad" is Ahmad of the Al Ahmad family, a common name: a
            // field test of stop 63 was offered "Familienname: Al", and its "1" typed
            // ahead took it.
            if rest.iter().all(NameWord::is_particle) {
                return None;
            }
            let shared = short_name(shorter_answer).to_string();
            Some(NameInBoth {
                other,
                longer,
                shared,
                shortened: name_with(longer_answer, &rest),
            })
        })
}

/// Keeps `original` (typed in another script, a word of yes, an address without a house
/// number) and asks field `index`'s follow-up question `step` about it.
fn ask_about(draft: &mut Draft, index: usize, step: FieldStep, original: String) {
    follow_up(draft, index, step);
    draft.pending_original = Some(original);
    draft.pending_number = None;
}

/// Field `index` asked again, to return to the summary after the answer.
/// The first question still queued by a correction at the summary
/// ([`Draft::corrections_queued`]), taken off the queue.
fn next_queued_correction(draft: &mut Draft, fields: &[Field]) -> Option<usize> {
    while !draft.corrections_queued.is_empty() {
        let id = draft.corrections_queued.remove(0);
        if let Some(index) = fields.iter().position(|field| field.id == id) {
            return Some(index);
        }
    }
    None
}

/// A new answer from a sentence at the summary, taken as the question would take it, without
/// moving on: the words said beside the old one go if it changed.
fn take_correction(draft: &mut Draft, field: &Field, answer: Answer, now: DateTime<Utc>) {
    let changed = draft
        .answers
        .get(&field.id)
        .is_some_and(|earlier| *earlier != answer);
    words_beside_answered(draft, &field.id, changed);
    draft.answers.insert(field.id.clone(), answer);
    draft.from_earlier.retain(|id| *id != field.id);
    draft.updated = now;
}

/// The labels of `form`'s questions, as the summary names them.
fn form_labels(form: &Form) -> Vec<&str> {
    form.fields.iter().map(|f| f.label.as_str()).collect()
}

/// Words for "and" that start a part of a sentence ([`sentence_parts`]), lower case.
const AND_WORDS: [&str; 9] = ["and", "und", "и", "і", "та", "ve", "û", "و", "also"];

/// The parts of a sentence: a comma, "،" or ";" ends one, a word for "and" starts the next
/// ("wrong family name and wrong birthday"), and so does an Arabic-script word joined to
/// "و" (and) where the rest names an answer (`names_one`: "اسم العائلة غلط والتلفون كمان",
/// the family name is wrong and the phone too).
fn sentence_parts(text: &str, names_one: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if AND_WORDS.contains(&bare.to_lowercase().as_str()) {
            parts.push(Vec::new());
            continue;
        }
        let word = match word.strip_prefix('و') {
            Some(rest) if rest.chars().count() >= 3 && names_one(rest) => {
                parts.push(Vec::new());
                rest
            }
            _ => word,
        };
        if let Some(part) = parts.last_mut() {
            part.push(word);
        }
        if word.ends_with([',', '،', ';']) {
            parts.push(Vec::new());
        }
    }
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|part| part.join(" ").trim_end_matches([',', '،', ';']).to_string())
        .collect()
}

fn correct(draft: &mut Draft, index: usize) {
    draft.position = Position::Field {
        index,
        correcting: true,
        step: FieldStep::Main,
    };
    draft.pending_original = None;
    draft.pending_number = None;
    draft.drop_suggested_date();
}

/// Answers later questions of `draft` with `taken`, as given on the way into the form (not
/// asked when they come, still counted): what each shows.
fn take_ahead_answers(draft: &mut Draft, taken: Vec<Ahead<'_>>) -> Vec<String> {
    let mut shown = Vec::new();
    for ahead in taken {
        draft.answers.insert(ahead.field.id.clone(), ahead.answer);
        draft.from_earlier.retain(|id| *id != ahead.field.id);
        if !draft.given.contains(&ahead.field.id) {
            draft.given.push(ahead.field.id.clone());
            draft.noted_ahead.push(ahead.field.id.clone());
        }
        shown.push(ahead.shown);
    }
    shown
}

/// `answer` with the kept `questions` before it, one per line (those it does not repeat);
/// the questions are taken.
/// Field `field` is answered (`changed`: differently than before): the words said beside
/// its earlier answer are taken out of what the office reads where it changed, and those
/// said beside this one belong to it from now on ([`Draft::beside`]).
fn words_beside_answered(draft: &mut Draft, field: &str, changed: bool) {
    let (stale, kept): (Vec<WordsBeside>, Vec<WordsBeside>) = std::mem::take(&mut draft.beside)
        .into_iter()
        .partition(|words| words.field == field && words.settled && changed);
    draft.beside = kept;
    for words in &mut draft.beside {
        if words.field == field {
            words.settled = true;
        }
    }
    for words in stale {
        draft.questions.retain(|question| *question != words.line);
        for answer in draft.answers.values_mut() {
            if let Answer::Text(text) | Answer::Voice { text, .. } = answer
                && let Some(rest) = without_line(text, &words.line)
            {
                *text = rest;
            }
        }
    }
}

/// The words said at an appointment question and about it ("none of these, I work until
/// 6"), and a date of another calendar a date was read from ("۱۵ حمل ۱۳۷۰"), settled with
/// their answer: they stand under its line in the summary and the email.
pub(super) fn said_with_appointments(form: &Form, draft: &Draft) -> Vec<request::SaidWith> {
    draft
        .beside
        .iter()
        .filter(|words| {
            words.settled
                && form.fields.iter().any(|field| {
                    field.id == words.field
                        && matches!(
                            field.kind,
                            FieldKind::Appointment { .. } | FieldKind::Date { .. }
                        )
                })
        })
        .map(|words| request::SaidWith {
            field: words.field.clone(),
            words: words.line.clone(),
        })
        .collect()
}

/// `answer` without the lines of `said_with`, which stand under their own question: a note
/// that was nothing else is skipped.
pub(super) fn without_said_with(answer: Answer, said_with: &[request::SaidWith]) -> Answer {
    said_with.iter().fold(answer, |answer, said| match answer {
        Answer::Text(text) => match without_line(&text, &said.words) {
            Some(rest) if rest.is_empty() => Answer::Skipped,
            Some(rest) => Answer::Text(rest),
            None => Answer::Text(text),
        },
        other => other,
    })
}

/// `text` without its lines that are `line`, where it has one.
fn without_line(text: &str, line: &str) -> Option<String> {
    text.lines().any(|kept| kept == line).then(|| {
        text.lines()
            .filter(|kept| *kept != line)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn with_questions(questions: &mut Vec<String>, answer: &str) -> String {
    let mut lines: Vec<String> = std::mem::take(questions)
        .into_iter()
        .filter(|question| !answer.contains(question.as_str()))
        .collect();
    if !answer.trim().is_empty() {
        lines.push(answer.to_string());
    }
    lines.join("\n")
}

/// For each word of `text` (as [`words::tokens`] finds them), the number of its clause:
/// the parts between commas, semicolons and full stops. All zero where the parts' words do
/// not add up to `count`.
fn clause_numbers(text: &str, count: usize) -> Vec<usize> {
    let numbers: Vec<usize> = text
        .split([',', '،', ';', '؛', '.'])
        .enumerate()
        .flat_map(|(clause, part)| std::iter::repeat_n(clause, words::tokens(part).len()))
        .collect();
    if numbers.len() == count {
        numbers
    } else {
        vec![0; count]
    }
}

/// The consonants of a name in Latin letters, folded, as the name checks compare them.
fn name_consonants(name: &str) -> String {
    words::fold(name)
        .chars()
        .filter(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(*c))
        .collect()
}

/// The length of the longest common subsequence of `a` and `b`.
fn common_subsequence(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (at, y) in b.iter().enumerate() {
            let above = row.get(at + 1).copied().unwrap_or_default();
            let left = row.get(at).copied().unwrap_or_default();
            let value = if x == y {
                diagonal + 1
            } else {
                above.max(left)
            };
            diagonal = above;
            if let Some(cell) = row.get_mut(at + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or_default()
}
