"""Plans nobody wrote the rules for: precision and recall of roles and programmes >= 0.9.

The documents and their gold were written by hand, blind to the rules (see README.md here);
each is built on its own, as a user would add it. Misses and extras are printed per document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from goldmatch import label_index, norm, read_csv, report, same_role, score

from coordkg.graph.build import build
from coordkg.graph.store import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph

HERE = Path(__file__).parent
STEMS = sorted(p.name.removesuffix(".roles.csv") for p in HERE.glob("*.roles.csv"))
DOCUMENTS = [
    next(p for p in HERE.glob(f"{stem}.*") if not p.name.endswith(".csv")) for stem in STEMS
]
THRESHOLD = 0.9


def _score(
    tmp_path_factory: pytest.TempPathFactory, doc: Path
) -> tuple[int, int, int, int, int, int, int, int]:
    store = GraphStore(tmp_path_factory.mktemp(doc.stem) / "store")
    build([doc], store, 10**7)
    with store.reader() as s:
        labels = label_index(s)
        roles = run_oxigraph(s, get("roles"), {}).as_dicts()
        programmes = run_oxigraph(s, get("programmes"), {}).as_dicts()
    gold_roles = read_csv(HERE / f"{doc.stem}.roles.csv")
    for g in gold_roles:
        g["plan"] = roles[0]["plan"] if roles else ""
    missing = [g for g in gold_roles if not any(same_role(g, o, labels) for o in roles)]
    extra = [o for o in roles if not any(same_role(g, o, labels) for g in gold_roles)]
    key = ("organization", "role", "body", "scope")
    report(
        f"{doc.name} roles",
        [tuple(g[k] for k in key) for g in missing],
        [tuple(o[k] for k in key) for o in extra],
        *score(
            len(gold_roles) - len(missing), len(gold_roles), len(roles) - len(extra), len(roles)
        ),
    )

    def programme(row: dict[str, str]) -> tuple[str, str]:
        return norm(row["programme"]), row["funding_usd"]

    gold_p = [programme(g) for g in read_csv(HERE / f"{doc.stem}.programmes.csv")]
    out_p = [programme(o) for o in programmes]
    p_missing = [g for g in gold_p if g not in out_p]
    p_extra = [o for o in out_p if o not in gold_p]
    report(
        f"{doc.name} programmes",
        p_missing,
        p_extra,
        *score(len(gold_p) - len(p_missing), len(gold_p), len(out_p) - len(p_extra), len(out_p)),
    )
    return (
        len(gold_roles) - len(missing),
        len(gold_roles),
        len(roles) - len(extra),
        len(roles),
        len(gold_p) - len(p_missing),
        len(gold_p),
        len(out_p) - len(p_extra),
        len(out_p),
    )


def test_roles_and_programmes_on_unseen_plans(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert len(DOCUMENTS) >= 5
    totals = [0] * 8
    for doc in DOCUMENTS:
        totals = [a + b for a, b in zip(totals, _score(tmp_path_factory, doc), strict=True)]
    role_p, role_r = score(totals[0], totals[1], totals[2], totals[3])
    prog_p, prog_r = score(totals[4], totals[5], totals[6], totals[7])
    print(
        f"\nALL roles: precision {role_p:.3f} recall {role_r:.3f}; "
        f"programmes: precision {prog_p:.3f} recall {prog_r:.3f}"
    )
    assert min(role_p, role_r, prog_p, prog_r) >= THRESHOLD
