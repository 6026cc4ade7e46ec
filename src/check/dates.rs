//! The signature date against the document's year.

use super::{Diagnostic, Settings, SIGNATURE_DATE};
use crate::kinds::SignedWhen;
use crate::model::{Document, Field};

pub fn check(doc: &Document, settings: &Settings, out: &mut Vec<Diagnostic>) {
    let Some(sig) = doc.signatures.iter().find(|s| s.date.is_some()) else {
        return;
    };
    let (Some(date), Some(location)) = (&sig.date, &sig.location) else {
        return;
    };
    let Some(signed) = year_in(date) else { return };
    // The document's own title says its year best; the workspace's year stands in for it.
    let Some(tahun) = doc.title.iter().find_map(|t| year_in(t)).or(settings.tahun) else {
        return;
    };
    let interim = doc.title.iter().any(|t| {
        let t = t.to_lowercase();
        [
            "semester",
            "triwulan",
            "bulan",
            "s.d.",
            "s/d",
            "sampai dengan",
            "periode",
        ]
        .iter()
        .any(|w| t.contains(w))
    });
    let realisation = doc.fields.contains(&Field::Realisasi);
    let spec = doc.kind.spec();
    let problem = match spec.signed {
        Some(SignedWhen::NotAfterYear) if signed > tahun => Some(crate::t!(
            "finding-signed-after-year",
            kind = spec.label,
            tahun = tahun.to_string(),
            signed = signed.to_string()
        )),
        Some(SignedWhen::AfterYear) if realisation && !interim && signed <= tahun => {
            Some(crate::t!(
                "finding-signed-before-year-end",
                tahun = tahun.to_string(),
                date = date.as_str()
            ))
        }
        _ => None,
    };
    if let Some(message) = problem {
        out.push(
            Diagnostic::new(&SIGNATURE_DATE, location.clone(), message)
                .hint(crate::t!("hint-signature-date")),
        );
    }
}

/// The first four-digit year (19xx or 20xx) in a text.
fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
        .and_then(|d| d.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_dates_and_titles() {
        assert_eq!(year_in("24 Januari 2023"), Some(2023));
        assert_eq!(year_in("TAHUN ANGGARAN 2023"), Some(2023));
        assert_eq!(year_in("NIP 19760229"), None);
    }
}
