// axe-core accessibility check of the current page state. The source is run
// with page.evaluate (not a script tag), so the strict CSP stays meaningful.
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Asserts that axe-core finds no violations in `page` (or frame) now. */
export async function axe(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: tags } }),
  TAGS);
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(found, [], `axe violations in ${label}`);
}
