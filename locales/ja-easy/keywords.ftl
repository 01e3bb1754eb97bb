# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = はじめから, スタート
keywords-menu = メニュー, めにゅー
keywords-help = ヘルプ, つかいかた
keywords-language = ことば, げんご
keywords-sign = しょめい, しょめいする
keywords-status = わたしの しょめい, とうろく
keywords-withdraw = とりけし, とりけす
keywords-updates = おしらせ
keywords-privacy = こじんじょうほう
keywords-paper = かみ, しょめいの かみ
keywords-yes = はい, うん, OK
keywords-no = いいえ, ううん
keywords-abroad = 日本の外, にほんの そと, がいこく
keywords-skip = スキップ, なし
