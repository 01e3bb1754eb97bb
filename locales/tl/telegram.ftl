# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Magsimula ulit
telegram-command-sign = Pirmahan ang petisyon
telegram-command-language = Palitan ang wika
telegram-command-status = Tingnan ang hawak namin tungkol sa iyo
telegram-command-withdraw = Burahin ang pirma mo
telegram-command-updates = I-on o i-off ang mga balita
telegram-command-help = Ano ang magagawa mo rito
telegram-command-privacy = Paano namin hinahawakan ang data mo

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Hello! Tumatanggap lang ako ng pirma para sa petisyon ng { $organizer } laban sa pagbabago ng Immigration Control Act ng Japan sa private chat, para walang pangalan na maibahagi sa grupo. I-tap ang button sa ibaba para magbasa at pumirma.
telegram-group-button = Magbukas ng private chat
