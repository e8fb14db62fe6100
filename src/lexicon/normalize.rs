//! Text normalisation that keeps spans: lowercase, no accents, one kind of apostrophe, quote and space, hyphens
//! as spaces — with a map from every normalised byte back to the original byte.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Normalised text and the way back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text (ASCII for French input).
    pub text: String,
    /// `map[i]` = byte offset in the original of normalised byte `i`; `map[text.len()]` = original length.
    /// Offsets are `u32` (files are at most [`crate::parse::MAX_FILE_BYTES`]): the map is the largest structure
    /// the analysis keeps, four bytes per byte of clause text instead of eight.
    map: Vec<u32>,
}

impl Normalized {
    /// Original byte range of a normalised range.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.at(start.min(self.map.len() - 1));
        // End: the original offset just after the last normalised byte's source char.
        let e = if end == 0 {
            s
        } else {
            self.next_original(end - 1)
        };
        (s, e.max(s))
    }

    /// Original offset just after the char that produced normalised byte `i`.
    fn next_original(&self, i: usize) -> usize {
        let o = self.map[i];
        let mut j = i + 1;
        while j < self.map.len() - 1 && self.map[j] == o {
            j += 1;
        }
        if j >= self.map.len() - 1 {
            return self.map.last().map_or(0, |&o| o as usize);
        }
        self.map[j] as usize
    }

    /// Original offset of normalised byte `i`.
    fn at(&self, i: usize) -> usize {
        self.map[i] as usize
    }

    /// Normalised offset of an original offset (first normalised byte at or after it).
    #[expect(
        clippy::wrong_self_convention,
        reason = "named for what it converts from, the inverse of `at`"
    )]
    pub fn from_original(&self, original: usize) -> usize {
        self.map[..self.map.len() - 1].partition_point(|&o| (o as usize) < original)
    }
}

/// How one character is normalised.
fn fold(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}' => out.push('\''),
        '«' | '»' | '“' | '”' | '„' | '‹' | '›' => out.push('"'),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}'
        | '\u{200A}' => out.push(' '),
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
            out.push(' ');
        }
        '*' | '_' | '|' | '#' | '>' | '\t' | '\r' | '\n' | '\u{200B}' | '\u{FEFF}' => out.push(' '),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        '…' => out.push_str("..."),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Compatibility decomposition: the ligatures of a PDF export (« notiﬁée », « conﬁdentiel ») read as their
        // letters, and « CO₂ » as « co2 ».
        c => {
            for d in c.nfkd().filter(|d| !is_combining_mark(*d)) {
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
}

/// Normalises a text, keeping the offset map. Runs of spaces collapse into one.
pub(crate) fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut map = Vec::with_capacity(input.len() + 1);
    let mut buf = String::new();
    for (offset, c) in input.char_indices() {
        buf.clear();
        fold(c, &mut buf);
        for ch in buf.chars() {
            if ch == ' ' && (text.is_empty() || text.ends_with(' ')) {
                continue;
            }
            text.push(ch);
            for _ in 0..ch.len_utf8() {
                map.push(offset32(offset));
            }
        }
    }
    map.push(offset32(input.len()));
    Normalized { text, map }
}

/// An offset as stored in the map. Texts past 4 GiB never reach here (files are capped at 32 MiB); were one to,
/// its offsets would saturate rather than wrap.
fn offset32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Normalises a lexicon term the same way as text (no map needed).
pub(crate) fn normalize_term(term: &str) -> String {
    normalize(term).text.trim().to_owned()
}

/// A word character for boundary checks.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_ligatures_read_as_their_letters() {
        let n = normalize("notiﬁée, ﬂux conﬁdentiel, CO₂");
        assert_eq!(n.text, "notifiee, flux confidentiel, co2");
        // The span of « ﬁ » maps back to the ligature's three bytes.
        assert_eq!(n.original(4, 6), (4, 7));
    }

    #[test]
    fn folds_french_typography_and_maps_back() {
        let src = "L’Analyse d’impact\u{00A0}: « Œuvre » sous‑traitant";
        let n = normalize(src);
        assert_eq!(n.text, "l'analyse d'impact : \" oeuvre \" sous traitant");
        let i = n.text.find("analyse").unwrap();
        let (s, e) = n.original(i, i + "analyse d'impact".len());
        assert_eq!(&src[s..e], "Analyse d’impact");
        let i = n.text.find("oeuvre").unwrap();
        let (s, e) = n.original(i, i + 6);
        assert_eq!(&src[s..e], "Œuvre");
    }

    #[test]
    fn accents_and_spaces() {
        assert_eq!(
            normalize_term("  Données   personnelles "),
            "donnees personnelles"
        );
        assert_eq!(normalize_term("DÉLÉGUÉ"), "delegue");
    }
}
