# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = start
keywords-menu = menu
keywords-help = help
keywords-language = language
keywords-sign = sign
keywords-status = status, my data
keywords-withdraw = withdraw, delete my data
keywords-updates = updates
keywords-privacy = privacy
keywords-paper = paper form
keywords-yes = yes, y, ok, okay
keywords-no = no, n
keywords-abroad = outside Japan, abroad, overseas
keywords-skip = skip, none
