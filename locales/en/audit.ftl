# lakip: `lakip audit` messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## Shared by the families of claims.
audit-figure-reason = { $figure }: { $reason }
audit-bound = { $figure } is a bound, not a figure
audit-zero = { $figure } is zero

## sisa
audit-sisa-other-programs = { $figure }: the pagu, realisasi and sisa may be of different programs
audit-sisa-no-pagu-realisasi = { $figure }: no pagu and realisasi in the same sentence
audit-sisa-one-missing = { $figure }: the sentence states no pagu or no realisasi beside it
audit-sisa-several = { $figure }: more than one pagu or realisasi it could be the sisa of
audit-sisa-wrong = sisa stated as { $sisa } but pagu { $pagu } − realisasi { $realisasi } is { $computed }
audit-sisa-hint = sisa = pagu − realisasi; correct whichever of the three is wrong

## percent
audit-percent-no-amount-after-dari = no amount after "dari" in the sentence
audit-percent-no-pagu-before = no pagu stated before the realisasi
audit-percent-no-base = the amount before the percentage is no realisasi or sisa, and no "dari" names its base
audit-percent-wrong = { $part } is stated as { $percent } of { $whole }, but { $x } ÷ { $y } × 100 is { $computed }
audit-percent-hint = rounded half-up to the { $decimals } decimals written; correct the percentage or the amounts

## change
audit-change-dari-no-menjadi = "dari" without "menjadi"
audit-change-no-figure-dari-menjadi = no figure after "dari" or after "menjadi"
audit-change-no-figure-after-word = no figure after the word of change
audit-change-figure-not-next = the figure after the word of change is not right after it
audit-change-no-dibandingkan = no "dibandingkan" after the change
audit-change-no-earlier-figure = no figure for the year compared with
audit-change-no-this-year-figure = no figure of this year before the word of change
audit-change-different-kinds = the two figures compared are of different kinds
audit-change-says-rise = the text says a rise from { $before } to { $after }
audit-change-says-fall = the text says a fall from { $before } to { $after }
audit-change-direction-hint = the figure of this year is stated, the one compared with is computed
audit-change-kind-differs = the change is of another kind than the figures
audit-change-wrong = the change is stated as { $change }, but from { $before } to { $after } is { $computed }
audit-change-hint = naik/turun = this year − the year compared with

## sum
audit-sum-mixed = the parts mix amounts and percentages
audit-sum-other-measure = the parts are not all of the total's measure
audit-sum-too-few = fewer than two amounts listed after it
audit-sum-count-differs = the sentence names { $named } parts but lists { $listed } amounts
audit-sum-wrong = the amounts listed add up to { $computed }, not to the { $stated } stated
audit-sum-hint = correct the total or the amount that is wrong

## words
audit-words-unread = "({ $words })" does not read as one number
audit-words-wrong = { $figure } is written in words as "{ $words }", which is { $computed }
audit-words-hint = the digits are stated, the words computed: correct whichever is wrong

## capaian
audit-capaian-not-one-each = not exactly one target, one realisasi and one capaian in the sentence
audit-lower-better = the indikator may be lower-is-better
audit-capaian-target-zero = the target is zero
audit-capaian-wrong = capaian stated as { $capaian } but realisasi { $realisasi } ÷ target { $target } × 100 is { $computed }
audit-capaian-hint = higher is better; a capaian capped at 100, 110 or 120 also passes

## same-figure
audit-same-of-entity = the { $measure } of "{ $entity }"
audit-same-of-dipa = the DIPA's { $measure }
audit-same-wrong = { $what } is stated here as { $here }, but as { $there } in { $place }
audit-same-hint = the earlier statement: "{ $quote }"

## count
audit-count-reason = { $figure } { $noun }: { $reason }
audit-count-no-target = { $figure } { $noun }: tabel { $table } has no Target column
audit-count-wrong = the text counts { $figure } { $noun }, but { $table } lists { $counted }
audit-count-hint-indikator = counted: the table's rows with a target
audit-count-hint-sasaran = counted: the table's numbered rows (or distinct sasaran)
audit-count-nth-table = tabel { $number } of the document
audit-count-no-caption = no table captioned "Tabel { $name }"
audit-count-no-table-after = no table right after it
audit-count-no-table-named = the sentence names no table

## list
audit-list-some = { $figure } { $noun }: the list names some, not all
audit-list-words-disagree = { $figure } { $noun }: its words and digits disagree (see `words`)
audit-list-hint = counted: the items of the list after the count
audit-list-wrong = the text counts { $figure } { $noun }, but the list after it names { $counted }
audit-list-not-ordered = the list's numbers are not 1, 2, 3 …
audit-list-empty = the list is empty
audit-list-dan = an item holds a `dan`: where one item ends is not read
audit-list-nested = item { $item } comes after a paragraph that is no item (a nested list?)
audit-list-none-follows = no list follows it

## signing-date, signatory
audit-date-lkj = the report of { $year } is signed on { $date }, before the year it reports on ended
audit-date-lkj-hint = an LKj of { $year } is signed after 31 Desember { $year }; a date of { $written } is often last year's template with the year not updated
audit-date-pk = the Perjanjian Kinerja of { $year } is signed on { $date }, not in Januari { $year }
audit-date-pk-hint = a PK is signed at the start of its year; a PK revised later says PERUBAHAN in its title
audit-signatory-differs = signed by { $name }, but the report is signed by { $first } above
audit-signatory-workspace = signed by { $first }, but the workspace's [penandatangan] is { $workspace }
audit-signatory-hint = a change of office during the year is real: sign with the official in office

## year, satker
audit-source-title = the title ("{ $title }")
audit-source-workspace-satker = the workspace's satker (lakip.toml)
audit-year-workspace = the title says { $title }, but the workspace is for { $workspace } (tahun in lakip.toml)
audit-year-source-title = the title's
audit-year-source-workspace = the workspace's
audit-year-wrong = "{ $text }" names the year { $stated }, but the report is of { $year } ({ $source } year)
audit-satker-workspace = the title names { $title }, but the workspace is of { $workspace }
audit-satker-wrong = the text names { $named } as the report's satker, but the report is of { $own } ({ $source })

## the report's tables
audit-table-not-percent = "{ $text }" does not read as a percentage
audit-table-pagu-zero = the pagu is zero
audit-table-row-no-uraian = the row (no uraian)
audit-table-percent-wrong = { $name } states { $stated }% but realisasi ÷ pagu is { $computed }
audit-table-percent-hint = { $realisasi } ÷ { $pagu } × 100 = { $computed }; rounded half-up to the decimals written
audit-table-capaian-polaritas = capaian stated as { $capaian }% but from target { $target } and realisasi { $realisasi } by polaritas { $polaritas } it is { $computed }
audit-table-capaian-not-percent = capaian "{ $text }" does not read as a percentage
audit-table-not-one-kind = target "{ $target }" and realisasi "{ $realisasi }" are not two figures of one kind
audit-table-capaian-hint = polaritas { $polaritas }; a capaian capped at 100, 110 or 120 also passes

## workspace (-w)
audit-ws-no-line = the workspace holds no program or kegiatan named "{ $name }"
audit-ws-several-lines = more than one line of the workspace is named "{ $name }"
audit-ws-whole-budget = the whole budget
audit-ws-no-value = the workspace has no { $measure } for { $what }
audit-ws-wrong = the text states the { $measure } of { $what } as { $stated }, but the workspace's is { $computed }
audit-ws-hint-capaian = as `lakip capaian` computes it from the kinerja table's target and realisasi
audit-ws-hint-realisasi = as `lakip realisasi` computes it from the items of the workspace's tables
audit-ws-no-serapan = the workspace has no serapan for it
audit-ws-no-capaian = the workspace computes no capaian for it
audit-ws-no-indikator = the workspace measures no indikator named "{ $name }"
audit-ws-several-indikator = more than one indikator of the workspace has that name

## achievement
audit-at = at { $place }
audit-achievement-partial = the statement is partial, negative or a hope, not a claim that all were achieved
audit-achievement-own-table = the report's capaian table
audit-achievement-workspace-table = the workspace's kinerja table
audit-achievement-no-table = no capaian table to hold it to: no table of the report has Target and Realisasi columns, and no workspace (-w) was given
audit-achievement-all-wrong = the text says all were achieved, but { $missed } of { $rows } in { $source } was not: "{ $name }" reaches { $capaian }
audit-named-hope = the statement is a hope, a plan or a condition
audit-named-no-subject = the statement names no sasaran or indikator by its text
audit-named-no-row = no { $what } of { $source } is named "{ $subject }"
audit-named-several-rows = "{ $subject }" names { $rows } rows of { $source }, not one
audit-named-unread = { $what } "{ $subject }": { $reason }
audit-named-hint = { $figures }; at { $place }
audit-named-says-over = the text says "{ $name }" exceeded its target, but its capaian is { $capaian }
audit-named-says-under = the text says "{ $name }" did not reach its target, but its capaian is { $capaian }
audit-named-says-reached = the text says "{ $name }" reached its target, but its capaian is { $capaian }
audit-named-two-readings = { $computed } computed ({ $stated } as the table states it)
audit-named-no-figure = target "{ $target }" or realisasi "{ $realisasi }" is no figure
audit-named-no-target-realisasi = the row has no target or no realisasi
audit-named-may-be-lower = the indikator may be lower-is-better and the table has no Polaritas column

## reading the report
audit-figure-dot-doubt = "{ $run }" may be { $thousands } or { $decimal }
audit-pdf-header-no-row = a table header with no row read under it (its columns could not be told apart)
audit-read-format = { $file }: lakip audit reads a report as .docx, .md, .txt or .pdf (save a .doc or .odt as .docx)
audit-read-no-file = { $file }: no such file
audit-read-cannot = { $file }: cannot read: { $error }
audit-read-not-utf8 = { $file }: not UTF-8 text; save it as UTF-8 (in Word: Save As, Plain Text, Unicode UTF-8)
audit-read-no-pdftotext = { $file }: reading a PDF needs pdftotext, which is not installed (Debian/Ubuntu: apt-get install poppler-utils); or save the report as .docx or .txt
audit-read-pdftotext-failed = { $file }: cannot run pdftotext: { $error }
audit-read-pdftotext-refused = { $file }: pdftotext cannot read it: { $reason }

## places
audit-place-paragraph = { $file }: paragraf { $paragraph }
audit-spot-paragraph = paragraf { $paragraph }
audit-spot-paragraph-line = paragraf { $paragraph } (line { $line })
audit-spot-table-row = tabel { $table }, baris { $row }
audit-spot-table-row-line = tabel { $table }, baris { $row } (line { $line })

## What `lakip audit` prints.
# A claim skipped (--verbose): the reason, the place, the text quoted.
audit-skipped-block =
    skipped: { $reason }
      --> { $place }
       = text: "{ $text }"
audit-summary-ok = ok: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $checked ->
        [one] 1 claim
       *[other] { $checked } claims
    } checked
audit-summary-failed = failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $checked ->
        [one] 1 claim
       *[other] { $checked } claims
    } checked
audit-summary-skipped = ; { $skipped ->
        [one] 1 claim
       *[other] { $skipped } claims
    } skipped
audit-summary-skipped-hidden = ; { $skipped ->
        [one] 1 claim
       *[other] { $skipped } claims
    } skipped (--verbose lists them)
