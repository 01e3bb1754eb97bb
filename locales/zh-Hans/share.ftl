# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = 分享
keywords-share = 分享, 邀请
keywords-whoami = 我的ID, 我的账号
share-sign-first = 签名后,你会得到一个邀请朋友的专属链接:通过它签名的人都会计入你的邀请。你可以现在签名,或者把纸质签名表传给别人。
share-paper-too = ✉️ 第二种方式:家人和朋友也可以填写纸质签名表并邮寄。
share-next = 用你的专属链接邀请朋友,或者把纸质签名表传给别人:
whoami =
    你的 { $platform } ID 是:
    { $user_id }
    只有在活动方要把你设为组织者时才需要它:请把它发给他们。
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = 邀请朋友签名
telegram-command-whoami = 查看你的 Telegram ID
telegram-share-text = 我签署了反对日本《出入国管理法》修订的请愿,这项修订危及难民。请你也来签名:
# Shown before a person presses Start (at most 512 characters).
telegram-description = 这是 { $organizer } 反对日本《出入国管理法》修订的请愿机器人:了解法案为何危及难民和没有在留资格的人,并在几分钟内签名。你的名字只会交给请愿的收件方。
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = 阅读并签署反对日本《出入国管理法》修订的请愿。

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = 邀请朋友
