# コマンドやボタンの代わりに入力できる言葉(カンマ区切り)。全角・半角と大文字・小文字は区別しません。
keywords-start = はじめから, スタート
keywords-menu = メニュー
keywords-help = ヘルプ, 使い方
keywords-language = 言語, 言語設定
keywords-sign = 署名, 署名する
keywords-status = 状況, 登録内容
keywords-withdraw = 取り消し, 署名取り消し, 削除
keywords-updates = お知らせ
keywords-privacy = プライバシー, 個人情報
keywords-paper = 署名用紙, 紙の署名
keywords-yes = はい, うん, OK
keywords-no = いいえ
keywords-abroad = 日本国外, 海外, 国外
keywords-skip = スキップ, なし, 答えない
