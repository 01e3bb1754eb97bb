# 일괄 발송 계획과 확인, 운영자 도구의 보고.
plan-language = { $language }: { $total }명(LINE { $line }명, Telegram { $telegram }명), { $text } 문장을 받습니다.
plan-language-fallback = { $language ->
    [none] 언어 미선택
   *[other] { $language }
    }: { $total }명(LINE { $line }명, Telegram { $telegram }명), 이 언어의 문장이 없어 { $text } 문장을 받습니다.
plan-fallback-summary = { $languages }을(를) 쓰는 { $count }명은 기본 언어({ $default })의 문장을 받게 됩니다. 그들의 언어로 보내려면 그 언어의 문장을 추가하세요.
plan-totals = 수신자: Telegram { $telegram }명, LINE { $line }명.
plan-line-billable = LINE에서 { $count }건의 메시지가 과금됩니다(LINE 수신자 1명당 1건, 글과 이미지를 합쳐 1건).
plan-quota-unlimited = LINE의 월간 메시지 한도가 없거나 알 수 없습니다.
plan-quota-left = LINE 한도: 이번 달 { $left }건 남음.
plan-partial = 일부 발송 선택: LINE 수신자 { $line }명 중 { $reachable }명에게 도달하고, 나머지에게는 가지 않습니다.
plan-cost = LINE 예상 비용: 메시지 { $count }건에 { $cost } { $currency }(campaign.toml의 단가 기준).
plan-image = 이미지 포함({ $kind }): Telegram에서는 사진, LINE에서는 이미지 메시지로 보냅니다.

plan-unknown-language = "{ $language }"은(는) 이 봇의 언어가 아닙니다. 다음 중 하나를 쓰세요: { $known }
plan-unknown-audience-language = 대상 lang:{ $language }은(는) 이 봇의 언어가 아니므로, 선택한 사람이 없습니다.
plan-default-text-missing = 기본 언어({ $language })의 문장이 필요합니다. 자기 언어의 문장이 없는 사람은 모두 이것을 받습니다. --text { $language }=... 로 추가하세요.
plan-empty-text = { $language } 문장이 비어 있습니다. 내용을 쓰거나 그 언어를 빼세요.
plan-text-too-long = { $language } 문장은 { $length }자입니다. { $platform ->
    [line] LINE
   *[telegram] Telegram
    }은(는) { $limit }자까지 허용합니다. 최소 { $over }자 줄이세요.
plan-bad-link = 링크는 https:// 로 시작해야 합니다({ $link }).
plan-no-recipients = 받을 사람이 없습니다: 대상 "{ $audience }"에 수신자가 0명입니다. 대상을 확인하세요.
plan-over-quota = 이번 달 LINE으로 보낼 수 있는 메시지는 { $left }건뿐인데, 대상에 LINE 수신자가 { $line }명 있습니다. 아무것도 보내지 않았습니다. 대상을 줄이거나, 요금제를 올리거나, 일부 발송(--partial)을 선택하면 그중 { $left }명에게 보낼 수 있습니다.
plan-image-kind = 이미지는 JPEG 또는 PNG 파일이어야 합니다.
plan-image-too-big = 이미지는 { $size }바이트입니다. 최대 { $limit }바이트까지 허용됩니다.
plan-image-needs-public-url = LINE에서 이미지를 보내려면 봇의 공개 HTTPS 주소가 필요합니다: PUBLIC_BASE_URL(https://...)을 설정하세요.

broadcast-plan-confirm =
    { $plan }
    지금 보낼까요?
broadcast-start-result = { $job ->
    [0] 일괄 발송을 할 수 없습니다: 보낼 수 있는 플랫폼이 설정되어 있지 않습니다.
    [-2] 보내지 않았습니다: { $problems } /broadcast 로 다시 시작하세요.
   *[other] 일괄 발송 #{ $job }을(를) 보내는 중입니다. 진행 상황과 보고가 여기로 옵니다.
    }

cli-preview = 미리보기(수신자에게 보이는 그대로):
cli-refused = 다음 이유로 아무것도 보내지 않았습니다:
cli-dry-run-ok = 시험 실행: 모든 확인을 통과했습니다. 실제 발송이라면 여기서 시작됩니다. 아무것도 보내지 않았습니다.
cli-confirm = 지금 보낼까요? [y/N]
cli-confirm-at = { $at }에 예약할까요? [y/N]
cli-nothing-sent = 아무것도 보내지 않았습니다.
cli-scheduled = 일괄 발송 #{ $job }을(를) { $at }에 예약했습니다. 그때 상주 프로세스(run_bot.py serve)가 보냅니다. broadcast --list 로 확인하고 broadcast --cancel { $job } 로 취소할 수 있습니다.
cli-nothing-unfinished = 끝나지 않은 일괄 발송이 없습니다.
cli-job-report = 일괄 발송 #{ $job }({ $state ->
    [done] 완료
    [stopped] 중지됨: { $note }
    [cancelled] 취소됨
    [sending] 아직 보내는 중
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] 보냄 { $count }
    [uncertain] 불확실 { $count }(재시작 때 보내는 중이었음, 두 번 갔을 수 있음)
    [unreachable] 도달 불가 { $count }(봇 차단)
    [failed] 실패 { $count }
    [pending] 보내지 않음 { $count }
    [inflight] 보내는 중 { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE 열람·클릭: 이 일괄 발송은 집계하지 않았습니다.
cli-insight-pending = LINE 열람·클릭: 아직 공개되지 않았습니다(LINE은 하루쯤 뒤, 충분한 사람이 열어 본 뒤에 보여 줍니다). 나중에 broadcast --report N 으로 보세요.
cli-insight = LINE: { $opened }명이 메시지를 열었고, { $clicked }명이 링크를 열었습니다.
cli-no-jobs = 예약되었거나 보내는 중인 일괄 발송이 없습니다.
cli-cancel-none = 일괄 발송 #{ $job }은(는) 예약도 발송 중도 아니어서 취소할 것이 없습니다. broadcast --list 를 보세요.
cli-cancelled = 일괄 발송 #{ $job }을(를) 취소했습니다.
cli-no-such-job = 일괄 발송 #{ $job }은(는) 없습니다. 지금까지의 발송은 run_bot.py audit 로 볼 수 있습니다.
cli-chart-written = 그래프를 { $file }에 저장했습니다
cli-export-written = 서명 { $count }건을 { $file }에 저장했습니다
cli-audit-empty = 아직 일괄 발송이나 내보내기 기록이 없습니다.
cli-backup-written = 백업을 { $file }에 저장했습니다(서명 { $signatures }건, { $people }명).
cli-purge-counted = { $day }(일본 시간) 이전의 서명은 { $count }건입니다. 아무것도 삭제하지 않았습니다.
cli-purge-confirm = { $day } 이전의 서명 { $count }건을 삭제할까요? [y/N]
cli-purge-nothing = 아무것도 삭제하지 않았습니다.
cli-purge-abandoned = 시작한 뒤 { $days }일 동안 방치된 서명 { $count }건을 삭제했습니다.
cli-purge-done = { $day } 이전의 서명 { $count }건을 삭제했습니다.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE 지금까지: { $opened }명이 메시지를 열었고, { $clicked }명이 링크를 열었습니다.
