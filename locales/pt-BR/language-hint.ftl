# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Bem-vindo! Esta é a petição da { $organizer } e de grupos parceiros ({ $partners }) contra a reforma da Lei de Controle de Imigração do Japão.

    Para usar outro idioma, toque em “{ button-language }”.
