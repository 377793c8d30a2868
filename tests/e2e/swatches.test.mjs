// Actor swatches never collide on screen (issue 18): every actor shown in the
// legend (all of them, after "Show all") has a swatch, colour and shape, of
// its own, and the chips on the cards show the same swatch as the legend.
// Checked on the seeds (22 actors) and on a generated corpus of more than 60.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { buildSite, dossier } from "./lib/corpus.mjs";
import { DIST, launch, openPage, ready, screenshot } from "./lib/browser.mjs";

/** data-actor -> "colour shape" of each legend entry and each card chip on screen. */
async function swatches(page) {
  return page.evaluate(() => {
    const swatch = (el, dot) => {
      const colour = getComputedStyle(el).getPropertyValue("--actor").trim();
      const shape = [...dot.classList].find((c) => c.startsWith("shape-")) ?? "none";
      return `${colour} ${shape}`;
    };
    const legend = [...document.querySelectorAll(".legend button.actor")].map((b) => [
      b.dataset.actor,
      swatch(b, b.querySelector(".swatch")),
    ]);
    const chips = [...document.querySelectorAll("main .chip")].map((c) => [c.dataset.actor, swatch(c, c)]);
    return { legend, chips };
  });
}

async function check(url, minActors, shot) {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await ready(page);
    const more = page.locator("#legend-more");
    if (await more.count()) await more.click();
    const { legend, chips } = await swatches(page);
    assert.ok(legend.length >= minActors, `${legend.length} actors in the legend`);
    // 10 colours x 8 shapes; the generated corpus is sized to stay within.
    assert.ok(legend.length <= 80, `${legend.length} actors: more than the 80 distinct swatches`);
    const owner = new Map();
    for (const [actor, s] of legend) {
      assert.ok(!owner.has(s) || owner.get(s) === actor, `${actor} and ${owner.get(s)} share the swatch ${s}`);
      owner.set(s, actor);
    }
    assert.equal(owner.size, legend.length, "one swatch per legend actor");
    const byActor = new Map(legend);
    assert.ok(chips.length > 0, "the cards show actor chips");
    for (const [actor, s] of chips) assert.equal(s, byActor.get(actor), `the chip of ${actor} matches its legend swatch`);
    await screenshot(page, shot);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
}

test("no two actors of the seed legend share a swatch, and chips match it", async () => {
  const srv = await serve({ root: DIST, prefix: "/s/", headers: { "content-security-policy": STRICT_CSP } });
  try {
    await check(srv.url, 20, "swatches-seeds");
  } finally {
    await srv.close();
  }
});

test("past 60 actors, swatches still differ (colour and shape)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-swatches-"));
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-swatches-dist-"));
  try {
    const [cmd, ...pre] = dossier();
    execFileSync(cmd, [...pre, "generate", "--articles", "13", "--seed", "3", dir], { stdio: "ignore" });
    buildSite(dir, dist);
    const srv = await serve({ root: dist, prefix: "/g/", headers: { "content-security-policy": STRICT_CSP } });
    try {
      await check(srv.url, 61, "swatches-generated");
    } finally {
      await srv.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
