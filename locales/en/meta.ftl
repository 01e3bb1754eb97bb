# The name of this language, written in the language itself (shown in the language menu).
language-name = English
