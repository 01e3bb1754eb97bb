# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = 重新開始
telegram-command-sign = 簽署請願
telegram-command-language = 更改語言
telegram-command-status = 檢視我們儲存的你的資訊
telegram-command-withdraw = 刪除你的簽名
telegram-command-updates = 開啟或關閉最新訊息
telegram-command-help = 你可以在這裡做什麼
telegram-command-privacy = 我們如何處理你的資料

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = 你好!{ $organizer } 發起的反對日本《入管法》修改的請願,我只在私聊中收集簽名,以免任何人的姓名在群組裡被公開。點選下面的按鈕即可閱讀並簽名。
telegram-group-button = 開啟私聊
