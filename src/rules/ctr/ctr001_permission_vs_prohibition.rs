//! CTR001: one clause permits what another forbids.

use super::conflict_findings;
use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::model::Modality;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une clause autorise ce qu'une autre interdit : les mêmes personnes (ou une partie d'entre elles), la même
    /// action, sur les mêmes données ou outils (ou une partie d'entre eux). La comparaison tient compte des
    /// inclusions : ChatGPT est un outil d'IA générative grand public ; les données de santé sont des données
    /// personnelles. Elle tient compte aussi des exceptions (« interdit, sauf sur l'outil interne validé ») et des
    /// conditions (« si aucune donnée personnelle n'est saisie ») : une autorisation qui tombe dans l'exception, ou
    /// qui est soumise à condition, n'est pas signalée. Une interdiction plus étroite que l'autorisation (autorisé en
    /// général, interdit pour les données personnelles) est une exception normale, pas une contradiction.
    ///
    /// Une restriction « ne … que » (« les agents n'utilisent que Sernia », « les élus ne peuvent utiliser l'IA que
    /// pour préparer leurs interventions ») autorise ce qu'elle nomme et interdit le reste : elle est contredite par
    /// une autorisation, pour les mêmes personnes, d'un autre outil (« le secrétariat peut utiliser Gemini ») ou
    /// d'une autre finalité (« répondre aux courriers »). « L'usage de l'IA est réservé exclusivement à la recherche
    /// documentaire et à la préparation des permanences » réserve l'usage à ces activités : une autorisation qui dit
    /// faire autre chose (« rédiger leurs tribunes ») le contredit ; « réservé aux agents formés » dit qui, pas quoi.
    /// De même « Seul l'assistant Calixte peut être utilisé pour
    /// rédiger des réponses aux usagers » ou « Utilisez exclusivement Marcha » : sans acteur, la restriction vaut pour
    /// tous, dans sa finalité et son objet ; elle ne donne une erreur que si l'outil réservé est nommé (« seuls les
    /// outils validés » renvoie à une liste écrite ailleurs : voir l'avertissement plus bas). Les interdictions que s'impose un acteur (« la commune
    /// s'interdit de … », « s'engage à ne pas … », « ne … en aucun cas », « aucune donnée n'est saisie … ») sont des
    /// interdictions comme les autres.
    ///
    /// ## Quand la règle conclut (politique de certitude)
    /// Une contradiction est une **erreur** : elle dit à un élu que sa charte est incohérente. La règle ne conclut
    /// donc que lorsque chaque élément des deux clauses est prouvé se recouvrir : les personnes (les mêmes, ou une
    /// partie d'entre elles), celles que l'acte vise quand l'interdiction en nomme (« évaluer les agents » ne
    /// rencontre pas « évaluer chaque outil »), l'action, l'outil, les données et l'objet du travail (les mêmes, ou un cas de ce que
    /// vise l'interdiction, selon les ontologies de `data/lexicon/objects.toml` et `data/lexicon/activities.toml` :
    /// une délibération est un acte administratif), la finalité quand l'interdiction en pose une, sans condition ni
    /// exception qui les sépare. **Ce qui est inconnu ne recouvre rien** : un outil que le lexique ne connaît pas,
    /// un objet dit avec des mots que l'autre clause n'emploie pas (même des mots d'un sujet connu : « les réunions
    /// du comité social territorial » ne sont pas « les réunions de service »), une clause sans acteur face à une restriction
    /// qui en nomme un, ne donnent aucun constat.
    ///
    /// Un recouvrement seulement **probable** donne un **avertissement**, pas une erreur, et son message dit quoi
    /// vérifier. Aujourd'hui, deux cas. D'abord, une autorisation soumise à une condition qui ne pose qu'une
    /// circonstance (« en cas d'absence prolongée », « si vous gérez la boîte contact », sans mot de garantie comme
    /// validation, accord, anonymisation, relecture, données, et sans objet nié) face à une interdiction qui vaut
    /// toujours et ne nomme pas cette circonstance : l'exception était peut-être voulue, mais elle n'est écrite nulle
    /// part ; une condition de garantie (« après validation », « si aucune donnée personnelle n'est saisie »)
    /// réconcilie au contraire les deux clauses et ne donne rien. Ensuite, l'interdiction vise « les outils non validés » (ou la restriction
    /// « seuls les outils validés peuvent être utilisés », qui dit la même chose) et l'autre clause
    /// autorise un produit que le lexique connaît (Gemini, ChatGPT…) ; qu'il soit validé ou non se lit ailleurs
    /// (une liste, un tableau, une décision), donc le message demande de vérifier s'il figure parmi les outils
    /// validés. `charte inspect` montre, pour chaque clause, les acteurs, actions, données, outils, objets et
    /// finalité lus, pour voir pourquoi deux clauses ont été rapprochées ou non.
    ///
    /// Le constat vise l'autorisation, la clause à reprendre le plus souvent, et signale l'interdiction en second.
    /// Quand plusieurs clauses contredisent la même interdiction, un seul constat les regroupe : il vise
    /// l'interdiction, signale dix autorisations au plus et compte les autres, pour que la liste reste lisible
    /// quelle que soit la longueur de la charte.
    ///
    /// ## Pourquoi
    /// Quand deux clauses se contredisent, l'agent choisit celle qui l'arrange et aucune ne peut lui être opposée.
    /// C'est le défaut typique des chartes rédigées à plusieurs mains.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Interdictions
    /// Il est interdit d'utiliser un outil d'IA générative grand public.
    /// ## Article 5 – Usages
    /// Les agents peuvent utiliser ChatGPT pour rédiger des courriers.
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 2 – Interdictions
    /// Il est interdit d'utiliser un outil d'IA générative grand public, sauf ChatGPT pour des textes sans donnée personnelle.
    /// ## Article 5 – Usages
    /// Les agents peuvent utiliser ChatGPT pour rédiger des courriers.
    /// ```
    ///
    /// ## Base légale
    /// Principe de clarté et d'intelligibilité de la norme ; une règle interne contradictoire n'est pas opposable
    /// (CRPA, art. L221-1 et suivants).
    ///
    /// ## Références
    /// - Andow et al., « PolicyLint », USENIX Security 2019 (contradictions par ontologies et inclusion)
    pub struct PermissionVsProhibition {
        code: "CTR001",
        name: "permission-vs-prohibition",
        family: Ctr,
        severity: Error,
        topics: [],
        legal_basis: "Principe de clarté et d'intelligibilité de la norme ; CRPA, art. L221-1 et suivants",
        summary_fr: "une clause autorise ce qu'une autre interdit",
        summary_en: "one clause permits what another forbids",
        docs_en: "
## What it checks
One clause permits what another forbids: the same people (or some of them), the same action, on the same data or
tools (or part of them), with subsumption (ChatGPT is a consumer generative AI tool; health data is personal data),
exceptions (\"forbidden, except on the approved internal tool\") and conditions taken into account. A ban narrower
than the permission is a normal exception, not a contradiction.

A \"ne … que\" restriction (\"les agents n'utilisent que Sernia\") permits what it names and bans the rest: a
permission, for the same people, of another tool or another purpose contradicts it. \"L'usage de l'IA est réservé
exclusivement à la recherche documentaire\" reserves the use to the activities it names by nouns (\"réservé aux
agents formés\" says who, not what). So does \"Seul l'assistant
Calixte peut être utilisé pour rédiger des réponses aux usagers\" or \"Utilisez exclusivement Marcha\": with no actor it
binds everyone, within its purpose and object, and gives an error only when the reserved tool is named (\"seuls les
outils validés\" points at a list written elsewhere: see the warning below). Self-bans (\"s'interdit de\",
\"s'engage à ne pas\", \"ne … en aucun cas\", \"aucune donnée n'est saisie\") are bans like any other.

## When the rule concludes (certainty policy)
A contradiction is an error: it tells an elected official the charter is incoherent. The rule concludes only when
every slot of both clauses is proved to overlap: people (the same or some of them), the people the act is about
when the ban names them (\"evaluating staff\" does not meet \"evaluating each tool\"), action, tool and data (the same
or a kind of what the ban names, per the ontologies of `data/lexicon/objects.toml` and
`data/lexicon/activities.toml`: a délibération is an acte administratif), the purpose when the ban states one, with
no condition or exception between them. Unknown is not overlap: a tool the lexicon does not know, an object in
words the other clause does not use (even words of a known topic: the meetings of the staff committee are not
team meetings), a clause with no actor against a restriction that names one, give no finding.

A merely probable overlap gives a warning, not an error, whose message says what to check. Two cases today. First,
a permission under a condition that only sets a circumstance (\"en cas d'absence prolongée\", no safeguard word such as
validation, consent, anonymisation, review or data, no negated object) against a ban that always holds and does not
name that circumstance: the exception may be intended but is written nowhere; a safeguard condition (\"après
validation\") reconciles the clauses and gives nothing. Second, the ban
covers \"the tools not approved\" (or the restriction \"seuls les outils validés peuvent être utilisés\", which says
the same) and the other clause permits a product the lexicon knows (Gemini, ChatGPT…);
whether it is approved is written elsewhere, so the message asks to check it. `charte inspect` shows the actors,
actions, data, tools, objects and purpose read in each clause.

The finding points at the permission (the clause usually edited) and labels the ban. When several clauses
contradict one ban, one finding groups them: it points at the ban, labels at most ten of them and counts the rest.

## Why
With two contradicting clauses, staff pick the one that suits them and neither can be enforced.

## Legal basis
Clarity and intelligibility of rules; CRPA art. L221-1 ff.

## References
- Andow et al., PolicyLint, USENIX Security 2019
",
    }
}

impl Rule for PermissionVsProhibition {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        conflict_findings(
            cx,
            Self::meta_static(),
            Modality::Permission,
            (
                "une clause autorise ce qu'une autre interdit",
                "one clause permits what another forbids",
            ),
            out,
        );
    }
}
