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

## lakip remove
remove-unknown = nothing removed: { $names }: no document of that ID or file in the workspace (`lakip status` lists them)
remove-would-remove = would remove { $id }: { $what }
remove-removed = removed { $id }: { $what }
remove-left = { $count ->
    [one] the workspace holds 1 document
   *[other] the workspace holds { $count } documents
    }
remove-count-indikator = { $count } indikator
remove-count-items = { $count ->
    [one] 1 item
   *[other] { $count } items
    }
remove-count-headings = { $count ->
    [one] 1 heading
   *[other] { $count } headings
    }
remove-count-totals = { $count ->
    [one] 1 total
   *[other] { $count } totals
    }
remove-count-notices = { $count ->
    [one] 1 notice
   *[other] { $count } notices
    }

## lakip build
build-output-is-file = { $path }: lakip build writes a directory (of chapters, or LKj-<satker>-<tahun>.docx), not one file; name a directory (-o lkj), or write one file with `lakip render all -o lkj.html`
build-incomplete = incomplete: { $part }: { $what }
build-draft-errors = { $count } errors in the data
build-draft-incomplete = { $count } parts incomplete
build-draft = { " " }(a draft: { $reasons })
build-wrote = wrote { $written }{ $draft }
build-progress-chapters = chapters
build-files-to = { $count } files to { $dir }
build-docx-and-pdf = { $docx } and { $pdf }
build-refused-nothing = nothing imported yet, so the report has no data; run `lakip import FILE`
build-refused-errors-incomplete = `lakip check` finds errors and the report is incomplete; correct the data and import what is missing
build-refused-errors = `lakip check` finds errors; correct the data
build-refused-incomplete = the report is incomplete (see above); import what is missing and complete lakip.toml
build-refused = not built: { $what }, or build a draft with --allow-errors

## lakip render (and build): what rendering says
render-own-template = using the workspace's own templates/{ $name }
render-narasi-missing = { $path } is missing: the chapter shows a placeholder
render-narasi-unfilled = { $path } still holds the skeleton's [Tuliskan …] placeholders
render-no-renstra = no Renstra imported: BAB II leaves Tabel 2.1 (sasaran, indikator and targets per year) out and says so
render-hint-pdf = { " " }(for a PDF, `lakip build --format pdf`)
render-docx-needs-file = --format docx writes a Word document: name it with -o FILE.docx (lakip render { $chapter } --format docx -o { $chapter }.docx)
render-nothing-imported = { $dir }: nothing imported yet, so no report to write; run `lakip import FILE` first
render-sebelumnya-not-workspace = { $config }: [sebelumnya] workspace = "{ $dir }" is not a lakip workspace ({ $path } has no lakip.toml)

## The -o file of realisasi, capaian and render
output-format-text = text
output-format-json = JSON
output-format-csv = CSV
output-format-xlsx = an xlsx workbook
output-format-md = Markdown
output-format-html = HTML
output-format-docx = a Word document
output-wrong-extension = { $path }: lakip { $command } writes { $formats }, not .{ $ext }; name the file for its format{ $hint }
output-by-flag = --format { $flag } writes
output-by-default = without --format, lakip { $command } writes
output-disagrees = { $path }: { $by } { $format }, but the file is named .{ $named }; name it .{ $ext } or give --format { $flag }
output-or = { $items } or { $last }
output-is-directory = { $path }: is a directory; name the file to write (-o { $example })
output-xlsx-needs-file = --format xlsx writes a workbook: name it with -o FILE.xlsx
output-wrote = wrote { $path }

## lakip realisasi, capaian, check
realisasi-sumber-one-of = one of { $names }
realisasi-depth-unknown = --depth { $name } is no level of a document of kind { $kind }: { $levels }
realisasi-none-in-files = no anggaran table (pagu and realisasi) in the files named
realisasi-none-held = no anggaran table (pagu and realisasi) to report on; import one with `lakip import FILE`
capaian-none-in-files = no kinerja table (target, realisasi, capaian) in the files named
capaian-none-held = no kinerja table (target, realisasi, capaian) to report on; import the BAB III measurement with `lakip import FILE`
check-nothing-imported = { $dir }: nothing imported yet, so nothing to check; run `lakip import FILE` first
check-no-such-rule = no rule "{ $code }"; the rules are { $rules }

## lakip template
template-write-failed = could not write the template: { $reason }
template-unknown-kind = '{ $name }' is no kind of document; templates exist for { $kinds }
template-export-kind = { $label } is a system's export, not a form filled by hand: import the export itself; templates exist for { $kinds }
template-not-xlsx = { $path }: a template is an .xlsx workbook; name the file .xlsx
template-exists = { $path }: the file exists; choose another name or pass --force to overwrite it
template-written = { $path }: template of the { $label } ({ $kind }) with { $examples } example rows; fill it, then `lakip import { $path }`

## lakip init --from, lakip man
init-cannot-read = { $path }: cannot read: { $reason }
init-cannot-copy = { $path }: cannot copy: { $reason }
init-copied-dir = { $dir }/ ({ $count } files)
init-copied-skeleton = a narrative skeleton ({ $files })
init-and = and
init-copied-with = , with { $what }
init-created-from =
    Created lakip workspace for { $satker } { $tahun } in { $dir } from { $from }{ $copied }
    Next: lakip import FILE.xlsx
man-wrote = wrote { $count } manual pages in { $dir }

## build --format pdf, and the Word document's warnings
pdf-no-office = --format pdf needs LibreOffice (soffice) to turn the Word document into a PDF, and none is on PATH; install it (apt-get install libreoffice-writer), or build the Word document with --format docx
pdf-not-made = { $path }: LibreOffice did not make the PDF
pdf-lists-unfilled = LibreOffice could not run lakip's macro, so the PDF's lists of contents, tables and figures are not filled in; open the Word document and update its fields
pdf-cannot-run = { $path }: cannot run: { $reason }
pdf-office-stopped = { $path }: LibreOffice stopped with { $status }
pdf-office-timeout = { $path }: LibreOffice did not finish in { $seconds } s
docx-unknown-marker = <!-- docx: { $marker } --> is no marker lakip knows; left out of the Word document
docx-no-picture = { $name }: no PNG or SVG picture of that name in the workspace; left out of the Word document
docx-no-chart = <!-- docx: grafik { $name } -->: no chart of that name (there are { $known })

## [dokumen] in lakip.toml: the Word document's layout
dokumen-font = [dokumen] font must name a font, like "Arial"
dokumen-ukuran-font = [dokumen] ukuran_font must be a size in points from 8 to 16, like 12 or 11.5
dokumen-spasi = [dokumen] spasi must be a line spacing from 1 to 3, like 1.5
dokumen-margin = [dokumen] margin_cm must be four margins in cm from 1 to 6, top, right, bottom and left, like [3, 3, 3, 4]

## Writing the report's files.
render-cannot-write-docx = cannot write the Word document: { $reason }
render-cannot-write-png = cannot write the PNG: { $reason }
render-terbilang-cannot = the terbilang filter cannot write { $value } in words
