# The name of this language, written in the language itself (shown in the language menu).
# "Indonesia" is CLDR's own name for the language, as Android shows it.
language-name = Bahasa Indonesia
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
