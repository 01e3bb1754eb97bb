# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Maligayang pagdating! Ito ang petisyon ng { $organizer } at ng mga kaakibat na grupo ({ $partners }) laban sa pagbabago ng Immigration Control Act ng Japan.

    Para gumamit ng ibang wika, pindutin ang “{ button-language }”.
