# lakip: what reading a document says (en): src/layout, src/numbers.rs. Keys are the same in id and en; tests/i18n.rs checks it.

## Numbers that cannot be read (src/numbers.rs)
read-number-unreadable = cannot read { $text } as a number: { $reason }
read-number-two-minus = more than one minus sign
read-number-no-digits = no digits
read-number-unexpected-character = unexpected character { $character }
read-number-space-between = a space between two numbers
read-number-separator-first = a separator without digits before it
read-number-separator-last = ends with a separator
read-number-mixed-no-cents = mixed separators in a number without cents
read-number-mixed = mixed separators
read-number-decimal-twice = the decimal separator occurs more than once
read-number-groups-of-three = digits are not in groups of three
read-number-percent-in-amount = a '%' sign in an amount
read-number-currency-in-percent = a currency in a percentage
read-number-dash-in-percent = a ",-" ending in a percentage
read-number-note-amount = read { $text } as { $value }: a single separator before three digits is taken as thousands
read-number-note-percent = read { $text } as { $value }%: a single separator before three digits is taken as a decimal point in a percentage
read-number-note-count = read { $text } as { $value }: in a count a single dot before three digits is taken as thousands, a comma as a decimal point

## Amount cells (src/layout/amounts.rs)
read-amount-unreadable = { $location }: cannot read { $text } as { $what } ({ $reason })
read-amount-unreadable-text = { $location }: { $error } in the { $field } column
read-amount-what-amount = an amount
read-amount-what-percent = a percentage
read-amount-scale-too-large = too large once read in the thousands or millions its column states
read-scale-header = { $column } ('{ $name }') states its amounts in units of Rp{ $factor }: its numbers are read times { $factor }, in rupiah
read-scale-beside = { $column } ('{ $name }') states no unit, and every other money column states Rp{ $factor } ('{ $why }'): its numbers are read times { $factor } too, in rupiah
read-scale-title = the title states the amounts in units of Rp{ $factor } ('{ $why }'): the numbers of columns { $columns } are read times { $factor }, in rupiah
read-amount-reason-nan = the cell holds NaN, not a number; enter the value again
read-amount-reason-infinite = the cell holds an infinite value; enter the value again
read-amount-reason-too-large = too large
read-amount-reason-not-a-number = not a number
read-amount-reason-date = the cell is formatted as a date; format it as a number

## Sheets skipped (src/layout/mod.rs, word.rs)
read-skip-sheet-empty = the sheet is empty
read-skip-no-header = no recognisable column header (looked for Uraian, Program Kegiatan, Sasaran, Anggaran, Pagu, Realisasi… in the first 40 rows)
read-skip-word-table = tabel { $table }: { $reason }
read-skip-word-no-table = no table lakip knows ({ $reasons })

read-row = row { $row }

## Import notices (src/layout)
read-amount-doubt = { $note }, { $why }
read-and-more-in-column = { $note } (and { $more } more in column { $column })
read-column-writes = but { $cell } in the same column writes { $text }, with { $how }: check which is meant
read-how-comma-decimal = a comma as the decimal point
read-how-dot-thousands = dots between the thousands, the Indonesian way
read-how-dot-decimal = a dot as the decimal point
read-how-comma-thousands = commas between the thousands, the English way
read-column-below-thousand = but every other amount in the column is below 1.000 (the largest, { $cell }, is { $largest }): if the dot is a decimal point, write the number with a comma
read-uncomputed-formula = the formula ={ $formula } has no computed value; open and save the file in Excel or LibreOffice so its formulas are computed
read-header-text-column = '{ $name }', a text column
read-header-unknown = '{ $name }', which names no column lakip reads or repeats one
read-header-none = no header
read-unread-column = column { $column } ({ $header }) holds numbers in { $count } { $count ->
        [one] row
       *[other] rows
    } that are not imported
read-unread-text-column = column { $column } ('{ $name }', which names no column lakip reads) holds text in { $count } { $count ->
        [one] row
       *[other] rows
    } that is not imported
read-numbers-under-total = row { $row } under the total holds numbers; it is kept as a note, not read
read-no-realisasi-column = read as { $kind } (a realisation), but the header has no realisasi column: the realisasi is unknown, not 0; if the table is a plan (an RKT or a DIPA's pagu), import it with --kind rkt
read-word-column = kolom { $number }
read-column = column { $column }
read-two-columns-one-amount = { $first } ('{ $first_name }') and { $second } ('{ $second_name }') both name one amount: { $read } is read ({ $why }), { $other } is not; if the other is the one, remove or rename the column not meant
read-why-later-figure = its name says it is the later figure
read-why-first-of-two = the first of the two
read-column-no-place = { $column } ({ $name }) has no place in a table of kind { $kind }: its cells are not imported
read-fractions-declared = a { $label } report states its percentages as fractions: read as percentages (0,5 as 50%)
read-fractions-above-two = a { $label } report states its percentages as fractions (0,1344 for 13,44%), but this column holds numbers above 2: read as percentages as written (13,44 as 13,44%)
read-fractions-column = every percentage in this column is a number no larger than 1, as a percent-formatted cell stores it: read as percentages (0,5 as 50%)
read-second-table = a second table starts at row { $row } and is not read; put each table on a sheet of its own
read-unrecognised-row = a row with numbers that is no header, item, heading or total
read-header-without-rows = the header in { $row } has no rows under it
read-word-table-not-read = tabel { $table }{ $named } is not read: { $reason }
read-table-under-signature = another table starts at row { $row } under the signature and is not read; put each PK or table on a sheet of its own
read-reason-under-signature = it starts under the signature, and lakip reads one PK or table per Word document; put it in a document of its own
read-reason-no-part-of-table = its first row is no header, numbered row, budget line or signature of the table above, and no table lakip knows
read-reason-above-table = it stands above the table lakip reads and has no header lakip knows
read-the-column = the { $name } column
read-the-columns = the { $first } … { $last } columns
read-cells-and-more = { $cells } and { $more } more
read-fractions-cells = every number cell in { $which } ({ $cells }) is between 0 and { $limit }, as a percent-formatted cell stores it: read as percentages ({ $example } as { $percent }%)
read-fractions-texts = ; its text cells ({ $cells }) are read as written
read-what-total = a total line
read-what-average = an average line
read-what-heading = a heading
read-second-budget-total = a second total under the budget lines ('{ $program }'): not read, the first is checked
read-sasaran-without-indikator = the sasaran '{ $sasaran }' in row { $row } has no indikator row under it
read-sasaran-slip = row { $row }: the sasaran '{ $text }' is read as '{ $near }' above, which it differs from by a slip; if it is another sasaran, write it so that it differs plainly
read-numbered-without-sasaran = row { $row }: numbered { $number } but its sasaran cell is blank and no sasaran is above it: read without a sasaran (BAB III groups it under an empty heading); write its sasaran, or the sasaran of the rows it belongs with, in its row
read-numbered-carried = row { $row }: numbered, with a blank sasaran cell, in a table whose other numbers start a sasaran: read as one more indikator of '{ $sasaran }' above; if it is a sasaran of its own, write its text in the row
read-long-number = row { $row }: numbered { $number } under number { $last }, which it does not continue: read as no item number (a year?); if { $number } numbers the item, number the rows above it so that it follows them
read-word-not-code = row { $row }: '{ $word }' at the start of the text looks like a code ({ $level }), but this table writes its { $level } codes with dots ('{ $example }'): read as a word of the text, not as a code; if it is a code, write it as the table's other codes are written
read-word-not-code-here = row { $row }: '{ $word }' at the start of the text looks like a code, but it stands among the detail rows of the akun above and heads no code after it: read as a word of the text; if it is a code, write it as the table's other codes are written
read-code-level-doubt = row { $row }: the code '{ $code }' may be a { $level } or a { $other }, and neither the amounts above it nor the code after it tell which: read as a { $level }; write the codes out further, with the codes of the levels above them
read-not-an-action = { $row } ('{ $text }') reads as { $what }, not as an indikator or action of a { $kind } table: not read; if the table is a budget (rkt, anggaran), import it with --kind
read-target-unit = { $row }: the target '{ $target }' has a unit other than the Satuan column's '{ $unit }': the target's is kept; correct the one that is wrong
read-no-target-in-column = no indikator has a target for { $label }: the column is empty
read-no-target = row { $row }: no target for { $label } ({ $cell } is empty); kept empty, not read as 0
read-program-budget-unreadable = { $location }: { $error } in a program budget line
read-cells-under-no-header = { $row }: { $word ->
        [word] kolom
       *[sheet] column
    } { $columns } under no recognised header, not read ({ $texts })
read-polaritas-contradicted = polaritas '{ $polaritas }' but the target '{ $target }' says the other way: capaian follows the Polaritas column; correct the one that is wrong
read-polaritas-unknown = polaritas '{ $polaritas }' is not naik, turun or sama (nor higher, lower, equal): read as higher is better
read-rak-unscheduled = no action has a mark in any month column; if the schedule is shown by cell colour, lakip cannot read it
read-total-names-nothing = '{ $label }' reads like a total, but names no row above it: read as an item
read-unsummed = row { $row } is added up by no total's formula: { $read }
read-unsummed-among = read as an item of the heading above it, whose formula leaves it out
read-unsummed-outside = it stands outside the totalled rows: read as an item of no heading
read-break-repeat = row { $row } prints row { $previous } ({ $what }) again after the page break: read as its continuation, counted once
read-break-rest = row { $row } carries on the text of row { $previous } after the page break ("{ $text }"): read as its continuation, counted once
read-wrapped-rest = row { $row } ('{ $text }') has no number and no amounts: read as the rest of the uraian of row { $previous } above it, not as an item that would make row { $previous } a heading
read-wrapped-note = row { $row } ('{ $text }') has no number and no amounts: read as a note under row { $previous }, not as an item that would make row { $previous } a heading; if it is part of the uraian, write it in the same cell
read-hidden-rows = { $count ->
    [1] row { $first } is
   *[other] rows { $first }–{ $last } are
} hidden in the sheet and read into the table, as a formula's sum reads { $count ->
    [1] it
   *[other] them
}, but a person reading or printing the sheet does not see { $count ->
    [1] it
   *[other] them
}: if not part of the table (an old figure, a row replaced), delete { $count ->
    [1] it
   *[other] them
}; if part of it, unhide { $count ->
    [1] it
   *[other] them
}
read-hidden-rows-summed = { $count ->
    [1] row { $first } is
   *[other] rows { $first }–{ $last } are
} hidden in the sheet and read into the table, under a sum the sheet states (a heading above, a total below): `lakip check` sets that sum against the rows read, hidden ones included
read-hidden-column = column { $column } ('{ $name }') is hidden in the sheet and read into the table: a person reading or printing the sheet does not see it; if it is not the column meant (an old figure), delete it; if it is, unhide it
read-tied-by-position = no numbers under '{ $name }' ({ $cell }): read from column { $column }, the unnamed column beside it that holds numbers (tied by position)
# Two messages said as one line (a notice and what follows it), and a note kept only as text.
read-joined = { $first }{ $second }
read-as-written = { $text }
read-sum-line = { $row } ('{ $text }') holds { $amount }, the sum of the biaya of the { $count } rows above it: read as their total line, not as an action; if it is an action, write its name and its own biaya
read-sum-line-blank = { $row } holds only { $amount }, the sum of the biaya of the { $count } rows above it: read as their total line, not as an action; if it is an action, write what it is
read-sum-kept = { $row } ('{ $text }'): its biaya { $amount } is the sum of the biaya of the { $count } rows above it: read as an action all the same; if the row is their total, label it JUMLAH, or the biaya is counted twice
read-capaian-line = { $row } ('{ $text }') holds { $value } with no target or realisasi of its own: { $what } of the capaian of the { $count } rows above it, not an indikator; if it is one, write its target and realisasi
read-notes-numbers = { $row } holds numbers under the notes line '{ $notes }' ({ $opening }): it and the rows under it are read as notes, not as indikator; if they are indikator, move the notes under them
read-notes-line-numbers = { $row } opens notes ('{ $notes }') and holds numbers: it and the rows under it are read as notes, not as indikator; if they are indikator, move the notes under them
read-capaian-kept = { $row } ('{ $text }'): its capaian { $value }, with no target or realisasi of its own, is the average or sum of the capaian of the { $count } rows above it: read as an indikator all the same; if the row is their average or total, label it Rata-rata or Jumlah
read-wrapped-indikator = row { $row } ('{ $text }') has no number and no figures: read as the rest of the text of row { $previous } above it, not as an indikator of its own
read-indikator-without-figures = row { $row } ('{ $text }') has no number and no figures, right under the indikator of row { $previous }: read as an indikator of its own; if it is the rest of row { $previous }'s text, write it in the same cell
read-table-after-caption = another table starts at row { $row } ('{ $text }') and is not read into this one; put each table on a sheet of its own, or give this one a header of its own
read-persentase-below-one = row { $row }: the { $field } of '{ $indikator }', a percentage, is written { $text }, below one and with no %: read as written; if { $percent }% is meant, write { $percent }%
read-why-up-to = its name says it is the total up to the period, the other a period's own
read-why-of-the-year = the other's name says it is the Renstra's figure for its whole period, not the year's
read-notes-line = row { $row } ('{ $text }') opens a note: read as a note, not as a heading of the rows under it
read-wrapped-sasaran = row { $row }: its sasaran text ('{ $text }') is read as the rest of the sasaran of row { $previous } above it, not as a sasaran of its own
read-wrapped-figures = row { $row } ('{ $text }') has no number: read as the rest of the indikator of row { $previous } above it, which has no figures, with the figures of row { $row }
read-heading-by-sums = { $count ->
        [one] row { $rows } states
       *[other] rows { $rows } state
    } exactly the sum of the rows under { $count ->
        [one] it
       *[other] each, up to the next
    }: read as { $count ->
        [one] their heading
       *[other] the headings of those rows
    }, not as items beside them (beside them, their money would count twice)
read-total-above-by-sums = row { $row } ('{ $text }') has no number and states exactly what the numbered rows below it add up to: read as their total, above them, not as an item beside them (that would count the money twice)
read-total-above-by-sums-coded = row { $row } ('{ $text }', coded { $code }) states exactly what the rows coded like the programs below it add up to: read as their total, above them, not as an item beside them (that would count the money twice); if it is one of them, the table's total is twice what it states
read-below-the-total = { $count ->
        [one] row { $rows } has
       *[other] rows { $rows } have
    } money below the table's total (row { $total }), and no total adds { $count ->
        [one] it
       *[other] them
    } up: read as { $count ->
        [one] an item
       *[other] items
    } of the table, added to its money; if { $count ->
        [one] it is a note
       *[other] they are notes
    }, move { $count ->
        [one] it
       *[other] them
    } out of the table, or put the total under { $count ->
        [one] it
       *[other] them
    }
read-last-subtotal = the last total (row { $row }) adds up only '{ $heading }', as each program's total above adds up its own: read as its subtotal; the table has no grand total
read-split-item = row { $row } ('{ $text }') has no number and carries on the text of row { $previous } above it, which has none of its amounts: read as one item, the text of both rows with the amounts of row { $row }
read-split-heading = row { $row } ('{ $text }') has no number, and its amounts are what the rows numbered under row { $previous } add up to: read as the rest of row { $previous }'s text with its amounts, not as an item beside those rows
read-split-doubt = row { $row } ('{ $text }') has no number, between row { $previous } and the rows numbered under it, and its amounts are not what they add up to: read as an item beside them; if it is the rest of row { $previous } with its amounts, write it in the same row
read-lone-sasaran-line = row { $row } ('{ $text }'), numbered { $number } with no figure in a table without a Sasaran column: read as the sasaran of the rows under it, not as an indikator
read-lone-sasaran-doubt = row { $row } ('{ $text }'), numbered { $number } with no figure in a table without a Sasaran column: read as the sasaran of the rows under it; if it is an indikator with no target yet, write its target, or add a Sasaran column
read-targets-by-period = the period columns stand under '{ $name }' and no column gives the year's target: each period's target is kept as written, the year's target is not read (it may be the last period's or their sum); add a column of the year's target to the table
