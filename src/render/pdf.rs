//! The PDF of the Word document, made by LibreOffice in headless mode.
//!
//! LibreOffice does not update a Word document's fields when it opens one, so a plain
//! `--convert-to pdf` would print the lists of contents, tables and figures empty. The
//! conversion is therefore a LibreOffice Basic macro, written into a LibreOffice profile of
//! lakip's own (a temporary one, so a LibreOffice the user has open neither takes the job nor
//! refuses it): open the document, update every index twice (the second time with the pages
//! the first one's lists take), export the PDF.

use crate::error::input_error;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long LibreOffice may take before it is given up on.
const TIME_LIMIT: Duration = Duration::from_secs(300);

/// The LibreOffice program on PATH: `soffice`, or `libreoffice` as some systems name it.
pub fn office() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["soffice", "libreoffice"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// The error when no LibreOffice is on PATH.
pub fn missing() -> anyhow::Error {
    input_error(crate::t!("pdf-no-office"))
}

/// The macro: `ToPdf(document URL, PDF URL)`.
const MACRO: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ToPdf(inUrl As String, outUrl As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
  indexes = doc.getDocumentIndexes()
  For pass = 1 To 2
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next
  Next
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "writer_pdf_Export"
  doc.storeToURL(outUrl, store())
  doc.close(True)
End Sub
</script:module>
"#;

/// Converts `docx` to a PDF beside it (same name, `.pdf`): its path, and a warning when the
/// lists could not be filled in.
pub fn convert(docx: &Path) -> anyhow::Result<(PathBuf, Option<String>)> {
    let Some(office) = office() else {
        return Err(missing());
    };
    let docx = docx
        .canonicalize()
        .map_err(|e| input_error(format!("{}: {e}", docx.display())))?;
    let pdf = docx.with_extension("pdf");
    // A PDF of an earlier build is not taken for this one's.
    let _ = std::fs::remove_file(&pdf);
    let profile = Profile::new()?;
    let with_lists = profile.install_macro(&office).is_ok()
        && run(
            Command::new(&office)
                .arg(profile.argument())
                .args(["--headless", "--norestore"])
                .arg(format!(
                    "macro:///Standard.Module1.ToPdf(\"{}\",\"{}\")",
                    file_url(&docx),
                    file_url(&pdf)
                )),
            &office,
        )
        .is_ok()
        && pdf.is_file();
    if with_lists {
        return Ok((pdf, None));
    }
    // Without the macro, LibreOffice's own conversion: the pages as they are, lists unfilled.
    let dir = docx.parent().unwrap_or(Path::new("."));
    run(
        Command::new(&office)
            .arg(profile.argument())
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir)
            .arg(&docx),
        &office,
    )?;
    if !pdf.is_file() {
        return Err(input_error(crate::t!(
            "pdf-not-made",
            path = docx.display().to_string()
        )));
    }
    Ok((pdf, Some(crate::t!("pdf-lists-unfilled"))))
}

/// A LibreOffice profile of lakip's own, removed when done.
struct Profile {
    dir: PathBuf,
}

impl Profile {
    fn new() -> anyhow::Result<Profile> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir =
            std::env::temp_dir().join(format!("lakip-soffice-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|e| input_error(format!("{}: cannot create: {e}", dir.display())))?;
        Ok(Profile { dir })
    }

    fn argument(&self) -> String {
        format!("-env:UserInstallation={}", file_url(&self.dir))
    }

    /// LibreOffice makes the profile on its first start (over anything already there); the
    /// macro goes into the Basic library it made.
    fn install_macro(&self, office: &Path) -> anyhow::Result<()> {
        run(
            Command::new(office).arg(self.argument()).args([
                "--headless",
                "--norestore",
                "--terminate_after_init",
            ]),
            office,
        )?;
        let module = self.dir.join("user/basic/Standard/Module1.xba");
        if !module.is_file() {
            anyhow::bail!("no Basic library in the profile");
        }
        std::fs::write(&module, MACRO)?;
        Ok(())
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs LibreOffice to its end, or gives up after [`TIME_LIMIT`].
fn run(command: &mut Command, office: &Path) -> anyhow::Result<()> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            input_error(crate::t!(
                "pdf-cannot-run",
                path = office.display().to_string(),
                reason = e.to_string()
            ))
        })?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            if status.success() {
                return Ok(());
            }
            return Err(input_error(crate::t!(
                "pdf-office-stopped",
                path = office.display().to_string(),
                status = status.to_string()
            )));
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(input_error(crate::t!(
                "pdf-office-timeout",
                path = office.display().to_string(),
                seconds = TIME_LIMIT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `file:///…` for a path, every byte but the unreserved ones and `/` percent-encoded (a
/// space, a quote that would end the macro's string, a non-ASCII letter).
fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_escape_what_would_break_the_macro() {
        assert_eq!(
            file_url(Path::new("/tmp/LKj \"Kota\" Serang/ä.docx")),
            "file:///tmp/LKj%20%22Kota%22%20Serang/%C3%A4.docx"
        );
    }
}
