# lakip: views messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init: what it made
init-created =
    Ruang kerja lakip untuk { $satker } { $tahun } dibuat di { $dir }, beserta kerangka narasi ({ $files })
    Berikutnya: lakip import BERKAS.xlsx, lalu lakip init --narasi untuk narasi/bab3/sasaran-N.md
init-narasi-none = tidak ada berkas narasi yang ditulis: semuanya sudah ada
init-narasi-wrote = { $count } berkas narasi ditulis: { $files }
init-narasi-kept = ; { $count } yang sudah ada dibiarkan
init-narasi-no-kinerja = belum ada tabel pengukuran kinerja (kinerja) yang diimpor: impor BAB III, lalu jalankan lagi lakip init --narasi untuk narasi/bab3/sasaran-N.md
init-files = { $count } berkas
