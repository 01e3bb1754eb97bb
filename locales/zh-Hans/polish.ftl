nudge = 请选择下面的一个按钮(或输入帮助)。
keywords-cancel = 停止, 退出
cancelled = 好的,已在这里停下,没有保留任何内容。接下来想做什么?
keywords-intent-thanks = 谢谢, 感谢, 多谢
keywords-intent-hello = 你好, 您好, 早上好, 晚上好
keywords-intent-share = 转发, 推广
keywords-intent-help = 怎么用, 这是什么
reply-thanks = 感谢您的支持!
reply-hello = 你好!很高兴你来了。
name-why = 您的姓名就是您的签名:它会加入这份致{ $addressees }的请愿。{ $organizer } 和合作团体统计签名数,其他人看不到。详情请看 /privacy。
help-line =
    您随时可以输入下面的词语,或使用按钮:
    • 「签名」 – 签署请愿
    • 「我的签名」 – 查看我们保存的信息
    • 「撤回签名」 – 删除签名
    • 「通知」 – 开启或关闭通知
    • 「语言」 – 更换语言
    • 「隐私」 – 我们如何处理数据
    • 「纸质签名表」 – 用纸签名
    • 「菜单」 – 主菜单
    • 「分享」 – { telegram-command-share }
    • 「我的ID」 – { help-whoami }
    • 「取消」 – 停止签名
    • 「帮助」 – 这个列表
button-first-languages = 最前面的语言
translation-unreviewed = 提示:本翻译尚未经母语人士审校。以日文和英文文本为准。
button-more-background = 更多背景
background-more =
    请愿页面上的更多内容

    • 这次的法案与2021年撤回的法案几乎相同。
    • 入管厅拒绝公开维什玛女士最后几天的录像,至今仍在掩盖真相。
    • 难民锁国:就连从乌克兰来的避难者也未被认定为难民,而来自缅甸、阿富汗等地的寻求庇护者则得不到这样的支持。
    • 入管厅把无法回国的人称为"拒绝遣返者":根据法案,他们可能被遣返,甚至受到处罚。
    • 这份请愿希望建立一个保障在这里生活的每个人的生命与人权、真正"不让任何人掉队"的社会。
telegram-command-menu = 主菜单
telegram-command-paper = 用纸签名
telegram-command-cancel = 停止签名
# The language's name where space is short (an organizer's audience button).
language-short-name = 简体中文
help-whoami = 查看自己的 ID
