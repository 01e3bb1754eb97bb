# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = 开始, 重新开始
keywords-menu = 菜单
keywords-help = 帮助
keywords-language = 语言
keywords-sign = 签名
keywords-status = 我的签名, 状态
keywords-withdraw = 撤回签名, 删除签名, 删除我的数据
keywords-updates = 最新消息, 通知
keywords-privacy = 隐私, 个人信息
keywords-paper = 纸质签名表, 纸质签名
keywords-yes = 是, 是的, 好, 好的, 同意
keywords-no = 否, 不, 不要
keywords-abroad = 日本以外, 国外, 海外
keywords-skip = 跳过, 无
