// The corpus as the pipeline sees it, from `dossier export`, so browser tests
// assert against the real extraction instead of copied strings.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** `dossier export DIR` parsed; DIR defaults to the seed corpus. */
export function exportCorpus(dir = path.join(ROOT, "articles")) {
  const out = execFileSync("cargo", ["run", "-q", "-p", "dossier-corpus", "--", "export", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out);
}
