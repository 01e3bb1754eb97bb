# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = अपडेटको पाठ { $language } मा पठाउनुहोस्।
broadcast-ask-link = अपडेटमुनि बटनको रूपमा देखाउने लिंक (https://…) पठाउनुहोस्, वा "लिंक छैन" थिच्नुहोस्।
broadcast-bad-link = त्यो https:// लिंक होइन।
broadcast-ask-audience = कसलाई पठाउने? अपडेट लिन सहमत भएका र बट ब्लक नगरेका मानिसहरूलाई मात्र पुग्छ।
broadcast-preview = पूर्वावलोकन: हरेक भाषा, पाउनेहरूले देख्ने ठ्याक्कै त्यस्तै।
broadcast-text = { $text }
broadcast-progress = अपडेट #{ $job }: { $total } मध्ये { $done } पूरा भयो।
broadcast-report =
    अपडेट #{ $job } { $state ->
        [stopped] रोकियो: { $note }
        [cancelled] रद्द गरियो।
       *[done] पठाइसकियो।
    }
    पठाइएको: { $sent }, अनिश्चित (रिस्टार्टको बेला पठाउँदै थियो, दुई पटक पुगेको हुन सक्छ): { $uncertain }, पुग्न नसकिएको: { $unreachable }, असफल: { $failed }, नपठाइएको: { $skipped }।
broadcast-stopped = { $job ->
    [0] अहिले कुनै अपडेट पठाइँदै छैन।
   *[other] अपडेट #{ $job } रद्द गरियो।
}
stats-report = { $report }

button-no-link = लिंक छैन
button-audience-subscribers = सबै सदस्यहरू
button-audience-signers = हस्ताक्षरकर्ता मात्र
button-audience-language = { $language } मात्र
button-texts-done = अरू भाषा छैन
button-send = पठाउनुहोस्
button-stop-broadcast = पठाउन रोक्नुहोस्
