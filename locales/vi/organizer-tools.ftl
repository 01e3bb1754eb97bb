# Kế hoạch và kiểm tra tin gửi hàng loạt, báo cáo của công cụ dành cho người tổ chức.
plan-language = { $language }: { $total } người (LINE { $line }, Telegram { $telegram }), nhận bản { $text }.
plan-language-fallback = { $language ->
    [none] Chưa chọn ngôn ngữ
   *[other] { $language }
    }: { $total } người (LINE { $line }, Telegram { $telegram }), không có bản riêng nên nhận bản { $text }.
plan-fallback-summary = { $count } người dùng { $languages } sẽ nhận bản bằng ngôn ngữ mặc định ({ $default }). Hãy thêm bản bằng ngôn ngữ của họ để gửi cho họ bằng ngôn ngữ đó.
plan-totals = Người nhận: { $telegram } trên Telegram, { $line } trên LINE.
plan-line-billable = LINE tính phí { $count } tin (mỗi người nhận trên LINE một tin, chữ và ảnh tính chung một tin).
plan-quota-unlimited = Hạn mức tin nhắn hằng tháng của LINE không giới hạn hoặc chưa rõ.
plan-quota-left = Hạn mức LINE: còn { $left } tin trong tháng này.
plan-partial = Đã chọn gửi một phần: { $reachable } trong số { $line } người nhận trên LINE sẽ nhận được; những người còn lại thì không.
plan-cost = Chi phí LINE ước tính: { $cost } { $currency } cho { $count } tin (theo giá trong campaign.toml).
plan-image = Kèm ảnh ({ $kind }): gửi dạng ảnh trên Telegram, dạng tin nhắn hình ảnh trên LINE.

plan-unknown-language = "{ $language }" không phải là ngôn ngữ của bot. Hãy dùng một trong: { $known }.
plan-unknown-audience-language = Đối tượng lang:{ $language } không phải là ngôn ngữ của bot: không ai có thể đã chọn nó.
plan-default-text-missing = Cần có bản bằng ngôn ngữ mặc định ({ $language }): ai không có bản bằng ngôn ngữ của mình sẽ nhận bản này. Thêm bằng --text { $language }=...
plan-empty-text = Bản { $language } đang trống. Hãy viết nội dung, hoặc bỏ ngôn ngữ đó.
plan-text-too-long = Bản { $language } dài { $length } ký tự; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } chỉ cho phép { $limit }. Hãy rút ngắn ít nhất { $over } ký tự.
plan-bad-link = Liên kết phải bắt đầu bằng https:// ({ $link }).
plan-no-recipients = Không ai sẽ nhận tin này: đối tượng "{ $audience }" không có người nhận. Hãy kiểm tra lại đối tượng.
plan-over-quota = Tháng này LINE chỉ còn gửi được { $left } tin, nhưng đối tượng có { $line } người nhận trên LINE. Chưa gửi gì cả. Hãy thu hẹp đối tượng, nâng gói, hoặc chọn gửi một phần (--partial) để đến được { $left } người trong số đó.
plan-image-kind = Ảnh phải là tệp JPEG hoặc PNG.
plan-image-too-big = Ảnh có dung lượng { $size } byte; tối đa là { $limit } byte.
plan-image-needs-public-url = Gửi ảnh trên LINE cần địa chỉ HTTPS công khai của bot: hãy đặt PUBLIC_BASE_URL (https://...).

broadcast-plan-confirm =
    { $plan }
    Gửi ngay bây giờ?
broadcast-start-result = { $job ->
    [0] Không thể gửi hàng loạt: chưa cấu hình nền tảng nào để gửi.
    [-2] Chưa gửi: { $problems } Hãy bắt đầu lại bằng /broadcast.
   *[other] Đang gửi tin hàng loạt #{ $job }. Tiến độ và báo cáo sẽ được gửi ở đây.
    }

cli-preview = Xem trước, như người nhận sẽ thấy:
cli-refused = Chưa gửi gì, vì:
cli-dry-run-ok = Chạy thử: mọi kiểm tra đều đạt; nếu gửi thật thì sẽ bắt đầu từ đây. Chưa gửi gì.
cli-confirm = Gửi ngay bây giờ? [y/N]
cli-confirm-at = Hẹn gửi lúc { $at }? [y/N]
cli-nothing-sent = Chưa gửi gì.
cli-scheduled = Tin hàng loạt #{ $job } đã được hẹn gửi lúc { $at }. Tiến trình chạy thường trực (run_bot.py serve) sẽ gửi vào lúc đó; xem bằng broadcast --list, hủy bằng broadcast --cancel { $job }.
cli-nothing-unfinished = Không có tin hàng loạt nào còn dở.
cli-job-report = Tin hàng loạt #{ $job } ({ $state ->
    [done] đã xong
    [stopped] đã dừng: { $note }
    [cancelled] đã hủy
    [sending] vẫn đang gửi
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] đã gửi { $count }
    [uncertain] không chắc { $count } (đang gửi khi khởi động lại, có thể nhận hai lần)
    [unreachable] không đến được { $count } (đã chặn bot)
    [failed] thất bại { $count }
    [pending] chưa gửi { $count }
    [inflight] đang gửi { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = Lượt mở và nhấp trên LINE: không theo dõi cho tin này.
cli-insight-pending = Lượt mở và nhấp trên LINE: chưa công bố (LINE hiển thị sau khoảng một ngày, khi đủ người đã mở). Xem lại sau bằng broadcast --report N.
cli-insight = LINE: { $opened } người đã mở tin, { $clicked } người đã mở liên kết.
cli-no-jobs = Không có tin hàng loạt nào được hẹn hoặc đang gửi.
cli-cancel-none = Tin hàng loạt #{ $job } không được hẹn cũng không đang gửi: không có gì để hủy. Xem broadcast --list.
cli-cancelled = Đã hủy tin hàng loạt #{ $job }.
cli-no-such-job = Không có tin hàng loạt #{ $job }. Xem các tin đã gửi bằng run_bot.py audit.
cli-chart-written = Đã ghi biểu đồ vào { $file }
cli-export-written = Đã ghi { $count } chữ ký vào { $file }
cli-audit-empty = Chưa có lần gửi hàng loạt hay xuất dữ liệu nào.
cli-backup-written = Đã ghi bản sao lưu vào { $file } ({ $signatures } chữ ký, { $people } người).
cli-purge-counted = Có { $count } chữ ký được ký trước { $day } (giờ Nhật Bản). Chưa xóa gì.
cli-purge-confirm = Xóa { $count } chữ ký được ký trước { $day }? [y/N]
cli-purge-nothing = Chưa xóa gì.
cli-purge-abandoned = Đã xóa { $count } chữ ký bắt đầu rồi bỏ dở trong { $days } ngày.
cli-purge-done = Đã xóa { $count } chữ ký được ký trước { $day }.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = Trên LINE đến nay: { $opened } người đã mở tin, { $clicked } người đã mở liên kết.
