# आयोजकहरूको ड्यासबोर्ड (/dashboard/ मुनिका पृष्ठहरू) र च्याटमा /dashboard को जवाफ।
dashboard-chat-link =
    आयोजकहरूको ड्यासबोर्डमा साइन इन गर्ने तपाईंको लिङ्क। यो एक पटक मात्र, १५ मिनेटसम्म चल्छ; कसैलाई नपठाउनुहोस्:
    { $link }
dashboard-name = निवेदन ड्यासबोर्ड
dashboard-language = भाषा:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (थाहा छैन)
dashboard-nav-overview = सारांश
dashboard-nav-funnel = कुराकानीको क्रम
dashboard-nav-broadcasts = सामूहिक सन्देश
dashboard-nav-signatures = हस्ताक्षरहरू
dashboard-nav-audit = कामको अभिलेख
dashboard-sign-out = साइन आउट

# साइन इन
dashboard-signin-title = साइन इन
dashboard-signin-how = साइन इन गर्न आयोजकको खाताबाट LINE वा Telegram मा बोटलाई /dashboard पठाउनुहोस्, वा सर्भरको व्यवस्थापकलाई यो आदेश चलाउन भन्नुहोस्। दुवै तरिकाले एक पटक मात्र, १५ मिनेटसम्म चल्ने लिङ्क पाइन्छ।
dashboard-signin-button = ड्यासबोर्डमा साइन इन गर्नुहोस्
dashboard-signin-used = यो साइन इन लिङ्क पहिले नै प्रयोग भइसक्यो। हरेक लिङ्क एक पटक मात्र चल्छ: नयाँ माग्नुहोस्।
dashboard-signin-expired = यो साइन इन लिङ्कको म्याद सकियो। नयाँ माग्नुहोस्।
dashboard-signin-unknown = यो साइन इन लिङ्क मान्य छैन। नयाँ माग्नुहोस्।
dashboard-signin-signedout = तपाईं साइन आउट हुनुभयो।

# सारांश
dashboard-goal = { $goal } को लक्ष्यमध्ये { $total } हस्ताक्षर
dashboard-goal-line = लक्ष्य: { $goal }
dashboard-tile-total = जम्मा हस्ताक्षर
dashboard-tile-today = आज (जापानको समय)
dashboard-tile-week = पछिल्ला ७ दिनमा
dashboard-tile-subscribers = खबर पाउनेहरू
dashboard-tile-unreachable = पुग्न नसकिने (बोट ब्लक गरेका)
dashboard-chart-total = अहिलेसम्मका हस्ताक्षर, लक्ष्यसँग
dashboard-chart-daily = दैनिक हस्ताक्षर
dashboard-by-platform = प्लेटफर्म अनुसार
dashboard-by-language = भाषा अनुसार
dashboard-by-prefecture = प्रिफेक्चर अनुसार
dashboard-prefecture-none = दिइएको छैन
dashboard-col-where = कहाँ
dashboard-col-signatures = हस्ताक्षर
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = कन्सोल

# क्रम
dashboard-funnel-intro = कुराकानीको हरेक चरणसम्म कति जना पुगे, र अघिल्लो चरणदेखि कति जना छुटे। संख्या मात्र राखिन्छ, को हो भनेर कहिल्यै राखिँदैन।
dashboard-funnel-started = कुराकानी सुरु गरे
dashboard-funnel-language = भाषा छाने
dashboard-funnel-concerns = चिन्ताहरू पढे
dashboard-funnel-agreed = हस्ताक्षर गर्न सहमत भए
dashboard-funnel-name = नाम लेखे
dashboard-funnel-signed = हस्ताक्षर गरे
dashboard-funnel-by-language = भाषा अनुसार
dashboard-col-milestone = चरण
dashboard-col-people = मानिस
dashboard-col-of-started = सुरु गर्नेहरूमध्ये
dashboard-col-lost = अघिल्लो चरणदेखि छुटेका
dashboard-col-language = भाषा

# सामूहिक सन्देश
dashboard-broadcast-unavailable = कुनै प्लेटफर्म मिलाइएको छैन, त्यसैले केही पठाउन सकिँदैन। तपाईं अझै खबर लेखेर पूर्वावलोकन गर्न सक्नुहुन्छ।
dashboard-compose-hint = सकेजति धेरै भाषामा खबर लेख्नुहोस्। { $language } को पाठ अनिवार्य छ: आफ्नो भाषाको पाठ नभएकाहरूले यही पाउँछन्।
dashboard-compose-link = खबरमुनि बटनका रूपमा देखिने लिङ्क (ऐच्छिक, https://)
dashboard-compose-audience = कसले पाउने (खबर पाउन सहमत भएका र बोट ब्लक नगरेकाहरू मात्र)
dashboard-compose-preview = पूर्वावलोकन र गन्ती
dashboard-audience-subscribers = खबर पाउने सबै
dashboard-audience-signers = हस्ताक्षर गर्नेहरू मात्र
dashboard-audience-language = { $language } मा पढ्नेहरू मात्र
dashboard-broadcast-latest = हालैका सामूहिक सन्देश
dashboard-col-broadcast = सन्देश
dashboard-col-audience = पाउनेहरू
dashboard-col-state = अवस्था
dashboard-col-text = उनीहरूले पाउने पाठ
dashboard-no-language = भाषा नछानेका
dashboard-preview-title = पठाउनुअघि जाँच्नुहोस्
dashboard-plan-fallback = { $text } को पाठ ({ $language } को पाठ छैन)
dashboard-plan-totals = पाउनेहरू: LINE मा { $line }, Telegram मा { $telegram }।
dashboard-plan-billable = यो खबरका लागि LINE ले { $count } सन्देशको शुल्क लिन्छ।
dashboard-plan-quota-left = यो महिना बाँकी LINE सन्देश: { $left }।
dashboard-plan-quota-unknown = LINE को मासिक कोटा सीमित छैन वा थाहा छैन।
dashboard-plan-cost = LINE सन्देशहरूको अनुमानित खर्च: { $cost } { $currency }।
dashboard-preview-line = LINE मा जस्तो
dashboard-preview-telegram = Telegram मा जस्तो
dashboard-send = अहिले { $count } जनालाई पठाउनुहोस्
dashboard-change = खबर बदल्नुहोस्
dashboard-job-title = सामूहिक सन्देश #{ $job }
dashboard-job-by = { $who } ले { $audience } का लागि सुरु गर्नुभयो।
dashboard-progress = { $total } मध्ये { $done } सम्पन्न
dashboard-cancel = सामूहिक सन्देश रद्द गर्नुहोस्
dashboard-state-preparing = तयार हुँदै
dashboard-state-sending = पठाउँदै
dashboard-state-done = सकियो
dashboard-state-cancelled = रद्द भयो
dashboard-state-stopped = रोकियो
dashboard-col-platform = प्लेटफर्म
dashboard-report-sent = पठाइयो
dashboard-report-uncertain = निश्चित छैन (सायद दुई पटक)
dashboard-report-unreachable = पुग्न सकिएन
dashboard-report-failed = असफल
dashboard-report-pending = अझै पठाइएको छैन
dashboard-report-inflight = बाटोमा
dashboard-report-skipped = छोडियो

# हस्ताक्षर र अभिलेख
dashboard-export-intro = अहिले { $total } मान्य हस्ताक्षर छन्। निवेदन बुझाउन डाउनलोड गर्नुहोस्।
dashboard-export-format = फाइलको ढाँचा
dashboard-format-csv = CSV (Excel मा खुल्छ)
dashboard-format-xlsx = Excel वर्कबुक (xlsx)
dashboard-export-button = हस्ताक्षरहरू डाउनलोड गर्नुहोस्
dashboard-export-care = फाइलमा नामहरू छन्: आवश्यक ठाउँमा मात्र राख्नुहोस्, र निवेदन बुझाएपछि मेटाउनुहोस्। हरेक डाउनलोड कामको अभिलेखमा लेखिन्छ।
dashboard-col-when = कहिले (जापानको समय)
dashboard-col-who = को
dashboard-col-what = के
dashboard-col-count = कति
dashboard-col-detail = विवरण
dashboard-audit-empty = अहिलेसम्म केही छैन।
