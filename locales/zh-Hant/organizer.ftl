# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = 請傳送{ $language }版的訊息正文。
broadcast-ask-link = 請傳送一個連結(https://…),它會作為按鈕顯示在訊息下方;或者按"不加連結"。
broadcast-bad-link = 這不是 https:// 連結。
broadcast-ask-audience = 發給誰?只會發給同意接收最新訊息、且沒有遮蔽本機器人的人。
broadcast-preview = 預覽:每種語言都和收件人看到的完全一樣。
broadcast-text = { $text }
broadcast-progress = 訊息 #{ $job }:已處理 { $done } / { $total }。
broadcast-report =
    訊息 #{ $job } { $state ->
        [stopped] 已停止:{ $note }
        [cancelled] 已取消。
       *[done] 已傳送完畢。
    }
    已傳送:{ $sent },不確定(重啟時正在傳送,可能重複):{ $uncertain },無法送達:{ $unreachable },失敗:{ $failed },未傳送:{ $skipped }。
broadcast-stopped = { $job ->
    [0] 目前沒有正在傳送的訊息。
   *[other] 訊息 #{ $job } 已取消。
}
stats-report = { $report }

button-no-link = 不加連結
button-audience-subscribers = 所有訂閱者
button-audience-signers = 僅已簽名者
button-audience-language = 僅{ $language }使用者
button-texts-done = 不再新增語言
button-send = 傳送
button-stop-broadcast = 停止傳送
