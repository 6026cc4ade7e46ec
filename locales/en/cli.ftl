# lakip: cli messages (en). Keys are the same in id and en; tests/i18n.rs checks it.
# The help: cli-about, cli-SUBCOMMAND-about, cli-SUBCOMMAND-arg-ID (tests/i18n.rs: the English is clap's own text).

cli-usage = Usage
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-help = Print help
cli-help-subcommand = Print this message or the help of the given subcommand(s)
cli-default = default
cli-possible-values = possible values
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMAND
cli-version = Print version

cli-about = Import, check and report the SAKIP documents of a satker (RKT, realisasi anggaran, PK, kinerja, RAK)
cli-long-about = lakip reads the year's RKT and budget-realisation spreadsheets, whatever their layout, into a workspace of canonical tables, and shows what it recognised.
cli-after-help =
    Examples:
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

    Exit codes: 0 ok, 1 errors found in the data, 2 could not run (bad input or usage), 3 rollup: a workspace could not be read.
cli-arg-workspace = The workspace directory (default: the nearest directory upward with a lakip.toml)
cli-arg-width = Fit text tables to this many columns (default: the terminal's width, or COLUMNS, on a terminal; the full table on a pipe or in a file)
cli-arg-lang = The language of messages: id (Indonesian, the default) or en (English); else LAKIP_LANG, else `bahasa` in lakip.toml

cli-init-about = Create a workspace: lakip.toml and data/
cli-init-after-help =
    Examples:
      lakip init --satker "KPU Kota Serang" --tahun 2023
      lakip init lkj-2024 --satker "KPU Kabupaten Serang" --tahun 2024 --tempat Serang
      lakip init ../lkj-2024 --from .    # next year: last year's settings, narasi/ and templates/
      lakip init --narasi                # after importing BAB III: narasi/bab3/sasaran-N.md for each sasaran

    The narrative skeleton: narasi/kata-pengantar.md, bab1.md, bab4.md and narasi/bab3/sasaran-N.md,
    each blank a line [Tuliskan …] to replace; a file that exists is never overwritten.
cli-init-arg-dir = Directory to create the workspace in (created if missing; default: the current one)
cli-init-arg-satker = The satker's name, as it appears on its documents (with --from: last year's)
cli-init-arg-tahun = The budget year the documents are for (with --from: the year after last year's)
cli-init-arg-narasi = In an existing workspace: write the narrative skeleton files that are missing, one per sasaran of the imported measurement (narasi/bab3/sasaran-N.md) and the Kata Pengantar, BAB I and BAB IV; none is overwritten
cli-init-arg-from = Start from last year's workspace: its settings, narasi/ and templates/ (not its data), linked as [sebelumnya] so BAB III compares the two years
cli-init-arg-tempat = The place written above signatures (default: taken from the satker's name)

cli-import-about = Read spreadsheets into the workspace and show what was recognised
cli-import-after-help =
    Examples:
      lakip import rkt-2023.xlsx
      lakip import realisasi.xlsx --sheet "Tabel 3.1"
      lakip import --dry-run --format json anggaran.csv
      lakip import rkt-revisi.xlsx --replace rkt.xlsx

    Reads xlsx, xlsm, xlsb, xls, ods, csv (`;`, `,` or tab) and the tables of a Word .docx. Every source row is classified
    (title, header, numbering, heading, item, total, blank, signature, note); a row with numbers
    that fits no class stops the import unless --allow-unrecognised is given. A document that
    looks like a revision of one already held (same kind, most rows the same, another file
    or, for a budget, another sheet of the workbook) is imported with a warning naming the held one; --replace removes that one in the same update.
cli-import-arg-files = Spreadsheet files to import
cli-import-arg-sheet = Read only this sheet (default: every sheet whose layout is recognised)
cli-import-arg-kind = The document kind, instead of detecting it from the header
cli-import-arg-dry-run = Show what would be imported; write nothing (no workspace needed)
cli-import-arg-format = Output format
cli-import-arg-allow-unrecognised = Import the recognised rows even when some rows with numbers fit no class
cli-import-arg-replace = Remove a held document in the same update: a source file (every sheet it gave) or a document ID as `lakip status` lists it. For a revised file under a new name

cli-status-about = What the workspace holds: each document, its source file and rows, when imported
cli-status-after-help =
    Examples:
      lakip status
      lakip status --format json

    Each document's ID is what `lakip remove` and `lakip import --replace` take.
    Exit codes: 0 ok; 2 could not run (no workspace).
cli-status-arg-format = Output format

cli-remove-about = Take documents out of the workspace, by source file or ID
cli-remove-after-help =
    Examples:
      lakip remove rkt-lama.xlsx
      lakip remove anggaran-3fa21c
      lakip remove --dry-run sources/old.xlsx

    A FILE removes every document (sheet) it gave; an ID one document. Every table is merged
    before any is written; a name that matches nothing removes nothing.
    Exit codes: 0 ok; 2 could not run (a name that matches nothing, no workspace).
cli-remove-arg-documents = Source files (every sheet each gave) or document IDs, as `lakip status` lists them
cli-remove-arg-dry-run = Say what would be removed; write nothing

cli-check-about = Check that every total and percentage follows from the numbers beneath it
cli-check-after-help =
    Examples:
      lakip check                          # the workspace's data/
      lakip check realisasi-2023.xlsx      # files straight, nothing written
      lakip check --format github data/*.xlsx
      lakip check --deny warnings
      lakip check --explain percent

    Exit codes: 0 no errors; 1 errors found (or warnings, with --deny warnings); 2 could not run.
cli-check-arg-files = Spreadsheets to check straight (read in memory; nothing is written). Without files, the workspace's imported data is checked
cli-check-arg-format = Output format
cli-check-arg-deny = Treat a rule code as an error; `--deny warnings` makes any warning fail the check
cli-check-arg-allow = Do not report a rule code
cli-check-arg-explain = Explain a rule code (or list them all with `--explain all`) and exit
cli-check-arg-sheet = With FILE: read only this sheet
cli-check-arg-kind = With FILE: the document kind, instead of detecting it
cli-check-arg-allow-unrecognised = With FILE: check the recognised rows even when some rows with numbers fit no class

cli-audit-about = Check the figures inside an existing report's text (.docx, .md, .txt, .pdf), claim by claim
cli-audit-after-help =
    Examples:
      lakip audit LKj-2023.docx
      lakip audit LKj-2023.txt --verbose          # also the claims skipped, and why
      lakip -w kota-serang-2023 audit LKj-2023.docx   # also against the workspace's figures
      lakip audit --format github LKj-2023.md
      lakip audit --explain sisa

    Reads .docx, .md, .txt, and .pdf when pdftotext (poppler-utils) is installed.
    Exit codes: 0 nothing wrong; 1 a claim does not hold; 2 the report could not be read.
cli-audit-arg-report = The report: .docx, .md, .txt or .pdf
cli-audit-arg-format = Output format
cli-audit-arg-verbose = Also list the claims read but not judged, and why
cli-audit-arg-allow = Do not report a rule code
cli-audit-arg-explain = Explain a rule code (or list them all with `--explain all`) and exit

cli-realisasi-about = Realisasi anggaran per program and kegiatan: pagu, realisasi, serapan, sisa
cli-realisasi-after-help =
    Examples:
      lakip realisasi
      lakip realisasi --format json
      lakip realisasi --format xlsx -o realisasi-2023.xlsx
      lakip realisasi tabel-3.1.xlsx --format csv
      lakip realisasi --depth akun glp039-juli.xlsx
      lakip realisasi --sumber sakti

    Totals are computed from the items, never copied from a stated figure; `lakip check` compares the two.
    Exit codes: 0 ok; 2 could not run.
cli-realisasi-arg-files = Spreadsheets to report on straight (read in memory; nothing is written). Without files, the workspace's imported data is used
cli-realisasi-arg-format = Output format (default: the -o file's extension, else text). The -o file's extension must agree with it
cli-realisasi-arg-output = Write to this file instead of stdout (required for xlsx; `-` is stdout)
cli-realisasi-arg-depth = The deepest level shown: program, kegiatan, kro, ro, komponen, subkomponen or akun; in a Renja evaluation urusan, bidang_urusan, program or kegiatan. By default a program and what is directly under it, down to the RO in a SAKTI report and to the kegiatan in a Renja evaluation
cli-realisasi-arg-sumber = The source of the figures when the workspace holds two (a SAKTI report and a hand-made table): a kind of realisation document. Default: `sumber` under [realisasi] in lakip.toml

cli-capaian-about = Capaian kinerja per sasaran and indikator: target, realisasi, capaian, predikat
cli-capaian-after-help =
    Examples:
      lakip capaian
      lakip capaian --format json
      lakip capaian --format xlsx -o capaian-2023.xlsx

    Capaian follows [capaian] in lakip.toml: batas_atas (a cap), polaritas (lower is better, or must equal), predikat (the scale).
    Exit codes: 0 ok; 2 could not run.
cli-capaian-arg-files = Spreadsheets to report on straight (read in memory; nothing is written). Without files, the workspace's imported data is used
cli-capaian-arg-format = Output format (default: the -o file's extension, else text). The -o file's extension must agree with it
cli-capaian-arg-output = Write to this file instead of stdout (required for xlsx; `-` is stdout)

cli-render-about = One chapter of the Laporan Kinerja, in Markdown or HTML
cli-render-after-help =
    Examples:
      lakip render bab3
      lakip render bab3 --format html -o bab3.html
      lakip render all --format md -o lkj.md
      lakip render bab3 --format docx -o bab3.docx

    Templates: the embedded ones, or the workspace's own templates/NAME (bab3.md, bab3.html, base.html…).
    Narrative: narasi/kata-pengantar.md, narasi/bab1.md, narasi/bab4.md, narasi/bab3/sasaran-N.md; a missing one shows a placeholder.
    Exit codes: 0 ok; 2 could not run (a template error names the template and line).
cli-render-arg-chapter = The chapter: sampul, pengantar, ikhtisar, bab1, bab2, bab3, bab4, lampiran, or all
cli-render-arg-format = Output format (default: from the -o file's extension, else md). The -o file's extension must agree with it; docx needs -o
cli-render-arg-output = Write to this file instead of stdout

cli-build-about = Check, then write every chapter of the Laporan Kinerja (Markdown and HTML) to build/
cli-build-after-help =
    Examples:
      lakip build
      lakip build -o public/lkj-2023
      lakip build --format docx         # build/LKj-<satker>-<tahun>.docx
      lakip build --format pdf          # and its PDF, made by LibreOffice
      lakip build --allow-errors        # a draft while the data still has errors

    Without --format: sampul, pengantar, ikhtisar, bab1…bab4, lampiran and lkj (all chapters) as .md and .html, the charts (grafik-*.svg) and the logo the Markdown links to, and index.html.
    Exit codes: 0 written; 1 not written: `lakip check` finds errors, or the report is incomplete (nothing imported, a chapter's documents missing, no signatory or date in lakip.toml; see --allow-errors); 2 could not run (--format pdf without LibreOffice).
cli-build-arg-output = The directory to write to (default: build/ in the workspace)
cli-build-arg-format = What to write (default: the chapters in Markdown and HTML)
cli-build-arg-allow-errors = Write the report even when `lakip check` finds errors or the report is incomplete: every page is then marked DRAF

# Added with the subcommands and flags of template, completions, man, rollup and the CSV form.
cli-realisasi-arg-csv = The form of a CSV: `excel` for an Indonesian-locale Excel (`;`, decimal comma, UTF-8 with BOM), `standard` for scripts (`,`, decimal point). Implies --format csv when no format is named. Default: `csv` under [ekspor] in lakip.toml, else standard
cli-capaian-arg-csv = The form of a CSV: `excel` for an Indonesian-locale Excel (`;`, decimal comma, UTF-8 with BOM), `standard` for scripts (`,`, decimal point). Implies --format csv when no format is named. Default: `csv` under [ekspor] in lakip.toml, else standard

cli-template-about = Write the blank form of a kind (rkt, anggaran, pk, kinerja, rak, renstra) to fill by hand
cli-template-after-help =
    Examples:
      lakip template rkt -o rkt-2025.xlsx
      lakip template pk -o pk-2025.xlsx
      lakip template kinerja --tanpa-contoh -o bab3.xlsx
      lakip template renstra -o renstra.xlsx

    The kinds: rkt, anggaran, pk, kinerja, rak, renstra (SAKTI and the Renja evaluation are a system's exports: import the export itself).
    Inside a workspace the title block names its satker and tahun (a Renstra its five-year period); elsewhere it holds placeholders.
    Exit codes: 0 written; 2 could not run (a kind without a template, a file that exists, not .xlsx).
cli-template-arg-kind = The kind of document: rkt, anggaran, pk, kinerja, rak or renstra
cli-template-arg-output = The workbook to write (.xlsx). Default: template-KIND.xlsx
cli-template-arg-tanpa-contoh = Leave out the example rows: only the title block and the header
cli-template-arg-force = Overwrite FILE if it exists

cli-completions-about = The completion script for a shell (bash, zsh, fish, powershell), on stdout
cli-completions-after-help =
    Examples:
      lakip completions bash > ~/.local/share/bash-completion/completions/lakip
      lakip completions zsh > ~/.zfunc/_lakip
      lakip completions fish > ~/.config/fish/completions/lakip.fish
      lakip completions powershell >> $PROFILE
cli-completions-arg-shell = The shell: bash, zsh, fish or powershell (also elvish)

cli-man-about = The manual page, on stdout (or one page per subcommand with -o DIR)
cli-man-after-help =
    Examples:
      lakip man | man -l -
      lakip man -o /usr/local/share/man/man1    # lakip.1 and lakip-import.1, lakip-check.1, …
cli-man-arg-output = Write lakip.1 and one page per subcommand (lakip-check.1, …) into this directory, instead of lakip.1 on stdout

cli-rollup-about = Many satker's workspaces in one table: pagu, realisasi, capaian, check status; realisasi consolidated per program and kegiatan; flags; the parent unit's annex
cli-rollup-after-help =
    Examples:
      lakip rollup kpu-banten/               # every workspace under the directory
      lakip rollup rollup.toml --sort serapan --ascending
      lakip rollup kab-* --format json
      lakip rollup kpu-banten/ --format xlsx -o rollup.xlsx
      lakip rollup kpu-banten/ --format docx -o lampiran.docx
      lakip rollup kpu-banten/ --check

    Exit codes: 0 ok; 1 with --check, a unit's data has errors; 2 could not run; 3 a workspace could not be read (the others are reported).
cli-rollup-arg-inputs = Workspaces, directories holding workspaces, or a rollup.toml listing them (paths or globs such as `kab-*/`). A directory with a rollup.toml is read by it
cli-rollup-arg-format = Output format: the tables (text, json, csv, xlsx) or the consolidated annex (md, html, docx)
cli-rollup-arg-output = Write to FILE instead of standard output (required for xlsx and docx)
cli-rollup-arg-sort = Rank the satker by a column: satker, pagu, realisasi, serapan, sisa, indikator, tercapai, capaian, efisiensi, errors, warnings (figures highest first)
cli-rollup-arg-ascending = With --sort: lowest first (names Z to A)
cli-rollup-arg-serapan-min = Flag serapan below this percentage
cli-rollup-arg-tahun = The year every unit should report (default: rollup.toml's, else the most common)
cli-rollup-arg-check = Exit code 1 when any unit's data has check errors
cli-rollup-arg-konsolidasi = With csv or xlsx: the consolidated program and kegiatan lines instead of the satker
cli-rollup-arg-jobs = Reading threads (default: every core)

## The placeholders in the usage and the help (`<FILE>`): `cli-value-NAME`, NAME as the code writes it.
cli-value-FILE = FILE
cli-value-DIR = DIR
cli-value-CODE = CODE
cli-value-COLS = COLS
cli-value-COLUMN = COLUMN
cli-value-FORM = FORM
cli-value-KIND = KIND
cli-value-LANG = LANG
cli-value-LEVEL = LEVEL
cli-value-NAME = NAME
cli-value-PERCENT = PERCENT
cli-value-REPORT = REPORT
cli-value-CHAPTER = CHAPTER
cli-value-SHELL = SHELL
cli-value-FORMAT = FORMAT
