// Embedding: a host page on one origin embeds dist/ served from another
// origin (another port). The iframe follows its content's height, foreign
// messages are ignored, and parent commands need an explicit opt-in. The
// iframe posts nothing but {type, height}, and with ?parent= only to that
// origin; Fullscreen is a real button that works; the page is see-through
// with no margins.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { launch, openPage, screenshot, DIST } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";
import { axe } from "./lib/axe.mjs";

const corpus = exportCorpus();

let dossier, host, elsewhere, browser;
/** Host pages by path; the host server reads this map on every request. */
const hostPages = {};
/** A third origin: neither the host nor Dossier. */
const elsewherePages = { "/sender.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,"></head><body><p>another origin</p></body></html>` };

/**
 * A host page around one Dossier iframe. `head` is markup run before the
 * iframe exists (host pages have no CSP, so inline scripts run); `after` goes
 * after it; `background` is the host's page colour.
 */
function hostPage(src, { withScript = true, allowFullscreen = true, head = "", after = "", background = "#fff", colorScheme = "" } = {}) {
  return `<!doctype html><html lang="en"${colorScheme ? ` style="color-scheme:${colorScheme}"` : ""}><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">${head}</head>
<body style="margin:0;font-family:sans-serif;background:${background}">
<h1>Host newsroom page</h1>
<iframe id="dossier" data-dossier src="${src}" title="Dossier explorer" loading="lazy"
  width="100%" height="600" style="border:0;display:block"${allowFullscreen ? " allowfullscreen" : ""}></iframe>
<p>After the embed.</p>
${after}
${withScript ? `<script src="${dossier.url}embed.js"></script>` : ""}
</body></html>`;
}

before(async () => {
  dossier = await serve({ root: DIST, prefix: "/dossier/", headers: { "content-security-policy": STRICT_CSP } });
  host = await serve({ root: DIST, prefix: "/nothing-here/", pages: hostPages });
  elsewhere = await serve({ root: DIST, prefix: "/nothing-here/", pages: elsewherePages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await dossier?.close();
  await host?.close();
  await elsewhere?.close();
});

/** Opens a host page with the given iframe src; returns page, frame, errors. */
async function openHost(src, opts = {}) {
  const path = `/host-${Object.keys(hostPages).length}.html`;
  hostPages[path] = hostPage(src, opts);
  const { page, errors } = await openPage(browser.context);
  if (opts.prefers) await page.emulateMedia({ colorScheme: opts.prefers });
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

/**
 * Put in a host page's <head>: records every message the host window
 * receives, before the iframe exists, with what the assertions need (the
 * data is copied by structured clone, so it is described here, in the host).
 */
const RECORD_MESSAGES = `<script>
window.received = [];
addEventListener("message", (e) => {
  const f = document.getElementById("dossier");
  const d = e.data;
  const isObject = d !== null && typeof d === "object";
  window.received.push({
    fromDossier: !!f && e.source === f.contentWindow,
    origin: e.origin,
    ports: e.ports.length,
    kind: Object.prototype.toString.call(d),
    plain: isObject && Object.getPrototypeOf(d) === Object.prototype,
    keys: isObject ? Reflect.ownKeys(d).map(String).sort() : [],
    type: isObject ? d.type : undefined,
    height: isObject ? d.height : undefined,
  });
});
</script>`;

/** Asserts each recorded message is exactly {type: "dossier:height", height} from the Dossier iframe. */
function assertOnlyHeights(received) {
  for (const [i, m] of received.entries()) {
    const where = `message ${i}: ${JSON.stringify(m)}`;
    assert.ok(m.fromDossier, `${where} comes from the Dossier iframe's window`);
    assert.equal(m.origin, dossier.origin, `${where} has Dossier's origin`);
    assert.equal(m.ports, 0, `${where} transfers no ports`);
    assert.equal(m.kind, "[object Object]", where);
    assert.ok(m.plain, `${where} is a plain object`);
    assert.deepEqual(m.keys, ["height", "type"], `${where} has exactly the keys type and height`);
    assert.equal(m.type, "dossier:height", where);
    assert.equal(typeof m.height, "number", where);
    assert.ok(Number.isInteger(m.height) && m.height > 0, `${where}: a positive whole number of pixels`);
  }
}

/** Waits until no new message arrived for `quiet` ms; returns them all. */
async function settledMessages(page, quiet = 400) {
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => window.received.length);
    if (now === count) return page.evaluate(() => window.received);
    count = now;
    await page.waitForTimeout(quiet);
  }
}

test("the embedded page posts its parent only {type: 'dossier:height', height} messages", async () => {
  const { page, frame, errors } = await openHost(`${dossier.url}?embed=1&view=events`, { head: RECORD_MESSAGES });
  await page.waitForFunction(() => window.received.length > 0);
  const first = await page.evaluate(() => window.received.length);
  // Make the page post more: reflow it, filter it, search, widen it again.
  await page.$eval("#dossier", (f) => (f.style.width = "420px"));
  await page.waitForFunction((n) => window.received.length > n, first);
  const ix = corpus.actors.findIndex((a) => a.id === actorsByReach()[0].id);
  await frame.evaluate((i) => document.querySelector(`nav[aria-label="Actors"] button[data-actor="${i}"]`).click(), ix);
  await frame.evaluate(() => document.querySelector(`nav[aria-label="Actors"] button[aria-pressed="true"]`).click());
  await frame.locator("#search").fill("talks");
  await page.$eval("#dossier", (f) => (f.style.width = ""));
  const received = await settledMessages(page);
  assert.ok(received.length >= 3, `several layouts, several messages (got ${received.length})`);
  assertOnlyHeights(received);
  assert.equal(received.at(-1).height, await contentHeight(frame), "the last message is the current height");
  assert.deepEqual(errors, []);
});

/** The third-origin frame in a host page, once its document has loaded. */
async function senderFrame(page) {
  const frame = await (await page.waitForSelector("#sender")).contentFrame();
  await frame.waitForLoadState("load");
  assert.equal(new URL(frame.url()).origin, elsewhere.origin);
  return frame;
}

test("with ?parent=, heights go to that origin only and commands are taken from it only", async () => {
  // The host opts in with its own origin: it gets the same {type, height} messages.
  const mine = await openHost(`${dossier.url}?embed=1&parent=${encodeURIComponent(host.origin)}`, { head: RECORD_MESSAGES });
  await mine.page.waitForFunction(() => document.getElementById("dossier").style.height !== "");
  const received = await settledMessages(mine.page);
  assert.ok(received.length > 0, "the named origin gets the heights");
  assertOnlyHeights(received);

  // The iframe names another origin as its parent: the host (whose origin that
  // is not) receives nothing, so embed.js never resizes the iframe...
  const src = `${dossier.url}?embed=1&actor=nobody&parent=${encodeURIComponent(elsewhere.origin)}`;
  const { page, frame } = await openHost(src, {
    head: RECORD_MESSAGES,
    after: `<iframe id="sender" src="${elsewhere.origin}/sender.html" title="another origin" width="200" height="50"></iframe>`,
  });
  await page.$eval("#dossier", (f) => (f.style.width = "420px"));
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.received), [], "no message reached a host whose origin is not parent=");
  assert.equal(Math.round(await iframeHeight(page)), 600, "so the iframe kept its fallback height");
  // ... and its commands are refused, while the named origin's are applied.
  const sender = await senderFrame(page);
  const fromHost = (query) =>
    page.evaluate((q) => document.getElementById("dossier").contentWindow.postMessage({ type: "dossier:state", query: q }, "*"), query);
  const fromSender = (query) =>
    sender.evaluate((q) => parent.frames[0].postMessage({ type: "dossier:state", query: q }, "*"), query);
  await fromHost("view=quotes");
  await page.waitForTimeout(300);
  assert.ok(!frame.url().includes("view=quotes"), "a command from the host's origin is refused");
  await fromSender("view=events");
  await frame.waitForURL(/view=events/);
  await fromHost("view=quotes");
  await page.waitForTimeout(300);
  assert.ok(!frame.url().includes("view=quotes"), "still refused once the listener has taken a command");
});

test("with ?parent= naming the host, a command from a third origin is refused", async () => {
  const { page, frame } = await openHost(`${dossier.url}?embed=1&actor=nobody&parent=${encodeURIComponent(host.origin)}`, {
    after: `<iframe id="sender" src="${elsewhere.origin}/sender.html" title="another origin" width="200" height="50"></iframe>`,
  });
  const sender = await senderFrame(page);
  const fromSender = (query) =>
    sender.evaluate((q) => parent.frames[0].postMessage({ type: "dossier:state", query: q }, "*"), query);
  await fromSender("view=quotes");
  await page.waitForTimeout(300);
  assert.ok(!frame.url().includes("view=quotes"), "a command from another origin is ignored");
  // The channel is open to the host...
  await page.evaluate(() =>
    document.getElementById("dossier").contentWindow.postMessage({ type: "dossier:state", query: "view=events" }, "*"),
  );
  await frame.waitForURL(/view=events/);
  // ...and still closed to the other origin.
  await fromSender("view=quotes");
  await page.waitForTimeout(300);
  assert.ok(!frame.url().includes("view=quotes"), "still ignored after the host's command was applied");
  assert.equal(new URL(frame.url()).searchParams.get("view"), "events");
});

test("the Fullscreen button is a named button that toggles fullscreen on the embedded page", async () => {
  const { page, frame, errors } = await openHost(`${dossier.url}?embed=1`);
  const bar = frame.getByRole("group", { name: "Embedded view" });
  const button = bar.getByRole("button", { name: "Fullscreen", exact: true });
  assert.equal(await button.count(), 1, "one button named Fullscreen in the embed bar");
  assert.equal(await button.evaluate((b) => b.tagName), "BUTTON", "a real <button>");
  assert.equal(await button.getAttribute("type"), "button");
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  assert.ok(await button.isVisible(), "visible");
  assert.ok(await button.isEnabled(), "enabled");
  assert.equal(await frame.evaluate(() => document.fullscreenElement), null);

  await button.click();
  await frame.waitForFunction(() => document.fullscreenElement === document.documentElement);
  await page.waitForFunction(() => document.fullscreenElement === document.getElementById("dossier"));
  await frame.waitForFunction(() => document.querySelector(".embed-fullscreen").getAttribute("aria-pressed") === "true");

  // The keyboard works too: Enter on the focused button leaves fullscreen.
  await button.focus();
  await page.keyboard.press("Enter");
  await frame.waitForFunction(() => document.fullscreenElement === null);
  await page.waitForFunction(() => document.fullscreenElement === null);
  // aria-pressed follows the frame's own fullscreenchange event, which may
  // arrive after the host's: wait for it as for "true" above.
  await frame.waitForFunction(() => document.querySelector(".embed-fullscreen").getAttribute("aria-pressed") === "false");
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  assert.deepEqual(errors, []);
});

test("without allowfullscreen the embed has no Fullscreen button", async () => {
  const { frame } = await openHost(`${dossier.url}?embed=1`, { allowFullscreen: false });
  await frame.waitForSelector("a.embed-open");
  assert.equal(await frame.evaluate(() => document.fullscreenEnabled), false);
  assert.equal(await frame.getByRole("button", { name: "Fullscreen" }).count(), 0);
});

/** The colour of one screenshot pixel, read back through a canvas in `page`. */
async function pixel(page, png, x, y) {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const img = new Image();
      img.src = "data:image/png;base64," + b64;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3));
    },
    { b64: png.toString("base64"), x, y },
  );
}

// A page is see-through only where the browser lets it be: under CSS Color
// Adjust, an iframe whose used color-scheme is dark, inside a host element
// whose is not, gets an opaque backdrop (which keeps light-on-dark text
// readable). So the host shows through whenever the two agree.
const BACKDROPS = [
  { theme: "", showsThrough: true },
  { theme: "light", showsThrough: true },
  { theme: "light", prefers: "dark", showsThrough: true },
  { theme: "dark", colorScheme: "dark", showsThrough: true },
  { theme: "", prefers: "dark", colorScheme: "light dark", showsThrough: true },
  { theme: "dark", showsThrough: false },
];

for (const { theme, prefers, colorScheme, showsThrough } of BACKDROPS) {
  const name = [theme && `theme=${theme}`, prefers && `system ${prefers}`, colorScheme && `host color-scheme: ${colorScheme}`]
    .filter(Boolean)
    .join(", ");
  test(`embedded (${name || "defaults"}): transparent page, no outer margins, ${showsThrough ? "the host shows through" : "a dark backdrop in a light host"}`, async () => {
    const { page, frame } = await openHost(`${dossier.url}?embed=1${theme ? `&theme=${theme}` : ""}`, {
      background: "rgb(255, 0, 255)",
      prefers,
      colorScheme,
    });
    const styles = await frame.evaluate(() =>
      [document.documentElement, document.body].map((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          el: el.tagName,
          background: s.backgroundColor,
          image: s.backgroundImage,
          margin: [s.marginTop, s.marginRight, s.marginBottom, s.marginLeft],
          left: r.left,
          top: r.top,
          width: r.width,
          viewport: document.documentElement.clientWidth,
        };
      }),
    );
    for (const s of styles) {
      assert.equal(s.background, "rgba(0, 0, 0, 0)", `${s.el} background is transparent`);
      assert.equal(s.image, "none", `${s.el} has no background image`);
      assert.deepEqual(s.margin, ["0px", "0px", "0px", "0px"], `${s.el} has no margins`);
      assert.equal(s.left, 0, `${s.el} starts at the iframe's left edge`);
      assert.equal(s.top, 0, `${s.el} starts at the iframe's top edge`);
      assert.equal(s.width, s.viewport, `${s.el} spans the iframe's width`);
    }
    // The embed bar has no background of its own: the empty left end of it
    // shows whatever is behind html and body.
    const bar = frame.locator(".embed-bar");
    const box = await bar.boundingBox();
    const rgb = await pixel(page, await bar.screenshot(), 3, Math.floor(box.height / 2));
    if (showsThrough) {
      assert.deepEqual(rgb, [255, 0, 255], "the host's background shows through");
    } else {
      assert.ok(Math.max(...rgb) < 64, `the dark theme's text stays on a dark backdrop, not the host's magenta (got ${rgb})`);
    }
  });
}
