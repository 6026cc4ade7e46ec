# lakip: views messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init: what it made
init-created =
    Created lakip workspace for { $satker } { $tahun } in { $dir }, with a narrative skeleton ({ $files })
    Next: lakip import FILE.xlsx, then lakip init --narasi for narasi/bab3/sasaran-N.md
init-narasi-none = wrote no narasi file: every one is there already
init-narasi-wrote = wrote { $count } narasi files: { $files }
init-narasi-kept = ; kept { $count } that exist
init-narasi-no-kinerja = no pengukuran kinerja (kinerja) table imported yet: import BAB III, then run lakip init --narasi again for narasi/bab3/sasaran-N.md
init-files = { $count } files

## lakip import: the view's column titles (JSON keeps the English field names)
view-import-uraian = Uraian
view-import-items = Items
view-import-sum = Σ items
view-import-no-uraian = (no uraian)
field-amount = amount
field-pagu = pagu
field-realisasi = realisasi
field-stated_percent = stated_percent
field-sisa = sisa
field-stated_capaian = stated_capaian
field-biaya = biaya
field-lock_pagu = lock_pagu
field-realisasi_lalu = realisasi_lalu
field-realisasi_ini = realisasi_ini
field-target_renstra = target_renstra
field-renstra_lalu = renstra_lalu
field-tw1 = tw1
field-tw2 = tw2
field-tw3 = tw3
field-tw4 = tw4
field-renstra_sd = renstra_sd
field-k_target_renstra = k_target_renstra
field-k_renstra_lalu = k_renstra_lalu
field-k_target = k_target
field-k_tw1 = k_tw1
field-k_tw2 = k_tw2
field-k_tw3 = k_tw3
field-k_tw4 = k_tw4
field-k_realisasi = k_realisasi
field-k_renstra_sd = k_renstra_sd
field-k_capaian = k_capaian

## lakip import: the text view's lines
view-import-skipped = skipped { $sheet }: { $reason }
view-import-grand-total = { $label } (grand total)
view-import-identity = identity: { $identity }
view-import-no-name = (no name)
view-import-signature = signature: { $place_date } — { $signer }
view-import-signature-pihak = signature (pihak { $pihak }): { $place_date } — { $signer }
view-import-formula-unknown = ? (formula)
view-import-rows = rows: { $total } = { $parts }
view-import-headings-equal = heading amounts: { $count } stated equal what their items add up to
view-import-equal = equal
view-import-differs = differs by { $difference }
view-import-not-comparable = not comparable: a formula has no computed value
view-import-declared-heading = heading { $label } at { $cell }: { $field } stated { $stated }, computed { $computed } — { $verdict }
view-import-declared-total = total { $label } at { $cell }: { $field } stated { $stated }, computed { $computed } — { $verdict }
view-indicators-more = … { $count } rows in all
view-indicators-no-value = (no value)
view-indicators-budget-written = anggaran program, { $program } as written: { $amount } ({ $cell })

## The classes of a source row, in the import view's row accounting (JSON keeps the English names)
row-class-title = title
row-class-header = header
row-class-numbering = numbering
row-class-heading = heading
row-class-item = item
row-class-total = total
row-class-blank = blank
row-class-signature = signature
row-class-note = note
row-class-unrecognised = unrecognised
row-class-continuation = continuation
row-class-footer = footer

## lakip status
status-nothing-imported = nothing imported yet; import a file with `lakip import FILE`
status-documents = { $count ->
    [one] 1 document
   *[other] { $count } documents
    }
status-kinds = kinds: { $kinds }
status-realisasi = realisasi: { $source }
status-missing = missing for the LKj: { $missing }
status-changed = changed since import: { $ids }; import the file again to take in what changed
status-revision-of = { $newer } looks like a revision of { $older }
status-two-alike = { $older } and { $newer } look like two versions of one document
status-remove-either = `lakip remove { $older }` or `lakip remove { $newer }`
status-two-versions = two versions: { $what } ({ $same } of { $of } rows the same), whose figures would be added up; keep one: { $keep } (`lakip check` fails until then: duplicate-document)
status-col-id = ID
status-col-kind = kind
status-col-file = file
status-col-sheet = sheet
status-col-items = items/indikator
status-col-headings = headings
status-col-totals = totals
status-col-notices = notices
status-col-imported = imported
status-col-source = source file
status-source-unchanged = unchanged
status-source-changed = changed since import
status-source-missing = missing
status-source-unknown = unknown
status-imported-unknown = unknown
status-kind-documents = { $kind } ({ $count ->
    [one] 1 document
   *[other] { $count } documents
    })
status-no-realisation = no realisation table
status-realisasi-from = from { $source }
status-realisasi-chosen = from { $kind } (sumber in lakip.toml); also held: { $others }
status-realisasi-sources = { $count } sources ({ $sources }): choose one with --sumber or `sumber` under [realisasi]; `lakip check` compares them
status-kinds-or = { $kinds } or { $last }
status-for-bab2 = BAB II
status-for-tabel-2-1 = Tabel 2.1 of BAB II
status-for-bab3a = BAB III A
status-for-bab3b = BAB III B

## lakip capaian
view-capaian-not-computed = not computed
view-capaian-summary = { $count } indikator; { $reached } reach their target (capaian ≥ 100%)
view-capaian-summary-missing = ; { $count } not computed
view-efisiensi-none = efisiensi: not computed (it needs an anggaran table whose kegiatan are named in a sasaran)
view-efisiensi-title = efisiensi (kegiatan → sasaran it serves: E, and the nilai efisiensi 50 + E ÷ 20 × 50):
view-efisiensi-overall = overall: E { $e }, nilai { $nilai }
report-csv-failed = cannot write CSV: { $reason }

# A table fitted to the terminal: the columns it left out.
table-columns-left-out = columns left out to fit: { $columns } (every column: --width 200 or --format json)
