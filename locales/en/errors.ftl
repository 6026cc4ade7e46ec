# lakip: errors messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init
init-already-workspace = { $dir }: already a lakip workspace ({ $file } exists)

## The line a command ends with when it cannot go on, and a warning on stderr.
error-line = error: { $message }
warning-line = warning: { $message }
