# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = පුවතේ පෙළ { $language } භාෂාවෙන් එවන්න.
broadcast-ask-link = පුවතට යටින් බොත්තමක් ලෙස පෙන්වීමට සබැඳියක් (https://…) එවන්න, නැතහොත් "සබැඳියක් නැත" ඔබන්න.
broadcast-bad-link = එය https:// සබැඳියක් නොවේ.
broadcast-ask-audience = කාටද යවන්නේ? පුවත් ලැබීමට එකඟ වූ සහ බොට් එක අවහිර නොකළ අයට පමණි.
broadcast-preview = පෙරදසුන: එක් එක් භාෂාව ලබන්නන්ට පෙනෙන ආකාරයටම.
broadcast-text = { $text }
broadcast-progress = පුවත #{ $job }: { $total } න් { $done }ක් සකසා ඇත.
broadcast-report =
    පුවත #{ $job } { $state ->
        [stopped] නැවතුණි: { $note }
        [cancelled] අවලංගු කරන ලදී.
       *[done] යවා අවසන්.
    }
    යැවූ: { $sent }, අවිනිශ්චිත (නැවත ආරම්භ වන විට යවමින් තිබූ, දෙවරක් ලැබී තිබිය හැක): { $uncertain }, ළඟා විය නොහැකි: { $unreachable }, අසාර්ථක: { $failed }, නොයැවූ: { $skipped }.
broadcast-stopped = { $job ->
    [0] දැනට යවන පුවතක් නැත.
   *[other] පුවත #{ $job } අවලංගු කරන ලදී.
}
stats-report = { $report }

button-no-link = සබැඳියක් නැත
button-audience-subscribers = සියලු දායකයින්
button-audience-signers = අත්සන් කළ අය පමණි
button-audience-language = { $language } පමණි
button-texts-done = වෙනත් භාෂා නැත
button-send = යවන්න
button-stop-broadcast = යැවීම නවත්වන්න
