welcome =
    Selamat datang! Ini adalah petisi dari { $organizer } dan kelompok mitra ({ $partners }) yang menolak revisi Undang-Undang Pengendalian Imigrasi Jepang.

    Bahasa apa yang ingin kamu gunakan?
welcome-back = Selamat datang kembali, dan terima kasih sudah menandatangani.
welcome-continue = Selamat datang kembali! Ini tempat kamu berhenti.
language-prompt = Bahasa apa yang ingin kamu gunakan?
language-set = Baik, mulai sekarang saya akan menulis dalam bahasa Indonesia.

petition =
    📝 Petisi

    Kami menolak revisi Undang-Undang Pengendalian Imigrasi. Revisi ini akan menindas pengungsi dan membahayakan nyawa orang-orang yang tidak punya status tinggal. Kami meminta RUU ini dihentikan, dan meminta reformasi yang melindungi nyawa dan hak semua orang yang tinggal di Jepang.

    Ditujukan kepada: { $addressees }.

    RUU ini punya lima masalah. Baca satu per satu, atau tanda tangani sekarang.

concern-1 =
    { $position }/{ $total } Mendeportasi pencari suaka

    Jepang mengakui sangat sedikit pengungsi. RUU ini akan membolehkan negara mendeportasi orang yang sedang mengajukan status pengungsi, tanpa terlebih dahulu memperbaiki angka pengakuan yang rendah itu.
concern-2 =
    { $position }/{ $total } Menghukum orang yang tidak bisa pulang

    Pengungsi dan orang lain yang punya alasan tidak bisa kembali ke negaranya akan diperintahkan pergi, dan dihukum jika tidak menurut.
concern-3 =
    { $position }/{ $total } Penahanan tanpa akhir

    Orang asing tanpa status tinggal tetap bisa ditahan tanpa batas waktu atau selama bertahun-tahun. RUU ini mempertahankan sistem itu.
concern-4 =
    { $position }/{ $total } Diawasi, tapi tidak dibantu

    Sistem "pengawasan" yang baru akan memperketat pengawasan terhadap orang yang dilepas dari tahanan. Orang yang dilarang bekerja tidak akan mendapat bantuan apa pun untuk hidup.
concern-5 =
    { $position }/{ $total } Makin kecil peluang untuk tinggal

    Izin tinggal khusus adalah jalan bagi orang tanpa status, seperti anak-anak yang dibesarkan di Jepang, untuk diizinkan tetap tinggal. RUU ini akan memberikannya dalam lebih sedikit kasus.

background =
    Di balik RUU: penahanan imigrasi di Jepang

    • Ibu Wishma Sandamali meninggal pada 2021 dalam tahanan Kantor Imigrasi Nagoya. Kritik atas perlakuan terhadapnya membuat RUU tahun 2021 dibatalkan.
    • Seorang pria asal Kamerun meninggal di pusat penahanan imigrasi di Ushiku pada 30 Maret 2014, setelah keluhan kesakitannya diabaikan. Keluarganya menggugat dan menang sebagian.
    • Bapak Deniz menggugat ke pengadilan setelah dipukuli sekelompok petugas di tahanan.
    • Orang yang berstatus pembebasan sementara (仮放免) tidak boleh bekerja dan tidak mendapat bantuan sosial maupun asuransi kesehatan, bahkan saat sakit parah. PBB telah meminta agar hal ini diubah.
    • Anak-anak yang datang ke Jepang saat masih kecil, atau lahir di sini, bersekolah dan tumbuh tanpa status tinggal, dan hidup dalam ketakutan akan dikirim ke negara yang tidak mereka kenal.

menu = Apa yang ingin kamu lakukan?
help =
    Kamu bisa memakai ini kapan saja:
    /start – mulai lagi
    /sign – tanda tangani petisi
    /status – lihat data kamu yang kami simpan
    /withdraw – hapus tanda tanganmu
    /updates – nyalakan atau matikan kabar terbaru
    /language – ganti bahasa
    /privacy – cara kami menangani datamu
    /menu – Menu utama
    /paper – Tanda tangan di kertas
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – Berhenti menandatangani
    /help – daftar ini
not-understood = Maaf, saya tidak mengerti.
old-button = Tombol itu dari langkah sebelumnya.
media-not-understood = Terima kasih! Tapi saya hanya bisa membaca teks dan tombol.
unknown-command = Saya tidak kenal perintah itu. Ketik /help untuk melihat daftarnya.
use-buttons = Silakan jawab dengan tombol (atau ketik ya atau tidak).

# The button under a broadcast update that carries a link.
broadcast-link = Buka tautan
slow-down = Kamu mengirim pesan terlalu cepat. Tunggu sebentar sebelum melanjutkan.
storage-unavailable = Maaf, saat ini saya tidak bisa menyimpan apa pun, jadi tidak ada yang tercatat. Silakan coba lagi nanti.
