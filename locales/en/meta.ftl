# The name of this language, written in the language itself (shown in the language menu).
language-name = English
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
# See docs/translating.md. The campaign can offer only reviewed languages (language_menu = "reviewed").
-reviewed = yes
