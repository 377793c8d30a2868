// In-page probes of the explorer benchmark and the statistics it prints.
//
// Paint is approximated from the page itself, three ways per sample, all
// measured with `performance.now()` from the input event (captured on
// `document`, so before the app's own listeners):
//   work  - until the task that handled the input (handlers, Leptos effects,
//           DOM writes) has finished: a MessageChannel message posted from the
//           input listener;
//   next  - until the first frame after the DOM update has been rendered: a
//           message posted from that frame's requestAnimationFrame callback
//           runs after the frame's style, layout and paint;
//   raf2  - until the second requestAnimationFrame after the DOM update (the
//           usual "double rAF" estimate). It waits for one more vsync, so it
//           is an upper bound: at 60 Hz it is at least one frame (16.7 ms)
//           even when the app does no work at all.
// The DOM update is the first mutation under `main` after the input.

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** `{ n, median, p95, min, max, mean }` of a list of milliseconds. */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const mean = v.reduce((s, x) => s + x, 0) / (v.length || 1);
  return { n: v.length, median: percentile(v, 50), p95: percentile(v, 95), min: v[0], max: v[v.length - 1], mean };
}

export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "n/a");

/**
 * Script for `page.addInitScript`: resolves `window.__dossierFirstCards` with
 * the times (from navigation start) when `main article` first appears and
 * when the frames after it have been rendered.
 */
export function firstCardsProbe() {
  window.__dossierFirstCards = new Promise((resolve) => {
    let seen = false;
    const check = () => {
      if (seen || !document.querySelector("main article")) return;
      seen = true;
      mo.disconnect();
      const r = { dom: performance.now() };
      requestAnimationFrame(() => {
        r.raf = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          r.next = performance.now();
        };
        ch.port2.postMessage(null);
        requestAnimationFrame(() => {
          r.raf2 = performance.now();
          // Let the message above run if it has not yet.
          setTimeout(() => resolve(r), 0);
        });
      });
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true });
  });
}

/** Navigation, paint and Wasm resource timings of the current page
 * (waits up to 3 s for the first-contentful-paint entry, reported late). */
export async function pageTimings() {
  for (let i = 0; i < 60 && performance.getEntriesByType("paint").length < 2; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime]));
  const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
  const data = performance.getEntriesByType("resource").find((e) => e.name.includes("/data/"));
  // The app's own start-up marks (boot.js, src/data.rs, src/app.rs).
  const marks = Object.fromEntries(performance.getEntriesByType("mark").map((e) => [e.name, e.startTime]));
  return {
    ...marks,
    dataResponseEnd: data?.responseEnd,
    responseEnd: nav?.responseEnd,
    domInteractive: nav?.domInteractive,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    load: nav?.loadEventEnd,
    firstPaint: paint["first-paint"],
    firstContentfulPaint: paint["first-contentful-paint"],
    wasmResponseEnd: wasm?.responseEnd,
    wasmBytes: wasm?.encodedBodySize,
  };
}

/**
 * Installs the latency probe for one input: `start` is the event that begins
 * the interaction (keydown, pointerdown), `act` the one the app handles
 * (keydown, whose task also carries the input event; click). DOM updates
 * are watched under `root`, until `until` holds (see below). Resolves
 * `window.__dossierProbe` with times relative to `start`.
 */
export function installProbe({ start, act, timeout, root = "main", until = null }) {
  window.__dossierProbe = new Promise((resolve) => {
    const main = document.querySelector(root);
    // The update that counts: the first after which `until.selector` exists
    // (and, with `until.without`, no longer holds that text), so that a
    // "Loading…" line shown while a data file comes is not taken for the result.
    const reached = () => {
      if (!until) return true;
      const el = document.querySelector(until.selector);
      return !!el && !(until.without && el.textContent.includes(until.without));
    };
    const r = {};
    let finished = false;
    const done = (extra) => {
      if (finished) return;
      finished = true;
      mo.disconnect();
      clearTimeout(timer);
      document.removeEventListener(start, onStart, true);
      document.removeEventListener(act, onAct, true);
      const rel = (t) => (t === undefined || r.t0 === undefined ? undefined : t - r.t0);
      resolve({
        started: r.t0 !== undefined,
        act: rel(r.act),
        work: rel(r.idle),
        dom: rel(r.dom),
        next: rel(r.next),
        raf2: rel(r.raf2),
        ...extra,
      });
    };
    const timer = setTimeout(() => done({ timeout: true }), timeout);
    const onStart = () => {
      if (r.t0 === undefined) r.t0 = performance.now();
    };
    const onAct = () => {
      if (r.t0 === undefined || r.act !== undefined) return;
      r.act = performance.now();
      // Runs once the task handling this event (and its microtasks) is over.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        r.idle = performance.now();
      };
      ch.port2.postMessage(null);
    };
    document.addEventListener(start, onStart, true);
    document.addEventListener(act, onAct, true);
    const mo = new MutationObserver(() => {
      if (r.t0 === undefined || r.dom !== undefined || !reached()) return;
      r.dom = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          r.next = performance.now();
        };
        ch.port2.postMessage(null);
        requestAnimationFrame(() => {
          r.raf2 = performance.now();
          setTimeout(() => done({}), 0);
        });
      });
    });
    mo.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/**
 * Starts collecting the browser's own Event Timing entries (input to the
 * presentation of the next frame, 8 ms granularity; only entries of 16 ms
 * or more are reported) into `window.__dossierEvents`.
 */
export function collectEventTiming() {
  window.__dossierEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__dossierEvents.push({ name: e.name, duration: e.duration });
    }
  }).observe({ type: "event", durationThreshold: 16 });
}

/** Waits for two frames and a little idle time, so samples do not overlap. */
export async function settle(page, extraMs = 20) {
  await page.evaluate(
    (wait) =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait)))),
    extraMs,
  );
}

/**
 * One measured interaction: installs the probe, runs `action` (which must
 * cause the `start` and `act` events), and returns the probe's record.
 */
export async function measure(page, { start, act, timeout = 5000, root, until }, action) {
  await page.evaluate(installProbe, { start, act, timeout, root, until });
  await action();
  const r = await page.evaluate(() => window.__dossierProbe);
  await settle(page);
  return r;
}
