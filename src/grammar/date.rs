//! Grammar for dates and deadlines written in French: "31 décembre 2024", "avant le 1er janvier 2025",
//! "d’ici fin 2024", "au plus tard le 30 juin 2025", "à compter du 1er septembre 2026", "31/12/2024",
//! "2025-03-12", "mars 2025", "courant 2025"…

use std::fmt;

use nom::branch::alt;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, value};
use nom::sequence::{pair, preceded, tuple};

use super::{
    digits, fail, kw, month_name, not_alnum_next, run, scan, ws0, ws1, year4, Found, Hit, PResult,
};

/// A day of the Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl CivilDate {
    /// A date, or `None` if it does not exist in the calendar (e.g. 31 February).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let last = Self::days_in_month(year, month)?;
        if day == 0 || day > last {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// True for leap years of the Gregorian calendar.
    pub fn is_leap_year(year: i32) -> bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in a month, or `None` for a month outside 1–12.
    pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
        Some(match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Self::is_leap_year(year) => 29,
            2 => 28,
            _ => return None,
        })
    }

    /// The last day of a month, or `None` for a month outside 1–12.
    pub fn last_of_month(year: i32, month: u8) -> Option<Self> {
        Some(CivilDate {
            year,
            month,
            day: Self::days_in_month(year, month)?,
        })
    }

    /// Parses exactly "YYYY-MM-DD" (the whole string) into a date that exists.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits_ok = b
            .iter()
            .enumerate()
            .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit());
        if !digits_ok {
            return None;
        }
        let year = s[0..4].parse().ok()?;
        let month = s[5..7].parse().ok()?;
        let day = s[8..10].parse().ok()?;
        Self::new(year, month, day)
    }
}

impl fmt::Display for CivilDate {
    /// Writes the date as YYYY-MM-DD.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How a date is used in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// A plain date: "31 décembre 2024", "mars 2025" (the 1st of the month).
    Exact,
    /// Strictly before this date: "avant le 1er janvier 2025".
    Before,
    /// A deadline, the date being the last day meant: "d’ici fin 2024" (2024-12-31), "au plus tard le 30 juin
    /// 2025", "courant 2025" (2025-12-31).
    ByEndOf,
    /// From this date on: "à compter du 1er septembre 2026".
    From,
}

/// A date found in a text and how it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateExpr {
    /// The date (for a deadline, the last day meant).
    pub date: CivilDate,
    /// How the date is used.
    pub kind: DateKind,
}

/// Parses one date expression at the start of `input` and returns it with the number of bytes consumed.
pub(crate) fn parse_date_expr(input: &str) -> Option<(DateExpr, usize)> {
    run(input, date_expr(input))
}

/// Finds every date expression in `text`, in order and without overlaps.
pub(crate) fn find_dates(text: &str) -> Vec<Found<DateExpr>> {
    scan(text, FIRST_WORDS, |s| {
        parse_date_expr(s).map(|(v, n)| Hit::Match(v, n))
    })
}

/// How every date expression written with letters begins: month names, prefixes, "fin", "courant",
/// ordinals of semesters and quarters.
const FIRST_WORDS: &[&str] = &[
    "janv",
    "fev",
    "mars",
    "avr",
    "mai",
    "juin",
    "juil",
    "aout",
    "sept",
    "oct",
    "nov",
    "dec",
    "avant",
    "anterieur",
    "au",
    "d'ici",
    "jusqu",
    "a ",
    "des",
    "depuis",
    "dans",
    "fin",
    "la",
    "courant",
    "premier",
    "second",
    "deux",
    "trois",
    "quatr",
    "dernier",
];

/// What a period is, which decides how a bare mention is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One day.
    Day,
    /// A whole month.
    Month,
    /// A semester or quarter.
    Part,
    /// A whole year (never read on its own: "2024" alone is not a date).
    Year,
    /// The end of a period ("fin 2024", "courant 2025"): start and end are both its last day.
    EndOf,
}

/// A period of time: first day, last day and shape.
#[derive(Debug, Clone, Copy)]
struct Period {
    start: CivilDate,
    end: CivilDate,
    shape: Shape,
}

/// The meaning a prefix gives to the period after it.
#[derive(Debug, Clone, Copy)]
enum Ctx {
    Before,
    ByEnd,
    From,
}

/// A date expression: a prefixed period ("avant le …", "d’ici …", "à compter du …") or a bare date.
fn date_expr(input: &str) -> PResult<'_, DateExpr> {
    alt((
        |i| prefixed(i, before_prefix, Ctx::Before),
        |i| prefixed(i, byend_prefix, Ctx::ByEnd),
        |i| prefixed(i, from_prefix, Ctx::From),
        bare,
    ))(input)
}

/// `prefix`, then a period, read with the meaning `ctx` gives it.
fn prefixed(input: &str, prefix: fn(&str) -> PResult<'_, &str>, ctx: Ctx) -> PResult<'_, DateExpr> {
    let (i, _) = prefix(input)?;
    let (i, _) = ws0(i)?;
    let (i, p) = alt((end_phrase, courant_phrase, any_period))(i)?;
    let (date, kind) = match (ctx, p.shape) {
        (Ctx::Before, Shape::EndOf) => (p.end, DateKind::ByEndOf),
        (Ctx::Before, _) => (p.start, DateKind::Before),
        (Ctx::ByEnd, _) => (p.end, DateKind::ByEndOf),
        (Ctx::From, _) => (p.start, DateKind::From),
    };
    Ok((i, DateExpr { date, kind }))
}

/// A date with no prefix: a day, a month, a semester, or an end-of-period phrase, with an optional
/// "au plus tard" after it.
fn bare(input: &str) -> PResult<'_, DateExpr> {
    let (i, p) = alt((
        end_phrase,
        courant_phrase,
        day_date,
        month_year,
        part_of_year,
    ))(input)?;
    let (i, late) = opt(preceded(
        pair(opt(pair(ws0, char(','))), ws1),
        kw("au plus tard"),
    ))(i)?;
    let expr = match (p.shape, late.is_some()) {
        (Shape::Year, _) => return fail(input),
        (_, true) | (Shape::Part | Shape::EndOf, _) => DateExpr {
            date: p.end,
            kind: DateKind::ByEndOf,
        },
        (Shape::Day | Shape::Month, false) => DateExpr {
            date: p.start,
            kind: DateKind::Exact,
        },
    };
    Ok((i, expr))
}

/// "avant le", "avant", "antérieurement au".
fn before_prefix(input: &str) -> PResult<'_, &str> {
    alt((
        kw("avant le"),
        kw("avant la"),
        kw("avant"),
        kw("anterieurement au"),
        kw("anterieurement a"),
    ))(input)
}

/// "au plus tard le", "d’ici", "d’ici à", "jusqu’au"…
fn byend_prefix(input: &str) -> PResult<'_, &str> {
    alt((
        alt((
            kw("au plus tard le"),
            kw("au plus tard en"),
            kw("au plus tard au"),
            kw("au plus tard pour le"),
            kw("au plus tard"),
            kw("d'ici le"),
            kw("d'ici au"),
            kw("d'ici a"),
            kw("d'ici"),
        )),
        alt((
            kw("jusqu'au"),
            kw("jusqu'a"),
            kw("jusqu'en"),
            kw("au plus tard a"),
        )),
    ))(input)
}

/// "à compter du", "à partir de", "dès le", "depuis le"…
fn from_prefix(input: &str) -> PResult<'_, &str> {
    alt((
        alt((
            kw("a compter du"),
            kw("a compter de"),
            kw("a compter d'"),
            kw("a partir du"),
            kw("a partir de"),
            kw("a partir d'"),
            kw("a dater du"),
            kw("des le"),
            kw("des"),
            kw("depuis le"),
            kw("depuis"),
        )),
        alt((kw("a compter de la"), kw("a partir de la"))),
    ))(input)
}

/// Any period, including a year alone (only after a prefix or "fin"/"courant").
fn any_period(input: &str) -> PResult<'_, Period> {
    alt((day_date, month_year, part_of_year, year_phrase))(input)
}

/// What may join "fin"/"courant" to the period: "de l’année", "d’année", "du mois de", "de", "d’", "du".
fn period_joiner(input: &str) -> PResult<'_, &str> {
    alt((
        kw("de l'annee"),
        kw("de l'exercice"),
        kw("d'annee"),
        kw("du mois de"),
        kw("du mois d'"),
        kw("de"),
        kw("d'"),
        kw("du"),
    ))(input)
}

/// "fin 2024", "fin mars 2025", "la fin de l’année 2024", "fin du premier semestre 2025".
fn end_phrase(input: &str) -> PResult<'_, Period> {
    let (i, _) = opt(pair(kw("la"), ws1))(input)?;
    let (i, _) = kw("fin")(i)?;
    let (i, _) = opt(preceded(ws1, period_joiner))(i)?;
    let (i, _) = ws0(i)?;
    let (i, p) = any_period(i)?;
    Ok((
        i,
        Period {
            start: p.end,
            end: p.end,
            shape: Shape::EndOf,
        },
    ))
}

/// "courant 2025", "dans le courant de l’année 2025", "au cours du premier semestre 2025".
fn courant_phrase(input: &str) -> PResult<'_, Period> {
    let (i, _) = alt((kw("dans le courant"), kw("courant"), kw("au cours")))(input)?;
    let (i, _) = opt(preceded(ws1, period_joiner))(i)?;
    let (i, _) = ws0(i)?;
    let (i, p) = any_period(i)?;
    Ok((
        i,
        Period {
            start: p.end,
            end: p.end,
            shape: Shape::EndOf,
        },
    ))
}

/// A period of one day.
fn day_period(d: CivilDate) -> Period {
    Period {
        start: d,
        end: d,
        shape: Shape::Day,
    }
}

/// "31 décembre 2024", "1er janvier 2025", "31/12/2024", "31.12.2024", "2025-03-12" (also before a time
/// "T10:00").
fn day_date(input: &str) -> PResult<'_, Period> {
    alt((long_day_date, numeric_dmy, iso_date))(input)
}

/// "31 décembre 2024", checked against the calendar.
fn long_day_date(input: &str) -> PResult<'_, Period> {
    let (i, (day, month, year)) = super::long_date(input)?;
    match CivilDate::new(year, month, day) {
        Some(d) => Ok((i, day_period(d))),
        None => fail(input),
    }
}

/// One or two digits, as a day or month number.
fn small(input: &str) -> PResult<'_, u8> {
    let (i, d) = digits(1, 2)(input)?;
    match d.parse() {
        Ok(n) => Ok((i, n)),
        Err(_) => fail(input),
    }
}

/// "31/12/2024", "31.12.2024", "31-12-2024" (same separator twice, four-digit year).
fn numeric_dmy(input: &str) -> PResult<'_, Period> {
    let (i, day) = small(input)?;
    let (i, sep) = one_of("/.-")(i)?;
    let (i, month) = small(i)?;
    let (i, _) = char(sep)(i)?;
    let (i, year) = year4(i)?;
    match CivilDate::new(year, month, day) {
        Some(d) => Ok((i, day_period(d))),
        None => fail(input),
    }
}

/// "2025-03-12".
fn iso_date(input: &str) -> PResult<'_, Period> {
    let (i, (y, _, m, _, d)) = tuple((
        digits(4, 4),
        char('-'),
        digits(2, 2),
        char('-'),
        digits(2, 2),
    ))(input)?;
    // "2025-09-12T10:00": the time is left out of the match.
    let time_follows = i
        .strip_prefix('T')
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    if !time_follows {
        not_alnum_next(i)?;
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>())
    else {
        return fail(input);
    };
    if !(1950..=2100).contains(&year) {
        return fail(input);
    }
    match CivilDate::new(year, month, day) {
        Some(d) => Ok((i, day_period(d))),
        None => fail(input),
    }
}

/// A whole month as a period.
fn month_period(year: i32, month: u8, shape: Shape) -> Option<Period> {
    Some(Period {
        start: CivilDate::new(year, month, 1)?,
        end: CivilDate::last_of_month(year, month)?,
        shape,
    })
}

/// "mars 2025", "décembre 2024".
fn month_year(input: &str) -> PResult<'_, Period> {
    let (i, month) = month_name(input)?;
    let (i, _) = ws1(i)?;
    let (i, year) = year4(i)?;
    match month_period(year, month, Shape::Month) {
        Some(p) => Ok((i, p)),
        None => fail(input),
    }
}

/// Which part of a year an ordinal names; `Last` is "dernier".
#[derive(Debug, Clone, Copy)]
enum Ordinal {
    N(u8),
    Last,
}

/// "premier", "1er", "second", "2e", "troisième", "4e", "dernier".
fn ordinal(input: &str) -> PResult<'_, Ordinal> {
    alt((
        value(Ordinal::N(1), alt((kw("premier"), kw("1er"), kw("1ᵉʳ")))),
        value(
            Ordinal::N(2),
            alt((
                kw("second"),
                kw("deuxieme"),
                kw("2e"),
                kw("2eme"),
                kw("2nd"),
                kw("2d"),
            )),
        ),
        value(Ordinal::N(3), alt((kw("troisieme"), kw("3e"), kw("3eme")))),
        value(Ordinal::N(4), alt((kw("quatrieme"), kw("4e"), kw("4eme")))),
        value(Ordinal::Last, kw("dernier")),
    ))(input)
}

/// "premier semestre 2025", "second semestre de l’année 2025", "4e trimestre 2025", "dernier trimestre 2024".
fn part_of_year(input: &str) -> PResult<'_, Period> {
    let (i, ord) = ordinal(input)?;
    let (i, _) = ws1(i)?;
    let (i, months) = alt((value(6u8, kw("semestre")), value(3u8, kw("trimestre"))))(i)?;
    let (i, _) = ws1(i)?;
    let (i, _) = opt(pair(alt((kw("de l'annee"), kw("de"))), ws0))(i)?;
    let (i, year) = year4(i)?;
    let parts = 12 / months;
    let n = match ord {
        Ordinal::N(n) if n <= parts => n,
        Ordinal::Last => parts,
        Ordinal::N(_) => return fail(input),
    };
    let first_month = (n - 1) * months + 1;
    let last_month = n * months;
    match (
        CivilDate::new(year, first_month, 1),
        CivilDate::last_of_month(year, last_month),
    ) {
        (Some(start), Some(end)) => Ok((
            i,
            Period {
                start,
                end,
                shape: Shape::Part,
            },
        )),
        _ => fail(input),
    }
}

/// "2025", "l’année 2025", "l’exercice 2025" (a whole year).
fn year_phrase(input: &str) -> PResult<'_, Period> {
    let (i, _) = opt(pair(
        alt((kw("l'annee"), kw("annee"), kw("l'exercice"), kw("exercice"))),
        ws0,
    ))(input)?;
    let (i, year) = year4(i)?;
    match (CivilDate::new(year, 1, 1), CivilDate::new(year, 12, 31)) {
        (Some(start), Some(end)) => Ok((
            i,
            Period {
                start,
                end,
                shape: Shape::Year,
            },
        )),
        _ => fail(input),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateKind::*;

    fn e(iso: &str, kind: DateKind) -> DateExpr {
        DateExpr {
            date: CivilDate::parse_iso(iso).unwrap(),
            kind,
        }
    }

    #[test]
    fn accepted_dates() {
        let table: &[(&str, DateExpr)] = &[
            ("31 décembre 2024", e("2024-12-31", Exact)),
            ("1er janvier 2025", e("2025-01-01", Exact)),
            ("1ᵉʳ janvier 2025", e("2025-01-01", Exact)),
            ("1er\u{a0}janvier\u{a0}2025", e("2025-01-01", Exact)),
            ("29 février 2024", e("2024-02-29", Exact)),
            ("15 aout 2025", e("2025-08-15", Exact)),
            ("3 déc. 2025", e("2025-12-03", Exact)),
            ("avant le 1er janvier 2025", e("2025-01-01", Before)),
            ("avant 2026", e("2026-01-01", Before)),
            ("avant fin 2025", e("2025-12-31", ByEndOf)),
            ("d’ici fin 2024", e("2024-12-31", ByEndOf)),
            ("d'ici à la fin de l'année 2024", e("2024-12-31", ByEndOf)),
            ("d’ici la fin de l’année 2024", e("2024-12-31", ByEndOf)),
            ("au plus tard le 30 juin 2025", e("2025-06-30", ByEndOf)),
            ("d’ici le 31/12/2025", e("2025-12-31", ByEndOf)),
            ("d'ici 2026", e("2026-12-31", ByEndOf)),
            ("d’ici à 2030", e("2030-12-31", ByEndOf)),
            ("au plus tard en mars 2025", e("2025-03-31", ByEndOf)),
            ("jusqu’au 31 mars 2026", e("2026-03-31", ByEndOf)),
            ("fin 2024", e("2024-12-31", ByEndOf)),
            ("fin février 2024", e("2024-02-29", ByEndOf)),
            ("Fin juin 2025", e("2025-06-30", ByEndOf)),
            ("fin du premier semestre 2025", e("2025-06-30", ByEndOf)),
            ("courant 2025", e("2025-12-31", ByEndOf)),
            ("dans le courant de l’année 2025", e("2025-12-31", ByEndOf)),
            ("au cours du second semestre 2025", e("2025-12-31", ByEndOf)),
            ("premier semestre 2026", e("2026-06-30", ByEndOf)),
            ("3e trimestre 2025", e("2025-09-30", ByEndOf)),
            ("dernier trimestre 2024", e("2024-12-31", ByEndOf)),
            ("à compter du 1er septembre 2026", e("2026-09-01", From)),
            ("A compter du 1er septembre 2026", e("2026-09-01", From)),
            ("à partir de 2026", e("2026-01-01", From)),
            ("à partir de mars 2026", e("2026-03-01", From)),
            ("dès le 2 janvier 2025", e("2025-01-02", From)),
            ("31/12/2024", e("2024-12-31", Exact)),
            ("1/3/2025", e("2025-03-01", Exact)),
            ("31.12.2024", e("2024-12-31", Exact)),
            ("2025-03-12", e("2025-03-12", Exact)),
            ("mars 2025", e("2025-03-01", Exact)),
            ("Septembre 2025", e("2025-09-01", Exact)),
            ("31 décembre 2025 au plus tard", e("2025-12-31", ByEndOf)),
        ];
        for (input, expected) in table {
            assert_eq!(
                parse_date_expr(input),
                Some((*expected, input.len())),
                "input: {input:?}"
            );
        }
    }

    #[test]
    fn rejected_dates() {
        let rejected = [
            "article 2024",
            "2024",
            "2 000 agents",
            "31 février 2025",
            "29 février 2025",
            "30/02/2024",
            "31 juin 2025",
            "32 janvier 2025",
            "0 janvier 2025",
            "1er janvier",
            "31 décembre 1900",
            "mars 2101",
            "2016-1321",
            "2016/679",
            "95/46/CE",
            "2025-13-01",
            "31/12/24",
            "fin",
            "la fin du projet",
            "courant",
            "avant",
            "avant le déploiement",
            "d’ici là",
            "sept 2025",
            "2025-03-12x",
            "5e trimestre 2025",
        ];
        for input in rejected {
            assert_eq!(parse_date_expr(input), None, "input: {input:?}");
        }
    }

    #[test]
    fn civil_date_helpers() {
        assert_eq!(
            CivilDate::parse_iso("2024-02-29"),
            Some(CivilDate {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        for bad in [
            "2023-02-29",
            "2024-2-29",
            "2024-02-29 ",
            "20240229",
            "2024-00-10",
            "2024-01-32",
            "2024-01-0a",
            "",
            "éééééééééé",
        ] {
            assert_eq!(CivilDate::parse_iso(bad), None, "{bad:?}");
        }
        let d = CivilDate::new(2025, 3, 9).unwrap();
        assert_eq!(d.to_string(), "2025-03-09");
        assert_eq!(CivilDate::parse_iso(&d.to_string()), Some(d));
        assert!(CivilDate::new(2024, 12, 31).unwrap() < CivilDate::new(2025, 1, 1).unwrap());
        assert!(CivilDate::new(2025, 1, 31).unwrap() < CivilDate::new(2025, 2, 1).unwrap());
        assert!(CivilDate::is_leap_year(2000));
        assert!(!CivilDate::is_leap_year(1900));
        assert_eq!(CivilDate::days_in_month(2025, 13), None);
    }

    #[test]
    fn partial_consumption() {
        let cases: &[(&str, &str)] = &[
            ("2025-09-12T10:00", "2025-09-12"),
            ("le 31 décembre 2024.", ""),
            ("31 décembre 2024, la charte", "31 décembre 2024"),
            ("mars 2025 : bilan", "mars 2025"),
        ];
        for (input, consumed) in cases {
            match parse_date_expr(input) {
                Some((_, n)) => assert_eq!(&input[..n], *consumed, "{input}"),
                None => assert!(consumed.is_empty(), "{input}"),
            }
        }
    }

    #[test]
    fn find_in_sentences() {
        let text = "La présente charte, adoptée le 12\u{a0}mars\u{a0}2025, s’applique à compter du 1er \
                    septembre 2026 ; l’inventaire sera fait d’ici fin 2025 et le bilan au plus tard le \
                    30/06/2027. L’article 2024 et les 2 000 agents ne sont pas des dates, la version du \
                    2025-03-12 si.";
        let found = find_dates(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            vec![
                "12\u{a0}mars\u{a0}2025",
                "à compter du 1er septembre 2026",
                "d’ici fin 2025",
                "au plus tard le 30/06/2027",
                "2025-03-12",
            ]
        );
        let values: Vec<DateExpr> = found.iter().map(|f| f.value).collect();
        assert_eq!(
            values,
            vec![
                e("2025-03-12", Exact),
                e("2026-09-01", From),
                e("2025-12-31", ByEndOf),
                e("2027-06-30", ByEndOf),
                e("2025-03-12", Exact),
            ]
        );
    }
}
