//! Bytes → text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by its zero bytes: what Word's
//! « Texte Unicode » and Windows Notepad write), and line ends made uniform (a lone CR, the old Mac line end,
//! becomes LF; it is one byte for one byte, so offsets do not move).

use super::ProblemKind;

/// Decodes a file's bytes, or says why they are not text.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, ProblemKind> {
    let mut text = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)?
    } else if let Some(little) = utf16_without_bom(bytes) {
        let text = if little {
            utf16(bytes, u16::from_le_bytes)
        } else {
            utf16(bytes, u16::from_be_bytes)
        };
        // Zero bytes that do not decode to plain text are a binary file, not UTF-16.
        match text {
            Ok(t) if !t.chars().any(|c| c.is_control() && !c.is_whitespace()) => t,
            _ => return Err(ProblemKind::Binary),
        }
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.contains(&0) {
            return Err(ProblemKind::Binary);
        }
        std::str::from_utf8(bytes)
            .map_err(|e| ProblemKind::InvalidUtf8 {
                at: e.valid_up_to(),
            })?
            .to_owned()
    };
    normalize_line_ends(&mut text);
    Ok(text)
}

/// `Some(true)` for little-endian UTF-16 text without BOM, `Some(false)` for big-endian: an even length, and the
/// high byte of most code units zero (Latin text) on one side only.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Latin text: nearly every unit has one zero byte, always the same one.
    let mostly = |n: usize| n * 10 >= units * 6;
    let rarely = |n: usize| n * 20 <= units;
    if mostly(odd) && rarely(even) {
        Some(true)
    } else if mostly(even) && rarely(odd) {
        Some(false)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ProblemKind> {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut out = String::with_capacity(bytes.len());
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) => return Err(ProblemKind::InvalidUtf16 { at: i * 2 }),
        }
    }
    if !bytes.len().is_multiple_of(2) {
        return Err(ProblemKind::InvalidUtf16 {
            at: bytes.len() - 1,
        });
    }
    Ok(out)
}

/// A CR not followed by LF becomes LF (same length); CRLF stays as it is.
fn normalize_line_ends(text: &mut String) {
    if !text.contains('\r') {
        return;
    }
    let bytes = std::mem::take(text).into_bytes();
    let mut out = bytes.clone();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            out[i] = b'\n';
        }
    }
    // Only ASCII bytes were swapped for ASCII bytes: still UTF-8.
    *text = String::from_utf8(out).unwrap_or_default();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "# Charte IA\n\nLes agents vérifient les contenus.\n";
        assert_eq!(decode(&utf16le(text, true)).as_deref(), Ok(text));
        assert_eq!(decode(&utf16le(text, false)).as_deref(), Ok(text));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).as_deref(), Ok(text));
        let mut broken = utf16le(text, true);
        broken.extend([0x00, 0xD8, 0x41, 0x00]);
        assert!(matches!(
            decode(&broken),
            Err(ProblemKind::InvalidUtf16 { .. })
        ));
    }

    #[test]
    fn binary_stays_binary_and_line_ends_are_uniform() {
        assert_eq!(
            decode(&[0, 159, 146, 150, 0, 1, 2]),
            Err(ProblemKind::Binary)
        );
        assert_eq!(
            decode(b"\x00\x01\x00\x02\x00\x03\x00\x04"),
            Err(ProblemKind::Binary)
        );
        assert_eq!(decode(b"a\rb\r\nc\r").as_deref(), Ok("a\nb\r\nc\n"));
    }
}
