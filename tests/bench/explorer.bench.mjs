// The explorer's browser benchmark (issue 6, "Budgets"). Not a test: it makes
// no assertion on time, it prints figures.
//
// For each corpus size (default 1,000 and 10,000 articles) it generates a
// deterministic corpus with `dossier generate --seed 7`, writes its site with
// `dossier build` over one app build (printing build time and peak memory),
// prints the site's raw and gzipped size, then in headless Chromium measures:
//   - time from navigation to the first cards (`main article`) painted;
//   - keystroke-to-paint latency of search, typing words letter by letter;
//   - click-to-paint latency of actor toggles in the legend;
// median and p95. The target is a median under 16 ms (one frame at 60 Hz).
// How paint is approximated is explained in lib/measure.mjs.
//
//   node tests/bench/explorer.bench.mjs          (run by `cargo xtask bench`)
//
// Environment: DOSSIER_BENCH_SIZES (comma list, default "1000,10000"),
// DOSSIER_BENCH_DIR (keep corpora, dists and logs there instead of a removed
// temporary folder), DOSSIER_BENCH_BUILD_TIMEOUT (seconds per build, default
// 1800; a size whose build takes longer is reported as not measured),
// DOSSIER_BENCH_LOADS (page loads for first cards, default 5).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { launch, openPage, ready } from "../e2e/lib/browser.mjs";
import { serve, STRICT_CSP } from "../e2e/lib/server.mjs";
import { ROOT, generate, buildApp, buildSite, logTail, weigh } from "./lib/build.mjs";
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
  console.log(row("data", w.data));
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

async function firstCards(context, url) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const { page, errors } = await openPage(context);
    await page.addInitScript(firstCardsProbe);
    await page.goto(url, { waitUntil: "load", timeout: 120000 });
    const cards = await page.evaluate(() => window.__dossierFirstCards);
    const t = await page.evaluate(pageTimings);
    loads.push({ ...cards, ...t, errors: errors.length });
    await page.close();
  }
  const row = (name, key) => line(name, stats(loads.map((l) => l[key])));
  console.log(`  first cards, ${LOADS} fresh page loads (ms from navigation start):`);
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
    if (errors.length) console.log(`    (${errors.length} console errors: ${errors.slice(0, 3).join(" | ")})`);
    await page.close();
    summary.push({ n, build: build.seconds, peakMb: build.peakMb, size: w.page, data: w.data, first, search, toggle });
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
    for (const n of SIZES) await benchSize(browser.context, app, n, summary);
  } finally {
    await browser.close();
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
  }

  console.log("\n== summary (medians / p95; paint = next frame rendered after the DOM update) ==");
  for (const s of summary) {
    if (s.failed) {
      console.log(`${String(s.n).padStart(6)} articles: not measured (${s.failed})`);
      continue;
    }
    console.log(
      `${String(s.n).padStart(6)} articles: build ${s.build.toFixed(1)} s, peak ${s.peakMb.toFixed(0)} MB; app ${kb(s.size.gz)} gzip, data ${kb(s.data.gz)} gzip / ${kb(s.data.raw)} raw; ` +
        `first cards painted ${ms(s.first.median)}; ` +
        `search ${ms(s.search.next.median)} / ${ms(s.search.next.p95)} (double rAF ${ms(s.search.raf2.median)} / ${ms(s.search.raf2.p95)}); ` +
        `toggle ${ms(s.toggle.next.median)} / ${ms(s.toggle.next.p95)} (from the click ${ms(s.toggle.fromAct.median)} / ${ms(s.toggle.fromAct.p95)}; double rAF ${ms(s.toggle.raf2.median)} / ${ms(s.toggle.raf2.p95)})`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
