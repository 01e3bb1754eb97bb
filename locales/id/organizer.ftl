# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Kirim teks kabar terbaru dalam { $language }.
broadcast-ask-link = Kirim tautan yang ditampilkan sebagai tombol di bawah kabar (https://…), atau tekan "Tanpa tautan".
broadcast-bad-link = Itu bukan tautan https://.
broadcast-ask-audience = Siapa yang menerima? Hanya orang yang setuju menerima kabar dan tidak memblokir bot.
broadcast-preview = Pratinjau: setiap bahasa persis seperti yang akan dilihat penerima.
broadcast-text = { $text }
broadcast-progress = Kabar #{ $job }: { $done } dari { $total } sudah diproses.
broadcast-report =
    Kabar #{ $job } { $state ->
        [stopped] berhenti: { $note }
        [cancelled] dibatalkan.
       *[done] selesai dikirim.
    }
    Terkirim: { $sent }, tidak pasti (sedang dikirim saat restart, mungkin dua kali): { $uncertain }, tidak terjangkau: { $unreachable }, gagal: { $failed }, tidak dikirim: { $skipped }.
broadcast-stopped = { $job ->
    [0] Tidak ada kabar yang sedang dikirim.
   *[other] Kabar #{ $job } dibatalkan.
}
stats-report = { $report }

button-no-link = Tanpa tautan
button-audience-subscribers = Semua pelanggan
button-audience-signers = Penanda tangan saja
button-audience-language = Hanya { $language }
button-texts-done = Tak ada bahasa lain
button-send = Kirim
button-stop-broadcast = Hentikan pengiriman
