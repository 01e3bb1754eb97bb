# シェアと、自分のID(/share と /whoami)。
# ボタンの文字:20文字まで(LINEの上限)。
button-share = 友だちに 送る
keywords-share = シェア, 友だちに送る
keywords-whoami = 自分のID, ID
share-sign-first = 署名(しょめい)すると、友だちを 呼ぶ あなたの リンクが もらえます。その リンクから 署名した 人は、あなたが 呼んだ 人として 数えます。今 署名するか、紙(かみ)の 署名用紙を 渡して ください。
share-paper-too = ✉️ もう 1つの 方法(ほうほう):家族や 友だちは、紙の 署名用紙に 書いて、郵便(ゆうびん)で 送ることも できます。
share-next = あなたの リンクで 友だちを 呼ぶか、紙の 署名用紙を 渡して ください:
whoami =
    あなたの { $platform } の ID は:
    { $user_id }
    キャンペーンの 運営者(うんえいしゃ)に なるときだけ 使います。運営者に 送って ください。
# Telegramのみ:コマンドメニュー、リンクと一緒に送る文、ボットのプロフィール。
telegram-command-share = 友だちに 署名を 呼びかける
telegram-command-whoami = 自分の Telegram ID を 見る
telegram-share-text = 難民(なんみん)の 命を 危(あぶ)なくする 入管法(にゅうかんほう)の 改悪に 反対する 署名を しました。あなたも 署名して ください:
# 「開始」を押す前に表示される説明(512文字まで)。
telegram-description = { $organizer } の 署名の ボットです。入管法(にゅうかんほう)の 改悪で 難民(なんみん)や 在留資格(ざいりゅうしかく)の ない 人が どう 危(あぶ)なくなるかを 読んで、数分で 署名(しょめい)できます。名前は 署名を 出す 先にだけ 届けます。
# プロフィールとシェア時のプレビュー(120文字まで)。
telegram-short-description = 入管法(にゅうかんほう)の 改悪に 反対する 署名を 読んで、署名できます。

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = 友(とも)だちを さそう
