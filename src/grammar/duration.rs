//! Grammar for durations written in French: "30 jours", "six mois", "un (1) an", "3 mois maximum",
//! "au maximum 90 jours", "dix-huit mois", "quatre-vingt-dix jours", "30 jours ouvrés"…

use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::{map, opt, value};
use nom::multi::many_m_n;
use nom::sequence::{delimited, pair, preceded, tuple};

use super::{fail, hyphen, kw, run, scan, uint, ws0, ws1, Found, Hit, PResult};

/// The unit a duration is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Days ("jours", including "jours ouvrés", "jours calendaires").
    Day,
    /// Weeks ("semaines").
    Week,
    /// Months ("mois").
    Month,
    /// Years ("ans", "années").
    Year,
}

impl DurationUnit {
    /// Approximate length of one unit in days (week 7, month 30, year 365).
    pub fn approx_days(self) -> u32 {
        match self {
            DurationUnit::Day => 1,
            DurationUnit::Week => 7,
            DurationUnit::Month => 30,
            DurationUnit::Year => 365,
        }
    }
}

/// A duration: an amount of a unit, and whether the text states it as a maximum ("au plus", "maximum").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units (at least 1).
    pub amount: u32,
    /// The unit counted.
    pub unit: DurationUnit,
    /// True when the text says this is an upper bound ("3 mois maximum", "au plus 12 mois").
    pub at_most: bool,
}

impl Duration {
    /// Approximate length in days (month = 30 days, year = 365 days, week = 7 days), saturating.
    pub fn approx_days(self) -> u32 {
        self.amount.saturating_mul(self.unit.approx_days())
    }
}

/// Parses one duration at the start of `input` and returns it with the number of bytes consumed.
pub(crate) fn parse_duration(input: &str) -> Option<(Duration, usize)> {
    run(input, duration(input))
}

/// Finds every duration in `text`, in order and without overlaps.
pub(crate) fn find_durations(text: &str) -> Vec<Found<Duration>> {
    scan(text, FIRST_WORDS, |s| {
        parse_duration(s).map(|(v, n)| Hit::Match(v, n))
    })
}

/// How every duration written with letters begins: number words, "au plus", "jusqu’à", "maximum"…
const FIRST_WORDS: &[&str] = &[
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "au",
    "tout",
    "max",
    "jusqu",
    "dans",
    "n'",
    "ne",
    "sans",
    "pas",
    "entre",
    "de",
];

/// An optional "at most" prefix, an amount, a unit, optional qualifiers and an optional "at most" suffix.
fn duration(input: &str) -> PResult<'_, Duration> {
    let (i, pre) = opt(max_prefix)(input)?;
    let (i, (amount, is_range)) = alt((
        map(amount_range, |n| (n, true)),
        map(amount, |n| (n, false)),
    ))(i)?;
    if amount == 0 {
        return fail(input);
    }
    let (i, unit) = preceded(ws1, unit)(i)?;
    let (i, qualifiers) = many_m_n(0, 3, preceded(ws1, qualifier))(i)?;
    let (after, post) = opt(preceded(pair(opt(pair(ws0, char(','))), ws1), max_suffix))(i)?;
    // "six mois, au maximum 90 jours": the words belong to the next duration.
    let (i, post) = if post.is_some() && starts_duration(after) {
        (i, None)
    } else {
        (after, post)
    };
    let at_most = pre.is_some() || post.is_some() || is_range;
    // "un jour" on its own is the adverb ("un jour, l'IA…"), not a duration.
    if !at_most && qualifiers.is_empty() && is_un_jour(&input[..input.len() - i.len()]) {
        return fail(input);
    }
    Ok((
        i,
        Duration {
            amount,
            unit,
            at_most,
        },
    ))
}

/// "3 à 6", "de 3 à 6", "entre 3 et 6": the upper bound (the duration is then read as a maximum).
fn amount_range(input: &str) -> PResult<'_, u32> {
    alt((
        map(
            tuple((kw("entre"), ws1, amount, ws1, kw("et"), ws1, amount)),
            |t| t.6,
        ),
        map(
            tuple((opt(pair(kw("de"), ws1)), amount, ws1, kw("a"), ws1, amount)),
            |t| t.5,
        ),
    ))(input)
}

/// True for exactly "un jour" (any case, any space).
fn is_un_jour(matched: &str) -> bool {
    tuple((kw("un"), ws1, kw("jour")))(matched).is_ok_and(|(rest, _)| rest.is_empty())
}

/// True when `input` (after optional space) starts with an amount and a unit.
fn starts_duration(input: &str) -> bool {
    tuple((ws0, amount, ws1, unit))(input).is_ok()
}

/// "au maximum", "au plus", "jusqu’à", "dans la limite de", "n’excédant pas", "maximale de"… before the
/// amount, with the space after it.
fn max_prefix(input: &str) -> PResult<'_, ()> {
    let (i, _) = alt((
        alt((
            kw("au grand maximum"),
            kw("au maximum"),
            kw("tout au plus"),
            kw("au plus"),
            kw("maximum"),
            kw("maximal"),
            kw("maximale"),
            kw("max."),
            kw("jusqu'a"),
            kw("dans la limite de"),
            kw("dans la limite d'"),
        )),
        alt((
            kw("n'excedant pas"),
            kw("n'excede pas"),
            kw("ne pouvant exceder"),
            kw("ne pouvant pas exceder"),
            kw("ne pouvant depasser"),
            kw("ne depassant pas"),
            kw("sans exceder"),
            kw("sans depasser"),
            kw("pas plus de"),
            kw("pas plus d'"),
        )),
    ))(input)?;
    let (i, _) = opt(preceded(ws1, alt((kw("de"), kw("d'")))))(i)?;
    let (i, _) = ws0(i)?;
    Ok((i, ()))
}

/// "maximum", "au maximum", "au plus", "max", "maxi" after the unit.
fn max_suffix(input: &str) -> PResult<'_, &str> {
    alt((
        kw("au grand maximum"),
        kw("au maximum"),
        kw("maximum"),
        kw("tout au plus"),
        kw("au plus"),
        kw("max."),
        kw("max"),
        kw("maxi"),
    ))(input)
}

/// "jours ouvrés", "mois glissants", "années civiles"…
fn qualifier(input: &str) -> PResult<'_, &str> {
    alt((
        alt((
            kw("ouvres"),
            kw("ouvre"),
            kw("ouvrables"),
            kw("ouvrable"),
            kw("calendaires"),
            kw("calendaire"),
            kw("francs"),
            kw("franc"),
            kw("pleins"),
            kw("plein"),
        )),
        alt((
            kw("glissants"),
            kw("glissantes"),
            kw("glissant"),
            kw("glissante"),
            kw("consecutifs"),
            kw("consecutives"),
            kw("revolus"),
            kw("revolues"),
            kw("civiles"),
            kw("civile"),
        )),
    ))(input)
}

/// "jour(s)", "semaine(s)", "mois", "an(s)", "année(s)"; in figures, also the English units of offers written in
/// English ("30 days", "6 months").
fn unit(input: &str) -> PResult<'_, DurationUnit> {
    alt((
        value(DurationUnit::Day, alt((kw("jours"), kw("jour")))),
        value(DurationUnit::Week, alt((kw("semaines"), kw("semaine")))),
        value(DurationUnit::Month, kw("mois")),
        value(
            DurationUnit::Year,
            alt((kw("annees"), kw("annee"), kw("ans"), kw("an"))),
        ),
        value(DurationUnit::Day, alt((kw("days"), kw("day")))),
        value(DurationUnit::Week, alt((kw("weeks"), kw("week")))),
        value(DurationUnit::Month, alt((kw("months"), kw("month")))),
        value(DurationUnit::Year, alt((kw("years"), kw("year")))),
    ))(input)
}

/// "30", "30 (trente)", "trente", "trente (30)", "un (1)".
fn amount(input: &str) -> PResult<'_, u32> {
    alt((
        map(pair(uint(1, 6), opt(paren(number_words))), |(n, _)| n),
        map(pair(number_words, opt(paren(uint(1, 6)))), |(w, d)| {
            d.unwrap_or(w)
        }),
    ))(input)
}

/// `p` between brackets, after optional space.
fn paren<'a>(
    p: impl FnMut(&'a str) -> PResult<'a, u32>,
) -> impl FnMut(&'a str) -> PResult<'a, u32> {
    preceded(
        ws0,
        delimited(pair(char('('), ws0), p, pair(ws0, char(')'))),
    )
}

/// A French number written in words, 1 to 100 ("un", "une", "dix-huit", "soixante et onze",
/// "quatre-vingt-dix", "cent"), with hyphens or spaces between the parts.
fn number_words(input: &str) -> PResult<'_, u32> {
    alt((
        quatre_vingt,
        soixante,
        tens,
        teen,
        unit_word,
        value(100, kw("cent")),
    ))(input)
}

/// Hyphen or space between the parts of a compound number.
fn join(input: &str) -> PResult<'_, ()> {
    alt((
        value((), tuple((hyphen, kw("et"), hyphen))),
        value((), tuple((ws1, kw("et"), ws1))),
        value((), hyphen),
        value((), ws1),
    ))(input)
}

/// 1–9 in words ("un" and "une" are both 1).
fn unit_word(input: &str) -> PResult<'_, u32> {
    alt((
        value(1, kw("une")),
        value(1, kw("un")),
        value(2, kw("deux")),
        value(3, kw("trois")),
        value(4, kw("quatre")),
        value(5, kw("cinq")),
        value(6, kw("six")),
        value(7, kw("sept")),
        value(8, kw("huit")),
        value(9, kw("neuf")),
    ))(input)
}

/// 10–19 in words.
fn teen(input: &str) -> PResult<'_, u32> {
    let dix_sep = |i| pair(kw("dix"), alt((value((), hyphen), value((), ws1))))(i);
    alt((
        value(17, pair(dix_sep, kw("sept"))),
        value(18, pair(dix_sep, kw("huit"))),
        value(19, pair(dix_sep, kw("neuf"))),
        value(10, kw("dix")),
        value(11, kw("onze")),
        value(12, kw("douze")),
        value(13, kw("treize")),
        value(14, kw("quatorze")),
        value(15, kw("quinze")),
        value(16, kw("seize")),
    ))(input)
}

/// 20–59: "vingt", "vingt et un", "vingt-deux", "cinquante-neuf".
fn tens(input: &str) -> PResult<'_, u32> {
    let (i, base) = alt((
        value(20, kw("vingt")),
        value(30, kw("trente")),
        value(40, kw("quarante")),
        value(50, kw("cinquante")),
    ))(input)?;
    let (i, extra) = opt(preceded(join, unit_word))(i)?;
    Ok((i, base + extra.unwrap_or(0)))
}

/// 60–79: "soixante", "soixante-cinq", "soixante-dix", "soixante et onze".
fn soixante(input: &str) -> PResult<'_, u32> {
    let (i, _) = kw("soixante")(input)?;
    let (i, extra) = opt(preceded(join, alt((teen, unit_word))))(i)?;
    Ok((i, 60 + extra.unwrap_or(0)))
}

/// 80–99: "quatre-vingts", "quatre-vingt-un", "quatre-vingt-dix", "quatre-vingt-dix-neuf".
fn quatre_vingt(input: &str) -> PResult<'_, u32> {
    let (i, _) = alt((
        kw("quatre-vingts"),
        kw("quatre-vingt"),
        kw("quatre vingts"),
        kw("quatre vingt"),
    ))(input)?;
    let (i, extra) = opt(preceded(join, alt((teen, unit_word))))(i)?;
    Ok((i, 80 + extra.unwrap_or(0)))
}

/// Finds every delay counted in hours, in order and without overlaps: « 48 heures », « 48 h », « 48h »,
/// « vingt-quatre heures », « quarante-huit (48) heures ». The value is the number of hours. Kept apart from
/// [`find_durations`], whose readers count in days: an hour is not a retention period of a charter, but it is
/// the unit of a breach-notification deadline (« sous 24 heures »). « 24 h/24 » (opening hours) is not a delay.
pub(crate) fn find_hours(text: &str) -> Vec<Found<u32>> {
    scan(text, FIRST_WORDS, |s| {
        run(s, hours(s)).map(|(v, n)| Hit::Match(v, n))
    })
}

/// An amount of hours: digits glued or spaced to « h » / « heure(s) », or a number in words before « heure(s) ».
fn hours(input: &str) -> PResult<'_, u32> {
    let (i, n) = alt((
        map(
            tuple((
                super::digits(1, 4),
                ws0,
                alt((
                    kw("heures"),
                    kw("heure"),
                    kw("business hours"),
                    kw("working hours"),
                    kw("hours"),
                    kw("hour"),
                    kw("h"),
                )),
            )),
            |(d, _, _): (&str, _, _)| d.parse::<u32>().unwrap_or(0),
        ),
        map(
            tuple((amount, ws1, alt((kw("heures"), kw("heure"))))),
            |t| t.0,
        ),
    ))(input)?;
    if n == 0 || ws0(i).is_ok_and(|(rest, _)| rest.starts_with('/')) {
        return fail(input);
    }
    Ok((i, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use DurationUnit::*;

    fn d(amount: u32, unit: DurationUnit, at_most: bool) -> Duration {
        Duration {
            amount,
            unit,
            at_most,
        }
    }

    #[test]
    fn hours_are_read_apart() {
        let got = |t: &str| -> Vec<u32> { find_hours(t).iter().map(|f| f.value).collect() };
        assert_eq!(got("notifiée sous 24 heures"), vec![24]);
        assert_eq!(got("dans un délai de 48 h, puis 72h au plus"), vec![48, 72]);
        assert_eq!(got("au plus tard vingt-quatre heures après"), vec![24]);
        assert_eq!(got("quarante-huit (48) heures"), vec![48]);
        assert_eq!(got("soixante-douze heures"), vec![72]);
        assert_eq!(got("within 36 hours"), vec![36]);
        assert_eq!(got("a first response within 8 business hours"), vec![8]);
        assert!(got("assistance 24 h/24 et 7 j/7").is_empty());
        assert_eq!(got("30 jours, 12 mois, 0 heure"), Vec::<u32>::new());
        assert_eq!(got("une heure de formation"), vec![1]);
        assert!(got("H24 et 2h30").is_empty());
    }

    #[test]
    fn accepted_durations() {
        let table: &[(&str, Duration)] = &[
            ("30 jours", d(30, Day, false)),
            ("six mois", d(6, Month, false)),
            ("un (1) an", d(1, Year, false)),
            ("3 mois maximum", d(3, Month, true)),
            ("12 mois au plus", d(12, Month, true)),
            ("au maximum 90 jours", d(90, Day, true)),
            ("deux ans", d(2, Year, false)),
            ("1 an", d(1, Year, false)),
            ("24 mois", d(24, Month, false)),
            ("quinze jours", d(15, Day, false)),
            ("une semaine", d(1, Week, false)),
            ("trente (30) jours", d(30, Day, false)),
            ("30 (trente) jours", d(30, Day, false)),
            ("6 mois glissants", d(6, Month, false)),
            ("dix-huit mois", d(18, Month, false)),
            ("dix huit mois", d(18, Month, false)),
            ("vingt-quatre mois", d(24, Month, false)),
            ("30 jours ouvrés", d(30, Day, false)),
            ("10 jours ouvrables", d(10, Day, false)),
            ("quatre-vingt-dix jours", d(90, Day, false)),
            ("quatre‑vingt‑dix jours", d(90, Day, false)),
            ("soixante et onze jours", d(71, Day, false)),
            ("soixante-et-onze jours", d(71, Day, false)),
            ("soixante-dix-neuf jours", d(79, Day, false)),
            ("quatre-vingts jours", d(80, Day, false)),
            ("quatre-vingt-un jours", d(81, Day, false)),
            ("vingt et un jours", d(21, Day, false)),
            ("trente et un jours", d(31, Day, false)),
            ("cent jours", d(100, Day, false)),
            ("quatre ans", d(4, Year, false)),
            ("Trois Années", d(3, Year, false)),
            ("5 années civiles", d(5, Year, false)),
            ("deux semaines", d(2, Week, false)),
            ("jusqu’à 6 mois", d(6, Month, true)),
            ("dans la limite de trois mois", d(3, Month, true)),
            ("n'excédant pas 12 mois", d(12, Month, true)),
            ("maximale d’un an", d(1, Year, true)),
            ("6 mois, au maximum", d(6, Month, true)),
            ("3 mois max.", d(3, Month, true)),
            ("13\u{a0}mois", d(13, Month, false)),
            ("un jour ouvré", d(1, Day, false)),
            ("1 jour", d(1, Day, false)),
            ("un jour maximum", d(1, Day, true)),
            ("3 à 6 mois", d(6, Month, true)),
            ("de trois à six mois", d(6, Month, true)),
            ("entre 2 et 5 ans", d(5, Year, true)),
            ("13\u{202f}mois", d(13, Month, false)),
        ];
        for (input, expected) in table {
            assert_eq!(
                parse_duration(input),
                Some((*expected, input.len())),
                "input: {input:?}"
            );
        }
    }

    #[test]
    fn partial_consumption() {
        let cases: &[(&str, &str, Duration)] = &[
            ("3 ans et plus", "3 ans", d(3, Year, false)),
            ("un an après la fin", "un an", d(1, Year, false)),
            ("2 mois de travail", "2 mois", d(2, Month, false)),
        ];
        for (input, consumed, expected) in cases {
            let (got, n) = parse_duration(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(&input[..n], *consumed);
            assert_eq!(got, *expected);
        }
    }

    #[test]
    fn rejected_durations() {
        let rejected = [
            "mois de mars",
            "l’an dernier",
            "an dernier",
            "jour J",
            "annuel",
            "0 jour",
            "2 000 agents",
            "trente",
            "30",
            "30 personnes",
            "au plus tard",
            "mois",
            "2e année",
            "septembre",
            "sept. 2025",
            "un jourJ",
            "un jour",
            "Un jour, l’IA",
        ];
        for input in rejected {
            assert_eq!(parse_duration(input), None, "input: {input:?}");
        }
    }

    #[test]
    fn all_number_words_from_1_to_100() {
        let units = [
            "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
        ];
        let teens = [
            "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
            "dix-huit", "dix-neuf",
        ];
        let mut words: Vec<String> = Vec::new();
        words.extend(units.iter().map(std::string::ToString::to_string));
        words.extend(teens.iter().map(std::string::ToString::to_string));
        for tens in ["vingt", "trente", "quarante", "cinquante"] {
            words.push(tens.to_string());
            words.push(format!("{tens} et un"));
            words.extend(units[1..].iter().map(|u| format!("{tens}-{u}")));
        }
        words.push("soixante".into());
        words.push("soixante et un".into());
        words.extend(units[1..].iter().map(|u| format!("soixante-{u}")));
        words.push("soixante-dix".into());
        words.push("soixante et onze".into());
        words.extend(teens[2..].iter().map(|t| format!("soixante-{t}")));
        words.push("quatre-vingts".into());
        words.extend(units.iter().map(|u| format!("quatre-vingt-{u}")));
        words.extend(teens.iter().map(|t| format!("quatre-vingt-{t}")));
        words.push("cent".into());
        assert_eq!(words.len(), 100);
        for (k, w) in words.iter().enumerate() {
            let (n, len) = run(w, number_words(w)).unwrap();
            assert_eq!(
                (n, len),
                (u32::try_from(k + 1).expect("small"), w.len()),
                "{w}"
            );
        }
    }

    #[test]
    fn approx_days() {
        assert_eq!(d(6, Month, false).approx_days(), 180);
        assert_eq!(d(2, Year, false).approx_days(), 730);
        assert_eq!(d(3, Week, true).approx_days(), 21);
        assert_eq!(d(u32::MAX, Year, false).approx_days(), u32::MAX);
    }

    #[test]
    fn find_in_sentences() {
        let text = "Les journaux sont conservés six\u{a0}mois glissants, au maximum 90 jours pour les \
                    brouillons et un (1) an pour les comptes ; le mois de mars, l’an dernier, 2 000 agents \
                    et 1,5 an ne comptent pas, mais 3 ans et plus oui.";
        let found = find_durations(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            vec![
                "six\u{a0}mois glissants",
                "au maximum 90 jours",
                "un (1) an",
                "3 ans",
            ]
        );
        assert_eq!(found[1].value, d(90, Day, true));
    }
}
