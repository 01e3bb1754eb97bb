# The name of this language, written in the language itself (shown in the language menu).
# Numbers are written with Latin digits (0-9), as Babel formats them by default.
language-name = नेपाली
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
