# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    ようこそ。これは { $organizer } と賛同団体({ $partners })による、入管法改悪に反対する署名です。

    ほかの言語にするときは「{ button-language }」を押してください。
