# lakip: pesan `lakip audit` (id). Kuncinya sama dalam id dan en; tests/i18n.rs memeriksanya.

## Dipakai bersama oleh keluarga klaim.
audit-figure-reason = { $figure }: { $reason }
audit-bound = { $figure } hanya batas, bukan angka yang pasti
audit-zero = { $figure } bernilai nol

## sisa
audit-sisa-other-programs = { $figure }: pagu, realisasi, dan sisa itu mungkin milik program yang berbeda
audit-sisa-no-pagu-realisasi = { $figure }: tidak ada pagu dan realisasi dalam kalimat yang sama
audit-sisa-one-missing = { $figure }: kalimat ini tidak menyebutkan pagu atau realisasi di sampingnya
audit-sisa-several = { $figure }: ada lebih dari satu pagu atau realisasi yang mungkin menjadi dasar sisa ini
audit-sisa-wrong = sisa tertulis { $sisa }, padahal pagu { $pagu } − realisasi { $realisasi } = { $computed }
audit-sisa-hint = sisa = pagu − realisasi; perbaiki yang keliru di antara ketiganya

## percent
audit-percent-no-amount-after-dari = tidak ada nilai rupiah setelah "dari" dalam kalimat ini
audit-percent-no-pagu-before = tidak ada pagu yang disebutkan sebelum realisasi
audit-percent-no-base = nilai sebelum persentase bukan realisasi atau sisa, dan tidak ada "dari" yang menyebutkan dasarnya
audit-percent-wrong = { $part } tertulis sebesar { $percent } dari { $whole }, padahal { $x } ÷ { $y } × 100 = { $computed }
audit-percent-hint = dibulatkan setengah ke atas menjadi { $decimals } desimal seperti yang tertulis; perbaiki persentasenya atau nilainya

## change
audit-change-dari-no-menjadi = ada "dari" tanpa "menjadi"
audit-change-no-figure-dari-menjadi = tidak ada angka setelah "dari" atau setelah "menjadi"
audit-change-no-figure-after-word = tidak ada angka setelah kata kenaikan atau penurunan
audit-change-figure-not-next = angka setelah kata kenaikan atau penurunan tidak langsung mengikutinya
audit-change-no-dibandingkan = tidak ada "dibandingkan" setelah kenaikan atau penurunan itu
audit-change-no-earlier-figure = tidak ada angka tahun pembanding
audit-change-no-this-year-figure = tidak ada angka tahun ini sebelum kata kenaikan atau penurunan
audit-change-different-kinds = kedua angka yang dibandingkan berbeda jenisnya
audit-change-says-rise = teks menyebut kenaikan dari { $before } menjadi { $after }
audit-change-says-fall = teks menyebut penurunan dari { $before } menjadi { $after }
audit-change-direction-hint = angka tahun ini adalah yang tertulis, angka tahun pembanding yang dihitung
audit-change-kind-differs = jenis angka perubahan itu berbeda dengan jenis angka-angkanya
audit-change-wrong = { $direction ->
        [up] kenaikan
       *[down] penurunan
    } tertulis { $change }, padahal dari { $before } menjadi { $after } = { $computed }
audit-change-hint = naik/turun = tahun ini − tahun pembanding

## sum
audit-sum-mixed = rinciannya mencampur nilai rupiah dan persentase
audit-sum-other-measure = tidak semua rinciannya sejenis dengan jumlahnya (pagu, realisasi, atau sisa)
audit-sum-too-few = kurang dari dua nilai dirinci sesudahnya
audit-sum-count-differs = kalimat menyebut { $named } rincian, tetapi menuliskan { $listed } nilai
audit-sum-wrong = jumlah nilai yang dirinci { $computed }, tidak sama dengan { $stated } yang tertulis
audit-sum-hint = perbaiki jumlahnya atau nilai rincian yang keliru

## words
audit-words-unread = "({ $words })" tidak terbaca sebagai satu bilangan
audit-words-wrong = { $figure } ditulis dengan huruf "{ $words }", yang berarti { $computed }
audit-words-hint = angka adalah yang tertulis, huruf yang dibaca: perbaiki yang keliru

## capaian
audit-capaian-not-one-each = kalimat ini tidak memuat tepat satu target, satu realisasi, dan satu capaian
audit-lower-better = indikator ini mungkin berpolaritas negatif (makin rendah makin baik)
audit-capaian-target-zero = targetnya nol
audit-capaian-wrong = capaian tertulis { $capaian }, padahal realisasi { $realisasi } ÷ target { $target } × 100 = { $computed }
audit-capaian-hint = makin tinggi makin baik; capaian yang dibatasi pada 100, 110, atau 120 juga lolos

## same-figure
audit-same-of-entity = { $measure } "{ $entity }"
audit-same-of-dipa = { $measure } DIPA
audit-same-wrong = { $what } tertulis { $here } di sini, tetapi { $there } pada { $place }
audit-same-hint = yang tertulis sebelumnya: "{ $quote }"

## count
audit-count-reason = { $figure } { $noun }: { $reason }
audit-count-no-target = { $figure } { $noun }: tabel { $table } tidak memiliki kolom Target
audit-count-wrong = teks menyebut { $figure } { $noun }, tetapi { $table } memuat { $counted }
audit-count-hint-indikator = dihitung: baris tabel yang memiliki target
audit-count-hint-sasaran = dihitung: baris tabel yang bernomor (atau sasaran yang berbeda)
audit-count-nth-table = tabel ke-{ $number } dalam dokumen
audit-count-no-caption = tidak ada tabel berjudul "Tabel { $name }"
audit-count-no-table-after = tidak ada tabel tepat sesudahnya
audit-count-no-table-named = kalimat ini tidak menyebut tabel

## list
audit-list-some = { $figure } { $noun }: daftarnya hanya menyebut sebagian, bukan seluruhnya
audit-list-words-disagree = { $figure } { $noun }: angka dan hurufnya tidak sama (lihat `words`)
audit-list-hint = dihitung: butir daftar sesudah bilangan itu
audit-list-wrong = teks menyebut { $figure } { $noun }, tetapi daftar sesudahnya memuat { $counted }
audit-list-not-ordered = nomor butir daftarnya tidak berurutan 1, 2, 3 …
audit-list-empty = daftarnya kosong
audit-list-dan = ada butir yang memuat `dan`: batas antarbutir tidak dapat dipastikan
audit-list-nested = butir { $item } muncul sesudah paragraf yang bukan butir (daftar bertingkat?)
audit-list-none-follows = tidak ada daftar sesudahnya

## signing-date, signatory
audit-date-lkj = laporan tahun { $year } ditandatangani pada { $date }, sebelum tahun yang dilaporkan berakhir
audit-date-lkj-hint = LKj tahun { $year } ditandatangani sesudah 31 Desember { $year }; tanggal tahun { $written } sering berasal dari templat tahun lalu yang tahunnya belum diganti
audit-date-pk = Perjanjian Kinerja tahun { $year } ditandatangani pada { $date }, bukan pada bulan Januari { $year }
audit-date-pk-hint = PK ditandatangani pada awal tahunnya; PK yang direvisi kemudian menuliskan PERUBAHAN pada judulnya
audit-signatory-differs = ditandatangani oleh { $name }, padahal laporan ditandatangani oleh { $first } di bagian sebelumnya
audit-signatory-workspace = ditandatangani oleh { $first }, padahal [penandatangan] pada ruang kerja adalah { $workspace }
audit-signatory-hint = pergantian pejabat dalam tahun berjalan memang terjadi: tanda tangani oleh pejabat yang menjabat saat laporan ditandatangani

## year, satker
audit-source-title = judul ("{ $title }")
audit-source-workspace-satker = satker ruang kerja (lakip.toml)
audit-year-workspace = judul menyebut tahun { $title }, padahal ruang kerja untuk tahun { $workspace } (tahun pada lakip.toml)
audit-year-source-title = menurut judul
audit-year-source-workspace = menurut ruang kerja
audit-year-wrong = "{ $text }" menyebut tahun { $stated }, padahal laporan ini tahun { $year } ({ $source })
audit-satker-workspace = judul menyebut { $title }, padahal ruang kerja milik { $workspace }
audit-satker-wrong = teks menyebut { $named } sebagai satker pelapor, padahal laporan ini milik { $own } menurut { $source }

## tabel laporan
audit-table-not-percent = "{ $text }" tidak terbaca sebagai persentase
audit-table-pagu-zero = pagunya nol
audit-table-row-no-uraian = baris ini (tanpa uraian)
audit-table-percent-wrong = { $name } tertulis { $stated }%, padahal realisasi ÷ pagu = { $computed }
audit-table-percent-hint = { $realisasi } ÷ { $pagu } × 100 = { $computed }; dibulatkan setengah ke atas sesuai desimal yang tertulis
audit-table-capaian-polaritas = capaian tertulis { $capaian }%, padahal dari target { $target } dan realisasi { $realisasi } dengan polaritas { $polaritas } = { $computed }
audit-table-capaian-not-percent = capaian "{ $text }" tidak terbaca sebagai persentase
audit-table-not-one-kind = target "{ $target }" dan realisasi "{ $realisasi }" bukan dua angka yang sejenis
audit-table-capaian-hint = polaritas { $polaritas }; capaian yang dibatasi pada 100, 110, atau 120 juga lolos

## ruang kerja (-w)
audit-ws-no-line = ruang kerja tidak memuat program atau kegiatan bernama "{ $name }"
audit-ws-several-lines = lebih dari satu baris ruang kerja bernama "{ $name }"
audit-ws-whole-budget = keseluruhan anggaran
audit-ws-no-value = ruang kerja tidak memiliki { $measure } untuk { $what }
audit-ws-wrong = teks menuliskan { $measure } { $what } sebesar { $stated }, padahal menurut ruang kerja { $computed }
audit-ws-hint-capaian = sebagaimana dihitung `lakip capaian` dari target dan realisasi pada tabel kinerja
audit-ws-hint-realisasi = sebagaimana dihitung `lakip realisasi` dari rincian pada tabel ruang kerja
audit-ws-no-serapan = ruang kerja tidak memiliki serapan untuknya
audit-ws-no-capaian = ruang kerja tidak menghitung capaian untuknya
audit-ws-no-indikator = ruang kerja tidak mengukur indikator bernama "{ $name }"
audit-ws-several-indikator = lebih dari satu indikator ruang kerja bernama demikian

## achievement
audit-at = pada { $place }
audit-achievement-partial = pernyataan ini sebagian, menyangkal, atau berupa harapan, bukan klaim bahwa seluruhnya tercapai
audit-achievement-own-table = tabel capaian laporan
audit-achievement-workspace-table = tabel kinerja ruang kerja
audit-achievement-no-table = tidak ada tabel capaian sebagai pembanding: tidak ada tabel laporan yang memiliki kolom Target dan Realisasi, dan ruang kerja (-w) tidak diberikan
audit-achievement-all-wrong = teks menyatakan seluruhnya tercapai, tetapi { $missed } dari { $rows } baris pada { $source } belum tercapai: "{ $name }" capaiannya { $capaian }
audit-named-hope = pernyataan ini berupa harapan, rencana, atau syarat
audit-named-no-subject = pernyataan ini tidak menyebut nama sasaran atau indikator
audit-named-no-row = tidak ada { $what } pada { $source } yang bernama "{ $subject }"
audit-named-several-rows = "{ $subject }" cocok dengan { $rows } baris pada { $source }, bukan satu
audit-named-unread = { $what } "{ $subject }": { $reason }
audit-named-hint = { $figures }; pada { $place }
audit-named-says-over = teks menyatakan "{ $name }" melampaui target, padahal capaiannya { $capaian }
audit-named-says-under = teks menyatakan "{ $name }" belum mencapai target, padahal capaiannya { $capaian }
audit-named-says-reached = teks menyatakan "{ $name }" mencapai target, padahal capaiannya { $capaian }
audit-named-two-readings = { $computed } menurut perhitungan ({ $stated } menurut tabel)
audit-named-no-figure = target "{ $target }" atau realisasi "{ $realisasi }" bukan angka
audit-named-no-target-realisasi = baris ini tidak memiliki target atau realisasi
audit-named-may-be-lower = indikator ini mungkin berpolaritas negatif dan tabelnya tidak memiliki kolom Polaritas

## membaca laporan
audit-figure-dot-doubt = "{ $run }" dapat berarti { $thousands } atau { $decimal }
audit-pdf-header-no-row = kepala tabel tanpa baris yang terbaca di bawahnya (kolom-kolomnya tidak dapat dipisahkan)
audit-read-format = { $file }: lakip audit membaca laporan berformat .docx, .md, .txt, atau .pdf (simpan berkas .doc atau .odt sebagai .docx)
audit-read-no-file = { $file }: berkas tidak ditemukan
audit-read-cannot = { $file }: tidak dapat dibaca: { $error }
audit-read-not-utf8 = { $file }: bukan teks UTF-8; simpan sebagai UTF-8 (di Word: Simpan Sebagai, Teks Biasa, Unicode UTF-8)
audit-read-no-pdftotext = { $file }: membaca PDF memerlukan pdftotext, yang belum terpasang (Debian/Ubuntu: apt-get install poppler-utils); atau simpan laporan sebagai .docx atau .txt
audit-read-pdftotext-failed = { $file }: pdftotext tidak dapat dijalankan: { $error }
audit-read-pdftotext-refused = { $file }: pdftotext tidak dapat membacanya: { $reason }

## tempat
audit-place-paragraph = { $file }: paragraf { $paragraph }
audit-spot-paragraph = paragraf { $paragraph }
audit-spot-paragraph-line = paragraf { $paragraph } (baris berkas { $line })
audit-spot-table-row = tabel { $table }, baris { $row }
audit-spot-table-row-line = tabel { $table }, baris { $row } (baris berkas { $line })

## Keluaran `lakip audit`.
# Pernyataan yang dilewati (--verbose): alasannya, tempatnya, kutipan teksnya.
audit-skipped-block =
    dilewati: { $reason }
      --> { $place }
       = teks: "{ $text }"
audit-summary-ok = lolos: { $errors } kesalahan, { $warnings } peringatan pada { $checked } pernyataan yang diperiksa
audit-summary-failed = gagal: { $errors } kesalahan, { $warnings } peringatan pada { $checked } pernyataan yang diperiksa
audit-summary-skipped = ; { $skipped } pernyataan dilewati
audit-summary-skipped-hidden = ; { $skipped } pernyataan dilewati (--verbose mencantumkannya)

## Aturan: `audit-rule-KODE-title` (satu baris) dan `audit-rule-KODE-explanation` (`lakip audit --explain KODE`).
audit-rule-percent-title = persentase dalam teks tidak sesuai dengan nilai-nilai yang menjadi dasarnya
audit-rule-percent-explanation = "X atau P% dari Y" menyatakan P = X ÷ Y × 100; demikian pula "anggaran sebesar Y dan realisasi sebesar X atau P%", dan baris tabel anggaran (Pagu, Realisasi, %). Persentase hasil hitungan dibulatkan setengah ke atas menjadi jumlah desimal yang dipakai penulis (98,84% dua desimal, 99% tanpa desimal) dan dibandingkan dalam batas toleransi_persen pada bagian [check] (bawaan 0,01 poin persen); sesudah `sekitar` atau `kurang lebih`, dalam batas satu satuan angka terakhir yang tertulis. Batas (`lebih dari 90%`, `hampir 100%`) bukan angka yang pasti dan tidak diperiksa.
audit-rule-sisa-title = sisa atau selisih dalam teks tidak sama dengan pagu − realisasi
audit-rule-sisa-explanation = Kalimat yang menyebutkan pagu, realisasi, dan sisa (atau selisih, atau anggaran yang tidak terserap) dari hal yang sama menyatakan sisa = pagu − realisasi, tepat (dalam batas pembulatan nilai yang ditulis seperti `Rp 88,9 juta`). Kalimat yang memuat lebih dari satu pagu atau realisasi yang mungkin menjadi dasar sisa itu dilewati.
audit-rule-change-title = kenaikan atau penurunan dalam teks tidak sesuai dengan dua angka yang dibandingkannya
audit-rule-change-explanation = "B, naik sebesar D dibandingkan tahun lalu sebesar A" dan "naik dari A menjadi B" menyatakan D = B − A (persentase dari dua nilai rupiah: (B − A) ÷ A × 100; dari dua persentase: selisih poin persennya atau perubahan relatifnya, keduanya lolos) dan bahwa B di atas A (`naik`, `meningkat`) atau di bawahnya (`turun`, `menurun`).
audit-rule-sum-title = nilai-nilai yang dirinci dalam teks tidak berjumlah sama dengan jumlah yang tertulis
audit-rule-sum-explanation = "…Rp a, Rp b dan Rp c, sehingga jumlahnya Rp T" dan "anggaran sebesar Rp T untuk 2 (dua) program: 1. … sebesar Rp a, 2. … sebesar Rp b" menyatakan a + b (+ c) = T. Rinciannya adalah nilai-nilai dalam daftar itu (bila kalimat menyebut banyaknya, sebanyak itu); daftar yang mencampur pagu dan realisasi dilewati.
audit-rule-words-title = bilangan yang ditulis dengan huruf berbeda dengan angka di sampingnya
audit-rule-words-explanation = `Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)`, `13 (tiga belas) indikator`, `98,84% (sembilan puluh delapan koma delapan empat persen)`: huruf di dalam kurung dibaca kembali menjadi bilangan dan dibandingkan dengan angkanya, tepat. Huruf di dalam kurung yang tidak terbaca sebagai satu bilangan dilewati (--verbose menyebutkannya).
audit-rule-capaian-title = capaian dalam teks atau tabel tidak sesuai dengan target dan realisasinya
audit-rule-capaian-explanation = Kalimat atau baris tabel yang menyebutkan target, realisasi, dan capaian menyatakan capaian = realisasi ÷ target × 100 (makin tinggi makin baik; kolom Polaritas bernilai `Turun` menjadikannya (2 × target − realisasi) ÷ target × 100). Hasil hitungan dibulatkan setengah ke atas menjadi jumlah desimal yang tertulis; capaian yang dibatasi pada 100, 110, atau 120 lolos, demikian pula capaian tanpa batas. Kalimat tentang indikator yang mungkin makin rendah makin baik (`paling lambat`, `maksimal`, `pelanggaran`) dilewati; pengaturan [capaian] suatu ruang kerja tidak ditebak.
audit-rule-same-figure-title = satu angka ditulis berbeda di dua tempat
audit-rule-same-figure-explanation = Pagu, realisasi, atau sisa satu program atau kegiatan (dicocokkan menurut nama dengan aturan kemiripan `check`: huruf besar-kecil, tanda baca, dan salah ketik dimaafkan) atau seluruh DIPA disebutkan sekali lalu disebutkan lagi, di Ikhtisar dan BAB III, dalam kalimat dan dalam Tabel 3.1. Yang disebutkan kemudian dilaporkan, dengan menyebut yang sebelumnya. Angka yang dinyatakan sebelum atau sesudah revisi (`awal`, `revisi`, `perubahan`, `semula`, `menjadi`) atau milik tahun lain tidak dibandingkan.
audit-rule-count-title = bilangan dalam teks berbeda dengan isi tabel yang dirujuknya
audit-rule-count-explanation = "8 (delapan) sasaran strategis dan 8 (delapan) indikator kinerja … pada tabel 2.1" dibandingkan dengan tabelnya: indikatornya (baris yang memiliki target) dan sasarannya (baris bernomor, atau teks yang berbeda pada kolom Sasaran). Tabelnya adalah tabel yang disebut kalimat itu (`tabel 2.1`, menurut judulnya), atau tabel berikutnya sesudah `berikut` atau `di bawah ini`.
audit-rule-list-title = bilangan dalam teks berbeda dengan daftar sesudahnya
audit-rule-list-explanation = "terdapat 2 (dua) program, yaitu Program A dan Program B", "4 (empat) kegiatan sebagai berikut:" dan paragraf bernomor di bawahnya (`1.`, `a.`, `(1)`): bilangannya adalah banyaknya butir. Butir dihitung bila batasnya dapat dipastikan: bernomor, dipisahkan `;`, atau dipisahkan `,` dan `dan`/`serta` terakhir bila tidak ada butir yang memuat `dan` sendiri (atau setiap butir diawali kata benda yang dihitung: `Program A dan Program B`). Daftar yang hanya menyebut sebagian (`antara lain`, `seperti`, `di antaranya`) dilewati; bilangan yang hurufnya berbeda dengan angkanya (`3 (empat)`) menjadi temuan `words`.
audit-rule-workspace-title = angka dalam teks berbeda dengan angka ruang kerja
audit-rule-workspace-explanation = Dengan `-w DIR`, setiap pagu, realisasi, serapan, atau sisa yang disebutkan teks untuk program atau kegiatan yang dimuat ruang kerja (dicocokkan menurut nama dengan aturan kemiripan `check`), dan setiap capaian yang disebutkannya untuk suatu indikator, dibandingkan dengan hasil hitungan ruang kerja dari rinciannya (`lakip realisasi`, `lakip capaian`). Nilai rupiah dibandingkan tepat, atau dalam batas pembulatan yang dipakai penulis (`Rp 19,95 miliar`).
audit-rule-achievement-title = pernyataan tentang ketercapaian bertentangan dengan tabel capaian
audit-rule-achievement-explanation = "Seluruh sasaran telah tercapai" (atau `semua target … terpenuhi`, `diwujudkan`) padahal suatu baris tabel capaian realisasinya di bawah target (atau capaiannya di bawah 100%). Tabelnya adalah tabel laporan itu sendiri (tabel dengan kolom Target dan Realisasi) atau, dengan -w, tabel kinerja ruang kerja; baris pertama yang belum tercapai disebutkan. Klausa tentang satu indikator atau sasaran yang disebut namanya dibandingkan dengan satu baris yang namanya cocok (aturan kemiripan `check`): `melampaui target` memerlukan capaian di atas 100%, `belum tercapai`, `tidak mencapai target`, `di bawah target` capaian di bawah 100%, `tercapai`, `mencapai target` 100% atau lebih. Capaian dihitung menurut polaritas baris itu (kolom Polaritas, `Turun`: (2T − R) ÷ T × 100; target `≤ 5`), capaian yang tertulis menjadi bacaan kedua, dan hanya klaim yang bertentangan dengan semua bacaan yang dilaporkan; nama yang tidak cocok dengan satu baris pun atau cocok dengan beberapa, harapan (`diharapkan`, `agar`), atau indikator yang mungkin makin rendah makin baik dalam tabel tanpa kolom Polaritas dilewati.
audit-rule-signing-date-title = laporan ditandatangani sebelum tahunnya berakhir, atau PK di luar bulan Januari
audit-rule-signing-date-explanation = Baris tanggal tanda tangan (`Serang, 31 Januari 2024`, `Januari 2024`) harus jatuh sesudah tahun pelaporan berakhir untuk LKj, dan pada bulan Januari tahun itu untuk Perjanjian Kinerja yang dilampirkan (PK `perubahan` dikecualikan). Tahunnya adalah tahun pada judul (`LAPORAN KINERJA … 2023`), atau tahun ruang kerja dengan -w.
audit-rule-year-title = teks menyebut tahun laporan yang berbeda dengan tahunnya sendiri
audit-rule-year-explanation = "Laporan Kinerja … Tahun N", "LAKIP … Tahun N", "Perjanjian Kinerja (PK) Tahun N" menyebut tahun laporan; masing-masing harus sama dengan tahun pada judul (dan tahun ruang kerja, dengan -w). Tahun yang dinyatakan milik tahun lain (`tahun sebelumnya`, `yang akan datang`) dikecualikan.
audit-rule-satker-title = teks menyebut satker lain sebagai satker pelapor
audit-rule-satker-explanation = "tugas pokok dan fungsi KPU Kabupaten Lebak" dalam laporan KPU Kota Serang: paragraf yang disalin dari laporan satker lain. Satker pelapor adalah satker pada judul (atau satker ruang kerja, dengan -w); dibandingkan di tempat teks menyebut satker yang tugas, fungsi, atau laporannya dibahas, tidak di tempat satker lain sekadar disebut.
audit-rule-signatory-title = blok tanda tangan laporan menyebut penanda tangan yang berbeda
audit-rule-signatory-explanation = LKj ditandatangani di bawah Kata Pengantar dan Penutupnya oleh satu orang; dengan -w juga orang yang disebut `[penandatangan] nama` pada lakip.toml. Pergantian pejabat dalam tahun berjalan memang terjadi: laporan sebaiknya ditandatangani oleh pejabat yang menjabat saat laporan ditandatangani.

## Perintahnya.
audit-cli-no-report = sebutkan laporan yang akan diperiksa: lakip audit LAPORAN
audit-cli-progress = kelompok pernyataan
audit-cli-unknown-rule = tidak ada aturan audit "{ $code }"; aturannya: { $rules }
