//! Features built on the reference corpus ([`crate::corpus`]), clients of the engine and of the output layer:
//! [`diff`] (one charter against its nearest reference), [`compare`] (topic × charter matrix), [`init`] (a starting
//! charter) and [`build`] (`charte refs build`: a folder of charters made a corpus).

pub(crate) mod build;
pub(crate) mod compare;
pub(crate) mod diff;
mod html;
pub(crate) mod init;
