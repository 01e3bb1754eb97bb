# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = 分享
keywords-share = 分享, 邀請
keywords-whoami = 我的ID, 我的賬號
share-sign-first = 簽名後,你會得到一個邀請朋友的專屬連結:通過它簽名的人都會計入你的邀請。你可以現在簽名,或者把紙質簽名表傳給別人。
share-paper-too = ✉️ 第二種方式:家人和朋友也可以填寫紙質簽名表並郵寄。
share-next = 用你的專屬連結邀請朋友,或者把紙質簽名表傳給別人:
whoami =
    你的 { $platform } ID 是:
    { $user_id }
    只有在活動方要把你設為組織者時才需要它:請把它發給他們。
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = 邀請朋友簽名
telegram-command-whoami = 檢視你的 Telegram ID
telegram-share-text = 我簽署了反對日本《出入國管理法》修訂的請願,這項修訂危及難民。請你也來簽名:
# Shown before a person presses Start (at most 512 characters).
telegram-description = 這是 { $organizer } 反對日本《出入國管理法》修訂的請願機器人:瞭解法案為何危及難民和沒有在留資格的人,並在幾分鐘內簽名。你的名字只會交給請願的收件方。
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = 閱讀並簽署反對日本《出入國管理法》修訂的請願。

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = 邀請朋友
