# /withdraw before the signature was recorded: what signing had gathered is deleted at once.
withdraw-draft-deleted = You had not signed yet. What you had entered while signing (your name, prefecture and consent) is now deleted. We keep only your account ID and language, so that the bot can answer you.
status-signing = You have not signed yet. While you sign, we hold what you have entered so far (name, prefecture, consent) with your chat account ID and language ({ $language }). /withdraw deletes it at once; if you do not finish, it is deleted after a few days.
