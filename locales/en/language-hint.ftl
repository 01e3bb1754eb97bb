# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Welcome! This is the petition by { $organizer } and partner groups ({ $partners }) against the revision of Japan's Immigration Control Act.

    To use another language, press “{ button-language }”.
