# 组织者仪表板（/dashboard/ 下的网页），以及聊天中对 /dashboard 的回复。
dashboard-chat-link =
    这是您登录组织者仪表板的链接。只能使用一次，15 分钟内有效；请勿转发：
    { $link }
dashboard-name = 请愿仪表板
dashboard-language = 语言：
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = （未知）
dashboard-nav-overview = 概况
dashboard-nav-funnel = 对话漏斗
dashboard-nav-broadcasts = 群发
dashboard-nav-signatures = 签名
dashboard-nav-audit = 操作记录
dashboard-sign-out = 退出登录

# 登录
dashboard-signin-title = 登录
dashboard-signin-how = 要登录，请用组织者账号在 LINE 或 Telegram 上向机器人发送 /dashboard，或请服务器管理员运行下面的命令。两种方式都会给您一个只能使用一次、15 分钟内有效的链接。
dashboard-signin-button = 登录仪表板
dashboard-signin-used = 这个登录链接已经用过了。每个链接只能用一次：请重新获取。
dashboard-signin-expired = 这个登录链接已过期。请重新获取。
dashboard-signin-unknown = 这个登录链接无效。请重新获取。
dashboard-signin-signedout = 您已退出登录。

# 概况
dashboard-goal = 目标 { $goal } 个签名，已有 { $total } 个
dashboard-goal-line = 目标：{ $goal }
dashboard-tile-total = 签名总数
dashboard-tile-today = 今天（日本时间）
dashboard-tile-week = 最近 7 天
dashboard-tile-subscribers = 接收消息的人
dashboard-tile-unreachable = 无法送达（已屏蔽机器人）
dashboard-chart-total = 至今的签名与目标
dashboard-chart-daily = 每天的签名
dashboard-by-platform = 按平台
dashboard-by-language = 按语言
dashboard-by-prefecture = 按都道府县
dashboard-prefecture-none = 未填写
dashboard-col-where = 类别
dashboard-col-signatures = 签名
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = 控制台

# 漏斗
dashboard-funnel-intro = 有多少人走到了对话的每一步，以及从上一步起流失了多少人。只记录人数，从不记录是谁。
dashboard-funnel-started = 开始对话
dashboard-funnel-language = 选择了语言
dashboard-funnel-concerns = 阅读了问题点
dashboard-funnel-agreed = 同意签名
dashboard-funnel-name = 输入了姓名
dashboard-funnel-signed = 已签名
dashboard-funnel-by-language = 按语言
dashboard-col-milestone = 步骤
dashboard-col-people = 人数
dashboard-col-of-started = 占开始者
dashboard-col-lost = 自上一步流失
dashboard-col-language = 语言

# 群发
dashboard-broadcast-unavailable = 没有配置任何平台，因此无法发送。您仍然可以撰写并预览消息。
dashboard-compose-hint = 请尽量用多种语言撰写消息。{ $language }的文本是必需的：没有自己语言文本的人会收到它。
dashboard-compose-link = 在消息下方显示为按钮的链接（可选，https://）
dashboard-compose-audience = 谁会收到（仅限同意接收消息且未屏蔽机器人的人）
dashboard-compose-preview = 预览并统计人数
dashboard-audience-subscribers = 所有接收消息的人
dashboard-audience-signers = 仅已签名的人
dashboard-audience-language = 仅使用{ $language }的人
dashboard-broadcast-latest = 最近的群发
dashboard-col-broadcast = 群发
dashboard-col-audience = 接收者
dashboard-col-state = 状态
dashboard-col-text = 收到的文本
dashboard-no-language = 未选择语言
dashboard-preview-title = 发送前确认
dashboard-plan-fallback = { $text }文本（没有{ $language }文本）
dashboard-plan-totals = 接收者：LINE { $line } 人，Telegram { $telegram } 人。
dashboard-plan-billable = 这条消息在 LINE 上计费 { $count } 条。
dashboard-plan-quota-left = 本月 LINE 剩余消息数：{ $left }。
dashboard-plan-quota-unknown = LINE 的月度配额没有限制或未知。
dashboard-plan-cost = LINE 消息的预计费用：{ $cost } { $currency }。
dashboard-preview-line = 在 LINE 上的样子
dashboard-preview-telegram = 在 Telegram 上的样子
dashboard-send = 立即发送给 { $count } 人
dashboard-change = 修改消息
dashboard-job-title = 群发 #{ $job }
dashboard-job-by = 由 { $who } 发起，发送给 { $audience }。
dashboard-progress = 已处理 { $done } / { $total }
dashboard-cancel = 取消群发
dashboard-state-preparing = 准备中
dashboard-state-sending = 发送中
dashboard-state-done = 已完成
dashboard-state-cancelled = 已取消
dashboard-state-stopped = 已停止
dashboard-col-platform = 平台
dashboard-report-sent = 已发送
dashboard-report-uncertain = 不确定（可能收到两次）
dashboard-report-unreachable = 无法送达
dashboard-report-failed = 失败
dashboard-report-pending = 尚未发送
dashboard-report-inflight = 发送途中
dashboard-report-skipped = 已跳过

# 签名和操作记录
dashboard-export-intro = 现有 { $total } 个有效签名。可下载用于递交请愿。
dashboard-export-format = 文件格式
dashboard-format-csv = CSV（可用 Excel 打开）
dashboard-format-xlsx = Excel 工作簿（xlsx）
dashboard-export-button = 下载签名
dashboard-export-care = 文件中包含姓名：只保存在必要的地方，递交请愿后请删除。每次下载都会记入操作记录。
dashboard-col-when = 时间（日本时间）
dashboard-col-who = 谁
dashboard-col-what = 操作
dashboard-col-count = 数量
dashboard-col-detail = 详情
dashboard-audit-empty = 暂无记录。
