"""Network maps of the coordination graph, and measures of it; reads the graph, never writes it.

Two pure steps with one style table between them::

    questions (links, entities, programmes) ─ model ─ networkx graph ─ view ─ pyvis Network ─ page
                                                          │        style ┘
                                                          └─ stats ─ table

- ``maps``: what `coordkg map` draws: asks the graph, builds the model and the view, writes
  UTF-8; the same ``Network`` for a notebook (``network_view``, ``ontology_view``);
- ``model``: query rows -> networkx graph (no style, no HTML), comparisons of two plans;
- ``style``: the visual language (colour and shape per class, colour and label per link);
- ``view``: networkx graph -> a pyvis ``Network`` (nodes, edges, groups, options);
- ``map_network``: that ``Network`` rendered with coordkg's template into a self-contained
  page (``page.html``, ``page.css``, ``page.js``, and vis-network from the pyvis package,
  inlined); document text is escaped there, once;
- ``layout``: positions computed in Python for maps too large for the browser's physics;
- ``ontology``: the ontology's classes and properties, for the style and the ontology map;
- ``stats``: `coordkg stats`; ``browser``: headless Chromium for the tests and the benchmark.
- ``network_files``: the network for other tools, in :data:`NETWORK_FORMATS`.
"""

NETWORK_FORMATS = ("graphml", "gexf", "kumu", "cytoscape", "nodes-edges")
"""What ``network_files`` writes (``nodes-edges``: two CSV files in a folder); here, not there,
so that the command line can offer them without importing networkx."""
