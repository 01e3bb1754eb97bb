# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = မျှဝေရန်
keywords-share = မျှဝေ, ဖိတ်ခေါ်
keywords-whoami = whoami, ကျွန်ုပ်၏ ID
share-sign-first = လက်မှတ်ထိုးပြီးလျှင် သူငယ်ချင်းများကို ဖိတ်ခေါ်ရန် သင့်ကိုယ်ပိုင်လင့်ခ်ကို ရပါမည်။ ထိုလင့်ခ်မှ လက်မှတ်ထိုးသူတိုင်းကို သင့်အတွက် ရေတွက်ပါမည်။ ယခု လက်မှတ်ထိုးပါ၊ သို့မဟုတ် စာရွက်ပုံစံကို အခြားသူများထံ ပေးပါ။
share-paper-too = ✉️ ဒုတိယနည်းလမ်း- မိသားစုနှင့် သူငယ်ချင်းများသည် စာရွက်ပုံစံတွင် လက်မှတ်ထိုးပြီး စာတိုက်မှ ပို့နိုင်ပါသည်။
share-next = သင့်ကိုယ်ပိုင်လင့်ခ်ဖြင့် သူငယ်ချင်းများကို ဖိတ်ခေါ်ပါ၊ သို့မဟုတ် စာရွက်ပုံစံကို ပေးပါ-
whoami =
    သင်၏ { $platform } ID-
    { $user_id }
    လှုပ်ရှားမှုက သင့်ကို စီစဉ်သူအဖြစ် ထည့်မှသာ လိုအပ်ပါသည်- ၎င်းတို့ထံ ပို့ပါ။
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = သူငယ်ချင်းများကို ဖိတ်ခေါ်ရန်
telegram-command-whoami = သင်၏ Telegram ID ကြည့်ရန်
telegram-share-text = ဒုက္ခသည်များကို အန္တရာယ်ဖြစ်စေသော ဂျပန်လူဝင်မှုကြီးကြပ်ရေးဥပဒေ ပြင်ဆင်ချက်ကို ကန့်ကွက်သည့် အသနားခံစာကို ကျွန်ုပ် လက်မှတ်ထိုးခဲ့ပါသည်။ သင်လည်း လက်မှတ်ထိုးပါ-
# Shown before a person presses Start (at most 512 characters).
telegram-description = ဤဘော့သည် { $organizer } ၏ ဂျပန်လူဝင်မှုကြီးကြပ်ရေးဥပဒေ ပြင်ဆင်ချက်ကို ကန့်ကွက်သည့် အသနားခံစာကို သင့်ထံ ယူဆောင်လာပါသည်- ၎င်းက ဒုက္ခသည်များနှင့် နေထိုင်ခွင့်မရှိသူများကို အဘယ်ကြောင့် အန္တရာယ်ဖြစ်စေသည်ကို ဖတ်ပြီး မိနစ်အနည်းငယ်အတွင်း လက်မှတ်ထိုးပါ။ သင့်အမည်ကို အသနားခံစာ လက်ခံသူများထံသာ ပေးပို့ပါမည်။
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = ဂျပန်လူဝင်မှုဥပဒေ ပြင်ဆင်ချက်ကို ကန့်ကွက်သည့် အသနားခံစာကို ဖတ်ပြီး လက်မှတ်ထိုးပါ။

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = သူငယ်ချင်းများကို ဖိတ်ပါ
