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
audit-change-wrong = { $direction ->
        [up] the change
       *[down] the change
    } is stated as { $change }, but from { $before } to { $after } is { $computed }
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

## The rules: `audit-rule-CODE-title` (one line) and `audit-rule-CODE-explanation` (`lakip audit --explain CODE`).
audit-rule-percent-title = a percentage in the text does not follow from the amounts it is a share of
audit-rule-percent-explanation = "X atau P% dari Y" states P = X ÷ Y × 100; so does "anggaran sebesar Y dan realisasi sebesar X atau P%", and a budget table's row (Pagu, Realisasi, %). The computed share is rounded half-up to the decimals the writer used (98,84% to two, 99% to none) and compared within [check] toleransi_persen (default 0,01 percentage point); after `sekitar` or `kurang lebih` within one unit of the last digit written. A bound (`lebih dari 90%`, `hampir 100%`) is no figure and is not checked.
audit-rule-sisa-title = a sisa or selisih in the text does not equal pagu − realisasi
audit-rule-sisa-explanation = A sentence that states a pagu, a realisasi and a sisa (or selisih, or the amount not absorbed) of the same thing states sisa = pagu − realisasi, exactly (within the rounding of an amount written as `Rp 88,9 juta`). A sentence with more than one pagu or realisasi the sisa could belong to is skipped.
audit-rule-change-title = a rise or fall in the text does not follow from the two figures it compares
audit-rule-change-explanation = "B, naik sebesar D dibandingkan tahun lalu sebesar A" and "naik dari A menjadi B" state D = B − A (a percentage of two amounts: (B − A) ÷ A × 100; of two percentages: the points between them or the relative change, either passes) and that B is above A (`naik`, `meningkat`) or below it (`turun`, `menurun`).
audit-rule-sum-title = amounts listed in the text do not add up to the total it states
audit-rule-sum-explanation = "…Rp a, Rp b dan Rp c, sehingga jumlahnya Rp T" and "anggaran sebesar Rp T untuk 2 (dua) program: 1. … sebesar Rp a, 2. … sebesar Rp b" state a + b (+ c) = T. The parts are the amounts of the list (when the sentence says how many there are, that many); a list that mixes pagu and realisasi is skipped.
audit-rule-words-title = a number in words differs from the number in digits beside it
audit-rule-words-explanation = `Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)`, `13 (tiga belas) indikator`, `98,84% (sembilan puluh delapan koma delapan empat persen)`: the words in brackets are read back into a number and compared with the digits, exactly. Words in brackets that do not read as one number are skipped (--verbose says so).
audit-rule-capaian-title = a capaian in the text or a table does not follow from its target and realisasi
audit-rule-capaian-explanation = A sentence or a table row that states a target, a realisasi and a capaian states capaian = realisasi ÷ target × 100 (higher is better; a table's Polaritas column `Turun` makes it (2 × target − realisasi) ÷ target × 100). The computed value is rounded half-up to the decimals written; a capaian capped at 100, 110 or 120 passes, as does the uncapped one. A sentence about an indikator that may be lower-is-better (`paling lambat`, `maksimal`, `pelanggaran`) is skipped; a workspace's [capaian] settings are not guessed at.
audit-rule-same-figure-title = one figure is stated differently in two places
audit-rule-same-figure-explanation = The pagu, realisasi or sisa of one program or kegiatan (matched by name with the similarity rules of `check`: case, punctuation, typing slips forgiven) or of the whole DIPA is stated once and then again, in the Ikhtisar and BAB III, in a sentence and in Tabel 3.1. The later statement is reported, naming the earlier. A figure said to be before or after a revision (`awal`, `revisi`, `perubahan`, `semula`, `menjadi`) or of another year is not compared.
audit-rule-count-title = a count in the text differs from what the table it refers to lists
audit-rule-count-explanation = "8 (delapan) sasaran strategis dan 8 (delapan) indikator kinerja … pada tabel 2.1" is compared with the table: its indikator (rows with a target) and its sasaran (numbered rows, or distinct texts in a Sasaran column). The table is the one the sentence names (`tabel 2.1`, by its caption), or the next one after `berikut` or `di bawah ini`.
audit-rule-list-title = a count in the text differs from the list that follows it
audit-rule-list-explanation = "terdapat 2 (dua) program, yaitu Program A dan Program B", "4 (empat) kegiatan sebagai berikut:" and the numbered paragraphs under it (`1.`, `a.`, `(1)`): the count is the number of items. Items are counted when they can be told apart with confidence: numbered, split by `;`, or split by `,` and a last `dan`/`serta` where no item holds a `dan` of its own (or every item starts with the counted noun: `Program A dan Program B`). A list said to name some (`antara lain`, `seperti`, `di antaranya`) is skipped; a count whose words disagree with its digits (`3 (empat)`) is `words`'s finding.
audit-rule-workspace-title = a figure in the text differs from the workspace's
audit-rule-workspace-explanation = With `-w DIR`, each pagu, realisasi, serapan or sisa the text states for a program or kegiatan the workspace holds (matched by name with the similarity rules of `check`), and each capaian it states for an indikator, is compared with what the workspace computes from its items (`lakip realisasi`, `lakip capaian`). Amounts exactly, or within the rounding the writer used (`Rp 19,95 miliar`).
audit-rule-achievement-title = a statement about achievement contradicts the capaian table
audit-rule-achievement-explanation = "Seluruh sasaran telah tercapai" (or `semua target … terpenuhi`, `diwujudkan`) while a row of the capaian table has a realisasi below its target (or a capaian under 100%). The table is the report's own (a table with Target and Realisasi columns) or, with -w, the workspace's kinerja table; the first row that was not achieved is named. A clause about one named indikator or sasaran is held to the one row its name matches (the similarity rules of `check`): `melampaui target` needs a capaian above 100%, `belum tercapai`, `tidak mencapai target`, `di bawah target` one below 100%, `tercapai`, `mencapai target` 100% or more. The capaian is computed by the row's polaritas (a Polaritas column, `Turun`: (2T − R) ÷ T × 100; a target `≤ 5`), the stated capaian is a second reading, and only a claim that contradicts every reading is reported; a name that matches no row or several, a hope (`diharapkan`, `agar`), or an indikator that may be lower-is-better in a table without Polaritas is skipped.
audit-rule-signing-date-title = the report is signed before its year ended, or a PK outside January
audit-rule-signing-date-explanation = The date line of a signature (`Serang, 31 Januari 2024`, `Januari 2024`) must fall after the reporting year has ended for the LKj, and in January of the year for a Perjanjian Kinerja attached to it (a PK `perubahan` is not held to it). The year is the title's (`LAPORAN KINERJA … 2023`), or the workspace's with -w.
audit-rule-year-title = the text names another year for the report than its own
audit-rule-year-explanation = "Laporan Kinerja … Tahun N", "LAKIP … Tahun N", "Perjanjian Kinerja (PK) Tahun N" name the report's year; each must be the title's (and the workspace's, with -w). A year said to be another's (`tahun sebelumnya`, `yang akan datang`) is not.
audit-rule-satker-title = the text names another satker as the report's own
audit-rule-satker-explanation = "tugas pokok dan fungsi KPU Kabupaten Lebak" in the report of KPU Kota Serang: a paragraph copied from another satker's report. The report's satker is the title's (or the workspace's, with -w); it is compared where the text names the satker whose tugas, fungsi or report it is, never where another satker is merely mentioned.
audit-rule-signatory-title = the report's signature blocks name different signatories
audit-rule-signatory-explanation = The LKj is signed under its Kata Pengantar and its Penutup by one person; with -w also the one `[penandatangan] nama` in lakip.toml names. A change of office during the year is real: the report should then sign with the official in office when it is signed.

## The command.
audit-cli-no-report = name the report to audit: lakip audit REPORT
audit-cli-progress = families of claims
audit-cli-unknown-rule = no audit rule "{ $code }"; the rules are { $rules }
