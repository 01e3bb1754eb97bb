# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = 開始, 重新開始
keywords-menu = 選單
keywords-help = 幫助
keywords-language = 語言
keywords-sign = 簽名
keywords-status = 我的簽名, 狀態
keywords-withdraw = 撤回簽名, 刪除簽名, 刪除我的資料
keywords-updates = 最新訊息, 通知
keywords-privacy = 隱私, 個人資訊
keywords-paper = 紙質簽名表, 紙質簽名
keywords-yes = 是, 是的, 好, 好的, 同意
keywords-no = 否, 不, 不要
keywords-abroad = 日本以外, 國外, 海外
keywords-skip = 跳過, 無
