# lakip: `lakip rollup` messages (en). Keys are the same in id and en; tests/i18n.rs checks it.

## The tables.
rollup-title-satker = Rollup per satker
rollup-title-lines = Realisasi konsolidasi per program dan kegiatan
rollup-column-errors = Errors
rollup-column-warnings = Warnings
# The total row: every unit has budget figures, or only some.
rollup-total = Jumlah
rollup-total-some = Jumlah ({ $with } dari { $of } satker)
# A consolidated line that took other units' lines written otherwise.
rollup-also-taken = note: "{ $uraian }" also taken for { $others }
rollup-flags = Flags
rollup-summary = { $read } satker read, { $errors } with check errors, { $unreadable } unreadable, { $flags } flag(s)
# The annex's check column.
rollup-annex-check-ok = ok
rollup-annex-check = { $errors } error, { $warnings } warning

## The flags: what each code means (README), then each flag's message.
rollup-flag-serapan-rendah = serapan below the threshold (--serapan-min)
rollup-flag-melebihi-pagu = realisasi above pagu, in total or on a program or kegiatan
rollup-flag-capaian-rendah = an indikator's capaian below 100%
rollup-flag-check-error = lakip check finds errors in the unit's data
rollup-flag-tahun-lain = documents of another year, or a workspace of another year
rollup-flag-unit-hilang = a unit rollup.toml expects, or a directory named, has no workspace
rollup-flag-tidak-terbaca = the workspace could not be read
rollup-serapan-low = serapan { $serapan } is below { $min }
rollup-overspent = { $what }: realisasi { $realisasi } above pagu { $pagu }
rollup-overspent-total = total
rollup-below-target = { $below } of { $of } indikator below target (capaian under 100%)
rollup-check-errors = lakip check finds { $errors } error(s)
rollup-other-year-documents = { $documents } document(s) state another year than the workspace's
rollup-other-year-workspace = the workspace is of { $theirs }, the rollup of { $ours }
rollup-expected-absent = expected in rollup.toml, no workspace of that name was read
rollup-no-workspace-in-dir = named, but holds no workspace (lakip.toml)

## Errors and the command.
rollup-no-workspaces = no lakip workspace (a directory with lakip.toml) in { $inputs }
rollup-thread-failed = reading stopped unexpectedly (a thread failed)
rollup-progress = reading workspaces
rollup-not-found = { $path }: no such directory or { $file }; name workspaces or directories holding them
rollup-cannot-read = { $path }: cannot read: { $error }
rollup-other-code = satker code { $theirs } in { $file } is not { $ours } ({ $from }): a document of another satker?
rollup-sort-one-of = one of { $columns }
rollup-file-needed = --format { $format } writes a file: name it with -o FILE.{ $format }
rollup-unreadable = error: { $path }: not read: { $reason }
rollup-wrote = wrote { $path }
rollup-bad-tingkat = { $file }: [satker] tingkat must be { $allowed }, not "{ $written }"
