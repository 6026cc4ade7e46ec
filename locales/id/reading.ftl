# lakip: what reading a document says (id): src/layout, src/numbers.rs. Keys are the same in id and en; tests/i18n.rs checks it.

## Angka yang tidak terbaca (src/numbers.rs)
read-number-unreadable = { $text } tidak dapat dibaca sebagai angka: { $reason }
read-number-two-minus = tanda minus lebih dari satu
read-number-no-digits = tidak ada angka
read-number-unexpected-character = ada karakter tak terduga { $character }
read-number-space-between = ada spasi di antara dua angka
read-number-separator-first = ada pemisah tanpa angka di depannya
read-number-separator-last = diakhiri pemisah
read-number-mixed-no-cents = pemisah bercampur dalam angka tanpa sen
read-number-mixed = pemisah bercampur
read-number-decimal-twice = tanda desimal muncul lebih dari sekali
read-number-groups-of-three = angka tidak dikelompokkan per tiga digit
read-number-percent-in-amount = ada tanda '%' dalam nilai rupiah
read-number-currency-in-percent = ada mata uang dalam persentase
read-number-dash-in-percent = ada akhiran ",-" dalam persentase
read-number-note-amount = { $text } dibaca sebagai { $value }: satu pemisah sebelum tiga digit dianggap pemisah ribuan
read-number-note-percent = { $text } dibaca sebagai { $value }%: satu pemisah sebelum tiga digit dianggap tanda desimal dalam persentase
read-number-note-count = { $text } dibaca sebagai { $value }: dalam jumlah satuan, satu titik sebelum tiga digit dianggap pemisah ribuan, koma dianggap tanda desimal

## Sel nilai (src/layout/amounts.rs)
read-amount-unreadable = { $location }: { $text } tidak dapat dibaca sebagai { $what } ({ $reason })
read-amount-unreadable-text = { $location }: { $error } di kolom { $field }
read-amount-what-amount = nilai rupiah
read-amount-what-percent = persentase
read-amount-scale-too-large = terlalu besar setelah dibaca dalam ribuan atau jutaan seperti yang dinyatakan kolomnya
read-scale-header = { $column } ('{ $name }') menyatakan angkanya dalam satuan Rp{ $factor }: angkanya dibaca dikali { $factor }, dalam rupiah
read-scale-beside = { $column } ('{ $name }') tidak menyebut satuan, sedangkan setiap kolom uang lainnya menyebut Rp{ $factor } ('{ $why }'): angkanya juga dibaca dikali { $factor }, dalam rupiah
read-scale-title = judul menyatakan angka dalam satuan Rp{ $factor } ('{ $why }'): angka kolom { $columns } dibaca dikali { $factor }, dalam rupiah
read-amount-reason-nan = sel berisi NaN, bukan angka; isi ulang nilainya
read-amount-reason-infinite = sel berisi nilai tak hingga; isi ulang nilainya
read-amount-reason-too-large = terlalu besar
read-amount-reason-not-a-number = bukan angka
read-amount-reason-date = sel berformat tanggal; ubah formatnya menjadi angka

## Lembar kerja yang dilewati (src/layout/mod.rs, word.rs)
read-skip-sheet-empty = lembar kerja kosong
read-skip-no-header = tidak ditemukan judul kolom yang dikenali (dicari Uraian, Program Kegiatan, Sasaran, Anggaran, Pagu, Realisasi… di 40 baris pertama)
read-skip-word-table = tabel { $table }: { $reason }
read-skip-word-no-table = tidak ada tabel yang dikenali lakip ({ $reasons })

read-row = baris { $row }

## Catatan impor (src/layout)
read-amount-doubt = { $note }, { $why }
read-and-more-in-column = { $note } (dan { $more } lagi di kolom { $column })
read-column-writes = tetapi { $cell } di kolom yang sama menulis { $text }, dengan { $how }: periksa mana yang dimaksud
read-how-comma-decimal = koma sebagai tanda desimal
read-how-dot-thousands = titik sebagai pemisah ribuan, cara penulisan Indonesia
read-how-dot-decimal = titik sebagai tanda desimal
read-how-comma-thousands = koma sebagai pemisah ribuan, cara penulisan Inggris
read-column-below-thousand = tetapi semua nilai lain di kolom ini di bawah 1.000 (yang terbesar, { $cell }, bernilai { $largest }): jika titik itu tanda desimal, tulis angkanya dengan koma
read-uncomputed-formula = rumus ={ $formula } belum memiliki hasil hitung; buka dan simpan berkas di Excel atau LibreOffice agar rumusnya dihitung
read-header-text-column = '{ $name }', kolom teks
read-header-unknown = '{ $name }', yang bukan nama kolom yang dibaca lakip atau mengulang kolom lain
read-header-none = tanpa judul kolom
read-unread-column = kolom { $column } ({ $header }) berisi angka di { $count } baris yang tidak diimpor
read-unread-text-column = kolom { $column } ('{ $name }', yang bukan nama kolom yang dibaca lakip) berisi teks di { $count } baris yang tidak diimpor
read-numbers-under-total = baris { $row } di bawah total berisi angka; baris ini disimpan sebagai catatan, tidak dibaca
read-no-realisasi-column = dibaca sebagai { $kind } (tabel realisasi), tetapi judul tabel tidak memiliki kolom realisasi: realisasinya tidak diketahui, bukan 0; jika tabel ini rencana (RKT atau pagu DIPA), impor dengan --kind rkt
read-word-column = kolom { $number }
read-column = kolom { $column }
read-two-columns-one-amount = { $first } ('{ $first_name }') dan { $second } ('{ $second_name }') sama-sama menamai satu nilai: { $read } yang dibaca ({ $why }), { $other } tidak; jika yang lain yang dimaksud, hapus atau ganti nama kolom yang tidak dimaksud
read-why-later-figure = namanya menunjukkan angka yang lebih akhir
read-why-first-of-two = yang pertama dari keduanya
read-column-no-place = { $column } ({ $name }) tidak memiliki tempat dalam tabel jenis { $kind }: isi selnya tidak diimpor
read-fractions-declared = laporan { $label } menyatakan persentasenya sebagai pecahan: dibaca sebagai persen (0,5 menjadi 50%)
read-fractions-above-two = laporan { $label } menyatakan persentasenya sebagai pecahan (0,1344 untuk 13,44%), tetapi kolom ini berisi angka di atas 2: dibaca sebagai persen apa adanya (13,44 menjadi 13,44%)
read-fractions-column = setiap persentase di kolom ini berupa angka tidak lebih dari 1, sebagaimana sel berformat persen menyimpannya: dibaca sebagai persen (0,5 menjadi 50%)
read-second-table = tabel kedua dimulai di baris { $row } dan tidak dibaca; letakkan setiap tabel di lembar kerjanya sendiri
read-unrecognised-row = baris berisi angka yang bukan judul kolom, rincian, judul kelompok, atau total
read-header-without-rows = judul tabel di { $row } tidak memiliki baris di bawahnya
read-word-table-not-read = tabel { $table }{ $named } tidak dibaca: { $reason }
read-table-under-signature = tabel lain dimulai di baris { $row } di bawah tanda tangan dan tidak dibaca; letakkan setiap PK atau tabel di lembar kerjanya sendiri
read-reason-under-signature = tabel ini dimulai di bawah tanda tangan, sedangkan lakip membaca satu PK atau tabel per dokumen Word; letakkan di dokumen tersendiri
read-reason-no-part-of-table = baris pertamanya bukan judul kolom, baris bernomor, baris anggaran, atau tanda tangan tabel di atasnya, dan bukan tabel yang dikenali lakip
read-reason-above-table = tabel ini berada di atas tabel yang dibaca lakip dan judul kolomnya tidak dikenali lakip
read-the-column = kolom { $name }
read-the-columns = kolom { $first } … { $last }
read-cells-and-more = { $cells } dan { $more } lainnya
read-fractions-cells = setiap sel angka di { $which } ({ $cells }) bernilai antara 0 dan { $limit }, sebagaimana sel berformat persen menyimpannya: dibaca sebagai persen ({ $example } menjadi { $percent }%)
read-fractions-texts = ; sel teksnya ({ $cells }) dibaca sebagaimana tertulis
read-what-total = baris total
read-what-average = baris rata-rata
read-what-heading = judul kelompok
read-second-budget-total = total kedua di bawah baris anggaran ('{ $program }'): tidak dibaca, yang diperiksa adalah total pertama
read-sasaran-without-indikator = sasaran '{ $sasaran }' di baris { $row } tidak memiliki baris indikator di bawahnya
read-sasaran-slip = baris { $row }: sasaran '{ $text }' dibaca sebagai '{ $near }' di atasnya, karena hanya berbeda oleh salah ketik; jika ini sasaran lain, tulis agar jelas berbeda
read-numbered-without-sasaran = baris { $row }: bernomor { $number }, tetapi sel sasarannya kosong dan tidak ada sasaran di atasnya: dibaca tanpa sasaran (BAB III mengelompokkannya di bawah judul kosong); tulis sasarannya, atau sasaran baris-baris kelompoknya, di baris tersebut
read-numbered-carried = baris { $row }: bernomor, dengan sel sasaran kosong, dalam tabel yang nomor lainnya mengawali sasaran: dibaca sebagai satu indikator lagi dari '{ $sasaran }' di atasnya; jika ini sasaran tersendiri, tulis teksnya di baris tersebut
read-long-number = baris { $row }: bernomor { $number } di bawah nomor { $last }, yang tidak dilanjutkannya: tidak dibaca sebagai nomor butir (tahun?); jika { $number } memang nomor butir, nomori baris di atasnya agar berurutan sampai ke nomor itu
read-word-not-code = baris { $row }: '{ $word }' di awal teks berbentuk kode { $level }, tetapi tabel ini menulis kode { $level } dengan titik ('{ $example }'): dibaca sebagai kata dalam teks, bukan kode; jika memang kode, tulislah seperti kode lain di tabel ini
read-word-not-code-here = baris { $row }: '{ $word }' di awal teks berbentuk kode, tetapi berada di antara baris rincian akun di atasnya dan tidak membawahi kode sesudahnya: dibaca sebagai kata dalam teks; jika memang kode, tulislah seperti kode lain di tabel ini
read-code-level-doubt = baris { $row }: kode '{ $code }' dapat berarti { $level } atau { $other }, dan baik jumlah di atasnya maupun kode sesudahnya tidak menentukan yang mana: dibaca sebagai { $level }; tulislah kode lebih lengkap, dengan kode tingkat di atasnya
read-not-an-action = { $row } ('{ $text }') terbaca sebagai { $what }, bukan indikator atau kegiatan tabel { $kind }: tidak dibaca; jika tabel ini anggaran (rkt, anggaran), impor dengan --kind
read-target-unit = { $row }: target '{ $target }' memiliki satuan yang berbeda dari kolom Satuan ('{ $unit }'): satuan target yang dipakai; perbaiki yang keliru
read-no-target-in-column = tidak ada indikator yang memiliki target untuk { $label }: kolomnya kosong
read-no-target = baris { $row }: tidak ada target untuk { $label } ({ $cell } kosong); dibiarkan kosong, tidak dibaca sebagai 0
read-program-budget-unreadable = { $location }: { $error } pada baris anggaran program
read-cells-under-no-header = { $row }: { $word ->
       *[other] kolom
    } { $columns } tanpa judul kolom yang dikenali, tidak dibaca ({ $texts })
read-polaritas-contradicted = polaritas '{ $polaritas }', tetapi target '{ $target }' menunjukkan arah sebaliknya: capaian mengikuti kolom Polaritas; perbaiki yang keliru
read-polaritas-unknown = polaritas '{ $polaritas }' bukan naik, turun, atau sama: dibaca sebagai makin tinggi makin baik
read-rak-unscheduled = tidak ada kegiatan yang bertanda di kolom bulan mana pun; jika jadwal ditunjukkan dengan warna sel, lakip tidak dapat membacanya
read-total-names-nothing = '{ $label }' terbaca seperti total, tetapi tidak menamai baris di atasnya: dibaca sebagai rincian
read-unsummed = baris { $row } tidak dijumlahkan oleh rumus total mana pun: { $read }
read-unsummed-among = dibaca sebagai rincian dari judul kelompok di atasnya, yang rumusnya tidak mencakup baris ini
read-unsummed-outside = baris ini berada di luar baris-baris yang dijumlahkan: dibaca sebagai rincian tanpa judul kelompok
read-break-repeat = baris { $row } mencetak ulang baris { $previous } ({ $what }) setelah pergantian halaman: dibaca sebagai lanjutannya, dihitung sekali
read-break-rest = baris { $row } melanjutkan teks baris { $previous } setelah pergantian halaman ("{ $text }"): dibaca sebagai lanjutannya, dihitung sekali
read-wrapped-rest = baris { $row } ('{ $text }') tidak bernomor dan tidak berisi angka: dibaca sebagai lanjutan uraian baris { $previous } di atasnya, bukan rincian yang menjadikan baris { $previous } judul kelompok
read-wrapped-note = baris { $row } ('{ $text }') tidak bernomor dan tidak berisi angka: dibaca sebagai catatan di bawah baris { $previous }, bukan rincian yang menjadikan baris { $previous } judul kelompok; jika teks ini bagian dari uraian, tulis di sel yang sama
read-hidden-rows = { $count ->
    [1] baris { $first } disembunyikan di lembar kerja
   *[other] baris { $first }–{ $last } disembunyikan di lembar kerja
} dan ikut dibaca ke dalam tabel, sebagaimana rumus penjumlahan ikut menghitungnya, tetapi orang yang membaca atau mencetak lembar kerja tidak melihatnya: jika bukan bagian tabel (angka lama, baris yang sudah diganti), hapus; jika bagian tabel, tampilkan kembali
read-hidden-rows-summed = { $count ->
    [1] baris { $first } disembunyikan di lembar kerja
   *[other] baris { $first }–{ $last } disembunyikan di lembar kerja
} dan ikut dibaca ke dalam tabel, di bawah jumlah yang dinyatakan lembar kerja (judul kelompok di atasnya, baris jumlah di bawahnya): `lakip check` mencocokkan jumlah itu dengan baris yang dibaca, termasuk yang disembunyikan
read-hidden-column = kolom { $column } ('{ $name }') disembunyikan di lembar kerja dan ikut dibaca ke dalam tabel: orang yang membaca atau mencetak lembar kerja tidak melihatnya; jika bukan kolom yang dimaksud (angka lama), hapus; jika memang kolom itu, tampilkan kembali
read-tied-by-position = tidak ada angka di bawah '{ $name }' ({ $cell }): dibaca dari kolom { $column }, kolom tanpa judul di sampingnya yang berisi angka (dipasangkan menurut letaknya)
# Two messages said as one line (a notice and what follows it), and a note kept only as text.
read-joined = { $first }{ $second }
read-as-written = { $text }
read-sum-line = { $row } ('{ $text }') berisi { $amount }, jumlah biaya { $count } baris di atasnya: dibaca sebagai baris total, bukan kegiatan; jika baris ini kegiatan, tulis nama kegiatannya dan biayanya sendiri
read-sum-line-blank = { $row } hanya berisi { $amount }, jumlah biaya { $count } baris di atasnya: dibaca sebagai baris total, bukan kegiatan; jika baris ini kegiatan, tulis kegiatannya
read-sum-kept = { $row } ('{ $text }'): biayanya { $amount } sama dengan jumlah biaya { $count } baris di atasnya: tetap dibaca sebagai kegiatan; jika baris ini totalnya, beri label JUMLAH, agar biaya tidak terhitung dua kali
read-capaian-line = { $row } ('{ $text }') berisi { $value } tanpa target atau realisasi sendiri: dibaca sebagai { $what } atas capaian { $count } baris di atasnya, bukan indikator; jika baris ini indikator, tulis target dan realisasinya
read-notes-numbers = { $row }, di bawah baris catatan '{ $notes }' ({ $opening }), berisi angka: baris ini dan baris di bawahnya dibaca sebagai catatan, bukan indikator; jika baris-baris itu indikator, pindahkan catatannya ke bawah
read-notes-line-numbers = { $row } membuka catatan ('{ $notes }') dan berisi angka: baris ini dan baris di bawahnya dibaca sebagai catatan, bukan indikator; jika baris-baris itu indikator, pindahkan catatannya ke bawah
read-capaian-kept = { $row } ('{ $text }'): capaiannya { $value }, tanpa target atau realisasi sendiri, sama dengan rata-rata atau jumlah capaian { $count } baris di atasnya: tetap dibaca sebagai indikator; jika baris ini rata-rata atau jumlahnya, beri label Rata-rata atau Jumlah
read-wrapped-indikator = baris { $row } ('{ $text }') tidak bernomor dan tidak berisi angka: dibaca sebagai lanjutan teks baris { $previous } di atasnya, bukan indikator tersendiri
read-indikator-without-figures = baris { $row } ('{ $text }') tidak bernomor dan tidak berisi angka, tepat di bawah indikator baris { $previous }: dibaca sebagai indikator tersendiri; jika ini lanjutan teks baris { $previous }, tulis di sel yang sama
read-table-after-caption = tabel lain dimulai di baris { $row } ('{ $text }') dan tidak dibaca ke dalam tabel ini; letakkan setiap tabel di lembar kerjanya sendiri, atau beri tabel ini kepala tabelnya sendiri
read-persentase-below-one = baris { $row }: { $field } '{ $indikator }', sebuah persentase, ditulis { $text }, di bawah satu dan tanpa %: dibaca sebagaimana tertulis; jika yang dimaksud { $percent }%, tulis { $percent }%
read-why-up-to = namanya menyatakan jumlah sampai dengan periode itu, yang lain jumlah satu periode saja
read-why-of-the-year = nama yang lain menyatakan angka Renstra untuk seluruh periodenya, bukan angka tahun ini
read-notes-line = baris { $row } ('{ $text }') membuka catatan: dibaca sebagai catatan, bukan judul baris-baris di bawahnya
read-wrapped-sasaran = baris { $row }: teks sasarannya ('{ $text }') dibaca sebagai lanjutan sasaran baris { $previous } di atasnya, bukan sasaran tersendiri
read-wrapped-figures = baris { $row } ('{ $text }') tidak bernomor: dibaca sebagai lanjutan indikator baris { $previous } di atasnya, yang tidak berisi angka, dengan angka baris { $row }
read-heading-by-sums = baris { $rows } berisi tepat jumlah baris-baris di bawahnya: { $count } baris itu dibaca sebagai judul baris-baris di bawahnya, bukan sebagai rincian yang sejajar (jika sejajar, anggarannya terhitung dua kali)
read-total-above-by-sums = baris { $row } ('{ $text }') tidak bernomor dan berisi tepat jumlah baris-baris bernomor di bawahnya: dibaca sebagai total baris-baris itu, di atasnya, bukan rincian yang sejajar (jika sejajar, anggarannya terhitung dua kali)
read-total-above-by-sums-coded = baris { $row } ('{ $text }', berkode { $code }) berisi tepat jumlah baris-baris berkode program di bawahnya: dibaca sebagai total baris-baris itu, di atasnya, bukan rincian yang sejajar (jika sejajar, anggarannya terhitung dua kali); jika baris itu memang salah satunya, total tabel menjadi dua kali yang dinyatakannya
read-below-the-total = { $count } baris (baris { $rows }) berisi angka di bawah total tabel (baris { $total }), dan tidak ada total yang menjumlahkannya: dibaca sebagai rincian tabel, ditambahkan ke angkanya; jika itu catatan, pindahkan ke luar tabel, atau letakkan totalnya di bawahnya
read-last-subtotal = total terakhir (baris { $row }) hanya menjumlahkan '{ $heading }', seperti total setiap program di atasnya: dibaca sebagai subtotalnya; tabel ini tidak memiliki total keseluruhan
read-split-item = baris { $row } ('{ $text }') tidak bernomor dan melanjutkan teks baris { $previous } di atasnya, yang tidak memiliki angka: dibaca sebagai satu rincian, dengan teks kedua baris dan angka baris { $row }
read-split-heading = baris { $row } ('{ $text }') tidak bernomor, dan angkanya sama dengan jumlah baris-baris bernomor di bawah baris { $previous }: dibaca sebagai lanjutan teks baris { $previous } beserta angkanya, bukan rincian yang sejajar dengan baris-baris itu
read-split-doubt = baris { $row } ('{ $text }') tidak bernomor, di antara baris { $previous } dan baris-baris bernomor di bawahnya, dan angkanya tidak sama dengan jumlah baris-baris itu: dibaca sebagai rincian yang sejajar; jika baris ini lanjutan baris { $previous } beserta angkanya, tulis dalam satu baris
read-lone-sasaran-line = baris { $row } ('{ $text }'), bernomor { $number } tanpa angka dalam tabel tanpa kolom Sasaran: dibaca sebagai sasaran baris-baris di bawahnya, bukan indikator
read-lone-sasaran-doubt = baris { $row } ('{ $text }'), bernomor { $number } tanpa angka dalam tabel tanpa kolom Sasaran: dibaca sebagai sasaran baris-baris di bawahnya; jika baris itu indikator yang belum bertarget, tuliskan targetnya, atau tambahkan kolom Sasaran
read-targets-by-period = kolom-kolom periode berada di bawah '{ $name }' dan tidak ada kolom target tahunan: target setiap periode disimpan sebagaimana tertulis, target tahunan tidak dibaca (bisa target periode terakhir atau jumlahnya); tambahkan kolom target tahunan pada tabel
