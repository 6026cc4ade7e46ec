# lakip: yang dikatakan jenis-jenis dokumen (id): src/kinds, src/template, src/pipeline.rs. Kuncinya sama di id dan en; tests/i18n.rs memeriksanya.

## Mengapa judul kolom dikenali sebagai suatu jenis (`recognise` tiap jenis)
kind-reason-anggaran = judul tabel memuat kolom Pagu/Realisasi
kind-reason-kinerja = judul tabel memuat kolom Target di samping kolom Realisasi atau capaian (%)
kind-reason-pk = judul tabel memuat kolom Sasaran/Indikator dan Target
kind-reason-rak-schedule = judul tabel memuat jadwal bulanan atau kolom kegiatan/aksi
kind-reason-rak-target = judul tabel memuat kolom Target di samping kolom biaya atau pelaksana
kind-reason-renja = judul tabel memuat sub-kolom K / Rp. di bawah Target Renstra dan Realisasi Kinerja Pada Triwulan I-IV (formulir evaluasi Renja)
kind-reason-renstra = judul tabel memuat kolom Sasaran/Indikator dan kolom target untuk dua tahun atau lebih
kind-reason-rkt = judul tabel memuat kolom anggaran di samping kolom uraian/sasaran
kind-reason-sakti = judul tabel memuat kolom Lock Pagu dan realisasi Periode Lalu / Periode Ini / s.d. Periode

## Dua jenis yang sama-sama dapat membaca satu judul tabel (src/kinds/mod.rs)
kind-leaves-nothing = { $kind } memberi tempat bagi setiap kolom yang dikenali
kind-columns = { $names }
kind-columns-and-more = { $names } dan { $more } kolom lain
kind-would-leave = { $kind } akan meninggalkan { $names } tanpa tempat
kind-leaves = { $kind } meninggalkan { $names } tanpa tempat
kind-doubt = dibaca sebagai { $label } ({ $leaves }), tetapi tabel { $other } membaca judul tabel ini hampir sama baiknya ({ $other_reason }; { $other_leaves }): bila memang tabel { $other }, impor dengan --kind { $flag }

## Formulir kosong (src/template)
template-examples-left = { $count } baris adalah baris contoh dari `lakip template` (yang pertama: '{ $first }'): ganti dengan baris milik satker sendiri atau hapus, lalu impor berkasnya lagi

## Berkas yang dibaca menjadi dokumen (src/pipeline.rs)
pipeline-no-such-sheet = { $file }: tidak ada lembar kerja bernama '{ $wanted }' (lembar kerjanya: { $sheets })
pipeline-sheet-hidden = lembar kerja ini tersembunyi (sebutkan namanya dengan --sheet untuk membacanya)
pipeline-sheet-reason = lembar kerja '{ $sheet }': { $reason }
pipeline-nothing-to-import = { $file }: tidak ada yang dapat diimpor: { $reasons }
pipeline-no-rows-under-row = judul tabel { $label } di baris { $row } tidak memiliki baris di bawahnya (isi baris-baris di bawah judul tabel)
pipeline-no-rows-under = judul tabel { $label } tidak memiliki baris di bawahnya (isi baris-baris di bawah judul tabel)
pipeline-unrecognised = { $location }: { $row } berisi angka tetapi bukan judul tabel, rincian, judul kelompok, atau total{ $more ->
        [0] {""}
       *[other] {" "}({ $more } baris lain seperti ini)
    }; tidak ada yang diimpor (perbaiki barisnya, atau gunakan --allow-unrecognised untuk mengimpor sisanya)

## Kolom yang tidak dapat ditempatkan oleh suatu jenis (`fit` tiap jenis)
kind-no-place-for-column = tabel { $kind } tidak punya tempat untuk kolom { $columns } (pilih jenis lain dengan --kind)
kind-budget-no-place-for-column = tabel { $kind } tidak punya tempat untuk kolom { $columns } (pilih jenis lain dengan --kind)
kind-no-amount-column = judul tabel tidak menyebut kolom nilai (rupiah) yang diperlukan tabel { $kind }
kind-needs-sasaran-or-indikator = tabel { $kind } memerlukan kolom Sasaran atau Indikator
kind-renstra-needs-years = tabel renstra memerlukan kolom target untuk setiap tahun, sedikitnya dua tahun (2020, Tahun 2021, Target 2022)
kind-renstra-target-beside-years = tabel renstra tidak punya tempat untuk kolom { $columns } di samping kolom-kolom tahunnya (pilih jenis lain dengan --kind)

## Tabel tersimpan yang tidak saling cocok (`Attach` tiap jenis)
kind-stored-unknown-level = tingkat "{ $level }" tidak dikenal
kind-stored-heading-ids = nomor judul kelompok harus urut mulai 0 sesuai urutan baris; impor berkasnya lagi
kind-stored-not-a-tree = dokumen { $kind } tidak memiliki judul kelompok, rincian, atau total
kind-stored-not-a-table = dokumen { $kind } tidak memiliki baris indikator
kind-stored-anggaran-empty = kolom anggaran kosong
kind-stored-unknown-field = isian "{ $field }" tidak dikenal
kind-stored-no-row-for-field = tidak ada baris { $row } untuk nilai { $field }
kind-stored-no-row-for-amounts = tidak ada judul kelompok atau total di baris { $row } untuk nilai-nilai ini

## Bagaimana jenis sebuah lembar kerja dipilih (src/layout/mod.rs, untuk jenis-jenis dokumen)
kind-list = { $names } atau { $last }
kind-set-with-flag = ditetapkan dengan --kind
kind-title-names = ; judul dokumen menyebut laporan ini
kind-title-names-other = judul tabel di { $row } membentuk tabel { $kind } ({ $reason }), tetapi judul dokumen menyebut laporan { $label }, yang juga dapat dibaca dari kolom-kolom ini: pilih dengan --kind { $kind } atau --kind { $other }
kind-tie = judul tabel di { $row } sama baiknya dibaca sebagai { $a } ({ $a_reason }; { $a_leaves }) dan sebagai { $b } ({ $b_reason }; { $b_leaves }): pilih dengan --kind { $a } atau --kind { $b }
kind-none = judul tabel di { $row } tidak menyebut kolom yang membentuk tabel { $kinds }
kind-unfit = judul tabel di { $row }: { $reason }
template-example-not-a-number = contoh '{ $text }' pada formulir bukan angka
kind-title-names-unfit = dibaca sebagai { $kind } menurut judul tabelnya, tetapi judul dokumen menyebut { $title } ({ $other }), yang kolom-kolomnya tidak ada di judul tabel: jika tabel ini { $other }, lakip tidak dapat membacanya sebagai { $other }; periksa apakah dokumen ini yang dimaksud
