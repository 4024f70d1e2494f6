# Names in Latin letters (as in the passport) and free text the office gets untranslated.

name-latin-question = Вы написали: { $name }
    Учреждению нужно имя латинскими буквами (A, B, C …), как в Вашем паспорте или удостоверении личности. Пожалуйста, напишите его так.
name-latin-suggestion = Правильно так: { $suggestion }? Тогда выберите этот вариант ниже.
button-name-no-latin = У меня нет документа латинскими буквами
    .typed = не могу, не умею, не знаю как
error-name-not-latin = Пожалуйста, используйте латинские буквы (A, B, C …). Или выберите вариант ниже.
answer-word-check = Вы написали: { $word }
    Это действительно Ваш ответ? Тогда выберите его ниже. Если нет, напишите, пожалуйста, ответ:
name-in-both = «{ $shared }» есть в обоих именах. Как правильно?
address-number-check = Вы написали: { $address }
    Нет номера дома. Пожалуйста, напишите и его, например: 5
    У дома нет номера? Тогда выберите адрес ниже.
# Only a village or the town typed as the address ("Talle"): the street and house number are asked once, as the house number above; the ✓ keeps it as written. The field's question follows.
address-street-check = Вы написали: { $address }
    Не хватает улицы и номера дома. Пожалуйста, напишите их тоже, например: Am Bach 3
    Улицы нет? Тогда выберите Ваш адрес ниже.
# A number alone typed there that a button could have meant ("1" under "✓ Bavenhausen"): is it the house number? Two buttons follow: the street with the number, the street without.
address-number-sure = Вы написали «{ $number }». Это номер дома?
address-latin-question = Вы написали: { $address }
    Письма из учреждения будут приходить на этот адрес. Пожалуйста, напишите его латинскими буквами (A, B, C …), как на почтовом ящике или в договоре аренды.
button-address-keep = Я не могу написать его латинскими буквами
    .typed = не могу, не умею, не знаю как
value-name-original = { $latin } (в оригинальном написании: { $original })
value-name-suggested = { $latin } (написано Kompass, пожалуйста, сверьте с паспортом; в оригинальном написании: { $original })
value-name-no-latin = { $original } (в оригинальном написании; нет документа с именем латинскими буквами)
email-untranslated = { $label } ({ $language }, без перевода)
email-untranslated-unknown = { $label } (без перевода)
# The words written beside a phone number, on a line of their own where they are not German.
email-phone-note = Примечание к номеру телефона
email-phone-foreign = { $number } (если из-за границы, возможно: { $foreign })
email-note-gist = Распознанные слова (не перевод): { $words }
email-names-latin = Имена в тексте, латиницей примерно: { $names }
email-attached = { $value } (во вложении: { $file })
email-photos-other-paper = { $photos }, вероятно, другого документа (без запрошенного документа)
email-untranslated-latin = { $text } (латиницей примерно: { $latin })
