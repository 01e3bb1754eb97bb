# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Gửi nội dung tin cập nhật bằng { $language }.
broadcast-ask-link = Gửi một liên kết để hiện thành nút dưới tin (https://…), hoặc bấm "Không có liên kết".
broadcast-bad-link = Đó không phải là liên kết https://.
broadcast-ask-audience = Ai sẽ nhận tin? Chỉ những người đã đồng ý nhận tin cập nhật và không chặn bot.
broadcast-preview = Xem trước: từng ngôn ngữ, đúng như người nhận sẽ thấy.
broadcast-text = { $text }
broadcast-progress = Tin #{ $job }: đã xử lý { $done } trên { $total }.
broadcast-report =
    Tin #{ $job } { $state ->
        [stopped] đã dừng: { $note }
        [cancelled] đã bị hủy.
       *[done] đã gửi xong.
    }
    Đã gửi: { $sent }, không chắc (đang gửi lúc khởi động lại, có thể đến hai lần): { $uncertain }, không liên lạc được: { $unreachable }, thất bại: { $failed }, chưa gửi: { $skipped }.
broadcast-stopped = { $job ->
    [0] Không có tin nào đang được gửi.
   *[other] Đã hủy tin #{ $job }.
}
stats-report = { $report }

button-no-link = Không có liên kết
button-audience-subscribers = Mọi người đăng ký
button-audience-signers = Chỉ người đã ký
button-audience-language = Chỉ { $language }
button-texts-done = Xong các ngôn ngữ
button-send = Gửi
button-stop-broadcast = Dừng gửi tin
