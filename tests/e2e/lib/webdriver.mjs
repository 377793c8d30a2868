// A small W3C WebDriver client for the engines Playwright cannot drive here:
// Firefox ESR through geckodriver and WebKitGTK through WebKitWebDriver (under
// Xvfb, since its MiniBrowser needs a display). Only what the smoke suite uses.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_FLAGS } from "./browser.mjs";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
export const KEY = { Escape: "\uE00C", Enter: "\uE007" };

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(fn, ms = 20000, what = "condition") {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ": " + last.message : ""}`);
}

function which(cmd, extra = []) {
  for (const dir of [...(process.env.PATH ?? "").split(":"), ...extra]) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return p;
  }
  return null;
}

/**
 * WebKitGTK's MiniBrowser: `$MINIBROWSER`, else the newest webkit2gtk or
 * webkitgtk folder under any library directory (`/usr/lib/<triplet>/...`,
 * `/usr/libexec/...`), whatever the architecture and API version.
 */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER) return fs.existsSync(process.env.MINIBROWSER) ? process.env.MINIBROWSER : null;
  const roots = ["/usr/lib", "/usr/lib64", "/usr/libexec", "/usr/local/lib", "/usr/local/libexec"];
  const found = [];
  const look = (dir, depth) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const sub = path.join(dir, e.name);
      if (/^webkit(2)?gtk-/.test(e.name)) {
        const mb = path.join(sub, "MiniBrowser");
        if (fs.existsSync(mb)) found.push(mb);
      } else if (depth > 0 && /-linux-|^lib/.test(e.name)) {
        look(sub, depth - 1);
      }
    }
  };
  for (const r of roots) look(r, 1);
  return found.sort().reverse()[0] ?? null;
}

/**
 * Engines the caller chose to leave out: `DOSSIER_SKIP_ENGINES=webkit,firefox`.
 * Anything else that is missing fails the suite with what to install.
 */
export function skippedEngines() {
  return new Set((process.env.DOSSIER_SKIP_ENGINES ?? "").split(",").map((e) => e.trim()).filter(Boolean));
}

/** What to install for an engine, for the failure message. */
export const INSTALL = {
  chromium: "apt-get install chromium chromium-driver",
  firefox: "apt-get install firefox-esr, and geckodriver (cargo install geckodriver)",
  webkit: "apt-get install webkit2gtk-driver xvfb (MiniBrowser comes with libwebkit2gtk)",
};

/** The engines of the smoke suite, with how to start each; null when absent. */
export function engines() {
  const cargoBin = path.join(os.homedir(), ".cargo", "bin");
  const miniBrowser = findMiniBrowser();
  const chromeProfile = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-chromedriver-"));
  return {
    chromium: which("chromedriver") && fs.existsSync("/usr/bin/chromium") && {
      driver: which("chromedriver"),
      args: (port) => [`--port=${port}`],
      capabilities: {
        browserName: "chrome",
        "goog:chromeOptions": {
          binary: "/usr/bin/chromium",
          args: ["--headless", ...CHROMIUM_FLAGS, "--window-size=1280,900", `--user-data-dir=${chromeProfile}`],
        },
      },
    },
    firefox: which("geckodriver", [cargoBin]) && which("firefox-esr") && {
      driver: which("geckodriver", [cargoBin]),
      args: (port) => ["--port", String(port)],
      capabilities: {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: which("firefox-esr"),
          args: ["-headless"],
          prefs: {
            "app.update.enabled": false,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
            "toolkit.telemetry.enabled": false,
          },
        },
      },
    },
    webkit: which("WebKitWebDriver") && miniBrowser && which("Xvfb") && {
      driver: which("WebKitWebDriver"),
      args: (port) => [`--port=${port}`],
      display: true,
      capabilities: {
        "webkitgtk:browserOptions": { binary: miniBrowser, args: ["--automation"] },
      },
    },
  };
}

/** Starts a driver (and Xvfb when the engine needs a display) and a session. */
export async function start(engine) {
  const children = [];
  const env = { ...process.env };
  if (engine.display) {
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    const xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
    children.push(xvfb);
    env.DISPLAY = display;
    await new Promise((r) => setTimeout(r, 500));
  }
  const port = await freePort();
  const driver = spawn(engine.driver, engine.args(port), { env, stdio: "ignore" });
  children.push(driver);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(base + "/status")).ok, 20000, `${engine.driver} to listen`);
  const res = await fetch(base + "/session", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ capabilities: { alwaysMatch: engine.capabilities } }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`new session failed: ${JSON.stringify(body.value)}`);
  const session = new Session(`${base}/session/${body.value.sessionId}`, children);
  return session;
}

export class Session {
  constructor(url, children) {
    this.url = url;
    this.children = children;
  }

  async cmd(method, route, body) {
    const res = await fetch(this.url + route, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${route}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  goto(url) {
    return this.cmd("POST", "/url", { url });
  }

  /** Runs a function body in the page; `arguments` holds `args`. */
  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  async find(css, ms = 20000) {
    const el = await waitFor(
      async () => (await this.cmd("POST", "/elements", { using: "css selector", value: css }))[0],
      ms,
      css,
    );
    return el[ELEMENT];
  }

  async findAll(css) {
    return (await this.cmd("POST", "/elements", { using: "css selector", value: css })).map((e) => e[ELEMENT]);
  }

  click(id) {
    return this.cmd("POST", `/element/${id}/click`, {});
  }

  /**
   * Finds `css` and clicks it, finding it again if the click fails: a list
   * re-rendered between the find and the click leaves a stale element, and
   * one still being laid out may be reported "not interactable".
   */
  clickOn(css, ms = 5000) {
    return waitFor(
      async () => {
        await this.click(await this.find(css, ms));
        return true;
      },
      ms,
      `a click on ${css}`,
    );
  }

  type(id, text) {
    return this.cmd("POST", `/element/${id}/value`, { text });
  }

  text(id) {
    return this.cmd("GET", `/element/${id}/text`);
  }

  attribute(id, name) {
    return this.cmd("GET", `/element/${id}/attribute/${name}`);
  }

  /** Presses a key on the focused element. */
  key(key) {
    return this.cmd("POST", "/actions", {
      actions: [{ type: "key", id: "kbd", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
    });
  }

  waitFor(fn, ms, what) {
    return waitFor(fn, ms, what);
  }

  async screenshot(file) {
    const png = await this.cmd("GET", "/screenshot");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(png, "base64"));
  }

  async quit() {
    try {
      await this.cmd("DELETE", "");
    } catch {
      // The browser may already be gone; the processes are killed below.
    }
    for (const c of this.children.reverse()) c.kill("SIGTERM");
  }
}
