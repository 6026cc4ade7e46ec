# lakip: cli messages (id). Keys are the same in id and en; tests/i18n.rs checks it.
# The help: cli-about, cli-SUBCOMMAND-about, cli-SUBCOMMAND-arg-ID.

cli-usage = Penggunaan
cli-commands = Perintah
cli-arguments = Argumen
cli-options = Opsi
cli-help = Tampilkan bantuan
cli-help-subcommand = Tampilkan bantuan ini atau bantuan subperintah yang disebut
cli-default = bawaan
cli-possible-values = pilihan
cli-options-placeholder = OPSI
cli-command-placeholder = PERINTAH
cli-version = Tampilkan versi

cli-about = Impor, periksa, dan laporkan dokumen SAKIP suatu satker (RKT, realisasi anggaran, PK, kinerja, RAK)
cli-long-about = lakip membaca lembar kerja RKT dan realisasi anggaran tahun berjalan, apa pun tata letaknya, ke dalam ruang kerja berisi tabel baku, lalu menampilkan apa yang dikenalinya.
cli-after-help =
    Contoh:
      lakip init --satker "KPU Kota Serang" --tahun 2023
      lakip import rkt.xlsx
      lakip import --dry-run --format json anggaran.xlsx
      lakip status
      lakip check
      lakip audit LKj-2023.docx
      lakip realisasi --format xlsx -o realisasi.xlsx
      lakip capaian
      lakip template pk -o pk-2025.xlsx
      lakip render bab3 --format html -o bab3.html
      lakip build
      lakip rollup kpu-banten/

    Kode keluar: 0 lancar, 1 ada kesalahan dalam data, 2 tidak dapat berjalan (masukan atau cara pakai keliru), 3 rollup: sebuah ruang kerja tidak dapat dibaca.
cli-arg-workspace = Direktori ruang kerja (bawaan: direktori terdekat ke atas yang memuat lakip.toml)
cli-arg-width = Sesuaikan tabel teks dengan lebar sebanyak ini kolom layar (bawaan: lebar terminal, atau `COLUMNS`, di terminal; tabel utuh bila diteruskan ke pipa atau berkas)
cli-arg-lang = Bahasa pesan: id (Indonesia, bawaan) atau en (Inggris); bila tidak diberikan, LAKIP_LANG, lalu `bahasa` di lakip.toml

cli-init-about = Buat ruang kerja: lakip.toml dan data/
cli-init-after-help =
    Contoh:
      lakip init --satker "KPU Kota Serang" --tahun 2023
      lakip init lkj-2024 --satker "KPU Kabupaten Serang" --tahun 2024 --tempat Serang
      lakip init ../lkj-2024 --from .    # tahun berikutnya: pengaturan, narasi/ dan templates/ tahun lalu
      lakip init --narasi                # sesudah mengimpor BAB III: narasi/bab3/sasaran-N.md untuk setiap sasaran

    Kerangka narasi: narasi/kata-pengantar.md, bab1.md, bab4.md dan narasi/bab3/sasaran-N.md,
    masing-masing berisi baris [Tuliskan …] untuk diganti; berkas yang sudah ada tidak pernah ditimpa.
cli-init-arg-dir = Direktori tempat ruang kerja dibuat (dibuat bila belum ada; bawaan: direktori saat ini)
cli-init-arg-satker = Nama satker, sebagaimana tertulis pada dokumennya (dengan --from: nama tahun lalu)
cli-init-arg-tahun = Tahun anggaran dokumen (dengan --from: tahun sesudah tahun lalu)
cli-init-arg-narasi = Pada ruang kerja yang sudah ada: tulis berkas kerangka narasi yang belum ada, satu per sasaran dari pengukuran yang diimpor (narasi/bab3/sasaran-N.md) serta Kata Pengantar, BAB I, dan BAB IV; tidak ada yang ditimpa
cli-init-arg-from = Mulai dari ruang kerja tahun lalu: pengaturan, narasi/ dan templates/ (bukan datanya), ditautkan sebagai [sebelumnya] agar BAB III membandingkan kedua tahun
cli-init-arg-tempat = Tempat yang ditulis di atas tanda tangan (bawaan: diambil dari nama satker)

cli-import-about = Baca lembar kerja ke dalam ruang kerja dan tampilkan apa yang dikenali
cli-import-after-help =
    Contoh:
      lakip import rkt-2023.xlsx
      lakip import realisasi.xlsx --sheet "Tabel 3.1"
      lakip import --dry-run --format json anggaran.csv
      lakip import rkt-revisi.xlsx --replace rkt.xlsx

    Membaca xlsx, xlsm, xlsb, xls, ods, csv (`;`, `,` atau tab) dan tabel dalam dokumen Word .docx. Setiap baris sumber digolongkan
    (judul, kepala tabel, penomoran, judul kelompok, rincian, jumlah, kosong, tanda tangan, catatan); baris berangka
    yang tidak cocok dengan golongan mana pun menghentikan impor kecuali --allow-unrecognised diberikan. Dokumen yang
    tampak sebagai revisi dari dokumen yang sudah disimpan (jenis sama, sebagian besar barisnya sama, berkas lain
    atau, untuk anggaran, lembar kerja lain dari buku kerja yang sama) diimpor dengan peringatan yang menyebutkan dokumen itu; --replace menghapusnya dalam pembaruan yang sama.
cli-import-arg-files = Berkas lembar kerja yang diimpor
cli-import-arg-sheet = Baca hanya lembar kerja ini (bawaan: setiap lembar kerja yang tata letaknya dikenali)
cli-import-arg-kind = Jenis dokumen, alih-alih dikenali dari kepala tabelnya
cli-import-arg-dry-run = Tampilkan apa yang akan diimpor; tidak menulis apa pun (tidak perlu ruang kerja)
cli-import-arg-format = Format keluaran
cli-import-arg-allow-unrecognised = Impor baris yang dikenali walaupun ada baris berangka yang tidak cocok dengan golongan mana pun
cli-import-arg-replace = Hapus dokumen yang tersimpan dalam pembaruan yang sama: berkas sumber (setiap lembar kerja darinya) atau ID dokumen seperti yang dicantumkan `lakip status`. Untuk berkas revisi dengan nama baru

cli-status-about = Isi ruang kerja: setiap dokumen, berkas sumber dan barisnya, waktu diimpor
cli-status-after-help =
    Contoh:
      lakip status
      lakip status --format json

    ID setiap dokumen adalah yang diterima `lakip remove` dan `lakip import --replace`.
    Kode keluar: 0 lancar; 2 tidak dapat berjalan (tidak ada ruang kerja).
cli-status-arg-format = Format keluaran

cli-remove-about = Keluarkan dokumen dari ruang kerja, menurut berkas sumber atau ID
cli-remove-after-help =
    Contoh:
      lakip remove rkt-lama.xlsx
      lakip remove anggaran-3fa21c
      lakip remove --dry-run sources/old.xlsx

    BERKAS menghapus setiap dokumen (lembar kerja) yang berasal darinya; ID menghapus satu dokumen. Setiap tabel digabungkan
    sebelum ada yang ditulis; nama yang tidak cocok dengan apa pun tidak menghapus apa pun.
    Kode keluar: 0 lancar; 2 tidak dapat berjalan (nama yang tidak cocok dengan apa pun, tidak ada ruang kerja).
cli-remove-arg-documents = Berkas sumber (setiap lembar kerja darinya) atau ID dokumen, seperti yang dicantumkan `lakip status`
cli-remove-arg-dry-run = Sebutkan apa yang akan dihapus; tidak menulis apa pun

cli-check-about = Periksa bahwa setiap jumlah dan persentase sesuai dengan angka di bawahnya
cli-check-after-help =
    Contoh:
      lakip check                          # data/ ruang kerja
      lakip check realisasi-2023.xlsx      # berkas langsung, tidak ada yang ditulis
      lakip check --format github data/*.xlsx
      lakip check --deny warnings
      lakip check --explain percent

    Kode keluar: 0 tidak ada kesalahan; 1 ada kesalahan (atau peringatan, dengan `--deny warnings`); 2 tidak dapat berjalan.
cli-check-arg-files = Lembar kerja yang diperiksa langsung (dibaca di memori; tidak ada yang ditulis). Tanpa berkas, data yang diimpor ke ruang kerja yang diperiksa
cli-check-arg-format = Format keluaran
cli-check-arg-deny = Perlakukan kode aturan sebagai kesalahan; `--deny warnings` membuat setiap peringatan menggagalkan pemeriksaan
cli-check-arg-allow = Jangan laporkan kode aturan ini
cli-check-arg-explain = Jelaskan kode aturan (atau cantumkan semuanya dengan `--explain all`) lalu keluar
cli-check-arg-sheet = Dengan BERKAS: baca hanya lembar kerja ini
cli-check-arg-kind = Dengan BERKAS: jenis dokumen, alih-alih dikenali dari kepala tabelnya
cli-check-arg-allow-unrecognised = Dengan BERKAS: periksa baris yang dikenali walaupun ada baris berangka yang tidak cocok dengan golongan mana pun

cli-audit-about = Periksa angka di dalam teks laporan yang sudah ada (.docx, .md, .txt, .pdf), pernyataan demi pernyataan
cli-audit-after-help =
    Contoh:
      lakip audit LKj-2023.docx
      lakip audit LKj-2023.txt --verbose          # juga pernyataan yang dilewati, dan alasannya
      lakip -w kota-serang-2023 audit LKj-2023.docx   # juga terhadap angka ruang kerja
      lakip audit --format github LKj-2023.md
      lakip audit --explain sisa

    Membaca .docx, .md, .txt, dan .pdf bila pdftotext (poppler-utils) terpasang.
    Kode keluar: 0 tidak ada yang salah; 1 ada pernyataan yang tidak benar; 2 laporan tidak dapat dibaca.
cli-audit-arg-report = Laporannya: .docx, .md, .txt atau .pdf
cli-audit-arg-format = Format keluaran
cli-audit-arg-verbose = Cantumkan juga pernyataan yang terbaca tetapi tidak dinilai, dan alasannya
cli-audit-arg-allow = Jangan laporkan kode aturan ini
cli-audit-arg-explain = Jelaskan kode aturan (atau cantumkan semuanya dengan `--explain all`) lalu keluar

cli-realisasi-about = Realisasi anggaran per program dan kegiatan: pagu, realisasi, serapan, sisa
cli-realisasi-after-help =
    Contoh:
      lakip realisasi
      lakip realisasi --format json
      lakip realisasi --format xlsx -o realisasi-2023.xlsx
      lakip realisasi tabel-3.1.xlsx --format csv
      lakip realisasi --depth akun glp039-juli.xlsx
      lakip realisasi --sumber sakti

    Jumlah dihitung dari rincian, tidak pernah disalin dari angka yang tertulis; `lakip check` membandingkan keduanya.
    Kode keluar: 0 lancar; 2 tidak dapat berjalan.
cli-realisasi-arg-files = Lembar kerja yang dilaporkan langsung (dibaca di memori; tidak ada yang ditulis). Tanpa berkas, data yang diimpor ke ruang kerja yang dipakai
cli-realisasi-arg-format = Format keluaran (bawaan: ekstensi berkas -o, selain itu teks). Ekstensi berkas -o harus sesuai dengannya
cli-realisasi-arg-output = Tulis ke berkas ini, bukan ke keluaran standar (wajib untuk xlsx; `-` berarti keluaran standar)
cli-realisasi-arg-depth = Tingkat terdalam yang ditampilkan: program, kegiatan, kro, ro, komponen, subkomponen atau akun; pada evaluasi Renja urusan, bidang_urusan, program atau kegiatan. Bawaannya program dan yang tepat di bawahnya, sampai RO pada laporan SAKTI dan sampai kegiatan pada evaluasi Renja
cli-realisasi-arg-sumber = Sumber angka bila ruang kerja memuat dua (laporan SAKTI dan tabel buatan tangan): suatu jenis dokumen realisasi. Bawaan: `sumber` pada [realisasi] di lakip.toml

cli-capaian-about = Capaian kinerja per sasaran dan indikator: target, realisasi, capaian, predikat
cli-capaian-after-help =
    Contoh:
      lakip capaian
      lakip capaian --format json
      lakip capaian --format xlsx -o capaian-2023.xlsx

    Capaian mengikuti [capaian] di lakip.toml: batas_atas (batas atas), polaritas (makin rendah makin baik, atau harus sama), predikat (skalanya).
    Kode keluar: 0 lancar; 2 tidak dapat berjalan.
cli-capaian-arg-files = Lembar kerja yang dilaporkan langsung (dibaca di memori; tidak ada yang ditulis). Tanpa berkas, data yang diimpor ke ruang kerja yang dipakai
cli-capaian-arg-format = Format keluaran (bawaan: ekstensi berkas -o, selain itu teks). Ekstensi berkas -o harus sesuai dengannya
cli-capaian-arg-output = Tulis ke berkas ini, bukan ke keluaran standar (wajib untuk xlsx; `-` berarti keluaran standar)

cli-render-about = Satu bab Laporan Kinerja, dalam Markdown atau HTML
cli-render-after-help =
    Contoh:
      lakip render bab3
      lakip render bab3 --format html -o bab3.html
      lakip render all --format md -o lkj.md
      lakip render bab3 --format docx -o bab3.docx

    Templat: yang tertanam, atau templates/NAMA milik ruang kerja sendiri (bab3.md, bab3.html, base.html…).
    Narasi: narasi/kata-pengantar.md, narasi/bab1.md, narasi/bab4.md, narasi/bab3/sasaran-N.md; yang belum ada diganti teks pengisi.
    Kode keluar: 0 lancar; 2 tidak dapat berjalan (galat templat menyebutkan templat dan barisnya).
cli-render-arg-chapter = Babnya: sampul, pengantar, ikhtisar, bab1, bab2, bab3, bab4, lampiran, atau all (semua)
cli-render-arg-format = Format keluaran (bawaan: dari ekstensi berkas -o, selain itu md). Ekstensi berkas -o harus sesuai dengannya; docx memerlukan -o
cli-render-arg-output = Tulis ke berkas ini, bukan ke keluaran standar

cli-build-about = Periksa, lalu tulis setiap bab Laporan Kinerja (Markdown dan HTML) ke build/
cli-build-after-help =
    Contoh:
      lakip build
      lakip build -o public/lkj-2023
      lakip build --format docx         # build/LKj-<satker>-<tahun>.docx
      lakip build --format pdf          # beserta PDF-nya, dibuat oleh LibreOffice
      lakip build --allow-errors        # draf selama data masih mengandung kesalahan

    Tanpa --format: sampul, pengantar, ikhtisar, bab1…bab4, lampiran dan lkj (semua bab) sebagai .md dan .html, grafik (grafik-*.svg) dan logo yang ditautkan Markdown, serta index.html.
    Kode keluar: 0 tertulis; 1 tidak ditulis: `lakip check` menemukan kesalahan, atau laporan belum lengkap (belum ada yang diimpor, dokumen suatu bab tidak ada, tidak ada penanda tangan atau tanggal di lakip.toml; lihat --allow-errors); 2 tidak dapat berjalan (--format pdf tanpa LibreOffice).
cli-build-arg-output = Direktori tujuan penulisan (bawaan: build/ di ruang kerja)
cli-build-arg-format = Apa yang ditulis (bawaan: bab-bab dalam Markdown dan HTML)
cli-build-arg-allow-errors = Tulis laporan walaupun `lakip check` menemukan kesalahan atau laporan belum lengkap: setiap halaman lalu ditandai DRAF

# Ditambahkan bersama subperintah dan opsi template, completions, man, rollup dan bentuk CSV.
cli-realisasi-arg-csv = Bentuk CSV: `excel` untuk Excel berlokal Indonesia (`;`, koma desimal, UTF-8 dengan BOM), `standard` untuk skrip (`,`, titik desimal). Berarti --format csv bila tidak ada format yang disebut. Bawaan: `csv` di bawah [ekspor] dalam lakip.toml, selain itu `standard`
cli-capaian-arg-csv = Bentuk CSV: `excel` untuk Excel berlokal Indonesia (`;`, koma desimal, UTF-8 dengan BOM), `standard` untuk skrip (`,`, titik desimal). Berarti --format csv bila tidak ada format yang disebut. Bawaan: `csv` di bawah [ekspor] dalam lakip.toml, selain itu `standard`

cli-template-about = Tulis formulir kosong suatu jenis dokumen (rkt, anggaran, pk, kinerja, rak, renstra) untuk diisi tangan
cli-template-after-help =
    Contoh:
      lakip template rkt -o rkt-2025.xlsx
      lakip template pk -o pk-2025.xlsx
      lakip template kinerja --tanpa-contoh -o bab3.xlsx
      lakip template renstra -o renstra.xlsx

    Jenisnya: rkt, anggaran, pk, kinerja, rak, renstra (SAKTI dan evaluasi Renja adalah ekspor suatu sistem: impor ekspornya langsung).
    Di dalam ruang kerja, blok judul memuat satker dan tahunnya (Renstra: periode lima tahunnya); di luar itu berisi isian sementara.
    Kode keluar: 0 tertulis; 2 tidak dapat berjalan (jenis tanpa formulir, berkas sudah ada, bukan .xlsx).
cli-template-arg-kind = Jenis dokumen: rkt, anggaran, pk, kinerja, rak atau renstra
cli-template-arg-output = Buku kerja yang ditulis (.xlsx). Bawaan: template-JENIS.xlsx
cli-template-arg-tanpa-contoh = Tanpa baris contoh: hanya blok judul dan judul kolom
cli-template-arg-force = Timpa berkas itu bila sudah ada

cli-completions-about = Skrip pelengkapan perintah untuk sebuah shell (bash, zsh, fish, powershell), ke keluaran standar
cli-completions-after-help =
    Contoh:
      lakip completions bash > ~/.local/share/bash-completion/completions/lakip
      lakip completions zsh > ~/.zfunc/_lakip
      lakip completions fish > ~/.config/fish/completions/lakip.fish
      lakip completions powershell >> $PROFILE
cli-completions-arg-shell = Shell-nya: bash, zsh, fish atau powershell (juga elvish)

cli-man-about = Halaman manual, ke keluaran standar (atau satu halaman per subperintah dengan -o DIR)
cli-man-after-help =
    Contoh:
      lakip man | man -l -
      lakip man -o /usr/local/share/man/man1    # `lakip.1` serta `lakip-import.1`, `lakip-check.1`, …
cli-man-arg-output = Tulis lakip.1 dan satu halaman per subperintah (`lakip-check.1`, …) ke direktori ini, bukan lakip.1 ke keluaran standar

cli-rollup-about = Ruang kerja banyak satker dalam satu tabel: pagu, realisasi, capaian, hasil pemeriksaan; realisasi dihimpun per program dan kegiatan; tanda perhatian; lampiran untuk unit induk
cli-rollup-after-help =
    Contoh:
      lakip rollup kpu-banten/               # setiap ruang kerja di bawah direktori itu
      lakip rollup rollup.toml --sort serapan --ascending
      lakip rollup kab-* --format json
      lakip rollup kpu-banten/ --format xlsx -o rollup.xlsx
      lakip rollup kpu-banten/ --format docx -o lampiran.docx
      lakip rollup kpu-banten/ --check

    Kode keluar: 0 lancar; 1 dengan --check, data suatu unit mengandung kesalahan; 2 tidak dapat berjalan; 3 sebuah ruang kerja tidak dapat dibaca (yang lain tetap dilaporkan).
cli-rollup-arg-inputs = Ruang kerja, direktori berisi ruang kerja, atau rollup.toml yang mendaftarnya (jalur atau pola seperti `kab-*/`). Direktori yang memuat rollup.toml dibaca menurut berkas itu
cli-rollup-arg-format = Format keluaran: tabel (text, json, csv, xlsx) atau lampiran gabungan (md, html, docx)
cli-rollup-arg-output = Tulis ke berkas ini, bukan ke keluaran standar (wajib untuk xlsx dan docx)
cli-rollup-arg-sort = Urutkan satker menurut kolom: satker, pagu, realisasi, serapan, sisa, indikator, tercapai, capaian, efisiensi, `errors` (kesalahan), `warnings` (peringatan) (angka terbesar lebih dulu)
cli-rollup-arg-ascending = Dengan --sort: terkecil lebih dulu (nama dari Z ke A)
cli-rollup-arg-serapan-min = Tandai serapan di bawah persentase ini
cli-rollup-arg-tahun = Tahun yang harus dilaporkan setiap unit (bawaan: tahun di rollup.toml, selain itu yang paling banyak)
cli-rollup-arg-check = Kode keluar 1 bila data suatu unit mengandung kesalahan pemeriksaan
cli-rollup-arg-konsolidasi = Dengan csv atau xlsx: baris program dan kegiatan gabungan, bukan per satker
cli-rollup-arg-jobs = Jumlah utas pembacaan (bawaan: semua inti prosesor)

## The placeholders in the usage and the help (`<FILE>`): `cli-value-NAME`, NAME as the code writes it.
cli-value-FILE = BERKAS
cli-value-DIR = DIREKTORI
cli-value-CODE = KODE
cli-value-COLS = LEBAR
cli-value-COLUMN = KOLOM
cli-value-FORM = BENTUK
cli-value-KIND = JENIS
cli-value-LANG = BAHASA
cli-value-LEVEL = TINGKAT
cli-value-NAME = NAMA
cli-value-PERCENT = PERSEN
cli-value-REPORT = LAPORAN
cli-value-CHAPTER = BAB
cli-value-SHELL = SHELL
cli-value-FORMAT = FORMAT
