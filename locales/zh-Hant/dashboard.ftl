# 組織者儀表板（/dashboard/ 下的網頁），以及聊天中對 /dashboard 的回覆。
dashboard-chat-link =
    這是您登入組織者儀表板的連結。只能使用一次，15 分鐘內有效；請勿轉發：
    { $link }
dashboard-name = 請願儀表板
dashboard-language = 語言：
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = （未知）
dashboard-nav-overview = 概況
dashboard-nav-funnel = 對話漏斗
dashboard-nav-broadcasts = 群發
dashboard-nav-signatures = 簽名
dashboard-nav-audit = 操作記錄
dashboard-sign-out = 退出登入

# 登入
dashboard-signin-title = 登入
dashboard-signin-how = 要登入，請用組織者賬號在 LINE 或 Telegram 上向機器人傳送 /dashboard，或請伺服器管理員執行下面的命令。兩種方式都會給您一個只能使用一次、15 分鐘內有效的連結。
dashboard-signin-button = 登入儀表板
dashboard-signin-used = 這個登入連結已經用過了。每個連結只能用一次：請重新獲取。
dashboard-signin-expired = 這個登入連結已過期。請重新獲取。
dashboard-signin-unknown = 這個登入連結無效。請重新獲取。
dashboard-signin-signedout = 您已退出登入。

# 概況
dashboard-goal = 目標 { $goal } 個簽名，已有 { $total } 個
dashboard-goal-line = 目標：{ $goal }
dashboard-tile-total = 簽名總數
dashboard-tile-today = 今天（日本時間）
dashboard-tile-week = 最近 7 天
dashboard-tile-subscribers = 接收訊息的人
dashboard-tile-unreachable = 無法送達（已遮蔽機器人）
dashboard-chart-total = 至今的簽名與目標
dashboard-chart-daily = 每天的簽名
dashboard-by-platform = 按平臺
dashboard-by-language = 按語言
dashboard-by-prefecture = 按都道府縣
dashboard-prefecture-none = 未填寫
dashboard-col-where = 類別
dashboard-col-signatures = 簽名
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = 控制台

# 漏斗
dashboard-funnel-intro = 有多少人走到了對話的每一步，以及從上一步起流失了多少人。只記錄人數，從不記錄是誰。
dashboard-funnel-started = 開始對話
dashboard-funnel-language = 選擇了語言
dashboard-funnel-concerns = 閱讀了問題點
dashboard-funnel-agreed = 同意簽名
dashboard-funnel-name = 輸入了姓名
dashboard-funnel-signed = 已簽名
dashboard-funnel-by-language = 按語言
dashboard-col-milestone = 步驟
dashboard-col-people = 人數
dashboard-col-of-started = 佔開始者
dashboard-col-lost = 自上一步流失
dashboard-col-language = 語言

# 群發
dashboard-broadcast-unavailable = 沒有配置任何平臺，因此無法傳送。您仍然可以撰寫並預覽訊息。
dashboard-compose-hint = 請儘量用多種語言撰寫訊息。{ $language }的文本是必需的：沒有自己語言文本的人會收到它。
dashboard-compose-link = 在訊息下方顯示為按鈕的連結（可選，https://）
dashboard-compose-audience = 誰會收到（僅限同意接收訊息且未遮蔽機器人的人）
dashboard-compose-preview = 預覽並統計人數
dashboard-audience-subscribers = 所有接收訊息的人
dashboard-audience-signers = 僅已簽名的人
dashboard-audience-language = 僅使用{ $language }的人
dashboard-broadcast-latest = 最近的群發
dashboard-col-broadcast = 群發
dashboard-col-audience = 接收者
dashboard-col-state = 狀態
dashboard-col-text = 收到的文本
dashboard-no-language = 未選擇語言
dashboard-preview-title = 傳送前確認
dashboard-plan-fallback = { $text }文本（沒有{ $language }文本）
dashboard-plan-totals = 接收者：LINE { $line } 人，Telegram { $telegram } 人。
dashboard-plan-billable = 這條訊息在 LINE 上計費 { $count } 條。
dashboard-plan-quota-left = 本月 LINE 剩餘訊息數：{ $left }。
dashboard-plan-quota-unknown = LINE 的月度配額沒有限制或未知。
dashboard-plan-cost = LINE 訊息的預計費用：{ $cost } { $currency }。
dashboard-preview-line = 在 LINE 上的樣子
dashboard-preview-telegram = 在 Telegram 上的樣子
dashboard-send = 立即傳送給 { $count } 人
dashboard-change = 修改訊息
dashboard-job-title = 群發 #{ $job }
dashboard-job-by = 由 { $who } 發起，傳送給 { $audience }。
dashboard-progress = 已處理 { $done } / { $total }
dashboard-cancel = 取消群發
dashboard-state-preparing = 準備中
dashboard-state-sending = 傳送中
dashboard-state-done = 已完成
dashboard-state-cancelled = 已取消
dashboard-state-stopped = 已停止
dashboard-col-platform = 平臺
dashboard-report-sent = 已傳送
dashboard-report-uncertain = 不確定（可能收到兩次）
dashboard-report-unreachable = 無法送達
dashboard-report-failed = 失敗
dashboard-report-pending = 尚未傳送
dashboard-report-inflight = 傳送途中
dashboard-report-skipped = 已跳過

# 簽名和操作記錄
dashboard-export-intro = 現有 { $total } 個有效簽名。可下載用於遞交請願。
dashboard-export-format = 檔案格式
dashboard-format-csv = CSV（可用 Excel 開啟）
dashboard-format-xlsx = Excel 工作簿（xlsx）
dashboard-export-button = 下載簽名
dashboard-export-care = 檔案中包含姓名：只儲存在必要的地方，遞交請願後請刪除。每次下載都會記入操作記錄。
dashboard-col-when = 時間（日本時間）
dashboard-col-who = 誰
dashboard-col-what = 操作
dashboard-col-count = 數量
dashboard-col-detail = 詳情
dashboard-audit-empty = 暫無記錄。
