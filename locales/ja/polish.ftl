# 長い文(同意文や問題の説明)を一度見せたあと、ボタンといっしょに出す短いひとこと。
nudge = 下のボタンから選んでください(「ヘルプ」と入力しても大丈夫です)。
keywords-cancel = キャンセル, 中止, やめる
cancelled = わかりました。ここでやめて、入力した内容は残していません。次は何をしますか?
keywords-intent-thanks = ありがとう, ありがとうございます, サンキュー, 感謝
keywords-intent-hello = こんにちは, こんばんは, おはよう, はじめまして, やあ
keywords-intent-share = 広めたい, 拡散, 共有
keywords-intent-help = どうすれば, 何ができる
reply-thanks = 応援ありがとうございます!
reply-hello = こんにちは!来てくださってうれしいです。
name-why = お名前が署名になります。{ $addressees }あての、この請願の署名としてお名前を加えます。{ $organizer } と賛同団体が署名数を集計し、ほかの人には見せません。くわしくは /privacy をご覧ください。
help-line =
    いつでも次の言葉を入力するか、ボタンを使えます:
    • 「署名」 – 署名する
    • 「状況」 – 登録内容を見る
    • 「取り消し」 – 署名を取り消す
    • 「お知らせ」 – お知らせの受け取りを切り替える
    • 「言語」 – 言語を変える
    • 「プライバシー」 – 個人情報の扱い
    • 「署名用紙」 – 紙で署名する
    • 「メニュー」 – メインメニュー
    • 「シェア」 – { telegram-command-share }
    • 「自分のID」 – { help-whoami }
    • 「キャンセル」 – 署名をやめる
    • 「ヘルプ」 – この一覧
button-first-languages = 最初の言語へ
translation-unreviewed = この翻訳はまだネイティブの人による確認を受けていません。日本語と英語の文が正式なものです。
button-more-background = さらに背景
background-more =
    署名ページから、さらに

    • 今回の法案は、2021年に廃案になった法案とほぼ同じ内容です。
    • 入管庁はウィシュマさんの最期の日々の映像の開示を拒み、いまも真実を隠そうとしています。
    • 難民鎖国:ウクライナからの避難者さえ難民として認めず、ミャンマーやアフガニスタンなどの難民申請者は支援から取り残されています。
    • 入管庁は帰国できない人を「送還忌避者」と呼び、法案のもとでは送還や処罰の対象になりえます。
    • この署名は、ここに暮らすすべての人の命と人権が保障され、本当に「誰ひとり取り残さない」社会を求めています。
telegram-command-menu = メインメニュー
telegram-command-paper = 紙で署名する
telegram-command-cancel = 署名をやめる
# The language's name where space is short (an organizer's audience button).
language-short-name = 日本語
help-whoami = 自分のIDを見る
