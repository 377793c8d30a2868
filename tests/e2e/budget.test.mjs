// Size budget of the app: the gzipped html, js, wasm and css of dist/, which
// are the same for every corpus (the data in dist/data/ is printed beside it).
// Deterministic, so it is a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "./lib/browser.mjs";

/** Budget from the explorer issue (the 76 KB target was dropped for readable Leptos). */
const BUDGET = 150 * 1024;
const APP = [".html", ".js", ".wasm", ".css"];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name.startsWith(".") ? [] : files(p)) : [p];
  });
}

test("the gzipped app in dist/ stays within the 150 KB budget", () => {
  let app = 0;
  let data = 0;
  const rows = [];
  for (const f of files(DIST)) {
    const gz = zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
    const rel = path.relative(DIST, f);
    if (rel.startsWith(`data${path.sep}`)) data += gz;
    else if (APP.includes(path.extname(f))) app += gz;
    rows.push(`${rel}: ${(gz / 1024).toFixed(1)} KB`);
  }
  console.log(rows.join("\n"));
  console.log(`SIZE gzipped app (html, js, wasm, css): ${(app / 1024).toFixed(1)} KB (budget 150 KB); seed data ${(data / 1024).toFixed(1)} KB`);
  assert.ok(app > 0 && data > 0, "dist/ holds the app and its data");
  assert.ok(app <= BUDGET, `the gzipped app is ${app} bytes, over the ${BUDGET}-byte budget`);
});
