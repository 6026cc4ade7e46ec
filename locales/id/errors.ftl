# lakip: errors messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: sudah menjadi ruang kerja lakip ({ $file } sudah ada)

## The line a command ends with when it cannot go on, and a warning on stderr.
error-line = kesalahan: { $message }
warning-line = peringatan: { $message }

## lakip init: why it cannot create a workspace
init-data-exists = { $dir }: sudah berisi direktori { $data }/; pilih direktori yang kosong
init-cannot-create = { $path }: tidak dapat dibuat: { $reason }
init-needs-satker = lakip init memerlukan --satker dan --tahun (atau --from DIR)
