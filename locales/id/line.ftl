# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 Petisi: baca dan tanda tangani
line-alt-concern = 5 masalah: { $title }
line-alt-background = Di balik RUU: penahanan imigrasi di Jepang
line-alt-paper = ✉️ Tanda tangani juga di kertas: formulir dan alamat pengirimannya
line-alt-share = Ajak teman menandatangani petisi
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Kirim petisi ini ke teman-temanmu di LINE. Mereka bisa menambahkan akun ini dan menandatanganinya dalam beberapa menit.
line-button-share = Bagikan di LINE
line-share-text = Saya menandatangani petisi menolak revisi UU Pengendalian Imigrasi Jepang, yang membahayakan pengungsi. Ayo ikut tanda tangan: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = Untuk membaca dan menandatangani petisi, silakan chat saya secara pribadi.
line-group-pointer-link = Untuk membaca dan menandatangani petisi, tambahkan saya sebagai teman dan chat saya secara pribadi: { $link }
