// A corpus too large for one data file: the page starts from the head alone,
// fetches the search lexicon's shards that a search's words need, and an article's body shard
// when the reader opens it (or a search shows its excerpt). A part that cannot
// be fetched is named where it was needed, and the rest of the page works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { buildSite, dossier } from "./lib/corpus.mjs";
import { launch, openPage, ready, screenshot } from "./lib/browser.mjs";

const ARTICLES = 300;
let work, site, browser;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-sharded-"));
  const [cmd, ...pre] = dossier();
  execFileSync(cmd, [...pre, "generate", "--articles", String(ARTICLES), "--seed", "7", path.join(work, "articles")], {
    stdio: "ignore",
  });
  site = buildSite(path.join(work, "articles"), path.join(work, "site"));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The site's data files by kind: `corpus` (the head), `lexicon`, `body`, `text`. */
function dataFiles(root = site) {
  const files = fs.readdirSync(path.join(root, "data"));
  const of = (kind) => files.filter((f) => f.startsWith(kind + "."));
  return { head: of("corpus"), lexicon: of("lexicon"), bodies: of("body"), texts: of("text") };
}

/** Serves `root` and opens the page, recording every data file requested. */
async function open(root, query = "") {
  const server = await serve({ root, prefix: "/s/", headers: { "content-security-policy": STRICT_CSP } });
  const { page, errors } = await openPage(browser.context);
  const fetched = [];
  page.on("request", (r) => {
    const m = new URL(r.url()).pathname.match(/\/data\/([^/]+)$/);
    if (m) fetched.push(m[1]);
  });
  await page.goto(server.url + query);
  await ready(page);
  await page.locator("main article").first().waitFor();
  return { page, errors, fetched, close: () => Promise.all([page.close(), server.close()]) };
}

test("a large corpus is a head with body shards and lexicon shards", () => {
  const files = dataFiles();
  assert.equal(files.head.length, 1);
  assert.ok(files.lexicon.length >= 2, `${files.lexicon.length} lexicon shards`);
  assert.ok(files.bodies.length >= 3, `${files.bodies.length} body shards`);
  assert.ok(files.texts.length >= 2, `${files.texts.length} parts of event summaries and quote words`);
  // A sentence that reports no event and quotes no one lives only in its body.
  const sources = fs.readdirSync(path.join(work, "articles")).map((f) => fs.readFileSync(path.join(work, "articles", f), "utf8"));
  const sentence = sources.join("\n").match(/Some \d+ delegates and observers attended/)?.[0];
  assert.ok(sentence, "the generator writes attendance sentences");
  const holds = (f) => fs.readFileSync(path.join(site, "data", f)).includes(Buffer.from(sentence));
  assert.equal(holds(files.head[0]), false, "the head holds no body text");
  assert.ok(files.bodies.some(holds), "a body shard holds it");
});

test("the page starts from the head; search and the reader fetch their parts", async () => {
  const files = dataFiles();
  const p = await open(site);
  try {
    assert.deepEqual(p.fetched, files.head, "only the head before any search or reading");
    assert.match(await p.page.locator("#status").innerText(), new RegExp(`${ARTICLES} articles`));

    // A search fetches the lexicon shard holding its words, not the others;
    // the results are then filtered.
    await p.page.locator("#search").fill("ceasefire");
    await p.page.waitForFunction(() => /Showing \d+ of/.test(document.querySelector("#status")?.textContent ?? ""));
    const shards = p.fetched.filter((f) => files.lexicon.includes(f));
    assert.ok(shards.length >= 1 && shards.length < files.lexicon.length, `${shards.length} of ${files.lexicon.length} lexicon shards`);
    assert.ok((await p.page.locator("main article mark").count()) > 0, "hits are marked");
    // Excerpts need bodies: the shards of the cards on screen come.
    await p.page.locator("main .excerpt mark").first().waitFor();
    assert.ok(p.fetched.some((f) => files.bodies.includes(f)), "excerpts fetched a body shard");

    // The reader shows the whole article, with its actor mentions.
    await p.page.locator("#search").fill("");
    await p.page.waitForFunction(() => /Showing all/.test(document.querySelector("#status")?.textContent ?? ""));
    await p.page.locator("main article h3 a").first().click();
    const dialog = p.page.locator("dialog.reader");
    await dialog.locator(".reader-body p").nth(1).waitFor();
    assert.ok((await dialog.locator(".reader-body .mention").count()) > 0, "mentions come with the body");
    await screenshot(p.page, "sharded-reader");
    await p.page.keyboard.press("Escape");

    // Event summaries and quote words come with their parts, for the cards on screen.
    const before = p.fetched.filter((f) => files.texts.includes(f)).length;
    assert.equal(before, 0, "no texts before the events or quotes view");
    await p.page.locator('[aria-label="View"] button', { hasText: "Events" }).click();
    await p.page.locator("main article.event-card .summary").first().waitFor();
    await p.page.locator('[aria-label="View"] button', { hasText: "Quotes" }).click();
    await p.page.waitForFunction(() => {
      const q = document.querySelector("main article.quote-card blockquote");
      return q && q.textContent.length > 10 && !q.textContent.startsWith("…");
    });
    assert.ok(p.fetched.some((f) => files.texts.includes(f)), "text parts were fetched");
    assert.deepEqual(p.errors, []);
  } finally {
    await p.close();
  }
});

test("cards come a page at a time as the reader scrolls, and a new selection starts again", async () => {
  const p = await open(site);
  try {
    const cards = p.page.locator("main article.article-card");
    const first = await cards.count();
    assert.ok(first >= 12 && first < ARTICLES, `${first} cards at first`);
    for (let i = 0; i < 3; i++) {
      await p.page.mouse.wheel(0, 20000);
      await p.page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length > n, first + 12 * i);
    }
    assert.ok((await cards.count()) >= first + 36, "three more pages after three scrolls to the end");
    // A filter starts again from the top with one page (and what fits).
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await p.page.locator('nav[aria-label="Actors"] button.actor').first().click();
    await p.page.waitForFunction(() => /Showing \d+ of/.test(document.querySelector("#status")?.textContent ?? ""));
    assert.ok((await cards.count()) < first + 36, "the new selection is paged again");
    assert.deepEqual(p.errors, []);
  } finally {
    await p.close();
  }
});

test("a body shard or lexicon that cannot be fetched is named where it was needed", async () => {
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-sharded-broken-"));
  try {
    fs.cpSync(site, broken, { recursive: true });
    const files = dataFiles(broken);
    for (const f of [...files.bodies, ...files.lexicon]) fs.rmSync(path.join(broken, "data", f));
    const p = await open(broken);
    try {
      await p.page.locator("main article h3 a").first().click();
      const alert = p.page.locator("dialog.reader [role=alert]");
      await alert.waitFor();
      assert.match(await alert.innerText(), /Could not fetch the data file data\/body\.[0-9a-f]+\.bin: HTTP 404/);
      assert.ok((await p.page.locator("dialog.reader h2").innerText()).length > 0, "the head still gives the title");
      await p.page.keyboard.press("Escape");
      await p.page.locator("#search").fill("ceasefire");
      await p.page.waitForFunction(() => /Search is unavailable/.test(document.querySelector("#status")?.textContent ?? ""));
      assert.match(await p.page.locator("#status").innerText(), /lexicon\.[0-9a-f]+\.bin: HTTP 404/);
      assert.ok((await p.page.locator("header h1").count()) === 1, "the page is still there");
    } finally {
      await p.close();
    }
  } finally {
    fs.rmSync(broken, { recursive: true, force: true });
  }
});
