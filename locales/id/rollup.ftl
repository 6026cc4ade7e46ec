# lakip: pesan `lakip rollup` (id). Kuncinya sama dalam id dan en; tests/i18n.rs memeriksanya.

## Tabel-tabelnya.
rollup-title-satker = Rekapitulasi per satker
rollup-title-lines = Realisasi konsolidasi per program dan kegiatan
rollup-column-errors = Kesalahan
rollup-column-warnings = Peringatan
# Baris jumlah: semua satker memiliki angka anggaran, atau hanya sebagian.
rollup-total = Jumlah
rollup-total-some = Jumlah ({ $with } dari { $of } satker)
# Baris konsolidasi yang juga menampung baris satker lain yang ditulis berbeda.
rollup-also-taken = catatan: "{ $uraian }" juga mencakup { $others }
rollup-flags = Tanda perhatian
rollup-summary = { $read } satker terbaca, { $errors } dengan kesalahan pemeriksaan, { $unreadable } tidak terbaca, { $flags } tanda perhatian
# Kolom Cek pada lampiran.
rollup-annex-check-ok = lolos
rollup-annex-check = { $errors } kesalahan, { $warnings } peringatan

## Tanda perhatian: arti setiap kode (README), lalu pesan setiap tanda.
rollup-flag-serapan-rendah = serapan di bawah ambang (--serapan-min)
rollup-flag-melebihi-pagu = realisasi melebihi pagu, secara keseluruhan atau pada suatu program atau kegiatan
rollup-flag-capaian-rendah = capaian suatu indikator di bawah 100%
rollup-flag-check-error = lakip check menemukan kesalahan pada data satker
rollup-flag-tahun-lain = dokumen tahun lain, atau ruang kerja tahun lain
rollup-flag-unit-hilang = satker yang diharapkan rollup.toml, atau direktori yang disebut, tidak memiliki ruang kerja
rollup-flag-tidak-terbaca = ruang kerja tidak dapat dibaca
rollup-serapan-low = serapan { $serapan } di bawah { $min }
rollup-overspent = { $what }: realisasi { $realisasi } melebihi pagu { $pagu }
rollup-overspent-total = jumlah keseluruhan
rollup-below-target = { $below } dari { $of } indikator di bawah target (capaian kurang dari 100%)
rollup-check-errors = lakip check menemukan { $errors } kesalahan
rollup-other-year-documents = { $documents } dokumen menyebut tahun yang berbeda dengan tahun ruang kerja
rollup-other-year-workspace = ruang kerja untuk tahun { $theirs }, rekapitulasi untuk tahun { $ours }
rollup-expected-absent = diharapkan oleh rollup.toml, tetapi tidak ada ruang kerja bernama demikian yang terbaca
rollup-no-workspace-in-dir = disebut, tetapi tidak memuat ruang kerja (lakip.toml)

## Galat dan perintahnya.
rollup-no-workspaces = tidak ada ruang kerja lakip (direktori yang memuat lakip.toml) di { $inputs }
rollup-thread-failed = pembacaan berhenti tiba-tiba (salah satu utas baca gagal)
rollup-progress = membaca ruang kerja
rollup-not-found = { $path }: direktori atau { $file } tidak ditemukan; sebutkan ruang kerja atau direktori yang memuatnya
rollup-cannot-read = { $path }: tidak dapat dibaca: { $error }
rollup-other-code = kode satker { $theirs } pada { $file } bukan { $ours } ({ $from }): dokumen milik satker lain?
rollup-sort-one-of = salah satu dari { $columns }
rollup-file-needed = --format { $format } menulis berkas: sebutkan nama berkasnya dengan -o BERKAS.{ $format }
rollup-unreadable = kesalahan: { $path }: tidak terbaca: { $reason }
rollup-wrote = { $path } ditulis
rollup-bad-tingkat = { $file }: [satker] tingkat harus salah satu dari { $allowed }, bukan "{ $written }"
