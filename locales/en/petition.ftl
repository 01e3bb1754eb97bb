welcome =
    Welcome! This is the petition by { $organizer } and partner groups ({ $partners }) against the revision of Japan's Immigration Control Act.

    Which language would you like to use?
welcome-back = Welcome back, and thank you for signing.
welcome-continue = Welcome back! Here is where you stopped.
language-prompt = Which language would you like to use?
language-set = OK, I will write in English from now on.

petition =
    📝 The petition

    We oppose the revision of the Immigration Control Act. It would oppress refugees and endanger the lives of people without residence status. We ask for the bill to be stopped, and for reforms that protect the life and rights of everyone living in Japan.

    Addressed to: { $addressees }.

    The bill raises five concerns. Read them one by one, or sign now.

concern-1 =
    { $position }/{ $total } Deporting asylum seekers

    Japan recognizes very few refugees. The bill would let the state deport people who are applying for refugee status, without first fixing that low recognition rate.
concern-2 =
    { $position }/{ $total } Punishing people who cannot go home

    Refugees and others who have reasons they cannot return to their country would be ordered to leave, and punished if they do not.
concern-3 =
    { $position }/{ $total } Detention without end

    Foreigners without residence status could still be detained indefinitely or for years. The bill keeps that system.
concern-4 =
    { $position }/{ $total } Watched, but not supported

    A new "supervision" system would increase surveillance of people released from detention. Those forbidden to work would get no support to live on.
concern-5 =
    { $position }/{ $total } Less chance to stay

    Special residence permission is the way people without status, such as children raised in Japan, can be allowed to stay. The bill would grant it in fewer cases.

background =
    Behind the bill: detention in Japan

    • Ms. Wishma Sandamali died in 2021 in the custody of the Nagoya Immigration Office. Criticism of her inhumane treatment led to the 2021 bill being dropped.
    • A Cameroonian man died at the immigration detention centre in Ushiku on 30 March 2014, after his pleas of suffering were ignored. His family sued and partly won.
    • Mr. Deniz went to court after a group of guards beat him in detention.
    • People on provisional release may not work and get no welfare or health insurance, even when seriously ill. The United Nations has called for this to change.
    • Children who came to Japan young, or were born here, study and grow up without residence status, and live with the fear of being sent to a country they do not know.

menu = What would you like to do?
help =
    You can use these at any time:
    /start – start again
    /sign – sign the petition
    /status – see what we hold about you
    /withdraw – delete your signature
    /updates – turn updates on or off
    /language – change the language
    /privacy – how we handle your data
    /menu – the main menu
    /paper – sign on paper
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – stop signing
    /help – this list
not-understood = Sorry, I did not understand that.
old-button = That button belongs to an earlier step.
media-not-understood = Thank you! I can only read text and buttons, though.
unknown-command = I don't know that command. Type /help to see the list.
use-buttons = Please answer with the buttons (or type yes or no).

# The button under a broadcast update that carries a link.
broadcast-link = Open the link
slow-down = You are sending messages very fast. Please wait a moment before you go on.
storage-unavailable = Sorry, I cannot save anything right now, so nothing was recorded. Please try again later.
