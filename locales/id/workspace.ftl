# lakip: the workspace's messages (id): src/workspace. Keys are the same in id and en; tests/i18n.rs checks it.

workspace-not-a-workspace = { $dir }: bukan ruang kerja lakip (tidak ada { $config }); buat dengan `lakip init`
workspace-not-found = tidak ada { $config } di { $dir } atau folder induknya; buat ruang kerja dengan `lakip init`, atau sebutkan dengan -w FOLDER
workspace-no-current-dir = folder kerja saat ini tidak dapat dibaca: { $error }
workspace-data-is-file = { $path }: berupa berkas, bukan folder data ruang kerja; pindahkan atau ganti namanya, lalu jalankan perintahnya lagi
workspace-cannot-read = { $path }: tidak dapat dibaca: { $error }
workspace-cannot-write = { $path }: tidak dapat ditulis: { $error }
workspace-another-process = proses lain
workspace-locked = lakip lain sedang menulis ruang kerja ini ({ $who }); coba lagi setelah selesai (jika tidak ada lakip yang berjalan, hapus { $lock })
workspace-cannot-lock = { $path }: kunci ruang kerja tidak dapat dibuat: { $error }
workspace-warning = peringatan: { $message }
workspace-recovered-finished = pembaruan yang terhenti di tengah jalan telah dituntaskan ({ $name })
workspace-recovered-restored = { $name } dipulihkan setelah pembaruan yang terhenti di tengah jalan
workspace-recovered-removed = { $name } dihapus, sisa pembaruan yang terhenti di tengah jalan
workspace-leftover = peringatan: { $name }: sisa penulisan yang terhenti di tengah jalan; tabel-tabel tetap seperti sebelumnya, dan impor atau penghapusan berikutnya akan menghapusnya
workspace-bad-sumber = [realisasi] sumber harus salah satu dari { $sources }, bukan "{ $name }"
workspace-bad-epoch = SOURCE_DATE_EPOCH={ $text } bukan jumlah detik sejak 1970
workspace-stored-heading = { $location }: baris yang tersimpan menyebut judul kelompok { $heading }, padahal dokumen hanya memiliki { $count } judul kelompok; impor ulang berkasnya
workspace-no-document = tidak ada dokumen '{ $file }' lembar '{ $sheet }' di `documents.csv`: tabel-tabel ruang kerja tidak sesuai satu sama lain (penulisan terputus, atau tabel diubah dengan tangan); impor ulang berkasnya
workspace-stored-not-a-number = { $path }:{ $line }: kolom { $column }: "{ $value }" bukan angka
workspace-stored-bad-cell = { $cell } bukan nama sel
workspace-stored-bad-decimal = "{ $value }" bukan bilangan desimal yang tepat
workspace-unknown-kind = jenis dokumen "{ $kind }" tidak dikenal
workspace-unknown-notice-kind = jenis catatan "{ $kind }" tidak dikenal
