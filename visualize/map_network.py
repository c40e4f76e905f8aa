"""A map as a pyvis ``Network`` that renders to coordkg's own page, in a file or a notebook.

pyvis builds the network (its ``add_node``, ``add_edge`` and options) and renders it through
its template mechanism, with coordkg's template (``page.html``) in place of its own: pyvis's
templates link CDN assets in every mode, and turn node titles into HTML, so markup in a
document would run when its tooltip opened.  The page coordkg's template makes works from
``file://`` and inside a notebook with no network: vis-network's script and styles (shipped
inside the pyvis package) and the page's own are inlined, and a Content-Security-Policy lets
the page load nothing and run only those scripts (by hash).

Document text is escaped once, here: pyvis's nodes and edges, the options and what the side
panel shows go in as JSON inside a ``<script type="application/json">`` element, with ``<``,
``>`` and ``&`` written as JSON escapes so no text can close that element; the page's script
builds every heading, tooltip, legend entry and search result with ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import webbrowser
from collections.abc import Iterable, KeysView
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from markupsafe import Markup
from pyvis.network import Network

from coordkg.errors import write_output

HERE = Path(__file__).parent
TEMPLATE = "page.html"
VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
NOTEBOOK_HEIGHT = 720  # pixels of the frame a notebook shows the page in


@cache
def _asset(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON that cannot end the ``<script>`` element it is written into, nor open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def csp_hash(text: str) -> str:
    """The CSP source that allows exactly this inline script or style element's text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _csp(scripts: Iterable[str]) -> str:
    hashes = " ".join(csp_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:"
    )


def write_html(path: Path, page: str) -> int:
    """Write the page as UTF-8 whatever the locale, so Arabic and Kurdish names survive.

    Raises:
        InputError: the file cannot be written.
    """
    return write_output(path, page.encode("utf-8"))


class MapNetwork(Network):  # type: ignore[misc]  # pyvis is untyped
    """A pyvis ``Network`` of a map, rendered with coordkg's template.

    ``panel`` is what the side panel shows besides the network (title, subtitle, counts,
    legend, plans); the nodes, edges and options the page draws are the ``Network``'s own.
    """

    def __init__(self, title: str) -> None:
        super().__init__(directed=True, heading=title, cdn_resources="in_line")
        self.panel: dict[str, Any] = {}
        self.set_template_dir(str(HERE), TEMPLATE)

    def get_nodes(self) -> KeysView[str]:
        """The ids of the nodes, as a view that finds one at once: ``add_edge`` looks both ends
        of every edge up in it, and in pyvis's list that took 0.7 s of a 5,000-node map."""
        ids: KeysView[str] = self.node_map.keys()
        return ids

    def generate_html(
        self, name: str = "index.html", local: bool = True, notebook: bool = False
    ) -> str:
        """The whole page, as ``coordkg map`` writes it (``notebook`` changes nothing)."""
        vis_js, page_js = _asset(VIS / "vis-network.min.js"), _asset(HERE / "page.js")
        env = self.templateEnv
        env.autoescape = True  # pyvis's environment leaves text unescaped
        env.globals.update(
            csp=_csp((vis_js, page_js)),
            vis_css=Markup(_asset(VIS / "vis-network.css")),
            page_css=Markup(_asset(HERE / "page.css")),
            vis_js=Markup(vis_js),
            page_js=Markup(page_js),
            map_data=self._data,
        )
        if notebook:
            self.prep_notebook()  # pyvis renders a notebook's page from ``self.template``
        page: str = super().generate_html(name, local, notebook)
        return page

    def _data(
        self, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], options: str
    ) -> Markup:
        """The JSON the page's script draws: pyvis's nodes, edges and options, and the panel."""
        data = {**self.panel, "options": json.loads(options), "nodes": nodes, "edges": edges}
        return Markup(script_json(data))

    def write_html(
        self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False
    ) -> None:
        """Write the page as one UTF-8 file (pyvis writes in the locale's encoding)."""
        write_html(Path(name), self.generate_html(name, local, notebook))
        if open_browser:
            webbrowser.open(Path(name).resolve().as_uri())

    def _repr_html_(self) -> str:
        """The page in a notebook: in a frame of its own, so that its styles, script and
        Content-Security-Policy are the page's and the notebook's stay the notebook's."""
        page, title = html.escape(self.generate_html()), html.escape(self.heading)
        return (
            f'<iframe srcdoc="{page}" title="{title}" '
            f'style="width: 100%; height: {NOTEBOOK_HEIGHT}px; border: 1px solid #ddd"></iframe>'
        )
