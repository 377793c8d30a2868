// The smoke suite in the three engines (Chromium, Firefox ESR, WebKitGTK),
// over W3C WebDriver: load the page under a sub-path with the strict CSP,
// filter by an actor, search, open the reader and close it with Esc.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { DIST, ARTIFACTS } from "./lib/browser.mjs";
import { engines, start, skippedEngines, INSTALL, KEY } from "./lib/webdriver.mjs";
import { fixtureDist } from "./lib/fixture.mjs";
import { exportCorpus } from "./lib/corpus.mjs";

const corpus = exportCorpus();
let server;
let fixture;

before(async () => {
  server = await serve({ root: DIST, prefix: "/dossier/", headers: { "content-security-policy": STRICT_CSP } });
  fixture = await serve({ root: fixtureDist(), prefix: "/f/", headers: { "content-security-policy": STRICT_CSP } });
});
after(async () => {
  await server?.close();
  await fixture?.close();
});

/** A word to search for: the longest word of the first article's title. */
const needle = corpus.articles[0].title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0].toLowerCase();

const skipped = skippedEngines();
for (const name of skipped) {
  console.warn(`\n*** WARNING: the ${name} smoke tests are SKIPPED because DOSSIER_SKIP_ENGINES names it. ***\n`);
}

for (const [name, engine] of Object.entries(engines())) {
  const skip = skipped.has(name) && `${name} left out by DOSSIER_SKIP_ENGINES`;
  test(`smoke in ${name}`, { skip }, async () => {
    assert.ok(engine, `${name} and its WebDriver must be installed: ${INSTALL[name]} (or run cargo xtask setup --test)`);
    const s = await start(engine);
    try {
      await s.goto(server.url);
      await s.find("main article h3");
      const cards = await s.findAll("main article");
      assert.equal(cards.length, corpus.articles.length, "one card per article");

      // Filter by the first actor in the legend.
      const actor = await s.find('nav[aria-label="Actors"] button[aria-pressed]');
      assert.equal(await s.attribute(actor, "aria-pressed"), "false");
      await s.click(actor);
      await s.waitFor(async () => (await s.attribute(actor, "aria-pressed")) === "true", 5000, "actor pressed");
      await s.waitFor(async () => /actor=/.test(await s.exec("return location.search")), 5000, "the filter is in the URL");
      const filtered = await s.findAll("main article");
      assert.ok(filtered.length >= 1 && filtered.length <= corpus.articles.length);
      await s.click(actor);

      // Search highlights matches.
      const search = await s.find('input[type="search"]');
      await s.type(search, needle);
      await s.find("main article mark", 5000);
      const marked = await s.exec('return [...document.querySelectorAll("main article mark")].map(m => m.textContent.toLowerCase())');
      assert.ok(marked.includes(needle), `"${needle}" is highlighted`);

      // Open the reader from a card, then close it with Esc.
      await s.clickOn("main article h3 a");
      await s.find('[role="dialog"]', 5000);
      await s.key(KEY.Escape);
      await s.waitFor(async () => (await s.findAll('[role="dialog"]')).length === 0, 5000, "reader closed");

      await s.screenshot(path.join(ARTIFACTS, `smoke-${name}.png`));
    } finally {
      await s.quit();
    }
  });
}

// Exact counts on the discriminating fixture (tests/fixtures/README.md), so a
// filter or a search that did nothing fails in every engine.
for (const [name, engine] of Object.entries(engines())) {
  const skip = skipped.has(name) && `${name} left out by DOSSIER_SKIP_ENGINES`;
  test(`fixture counts in ${name}`, { skip }, async () => {
    assert.ok(engine, `${name} and its WebDriver must be installed: ${INSTALL[name]} (or run cargo xtask setup --test)`);
    const s = await start(engine);
    const count = () => s.exec('return document.querySelectorAll("main article.article-card").length');
    const settle = (n, what) => s.waitFor(async () => (await count()) === n, 5000, what);
    try {
      await s.goto(fixture.url);
      await s.find("main article h3");
      await settle(6, "six cards");
      // Mark the legend's Norway button so the driver can click it by CSS.
      // The legend's entries come just after the first cards are painted.
      const mark =
        'const b = [...document.querySelectorAll(\'nav[aria-label="Actors"] button.actor\')].find((b) => b.querySelector(".name")?.textContent === "Norway"); b?.setAttribute("data-smoke", "norway"); return !!b;';
      await s.waitFor(() => s.exec(mark), 5000, "the legend's Norway entry");
      await s.clickOn('nav[aria-label="Actors"] button[data-smoke="norway"]');
      await settle(3, "Norway's three articles");
      await s.clickOn('nav[aria-label="Actors"] button[data-smoke="norway"]');
      await settle(6, "all six again");
      const search = await s.find('input[type="search"]');
      await s.type(search, "glacier");
      await settle(1, "the one glacier article");
      const title = await s.exec('return document.querySelector("main article.article-card h3").textContent');
      assert.equal(title.trim(), "Finland funds a glacier survey in the Arctic");
    } finally {
      await s.quit();
    }
  });
}
