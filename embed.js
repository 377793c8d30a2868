/*
 * Dossier embed helper, for the page that hosts a Dossier iframe.
 *
 *   <iframe src="https://example.org/dossier/?embed=1" title="Dossier: …"
 *           data-dossier loading="lazy" width="100%" height="600"
 *           allowfullscreen></iframe>
 *   <script src="https://example.org/dossier/embed.js" defer></script>
 *
 * It sets each Dossier iframe's height from the {type: "dossier:height"}
 * messages that iframe posts. A message counts only when its event.source is
 * that iframe's contentWindow and its origin is the iframe's origin; anything
 * else is ignored. Without this script the iframe keeps its height attribute.
 */
(function () {
  "use strict";
  var MAX_HEIGHT = 100000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "dossier:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll("iframe[data-dossier]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });
})();
