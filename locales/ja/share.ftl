# シェアと、自分のID(/share と /whoami)。
# ボタンの文字:20文字まで(LINEの上限)。
button-share = シェアする
keywords-share = シェア, 友だちに送る
keywords-whoami = 自分のID, ID
share-sign-first = 署名すると、お友だちを招待するあなた専用のリンクがもらえます。そのリンクから署名した人は、あなたの紹介として数えられます。今すぐ署名するか、署名用紙を渡してください。
share-paper-too = ✉️ もうひとつの方法:ご家族やお友だちは、紙の署名用紙に書いて郵送することもできます。
share-next = あなた専用のリンクでお友だちを招待するか、署名用紙を渡してください:
whoami =
    あなたの{ $platform }のIDは:
    { $user_id }
    キャンペーンの運営者に登録してもらうときだけ必要です。運営者に送ってください。
# Telegramのみ:コマンドメニュー、リンクと一緒に送る文、ボットのプロフィール。
telegram-command-share = お友だちに署名を呼びかける
telegram-command-whoami = 自分のTelegram IDを見る
telegram-share-text = 難民の命を危うくする入管法改悪に反対する署名に参加しました。あなたも署名を:
# 「開始」を押す前に表示される説明(512文字まで)。
telegram-description = { $organizer } の「入管法改悪に反対します」署名のボットです。法案が難民や在留資格のない人をどう危険にさらすのかを読み、数分で署名できます。お名前は署名の提出先にだけ届けられます。
# プロフィールとシェア時のプレビュー(120文字まで)。
telegram-short-description = 入管法改悪に反対する署名を読んで、署名できます。

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = お友だちを誘う
