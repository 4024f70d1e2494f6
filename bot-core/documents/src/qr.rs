//! QR codes as vector squares: each row's runs of dark modules become one rectangle, so a
//! code is a few hundred rectangles that print sharp at any size.

use qrcode::{Color as Module, EcLevel, QrCode};

use crate::DocumentError;
use crate::canvas::{BLACK, Item};

/// The modules a code needs around it to be found by scanners (the quiet zone).
pub(crate) const QUIET_ZONE: usize = 4;

/// A QR code for `data` with its top left corner at (`x`, `y`) and `size` points wide
/// (quiet zone excluded: keep `size / modules * 4` free around it).
pub(crate) fn qr_item(data: &str, x: f32, y: f32, size: f32) -> Result<Item, DocumentError> {
    // Level M survives a fold, a scratch or a thumb on a printed poster.
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|error| DocumentError::Qr(error.to_string()))?;
    let width = code.width();
    let module = size / width as f32;
    let colors = code.to_colors();
    let mut rects = Vec::new();
    for row in 0..width {
        let mut column = 0;
        while column < width {
            if colors[row * width + column] == Module::Dark {
                let start = column;
                while column < width && colors[row * width + column] == Module::Dark {
                    column += 1;
                }
                rects.push([
                    x + start as f32 * module,
                    y + row as f32 * module,
                    (column - start) as f32 * module,
                    module,
                ]);
            } else {
                column += 1;
            }
        }
    }
    Ok(Item::Rects {
        rects,
        color: BLACK,
    })
}
