// Static hosting as on GitHub Pages: a project site under a sub-path whose
// unknown paths are answered by 404.html, which turns path-style deep links
// into the explorer's query string.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";

const corpus = exportCorpus();

const site = useSite({ notFound: true });

test("a path-style deep link lands on the explorer with the state in the query", async () => {
  const { page, errors } = await openPage(site.browser.context);
  const id = corpus.articles[0].id;
  await page.goto(`${site.server.url}article/${id}`);
  await page.waitForURL((u) => u.pathname === "/dossier/" && u.searchParams.get("article") === id);
  await ready(page);
  const stray = await openPage(site.browser.context);
  await stray.page.goto(`${site.server.url}no/such/page?view=events`);
  await stray.page.waitForURL((u) => u.pathname === "/dossier/" && u.searchParams.get("view") === "events");
  await ready(stray.page);
  const notFound = (e) => !/404/.test(e);
  assert.deepEqual(errors.filter(notFound), [], "no errors besides the 404 status itself");
  assert.deepEqual(stray.errors.filter(notFound), []);
});

test("after load, using filters, search, the timeline and the reader makes no network request", async () => {
  const { page, errors } = await openPage(site.browser.context);
  await page.goto(site.server.url);
  await ready(page);
  await page.waitForSelector("main article h3");
  await page.waitForLoadState("networkidle");
  const late = [];
  page.on("request", (r) => late.push(r.url()));

  const actor = page.locator('nav[aria-label="Actors"] button[aria-pressed]').first();
  await actor.click();
  await actor.click();
  await page.fill('input[type="search"]', "talks");
  await page.fill('input[type="search"]', "");
  const marks = page.locator('[aria-label="Timeline"] button');
  if ((await marks.count()) > 0) await marks.first().click();
  for (const view of ["Events", "Quotes", "Articles"]) {
    await page.getByRole("button", { name: view, exact: true }).click();
  }
  await page.locator("main article h3").first().click();
  await page.waitForSelector('[role="dialog"]');
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);

  assert.deepEqual(late, [], "no request after load");
  assert.deepEqual(errors, []);
});
