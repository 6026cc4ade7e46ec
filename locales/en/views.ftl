# lakip: views messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init: what it made
init-created =
    Created lakip workspace for { $satker } { $tahun } in { $dir }, with a narrative skeleton ({ $files })
    Next: lakip import FILE.xlsx, then lakip init --narasi for narasi/bab3/sasaran-N.md
init-narasi-none = wrote no narasi file: every one is there already
init-narasi-wrote = wrote { $count } narasi files: { $files }
init-narasi-kept = ; kept { $count } that exist
init-narasi-no-kinerja = no pengukuran kinerja (kinerja) table imported yet: import BAB III, then run lakip init --narasi again for narasi/bab3/sasaran-N.md
init-files = { $count } files

## lakip import: the view's column titles (JSON keeps the English field names)
view-import-uraian = Uraian
view-import-items = Items
view-import-sum = Σ items
view-import-no-uraian = (no uraian)
field-amount = amount
field-pagu = pagu
field-realisasi = realisasi
field-stated_percent = stated_percent
field-sisa = sisa
field-stated_capaian = stated_capaian
field-biaya = biaya
field-lock_pagu = lock_pagu
field-realisasi_lalu = realisasi_lalu
field-realisasi_ini = realisasi_ini
field-target_renstra = target_renstra
field-renstra_lalu = renstra_lalu
field-tw1 = tw1
field-tw2 = tw2
field-tw3 = tw3
field-tw4 = tw4
field-renstra_sd = renstra_sd
field-k_target_renstra = k_target_renstra
field-k_renstra_lalu = k_renstra_lalu
field-k_target = k_target
field-k_tw1 = k_tw1
field-k_tw2 = k_tw2
field-k_tw3 = k_tw3
field-k_tw4 = k_tw4
field-k_realisasi = k_realisasi
field-k_renstra_sd = k_renstra_sd
field-k_capaian = k_capaian
