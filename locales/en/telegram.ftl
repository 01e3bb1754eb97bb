# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Start again
telegram-command-sign = Sign the petition
telegram-command-language = Change the language
telegram-command-status = See what we hold about you
telegram-command-withdraw = Delete your signature
telegram-command-updates = Turn updates on or off
telegram-command-help = What you can do here
telegram-command-privacy = How we handle your data

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Hello! I take signatures for the petition by { $organizer } against the revision of Japan's Immigration Control Act in a private chat only, so that nobody's name is shared in a group. Tap the button below to read and sign.
telegram-group-button = Open a private chat
