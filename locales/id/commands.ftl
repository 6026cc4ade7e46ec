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
