# Sprachmittlung: Eine Antwort der Behörde wird für die Person übersetzt.
mediation-pending = { $institution } hat Ihnen geantwortet. Eine Sprachmittlerin oder ein Sprachmittler übersetzt die Antwort in Ihre Sprache. Sie bekommen sie bald hier.
mediation-translated = Übersetzt von der Sprachmittlung:
mediation-original = Der Text auf Deutsch:
