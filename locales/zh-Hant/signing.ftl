privacy =
    🔒 我們如何處理你的簽名
    • 收集什麼:你的姓名,以及(如果你願意)你所在的都道府縣(或"日本以外")。僅此而已。我們同時儲存你的聊天賬號ID,以便你檢視或刪除自己的簽名。
    • 為什麼:你的姓名是這份致{ $addressees }的請願的簽名。{ $delivery }{ $organizer } 和合作團體會統計簽名數量。
    • 誰能看到:主辦團體,以及簽名的接收方。絕不公開,也不用於其他任何目的。
    • 儲存多久:直到請願書遞交為止,最遲到{ DATETIME($retention_until, dateStyle: "long") }。之後會被刪除。
    • 每人只籤一次:如果你已經在紙上或網上籤過名,請不要再籤。
    • 你的權利:隨時輸入 /status 檢視我們儲存的資訊,輸入 /withdraw 刪除。
consent =
    { privacy }

    你是否同意並簽名?
consent-declined = 沒關係。你隨時可以用 /sign 簽名。

ask-name = 請輸入你要寫在請願書上的姓名(例如:王小紅)。
name-error-empty = 我沒有收到姓名。
name-error-too-long = 姓名超過了100個字元。請使用較短的寫法。
name-error-invisible = 姓名中有看不見的字元或控制字元。請用普通文字重新輸入。
name-error-link = 姓名中不能包含網址。
name-error-symbols = 請只使用文字、空格和普通標點,不要使用表情符號或其他符號。
name-error-no-letters = 姓名中至少需要一個文字。

ask-prefecture = 你住在哪個都道府縣?請選擇一個、輸入名稱,或選擇"日本以外"或"跳過"。
prefecture-unknown = 我找不到這個都道府縣。請試試輸入"大阪"或"Osaka"這樣的名稱。
place-abroad = 日本以外
place-none = 未填寫都道府縣

ask-updates = 你願意偶爾在這裡收到關於請願的最新訊息嗎?例如簽名遞交的時候。你隨時可以停止。
updates-chosen-yes = 是
updates-chosen-no = 否

confirm-signature =
    你的簽名將記錄為:
    { $name },{ $place }
    最新訊息:{ $updates }

    這樣對嗎?

signed-thanks = 謝謝你的簽名!目前已有 { $total } 人簽名(目標:{ $goal })。
already-signed = 你已經簽過名了。謝謝!
paper-form =
    ✉️ 家人和朋友也可以在紙上簽名。
    { $delivery }{ $paper_how }
    把簽名表郵寄到:
    { $mailing_address }
share =
    { share-heading }
    我簽署了 { $organizer } 發起的請願,反對會危害難民和沒有在留資格的人的日本《入管法》修改。你也來簽名吧:{ $link }

status-signed =
    我們儲存的你的資訊:
    • 姓名:{ $name }
    • 都道府縣:{ $place }
    • 簽名日期:{ DATETIME($date, dateStyle: "long") },第 { $number } 位簽名者
    • 最新訊息:{ $updates }
    • 語言:{ $language }
    • 通過你的連結簽名的人數:{ $referrals }
    輸入 /withdraw 可刪除你的簽名。
status-not-signed = 你還沒有簽名。我們只儲存你的聊天賬號ID、語言({ $language })和最新訊息設定({ $updates })。

withdraw-confirm = 要刪除你的簽名嗎?你的姓名和都道府縣將被刪除,簽名也不再計入。我們只保留撤回次數的匿名統計。
withdraw-done = 完成。你的簽名、姓名和都道府縣已刪除,最新訊息也已關閉。
withdraw-kept = 好的,你的簽名會保留。謝謝。
withdraw-nothing = 你沒有可刪除的簽名,我們也沒有儲存你的姓名。

updates-are-on = 最新訊息已開啟。
updates-are-off = 最新訊息已關閉。
updates-now-on = 最新訊息已開啟。謝謝!
updates-now-off = 最新訊息已關閉。你不會再收到訊息。
