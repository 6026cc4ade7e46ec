# lakip: yang dikatakan saat membaca berkas (id): src/source, src/error.rs. Kuncinya sama di id dan en; tests/i18n.rs memeriksanya.

## Peringatan saat membaca (disimpan sebagai catatan)
source-cell-beyond = sel di luar batas { $rows } baris × { $columns } kolom yang dibaca lakip diabaikan
source-csv-quote-open = sebuah isian bertanda petik melintasi beberapa baris dan memuat pemisah kolom: tanda petik yang tidak ditutup mungkin menelan beberapa baris
source-docx-tables = dokumen memuat { $count } tabel; lakip membaca { $max } tabel pertama, sisanya tidak dibaca
source-docx-paragraphs = { $count } paragraf berturut-turut; lakip membaca { $room } paragraf terdekat dengan tabel, sisanya tidak dibaca
source-docx-table-rows = tabel sebanyak { $count } baris; lakip membaca { $max } baris pertama, sisanya tidak dibaca

## Berkas yang tidak dapat dibuka (src/source/mod.rs)
source-cannot-open = { $file }: tidak dapat dibuka: { $reason }
source-no-such-file = berkas tidak ada
source-permission-denied = tidak ada izin untuk membacanya
source-directory = { $file }: sebuah folder, bukan lembar kerja
source-not-regular = { $file }: bukan berkas biasa (pipa bernama, soket, atau perangkat); simpan tabelnya ke sebuah berkas lalu impor berkas itu
source-csv-binary = { $file }: isinya biner (berisi bita NUL), bukan teks CSV; ekspor ulang tabelnya sebagai CSV atau impor buku kerjanya langsung
source-csv-unreadable = { $file }: CSV tidak dapat dibaca (keterangan teknis: { $reason })
source-file-is = { $file }: { $what }

## Jenis berkas menurut isinya (src/source/workbook.rs)
source-file-empty = { $file }: berkasnya kosong
source-pdf = sebuah PDF, bukan lembar kerja; lakip membaca tabel dari buku kerja dan dokumen Word: ekspor tabel-tabel PDF itu ke Excel (.xlsx, misalnya dengan Export PDF di Acrobat) lalu impor hasilnya, atau impor dokumen Word asli (.docx) yang menjadi sumber PDF itu
source-image = sebuah gambar ({ $image }), bukan lembar kerja; lakip membaca sel-sel tabel, bukan gambar tabel: impor buku kerja atau dokumen Word yang menjadi sumber gambar itu
source-old-word = dokumen Word lama (.doc, Word 97-2003), bukan lembar kerja; buka di Word atau LibreOffice, simpan sebagai .docx lalu impor berkas itu
source-powerpoint = presentasi PowerPoint, bukan lembar kerja; impor buku kerja yang menjadi sumber tabel-tabelnya
source-no-workbook-part = buku kerja Excel tanpa bagian buku kerja (xl/workbook.xml): berkasnya rusak; buka di Excel atau LibreOffice (yang mungkin dapat memperbaikinya), simpan lagi lalu impor berkas itu
source-zip-archive = arsip zip, bukan buku kerja (berisi { $count } berkas: { $files }); ekstrak arsipnya lalu impor buku kerja di dalamnya
source-html = halaman web (HTML) yang disimpan dengan nama lembar kerja, seperti hasil ekspor sebagian aplikasi; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx
source-text-file = berkas teks, bukan buku kerja (jika ini hasil ekspor CSV, ganti namanya menjadi .csv)
source-not-a-spreadsheet = bukan lembar kerja (yang dibaca: berkas xlsx, xlsm, xlsb, xls, ods, csv, atau docx)
source-word-renamed = { $file }: dokumen Word dengan nama lain; ganti namanya menjadi .docx lalu impor berkas itu
source-docx-not-zip = { $file }: bukan dokumen Word (berkas .docx adalah arsip zip berisi `word/document.xml`); simpan lagi dari Word atau LibreOffice
source-docx-no-document = { $file }: bukan dokumen Word (tidak berisi `word/document.xml`); buku kerja diimpor dengan namanya sendiri (.xlsx, .ods)
source-word-password = dokumen Word ini dilindungi kata sandi; simpan salinannya tanpa kata sandi lalu impor salinan itu
source-doc-named-docx = dokumen Word lama (.doc) yang diberi nama .docx; buka di Word atau LibreOffice lalu simpan sebagai .docx

## Buku kerja yang tidak dapat dibaca (src/source/workbook.rs, guard.rs, compound.rs)
source-workbook-password = { $file }: buku kerja ini dilindungi kata sandi; simpan salinannya tanpa kata sandi lalu impor salinan itu
source-workbook-damaged = { $file }: buku kerja ini rusak dan tidak dapat dibaca
source-workbook-damaged-because = { $file }: buku kerja ini rusak dan tidak dapat dibaca (keterangan teknis: { $reason })
source-workbook-truncated = { $file }: buku kerja ini rusak atau terpotong dan tidak dapat dibaca (keterangan teknis: { $reason })
source-workbook-unreadable = { $file }: buku kerja tidak dapat dibaca (keterangan teknis: { $reason })
source-reading-stopped = { $file }: pembacaan dihentikan
source-zip-inflates = { $file }: buku kerja ini mengembang menjadi { $mb } MB dari { $kb } KB di disk (lebih dari { $ratio }× ukurannya dan { $ceiling } MB): ditolak karena rusak atau berbahaya; simpan lagi dari Excel atau LibreOffice
source-sheet-declared-range = { $file }: lembar kerja '{ $sheet }' menyatakan rentang { $rows } baris × { $columns } kolom, padahal hanya { $present } sel yang berisi nilai: berkasnya rusak atau tidak ditulis oleh aplikasi lembar kerja; buka di Excel atau LibreOffice, simpan lagi lalu impor berkas itu
source-sheet-stray-cell = { $file }: lembar kerja '{ $sheet }' memiliki sel sejauh { $last }, padahal hanya { $present } sel yang berisi nilai (rentangnya { $first }:{ $last } mencakup { $area } sel): ada sel nyasar jauh dari tabel; hapus isi di luar tabel (Ctrl+End menunjukkan sel terakhir), simpan lalu impor lagi
source-sheet-repeated = { $file }: lembar kerja '{ $sheet }' mengulang selnya hingga { $present } sel bernilai (lebih dari { $max } sel yang dibaca lakip): ada nilai yang disalin ke bawah atau ke samping sepanjang kolom atau baris; kosongkan sel di luar tabel, simpan lalu impor lagi
source-ods-cut-short = { $file }: lembar kerja '{ $sheet }' terpotong (content.xml-nya berakhir sebelum lembar kerjanya selesai): berkasnya rusak; buka di LibreOffice, simpan lagi lalu impor berkas itu
source-compound-loop = { $file }: rantai { $chain } dalam berkas majemuk ini berputar (kembali ke sektor { $sector } setelah melewati lebih banyak sektor daripada yang ada di berkas): berkasnya rusak; buka di Excel atau LibreOffice, simpan lagi lalu impor berkas itu
source-chain-directory = direktori
source-chain-mini-stream = aliran mini
source-chain-mini-fat = mini FAT
source-chain-stream = aliran

## Dokumen Word (src/source/docx.rs)
source-docx-damaged = { $file }: dokumen Word ini rusak atau terpotong dan tidak dapat dibaca (keterangan teknis: { $reason })
source-docx-no-table = { $file }: dokumen Word ini tidak memiliki tabel; lakip membaca tabel-tabel dokumen (sasaran, indikator, dan target PK berupa tabel)
