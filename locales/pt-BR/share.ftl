# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Compartilhar
keywords-share = compartilhar, convidar
keywords-whoami = whoami, meu id
share-sign-first = Depois de assinar, você recebe um link próprio para convidar amigos: quem assinar por ele conta para você. Você pode assinar agora ou passar adiante o formulário em papel.
share-paper-too = ✉️ A segunda forma: familiares e amigos também podem assinar o formulário em papel e enviá-lo pelo correio.
share-next = Convide seus amigos com o seu link ou passe adiante o formulário em papel:
whoami =
    Seu ID no { $platform } é:
    { $user_id }
    Você só precisa dele se a campanha fizer de você uma pessoa organizadora: envie-o a ela.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Convidar amigos a assinar
telegram-command-whoami = Ver seu ID do Telegram
telegram-share-text = Assinei a petição contra a revisão da Lei de Controle de Imigração do Japão, que coloca refugiados em perigo. Assine também:
# Shown before a person presses Start (at most 512 characters).
telegram-description = Este bot traz a petição de { $organizer } contra a revisão da Lei de Controle de Imigração do Japão: leia por que ela coloca em perigo refugiados e pessoas sem visto de residência, e assine em poucos minutos. Seu nome vai apenas para os destinatários da petição.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Leia e assine a petição contra a revisão da Lei de Controle de Imigração do Japão.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Convide seus amigos
