# lakip: pesan `lakip audit` (id). Kuncinya sama dalam id dan en; tests/i18n.rs memeriksanya.

## Dipakai bersama oleh keluarga klaim.
audit-figure-reason = { $figure }: { $reason }
audit-bound = { $figure } adalah batas, bukan angka capaian yang pasti
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
audit-change-kind-differs = jenis kenaikan atau penurunan itu berbeda dengan jenis angka-angkanya
audit-change-wrong = kenaikan atau penurunan tertulis { $change }, padahal dari { $before } menjadi { $after } = { $computed }
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
audit-signatory-workspace = ditandatangani oleh { $first }, padahal [penandatangan] pada workspace adalah { $workspace }
audit-signatory-hint = pergantian pejabat dalam tahun berjalan memang terjadi: tanda tangani oleh pejabat yang menjabat saat laporan ditandatangani

## year, satker
audit-source-title = judul ("{ $title }")
audit-source-workspace-satker = satker workspace (lakip.toml)
audit-year-workspace = judul menyebut tahun { $title }, padahal workspace untuk tahun { $workspace } (tahun pada lakip.toml)
audit-year-source-title = menurut judul
audit-year-source-workspace = menurut workspace
audit-year-wrong = "{ $text }" menyebut tahun { $stated }, padahal laporan ini tahun { $year } ({ $source })
audit-satker-workspace = judul menyebut { $title }, padahal workspace milik { $workspace }
audit-satker-wrong = teks menyebut { $named } sebagai satker pelapor, padahal laporan ini milik { $own } (menurut { $source })

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

## workspace (-w)
audit-ws-no-line = workspace tidak memuat program atau kegiatan bernama "{ $name }"
audit-ws-several-lines = lebih dari satu baris workspace bernama "{ $name }"
audit-ws-whole-budget = keseluruhan anggaran
audit-ws-no-value = workspace tidak memiliki { $measure } untuk { $what }
audit-ws-wrong = teks menuliskan { $measure } { $what } sebesar { $stated }, padahal menurut workspace { $computed }
audit-ws-hint-capaian = sebagaimana dihitung `lakip capaian` dari target dan realisasi pada tabel kinerja
audit-ws-hint-realisasi = sebagaimana dihitung `lakip realisasi` dari rincian pada tabel workspace
audit-ws-no-serapan = workspace tidak memiliki serapan untuknya
audit-ws-no-capaian = workspace tidak menghitung capaian untuknya
audit-ws-no-indikator = workspace tidak mengukur indikator bernama "{ $name }"
audit-ws-several-indikator = lebih dari satu indikator workspace bernama demikian

## achievement
audit-at = pada { $place }
audit-achievement-partial = pernyataan ini sebagian, menyangkal, atau berupa harapan, bukan klaim bahwa seluruhnya tercapai
audit-achievement-own-table = tabel capaian laporan
audit-achievement-workspace-table = tabel kinerja workspace
audit-achievement-no-table = tidak ada tabel capaian sebagai pembanding: tidak ada tabel laporan yang memiliki kolom Target dan Realisasi, dan workspace (-w) tidak diberikan
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
audit-read-not-utf8 = { $file }: bukan teks UTF-8; simpan sebagai UTF-8 (di Word: Save As, Plain Text, Unicode UTF-8)
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
