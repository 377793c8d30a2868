// The app fetches its corpus from data/ beside it. When that fetch fails (a
// file not uploaded, a host that blocks it) or the bytes are not a corpus,
// the page says so in words instead of staying blank.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { DIST, launch, openPage } from "./lib/browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A copy of dist/ whose data file is changed by `spoil(path)`. */
function spoiledSite(spoil) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-data-"));
  fs.cpSync(DIST, site, { recursive: true });
  const [file] = fs.readdirSync(path.join(site, "data"));
  spoil(path.join(site, "data", file));
  return site;
}

async function shownError(site) {
  const srv = await serve({ root: site, prefix: "/d/", headers: { "content-security-policy": STRICT_CSP } });
  try {
    const { page } = await openPage(browser.context);
    await page.goto(srv.url);
    const main = page.locator("main.fatal");
    await main.waitFor();
    const text = await main.innerText();
    assert.equal(await page.locator("main article").count(), 0);
    await page.close();
    return text;
  } finally {
    await srv.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
}

test("a data file that cannot be fetched is named in the page", async () => {
  const text = await shownError(spoiledSite((f) => fs.rmSync(f)));
  assert.match(text, /Dossier could not load its data/);
  assert.match(text, /Could not fetch the corpus data \(data\/corpus\.[0-9a-f]+\.bin\): HTTP 404/);
});

test("a data file that is not a corpus is named in the page", async () => {
  const text = await shownError(spoiledSite((f) => fs.writeFileSync(f, "<html>not found</html>")));
  assert.match(text, /Dossier could not load its data/);
  assert.match(text, /The corpus data \(data\/corpus\.[0-9a-f]+\.bin\) cannot be read/);
});
