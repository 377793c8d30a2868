//! `cargo xtask serve | test | dist | install | setup | bench | mutants | kb`: the project's only entry
//! points. Set-up is idempotent: it checks each tool's version and installs
//! only what is missing, so a second run starts at once.

mod kb;
mod mutants;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <command>
  serve [--port N]   set up, build and serve the explorer on the seed corpus
  test               set up everything, then run every test (native and browser)
  dist               set up and build the release site into dist/
  install [--root R] install the `dossier` command (R/bin, default ~/.cargo) and
                     the prebuilt explorer it publishes (R/share/dossier/app)
  setup [--test]     install missing tools only
  bench              run the benchmarks and print their figures
  mutants [--file P] mutation testing of dossier-explore and dossier-model
                     (cargo-mutants, bounded); prints the counts per crate
  kb [--check]       regenerate crates/corpus/data/countries.tsv from the npm
                     package world-countries and countries-extra.tsv, and
                     person-names.tsv and legal-forms.txt from @faker-js/faker";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    std::env::set_current_dir(&root).expect("the workspace root exists");
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&root, port(&args)),
        Some("test") => test(&root),
        Some("dist") => {
            setup::ensure(&root, setup::Level::Build).and_then(|()| fetch(&root)).and_then(|()| dist(&root))
        }
        Some("install") => install(&root, args.windows(2).find(|w| w[0] == "--root").map(|w| PathBuf::from(&w[1]))),
        Some("setup") => setup::ensure(
            &root,
            if args.iter().any(|a| a == "--test") { setup::Level::Test } else { setup::Level::Build },
        ),
        Some("bench") => bench(&root),
        Some("mutants") => mutants::mutants(&root, &files(&args)),
        Some("kb") => kb::kb(&root, args.iter().any(|a| a == "--check")),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

fn port(args: &[String]) -> u16 {
    args.windows(2).find(|w| w[0] == "--port").and_then(|w| w[1].parse().ok()).unwrap_or(8080)
}

/// Every `--file PATH` argument.
fn files(args: &[String]) -> Vec<String> {
    args.windows(2).filter(|w| w[0] == "--file").map(|w| w[1].clone()).collect()
}

/// Runs a command with the project's tool PATH, failing with its name.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("xtask: $ {shown}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// A command that finds the project's tools: `node_modules/.bin` (wasm-opt)
/// and cargo's bin folder come first on PATH.
pub fn tool(root: &Path, program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("PATH", setup::tool_path(root)).current_dir(root);
    cmd
}

/// Downloads crates once, so the `--offline` builds below never touch the network.
fn fetch(root: &Path) -> Result<(), String> {
    run(tool(root, "cargo").args(["fetch"]))
}

/// The release site in dist/: the app, built once for any corpus, plus the
/// data of `articles/` (or `$DOSSIER_ARTICLES`), written by Trunk's
/// post-build hook (Trunk.toml). Trunk finds wasm-bindgen and wasm-opt on
/// PATH and downloads nothing.
fn dist(root: &Path) -> Result<(), String> {
    run(tool(root, "trunk").args(["build", "--release", "--offline"]))
}

/// `dossier` and, beside it in `share/dossier/app`, the app it copies into
/// every site (`dossier build` looks there), so users publish with the one
/// binary and no Rust toolchain.
fn install(root: &Path, prefix: Option<PathBuf>) -> Result<(), String> {
    setup::ensure(root, setup::Level::Build)?;
    fetch(root)?;
    dist(root)?;
    let prefix = match prefix {
        Some(p) => p,
        None => std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
            .ok_or("no --root given and neither CARGO_HOME nor HOME is set")?,
    };
    run(tool(root, "cargo")
        .args(["install", "--offline", "--locked", "--force", "--path", "crates/corpus", "--root"])
        .arg(&prefix))?;
    let app = prefix.join("share/dossier/app");
    let _ = std::fs::remove_dir_all(&app);
    copy_tree(&root.join("dist"), &app)?;
    let _ = std::fs::remove_dir_all(app.join("data"));
    eprintln!("xtask: installed {} and its app in {}", prefix.join("bin/dossier").display(), app.display());
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

fn serve(root: &Path, port: u16) -> Result<(), String> {
    setup::ensure(root, setup::Level::Build)?;
    fetch(root)?;
    eprintln!(
        "xtask: serving the explorer at http://127.0.0.1:{port}/ (Ctrl-C to stop; edits to the articles rebuild)"
    );
    let mut cmd = tool(root, "trunk");
    cmd.args(["serve", "--release", "--offline", "--address", "127.0.0.1", "--port", &port.to_string()]);
    // A folder outside the repository is not in Trunk.toml's watch list;
    // `--watch` replaces that list, so it is given in full plus the folder.
    if let Some(articles) = std::env::var_os("DOSSIER_ARTICLES") {
        for path in ["index.html", "src", "style", "crates", "Cargo.toml"] {
            cmd.args(["--watch", path]);
        }
        cmd.arg("--watch").arg(root.join(articles));
    }
    run(&mut cmd)
}

fn test(root: &Path) -> Result<(), String> {
    setup::ensure(root, setup::Level::Test)?;
    fetch(root)?;
    run(tool(root, "cargo").args(["fmt", "--all", "--check"]))?;
    // The generated knowledge base matches its package and the hand-kept extras.
    kb::kb(root, true)?;
    run(tool(root, "cargo").args([
        "clippy",
        "--workspace",
        "--exclude",
        "dossier-app",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(tool(root, "cargo").args([
        "clippy",
        "-p",
        "dossier-app",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(tool(root, "cargo").args(["test", "--workspace", "--exclude", "dossier-app", "--exclude", "dossier-corpus"]))?;
    // The corpus tests include the gold scores; show their output so the
    // `SCORE …` lines are in the log even when every test passes.
    run(tool(root, "cargo").args(["test", "-p", "dossier-corpus", "--", "--show-output"]))?;
    dist(root)?;
    // The app in dist/ is the same for every corpus; other sites are its
    // files plus another corpus's data, written by `dossier build`. The
    // discriminating fixture's site is built once for the suites that assert
    // exact counts on it (tests/e2e/lib/fixture.mjs).
    run(tool(root, "cargo").args(["build", "-p", "dossier-corpus", "--bin", "dossier"]))?;
    let dossier = root.join("target/debug/dossier");
    let fixture = root.join("target/fixture-dist");
    run(Command::new(&dossier)
        .arg("build")
        .arg(root.join("tests/fixtures/discriminating"))
        .arg("--app")
        .arg(root.join("dist"))
        .arg("--out")
        .arg(&fixture))?;
    run(tool(root, "node")
        .args(["--test", "--test-concurrency=1", "tests/e2e/"])
        .env("DOSSIER_FIXTURE_DIST", &fixture)
        .env("DOSSIER_BIN", &dossier))
}

/// Build-time throughput on a generated 10,000-article corpus, one core:
/// ingestion and the whole pipeline (files to bundle), actors, then time and events; saved web pages (the development pages,
/// ingestion alone and files to bundle); the explorer logic natively at scale (the
/// `scale` example of dossier-explore, when present); then the explorer in
/// headless Chromium on 1,000 and 10,000 articles (`tests/bench/`: first
/// cards, search and actor-toggle latency, dist sizes). Each prints its own
/// figures; none asserts on time.
fn bench(root: &Path) -> Result<(), String> {
    for example in ["bench_ingest", "bench_actors", "bench_events", "bench_html"] {
        run(tool(root, "cargo").args(["run", "--release", "-p", "dossier-corpus", "--example", example]))?;
    }
    if root.join("crates/explore/examples/scale.rs").exists() {
        for n in ["1000", "10000"] {
            let dir = std::env::temp_dir().join(format!("dossier-bench-scale-{n}"));
            let _ = std::fs::remove_dir_all(&dir);
            let shown = dir.to_string_lossy().into_owned();
            run(tool(root, "cargo").args([
                "run",
                "--release",
                "-p",
                "dossier-corpus",
                "--",
                "generate",
                "--articles",
                n,
                "--seed",
                "7",
                &shown,
            ]))?;
            let scaled = run(tool(root, "cargo").args([
                "run",
                "--release",
                "-p",
                "dossier-explore",
                "--example",
                "scale",
                "--",
                &shown,
            ]));
            let _ = std::fs::remove_dir_all(&dir);
            scaled?;
        }
    }
    // The browser benchmark builds its own dists (Trunk, offline) and drives
    // Debian's Chromium, so it needs the test tools and fetched crates.
    setup::ensure(root, setup::Level::Test)?;
    fetch(root)?;
    run(tool(root, "node").args(["tests/bench/explorer.bench.mjs"]))
}
