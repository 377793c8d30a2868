//! `dossier`: the corpus command line. `export` prints the corpus as JSON,
//! `check` prints the build report and fails on errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  dossier export DIR     print the corpus as JSON on stdout
  dossier check DIR      print the build report; exit 1 on errors";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match (cmd, rest) {
        ("export", [dir]) => with_build(dir, |b| {
            out(&dossier_corpus::export::to_json(&b.corpus));
            eprint!("{}", b.report);
            ExitCode::SUCCESS
        }),
        ("check", [dir]) => with_build(dir, |b| {
            out(&b.report.to_string());
            if b.report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn with_build(dir: &str, f: impl FnOnce(&dossier_corpus::Build) -> ExitCode) -> ExitCode {
    match dossier_corpus::build(&PathBuf::from(dir)) {
        Ok(b) => f(&b),
        Err(e) => {
            eprintln!("dossier: cannot read folder {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes to stdout; a closed pipe (`dossier export | head`) is not an error.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}", text.trim_end());
}
