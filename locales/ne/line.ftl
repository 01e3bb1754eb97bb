# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 याचिका: पढ्नुहोस् र हस्ताक्षर गर्नुहोस्
line-alt-concern = 5 समस्या: { $title }
line-alt-background = विधेयकको पृष्ठभूमि: जापानमा हिरासत
line-alt-paper = ✉️ कागजमा पनि हस्ताक्षर गर्न सकिन्छ: फारम र पठाउने ठेगाना
line-alt-share = साथीहरूलाई हस्ताक्षर गर्न बोलाउनुहोस्
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = LINE मा साथीहरूलाई याचिका पठाउनुहोस्। उनीहरूले यो खाता थपेर केही मिनेटमै हस्ताक्षर गर्न सक्छन्।
line-button-share = LINE मा सेयर
line-share-text = शरणार्थीलाई जोखिममा पार्ने जापानको अध्यागमन ऐन संशोधनविरुद्ध मैले हस्ताक्षर गरें। तपाईं पनि गर्नुहोस्: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = याचिका पढ्न र हस्ताक्षर गर्न, कृपया मसँग व्यक्तिगत (एक-से-एक) च्याटमा कुरा गर्नुहोस्।
line-group-pointer-link = याचिका पढ्न र हस्ताक्षर गर्न, कृपया मलाई साथी बनाएर व्यक्तिगत (एक-से-एक) च्याटमा कुरा गर्नुहोस्: { $link }
