nudge = したの ボタンから えらんで ください(「ヘルプ」と いれても いいです)。
keywords-cancel = キャンセル, やめます
cancelled = わかりました。ここで やめました。いれた ことは のこして いません。つぎは なにを しますか?
keywords-intent-thanks = ありがとう, ありがとうございます
keywords-intent-hello = こんにちは, こんばんは, おはよう
keywords-intent-share = ひろめたい, しぇあ
keywords-intent-help = どうすれば いい, なにが できる
reply-thanks = おうえん ありがとうございます!
reply-hello = こんにちは!きて くれて うれしいです。
name-why = なまえが しょめいに なります。{ $addressees }への この しょめいに、あなたの なまえを いれます。{ $organizer } と なかまの だんたいが しょめいの かずを かぞえます。ほかの ひとには みせません。/privacy に くわしく かいて あります。
help-line =
    いつでも つぎの ことばを いれるか、ボタンを つかえます:
    • 「しょめい」 – しょめいする
    • 「わたしの しょめい」 – とうろくした ことを みる
    • 「とりけし」 – しょめいを とりけす
    • 「おしらせ」 – おしらせを うけとるか かえる
    • 「ことば」 – ことばを かえる
    • 「こじんじょうほう」 – こじんじょうほうの あつかい
    • 「しょめいの かみ」 – かみで しょめいする
    • 「メニュー」 – メニュー
    • 「シェア」 – { telegram-command-share }
    • 「自分のID」 – { help-whoami }
    • 「キャンセル」 – しょめいを やめる
    • 「ヘルプ」 – この リスト
button-first-languages = はじめの ことばへ
translation-unreviewed = この ことばの ほんやくは、まだ その ことばを はなす ひとが チェックして いません。にほんごと えいごの ぶんが ただしい ものです。
button-more-background = もっと はいけい
background-more =
    しょめいの ページから もっと

    • こんどの ほうあんは、2021ねんに なくなった ほうあんと ほとんど おなじです。
    • にゅうかん(出入国在留管理庁)は、ウィシュマさんが なくなる まえの ビデオを みせません。いまも ほんとうの ことを かくして います。
    • なんみんを うけいれない:ウクライナから にげて きた ひとも「なんみん」と みとめません。ミャンマーや アフガニスタンの ひとは たすけて もらえません。
    • にゅうかんは くにに かえれない ひとを「そうかんきひしゃ」と よびます。ほうあんが とおると、くにに かえされたり、ばつを うけたり する かもしれません。
    • この しょめいは、ここで くらす すべての ひとの いのちと けんりが まもられ、だれも とりのこされない しゃかいを もとめて います。
telegram-command-menu = メニュー
telegram-command-paper = かみで しょめいする
telegram-command-cancel = しょめいを やめる
# The language's name where space is short (an organizer's audience button).
language-short-name = やさしい日本語
help-whoami = 自分(じぶん)の IDを 見(み)る
