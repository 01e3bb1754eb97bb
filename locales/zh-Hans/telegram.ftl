# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = 重新开始
telegram-command-sign = 签署请愿
telegram-command-language = 更改语言
telegram-command-status = 查看我们保存的你的信息
telegram-command-withdraw = 删除你的签名
telegram-command-updates = 开启或关闭最新消息
telegram-command-help = 你可以在这里做什么
telegram-command-privacy = 我们如何处理你的数据

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = 你好!{ $organizer } 发起的反对日本《入管法》修改的请愿,我只在私聊中收集签名,以免任何人的姓名在群组里被公开。点击下面的按钮即可阅读并签名。
telegram-group-button = 打开私聊
