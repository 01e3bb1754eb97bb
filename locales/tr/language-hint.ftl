# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Hoş geldiniz! Bu, { $organizer } ve ortak grupların ({ $partners }) Japonya'nın Göç Kontrol Yasası'nda yapılmak istenen değişikliğe karşı başlattığı bir dilekçedir.

    Başka bir dil kullanmak için “{ button-language }” düğmesine basın.
