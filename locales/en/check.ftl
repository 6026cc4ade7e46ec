# lakip: check messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## The severities, as a person reads them (JSON keeps error, warning, info).
severity-error = error
severity-warning = warning
severity-info = info

## A finding's block.
check-row = row { $row }
check-label-text = text
check-label-stated = stated
check-label-computed = computed
check-label-difference = difference
check-label-summed = summed
check-label-hint = hint
check-percentage-points = { $points } percentage points
check-cells = { $count } cells

## The last line of `lakip check`.
check-summary-ok = ok: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    } checked
check-summary-doubt = unsure: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    } checked; { $doubts ->
        [one] 1 recognition choice is
       *[other] { $doubts } recognition choices are
    } still in doubt (see `doubt` above)
check-summary-other-year = unsure: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    } checked; { $other_years ->
        [one] 1 document states
       *[other] { $other_years } documents state
    } another year than the workspace's (see `year-mismatch` above)
check-summary-failed = failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    } checked

## The rules: `rule-CODE-title` (one line) and `rule-CODE-explanation` (`lakip check --explain CODE`).
rule-sum-heading-title = the rows under a heading do not add up to the amount the heading states, or none of them holds that column while other rows do (the reports would count 0 there)
rule-sum-heading-explanation = A heading row (a program, kegiatan or lower level) that states its own amount must equal the sum of the rows directly under it: its items, and its sub-headings (taken at the amount they state, or, when they state none, at the sum of their own rows). Checked for every amount column (anggaran, pagu, realisasi, sisa). A heading that states no amount is computed, not flagged.
rule-sum-total-title = a declared total (JUMLAH, TOTAL…) does not equal the sum of what it totals
rule-sum-total-explanation = A total row must equal the sum of the rows it totals: for a grand total, the top-level headings (at their stated amount, or their computed sum when they state none) and any items outside a heading; for a subtotal, the rows under its heading. Checked for every amount column.
rule-column-formula-title = a row breaks a formula the form's column-number row states
rule-column-formula-explanation = A form whose column-number row states formulas (the Renja evaluation: `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`, `15 = 14 / 6 x 100`) is checked row by row on its amount (Rp.) columns: the formulas are read from the sheet, a number that numbers a column standing for that column. Sums must be exact; a percentage is compared at two decimals, rounded half-up. A row with an empty or uncomputed cell, or a zero divisor, is not checked.
rule-percent-title = a stated percentage does not follow from realisasi ÷ pagu
rule-percent-explanation = The percentage a row states is compared with realisasi ÷ pagu × 100, both rounded half-up to two decimals. A difference larger than the tolerance ([check] toleransi_persen in lakip.toml, default 0.01 percentage point) is an error: 79.095.521 / 79.097.000 stated as 100 passes (99,998… rounds to 100,00), 18.884.995 / 18.985.000 stated as 100 does not (99,47).
rule-sisa-title = a stated sisa does not equal pagu − realisasi
rule-sisa-explanation = Sisa anggaran is pagu minus realisasi, exactly. A row that states a sisa must state that difference.
rule-realisasi-sd-title = realisasi s.d. periode is not periode lalu + periode ini
rule-realisasi-sd-explanation = A realisation by period (SAKTI's GLP039) states the realisasi up to the end of the previous period, in this period, and up to this period. The last must be the sum of the first two, on every row: items, every level of the codes, and the total.
rule-overspend-title = realisasi is above pagu
rule-overspend-explanation = Spending above the budget ceiling is reported as an error by default. Budget revisions that are not yet posted produce it legitimately; set realisasi_melebihi_pagu = "warning" under [check] in lakip.toml to make it a warning.
rule-no-uraian-title = an item has amounts but no description
rule-no-uraian-explanation = Every amount must say what it is for. An item row with amounts and an empty uraian is imported (nothing is lost) but cannot be explained to an auditor.
rule-negative-title = an amount is negative
rule-negative-explanation = Pagu, realisasi and anggaran are not negative in a plan or a realisation report. A negative figure is usually a correction typed in the wrong place.
rule-duplicate-item-title = the same item appears twice under the same heading
rule-duplicate-item-explanation = Two items under one heading with the same uraian and the same amounts are usually one row copied twice, which counts its money twice.
rule-empty-heading-title = a heading has no items under it
rule-empty-heading-explanation = A program, kegiatan or output heading with no item under it at any depth adds nothing; a row meant to be under it may have been put elsewhere or left out.
rule-uncomputed-formula-title = an amount cell is a formula without a computed value
rule-uncomputed-formula-explanation = The file stores a formula whose result was never computed (a file written by a program, not saved by a spreadsheet application). Its value is unknown, not zero. Open and save the file in Excel or LibreOffice so its formulas are computed, and import it again.
rule-cell-error-title = an amount cell shows a formula error
rule-cell-error-explanation = The cell's formula fails (`#VALUE!`, `#DIV/0!`, `#REF!`), often because a cell it uses holds `-` or is empty. Its value is unknown, so sums through it are not checked.
rule-not-read-title = part of a sheet was not read
rule-not-read-explanation = The import met something it did not take in: a second table under the first, numbers in a column lakip does not read, a row with numbers that fits no row class (imported with --allow-unrecognised), a cell beyond the sheet limits, a CSV quote left open. A check that finds nothing wrong in what was read says so here, so that "ok" never means "not looked at".
rule-doubt-title = the import had to guess
rule-doubt-explanation = Recognising a table sometimes means choosing: which kind of document it is, which role a column plays, whether a row is a heading, an item or a total, whether 0,95 is a fraction or a percentage, which rows belong to one sasaran. Where the choice was not clear the import wrote a notice naming what it chose, why, and the other reading; and check adds one where a realisasi of at most 1% stands against a target of 20% or more (`0,9` against `100%`: a fraction, 90%, or not). Until it is settled (import again with --kind, or make the header say it plainly) the figures rest on a guess, so check reports it and never says "ok" over it; with --deny warnings it fails the check.
rule-signature-date-title = the signature date does not fit the document's year
rule-signature-date-explanation = An RKT is signed before or during its year, not after it; a realisation report for year N is signed after year N has ended. A date that breaks this is often last year's template with the year not updated.
rule-year-mismatch-title = a document states another year than the workspace's
rule-year-mismatch-explanation = The workspace is for one year (`tahun` in lakip.toml). A document's year is what its title states (`Tahun 2023`, `TA 2023`, `Tahun Anggaran 2023`; a Renstra's period `Tahun 2020-2024` matches when it holds the workspace's year; else a year standing as a word of a title line: `PERJANJIAN KINERJA 2024`, `PERIODE JANUARI S.D. DESEMBER 2024`) or, where the title states none, its signature's date: a plan is signed in its year or the year before, a realisation in its year or the next, a PK or RAK in its year (or in December before it). A regulation's year (`Undang-Undang Nomor 7 Tahun 2017`, `UU No. 23 Tahun 2014`) or a date in the text is not the document's. Where its title and signature fit, a column read as the year's figure whose header states another year (`Target 2022`, `Realisasi 2022`) does not. Last year's file imported by mistake passes every other rule; a realisation of last year is still a document of last year.
rule-capaian-title = a stated capaian does not follow from target and realisasi
rule-capaian-explanation = The capaian a kinerja row states is compared with the capaian computed from its target and realisasi: R ÷ T × 100 when higher is better, (2T − R) ÷ T × 100 when lower is better, 100 less the relative deviation when the realisasi must equal the target, grades by their rank, counts only in the same unit. The cap ([capaian] batas_atas) applies when set; polarity comes from a Polaritas column or [capaian.polaritas]. The computed value is rounded half-up to the decimals the table writes: T 95%, R 100% stated as 95 is reported (105,26, or 100 under batas_atas = 100). A stated figure within [check] toleransi_persen of the computed one passes, as for `percent`.
rule-capaian-unchecked-title = a stated capaian cannot be checked
rule-capaian-unchecked-explanation = A kinerja row states a capaian, but its target or realisasi is missing, text (`10 PPK dan 133 PPS`), unreadable (`1OO%`), or of kinds that cannot be compared (a grade against a percentage, counts in different units). The stated figure is then taken on trust; this says so, so that "ok" never means "not looked at".
rule-target-mismatch-title = one indikator has different targets in PK, kinerja or RAK, or than the Renstra's for the year
rule-target-mismatch-explanation = The same indikator (its text matched across documents, forgiving case, spacing, punctuation, typing slips and one word in a long text) must carry the same target everywhere. The signed PK is the reference; each other document whose target differs is reported at its own cell, naming the PK's. The PK's target must also be the Renstra's target for the workspace's year (tahun in lakip.toml): where it is not, the PK's cell is reported, naming the year and the Renstra's cell. `100` under a `Target (%)` header equals `100%`.
rule-renstra-unchecked-title = a target cannot be compared with the Renstra's
rule-renstra-unchecked-explanation = The Renstra's target for the workspace's year is compared with the PK's for every indikator the two share. Where the Renstra's cell for the year is empty, that indikator is not compared; where the Renstra has no column for the year (a year outside its period), or there is no year (files checked outside a workspace), none is. This says so, so that "ok" never means "not looked at".
rule-pk-unmeasured-title = an indikator of the PK has no measurement
rule-pk-unmeasured-explanation = Every indikator the PK promises must be measured in the BAB III (kinerja) table. Reported once per indikator, at its first PK, when the workspace holds a kinerja table and none of its rows is the same indikator. Often the measurement exists under a reworded indikator: make the two texts agree.
rule-pk-numbering-title = two rows of a PK carry the same number
rule-pk-numbering-explanation = The numbers of a PK table are how the report, the RAK and the evaluators refer to a sasaran; two rows numbered `2` make every such reference ambiguous.
rule-pk-budget-title = a PK program budget differs from the program's pagu
rule-pk-budget-explanation = The program budget lines under a PK (`1. Penyelenggaraan Pemilu … Rp10.069.050.000`) are compared with the pagu of the same program in the anggaran table, computed from its items. A PK signed before a budget revision legitimately differs; the report should then say so. Reported once per program and amount.
rule-pk-budget-total-title = a PK's budget total differs from the sum of its program lines
rule-pk-budget-total-explanation = A total under a PK's program budget lines (`TOTAL ANGGARAN Rp6.122.579.000`) states what the lines add up to; the lines are added up and compared. Either a line or the total was typed wrong: the document the parties sign must add up.
rule-rak-biaya-title = the RAK's total biaya differs from the budget
rule-rak-biaya-explanation = The sum of the perkiraan biaya of every RAK in the workspace (a RAK split over several sheets counts once) is compared with the total pagu of the anggaran tables (computed from their items), or, without one, with the RKT's total anggaran. A RAK that plans for a different sum than the budget plans for is out of date or incomplete.
rule-realisasi-sources-title = two sources of the realisation disagree on a program's or kegiatan's pagu or realisasi
rule-realisasi-sources-explanation = With a system's export (SAKTI) and a hand-made realisasi table of the same satker in one workspace, each program is matched across the two — by code where both have one (`WA` and `036.01.WA` are one program), else by name — and its pagu and realisasi, computed from the items, are compared. A report that states one pagu while the DIPA says another is caught here. Under two matched programs their kegiatan are compared the same way (by the kegiatan part of the code: `WA.6336` is `036.01.WA.6336`; else by name), when both sources list kegiatan. Reported at the row in the first table, naming the other's.
rule-realisasi-unmatched-title = a program or kegiatan is in one source of the realisation but not in the other
rule-realisasi-unmatched-explanation = When two sources of the realisation are in one workspace, every program of each must be found in the other, and every kegiatan under a matched program when both list kegiatan. One that is not (another code, a name written otherwise, a program left out) is listed, never dropped, so that the comparison is known to be complete.
rule-rak-unscheduled-title = a RAK action has no month scheduled
rule-rak-unscheduled-explanation = Every action of a Rencana Aksi is planned in at least one month (`B1`…`B12`, `M1-4`, `minggu ke 1`, `✓`; `-` is none). When no action of a sheet has any mark, the schedule is probably shown by cell colour, which lakip cannot read: that is said once for the sheet.
rule-duplicate-document-title = two documents look like versions of one
rule-duplicate-document-explanation = A revised file imported under a new name sits beside the old one, and every report that adds up the documents of a kind (the realisasi, the RAK's biaya) counts the money twice. Two documents of one kind from different files (or, for a budget kind, two sheets of one workbook: a sheet copied and revised) are taken for versions of one when nothing they state sets them apart (another year in the title, another satker in a SAKTI title block, other parties to a PK) and at least 60% of the rows of the larger are in the other: items matched by budget code, else by uraian; indikator by their text. Reported at the one imported later, naming the other. Keep one: `lakip remove FILE|ID`, or `lakip import NEW --replace OLD` (`lakip status` lists the IDs); `lakip realisasi` refuses to add the two up. If they really are two documents, allow the rule.
rule-default-severity = { $severity } by default

## Totals (totals.rs) and ratios (ratios.rs).
check-sum-heading = the rows under "{ $heading }" add up to { $computed }, not to the { $field } it states
check-sum-heading-hint = correct the heading's amount, or find the row under it that is wrong or missing
check-sum-heading-none = "{ $heading }" states { $field ->
        [amount] an
       *[other] a
    } { $field } of { $stated } but no row under it has one: the reports count 0 there
check-sum-heading-none-hint = fill in the { $field } of the rows under it: the reports add them up
check-total-in-row = the total in row { $row }
check-sum-total = { $label } states { $field ->
        [amount] an
       *[other] a
    } { $field } of { $stated } but { $scope ->
        [below] the rows below it add
        [above] the rows above it add
        [since] the rows since row { $from } add
       *[heading] the rows under "{ $heading }" add
    } up to { $computed }
check-sum-total-hint = a total must be computed from its rows: check the rows, then the total's formula
check-realisasi-sd = { $row } states a realisasi s.d. periode of { $stated } but periode lalu + periode ini is { $computed }
check-percent = { $row } states { $stated } but realisasi ÷ pagu is { $computed }
check-percent-hint = { $realisasi } ÷ { $pagu } × 100 = { $computed }; both rounded half-up to two decimals, tolerance { $tolerance } percentage points
check-percent-hint-one = { $realisasi } ÷ { $pagu } × 100 = { $computed }; both rounded half-up to two decimals, tolerance { $tolerance } percentage point
check-sisa = { $row } states a sisa of { $stated } but pagu − realisasi is { $computed }
check-overspend = { $row } spent { $realisasi }, { $over } above its pagu of { $pagu }
check-overspend-hint = if a budget revision raised the pagu, update the pagu; else the realisasi is wrong
rule-duplicate-indikator-title = the same indikator appears twice under one sasaran
rule-duplicate-indikator-explanation = Each indikator of a sasaran is measured once. Written twice under one sasaran of a PK or BAB III (the texts compared without case, spacing or punctuation) — a row copied, or the rows of another table, another year's, read on under the first because nothing set them apart — it is counted twice in the sasaran's average and in every count of indikator. Reported at the second row, naming the first and whether their figures agree.
