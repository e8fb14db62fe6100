//! Escaping, in one place, of text that comes from the files charte reads (charter text, file names, reference
//! names) before it reaches a terminal, a Markdown or CSV report, an HTML comment or a URI. A charter is data: it
//! must not be able to clear the screen, print a fake « 0 erreur », add a link, run a spreadsheet formula or close
//! a comment charte writes. Decisions are in `docs/decisions.md`.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::borrow::Cow;

/// Characters a terminal may act on instead of showing: C0 controls except tab and newline (ESC starts colour,
/// cursor, title and OSC 8 link sequences; CR rewrites the line), DEL, the C1 controls (U+009B is a one-character
/// CSI), and the bidirectional overrides, embeddings, isolates and marks that reorder what is shown (« Trojan
/// Source », CVE-2021-42574).
pub(crate) fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn visible(c: char, out: &mut String) {
    out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
}

/// Text for a terminal (human, table, github outputs, messages on standard error): every unsafe character is
/// written visibly as `\u{1b}`, `\u{9b}`, `\u{202e}`…; everything else is unchanged.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            visible(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A source text made safe for a terminal, with the way back from offsets in the original text to offsets in the
/// safe one (each escaped character is longer than itself), so labelled spans still point at the right words.
#[derive(Debug, Clone)]
pub(crate) struct TerminalText<'a> {
    /// The text with unsafe characters written visibly: the source itself, not a copy, when it has none.
    text: Cow<'a, str>,
    /// (offset in the original just after an escaped character, bytes added so far), in order.
    shifts: Vec<(usize, usize)>,
}

impl<'a> TerminalText<'a> {
    /// Escapes `source`; a CR right before a newline is kept (a Windows line end, which renderers handle).
    pub(crate) fn new(source: &'a str) -> TerminalText<'a> {
        let bytes = source.as_bytes();
        let escaped = |(i, c): (usize, char)| {
            is_unsafe(c) && !(c == '\r' && bytes.get(i + 1) == Some(&b'\n'))
        };
        if !source.char_indices().any(escaped) {
            return TerminalText {
                text: Cow::Borrowed(source),
                shifts: Vec::new(),
            };
        }
        let mut text = String::with_capacity(source.len());
        let mut shifts = Vec::new();
        let mut added = 0;
        for (i, c) in source.char_indices() {
            if escaped((i, c)) {
                let before = text.len();
                visible(c, &mut text);
                added += text.len() - before - c.len_utf8();
                shifts.push((i + c.len_utf8(), added));
            } else {
                text.push(c);
            }
        }
        TerminalText {
            text: Cow::Owned(text),
            shifts,
        }
    }

    /// The text with unsafe characters written visibly.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The offset in [`TerminalText::text`] of an offset of the original text.
    pub(crate) fn offset(&self, original: usize) -> usize {
        let i = self.shifts.partition_point(|(at, _)| *at <= original);
        original + if i == 0 { 0 } else { self.shifts[i - 1].1 }
    }
}

/// Inline Markdown text (a table cell, a list item): Markdown punctuation is backslash-escaped so data cannot open
/// raw HTML, a link or image (`[x](javascript:…)`, `<javascript:…>`: without `[` and `<` there is no link target),
/// an entity, emphasis, math, a code span or a table column; a
/// line break becomes a space so data cannot start a new block; unsafe characters are written visibly.
pub(crate) fn markdown_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in terminal(s).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A Markdown code span holding `s` exactly (a file name, an identifier): the fence is one backtick longer than the
/// longest run of backticks inside, so a backtick in a file name cannot end the span; `|` is escaped so the span
/// also stays inside a table cell.
pub(crate) fn markdown_code(s: &str) -> String {
    let inner = terminal(s).replace(['\n', '\r'], " ").replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in inner.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // A space on each side when the content touches a backtick (CommonMark strips one space on each side).
    let pad = if inner.starts_with('`') || inner.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{inner}{pad}{fence}")
}

/// True for a cell a spreadsheet should read as a number: an optional sign, digits, an optional decimal part with
/// `.` or `,` (`12`, `-3`, `0.25`, `-0,5`). Such cells stay numbers even when they start with `-` or `+`.
pub(crate) fn is_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = match body.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

/// One CSV field (RFC 4180 quoting). A text that is not a number and starts with a character a spreadsheet reads as
/// a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, which Calc and Excel show as text (OWASP, « CSV
/// Injection »).
#[cfg(test)]
fn csv_field(s: &str) -> String {
    csv_field_with(s, ',')
}

/// [`csv_field`] for a file whose fields are separated by `sep` (`;` for a French spreadsheet): only a field
/// holding `sep`, a quote or a line break is quoted, so `0,93` between semicolons stays a bare number that Calc reads
/// as one.
pub(crate) fn csv_field_with(s: &str, sep: char) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    };
    if neutral.contains([sep, '"', '\n', '\r']) || (sep == ',' && neutral.contains(';')) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral.into_owned()
    }
}

/// Text for an HTML element or a quoted attribute: `&`, `<`, `>`, `"` and `'` become entities, unsafe characters
/// are written visibly, so data can open no tag, close no attribute and start no entity.
pub(crate) fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in terminal(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text inside an HTML comment `<!-- … -->` that charte writes: every `--` is broken (`- -`), so data can neither
/// close the comment (`-->`, `--!>`) nor make it invalid.
pub(crate) fn html_comment(s: &str) -> String {
    let mut out = s.replace("--", "- -");
    while out.contains("--") {
        out = out.replace("--", "- -");
    }
    out
}

/// What a relative URI may hold unencoded besides letters and digits: unreserved characters and the path separator.
const URI_PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A path as a URI reference (SARIF `artifactLocation.uri`): spaces, `#`, `?`, `%`, non-ASCII letters and control
/// characters are percent-encoded (RFC 3986); Windows separators become `/`.
pub(crate) fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    utf8_percent_encode(&path, URI_PATH).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_text_opens_no_tag_and_closes_no_attribute() {
        assert_eq!(
            html_text("<script>a & \"b\" 'c'</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;"
        );
        assert_eq!(html_text("« données » en France"), "« données » en France");
    }

    #[test]
    fn terminal_shows_escapes_c1_and_bidi() {
        assert_eq!(
            terminal("a\u{1b}[2Jb\u{9b}c\u{202e}d\te\nf"),
            "a\\u{1b}[2Jb\\u{9b}c\\u{202e}d\te\nf"
        );
        assert!(matches!(terminal("déjà vu"), Cow::Borrowed(_)));
    }

    #[test]
    fn terminal_text_keeps_spans_on_their_words() {
        let src = "x\u{1b}[31m rouge \u{202e}mot\r\nfin\rici";
        let t = TerminalText::new(src);
        let at = |w: &str| (src.find(w).expect("word"), t.text.find(w).expect("word"));
        for w in ["[31m", "rouge", "mot", "fin", "ici"] {
            let (orig, safe) = at(w);
            assert_eq!(t.offset(orig), safe, "{w}");
        }
        assert!(t.text.contains("mot\r\nfin\\u{d}ici"));
    }

    #[test]
    fn markdown_neutralises_html_links_and_code_spans() {
        assert_eq!(
            markdown_text("<img src=x onerror=alert(1)> [clic](javascript:alert(1))"),
            "\\<img src=x onerror=alert(1)\\> \\[clic\\](javascript:alert(1))"
        );
        assert_eq!(markdown_text("a\n# titre"), "a \\# titre");
        assert_eq!(markdown_code("a`b.md"), "``a`b.md``");
        assert_eq!(markdown_code("`x"), "`` `x ``");
    }

    #[test]
    fn csv_neutralises_formulas_and_keeps_numbers() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+33 1 23"), "'+33 1 23");
        assert_eq!(csv_field("-1+2"), "'-1+2");
        assert_eq!(csv_field("-12"), "-12");
        assert_eq!(csv_field("-0.25"), "-0.25");
        assert_eq!(csv_field("3"), "3");
        assert!(!is_number("-") && !is_number("1.") && !is_number("1e5"));
    }

    #[test]
    fn comments_cannot_be_closed_and_uris_are_encoded() {
        let c = html_comment("réf --> <script>x</script> <!-- ---!>");
        assert!(!c.contains("--"), "{c}");
        assert_eq!(
            uri("mes chartes/été#1?.md"),
            "mes%20chartes/%C3%A9t%C3%A9%231%3F.md"
        );
        assert_eq!(uri("examples/commune.md"), "examples/commune.md");
    }
}
