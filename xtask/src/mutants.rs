//! `cargo xtask mutants`: mutation testing as a measure of the tests. Runs
//! cargo-mutants on the explorer logic and the model, one crate at a time,
//! and prints how many mutants the tests caught, missed, timed out on, or
//! could not build. A benchmark: `cargo xtask test` and CI never run it.

use crate::{setup, tool};
use std::path::Path;

/// The crates measured, with their folder and the files mutated by default.
/// An empty list means every file of the crate.
const CRATES: &[(&str, &str, &[&str])] = &[
    (
        "dossier-explore",
        "crates/explore/",
        &[
            "crates/explore/src/filter.rs",
            "crates/explore/src/facets.rs",
            "crates/explore/src/url.rs",
            "crates/explore/src/timeline.rs",
        ],
    ),
    ("dossier-model", "crates/model/", &[]),
];

/// Seconds a mutant's tests may run before it counts as a timeout.
const TIMEOUT: &str = "60";
/// Mutants built and tested at once (this project's machines have 2 cores).
const JOBS: &str = "2";

/// `files` (from `--file PATH`, repeatable) replaces the default files; a
/// crate none of them belongs to is skipped.
pub fn mutants(root: &Path, files: &[String]) -> Result<(), String> {
    setup::ensure_cargo_mutants(root)?;
    let mut figures = Vec::new();
    for (package, folder, defaults) in CRATES {
        let chosen: Vec<String> = if files.is_empty() {
            defaults.iter().map(|f| f.to_string()).collect()
        } else {
            let mine: Vec<String> = files.iter().filter(|f| f.starts_with(folder)).cloned().collect();
            if mine.is_empty() {
                continue;
            }
            mine
        };
        let out = root.join("target/mutants").join(package);
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let mut cmd = tool(root, "cargo");
        cmd.args(["mutants", "--package", package, "--timeout", TIMEOUT, "--jobs", JOBS, "--output"]).arg(&out);
        for file in &chosen {
            cmd.args(["--file", file]);
        }
        eprintln!("xtask: $ cargo mutants --package {package} ({} file filter(s))", chosen.len());
        // cargo-mutants exits non-zero when mutants are missed or time out;
        // that is a result, not a failure. Only a missing report is.
        let status = cmd.status().map_err(|e| format!("cannot start cargo mutants: {e}"))?;
        let report = out.join("mutants.out");
        if !report.join("caught.txt").exists() {
            return Err(format!("cargo mutants on {package} wrote no report ({status})"));
        }
        figures.push((package, Counts::read(&report)));
    }
    println!("mutants: crate, caught, missed, timeout, unviable, caught share of viable");
    for (package, c) in &figures {
        let viable = c.caught + c.missed + c.timeout;
        let share = if viable == 0 { 0.0 } else { 100.0 * c.caught as f64 / viable as f64 };
        println!(
            "MUTANTS {package}: caught {} missed {} timeout {} unviable {} ({share:.1}% of {viable} viable caught)",
            c.caught, c.missed, c.timeout, c.unviable
        );
    }
    Ok(())
}

struct Counts {
    caught: usize,
    missed: usize,
    timeout: usize,
    unviable: usize,
}

impl Counts {
    /// cargo-mutants lists each outcome's mutants one a line in `<outcome>.txt`.
    fn read(report: &Path) -> Counts {
        let count = |name: &str| {
            std::fs::read_to_string(report.join(name))
                .map(|text| text.lines().filter(|l| !l.trim().is_empty()).count())
                .unwrap_or(0)
        };
        Counts {
            caught: count("caught.txt"),
            missed: count("missed.txt"),
            timeout: count("timeout.txt"),
            unviable: count("unviable.txt"),
        }
    }
}
