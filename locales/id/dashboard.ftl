# Dasbor penyelenggara (halaman di /dashboard/) dan jawaban untuk /dashboard di obrolan.
dashboard-chat-link =
    Tautan masuk Anda ke dasbor penyelenggara. Hanya berlaku sekali, selama 15 menit; jangan diteruskan:
    { $link }
dashboard-name = Dasbor petisi
dashboard-language = Bahasa:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (tidak diketahui)
dashboard-nav-overview = Ringkasan
dashboard-nav-funnel = Corong percakapan
dashboard-nav-broadcasts = Siaran
dashboard-nav-signatures = Tanda tangan
dashboard-nav-audit = Catatan tindakan
dashboard-sign-out = Keluar

# Masuk
dashboard-signin-title = Masuk
dashboard-signin-how = Untuk masuk, kirim /dashboard ke bot di LINE atau Telegram dari akun penyelenggara, atau minta administrator server menjalankan perintah ini. Keduanya memberi Anda tautan yang berlaku sekali, selama 15 menit.
dashboard-signin-button = Masuk ke dasbor
dashboard-signin-used = Tautan masuk ini sudah dipakai. Setiap tautan hanya berlaku sekali: minta yang baru.
dashboard-signin-expired = Tautan masuk ini sudah kedaluwarsa. Minta yang baru.
dashboard-signin-unknown = Tautan masuk ini tidak sah. Minta yang baru.
dashboard-signin-signedout = Anda sudah keluar.

# Ringkasan
dashboard-goal = { $total } tanda tangan dari target { $goal }
dashboard-goal-line = Target: { $goal }
dashboard-tile-total = tanda tangan seluruhnya
dashboard-tile-today = hari ini (waktu Jepang)
dashboard-tile-week = dalam 7 hari terakhir
dashboard-tile-subscribers = menerima kabar terbaru
dashboard-tile-unreachable = tidak terjangkau (memblokir bot)
dashboard-chart-total = Tanda tangan sejauh ini, dibandingkan target
dashboard-chart-daily = Tanda tangan per hari
dashboard-by-platform = Menurut platform
dashboard-by-language = Menurut bahasa
dashboard-by-prefecture = Menurut prefektur
dashboard-prefecture-none = Tidak diisi
dashboard-col-where = Di mana
dashboard-col-signatures = Tanda tangan
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Konsol

# Corong
dashboard-funnel-intro = Berapa orang yang mencapai setiap langkah percakapan, dan berapa yang hilang sejak langkah sebelumnya. Yang disimpan hanya jumlah, tidak pernah siapa.
dashboard-funnel-started = Memulai obrolan
dashboard-funnel-language = Memilih bahasa
dashboard-funnel-concerns = Membaca kekhawatiran
dashboard-funnel-agreed = Setuju menandatangani
dashboard-funnel-name = Mengetik nama
dashboard-funnel-signed = Menandatangani
dashboard-funnel-by-language = Menurut bahasa
dashboard-col-milestone = Langkah
dashboard-col-people = Orang
dashboard-col-of-started = Dari yang memulai
dashboard-col-lost = Hilang sejak langkah sebelumnya
dashboard-col-language = Bahasa

# Siaran
dashboard-broadcast-unavailable = Tidak ada platform yang diatur, jadi tidak ada yang bisa dikirim. Anda tetap bisa menulis dan melihat pratinjau kabar.
dashboard-compose-hint = Tulis kabar dalam sebanyak mungkin bahasa. Teks { $language } wajib: orang yang bahasanya tidak punya teks sendiri akan menerimanya.
dashboard-compose-link = Tautan yang ditampilkan sebagai tombol di bawah kabar (opsional, https://)
dashboard-compose-audience = Siapa yang menerima (hanya yang setuju menerima kabar dan tidak memblokir bot)
dashboard-compose-preview = Pratinjau dan hitung
dashboard-audience-subscribers = Semua yang menerima kabar
dashboard-audience-signers = Hanya penanda tangan
dashboard-audience-language = Hanya yang membaca dalam { $language }
dashboard-broadcast-latest = Siaran terakhir
dashboard-col-broadcast = Siaran
dashboard-col-audience = Penerima
dashboard-col-state = Status
dashboard-col-text = Teks yang diterima
dashboard-no-language = Belum memilih bahasa
dashboard-preview-title = Periksa sebelum mengirim
dashboard-plan-fallback = Teks { $text } (tidak ada teks { $language })
dashboard-plan-totals = Penerima: { $line } di LINE, { $telegram } di Telegram.
dashboard-plan-billable = LINE menagih { $count } pesan untuk kabar ini.
dashboard-plan-quota-left = Sisa pesan LINE bulan ini: { $left }.
dashboard-plan-quota-unknown = Kuota bulanan LINE tidak dibatasi atau tidak diketahui.
dashboard-plan-cost = Perkiraan biaya pesan LINE: { $cost } { $currency }.
dashboard-preview-line = Seperti di LINE
dashboard-preview-telegram = Seperti di Telegram
dashboard-send = Kirim sekarang ke { $count } orang
dashboard-change = Ubah kabar
dashboard-job-title = Siaran #{ $job }
dashboard-job-by = Dimulai oleh { $who } untuk { $audience }.
dashboard-progress = { $done } dari { $total } diproses
dashboard-cancel = Batalkan siaran
dashboard-state-preparing = Sedang disiapkan
dashboard-state-sending = Sedang dikirim
dashboard-state-done = Selesai
dashboard-state-cancelled = Dibatalkan
dashboard-state-stopped = Dihentikan
dashboard-col-platform = Platform
dashboard-report-sent = Terkirim
dashboard-report-uncertain = Tidak pasti (mungkin dua kali)
dashboard-report-unreachable = Tidak terjangkau
dashboard-report-failed = Gagal
dashboard-report-pending = Belum dikirim
dashboard-report-inflight = Dalam perjalanan
dashboard-report-skipped = Dilewati

# Tanda tangan dan catatan
dashboard-export-intro = Ada { $total } tanda tangan yang berlaku. Unduh untuk penyerahan petisi.
dashboard-export-format = Format berkas
dashboard-format-csv = CSV (terbuka di Excel)
dashboard-format-xlsx = Buku kerja Excel (xlsx)
dashboard-export-button = Unduh tanda tangan
dashboard-export-care = Berkas ini berisi nama: simpan hanya di tempat yang perlu, dan hapus setelah petisi diserahkan. Setiap unduhan tercatat di catatan tindakan.
dashboard-col-when = Kapan (waktu Jepang)
dashboard-col-who = Siapa
dashboard-col-what = Apa
dashboard-col-count = Berapa
dashboard-col-detail = Rincian
dashboard-audit-empty = Belum ada.
