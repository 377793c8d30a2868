// Smoke test of the built site: it loads under a sub-path with the strict CSP,
// renders one card per article with its title, and logs no errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, screenshot, useSite } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";

const corpus = exportCorpus();

const site = useSite();

test("every article has a card with its title, under a sub-path and a strict CSP", async () => {
  const { page, errors } = await openPage(site.browser.context);
  const failed = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(site.server.url);
  await ready(page);
  await page.waitForSelector("main article h3");
  const titles = await page.$$eval("main article h3", (hs) => hs.map((h) => h.textContent.trim()));
  assert.equal(corpus.articles.length, 2, "the seed corpus has two articles");
  for (const a of corpus.articles) {
    assert.ok(a.title.length > 0, `article ${a.file} has a title`);
    assert.ok(titles.includes(a.title), `card for ${a.file} shows its title ${JSON.stringify(a.title)}`);
  }
  assert.deepEqual(failed, [], "every asset loads under the sub-path");
  const outside = site.server.requests.filter((p) => !p.startsWith("/dossier/"));
  assert.deepEqual(outside, [], "no request escapes the sub-path");
  assert.deepEqual(errors, [], "no console errors or CSP violations");
  await screenshot(page, "smoke-desktop");
});
