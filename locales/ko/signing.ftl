privacy =
    🔒 서명을 다루는 방법
    • 수집하는 정보: 이름, 그리고 원하시면 사는 도도부현(또는 '일본 밖')뿐입니다. 그 밖에는 없습니다. 서명을 직접 확인하거나 삭제할 수 있도록 채팅 계정 ID도 함께 보관합니다.
    • 목적: 이름은 { $addressees }에게 보내는 이 청원의 서명이 됩니다. { $delivery }{ $organizer } 및 협력 단체가 서명 수를 셉니다.
    • 보는 사람: 주최 단체, 그리고 서명을 전달받는 곳뿐입니다. 공개하거나 다른 목적으로 쓰지 않습니다.
    • 보관 기간: 청원을 제출할 때까지, 늦어도 { DATETIME($retention_until, dateStyle: "long") }까지입니다. 그 후에는 삭제합니다.
    • 서명은 한 사람당 한 번: 이미 종이나 온라인으로 서명했다면 다시 서명하지 말아 주세요.
    • 권리: 언제든지 /status 로 보관 중인 정보를 보고, /withdraw 로 삭제할 수 있습니다.
consent =
    { privacy }

    동의하고 서명하시겠어요?
consent-declined = 괜찮아요. 언제든지 /sign 으로 서명할 수 있어요.

ask-name = 청원에 들어갈 이름을 입력해 주세요(예: 김민지).
name-error-empty = 이름을 받지 못했어요.
name-error-too-long = 100자를 넘었어요. 이름을 더 짧게 써 주세요.
name-error-invisible = 이름에 보이지 않는 문자나 제어 문자가 들어 있어요. 일반 글자로 다시 입력해 주세요.
name-error-link = 이름에는 웹 주소를 쓸 수 없어요.
name-error-symbols = 글자, 띄어쓰기, 일반 문장 부호만 써 주세요. 이모지나 기호는 쓸 수 없어요.
name-error-no-letters = 이름에는 글자가 하나 이상 있어야 해요.

ask-prefecture = 어느 도도부현에 사세요? 하나를 고르거나 이름을 입력하거나, '일본 밖' 또는 '건너뛰기'를 고르세요.
prefecture-unknown = 그 도도부현을 찾지 못했어요. '오사카'나 '大阪' 같은 이름으로 입력해 보세요.
place-abroad = 일본 밖
place-none = 도도부현 없음

ask-updates = 서명을 전달할 때처럼, 청원 소식을 가끔 여기서 받으시겠어요? 언제든지 그만 받을 수 있어요.
updates-chosen-yes = 받음
updates-chosen-no = 받지 않음

confirm-signature =
    서명은 다음과 같이 기록됩니다:
    { $name }, { $place }
    소식: { $updates }

    이대로 괜찮을까요?

signed-thanks = 서명해 주셔서 고맙습니다! 지금까지 { $total }명이 서명했어요(목표: { $goal }명).
already-signed = 이미 서명하셨어요. 고맙습니다!
paper-form =
    ✉️ 가족과 친구는 종이로도 서명할 수 있어요.
    { $delivery }{ $paper_how }
    서명 용지를 다음 주소로 우편으로 보내 주세요:
    { $mailing_address }
share =
    { share-heading }
    난민과 체류 자격이 없는 사람들을 위험에 빠뜨리는 일본 입관법 개정에 반대하는 { $organizer }의 청원에 서명했어요. 함께 서명해 주세요: { $link }

status-signed =
    보관 중인 내 정보:
    • 이름: { $name }
    • 도도부현: { $place }
    • 서명한 날: { DATETIME($date, dateStyle: "long") } ({ $number }번째 서명자)
    • 소식: { $updates }
    • 언어: { $language }
    • 내 링크로 서명한 사람: { $referrals }명
    서명을 삭제하려면 /withdraw 를 입력하세요.
status-not-signed = 아직 서명하지 않았어요. 보관하는 정보는 채팅 계정 ID, 언어({ $language }), 소식 설정({ $updates })뿐이에요.

withdraw-confirm = 서명을 삭제할까요? 이름과 도도부현이 삭제되고, 서명은 더 이상 세지 않아요. 서명 취소 건수만 익명으로 남겨요.
withdraw-done = 완료했어요. 서명, 이름, 도도부현을 삭제했고 소식도 껐어요.
withdraw-kept = 알겠어요, 서명은 그대로 둘게요. 고맙습니다.
withdraw-nothing = 삭제할 서명이 없고, 보관 중인 이름도 없어요.

updates-are-on = 소식을 받는 중이에요.
updates-are-off = 소식을 받지 않는 중이에요.
updates-now-on = 이제 소식을 보내 드릴게요. 고맙습니다!
updates-now-off = 소식을 껐어요. 더 이상 보내지 않을게요.
