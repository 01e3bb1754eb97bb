nudge = Silakan pilih salah satu tombol di bawah (atau ketik bantuan).
keywords-cancel = batal, berhenti
cancelled = Baik, saya berhenti di sini dan tidak menyimpan apa pun. Apa yang ingin Anda lakukan?
keywords-intent-thanks = terima kasih, makasih, trims
keywords-intent-hello = halo, hai, selamat pagi, selamat malam
keywords-intent-share = sebarkan
keywords-intent-help = bagaimana cara kerjanya, apa ini
reply-thanks = Terima kasih atas dukungan Anda!
reply-hello = Halo! Senang Anda di sini.
name-why = Nama Anda adalah tanda tangan Anda: nama itu ditambahkan ke petisi ini untuk { $addressees }. { $organizer } dan kelompok mitra menghitung tanda tangan, dan tidak ada orang lain yang melihatnya. Lihat /privacy untuk selengkapnya.
help-line =
    Anda dapat mengetik kata-kata ini, atau memakai tombol, kapan saja:
    • "tanda tangan" – menandatangani petisi
    • "status" – melihat data Anda
    • "tarik" – menghapus tanda tangan
    • "kabar" – menyalakan atau mematikan kabar
    • "bahasa" – mengganti bahasa
    • "privasi" – cara kami menangani data
    • "formulir kertas" – menandatangani di kertas
    • "menu" – menu utama
    • "bagikan" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "batal" – berhenti menandatangani
    • "bantuan" – daftar ini
button-first-languages = Bahasa pertama
translation-unreviewed = Catatan: terjemahan ini belum diperiksa oleh penutur asli. Teks bahasa Jepang dan Inggris adalah acuannya.
button-more-background = Latar belakang lain
background-more =
    Lebih lanjut dari halaman petisi

    • RUU ini hampir sama dengan RUU yang dibatalkan pada 2021.
    • Badan Imigrasi menolak membuka video hari-hari terakhir Ibu Wishma, dan masih menyembunyikan kebenaran.
    • Isolasionisme pengungsi: pengungsi dari Ukraina pun tidak diakui sebagai pengungsi, sementara pencari suaka dari Myanmar, Afganistan, dan negara lain ditinggalkan tanpa dukungan itu.
    • Badan Imigrasi menyebut orang yang tidak bisa pulang "penghindar deportasi": menurut RUU ini mereka bisa dideportasi atau bahkan dihukum.
    • Petisi ini meminta masyarakat yang melindungi nyawa dan hak setiap orang yang tinggal di sini, di mana sungguh tidak ada yang ditinggalkan.
telegram-command-menu = Menu utama
telegram-command-paper = Tanda tangan di kertas
telegram-command-cancel = Berhenti menandatangani
# The language's name where space is short (an organizer's audience button).
language-short-name = Indonesia
help-whoami = lihat ID Anda sendiri
