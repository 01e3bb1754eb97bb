# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 請願書:閱讀並簽名
line-alt-concern = 5個問題:{ $title }
line-alt-background = 法案背景:日本的入管收容
line-alt-paper = ✉️ 也可以紙質簽名:簽名表和郵寄地址
line-alt-share = 邀請朋友簽名
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = 把請願書發給你的LINE好友。他們新增這個賬號後,幾分鐘就能簽名。
line-button-share = 分享到LINE
line-share-text = 我簽署了反對危害難民的日本《入管法》修改的請願。你也來簽名吧:{ $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = 如需閱讀並簽署請願,請和我一對一聊天。
line-group-pointer-link = 如需閱讀並簽署請願,請加我為好友,並和我一對一聊天:{ $link }
