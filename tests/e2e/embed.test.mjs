// Embedding: a host page on one origin embeds dist/ served from another
// origin (another port). The iframe follows its content's height, foreign
// messages are ignored, and parent commands need an explicit opt-in.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { launch, openPage, screenshot, DIST } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";
import { axe } from "./lib/axe.mjs";

const corpus = exportCorpus();

let dossier, host, browser;
/** Host pages by path; the host server reads this map on every request. */
const hostPages = {};

function hostPage(src, { withScript = true } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif;background:#fff">
<h1>Host newsroom page</h1>
<iframe id="dossier" data-dossier src="${src}" title="Dossier explorer" loading="lazy"
  width="100%" height="600" style="border:0;display:block" allowfullscreen></iframe>
<p>After the embed.</p>
${withScript ? `<script src="${dossier.url}embed.js"></script>` : ""}
</body></html>`;
}

before(async () => {
  dossier = await serve({ root: DIST, prefix: "/dossier/", headers: { "content-security-policy": STRICT_CSP } });
  host = await serve({ root: DIST, prefix: "/nothing-here/", pages: hostPages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await dossier?.close();
  await host?.close();
});

/** Opens a host page with the given iframe src; returns page, frame, errors. */
async function openHost(src, opts) {
  const path = `/host-${Object.keys(hostPages).length}.html`;
  hostPages[path] = hostPage(src, opts);
  const { page, errors } = await openPage(browser.context);
  await page.goto(host.origin + path);
  const handle = await page.waitForSelector("#dossier");
  const frame = await handle.contentFrame();
  await frame.waitForSelector("main article h3", { timeout: 20000 });
  return { page, frame, errors };
}

async function iframeHeight(page) {
  return page.$eval("#dossier", (f) => f.getBoundingClientRect().height);
}

async function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

test("the iframe's height follows its content, across origins", async () => {
  const { page, frame, errors } = await openHost(`${dossier.url}?embed=1`);
  assert.notEqual(new URL(page.url()).origin, new URL(dossier.url).origin, "host and Dossier are different origins");
  await page.waitForFunction(() => document.getElementById("dossier").style.height !== "");
  const first = await contentHeight(frame);
  assert.ok(Math.abs((await iframeHeight(page)) - first) <= 1, "height set from the content");
  // A narrower iframe reflows the content; the height must follow.
  await page.$eval("#dossier", (f) => (f.style.width = "360px"));
  await page.waitForFunction((h) => Math.abs(document.getElementById("dossier").getBoundingClientRect().height - h) > 20, first);
  const second = await contentHeight(frame);
  assert.notEqual(second, first, "content height changed with the width");
  await page.waitForFunction((h) => Math.abs(document.getElementById("dossier").getBoundingClientRect().height - h) <= 1, second);
  assert.ok(await frame.$("html.embed"), "embed mode is on");
  assert.deepEqual(errors, []);
  await screenshot(page, "embed-host");
});

test("without embed.js the iframe keeps its fallback height", async () => {
  const { page } = await openHost(`${dossier.url}?embed=1`, { withScript: false });
  await page.waitForTimeout(300);
  assert.equal(Math.round(await iframeHeight(page)), 600);
});

test("height messages from any other window are ignored", async () => {
  const { page } = await openHost(`${dossier.url}?embed=1`);
  await page.waitForFunction(() => document.getElementById("dossier").style.height !== "");
  const before = await iframeHeight(page);
  // The host itself, and a foreign frame, post a forged height.
  await page.evaluate(() => window.postMessage({ type: "dossier:height", height: 4321 }, "*"));
  await page.evaluate(() => {
    const f = document.createElement("iframe");
    f.srcdoc = "<p>foreign</p>";
    document.body.appendChild(f);
    return new Promise((r) => f.addEventListener("load", () => {
      f.contentWindow.parent.postMessage({ type: "dossier:height", height: 4321 }, "*");
      setTimeout(r, 200);
    }));
  });
  assert.equal(await iframeHeight(page), before, "forged messages did not resize the iframe");
});

test("parent commands are ignored unless ?parent= names the host origin", async () => {
  const closed = await openHost(`${dossier.url}?embed=1&actor=nobody`);
  await closed.page.evaluate(() =>
    document.getElementById("dossier").contentWindow.postMessage({ type: "dossier:state", query: "view=quotes" }, "*"),
  );
  await closed.page.waitForTimeout(300);
  assert.ok(!closed.frame.url().includes("view=quotes"), "no opt-in: the command is ignored");

  const parent = encodeURIComponent(host.origin);
  const open = await openHost(`${dossier.url}?embed=1&parent=${parent}`);
  await open.page.evaluate(() =>
    document.getElementById("dossier").contentWindow.postMessage({ type: "dossier:state", query: "view=quotes&embed=0" }, "*"),
  );
  await open.frame.waitForURL(/view=quotes/);
  const url = new URL(open.frame.url());
  assert.equal(url.searchParams.get("embed"), "1", "a command cannot turn embed mode off");
  assert.equal(url.searchParams.get("parent"), host.origin);
});

test("'Open full explorer' carries the state without the embed parameters", async () => {
  const { frame } = await openHost(`${dossier.url}?embed=1&view=events&q=talks`);
  const link = await frame.waitForSelector("a.embed-open");
  await link.focus();
  const href = new URL(await link.getAttribute("href"));
  assert.equal(href.origin + href.pathname, dossier.url);
  assert.equal(href.searchParams.get("view"), "events");
  assert.equal(href.searchParams.get("q"), "talks");
  assert.equal(href.searchParams.get("embed"), null);
});

/** Actor ids by the number of articles that mention them. */
function actorsByReach() {
  return corpus.actors
    .map((a) => ({ id: a.id, articles: new Set(a.mentions.map((m) => m.article)).size }))
    .sort((x, y) => x.articles - y.articles);
}

test("a pre-filtered embed URL shows only the filtered cards", async () => {
  const narrow = actorsByReach()[0];
  const { frame } = await openHost(`${dossier.url}?embed=1&actor=${narrow.id}`);
  await frame.waitForFunction((n) => document.querySelectorAll("main article").length === n, narrow.articles);
  const pressed = await frame.$$eval('nav[aria-label="Actors"] button[aria-pressed="true"]', (bs) => bs.length);
  assert.equal(pressed, 1, "the legend shows the filter");
});

test("the iframe's height follows the content when filters change inside it", async () => {
  const { page, frame } = await openHost(`${dossier.url}?embed=1&view=events`);
  await page.waitForFunction(() => document.getElementById("dossier").style.height !== "");
  const before = await contentHeight(frame);
  // The actor with the fewest articles leaves fewer event cards.
  const narrow = actorsByReach()[0];
  const events = corpus.events.filter((e) => e.actors.includes(narrow.id)).length;
  const all = await frame.$$eval("main article", (a) => a.length);
  assert.ok(events < all, "the filter removes cards");
  // Legend buttons carry the actor's index, which is its place in the export.
  const ix = corpus.actors.findIndex((a) => a.id === narrow.id);
  await frame.evaluate((i) => document.querySelector(`nav[aria-label="Actors"] button[data-actor="${i}"]`).click(), ix);
  await frame.waitForFunction((n) => document.querySelectorAll("main article").length < n, all);
  const after = await contentHeight(frame);
  assert.ok(after < before, "content got shorter");
  await page.waitForFunction((h) => Math.abs(document.getElementById("dossier").getBoundingClientRect().height - h) <= 1, after);
});

test("Share / Embed gives this view's link and a lazy, titled iframe snippet", async () => {
  const { page, errors } = await openPage(browser.context);
  await page.goto(`${dossier.url}?view=events&q=ceasefire`);
  await page.waitForSelector("main article");
  await page.getByRole("button", { name: "Share / Embed" }).click();
  const dialog = page.locator("dialog.share-dialog[open]");
  await dialog.waitFor();
  const link = await page.getByLabel("Link to this view").inputValue();
  const code = await page.getByLabel("Embed code for your page").inputValue();
  const url = new URL(link);
  assert.equal(url.searchParams.get("view"), "events");
  assert.equal(url.searchParams.get("q"), "ceasefire");
  assert.match(code, /^<iframe src="[^"]+\?embed=1&amp;view=events&amp;q=ceasefire"/);
  assert.match(code, / title="Dossier: [^"]+"/);
  assert.match(code, / loading="lazy"/);
  assert.ok(code.includes(`<script src="${dossier.url}embed.js" defer></script>`));
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await page.locator("#share-status").filter({ hasText: /Copied|Ctrl\+C/ }).waitFor();
  await axe(page, "share dialog");
  await screenshot(page, "share-dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => {});
  assert.equal(await page.locator("dialog.share-dialog[open]").count(), 0, "Esc closes the dialog");
  assert.deepEqual(errors, []);
});
