# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 A petição: leia e assine
line-alt-concern = Os 5 problemas: { $title }
line-alt-background = Por trás do projeto: a detenção no Japão
line-alt-paper = ✉️ Assine também no papel: o formulário e para onde enviar
line-alt-share = Convide seus amigos a assinar a petição
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Envie a petição para seus amigos no LINE. Eles podem adicionar esta conta e assinar em poucos minutos.
line-button-share = Compartilhar no LINE
line-share-text = Assinei a petição contra a reforma da Lei de Controle de Imigração do Japão, que coloca refugiados em perigo. Assine também: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = Para ler e assinar a petição, fale comigo numa conversa individual.
line-group-pointer-link = Para ler e assinar a petição, me adicione como amigo e fale comigo numa conversa individual: { $link }
