nudge = 아래 버튼 중 하나를 골라 주세요(또는 도움말이라고 입력하세요).
keywords-cancel = 그만, 중단
cancelled = 알겠습니다. 여기서 멈추고 입력한 내용은 남기지 않았습니다. 무엇을 할까요?
keywords-intent-thanks = 고마워요, 감사합니다, 고맙습니다, 감사
keywords-intent-hello = 안녕하세요, 안녕, 반가워요
keywords-intent-share = 공유하기, 알리고 싶어요
keywords-intent-help = 어떻게 해요, 이게 뭐예요
reply-thanks = 응원해 주셔서 감사합니다!
reply-hello = 안녕하세요! 와 주셔서 반갑습니다.
name-why = 이름이 곧 서명입니다. { $addressees }에게 보내는 이 청원에 이름이 더해집니다. { $organizer } 및 협력 단체가 서명 수를 세며, 다른 사람은 보지 않습니다. 자세한 내용은 /privacy를 보세요.
help-line =
    언제든지 다음 말을 입력하거나 버튼을 쓸 수 있습니다:
    • "서명" – 청원에 서명
    • "내 서명" – 저장된 정보 보기
    • "서명 취소" – 서명 삭제
    • "소식" – 소식 받기 켜기/끄기
    • "언어" – 언어 바꾸기
    • "개인정보" – 개인정보 처리
    • "서명 용지" – 종이로 서명
    • "메뉴" – 메인 메뉴
    • "공유" – { telegram-command-share }
    • "내 아이디" – { help-whoami }
    • "취소" – 서명 그만두기
    • "도움말" – 이 목록
button-first-languages = 처음 언어로
translation-unreviewed = 안내: 이 번역은 아직 원어민의 검토를 받지 않았습니다. 일본어와 영어 글이 기준입니다.
button-more-background = 더 많은 배경
background-more =
    청원 페이지의 더 많은 내용

    • 이번 법안은 2021년에 폐기된 법안과 거의 같습니다.
    • 출입국재류관리청은 위시마 씨의 마지막 날들을 담은 영상 공개를 거부했고, 지금도 진실을 숨기고 있습니다.
    • 난민 쇄국: 우크라이나에서 온 피난민조차 난민으로 인정하지 않으며, 미얀마·아프가니스탄 등의 난민 신청자는 그런 지원에서도 소외되어 있습니다.
    • 출입국재류관리청은 돌아갈 수 없는 사람들을 '송환기피자'라고 부르며, 법안에 따라 이들은 송환되거나 처벌받을 수도 있습니다.
    • 이 청원은 이곳에 사는 모든 사람의 생명과 인권이 보장되고, 정말로 '누구도 소외되지 않는' 사회를 바랍니다.
telegram-command-menu = 메인 메뉴
telegram-command-paper = 종이로 서명
telegram-command-cancel = 서명 그만두기
# The language's name where space is short (an organizer's audience button).
language-short-name = 한국어
help-whoami = 내 ID 보기
