// The SPARQL editor page (web/editor.py): YASGUI on this server's /sparql, offline.
// Its data (endpoint, prefixes, first query, examples) is the page's JSON element; nothing
// is fetched from anywhere but this server.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("editor-data").textContent);
  const endpoint = new URL(data.endpoint, window.location.href).href;
  // Completion of classes and properties asks a service on the web: keep the local ones.
  const local = ["prefixes", "variables"];
  const completers = Yasgui.Yasqe.defaults.autocompleters;
  completers.splice(0, completers.length, ...completers.filter((name) => local.includes(name)));

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: null,
    yasqe: { value: data.query, autocompleters: local },
    yasr: { prefixes: data.prefixes, defaultPlugin: "table" },
  });
  window.coordkgEditor = yasgui;

  document.getElementById("examples").addEventListener("change", (event) => {
    const text = data.examples[event.target.value];
    if (text) yasgui.getTab().getYasqe().setValue(text);
  });
})();
