//! Features built on the reference corpus ([`crate::corpus`]), clients of the engine and of the output layer:
//! [`diff`] (one charter against its nearest reference), [`compare`] (topic × charter matrix), [`init`] (a starting
//! charter) and [`build`] (`charte refs build`: a folder of charters made a corpus).

pub mod build;
pub mod compare;
pub mod diff;
mod html;
pub mod init;
