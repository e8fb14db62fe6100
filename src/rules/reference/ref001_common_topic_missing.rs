//! REF001: a topic no other rule watches is covered by most reference charters and not by this one.

use crate::corpus::{self, Corpus};
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Topic;
use crate::rules::coverage::place;
use crate::rules::{registry, Context, Rule};
use std::collections::BTreeSet;
use std::sync::LazyLock;

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La règle repère les sujets de la taxonomie qu'aucune autre règle ne surveille (aujourd'hui, en pratique,
    /// l'association des agents et des citoyens) et que traitent au moins trois quarts des chartes de référence
    /// intégrées à charte (ou du dossier donné par `--references`) dont le texte est connu sur ce sujet. Elle se
    /// déclenche pour chacun de ces sujets que la charte ne couvre par aucune phrase normative. L'aide indique
    /// combien de références traitent le sujet et cite la clause de la référence la plus proche de la charte.
    ///
    /// Le texte d'une référence est connu sur un sujet quand elle le traite, ou quand c'est un texte intégral qui
    /// ne le traite pas ; une référence reconstituée d'après des descriptions ne dit rien des sujets qu'elle ne
    /// mentionne pas et n'est pas comptée. Il faut au moins un texte intégral dans cette base : avec les seules
    /// chartes reconstituées intégrées, la règle ne se déclenche donc pas ; elle sert avec un dossier de vrais
    /// textes (`charte refs build`).
    ///
    /// ## Pourquoi
    /// Quand presque toutes les chartes comparables traitent un sujet, son absence mérite au moins d'être
    /// décidée plutôt que subie : un oubli se corrige en une phrase, un choix se justifie. La règle n'est
    /// qu'une remarque : aucun texte n'impose ces sujets, c'est la pratique des autres collectivités qui les
    /// rend attendus. Les sujets déjà surveillés par une règle dédiée (RGPD, souveraineté, environnement,
    /// AI Act, gouvernance) ne sont pas signalés une seconde fois.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 1 – Champ d'application
    /// La présente charte s'applique à tous les agents de la commune.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 1 – Champ d'application
    /// La présente charte s'applique à tous les agents de la commune.
    /// ## Article 2 – Association des agents et des habitants
    /// Les représentants du personnel sont consultés avant tout nouveau déploiement d'un outil d'IA, et un comité
    /// d'habitants tiré au sort rend chaque année un avis public sur les usages de l'IA par la commune.
    /// ```
    ///
    /// ## Base légale
    /// Bonne pratique : pratique partagée des chartes de référence (seuil de 75 %) ; aucune obligation légale
    /// propre à ce sujet n'est visée par la règle.
    ///
    /// ## Références
    /// - Corpus de référence de charte : `charte refs`, `charte compare --references`
    /// - Déclaration de Montréal pour un développement responsable de l'IA (2018), principe de participation
    ///   démocratique
    /// - Recommandation de l'UNESCO sur l'éthique de l'IA (2021), gouvernance multipartite
    pub struct CommonTopicMissing {
        code: "REF001",
        name: "common-topic-missing",
        family: Ref,
        severity: Info,
        topics: [],
        legal_basis: "Bonne pratique : sujet traité par au moins 75 % des chartes de référence",
        summary_fr: "un sujet sans règle dédiée est traité par au moins 75 % des chartes de référence mais pas par cette charte",
        summary_en: "a topic with no dedicated rule is covered by at least 75% of the reference charters but not by this one",
        docs_en: "
## What it checks
The rule looks at the taxonomy topics that no other rule watches (in practice today, involving staff and citizens)
and that at least three quarters of the reference charters embedded in charte (or of the folder given with
`--references`) whose text is known on the topic cover (a reference is known on a topic when it covers it, or when it
is a full text that does not; at least one full text is required, so the reconstructed embedded references alone
never make the rule fire). It fires for each such topic this charter covers with no normative sentence. The help says
how many references cover the topic and quotes the clause of the reference closest to the charter.

## Why
When nearly every comparable charter covers a topic, leaving it out should be a decision, not an oversight. It is
only advice: no law requires these topics; the practice of other authorities makes them expected. Topics that a
dedicated rule already watches are not reported twice.

## Legal basis
Good practice shared by the reference charters (75% threshold); no legal duty of its own.

## References
- charte's reference corpus: `charte refs`, `charte compare --references`
- Montréal Declaration for a Responsible Development of AI (2018), democratic participation principle
- UNESCO Recommendation on the Ethics of AI (2021), multi-stakeholder governance
",
    }
}

/// Topics no rule other than REF001 keys on.
pub(crate) fn undedicated_topics() -> &'static [Topic] {
    static TOPICS: LazyLock<Vec<Topic>> = LazyLock::new(|| {
        let watched: BTreeSet<Topic> = registry()
            .iter()
            .filter(|r| r.meta().code != "REF001")
            .flat_map(|r| r.meta().topics.iter().copied())
            .collect();
        Topic::ALL
            .iter()
            .copied()
            .filter(|t| !watched.contains(t))
            .collect()
    });
    &TOPICS
}

/// Topics of `candidates` that are consensus topics of the corpus ([`Corpus::is_consensus`]: at least 75 % of the
/// references whose text is known on the topic cover it) and that `covered` lacks.
pub(crate) fn common_missing(
    corpus: &Corpus,
    candidates: &[Topic],
    covered: &BTreeSet<Topic>,
) -> Vec<Topic> {
    candidates
        .iter()
        .copied()
        .filter(|t| !covered.contains(t) && corpus.is_consensus(*t))
        .collect()
}

impl Rule for CommonTopicMissing {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let corpus = cx.corpus();
        let covered: BTreeSet<Topic> = cx
            .analysis
            .coverage
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(t, _)| *t)
            .collect();
        for topic in common_missing(corpus, undedicated_topics(), &covered) {
            let count = corpus.count(topic);
            let known = corpus.known(topic);
            let span = place(cx, &[]);
            let message = match cx.lang {
                crate::i18n::Lang::Fr => format!(
                    "la charte ne traite pas le sujet « {} », que traitent {count} des {known} chartes de référence dont le texte est connu sur ce sujet",
                    topic.label_fr()
                ),
                crate::i18n::Lang::En => format!(
                    "the charter does not cover “{}”, which {count} of the {known} reference charters whose text is known on it cover",
                    topic.label_en()
                ),
            };
            let note = corpus::coverage_note(corpus, &[topic], &covered, cx.lang);
            let help = format!(
                "{}\n{}",
                cx.t(
                    "si ce sujet concerne votre collectivité, ajoutez une clause qui le règle ; sinon, dites pourquoi dans la charte ou désactivez la règle dans l'en-tête (`ignorer: {REF001: \"raison\"}`)",
                    "if the topic matters to your authority, add a clause on it; otherwise say why in the charter or switch the rule off in the front matter (`ignorer: {REF001: \"reason\"}`)"
                ),
                note
            );
            let mut f = cx
                .finding(Self::meta_static(), span, message)
                .with_help(help);
            f.topics = vec![topic];
            out.push(f);
        }
    }
}
