// Launches Debian's Chromium through playwright-core (no browser download),
// with the flags this offline machine needs, and collects console errors.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve, STRICT_CSP } from "./server.mjs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
/** The built site under test: `$DOSSIER_DIST`, else the repository's dist/. */
export const DIST =
  process.env.DOSSIER_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "dist");

/** Flags this offline machine needs: no sandbox as root, no background traffic. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh persistent context (own user-data-dir) in headless Chromium. */
export async function launch(options = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dossier-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page that records console errors, page errors and CSP violations.
 * @returns {Promise<{page: import('playwright-core').Page, errors: string[]}>}
 */
export async function openPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return { page, errors };
}

/** Waits until the app has rendered (the header's count line is present). */
export async function ready(page) {
  await page.waitForSelector("header h1", { timeout: 20000 });
}

export async function screenshot(page, name) {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name + ".png");
  // Cards off screen skip rendering (content-visibility: auto) until scrolled
  // to; a full-page capture does not scroll, so render them all first.
  await page.evaluate(() => {
    for (const c of document.querySelectorAll(".card")) c.style.contentVisibility = "visible";
  });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The usual test set-up, registered as node:test hooks: dist/ served under
 * `/dossier/` with the strict CSP (plus `serveOptions`), and one Chromium.
 * Returns an object whose `server` and `browser` are set once `before` ran.
 */
export function useSite(serveOptions = {}) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serve({
      root: DIST,
      prefix: "/dossier/",
      headers: { "content-security-policy": STRICT_CSP },
      ...serveOptions,
    });
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Brushes a date range on the timeline: a Shift-drag across the strip from
 * `from` to `to`, as fractions of its width.
 */
export async function brush(page, from, to) {
  const box = await page.locator(".tl-track").boundingBox();
  const y = box.y + 40;
  await page.keyboard.down("Shift");
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 8 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
}
