//! Enriches a parsed charter: sentences, modality (with negation, lead-ins and table headers), the topics each
//! sentence covers, legal references, durations and dates. Runs once per file, linear in its size; rules read the
//! result and never re-scan raw text.

pub(crate) mod amendments;
pub(crate) mod body_meta;
pub(crate) mod kind;
pub(crate) mod local_tools;
pub(crate) mod modality;
pub(crate) mod norms;
pub(crate) mod sentences;

use crate::grammar::{find_dates, find_durations, find_legal_refs};
use crate::lexicon::normalize::{normalize, Normalized};
use crate::lexicon::{Hit, Lexicon, Marker, Side, Tag};
use crate::model::{Charter, Force, Modality, NonRule, SectionRole, Sentence, Span, Topic};
use std::collections::BTreeMap;

/// A sentence address: (clause index, sentence index).
pub(crate) type SentenceRef = (usize, usize);

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
    /// The answers of a FAQ that carry only the verdict (« Puis-je utiliser DeepL pour traduire un courrier ? » —
    /// « Non. »): per answer sentence (index in the clause), the question's normalised text and its hits. The
    /// question carries the object of the answer's norm, as a lead-in carries its items'.
    pub answers: Vec<(usize, String, Vec<Hit>)>,
    /// Every sentence that answers a question (the first one after a question heading or a sentence ending with
    /// « ? »), with the question's normalised text and hits: an answer that leaves its subject out (« Trente
    /// jours. », « Elles sont conservées douze mois ») speaks of the question's object.
    pub questions: Vec<(usize, String, Vec<Hit>)>,
    /// Per sentence of a table cell (index in the clause), the concepts of its column header, in the header's own
    /// normalised text: a verdict cell (« interdit » under « Copilot ») is about that column's tool.
    pub columns: Vec<(usize, Vec<Hit>)>,
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
        // « Qu'est-ce que la charte IA ? » asks about the text, not about a word it uses.
        let about_the_text = title.trim_end().ends_with('?') && kind::names_the_text(&title);
        let own = if has(&lx.definition_sections) && !about_the_text {
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
pub(crate) fn contains_word(hay: &str, word: &str) -> bool {
    find_word(hay, word).is_some()
}

/// Byte position of the first whole-word occurrence of `word` in normalised text.
pub(crate) fn find_word(hay: &str, word: &str) -> Option<usize> {
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
#[cfg(all(test, debug_assertions))]
pub(crate) fn analyses_on_this_thread() -> usize {
    ANALYSES.with(std::cell::Cell::get)
}

/// Analyses every clause of the charter in place and returns the analysis.
pub(crate) fn analyze(charter: &mut Charter, lx: &Lexicon) -> Analysis {
    #[cfg(debug_assertions)]
    ANALYSES.with(|n| n.set(n.get() + 1));
    assign_roles(charter, lx);
    let local = local_tools::LocalTools::find(charter, lx);
    let any_ai = lx.concept("tech.ai");
    let names_ai = |hits: &[Hit]| {
        any_ai.is_some_and(|ai| {
            hits.iter()
                .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, ai)))
        })
    };
    let headings: Vec<Heading> = charter
        .sections
        .iter()
        .map(|s| {
            let mut h = Heading::read(&s.title, lx);
            // « BerlencIA, c'est quoi ? », « C'est quoi, exactement, l'IA générative ? »: what follows defines it.
            h.defines = h.question
                && kind::asks_what_it_is(&h.text)
                && (names_ai(&h.hits) || !local.scan(&h.text, 0).is_empty());
            h
        })
        .collect();
    let acronyms = local_tools::Acronyms::find(charter, lx);
    let local_concept = lx.concept("tool.local");
    let personal = lx.concept("data.personal");
    let ai_tool = lx.concept("tool.ai");
    // What the service keeps to itself: internal or confidential information, its case files and reports.
    let kept: Vec<u16> = ["data.internal", "data.confidential", "doc.case-file"]
        .iter()
        .filter_map(|id| lx.concept(id))
        .collect();
    let handling: Vec<u16> = ["action.use", "action.generate"]
        .iter()
        .filter_map(|id| lx.concept(id))
        .collect();
    let inside: Vec<u16> = INSIDE_ACTORS
        .iter()
        .filter_map(|id| lx.concept(id))
        .collect();
    let deciding: Vec<u16> = [
        "action.decide",
        "action.select",
        "action.profile",
        "decision.verb",
        "work.individual-decision",
    ]
    .iter()
    .filter_map(|id| lx.concept(id))
    .collect();
    let input = lx.concept("action.input");
    let machine = lx.concept("agent.machine");
    let admin_act = lx.concept("work.admin-act");
    let delegate = lx.concept("decision.delegated");
    let approved_tool = lx.concept("tool.approved");
    let use_action = lx.concept("action.use");
    let mut analysis = Analysis {
        clauses: Vec::with_capacity(charter.clauses.len()),
        coverage: BTreeMap::new(),
        local_tools: local.names.clone(),
        norms: Vec::new(),
        size: charter.size(),
        body_meta: body_meta::read(charter),
    };
    // The AI tool named last in the current section: the implied instrument of a rule that names none.
    let mut last_tool: Option<u16> = None;
    let mut last_section: Option<usize> = None;
    // The data named so far in the current section: what « ces données » names back (`data_anaphors`).
    let mut section_data: Vec<Hit> = Vec::new();
    // The data of the clause before, added to `section_data` once it is behind.
    let mut previous_data: Vec<Hit> = Vec::new();
    let data_concept = |h: &Hit| matches!(h.tag, Tag::Concept(c) if lx.concepts.get(usize::from(c)).is_some_and(|k| k.id.starts_with("data.")));
    for ci in 0..charter.clauses.len() {
        let clause = &charter.clauses[ci];
        let role = clause
            .section
            .map(|s| charter.sections[s].role)
            .unwrap_or_default();
        let heading = clause.section.map(|s| &headings[s]);
        let first_in_section = clause.section != last_section;
        if first_in_section {
            last_section = clause.section;
            last_tool = heading.and_then(|h| first_tool(lx, &h.hits, ai_tool));
            section_data.clear();
        } else {
            // One hit per concept: the list stays as short as the data ontology, whatever the section's length.
            for h in previous_data.drain(..) {
                if !section_data.iter().any(|x| x.tag == h.tag) {
                    section_data.push(h);
                }
            }
        }
        previous_data.clear();
        let norm = normalize(&clause.text);
        let mut hits = lx.scan(&norm.text);
        if let Some(lc) = local_concept {
            hits.extend(local.scan(&norm.text, lc));
        }
        hits.extend(acronyms.scan(&norm, &clause.text));
        hits.extend(local_tools::capitalised_products(&norm, &clause.text, lx));
        hits.sort_by_key(|h| (h.start, h.end));
        longest_concepts(&mut hits);
        previous_data.extend(hits.iter().filter(|h| data_concept(h)).copied());
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
        if let Some(t) = first_tool(lx, &lead_hits, ai_tool) {
            last_tool = Some(t);
        }
        // The heading's force (« Données interdites », « Ce qu'il ne faut pas faire », « Usages autorisés »)
        // reaches every clause under it that has no force of its own, its lead-in's or its column header's.
        // A heading of advice (« Bonnes pratiques ») lends its force to table cells only: a paragraph under it
        // keeps the force of its own present tense (« l'agent vérifie… »), which advice would weaken.
        let from_heading = heading
            .and_then(|h| h.modality)
            .map(|m| (m, Force::Heading));
        let paragraph_heading = from_heading.filter(|(m, _)| *m != Modality::Recommandation);
        // Table rows: one sentence region per cell, each with its header as lead-in (modality and vocabulary).
        let regions: Vec<Region> = if clause.cells.is_empty() {
            vec![Region {
                start: 0,
                end: clause.text.len(),
                inherited: lead_modality
                    .map(|m| (m, Force::LeadIn))
                    .or(paragraph_heading),
                context: lead_hits.clone(),
                column: Vec::new(),
            }]
        } else {
            // A row's first cell labels the row (« Contrôle humain | Un agent relit toute production »): the
            // other cells take its words, as a list item takes its lead-in's.
            let label: Vec<Hit> = clause.cells.first().map_or_else(Vec::new, |&(s, e)| {
                let (ns, ne) = (norm.from_original(s), norm.from_original(e));
                hits.iter()
                    .filter(|h| h.start >= ns && h.end <= ne)
                    .copied()
                    .collect()
            });
            clause
                .cells
                .iter()
                .enumerate()
                .map(|(i, cell)| (cell, if i == 0 { &[][..] } else { &label[..] }))
                .zip(
                    clause
                        .cell_headers
                        .iter()
                        .map(Some)
                        .chain(std::iter::repeat(None)),
                )
                .map(|((&(s, e), label), h)| match h {
                    Some(h) => {
                        let n = normalize(h);
                        let hh = lx.scan(&n.text);
                        let mut column: Vec<Hit> = hh
                            .iter()
                            .filter(|h| matches!(h.tag, Tag::Concept(_)))
                            .copied()
                            .collect();
                        if let Some(lc) = local_concept {
                            column.extend(local.scan(&n.text, lc));
                        }
                        Region {
                            start: s,
                            end: e,
                            inherited: modality::of_sentence(&n.text, &hh)
                                .modality
                                .or_else(|| verdict_header(lx, &n.text))
                                .map(|m| (m, Force::TableHeader))
                                .or(from_heading),
                            context: hh.iter().chain(label).copied().collect(),
                            column,
                        }
                    }
                    None => Region {
                        start: s,
                        end: e,
                        inherited: from_heading,
                        context: label.to_vec(),
                        column: Vec::new(),
                    },
                })
                .collect()
        };
        // A question (a question heading for the first clause under it, or a sentence ending with « ? ») lends
        // its words and its force to the answer that follows (« Puis-je … données personnelles ? Non. »).
        let mut question: Option<Question> = match heading {
            Some(h) if first_in_section && h.question => {
                // The authority's own tool named in the question (« Et Gentiane, pour rédiger un discours ? »).
                let mut hits = h.hits.clone();
                if let Some(lc) = local_concept {
                    hits.extend(local.scan(&h.text, lc));
                    hits.sort_by_key(|h| (h.start, h.end));
                }
                Some(Question {
                    hits,
                    modality: h.asked,
                    text: h.text.clone(),
                    defines: h.defines,
                    scopes: h.scopes,
                    who: kind::asks_who(&h.text),
                })
            }
            _ => None,
        };
        let mut sentences = Vec::new();
        let mut ranges = Vec::new();
        // The words of a bold label (« **Des usages utiles.** ») go to the sentences after it in its paragraph.
        let mut label: Vec<Hit> = Vec::new();
        let mut answers = Vec::new();
        let mut questions = Vec::new();
        let mut columns = Vec::new();
        let mut quotes = kind::Quotes::default();
        // A term the scan read across two cells or two sentences (« Modèle | Mistral Small 3.1 » read as « modèle
        // Mistral ») belongs to neither: each sentence's hits end inside it, so every range cut from its text and a
        // hit is well formed.
        // Each region's sentences, in the clause's original offsets, split once for this and for the reading below.
        let split: Vec<Vec<(usize, usize)>> = regions
            .iter()
            .map(|r| {
                sentences::split(&clause.text[r.start..r.end])
                    .into_iter()
                    .map(|(s, e)| (r.start + s, r.start + e))
                    .collect()
            })
            .collect();
        let bounds: Vec<(usize, usize)> = split
            .iter()
            .flatten()
            .map(|&(s, e)| (norm.from_original(s), norm.from_original(e)))
            .collect();
        hits.retain(|h| {
            let i = bounds.partition_point(|&(s, _)| s <= h.start);
            i == 0 || h.start >= bounds[i - 1].1 || h.end <= bounds[i - 1].1
        });
        for (region, split) in regions.into_iter().zip(split) {
            for (s, e) in split {
                let (ns, ne) = (norm.from_original(s), norm.from_original(e));
                let lo = hits.partition_point(|h| h.start < ns);
                let hi = hits.partition_point(|h| h.start < ne);
                let sh = &hits[lo..hi];
                let ntext = &norm.text[ns..ne];
                let original = &clause.text[s..e];
                let m = modality::of_sentence_at(&norm.text, ns, ne, sh);
                let mut sentence = Sentence {
                    start: s,
                    end: e,
                    conditional: m.conditional,
                    ..Sentence::default()
                };
                let answered = question.take();
                let is_question = ntext.trim_end().ends_with('?');
                let mut context_hits = region.context.clone();
                context_hits.extend(label.iter().copied());
                if lx.data_anaphors.iter().any(|a| contains_word(ntext, a)) {
                    context_hits.extend(section_data.iter().copied());
                }
                let mut inherited = region.inherited;
                // The answer takes the question's words when it is a rule or elliptical (« Non. », « À tous les
                // agents. »); a statement (« Les modèles consomment de l'énergie. ») keeps its own words.
                // « Vous. », « L'agent qui signe. »: a short answer that names someone (read only after a question).
                let person = answered.is_some()
                    && kind::names_a_person(
                    ntext,
                    sh.iter().any(
                        |h| matches!(h.tag, Tag::Concept(c) if inside.iter().any(|a| lx.is_a(c, *a))),
                    ),
                );
                if let Some(q) = &answered {
                    let answer = q.answer(lx, ntext, person);
                    if answer.is_some() || m.modality.is_some() || elliptical(ntext) {
                        context_hits.extend(q.hits.iter().copied());
                    }
                    if let Some(a) = answer {
                        inherited = Some((a, Force::Question));
                    }
                }
                if is_question {
                    question = Some(Question {
                        defines: kind::asks_what_it_is(ntext) && names_ai(sh),
                        scopes: kind::names_the_scope(ntext),
                        who: kind::asks_who(ntext),
                        hits: sh
                            .iter()
                            .map(|h| Hit {
                                start: h.start - ns,
                                end: h.end - ns,
                                ..*h
                            })
                            .collect(),
                        modality: m.modality,
                        text: ntext.to_owned(),
                    });
                }
                (sentence.modality, sentence.force) = match (clause.declared_modality, m.modality) {
                    (Some(d), _) => (Some(d), Force::Declared),
                    (None, Some(own)) if m.by_imperative => (Some(own), Force::Imperative),
                    (None, Some(Modality::Permission))
                        if !m.negated
                            && capability_warning(
                                lx,
                                any_ai,
                                sh,
                                &norm.text,
                                (ns, ne),
                                &inside,
                            ) =>
                    {
                        sentence.non_rule = Some(NonRule::Warning);
                        (None, Force::None)
                    }
                    (None, Some(own)) => (Some(own), Force::Own),
                    (None, None) => {
                        // « 5. **L'utilisation de l'IA pour évaluer la situation d'un enfant.** » under « Usages
                        // interdits » : a bold item that inherits a force is the rule itself, not a label.
                        sentence.non_rule = kind::non_rule(original)
                            .filter(|k| !(*k == NonRule::Label && inherited.is_some()))
                            .or_else(|| {
                                (inherited.is_none()
                                    && m.imperative.is_none()
                                    && !is_question
                                    && clause.cells.is_empty()
                                    && clause.lead_in.is_none()
                                    && clause.text.trim() == original.trim()
                                    && slogan(lx, ntext, sh))
                                .then_some(NonRule::Slogan)
                            });
                        match inherited {
                            Some((m, f)) if sentence.non_rule.is_none() => (Some(m), f),
                            _ => (None, Force::None),
                        }
                    }
                };
                // « Orbi renseigne, il ne décide rien. Une demande de logement part vers un agent », insiste le
                // maire: a sentence that opens inside a quotation begun earlier in the paragraph, or that opens one
                // which runs past its end, is someone's words.
                let quoted = quotes.depth_at(&clause.text, s) > 0
                    || (original.trim_start().starts_with('«')
                        && quotes.depth_at(&clause.text, e) > 0);
                if sentence.modality.is_some() && (quoted || kind::is_quotation(original)) {
                    sentence.non_rule = Some(NonRule::Quotation);
                }
                if sentence.non_rule == Some(NonRule::Label) {
                    label = sh.to_vec();
                }
                sentence.legal_refs = shift(find_legal_refs(original), s);
                sentence.durations = shift(find_durations(original), s);
                sentence.dates = shift(find_dates(original), s);
                let topics = topics_of(lx, sh, &context_hits, &sentence);
                let normative = sentence.modality.is_some_and(|m| m != Modality::Constat);
                let dismissal = m.dispensed || is_question;
                let counts = !dismissal
                    && sentence.non_rule.is_none()
                    && (normative || role == SectionRole::Rules);
                let binding = sentence.modality.is_some_and(Modality::is_binding);
                // A rule in the present tense (« Les agents signent les documents qu'ils produisent avec l'IA »)
                // names who acts: someone of the authority, its agents, elected members or bodies.
                let present_rule = sentence.modality.is_none()
                    && sentence.non_rule.is_none()
                    && sh.iter().any(|h| {
                        matches!(h.tag, Tag::Concept(c) if inside.iter().any(|a| lx.is_a(c, *a)))
                    });
                // A binding sentence deals with its heading's topic; a present-tense one only when it names no
                // topic of its own (under « Empreinte environnementale », « la direction mesure chaque année la
                // consommation » is about measurement, not also about sobriety).
                let from_title: &[Topic] = match heading {
                    Some(h)
                        if (binding || (present_rule && topics.is_empty()))
                            && !dismissal
                            && role == SectionRole::Rules =>
                    {
                        &h.topics
                    }
                    _ => &[],
                };
                let mut topics = topics;
                // The reason a rule gives (« chaque requête consomme de l'énergie : réservez l'IA… ») tells its
                // topic; the same words in a statement are a warning and cover nothing.
                if binding && !dismissal && sentence.non_rule.is_none() {
                    for t in reasons_of(sh, &context_hits) {
                        if !topics.contains(&t) {
                            topics.push(t);
                        }
                    }
                }
                for t in from_title {
                    if !topics.contains(t) {
                        topics.push(*t);
                    }
                }
                // A self-description (« Cette charte s'applique aux salariés… ») states whom the charter binds
                // even in a preamble and without a modal word.
                let states = !dismissal && sentence.non_rule.is_none();
                for t in topics {
                    if counts || (states && lx.is_declarative(t)) {
                        sentence.topics.push(t);
                    } else {
                        sentence.mentions.push(t);
                    }
                }
                // The answer to « Qui est concerné ? », the text under « Périmètre » or after « **Destinataires** : »
                // states whom the charter binds.
                let scoped = heading.is_some_and(|h| h.scopes)
                    || answered.as_ref().is_some_and(|q| q.scopes)
                    || kind::glossary_term_len(original).is_some_and(|len| {
                        kind::names_the_scope(&normalize(&original[..len]).text)
                    })
                    || kind::field_labels(original)
                        .any(|label| kind::names_the_scope(&normalize(label).text));
                if scoped
                    && !dismissal
                    && sentence.non_rule.is_none()
                    && !sentence.topics.contains(&Topic::GovernanceScope)
                {
                    sentence.topics.push(Topic::GovernanceScope);
                }
                let defines = role == SectionRole::Definitions
                    || sentence.non_rule == Some(NonRule::Definition)
                    || heading.is_some_and(|h| h.defines)
                    || answered.as_ref().is_some_and(|q| q.defines)
                    || defines_a_term(lx, any_ai, (original, s), &norm, (ns, ne), sh);
                if defines && !sentence.topics.contains(&Topic::GovernanceDefinitions) {
                    sentence.topics.push(Topic::GovernanceDefinitions);
                }
                // The tool this sentence names, or else the one named just before (its implied instrument).
                let own_tool = first_tool(lx, sh, ai_tool);
                if own_tool.is_none() {
                    sentence.instrument = last_tool;
                }
                // Personal data kept out of AI tools: a binding sentence naming both (lead-in, column header and
                // question included; the tool may be the implied instrument).
                if let (Some(p), Some(t)) = (personal, ai_tool) {
                    // A permission whose condition forbids (« Oui, à condition de n'y saisir aucune information non
                    // publique ») keeps what it names out of the tool too.
                    let binding = matches!(
                        sentence.modality,
                        Some(Modality::Interdiction | Modality::Obligation)
                    ) || (sentence.modality == Some(Modality::Permission)
                        && m.forbids_in_condition);
                    let names = |want: u16| {
                        sh.iter()
                            .chain(lead_hits.iter())
                            .chain(context_hits.iter())
                            .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, want)))
                    };
                    if binding
                        && !dismissal
                        && sentence.non_rule.is_none()
                        && names(p)
                        && (names(t) || sentence.instrument.is_some())
                        && !sentence.topics.contains(&Topic::GdprPublicTools)
                    {
                        sentence.topics.push(Topic::GdprPublicTools);
                    }
                    // The service's own documents kept out of AI tools: a ban on putting a case file, a report or
                    // an internal note into a tool (« copier un rapport de gendarmerie » under « Ce qu'il ne faut
                    // pas faire », « les sujets d'examen ne sont jamais saisis dans un outil d'IA », « les rapports
                    // sociaux ne sont ni résumés ni reformulés par un outil d'IA ») keeps non-public documents
                    // confidential, whatever adjective it uses. A file named as personal data, in the sentence or
                    // its lead-in (« les dossiers des bénéficiaires, qui comportent des données de santé », « son
                    // numéro de dossier » under « Ne saisissez aucune donnée personnelle : »), is personal data.
                    let bans = sentence.modality == Some(Modality::Interdiction)
                        || (binding && (denies(lx, &m, ntext) || m.restrictive));
                    if bans
                        && !dismissal
                        && sentence.non_rule.is_none()
                        && !names(p)
                        && kept.iter().any(|k| names(*k))
                        && handling.iter().any(|a| names(*a))
                        && (names(t) || sentence.instrument.is_some())
                        && !sentence.topics.contains(&Topic::AiConfidentiality)
                    {
                        sentence.topics.push(Topic::AiConfidentiality);
                    }
                }
                // Naming the tool agents use (« utilisez « BerlencIA », l'assistant interne de la Ville », « Ils
                // utilisent l'assistant municipal Amaria », « ces informations ne vont que dans CorbIA ») says which
                // tool is approved: a duty, a permission or a present-tense rule naming a controlled tool.
                if let Some(approved) = approved_tool {
                    let names_it = sh
                        .iter()
                        .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, approved)));
                    // In the present tense, the sentence says that someone uses it (« Ils utilisent … »).
                    let says_use = use_action.is_some_and(|u| {
                        sh.iter()
                            .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, u)))
                    });
                    let usable = matches!(
                        sentence.modality,
                        Some(Modality::Obligation | Modality::Permission)
                    ) || (present_rule && says_use);
                    if names_it
                        && usable
                        && !dismissal
                        && sentence.non_rule.is_none()
                        && !sentence.topics.contains(&Topic::SovereigntyApprovedTools)
                    {
                        sentence.topics.push(Topic::SovereigntyApprovedTools);
                    }
                }
                // A ban on letting an AI decide or select (« Aucun algorithme ne décide de l'attribution d'une
                // aide », « Il est interdit de confier à l'IA une décision … », « je veille à ce qu'aucune décision
                // individuelle ne soit prise par un logiciel ») guards individual decisions, whatever its words;
                // entering a decision into a tool (« ne saisissez pas les décisions ») does not.
                if let Some(ai) = any_ai {
                    let concept = |want: u16| {
                        sh.iter()
                            .chain(context_hits.iter())
                            .any(|h| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, want)))
                    };
                    // A denial in the present tense states the ban as a charter states its rules (« Aucune
                    // décision concernant un habitant n'est prise par un logiciel », « à ce qu'aucune décision
                    // individuelle ne soit prise par un logiciel » under « je m'engage : »).
                    let bans = sentence.modality == Some(Modality::Interdiction)
                        || ((binding || sentence.modality.is_none()) && denies(lx, &m, ntext));
                    if bans
                        && !dismissal
                        && sentence.non_rule.is_none()
                        && (deciding.iter().any(|d| concept(*d))
                            // « Mes votes, mes arrêtés et mes signatures ne sont jamais délégués à un outil » : an
                            // act of the authority handed over to a machine.
                            || (admin_act.is_some_and(concept) && delegate.is_some_and(concept)))
                        && (concept(ai)
                            || machine.is_some_and(concept)
                            || sentence.instrument.is_some())
                        && !input.is_some_and(concept)
                    {
                        for t in [Topic::GdprAutomatedDecisions, Topic::AiHumanOversight] {
                            if !sentence.topics.contains(&t) {
                                sentence.topics.push(t);
                            }
                        }
                    }
                }
                if own_tool.is_some() {
                    last_tool = own_tool;
                }
                for t in &clause.declared_topics {
                    if !sentence.topics.contains(t) {
                        sentence.topics.push(*t);
                    }
                }
                // A verdict alone (« Non. », « Oui, c'est obligatoire. », « Non, jamais. ») takes its question's
                // object; an answer that says more (« Oui : la charte ne s'applique pas à eux. ») or whose own force
                // disagrees with its « oui » or « non » keeps its own words.
                if let Some(q) = &answered {
                    let verdict = q.answer(lx, ntext, person);
                    let agrees = match (verdict, m.modality) {
                        (Some(_), None) => true,
                        (Some(Modality::Interdiction), Some(own)) => own == Modality::Interdiction,
                        (Some(Modality::Permission | Modality::Obligation), Some(own)) => {
                            own == Modality::Obligation || own == Modality::Permission
                        }
                        _ => false,
                    };
                    // An answer that says more about the question's own tool or object (« Le service peut-il utiliser
                    // Aiguillia pour préparer les arrêtés ? » — « Oui : Aiguillia propose un arrêté prêt à signer »)
                    // confirms the question's act on it: it takes the question's words too.
                    let bare = !sh.iter().any(|h| matches!(h.tag, Tag::Concept(_)))
                        || (verdict.is_some() && sh.iter().any(|h| {
                            matches!(h.tag, Tag::Concept(c) if q.hits.iter().any(|x| x.tag == h.tag
                                    && matches!(norms::dimension(&lx.concepts[c as usize].id),
                                        Some(norms::Dimension::Tool | norms::Dimension::Work))))
                        }))
                        // A verdict that only says which data may go with the question's act (« Oui, à condition
                        // de retirer les noms ; les prénoms et les allergies suffisent ») names no act nor tool of
                        // its own: the question's stay its.
                        || (verdict.is_some()
                            && sh.iter().all(|h| match h.tag {
                                Tag::Concept(c) => matches!(
                                    norms::dimension(&lx.concepts[c as usize].id),
                                    Some(norms::Dimension::Data)
                                ),
                                _ => true,
                            }));
                    // A « oui » to a question of fact (« Le texte publié contient-il des données personnelles ? » —
                    // « Oui → N'utilisez aucun outil d'IA pour ce texte », a branch of a decision tree) says the case
                    // in which the answer's own rule holds: the rule takes the question's object.
                    let case = q.modality.is_none()
                        && verdict == Some(Modality::Permission)
                        && m.modality.is_some();
                    if ((agrees && bare) || case) && sentence.modality.is_some() {
                        answers.push((sentences.len(), q.text.clone(), q.hits.clone()));
                    }
                }
                if let Some(q) = &answered {
                    questions.push((sentences.len(), q.text.clone(), q.hits.clone()));
                }
                if !region.column.is_empty() {
                    columns.push((sentences.len(), region.column.clone()));
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
            answers,
            questions,
            columns,
        });
    }
    analysis.norms = norms::extract(charter, &analysis, lx);
    // « On n'utilise que les deux outils inscrits au tableau : Le Chat Pro … et le correcteur Scriba »: a rule that
    // reserves the work to tools it names says which tools are approved, whatever words it uses for the list.
    let approving: Vec<SentenceRef> = analysis
        .norms
        .iter()
        .filter(|n| norms::reserves_to_named_tools(lx, n))
        .map(|n| n.at)
        .collect();
    for (c, s) in approving {
        let topics = &mut charter.clauses[c].sentences[s].topics;
        if !topics.contains(&Topic::SovereigntyApprovedTools) {
            topics.push(Topic::SovereigntyApprovedTools);
            let at = analysis
                .coverage
                .entry(Topic::SovereigntyApprovedTools)
                .or_default();
            let i = at.partition_point(|x| *x < (c, s));
            at.insert(i, (c, s));
        }
    }
    analysis
}

/// « Les versions gratuites des assistants peuvent réutiliser vos échanges pour améliorer leurs modèles »: the
/// permission word's subject names a tool or AI and no one of the authority (`inside`), and the sentence is a warning
/// about what the tool can do with the reader's input (`kind::is_capability_warning`). `ai` is the concept `tech.ai`,
/// `hits` are the sentence's, `(ns, ne)` its range in the normalised `text`.
fn capability_warning(
    lx: &Lexicon,
    ai: Option<u16>,
    hits: &[Hit],
    text: &str,
    (ns, ne): (usize, usize),
    inside: &[u16],
) -> bool {
    let Some(modal) = hits
        .iter()
        .find(|h| h.tag == Tag::Marker(Marker::Permission))
    else {
        return false;
    };
    let concept_before = |of: &dyn Fn(u16) -> bool| {
        hits.iter()
            .any(|h| h.end <= modal.start && matches!(h.tag, Tag::Concept(c) if of(c)))
    };
    // Only « pouvoir » and « possible » say what a tool is able to do (« l'IA peut produire des erreurs »); « est
    // autorisé », « est à votre disposition » permit.
    let epistemic = matches!(
        &text[modal.start..modal.end],
        "peut"
            | "peuvent"
            | "pourra"
            | "pourront"
            | "il est possible"
            | "est possible"
            | "sont possibles"
    );
    let tool = concept_before(&|c| ai.is_some_and(|a| lx.is_a(c, a)));
    let person = concept_before(&|c| inside.iter().any(|a| lx.is_a(c, *a)));
    epistemic
        && tool
        && !person
        && (kind::is_capability_warning(
            &text[ns..ne],
            &text[ns..modal.start],
            &text[modal.end..ne],
        ) || fails(lx, &text[ns..ne], &text[modal.end..ne]))
}

/// The most words a slogan has (« Montargelle, ville sobre et connectée »).
const SLOGAN_MAX_WORDS: usize = 8;

/// « Habitat durable, numérique responsable », « Sobriété, transparence, responsabilité : nos trois mots d'ordre »:
/// a short paragraph of its own (the caller checks that it stands alone, with no force of its own or inherited)
/// that lists values between commas, with no copula (`identity_copulas`), negates nothing, names no act and
/// introduces nothing (« 2° Contrôle avant envoi : » opens a list). A short rule in the present tense has a verb and
/// no enumeration (« La charte est revue tous les trois ans », « On préfère les petits modèles quand ils suffisent »). A nominal rule says what it refuses (« Pas d'IA pour rien », « L'IA quand
/// elle sert, pas pour faire joli ») or what is done (an `action.*` concept).
fn slogan(lx: &Lexicon, norm_sentence: &str, hits: &[Hit]) -> bool {
    norm_sentence.split_whitespace().count() <= SLOGAN_MAX_WORDS
        && norm_sentence.contains(',')
        && !norm_sentence.trim_end().ends_with(':')
        && !norm_sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| lx.identity_copulas.iter().any(|c| c == w))
        && !hits.iter().any(|h| match h.tag {
            Tag::Marker(Marker::Negation) => true,
            Tag::Concept(c) => lx.concepts[c as usize].id.starts_with("action."),
            _ => false,
        })
}

/// « L'IA peut se tromper avec aplomb, inventer un article de loi »: after the permission word, a verb of what the
/// tool can get wrong (`failures` in `data/lexicon/markers.toml`) within its first three words. A sentence that goes
/// on past a colon or a semicolon (« L'IA peut se tromper : relisez tout ») may state the rule after it.
fn fails(lx: &Lexicon, sentence: &str, after: &str) -> bool {
    if sentence.contains([':', ';']) {
        return false;
    }
    let head: String = after
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    lx.failures
        .iter()
        .any(|f| find_word(&head, f).is_some_and(|at| head[..at].split_whitespace().count() < 3))
}

/// Who acts inside the authority: the subject of a rule written in the present tense.
const INSIDE_ACTORS: &[&str] = &[
    "actor.collectivity",
    "actor.staff",
    "actor.elected",
    "actor.dpo",
    "actor.dsi",
    "actor.rssi",
    "actor.ai-referent",
    "actor.committee",
];

/// What a section heading lends the clauses under it.
struct Heading {
    /// Lexicon hits of the normalised title.
    hits: Vec<Hit>,
    /// Its force (« Données interdites », « Ce qu'il faut faire »).
    modality: Option<Modality>,
    /// Topics it names with a plain term (« Article 9 – Formation »): a binding clause under it deals with that
    /// topic even when it does not repeat the word (« chaque agent suit un module d'une heure »).
    topics: Vec<Topic>,
    /// The title is a question (« Puis-je y mettre des données personnelles ? »).
    question: bool,
    /// The force a question asks about (« Dois-je relire ? » asks about a duty): « Oui » answers with it.
    asked: Option<Modality>,
    /// The normalised title, kept for a question (the object of its answer's norm), empty otherwise.
    text: String,
    /// The title asks what an AI or a tool is (« C'est quoi, une IA générative ? »): the text under it defines.
    defines: bool,
    /// The title asks or says whom the text is for (« Qui est concerné ? », « Destinataires »): the text under it
    /// states the scope.
    scopes: bool,
}

impl Heading {
    fn read(title: &str, lx: &Lexicon) -> Heading {
        let n = normalize(title);
        let mut hits = lx.scan(&n.text);
        hits.extend(local_tools::capitalised_products(&n, title, lx));
        hits.sort_by_key(|h| (h.start, h.end));
        let mut topics: Vec<Topic> = hits
            .iter()
            .filter_map(|h| match h.tag {
                Tag::Term(t) => Some(t),
                _ => None,
            })
            .collect();
        topics.dedup();
        let question = n.text.trim_end().ends_with('?');
        // A question heading asks; its force goes to the answer (« Non. »), not to every clause below.
        let own = modality::of_sentence(&n.text, &hits).modality;
        // « Je dois écrire le mot d'accueil. Puis-je demander de l'aide à ChatGPT ? » asks for a permission: a
        // question heading asks what its last sentence asks, after the context its first sentences give (its
        // whole text's force when the last sentence carries none, as after « art. 5 »).
        let asked = match n.text.trim_end().rfind(['.', '!']).map(|i| i + 1) {
            Some(q) if question && q < n.text.trim_end().len() => {
                let tail: Vec<Hit> = hits.iter().filter(|h| h.start >= q).copied().collect();
                modality::of_sentence_at(&n.text, q, n.text.len(), &tail)
                    .modality
                    .or(own)
            }
            _ => own,
        };
        // A headline in quotation marks (« La machine ne répond pas à la place d'un agent ») quotes someone.
        let t = title.trim();
        let quoted = t.starts_with('«') && t.ends_with('»');
        let modality = if question || quoted { None } else { own };
        Heading {
            hits,
            modality,
            topics,
            question,
            asked: asked.filter(|_| question),
            scopes: kind::names_the_scope(&n.text),
            text: if question { n.text } else { String::new() },
            defines: false,
        }
    }
}

/// One stretch of a clause that inherits one force and one context (the whole clause, or one table cell).
struct Region {
    start: usize,
    end: usize,
    inherited: Option<(Modality, Force)>,
    context: Vec<Hit>,
    /// The concepts of a table cell's column header, the authority's own tools included (« | Usage | Orbe-Assist |
    /// Copilot | »): the tool a verdict in the column is about. Empty for other regions.
    column: Vec<Hit>,
}

/// A question waiting for its answer.
struct Question {
    hits: Vec<Hit>,
    modality: Option<Modality>,
    /// Its normalised text.
    text: String,
    /// It asks what an AI or a tool is (« Qu'est-ce qu'un grand modèle de langage ? »): its answer defines.
    defines: bool,
    /// It asks whom the text is for (« Cette FAQ me concerne-t-elle ? »): its answer states the scope.
    scopes: bool,
    /// It asks who (« Qui est responsable si l'IA se trompe ? »): an answer that names a person assigns the charge.
    who: bool,
}

impl Question {
    /// The force of an answer that opens with « Non » or « Oui »: « Puis-je … ? Non. » forbids, « Oui » permits
    /// (or obliges, when the question asked about a duty: « Dois-je relire ? Oui. »). A short answer that names a
    /// person (`person`, from `kind::names_a_person`) to a question asking who (« Qui est responsable … ? Vous. »)
    /// assigns a duty. A refusal under a condition (« Pas tant que le courrier contient un nom », « Pas avant de
    /// l'avoir retrouvée à la source ») forbids as « Non » does. The words are `answer_no` and `answer_yes` in
    /// `data/lexicon/markers.toml`.
    fn answer(&self, lx: &Lexicon, norm_sentence: &str, person: bool) -> Option<Modality> {
        if self.who && person {
            return Some(Modality::Obligation);
        }
        let first = norm_sentence
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()?;
        let no = lx.answer_no.iter().any(|w| w == first);
        let yes = lx.answer_yes.iter().any(|w| w == first);
        match (no, yes, self.modality) {
            (true, _, Some(Modality::Obligation)) => None,
            (true, _, _) => Some(Modality::Interdiction),
            (_, true, Some(Modality::Obligation)) => Some(Modality::Obligation),
            (_, true, _) => Some(Modality::Permission),
            _ => None,
        }
    }
}

/// « | Sujet | ✅ Oui | ⛔ Non | »: a column header that is a bare verdict permits (« Oui ») or forbids (« Non ») what
/// its cells name. The words are `answer_yes` and `answer_no` in `data/lexicon/markers.toml`.
fn verdict_header(lx: &Lexicon, norm_header: &str) -> Option<Modality> {
    let mut words = norm_header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let only = words.next()?;
    if words.next().is_some() {
        return None;
    }
    if lx.answer_no.iter().any(|w| w == only) {
        Some(Modality::Interdiction)
    } else if lx.answer_yes.iter().any(|w| w == only) {
        Some(Modality::Permission)
    } else {
        None
    }
}

/// A binding sentence that denies what it names (« je veille à ce qu'aucune décision ne soit prise par un
/// logiciel »): its duty is a ban on that act. The denying words are `denials` in `data/lexicon/markers.toml`.
fn denies(lx: &Lexicon, m: &modality::ModalityInfo, norm_sentence: &str) -> bool {
    m.negated || lx.denials.iter().any(|w| contains_word(norm_sentence, w))
}

/// An answer without a subject of its own: it opens with a preposition (« À tous les agents et aux élus. »).
fn elliptical(norm_sentence: &str) -> bool {
    let first = norm_sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        first,
        "a" | "aux" | "pour" | "par" | "dans" | "chez" | "sur"
    )
}

/// The sentence says what an AI or a tool is without a verb of definition: a glossary entry whose bold term names
/// one (« **Assistant d'IA générative** : logiciel qui… »), or a sentence that opens with one and says what kind of
/// thing it is (« Les grands modèles de langage (LLM) sont des modèles entraînés… », « Pin'IA est l'assistant
/// conversationnel de la ville »).
fn defines_a_term(
    lx: &Lexicon,
    any_ai: Option<u16>,
    (original, start): (&str, usize),
    norm: &Normalized,
    (ns, ne): (usize, usize),
    hits: &[Hit],
) -> bool {
    let Some(ai) = any_ai else {
        return false;
    };
    let is_ai = |h: &&Hit| matches!(h.tag, Tag::Concept(c) if lx.is_a(c, ai));
    if let Some(len) = kind::glossary_term_len(original) {
        let term_end = norm.from_original(start + len);
        return hits.iter().filter(is_ai).any(|h| h.end <= term_end);
    }
    // « **C'est quoi, une IA générative ?** Un programme qui… »: a question and its answer in one sentence.
    let text = &norm.text[ns..ne];
    if let Some(q) = text.find('?').filter(|&q| q + 1 < text.trim_end().len()) {
        if kind::asks_what_it_is(&text[..=q]) && hits.iter().filter(is_ai).any(|h| h.end <= ns + q)
        {
            return true;
        }
    }
    hits.iter().find(is_ai).is_some_and(|h| {
        let before = norm.text[ns..h.start].trim();
        (before.is_empty() || kind::is_determiner(before))
            && kind::says_what_kind(&norm.text[h.end..ne])
    })
}

/// The first AI tool (a `tool.ai` concept or a kind of it) among hits.
fn first_tool(lx: &Lexicon, hits: &[Hit], ai_tool: Option<u16>) -> Option<u16> {
    let t = ai_tool?;
    hits.iter().find_map(|h| match h.tag {
        Tag::Concept(c) if lx.is_a(c, t) => Some(c),
        _ => None,
    })
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

/// Topics named by the reasons a sentence gives (`reasons` in `data/lexicon/topics.toml`), minus false friends.
fn reasons_of(own: &[Hit], context: &[Hit]) -> Vec<Topic> {
    let all = || own.iter().chain(context.iter());
    let mut out: Vec<Topic> = Vec::new();
    for h in all() {
        if let Tag::Reason(t) = h.tag {
            if !out.contains(&t) && !all().any(|u| u.tag == Tag::Unless(t)) {
                out.push(t);
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse_text, Format};

    /// One sentence as read: its text, modality, where its force comes from, topics, implied instrument.
    type Read = (String, Option<Modality>, Force, Vec<Topic>, Option<u16>);

    /// Each sentence of a Markdown text, as read.
    fn read(text: &str) -> Vec<Read> {
        let parsed = parse_text("t.md", text.to_owned(), Format::Markdown);
        let mut charter = parsed.charter.expect("charter");
        analyze(&mut charter, Lexicon::global());
        charter
            .clauses
            .iter()
            .flat_map(|c| {
                c.sentences.iter().map(|s| {
                    (
                        c.text[s.start..s.end].to_owned(),
                        s.modality,
                        s.force,
                        s.topics.clone(),
                        s.instrument,
                    )
                })
            })
            .collect()
    }

    fn find<'a>(all: &'a [Read], start: &str) -> &'a Read {
        all.iter()
            .find(|s| s.0.starts_with(start))
            .unwrap_or_else(|| panic!("no sentence starts with {start}: {all:?}"))
    }

    #[test]
    fn a_term_across_two_cells_is_in_neither() {
        // « Modèle | Mistral Small » joins into « modèle Mistral », a term that runs past the first cell's end: it
        // once made `check` panic on a vendor's comparison table.
        let text = "# Offre\n\n| Critère | Scénario A | Scénario B |\n|---|---|---|\n\
                    | Modèle | Mistral Small 3.1, auto-hébergé | Nimbus-4 (Hyperion AI Inc.) via API |\n";
        let parsed = parse_text("t.md", text.to_owned(), Format::Markdown);
        let mut charter = parsed.charter.expect("charter");
        let analysis = analyze(&mut charter, Lexicon::global());
        for (c, info) in analysis.clauses.iter().enumerate() {
            for (s, &(start, end)) in info.sentence_ranges.iter().enumerate() {
                for h in analysis.sentence_hits((c, s)) {
                    assert!(
                        h.start >= start && h.end <= end,
                        "{h:?} outside {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_conditional_answer_permits_what_its_question_asks_and_keeps_the_data_out() {
        let all = read(
            "# FAQ\n\n## Je dois écrire le mot d'accueil. Puis-je demander de l'aide à ChatGPT ?\n\n\
             Oui, à condition de n'y mettre aucune donnée personnelle.\n",
        );
        let s = find(&all, "Oui");
        // The heading asks for a permission (its last sentence), not a duty (« Je dois … »); the condition's
        // negation is no ban, but it keeps personal data out of the tool.
        assert_eq!(s.1, Some(Modality::Permission), "{s:?}");
        assert!(s.3.contains(&Topic::GdprPublicTools), "{s:?}");
    }

    #[test]
    fn a_state_guide_in_the_imperative_is_read_as_rules() {
        let all = read(
            "# Bien utiliser l'IA générative\n\n## Présentation\n\nVérifiez et relisez toute production avant de la diffuser.\n\nNe transmettez jamais les coordonnées d'un usager.\n\nNe mets jamais un document confidentiel dans un outil en ligne.\n",
        );
        let verify = find(&all, "Vérifiez");
        assert_eq!(verify.1, Some(Modality::Obligation));
        assert_eq!(verify.2, Force::Imperative);
        // Under a context heading, only a rule covers: the imperative does.
        assert!(
            verify.3.contains(&Topic::AiOutputVerification),
            "{verify:?}"
        );
        assert_eq!(find(&all, "Ne transmettez").1, Some(Modality::Interdiction));
        assert_eq!(find(&all, "Ne mets").1, Some(Modality::Interdiction));
    }

    #[test]
    fn a_charter_that_describes_itself_states_its_scope_and_review() {
        let all = read(
            "# Charte IA\n\n## Préambule\n\nCette charte s'applique aux salariés de la coopérative et aux adhérents.\n\nLa charte est relue chaque année en conseil municipal.\n\nLe RGPD s'applique à tout traitement.\n\n## Règles\n\nLe maire désigne un élu référent pour le numérique.\n",
        );
        // A statement, in a preamble, without a modal word: the charter says whom it binds and when it is reviewed.
        let scope = find(&all, "Cette charte");
        assert!(scope.3.contains(&Topic::GovernanceScope), "{scope:?}");
        let review = find(&all, "La charte est relue");
        assert!(review.3.contains(&Topic::GovernanceReview), "{review:?}");
        // A law that applies is no scope of the charter.
        let law = find(&all, "Le RGPD");
        assert!(!law.3.contains(&Topic::GovernanceScope), "{law:?}");
        // « désigne un élu » appoints someone: no definition.
        let appoint = find(&all, "Le maire");
        assert!(appoint.3.contains(&Topic::GovernanceRoles), "{appoint:?}");
        assert!(
            !appoint.3.contains(&Topic::GovernanceDefinitions),
            "{appoint:?}"
        );
    }

    #[test]
    fn a_guide_checks_outputs_in_the_imperative() {
        let all = read(
            "# Fiche réflexe\n\n## Trois réflexes\n\nTraitez chaque réponse comme un premier jet : contrôlez chaque référence.\n\nUn courrier n'est envoyé qu'après qu'un agent l'a lu en entier.\n",
        );
        for start in ["Traitez", "Un courrier"] {
            let s = find(&all, start);
            assert!(s.3.contains(&Topic::AiOutputVerification), "{s:?}");
        }
    }

    #[test]
    fn naming_the_tool_agents_use_approves_it() {
        let all = read(
            "# FAQ\n\n## Puis-je utiliser ChatGPT ?\n\nDans les autres cas, utilisez « BerlencIA », l'assistant interne de la Ville.\n\n## Outils\n\nLes agents utilisent l'outil interne de la commune.\n\nL'outil interne a été installé en 2024.\n",
        );
        for start in ["Dans les autres cas", "Les agents utilisent"] {
            let s = find(&all, start);
            assert!(s.3.contains(&Topic::SovereigntyApprovedTools), "{s:?}");
        }
        // A past fact about the tool approves nothing, nor does a sentence that only names it.
        let named = read("# Repères\n\n## Contexte\n\nLes lignes directrices sont assorties d'une liste d'évaluation, devenue par la suite l'outil ALTAI.\n");
        let named = find(&named, "Les lignes");
        assert!(
            !named.3.contains(&Topic::SovereigntyApprovedTools),
            "{named:?}"
        );
        let past = find(&all, "L'outil interne a été");
        assert!(
            !past.3.contains(&Topic::SovereigntyApprovedTools),
            "{past:?}"
        );
    }

    #[test]
    fn list_items_inherit_the_force_of_their_heading() {
        let all = read(
            "# Fiche réflexe\n\n## Ce qu'il ne faut pas faire\n\n- téléverser un certificat médical dans un outil d'IA en ligne ;\n- copier un rapport confidentiel.\n\n## Ce qu'il faut faire\n\n- relire tout texte produit avec l'IA.\n",
        );
        let upload = find(&all, "téléverser");
        assert_eq!(upload.1, Some(Modality::Interdiction));
        assert_eq!(upload.2, Force::Heading);
        let reread = find(&all, "relire");
        assert_eq!(reread.1, Some(Modality::Obligation));
        assert_eq!(reread.2, Force::Heading);
    }

    #[test]
    fn an_answer_takes_the_force_and_words_of_its_question() {
        let all = read(
            "# FAQ\n\n## Puis-je y mettre des données personnelles ?\n\nNon. Utilisez l'assistant interne pour tout dossier d'usager.\n",
        );
        let no = find(&all, "Non.");
        assert_eq!(no.1, Some(Modality::Interdiction));
        assert_eq!(no.2, Force::Question);
        let duty = read("# FAQ\n\n## Dois-je citer l'outil ?\n\nOui, en bas de chaque courrier.\n");
        assert_eq!(find(&duty, "Oui").1, Some(Modality::Obligation));
    }

    #[test]
    fn the_tool_named_before_is_the_implied_instrument() {
        let all = read(
            "# Consignes\n\n## Albert\n\nLes agents utilisent l'assistant conversationnel de l'État. Ils n'y saisissent jamais de données personnelles.\n",
        );
        let rule = find(&all, "Ils n'y saisissent");
        assert!(rule.4.is_some(), "{rule:?}");
        assert!(rule.3.contains(&Topic::GdprPublicTools), "{rule:?}");
    }

    #[test]
    fn a_qualification_states_the_facts_it_implies() {
        let all = read(
            "# Charte\n\n## Hébergement\n\nLes données sont hébergées sur une infrastructure qualifiée SecNumCloud.\n\nLes accès aux outils sont contrôlés et journalisés.\n",
        );
        let hosted = find(&all, "Les données sont hébergées");
        assert!(hosted.3.contains(&Topic::SovereigntyHosting), "{hosted:?}");
        assert!(
            hosted.3.contains(&Topic::SovereigntyExtraterritoriality),
            "{hosted:?}"
        );
        let logged = find(&all, "Les accès");
        assert!(logged.3.contains(&Topic::GdprSecurity), "{logged:?}");
    }

    #[test]
    fn a_present_tense_rule_takes_its_headings_topic_and_a_cell_its_rows_label() {
        let all = read(
            "# Charte\n\n## L'humain garde la main\n\nLes agents signent les courriers qu'ils préparent avec l'assistant.\n\n## Environnement\n\nLes modèles consomment beaucoup d'énergie.\n\n## Principes\n\n| Principe | Pour nous |\n|---|---|\n| Contrôle humain | Un agent relit toute proposition de l'outil. |\n",
        );
        // Someone of the authority acts, in the present tense: a rule, which deals with its heading's topic.
        let sign = find(&all, "Les agents signent");
        assert!(sign.3.contains(&Topic::AiHumanOversight), "{sign:?}");
        // A statement about the models names no one who acts: a warning, not a rule on sobriety.
        assert!(find(&all, "Les modèles consomment").3.is_empty());
        let cell = find(&all, "Un agent relit");
        assert!(cell.3.contains(&Topic::AiHumanOversight), "{cell:?}");
    }

    #[test]
    fn a_rule_that_gives_energy_or_time_as_its_reason_is_a_sobriety_rule() {
        assert_covers(
            "# Charte\n\n## Règles\n\nRéservez l'IA aux tâches où elle vous fait vraiment gagner du temps, car chaque requête consomme de l'énergie.\n\nParce que chaque requête consomme de l'énergie, le service ne recourt à l'IA que pour les tâches où elle allège réellement la charge.\n\nDemandez-vous si l'IA est vraiment utile.\n\nNe générez pas d'images pour le plaisir.\n\nL'entraînement et l'utilisation des modèles consomment de l'énergie et de l'eau.\n\nVous ne transmettez que les informations strictement utiles à votre demande.\n",
            Topic::EnvironmentSobriety,
            &["Réservez", "Parce que", "Demandez-vous", "Ne générez"],
            &["L'entraînement", "Vous ne transmettez"],
        );
    }

    #[test]
    fn a_ban_on_giving_the_service_s_files_to_a_tool_keeps_documents_confidential() {
        assert_covers(
            "# Fiche\n\n## Ce qu'il ne faut pas faire\n\n- saisir dans un outil d'IA en ligne le contenu d'un dossier d'étranger ;\n- copier un rapport de gendarmerie ou une note blanche.\n\n## Règles\n\nLes sujets d'examen ne sont jamais saisis dans un outil d'IA avant la date des épreuves.\n\nLes dossiers des bénéficiaires, qui comportent des données de santé, ne sont jamais soumis à un outil d'IA.\n\nLes agents peuvent résumer un rapport public avec l'outil d'IA.\n",
            Topic::AiConfidentiality,
            &["saisir dans", "copier un rapport", "Les sujets d'examen"],
            &["Les dossiers des bénéficiaires", "Les agents peuvent"],
        );
    }

    #[test]
    fn a_ban_on_letting_an_ai_decide_guards_individual_decisions() {
        let all = read(
            "# Charte\n\n## Règles\n\nAucun algorithme ne décide de l'attribution d'une aide.\n\nIl est interdit de confier à l'IA une décision qui affecte les droits d'un administré.\n\nNe saisissez jamais dans l'IA les décisions de la commission.\n",
        );
        for start in ["Aucun algorithme", "Il est interdit"] {
            let s = find(&all, start);
            assert!(s.3.contains(&Topic::GdprAutomatedDecisions), "{s:?}");
        }
        // Conjugated verbs and the software that would decide (« un logiciel », « un outil », « un programme »).
        assert_covers(
            "# Charte\n\n## Règles\n\nL'IA ne tranche jamais la demande d'un usager.\n\nJe veille à ce qu'aucune décision individuelle ne soit prise par un logiciel.\n\nAucune demande de subvention n'est acceptée ou rejetée par un outil.\n\nAucune aide n'est accordée ou refusée sans que la commission ait examiné le dossier.\n",
            Topic::GdprAutomatedDecisions,
            &["L'IA ne tranche", "Je veille", "Aucune demande", "Aucune aide"],
            &[],
        );
        // An act of the authority handed over to a machine; a ranking by a tool. The denying words come from the
        // data (`denials`): without them, « aucune … ne soit prise » forbids nothing.
        assert_covers(
            "# Engagements\n\n## Mes engagements\n\nMes votes, mes arrêtés et mes signatures ne sont jamais délégués à un outil.\n\nJe veille à ce qu'aucun classement des candidatures ne soit établi par un logiciel.\n\nMes arrêtés sont signés par moi.\n",
            Topic::GdprAutomatedDecisions,
            &["Mes votes", "Je veille"],
            &["Mes arrêtés sont"],
        );
        let input = find(&all, "Ne saisissez");
        assert!(
            !input.3.contains(&Topic::GdprAutomatedDecisions),
            "{input:?}"
        );
    }

    #[test]
    fn past_facts_date_stamps_and_definitions_cover_nothing() {
        let all = read(
            "# Charte\n\n## Formation\n\nLes agents ont suivi en 2025 un cycle de trois ateliers de formation à l'IA.\n\n## Données\n\nLes grands modèles de langage désignent des modèles entraînés sur des données personnelles.\n",
        );
        assert!(find(&all, "Les agents ont suivi").3.is_empty());
        assert_eq!(
            find(&all, "Les grands modèles").3,
            vec![Topic::GovernanceDefinitions]
        );
    }

    /// Each sentence starting with one of `yes` covers `topic`, none starting with one of `no` does.
    #[test]
    fn what_a_tool_is_said_in_other_words_defines_it() {
        assert_covers(
            "# FAQ\n\n**Qu'est-ce qu'un grand modèle de langage ?**\nUn modèle qui prédit la suite d'un texte.\n\n\
             ## C'est quoi, exactement, l'IA générative ?\n\nC'est un programme qui produit des textes.\n\n\
             ## Qu'est-ce que la charte IA ?\n\nC'est le texte adopté par le conseil qui fixe les règles.\n\n\
             ## Règles\n\n**Assistant d'IA générative** : logiciel qui rédige un texte à partir d'une consigne.\n\n\
             Les grands modèles de langage (LLM) sont des modèles entraînés sur d'immenses corpus.\n\n\
             L'IA est un outil, pas un agent.\n\n\
             > **C'est quoi, une IA générative ?** Un programme qui fabrique un texte nouveau.\n",
            Topic::GovernanceDefinitions,
            &[
                "Un modèle qui prédit",
                "C'est un programme",
                "**Assistant d'IA",
                "Les grands modèles",
                "**C'est quoi, une IA",
            ],
            &["C'est le texte adopté", "L'IA est un outil"],
        );
    }

    #[test]
    fn whom_the_text_is_for_is_said_under_a_heading_a_label_or_a_question() {
        assert_covers(
            "# Guide\n\n## Qui est concerné ?\n\nToute personne qui travaille pour la mairie.\n\n\
             ## Règles\n\n**Destinataires** : l'ensemble des agents de la préfecture.\n\n\
             **Pilotage** : la référente IA veille à l'application de cette fiche.\n\n\
             Cette FAQ me concerne-t-elle ? Oui, si vous travaillez pour la Ville.\n\n\
             Il vaut pour tous les assistants conversationnels.\n\n\
             Les agents relisent tout texte produit par l'IA.\n",
            Topic::GovernanceScope,
            &[
                "Toute personne",
                "**Destinataires**",
                "Oui, si vous",
                "Il vaut pour",
            ],
            &["**Pilotage**", "Les agents relisent"],
        );
    }

    #[test]
    fn a_page_that_says_when_it_is_reread_sets_its_review_and_a_header_stamp_does_not() {
        assert_covers(
            "# Charte\n\nDirection du numérique\nPage mise à jour le 18 septembre 2026\n\n\
             ## Règles\n\nLe conseil municipal relit cette page chaque année.\n\n\
             Le service informatique veille à l'application de la charte. Elle est revue chaque année par le conseil.\n\n\
             Les habilitations sont revues chaque année.\n",
            Topic::GovernanceReview,
            &["Le conseil municipal relit", "Elle est revue"],
            &["Direction du numérique", "Les habilitations"],
        );
    }

    #[test]
    fn reporting_needs_what_is_reported_or_to_whom() {
        assert_covers(
            "# Guide\n\n## J'ai collé par erreur un document sensible dans un outil : que faire ?\n\n\
             Prévenez le référent IA dans l'heure.\n\n\
             ## Règles\n\nVous estimez qu'un usage de l'IA ne respecte pas cette charte ? Signalez-le avec le formulaire.\n\n\
             Signalez à votre chef de service tout besoin d'un nouvel outil.\n\n\
             Ne saisissez jamais dans un outil d'IA un signalement d'événement indésirable grave.\n\n\
             Ne laissez jamais un outil d'IA rédiger seul une décision (arrêté, avis, sanction).\n\n\
             Tout manquement expose son auteur à des sanctions.\n",
            Topic::GovernanceEnforcement,
            &["Prévenez le référent", "Signalez-le", "Tout manquement"],
            &[
                "Signalez à votre chef",
                "Ne saisissez jamais",
                "Ne laissez jamais",
            ],
        );
    }

    #[test]
    fn information_tied_to_a_person_named_by_role_is_personal_data() {
        assert_covers(
            "# Charte\n\n## Règles\n\nNe confiez jamais à un assistant grand public la situation d'un administré.\n\n\
             Aucune donnée concernant un habitant n'est saisie dans un outil d'IA.\n\n\
             Il est interdit de coller des données clients dans ChatGPT.\n\n\
             L'information des usagers est obligatoire avant tout usage d'un outil d'IA grand public.\n\n\
             Ne répondez jamais au nom d'un habitant avec ChatGPT.\n",
            Topic::GdprPublicTools,
            &["Ne confiez jamais", "Aucune donnée", "Il est interdit"],
            &["L'information des usagers", "Ne répondez jamais au nom"],
        );
    }

    fn assert_covers(text: &str, topic: Topic, yes: &[&str], no: &[&str]) {
        let all = read(text);
        for start in yes {
            let s = find(&all, start);
            assert!(s.3.contains(&topic), "{s:?}");
        }
        for start in no {
            let s = find(&all, start);
            assert!(!s.3.contains(&topic), "{s:?}");
        }
    }

    #[test]
    fn a_tool_installed_on_the_authoritys_servers_or_a_hds_host_says_where_data_lives() {
        assert_covers(
            "# Charte\n\n## Règles\n\nSeul l'assistant Rédac, installé sur les serveurs de la mairie, sert au travail des services.\n\nLes données de santé ne sont traitées que dans des outils hébergés par un hébergeur certifié HDS.\n\nLes agents utilisent Orsia, installée sur le serveur du syndicat informatique.\n\nLes agents relisent les réponses de l'assistant.\n",
            Topic::SovereigntyHosting,
            &["Seul l'assistant", "Les données de santé", "Les agents utilisent"],
            &["Les agents relisent"],
        );
    }

    #[test]
    fn the_rights_on_what_is_submitted_and_the_licence_of_generated_code_are_intellectual_property()
    {
        assert_covers(
            "# Charte\n\n## Règles\n\nNe soumettez pas à l'outil des photographies dont la commune ne détient pas les droits.\n\nLe code généré par l'assistant est revu pour vérifier qu'il ne reprend pas un code soumis à une licence incompatible.\n\nN'utilisez pas d'image générée sans l'accord du service communication, qui vérifie les droits.\n\nLes agents relisent les réponses de l'assistant.\n",
            Topic::AiIntellectualProperty,
            &["Ne soumettez", "Le code généré", "N'utilisez pas"],
            &["Les agents relisent"],
        );
    }

    #[test]
    fn a_session_or_module_to_follow_before_access_and_formez_vous_are_training() {
        assert_covers(
            "# Guide\n\n## Règles\n\nAvant d'obtenir un accès à l'assistant, chaque agent suit la session d'une heure animée par la référente.\n\n**Formez-vous.** Suivez le module en ligne avant votre première connexion.\n\nJe suis le module « Bien utiliser Plumetis » avant le 31 mars.\n\nChaque agent est formé avant de recevoir son accès.\n\nLe comité est formé de trois élus.\n\nLa session du conseil municipal a lieu en mars.\n",
            Topic::AiLiteracy,
            &["Avant d'obtenir", "**Formez-vous.**", "Je suis le module", "Chaque agent est formé"],
            &["Le comité est formé", "La session du conseil"],
        );
    }

    #[test]
    fn a_mention_written_under_the_content_tells_the_public() {
        assert_covers(
            "# Guide\n\n## Règles\n\nQuand un courrier a été préparé avec l'assistant, ajoutez en bas de page : « Ce courrier a été préparé avec l'aide d'un outil d'IA. »\n\n| Je fais | Je ne fais pas |\n|---|---|\n| J'écris « image générée par IA » sous toute image produite par un outil. | Je ne publie pas d'image sans contrôle. |\n\nAjoutez du contexte à votre demande.\n",
            Topic::AiTransparency,
            &["Quand un courrier", "J'écris"],
            &["Ajoutez du contexte"],
        );
    }

    #[test]
    fn a_short_answer_naming_someone_to_a_who_question_assigns_the_charge() {
        let text = "# FAQ\n\n## Qui est responsable si l'IA se trompe ?\n\nVous.\n\n## Qui peut utiliser l'assistant ?\n\nLes services de la mairie, depuis 2025, pour leurs courriers et leurs notes internes de toute sorte.\n";
        let all = read(text);
        let you = find(&all, "Vous.");
        assert_eq!(you.1, Some(Modality::Obligation), "{you:?}");
        assert!(you.3.contains(&Topic::AiHumanOversight), "{you:?}");
        // A long answer keeps its own force.
        let long = find(&all, "Les services");
        assert_ne!(long.1, Some(Modality::Obligation), "{long:?}");
    }

    #[test]
    fn a_pasted_pages_navigation_covers_nothing() {
        let all = read(
            "# Charte IA\n\nAccueil › Nos engagements › Numérique responsable › Charte IA\n\n## Règles\n\nLes agents ne saisissent aucune donnée personnelle dans un outil d'IA grand public.\n\nVous aimerez aussi : « Le Département lance son schéma numérique responsable ».\n",
        );
        for start in ["Accueil ›", "Vous aimerez"] {
            let s = find(&all, start);
            assert!(s.3.is_empty(), "{s:?}");
        }
        let rule = find(&all, "Les agents");
        assert!(rule.3.contains(&Topic::GdprPublicTools), "{rule:?}");
    }

    #[test]
    fn a_review_said_with_a_pronoun_a_split_verb_or_these_rules_is_a_review() {
        assert_covers(
            "# Charte\n\n## Règles\n\nLe conseil d'administration la relit chaque année à sa séance d'octobre.\n\nLa mission numérique met ce guide à jour chaque année.\n\nCes règles seront revues dans un an.\n\nLes agents relisent chaque réponse de l'outil.\n",
            Topic::GovernanceReview,
            &["Le conseil", "La mission", "Ces règles"],
            &["Les agents relisent"],
        );
    }

    #[test]
    fn information_on_someones_health_medical_papers_and_residents_opinions_are_sensitive() {
        assert_covers(
            "# Charte\n\n## Règles\n\nAucun document contenant des informations sur la santé ou des opinions d'un habitant n'est transmis à un outil d'IA.\n\nAucune pièce médicale ni aucun avis du conseil médical n'est saisi dans l'outil.\n\nLes agents relisent chaque réponse de l'outil.\n",
            Topic::GdprSensitiveData,
            &["Aucun document", "Aucune pièce"],
            &["Les agents relisent"],
        );
    }

    #[test]
    fn data_kept_to_one_use_is_purpose_limitation() {
        assert_covers(
            "# Charte\n\n## Règles\n\nLes données des demandeurs ne servent qu'à l'instruction de leur demande.\n\nCe que vous confiez à l'assistant ne sert qu'à répondre à votre demande.\n\nL'outil ne sert qu'à rédiger des brouillons.\n",
            Topic::GdprLawfulBasis,
            &["Les données des demandeurs", "Ce que vous confiez"],
            &["L'outil ne sert"],
        );
    }

    #[test]
    fn replacing_or_removing_a_name_an_address_a_birth_date_is_minimisation() {
        assert_covers(
            "# Charte\n\n## Règles\n\nJe remplace le nom, l'adresse et la date de naissance par « la victime ».\n\nLes données ne sont traitées que dans Orsia, après suppression des noms et numéros d'usager.\n\nJe remplace l'outil par un modèle de courrier.\n",
            Topic::GdprMinimisation,
            &["Je remplace le nom", "Les données"],
            &["Je remplace l'outil"],
        );
    }

    #[test]
    fn asking_for_access_or_obtaining_rectification_is_a_data_subject_right() {
        assert_covers(
            "# Charte\n\n## Règles\n\nVous pouvez demander l'accès à vos conversations ou leur suppression en écrivant au délégué à la protection des données.\n\nToute personne peut savoir ce qui a été traité et en obtenir la rectification auprès du CCAS.\n\nLes agents demandent l'accès à l'outil au service informatique.\n",
            Topic::GdprRights,
            &["Vous pouvez", "Toute personne"],
            &["Les agents demandent"],
        );
    }

    #[test]
    fn a_ministerial_or_pooled_dpo_is_the_dpo() {
        assert_covers(
            "# Charte\n\n## Règles\n\nLe délégué ministériel à la protection des données est consulté avant tout nouvel usage.\n\nLa déléguée mutualisée à la protection des données reçoit les signalements.\n\nLe référent IA tient la liste des outils.\n",
            Topic::GdprDpo,
            &["Le délégué", "La déléguée"],
            &["Le référent"],
        );
    }

    #[test]
    fn a_quotation_over_several_sentences_and_a_quoted_headline_state_no_rule() {
        let all = read(
            "# Reportage\n\n## « Il ne décide jamais à notre place »\n\nLe maire insiste. « Lumi oriente, il ne décide rien. Les agents doivent reprendre chaque dossier. Aucune aide n'est accordée par la machine », dit-il. La commune affirme que les données restent en France.\n\n## Règles\n\nLes agents doivent relire chaque réponse de Lumi.\n",
        );
        for start in [
            "« Lumi oriente",
            "Les agents doivent reprendre",
            "Aucune aide",
        ] {
            let s = find(&all, start);
            assert!(s.3.is_empty(), "{s:?}");
        }
        // The sentences around the quotation take no force from the quoted headline.
        for start in ["Le maire insiste", "La commune affirme"] {
            let s = find(&all, start);
            assert_eq!(s.1, None, "{s:?}");
        }
        let rule = find(&all, "Les agents doivent relire");
        assert_eq!(rule.1, Some(Modality::Obligation), "{rule:?}");
    }

    #[test]
    fn what_a_tool_can_do_with_the_readers_input_is_a_warning_not_a_permission() {
        let text = "# Guide\n\n## Bon à savoir\n\nLes versions gratuites des assistants peuvent réutiliser vos échanges pour améliorer leurs modèles.\n\nLes outils grand public peuvent être utilisés pour vos textes publics.\n\nVous pouvez utiliser Sorbia pour résumer vos notes.\n\nLes agents peuvent utiliser ChatGPT pour reformuler vos courriers.\n\n## Règles\n\nLes prestataires ne peuvent pas réutiliser les données de la commune pour entraîner leurs modèles.\n";
        let all = read(text);
        let warning = find(&all, "Les versions gratuites");
        assert_eq!(warning.1, None, "{warning:?}");
        assert!(warning.3.is_empty(), "{warning:?}");
        // A passive, a person as subject, someone of the authority: permissions still.
        for start in [
            "Les outils grand public",
            "Vous pouvez",
            "Les agents peuvent",
        ] {
            let s = find(&all, start);
            assert_eq!(s.1, Some(Modality::Permission), "{s:?}");
        }
        assert_covers(
            text,
            Topic::SovereigntyNoTraining,
            &["Les prestataires"],
            &["Les versions gratuites"],
        );
    }

    #[test]
    fn a_bold_label_covers_nothing() {
        let all = read(
            "# Charte\n\n## Règles\n\n**Zéro donnée personnelle dans ChatGPT.**\n\nNe saisissez jamais de données personnelles dans ChatGPT.\n",
        );
        let label = find(&all, "**Zéro");
        assert!(label.3.is_empty(), "{label:?}");
        let rule = find(&all, "Ne saisissez");
        assert!(rule.3.contains(&Topic::GdprPublicTools), "{rule:?}");
    }

    #[test]
    fn these_data_name_back_the_data_listed_before_them_in_their_section() {
        let all = read("# Politique\n\n## Données interdites\n\n- données personnelles issues des systèmes d'un client ;\n- code source d'un client.\n\nAucune de ces données n'est saisie dans un outil d'IA, quel que soit l'outil.\n\n## Outils\n\nAucune de ces données n'est copiée dans un outil d'IA.\n");
        let rule = find(&all, "Aucune de ces données n'est saisie");
        assert!(rule.3.contains(&Topic::GdprPublicTools), "{rule:?}");
        // In another section, the data listed under « Données interdites » are not named back.
        let other = find(&all, "Aucune de ces données n'est copiée");
        assert!(!other.3.contains(&Topic::GdprPublicTools), "{other:?}");
    }

    #[test]
    fn a_bold_item_under_a_forbidding_heading_is_a_rule() {
        // A bold item under a heading that forbids is the rule itself, not a label.
        let all = read("# Guide\n\n## Usages interdits\n\n1. **La saisie de données personnelles dans ChatGPT.**\n");
        let item = find(&all, "**La saisie");
        assert_eq!(item.1, Some(Modality::Interdiction), "{item:?}");
        assert!(item.3.contains(&Topic::GdprPublicTools), "{item:?}");
    }

    #[test]
    fn rules_said_in_other_words_cover_rights_training_purchases_and_responsibility() {
        let text = "# Charte\n\n## Règles\n\nLeurs demandes d'accès, de rectification ou d'opposition sont traitées par le délégué à la protection des données.\n\nLes données des communes ne servent jamais à entraîner ni à affiner un modèle.\n\nLes marchés portant sur des solutions d'IA comportent un critère relatif à l'impact environnemental.\n\nLe maire signe le courrier, et il en assume seul la responsabilité.\n\nUne erreur peut entraîner des sanctions.\n";
        assert_covers(text, Topic::GdprRights, &["Leurs demandes"], &[]);
        assert_covers(
            text,
            Topic::SovereigntyNoTraining,
            &["Les données des communes"],
            &["Une erreur"],
        );
        assert_covers(
            text,
            Topic::EnvironmentProcurement,
            &["Les marchés portant"],
            &[],
        );
        assert_covers(text, Topic::AiHumanOversight, &["Le maire signe"], &[]);
    }

    #[test]
    fn verification_and_training_duties_said_in_other_words_cover_their_topics() {
        let text = "# Charte\n\n## Règles\n\nTout courrier préparé avec Véra est relu par un agent avant son envoi.\n\n- Contrôlez chaque fait et chaque référence juridique produits par l'outil avant de les reprendre.\n\nChaque agent relit et vérifie ce que produit l'IA.\n\nLes ateliers « Premiers pas » sont obligatoires pour tout nouvel utilisateur.\n\nChaque agent suit au préalable le module « IA et service public ».\n\n## Outils\n\nLe module de transcription conserve les enregistrements 48 heures.\n\nUne réunion d'information des habitants est organisée avant tout déploiement.\n";
        assert_covers(
            text,
            Topic::AiOutputVerification,
            &["Tout courrier", "Contrôlez", "Chaque agent relit"],
            &[],
        );
        // A software module and a meeting for the public are no training of staff.
        assert_covers(
            text,
            Topic::AiLiteracy,
            &["Les ateliers", "Chaque agent suit"],
            &["Le module de transcription", "Une réunion"],
        );
    }

    #[test]
    fn telling_the_public_is_recognised_in_guides_and_company_policies() {
        // The last sentence is a prompt-writing tip: it says nothing to the public.
        assert_covers(
            "# Charte\n\n## Règles\n\n- Indiquez en bas de tout texte publié qu'il a été préparé avec un outil d'IA.\n\nLe consultant informe son client lorsqu'un livrable a été produit avec l'aide d'une IA.\n\nLorsqu'une décision s'appuie sur un algorithme, le courrier adressé à l'usager le mentionne.\n\nL'assistant vous indique que vous dialoguez avec un programme et non avec un agent.\n\nIndiquez le contexte de votre demande.\n",
            Topic::AiTransparency,
            &["Indiquez en bas", "Le consultant", "Lorsqu'une décision", "L'assistant vous"],
            &["Indiquez le contexte"],
        );
    }

    #[test]
    fn what_to_do_after_data_entered_by_mistake_is_a_breach_procedure() {
        // A mistake with nobody to tell is no procedure.
        assert_covers(
            "# Charte\n\n## En cas d'erreur\n\nSi vous avez saisi par erreur une donnée personnelle, prévenez sans délai votre responsable.\n\nTout incident (document envoyé par erreur, donnée saisie par mégarde) est signalé à la référente.\n\n## Outils\n\nLes agents vérifient par erreur de frappe les références.\n",
            Topic::GdprSecurity,
            &["Si vous avez saisi", "Tout incident"],
            &["Les agents vérifient"],
        );
    }

    #[test]
    fn a_vague_or_elliptic_retention_rule_still_covers_retention() {
        assert_covers(
            "# Charte\n\n## Conservation\n\nLes historiques de conversation sont conservés pendant une durée raisonnable.\n\nLes conversations durent trois mois au plus. Passé ce délai, elles sont effacées automatiquement.\n\n## Outils\n\nLes agents travaillent pendant une durée raisonnable sur chaque dossier.\n",
            Topic::GdprRetention,
            &["Les historiques", "Passé ce délai"],
            &["Les agents travaillent"],
        );
    }

    #[test]
    fn a_refusal_under_a_condition_answers_like_no() {
        let all = read(
            "# FAQ\n\n## Et Gemini, pour résumer la plainte d'un riverain ?\n\n\
             Pas tant que la plainte porte le nom ou l'adresse du riverain.\n\n\
             ## Puis-je reprendre le chiffre donné par l'outil ?\n\n\
             Pas avant de l'avoir retrouvé vous-même sur Légifrance.\n\n\
             ## Le service est-il ouvert le samedi ?\n\n\
             Seulement le matin.\n",
        );
        let data = find(&all, "Pas tant que");
        assert_eq!(data.1, Some(Modality::Interdiction), "{data:?}");
        assert_eq!(data.2, Force::Question, "{data:?}");
        assert!(data.3.contains(&Topic::GdprPublicTools), "{data:?}");
        let check = find(&all, "Pas avant");
        assert_eq!(check.1, Some(Modality::Interdiction), "{check:?}");
        assert!(check.3.contains(&Topic::AiOutputVerification), "{check:?}");
        // An answer that opens with neither verdict word takes no force from its question.
        let other = find(&all, "Seulement");
        assert_ne!(other.2, Force::Question, "{other:?}");
    }

    #[test]
    fn a_yes_or_no_column_header_permits_or_forbids_its_cells() {
        let all = read(
            "# Usages\n\nCe tableau s'applique à tous les agents.\n\n\
             | Thème | ✅ Oui | ❌ Non |\n|---|---|---|\n\
             | Usagers | des textes sans aucun nom | coller dans Gemini le dossier d'un usager |\n\
             | Photos | la banque d'images du service | générer une image quand une photo existe déjà |\n",
        );
        let yes = find(&all, "des textes sans");
        assert_eq!(yes.1, Some(Modality::Permission), "{yes:?}");
        assert_eq!(yes.2, Force::TableHeader, "{yes:?}");
        let no = find(&all, "coller dans Gemini");
        assert_eq!(no.1, Some(Modality::Interdiction), "{no:?}");
        assert!(no.3.contains(&Topic::GdprPublicTools), "{no:?}");
        let image = find(&all, "générer une image");
        assert!(image.3.contains(&Topic::EnvironmentSobriety), "{image:?}");
        // A header of several words is read by its own modality only (« Thème » has none).
        let label = find(&all, "Usagers");
        assert_eq!(label.1, None, "{label:?}");
    }

    #[test]
    fn reserving_the_work_to_named_tools_approves_them() {
        assert_covers(
            "# Charte\n\n## Outils\n\nLes agents n'utilisent que Le Chat Pro, sur le compte du service, et DeepL Pro.\n\n\
             Les agents n'utilisent l'IA que pour préparer des brouillons.\n",
            Topic::SovereigntyApprovedTools,
            &["Les agents n'utilisent que"],
            &["Les agents n'utilisent l'IA"],
        );
    }

    #[test]
    fn a_first_person_commitment_lends_its_force_to_the_items_it_introduces() {
        let all = read(
            "# Charte de l'élu\n\n## Engagements\n\nEn signant, je m'engage :\n\n\
             1. à relire moi-même les textes préparés avec l'IA avant de les signer ;\n\n\
             2. à suivre la formation proposée aux élus.\n",
        );
        let reread = find(&all, "à relire");
        assert_eq!(reread.1, Some(Modality::Obligation), "{reread:?}");
        assert_eq!(reread.2, Force::LeadIn, "{reread:?}");
        assert!(
            reread.3.contains(&Topic::AiOutputVerification),
            "{reread:?}"
        );
    }

    #[test]
    fn an_insured_person_is_a_noun_and_personal_data() {
        let all = read(
            "# Politique\n\n## Ce que nous ne faisons jamais\n\n\
             - Saisir dans un outil d'IA grand public l'identité d'un assuré.\n",
        );
        let item = find(&all, "Saisir");
        // « assuré » after a determiner does not « assure » anything: the item keeps its heading's ban.
        assert_eq!(item.1, Some(Modality::Interdiction), "{item:?}");
        assert_eq!(item.2, Force::Heading, "{item:?}");
        assert!(item.3.contains(&Topic::GdprPublicTools), "{item:?}");
    }

    #[test]
    fn unexpected_wordings_of_scope_review_retention_verification_transparency_and_secrets() {
        let text = "# Charte\n\n## Règles\n\n\
             Sont signataires de la présente charte les conseillers communautaires.\n\n\
             Cette affiche est revue chaque année par la direction.\n\n\
             Les comptes rendus produits par l'IA sont effacés dans un délai raisonnable.\n\n\
             Toute traduction produite par l'IA est confrontée, avant diffusion, au texte d'origine.\n\n\
             Il est interdit de laisser un robot répondre à un usager sans qu'il sache qu'il échange avec un programme.\n\n\
             Il est interdit de transmettre à un outil d'IA les tarifs négociés avec un fournisseur.\n\n\
             Il est interdit de faire produire par l'IA une image qui reprend l'œuvre d'un illustrateur.\n\n\
             Le catalogue des services est tenu par la DSI. Un service qui n'y figure pas ne peut être employé.\n\n\
             Ne copiez jamais dans un outil d'IA ce qui n'est pas public.\n\n\
             Quand un visuel a été fait avec l'aide de l'IA, on l'indique sous l'image.\n\n\
             Tout usager peut écrire au DPO pour savoir si l'IA a servi à traiter sa demande.\n";
        for (start, topic) in [
            ("Sont signataires", Topic::GovernanceScope),
            ("Cette affiche", Topic::GovernanceReview),
            ("Les comptes rendus", Topic::GdprRetention),
            ("Toute traduction", Topic::AiOutputVerification),
            ("Il est interdit de laisser", Topic::AiTransparency),
            ("Il est interdit de transmettre", Topic::AiConfidentiality),
            (
                "Il est interdit de faire produire",
                Topic::AiIntellectualProperty,
            ),
            (
                "Un service qui n'y figure pas",
                Topic::SovereigntyApprovedTools,
            ),
            ("Ne copiez jamais", Topic::AiConfidentiality),
            ("Quand un visuel", Topic::AiTransparency),
            ("Tout usager peut", Topic::GdprRights),
        ] {
            assert_covers(text, topic, &[start], &[]);
        }
    }

    #[test]
    fn what_an_ai_can_get_wrong_is_a_warning_not_a_permission() {
        let all = read(
            "# Charte\n\n## Principes\n\n\
             **Garder la main.** Un outil d'IA peut halluciner une référence ou inventer un chiffre.\n\n\
             L'IA peut se tromper : les agents relisent tout.\n\n\
             Les agents peuvent se servir de l'assistant pour corriger les fautes.\n",
        );
        let warning = find(&all, "**Garder la main.**");
        assert_eq!(warning.1, None, "{warning:?}");
        assert!(warning.3.is_empty(), "{warning:?}");
        // Past a colon the rule may follow; a person's permission stays a permission.
        let rule = find(&all, "L'IA peut se tromper");
        assert_eq!(rule.1, Some(Modality::Permission), "{rule:?}");
        let use_ = find(&all, "Les agents peuvent");
        assert_eq!(use_.1, Some(Modality::Permission), "{use_:?}");
        // Only « pouvoir » says what a tool is able to do: a tool « à votre disposition » is permitted.
        let all = read(
            "# Charte\n\nPour vos traductions rapides, la version gratuite de Copilot est à votre disposition sur tous les postes.\n",
        );
        let given = find(&all, "Pour vos traductions");
        assert_eq!(given.1, Some(Modality::Permission), "{given:?}");
    }

    #[test]
    fn a_slogan_standing_alone_covers_nothing() {
        let all = read(
            "# Charte\n\n*Territoire vivant, numérique sobre*\n\n\
             Sobre, utile, humain : notre devise.\n\n\
             Cette charte est revue chaque année.\n\n\
             L'IA quand elle sert, pas pour le plaisir.\n",
        );
        for start in ["*Territoire vivant", "Sobre, utile"] {
            let s = find(&all, start);
            assert!(s.3.is_empty(), "{s:?}");
        }
        // A short rule in the present tense has a verb; a nominal rule says what it refuses.
        let review = find(&all, "Cette charte est revue");
        assert!(review.3.contains(&Topic::GovernanceReview), "{review:?}");
        let sober = find(&all, "L'IA quand elle sert");
        assert!(sober.3.contains(&Topic::EnvironmentSobriety), "{sober:?}");
    }
}
