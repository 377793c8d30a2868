// Size budget of the built site: the gzipped transfer of dist/ (html, js,
// wasm, css, data) for the seed corpus. Deterministic, so it is a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "./lib/browser.mjs";

/** Budget from the explorer issue; the target is under 76 KB. */
const BUDGET = 150 * 1024;
const TARGET = 76 * 1024;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name.startsWith(".") ? [] : files(p)) : [p];
  });
}

test("gzipped dist/ stays within the 150 KB budget", () => {
  let total = 0;
  const rows = [];
  for (const f of files(DIST)) {
    const gz = zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
    total += gz;
    rows.push(`${path.relative(DIST, f)}: ${(gz / 1024).toFixed(1)} KB`);
  }
  console.log(rows.join("\n"));
  console.log(`SIZE gzipped dist/: ${(total / 1024).toFixed(1)} KB (budget 150 KB, target 76 KB${total <= TARGET ? ", met" : ", not met"})`);
  assert.ok(total > 0, "dist/ is built");
  assert.ok(total <= BUDGET, `gzipped dist/ is ${total} bytes, over the ${BUDGET}-byte budget`);
});
