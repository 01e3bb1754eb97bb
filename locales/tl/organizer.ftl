# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Ipadala ang teksto ng balita sa { $language }.
broadcast-ask-link = Magpadala ng link na ipapakita bilang button sa ilalim ng balita (https://…), o pindutin ang "Walang link".
broadcast-bad-link = Hindi iyan https:// na link.
broadcast-ask-audience = Kanino ito ipapadala? Sa mga pumayag lang sa mga balita at hindi nag-block sa bot.
broadcast-preview = Preview: bawat wika, eksakto kung paano ito makikita ng tatanggap.
broadcast-text = { $text }
broadcast-progress = Balita #{ $job }: { $done } sa { $total } ang naproseso.
broadcast-report =
    Ang balita #{ $job } { $state ->
        [stopped] ay huminto: { $note }
        [cancelled] ay kinansela.
       *[done] ay tapos nang ipadala.
    }
    Naipadala: { $sent }, hindi tiyak (ipinapadala noong nag-restart, baka dalawang beses): { $uncertain }, hindi maabot: { $unreachable }, pumalya: { $failed }, hindi naipadala: { $skipped }.
broadcast-stopped = { $job ->
    [0] Walang balitang ipinapadala.
   *[other] Kinansela ang balita #{ $job }.
}
stats-report = { $report }

button-no-link = Walang link
button-audience-subscribers = Lahat ng subscriber
button-audience-signers = Mga pumirma lang
button-audience-language = { $language } lang
button-texts-done = Wala nang ibang wika
button-send = Ipadala
button-stop-broadcast = Itigil ang pagpadala
