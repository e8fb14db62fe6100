//! `charte compare`: the topic × charter coverage matrix of several charters (and the reference corpus with
//! `--references`), per-topic counts, the consensus topics (covered by at least 75 % of the compared charters) and
//! each charter's gaps against that consensus.

use crate::corpus::{consensus_reached, Analysed, Corpus, CorpusVersion, State, Texte, CONSENSUS};
use crate::grammar::CivilDate;
use crate::model::Topic;
use crate::output::Format;
use serde::Serialize;
use std::collections::BTreeMap;

/// One cell of the matrix: what a charter tells about a topic.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// `atteste`, `absent` (a full text that does not cover the topic) or `non-documente` (a partial text that does
    /// not mention it: nothing is known).
    pub state: State,
    /// Sentences covering the topic (0 unless attested).
    pub sentences: usize,
    /// For a reference: the public source of the clause that attests the topic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// For a reference: the sentence that attests the topic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
}

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
    /// How complete the text is: `integral`, `extraits` or `description` (a charter given on the command line is a
    /// full text).
    pub texte: Texte,
    /// Number of topics covered.
    pub covered: usize,
    /// Covered topics (taxonomy order) with the number of sentences covering each.
    pub topics: BTreeMap<Topic, usize>,
    /// Every topic of the taxonomy with its state, source and clause.
    pub cells: BTreeMap<Topic, Cell>,
}

impl Column {
    /// Sentences covering a topic (0 when it is not covered).
    pub fn sentences(&self, topic: Topic) -> usize {
        self.topics.get(&topic).copied().unwrap_or(0)
    }
    /// The state of a topic in this charter.
    pub fn state(&self, topic: Topic) -> State {
        self.cells
            .get(&topic)
            .map_or(State::Undocumented, |c| c.state)
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
    /// Number of charters whose text is known on it (attested, or a full text that lacks it): the basis of `share`.
    pub known: usize,
    /// Share of the known charters covering it (0 to 1; 0 when none is known).
    pub share: f64,
    /// True when `share ≥ threshold` on a basis holding at least one full text.
    pub consensus: bool,
}

/// Gaps of one charter against the consensus.
#[derive(Debug, Clone, Serialize)]
pub struct Gaps {
    /// Column id.
    pub id: String,
    /// Column label.
    pub label: String,
    /// Consensus topics the charter does not cover (full texts only: a partial text's silence proves nothing).
    pub missing: Vec<Topic>,
    /// Consensus topics a partial text does not document.
    pub undocumented: Vec<Topic>,
}

/// What a printed comparison says about itself, so two printouts can be told apart: the day it was made, charte's
/// version and the version of the reference corpus it was compared with.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// The day the comparison was made (today, or `compare --as-of`).
    pub date: CivilDate,
    /// charte's version.
    pub charte: &'static str,
    /// The reference corpus, when references are compared.
    pub corpus: Option<CorpusVersion>,
}

/// The comparison, as data (the JSON format serialises it).
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    /// Format version (2: cells with states and sources, rows with their basis).
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
    /// Date and versions, printed on the HTML page (not part of the JSON contract).
    #[serde(skip)]
    pub stamp: Stamp,
}

impl Matrix {
    /// The same comparison dated `date` (by default it is dated today).
    #[must_use]
    pub fn dated(mut self, date: CivilDate) -> Matrix {
        self.stamp.date = date;
        self
    }
}

/// Label of a charter given on the command line: its authority, else its title, else its file name.
pub(crate) fn charter_label(a: &Analysed) -> String {
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
                .map_or_else(|| a.path.clone(), |f| f.to_string_lossy().into_owned())
        })
}

fn charter_column(a: &Analysed) -> Column {
    let topics: BTreeMap<Topic, usize> = Topic::ALL
        .iter()
        .filter_map(|t| {
            let n = a.analysis.coverage.get(t).map_or(0, Vec::len);
            (n > 0).then_some((*t, n))
        })
        .collect();
    let cells = Topic::ALL
        .iter()
        .map(|t| {
            let n = topics.get(t).copied().unwrap_or(0);
            let cell = Cell {
                state: State::of(n > 0, Texte::Integral),
                sentences: n,
                source: None,
                clause: None,
            };
            (*t, cell)
        })
        .collect();
    Column {
        id: a.path.clone(),
        label: charter_label(a),
        kind: "charte",
        nature: None,
        texte: Texte::Integral,
        covered: topics.len(),
        topics,
        cells,
    }
}

fn reference_column(r: &crate::corpus::Reference) -> Column {
    let topics: BTreeMap<Topic, usize> = Topic::ALL
        .iter()
        .filter(|t| r.attested.contains_key(t))
        .map(|t| {
            let n = r.doc.analysis.coverage.get(t).map_or(0, Vec::len);
            (*t, n.max(1))
        })
        .collect();
    let cells = Topic::ALL
        .iter()
        .map(|t| {
            let at = r.attested.get(t);
            let cell = Cell {
                state: r.state(*t),
                sentences: topics.get(t).copied().unwrap_or(0),
                source: at.and_then(|a| a.source.clone()),
                clause: at.map(|a| a.clause.clone()),
            };
            (*t, cell)
        })
        .collect();
    Column {
        id: r.id.clone(),
        label: r.label(),
        kind: "reference",
        nature: Some(r.nature.id()),
        texte: r.texte,
        covered: topics.len(),
        topics,
        cells,
    }
}

/// Builds the matrix of the given charters, followed by the corpus references when `corpus` is given.
pub fn compare(charters: &[Analysed], corpus: Option<&Corpus>) -> Matrix {
    let mut columns: Vec<Column> = charters.iter().map(charter_column).collect();
    if let Some(c) = corpus {
        columns.extend(c.refs.iter().map(reference_column));
    }
    let full = columns
        .iter()
        .filter(|c| c.texte == Texte::Integral)
        .count();
    let rows: Vec<Row> = Topic::ALL
        .iter()
        .map(|t| {
            let count = columns
                .iter()
                .filter(|c| c.state(*t) == State::Attested)
                .count();
            let known = columns.iter().filter(|c| c.state(*t).is_known()).count();
            let share = if known == 0 {
                0.0
            } else {
                count as f64 / known as f64
            };
            Row {
                topic: *t,
                label: t.label_fr().to_owned(),
                count,
                known,
                share: crate::corpus::text::round4(share),
                consensus: consensus_reached(count, known, full),
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
        .map(|c| {
            let of = |s: State| {
                consensus
                    .iter()
                    .copied()
                    .filter(|t| c.state(*t) == s)
                    .collect()
            };
            Gaps {
                id: c.id.clone(),
                label: c.label.clone(),
                missing: of(State::Absent),
                undocumented: of(State::Undocumented),
            }
        })
        .collect();
    Matrix {
        version: 2,
        threshold: CONSENSUS,
        columns,
        rows,
        consensus,
        gaps,
        stamp: Stamp {
            date: crate::engine::today(),
            charte: env!("CARGO_PKG_VERSION"),
            corpus: corpus.map(Corpus::version),
        },
    }
}

/// The formats of `compare` (its terminal format is a table: `table`).
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Markdown,
    Format::Csv,
    Format::CsvFr,
    Format::Json,
    Format::Html,
];

pub use render::render;

mod render;
