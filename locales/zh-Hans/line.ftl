# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 请愿书:阅读并签名
line-alt-concern = 5个问题:{ $title }
line-alt-background = 法案背景:日本的入管收容
line-alt-paper = ✉️ 也可以纸质签名:签名表和邮寄地址
line-alt-share = 邀请朋友签名
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = 把请愿书发给你的LINE好友。他们添加这个账号后,几分钟就能签名。
line-button-share = 分享到LINE
line-share-text = 我签署了反对危害难民的日本《入管法》修改的请愿。你也来签名吧:{ $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = 如需阅读并签署请愿,请和我一对一聊天。
line-group-pointer-link = 如需阅读并签署请愿,请加我为好友,并和我一对一聊天:{ $link }
