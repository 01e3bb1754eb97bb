# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = အစမှ ပြန်စရန်
telegram-command-sign = တောင်းဆိုလွှာတွင် လက်မှတ်ထိုးရန်
telegram-command-language = ဘာသာစကား ပြောင်းရန်
telegram-command-status = သင့်အကြောင်း သိမ်းထားသည်များ ကြည့်ရန်
telegram-command-withdraw = သင့်လက်မှတ်ကို ဖျက်ရန်
telegram-command-updates = သတင်းများ ဖွင့်ရန်/ပိတ်ရန်
telegram-command-help = ဤနေရာတွင် လုပ်နိုင်သည်များ
telegram-command-privacy = သင့်အချက်အလက်ကို ကိုင်တွယ်ပုံ

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = မင်္ဂလာပါ! ဂျပန် လူဝင်မှုကြီးကြပ်ရေး ဥပဒေ ပြင်ဆင်ချက်ကို ကန့်ကွက်သည့် { $organizer } ၏ တောင်းဆိုလွှာအတွက် လက်မှတ်များကို မည်သူ့အမည်မျှ အုပ်စုထဲ မပေါ်စေရန် သီးသန့် chat တွင်သာ လက်ခံပါသည်။ ဖတ်ပြီး လက်မှတ်ထိုးရန် အောက်ပါခလုတ်ကို နှိပ်ပါ။
telegram-group-button = သီးသန့် chat ဖွင့်ရန်
