//! `dossier`: the corpus command line over the same pipeline the site's build
//! runs. `export` prints the corpus, `check` the build report, `generate`
//! writes a synthetic corpus.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  dossier export [--format json|timelinejs|csv] DIR   print the corpus on stdout (default JSON)
  dossier check DIR                                  print the build report; exit 1 on errors
  dossier generate --articles N [--seed S] OUT_DIR   write N synthetic articles";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["export", rest @ ..] => export(rest),
        ["check", dir] => with_build(dir, |b| {
            out(&b.report.to_string());
            if b.report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }),
        ["generate", rest @ ..] => generate(rest),
        _ => usage(),
    }
}

fn export(args: &[&str]) -> ExitCode {
    let (format, dir) = match args {
        [dir] => ("json", *dir),
        ["--format", f, dir] => (*f, *dir),
        _ => return usage(),
    };
    let render: fn(&dossier_corpus::Corpus) -> String = match format {
        "json" => dossier_corpus::export::to_json,
        "timelinejs" => dossier_corpus::export::events::to_timelinejs,
        "csv" => dossier_corpus::export::events::to_csv,
        other => {
            eprintln!("dossier: unknown format {other:?}; expected json, timelinejs or csv");
            return ExitCode::from(2);
        }
    };
    with_build(dir, |b| {
        out(&render(&b.corpus));
        eprint!("{}", b.report);
        if b.report.has_errors() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    })
}

fn generate(args: &[&str]) -> ExitCode {
    let mut n = None;
    let mut seed = 1u64;
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "--articles" => n = it.next().and_then(|v| v.parse::<usize>().ok()),
            "--seed" => match it.next().and_then(|v| v.parse().ok()) {
                Some(s) => seed = s,
                None => return usage(),
            },
            d if dir.is_none() && !d.starts_with('-') => dir = Some(d),
            _ => return usage(),
        }
    }
    let (Some(n), Some(dir)) = (n, dir) else { return usage() };
    match dossier_corpus::generate::write(&PathBuf::from(dir), n, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: cannot generate into {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
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
