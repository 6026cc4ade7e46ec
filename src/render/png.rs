//! The SVG charts (and a workspace's SVG pictures) drawn to PNG with resvg, for the Word
//! document, which shows pictures, not SVG. Drawn at twice their size, so they print sharp.

use super::docx::markdown::Image;
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

/// How many device pixels each pixel of the SVG becomes.
const SCALE: f32 = 2.0;

/// The fonts the chart labels are written in: the document's font when the system has it,
/// else a sans-serif one it has (Liberation Sans is metric-compatible with Arial).
pub struct Fonts {
    db: Option<Arc<usvg::fontdb::Database>>,
    family: String,
}

impl Fonts {
    pub fn system(wanted: &str) -> Fonts {
        let mut db = usvg::fontdb::Database::new();
        db.load_system_fonts();
        let has = |name: &str| {
            db.faces()
                .any(|f| f.families.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)))
        };
        let family = [wanted, "Liberation Sans", "Arial", "DejaVu Sans"]
            .into_iter()
            .find(|f| has(f))
            .map(str::to_string)
            .or_else(|| {
                db.faces()
                    .find_map(|f| f.families.first().map(|(n, _)| n.clone()))
            });
        match family {
            Some(family) => {
                // Every generic family the SVG may ask for resolves to the one chosen.
                db.set_serif_family(&family);
                db.set_sans_serif_family(&family);
                Fonts {
                    db: Some(Arc::new(db)),
                    family,
                }
            }
            None => Fonts {
                db: None,
                family: String::new(),
            },
        }
    }
}

/// The picture of an SVG: PNG bytes, shown at the SVG's own size.
pub fn draw(svg: &str, fonts: &Fonts) -> Result<Image, String> {
    // A chart without its labels would show bars nobody can name: none rather than that.
    let Some(db) = &fonts.db else {
        return Err(
            "no font on this system to write the chart's labels; install one (fonts-dejavu-core \
             or fonts-liberation2)"
                .to_string(),
        );
    };
    let options = usvg::Options {
        font_family: fonts.family.clone(),
        fontdb: db.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("not an SVG: {e}"))?;
    let size = tree.size();
    let width = size.width().ceil() as u32;
    let height = size.height().ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(
        (width as f32 * SCALE).ceil() as u32,
        (height as f32 * SCALE).ceil() as u32,
    )
    .ok_or("an SVG of no size")?;
    // White, not transparent: Word's and LibreOffice's picture borders and a printer's
    // greyscale show a transparent PNG's edges.
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(SCALE, SCALE),
        &mut pixmap.as_mut(),
    );
    let png = pixmap
        .encode_png()
        .map_err(|e| crate::t!("render-cannot-write-png", reason = e.to_string()))?;
    Ok(Image { png, width, height })
}

/// A PNG file's picture, its size from its header (a PNG shown at one pixel per pixel).
pub fn png_image(bytes: Vec<u8>) -> Option<Image> {
    const SIGNATURE: [u8; 8] = [137, 80, 78, 71, 13, 10, 26, 10];
    if bytes.len() < 24 || bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let (width, height) = (be(16), be(20));
    if width == 0 || height == 0 {
        return None;
    }
    Some(Image {
        png: bytes,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_header_gives_its_size() {
        let mut bytes = vec![137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13];
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&300u32.to_be_bytes());
        bytes.extend_from_slice(&120u32.to_be_bytes());
        let image = png_image(bytes).unwrap();
        assert_eq!((image.width, image.height), (300, 120));
        assert!(png_image(b"GIF89a not a png at all".to_vec()).is_none());
    }

    #[test]
    fn an_svg_is_drawn_at_twice_its_size() {
        let fonts = Fonts::system("Arial");
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="20" height="20" fill="#2f6f9f"/></svg>"##;
        match draw(svg, &fonts) {
            Ok(image) => {
                assert_eq!((image.width, image.height), (40, 20));
                // The PNG's own header says 80 × 40 pixels.
                let png = png_image(image.png).unwrap();
                assert_eq!((png.width, png.height), (80, 40));
            }
            // A system without fonts says so rather than draw nameless bars.
            Err(e) => assert!(e.contains("no font"), "{e}"),
        }
    }
}
