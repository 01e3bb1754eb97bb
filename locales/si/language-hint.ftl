# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    ආයුබෝවන්! මෙය ජපානයේ ආගමන පාලන පනත සංශෝධනය කිරීමට එරෙහිව { $organizer } සහ හවුල්කාර සංවිධාන ({ $partners }) ඉදිරිපත් කරන පෙත්සමයි.

    වෙනත් භාෂාවක් භාවිත කිරීමට “{ button-language }” ඔබන්න.
