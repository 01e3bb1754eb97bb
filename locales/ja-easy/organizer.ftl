# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = おしらせの 文(ぶん)を { $language }で 送(おく)ってください。
broadcast-ask-link = おしらせの 下(した)に ボタンで つける リンク(https://…)を 送(おく)ってください。リンクが ない ときは「リンクなし」を 押(お)してください。
broadcast-bad-link = https:// で 始(はじ)まる リンクでは ありません。
broadcast-ask-audience = だれに 送(おく)りますか? おしらせを うけとると 答(こた)えて、ブロックしていない 人だけに 届(とど)きます。
broadcast-preview = 見本(みほん):うけとる 人に 見(み)える とおりに、ことばごとに 見せます。
broadcast-text = { $text }
broadcast-progress = おしらせ #{ $job }:{ $total }人の うち { $done }人が 終(お)わりました。
broadcast-report =
    おしらせ #{ $job } { $state ->
        [stopped] は 止(と)まりました:{ $note }
        [cancelled] は とりけしました。
       *[done] を 送(おく)り終(お)わりました。
    }
    送った:{ $sent }、わからない(再起動(さいきどう)の とき 送っていた。2回 届(とど)いたかもしれない):{ $uncertain }、届かない:{ $unreachable }、失敗(しっぱい):{ $failed }、送っていない:{ $skipped }
broadcast-stopped = { $job ->
    [0] 今(いま) 送(おく)っている おしらせは ありません。
   *[other] おしらせ #{ $job } を とりけしました。
}
stats-report = { $report }

button-no-link = リンクなし
button-audience-subscribers = 希望(きぼう)する 人 全員
button-audience-signers = 署名(しょめい)した 人だけ
button-audience-language = { $language }の 人だけ
button-texts-done = ほかの ことばは なし
button-send = 送(おく)る
button-stop-broadcast = 送(おく)るのを 止(と)める
