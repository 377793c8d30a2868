// The corpus as the pipeline sees it, from `dossier export`, so browser tests
// assert against the real extraction instead of copied strings.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/**
 * `dossier export DIR` parsed; DIR defaults to the seed corpus. `$DOSSIER_BIN`
 * names a prebuilt `dossier` binary; otherwise cargo runs the workspace's.
 */
export function exportCorpus(dir = path.join(ROOT, "articles")) {
  const [cmd, ...pre] = process.env.DOSSIER_BIN
    ? [process.env.DOSSIER_BIN]
    : ["cargo", "run", "-q", "-p", "dossier-corpus", "--"];
  const out = execFileSync(cmd, [...pre, "export", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out);
}
