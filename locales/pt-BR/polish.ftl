nudge = Escolha um dos botões abaixo (ou digite ajuda).
keywords-cancel = cancelar, parar, sair
cancelled = Certo, parei aqui e não guardei nada. O que você gostaria de fazer?
keywords-intent-thanks = obrigado, obrigada, valeu
keywords-intent-hello = olá, oi, bom dia, boa tarde, boa noite
keywords-intent-share = divulgar
keywords-intent-help = como funciona, o que é isso
reply-thanks = Obrigado pelo seu apoio!
reply-hello = Olá! Que bom que você está aqui.
name-why = Seu nome é a sua assinatura: ele é acrescentado a esta petição dirigida a { $addressees }. { $organizer } e as entidades parceiras contam as assinaturas, e ninguém mais as vê. Veja /privacy para saber mais.
help-line =
    Você pode digitar estas palavras, ou usar os botões, a qualquer momento:
    • "assinar" – assinar a petição
    • "meus dados" – ver o que guardamos
    • "retirar" – apagar sua assinatura
    • "novidades" – ligar ou desligar as novidades
    • "idioma" – mudar o idioma
    • "privacidade" – como tratamos seus dados
    • "formulário em papel" – assinar no papel
    • "menu" – o menu principal
    • "compartilhar" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "cancelar" – parar de assinar
    • "ajuda" – esta lista
button-first-languages = Primeiros idiomas
translation-unreviewed = Aviso: esta tradução ainda não foi revisada por um falante nativo. Os textos em japonês e inglês são os que valem.
button-more-background = Mais contexto
background-more =
    Mais da página da petição

    • O projeto é quase igual ao que foi retirado em 2021.
    • A Agência de Imigração recusou-se a divulgar o vídeo dos últimos dias da Sra. Wishma e ainda esconde a verdade.
    • Isolacionismo contra refugiados: nem os deslocados da Ucrânia foram reconhecidos como refugiados, enquanto solicitantes de refúgio de Mianmar, do Afeganistão e de outros países ficam sem esse apoio.
    • A Agência chama quem não pode voltar de "evasores da deportação": pelo projeto, essas pessoas podem ser deportadas ou até punidas.
    • A petição pede uma sociedade em que a vida e os direitos de todos que vivem aqui sejam garantidos e, de verdade, ninguém fique para trás.
telegram-command-menu = Menu principal
telegram-command-paper = Assinar no papel
telegram-command-cancel = Parar de assinar
# The language's name where space is short (an organizer's audience button).
language-short-name = Português
help-whoami = ver o seu próprio ID
