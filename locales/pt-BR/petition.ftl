welcome =
    Bem-vindo! Esta é a petição da { $organizer } e de grupos parceiros ({ $partners }) contra a reforma da Lei de Controle de Imigração do Japão.

    Qual idioma você quer usar?
welcome-back = Bem-vindo de volta, e obrigado por assinar.
welcome-continue = Bem-vindo de volta! Você parou aqui.
language-prompt = Qual idioma você quer usar?
language-set = Certo, a partir de agora vou escrever em português.

petition =
    📝 A petição

    Somos contra a reforma da Lei de Controle de Imigração. Ela vai oprimir refugiados e colocar em perigo a vida de pessoas sem status de residência. Pedimos que o projeto de lei seja barrado e que haja reformas que protejam a vida e os direitos de todas as pessoas que vivem no Japão.

    Destinatários: { $addressees }.

    O projeto tem cinco problemas. Leia um por um, ou assine agora.

concern-1 =
    { $position }/{ $total } Deportar quem pede refúgio

    O Japão reconhece pouquíssimos refugiados. O projeto permitiria ao Estado deportar pessoas que estão pedindo refúgio, sem antes corrigir essa baixa taxa de reconhecimento.
concern-2 =
    { $position }/{ $total } Punir quem não pode voltar

    Refugiados e outras pessoas que têm motivos para não poder voltar ao seu país receberiam ordem de sair, e seriam punidos se não obedecessem.
concern-3 =
    { $position }/{ $total } Detenção sem fim

    Estrangeiros sem status de residência continuariam podendo ser detidos por tempo indeterminado ou por anos. O projeto mantém esse sistema.
concern-4 =
    { $position }/{ $total } Vigiados, mas sem apoio

    Um novo sistema de "supervisão" aumentaria a vigilância sobre pessoas liberadas da detenção. Quem é proibido de trabalhar não receberia nenhum apoio para viver.
concern-5 =
    { $position }/{ $total } Menos chances de ficar

    A autorização especial de permanência é o caminho para que pessoas sem status, como crianças criadas no Japão, possam ficar. O projeto a concederia em menos casos.

background =
    Por trás do projeto: a detenção no Japão

    • A Sra. Wishma Sandamali morreu em 2021 sob custódia do Escritório de Imigração de Nagoya. As críticas ao tratamento que ela recebeu fizeram o projeto de 2021 ser abandonado.
    • Um homem camaronês morreu no centro de detenção de imigração de Ushiku em 30 de março de 2014, depois que seus pedidos de socorro foram ignorados. A família dele processou o Estado e ganhou em parte.
    • O Sr. Deniz foi à Justiça depois de ser espancado por um grupo de guardas na detenção.
    • Pessoas em suspensão provisória da detenção (karihōmen) não podem trabalhar e não têm assistência social nem seguro de saúde, mesmo quando estão gravemente doentes. As Nações Unidas pediram que isso mude.
    • Crianças que vieram pequenas para o Japão, ou que nasceram aqui, estudam e crescem sem status de residência, e vivem com medo de serem mandadas para um país que não conhecem.

menu = O que você gostaria de fazer?
help =
    Você pode usar estes comandos a qualquer momento:
    /start – começar de novo
    /sign – assinar a petição
    /status – ver o que guardamos sobre você
    /withdraw – apagar sua assinatura
    /updates – ligar ou desligar as novidades
    /language – mudar o idioma
    /privacy – como tratamos seus dados
    /menu – Menu principal
    /paper – Assinar no papel
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – Parar de assinar
    /help – esta lista
not-understood = Desculpe, não entendi.
old-button = Esse botão é de uma etapa anterior.
media-not-understood = Obrigado! Mas eu só consigo ler textos e botões.
unknown-command = Não conheço esse comando. Digite /help para ver a lista.
use-buttons = Responda com os botões, por favor (ou digite sim ou não).

# The button under a broadcast update that carries a link.
broadcast-link = Abrir o link
slow-down = Você está enviando mensagens muito rápido. Espere um pouco antes de continuar.
storage-unavailable = Desculpe, não consigo salvar nada agora, então nada foi registrado. Tente de novo mais tarde.
