# lakip: views messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## lakip init: what it made
init-created =
    Ruang kerja lakip untuk { $satker } { $tahun } dibuat di { $dir }, beserta kerangka narasi ({ $files })
    Berikutnya: lakip import BERKAS.xlsx, lalu lakip init --narasi untuk narasi/bab3/sasaran-N.md
init-narasi-none = tidak ada berkas narasi yang ditulis: semuanya sudah ada
init-narasi-wrote = { $count } berkas narasi ditulis: { $files }
init-narasi-kept = ; { $count } yang sudah ada dibiarkan
init-narasi-no-kinerja = belum ada tabel pengukuran kinerja (kinerja) yang diimpor: impor BAB III, lalu jalankan lagi lakip init --narasi untuk narasi/bab3/sasaran-N.md
init-files = { $count } berkas

## lakip import: the view's column titles (JSON keeps the English field names)
view-import-uraian = Uraian
view-import-items = Butir
view-import-sum = Σ butir
view-import-no-uraian = (tanpa uraian)
field-amount = jumlah
field-pagu = pagu
field-realisasi = realisasi
field-stated_percent = persen tertulis
field-sisa = sisa
field-stated_capaian = capaian tertulis
field-biaya = biaya
field-lock_pagu = pagu terkunci
field-realisasi_lalu = realisasi lalu
field-realisasi_ini = realisasi kini
field-target_renstra = target renstra
field-renstra_lalu = renstra lalu
field-tw1 = tw1
field-tw2 = tw2
field-tw3 = tw3
field-tw4 = tw4
field-renstra_sd = renstra s.d.
field-k_target_renstra = K target renstra
field-k_renstra_lalu = K renstra lalu
field-k_target = K target
field-k_tw1 = K tw1
field-k_tw2 = K tw2
field-k_tw3 = K tw3
field-k_tw4 = K tw4
field-k_realisasi = K realisasi
field-k_renstra_sd = K renstra s.d.
field-k_capaian = K capaian

## lakip import: the text view's lines
view-import-skipped = dilewati { $sheet }: { $reason }
view-import-grand-total = { $label } (jumlah keseluruhan)
view-import-identity = identitas: { $identity }
view-import-no-name = (tanpa nama)
view-import-signature = tanda tangan: { $place_date } — { $signer }
view-import-signature-pihak = tanda tangan (pihak { $pihak }): { $place_date } — { $signer }
view-import-formula-unknown = ? (rumus)
view-import-rows = baris: { $total } = { $parts }
view-import-headings-equal = jumlah tertulis pada kelompok: { $count } sama dengan penjumlahan butirnya
view-import-equal = sama
view-import-differs = selisih { $difference }
view-import-not-comparable = tidak dapat dibandingkan: ada rumus tanpa nilai terhitung
view-import-declared-heading = kelompok { $label } di { $cell }: { $field } tertulis { $stated }, terhitung { $computed } — { $verdict }
view-import-declared-total = baris jumlah { $label } di { $cell }: { $field } tertulis { $stated }, terhitung { $computed } — { $verdict }
view-indicators-more = … seluruhnya { $count } baris
view-indicators-no-value = (tanpa nilai)
view-indicators-budget-written = anggaran program, { $program } sebagaimana tertulis: { $amount } ({ $cell })

## The classes of a source row, in the import view's row accounting (JSON keeps the English names)
row-class-title = judul
row-class-header = kepala tabel
row-class-numbering = nomor kolom
row-class-heading = kelompok
row-class-item = butir
row-class-total = jumlah
row-class-blank = kosong
row-class-signature = tanda tangan
row-class-note = catatan
row-class-unrecognised = tak dikenali
row-class-continuation = lanjutan
row-class-footer = kaki halaman

## lakip status
status-nothing-imported = belum ada yang diimpor; impor berkas dengan `lakip import BERKAS`
status-documents = { $count } dokumen
status-kinds = jenis: { $kinds }
status-realisasi = realisasi: { $source }
status-missing = belum ada untuk LKj: { $missing }
status-changed = berubah sejak diimpor: { $ids }; impor ulang berkasnya agar perubahannya ikut terbaca
status-revision-of = { $newer } tampaknya revisi dari { $older }
status-two-alike = { $older } dan { $newer } tampaknya dua versi dari satu dokumen
status-remove-either = `lakip remove { $older }` atau `lakip remove { $newer }`
status-two-versions = dua versi: { $what } ({ $same } dari { $of } baris sama), sehingga angkanya akan terjumlah dua kali; simpan satu saja: { $keep } (`lakip check` gagal sampai itu dilakukan: `duplicate-document`)
status-col-id = ID
status-col-kind = jenis
status-col-file = berkas
status-col-sheet = lembar
status-col-items = butir/indikator
status-col-headings = kelompok
status-col-totals = baris jumlah
status-col-notices = peringatan
status-col-imported = diimpor
status-col-source = berkas sumber
status-source-unchanged = tidak berubah
status-source-changed = berubah sejak diimpor
status-source-missing = tidak ada
status-source-unknown = tidak diketahui
status-imported-unknown = tidak diketahui
status-kind-documents = { $kind } ({ $count } dokumen)
status-no-realisation = belum ada tabel realisasi
status-realisasi-from = dari { $source }
status-realisasi-chosen = dari { $kind } (sumber di lakip.toml); juga tersimpan: { $others }
status-realisasi-sources = { $count } sumber ({ $sources }): pilih satu dengan --sumber atau `sumber` di bawah [realisasi]; `lakip check` membandingkannya
status-kinds-or = { $kinds } atau { $last }
status-for-bab2 = BAB II
status-for-tabel-2-1 = Tabel 2.1 BAB II
status-for-bab3a = BAB III A
status-for-bab3b = BAB III B

## lakip capaian
view-capaian-not-computed = tidak dihitung
view-capaian-summary = { $count } indikator; { $reached } mencapai targetnya (capaian ≥ 100%)
view-capaian-summary-missing = ; { $count } tidak dihitung
view-efisiensi-none = efisiensi: tidak dihitung (perlu tabel anggaran yang kegiatannya disebut pada suatu sasaran)
view-efisiensi-title = efisiensi (kegiatan → sasaran yang didukungnya: E, dan nilai efisiensi 50 + E ÷ 20 × 50):
view-efisiensi-overall = keseluruhan: E { $e }, nilai { $nilai }
report-csv-failed = CSV tidak dapat ditulis: { $reason }

# A table fitted to the terminal: the columns it left out.
table-columns-left-out = kolom tidak ditampilkan agar muat: { $columns } (semua kolom: --width 200 atau --format json)
