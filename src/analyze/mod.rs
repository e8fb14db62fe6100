//! Enriches a parsed charter: sentences, modality (with negation, lead-ins and table headers), the topics each
//! sentence covers, legal references, durations and dates. Runs once per file, linear in its size; rules read the
//! result and never re-scan raw text.

pub mod body_meta;
pub mod local_tools;
pub mod modality;
pub mod norms;
pub mod sentences;

use crate::grammar::{find_dates, find_durations, find_legal_refs};
use crate::lexicon::normalize::{normalize, Normalized};
use crate::lexicon::{Hit, Lexicon, Side, Tag};
use crate::model::{Charter, Modality, SectionRole, Sentence, Span, Topic};
use std::collections::BTreeMap;

/// A sentence address: (clause index, sentence index).
pub type SentenceRef = (usize, usize);

/// What the analysis keeps about one clause besides the model's sentences.
#[derive(Debug, Clone, Default)]
pub struct ClauseInfo {
    /// Normalised clause text and its offset map.
    pub norm: Normalized,
    /// Lexicon hits in `norm`, sorted by start.
    pub hits: Vec<Hit>,
    /// Normalised range of each sentence.
    pub sentence_ranges: Vec<(usize, usize)>,
    /// Hits of the lead-in sentence (list items, table cells), in the lead-in's own normalised text.
    pub lead_hits: Vec<Hit>,
}

/// The result of analysing a charter.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Per clause, in the charter's order.
    pub clauses: Vec<ClauseInfo>,
    /// Sentences covering each topic.
    pub coverage: BTreeMap<Topic, Vec<SentenceRef>>,
    /// Names the charter gives its own tools.
    pub local_tools: Vec<String>,
    /// Norms of the binding and permissive sentences (for contradiction checks).
    pub norms: Vec<norms::Norm>,
    /// The authority's size (population, agents) from the front matter or the text, for threshold rules.
    pub size: crate::model::Size,
    /// Title, authority and adoption act written in the body (charters without front matter).
    pub body_meta: body_meta::BodyMeta,
}

impl Analysis {
    /// Hits of one sentence.
    pub fn sentence_hits(&self, (c, s): SentenceRef) -> &[Hit] {
        let info = &self.clauses[c];
        let (start, end) = info.sentence_ranges[s];
        let lo = info.hits.partition_point(|h| h.start < start);
        let hi = info.hits.partition_point(|h| h.start < end);
        &info.hits[lo..hi]
    }
    /// True when some sentence covers the topic.
    pub fn covers(&self, topic: Topic) -> bool {
        self.coverage.get(&topic).is_some_and(|v| !v.is_empty())
    }
    /// Source span of a normalised range of a clause.
    pub fn span_of(&self, charter: &Charter, clause: usize, start: usize, end: usize) -> Span {
        let (s, e) = self.clauses[clause].norm.original(start, end);
        charter.clauses[clause].source_span(s, e)
    }
    /// Normalised text of a sentence.
    pub fn sentence_norm(&self, (c, s): SentenceRef) -> &str {
        let info = &self.clauses[c];
        let (a, b) = info.sentence_ranges[s];
        &info.norm.text[a..b]
    }
}

/// Assigns each section a role from its title (context, definitions, rules); children inherit context roles.
fn assign_roles(charter: &mut Charter, lx: &Lexicon) {
    for i in 0..charter.sections.len() {
        let title = normalize(&charter.sections[i].title).text;
        let has = |words: &[String]| words.iter().any(|w| contains_word(&title, w));
        let own = if has(&lx.definition_sections) {
            Some(SectionRole::Definitions)
        } else if has(&lx.context_sections) {
            Some(SectionRole::Context)
        } else {
            None
        };
        let inherited = charter.sections[i]
            .parent
            .map(|p| charter.sections[p].role)
            .unwrap_or_default();
        charter.sections[i].role = own.unwrap_or(inherited);
    }
}

/// Whole-word containment in normalised text.
pub fn contains_word(hay: &str, word: &str) -> bool {
    find_word(hay, word).is_some()
}

/// Byte position of the first whole-word occurrence of `word` in normalised text.
pub fn find_word(hay: &str, word: &str) -> Option<usize> {
    let b = hay.as_bytes();
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.find(word) {
        let s = from + i;
        let e = s + word.len();
        let left = s == 0 || !crate::lexicon::normalize::is_word_byte(b[s - 1]);
        let right = e == b.len() || !crate::lexicon::normalize::is_word_byte(b[e]);
        if left && right {
            return Some(s);
        }
        from = s + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

#[cfg(debug_assertions)]
thread_local! {
    static ANALYSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Debug builds: how many documents this thread has analysed so far (tests check that a run reads each file once).
#[cfg(debug_assertions)]
pub fn analyses_on_this_thread() -> usize {
    ANALYSES.with(std::cell::Cell::get)
}

/// Analyses every clause of the charter in place and returns the analysis.
pub fn analyze(charter: &mut Charter, lx: &Lexicon) -> Analysis {
    #[cfg(debug_assertions)]
    ANALYSES.with(|n| n.set(n.get() + 1));
    assign_roles(charter, lx);
    // Topics a section title names with a plain term (« Article 9 – Formation »): a binding clause under it deals
    // with that topic even when it does not repeat the word (« chaque agent suit un module d'une heure »).
    let title_topics: Vec<Vec<Topic>> = charter
        .sections
        .iter()
        .map(|s| {
            let n = normalize(&s.title);
            let mut v: Vec<Topic> = lx
                .scan(&n.text)
                .iter()
                .filter_map(|h| {
                    if let Tag::Term(t) = h.tag {
                        Some(t)
                    } else {
                        None
                    }
                })
                .collect();
            v.dedup();
            v
        })
        .collect();
    let local = local_tools::LocalTools::find(charter, lx);
    let acronyms = local_tools::Acronyms::find(charter, lx);
    let local_concept = lx.concept("tool.local");
    let personal = lx.concept("data.personal");
    let ai_tool = lx.concept("tool.ai");
    let mut analysis = Analysis {
        clauses: Vec::with_capacity(charter.clauses.len()),
        coverage: BTreeMap::new(),
        local_tools: local.names.clone(),
        norms: Vec::new(),
        size: charter.size(),
        body_meta: body_meta::read(charter),
    };
    for ci in 0..charter.clauses.len() {
        let clause = &charter.clauses[ci];
        let role = clause
            .section
            .map(|s| charter.sections[s].role)
            .unwrap_or_default();
        let norm = normalize(&clause.text);
        let mut hits = lx.scan(&norm.text);
        if let Some(lc) = local_concept {
            hits.extend(local.scan(&norm.text, lc));
        }
        hits.extend(acronyms.scan(&norm, &clause.text));
        hits.sort_by_key(|h| (h.start, h.end));
        longest_concepts(&mut hits);
        let (lead_hits, lead_modality) = match &clause.lead_in {
            Some(lead) => {
                let n = normalize(lead);
                let mut h = lx.scan(&n.text);
                // « … quel que soit l'outil employé, Lormia compris : » names the authority's own tool.
                if let Some(lc) = local_concept {
                    h.extend(local.scan(&n.text, lc));
                    h.sort_by_key(|h| (h.start, h.end));
                }
                let m = modality::of_sentence(&n.text, &h);
                (h, m.modality)
            }
            None => (Vec::new(), None),
        };
        // Table rows: one sentence region per cell, each with its header as lead-in (modality and vocabulary).
        // A table listing uses under « Usages autorisés » or « Usages interdits » takes the heading's force when
        // its own column header has none.
        let table_default = if clause.cells.is_empty() {
            None
        } else {
            clause.section.and_then(|s| {
                let n = normalize(&charter.sections[s].title);
                let h = lx.scan(&n.text);
                modality::of_sentence(&n.text, &h).modality
            })
        };
        let regions: Vec<(usize, usize, Option<Modality>, Vec<Hit>)> = if clause.cells.is_empty() {
            vec![(0, clause.text.len(), lead_modality, lead_hits.clone())]
        } else {
            clause
                .cells
                .iter()
                .zip(
                    clause
                        .cell_headers
                        .iter()
                        .map(Some)
                        .chain(std::iter::repeat(None)),
                )
                .map(|(&(s, e), h)| match h {
                    Some(h) => {
                        let n = normalize(h);
                        let hh = lx.scan(&n.text);
                        (
                            s,
                            e,
                            modality::of_sentence(&n.text, &hh)
                                .modality
                                .or(table_default),
                            hh,
                        )
                    }
                    None => (s, e, table_default, Vec::new()),
                })
                .collect()
        };
        let mut sentences = Vec::new();
        let mut ranges = Vec::new();
        for (rs, re, inherited, context_hits) in regions {
            for (s, e) in sentences::split(&clause.text[rs..re]) {
                let (s, e) = (rs + s, rs + e);
                let (ns, ne) = (norm.from_original(s), norm.from_original(e));
                let lo = hits.partition_point(|h| h.start < ns);
                let hi = hits.partition_point(|h| h.start < ne);
                let sh = &hits[lo..hi];
                let ntext = &norm.text[ns..ne];
                let m = modality::of_sentence_at(&norm.text, ns, ne, sh);
                let mut sentence = Sentence {
                    start: s,
                    end: e,
                    conditional: m.conditional,
                    ..Sentence::default()
                };
                sentence.modality = clause.declared_modality.or(m.modality).or(inherited);
                let original = &clause.text[s..e];
                sentence.legal_refs = shift(find_legal_refs(original), s);
                sentence.durations = shift(find_durations(original), s);
                sentence.dates = shift(find_dates(original), s);
                let topics = topics_of(lx, sh, &context_hits, &sentence);
                let normative = sentence.modality.is_some_and(|m| m != Modality::Constat);
                let dismissal = m.dispensed || ntext.trim_end().ends_with('?');
                let counts = !dismissal && (normative || role == SectionRole::Rules);
                let binding = sentence
                    .modality
                    .is_some_and(super::model::Modality::is_binding);
                let from_title: &[Topic] = match clause.section {
                    Some(sec) if binding && !dismissal && role == SectionRole::Rules => {
                        &title_topics[sec]
                    }
                    _ => &[],
                };
                let mut topics = topics;
                for t in from_title {
                    if !topics.contains(t) {
                        topics.push(*t);
                    }
                }
                for t in topics {
                    if counts {
                        sentence.topics.push(t);
                    } else {
                        sentence.mentions.push(t);
                    }
                }
                if role == SectionRole::Definitions
                    && !sentence.topics.contains(&Topic::GovernanceDefinitions)
                {
                    sentence.topics.push(Topic::GovernanceDefinitions);
                }
                // Personal data kept out of AI tools: a binding sentence naming both (lead-in included).
                if let (Some(p), Some(t)) = (personal, ai_tool) {
                    let binding = matches!(
                        sentence.modality,
                        Some(Modality::Interdiction | Modality::Obligation)
                    );
                    let names = |want: u16| {
                        sh.iter()
                            .chain(lead_hits.iter())
                            .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, want)))
                    };
                    if binding
                        && !dismissal
                        && names(p)
                        && names(t)
                        && !sentence.topics.contains(&Topic::GdprPublicTools)
                    {
                        sentence.topics.push(Topic::GdprPublicTools);
                    }
                }
                for t in &clause.declared_topics {
                    if !sentence.topics.contains(t) {
                        sentence.topics.push(*t);
                    }
                }
                sentences.push(sentence);
                ranges.push((ns, ne));
            }
        }
        for (si, s) in sentences.iter().enumerate() {
            for t in &s.topics {
                analysis.coverage.entry(*t).or_default().push((ci, si));
            }
        }
        charter.clauses[ci].sentences = sentences;
        analysis.clauses.push(ClauseInfo {
            norm,
            hits,
            sentence_ranges: ranges,
            lead_hits,
        });
    }
    analysis.norms = norms::extract(charter, &analysis, lx);
    analysis
}

/// Keeps the longest concept mention where two overlap (« `ChatGPT` Enterprise » is not also « `ChatGPT` »,
/// « agent conversationnel » is not also « agent »).
fn longest_concepts(hits: &mut Vec<Hit>) {
    // Concepts sorted by start, with the furthest end reached so far: a mention is inside a longer one when
    // a concept starting at or before it ends after it, or one starting strictly before it ends with it.
    // Sorting keeps this linearithmic on a paragraph of thousands of mentions.
    let mut concepts: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Concept(_)))
        .map(|h| (h.start, h.end))
        .collect();
    concepts.sort_unstable();
    let mut furthest = Vec::with_capacity(concepts.len());
    let mut max_end = 0;
    for &(_, e) in &concepts {
        max_end = max_end.max(e);
        furthest.push(max_end);
    }
    let furthest_end = |n: usize| if n == 0 { None } else { Some(furthest[n - 1]) };
    hits.retain(|h| {
        if !matches!(h.tag, Tag::Concept(_)) {
            return true;
        }
        let at_or_before = concepts.partition_point(|&(s, _)| s <= h.start);
        let strictly_before = concepts.partition_point(|&(s, _)| s < h.start);
        let longer_over = furthest_end(at_or_before).is_some_and(|e| e > h.end);
        let longer_before = furthest_end(strictly_before).is_some_and(|e| e >= h.end);
        !(longer_over || longer_before)
    });
}

fn shift<T>(mut v: Vec<crate::grammar::Found<T>>, by: usize) -> Vec<crate::grammar::Found<T>> {
    for f in &mut v {
        f.start += by;
        f.end += by;
    }
    v
}

/// Topics whose vocabulary a sentence uses: plain terms, or both sides of a pair, minus false friends. The
/// sentence's context (the lead-in of a list item, the header of a table column) lends its words too.
fn topics_of(lx: &Lexicon, own: &[Hit], context: &[Hit], sentence: &Sentence) -> Vec<Topic> {
    let all: Vec<Hit> = own.iter().chain(context.iter()).copied().collect();
    let hits = &all[..];
    let mut out: Vec<Topic> = Vec::new();
    let cancelled: Vec<Topic> = hits
        .iter()
        .filter_map(|h| {
            if let Tag::Unless(t) = h.tag {
                Some(t)
            } else {
                None
            }
        })
        .collect();
    for h in hits {
        if let Tag::Term(t) = h.tag {
            if !out.contains(&t) && !cancelled.contains(&t) {
                out.push(t);
            }
        }
    }
    for entry in &lx.topics {
        if out.contains(&entry.topic) || cancelled.contains(&entry.topic) {
            continue;
        }
        for (k, (a, b)) in entry.pairs.iter().enumerate() {
            let side_ok = |side: Side, ph: &crate::lexicon::PairSide| {
                hits.iter().any(|h| {
                    h.tag == Tag::Pair(entry.topic, u8::try_from(k).unwrap_or(u8::MAX), side)
                }) || (ph.duration && !sentence.durations.is_empty())
                    || (ph.date && !sentence.dates.is_empty())
            };
            if side_ok(Side::A, a) && side_ok(Side::B, b) {
                out.push(entry.topic);
                break;
            }
        }
    }
    out
}
