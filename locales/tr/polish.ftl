nudge = Lütfen aşağıdaki düğmelerden birini seçin (ya da yardım yazın).
keywords-cancel = iptal, vazgeç, dur
cancelled = Tamam, burada durdum ve hiçbir şey saklamadım. Ne yapmak istersiniz?
keywords-intent-thanks = teşekkürler, teşekkür ederim, sağ olun, sağol
keywords-intent-hello = merhaba, selam, günaydın, iyi akşamlar
keywords-intent-share = paylaşmak, yaymak
keywords-intent-help = nasıl çalışıyor, bu ne
reply-thanks = Desteğiniz için teşekkür ederiz!
reply-hello = Merhaba! Burada olmanıza sevindik.
name-why = Adınız imzanızdır: { $addressees } makamlarına yönelik bu dilekçeye eklenir. { $organizer } ve ortak kuruluşlar imzaları sayar, başka kimse görmez. Daha fazlası için /privacy yazın.
help-line =
    Bu kelimeleri istediğiniz zaman yazabilir ya da düğmeleri kullanabilirsiniz:
    • "imzala" – dilekçeyi imzalayın
    • "imzam" – hakkınızda tuttuklarımızı görün
    • "geri çek" – imzanızı silin
    • "haberler" – haberleri açın ya da kapatın
    • "dil" – dili değiştirin
    • "gizlilik" – verilerinizi nasıl işlediğimiz
    • "kâğıt form" – kâğıtla imzalayın
    • "menü" – ana menü
    • "paylaş" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "iptal" – imzalamayı bırakın
    • "yardım" – bu liste
button-first-languages = İlk diller
translation-unreviewed = Not: bu çeviri henüz anadili bu dil olan biri tarafından kontrol edilmedi. Esas alınan metinler Japonca ve İngilizce olanlardır.
button-more-background = Daha fazla arka plan
background-more =
    Dilekçe sayfasından daha fazlası

    • Tasarı, 2021'de geri çekilen tasarıyla neredeyse aynıdır.
    • Göç İdaresi, Bayan Wishma'nın son günlerinin videosunu açıklamayı reddetti ve hâlâ gerçeği gizliyor.
    • Mülteci yalnızcılığı: Ukrayna'dan gelenler bile mülteci olarak tanınmadı; Myanmar, Afganistan ve başka ülkelerden sığınmacılar ise bu destekten yoksun bırakılıyor.
    • İdare geri dönemeyenleri "sınır dışı edilmekten kaçanlar" diye adlandırıyor: tasarıyla bu kişiler sınır dışı edilebilir, hatta cezalandırılabilir.
    • Dilekçe, burada yaşayan herkesin yaşamının ve haklarının güvence altında olduğu, gerçekten "kimsenin geride bırakılmadığı" bir toplum istiyor.
telegram-command-menu = Ana menü
telegram-command-paper = Kâğıtla imzalayın
telegram-command-cancel = İmzalamayı bırakın
# The language's name where space is short (an organizer's audience button).
language-short-name = Türkçe
help-whoami = kendi kimliğini (ID) gör
