//! The `charte` binary: parse arguments (in the chosen language), run, map the status to the exit code. The command
//! line (`cli/`) is the binary's own code, a client of the library's public API like any other program.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::localize::parse(std::env::args_os().collect()) {
        Ok(cli) => ExitCode::from(cli::run(cli) as u8),
        Err(code) => ExitCode::from(code),
    }
}
