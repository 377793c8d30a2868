//! Idempotent tool set-up. Each step checks what is there (and its version)
//! before installing, so a machine that has everything pays a few `--version`
//! calls. Versions: Trunk is pinned; wasm-bindgen-cli follows Cargo.lock.

use crate::{run, tool};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// geckodriver (crates.io) drives Firefox ESR in the cross-browser smoke suite.
pub const GECKODRIVER_VERSION: &str = "0.37.1";
/// Debian packages the browser tests need, each with a file that proves it is
/// installed: Chromium and its driver, Firefox ESR, WebKitGTK's WebDriver (its
/// MiniBrowser needs a display, hence Xvfb).
const APT_TEST: &[(&str, &str)] = &[
    ("chromium", "/usr/bin/chromium"),
    ("chromium-driver", "/usr/bin/chromedriver"),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/Xvfb"),
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// What `serve` and `dist` need.
    Build,
    /// Plus browsers and test drivers.
    Test,
}

pub fn ensure(root: &Path, level: Level) -> Result<(), String> {
    ensure_wasm_target(root)?;
    ensure_trunk(root)?;
    ensure_wasm_bindgen(root)?;
    ensure_npm(root)?;
    if level >= Level::Test {
        ensure_apt(APT_TEST)?;
        ensure_geckodriver(root)?;
    }
    Ok(())
}

/// `node_modules/.bin` and `~/.cargo/bin` ahead of the inherited PATH.
pub fn tool_path(root: &Path) -> String {
    let mut parts = vec![root.join("node_modules/.bin"), cargo_bin()];
    parts.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(parts).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
}

fn cargo_bin() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(h) => PathBuf::from(h).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// The first line a tool prints for `--version`, or `None` when it is absent.
fn version_of(root: &Path, program: &str) -> Option<String> {
    let out = tool(root, program).arg("--version").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").trim().to_string())
}

fn ensure_wasm_target(root: &Path) -> Result<(), String> {
    let out = tool(root, "rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup is needed: {e}"))?;
    if String::from_utf8_lossy(&out.stdout).lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    run(tool(root, "rustup").args(["target", "add", WASM_TARGET]))
}

fn ensure_trunk(root: &Path) -> Result<(), String> {
    if version_of(root, "trunk").as_deref() == Some(&format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    eprintln!("xtask: installing Trunk {TRUNK_VERSION} (compiles from source; about 15 minutes)");
    run(tool(root, "cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

fn ensure_geckodriver(root: &Path) -> Result<(), String> {
    let have = version_of(root, "geckodriver").unwrap_or_default();
    if have.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}")) {
        return Ok(());
    }
    eprintln!("xtask: installing geckodriver {GECKODRIVER_VERSION}");
    run(tool(root, "cargo").args([
        "install",
        "geckodriver",
        "--version",
        &format!("={GECKODRIVER_VERSION}"),
        "--force",
    ]))
}

/// cargo-mutants, for `cargo xtask mutants` only (never part of `ensure`):
/// installed when `cargo mutants --version` fails, any version.
pub fn ensure_cargo_mutants(root: &Path) -> Result<(), String> {
    let found = tool(root, "cargo").args(["mutants", "--version"]).output().map(|o| o.status.success());
    if found.unwrap_or(false) {
        return Ok(());
    }
    eprintln!("xtask: installing cargo-mutants (compiles from source; a few minutes)");
    run(tool(root, "cargo").args(["install", "cargo-mutants", "--locked"]))
}

/// wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
/// Installed without `--locked`: its own lock file pins crates this
/// toolchain's index copy does not have.
fn ensure_wasm_bindgen(root: &Path) -> Result<(), String> {
    let want = locked_version(root, "wasm-bindgen")?;
    if version_of(root, "wasm-bindgen").as_deref() == Some(&format!("wasm-bindgen {want}")) {
        return Ok(());
    }
    eprintln!("xtask: installing wasm-bindgen-cli {want} (matches Cargo.lock)");
    run(tool(root, "cargo").args(["install", "wasm-bindgen-cli", "--version", &format!("={want}"), "--force"]))
}

/// A package's version in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(v) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// wasm-opt (binaryen), playwright-core, axe-core and TimelineJS3 (the
/// benchmark's comparison) come from npm, pinned by package-lock.json. `npm ci`
/// runs only when node_modules is missing or older than the lock file.
fn ensure_npm(root: &Path) -> Result<(), String> {
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (
        std::fs::metadata(&stamp).and_then(|m| m.modified()),
        std::fs::metadata(&lock).and_then(|m| m.modified()),
    ) {
        (Ok(s), Ok(l)) => s >= l,
        _ => false,
    };
    if fresh && root.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    run(tool(root, "npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// Installs Debian packages whose marker file is missing; `apt-get update` runs
/// once, only when something is missing. Uses sudo when not root.
fn ensure_apt(packages: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = packages.iter().filter(|(_, f)| !Path::new(f).exists()).map(|(p, _)| *p).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let root_user = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut cmd = if root_user { Command::new("apt-get") } else { Command::new("sudo") };
        if !root_user {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update"])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(&missing);
    apt(&args)
}
