# 群發的計劃與檢查,以及組織者工具的報告。
plan-language = { $language }:{ $total } 人(LINE { $line } 人,Telegram { $telegram } 人),收到 { $text } 文本。
plan-language-fallback = { $language ->
    [none] 未選擇語言
   *[other] { $language }
    }:{ $total } 人(LINE { $line } 人,Telegram { $telegram } 人),該語言沒有文本,將收到 { $text } 文本。
plan-fallback-summary = 使用 { $languages } 的 { $count } 人將收到預設語言({ $default })的文本。如要用他們的語言傳送,請新增該語言的文本。
plan-totals = 收件人:Telegram { $telegram } 人,LINE { $line } 人。
plan-line-billable = LINE 將計費 { $count } 條訊息(每位 LINE 收件人一條,文字和圖片合計一條)。
plan-quota-unlimited = LINE 的每月訊息額度沒有限制或未知。
plan-quota-left = LINE 額度:本月還剩 { $left } 條。
plan-partial = 已選擇部分發送:{ $line } 位 LINE 收件人中 { $reachable } 人會收到,其餘的人收不到。
plan-cost = LINE 預計費用:{ $count } 條訊息共 { $cost } { $currency }(按 campaign.toml 中的單價)。
plan-image = 附帶圖片({ $kind }):在 Telegram 上作為照片傳送,在 LINE 上作為圖片訊息傳送。

plan-unknown-language = “{ $language }”不是本機器人的語言。請使用以下之一:{ $known }
plan-unknown-audience-language = 物件 lang:{ $language } 不是本機器人的語言,沒有人選擇過它。
plan-default-text-missing = 必須有預設語言({ $language })的文本:沒有自己語言文本的人都會收到它。請用 --text { $language }=... 新增。
plan-empty-text = { $language } 文本是空的。請寫上內容,或去掉該語言。
plan-text-too-long = { $language } 文本長 { $length } 個字元;{ $platform ->
    [line] LINE
   *[telegram] Telegram
    } 最多允許 { $limit } 個。請至少縮短 { $over } 個字元。
plan-bad-link = 連結必須以 https:// 開頭({ $link })。
plan-no-recipients = 沒有人會收到:物件“{ $audience }”中沒有收件人。請檢查物件。
plan-over-quota = 本月 LINE 只能再發送 { $left } 條,但物件中有 { $line } 位 LINE 收件人。沒有傳送任何內容。請縮小物件、升級方案,或選擇部分發送(--partial)以送達其中 { $left } 人。
plan-image-kind = 圖片必須是 JPEG 或 PNG 檔案。
plan-image-too-big = 圖片大小為 { $size } 位元組;最多允許 { $limit } 位元組。
plan-image-needs-public-url = 在 LINE 上傳送圖片需要機器人的公開 HTTPS 地址:請設定 PUBLIC_BASE_URL(https://...)。

broadcast-plan-confirm =
    { $plan }
    現在傳送嗎?
broadcast-start-result = { $job ->
    [0] 無法群發:沒有配置可以傳送的平臺。
    [-2] 未傳送:{ $problems } 請用 /broadcast 重新開始。
   *[other] 群發 #{ $job } 正在傳送。進度和報告將在這裡通知。
    }

cli-preview = 預覽(收件人看到的樣子):
cli-refused = 沒有傳送任何內容,原因如下:
cli-dry-run-ok = 試執行:所有檢查都已通過;真正傳送時會從這裡開始。沒有傳送任何內容。
cli-confirm = 現在傳送嗎?[y/N]
cli-confirm-at = 預約在 { $at } 傳送嗎?[y/N]
cli-nothing-sent = 沒有傳送任何內容。
cli-scheduled = 群發 #{ $job } 已預約在 { $at }。屆時由常駐程序(run_bot.py serve)傳送;用 broadcast --list 檢視,用 broadcast --cancel { $job } 取消。
cli-nothing-unfinished = 沒有未完成的群發。
cli-job-report = 群發 #{ $job }({ $state ->
    [done] 已完成
    [stopped] 已停止:{ $note }
    [cancelled] 已取消
    [sending] 仍在傳送
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }:{ $state ->
    [sent] 已傳送 { $count }
    [uncertain] 不確定 { $count }(重啟時正在傳送,可能收到兩次)
    [unreachable] 無法送達 { $count }(已遮蔽機器人)
    [failed] 失敗 { $count }
    [pending] 未傳送 { $count }
    [inflight] 傳送中 { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE 開啟和點選:本次群發未統計。
cli-insight-pending = LINE 開啟和點選:尚未公佈(LINE 約一天後、在足夠多的人開啟後才顯示)。之後可用 broadcast --report N 檢視。
cli-insight = LINE:{ $opened } 人打開了這條訊息,{ $clicked } 人打開了其中的連結。
cli-no-jobs = 沒有預約或正在傳送的群發。
cli-cancel-none = 群發 #{ $job } 既沒有預約也沒有在傳送,無需取消。請檢視 broadcast --list。
cli-cancelled = 群發 #{ $job } 已取消。
cli-no-such-job = 沒有群發 #{ $job }。已傳送的群發可用 run_bot.py audit 檢視。
cli-chart-written = 圖表已寫入 { $file }
cli-export-written = 已將 { $count } 個簽名寫入 { $file }
cli-audit-empty = 還沒有群發或匯出記錄。
cli-backup-written = 備份已寫入 { $file }({ $signatures } 個簽名,{ $people } 人)。
cli-purge-counted = { $day }(日本時間)之前有 { $count } 個簽名。沒有刪除任何內容。
cli-purge-confirm = 刪除 { $day } 之前的 { $count } 個簽名嗎?[y/N]
cli-purge-nothing = 沒有刪除任何內容。
cli-purge-abandoned = 已刪除 { $count } 個開始後擱置 { $days } 天的簽名。
cli-purge-done = 已刪除 { $day } 之前的 { $count } 個簽名。
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE 目前:{ $opened } 人打開了這條訊息,{ $clicked } 人打開了其中的連結。
