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
