# Bảng điều khiển của ban tổ chức (các trang trong /dashboard/) và câu trả lời cho /dashboard trong trò chuyện.
dashboard-chat-link =
    Đường link đăng nhập bảng điều khiển của ban tổ chức. Chỉ dùng được một lần, trong 15 phút; đừng chuyển tiếp:
    { $link }
dashboard-name = Bảng điều khiển kiến nghị
dashboard-language = Ngôn ngữ:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (không rõ)
dashboard-nav-overview = Tổng quan
dashboard-nav-funnel = Phễu trò chuyện
dashboard-nav-broadcasts = Gửi hàng loạt
dashboard-nav-signatures = Chữ ký
dashboard-nav-audit = Nhật ký thao tác
dashboard-sign-out = Đăng xuất

# Đăng nhập
dashboard-signin-title = Đăng nhập
dashboard-signin-how = Để đăng nhập, hãy gửi /dashboard cho bot trên LINE hoặc Telegram từ tài khoản ban tổ chức, hoặc nhờ quản trị viên máy chủ chạy lệnh này. Cách nào cũng cho bạn một đường link dùng được một lần, trong 15 phút.
dashboard-signin-button = Đăng nhập bảng điều khiển
dashboard-signin-used = Đường link đăng nhập này đã được dùng. Mỗi link chỉ dùng được một lần: hãy xin link mới.
dashboard-signin-expired = Đường link đăng nhập này đã hết hạn. Hãy xin link mới.
dashboard-signin-unknown = Đường link đăng nhập này không hợp lệ. Hãy xin link mới.
dashboard-signin-signedout = Bạn đã đăng xuất.

# Tổng quan
dashboard-goal = { $total } chữ ký trên mục tiêu { $goal }
dashboard-goal-line = Mục tiêu: { $goal }
dashboard-tile-total = tổng số chữ ký
dashboard-tile-today = hôm nay (giờ Nhật)
dashboard-tile-week = trong 7 ngày qua
dashboard-tile-subscribers = nhận tin cập nhật
dashboard-tile-unreachable = không liên lạc được (đã chặn bot)
dashboard-chart-total = Số chữ ký đến nay so với mục tiêu
dashboard-chart-daily = Chữ ký mỗi ngày
dashboard-by-platform = Theo nền tảng
dashboard-by-language = Theo ngôn ngữ
dashboard-by-prefecture = Theo tỉnh
dashboard-prefecture-none = Không cho biết
dashboard-col-where = Ở đâu
dashboard-col-signatures = Chữ ký
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Bảng điều khiển dòng lệnh

# Phễu
dashboard-funnel-intro = Bao nhiêu người đã đến từng bước của cuộc trò chuyện, và bao nhiêu người rời đi kể từ bước trước. Chỉ lưu con số, không bao giờ lưu là ai.
dashboard-funnel-started = Bắt đầu trò chuyện
dashboard-funnel-language = Chọn ngôn ngữ
dashboard-funnel-concerns = Đọc các mối lo ngại
dashboard-funnel-agreed = Đồng ý ký
dashboard-funnel-name = Nhập tên
dashboard-funnel-signed = Đã ký
dashboard-funnel-by-language = Theo ngôn ngữ
dashboard-col-milestone = Bước
dashboard-col-people = Số người
dashboard-col-of-started = Trên số người bắt đầu
dashboard-col-lost = Rời đi kể từ bước trước
dashboard-col-language = Ngôn ngữ

# Gửi hàng loạt
dashboard-broadcast-unavailable = Chưa cấu hình nền tảng nào nên không thể gửi gì. Bạn vẫn có thể viết và xem trước tin.
dashboard-compose-hint = Hãy viết tin bằng càng nhiều ngôn ngữ càng tốt. Bản { $language } là bắt buộc: người nào không có bản bằng ngôn ngữ của mình sẽ nhận bản này.
dashboard-compose-link = Đường link hiện thành nút bên dưới tin (không bắt buộc, https://)
dashboard-compose-audience = Ai sẽ nhận (chỉ những người đồng ý nhận tin và không chặn bot)
dashboard-compose-preview = Xem trước và đếm
dashboard-audience-subscribers = Mọi người nhận tin
dashboard-audience-signers = Chỉ người đã ký
dashboard-audience-language = Chỉ người đọc bằng { $language }
dashboard-broadcast-latest = Các lần gửi gần đây
dashboard-col-broadcast = Lần gửi
dashboard-col-audience = Người nhận
dashboard-col-state = Trạng thái
dashboard-col-text = Bản tin họ nhận
dashboard-no-language = Chưa chọn ngôn ngữ
dashboard-preview-title = Kiểm tra trước khi gửi
dashboard-plan-fallback = Bản { $text } (không có bản { $language })
dashboard-plan-totals = Người nhận: { $line } trên LINE, { $telegram } trên Telegram.
dashboard-plan-billable = LINE tính phí { $count } tin nhắn cho tin này.
dashboard-plan-quota-left = Số tin nhắn LINE còn lại tháng này: { $left }.
dashboard-plan-quota-unknown = Hạn mức tháng của LINE không giới hạn hoặc không rõ.
dashboard-plan-cost = Chi phí ước tính cho tin nhắn LINE: { $cost } { $currency }.
dashboard-preview-line = Hiển thị trên LINE
dashboard-preview-telegram = Hiển thị trên Telegram
dashboard-send = Gửi ngay cho { $count } người
dashboard-change = Sửa tin
dashboard-job-title = Lần gửi #{ $job }
dashboard-job-by = Do { $who } bắt đầu, gửi cho { $audience }.
dashboard-progress = Đã xử lý { $done } trên { $total }
dashboard-cancel = Hủy lần gửi
dashboard-state-preparing = Đang chuẩn bị
dashboard-state-sending = Đang gửi
dashboard-state-done = Đã xong
dashboard-state-cancelled = Đã hủy
dashboard-state-stopped = Đã dừng
dashboard-col-platform = Nền tảng
dashboard-report-sent = Đã gửi
dashboard-report-uncertain = Không chắc (có thể hai lần)
dashboard-report-unreachable = Không liên lạc được
dashboard-report-failed = Thất bại
dashboard-report-pending = Chưa gửi
dashboard-report-inflight = Đang trên đường
dashboard-report-skipped = Bỏ qua

# Chữ ký và nhật ký
dashboard-export-intro = Hiện có { $total } chữ ký hợp lệ. Tải xuống để nộp kiến nghị.
dashboard-export-format = Định dạng tệp
dashboard-format-csv = CSV (mở được bằng Excel)
dashboard-format-xlsx = Sổ làm việc Excel (xlsx)
dashboard-export-button = Tải chữ ký xuống
dashboard-export-care = Tệp có chứa họ tên: chỉ lưu ở nơi cần thiết và xóa sau khi đã nộp kiến nghị. Mỗi lần tải đều được ghi vào nhật ký thao tác.
dashboard-col-when = Khi nào (giờ Nhật)
dashboard-col-who = Ai
dashboard-col-what = Việc gì
dashboard-col-count = Bao nhiêu
dashboard-col-detail = Chi tiết
dashboard-audit-empty = Chưa có gì.
