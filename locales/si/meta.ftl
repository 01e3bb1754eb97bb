# The name of this language, written in the language itself (shown in the language menu).
# Sinhala conjuncts (්‍ය, ්‍ර) need the zero-width joiner (U+200D): keep it where it is.
language-name = සිංහල
# "yes" once a native speaker has reviewed every message of this locale, otherwise "no".
-reviewed = no
