"""Comparing coordkg's answers with hand-written gold files (shared by the gold test suites).

Names are compared through the graph's labels, so the gold can write an entity as its
document does ("UN Humanitarian Country Team", "Dohuk") while coordkg keeps one canonical name.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.extract.reference import reference_by_key
from coordkg.graph.extract.rulefiles import level_word
from coordkg.graph.model import Entity, Mention, Scope
from coordkg.graph.rdf import place_names, spelling


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache  # every build's graph holds the same reference labels: each is normalised once
def norm(label: str) -> str:
    """Compare names without case, parenthesised acronyms, curly quotes or plural s."""
    label = re.sub(r"\([^)]*\)", " ", label.replace("’", "'")).casefold()
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in re.findall(r"[\w'/-]+", label)
    ]
    return " ".join(words)


def label_index(store: ox.Store) -> dict[str, set[str]]:
    """For each name or acronym in the graph, every normalised label of that entity."""
    rows = store.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
           PREFIX ckg: <https://w3id.org/coordkg/ontology#>
           SELECT ?e ?label WHERE { ?e skos:prefLabel|skos:altLabel|ckg:acronym ?label }""",
        use_default_graph_as_union=True,
    )
    by_entity: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        by_entity[r["e"].value].add(norm(r["label"].value))
        shown[r["label"].value].add(r["e"].value)
    return {label: set().union(*(by_entity[e] for e in es)) for label, es in shown.items()}


def same(gold: str, output: str, labels: dict[str, set[str]]) -> bool:
    if not gold and not output:
        return True
    return norm(gold) in labels.get(output, {norm(output)}) or norm(gold) == norm(output)


def same_role(g: dict[str, str], o: dict[str, str], labels: dict[str, set[str]]) -> bool:
    """A gold role row and an output row state the same (plan, holder, role, body, scope); a
    gold level is compared as the level of the vocabulary its word names ("provincial" is the
    first-level "governorate", as the rules read "at provincial level")."""
    return (
        g["plan"] == o["plan"]
        and g["role"] == o["role"]
        and all(same(g[k], o[k], labels) for k in ("organization", "body"))
        and same(level_word(g["scope"]), o["scope"], labels)
    )


def score(matched_gold: int, gold: int, matched_out: int, out: int) -> tuple[float, float]:
    return matched_out / max(out, 1), matched_gold / max(gold, 1)


def report(kind: str, missing: list[object], extra: list[object], p: float, r: float) -> None:
    print(f"\n{kind}: precision {p:.3f} recall {r:.3f}")
    for m in missing:
        print(f"  MISSING {m}")
    for e in extra:
        print(f"  EXTRA   {e}")


class ExtractionNames:
    """The normalised names the graph gives each entity of one extraction, as
    :func:`label_index` reads them from a built store (name, acronym, reference aliases, place
    names, the document's spellings): for tools that compare gold with an extraction unstored."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.spelled: dict[str, set[str]] = {}
        self.mentioned = {m.entity.key: m.entity for m in mentions}
        for m in mentions:
            if (s := spelling(m)) is not None:
                self.spelled.setdefault(m.entity.key, set()).add(norm(s))

    def of(self, e: Entity) -> set[str]:
        entry = reference_by_key().get(e.key)
        names = [e.name, e.acronym or "", *(entry.aliases if entry else ())]
        names += place_names(e).values()
        return {norm(n) for n in names if n} | self.spelled.get(e.key, set())

    def same(self, name: str, e: Entity) -> bool:
        return norm(name) in self.of(e)

    def same_scope(self, gold: str, scope: Scope) -> bool:
        """A gold scope (a place's name, a level, or "" for none) is the claim's ``scope``."""
        if scope.place is not None:
            return self.same(gold, scope.place)
        return norm(level_word(gold)) == norm(scope.level or "")

    def named(self, name: str) -> bool:
        """Some mention's entity goes by ``name``."""
        return any(self.same(name, e) for e in self.mentioned.values())
