//! The `charte` binary: parse arguments, run, map the status to the exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = charte::cli::Cli::parse();
    ExitCode::from(charte::cli::run(cli) as u8)
}
