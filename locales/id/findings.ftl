# lakip: temuan `lakip check` beserta sarannya (id). Kuncinya sama dengan en.
# Angka masuk sudah berformat (Rp37.230.532.000, 99,56%).

## budgets.rs
finding-pk-budget-copies = ; baris yang sama ada pada { $count } tabel lain
finding-pk-budget = PK mencantumkan anggaran { $stated } untuk program '{ $program }', tetapi pagunya pada tabel anggaran sebesar { $pagu } ({ $place }, dihitung dari rinciannya){ $also }
hint-pk-budget = PK yang ditandatangani sebelum revisi anggaran memang berbeda; jelaskan dalam laporan, atau tandatangani PK revisi
finding-pk-budget-total = { $total } pada PK tertulis { $stated }, tetapi { $count } baris anggaran programnya berjumlah { $sum }
hint-pk-budget-total = perbaiki baris atau jumlah yang salah ketik, lalu tandatangani PK yang sudah diperbaiki
finding-rak-biaya-anggaran-pagu = jumlah pagu tabel anggaran
finding-rak-biaya-rkt-anggaran = jumlah anggaran RKT
finding-rak-biaya-sheets = {" "}pada { $count } lembar kerja
finding-rak-biaya = biaya RAK berjumlah { $total } dari { $actions } rencana aksi{ $sheets }, tetapi { $what } sebesar { $budget }

## compute: mengapa capaian tidak dihitung (capaian.rs, kinerja.rs)
reason-text-target = targetnya berupa teks, bukan angka
reason-text-realisasi = realisasinya berupa teks, bukan angka
reason-kinds-differ = target dan realisasinya tidak sejenis
reason-units-differ = satuannya berbeda: target dalam { $target }, realisasi dalam { $realisasi }
reason-no-unit = tanpa satuan
reason-grades-not-comparable = nilai mutunya berasal dari skala yang berbeda
reason-zero-target = targetnya nol
reason-out-of-range = angkanya terlalu besar untuk dihitung
reason-no-target = baris ini tidak memiliki target
reason-no-realisasi = baris ini tidak memiliki realisasi
reason-bounded-realisasi = realisasi '{ $realisasi }' adalah batas, bukan angka capaian

## compute: bagian [capaian] pada lakip.toml (kinerja.rs, predikat.rs)
setting-capaian-batas-atas = batas_atas harus 100, 110, atau 120 (atau tidak diisi), bukan { $value }
setting-capaian-polaritas = polaritas "{ $pattern }" harus "naik", "turun", atau "sama", bukan "{ $name }"
setting-predikat-min = predikat "{ $nama }": min harus berupa angka
setting-predikat-no-band = skala predikat memerlukan sedikitnya satu rentang
setting-predikat-negative = rentang { $nama } memiliki batas bawah negatif { $min }
setting-predikat-no-name = rentang mulai { $min } tidak memiliki nama
setting-predikat-twice = dua rentang mulai dari { $min }

## capaian.rs
finding-capaian-unchecked = capaian tertulis { $stated } tidak dapat diperiksa: { $why }
hint-capaian-unchecked = tulis target dan realisasinya sebagai angka (95%, 1 Laporan) atau nilai mutu (B), atau kosongkan capaiannya
finding-capaian-capped = , dibatasi { $cap } oleh [capaian] batas_atas (tanpa batas { $uncapped })
finding-capaian-no-cap = , tanpa batas atas ([capaian] batas_atas tidak diatur)
finding-capaian = capaian tertulis { $stated }, tetapi target { $target } dan realisasi { $realisasi } menghasilkan { $computed }{ $cap }
hint-capaian = dihitung dengan { $formula }{ $note }

## documents.rs, dan penggalan dari compute/revision.rs
finding-duplicate-indikator = indikator
finding-duplicate-items = rincian
finding-duplicate-alike = { $same } dari { $of } { $rows } pada yang lebih besar ada di keduanya{ $periods }; menyimpan keduanya menjumlahkan angkanya dua kali
finding-duplicate-periods = , untuk periode { $a } dan { $b }
finding-duplicate-sheets = { $sheets } tampaknya dua versi dari satu dokumen: { $alike }
hint-duplicate-keep-one = simpan salah satu: { $how }
finding-duplicate-revision = { $kind } ini tampaknya revisi dari { $older } ({ $id }, diimpor { $imported }): { $alike }
finding-duplicate-earlier = sebelumnya
hint-duplicate-remove-or-replace = simpan salah satu: `lakip remove { $id }` (atau `lakip import { $file } --replace { $id }`)
finding-duplicate-versions = { $kind } ini dan { $older } ({ $id }) tampaknya dua versi dari satu dokumen: { $alike }
hint-duplicate-either = simpan salah satu saja (dalam ruang kerja: `lakip remove { $older }` atau `lakip remove { $newer }`)
hint-duplicate-document = { $hint }; bila keduanya memang dua dokumen, izinkan aturan ini (`--allow duplicate-document`)
revision-sheets-named = lembar kerja '{ $older }' dan '{ $newer }' pada { $file }
revision-keep-one-sheet = `lakip remove { $older }` menyisakan '{ $newer_sheet }', `lakip remove { $newer }` menyisakan '{ $older_sheet }' (atau impor satu lembar kerja saja: `lakip import { $file } --sheet { $sheet } --replace { $older }`)

## compute/realisasi.rs: sumber `lakip realisasi`
word-or = atau
realisasi-no-source = tidak ada tabel realisasi { $kind } untuk dilaporkan (ruang kerja memuat { $held })
realisasi-none = tidak ada
realisasi-several-sources = realisasi berasal dari { $count } sumber ({ $held }): angkanya tidak dijumlahkan; pilih satu dengan --sumber { $choices } (atau `sumber` pada bagian [realisasi] di lakip.toml); `lakip check` membandingkan keduanya
realisasi-keep-later = `lakip remove { $id }` menyisakan yang lebih baru, atau `lakip import { $file } --replace { $id }`
realisasi-keep-either = `lakip remove { $older }` atau `lakip remove { $newer }`
realisasi-two-versions = { $older } dan { $newer } tampaknya dua versi dari satu dokumen ({ $same } dari { $of } rincian sama): angkanya tidak dijumlahkan; simpan salah satu ({ $keep }), atau, bila keduanya memang dua dokumen, izinkan `duplicate-document` pada bagian [check] di lakip.toml
realisasi-periods = laporan realisasinya berasal dari periode yang berbeda: { $list }; realisasi sampai tiap periode akan terjumlah — laporkan satu periode (sebutkan berkasnya, atau impor berkas itu saja)

## schedule.rs
finding-rak-unscheduled-all = tidak satu pun dari { $count } rencana aksi dijadwalkan pada suatu bulan; bila jadwalnya ditandai dengan warna sel, lakip tidak dapat membacanya
finding-rak-unscheduled-action = rencana aksi ini
finding-rak-unscheduled = '{ $action }' tidak dijadwalkan pada bulan mana pun
hint-rak-unscheduled = tandai bulan-bulan pelaksanaannya, atau hapus rencana aksi itu

## formulas.rs
finding-formula-unread = rumus "{ $formula }" pada baris nomor kolom ({ $cell }) tidak dipahami (kolom menurut nomornya, + - x : / dan tanda kurung, `9 s.d. 12`), atau menyebut kolom yang tidak dibaca lakip: rumus itu tidak diperiksa
finding-formula-k-side = {" "}pada sisi K
finding-column-formula = baris { $row } menyalahi rumus { $formula } pada baris nomor kolom ({ $cell }){ $side }: { $cells } menghasilkan { $computed }, bukan { $stated } seperti yang tertulis
hint-column-formula = perbaiki sel itu, atau sel-sel yang dipakai rumusnya

## items.rs
finding-no-uraian = baris { $row } bernilai ({ $amounts }) tetapi tidak memiliki uraian
hint-no-uraian = tuliskan peruntukan nilai itu pada kolom uraian
finding-negative = { $field } bernilai negatif: { $value }
finding-duplicate-item = "{ $uraian }" muncul lagi dengan nilai yang sama (pertama kali pada baris { $first })
hint-duplicate-item = hapus salinannya, atau bedakan kedua baris itu
finding-empty-heading = "{ $heading }" tidak memiliki rincian di bawahnya
finding-cell-percentage = persentase
finding-cell-error = sel { $what } menampilkan { $error }: rumusnya gagal
hint-cell-error = perbaiki rumusnya atau sel yang dipakainya (biasanya `-` pada sel yang seharusnya berisi angka)
finding-uncomputed-formula = sel { $what } berisi rumus ={ $formula } tetapi belum ada hasil hitungannya
hint-uncomputed-formula = buka lalu simpan berkas itu di Excel atau LibreOffice agar rumusnya terhitung, kemudian impor lagi

## dates.rs
finding-signed-after-year = { $kind } tahun { $tahun } ditandatangani pada { $signed }, setelah tahunnya berakhir
finding-signed-before-year-end = realisasi tahun { $tahun } ditandatangani pada { $date }, sebelum tahunnya berakhir
hint-signature-date = periksa tahun pada tanggal di atas tanda tangan; biasanya berasal dari templat tahun lalu

## reconcile.rs
finding-sources-program = { $field } program '{ $program }' di sini { $mine }, tetapi pada { $kind } { $theirs } ({ $place })
finding-sources-kegiatan = { $field } kegiatan { $kegiatan } (program '{ $program }') di sini { $mine }, tetapi pada { $kind } { $theirs } ({ $place })
hint-realisasi-sources = salah satu sumber sudah usang atau salah ketik: laporan harus memakai angka DIPA/SAKTI
finding-unmatched-program = program '{ $program }' (pagu { $pagu }) ada pada { $kind }, tetapi tidak ada pada program mana pun di { $other }
hint-unmatched-program = kedua sumber seharusnya mencantumkan program yang sama: kode atau nama yang ditulis berbeda hanya dicocokkan bila kata-katanya sama
finding-unmatched-pagu = {" "}(pagu { $pagu })
finding-unmatched-kegiatan = kegiatan { $kegiatan }{ $pagu } dari program '{ $program }' ada pada { $kind }, tetapi tidak ada pada kegiatan mana pun dari program itu di { $other } ({ $place })
hint-unmatched-kegiatan = kedua sumber seharusnya mencantumkan kegiatan yang sama: kode atau nama yang ditulis berbeda hanya dicocokkan bila kata-katanya sama

## settings.rs: bagian [check] pada lakip.toml
setting-check-overspend = [check] realisasi_melebihi_pagu harus `"error"` atau `"warning"`, bukan "{ $value }"
setting-check-no-rule = [check] menyebut aturan "{ $code }" yang tidak ada (`lakip check --explain all` mencantumkan semuanya)
setting-check-tolerance = [check] toleransi_persen harus berupa angka poin persen, misalnya 0.01

## targets.rs
finding-renstra-no-year = tidak ada tahun untuk membandingkan target Renstra (tahun di lakip.toml: periksa ruang kerjanya, atau periksa berkas dari dalam ruang kerja)
finding-renstra-no-column = Renstra tidak memiliki kolom untuk tahun { $tahun } (tahunnya: { $years }): targetnya tidak dibandingkan
finding-renstra-no-target = Renstra tidak menuliskan target tahun { $tahun } untuk indikator yang pada { $kind } bertarget { $target } ({ $place }): tidak dibandingkan
finding-target-renstra = target di sini { $target }, tetapi Renstra menetapkan { $planned } untuk tahun { $tahun } bagi indikator yang sama ({ $place })
finding-target-mismatch = target di sini { $target }, tetapi { $kind } menetapkan { $expected } untuk indikator yang sama ({ $place })
finding-pk-unmeasured-others = {" "}(juga ada pada { $count } tabel PK lain)
finding-pk-unmeasured = tidak ada baris kinerja yang mengukur '{ $indikator }'{ $others }
hint-pk-unmeasured = tabel BAB III mungkin mengukurnya dengan kata-kata lain: samakan kedua teks itu
finding-pk-numbering = nomor { $number } dipakai lagi; baris { $first } sudah memakainya

## years.rs
finding-year-title = judulnya menyebut "{ $phrase }": dokumen tahun { $year }, padahal ruang kerja ini untuk tahun { $tahun } (tahun di lakip.toml)
finding-year-title-period = judulnya menyebut "{ $phrase }": periode { $from }-{ $to }, yang tidak mencakup { $tahun }, tahun ruang kerja ini (tahun di lakip.toml)
finding-year-header = judul kolom { $headers } menyebut tahun lain daripada tahun ruang kerja ini, { $tahun } (tahun di lakip.toml): angka yang dibaca dari { $count ->
        [1] kolom itu
       *[other] kolom-kolom itu
    } dianggap angka tahun { $tahun }
finding-year-signed-plan = pada tahun { $before } atau { $tahun }
finding-year-signed-realisation = pada tahun { $tahun } atau, setelah tahunnya berakhir, pada tahun { $after }
finding-year-signed-agreement = pada tahun { $tahun }, atau pada bulan Desember { $before }
finding-year-signed = ditandatangani pada { $date }, padahal ruang kerja ini untuk tahun { $tahun } (tahun di lakip.toml): { $kind } tahun { $tahun } ditandatangani { $when }
hint-year-mismatch = impor dokumen tahun ini, atau buat ruang kerja untuk tahun dokumen itu dengan `lakip init`
finding-indikator-again-same = "{ $indikator }" muncul lagi di bawah sasaran yang sama, dengan angka yang sama (pertama kali pada baris { $first })
finding-indikator-again-other = "{ $indikator }" muncul lagi di bawah sasaran yang sama, dengan angka lain: di sini { $figures }; pada baris { $first } { $figures_first }
finding-indikator-figures-measured = target { $target }, realisasi { $realisasi }
finding-indikator-figures-target = target { $target }
hint-indikator-again = hapus salinannya; jika baris-baris mulai dari sini adalah tabel lain (tahun lain), letakkan tabel itu di lembar kerjanya sendiri
finding-realisasi-fraction = realisasi { $realisasi } terhadap target { $target } memberi capaian { $capaian }; jika sel itu berisi pecahan (0,9 untuk 90%), realisasinya { $percent } dan capaiannya { $other }
hint-realisasi-fraction = tulis realisasi sebagai persentase (90 atau 90%), atau biarkan jika memang benar
