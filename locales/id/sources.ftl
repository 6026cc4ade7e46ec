# lakip: yang dikatakan saat membaca berkas (id): src/source, src/error.rs. Kuncinya sama di id dan en; tests/i18n.rs memeriksanya.

## Peringatan saat membaca (disimpan sebagai catatan)
source-cell-beyond = sel di luar batas { $rows } baris × { $columns } kolom yang dibaca lakip diabaikan
source-csv-quote-open = sebuah isian bertanda petik melintasi beberapa baris dan memuat pemisah kolom: tanda petik yang tidak ditutup mungkin menelan beberapa baris
source-docx-tables = dokumen memuat { $count } tabel; lakip membaca { $max } tabel pertama, sisanya tidak dibaca
source-docx-paragraphs = { $count } paragraf berturut-turut; lakip membaca { $room } paragraf terdekat dengan tabel, sisanya tidak dibaca
source-docx-table-rows = tabel sebanyak { $count } baris; lakip membaca { $max } baris pertama, sisanya tidak dibaca
