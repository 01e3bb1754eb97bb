# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Começar de novo
telegram-command-sign = Assinar a petição
telegram-command-language = Mudar o idioma
telegram-command-status = Ver o que guardamos sobre você
telegram-command-withdraw = Apagar sua assinatura
telegram-command-updates = Ligar ou desligar novidades
telegram-command-help = O que você pode fazer aqui
telegram-command-privacy = Como tratamos seus dados

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Olá! Recebo assinaturas para a petição da { $organizer } contra a reforma da Lei de Controle de Imigração do Japão só em conversa particular, para que o nome de ninguém seja compartilhado no grupo. Toque no botão abaixo para ler e assinar.
telegram-group-button = Abrir conversa particular
