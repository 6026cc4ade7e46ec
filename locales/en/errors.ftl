# lakip: errors messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: already a lakip workspace ({ $file } exists)

## The line a command ends with when it cannot go on, and a warning on stderr.
error-line = error: { $message }
warning-line = warning: { $message }

## lakip init: why it cannot create a workspace
init-data-exists = { $dir }: has a { $data }/ directory already; choose an empty directory
init-cannot-create = { $path }: cannot create: { $reason }
init-needs-satker = lakip init needs --satker and --tahun (or --from DIR)
