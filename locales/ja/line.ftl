# LINE専用。Flexカードの代替テキスト:通知やトークリストに表示されます。
line-alt-petition = 📝 署名の内容:読んで署名する
line-alt-concern = 5つの問題:{ $title }
line-alt-background = 法案の背景:入管収容の実態
line-alt-paper = ✉️ 紙でも署名できます:署名用紙と送り先
line-alt-share = お友だちを署名に誘う
# そのほかのカード:$title は本文の1行目です。
line-alt-card = { $title }

# 署名後のシェアカード。ボタンで line-share-text を入れたLINEのシェア画面が開きます。URLエンコード後、
# リンクを含めて1,000文字以内に収まるよう、短くしてください。
line-share-body = LINEのお友だちに署名を送りましょう。このアカウントを友だち追加すると、数分で署名できます。
line-button-share = LINEでシェア
line-share-text = 難民の命を危うくする入管法改悪に反対する署名をしました。あなたも署名を:{ $link }

# グループやトークルームでの返事(何も記録しません)。
line-group-pointer = 署名を読んで参加するには、1対1のトークで話しかけてください。
line-group-pointer-link = 署名を読んで参加するには、友だち追加して1対1のトークで話しかけてください:{ $link }
