// Starts the Dossier Wasm app. It is a separate file, not an inline script,
// so the page runs under `script-src 'self' 'wasm-unsafe-eval'`. Trunk writes
// the hashed names of the JS glue and the Wasm into the script tag.
const tag = document.querySelector("script[data-dossier-js]");
const glue = await import(new URL(tag.dataset.dossierJs, document.baseURI).href);
await glue.default({ module_or_path: new URL(tag.dataset.dossierWasm, document.baseURI).href });
