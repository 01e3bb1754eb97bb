# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 Bản kiến nghị: đọc và ký tên
line-alt-concern = 5 vấn đề: { $title }
line-alt-background = Bối cảnh dự luật: giam giữ ở Nhật Bản
line-alt-paper = ✉️ Ký cả trên giấy: mẫu đơn và nơi gửi
line-alt-share = Mời bạn bè ký kiến nghị
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Gửi kiến nghị cho bạn bè trên LINE. Họ có thể kết bạn với tài khoản này và ký tên trong vài phút.
line-button-share = Chia sẻ trên LINE
line-share-text = Tôi đã ký kiến nghị phản đối việc sửa đổi Luật Xuất nhập cảnh Nhật Bản, điều gây nguy hiểm cho người tị nạn. Hãy cùng ký: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = Để đọc và ký kiến nghị, vui lòng nhắn tin riêng với tôi.
line-group-pointer-link = Để đọc và ký kiến nghị, vui lòng kết bạn với tôi và nhắn tin riêng: { $link }
