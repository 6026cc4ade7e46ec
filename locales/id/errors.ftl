# lakip: errors messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: sudah menjadi ruang kerja lakip ({ $file } sudah ada)
