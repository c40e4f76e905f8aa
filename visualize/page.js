// The behaviour of a coordkg map page: draw the network, then search, filter, legend, tooltips.
// Every piece of text comes from the JSON data element and is set with textContent or as a
// text node, never parsed as HTML: names and sentences from documents stay text.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const state = { still: false, stillMs: null };
  window.coordkgMap = state; // read by the tests and the benchmark

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // A tooltip or details card; `limit` caps the sentences shown (0: all).
  function card(c, limit) {
    const box = el("div", "card");
    box.append(el("div", "card-title", c.title));
    if (c.subtitle) box.append(el("div", "card-subtitle", c.subtitle));
    for (const [key, value] of c.facts) {
      const row = el("div", "card-fact");
      row.append(el("span", "card-key", key + ": "), document.createTextNode(value));
      box.append(row);
    }
    for (const note of c.notes) box.append(el("p", "card-note", note));
    const shown = limit ? c.evidence.slice(0, limit) : c.evidence;
    for (const [plan, sentence] of shown) {
      const quote = el("blockquote", "card-quote");
      quote.append(el("span", "card-plan", plan), document.createTextNode(" " + sentence));
      box.append(quote);
    }
    const more = c.evidence.length - shown.length;
    if (more > 0) box.append(el("div", "card-more", "+ " + more + " more: click to see all"));
    return box;
  }

  document.getElementById("title").textContent = data.page.title;
  document.getElementById("subtitle").textContent = data.page.subtitle;
  document.getElementById("counts").textContent = data.page.counts;

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  // pyvis's nodes and edges as they are, with a card built as text for vis-network's tooltip.
  const drawn = (items) => items.map(({ card: c, ...item }) => ({ ...item, title: card(c, 3) }));
  const nodes = new vis.DataSet(drawn(data.nodes));
  const edges = new vis.DataSet(drawn(data.edges));
  const network = new vis.Network(document.getElementById("map"), { nodes, edges }, data.options);
  Object.assign(state, { network, nodes, edges });

  // Edge routing: a link whose label lies on a node it does not join is bent one way or the
  // other, more and more, until its label is clear of every node (as it was when none is).
  const BENDS = [["curvedCW", 0.3], ["curvedCCW", 0.3], ["curvedCW", 0.6], ["curvedCCW", 0.6]];
  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function onAnotherNode(edge, shown) {
    const at = edge.edgeType.getPoint(0.5);
    const { width, height } = edge.labelModule.size;
    const box = { left: at.x - width / 2, right: at.x + width / 2, top: at.y - height / 2, bottom: at.y + height / 2 };
    return shown.some((n) => n.id !== edge.fromId && n.id !== edge.toId && overlap(box, n.shape.boundingBox));
  }
  // Bends are tried on vis-network's own edge objects (a DataSet update per try redraws the
  // whole map: 40 s for 1,000 nodes); the bends kept go to the DataSet in one update.
  function routeLabels() {
    const shown = Object.values(network.body.nodes).filter((n) => !n.options.hidden);
    const bent = [];
    for (const edge of Object.values(network.body.edges)) {
      if (!edge.options.label || !onAnotherNode(edge, shown)) continue;
      const before = { ...edge.options.smooth };
      const bend = BENDS.find(([type, roundness]) => {
        edge.setOptions({ smooth: { enabled: true, type, roundness } });
        return !onAnotherNode(edge, shown);
      });
      edge.setOptions({ smooth: before });
      if (bend) bent.push({ id: edge.id, smooth: { enabled: true, type: bend[0], roundness: bend[1] } });
    }
    edges.update(bent);
  }

  // A map around one entity (--focus) shows it at the centre, zoomed out as far as needed for
  // every node to stay in view.
  function centreFocus() {
    const focus = data.nodes.find((n) => n.focus);
    if (!focus) return;
    const at = network.getPositions([focus.id])[focus.id];
    const box = document.getElementById("map").getBoundingClientRect();
    let dx = 1, dy = 1;
    for (const n of Object.values(network.body.nodes)) {
      const b = n.shape.boundingBox;
      dx = Math.max(dx, at.x - b.left, b.right - at.x);
      dy = Math.max(dy, at.y - b.top, b.bottom - at.y);
    }
    const scale = Math.min(network.getScale(), box.width / 2 / dx, box.height / 2 / dy);
    network.moveTo({ position: at, scale });
  }

  // Once drawn (labels and nodes have their sizes then): route, centre, and say it is still.
  function settle(route) {
    if (route) routeLabels();
    centreFocus();
    network.once("afterDrawing", markStill);
    network.redraw();
  }

  function markStill() {
    if (state.still) return;
    state.still = true;
    state.stillMs = performance.now();
    document.body.dataset.still = "true";
  }
  const progress = document.getElementById("progress");
  if (data.options.physics.enabled) {
    progress.hidden = false;
    progress.textContent = "Laying out the map…";
    network.on("stabilizationProgress", (p) => {
      progress.textContent = "Laying out the map… " + Math.round((100 * p.iterations) / p.total) + " %";
    });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      progress.hidden = true;
      network.once("afterDrawing", () => settle(true));
      network.redraw();
    });
  } else {
    network.once("afterDrawing", () => settle(false)); // too many links to route: straight
  }

  // Details: the full card of what was clicked.
  const details = document.getElementById("details");
  function showDetails(c) {
    details.replaceChildren();
    const close = el("button", "close", "×");
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", () => { details.hidden = true; });
    details.append(close, card(c, 0));
    details.hidden = false;
  }
  network.on("click", (p) => {
    if (p.nodes.length) showDetails(byId.get(p.nodes[0]).card);
    else if (p.edges.length) showDetails(edgeById.get(p.edges[0]).card);
    else details.hidden = true;
  });

  // Search: exact names and acronyms first, then names that start with the text, then any.
  const search = document.getElementById("search");
  const results = document.getElementById("results");
  function matches(text) {
    const q = text.trim().toLowerCase();
    if (!q) return [];
    const rank = (n) => (n.search.includes(q) ? 0 : n.search.some((s) => s.startsWith(q)) ? 1 : 2);
    return data.nodes
      .filter((n) => !nodes.get(n.id).hidden && n.search.some((s) => s.includes(q)))
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
      .slice(0, 8);
  }
  function choose(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 300 } });
    showDetails(byId.get(id).card);
  }
  search.addEventListener("input", () => {
    results.replaceChildren();
    for (const n of matches(search.value)) {
      const item = el("li");
      const button = el("button", "", n.name);
      button.addEventListener("click", () => choose(n.id));
      item.append(button);
      results.append(item);
    }
  });
  search.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    const first = matches(search.value)[0];
    if (first) choose(first.id);
  });

  // Legend: a shape per kind of node, a line per kind of link, and a comparison's colours.
  const SVG = "http://www.w3.org/2000/svg";
  function svg(width, height, child) {
    const s = document.createElementNS(SVG, "svg");
    s.setAttribute("width", width);
    s.setAttribute("height", height);
    s.setAttribute("aria-hidden", "true");
    s.append(child);
    return s;
  }
  const POINTS = {
    square: "2,2 14,2 14,14 2,14",
    diamond: "8,1 15,8 8,15 1,8",
    triangle: "8,1 15,14 1,14",
    triangleDown: "1,2 15,2 8,15",
    star: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6",
    hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
  };
  function shapeIcon(shape, colour) {
    const icon = shape in POINTS ? document.createElementNS(SVG, "polygon") : document.createElementNS(SVG, "circle");
    if (shape in POINTS) icon.setAttribute("points", POINTS[shape]);
    else { icon.setAttribute("cx", 8); icon.setAttribute("cy", 8); icon.setAttribute("r", 7); }
    icon.setAttribute("fill", colour);
    return svg(16, 16, icon);
  }
  function lineIcon(colour, dashes) {
    const line = document.createElementNS(SVG, "line");
    for (const [k, v] of [["x1", 1], ["y1", 8], ["x2", 31], ["y2", 8], ["stroke", colour], ["stroke-width", 3]]) line.setAttribute(k, v);
    if (dashes) line.setAttribute("stroke-dasharray", "5 3");
    return svg(32, 16, line);
  }
  const legend = document.getElementById("legend");
  function legendRow(icon, label) {
    const row = el("div", "legend-row");
    row.append(icon, el("span", "", label));
    legend.append(row);
  }
  for (const f of data.legend.families) legendRow(shapeIcon(f.shape, f.colour), f.label);
  const comparing = data.legend.statuses.length > 0;
  if (!comparing) for (const l of data.legend.links) legendRow(lineIcon(l.colour, l.dashes), l.label);
  for (const s of data.legend.statuses) legendRow(lineIcon(s.colour, s.dashes), s.label);
  legend.append(el("p", "hint", comparing ? "Each link is labelled with its role(s)." : "Node size: links, or funding for programmes."));

  // Filters: kinds of node, kinds of link, plans.  A node stays while it has a visible link.
  const filters = document.getElementById("filters");
  const shown = { family: new Set(), link: new Set(), plan: new Set() };
  function filterGroup(title, kind, entries) {
    if (entries.length < 2) return;
    const group = el("div", "filter-group");
    group.append(el("h3", "", title));
    for (const [key, label] of entries) {
      const row = el("label", "filter-row");
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.kind = kind;
      box.value = key;
      box.addEventListener("change", () => {
        if (box.checked) shown[kind].add(key); else shown[kind].delete(key);
        applyFilters();
      });
      row.append(box, el("span", "", label));
      group.append(row);
    }
    filters.append(group);
  }
  for (const f of data.legend.families) shown.family.add(f.key);
  for (const l of data.legend.links) shown.link.add(l.key);
  for (const p of data.plans) shown.plan.add(p);
  filterGroup("kinds of node", "family", data.legend.families.map((f) => [f.key, f.label]));
  filterGroup("roles and links", "link", data.legend.links.map((l) => [l.key, l.label]));
  filterGroup("plans", "plan", data.plans.map((p) => [p, p]));
  if (!filters.querySelector("input")) filters.hidden = true;

  function applyFilters() {
    const familyOn = new Map(data.nodes.map((n) => [n.id, shown.family.has(n.family)]));
    const linked = new Set();
    const edgeUpdates = data.edges.map((e) => {
      const visible =
        familyOn.get(e.from) && familyOn.get(e.to) &&
        e.links.some((l) => shown.link.has(l)) &&
        (e.plans.length === 0 || e.plans.some((p) => shown.plan.has(p)));
      if (visible) { linked.add(e.from); linked.add(e.to); }
      return { id: e.id, hidden: !visible };
    });
    const hasEdges = new Set(data.edges.flatMap((e) => [e.from, e.to]));
    nodes.update(data.nodes.map((n) => ({
      id: n.id, hidden: !familyOn.get(n.id) || (hasEdges.has(n.id) && !linked.has(n.id)),
    })));
    edges.update(edgeUpdates);
  }
})();
