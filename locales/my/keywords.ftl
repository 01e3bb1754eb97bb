# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = စတင်ရန်, စမည်
keywords-menu = မီနူး
keywords-help = အကူအညီ
keywords-language = ဘာသာစကား
keywords-sign = လက်မှတ်ထိုး, လက်မှတ်ထိုးရန်
keywords-status = ကျွန်ုပ်၏ လက်မှတ်, အခြေအနေ
keywords-withdraw = လက်မှတ်ရုပ်သိမ်း, လက်မှတ်ဖျက်
keywords-updates = သတင်း, သတင်းများ
keywords-privacy = ကိုယ်ရေးအချက်အလက်
keywords-paper = စာရွက်ပုံစံ, စာရွက်
keywords-yes = ဟုတ်ကဲ့, ဟုတ်, ရပါတယ်
keywords-no = မဟုတ်ပါ, မဟုတ်, မလိုပါ
keywords-abroad = ဂျပန်ပြင်ပ, နိုင်ငံခြား
keywords-skip = ကျော်, မရှိ
