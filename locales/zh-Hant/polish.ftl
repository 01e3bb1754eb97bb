nudge = 請選擇下面的一個按鈕(或輸入幫助)。
keywords-cancel = 停止, 退出
cancelled = 好的,已在這裡停下,沒有保留任何內容。接下來想做什麼?
keywords-intent-thanks = 謝謝, 感謝, 多謝
keywords-intent-hello = 你好, 您好, 早上好, 晚上好
keywords-intent-share = 轉發, 推廣
keywords-intent-help = 怎麼用, 這是什麼
reply-thanks = 感謝您的支援!
reply-hello = 你好!很高興你來了。
name-why = 您的姓名就是您的簽名:它會加入這份致{ $addressees }的請願。{ $organizer } 和合作團體統計簽名數,其他人看不到。詳情請看 /privacy。
help-line =
    您隨時可以輸入下面的詞語,或使用按鈕:
    • 「簽名」 – 簽署請願
    • 「我的簽名」 – 檢視我們儲存的資訊
    • 「撤回簽名」 – 刪除簽名
    • 「通知」 – 開啟或關閉通知
    • 「語言」 – 更換語言
    • 「隱私」 – 我們如何處理資料
    • 「紙質簽名表」 – 用紙簽名
    • 「選單」 – 主選單
    • 「分享」 – { telegram-command-share }
    • 「我的ID」 – { help-whoami }
    • 「取消」 – 停止簽名
    • 「幫助」 – 這個列表
button-first-languages = 最前面的語言
translation-unreviewed = 提示:本翻譯尚未經母語人士審校。以日文和英文文本為準。
button-more-background = 更多背景
background-more =
    請願頁面上的更多內容

    • 這次的法案與2021年撤回的法案几乎相同。
    • 入管廳拒絕公開維什瑪女士最後幾天的錄影,至今仍在掩蓋真相。
    • 難民鎖國:就連從烏克蘭來的避難者也未被認定為難民,而來自緬甸、阿富汗等地的尋求庇護者則得不到這樣的支援。
    • 入管廳把無法回國的人稱為"拒絕遣返者":根據法案,他們可能被遣返,甚至受到處罰。
    • 這份請願希望建立一個保障在這裡生活的每個人的生命與人權、真正"不讓任何人掉隊"的社會。
telegram-command-menu = 主選單
telegram-command-paper = 用紙簽名
telegram-command-cancel = 停止簽名
# The language's name where space is short (an organizer's audience button).
language-short-name = 繁體中文
help-whoami = 查看自己的 ID
