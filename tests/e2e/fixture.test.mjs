// The explorer on a corpus made to tell filters apart (tests/fixtures/
// discriminating): six short articles whose actors, dates and words split
// them, so every filter, any/all, the date range, search, sort and the view
// switch must change the counts to known numbers. A filter that did nothing
// would leave all six cards and fail here. The expected counts are written
// out by hand from the articles for what they are about (actors, dates,
// words); event and quote counts come from `dossier export`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { brush, launch, openPage, ready } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";
import { FIXTURE, fixtureDist } from "./lib/fixture.mjs";

const corpus = exportCorpus(FIXTURE);

const TITLES = {
  ferry: "Ferry talks open between Norway and Sweden",
  cod: "Norway sets lower cod quotas for coastal fleets",
  rail: "Sweden delays tender for northern rail line",
  grid: "Norway, Sweden and Finland agree on shared power grid",
  glacier: "Finland funds a glacier survey in the Arctic",
  port: "Dock workers strike at Denmark's largest port",
};

let server;
let browser;

before(async () => {
  server = await serve({ root: fixtureDist(), prefix: "/f/", headers: { "content-security-policy": STRICT_CSP } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = "") {
  const { page, errors } = await openPage(browser.context);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url + query);
  await ready(page);
  await page.waitForSelector("main [role=status]");
  return { page, errors };
}

/** The titles of the article cards shown, in order, once there are `n`. */
async function titles(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, n);
  // textContent, not innerText: cards below the fold skip layout
  // (content-visibility), and innerText of a skipped card can be empty.
  return (await page.locator("main article.article-card h3").allTextContents()).map((t) => t.trim());
}

const set = (...keys) => keys.map((k) => TITLES[k]).sort();

test("fixture: one actor, two with any, two with all, then clear", async () => {
  const { page, errors } = await open();
  assert.equal((await titles(page, 6)).length, 6);
  const legend = page.locator('nav[aria-label="Actors"]');
  const actor = (name) => legend.locator("button.actor", { has: page.locator(`.name:text-is("${name}")`) });

  await actor("Norway").click();
  assert.deepEqual((await titles(page, 3)).sort(), set("ferry", "cod", "grid"));
  await actor("Sweden").click();
  assert.deepEqual((await titles(page, 4)).sort(), set("ferry", "cod", "rail", "grid"));
  await legend.locator('[aria-label="Match actors"] button', { hasText: "All" }).click();
  assert.deepEqual((await titles(page, 2)).sort(), set("ferry", "grid"));
  await page.locator(".active-filters .clear").click();
  assert.equal((await titles(page, 6)).length, 6);

  await actor("Denmark").click();
  assert.deepEqual(await titles(page, 1), [TITLES.port]);
  assert.deepEqual(errors, []);
});

test("fixture: a date range keeps the articles published or reporting in it", async () => {
  const { page, errors } = await open();
  const inputs = page.locator('.dates input[type="date"]');
  await inputs.first().fill("2020-02-01");
  await inputs.last().fill("2020-04-30");
  await inputs.last().press("Tab");
  // Published in the range: cod, rail, grid. The glacier study (June)
  // reports a loss "in the past decade" (2010 to 2020), which overlaps it.
  assert.deepEqual((await titles(page, 4)).sort(), set("cod", "rail", "grid", "glacier"));
  assert.deepEqual(errors, []);
});

test("fixture: a range brushed on the timeline keeps exactly the articles in it", async () => {
  const { page, errors } = await open();
  await brush(page, 0.3, 0.6);
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  const params = new URL(page.url()).searchParams;
  const [from, to] = [params.get("from"), params.get("to")];
  // Published in the range, or reporting an event whose dates overlap it.
  const ids = new Set(
    corpus.articles
      .filter(
        (a) =>
          (a.published >= from && a.published <= to) ||
          corpus.events.some((e) => e.mentions.some((m) => m.article === a.id) && e.range[0] <= to && e.range[1] >= from),
      )
      .map((a) => a.id),
  );
  const want = corpus.articles.filter((a) => ids.has(a.id)).map((a) => a.title).sort();
  assert.ok(want.length > 0 && want.length < 6, `the brushed range ${from}..${to} splits the corpus: ${want.length}`);
  assert.deepEqual((await titles(page, want.length)).sort(), want);
  assert.deepEqual(errors, []);
});

test("fixture: search narrows to the articles with the word", async () => {
  const { page, errors } = await open();
  await page.locator("#search").fill("glacier");
  assert.deepEqual(await titles(page, 1), [TITLES.glacier]);
  await page.locator("#search").fill("ministry");
  assert.deepEqual((await titles(page, 2)).sort(), set("cod", "port"));
  assert.deepEqual(errors, []);
});

test("fixture: sorted by date, newest first; the view switch shows events and quotes", async () => {
  const { page, errors } = await open();
  assert.deepEqual(await titles(page, 6), [
    TITLES.port,
    TITLES.glacier,
    TITLES.grid,
    TITLES.rail,
    TITLES.cod,
    TITLES.ferry,
  ]);
  // Event and quote counts follow the extraction, so they come from the export.
  const quotes = corpus.quotes.length;
  const events = corpus.events.length;
  const denmark = corpus.events.filter((e) => e.actors.includes("denmark")).length;
  assert.ok(quotes >= 1 && denmark >= 1 && denmark < events, `${quotes} quotes, ${denmark} of ${events} events`);
  const cards = (kind) => page.locator(`main article.${kind}-card`);
  const count = (kind, n) =>
    page.waitForFunction(([k, n]) => document.querySelectorAll(`main article.${k}-card`).length === n, [kind, n]);
  await page.locator('[aria-label="View"] button', { hasText: "Quotes" }).click();
  await count("quote", quotes);
  assert.equal(await cards("article").count(), 0);
  await page.locator('[aria-label="View"] button', { hasText: "Events" }).click();
  await count("event", events);
  await page.locator('nav[aria-label="Actors"] button.actor', { has: page.locator('.name:text-is("Denmark")') }).click();
  await count("event", denmark);
  assert.equal(await cards("event").count(), denmark);
  assert.deepEqual(errors, []);
});
