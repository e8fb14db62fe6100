//! STR000: a file that cannot be read as a charter. Produced by the engine from parse problems.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::i18n::Lang;
use crate::io::ReadFailure;
use crate::model::Span;
use crate::parse::{ParseProblem, ProblemKind, MAX_FILE_BYTES};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Le fichier ne peut pas être lu comme une charte : il ne peut pas être ouvert (droits, dossier, tube nommé,
    /// périphérique, liens en boucle, nom trop long : le message dit lequel), il n'est ni en UTF-8 ni en UTF-16, il
    /// est binaire, vide ou trop volumineux, ou son bloc d'en-tête YAML (entre les lignes `---`) est mal formé ou porte une
    /// valeur d'une autre forme que celle attendue (une liste là où charte lit un texte : le message nomme la clé). Un
    /// document Word ou LibreOffice endommagé ou au-delà des limites de lecture (bombe zip) donne aussi ce constat, comme
    /// un PDF sans texte (document numérisé : charte ne fait pas de reconnaissance de caractères), protégé par un mot
    /// de passe, tronqué ou endommagé, ou trop volumineux. Si charte lui-même échoue sur un document (un défaut de
    /// l'outil), ce document reçoit ce constat, qui demande de signaler le défaut. Les autres fichiers de l'analyse sont
    /// tout de même vérifiés.
    ///
    /// ## Pourquoi
    /// Une charte que l'outil ne peut pas lire n'est pas vérifiée du tout : mieux vaut le dire clairement que de
    /// laisser croire qu'elle ne présente aucun défaut. Les erreurs d'en-tête viennent souvent d'un copier-coller
    /// depuis un traitement de texte (guillemets typographiques, tabulations, deux-points oubliés).
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// ---
    /// titre: [Charte IA
    /// ---
    /// # Charte IA
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// ---
    /// titre: "Charte IA"
    /// ---
    /// # Charte IA
    /// ```
    ///
    /// ## Base légale
    /// Aucune : règle de fonctionnement de l'outil.
    ///
    /// ## Références
    /// - Spécification YAML 1.2 : <https://yaml.org/spec/1.2.2/>
    pub struct ParseError {
        code: "STR000",
        name: "parse-error",
        family: Str,
        severity: Error,
        topics: [],
        legal_basis: "Aucune (fonctionnement de l'outil)",
        summary_fr: "le fichier ne peut pas être lu comme une charte",
        summary_en: "the file cannot be read as a charter",
        docs_en: "
## What it checks
The file cannot be read as a charter: it cannot be opened (permissions, a folder, a named pipe, a device, a symbolic
link loop, a name too long: the message says which), it is neither UTF-8 nor UTF-16, binary, empty, too large, or its
YAML front matter is malformed or holds a value of another shape than expected (a list where charte reads a text: the
message names the key), or the Word or LibreOffice document is damaged or exceeds the reading limits
(zip bomb), or the PDF has no text layer (a scan: charte does no character recognition), is password-protected,
truncated or damaged, or too large. If charte itself fails on a document (a defect of the tool), that document gets
this finding, which asks for a report. Other files of the run are still checked.

## Why
A charter the tool cannot read is not checked at all; saying so beats pretending it is flawless.

## Legal basis
None: a rule about the tool itself.

## References
- YAML 1.2 specification: <https://yaml.org/spec/1.2.2/>
",
    }
}

impl Rule for ParseError {
    fn check(&self, _cx: &Context<'_>, _out: &mut Vec<Finding>) {
        // Parse problems are turned into findings by the engine with [`finding`]: there is no model to inspect.
    }
}

/// What to do about a path that cannot be opened.
fn unreadable_help(reason: &ReadFailure, lang: Lang) -> &'static str {
    match reason {
        ReadFailure::NotFound => lang.pick("vérifiez le chemin (un lien symbolique peut pointer vers un fichier supprimé)", "check the path (a symbolic link may point to a deleted file)"),
        ReadFailure::PermissionDenied => lang.pick("donnez le droit de lecture à l'utilisateur qui lance charte, ou vérifiez une copie du fichier", "give read permission to the user running charte, or check a copy of the file"),
        ReadFailure::Directory => lang.pick("donnez le fichier de la charte ; `charte check DOSSIER` parcourt un dossier", "give the charter's file; `charte check FOLDER` walks a folder"),
        ReadFailure::Fifo | ReadFailure::Device => lang.pick("donnez un fichier ordinaire (.md, .yaml) ; pour lire un flux, enregistrez-le d'abord dans un fichier", "give a regular file (.md, .yaml); save a stream to a file first"),
        ReadFailure::SymlinkLoop => lang.pick("corrigez le lien symbolique pour qu'il pointe vers le fichier de la charte", "fix the symbolic link so that it points to the charter's file"),
        ReadFailure::NameTooLong => lang.pick("raccourcissez le nom du fichier ou des dossiers qui le contiennent", "shorten the name of the file or of its folders"),
        _ => lang.pick("vérifiez que le fichier est lisible, puis relancez", "check that the file is readable, then run again"),
    }
}

/// The YAML library's message in French, for its usual phrases (« expected string scalar at line 2, column 8 » →
/// « un texte était attendu à la ligne 2, colonne 8 »); other words are kept as the library wrote them.
fn yaml_detail_fr(detail: &str) -> String {
    const PHRASES: &[(&str, &str)] = &[
        (
            "illegal placement of ':' indicator",
            "deux-points « : » mal placé",
        ),
        (
            "mapping values are not allowed in this context",
            "un deux-points « : » est de trop",
        ),
        ("did not find expected key", "une clé était attendue"),
        ("expected string scalar", "un texte était attendu"),
        (
            "expected mapping start",
            "une table de clés (« clé: valeur ») était attendue",
        ),
        ("expected sequence start", "une liste était attendue"),
        ("expected scalar", "une valeur simple était attendue"),
        ("unclosed quote", "un guillemet n'est pas fermé"),
        ("unknown variant", "valeur inconnue"),
        ("invalid type", "type de valeur inattendu"),
        ("duplicate key", "clé en double"),
        ("missing field", "champ manquant"),
        ("expected one of", "valeurs possibles :"),
        ("at line", "à la ligne"),
        ("column", "colonne"),
    ];
    PHRASES
        .iter()
        .fold(detail.to_owned(), |text, (en, fr)| text.replace(en, fr))
}

/// The STR000 finding for a parse problem.
pub(crate) fn finding(problem: &ParseProblem, lang: Lang) -> Finding {
    let meta = ParseError::meta_static();
    let (message, help) = match &problem.kind {
        ProblemKind::InvalidUtf8 { at } => (
            format!("{} {at}", lang.pick("le fichier n'est pas un texte UTF-8 valide : octet invalide à la position", "the file is not valid UTF-8 text: invalid byte at offset")),
            lang.pick("enregistrez le document en « Texte (UTF-8) » ou en Markdown depuis votre traitement de texte", "save the document as UTF-8 text or Markdown from your word processor"),
        ),
        ProblemKind::InvalidUtf16 { at } => (
            format!("{} {at}", lang.pick("le fichier est en UTF-16 mais contient une suite invalide à la position", "the file is UTF-16 text with an invalid sequence at offset")),
            lang.pick("enregistrez le document en « Texte (UTF-8) » ou en Markdown depuis votre traitement de texte", "save the document as UTF-8 text or Markdown from your word processor"),
        ),
        ProblemKind::Unreadable { reason } => (
            format!("{} : {}", lang.pick("le fichier ne peut pas être lu", "the file cannot be read"), reason.describe(lang)),
            unreadable_help(reason, lang),
        ),
        ProblemKind::Binary => (
            lang.pick("le fichier est binaire (image, PDF, document Word…) et non un texte", "the file is binary (image, PDF, Word document…), not text").to_owned(),
            lang.pick("enregistrez la charte en document Word (.docx), LibreOffice (.odt), PDF, texte (.txt) ou Markdown (.md) avant de la vérifier", "save the charter as a Word (.docx), LibreOffice (.odt), PDF, text (.txt) or Markdown (.md) document before checking it"),
        ),
        ProblemKind::Archive { detail } => (
            format!("{} : {detail}", lang.pick("le document est endommagé ou n'est pas un document Word ou LibreOffice", "the document is damaged or not a Word or LibreOffice document")),
            lang.pick("ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau (« Enregistrer sous », format .docx ou .odt)", "open it in Word or LibreOffice and save it again (\"Save as\", .docx or .odt)"),
        ),
        ProblemKind::ArchiveLimit { detail } => (
            format!("{} ({detail})", lang.pick("le document dépasse les limites de lecture, ce qui est le signe d'un fichier piégé (« bombe zip ») ou d'un document rempli d'images", "the document exceeds the reading limits, the sign of a booby-trapped file (zip bomb) or of a document full of images")),
            lang.pick("enregistrez le seul texte de la charte dans un nouveau document (sans images ni pièces jointes) et vérifiez-le", "save the charter's text alone in a new document (no images or attachments) and check that"),
        ),
        ProblemKind::NoText { pages } => (
            format!(
                "{} ({pages} {})",
                lang.pick("PDF sans texte : document numérisé ? Aucune page ne contient de texte lisible, seulement des images", "PDF without text: a scanned document? No page holds readable text, only pictures"),
                lang.pick("page(s)", "page(s)")
            ),
            lang.pick("charte ne fait pas de reconnaissance de caractères : demandez le document d'origine (Word, LibreOffice) ou un PDF exporté depuis le traitement de texte, ou passez le scan dans un logiciel de reconnaissance de caractères (OCR) et relisez le résultat", "charte does no character recognition: ask for the original document (Word, LibreOffice) or a PDF exported from the word processor, or run the scan through OCR software and proofread the result"),
        ),
        ProblemKind::Encrypted => (
            lang.pick("le PDF est protégé par un mot de passe : son texte est chiffré", "the PDF is password-protected: its text is encrypted").to_owned(),
            lang.pick("demandez une version sans mot de passe, ou ouvrez-le avec le mot de passe et enregistrez une copie sans protection", "ask for a copy without a password, or open it with the password and save an unprotected copy"),
        ),
        ProblemKind::Pdf { detail } => (
            format!("{} : {detail}", lang.pick("le PDF est endommagé ou incomplet", "the PDF is damaged or incomplete")),
            lang.pick("téléchargez-le de nouveau (un téléchargement interrompu donne un fichier tronqué) ou exportez-le de nouveau depuis le traitement de texte", "download it again (an interrupted download gives a truncated file) or export it again from the word processor"),
        ),
        ProblemKind::PdfLimit { detail } => (
            format!("{} ({detail})", lang.pick("le PDF dépasse les limites de lecture : trop volumineux pour une charte ou une offre", "the PDF exceeds the reading limits: too large for a charter or an offer")),
            lang.pick("vérifiez la charte seule, sans ses annexes, dans un PDF à part", "check the charter alone, without its appendices, in a separate PDF"),
        ),
        ProblemKind::Xml { part, detail } => (
            format!("{} ({part}) : {detail}", lang.pick("le contenu du document est mal formé", "the document's content is malformed")),
            lang.pick("ouvrez-le dans Word ou LibreOffice : s'il s'ouvre, enregistrez-le de nouveau ; sinon récupérez une version antérieure", "open it in Word or LibreOffice: if it opens, save it again; otherwise recover an earlier version"),
        ),
        ProblemKind::Internal { detail } => (
            format!("{} ({detail})", lang.pick("charte a rencontré une erreur interne en lisant ce document : il n'a pas été vérifié", "charte hit an internal error while reading this document: it was not checked")),
            lang.pick("c'est un défaut de charte, pas de votre document : signalez-le aux mainteneurs avec ce message et, si vous le pouvez, le document (charte n'envoie rien de lui-même) ; les autres fichiers ont été vérifiés", "this is a defect of charte, not of your document: report it to the maintainers with this message and, if you can, the document (charte sends nothing by itself); the other files were checked"),
        ),
        ProblemKind::NotBuiltIn { feature } => (
            format!("{} « {feature} »", lang.pick("ce charte a été compilé sans la lecture de ce format de document : fonctionnalité", "this build of charte cannot read this document format: feature")),
            lang.pick("enregistrez la charte en Markdown (.md) ou en texte (.txt), ou utilisez un charte compilé avec ses fonctionnalités par défaut", "save the charter as Markdown (.md) or text (.txt), or use a charte built with its default features"),
        ),
        ProblemKind::Empty => (
            lang.pick("le fichier est vide", "the file is empty").to_owned(),
            lang.pick("vérifiez que le bon fichier a été enregistré", "check that the right file was saved"),
        ),
        ProblemKind::TooLarge { size } => (
            format!(
                "{} ({size} {}, {} {} Mio)",
                lang.pick("le fichier est trop volumineux pour être une charte", "the file is too large to be a charter"),
                lang.pick("octets", "bytes"),
                lang.pick("limite", "limit"),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            lang.pick("vérifiez qu'il s'agit bien d'une charte et non d'une archive ou d'un export de données", "check that this is a charter, not an archive or a data export"),
        ),
        ProblemKind::YamlValue { key, detail } => (
            match (key, lang) {
                (Some(k), Lang::Fr) => format!("la valeur de « {k} » n'a pas la forme attendue : {}", yaml_detail_fr(detail)),
                (None, Lang::Fr) => format!("une valeur n'a pas la forme attendue : {}", yaml_detail_fr(detail)),
                (Some(k), Lang::En) => format!("the value of \"{k}\" does not have the expected shape: {detail}"),
                (None, Lang::En) => format!("a value does not have the expected shape: {detail}"),
            },
            lang.pick(
                "le YAML est bien écrit, mais cette valeur n'a pas la forme que charte lit : un texte sur une ligne (`titre: Charte IA`), une date (`adoption: 2025-10-02`), chaque règle et sa raison pour `ignorer` (`ignorer: {STR004: \"raison\"}`) ; `charte explain STR001` liste les clés",
                "the YAML is well written, but this value does not have the shape charte reads: a one-line text (`titre: Charte IA`), a date (`adoption: 2025-10-02`), each rule and its reason for `ignorer` (`ignorer: {STR004: \"reason\"}`); `charte explain STR001` lists the keys",
            ),
        ),
        ProblemKind::Yaml { detail } => (
            format!("{} : {}", lang.pick("l'en-tête YAML est mal formé", "the YAML front matter is malformed"), match lang {
                Lang::Fr => yaml_detail_fr(detail),
                Lang::En => detail.clone(),
            }),
            lang.pick(
                "corrigez l'en-tête : une clé par ligne sous la forme `clé: valeur`, les textes contenant « : » entre guillemets droits",
                "fix the front matter: one `key: value` per line, quote texts that contain a colon",
            ),
        ),
        ProblemKind::UnclosedFrontMatter => (
            lang.pick("l'en-tête YAML ouvert par `---` n'est jamais fermé", "the YAML front matter opened with `---` is never closed").to_owned(),
            lang.pick("ajoutez une ligne `---` après la dernière clé de l'en-tête", "add a `---` line after the last front-matter key"),
        ),
    };
    Finding {
        code: meta.code,
        name: meta.name,
        severity: meta.severity,
        message,
        primary: problem.span.unwrap_or(Span::new(0, 0)),
        primary_label: None,
        labels: Vec::new(),
        help: Some(help.to_owned().into()),
        topics: Vec::new(),
        missing: None,
    }
}
