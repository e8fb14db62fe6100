//! `charte compare`: the topic × charter coverage matrix of several charters (and the reference corpus with
//! `--references`), per-topic counts, the consensus topics (covered by at least 75 % of the compared charters) and
//! each charter's gaps against that consensus.

use super::html::{esc, page, pct};
use super::{Analysed, Corpus, CONSENSUS};
use crate::i18n::Lang;
use crate::model::Topic;
use crate::output::escape::{csv_field, markdown_code, markdown_text, terminal};
use serde::Serialize;
use std::collections::BTreeMap;

/// One compared charter (a column of the matrix).
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// Path of a charter, or id of a reference.
    pub id: String,
    /// Name shown in headers.
    pub label: String,
    /// `charte` (a file given on the command line) or `reference`.
    pub kind: &'static str,
    /// `modele-reconstitue` / `fourni-par-utilisateur` for references.
    pub nature: Option<&'static str>,
    /// Number of topics covered.
    pub covered: usize,
    /// Covered topics (taxonomy order) with the number of sentences covering each.
    pub topics: BTreeMap<Topic, usize>,
}

impl Column {
    /// Sentences covering a topic (0 when it is not covered).
    pub fn sentences(&self, topic: Topic) -> usize {
        self.topics.get(&topic).copied().unwrap_or(0)
    }
}

/// One topic (a row of the matrix).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The topic.
    pub topic: Topic,
    /// French label.
    pub label: String,
    /// Number of charters covering it.
    pub count: usize,
    /// Share of charters covering it (0 to 1).
    pub share: f64,
    /// True when `share ≥ threshold`.
    pub consensus: bool,
}

/// Gaps of one charter against the consensus.
#[derive(Debug, Clone, Serialize)]
pub struct Gaps {
    /// Column id.
    pub id: String,
    /// Column label.
    pub label: String,
    /// Consensus topics the charter does not cover.
    pub missing: Vec<Topic>,
}

/// The comparison, as data (the JSON format serialises it).
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    /// Format version.
    pub version: u32,
    /// Consensus threshold (0.75).
    pub threshold: f64,
    /// Compared charters.
    pub columns: Vec<Column>,
    /// Every topic of the taxonomy, in taxonomy order.
    pub rows: Vec<Row>,
    /// Consensus topics.
    pub consensus: Vec<Topic>,
    /// Each charter's consensus topics it lacks.
    pub gaps: Vec<Gaps>,
}

/// Label of a charter given on the command line: its authority, else its title, else its file name.
pub fn charter_label(a: &Analysed) -> String {
    a.charter
        .meta
        .collectivite
        .as_ref()
        .and_then(|c| c.nom.clone())
        .or_else(|| a.charter.meta.titre.clone())
        .or_else(|| a.charter.title.clone())
        .unwrap_or_else(|| {
            std::path::Path::new(&a.path)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| a.path.clone())
        })
}

fn column(
    id: String,
    label: String,
    kind: &'static str,
    nature: Option<&'static str>,
    a: &Analysed,
) -> Column {
    let topics: BTreeMap<Topic, usize> = Topic::ALL
        .iter()
        .filter_map(|t| {
            let n = a.analysis.coverage.get(t).map(Vec::len).unwrap_or(0);
            (n > 0).then_some((*t, n))
        })
        .collect();
    Column {
        id,
        label,
        kind,
        nature,
        covered: topics.len(),
        topics,
    }
}

/// Builds the matrix of the given charters, followed by the corpus references when `corpus` is given.
pub fn compare(charters: &[Analysed], corpus: Option<&Corpus>) -> Matrix {
    let mut columns: Vec<Column> = charters
        .iter()
        .map(|a| column(a.path.clone(), charter_label(a), "charte", None, a))
        .collect();
    if let Some(c) = corpus {
        columns.extend(c.refs.iter().map(|r| {
            column(
                r.id.clone(),
                r.label(),
                "reference",
                Some(r.nature.id()),
                &r.doc,
            )
        }));
    }
    let n = columns.len();
    let rows: Vec<Row> = Topic::ALL
        .iter()
        .map(|t| {
            let count = columns.iter().filter(|c| c.sentences(*t) > 0).count();
            let share = if n == 0 { 0.0 } else { count as f64 / n as f64 };
            Row {
                topic: *t,
                label: t.label_fr().to_owned(),
                count,
                share: super::text::round4(share),
                consensus: n > 0 && share >= CONSENSUS,
            }
        })
        .collect();
    let consensus: Vec<Topic> = rows
        .iter()
        .filter(|r| r.consensus)
        .map(|r| r.topic)
        .collect();
    let gaps = columns
        .iter()
        .map(|c| Gaps {
            id: c.id.clone(),
            label: c.label.clone(),
            missing: consensus
                .iter()
                .copied()
                .filter(|t| c.sentences(*t) == 0)
                .collect(),
        })
        .collect();
    Matrix {
        version: 1,
        threshold: CONSENSUS,
        columns,
        rows,
        consensus,
        gaps,
    }
}

/// Output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CompareFormat {
    /// A table for the terminal.
    #[default]
    #[value(alias = "human")]
    Table,
    /// Markdown.
    Markdown,
    /// CSV, one row per topic (documented in docs/formats.md).
    Csv,
    /// JSON (documented in docs/formats.md).
    Json,
    /// One self-contained HTML page.
    Html,
}

/// Renders the matrix.
pub fn render(m: &Matrix, format: CompareFormat, lang: Lang, color: bool) -> String {
    match format {
        CompareFormat::Table => table(m, lang, color),
        CompareFormat::Markdown => markdown(m, lang),
        CompareFormat::Csv => csv(m),
        CompareFormat::Json => {
            let mut s = serde_json::to_string_pretty(m).unwrap_or_default();
            s.push('\n');
            s
        }
        CompareFormat::Html => html(m, lang),
    }
}

/// The five groups of the taxonomy, by id prefix.
fn group_of(t: Topic) -> &'static str {
    t.id().split('.').next().unwrap_or("")
}

fn group_label(prefix: &str, lang: Lang) -> &'static str {
    match prefix {
        "gdpr" => lang.pick("Données personnelles (RGPD)", "Personal data (GDPR)"),
        "sovereignty" => lang.pick("Souveraineté", "Sovereignty"),
        "environment" => lang.pick("Environnement", "Environment"),
        "ai" => lang.pick(
            "Usages de l'IA (AI Act, éthique)",
            "AI uses (AI Act, ethics)",
        ),
        _ => lang.pick("Gouvernance de la charte", "Governance of the charter"),
    }
}

fn topic_label(t: Topic, lang: Lang) -> &'static str {
    lang.pick(t.label_fr(), t.label_en())
}

/// Column codes for narrow outputs: C1, C2… for charters, R1, R2… for references.
fn codes(m: &Matrix) -> Vec<String> {
    let (mut c, mut r) = (0, 0);
    m.columns
        .iter()
        .map(|col| {
            if col.kind == "reference" {
                r += 1;
                format!("R{r}")
            } else {
                c += 1;
                format!("C{c}")
            }
        })
        .collect()
}

fn summary_line(m: &Matrix, lang: Lang) -> String {
    let n = m.columns.len();
    match lang {
        Lang::Fr => format!(
            "{n} charte{} comparée{} ; sujets de consensus (traités par au moins {} d'entre elles) : {}",
            if n > 1 { "s" } else { "" },
            if n > 1 { "s" } else { "" },
            pct(m.threshold, lang),
            if m.consensus.is_empty() {
                "aucun".to_owned()
            } else {
                m.consensus.len().to_string()
            }
        ),
        Lang::En => format!(
            "{n} charter(s) compared; consensus topics (covered by at least {} of them): {}",
            pct(m.threshold, lang),
            m.consensus.len()
        ),
    }
}

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn table(m: &Matrix, lang: Lang, color: bool) -> String {
    let codes = codes(m);
    let width = Topic::ALL
        .iter()
        .map(|t| topic_label(*t, lang).chars().count())
        .max()
        .unwrap_or(20)
        + 2;
    let mut o = String::new();
    let bold = |s: &str| {
        if color {
            format!("{BOLD}{s}{RESET}")
        } else {
            s.to_owned()
        }
    };
    o.push_str(&bold(&summary_line(m, lang)));
    o.push_str("\n\n");
    let mut head = format!("{:<width$}", lang.pick("sujet", "topic"));
    for c in &codes {
        head.push_str(&format!(" {c:>3}"));
    }
    head.push_str(&format!("  {}", lang.pick("couverture", "coverage")));
    o.push_str(&bold(&head));
    o.push('\n');
    let mut group = "";
    for row in &m.rows {
        let g = group_of(row.topic);
        if g != group {
            group = g;
            o.push_str(&bold(&format!("— {}", group_label(g, lang))));
            o.push('\n');
        }
        let mark = if row.consensus { "★ " } else { "  " };
        let label = format!("{mark}{}", topic_label(row.topic, lang));
        let pad = width.saturating_sub(label.chars().count());
        o.push_str(&label);
        o.push_str(&" ".repeat(pad));
        for col in &m.columns {
            let yes = col.sentences(row.topic) > 0;
            let cell = if yes { "■" } else { "·" };
            let cell = match (color, yes) {
                (true, true) => format!("{GREEN}{cell}{RESET}"),
                (true, false) => format!("{RED}{cell}{RESET}"),
                _ => cell.to_owned(),
            };
            o.push_str(&format!("   {cell}"));
        }
        o.push_str(&format!(
            "  {}/{} ({})\n",
            row.count,
            m.columns.len(),
            pct(row.share, lang)
        ));
    }
    o.push('\n');
    o.push_str(&bold(lang.pick("Colonnes", "Columns")));
    o.push('\n');
    for (code, col) in codes.iter().zip(&m.columns) {
        o.push_str(&format!(
            "  {code:>3}  {} ({}, {})\n",
            terminal(&col.label),
            terminal(&col.id),
            crate::i18n::count(lang, col.covered, ("sujet", "sujets"), ("topic", "topics"))
        ));
    }
    o.push_str(&format!(
        "\n{}\n",
        lang.pick(
            "■ sujet traité · sujet absent ★ sujet de consensus",
            "■ covered · not covered ★ consensus topic"
        )
    ));
    o.push('\n');
    o.push_str(&bold(lang.pick(
        "Manques par rapport au consensus",
        "Gaps against the consensus",
    )));
    o.push('\n');
    gaps_text(m, lang, &mut o, |s| terminal(s).into_owned());
    o
}

fn gaps_text(m: &Matrix, lang: Lang, o: &mut String, esc: impl Fn(&str) -> String) {
    if m.consensus.is_empty() {
        o.push_str(&format!(
            "{}\n",
            lang.pick(
                "Aucun sujet n'atteint le seuil de consensus : pas de manque à signaler.",
                "No topic reaches the consensus threshold: no gap to report."
            )
        ));
        return;
    }
    for g in &m.gaps {
        if g.missing.is_empty() {
            o.push_str(&format!(
                "- {} : {}\n",
                esc(&g.label),
                lang.pick("aucun manque", "no gap")
            ));
        } else {
            let list: Vec<&str> = g.missing.iter().map(|t| topic_label(*t, lang)).collect();
            o.push_str(&format!(
                "- {} : {}\n",
                esc(&g.label),
                esc(&list.join(" ; "))
            ));
        }
    }
}

fn markdown(m: &Matrix, lang: Lang) -> String {
    let codes = codes(m);
    let mut o = format!(
        "# {}\n\n{}\n\n",
        lang.pick("Comparaison de chartes", "Charter comparison"),
        summary_line(m, lang)
    );
    o.push_str(&format!("| {} |", lang.pick("Sujet", "Topic")));
    for c in &codes {
        o.push_str(&format!(" {c} |"));
    }
    o.push_str(&format!(
        " {} |\n|---|",
        lang.pick("Couverture", "Coverage")
    ));
    for _ in &codes {
        o.push_str(":-:|");
    }
    o.push_str("--:|\n");
    for row in &m.rows {
        let label = if row.consensus {
            format!("**{}** ★", markdown_text(topic_label(row.topic, lang)))
        } else {
            markdown_text(topic_label(row.topic, lang))
        };
        o.push_str(&format!("| {label} |"));
        for col in &m.columns {
            o.push_str(if col.sentences(row.topic) > 0 {
                " ✔ |"
            } else {
                " — |"
            });
        }
        o.push_str(&format!(
            " {}/{} ({}) |\n",
            row.count,
            m.columns.len(),
            pct(row.share, lang)
        ));
    }
    o.push_str(&format!(
        "\n{}\n\n## {}\n\n",
        lang.pick(
            "✔ sujet traité — sujet absent ★ sujet de consensus",
            "✔ covered — not covered ★ consensus topic"
        ),
        lang.pick("Colonnes", "Columns")
    ));
    for (code, col) in codes.iter().zip(&m.columns) {
        o.push_str(&format!(
            "- **{code}** : {} ({}), {}\n",
            markdown_text(&col.label),
            markdown_code(&col.id),
            crate::i18n::count(
                lang,
                col.covered,
                ("sujet traité", "sujets traités"),
                ("topic covered", "topics covered")
            )
        ));
    }
    o.push_str(&format!(
        "\n## {}\n\n",
        lang.pick(
            "Manques par rapport au consensus",
            "Gaps against the consensus"
        )
    ));
    gaps_text(m, lang, &mut o, markdown_text);
    o
}

fn csv(m: &Matrix) -> String {
    let mut o = String::from("sujet,libelle");
    for c in &m.columns {
        o.push(',');
        o.push_str(&csv_field(&c.id));
    }
    o.push_str(",couverture,part,consensus\r\n");
    for row in &m.rows {
        o.push_str(&format!("{},{}", row.topic.id(), csv_field(&row.label)));
        for c in &m.columns {
            o.push_str(&format!(",{}", c.sentences(row.topic)));
        }
        o.push_str(&format!(
            ",{},{:.4},{}\r\n",
            row.count,
            row.share,
            u8::from(row.consensus)
        ));
    }
    o
}

fn html(m: &Matrix, lang: Lang) -> String {
    let title = lang.pick(
        "Comparaison des chartes d'usage de l'IA",
        "Comparison of AI usage charters",
    );
    let mut b = format!(
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        esc(title),
        esc(&summary_line(m, lang))
    );
    b.push_str(&format!(
        "<p>{}</p>\n",
        esc(lang.pick(
            "Chaque ligne est un sujet qu'une charte d'usage de l'IA peut traiter ; chaque colonne est une charte. Une case verte signifie que la charte contient au moins une règle sur ce sujet (une obligation, une interdiction ou une procédure, pas une simple mention) ; une case rouge, qu'elle n'en contient pas. Les sujets de consensus sont ceux que traitent au moins trois chartes sur quatre.",
            "Each row is a topic an AI usage charter may cover; each column is a charter. A green cell means the charter has at least one rule on the topic (a duty, a ban or a procedure, not a passing mention); a red cell means it has none. Consensus topics are those covered by at least three charters out of four."
        ))
    ));
    b.push_str(&format!(
        "<p class=\"legend\"><span><span class=\"swatch\" style=\"background:var(--ok-bg)\"></span>{}</span><span><span class=\"swatch\" style=\"background:var(--ko-bg)\"></span>{}</span><span>★ {}</span></p>\n",
        esc(lang.pick("✔ sujet traité", "✔ covered")),
        esc(lang.pick("✗ sujet absent", "✗ not covered")),
        esc(lang.pick("sujet de consensus", "consensus topic"))
    ));
    if m.columns
        .iter()
        .any(|c| c.nature == Some("modele-reconstitue"))
    {
        b.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            esc(lang.pick(
                "Les colonnes marquées « réf. » sont des chartes de référence intégrées à charte : ce sont des modèles reconstitués à partir de descriptions publiques, pas les textes officiels.",
                "Columns marked “ref.” are reference charters embedded in charte: models reconstructed from public descriptions, not the official texts."
            ))
        ));
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th>",
        esc(lang.pick("Matrice de couverture", "Coverage matrix")),
        esc(lang.pick("Sujet", "Topic"))
    ));
    for c in &m.columns {
        let short: String = if c.label.chars().count() > 38 {
            format!("{}…", c.label.chars().take(37).collect::<String>())
        } else {
            c.label.clone()
        };
        let mark = if c.kind == "reference" {
            lang.pick(" (réf.)", " (ref.)")
        } else {
            ""
        };
        b.push_str(&format!(
            "<th class=\"col\" title=\"{}\">{}{}</th>",
            esc(&format!("{} — {}", c.label, c.id)),
            esc(&short),
            esc(mark)
        ));
    }
    b.push_str(&format!(
        "<th>{}</th></tr></thead>\n<tbody>\n",
        esc(lang.pick("Chartes qui le traitent", "Charters covering it"))
    ));
    let span = m.columns.len() + 2;
    let mut group = "";
    for row in &m.rows {
        let g = group_of(row.topic);
        if g != group {
            group = g;
            b.push_str(&format!(
                "<tr class=\"group\"><th colspan=\"{span}\">{}</th></tr>\n",
                esc(group_label(g, lang))
            ));
        }
        b.push_str(&format!(
            "<tr{}><th class=\"topic\">{}{}</th>",
            if row.consensus {
                " class=\"consensus\""
            } else {
                ""
            },
            esc(topic_label(row.topic, lang)),
            if row.consensus { " ★" } else { "" }
        ));
        for c in &m.columns {
            let n = c.sentences(row.topic);
            if n > 0 {
                b.push_str(&format!(
                    "<td class=\"yes\" title=\"{}\">✔</td>",
                    esc(&format!(
                        "{} — {} : {n} {}",
                        c.label,
                        topic_label(row.topic, lang),
                        lang.pick("phrase(s)", "sentence(s)")
                    ))
                ));
            } else {
                b.push_str(&format!(
                    "<td class=\"no\" title=\"{}\">✗</td>",
                    esc(&format!(
                        "{} — {} : {}",
                        c.label,
                        topic_label(row.topic, lang),
                        lang.pick("absent", "not covered")
                    ))
                ));
            }
        }
        b.push_str(&format!(
            "<td class=\"count\">{} / {} ({})</td></tr>\n",
            row.count,
            m.columns.len(),
            esc(&pct(row.share, lang))
        ));
    }
    b.push_str("</tbody>\n</table>\n");
    b.push_str(&format!(
        "<h2>{}</h2>\n",
        esc(lang.pick("Sujets de consensus", "Consensus topics"))
    ));
    if m.consensus.is_empty() {
        b.push_str(&format!(
            "<p>{}</p>\n",
            esc(lang.pick(
                "Aucun sujet n'est traité par au moins trois chartes sur quatre.",
                "No topic is covered by at least three charters out of four."
            ))
        ));
    } else {
        b.push_str("<ul>\n");
        for t in &m.consensus {
            b.push_str(&format!("<li>{}</li>\n", esc(topic_label(*t, lang))));
        }
        b.push_str("</ul>\n");
    }
    b.push_str(&format!(
        "<h2>{}</h2>\n",
        esc(lang.pick(
            "Ce qui manque à chaque charte par rapport au consensus",
            "What each charter lacks against the consensus"
        ))
    ));
    if m.consensus.is_empty() {
        b.push_str(&format!(
            "<p>{}</p>\n",
            esc(lang.pick(
                "Sans sujet de consensus, il n'y a pas de manque à signaler.",
                "Without consensus topics there is no gap to report."
            ))
        ));
    } else {
        b.push_str("<ul class=\"gaps\">\n");
        for g in &m.gaps {
            let text = if g.missing.is_empty() {
                lang.pick("rien ne manque", "nothing missing").to_owned()
            } else {
                g.missing
                    .iter()
                    .map(|t| topic_label(*t, lang))
                    .collect::<Vec<_>>()
                    .join(" ; ")
            };
            b.push_str(&format!(
                "<li><strong>{}</strong> : {}</li>\n",
                esc(&g.label),
                esc(&text)
            ));
        }
        b.push_str("</ul>\n");
    }
    // A wide grid prints across the page.
    page(
        lang,
        title,
        &b,
        "@media print { @page { size: A4 landscape; margin: 1cm; } th, td { font-size: 7.5pt; padding: 1px 3px; } }\n",
    )
}
