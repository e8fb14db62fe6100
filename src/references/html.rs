//! Shared pieces of the self-contained HTML pages (`diff` and `compare`): escaping, number formatting, the page frame
//! with its inline style sheet. No script, no font, no image, no external request.

use crate::i18n::Lang;

/// Escapes text for HTML element content and attribute values (the one escaper: [`crate::output::escape::html_text`]).
pub(super) use crate::output::escape::html_text as esc;

/// A number with two decimals, French decimal comma in French.
pub(super) fn num(x: f64, lang: Lang) -> String {
    let s = format!("{x:.2}");
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A percentage without decimals (`75 %` in French, `75%` in English).
pub(super) fn pct(x: f64, lang: Lang) -> String {
    // A share between 0 and 1: the rounded percentage fits any integer type.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a share in [0, 1] gives 0 to 100"
    )]
    let p = (x * 100.0).round() as i64;
    match lang {
        Lang::Fr => format!("{p}\u{a0}%"),
        Lang::En => format!("{p}%"),
    }
}

pub(super) use crate::output::page::page;
