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
