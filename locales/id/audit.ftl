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
