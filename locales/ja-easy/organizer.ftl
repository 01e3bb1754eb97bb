# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = お知(し)らせの 文(ぶん)を { $language }で 送(おく)ってください。
broadcast-ask-link = お知(し)らせの 下(した)に ボタンで つける リンク(https://…)を 送(おく)ってください。リンクが ない ときは「リンクなし」を 押(お)してください。
broadcast-bad-link = https:// で 始(はじ)まる リンクでは ありません。
broadcast-ask-audience = だれに 送(おく)りますか? お知(し)らせを 受(う)け取(と)ると 答(こた)えて、ブロックしていない 人だけに 届(とど)きます。
broadcast-preview = 見本(みほん):受(う)け取(と)る 人に 見(み)える とおりに、ことばごとに 見せます。
broadcast-text = { $text }
broadcast-progress = お知(し)らせ #{ $job }:{ $total }人の うち { $done }人が 終(お)わりました。
broadcast-report =
    お知(し)らせ #{ $job } { $state ->
        [stopped] は 止(と)まりました:{ $note }
        [cancelled] は 取(と)り消(け)しました。
       *[done] を 送(おく)り終(お)わりました。
    }
    送った:{ $sent }、わからない(再起動(さいきどう)の とき 送っていた。2回 届(とど)いたかもしれない):{ $uncertain }、届かない:{ $unreachable }、失敗(しっぱい):{ $failed }、送っていない:{ $skipped }
broadcast-stopped = { $job ->
    [0] 今(いま) 送(おく)っている お知(し)らせは ありません。
   *[other] お知(し)らせ #{ $job } を 取(と)り消(け)しました。
}
stats-report = { $report }

button-no-link = リンクなし
button-audience-subscribers = 希望(きぼう)する 人 全員
button-audience-signers = 署名(しょめい)した 人だけ
button-audience-language = { $language }の 人だけ
button-texts-done = ほかの ことばは なし
button-send = 送(おく)る
button-stop-broadcast = 送(おく)るのを 止(と)める
