//! What a charter *is*: the typed model every rule reads. No IO, no parsing here.
//!
//! Every item carries the byte span of its source so diagnostics can point at it. Line and column are computed only
//! when printing (see [`crate::diagnostics`]).

mod meta;
mod size;
mod topic;

// Public through `charte::refs` (a re-export of its own, so that the others can be `pub(crate)`).
pub use meta::KindOfBody;
pub(crate) use meta::{FrontMatter, FRONT_MATTER_KEYS, NESTED_FRONT_MATTER_KEYS};
pub(crate) use size::Size;
pub use topic::Topic;

use crate::grammar::{DateExpr, Duration, Found, LegalRef};
use serde::Serialize;

/// A byte range `[start, end)` in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Builds a span; `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }
    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// From the span's start to the end of its line in `text` (the whole `titre: "…"` line of a key).
    #[must_use]
    pub fn to_line_end(self, text: &str) -> Span {
        let end = text[self.start..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| self.start + i);
        Span::new(self.start, end)
    }
}

/// The normative force of a sentence or clause (obligation / interdiction / permission / recommandation / constat).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Modality {
    /// « doit », « est tenu de », « s'engage à ».
    Obligation,
    /// « il est interdit », « ne doit pas », « jamais ».
    Interdiction,
    /// « peut », « est autorisé ».
    Permission,
    /// « il est recommandé », « privilégier ».
    Recommandation,
    /// A statement with no normative force.
    Constat,
}

impl Modality {
    /// French name, as written in annotations and YAML (`modalite:`).
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Obligation => "obligation",
            Modality::Interdiction => "interdiction",
            Modality::Permission => "permission",
            Modality::Recommandation => "recommandation",
            Modality::Constat => "constat",
        }
    }
    /// Parses the French name.
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s.trim() {
            "obligation" => Modality::Obligation,
            "interdiction" => Modality::Interdiction,
            "permission" => Modality::Permission,
            "recommandation" => Modality::Recommandation,
            "constat" => Modality::Constat,
            _ => return None,
        })
    }
    /// True for the modalities that bind someone (obligation, interdiction).
    pub fn is_binding(self) -> bool {
        matches!(self, Modality::Obligation | Modality::Interdiction)
    }
}

/// Where a section's text sits in the life of a charter: rules, or context around them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SectionRole {
    /// Articles that set rules (the default).
    #[default]
    Rules,
    /// Preamble, context, annexes: clauses there mention topics without setting rules.
    Context,
    /// Definitions and glossary.
    Definitions,
}

/// A heading and what stands under it. Sections form a tree through `parent` / `children` indexes.
#[derive(Debug, Clone)]
pub struct Section {
    /// Explicit id (`{#id}` or YAML `id:`), if the author gave one.
    pub id: Option<String>,
    /// Numbering recognised in the heading ("Article 3", "Titre II", "3.1").
    pub number: Option<String>,
    /// Heading text without numbering.
    pub title: String,
    /// Span of the heading in the source.
    pub span: Span,
    /// Depth used to build the tree (1 = top).
    pub level: u8,
    /// Index of the parent section in [`Charter::sections`].
    pub parent: Option<usize>,
    /// Indexes of child sections.
    pub children: Vec<usize>,
    /// Indexes of the clauses directly under this heading, in [`Charter::clauses`].
    pub clauses: Vec<usize>,
    /// Rules, context or definitions (filled by the analysis from the title).
    pub role: SectionRole,
}

/// How a clause's text maps back to the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOrigin {
    /// The text is the source slice starting at this byte.
    Verbatim(usize),
    /// The text was unescaped (YAML); every offset maps to this span of the source.
    Approximate(Span),
}

/// One normative unit: a paragraph, a list item or a table row.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Explicit id (annotation or YAML), if any.
    pub id: Option<String>,
    /// Index of the enclosing section.
    pub section: Option<usize>,
    /// The clause text (a source slice for Markdown, the unescaped scalar for YAML).
    pub text: String,
    /// How `text` maps back to the source.
    pub origin: TextOrigin,
    /// The introducing sentence a list item or table cell depends on ("Il est interdit :"), normalised.
    pub lead_in: Option<String>,
    /// Byte ranges inside `text` of table cells (empty for other clauses); each cell is one sentence at least.
    pub cells: Vec<(usize, usize)>,
    /// Column headers matching `cells` (table rows only).
    pub cell_headers: Vec<String>,
    /// Modality stated by the author (annotation or YAML `modalite:`).
    pub declared_modality: Option<Modality>,
    /// Topics stated by the author (annotation or YAML `sujets:`).
    pub declared_topics: Vec<Topic>,
    /// Filled by the analysis.
    pub sentences: Vec<Sentence>,
}

impl Clause {
    /// Maps a byte range of `text` to a span of the source file.
    pub fn source_span(&self, start: usize, end: usize) -> Span {
        match self.origin {
            TextOrigin::Verbatim(base) => Span::new(base + start, base + end),
            TextOrigin::Approximate(span) => span,
        }
    }
    /// The span of the whole clause in the source.
    pub fn span(&self) -> Span {
        self.source_span(0, self.text.len())
    }
}

/// One sentence of a clause, with what the analysis found in it.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    /// Byte range inside the clause text.
    pub start: usize,
    /// End of the byte range inside the clause text.
    pub end: usize,
    /// Normative force found (or declared).
    pub modality: Option<Modality>,
    /// True when the sentence is written in the conditional ("devrait").
    pub conditional: bool,
    /// Topics this sentence covers (a duty, ban, process or scope, not a passing mention).
    pub topics: Vec<Topic>,
    /// Topics named without being covered (mentions).
    pub mentions: Vec<Topic>,
    /// Legal references, byte ranges inside the clause text.
    pub legal_refs: Vec<Found<LegalRef>>,
    /// Durations, byte ranges inside the clause text.
    pub durations: Vec<Found<Duration>>,
    /// Dates and deadlines, byte ranges inside the clause text.
    pub dates: Vec<Found<DateExpr>>,
    /// Where the normative force comes from (the sentence itself, or what it inherits it from).
    pub force: Force,
    /// Why the sentence states no rule whatever its place (past fact, quotation, definition, date stamp).
    pub non_rule: Option<NonRule>,
    /// The AI tool named just before (previous sentence, lead-in or heading) that a rule naming no tool is about
    /// (« Albert est l'assistant de l'État. N'y saisissez aucune donnée personnelle. »): an ontology concept index.
    pub instrument: Option<u16>,
}

/// Where a sentence's normative force comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Force {
    /// No force: a statement.
    #[default]
    None,
    /// Its own marker words (« doit », « il est interdit »).
    Own,
    /// An instruction in the imperative (« Vérifiez… », « Ne transmettez jamais… »).
    Imperative,
    /// Declared by the author (`modalite=` annotation).
    Declared,
    /// The lead-in of its list (« Il est interdit : »).
    LeadIn,
    /// The header of its table column (« À ne pas faire »).
    TableHeader,
    /// The heading of its section (« Données interdites », « Ce qu'il ne faut pas faire »).
    Heading,
    /// The question it answers (« Puis-je … ? Non. »).
    Question,
}

impl Force {
    /// French and English names, for `charte inspect`.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Force::None => ("aucune", "none"),
            Force::Own => ("propre", "own"),
            Force::Imperative => ("impératif", "imperative"),
            Force::Declared => ("déclarée", "declared"),
            Force::LeadIn => ("héritée de l'introduction", "from the lead-in"),
            Force::TableHeader => ("héritée de l'en-tête de colonne", "from the column header"),
            Force::Heading => ("héritée du titre", "from the heading"),
            Force::Question => ("héritée de la question", "from the question"),
        }
    }
}

/// Why a sentence states no rule, wherever it stands (issue 14: coverage needs a rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonRule {
    /// « a conduit une expérimentation », « ont été formés en 2025 ».
    Past,
    /// « « On ne met jamais un nom dans ChatGPT », dit le maire ».
    Quotation,
    /// « les LLM désignent des modèles… ».
    Definition,
    /// « Mis à jour le 3 mars 2026 ».
    DateStamp,
    /// « **Des usages utiles.** » opening a paragraph: an emphasised title that names what the next sentences
    /// rule on (they take its words), not a rule itself.
    Label,
    /// « Les versions gratuites peuvent réutiliser vos échanges pour améliorer leurs modèles »: what a tool can do
    /// with the reader's input, a risk, not a permission.
    Warning,
    /// « Accueil › Le Département › Charte IA », « Vous aimerez aussi : … »: a pasted web page's navigation.
    Navigation,
    /// « Habitat durable, numérique responsable », « Sobriété, transparence, responsabilité : nos trois mots
    /// d'ordre »: a short line standing alone that names values and states nothing.
    Slogan,
}

impl NonRule {
    /// French and English names, for `charte inspect`.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            NonRule::Past => ("fait passé", "past fact"),
            NonRule::Quotation => ("citation", "quotation"),
            NonRule::Definition => ("définition", "definition"),
            NonRule::DateStamp => ("mention de date", "date stamp"),
            NonRule::Label => ("intitulé en gras", "bold label"),
            NonRule::Warning => ("mise en garde", "warning"),
            NonRule::Navigation => ("navigation de la page", "page navigation"),
            NonRule::Slogan => ("slogan", "slogan"),
        }
    }
}

/// A suppression comment: `charte-disable`, `charte-enable`, `charte-disable-next-line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Codes or prefixes concerned (empty = all).
    pub codes: Vec<String>,
    /// Source byte range where the suppression applies.
    pub span: Span,
}

/// A parsed charter: metadata, section tree and clauses.
#[derive(Debug, Clone, Default)]
pub struct Charter {
    /// Front matter (or YAML top-level keys).
    pub meta: FrontMatter,
    /// Span of the front matter block (or of the whole YAML document).
    pub meta_span: Option<Span>,
    /// Span of the title: the `titre:` line, else the first heading, else the first line.
    pub title_span: Span,
    /// Title from metadata or first heading.
    pub title: Option<String>,
    /// All sections in document order.
    pub sections: Vec<Section>,
    /// All clauses in document order.
    pub clauses: Vec<Clause>,
    /// Inline suppressions.
    pub suppressions: Vec<Suppression>,
    /// Spans of front-matter keys, by key name (for STR001 and friends).
    pub meta_key_spans: Vec<(String, Span)>,
    /// Keys the format does not know (dotted path, span), reported by STR001.
    pub unknown_keys: Vec<(String, Span)>,
}

impl Charter {
    /// Adds a section and links it to its parent; returns its index.
    pub(crate) fn push_section(&mut self, section: Section) -> usize {
        let index = self.sections.len();
        let parent = section.parent;
        self.sections.push(section);
        if let Some(p) = parent {
            self.sections[p].children.push(index);
        }
        index
    }

    /// The section chain from the root to `index`, titles joined for context.
    pub fn section_path(&self, index: usize) -> Vec<usize> {
        let mut out = vec![index];
        let mut cur = index;
        while let Some(p) = self.sections.get(cur).and_then(|s| s.parent) {
            out.push(p);
            cur = p;
        }
        out.reverse();
        out
    }
    /// Every sentence with its clause, in document order.
    pub fn sentences(&self) -> impl Iterator<Item = (&Clause, &Sentence)> {
        self.clauses
            .iter()
            .flat_map(|c| c.sentences.iter().map(move |s| (c, s)))
    }
    /// The span of a front-matter key, if present.
    pub fn meta_key_span(&self, key: &str) -> Option<Span> {
        self.meta_key_spans
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, s)| *s)
    }
}
