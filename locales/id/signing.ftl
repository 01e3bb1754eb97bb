privacy =
    🔒 Cara kami menangani tanda tanganmu
    • Yang kami kumpulkan: namamu, dan jika kamu mau, prefektur tempat tinggalmu (atau "Luar Jepang"). Tidak ada yang lain. Kami menyimpan ID akun chat-mu bersamanya, supaya kamu bisa melihat atau menghapus tanda tanganmu.
    • Mengapa: namamu menjadi tanda tangan pada petisi ini untuk { $addressees }. { $delivery }{ $organizer } serta kelompok mitra menghitung tanda tangan.
    • Siapa yang melihat: kelompok penyelenggara, dan pihak yang menerima tanda tangan. Tidak pernah dipublikasikan atau dipakai untuk hal lain.
    • Berapa lama: sampai petisi diserahkan, paling lambat sampai { DATETIME($retention_until, dateStyle: "long") }. Setelah itu dihapus.
    • Satu tanda tangan per orang: jika kamu sudah menandatangani di kertas atau online, jangan menandatangani lagi.
    • Hakmu: ketik /status untuk melihat data yang kami simpan dan /withdraw untuk menghapusnya, kapan saja.
consent =
    { privacy }

    Apakah kamu setuju dan ingin menandatangani?
consent-declined = Tidak apa-apa. Kamu bisa menandatangani kapan saja dengan /sign.

ask-name = Ketik namamu seperti yang akan tertulis di petisi (contoh: Siti Rahayu).
name-error-empty = Saya tidak menerima nama.
name-error-too-long = Itu lebih dari 100 karakter. Gunakan bentuk namamu yang lebih pendek.
name-error-invisible = Nama itu berisi karakter tak terlihat atau karakter kontrol. Ketik lagi sebagai teks biasa.
name-error-link = Nama tidak boleh berisi alamat web.
name-error-symbols = Gunakan hanya huruf, spasi, dan tanda baca biasa, tanpa emoji atau simbol.
name-error-no-letters = Nama harus berisi setidaknya satu huruf.

ask-prefecture = Kamu tinggal di prefektur mana? Pilih satu, ketik namanya, atau pilih "Luar Jepang" atau "Lewati".
prefecture-unknown = Saya tidak menemukan prefektur itu. Coba nama seperti "Osaka" atau "大阪".
place-abroad = Luar Jepang
place-none = prefektur tidak diisi

ask-updates = Apakah kamu ingin sesekali menerima kabar tentang petisi di sini, misalnya saat tanda tangan diserahkan? Kamu bisa menghentikannya kapan saja.
updates-chosen-yes = ya
updates-chosen-no = tidak

confirm-signature =
    Tanda tanganmu akan dicatat sebagai:
    { $name }, { $place }
    Kabar terbaru: { $updates }

    Apakah ini benar?

signed-thanks = Terima kasih sudah menandatangani! Sejauh ini { $total } orang sudah menandatangani (target: { $goal }).
already-signed = Kamu sudah menandatangani. Terima kasih!
paper-form =
    ✉️ Teman dan keluarga juga bisa menandatangani di kertas.
    { $delivery }{ $paper_how }
    Kirim formulir lewat pos ke:
    { $mailing_address }
share =
    { share-heading }
    Saya menandatangani petisi { $organizer } yang menolak revisi Undang-Undang Pengendalian Imigrasi Jepang, yang akan membahayakan pengungsi dan orang-orang tanpa status tinggal. Ayo ikut tanda tangan: { $link }

status-signed =
    Data kamu yang kami simpan:
    • Nama: { $name }
    • Prefektur: { $place }
    • Menandatangani pada { DATETIME($date, dateStyle: "long") } sebagai penanda tangan ke-{ $number }
    • Kabar terbaru: { $updates }
    • Bahasa: { $language }
    • Orang yang menandatangani lewat tautanmu: { $referrals }
    Ketik /withdraw untuk menghapus tanda tanganmu.
status-not-signed = Kamu belum menandatangani. Kami hanya menyimpan ID akun chat-mu, bahasamu ({ $language }) dan pilihan kabar terbarumu ({ $updates }).

withdraw-confirm = Hapus tanda tanganmu? Nama dan prefekturmu akan dihapus dan tanda tanganmu tidak dihitung lagi. Kami hanya menyimpan jumlah penarikan tanpa nama.
withdraw-done = Selesai. Tanda tangan, nama, dan prefekturmu sudah dihapus, dan kabar terbaru dimatikan.
withdraw-kept = Baik, tanda tanganmu tetap ada. Terima kasih.
withdraw-nothing = Kamu tidak punya tanda tangan untuk dihapus, dan kami tidak menyimpan namamu.

updates-are-on = Kabar terbaru sedang menyala.
updates-are-off = Kabar terbaru sedang mati.
updates-now-on = Kabar terbaru dinyalakan. Terima kasih!
updates-now-off = Kabar terbaru dimatikan. Kamu tidak akan menerima kabar lagi.
