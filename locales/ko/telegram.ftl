# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = 처음부터 다시
telegram-command-sign = 청원에 서명
telegram-command-language = 언어 바꾸기
telegram-command-status = 보관 중인 내 정보 보기
telegram-command-withdraw = 내 서명 삭제
telegram-command-updates = 소식 받기 켜기/끄기
telegram-command-help = 여기서 할 수 있는 일
telegram-command-privacy = 개인정보 처리 방법

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = 안녕하세요! { $organizer }의 일본 입관법 개정 반대 청원 서명은 누구의 이름도 그룹에 공유되지 않도록 1:1 대화에서만 받아요. 아래 버튼을 눌러 읽고 서명해 주세요.
telegram-group-button = 1:1 대화 열기
