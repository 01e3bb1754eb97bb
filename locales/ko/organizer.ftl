# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = 소식 본문을 { $language }(으)로 보내 주세요.
broadcast-ask-link = 소식 아래에 버튼으로 보여 줄 링크(https://…)를 보내거나, "링크 없음"을 누르세요.
broadcast-bad-link = https:// 링크가 아닙니다.
broadcast-ask-audience = 누구에게 보낼까요? 소식 받기에 동의하고 봇을 차단하지 않은 사람에게만 갑니다.
broadcast-preview = 미리 보기: 각 언어별로 받는 사람이 보는 그대로입니다.
broadcast-text = { $text }
broadcast-progress = 소식 #{ $job }: { $total }명 중 { $done }명 처리했습니다.
broadcast-report =
    소식 #{ $job } { $state ->
        [stopped] 중단됨: { $note }
        [cancelled] 취소되었습니다.
       *[done] 전송을 마쳤습니다.
    }
    보냄: { $sent }, 불확실(재시작 때 보내는 중이어서 두 번 갔을 수 있음): { $uncertain }, 닿지 않음: { $unreachable }, 실패: { $failed }, 보내지 않음: { $skipped }.
broadcast-stopped = { $job ->
    [0] 보내는 중인 소식이 없습니다.
   *[other] 소식 #{ $job }을(를) 취소했습니다.
}
stats-report = { $report }

button-no-link = 링크 없음
button-audience-subscribers = 구독자 모두
button-audience-signers = 서명한 사람만
button-audience-language = { $language } 사용자만
button-texts-done = 다른 언어 없음
button-send = 보내기
button-stop-broadcast = 전송 중단
