import CHunspell
