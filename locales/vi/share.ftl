# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = Chia sẻ
keywords-share = chia sẻ, mời bạn
keywords-whoami = whoami, id của tôi
share-sign-first = Sau khi ký, bạn sẽ nhận được đường link riêng để mời bạn bè: mọi người ký qua link đó đều được tính cho bạn. Bạn có thể ký ngay, hoặc chuyển mẫu ký giấy cho người khác.
share-paper-too = ✉️ Cách thứ hai: gia đình và bạn bè cũng có thể ký vào mẫu giấy và gửi qua bưu điện.
share-next = Mời bạn bè bằng link riêng của bạn, hoặc chuyển mẫu ký giấy:
whoami =
    ID { $platform } của bạn là:
    { $user_id }
    Bạn chỉ cần nó khi chiến dịch chọn bạn làm người tổ chức: hãy gửi nó cho họ.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = Mời bạn bè ký tên
telegram-command-whoami = Xem ID Telegram của bạn
telegram-share-text = Tôi đã ký kiến nghị phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh Nhật Bản, điều gây nguy hiểm cho người tị nạn. Hãy ký cùng tôi:
# Shown before a person presses Start (at most 512 characters).
telegram-description = Bot này mang kiến nghị của { $organizer } phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh Nhật Bản đến với bạn: đọc vì sao nó gây nguy hiểm cho người tị nạn và người không có tư cách lưu trú, và ký chỉ trong vài phút. Tên của bạn chỉ được gửi đến nơi nhận kiến nghị.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = Đọc và ký kiến nghị phản đối sửa đổi Luật Quản lý Xuất nhập cảnh Nhật Bản.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = Mời bạn bè
