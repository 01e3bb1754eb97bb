# /withdraw sebelum tanda tangan tercatat: apa yang sudah diisi langsung dihapus.
withdraw-draft-deleted = Kamu belum menandatangani. Yang sudah kamu isi saat menandatangani (nama, prefektur, dan persetujuan) sekarang dihapus. Kami hanya menyimpan ID akun dan bahasamu, agar bot bisa membalas.
