//! The size of the authority behind a charter (population, number of agents), for rules whose legal basis has a
//! threshold (REEN: 50,000 inhabitants; CRPA L312-1-3: 50 agents; SREN art. 31-1 if adopted: 30,000 inhabitants).
//!
//! The front matter wins (`collectivite.population`, `collectivite.agents`); otherwise the body may state it
//! (« commune de 60 000 habitants », « nos 1 200 agents »). A number introduced by a comparison (« plus de »,
//! « moins de », « au-delà de », « seuil de »…) quotes a threshold, not the authority's size, and is skipped, like a
//! share (« 3 agents sur 4 »).

use super::Charter;
use regex::Regex;
use std::sync::LazyLock;

/// The authority's size, when known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Size {
    /// Inhabitants.
    pub population: Option<u64>,
    /// Agents (staff).
    pub agents: Option<u64>,
}

/// Words just before a number that make it a threshold, not a size.
const COMPARISONS: &[&str] = &[
    "plus de",
    "moins de",
    "au-delà de",
    "au dela de",
    "seuil de",
    "dépassant",
    "supérieur à",
    "supérieure à",
    "inférieur à",
    "inférieure à",
    "jusqu'à",
    "environ",
    "au moins",
    "à partir de",
];

static NUMBER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3}(?:[ \u{a0}\u{202f}.]\d{3})+|\d{1,9})[ \u{a0}\u{202f}]+(habitants|agents)\b")
        .expect("valid regex")
});

impl Charter {
    /// The authority's size: front matter first, else the first size the title or a clause states.
    pub fn size(&self) -> Size {
        let meta = self.meta.collectivite.as_ref();
        let mut size = Size {
            population: meta.and_then(|c| c.population),
            agents: meta.and_then(|c| c.agents),
        };
        let texts = self
            .title
            .as_deref()
            .into_iter()
            .chain(self.clauses.iter().map(|c| c.text.as_str()));
        for text in texts {
            if size.population.is_some() && size.agents.is_some() {
                break;
            }
            for (n, unit) in stated_sizes(text) {
                let slot = if unit == "habitants" {
                    &mut size.population
                } else {
                    &mut size.agents
                };
                if slot.is_none() {
                    *slot = Some(n);
                }
            }
        }
        size
    }
}

/// Every « N habitants » / « N agents » of a text that states a size (not a threshold).
pub(super) fn stated_sizes(text: &str) -> Vec<(u64, &'static str)> {
    let mut out = Vec::new();
    for cap in NUMBER_OF.captures_iter(text) {
        let (Some(num), Some(unit)) = (cap.get(1), cap.get(2)) else {
            continue;
        };
        let before = text[..num.start()].trim_end().to_lowercase();
        let whole = cap.get(0).map_or(num.end(), |m| m.end());
        // « 3 agents sur 4 » is a share, not a headcount.
        let ratio = text[whole..].trim_start().starts_with("sur ");
        if ratio || COMPARISONS.iter().any(|c| before.ends_with(c)) {
            continue;
        }
        let digits: String = num.as_str().chars().filter(char::is_ascii_digit).collect();
        let Ok(n) = digits.parse::<u64>() else {
            continue;
        };
        let unit = if unit.as_str().eq_ignore_ascii_case("habitants") {
            "habitants"
        } else {
            "agents"
        };
        out.push((n, unit));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_stated_in_prose() {
        assert_eq!(
            stated_sizes("La commune de 60 000 habitants"),
            vec![(60_000, "habitants")]
        );
        assert_eq!(
            stated_sizes("ses 1\u{a0}200 agents"),
            vec![(1_200, "agents")]
        );
        assert_eq!(
            stated_sizes("une ville de 2.000 habitants"),
            vec![(2_000, "habitants")]
        );
        assert!(stated_sizes("les communes de plus de 50 000 habitants").is_empty());
        assert!(stated_sizes("au-delà de 50 agents").is_empty());
        assert!(stated_sizes("3 agents sur 4").is_empty());
    }
}
