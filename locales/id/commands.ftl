# lakip: the commands' own messages (id). Keys are the same in id and en; tests/i18n.rs checks it.

## Clap's parse errors, written from its error's kind and context (src/cli/parse_error.rs).
clap-unknown-argument = argumen '{ $arg }' tidak dikenal
clap-unknown-subcommand = perintah '{ $name }' tidak dikenal
clap-value-required = '{ $arg }' memerlukan nilai, tetapi tidak ada yang diberikan
clap-invalid-value = nilai '{ $value }' tidak sah untuk '{ $arg }'
clap-missing-required = argumen wajib berikut belum diberikan:
clap-too-many-values = nilai '{ $value }' untuk '{ $arg }' berlebih; tidak ada nilai lain yang diharapkan
clap-argument-twice = argumen '{ $arg }' tidak boleh diberikan lebih dari sekali
clap-argument-conflict = argumen '{ $arg }' tidak dapat dipakai bersama '{ $other }'
clap-number-empty = bilangan kosong
clap-number-too-large = bilangan terlalu besar
clap-number-invalid = bukan bilangan bulat
clap-number-out-of-range = { $value } di luar rentang { $range }
clap-tip = saran
clap-similar-subcommand = { $count ->
    [1] mungkin maksud Anda perintah { $names }?
   *[other] mungkin maksud Anda salah satu perintah ini: { $names }?
}
clap-similar-argument = { $count ->
    [1] mungkin maksud Anda { $names }?
   *[other] mungkin maksud Anda salah satu dari { $names }?
}
clap-similar-value = { $count ->
    [1] mungkin maksud Anda { $names }?
   *[other] mungkin maksud Anda salah satu dari { $names }?
}
clap-pass-as-value = untuk memberikan '{ $arg }' sebagai nilai, tulis '{ $how }'
clap-try-help = Untuk keterangan lebih lanjut, coba '{ $flag }'.

## lakip import
import-replace-no-workspace = --replace menyebut dokumen yang disimpan di ruang kerja, dan di sini tidak ada ruang kerja; sebutkan dengan -w DIR
import-replace-unknown = tidak ada yang diimpor: --replace { $names }: tidak ada dokumen dengan ID atau berkas itu di ruang kerja (`lakip status` menampilkan daftarnya)
import-would-replace = akan diganti: { $sheet } ({ $id })
import-replaced = diganti: { $sheet } ({ $id })
import-would-hold = akan menyimpan
import-now-holds = kini menyimpan
import-unknown-time = pada waktu yang tidak diketahui
import-revision-of-held = { $new } tampaknya revisi dari { $old } ({ $id }, diimpor { $at }): { $same } dari { $of } { $rows } sama; ruang kerja { $holds } keduanya, sehingga angkanya akan terjumlah dua kali. Untuk menyimpan yang baru saja: { $keep } (`lakip check` gagal selama keduanya tersimpan: duplicate-document)
import-only-one-sheet = impor satu lembar saja: `lakip import { $file } --sheet { $sheet }`
import-keep-one = simpan satu saja: { $how }
import-two-sheets-alike = { $sheets } tampaknya dua versi dari satu dokumen ({ $same } dari { $of } { $rows } sama): ruang kerja { $holds } keduanya, sehingga angkanya akan terjumlah dua kali; { $keep } (`lakip check` gagal selama keduanya tersimpan: duplicate-document)
import-two-files-alike = { $new } dan { $other } tampaknya dua versi dari satu dokumen ({ $same } dari { $of } { $rows } sama): impor salah satu saja
import-rows-indikator = indikator
import-rows-items = butir
import-progress-rows = baris dibaca
dry-run-nothing-written = uji coba (--dry-run): tidak ada yang ditulis
import-summary = { $items } butir dari { $documents } dokumen diimpor ke data/ ({ $tables })
