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

## lakip import: the view's column titles (JSON keeps the English field names)
view-import-uraian = Uraian
view-import-items = Butir
view-import-sum = Σ butir
view-import-no-uraian = (tanpa uraian)
field-amount = jumlah
field-pagu = pagu
field-realisasi = realisasi
field-stated_percent = persen tertulis
field-sisa = sisa
field-stated_capaian = capaian tertulis
field-biaya = biaya
field-lock_pagu = pagu terkunci
field-realisasi_lalu = realisasi lalu
field-realisasi_ini = realisasi kini
field-target_renstra = target renstra
field-renstra_lalu = renstra lalu
field-tw1 = tw1
field-tw2 = tw2
field-tw3 = tw3
field-tw4 = tw4
field-renstra_sd = renstra s.d.
field-k_target_renstra = K target renstra
field-k_renstra_lalu = K renstra lalu
field-k_target = K target
field-k_tw1 = K tw1
field-k_tw2 = K tw2
field-k_tw3 = K tw3
field-k_tw4 = K tw4
field-k_realisasi = K realisasi
field-k_renstra_sd = K renstra s.d.
field-k_capaian = K capaian
