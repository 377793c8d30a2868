// The explorer's browser benchmark (issue 6, "Budgets"). Not a test: it makes
// no assertion on time, it prints figures.
//
// First, on the seed corpus (articles/), issue 18's comparison: the Dossier
// site and TimelineJS3 (npm @knight-lab/timelinejs, from local files, see
// lib/timelinejs.mjs) showing the same events, exported with `dossier export
// --format timelinejs`. Page loads alternate between the two; it prints
// navigation to Dossier's first cards painted and to TimelineJS's first slide
// painted, median and p95, and their ratio (target: 0.5x or less).
//
// Then, for each corpus size (default 1,000 and 10,000 articles) it generates a
// deterministic corpus with `dossier generate --seed 7`, writes its site with
// `dossier build` over one app build (printing build time and peak memory),
// prints the site's raw and gzipped size, then in headless Chromium measures:
//   - time from navigation to the first cards (`main article`) painted;
//   - keystroke-to-paint latency of search, typing words letter by letter;
//   - click-to-paint latency of actor toggles in the legend;
//   - the first keystroke of fresh pages, to its results painted (in a
//     sharded corpus it fetches the lexicon shards holding its words);
//   - opening the reader from a card, to the body painted (the first article
//     of a body shard fetches the shard);
// median and p95. The target is a median under 16 ms (one frame at 60 Hz).
// How paint is approximated is explained in lib/measure.mjs.
//
//   node tests/bench/explorer.bench.mjs          (run by `cargo xtask bench`)
//   DOSSIER_BENCH_SIZES=0 node tests/bench/explorer.bench.mjs   (the seeds only)
//
// Environment: DOSSIER_BENCH_SIZES (comma list, default "1000,10000"; "0"
// for none), DOSSIER_BENCH_DIR (keep corpora, dists and logs there instead
// of a removed temporary folder), DOSSIER_BENCH_BUILD_TIMEOUT (seconds per
// build, default 1800; a size whose build takes longer is reported as not
// measured), DOSSIER_BENCH_LOADS (page loads for first cards, default 5; on
// the seeds, that many of each page).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { launch, openPage, ready } from "../e2e/lib/browser.mjs";
import { serve, STRICT_CSP } from "../e2e/lib/server.mjs";
import { ROOT, generate, buildApp, buildSite, exportTimeline, logTail, weigh } from "./lib/build.mjs";
import { TIMELINEJS_VERSION, TIMELINE_CSP, firstSlideProbe, writeTimelinePage } from "./lib/timelinejs.mjs";
import { firstCardsProbe, pageTimings, collectEventTiming, measure, settle, stats, ms } from "./lib/measure.mjs";

const SIZES = (process.env.DOSSIER_BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => n > 0);
const BUILD_TIMEOUT = Number(process.env.DOSSIER_BENCH_BUILD_TIMEOUT ?? 1800);
const LOADS = Number(process.env.DOSSIER_BENCH_LOADS ?? 5);
/** Words of the generated corpora, typed letter by letter (about 100 keystrokes). */
const WORDS = ["ceasefire", "prisoner", "delegates", "minister", "exchange", "Kessler", "officials", "reporters", "diplomat", "proposal", "talks", "spokesman"];
const WARMUP_WORD = "agreement";
/** Rounds over the first actors of the legend, each click on then off (60 samples). */
const TOGGLE_ROUNDS = 2;
const TOGGLE_ACTORS = 15;

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const keep = process.env.DOSSIER_BENCH_DIR;
const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-"));
fs.mkdirSync(work, { recursive: true });

function describeSource() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    return `${head}${dirty ? " + uncommitted changes" : ""}`;
  } catch {
    return "unknown";
  }
}

function printSizes(n, w) {
  const row = (name, x) => `    ${name.padEnd(27)} raw ${kb(x.raw).padStart(11)}   gzip ${kb(x.gz).padStart(10)}`;
  console.log(`  dist size (${n} articles):`);
  for (const [k, x] of Object.entries(w.byKind)) console.log(row(k, x));
  console.log(row("html+js+wasm+css (the app)", w.page));
  console.log(row(`data (${w.data.files} files)`, w.data));
  console.log(row("data head (fetched at start)", w.head));
  console.log(row("all files", w.all));
}

function line(name, s) {
  return `    ${name.padEnd(26)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   min ${ms(s.min).padStart(9)}   max ${ms(s.max).padStart(9)}   (n=${s.n})`;
}

function printLatency(title, samples, events, kind) {
  const ok = samples.filter((r) => r.started && !r.timeout && r.dom !== undefined);
  const noChange = samples.filter((r) => r.started && r.timeout).length;
  const missed = samples.filter((r) => !r.started).length;
  console.log(`  ${title}: ${ok.length} samples with a DOM update under <main>` +
    (noChange ? `, ${noChange} inputs changed nothing under <main> (excluded)` : "") +
    (missed ? `, ${missed} inputs not seen (excluded)` : ""));
  const next = stats(ok.map((r) => r.next));
  console.log(line("input -> handled (work)", stats(ok.map((r) => r.work))));
  console.log(line("input -> DOM update", stats(ok.map((r) => r.dom))));
  console.log(line("input -> next paint", next));
  console.log(line("input -> double rAF", stats(ok.map((r) => r.raf2))));
  // From the event the app acts on (the click, after pointerdown and
  // pointerup: the harness's own dispatch gap is excluded; same as above for keys).
  const fromAct = stats(ok.map((r) => r.next - r.act));
  if (kind !== "keydown") console.log(line(`${kind} -> next paint`, fromAct));
  const slow = events.filter((e) => e.name === kind);
  const note = kind === "keydown" ? ", counting the unmeasured clearing of the box between words" : "";
  console.log(`    browser Event Timing (${kind}, input to next frame presented${note}): ${slow.length} interactions took 16 ms or more, for ${samples.length} samples` +
    (slow.length ? `; of those median ${ms(stats(slow.map((e) => e.duration)).median)}, max ${ms(stats(slow.map((e) => e.duration)).max)}` : ""));
  console.log(`    target: median under 16 ms to paint: ${next.median < 16 ? "met" : "not met"} (next paint)` +
    (kind !== "keydown" ? `; from the ${kind} itself: ${fromAct.median < 16 ? "met" : "not met"}` : ""));
  return { ok: ok.length, next, fromAct, raf2: stats(ok.map((r) => r.raf2)), work: stats(ok.map((r) => r.work)) };
}

/**
 * One fresh page load of `url` with `probe` installed: what the probe puts in
 * `window[result]`, the page's timings, its console errors, and its requests
 * to any origin other than the server's (there should be none).
 */
async function loadOnce(context, url, probe, result) {
  const { page, errors } = await openPage(context);
  const foreign = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(url).origin) foreign.push(r.url());
  });
  await page.addInitScript(probe);
  await page.goto(url, { waitUntil: "load", timeout: 120000 });
  const probed = await page.evaluate((name) => window[name], result);
  const t = await page.evaluate(pageTimings);
  await page.close();
  return { ...probed, ...t, errors: errors.length, foreign };
}

const loadDossier = (context, url) => loadOnce(context, url, firstCardsProbe, "__dossierFirstCards");

async function firstCards(context, url) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await loadDossier(context, url));
  return printFirstCards(loads);
}

/** Prints the start-up stages of Dossier page loads; returns first cards painted. */
function printFirstCards(loads) {
  const row = (name, key) => line(name, stats(loads.map((l) => l[key])));
  console.log(`  first cards, ${loads.length} fresh page loads (ms from navigation start):`);
  console.log(row("responseEnd (html)", "responseEnd"));
  console.log(row("DOMContentLoaded end", "domContentLoaded"));
  console.log(row("first contentful paint", "firstContentfulPaint"));
  console.log(row("boot.js runs", "dossier:boot"));
  console.log(row("JS glue loaded", "dossier:glue"));
  console.log(row("wasm responseEnd", "wasmResponseEnd"));
  console.log(row("wasm compiled, app mounted", "dossier:wasm"));
  console.log(row("data responseEnd", "dataResponseEnd"));
  console.log(row("data fetched (in the app)", "dossier:data-fetched"));
  console.log(row("data decoded", "dossier:data-decoded"));
  console.log(row("index built", "dossier:index-built"));
  console.log(row("load event end", "load"));
  console.log(row("main article in DOM", "dom"));
  console.log(row("first cards, next paint", "next"));
  console.log(row("first cards, double rAF", "raf2"));
  const errors = loads.reduce((s, l) => s + l.errors, 0);
  if (errors) console.log(`    (${errors} console errors during the loads)`);
  return stats(loads.map((l) => l.next));
}

/** Prints the start-up stages of TimelineJS page loads; returns first slide painted. */
function printFirstSlide(loads) {
  const row = (name, key) => line(name, stats(loads.map((l) => l[key])));
  console.log(`  TimelineJS3 ${TIMELINEJS_VERSION}, first slide, ${loads.length} fresh page loads (ms from navigation start):`);
  console.log(row("responseEnd (html)", "responseEnd"));
  console.log(row("timeline.js responseEnd", "scriptResponseEnd"));
  console.log(row("DOMContentLoaded end", "domContentLoaded"));
  console.log(row("first contentful paint", "firstContentfulPaint"));
  console.log(row("data responseEnd", "dataResponseEnd"));
  console.log(row("load event end", "load"));
  console.log(row("slide text in DOM", "dom"));
  console.log(row("slide text on screen", "visible"));
  console.log(row("first slide, next paint", "next"));
  console.log(row("first slide, double rAF", "raf2"));
  const errors = loads.reduce((s, l) => s + l.errors, 0);
  if (errors) console.log(`    (${errors} console errors during the loads)`);
  return stats(loads.map((l) => l.next));
}

/**
 * Issue 18's comparison: the seed corpus (articles/) as a Dossier site and as
 * TimelineJS3 (its events exported by `dossier export --format timelinejs`),
 * loaded alternately from local servers so both see the same machine load.
 */
async function benchSeeds(context, app, summary) {
  console.log("\n== seeds: Dossier against TimelineJS3 ==");
  const logs = path.join(work, "logs");
  const articles = path.join(ROOT, "articles");
  const dist = path.join(work, "dist-seeds");
  const build = await buildSite(articles, app, dist, path.join(logs, "build-seeds.log"), BUILD_TIMEOUT);
  const tl = path.join(work, "timelinejs");
  const exported = await exportTimeline(articles, path.join(tl, "data", "seeds.json"), path.join(logs, "export-seeds.log"), BUILD_TIMEOUT);
  if (!build.ok || !exported.ok) {
    const log = build.ok ? "export-seeds.log" : "build-seeds.log";
    console.log(`  NOT MEASURED: ${build.ok ? "dossier export" : "dossier build"} failed:\n${logTail(path.join(logs, log))}`);
    summary.push({ seeds: true, failed: build.ok ? "export" : "build" });
    return;
  }
  writeTimelinePage(tl);
  const events = JSON.parse(fs.readFileSync(path.join(tl, "data", "seeds.json"), "utf8")).events.length;
  console.log(`  ${events} events; Dossier under its strict CSP, TimelineJS3 from the npm package's files under its own (local only)`);
  const site = await serve({ root: dist, prefix: "/", headers: { "content-security-policy": STRICT_CSP } });
  const timeline = await serve({ root: tl, prefix: "/", headers: { "content-security-policy": TIMELINE_CSP } });
  const ours = [];
  const theirs = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      ours.push(await loadDossier(context, site.url));
      theirs.push(await loadOnce(context, timeline.url, firstSlideProbe, "__timelineFirstSlide"));
    }
  } finally {
    await site.close();
    await timeline.close();
  }
  const first = printFirstCards(ours);
  const slide = printFirstSlide(theirs);
  const foreign = [...ours, ...theirs].flatMap((l) => l.foreign);
  console.log(`  requests to other origins (both pages): ${foreign.length ? foreign.join(", ") : "none"}`);
  const ratio = first.median / slide.median;
  console.log("  Dossier first cards painted / TimelineJS3 first slide painted:");
  console.log(line("Dossier first cards", first));
  console.log(line("TimelineJS3 first slide", slide));
  console.log(`    ratio of medians ${ratio.toFixed(2)}x, of p95 ${(first.p95 / slide.p95).toFixed(2)}x; target 0.5x or less: ${ratio <= 0.5 ? "met" : "not met"}`);
  summary.push({ seeds: true, first, slide, ratio });
}

async function searchLatency(page) {
  const box = page.locator('header input[type="search"]');
  const typeWord = async (word, samples) => {
    await box.fill("");
    await settle(page, 50);
    await box.focus();
    for (const ch of word) {
      const r = await measure(page, { start: "keydown", act: "keydown" }, () => page.keyboard.press(ch));
      samples?.push(r);
    }
  };
  await typeWord(WARMUP_WORD, null);
  await box.fill("");
  await settle(page, 300);
  await page.evaluate(() => (window.__dossierEvents = []));
  const samples = [];
  for (const w of WORDS) await typeWord(w, samples);
  await box.fill("");
  await settle(page, 50);
  return samples;
}

/**
 * The first keystroke of a fresh page, until its results are painted: in a
 * sharded corpus it fetches the lexicon shards holding the words that start
 * with it (the status line says
 * "Loading the search index…" meanwhile, which does not count).
 */
async function firstKeystroke(context, url) {
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const { page } = await openPage(context);
    await page.goto(url, { timeout: 120000 });
    await ready(page);
    await page.waitForSelector("main article", { timeout: 120000 });
    await settle(page, 200);
    await page.locator('header input[type="search"]').focus();
    const until = { selector: "#status", without: "Loading" };
    samples.push(await measure(page, { start: "keydown", act: "keydown", until, timeout: 30000 }, () => page.keyboard.press(WORDS[i % WORDS.length][0])));
    await page.close();
  }
  return samples;
}

/**
 * Opening the reader from a card's title until its body is painted: the
 * first article of a body shard fetches the shard. Cards far apart in the
 * list come from different shards.
 */
async function readerLatency(page) {
  const links = page.locator("main article.article-card h3 a");
  const n = Math.min(await links.count(), 12);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    await link.scrollIntoViewIfNeeded();
    await settle(page, 20);
    const until = { selector: "dialog.reader .reader-body p:not(.loading)" };
    samples.push(await measure(page, { start: "pointerdown", act: "click", root: "body", until, timeout: 30000 }, () => link.click()));
    await page.keyboard.press("Escape");
    await settle(page, 100);
  }
  return samples;
}

async function toggleLatency(page) {
  const buttons = page.locator('nav[aria-label="Actors"] button.actor[aria-pressed]');
  const visible = [];
  const total = await buttons.count();
  for (let i = 0; i < total && visible.length < TOGGLE_ACTORS; i++) {
    if (await buttons.nth(i).isVisible()) visible.push(i);
  }
  const samples = [];
  const click = async (i, record) => {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    await b.hover();
    await settle(page, 20);
    const r = await measure(page, { start: "pointerdown", act: "click" }, () => b.click());
    if (record) samples.push(r);
  };
  if (visible.length === 0) return samples;
  await click(visible[0], false);
  await click(visible[0], false);
  await settle(page, 300);
  await page.evaluate(() => (window.__dossierEvents = []));
  for (let round = 0; round < TOGGLE_ROUNDS; round++) {
    for (const i of visible) {
      await click(i, true); // on
      await click(i, true); // off
    }
  }
  await page.mouse.move(0, 0);
  return samples;
}

async function benchSize(context, app, n, summary) {
  console.log(`\n== ${n} articles ==`);
  const logs = path.join(work, "logs");
  fs.mkdirSync(logs, { recursive: true });
  const articles = path.join(work, `corpus-${n}`);
  const dist = path.join(work, `dist-${n}`);
  const gen = await generate(n, articles, path.join(logs, `generate-${n}.log`));
  if (!gen.ok) {
    console.log(`  NOT MEASURED: generating the corpus failed:\n${logTail(path.join(logs, `generate-${n}.log`))}`);
    summary.push({ n, failed: "generate" });
    return;
  }
  const buildLog = path.join(logs, `build-${n}.log`);
  const build = await buildSite(articles, app, dist, buildLog, BUILD_TIMEOUT);
  if (!build.ok) {
    const why = build.timedOut ? `took longer than ${BUILD_TIMEOUT} s and was stopped` : `failed (exit ${build.code})`;
    console.log(`  NOT MEASURED: dossier build ${why} after ${build.seconds.toFixed(1)} s:\n${logTail(buildLog)}`);
    summary.push({ n, failed: `build ${why}` });
    return;
  }
  console.log(
    `  dossier build: ${build.seconds.toFixed(1)} s, peak memory ${build.peakMb.toFixed(0)} MB (corpus generated in ${gen.seconds.toFixed(1)} s)`,
  );
  const w = weigh(dist);
  printSizes(n, w);

  const server = await serve({ root: dist, prefix: "/", headers: { "content-security-policy": STRICT_CSP } });
  try {
    const first = await firstCards(context, server.url);
    const k = await firstKeystroke(context, server.url);
    const firstKey = printLatency("first keystroke of a page (fetches its lexicon shards if sharded), to results painted", k, [], "keydown");
    const { page, errors } = await openPage(context);
    await page.goto(server.url, { timeout: 120000 });
    await ready(page);
    await page.waitForSelector("main article", { timeout: 120000 });
    await settle(page, 200);
    const phase = async (run) => {
      const samples = await run(page);
      await settle(page, 300);
      return { samples, events: await page.evaluate(() => window.__dossierEvents) };
    };
    await page.evaluate(collectEventTiming);
    const s = await phase(searchLatency);
    const search = printLatency("search, keystroke to paint", s.samples, s.events, "keydown");
    const t = await phase(toggleLatency);
    const toggle = printLatency("actor toggle, click to paint", t.samples, t.events, "click");
    const o = await phase(readerLatency);
    const reader = printLatency("reader open, click to body painted", o.samples, o.events, "click");
    if (errors.length) console.log(`    (${errors.length} console errors: ${errors.slice(0, 3).join(" | ")})`);
    await page.close();
    summary.push({ n, build: build.seconds, peakMb: build.peakMb, size: w.page, data: w.data, head: w.head, first, firstKey, search, toggle, reader });
  } finally {
    await server.close();
  }
}

async function main() {
  console.log("Explorer browser benchmark (issue 6, Budgets): figures only, no assertions.");
  console.log(
    `source ${describeSource()}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}; work dir ${work}${keep ? "" : " (removed at the end)"}`,
  );
  const browser = await launch();
  const summary = [];
  try {
    const probe = await browser.context.newPage();
    console.log(`browser: ${await probe.evaluate(() => navigator.userAgent)}, viewport 1280x900, headless`);
    await probe.close();
    const app = path.join(work, "app");
    const logs = path.join(work, "logs");
    fs.mkdirSync(logs, { recursive: true });
    const built = await buildApp(app, path.join(logs, "app.log"), BUILD_TIMEOUT);
    if (!built.ok) throw new Error(`building the app failed:\n${logTail(path.join(logs, "app.log"))}`);
    console.log(`app built once for every size: ${built.seconds.toFixed(1)} s`);
    await benchSeeds(browser.context, app, summary);
    for (const n of SIZES) await benchSize(browser.context, app, n, summary);
  } finally {
    await browser.close();
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }

  console.log("\n== summary (medians / p95; paint = next frame rendered after the DOM update) ==");
  for (const s of summary) {
    if (s.seeds) {
      console.log(
        s.failed
          ? `seeds: not measured (${s.failed})`
          : `seeds: Dossier first cards painted ${ms(s.first.median)} (p95 ${ms(s.first.p95)}), TimelineJS3 first slide ${ms(s.slide.median)} (p95 ${ms(s.slide.p95)}): ${s.ratio.toFixed(2)}x (target 0.5x)`,
      );
      continue;
    }
    if (s.failed) {
      console.log(`${String(s.n).padStart(6)} articles: not measured (${s.failed})`);
      continue;
    }
    console.log(
      `${String(s.n).padStart(6)} articles: build ${s.build.toFixed(1)} s, peak ${s.peakMb.toFixed(0)} MB; app ${kb(s.size.gz)} gzip, data ${kb(s.data.gz)} gzip / ${kb(s.data.raw)} raw (head ${kb(s.head.gz)} gzip); ` +
        `first cards painted ${ms(s.first.median)}; ` +
        `search ${ms(s.search.next.median)} / ${ms(s.search.next.p95)} (double rAF ${ms(s.search.raf2.median)} / ${ms(s.search.raf2.p95)}); ` +
        `toggle ${ms(s.toggle.next.median)} / ${ms(s.toggle.next.p95)} (from the click ${ms(s.toggle.fromAct.median)} / ${ms(s.toggle.fromAct.p95)}; double rAF ${ms(s.toggle.raf2.median)} / ${ms(s.toggle.raf2.p95)}); ` +
        `first keystroke ${ms(s.firstKey.next.median)} / ${ms(s.firstKey.next.p95)}; reader open ${ms(s.reader.next.median)} / ${ms(s.reader.next.p95)}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
