# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = 시작, 처음부터
keywords-menu = 메뉴
keywords-help = 도움말, 도움
keywords-language = 언어
keywords-sign = 서명, 서명하기
keywords-status = 내 서명, 상태
keywords-withdraw = 서명 취소, 서명 삭제, 내 정보 삭제
keywords-updates = 소식, 알림
keywords-privacy = 개인정보
keywords-paper = 서명 용지, 종이 서명
keywords-yes = 네, 예, 응, 좋아요
keywords-no = 아니요, 아니오, 아니
keywords-abroad = 일본 밖, 해외, 국외
keywords-skip = 건너뛰기, 없음
