//! What the offer run does inside: each file read once however many rules read it.

const CHARTER: &str = "examples/commune-brevannes-sur-lisarde.md";

/// The offer and the charter are parsed and analysed once per run, and the offer's facts are extracted once, however
/// many ACH rules and summary rows read them (debug builds count the reads per thread).
#[cfg(debug_assertions)]
#[test]
fn an_offer_run_reads_each_file_once() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let offer = "examples/offres/offre-plaquette-civia.md";
    let offer_bytes = std::fs::read(root.join(offer)).expect("offer");
    let charter_bytes = std::fs::read(root.join(CHARTER)).expect("charter");
    let settings = crate::Settings::default();
    let analyses = crate::analyze::analyses_on_this_thread();
    let extractions = crate::procurement::facts::extractions_on_this_thread();
    let run = crate::offer::check_offer(
        offer,
        &offer_bytes,
        Some((CHARTER, &charter_bytes)),
        &settings,
    );
    // The run did real work: checklist rows, charter rows and findings of several rules.
    assert!(run.rows.iter().any(|r| r.code.is_none()));
    assert!(run.rows.iter().filter(|r| r.code.is_some()).count() >= 9);
    assert!(run.reports[0].findings.len() >= 5);
    assert_eq!(crate::analyze::analyses_on_this_thread() - analyses, 2);
    assert_eq!(
        crate::procurement::facts::extractions_on_this_thread() - extractions,
        1
    );
}

/// The evidence row of each checklist code, for an offer written in memory (no charter).
fn evidence_rows(offer: &str) -> Vec<(Option<&'static str>, String)> {
    let run = crate::offer::check_offer(
        "offre.md",
        offer.as_bytes(),
        None,
        &crate::Settings::default(),
    );
    run.rows
        .iter()
        .map(|r| {
            (
                r.code,
                r.evidence
                    .as_ref()
                    .map(|q| q.text.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

/// Among several passages that prove the same point, the row quotes the one a committee would sign: a sentence
/// before a table cell, the agreement named and attached before a mention of article 28, the hosting sentence
/// before a sentence that only names a place, the energy figure with its method before the model's size, the
/// documentation before a word of the AI Act.
#[test]
fn rows_quote_the_most_telling_passage() {
    let offer = "# Offre technique de Solane\n\n\
## 1. Présentation\n\n\
Solane agit en qualité de sous-traitant au sens de l'article 28 du RGPD. \
Nos serveurs sont alimentés en énergie renouvelable en Nouvelle-Aquitaine. \
Nous utilisons un modèle ouvert de 24 milliards de paramètres. \
Les interventions se font depuis Nantes, sous journalisation.\n\n\
## 2. Sous-traitants ultérieurs\n\n\
| Sous-traitant | Rôle | Pays | Garanties |\n|---|---|---|---|\n\
| Aubrac Cloud SAS | hébergement | France | ISO/IEC 27001, HDS |\n\n\
## 3. Engagements\n\n\
Les données sont hébergées et traitées en France, à Lyon, chez Aubrac Cloud SAS. \
L'accord de sous-traitance conforme à l'article 28 du RGPD est joint en annexe 2. \
Aubrac Cloud SAS est certifiée ISO/IEC 27001 pour son centre de données de Lyon. \
Une requête consomme en moyenne 0,8 Wh, mesurés au compteur des serveurs d'inférence, PUE compris. \
La documentation technique et la notice d'utilisation sont remises à la notification.\n";
    let rows = evidence_rows(offer);
    let quoted = |code: &str| {
        rows.iter()
            .find(|r| r.0 == Some(code))
            .map_or_else(|| panic!("no row {code}: {rows:?}"), |r| r.1.clone())
    };
    assert!(
        quoted("ACH001").starts_with("Les données sont hébergées"),
        "{rows:?}"
    );
    assert!(
        quoted("ACH004").starts_with("L'accord de sous-traitance"),
        "{rows:?}"
    );
    assert!(
        quoted("ACH006").starts_with("Une requête consomme"),
        "{rows:?}"
    );
    assert!(
        quoted("ACH007").starts_with("La documentation technique"),
        "{rows:?}"
    );
    assert!(
        quoted("ACH010").starts_with("Aubrac Cloud SAS est certifiée"),
        "{rows:?}"
    );
}
