"""Score coordkg's roles and programmes against a folder of documents with hand-written gold.

Each document is built on its own, as a user would add it, and asked ``roles`` and
``programmes``.  Shared by the generalisation tests and usable alone, to measure a split before
and after a change::

    python tests/evaluate.py tests/generalisation/seen5 [--families] [--summary] [--loose]

``--summary`` prints the figures alone, not the misses: how a held-out split is measured, so
that nobody reads what it misses while it is held out.  ``--loose`` matches roles without their
scope and programmes on their amount alone: a bound on how many misses are only a scope or a
title written another way.  Without ``--summary`` the misses are followed by the programmes
that differ only in title (``retitled``), a report beside the strict matching, not part of it.

Roles match on (holder, role, body, scope) through the graph's labels (``goldmatch``); with
``families`` a lead row also matches a co-lead row and a chair a co-chair (the issue's measure
for real pages, where "headed by A and B" is either).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from goldmatch import label_index, norm, read_csv, same_role, score

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph

FAMILIES = {"co-lead": "lead", "co-chair": "chair", "co-coordinator": "coordinator"}


def family(role: str) -> str:
    """A role's family: co-lead counts as lead, as the issue measures real pages."""
    return FAMILIES.get(role, role)


ROLE_KEY = ("organization", "role", "body", "scope")


@dataclass
class Tally:
    """Matched and total counts on both sides, and what was missed or extra."""

    gold_matched: int = 0
    gold: int = 0
    out_matched: int = 0
    out: int = 0
    missing: list[tuple[str, ...]] = field(default_factory=list)
    extra: list[tuple[str, ...]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold_matched += other.gold_matched
        self.gold += other.gold
        self.out_matched += other.out_matched
        self.out += other.out
        self.missing += other.missing
        self.extra += other.extra

    @property
    def precision_recall(self) -> tuple[float, float]:
        return score(self.gold_matched, self.gold, self.out_matched, self.out)


def documents(folder: Path) -> list[Path]:
    """The documents of a folder: every file with a ``.roles.csv`` gold beside it."""
    stems = sorted(p.name.removesuffix(".roles.csv") for p in folder.glob("*.roles.csv"))
    return [
        next(p for p in folder.glob(f"{stem}.*") if not p.name.endswith(".csv")) for stem in stems
    ]


def _family(row: dict[str, str]) -> dict[str, str]:
    return {**row, "role": family(row["role"])}


def score_document(
    doc: Path, workdir: Path, families: bool = False, loose: bool = False
) -> tuple[Tally, Tally]:
    """Build ``doc`` alone in ``workdir`` and tally its roles and programmes against its gold.

    ``loose`` gives bounds on what differs only in words the annotators choose: a role matches
    without its scope, and a programme on its amount alone within the document (the splits'
    annotators title one fund allocation in different ways, "UNICEF: nutrition" or "emergency
    nutrition response")."""
    store = GraphStore(workdir / doc.stem)
    build([doc], store, 10**7)
    with store.reader() as s:
        labels = label_index(s)
        roles = run_oxigraph(s, get("roles"), {}).as_dicts()
        programmes = run_oxigraph(s, get("programmes"), {}).as_dicts()
    gold = read_csv(doc.with_name(f"{doc.stem}.roles.csv"))
    for g in gold:
        g["plan"] = roles[0]["plan"] if roles else ""
    if families:
        gold, roles = [_family(g) for g in gold], [_family(o) for o in roles]
    if loose:
        gold, roles = [{**g, "scope": ""} for g in gold], [{**o, "scope": ""} for o in roles]
    missing = [g for g in gold if not any(same_role(g, o, labels) for o in roles)]
    extra = [o for o in roles if not any(same_role(g, o, labels) for g in gold)]
    role_tally = Tally(
        len(gold) - len(missing),
        len(gold),
        len(roles) - len(extra),
        len(roles),
        [(doc.name, *(g[k] for k in ROLE_KEY)) for g in missing],
        [(doc.name, *(o[k] for k in ROLE_KEY)) for o in extra],
    )

    def programme(row: dict[str, str]) -> tuple[str, str]:
        return "" if loose else norm(row["programme"]), row["funding_usd"]

    gold_p = [programme(g) for g in read_csv(doc.with_name(f"{doc.stem}.programmes.csv"))]
    out_p = [programme(o) for o in programmes]
    p_missing = [g for g in gold_p if g not in out_p]
    p_extra = [o for o in out_p if o not in gold_p]
    programme_tally = Tally(
        len(gold_p) - len(p_missing),
        len(gold_p),
        len(out_p) - len(p_extra),
        len(out_p),
        [(doc.name, *g) for g in p_missing],
        [(doc.name, *o) for o in p_extra],
    )
    return role_tally, programme_tally


def evaluate(
    folder: Path, workdir: Path, families: bool = False, loose: bool = False
) -> tuple[Tally, Tally]:
    """Roles and programmes of every document of ``folder``, summed."""
    roles, programmes = Tally(), Tally()
    for doc in documents(folder):
        r, p = score_document(doc, workdir, families, loose)
        roles.add(r)
        programmes.add(p)
    return roles, programmes


def retitled(programmes: Tally) -> list[tuple[str, str, str, str]]:
    """(document, gold title, output title, amount) for each missed programme that an extra
    of its document has at the same amount: right money under a title written another way.
    Reported only; the strict figures count such a row as a miss and an extra."""
    extra: dict[tuple[str, str], list[str]] = {}
    for doc, title, money in programmes.extra:
        extra.setdefault((doc, money), []).append(title)
    return [
        (doc, gold, out, money)
        for doc, gold, money in programmes.missing
        for out in extra.get((doc, money), [])
    ]


def summary(name: str, roles: Tally, programmes: Tally, figures_only: bool = False) -> str:
    """A Markdown line of figures, then every miss and extra (unless ``figures_only``)."""
    rp, rr = roles.precision_recall
    pp, pr = programmes.precision_recall
    lines = [
        f"{name}: roles P {rp:.3f} R {rr:.3f} ({roles.gold_matched}/{roles.gold} gold, "
        f"{roles.out_matched}/{roles.out} output); programmes P {pp:.3f} R {pr:.3f} "
        f"({programmes.gold_matched}/{programmes.gold} gold, "
        f"{programmes.out_matched}/{programmes.out} output)"
    ]
    if figures_only:
        return lines[0]
    lines += [f"  MISSING role {row}" for row in roles.missing]
    lines += [f"  EXTRA   role {row}" for row in roles.extra]
    lines += [f"  MISSING programme {row}" for row in programmes.missing]
    lines += [f"  EXTRA   programme {row}" for row in programmes.extra]
    lines += [f"  TITLE   programme {row}" for row in retitled(programmes)]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    families, figures_only, loose = ("--families" in argv, "--summary" in argv, "--loose" in argv)
    for arg in (a for a in argv if not a.startswith("--")):
        with tempfile.TemporaryDirectory() as tmp:
            print(summary(arg, *evaluate(Path(arg), Path(tmp), families, loose), figures_only))


if __name__ == "__main__":
    main(sys.argv[1:])
