// Build-side helpers of the explorer benchmark: generate a synthetic corpus
// with the `dossier` CLI, build the app once with Trunk (into a folder of our
// own, never the repository's dist/), write each corpus's site from it with
// `dossier build`, and weigh the result raw and gzipped.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** PATH with the project's tools first: wasm-opt (npm) and cargo's bin (trunk, wasm-bindgen). */
export function toolPath() {
  const cargoBin = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), ".cargo"), "bin");
  return [path.join(ROOT, "node_modules", ".bin"), cargoBin, process.env.PATH ?? ""].join(path.delimiter);
}

/**
 * Runs a command from the repository root, its output going to `log` (its
 * standard output to the file `stdout` instead, when given).
 * Resolves with `{ ok, seconds, code, timedOut }`; kills the command after `timeoutS`.
 */
export function runLogged(program, args, { env = {}, log, stdout, timeoutS = 1800 } = {}) {
  return new Promise((resolve) => {
    const out = fs.openSync(log, "w");
    const data = stdout ? fs.openSync(stdout, "w") : out;
    const started = performance.now();
    const child = spawn(program, args, {
      cwd: ROOT,
      env: { ...process.env, PATH: toolPath(), ...env },
      stdio: ["ignore", data, out],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, timeoutS * 1000);
    const finish = (code) => {
      clearTimeout(timer);
      fs.closeSync(out);
      if (data !== out) fs.closeSync(data);
      resolve({ ok: code === 0 && !timedOut, code, timedOut, seconds: (performance.now() - started) / 1000 });
    };
    child.on("error", () => finish(-1));
    child.on("exit", (code) => finish(code));
  });
}

/** The last lines of a build log that are not per-file corpus warnings. */
export function logTail(log, lines = 25) {
  const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
  return text
    .split("\n")
    .filter((l) => !l.includes("warning: dossier-app@"))
    .slice(-lines)
    .join("\n");
}

/** `dossier generate --articles n --seed 7 dir` (deterministic). */
export async function generate(n, dir, log) {
  fs.rmSync(dir, { recursive: true, force: true });
  return runLogged(
    "cargo",
    ["run", "--release", "--quiet", "-p", "dossier-corpus", "--", "generate", "--articles", String(n), "--seed", "7", dir],
    { log },
  );
}

/**
 * The app, built once for every corpus: `trunk build --release --offline
 * --dist out`, and the release `dossier` binary that writes each corpus's data.
 */
export async function buildApp(out, log, timeoutS) {
  fs.rmSync(out, { recursive: true, force: true });
  const app = await runLogged("trunk", ["build", "--release", "--offline", "--dist", out], { log, timeoutS });
  if (!app.ok) return app;
  const cli = await runLogged("cargo", ["build", "--release", "--quiet", "-p", "dossier-corpus", "--bin", "dossier"], {
    log: `${log}.dossier`,
    timeoutS,
  });
  return { ...cli, seconds: app.seconds + cli.seconds };
}

/** The release `dossier` binary buildApp made: under $CARGO_TARGET_DIR when set, as for cargo. */
function dossierBin() {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target");
  return path.join(target, "release", "dossier");
}

/** `dossier export --format timelinejs articles > out`: the events as TimelineJS3 JSON. */
export async function exportTimeline(articles, out, log, timeoutS) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  return runLogged(dossierBin(), ["export", "--format", "timelinejs", articles], { log, stdout: out, timeoutS });
}

/**
 * `dossier build articles --app app --out out` under GNU time: resolves with
 * runLogged's result plus `peakMb`, the build's peak resident memory.
 */
export async function buildSite(articles, app, out, log, timeoutS) {
  fs.rmSync(out, { recursive: true, force: true });
  const run = await runLogged("/usr/bin/time", ["-f", "PEAK_KB %M", dossierBin(), "build", articles, "--app", app, "--out", out], {
    log,
    timeoutS,
  });
  const peak = /PEAK_KB (\d+)/.exec(fs.readFileSync(log, "utf8"));
  return { ...run, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

const KINDS = [".html", ".js", ".wasm", ".css"];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name.startsWith(".") ? [] : files(p)) : [p];
  });
}

/**
 * Raw and gzipped (level 9) bytes of a site per kind of app file (html, js,
 * wasm, css), their total (the app, the same for every corpus), the corpus
 * data files (`data/`) with how many there are and the head among them (the
 * one fetched at start), and every file together.
 */
export function weigh(dist) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k.slice(1), { raw: 0, gz: 0 }]));
  const all = { raw: 0, gz: 0 };
  const data = { raw: 0, gz: 0, files: 0 };
  const head = { raw: 0, gz: 0 };
  for (const f of files(dist)) {
    const body = fs.readFileSync(f);
    const gz = zlib.gzipSync(body, { level: 9 }).length;
    all.raw += body.length;
    all.gz += gz;
    const k = path.extname(f);
    if (path.basename(path.dirname(f)) === "data") {
      data.raw += body.length;
      data.gz += gz;
      data.files += 1;
      if (path.basename(f).startsWith("corpus.")) {
        head.raw += body.length;
        head.gz += gz;
      }
    } else if (KINDS.includes(k)) {
      byKind[k.slice(1)].raw += body.length;
      byKind[k.slice(1)].gz += gz;
    }
  }
  const page = Object.values(byKind).reduce((t, x) => ({ raw: t.raw + x.raw, gz: t.gz + x.gz }), { raw: 0, gz: 0 });
  return { byKind, page, data, head, all };
}
