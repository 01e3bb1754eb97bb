# 主催者向けの文(ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS に登録された人)。
broadcast-ask-text = お知らせの本文を{ $language }で送ってください。
broadcast-ask-link = お知らせの下にボタンとして付けるリンク(https://…)を送るか、「リンクなし」を押してください。
broadcast-bad-link = https:// で始まるリンクではありません。
broadcast-ask-audience = 誰に送りますか?お知らせを希望し、ブロックしていない人だけに届きます。
broadcast-preview = プレビュー:受け取る人に見えるとおり、言語ごとに表示します。
broadcast-text = { $text }
broadcast-progress = お知らせ #{ $job }:{ $total } 人中 { $done } 人を処理しました。
broadcast-report =
    お知らせ #{ $job } { $state ->
        [stopped] は止まりました:{ $note }
        [cancelled] は取り消されました。
       *[done] の送信が終わりました。
    }
    送信:{ $sent }、不確か(再起動時に送信中で、二重の可能性あり):{ $uncertain }、届かない:{ $unreachable }、失敗:{ $failed }、未送信:{ $skipped }
broadcast-stopped = { $job ->
    [0] 送信中のお知らせはありません。
   *[other] お知らせ #{ $job } を取り消しました。
}
stats-report = { $report }

button-no-link = リンクなし
button-audience-subscribers = 希望者全員
button-audience-signers = 署名した人だけ
button-audience-language = { $language }の人だけ
button-texts-done = ほかの言語はなし
button-send = 送信する
button-stop-broadcast = 送信を止める
