# /withdraw sebelum tanda tangan tercatat: apa yang sudah diisi langsung dihapus.
withdraw-draft-deleted = Kamu belum menandatangani. Yang sudah kamu isi saat menandatangani (nama, prefektur, dan persetujuan) sekarang dihapus. Kami hanya menyimpan ID akun dan bahasamu, agar bot bisa membalas.
status-signing = Kamu belum menandatangani. Selama proses tanda tangan, kami menyimpan yang sudah kamu isi (nama, prefektur, persetujuan) bersama ID akun dan bahasamu ({ $language }). /withdraw langsung menghapusnya; jika tidak diselesaikan, data itu dihapus setelah beberapa hari.
