# LINE only: the text of the bar that opens the rich menu (at most 14 characters). The menu's tiles show the
# button labels (button-sign, button-share...): after changing them, run `python -m bot.channels.line.richmenus.images`.
richmenu-bar = ▼ 選單
