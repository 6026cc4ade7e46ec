# lakip: temuan `lakip check` beserta sarannya (id). Kuncinya sama dengan en.
# Angka masuk sudah berformat (Rp37.230.532.000, 99,56%).

## budgets.rs
finding-pk-budget-copies = ; baris yang sama ada pada { $count } tabel lain
finding-pk-budget = PK mencantumkan anggaran { $stated } untuk program '{ $program }', tetapi pagunya pada tabel anggaran { $pagu } ({ $place }, dihitung dari rinciannya){ $also }
hint-pk-budget = PK yang ditandatangani sebelum revisi anggaran memang berbeda; jelaskan dalam laporan, atau tandatangani PK revisi
finding-pk-budget-total = { $total } pada PK tertulis { $stated }, tetapi { $count } baris anggaran programnya berjumlah { $sum }
hint-pk-budget-total = perbaiki baris atau jumlah yang salah ketik, lalu tandatangani PK yang sudah diperbaiki
finding-rak-biaya-anggaran-pagu = jumlah pagu tabel anggaran
finding-rak-biaya-rkt-anggaran = jumlah anggaran RKT
finding-rak-biaya = biaya RAK berjumlah { $total } dari { $actions } rencana aksi{ $sheets ->
        [1] {""}
       *[other] {" "}pada { $sheets } lembar kerja
    }, tetapi { $what } { $budget }

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
