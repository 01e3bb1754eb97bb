# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = 请发送{ $language }版的消息正文。
broadcast-ask-link = 请发送一个链接(https://…),它会作为按钮显示在消息下方;或者按"不加链接"。
broadcast-bad-link = 这不是 https:// 链接。
broadcast-ask-audience = 发给谁?只会发给同意接收最新消息、且没有屏蔽本机器人的人。
broadcast-preview = 预览:每种语言都和收件人看到的完全一样。
broadcast-text = { $text }
broadcast-progress = 消息 #{ $job }:已处理 { $done } / { $total }。
broadcast-report =
    消息 #{ $job } { $state ->
        [stopped] 已停止:{ $note }
        [cancelled] 已取消。
       *[done] 已发送完毕。
    }
    已发送:{ $sent },不确定(重启时正在发送,可能重复):{ $uncertain },无法送达:{ $unreachable },失败:{ $failed },未发送:{ $skipped }。
broadcast-stopped = { $job ->
    [0] 目前没有正在发送的消息。
   *[other] 消息 #{ $job } 已取消。
}
stats-report = { $report }

button-no-link = 不加链接
button-audience-subscribers = 所有订阅者
button-audience-signers = 仅已签名者
button-audience-language = 仅{ $language }用户
button-texts-done = 不再添加语言
button-send = 发送
button-stop-broadcast = 停止发送
