# Kompass's own messages: navigation, questions, errors, summary, email.
# Keep the ids and the { $variables }. Short sentences, plain words.

## Language
language-name = English
choose-language = Please choose your language.
language-detected-confirm = You wrote in { $language }. Shall we continue in { $language }?
language-set = OK. I will write in English.
language-dari-noted = Persian (Farsi) is close to Dari. I will tell the office that you speak Dari.

## Buttons
button-back = Back
button-main-menu = Main menu
    .typed = menu
# `.typed` spellings are pooled over all languages: a thumb up answers yes, a thumb down
# no, in every conversation.
button-yes = Yes
    .typed = 👍, 👌, ✅, ✔, ok, okay, yeah, yep, sure, correct, right, that's right, thats right, all correct, all good, fine, it is correct
button-no = No
    .typed = 👎, ❌, ✖, nope
button-skip = Skip
    .typed = next, nothing, none, no thanks, don't know, dont know, i don't know, i dont know, no idea, i don't have, i dont have, don't have, dont have, i have none, nothing else, nothing more, no nothing, nothing to add, no thats all, no that's all
button-done = Done
    .typed = next, finished, ready, that's all, thats all, that is all, all done
button-cancel = Cancel
    .typed = cancel, stop, quit, abort, i dont want, i do not want
button-send = Send request
    .typed = send, submit
button-change = Change something
    .asked = change, wrong, mistake, fix, edit, correction, not right, but
button-other-language = Other language
button-continue-request = Continue my request
    .asked = where was i, where were we, where did i stop, where did we stop
button-back-to-summary = Back to the summary
button-delete-yes = Yes, delete everything
button-delete-no = No, keep my data
button-interpreter-other = Other language

## Commands (the command menu of the messenger)
cmd-start = Start again
    .typed = start over, restart, begin again, start from the beginning
cmd-menu = Main menu
cmd-back = Go back
    .typed = previous, go back please
cmd-language = Change language
    .typed = language
    .asked = change language, change the language, other language, another language
cmd-cancel = Cancel my request
    .asked = cancel, withdraw, call off, no longer need, don't need the appointment, dont need the appointment, do not need the appointment, need the appointment any more, need the appointment anymore
cmd-help = Help
    .asked = help
cmd-status = My requests
    .typed = my request
    .asked = request, application, answer, reply, respon, hear back, status, receiv, did they get, did you get
    .when = when, come, how long to wait, how long do i wait, how long must i wait
    .sent = sent, arriv, get it, got it, receiv, answer, reply
cmd-delete = Delete my data
    .asked = delete data, delete my data, erase data, remove my data, delete everything, delete account
private-chat-only = I only talk in private chats. Please write to me directly: tap my name and then “Message”.

## Help and general answers
help-text =
    I help you with your first steps here.
    Choose one of the options: tap it or write its number.
    You can use these commands:
    /menu – main menu
    /back – go back
    /language – change language
    /status – my requests
    /cancel – cancel my request
    /delete – delete my data
not-understood = Sorry, I did not understand. Please choose one of the options: tap it or write its number.
# "Termin", "randevu" alone at a menu: for what? `.typed`: the words for an appointment alone.
appointment-which = An appointment: for what? Please choose the topic below. There you can ask for an appointment.
    .typed = appointment, appointments, an appointment, i need an appointment, appointment please, termin
# A sentence at a menu that names nothing, where the flow sends questions to a person.
not-understood-question = I have no answer to that here. A person can help you: { $institution }. Choose “{ $button }”. Then I will send your question there.
not-understood-question-email = I have no answer to that here. A person can help you: { $institution }. Please write an email to { $email }.
not-understood-question-form = I have no answer to that here. A person can help you: { $institution }. Choose “{ $button }” below: I will send your question with the request. Or write an email to { $email }.
not-understood-question-page = Maybe the answer is already on this page. If not: A person can help you: { $institution }. Choose “{ $button }”. Then I will send your question there.
    .asked = how much, cost, costs, price, fee, fees, pay, free of charge, what to bring, what do i bring, what do i need to bring, what should i bring, what must i bring, what i need to bring, what to take with me, which documents, what documents, which papers, what papers, how long, cost money, costs money, pay money, where do i go, where should i go, where must i go, where do i have to go, where is it, where is that, where is this, where exactly, which address, what is the address, where do i go
# "where is it?" at a page that shows its office's address below it; `.asked`: the questions of where.
page-address-below = The address and the opening hours are below.
    .asked = where is it, where is that, where is this, where exactly, which address, what is the address, where do i go, how do i get there, how to get there
# "I just arrived, what must I do?" at a menu: what most people do first, and the menu. `.asked`: ways of saying one is new here.
new-here = Most people start by registering their address (Anmeldung), within 2 weeks of moving in. Choose a topic below.
    .asked = just arrived, new here, i am new, im new, new in town, new in germany, new to germany, newly arrived, recently arrived, arrived yesterday
not-understood-question-page-email = Maybe the answer is already on this page. If not: A person can help you: { $institution }. Please write an email to { $email }.
not-understood-question-page-form = Maybe the answer is already on this page. If not: A person can help you: { $institution }. Choose “{ $button }” below: I will send your question with the request. Or write an email to { $email }.
form-question-goes = Your question goes to the office with this request.
form-first-message-goes = Your first message goes to the office with this request.
# Typed alone at a menu or page: answered kindly, then the menu again (not "not understood").
# `.typed`: what people write for it (comma-separated).
# `.calling`: words that call the person written to ("thanks brother", "شكرا يا اخي", "sağol kardeşim"): said with thanks or a greeting, they are kind words, not a relative the next request is for.
reply-thanks = You're welcome!
    .typed = thanks, thank you, thank you very much, thank u very much, thank u so much, thanks a lot, many thanks, thx, thank u, ty, thank you so much, thanks so much, thanks a million, thank you for your help, thanks for your help, thanks for the help, merci
    .calling = brother, bro, my brother, sister, sis, my sister, my friend, friend, dear, sir, madam, mate, buddy, habibi
reply-greeting = Hello!
    .typed = hello, hi, hey, good morning, good afternoon, good evening, hi there, hello there, how are you, how r u, how are you doing, how is it going
reply-goodbye = Goodbye! Write to me again any time.
    .typed = bye, goodbye, bye bye, see you, see you later, have a nice day, good night
reply-stop = All right. I only write to you when you write to me or an office answers you. To delete all your data: /delete
    .typed = stop, quit, unsubscribe, stop messages, no more messages
reply-ok = Good. Choose one of the options when you are ready.
unsupported-message = I can only read text and photos. Please write a text or choose one of the options.
text-too-long = Your message is too long. Please write at most { $max } characters.
attachment-not-expected = Thank you. I do not need a file now.
attachment-letter-help = Thank you. I cannot read letters. Here you find help with a letter. You can also send a request, with a photo of the letter.
attachment-letter-kept = Thank you. I cannot read letters. Here you find help with a letter. You can also send a request: “{ $button }”. Your photo is already in it.
attachment-kept-for-request = Thank you. I have your photo. It can go to the office with a request: choose “{ $button }”. Your photo is already in it.
attachment-for-sent-request = Is the photo for your request { $reference }? Then send it by email to { $institution }: { $email }. Write the number { $reference } with it.
attachment-for-request = Thank you. I am adding the file to your request: { $title }. Let us continue there.
# A letter with a deadline told at a menu ("Brief vom Jobcenter, Frist 10.12."): above the office's page. $date: the day, e.g. 15.12.
letter-deadline = Your letter has a deadline: { $date }. Do not wait until then. You can send me a photo of the letter. Then a person from the counselling can help you.
    .no-date = Your letter has a deadline. Do not wait. You can send me a photo of the letter. Then a person from the counselling can help you.
# A residence paper that ends within eight weeks, told at a menu ("Mein Aufenthaltstitel läuft am 10.12. ab"): above the page. $date: the day, e.g. 10.12.2026
paper-ends-soon = Your residence paper ends on { $date }. That is soon. Apply now, do not wait. You can write to the office here, or go there.
attachment-offer-person = Thank you. I do not need a file here. A person can look at it: { $institution }. Choose “{ $button }”. Then I will send your file there.
attachment-offer-more = Thank you. I now have { $count } files. Is that all? Then choose “{ $button }” above.
attachment-offer-kept = I still have your file. A person can look at it: { $institution }. For this, choose “{ $button }”.
offer-files-full = I can send at most { $max } files at once. I did not keep this one. Choose “{ $button }”: then I will send the others to { $institution }. Send this file again after that.
cancel-nothing = There is nothing to cancel.
cancel-sent = Your request { $reference } is already with { $institution }. I cannot take it back here. You do not need it any more? Then please tell the office. Below you see how.
back-nothing = This is the start. There is no step back.
group-chat-only-private = I only talk in private chats. Please write to me directly.

## Forms
form-progress = Question { $number } of { $total }
# Above a question of who the person is (name, birth date, nationality) in a request written for someone else.
form-about-the-person = Please answer for the person you write for.
# The request turned out to be another person's after the writer gave their own name: the questions about the person come again.
form-asked-again-for-someone = OK. The request is for another person. I send your message to { $institution }. Now I ask again about that person.
form-answer-now = Your answer so far: { $answer }
form-answer-earlier = In your last request you wrote: { $answer }. If it is still right, choose ✓ below.
    .typed = same, the same, as before, same as before, like before, like last time, unchanged, still the same
form-resume = You have a request that is not finished: { $title }. We continue now.
form-sent-before = On { $date } you already sent a request to { $institution }: { $reference }. Is it about the same thing? Then you do not need to send it again.
form-sent-before-new = A request for another person, or about something new? Then go on here.
form-sent-before-write = Write “{ $command }”: there you can write to the office about it.
form-cancelled = Your request was cancelled. Nothing was sent.
form-draft-kept = Your answers are saved. You can continue your request later.
error-text-empty = Please write something.
error-text-too-long = This is too long. Please write at most { $max } characters.
error-date-invalid = I cannot read this date. Please write day, month and year in numbers, like the example below.
error-date-impossible = This date does not exist. Please check the day and the month.
error-date-future = This date is in the future. Please check it.
error-date-past = This date is in the past. Please write a later date.
error-date-too-old = This date is too long ago. Please check the year.
error-date-year-only = You do not know the day and month? Then write the date as in your papers, for example: { $date }
    .typed = don't know, do not know, dont know, no idea, not sure
# A birth date whose day (or day and month) is unknown, the year given; the date as
# German papers write it is offered as a button. $known: month or year.
error-date-unknown-day =
    { $known ->
        [month] You do not know the day?
       *[year] You do not know the day and month?
    } German papers then write { $date }. If this is right, choose it below.
error-date-persian-year = { $year } is a year of the Persian calendar. In our calendar it is mostly { $gregorian }. You do not know the day and month? Then choose 00.00.{ $gregorian } below.
error-date-solar-hijri = This is a date of the Persian calendar (Hijri Shamsi). In the German calendar it is { $date }. If this is right, choose it below.
error-date-too-far = This date is more than a year ahead. Please check the year.
# A date with a year of two digits ("15.03.90"). $date: the date meant, as 15.03.1990.
# A day and month without a year, more than two weeks ahead; the date is offered as a button.
error-date-year-missing = Which year do you mean? Is it { $date }? Then choose it below. If not, please write the date with the year.
error-date-year-short = Please write the year with 4 digits. Do you mean { $date }? Then choose it below.
error-date-month-first = In Germany the day comes first, then the month. Do you mean { $date }? Then choose it below.
# A time ago ("a week ago", "3 days ago"). $date: the day counted back from today.
error-date-ago = The office needs the exact day. Was it { $date }? Then choose it below. If not, please write the date.
# A month without a day ("seit Anfang November") outside birth dates. $example: the month's first day, as an example only.
error-date-day-missing = The office needs the exact day. Please write the date with the day, for example: { $example }
# Something that is no date typed while a date is offered below the question. $date: the offered date.
error-date-still-offered = This question still needs the date. Is { $date } right? Then choose it below. If not, please write the date.
# An option of a later question typed at this one ("Erstantrag" at the family name). $answer: the option's label. The question follows.
answer-noted-ahead = OK, that answers a later question: { $answer }. I have noted it. Now please answer this question:
answer-corrected = OK, I changed it: { $answer }.
answer-noted-too = I have also noted: { $answer }.
answers-noted-ahead = OK, that answers later questions: { $answers }. I have noted them. Now please answer this question:
photo-kept-ahead-check = Thank you. This photo is for a later question: { $label }. It may be hard to read. I will ask you about it there. Now please answer this question:
photo-for-question-before = Thank you. This photo is for the question before: { $label }. I added it there.
# The same photo sent again at a photo question that has none, after it was counted at another ($label): it moves to this one.
photo-moved-here = You sent this photo before, at: { $label }. Now it belongs to this question.
# "did my request arrive?" typed at a question of a request not yet sent.
form-not-sent-yet-questions = This request is not sent yet. Please answer the questions. At the end I send it.
form-question-kept = That is a question. I cannot answer it here. I will send it with your request to { $institution }: they can answer it. Now please answer this question:
form-question-added = That is a question. I cannot answer it here. I have added it to your request to { $institution }: they can answer it.
# "is it sent now?" typed at the summary of a request not sent yet: not kept for the office.
form-not-sent-yet = This request is not sent yet. I send it when you choose “{ $button }”.
form-question-page = This may answer it (“{ $page }”):
form-question-kept-too = I will also send your question with your request to { $institution }. Now please answer this question:
form-question-not-answer = That is a question. Here I need your answer. Please answer this question:
form-message-kept = I will send your message with your request to { $institution }. Now please answer this question:
form-message-kept-too = I will also send your words with your request to { $institution }.
# Two or more options of a list typed together ("syria and iraq"): the first is taken, the words go to the office too.
form-choice-first-of-several = You named more than one. I wrote { $option } here.
form-for-someone-else = I will send your message with your request to { $institution }. Is the request for another person? Then please answer the questions for that person:
# A first message that says it is written for someone else ("I write for my mom, she only speaks Arabic") and names no topic.
first-message-for-someone = OK. You write for another person. Choose what they need. Then answer the questions about that person. I send your message with the request.
# A first message in a language without texts (French, Polish …), read after a language is chosen, named no page.
first-message-not-read = I could not read your first message: I do not know your language yet. Please choose a topic below, or write your question again here.
# The same in a form that asks of a child after the writer (the Kita question): the writer's own details come first.
form-child-later = I will send your message with your request to { $institution }. First I ask about you. I ask about your child after that. Now please answer this question:
# Two names at a question for one child ("ahmad w lina"): one is asked for, the names kept for the office.
form-one-person-here = One child here, please. I keep all the names for { $institution }. Please write the name of the first child:
form-question-again = No problem. Here is the question again. Another language? Write: /language
    .typed = pardon, sorry, what, sorry what, i don't understand, i do not understand, don't understand, i didn't understand, didn't understand, what does that mean, what do you mean, again please, i dont understand the question, i did not understand the question, i don't understand the question
# "Why do you need my name?" at a form's question: why the office asks. `.asked`: the words of why.
form-why-asked = The office needs this for your request. Only the office gets it. You can delete your data at any time: /delete
    .asked = why, why do you need, what for, for what, why is this needed
# "oh sorry", "Moment falsch" at a name: the question before, to change its answer.
form-slip-back = No problem. Here is the question before: you can change your answer.
office-no-document = The person says they do not have the document asked for. Their answer: { $words }
    .typed = no passport, have no passport, don't have a passport, do not have a passport, don't have passport, dont have a passport, without passport, without a passport, no id, no ID card, no papers, no documents, lost my passport, passport is lost, i have nothing, have nothing, i dont have anything, nothing at all, no passport only, passport was stolen, passport stolen
# A person without a family name ("تخلص ندارم"), told to the office in its language; `.typed` are the phrases.
office-no-family-name = The person says they have no family name. They wrote: { $words }
    .typed = no family name, no surname, no last name, i have no surname, i have no family name, don't have a surname, dont have a surname, don't have a family name, only one name, only have one name, just one name, one name only, only a first name, only first name, only a given name
# At the given name: no given name, only one name ("I only have one name"), told to the office in its language.
office-no-given-name = The person says they have no given name, only one name. They wrote: { $words }
    .typed = no first name, no given name, only one name, only have one name, just one name, one name only, don't have a first name, dont have a first name
# A required name answered with Skip ("skip"): the phrase quoted must be in office-no-family-name's and office-no-given-name's .typed.
error-name-needed = The office needs this name. You have only one name? Then write: only one name
# A person without a fixed address ("ليس عندي عنوان"), told to the office in its language.
office-no-address = The person says they have no fixed address. They wrote: { $words }
    .typed = no address, no fixed address, i have no address, without address, without an address, no home, staying with a friend, staying with friends
# The writer's own details, given before the chat said the request is another person's (the questions were then asked again), told to the office in its language.
office-writer-details = First given as the writer's own details: { $words }
# For the office: the other options of a list the person named together ("syria and iraq"), beside the first, which is the answer.
office-also-chosen = { $label }: according to the person, also { $options }
photos-without-papers = OK. Then I will send your request without this photo. I will tell the office that you do not have this paper. The office will tell you what you can do.
# A photo question's button where the person does not have the paper: first what else to send, then, pressed again, the request goes without the photo.
button-no-paper = I do not have this paper
    .typed = i dont have it, don't have it, do not have it, i don't have, i do not have, dont have, haven't got it, i have not got it
form-question-goes-along =
    { $count ->
        [one] Your message from before goes with it
       *[other] Your messages from before go with it
    }: “{ $question }”
error-phone = This is not a phone number. Please write it like this: +49 151 23456789
# A phone number begun in words ("null eins fünf 2345678").
error-phone-in-words = Please write the whole phone number in digits (0–9), for example: 0151 23456789
error-email = This is not an email address. Please write it like this: name@example.com
# An email address with a slip in a big provider's name or ending ("sami@gmail", "sami@gmail.con"):
# the address meant, with a ✓ button. The email question follows on the next line.
# Before email-typo-check, where a word stood before the address ("olena shevchenko@ukr.net").
email-space-note = An email address has no spaces. I read only the part after the space.
email-typo-check = Do you mean: { $email }? Then choose it below. If not, please write your email address again.
error-number = Please write a number.
# A count said as its parts ("ich und 2 Kinder") at a number question.
error-number-in-all = Please write one number for everyone together, with you. For example: 3
count-added-up = Together: { $count } people. I have noted that.
# A date longer ago than a deadline the flow gives it (`deadline_days`: registering within 14 days of moving in).
date-past-deadline = That was { $days } days ago. The deadline is { $deadline } days. Do not worry: please send this request today. The office will tell you what happens next.
error-number-range = Please write a number from { $min } to { $max }.
error-code = This is not a number from the office. A number from the office has digits, for example: 32.1-4711/24. You do not have one? Then choose “Skip”.
code-write-it = Good. Please write the number. It is at the top of the office’s letters.
error-choose-option = Please choose one of the options.
# "1 and 3" typed where one option is chosen (menus, lists in forms).
error-one-option = Please choose only one. You can choose the other one after that.
# The same at a list in a form, where the other cannot be chosen after it.
error-one-option-form = Please choose only one.
error-photo-expected = Please send a photo.
# `.typed`: words that say the photo comes later ("später", "morgen"), typed at a photo question.
photo-needed-later = The office needs this photo. You do not have it now? Your answers stay saved. Send the photo later: then choose “{ $button }” in the menu.
    .typed = later, tomorrow, tonight, soon, not with me, papers are at home, papers are in the flat, it is at home, at home
error-photo-not-pdf = This is a PDF file. Please send a photo of the document. You only have the PDF? Open it on your phone, take a screenshot and send it.
error-file-unknown = I cannot open this file. Please send a photo (JPEG, PNG or WebP).
error-file-too-large = This file is too big. Please send a file smaller than { $max } MB.
error-image-too-large = This picture is too big. Please send a normal photo from your camera.
photo-received =
    { $count ->
        [one] I received 1 photo.
       *[other] I received { $count } photos.
    }
photo-send-more =
    { $missing ->
        [one] Please send 1 more photo.
       *[other] Please send { $missing } more photos.
    }
photo-more-or-done = You can send another photo or choose “Done”.
photo-limit-reached = That is enough photos. Thank you.
# A photo sent again (the same file) at a photo question: counted once.
photo-sent-before = You sent this photo before. I keep it only once.
# `.need`: words that say someone needs an interpreter ("nein, aber meine Mutter braucht Türkisch"): with one language named and no `.no` phrase, that language, whatever the first word.
interpreter-question = Do you need an interpreter for the appointment?
    .yes = no german, little german, not much german, don't speak german, dont speak german, can't speak german, cant speak german, german is not good, german is bad, doesn't speak german, doesnt speak german, does not speak german, speaks no german, knows no german, doesn't know german, doesnt know german, does not know german, her german is bad, his german is bad, with an interpreter, with interpreter, with a translator, better with interpreter, sometimes, only for the appointment
    .no = no interpreter, don't need, dont need, not needed, no need, speak german, german is good, german is fine, simple german, easy german, my german is ok, my german is okay, english is ok, english is okay, english is fine, english ok, doesn't need, doesnt need, does not need, speaks german, knows german, her german is good, his german is good
    .unsure = don't understand, dont understand, do not understand, not understand, don't know, dont know, do not know, not sure, don't understand the question
    .own = friend will translate, friend translates, friend can translate, friend comes to translate, friend will come to translate, bring my friend, bring a friend, my son will translate, my daughter will translate, my husband will translate, my wife will translate, someone will translate, volunteer will translate, bring someone to translate, friend translate, son translate, daughter translate, husband translate, wife translate
    .need = needs, need, needed
interpreter-language-question = Which language should the interpreter speak?
interpreter-language-type = Please write the name of the language.
# The interpreter question of a request written for someone else (a relative, a helper): the person, not the writer.
interpreter-question-for-someone = Does the person need an interpreter at the appointment?

## Summary and correction
summary-title = Please check your request:
summary-institution = To: { $institution }
summary-question = Is everything correct?
summary-which-field = What do you want to change?
value-skipped = (no answer)
value-yes = Yes
value-no = No
value-photos =
    { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }
value-photos-none = none (no papers)
value-interpreter-no = No interpreter needed
appointment-mornings = Mornings
    .typed = morning, before noon
appointment-afternoons = Afternoons
    .typed = afternoon
appointment-any = Any time
    .typed = anytime, any time, whenever, doesnt matter, does not matter, whenever you want, when you want, whenever suits you, when it suits you, any day
appointment-none = No time fits
    .typed = none of these, none fits, nothing fits, no time fits, none of them, none of the times, neither fits, none works, none of these times
appointment-none-when = When can you come? Write it in your own words. For example: not on Mondays, or only after 10 am. The office then looks for a time for you.
appointment-after-hours = The offices are closed in the evening. Please choose the time below that suits you best.
appointment-office-closed = The office is not open at that time.
appointment-days-open-then = At that time the office is open on these days only: { $days }.
appointment-hour-after = from { $time }
appointment-hour-at = at { $time }
appointment-hour-until = until { $time }
# Between the items of a list (days of the week, opening hours): the comma of the language
# and a space, in quotes so that the space stays.
list-separator = { ", " }
topics-several = Your message fits several topics: { $topics }. Which one do you mean? Choose it below or write its name.
office-hours = Open: { $hours }
office-open-now = Open now, until { $until }.
office-opens-today = Closed now. Open again: today from { $from }.
office-opens-tomorrow = Closed now. Open again: tomorrow from { $from }.
office-opens-on = Closed now. Open again: { $day } from { $from }.
office-email = Email: { $email }
# An office's phone number (`phone` in the flow), under its address.
office-phone = Phone: { $phone }
# A question about the office typed in its form ("When is it open?"): its name, address and
# hours, then the question again. `.asked`: words of such questions (stems count).
office-in-form =
    Here is the office, when it is open and where:
    { $office }
    Now please answer this question:
    .asked = opening hours, opening times, office hours, is it open, are you open, is the office open, open on, open today, open tomorrow
# At the appointment question, after "tomorrow", "today" or "as soon as possible": the office
# gives the day. `.typed`: how people say "as soon as possible" (stems count).
appointment-day-from-office = Thank you. The office gives you the day of the appointment. It can also be later.
    .typed = as soon as possible, asap, right away, urgent, urgently, quickly, now

## After sending
request-submitted = Thank you! Your request has the number { $reference }. I am sending it to { $institution } now.
request-sent = Your request { $reference } was sent to { $institution }.
request-next =
    { $way ->
        [chat] The answer will come here in this chat.
        [email] The office will answer you by email.
        [phone] The office will call you.
        [message] The office will write you a message at your phone number.
        [letter] The office will write you a letter.
       *[unknown] The office will contact you.
    } This can take a few days.
# After sending, where the person's words look urgent (`urgent` in words.txt); when the office opens follows.
request-urgent = Your message sounds urgent. I have told the office.
# After it, where those words say violence or a threat (`gist` meanings `Gewalt`, `Drohung`).
request-urgent-danger = Are you in danger? Then call 110 or 112.
# After it, where the office answers by letter (no phone, no email): a letter may come too late.
request-urgent-letter = A letter takes a few days. Can you not wait? Then please go to the office yourself.
# Words of illness or fever in the request (`gist` meanings `krank`, `Fieber`): the numbers for a doctor now.
request-ill = Is someone very ill? At night and at the weekend: call 116117. If a life is in danger: 112.
request-failed = I could not send your request { $reference } to { $institution }. Please contact the office directly.
request-sent-write-hint = Has something changed? Write “{ $command }”. There you can send a message about your request.
documents-to-bring = Please bring these documents to your appointment:
documents-none = You do not need to bring documents.
documents-without-papers = Some of these papers are missing? Bring what you have. The office will tell you what else you can do.

## My requests (/status)
status-none = You have no requests yet.
status-reference-unknown = I do not have the request { $reference } here. Perhaps you deleted your data. The office still has the request. Call or write to the office, and give this number.
status-reference-not-yours = I do not know the request { $reference }. Please check the number. Your requests are below.
status-draft = Not sent yet: { $title }. To finish it, choose “{ $button }” in the main menu (/menu).
status-header = Your requests:
status-line = { $reference } – { $institution } – { $date }: { $state }
status-queued = waiting to be sent
status-sent = sent
status-failed = could not be sent
status-closed = closed
# "My requests": a request the person asked the office, through Kompass, to cancel (`gist = absagen` in a message about it).
status-cancel-asked = sent. On { $date } you asked to cancel it.
# "My requests" a week or more after a request sent by email, still open: the office to call or visit instead of "this can take a few days".
status-long-wait =
    You sent it { $days } days ago. Still no answer? Please call the office or go there:
    { $office }
# "Is there a phone number of the office?" from someone with a request: its office, to call or visit; `.asked`: the phrases.
status-call-office =
    You can call the office or go there:
    { $office }
    .asked = phone number of the office, office phone number, office's phone number, number of the office, the office's number, can i call the office, can i call them, can i phone the office, how can i call, number to call, which number can i call, is there a phone number, what is their number, what is the phone number, their phone number, phone number i can call, office phone, phone of the office, what is the office number, what's their number, whats their number
status-write-hint = Do you want to write to the office about a request? Choose the request below.
status-tell-office =
    Is something wrong, or has something changed? Tell the office. Give the number { $reference }.
    { $office }
status-question-hint = Is your question about one of these requests? Choose it below: I will send your question to the office. The answer will come here.
status-write-hint-addendum = Do you want to add something to a request, or correct it? Choose the request below. I will send your message to the office by email.
status-photo-hint = I have your photo. Is it for one of these requests? Choose it below. Then I send it to the office.
# Words after sending that open a page and tell a date or number ("my child is sick, I cannot come tomorrow"): the page, and a button for each request to send them to.
page-words-for-request = Is your message about a request you sent? Then choose it below. I will send your message to the office.
status-question-hint-addendum =
    Is it about one of these requests? Choose it below. I will send your message to the office by email. The office does not answer in this chat: { $way ->
        [phone] it calls you.
        [email] it answers by email.
        [message] it writes a message to your phone.
        [letter] it sends you a letter.
       *[other] it calls you or writes to you.
    }
button-write-about = ✉️ { $reference } – { $title }
button-write-about-all = ✉️ To all my requests
person-sent-to-all =
    I sent your message to these offices:
    { $offices }

## Talking to a person
person-intro = Message from { $institution }:
person-reply-hint = You can answer here. Write your message.
person-start = Write your question here. A person from { $institution } will answer in this chat. This can take a few days.
person-forwarded = Sent to { $institution }. The answer will come here.
person-question-sent = I sent your question to { $institution }. The answer will come here. You can write more here.
person-start-request = Write your message about request { $reference } here. I will send it to { $institution }. The answer will come here.
person-addendum-start =
    Write here what you want to add to request { $reference }, or send a photo. I will send it to { $institution } by email. The office does not answer in this chat: { $way ->
        [phone] it calls you.
        [email] it answers by email.
        [message] it writes a message to your phone.
        [letter] it sends you a letter.
       *[other] it calls you or writes to you.
    }
person-addendum-sent =
    I sent it to { $institution } by email. The office does not answer in this chat: { $way ->
        [phone] it calls you.
        [email] it answers by email.
        [message] it writes a message to your phone.
        [letter] it sends you a letter.
       *[other] it calls you or writes to you.
    } You can write more here, or send a photo.
# The same words typed again within an hour in a conversation with an office: not sent twice.
person-already-sent = I already sent this message to { $institution }. You can write something new here.
# The same photo or file sent again to the office within the hour: not sent twice.
person-file-already-sent = I already sent this photo to { $institution }. You can send another photo or write something new here.
# The same words sent to this office before, days ago: sent again, with that day for the office. $date: 03.12.2026
person-sent-again = You already sent this message on { $date }. I am sending it again. The office sees that you are waiting for an answer.
# A photo or file sent with the request itself, sent again about it: not sent twice.
person-file-in-request = This photo is already in your request { $reference }. I sent it before. You can send another photo or write something new here.
# What waited for a request's button, said back above "I sent it": the person sees what went.
person-sent-words = You wrote: “{ $words }”
talk-stopped = OK. I send nothing more.
talk-stopped-case = OK. I send nothing more about { $reference }. The request stays with { $institution }.
# A short question about a request sent ("was it sent?") while writing to its office by email: answered with the requests above it, not sent; typed again, it is sent.
talk-status-held = I answered this myself. I did not send it to the office. Should the office read it? Then write it again.
# Danger said while writing to an office (violence, a threat): below the emergency numbers; the message is not sent unless typed again.
talk-danger-held = I did not send your message to { $institution }. Should { $institution } read it? Then write it again.
# A question about when the office is open, while writing to it by email (`office-in-form`'s `.asked`): its hours and address, not sent.
talk-office =
    Here is the office, when it is open and where:
    { $office }
# A new concern that names another topic, while writing to an office by email ("and I also need a German course"): not sent; typed again, it is sent. `.want`: words of wanting that make a message naming a topic a new concern.
talk-new-topic-held = This sounds like something new: { $topic }. I did not send it to { $institution }. You find { $topic } in the main menu. Is your message for { $institution }? Then write it again.
    .want = i need, i want, we need, we want, need, want, looking for, i would like
request-for-relative = A request for another person? Then please start a new request, here:
person-files-sent = I sent this to { $institution }. The answer will come here. You can write more here, or ask your question.
person-closed = { $institution } has closed this conversation. If you need more help, choose from the menu.
person-unavailable = Sorry, nobody can answer in the chat right now. Please write an email to { $email }.
person-unavailable-form = Sorry, nobody can answer in the chat right now. You can send a request: choose “{ $button }” below. Or write an email to { $email }.
person-not-forwarded = I cannot send this file. Please send a photo or write a text.
appointment-confirmed =
    You have an appointment at { $institution }.
    Date: { $date }
    Time: { $time }
    Place: { $place }
appointment-reminder =
    Reminder: Tomorrow you have an appointment at { $institution }.
    Date: { $date }
    Time: { $time }
    Place: { $place }
appointment-reminder-note = I will remind you one day before.
button-write-to-person = Answer

## Delete my data (/delete)
delete-confirm = Do you want to delete everything I stored about you? Requests that are not sent yet will be deleted too.
delete-done = Done. I deleted all your data.
delete-sent-stay = Requests you already sent stay with the office: { $references }. To have them deleted there too, please write to the office and give the number.
delete-kept = OK. Nothing was deleted.

## Email to the institution (written in the institution's language)
email-subject = Request { $reference }: { $title }
# The subject when the person's own words look urgent (`urgent` in words.txt).
email-subject-urgent = Request { $reference } (perhaps urgent): { $title }
# At the end of the request's head: the urgent words and the days found in the person's text.
email-urgent = Perhaps urgent. Recognised in the person's text: { $words }
email-intro = A new request arrived through Kompass.
email-reference = Reference number
email-submitted-at = Received
email-channel = Channel
# The chat's language: a helper may write for someone who speaks another (the interpreter's language and "The person speaks …" say that one).
email-person-language = Language of the chat
email-person-language-named = The person names as their language: { $language }
email-earlier = Earlier requests from the same chat to your office through Kompass (by this person or for a relative): { $requests }
email-for-relative = The chat named a family member: this request is probably for that person, and someone else wrote it. The phone and email may then be the writer's.
# After `email-for-relative`: the family members the person's words name, as the office's word-for-word reading writes them ("Mutter", "Vater").
email-relative-named = Named in the person's words: { $who }.
# Instead of `email-for-relative` where the writer is a helper, not family (a neighbour, a volunteer, a social worker).
email-by-helper = The chat named a helper who is not family (a neighbour, a volunteer or a social worker, for example): this request is probably for another person, and the helper wrote it. The phone and email may then be the helper's.
# In a request for someone else (after `email-for-relative` or `email-by-helper`): the name and birth date were asked as the person's.
email-person-asked-as-theirs = The questions about the person (such as name and birth date) said they were about that person.
# The same, where the chat said whose the request is only after one of those questions: the answer may be the writer's.
email-person-asked-before = The chat said whose the request is only after a question about the person (such as name or birth date): that answer may be the writer's own. Please check.
# Above the person's words said with an answer (when they can come, after "No time fits"; the Persian-calendar date a birth date was converted from).
email-said-with = The person adds
email-said-with-date = Given in the Persian calendar (Solar Hijri), converted by Kompass
# The same date in the email, with how long ago it was.
email-date-past-deadline = { $date } ({ $days } days ago; deadline { $deadline } days)
email-interpreter = Interpreter
email-interpreter-no = not needed, the person says
# `email-interpreter-no` of a request written for someone else: the writer said so, not the person.
email-interpreter-no-writer = not needed, says the one who writes for the person
email-attachments = Attachments
email-footer = This email was written automatically by Kompass.
email-part = Part { $part }/{ $parts }

# Cancelling a form, unknown commands, names, changed content.
cancel-confirm = Do you want to cancel your request “{ $title }”? Your answers and photos will be deleted.
button-cancel-yes = Yes, cancel it
button-cancel-no = No, continue
cancel-kept = Good. Your answers are kept.
unknown-command = I do not know this command.
error-name-letter = Please write the name with letters.
# A name with a digit (a date typed at the name question).
error-name-digit = A name cannot contain numbers. Please write only the name, as in your passport.
error-name-arabizi = A name has no numbers. Is it written like this in your passport: { $name }? Then please write it like this.
error-name-label = “{ $label }” is in the menu. It is not a name. Please write your name, as in your passport.
error-answer-letter = Please write it with letters.
error-address-street = An address needs the name of the street. Please write the street, the house number and the village.
error-address-unknown = Your address is on your rental contract (Mietvertrag) or on a letter that came to your flat. You can also ask your landlord or your social worker. I keep your answers: you can go on later.
error-text-word = "{ $word }" does not tell the office what it is about. Please write it in a few words.
content-changed = This part has changed. Please continue here.

# How the office answers (in request emails), contact details, documents (PDF).
email-answer-room = Answer: please answer in your office's Matrix room, in the thread with this reference number. The answer reaches the person in their messenger.
email-answer-email = Answer: a reply to this email goes to the email address given.
email-answer-relay = Answer: simply reply to this email. The reply reaches the person in their messenger, with attachments (PDF, photos).
email-answer-phone = Answer: please call the person at the phone number given.
# Written for someone else: the number may be the writer's ("email-for-relative", "email-by-helper").
email-answer-phone-writer = Answer: please call the phone number given. It may be the number of the person who writes.
email-answer-message = Answer: the person asks for a written message (SMS or a messenger, as stated). Please write to them at the phone number given.
email-answer-letter = Answer: the person gave no phone number and no email address. Please write them a letter to the address given.
email-answer-letter-urgent = Answer by letter, but this may be urgent: a letter may come too late. The person was asked to come to the office if they cannot wait.
email-phone-someone-else = The note on the phone number names another person: the number may not be the person's own.
email-answer-none = Answer: the person gave no contact details and cannot get an answer through Kompass.
email-answer-language = The person speaks { $language }. Please write or speak plain German, in short sentences.
# Instead of `email-answer-language` where an interpreter was asked for: to talk, the office needs one; plain German is for writing.
email-answer-language-interpreter = The person speaks { $language } and needs an interpreter to talk. In writing, please use plain German, in short sentences.
# The same for a person who speaks English, which many caseworkers write too.
email-answer-language-english = The person speaks { $language }. Please write or speak English or plain German, in short sentences.
# A request written for someone else (`email-for-relative`) with an interpreter in another language than the chat's: who speaks what. $chat: the chat's language; $language: the interpreter's.
email-answer-language-helper = Someone writes in the chat for the person, in { $chat }. The person speaks { $language }: please use an interpreter.
email-answer-language-writer = Someone writes in the chat for the person, in { $chat }. Which language the person speaks was not said.
contact-needed = The office must be able to answer you. Please give a phone number or an email address.
contact-needed-visit = You have no phone and no email? Then please go to the office yourself: { $address }
contact-needed-letter = You have no phone and no email? Then the office will write you a letter to this address: { $home }
# Above the summary, when phone and email were skipped again: the office answers by letter.
contact-by-letter = You gave no phone number and no email. So the office will write you a letter to this address: { $home }
document-received =
    { $count ->
        [one] I received 1 document (PDF).
       *[other] I received { $count } documents (PDF).
    }
value-documents =
    { $count ->
        [one] 1 document (PDF)
       *[other] { $count } documents (PDF)
    }

## Matrix adapter: group rooms, messages the bot cannot decrypt
matrix-group-room = I only talk in chats with one person, because your questions and documents are private. I am leaving this room. Please write to me in a direct chat.
matrix-undecryptable = I could not read your last message. Please send it again.

## Terminal chat (kompass chat): its own notes
terminal-photo-hint = (Terminal: /photo PATH sends a file.)
terminal-not-utf8 = I cannot read this line. Please type it again.
terminal-file-missing = There is no file { $path }.
terminal-file-not-regular = This is not a normal file: { $path }. Please give the path of a photo.
terminal-file-unreadable = I cannot open this file: { $path }.
terminal-emails-queued = Emails still waiting: { $count }. They are sent at the next start.

## Edits (Telegram and Matrix)
edit-not-applied = You changed a message. I do not use changes. Please send the correct answer again as a new message.
