// The app is compiled once and is the same for every corpus: building it with
// a generated 1,000-article corpus gives a Wasm and JS glue byte-identical to
// those of dist/ (built on the seeds); only data/ (there a head and shards)
// and index.html's corpus link differ.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dossier } from "./lib/corpus.mjs";
import { DIST } from "./lib/browser.mjs";
import { ROOT, toolPath } from "../bench/lib/build.mjs";

/** File name to SHA-256 of every .wasm and .js at the top of a site. */
function digests(dir) {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".wasm") || f.endsWith(".js"))
      .sort()
      .map((f) => [f, crypto.createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex")]),
  );
}

test("the Wasm and JS are byte-identical for the seeds and a generated 1,000-article corpus", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-identical-"));
  try {
    const articles = path.join(work, "articles");
    const site = path.join(work, "site");
    const [cmd, ...pre] = dossier();
    execFileSync(cmd, [...pre, "generate", "--articles", "1000", "--seed", "7", articles], { cwd: ROOT, stdio: "ignore" });
    execFileSync("trunk", ["build", "--release", "--offline", "--dist", site], {
      cwd: ROOT,
      env: { ...process.env, PATH: toolPath(), DOSSIER_ARTICLES: articles },
      stdio: "ignore",
    });
    const seeds = digests(DIST);
    const generated = digests(site);
    assert.ok(Object.keys(seeds).some((f) => f.endsWith(".wasm")), "dist/ holds a Wasm");
    assert.deepEqual(generated, seeds);
    const heads = (dir) => fs.readdirSync(path.join(dir, "data")).filter((f) => f.startsWith("corpus."));
    assert.equal(heads(site).length, 1, "one head");
    assert.ok(fs.readdirSync(path.join(site, "data")).some((f) => f.startsWith("body.")), "1,000 articles are sharded");
    assert.notDeepEqual(heads(site), heads(DIST), "the two corpora have different data files");
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
