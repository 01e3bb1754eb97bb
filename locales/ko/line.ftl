# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 청원: 읽고 서명하기
line-alt-concern = 5가지 문제: { $title }
line-alt-background = 법안의 배경: 일본의 입관 구금
line-alt-paper = ✉️ 종이로도 서명할 수 있어요: 서명 용지와 보낼 곳
line-alt-share = 친구에게 서명 권하기
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = LINE 친구에게 청원을 보내세요. 이 계정을 친구로 추가하면 몇 분 만에 서명할 수 있어요.
line-button-share = LINE으로 공유
line-share-text = 난민을 위험에 빠뜨리는 일본 입관법 개정에 반대하는 청원에 서명했어요. 함께 서명해 주세요: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = 청원을 읽고 서명하려면 저와 1:1 대화를 해 주세요.
line-group-pointer-link = 청원을 읽고 서명하려면 저를 친구로 추가하고 1:1 대화를 해 주세요: { $link }
