# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 တောင်းဆိုလွှာ: ဖတ်ပြီး လက်မှတ်ထိုးပါ
line-alt-concern = ပြဿနာ 5 ခု: { $title }
line-alt-background = ဥပဒေကြမ်း၏ နောက်ခံ: ဂျပန်ရှိ ထိန်းသိမ်းမှု
line-alt-paper = ✉️ စာရွက်ဖြင့်လည်း လက်မှတ်ထိုးနိုင်သည်: ပုံစံနှင့် ပို့ရမည့်လိပ်စာ
line-alt-share = သူငယ်ချင်းများကို လက်မှတ်ထိုးရန် ဖိတ်ခေါ်ပါ
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = LINE ပေါ်ရှိ သူငယ်ချင်းများထံ တောင်းဆိုလွှာကို ပို့ပါ။ ဤအကောင့်ကို ထည့်ပြီး မိနစ်အနည်းငယ်အတွင်း လက်မှတ်ထိုးနိုင်ပါသည်။
line-button-share = LINE တွင် မျှဝေရန်
line-share-text = ဒုက္ခသည်များကို ထိခိုက်မည့် လူဝင်မှုဥပဒေ ပြင်ဆင်ချက် ကန့်ကွက်စာကို ထိုးပြီးပါပြီ။ သင်လည်း ထိုးပါ: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = တောင်းဆိုလွှာကို ဖတ်ပြီး လက်မှတ်ထိုးရန် ကျွန်ုပ်နှင့် တစ်ဦးချင်း စကားပြောပါ။
line-group-pointer-link = တောင်းဆိုလွှာကို ဖတ်ပြီး လက်မှတ်ထိုးရန် ကျွန်ုပ်ကို သူငယ်ချင်းအဖြစ် ထည့်ပြီး တစ်ဦးချင်း စကားပြောပါ: { $link }
