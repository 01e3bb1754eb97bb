# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Envie o texto da novidade em { $language }.
broadcast-ask-link = Envie um link para aparecer como botão abaixo da novidade (https://…), ou toque em "Sem link".
broadcast-bad-link = Isso não é um link https://.
broadcast-ask-audience = Quem deve receber? Só pessoas que aceitaram receber novidades e não bloquearam o bot.
broadcast-preview = Prévia: cada idioma exatamente como os destinatários vão ver.
broadcast-text = { $text }
broadcast-progress = Envio #{ $job }: { $done } de { $total } processados.
broadcast-report =
    O envio #{ $job } { $state ->
        [stopped] parou: { $note }
        [cancelled] foi cancelado.
       *[done] terminou.
    }
    Enviadas: { $sent }, incertas (em envio durante um reinício, talvez duas vezes): { $uncertain }, inalcançáveis: { $unreachable }, com falha: { $failed }, não enviadas: { $skipped }.
broadcast-stopped = { $job ->
    [0] Nenhum envio em andamento.
   *[other] O envio #{ $job } foi cancelado.
}
stats-report = { $report }

button-no-link = Sem link
button-audience-subscribers = Todos os inscritos
button-audience-signers = Só quem assinou
button-audience-language = Só { $language }
button-texts-done = Sem mais idiomas
button-send = Enviar
button-stop-broadcast = Parar o envio
