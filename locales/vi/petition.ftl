welcome =
    Xin chào! Đây là kiến nghị của { $organizer } và các tổ chức cùng tham gia ({ $partners }), phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh của Nhật Bản.

    Bạn muốn dùng ngôn ngữ nào?
welcome-back = Chào mừng bạn quay lại, và cảm ơn bạn đã ký tên.
welcome-continue = Chào mừng bạn quay lại! Đây là chỗ bạn đã dừng.
language-prompt = Bạn muốn dùng ngôn ngữ nào?
language-set = Được rồi, từ giờ tôi sẽ viết bằng tiếng Việt.

petition =
    📝 Bản kiến nghị

    Chúng tôi phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh. Việc sửa đổi này sẽ chèn ép người tị nạn và đe dọa tính mạng của những người không có tư cách lưu trú. Chúng tôi yêu cầu dừng dự luật này, và cải cách để bảo vệ tính mạng và quyền của mọi người đang sống tại Nhật Bản.

    Gửi đến: { $addressees }.

    Dự luật có năm vấn đề. Bạn có thể đọc từng vấn đề, hoặc ký tên ngay.

concern-1 =
    { $position }/{ $total } Trục xuất người xin tị nạn

    Nhật Bản công nhận rất ít người tị nạn. Dự luật cho phép nhà nước trục xuất cả những người đang xin công nhận tị nạn, mà không cải thiện tỷ lệ công nhận thấp đó trước.
concern-2 =
    { $position }/{ $total } Trừng phạt người không thể về nước

    Người tị nạn và những người có lý do không thể trở về nước mình sẽ bị ra lệnh phải rời đi, và bị phạt nếu không tuân theo.
concern-3 =
    { $position }/{ $total } Giam giữ không hồi kết

    Người nước ngoài không có tư cách lưu trú vẫn có thể bị giam giữ vô thời hạn hoặc trong nhiều năm. Dự luật giữ nguyên chế độ đó.
concern-4 =
    { $position }/{ $total } Bị giám sát, nhưng không được hỗ trợ

    Một chế độ "quản lý giám sát" mới sẽ tăng cường theo dõi những người được thả ra khỏi nơi giam giữ. Những người bị cấm làm việc sẽ không được hỗ trợ gì để sinh sống.
concern-5 =
    { $position }/{ $total } Ít cơ hội được ở lại hơn

    Giấy phép lưu trú đặc biệt là cách để những người không có tư cách lưu trú, chẳng hạn như trẻ em lớn lên ở Nhật Bản, được phép ở lại. Dự luật sẽ cấp giấy phép này trong ít trường hợp hơn.

background =
    Bối cảnh của dự luật: giam giữ ở Nhật Bản

    • Năm 2021, chị Wishma Sandamali qua đời khi đang bị giam giữ tại Cục Quản lý Xuất nhập cảnh Nagoya. Những chỉ trích về cách đối xử với chị đã khiến dự luật năm 2021 bị hủy bỏ.
    • Ngày 30 tháng 3 năm 2014, một người đàn ông Cameroon đã chết tại trung tâm giam giữ nhập cư ở Ushiku, sau khi những lời kêu đau đớn của anh bị phớt lờ. Gia đình anh đã kiện và thắng một phần.
    • Anh Deniz đã kiện ra tòa sau khi bị một nhóm nhân viên đánh đập khi đang bị giam giữ.
    • Người được tạm tha (仮放免) không được phép làm việc, và không có trợ cấp xã hội hay bảo hiểm y tế, kể cả khi bệnh nặng. Liên Hợp Quốc đã kêu gọi thay đổi điều này.
    • Trẻ em đến Nhật Bản khi còn nhỏ, hoặc sinh ra ở đây, đi học và lớn lên mà không có tư cách lưu trú, và sống trong nỗi sợ bị đưa đến một đất nước mà các em không hề biết.

menu = Bạn muốn làm gì?
help =
    Bạn có thể dùng các lệnh này bất cứ lúc nào:
    /start – bắt đầu lại
    /sign – ký kiến nghị
    /status – xem chúng tôi lưu gì về bạn
    /withdraw – xóa chữ ký của bạn
    /updates – bật hoặc tắt tin cập nhật
    /language – đổi ngôn ngữ
    /privacy – cách chúng tôi xử lý dữ liệu của bạn
    /menu – Menu chính
    /paper – Ký trên giấy
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – Dừng việc ký
    /help – danh sách này
not-understood = Xin lỗi, tôi không hiểu.
old-button = Nút đó thuộc về một bước trước.
media-not-understood = Cảm ơn bạn! Nhưng tôi chỉ đọc được chữ và nút bấm.
unknown-command = Tôi không biết lệnh đó. Gõ /help để xem danh sách.
use-buttons = Vui lòng trả lời bằng các nút (hoặc gõ "có" hay "không").

# The button under a broadcast update that carries a link.
broadcast-link = Mở liên kết
slow-down = Bạn đang gửi tin nhắn rất nhanh. Vui lòng đợi một chút rồi tiếp tục.
storage-unavailable = Xin lỗi, hiện tôi không thể lưu gì, nên chưa có gì được ghi lại. Vui lòng thử lại sau.
