# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = mulai
keywords-menu = menu
keywords-help = bantuan, tolong
keywords-language = bahasa
keywords-sign = tanda tangan, tandatangan
keywords-status = status, data saya
keywords-withdraw = tarik, hapus tanda tangan, hapus data saya
keywords-updates = kabar, kabar terbaru
keywords-privacy = privasi
keywords-paper = formulir kertas, kertas
keywords-yes = ya, iya, oke
keywords-no = tidak, nggak, enggak
keywords-abroad = luar Jepang, luar negeri
keywords-skip = lewati, tidak ada
