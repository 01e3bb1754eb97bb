# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    स्वागत छ! यो { $organizer } र साझेदार संस्थाहरू ({ $partners }) ले जापानको अध्यागमन नियन्त्रण ऐनको संशोधनविरुद्ध सुरु गरेको याचिका हो।

    अर्को भाषा प्रयोग गर्न “{ button-language }” थिच्नुहोस्।
