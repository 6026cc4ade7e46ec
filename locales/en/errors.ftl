# lakip: errors messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: already a lakip workspace ({ $file } exists)
