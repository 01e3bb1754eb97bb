# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Share
keywords-share = share, invite
keywords-whoami = whoami, my id
share-sign-first = Once you have signed, you get your own link to invite friends: everyone who signs through it is counted for you. You can sign now, or pass on the paper form.
share-paper-too = ✉️ The second way: friends and family can also sign on the paper form and mail it.
share-next = Invite your friends with your own link, or pass on the paper form:
whoami =
    Your { $platform } ID is:
    { $user_id }
    You need it only if the campaign makes you an organizer: send it to them.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Invite friends to sign
telegram-command-whoami = Show your Telegram ID
telegram-share-text = I signed the petition against the revision of Japan's Immigration Control Act, which endangers refugees. Please sign too:
# Shown before a person presses Start (at most 512 characters).
telegram-description = This bot brings the petition by { $organizer } against the revision of Japan's Immigration Control Act to you: read why it endangers refugees and people without residence status, and sign in a few minutes. Your name goes only to the petition's addressees.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Read and sign the petition against the Immigration Control Act revision.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Invite your friends
