# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Ibahagi
keywords-share = ibahagi, imbitahan
keywords-whoami = whoami, aking id
share-sign-first = Kapag nakapirma ka na, makakakuha ka ng sariling link para mag-imbita ng mga kaibigan: bawat pumirma sa link na iyon ay mabibilang para sa iyo. Maaari kang pumirma ngayon, o ipasa ang papel na form.
share-paper-too = ✉️ Ikalawang paraan: maaari ring pumirma ang pamilya at mga kaibigan sa papel na form at ipadala ito sa koreo.
share-next = Imbitahan ang iyong mga kaibigan gamit ang sarili mong link, o ipasa ang papel na form:
whoami =
    Ang iyong { $platform } ID ay:
    { $user_id }
    Kailangan mo lang ito kung gagawin kang organizer ng kampanya: ipadala ito sa kanila.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Mag-imbita ng kaibigang pumirma
telegram-command-whoami = Ipakita ang iyong Telegram ID
telegram-share-text = Pumirma ako sa petisyon laban sa pagbabago ng Immigration Control Act ng Japan, na naglalagay sa panganib sa mga refugee. Pumirma ka rin:
# Shown before a person presses Start (at most 512 characters).
telegram-description = Dinadala ng bot na ito ang petisyon ng { $organizer } laban sa pagbabago ng Immigration Control Act ng Japan: basahin kung bakit nito inilalagay sa panganib ang mga refugee at mga taong walang residence status, at pumirma sa loob ng ilang minuto. Ang iyong pangalan ay ibibigay lamang sa mga pinadadalhan ng petisyon.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Basahin at pirmahan ang petisyon laban sa pagbabago ng Immigration Control Act ng Japan.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Imbitahin ang mga kaibigan
