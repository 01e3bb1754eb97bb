welcome =
    歡迎!這是由 { $organizer } 和合作團體({ $partners })發起的請願,反對日本《出入國管理及難民認定法》(入管法)的修改。

    你想使用哪種語言?
welcome-back = 歡迎回來,感謝你的簽名。
welcome-continue = 歡迎回來!這是你上次停下的地方。
language-prompt = 你想使用哪種語言?
language-set = 好的,從現在起我會用繁體中文。

petition =
    📝 請願書

    我們反對修改《入管法》。這次修改會壓迫難民,危及沒有在留資格的人的生命。我們要求停止這項法案,並進行改革,保護所有生活在日本的人的生命和權利。

    致:{ $addressees }。

    這項法案有五個問題。你可以逐一閱讀,也可以現在就簽名。

concern-1 =
    { $position }/{ $total } 遣返難民申請者

    日本認定的難民非常少。法案沒有先改善這一低認定率,就允許國家遣返正在申請難民身份的人。
concern-2 =
    { $position }/{ $total } 懲罰無法回國的人

    難民以及因故無法回國的人,將被命令離開日本,如不服從還會受到處罰。
concern-3 =
    { $position }/{ $total } 沒有盡頭的收容

    沒有在留資格的外國人,仍可能被無限期或長年收容。法案保留了這一制度。
concern-4 =
    { $position }/{ $total } 只有監視,沒有支援

    新的"監理措施"制度將加強對獲釋離開收容設施的人的監視。被禁止工作的人卻得不到任何生活保障。
concern-5 =
    { $position }/{ $total } 留下來的機會更少

    在留特別許可是讓沒有在留資格的人(例如在日本長大的孩子)獲准留下來的途徑。法案將減少給予這種許可的情況。

background =
    法案背景:日本的入管收容

    • 2021年,維什瑪·桑達瑪麗(Wishma Sandamali)女士在名古屋入管局收容期間死亡。外界對她所受待遇的批評,使2021年的法案被撤回。
    • 2014年3月30日,一名喀麥隆男子在牛久的入管收容所死亡,此前他訴說痛苦卻無人理會。他的家人提起訴訟,部分勝訴。
    • 德尼茲(Deniz)先生在收容期間遭到多名職員毆打,後向法院起訴。
    • 處於"假放免"(臨時解除收容)狀態的人不得工作,也沒有生活保護和健康保險,即使身患重病也是如此。聯合國已呼籲改善這一狀況。
    • 從小來到日本或在日本出生的孩子,在沒有在留資格的情況下上學、長大,每天都擔心被送到一個自己並不瞭解的國家。

menu = 你想做什麼?
help =
    你隨時可以使用以下命令:
    /start – 重新開始
    /sign – 簽署請願
    /status – 檢視我們儲存的你的資訊
    /withdraw – 刪除你的簽名
    /updates – 開啟或關閉最新訊息
    /language – 更改語言
    /privacy – 我們如何處理你的資料
    /menu – 主選單
    /paper – 用紙簽名
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – 停止簽名
    /help – 顯示此列表
not-understood = 抱歉,我沒有理解。
old-button = 這個按鈕屬於之前的步驟。
media-not-understood = 謝謝!不過我只能讀懂文字和按鈕。
unknown-command = 我不認識這個命令。輸入 /help 檢視命令列表。
use-buttons = 請用按鈕回答(或輸入"是"或"否")。

# The button under a broadcast update that carries a link.
broadcast-link = 開啟連結
slow-down = 你傳送訊息太快了。請稍等片刻再繼續。
storage-unavailable = 抱歉,現在無法儲存任何內容,所以什麼都沒有記錄。請稍後再試。
