# The name of this language, written in the language itself (shown in the language menu).
# Written in Unicode Burmese (not Zawgyi). Numbers use Latin digits (0-9), as Babel formats them.
language-name = မြန်မာ
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
