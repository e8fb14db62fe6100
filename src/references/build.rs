//! `charte refs build DOSSIER --out CORPUS`: an association's folder of member charters (every format charte reads)
//! becomes a reference corpus that `--references CORPUS` reads like the embedded one. Each readable charter gives one
//! file: its own text with a `reference:` block added (id, organisme, title, date, the file it comes from,
//! completeness `integral`), the metadata taken from its front matter or, failing that, from its title and first
//! lines (`data/authorities.toml`). The corpus gets a `README.md` (not read as a charter) that lists, per charter,
//! each topic attested with the clause that attests it and each topic absent, then the files that could not be read
//! and why.
//!
//! Pure: bytes in, texts out. The CLI (`cli/refs.rs`) walks the folder and writes through `io::write_output`.

use crate::corpus::{Nature, Reference, State};
use crate::engine::{check_bytes, Settings};
use crate::grammar::date::find_dates;
use crate::i18n::Lang;
use crate::lexicon::normalize::{is_word_byte, normalize};
use crate::model::{KindOfBody, Topic};
use crate::output::escape::{markdown_code, markdown_text};
use crate::parse::front_matter::{split, FrontMatter};
use crate::parse::{parse_bytes, Format};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

/// The signs of `data/authorities.toml`.
#[derive(Debug, Deserialize)]
struct Signs {
    /// How many lines of the text (after the title) are searched.
    premieres_lignes: usize,
    /// Words of a line that gives the adoption date.
    adoption: Vec<String>,
    /// Openings of an authority's name, by kind (order matters).
    #[serde(rename = "type")]
    kinds: Vec<KindSigns>,
}

#[derive(Debug, Deserialize)]
struct KindSigns {
    id: String,
    commence_par: Vec<String>,
}

static SIGNS: LazyLock<Signs> = LazyLock::new(|| {
    toml::from_str(include_str!("../../data/authorities.toml"))
        .expect("data/authorities.toml is valid (tested)")
});

/// What a file says about itself: from its front matter first, else from its title and first lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    /// Title of the text.
    pub titre: String,
    /// The authority that adopted it.
    pub organisme: Option<String>,
    /// Its kind.
    pub kind: Option<KindOfBody>,
    /// Adoption date (`2025-10-14`, `2025-10` or `2025`).
    pub date: Option<String>,
}

/// One charter turned into a corpus file.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The input path, as given.
    pub input: String,
    /// Name of the file in the corpus folder (`<id>.md`, or `<id>.yaml` for a YAML charter).
    pub file_name: String,
    /// Its text.
    pub text: String,
    /// The reference as `--references` reads it back from that text.
    pub reference: Reference,
}

/// The authority named in a line (« Charte IA – Ville de Montferrand-le-Haut » → « Ville de Montferrand-le-Haut »,
/// commune): the earliest opening of `data/authorities.toml`, up to the end of its segment.
pub(crate) fn authority_in(line: &str) -> Option<(String, KindOfBody)> {
    let n = normalize(line);
    let mut best: Option<(usize, KindOfBody)> = None;
    for k in &SIGNS.kinds {
        let Some(kind) = super::init::parse_kind(&k.id) else {
            continue;
        };
        for opening in &k.commence_par {
            let p = normalize(opening).text;
            let mut from = 0;
            while let Some(i) = n.text.get(from..).and_then(|t| t.find(&p)) {
                let at = from + i;
                if at == 0 || !is_word_byte(n.text.as_bytes()[at - 1]) {
                    if best.is_none_or(|(b, _)| at < b) {
                        best = Some((at, kind));
                    }
                    break;
                }
                from = at + p.len();
            }
        }
    }
    let (at, kind) = best?;
    let start = n.original(at, at).0;
    let rest = line.get(start..)?;
    let end = [
        " – ", " — ", " - ", ",", ".", ";", ":", "(", "«", "»", "*", "\n",
    ]
    .iter()
    .filter_map(|stop| rest.find(stop))
    .min()
    .unwrap_or(rest.len());
    let name = rest[..end].trim();
    if name.is_empty() || name.chars().count() > 80 {
        return None;
    }
    let mut chars = name.chars();
    let first = chars.next()?;
    Some((first.to_uppercase().chain(chars).collect(), kind))
}

/// The adoption date a line gives (« Adoptée par le conseil municipal le 14 octobre 2025. » → `2025-10-14`), as
/// precise as it is written: day, month or year.
pub(crate) fn adoption_date_in(line: &str) -> Option<String> {
    let n = normalize(line).text;
    if !SIGNS.adoption.iter().any(|w| n.contains(w.as_str())) {
        return None;
    }
    let found = find_dates(line).into_iter().next()?;
    let written = &line[found.start..found.end];
    let numbers = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .count();
    let d = found.value.date;
    // « 14 octobre 2025 » and « 2025-10-14 » name a day, « fin octobre 2025 » a month, « 2025 » a year.
    let letters = written.chars().any(char::is_alphabetic);
    Some(if numbers >= 3 || (numbers == 2 && letters) {
        d.to_string()
    } else if letters {
        format!("{:04}-{:02}", d.year, d.month)
    } else {
        format!("{:04}", d.year)
    })
}

/// The metadata of a parsed file: front matter first, then the title and first lines of `body`.
fn metadata(reference: &Reference, body: &str, doc_title: Option<&str>, stem: &str) -> Metadata {
    let meta = &reference.doc.charter.meta;
    let titre = meta
        .titre
        .clone()
        .or_else(|| reference.doc.charter.title.clone())
        .or_else(|| doc_title.map(str::to_owned))
        .unwrap_or_else(|| stem.to_owned());
    let lines: Vec<String> = std::iter::once(titre.clone())
        .chain(
            body.lines()
                .map(crate::corpus::text::clean_clause)
                .map(|l| l.trim_start_matches('#').trim().to_owned())
                .filter(|l| !l.is_empty())
                .take(SIGNS.premieres_lignes),
        )
        .collect();
    let coll = meta.collectivite.as_ref();
    let found = lines.iter().find_map(|l| authority_in(l));
    let organisme = coll
        .and_then(|c| c.nom.clone())
        .or_else(|| found.as_ref().map(|(n, _)| n.clone()));
    let kind = coll
        .and_then(|c| c.kind)
        .or_else(|| found.as_ref().map(|(_, k)| *k));
    let date = meta
        .adoption
        .as_ref()
        .and_then(|a| a.date.clone())
        .or_else(|| lines.iter().find_map(|l| adoption_date_in(l)));
    Metadata {
        titre,
        organisme,
        kind,
        date,
    }
}

/// `lyon-2025` from a file stem: lower case, no accents, words joined by dashes.
pub(crate) fn slug(stem: &str) -> String {
    let n = normalize(stem).text;
    let mut out = String::new();
    for c in n.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "charte".to_owned()
    } else {
        out
    }
}

/// A YAML scalar holding `s` exactly (a JSON string is a YAML double-quoted scalar).
fn scalar(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// The `collectivite:` block for what was found, when the front matter has none.
fn collectivite_block(m: &Metadata) -> String {
    let mut y = String::new();
    if m.organisme.is_some() || m.kind.is_some() {
        y.push_str("collectivite:\n");
        if let Some(n) = &m.organisme {
            y.push_str(&format!("  nom: {}\n", scalar(n)));
        }
        if let Some(k) = m.kind {
            y.push_str(&format!("  type: {}\n", crate::corpus::kind_id(Some(k))));
        }
    }
    y
}

/// The `reference:` block of a member's full text.
fn reference_block(id: &str, m: &Metadata, input_name: &str) -> String {
    let mut y = String::from("reference:\n");
    y.push_str(&format!("  id: {}\n", scalar(id)));
    y.push_str(&format!(
        "  organisme: {}\n",
        scalar(m.organisme.as_deref().unwrap_or(&m.titre))
    ));
    y.push_str(&format!("  titre_original: {}\n", scalar(&m.titre)));
    if let Some(d) = &m.date {
        y.push_str(&format!("  date: {}\n", scalar(d)));
    }
    y.push_str(&format!("  sources:\n    - {}\n", scalar(input_name)));
    y.push_str("  nature: texte-fourni\n  texte: integral\n");
    y.push_str(&format!(
        "  avertissement: {}\n",
        scalar(&format!(
            "Texte intégral transmis par la collectivité, importé de « {input_name} » par charte refs build ; charte n'en vérifie pas l'authenticité."
        ))
    ));
    y
}

/// The corpus text of a charter: the `reference:` (and, when missing, `collectivite:`) block added to its front
/// matter or YAML, or a new front matter above its text (documents, Markdown without front matter). A text that
/// already has a `reference:` block is kept as it is.
fn corpus_text(
    reference: &Reference,
    format: Format,
    text: &str,
    id: &str,
    m: &Metadata,
    input_name: &str,
) -> String {
    let meta = &reference.doc.charter.meta;
    if meta.reference.is_some() {
        return text.to_owned();
    }
    let mut added = String::new();
    if meta.collectivite.is_none() {
        added.push_str(&collectivite_block(m));
    }
    added.push_str(&reference_block(id, m, input_name));
    let newline = |t: &str| {
        if t.is_empty() || t.ends_with('\n') {
            ""
        } else {
            "\n"
        }
    };
    match (format, split(text)) {
        (Format::Yaml, _) => format!("{text}{}{added}", newline(text)),
        (Format::Markdown, FrontMatter::Closed(s)) => {
            let at = s.yaml_start + s.yaml.len();
            format!(
                "{}{}{added}{}",
                &text[..at],
                newline(&text[..at]),
                &text[at..]
            )
        }
        _ => {
            let mut head = format!("---\ntitre: {}\n", scalar(&m.titre));
            if meta.adoption.is_none() {
                if let Some(d) = &m.date {
                    head.push_str(&format!("adoption:\n  date: {}\n", scalar(d)));
                }
            }
            format!("{head}{added}---\n\n{text}")
        }
    }
}

/// Turns one file into a corpus entry; `taken` holds the ids already given (a second `charte.md` becomes
/// `charte-2`). The error is the reason shown to the user: STR000's message, STR010's (not a charter), or a change
/// of meaning the import would make.
pub fn entry(
    input: &str,
    bytes: &[u8],
    taken: &mut BTreeSet<String>,
    lang: Lang,
) -> Result<Entry, String> {
    let settings = Settings {
        select: vec!["STR000".to_owned(), "STR010".to_owned()],
        ..Settings::default().in_lang(lang)
    };
    let report = check_bytes(input, bytes, &settings);
    if let Some(f) = report.findings.iter().find(|f| f.code == "STR000") {
        return Err(f.message.clone());
    }
    if let Some(f) = report.findings.iter().find(|f| f.code == "STR010") {
        return Err(f.message.clone());
    }
    let format = Format::from_path(input);
    let parsed = parse_bytes(input, bytes, format);
    let unreadable = || {
        lang.pick(
            "le fichier ne donne aucun texte de charte",
            "the file gives no charter text",
        )
        .to_owned()
    };
    let text = parsed.source.map(|s| s.text).ok_or_else(unreadable)?;
    if crate::classify::classify(&text, format == Format::Yaml)
        == crate::classify::DocumentKind::Offer
    {
        return Err(lang
            .pick(
                "offre de prestataire, pas une charte (vérifiez-la avec `charte offer`)",
                "a vendor offer, not a charter (check it with `charte offer`)",
            )
            .to_owned());
    }
    let original = Reference::build(input, bytes, None, Nature::FourniParUtilisateur)
        .ok_or_else(unreadable)?;
    let path = Path::new(input);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let input_name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let doc_title = parsed
        .document
        .as_ref()
        .and_then(|d| d.properties.title.clone());
    let body = match split(&text) {
        FrontMatter::Closed(s) => &text[s.body_start..],
        _ => text.as_str(),
    };
    let m = metadata(&original, body, doc_title.as_deref(), &stem);
    let mut id = match original.doc.charter.meta.reference.as_ref() {
        Some(r) if !r.id.trim().is_empty() => slug(&r.id),
        _ => slug(&stem),
    };
    let base = id.clone();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    let (text_format, ext) = match format {
        Format::Yaml => (Format::Yaml, "yaml"),
        _ => (Format::Markdown, "md"),
    };
    // For a document (.docx, .odt, .txt…) `text` is the extracted Markdown every rule read.
    let out = corpus_text(&original, text_format, &text, &id, &m, &input_name);
    let file_name = format!("{id}.{ext}");
    let rebuilt = Reference::build(
        &file_name,
        out.as_bytes(),
        None,
        Nature::FourniParUtilisateur,
    )
    .ok_or_else(unreadable)?;
    // The import must not change what the text says: same topics attested, as `--references` will read them.
    if rebuilt.attested.keys().ne(original.attested.keys()) {
        return Err(lang
            .pick(
                "l'import changerait les sujets couverts par ce texte ; ajoutez-lui un en-tête `reference:` à la main",
                "importing would change the topics this text covers; add a `reference:` block to it by hand",
            )
            .to_owned());
    }
    taken.insert(id);
    Ok(Entry {
        input: input.to_owned(),
        file_name,
        text: out,
        reference: rebuilt,
    })
}

/// The corpus's `README.md`: what each charter attests (with the clause) and lacks, and the files left out.
pub fn manifest(entries: &[Entry], unread: &[(String, String)], lang: Lang) -> String {
    let mut o = String::new();
    o.push_str(lang.pick("# Corpus de référence\n\n", "# Reference corpus\n\n"));
    o.push_str(&match lang {
        Lang::Fr => format!(
            "Construit par `charte refs build` : {} charte(s) en texte intégral, {} fichier(s) non lu(s). Chaque charte \
             est reprise telle qu'elle a été transmise, avec un bloc `reference:` ajouté à son en-tête. \
             `charte compare --references DOSSIER`, `check`, `diff` et `init` lisent ce dossier ; ce fichier README \
             n'est pas lu comme une charte. Relancez `charte refs build` après avoir ajouté ou remplacé un texte.\n",
            entries.len(),
            unread.len()
        ),
        Lang::En => format!(
            "Built by `charte refs build`: {} full-text charter(s), {} file(s) not read. Each charter is kept as it was \
             sent, with a `reference:` block added to its front matter. `charte compare --references FOLDER`, `check`, \
             `diff` and `init` read this folder; this README is not read as a charter. Run `charte refs build` again \
             after adding or replacing a text.\n",
            entries.len(),
            unread.len()
        ),
    });
    for e in entries {
        let r = &e.reference;
        o.push_str(&format!(
            "\n## {} — {}\n\n",
            markdown_text(&r.id),
            markdown_text(&r.organisme)
        ));
        o.push_str(&format!(
            "{} {} ; {} {} ; {} {} ; {} {}.\n\n",
            lang.pick("Fichier :", "File:"),
            markdown_code(&e.file_name),
            lang.pick("texte d'origine :", "original text:"),
            markdown_code(&e.input),
            lang.pick("type :", "kind:"),
            crate::corpus::kind_label(r.kind, lang),
            lang.pick("date :", "date:"),
            if r.date.is_empty() {
                "—"
            } else {
                r.date.as_str()
            }
        ));
        o.push_str(lang.pick("Sujets traités :\n\n", "Topics covered:\n\n"));
        for (t, at) in &r.attested {
            o.push_str(&format!(
                "- **{}** ({} {}) : « {} »\n",
                markdown_text(t.label(lang)),
                lang.pick("ligne", "line"),
                at.line,
                markdown_text(&crate::corpus::text::shorten(&at.clause, 300))
            ));
        }
        let absent: Vec<String> = Topic::ALL
            .iter()
            .filter(|t| r.state(**t) == State::Absent)
            .map(|t| markdown_text(t.label(lang)))
            .collect();
        if !absent.is_empty() {
            o.push_str(&format!(
                "\n{} {}.\n",
                lang.pick("Sujets absents du texte :", "Topics absent from the text:"),
                absent.join(", ")
            ));
        }
    }
    if !unread.is_empty() {
        o.push_str(lang.pick("\n## Fichiers non lus\n\n", "\n## Files not read\n\n"));
        for (path, reason) in unread {
            o.push_str(&format!(
                "- {} : {}\n",
                markdown_code(path),
                markdown_text(reason)
            ));
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_and_kind_from_a_title() {
        assert_eq!(
            authority_in("Charte IA – Ville de Montferrand-le-Haut"),
            Some((
                "Ville de Montferrand-le-Haut".to_owned(),
                KindOfBody::Commune
            ))
        );
        assert_eq!(
            authority_in("Charte de l'IA de la communauté de communes du Val de Sorne"),
            Some((
                "Communauté de communes du Val de Sorne".to_owned(),
                KindOfBody::Epci
            ))
        );
        assert_eq!(
            authority_in("**Département de la Lende** : règles d'usage").map(|x| x.1),
            Some(KindOfBody::Departement)
        );
        assert_eq!(
            authority_in("CENTRE INTERCOMMUNAL D’ACTION SOCIALE DES COTEAUX DE VAUDRENNE")
                .map(|x| x.1),
            Some(KindOfBody::Operateur)
        );
        assert_eq!(
            authority_in("La présente charte s'applique à tous les services."),
            None
        );
    }

    #[test]
    fn adoption_date_as_precise_as_written() {
        assert_eq!(
            adoption_date_in("Adoptée par le conseil municipal le 14 octobre 2025.").as_deref(),
            Some("2025-10-14")
        );
        assert_eq!(
            adoption_date_in("Délibération du 2025-03-12").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(adoption_date_in("Le 14 octobre 2025, les agents…"), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Charte IA – Ville d'Évry"), "charte-ia-ville-d-evry");
        assert_eq!(slug("___"), "charte");
    }
}
