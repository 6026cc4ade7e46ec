# lakip: what reading a file says (en): src/source, src/error.rs. Keys are the same in id and en; tests/i18n.rs checks it.

## Warnings met while reading (kept as notices)
source-cell-beyond = a cell beyond the { $rows } rows × { $columns } columns lakip reads was ignored
source-csv-quote-open = a quoted field runs over several lines and holds the delimiter: a quote left open may have swallowed rows
source-docx-tables = the document has { $count } tables; lakip reads the first { $max }, the rest was not read
source-docx-paragraphs = { $count } paragraphs in a row; lakip reads the { $room } next to the table, the rest was not read
source-docx-table-rows = a table of { $count } rows; lakip reads the first { $max }, the rest was not read

## Files that do not open (src/source/mod.rs)
source-cannot-open = { $file }: cannot open: { $reason }
source-no-such-file = no such file
source-permission-denied = permission denied
source-directory = { $file }: is a directory, not a spreadsheet
source-not-regular = { $file }: is not a regular file (a named pipe, socket or device); save the table to a file and import that
source-csv-binary = { $file }: binary content (NUL bytes), not a CSV text; export the table again as CSV or import the workbook itself
source-csv-unreadable = { $file }: cannot read CSV: { $reason }
source-file-is = { $file }: { $what }

## What a file is, told from its content (src/source/workbook.rs)
source-file-empty = { $file }: the file is empty
source-pdf = a PDF, not a spreadsheet; lakip reads tables from workbooks and Word documents: export the PDF's tables to Excel (.xlsx, e.g. with Acrobat's Export PDF) and import that, or import the Word original (.docx) the PDF was made from
source-image = an image ({ $image }), not a spreadsheet; lakip reads a table's cells, not a picture of them: import the workbook or Word document the picture was made from
source-old-word = an old Word document (.doc, Word 97-2003), not a spreadsheet; open it in Word or LibreOffice, save it as .docx and import that
source-powerpoint = a PowerPoint presentation, not a spreadsheet; import the workbook its tables came from
source-no-workbook-part = an Excel workbook with no workbook part (xl/workbook.xml): the file is damaged; open it in Excel or LibreOffice (which may repair it), save it again and import that
source-zip-archive = a zip archive, not a workbook (it holds { $count } { $count ->
        [one] file
       *[other] files
    }: { $files }); unpack it and import the workbooks it holds
source-html = a web page (HTML) saved under a spreadsheet name, as some applications export; open it in Excel or LibreOffice and save it as .xlsx
source-text-file = a text file, not a workbook (if it is a CSV export, rename it to .csv)
source-not-a-spreadsheet = not a spreadsheet (expected an xlsx, xlsm, xlsb, xls, ods, csv or docx file)
source-word-renamed = { $file }: a Word document under another name; rename it to .docx and import that
source-docx-not-zip = { $file }: not a Word document (a .docx is a zip holding word/document.xml); save it again from Word or LibreOffice
source-docx-no-document = { $file }: not a Word document (it holds no word/document.xml); a workbook is imported under its own name (.xlsx, .ods)
source-word-password = the Word document is password-protected; save a copy without a password and import that
source-doc-named-docx = an old Word document (.doc) named .docx; open it in Word or LibreOffice and save it as .docx

## Workbooks that cannot be read (src/source/workbook.rs, guard.rs, compound.rs)
source-workbook-password = { $file }: the workbook is password-protected; save a copy without a password and import that
source-workbook-damaged = { $file }: the workbook is damaged and cannot be read
source-workbook-damaged-because = { $file }: the workbook is damaged and cannot be read ({ $reason })
source-workbook-truncated = { $file }: the workbook is damaged or truncated and cannot be read ({ $reason })
source-workbook-unreadable = { $file }: cannot read the workbook ({ $reason })
source-reading-stopped = { $file }: reading stopped
source-zip-inflates = { $file }: the workbook inflates to { $mb } MB from { $kb } KB on disk (more than { $ratio }× its size and { $ceiling } MB): refused as damaged or hostile; save it again from Excel or LibreOffice
source-sheet-declared-range = { $file }: sheet '{ $sheet }' declares a range of { $rows } rows × { $columns } columns while only { $present } cells hold a value: the file is damaged or was not written by a spreadsheet application; open it in Excel or LibreOffice, save it again and import that
source-sheet-stray-cell = { $file }: sheet '{ $sheet }' has a cell as far as { $last } while only { $present } cells hold a value (its range { $first }:{ $last } spans { $area } cells): a stray cell far from the table; delete what lies beyond the table (Ctrl+End shows the last cell), save and import again
source-sheet-repeated = { $file }: sheet '{ $sheet }' repeats its cells to { $present } cells with a value (more than the { $max } lakip reads): a value copied down or across whole columns or rows; clear the cells beyond the table, save and import again
source-ods-cut-short = { $file }: the sheet '{ $sheet }' is cut short (its content.xml ends before the sheet does): the file is damaged; open it in LibreOffice, save it again and import that
source-compound-loop = { $file }: the compound file's { $chain } chain loops (it comes back to sector { $sector } after visiting more sectors than the file has): the file is damaged; open it in Excel or LibreOffice, save it again and import that
source-chain-directory = directory
source-chain-mini-stream = mini stream
source-chain-mini-fat = mini FAT
source-chain-stream = stream

## Word documents (src/source/docx.rs)
source-docx-damaged = { $file }: the Word document is damaged or truncated and cannot be read ({ $reason })
source-docx-no-table = { $file }: the Word document has no table; lakip reads the tables of a document (a PK's sasaran, indikator and target are a table)
