//! What identifies a reference corpus on a page that relies on it (`compare --format html`): where it comes from,
//! how many references it holds, and a fingerprint of their texts, so two printed comparisons can be told apart
//! when the corpus changed between them even if charte's version did not (a user folder edited in place).

use super::{Corpus, Origin};
use crate::i18n::{fill, Lang};

/// The version of a corpus: its origin, its size and the fingerprint of its texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusVersion {
    /// Embedded or a user folder.
    pub origin: Origin,
    /// Number of references.
    pub count: usize,
    /// 16 hexadecimal digits: FNV-1a (64 bits) over every reference's id and text, in id order. Not a security
    /// measure: it only tells whether two corpora differ.
    pub fingerprint: String,
}

/// FNV-1a, 64 bits (<http://www.isthe.com/chongo/tech/comp/fnv/>): stable across Rust versions and platforms, which
/// the standard library's hasher does not promise.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Corpus {
    /// The version of this corpus (references are kept sorted by id, so the fingerprint does not depend on the
    /// order the files were read in).
    pub fn version(&self) -> CorpusVersion {
        let hash = self.refs.iter().fold(0xcbf2_9ce4_8422_2325, |h, r| {
            let h = fnv1a(h, r.id.as_bytes());
            let h = fnv1a(h, &[0]);
            let h = fnv1a(h, r.doc.source.as_bytes());
            fnv1a(h, &[0])
        });
        CorpusVersion {
            origin: self.origin.clone(),
            count: self.refs.len(),
            fingerprint: format!("{hash:016x}"),
        }
    }
}

impl CorpusVersion {
    /// « corpus intégré à charte : 25 chartes de référence, empreinte 0123456789abcdef ».
    pub fn describe(&self, lang: Lang) -> String {
        let n = self.count.to_string();
        match &self.origin {
            Origin::Embedded => fill(
                lang,
                "corpus.version_embedded",
                &[("n", &n), ("fingerprint", &self.fingerprint)],
            ),
            Origin::Folder(d) => fill(
                lang,
                "corpus.version_folder",
                &[
                    ("n", &n),
                    ("fingerprint", &self.fingerprint),
                    ("folder", &d.display().to_string()),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Corpus;

    #[test]
    fn the_fingerprint_follows_the_texts() {
        let embedded = Corpus::embedded();
        let v = embedded.version();
        assert_eq!(v.count, embedded.len());
        assert_eq!(v.fingerprint.len(), 16);
        assert_eq!(v, embedded.version());
        let mut changed = embedded.clone();
        changed.refs[0].doc.source.push('.');
        assert_ne!(changed.version().fingerprint, v.fingerprint);
        let mut fewer = embedded.clone();
        fewer.refs.pop();
        assert_ne!(fewer.version().fingerprint, v.fingerprint);
    }
}
