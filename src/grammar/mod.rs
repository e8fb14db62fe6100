//! Small nom 7 grammars that read legal references, durations and dates in French administrative text.
//!
//! Every grammar comes in two flavours:
//! - `parse_*` reads exactly one expression at the start of a `&str` and returns the value with the number
//!   of bytes it consumed;
//! - `find_*` scans a whole sentence or clause and returns every match, in order, without overlaps, with
//!   byte offsets into the text it was given.
//!
//! Matching ignores case and accents where writers vary ("Règlement", "reglement", "Réglement"), treats any
//! Unicode whitespace (including the no-break spaces U+00A0, U+202F and the thin space U+2009) as a space and
//! accepts both `'` and `’` as an apostrophe. The scanners only try a parser where a word starts, so they run
//! in time roughly linear in the length of the text.

use nom::bytes::complete::{take_while, take_while1};
use nom::error::{Error, ErrorKind};
use nom::IResult;

pub(crate) mod date;
pub(crate) mod duration;
pub(crate) mod legal_ref;

// Public at the crate root (a re-export of its own, so that the others can be `pub(crate)`).
pub use date::CivilDate;
pub(crate) use date::{find_dates, DateExpr, DateKind};
pub(crate) use duration::{find_durations, find_hours, Duration, DurationUnit};
pub(crate) use legal_ref::{find_legal_refs, Instrument, LegalRef};

/// A value found in a text, with the byte range of the text it was read from (start inclusive, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    /// Byte offset of the first byte of the match (always a char boundary).
    pub start: usize,
    /// Byte offset just past the last byte of the match (always a char boundary).
    pub end: usize,
    /// The value read from the matched text.
    pub value: T,
}

/// Result type shared by the parsers of this module.
type PResult<'a, T> = IResult<&'a str, T>;

/// A recoverable parse failure at `input`.
fn fail<T>(input: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// Turns a parser result into `(value, consumed bytes)`.
fn run<T>(input: &str, result: PResult<'_, T>) -> Option<(T, usize)> {
    match result {
        Ok((rest, value)) => Some((value, input.len() - rest.len())),
        Err(_) => None,
    }
}

/// True for the characters writers use as an apostrophe.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// True for the characters writers use as a hyphen inside words and numbers.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// `text` in lower case without accents, its apostrophes and hyphens unified and its spaces collapsed: the form in
/// which two spellings of one short name compare equal (« Communauté de communes », « communaute de communes »).
pub(crate) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if is_apostrophe(c) {
                out.push('\'');
            } else if is_hyphen(c) {
                out.push('-');
            } else {
                let (a, b) = fold_char(c);
                out.push(a);
                out.extend(b);
            }
        }
    }
    out
}

/// Folds one character to lower case without accent; `œ` and `æ` fold to two letters.
fn fold_char(c: char) -> (char, Option<char>) {
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    let base = match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'º' => '°',
        'œ' => return ('o', Some('e')),
        'æ' => return ('a', Some('e')),
        other => other,
    };
    (base, None)
}

/// Matches `pat` (written lower case, without accents) at the start of `input` and returns the number of
/// bytes matched. In `pat`, a space stands for one or more whitespace characters, `'` for any apostrophe
/// followed by optional whitespace, and `-` for any hyphen. When `pat` ends with a letter or digit, the
/// match must not be followed by a letter or digit.
fn match_folded(input: &str, pat: &str) -> Option<usize> {
    match_folded_with(input, pat, true)
}

/// [`match_folded`], with the final word-boundary check only when `boundary` is true.
fn match_folded_with(input: &str, pat: &str, boundary: bool) -> Option<usize> {
    let mut chars = input.char_indices().peekable();
    let mut pending: Option<char> = None;
    let mut end = 0usize;
    for p in pat.chars() {
        if let Some(q) = pending.take() {
            if q == p {
                continue;
            }
            return None;
        }
        match p {
            ' ' => {
                let mut seen = false;
                while let Some(&(i, c)) = chars.peek() {
                    if !c.is_whitespace() {
                        break;
                    }
                    chars.next();
                    end = i + c.len_utf8();
                    seen = true;
                }
                if !seen {
                    return None;
                }
            }
            '\'' => {
                let (i, c) = chars.next()?;
                if !is_apostrophe(c) {
                    return None;
                }
                end = i + c.len_utf8();
                while let Some(&(i, c)) = chars.peek() {
                    if !c.is_whitespace() {
                        break;
                    }
                    chars.next();
                    end = i + c.len_utf8();
                }
            }
            '-' => {
                let (i, c) = chars.next()?;
                if !is_hyphen(c) {
                    return None;
                }
                end = i + c.len_utf8();
            }
            _ => {
                let (i, c) = chars.next()?;
                let (a, b) = fold_char(c);
                if a != p {
                    return None;
                }
                pending = b;
                end = i + c.len_utf8();
            }
        }
    }
    if pending.is_some() {
        return None;
    }
    if boundary && pat.chars().last().is_some_and(char::is_alphanumeric) {
        if let Some(&(_, c)) = chars.peek() {
            if c.is_alphanumeric() {
                return None;
            }
        }
    }
    Some(end)
}

/// Parser for a keyword, ignoring case and accents (see [`match_folded`]).
fn kw(pat: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input: &str| match match_folded(input, pat) {
        Some(n) => Ok((&input[n..], &input[..n])),
        None => Err(nom::Err::Error(Error::new(input, ErrorKind::Tag))),
    }
}

/// Parser for a case-sensitive word (acronyms that are also common words in lower case), which must not be
/// followed by a letter or digit.
fn kw_cs(word: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input: &str| {
        if let Some(rest) = input.strip_prefix(word) {
            if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                return Ok((rest, &input[..word.len()]));
            }
        }
        Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)))
    }
}

/// Zero or more whitespace characters (any Unicode whitespace).
fn ws0(input: &str) -> PResult<'_, &str> {
    take_while(char::is_whitespace)(input)
}

/// One or more whitespace characters (any Unicode whitespace).
fn ws1(input: &str) -> PResult<'_, &str> {
    take_while1(char::is_whitespace)(input)
}

/// One hyphen character.
fn hyphen(input: &str) -> PResult<'_, char> {
    nom::character::complete::satisfy(is_hyphen)(input)
}

/// Succeeds without consuming when the next character is not a letter or digit.
fn not_alnum_next(input: &str) -> PResult<'_, ()> {
    if input.chars().next().is_some_and(char::is_alphanumeric) {
        fail(input)
    } else {
        Ok((input, ()))
    }
}

/// Between `min` and `max` ASCII digits, not followed by another digit.
fn digits(min: usize, max: usize) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input: &str| {
        // Digits are ASCII, so a byte count is a char count; never look past `max + 1` bytes.
        let n = input
            .bytes()
            .take(max + 1)
            .take_while(u8::is_ascii_digit)
            .count();
        if n < min || n > max {
            return fail(input);
        }
        Ok((&input[n..], &input[..n]))
    }
}

/// An unsigned number of `min` to `max` digits, not followed by a letter or digit.
fn uint(min: usize, max: usize) -> impl Fn(&str) -> PResult<'_, u32> {
    move |input: &str| {
        let (rest, d) = digits(min, max)(input)?;
        not_alnum_next(rest)?;
        match d.parse::<u32>() {
            Ok(n) => Ok((rest, n)),
            Err(_) => fail(input),
        }
    }
}

/// A French month name, full or abbreviated with a dot ("janv.", "déc."), returned as 1–12.
fn month_name(input: &str) -> PResult<'_, u8> {
    use nom::branch::alt;
    use nom::combinator::value;
    alt((
        alt((
            value(1, kw("janvier")),
            value(1, kw("janv.")),
            value(2, kw("fevrier")),
            value(2, kw("fevr.")),
            value(2, kw("fev.")),
            value(3, kw("mars")),
            value(4, kw("avril")),
            value(4, kw("avr.")),
            value(5, kw("mai")),
            value(6, kw("juin")),
            value(7, kw("juillet")),
            value(7, kw("juil.")),
        )),
        alt((
            value(8, kw("aout")),
            value(9, kw("septembre")),
            value(9, kw("sept.")),
            value(10, kw("octobre")),
            value(10, kw("oct.")),
            value(11, kw("novembre")),
            value(11, kw("nov.")),
            value(12, kw("decembre")),
            value(12, kw("dec.")),
        )),
    ))(input)
}

/// A day of the month as written before a month name: "1er", "1ᵉʳ", "premier" or 1–2 digits.
fn day_of_month(input: &str) -> PResult<'_, u8> {
    use nom::branch::alt;
    use nom::combinator::{map_opt, value};
    alt((
        value(1, alt((kw("1er"), kw("1 er"), kw("1ᵉʳ"), kw("premier")))),
        map_opt(uint(1, 2), |n| {
            u8::try_from(n).ok().filter(|d| (1..=31).contains(d))
        }),
    ))(input)
}

/// A four-digit year between 1950 and 2100, not followed by a letter or digit.
fn year4(input: &str) -> PResult<'_, i32> {
    let (rest, n) = uint(4, 4)(input)?;
    if !(1950..=2100).contains(&n) {
        return fail(input);
    }
    // Between 1950 and 2100: always an i32.
    Ok((rest, i32::try_from(n).unwrap_or(i32::MAX)))
}

/// A written-out date "6 janvier 1978" / "1er janvier 2025", returned as (day, month, year), not validated
/// against the calendar.
fn long_date(input: &str) -> PResult<'_, (u8, u8, i32)> {
    let (i, day) = day_of_month(input)?;
    let (i, _) = ws1(i)?;
    let (i, month) = month_name(i)?;
    let (i, _) = ws1(i)?;
    let (i, year) = year4(i)?;
    Ok((i, (day, month, year)))
}

/// What a parser tried at a word start gives back to [`scan`].
enum Hit<T> {
    /// A match of this many bytes.
    Match(T, usize),
    /// No match, and no match can start in the next this many bytes either.
    Skip(usize),
}

/// Calls `parse` at every word start of `text` that begins with one of `prefixes` (compared like [`kw`]
/// patterns, without the word-boundary check; a word starting with a digit is always tried), keeps each match
/// and resumes after it. A digit that directly continues a number ("2 000", "1,5") is not a word start.
fn scan<T>(text: &str, prefixes: &[&str], parse: impl Fn(&str) -> Option<Hit<T>>) -> Vec<Found<T>> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    let mut resume_at = 0usize;
    for (idx, c) in text.char_indices() {
        let word_start = c.is_alphanumeric() && !prev.is_some_and(char::is_alphanumeric);
        let continues_number = c.is_ascii_digit()
            && prev
                .is_some_and(|p| p.is_whitespace() || matches!(p, ',' | '.' | '/') || is_hyphen(p))
            && prev2.is_some_and(|p| p.is_ascii_digit());
        prev2 = prev;
        prev = Some(c);
        if idx < resume_at || !word_start || continues_number {
            continue;
        }
        let rest = &text[idx..];
        let first = fold_char(c).0;
        let may_start = c.is_ascii_digit()
            || prefixes
                .iter()
                .any(|p| p.starts_with(first) && match_folded_with(rest, p, false).is_some());
        if !may_start {
            continue;
        }
        match parse(rest) {
            Some(Hit::Match(value, len)) if len > 0 => {
                out.push(Found {
                    start: idx,
                    end: idx + len,
                    value,
                });
                resume_at = idx + len;
            }
            Some(Hit::Skip(len)) => resume_at = idx + len,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::date::parse_date_expr;
    use super::duration::parse_duration;
    use super::legal_ref::parse_legal_ref;
    use super::*;

    #[test]
    fn keyword_matching_ignores_case_accents_and_space_kinds() {
        let ok: &[(&str, &str, usize)] = &[
            ("reglement", "Règlement", 10),
            ("reglement", "Réglement général", 10),
            ("reglement", "REGLEMENT", 9),
            ("de l'ia", "de l’IA", 9),
            ("de l'ia", "de\u{a0}l' IA", 9),
            ("loi informatique", "loi\u{202f}Informatique", 18),
            ("oeuvre", "œuvre", 6),
            ("quatre-vingt", "quatre\u{2011}vingt", 14),
        ];
        for (pat, input, n) in ok {
            assert_eq!(match_folded(input, pat), Some(*n), "{pat} / {input}");
        }
        let ko: &[(&str, &str)] = &[
            ("art", "article"),
            ("de", "des"),
            ("loi", "lo"),
            ("o", "œ"),
            ("de l'ia", "de l ia"),
            ("a b", "ab"),
        ];
        for (pat, input) in ko {
            assert_eq!(match_folded(input, pat), None, "{pat} / {input}");
        }
    }

    #[test]
    fn case_sensitive_keywords_need_exact_case_and_a_boundary() {
        assert!(kw_cs("RIA")("RIA, art. 4").is_ok());
        assert!(kw_cs("RIA")("ria").is_err());
        assert!(kw_cs("RIA")("RIAS").is_err());
    }

    #[test]
    fn long_dates_and_years() {
        assert_eq!(
            long_date("6 janvier 1978 modifiée").unwrap().1,
            (6, 1, 1978)
        );
        assert_eq!(long_date("1er\u{a0}août 2025").unwrap().1, (1, 8, 2025));
        assert!(long_date("6 janvier 1878").is_err());
        assert!(year4("20245").is_err());
        assert!(year4("2024a").is_err());
    }

    #[test]
    fn scan_only_tries_word_starts() {
        let text = "ab cd ef 2 000";
        let found = scan(text, &["a", "c", "e"], |s| {
            Some(Hit::Match(s.chars().next().unwrap(), 1))
        });
        let starts: Vec<usize> = found.iter().map(|f| f.start).collect();
        assert_eq!(starts, vec![0, 3, 6, 9]);
    }
    /// Runs every scanner on `text` and checks that spans are ordered, non-overlapping char boundaries.
    /// Also runs every `parse_*` at the first `positions` char boundaries.
    fn check_all(text: &str, positions: usize) {
        fn check<T>(text: &str, found: &[Found<T>]) {
            let mut last = 0;
            for f in found {
                assert!(f.start >= last && f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                last = f.end;
            }
        }
        check(text, &find_legal_refs(text));
        check(text, &find_durations(text));
        check(text, &find_dates(text));
        for (i, _) in text.char_indices().take(positions) {
            let _ = parse_legal_ref(&text[i..]);
            let _ = parse_duration(&text[i..]);
            let _ = parse_date_expr(&text[i..]);
        }
    }

    #[test]
    fn scanners_never_panic_on_random_input() {
        let pieces = [
            "a",
            "é",
            "É",
            "’",
            "'",
            "\u{a0}",
            "\u{202f}",
            "\u{2009}",
            " ",
            "\n",
            "(",
            ")",
            "§",
            "°",
            "º",
            ".",
            ",",
            "/",
            "-",
            "\u{2011}",
            "–",
            "«",
            "»",
            "1",
            "9",
            "0",
            "31",
            "2024",
            "1er",
            "1ᵉʳ",
            "œ",
            "article",
            "art.",
            "articles",
            "RGPD",
            "du",
            "de l’",
            "loi",
            "n°",
            "78-17",
            "règlement",
            "(UE)",
            "2016/679",
            "directive",
            "95/46/CE",
            "L.",
            "311-3-1",
            "à",
            "et",
            "jours",
            "mois",
            "an",
            "dix",
            "-vingt",
            "quatre",
            "soixante",
            "et onze",
            "au plus",
            "maximum",
            "fin",
            "d’ici",
            "courant",
            "janvier",
            "février",
            "à compter du",
            "avant le",
            "semestre",
            "\u{0}",
            "\u{10ffff}",
            "🙂",
            "\u{fffd}",
            "ǅ",
            "İ",
            "ß",
            "ﬁ",
            "\u{301}",
            "\t",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..1500 {
            let len = (next() % 40) as usize;
            let mut text = String::new();
            for _ in 0..len {
                let r = next();
                if r % 7 == 0 {
                    // An arbitrary scalar value.
                    if let Some(c) =
                        char::from_u32(u32::try_from((r >> 8) % 0x11_0000).unwrap_or(0))
                    {
                        text.push(c);
                    }
                } else {
                    text.push_str(pieces[(r >> 8) as usize % pieces.len()]);
                }
            }
            check_all(&text, 40);
        }
    }

    #[test]
    fn scanners_handle_long_inputs() {
        let texts = [
            "a".repeat(100_000),
            "1".repeat(100_000),
            "é".repeat(100_000),
            "\u{a0}".repeat(100_000),
            "article ".repeat(12_500),
            "articles 1, ".repeat(9_000),
            "art. 35 RGPD ".repeat(8_000),
            "RGPD (".repeat(16_000),
            "1 ".repeat(50_000),
            "dix-".repeat(25_000),
            "soixante et ".repeat(9_000),
            "quatre-vingt ".repeat(8_000),
            "fin de ".repeat(15_000),
            "31/12/".repeat(16_000),
            "d’ici la fin de l’année ".repeat(4_000),
            "6 mois maximum, ".repeat(6_000),
            "1er janvier 2025 ".repeat(6_000),
            "l'".repeat(50_000),
        ];
        for text in &texts {
            let started = std::time::Instant::now();
            check_all(text, 4);
            assert!(
                started.elapsed().as_secs() < 20,
                "too slow on input starting {:?}",
                text.chars().take(12).collect::<String>()
            );
        }
        assert_eq!(find_legal_refs(&texts[6]).len(), 8_000);
        assert_eq!(find_durations(&texts[15]).len(), 6_000);
        assert_eq!(find_dates(&texts[16]).len(), 6_000);
    }
}
