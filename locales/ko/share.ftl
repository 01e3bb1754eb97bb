# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = 공유하기
keywords-share = 공유, 초대
keywords-whoami = 내 아이디, 내 ID
share-sign-first = 서명하면 친구를 초대할 나만의 링크를 받습니다. 그 링크로 서명한 사람은 당신의 초대로 집계됩니다. 지금 서명하거나 종이 서명지를 전해 주세요.
share-paper-too = ✉️ 두 번째 방법: 가족과 친구는 종이 서명지에 적어 우편으로 보낼 수도 있습니다.
share-next = 나만의 링크로 친구를 초대하거나 종이 서명지를 전해 주세요:
whoami =
    당신의 { $platform } ID:
    { $user_id }
    캠페인 운영자로 등록될 때만 필요합니다. 운영자에게 보내 주세요.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = 친구에게 서명 요청하기
telegram-command-whoami = 내 Telegram ID 보기
telegram-share-text = 난민을 위험에 빠뜨리는 일본 출입국관리법 개정에 반대하는 청원에 서명했습니다. 당신도 서명해 주세요:
# Shown before a person presses Start (at most 512 characters).
telegram-description = { $organizer }의 일본 출입국관리법 개정 반대 청원 봇입니다. 이 법안이 난민과 체류 자격이 없는 사람을 어떻게 위험에 빠뜨리는지 읽고 몇 분 만에 서명할 수 있습니다. 이름은 청원 수신처에만 전달됩니다.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = 일본 출입국관리법 개정 반대 청원을 읽고 서명하세요.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = 친구 초대하기
