# lakip: the commands' own messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## Clap's parse errors, written from its error's kind and context (src/cli/parse_error.rs).
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-unknown-subcommand = unrecognized subcommand '{ $name }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-missing-required = the following required arguments were not provided:
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-argument-twice = the argument '{ $arg }' cannot be used multiple times
clap-argument-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-number-empty = cannot parse integer from empty string
clap-number-too-large = number too large to fit in target type
clap-number-invalid = invalid digit found in string
clap-number-out-of-range = { $value } is not in { $range }
clap-tip = tip
clap-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
clap-similar-argument = { $count ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
clap-similar-value = { $count ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
clap-pass-as-value = to pass '{ $arg }' as a value, use '{ $how }'
clap-try-help = For more information, try '{ $flag }'.

## lakip import
import-replace-no-workspace = --replace names a document held in a workspace, and there is none here; name one with -w DIR
import-replace-unknown = nothing imported: --replace { $names }: no document of that ID or file in the workspace (`lakip status` lists them)
import-would-replace = would replace { $sheet } ({ $id })
import-replaced = replaced { $sheet } ({ $id })
import-would-hold = would hold
import-now-holds = now holds
import-unknown-time = at an unknown time
import-revision-of-held = { $new } looks like a revision of { $old } ({ $id }, imported { $at }): { $same } of { $of } { $rows } are the same; the workspace { $holds } both, and would add their figures up. To keep only the new one: { $keep } (`lakip check` fails while both are held: duplicate-document)
import-only-one-sheet = import only one sheet: `lakip import { $file } --sheet { $sheet }`
import-keep-one = keep one: { $how }
import-two-sheets-alike = { $sheets } look like two versions of one document ({ $same } of { $of } { $rows } the same): the workspace { $holds } both, and would add their figures up; { $keep } (`lakip check` fails while both are held: duplicate-document)
import-two-files-alike = { $new } and { $other } look like two versions of one document ({ $same } of { $of } { $rows } the same): import only one
import-rows-indikator = indikator
import-rows-items = items
import-progress-rows = rows read
dry-run-nothing-written = dry run: nothing written
import-summary = imported { $items } items from { $documents ->
    [one] 1 document
   *[other] { $documents } documents
} into data/ ({ $tables })
