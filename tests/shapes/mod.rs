//! Pathological input shapes, generated at a requested size: shared by the bounded-work tests
//! (`tests/bounded.rs`) and the benchmarks (`benches/shapes.rs`), so both measure the same inputs.
#![allow(dead_code)]

use charte::Settings;

/// French messages, a fixed reference date, every rule.
pub(crate) fn settings() -> Settings {
    Settings::for_tests()
}

/// One shape: a name and a generator from an approximate size in bytes.
pub(crate) struct Shape {
    /// Short name used in test names, benchmark ids and `docs/robustness.md`.
    pub name: &'static str,
    /// File name given to the pipeline (its extension picks the format).
    pub path: &'static str,
    /// Builds an input of about `bytes` bytes.
    pub make: fn(usize) -> String,
}

/// Every single-file shape.
pub(crate) const SHAPES: &[Shape] = &[
    Shape {
        name: "long_paragraph",
        path: "paragraphe.md",
        make: long_paragraph,
    },
    Shape {
        name: "empty_headings",
        path: "titres.md",
        make: empty_headings,
    },
    Shape {
        name: "duplicate_ids",
        path: "ids.md",
        make: duplicate_ids,
    },
    Shape {
        name: "deep_lists",
        path: "listes.md",
        make: deep_lists,
    },
    Shape {
        name: "deep_blockquotes",
        path: "citations.md",
        make: deep_blockquotes,
    },
    Shape {
        name: "deep_yaml",
        path: "profond.yaml",
        make: deep_yaml,
    },
    Shape {
        name: "deep_front_matter",
        path: "entete.md",
        make: deep_front_matter,
    },
    Shape {
        name: "one_line",
        path: "ligne.md",
        make: one_line,
    },
];

fn fill(head: &str, bytes: usize, mut piece: impl FnMut(usize) -> String) -> String {
    let mut text = String::from(head);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&piece(i));
        i += 1;
    }
    text
}

/// One paragraph (no blank line) of ordinary normative sentences with references, durations and dates.
pub(crate) fn long_paragraph(bytes: usize) -> String {
    const SENTENCES: &[&str] = &[
        "Il est interdit de saisir des données personnelles dans un outil d'IA grand public. ",
        "Les agents doivent relire les contenus produits, conformément à l'article 22 du RGPD. ",
        "Les journaux sont conservés six mois à compter du 1er janvier 2026. ",
        "Cf. art. 5 du règlement (UE) 2024/1689 et l'art. L. 1111-2 du CGCT. ",
        "Les agents peuvent utiliser l'assistant interne pour résumer des documents publics ; ",
    ];
    let mut t = fill("# Charte\n\n", bytes, |i| {
        SENTENCES[i % SENTENCES.len()].to_owned()
    });
    t.push('\n');
    t
}

/// Nothing but empty headings: one finding each. One rule under the title keeps it a charter (STR010 gives a text
/// of rules with no rule a single note instead of its findings).
pub(crate) fn empty_headings(bytes: usize) -> String {
    fill(
        "# Charte\n\nLes agents ne saisissent jamais de données personnelles dans un outil d'IA.\n\n",
        bytes,
        |_| "##\n".to_owned(),
    )
}

/// Sections that all carry the same explicit id (under one rule, so that it stays a charter).
pub(crate) fn duplicate_ids(bytes: usize) -> String {
    fill(
        "# Charte\n\nLes agents ne saisissent jamais de données personnelles dans un outil d'IA.\n\n",
        bytes,
        |i| format!("## Article {i} {{#donnees}}\nLes agents sont formés.\n"),
    )
}

/// A list nested one level deeper on every line.
pub(crate) fn deep_lists(bytes: usize) -> String {
    fill("# Charte\n\n", bytes, |depth| {
        format!(
            "{}- Il est interdit de saisir des données.\n",
            "  ".repeat(depth % 20_000)
        )
    })
}

/// Block quotes nested one level deeper on every line.
pub(crate) fn deep_blockquotes(bytes: usize) -> String {
    fill("# Charte\n\n", bytes, |depth| {
        format!(
            "{} Il est interdit de saisir des données.\n",
            ">".repeat(depth % 20_000 + 1)
        )
    })
}

/// A pure-YAML charter whose sections nest one level deeper each time, in flow style (compact, so a 200 KB
/// file nests thousands of levels).
pub(crate) fn deep_yaml(bytes: usize) -> String {
    let unit = "{titre: a, sections: [";
    let depth = bytes.saturating_sub(40) / (unit.len() + 2);
    let mut t = String::from("titre: Charte\nsections: [");
    for _ in 0..depth {
        t.push_str(unit);
    }
    for _ in 0..depth {
        t.push_str("]}");
    }
    t.push_str("]\n");
    t
}

/// A Markdown front matter made of nested flow sequences.
pub(crate) fn deep_front_matter(bytes: usize) -> String {
    let depth = bytes.saturating_sub(40) / 2;
    format!(
        "---\ntitre: {}{}\n---\n# Charte\n",
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

/// A whole file on one line, no newline at all.
pub(crate) fn one_line(bytes: usize) -> String {
    fill("", bytes, |_| {
        "Les agents doivent relire les contenus produits par l'IA avant diffusion. ".to_owned()
    })
}

/// A small but complete charter, for the many-tiny-files shape.
pub(crate) const TINY: &str = "---\ntitre: Charte\n---\n# Charte\n\n## Données\nIl est interdit de saisir des données personnelles dans un outil d'IA grand public.\n";
