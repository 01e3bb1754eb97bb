# 配信の計画・確認と、運営者向けツールの報告(bot/organizing/plan.py とコマンドライン)。
plan-language = { $language }: { $total }人(LINE { $line }人、Telegram { $telegram }人)、{ $text } の文章を受け取ります。
plan-language-fallback = { $language ->
    [none] 言語未選択
   *[other] { $language }
    }: { $total }人(LINE { $line }人、Telegram { $telegram }人)、この言語の文章がないため { $text } の文章を受け取ります。
plan-fallback-summary = { $languages } を使う { $count }人には、既定の言語({ $default })の文章が届きます。その人たちの言語で届けるには、その言語の文章を追加してください。
plan-totals = 受信者: Telegram { $telegram }人、LINE { $line }人。
plan-line-billable = LINE では { $count }通分が課金されます(LINE の受信者1人につき1通。文章と画像で1通)。
plan-quota-unlimited = LINE の月間メッセージ上限はないか、不明です。
plan-quota-left = LINE の今月の残り: { $left }通。
plan-partial = 一部のみの送信を選択: LINE の受信者 { $line }人のうち { $reachable }人に届き、残りの人には届きません。
plan-cost = LINE の推定費用: { $count }通で { $cost } { $currency }(campaign.toml の単価による)。
plan-image = 画像付き({ $kind }): Telegram では写真、LINE では画像メッセージとして送ります。

plan-unknown-language = 「{ $language }」はこのボットの言語ではありません。次のいずれかを使ってください: { $known }
plan-unknown-audience-language = 対象 lang:{ $language } はこのボットの言語ではないため、選んだ人はいません。
plan-default-text-missing = 既定の言語({ $language })の文章が必要です。自分の言語の文章がない人は全員これを受け取ります。--text { $language }=... で追加してください。
plan-empty-text = { $language } の文章が空です。書くか、その言語を外してください。
plan-text-too-long = { $language } の文章は { $length }文字ですが、{ $platform ->
    [line] LINE
   *[telegram] Telegram
    } の上限は { $limit }文字です。{ $over }文字以上短くしてください。
plan-bad-link = リンクは https:// で始まる必要があります({ $link })。
plan-no-recipients = 受信者がいません: 対象「{ $audience }」に当てはまる人は0人です。対象を確認してください。
plan-over-quota = LINE で今月送れるのはあと { $left }通ですが、対象には LINE の受信者が { $line }人います。何も送っていません。対象を絞るか、プランを上げるか、一部のみの送信(--partial)を選ぶと { $left }人に届けられます。
plan-image-kind = 画像は JPEG か PNG のファイルにしてください。
plan-image-too-big = 画像は { $size }バイトです。上限は { $limit }バイトです。
plan-image-needs-public-url = LINE で画像を送るには、ボットの公開 HTTPS アドレスが必要です: PUBLIC_BASE_URL(https://...)を設定してください。

# チャットでの配信の確認と、送信を止めたときの説明(コマンドラインと同じ計画)。
broadcast-plan-confirm =
    { $plan }
    今すぐ送信しますか?
broadcast-start-result = { $job ->
    [0] 配信できません: 送信できるプラットフォームが設定されていません。
    [-2] 送信していません: { $problems } /broadcast からやり直してください。
   *[other] 配信 #{ $job } を送信中です。進み具合と結果をここでお知らせします。
    }

# コマンドライン(run_bot.py)。
cli-preview = プレビュー(受信者に見えるとおり):
cli-refused = 次の理由で、何も送っていません:
cli-dry-run-ok = 試行: すべての確認を通りました。送信ならここで始まります。何も送っていません。
cli-confirm = 今すぐ送信しますか? [y/N]
cli-confirm-at = { $at } に予約しますか? [y/N]
cli-nothing-sent = 何も送っていません。
cli-scheduled = 配信 #{ $job } を { $at } に予約しました。その時刻に常駐プロセス(run_bot.py serve)が送信します。broadcast --list で確認、broadcast --cancel { $job } で取り消せます。
cli-nothing-unfinished = 途中の配信はありません。
cli-job-report = 配信 #{ $job }({ $state ->
    [done] 完了
    [stopped] 停止: { $note }
    [cancelled] 取り消し
    [sending] 送信中
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] 送信 { $count }
    [uncertain] 不確か { $count }(再起動時に送信中。2回届いた可能性あり)
    [unreachable] 届かない { $count }(ボットをブロック)
    [failed] 失敗 { $count }
    [pending] 未送信 { $count }
    [inflight] 送信中 { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE の開封・クリック: この配信では集計していません。
cli-insight-pending = LINE の開封・クリック: まだ公開されていません(LINE は1日ほど後、十分な人数が開封してから表示します)。後で broadcast --report N で確認してください。
cli-insight = LINE: { $opened }人が開封し、{ $clicked }人がリンクを開きました。
cli-no-jobs = 予約中・送信中の配信はありません。
cli-cancel-none = 配信 #{ $job } は予約中でも送信中でもないため、取り消すものはありません。broadcast --list を見てください。
cli-cancelled = 配信 #{ $job } を取り消しました。
cli-no-such-job = 配信 #{ $job } はありません。これまでの配信は run_bot.py audit で見られます。
cli-chart-written = グラフを { $file } に書き出しました
cli-export-written = { $count }件の署名を { $file } に書き出しました
cli-audit-empty = 配信や書き出しの記録はまだありません。
cli-backup-written = バックアップを { $file } に書き出しました(署名 { $signatures }件、{ $people }人)。
cli-purge-counted = { $day } より前(日本時間)の署名は { $count }件です。何も削除していません。
cli-purge-confirm = { $day } より前の署名 { $count }件を削除しますか? [y/N]
cli-purge-nothing = 何も削除していません。
cli-purge-abandoned = 途中で { $days } 日以上放置された署名 { $count } 件を削除しました。
cli-purge-done = { $day } より前の署名 { $count }件を削除しました。
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINEでのこれまでの反応: { $opened }人が開封し、{ $clicked }人がリンクを開きました。
