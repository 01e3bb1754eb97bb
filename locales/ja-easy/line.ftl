# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 署名(しょめい)の 内容(ないよう):読(よ)んで 署名する
line-alt-concern = 5つの 問題(もんだい):{ $title }
line-alt-background = 法案(ほうあん)の 背景(はいけい):入管(にゅうかん)の 収容(しゅうよう)
line-alt-paper = ✉️ 紙(かみ)でも 署名(しょめい)できます:紙と 送(おく)り先(さき)
line-alt-share = 友(とも)だちを 署名(しょめい)に さそう
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = LINEの 友(とも)だちに 署名(しょめい)を 送(おく)りましょう。この アカウントを 友だちに 追加(ついか)すると、すぐに 署名できます。
line-button-share = LINEで 送(おく)る
line-share-text = 難民(なんみん)を 苦(くる)しめる 入管法(にゅうかんほう)を 悪(わる)く 変(か)える ことに 反対(はんたい)する 署名(しょめい)を しました。あなたも 署名を:{ $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = 署名(しょめい)を 読(よ)んで 参加(さんか)する ときは、1対1(いったいいち)の トークで 話(はな)しかけてください。
line-group-pointer-link = 署名(しょめい)を 読(よ)んで 参加(さんか)する ときは、友(とも)だちに 追加(ついか)して、1対1(いったいいち)の トークで 話(はな)しかけてください:{ $link }
