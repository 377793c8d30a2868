// Touch on the timeline, in headless Chromium with a touch screen: two
// fingers spreading apart zoom in, and a one-finger drag then pans. Touches
// go through the DevTools protocol, so the page receives real pointer events
// of type "touch", as on a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, screenshot, useSite } from "./lib/browser.mjs";

const site = useSite();

/** Sends one touch event with the given points ({x, y, id}). */
async function touch(cdp, type, points) {
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id })) });
}

/** The first tick label's text and left edge: it moves when the view changes. */
const firstTick = (page) =>
  page.evaluate(() => {
    const t = document.querySelector(".tl-axis .tick");
    return t ? `${t.textContent}@${Math.round(t.getBoundingClientRect().left)}` : null;
  });

test("pinch zooms the timeline and a drag pans it", async () => {
  const context = site.browser.context;
  const { page, errors } = await openPage(context);
  await page.setViewportSize({ width: 390, height: 844 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
  await page.goto(site.server.url);
  await ready(page);
  await page.waitForSelector(".tl-marks .mark");

  const reset = page.locator("#tl-reset");
  assert.equal(await reset.getAttribute("aria-disabled"), "true", "not zoomed at first");
  const box = await page.locator("#tl-track").boundingBox();
  const y = box.y + box.height / 2;
  const mid = box.x + box.width / 2;

  // Two fingers 40 px apart spread to 240 px apart, in steps.
  await touch(cdp, "touchStart", [{ x: mid - 20, y, id: 1 }, { x: mid + 20, y, id: 2 }]);
  for (let d = 40; d <= 240; d += 20) {
    await touch(cdp, "touchMove", [{ x: mid - d / 2, y, id: 1 }, { x: mid + d / 2, y, id: 2 }]);
  }
  await touch(cdp, "touchEnd", []);
  await page.waitForFunction(() => document.querySelector("#tl-reset")?.getAttribute("aria-disabled") === "false");

  // One finger drags right: the view pans, so the ticks move.
  const before = await firstTick(page);
  await touch(cdp, "touchStart", [{ x: mid - 60, y, id: 3 }]);
  for (let x = mid - 60; x <= mid + 60; x += 10) await touch(cdp, "touchMove", [{ x, y, id: 3 }]);
  await touch(cdp, "touchEnd", []);
  await page.waitForFunction((b) => {
    const t = document.querySelector(".tl-axis .tick");
    return t && `${t.textContent}@${Math.round(t.getBoundingClientRect().left)}` !== b;
  }, before);

  await screenshot(page, "timeline-pinched-mobile");
  await reset.click();
  await page.waitForFunction(() => document.querySelector("#tl-reset")?.getAttribute("aria-disabled") === "true");
  assert.deepEqual(errors, []);
  await page.close();
});
