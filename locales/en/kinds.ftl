# lakip: what the document kinds say (en): src/kinds, src/template, src/pipeline.rs. Keys are the same in id and en; tests/i18n.rs checks it.

## Why a header makes a kind (each kind's `recognise`)
kind-reason-anggaran = the header has Pagu/Realisasi columns
kind-reason-kinerja = the header has Target beside Realisasi or capaian (%) columns
kind-reason-pk = the header has Sasaran/Indikator and Target columns
kind-reason-rak-schedule = the header has a monthly schedule or a kegiatan/aksi column
kind-reason-rak-target = the header has Target beside a biaya or pelaksana column
kind-reason-renja = the header has K / Rp. sub-columns under Target Renstra and Realisasi Kinerja Pada Triwulan I-IV (the Renja evaluation form)
kind-reason-renstra = the header has Sasaran/Indikator and a target column for each of two or more years
kind-reason-rkt = the header has an anggaran column beside uraian/sasaran columns
kind-reason-sakti = the header has Lock Pagu and realisasi Periode Lalu / Periode Ini / s.d. Periode columns

## Two kinds that read one header (src/kinds/mod.rs)
kind-leaves-nothing = { $kind } gives every recognised column a place
kind-columns = { $names }
kind-columns-and-more = { $names } and { $more } more columns
kind-would-leave = { $kind } would leave { $names } without a place
kind-leaves = { $kind } leaves { $names } without a place
kind-doubt = read as { $label } ({ $leaves }), but a { $other } table reads the header almost as well ({ $other_reason }; { $other_leaves }): if it is one, import with --kind { $flag }

## Blank forms (src/template)
template-examples-left = { $count } rows are the example rows of `lakip template` (the first: '{ $first }'): replace them with the satker's own rows or delete them, then import the file again

## A file read into documents (src/pipeline.rs)
pipeline-no-such-sheet = { $file }: no sheet named '{ $wanted }' (the sheets are { $sheets })
pipeline-sheet-hidden = the sheet is hidden (name it with --sheet to read it)
pipeline-sheet-reason = sheet '{ $sheet }': { $reason }
pipeline-nothing-to-import = { $file }: nothing to import: { $reasons }
pipeline-no-rows-under-row = the { $label } header in row { $row } has no rows under it (fill the rows under the header)
pipeline-no-rows-under = the { $label } header has no rows under it (fill the rows under the header)
pipeline-unrecognised = { $location }: { $row } has numbers but is no header, item, heading or total{ $more ->
        [0] {""}
        [one] {" "}(1 more such row)
       *[other] {" "}({ $more } more such rows)
    }; nothing was imported (fix the row, or pass --allow-unrecognised to import the rest)

## Columns a kind cannot fit (each kind's `fit`)
kind-no-place-for-column = a { $kind } table has no place for the column { $columns } (choose another --kind)
kind-budget-no-place-for-column = an { $kind } table has no place for the column { $columns } (choose another --kind)
kind-no-amount-column = the header names no amount column an { $kind } table needs
kind-needs-sasaran-or-indikator = a { $kind } table needs a Sasaran or Indikator column
kind-renstra-needs-years = a renstra table needs a target column for each of two or more years (2020, Tahun 2021, Target 2022)
kind-renstra-target-beside-years = a renstra table has no place for the column { $columns } beside its year columns (choose another --kind)

## Stored tables that do not fit together (each kind's `Attach`)
kind-stored-unknown-level = unknown level "{ $level }"
kind-stored-heading-ids = heading ids must count up from 0 in row order; import the file again
kind-stored-not-a-tree = a { $kind } document has no headings, items or totals
kind-stored-not-a-table = a { $kind } document has no indikator rows
kind-stored-anggaran-empty = column anggaran is empty
kind-stored-unknown-field = unknown field "{ $field }"
kind-stored-no-row-for-field = no row { $row } to state { $field }
kind-stored-no-row-for-amounts = no heading or total at row { $row } to state these amounts

## How the kind of a sheet was chosen (src/layout/mod.rs, for the kinds)
kind-list = { $names } or { $last }
kind-set-with-flag = set with --kind
kind-title-names = ; the title names the report
kind-title-names-other = the header in { $row } makes an { $kind } table ({ $reason }), but the title names a { $label } report, which could be read from these columns too: choose with --kind { $kind } or --kind { $other }
kind-tie = the header in { $row } reads as { $a } ({ $a_reason }; { $a_leaves }) and as { $b } ({ $b_reason }; { $b_leaves }) equally well: choose with --kind { $a } or --kind { $b }
kind-none = the header in { $row } names no columns that make an { $kinds } table
kind-unfit = the header in { $row }: { $reason }
template-example-not-a-number = the form's example '{ $text }' is no number
kind-title-names-unfit = read as { $kind } by its header, but the title names { $title } (an { $other }), whose columns the header does not have: if the table is the { $other }, lakip cannot read it as one; check that this is the document meant
