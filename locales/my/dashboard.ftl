# စီစဉ်သူများ၏ ဒက်ရှ်ဘုတ် (/dashboard/ အောက်ရှိ စာမျက်နှာများ) နှင့် ချက်တွင် /dashboard အတွက် အဖြေ။
dashboard-chat-link =
    စီစဉ်သူ ဒက်ရှ်ဘုတ်သို့ ဝင်ရန် သင့်လင့်ခ်။ တစ်ကြိမ်သာ၊ ၁၅ မိနစ်အတွင်း အသုံးပြုနိုင်သည်။ မည်သူ့ကိုမျှ မပို့ပါနှင့်:
    { $link }
dashboard-name = အသနားခံစာ ဒက်ရှ်ဘုတ်
dashboard-language = ဘာသာစကား:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (မသိ)
dashboard-nav-overview = အကျဉ်းချုပ်
dashboard-nav-funnel = စကားပြောအဆင့်များ
dashboard-nav-broadcasts = အစုလိုက်ပို့ခြင်း
dashboard-nav-signatures = လက်မှတ်များ
dashboard-nav-audit = လုပ်ဆောင်ချက် မှတ်တမ်း
dashboard-sign-out = ထွက်ရန်

# ဝင်ရောက်ခြင်း
dashboard-signin-title = ဝင်ရန်
dashboard-signin-how = ဝင်ရောက်ရန် စီစဉ်သူ အကောင့်မှ LINE သို့မဟုတ် Telegram တွင် ဘော့ထံ /dashboard ကို ပို့ပါ၊ သို့မဟုတ် ဆာဗာ စီမံခန့်ခွဲသူအား ဤအမိန့်ကို run ပေးရန် တောင်းဆိုပါ။ မည်သည့်နည်းဖြင့်မဆို တစ်ကြိမ်သာ၊ ၁၅ မိနစ်အတွင်း အသုံးပြုနိုင်သော လင့်ခ်ကို ရရှိပါမည်။
dashboard-signin-button = ဒက်ရှ်ဘုတ်သို့ ဝင်ရန်
dashboard-signin-used = ဤဝင်ရောက်ရန် လင့်ခ်ကို အသုံးပြုပြီးဖြစ်သည်။ လင့်ခ်တစ်ခုစီကို တစ်ကြိမ်သာ အသုံးပြုနိုင်သည်: အသစ်တောင်းပါ။
dashboard-signin-expired = ဤဝင်ရောက်ရန် လင့်ခ် သက်တမ်းကုန်သွားပြီ။ အသစ်တောင်းပါ။
dashboard-signin-unknown = ဤဝင်ရောက်ရန် လင့်ခ် မမှန်ကန်ပါ။ အသစ်တောင်းပါ။
dashboard-signin-signedout = သင် ထွက်ပြီးပါပြီ။

# အကျဉ်းချုပ်
dashboard-goal = ပန်းတိုင် { $goal } အနက် လက်မှတ် { $total }
dashboard-goal-line = ပန်းတိုင်: { $goal }
dashboard-tile-total = လက်မှတ် စုစုပေါင်း
dashboard-tile-today = ယနေ့ (ဂျပန်စံတော်ချိန်)
dashboard-tile-week = နောက်ဆုံး ၇ ရက်အတွင်း
dashboard-tile-subscribers = သတင်းရယူသူများ
dashboard-tile-unreachable = မရောက်နိုင်သူများ (ဘော့ကို ပိတ်ထား)
dashboard-chart-total = ယခုအထိ လက်မှတ်များ နှင့် ပန်းတိုင်
dashboard-chart-daily = နေ့စဉ် လက်မှတ်များ
dashboard-by-platform = ပလက်ဖောင်းအလိုက်
dashboard-by-language = ဘာသာစကားအလိုက်
dashboard-by-prefecture = ခရိုင်အလိုက်
dashboard-prefecture-none = မဖော်ပြထား
dashboard-col-where = နေရာ
dashboard-col-signatures = လက်မှတ်များ
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = ကွန်ဆိုး

# အဆင့်များ
dashboard-funnel-intro = စကားပြောခြင်း၏ အဆင့်တိုင်းသို့ လူမည်မျှ ရောက်ခဲ့သည်၊ ယခင်အဆင့်မှ မည်မျှ ထွက်သွားသည်။ အရေအတွက်ကိုသာ သိမ်းထားပြီး မည်သူဖြစ်သည်ကို ဘယ်တော့မှ မသိမ်းပါ။
dashboard-funnel-started = စကားပြော စတင်ခဲ့သည်
dashboard-funnel-language = ဘာသာစကား ရွေးခဲ့သည်
dashboard-funnel-concerns = စိုးရိမ်ချက်များ ဖတ်ခဲ့သည်
dashboard-funnel-agreed = လက်မှတ်ထိုးရန် သဘောတူခဲ့သည်
dashboard-funnel-name = အမည် ရိုက်ထည့်ခဲ့သည်
dashboard-funnel-signed = လက်မှတ်ထိုးခဲ့သည်
dashboard-funnel-by-language = ဘာသာစကားအလိုက်
dashboard-col-milestone = အဆင့်
dashboard-col-people = လူဦးရေ
dashboard-col-of-started = စတင်သူများအနက်
dashboard-col-lost = ယခင်အဆင့်မှ ထွက်သွားသူ
dashboard-col-language = ဘာသာစကား

# အစုလိုက်ပို့ခြင်း
dashboard-broadcast-unavailable = ပလက်ဖောင်း တစ်ခုမျှ သတ်မှတ်မထားသဖြင့် ဘာမှ မပို့နိုင်ပါ။ သတင်းကို ရေးပြီး အစမ်းကြည့်နိုင်ပါသေးသည်။
dashboard-compose-hint = သတင်းကို ဘာသာစကား တတ်နိုင်သမျှ များများဖြင့် ရေးပါ။ { $language } စာသားသည် မဖြစ်မနေ လိုအပ်သည်: မိမိဘာသာစကားဖြင့် စာသား မရှိသူများ ၎င်းကို ရရှိမည်။
dashboard-compose-link = သတင်းအောက်တွင် ခလုတ်အဖြစ် ပြမည့် လင့်ခ် (ရွေးချယ်နိုင်၊ https://)
dashboard-compose-audience = မည်သူ ရရှိမည် (သတင်းရယူရန် သဘောတူပြီး ဘော့ကို မပိတ်ထားသူများသာ)
dashboard-compose-preview = အစမ်းကြည့်ပြီး ရေတွက်ရန်
dashboard-audience-subscribers = သတင်းရယူသူ အားလုံး
dashboard-audience-signers = လက်မှတ်ထိုးသူများသာ
dashboard-audience-language = { $language } ဖြင့် ဖတ်သူများသာ
dashboard-broadcast-latest = နောက်ဆုံး အစုလိုက်ပို့မှုများ
dashboard-col-broadcast = ပို့မှု
dashboard-col-audience = လက်ခံသူ
dashboard-col-state = အခြေအနေ
dashboard-col-text = ရရှိမည့် စာသား
dashboard-no-language = ဘာသာစကား မရွေးရသေး
dashboard-preview-title = မပို့မီ စစ်ဆေးပါ
dashboard-plan-fallback = { $text } စာသား ({ $language } စာသား မရှိ)
dashboard-plan-totals = လက်ခံသူ: LINE တွင် { $line }၊ Telegram တွင် { $telegram }။
dashboard-plan-billable = ဤသတင်းအတွက် LINE သည် မက်ဆေ့ချ် { $count } စောင် ကောက်ခံမည်။
dashboard-plan-quota-left = ဤလတွင် ကျန်ရှိသော LINE မက်ဆေ့ချ်: { $left }။
dashboard-plan-quota-unknown = LINE ၏ လစဉ်ခွဲတမ်း ကန့်သတ်မထား သို့မဟုတ် မသိပါ။
dashboard-plan-cost = LINE မက်ဆေ့ချ်များ၏ ခန့်မှန်းကုန်ကျစရိတ်: { $cost } { $currency }။
dashboard-preview-line = LINE တွင် ပုံစံ
dashboard-preview-telegram = Telegram တွင် ပုံစံ
dashboard-send = ယခု လူ { $count } ဦးထံ ပို့ရန်
dashboard-change = သတင်းကို ပြင်ရန်
dashboard-job-title = အစုလိုက်ပို့မှု #{ $job }
dashboard-job-by = { $who } က { $audience } အတွက် စတင်ခဲ့သည်။
dashboard-progress = { $total } အနက် { $done } ပြီးဆုံး
dashboard-cancel = အစုလိုက်ပို့မှုကို ပယ်ဖျက်ရန်
dashboard-state-preparing = ပြင်ဆင်နေသည်
dashboard-state-sending = ပို့နေသည်
dashboard-state-done = ပြီးဆုံးပြီ
dashboard-state-cancelled = ပယ်ဖျက်ပြီး
dashboard-state-stopped = ရပ်တန့်ပြီး
dashboard-col-platform = ပလက်ဖောင်း
dashboard-report-sent = ပို့ပြီး
dashboard-report-uncertain = မသေချာ (နှစ်ကြိမ် ရောက်နိုင်)
dashboard-report-unreachable = မရောက်နိုင်
dashboard-report-failed = မအောင်မြင်
dashboard-report-pending = မပို့ရသေး
dashboard-report-inflight = လမ်းတွင်
dashboard-report-skipped = ကျော်ခဲ့သည်

# လက်မှတ်များ နှင့် မှတ်တမ်း
dashboard-export-intro = တရားဝင် လက်မှတ် { $total } ခု ရှိသည်။ အသနားခံစာ တင်သွင်းရန် ဒေါင်းလုဒ်လုပ်ပါ။
dashboard-export-format = ဖိုင်ပုံစံ
dashboard-format-csv = CSV (Excel တွင် ဖွင့်နိုင်)
dashboard-format-xlsx = Excel workbook (xlsx)
dashboard-export-button = လက်မှတ်များကို ဒေါင်းလုဒ်လုပ်ရန်
dashboard-export-care = ဖိုင်တွင် အမည်များ ပါဝင်သည်: လိုအပ်သည့်နေရာတွင်သာ သိမ်းပြီး အသနားခံစာ တင်ပြီးနောက် ဖျက်ပါ။ ဒေါင်းလုဒ်တိုင်းကို လုပ်ဆောင်ချက် မှတ်တမ်းတွင် ရေးမှတ်သည်။
dashboard-col-when = အချိန် (ဂျပန်စံတော်ချိန်)
dashboard-col-who = မည်သူ
dashboard-col-what = ဘာ
dashboard-col-count = မည်မျှ
dashboard-col-detail = အသေးစိတ်
dashboard-audit-empty = ဘာမှ မရှိသေးပါ။
