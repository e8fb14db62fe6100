//! Files in and out, the way every command reads and writes them: an input read with the real reason of a failure
//! (a folder, a FIFO, no permission…), a report written atomically and never over an input, and the folder walk of
//! `charte check` (`.gitignore`, `.charteignore`, `--exclude`, READMEs and hidden files left out).

pub use crate::discover::{
    all_files_in, collect, files_in, readable_list, CollectError, Collected,
};
pub use crate::io::{
    check_output, read_input, write_output, Emitted, ReadFailure, WriteError, WriteOptions,
};
pub use crate::parse::is_readable_extension;
