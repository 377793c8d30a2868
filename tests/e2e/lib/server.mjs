// A static file server for the built site, for browser tests only. It can
// mount dist/ under a sub-path (as GitHub project pages do), add response
// headers (a strict CSP), and serve extra in-memory pages (an embedding host).
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The CSP the site ships with: read from the repository's `_headers`, which
 * Trunk copies into dist/, so the tests run under exactly the policy a host
 * that reads `_headers` sends.
 */
export const STRICT_CSP = (() => {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "_headers");
  const line = readFileSync(file, "utf8")
    .split("\n")
    .find((l) => /^\s*Content-Security-Policy:/i.test(l));
  if (!line) throw new Error(`${file} sets no Content-Security-Policy`);
  const csp = line.replace(/^\s*Content-Security-Policy:\s*/i, "").trim();
  // The promise: no inline script or style, and nothing from other origins.
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"]) {
    if (!csp.includes(part)) throw new Error(`the CSP in _headers lost "${part}": ${csp}`);
  }
  return csp;
})();

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * @param {{root: string, prefix?: string, headers?: object, pages?: object, notFound?: boolean}} opts
 *   pages: extra routes, path -> html string (served outside `prefix`).
 *   notFound: answer unknown paths with root/404.html, its <base> set to
 *   `prefix`, as GitHub Pages does after the deploy workflow's rewrite.
 * @returns {Promise<{url: string, origin: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve({ root, prefix = "/", headers = {}, pages = {}, notFound = false }) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    requests.push(url.pathname + url.search);
    if (pages[url.pathname] !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(pages[url.pathname]);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not under " + prefix);
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers,
      });
      res.end(body);
    } catch {
      if (!notFound) {
        res.writeHead(404).end("not found");
        return;
      }
      const page = await fs.readFile(path.join(root, "404.html"), "utf8");
      res.writeHead(404, { "content-type": TYPES[".html"], ...headers });
      res.end(page.replace('<base href="/" data-dossier-base>', `<base href="${prefix}" data-dossier-base>`));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    // Connections the browser keeps open would hold `close` back forever.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
