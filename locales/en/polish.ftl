# A short reminder with the buttons, when a long text (the consent, a concern) was already shown once.
nudge = Please choose one of the buttons below (or type help).
# Words that leave signing from any step, comma-separated (like the other keywords).
keywords-cancel = cancel, stop, quit
cancelled = OK, I stopped there and kept nothing of it. What would you like to do?
# Everyday words the bot answers, comma-separated; a keyword anywhere in a message counts.
keywords-intent-thanks = thanks, thank you, thx, cheers
keywords-intent-hello = hello, hi, hey, good morning, good evening
keywords-intent-share = spread the word, tell my friends
keywords-intent-help = how does this work, what can you do, what is this
reply-thanks = Thank you for your support!
reply-hello = Hello! Glad you are here.
# Answer to a question typed at the name step (why the name is needed), from the consent's facts.
name-why = Your name is your signature: it is added to this petition to { $addressees }. { $organizer } and partner groups count the signatures, and nobody else sees it. /privacy says more.
help-line =
    You can type these words, or use the buttons, at any time:
    • "sign" – sign the petition
    • "status" – see what we hold about you
    • "withdraw" – delete your signature
    • "updates" – turn updates on or off
    • "language" – change the language
    • "privacy" – how we handle your data
    • "paper form" – sign on paper
    • "menu" – the main menu
    • "share" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "cancel" – stop signing
    • "help" – this list
button-first-languages = First languages
translation-unreviewed = Note: this translation has not yet been checked by a native speaker. The Japanese and English texts are the authority.
button-more-background = More background
background-more =
    More from the petition page

    • The bill is nearly the same as the one withdrawn in 2021.
    • The Immigration Services Agency refused to disclose the video of Ms. Wishma's last days, and still hides the truth.
    • Refugee isolationism: Japan did not even recognise the evacuees from Ukraine as refugees, while asylum seekers from Myanmar, Afghanistan and elsewhere are left without that support.
    • The Agency calls people who cannot go back "deportation evaders": under the bill they could be deported or even punished.
    • The petition asks for a society where the lives and rights of everyone living here are protected, and truly no one is left behind.
telegram-command-menu = The main menu
telegram-command-paper = Sign on paper
telegram-command-cancel = Stop signing
# The language's name where space is short (an organizer's audience button).
language-short-name = English
help-whoami = see your own ID
