# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = သတင်းစာသားကို { $language } ဖြင့် ပို့ပါ။
broadcast-ask-link = သတင်းအောက်တွင် ခလုတ်အဖြစ် ပြမည့် လင့်ခ် (https://…) ကို ပို့ပါ၊ သို့မဟုတ် "လင့်ခ်မပါ" ကို နှိပ်ပါ။
broadcast-bad-link = ၎င်းသည် https:// လင့်ခ် မဟုတ်ပါ။
broadcast-ask-audience = မည်သူ့ထံ ပို့မည်နည်း။ သတင်းရယူရန် သဘောတူပြီး ဘော့ကို ပိတ်မထားသူများထံသာ ရောက်ပါမည်။
broadcast-preview = အစမ်းကြည့်ရန်: ဘာသာစကားတိုင်း လက်ခံသူများ မြင်ရမည့်အတိုင်း ဖြစ်သည်။
broadcast-text = { $text }
broadcast-progress = သတင်း #{ $job }: { $total } အနက် { $done } ပြီးပါပြီ။
broadcast-report =
    သတင်း #{ $job } { $state ->
        [stopped] ရပ်သွားသည်: { $note }
        [cancelled] ကို ပယ်ဖျက်လိုက်သည်။
       *[done] ပို့ပြီးပါပြီ။
    }
    ပို့ပြီး: { $sent }၊ မသေချာ (ပြန်စချိန်တွင် ပို့နေဆဲ၊ နှစ်ကြိမ်ရောက်နိုင်): { $uncertain }၊ မရောက်နိုင်: { $unreachable }၊ မအောင်မြင်: { $failed }၊ မပို့ရသေး: { $skipped }။
broadcast-stopped = { $job ->
    [0] ပို့နေသော သတင်း မရှိပါ။
   *[other] သတင်း #{ $job } ကို ပယ်ဖျက်လိုက်ပါပြီ။
}
stats-report = { $report }

button-no-link = လင့်ခ်မပါ
button-audience-subscribers = သတင်းယူသူ အားလုံး
button-audience-signers = ထိုးပြီးသူများသာ
button-audience-language = { $language } သာ
button-texts-done = အခြားဘာသာ မရှိ
button-send = ပို့ရန်
button-stop-broadcast = ပို့ခြင်း ရပ်ရန်
