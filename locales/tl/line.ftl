# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 Ang petisyon: basahin at pirmahan
line-alt-concern = Ang 5 problema: { $title }
line-alt-background = Sa likod ng panukalang batas: detensyon sa Japan
line-alt-paper = ✉️ Pumirma rin sa papel: ang form at kung saan ito ipapadala
line-alt-share = Imbitahin ang mga kaibigan na pumirma
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Ipadala ang petisyon sa mga kaibigan mo sa LINE. Puwede nilang i-add ang account na ito at pumirma sa loob ng ilang minuto.
line-button-share = I-share sa LINE
line-share-text = Pumirma ako sa petisyon laban sa pagbabago ng Immigration Control Act ng Japan, na naglalagay sa panganib sa mga refugee. Pumirma ka rin: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = Para basahin at pirmahan ang petisyon, kausapin mo ako nang one-on-one.
line-group-pointer-link = Para basahin at pirmahan ang petisyon, i-add mo ako bilang kaibigan at kausapin nang one-on-one: { $link }
