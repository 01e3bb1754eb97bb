# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = simula, magsimula
keywords-menu = menu
keywords-help = tulong
keywords-language = wika
keywords-sign = pumirma, pirma
keywords-status = ang pirma ko, katayuan
keywords-withdraw = bawiin, burahin ang pirma, burahin ang data ko
keywords-updates = balita, mga balita
keywords-privacy = privacy, pribasiya
keywords-paper = papel na form, papel
keywords-yes = oo, opo, sige
keywords-no = hindi, hindi po, ayoko
keywords-abroad = labas ng Japan, ibang bansa
keywords-skip = laktawan, wala
