# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 Dilekçe: oku ve imzala
line-alt-concern = 5 sorun: { $title }
line-alt-background = Tasarının arka planı: Japonya'da gözaltı
line-alt-paper = ✉️ Kâğıt üzerinde de imzalayın: form ve gönderilecek adres
line-alt-share = Arkadaşlarını dilekçeyi imzalamaya davet et
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Dilekçeyi LINE'daki arkadaşlarınıza gönderin. Bu hesabı ekleyip birkaç dakikada imzalayabilirler.
line-button-share = LINE'da paylaş
line-share-text = Mültecileri tehlikeye atan Japonya Göç Kontrol Yasası değişikliğine karşı dilekçeyi imzaladım. Sen de imzala: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = Dilekçeyi okumak ve imzalamak için lütfen benimle birebir konuşun.
line-group-pointer-link = Dilekçeyi okumak ve imzalamak için lütfen beni arkadaş olarak ekleyin ve benimle birebir konuşun: { $link }
