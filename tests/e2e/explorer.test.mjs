// The explorer in headless Chromium against the built dist/, under a sub-path
// and the strict CSP: actor filters (any/all), date range (brush or inputs),
// search highlighting, the reader by keyboard, shared URLs, back/forward,
// phone width, dark mode and axe-core (hostile text: hostile.test.mjs). Expectations
// come from `dossier export`, so they follow the real extraction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { brush, openPage, ready, screenshot, useSite } from "./lib/browser.mjs";
import { exportCorpus } from "./lib/corpus.mjs";
import { axe } from "./lib/axe.mjs";

const corpus = exportCorpus();
const ARTICLES = corpus.articles.length;

const site = useSite();

async function open(query = "", { width = 1280, height = 900, scheme = "light" } = {}) {
  const { page, errors } = await openPage(site.browser.context);
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(site.server.url + query);
  await ready(page);
  await page.waitForSelector("main [role=status]");
  return { page, errors };
}

const status = (page) => page.locator("main [role=status]").innerText();
const articleCards = (page) => page.locator("main article.article-card");
/** The URL query once pending history writes (queued after the paint) ran. */
const search = async (page) => {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 20)));
  return new URL(page.url()).searchParams;
};

/** Articles (ids) mentioning an actor, from the export. */
function articlesOf(actor) {
  return new Set(actor.mentions.map((m) => m.article));
}

test("filter by one actor, then two with any and all", async (t) => {
  const actors = corpus.actors.filter((a) => a.mentions.length > 0);
  if (actors.length < 2) return t.skip("fewer than two actors extracted");
  actors.sort((a, b) => b.mentions.length - a.mentions.length);
  const a = actors[0];
  const setA = articlesOf(a);
  const b = actors.find((x) => x !== a && [...articlesOf(x)].some((id) => !setA.has(id))) ?? actors[1];
  const setB = articlesOf(b);
  const any = new Set([...setA, ...setB]).size;
  const all = [...setA].filter((id) => setB.has(id)).length;

  const { page, errors } = await open();
  const legend = page.locator('nav[aria-label="Actors"]');
  const button = (actor) => legend.locator("button.actor", { has: page.locator(`.name:text-is(${JSON.stringify(actor.name)})`) });

  await button(a).click();
  await assert.doesNotReject(page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, setA.size));
  assert.equal(await button(a).getAttribute("aria-pressed"), "true");
  assert.equal((await search(page)).get("actor"), a.id);
  assert.match(await status(page), new RegExp(`Showing (all )?${setA.size}\\b`));

  await button(b).click();
  await page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, any);
  assert.equal(await articleCards(page).count(), any);
  assert.deepEqual((await search(page)).get("actor").split(",").sort(), [a.id, b.id].sort());

  await legend.locator('[aria-label="Match actors"] button', { hasText: "All" }).click();
  await page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, all);
  assert.equal((await search(page)).get("mode"), "all");
  assert.equal(await articleCards(page).count(), all);
  // Chips name both actors; Clear all restores everything.
  const chips = await page.locator(".active-filters .filter-chip").allInnerTexts();
  assert.ok(chips.some((c) => c.includes(a.name)) && chips.some((c) => c.includes(b.name)), `chips: ${chips}`);
  await screenshot(page, "explorer-actors-all-desktop-light");
  await page.locator(".active-filters .clear").click();
  await page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, ARTICLES);
  assert.deepEqual(errors, []);
});

test("brush a date range on the timeline (or type it) and the cards follow", async () => {
  const { page, errors } = await open();
  const track = page.locator(".tl-track");
  if (await track.isVisible()) {
    await brush(page, 0.55, 0.98);
  } else {
    await page.locator('.dates input[type="date"]').first().fill("2017-06-01");
    await page.locator('.dates input[type="date"]').last().fill("2017-12-31");
    await page.locator('.dates input[type="date"]').last().press("Tab");
  }
  await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
  const from = (await search(page)).get("from");
  const to = (await search(page)).get("to");
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(to >= from, `${from}..${to}`);
  assert.equal(await page.locator('.dates input[type="date"]').first().inputValue(), from);
  // Exactly the articles published in the range or reporting an event whose
  // dates overlap it.
  const expected = corpus.articles.filter(
    (a) =>
      (a.published && a.published >= from && a.published <= to) ||
      corpus.events.some((e) => e.mentions.some((m) => m.article === a.id) && e.range[0] <= to && e.range[1] >= from),
  ).length;
  await page.waitForFunction((n) => document.querySelectorAll("main article.article-card").length === n, expected);
  const chip = page.locator(".active-filters .filter-chip");
  assert.equal(await chip.count(), 1);
  await screenshot(page, "explorer-range-desktop-light");
  assert.deepEqual(errors, []);
});

test("search filters and highlights in cards and the reader", async () => {
  const wordsOf = (text) => new Set(text.toLowerCase().match(/[a-z]{8,}/g) ?? []);
  const paragraphs = (a) => a.sections.flatMap((s) => s.paragraphs);
  const words = (a) => wordsOf(paragraphs(a).join(" "));
  const [first, ...rest] = corpus.articles;
  const others = rest.map(words);
  // A word of the body only: not in the title, the standfirst or the first
  // paragraph (where the card's lead comes from).
  const shown = wordsOf([first.title, first.standfirst ?? "", paragraphs(first)[0]].join(" "));
  const unique = [...wordsOf(paragraphs(first).slice(1).join(" "))].find(
    (w) => others.every((o) => !o.has(w)) && !shown.has(w),
  );
  assert.ok(unique, "a word only the first article's body uses");
  const { page, errors } = await open();
  await page.locator('input[type="search"]#search').fill(unique.toUpperCase());
  await page.waitForFunction(() => document.querySelectorAll("main article.article-card").length === 1);
  assert.equal(await articleCards(page).locator("h3").innerText(), first.title);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get("q") === q, unique.toUpperCase());
  assert.match(await status(page), new RegExp(`Showing 1 of ${ARTICLES}`));
  // The card shows where the body matched: an excerpt, with its section or
  // paragraph, and the hit marked.
  const excerpt = articleCards(page).locator(".excerpt");
  await excerpt.first().waitFor();
  assert.ok((await excerpt.first().locator(".where").innerText()).length > 0, "the excerpt says where it is");
  const hits = await excerpt.locator("mark").allInnerTexts();
  assert.ok(hits.length > 0 && hits.every((m) => m.toLowerCase() === unique), `excerpt marks: ${hits}`);
  await screenshot(page, "explorer-search-excerpt-desktop-light");
  // The reader marks the hit, case-insensitively.
  await articleCards(page).locator("h3 a").click();
  const dialog = page.locator("dialog.reader[open]");
  await dialog.waitFor();
  const marks = await dialog.locator(".reader-body mark").allInnerTexts();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === unique), `marks: ${marks}`);
  await screenshot(page, "explorer-reader-search-desktop-light");
  // A title word highlights in the card title.
  await page.keyboard.press("Escape");
  const titleWord = first.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
  await page.locator("#search").fill(titleWord.toLowerCase());
  await page.waitForSelector("main article.article-card h3 mark");
  assert.equal((await page.locator("main article.article-card h3 mark").first().innerText()).toLowerCase(), titleWord.toLowerCase());
  // Events and quotes show their hits too: the summary, the quoted words.
  for (const [view, text, cls] of [
    ["Events", corpus.events[0].summary, "event-card"],
    ["Quotes", corpus.quotes[0].text, "quote-card"],
  ]) {
    const word = text.match(/[A-Za-z]{6,}/)[0];
    await page.locator("#search").fill(word);
    await page.locator('[aria-label="View"] button', { hasText: view }).click();
    await page.waitForSelector(`main article.${cls} mark`);
    const marked = await page.locator(`main article.${cls} mark`).first().innerText();
    assert.equal(marked.toLowerCase(), word.toLowerCase(), `${view}: the hit is marked`);
  }
  assert.deepEqual(errors, []);
});

test("open and close the reader with the keyboard; focus returns", async () => {
  const { page, errors } = await open();
  const link = articleCards(page).first().locator("h3 a");
  const title = await link.innerText();
  await link.focus();
  await page.keyboard.press("Enter");
  const dialog = page.locator("dialog.reader[open]");
  await dialog.waitFor();
  assert.equal(await dialog.locator("h2").innerText(), title);
  assert.ok((await search(page)).get("article"));
  assert.equal(await page.evaluate(() => document.activeElement.closest("dialog") !== null), true, "focus moves into the reader");
  await axe(page, "reader open");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog.reader[open]"));
  assert.equal((await search(page)).get("article"), null);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), title, "focus returns to the card link");
  assert.deepEqual(errors, []);
});

test("a shared URL restores view, search, reader and theme; junk is ignored", async () => {
  const a = corpus.articles[0];
  const word = a.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
  const { page, errors } = await open(`?view=quotes&q=${encodeURIComponent(word)}&article=${a.id}&theme=dark&actor=nobody&zzz=%ZZ&from=2017-02-31`);
  await page.locator("dialog.reader[open]").waitFor();
  assert.equal(await page.locator("dialog.reader h2").innerText(), a.title);
  assert.equal(await page.locator("#search").inputValue(), word);
  assert.equal(await page.locator('[aria-label="View"] button[aria-pressed="true"]').innerText().then((t) => t.split(/\s/)[0]), "Quotes");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  // Garbage parameters are dropped from the address without an error.
  const params = (await search(page));
  assert.equal(params.get("zzz"), null);
  assert.equal(params.get("actor"), null);
  assert.equal(params.get("from"), null);
  assert.equal(params.get("view"), "quotes");
  await screenshot(page, "explorer-shared-reader-desktop-dark");
  assert.deepEqual(errors, []);
});

test("back and forward move through meaningful states", async () => {
  const { page, errors } = await open();
  const view = (name) => page.locator('[aria-label="View"] button', { hasText: name });
  const pressed = () => page.locator('[aria-label="View"] button[aria-pressed="true"]').innerText().then((t) => t.split(/\s/)[0]);
  await view("Events").click();
  await page.waitForFunction(() => location.search.includes("view=events"));
  await view("Quotes").click();
  await page.waitForFunction(() => location.search.includes("view=quotes"));
  // Typing a search adds one entry, however many keys.
  await page.locator("#search").pressSequentially("talks", { delay: 20 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "talks");
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
  assert.equal(await page.locator("#search").inputValue(), "");
  assert.equal(await pressed(), "Quotes");
  await page.goBack();
  await page.waitForFunction(() => location.search.includes("view=events"));
  assert.equal(await pressed(), "Events");
  await page.goBack();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await pressed(), "Articles");
  assert.equal(await articleCards(page).count(), ARTICLES);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes("view=events"));
  assert.equal(await pressed(), "Events");
  assert.deepEqual(errors, []);
});

test("375 px: no horizontal overflow, legend behind a button", async () => {
  for (const scheme of ["light", "dark"]) {
    const { page, errors } = await open("", { width: 375, height: 800, scheme });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
    const toggle = page.locator(".legend-toggle");
    assert.ok(await toggle.isVisible());
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator("#legend-body").isVisible(), false);
    await screenshot(page, `explorer-mobile-${scheme}`);
    await toggle.click();
    assert.equal(await page.locator("#legend-body").isVisible(), true);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);
    await axe(page, `mobile ${scheme}`);
    await screenshot(page, `explorer-mobile-legend-${scheme}`);
    assert.deepEqual(errors, []);
  }
});

test("dark mode follows the system and ?theme overrides it", async () => {
  const bg = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  let { page, errors } = await open("", { scheme: "dark" });
  assert.equal(await bg(page), "rgb(21, 24, 28)");
  await axe(page, "dark (system)");
  await screenshot(page, "explorer-desktop-dark");
  ({ page } = await open("?theme=light", { scheme: "dark" }));
  assert.equal(await bg(page), "rgb(255, 255, 255)");
  ({ page } = await open("?theme=dark", { scheme: "light" }));
  assert.equal(await bg(page), "rgb(21, 24, 28)");
  assert.deepEqual(errors, []);
});

test("axe-core finds no violations in the main states", async () => {
  const { page, errors } = await open();
  await axe(page, "articles");
  await screenshot(page, "explorer-desktop-light");
  for (const v of ["Events", "Quotes"]) {
    await page.locator('[aria-label="View"] button', { hasText: v }).click();
    await axe(page, v);
    await screenshot(page, `explorer-${v.toLowerCase()}-desktop-light`);
  }
  // An event selected from the timeline by keyboard (checked in detail below).
  await page.locator(".tl-marks .mark").first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("event"));
  await axe(page, "event selected");
  await screenshot(page, "explorer-event-desktop-light");
  assert.deepEqual(errors, []);
});

test("the timeline's marks work by keyboard: one tab stop, arrows, Home/End, Enter selects", async () => {
  const { page, errors } = await open();
  const marks = page.locator(".tl-marks .mark");
  const n = await marks.count();
  assert.ok(n >= 3, `the seed timeline has ${n} marks`);
  // One tab stop for the whole strip (a roving tabindex).
  assert.equal(await page.locator('.tl-marks .mark[tabindex="0"]').count(), 1);
  const focused = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll(".tl-marks .mark")];
      return all.indexOf(document.activeElement);
    });
  await page.locator('.tl-marks .mark[tabindex="0"]').focus();
  await page.keyboard.press("Home");
  assert.equal(await focused(), 0);
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), 1);
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), 2);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await focused(), 1);
  await page.keyboard.press("End");
  assert.equal(await focused(), n - 1);
  // The tab stop follows the focus (its flags are written on the next frame).
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll(".tl-marks .mark")];
    return all.at(-1).getAttribute("tabindex") === "0" && all.filter((m) => m.tabIndex === 0).length === 1;
  });
  await page.keyboard.press("Home");
  // Enter selects that mark's event: it goes into the URL and is shown.
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("event"));
  const id = (await search(page)).get("event");
  assert.ok(corpus.events.some((e) => e.id === id), `selected event ${id} is one of the corpus`);
  await page.waitForFunction(() => document.querySelector(".tl-marks .mark").getAttribute("aria-pressed") === "true");
  assert.deepEqual(errors, []);
});


test("at 1280 px the timeline labels its events: at least 8, none overlapping, none opening with a pronoun", async () => {
  const { page, errors } = await open();
  await page.waitForSelector(".tl-labels .tl-label");
  const labels = await page.locator(".tl-labels .tl-label").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  assert.ok(labels.length >= 8, `${labels.length} labels: ${labels.map((l) => l.text).join(" | ")}`);
  for (const [i, a] of labels.entries()) {
    assert.ok(a.text.length > 0 && a.right - a.left > 0, `label ${i} is shown`);
    assert.doesNotMatch(a.text, /^(he|she|it|they|we|this|these|those|his|her|its|their)\b/i, `"${a.text}" opens with a pronoun`);
    for (const b of labels.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      assert.ok(apart, `"${a.text}" and "${b.text}" overlap`);
    }
  }
  // A phone-width strip shows no labels (the focused mark's tooltip does).
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction(() => document.querySelectorAll(".tl-labels .tl-label").length === 0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector(".tl-labels .tl-label");
  await screenshot(page, "timeline-labels-desktop-light");
  assert.deepEqual(errors, []);
});
