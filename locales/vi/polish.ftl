nudge = Bạn hãy chọn một nút bên dưới (hoặc gõ trợ giúp).
keywords-cancel = hủy, dừng, thôi
cancelled = Được rồi, mình dừng ở đây và không lưu lại gì. Bạn muốn làm gì tiếp?
keywords-intent-thanks = cảm ơn, cám ơn, cảm ơn bạn, cam on
keywords-intent-hello = xin chào, chào, chào bạn, xin chao
keywords-intent-share = chia se
keywords-intent-help = dùng thế nào, cái này là gì
reply-thanks = Cảm ơn bạn đã ủng hộ!
reply-hello = Xin chào! Rất vui vì bạn ở đây.
name-why = Tên của bạn chính là chữ ký: tên được thêm vào bản thỉnh nguyện này gửi tới { $addressees }. { $organizer } và các tổ chức đối tác đếm số chữ ký, ngoài ra không ai khác thấy. Xem thêm tại /privacy.
help-line =
    Bạn có thể gõ các từ sau, hoặc dùng các nút, bất cứ lúc nào:
    • "ký tên" – ký thỉnh nguyện
    • "chữ ký của tôi" – xem thông tin chúng tôi lưu
    • "rút chữ ký" – xóa chữ ký
    • "cập nhật" – bật hoặc tắt tin cập nhật
    • "ngôn ngữ" – đổi ngôn ngữ
    • "quyền riêng tư" – cách chúng tôi xử lý dữ liệu
    • "mẫu giấy" – ký trên giấy
    • "menu" – menu chính
    • "chia sẻ" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "hủy" – dừng việc ký
    • "trợ giúp" – danh sách này
button-first-languages = Ngôn ngữ đầu tiên
translation-unreviewed = Lưu ý: bản dịch này chưa được người bản ngữ kiểm tra. Văn bản tiếng Nhật và tiếng Anh là văn bản chính thức.
button-more-background = Thêm bối cảnh
background-more =
    Thêm từ trang thỉnh nguyện

    • Dự luật gần như giống hệt dự luật đã bị rút lại năm 2021.
    • Cục Quản lý Xuất nhập cảnh đã từ chối công bố video những ngày cuối đời của chị Wishma và vẫn đang che giấu sự thật.
    • Chính sách đóng cửa với người tị nạn: ngay cả người sơ tán từ Ukraina cũng không được công nhận là người tị nạn, trong khi người xin tị nạn từ Myanmar, Afghanistan và nơi khác bị bỏ lại không có sự hỗ trợ đó.
    • Cục gọi những người không thể về nước là "người trốn tránh trục xuất": theo dự luật, họ có thể bị trục xuất hoặc thậm chí bị phạt.
    • Thỉnh nguyện mong một xã hội bảo đảm tính mạng và quyền của mọi người sống ở đây, nơi thật sự "không ai bị bỏ lại phía sau".
telegram-command-menu = Menu chính
telegram-command-paper = Ký trên giấy
telegram-command-cancel = Dừng việc ký
# The language's name where space is short (an organizer's audience button).
language-short-name = Tiếng Việt
help-whoami = xem ID của bạn
