# lakip: errors messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: sudah menjadi ruang kerja lakip ({ $file } sudah ada)

## The line a command ends with when it cannot go on, and a warning on stderr.
error-line = kesalahan: { $message }
warning-line = peringatan: { $message }
