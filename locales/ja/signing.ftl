privacy =
    🔒 署名の個人情報について
    • 集める情報:お名前と、ご希望により都道府県(または「日本国外」)だけです。ご自身で確認・削除できるよう、チャットのアカウントIDもあわせて保存します。
    • 目的:{ $addressees }あての、この請願の署名になります。{ $delivery }{ $organizer } と賛同団体が署名数を集計します。
    • 見る人:主催団体と、署名を届ける相手だけです。公開したり、ほかの目的に使ったりはしません。
    • 保存期間:署名を提出するまで、遅くとも{ DATETIME($retention_until, dateStyle: "long") }までです。その後は削除します。
    • 署名はおひとり1回です。紙やオンラインで署名済みの方は、もう一度署名しないでください。
    • /status で登録内容の確認、/withdraw で削除がいつでもできます。
consent =
    { privacy }

    同意して署名しますか?
consent-declined = わかりました。/sign でいつでも署名できます。

ask-name = 署名に載せるお名前を入力してください(例:山田 花子)。
name-error-empty = お名前が入力されていません。
name-error-too-long = 100文字を超えています。短い形で入力してください。
name-error-invisible = 目に見えない文字や制御文字が含まれています。普通の文字で入力し直してください。
name-error-link = お名前にウェブアドレスは使えません。
name-error-symbols = 文字、スペース、ふつうの句読点だけを使ってください(絵文字や記号は使えません)。
name-error-no-letters = お名前には文字が必要です。

ask-prefecture = お住まいの都道府県は?ボタンで選ぶか、名前を入力してください。「日本国外」「スキップ」も選べます。
prefecture-unknown = その都道府県が見つかりませんでした。「大阪」や「北海道」のように入力してください。
place-abroad = 日本国外
place-none = 都道府県なし

ask-updates = 署名の提出などのお知らせを、ときどきここで受け取りますか?いつでも止められます。
updates-chosen-yes = 受け取る
updates-chosen-no = 受け取らない

confirm-signature =
    次の内容で署名します:
    { $name }、{ $place }
    お知らせ:{ $updates }

    よろしいですか?

signed-thanks = 署名ありがとうございます!現在の署名数:{ $total }(目標 { $goal })。
already-signed = すでに署名していただいています。ありがとうございます!
paper-form =
    ✉️ ご家族やお友だちは、紙でも署名できます。
    { $delivery }{ $paper_how }
    次の宛先に郵送してください:
    { $mailing_address }
share =
    { share-heading }
    { $organizer } の「入管法改悪に反対します」署名に参加しました。難民や在留資格のない人の命を危うくする法案です。あなたも署名を:{ $link }

status-signed =
    登録内容:
    • お名前:{ $name }
    • 都道府県:{ $place }
    • 署名日:{ DATETIME($date, dateStyle: "long") }({ $number } 人目)
    • お知らせ:{ $updates }
    • 言語:{ $language }
    • あなたのリンクから署名した人:{ $referrals } 人
    署名を取り消すには /withdraw と入力してください。
status-not-signed = まだ署名していません。保存しているのは、チャットのアカウントID、言語({ $language })、お知らせの設定({ $updates })だけです。

withdraw-confirm = 署名を取り消しますか?お名前と都道府県を削除し、署名は数えられなくなります。取り消しの件数だけを匿名で記録します。
withdraw-done = 取り消しました。署名、お名前、都道府県を削除し、お知らせも止めました。
withdraw-kept = わかりました。署名はそのままです。ありがとうございます。
withdraw-nothing = 取り消す署名はありません。お名前は保存していません。

updates-are-on = お知らせを受け取る設定です。
updates-are-off = お知らせを受け取らない設定です。
updates-now-on = お知らせをお送りします。ありがとうございます!
updates-now-off = お知らせを止めました。今後は送りません。
