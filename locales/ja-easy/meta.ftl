# The name of this language, written in the language itself (shown in the language menu).
# やさしい日本語: short sentences, one idea each, common words, readings in parentheses for hard
# kanji, no honorific layers (2020 guidelines of the Immigration Services Agency and the Agency
# for Cultural Affairs). Numbers, dates and plurals follow Japanese (CLDR "ja").
language-name = やさしい日本語
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
