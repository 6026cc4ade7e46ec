//! The catalogue of `lakip audit`'s rules: code, severity, title, explanation
//! (`lakip audit --explain CODE`), kept in step with the README by `tests/audit.rs`.

use crate::check::{Rule, Severity};

pub const PERCENT: Rule = Rule {
    code: "percent",
    severity: Severity::Error,
    title: "a percentage in the text does not follow from the amounts it is a share of",
    explanation: "\"X atau P% dari Y\" states P = X ÷ Y × 100; so does \"anggaran sebesar Y dan \
        realisasi sebesar X atau P%\", and a budget table's row (Pagu, Realisasi, %). The \
        computed share is rounded half-up to the decimals the writer used (98,84% to two, 99% to \
        none) and compared within [check] toleransi_persen (default 0,01 percentage point); \
        after `sekitar` or `kurang lebih` within one unit of the last digit written. A bound \
        (`lebih dari 90%`, `hampir 100%`) is no figure and is not checked.",
};

pub const SISA: Rule = Rule {
    code: "sisa",
    severity: Severity::Error,
    title: "a sisa or selisih in the text does not equal pagu − realisasi",
    explanation: "A sentence that states a pagu, a realisasi and a sisa (or selisih, or the \
        amount not absorbed) of the same thing states sisa = pagu − realisasi, exactly (within \
        the rounding of an amount written as `Rp 88,9 juta`). A sentence with more than one pagu \
        or realisasi the sisa could belong to is skipped.",
};

pub const CHANGE: Rule = Rule {
    code: "change",
    severity: Severity::Error,
    title: "a rise or fall in the text does not follow from the two figures it compares",
    explanation: "\"B, naik sebesar D dibandingkan tahun lalu sebesar A\" and \"naik dari A \
        menjadi B\" state D = B − A (a percentage of two amounts: (B − A) ÷ A × 100; of two \
        percentages: the points between them or the relative change, either passes) and that \
        B is above A (`naik`, `meningkat`) or below it (`turun`, `menurun`).",
};

pub const SUM: Rule = Rule {
    code: "sum",
    severity: Severity::Error,
    title: "amounts listed in the text do not add up to the total it states",
    explanation: "\"…Rp a, Rp b dan Rp c, sehingga jumlahnya Rp T\" and \"anggaran sebesar Rp T \
        untuk 2 (dua) program: 1. … sebesar Rp a, 2. … sebesar Rp b\" state a + b (+ c) = T. The \
        parts are the amounts of the list (when the sentence says how many there are, that many); \
        a list that mixes pagu and realisasi is skipped.",
};

pub const WORDS: Rule = Rule {
    code: "words",
    severity: Severity::Error,
    title: "a number in words differs from the number in digits beside it",
    explanation: "`Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)`, `13 (tiga \
        belas) indikator`, `98,84% (sembilan puluh delapan koma delapan empat persen)`: the words \
        in brackets are read back into a number and compared with the digits, exactly. Words in \
        brackets that do not read as one number are skipped (--verbose says so).",
};

pub const CAPAIAN: Rule = Rule {
    code: "capaian",
    severity: Severity::Error,
    title: "a capaian in the text or a table does not follow from its target and realisasi",
    explanation: "A sentence or a table row that states a target, a realisasi and a capaian \
        states capaian = realisasi ÷ target × 100 (higher is better; a table's Polaritas column \
        `Turun` makes it (2 × target − realisasi) ÷ target × 100). The computed value is \
        rounded half-up to the decimals written; a capaian capped at 100, 110 or 120 passes, as \
        does the uncapped one. A sentence about an indikator that may be lower-is-better \
        (`paling lambat`, `maksimal`, `pelanggaran`) is skipped; a workspace's [capaian] \
        settings are not guessed at.",
};

pub const SAME_FIGURE: Rule = Rule {
    code: "same-figure",
    severity: Severity::Error,
    title: "one figure is stated differently in two places",
    explanation:
        "The pagu, realisasi or sisa of one program or kegiatan (matched by name with the \
        similarity rules of `check`: case, punctuation, typing slips forgiven) or of the whole \
        DIPA is stated once and then again, in the Ikhtisar and BAB III, in a sentence and in \
        Tabel 3.1. The later statement is reported, naming the earlier. A figure said to be \
        before or after a revision (`awal`, `revisi`, `perubahan`, `semula`, `menjadi`) or of \
        another year is not compared.",
};

pub const COUNT: Rule = Rule {
    code: "count",
    severity: Severity::Error,
    title: "a count in the text differs from what the table it refers to lists",
    explanation: "\"8 (delapan) sasaran strategis dan 8 (delapan) indikator kinerja … pada tabel \
        2.1\" is compared with the table: its indikator (rows with a target) and its sasaran \
        (numbered rows, or distinct texts in a Sasaran column). The table is the one the sentence \
        names (`tabel 2.1`, by its caption), or the next one after `berikut` or `di bawah ini`.",
};

pub const LIST: Rule = Rule {
    code: "list",
    severity: Severity::Error,
    title: "a count in the text differs from the list that follows it",
    explanation:
        "\"terdapat 2 (dua) program, yaitu Program A dan Program B\", \"4 (empat) kegiatan \
        sebagai berikut:\" and the numbered paragraphs under it (`1.`, `a.`, `(1)`): the count is \
        the number of items. Items are counted when they can be told apart with confidence: \
        numbered, split by `;`, or split by `,` and a last `dan`/`serta` where no item holds a \
        `dan` of its own (or every item starts with the counted noun: `Program A dan Program \
        B`). A list said to name some (`antara lain`, `seperti`, `di antaranya`) is skipped; a \
        count whose words disagree with its digits (`3 (empat)`) is `words`'s finding.",
};

pub const WORKSPACE: Rule = Rule {
    code: "workspace",
    severity: Severity::Error,
    title: "a figure in the text differs from the workspace's",
    explanation: "With `-w DIR`, each pagu, realisasi, serapan or sisa the text states for a \
        program or kegiatan the workspace holds (matched by name with the similarity rules of \
        `check`), and each capaian it states for an indikator, is compared with what the \
        workspace computes from its items (`lakip realisasi`, `lakip capaian`). Amounts \
        exactly, or within the rounding the writer used (`Rp 19,95 miliar`).",
};

pub const ACHIEVEMENT: Rule = Rule {
    code: "achievement",
    severity: Severity::Error,
    title: "a statement about achievement contradicts the capaian table",
    explanation: "\"Seluruh sasaran telah tercapai\" (or `semua target … terpenuhi`, \
        `diwujudkan`) while a row of the capaian table has a realisasi below its target (or a \
        capaian under 100%). The table is the report's own (a table with Target and Realisasi \
        columns) or, with -w, the workspace's kinerja table; the first row that was not achieved \
        is named. A clause about one named indikator or sasaran is held to the one row its name \
        matches (the similarity rules of `check`): `melampaui target` needs a capaian above 100%, \
        `belum tercapai`, `tidak mencapai target`, `di bawah target` one below 100%, `tercapai`, \
        `mencapai target` 100% or more. The capaian is computed by the row's polaritas (a \
        Polaritas column, `Turun`: (2T − R) ÷ T × 100; a target `≤ 5`), the stated capaian is a \
        second reading, and only a claim that contradicts every reading is reported; a name that \
        matches no row or several, a hope (`diharapkan`, `agar`), or an indikator that may be \
        lower-is-better in a table without Polaritas is skipped.",
};

pub const SIGNING_DATE: Rule = Rule {
    code: "signing-date",
    severity: Severity::Error,
    title: "the report is signed before its year ended, or a PK outside January",
    explanation: "The date line of a signature (`Serang, 31 Januari 2024`, `Januari 2024`) must \
        fall after the reporting year has ended for the LKj, and in January of the year for a \
        Perjanjian Kinerja attached to it (a PK `perubahan` is not held to it). The year is the \
        title's (`LAPORAN KINERJA … 2023`), or the workspace's with -w.",
};

pub const YEAR: Rule = Rule {
    code: "year",
    severity: Severity::Error,
    title: "the text names another year for the report than its own",
    explanation: "\"Laporan Kinerja … Tahun N\", \"LAKIP … Tahun N\", \"Perjanjian Kinerja \
        (PK) Tahun N\" name the report's year; each must be the title's (and the workspace's, \
        with -w). A year said to be another's (`tahun sebelumnya`, `yang akan datang`) is not.",
};

pub const SATKER: Rule = Rule {
    code: "satker",
    severity: Severity::Error,
    title: "the text names another satker as the report's own",
    explanation: "\"tugas pokok dan fungsi KPU Kabupaten Lebak\" in the report of KPU Kota \
        Serang: a paragraph copied from another satker's report. The report's satker is the \
        title's (or the workspace's, with -w); it is compared where the text names the satker \
        whose tugas, fungsi or report it is, never where another satker is merely mentioned.",
};

pub const SIGNATORY: Rule = Rule {
    code: "signatory",
    severity: Severity::Warning,
    title: "the report's signature blocks name different signatories",
    explanation: "The LKj is signed under its Kata Pengantar and its Penutup by one person; with \
        -w also the one `[penandatangan] nama` in lakip.toml names. A change of office during \
        the year is real: the report should then sign with the official in office when it is \
        signed.",
};

/// The catalogue, in the order the README lists it.
pub const RULES: [Rule; 15] = [
    PERCENT,
    SISA,
    CHANGE,
    SUM,
    WORDS,
    CAPAIAN,
    SAME_FIGURE,
    COUNT,
    LIST,
    WORKSPACE,
    ACHIEVEMENT,
    SIGNING_DATE,
    YEAR,
    SATKER,
    SIGNATORY,
];

pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// A rule as `lakip audit --explain` prints it, in the current language: code, default severity,
/// title, explanation (`audit-rule-CODE-title`, `audit-rule-CODE-explanation`; the English of
/// [`Rule::title`] and [`Rule::explanation`] is the README's catalogue).
pub fn explained(rule: &Rule) -> String {
    let text = |part: &str| crate::i18n::tr(&format!("audit-rule-{}-{part}", rule.code), &[]);
    let severity = crate::t!("rule-default-severity", severity = rule.severity.label());
    format!(
        "{} ({severity}): {}\n\n{}\n\n",
        rule.code,
        text("title"),
        text("explanation")
    )
}
