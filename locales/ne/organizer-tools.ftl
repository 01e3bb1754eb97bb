# ब्रोडकास्टको योजना र जाँच, तथा आयोजकका उपकरणका प्रतिवेदन।
plan-language = { $language }: { $total } प्रापक (LINE { $line }, Telegram { $telegram }), { $text } पाठ पाउनेछन्।
plan-language-fallback = { $language ->
    [none] भाषा नछानेका
   *[other] { $language }
    }: { $total } प्रापक (LINE { $line }, Telegram { $telegram }), आफ्नै पाठ नभएकाले { $text } पाठ पाउनेछन्।
plan-fallback-summary = { $languages } पढ्ने { $count } जनाले पूर्वनिर्धारित भाषा ({ $default }) को पाठ पाउनेछन्। उनीहरूलाई उनीहरूकै भाषामा पुग्न त्यो भाषाको पाठ थप्नुहोस्।
plan-totals = प्रापक: Telegram मा { $telegram }, LINE मा { $line }।
plan-line-billable = LINE ले { $count } सन्देशको शुल्क लिन्छ (LINE को प्रत्येक प्रापकका लागि एउटा, पाठ र तस्बिर मिलेर एउटा)।
plan-quota-unlimited = LINE को मासिक सन्देश कोटा असीमित छ वा थाहा छैन।
plan-quota-left = LINE कोटा: यो महिना { $left } सन्देश बाँकी।
plan-partial = आंशिक पठाइ छानियो: LINE का { $line } प्रापकमध्ये { $reachable } जनाले पाउनेछन्; बाँकीले पाउने छैनन्।
plan-cost = LINE को अनुमानित खर्च: { $count } सन्देशका लागि { $cost } { $currency } (campaign.toml को मूल्यअनुसार)।
plan-image = तस्बिरसहित ({ $kind }): Telegram मा फोटो, LINE मा तस्बिर सन्देश।

plan-unknown-language = "{ $language }" यो बोटको भाषा होइन। यीमध्ये एउटा प्रयोग गर्नुहोस्: { $known }।
plan-unknown-audience-language = lang:{ $language } लक्षित समूह यो बोटको भाषा होइन: कसैले पनि यो छानेको हुन सक्दैन।
plan-default-text-missing = पूर्वनिर्धारित भाषा ({ $language }) मा पाठ चाहिन्छ: आफ्नो भाषामा पाठ नभएका सबैले यही पाउँछन्। --text { $language }=... बाट थप्नुहोस्।
plan-empty-text = { $language } पाठ खाली छ। लेख्नुहोस्, वा त्यो भाषा हटाउनुहोस्।
plan-text-too-long = { $language } पाठ { $length } अक्षर लामो छ; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } ले { $limit } सम्म मात्र दिन्छ। कम्तीमा { $over } अक्षर छोट्याउनुहोस्।
plan-bad-link = लिङ्क https:// बाट सुरु हुनुपर्छ ({ $link })।
plan-no-recipients = यो कसैले पाउने छैन: "{ $audience }" लक्षित समूहमा कुनै प्रापक छैन। लक्षित समूह जाँच्नुहोस्।
plan-over-quota = यो महिना LINE ले अब { $left } सन्देश मात्र पठाउन सक्छ, तर लक्षित समूहमा LINE का { $line } प्रापक छन्। केही पठाइएन। लक्षित समूह साँघुरो पार्नुहोस्, प्लान बढाउनुहोस्, वा तीमध्ये { $left } जनासम्म पुग्न आंशिक पठाइ (--partial) छान्नुहोस्।
plan-image-kind = तस्बिर JPEG वा PNG फाइल हुनुपर्छ।
plan-image-too-big = तस्बिर { $size } बाइटको छ; बढीमा { $limit } बाइट मात्र मिल्छ।
plan-image-needs-public-url = LINE मा तस्बिर पठाउन बोटको सार्वजनिक HTTPS ठेगाना चाहिन्छ: PUBLIC_BASE_URL (https://...) सेट गर्नुहोस्।

broadcast-plan-confirm =
    { $plan }
    अहिले पठाउने?
broadcast-start-result = { $job ->
    [0] ब्रोडकास्ट उपलब्ध छैन: पठाउन कुनै प्लेटफर्म सेट गरिएको छैन।
    [-2] पठाइएन: { $problems } /broadcast बाट फेरि सुरु गर्नुहोस्।
   *[other] ब्रोडकास्ट #{ $job } पठाइँदैछ। प्रगति र प्रतिवेदन यहीँ आउनेछ।
    }

cli-preview = पूर्वावलोकन, प्रापकले देख्ने जस्तै:
cli-refused = केही पठाइएन, किनभने:
cli-dry-run-ok = परीक्षण: सबै जाँच पास भए; पठाउँदा अहिले सुरु हुन्थ्यो। केही पठाइएन।
cli-confirm = अहिले पठाउने? [y/N]
cli-confirm-at = { $at } का लागि तालिका बनाउने? [y/N]
cli-nothing-sent = केही पठाइएन।
cli-scheduled = ब्रोडकास्ट #{ $job } { $at } का लागि तालिकामा राखियो। त्यसबेला सर्भर प्रक्रिया (run_bot.py serve) ले पठाउँछ; broadcast --list मा हेर्नुहोस्, broadcast --cancel { $job } ले रद्द गर्नुहोस्।
cli-nothing-unfinished = कुनै ब्रोडकास्ट अधुरो छैन।
cli-job-report = ब्रोडकास्ट #{ $job } ({ $state ->
    [done] सकियो
    [stopped] रोकियो: { $note }
    [cancelled] रद्द गरियो
    [sending] अझै पठाइँदैछ
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } पठाइयो
    [uncertain] { $count } अनिश्चित (पुनः सुरु हुँदा बाटोमा थियो, सायद दुई पटक)
    [unreachable] { $count } पुग्न नसकिने (बोट ब्लक गरेका)
    [failed] { $count } असफल
    [pending] { $count } पठाइएन
    [inflight] { $count } बाटोमा
   *[other] { $count } { $state }
    }
cli-insight-none = LINE मा खोलिएको र क्लिक: यो ब्रोडकास्टका लागि गनिएको छैन।
cli-insight-pending = LINE मा खोलिएको र क्लिक: अझै प्रकाशित छैन (पर्याप्त मानिसले खोलेपछि, करिब एक दिनपछि LINE ले देखाउँछ)। पछि broadcast --report N बाट हेर्नुहोस्।
cli-insight = LINE: { $opened } जनाले सन्देश खोले, { $clicked } जनाले यसको लिङ्क खोले।
cli-no-jobs = तालिकामा वा पठाइँदै गरेको कुनै ब्रोडकास्ट छैन।
cli-cancel-none = ब्रोडकास्ट #{ $job } न तालिकामा छ न पठाइँदैछ: रद्द गर्ने केही छैन। broadcast --list हेर्नुहोस्।
cli-cancelled = ब्रोडकास्ट #{ $job } रद्द गरियो।
cli-no-such-job = ब्रोडकास्ट #{ $job } छैन। अहिलेसम्मका ब्रोडकास्ट run_bot.py audit मा हेर्नुहोस्।
cli-chart-written = चार्ट { $file } मा लेखियो
cli-export-written = { $count } हस्ताक्षर { $file } मा लेखियो
cli-audit-empty = अहिलेसम्म कुनै ब्रोडकास्ट वा निर्यात छैन।
cli-backup-written = ब्याकअप { $file } मा लेखियो ({ $signatures } हस्ताक्षर, { $people } जना)।
cli-purge-counted = { $day } (जापान समय) भन्दा अघि { $count } हस्ताक्षर गरिएका थिए। केही मेटाइएन।
cli-purge-confirm = { $day } भन्दा अघिका { $count } हस्ताक्षर मेटाउने? [y/N]
cli-purge-nothing = केही मेटाइएन।
cli-purge-abandoned = सुरु गरेर { $days } दिनसम्म छोडिएका { $count } हस्ताक्षर मेटाइए।
cli-purge-done = { $day } भन्दा अघिका { $count } हस्ताक्षर मेटाइए।
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE मा अहिलेसम्म: { $opened } जनाले सन्देश खोले, { $clicked } जनाले यसको लिङ्क खोले।
