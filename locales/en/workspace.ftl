# lakip: the workspace's messages (en): src/workspace. Keys are the same in id and en; tests/i18n.rs checks it.

workspace-not-a-workspace = { $dir }: not a lakip workspace (no { $config }); create one with `lakip init`
workspace-not-found = no { $config } in { $dir } or any parent; create a workspace with `lakip init`, or name one with -w DIR
workspace-no-current-dir = cannot read the current directory: { $error }
workspace-data-is-file = { $path }: is a file, not the workspace's data directory; move or rename it and run the command again
workspace-cannot-read = { $path }: cannot read: { $error }
workspace-cannot-write = { $path }: cannot write: { $error }
workspace-another-process = another process
workspace-locked = another lakip is writing this workspace ({ $who }); try again when it has finished (if no lakip runs, delete { $lock })
workspace-cannot-lock = { $path }: cannot create the workspace lock: { $error }
workspace-warning = warning: { $message }
workspace-recovered-finished = finished an update killed mid-way ({ $name })
workspace-recovered-restored = restored { $name } after an update killed mid-way
workspace-recovered-removed = removed { $name }, left by an update killed mid-way
workspace-leftover = warning: { $name }: left by a write killed mid-way; the tables stand as before it, and the next import or remove deletes it
workspace-bad-sumber = [realisasi] sumber must be one of { $sources }, not "{ $name }"
workspace-bad-epoch = SOURCE_DATE_EPOCH={ $text } is not a number of seconds since 1970
workspace-stored-heading = { $location }: the stored row names heading { $heading } but the document has { $count } headings; import the file again
workspace-no-document = no document '{ $file }' sheet '{ $sheet }' in documents.csv: the workspace's tables disagree (a write interrupted, or a table edited by hand); import the file again
workspace-stored-not-a-number = { $path }:{ $line }: column { $column }: "{ $value }" is not a number
workspace-stored-bad-cell = { $cell } is not a cell name
workspace-stored-bad-decimal = "{ $value }" is not an exact decimal
workspace-unknown-kind = unknown kind "{ $kind }"
workspace-unknown-notice-kind = unknown notice kind "{ $kind }"
