# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    ようこそ。これは 署名(しょめい)の チャットです。
    { $organizer } と なかまの 団体(だんたい)({ $partners })が 集(あつ)めています。
    入管法(にゅうかんほう)が 悪(わる)く 変(か)わることに 反対(はんたい)する 署名です。

    ほかの ことばに するときは「{ button-language }」を おしてください。
