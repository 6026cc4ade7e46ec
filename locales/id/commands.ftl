# lakip: the commands' own messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## Clap's parse errors, written from its error's kind and context (src/cli/parse_error.rs).
clap-unknown-argument = argumen '{ $arg }' tidak dikenal
clap-unknown-subcommand = perintah '{ $name }' tidak dikenal
clap-value-required = '{ $arg }' memerlukan nilai, tetapi tidak ada yang diberikan
clap-invalid-value = nilai '{ $value }' tidak sah untuk '{ $arg }'
clap-missing-required = argumen wajib berikut belum diberikan:
clap-too-many-values = nilai '{ $value }' untuk '{ $arg }' berlebih; tidak ada nilai lain yang diharapkan
clap-argument-twice = argumen '{ $arg }' tidak boleh diberikan lebih dari sekali
clap-argument-conflict = argumen '{ $arg }' tidak dapat dipakai bersama '{ $other }'
clap-number-empty = bilangan kosong
clap-number-too-large = bilangan terlalu besar
clap-number-invalid = bukan bilangan bulat
clap-number-out-of-range = { $value } di luar rentang { $range }
clap-tip = saran
clap-similar-subcommand = { $count ->
    [1] mungkin maksud Anda perintah { $names }?
   *[other] mungkin maksud Anda salah satu perintah ini: { $names }?
    }
clap-similar-argument = { $count ->
    [1] mungkin maksud Anda { $names }?
   *[other] mungkin maksud Anda salah satu dari { $names }?
    }
clap-similar-value = { $count ->
    [1] mungkin maksud Anda { $names }?
   *[other] mungkin maksud Anda salah satu dari { $names }?
    }
clap-pass-as-value = untuk memberikan '{ $arg }' sebagai nilai, tulis '{ $how }'
clap-try-help = Untuk keterangan lebih lanjut, coba '{ $flag }'.

## lakip import
import-replace-no-workspace = --replace menyebut dokumen yang disimpan di ruang kerja, dan di sini tidak ada ruang kerja; sebutkan dengan -w DIR
import-replace-unknown = tidak ada yang diimpor: --replace { $names }: tidak ada dokumen dengan ID atau berkas itu di ruang kerja (`lakip status` menampilkan daftarnya)
import-would-replace = akan diganti: { $sheet } ({ $id })
import-replaced = diganti: { $sheet } ({ $id })
import-would-hold = akan menyimpan
import-now-holds = kini menyimpan
import-unknown-time = pada waktu yang tidak diketahui
import-revision-of-held = { $new } tampaknya revisi dari { $old } ({ $id }, diimpor { $at }): { $same } dari { $of } { $rows } sama; ruang kerja { $holds } keduanya, sehingga angkanya akan terjumlah dua kali. Untuk menyimpan yang baru saja: { $keep } (`lakip check` gagal selama keduanya tersimpan: `duplicate-document`)
import-only-one-sheet = impor satu lembar saja: `lakip import { $file } --sheet { $sheet }`
import-keep-one = simpan satu saja: { $how }
import-two-sheets-alike = { $sheets } tampaknya dua versi dari satu dokumen ({ $same } dari { $of } { $rows } sama): ruang kerja { $holds } keduanya, sehingga angkanya akan terjumlah dua kali; { $keep } (`lakip check` gagal selama keduanya tersimpan: `duplicate-document`)
import-two-files-alike = { $new } dan { $other } tampaknya dua versi dari satu dokumen ({ $same } dari { $of } { $rows } sama): impor salah satu saja
import-rows-indikator = indikator
import-rows-items = butir
import-progress-rows = baris dibaca
dry-run-nothing-written = uji coba (--dry-run): tidak ada yang ditulis
import-summary = { $items } butir dari { $documents } dokumen diimpor ke data/ ({ $tables })

## lakip remove
remove-unknown = tidak ada yang dikeluarkan: { $names }: tidak ada dokumen dengan ID atau berkas itu di ruang kerja (`lakip status` menampilkan daftarnya)
remove-would-remove = akan dikeluarkan: { $id }: { $what }
remove-removed = dikeluarkan: { $id }: { $what }
remove-left = ruang kerja kini menyimpan { $count } dokumen
remove-count-indikator = { $count } indikator
remove-count-items = { $count } butir
remove-count-headings = { $count } kelompok
remove-count-totals = { $count } baris jumlah
remove-count-notices = { $count } peringatan

## lakip build
build-output-is-file = { $path }: lakip build menulis sebuah direktori (berisi bab-bab, atau LKj-<satker>-<tahun>.docx), bukan satu berkas; sebutkan direktori (-o lkj), atau tulis satu berkas dengan `lakip render all -o lkj.html`
build-incomplete = belum lengkap: { $part }: { $what }
build-draft-errors = { $count } kesalahan dalam data
build-draft-incomplete = { $count } bagian belum lengkap
build-draft = { " " }(draf: { $reasons })
build-wrote = ditulis: { $written }{ $draft }
build-progress-chapters = bab
build-files-to = { $count } berkas ke { $dir }
build-docx-and-pdf = { $docx } dan { $pdf }
build-refused-nothing = belum ada yang diimpor, sehingga laporan tidak berisi data; jalankan `lakip import BERKAS`
build-refused-errors-incomplete = `lakip check` menemukan kesalahan dan laporan belum lengkap; perbaiki datanya dan impor yang masih kurang
build-refused-errors = `lakip check` menemukan kesalahan; perbaiki datanya
build-refused-incomplete = laporan belum lengkap (lihat di atas); impor yang masih kurang dan lengkapi lakip.toml
build-refused = laporan tidak dibuat: { $what }; atau buat draf dengan --allow-errors

## lakip render (and build): what rendering says
render-own-template = memakai templat milik ruang kerja: templates/{ $name }
render-narasi-missing = { $path } belum ada: bab ini menampilkan teks pengganti
render-narasi-unfilled = { $path } masih berisi isian kerangka [Tuliskan …]
render-no-renstra = Renstra belum diimpor: BAB II tidak memuat Tabel 2.1 (sasaran, indikator, dan target per tahun) dan menyebutkannya
render-hint-pdf = { " " }(untuk PDF, `lakip build --format pdf`)
render-docx-needs-file = --format docx menulis dokumen Word: beri nama dengan -o BERKAS.docx (lakip render { $chapter } --format docx -o { $chapter }.docx)
render-nothing-imported = { $dir }: belum ada yang diimpor, sehingga belum ada laporan yang dapat ditulis; jalankan dulu `lakip import BERKAS`
render-sebelumnya-not-workspace = { $config }: `[sebelumnya] workspace = "{ $dir }"` bukan ruang kerja lakip ({ $path } tidak memuat lakip.toml)

## The -o file of realisasi, capaian and render
output-format-text = teks
output-format-json = JSON
output-format-csv = CSV
output-format-xlsx = buku kerja xlsx
output-format-md = Markdown
output-format-html = HTML
output-format-docx = dokumen Word
output-wrong-extension = { $path }: lakip { $command } menulis { $formats }, bukan .{ $ext }; beri nama berkas sesuai formatnya{ $hint }
output-by-flag = --format { $flag } menulis
output-by-default = tanpa --format, lakip { $command } menulis
output-disagrees = { $path }: { $by } { $format }, tetapi nama berkasnya .{ $named }; beri nama .{ $ext } atau berikan --format { $flag }
output-or = { $items } atau { $last }
output-is-directory = { $path }: ini direktori; sebutkan berkas yang akan ditulis (-o { $example })
output-xlsx-needs-file = --format xlsx menulis buku kerja: beri nama dengan -o BERKAS.xlsx
output-wrote = ditulis: { $path }

## lakip realisasi, capaian, check
realisasi-sumber-one-of = salah satu dari { $names }
realisasi-depth-unknown = --depth { $name } bukan tingkat dalam dokumen jenis { $kind }: { $levels }
realisasi-none-in-files = tidak ada tabel anggaran (pagu dan realisasi) dalam berkas yang disebut
realisasi-none-held = belum ada tabel anggaran (pagu dan realisasi) untuk dilaporkan; impor dengan `lakip import BERKAS`
capaian-none-in-files = tidak ada tabel kinerja (target, realisasi, capaian) dalam berkas yang disebut
capaian-none-held = belum ada tabel kinerja (target, realisasi, capaian) untuk dilaporkan; impor pengukuran kinerja BAB III dengan `lakip import BERKAS`
check-nothing-imported = { $dir }: belum ada yang diimpor, sehingga tidak ada yang diperiksa; jalankan dulu `lakip import BERKAS`
check-no-such-rule = tidak ada aturan "{ $code }"; aturan yang ada: { $rules }

## lakip template
template-write-failed = templat tidak dapat ditulis: { $reason }
template-unknown-kind = '{ $name }' bukan jenis dokumen; templat tersedia untuk { $kinds }
template-export-kind = { $label } adalah hasil ekspor sistem, bukan formulir yang diisi tangan: impor berkas ekspornya langsung; templat tersedia untuk { $kinds }
template-not-xlsx = { $path }: templat berupa buku kerja .xlsx; beri nama berkas .xlsx
template-exists = { $path }: berkas sudah ada; pilih nama lain atau berikan --force untuk menimpanya
template-written = { $path }: templat { $label } ({ $kind }) dengan { $examples } baris contoh; isi, lalu `lakip import { $path }`

## lakip init --from, lakip man
init-cannot-read = { $path }: tidak dapat dibaca: { $reason }
init-cannot-copy = { $path }: tidak dapat disalin: { $reason }
init-copied-dir = { $dir }/ ({ $count } berkas)
init-copied-skeleton = kerangka narasi ({ $files })
init-and = dan
init-copied-with = , beserta { $what }
init-created-from =
    Ruang kerja lakip untuk { $satker } { $tahun } dibuat di { $dir } dari { $from }{ $copied }
    Berikutnya: lakip import BERKAS.xlsx
man-wrote = { $count } halaman manual ditulis di { $dir }

## build --format pdf, and the Word document's warnings
pdf-no-office = --format pdf memerlukan LibreOffice (soffice) untuk mengubah dokumen Word menjadi PDF, dan tidak ada di PATH; pasang LibreOffice (apt-get install libreoffice-writer), atau buat dokumen Word dengan --format docx
pdf-not-made = { $path }: LibreOffice tidak menghasilkan PDF
pdf-lists-unfilled = LibreOffice tidak dapat menjalankan makro lakip, sehingga daftar isi, daftar tabel, dan daftar gambar dalam PDF belum terisi; buka dokumen Word lalu perbarui bidangnya (pilih semua, lalu F9)
pdf-cannot-run = { $path }: tidak dapat dijalankan: { $reason }
pdf-office-stopped = { $path }: LibreOffice berhenti dengan { $status }
pdf-office-timeout = { $path }: LibreOffice tidak selesai dalam { $seconds } detik
docx-unknown-marker = <!-- docx: { $marker } --> bukan penanda yang dikenal lakip; tidak dimasukkan ke dokumen Word
docx-no-picture = { $name }: tidak ada gambar PNG atau SVG dengan nama itu di ruang kerja; tidak dimasukkan ke dokumen Word
docx-no-chart = <!-- docx: grafik { $name } -->: tidak ada grafik dengan nama itu (yang ada: { $known })

## [dokumen] in lakip.toml: the Word document's layout
dokumen-font = [dokumen] `font` harus berupa nama huruf, misalnya "Arial"
dokumen-ukuran-font = [dokumen] `ukuran_font` harus berupa ukuran dalam poin dari 8 sampai 16, misalnya 12 atau 11.5
dokumen-spasi = [dokumen] `spasi` harus berupa jarak baris dari 1 sampai 3, misalnya 1.5
dokumen-margin = [dokumen] `margin_cm` harus berupa empat margin dalam cm dari 1 sampai 6 (atas, kanan, bawah, kiri), misalnya [3, 3, 3, 4]

## Writing the report's files.
render-cannot-write-docx = tidak dapat menulis dokumen Word: { $reason }
render-cannot-write-png = tidak dapat menulis gambar PNG: { $reason }
render-terbilang-cannot = filter terbilang tidak dapat menuliskan { $value } dengan kata-kata
