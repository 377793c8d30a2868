// Starts the Dossier Wasm app. It is a separate file, not an inline script,
// so the page runs under `script-src 'self' 'wasm-unsafe-eval'`. Trunk writes
// the hashed names of the JS glue and the Wasm into the script tag.
// The performance marks time each start-up stage (printed by the benchmark).
const tag = document.querySelector("script[data-dossier-js]");
performance.mark("dossier:boot");
const glue = await import(new URL(tag.dataset.dossierJs, document.baseURI).href);
performance.mark("dossier:glue");
// A URL, so the glue fetches it and compiles while it downloads
// (instantiateStreaming; the server must send application/wasm).
await glue.default({ module_or_path: new URL(tag.dataset.dossierWasm, document.baseURI).href });
performance.mark("dossier:wasm");
