// The corpus as the pipeline sees it, from `dossier export`, so browser tests
// assert against the real extraction instead of copied strings; and sites
// built from other folders with `dossier build` over the one app in dist/.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/**
 * `dossier export DIR` parsed; DIR defaults to the seed corpus. `$DOSSIER_BIN`
 * names a prebuilt `dossier` binary; otherwise cargo runs the workspace's.
 */
export function exportCorpus(dir = path.join(ROOT, "articles")) {
  const [cmd, ...pre] = dossier();
  const out = execFileSync(cmd, [...pre, "export", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/** The `dossier` command: `$DOSSIER_BIN`, or the workspace's through cargo. */
export function dossier() {
  return process.env.DOSSIER_BIN ? [process.env.DOSSIER_BIN] : ["cargo", "run", "-q", "-p", "dossier-corpus", "--"];
}

/**
 * `dossier build DIR --app dist --out OUT`: the site for another folder of
 * articles, from the app that `trunk build` left in dist/ (the same Wasm for
 * every corpus). Throws, with dossier's report, if the build fails.
 */
export function buildSite(dir, out) {
  const [cmd, ...pre] = dossier();
  execFileSync(cmd, [...pre, "build", dir, "--app", path.join(ROOT, "dist"), "--out", out], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  return out;
}
