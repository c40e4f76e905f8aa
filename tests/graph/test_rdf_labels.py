"""Names as written become skos:altLabel, except an item of a list of bodies (rdf.py)."""

from __future__ import annotations

from pathlib import Path

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore

ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def _alt_labels(tmp_path: Path, text: str) -> set[str]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text)
    store = GraphStore(tmp_path / "store")
    build([plan], store, 10**6)
    with store.reader() as s:
        rows = s.query(f"SELECT ?l WHERE {{ ?e <{ALT}> ?l }}", use_default_graph_as_union=True)
        return {r["l"].value for r in rows}  # type: ignore[union-attr]


def test_an_item_of_a_list_of_clusters_is_no_name_of_its_cluster(tmp_path: Path) -> None:
    labels = _alt_labels(
        tmp_path,
        "CARE co-chairs the Shelter, Nutrition and Education clusters in the north.\n"
        "Oxfam co-chairs the inter-agency water sector in the valley.\n",
    )
    assert not {"Shelter", "Nutrition", "Education"} & labels
    assert "inter-agency water sector" in labels
