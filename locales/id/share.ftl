# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Bagikan
keywords-share = bagikan, undang
keywords-whoami = whoami, id saya
share-sign-first = Setelah menandatangani, Anda mendapat tautan sendiri untuk mengundang teman: setiap orang yang menandatangani lewat tautan itu dihitung untuk Anda. Anda bisa menandatangani sekarang, atau meneruskan formulir kertas.
share-paper-too = ✉️ Cara kedua: keluarga dan teman juga bisa menandatangani formulir kertas dan mengirimkannya lewat pos.
share-next = Undang teman dengan tautan Anda sendiri, atau teruskan formulir kertas:
whoami =
    ID { $platform } Anda adalah:
    { $user_id }
    Anda hanya memerlukannya jika kampanye menjadikan Anda penyelenggara: kirimkan kepada mereka.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Ajak teman menandatangani
telegram-command-whoami = Lihat ID Telegram Anda
telegram-share-text = Saya sudah menandatangani petisi menentang revisi Undang-Undang Kontrol Imigrasi Jepang, yang membahayakan pengungsi. Ayo ikut menandatangani:
# Shown before a person presses Start (at most 512 characters).
telegram-description = Bot ini membawakan petisi { $organizer } menentang revisi Undang-Undang Kontrol Imigrasi Jepang: baca mengapa revisi ini membahayakan pengungsi dan orang tanpa status izin tinggal, lalu tandatangani dalam beberapa menit. Nama Anda hanya diserahkan kepada penerima petisi.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Baca dan tandatangani petisi menentang revisi UU Kontrol Imigrasi Jepang.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Ajak teman
