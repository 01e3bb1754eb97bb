# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences. Phones capitalize a first i as İ,
# which folds differently from i: words starting with i are listed with İ too.
keywords-start = başla, baştan
keywords-menu = menü
keywords-help = yardım
keywords-language = dil
keywords-sign = imzala, imza, İmzala, İmza
keywords-status = imzam, İmzam, verilerim, durum
keywords-withdraw = geri çek, imzamı sil, İmzamı sil, verilerimi sil
keywords-updates = haberler
keywords-privacy = gizlilik
keywords-paper = kâğıt form, kağıt form, kâğıt, kağıt
keywords-yes = evet, tamam
keywords-no = hayır, hayir
keywords-abroad = Japonya dışı, yurt dışı
keywords-skip = geç, yok
