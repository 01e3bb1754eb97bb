# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Paylaş
keywords-share = paylaş, davet et
keywords-whoami = whoami, kimliğim
share-sign-first = İmzaladıktan sonra arkadaşlarını davet etmen için sana özel bir bağlantı alırsın: o bağlantıyla imzalayan herkes senin için sayılır. Şimdi imzalayabilir ya da kâğıt formu başkalarına iletebilirsin.
share-paper-too = ✉️ İkinci yol: ailen ve arkadaşların kâğıt formu da imzalayıp postayla gönderebilir.
share-next = Arkadaşlarını kendi bağlantınla davet et ya da kâğıt formu ilet:
whoami =
    { $platform } kimliğin:
    { $user_id }
    Buna yalnızca kampanya seni düzenleyici yaparsa ihtiyacın olur: onlara gönder.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Arkadaşlarını imzaya davet et
telegram-command-whoami = Telegram kimliğini göster
telegram-share-text = Mültecileri tehlikeye atan Japonya Göç Kontrol Yasası değişikliğine karşı dilekçeyi imzaladım. Sen de imzala:
# Shown before a person presses Start (at most 512 characters).
telegram-description = Bu bot, { $organizer } tarafından başlatılan Japonya Göç Kontrol Yasası değişikliğine karşı dilekçeyi sana getirir: değişikliğin mültecileri ve oturum izni olmayan insanları neden tehlikeye attığını oku ve birkaç dakikada imzala. Adın yalnızca dilekçenin muhataplarına iletilir.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Japonya Göç Kontrol Yasası değişikliğine karşı dilekçeyi oku ve imzala.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Arkadaşlarını davet et
