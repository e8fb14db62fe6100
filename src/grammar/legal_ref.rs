//! Grammar for references to legal texts: "article 35 du RGPD", "art. 5 § 1 e) RGPD", "article L. 311-3-1 du
//! CRPA", "loi n° 78-17 du 6 janvier 1978", "directive (UE) 2016/680", "règlement (UE) 2024/1689"…

use nom::branch::alt;
use nom::character::complete::{char, satisfy};
use nom::combinator::{map, opt, recognize, value};
use nom::sequence::{delimited, pair, preceded, tuple};

use super::{
    digits, fail, hyphen, kw, kw_cs, long_date, not_alnum_next, run, scan, uint, ws0, ws1, Found,
    Hit, PResult,
};

/// The legal text a reference points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Instrument {
    /// Regulation (EU) 2016/679, the General Data Protection Regulation ("RGPD").
    Rgpd,
    /// Regulation (EU) 2024/1689, the Artificial Intelligence Act ("RIA", "AI Act").
    AiAct,
    /// Loi n° 78-17 du 6 janvier 1978, "loi Informatique et Libertés".
    LoiInformatiqueLibertes,
    /// Code des relations entre le public et l'administration.
    Crpa,
    /// Code de la commande publique.
    CodeCommandePublique,
    /// Directive 95/46/CE (repealed by the GDPR).
    Directive9546,
    /// Another EU directive, by its number as written, e.g. "2016/680" or "2002/58".
    Directive(String),
    /// Another EU regulation, by its number as written, e.g. "2022/868" or "910/2014".
    Regulation(String),
    /// A French law by its number, e.g. "2016-1321".
    Loi(String),
    /// A French decree by its number, e.g. "2017-330".
    Decret(String),
    /// A legal text that is named but not modelled (another code, a law cited only by its date…), or no
    /// text at all for a bare "art. 44 à 49" read by [`parse_legal_ref`].
    Unknown,
}

/// One article cited, with its optional paragraph and point.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ArticleRef {
    /// Article number without spaces or dots: "35", "1" (for "1er"), "6 bis", "L311-3-1", "226-16".
    pub number: String,
    /// Paragraph ("§ 1", "paragraphe 1", "5.1", "6(1)", "alinéa 2"), as digits.
    pub paragraph: Option<String>,
    /// Point ("c)", "point c", "5.1.c"), as one lower-case letter.
    pub point: Option<String>,
}

impl ArticleRef {
    /// An article reference with a number only.
    pub fn new(number: impl Into<String>) -> Self {
        ArticleRef {
            number: number.into(),
            paragraph: None,
            point: None,
        }
    }

    /// The article number as an integer when it is a plain number ("35"), `None` for "L311-3-1" or "6 bis".
    pub fn as_u32(&self) -> Option<u32> {
        if self.number.is_empty() || !self.number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.number.parse().ok()
    }
}

/// A reference to a legal text, with the articles cited (empty when the text is cited as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalRef {
    /// The text cited.
    pub instrument: Instrument,
    /// The articles cited, in the order written; a range "15 à 22" is expanded to each number.
    pub articles: Vec<ArticleRef>,
}

/// Most articles kept from one reference (ranges are expanded, so this bounds the expansion).
const MAX_ARTICLES: usize = 99;

/// Parses one legal reference at the start of `input` and returns it with the number of bytes consumed.
///
/// Unlike [`find_legal_refs`], this also accepts articles cited without any text ("art. 44 à 49"), which are
/// returned with [`Instrument::Unknown`], except a charter heading such as "Article 3 – Objet".
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn parse_legal_ref(input: &str) -> Option<(LegalRef, usize)> {
    run(input, legal_ref(input)).map(|(p, n)| (p.reference, n))
}

/// Finds every legal reference in `text` that names a legal text (bare "article 3" is left out, since
/// charters number their own articles), in order and without overlaps.
pub(crate) fn find_legal_refs(text: &str) -> Vec<Found<LegalRef>> {
    scan(text, FIRST_WORDS, |s| {
        run(s, legal_ref(s)).map(|(p, n)| {
            if p.names_text {
                Hit::Match(p.reference, n)
            } else {
                // Articles with no text: no reference can start inside this list of numbers either.
                Hit::Skip(n)
            }
        })
    })
}

/// How every reference begins (checked before running the grammar, to keep scanning fast).
const FIRST_WORDS: &[&str] = &[
    "art",
    "l'art",
    "rgpd",
    "gdpr",
    "general data",
    "reglement",
    "ria",
    "ai",
    "a.i",
    "artificial",
    "loi",
    "lil",
    "directive",
    "decret",
    "code",
    "crpa",
    "ccp",
    "cgct",
];

/// A reference with a flag telling whether a legal text was named.
struct Parsed {
    reference: LegalRef,
    names_text: bool,
}

/// A reference starting with its articles, or with the text it cites.
fn legal_ref(input: &str) -> PResult<'_, Parsed> {
    alt((article_first, instrument_first))(input)
}

/// "article 35 du RGPD", "art. 35 RGPD", "article 35 (RGPD)", or a bare "art. 44 à 49".
fn article_first(input: &str) -> PResult<'_, Parsed> {
    let (i, _) = opt(kw("l'"))(input)?;
    let (i, articles) = article_part(i)?;
    let attached = alt((
        preceded(connector, instrument_after_article),
        delimited(
            tuple((ws0, char('('), ws0)),
            instrument_after_article,
            pair(ws0, char(')')),
        ),
    ))(i);
    match attached {
        Ok((rest, (instrument, code_like_only))) => {
            if code_like_only && !articles.iter().all(|a| is_code_number(&a.number)) {
                return bare(i, articles);
            }
            Ok((
                rest,
                Parsed {
                    reference: LegalRef {
                        instrument,
                        articles,
                    },
                    names_text: true,
                },
            ))
        }
        Err(nom::Err::Error(_)) => bare(i, articles),
        Err(e) => Err(e),
    }
}

/// Articles with no text named; refused when they look like a heading ("Article 3 – Objet").
fn bare(rest: &str, articles: Vec<ArticleRef>) -> PResult<'_, Parsed> {
    let after = rest.trim_start();
    if after.starts_with(['–', '—', '-', ':', '\u{2010}', '\u{2011}']) {
        return fail(rest);
    }
    Ok((
        rest,
        Parsed {
            reference: LegalRef {
                instrument: Instrument::Unknown,
                articles,
            },
            names_text: false,
        },
    ))
}

/// True for article numbers of French codes ("L311-3-1", "226-16"), which cannot be a charter's own article.
fn is_code_number(n: &str) -> bool {
    n.starts_with(|c: char| c.is_ascii_uppercase()) || n.contains('-')
}

/// "RGPD", "RGPD, art. 35", "RGPD : art. 35", "RGPD (art. 35)", "CRPA art. L. 311-3-1".
fn instrument_first(input: &str) -> PResult<'_, Parsed> {
    let (i, instrument) = instrument(input)?;
    let in_parens = delimited(
        tuple((ws0, char('('), ws0)),
        article_part,
        pair(ws0, char(')')),
    )(i);
    let attached = match in_parens {
        Ok(ok) => Some(ok),
        Err(_) => alt((
            preceded(tuple((ws0, alt((char(','), char(':'))), ws0)), article_part),
            preceded(ws1, article_part),
        ))(i)
        .ok()
        // "RGPD, article 3 de la présente charte": the article belongs to what follows.
        .filter(|(rest, _)| connector_word(rest).is_err()),
    };
    let (rest, articles) = attached.unwrap_or((i, Vec::new()));
    Ok((
        rest,
        Parsed {
            reference: LegalRef {
                instrument,
                articles,
            },
            names_text: true,
        },
    ))
}

/// "article", "articles", "art.", "art", "arts.".
fn article_kw(input: &str) -> PResult<'_, &str> {
    alt((
        kw("articles"),
        kw("article"),
        kw("arts."),
        kw("art."),
        kw("art"),
    ))(input)
}

/// The article keyword followed by a list of article numbers.
fn article_part(input: &str) -> PResult<'_, Vec<ArticleRef>> {
    let (i, _) = article_kw(input)?;
    let (i, _) = ws0(i)?;
    let (mut i, mut out) = item(i)?;
    while out.len() < MAX_ARTICLES {
        match preceded(list_sep, item)(i) {
            Ok((rest, more)) => {
                out.extend(more);
                i = rest;
            }
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    out.truncate(MAX_ARTICLES);
    // "articles 44 et suivants": the list is open-ended; keep the first article.
    let (i, _) = opt(tuple((
        ws1,
        kw("et"),
        ws1,
        alt((kw("suivants"), kw("suivant"), kw("s."))),
    )))(i)?;
    Ok((i, out))
}

/// ", ", " et ", " ou ", ", et ", optionally followed by another article keyword.
fn list_sep(input: &str) -> PResult<'_, ()> {
    let (i, _) = alt((
        recognize(tuple((
            ws0,
            char(','),
            ws0,
            opt(pair(alt((kw("et"), kw("ou"))), ws1)),
        ))),
        recognize(tuple((ws1, alt((kw("et"), kw("ou"))), ws1))),
    ))(input)?;
    let (i, _) = opt(tuple((opt(kw("l'")), article_kw, ws0)))(i)?;
    Ok((i, ()))
}

/// One article, or a range "15 à 22" expanded to each number.
fn item(input: &str) -> PResult<'_, Vec<ArticleRef>> {
    alt((range, map(single, |a| vec![a])))(input)
}

/// "15 à 22": expanded to each number when both ends are plain numbers less than 99 apart.
fn range(input: &str) -> PResult<'_, Vec<ArticleRef>> {
    let (i, a) = art_number(input)?;
    let (i, _) = tuple((ws1, kw("a"), ws1))(i)?;
    let (i, b) = art_number(i)?;
    let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return Ok((i, vec![ArticleRef::new(a), ArticleRef::new(b)]));
    };
    if x < y && u32::try_from(MAX_ARTICLES).is_ok_and(|max| (y - x) < max) {
        Ok((i, (x..=y).map(|n| ArticleRef::new(n.to_string())).collect()))
    } else {
        Ok((i, vec![ArticleRef::new(a), ArticleRef::new(b)]))
    }
}

/// One article number with its optional paragraph and point.
fn single(input: &str) -> PResult<'_, ArticleRef> {
    let (i, number) = art_number(input)?;
    let (i, sub) = opt(subdivision)(i)?;
    let (paragraph, point) = sub.unwrap_or((None, None));
    Ok((
        i,
        ArticleRef {
            number,
            paragraph,
            point,
        },
    ))
}

/// An article number: "35", "1er", "6 bis", "226-16", "L. 311-3-1", "L311-3-1", "R. 2122-1".
fn art_number(input: &str) -> PResult<'_, String> {
    alt((code_number, plain_number))(input)
}

/// A French code article number: "L. 311-3-1", "L311-3-1", "R. 2122-1" (returned without dot or space).
fn code_number(input: &str) -> PResult<'_, String> {
    let (i, prefix) = satisfy(|c| matches!(c, 'L' | 'R' | 'D' | 'A'))(input)?;
    let (i, _) = opt(char('.'))(i)?;
    let (i, _) = ws0(i)?;
    let (i, body) = recognize(pair(
        digits(1, 6),
        nom::multi::many_m_n(0, 6, pair(hyphen, digits(1, 6))),
    ))(i)?;
    not_alnum_next(i)?;
    let body: String = body
        .chars()
        .map(|c| if c.is_ascii_digit() { c } else { '-' })
        .collect();
    Ok((i, format!("{prefix}{body}")))
}

/// A plain article number: "35", "1er", "premier", "226-16", "6 bis".
fn plain_number(input: &str) -> PResult<'_, String> {
    let (i, base) = alt((
        map(
            alt((kw("1er"), kw("1 er"), kw("1ᵉʳ"), kw("premier"))),
            |_| "1".to_string(),
        ),
        map(
            recognize(pair(
                digits(1, 4),
                nom::multi::many_m_n(0, 3, pair(hyphen, digits(1, 4))),
            )),
            |s: &str| {
                s.chars()
                    .map(|c| if c.is_ascii_digit() { c } else { '-' })
                    .collect()
            },
        ),
    ))(input)?;
    not_alnum_next(i)?;
    let (i, suffix) = opt(preceded(
        ws1,
        alt((
            kw("bis"),
            kw("ter"),
            kw("quater"),
            kw("quinquies"),
            kw("sexies"),
        )),
    ))(i)?;
    match suffix {
        Some(s) => Ok((i, format!("{base} {}", s.to_lowercase()))),
        None => Ok((i, base)),
    }
}

/// Paragraph and point of an article.
type Sub = (Option<String>, Option<String>);

/// Paragraph and point after an article number.
fn subdivision(input: &str) -> PResult<'_, Sub> {
    alt((dotted, section_sign, parenthesised, worded))(input)
}

/// "5.1", "5.1.c", "6.1.e)", "5.1 c)".
fn dotted(input: &str) -> PResult<'_, Sub> {
    let (i, _) = char('.')(input)?;
    let (i, para) = uint(1, 2)(i)?;
    let (i, point) = opt(alt((
        preceded(char('.'), alt((closed_point_letter, point_letter))),
        preceded(ws1, closed_point_letter),
    )))(i)?;
    Ok((i, (Some(para.to_string()), point)))
}

/// "§ 1", "§1 e)", "§ 1, point e)".
fn section_sign(input: &str) -> PResult<'_, Sub> {
    let (i, _) = tuple((ws0, char('§'), ws0))(input)?;
    let (i, para) = ordinal(i)?;
    let (i, point) = opt(trailing_point)(i)?;
    Ok((i, (Some(para), point)))
}

/// "6(1)", "6 (1) e)", "6(1)(e)".
fn parenthesised(input: &str) -> PResult<'_, Sub> {
    let (i, _) = pair(ws0, char('('))(input)?;
    let (i, para) = uint(1, 2)(i)?;
    let (i, _) = char(')')(i)?;
    let (i, point) = opt(preceded(
        ws0,
        alt((
            delimited(char('('), point_letter, char(')')),
            closed_point_letter,
        )),
    ))(i)?;
    Ok((i, (Some(para.to_string()), point)))
}

/// ", paragraphe 1, point c)", " alinéa 2", ", point e)".
fn worded(input: &str) -> PResult<'_, Sub> {
    let (i, _) = pair(opt(pair(ws0, char(','))), ws1)(input)?;
    alt((
        map(
            pair(
                preceded(pair(paragraph_kw, ws0), ordinal),
                opt(trailing_point),
            ),
            |(p, pt)| (Some(p), pt),
        ),
        map(
            preceded(pair(point_kw, ws1), point_letter_opt_paren),
            |pt| (None, Some(pt)),
        ),
    ))(i)
}

/// "paragraphe", "par.", "alinéa", "al.", "§".
fn paragraph_kw(input: &str) -> PResult<'_, &str> {
    alt((
        kw("paragraphe"),
        kw("para."),
        kw("par."),
        kw("alinea"),
        kw("al."),
        kw("§"),
    ))(input)
}

/// "point", "sous", "lettre", "litt.".
fn point_kw(input: &str) -> PResult<'_, &str> {
    alt((
        kw("point"),
        kw("sous"),
        kw("lettre"),
        kw("litt."),
        kw("littera"),
    ))(input)
}

/// A paragraph number: digits, "1er", "premier".
fn ordinal(input: &str) -> PResult<'_, String> {
    alt((
        value(
            "1".to_string(),
            alt((kw("1er"), kw("1 er"), kw("1ᵉʳ"), kw("premier"))),
        ),
        map(uint(1, 3), |n| n.to_string()),
    ))(input)
}

/// A point after a paragraph: " e)", ", e)", ", point e)", " point e".
fn trailing_point(input: &str) -> PResult<'_, String> {
    let (i, _) = opt(pair(ws0, char(',')))(input)?;
    let (i, _) = ws1(i)?;
    alt((
        preceded(pair(point_kw, ws1), point_letter_opt_paren),
        closed_point_letter,
    ))(i)
}

/// A single letter not followed by a letter or digit.
fn point_letter(input: &str) -> PResult<'_, String> {
    let (i, c) = satisfy(|c| c.is_ascii_alphabetic())(input)?;
    not_alnum_next(i)?;
    Ok((i, c.to_ascii_lowercase().to_string()))
}

/// A single letter followed by ")": "c)".
fn closed_point_letter(input: &str) -> PResult<'_, String> {
    let (i, c) = satisfy(|c| c.is_ascii_alphabetic())(input)?;
    let (i, _) = char(')')(i)?;
    Ok((i, c.to_ascii_lowercase().to_string()))
}

/// After "point": "c)", "c", or a numbered point "1)" as in the definitions of article 4 of the GDPR.
fn point_letter_opt_paren(input: &str) -> PResult<'_, String> {
    alt((
        closed_point_letter,
        point_letter,
        map(pair(uint(1, 2), opt(char(')'))), |(n, _)| n.to_string()),
    ))(input)
}

/// What joins an article to the text it belongs to: " du ", " de la ", " de l’", ", du ", or just a space.
fn connector(input: &str) -> PResult<'_, ()> {
    let (i, _) = opt(pair(ws0, char(',')))(input)?;
    let (i, _) = ws1(i)?;
    let (i, _) = opt(connector_word_only)(i)?;
    Ok((i, ()))
}

/// "du", "de la", "de l’", "des", "de", "au", "aux" (with the space after).
fn connector_word_only(input: &str) -> PResult<'_, &str> {
    alt((
        kw("de l'"),
        recognize(pair(
            alt((
                kw("du"),
                kw("de la"),
                kw("des"),
                kw("de"),
                kw("au"),
                kw("aux"),
            )),
            ws1,
        )),
    ))(input)
}

/// A connector word after optional comma and space (used to refuse attaching an article to a text named
/// before it when another text follows).
fn connector_word(input: &str) -> PResult<'_, &str> {
    preceded(pair(opt(pair(ws0, char(','))), ws1), connector_word_only)(input)
}

/// A text named after an article; the flag is true when it is a code we only accept after code-like
/// article numbers ("article L. 123-4 du code de la voirie routière").
fn instrument_after_article(input: &str) -> PResult<'_, (Instrument, bool)> {
    alt((
        map(instrument, |x| (x, false)),
        map(kw("code"), |_| (Instrument::Unknown, true)),
    ))(input)
}

/// A named legal text, with an optional acronym or number in brackets after it: "règlement général sur la
/// protection des données (RGPD)".
fn instrument(input: &str) -> PResult<'_, Instrument> {
    let (i, found) = instrument_core(input)?;
    let (i, _) = opt(tuple((
        ws0,
        char('('),
        ws0,
        alt((
            recognize(instrument_core),
            recognize(pair(eu_qualifier, pair(ws0, eu_number))),
            recognize(eu_number),
        )),
        ws0,
        char(')'),
    )))(i)?;
    // "règlement général sur la protection des données du 27 avril 2016"
    let (i, _) = opt(date_tail)(i)?;
    Ok((i, found))
}

/// A named legal text, without what may follow it in brackets.
fn instrument_core(input: &str) -> PResult<'_, Instrument> {
    alt((
        rgpd_long,
        ai_act_long,
        regulation_numbered,
        directive,
        loi_named,
        loi_numbered,
        loi_dated,
        decret,
        crpa,
        ccp,
        known_code,
        acronym,
    ))(input)
}

/// "règlement général sur la protection des données" and its variants.
fn rgpd_long(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = alt((
        recognize(tuple((
            kw("reglement"),
            ws1,
            alt((kw("general"), kw("europeen"))),
            ws1,
            alt((
                kw("sur la"),
                kw("relatif a la"),
                kw("pour la"),
                kw("de la"),
                kw("de"),
            )),
            ws1,
            kw("protection des donnees"),
            opt(pair(
                ws1,
                alt((kw("personnelles"), kw("a caractere personnel"))),
            )),
        ))),
        kw("general data protection regulation"),
    ))(input)?;
    Ok((i, Instrument::Rgpd))
}

/// "règlement européen sur l’IA", "règlement sur l’intelligence artificielle", "loi européenne sur l’IA".
fn ai_act_long(input: &str) -> PResult<'_, Instrument> {
    let reglement = recognize(tuple((
        kw("reglement"),
        opt(pair(ws1, kw("europeen"))),
        ws1,
        opt(alt((
            kw("sur l'"),
            kw("relatif a l'"),
            kw("concernant l'"),
            kw("de l'"),
            kw("sur"),
            kw("relatif a"),
        ))),
        ws0,
        alt((kw("intelligence artificielle"), kw("ia"))),
    )));
    let loi = recognize(tuple((
        kw("loi europeenne"),
        ws1,
        alt((kw("sur l'"), kw("relative a l'"))),
        alt((kw("intelligence artificielle"), kw("ia"))),
    )));
    let (i, _) = alt((reglement, loi))(input)?;
    Ok((i, Instrument::AiAct))
}

/// "(UE)", "(CE)", "UE", "(EU)".
fn eu_qualifier(input: &str) -> PResult<'_, &str> {
    alt((
        recognize(tuple((
            char('('),
            ws0,
            alt((kw("ue"), kw("ce"), kw("eu"), kw("cee"))),
            ws0,
            char(')'),
        ))),
        kw("ue"),
        kw("ce"),
    ))(input)
}

/// "n°", "n °", "nº", "no", "n.", "numéro".
fn num_sign(input: &str) -> PResult<'_, &str> {
    alt((kw("numero"), kw("n°"), kw("n °"), kw("no"), kw("n.")))(input)
}

/// "2016/679", "n° 910/2014", "95/46/CE"; returns the two numbers joined by "/".
fn eu_number(input: &str) -> PResult<'_, String> {
    let (i, _) = opt(pair(num_sign, ws0))(input)?;
    let (i, (a, _, b)) = tuple((digits(1, 4), char('/'), digits(1, 4)))(i)?;
    let (i, _) = opt(pair(
        char('/'),
        alt((kw("ce"), kw("ue"), kw("cee"), kw("eu"))),
    ))(i)?;
    not_alnum_next(i)?;
    Ok((i, format!("{a}/{b}")))
}

/// " du Parlement européen et du Conseil", " du 27 avril 2016".
fn eu_tail(input: &str) -> PResult<'_, ()> {
    let (i, _) = opt(pair(ws1, kw("du parlement europeen et du conseil")))(input)?;
    let (i, _) = opt(date_tail)(i)?;
    Ok((i, ()))
}

/// " du 6 janvier 1978".
fn date_tail(input: &str) -> PResult<'_, (u8, u8, i32)> {
    preceded(tuple((ws1, kw("du"), ws1)), long_date)(input)
}

/// "règlement (UE) 2016/679", "règlement (UE) n° 910/2014": the GDPR, the AI Act or another regulation.
fn regulation_numbered(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = kw("reglement")(input)?;
    let (i, _) = opt(pair(ws1, kw("europeen")))(i)?;
    let (i, _) = ws0(i)?;
    let (i, _) = opt(pair(eu_qualifier, ws0))(i)?;
    let (i, n) = eu_number(i)?;
    let (i, ()) = eu_tail(i)?;
    let found = match n.as_str() {
        "2016/679" => Instrument::Rgpd,
        "2024/1689" => Instrument::AiAct,
        _ => Instrument::Regulation(n),
    };
    Ok((i, found))
}

/// "directive 95/46/CE", "directive (UE) 2016/680", "directive NIS 2".
fn directive(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = kw("directive")(input)?;
    let (i, _) = opt(pair(ws1, kw("europeenne")))(i)?;
    let (i, _) = ws0(i)?;
    let nis2 = value(
        "2022/2555".to_string(),
        alt((kw("nis 2"), kw("nis2"), kw("nis-2"))),
    );
    let numbered = map(pair(opt(pair(eu_qualifier, ws0)), eu_number), |(_, n)| n);
    let (i, n) = alt((nis2, numbered))(i)?;
    let (i, ()) = eu_tail(i)?;
    let found = if n == "95/46" {
        Instrument::Directive9546
    } else {
        Instrument::Directive(n)
    };
    Ok((i, found))
}

/// A French law or decree number: "78-17", "2016-1321".
fn law_number(input: &str) -> PResult<'_, String> {
    let (i, (a, _, b)) = tuple((digits(2, 4), hyphen, digits(1, 5)))(input)?;
    not_alnum_next(i)?;
    Ok((i, format!("{a}-{b}")))
}

/// "loi n° 2016-1321 du 7 octobre 2016"; "78-17" is the loi Informatique et Libertés.
fn loi_numbered(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = kw("loi")(input)?;
    let (i, _) = opt(pair(ws1, kw("organique")))(i)?;
    let (i, _) = ws1(i)?;
    let (i, _) = opt(pair(num_sign, ws0))(i)?;
    let (i, n) = law_number(i)?;
    let (i, _) = opt(date_tail)(i)?;
    let (i, _) = opt(pair(ws1, kw("pour une republique numerique")))(i)?;
    let (i, _) = opt(pair(ws1, alt((kw("modifiee"), kw("modifie")))))(i)?;
    let found = if n == "78-17" {
        Instrument::LoiInformatiqueLibertes
    } else {
        Instrument::Loi(n)
    };
    Ok((i, found))
}

/// "loi du 6 janvier 1978" (Informatique et Libertés); any other law cited by date only is `Unknown`.
fn loi_dated(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = kw("loi")(input)?;
    let (i, date) = date_tail(i)?;
    let (i, _) = opt(pair(ws1, alt((kw("modifiee"), kw("modifie")))))(i)?;
    let found = if date == (6, 1, 1978) {
        Instrument::LoiInformatiqueLibertes
    } else {
        Instrument::Unknown
    };
    Ok((i, found))
}

/// Laws cited by name: "loi Informatique et Libertés", "loi « Informatique et Libertés »", "loi pour une
/// République numérique", "loi REEN".
fn loi_named(input: &str) -> PResult<'_, Instrument> {
    let quote = |i| satisfy(|c| matches!(c, '«' | '»' | '"' | '“' | '”'))(i);
    let lil = value(
        Instrument::LoiInformatiqueLibertes,
        recognize(tuple((
            kw("loi"),
            ws1,
            opt(pair(kw("dite"), ws1)),
            opt(pair(quote, ws0)),
            alt((
                kw("informatique et libertes"),
                kw("informatique & libertes"),
                kw("relative a l'informatique, aux fichiers et aux libertes"),
            )),
            opt(pair(ws0, quote)),
        ))),
    );
    let numerique = value(
        Instrument::Loi("2016-1321".to_string()),
        kw("loi pour une republique numerique"),
    );
    let reen = value(Instrument::Loi("2021-1485".to_string()), kw("loi reen"));
    alt((lil, numerique, reen))(input)
}

/// "décret n° 2017-330 du 14 mars 2017".
fn decret(input: &str) -> PResult<'_, Instrument> {
    let (i, _) = kw("decret")(input)?;
    let (i, _) = ws1(i)?;
    let (i, _) = opt(pair(num_sign, ws0))(i)?;
    let (i, n) = law_number(i)?;
    let (i, _) = opt(date_tail)(i)?;
    Ok((i, Instrument::Decret(n)))
}

/// "CRPA", "code des relations entre le public et l’administration".
fn crpa(input: &str) -> PResult<'_, Instrument> {
    value(
        Instrument::Crpa,
        alt((
            kw("crpa"),
            kw("code des relations entre le public et l'administration"),
        )),
    )(input)
}

/// "code de la commande publique", "CCP".
fn ccp(input: &str) -> PResult<'_, Instrument> {
    value(
        Instrument::CodeCommandePublique,
        alt((kw("code de la commande publique"), kw_cs("CCP"))),
    )(input)
}

/// Other French codes, recognised so that their articles are not read as something else.
fn known_code(input: &str) -> PResult<'_, Instrument> {
    value(
        Instrument::Unknown,
        alt((
            alt((
                kw("code general des collectivites territoriales"),
                kw("code general de la fonction publique"),
                kw("code general des impots"),
                kw("code civil"),
                kw("code penal"),
                kw("code de procedure penale"),
                kw("code du travail"),
                kw("code de la sante publique"),
                kw("code du patrimoine"),
                kw("code de l'environnement"),
                kw("code de la propriete intellectuelle"),
                kw("code de l'education"),
            )),
            alt((
                kw("code de l'action sociale et des familles"),
                kw("code de la securite interieure"),
                kw("code de la securite sociale"),
                kw("code des postes et des communications electroniques"),
                kw("code de la consommation"),
                kw("code de l'urbanisme"),
                kw("code de justice administrative"),
                kw("code electoral"),
                kw("code des marches publics"),
                kw_cs("CGCT"),
            )),
        )),
    )(input)
}

/// "RGPD", "GDPR", "RIA", "AI Act", "LIL".
fn acronym(input: &str) -> PResult<'_, Instrument> {
    alt((
        value(Instrument::Rgpd, alt((kw("rgpd"), kw("gdpr")))),
        value(
            Instrument::AiAct,
            alt((
                kw_cs("RIA"),
                kw("ai act"),
                kw("ai-act"),
                kw("a.i. act"),
                kw("artificial intelligence act"),
            )),
        ),
        value(Instrument::LoiInformatiqueLibertes, kw_cs("LIL")),
    ))(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arts(ns: &[&str]) -> Vec<ArticleRef> {
        ns.iter().map(|n| ArticleRef::new(*n)).collect()
    }

    fn art(n: &str, para: Option<&str>, point: Option<&str>) -> ArticleRef {
        ArticleRef {
            number: n.to_string(),
            paragraph: para.map(str::to_string),
            point: point.map(str::to_string),
        }
    }

    fn range_of(a: u32, b: u32) -> Vec<ArticleRef> {
        (a..=b).map(|n| ArticleRef::new(n.to_string())).collect()
    }

    #[test]
    fn accepted_references() {
        use Instrument::*;
        let table: Vec<(&str, Instrument, Vec<ArticleRef>)> = vec![
            ("article 35 du RGPD", Rgpd, arts(&["35"])),
            ("art. 35 RGPD", Rgpd, arts(&["35"])),
            ("Art.35 du RGPD", Rgpd, arts(&["35"])),
            (
                "l’article 22 du règlement général sur la protection des données",
                Rgpd,
                arts(&["22"]),
            ),
            (
                "l'article 22 du Reglement general sur la protection des donnees",
                Rgpd,
                arts(&["22"]),
            ),
            (
                "art. 5 § 1 e) RGPD",
                Rgpd,
                vec![art("5", Some("1"), Some("e"))],
            ),
            (
                "article 5.1.c du RGPD",
                Rgpd,
                vec![art("5", Some("1"), Some("c"))],
            ),
            (
                "article 5, paragraphe 1, point c), du RGPD",
                Rgpd,
                vec![art("5", Some("1"), Some("c"))],
            ),
            (
                "article 6(1)(e) du RGPD",
                Rgpd,
                vec![art("6", Some("1"), Some("e"))],
            ),
            ("article 9.2 du RGPD", Rgpd, vec![art("9", Some("2"), None)]),
            ("articles 13 et 14 du RGPD", Rgpd, arts(&["13", "14"])),
            (
                "articles 13, 14 et 21 du RGPD",
                Rgpd,
                arts(&["13", "14", "21"]),
            ),
            ("articles 15 à 22 du RGPD", Rgpd, range_of(15, 22)),
            ("art. 44 à 49", Unknown, range_of(44, 49)),
            ("règlement (UE) 2016/679", Rgpd, vec![]),
            (
                "Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016",
                Rgpd,
                vec![],
            ),
            ("règlement (UE) 2024/1689", AiAct, vec![]),
            ("règlement européen sur l’IA", AiAct, vec![]),
            (
                "règlement européen sur l'intelligence artificielle (RIA)",
                AiAct,
                vec![],
            ),
            ("AI Act", AiAct, vec![]),
            ("RIA", AiAct, vec![]),
            ("article 50 de l’AI Act", AiAct, arts(&["50"])),
            ("article 4 du règlement (UE) 2024/1689", AiAct, arts(&["4"])),
            ("article L. 311-3-1 du CRPA", Crpa, arts(&["L311-3-1"])),
            (
                "article L311-3-1 du code des relations entre le public et l’administration",
                Crpa,
                arts(&["L311-3-1"]),
            ),
            ("article L. 312-1-3 du CRPA", Crpa, arts(&["L312-1-3"])),
            (
                "loi n° 78-17 du 6 janvier 1978",
                LoiInformatiqueLibertes,
                vec![],
            ),
            (
                "loi Informatique et Libertés",
                LoiInformatiqueLibertes,
                vec![],
            ),
            (
                "loi « Informatique et Libertés »",
                LoiInformatiqueLibertes,
                vec![],
            ),
            ("loi du 6 janvier 1978", LoiInformatiqueLibertes, vec![]),
            (
                "article 47 de la loi Informatique et Libertés",
                LoiInformatiqueLibertes,
                arts(&["47"]),
            ),
            (
                "loi n°2016-1321 du 7 octobre 2016",
                Loi("2016-1321".into()),
                vec![],
            ),
            (
                "loi n° 2021-1485 du 15 novembre 2021",
                Loi("2021-1485".into()),
                vec![],
            ),
            (
                "loi pour une République numérique",
                Loi("2016-1321".into()),
                vec![],
            ),
            ("directive 95/46/CE", Directive9546, vec![]),
            (
                "directive (UE) 2016/680",
                Directive("2016/680".into()),
                vec![],
            ),
            ("directive NIS 2", Directive("2022/2555".into()), vec![]),
            (
                "règlement (UE) n° 910/2014",
                Regulation("910/2014".into()),
                vec![],
            ),
            (
                "article L2152-7 du code de la commande publique",
                CodeCommandePublique,
                arts(&["L2152-7"]),
            ),
            ("décret n° 2017-330", Decret("2017-330".into()), vec![]),
            (
                "decret n°2017-330 du 14 mars 2017",
                Decret("2017-330".into()),
                vec![],
            ),
            ("RGPD", Rgpd, vec![]),
            ("RGPD, art. 35", Rgpd, arts(&["35"])),
            ("RGPD (art. 35)", Rgpd, arts(&["35"])),
            ("RGPD : articles 13 et 14", Rgpd, arts(&["13", "14"])),
            (
                "règlement général sur la protection des données (RGPD) du 27 avril 2016, art. 32",
                Rgpd,
                arts(&["32"]),
            ),
            ("article 35 (RGPD)", Rgpd, arts(&["35"])),
            ("article 1er du RGPD", Rgpd, arts(&["1"])),
            (
                "article 6 bis de la loi n° 78-17",
                LoiInformatiqueLibertes,
                arts(&["6 bis"]),
            ),
            (
                "article L. 1111-2 du code général des collectivités territoriales",
                Unknown,
                arts(&["L1111-2"]),
            ),
            ("article 226-16 du code pénal", Unknown, arts(&["226-16"])),
            (
                "règlement général sur la protection des données (RGPD)",
                Rgpd,
                vec![],
            ),
            ("GDPR", Rgpd, vec![]),
            (
                "article 22 du Réglement Général sur la Protection des Données",
                Rgpd,
                arts(&["22"]),
            ),
            (
                "article 4, point 1), du RGPD",
                Rgpd,
                vec![art("4", None, Some("1"))],
            ),
            (
                "RGPD art. 5.1.c) et art. 25",
                Rgpd,
                vec![art("5", Some("1"), Some("c")), ArticleRef::new("25")],
            ),
            ("articles 44 et suivants du RGPD", Rgpd, arts(&["44"])),
            (
                "loi n°2016-1321 pour une République numérique, art. 4",
                Loi("2016-1321".into()),
                arts(&["4"]),
            ),
            ("rgpd", Rgpd, vec![]),
            ("art.\u{a0}35\u{a0}du\u{202f}RGPD", Rgpd, arts(&["35"])),
        ];
        for (input, instrument, articles) in table {
            let got = parse_legal_ref(input);
            let expected = LegalRef {
                instrument,
                articles,
            };
            assert_eq!(got, Some((expected, input.len())), "input: {input:?}");
        }
    }

    #[test]
    fn partial_consumption_stops_before_unrelated_text() {
        let cases: &[(&str, &str)] = &[
            ("article 35 du RGPD prévoit", "article 35 du RGPD"),
            ("RGPD. Article 3 – Objet", "RGPD"),
            ("RGPD, article 3 de la présente charte", "RGPD"),
            ("article 3 de la présente charte", "article 3"),
            ("loi n° 78-17 modifiée, qui", "loi n° 78-17 modifiée"),
            // An unlisted code: only the word "code" is consumed.
            (
                "article R. 123-4 du code de la voirie routière",
                "article R. 123-4 du code",
            ),
        ];
        for (input, consumed) in cases {
            let (_, n) = parse_legal_ref(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(&input[..n], *consumed, "input: {input:?}");
        }
    }

    #[test]
    fn rejected_references() {
        let rejected = [
            "article 3 – Objet de la charte",
            "Article 3 : définitions",
            "art.",
            "article",
            "articles du RGPD",
            "ria",
            "le règlement intérieur",
            "règlement",
            "directive",
            "loi",
            "décret",
            "code",
            "l'article",
            "CCPA",
            "Articles",
            "artiste",
        ];
        for input in rejected {
            assert_eq!(parse_legal_ref(input), None, "input: {input:?}");
        }
    }

    #[test]
    fn find_reports_only_references_that_name_a_text() {
        let text = "Article 3 – Objet. Conformément à l’article 35 du RGPD et aux articles 13 et 14 \
                    du même texte, puis à l'article 4 de la présente charte, la collectivité applique \
                    le RGPD, art. 22, la loi n°\u{a0}78-17 du 6\u{a0}janvier 1978 et l’article L.\u{a0}311-3-1 \
                    du CRPA ; voir aussi la directive 95/46/CE (abrogée).";
        let found = find_legal_refs(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            vec![
                "l’article 35 du RGPD",
                "RGPD, art. 22",
                "loi n°\u{a0}78-17 du 6\u{a0}janvier 1978",
                "l’article L.\u{a0}311-3-1 du CRPA",
                "directive 95/46/CE",
            ]
        );
        assert_eq!(found[0].value.instrument, Instrument::Rgpd);
        assert_eq!(found[1].value.articles, arts(&["22"]));
        assert_eq!(
            found[2].value.instrument,
            Instrument::LoiInformatiqueLibertes
        );
        assert_eq!(found[3].value.articles, arts(&["L311-3-1"]));
        assert_eq!(found[4].value.instrument, Instrument::Directive9546);
    }

    #[test]
    fn find_in_sentences_with_mixed_forms() {
        let text = "Le Règlement européen sur l’IA (RIA) et le RGPD s’appliquent ; l’article 50 de l’AI Act \
                    impose la transparence, et les articles 15 à 22 du RGPD fixent les droits.";
        let found = find_legal_refs(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            vec![
                "Règlement européen sur l’IA (RIA)",
                "RGPD",
                "l’article 50 de l’AI Act",
                "articles 15 à 22 du RGPD",
            ]
        );
        assert_eq!(found[3].value.articles, range_of(15, 22));
        for f in &found {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }

    #[test]
    fn code_fallback_needs_code_like_numbers() {
        // A charter's own "code de conduite" must not turn its articles into legal references.
        assert!(find_legal_refs("voir l'article 4 du code de conduite").is_empty());
        let found = find_legal_refs("selon l'article R. 123-4 du code de la voirie routière");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value.instrument, Instrument::Unknown);
    }

    #[test]
    fn huge_ranges_are_not_expanded() {
        let (r, _) = parse_legal_ref("articles 1 à 5000 du RGPD").unwrap();
        assert_eq!(r.articles, arts(&["1", "5000"]));
        let (r, _) = parse_legal_ref("articles 1 à 99 du RGPD").unwrap();
        assert_eq!(r.articles.len(), 99);
    }

    #[test]
    fn as_u32_reads_plain_numbers_only() {
        assert_eq!(ArticleRef::new("35").as_u32(), Some(35));
        assert_eq!(ArticleRef::new("L311-3-1").as_u32(), None);
        assert_eq!(ArticleRef::new("6 bis").as_u32(), None);
    }
}
