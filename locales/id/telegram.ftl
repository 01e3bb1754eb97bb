# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Mulai lagi
telegram-command-sign = Tanda tangani petisi
telegram-command-language = Ganti bahasa
telegram-command-status = Lihat data kamu yang kami simpan
telegram-command-withdraw = Hapus tanda tanganmu
telegram-command-updates = Nyalakan atau matikan kabar
telegram-command-help = Apa yang bisa kamu lakukan di sini
telegram-command-privacy = Cara kami menangani datamu

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Halo! Saya hanya menerima tanda tangan untuk petisi { $organizer } yang menolak revisi UU Pengendalian Imigrasi Jepang lewat chat pribadi, supaya nama siapa pun tidak tersebar di grup. Ketuk tombol di bawah untuk membaca dan menandatangani.
telegram-group-button = Buka chat pribadi
