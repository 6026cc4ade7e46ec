# lakip: the findings of `lakip check` and their hints (en). Keys are the same in id and en.
# Numbers come in formatted already (Rp37.230.532.000, 99,56%).

## budgets.rs
finding-pk-budget-copies = ; the same line is in { $count } other { $count ->
        [one] table
       *[other] tables
    }
finding-pk-budget = the PK gives program '{ $program }' { $stated }, but its pagu in the anggaran table is { $pagu } ({ $place }, from its items){ $also }
hint-pk-budget = a PK signed before a budget revision differs; say so in the report, or sign a revised PK
finding-pk-budget-total = the PK's { $total } is { $stated }, but { $count ->
        [one] its 1 program line adds
       *[other] its { $count } program lines add
    } up to { $sum }
hint-pk-budget-total = correct the line or the total that was typed wrong, and sign the corrected PK
finding-rak-biaya-anggaran-pagu = the total pagu of the anggaran table
finding-rak-biaya-rkt-anggaran = the RKT's total anggaran
finding-rak-biaya = the RAK's biaya add up to { $total } over { $actions ->
        [one] 1 action
       *[other] { $actions } actions
    }{ $sheets }, but { $what } is { $budget }
finding-rak-biaya-sheets = {" "}on { $count } sheets

## compute: why a capaian is not computed (capaian.rs, kinerja.rs)
reason-text-target = the target is text, not a number
reason-text-realisasi = the realisasi is text, not a number
reason-kinds-differ = the target and realisasi are not of the same kind
reason-units-differ = the units differ: target in { $target }, realisasi in { $realisasi }
reason-no-unit = no unit
reason-grades-not-comparable = the grades belong to different scales
reason-zero-target = the target is zero
reason-out-of-range = the numbers are too large to compute with
reason-no-target = the row has no target
reason-no-realisasi = the row has no realisasi
reason-bounded-realisasi = the realisasi '{ $realisasi }' is a bound, not a figure

## compute: the [capaian] settings of lakip.toml (kinerja.rs, predikat.rs)
setting-capaian-batas-atas = batas_atas must be 100, 110 or 120 (or left out), not { $value }
setting-capaian-polaritas = polaritas "{ $pattern }" must be "naik", "turun" or "sama", not "{ $name }"
setting-predikat-min = predikat "{ $nama }": min must be a number
setting-predikat-no-band = a predikat scale needs at least one band
setting-predikat-negative = band { $nama } has a negative minimum { $min }
setting-predikat-no-name = the band from { $min } has no name
setting-predikat-twice = two bands start at { $min }

## capaian.rs
finding-capaian-unchecked = capaian stated as { $stated } cannot be checked: { $why }
hint-capaian-unchecked = write the target and realisasi as numbers (95%, 1 Laporan) or grades (B), or state no capaian
finding-capaian-capped = , capped at { $cap } by [capaian] batas_atas (uncapped { $uncapped })
finding-capaian-no-cap = , no cap ([capaian] batas_atas is not set)
finding-capaian = capaian stated as { $stated } but target { $target } and realisasi { $realisasi } give { $computed }{ $cap }
hint-capaian = computed as { $formula }{ $note }

## documents.rs, and compute/revision.rs's fragments
finding-duplicate-indikator = indikator
finding-duplicate-items = items
finding-duplicate-alike = { $same } of the { $of } { $rows } of the larger are in both{ $periods }; holding both adds their figures up twice
finding-duplicate-periods = , of the periods { $a } and { $b }
finding-duplicate-sheets = { $sheets } look like two versions of one document: { $alike }
hint-duplicate-keep-one = keep one: { $how }
finding-duplicate-revision = this { $kind } looks like a revision of { $older } ({ $id }, imported { $imported }): { $alike }
finding-duplicate-earlier = earlier
hint-duplicate-remove-or-replace = keep one: `lakip remove { $id }` (or `lakip import { $file } --replace { $id }`)
finding-duplicate-versions = this { $kind } and { $older } ({ $id }) look like two versions of one document: { $alike }
hint-duplicate-either = keep only one of the two (in a workspace: `lakip remove { $older }` or `lakip remove { $newer }`)
hint-duplicate-document = { $hint }; if they are two documents, allow the rule (--allow duplicate-document)
revision-sheets-named = sheets '{ $older }' and '{ $newer }' of { $file }
revision-keep-one-sheet = `lakip remove { $older }` keeps '{ $newer_sheet }', `lakip remove { $newer }` keeps '{ $older_sheet }' (or import only one sheet: `lakip import { $file } --sheet { $sheet } --replace { $older }`)

## compute/realisasi.rs: the sources of `lakip realisasi`
word-or = or
realisasi-no-source = no { $kind } table of the realisation to report on (the workspace has { $held })
realisasi-none = none
realisasi-several-sources = the realisation comes from { $count } sources ({ $held }): their figures are not added up; choose one with --sumber { $choices } (or `sumber` under [realisasi] in lakip.toml); `lakip check` compares them
realisasi-keep-later = `lakip remove { $id }` keeps the later, or `lakip import { $file } --replace { $id }`
realisasi-keep-either = `lakip remove { $older }` or `lakip remove { $newer }`
realisasi-two-versions = { $older } and { $newer } look like two versions of one document ({ $same } of { $of } items the same): their figures are not added up; keep one ({ $keep }), or, if they are two documents, allow duplicate-document under [check] in lakip.toml
realisasi-periods = the realisation reports are of different periods: { $list }; their realisasi up to each period would be added up — report one period (name its file, or import only it)

## schedule.rs
finding-rak-unscheduled-all = none of the { $count } actions has a month scheduled; if the schedule is shown by cell colour, lakip cannot read it
finding-rak-unscheduled-action = the action
finding-rak-unscheduled = '{ $action }' has no month scheduled
hint-rak-unscheduled = mark the months it is carried out in, or remove the action

## formulas.rs
finding-formula-unread = the formula "{ $formula }" of the column-number row ({ $cell }) is not understood (columns by their numbers, + - x : / and parentheses, `9 s.d. 12`), or names a column lakip does not read: it is not checked
finding-formula-k-side = {" "}on the K side
finding-column-formula = row { $row } breaks the formula { $formula } of the column-number row ({ $cell }){ $side }: { $cells } makes { $computed }, not the { $stated } it states
hint-column-formula = correct the cell, or the cells the formula takes

## items.rs
finding-no-uraian = row { $row } has amounts ({ $amounts }) but no uraian
hint-no-uraian = write what the amount is for in the uraian column
finding-negative = { $field } is negative: { $value }
finding-duplicate-item = "{ $uraian }" appears again with the same amounts (first at row { $first })
hint-duplicate-item = delete the copy, or tell the two rows apart
finding-empty-heading = "{ $heading }" has no items under it
finding-cell-percentage = percentage
finding-cell-error = the { $what } cell shows { $error }: its formula fails
hint-cell-error = fix the formula or the cells it uses (a `-` where a number is expected is the usual cause)
finding-uncomputed-formula = the { $what } cell holds the formula ={ $formula } but no computed value
hint-uncomputed-formula = open and save the file in Excel or LibreOffice so its formulas are computed, then import it again

## dates.rs
finding-signed-after-year = the { $kind } for { $tahun } is signed in { $signed }, after its year
finding-signed-before-year-end = the realisation of { $tahun } is signed on { $date }, before the year ended
hint-signature-date = check the year in the date above the signature; last year's template is the usual cause

## reconcile.rs
finding-sources-program = the { $field } of program '{ $program }' is { $mine } here, but { $theirs } in the { $kind } ({ $place })
finding-sources-kegiatan = the { $field } of kegiatan { $kegiatan } (program '{ $program }') is { $mine } here, but { $theirs } in the { $kind } ({ $place })
hint-realisasi-sources = one of the two sources is out of date or was typed wrong: the report must use the figures of the DIPA/SAKTI
finding-unmatched-program = program '{ $program }' (pagu { $pagu }) is in the { $kind } but in no program of the { $other }
hint-unmatched-program = the two sources should list the same programs: a code or name written differently is matched only when the words agree
finding-unmatched-pagu = {" "}(pagu { $pagu })
finding-unmatched-kegiatan = kegiatan { $kegiatan }{ $pagu } of program '{ $program }' is in the { $kind } but in no kegiatan of that program in the { $other } ({ $place })
hint-unmatched-kegiatan = the two sources should list the same kegiatan: a code or name written differently is matched only when the words agree

## settings.rs: the [check] section of lakip.toml
setting-check-overspend = [check] realisasi_melebihi_pagu must be "error" or "warning", not "{ $value }"
setting-check-no-rule = [check] names no rule "{ $code }" (`lakip check --explain all` lists them)
setting-check-tolerance = [check] toleransi_persen must be a number of percentage points, like 0.01

## targets.rs
finding-renstra-no-year = no year to compare the Renstra's targets in (tahun in lakip.toml: check the workspace, or the files from inside it)
finding-renstra-no-column = the Renstra has no column for { $tahun } (its years: { $years }): its targets are not compared
finding-renstra-no-target = the Renstra states no target for { $tahun } for an indikator the { $kind } sets { $target } for ({ $place }): not compared
finding-target-renstra = target { $target } here, but the Renstra sets { $planned } for { $tahun } for the same indikator ({ $place })
finding-target-mismatch = target { $target } here, but the { $kind } sets { $expected } for the same indikator ({ $place })
finding-pk-unmeasured-others = {" "}(also in { $count } other PK { $count ->
        [one] table
       *[other] tables
    })
finding-pk-unmeasured = no kinerja row measures '{ $indikator }'{ $others }
hint-pk-unmeasured = the BAB III table may measure it under other words: make the two texts agree
finding-pk-numbering = number { $number } is used again; row { $first } has it already

## years.rs
finding-year-title = the title says "{ $phrase }": a document of { $year }, but the workspace is for { $tahun } (tahun in lakip.toml)
finding-year-title-period = the title says "{ $phrase }": a period of { $from }-{ $to }, which does not hold { $tahun }, the workspace's year (tahun in lakip.toml)
finding-year-header = { $count ->
        [one] the column header { $headers } states another year
       *[other] the column headers { $headers } state another year
    } than the workspace's { $tahun } (tahun in lakip.toml): the figures read from { $count ->
        [one] it are
       *[other] them are
    } taken as { $tahun }'s
finding-year-signed-plan = in { $before } or { $tahun }
finding-year-signed-realisation = in { $tahun } or, after the year ended, in { $after }
finding-year-signed-agreement = in { $tahun }, or in December { $before }
finding-year-signed = signed on { $date }, but the workspace is for { $tahun } (tahun in lakip.toml): the { $kind } of { $tahun } is signed { $when }
hint-year-mismatch = import this year's document, or lakip init a workspace for the document's year
finding-indikator-again-same = "{ $indikator }" appears again under the same sasaran, with the same figures (first at row { $first })
finding-indikator-again-other = "{ $indikator }" appears again under the same sasaran, with other figures: here { $figures }; at row { $first } { $figures_first }
finding-indikator-figures-measured = target { $target }, realisasi { $realisasi }
finding-indikator-figures-target = target { $target }
hint-indikator-again = delete the copy; if the rows from here on are another table (another year's), put that table on a sheet of its own
finding-realisasi-fraction = the realisasi { $realisasi } against a target of { $target } gives a capaian of { $capaian }; if the cell holds a fraction (0,9 for 90%), the realisasi is { $percent } and the capaian { $other }
hint-realisasi-fraction = write the realisasi as a percentage (90 or 90%), or keep it if it is right
