## Die erste Nachricht war in einer Sprache, in der es noch keine Texte gibt.
language-not-available = Ihre Sprache gibt es hier leider noch nicht. Bitte wählen Sie eine dieser Sprachen.
