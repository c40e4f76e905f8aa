"""The learned scorer's measuring tools (``tests/scorer_features.py``, ``tests/train_scorer.py``):
the candidates and features of an invented sentence, and how scored rows are counted.

Each expected value was worked out by hand from the sentence or the numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
from scorer_features import candidates, trees
from train_scorer import tally

from coordkg.graph.extract import parse
from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.readers import document_from_text
from coordkg.graph.read.text import sentences


@pytest.mark.skipif(parse.model_folder() is None, reason="no spaCy model installed")
def test_a_passive_with_two_agents_gives_each_agent_the_same_shape() -> None:
    """ "The Health Cluster is co-led by WHO and UNICEF.": one role word (a participle), one
    body before it, two holders after "by"; UNICEF is the second item of the list, so its
    path to the role word is the list's and "and" and a mention stand between."""
    ex = extract(
        document_from_text("The Health Cluster is co-led by WHO and UNICEF.\n", "t"), Resolver()
    )
    found = [
        c
        for tree in trees(ex.document, list(sentences(ex.document.text)), list(ex.mentions), None)
        for c in candidates(tree)
    ]
    by_holder = {c.holder.entity.acronym: set(c.features) for c in found}
    assert sorted(by_holder) == ["UNICEF", "WHO"]
    assert {c.role for c in found} == {"co-lead"}
    who, unicef = by_holder["WHO"], by_holder["UNICEF"]
    for features in (who, unicef):
        assert {"order=BTH", "form=VBN", "gapHT:by", "word=co-led"} <= features
    assert {"holder-in-list", "gapHT:and", "gapHT:M", "holder-between-HT"} <= unicef
    assert not {"holder-in-list", "gapHT:and", "holder-between-HT"} & who
    path = {f for f in who if f.startswith("pathTH=")}
    assert path and path == {f for f in unicef if f.startswith("pathTH=")}


def test_scored_rows_are_counted_as_evaluate_counts_them() -> None:
    """Gold of 3 rows; the rules state "a" (gold 0) and "b" (wrong). Holder and body (0, 1, 2)
    have two candidates: the better one (0.9, row "c", gold 1) is the pair's; (0, 5, 2) has
    one (0.6, row "e", wrong). At 0.5 both pairs add a row: 4 rows, 2 right, gold 0 and 1
    found. At 0.95 none does: 2 rows, 1 right, 1 gold."""
    doc = {
        "gold": 3,
        "rules": {"a": [0], "b": []},
        "candidates": [
            {"rows": {"c": [1]}, "pair": [0, 1, 2]},
            {"rows": {"d": []}, "pair": [0, 1, 2]},
            {"rows": {"e": []}, "pair": [0, 5, 2]},
        ],
    }
    scores = [np.array([0.9, 0.4, 0.6])]
    assert tally([doc], scores, 0.5) == (2, 3, 2, 4)
    assert tally([doc], scores, 0.95) == (1, 3, 1, 2)
    assert tally([doc], None, 0.5) == (1, 3, 1, 2)
