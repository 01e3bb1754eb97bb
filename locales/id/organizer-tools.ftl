# Rencana dan pemeriksaan siaran, serta laporan alat penyelenggara.
plan-language = { $language }: { $total } penerima (LINE { $line }, Telegram { $telegram }), menerima teks { $text }.
plan-language-fallback = { $language ->
    [none] Belum memilih bahasa
   *[other] { $language }
    }: { $total } penerima (LINE { $line }, Telegram { $telegram }), tidak punya teks sendiri dan menerima teks { $text }.
plan-fallback-summary = { $count } orang yang membaca { $languages } akan menerima teks dalam bahasa bawaan ({ $default }). Tambahkan teks dalam bahasa mereka agar mereka menerimanya dalam bahasa itu.
plan-totals = Penerima: { $telegram } di Telegram, { $line } di LINE.
plan-line-billable = LINE menagih { $count } pesan (satu per penerima LINE, teks dan gambar dihitung satu).
plan-quota-unlimited = Kuota pesan bulanan LINE tidak dibatasi atau tidak diketahui.
plan-quota-left = Kuota LINE: tersisa { $left } pesan bulan ini.
plan-partial = Pengiriman sebagian dipilih: { $reachable } dari { $line } penerima LINE akan menerimanya; sisanya tidak.
plan-cost = Perkiraan biaya LINE: { $cost } { $currency } untuk { $count } pesan (menurut harga di campaign.toml).
plan-image = Dengan gambar ({ $kind }): foto di Telegram, pesan gambar di LINE.

plan-unknown-language = "{ $language }" bukan bahasa bot ini. Gunakan salah satu dari: { $known }.
plan-unknown-audience-language = Sasaran lang:{ $language } bukan bahasa bot ini: tidak ada yang mungkin memilihnya.
plan-default-text-missing = Teks dalam bahasa bawaan ({ $language }) wajib ada: semua orang tanpa teks dalam bahasanya menerima teks ini. Tambahkan dengan --text { $language }=...
plan-empty-text = Teks { $language } kosong. Tulis isinya, atau keluarkan bahasa itu.
plan-text-too-long = Teks { $language } panjangnya { $length } karakter; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } mengizinkan { $limit }. Persingkat sedikitnya { $over } karakter.
plan-bad-link = Tautan harus diawali https:// ({ $link }).
plan-no-recipients = Tidak ada yang akan menerimanya: sasaran "{ $audience }" tidak punya penerima. Periksa sasarannya.
plan-over-quota = LINE hanya bisa mengirim { $left } pesan lagi bulan ini, tetapi sasaran berisi { $line } penerima LINE. Tidak ada yang dikirim. Persempit sasaran, naikkan paket, atau pilih pengiriman sebagian (--partial) untuk menjangkau { $left } dari mereka.
plan-image-kind = Gambar harus berupa berkas JPEG atau PNG.
plan-image-too-big = Gambar berukuran { $size } bita; paling besar { $limit }.
plan-image-needs-public-url = Gambar di LINE memerlukan alamat HTTPS publik bot: atur PUBLIC_BASE_URL (https://...).

broadcast-plan-confirm =
    { $plan }
    Kirim sekarang?
broadcast-start-result = { $job ->
    [0] Siaran tidak tersedia: belum ada platform yang diatur untuk mengirimnya.
    [-2] Tidak dikirim: { $problems } Mulai lagi dengan /broadcast.
   *[other] Siaran #{ $job } sedang dikirim. Kemajuan dan laporannya akan dikirim ke sini.
    }

cli-preview = Pratinjau, seperti yang akan dilihat penerima:
cli-refused = Tidak ada yang dikirim, karena:
cli-dry-run-ok = Uji coba: semua pemeriksaan lolos; pengiriman akan dimulai sekarang. Tidak ada yang dikirim.
cli-confirm = Kirim sekarang? [y/N]
cli-confirm-at = Jadwalkan untuk { $at }? [y/N]
cli-nothing-sent = Tidak ada yang dikirim.
cli-scheduled = Siaran #{ $job } dijadwalkan pada { $at }. Proses server (run_bot.py serve) mengirimnya saat itu; lihat dengan broadcast --list, batalkan dengan broadcast --cancel { $job }.
cli-nothing-unfinished = Tidak ada siaran yang belum selesai.
cli-job-report = Siaran #{ $job } ({ $state ->
    [done] selesai
    [stopped] berhenti: { $note }
    [cancelled] dibatalkan
    [sending] masih dikirim
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } terkirim
    [uncertain] { $count } tidak pasti (sedang dikirim saat dimulai ulang, mungkin dua kali)
    [unreachable] { $count } tidak terjangkau (memblokir bot)
    [failed] { $count } gagal
    [pending] { $count } belum dikirim
    [inflight] { $count } sedang dikirim
   *[other] { $count } { $state }
    }
cli-insight-none = Dibuka dan diklik di LINE: tidak dilacak untuk siaran ini.
cli-insight-pending = Dibuka dan diklik di LINE: belum diterbitkan (LINE menampilkannya sekitar sehari kemudian, setelah cukup banyak orang membukanya). Lihat nanti dengan broadcast --report N.
cli-insight = LINE: { $opened } orang membuka pesan, { $clicked } orang membuka tautannya.
cli-no-jobs = Tidak ada siaran yang dijadwalkan atau sedang dikirim.
cli-cancel-none = Siaran #{ $job } tidak dijadwalkan dan tidak sedang dikirim: tidak ada yang dibatalkan. Lihat broadcast --list.
cli-cancelled = Siaran #{ $job } dibatalkan.
cli-no-such-job = Tidak ada siaran #{ $job }. Lihat siaran sejauh ini dengan run_bot.py audit.
cli-chart-written = Grafik ditulis ke { $file }
cli-export-written = { $count } tanda tangan ditulis ke { $file }
cli-audit-empty = Belum ada siaran atau ekspor.
cli-backup-written = Cadangan ditulis ke { $file } ({ $signatures } tanda tangan, { $people } orang).
cli-purge-counted = { $count } tanda tangan dibuat sebelum { $day } (waktu Jepang). Tidak ada yang dihapus.
cli-purge-confirm = Hapus { $count } tanda tangan yang dibuat sebelum { $day }? [y/N]
cli-purge-nothing = Tidak ada yang dihapus.
cli-purge-abandoned = { $count } tanda tangan yang dimulai lalu ditinggalkan selama { $days } hari telah dihapus.
cli-purge-done = { $count } tanda tangan yang dibuat sebelum { $day } telah dihapus.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE sejauh ini: { $opened } orang membuka pesan, { $clicked } orang membuka tautannya.
