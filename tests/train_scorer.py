"""Measure whether a learned scorer of candidate role triples generalises, and where recall is
lost (issue 13).

Reads every document of the tuning splits (``dev``, ``seen`` ... ``seen11``; never a held-out
``frozen*``) as a build would, collects each candidate triple of ``scorer_features.py`` that no
step of coordkg stated, and labels it by the gold beside the document, matched as
``evaluate.py`` matches (holder, role family, body and scope; names through the labels the
graph gives them: name, acronym, reference aliases, the document's spellings)::

    python tests/train_scorer.py collect DATA.json   # read the splits (a minute or two)
    python tests/train_scorer.py cv DATA.json        # leave-one-split-out table
    python tests/train_scorer.py misses DATA.json    # where each missed gold row is lost

``cv`` trains a logistic regression (L2, L-BFGS from zero weights: deterministic) on all
splits but one and tests on the one left out, its threshold chosen by leave-one-split-out
inside the training splits (best F1 of the rules' rows plus the scored ones); it prints, per
left-out split, the rules alone and the rules with the scorer, as ``evaluate.py --families``
would count them. ``misses`` sorts every gold row coordkg misses by the first reason a
triple scorer over coordkg's mentions could not read it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from evaluate import documents, family
from goldmatch import ExtractionNames, read_csv
from scipy import optimize, sparse
from scorer_features import candidates, claims, trees

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.parse import parse_rules, unsaid
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import may_hold, role_family
from coordkg.graph.extract.spans import by_sentence
from coordkg.graph.model import Extraction, RoleClaim
from coordkg.graph.read.readers import read_document
from coordkg.graph.read.text import sentences

HERE = Path(__file__).parent
SPLITS = (
    "dev",
    "seen",
    "seen2",
    "seen3",
    "seen4",
    "seen5",
    "seen6",
    "seen7",
    "seen8",
    "seen9",
    "seen10",
    "seen11",
)
L2 = 1.0  # the penalty on the squared weights
MIN_COUNT = 2  # a feature seen fewer times in training gets no weight
THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 20)]
Doc = dict[str, Any]  # one document's collected data (JSON)
Counts = tuple[int, int, int, int]  # gold matched, gold, output rows matched, output rows


# --- collecting ----------------------------------------------------------------------------------


def matches(c: RoleClaim, gold: list[dict[str, str]], names: ExtractionNames) -> list[int]:
    """The gold rows a claim states, role families matched as the issue measures real pages."""

    return [
        i
        for i, g in enumerate(gold)
        if family(g["role"]) == family(c.role)
        and names.same(g["organization"], c.holder)
        and names.same(g["body"], c.body)
        and names.same_scope(g["scope"], c.scope)
    ]


def rows(
    found: Sequence[RoleClaim], gold: list[dict[str, str]], names: ExtractionNames
) -> dict[str, list[int]]:
    """Each distinct (holder, role, body, scope) row, as the ``roles`` query groups them, with
    the gold rows it matches."""
    return {
        "|".join((c.holder.key, c.role, c.body.key, c.scope.label)): matches(c, gold, names)
        for c in found
    }


def read(path: Path) -> Extraction:
    doc, encoding = read_document(path, 10**7)  # as evaluate.py builds it
    return extract(doc, Resolver(), encoding)


def lost(ex: Extraction, g: dict[str, str], names: ExtractionNames) -> str:
    """Why a missed gold row is out of a triple scorer's reach, or "in reach"."""
    holders = [m for m in ex.mentions if names.same(g["organization"], m.entity)]
    bodies = [m for m in ex.mentions if names.same(g["body"], m.entity)]
    if not holders or not bodies:
        return "no mention of " + " nor of ".join(
            k for k, found in (("the holder", holders), ("the body", bodies)) if not found
        )
    sents = list(sentences(ex.document.text))
    both = [
        (s, inside)
        for s, inside in zip(sents, by_sentence(sents, list(ex.mentions)), strict=True)
        if set(holders) & set(inside) and set(bodies) & set(inside)
    ]
    if not both:
        return "holder and body in no one sentence"
    if not (may_hold(holders[0].entity) and role_family(bodies[0].entity) == "body"):
        return "mentions of other kinds"
    if not any(c.search(s.text) for s, _ in both for c in parse_rules().cues):
        return "no role cue in their sentence"
    start = {ex.document.raw_span(s.start, s.end)[0] for s, _ in both}
    keys = {m.entity.key for m in holders}, {m.entity.key for m in bodies}
    if any(
        r.holder.key in keys[0] and r.body.key in keys[1] and r.evidence.start in start
        for r in ex.roles
    ):
        return "read there with another role or scope"
    return "in reach"


def collect_document(path: Path) -> Doc:
    """One document's gold size, the rows coordkg states, the candidates no step stated
    (features, rows, decoding key) and, for each missed gold row, why."""
    ex = read(path)
    gold = read_csv(path.with_name(f"{path.stem}.roles.csv"))
    names = ExtractionNames(ex.mentions)
    doc, said = ex.document, list(ex.roles)
    country = ex.country.key if ex.country else None
    found = []
    for u, tree in enumerate(trees(doc, list(sentences(doc.text)), list(ex.mentions), country)):
        for c in candidates(tree):
            made = unsaid(claims(tree, c, doc), said)
            if made:
                pair = [u, c.holder.start, c.body.start]
                found.append({"f": list(c.features), "rows": rows(made, gold, names), "pair": pair})
    stated = rows(said, gold, names)
    hit = {i for m in stated.values() for i in m}
    reach = {i for c in found for m in c["rows"].values() for i in m}
    why = [
        "a candidate" if i in reach else lost(ex, g, names)
        for i, g in enumerate(gold)
        if i not in hit
    ]
    return {"gold": len(gold), "rules": stated, "candidates": found, "missed": why}


def collect(out: Path) -> None:
    """Every tuning document's data, written to ``out``."""
    data = {}
    for split in SPLITS:
        for path in documents(HERE / "generalisation" / split):
            print(f"reading {split}/{path.name}", file=sys.stderr)
            data[f"{split}/{path.name}"] = collect_document(path)
    out.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")


# --- training and measuring ----------------------------------------------------------------------


@dataclass
class Fitted:
    """A logistic regression over binary features."""

    bias: float
    weights: dict[str, float]

    def scores(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        return [
            np.array(
                [
                    1.0 / (1.0 + np.exp(-self.bias - sum(self.weights.get(f, 0.0) for f in c["f"])))
                    for c in d["candidates"]
                ]
            )
            for d in docs
        ]


def fit(docs: Sequence[Doc]) -> Fitted:
    """A logistic regression on the candidates of ``docs`` (L2, L-BFGS from zero weights)."""
    cands = [c for d in docs for c in d["candidates"]]
    counts = Counter(f for c in cands for f in set(c["f"]))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    cells = [(r, index[f]) for r, c in enumerate(cands) for f in set(c["f"]) if f in index]
    x = sparse.csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [k for _, k in cells])),
        shape=(len(cands), len(vocab)),
    )
    y = np.array([any(c["rows"].values()) for c in cands], dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[1:] + w[0]
        p = 1.0 / (1.0 + np.exp(-z))
        nll = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * L2 * np.dot(w[1:], w[1:])
        grad = np.concatenate(([np.sum(p - y)], x.T @ (p - y) + L2 * w[1:]))
        return float(nll), grad

    w = optimize.minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B").x
    return Fitted(float(w[0]), {f: float(w[i + 1]) for f, i in index.items()})


def tally(docs: Sequence[Doc], scores: Sequence[np.ndarray] | None, threshold: float) -> Counts:
    """The rules' rows plus the candidates scored at or above ``threshold`` (each holder and
    body of a unit once, with its best-scored role word), counted as ``evaluate.py`` counts."""
    gm = g = om = o = 0
    for k, d in enumerate(docs):
        out: dict[str, list[int]] = dict(d["rules"])
        best: dict[tuple[int, ...], tuple[float, Doc]] = {}
        for c, p in zip(d["candidates"], [] if scores is None else scores[k], strict=False):
            pair = tuple(c["pair"])
            if pair not in best or p > best[pair][0]:
                best[pair] = (p, c)
        for p, c in best.values():
            if p >= threshold:
                for key, matched in c["rows"].items():
                    out.setdefault(key, matched)
        gm += len({i for matched in out.values() for i in matched})
        g += d["gold"]
        om += sum(bool(matched) for matched in out.values())
        o += len(out)
    return gm, g, om, o


def pr(counts: Counts) -> tuple[float, float]:
    gm, g, om, o = counts
    return om / max(o, 1), gm / max(g, 1)


def f1(counts: Counts) -> float:
    p, r = pr(counts)
    return 2 * p * r / max(p + r, 1e-9)


def by_split(data: dict[str, Doc]) -> dict[str, list[Doc]]:
    return {s: [v for k, v in sorted(data.items()) if k.split("/")[0] == s] for s in SPLITS}


def threshold(splits: dict[str, list[Doc]]) -> float:
    """The threshold of best F1 over the splits, each scored by a model trained on the others."""
    docs: list[Doc] = []
    scores: list[np.ndarray] = []
    for held in splits:
        model = fit([d for s, ds in splits.items() if s != held for d in ds])
        docs += splits[held]
        scores += model.scores(splits[held])
    return max(THRESHOLDS, key=lambda t: (f1(tally(docs, scores, t)), t))


def cv(data: dict[str, Doc]) -> list[str]:
    """The leave-one-split-out table, in Markdown."""
    splits = by_split(data)
    lines = [
        "| left out | gold | candidates (stating gold) | rules P / R | rules + scorer P / R "
        "| rows added (right) | threshold | a perfect scorer: R |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total = [np.zeros(4, dtype=int), np.zeros(4, dtype=int)]
    for held in SPLITS:
        train = {s: ds for s, ds in splits.items() if s != held}
        t = threshold(train)
        test = splits[held]
        before = tally(test, None, t)
        after = tally(test, fit([d for ds in train.values() for d in ds]).scores(test), t)
        total[0] += before
        total[1] += after
        lines.append(_line(held, test, before, after, f"{t:.2f}"))
    lines.append(_line("all", [d for ds in splits.values() for d in ds], *map(tuple, total), ""))
    return lines


def _line(name: str, docs: Sequence[Doc], before: Counts, after: Counts, t: str) -> str:
    cands = [c for d in docs for c in d["candidates"]]
    good = sum(any(c["rows"].values()) for c in cands)
    (p0, r0), (p1, r1) = pr(before), pr(after)
    truth = [np.array([float(any(c["rows"].values())) for c in d["candidates"]]) for d in docs]
    return (
        f"| {name} | {before[1]} | {len(cands)} ({good}) | {p0:.3f} / {r0:.3f} | "
        f"{p1:.3f} / {r1:.3f} | {after[3] - before[3]} ({after[2] - before[2]}) | {t} | "
        f"{pr(tally(docs, truth, 0.5))[1]:.3f} |"
    )


def misses(data: dict[str, Doc]) -> list[str]:
    """How many missed gold rows each reason accounts for, per split and in all."""
    splits = by_split(data)
    reasons = Counter(r for d in data.values() for r in d["missed"])
    order = [r for r, _ in reasons.most_common()]
    lines = ["| reason | " + " | ".join(SPLITS) + " | all |", "|---|" + "---|" * (len(SPLITS) + 1)]
    for r in order:
        counts = [sum(d["missed"].count(r) for d in splits[s]) for s in SPLITS]
        lines.append(f"| {r} | " + " | ".join(map(str, counts)) + f" | {reasons[r]} |")
    return lines


def main(argv: list[str]) -> None:
    command, path = argv[0], Path(argv[1])
    if command == "collect":
        collect(path)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    print("\n".join(cv(data) if command == "cv" else misses(data)))


if __name__ == "__main__":
    main(sys.argv[1:])
