# The name of this language, written in the language itself (shown in the language menu).
language-name = 繁體中文
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
