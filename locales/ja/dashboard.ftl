# 運営者ダッシュボード（/dashboard/ 以下のウェブページ）と、チャットでの /dashboard への返信。
dashboard-chat-link =
    運営者ダッシュボードへのログイン用リンクです。1回だけ、15分間使えます。他の人に転送しないでください：
    { $link }
dashboard-name = 署名ダッシュボード
dashboard-language = 言語：
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = （不明）
dashboard-nav-overview = 概要
dashboard-nav-funnel = 会話の流れ
dashboard-nav-broadcasts = 一斉送信
dashboard-nav-signatures = 署名
dashboard-nav-audit = 操作記録
dashboard-sign-out = ログアウト

# ログイン
dashboard-signin-title = ログイン
dashboard-signin-how = ログインするには、運営者のアカウントから LINE か Telegram でボットに /dashboard と送ってください。またはサーバーの管理者に次のコマンドを実行してもらってください。どちらでも、1回だけ15分間使えるリンクが届きます。
dashboard-signin-button = ダッシュボードにログイン
dashboard-signin-used = このログイン用リンクはすでに使われています。リンクは1回しか使えません。新しいリンクを受け取ってください。
dashboard-signin-expired = このログイン用リンクは期限が切れています。新しいリンクを受け取ってください。
dashboard-signin-unknown = このログイン用リンクは無効です。新しいリンクを受け取ってください。
dashboard-signin-signedout = ログアウトしました。

# 概要
dashboard-goal = 目標 { $goal } 筆のうち { $total } 筆
dashboard-goal-line = 目標：{ $goal }
dashboard-tile-total = 署名の合計
dashboard-tile-today = 今日（日本時間）
dashboard-tile-week = 直近7日間
dashboard-tile-subscribers = お知らせを受け取る人
dashboard-tile-unreachable = 届かない人（ブロック）
dashboard-chart-total = これまでの署名数と目標
dashboard-chart-daily = 1日ごとの署名数
dashboard-by-platform = プラットフォーム別
dashboard-by-language = 言語別
dashboard-by-prefecture = 都道府県別
dashboard-prefecture-none = 未回答
dashboard-col-where = 区分
dashboard-col-signatures = 署名数
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = コンソール

# 会話の流れ
dashboard-funnel-intro = 会話の各段階まで進んだ人数と、前の段階から離れた人数です。記録しているのは人数だけで、誰が進んだかは記録していません。
dashboard-funnel-started = 会話を始めた
dashboard-funnel-language = 言語を選んだ
dashboard-funnel-concerns = 懸念点を読んだ
dashboard-funnel-agreed = 署名に同意した
dashboard-funnel-name = 名前を入力した
dashboard-funnel-signed = 署名した
dashboard-funnel-by-language = 言語別
dashboard-col-milestone = 段階
dashboard-col-people = 人数
dashboard-col-of-started = 始めた人のうち
dashboard-col-lost = 前の段階から離れた人
dashboard-col-language = 言語

# 一斉送信
dashboard-broadcast-unavailable = プラットフォームが設定されていないため、送信はできません。お知らせの作成とプレビューはできます。
dashboard-compose-hint = できるだけ多くの言語でお知らせを書いてください。{ $language }の文章は必須です。自分の言語の文章がない人には、{ $language }の文章が届きます。
dashboard-compose-link = お知らせの下にボタンとして表示するリンク（任意、https://）
dashboard-compose-audience = 送信先（お知らせの受け取りに同意し、ボットをブロックしていない人だけ）
dashboard-compose-preview = プレビューと人数の確認
dashboard-audience-subscribers = お知らせを受け取るすべての人
dashboard-audience-signers = 署名した人だけ
dashboard-audience-language = { $language }で読んでいる人だけ
dashboard-broadcast-latest = 最近の一斉送信
dashboard-col-broadcast = 送信
dashboard-col-audience = 送信先
dashboard-col-state = 状態
dashboard-col-text = 届く文章
dashboard-no-language = 言語を選んでいない人
dashboard-preview-title = 送信前の確認
dashboard-plan-fallback = { $text }の文章（{ $language }の文章がないため）
dashboard-plan-totals = 送信先：LINE { $line } 人、Telegram { $telegram } 人。
dashboard-plan-billable = このお知らせで LINE の課金対象になるメッセージ数：{ $count } 通。
dashboard-plan-quota-left = 今月の LINE の残りメッセージ数：{ $left } 通。
dashboard-plan-quota-unknown = LINE の月間メッセージ数は上限なし、または不明です。
dashboard-plan-cost = LINE メッセージの費用の見込み：{ $cost } { $currency }。
dashboard-preview-line = LINE での表示
dashboard-preview-telegram = Telegram での表示
dashboard-send = 今すぐ { $count } 人に送信
dashboard-change = お知らせを修正する
dashboard-job-title = 一斉送信 #{ $job }
dashboard-job-by = { $who } が { $audience } に向けて開始。
dashboard-progress = { $total } 人中 { $done } 人を処理
dashboard-cancel = 一斉送信を中止する
dashboard-state-preparing = 準備中
dashboard-state-sending = 送信中
dashboard-state-done = 完了
dashboard-state-cancelled = 中止
dashboard-state-stopped = 停止
dashboard-col-platform = プラットフォーム
dashboard-report-sent = 送信済み
dashboard-report-uncertain = 不確実（2回届いた可能性）
dashboard-report-unreachable = 届かない
dashboard-report-failed = 失敗
dashboard-report-pending = 未送信
dashboard-report-inflight = 送信中
dashboard-report-skipped = 対象外

# 署名と操作記録
dashboard-export-intro = 現在の署名は { $total } 筆です。請願の提出のためにダウンロードできます。
dashboard-export-format = ファイル形式
dashboard-format-csv = CSV（Excel で開けます）
dashboard-format-xlsx = Excel ブック（xlsx）
dashboard-export-button = 署名をダウンロード
dashboard-export-care = このファイルには氏名が含まれます。必要な場所にだけ保管し、請願の提出後は削除してください。ダウンロードはすべて操作記録に残ります。
dashboard-col-when = 日時（日本時間）
dashboard-col-who = 誰が
dashboard-col-what = 操作
dashboard-col-count = 件数
dashboard-col-detail = 詳細
dashboard-audit-empty = まだありません。
