//! The dated, sourced facts charte relies on: the legal facts of `data/law/` (`charte law`) and the knowledge base of
//! AI tools (`data/tools.toml`), with what `charte law --stale` reports when an unsettled fact or a tool fact was last
//! checked too long ago.

use crate::grammar::CivilDate;
use crate::i18n::Lang;
pub use crate::law::{Fact, Law, Status};
pub use crate::rules::ctr::ctr004_tool_contradicts_requirement::{knowledge_base, KnowledgeBase};

/// Facts unchecked for longer than this many days are stale.
pub const MAX_AGE_DAYS: i64 = 120;

/// What `charte law --stale` reports at `today`: one line per stale fact (an unsettled legal fact, or a source of the
/// tool knowledge base, last checked more than [`MAX_AGE_DAYS`] days before), empty when everything is fresh. `today`
/// is a parameter so that tests do not depend on the clock.
pub fn stale_report(law: &Law, tools: &KnowledgeBase, today: CivilDate, lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = crate::law::stale_facts(law, today, MAX_AGE_DAYS)
        .into_iter()
        .map(|f| {
            format!(
                "{} ({}){} {} {} — {}",
                f.id,
                f.status.label(lang),
                lang.pick(" :", ":"),
                lang.pick("vérifié le", "checked on"),
                f.checked,
                f.source
            )
        })
        .collect();
    for tool in &tools.outil {
        for s in &tool.sources {
            let old = CivilDate::parse_iso(&s.consulte_le)
                .is_none_or(|d| crate::law::age_days(d, today) > MAX_AGE_DAYS);
            if old {
                lines.push(format!(
                    "tools.toml {} / {}{} {} {} — {}",
                    tool.id,
                    s.fait,
                    lang.pick(" :", ":"),
                    lang.pick("vérifié le", "checked on"),
                    s.consulte_le,
                    s.url
                ));
            }
        }
    }
    lines
}
