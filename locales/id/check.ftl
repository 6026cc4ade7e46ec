# lakip: check messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## The severities, as a person reads them (JSON keeps error, warning, info).
severity-error = kesalahan
severity-warning = peringatan
severity-info = informasi

## A finding's block.
check-row = baris { $row }
check-label-text = teks
check-label-stated = tertulis
check-label-computed = dihitung
check-label-difference = selisih
check-label-summed = dijumlah
check-label-hint = saran
check-percentage-points = { $points } poin persen
check-cells = { $count } sel

## The last line of `lakip check`.
check-summary-ok = lolos: { $errors } kesalahan, { $warnings } peringatan pada { $documents } dokumen yang diperiksa
check-summary-doubt = belum pasti: { $errors } kesalahan, { $warnings } peringatan pada { $documents } dokumen yang diperiksa; { $doubts } pilihan pengenalan masih diragukan (lihat `doubt` di atas)
check-summary-other-year = belum pasti: { $errors } kesalahan, { $warnings } peringatan pada { $documents } dokumen yang diperiksa; { $other_years } dokumen menyatakan tahun lain daripada tahun ruang kerja (lihat `year-mismatch` di atas)
check-summary-failed = gagal: { $errors } kesalahan, { $warnings } peringatan pada { $documents } dokumen yang diperiksa

## The rules: `rule-CODE-title` (one line) and `rule-CODE-explanation` (`lakip check --explain CODE`).
rule-sum-heading-title = jumlah baris di bawah suatu judul tidak sama dengan nilai yang tertulis pada judul itu, atau tidak satu pun baris itu berisi kolom tersebut padahal baris lain berisi (laporan akan menghitung 0 di sana)
rule-sum-heading-explanation = Baris judul (program, kegiatan, atau tingkat di bawahnya) yang menuliskan nilainya sendiri harus sama dengan jumlah baris tepat di bawahnya: rinciannya dan sub-judulnya (sub-judul dihitung dengan nilai yang tertulis padanya, atau, bila tidak menuliskan nilai, dengan jumlah barisnya sendiri). Diperiksa untuk setiap kolom nilai (anggaran, pagu, realisasi, sisa). Judul yang tidak menuliskan nilai dihitung, tidak dilaporkan.
rule-sum-total-title = baris jumlah (JUMLAH, TOTAL…) tidak sama dengan jumlah baris yang dijumlahkannya
rule-sum-total-explanation = Baris jumlah harus sama dengan jumlah baris yang dijumlahkannya: untuk jumlah keseluruhan, judul tingkat teratas (dengan nilai yang tertulis, atau jumlah hitungannya bila tidak menuliskan nilai) dan rincian di luar judul; untuk subjumlah, baris di bawah judulnya. Diperiksa untuk setiap kolom nilai.
rule-column-formula-title = suatu baris menyalahi rumus yang tertulis pada baris nomor kolom formulir
rule-column-formula-explanation = Formulir yang baris nomor kolomnya menuliskan rumus (evaluasi Renja: `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`, `15 = 14 / 6 x 100`) diperiksa baris demi baris pada kolom nilai (Rp.): rumus dibaca dari lembar kerja, dan angka yang menomori kolom berarti kolom itu. Penjumlahan harus tepat; persentase dibandingkan pada dua desimal, dibulatkan setengah ke atas. Baris yang selnya kosong atau belum terhitung, atau yang pembaginya nol, tidak diperiksa.
rule-percent-title = persentase yang tertulis tidak sesuai dengan realisasi ÷ pagu
rule-percent-explanation = Persentase yang tertulis pada suatu baris dibandingkan dengan realisasi ÷ pagu × 100, keduanya dibulatkan setengah ke atas menjadi dua desimal. Selisih yang melebihi toleransi (toleransi_persen pada bagian [check] di lakip.toml, bawaan 0,01 poin persen) adalah kesalahan: 79.095.521 / 79.097.000 yang ditulis 100 lolos (99,998… dibulatkan menjadi 100,00), 18.884.995 / 18.985.000 yang ditulis 100 tidak lolos (99,47).
rule-sisa-title = sisa yang tertulis tidak sama dengan pagu − realisasi
rule-sisa-explanation = Sisa anggaran adalah pagu dikurangi realisasi, tepat. Baris yang menuliskan sisa harus menuliskan selisih itu.
rule-realisasi-sd-title = realisasi s.d. periode tidak sama dengan periode lalu + periode ini
rule-realisasi-sd-explanation = Realisasi per periode (GLP039 dari SAKTI) menuliskan realisasi sampai akhir periode lalu, pada periode ini, dan sampai periode ini. Yang terakhir harus sama dengan jumlah kedua yang pertama, pada setiap baris: rincian, setiap tingkat kode, dan jumlahnya.
rule-overspend-title = realisasi melebihi pagu
rule-overspend-explanation = Belanja di atas pagu anggaran dilaporkan sebagai kesalahan secara bawaan. Revisi anggaran yang belum dibukukan dapat menimbulkannya dengan sah; tulis `realisasi_melebihi_pagu = "warning"` pada bagian [check] di lakip.toml agar menjadi peringatan.
rule-no-uraian-title = rincian memiliki nilai tetapi tidak memiliki uraian
rule-no-uraian-explanation = Setiap nilai harus menyebutkan peruntukannya. Baris rincian yang bernilai tetapi uraiannya kosong tetap diimpor (tidak ada yang hilang), tetapi tidak dapat dijelaskan kepada pemeriksa.
rule-negative-title = suatu nilai negatif
rule-negative-explanation = Pagu, realisasi, dan anggaran tidak bernilai negatif dalam rencana ataupun laporan realisasi. Angka negatif biasanya koreksi yang diketik di tempat yang salah.
rule-duplicate-item-title = rincian yang sama muncul dua kali di bawah judul yang sama
rule-duplicate-item-explanation = Dua rincian di bawah satu judul dengan uraian dan nilai yang sama biasanya satu baris yang tersalin dua kali, sehingga uangnya terhitung dua kali.
rule-empty-heading-title = suatu judul tidak memiliki rincian di bawahnya
rule-empty-heading-explanation = Judul program, kegiatan, atau keluaran yang tidak memiliki rincian pada tingkat mana pun tidak menambah apa-apa; baris yang seharusnya berada di bawahnya mungkin diletakkan di tempat lain atau tertinggal.
rule-uncomputed-formula-title = sel nilai berisi rumus yang belum dihitung
rule-uncomputed-formula-explanation = Berkas menyimpan rumus yang hasilnya belum pernah dihitung (berkas yang ditulis oleh program, bukan disimpan oleh aplikasi lembar kerja). Nilainya tidak diketahui, bukan nol. Buka dan simpan berkas itu di Excel atau LibreOffice agar rumusnya terhitung, lalu impor lagi.
rule-cell-error-title = sel nilai menampilkan galat rumus
rule-cell-error-explanation = Rumus pada sel itu gagal (`#VALUE!`, `#DIV/0!`, `#REF!`), sering karena sel yang dipakainya berisi `-` atau kosong. Nilainya tidak diketahui, sehingga jumlah yang melewatinya tidak diperiksa.
rule-not-read-title = sebagian lembar kerja tidak terbaca
rule-not-read-explanation = Impor menemukan sesuatu yang tidak diambilnya: tabel kedua di bawah tabel pertama, angka pada kolom yang tidak dibaca lakip, baris berangka yang tidak cocok dengan jenis baris mana pun (diimpor dengan --allow-unrecognised), sel di luar batas lembar kerja, tanda kutip CSV yang tidak ditutup. Pemeriksaan yang tidak menemukan kesalahan pada apa yang terbaca menyebutkannya di sini, agar "lolos" tidak pernah berarti "tidak diperiksa".
rule-doubt-title = impor harus menebak
rule-doubt-explanation = Mengenali tabel kadang berarti memilih: jenis dokumennya, peran suatu kolom, apakah suatu baris judul, rincian, atau jumlah, apakah 0,95 pecahan atau persentase, baris mana yang termasuk satu sasaran. Bila pilihannya tidak jelas, impor menulis pemberitahuan yang menyebutkan apa yang dipilih, alasannya, dan kemungkinan lainnya; dan pemeriksaan menambahkannya bila realisasi paling banyak 1% berhadapan dengan target 20% atau lebih (`0,9` terhadap `100%`: pecahan, 90%, atau bukan). Sampai hal itu diselesaikan (impor lagi dengan --kind, atau buat judul kolom menyatakannya dengan jelas) angka-angkanya bersandar pada tebakan, sehingga pemeriksaan melaporkannya dan tidak pernah menyatakan "lolos" di atasnya; dengan `--deny warnings` pemeriksaan gagal karenanya.
rule-signature-date-title = tanggal tanda tangan tidak sesuai dengan tahun dokumen
rule-signature-date-explanation = RKT ditandatangani sebelum atau selama tahunnya, bukan sesudahnya; laporan realisasi tahun N ditandatangani setelah tahun N berakhir. Tanggal yang menyalahi ini sering berasal dari templat tahun lalu yang tahunnya belum diperbarui.
rule-year-mismatch-title = dokumen menyatakan tahun yang berbeda dari tahun ruang kerja
rule-year-mismatch-explanation = Ruang kerja berlaku untuk satu tahun (`tahun` di lakip.toml). Tahun dokumen adalah yang dinyatakan judulnya (`Tahun 2023`, `TA 2023`, `Tahun Anggaran 2023`; periode Renstra `Tahun 2020-2024` cocok bila mencakup tahun ruang kerja; selain itu tahun yang berdiri sebagai kata pada baris judul: `PERJANJIAN KINERJA 2024`, `PERIODE JANUARI S.D. DESEMBER 2024`) atau, bila judul tidak menyatakannya, tanggal tanda tangannya: rencana ditandatangani pada tahunnya atau tahun sebelumnya, realisasi pada tahunnya atau tahun berikutnya, PK atau RAK pada tahunnya (atau pada bulan Desember sebelumnya). Tahun peraturan (`Undang-Undang Nomor 7 Tahun 2017`, `UU No. 23 Tahun 2014`) atau tanggal di dalam teks bukan tahun dokumen. Bila judul dan tanda tangannya cocok, kolom yang dibaca sebagai angka tahun ini tetapi judul kolomnya menyebut tahun lain (`Target 2022`, `Realisasi 2022`) tidak cocok. Berkas tahun lalu yang terimpor karena keliru lolos dari setiap aturan lain; realisasi tahun lalu tetap dokumen tahun lalu.
rule-capaian-title = capaian yang tertulis tidak sesuai dengan target dan realisasi
rule-capaian-explanation = Capaian yang tertulis pada baris kinerja dibandingkan dengan capaian yang dihitung dari target dan realisasinya: R ÷ T × 100 bila makin tinggi makin baik, (2T − R) ÷ T × 100 bila makin rendah makin baik, 100 dikurangi simpangan relatif bila realisasi harus sama dengan target, nilai mutu menurut peringkatnya, jumlah hanya dalam satuan yang sama. Batas atas ([capaian] batas_atas) berlaku bila diatur; polaritas diambil dari kolom Polaritas atau [capaian.polaritas]. Nilai hitungan dibulatkan setengah ke atas sampai banyaknya desimal yang ditulis tabel: T 95%, R 100% yang ditulis 95 dilaporkan (105,26, atau 100 dengan batas_atas = 100). Angka tertulis yang berada dalam toleransi_persen pada [check] dari angka hitungan lolos, sama seperti pada `percent`.
rule-capaian-unchecked-title = capaian yang tertulis tidak dapat diperiksa
rule-capaian-unchecked-explanation = Baris kinerja menuliskan capaian, tetapi target atau realisasinya tidak ada, berupa teks (`10 PPK dan 133 PPS`), tidak terbaca (`1OO%`), atau jenisnya tidak dapat dibandingkan (nilai mutu dengan persentase, jumlah dalam satuan yang berbeda). Angka yang tertulis kemudian diterima apa adanya; aturan ini menyebutkannya, agar "lolos" tidak pernah berarti "tidak diperiksa".
rule-target-mismatch-title = satu indikator memiliki target yang berbeda di PK, kinerja, atau RAK, atau berbeda dari target Renstra untuk tahun itu
rule-target-mismatch-explanation = Indikator yang sama (teksnya dicocokkan antardokumen, dengan memaafkan huruf besar-kecil, spasi, tanda baca, salah ketik, dan satu kata dalam teks yang panjang) harus memiliki target yang sama di mana pun. PK yang ditandatangani menjadi acuan; setiap dokumen lain yang targetnya berbeda dilaporkan pada selnya sendiri, dengan menyebutkan target PK. Target PK juga harus sama dengan target Renstra untuk tahun ruang kerja (tahun di lakip.toml): bila tidak, sel PK dilaporkan, dengan menyebutkan tahunnya dan sel Renstra. `100` di bawah judul kolom `Target (%)` sama dengan `100%`.
rule-renstra-unchecked-title = suatu target tidak dapat dibandingkan dengan target Renstra
rule-renstra-unchecked-explanation = Target Renstra untuk tahun ruang kerja dibandingkan dengan target PK untuk setiap indikator yang dimiliki keduanya. Bila sel Renstra untuk tahun itu kosong, indikator itu tidak dibandingkan; bila Renstra tidak memiliki kolom untuk tahun itu (tahun di luar periodenya), atau tidak ada tahun (berkas diperiksa di luar ruang kerja), tidak ada yang dibandingkan. Aturan ini menyebutkannya, agar "lolos" tidak pernah berarti "tidak diperiksa".
rule-pk-unmeasured-title = suatu indikator PK tidak diukur
rule-pk-unmeasured-explanation = Setiap indikator yang dijanjikan PK harus diukur dalam tabel BAB III (kinerja). Dilaporkan sekali per indikator, pada PK pertamanya, bila ruang kerja memuat tabel kinerja dan tidak satu pun barisnya adalah indikator yang sama. Sering pengukurannya ada di bawah indikator yang kata-katanya diubah: samakan kedua teks itu.
rule-pk-numbering-title = dua baris PK memiliki nomor yang sama
rule-pk-numbering-explanation = Nomor pada tabel PK adalah cara laporan, RAK, dan evaluator merujuk suatu sasaran; dua baris bernomor `2` membuat setiap rujukan semacam itu bermakna ganda.
rule-pk-budget-title = anggaran program pada PK berbeda dari pagu program itu
rule-pk-budget-explanation = Baris anggaran program di bawah PK (`1. Penyelenggaraan Pemilu … Rp10.069.050.000`) dibandingkan dengan pagu program yang sama pada tabel anggaran, dihitung dari rinciannya. PK yang ditandatangani sebelum revisi anggaran dapat berbeda dengan sah; laporan sebaiknya menyebutkannya. Dilaporkan sekali per program dan nilai.
rule-pk-budget-total-title = jumlah anggaran PK berbeda dari jumlah baris programnya
rule-pk-budget-total-explanation = Jumlah di bawah baris anggaran program PK (`TOTAL ANGGARAN Rp6.122.579.000`) menyatakan jumlah baris-baris itu; baris-baris itu dijumlahkan dan dibandingkan. Salah satu baris atau jumlahnya salah ketik: dokumen yang ditandatangani para pihak harus benar jumlahnya.
rule-rak-biaya-title = jumlah biaya RAK berbeda dari anggaran
rule-rak-biaya-explanation = Jumlah perkiraan biaya semua RAK di ruang kerja (RAK yang terbagi atas beberapa lembar kerja dihitung sekali) dibandingkan dengan jumlah pagu tabel anggaran (dihitung dari rinciannya), atau, bila tidak ada, dengan jumlah anggaran RKT. RAK yang merencanakan jumlah yang berbeda dari anggaran sudah usang atau belum lengkap.
rule-realisasi-sources-title = dua sumber realisasi berbeda pada pagu atau realisasi suatu program atau kegiatan
rule-realisasi-sources-explanation = Bila satu ruang kerja memuat ekspor sistem (SAKTI) dan tabel realisasi buatan tangan dari satker yang sama, setiap program dicocokkan di antara keduanya — menurut kode bila keduanya memilikinya (`WA` dan `036.01.WA` adalah satu program), selain itu menurut nama — lalu pagu dan realisasinya, dihitung dari rinciannya, dibandingkan. Laporan yang menyatakan satu pagu sementara DIPA menyatakan pagu lain tertangkap di sini. Di bawah dua program yang cocok, kegiatannya dibandingkan dengan cara yang sama (menurut bagian kegiatan dari kodenya: `WA.6336` adalah `036.01.WA.6336`; selain itu menurut nama), bila kedua sumber mencantumkan kegiatan. Dilaporkan pada baris di tabel pertama, dengan menyebutkan baris tabel lainnya.
rule-realisasi-unmatched-title = suatu program atau kegiatan ada di satu sumber realisasi tetapi tidak ada di sumber lainnya
rule-realisasi-unmatched-explanation = Bila dua sumber realisasi berada dalam satu ruang kerja, setiap program dari masing-masing harus ditemukan pada yang lain, begitu pula setiap kegiatan di bawah program yang cocok bila keduanya mencantumkan kegiatan. Yang tidak ditemukan (kode lain, nama yang ditulis berbeda, program yang tertinggal) dicantumkan, tidak pernah dibuang, agar perbandingannya diketahui lengkap.
rule-rak-unscheduled-title = suatu aksi RAK tidak dijadwalkan pada bulan mana pun
rule-rak-unscheduled-explanation = Setiap aksi Rencana Aksi direncanakan pada sedikitnya satu bulan (`B1`…`B12`, `M1-4`, `minggu ke 1`, `✓`; `-` berarti tidak ada). Bila tidak satu pun aksi pada suatu lembar kerja bertanda, jadwalnya mungkin ditunjukkan dengan warna sel, yang tidak dapat dibaca lakip: hal itu disebutkan sekali untuk lembar kerja itu.
rule-duplicate-document-title = dua dokumen tampak sebagai dua versi dari satu dokumen
rule-duplicate-document-explanation = Berkas revisi yang diimpor dengan nama baru berada di samping berkas lama, dan setiap laporan yang menjumlahkan dokumen sejenis (realisasi, biaya RAK) menghitung uangnya dua kali. Dua dokumen sejenis dari berkas yang berbeda (atau, untuk jenis anggaran, dua lembar kerja dalam satu buku kerja: lembar yang disalin lalu direvisi) dianggap versi dari satu dokumen bila tidak ada yang dinyatakannya yang membedakan keduanya (tahun lain pada judul, satker lain pada blok judul SAKTI, para pihak lain pada PK) dan sedikitnya 60% baris dari yang lebih besar ada pada yang lain: rincian dicocokkan menurut kode anggaran, selain itu menurut uraian; indikator menurut teksnya. Dilaporkan pada yang diimpor belakangan, dengan menyebutkan yang lain. Simpan satu: `lakip remove FILE|ID`, atau `lakip import NEW --replace OLD` (`lakip status` mencantumkan ID-nya); `lakip realisasi` menolak menjumlahkan keduanya. Bila keduanya memang dua dokumen, izinkan aturan ini.
rule-default-severity = bawaannya { $severity }

## Totals (totals.rs) and ratios (ratios.rs).
check-sum-heading = baris di bawah "{ $heading }" berjumlah { $computed }, bukan { $field ->
        [jumlah] nilai
       *[other] { $field }
    } yang tertulis
check-sum-heading-hint = betulkan nilai pada judul itu, atau cari baris di bawahnya yang salah atau tertinggal
check-sum-heading-none = "{ $heading }" menyatakan { $field ->
        [jumlah] nilai
       *[other] { $field }
    } { $stated } tetapi tidak satu pun baris di bawahnya berisi { $field ->
        [jumlah] nilai
       *[other] { $field }
    }: laporan menghitung 0 di sana
check-sum-heading-none-hint = isi { $field } pada baris-baris di bawahnya: laporan menjumlahkannya
check-total-in-row = jumlah pada baris { $row }
check-sum-total = { $label } menyatakan { $field ->
        [jumlah] nilai
       *[other] { $field }
    } sebesar { $stated }, tetapi { $scope ->
        [below] baris di bawahnya
        [above] baris di atasnya
        [since] baris sejak baris { $from }
       *[heading] baris di bawah "{ $heading }"
    } berjumlah { $computed }
check-sum-total-hint = jumlah harus dihitung dari baris-barisnya: periksa baris-barisnya, lalu rumus jumlahnya
check-realisasi-sd = { $row } menyatakan realisasi s.d. periode sebesar { $stated }, tetapi periode lalu + periode ini adalah { $computed }
check-percent = { $row } menuliskan { $stated }, tetapi realisasi ÷ pagu adalah { $computed }
check-percent-hint = { $realisasi } ÷ { $pagu } × 100 = { $computed }; keduanya dibulatkan setengah ke atas menjadi dua desimal, toleransi { $tolerance } poin persen
check-percent-hint-one = { $realisasi } ÷ { $pagu } × 100 = { $computed }; keduanya dibulatkan setengah ke atas menjadi dua desimal, toleransi { $tolerance } poin persen
check-sisa = { $row } menuliskan sisa sebesar { $stated }, tetapi pagu − realisasi adalah { $computed }
check-overspend = realisasi { $row } sebesar { $realisasi }, { $over } di atas pagunya sebesar { $pagu }
check-overspend-hint = bila revisi anggaran menaikkan pagu, perbarui pagunya; bila tidak, realisasinya yang salah
rule-duplicate-indikator-title = indikator yang sama muncul dua kali di bawah satu sasaran
rule-duplicate-indikator-explanation = Setiap indikator suatu sasaran diukur sekali. Bila ditulis dua kali di bawah satu sasaran dalam PK atau BAB III (teksnya dibandingkan tanpa memperhatikan huruf besar-kecil, spasi, atau tanda baca) — satu baris tersalin, atau baris-baris tabel lain, misalnya tahun lalu, terbaca sebagai lanjutan tabel pertama karena tidak ada yang memisahkannya — indikator itu terhitung dua kali dalam rata-rata sasarannya dan dalam setiap hitungan indikator. Dilaporkan pada baris kedua, dengan menyebut baris pertama dan apakah angkanya sama.
