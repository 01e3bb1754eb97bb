# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    ကြိုဆိုပါသည်! ဤသည်မှာ ဂျပန်နိုင်ငံ၏ လူဝင်မှုကြီးကြပ်ရေး ဥပဒေ ပြင်ဆင်ချက်ကို ကန့်ကွက်သည့် { $organizer } နှင့် မိတ်ဖက်အဖွဲ့များ ({ $partners }) ၏ လက်မှတ်ထိုး တောင်းဆိုလွှာ ဖြစ်ပါသည်။

    အခြား ဘာသာစကား သုံးလိုပါက “{ button-language }” ကို နှိပ်ပါ။
