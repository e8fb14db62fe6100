//! The `charte` binary: parse arguments (in the chosen language), run, map the status to the exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    match charte::cli::localize::parse(std::env::args_os().collect()) {
        Ok(cli) => ExitCode::from(charte::cli::run(cli) as u8),
        Err(code) => ExitCode::from(code),
    }
}
