# 운영자 대시보드(/dashboard/ 아래의 웹 페이지)와 채팅의 /dashboard에 대한 답.
dashboard-chat-link =
    운영자 대시보드 로그인 링크입니다. 한 번만, 15분 동안 쓸 수 있습니다. 다른 사람에게 전달하지 마세요:
    { $link }
dashboard-name = 청원 대시보드
dashboard-language = 언어:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (알 수 없음)
dashboard-nav-overview = 개요
dashboard-nav-funnel = 대화 흐름
dashboard-nav-broadcasts = 일괄 발송
dashboard-nav-signatures = 서명
dashboard-nav-audit = 작업 기록
dashboard-sign-out = 로그아웃

# 로그인
dashboard-signin-title = 로그인
dashboard-signin-how = 로그인하려면 운영자 계정으로 LINE이나 Telegram에서 봇에게 /dashboard를 보내거나, 서버 관리자에게 이 명령을 실행해 달라고 하세요. 어느 쪽이든 한 번만, 15분 동안 쓸 수 있는 링크를 받습니다.
dashboard-signin-button = 대시보드에 로그인
dashboard-signin-used = 이 로그인 링크는 이미 사용되었습니다. 링크는 한 번만 쓸 수 있으니 새 링크를 받으세요.
dashboard-signin-expired = 이 로그인 링크는 만료되었습니다. 새 링크를 받으세요.
dashboard-signin-unknown = 이 로그인 링크는 유효하지 않습니다. 새 링크를 받으세요.
dashboard-signin-signedout = 로그아웃했습니다.

# 개요
dashboard-goal = 목표 { $goal }명 중 { $total }명 서명
dashboard-goal-line = 목표: { $goal }
dashboard-tile-total = 전체 서명
dashboard-tile-today = 오늘(일본 시간)
dashboard-tile-week = 최근 7일
dashboard-tile-subscribers = 소식 받는 사람
dashboard-tile-unreachable = 연락 불가(봇 차단)
dashboard-chart-total = 지금까지의 서명과 목표
dashboard-chart-daily = 하루별 서명
dashboard-by-platform = 플랫폼별
dashboard-by-language = 언어별
dashboard-by-prefecture = 도도부현별
dashboard-prefecture-none = 응답 없음
dashboard-col-where = 구분
dashboard-col-signatures = 서명
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = 콘솔

# 흐름
dashboard-funnel-intro = 대화의 각 단계까지 온 사람 수와, 이전 단계에서 떠난 사람 수입니다. 숫자만 기록하며 누가 했는지는 절대 기록하지 않습니다.
dashboard-funnel-started = 대화를 시작함
dashboard-funnel-language = 언어를 고름
dashboard-funnel-concerns = 우려 사항을 읽음
dashboard-funnel-agreed = 서명에 동의함
dashboard-funnel-name = 이름을 입력함
dashboard-funnel-signed = 서명함
dashboard-funnel-by-language = 언어별
dashboard-col-milestone = 단계
dashboard-col-people = 사람 수
dashboard-col-of-started = 시작한 사람 중
dashboard-col-lost = 이전 단계에서 떠난 사람
dashboard-col-language = 언어

# 일괄 발송
dashboard-broadcast-unavailable = 설정된 플랫폼이 없어서 아무것도 보낼 수 없습니다. 소식 작성과 미리 보기는 할 수 있습니다.
dashboard-compose-hint = 가능한 많은 언어로 소식을 쓰세요. { $language } 글은 필수입니다. 자기 언어의 글이 없는 사람은 이 글을 받습니다.
dashboard-compose-link = 소식 아래에 버튼으로 보일 링크(선택, https://)
dashboard-compose-audience = 받는 사람(소식 받기에 동의하고 봇을 차단하지 않은 사람만)
dashboard-compose-preview = 미리 보기와 인원 확인
dashboard-audience-subscribers = 소식을 받는 모든 사람
dashboard-audience-signers = 서명한 사람만
dashboard-audience-language = { $language }로 읽는 사람만
dashboard-broadcast-latest = 최근 일괄 발송
dashboard-col-broadcast = 발송
dashboard-col-audience = 받는 사람
dashboard-col-state = 상태
dashboard-col-text = 받게 될 글
dashboard-no-language = 언어를 고르지 않음
dashboard-preview-title = 보내기 전 확인
dashboard-plan-fallback = { $text } 글({ $language } 글이 없음)
dashboard-plan-totals = 받는 사람: LINE { $line }명, Telegram { $telegram }명.
dashboard-plan-billable = 이 소식으로 LINE에서 과금되는 메시지: { $count }건.
dashboard-plan-quota-left = 이번 달 남은 LINE 메시지: { $left }건.
dashboard-plan-quota-unknown = LINE의 월간 한도는 없거나 알 수 없습니다.
dashboard-plan-cost = LINE 메시지 예상 비용: { $cost } { $currency }.
dashboard-preview-line = LINE에서 보이는 모습
dashboard-preview-telegram = Telegram에서 보이는 모습
dashboard-send = 지금 { $count }명에게 보내기
dashboard-change = 소식 고치기
dashboard-job-title = 일괄 발송 #{ $job }
dashboard-job-by = { $who }이(가) { $audience } 대상으로 시작.
dashboard-progress = { $total }명 중 { $done }명 처리
dashboard-cancel = 일괄 발송 취소
dashboard-state-preparing = 준비 중
dashboard-state-sending = 보내는 중
dashboard-state-done = 완료
dashboard-state-cancelled = 취소됨
dashboard-state-stopped = 중단됨
dashboard-col-platform = 플랫폼
dashboard-report-sent = 보냄
dashboard-report-uncertain = 불확실(두 번 받았을 수 있음)
dashboard-report-unreachable = 연락 불가
dashboard-report-failed = 실패
dashboard-report-pending = 아직 안 보냄
dashboard-report-inflight = 보내는 중
dashboard-report-skipped = 건너뜀

# 서명과 작업 기록
dashboard-export-intro = 유효한 서명은 { $total }건입니다. 청원 제출을 위해 내려받을 수 있습니다.
dashboard-export-format = 파일 형식
dashboard-format-csv = CSV(Excel에서 열림)
dashboard-format-xlsx = Excel 통합 문서(xlsx)
dashboard-export-button = 서명 내려받기
dashboard-export-care = 이 파일에는 이름이 들어 있습니다. 꼭 필요한 곳에만 보관하고 청원을 제출한 뒤에는 지우세요. 모든 내려받기는 작업 기록에 남습니다.
dashboard-col-when = 일시(일본 시간)
dashboard-col-who = 누가
dashboard-col-what = 작업
dashboard-col-count = 건수
dashboard-col-detail = 자세히
dashboard-audit-empty = 아직 없습니다.
