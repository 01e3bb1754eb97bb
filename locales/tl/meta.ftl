# The name of this language, written in the language itself (shown in the language menu).
# Numbers, dates and plurals follow CLDR's Filipino ("fil", which Babel gives for "tl").
language-name = Tagalog
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
