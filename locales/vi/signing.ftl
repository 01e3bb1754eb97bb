privacy =
    🔒 Cách chúng tôi xử lý chữ ký của bạn
    • Chúng tôi thu thập: tên của bạn, và nếu bạn muốn, tỉnh nơi bạn sống (hoặc "ngoài Nhật Bản"). Không gì khác. Chúng tôi lưu kèm ID tài khoản chat của bạn, để bạn có thể xem hoặc xóa chữ ký của mình.
    • Vì sao: tên của bạn là một chữ ký cho bản kiến nghị này gửi { $addressees }. { $delivery }{ $organizer } cùng các tổ chức tham gia đếm số chữ ký.
    • Ai được xem: các tổ chức chủ trì, và nơi nhận các chữ ký. Không bao giờ được công khai hay dùng vào việc khác.
    • Lưu bao lâu: cho đến khi bản kiến nghị được nộp, chậm nhất đến { DATETIME($retention_until, dateStyle: "long") }. Sau đó sẽ bị xóa.
    • Mỗi người chỉ ký một lần: nếu bạn đã ký trên giấy hoặc trực tuyến, xin đừng ký lại.
    • Quyền của bạn: gõ /status để xem chúng tôi lưu gì, và /withdraw để xóa, bất cứ lúc nào.
consent =
    { privacy }

    Bạn có đồng ý và muốn ký tên không?
consent-declined = Không sao. Bạn có thể ký bất cứ lúc nào bằng /sign.

ask-name = Vui lòng nhập tên của bạn như sẽ ghi trên bản kiến nghị (ví dụ: Nguyễn Thị Lan).
name-error-empty = Tôi chưa nhận được tên.
name-error-too-long = Tên dài hơn 100 ký tự. Vui lòng dùng dạng ngắn hơn của tên bạn.
name-error-invisible = Tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại dưới dạng văn bản thông thường.
name-error-link = Tên không được chứa địa chỉ web.
name-error-symbols = Vui lòng chỉ dùng chữ cái, khoảng trắng và dấu câu thông thường, không dùng emoji hay ký hiệu.
name-error-no-letters = Tên cần có ít nhất một chữ cái.

ask-prefecture = Bạn sống ở tỉnh nào? Chọn một tỉnh, gõ tên tỉnh, hoặc chọn "Ngoài Nhật Bản" hay "Bỏ qua".
prefecture-unknown = Tôi không tìm thấy tỉnh đó. Hãy thử một tên như "Osaka" hoặc "大阪".
place-abroad = Ngoài Nhật Bản
place-none = không ghi tỉnh

ask-updates = Bạn có muốn thỉnh thoảng nhận tin cập nhật về kiến nghị ở đây không, ví dụ khi chữ ký được nộp? Bạn có thể dừng bất cứ lúc nào.
updates-chosen-yes = có
updates-chosen-no = không

confirm-signature =
    Chữ ký của bạn sẽ được ghi là:
    { $name }, { $place }
    Tin cập nhật: { $updates }

    Thông tin này có đúng không?

signed-thanks = Cảm ơn bạn đã ký! Đến nay đã có { $total } người ký (mục tiêu: { $goal }).
already-signed = Bạn đã ký rồi. Cảm ơn bạn!
paper-form =
    ✉️ Bạn bè và gia đình cũng có thể ký trên giấy.
    { $delivery }{ $paper_how }
    Gửi các mẫu đơn qua bưu điện đến:
    { $mailing_address }
share =
    { share-heading }
    Tôi đã ký kiến nghị của { $organizer } phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh Nhật Bản, điều sẽ gây nguy hiểm cho người tị nạn và những người không có tư cách lưu trú. Hãy cùng ký nhé: { $link }

status-signed =
    Những gì chúng tôi lưu về bạn:
    • Tên: { $name }
    • Tỉnh: { $place }
    • Ký ngày { DATETIME($date, dateStyle: "long") }, là người ký thứ { $number }
    • Tin cập nhật: { $updates }
    • Ngôn ngữ: { $language }
    • Số người đã ký qua đường liên kết của bạn: { $referrals }
    Gõ /withdraw để xóa chữ ký của bạn.
status-not-signed = Bạn chưa ký. Chúng tôi chỉ lưu ID tài khoản chat, ngôn ngữ ({ $language }) và lựa chọn tin cập nhật ({ $updates }) của bạn.

withdraw-confirm = Xóa chữ ký của bạn? Tên và tỉnh của bạn sẽ bị xóa, và chữ ký sẽ không còn được tính. Chúng tôi chỉ giữ con số ẩn danh về số lần rút chữ ký.
withdraw-done = Xong. Chữ ký, tên và tỉnh của bạn đã bị xóa, và tin cập nhật đã tắt.
withdraw-kept = Được rồi, chữ ký của bạn vẫn được giữ. Cảm ơn bạn.
withdraw-nothing = Bạn không có chữ ký nào để xóa, và chúng tôi không lưu tên nào của bạn.

updates-are-on = Tin cập nhật đang bật.
updates-are-off = Tin cập nhật đang tắt.
updates-now-on = Đã bật tin cập nhật. Cảm ơn bạn!
updates-now-off = Đã tắt tin cập nhật. Bạn sẽ không nhận thêm tin nào nữa.
