//! What kind of document a file is: a charter, or a vendor offer that `check` and `compare` must leave to
//! `charte offer`. The signs are data (`data/document_kinds.toml`); only the front matter's `type` and `titre`,
//! the first heading and the paragraph under it are read, so a charter that mentions an « offre » is not affected.

use crate::parse::front_matter::{split, FrontMatter};
use serde::Deserialize;
use std::sync::LazyLock;

/// The kind of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentKind {
    /// An AI usage charter (the default).
    Charter,
    /// A vendor's offer (mémoire technique, réponse à une consultation).
    Offer,
}

#[derive(Debug, Deserialize)]
struct Signs {
    offre: OfferSigns,
}

#[derive(Debug, Deserialize)]
struct OfferSigns {
    types: Vec<String>,
    titre_commence_par: Vec<String>,
    titre_contient: Vec<String>,
    titre_pas_une_offre: Vec<String>,
    chapeau_reponse_a: Vec<String>,
}

static SIGNS: LazyLock<OfferSigns> = LazyLock::new(|| {
    toml::from_str::<Signs>(include_str!("../data/document_kinds.toml"))
        .expect("data/document_kinds.toml is valid (tested)")
        .offre
});

fn norm(s: &str) -> String {
    s.trim()
        .trim_matches(|c: char| c == '"' || c == '\'' || c == '*' || c == '_')
        .trim()
        .replace('’', "'")
        .replace('\u{a0}', " ")
        .to_lowercase()
}

/// The value of a top-level `key:` line of a YAML block (no nesting, quotes removed).
fn yaml_value<'a>(yaml: &'a str, key: &str) -> Option<&'a str> {
    yaml.lines().find_map(|l| {
        let rest = l.strip_prefix(key)?.strip_prefix(':')?;
        let v = rest.split(" #").next().unwrap_or(rest).trim();
        Some(v.trim_matches(|c| c == '"' || c == '\''))
    })
}

fn title_says_offer(title: &str) -> bool {
    let t = norm(title);
    let s = &*SIGNS;
    if s.titre_pas_une_offre
        .iter()
        .any(|p| t.starts_with(p.as_str()))
    {
        return false;
    }
    s.titre_commence_par
        .iter()
        .any(|p| t.starts_with(p.as_str()))
        || s.titre_contient.iter().any(|p| t.contains(p.as_str()))
}

/// Classifies a document from its text; `yaml` is true for the pure-YAML format (the whole file is metadata).
pub(crate) fn classify(text: &str, yaml: bool) -> DocumentKind {
    let text = text.trim_start_matches('\u{feff}');
    let (meta, body) = if yaml {
        (text, "")
    } else {
        match split(text) {
            FrontMatter::Closed(s) => (s.yaml, &text[s.body_start..]),
            FrontMatter::Unclosed { .. } | FrontMatter::None => ("", text),
        }
    };
    let s = &*SIGNS;
    if yaml_value(meta, "type").is_some_and(|v| s.types.iter().any(|t| norm(v) == *t)) {
        return DocumentKind::Offer;
    }
    if yaml_value(meta, "titre").is_some_and(title_says_offer) {
        return DocumentKind::Offer;
    }
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    if let Some(first) = lines.next() {
        if title_says_offer(first.trim_start_matches('#')) {
            return DocumentKind::Offer;
        }
        if let Some(lead) = lines.find(|l| !l.starts_with('#')) {
            let lead = norm(lead);
            if (lead.starts_with("réponse") || lead.starts_with("reponse"))
                && s.chapeau_reponse_a
                    .iter()
                    .any(|w| lead.contains(w.as_str()))
            {
                return DocumentKind::Offer;
            }
        }
    }
    DocumentKind::Charter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_are_told_by_type_title_or_lead() {
        let offer = |t: &str| classify(t, false) == DocumentKind::Offer;
        assert!(offer(
            "---\ntype: offre\ntitre: \"Assistant\"\n---\n# Assistant\n"
        ));
        assert!(offer(
            "---\ntitre: \"Offre technique — assistant\"\n---\n# Assistant\n"
        ));
        assert!(offer(
            "# Mémoire technique – Assistant « Plume »\n\nTexte.\n"
        ));
        assert!(offer("\u{feff}# Rédactia — offre technique\n"));
        assert!(offer(
            "# Civia, l'IA des mairies\n\n*Réponse de Civia à la consultation de la commune*\n"
        ));
        assert!(classify("type: offre\ntitre: x\n", true) == DocumentKind::Offer);
    }

    #[test]
    fn charters_that_speak_of_offers_stay_charters() {
        let charter = |t: &str| classify(t, false) == DocumentKind::Charter;
        assert!(charter(
            "---\ntitre: \"Charte IA\"\n---\n# Charte IA\n\nL'offre de services numériques…\n"
        ));
        assert!(charter(
            "# Charte d'usage de l'IA\n\nRéponse aux questions des agents sur la consultation des données.\n"
        ));
        assert!(charter(
            "**CHARTE D'UTILISATION DES OUTILS D'IA**\n\nOffre technique\n"
        ));
        assert!(charter(""));
        // A job advert's title starts with « Offre » too: it is not a vendor's offer.
        assert!(charter(
            "# Offre d'emploi : chargé·e de mission IA (H/F)\n\nMissions…\n"
        ));
        assert!(charter(
            "---\ntitre: \"Offre de stage — IA\"\n---\n# Stage\n"
        ));
    }
}
