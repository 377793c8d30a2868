// GitHub Pages serves 404.html for any unknown path below the site. Dossier
// keeps its state in the query string, so path-style deep links
// (…/article/<id>, …/event/<id>, …/actor/<id>) become the explorer's query,
// and any other stray path goes to the explorer with its query kept.
(function () {
  "use strict";
  var base = new URL(document.baseURI);
  var rest = location.pathname.indexOf(base.pathname) === 0 ? location.pathname.slice(base.pathname.length) : "";
  var parts = rest.split("/").filter(Boolean);
  var params = new URLSearchParams(location.search);
  if (parts.length === 2 && ["article", "event", "actor"].indexOf(parts[0]) >= 0) {
    params.set(parts[0], decodeURIComponent(parts[1]));
  }
  var query = params.toString();
  location.replace(base.href + (query ? "?" + query : "") + location.hash);
})();
