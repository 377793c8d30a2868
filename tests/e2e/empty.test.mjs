// An empty articles folder still builds a working site: the page renders
// with zero counts, every view says the corpus has nothing yet (even with a
// search and filters in a shared URL), and nothing errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { buildSite } from "./lib/corpus.mjs";
import { launch, openPage, ready, screenshot } from "./lib/browser.mjs";

test("an empty corpus renders and says there is nothing yet", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-empty-"));
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-empty-dist-"));
  buildSite(dir, dist);
  const srv = await serve({ root: dist, prefix: "/e/", headers: { "content-security-policy": STRICT_CSP } });
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context);
    await page.goto(srv.url + "?q=peace&view=events&from=2017-01-01");
    await ready(page);
    await page.locator("main .empty p").waitFor();
    assert.match(await page.locator("header").innerText(), /0 articles · 0 actors · 0 events/);
    assert.equal(await page.locator("main .empty p").innerText(), "This corpus has no events yet.");
    for (const [view, noun] of [["Articles", "articles"], ["Quotes", "quotes"]]) {
      await page.locator('[aria-label="View"] button', { hasText: view }).click();
      await page.waitForFunction((n) => document.querySelector("main .empty p")?.textContent.includes(n), noun);
    }
    assert.equal(await page.locator("main article").count(), 0);
    await screenshot(page, "explorer-empty");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
