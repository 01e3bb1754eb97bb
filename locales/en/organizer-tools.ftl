# Broadcast plans, checks and the organizer tools' reports (bot/organizing/plan.py and the CLI).
plan-language = { $language }: { $total ->
    [one] 1 recipient
   *[other] { $total } recipients
    } (LINE { $line }, Telegram { $telegram }), gets the { $text } text.
plan-language-fallback = { $language ->
    [none] No language chosen
   *[other] { $language }
    }: { $total ->
    [one] 1 recipient
   *[other] { $total } recipients
    } (LINE { $line }, Telegram { $telegram }), has no text of its own and gets the { $text } text.
plan-fallback-summary = { $count ->
    [one] 1 person reads
   *[other] { $count } people read
    } { $languages } and will get the default language's ({ $default }) text. Add a text in their language to reach them in it.
plan-totals = Recipients: { $telegram } on Telegram, { $line } on LINE.
plan-line-billable = LINE bills { $count ->
    [one] 1 message
   *[other] { $count } messages
    } (one per LINE recipient, text and image together).
plan-quota-unlimited = LINE's monthly message quota is not limited or not known.
plan-quota-left = LINE quota: { $left ->
    [one] 1 message
   *[other] { $left } messages
    } left this month.
plan-partial = Partial send chosen: { $reachable } of { $line } LINE recipients will get it; the rest will not.
plan-cost = Estimated LINE cost: { $cost } { $currency } for { $count ->
    [one] 1 message
   *[other] { $count } messages
    } (at the price in campaign.toml).
plan-image = With a picture ({ $kind }): a photo on Telegram, an image message on LINE.

plan-unknown-language = "{ $language }" is not a language of the bot. Use one of: { $known }.
plan-unknown-audience-language = The audience lang:{ $language } is not a language of the bot: nobody can have chosen it.
plan-default-text-missing = A text in the default language ({ $language }) is required: everyone without a text in their own language gets it. Add it with --text { $language }=...
plan-empty-text = The { $language } text is empty. Write it, or leave that language out.
plan-text-too-long = The { $language } text is { $length } characters long; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } allows { $limit }. Shorten it by at least { $over ->
    [one] 1 character
   *[other] { $over } characters
    }.
plan-bad-link = The link must start with https:// ({ $link }).
plan-no-recipients = Nobody would receive this: the audience "{ $audience }" has no recipients. Check the audience.
plan-over-quota = LINE can take only { $left ->
    [one] 1 more message
   *[other] { $left } more messages
    } this month, but { $line ->
    [one] 1 LINE recipient is
   *[other] { $line } LINE recipients are
    } in the audience. Nothing was sent. Narrow the audience, raise the plan, or choose a partial send (--partial) to reach { $left } of them.
plan-image-kind = The picture must be a JPEG or PNG file.
plan-image-too-big = The picture is { $size } bytes; at most { $limit } are allowed.
plan-image-needs-public-url = A picture on LINE needs the bot's public HTTPS address: set PUBLIC_BASE_URL (https://...).

# The chat composer's confirmation and refusal (the same plan as the shell's).
broadcast-plan-confirm =
    { $plan }
    Send now?
broadcast-start-result = { $job ->
    [0] Broadcasting is not available: no platform is configured to send it.
    [-2] Not sent: { $problems } Start again with /broadcast.
   *[other] Broadcast #{ $job } is being sent. Progress and a report will follow here.
    }

# The shell commands (run_bot.py).
cli-preview = Preview, as recipients will see it:
cli-refused = Nothing was sent, because:
cli-dry-run-ok = Dry run: all checks passed; sending would start now. Nothing was sent.
cli-confirm = Send it now? [y/N]
cli-confirm-at = Schedule it for { $at }? [y/N]
cli-nothing-sent = Nothing was sent.
cli-scheduled = Broadcast #{ $job } is scheduled for { $at }. The serving process (run_bot.py serve) sends it then; see it with broadcast --list, cancel it with broadcast --cancel { $job }.
cli-nothing-unfinished = No broadcast is unfinished.
cli-job-report = Broadcast #{ $job } ({ $state ->
    [done] finished
    [stopped] stopped: { $note }
    [cancelled] cancelled
    [sending] still being sent
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } sent
    [uncertain] { $count } uncertain (in flight at a restart, maybe twice)
    [unreachable] { $count } unreachable (blocked the bot)
    [failed] { $count } failed
    [pending] { $count } not sent
    [inflight] { $count } in flight
   *[other] { $count } { $state }
    }
cli-insight-none = LINE opens and clicks: not tracked for this broadcast.
cli-insight-pending = LINE opens and clicks: not published yet (LINE shows them a day or so later, once enough people opened it). See them later with broadcast --report N.
cli-insight = LINE: { $opened ->
    [one] 1 person opened the update
   *[other] { $opened } people opened the update
    }, { $clicked ->
    [one] 1 opened its link
   *[other] { $clicked } opened its link
    }.
cli-no-jobs = No broadcast is scheduled or being sent.
cli-cancel-none = Broadcast #{ $job } is neither scheduled nor being sent: nothing to cancel. See broadcast --list.
cli-cancelled = Broadcast #{ $job } is cancelled.
cli-no-such-job = There is no broadcast #{ $job }. See run_bot.py audit for the broadcasts sent so far.
cli-chart-written = Chart written to { $file }
cli-export-written = { $count ->
    [one] 1 signature written to { $file }
   *[other] { $count } signatures written to { $file }
    }
cli-audit-empty = No broadcasts or exports yet.
cli-backup-written = Backup written to { $file } ({ $signatures ->
    [one] 1 signature
   *[other] { $signatures } signatures
    }, { $people ->
    [one] 1 person
   *[other] { $people } people
    }).
cli-purge-counted = { $count ->
    [one] 1 signature was made
   *[other] { $count } signatures were made
    } before { $day } (Japan time). Nothing was deleted.
cli-purge-confirm = Delete { $count ->
    [one] 1 signature
   *[other] { $count } signatures
    } made before { $day }? [y/N]
cli-purge-nothing = Nothing was deleted.
cli-purge-abandoned = { $count ->
    [one] 1 signature begun and abandoned for { $days } days was deleted.
   *[other] { $count } signatures begun and abandoned for { $days } days were deleted.
    }
cli-purge-done = { $count ->
    [one] 1 signature made before { $day } was deleted.
   *[other] { $count } signatures made before { $day } were deleted.
    }
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE so far: { $opened ->
    [one] 1 person opened the update
   *[other] { $opened } people opened the update
    }, { $clicked ->
    [one] 1 opened its link
   *[other] { $clicked } opened its link
    }.
