# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Send the text of the update in { $language }.
broadcast-ask-link = Send a link to show as a button under the update (https://…), or press "No link".
broadcast-bad-link = That is not an https:// link.
broadcast-ask-audience = Who should receive it? Only people who said yes to updates and have not blocked the bot.
broadcast-preview = Preview: each language exactly as recipients will see it.
broadcast-text = { $text }
broadcast-progress = Broadcast #{ $job }: { $done } of { $total } handled.
broadcast-report =
    Broadcast #{ $job } { $state ->
        [stopped] stopped: { $note }
        [cancelled] was cancelled.
       *[done] is finished.
    }
    Sent: { $sent }, uncertain (in flight at a restart, maybe twice): { $uncertain }, unreachable: { $unreachable }, failed: { $failed }, not sent: { $skipped }.
broadcast-stopped = { $job ->
    [0] No broadcast is being sent.
   *[other] Broadcast #{ $job } is cancelled.
}
stats-report = { $report }

button-no-link = No link
button-audience-subscribers = All subscribers
button-audience-signers = Signers only
button-audience-language = Only { $language }
button-texts-done = No more languages
button-send = Send
button-stop-broadcast = Stop the broadcast
