# Planos e verificações de envios em massa, e relatórios das ferramentas de organização.
plan-language = { $language }: { $total ->
    [one] { $total } destinatário
   *[other] { $total } destinatários
    } (LINE { $line }, Telegram { $telegram }), recebe o texto em { $text }.
plan-language-fallback = { $language ->
    [none] Sem idioma escolhido
   *[other] { $language }
    }: { $total ->
    [one] { $total } destinatário
   *[other] { $total } destinatários
    } (LINE { $line }, Telegram { $telegram }), sem texto próprio, recebe o texto em { $text }.
plan-fallback-summary = { $count ->
    [one] { $count } pessoa que lê
   *[other] { $count } pessoas que leem
    } { $languages } vai receber o texto no idioma padrão ({ $default }). Adicione um texto no idioma delas para alcançá-las nele.
plan-totals = Destinatários: { $telegram } no Telegram, { $line } no LINE.
plan-line-billable = O LINE cobra { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
    } (uma por destinatário no LINE, texto e imagem juntos).
plan-quota-unlimited = A cota mensal de mensagens do LINE não tem limite ou não é conhecida.
plan-quota-left = Cota do LINE: { $left ->
    [one] resta { $left } mensagem
   *[other] restam { $left } mensagens
    } neste mês.
plan-partial = Envio parcial escolhido: { $reachable } de { $line } destinatários no LINE vão recebê-lo; os demais não.
plan-cost = Custo estimado no LINE: { $cost } { $currency } por { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
    } (pelo preço em campaign.toml).
plan-image = Com imagem ({ $kind }): uma foto no Telegram, uma mensagem de imagem no LINE.

plan-unknown-language = "{ $language }" não é um idioma do bot. Use um destes: { $known }.
plan-unknown-audience-language = O público lang:{ $language } não é um idioma do bot: ninguém pode tê-lo escolhido.
plan-default-text-missing = É preciso um texto no idioma padrão ({ $language }): todos sem texto no próprio idioma recebem esse. Adicione com --text { $language }=...
plan-empty-text = O texto em { $language } está vazio. Escreva-o ou retire esse idioma.
plan-text-too-long = O texto em { $language } tem { $length } caracteres; o { $platform ->
    [line] LINE
   *[telegram] Telegram
    } permite { $limit }. Encurte em pelo menos { $over ->
    [one] { $over } caractere
   *[other] { $over } caracteres
    }.
plan-bad-link = O link deve começar com https:// ({ $link }).
plan-no-recipients = Ninguém receberia isto: o público "{ $audience }" não tem destinatários. Verifique o público.
plan-over-quota = O LINE só aceita mais { $left } mensagens neste mês, mas o público tem { $line } destinatários no LINE. Nada foi enviado. Reduza o público, suba o plano ou escolha um envio parcial (--partial) para alcançar { $left } deles.
plan-image-kind = A imagem deve ser um arquivo JPEG ou PNG.
plan-image-too-big = A imagem tem { $size } bytes; o máximo é { $limit }.
plan-image-needs-public-url = Uma imagem no LINE precisa do endereço HTTPS público do bot: defina PUBLIC_BASE_URL (https://...).

broadcast-plan-confirm =
    { $plan }
    Enviar agora?
broadcast-start-result = { $job ->
    [0] Não é possível enviar: nenhuma plataforma está configurada para isso.
    [-2] Não enviado: { $problems } Comece de novo com /broadcast.
   *[other] O envio #{ $job } está em andamento. O progresso e um relatório chegarão aqui.
    }

cli-preview = Prévia, como os destinatários vão ver:
cli-refused = Nada foi enviado, porque:
cli-dry-run-ok = Teste: todas as verificações passaram; o envio começaria agora. Nada foi enviado.
cli-confirm = Enviar agora? [y/N]
cli-confirm-at = Agendar para { $at }? [y/N]
cli-nothing-sent = Nada foi enviado.
cli-scheduled = O envio #{ $job } está agendado para { $at }. O processo do servidor (run_bot.py serve) o envia nessa hora; veja com broadcast --list, cancele com broadcast --cancel { $job }.
cli-nothing-unfinished = Nenhum envio ficou pela metade.
cli-job-report = Envio #{ $job } ({ $state ->
    [done] concluído
    [stopped] parado: { $note }
    [cancelled] cancelado
    [sending] ainda em envio
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } enviados
    [uncertain] { $count } incertos (em envio num reinício, talvez duas vezes)
    [unreachable] { $count } inalcançáveis (bloquearam o bot)
    [failed] { $count } com falha
    [pending] { $count } não enviados
    [inflight] { $count } em envio
   *[other] { $count } { $state }
    }
cli-insight-none = Aberturas e cliques no LINE: não acompanhados neste envio.
cli-insight-pending = Aberturas e cliques no LINE: ainda não publicados (o LINE mostra cerca de um dia depois, quando pessoas suficientes abriram). Veja mais tarde com broadcast --report N.
cli-insight = LINE: { $opened ->
    [one] { $opened } pessoa abriu a mensagem
   *[other] { $opened } pessoas abriram a mensagem
    }, { $clicked ->
    [one] { $clicked } abriu o link
   *[other] { $clicked } abriram o link
    }.
cli-no-jobs = Nenhum envio agendado ou em andamento.
cli-cancel-none = O envio #{ $job } não está agendado nem em andamento: nada a cancelar. Veja broadcast --list.
cli-cancelled = O envio #{ $job } foi cancelado.
cli-no-such-job = Não existe o envio #{ $job }. Veja os envios feitos até agora com run_bot.py audit.
cli-chart-written = Gráfico gravado em { $file }
cli-export-written = { $count ->
    [one] { $count } assinatura gravada em { $file }
   *[other] { $count } assinaturas gravadas em { $file }
    }
cli-audit-empty = Ainda não há envios nem exportações.
cli-backup-written = Cópia de segurança gravada em { $file } ({ $signatures ->
    [one] { $signatures } assinatura
   *[other] { $signatures } assinaturas
    }, { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
    }).
cli-purge-counted = { $count ->
    [one] { $count } assinatura foi feita
   *[other] { $count } assinaturas foram feitas
    } antes de { $day } (horário do Japão). Nada foi apagado.
cli-purge-confirm = Apagar { $count ->
    [one] { $count } assinatura feita
   *[other] { $count } assinaturas feitas
    } antes de { $day }? [y/N]
cli-purge-nothing = Nada foi apagado.
cli-purge-abandoned = { $count ->
    [one] 1 assinatura começada e abandonada por { $days } dias foi apagada.
   *[other] { $count } assinaturas começadas e abandonadas por { $days } dias foram apagadas.
    }
cli-purge-done = { $count ->
    [one] { $count } assinatura feita antes de { $day } foi apagada.
   *[other] { $count } assinaturas feitas antes de { $day } foram apagadas.
    }
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE até agora: { $opened ->
    [one] { $opened } pessoa abriu a mensagem
   *[other] { $opened } pessoas abriram a mensagem
    }, { $clicked ->
    [one] { $clicked } abriu o link
   *[other] { $clicked } abriram o link
    }.
