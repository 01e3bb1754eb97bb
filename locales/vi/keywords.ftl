# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences. Forms without diacritics are
# listed too, as many people type them so.
keywords-start = bắt đầu, bat dau
keywords-menu = menu, danh mục
keywords-help = trợ giúp, giúp, tro giup
keywords-language = ngôn ngữ, ngon ngu
keywords-sign = ký, ký tên, ky ten
keywords-status = trạng thái, chữ ký của tôi, trang thai
keywords-withdraw = rút chữ ký, xóa chữ ký, xóa dữ liệu, rut chu ky
keywords-updates = tin cập nhật, cập nhật, cap nhat
keywords-privacy = quyền riêng tư, dữ liệu cá nhân
keywords-paper = mẫu giấy, ký trên giấy
keywords-yes = có, vâng, đồng ý, co, vang
keywords-no = không, khong
keywords-abroad = ngoài Nhật Bản, nước ngoài, nuoc ngoai
keywords-skip = bỏ qua, bo qua
