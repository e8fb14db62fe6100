//! The reference corpus and what is built on it: the reference charters (embedded, or a folder of the user's with
//! `--references`), a charter compared with its nearest reference ([`diff`]), the topic × charter coverage matrix
//! ([`compare`]), a starting charter from the clauses the references share ([`init`]), and a corpus built from a
//! folder of member charters ([`build`]).

pub use crate::corpus::{
    kind_id, kind_label, load_or_embedded, Analysed, Corpus, LoadError, Nature, Reference, State,
    Texte,
};
pub use crate::model::KindOfBody;

/// `charte diff`: a charter against its nearest reference charter, or the one given.
pub mod diff {
    pub use crate::references::diff::{diff, render, ChangeKind, DiffReport, FORMATS};
}

/// `charte compare`: the topic × charter coverage matrix of several charters (and of the references).
pub mod compare {
    pub use crate::references::compare::{compare, render, Matrix, FORMATS};
}

/// `charte init`: a starting charter built from the clauses the reference charters share.
pub mod init {
    pub use crate::references::init::{generate, parse_kind, InitOptions};
}

/// `charte refs build`: a folder of member charters made into a reference corpus, one file per charter and a README.
pub mod build {
    pub use crate::references::build::{entry, manifest, Entry};
}
