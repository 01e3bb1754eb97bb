# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Bắt đầu lại
telegram-command-sign = Ký kiến nghị
telegram-command-language = Đổi ngôn ngữ
telegram-command-status = Xem chúng tôi lưu gì về bạn
telegram-command-withdraw = Xóa chữ ký của bạn
telegram-command-updates = Bật hoặc tắt tin cập nhật
telegram-command-help = Bạn có thể làm gì ở đây
telegram-command-privacy = Cách chúng tôi xử lý dữ liệu của bạn

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Xin chào! Tôi chỉ nhận chữ ký cho kiến nghị của { $organizer } phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh Nhật Bản trong trò chuyện riêng, để tên của ai cũng không bị chia sẻ trong nhóm. Bấm nút bên dưới để đọc và ký.
telegram-group-button = Mở trò chuyện riêng
