// Article text is untrusted. A corpus whose text, quotes, event sentences and
// actor names carry markup that would run if it were ever parsed as HTML is
// built and opened in every view: the article cards, the reader, the events
// and quotes views, the legend and the timeline. Each view is checked for the
// elements and attributes that execute (scripts, event-handler attributes,
// images, frames, `javascript:` links), and the markup must show as text.
// It runs twice: under the site's CSP, and once without any CSP, so that the
// escaping itself is tested, not only the policy that would block a script.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, STRICT_CSP } from "./lib/server.mjs";
import { buildSite } from "./lib/corpus.mjs";
import { launch, openPage, ready, screenshot } from "./lib/browser.mjs";

const ACTOR = '<img src=x onerror="window.__pwned = 6">Zorblax';
const ARTICLE = [
  "Injection <script>window.__pwned = 1</script> in Astana talks",
  "",
  "Posted: 21 December 2017",
  "",
  "Russia said <script>window.__pwned = 2</script> the talks in Astana would resume on Thursday.",
  "",
  'An image <img src=x onerror="window.__pwned = 3"> appeared beside Turkey and Iran on Friday.',
  "",
  'Click <a href="javascript:window.__pwned=4">here</a> or javascript:window.__pwned=5 now, said Lavrov.',
  "",
  '"We will <b onmouseover="window.__pwned = 7">return</b> to Astana <svg onload="window.__pwned = 8"></svg> next week," Lavrov said.',
  "",
  "Zorblax signed the text in Astana on Wednesday.",
  "",
].join("\n");
const CONFIG = `[[actors.add]]\nname = ${JSON.stringify(ACTOR)}\nkind = "organization"\naliases = ["Zorblax"]\n`;

let dist;
let browser;

before(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-xss-"));
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-xss-dist-"));
  fs.writeFileSync(path.join(dir, "001_hostile.txt"), ARTICLE);
  fs.writeFileSync(path.join(dir, "dossier.toml"), CONFIG);
  buildSite(dir, dist);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** What would execute in the page, and the text the page shows. */
const inspect = (page) =>
  page.evaluate(() => {
    const body = document.body;
    const all = [...body.querySelectorAll("*")];
    return {
      pwned: window.__pwned ?? null,
      scripts: body.querySelectorAll("script").length,
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).map((e) => e.outerHTML.slice(0, 80)),
      embeds: body.querySelectorAll("img, iframe, object, embed, frame").length,
      jsLinks: all.filter((e) => ["href", "src", "action", "formaction", "xlink:href"].some((n) => (e.getAttribute(n) ?? "").trim().toLowerCase().startsWith("javascript:"))).length,
      bold: body.querySelectorAll("main b, dialog b, nav b").length,
      text: body.innerText,
    };
  });

function clean(seen, where) {
  assert.equal(seen.pwned, null, `${where}: a script ran`);
  assert.equal(seen.scripts, 0, `${where}: script elements in the body`);
  assert.deepEqual(seen.handlers, [], `${where}: event-handler attributes`);
  assert.equal(seen.embeds, 0, `${where}: images or frames`);
  assert.equal(seen.jsLinks, 0, `${where}: javascript: URLs`);
  assert.equal(seen.bold, 0, `${where}: article markup became elements`);
}

for (const [label, headers] of [
  ["under the site's CSP", { "content-security-policy": STRICT_CSP }],
  ["with no CSP at all", {}],
]) {
  test(`hostile text in every view runs nothing and shows as text, ${label}`, async () => {
    const srv = await serve({ root: dist, prefix: "/x/", headers });
    try {
      const { page, errors } = await openPage(browser.context);
      await page.goto(srv.url);
      await ready(page);
      await page.locator("main article.article-card").first().waitFor();

      // Articles view, the legend and the timeline strip.
      let seen = await inspect(page);
      clean(seen, "articles view");
      assert.ok(seen.text.includes('<img src=x onerror="window.__pwned = 6">Zorblax'), "the actor's name is shown as text");
      assert.ok(seen.text.includes("<script>"), "article markup is shown as text");
      const legend = await page.locator('nav[aria-label="Actors"]').innerText();
      assert.ok(legend.includes("<img src=x"), `legend: ${legend.slice(0, 200)}`);

      // Hover and focus the timeline's marks: their labels and tooltips.
      const marks = page.locator(".tl-track [data-ix], .tl-track button, .tl-track [role=button]");
      for (let i = 0; i < Math.min(await marks.count(), 6); i++) {
        await marks.nth(i).hover({ force: true }).catch(() => {});
      }
      clean(await inspect(page), "timeline hover");

      // The reader.
      await page.locator("main article.article-card h3 a").first().click();
      await page.locator("dialog.reader[open]").waitFor();
      seen = await inspect(page);
      clean(seen, "reader");
      const reader = await page.locator("dialog.reader").innerText();
      for (const needle of ["<script>", "<img src=x", "javascript:", "<svg onload"]) {
        assert.ok(reader.includes(needle), `reader shows ${needle} as text`);
      }
      await page.keyboard.press("Escape");

      // Events and quotes views.
      for (const view of ["Events", "Quotes"]) {
        await page.locator('[aria-label="View"] button', { hasText: view }).click();
        await page.locator(`main article.${view === "Events" ? "event" : "quote"}-card`).first().waitFor();
        seen = await inspect(page);
        clean(seen, `${view.toLowerCase()} view`);
        // textContent: off-screen cards skip layout (content-visibility), so
        // their innerText can be empty.
        const cards = await page.locator("main .card-list").textContent();
        assert.ok(/<(script|img|svg|b) /.test(cards) || cards.includes("<script>"), `${view}: markup shown as text`);
      }
      await screenshot(page, `hostile-quotes-${headers["content-security-policy"] ? "csp" : "no-csp"}`);
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
      // Without a CSP nothing is blocked, so no console error is expected;
      // with it, none may come from a blocked inline script either.
      assert.deepEqual(errors, []);
    } finally {
      await srv.close();
    }
  });
}
