# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    欢迎!这是由 { $organizer } 和合作团体({ $partners })发起的请愿,反对日本《出入国管理及难民认定法》(入管法)的修改。

    如需使用其他语言,请点“{ button-language }”。
