//! Builds the corpus at compile time and embeds it: runs the corpus pipeline
//! over `articles/` (or `$DOSSIER_ARTICLES`) and writes the encoded bundle to
//! `$OUT_DIR/corpus.bin`, which `src/data.rs` includes.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=DOSSIER_ARTICLES");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var_os("DOSSIER_ARTICLES") {
        Some(d) => manifest.join(d),
        None => manifest.join("articles"),
    };
    // A directory path makes cargo rescan every file below it for changes.
    println!("cargo:rerun-if-changed={}", dir.display());

    let build = match dossier_corpus::build(&dir) {
        Ok(b) => b,
        Err(e) => fail(&format!("cannot read the corpus folder {}: {e}", dir.display())),
    };
    if build.report.has_errors() {
        fail(&format!("the corpus in {} has errors:\n{}", dir.display(), build.report));
    }
    // Skipped files and warnings show in cargo's output; nothing is dropped silently.
    for file in &build.report.files {
        if let dossier_corpus::FileOutcome::Skipped { reason } = &file.outcome {
            println!("cargo:warning=skipped {}: {reason}", file.file);
            continue;
        }
        for d in file.diagnostics.iter().filter(|d| d.severity == dossier_corpus::Severity::Warning) {
            let line = d.line.map(|l| format!(":{l}")).unwrap_or_default();
            println!("cargo:warning={}{line}: {}", file.file, d.message);
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    if let Err(e) = std::fs::write(&out, dossier_corpus::encode_bundle(&build.corpus)) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

/// Stops the build with a readable report instead of a panic backtrace.
fn fail(message: &str) -> ! {
    eprintln!("dossier: {message}");
    std::process::exit(1);
}
