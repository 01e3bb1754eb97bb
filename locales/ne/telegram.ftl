# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = फेरि सुरु गर्नुहोस्
telegram-command-sign = याचिकामा हस्ताक्षर गर्नुहोस्
telegram-command-language = भाषा बदल्नुहोस्
telegram-command-status = हामीसँग भएको तपाईंको जानकारी हेर्नुहोस्
telegram-command-withdraw = आफ्नो हस्ताक्षर मेटाउनुहोस्
telegram-command-updates = अपडेट खोल्नुहोस् वा बन्द गर्नुहोस्
telegram-command-help = यहाँ के गर्न सकिन्छ
telegram-command-privacy = हामी तपाईंको जानकारी कसरी राख्छौं

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = नमस्ते! जापानको अध्यागमन नियन्त्रण ऐन संशोधनविरुद्ध { $organizer } को याचिकाका लागि म निजी च्याटमा मात्र हस्ताक्षर लिन्छु, ताकि कसैको नाम समूहमा नफैलियोस्। पढ्न र हस्ताक्षर गर्न तलको बटन थिच्नुहोस्।
telegram-group-button = निजी च्याट खोल्नुहोस्
