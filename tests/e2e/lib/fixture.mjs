// The site built from the discriminating fixture corpus, shared by the suites
// that assert exact counts on it. `cargo xtask test` builds it once and names
// it in $DOSSIER_FIXTURE_DIST; run alone, a suite builds it here.
import { buildSite } from "./corpus.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const FIXTURE = path.join(ROOT, "tests", "fixtures", "discriminating");

export function fixtureDist() {
  const ready = process.env.DOSSIER_FIXTURE_DIST;
  if (ready && fs.existsSync(path.join(ready, "index.html"))) return ready;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-fixture-dist-"));
  return buildSite(FIXTURE, dist);
}
