# lakip: what reading a file says (en): src/source, src/error.rs. Keys are the same in id and en; tests/i18n.rs checks it.

## Warnings met while reading (kept as notices)
source-cell-beyond = a cell beyond the { $rows } rows × { $columns } columns lakip reads was ignored
source-csv-quote-open = a quoted field runs over several lines and holds the delimiter: a quote left open may have swallowed rows
source-docx-tables = the document has { $count } tables; lakip reads the first { $max }, the rest was not read
source-docx-paragraphs = { $count } paragraphs in a row; lakip reads the { $room } next to the table, the rest was not read
source-docx-table-rows = a table of { $count } rows; lakip reads the first { $max }, the rest was not read
