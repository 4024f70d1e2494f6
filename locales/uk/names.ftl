# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = Ви написали: { $name }
    Установі потрібне ім’я латинськими літерами (A, B, C …), як у Вашому паспорті або посвідченні особи. Будь ласка, напишіть його так.
name-latin-suggestion = Правильно так: { $suggestion }? Тоді оберіть цей варіант нижче.
button-name-no-latin = У мене немає документа з ім’ям латиницею
    .typed = не можу, не вмію, не знаю як
error-name-not-latin = Будь ласка, використовуйте латинські літери (A, B, C …). Або оберіть варіант нижче.
answer-word-check = Ви написали: { $word }
    Це справді Ваша відповідь? Тоді оберіть її нижче. Якщо ні, напишіть, будь ласка, відповідь:
name-in-both = «{ $shared }» є в обох іменах. Як правильно?
address-number-check = Ви написали: { $address }
    Немає номера будинку. Будь ласка, напишіть і його, наприклад: 5
    У будинку немає номера? Тоді виберіть адресу нижче.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = Ви написали: { $address }
    Бракує вулиці та номера будинку. Будь ласка, напишіть їх теж, наприклад: Am Bach 3
    Вулиці немає? Тоді оберіть Вашу адресу нижче.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = Ви написали «{ $number }». Це номер будинку?
address-latin-question = Ви написали: { $address }
    Листи від установи приходять на цю адресу. Будь ласка, напишіть її латинськими літерами (A, B, C …), як на поштовій скриньці або в договорі оренди.
button-address-keep = Я не можу написати її латинськими літерами
    .typed = не можу, не вмію, не знаю як
value-name-original = { $latin } (в оригінальному написанні: { $original })
value-name-suggested = { $latin } (написано Kompass, будь ласка, звірте з паспортом; в оригінальному написанні: { $original })
value-name-no-latin = { $original } (в оригінальному написанні; немає документа з ім’ям латинськими літерами)
email-untranslated = { $label } ({ $language }, без перекладу)
email-untranslated-unknown = { $label } (без перекладу)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Примітка до номера телефону
email-phone-foreign = { $number } (якщо з-за кордону, можливо: { $foreign })
email-note-gist = Розпізнані слова (не переклад): { $words }
email-names-latin = Імена в тексті, латиницею приблизно: { $names }
email-attached = { $value } (у вкладенні: { $file })
email-photos-other-paper = { $photos }, імовірно, іншого документа (без потрібного документа)
email-untranslated-latin = { $text } (латиницею приблизно: { $latin })
