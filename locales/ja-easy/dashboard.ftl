# 運営者(うんえいしゃ)の ダッシュボード(/dashboard/ の ページ)と、チャットの /dashboard への 返事(へんじ)。
dashboard-chat-link =
    運営者(うんえいしゃ)の ダッシュボードに 入(はい)る ための リンクです。1回(かい)だけ、15分(ふん)の 間(あいだ) 使(つか)えます。ほかの 人に 送(おく)らないでください:
    { $link }
dashboard-name = 署名(しょめい)の ダッシュボード
dashboard-language = ことば:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (わかりません)
dashboard-nav-overview = まとめ
dashboard-nav-funnel = 会話(かいわ)の 流(なが)れ
dashboard-nav-broadcasts = お知(し)らせを 送(おく)る
dashboard-nav-signatures = 署名(しょめい)
dashboard-nav-audit = したことの 記録(きろく)
dashboard-sign-out = ログアウト

# ログイン
dashboard-signin-title = ログイン
dashboard-signin-how = ログインするには、運営者(うんえいしゃ)の アカウントで、LINE か Telegram で ボットに /dashboard と 送(おく)ってください。または サーバーの 管理者(かんりしゃ)に 下(した)の コマンドを 使(つか)って もらってください。どちらでも、1回(かい)だけ 15分(ふん) 使(つか)える リンクが 届(とど)きます。
dashboard-signin-button = ダッシュボードに ログイン
dashboard-signin-used = この リンクは もう 使(つか)われました。リンクは 1回(かい)だけ 使(つか)えます。新(あたら)しい リンクを もらってください。
dashboard-signin-expired = この リンクは 時間(じかん)が 過(す)ぎました。新(あたら)しい リンクを もらってください。
dashboard-signin-unknown = この リンクは 使(つか)えません。新(あたら)しい リンクを もらってください。
dashboard-signin-signedout = ログアウトしました。

# まとめ
dashboard-goal = 目標(もくひょう) { $goal }人の うち { $total }人が 署名(しょめい)
dashboard-goal-line = 目標(もくひょう):{ $goal }
dashboard-tile-total = 署名(しょめい)の 合計(ごうけい)
dashboard-tile-today = 今日(きょう)(日本(にほん)の 時間(じかん))
dashboard-tile-week = この 7日間(なのかかん)
dashboard-tile-subscribers = お知(し)らせを 受(う)け取(と)る 人
dashboard-tile-unreachable = 届(とど)かない 人(ブロック)
dashboard-chart-total = 今(いま)までの 署名(しょめい)と 目標(もくひょう)
dashboard-chart-daily = 1日(にち)ごとの 署名(しょめい)
dashboard-by-platform = アプリごと
dashboard-by-language = ことばごと
dashboard-by-prefecture = 都道府県(とどうふけん)ごと
dashboard-prefecture-none = 答(こた)えて いない
dashboard-col-where = どこ
dashboard-col-signatures = 署名(しょめい)
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = コンソール

# 会話(かいわ)の 流(なが)れ
dashboard-funnel-intro = 会話(かいわ)の それぞれの ところまで 進(すす)んだ 人の 数(かず)と、前(まえ)の ところから やめた 人の 数(かず)です。数(かず)だけを 記録(きろく)します。だれかは 記録(きろく)しません。
dashboard-funnel-started = 会話(かいわ)を 始(はじ)めた
dashboard-funnel-language = ことばを 選(えら)んだ
dashboard-funnel-concerns = 問題(もんだい)を 読(よ)んだ
dashboard-funnel-agreed = 署名(しょめい)に 同意(どうい)した
dashboard-funnel-name = 名前(なまえ)を 書(か)いた
dashboard-funnel-signed = 署名(しょめい)した
dashboard-funnel-by-language = ことばごと
dashboard-col-milestone = ところ
dashboard-col-people = 人数(にんずう)
dashboard-col-of-started = 始(はじ)めた 人の うち
dashboard-col-lost = 前(まえ)の ところから やめた 人
dashboard-col-language = ことば

# お知(し)らせを 送(おく)る
dashboard-broadcast-unavailable = アプリの 設定(せってい)が ないので、送(おく)れません。お知(し)らせを 書(か)いて 見本(みほん)を 見(み)る ことは できます。
dashboard-compose-hint = できるだけ 多(おお)くの ことばで お知(し)らせを 書(か)いてください。{ $language }の 文(ぶん)は 必(かなら)ず 書(か)いてください。自分(じぶん)の ことばの 文(ぶん)が ない 人には、この 文(ぶん)が 届(とど)きます。
dashboard-compose-link = お知(し)らせの 下(した)に ボタンで つける リンク(なくても いいです、https://)
dashboard-compose-audience = だれに 送(おく)るか(お知(し)らせを 受(う)け取(と)ると 答(こた)えて、ブロックして いない 人だけ)
dashboard-compose-preview = 見本(みほん)と 人数(にんずう)を 見(み)る
dashboard-audience-subscribers = お知(し)らせを 受(う)け取(と)る 人 みんな
dashboard-audience-signers = 署名(しょめい)した 人だけ
dashboard-audience-language = { $language }で 読(よ)む 人だけ
dashboard-broadcast-latest = 最近(さいきん) 送(おく)った お知(し)らせ
dashboard-col-broadcast = お知(し)らせ
dashboard-col-audience = 送(おく)る 相手(あいて)
dashboard-col-state = 今(いま)の ようす
dashboard-col-text = 届(とど)く 文(ぶん)
dashboard-no-language = ことばを 選(えら)んで いない 人
dashboard-preview-title = 送(おく)る 前(まえ)に 確(たし)かめる
dashboard-plan-fallback = { $text }の 文(ぶん)({ $language }の 文(ぶん)が ないので)
dashboard-plan-totals = 送(おく)る 相手(あいて):LINE { $line }人、Telegram { $telegram }人。
dashboard-plan-billable = この お知(し)らせで LINE の お金(かね)が かかる 数(かず):{ $count }通(つう)。
dashboard-plan-quota-left = 今月(こんげつ) LINE で あと 送(おく)れる 数(かず):{ $left }通(つう)。
dashboard-plan-quota-unknown = LINE の 今月(こんげつ)の 上限(じょうげん)は ないか、わかりません。
dashboard-plan-cost = LINE の お金(かね)の 見込(みこ)み:{ $cost } { $currency }。
dashboard-preview-line = LINE での 見(み)え方(かた)
dashboard-preview-telegram = Telegram での 見(み)え方(かた)
dashboard-send = 今(いま) { $count }人に 送(おく)る
dashboard-change = お知(し)らせを 直(なお)す
dashboard-job-title = お知(し)らせ #{ $job }
dashboard-job-by = { $who } が { $audience } に 送(おく)り始(はじ)めました。
dashboard-progress = { $total }人の うち { $done }人 終(お)わり
dashboard-cancel = 送(おく)るのを やめる
dashboard-state-preparing = 準備(じゅんび)中(ちゅう)
dashboard-state-sending = 送(おく)って います
dashboard-state-done = 終(お)わり
dashboard-state-cancelled = やめました
dashboard-state-stopped = 止(と)まりました
dashboard-col-platform = アプリ
dashboard-report-sent = 送(おく)った
dashboard-report-uncertain = わからない(2回(かい) 届(とど)いたかも しれない)
dashboard-report-unreachable = 届(とど)かない
dashboard-report-failed = 失敗(しっぱい)
dashboard-report-pending = まだ 送(おく)って いない
dashboard-report-inflight = 送(おく)って いる ところ
dashboard-report-skipped = 送(おく)らない

# 署名(しょめい)と 記録(きろく)
dashboard-export-intro = 今(いま)の 署名(しょめい)は { $total }人です。請願(せいがん)を 出(だ)す ために ダウンロードできます。
dashboard-export-format = ファイルの 形(かたち)
dashboard-format-csv = CSV(Excel で 開(ひら)けます)
dashboard-format-xlsx = Excel の ファイル(xlsx)
dashboard-export-button = 署名(しょめい)を ダウンロード
dashboard-export-care = この ファイルには 名前(なまえ)が 入(はい)って います。いる ところだけに しまって、請願(せいがん)を 出(だ)したら 消(け)してください。ダウンロードは みんな 記録(きろく)に 残(のこ)ります。
dashboard-col-when = いつ(日本(にほん)の 時間(じかん))
dashboard-col-who = だれ
dashboard-col-what = したこと
dashboard-col-count = 数(かず)
dashboard-col-detail = くわしく
dashboard-audit-empty = まだ ありません。
