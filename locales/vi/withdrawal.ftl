# /withdraw trước khi chữ ký được ghi nhận: những gì đã nhập bị xóa ngay.
withdraw-draft-deleted = Bạn chưa ký. Những gì bạn đã nhập khi ký (tên, tỉnh và sự đồng ý) nay đã bị xóa. Chúng tôi chỉ giữ ID tài khoản và ngôn ngữ của bạn để bot có thể trả lời.
status-signing = Bạn chưa ký. Trong lúc ký, chúng tôi giữ những gì bạn đã nhập (tên, tỉnh, sự đồng ý) cùng ID tài khoản và ngôn ngữ ({ $language }). /withdraw xóa ngay; nếu bạn không ký xong, dữ liệu sẽ bị xóa sau vài ngày.
