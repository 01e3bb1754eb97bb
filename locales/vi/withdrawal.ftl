# /withdraw trước khi chữ ký được ghi nhận: những gì đã nhập bị xóa ngay.
withdraw-draft-deleted = Bạn chưa ký. Những gì bạn đã nhập khi ký (tên, tỉnh và sự đồng ý) nay đã bị xóa. Chúng tôi chỉ giữ ID tài khoản và ngôn ngữ của bạn để bot có thể trả lời.
