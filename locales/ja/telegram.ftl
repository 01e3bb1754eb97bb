# Telegram のみ。「/」を入力したときに出るコマンドの一覧(説明は短く)。
telegram-command-start = はじめから
telegram-command-sign = 署名する
telegram-command-language = 言語を変える
telegram-command-status = 登録内容を見る
telegram-command-withdraw = 署名を取り消す
telegram-command-updates = お知らせのオン・オフ
telegram-command-help = 使い方
telegram-command-privacy = 個人情報の扱い

# グループチャットでメンションやコマンドを受けたときの、ただ一度の返事(グループでは何も集めません)。
telegram-group-pointer = こんにちは。{ $organizer } による入管法改悪に反対する署名は、お名前がグループに共有されないよう、個別チャットでのみ受け付けています。下のボタンから開いて、内容を読んで署名してください。
telegram-group-button = 個別チャットを開く
