# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Xin chào! Đây là kiến nghị của { $organizer } và các tổ chức cùng tham gia ({ $partners }), phản đối việc sửa đổi Luật Quản lý Xuất nhập cảnh của Nhật Bản.

    Để dùng ngôn ngữ khác, hãy bấm “{ button-language }”.
