# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    歡迎!這是由 { $organizer } 和合作團體({ $partners })發起的請願,反對日本《出入國管理及難民認定法》(入管法)的修改。

    如需使用其他語言,請點“{ button-language }”。
