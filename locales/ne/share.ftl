# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = सेयर गर्नुहोस्
keywords-share = सेयर, निम्तो
keywords-whoami = whoami, मेरो आईडी
share-sign-first = हस्ताक्षर गरेपछि तपाईंले साथीहरूलाई निम्तो दिने आफ्नै लिङ्क पाउनुहुन्छ: त्यो लिङ्कबाट हस्ताक्षर गर्ने हरेक व्यक्ति तपाईंको नाममा गनिन्छ। अहिले हस्ताक्षर गर्नुहोस्, वा कागजी फारम अरूलाई दिनुहोस्।
share-paper-too = ✉️ दोस्रो तरिका: परिवार र साथीहरूले कागजी फारममा पनि हस्ताक्षर गरेर हुलाकबाट पठाउन सक्नुहुन्छ।
share-next = आफ्नै लिङ्कबाट साथीहरूलाई निम्तो दिनुहोस्, वा कागजी फारम अरूलाई दिनुहोस्:
whoami =
    तपाईंको { $platform } आईडी:
    { $user_id }
    अभियानले तपाईंलाई आयोजक बनाउँदा मात्र यो चाहिन्छ: उहाँहरूलाई पठाउनुहोस्।
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = साथीहरूलाई हस्ताक्षरको निम्तो
telegram-command-whoami = आफ्नो Telegram आईडी हेर्नुहोस्
telegram-share-text = शरणार्थीहरूलाई खतरामा पार्ने जापानको अध्यागमन नियन्त्रण ऐन संशोधनविरुद्धको याचिकामा मैले हस्ताक्षर गरें। तपाईं पनि हस्ताक्षर गर्नुहोस्:
# Shown before a person presses Start (at most 512 characters).
telegram-description = यो बोटले { $organizer } को जापानको अध्यागमन नियन्त्रण ऐन संशोधनविरुद्धको याचिका तपाईंसम्म ल्याउँछ: यसले शरणार्थी र बसोबास अनुमति नभएका मानिसहरूलाई किन खतरामा पार्छ पढ्नुहोस्, र केही मिनेटमै हस्ताक्षर गर्नुहोस्। तपाईंको नाम याचिका प्राप्त गर्नेहरूलाई मात्र दिइन्छ।
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = जापानको अध्यागमन ऐन संशोधनविरुद्धको याचिका पढ्नुहोस् र हस्ताक्षर गर्नुहोस्।

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = साथीहरूलाई बोलाउनुहोस्
