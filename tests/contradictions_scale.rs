//! Contradiction findings stay bounded when every ban meets every permission: one finding per ban clause at most,
//! each naming how many clauses contradict it, a few of them labelled. Memory is checked on the 1,000 × 1,000 case
//! with the process's peak resident size (`VmHWM`, Linux); the only other test of this file is tiny, so the peak is
//! this case's. Speed is measured in `benches/check.rs`, not here.

use charte::{check_bytes, Settings};

fn settings() -> Settings {
    Settings::for_tests().only("CTR")
}

/// `n` bans of consumer AI tools, then `n` permissions of `ChatGPT` (a consumer tool): every pair conflicts.
fn bans_and_permissions(n: usize) -> String {
    let mut text = String::from("# Charte IA\n\n## Interdictions\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "Règle I{i} : il est interdit aux agents d'utiliser un outil d'IA générative grand public.\n\n"
        ));
    }
    text.push_str("## Usages\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "Usage P{i} : les agents peuvent utiliser ChatGPT pour rédiger des courriers.\n\n"
        ));
    }
    text
}

/// Peak resident set size of this process in bytes, where the system tells it.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[test]
fn contradiction_findings_are_grouped_by_ban_and_bounded() {
    // 100 × 100: at most one finding per ban, every permission labelled or counted.
    let text = bans_and_permissions(100);
    let report = check_bytes("g.md", text.as_bytes(), &settings());
    let ctr: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "CTR001")
        .collect();
    assert!(
        (1..=100).contains(&ctr.len()),
        "{} CTR001 findings",
        ctr.len()
    );
    for f in &ctr {
        assert!(f.message.contains("100 autorisations"), "{}", f.message);
        assert!(
            f.message.contains("90 autres non signalées"),
            "{}",
            f.message
        );
        assert_eq!(f.labels.len(), 10, "labels: {:?}", f.labels);
        // The ban is primary; each label is a permission, after it in the text.
        let primary = &text[f.primary.start..f.primary.end];
        assert!(primary.contains("interdit"), "{primary}");
        for l in &f.labels {
            assert!(text[l.span.start..l.span.end].contains("peuvent utiliser ChatGPT"));
        }
    }

    // 1,000 × 1,000: finishes, still bounded, within 64 MB + 40 × the input.
    let text = bans_and_permissions(1000);
    let report = check_bytes("g.md", text.as_bytes(), &settings());
    let n = report
        .findings
        .iter()
        .filter(|f| f.code == "CTR001")
        .count();
    assert!((1..=1000).contains(&n), "{n} CTR001 findings");
    if let Some(peak) = peak_rss() {
        let bound = 64 * 1024 * 1024 + 40 * text.len() as u64;
        assert!(peak < bound, "peak RSS {peak} bytes over {bound}");
    }
}

#[test]
fn one_conflicting_pair_puts_the_permission_first() {
    let text = "# Charte IA\n\nLes agents peuvent utiliser ChatGPT pour rédiger des courriers.\n\n\
                Il est interdit aux agents d'utiliser un outil d'IA générative grand public.\n";
    let report = check_bytes("p.md", text.as_bytes(), &settings());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "CTR001")
        .expect("CTR001");
    assert!(text[f.primary.start..f.primary.end].contains("peuvent utiliser"));
    assert_eq!(f.labels.len(), 1);
    assert!(text[f.labels[0].span.start..f.labels[0].span.end].contains("interdit"));
}
