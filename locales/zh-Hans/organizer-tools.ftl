# 群发的计划与检查,以及组织者工具的报告。
plan-language = { $language }:{ $total } 人(LINE { $line } 人,Telegram { $telegram } 人),收到 { $text } 文本。
plan-language-fallback = { $language ->
    [none] 未选择语言
   *[other] { $language }
    }:{ $total } 人(LINE { $line } 人,Telegram { $telegram } 人),该语言没有文本,将收到 { $text } 文本。
plan-fallback-summary = 使用 { $languages } 的 { $count } 人将收到默认语言({ $default })的文本。如要用他们的语言发送,请添加该语言的文本。
plan-totals = 收件人:Telegram { $telegram } 人,LINE { $line } 人。
plan-line-billable = LINE 将计费 { $count } 条消息(每位 LINE 收件人一条,文字和图片合计一条)。
plan-quota-unlimited = LINE 的每月消息额度没有限制或未知。
plan-quota-left = LINE 额度:本月还剩 { $left } 条。
plan-partial = 已选择部分发送:{ $line } 位 LINE 收件人中 { $reachable } 人会收到,其余的人收不到。
plan-cost = LINE 预计费用:{ $count } 条消息共 { $cost } { $currency }(按 campaign.toml 中的单价)。
plan-image = 附带图片({ $kind }):在 Telegram 上作为照片发送,在 LINE 上作为图片消息发送。

plan-unknown-language = “{ $language }”不是本机器人的语言。请使用以下之一:{ $known }
plan-unknown-audience-language = 对象 lang:{ $language } 不是本机器人的语言,没有人选择过它。
plan-default-text-missing = 必须有默认语言({ $language })的文本:没有自己语言文本的人都会收到它。请用 --text { $language }=... 添加。
plan-empty-text = { $language } 文本是空的。请写上内容,或去掉该语言。
plan-text-too-long = { $language } 文本长 { $length } 个字符;{ $platform ->
    [line] LINE
   *[telegram] Telegram
    } 最多允许 { $limit } 个。请至少缩短 { $over } 个字符。
plan-bad-link = 链接必须以 https:// 开头({ $link })。
plan-no-recipients = 没有人会收到:对象“{ $audience }”中没有收件人。请检查对象。
plan-over-quota = 本月 LINE 只能再发送 { $left } 条,但对象中有 { $line } 位 LINE 收件人。没有发送任何内容。请缩小对象、升级方案,或选择部分发送(--partial)以送达其中 { $left } 人。
plan-image-kind = 图片必须是 JPEG 或 PNG 文件。
plan-image-too-big = 图片大小为 { $size } 字节;最多允许 { $limit } 字节。
plan-image-needs-public-url = 在 LINE 上发送图片需要机器人的公开 HTTPS 地址:请设置 PUBLIC_BASE_URL(https://...)。

broadcast-plan-confirm =
    { $plan }
    现在发送吗?
broadcast-start-result = { $job ->
    [0] 无法群发:没有配置可以发送的平台。
    [-2] 未发送:{ $problems } 请用 /broadcast 重新开始。
   *[other] 群发 #{ $job } 正在发送。进度和报告将在这里通知。
    }

cli-preview = 预览(收件人看到的样子):
cli-refused = 没有发送任何内容,原因如下:
cli-dry-run-ok = 试运行:所有检查都已通过;真正发送时会从这里开始。没有发送任何内容。
cli-confirm = 现在发送吗?[y/N]
cli-confirm-at = 预约在 { $at } 发送吗?[y/N]
cli-nothing-sent = 没有发送任何内容。
cli-scheduled = 群发 #{ $job } 已预约在 { $at }。届时由常驻进程(run_bot.py serve)发送;用 broadcast --list 查看,用 broadcast --cancel { $job } 取消。
cli-nothing-unfinished = 没有未完成的群发。
cli-job-report = 群发 #{ $job }({ $state ->
    [done] 已完成
    [stopped] 已停止:{ $note }
    [cancelled] 已取消
    [sending] 仍在发送
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }:{ $state ->
    [sent] 已发送 { $count }
    [uncertain] 不确定 { $count }(重启时正在发送,可能收到两次)
    [unreachable] 无法送达 { $count }(已屏蔽机器人)
    [failed] 失败 { $count }
    [pending] 未发送 { $count }
    [inflight] 发送中 { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE 打开和点击:本次群发未统计。
cli-insight-pending = LINE 打开和点击:尚未公布(LINE 约一天后、在足够多的人打开后才显示)。之后可用 broadcast --report N 查看。
cli-insight = LINE:{ $opened } 人打开了这条消息,{ $clicked } 人打开了其中的链接。
cli-no-jobs = 没有预约或正在发送的群发。
cli-cancel-none = 群发 #{ $job } 既没有预约也没有在发送,无需取消。请查看 broadcast --list。
cli-cancelled = 群发 #{ $job } 已取消。
cli-no-such-job = 没有群发 #{ $job }。已发送的群发可用 run_bot.py audit 查看。
cli-chart-written = 图表已写入 { $file }
cli-export-written = 已将 { $count } 个签名写入 { $file }
cli-audit-empty = 还没有群发或导出记录。
cli-backup-written = 备份已写入 { $file }({ $signatures } 个签名,{ $people } 人)。
cli-purge-counted = { $day }(日本时间)之前有 { $count } 个签名。没有删除任何内容。
cli-purge-confirm = 删除 { $day } 之前的 { $count } 个签名吗?[y/N]
cli-purge-nothing = 没有删除任何内容。
cli-purge-abandoned = 已删除 { $count } 个开始后搁置 { $days } 天的签名。
cli-purge-done = 已删除 { $day } 之前的 { $count } 个签名。
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE 目前:{ $opened } 人打开了这条消息,{ $clicked } 人打开了其中的链接。
