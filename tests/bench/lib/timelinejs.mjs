// The benchmark's point of comparison (issue 18, "First cards sooner"):
// TimelineJS3 showing the same seed events, exported by `dossier export
// --format timelinejs`. The page is made from the npm package's files only
// (no CDN, no fonts from Google), so both sides load from the same local
// server and only the software differs.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./build.mjs";

const PACKAGE = path.join(ROOT, "node_modules", "@knight-lab", "timelinejs");

/** TimelineJS3's version, from the installed package. */
export const TIMELINEJS_VERSION = JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8")).version;

/**
 * The CSP for the TimelineJS page (not our site, so not our strict one):
 * everything from our own origin, inline styles allowed because TimelineJS
 * writes `style` attributes. It also proves no third-party request is made.
 */
export const TIMELINE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>TimelineJS3: seeds</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="css/timeline.css">
  <link rel="stylesheet" href="page.css">
  <script src="js/timeline.js"></script>
</head>
<body>
  <div id="timeline-embed"></div>
  <script src="start.js"></script>
</body>
</html>
`;

// As in TimelineJS's "loading it yourself" instructions, with the data file
// fetched by TimelineJS (as Dossier fetches its own). `font: null`: the
// default font CSS pulls PT Sans from Google Fonts. `script_path`: where
// TimelineJS would look for its extra files (none is needed in English).
const START = `window.timeline = new TL.Timeline("timeline-embed", "data/seeds.json", {
  font: null,
  script_path: new URL("js/", document.baseURI).href,
});
`;

// TimelineJS sizes itself to its container, which needs a height.
const CSS = "html, body { margin: 0; height: 100%; }\n#timeline-embed { width: 100%; height: 100%; }\n";

/**
 * Writes the TimelineJS page into `dir`, around `dir/data/seeds.json`: the
 * package's timeline.js, timeline.css and icon font, copied as they are.
 */
export function writeTimelinePage(dir) {
  const dist = path.join(PACKAGE, "dist");
  fs.mkdirSync(path.join(dir, "js"), { recursive: true });
  fs.copyFileSync(path.join(dist, "js", "timeline.js"), path.join(dir, "js", "timeline.js"));
  // timeline.css finds its icons at ../js/../css/icons/ from css/.
  fs.cpSync(path.join(dist, "css", "icons"), path.join(dir, "css", "icons"), { recursive: true });
  fs.copyFileSync(path.join(dist, "css", "timeline.css"), path.join(dir, "css", "timeline.css"));
  fs.writeFileSync(path.join(dir, "index.html"), PAGE);
  fs.writeFileSync(path.join(dir, "start.js"), START);
  fs.writeFileSync(path.join(dir, "page.css"), CSS);
}

/**
 * Script for `page.addInitScript` on the TimelineJS page: resolves
 * `window.__timelineFirstSlide` with times from navigation start.
 *
 * TimelineJS writes its slides while its "Loading Timeline" message covers
 * the container, and lays them out side by side with only one on screen, so
 * slide text in the DOM (`dom`) is not yet text a reader sees. From then on,
 * each frame's requestAnimationFrame callback checks that a slide's headline
 * or text is inside the viewport, not hidden or transparent, and topmost at
 * its centre (`visible`); the layout this forces was due in that frame
 * anyway. That frame paints it: `next` is a message posted from that
 * callback and `raf2` the frame after, exactly as for Dossier's first cards
 * (firstCardsProbe in measure.mjs).
 */
export function firstSlideProbe() {
  window.__timelineFirstSlide = new Promise((resolve) => {
    const TEXT = ".tl-slide .tl-headline, .tl-slide .tl-text-content";
    const texts = () => [...document.querySelectorAll(TEXT)].filter((el) => el.textContent.trim() !== "");
    const onScreen = (el) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const b = el.getBoundingClientRect();
      const left = Math.max(b.left, 0);
      const right = Math.min(b.right, innerWidth);
      const top = Math.max(b.top, 0);
      const bottom = Math.min(b.bottom, innerHeight);
      if (right <= left || bottom <= top) return false;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return hit !== null && el.contains(hit);
    };
    const r = {};
    const frame = () => {
      if (!texts().some(onScreen)) {
        requestAnimationFrame(frame);
        return;
      }
      r.visible = performance.now();
      r.scriptResponseEnd = performance.getEntriesByName(new URL("js/timeline.js", document.baseURI).href)[0]?.responseEnd;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        r.next = performance.now();
      };
      ch.port2.postMessage(null);
      requestAnimationFrame(() => {
        r.raf2 = performance.now();
        setTimeout(() => resolve(r), 0);
      });
    };
    // Mutations only look for text (no layout), so they do not slow TimelineJS.
    const mo = new MutationObserver(() => {
      if (texts().length === 0) return;
      mo.disconnect();
      r.dom = performance.now();
      requestAnimationFrame(frame);
    });
    mo.observe(document, { childList: true, subtree: true, characterData: true });
  });
}
