# 配信(はいしん)の 計画(けいかく)と 確認(かくにん)、運営(うんえい)する 人の ための 報告(ほうこく)。
plan-language = { $language }: { $total }人(LINE { $line }人、Telegram { $telegram }人)。{ $text } の 文(ぶん)が 届(とど)きます。
plan-language-fallback = { $language ->
    [none] 言葉(ことば)を えらんで いない 人
   *[other] { $language }
    }: { $total }人(LINE { $line }人、Telegram { $telegram }人)。この 言葉の 文が ないので、{ $text } の 文が 届きます。
plan-fallback-summary = { $languages } を 使う { $count }人には、はじめの 言葉({ $default })の 文が 届きます。その 人の 言葉で 届けたい ときは、その 言葉の 文を 足して ください。
plan-totals = 届く 人: Telegram { $telegram }人、LINE { $line }人。
plan-line-billable = LINE では { $count }通(つう)ぶんの お金が かかります(LINE の 1人に 1通。文と 絵で 1通)。
plan-quota-unlimited = LINE で 1か月に 送れる 数に 上限(じょうげん)は ないか、わかりません。
plan-quota-left = LINE で 今月 あと { $left }通 送れます。
plan-partial = 一部(いちぶ)だけ 送る: LINE の { $line }人の うち { $reachable }人に 届きます。ほかの 人には 届きません。
plan-cost = LINE の お金の 見こみ: { $count }通で { $cost } { $currency }(campaign.toml の ねだん)。
plan-image = 絵(え)つき({ $kind }): Telegram では 写真(しゃしん)、LINE では 絵の メッセージで 送ります。

plan-unknown-language = 「{ $language }」は この ボットの 言葉では ありません。つぎの どれかを 使って ください: { $known }
plan-unknown-audience-language = lang:{ $language } は この ボットの 言葉では ないので、えらんだ 人は いません。
plan-default-text-missing = はじめの 言葉({ $language })の 文が いります。自分の 言葉の 文が ない 人は みんな これを 受(う)け取(と)ります。--text { $language }=... で 足して ください。
plan-empty-text = { $language } の 文が からです。書くか、その 言葉を はずして ください。
plan-text-too-long = { $language } の 文は { $length }文字(もじ)です。{ $platform ->
    [line] LINE
   *[telegram] Telegram
    } は { $limit }文字までです。{ $over }文字 いじょう 短(みじか)く して ください。
plan-bad-link = リンクは https:// で はじまる ものに して ください({ $link })。
plan-no-recipients = 届く 人が いません: 「{ $audience }」に 入る 人は 0人です。えらび方を たしかめて ください。
plan-over-quota = LINE で 今月 送れるのは あと { $left }通ですが、LINE で 届ける 人は { $line }人です。何も 送って いません。人を しぼるか、プランを 上げるか、一部だけ 送る(--partial)を えらぶと { $left }人に 届きます。
plan-image-kind = 絵は JPEG か PNG の ファイルに して ください。
plan-image-too-big = 絵は { $size }バイトです。{ $limit }バイトまでです。
plan-image-needs-public-url = LINE で 絵を 送るには、ボットの 公開(こうかい)HTTPS アドレスが いります: PUBLIC_BASE_URL(https://...)を 決めて ください。

broadcast-plan-confirm =
    { $plan }
    今 送りますか?
broadcast-start-result = { $job ->
    [0] 配信できません: 送れる プラットフォームが ありません。
    [-2] 送って いません: { $problems } /broadcast から もう一度 やって ください。
   *[other] 配信 #{ $job } を 送って います。進(すす)み方と 結果(けっか)を ここで 知らせます。
    }

cli-preview = 見本(みほん)(届く 人に 見える とおり):
cli-refused = つぎの 理由(りゆう)で、何も 送って いません:
cli-dry-run-ok = ためし: 確認は すべて 大丈夫(だいじょうぶ)です。本当に 送るなら ここで はじまります。何も 送って いません。
cli-confirm = 今 送りますか? [y/N]
cli-confirm-at = { $at } に 予約(よやく)しますか? [y/N]
cli-nothing-sent = 何も 送って いません。
cli-scheduled = 配信 #{ $job } を { $at } に 予約しました。その 時に run_bot.py serve が 送ります。broadcast --list で 見られます。broadcast --cancel { $job } で 取り消(とりけ)せます。
cli-nothing-unfinished = 途中(とちゅう)の 配信は ありません。
cli-job-report = 配信 #{ $job }({ $state ->
    [done] 終わり
    [stopped] 止まった: { $note }
    [cancelled] 取り消し
    [sending] 送って いる
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] 送った { $count }
    [uncertain] わからない { $count }(2回 届いたかも しれない)
    [unreachable] 届かない { $count }(ブロック)
    [failed] だめだった { $count }
    [pending] まだ { $count }
    [inflight] 送って いる { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE で 開いた 人・リンクを 押した 人: この 配信では 数えて いません。
cli-insight-pending = LINE で 開いた 人・リンクを 押した 人: まだ わかりません(1日ほど あとに 出ます)。あとで broadcast --report N で 見て ください。
cli-insight = LINE: { $opened }人が 開きました。{ $clicked }人が リンクを 開きました。
cli-no-jobs = 予約や 送って いる 配信は ありません。
cli-cancel-none = 配信 #{ $job } は 予約も 送信も して いないので、取り消す ものは ありません。broadcast --list を 見て ください。
cli-cancelled = 配信 #{ $job } を 取り消しました。
cli-no-such-job = 配信 #{ $job } は ありません。今までの 配信は run_bot.py audit で 見られます。
cli-chart-written = グラフを { $file } に 書きました
cli-export-written = 署名(しょめい){ $count }件を { $file } に 書きました
cli-audit-empty = 配信や 書き出しの 記録(きろく)は まだ ありません。
cli-backup-written = バックアップを { $file } に 書きました(署名 { $signatures }件、{ $people }人)。
cli-purge-counted = { $day } より 前(日本の 時間)の 署名は { $count }件です。何も 消して いません。
cli-purge-confirm = { $day } より 前の 署名 { $count }件を 消しますか? [y/N]
cli-purge-nothing = 何も 消して いません。
cli-purge-abandoned = とちゅうで { $days } 日 いじょう とまって いた 署名(しょめい) { $count } けんを 消しました。
cli-purge-done = { $day } より 前の 署名 { $count }件を 消しました。
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINEで いままでに { $opened }人が 開きました。{ $clicked }人が リンクを 開きました。
