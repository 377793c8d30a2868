// `dossier build --single-file`: one HTML file with the app and the data
// inlined opens from disk (file://) in the three engines, over WebDriver, and
// shows every card of the fixture corpus with a working actor filter.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { dossier } from "./lib/corpus.mjs";
import { DIST, ARTIFACTS } from "./lib/browser.mjs";
import { engines, start, skippedEngines, INSTALL } from "./lib/webdriver.mjs";
import { FIXTURE } from "./lib/fixture.mjs";
import { ROOT } from "../bench/lib/build.mjs";

let work;
let file;

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-single-"));
  file = path.join(work, "dossier.html");
  const [cmd, ...pre] = dossier();
  execFileSync(cmd, [...pre, "build", FIXTURE, "--single-file", "--app", DIST, "--out", file], { cwd: ROOT, stdio: "ignore" });
});
after(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

test("the single file stands alone", () => {
  assert.deepEqual(fs.readdirSync(work), ["dossier.html"]);
  const html = fs.readFileSync(file, "utf8");
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/, "no external script");
  assert.doesNotMatch(html, /<link[^>]*rel="?(stylesheet|modulepreload|preload)/, "no external style or preload");
});

const skipped = skippedEngines();
for (const [name, engine] of Object.entries(engines())) {
  const skip = skipped.has(name) && `${name} left out by DOSSIER_SKIP_ENGINES`;
  test(`the single file opens from file:// in ${name}`, { skip }, async () => {
    assert.ok(engine, `${name} and its WebDriver must be installed: ${INSTALL[name]} (or run cargo xtask setup --test)`);
    const s = await start(engine);
    try {
      await s.goto(pathToFileURL(file).href);
      await s.find("main article h3", 20000);
      // The fixture's six articles (tests/fixtures/README.md).
      assert.equal((await s.findAll("main article")).length, 6);
      // Norway, the most mentioned actor, is in three of them.
      const actor = await s.find('nav[aria-label="Actors"] button[aria-pressed]');
      assert.match(await s.text(actor), /Norway/);
      await s.click(actor);
      await s.waitFor(async () => (await s.findAll("main article")).length === 3, 5000, "Norway's three articles");
      assert.match(await s.exec("return location.search"), /actor=norway/);
      await s.screenshot(path.join(ARTIFACTS, `single-file-${name}.png`));
    } finally {
      await s.quit();
    }
  });
}
