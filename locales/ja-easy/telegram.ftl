# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = はじめから
telegram-command-sign = 署名(しょめい)する
telegram-command-language = ことばを 変(か)える
telegram-command-status = 保存(ほぞん)している 情報(じょうほう)を 見る
telegram-command-withdraw = 署名(しょめい)を とりけす
telegram-command-updates = おしらせを うけとる/止(と)める
telegram-command-help = つかいかた
telegram-command-privacy = 個人情報(こじんじょうほう)の 扱(あつか)い

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = こんにちは。{ $organizer } の 入管法(にゅうかんほう)を 悪(わる)く 変(か)える ことに 反対(はんたい)する 署名(しょめい)は、1対1(いったいいち)の チャットだけで 受(う)け付(つ)けます。グループで だれかの 名前(なまえ)が 見(み)えないように するためです。下(した)の ボタンで 開(ひら)いて、読(よ)んで 署名してください。
telegram-group-button = 1対1(いったいいち)の チャットを 開(ひら)く
