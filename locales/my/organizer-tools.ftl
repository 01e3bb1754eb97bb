# အစုလိုက်ပို့ခြင်း အစီအစဉ်နှင့် စစ်ဆေးခြင်း၊ စီစဉ်သူ ကိရိယာများ၏ အစီရင်ခံစာများ။
plan-language = { $language }: လက်ခံသူ { $total } ဦး (LINE { $line }၊ Telegram { $telegram })၊ { $text } စာသားကို ရမည်။
plan-language-fallback = { $language ->
    [none] ဘာသာစကား မရွေးရသေးသူ
   *[other] { $language }
    }: လက်ခံသူ { $total } ဦး (LINE { $line }၊ Telegram { $telegram })၊ ကိုယ်ပိုင်စာသား မရှိ၍ { $text } စာသားကို ရမည်။
plan-fallback-summary = { $languages } ဖတ်သူ { $count } ဦးသည် မူလဘာသာ ({ $default }) စာသားကို ရမည်။ သူတို့ဘာသာဖြင့် ရောက်စေရန် ထိုဘာသာ စာသားကို ထည့်ပါ။
plan-totals = လက်ခံသူ: Telegram တွင် { $telegram }၊ LINE တွင် { $line }။
plan-line-billable = LINE က မက်ဆေ့ချ် { $count } စောင် ငွေတောင်းမည် (LINE လက်ခံသူ တစ်ဦးလျှင် တစ်စောင်၊ စာသားနှင့် ပုံ ပေါင်း တစ်စောင်)။
plan-quota-unlimited = LINE ၏ လစဉ် မက်ဆေ့ချ် ကိုတာ ကန့်သတ်ချက် မရှိ သို့မဟုတ် မသိရ။
plan-quota-left = LINE ကိုတာ: ဤလတွင် မက်ဆေ့ချ် { $left } စောင် ကျန်သည်။
plan-partial = တစ်စိတ်တစ်ပိုင်း ပို့ရန် ရွေးထားသည်: LINE လက်ခံသူ { $line } ဦးအနက် { $reachable } ဦး ရမည်၊ ကျန်သူများ မရ။
plan-cost = LINE ခန့်မှန်းကုန်ကျစရိတ်: မက်ဆေ့ချ် { $count } စောင်အတွက် { $cost } { $currency } (campaign.toml ပါ ဈေးနှုန်းအတိုင်း)။
plan-image = ပုံပါ ({ $kind }): Telegram တွင် ဓာတ်ပုံ၊ LINE တွင် ပုံမက်ဆေ့ချ်။

plan-unknown-language = "{ $language }" သည် ဤဘော့၏ ဘာသာစကား မဟုတ်ပါ။ အောက်ပါတို့မှ တစ်ခုကို သုံးပါ: { $known }။
plan-unknown-audience-language = lang:{ $language } ပစ်မှတ်သည် ဤဘော့၏ ဘာသာစကား မဟုတ်ပါ: မည်သူမျှ ရွေးထားနိုင်မည် မဟုတ်ပါ။
plan-default-text-missing = မူလဘာသာ ({ $language }) စာသား လိုအပ်သည်: ကိုယ့်ဘာသာ စာသားမရှိသူ အားလုံး ၎င်းကို ရမည်။ --text { $language }=... ဖြင့် ထည့်ပါ။
plan-empty-text = { $language } စာသား ဗလာဖြစ်နေသည်။ ရေးပါ သို့မဟုတ် ထိုဘာသာကို ဖယ်ပါ။
plan-text-too-long = { $language } စာသားသည် စာလုံး { $length } လုံး ရှည်သည်; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } က { $limit } လုံးသာ ခွင့်ပြုသည်။ အနည်းဆုံး { $over } လုံး တိုအောင် လုပ်ပါ။
plan-bad-link = လင့်ခ်သည် https:// ဖြင့် စရမည် ({ $link })။
plan-no-recipients = မည်သူမျှ မရပါ: "{ $audience }" ပစ်မှတ်တွင် လက်ခံသူ မရှိပါ။ ပစ်မှတ်ကို စစ်ပါ။
plan-over-quota = ဤလ LINE က မက်ဆေ့ချ် { $left } စောင်သာ ထပ်ပို့နိုင်သော်လည်း ပစ်မှတ်တွင် LINE လက်ခံသူ { $line } ဦး ရှိသည်။ ဘာမှ မပို့ရသေးပါ။ ပစ်မှတ်ကို ကျဉ်းပါ၊ အစီအစဉ်ကို မြှင့်ပါ၊ သို့မဟုတ် သူတို့အနက် { $left } ဦးထံ ရောက်ရန် တစ်စိတ်တစ်ပိုင်း ပို့ခြင်း (--partial) ကို ရွေးပါ။
plan-image-kind = ပုံသည် JPEG သို့မဟုတ် PNG ဖိုင် ဖြစ်ရမည်။
plan-image-too-big = ပုံသည် { $size } ဘိုက် ရှိသည်; အများဆုံး { $limit } ဘိုက်သာ ခွင့်ပြုသည်။
plan-image-needs-public-url = LINE တွင် ပုံပို့ရန် ဘော့၏ အများသုံး HTTPS လိပ်စာ လိုသည်: PUBLIC_BASE_URL (https://...) ကို သတ်မှတ်ပါ။

broadcast-plan-confirm =
    { $plan }
    ယခု ပို့မလား။
broadcast-start-result = { $job ->
    [0] အစုလိုက်ပို့ခြင်း မရနိုင်ပါ: ပို့နိုင်သော ပလက်ဖောင်း သတ်မှတ်မထားပါ။
    [-2] မပို့ရသေးပါ: { $problems } /broadcast ဖြင့် ပြန်စပါ။
   *[other] အစုလိုက်ပို့ခြင်း #{ $job } ကို ပို့နေသည်။ တိုးတက်မှုနှင့် အစီရင်ခံစာ ဤနေရာသို့ လာမည်။
    }

cli-preview = အစမ်းကြည့်ရှုခြင်း၊ လက်ခံသူများ မြင်ရမည့်အတိုင်း:
cli-refused = ဘာမှ မပို့ရသေးပါ၊ အကြောင်းမှာ:
cli-dry-run-ok = စမ်းသပ်မှု: စစ်ဆေးမှု အားလုံး အောင်သည်၊ တကယ်ပို့လျှင် ယခု စမည်။ ဘာမှ မပို့ရသေးပါ။
cli-confirm = ယခု ပို့မလား။ [y/N]
cli-confirm-at = { $at } တွင် ပို့ရန် စီစဉ်မလား။ [y/N]
cli-nothing-sent = ဘာမှ မပို့ရသေးပါ။
cli-scheduled = အစုလိုက်ပို့ခြင်း #{ $job } ကို { $at } တွင် ပို့ရန် စီစဉ်ထားသည်။ ထိုအချိန်တွင် ဆာဗာလုပ်ငန်းစဉ် (run_bot.py serve) က ပို့မည်; broadcast --list ဖြင့် ကြည့်ပါ၊ broadcast --cancel { $job } ဖြင့် ပယ်ဖျက်ပါ။
cli-nothing-unfinished = မပြီးသေးသော အစုလိုက်ပို့ခြင်း မရှိပါ။
cli-job-report = အစုလိုက်ပို့ခြင်း #{ $job } ({ $state ->
    [done] ပြီးပြီ
    [stopped] ရပ်သွားသည်: { $note }
    [cancelled] ပယ်ဖျက်ပြီး
    [sending] ပို့နေဆဲ
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] ပို့ပြီး { $count }
    [uncertain] မသေချာ { $count } (ပြန်စချိန်တွင် လမ်းတွင်ရှိ၊ နှစ်ကြိမ် ရနိုင်)
    [unreachable] မရောက်နိုင် { $count } (ဘော့ကို ပိတ်ထား)
    [failed] မအောင်မြင် { $count }
    [pending] မပို့ရသေး { $count }
    [inflight] လမ်းတွင် { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE ဖွင့်ကြည့်မှုနှင့် နှိပ်မှု: ဤပို့ခြင်းအတွက် မရေတွက်ပါ။
cli-insight-pending = LINE ဖွင့်ကြည့်မှုနှင့် နှိပ်မှု: မထုတ်ပြန်ရသေးပါ (လူအလုံအလောက် ဖွင့်ပြီးနောက် တစ်ရက်ခန့်အကြာတွင် LINE က ပြသည်)။ နောက်မှ broadcast --report N ဖြင့် ကြည့်ပါ။
cli-insight = LINE: { $opened } ဦး မက်ဆေ့ချ်ကို ဖွင့်ကြည့်ခဲ့ပြီး { $clicked } ဦး ၎င်း၏ လင့်ခ်ကို ဖွင့်ခဲ့သည်။
cli-no-jobs = စီစဉ်ထားသော သို့မဟုတ် ပို့နေသော အစုလိုက်ပို့ခြင်း မရှိပါ။
cli-cancel-none = အစုလိုက်ပို့ခြင်း #{ $job } သည် စီစဉ်ထားခြင်း သို့မဟုတ် ပို့နေခြင်း မဟုတ်ပါ: ပယ်ဖျက်စရာ မရှိပါ။ broadcast --list ကို ကြည့်ပါ။
cli-cancelled = အစုလိုက်ပို့ခြင်း #{ $job } ကို ပယ်ဖျက်ပြီးပါပြီ။
cli-no-such-job = အစုလိုက်ပို့ခြင်း #{ $job } မရှိပါ။ ယခုထိ ပို့ခဲ့သည်များကို run_bot.py audit ဖြင့် ကြည့်ပါ။
cli-chart-written = ဇယားကို { $file } သို့ ရေးပြီး
cli-export-written = လက်မှတ် { $count } ခုကို { $file } သို့ ရေးပြီး
cli-audit-empty = အစုလိုက်ပို့ခြင်း သို့မဟုတ် ထုတ်ယူခြင်း မရှိသေးပါ။
cli-backup-written = အရန်ကို { $file } သို့ ရေးပြီး (လက်မှတ် { $signatures } ခု၊ လူ { $people } ဦး)။
cli-purge-counted = { $day } (ဂျပန်အချိန်) မတိုင်မီ လက်မှတ် { $count } ခု ထိုးခဲ့သည်။ ဘာမှ မဖျက်ရသေးပါ။
cli-purge-confirm = { $day } မတိုင်မီ ထိုးခဲ့သော လက်မှတ် { $count } ခုကို ဖျက်မလား။ [y/N]
cli-purge-nothing = ဘာမှ မဖျက်ရသေးပါ။
cli-purge-abandoned = စတင်ပြီး { $days } ရက် ပစ်ထားသော လက်မှတ် { $count } ခုကို ဖျက်ပြီးပါပြီ။
cli-purge-done = { $day } မတိုင်မီ ထိုးခဲ့သော လက်မှတ် { $count } ခုကို ဖျက်ပြီးပါပြီ။
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE တွင် ယခုအထိ: { $opened } ဦး မက်ဆေ့ချ်ကို ဖွင့်ကြည့်ခဲ့ပြီး { $clicked } ဦး ၎င်း၏ လင့်ခ်ကို ဖွင့်ခဲ့သည်။
