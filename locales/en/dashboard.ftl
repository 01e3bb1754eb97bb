# The organizers' dashboard (web pages under /dashboard/), and the chat answer to /dashboard.
dashboard-chat-link =
    Your sign-in link to the organizers' dashboard. It works once, for 15 minutes; do not forward it:
    { $link }
dashboard-name = Petition dashboard
dashboard-language = Language:
dashboard-number = { $n }
dashboard-percent = { $n } %
dashboard-unknown = (unknown)
dashboard-nav-overview = Overview
dashboard-nav-funnel = Conversation funnel
dashboard-nav-broadcasts = Broadcasts
dashboard-nav-signatures = Signatures
dashboard-nav-audit = Audit log
dashboard-sign-out = Sign out

# Signing in
dashboard-signin-title = Sign in
dashboard-signin-how = To sign in, send /dashboard to the bot on LINE or Telegram from an organizer account, or ask the server's administrator to run this command. Either gives you a link that works once, for 15 minutes.
dashboard-signin-button = Sign in to the dashboard
dashboard-signin-used = This sign-in link was already used. Each link works only once: ask for a new one.
dashboard-signin-expired = This sign-in link has expired. Ask for a new one.
dashboard-signin-unknown = This sign-in link is not valid. Ask for a new one.
dashboard-signin-signedout = You are signed out.

# Overview
dashboard-goal = { $total } signatures of the goal of { $goal }
dashboard-goal-line = Goal: { $goal }
dashboard-tile-total = signatures in all
dashboard-tile-today = today (Japan time)
dashboard-tile-week = in the last 7 days
dashboard-tile-subscribers = receive updates
dashboard-tile-unreachable = unreachable (blocked the bot)
dashboard-chart-total = Signatures so far, against the goal
dashboard-chart-daily = Signatures per day
dashboard-by-platform = By platform
dashboard-by-language = By language
dashboard-by-prefecture = By prefecture
dashboard-prefecture-none = Not given
dashboard-col-where = Where
dashboard-col-signatures = Signatures
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Console

# Funnel
dashboard-funnel-intro = How many people reached each step of the conversation, and how many were lost since the step before. Only counts are kept, never who.
dashboard-funnel-started = Started a chat
dashboard-funnel-language = Chose a language
dashboard-funnel-concerns = Read the concerns
dashboard-funnel-agreed = Agreed to sign
dashboard-funnel-name = Typed their name
dashboard-funnel-signed = Signed
dashboard-funnel-by-language = By language
dashboard-col-milestone = Step
dashboard-col-people = People
dashboard-col-of-started = Of those who started
dashboard-col-lost = Lost since the step before
dashboard-col-language = Language

# Broadcasts
dashboard-broadcast-unavailable = No platform is configured, so nothing can be sent. You can still write and preview an update.
dashboard-compose-hint = Write the update in each language you can. The { $language } text is required: people whose language has no text of its own get it.
dashboard-compose-link = Link shown as a button under the update (optional, https://)
dashboard-compose-audience = Who receives it (only people who said yes to updates and have not blocked the bot)
dashboard-compose-preview = Preview and count
dashboard-audience-subscribers = Everyone who receives updates
dashboard-audience-signers = Signers only
dashboard-audience-language = Only people reading in { $language }
dashboard-broadcast-latest = Latest broadcasts
dashboard-col-broadcast = Broadcast
dashboard-col-audience = Audience
dashboard-col-state = State
dashboard-col-text = Text they get
dashboard-no-language = No language chosen
dashboard-preview-title = Check before sending
dashboard-plan-fallback = The { $text } text (there is no { $language } text)
dashboard-plan-totals = Recipients: { $line } on LINE, { $telegram } on Telegram.
dashboard-plan-billable = LINE bills { $count } messages for this update.
dashboard-plan-quota-left = LINE messages left this month: { $left }.
dashboard-plan-quota-unknown = LINE's monthly quota is not limited or not known.
dashboard-plan-cost = Estimated cost of the LINE messages: { $cost } { $currency }.
dashboard-preview-line = As on LINE
dashboard-preview-telegram = As on Telegram
dashboard-send = Send to { $count } people now
dashboard-change = Change the update
dashboard-job-title = Broadcast #{ $job }
dashboard-job-by = Started by { $who } for { $audience }.
dashboard-progress = { $done } of { $total } handled
dashboard-cancel = Cancel the broadcast
dashboard-state-preparing = Being prepared
dashboard-state-sending = Being sent
dashboard-state-done = Finished
dashboard-state-cancelled = Cancelled
dashboard-state-stopped = Stopped
dashboard-col-platform = Platform
dashboard-report-sent = Sent
dashboard-report-uncertain = Uncertain (maybe twice)
dashboard-report-unreachable = Unreachable
dashboard-report-failed = Failed
dashboard-report-pending = Not sent yet
dashboard-report-inflight = On the way
dashboard-report-skipped = Skipped

# Signatures and audit
dashboard-export-intro = { $total } signatures stand. Download them for delivery of the petition.
dashboard-export-format = File format
dashboard-format-csv = CSV (opens in Excel)
dashboard-format-xlsx = Excel workbook (xlsx)
dashboard-export-button = Download the signatures
dashboard-export-care = The file holds names: keep it only where it must be, and delete it once the petition is delivered. Each download is written in the audit log.
dashboard-col-when = When (Japan time)
dashboard-col-who = Who
dashboard-col-what = What
dashboard-col-count = How many
dashboard-col-detail = Detail
dashboard-audit-empty = Nothing yet.
