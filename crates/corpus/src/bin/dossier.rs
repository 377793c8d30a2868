//! `dossier`: the corpus command line. `build` writes a publishable site (the
//! prebuilt app plus the corpus data), `export` prints the corpus, `check` the
//! build report, `generate` writes a synthetic corpus.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  dossier build DIR --out SITE [--app APP]           write the site for the articles in DIR
  dossier build DIR --single-file --out FILE.html    the site as one HTML file that opens from
                                                     disk (no CSP possible; see the README)
                                                     (APP: the prebuilt explorer; default
                                                     $DOSSIER_APP, else `dossier-app/` beside
                                                     this program, else ../share/dossier/app)
  dossier export [--format json|timelinejs|csv] DIR   print the corpus on stdout (default JSON)
  dossier check DIR                                  print the build report; exit 1 on errors
  dossier generate --articles N [--seed S] OUT_DIR   write N synthetic articles";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["build", rest @ ..] => build(rest),
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

/// Report lines `dossier build` prints besides errors and skipped files.
const REPORT_LINES: usize = 20;

fn build(args: &[&str]) -> ExitCode {
    let mut dir = None;
    let mut out_dir = None;
    let mut app = None;
    let mut single = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "--out" => out_dir = it.next().map(PathBuf::from),
            "--single-file" => single = true,
            "--app" => app = it.next().map(PathBuf::from),
            d if dir.is_none() && !d.starts_with('-') => dir = Some(d),
            _ => return usage(),
        }
    }
    let (Some(dir), Some(out_dir)) = (dir, out_dir) else { return usage() };
    let Some(app) = app.or_else(default_app) else {
        eprintln!(
            "dossier: no prebuilt explorer found; install it with `cargo xtask install`, or pass --app DIR \
             (a site built by `cargo xtask dist`), or set DOSSIER_APP"
        );
        return ExitCode::FAILURE;
    };
    with_build(dir, |b| {
        eprint!("{}", b.report.summary(REPORT_LINES));
        if b.report.has_errors() {
            eprintln!("dossier: the site was not written, because of the errors above");
            return ExitCode::FAILURE;
        }
        let stages: Vec<String> =
            b.timings.iter().map(|(stage, t)| format!("{stage} {:.2} s", t.as_secs_f64())).collect();
        eprintln!("dossier: {}", stages.join(", "));
        let started = std::time::Instant::now();
        let n = b.corpus.articles.len();
        let written = if single {
            dossier_corpus::site::write_single_file(b.corpus, &app, &out_dir)
                .map(|bytes| format!("{} ({n} articles, {bytes} bytes)", out_dir.display()))
        } else {
            dossier_corpus::site::write(b.corpus, &app, &out_dir).map(|w| {
                format!(
                    "{} ({n} articles, {} bytes of data in {} files, head {})",
                    out_dir.display(),
                    w.bytes,
                    w.files,
                    w.data
                )
            })
        };
        eprintln!("dossier: site written in {:.2} s", started.elapsed().as_secs_f64());
        match written {
            Ok(what) => {
                eprintln!("dossier: wrote {what}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("dossier: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

/// `$DOSSIER_APP`, else a `dossier-app/` folder beside the executable (an
/// unpacked archive), else `../share/dossier/app` from it (where `cargo xtask
/// install` puts it, as Unix packages do).
fn default_app() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOSSIER_APP") {
        return Some(PathBuf::from(dir));
    }
    let exe = std::env::current_exe().ok()?;
    let bin = exe.parent()?;
    [bin.join("dossier-app"), bin.join("../share/dossier/app")].into_iter().find(|d| d.join("index.html").exists())
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

fn with_build(dir: &str, f: impl FnOnce(dossier_corpus::Build) -> ExitCode) -> ExitCode {
    // A progress bar on a terminal, never in CI logs (indicatif already
    // draws nothing when stderr is not a terminal).
    let progress = std::env::var_os("CI").is_none();
    match dossier_corpus::build_with(&PathBuf::from(dir), progress) {
        Ok(b) => f(b),
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
