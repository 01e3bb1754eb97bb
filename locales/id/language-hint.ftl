# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    Selamat datang! Ini adalah petisi dari { $organizer } dan kelompok mitra ({ $partners }) yang menolak revisi Undang-Undang Pengendalian Imigrasi Jepang.

    Untuk memakai bahasa lain, tekan “{ button-language }”.
